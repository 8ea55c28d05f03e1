"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

A ``title`` slide and one slide per event: ``start_date``/``end_date`` objects only as precise
as the event (a month has no day), ``text.headline`` the label, ``text.text`` the cited
sentences with their sources (HTML), ``group`` the timeline's lane, ``display_date`` in the UI's
language; a disputed date adds a note naming which source gives which day.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from desktop.core.exports import Chronology, disputed_note, source_name
from desktop.core.exports.wording import format_day, format_when, status_word, wording
from desktop.core.model import Event, Precision, Status


def date_object(d: date, precision: Precision) -> dict[str, int]:
    """A TimelineJS date as precise as ``precision``: year; year and month; or the day."""
    if precision is Precision.YEAR:
        return {"year": d.year}
    if precision in (Precision.MONTH, Precision.QUARTER):
        return {"year": d.year, "month": d.month}
    return {"year": d.year, "month": d.month, "day": d.day}


def _dates(e: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"start_date": date_object(e.first, e.precision)}
    end = date_object(e.last, e.precision)
    if end != out["start_date"]:
        out["end_date"] = end
    return out


def _text(chron: Chronology, e: Event) -> str:
    lang = chron.lang
    q0, q1 = wording(lang)["quote"]
    parts = []
    if e.status is Status.PLANNED:
        parts.append(f"<p><em>{escape(status_word(e.status, lang))}</em></p>")
    note = disputed_note(chron, e)
    if note:
        parts.append(f'<p class="chronik-disputed"><strong>{escape(note)}</strong></p>')
    for m in e.mentions:
        s = chron.sources.get(m.article_id)
        cite = ""
        if s is not None:
            bits = [escape(source_name(s))]
            if s.outlet:
                bits.append(escape(f"{q0}{s.title}{q1}"))
            if s.published:
                bits.append(escape(format_day(s.published, lang)))
            cite = f"<br><small>— {', '.join(bits)}</small>"
        parts.append(f"<p>{escape(q0 + ' '.join(m.sentence.split()) + q1)}{cite}</p>")
    return "".join(parts)


def timelinejs(chron: Chronology) -> dict[str, Any]:
    w = wording(chron.lang)
    events = []
    for e in chron.events:
        slide: dict[str, Any] = {
            **_dates(e),
            "display_date": format_when(e.first, e.last, e.precision, chron.lang),
            "text": {"headline": escape(e.label), "text": _text(chron, e)},
            "unique_id": f"chronik-{e.id}",
        }
        group = chron.groups.get(e.id)
        if group:
            slide["group"] = group
        events.append(slide)
    if chron.events:
        first = min(e.first for e in chron.events)
        last = max(e.last for e in chron.events)
        span = format_when(first, last, Precision.RANGE, chron.lang)
    else:
        span = w["undated"]
    n, k = len(chron.events), len(chron.cited())
    summary = w["summary"].format(events=n, events_word=w["event_words"][n != 1], articles=k,
                                  articles_word=w["article_words"][k != 1], span=span)
    return {
        "title": {"text": {"headline": escape(chron.title), "text": f"<p>{escape(summary)}</p>"}},
        "events": events,
    }
