"""Sentence and clause boundaries and tense cues around a temporal expression.

The splitter is deliberately simple: a sentence ends at ``.``, ``!`` or ``?``
followed by white space and an upper-case letter or a quote, or at a blank line,
except after a number ("13. Februar", "17.05.2025") or a single capital letter
("J. D. Vance") or a known abbreviation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

_BOUNDARY = re.compile(r"""[.!?]["»«”“']?\s+(?=["„»«“(\[]?[A-ZÄÖÜ0-9])|\n\s*\n""")
_ABBR = re.compile(
    r"(?:\b(?:[A-ZÄÖÜ]|[a-z]\.[a-z]|\d{1,4}|Nr|Dr|Prof|St|ca|bzw|vgl|evtl|ggf|inkl|z\.B|u\.a|Mr|Mrs|Ms|Jr|Sr|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec|Mio|Mrd|Abs|Art|Gen|Hl|St|vs|etc|No)\.)$"
)
#: modals that look ahead only when no negation or perfect follows ("could take place" / "could not attend")
_WEAK_MODALS = frozenset({"could", "might", "könnte", "könnten", "dürfte", "dürften"})
_NEGATED = re.compile(r"(?:n't|\s+(?:not|have|nicht))\b", re.I)
_BY_THEN = re.compile(r"\b(?:bis|by)\b", re.I)
_NUMBER_DOT = re.compile(r"\b\d{1,4}\.$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
#: clause boundaries: punctuation, dashes, and conjunctions that open a clause of its own tense
_CLAUSE = re.compile(r"[,;()\[\]–—]|(?<!\d):|:(?!\d)|\s-\s|\s(?:while|because|although|whereas|that|but|weil|obwohl|während)\s")


class Sentences:
    """Sentence spans of one text, with lookup by offset."""

    def __init__(self, text: str, ordinal_dots: bool = True) -> None:
        """``ordinal_dots``: a number with a full stop is an ordinal ("am 3. April", German), not
        the end of a sentence ("reopened on April 3. The next day ...", English)."""
        self.text = text
        starts = [0]
        for m in _BOUNDARY.finditer(text):
            before = text[max(0, m.start() - 12) : m.start() + 1]
            if m.group(0).count("\n") < 2 and _ABBR.search(before) and (ordinal_dots or not _NUMBER_DOT.search(before)):
                continue
            starts.append(m.end())
        self.starts = starts

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def span(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end


def _span_between(pattern: re.Pattern[str], text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence [s0, s1) around [start, end) bounded by ``pattern`` matches."""
    a, b = s0, s1
    for m in pattern.finditer(text, s0, s1):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            b = m.start()
            break
    return a, b


def clause_span(text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The comma/semicolon-bounded clause of the sentence [s0, s1) around [start, end)."""
    return _span_between(_CLAUSE, text, s0, s1, start, end)


_SEGMENT = re.compile(r"[;()\[\]–—]|(?<!\d):|:(?!\d)|\s-\s|\s(?:while|because|although|whereas|weil|obwohl|während)\s")


def segment_span(text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence between colons, semicolons, brackets and dashes around [start, end)."""
    return _span_between(_SEGMENT, text, s0, s1, start, end)


class TenseCues:
    """Words that say whether a clause talks about the future or the past."""

    def __init__(self, future: Iterable[str], past: Iterable[str], te_exclude: Iterable[str],
                 past_suffix: str | None, future_pattern: str | None, passive: Iterable[str] = (),
                 participle: str | None = None, reported_past: str | None = None,
                 determiners: Iterable[str] = (), needs_next: Mapping[str, Iterable[str]] | None = None,
                 verb_particles: Iterable[str] = (), state_copulas: Iterable[str] = (),
                 infinitive: str | None = None, modals: Iterable[str] = (), reporting: Iterable[str] = (),
                 reported_openers: Iterable[str] = (), coordinators: Iterable[str] = ()) -> None:
        self.future = frozenset(w.lower() for w in future)
        #: words after which a future cue is a noun or adjective ("the plan", "the next day")
        self.determiners = frozenset(w.lower() for w in determiners)
        #: cues that look ahead only before one of these words ("plans to", "set for")
        self.needs_next = {k.lower(): frozenset(x.lower() for x in v) for k, v in (needs_next or {}).items()}
        #: the words that may stand between a verb and its date ("met on Friday", "teilte am Dienstag mit")
        self.verb_particles = frozenset(w.lower() for w in verb_particles)
        #: verbs of a present state whose participle is no past ("is closed", "remains shut", "bleibt geschlossen")
        self.state_copulas = frozenset(w.lower() for w in state_copulas)
        #: an infinitive, whose deadline ("to leave by Friday", "bis Freitag zu verlassen") is ahead
        self.infinitive = re.compile(infinitive, re.I) if infinitive else None
        #: modals that make a verb group look ahead ("will", "wird"), see future_modal_before
        self.modals = frozenset(w.lower() for w in modals)
        self.reported_past = re.compile(reported_past, re.I) if reported_past else None
        #: auxiliaries that make the passive with a participle ("wird abgeriegelt": now, not later)
        self.passive = frozenset(w.lower() for w in passive)
        self.participle = re.compile(participle) if participle else None
        self.past = frozenset(w.lower() for w in past)
        self.te_exclude = frozenset(w.lower() for w in te_exclude)
        self.past_suffix = re.compile(past_suffix) if past_suffix else None
        self.future_pattern = re.compile(future_pattern, re.I) if future_pattern else None
        #: verbs of saying: past, but not for a date in what was said ("sagte, die Sanierung beginne am
        #: 17. März", "said the repairs start on March 17")
        self.reporting = frozenset(w.lower() for w in reporting)
        #: the words that open what was said right after such a verb ("the", "he", "dass")
        self.reported_openers = frozenset(w.lower() for w in reported_openers)
        #: a coordinator and a modal open a verb group of their own ("raised its dividend in March and
        #: will hold its meeting on Oct. 17", "had held talks last week and would meet them on March 12")
        alts = "|".join(sorted(map(re.escape, {w.lower() for w in modals}), key=len, reverse=True))
        coords = "|".join(sorted(map(re.escape, {w.lower() for w in coordinators}), key=len, reverse=True))
        self.coordinated_modal = re.compile(rf"(?<!\w)(?:{coords})\s+(?:{alts})(?!\w)", re.I) \
            if alts and coords else None

    def _reports_other(self, segment: str, verb_start: int, verb_end: int, date_at: int) -> bool:
        """The verb of saying at [verb_start, verb_end) stands apart from the date at ``date_at``:
        a comma, or what was said, stands between them ("sagte, die Sanierung beginne am 17. März";
        "said the plant closes on May 1"; "Am 17. März beginnt die Sanierung, sagte Kovac"), not
        "said in an interview on Monday" or "Am Montag sagte Kovac"."""
        if date_at < verb_start:
            return "," in segment[date_at:verb_start]
        between = segment[verb_end:date_at]
        if "," in between:
            return True
        nxt = _NEXT_WORD.match(segment, verb_end)
        return nxt is not None and nxt.end() <= date_at and (
            nxt.group(1).lower() in self.reported_openers or nxt.group(1)[:1].isupper())

    _WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")

    _LAST_WORDS = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")
    _WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")

    def past_verb_before(self, text: str, lo: int, start: int) -> bool:
        """A past verb stands right before the expression at ``start``, maybe with a date particle
        between ("said Tuesday", "met on Friday", "teilte am Dienstag mit"): the day is the verb's."""
        m = self._LAST_WORDS.search(text, lo, start)
        if m is None:
            return False
        near, far = (m.group(2), m.group(1)) if m.group(2) else (m.group(1), None)
        verb = far if far is not None and near.lower() in self.verb_particles else near
        verb_at = m.start(1) if verb is far or m.group(2) is None else m.start(2)
        low = verb.lower()
        if low in self.future:
            return False  # "is expected on Sunday", "scheduled on Friday": a participle that looks ahead
        aux = self._WORD_BEFORE.search(text, max(0, lo - 20), verb_at)
        if aux is not None and aux.group(1).lower() in self.state_copulas:
            return False  # "will be held on April 20", "is closed on Mondays": no past verb
        return low in self.past or (self.past_suffix is not None and verb[:1].islower()
                                    and low not in self.te_exclude and bool(self.past_suffix.fullmatch(low)))

    _NEAR_WORDS = re.compile(r"((?:[^\W\d_]+(?:'[a-z]+)?\s+){1,4})$")

    def future_modal_before(self, text: str, lo: int, start: int) -> bool:
        """A modal that looks ahead stands among the few words right before the expression, with no
        past cue after it ("will peak on Thursday", "would return to work on Friday", "wird am
        Donnerstag"): the verb group of the date is the modal's, whatever a relative clause before
        it says ("The heat wave that has gripped the valley since last Friday will peak on Thursday")."""
        if not self.modals:
            return False
        m = self._NEAR_WORDS.search(text, max(lo, start - 60), start)
        if m is None:
            return False
        words = [w.lower() for w in m.group(1).split()]
        for k, w in enumerate(words):
            if w in self.modals:
                return not any(x in self.past for x in words[k + 1:])
        group = self.last_coordinated_modal(text, max(lo, start - 100), start)
        if group is not None and not any(c in text[group:start] for c in ",;:"):
            return not any(x.lower() in self.past for x in self._WORD.findall(text, group, start)[2:])
        return False

    def last_coordinated_modal(self, text: str, lo: int, hi: int) -> int | None:
        """Where the last "and will", "und wird" in [lo, hi) starts, else None."""
        if self.coordinated_modal is None:
            return None
        found = None
        for m in self.coordinated_modal.finditer(text, lo, hi):
            found = m.start()
        return found

    def next_coordinated_modal(self, text: str, lo: int, hi: int) -> int | None:
        """Where the first "and will", "und wird" in [lo, hi) starts, else None."""
        m = self.coordinated_modal.search(text, lo, hi) if self.coordinated_modal is not None else None
        return m.start() if m else None

    def direction(self, segment: str, skip: tuple[int, int] | None = None, patterns: bool = True,
                  ignore: frozenset[str] = frozenset(), states: frozenset[str] = frozenset()) -> str | None:
        """'future', 'past' or None for a piece of text (``skip``: the expression itself);
        ``patterns`` False: the future's phrase patterns ("zu verhandeln") do not count (they
        look ahead only in the expression's own clause); ``ignore``: words that are no cue here;
        ``states``: more verbs whose participle is a state here ("ist bis Freitag gesperrt")."""
        if skip:
            segment = segment[: skip[0]] + " " + segment[skip[1] :]
        fut = past = aux = participles = 0
        prev = ""
        state = False
        for m in self._WORD.finditer(segment):
            w = m.group(0)
            lw = w.lower()
            before, prev = prev, lw
            if lw in ignore:
                continue
            if lw in self.state_copulas or lw in states:
                state = True  # the next participle completes it
            if lw in self.future:
                if lw in _WEAK_MODALS and _NEGATED.match(segment, m.end()):
                    continue  # "could not deliver", "might have started": no look ahead
                if before in self.determiners:
                    continue  # "approved the plan", "the next day": a noun or an adjective, no look ahead
                need = self.needs_next.get(lw)
                if need and (nxt := _NEXT_WORD.match(segment, m.end())) is not None and nxt.group(1).lower() not in need:
                    continue  # "the harbour plan was approved": a verb only before "to" ("plans to vote")
                fut += 1
                aux += lw in self.passive
            elif lw in self.past:
                if lw in self.reporting and skip and self._reports_other(segment, m.start(), m.end(), skip[0]):
                    continue  # "sagte, die Sanierung beginne am 17. März": the saying's tense is not the date's
                past += 1
            elif self.past_suffix is not None and w[0].islower() and lw not in self.te_exclude \
                    and self.past_suffix.fullmatch(lw):
                if state:
                    state = False
                    continue  # "the road is closed until Friday", "bleibt bis Freitag geschlossen": a state now
                past += 1
                participles += 1
            elif aux and self.participle is not None and w[0].islower() and self.participle.fullmatch(lw):
                participles += 1
        if aux and aux == fut and participles and past <= participles:
            return None  # a present passive ("wird abgeriegelt"): neither ahead nor behind
        if fut and self.reported_past is not None and self.reported_past.search(segment) \
                and not _BY_THEN.search(segment):
            return "past"  # "soll er zugeschlagen haben": what he is said to have done (not "bis Mai ... informiert haben")
        if patterns and not past and self.future_pattern is not None and self.future_pattern.search(segment):
            fut += 1  # "zu verhandeln" looks ahead, "waren zu verzeichnen" does not
        if fut and fut >= past:
            return "future"
        if past:
            return "past"
        if fut:
            return "future"
        return None
