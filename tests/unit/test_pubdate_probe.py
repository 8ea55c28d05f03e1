"""Publication dates on the probe corpus (``tests/probe_pages.py``): pages as users save them.

Each page is read alone, as a user drops one saved page, through the readers and the pipeline
the CLI uses. A user notices the day shown in the article list: it must be the day the page
itself shows as first published, or "unknown" where the page shows none, never another day.
The date block and byline never become an actor or an event's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.model import Precision
from desktop.core.pipeline import analyse, make_article, read_documents, resolve_published
from tests.probe_pages import PAGES, Page, write_pages


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("probe")
    return {page.name: path for path, page in write_pages(Path(folder)).items()}


def _read(path: str):
    docs = read_documents(path)
    assert len(docs) == 1
    article = make_article(docs[0])
    return article, resolve_published([article])[article.id]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_day_shown_or_unknown_never_another(page: Page, written: dict[str, str]) -> None:
    _, pub = _read(written[page.name])
    got = pub.value.isoformat() if pub is not None and pub.precision == Precision.DAY else None
    assert got == page.want, f"{page.probes}: {pub}"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_date_block_and_byline_are_no_actor_and_no_event(page: Page, written: dict[str, str]) -> None:
    article, pub = _read(written[page.name])
    result = analyse(article, pub)
    for m in result.mentions:
        said = article.text[m.start:m.end]
        assert not any(name in said for name in page.not_actors), f"{said!r} taken as an actor"
    stamp = article.text.find(pub.evidence) if pub is not None and pub.evidence else -1
    if stamp > 0 and article.text[stamp - 1] != "\n":
        stamp = -1  # a date in a sentence of the body ("Heute, am Montag, ..."): that sentence is news
    for ev in result.event_mentions:
        for name in page.not_actors:
            assert name not in ev.sentence, f"an event cites the byline: {ev.sentence!r}"
        if stamp >= 0:
            assert not ev.start <= stamp < ev.end, f"an event cites the date line: {ev.sentence!r}"


def test_the_corpus_holds_both_answers() -> None:
    # the probe is worth something only with pages of both kinds, in both languages and formats
    assert sum(p.want is None for p in PAGES) >= 10 and sum(p.want is not None for p in PAGES) >= 40
    assert {p.name.split("-")[0] for p in PAGES} == {"de", "en"}
    assert {Path(p.name).suffix for p in PAGES} == {".txt", ".html", ".md"}
