"""The table models (checked with qtmodeltester), the filter proxy and date wording."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace  # noqa: E402
from datetime import date  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from desktop.core.model import (  # noqa: E402
    Article,
    DateSource,
    Event,
    EventMention,
    Precision,
    PubDate,
    Region,
    Status,
)
from desktop.core.model import Problem  # noqa: E402
from desktop.ui.article_list import ArticleListModel  # noqa: E402
from desktop.ui.event_model import (  # noqa: E402
    COL_DATE,
    COL_LABEL,
    COL_SOURCES,
    EventFilterProxy,
    EventIdRole,
    EventTableModel,
    format_date,
)
from desktop.ui.problems import ProblemsModel  # noqa: E402


def _mention(article: str, start: int, sentence: str, first: date, last: date, actors: tuple[str, ...]) -> EventMention:
    return EventMention(
        article_id=article,
        start=start,
        end=start + len(sentence),
        sentence=sentence,
        date_text="",
        first=first,
        last=last,
        precision=Precision.DAY,
        status=Status.HAPPENED,
        actors=actors,
    )


def _event(eid: str, first: date, label: str, actors: tuple[str, ...], articles: tuple[str, ...],
           last: date | None = None, precision: Precision = Precision.DAY,
           status: Status = Status.HAPPENED, sentence: str = "") -> Event:
    last = last or first
    mentions = tuple(
        _mention(a, 10 * i, sentence or f"{label} laut Bericht {a}.", first, last, actors)
        for i, a in enumerate(articles)
    )
    return Event(eid, first, last, precision, status, label, actors, mentions)


@pytest.fixture
def events() -> list[Event]:
    return [
        _event("e1", date(2025, 3, 14), "Kanzlerin trifft Bürgermeister", ("Anna Berger", "Tom Keller"), ("a1",)),
        _event("e2", date(2025, 2, 3), "Streik im Hafen angekündigt", ("Gewerkschaft",), ("a1", "a2"),
               status=Status.PLANNED, sentence="Die Gewerkschaft kündigt einen Streik im Hafen an."),
        _event("e3", date(2025, 4, 1), "Haushalt beschlossen", ("Stadtrat",), ("a2",),
               last=date(2025, 4, 30), precision=Precision.MONTH),
        _event("e4", date(2025, 5, 20), "Berger besucht Werft", ("Anna Berger",), ("a3",)),
    ]


def test_event_model_passes_modeltester(qtmodeltester, events):
    model = EventTableModel()
    model.set_events(events)
    qtmodeltester.check(model, force_py=True)
    # the tester stays connected: resets must be announced properly
    model.set_events(events[:2])
    model.set_events([])
    assert model.rowCount() == 0


def _signals(model) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: seen.append(("reset", -1, -1)))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    model.dataChanged.connect(lambda tl, br, _roles=(): seen.append(("changed", tl.row(), br.row())))
    return seen


def test_event_model_announces_rows_instead_of_resetting(qtmodeltester, events):
    model = EventTableModel()
    model.set_events(events)
    qtmodeltester.check(model, force_py=True)  # stays connected and checks every step below
    seen = _signals(model)
    renamed = replace(events[2], label="Haushalt verabschiedet")
    model.set_events([events[0], events[1], renamed, events[3]])  # one rename: one row changed
    assert seen == [("changed", 2, 2)]
    assert model.data(model.index(2, COL_LABEL)) == "Haushalt verabschiedet"
    seen.clear()
    extra = _event("e5", date(2025, 3, 20), "Neue Brücke eröffnet", ("Stadtrat",), ("a3",))
    model.set_events([events[0], extra, renamed])  # e2 and e4 gone, e5 new
    assert seen == [("removed", 3, 3), ("removed", 1, 1), ("inserted", 1, 1)]
    assert [model.event_at(r).id for r in range(model.rowCount())] == ["e1", "e5", "e3"]
    assert model.row_of("e3") == 2 and model.row_of("e2") == -1


def test_article_model_announces_a_new_article_as_one_inserted_row(qtmodeltester, events):
    arts = [Article(f"a{i}", f"/x/a{i}.txt", "Text.", "text", f"Titel {i}", None, "de", None, ()) for i in (1, 2, 3)]
    model = ArticleListModel()
    model.set_articles(arts[:2], events)
    qtmodeltester.check(model, force_py=True)
    seen = _signals(model)
    model.set_articles(arts, events)
    assert seen == [("inserted", 2, 2)]
    assert model.data(model.index(2, 4)) == "1"  # e4 cites a3


def test_proxy_passes_modeltester_while_filtering(qtmodeltester, events):
    model = EventTableModel()
    model.set_events(events)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_actor("Anna Berger")
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_search("werft")  # the tester watches the rows go
    assert proxy.rowCount() == 1
    model.set_events(events[:1])
    assert proxy.rowCount() == 0


def _ids(proxy: EventFilterProxy) -> list[str]:
    return [proxy.data(proxy.index(r, 0), EventIdRole) for r in range(proxy.rowCount())]


def test_proxy_sorts_by_date_not_by_text(events):
    model = EventTableModel()
    model.set_events(events)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    # "3 Feb" < "14 Mar" < "Apr" < "20 May" although the strings sort otherwise
    assert _ids(proxy) == ["e2", "e1", "e3", "e4"]
    proxy.sort(COL_SOURCES, Qt.SortOrder.DescendingOrder)
    assert _ids(proxy)[0] == "e2"
    proxy.sort(COL_LABEL, Qt.SortOrder.AscendingOrder)
    assert _ids(proxy)[0] == "e4"  # "Berger besucht Werft"


def test_filters_narrow_and_combine(events):
    model = EventTableModel()
    model.set_events(events)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    seen: list[int] = []
    proxy.filter_changed.connect(lambda: seen.append(proxy.rowCount()))
    assert proxy.visible_ids() is None  # nothing filtered

    proxy.set_actor("Anna Berger")
    assert set(_ids(proxy)) == {"e1", "e4"}
    proxy.set_search("werft")
    assert _ids(proxy) == ["e4"]
    proxy.set_search("")
    proxy.set_actor(None)

    proxy.set_article("a2")
    assert set(_ids(proxy)) == {"e2", "e3"}
    proxy.set_article(None)

    # the search also looks into the source sentences
    proxy.set_search("hafen gewerkschaft")
    assert _ids(proxy) == ["e2"]
    proxy.set_search("")

    # a month-long event overlaps a range that starts mid-month
    proxy.set_date_range(date(2025, 4, 15), date(2025, 5, 31))
    assert set(_ids(proxy)) == {"e3", "e4"}
    assert proxy.visible_ids() == {"e3", "e4"}
    proxy.clear_filters()
    assert proxy.rowCount() == 4
    assert proxy.visible_ids() is None
    assert seen and seen[-1] == 4


def test_article_and_problem_models_pass_modeltester(qtmodeltester, events):
    articles = [
        Article("a1", "/tmp/a1.txt", "Text eins", "text", "Erster Bericht", "Stadtblatt", "de",
                PubDate(date(2025, 3, 15), Precision.DAY, DateSource.METADATA), (Region(0, 9, "body"),)),
        Article("a2", "/tmp/a2.txt", "Text zwei", "text", None, None, "de", None, ()),
    ]
    model = ArticleListModel()
    model.set_articles(articles, events)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 2)) == "15 Mar 2025"
    assert model.data(model.index(0, 3)) == "metadata"
    assert model.data(model.index(1, 0)) == "Text zwei"  # no headline: its first sentence, not the file name
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).italic()  # marked as a stand-in
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, 4)) == "2"  # e1 and e2 cite a1


def test_problem_model_passes_modeltester(qtmodeltester):
    problems = ProblemsModel()
    problems.add_problems([Problem("/x/kaputt.pdf", "damaged", "the PDF is damaged")])
    qtmodeltester.check(problems, force_py=True)
    problems.add_problems([Problem("/x/leer.txt", "empty", "the file is empty")])
    problems.add_problems([Problem("/x/leer.txt", "empty", "the file is empty")])  # no duplicate
    assert problems.rowCount() == 2
    assert problems.data(problems.index(0, 0)) == "kaputt.pdf"


def test_every_problem_kind_has_its_own_label():
    from desktop.core.model import ProblemKind
    from desktop.core.readers.errors import KINDS
    from desktop.ui.problems import kind_labels, kind_text

    labels = kind_labels()
    assert set(labels) == set(ProblemKind)
    assert len(set(labels.values())) == len(labels)  # no two kinds read the same
    assert KINDS <= {k.value for k in ProblemKind}  # every reader kind is one of them
    model = ProblemsModel()
    model.add_problems([Problem(f"/x/{k.value}.txt", k, "what happened") for k in ProblemKind])
    shown = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    assert shown == [kind_text(k) for k in ProblemKind]
    assert kind_text("malformed") == "malformed file"  # a stored kind name finds its label


@pytest.mark.parametrize(
    ("first", "last", "precision", "text"),
    [
        (date(2025, 2, 12), date(2025, 2, 12), Precision.DAY, "12 Feb 2025"),
        (date(2025, 2, 1), date(2025, 2, 28), Precision.MONTH, "Feb 2025"),
        (date(2025, 3, 11), date(2025, 3, 20), Precision.RANGE, "Mid-March 2025 (range)"),
        (date(2025, 3, 21), date(2025, 3, 31), Precision.RANGE, "Late March 2025 (range)"),
        (date(2025, 2, 12), date(2025, 3, 2), Precision.RANGE, "12 Feb – 2 Mar 2025 (range)"),
        (date(2025, 1, 1), date(2025, 3, 31), Precision.QUARTER, "Q1 2025"),
        (date(2014, 1, 1), date(2014, 12, 31), Precision.YEAR, "2014"),
        (date(1978, 1, 1), date(1980, 12, 31), Precision.RANGE, "1978–1980 (range)"),
        (date(1940, 1, 1), date(1949, 12, 31), Precision.RANGE, "the 1940s (range)"),
        (date(1941, 1, 1), date(1950, 12, 31), Precision.RANGE, "1941–1950 (range)"),
    ],
)
def test_dates_are_said_like_a_reader_would(first, last, precision, text):
    assert format_date(first, last, precision) == text
