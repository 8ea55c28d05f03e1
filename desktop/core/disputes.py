"""Disputed dates: sources that report the same event on different days.

One outlet writes "am Dienstag", another "am Mittwoch"; one "am 12.", another "am 13.".  The
merge in :mod:`desktop.core.events` keeps day-precise reports of different days apart, so such
an event would appear twice, a day apart, each half with part of the sources.  :func:`join_disputed`
joins those halves into one event that keeps every report with its own date, and
:func:`date_claims` says, for any event, which of its sources gives which day.

An event is *disputed* when its day-precise, explicitly dated reports name more than one day.
That also holds for an event the user merged by hand from two days.  The event's own date is the
day most of its articles give (ties: the day of the event with more reports, then the earlier).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from desktop.core.model import ActorKind, Event, EventMention, Precision

#: reports at most this many days apart may be the same event told differently
MAX_GAP_DAYS = 2


@dataclass(frozen=True)
class DateClaim:
    """One day an event's sources give, with the reports that give it."""

    day: date
    mentions: tuple[EventMention, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))


def _day_of(m: EventMention) -> date | None:
    if m.implicit or m.precision is not Precision.DAY or m.first is None or m.first != m.last:
        return None
    return m.first


def date_claims(event: Event) -> tuple[DateClaim, ...]:
    """The days the event's day-precise reports give, in date order; empty unless disputed."""
    by_day: dict[date, list[EventMention]] = {}
    for m in event.mentions:
        day = _day_of(m)
        if day is not None:
            by_day.setdefault(day, []).append(m)
    if len(by_day) < 2:
        return ()
    return tuple(DateClaim(day, tuple(ms)) for day, ms in sorted(by_day.items()))


def is_disputed(event: Event) -> bool:
    return bool(date_claims(event))


def _persons(e: Event, kinds: Mapping[str, ActorKind]) -> frozenset[str]:
    return frozenset(a for a in e.actors if kinds.get(a) == ActorKind.PERSON)


def _classes(e: Event) -> frozenset[str]:
    return frozenset(m.trigger_class for m in e.mentions if m.trigger_class and m.trigger_class != "statement")


def _articles(e: Event) -> frozenset[str]:
    """The articles that date the event themselves (an undated report only joins it)."""
    return frozenset(m.article_id for m in e.mentions if not m.implicit)


_Facts = tuple[object, frozenset[str], frozenset[str], frozenset[str]]


def _facts(e: Event, kinds: Mapping[str, ActorKind]) -> _Facts:
    """What _same_facts compares: status, dating articles, classes, persons."""
    return e.status, _articles(e), _classes(e), _persons(e, kinds)


def _same_facts(a: _Facts, b: _Facts) -> bool:
    """The same kind of event of the same people, told by different articles (by their _facts)."""
    if a[0] != b[0] or a[1] & b[1]:
        return False
    if not (a[2] & b[2]):
        return False
    pa, pb = a[3], b[3]
    shared = len(pa & pb)
    if shared == 0 or shared < min(2, len(pa), len(pb)):
        return False
    return shared / len(pa | pb) >= 0.5


def _single_day(e: Event) -> bool:
    return e.precision is Precision.DAY and e.first == e.last


def join_disputed(events: Sequence[Event], kinds: Mapping[str, ActorKind]) -> list[Event]:
    """Join events a day or two apart that are the same event reported on different days.

    Each group joins only events of disjoint articles (an article that reports two days means
    two events) and spans at most :data:`MAX_GAP_DAYS`.  Other events pass unchanged, in order.
    """
    by_day: dict[int, list[int]] = {}
    for i, e in enumerate(events):
        if _single_day(e):
            by_day.setdefault(e.first.toordinal(), []).append(i)
    group_of: dict[int, list[int]] = {}
    facts: dict[int, _Facts] = {}  # each event's facts, worked out once (it is compared with many)

    def fact(i: int) -> _Facts:
        got = facts.get(i)
        if got is None:
            got = facts[i] = _facts(events[i], kinds)
        return got

    # the best-attested events first: they decide which neighbours join them
    order = sorted((i for ids in by_day.values() for i in ids),
                   key=lambda i: (-events[i].source_count, -len(events[i].mentions), events[i].first, i))
    for i in order:
        e = events[i]
        group = group_of.get(i, [i])
        day = e.first.toordinal()
        for gap in range(1, MAX_GAP_DAYS + 1):
            for d in (day - gap, day + gap):
                for j in by_day.get(d, ()):
                    if j in group or j in group_of:
                        continue
                    days = [events[k].first.toordinal() for k in group] + [d]
                    if max(days) - min(days) > MAX_GAP_DAYS:
                        continue
                    if all(_same_facts(fact(k), fact(j)) for k in group):
                        group.append(j)
        if len(group) > 1:
            for k in group:
                group_of[k] = group
    out: list[Event] = []
    done: set[int] = set()
    for i, e in enumerate(events):
        if i in done:
            continue
        joined = group_of.get(i)
        if joined is None:
            out.append(e)
            continue
        done.update(joined)
        out.append(_joined([events[k] for k in joined]))
    out.sort(key=lambda e: (e.first, e.last, e.label))
    return out


def _joined(members: Sequence[Event]) -> Event:
    votes: dict[date, int] = {}  # the articles that give each day
    for e in members:
        votes[e.first] = votes.get(e.first, 0) + len(_articles(e))
    primary = min(members, key=lambda e: (-votes[e.first], -len(e.mentions), e.first))
    actors = tuple(dict.fromkeys(a for e in [primary, *members] for a in e.actors))
    dated = {m.article_id for e in members for m in e.mentions if not m.implicit}
    kept: list[EventMention] = []
    undated: set[str] = set()
    for m in (m for e in members for m in e.mentions):
        if m.implicit:  # an undated report of an article counts once, and not beside its dated one
            if m.article_id in dated or m.article_id in undated:
                continue
            undated.add(m.article_id)
        kept.append(m)
    mentions = tuple(sorted(kept, key=lambda m: (m.article_id, m.start)))
    return replace(primary, actors=actors, mentions=mentions)
