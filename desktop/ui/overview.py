"""Time coordinates, the date axis, and the overview strip under the timeline.

Time is plotted as *days since 2025-01-01* (``to_x``/``from_x``), not as epoch
seconds: small coordinates keep SVG export precise (pyqtgraph issue 2661).
``TimeAxis`` is a ``DateAxisItem`` that understands those coordinates and labels
them from years down to hours.  ``OverviewStrip`` shows every event (2014 and
2022 included) as ticks, with the main view's range as a draggable, resizable
region kept in sync both ways by ``TimelineWidget``.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    HOUR_SPACING,
    MINUTE_SPACING,
    MONTH_SPACING,
    YEAR_SPACING,
    TickSpec,
    ZoomLevel,
    makeMStepper,
    makeSStepper,
    makeYStepper,
)
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics

from desktop.ui import theme
from desktop.ui.event_model import format_day  # noqa: F401 - the timeline imports it from here
from desktop.ui.event_model import month_short as month_abbr

ORIGIN = date(2025, 1, 1)
_EPOCH = date(1970, 1, 1)
_EPOCH_DT = datetime(1970, 1, 1, tzinfo=timezone.utc)
#: Epoch seconds of the origin, computed by subtraction (no fromtimestamp).
ORIGIN_EPOCH_S = (ORIGIN - _EPOCH).days * 86400
_MIN_X = (date(1, 1, 2) - ORIGIN).days
_MAX_X = (date(9999, 12, 30) - ORIGIN).days

_MAJOR_CLEARANCE_PX = 44  # minor tick labels closer than this to a major tick are dropped
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ctx = "Chronik dates"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_ctx, text)


def weekday_abbr(weekday: int) -> str:
    names = (_tr("Mon"), _tr("Tue"), _tr("Wed"), _tr("Thu"), _tr("Fri"), _tr("Sat"), _tr("Sun"))
    return names[weekday]


def to_x(d: date) -> float:
    """Plot coordinate of the start (00:00) of day ``d``."""
    return float((d - ORIGIN).days)


def from_x(x: float) -> date:
    """The day that contains plot coordinate ``x``."""
    if not math.isfinite(x):
        x = 0.0
    return ORIGIN + timedelta(days=int(min(max(math.floor(x), _MIN_X), _MAX_X)))


def format_range(first: date, last: date) -> str:
    """``1 Feb 2025 – 31 May 2025`` (a single day when both are equal)."""
    if first == last:
        return format_day(first)
    return f"{format_day(first)} – {format_day(last)}"


def _monday_stepper(step_days: int):  # noqa: ANN202 - pyqtgraph stepper protocol
    """Day ticks aligned on Mondays (1970-01-05 was a Monday)."""
    monday0 = 4 * DAY_SPACING

    def stepper(val: float, n: int, first: bool) -> float:
        size = n * step_days * DAY_SPACING
        if first:
            return (val - monday0) // size * size + size + monday0
        return val + size

    return stepper


# Zoom levels with our own label formats (interpreted by TimeAxis.tickStrings).
_YEAR_MONTH = ZoomLevel([
    TickSpec(YEAR_SPACING, makeYStepper(1), "Y", autoSkip=[1, 2, 5, 10, 25]),
    TickSpec(MONTH_SPACING, makeMStepper(1), "b", autoSkip=[1, 3, 6]),
], "YYYY")
_MONTH_DAY = ZoomLevel([
    TickSpec(MONTH_SPACING, makeMStepper(1), "bY"),
    TickSpec(DAY_SPACING, _monday_stepper(1), "d", autoSkip=[1, 7]),
], "MMM")
_DAY_HOUR = ZoomLevel([
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "adb"),
    TickSpec(HOUR_SPACING, makeSStepper(HOUR_SPACING), "HM", autoSkip=[1, 3, 6, 12]),
], "Wed 00 Mmm")
_HOUR_MINUTE = ZoomLevel([
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "adb"),
    TickSpec(MINUTE_SPACING, makeSStepper(MINUTE_SPACING), "HM", autoSkip=[1, 5, 15, 30]),
], "Wed 00 Mmm")


class TimeAxis(pg.DateAxisItem):
    """A date axis over days-since-``ORIGIN`` coordinates.

    Ticks are computed by pyqtgraph's DateAxisItem in epoch seconds and mapped
    back; labels are formatted here (English month names, any locale).
    """

    def __init__(self, orientation: str = "bottom", utc_offset_hours: float = 0.0, **kwargs: object) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)
        self.zoomLevels = OrderedDict([
            (np.inf, _YEAR_MONTH),
            (5 * 3600 * 24, _MONTH_DAY),
            (6 * 3600, _DAY_HOUR),
            (15 * 60, _HOUR_MINUTE),
        ])
        self.fontMetrics = QFontMetrics(theme.font(theme.AXIS_PX))  # replaced on first paint
        self.set_utc_offset_hours(utc_offset_hours)

    def set_utc_offset_hours(self, hours: float) -> None:
        """Show times at UTC+``hours`` (pyqtgraph counts offsets the other way round)."""
        self.utcOffset = -int(round(hours * 3600))
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802 - Qt/pg override
        lo = max(minVal, _MIN_X) * 86400.0 + ORIGIN_EPOCH_S
        hi = min(maxVal, _MAX_X) * 86400.0 + ORIGIN_EPOCH_S
        if not hi > lo:
            return []
        levels = [
            (spacing / 86400.0, np.array([(v - ORIGIN_EPOCH_S) / 86400.0 for v in values]))
            for spacing, values in super().tickValues(lo, hi, size)
        ]
        # Drop minor ticks whose label would collide with a major one ("Mar 2025" vs "3").
        px_per_day = size / max(maxVal - minVal, 1e-9)
        for k in range(1, len(levels)):
            majors = np.concatenate([lv[1] for lv in levels[:k]]) if k else np.zeros(0)
            spacing, values = levels[k]
            if len(majors) and len(values):
                gap = np.min(np.abs(values[:, None] - majors[None, :]), axis=1) * px_per_day
                levels[k] = (spacing, values[gap >= _MAJOR_CLEARANCE_PX])
        return [(spacing, values.tolist()) for spacing, values in levels]

    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:  # noqa: N802
        seconds = spacing * 86400.0
        specs = self.zoomLevel.tickSpecs
        spec = min(specs, key=lambda s: abs(s.spacing - seconds))
        offset = self.utcOffset or 0
        out = []
        for v in values:
            ts = round(v * 86400.0 + ORIGIN_EPOCH_S - offset)
            try:
                dt = _EPOCH_DT + timedelta(seconds=ts)
            except OverflowError:
                out.append("")
                continue
            out.append(_format(dt, spec.format))
        return out


def _format(dt: datetime, fmt: str) -> str:
    if fmt == "Y":
        return str(dt.year)
    if fmt == "b":
        return month_abbr(dt.month)
    if fmt == "bY":
        return f"{month_abbr(dt.month)} {dt.year}"
    if fmt == "d":
        return str(dt.day)
    if fmt == "adb":
        return f"{weekday_abbr(dt.weekday())} {dt.day} {month_abbr(dt.month)}"
    if fmt == "HM":
        return f"{dt.hour:02d}:{dt.minute:02d}"
    return dt.isoformat()


def style_axis(axis: pg.AxisItem) -> None:
    """Theme colours and font for an axis."""
    axis.setPen(pg.mkPen(theme.AXIS))
    axis.setTextPen(pg.mkPen(theme.TEXT_MUTED))
    axis.setStyle(tickFont=theme.font(theme.AXIS_PX), tickTextOffset=4)


class _OverviewViewBox(pg.ViewBox):
    """A fixed view; a click outside the region moves the region there."""

    def __init__(self, strip: OverviewStrip) -> None:
        super().__init__(enableMenu=False)
        self._strip = strip
        self.setMouseEnabled(x=False, y=False)

    def mouseClickEvent(self, ev: object) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._strip.center_region_on(self.mapSceneToView(ev.scenePos()).x())
        else:
            ev.ignore()

    def mouseDragEvent(self, ev: object, axis: object = None) -> None:  # noqa: N802
        ev.ignore()

    def wheelEvent(self, ev: object, axis: object = None) -> None:  # noqa: N802
        ev.ignore()


class OverviewStrip(pg.PlotWidget):
    """All events at a glance, with the main view's range as a movable region.

    Signals: ``region_changed(float, float)`` -- the user moved or resized the
    region (plot coordinates, see ``to_x``).
    """

    region_changed = Signal(float, float)

    HEIGHT = 64

    def __init__(self, parent: QObject | None = None) -> None:
        self._axis = TimeAxis("bottom")
        super().__init__(
            parent, background=theme.BACKGROUND, viewBox=_OverviewViewBox(self),
            axisItems={"bottom": self._axis},
        )
        self.setFixedHeight(self.HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        pi = self.getPlotItem()
        pi.hideAxis("left")
        pi.hideButtons()
        pi.setMenuEnabled(False)
        pi.layout.setContentsMargins(6, 2, 6, 0)
        style_axis(self._axis)
        self._axis.setHeight(22)
        vb = pi.getViewBox()
        vb.setYRange(0.0, 1.08, padding=0)
        vb.enableAutoRange(x=False, y=False)
        self._ticks = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(theme.OVERVIEW_TICKS, width=1.0))
        self._ticks.setZValue(1)
        pi.addItem(self._ticks)
        self._region = pg.LinearRegionItem(
            values=(to_x(date(2025, 2, 1)), to_x(date(2025, 6, 1))),
            brush=pg.mkBrush(theme.REGION_FILL),
            pen=pg.mkPen(theme.REGION_EDGE, width=1.5),
            hoverBrush=pg.mkBrush(*theme.REGION_FILL[:3], 80),
            hoverPen=pg.mkPen(theme.REGION_EDGE, width=2.5),
        )
        self._region.setZValue(10)
        pi.addItem(self._region)
        self._data_span = (to_x(date(2025, 1, 1)), to_x(date(2026, 1, 1)))
        self._syncing = False
        self._region.sigRegionChanged.connect(self._on_region_changed)

    # -- data -------------------------------------------------------------------------
    def set_positions(self, x0: np.ndarray, x1: np.ndarray) -> None:
        """Show events spanning ``[x0, x1)`` (plot coordinates) as ticks, one per day."""
        if len(x0) == 0:
            self._ticks.setData([], [])
            self._data_span = (to_x(date(2025, 1, 1)), to_x(date(2026, 1, 1)))
        else:
            days, counts = np.unique(np.floor(x0).astype(np.int64), return_counts=True)
            h = np.sqrt(counts / counts.max()) * 0.85 + 0.15
            xs = np.repeat(days + 0.5, 2).astype(float)
            ys = np.empty_like(xs)
            ys[0::2] = 0.0
            ys[1::2] = h
            self._ticks.setData(xs, ys)
            self._data_span = (float(np.min(x0)), float(np.max(x1)))
        self._fit_range()

    def set_utc_offset_hours(self, hours: float) -> None:
        self._axis.set_utc_offset_hours(hours)

    # -- region -----------------------------------------------------------------------
    def region(self) -> tuple[float, float]:
        lo, hi = self._region.getRegion()
        return float(lo), float(hi)

    def set_region(self, x0: float, x1: float) -> None:
        """Move the region without emitting ``region_changed``."""
        self._syncing = True
        try:
            self._region.setRegion((x0, x1))
        finally:
            self._syncing = False
        self._fit_range()

    def center_region_on(self, x: float) -> None:
        lo, hi = self.region()
        half = (hi - lo) / 2
        self._region.setRegion((x - half, x + half))

    def _on_region_changed(self) -> None:
        if not self._syncing:
            lo, hi = self.region()
            if hi > lo:
                self.region_changed.emit(lo, hi)

    def _fit_range(self) -> None:
        lo, hi = self._data_span
        rlo, rhi = self.region()
        lo, hi = min(lo, rlo), max(hi, rhi)
        pad = max((hi - lo) * 0.02, 3.0)
        self.getPlotItem().getViewBox().setXRange(lo - pad, hi + pad, padding=0)
