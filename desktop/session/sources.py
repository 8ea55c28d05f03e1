"""What the window shows of an event's sources: articles by id and the spans to highlight.

The extraction already knows where each actor was found (``ArticleAnalysis.mentions``)
and where each date expression stands (``EventMention.timex``). :class:`Sources` hands
those places over as typed :class:`Span` s, relative to a source sentence or to the
article, so the side panel and the article reader only highlight what they are given and
never look for names in the text themselves. No Qt here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, NamedTuple

from desktop.core.model import Article, Event, EventMention, Extraction, Mention

SpanKind = Literal["date", "actor"]


class Span(NamedTuple):
    """Characters ``start:end`` to highlight as a date or an actor."""

    start: int
    end: int
    kind: SpanKind

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset, self.kind)


def date_span(mention: EventMention) -> Span | None:
    """The date expression of ``mention``, relative to its sentence (None when implicit)."""
    sentence = mention.sentence
    timex = mention.timex
    if timex is not None:
        rel, length = timex.start - mention.start, timex.end - timex.start
        if 0 <= rel and rel + length <= len(sentence) and length > 0 and sentence[rel : rel + length] == timex.text:
            return Span(rel, rel + length, "date")
    if mention.date_text:  # an expression without offsets (merged or corrected): where it is written
        i = sentence.find(mention.date_text)
        if i < 0:
            i = sentence.casefold().find(mention.date_text.casefold())
        if i >= 0:
            return Span(i, i + len(mention.date_text), "date")
    return None


def same_sentence(a: EventMention, b: EventMention) -> bool:
    """True when both mentions quote the one sentence of one article (two of its dates)."""
    return (a.article_id, a.start, a.end) == (b.article_id, b.start, b.end)


def one_per_sentence(mentions: Iterable[EventMention]) -> list[EventMention]:
    """The mentions, the first of each sentence only: a sentence with two of the event's dates
    ("shortly before 11:30 a.m. Saturday") is one source sentence, not two."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in mentions:
        key = (m.article_id, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def snippet_spans(mention: EventMention, actor_mentions: Iterable[Mention] = (),
                  same: Iterable[EventMention] = ()) -> list[Span]:
    """Spans relative to ``mention.sentence``: its date expression (and those of the mentions
    ``same`` of that sentence) and the given actor mentions (article offsets) inside the
    sentence; the earliest, longest win, no overlaps."""
    spans: list[Span] = []
    for quoted in (mention, *same):
        date = date_span(quoted)
        if date is not None and date not in spans:
            spans.append(date)
    for m in actor_mentions:
        rel, end = m.start - mention.start, m.end - mention.start
        if 0 <= rel and end <= len(mention.sentence) and end > rel:
            spans.append(Span(rel, end, "actor"))
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), s.kind != "date"))
    out: list[Span] = []
    last = -1
    for s in spans:
        if s.start >= last:
            out.append(s)
            last = s.end
    return out


class Sources:
    """The articles of an extraction and where its actors were found, for display."""

    def __init__(self, extraction: Extraction | None = None) -> None:
        extraction = extraction or Extraction((), (), ())
        self.articles: Mapping[str, Article] = {a.id: a for a in extraction.articles}
        self._mentions: dict[str, list[Mention]] = {}
        self._starts: dict[str, list[int]] = {}
        for analysis in extraction.analyses:
            ordered = sorted(analysis.mentions, key=lambda m: (m.start, m.end))
            self._mentions[analysis.article.id] = ordered
            self._starts[analysis.article.id] = [m.start for m in ordered]
        # an actor is keyed by its canonical name in the mentions and may be shown under the
        # spelling its articles use ("Dschidda" found, "Jeddah" shown): every spelling -> shown name
        self._shown: dict[str, str] = {}
        for actor in extraction.actors:
            self._shown[actor.name] = actor.name
        for actor in extraction.actors:
            for alias in actor.aliases:
                self._shown.setdefault(alias, actor.name)

    def article(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def actor_mentions(self, mention: EventMention, actors: Sequence[str]) -> list[Mention]:
        """The actor mentions inside ``mention``'s sentence that name one of ``actors``."""
        found = self._mentions.get(mention.article_id)
        if not found or not actors:
            return []
        wanted = set(actors)
        starts = self._starts[mention.article_id]
        out = []
        for m in found[bisect.bisect_left(starts, mention.start) : bisect.bisect_left(starts, mention.end)]:
            if m.end > mention.end:
                continue
            if self._shown.get(m.actor, m.actor) in wanted or m.actor in wanted or m.text in wanted:
                out.append(m)
        return out

    def spans(self, event: Event, mention: EventMention) -> list[Span]:
        """What to highlight in ``mention``'s sentence (relative to it) for ``event``: every date
        of the event written in it, and its actors."""
        same = [m for m in event.mentions if m is not mention and same_sentence(m, mention)]
        return snippet_spans(mention, self.actor_mentions(mention, event.actors), same)

    def article_spans(self, event: Event | None, article_id: str, start: int) -> list[Span]:
        """The same in article offsets, for the sentence of ``event`` starting at ``start``."""
        if event is None:
            return []
        mention = next((m for m in event.mentions if m.article_id == article_id and m.start == start), None)
        if mention is None:
            return []
        return [s.shifted(start) for s in self.spans(event, mention)]
