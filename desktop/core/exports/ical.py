"""iCalendar (RFC 5545): one all-day VEVENT per event.

A day is DTSTART;VALUE=DATE with DTEND the next day (DTEND is exclusive); a month, week,
quarter, year or range spans its whole interval.  Planned events are STATUS:TENTATIVE, reported
ones CONFIRMED.  The description cites every source sentence; a disputed date says which source
gives which day.  Lines end in CRLF and are folded at 75 octets, as the RFC asks.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop import __version__
from desktop.core.exports import Chronology, disputed_note, source_name
from desktop.core.exports.wording import format_day, wording
from desktop.core.model import Status


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (never inside a UTF-8 sequence)."""
    out: list[str] = []
    cur: list[str] = []
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(cur))
            cur, size, limit = [], 0, 74  # continuation lines start with a space
        cur.append(ch)
        size += n
    out.append("".join(cur))
    return "\r\n ".join(out)


def icalendar_text(chron: Chronology, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lang = chron.lang
    q0, q1 = wording(lang)["quote"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Chronik//Chronik {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(chron.title)}",
    ]
    for e in chron.events:
        desc = []
        note = disputed_note(chron, e)
        if note:
            desc.append(note)
        for m in e.mentions:
            s = chron.sources.get(m.article_id)
            cite = ""
            if s is not None:
                cite = " — " + source_name(s) + (f", {format_day(s.published, lang)}" if s.published else "")
            desc.append(q0 + " ".join(m.sentence.split()) + q1 + cite)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@chronik",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{e.first.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(e.last + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(e.label)}",
            f"DESCRIPTION:{escape_text(chr(10).join(desc))}",
            f"STATUS:{'TENTATIVE' if e.status is Status.PLANNED else 'CONFIRMED'}",
            "TRANSP:TRANSPARENT",
        ]
        group = chron.groups.get(e.id)
        if group:
            lines.append(f"CATEGORIES:{escape_text(group)}")
        if note:
            lines.append(f"COMMENT:{escape_text(note)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
