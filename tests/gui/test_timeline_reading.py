"""The timeline reads at a glance: geometry of labels, badges, markers and bars (offscreen).

Measured on the seed articles (when ../shared is present), the sample articles and 1,000
synthetic events, in every lane mode: no two labels overlap, no label covers a marker or a
bar of any event, every marker and bar in view is labelled or counted in a "+N" badge, and an
event on day D is drawn at x(D) within one pixel in the rendered picture.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from desktop.core.model import Event, EventMention, Precision, Status
from desktop.ui import theme
from desktop.ui.overview import to_x
from desktop.ui.synthetic import synthetic_events
from desktop.ui.timeline import TimelineWidget

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def timeline(qtbot):  # type: ignore[no-untyped-def]
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1400, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _extracted(paths: list[Path]) -> tuple[list[Event], dict[str, str]]:
    from desktop.session import extract_paths

    ex = extract_paths([str(p) for p in paths])
    return list(ex.events), {a.id: a.title or a.path for a in ex.articles}


def _corpora() -> list[tuple[str, list[Event], dict[str, str]]]:
    from desktop.core.resources import resource_path

    out = [("samples", *_extracted([resource_path("samples")])),
           ("disputed", *_extracted([ROOT / "tests" / "data" / "disputed"]))]  # a diamond-marked event
    if SEEDS.is_dir():
        out.append(("seeds", *_extracted([SEEDS])))
    out.append(("synthetic", synthetic_events(1000, seed=7, start=date(2025, 2, 1), end=date(2025, 5, 31)), {}))
    return out


CORPORA = _corpora()


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01


def _circle_hits_rect(cx: float, cy: float, r: float, rect: tuple[float, ...]) -> bool:
    nx, ny = min(max(cx, rect[0]), rect[2]), min(max(cy, rect[1]), rect[3])
    return (nx - cx) ** 2 + (ny - cy) ** 2 < (r - 0.5) ** 2


def layout_problems(w: TimelineWidget) -> list[str]:
    """Everything that makes the current picture hard to read, as sentences."""
    w.refresh_labels()
    size = w._vb.size()
    W = size.width()  # noqa: N806
    tr = w._vb.childTransform()
    sx, ox, sy, oy = tr.m11(), tr.m31(), tr.m22(), tr.m32()
    (vx0, vx1), _ = w._vb.viewRange()
    texts = [(r[:4], f"label of {w._events[r[4]].label!r}", r[4]) for r in w._label_rects]
    badges = [(r[:4], f"badge +{len(r[4])}", -1) for r in w._badge_rects]
    boxes = texts + badges
    problems = []
    for k, (a, name_a, _) in enumerate(boxes):
        for b, name_b, _ in boxes[k + 1:]:
            if _overlap(a, b):
                problems.append(f"{name_a} overlaps {name_b}")
    in_view = np.nonzero(w._vis & (w._x1 > vx0) & (w._x0 < vx1))[0]
    counted: set[int] = {r[4] for r in w._label_rects}
    for r in w._badge_rects:
        counted.update(r[4])
    counted.update(w._lane_overflow_members)  # "+N" beside the lane name
    bar_half = 2.5
    radius = w._radius(in_view)  # a disputed event's diamond counts as its marker
    for i, rad in zip(in_view.tolist(), radius.tolist()):
        cx, cy = w._xm[i] * sx + ox, w._y[i] * sy + oy
        on_screen = 0 <= cx <= W
        is_bar = w._x1[i] - w._x0[i] > 1.0
        if (on_screen or is_bar) and i not in counted:
            problems.append(f"{w._events[i].label!r} has neither a label nor a badge")
        bar = (max(w._x0[i] * sx + ox, -10), cy - bar_half, min(w._x1[i] * sx + ox, W + 10), cy + bar_half)
        for rect, name, owner in boxes:
            if owner != i and on_screen and _circle_hits_rect(cx, cy, rad, rect):
                problems.append(f"{name} covers the marker of {w._events[i].label!r}")
            if is_bar and _overlap(rect, bar):
                problems.append(f"{name} covers the bar of {w._events[i].label!r}")
    lanes = w._lane_axis.overflow()
    if sum(lanes.values()) != len(w._lane_overflow_members):
        problems.append("the lane counts do not add up")
    return problems


@pytest.mark.parametrize("name", [c[0] for c in CORPORA])
@pytest.mark.parametrize("mode", ["actor", "article", "single"])
def test_the_timeline_reads_at_a_glance(timeline: TimelineWidget, name: str, mode: str) -> None:
    events, titles = next((e, t) for n, e, t in CORPORA if n == name)
    timeline.set_lane_mode(mode)
    timeline.set_events(events, titles)
    for first, last in ((date(2025, 2, 1), date(2025, 5, 31)), (date(2025, 2, 10), date(2025, 3, 10)),
                        (date(2025, 3, 15), date(2025, 4, 20))):
        timeline.set_range(first, last)
        problems = layout_problems(timeline)
        assert not problems, f"{name}, lanes by {mode}, {first}–{last}: " + "; ".join(problems[:8])
        if first == date(2025, 2, 1):
            assert timeline.visible_labels()  # not readable by saying nothing


def _ev(eid: str, day: date, last: date | None = None, actors: tuple[str, ...] = ("Alpha",),
        label: str = "x", precision: Precision = Precision.DAY) -> Event:
    end = last or day
    m = EventMention(article_id="a", start=0, end=1, sentence="", date_text="", first=day, last=end,
                     precision=precision, status=Status.HAPPENED, actors=actors)
    return Event(id=eid, first=day, last=end, precision=precision, status=Status.HAPPENED, label=label,
                 actors=actors, mentions=(m,))


def _column_centroid(img, y: int, x_lo: int, x_hi: int, colour: QColor) -> float | None:  # type: ignore[no-untyped-def]
    xs, ws = [], []
    for x in range(max(0, x_lo), min(img.width(), x_hi)):
        c = img.pixelColor(x, y)
        d = abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue())
        if d < 60:
            xs.append(x)
            ws.append(1.0)
    return float(np.average(xs, weights=ws)) + 0.5 if xs else None


def test_an_event_on_day_d_is_drawn_at_x_of_d(timeline: TimelineWidget) -> None:
    """The rendered picture, not the model: the marker's pixels centre on day D's middle."""
    days = [date(2025, 2, 3), date(2025, 3, 1), date(2025, 3, 17), date(2025, 4, 30), date(2025, 5, 28)]
    events = [_ev(f"e{k}", d, actors=(f"Actor {k}",), label=f"E{k}") for k, d in enumerate(days)]
    timeline.set_events(events)
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    img = timeline.grab().toImage()
    for k, d in enumerate(days):
        scene = timeline._vb.mapViewToScene(QPointF(to_x(d) + 0.5, timeline._y[k]))
        pt = timeline._glw.mapTo(timeline, timeline._glw.mapFromScene(scene))
        expect_x, row = pt.x(), int(round(pt.y()))
        colour = timeline.actor_color(events[k].actors[0])
        got = _column_centroid(img, row, int(expect_x) - 15, int(expect_x) + 15, colour)
        assert got is not None, f"no marker drawn near {d}"
        assert abs(got - expect_x) <= 1.0, f"{d}: drawn at {got:.1f} px, x(D) = {expect_x:.1f} px"


def test_a_bar_spans_its_days_and_keeps_its_label_when_its_start_is_off_screen(timeline: TimelineWidget) -> None:
    month = _ev("m", date(2025, 3, 1), date(2025, 3, 31), label="A whole month of talks", precision=Precision.MONTH)
    timeline.set_events([month])
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    img = timeline.grab().toImage()
    y = timeline._y[0]
    for d, edge in ((date(2025, 3, 1), to_x(date(2025, 3, 1))), (date(2025, 3, 31), to_x(date(2025, 3, 31)) + 1)):
        scene = timeline._vb.mapViewToScene(QPointF(edge, y))
        pt = timeline._glw.mapTo(timeline, timeline._glw.mapFromScene(scene))
        row = int(round(pt.y()))
        tint = QColor(img.pixelColor(int(pt.x()) + (3 if d.day == 1 else -3), row))
        assert tint != img.pixelColor(int(pt.x()) + (-12 if d.day == 1 else 12), row), f"no bar edge at {d}"
    timeline.set_range(date(2025, 3, 10), date(2025, 4, 20))  # the bar's start is off-screen
    timeline.refresh_labels()
    assert "A whole month of talks" in timeline.visible_labels()
    left = next(r[0] for r in timeline._label_rects)
    assert left < 10  # at the left edge, where the bar enters the view
    assert not layout_problems(timeline)


def _cited(eid: str, day: date, articles: tuple[str, ...], label: str) -> Event:
    ms = tuple(EventMention(article_id=a, start=k, end=k + 1, sentence="", date_text="", first=day, last=day,
                            precision=Precision.DAY, status=Status.HAPPENED, actors=("Alpha",))
               for k, a in enumerate(articles))
    return Event(id=eid, first=day, last=day, precision=Precision.DAY, status=Status.HAPPENED, label=label,
                 actors=("Alpha",), mentions=ms)


def test_lanes_by_article_show_a_merged_event_in_each_citing_article(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    events = [_cited("call", date(2025, 2, 12), ("a", "b", "c"), "The call"),
              _cited("visit", date(2025, 3, 3), ("a",), "A visit"),
              _cited("talks", date(2025, 4, 9), ("b",), "Talks"),
              _cited("deal", date(2025, 5, 2), ("c",), "A deal")]
    titles = {"a": "Article A", "b": "Article B", "c": "Article C"}
    timeline.set_lane_mode("article")
    timeline.set_events(events, titles)
    assert sorted(timeline.lanes_of("call")) == ["Article A", "Article B", "Article C"]
    assert timeline.lanes_of("visit") == ["Article A"]
    copies = timeline.echo_positions("call")
    assert len(copies) == 2
    # the copy is drawn in the picture, at the event's day, and a click on it selects the event
    img = timeline._glw.grab().toImage()
    for c in copies:
        view = timeline._glw.mapFromScene(timeline._vb.mapToScene(c))
        assert img.pixelColor(view.x(), view.y()) == timeline.actor_color("Alpha")
    view = timeline._glw.mapFromScene(timeline._vb.mapToScene(copies[0]))
    timeline._on_hover(None, 0, timeline._vb.childTransform().inverted()[0].map(copies[0]))
    assert "The call" in timeline._vb.toolTip()  # hovering a copy names its event
    with qtbot.waitSignal(timeline.event_selected) as blocker:
        qtbot.mouseClick(timeline._glw.viewport(), Qt.MouseButton.LeftButton, pos=view)
    assert blocker.args == ["call"]
    assert not layout_problems(timeline)


def test_the_legend_shows_every_colour_in_use(timeline: TimelineWidget) -> None:
    events, titles = next((e, t) for n, e, t in CORPORA if n == "samples")
    timeline.set_lane_mode("article")
    timeline.set_events(events, titles)
    timeline._glw.grab()  # paint
    in_use = timeline.colours_in_use()
    assert len(in_use) >= 5
    assert timeline._legend.drawn_entries() == [name for name, _ in in_use]


def test_long_lane_names_elide_and_show_in_full_on_hover(timeline: TimelineWidget) -> None:
    long = ("A very long headline of an article that never fits the lane column, not even on the three lines "
            "of the widest column the timeline gives its lane names")
    timeline.set_lane_mode("article")
    timeline.set_events([_cited("x", date(2025, 3, 3), ("a",), "X")], {"a": long})
    ticks = timeline._lane_axis._tickLevels[0]
    assert ticks[0][1].endswith("…") and len(ticks[0][1]) < len(long)
    assert timeline._lane_axis.elided() == [True]
    # the pointer on the lane name shows it in full
    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    axis = timeline._lane_axis
    scene = axis.mapToScene(QPointF(axis.boundingRect().center().x(), 0)).x()
    y_scene = timeline._vb.mapViewToScene(QPointF(0, 0)).y()
    view_pt = timeline._glw.mapFromScene(QPointF(scene, y_scene))
    viewport = timeline._glw.viewport()
    for dx in (-6, -3, 0):
        pos = view_pt + QPoint(dx, 0)
        ev = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), Qt.MouseButton.NoButton,
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, ev)
        QApplication.processEvents()
        import time

        time.sleep(0.02)
    assert axis.toolTip() == long


def test_a_badge_names_what_it_counts_and_a_click_zooms_in(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    events = synthetic_events(1000, seed=7, start=date(2025, 2, 1), end=date(2025, 5, 31))
    timeline.set_events(events)
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    timeline.refresh_labels()
    left, top, right, bottom, members = max(timeline.badge_rects(), key=lambda r: len(r[4]))
    centre = QPointF((left + right) / 2, (top + bottom) / 2)
    tip = timeline.badge_tooltip(centre)
    assert timeline._events[min(members, key=lambda i: (timeline._x0[i], i))].label in tip
    span = timeline._vb.viewRange()[0][1] - timeline._vb.viewRange()[0][0]
    view = timeline._glw.mapFromScene(timeline._vb.mapToScene(centre))
    qtbot.mouseClick(timeline._glw.viewport(), Qt.MouseButton.LeftButton, pos=view)
    (x0, x1), _ = timeline._vb.viewRange()
    assert x1 - x0 < span
    assert all(x0 <= timeline._xm[i] <= x1 for i in members)


def test_no_grid_line_runs_through_a_label(timeline: TimelineWidget) -> None:
    """The time grid is drawn under the labels: inside a label's box the picture is the same
    with and without the grid."""
    from desktop.ui.synthetic import SAMPLE_ARTICLE_TITLES, sample_events

    timeline.set_events(sample_events(), SAMPLE_ARTICLE_TITLES)
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    timeline.refresh_labels()
    with_grid = timeline._glw.grab().toImage()
    source, timeline._bands.grid_source = timeline._bands.grid_source, None
    axis_grid = timeline._time_axis.grid
    timeline._time_axis.setGrid(False)  # no grid of any kind
    timeline._bands.update()
    without = timeline._glw.grab().toImage()
    timeline._bands.grid_source = source
    timeline._time_axis.setGrid(axis_grid)
    ticks = [v for _, values in source(*timeline._vb.viewRange()[0], timeline._vb.size().width())[:2]
             for v in values]
    tr = timeline._vb.childTransform()

    def view(x: float, y: float):  # type: ignore[no-untyped-def]
        return timeline._glw.mapFromScene(timeline._vb.mapToScene(QPointF(x, y)))

    crossed = 0
    for left, top, right, bottom, _i in timeline._label_rects:
        xs = [tr.map(QPointF(v, 0)).x() for v in ticks if left + 2 < tr.map(QPointF(v, 0)).x() < right - 2]
        for x in xs:
            crossed += 1
            for y in range(int(top) + 1, int(bottom)):
                p = view(x, y)
                for dx in (-1, 0, 1):
                    assert with_grid.pixel(p.x() + dx, p.y()) == without.pixel(p.x() + dx, p.y()), (
                        f"a grid line shows through the label at {left:.0f}–{right:.0f} px")
    assert crossed >= 3  # labels that do cross the grid were looked at
    # and the grid is there where no label is
    p = view(tr.map(QPointF(ticks[0], 0)).x(), timeline._vb.size().height() - 3)
    assert any(with_grid.pixel(p.x() + dx, p.y()) != without.pixel(p.x() + dx, p.y()) for dx in (-1, 0, 1))


def test_a_crowded_view_reads_too(timeline: TimelineWidget) -> None:
    """5,000 events in view: obstacles go through the occupancy raster; the rules still hold."""
    from desktop.ui import timeline as tl

    events = synthetic_events(5000, seed=11, start=date(2025, 2, 1), end=date(2025, 5, 31))
    timeline.set_events(events)
    for first, last in ((date(2025, 2, 1), date(2025, 5, 31)), (date(2025, 3, 1), date(2025, 3, 21))):
        timeline.set_range(first, last)
        (vx0, vx1), _ = timeline._vb.viewRange()
        n_view = int((timeline._vis & (timeline._x1 > vx0) & (timeline._x0 < vx1)).sum())
        assert n_view > tl.GRID_OBSTACLES or first.month != 2  # Feb-May: the raster is in use
        problems = layout_problems(timeline)
        assert not problems, f"{first}–{last}: " + "; ".join(problems[:8])


def test_the_rest_lane_and_its_count_say_what_they_are(timeline: TimelineWidget) -> None:
    """Not "Others +3" (three more actors?): the lane of the other actors, three events unlabelled."""
    timeline.set_events([_ev("a", date(2025, 3, 3), actors=("Alpha",), label="Alpha speaks"),
                         _ev("b", date(2025, 3, 4), actors=(), label="Something happens")])
    assert timeline.lane_names() == ["Alpha", "Other actors"]
    axis = timeline._lane_axis
    axis.set_overflow({1: 3})
    assert axis.shown_names()[1] == "Other actors\n+3 unlabelled"


def test_a_long_label_is_whole_where_the_room_beside_it_is_free(timeline: TimelineWidget) -> None:
    long = "The two delegations agree on a timetable for talks in Geneva"
    timeline.set_events([_ev("a", date(2025, 3, 3), label=long),
                         _ev("b", date(2025, 4, 20), actors=("Beta",), label="Beta answers")])
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    assert not layout_problems(timeline)
    assert long in timeline.visible_labels()  # not "The two delegations agree on a time…"
    # with a neighbour close by, the label stays short and the neighbour keeps its own
    timeline.set_events([_ev("a", date(2025, 3, 3), label=long),
                         _ev("b", date(2025, 3, 20), label="Beta answers")])
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    assert not layout_problems(timeline)
    shown = timeline.visible_labels()
    assert "Beta answers" in shown and long not in shown and any(t.endswith("…") for t in shown)


def test_headlines_as_lane_names_get_a_wider_column_where_the_timeline_has_room(timeline: TimelineWidget,  # type: ignore[no-untyped-def]
                                                                                 qtbot) -> None:
    """Lanes by article cut every headline after ~15 characters ("Telefonate, Gi…"), however wide
    the window; short actor names keep the narrow column (the room stays with the events)."""
    from PySide6.QtWidgets import QApplication

    towns = ["Nordheim", "Südhafen", "Westdorf", "Ostberg", "Lindau am See", "Kleinmühl", "Altbrück", "Eichwald",
             "Rotental", "Birkenau"]
    titles = {f"a{i}": f"Stadtrat von {town} stimmt zu" for i, town in enumerate(towns)}
    events = [_cited(f"e{i}", date(2025, 3, 1 + 2 * i), (aid,), f"Sitzung {i}") for i, aid in enumerate(titles)]
    timeline.set_events(events, titles)
    timeline.set_lane_mode("article")
    timeline.resize(1400, 340)  # ten lanes of one line each
    QApplication.processEvents()
    axis = timeline._lane_axis
    shown = axis.shown_names()
    assert sorted(shown) == sorted(titles.values())  # every headline whole, on one line ...
    assert axis.width() <= 0.28 * 1400  # ... and most of the width still for the events
    # a narrow timeline keeps most of its width for the events: the headlines elide again
    timeline.resize(560, 420)
    QApplication.processEvents()
    assert axis.width() <= 0.28 * 560 + 1 or axis.width() == theme.LANE_AXIS_WIDTH
    assert any(axis.elided())
    # short names: the usual column
    timeline.set_lane_mode("actor")
    timeline.resize(1400, 420)
    QApplication.processEvents()
    assert axis.width() == theme.LANE_AXIS_WIDTH


def test_a_colour_entry_cut_short_in_a_narrow_legend_shows_its_name_on_hover(timeline: TimelineWidget) -> None:
    """At 1000 px in lanes by article the legend said "Wolo…" and "Dona…", and nothing said more."""
    import time

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    events, titles = next((e, t) for n, e, t in CORPORA if n == "samples")
    timeline.set_lane_mode("article")
    timeline.set_events(events, titles)
    timeline.resize(620, 600)
    QApplication.processEvents()
    legend = timeline._legend
    cut = [(row, x, name) for row, x, name, shown, _ in legend._layout(legend.size().width())[1] if shown != name]
    assert cut  # the narrow legend elides some names ...
    viewport = timeline._glw.viewport()
    for row, x, name in cut:
        local = QPointF(x + 20, legend._row_centre(row))
        pos = timeline._glw.mapFromScene(legend.mapToScene(local))
        ev = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), Qt.MouseButton.NoButton,
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, ev)
        QApplication.processEvents()
        time.sleep(0.02)
        assert legend.toolTip() == name  # ... and the pointer on one shows it whole
