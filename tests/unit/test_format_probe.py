"""The format probe corpora (``tests/probe_formats.py``, both sets): saved pages, e-mails, notes and PDFs as users drop them.

Each file is read alone, through the readers and the pipeline the CLI uses. A user notices the
day in the article list (the day the file shows, or "unknown" where it shows none, never another
day), and furniture on the timeline: no sentence of a menu, consent box, caption, comment, quoted
message or signature is an event, and no byline, credit, commenter or correspondent is an actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.model import Precision
from desktop.core.pipeline import analyse, make_article, read_documents, resolve_published
from tests.probe_formats import FORMAT_HELDOUT, FORMAT_PAGES, FormatPage, write_format_pages

ALL = FORMAT_PAGES + FORMAT_HELDOUT


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("formats")
    return {page.name: path for path, page in write_format_pages(Path(folder), ALL).items()}


def _read(path: str):
    docs = read_documents(path)
    assert len(docs) == 1
    article = make_article(docs[0])
    pub = resolve_published([article])[article.id]
    return article, pub, analyse(article, pub)


@pytest.mark.parametrize("page", ALL, ids=[p.name for p in ALL])
def test_the_day_the_file_shows_or_unknown(page: FormatPage, written: dict[str, str]) -> None:
    _, pub, _ = _read(written[page.name])
    got = pub.value.isoformat() if pub is not None and pub.precision == Precision.DAY else None
    assert got == page.want, f"{page.probes}: {pub}"


@pytest.mark.parametrize("page", ALL, ids=[p.name for p in ALL])
def test_furniture_is_no_event_and_no_actor(page: FormatPage, written: dict[str, str]) -> None:
    article, _, result = _read(written[page.name])
    for ev in result.event_mentions:
        for f in page.furniture:
            assert f.casefold() not in ev.sentence.casefold(), f"{page.probes}: an event cites {f!r}: {ev.sentence!r}"
    for m in result.mentions:
        said = article.text[m.start:m.end]
        for name in page.never:
            assert name not in said and said not in name.split(), f"{page.probes}: {said!r} taken as an actor"


def test_the_corpus_covers_every_format_and_both_languages() -> None:
    assert {Path(p.name).suffix for p in FORMAT_PAGES} == {".html", ".eml", ".md", ".txt", ".pdf"}
    assert {p.name.split("-")[0] for p in FORMAT_PAGES} == {"de", "en"}
    assert sum(p.want is None for p in FORMAT_PAGES) >= 3
