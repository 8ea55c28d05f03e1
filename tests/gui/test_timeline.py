"""TimelineWidget: markers, range, zoom, selection, filter, lanes, labels, keys (offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.core.model import Event, EventMention, Precision, Status
from desktop.ui.overview import TimeAxis, from_x, to_x
from desktop.ui.synthetic import SAMPLE_ARTICLE_TITLES, sample_events, synthetic_events
from desktop.ui.timeline import TimelineWidget


def _event(eid: str, day: str, label: str, actors: tuple[str, ...], sources: int = 1,
           last: str | None = None, precision: Precision = Precision.DAY,
           status: Status = Status.HAPPENED, article: str = "a1") -> Event:
    first = date.fromisoformat(day)
    end = date.fromisoformat(last) if last else first
    mentions = tuple(
        EventMention(article_id=f"{article}-{k}" if k else article, start=k, end=k + 1, sentence="",
                     date_text="", first=first, last=end, precision=precision, status=status, actors=actors)
        for k in range(sources)
    )
    return Event(id=eid, first=first, last=end, precision=precision, status=status, label=label,
                 actors=actors, mentions=mentions)


HAND = [
    _event("h1", "2025-02-12", "Two leaders talk by phone", ("Alpha", "Beta"), sources=5),
    _event("h2", "2025-02-20", "Alpha visits the capital", ("Alpha",), sources=2),
    _event("h3", "2025-03-01", "Spring negotiations", ("Beta",), last="2025-03-31",
           precision=Precision.MONTH, sources=3, article="a2"),
    _event("h4", "2025-04-10", "Summit planned", ("Gamma",), status=Status.PLANNED, article="a2"),
    _event("h5", "2025-05-05", "Beta signs a treaty", ("Beta", "Gamma"), sources=4, article="a3"),
    _event("h6", "2014-03-18", "Old background event", ("Alpha",), article="a3"),
]


@pytest.fixture
def timeline(qtbot):  # type: ignore[no-untyped-def]
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1200, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def _span_days(w: TimelineWidget) -> float:
    x0, x1 = w._vb.viewRange()[0]
    return x1 - x0


def test_first_open_shows_feb_to_may_2025(timeline: TimelineWidget) -> None:
    assert timeline.visible_range() == (date(2025, 2, 1), date(2025, 5, 31))
    timeline.set_events(HAND)
    assert timeline.visible_range() == (date(2025, 2, 1), date(2025, 5, 31))
    timeline.fit_all()
    timeline.show_default_range()
    assert timeline.visible_range() == (date(2025, 2, 1), date(2025, 5, 31))


def test_set_events_creates_one_marker_per_event_at_its_date(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    scatter = timeline.scatter()
    assert len(scatter.data) == len(HAND)
    assert sorted(scatter.data["data"].tolist()) == sorted(e.id for e in HAND)
    i = list(scatter.data["data"]).index("h1")
    assert from_x(scatter.data["x"][i]) == date(2025, 2, 12)
    # more sources -> bigger marker
    j = list(scatter.data["data"]).index("h4")
    assert scatter.data["size"][i] > scatter.data["size"][j]


def test_month_event_is_drawn_as_a_bar_over_its_interval(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    bars = timeline._bars
    assert len(bars._x0) == 1
    assert from_x(bars._x0[0]) == date(2025, 3, 1)
    assert from_x(bars._x1[0] - 0.5) == date(2025, 3, 31)


def test_zoom_in_out_keeps_the_middle_and_fit_all_shows_everything(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    before = _span_days(timeline)
    x0, x1 = timeline._vb.viewRange()[0]
    timeline.zoom(0.5)
    assert _span_days(timeline) == pytest.approx(before / 2)
    nx0, nx1 = timeline._vb.viewRange()[0]
    assert (nx0 + nx1) / 2 == pytest.approx((x0 + x1) / 2)
    timeline.zoom(4.0)
    assert _span_days(timeline) == pytest.approx(before * 2)
    timeline.zoom(0.5, center=date(2025, 3, 15))
    first, last = timeline.visible_range()
    assert first < date(2025, 3, 15) < last
    timeline.fit_all()
    first, last = timeline.visible_range()
    assert first <= date(2014, 3, 18) and last >= date(2025, 5, 5)


def test_zoom_is_limited_between_an_hour_and_decades(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    for _ in range(40):
        timeline.zoom(0.2)
    assert _span_days(timeline) == pytest.approx(1 / 24, rel=1e-3)
    first, last = timeline.visible_range()
    assert (last - first).days <= 1
    for _ in range(40):
        timeline.zoom(5.0)
    assert 365 * 10 < _span_days(timeline) <= 365.25 * 60 + 1


def test_pan_and_set_range(timeline: TimelineWidget) -> None:
    timeline.set_range(date(2025, 3, 1), date(2025, 3, 31))
    assert timeline.visible_range() == (date(2025, 3, 1), date(2025, 3, 31))
    timeline.pan(0.5)
    first, last = timeline.visible_range()
    assert first == date(2025, 3, 16)
    timeline.pan(-0.5)
    assert timeline.visible_range() == (date(2025, 3, 1), date(2025, 3, 31))


def test_range_changed_signal_carries_dates(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(timeline.range_changed) as blocker:
        timeline.set_range(date(2025, 4, 1), date(2025, 4, 30))
    assert blocker.args == [date(2025, 4, 1), date(2025, 4, 30)]


def _viewport_pos(w: TimelineWidget, event_id: str) -> QPoint:
    pos = w.marker_position(event_id)
    assert pos is not None
    view = w.graphics_view()
    return view.viewport().mapFrom(w, pos.toPoint())


def test_clicking_a_marker_selects_it_and_empty_space_clears(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline.set_events(HAND)
    qtbot.wait(10)
    viewport = timeline.graphics_view().viewport()
    with qtbot.waitSignal(timeline.event_selected) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_viewport_pos(timeline, "h2"))
    assert blocker.args == ["h2"]
    assert timeline.selected() == "h2"
    assert len(timeline._sel_ring.data) == 1
    # a spot in an empty lane area, far from any marker
    empty = _viewport_pos(timeline, "h2") + QPoint(0, 0)
    empty.setX(_viewport_pos(timeline, "h4").x())  # April, but in the lane of h2 (no event there)
    with qtbot.waitSignal(timeline.event_selected) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=empty)
    assert blocker.args == [""]
    assert timeline.selected() is None
    assert len(timeline._sel_ring.data) == 0


def test_double_click_activates(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline.set_events(HAND)
    with qtbot.waitSignal(timeline.event_activated) as blocker:
        timeline.scatter().sigClicked.emit(timeline.scatter(), timeline.scatter().points()[:1], _FakeClick(True))
    assert blocker.args == [HAND[0].id]


class _FakeClick:
    def __init__(self, double: bool) -> None:
        self._double = double

    def double(self) -> bool:
        return self._double


def test_selection_survives_filter_and_zoom_until_filtered_out(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    timeline.set_selected("h5")
    assert timeline.selected() == "h5"
    timeline.set_visible_ids({"h5", "h1"})
    assert timeline.selected() == "h5"
    timeline.zoom(0.25)
    timeline.zoom(8.0)
    assert timeline.selected() == "h5"
    timeline.set_visible_ids({"h1"})
    assert timeline.selected() is None
    timeline.set_visible_ids(None)
    timeline.set_selected("nope")
    assert timeline.selected() is None


def test_filter_hides_markers_and_their_labels(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    timeline.refresh_labels()
    assert "Two leaders talk by phone" in timeline.visible_labels()
    timeline.set_visible_ids({"h2", "h5"})
    assert timeline.scatter().data["visible"].sum() == 2
    timeline.refresh_labels()
    assert "Two leaders talk by phone" not in timeline.visible_labels()
    assert set(timeline.visible_labels()) == {"Alpha visits the capital", "Beta signs a treaty"}


def test_set_selected_reveals_an_event_out_of_view(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    timeline.set_selected("h6")
    first, last = timeline.visible_range()
    assert first <= date(2014, 3, 18) <= last


def test_lane_modes(timeline: TimelineWidget) -> None:
    titles = {"a1": "First article", "a2": "Second article", "a3": "Third article"}
    timeline.set_events(HAND, titles)
    assert timeline.lane_mode() == "actor"
    assert timeline.lane_names()[:2] == ["Alpha", "Beta"]
    assert timeline.lane_of("h1") == "Alpha"
    assert timeline.lane_of("h3") == "Beta"
    timeline.set_lane_mode("article")
    assert {"First article", "Second article", "Third article"} <= set(timeline.lane_names())
    assert timeline.lane_of("h3") == "Second article"
    assert set(timeline.lanes_of("h3")) - {"Second article"}  # its other sources' lanes too
    timeline.set_lane_mode("single")
    assert timeline.lane_names() == ["All events"]
    ys = set(timeline.scatter().data["y"].round().tolist())
    assert ys == {0.0}
    with pytest.raises(ValueError):
        timeline.set_lane_mode("colour")


def test_actor_lanes_cap_and_others(timeline: TimelineWidget) -> None:
    events = synthetic_events(600, seed=3, n_actors=20)
    timeline.set_events(events)
    names = timeline.lane_names()
    assert len(names) == 9 and names[-1] == "Other actors"
    lanes_used = set(timeline.scatter().data["y"].round().astype(int).tolist())
    assert lanes_used == set(range(9))  # no empty lane


def test_labels_are_capped_and_do_not_overlap(timeline: TimelineWidget) -> None:
    timeline.set_events(synthetic_events(3000, seed=1))
    timeline.refresh_labels()
    labels = timeline._labels._labels
    assert 0 < len(labels) <= 60
    tr = timeline._vb.childTransform()
    h = timeline._labels.height
    rects = []
    for x, y, _text, dx, dy, w, _planned, _kind, _r in labels:
        pt = tr.map(pg_point(x, y))
        rects.append((pt.x() + dx, pt.y() + dy - h / 2, pt.x() + dx + w, pt.y() + dy + h / 2))
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def pg_point(x: float, y: float):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_most_reported_events_get_labels_first(timeline: TimelineWidget) -> None:
    timeline.set_events(sample_events(), SAMPLE_ARTICLE_TITLES)
    timeline.refresh_labels()
    assert "Oval Office meeting ends in a row" in timeline.visible_labels()


def test_tooltip_has_date_label_and_sources(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    tip = timeline.tooltip_text("h1")
    assert "12 Feb 2025" in tip and "Two leaders talk by phone" in tip and "5 sources" in tip
    assert "Mar 2025" in timeline.tooltip_text("h3")
    assert "planned" in timeline.tooltip_text("h4")


def test_keyboard_zoom_pan_home(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline.set_events(HAND)
    span = _span_days(timeline)
    qtbot.keyClick(timeline.graphics_view(), Qt.Key.Key_Plus)
    assert _span_days(timeline) == pytest.approx(span / 1.5)
    qtbot.keyClick(timeline.graphics_view(), Qt.Key.Key_Minus)
    assert _span_days(timeline) == pytest.approx(span)
    first = timeline.visible_range()[0]
    qtbot.keyClick(timeline.graphics_view(), Qt.Key.Key_Right)
    assert timeline.visible_range()[0] > first
    qtbot.keyClick(timeline.graphics_view(), Qt.Key.Key_Home)
    assert timeline.visible_range()[0] <= date(2014, 3, 18)


def test_overview_follows_the_view_and_drives_it(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    ov = timeline.overview()
    assert ov is not None
    lo, hi = ov.region()
    assert (lo, hi) == pytest.approx(timeline._vb.viewRange()[0])
    # the overview shows all data, 2014 included
    vx0, vx1 = ov.getPlotItem().getViewBox().viewRange()[0]
    assert vx0 <= to_x(date(2014, 3, 18)) and vx1 >= to_x(date(2025, 5, 6))
    ov._region.setRegion((to_x(date(2025, 3, 1)), to_x(date(2025, 4, 1))))
    assert timeline.visible_range() == (date(2025, 3, 1), date(2025, 3, 31))
    ov.center_region_on(to_x(date(2025, 5, 16)) + 0.5)  # what a click beside the region does
    first, last = timeline.visible_range()
    assert (first, last) == (date(2025, 5, 1), date(2025, 5, 31))


def test_axis_labels_adapt_from_years_to_hours() -> None:
    axis = TimeAxis()
    lo, hi = to_x(date(2010, 1, 1)), to_x(date(2026, 1, 1))
    levels = axis.tickValues(lo, hi, 1000)
    years = axis.tickStrings(levels[0][1], 1, levels[0][0])
    assert "2014" in years or "2015" in years
    lo = to_x(date(2025, 2, 12))
    levels = axis.tickValues(lo, lo + 0.5, 1000)
    labels = [s for spacing, values in levels for s in axis.tickStrings(values, 1, spacing)]
    assert "06:00" in labels
    six_utc = lo + 0.25
    assert axis.tickStrings([six_utc], 1, 1 / 24) == ["06:00"]
    axis.set_utc_offset_hours(2)
    assert axis.tickStrings([six_utc], 1, 1 / 24) == ["08:00"]
    levels = axis.tickValues(lo, lo + 0.5, 1000)
    hours = [s for spacing, values in levels[1:] for s in axis.tickStrings(values, 1, spacing)]
    assert hours and all(int(h[:2]) % 3 == 0 for h in hours)  # ticks on local round hours


def test_set_events_again_keeps_range_and_selection(timeline: TimelineWidget) -> None:
    timeline.set_events(HAND)
    timeline.set_range(date(2025, 3, 1), date(2025, 3, 31))
    timeline.set_selected("h3")
    timeline.set_events(HAND + [_event("h7", "2025-03-20", "New event", ("Delta",))])
    assert timeline.visible_range() == (date(2025, 3, 1), date(2025, 3, 31))
    assert timeline.selected() == "h3"
    timeline.set_events(HAND[:2])
    assert timeline.selected() is None


def test_many_events_render_without_error(timeline: TimelineWidget) -> None:
    timeline.set_events(synthetic_events(20000, seed=2))
    timeline.fit_all()
    img = timeline.grab().toImage()
    assert not img.isNull()
    assert timeline.visible_range()[0] <= date(2014, 12, 31)
    assert timeline.visible_range()[1] >= date(2025, 6, 1) - timedelta(days=5)


def _send_mouse(widget, kind, pos: QPoint, buttons) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease}
    button = Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton
    local = QPointF(pos)
    ev = QMouseEvent(types[kind], local, QPointF(widget.mapToGlobal(pos)), button, buttons,
                     Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def test_wheel_zooms_time_only_and_drag_pans(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    timeline.set_events(HAND)
    viewport = timeline.graphics_view().viewport()
    y_before = timeline._vb.viewRange()[1]
    span = _span_days(timeline)
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert _span_days(timeline) < span * 0.9
    assert timeline._vb.viewRange()[1] == pytest.approx(y_before)

    first = timeline.visible_range()[0]
    start = QPoint(viewport.width() // 2, viewport.height() // 2)
    _send_mouse(viewport, "press", start, Qt.MouseButton.LeftButton)
    for dx in range(0, 301, 30):
        _send_mouse(viewport, "move", start + QPoint(dx, 40), Qt.MouseButton.LeftButton)
    _send_mouse(viewport, "release", start + QPoint(300, 40), Qt.MouseButton.NoButton)
    assert timeline.visible_range()[0] < first  # dragged to the right: earlier dates come into view
    assert timeline._vb.viewRange()[1] == pytest.approx(y_before)


def test_hover_shows_a_tooltip_for_the_marker(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline.set_events(HAND)
    viewport = timeline.graphics_view().viewport()
    _send_mouse(viewport, "move", _viewport_pos(timeline, "h5"), Qt.MouseButton.NoButton)
    qtbot.wait(20)
    assert "Beta signs a treaty" in timeline._vb.toolTip()
    assert "5 May 2025" in timeline._vb.toolTip()
    assert len(timeline._hover_ring.data) == 1


def test_empty_and_odd_inputs(timeline: TimelineWidget) -> None:
    timeline.set_events([])
    timeline.fit_all()
    assert timeline.visible_range() == (date(2025, 2, 1), date(2025, 5, 31))
    assert timeline.lane_names() == ["All events"]
    timeline.refresh_labels()
    no_actor = _event("x1", "2025-03-03", "Something without actors", ())
    reversed_ = Event(id="x2", first=date(2025, 3, 9), last=date(2025, 3, 2), precision=Precision.RANGE,
                      status=Status.HAPPENED, label="Reversed interval", actors=("Alpha",))
    timeline.set_events([no_actor, reversed_])
    assert timeline.lane_of("x1") == "Other actors"
    assert timeline.tooltip_text("x2").startswith("2–9 Mar 2025")
    bars = timeline._bars
    assert from_x(bars._x0[0]) == date(2025, 3, 2) and from_x(bars._x1[0] - 0.5) == date(2025, 3, 9)
    assert not timeline.grab().toImage().isNull()


def test_right_click_on_a_marker_selects_it_and_event_at(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    timeline.set_events(HAND)
    pos = timeline.marker_position("h2")
    assert pos is not None
    assert timeline.event_at(pos.toPoint()) == "h2"
    assert timeline.event_at(pos.toPoint() + QPoint(0, 25)) is None
    viewport = timeline.graphics_view().viewport()
    vp = _viewport_pos(timeline, "h2")
    with qtbot.waitSignal(timeline.event_selected) as blocker:
        QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, vp,
                                                           viewport.mapToGlobal(vp)))
    assert blocker.args == ["h2"] and timeline.selected() == "h2"


def test_sideways_trackpad_scroll_pans(timeline: TimelineWidget) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    viewport = timeline.graphics_view().viewport()
    span = _span_days(timeline)
    first = timeline.visible_range()[0]
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(-240, 0),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert _span_days(timeline) == pytest.approx(span)
    assert timeline.visible_range()[0] != first


def test_clicking_a_label_selects_its_event(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline.set_events(HAND)
    timeline.refresh_labels()
    left, top, right, bottom, i = next(r for r in timeline._label_rects if HAND[r[4]].id == "h5")
    vb_point = pg_point((left + right) / 2 + 20, (top + bottom) / 2)
    view = timeline.graphics_view()
    pos = view.mapFromScene(timeline._vb.mapToScene(vb_point))
    with qtbot.waitSignal(timeline.event_selected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["h5"]


def test_a_marker_hovered_first_is_selected_by_the_click(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """As a user does it: the pointer moves onto the marker (hover ring drawn), then clicks."""
    timeline.set_events(HAND)
    viewport = timeline.graphics_view().viewport()
    for eid in ("h2", "h5", "h1"):
        target = _viewport_pos(timeline, eid)
        for step in (QPoint(-30, -12), QPoint(-10, -4), QPoint(-2, 0), QPoint(0, 0)):
            _send_mouse(viewport, "move", target + step, Qt.MouseButton.NoButton)
            qtbot.wait(20)  # pyqtgraph drops moves closer than ~16 ms, as a real pointer's are not
        assert len(timeline._hover_ring.data) == 1
        with qtbot.waitSignal(timeline.event_selected, timeout=1000) as blocker:
            qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=target)
        assert blocker.args == [eid]
        assert timeline.selected() == eid


def test_a_label_hovered_first_is_selected_by_the_click(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline.set_events(HAND)
    timeline.refresh_labels()
    left, top, right, bottom, _ = next(r for r in timeline._label_rects if HAND[r[4]].id == "h2")
    view = timeline.graphics_view()
    pos = view.mapFromScene(timeline._vb.mapToScene(pg_point((left + right) / 2, (top + bottom) / 2)))
    for dx in (-40, -20, 0):
        _send_mouse(view.viewport(), "move", pos + QPoint(dx, 0), Qt.MouseButton.NoButton)
        qtbot.wait(20)
    with qtbot.waitSignal(timeline.event_selected, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["h2"]


def test_keyboard_moves_the_selection_through_time(timeline: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline.set_events(HAND)
    timeline.setFocus()
    got: list[str] = []
    timeline.event_selected.connect(got.append)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert timeline.selected() == "h1"  # first in view (Feb-May) when nothing is selected
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert timeline.selected() == "h2"
    qtbot.keyClick(timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert timeline.selected() == "h1"
    with qtbot.waitSignal(timeline.event_activated) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args == ["h1"]
    assert got == ["h1", "h2", "h1"]


def test_fit_all_over_more_than_the_widest_view_shows_where_most_events_are(timeline: TimelineWidget) -> None:
    recent = [_event(f"r{k}", f"20{19 + k % 7}-0{1 + k % 9}-1{k % 10}", f"News {k}", ("Alpha",)) for k in range(30)]
    old = [_event("born", "1926-04-21", "A birth long ago", ("Beta",)),
           _event("war", "1944-06-06", "A landing", ("Gamma",))]
    timeline.set_events(old + recent)
    timeline.fit_all()
    first, last = timeline.visible_range()
    assert all(first <= e.first <= last for e in recent)  # every recent event, not the empty middle
    assert (last - first).days <= 365.25 * 60 + 1


def test_actor_lanes_go_to_the_actors_in_view_so_none_stands_empty(timeline: TimelineWidget) -> None:
    # eight actors busy in 2016 would take every lane of all the data; 2025 has two others
    old = [_event(f"o{a}{k}", f"2016-0{1 + k}-10", f"Old {a} {k}", (f"Old{a}",)) for a in range(8) for k in range(5)]
    new = [_event("n1", "2025-03-03", "Nadia speaks", ("Nadia",)),
           _event("n2", "2025-03-20", "Nadia travels", ("Nadia",)),
           _event("p1", "2025-04-02", "Paul answers", ("Paul",))]
    timeline.set_events(old + new)
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    timeline.refresh_labels()
    names = timeline.lane_names()
    assert names[:2] == ["Nadia", "Paul"]
    assert timeline.lane_of("p1") == "Paul"
    lanes_in_view = {int(round(timeline.scatter().data["y"][i]))
                     for i, eid in enumerate(timeline.scatter().data["data"]) if eid in {"n1", "n2", "p1"}}
    actor_lanes = [k for k, n in enumerate(names) if n != "Other actors"]  # Other actors keeps the old years
    assert lanes_in_view == set(actor_lanes)  # every actor's lane holds an event in view
    # back in 2016 the old actors have their lanes again
    timeline.set_range(date(2016, 1, 1), date(2016, 6, 30))
    timeline.refresh_labels()
    assert set(timeline.lane_names()) - {"Other actors"} == {f"Old{a}" for a in range(8)}


def test_article_lanes_go_to_the_articles_in_view_so_none_stands_empty(timeline: TimelineWidget) -> None:
    # fifteen articles: fourteen about 2016, one about March 2025 (a merged event cites two)
    old = [_event(f"o{a}{k}", f"2016-0{1 + k}-10", f"Old {a} {k}", ("Alpha",), article=f"old{a:02d}")
           for a in range(14) for k in range(3)]
    new = [_event("n1", "2025-03-03", "A visit to the capital", ("Nadia",), article="new"),
           _event("n2", "2025-03-20", "Talks in the evening", ("Nadia",), article="new")]
    merged = Event(id="n3", first=date(2025, 3, 25), last=date(2025, 3, 25), precision=Precision.DAY,
                   status=Status.HAPPENED, label="A treaty signed", actors=("Nadia",),
                   mentions=new[0].mentions + old[0].mentions)
    titles = {f"old{a:02d}": f"Old story number {a}" for a in range(14)}
    titles["new"] = "Ministers of both countries meet for a second round of talks"
    timeline.set_events(old + new + [merged], titles)
    timeline.set_lane_mode("article")
    timeline.set_range(date(2025, 3, 1), date(2025, 3, 31))
    timeline.refresh_labels()
    # only the articles with an event this month have a lane, no "Other articles" standing empty
    assert timeline.lane_names() == [titles["new"], "Old story number 0"]
    assert timeline.lanes_of("n3") == [titles["new"], "Old story number 0"]
    # the lane is tall: its name is there in full, on several lines
    shown = timeline._lane_axis.shown_names()[0]
    assert "\n" in shown and "…" not in shown and shown.replace("\n", " ") == titles["new"]
    # back in 2016 the old articles take the lanes again, at most twelve and the rest together
    timeline.set_range(date(2016, 1, 1), date(2016, 6, 30))
    timeline.refresh_labels()
    names = timeline.lane_names()
    assert len(names) == 13 and names[-1] == "Other articles" and titles["new"] not in names
    lanes_used = {int(round(y)) for y in timeline.scatter().data["y"]}
    assert lanes_used >= set(range(13))  # every lane holds a marker of 2016
    # events outside the view in a lane not shown keep their lane's name (the export's groups)
    assert timeline.lane_of("n1") == "Other articles"


def test_actor_lanes_drop_others_while_none_of_its_events_is_in_view(timeline: TimelineWidget) -> None:
    old = [_event(f"o{a}", "2016-03-10", f"Old {a}", (f"Old{a}",)) for a in range(12)]
    new = [_event("n1", "2025-03-03", "Nadia speaks", ("Nadia",))]
    timeline.set_events(old + new)
    timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    timeline.refresh_labels()
    assert timeline.lane_names() == ["Nadia"]
    timeline.fit_all()
    timeline.refresh_labels()
    names = timeline.lane_names()
    assert len(names) == 9 and names[-1] == "Other actors"
