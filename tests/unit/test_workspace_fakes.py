"""Stand-ins for pipeline stages that are not written yet (used by the workspace tests).

``install_missing(monkeypatch)`` replaces only what raises NotImplementedError or is
missing, so the same tests run against the real pipeline once it exists.  The fake
extractor knows a few invented names and German dates ("12. Februar 2025").
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.core import pipeline
from desktop.core.model import (
    Actor,
    ActorKind,
    Article,
    Document,
    Event,
    EventMention,
    Precision,
    Status,
)

MONTHS = {"Januar": 1, "Februar": 2, "März": 3, "April": 4, "Mai": 5, "Juni": 6}
_DATE = re.compile(r"(\d{1,2})\. (" + "|".join(MONTHS) + r") (\d{4})")
NAMES = ("Anna Berg", "Tom Krause", "Lena Vogt", "Paul Richter", "Jonas Weber")
_NAME = re.compile("|".join(NAMES))

# Test articles we wrote ourselves: one sentence per line.
ARTICLE_A = (
    "Gespräch zwischen Berg und Krause\n"
    "Berlin. Am 12. Februar 2025 telefonierte Kanzlerin Anna Berg mit Präsident Tom Krause.\n"
    "Das Gespräch dauerte nach Angaben beider Seiten etwa eine Stunde.\n"
    "Am 3. März 2025 traf Anna Berg den Minister Paul Richter in Wien.\n"
)
ARTICLE_B = (
    "Neue Gespräche in Sicht\n"
    "Am 12. Februar 2025 sprachen Anna Berg und Tom Krause am Telefon miteinander.\n"
    "Am 20. März 2025 reiste die Ministerin Lena Vogt nach Rom.\n"
)
ARTICLE_C = (
    "Treffen in Genf geplant\n"
    "Am 7. April 2025 kamen Jonas Weber und Lena Vogt in Genf zusammen.\n"
    "Die Gespräche sollen im Mai fortgesetzt werden.\n"
)


def write(folder: Path, name: str, text: str | bytes) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def fake_read_documents(path: str | os.PathLike[str]) -> list[Document]:
    from desktop.core.readers.files import read_bytes

    p = os.fspath(path)
    data = read_bytes(p)
    from desktop.core.readers.errors import ReadError

    if b"\x00" in data:
        raise ReadError(p, "binary", "binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ReadError(p, "encoding", "not UTF-8") from None
    return [Document(path=p, text=text, format="text")]


def fake_make_article(doc: Document) -> Article:
    key = hashlib.sha256(" ".join(doc.text.split()).encode()).hexdigest()[:16]
    title = doc.text.strip().splitlines()[0] if doc.text.strip() else None
    return Article(
        id=key,
        path=doc.path,
        text=doc.text,
        format=doc.format,
        title=title,
        outlet=doc.outlet,
        language="de",
        published=doc.published,
        regions=doc.regions,
        encoding=doc.encoding,
        warnings=doc.warnings,
    )


def fake_extract(articles: Sequence[Article], user_dates: dict[str, date] | None = None) -> pipeline.Extraction:
    by_day: dict[date, list[EventMention]] = {}
    for a in articles:
        for m in re.finditer(r"[^\n]+", a.text):  # one sentence per line in our test texts
            d = _DATE.search(m.group(0))
            if not d:
                continue
            day = date(int(d.group(3)), MONTHS[d.group(2)], int(d.group(1)))
            actors = tuple(dict.fromkeys(_NAME.findall(m.group(0))))
            by_day.setdefault(day, []).append(
                EventMention(
                    article_id=a.id,
                    start=m.start(),
                    end=m.end(),
                    sentence=m.group(0),
                    date_text=d.group(0),
                    first=day,
                    last=day,
                    precision=Precision.DAY,
                    status=Status.HAPPENED,
                    actors=actors,
                )
            )
    events = []
    for day in sorted(by_day):
        ms = tuple(by_day[day])
        actors = tuple(dict.fromkeys(x for m in ms for x in m.actors))
        events.append(
            Event(
                id=f"ev-{day.isoformat()}",
                first=day,
                last=day,
                precision=Precision.DAY,
                status=Status.HAPPENED,
                label=" – ".join(actors) or "event",
                actors=actors,
                mentions=ms,
            )
        )
    names = tuple(dict.fromkeys(x for e in events for x in e.actors))
    return pipeline.Extraction(
        analyses=tuple(pipeline.ArticleAnalysis(a, (), (), (), ()) for a in articles),
        events=tuple(events),
        actors=tuple(Actor(n, ActorKind.PERSON) for n in names),
    )


def _works(fn, *args) -> bool:  # type: ignore[no-untyped-def]
    """True when the real stage runs on a small probe (while it is being written it may not)."""
    try:
        fn(*args)
    except Exception:  # noqa: BLE001 - NotImplementedError, or a stage still half-written
        return False
    return True


def install_missing(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Patch the pipeline stages that are not implemented; returns their names."""
    patched = []
    doc = Document(path="probe.txt", text="Probe.\nAm 12. Februar 2025 sprach Anna Berg.", format="text")
    if not _has_read_path():
        monkeypatch.setattr(pipeline, "read_documents", fake_read_documents)
        patched.append("read_documents")
    if not _works(pipeline.make_article, doc):
        monkeypatch.setattr(pipeline, "make_article", fake_make_article)
        patched.append("make_article")
    if not _works(pipeline.extract, [fake_make_article(doc)]):
        monkeypatch.setattr(pipeline, "extract", fake_extract)
        patched.append("extract")
    if os.environ.get("CHRONIK_TEST_FAKE_PIPELINE"):
        for name, fn in (
            ("read_documents", fake_read_documents),
            ("make_article", fake_make_article),
            ("extract", fake_extract),
        ):
            monkeypatch.setattr(pipeline, name, fn)
        patched = ["read_documents", "make_article", "extract"]
    return patched


def _has_read_path() -> bool:
    try:
        from desktop.core.readers import read_path  # noqa: F401
    except ImportError:
        return False
    return True


def install_missing_plain() -> list[str]:
    """The same for a subprocess (no monkeypatch fixture)."""

    class _MP:
        def setattr(self, obj, name, value):  # type: ignore[no-untyped-def]
            setattr(obj, name, value)

    return install_missing(_MP())
