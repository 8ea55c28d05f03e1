"""Naming actors as their sources do.

The lexicons give one canonical name per actor, in German ("Australien", "Vereinigte Staaten",
"Wolodymyr Selenskyj").  An actor that the articles mostly name in another language is shown
under the form those articles write ("Australia", "Volodymyr Zelenskiy"), so an English
chronology reads in English.  A person takes only a full name (given name and surname) that way,
and a country never the name of its capital or of an institution standing for it ("Kremlin").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from desktop.core.model import Actor, ActorKind, Mention

_NAMING_VIAS = {"name", "alias"}


def names_by_usage(
    articles: Iterable[tuple[str, Sequence[Mention]]],
    canonical: Mapping[str, str],
    kinds: Mapping[str, ActorKind],
    lexicon_language: str = "de",
    stand_ins: Mapping[str, set[str]] | None = None,
    english: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """canonical name -> the display name for actors whose sources mostly use another language.

    ``articles`` gives each article's language and actor mentions; ``canonical`` maps an
    in-article name to the merged name; ``stand_ins`` the lower-cased forms that stand for an
    actor without naming it (a country's capital and institutions); ``english`` the English
    names of actors, for those English articles refer to only by an adjective or a stand-in
    ("Russian troops", "the Kremlin")."""
    english = english or {}
    by_lang: dict[str, Counter[str]] = {}
    forms: dict[str, dict[str, Counter[str]]] = {}
    for lang, mentions in articles:
        for m in mentions:
            if m.via not in _NAMING_VIAS and not (m.via == "adjective" and m.actor in english):
                continue
            name = canonical.get(m.actor, m.actor)
            by_lang.setdefault(name, Counter())[lang] += 1
            if m.via == "adjective":
                continue  # "Russian troops": the language counts, the word is no name
            text = _written_name(m, name, kinds, stand_ins)
            if text:
                forms.setdefault(name, {}).setdefault(lang, Counter())[text] += 1
    out: dict[str, str] = {}
    for name, langs in by_lang.items():
        lang, n = langs.most_common(1)[0]
        if lang == lexicon_language or n <= langs.get(lexicon_language, 0):
            continue
        written = forms.get(name, {}).get(lang)
        if not written and lang == "en" and name in english:
            written = Counter({english[name]: 1})
        if not written or name in written:
            continue
        out[name] = _most_written(written)
    # two actors must not end up with one name
    taken = Counter(out.values())
    return {k: v for k, v in out.items() if taken[v] == 1 and v not in by_lang}


def _written_name(m: Mention, name: str, kinds: Mapping[str, ActorKind],
                  stand_ins: Mapping[str, set[str]] | None) -> str | None:
    """The mention's text as a name the actor can be shown under, or None: a person needs given
    name and surname ("Zelenskiy" alone is the surname), a country not its capital or an
    institution standing for it ("Kremlin")."""
    text = " ".join(m.text.split())
    if kinds.get(name) == ActorKind.PERSON and len(text.split()) < 2:
        return None
    if not _plain_name(text) or text.lower() in (stand_ins or {}).get(name, ()):
        return None
    if text.isupper() and text != name and text.lower() == name.lower():
        return None  # "BRAXTON, Ore. (AP) —": a dateline's capitals are no way to write the name
    return text


def _most_written(written: Counter[str]) -> str:
    return max(written.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def forms_in_language(
    articles: Iterable[tuple[str, Sequence[Mention]]],
    lang: str,
    owner: Mapping[str, str],
    kinds: Mapping[str, ActorKind],
    stand_ins: Mapping[str, set[str]] | None = None,
) -> dict[str, str]:
    """actor name -> the name the articles in ``lang`` write most often for it ("Volodymyr
    Zelenskyy" where English articles write so). ``owner`` maps a mention's actor key to the
    actor's name."""
    forms: dict[str, Counter[str]] = {}
    for article_lang, mentions in articles:
        if article_lang != lang:
            continue
        for m in mentions:
            name = owner.get(m.actor)
            if m.via not in _NAMING_VIAS or name is None:
                continue
            text = _written_name(m, name, kinds, stand_ins)
            if text:
                forms.setdefault(name, Counter())[text] += 1
    return {name: _most_written(written) for name, written in forms.items()}


def _plain_name(text: str) -> bool:
    """A name as it can stand alone: capitalised, no quotes or brackets (no "William “Roddie” Bryan")."""
    return bool(text) and text[0].isupper() and len(text) > 1 and not any(c in text for c in "'’‘“”\"„«»()[]")


def rename_actors(actors: Sequence[Actor], display: Mapping[str, str]) -> list[Actor]:
    """The actors with the names in ``display`` in place of the canonical ones; the canonical
    name stays among each renamed actor's aliases."""
    out = []
    for a in actors:
        name = display.get(a.name)
        if name is None:
            out.append(a)
            continue
        aliases = tuple(dict.fromkeys([a.name, *(x for x in a.aliases if x != name)]))
        out.append(replace(a, name=name, aliases=aliases))
    return out


def names_in_language(actors: Sequence[Actor], lang: str, canonical: Mapping[str, str],
                      english: Mapping[str, str], keep: Iterable[str] = (),
                      lexicon_language: str = "de", written: Mapping[str, str] | None = None) -> dict[str, str]:
    """name -> the name a view in ``lang`` shows for the lexicon's actors: in the lexicon's
    language its own name ("Russland", "Wolodymyr Selenskyj"); in English the form the English
    articles write most (``written``), else the lexicon's English name ("Russia", "Volodymyr
    Zelensky"), else the articles' form.

    ``canonical`` maps each spelling the lexicon knows (names, aliases, English names) to the
    lexicon's name; ``keep`` the names the user chose, which stay."""
    written = written or {}
    kept = set(keep)
    taken = {a.name for a in actors}
    out: dict[str, str] = {}
    for a in actors:
        if a.name in kept:
            continue
        own = canonical.get(a.name)
        if own is None:
            continue
        if lang == lexicon_language:
            target: str | None = own
        else:
            target = written.get(a.name) or (english.get(own) if a.name == own else None)
        if target and target != a.name and target not in taken:
            out[a.name] = target
            taken.add(target)
    return out
