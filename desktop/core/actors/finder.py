"""find_mentions: actors in one article, resolved within the article.

One left-to-right pass over the tokens of each sentence with dictionary
look-ups (lexicon aliases, roles, first names, country adjectives); no model.
Per article it keeps: the persons introduced so far (surname -> full name),
the roles each person holds, and the order in which persons were mentioned,
so that bare surnames, role nouns ("der Kremlchef"), "die beiden Präsidenten"
and sentence-initial "Er"/"Sie" resolve to a named person.

Names no lexicon lists are found from their context: first names
(names_first.tsv), role nouns before them, lists of names, head words of
organisations and places (actors_heads.tsv: "Met Office", "Landgericht Erfurt",
"Kanton Bern"), acronyms, "in X". Bylines, credits and name-only lines
(actors_credits.tsv) are never actors. No tagger: HanTa 1.2.1 (German only)
needs about 150 ms for a 350-word article, thirty times the whole pipeline,
and its NE/NN split still calls places that look like plurals nouns
("Blatten" -> NN "Blatt").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate
from dataclasses import replace

from desktop.core.actors.keys import name_key, possessive_base, token_key
from desktop.core.actors.lexicon import (
    ADJ,
    ALIAS,
    CAP,
    COMPOUND,
    DEMONYM,
    FIRST,
    FUZZY,
    GROUP,
    INTEREST,
    PRONOUN,
    ROLE_DE,
    ROLE_EN,
    SKIP,
    TOKEN_RE,
    ActorLexicon,
    AliasHit,
    Entry,
    RoleInfo,
)
from desktop.core.model import ActorKind, Mention, Sentence

_CREDIT_TAIL_RE = re.compile(r"(?:[^\n).!?]|(?<![^\W\d_]{2})[.!?]|[.!?](?!\s+[A-ZÄÖÜ]))*")
_REPORTING_RE = re.compile(r"(?:(?:Additional )?[Rr]eporting|Editing|Writing|Compiled|Mit Material) (?:by|von) [^\n]{0,160}")
_GLUE_RE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_SPLIT_RE = re.compile("(" + TOKEN_RE.pattern + ")")
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "sion", "ität", "ismus", "nis", "tum", "ungen",
                  "ierung", "chen", "lein", "isten", "gruppe", "konferenz", "krieg", "staaten", "stand", "rat",
                  "amt", "gericht", "partei", "verband", "behörde", "kommission", "ausschuss", "gipfel", "treffen",
                  "gespräch", "gespräche", "abkommen", "vertrag", "wahlen", "frieden", "zentrum", "institut",
                  "ministerium", "markt", "büro", "verfahren", "programm", "gesetz", "system", "konzern",
                  "unternehmen", "bündnis", "armee", "truppen", "kräfte", "zahlen", "daten", "preise", "kosten",
                  "politik", "industrie", "wirtschaft", "regierung", "ministerin", "minister", "tage", "jahre",
                  "schule", "schulen", "motors", "ismus")
#: a word that may be part of a name: a capital, then small letters (with apostrophes, hyphens, accents)
_NAME_WORD_RE = re.compile(r"(?:[A-ZÀ-Ý]['’])?[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ]+(?:-[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ]+)*")
_INITIALS_RE = re.compile(r"[A-Z]{2,3}")
_AGE_RE = re.compile(r",?\s*\(\d{1,3}\)")
#: a person's age right after the name: "Jan Roe, 34, of Leeds", "Jan Roe (34)"
_AGE_APPOSITION_RE = re.compile(r",\s*\d{1,3},|\s*\(\d{1,3}\)")
#: endings of words that are no names: German nouns for people by their trade, English adjectives
_NOT_NAME_ENDINGS = {"de": ("erin", "erinnen", "ische", "ischen", "ischer"),
                     "en": ("ous", "ive", "able", "ible", "ical", "ish", "ful", "less", "ese")}
_IBERIAN_ENDINGS = ("ez", "es", "os", "as", "a", "o", "í", "á", "ó", "ón")
#: capitalised surname prefixes glued to a capital ("McMichael", "MacArthur", "DeSantis", "LaGuardia")
_NAME_PREFIXES = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"}
#: month names that are also surnames ("Theresa May"): a surname after a first name when no number follows
_MONTH_SURNAMES = {"may", "april", "june", "august"}
_ROMAN_RE = re.compile(r"(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})")
_OPEN_QUOTES = {'"', "“", "„", "‘", "‚", "«", "»", "'"}
_CLOSE_QUOTES = {'"', "”", "“", "’", "‘", "«", "»", "'"}
_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "bin", "ibn",
              "al", "el", "la", "le", "ter", "zu", "vom", "af", "y", "ó", "ní", "nic", "uí", "ua"}
#: the particles as they open a sentence or a name ("Van der Linden sagte"): one set lookup per word
_PARTICLES_CAPITALISED = frozenset(p[:1].upper() + p[1:] for p in _PARTICLES) | frozenset(p.upper() for p in _PARTICLES)
_LOCATIVE = {"in", "nach", "bei", "nahe", "um", "rund", "gen", "vor", "im", "near", "to", "at", "outside",
             "around", "aus"}
_DETS = {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "eines", "einer",
         "the", "a", "an", "seinem", "seinen", "seines", "seiner", "ihrem", "ihren", "ihres", "ihrer", "dessen",
         "deren", "his", "her", "its", "their"}
_PLURAL_DETS = {"beiden", "beide", "zwei", "drei", "mehrere", "alle", "viele", "einige", "both", "two",
                "several", "all", "many", "some", "three"}
_CUE_BEFORE = {"agentur", "nachrichtenagentur", "agency", "laut", "magazin", "zeitung", "sender", "blatt",
               "nachrichtenmagazin", "wochenzeitung", "tageszeitung", "newspaper", "magazine", "told", "sagte",
               "nachrichtenagenturen", "agenturen", "berichtete", "meldete", "reported", "according",
               "nachrichtenportal", "portal", "fernsehsender", "broadcaster", "wire", "daily"}
#: words that make a news outlet the source of a statement rather than an actor
#: what stands before "Dorf" or "Stadt" when a place's name follows ("im Dorf Blatten", not "vor Ort Anwohner")
_INTRO_DETS = {"im", "vom", "zum", "beim", "ins", "dem", "des", "am", "ihr", "ihrem", "seinem", "unserem"}
_ATTRIBUTION = {"laut", "told", "sagte", "sagten", "zufolge", "gegenüber"}
_PREPOSITIONS = {"mit", "von", "vom", "zum", "zur", "beim", "für", "gegen", "laut", "an", "am", "auf", "bei", "nach",
                 "über", "unter", "vor", "zwischen", "durch", "ohne", "um", "seitens", "gegenüber", "trotz", "wegen",
                 "with", "by", "for", "to", "from", "of", "against", "between", "told", "und", "and"}
_CUE_AFTER = {"zufolge", "berichtete", "berichtet", "meldete", "meldet", "reported", "reports", "said",
              "schreibt", "schrieb", "berichten", "meldeten"}
#: a sentence that opens with one, then a role or an age, may mean the person just named ("Der Stürmer ...")
_EPITHET_ARTICLES = frozenset({"Der", "Die", "The"})
_AGE_EPITHET_RE = re.compile(r"\d{1,3}-(?:[Jj]ährige[rn]?|year-old)")
#: the articles that open an apposition after a name ("Orbitline, the satellite startup")
_APPOSITION_ARTICLES = {"en": {"the", "a", "an"}, "de": {"der", "die", "das", "ein", "eine"}}
#: words that may follow the noun of such an apposition ("the startup based in Tallis", "ein Hersteller aus Ulm")
_APPOSITION_TAILS = {
    "en": {"based", "headquartered", "founded", "owned", "backed", "known", "that", "which", "whose", "from", "in",
           "of", "with", "behind", "run", "listed"},
    "de": {"aus", "mit", "in", "im", "von", "vom", "der", "des", "die", "das", "für", "hinter", "bei"},
}
_PRONOUNS = {"de": {"Er": "m", "Sie": "f"}, "en": {"He": "m", "She": "f"}}
#: subject pronouns that open a clause after a comma (German "sie" may be "they" or "her": not there)
_CLAUSE_PRONOUNS = {"en": {"he": "m", "she": "f"}}
_GROUP_WORDS = {"beiden": "die", "beide": "", "two": "the", "both": ""}
_HEADS = frozenset({"präsident", "regierungschef", "kanzler", "machthaber", "könig", "staatschef", "emir",
                    "kronprinz", "revolutionsführer"})
#: "die beiden Staatschefs", "the two leaders": the last two persons holding such a role (None: any person)
_GROUP_NOUNS: dict[str, frozenset[str] | None] = {
    "staatschefs": _HEADS, "leaders": _HEADS, "staats-": _HEADS, "spitzenpolitiker": None, "politiker": None,
    "männer": None, "frauen": None, "men": None, "women": None, "politicians": None}
# not "beide Seiten" / "both sides": after two heads of state they are as often the two countries at war
# ("meldeten dennoch beide Seiten neue Drohnenangriffe" after Trump and Putin spoke)
_AND_WORDS = {"und", "and", "oder", "or", "sowie"}
_DATIVE_PREPS = {"mit", "von", "zu", "bei", "nach", "aus", "seit", "gegenüber", "außer", "samt"}
#: roles that say how one person relates to another: never resolved without a name
_RELATIONAL_ROLES = {"kollege", "vorgänger", "nachfolger"}
#: "der Minister" may refer back to an Außenminister, "der Sprecher" to a Kremlsprecher ...
_GENERIC_ROLE_KEYS = {"minister", "sprecher", "chef", "berater", "gesandter", "präsident", "secretary", "leiter",
                      "direktor", "botschafter", "kanzler"}


class _Article:
    """Per-article scanning state and the token loop."""

    def __init__(self, text: str, lex: ActorLexicon, lang: str, allowed: Callable[[int], bool] | None) -> None:
        self.text = text
        self.lex = lex
        self.lang = "en" if lang.lower().startswith("en") else "de"
        self.allowed = allowed
        self.mentions: list[Mention] = []
        self.surnames: dict[str, str] = {}  # token key of a surname -> canonical name
        self.surnames_seen = _SurfaceSet(self.surnames)  # "Hegseth", "Hegseths" -> known surname?
        self.person_roles: dict[str, set[tuple[str | None, str]]] = {}
        self.person_gender: dict[str, str | None] = {}
        self.person_last: dict[str, int] = {}  # canonical -> order of its last mention
        self.order = 0
        self.sentence_persons: list[list[tuple[int, str]]] = []  # per sentence: (token index, canonical)
        self.all_words: list[str] = []
        self.word_set: set[str] | None = None
        self.org_aliases: dict[str, str] = {}  # "Swisstopo" -> the organisation it abbreviates here
        self.country_weights: dict[str, int] = {}  # country -> how often the text names it
        self.after_article: set[str] | None = None  # words seen after der/die/das ...: common nouns
        self.authors: set[str] = set()  # name keys of the page's authors and photographers
        self.excluded = self._credit_spans(text)

    # ------------------------------------------------------------------ helpers
    def _credit_spans(self, text: str) -> list[tuple[int, int]]:
        """Photo credits and bylines ("Foto: Alex Brandon/AP/dpa", "© Reuters", "Photo by J. Doe/Getty",
        "Von Anna Muster", "Edited by A and B"); the names in them are the page's authors (self.authors)."""
        colon_re, by_start, by_mid, byline_start, byline_mid = self.lex.credit_patterns()
        spans = []
        p = text.find(":")
        while p >= 0:
            m = colon_re.search(text, max(0, p - 24), p + 1)
            if m is not None and m.end() > p:
                end = _CREDIT_TAIL_RE.match(text, p + 1)
                spans.append((m.start(), end.end() if end else p + 1))
            p = text.find(":", p + 1)
        for mark in ("©", "(c)", "(C)"):
            p = text.find(mark)
            while p >= 0:
                end = _CREDIT_TAIL_RE.match(text, p + len(mark))
                spans.append((p, end.end() if end else p + 1))
                p = text.find(mark, p + 1)
        for by_re in (by_start, by_mid):  # "Foto von Anna Muster", "(Photo by John Doe/Getty Images)"
            for m in by_re.finditer(text):
                end = _CREDIT_TAIL_RE.match(text, m.end())
                spans.append((m.start(), end.end() if end else m.end()))
        for byline_re in (byline_start, byline_mid):  # "Von Anna Muster", "By John Doe and Jane Roe", "Edited by ..."
            for m in byline_re.finditer(text):
                if _names_only(m.group(1)):
                    spans.append((m.start(), m.end()))
                    self.authors.update(_name_keys(m.group(1), set()))  # "Das Gespräch führte Anna Muster"
        if "ing by " in text or "Mit Material von" in text:
            for m in _REPORTING_RE.finditer(text):
                spans.append((m.start(), m.end()))
        cues = {w.lower() for w in self.lex.credit_words + self.lex.byline_words if " " not in w}
        for a, b in spans:
            self.authors.update(_name_keys(text[a:b], cues))
        spans.sort()
        return spans

    def _ok(self, start: int) -> bool:
        if self.excluded:
            k = bisect_right(self.excluded, (start, 1 << 60)) - 1
            if k >= 0 and self.excluded[k][0] <= start < self.excluded[k][1]:
                return False
        return self.allowed is None or bool(self.allowed(start))

    def _emit(self, start: int, end: int, actor: str, kind: ActorKind, role: str | None = None,
              via: str = "name", tok: int = -1, gender: str | None = None) -> bool:
        if not self._ok(start):
            return False
        self.mentions.append(Mention(start, end, self.text[start:end], actor, kind, role, via))
        if kind is ActorKind.PERSON and via != "pronoun":
            self.order += 1
            self.person_last[actor] = self.order
            if via != "group":
                self.sentence_persons[-1].append((tok, actor))
            if actor not in self.person_gender or self.person_gender[actor] is None:
                self.person_gender[actor] = gender or self.lex.gender_of(actor)
        return True

    def _add_role(self, actor: str, info: RoleInfo | None) -> None:
        if info is None:
            return
        roles = self.person_roles.setdefault(actor, set())
        roles.add((None, info.key))
        if info.country:
            roles.add((info.country, info.key))

    def _person(self, actor: str, entry: Entry | None) -> None:
        """Register a person so later bare surnames and roles find it."""
        if actor in self.person_roles:
            return
        self.person_roles[actor] = set(entry.roles) if entry else set()
        parts = [p for p in re.split(r"[\s.]+", actor) if p]
        if len(parts) > 1:
            self.surnames[token_key(parts[-1])] = actor
            if "-" in parts[-1]:
                for piece in parts[-1].split("-"):
                    self.surnames.setdefault(token_key(piece), actor)
        if entry is not None:
            for a in entry.aliases:
                ap = a.split()
                if len(ap) > 1:
                    self.surnames.setdefault(token_key(ap[-1]), actor)

    # ------------------------------------------------------------------ sentence loop
    def scan(self, sentences: Sequence[Sentence]) -> list[Mention]:
        text = self.text
        pieces = _SPLIT_RE.split(text)  # [gap, token, gap, token, ..., gap]: all in C
        words: list[str] = pieces[1::2]
        self.all_words = words
        starts: list[int] = list(accumulate(map(len, pieces)))[0::2][: len(words)]
        for m in reversed(list(_GLUE_RE.finditer(text))):  # "dpaUS-Präsident", "TrumpWeiter": glued by extraction
            t = bisect_right(starts, m.start()) - 1
            if t < 0 or starts[t] + len(words[t]) <= m.start() + 1:
                continue
            pieces_t = self._unglue(words[t])
            if len(pieces_t) > 1:
                offs = []
                p0 = starts[t]
                for piece in pieces_t:
                    offs.append(p0)
                    p0 += len(piece)
                words[t:t + 1] = pieces_t
                starts[t:t + 1] = offs
        ranges: list[tuple[int, int]] = []
        for sent in sentences:
            a = bisect_left(starts, sent.start)
            b = bisect_left(starts, sent.end)
            while b > a and starts[b - 1] + len(words[b - 1]) > sent.end:
                b -= 1
            self.sentence_persons.append([])
            if 0 < b - a <= 3 and self._dateline_place(words[a:b], starts[a:b], sent.end):
                continue
            if b > a:
                self._scan_sentence(words[a:b], starts[a:b])
                ranges.append((a, b))
        self._recurring_names(words, starts, ranges)
        self._early_surnames(words, starts, ranges)
        self._finish()
        return self.mentions

    def _dateline_place(self, words: list[str], starts: list[int], end: int) -> bool:
        """'Hollerau. Die Inhaberin ...', 'Groß Wiesental. Nach 140 Jahren ...': a local paper's place line, the
        town's name and a full stop opening the first paragraph, the town named again in the text."""
        text = self.text
        a = starts[0]
        if a > 0 and text[text.rfind("\n", 0, a) + 1: a].strip() or text[end - 1: end] != "." \
                or not re.match(r" [A-ZÄÖÜ]", text[end: end + 2]):
            return False
        self.w, self.s, self.n = words, starts, len(words)
        if not all(w[:1].isupper() and w.lower() not in self.lex.stopwords for w in words) \
                or any(self._gap(k) != " " for k in range(len(words) - 1)) or self.lex.is_first_name(words[-1]):
            return False
        last = words[-1]
        if self.lang == "de" and not self._proper_like(len(words) - 1) or self.lang == "en" and not last.isupper() \
                or text.count(last if not last.isupper() else last.capitalize()) < 2 or not self._ok(a):
            return False
        name = " ".join(w.capitalize() if w.isupper() else w for w in words)
        self.mentions.append(Mention(a, self._end(len(words) - 1), text[a: self._end(len(words) - 1)], name,
                                     ActorKind.PLACE, None, "name"))
        return True

    def _name_word(self, w: str, lower: set[str]) -> bool:
        """Could ``w`` be part of a person's name no list knows: capitalised, not shouted, never written
        in small letters in this text, and no word the lexicons give another sense."""
        lex = self.lex
        low = w.lower()
        if _NAME_WORD_RE.fullmatch(w) is None or low in lower or low.endswith(_NOT_NAME_ENDINGS.get(self.lang, ())) \
                or (self.lang == "de" and low.endswith(_NOUN_SUFFIXES)):
            return False
        return all((q := p.lower()) not in lex.stopwords and q not in _MONTH_SURNAMES and q not in lex.adjectives
                   and not any(h.entry.kind is not ActorKind.PERSON for h in lex.alias_index.get(q, ()))
                   and lex.role_info(p) is None and lex.role_info_phrase(p) is None
                   and not lex.open_static(p)
                   for p in w.split("-"))

    def _recurring_names(self, words: list[str], starts: list[int], ranges: list[tuple[int, int]]) -> None:
        """'Ahmaud Arbery' ... 'Arbery's lawyer': two capitalised words no list knows are a person's name
        when the second stands alone elsewhere in the text, as a surname does, and neither is ever written
        small.  In German, where nouns are capitalised too, no article may stand before either form."""
        covered = bytearray(len(words))
        for m in self.mentions:
            a = bisect_left(starts, m.start)
            b = bisect_left(starts, m.end)
            covered[a:b] = b"\x01" * (b - a)
        lower = {w for w in words if w.islower()}
        de = self.lang == "de"
        cands: dict[tuple[str, str], list[int]] = {}
        memo: dict[str, bool] = {}

        def name_word(w: str) -> bool:
            got = memo.get(w)
            if got is None:
                got = memo[w] = self._name_word(w, lower)
            return got

        for a, b in ranges:
            for t in range(a, b - 1):
                if not (words[t][:1].isupper() and words[t + 1][:1].isupper()) or covered[t] or covered[t + 1] \
                        or starts[t + 1] - starts[t] != len(words[t]) + 1 or self.text[starts[t + 1] - 1] != " ":
                    continue
                if t + 2 < b and words[t + 2][:1].isupper() and self._gap_between(words, starts, t + 1) == " ":
                    continue  # a longer capitalised run: an organisation's or a work's name, not a person's
                if t > a and words[t - 1][:1].isupper() and self._gap_between(words, starts, t - 1) == " ":
                    continue
                if de and (t == a or words[t - 1].lower() in _DETS or _adjective_like(words[t])):
                    continue  # a German sentence opens with a capital whatever the word
                g, sn = words[t], possessive_base(words[t + 1])
                initials = _INITIALS_RE.fullmatch(g) is not None and not self.lex.alias_index.get(g.lower()) \
                    and not (t > a and words[t - 1].isupper() and len(words[t - 1]) > 1)  # "DJ Carey", not a headline
                if (initials or name_word(g)) and name_word(sn):
                    cands.setdefault((g, sn), []).append(t)
        if not cands:
            return
        where: dict[str, list[int]] = {}
        surnames = Counter(sn for _, sn in cands)
        starts_of = {a for a, _ in ranges}
        for u, w in enumerate(words):
            base = possessive_base(w)
            if base in surnames and not covered[u] and (u not in starts_of or base != w or self._person_follows(words, starts, u)):
                # at a sentence's start any word is capitalised ("Trafford is ..."); "Brannick's lawyer" is a person's
                where.setdefault(base, []).append(u)
        extra = []
        for (g, sn), ts in cands.items():
            if surnames[sn] > 1:
                continue  # two given names before one surname: two people, or no name at all
            alone = [u for u in where.get(sn, []) if not (u > 0 and words[u - 1] == g)
                     and not (de and u > 0 and words[u - 1].lower() in _DETS)]
            if not alone:
                continue
            if de and not any(self._person_follows(words, starts, u) for u in alone + [t + 1 for t in ts]):
                continue  # German capitalises its nouns: a name needs a person's cue ("Arbery sagte", "(45)")
            actor = f"{g} {sn}"
            for t in ts:
                st, end = starts[t], starts[t + 1] + len(words[t + 1])
                if self._ok(st):
                    extra.append(Mention(st, end, self.text[st:end], actor, ActorKind.PERSON, None, "name"))
            for u in alone:
                st = starts[u]
                if self._ok(st):
                    extra.append(Mention(st, st + len(sn), sn, actor, ActorKind.PERSON, None, "name"))
            self._person(actor, None)
        self.mentions.extend(extra)

    def _person_follows(self, words: list[str], starts: list[int], u: int) -> bool:
        """A person's cue right after token ``u``: an age in brackets, or a word such as 'sagte'."""
        after = self.text[starts[u] + len(words[u]) : starts[u] + len(words[u]) + 24]
        if _AGE_RE.match(after):
            return True
        return u + 1 < len(words) and words[u + 1].lower() in self.lex.person_after and \
            self._gap_between(words, starts, u).strip() in ("", ",")

    def _gap_between(self, words: list[str], starts: list[int], t: int) -> str:
        return self.text[starts[t] + len(words[t]) : starts[t + 1]]

    def _early_surnames(self, words: list[str], starts: list[int], ranges: list[tuple[int, int]]) -> None:
        """'Roe will am Montag ...' before 'Jan Roe' is introduced: a bare surname that an article's full
        name explains later."""
        sur: dict[str, str | None] = {}
        first: dict[str, int] = {}
        for m in self.mentions:
            if m.kind is ActorKind.PERSON:
                first.setdefault(m.actor, m.start)
            if m.kind is ActorKind.PERSON and m.via in ("name", "alias") and " " in m.actor:
                last = m.actor.split()[-1]
                if len(last) > 2:
                    sur[last] = m.actor if sur.get(last, m.actor) == m.actor else None
        for m in self.mentions:
            if m.kind is ActorKind.PERSON and m.via == "name" and " " in m.actor and "\n" not in m.actor:
                sur.setdefault(m.actor, m.actor)  # the full name written before it was recognised
        by_first: dict[str, list[tuple[list[str], str]]] = {}
        for x, actor in sur.items():
            if actor and first.get(actor, 0) > 0:
                toks = x.split()
                by_first.setdefault(toks[0], []).append((toks, actor))
        if not by_first:
            return
        for lst in by_first.values():
            lst.sort(key=lambda e: -len(e[0]))
        horizon = max(first.get(actor, 0) for lst in by_first.values() for _t, actor in lst)
        covered = sorted((m.start, m.end) for m in self.mentions)
        extra = []
        # the tokens where a candidate stands, found with str.find (a few names, C speed)
        text = self.text
        hits: list[int] = []
        for key in by_first:
            p = text.find(key, 0, horizon)
            while p >= 0:
                t = bisect_left(starts, p)
                if t < len(starts) and starts[t] == p:
                    hits.append(t)
                p = text.find(key, p + 1, horizon)
        range_of = [r for r in ranges if starts[r[0]] < horizon]
        range_starts = [r[0] for r in range_of]
        for t in sorted(set(hits)):
            k = bisect_right(range_starts, t) - 1
            if k < 0 or not range_of[k][0] <= t < range_of[k][1]:
                continue
            a, b = range_of[k]
            if True:
                w = words[t]
                cands = by_first.get(w) or (by_first.get(_strip_gen(w)) if w.endswith("s") else None)
                if not cands:
                    continue
                st = starts[t]
                for toks, actor in cands:
                    n = len(toks)
                    if st >= first[actor] or t + n > b:
                        continue  # later ones were seen by the scan, which knew the name by then
                    if n > 1 and [_strip_gen(x) if x.endswith("s") and x != y else x for x, y in
                                  zip(words[t + 1:t + n], toks[1:])] != toks[1:]:
                        continue
                    k = bisect_right(covered, (st, 1 << 60)) - 1
                    if k >= 0 and covered[k][0] <= st < covered[k][1] or not self._ok(st):
                        break
                    if t > a and words[t - 1].lower() in _DETS:
                        break  # "die Reiche": a noun after an article
                    end = starts[t + n - 1] + len(words[t + n - 1])
                    extra.append(Mention(st, end, self.text[st:end], actor, ActorKind.PERSON, None, "name"))
                    break
        self.mentions.extend(extra)

    def _unglue(self, w: str) -> list[str]:
        lex = self.lex
        m = _GLUE_RE.search(w)
        assert m is not None
        a, b = w[: m.start() + 1], w[m.start() + 1:]
        if a in _NAME_PREFIXES:
            return [w]  # "McMichael", "DeSantis", "DiCaprio": one surname
        def known(x: str) -> bool:
            x0 = x.split("-")[0].lower()
            return x0 in lex.alias_index or lex.role_info(x) is not None
        if known(a) or known(b):
            return [a, *self._unglue(b)] if _GLUE_RE.search(b) else [a, b]
        return [w]

    def _scan_sentence(self, words: list[str], starts: list[int]) -> None:
        n = len(words)
        self.w = words
        self.s = starts
        self.n = n
        text = self.text
        lex = self.lex
        word_class = lex.word_class
        class_cache = lex._class_cache  # noqa: SLF001 - the lexicon's memo, read in the hot loop
        role_bits = ROLE_EN if self.lang == "en" else ROLE_DE
        open_cache = lex._open_cache  # noqa: SLF001 - the lexicon's memo, read in the hot loop
        open_prev = lex.open_prev
        pending_pronoun: tuple[int, str] | None = None
        epithet = self._epithet() if n > 2 and words[0] in _EPITHET_ARTICLES else None
        i = 0
        while i < n:
            w = words[i]
            if self.surnames and w in _PARTICLES_CAPITALISED:
                j = self._particle_surname(i)  # "Van der Linden sagte", "Bin Saleh's lawyer"
                if j:
                    i = j
                    continue
            c = class_cache.get(w)
            if c is None:
                c = word_class(w)
            if not c & INTEREST:
                # a capitalised word no lexicon knows: a surname seen before, or "Ermak, Leiter des ..."
                st = starts[i]
                if c & CAP and not (st > 0 and text[st - 1] in "@#/"):
                    j = self._aged_name(i) if i + 1 < n and words[i + 1][:1].isupper() else 0
                    if j:
                        i = j  # "Brody Halvard, 34, of Copper Bend", "Sören Abeling (34)"
                        continue
                    j = self._described_org(i)
                    if not j and i > 0 and w.split(".")[0] in lex.place_abbreviations and self._gap(i - 1) == ", ":
                        j = self._state_after_town(i)  # "BRAXTON, Ore. (AP) —": Braxton in Oregon, no place "Ore"
                    if j:
                        i = j  # "Orbitline, the satellite startup based in ...": an organisation
                        continue
                    oc = open_cache.get(w)
                    if oc is None:
                        oc = lex.open_static(w)
                    pw = words[i - 1] if i > 0 else ""
                    if oc or (i + 1 < n and words[i + 1][:1].isupper() and self._open_worth(i)) or pw in open_prev or (
                            pw and (pw.lower() in open_prev or pw.endswith("ischen") or lex.is_org_intro(pw) or lex.is_place_intro(pw))) or self.org_aliases or (
                            self.mentions and self.mentions[-1].kind is ActorKind.PLACE):
                        j = self._open_entity(i, True)
                        if j:
                            i = j
                            continue
                    if w in self.surnames_seen or text[st + len(w): st + len(w) + 1] == ",":
                        j = self._name(i) or self._apposition_name(i)
                    if not j and i > 0 and self._after_person(i):
                        j = self._listed_name(i)  # "Ana Roe, Bo Lind and ...", "Ana Roe of Utah, and ...
                    i = j or i + 1
                    continue
                i += 1
                continue
            st = starts[i]
            if c & SKIP or (st > 0 and text[st - 1] in "@#/"):
                i += 1
                continue
            # sentence-initial pronoun: resolved when the sentence is done
            if c & PRONOUN and i == 0 and w in _PRONOUNS[self.lang]:
                if self._pronoun_fits(i):
                    pending_pronoun = (i, _PRONOUNS[self.lang][w])
                i += 1
                continue
            if c & PRONOUN and w in _CLAUSE_PRONOUNS.get(self.lang, ()):
                # "Born in Norfolk in 1932, she moved ...", "'We won,' he said": an English subject pronoun
                # opening a clause inside the sentence
                if pending_pronoun is None and "," in self._gap(i - 1) and self._pronoun_fits(i):
                    pending_pronoun = (i, _CLAUSE_PRONOUNS[self.lang][w])
                i += 1
                continue
            if c & GROUP:
                j = self._group(i)
                if j:
                    i = j
                    continue
            if c & role_bits:
                r = self._role_at(i)
                if r is not None:
                    i = self._after_role(i, *r)
                    continue
            if not c & CAP:
                j = self._adjective(i) if c & ADJ else 0
                i = j or i + 1
                continue
            if c & (ALIAS | FIRST | ADJ) and i + 1 < n and (words[i + 1][:1].isupper() or words[i + 1] in _TAIL_WORDS) \
                    and self._open_worth(i):
                j = self._open_entity(i, False)
                if j:
                    i = j
                    continue
            j = self._entity(i) if c & (ALIAS | FUZZY) else 0
            if j:
                i = j
                continue
            j = (c & ADJ and self._adjective(i)) or (c & COMPOUND and self._compound(i)) \
                or self._name(i) or (c & DEMONYM and self._demonym(i)) or self._apposition_name(i) \
                or (self._after_person(i) and self._listed_name(i))
            i = j or i + 1
        if pending_pronoun is not None:
            self._resolve_pronoun(*pending_pronoun)
        elif epithet is not None and not self.sentence_persons[-1]:
            self._resolve_epithet(epithet)

    # ------------------------------------------------------------------ pieces
    def _gap(self, a: int) -> str:
        """Text between token a and token a+1."""
        s = self.s
        return self.text[s[a] + len(self.w[a]): s[a + 1]] if a + 1 < self.n else ""

    def _end(self, a: int) -> int:
        return self.s[a] + len(self.w[a])

    def _role_at(self, i: int) -> tuple[int, RoleInfo] | None:
        w = self.w[i]
        low = w.lower()
        phrases = self.lex.role_phrases[self.lang].get(low)
        if phrases:
            for toks, phrase_info in phrases:
                k = len(toks)
                if i + k <= self.n and all(self.w[i + x].lower() == toks[x] for x in range(1, k)):
                    return i + k, phrase_info
        if self.lang == "de":
            info = self.lex.role_info(w)
            if info is not None:
                return i + 1, info
        return None

    def _qualifier(self, i: int) -> tuple[str | None, int]:
        """Country qualifying the role at token i ("russische", "Russlands", "Kremlin", "U.S."), and its token."""
        k = i - 1
        while k >= 0 and k >= i - 2:
            w = self.w[k]
            low = w.lower()
            ent = self.lex.adjectives.get(low)
            if ent is not None:
                return ent.name, k
            base = low[:-2] if low.endswith(("'s", "’s")) else low[:-1] if low.endswith("s") else low
            for cand in (low, base):
                for h in self.lex.alias_index.get(cand, ()):
                    if len(h.tokens) == 1 and h.entry.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION):
                        return h.entry.name, k
            if low in ("neue", "neuen", "neuer", "frühere", "früheren", "ehemalige", "ehemaligen", "new",
                       "former", "scheidende", "scheidenden", "amtierende", "amtierenden", "designierte",
                       "designierten", "stellvertretende", "stellvertretenden"):
                k -= 1
                continue
            break
        return None, -1

    def _number(self, i: int, info: RoleInfo) -> str:
        """'singular' when the role noun at i names one person ("der Kremlchef", "mit Kremlchef"),
        'plural' ("die Außenminister", "der Präsidenten"), '' when unclear (no article)."""
        if info.plural:
            return "plural"
        w = self.w[i].lower()
        k = i - 1
        det = ""
        while k >= 0 and k >= i - 4:
            lw = self.w[k].lower()
            if lw in _DETS or lw in _PLURAL_DETS or lw in _PREPOSITIONS:
                det = lw
                break
            if self.w[k][0].isupper() and lw not in self.lex.adjectives:
                break
            k -= 1
        if k < 0 and i - 1 >= 0 and self.w[0].lower() in self.lex.adjectives:
            det = ""
        if det in _PLURAL_DETS:
            return "plural"
        if not det:
            return "singular" if k < 0 and i == 0 else ""
        if det in _PREPOSITIONS:
            return "singular" if not (self.lang == "de" and w.endswith("n") and info.lemma.lower().endswith("er")) \
                else "plural"
        if self.lang == "en":
            return "singular"
        lemma = info.lemma.split("-")[-1].lower()
        if det == "die" and not info.feminine:
            return "plural"
        if det == "der" and info.weak and w.endswith("n") and not lemma.endswith("n"):
            return "plural"  # "der Präsidenten": genitive plural
        if det == "den" and w.endswith("n") and lemma.endswith("er"):
            return "plural"  # "den Ministern"
        if det == "den" and k > 0 and self.w[k - 1].lower() in _DATIVE_PREPS:
            return "plural"  # "mit den Kollegen": dative plural (the singular would be "dem")
        return "singular"

    def _after_role(self, i: int, j: int, info: RoleInfo) -> int:
        """A role noun at i..j: a name after it, or a role mention resolved within the article."""
        country, _q = self._qualifier(i)
        info_q = info if (info.country or not country) else RoleInfo(info.lemma, info.key, country, info.plural,
                                                                       info.feminine, info.weak)
        k = j
        also: RoleInfo | None = None
        # "Botschafter und Sondergesandten Steve Witkoff": the role next to the name is the mention's role
        if k + 1 < self.n and self.w[k] in ("und", "and", "sowie"):
            r2 = self._role_at(k + 1)
            if r2 is not None:
                k, also = r2[0], info_q
                info_q = r2[1] if r2[1].country or not country else RoleInfo(
                    r2[1].lemma, r2[1].key, country, r2[1].plural, r2[1].feminine, r2[1].weak)
        while k + 1 < self.n and self.w[k] in _TITLES and self._gap(k).strip() == "." \
                and self._gap(k - 1).strip() in ("", "."):
            k += 1  # "Geschäftsführer Dr. Ansgar Roe", "Projektleiterin Prof. Dr. Marit Roe"
        if k < self.n and self._gap(k - 1).strip() in ("", ",", "."):
            hit = self._person_at(k, role_context=self._gap(k - 1).strip() in ("", ".") or self._closed_apposition(k))
            if hit is not None:
                end, actor, entry, via, gender = hit
                if self._emit(self.s[k], self._end(end - 1), actor, ActorKind.PERSON, info_q.lemma, via, k, gender):
                    self._person(actor, entry)
                    self._add_role(actor, info_q)
                    self._add_role(actor, also)
                return self._apposition_role(end, actor)
        if not self.w[i][0].isupper() and self.lang == "de":
            return j
        if j < self.n and not info_q.country and self.w[j][0].isupper() and self.w[j].endswith("s"):
            a = self._alias_at(j)  # "der Präsident Brasiliens", "der Außenminister Russlands"
            if a is not None and a[0] == j + 1 and a[1].entry.kind is ActorKind.COUNTRY:
                info_q = RoleInfo(info.lemma, info.key, a[1].entry.name, info.plural, info.feminine, info.weak)
                j = j + 1
        if self._number(i, info) != "singular":
            if self.w[i][0].isupper() and self.lang == "de":
                return self._entity(i) or j  # "die Republikaner": the party
            return j
        holder = self._resolve_role(info_q) if info_q.key not in _RELATIONAL_ROLES else None
        if holder is not None:
            start = self.s[_q] if _q >= 0 and self.w[_q].lower() in self.lex.adjectives else self.s[i]
            self._emit(start, self._end(j - 1), holder, ActorKind.PERSON, info_q.lemma, "role", i)
        return j

    def _resolve_role(self, info: RoleInfo) -> str | None:
        key, country = info.key, info.country
        generic = key in _GENERIC_ROLE_KEYS
        for actor in sorted(self.person_last, key=self.person_last.__getitem__, reverse=True):
            roles = self.person_roles.get(actor, ())
            if (country, key) in roles:
                return actor
            if generic and any(k.endswith(key) and (country is None or c == country) for c, k in roles):
                return actor
        if country:
            holders = self.lex.holders.get((country, key))
            if holders and len(holders) == 1:
                entry = holders[0]
                self._person(entry.name, entry)
                return entry.name
        return None

    def _group(self, i: int) -> int:
        """'die beiden Präsidenten', 'beide Präsidenten', 'the two presidents': the last two such persons."""
        low = self.w[i].lower()
        need = _GROUP_WORDS[low]
        if need and (i == 0 or self.w[i - 1].lower() != need):
            return 0
        if i + 1 >= self.n:
            return 0
        nxt = self.w[i + 1].lower()
        order = sorted(self.person_last, key=self.person_last.__getitem__, reverse=True)
        if nxt in _GROUP_NOUNS:  # "die beiden Staatschefs", "the two leaders", "beide Politiker"
            keys = _GROUP_NOUNS[nxt]
            j, info = i + 2, RoleInfo(self.w[i + 1], nxt, None, True)
            persons = [a for a in order if keys is None
                       or any(k in keys for _c, k in self.person_roles.get(a, ()))]
        else:
            r = self._role_at(i + 1)
            if r is None:
                if self.w[i + 1][:1].islower() and i == (1 if need else 0):
                    # "Die beiden treten in der Stichwahl an", "Both said ...": the sentence's subject is the
                    # two persons the last sentences named, when they named exactly two
                    recent = list(dict.fromkeys(a for sent in self.sentence_persons[-4:-1] for _t, a in sent))
                    if len(recent) != 2:
                        return 0
                    for actor in recent:
                        self._emit(self.s[i], self._end(i), actor, ActorKind.PERSON, None, "group", i)
                    return i + 1
                return 0
            j, info = r
            generic = info.key in _GENERIC_ROLE_KEYS and info.key != "präsident"
            persons = [a for a in order if any(k == info.key or (generic and k.endswith(info.key))
                                               for _c, k in self.person_roles.get(a, ()))]
        if len(persons) < 2:
            return 0
        for actor in persons[:2]:
            self._emit(self.s[i], self._end(j - 1), actor, ActorKind.PERSON, info.lemma, "group", i)
        return j

    # ------------------------------------------------------------------ names
    def _alias_at(self, i: int) -> tuple[int, AliasHit] | None:
        w = self.w
        low = w[i].lower()
        hits = self.lex.alias_index.get(low)
        if hits:
            found: list[AliasHit] = []
            for h in hits:
                k = len(h.tokens)
                if i + k > self.n or found and k != len(found[0].tokens):
                    continue
                ok = True
                for x in range(1, k):
                    t = w[i + x].lower()
                    a = h.tokens[x]
                    if t != a and not (x == k - 1 and _genitive_of(t, a)):
                        ok = False
                        break
                if ok:
                    found.append(h)
            if len({h.entry.name for h in found}) > 1 and all(h.entry.kind is ActorKind.COUNTRY for h in found):
                # "Bundesregierung" of Germany and of Austria: the country the article speaks of most
                best = max(found, key=lambda h: (self._country_weight(h.entry), -found.index(h)))
                return i + len(best.tokens), best
            if found:
                return i + len(found[0].tokens), found[0]
        for suffix in ("s", "es", "'s", "’s"):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                for h in self.lex.alias_index.get(low[: -len(suffix)], ()):
                    if len(h.tokens) == 1:
                        return i + 1, h
        return None

    def _country_weight(self, entry: Entry) -> int:
        """How often the text names a country by its name, adjective or capital (case-insensitive)."""
        got = self.country_weights.get(entry.name)
        if got is None:
            forms = [re.escape(f) for f in {entry.name} if len(f) > 3]
            if entry.adjective:
                forms.append(re.escape(entry.adjective) + r"\w*")  # "österreichischen"
            got = len(re.findall(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", self.text, re.I)) if forms else 0
            capitals = [re.escape(c) for c in entry.capitals if len(c) > 3]
            if capitals:  # "die Bundesregierung in Wien": where it sits counts double
                got += 2 * len(re.findall(r"(?<!\w)(?:" + "|".join(capitals) + r")(?!\w)", self.text))
            self.country_weights[entry.name] = got
        return got

    def _fuzzy_person_at(self, i: int) -> tuple[int, Entry] | None:
        lex = self.lex
        w = self.w
        if not self._surname_like(w[i], allow_first=True):
            return None
        if i + 1 < self.n and self._gap(i).strip() == "" and w[i + 1][0].isupper():
            e = lex.fuzzy_index.get(name_key(w[i] + " " + _strip_gen(w[i + 1]))) or \
                lex.fuzzy_index.get(name_key(w[i] + " " + w[i + 1]))
            if e is not None:
                return i + 2, e
        if lex.is_first_name(w[i]):
            return None  # "Ellen Marsh" is no misspelt "Yellen": a first name is not a surname's variant
        e = lex.fuzzy_index.get(token_key(w[i])) or lex.fuzzy_index.get(token_key(_strip_gen(w[i])))
        if e is not None and e.kind is ActorKind.PERSON and " " not in name_key(w[i]):
            return i + 1, e
        return None

    def _person_at(self, k: int, role_context: bool) -> tuple[int, str, Entry | None, str, str | None] | None:
        """A person's name starting at token k: (end, canonical, entry, via, gender)."""
        w = self.w[k]
        if not w[0].isupper():
            return None
        a = self._alias_at(k)
        if a is not None:
            end, hit = a
            if hit.entry.kind is ActorKind.PERSON:
                return end, hit.entry.name, hit.entry, hit.via, hit.entry.gender
            return None
        f = self._fuzzy_person_at(k)
        if f is not None:
            return f[0], f[1].name, f[1], "alias", f[1].gender
        fn = self._first_name_at(k)
        if fn is not None:
            return fn
        sur = self._surname_at(k)
        if sur is not None:
            return k + 1, sur, self.lex.entries.get(sur), "name", None
        if role_context and self._surname_like(w) and not self.lex.is_first_name(w):
            if self._end(k) < len(self.text) and self.text[self._end(k)] == "/":
                return None
            for size in (3, 2):  # a full name met before: "Judge Ana Brown Jolley" again
                if k + size <= self.n and all(self._gap(x) == " " for x in range(k, k + size - 1)):
                    known_full = " ".join(self.w[k:k + size])
                    if known_full.endswith(("'s", "’s")):
                        known_full = known_full[:-2]
                    if known_full in self.person_roles:
                        return k + size, known_full, None, "name", None
            end = k + 1
            # "Fraktionssprecher Ingo Brenner", "Judge Ana Brown Jolley": first names the lexicon does not know
            while end < self.n and end < k + 3 and self._gap(end - 1).strip() == "" \
                    and self._surname_like(self.w[end], allow_first=True) \
                    and self.w[end] not in self.surnames_seen and not self.lex.alias_index.get(self.w[end].lower()):
                end += 1
            last = self.w[end - 1]
            span = self.text[self.s[k]: self._end(end - 1)]
            if last.endswith(("'s", "’s")):
                span = span[:-2]
            known = self.surnames.get(token_key(last))
            if known is not None and end == k + 1:
                return end, known, self.lex.entries.get(known), "name", None
            return end, " ".join(span.split()), None, "name", None
        return None

    def _is_initial(self, k: int) -> bool:
        w = self.w[k]
        end = self._end(k)
        if len(w) != 1 or not w.isupper():
            return False
        if end < len(self.text) and self.text[end] == ".":
            return True
        # "S A Bobde": bare initials, two in a row
        return (k + 1 < self.n and len(self.w[k + 1]) == 1 and self.w[k + 1].isupper() and self._gap(k) == " ") or \
            (k > 0 and len(self.w[k - 1]) == 1 and self.w[k - 1].isupper() and self._gap(k - 1) == " ")

    def _first_name_at(self, k: int) -> tuple[int, str, Entry | None, str, str | None] | None:
        """'Pete Hegseth', 'Jose Manuel Albares', 'J. D. Vance', 'Ursula von der Leyen'."""
        lex = self.lex
        w = self.w
        m = k
        given: list[int] = []
        while m < self.n and len(given) < 3 and (m == k or self._gap(m - 1).strip() in ("", ".")):
            t = w[m]
            if self._is_initial(m) or (lex.is_first_name(t) and not t.isupper()) or (
                "-" in t and t[0].isupper() and lex.is_first_name(t.split("-")[0])
                and not self.lex.role_info(t)):
                given.append(m)
                m += 1
                continue
            break
        if not given:
            return None
        if all(self._is_initial(g) for g in given) and not (m < self.n and w[m][0].isupper()):
            return None
        nick = -1
        if m + 1 < self.n and self._gap(m - 1).strip() in _OPEN_QUOTES and w[m][0].isupper() \
                and self._gap(m).strip() in _CLOSE_QUOTES and w[m + 1][0].isupper():
            nick = m
            m += 1  # 'William "Buddy" Roe': a nickname in quotes between first name and surname
        surname_end = m
        while surname_end < self.n and (self._gap(surname_end - 1).strip() in ("", ".") or surname_end == m
                                        and nick >= 0 and self._gap(m - 1).strip() in _CLOSE_QUOTES):
            t = w[surname_end]
            if t.lower() in _PARTICLES and self._gap(surname_end).strip() == "":
                # "Ursula von der Leyen", "Claas de la Motte", "Tariq bin Saleh": particles, then the surname
                q = surname_end + 1
                while q < self.n and q < surname_end + 3 and w[q].lower() in _PARTICLES and w[q].islower() \
                        and self._gap(q).strip() == "":
                    q += 1
                if q > surname_end + 1 and self.lang == "de" and (self._after_article(w[given[-1]]) or given[0] > 0 and (
                        w[given[0] - 1].islower() and w[given[0] - 1].endswith(("en", "em", "er", "es")) and len(w[given[0] - 1]) > 4)):
                    break  # "dem (politischen) Tod von der Schippe springen": a noun, not a first name
                if q < self.n and w[q][0].isupper():
                    surname_end = q
                    continue
            if self._surname_like(t, allow_first=True) or (
                    t.lower() in _MONTH_SURNAMES and t[0].isupper() and lex.first_names.get(w[m - 1].lower())
                    and not (surname_end + 1 < self.n and self.w[surname_end + 1][0].isdigit())):
                surname_end += 1
                # "Rodrigo Valdemoro Ibarra", "Pedro Sánchez Pérez": a second Iberian-looking surname
                if surname_end < self.n and self._gap(surname_end - 1).strip() == "":
                    t2 = self.w[surname_end]
                    if len(t2) >= 4 and t2.lower().endswith(_IBERIAN_ENDINGS) and self._surname_like(t2) \
                            and not self.lex.alias_index.get(t2.lower()) and t2 not in self.surnames_seen:
                        surname_end += 1
                # "Lakshmi Narayanan Iyer", "Rajinder Kaur Sandhu": an English text's third name word, when
                # the capitalised run ends with it
                if self.lang == "en" and surname_end + 1 < self.n and self._gap(surname_end - 1) == " " \
                        and not w[surname_end + 1][:1].isupper() and self._surname_like(w[surname_end]) \
                        and not self.lex.alias_index.get(w[surname_end].lower()) \
                        and not self.lex.open_static(w[surname_end]) and w[surname_end] not in self.surnames_seen \
                        and not self._written_small(w[surname_end]):
                    surname_end += 1
                # "Khalid bin Rashid Al-Mansouri", "Salman bin Hamad bin Isa": the chain of an Arabic name
                for _ in range(3):
                    if surname_end + 1 < self.n and w[surname_end].lower() in ("bin", "ibn", "bint") \
                            and w[surname_end + 1][:1].isupper() and self._gap(surname_end - 1) == " " \
                            and self._gap(surname_end) == " " and self._surname_like(w[surname_end + 1], True):
                        surname_end += 2
                    elif surname_end < self.n and _ARTICLE_NAME_RE.fullmatch(w[surname_end]) \
                            and self._gap(surname_end - 1) == " ":
                        surname_end += 1
                    else:
                        break
            break
        if surname_end == m and m < self.n and _ROMAN_RE.fullmatch(w[m]) and self._gap(m - 1).strip() == "" \
                and not self._is_initial(given[-1]):
            surname_end = m + 1  # "Elizabeth II", "Charles III": a regnal number
        if surname_end == m or not w[surname_end - 1][0].isupper():
            if len(given) >= 2 and not self._is_initial(given[-1]):
                surname_end = given[-1] + 1
            else:
                return None
        if self._end(surname_end - 1) < len(self.text) and self.text[self._end(surname_end - 1)] == "/":
            return None  # "Alex Brandon/AP": a photo credit
        if len(given) == 1 and w[k].lower() in lex.word_first_names and not self._word_name_fits(k, surname_end):
            return None  # "Mark", "Guy", "Will": a common word unless the context says name
        span = self.text[self.s[k]: self._end(surname_end - 1)]
        if nick >= 0:
            span = self.text[self.s[k]: self._end(nick - 1)] + " " + self.text[self.s[nick + 1]: self._end(surname_end - 1)]
        if span.endswith(("'s", "’s")) and surname_end - 1 > given[-1]:
            span = span[:-2]  # "Travis Head's": the genitive
        name = " ".join(span.split())
        entry = lex.fuzzy_person(name)
        if entry is not None:
            return surname_end, entry.name, entry, "alias", entry.gender
        known = self.surnames.get(token_key(w[surname_end - 1]))
        if known is not None and len(name) <= len(known) and name_key(known).endswith(name_key(name)):
            return surname_end, known, lex.entries.get(known), "name", None
        gender = None if self._is_initial(given[0]) else lex.first_names.get(w[given[0]].split("-")[0].lower())
        return surname_end, name, None, "name", gender if gender in ("m", "f") else None

    def _word_name_fits(self, k: int, end: int) -> bool:
        """A first name that is also a word ("Mark Warner", not "Will Trump win", "die Mark Brandenburg")."""
        if end != k + 2:
            return False
        if k > 0 and self.w[k - 1].lower() in _DETS:
            return False
        sur = self.w[k + 1]
        if sur.lower() in self.lex.word_first_names or self.lex.alias_index.get(sur.lower()):
            return False
        # at a sentence's start the capital says nothing: the surname must stand alone elsewhere in the article
        # ("Grace Wanjiru won ... Wanjiru pulled away"), as no common word would ("Will Trump win", "May Day")
        return k > 0 or self._stands_alone(sur, self.s[k + 1])

    def _stands_alone(self, sur: str, at: int) -> bool:
        """Does ``sur`` occur in the text elsewhere than at ``at``, capitalised, as a whole word?"""
        if len(sur) < 3 or self._written_small(sur):
            return False
        text = self.text
        pos = text.find(sur)
        while pos >= 0:
            if pos != at and (pos == 0 or not text[pos - 1].isalnum()) \
                    and not text[pos + len(sur): pos + len(sur) + 1].isalnum():
                return True
            pos = text.find(sur, pos + 1)
        return False

    def _surname_at(self, k: int) -> str | None:
        w = self.w[k]
        if not w[0].isupper() or w.lower() in self.lex.stopwords:
            return None
        actor = self.surnames.get(token_key(w))
        if actor is None and (w.endswith("s") or w.endswith("’s") or w.endswith("'s")):
            actor = self.surnames.get(token_key(_strip_gen(w)))
        return actor

    def _surname_like(self, w: str, allow_first: bool = False) -> bool:
        if len(w) < 2 or not w[0].isupper() or (w.isupper() and len(w) > 1 and "-" not in w) \
                or w[1:2] == "-" or (self.lang == "en" and w.lower() in self.lex.role_phrases["en"]):
            return False  # "D-Ohio" (party and state), "Secretary": not surnames
        low = w.lower()
        lex = self.lex
        if low in lex.stopwords or any(c.isdigit() for c in w):
            return False
        if not allow_first and low in lex.first_names:
            return False
        if low in lex.adjectives or low in lex.demonyms or low in lex.agent_nouns or low in lex.institutions:
            return False
        if low.endswith(_NOUN_SUFFIXES) or lex.role_info(w) is not None:
            return False
        hits = lex.alias_index.get(low) or [  # "Berlin-Mitte"; but "El-Amrani" is no "El Salvador"
            h for h in lex.alias_index.get(low.split("-")[0], ()) if len(h.tokens) == 1]
        if hits and any(h.entry.kind is not ActorKind.PERSON for h in hits):
            return False
        return True

    def _written_small(self, w: str) -> bool:
        """'telescope' elsewhere in the text: 'James Webb Telescope' ends with a common noun, not a name."""
        return re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", self.text) is not None

    def _closed_apposition(self, k: int) -> bool:
        """'Der Fahrer, Sören Abeling aus Hemmdorf, ...', 'The engineer, Hana Nakashima, testified': after a role
        and a comma, two capitalised words closed by a comma or a place of origin."""
        if k + 2 >= self.n or self._gap(k) != " " or not self.w[k + 1][:1].isupper():
            return False
        if not all(self._surname_like(self.w[x], allow_first=True) for x in (k, k + 1)) \
                or self.lang == "de" and _adjective_like(self.w[k]):
            return False  # "Premiere, Großes Haus, 20 Uhr": no name
        gap = self._gap(k + 1).strip()
        return gap == "," or gap == "" and self.w[k + 2] in ("aus", "from", "of")

    def _aged_name(self, i: int) -> int:
        """Two or three name-like words and the person's age after them ('Brody Halvard, 34,', 'Sören Abeling
        (34)'): a person whatever the first name; the end of the name, or 0."""
        for size in (3, 2):
            end = i + size
            # the age first: one anchored match, cheaper than looking at the words
            if end > self.n or not _AGE_APPOSITION_RE.match(self.text, self._end(end - 1)):
                continue
            if not all(self.w[k][:1].isupper() and self._gap(k) == " " for k in range(i, end - 1)):
                continue
            if not all(self._surname_like(self.w[k], allow_first=True) and not self.lex.alias_index.get(self.w[k].lower())
                       and not self.lex.open_static(self.w[k]) for k in range(i, end)):
                return 0
            if not self.lex.is_first_name(self.w[i]) and any(self.lex.is_first_name(self.w[k]) for k in range(i + 1, end - 1)):
                return 0  # "Kameramann Jürgen Jürges (80)": the name starts at the first name
            if size == 3 and i == 0 and not self.lex.is_first_name(self.w[i]):
                continue  # "Villager Tashi Dorjee, 68, said": a sentence opens with a capital whatever the word
            if self.lang == "de" and any(not self._proper_like(k) and not self.lex.is_first_name(self.w[k])
                                         for k in range(i, end)):
                return 0  # German capitalises its nouns: "Kapitel Drei (3)"
            name = self._span_name(i, end)
            if self._emit(self.s[i], self._end(end - 1), name, ActorKind.PERSON, None, "name", i):
                self._person(name, None)
            return end
        return 0

    def _particle_surname(self, i: int) -> int:
        """'Van der Linden', 'De la Fuente', 'Bin Saleh': a surname seen with its particles, the first capitalised
        at a sentence's start; the mention takes the particles."""
        w = self.w
        q = i + 1
        while q < self.n and q < i + 3 and w[q].lower() in _PARTICLES and w[q].islower() and self._gap(q - 1) == " ":
            q += 1
        if q >= self.n or self._gap(q - 1) != " ":
            return 0
        actor = self._surname_at(q)
        if actor is None or " " + " ".join(w[i:q]).lower() + " " not in " " + actor.lower() + " ":
            return 0
        if self._emit(self.s[i], self._end(q), actor, ActorKind.PERSON, None, "name", i):
            self._person(actor, self.lex.entries.get(actor))
            return self._apposition_role(q + 1, actor)
        return q + 1

    def _name(self, i: int) -> int:
        hit = self._first_name_at(i)
        if hit is None:
            sur = self._surname_at(i)
            if sur is None or (i > 0 and self.w[i - 1].lower() in _DETS and self.lang == "de"):
                return 0  # "die Reiche und Mächtigen": a noun after an article, not the surname
            hit = (i + 1, sur, self.lex.entries.get(sur), "name", None)
        end, actor, entry, via, gender = hit
        if self._emit(self.s[i], self._end(end - 1), actor, ActorKind.PERSON, None, via, i, gender):
            self._person(actor, entry)
            return self._apposition_role(end, actor)
        return end

    def _apposition_role(self, end: int, actor: str) -> int:
        """'Pete Hegseth, der US-Verteidigungsminister, ...': attach the role to the name just emitted."""
        if end >= self.n or self._gap(end - 1).strip() != ",":
            return end
        k = end
        if self.w[k].lower() in _DETS:
            k += 1
        r = None
        for _skip in range(3):  # "der US-Verteidigungsminister", "der neue Außenminister", "the defense secretary"
            if k >= self.n:
                return end
            r = self._role_at(k)
            if r is not None:
                break
            lw = self.w[k].lower()
            if lw in _DETS or lw in _AND_WORDS or (self.w[k][0].isupper() and lw not in self.lex.adjectives):
                return end  # "Amira Roe, und Premierminister Jan Doe": the next person's role, not hers
            k += 1
        if r is None:
            return end
        j, info = r
        country, _q = self._qualifier(k)
        if country and not info.country:
            info = RoleInfo(info.lemma, info.key, country, info.plural, info.feminine, info.weak)
        self._add_role(actor, info)
        last = self.mentions[-1]
        if last.actor == actor and last.role is None:
            self.mentions[-1] = replace(last, role=info.lemma)
        return j

    # ------------------------------------------------------------------ organisations and places no list names
    def _cap_run(self, j: int, most: int) -> int:
        """End of the run of capitalised words from j (single spaces between them, at most ``most``)."""
        k = j
        stop = self.lex.stopwords
        while k < self.n and k < j + most and (k == j or self._joined(k)) and self.w[k][0].isupper() \
                and self.w[k].lower() not in stop and not self.w[k][0].isdigit():
            k += 1
        return k

    def _joined(self, k: int) -> bool:
        """Tokens k-1 and k are words of one name: a space between them, or 'St. Aidan', 'Magistrates' Court'."""
        gap = self._gap(k - 1)
        return gap == " " or gap == ". " and self.w[k - 1] in _SAINTS or gap == " & " and self.w[k][:1].isupper() \
            or gap in ("' ", "’ ") and self.w[k - 1].endswith("s") and len(self.w[k - 1]) > 3

    def _of_tail(self, end: int) -> int:
        """'... of Australia', '... of the Northwest Territories' after a head."""
        if end + 1 < self.n and self.w[end] == "of" and self._gap(end - 1) == " " and self._gap(end) == " ":
            j = end + 1
            if self.w[j] == "the" and j + 1 < self.n and self._gap(j) == " ":
                j += 1
            r = self._cap_run(j, 3)
            if r + 1 < self.n and self.w[r] in ("and", "&") and self._gap(r - 1) == " " and self._gap(r) == " " \
                    and self.w[r + 1][:1].isupper() and not self.lex.alias_index.get(self.w[r + 1].lower()) \
                    and not self.lex.is_first_name(self.w[r + 1]):
                r = max(r, self._cap_run(r + 1, 2))  # "Ministry of Water and Irrigation"
            if r > j:
                return r
        return end

    def _span_name(self, a: int, b: int) -> str:
        name = " ".join(self.text[self.s[a]: self._end(b - 1)].split())
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "Storm Roe's"
        if self.lang == "de" and b - a >= 2 and _adjective_like(self.w[a]) and (
                self.lex.head_suffix(self.w[a + 1], True) or self.lex.named_head(self.w[a + 1])):
            name = _nominative(self.w[a], self.w[a + 1]) + name[len(self.w[a]):]  # "der Deutsche Wetterdienst"
        if self.lang == "de" and "s " in name + " ":
            parts = name.split(" ")
            for x, part in enumerate(parts):  # "des Landgerichts Erfurt", "des Landesamtes für Geologie"
                if part.endswith("s") and len(part) > 5:
                    for cut in (2, 1) if part.endswith("es") else (1,):
                        if (self.lex.head_suffix(part[:-cut], True) or self.lex.named_head(part[:-cut])) \
                                and not self.lex.head_plural(part[:-cut]):
                            parts[x] = part[:-cut]
                            break
            name = " ".join(parts)
        return name

    def _open_entity(self, i: int, unknown: bool) -> int:
        """Organisations and places no list names: 'Met Office', 'Federal Court of Australia', 'University of
        Leeds', 'Kanton Bern', 'Landgericht Erfurt', 'Deutscher Wetterdienst', 'GDL', 'in Forfar'."""
        w = self.w[i]
        lex = self.lex
        if unknown and not lex.open_static(w) and not (self.org_aliases and w in self.org_aliases):
            # nothing in the word itself: only a cue before it or a head word after it can make it an actor
            prev = self.w[i - 1].lower() if i > 0 else ""
            if not (prev in _OPEN_CUES or prev in _WEAK_PLACE_PREPS_DE or lex.is_org_intro(self.w[i - 1]) or lex.is_place_intro(self.w[i - 1])
                    or prev == "von" and i > 1 and lex.is_of_place(self.w[i - 2])
                    or self.mentions and self.mentions[-1].kind
                    is ActorKind.PLACE or prev.endswith("ischen") or prev in lex.adjectives):
                k = i + 1
                while k < self.n and k < i + 6 and self.w[k][:1].isupper() and self._joined(k):
                    if lex.open_static(self.w[k]):
                        break
                    k += 1
                else:
                    return 0
                if k >= self.n or k >= i + 6 or not self.w[k][:1].isupper() or not self._joined(k):
                    return 0
        low = w.lower()
        if self.org_aliases and w in self.org_aliases:
            self._emit(self.s[i], self._end(i), self.org_aliases[w], ActorKind.ORGANISATION, None, "alias", i)
            return i + 1
        if low in lex.stopwords or low in lex.first_names and unknown:
            return self._open_entity_de(i, False) if self.lang == "de" else 0
        mark = self.text[self._end(i): self._end(i) + 3].strip()[:1] if unknown and i == 0 else ""
        if mark and w.isalpha() and w.isupper() and len(w) >= 4 and (mark in ("(", ",", ".", "-", "–", "—") or (
                mark == ":" and w.capitalize() in self.text)):  # "RAGHAVPUR: ..." when "Raghavpur" recurs, not "LIVE:"
            return self._open_emit(i, i + 1, w.capitalize(), ActorKind.PLACE)  # "BOZEN (dpa) –": a dateline
        if unknown and _ACRONYM_RE.fullmatch(w) and w not in lex.not_acronyms and not _ROMAN_RE.fullmatch(w) \
                and low not in lex.head_start and sum(ch.isdigit() for ch in w) <= 2 \
                and not self._shouting(i) and not self._is_initial(i) and not self._initials_before_name(i) \
                and not self._word_elsewhere(w):
            return self._open_emit(i, i + 1, w, ActorKind.ORGANISATION)
        if unknown and i > 0 and lex.is_org_intro(self.w[i - 1]) and self._gap(i - 1) == " " \
                and not self._is_initial(i) and lex.role_info(w) is None:
            end = self._cap_run(i, 3)  # "Zweitligist Hansa Rostock", "the firm Acme Widgets"
            # German nouns are capitalised too ("dass der Anbieter Kunden betrog"): a one-word name recurs
            if end > i and all(self._proper_like(k) or self.lang == "en" for k in range(i, end)) \
                    and (self.lang == "en" or end > i + 1 or self._stands_alone(self.w[i], self.s[i])) \
                    and not (end == i + 1 and self._place_like(i) and self.lex.alias_index.get(low)):
                return self._open_emit(i, end, self._span_name(i, end), ActorKind.ORGANISATION)
        if i > 0 and self.mentions and self.mentions[-1].kind is ActorKind.PLACE \
                and _LIST_GAP_RE.fullmatch(self.text[self.mentions[-1].end: self.s[i]]) is not None \
                and (unknown or self._alias_at(i) is None and not self.lex.is_first_name(w)) \
                and not self._after_person(i):
            end = self._cap_run(i, 3)  # "in Neuhofen und Ferschnitz", "Angus and Aberdeenshire"
            if end > i and (self.lang == "en" or self._proper_like(i)):
                return self._open_emit(i, end, self._span_name(i, end), ActorKind.PLACE)
        kind = lex.head_start.get(low)
        if kind is not None and i + 1 < self.n and self._gap(i) == " ":
            j = i + 1
            if self.w[j] == "of":
                end = self._of_tail(i + 1)
                if end > i + 1:
                    return self._open_emit(i, end, self._span_name(i, end), kind)
            else:
                end = self._cap_run(j, 3)
                if end > j and not self.lex.role_info(self.w[j]):
                    return self._open_emit(i, end, self._span_name(i, end), kind)
        run = self._cap_run(i, 6) if i + 1 < self.n and self.w[i + 1][:1].isupper() and low not in _NUMBER_WORDS \
            else i + 1
        if run > i + 1 and all(self.w[k].isupper() for k in range(i, run)):
            run = i + 1  # "BREAKING NEWS": a shouted headline
        for e in range(run, i + 1, -1):
            last = self.w[e - 1].lower()
            kind = lex.head_end.get((last,)) or (e - 2 > i and lex.head_end.get((self.w[e - 2].lower(), last))) or None
            if kind is not None:
                end = self._of_tail(e)
                a = i
                while self.lang == "de" and a + 2 < e and self._describing_noun(a):
                    a += 1  # "der Projektierer Nordwind Energieprojekte GmbH"
                return self._open_emit(a, end, self._span_name(a, end), kind)
        if self.lang == "de":
            return self._open_entity_de(i, unknown)
        if i > 0 and self._place_cue(i) and not low.endswith(("ing", "ism")) and (unknown or self._alias_at(i) is None) \
                and low not in lex.not_places:
            end = self._cap_run(i, 3)
            if end > i and not self.lex.alias_index.get(self.w[end - 1].lower()):
                return self._open_emit(i, end, self._span_name(i, end), ActorKind.PLACE)
        return 0

    def _open_entity_de(self, i: int, unknown: bool) -> int:
        w = self.w[i]
        lex = self.lex
        kind = lex.head_suffix(w) if "-" not in w or w.count("-") >= 2 else None
        if kind is not None and lex.head_plural(w) and not (i + 1 < self.n and self._place_like(i + 1)):
            kind = None  # "Aufsichtsbehörden": many bodies, none named
        a = i
        if kind is None and i + 1 < self.n and w.endswith(("er", "es", "en", "e")) and self._gap(i) == " " \
                and "-" not in self.w[i + 1]:
            kind = lex.head_suffix(self.w[i + 1], True)  # "Deutscher Wetterdienst", "Oberster Gerichtshof"
            if kind is not None and not _adjective_like(w):
                kind = None
            if kind is not None:
                i += 1
        if kind is None and i + 1 < self.n and self._gap(i) == " ":
            kind = lex.head_suffix(w, True)  # "Bundesamt für ...", "Feuerwehren Niederösterreich"
            if kind is not None and not (self.w[i + 1] in ("für", "der", "des") or self._place_like(i + 1)):
                kind = None
        if kind is not None:
            end = i + 1
            if end + 1 < self.n and self.w[end] in ("für", "der", "des") and self._gap(end - 1) == " " \
                    and self.w[end + 1][0].isupper() and self.w[end + 1].lower() not in lex.stopwords:
                end += 2  # "Akademie der Wissenschaften", "Landesgericht für Strafsachen"
            if end < self.n and self._gap(end - 1) == " " and self.w[end][0].isupper() and self._place_like(end):
                end += 1  # "Landgericht Erfurt", "Führungsstab Lötschental"
            name = self._span_name(a, end)
            if end == i + 1 and name.endswith("s") and lex.head_suffix(name[:-1]) is not None:
                name = name[:-2] if name.endswith("es") and lex.head_suffix(name[:-2]) else name[:-1]
            return self._open_emit(a, end, name, kind)
        if lex.named_head(w) and not lex.head_plural(w):
            end = self._named_tail(i + 1)  # "Gesamtschule Lindenhof", "Stiftung Kulturerbe Seebach"
            if end > i + 1:
                a = i - 1 if i > 0 and self._gap(i - 1) == " " and self.w[i - 1][:1].isupper() \
                    and _adjective_like(self.w[i - 1]) and self.w[i - 1].lower() not in lex.adjectives \
                    and self._ok(self.s[i - 1]) else i  # "Technische Hochschule X", not "Deutscher Bank"
                return self._open_emit(a, end, self._span_name(a, end), ActorKind.ORGANISATION)
        if not unknown:
            return 0
        low = w.lower()
        kind = lex.head_start.get(low)
        prev = self.w[i - 1].lower() if i > 0 else ""
        if i > 1 and (prev.endswith("ischen") or prev in lex.adjectives) and not self.w[i - 1][0].isupper() \
                and self.w[i - 2].lower() in _PLACE_PREPS_DE + ("im",) \
                and not (i + 1 < self.n and self.w[i + 1][:1].isupper() and self._gap(i) == " "):
            prev = "in"  # "im chinesischen Wuhan", "im baden-württembergischen Welzheim"
        if i > 0 and lex.is_place_intro(self.w[i - 1]) and self._proper_like(i) and self._gap(i - 1) == " " and i > 1 and (
                self.w[i - 2].lower() in _DETS | _INTRO_DETS or _adjective_like(self.w[i - 2])) and not (
                low.endswith(("en", "ern")) and not low.endswith(_TOPONYM_EN) and self.text.count(w) < 2):
            # "das Walliser Dorf Blatten", "in der Ortschaft Santa Maria" (a plural noun, "in der Stadt
            # Wahlurnen aufgestellt", is no place: a place's name comes back)
            end = i + 1
            while end < self.n and end < i + 3 and self._gap(end - 1) == " " and self.w[end][:1].isupper() \
                    and self.w[end].lower() not in lex.stopwords and not self.w[end].lower().endswith(_NOUN_SUFFIXES):
                end += 1
            return self._open_emit(i, end, self._span_name(i, end), ActorKind.PLACE)
        if prev == "von" and i > 1 and lex.is_of_place(self.w[i - 2]) and self._gap(i - 1) == " " \
                and self._proper_like(i) and not (i + 1 < self.n and self._gap(i) == " " and self.w[i + 1][:1].isupper()):
            return self._open_emit(i, i + 1, w, ActorKind.PLACE)  # "der Gemeinderat von Lindenau"
        if prev in _WEAK_PLACE_PREPS_DE and len(low) >= 7 and low.endswith(_DE_TOPONYM_ENDINGS) and self._proper_like(i) \
                and self._gap(i - 1) == " " and w not in self.surnames_seen \
                and not (i + 1 < self.n and self._gap(i) == " " and self.w[i + 1][:1].isupper()):
            return self._open_emit(i, i + 1, w, ActorKind.PLACE)  # "bei Niederhelden", "aus Großmoorbach"
        if prev in _PLACE_PREPS_DE and self._proper_like(i) and not (
                (low.endswith("en") and len(low) > 5 or low.endswith("ern")) and not low.endswith(_TOPONYM_EN)) \
                and not (low.endswith("s") and (low[:-1] in lex.first_names or i + 1 < self.n and self._gap(i) == " "
                                                 and self.w[i + 1][:1].isupper())):  # "in Stalins Reich": a genitive  # "in Zugausfällen": a plural
            end = i + 1
            if end + 2 < self.n and self.w[end] == "an" and self.w[end + 1] in ("der", "dem") \
                    and self.w[end + 2][0].isupper() and self.w[end + 2].lower() not in self.lex.stopwords:
                end += 3  # "Neuhofen an der Ybbs"
            return self._open_emit(i, end, self._span_name(i, end), ActorKind.PLACE)
        return 0

    def _after_article(self, w: str) -> bool:
        """Is ``w`` seen right after an article in this text ('dem Tod', 'die Grundschule')?"""
        if self.after_article is None:
            self.after_article = {m.group(1).lower() for m in _AFTER_ARTICLE_RE.finditer(self.text)}
        return w.lower() in self.after_article

    def _describing_noun(self, k: int) -> bool:
        """'Projektierer', 'Werkzeugmaschinenhersteller', 'Zulieferer': a German noun for what a company does,
        seen after an article, or a role or intro word, before the company's name."""
        w = self.w[k]
        low = w.lower()
        if low in self.lex.org_intros or self.lex.role_info(w) is not None or low in self.lex.agent_nouns:
            return True
        if self.after_article is None:
            self.after_article = {m.group(1).lower() for m in _AFTER_ARTICLE_RE.finditer(self.text)}
        return len(low) >= 10 and low.endswith("er") and low in self.after_article  # not "die Schneider Electric SE"

    def _named_tail(self, j: int) -> int:
        """End of the name after a German institution word ('Lindenhof', 'Kulturerbe Seebach', 'St. Marien
        Vellhausen'): up to three capitalised words, the last of them name-like; j when there is none."""
        if j >= self.n or self._gap(j - 1) != " " or self.lex.is_first_name(self.w[j]):
            return j  # "Kindermissionswerk Klaus Krämer": a person's name, not the institution's
        k = j
        while k < self.n and k < j + 3 and self.w[k][:1].isupper() and self.w[k].lower() not in self.lex.stopwords \
                and (k == j or self._gap(k - 1) == " " or self._gap(k - 1) == ". " and self.w[k - 1] in _SAINTS):
            k += 1
        while k > j and not (self._place_like(k - 1) or self.w[k - 1] in _SAINTS and k - 1 > j):
            k -= 1
        if k > j and self.w[k - 1] in _SAINTS:
            k -= 1
        return k

    def _place_cue(self, i: int) -> bool:
        """'in Forfar', 'in the Pacific Palisades', 'north of Pasadena', 'parts of Angus'."""
        prev = self.w[i - 1].lower()
        if prev in _PLACE_PREPS:
            return True
        if prev == "the" and i > 1 and (self.w[i - 2].lower() in _PLACE_PREPS or self.w[i - 2] == "of" and i > 2
                                        and self.w[i - 3].lower() in _OF_PLACE):
            return True  # "in the Highlands", "parts of the Highlands"
        return prev == "of" and i > 1 and (self.w[i - 2].lower() in _OF_PLACE or self.w[i - 2] in self.lex.of_place
                                           or i == 2 and self.w[0].lower() in self.lex.of_place)  # "Residents of X"

    def _place_like(self, k: int) -> bool:
        """A place name after an institution word: unknown and name-like, or a listed place or country."""
        hits = self.lex.alias_index.get(self.w[k].lower())
        if hits:
            return any(len(h.tokens) == 1 and h.entry.kind in (ActorKind.PLACE, ActorKind.COUNTRY) for h in hits)
        return self._proper_like(k)

    def _proper_like(self, k: int) -> bool:
        """A capitalised German word that looks like a name, not a common noun."""
        w = self.w[k]
        low = w.lower()
        lex = self.lex
        if not w[0].isupper() or len(w) < 3 or low in lex.stopwords or low.endswith(_NOUN_SUFFIXES) \
                or low in lex.first_names or lex.role_info(w) is not None or low in lex.agent_nouns \
                or low in lex.institutions or low in lex.adjectives or lex.alias_index.get(low):
            return False
        if w.isupper() or low in lex.not_places:
            return False
        if self.after_article is None:
            self.after_article = {m.group(1).lower() for m in _AFTER_ARTICLE_RE.finditer(self.text)}
        art = self.after_article  # "in Nagelstudio" (a headline) beside "eines Nagelstudios": a noun
        return low not in art and low + "s" not in art and low + "es" not in art and not low.endswith(_DE_NOUN_ENDINGS)

    def _initials_before_name(self, i: int) -> bool:
        """'AW Stephenson', 'DJ Roe': two or three capitals before a surname are initials."""
        return len(self.w[i]) <= 3 and self.w[i].isalpha() and i + 1 < self.n and self._gap(i) == " " \
            and self._surname_like(self.w[i + 1])

    def _word_elsewhere(self, w: str) -> bool:
        """'STORM' when the text also has 'Storm' or 'storm': a shouted word, not an acronym."""
        if len(w) < 4:
            return False
        if self.word_set is None:
            self.word_set = set(self.all_words)
        low = w.lower()
        return low in self.word_set or low.capitalize() in self.word_set

    def _shouting(self, i: int) -> bool:
        """An all-capital headline: the neighbours are all capitals too."""
        nb = [self.w[k] for k in (i - 1, i + 1) if 0 <= k < self.n and self.w[k][0].isalpha() and len(self.w[k]) > 1]
        return any(x.isupper() for x in nb)

    def _state_after_town(self, i: int) -> int:
        """'Calif.', 'N.Y.' after a town and a comma: the state under its listed name where the lexicon has it;
        the index after the abbreviation (nothing is emitted for an abbreviation the table lacks)."""
        at = self.s[i]
        for abbrev, full in self.lex.place_abbreviations[self.w[i].split(".")[0]]:
            if self.text.startswith(abbrev, at):
                last = self.mentions[-1] if self.mentions else None
                if last is None or last.end != self._end(i - 1):
                    a = i - 1  # the town before the comma, when nothing took it yet ("Pinecrest, Calif.")
                    while a > 0 and a > i - 3 and self._joined(a) and self.w[a - 1][:1].isupper():
                        a -= 1
                    if not all(self.w[k][:1].isupper() and self.w[k].lower() not in self.lex.stopwords
                               for k in range(a, i)):
                        return 0
                    town = " ".join(t.capitalize() if t.isupper() else t for t in self.w[a:i])
                    self._emit(self.s[a], self._end(i - 1), town, ActorKind.PLACE, None, "name", a)
                elif last.kind is not ActorKind.PLACE:
                    return 0
                end = at + len(abbrev) - 1  # the last letter, before the dot
                k = i
                while k + 1 < self.n and self._end(k) < end:
                    k += 1
                hits = self.lex.alias_index.get(full.lower())
                # the lexicon's place of that name ("Kalifornien"), not a country or a city standing for one
                # ("Georgia" is Georgien, "Washington" the USA)
                name = next((h.entry.name for h in hits or () if len(h.tokens) == len(full.split())
                             and h.entry.kind is ActorKind.PLACE), full)
                self._emit(at, end, name, ActorKind.PLACE, None, "short", i)  # no way to write its name
                return k + 1
        return i + 1 if self.text.startswith(".", self._end(i)) else 0

    def _described_org(self, i: int) -> int:
        """'Orbitline, the satellite startup based in Tallis, ...', 'Solwerk, ein Hersteller von ...': a name no list
        knows with an apposition whose noun makes it an organisation (actors_heads.tsv, intro); its end, or 0."""
        if not (i + 1 < self.n and self.w[i + 1][:1].isupper()) and not self.text.startswith(", ", self._end(i)):
            return 0  # neither a name that goes on nor a comma after it: the cheap test first
        if i > 0 and self.w[i - 1][:1].isupper() and self._joined(i):
            return 0  # not the first word of the name
        end = self._cap_run(i, 3)
        if end >= self.n or self._gap(end - 1) != ", " or self.w[end].lower() not in _APPOSITION_ARTICLES[self.lang]:
            return 0
        if any(self.lex.is_first_name(self.w[k]) or self.lex.role_info(self.w[k]) is not None
               or self.lex.alias_index.get(self.w[k].lower()) for k in range(i, end)):
            return 0
        k = end + 1
        while k < self.n and k < end + 5 and self._gap(k - 1) == " ":
            if self.lex.is_org_intro(self.w[k]):
                # the noun ends the apposition ("the biotech startup based in ..."), not "a company director"
                if k + 1 >= self.n or self._gap(k).strip() or self.w[k + 1].lower() in _APPOSITION_TAILS[self.lang]:
                    return self._open_emit(i, end, self._span_name(i, end), ActorKind.ORGANISATION)
                return 0
            k += 1
        return 0

    def _open_emit(self, a: int, b: int, name: str, kind: ActorKind) -> int:
        if kind is ActorKind.ORGANISATION:
            ext = self._acronym_extension(a, b)
            if ext > b:  # "Gewerkschaft Metall und Technik (GMT)": the acronym spells the whole name
                b, name = ext, self._span_name(a, ext)
            elif a >= 2 and self.w[a - 1] in ("und", "and", "&") and self.w[a - 2][:1].isupper() \
                    and self._gap(a - 2) == " " and self._gap(a - 1) == " " and b < self.n \
                    and self._gap(b - 1).strip() == "(" and self.w[b].isupper() and self._ok(self.s[a - 2]) \
                    and "".join(t[0] for t in self.w[a - 2:b] if t[:1].isupper()) == self.w[b]:
                a, name = a - 2, self._span_name(a - 2, b)  # "Warehouse and Logistics Union (WLU)"
        if not self._emit(self.s[a], self._end(b - 1), name, kind, None, "name", a):
            return b
        # "Bundesamt für Landestopografie (Swisstopo)": the short name; "Bruchsal (Baden-Württemberg)": the region
        if b + 1 < self.n and self._gap(b - 1).strip() == "(" and self._gap(b).strip() == ")" \
                and self.w[b][0].isupper() and self.w[b].lower() not in self.lex.stopwords:
            hits = self.lex.alias_index.get(self.w[b].lower())
            if kind is ActorKind.ORGANISATION and not (hits and any(h.entry.kind in (ActorKind.PLACE, ActorKind.COUNTRY)
                                                                    for h in hits)):
                self.org_aliases[self.w[b]] = name
                self._emit(self.s[b], self._end(b), name, kind, None, "alias", b)
                return b + 1
            if not self.lex.alias_index.get(self.w[b].lower()):
                self._emit(self.s[b], self._end(b), self.w[b], ActorKind.PLACE, None, "name", b)
                return b + 1
        return b

    def _acronym_extension(self, a: int, b: int) -> int:
        """End of 'X und Y' after an organisation's name a..b when an acronym in brackets spells the initials
        of the whole ('Gewerkschaft Metall und Technik (GMT)'); b otherwise."""
        if b + 2 >= self.n or self.w[b] not in ("und", "and", "&") or self._gap(b - 1) != " " or self._gap(b) != " ":
            return b
        r = self._cap_run(b + 1, 3)
        for e in range(r, b + 1, -1):
            if e < self.n and self._gap(e - 1).strip() == "(" and self._gap(e).strip() == ")" and self.w[e].isupper():
                initials = "".join(t[0] for t in self.w[a:e] if t[:1].isupper())
                if initials == self.w[e]:
                    return e
        return b

    def _open_worth(self, i: int) -> bool:
        """Cheap test before the open rules for a word the lexicons know: a head word in the capitalised run
        after it, a tail word ('für', 'of'), a place cue before it, or a place just before."""
        lex = self.lex
        w = self.w
        if lex.open_static(w[i]) or w[i + 1] in _TAIL_WORDS:
            return True
        k = i + 1
        while k < self.n and k < i + 6 and w[k][:1].isupper():
            if lex.open_static(w[k]):
                return True
            k += 1
        if i > 0 and (w[i - 1] in lex.open_prev or w[i - 1].lower() in lex.open_prev):
            return True
        return bool(self.mentions) and self.mentions[-1].kind is ActorKind.PLACE

    def _after_person(self, i: int) -> bool:
        """Does a person's name (maybe with 'of <place>') end just before token i?"""
        ms = self.mentions
        if i == 0 or not ms or self.s[i] - ms[-1].end > 8:
            return False
        return ms[-1].kind is ActorKind.PERSON or len(ms) > 1 and ms[-2].kind is ActorKind.PERSON \
            and self.text[ms[-2].end: ms[-1].start] == " of "

    def _listed_name(self, i: int) -> int:
        """'Anna Roe, Bo Lindqvist and Ekow Mensah': an unknown two- or three-word name listed after a person."""
        last = self.mentions[-1]
        if last.end > self.s[i] or _LIST_GAP_RE.fullmatch(self.text[last.end: self.s[i]]) is None:
            return 0
        end = i
        while end < self.n and end < i + 3 and (end == i or self._gap(end - 1).strip() == "") \
                and self._surname_like(self.w[end], allow_first=True) and not self.lex.alias_index.get(self.w[end].lower()):
            end += 1
        if end - i < 2:
            return 0
        span = " ".join(self.text[self.s[i]: self._end(end - 1)].split())
        if span.endswith(("'s", "’s")):
            span = span[:-2]
        if self._emit(self.s[i], self._end(end - 1), span, ActorKind.PERSON, None, "name", i,
                      self.lex.first_names.get(self.w[i].lower())):
            self._person(span, None)
        return end

    def _apposition_name(self, i: int) -> int:
        """'Ermak, Leiter des Präsidialamts': an unknown surname followed by a role."""
        w = self.w[i]
        if i + 1 >= self.n or self._gap(i).strip() != "," or not self._surname_like(w):
            return 0
        if self.lang == "de" and i > 0 and self.w[i - 1].lower() in _DETS:
            return 0  # "Die Besitzerin, Landwirtin Eva Roe, ...": a noun after its article, not a surname
        if self.lang == "en" and w.endswith("ly") or i > 1 and not self.w[i - 1][0].isupper() \
                and _adjective_like(self.w[i - 1].capitalize()) and self.w[i - 2].lower() in _PREPOSITIONS | _LOCATIVE | _DETS:
            return 0  # "Notably, ...", "in letzter Minute, ...": not a name
        k = i + 1
        if self.w[k].lower() in _DETS:
            k += 1
        if k < self.n and self.w[k].lower() in self.lex.adjectives:
            k += 1
        if k >= self.n or self._role_at(k) is None:
            return 0
        if self._emit(self.s[i], self._end(i), w, ActorKind.PERSON, None, "name", i):
            self._person(w, None)
            return self._apposition_role(i + 1, w)
        return i + 1

    # ------------------------------------------------------------------ entities
    def _entity(self, i: int) -> int:
        a = self._alias_at(i)
        if a is None:
            f = self._fuzzy_person_at(i)
            if f is None:
                return 0
            end, entry = f
            if self._emit(self.s[i], self._end(end - 1), entry.name, ActorKind.PERSON, None, "alias", i,
                          entry.gender):
                self._person(entry.name, entry)
                return self._apposition_role(end, entry.name)
            return end
        end, hit = a
        entry = hit.entry
        kind = entry.kind
        if self.lang == "en" and i == 0 and end == 1 and kind in (ActorKind.COUNTRY, ActorKind.PLACE) \
                and not self.w[0].isupper() and self._written_small(self.w[0]):
            return 1  # "Island ferry returns" beside "the island of ...": a word, not the German name of Iceland
        if kind is ActorKind.PERSON:
            if self._emit(self.s[i], self._end(end - 1), entry.name, kind, None, hit.via, i, entry.gender):
                self._person(entry.name, entry)
                return self._apposition_role(end, entry.name)
            return end
        # "Russlands Präsident", "Kremlin spokesman": the country qualifies a role, no mention of its own
        if end < self.n and kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION):
            role = self._role_at(end)
            # one person's role ("Kremlin spokesman") names that person; "EU leaders" are the EU's
            if role is not None and not role[1].plural:
                return end
        if end < self.n and kind is ActorKind.COUNTRY:
            inst = self._institution(end, entry, None)
            if inst:
                name, j = inst
                self._emit(self.s[i], self._end(j - 1), name, ActorKind.ORGANISATION, None, "name", i)
                return j
        if entry.cue and (not self._has_cue(i, end) or self._attribution(i, end)):
            return end  # "AP/dpa" is a credit; "laut Reuters", "told The Associated Press" name a source, no actor
        st = self.s[i]
        if st > 0 and self.text[st - 1] == "/" or (self._end(end - 1) < len(self.text)
                                                     and self.text[self._end(end - 1)] == "/"):
            return end
        if hit.capital and i > 0 and self.w[i - 1].lower() in _LOCATIVE:
            place = entry.capitals[0] if entry.capitals else self.w[i]
            self._emit(st, self._end(end - 1), place, ActorKind.PLACE, None, "name", i)
            return end
        self._emit(st, self._end(end - 1), entry.name, kind, None, hit.via, i)
        return end

    def _attribution(self, i: int, end: int) -> bool:
        """The outlet at [i, end) is where a statement was made, not who acted: 'laut Reuters',
        'according to AP', 'told The Associated Press', 'sagte der Deutschen Presse-Agentur', 'Reuters zufolge'."""
        before = [self.w[k].lower() for k in range(max(0, i - 3), i)]
        if before and before[-1] in _DETS | {"the"}:
            before.pop()
        if before and (before[-1] in _ATTRIBUTION or before[-1] == "to" and len(before) > 1 and before[-2] == "according"):
            return True
        return end < self.n and self.w[end].lower() in _ATTRIBUTION

    def _has_cue(self, i: int, end: int) -> bool:
        before = {self.w[k].lower() for k in range(max(0, i - 3), i)}
        if before & _CUE_BEFORE and not (self.s[i] > 0 and self.text[self.s[i] - 1] in "(/"):
            return True
        return end < self.n and self.w[end].lower() in _CUE_AFTER

    def _institution(self, j: int, country: Entry, adjective: str | None) -> tuple[str, int] | None:
        """'(das russische) Außenministerium' -> ('Russisches Außenministerium', end)."""
        if j >= self.n:
            return None
        low = self.w[j].lower()
        if self.lang == "en":
            for toks, label in self.lex.en_institutions.get(low, ()):
                k = len(toks)
                if j + k <= self.n and all(self.w[j + x].lower() == toks[x] for x in range(1, k)):
                    adj = adjective or country.english_adjective or country.english or country.name  # "Ukraine's parliament"
                    return f"{adj[0].upper()}{adj[1:]} {label}", j + k
            return None
        inst = self.lex.institutions.get(low)
        if inst is None:
            for suffix in ("ministeriums", "ministerium"):
                if low.endswith(suffix) and len(low) > len(suffix):
                    lemma = self.w[j][: len(self.w[j]) - (len(suffix) - len("ministerium"))]
                    inst = (lemma, "n")
                    break
        if inst is None:
            return None
        lemma, gender = inst
        if country.inst_prefix:
            return f"{country.inst_prefix}{lemma}", j + 1
        stem = country.adjective or (adjective or "").lower()
        if not stem:
            return None
        ending = {"n": "es", "f": "e", "m": "er"}.get(gender, "es")
        return f"{stem[0].upper()}{stem[1:]}{ending} {lemma}", j + 1

    def _adjective(self, i: int) -> int:
        """'russische Truppen' -> Russland; 'das russische Außenministerium' -> an organisation."""
        low = self.w[i].lower()
        entry = self.lex.adjectives.get(low)
        if entry is None:
            return 0
        j = i + 1
        if j < self.n and self.w[j].lower() in self.lex.adjectives:
            j += 1  # "russische und ..." is rare; "russischen militärischen" skipped
        if j >= self.n:
            return 0
        r = self._role_at(j)
        if r is not None:
            if not (self.w[j].lower() in self.lex.agent_nouns and self._number(j, r[1]) != "singular"):
                return j  # qualifier of a role, handled there
            # "russische Unterhändler" (plural): the country acts
        inst = self._institution(j, entry, self.w[i])
        if inst is not None:
            name, end = inst
            self._emit(self.s[i], self._end(end - 1), name, ActorKind.ORGANISATION, None, "name", i)
            return end
        nxt = self.w[j].lower()
        if nxt in self.lex.agent_nouns or (j + 1 < self.n and f"{nxt} {self.w[j + 1].lower()}" in self.lex.agent_nouns):
            end = j + 1 if nxt in self.lex.agent_nouns else j + 2
            self._emit(self.s[i], self._end(end - 1), entry.name, entry.kind, None, "adjective", i)
            return end
        return 0

    def _compound(self, i: int) -> int:
        """'US-Truppen', 'Nato-Truppen', 'US-Außenministerium', 'Putin-Trump'."""
        w = self.w[i]
        if "-" not in w:
            return 0
        parts = w.split("-")
        lex = self.lex
        persons: list[str] = []
        for p in parts:
            hit = next((h for h in lex.alias_index.get(p.lower(), ()) if len(h.tokens) == 1
                        and h.entry.kind is ActorKind.PERSON), None)
            actor = hit.entry.name if hit else self.surnames.get(token_key(p)) if p[:1].isupper() else None
            if actor is None:
                persons = []
                break
            persons.append(actor)
        if len(persons) >= 2:
            pos = self.s[i]
            for p, actor in zip(parts, persons):
                if self._emit(pos, pos + len(p), actor, ActorKind.PERSON, None, "name", i):
                    self._person(actor, lex.entries.get(actor))
                pos += len(p) + 1
            return i + 1
        pre, _, rest = w.partition("-")
        if rest[:1].isupper() and len(rest) > 2 and _ACRONYM_RE.fullmatch(pre) and pre not in lex.not_acronyms \
                and not lex.alias_index.get(pre.lower()) and pre.lower() not in lex.prefixes \
                and not _ROMAN_RE.fullmatch(pre) and lex.role_info(w) is None:
            self._emit(self.s[i], self.s[i] + len(pre), pre, ActorKind.ORGANISATION, None, "name", i)
            return i + 1  # "ZDF-Interview", "G7-Gipfel": the organisation in front
        ent = lex.prefixes.get(pre.lower())
        if ent is None:
            ent = next((h.entry for h in lex.alias_index.get(pre.lower(), ()) if len(h.tokens) == 1
                        and h.entry.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION)), None)
        if ent is None or not rest:
            return 0
        rlow = rest.lower()
        if ent.kind is ActorKind.ORGANISATION and rest[:1].isupper() and len(rest) > 3 and "-" not in rest \
                and rlow not in lex.agent_nouns and rlow not in lex.institutions and lex.role_info(w) is None:
            self._emit(self.s[i], self.s[i] + len(pre), ent.name, ent.kind, None, "name", i)
            return i + 1  # "ZDF-Interview", "G7-Gipfel": the organisation in front
        if rlow in lex.agent_nouns:
            self._emit(self.s[i], self._end(i), ent.name, ent.kind, None, "adjective", i)
            return i + 1
        if rlow in lex.institutions or rlow.endswith(("ministerium", "ministeriums")):
            lemma = lex.institutions.get(rlow, (rest.rstrip("s") if rlow.endswith("iums") else rest, "n"))[0]
            self._emit(self.s[i], self._end(i), f"{pre}-{lemma}", ActorKind.ORGANISATION, None, "name", i)
            return i + 1
        return 0

    def _demonym(self, i: int) -> int:
        entry = self.lex.demonyms.get(self.w[i].lower())
        if entry is None:
            return 0
        self._emit(self.s[i], self._end(i), entry.name, entry.kind, None, "adjective", i)
        return i + 1

    # ------------------------------------------------------------------ pronouns
    def _pronoun_fits(self, i: int) -> bool:
        w = self.w[i]
        if i + 1 >= self.n:
            return False
        nxt = self.w[i + 1]
        if nxt in ("und", "and", "oder", "or", "selbst", "himself", "herself", "allein"):
            return False  # "Er und Trump ...": two subjects, leave it
        if w == "Sie":
            # polite "Sie müssen", plural "Sie haben": a lower-case verb ending in -en, or "sind"
            if not nxt[0].islower() or nxt.endswith("en") or nxt in ("sind", "seien"):
                return False
        return nxt[0].islower()

    def _epithet(self) -> str | None:
        """'Der Stürmer hatte sich verletzt', 'Die 34-Jährige wurde ...', 'The 41-year-old was taken ...': a
        sentence that opens with an article and a role or an age before its verb; the gender it says
        (m, f, or u for English), or None."""
        art, noun, nxt = self.w[0], self.w[1], self.w[2]
        if self._gap(0) != " " or not nxt[:1].islower():
            return None
        if art == "The":
            return "u" if _AGE_EPITHET_RE.fullmatch(noun) or noun in self.lex.role_phrases["en"] else None
        info = self.lex.role_info(noun)
        if info is not None and not info.plural and info.country is None:
            return "f" if art == "Die" else "m" if art == "Der" else None
        if _AGE_EPITHET_RE.fullmatch(noun):
            return "f" if art == "Die" else "m" if art == "Der" else None
        return None

    def _resolve_epithet(self, gender: str) -> None:
        """The one person of that gender the sentence before named (a role noun names fewer people than
        a pronoun: nothing further back, nothing when two fit)."""
        prev = self.sentence_persons[-2] if len(self.sentence_persons) > 1 else []
        fits = {a for _t, a in prev if gender == "u" or self.person_gender.get(a) == gender}
        if len(fits) == 1:
            self._emit(self.s[0], self._end(1), fits.pop(), ActorKind.PERSON, None, "pronoun", 1)

    def _resolve_pronoun(self, i: int, gender: str) -> None:
        here = {a for _t, a in self.sentence_persons[-1]}
        fits = (lambda a: self.person_gender.get(a) == "f") if gender == "f" else \
            (lambda a: self.person_gender.get(a) != "f")
        prev_sents = self.sentence_persons[-3:-1]
        if not prev_sents:
            return
        choice = None
        last = next((p for p in reversed(prev_sents) if p), None)
        if last and last[0][0] <= 3 and last[0][1] not in here and fits(last[0][1]):
            choice = last[0][1]  # the subject of the previous sentence that names a person
        if choice is None:
            for sent in reversed(prev_sents):
                for _t, a in reversed(sent):
                    if a not in here and fits(a):
                        choice = a
                        break
                if choice:
                    break
        if choice is None:
            # further back: the one person of that gender the article has named so far ("she" in an obituary)
            known = {a for sent in self.sentence_persons[:-1] for _t, a in sent
                     if a not in here and self.person_gender.get(a) == gender}
            if len(known) != 1:
                return
            choice = known.pop()
        self._emit(self.s[i], self._end(i), choice, ActorKind.PERSON, None, "pronoun", i)

    # ------------------------------------------------------------------ end of article
    def _finish(self) -> None:
        """A bare surname seen before the full name ('Albares' ... 'Jose Manuel Albares') gets the full name."""
        full: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind is ActorKind.PERSON and " " in m.actor:
                full.setdefault(token_key(m.actor.split()[-1]), set()).add(m.actor)
        persons = {m.actor for m in self.mentions if m.kind is ActorKind.PERSON}
        typo = _typo_map([m.actor for m in self.mentions if m.kind is ActorKind.PERSON and m.actor not in self.lex.entries])
        if typo:
            self.mentions = [replace(m, actor=typo[m.actor]) if m.actor in typo else m for m in self.mentions]
        out = []
        furniture = self._name_only_pieces()
        dropped: set[str] = set()
        kept: set[str] = set()
        for m in self.mentions:
            if m.kind is ActorKind.PERSON and (m.start in furniture or (
                    self.authors and (name_key(m.actor) in self.authors or name_key(m.text) in self.authors))):
                dropped.add(m.actor)  # a byline, a photo credit, a commenter's name line: not an actor
            elif m.kind is ActorKind.PERSON and m.via not in ("pronoun", "role", "group"):
                kept.add(m.actor)
        dropped -= kept
        for m in self.mentions:
            if m.kind is not ActorKind.PERSON and m.start in furniture:
                continue  # "Moneycontrol News" alone on a line: the outlet's byline, a menu
            if m.kind is ActorKind.PERSON and (m.start in furniture or m.actor in dropped or (
                    self.authors and (name_key(m.actor) in self.authors or name_key(m.text) in self.authors))):
                continue
            if m.kind is ActorKind.PERSON and m.actor.endswith("s") and m.actor[:-1] in persons \
                    and m.actor not in self.lex.entries:
                m = replace(m, actor=m.actor[:-1])  # "Steve Bensons": genitive of a name seen elsewhere
            if m.kind is ActorKind.PERSON and " " not in m.actor:
                cands = full.get(token_key(m.actor))
                if cands and len(cands) == 1:
                    m = replace(m, actor=next(iter(cands)))
            out.append(m)
        out.sort(key=lambda m: (m.start, m.end))
        self.mentions = out


    def _name_only_pieces(self) -> set[int]:
        """Starts of person mentions on a line (or in brackets) that holds nothing but names: bylines,
        credits and commenters' names ("Anna Muster, Jan Roe and Eva Doe", "Jan Roe\n3d ago", "(Eva Doe | KXYZ)")."""
        text = self.text
        out: set[int] = set()
        by_piece: dict[tuple[int, int], list[Mention]] = {}
        for m in self.mentions:
            if m.via in ("pronoun", "role", "group"):
                continue
            a = text.rfind("\n", 0, m.start) + 1
            b = text.find("\n", m.end)
            b = len(text) if b < 0 else b
            o = text.rfind("(", a, m.start) if m.kind is ActorKind.PERSON else -1
            if o >= 0 and text.find(")", o, m.start) < 0:
                c = text.find(")", m.end, b)
                if c >= 0:
                    a, b = o + 1, c
            by_piece.setdefault((a, b), []).append(m)
        for (a, b), ms in by_piece.items():
            if b - a > 160:
                continue  # a name-only line is short
            rest, pos = [], a
            for m in ms:
                rest.append(text[pos:m.start])
                pos = max(pos, m.end)
            rest.append(text[pos:b])
            left = " ".join(rest)
            bar = re.search(r"[|/]", left)
            if bar is not None and text[a - 1: a] == "(":  # "(Jan Roe | KXYZ)": a credit with its outlet
                left = left[: bar.start()]
            if not _names_only_rest(left) and not (len(ms) >= 2 and _name_list_rest(left)):
                continue
            out.update(m.start for m in ms)
        return out


def _typo_map(names: list[str]) -> dict[str, str]:
    """'Simona Kovarik' 7 times and 'Simona Kovarick' once in one article: the rare spelling is a typo."""
    counts: dict[str, float] = {}
    for k, n in enumerate(names):
        if " " in n:
            counts[n] = counts.get(n, 1.0 - k / (len(names) + 1)) + 1  # ties: the spelling seen first wins
    if len(counts) < 2:
        return {}
    out: dict[str, str] = {}
    by_first: dict[str, list[str]] = {}
    for n in counts:
        by_first.setdefault(n.rsplit(" ", 1)[0], []).append(n)
    for group in by_first.values():
        for a in group:
            for b in group:
                sa, sb = a.rsplit(" ", 1)[1], b.rsplit(" ", 1)[1]
                if a != b and len(sa) >= 6 and counts[a] < counts[b] and _one_edit(sa, sb):
                    out[a] = b
    return out


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _names_only_rest(s: str) -> bool:
    """What is left of a line once its names are taken out: only separators and connectors."""
    for t in _NAME_PIECE_RE.findall(s):
        if t in _SEPARATORS or t.lower() in _CONNECTORS or t in "-–—.:*":
            continue
        return False
    return True


def _name_list_rest(s: str) -> bool:
    """'Anna Roe, Bo Lind and Eva Doe' with only some names found: the rest is short capitalised runs."""
    if not any(c in s for c in ",;&|") and not _CONNECTOR_RE.search(s):
        return False
    for chunk in _LIST_SPLIT_RE.split(s):
        toks = chunk.split()
        if len(toks) > 3 or any(not t[0].isupper() and t not in _PARTICLES for t in toks):
            return False
    return True


_PREV_WORD_RE = re.compile(r"(\w+)\s+$")
_ACRONYM_RE = re.compile(r"[A-ZÄÖÜ](?=[A-ZÄÖÜ0-9]*[A-ZÄÖÜ0-9])[A-ZÄÖÜ0-9]{1,5}")
_PLACE_PREPS = {"in", "near", "outside", "around"}
_TAIL_WORDS = {"für", "der", "des", "of"}
_OPEN_CUES = {"in", "near", "outside", "around", "the", "of", "nahe"}
_OF_PLACE = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "parts", "part",
             "outskirts", "centre", "center", "city", "town", "village", "county", "province", "state", "island",
             "isle"}
_PLACE_PREPS_DE = ("in", "nahe")
#: prepositions before a place only when its name looks like a German town's ("bei Niederbach", "aus Großmoorbach")
_WEAK_PLACE_PREPS_DE = ("bei", "nach", "aus", "zwischen")
_DE_TOPONYM_ENDINGS = ("bach", "dorf", "feld", "felde", "heim", "hausen", "burg", "berg", "stadt", "stedt", "brück",
                       "brücken", "hofen", "rode", "born", "hagen", "kirchen", "hain", "furt", "beck",
                       "büttel", "leben", "moor", "münde", "wedel", "weiler", "kirch", "bronn", "brunn", "heide",
                       "wald", "walde", "ingen", "tal", "thal", "itz", "witz", "ried", "zell", "münster")
#: an Arabic surname with its article: "Al-Mansouri", "al-Sabah", "El-Sayed"
_ARTICLE_NAME_RE = re.compile(r"(?:[Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]sh|[Aa]t)-[A-Z][a-z]+")
#: academic titles between a role and a name
_TITLES = {"Dr", "Prof", "Dipl", "Ing", "Mag", "Dres"}
#: "St. Marien", "St. Aidan's Church": the abbreviation of a saint's name inside a name
_SAINTS = {"St", "Ste", "Sankt"}
_AFTER_ARTICLE_RE = re.compile(r"\b(?:[Dd](?:er|ie|as|em|en|es)|[Ee]in(?:e[mnrs]?)?|[Kk]ein(?:e[mnrs]?)?)\s+([A-ZÄÖÜ]\w+)")
_TOPONYM_EN = ("ingen", "hausen", "hofen", "kirchen", "stetten", "bergen", "felden", "garten", "weiden", "eichen",
               "brunnen", "tannen", "linden", "buchen", "husen", "hagen", "stadten", "wangen", "ingen")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_DE_NOUN_ENDINGS = ("höhe", "bereich", "recht", "stil", "lupe", "dingen", "satz", "fall", "weise", "zustand",
                    "sache", "lage", "stelle", "gang", "folge", "ordnung", "gefahr", "betrieb", "leihe", "weiß", "ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "chen", "lein", "ling",
                    "ei", "ik", "ur", "age", "enz", "anz", "ie", "ment", "zeit", "tag", "haft", "kraft", "not")


_FEMININE_ENDINGS = ("e", "ei", "ion", "ur", "schaft", "tät", "ie", "heit", "keit", "ung", "anstalt", "wehr", "wehren", "bank", "kammer",
                     "klinik", "bibliothek", "kita")
_NEUTER_ENDINGS = ("amt", "heer", "gericht", "institut", "zentrum", "büro", "werk", "ministerium", "theater", "museum",
                   "haus", "gymnasium", "bistum", "heim")


def _nominative(adjective: str, head: str) -> str:
    """'Deutsche' + 'Wetterdienst' -> 'Deutscher', 'Statistischen' + 'Bundesamt' -> 'Statistisches'."""
    if adjective.endswith("er"):
        return adjective  # "Deutscher Wetterdienst"; "Thüringer Landtag", "Kölner Institut": a place's, invariable
    stem = re.sub(r"(?:es|en|em|e)$", "", adjective)
    low = head.lower()
    forms = (low, low[:-1], low[:-2]) if low.endswith("es") else (low, low[:-1]) if low.endswith("s") else (low,)
    if any(f.endswith(_NEUTER_ENDINGS) for f in forms):
        return stem + "es"
    if low.endswith(_FEMININE_ENDINGS):
        return stem + "e"
    return stem + "er"


def _adjective_like(w: str) -> bool:
    """'Deutscher', 'Oberster', 'Regionaler': a capitalised adjective before a German institution word."""
    return len(w) > 4 and w[0].isupper() and w.endswith(("er", "es", "en", "e"))


_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s+(?:und|and|sowie|or|oder|&))\s+")
_CONNECTOR_RE = re.compile(r"\b(?:und|and|sowie)\b")
_LIST_SPLIT_RE = re.compile(r"[,;&|/•·]|\b(?:und|and|sowie)\b")


class _SurfaceSet:
    """``w in s``: does the word (or its genitive base) have the key of a surname seen in this article?"""

    __slots__ = ("keys", "memo", "size")

    def __init__(self, keys: dict[str, str]) -> None:
        self.keys = keys
        self.memo: dict[str, bool] = {}  # answers while the surname table keeps its size
        self.size = 0

    def __contains__(self, w: object) -> bool:
        keys = self.keys
        if not keys or not isinstance(w, str):
            return False
        if len(keys) != self.size:
            self.memo.clear()
            self.size = len(keys)
        got = self.memo.get(w)
        if got is None:
            got = token_key(w) in keys or (w.endswith("s") and token_key(_strip_gen(w)) in keys)
            self.memo[w] = got
        return got


_CONNECTORS = {"und", "and", "sowie", "&", "with", "mit", "by", "von"}
_NAME_PIECE_RE = re.compile(r"[\w’'.\-]+|[,;|/&•·()]")
_SEPARATORS = set(",;|/&•·()")


def _names_only(s: str) -> bool:
    """'Anna Muster und Jan Roe', 'John Doe, Reuters', 'J. Doe/AP': capitalised words, particles, separators;
    a place may follow ('By John Doe at Elm Park', 'Von Anna Muster aus Berlin')."""
    s = _BYLINE_PLACE_RE.sub("", s.strip()).rstrip(".")
    if not s:
        return False
    for t in _NAME_PIECE_RE.findall(s):
        if t in _SEPARATORS or t.lower() in _CONNECTORS or t in _PARTICLES or t[0].isupper():
            continue
        return False
    return True


#: the place after a byline's names: "By John Doe at Elm Park", "Von Anna Muster in Berlin"
_BYLINE_PLACE_RE = re.compile(r"(?<=\w)\s+(?:at|in|aus)\s+(?:the\s+)?[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3}$")
_NAME_SPLIT_RE = re.compile(r"[,;|/&()\n:©]|\b(?:und|and|sowie|von|by|mit|with|at|aus)\b", re.I)


def _name_keys(s: str, cue_words: set[str]) -> list[str]:
    """Name keys of the capitalised runs of a credit or byline ('Anna Muster, Jan Roe/dpa')."""
    out = []
    for piece in _NAME_SPLIT_RE.split(s):
        words = piece.split()
        while words and words[0].lower() in cue_words:
            words.pop(0)
        toks = [t for t in words if t[:1].isupper() or t in _PARTICLES]
        if len(toks) >= 2 and len(toks) == len(words):
            out.append(name_key(" ".join(toks)))
    return out


def _genitive_of(t: str, a: str) -> bool:
    return t in (a + "s", a + "es", a + "'s", a + "’s")


def _strip_gen(w: str) -> str:
    if w.endswith(("'s", "’s")):
        return w[:-2]
    if w.endswith("s") and len(w) > 3:
        return w[:-1]
    return w


def find_mentions(text: str, sentences: Sequence[Sentence], lexicon: ActorLexicon, lang: str = "de",
                  allowed: Callable[[int], bool] | None = None) -> list[Mention]:
    """Actor mentions in text order, only inside ``sentences`` and where ``allowed(offset)`` holds."""
    return _Article(text, lexicon, lang, allowed).scan(sentences)
