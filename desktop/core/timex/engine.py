"""The rule engine: find candidate spans, keep the longest non-overlapping ones,
then normalise them in text order (so later expressions can refer to earlier ones)."""

from __future__ import annotations

import bisect

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from desktop.core.cache import BoundedCache
from desktop.core.model import Precision, Timex
from desktop.core.timex import calendar as cal
from desktop.core.timex.context import Sentences, TenseCues, clause_span, segment_span

#: what a Ctx derives from its lexicon, once per lexicon (a Ctx lives for one text; its lexicon for the
#: process): id -> (the lexicon, kept so that the id is not reused, {name: value})
_LEX_MEMO: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}


def _per_lexicon(fn: Callable[[Any], Any]) -> Any:
    """A property computed from ``self.lex`` alone, once for each lexicon."""
    name = fn.__name__

    def get(self: Any) -> Any:
        entry = _LEX_MEMO.get(id(self.lex))
        if entry is None or entry[0] is not self.lex:
            entry = _LEX_MEMO[id(self.lex)] = (self.lex, {})
        memo = entry[1]
        if name not in memo:
            memo[name] = fn(self)
        return memo[name]

    get.__doc__ = fn.__doc__
    return property(get)


Handler = Callable[[re.Match[str], "Ctx"], list[Timex] | None]
Check = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True)
class Rule:
    """One pattern.  A leading named group ``pre`` is context: it is not part of the span."""

    name: str
    regex: re.Pattern[str]
    handler: Handler
    check: Check | None = None
    prio: int = 0
    triggers: frozenset[str] = frozenset()  # lower-case words one of which every match contains
    prefixes: tuple[str, ...] = ()  # word beginnings that trigger it (compounds: "Mittwochabend")
    digits: bool = False  # triggered by any number
    back: int = 6  # how many words before the trigger a match may start
    at: re.Pattern[str] | None = None  # quick test at a number trigger (digit rules)


@dataclass
class Ctx:
    """What a handler may look at while normalising one match."""

    text: str
    anchor: date | None
    style: str  # "chronik" or "timex3"
    cues: TenseCues
    lex: dict
    _sentences: Sentences | None = None
    last_day: tuple[date, int] | None = None  # (date, sentence index) of the last day-precise date
    last_day_at: int = 0  # where that date stands
    last_year: tuple[int, int] | None = None  # (year, sentence index) of the last explicit year
    last_year_at: int | None = None  # where that year stands (None: carried on from an earlier sentence)
    _dir_cache: dict[int, str | None] = field(default_factory=dict)

    @property
    def sentences(self) -> Sentences:
        if self._sentences is None:
            self._sentences = Sentences(self.text, bool(self.lex.get("ordinal_dots", True)))
        return self._sentences

    @property
    def timex3(self) -> bool:
        return self.style == "timex3"

    def sentence_index(self, pos: int) -> int:
        return self.sentences.index(pos)

    def direction(self, start: int, end: int) -> str | None:
        """'future'/'past'/None from the clause around [start, end), else the sentence."""
        if start in self._dir_cache:
            return self._dir_cache[start]
        d = self._direction(start, end, frozenset())
        self._dir_cache[start] = d
        return d

    def _direction(self, start: int, end: int, ignore: frozenset[str], clause_only: bool = False,
                   states: frozenset[str] = frozenset()) -> str | None:
        s0, s1 = self.sentences.span(start)
        if self.cues.past_verb_before(self.text, max(s0, start - 30), start):
            return "past"  # "said Tuesday it expects ...", "teilte am Dienstag mit": the verb's day
        if self.cues.future_modal_before(self.text, s0, start):
            return "future"  # "that has gripped the valley since last Friday will peak on Thursday"
        c0, c1 = clause_span(self.text, s0, s1, start, end)
        group = self.cues.next_coordinated_modal(self.text, end, c1)
        if group is not None:
            c1 = group  # "raised its dividend in March and will hold ...": the next verb group is not the date's
        d = self.cues.direction(self.text[c0:c1], (start - c0, end - c0), ignore=ignore, states=states)
        if d is None and self._participle_clause is not None and self._participle_clause.match(self.text, c0, start):
            return None  # "won the primary on Tuesday, setting up a rematch in November": the main verb's tense is not its
        if d is None and not clause_only:
            g0, g1 = segment_span(self.text, s0, s1, start, end)
            if (g0, g1) != (c0, c1):
                # another clause's "seit"/"since" opens its own span: no cue for this date
                d = self.cues.direction(self._main_clauses(g0, g1, c0, c1), (start - g0, end - g0), patterns=False,
                                        ignore=ignore | self._aims[2])
        return d

    def _main_clauses(self, g0: int, g1: int, c0: int, c1: int) -> str:
        """The text of [g0, g1) with its relative and subordinate clauses other than [c0, c1)
        blanked ("Der Prozess gegen den Mann, der ... gesetzt haben soll, beginnt am 15.
        September": the tense of the deed is not the trial's), offsets kept."""
        openers = self._clause_openers
        if not openers:
            return self.text[g0:g1]
        pieces: list[str] = []
        at = g0  # one pass over the commas: clause [a, b) runs from after one to the next
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(self.text, g0, g1)]
        for a, b in zip([x + 1 for x in breaks], [*breaks[1:], g1]):
            if a == c0:
                continue
            w = _OPENER.match(self.text, a, b)
            if w is not None and w.group(1).lower() in openers:
                pieces += [self.text[at:a], " " * (b - a)]
                at = b
        pieces.append(self.text[at:g1])
        return "".join(pieces)

    @_per_lexicon
    def _participle_clause(self) -> re.Pattern[str] | None:
        pattern = self.lex.get("participle_clause")
        return re.compile(str(pattern)) if pattern else None

    @_per_lexicon
    def _aims(self) -> tuple[re.Pattern[str] | None, frozenset[str], frozenset[str]]:
        target = [str(w).lower() for w in self.lex.get("target_preps", [])]
        deadline = [str(w).lower() for w in self.lex.get("deadline_preps", [])]
        words = sorted(target + deadline, key=len, reverse=True)
        # a clock time may stand between ("by 6 p.m. Thursday", "bis 18 Uhr am Freitag")
        clock = r"(?:\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|uhr)(?:\s+(?:am|on))?)?"
        pattern = re.compile(r"(?<!\w)(" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")"
                             + clock + r"\s*$", re.IGNORECASE) if words else None
        span = frozenset(str(w).lower() for w in self.lex.get("span_start_preps", []))
        return pattern, frozenset(" ".join(w.split()) for w in target), span

    @_per_lexicon
    def _postpone(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        preps = [str(w) for w in self.lex.get("shift_preps", [])]
        cues = [str(w) for w in self.lex.get("postpone_cues", [])]
        if not preps or not cues:
            return None, None
        def alt_of(words: list[str]) -> str:
            return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
        return (re.compile(r"(?<!\w)(?:" + alt_of(preps) + r")\s+$", re.IGNORECASE),
                re.compile(r"(?<!\w)(?:" + alt_of(cues) + r")(?!\w)", re.IGNORECASE))

    def _postponed_to(self, start: int) -> bool:
        """The expression is where something was put off to: a shift preposition right before it
        and a word of postponing in its clause ("pushed back the launch to the spring", "die
        Sitzung wurde auf den Herbst vertagt"): ahead, whatever the tense of the postponing."""
        prep, cue = self._postpone
        if prep is None or cue is None or prep.search(self.text, max(0, start - 12), start) is None:
            return False
        s0, s1 = self.sentences.span(start)
        c0, c1 = clause_span(self.text, max(s0, start - _CLAUSE_REACH), min(s1, start + _CLAUSE_REACH), start, start)
        return cue.search(self.text, c0, c1) is not None

    def aimed_direction(self, start: int, end: int) -> str | None:
        """The direction of the expression at [start, end) with the preposition before it: a
        purpose ("a warning for Saturday", "Warnung für Samstag") is ahead whatever the tense; the
        end of a span ("until Friday", "runs through Sept. 14", "ist bis zum 4. Mai zu sehen") is
        ahead unless a verb of its own clause says past ("restored power by Thursday evening", "hatte
        bis Donnerstag geräumt"; a "seit 2008" beside it is another span's start, no past verb), but
        where the clause holds an infinitive the deadline is its ("were ordered to leave by Friday")."""
        pattern, target, span = self._aims
        m = pattern.search(self.text, max(0, start - 30), start) if pattern is not None else None
        if m is None:
            if self._postponed_to(start):
                return "future"  # "has pushed back the launch to the spring", "auf den 20. März verschoben"
            return self.direction(start, end)
        if " ".join(m.group(1).lower().split()) in target:
            return "future"
        if self._direction(start, end, span, clause_only=True, states=self._deadline_states) != "past":
            return "future"  # "ist bis Freitag gesperrt": a state until then, no perfect
        s0, s1 = self.sentences.span(start)
        c0, _ = clause_span(self.text, s0, s1, start, end)
        inf = self.cues.infinitive
        return "future" if inf is not None and inf.search(self.text, c0, start) else "past"

    def ref_day(self, pos: int, same_sentence: bool = True, within: int | None = None) -> date | None:
        """The last day-precise date mentioned before ``pos`` (in the same sentence, in the
        last ``within`` sentences, or anywhere before), else the anchor."""
        if self.last_day is not None:
            d, si = self.last_day
            here = self.sentence_index(pos)
            if within is not None:
                # within a few sentences of one paragraph: the items of a listing, one a line, do not
                # share their days ("Theater, 20 Uhr." under yesterday's "morgen")
                if here - si <= within and (si == here or not _ITEM_BREAK.search(self.text, self.last_day_at, pos)):
                    return d
            elif not same_sentence or si == here:
                return d
        return self.anchor

    def note_year(self, pos: int, year: int) -> None:
        """An explicit year at ``pos``: the year of the sentence's and the narrative's later dates
        (where it stands in a relative or subordinate clause of its own, see :meth:`year_hint`)."""
        self.last_year = (year, self.sentence_index(pos))
        self.last_year_at = pos

    def _year_clause(self) -> tuple[int, int] | None:
        """The relative or subordinate clause the last explicit year stands in ("Der Prozess gegen
        zwei Männer, die im Februar 2024 ... verübt haben sollen, beginnt am 15. September"), else
        None. A clause is short: no further than a few hundred characters are looked at (a text
        without sentence ends must not make this quadratic)."""
        pos = self.last_year_at
        if pos is None or not self._clause_openers:
            return None
        s0, s1 = self.sentences.span(pos)
        w0, w1 = max(s0, pos - _CLAUSE_REACH), min(s1, pos + _CLAUSE_REACH)
        c0, c1 = clause_span(self.text, w0, w1, pos, pos)
        opener = _WORD.search(self.text, c0, c1)
        if c0 > s0 and opener is not None and opener.start() - c0 <= 2 and opener.group(0).lower() in self._clause_openers:
            return c0, c1
        return None

    @_per_lexicon
    def _deadline_states(self) -> frozenset[str]:
        return frozenset(str(w).lower() for w in self.lex.get("deadline_state_copulas", []))

    @_per_lexicon
    def _clause_openers(self) -> frozenset[str]:
        return frozenset(str(w).lower() for w in self.lex.get("clause_openers", []))

    def year_hint(self, pos: int) -> int | None:
        """An explicit year mentioned earlier in the same sentence; not one of a relative or
        subordinate clause when the date's own clause is not about the past (the trial that
        "beginnt am 15. September" is not in the year of the deed its relative clause names)."""
        if self.last_year is not None and self.last_year[1] == self.sentence_index(pos):
            sub = self._year_clause()
            if sub is not None and not sub[0] <= pos < sub[1] and \
                    self._direction(pos, pos, frozenset(), clause_only=True) != "past":
                return None
            if self.anchor is not None and self.last_year[0] < self.anchor.year and \
                    self._direction(pos, pos, frozenset(), clause_only=True) == "future":
                return None  # "The quartet, founded in 1985, will tour in the spring": the coming spring
            return self.last_year[0]
        return None

    #: how many sentences an explicit year carries over to dates without one ("7. Januar 2020: ...
    #: 11. Januar: ..."), as in a chronology or a narrative
    DISCOURSE_SENTENCES = 12
    #: a date without a year further ahead of the article's date than this is in doubt
    AHEAD_DAYS = 90
    PURPOSE_MONTHS = 2

    def year_for(self, pos: int, end: int, month: int, day: int | None, purpose: bool = False) -> tuple[int | None, bool]:
        """The year of a day or month given without one: the same sentence's year, else the
        occurrence nearest to the article's date; but where that lies months ahead and nothing
        says future, the discourse's year (an explicit year a few sentences before, the
        article's or the one before) when it puts the date before the article's. A month a
        purpose is for ("Regeln für den Dezember") that is at most PURPOSE_MONTHS ahead is the
        coming one whatever the tense ("waren lange umstritten")."""
        hint = self.year_hint(pos)
        if hint is not None:
            return hint, False
        if self.anchor is None:
            return None, True  # unresolved: the publication date decides (pubdate.py)
        if purpose and day is None and 0 <= (month - self.anchor.month) % 12 <= self.PURPOSE_MONTHS:
            return self.anchor.year + (month < self.anchor.month), True
        direction = self.aimed_direction(pos, end)
        y = cal.nearest_year_for(month, day, self.anchor, direction)
        ahead = cal.safe_date(y, month, day or 1)
        limit = 3 if self.list_item(pos, end) else self.AHEAD_DAYS  # a chronology goes on in its year
        if direction == "future" or ahead is None or (ahead - self.anchor).days <= limit:
            return y, True
        if self.last_year is not None:
            dy, si = self.last_year
            cand = cal.safe_date(dy, month, day or 1)
            if cand is not None and 0 < self.sentence_index(pos) - si <= self.DISCOURSE_SENTENCES and (
                    0 <= self.anchor.year - dy <= 1 and (cand - self.anchor).days <= 3):
                self.last_year = (dy, self.sentence_index(pos))  # a chronology carries it on
                self.last_year_at = None
                return dy, True
        return y, True

    def list_item(self, start: int, end: int) -> bool:
        """The expression opens a line and a colon follows: a chronology entry ("April 3: ...")."""
        line = self.text.rfind("\n", 0, start) + 1
        head = self.text[line:start].strip(" \t•·*-–—>")
        return not head and self.text[end:end + 2].strip().startswith(":")

    @staticmethod
    def weekday_fit(year: int, month: int, day: int, weekday: int | None) -> int:
        """``year``, or the year next to it in which the day falls on ``weekday`` (1 = Monday):
        "Monday, Aug. 21" is the 21 August that is a Monday."""
        if weekday is None:
            return year
        for y in (year, year + 1, year - 1):
            d = cal.safe_date(y, month, day)
            if d is not None and d.isoweekday() == weekday:
                return y
        return year

    # --- building results -------------------------------------------------
    def mk(self, start: int, end: int, type_: str, value: str, iv: cal.Interval | None = None,
           precision: Precision | None = None, relative: bool = False, mod: str | None = None,
           time: str | None = None) -> Timex:
        first, last = (iv if iv is not None else (None, None))
        return Timex(start=start, end=end, text=self.text[start:end], type=type_, value=value,
                     first=first, last=last, precision=precision, relative=relative, mod=mod,
                     time=time)


_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_BREAK = re.compile(r"[,;]")
_OPENER = re.compile(r"\s{0,2}([^\W\d_]+)")
_CLAUSE_REACH = 400
#: a night named by the day it leads into ("in der Nacht zum Samstag", "auf Samstag"); "die Nacht
#: des 14. August", "vom Freitag" is named by the day it starts on
NIGHT_INTO = re.compile(r"\b(?:zum|zur|zu|auf)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_STARTS = re.compile(r"\b\w|[^\w\s]")
_BACK = 70  # characters before a trigger where a match may start
_MAX_STARTS = 7
#: texts whose matches an Index remembers (owned by the Index, safe across threads)
_MATCH_CACHE_SIZE = 256


class Index:
    """Which rules a word or number triggers (built once per rule set)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.by_word: dict[str, list[Rule]] = {}
        self.by_prefix: dict[str, list[Rule]] = {}
        self.digit_rules = [r for r in rules if r.digits]
        for r in rules:
            for w in r.triggers:
                self.by_word.setdefault(w, []).append(r)
            for p in r.prefixes:
                self.by_prefix.setdefault(p, []).append(r)
        self.words = frozenset(self.by_word)
        self.rules = tuple(rules)
        #: text -> selected matches: matching does not depend on the anchor, so an article
        #: tagged twice (without, then with its publication date) is matched once
        self.matches: BoundedCache[str, list[tuple[int, int, int, Rule, re.Match[str]]]] = BoundedCache(
            _MATCH_CACHE_SIZE
        )


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _find_word(low: str, w: str, whole: bool) -> list[int]:
    out = []
    n = len(w)
    i = low.find(w)
    while i >= 0:
        if (i == 0 or not low[i - 1].isalnum()) and (not whole or i + n >= len(low) or not low[i + n].isalnum()):
            out.append(i)
        i = low.find(w, i + n)
    return out


def _candidates(text: str, index: Index) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    low = _lower(text)
    hits: dict[int, list[Rule]] = {}
    for w in index.words.intersection(_WORD.findall(low)):
        for i in _find_word(low, w, True):
            hits.setdefault(i, []).extend(index.by_word[w])
    for p, rs in index.by_prefix.items():
        if p in low:
            for i in _find_word(low, p, False):
                hits.setdefault(i, []).extend(rs)
    if index.digit_rules:
        for dm in _DIGITS.finditer(text):
            at = dm.start()
            rs = [r for r in index.digit_rules if r.at is None or r.at.match(text, at)]
            if rs:
                hits.setdefault(at, []).extend(rs)
    out = []
    seen: set[tuple[int, int, str]] = set()
    for pos, rs in hits.items():
        back = max(r.back for r in rs)
        if back:
            lo = max(0, pos - _BACK)
            starts = [m.start() for m in _STARTS.finditer(text, lo, pos)][-back:]
            starts.append(pos)
        else:
            starts = [pos]
        done: set[str] = set()
        for rule in rs:
            if rule.name in done:
                continue
            done.add(rule.name)
            best = None
            for st in (starts[-1 - rule.back:] if rule.back else (pos,)):
                m = rule.regex.match(text, st)
                if m is None or m.end() <= pos:
                    continue
                if rule.check is not None and not rule.check(m, text):
                    continue
                if best is None or m.end() - m.start() > best.end() - best.start():
                    best = m
            if best is None:
                continue
            m = best
            s = m.end("pre") if "pre" in rule.regex.groupindex and m.group("pre") is not None else m.start()
            e = m.end()
            key = (s, e, rule.name)
            if e > s and key not in seen:
                seen.add(key)
                out.append((s, e, rule.prio, rule, m))
    return out


def candidates_full_scan(text: str, rules: Sequence[Rule]) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    """Reference implementation: every rule over the whole text (slow; for tests)."""
    out = []
    for rule in rules:
        for m in rule.regex.finditer(text):
            if rule.check is not None and not rule.check(m, text):
                continue
            s = m.end("pre") if "pre" in rule.regex.groupindex and m.group("pre") is not None else m.start()
            if m.end() > s:
                out.append((s, m.end(), rule.prio, rule, m))
    return out


def _select(cands: list[tuple[int, int, int, Rule, re.Match[str]]]) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    """Longest first (then higher priority, then earlier); no two kept spans overlap."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    kept: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    starts: list[int] = []  # kept spans never overlap, so sorted starts have sorted ends
    ends: list[int] = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect.bisect_right(starts, s)
        if i > 0 and ends[i - 1] > s:  # the span starting at or before s reaches into it
            continue
        if i < len(starts) and starts[i] < e:  # the next span starts inside it
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.append(c)
    kept.sort(key=lambda c: c[0])
    return kept


def _matches(text: str, rules: Index) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    hit = rules.matches.get(text)
    if hit is None:
        hit = _select(_candidates(text, rules))
        rules.matches.put(text, hit)
    return hit


def run(text: str, anchor: date | None, rules: Index, cues: TenseCues, lex: dict,
        style: str, regions: Sequence[tuple[int, int]] | None) -> list[Timex]:
    ctx = Ctx(text=text, anchor=anchor, style=style, cues=cues, lex=lex)
    result: list[Timex] = []
    for _s, _e, _prio, rule, m in _matches(text, rules):
        try:
            got = rule.handler(m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            got = None
        if not got:
            continue
        for t in got:
            if not (0 <= t.start < t.end <= len(text)):
                continue
            result.append(t)
            if t.first is not None and t.type in ("DATE", "TIME") and (
                    t.precision is Precision.DAY or (t.type == "TIME" and t.value.endswith("TNI"))):
                # a night into a day is that day: "in der Nacht zum Samstag ... am Morgen" is Saturday's
                day = t.last if t.last is not None and NIGHT_INTO.search(t.text) else t.first
                ctx.last_day = (day, ctx.sentence_index(t.start))
                ctx.last_day_at = t.start
    if regions is not None:
        spans = [(int(a), int(b)) for a, b in regions]
        result = [t for t in result if any(a <= t.start and t.end <= b for a, b in spans)]
    result.sort(key=lambda t: (t.start, t.end))
    # safety: outputs of different handlers never overlap
    clean: list[Timex] = []
    for t in result:
        if clean and t.start < clean[-1].end:
            continue
        clean.append(t)
    return _appositions(text, _dayparts_of(text, clean), lex)


#: a line that ends a sentence or an item: the next line is a new one (a hard wrap is not)
_ITEM_BREAK = re.compile(r"[.!?:;)\]\"”»]\s*\n|\n\s*\n")
_OF_DAY = re.compile(r"\s+(?:des|vom|von|of)\s+$", re.I)
_DAYPART_CODE = re.compile(r"T(MO|AF|EV|NI|DT|MI)$")


def _dayparts_of(text: str, timexes: list[Timex]) -> list[Timex]:
    """"am Vormittag des Heiligabends 2018", "in der Nacht des 14. August", "the morning of
    March 3": the part of that day, one expression (TimeML), not a part of the day of writing."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        code = _DAYPART_CODE.search(a.value or "") if a.type == "TIME" else None
        if b is not None and code and b.type == "DATE" and b.precision is Precision.DAY and b.first is not None \
                and b.value[:10] == b.first.isoformat() and _OF_DAY.fullmatch(text[a.end:b.start]) is not None:
            last = b.first + timedelta(days=1) if code.group(1) == "NI" else b.first
            out.append(replace(a, end=b.end, text=text[a.start:b.end], value=f"{b.value[:10]}T{code.group(1)}",
                               first=b.first, last=last, relative=b.relative))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_APPOSITION = re.compile(r"\s*(?:\(|,)\s*$")


def _appositions(text: str, timexes: list[Timex], lex: dict) -> list[Timex]:
    """A weekday followed by its date in brackets or after a comma ("am Samstag (1. April)",
    "Sunday, 19 March") is that date: the weekday takes the date's value."""
    weekdays = lex.get("weekdays", {})
    out = list(timexes)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.precision is not Precision.DAY or b.first is None or a.first is None or a.last is None:
            continue
        words = _WORD.findall(a.text.lower())
        if not words or words[-1] not in weekdays or not _APPOSITION.match(text[a.end:b.start]):
            continue
        if b.first.isoweekday() != weekdays[words[-1]]:
            continue
        if a.precision is Precision.DAY and a.first != b.first and a.first == a.last:
            out[i] = replace(a, value=b.value, first=b.first, last=b.last, relative=b.relative)
        elif a.last - a.first <= timedelta(days=1) and b.first not in (a.first, a.last):
            # "in der Nacht zum Freitag (13.8.)": the part of the day moves with its weekday
            named = a.last if a.last.isoweekday() == b.first.isoweekday() else a.first
            shift = b.first - named
            value = a.value
            if value and value.startswith(a.first.isoformat()):
                value = (a.first + shift).isoformat() + value[10:]
            out[i] = replace(a, value=value, first=a.first + shift, last=a.last + shift, relative=b.relative)
    return out
