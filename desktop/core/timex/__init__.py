"""Temporal expressions: find them in a text and normalise them (TIMEX3 values + intervals).

    from desktop.core.timex import tag
    tag(text, anchor=date(2025, 2, 12), lang="de") -> list[Timex]

``anchor`` is the publication date; relative expressions ("gestern", "am Mittwoch",
"vor drei Jahren") are resolved against it and stay unresolved (X placeholders,
no interval) without one.  Weekdays and dates without a year take their
direction from the tense of the clause ("wird am Montag" = the coming Monday,
"hat am Montag" = the last one; the anchor day itself counts for both).

Conventions (documented choices):

* Spans follow TIMEX3: prepositions and "am"/"im" are left out, articles and
  quantifiers are kept ("der vergangenen Woche", "mehr als zehn Jahre"); "vor"
  and "in" are kept where they make the date ("vor drei Jahren" = the year three
  years before the anchor, DATE; "in zwei Wochen" = that week, DATE).
* "Anfang/Mitte/Ende März": value 2025-03, mod START/MID/END, interval days
  1-10 / 11-20 / 21-end, precision RANGE (years: Jan-Apr / May-Aug / Sep-Dec).
* "in der Nacht zum 13. Februar": TIME 2025-02-12TNI, interval 12..13 Feb.
* Ranges "2017 bis 2021", "vom 5. bis 9. Juni": one DATE with an ISO 8601
  interval value ("2017/2021"), precision RANGE.  ``tag_timex3`` instead reports
  the two ends separately and "vor drei Jahren" as the DURATION "drei Jahren",
  as TimeML corpora (KRAUTS, TempEval) annotate them.
* Weekdays without a tense cue: from two days before to four days after the
  anchor (German news uses the present tense for coming events).
* "heute" is the anchor day when the clause reports an event (past/future cue,
  a clock time nearby, "bis heute"); in a plain present-tense statement or after
  "noch/auch/wie" it is PRESENT_REF ("nowadays"), as KRAUTS annotates it.
* No dateparser: every form is a precompiled pattern from the lexicons; a word
  index picks the few patterns worth trying at each trigger word or number.
* "seit/ab X" -> mod ON_OR_AFTER, "bis X" -> ON_OR_BEFORE, "von Freitag an" ->
  ON_OR_AFTER (the interval is the one of X itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from desktop.core.model import Precision, Timex
from desktop.core.timex import engine
from desktop.core.timex.context import TenseCues
from desktop.core.timex.lexicon import load, norm

__all__ = ["past_verb_before", "tag", "tag_timex3"]

_PAST_SUFFIX = {
    "de": r"[a-zäöüß]{2,}(?<!s)te|[a-zäöüß]{3,}ierten|ge[a-zäöüß]{3,}(?<!eg)(?:t|en)",
    "en": r"[a-z]{3,}(?<![ae]e)(?<!e)ed",
}
#: past participles after a passive auxiliary ("wird abgeriegelt", "werden verhaftet")
_PARTICIPLE = {
    "de": r"[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert|(?:be|ver|er|ent|zer|über|unter)[a-zäöüß]{3,}t",
}
#: a modal with a perfect infinitive reports the past ("soll er zugeschlagen haben": he allegedly did)
_REPORTED_PAST = {
    "de": r"\b(?:soll|sollen|solle|sollte|sollten|will|wollen|wolle|könnte|könnten|dürfte|dürften)\b.*?"
          r"\b(?-i:[a-zäöüß]{4,}(?:t|en))\s+(?:haben|sein)\b",
}
_FUTURE_PATTERN = {
    # "zu verhandeln", not "zu Problemen" nor "zu weiteren Felsstürzen" (a small word, no noun after it)
    "de": r"\bzu\s+(?-i:[a-zäöüß]+en\b(?!\s+[A-ZÄÖÜ]))"
          r"|\b(?-i:(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zurück|zusammen|teil|statt)zu[a-zäöüß]{3,}en)\b",
    "en": r"\bgoing\s+to\b|\bset\s+to\b|\bdue\s+to\s+[a-z]+\b(?<!ed)",
}

#: an infinitive an order or a request governs ("ordered to leave the area by Friday", "aufgefordert,
#: das Gebiet bis Freitag zu verlassen"): a deadline after it is the infinitive's, ahead, whatever the
#: tense of the order ("restored power to most homes by Friday" has none)
_INFINITIVE = {
    "de": _FUTURE_PATTERN["de"],
    "en": r"\b(?:[a-z]{3,}ed|told|given)\s+to\s+(?-i:(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|all|some|most|many"
          r"|more|every|each|about|around|over)\b)[a-z]{3,})\b",
}


@lru_cache(maxsize=4)
def _setup(lang: str) -> tuple[engine.Index, TenseCues, dict]:
    lex = dict(load(lang))
    if lang == "en":
        from desktop.core.timex.rules_en import build_rules
    else:
        from desktop.core.timex.rules_de import build_rules
    rules = build_rules(lex)
    cues = TenseCues(lex.get("future_cues", []), lex.get("past_cues", []), lex.get("past_te_exclude", []),
                     _PAST_SUFFIX.get(lang), _FUTURE_PATTERN.get(lang), lex.get("passive_auxiliaries", []),
                     _PARTICIPLE.get(lang), _REPORTED_PAST.get(lang), lex.get("cue_determiners", []),
                     lex.get("cues_needing_next", {}), lex.get("verb_date_particles", []),
                     lex.get("state_copulas", []), _INFINITIVE.get(lang), lex.get("future_modals", []),
                     lex.get("reporting_verbs", []), lex.get("reported_openers", []),
                     lex.get("verb_coordinators", []))
    return engine.Index(rules), cues, lex


_MOD_PREV = re.compile(r"(\w+(?:\s+(?:zum|zur|dem|den|the))?)\s*$")
_NEXT = re.compile(r"\s*(\w+)")


def _prep_mods(text: str, out: list[Timex], lex: dict) -> list[Timex]:
    before: dict[str, str] = {norm(k): v for k, v in lex.get("mod_before", {}).items()}
    after: dict[str, str] = {norm(k): v for k, v in lex.get("mod_after", {}).items()}
    requires: dict[str, list[str]] = lex.get("mod_after_requires", {})
    if not before and not after:
        return out
    res = []
    for t in out:
        if t.type in ("DATE", "TIME") and t.mod is None and t.first is not None and "/" not in t.value:
            head = text[max(0, t.start - 20):t.start]
            m = _MOD_PREV.search(head)
            mod = None
            if m:
                words = norm(m.group(1))
                mod = before.get(words) or before.get(words.split()[-1])
                first = words.split()[0]
                nm = _NEXT.match(text, t.end)
                if nm and norm(nm.group(1)) in after and first in requires.get(norm(nm.group(1)), [first]):
                    mod = after[norm(nm.group(1))]
            if mod:
                t = replace(t, mod=mod)
        res.append(t)
    return res


#: what joins two days into one span ("vom 1. Juni bis 31. August 2024", "from June 1 to August 31")
_RANGE_GAP = re.compile(r"\s*(?:bis(?:\s+(?:zum|zur|einschließlich))?|-|–|—|to|until|till|through|thru)\s*", re.I)
#: ... and between two days after "zwischen"/"between"
_BETWEEN_GAP = re.compile(r"\s*(?:und(?:\s+dem)?|and(?:\s+the)?)\s*", re.I)
#: ... where this opens the first ("vom", "from", "zwischen dem"): a day before "bis" alone may be a start of its own
_RANGE_OPEN = re.compile(r"(?<!\w)(?:(?P<from>vom|von|from)|zwischen|between)\s+(?:dem\s+|the\s+)?$", re.I)
_YEAR_IN = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
#: a span of days without two years named, longer than this, is no festival or closure but two dates
_RANGE_MAX_DAYS = 400


def _span_ends(a: Timex, b: Timex) -> tuple[date, date] | None:
    """The first and last day of "A bis B": a day without a year takes the other's (the first the
    year that puts it before the last, the last the first occurrence on or after the first)."""
    assert a.first is not None and b.first is not None and b.last is not None
    first, last = a.first, b.last
    a_year, b_year = bool(_YEAR_IN.search(a.text)), bool(_YEAR_IN.search(b.text))
    try:
        if b_year and not a_year:
            first = first.replace(year=last.year)
            if first > last:
                first = first.replace(year=last.year - 1)  # "vom 20. Dezember bis 6. Januar 2025"
        elif not b_year:
            last = last.replace(year=first.year)
            if last < first:
                last = last.replace(year=first.year + 1)  # "from Dec. 20 through Jan. 6"
    except ValueError:  # 29 February
        return None
    if first > last or (not (a_year and b_year) and (last - first).days > _RANGE_MAX_DAYS):
        return None
    return first, last


def _join_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """Two days joined as a span ("vom 1. Juni bis 31. August 2024", "zwischen dem 20. und dem 23.
    Mai") as one expression from the first to the last."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        opener = _RANGE_OPEN.search(text, max(0, a.start - 16), a.start)
        if b is not None and opener is not None and a.type == b.type == "DATE" \
                and a.precision is b.precision is Precision.DAY \
                and a.first is not None and b.first is not None and b.last is not None \
                and (_RANGE_GAP if opener.group("from") else _BETWEEN_GAP).fullmatch(text, a.end, b.start):
            ends = _span_ends(a, b)
            if ends is not None:
                first, last = ends
                out.append(replace(a, end=b.end, text=text[a.start:b.end],
                                   value=f"{first.isoformat()}/{last.isoformat()}", first=first, last=last,
                                   precision=Precision.RANGE, relative=a.relative or b.relative))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _tag(text: str, anchor: date | None, lang: str, regions: Sequence[tuple[int, int]] | None,
         style: str) -> list[Timex]:
    if not text:
        return []
    lang = (lang or "de").lower()[:2]
    rules, cues, lex = _setup("en" if lang == "en" else "de")
    join = _join_ranges if style == "chronik" else (lambda _text, found: found)  # TimeML keeps the two ends apart
    if regions is None:
        out = engine.run(text, anchor, rules, cues, lex, style, None)
        return join(text, _prep_mods(text, out, lex))
    # each region on its own: a title's tense must not be read from a metadata line beside it
    res: list[Timex] = []
    for start, end in sorted(regions):
        part = text[start:end]
        if not part.strip():
            continue
        found = join(part, _prep_mods(part, engine.run(part, anchor, rules, cues, lex, style, None), lex))
        res += [replace(t, start=t.start + start, end=t.end + start) for t in found]
    return res


def tag(text: str, anchor: date | None, lang: str = "de",
        regions: Sequence[tuple[int, int]] | None = None) -> list[Timex]:
    """Temporal expressions of ``text`` normalised against ``anchor`` (the publication date).

    ``regions``: when given, only expressions lying inside one of these (start, end)
    spans are reported (the article proper).  Offsets point into ``text``.
    """
    return _tag(text, anchor, lang, regions, "chronik")


def tag_timex3(text: str, anchor: date | None, lang: str = "de",
               regions: Sequence[tuple[int, int]] | None = None) -> list[Timex]:
    """Like :func:`tag`, with TimeML corpus conventions: range ends as two expressions,
    "vor drei Jahren" as the DURATION "drei Jahren" (for scoring against TimeML gold)."""
    return _tag(text, anchor, lang, regions, "timex3")


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """The verbs of saying of both languages (lower case: "sagte", "mitteilte", "said"), as the
    tense cues know them (lexicon key reporting_verbs)."""
    return _setup("de")[1].reporting | _setup("en")[1].reporting


def tense_of(sentence: str, lang: str | None = "de") -> str | None:
    """'past', 'future' or None (present, or no cue) from a sentence's tense cues."""
    _, cues, _ = _setup("en" if lang == "en" else "de")
    return cues.direction(sentence)


def past_verb_before(sentence: str, start: int, lang: str | None = "de") -> bool:
    """A past verb stands right before the date at ``start``, maybe with a particle between ("said
    on Monday it would cut jobs", "teilte am Montag mit"): the day is the verb's, a past one."""
    _, cues, _ = _setup("en" if lang == "en" else "de")
    return cues.past_verb_before(sentence, max(0, start - 30), start)
