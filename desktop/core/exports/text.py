"""The cited text chronology, ready to paste under an article: one line per event,

    **12. Februar 2025** – Telefonat: Trump – Putin[^1][^2]

with numbered footnotes naming outlet, title and date of every source (each source one number,
however many events cite it), and a footnote for each disputed date.  Markdown and HTML say
the same; the words are the UI's language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from desktop.core.exports import Chronology, Source, disputed_note, event_sources
from desktop.core.exports.wording import format_day, format_when, status_word, wording
from desktop.core.model import Event, Status


@dataclass(frozen=True)
class Line:
    when: str
    text: str
    notes: tuple[int, ...]  # footnote numbers


def _source_note(s: Source, lang: str) -> str:
    w = wording(lang)
    q0, q1 = w["quote"]
    bits = [s.outlet] if s.outlet else []
    bits.append(f"{q0}{s.title}{q1}")
    bits.append(format_day(s.published, lang) if s.published else w["undated"])
    return ", ".join(bits) + "."


def lines(chron: Chronology) -> tuple[list[Line], list[str]]:
    """The chronology's lines and its footnotes (footnote n is ``notes[n - 1]``)."""
    number: dict[str, int] = {}
    notes: list[str] = []
    out = []
    for e in chron.events:
        refs = []
        for s in event_sources(chron, e):
            if s.id not in number:
                notes.append(_source_note(s, chron.lang))
                number[s.id] = len(notes)
            refs.append(number[s.id])
        disputed = disputed_note(chron, e)
        if disputed:
            notes.append(disputed + ".")
            refs.append(len(notes))
        out.append(Line(_when(e, chron.lang), e.label, tuple(refs)))
    return out, notes


def _when(e: Event, lang: str) -> str:
    when = format_when(e.first, e.last, e.precision, lang)
    return f"{when} ({status_word(e.status, lang)})" if e.status is Status.PLANNED else when


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown(chron: Chronology) -> str:
    rows, notes = lines(chron)
    out = [f"## {_md(chron.title)}", ""]
    for r in rows:
        out.append(f"**{_md(r.when)}** – {_md(r.text)}{''.join(f'[^{n}]' for n in r.notes)}")
        out.append("")
    for n, note in enumerate(notes, 1):
        out.append(f"[^{n}]: {_md(note)}")
    out += ["", f"*{_md(wording(chron.lang)['made_with'])}*", ""]
    return "\n".join(out)


def html(chron: Chronology) -> str:
    rows, notes = lines(chron)
    body = [f'<section class="chronik-chronology" lang="{chron.lang}">', f"<h2>{escape(chron.title)}</h2>"]
    for r in rows:
        refs = "".join(f'<sup><a href="#chronik-fn-{n}">{n}</a></sup>' for n in r.notes)
        body.append(f"<p><strong>{escape(r.when)}</strong> – {escape(r.text)}{refs}</p>")
    body.append('<ol class="chronik-footnotes">')
    body += [f'<li id="chronik-fn-{n}">{escape(note)}</li>' for n, note in enumerate(notes, 1)]
    body.append("</ol>")
    body.append(f"<p><small>{escape(wording(chron.lang)['made_with'])}</small></p>")
    body.append("</section>")
    return (
        f'<!DOCTYPE html>\n<html lang="{chron.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(chron.title)}</title>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
