"""Short forms of organisations and places named in full once: "Hindenburg Research" ... "after
Hindenburg released its report"; "City of Northdale" ... "applies to Northdale"; "Gemeinde Blatten"
... "in Blatten".

A name whose last word is an organisation head ("Research", "Group", "Office"), whose first
word is a place head ("City of", "Gemeinde", "Kanton") or a club's ("FC Weserau": class club with
"start") has the rest for its short form, when no
other actor of the article shares that short form. The heads are those of
``resources/lexicons/actors_heads.tsv`` (kind organisation with "end", place with "start").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.actors.anaphora import find_forms, overlap_test
from desktop.core.actors.lexicon import ActorLexicon
from desktop.core.model import ActorKind, Mention

_LINKS = frozenset("of der des von the".split())
_KINDS = (ActorKind.ORGANISATION, ActorKind.PLACE)


def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that end an organisation's name, words that start a place's name, words that start a club's
    name: "FC Weserau" is "Weserau" in the match report), lower case, as the actor lexicon read them."""
    return ActorLexicon.load().short_form_heads()


def short_form(name: str, kind: ActorKind) -> str | None:
    """The short form of a full name, or None."""
    ends, starts, clubs = _heads()
    words = name.split()
    if len(words) < 2:
        return None
    short: list[str] = []
    if kind is ActorKind.ORGANISATION and words[-1].lower() in ends:
        short = words[:-1]
    elif kind is ActorKind.ORGANISATION and words[0].lower() in clubs:
        short = words[1:]
    elif kind is ActorKind.PLACE and words[0].lower() in starts:
        short = words[1:]
        while short and short[0].lower() in _LINKS:
            short = short[1:]
    text = " ".join(short)
    if len(text) < 4 or not text[:1].isupper() or any(w.lower() in _LINKS for w in short):
        return None
    return text


def short_form_mentions(
    text: str, mentions: Sequence[Mention], allowed: Callable[[int], bool] | None = None
) -> list[Mention]:
    """Mentions of the short forms of the article's full organisation and place names."""
    longs: dict[str, set[str]] = {}
    source: dict[str, Mention] = {}
    for m in mentions:
        if m.kind not in _KINDS or m.via not in ("name", "alias"):
            continue
        short = short_form(" ".join(m.text.split()), m.kind)
        if short:
            longs.setdefault(short, set()).add(m.actor)
            source.setdefault(short, m)
    # a short form two actors share, or that another actor is called, is nobody's
    others = {m.actor for m in mentions}
    forms = {s: source[s] for s, actors in longs.items() if len(actors) == 1 and s not in others - actors}
    if not forms:
        return []
    overlaps = overlap_test(mentions)
    out = []
    for s, e, form in find_forms(text, forms, capital_after=False):
        if overlaps(s, e) or (allowed is not None and not allowed(s)):
            continue
        src = forms[form]
        out.append(Mention(s, e, form, src.actor, src.kind, None, "short"))
    return out
