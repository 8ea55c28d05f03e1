"""Chronologies a newsroom can publish: TimelineJS3 JSON, CSV, iCalendar and a cited text
chronology in Markdown or HTML.  Qt-free: the CLI and the window's File > Export both call
:func:`build` and :func:`write`.

    chron = build(extraction.events, extraction.articles, lang="de", first=..., last=...)
    write("timelinejs", chron, "chronik.json")
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core.model import Article, Event, localized

#: format name -> usual file suffix
FORMATS: dict[str, str] = {"timelinejs": ".json", "csv": ".csv", "ics": ".ics", "md": ".md", "html": ".html"}


class ExportError(ValueError):
    """An export that cannot be written (unknown format, unwritable file): the message says which."""


@dataclass(frozen=True)
class Source:
    """An article as a chronology cites it."""

    id: str
    title: str
    outlet: str | None
    published: date | None
    path: str


@dataclass(frozen=True)
class Chronology:
    """What an export writes: events in date order, their sources and groups (lanes)."""

    events: tuple[Event, ...]
    sources: Mapping[str, Source]  # article id -> source
    groups: Mapping[str, str] = field(default_factory=dict)  # event id -> group (the timeline's lane)
    lang: str = "de"
    title: str = ""

    def cited(self) -> list[Source]:
        """The sources the events cite, in order of first citation (footnote order)."""
        seen: dict[str, Source] = {}
        for e in self.events:
            for s in event_sources(self, e):
                seen.setdefault(s.id, s)
        return list(seen.values())


def source_of(article: Article) -> Source:
    title = article.title or os.path.splitext(os.path.basename(article.path))[0]
    published = article.published.value if article.published is not None else None
    return Source(article.id, title, article.outlet, published, article.path)


def build(
    events: Iterable[Event],
    articles: Iterable[Article],
    *,
    lang: str = "de",
    first: date | None = None,
    last: date | None = None,
    ids: Collection[str] | None = None,
    groups: Mapping[str, str] | None = None,
    lane_mode: str = "actor",
    title: str = "",
) -> Chronology:
    """The events to export: those with an id in ``ids`` (all when None) that overlap
    ``first``..``last``, in date order.  ``groups`` maps event ids to lanes; without it the
    lanes are computed as the timeline does (``lane_mode``: actor, article or single)."""
    from desktop.core.exports.lanes import lanes
    from desktop.core.exports.wording import wording

    lang = lang if lang in ("de", "en") else "de"
    chosen = localized([
        e for e in events
        if (ids is None or e.id in ids) and (first is None or e.last >= first) and (last is None or e.first <= last)
    ], lang)  # labels quoted from reports in the export's language where there are some
    chosen.sort(key=lambda e: (e.first, e.last, e.label))
    sources = {a.id: source_of(a) for a in articles}
    if groups is None:
        titles = {k: s.title for k, s in sources.items()}
        groups = lanes(chosen, lane_mode, titles, lang)
    return Chronology(tuple(chosen), sources, dict(groups), lang, title or wording(lang)["title"])


def render(fmt: str, chron: Chronology) -> str:
    """The export as text (CSV with its BOM; iCalendar with CRLF line ends)."""
    if fmt == "timelinejs":
        import json

        from desktop.core.exports.timelinejs import timelinejs

        return json.dumps(timelinejs(chron), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        from desktop.core.exports.table import events_csv

        return events_csv(chron)
    if fmt == "ics":
        from desktop.core.exports.ical import icalendar_text

        return icalendar_text(chron)
    if fmt in ("md", "html"):
        from desktop.core.exports.text import html, markdown

        return markdown(chron) if fmt == "md" else html(chron)
    raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


def write(fmt: str, chron: Chronology, path: str | Path, mentions_path: str | Path | None = None) -> list[str]:
    """Write the export (and, for CSV, one row per source sentence to ``mentions_path``).

    Written to a temporary file first and renamed, so a failed export never leaves half a file
    over an old one.  Returns the paths written."""
    out = [(Path(path), render(fmt, chron))]
    if mentions_path is not None:
        if fmt != "csv":
            raise ExportError("one row per source sentence is a CSV export: use --format csv")
        from desktop.core.exports.table import mentions_csv

        out.append((Path(mentions_path), mentions_csv(chron)))
    written = []
    for target, text in out:
        tmp = target.with_name(target.name + ".part")
        try:
            # newline="" keeps the CRLF of CSV and iCalendar as written
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            os.replace(tmp, target)
        except OSError as exc:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise ExportError(f"{target}: cannot write the export ({exc.strerror or exc})") from None
        written.append(str(target))
    return written


def _reading_order(s: Source) -> tuple[date, str, str]:
    return (s.published or date.max, source_name(s).casefold(), s.id)


def event_sources(chron: Chronology, event: Event) -> list[Source]:
    """The event's sources, once each, the earliest published first."""
    found = {m.article_id: chron.sources[m.article_id] for m in event.mentions if m.article_id in chron.sources}
    return sorted(found.values(), key=_reading_order)




def source_name(s: Source) -> str:
    """How a note names a source: its outlet, else its title."""
    return s.outlet or s.title


def disputed_note(chron: Chronology, event: Event) -> str:
    """"Datum umstritten: 11. März 2025 laut Rheinbote; 12. März 2025 laut Elbkurier und ..."
    ("" when the sources agree)."""
    from desktop.core.disputes import date_claims
    from desktop.core.exports.wording import format_day, join_words, wording

    claims = date_claims(event)
    if not claims:
        return ""
    w = wording(chron.lang)
    parts = []
    for c in claims:
        known = sorted((chron.sources[a] for a in c.article_ids if a in chron.sources), key=_reading_order)
        names = [source_name(s) for s in known]
        parts.append(w["claim"].format(day=format_day(c.day, chron.lang), sources=join_words(names, chron.lang)))
    return f"{w['disputed']}: {'; '.join(parts)}"


__all__: Sequence[str] = ("FORMATS", "Chronology", "ExportError", "Source", "build", "render", "write", "disputed_note", "source_name", "event_sources")
