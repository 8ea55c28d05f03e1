"""Definite references to an organisation named before: "das Gericht" after "das Landgericht
Nordheim", "the court" after "the Supreme Court of Erewhon", "die Akademie" after "die Akademie der
Wissenschaften".

A definite noun phrase whose noun ends a word of an organisation's name (German compounds:
"Landgericht" ends in "gericht") refers to the last such organisation the article named, within a
few paragraphs. Nothing is guessed when no organisation fits or two fit equally.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from desktop.core.model import ActorKind, Mention

if TYPE_CHECKING:
    from desktop.core.actors.lexicon import ActorLexicon

#: how far back (characters) the named organisation may stand
WINDOW = 3000
#: the article and the two words after it: the noun is one of them ("das Gericht", "the full court")
_DEFINITE = {
    "de": re.compile(r"\b(?i:der|die|das|dem|den|des)\s+(?P<w1>[\w-]+)(?:\s+(?P<w2>[A-ZÄÖÜ][a-zäöüß]{3,}))?"),
    "en": re.compile(r"\b[Tt]he\s+(?P<w1>[\w-]+)(?:\s+(?P<w2>[A-Za-z][a-z]{3,}))?"),
}
_NOUN = {"de": re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}"), "en": re.compile(r"[A-Za-z][a-z]{3,}")}
_KINDS = (ActorKind.ORGANISATION,)


def definite_references(
    text: str, mentions: Sequence[Mention], lang: str, allowed: Callable[[int], bool] | None = None,
    lexicon: ActorLexicon | None = None,
) -> list[Mention]:
    """Mentions for definite noun phrases that refer back to an organisation named before: one whose name
    holds the noun ("das Gericht" after "Landgericht Nordheim") or, for a noun of a class ("the company",
    "der Verein"), one that its name or the words around it put in that class ("payment processor Clearpath",
    "Orbitline, the satellite startup", "Acme Inc", "FC Weserau")."""
    pattern = _DEFINITE.get(lang) or _DEFINITE["de"]
    orgs = sorted((m for m in mentions if m.kind in _KINDS), key=lambda m: m.start)
    if not orgs:
        return []
    refer = lexicon.refer_nouns if lexicon is not None else {}
    classes: dict[int, str | None] = {}  # filled as needed
    overlaps = overlap_test(mentions)
    org_starts = [m.start for m in orgs]
    org_words: dict[int, list[str]] = {}  # filled as needed
    out: list[Mention] = []
    noun_shape = _NOUN.get(lang) or _NOUN["de"]
    for match in pattern.finditer(text):
        for group in ("w1", "w2"):
            word = match.group(group)
            if not word or not noun_shape.fullmatch(word):
                continue
            s, e = match.start(group), match.end(group)
            if allowed is not None and not allowed(s):
                break
            if overlaps(s, e):
                break
            noun = word.lower()
            cls = refer.get(noun) if group == "w1" else None
            lo, hi = bisect_left(org_starts, s - WINDOW), bisect_right(org_starts, s)
            fits = []
            for k in range(lo, hi):
                if orgs[k].end <= s:
                    words = org_words.get(k)
                    if words is None:
                        words = org_words[k] = _words(orgs[k])
                    if _heads_in(words, noun):
                        fits.append(orgs[k])
                    elif cls and lexicon is not None:
                        if k not in classes:
                            classes[k] = org_class(text, orgs[k], words, lexicon, lang)
                        if classes[k] == cls:
                            fits.append(orgs[k])
            if not fits:
                continue
            last = fits[-1]
            rivals = {m.actor for m in fits if last.start - m.start <= 200}
            if len(rivals) == 1:  # two organisations that fit equally: unknown rather than wrong
                out.append(Mention(match.start(), e, text[match.start():e], last.actor, last.kind, None, "anaphor"))
            break
    return out


#: the word before a name ("payment processor Clearpath") and an apposition after it ("Orbitline, the ... startup")
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_APPOSITION = {
    "en": re.compile(r",\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,3}[\w-]+)"),
    "de": re.compile(r",\s+(?:der|die|das|ein|eine)\s+((?:[\w-]+\s+){0,3}[\w-]+)"),
}


def org_class(text: str, m: Mention, words: list[str], lexicon: ActorLexicon, lang: str) -> str | None:
    """The class ("company", "club") of the organisation mentioned at ``m``: its name's head word, the
    intro noun right before it, or the noun of an apposition after it; None when nothing says."""
    for w in reversed(words):
        cls = lexicon.head_class.get(w)
        if cls:
            return cls
    before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is not None:
        cls = lexicon.intro_class(before.group(1))
        if cls:
            return cls
    app = (_APPOSITION.get(lang) or _APPOSITION["de"]).match(text, m.end)
    if app is not None:
        for w in app.group(1).split():
            cls = lexicon.intro_class(w)
            if cls:
                return cls
    return None


def _words(m: Mention) -> list[str]:
    return [w.lower() for name in (m.text, m.actor) for w in re.findall(r"[^\W\d_]+", name)]


def _heads_in(words: list[str], noun: str) -> bool:
    return any(w == noun or (len(w) > len(noun) + 2 and w.endswith(noun)) for w in words)


def overlap_test(mentions: Sequence[Mention]) -> Callable[[int, int], bool]:
    """overlaps(s, e): does [s, e) overlap a mention? (sorted starts and a running maximum of ends)"""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))

    def overlaps(s: int, e: int) -> bool:
        k = bisect_left(starts, e)
        return k > 0 and reach[k - 1] > s

    return overlaps


#: how a name found once may be recognised at its other places: as written, whole words
_PROPAGATED_VIAS = ("name", "alias")


def repeated_names(
    text: str, mentions: Sequence[Mention], allowed: Callable[[int], bool] | None = None
) -> list[Mention]:
    """One name, one actor, throughout an article: a name the finder recognised somewhere
    ("... after Hindenburg released its report") is the same actor where it stands again, also
    where its place in the sentence hid it ("January 24: Hindenburg released ...")."""
    forms: dict[str, Mention] = {}
    for m in mentions:
        surface = " ".join(m.text.split())
        if m.via in _PROPAGATED_VIAS and len(surface) >= 4 and surface[:1].isupper() and surface not in forms:
            forms[surface] = m
    if not forms:
        return []
    overlaps = overlap_test(mentions)
    out: list[Mention] = []
    for s, e, form in find_forms(text, forms):
        if overlaps(s, e) or (allowed is not None and not allowed(s)):
            continue
        src = forms[form]
        out.append(Mention(s, e, form, src.actor, src.kind, src.role, "repeat"))
    return out


def _boundary(text: str, pos: int) -> bool:
    """No word character or hyphen at ``pos``."""
    return pos < 0 or pos >= len(text) or not (text[pos].isalnum() or text[pos] in "_-")


def find_forms(text: str, forms: Iterable[str], capital_after: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, form) of each whole-word occurrence of the forms, longer forms first where two
    overlap (plain string search: no pattern is compiled per article). With ``capital_after``
    False, a form followed by another capitalised word ("Northgate Research") does not count."""
    found: list[tuple[int, int, str]] = []
    for form in sorted(set(forms), key=len, reverse=True):
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            if _boundary(text, pos - 1) and _boundary(text, end):
                nxt = text[end:end + 2]
                if capital_after or not (nxt[:1].isspace() and nxt[1:2].isupper()):
                    found.append((pos, end, form))
            pos = text.find(form, end)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    reach = -1
    for f in found:
        if f[0] >= reach:
            out.append(f)
            reach = f[1]
    return out
