"""CSV for spreadsheets: UTF-8 with a BOM (so Excel and LibreOffice read umlauts right), one row
per event; on request a second file with one row per source sentence.  Dates are ISO (YYYY-MM-DD)
so the desk can sort them; lists inside a cell are separated by "; "."""

from __future__ import annotations

import csv
import io

from desktop.core.disputes import date_claims
from desktop.core.exports import Chronology, event_sources, source_name
from desktop.core.model import Event

BOM = "\ufeff"

EVENT_COLUMNS = (
    "id", "date", "end", "precision", "status", "label", "actors", "sources", "source_titles", "outlets",
    "first_sentence", "disputed_dates", "group",
)  # fmt: skip
MENTION_COLUMNS = (
    "event_id", "event_date", "event_label", "article_title", "outlet", "published", "date_text",
    "date", "end", "precision", "sentence", "start", "stop", "path",
)  # fmt: skip


def _disputed(chron: Chronology, e: Event) -> str:
    """"2025-03-11: Rheinbote; 2025-03-12: Elbkurier, Harbour Times" ("" when the sources agree)."""
    parts = []
    for c in date_claims(e):
        names = [source_name(s) for s in event_sources(chron, e) if s.id in c.article_ids]
        parts.append(f"{c.day.isoformat()}: {', '.join(names)}")
    return "; ".join(parts)


def _csv(rows: list[list[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)  # RFC 4180: quoted where needed, CRLF line ends
    writer.writerows(rows)
    return BOM + buf.getvalue()


def events_csv(chron: Chronology) -> str:
    rows: list[list[object]] = [list(EVENT_COLUMNS)]
    for e in chron.events:
        sources = event_sources(chron, e)
        rows.append([
            e.id, e.first.isoformat(), e.last.isoformat(), e.precision.value, e.status.value, e.label,
            "; ".join(e.actors), len(sources), "; ".join(s.title for s in sources),
            "; ".join(dict.fromkeys(s.outlet for s in sources if s.outlet)),
            " ".join(e.mentions[0].sentence.split()) if e.mentions else "",
            _disputed(chron, e), chron.groups.get(e.id, ""),
        ])  # fmt: skip
    return _csv(rows)


def mentions_csv(chron: Chronology) -> str:
    rows: list[list[object]] = [list(MENTION_COLUMNS)]
    for e in chron.events:
        for m in e.mentions:
            s = chron.sources.get(m.article_id)
            rows.append([
                e.id, e.first.isoformat(), e.label, s.title if s else "", (s.outlet or "") if s else "",
                s.published.isoformat() if s and s.published else "", m.date_text,
                m.first.isoformat() if m.first else "", m.last.isoformat() if m.last else "",
                m.precision.value if m.precision else "", " ".join(m.sentence.split()), m.start, m.end,
                s.path if s else "",
            ])  # fmt: skip
    return _csv(rows)
