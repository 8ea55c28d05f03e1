"""The actor lexicons: known entities, role nouns, first names, nouns that make a country act.

All data lives in ``resources/lexicons`` (files starting ``actors_``, ``roles_``,
``names_``); a user extends them with files of the same name in
``desktop.core.resources.user_lexicon_dir()``.  Formats (tab separated, ``#``
starts a comment, ``|`` separates list items):

* ``actors_persons.tsv``   name, aliases, roles, country, gender (m/f), English name
* ``actors_countries.tsv`` name, aliases, adjectives, demonyms, capitals, institutions, prefixes, institution-style
* ``actors_orgs.tsv``      name, kind (organisation/group), aliases, flags (cue: needs a cue word such as "Agentur"),
                           prefixes, English name
* ``actors_places.tsv``    name, aliases
* ``place_abbreviations.tsv`` "Calif.", "N.Y." after a town and a comma: the state or province
* ``roles_de.tsv`` / ``roles_en.tsv``  role, key, country   (a role starting with "-" is a compound suffix)
* ``actors_nouns.tsv``     word, type (agent/institution), gender, lang, canonical word
* ``names_first.tsv``      first name, gender, "word" when also a common word
* ``actors_stopwords.txt`` capitalised words that never start or belong to a name
* ``actors_heads.tsv``     head words of organisations and places (Court, Office, -gericht, Kanton)
* ``actors_credits.tsv``   kind (credit/byline), words that introduce a page's authors and photographers
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from desktop.core.actors.keys import name_key, token_key
from desktop.core.model import ActorKind
from desktop.core.resources import resource_path, user_lexicon_dir

#: One token: an abbreviation with dots (U.S.), or letters/digits joined by hyphens/apostrophes.
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-’'‘]\w+)*")


def tokens_of(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


@dataclass
class Entry:
    """A known actor."""

    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    role_names: list[str] = field(default_factory=list)
    roles: set[tuple[str | None, str]] = field(default_factory=set)  # (country, role key)
    country: str | None = None
    gender: str | None = None
    cue: bool = False  # only an actor after a cue word (news agencies, ambiguous outlet names)
    adjective: str = ""  # countries: stem used to name institutions ("russisch")
    capitals: list[str] = field(default_factory=list)  # countries: capital cities (the first names the place)
    institutions: list[str] = field(default_factory=list)  # countries: institutions standing for them (Kreml)
    english: str = ""  # the English name where it differs ("Russia", "Volodymyr Zelensky")
    english_adjective: str = ""  # countries: "Russian", for institutions ("Russian foreign ministry")
    inst_prefix: str = ""  # countries: "US-" gives "US-Außenministerium"


@dataclass(frozen=True)
class AliasHit:
    tokens: tuple[str, ...]  # lower-cased tokens
    entry: Entry
    via: str  # "name" or "alias"
    capital: bool = False  # a capital city standing for its country


@dataclass(frozen=True)
class RoleInfo:
    lemma: str  # as written, uninflected: "US-Präsident", "Kremlsprecher"
    key: str  # what the role is: "präsident", "sprecher", "verteidigungsminister"
    country: str | None  # the country (or organisation) it is qualified with
    plural: bool = False  # the form can only be plural
    feminine: bool = False
    weak: bool = False  # German weak noun: "Präsidenten" is singular oblique or plural


def _rows(paths: Iterable[Path]) -> Iterator[list[str]]:
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n\r")
                    if not line.strip() or line.lstrip().startswith("#"):
                        continue
                    yield [c.strip() for c in line.split("\t")]
        except OSError:
            continue


def _col(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def _items(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


_DE_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")

# word classes (bit flags, context-free, cached per distinct word) that let the scanner skip most tokens
CAP = 1  # starts with a capital letter
ROLE_DE = 2  # a German role noun (or first word of a multi-word one)
ROLE_EN = 4  # first word of an English role
ALIAS = 8  # first word of a lexicon alias (or its genitive)
FUZZY = 16  # spelling variant of a lexicon person
ADJ = 32  # country adjective
FIRST = 64  # first name or initial
DEMONYM = 128
COMPOUND = 256  # hyphenated
GROUP = 512  # beiden, beide, two, both
PRONOUN = 1024
SKIP = 2048  # handles, numbers: never an actor
INTEREST = ROLE_DE | ROLE_EN | ALIAS | FUZZY | ADJ | FIRST | DEMONYM | COMPOUND | GROUP | PRONOUN | SKIP
_GROUP_WORDS = {"beiden", "beide", "two", "both"}
_PRONOUN_WORDS = {"Er", "Sie", "He", "She", "he", "she"}
_ROLE_CACHE_MAX = 100_000
#: compound ends that make a German noun a place_intro ("Grenzstadt", "Bergdorf", "Nachbargemeinde")
_PLACE_INTRO_TAILS = ("stadt", "dorf", "gemeinde")


class ActorLexicon:
    """Everything find_mentions needs, indexed for dictionary look-ups on tokens."""

    _instance: ActorLexicon | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.alias_index: dict[str, list[AliasHit]] = {}  # first token (lower) -> hits, longest first
        self.fuzzy_index: dict[str, Entry] = {}  # name_key of person names/strong surnames -> entry
        self.adjectives: dict[str, Entry] = {}  # "russische", "russian" -> Russland
        self.demonyms: dict[str, Entry] = {}  # "amerikaner", "russen" -> country
        self.prefixes: dict[str, Entry] = {}  # "us", "kreml", "nato", "bundes" -> entity
        self.role_forms: dict[str, RoleInfo] = {}  # German inflected forms and English single words
        # multi-word roles (and all English ones) per language: first token -> [(tokens, info)]
        self.role_phrases: dict[str, dict[str, list[tuple[tuple[str, ...], RoleInfo]]]] = {"de": {}, "en": {}}
        self.role_suffixes: list[tuple[str, str, bool]] = []  # (suffix, key, feminine), longest first
        self.holders: dict[tuple[str | None, str], list[Entry]] = {}
        self.agent_nouns: set[str] = set()
        self.institutions: dict[str, tuple[str, str]] = {}  # form -> (lemma, gender)
        self.en_institutions: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.first_names: dict[str, str] = {}
        self.word_first_names: set[str] = set()  # first names that are also common words (Mark, Guy, May)
        self.stopwords: set[str] = set()
        self.head_end: dict[tuple[str, ...], ActorKind] = {}  # ("court",), ("fire", "department")
        self.head_start: dict[str, ActorKind] = {}  # "university", "lake", "kanton"
        self.head_suffixes: list[tuple[str, ActorKind]] = []  # German compound endings, longest first
        self.head_named: list[str] = []  # German compound endings that need a name after them ("Gesamtschule X")
        self.not_acronyms: set[str] = set()
        self.not_places: set[str] = set()
        self.person_after: set[str] = set()  # 'sagte' after a bare surname: a person
        self.place_intros: set[str] = set()  # 'Dorf' before a place's name
        self.place_abbreviations: dict[str, list[tuple[str, str]]] = {}  # "Calif" -> [("Calif.", "California")]
        self.of_place: set[str] = set()  # "Gemeinderat", "council": "von X" / "of X" after it is a place
        self.of_place_tails: list[str] = []  # the German ones: a compound ending in one is one too
        self.org_intros: dict[str, str] = {}  # "Zweitligist", "firm": an organisation's name follows (-> its class)
        self.org_intro_tails: list[str] = []  # the German ones, also as compound ends: "Solartechnik-Hersteller"
        self._intro_memo: dict[str, str | None] = {}
        self._compound_memo: dict[tuple[str, str], str | None] = {}
        self._compound_res: dict[str, re.Pattern[str]] = {}
        self.head_class: dict[str, str] = {}  # "inc" -> "company", "fc" -> "club"
        self.refer_nouns: dict[str, str] = {}  # "company" -> "company", "verein" -> "club": "the company said"
        self._suffix_cache: dict[tuple[str, bool], ActorKind | None] = {}
        self._open_cache: dict[str, bool] = {}
        self.open_prev: set[str] = set()
        self._head_end_last: set[str] = set()  # German nouns after "in" without an article
        self.credit_words: list[str] = []  # "Foto", "Photo by": a picture or source credit follows
        self.byline_words: list[str] = []  # "Von", "By", "Edited by": the page's authors follow
        self._role_cache: dict[str, RoleInfo | None] = {}
        self._class_cache: dict[str, int] = {}
        self._fuzzy_first: set[str] = set()

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, extra_dirs: Iterable[Path] | None = None) -> ActorLexicon:
        """The shipped lexicons plus the user's; loaded once per process (pass extra_dirs to bypass the cache)."""
        if extra_dirs is None and cls._instance is not None:
            return cls._instance
        with cls._lock:
            if extra_dirs is None and cls._instance is not None:
                return cls._instance
            dirs = [resource_path("lexicons"), user_lexicon_dir()]
            if extra_dirs is not None:
                dirs += list(extra_dirs)
            lex = cls()
            lex._load_dirs(dirs)
            if extra_dirs is None:
                cls._instance = lex
            return lex

    def _load_dirs(self, dirs: list[Path]) -> None:
        def files(name: str) -> list[Path]:
            return [d / name for d in dirs if (d / name).is_file()]

        for row in _rows(files("actors_stopwords.txt")):
            for cell in row:
                self.stopwords.update(w.lower() for w in cell.split())
        for row in _rows(files("actors_heads.tsv")):
            where = set(_items(_col(row, 2)))
            if "stop" in where:
                self.not_acronyms.add(row[0])
                continue
            cls = _col(row, 3).strip()
            if "refers" in where:
                self.refer_nouns[row[0].lower()] = cls
                continue
            if "intro" in where:
                self.org_intros[row[0].lower()] = cls
                if row[0][:1].isupper():
                    self.org_intro_tails.append(row[0].lower())
                continue
            if "noun" in where:
                self.not_places.add(row[0].lower())
                continue
            if "person" in where:
                self.person_after.add(row[0].lower())
                continue
            if "place_intro" in where:
                self.place_intros.add(row[0].lower())
                continue
            if "of_place" in where:
                self.of_place.add(row[0] if row[0][:1].islower() else row[0].lower())
                if row[0][:1].isupper():
                    self.of_place_tails.append(row[0].lower())
                continue
            kind = ActorKind.PLACE if _col(row, 1) == "place" else ActorKind.ORGANISATION
            if cls:
                self.head_class[row[0].lower()] = cls
            if "end" in where:
                self.head_end[tuple(t.lower() for t in tokens_of(row[0]))] = kind
            if "start" in where:
                self.head_start[row[0].lower()] = kind
            if "suffix" in where:
                self.head_suffixes.append((row[0].lower(), kind))
            if "named" in where:
                self.head_named.append(row[0].lower())
        self.head_suffixes.sort(key=lambda x: -len(x[0]))
        self._head_named_re = re.compile("(?:" + "|".join(re.escape(x) for x in sorted(self.head_named, key=len, reverse=True))
                                         + ")s?$") if self.head_named else re.compile("(?!)")
        self._head_end_last = {toks[-1] for toks in self.head_end}
        self._head_suffix_kind = {x.lstrip("-"): (k, x.startswith("-")) for x, k in self.head_suffixes}
        self.head_suffixes = [(x.lstrip("-"), k) for x, k in self.head_suffixes]
        self._head_suffix_re = re.compile("(?:" + "|".join(re.escape(x) for x, _k in self.head_suffixes) + ")(?=(?:es|s|en|n)?$)") \
            if self.head_suffixes else re.compile("(?!)")
        for row in _rows(files("actors_credits.tsv")):
            target = {"credit": self.credit_words, "byline": self.byline_words}.get(row[0])
            if target is not None:
                target.extend(w for w in _items(_col(row, 1)) if w not in target)
        for row in _rows(files("names_first.tsv")):
            self.first_names[row[0].lower()] = _col(row, 1) or "u"
            if _col(row, 2) == "word":
                self.word_first_names.add(row[0].lower())
        for row in _rows(files("actors_nouns.tsv")):
            self._add_noun(row)
        for row in _rows(files("actors_countries.tsv")):
            self._add_country(row)
        for row in _rows(files("actors_orgs.tsv")):
            kind = ActorKind.GROUP if _col(row, 1) == "group" else ActorKind.ORGANISATION
            entry = self._entry(row[0], kind)
            entry.cue = "cue" in _items(_col(row, 3))
            entry.english = _col(row, 5).strip()
            for a in [row[0], *_items(_col(row, 2)), *([entry.english] if entry.english else [])]:
                self._alias(a, entry)
            for p in _items(_col(row, 4)):
                self.prefixes[p.lower()] = entry
        for row in _rows(files("actors_places.tsv")):
            entry = self._entry(row[0], ActorKind.PLACE)
            for a in [row[0], *_items(_col(row, 1))]:
                self._alias(a, entry)
        for row in _rows(files("place_abbreviations.tsv")):
            self.place_abbreviations.setdefault(row[0].split(".")[0], []).append((row[0], _col(row, 1).strip()))
        for lang in ("de", "en"):
            for row in _rows(files(f"roles_{lang}.tsv")):
                self._add_role(row, lang)
        self.role_suffixes.sort(key=lambda s: -len(s[0]))
        self._suffix_info = {suf: (key, fem) for suf, key, fem in self.role_suffixes}
        alts = "|".join(re.escape(suf) for suf, _k, _f in self.role_suffixes) or "(?!)"
        self._suffix_re = re.compile(f"({alts})(s|n|en|es|r|nen)?$")
        for row in _rows(files("actors_persons.tsv")):
            self._add_person(row)
        for hits in self.alias_index.values():
            hits.sort(key=lambda h: -len(h.tokens))
        self._fuzzy_first = {k.split(" ")[0] for k in self.fuzzy_index}
        for phrases in self.role_phrases.values():
            for plist in phrases.values():
                plist.sort(key=lambda h: -len(h[0]))
        # words after which an unknown capitalised word may be an organisation or place
        self.open_prev = {"in", "near", "outside", "around", "the", "of", "nahe", "bei", "nach", "aus", "zwischen", "von"} | set(self.org_intros) | self.place_intros \
            | {w.capitalize() for w in self.place_intros} | set(self.adjectives)

    def is_org_intro(self, word: str) -> bool:
        """Is ``word`` a noun after which a name is an organisation: "firm", "Zweitligist", and the German ones
        with a case ending or as the end of a compound ("des Herstellers", "den Solartechnik-Herstellern",
        "der Energiekonzern")?"""
        return self.intro_class(word) is not None

    def is_of_place(self, word: str) -> bool:
        """'Gemeinderat', 'council' before "von X" / "of X" that names a place, also as the end of a German
        compound: "das Verkehrsministerium von Norvalien"."""
        return word.lower() in self.of_place or self._compound_end(word, "of_place") is not None

    def is_place_intro(self, word: str) -> bool:
        """'Dorf', 'Stadt' before a place's name, also as the end of a compound: "die Grenzstadt Teravo",
        "das Nachbardorf X", "die Provinzhauptstadt Y"."""
        return word.lower() in self.place_intros or self._compound_end(word, "place_intro") is not None

    def short_form_heads(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(one-word heads that end an organisation's name, heads that start a place's name, heads that start a
        club's name), lower case: what ``short_forms`` cuts off ("Hindenburg Research", "Gemeinde X", "FC X")."""
        got = self.__dict__.get("_short_form_heads")
        if got is None:
            org, place = ActorKind.ORGANISATION, ActorKind.PLACE
            got = (frozenset(k[0] for k, kind in self.head_end.items() if len(k) == 1 and kind is org),
                   frozenset(h for h, kind in self.head_start.items() if kind is place),
                   frozenset(h for h, kind in self.head_start.items() if kind is org and self.head_class.get(h) == "club"))
            self.__dict__["_short_form_heads"] = got
        return got

    def _compound_end(self, word: str, which: str) -> str | None:
        """The German noun of the list ``which`` (org_intro, of_place, place_intro) that the capitalised ``word``
        ends in as a longer compound ("Energiekonzern" -> "konzern"), or None; one regex per list, one memo."""
        if not word[:1].isupper():
            return None
        key = (which, word)
        memo = self._compound_memo
        if key in memo:
            return memo[key]
        pat = self._compound_res.get(which)
        if pat is None:
            tails = {"org_intro": [t for t in self.org_intro_tails if len(t) >= 6],
                     "of_place": [t for t in self.of_place_tails if len(t) >= 7],
                     "place_intro": list(_PLACE_INTRO_TAILS)}[which]
            alts = "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
            pat = self._compound_res[which] = re.compile(r".{3,}?(" + alts + ")" if alts else "(?!)")
        m = pat.fullmatch(word.lower())
        hit = m.group(1) if m is not None else None
        if len(memo) < _ROLE_CACHE_MAX:
            memo[key] = hit
        return hit

    def intro_class(self, word: str) -> str | None:
        """The class ("company", "club", or "") of the intro noun ``word`` (see ``is_org_intro``), None if it is none."""
        memo = self._intro_memo
        if word in memo:
            return memo[word]  # by the word as written: the compound rules are for capitalised nouns only
        low = word.lower()
        hit = self.org_intros.get(low)
        if hit is None and word[:1].isupper():
            for stem in (low, low[:-1] if low.endswith(("s", "n")) else "", low[:-2] if low.endswith(("es", "en")) else ""):
                tail = stem.rsplit("-", 1)[-1]
                if tail in self.org_intro_tails and (tail == stem or "-" in stem):
                    hit = self.org_intros[tail]
                elif stem and (end := self._compound_end(stem.capitalize(), "org_intro")) is not None:
                    hit = self.org_intros[end]  # "Energiekonzern", "Autohersteller"
                if hit is not None:
                    break
        if len(memo) < _ROLE_CACHE_MAX:
            memo[word] = hit
        return hit

    def _entry(self, name: str, kind: ActorKind) -> Entry:
        entry = self.entries.get(name)
        if entry is None:
            entry = Entry(name, kind)
            self.entries[name] = entry
        return entry

    def _alias(self, alias: str, entry: Entry, capital: bool = False) -> None:
        toks = tuple(t.lower() for t in tokens_of(alias))
        if not toks:
            return
        if alias not in entry.aliases:
            entry.aliases.append(alias)
        name_toks = {t.lower() for t in tokens_of(entry.name)}
        via = "name" if set(toks) <= name_toks else "alias"
        variants = [toks]
        if len(toks) > 1 and entry.kind is not ActorKind.PERSON:
            # German adjective endings: "Weißes Haus" also as "Weiße Haus", "Weißen Haus(es)"
            for x, t in enumerate(toks[:-1]):
                for end in ("es", "en", "er", "em", "e"):
                    if t.endswith(end) and len(t) - len(end) >= 4:
                        stem = t[: -len(end)]
                        variants = [v[:x] + (stem + e2,) + v[x + 1:] for v in variants for e2 in _DE_ADJ_ENDINGS[1:]]
                        break
        for v in variants:
            hits = self.alias_index.setdefault(v[0], [])
            if not any(h.tokens == v and h.entry is entry for h in hits):
                hits.append(AliasHit(v, entry, via, capital))

    def _add_country(self, row: list[str]) -> None:
        entry = self._entry(row[0], ActorKind.COUNTRY)
        for a in [row[0], *_items(_col(row, 1))]:
            self._alias(a, entry)
        adjs = _items(_col(row, 2))
        for adj in adjs:
            if adj[0].islower():  # German stem: inflect, and allow the capitalised form
                if not entry.adjective:
                    entry.adjective = adj
                for end in _DE_ADJ_ENDINGS[1:]:
                    self.adjectives[(adj + end).lower()] = entry
            else:
                self.adjectives[adj.lower()] = entry
                if not entry.english_adjective:
                    entry.english_adjective = adj
        for d in _items(_col(row, 3)):
            self.demonyms[d.lower()] = entry
        for c in _items(_col(row, 4)):
            entry.capitals.append(c)
            self._alias(c, entry, capital=True)
        for inst in _items(_col(row, 5)):
            entry.institutions.append(inst)
            self._alias(inst, entry)
        english = _col(row, 8).strip()
        if english:
            entry.english = english
            self._alias(english, entry)
        for p in _items(_col(row, 6)):
            self.prefixes[p.lower()] = entry
        entry.inst_prefix = _col(row, 7)
        self.prefixes.setdefault(row[0].lower(), entry)

    def _add_noun(self, row: list[str]) -> None:
        word, typ, gender, lang = row[0], _col(row, 1), _col(row, 2) or "n", _col(row, 3) or "de"
        canonical = _col(row, 4) or word
        if lang == "en":
            toks = tuple(t.lower() for t in tokens_of(word))
            if typ == "agent":
                self.agent_nouns.add(" ".join(toks))
            else:
                self.en_institutions.setdefault(toks[0], []).append((toks, word))
            return
        low = word.lower()
        forms = {low, low + "s", low + "es", low + "n", low + "en", low + "e"}
        if typ == "agent":
            self.agent_nouns.update(forms)
        else:
            for f in forms:
                self.institutions.setdefault(f, (canonical, gender))

    def _add_role(self, row: list[str], lang: str) -> None:
        form, key, country = row[0], _col(row, 1), _col(row, 2) or None
        if form.startswith("-"):
            self.role_suffixes.append((form[1:].lower(), key or form[1:].lower(), form.endswith("in")))
            return
        key = key or form.lower()
        toks = tuple(t.lower() for t in tokens_of(form))
        if lang == "en" or len(toks) > 1:
            # English or multi-word role: forms given literally, plurals in column 4
            info = RoleInfo(form, key, country)
            phrases = self.role_phrases[lang]
            phrases.setdefault(toks[0], []).append((toks, info))
            for pl in _items(_col(row, 3)) or ([form + "s"] if lang == "en" else []):
                ptoks = tuple(t.lower() for t in tokens_of(pl))
                phrases.setdefault(ptoks[0], []).append((ptoks, RoleInfo(form, key, country, True)))
            return
        low = form.lower()
        feminine = low.endswith("in")
        weak = low.endswith(("ent", "at", "ant", "ist", "oge", "af", "ot"))
        self.role_forms.setdefault(low, RoleInfo(form, key, country, False, feminine, weak))
        if feminine:
            self.role_forms.setdefault(low + "nen", RoleInfo(form, key, country, True, True))
            return
        if low.endswith("e"):  # adjectival nouns: der Gesandte, ein Gesandter, den Gesandten
            for end in ("r", "n", "m", "s"):
                self.role_forms.setdefault(low + end, RoleInfo(form, key, country, False, False, True))
            return
        for end in ("s", "es", "n", "en", "e"):
            plural = end in ("e",) or (end == "n" and low.endswith("er"))
            self.role_forms.setdefault(low + end, RoleInfo(form, key, country, plural, False, weak))

    def _add_person(self, row: list[str]) -> None:
        entry = self._entry(row[0], ActorKind.PERSON)
        entry.country = _col(row, 3) or None
        entry.gender = _col(row, 4) or None
        entry.english = _col(row, 5).strip()
        for a in [row[0], *_items(_col(row, 1)), *([entry.english] if entry.english else [])]:
            self._alias(a, entry)
            if len(tokens_of(a)) > 1 or a != row[0]:
                self.fuzzy_index.setdefault(name_key(a), entry)
        for r in _items(_col(row, 2)):
            info = self.role_info(r) or self.role_info_phrase(r)
            entry.role_names.append(r)
            if info is None:
                continue
            country = info.country or entry.country
            for c in {country, None}:
                entry.roles.add((c, info.key))
                lst = self.holders.setdefault((c, info.key), [])
                if entry not in lst:
                    lst.append(entry)

    # ------------------------------------------------------------------ look-ups
    def role_info_phrase(self, phrase: str) -> RoleInfo | None:
        toks = tuple(t.lower() for t in tokens_of(phrase))
        for phrases in self.role_phrases.values():
            for ptoks, info in phrases.get(toks[0], ()) if toks else ():
                if ptoks == toks:
                    return info
        return None

    def role_info(self, word: str) -> RoleInfo | None:
        """The role a single (German) token names: 'US-Präsidenten' -> Präsident of the USA."""
        cached = self._role_cache.get(word, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        info = self._role_info(word)
        if len(self._role_cache) < _ROLE_CACHE_MAX:
            self._role_cache[word] = info
        return info

    def _role_info(self, word: str) -> RoleInfo | None:
        if not word or not word[0].isupper():
            return None
        if "-" in word:
            pre, _, rest = word.partition("-")
            base = self._role_info(rest) if rest else None
            if base is None:
                return None
            lemma = pre + "-" + base.lemma
            pl = pre.lower()
            if pl in ("ex", "alt", "vize"):
                return RoleInfo(lemma, pl + "-" + base.key, base.country, base.plural, base.feminine, base.weak)
            ent = self.prefixes.get(pl)
            if ent is None:
                hits = self.alias_index.get(pl)
                ent = next((h.entry for h in hits or () if len(h.tokens) == 1 and h.entry.kind
                            in (ActorKind.COUNTRY, ActorKind.ORGANISATION)), None)
            if ent is None:
                return base
            return RoleInfo(lemma, base.key, ent.name, base.plural, base.feminine, base.weak)
        low = word.lower()
        info = self.role_forms.get(low)
        if info is not None:
            return info
        # compounds: Verteidigungsminister, Kremlsprecher, Sondergesandten, Außenministerinnen
        m = self._suffix_re.search(low)
        if m is None:
            return None
        suffix, ending = m.group(1), m.group(2) or ""
        key, fem = self._suffix_info[suffix]
        cand = low[: len(low) - len(ending)]
        if len(cand) < len(suffix) + 3 or (ending == "nen" and not fem) or (ending == "r" and not suffix.endswith("e")):
            return None
        prefix = cand[: -len(suffix)]
        lemma = word[: len(cand)]
        plural = ending == "nen" or (ending == "n" and cand.endswith("er"))
        weak = suffix.endswith(("ent", "at", "e"))
        ent = self.prefixes.get(prefix)
        if ent is not None:
            return RoleInfo(lemma, key, ent.name, plural, fem, weak)
        return RoleInfo(lemma, cand if key == suffix else key, None, plural, fem, weak)
        return None

    def word_class(self, w: str) -> int:
        """Bit flags saying which rules can apply to this word (cached)."""
        c = self._class_cache.get(w)
        if c is not None:
            return c
        c = 0
        low = w.lower()
        if "_" in w or w[0].isdigit():
            c = SKIP
        elif w[0].isupper():
            c |= CAP
            if self.role_info(w) is not None or low in self.role_phrases["de"]:
                c |= ROLE_DE
            base = low[:-2] if low.endswith(("'s", "’s")) else low[:-1] if low.endswith("s") else low
            if low in self.alias_index or base in self.alias_index or (
                    low.endswith("es") and low[:-2] in self.alias_index):
                c |= ALIAS
            first_key = name_key(w).split(" ")[0] if "-" in w else token_key(w)
            if first_key in self._fuzzy_first or token_key(base) in self._fuzzy_first:
                c |= FUZZY
            if low in self.first_names or len(w) == 1 or (
                    "-" in w and w.split("-")[0].lower() in self.first_names):
                c |= FIRST
            if low in self.demonyms:
                c |= DEMONYM
            if "-" in w:
                c |= COMPOUND
        if low in self.adjectives:
            c |= ADJ
        if low in self.role_phrases["en"]:
            c |= ROLE_EN
        if low in _GROUP_WORDS:
            c |= GROUP
        if w in _PRONOUN_WORDS:
            c |= PRONOUN
        if len(self._class_cache) < 200_000:
            self._class_cache[w] = c
        return c

    def credit_patterns(self) -> tuple[re.Pattern[str], ...]:
        """(credit word before ':' or '©', credit word + von/by at a line start, after a sentence, byline at a line
        start, after a sentence) compiled from actors_credits.tsv."""
        pats = self.__dict__.get("_credit_pats")
        if pats is None:
            def alt(words: list[str]) -> str:
                return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"
            credit = alt(self.credit_words)
            byline = alt(self.byline_words)
            # line-start and after-a-sentence variants apart: one alternation with a look-behind is slower
            pats = (re.compile(rf"(?i)\b(?:{credit}|von|by)[ \t]*(?::|©)[ \t]*"),
                    re.compile(rf"(?im)^[ \t•·*\-–—]*(?:{credit})[ \t]+(?:von|by)[ \t]+(?=[A-ZÄÖÜ])"),
                    re.compile(rf"(?im)[.!?…(][ \t]*\b(?:{credit})[ \t]+(?:von|by)[ \t]+(?=[A-ZÄÖÜ])"),
                    # "10:42 Posted by Anna Muster" (a live blog's entry), "Media contact:\nAnna Muster" (the
                    # names on the line under the cue)
                    re.compile(rf"(?im)^[ \t•·*\-–—]*(?:\d{{1,2}}[:.]\d\d(?:[ \t]*(?:[ap]\.?m\.?|Uhr))?[ \t]+)?"
                               rf"(?:(?:an?|eine?)[ \t]+)?(?:{byline})(?:[ \t]*:?[ \t]+|[ \t]*:[ \t]*\n[ \t]*)"
                               r"(?=[A-ZÄÖÜ])([^\n]{1,100})$"),
                    re.compile(rf"(?im)[.!?…][ \t]+(?:(?:an?|eine?)[ \t]+)?(?:{byline})[ \t]*:?[ \t]+"
                               r"(?=[A-ZÄÖÜ])([^\n]{1,100})$"))
            self.__dict__["_credit_pats"] = pats
        return pats

    def head_suffix(self, word: str, whole: bool = False) -> ActorKind | None:
        """'Landgericht', 'Bundesheeres', 'Rems-Murr-Kreis': a German compound ending in an institution or place word."""
        key = (word, whole)
        cache = self._suffix_cache
        if key in cache:
            return cache[key]
        low = word.lower()
        got = None
        m = self._head_suffix_re.search(low) if self.head_suffixes else None
        if m is not None:
            suf = m.group(0)
            if (m.start() > 2 or whole) and (not self._head_suffix_kind[suf][1] or low[m.start() - 1: m.start()] == "-"):
                got = self._head_suffix_kind[suf][0]
        if len(cache) < _ROLE_CACHE_MAX:
            cache[key] = got
        return got

    @cached_property
    def english_names(self) -> dict[str, str]:
        """Actor name -> its English name, where the lexicon gives one ("Russland" -> "Russia")."""
        return {e.name: e.english for e in self.entries.values() if e.english}

    @cached_property
    def spellings(self) -> dict[str, str]:
        """Each way the lexicon writes an actor (its name, aliases and English name, not the
        capitals and institutions standing for a country) -> its name; a spelling two actors
        share belongs to neither."""
        owners: dict[str, set[str]] = {}
        for e in self.entries.values():
            stand_ins = {x.lower() for x in (*e.capitals, *e.institutions)}
            for x in (e.name, *e.aliases, e.english):
                if x and x.lower() not in stand_ins:  # "London" is a city, not the United Kingdom
                    owners.setdefault(x, set()).add(e.name)
        return {x: next(iter(names)) for x, names in owners.items() if len(names) == 1}

    @cached_property
    def stand_ins(self) -> dict[str, set[str]]:
        """Actor name -> the lower-cased forms that stand for it without naming it: a country's
        capitals and institutions ("Moskau", "Kreml")."""
        return {e.name: {x.lower() for x in (*e.capitals, *e.institutions)}
                for e in self.entries.values() if e.capitals or e.institutions}

    def open_static(self, word: str) -> bool:
        """Can this word by itself take part in an open organisation or place (acronym, head word)? Cached."""
        got = self._open_cache.get(word)
        if got is None:
            low = word.lower()
            got = word.isupper() or low in self.head_start or (low,) in self.head_end or low in self._head_end_last \
                or self.head_suffix(word, True) is not None or self.named_head(word)
            if len(self._open_cache) < _ROLE_CACHE_MAX:
                self._open_cache[word] = got
        return got

    def named_head(self, word: str) -> bool:
        """'Gesamtschule', 'Handwerkskammer', 'Molkerei': an organisation when its name follows."""
        return self._head_named_re.search(word.lower()) is not None

    def head_plural(self, word: str) -> bool:
        """'Aufsichtsbehörden', 'Universitäten': the plural of an institution word (generic, not one body)."""
        m = self._head_suffix_re.search(word.lower())
        return m is not None and word.lower()[m.end():] in ("en", "n")

    def is_first_name(self, word: str) -> bool:
        return word.lower() in self.first_names and word[:1].isupper()

    def gender_of(self, entry_or_first: str) -> str | None:
        e = self.entries.get(entry_or_first)
        if e is not None and e.gender:
            return e.gender
        first = entry_or_first.split(" ")[0].split("-")[0].lower()
        g = self.first_names.get(first)
        return g if g in ("m", "f") else None

    def fuzzy_person(self, name: str) -> Entry | None:
        return self.fuzzy_index.get(name_key(name))


__all__ = ["ActorLexicon", "AliasHit", "Entry", "RoleInfo", "TOKEN_RE", "tokens_of", "token_key"]
