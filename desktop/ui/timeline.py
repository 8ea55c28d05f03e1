"""The zoomable timeline: events as markers and bars in lanes, with a date axis.

One ``ScatterPlotItem`` holds every event (its index equals the event's index),
one bar item draws every month/range interval, and a label layer draws at most
``theme.LABEL_CAP`` labels for events in view.  Time is plotted as days since
2025-01-01 (see ``desktop.ui.overview``).  The y axis holds lanes: main actors,
articles, or a single lane.  An overview strip below shows all data.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import SpotItem
from pyqtgraph.Qt import internals
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.disputes import is_disputed
from desktop.core.model import Event, Precision, Status
from desktop.ui import theme
from desktop.ui.event_model import format_date
from desktop.ui.overview import (
    ORIGIN,
    OverviewStrip,
    TimeAxis,
    format_range,
    from_x,
    style_axis,
    to_x,
)

_ctx = "Chronik timeline"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_ctx, text)


DEFAULT_FIRST = date(2025, 2, 1)
DEFAULT_LAST = date(2025, 5, 31)
MIN_SPAN_DAYS = 1.0 / 24.0  # one hour
MAX_SPAN_DAYS = 365.25 * 60  # six decades
ACTOR_LANES = 8
ARTICLE_LANES = 12
LANE_MODES = ("actor", "article", "single")
#: Vertical offsets (in lanes) of the sub-rows used when events overlap in time.
ROW_OFFSETS = (0.0, 0.27, -0.27)
ZOOM_STEP = 1.5
PAN_STEP = 0.2
LABEL_CANDIDATES = 250
#: markers and bars in view that labels keep clear of (beyond it, the most reported ones)
OBSTACLE_CAP = 6000
#: up to this many markers, bars and copies in view, obstacles are kept exactly (a grid of
#: rectangles); beyond, in an occupancy raster (constant-time questions, rounded outwards)
GRID_OBSTACLES = 3000
#: after this many candidates in a row found no room, the rest are not tried (a full view)
SATURATED_AFTER = 60
#: unlabelled markers of one lane closer than this (px) are counted in one "+N" badge
CLUSTER_GAP_PX = 36.0
#: widths (px) a label is tried at: whole (elided at LABEL_MAX_WIDTH), then shorter where crowded
LABEL_WIDTHS = (float(theme.LABEL_MAX_WIDTH), 130.0, 80.0)


# ---------------------------------------------------------------------------------------
# graphics items
# ---------------------------------------------------------------------------------------
class _ViewItem(pg.GraphicsObject):
    """Base for items that paint in device pixels over the visible area."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self._rect)

    def viewRangeChanged(self) -> None:  # noqa: N802
        self._cachedView = None  # pyqtgraph's viewRect() cache may be stale here
        rect = self.viewRect()
        if rect is not None and rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.update()

    def viewTransformChanged(self) -> None:  # noqa: N802 - also on resize, when the range stays
        self.viewRangeChanged()


class _LaneBands(_ViewItem):
    """Alternating lane backgrounds, separators and a colour strip per lane."""

    def __init__(self) -> None:
        super().__init__()
        self._colors: list[QColor | None] = []
        #: returns [(spacing, [x...]), ...] for a visible range and width in px (the time axis's ticks)
        self.grid_source: Any = None
        self.setZValue(-100)

    def set_lanes(self, colors: list[QColor | None]) -> None:
        self._colors = list(colors)
        self.update()

    def _paint_grid(self, p: QPainter, tr: Any, rect: QRectF, top: float, bottom: float) -> None:
        """Vertical time grid under everything (the axis's own grid would cross label text)."""
        if self.grid_source is None:
            return
        width = abs(tr.m11() * rect.width())
        try:
            levels = self.grid_source(rect.left(), rect.right(), width)
        except Exception:  # noqa: BLE001 - a grid is decoration
            return
        for k, (_spacing, values) in enumerate(levels[:2]):
            col = QColor(theme.AXIS)
            col.setAlpha(70 if k == 0 else 38)
            pen = QPen(col)
            pen.setWidthF(1.0)
            pen.setCosmetic(True)
            p.setPen(pen)
            for v in values:
                x = round(tr.map(QPointF(v, 0)).x()) + 0.5
                p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def paint(self, p: QPainter, *args: object) -> None:
        rect = self.viewRect()
        if rect is None or not self._colors:
            return
        tr = p.transform()
        p.resetTransform()
        left = tr.map(QPointF(rect.left(), 0)).x()
        right = tr.map(QPointF(rect.right(), 0)).x()
        left, right = min(left, right), max(left, right)
        band_a, band_b = QColor(theme.LANE_BAND_A), QColor(theme.LANE_BAND_B)
        sep = QPen(QColor(theme.LANE_SEPARATOR))
        sep.setWidthF(1.0)
        sep.setCosmetic(True)
        for i, col in enumerate(self._colors):
            top = tr.map(QPointF(0, i - 0.5)).y()
            bottom = tr.map(QPointF(0, i + 0.5)).y()
            top, bottom = min(top, bottom), max(top, bottom)
            p.fillRect(QRectF(left, top, right - left, bottom - top), band_a if i % 2 == 0 else band_b)
            if col is not None:
                p.fillRect(QRectF(left, top + 1, 4, bottom - top - 2), col)
            if i > 0:
                p.setPen(sep)
                p.drawLine(QPointF(left, top), QPointF(right, top))
        top_all = min(tr.map(QPointF(0, -0.5)).y(), tr.map(QPointF(0, len(self._colors) - 0.5)).y())
        bottom_all = max(tr.map(QPointF(0, -0.5)).y(), tr.map(QPointF(0, len(self._colors) - 0.5)).y())
        self._paint_grid(p, tr, rect, top_all, bottom_all)


class _BarsItem(pg.GraphicsObject):
    """Every month/range interval as a thin bar, painted only where visible."""

    def __init__(self) -> None:
        super().__init__()
        self._x0 = self._x1 = self._y = np.zeros(0)
        self._key = np.zeros(0, dtype=np.int64)
        self._vis = np.zeros(0, dtype=bool)
        self._styles: dict[int, tuple[QBrush, QPen]] = {}
        self._bounds = QRectF()
        self._rects = internals.PrimitiveArray(QRectF, 4)
        self.setZValue(5)

    def set_bars(self, x0: np.ndarray, x1: np.ndarray, y: np.ndarray, key: np.ndarray,
                 styles: dict[int, tuple[QBrush, QPen]]) -> None:
        """``key`` indexes ``styles`` (brush, pen) per bar."""
        self.prepareGeometryChange()
        self._x0, self._x1, self._y = x0.astype(float), x1.astype(float), y.astype(float)
        self._key = key.astype(np.int64)
        self._vis = np.ones(len(x0), dtype=bool)
        self._styles = styles
        if len(x0):
            self._bounds = QRectF(float(x0.min()), float(y.min()) - 0.5,
                                  float(x1.max() - x0.min()), float(y.max() - y.min()) + 1.0)
        else:
            self._bounds = QRectF()
        self.update()

    def set_visible_mask(self, vis: np.ndarray) -> None:
        self._vis = vis.astype(bool)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self._bounds)

    def paint(self, p: QPainter, *args: object) -> None:
        rect = self.viewRect()
        if rect is None or len(self._x0) == 0:
            return
        m = self._vis & (self._x1 >= rect.left()) & (self._x0 <= rect.right())
        if not m.any():
            return
        tr = p.transform()
        x0, x1, y, key = self._x0[m], self._x1[m], self._y[m], self._key[m]
        sx, ox, sy, oy = tr.m11(), tr.m31(), tr.m22(), tr.m32()
        lim_lo = min(rect.left() * sx + ox, rect.right() * sx + ox) - 20
        lim_hi = max(rect.left() * sx + ox, rect.right() * sx + ox) + 20
        px0 = np.clip(x0 * sx + ox, lim_lo, lim_hi)
        px1 = np.clip(x1 * sx + ox, lim_lo, lim_hi)
        left = np.minimum(px0, px1)
        width = np.maximum(np.abs(px1 - px0), 2.0)
        h = theme.BAR_HEIGHT
        top = y * sy + oy - h / 2
        if len(left) > 2000:  # downsample: one rect per pixel cell and style
            li = np.round(left).astype(np.int64) + (1 << 20)  # < 2**21 (clipped to the view)
            wi = np.minimum(np.round(width).astype(np.int64), (1 << 20) - 1)
            ti = np.clip(np.round(top).astype(np.int64), -(1 << 14), (1 << 14) - 1) + (1 << 14)
            packed = np.unique((key << 56) | (ti << 41) | (wi << 21) | li)
            key = packed >> 56
            top = ((packed >> 41) & ((1 << 15) - 1)).astype(float) - (1 << 14)
            width = ((packed >> 21) & ((1 << 20) - 1)).astype(float)
            left = (packed & ((1 << 21) - 1)).astype(float) - (1 << 20)
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for k in np.unique(key):
            sel = key == k
            n = int(sel.sum())
            brush, pen = self._styles[int(k)]
            self._rects.resize(n)
            mem = self._rects.ndarray()
            mem[:, 0] = left[sel]
            mem[:, 1] = top[sel]
            mem[:, 2] = width[sel]
            mem[:, 3] = h
            p.setBrush(brush)
            p.setPen(pen)
            p.drawRects(*self._rects.drawargs())


class _Occupancy:
    """Which parts of the view markers and bars cover: a raster of ``CELL`` px cells built at
    once with numpy (2-D difference array), asked through a summed-area table (constant time).
    Both sides round outwards, so a rectangle more than one cell away from a marker is free."""

    CELL = 2.0

    def __init__(self, width: float, height: float) -> None:
        self.w, self.h = int(math.ceil(width / self.CELL)) + 1, int(math.ceil(height / self.CELL)) + 1
        self._corners: list[tuple[np.ndarray, np.ndarray]] = []  # (flat index into the difference array, +-1)
        self._sat: np.ndarray | None = None

    def mark(self, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> None:
        """Cover the rectangles [x0, x1] × [y0, y1] (px), each to the whole pixels it touches."""
        k = self.CELL
        keep = (x1 >= 0) & (x0 <= self.w * k) & (y1 >= 0) & (y0 <= self.h * k)
        if not keep.any():
            return
        c0 = np.clip(np.floor(x0[keep] / k), 0, self.w - 1).astype(np.int64)
        c1 = np.clip(np.floor(x1[keep] / k), 0, self.w - 1).astype(np.int64)
        r0 = np.clip(np.floor(y0[keep] / k), 0, self.h - 1).astype(np.int64)
        r1 = np.clip(np.floor(y1[keep] / k), 0, self.h - 1).astype(np.int64)
        stride = self.w + 1
        idx = np.concatenate([r0 * stride + c0, r0 * stride + c1 + 1, (r1 + 1) * stride + c0,
                              (r1 + 1) * stride + c1 + 1])
        sign = np.repeat(np.array([1.0, -1.0, -1.0, 1.0]), len(r0))
        self._corners.append((idx, sign))

    def freeze(self) -> None:
        size = (self.h + 1) * (self.w + 1)
        if self._corners:
            idx = np.concatenate([c[0] for c in self._corners])
            sign = np.concatenate([c[1] for c in self._corners])
            diff = np.bincount(idx, weights=sign, minlength=size)[:size].reshape(self.h + 1, self.w + 1)
        else:
            diff = np.zeros((self.h + 1, self.w + 1))
        covered = (diff.cumsum(0).cumsum(1)[: self.h, : self.w] > 0.5).astype(np.int32)
        sat = np.zeros((self.h + 1, self.w + 1), dtype=np.int32)
        sat[1:, 1:] = covered.cumsum(0).cumsum(1)
        self._sat = sat

    def any(self, left: float, top: float, right: float, bottom: float) -> bool:
        """True when a covered pixel lies in the rectangle (its edges' pixels included, a
        bottom or right edge on a pixel boundary excluded)."""
        sat = self._sat
        assert sat is not None
        k = self.CELL
        c0, r0 = max(int(left // k), 0), max(int(top // k), 0)
        c1 = min(int(math.ceil(right / k)) - 1, self.w - 1)
        r1 = min(int(math.ceil(bottom / k)) - 1, self.h - 1)
        if c1 < c0 or r1 < r0:
            return False
        return bool(sat[r1 + 1, c1 + 1] - sat[r0, c1 + 1] - sat[r1 + 1, c0] + sat[r0, c0] > 0)


class _LabelLayer(_ViewItem):
    """Event labels and "+N" badges placed by TimelineWidget, drawn in pixels next to their markers."""

    LABEL, LEADER, BADGE = 0, 1, 2

    def __init__(self) -> None:
        super().__init__()
        self._labels: list[tuple[float, float, str, float, float, float, bool, int, float]] = []
        self._font = theme.font(theme.LABEL_PX)
        self._font_planned = theme.font(theme.LABEL_PX, italic=True)
        self._font_badge = theme.font(theme.LABEL_PX - 1, bold=True)
        self.height = QFontMetricsF(self._font).height()
        self.setZValue(8)  # under the markers: a label never hides an event

    def set_labels(self, labels: list[tuple[float, float, str, float, float, float, bool, int, float]]) -> None:
        """Each: (x, y, text, dx and dy px from the marker centre, width px, planned, kind, radius).

        kind: LABEL beside its marker, LEADER above/below it with a leader line, BADGE "+N"."""
        self._labels = labels
        self.update()

    def labels(self) -> list[str]:
        return [lab[2] for lab in self._labels if lab[7] != self.BADGE]

    def badges(self) -> list[str]:
        return [lab[2] for lab in self._labels if lab[7] == self.BADGE]

    def paint(self, p: QPainter, *args: object) -> None:
        if not self._labels:
            return
        tr = p.transform()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        h = self.height
        halo = theme.color(theme.LABEL_HALO)
        text_pen = QPen(QColor(theme.TEXT))
        planned_pen = QPen(QColor(theme.TEXT_MUTED))
        leader = QPen(QColor(theme.TEXT_MUTED))
        leader.setWidthF(0.8)
        badge_fill = QColor(theme.BACKGROUND)
        badge_pen = QPen(QColor(theme.TEXT_MUTED))
        badge_pen.setWidthF(1.0)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for x, y, text, dx, dy, w, planned, kind, r in self._labels:
            pt = tr.map(QPointF(x, y))
            left = pt.x() + dx
            top = pt.y() + dy - h / 2
            if kind == self.BADGE:
                p.setPen(badge_pen)
                p.setBrush(badge_fill)
                p.drawRoundedRect(QRectF(left + 0.5, top + 1.5, w - 1, h - 3), (h - 3) / 2, (h - 3) / 2)
                p.setFont(self._font_badge)
                p.drawText(QRectF(left, top, w, h), int(Qt.AlignmentFlag.AlignCenter), text)
                continue
            if kind == self.LEADER:
                # from the marker's edge to the label's near corner: which dot it belongs to
                sign = -1.0 if dy < 0 else 1.0
                x_end = min(max(pt.x(), left), left + w)
                p.setPen(leader)
                p.drawLine(QPointF(pt.x(), pt.y() + sign * r), QPointF(x_end, top + (h if dy < 0 else 0)))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(halo)
            p.drawRoundedRect(QRectF(left - 2, top, w + 4, h), 3, 3)
            p.setFont(self._font_planned if planned else self._font)
            p.setPen(planned_pen if planned else text_pen)
            p.drawText(QRectF(left, top, w + 2, h), align, text)


class _EchoItem(_ViewItem):
    """With lanes by article: a merged event's marker again in the lane of each other article
    citing it, in the same colour; the selected event's copies are linked by a dashed line."""

    def __init__(self) -> None:
        super().__init__()
        self.clear()
        self.setZValue(9)

    def clear(self) -> None:
        self._event = np.zeros(0, dtype=np.int64)
        self._x = self._y = self._main_y = self._size = np.zeros(0)
        self._colors: list[QColor] = []
        self._planned = np.zeros(0, dtype=bool)
        self._vis = np.zeros(0, dtype=bool)
        self._linked: int | None = None
        self.update()

    def set_echoes(self, event: np.ndarray, x: np.ndarray, y: np.ndarray, main_y: np.ndarray, size: np.ndarray,
                   colors: list[QColor], planned: np.ndarray) -> None:
        self._event, self._x, self._y, self._main_y, self._size = event, x, y, main_y, size
        self._colors, self._planned = colors, planned
        self._vis = np.ones(len(event), dtype=bool)
        self.update()

    def set_visible_mask(self, vis: np.ndarray) -> None:
        self._vis = vis.astype(bool)
        self.update()

    def set_linked(self, event_index: int | None) -> None:
        self._linked = event_index
        self.update()

    def count(self) -> int:
        return len(self._event)

    def in_view(self, x0: float, x1: float) -> np.ndarray:
        """Indices of the copies that are visible between ``x0`` and ``x1`` (days)."""
        return np.nonzero(self._vis & (self._x >= x0) & (self._x <= x1))[0]

    def paint(self, p: QPainter, *args: object) -> None:
        rect = self.viewRect()
        if rect is None or len(self._event) == 0:
            return
        idx = self.in_view(rect.left(), rect.right())
        if len(idx) == 0:
            return
        tr = p.transform()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._linked is not None:
            link = QPen(QColor(theme.SELECTION))
            link.setWidthF(1.2)
            link.setStyle(Qt.PenStyle.DashLine)
            p.setPen(link)
            for k in idx[self._event[idx] == self._linked].tolist():
                a = tr.map(QPointF(self._x[k], self._main_y[k]))
                b = tr.map(QPointF(self._x[k], self._y[k]))
                p.drawLine(a, b)
        white = QPen(QColor("white"))
        for k in idx.tolist():
            pt = tr.map(QPointF(self._x[k], self._y[k]))
            r = float(self._size[k]) / 2
            col = self._colors[k]
            if self._planned[k]:
                pen = QPen(col)
                pen.setWidthF(2.0)
                p.setPen(pen)
                p.setBrush(QColor(theme.BACKGROUND))
            else:
                p.setPen(white)
                p.setBrush(col)
            p.drawEllipse(pt, r, r)


class _Legend(pg.GraphicsWidget):
    """Explains markers, bars, planned events, sizes and every colour in use (wrapping to a
    second row when they do not fit in one)."""

    ROW = 22
    PAD = 4

    def __init__(self) -> None:
        super().__init__()
        self._actors: list[tuple[str, QColor]] = []
        self._font = theme.font(theme.LEGEND_PX)
        self._drawn: list[str] = []
        self._rows = 1
        self._fix_height()

    def _fix_height(self) -> None:
        height = self.ROW * self._rows + self.PAD
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def set_actors(self, actors: list[tuple[str, QColor]]) -> None:
        """(name, colour) of every colour in use, in order."""
        self._actors = list(actors)
        self._relayout()
        self.update()

    def resizeEvent(self, ev: Any) -> None:  # noqa: N802
        super().resizeEvent(ev)
        self._relayout()

    def drawn_entries(self) -> list[str]:
        """The colour entries the legend shows (full names), for tests."""
        return [name for name, _ in self._actors if name in self._drawn]

    def _layout(self, width: float) -> tuple[int, list[tuple[int, float, str, str, QColor]]]:
        """Rows needed and (row, x, full name, shown text, colour) per colour entry (after the
        fixed explanations, which take a row of their own or more in a narrow window)."""
        fm = QFontMetricsF(self._font)
        static_row, static_end = self._static(None, width)
        left = float(theme.LANE_AXIS_WIDTH) - 40
        placed: list[tuple[int, float, str, str, QColor]] = []
        for limit in (160.0, 110.0, 70.0, 40.0):
            placed = []
            row, x = static_row, static_end
            ok = True
            for name, col in self._actors:
                shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, limit)
                need = 14 + fm.horizontalAdvance(shown) + 18
                if x + need > width - 8:
                    row, x = row + 1, left
                    if row > static_row + 1:
                        ok = False
                        break
                placed.append((row, x, name, shown, col))
                x += need
            if ok:
                break
        rows = max([static_row, *(r for r, *_ in placed)]) + 1
        return rows, placed

    def _relayout(self) -> None:
        width = self.size().width()
        if width < 50:
            return
        rows, _ = self._layout(width)
        if rows != self._rows:
            self._rows = rows
            self._fix_height()

    def paint(self, p: QPainter, *args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self._font)
        width = self.size().width()
        self._static(p, width)
        _, placed = self._layout(width)
        self._drawn = []
        for row, ex, name, shown, col in placed:
            self._entry(p, ex, self._row_centre(row), shown, col)
            self._drawn.append(name)

    def _row_centre(self, row: int) -> float:
        return self.PAD / 2 + self.ROW * row + self.ROW / 2

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802 - an elided colour entry in full on hover
        if ev.isExit():
            self.setToolTip("")
            return
        pos = ev.pos()
        fm = QFontMetricsF(self._font)
        tip = ""
        for row, x, name, shown, _col in self._layout(self.size().width())[1]:
            top = self._row_centre(row) - self.ROW / 2
            if shown != name and x <= pos.x() <= x + 14 + fm.horizontalAdvance(shown) and top <= pos.y() < top + self.ROW:
                tip = name
                break
        self.setToolTip(tip)

    def _entry(self, p: QPainter, x: float, cy: float, shown: str, col: QColor) -> None:
        fm = QFontMetricsF(self._font)
        p.setPen(QPen(QColor("white")))
        p.setBrush(col)
        p.drawEllipse(QPointF(x + 4.5, cy), 4.5, 4.5)
        x += 9 + 5
        p.setPen(QPen(QColor(theme.TEXT_MUTED)))
        w = fm.horizontalAdvance(shown)
        p.drawText(QRectF(x, cy - self.ROW / 2, w + 2, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), shown)

    def _static(self, p: QPainter | None, width: float) -> tuple[int, float]:
        """The fixed explanations (drawn when ``p`` is given), each symbol with its words, a
        group going to the next row where the row has no room for it (never cut mid-word);
        returns (the last row they use, where they end on it in px)."""
        fm = QFontMetricsF(self._font)
        left = float(theme.LANE_AXIS_WIDTH) - 40
        neutral = QColor(theme.PALETTE[0])
        text_pen = QPen(QColor(theme.TEXT_MUTED))
        white = QPen(QColor("white"))
        row_h = float(self.ROW)
        r_disputed = theme.marker_size(1) / 2 + 4
        # each group: its parts, (kind, size or text); drawn from left to right
        groups: list[list[tuple[str, Any]]] = [
            [("dot", theme.marker_size(1)), ("text", _tr("event (day)"))],
            [("bar", 26.0), ("text", _tr("period (week, month, range)"))],
            [("hollow", theme.marker_size(1)), ("box", 22.0), ("text", _tr("planned"))],
            [("diamond", r_disputed), ("text", _tr("disputed date"))],
            [("dot", theme.marker_size(1)), ("dot", theme.marker_size(3)), ("dot", theme.marker_size(10)),
             ("text", _tr("1 · 3 · 10+ sources"))],
        ]

        def advance(kind: str, value: Any) -> float:
            if kind == "text":
                return fm.horizontalAdvance(value) + 18
            if kind in ("dot", "hollow"):
                return value + 5
            if kind == "bar":  # a bar with its start marker on it
                return 2 + theme.marker_size(1) + 5 + 14
            if kind == "box":
                return 28.0
            return 2 * value + 5  # diamond

        def draw(kind: str, value: Any, x: float, cy: float) -> None:
            assert p is not None
            if kind == "text":
                p.setPen(text_pen)
                p.drawText(QRectF(x, cy - row_h / 2, fm.horizontalAdvance(value) + 2, row_h),
                           int(Qt.AlignmentFlag.AlignVCenter), value)
            elif kind in ("dot", "hollow"):
                if kind == "dot":
                    p.setPen(white)
                    p.setBrush(neutral)
                else:
                    pen = QPen(neutral)
                    pen.setWidthF(2.0)
                    p.setPen(pen)
                    p.setBrush(QColor(theme.BACKGROUND))
                p.drawEllipse(QPointF(x + value / 2, cy), value / 2, value / 2)
            elif kind == "bar":
                p.fillRect(QRectF(x, cy - theme.BAR_HEIGHT / 2, value, theme.BAR_HEIGHT), theme.tint(neutral, 0.75))
                d = theme.marker_size(1)
                p.setPen(white)
                p.setBrush(neutral)
                p.drawEllipse(QPointF(x + 2 + d / 2, cy), d / 2, d / 2)
            elif kind == "box":
                p.setPen(pg.mkPen(neutral, width=1.0))
                p.setBrush(theme.tint(neutral, 0.15))
                p.drawRect(QRectF(x, cy - theme.BAR_HEIGHT / 2, value, theme.BAR_HEIGHT))
            else:
                pen = QPen(QColor(theme.DISPUTED))
                pen.setWidthF(1.6)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                r = value
                p.drawPolygon([QPointF(x + r, cy - r), QPointF(x + 2 * r, cy), QPointF(x + r, cy + r), QPointF(x, cy)])

        row, x = 0, left
        for group in groups:
            need = sum(advance(k, v) for k, v in group) - 18  # the trailing gap may stand beyond the edge
            if x > left and x + need > width - 8:
                row, x = row + 1, left
            for kind, value in group:
                if p is not None:
                    draw(kind, value, x, self._row_centre(row))
                x += advance(kind, value)
        return row, x


class _Decoration(pg.ScatterPlotItem):
    """Marks drawn over event markers that leave clicks to the markers below."""

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802
        ev.ignore()


class _TimelineViewBox(pg.ViewBox):
    """Zooms and pans in time only; a click on empty space clears the selection."""

    def __init__(self, owner: TimelineWidget) -> None:
        super().__init__(enableMenu=False, invertY=True)
        self._owner = owner
        self.setMouseEnabled(x=True, y=False)

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._owner._on_background_click(ev.pos(), ev.double())
        else:
            ev.ignore()

    def wheelEvent(self, ev: Any, axis: Any = None) -> None:  # noqa: N802
        if ev.orientation() == Qt.Orientation.Horizontal:  # trackpad sideways: pan
            ev.accept()
            self._owner.pan(-ev.delta() / 1200.0)
            return
        super().wheelEvent(ev, axis=0)


class _EventScatter(pg.ScatterPlotItem):
    """ScatterPlotItem that resolves hits nearest-first without building every SpotItem."""

    def __init__(self, owner: TimelineWidget, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owner = owner

    _style_keys: np.ndarray | None = None

    def set_points(self, x: np.ndarray, y: np.ndarray, size: np.ndarray, ids: np.ndarray,
                   style: np.ndarray, brush_lut: Sequence[QBrush], pen_lut: Sequence[QPen]) -> None:
        """All points at once; ``style`` indexes ``brush_lut``/``pen_lut`` per point.

        Symbol-atlas lookups are done once per distinct (style, size), not once per
        point as ScatterPlotItem.setData would: 100,000 points cost ~0.05 s, not ~0.7 s.
        """
        _, size_idx = np.unique(size, return_inverse=True)
        self._style_keys = style.astype(np.int64) * 4096 + size_idx
        self.setData(x=x, y=y, size=size, data=ids, symbol="o")
        brushes = np.empty(len(brush_lut), dtype=object)
        brushes[:] = list(brush_lut)
        pens = np.empty(len(pen_lut), dtype=object)
        pens[:] = list(pen_lut)
        self.data["brush"] = brushes[style]
        self.data["pen"] = pens[style]
        self.data["sourceRect"] = 0
        self.updateSpots()

    def updateSpots(self, dataSet: Any = None) -> None:  # noqa: N802, N803
        data = self.data if dataSet is None else dataSet
        keys = self._style_keys
        if not (self.opts["pxMode"] and self.opts["useCache"]) or keys is None or len(keys) != len(data):
            super().updateSpots(dataSet)
            return
        idx = np.nonzero(data["sourceRect"]["w"] == 0)[0]
        if len(idx):
            uniq, first, inverse = np.unique(keys[idx], return_index=True, return_inverse=True)
            reps = np.zeros(len(data), dtype=bool)
            reps[idx[first]] = True
            styles = list(zip(*self._style(["symbol", "size", "pen", "brush"], data=data, idx=idx[first])))
            coords = np.array([tuple(c) for c in self.fragmentAtlas[styles]], dtype=data["sourceRect"].dtype)
            data["sourceRect"][idx] = coords[inverse.ravel()]
            self._maybeRebuildAtlas()
        self._updateMaxSpotSizes(data=data)
        self.invalidate()

    #: Scene position of the item being exported to SVG (set by desktop.ui.export).
    svg_root_pos: QPointF | None = None
    _export_dpr: float | None = None

    def set_export_scale(self, scale: float) -> None:
        """Render the symbol cache at ``scale`` px per logical px (sharp 2x images from the cache)."""
        self._export_dpr = float(scale)
        self.fragmentAtlas.setDevicePixelRatio(float(scale))
        self.fragmentAtlas.clear()
        self.data["sourceRect"] = 0
        self.updateSpots()

    def paint(self, p: QPainter, option: Any, widget: Any = None) -> None:
        # pyqtgraph re-renders its symbol cache at the *widget's* pixel ratio; while
        # exporting to an image with another ratio, keep the one set above.
        super().paint(p, option, None if self._export_dpr is not None else widget)

    def generateSvg(self, nodes: dict) -> tuple[Any, list]:  # noqa: N802 - pyqtgraph SVG hook
        """Visible markers as compact SVG circles, grouped by style.

        pyqtgraph's generic path renders every point through QSvgGenerator and
        re-parses it (~1 ms per point); this writes one ``<circle>`` per point.
        """
        if self.svg_root_pos is None:
            raise NotImplementedError
        import xml.dom.minidom as minidom

        doc = minidom.Document()
        g = doc.createElement("g")
        name = "EventMarkers"
        k = 1
        while f"{name}_{k}" in nodes:
            k += 1
        nodes[f"{name}_{k}"] = g
        g.setAttribute("id", f"{name}_{k}")
        rect = self.viewRect()
        if rect is None or len(self.data) == 0:
            return g, []
        mask = self.data["visible"] & (self.data["x"] >= rect.left() - 1) & (self.data["x"] <= rect.right() + 1)
        idx = np.nonzero(mask)[0]
        tr = self.sceneTransform()
        px = self.data["x"][idx] * tr.m11() + self.data["y"][idx] * tr.m21() + tr.m31() - self.svg_root_pos.x()
        py = self.data["x"][idx] * tr.m12() + self.data["y"][idx] * tr.m22() + tr.m32() - self.svg_root_pos.y()
        groups: dict[tuple[int, int], Any] = {}
        for j, i in enumerate(idx.tolist()):
            pen, brush = self.data["pen"][i], self.data["brush"][i]
            key = (id(pen), id(brush))
            grp = groups.get(key)
            if grp is None:
                grp = doc.createElement("g")
                fill = brush.color()
                stroke = pen.color()
                grp.setAttribute("fill", fill.name())
                grp.setAttribute("stroke", stroke.name())
                grp.setAttribute("stroke-width", f"{pen.widthF():g}")
                g.appendChild(grp)
                groups[key] = grp
            c = doc.createElement("circle")
            c.setAttribute("cx", f"{px[j]:.1f}")
            c.setAttribute("cy", f"{py[j]:.1f}")
            c.setAttribute("r", f"{self.data['size'][i] / 2:.1f}")
            grp.appendChild(c)
        return g, []

    def set_visible_mask(self, vis: np.ndarray) -> None:
        """Show only points where ``vis`` is True (cheaper than setPointsVisible: styles are kept)."""
        self.data["visible"] = vis
        self._changed()

    def set_y(self, y: np.ndarray) -> None:
        """Move every point vertically (lane change) without rebuilding styles."""
        self.data["y"] = y
        self._changed()

    def _changed(self) -> None:
        self.prepareGeometryChange()
        self.bounds = [None, None]
        self.informViewBoundsChanged()
        self.invalidate()

    def hits(self, pos: QPointF) -> np.ndarray:
        """Indices of the points under ``pos`` (item coordinates), nearest first."""
        if len(self.data) == 0:
            return np.zeros(0, dtype=np.int64)
        idx = np.nonzero(self._maskAt(pos))[0]
        if len(idx) > 1:
            px, py = self.pixelVectors()
            sx = px.length() if px is not None and px.length() > 0 else 1.0
            sy = py.length() if py is not None and py.length() > 0 else 1.0
            d = ((self.data["x"][idx] - pos.x()) / sx) ** 2 + ((self.data["y"][idx] - pos.y()) / sy) ** 2
            idx = idx[np.argsort(d, kind="stable")]
        return idx

    def pointsAt(self, pos: QPointF) -> np.ndarray:  # noqa: N802
        out = []
        for i in self.hits(pos):
            rec = self.data[i]
            if rec["item"] is None:
                rec["item"] = SpotItem(rec, self, i)
            out.append(rec["item"])
        arr = np.empty(len(out), dtype=object)
        arr[:] = out
        return arr

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802
        if ev.exit:
            self._owner._on_hover(None)
            return
        hits = self.hits(ev.pos())
        self._owner._on_hover(int(hits[0]) if len(hits) else None, len(hits), ev.pos())


class _Ring(pg.ScatterPlotItem):
    """The hover or selection ring: drawn over a marker, never in the way of the pointer.

    A plain ScatterPlotItem accepts a click on any of its points; the hover ring sits
    exactly on the hovered marker, so it took the click meant for the marker."""

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802
        ev.ignore()

    def mouseDragEvent(self, ev: Any) -> None:  # noqa: N802
        ev.ignore()

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802
        pass

    def pointsAt(self, pos: QPointF) -> np.ndarray:  # noqa: N802
        return np.zeros(0, dtype=object)


class _LaneAxis(pg.AxisItem):
    """Lane names on the left, wrapped onto the lines their lane holds and elided beyond. The
    column is ``LANE_AXIS_WIDTH`` px, wider where longer names (article headlines) need it,
    up to ``MAX_SHARE`` of the timeline's width and ``LANE_AXIS_MAX`` px."""

    MAX_SHARE = 0.28
    STEP = 10.0  # px, the widths tried between the narrowest and the widest column

    def __init__(self) -> None:
        super().__init__("left")
        style_axis(self)
        self.setPen(pg.mkPen(theme.LANE_SEPARATOR))
        self.setTextPen(pg.mkPen(theme.TEXT))
        self.setStyle(tickLength=0, tickTextOffset=10, autoExpandTextSpace=False, hideOverlappingLabels=True)
        self._column = float(theme.LANE_AXIS_WIDTH)
        self._lines = 1
        self.setWidth(theme.LANE_AXIS_WIDTH)

    def set_lanes(self, names: list[str]) -> None:
        self._names = list(names)
        self._overflow: dict[int, int] = {}
        self._fit()
        self._set_ticks()

    def _fit(self) -> None:
        """The lines per lane and the column's width for these names at this size (not on every pan or
        zoom: the "+N" counts that change then take no width of their own)."""
        fm = QFontMetricsF(theme.font(theme.AXIS_PX))
        self._lines = self._lines_per_lane(fm)
        self._fit_column(fm, self._lines)

    def set_overflow(self, counts: Mapping[int, int]) -> None:
        """Markers of a lane that found no room for a label or badge: "+N" beside its name."""
        counts = {int(k): int(v) for k, v in counts.items() if v}
        if counts != getattr(self, "_overflow", {}):
            self._overflow = counts
            self._set_ticks()

    def overflow(self) -> dict[int, int]:
        return dict(getattr(self, "_overflow", {}))

    def _text_width(self) -> float:
        return self._column - 18

    def _fit_column(self, fm: QFontMetricsF, lines: int) -> None:
        """The narrowest column (in STEP px) in which every name fits whole on its lines, within
        the bounds; the widest allowed where none does."""
        vb = self.linkedView()
        names = getattr(self, "_names", [])
        narrow = float(theme.LANE_AXIS_WIDTH)
        room = (vb.width() + self.width()) if vb is not None else 0.0
        wide = max(narrow, min(float(theme.LANE_AXIS_MAX), room * self.MAX_SHARE))
        column = narrow
        while column < wide and any(_elides(n, fm, column - 18, lines) for n in names):
            column = min(wide, column + self.STEP)
        if abs(column - self._column) >= 1:
            self._column = column
            self.setWidth(int(column))

    def _set_ticks(self) -> None:
        fm = QFontMetricsF(theme.font(theme.AXIS_PX))
        lines = self._lines
        width = self._text_width()
        ticks = []
        for i, n in enumerate(getattr(self, "_names", [])):
            if i not in self._overflow:
                ticks.append((float(i), _wrap(n, fm, width, lines)))
            elif lines > 1:  # the count in words on a line of its own: not "one more actor"
                count = _tr("+{n} unlabelled").format(n=self._overflow[i])
                ticks.append((float(i), _wrap(n, fm, width, lines - 1) + "\n" + count))
            else:
                ticks.append((float(i), _wrap(n, fm, width, 1, f" +{self._overflow[i]}")))
        self.setTicks([ticks, []])

    def _lines_per_lane(self, fm: QFontMetricsF) -> int:
        """How many lines a lane name may take: as many as its lane's height holds, at most 3."""
        vb = self.linkedView()
        n = len(getattr(self, "_names", []))
        if vb is None or n == 0:
            return 1
        lane_px = vb.height() / n
        return max(1, min(3, int((lane_px - 8) // fm.lineSpacing())))

    def resizeEvent(self, ev: Any = None) -> None:  # noqa: N802 - taller lanes: names on more lines
        super().resizeEvent(ev)
        self.refit()

    def refit(self, *_args: Any) -> None:
        """The lines per lane and the column's width for the current size (the axis and the
        lanes' view are resized one after the other: called after either)."""
        if not hasattr(self, "_names"):
            return
        old = (self._lines, self._column)
        self._fit()  # a wider window: room for longer names
        if (self._lines, self._column) != old:
            self._set_ticks()

    def shown_names(self) -> list[str]:
        """The lane names as drawn (wrapped onto the lines their lane holds, elided, "+N")."""
        return [str(text) for _, text in self._tickLevels[0]] if self._tickLevels else []

    def elided(self) -> list[bool]:
        """Which lane names did not fit (their full text is in the tooltip)."""
        fm = QFontMetricsF(theme.font(theme.AXIS_PX))
        lines = self._lines_per_lane(fm)
        return [_elides(n, fm, self._text_width(), lines) for n in getattr(self, "_names", [])]

    def lane_at(self, y_scene: float) -> int | None:
        """The lane under a scene y coordinate (for the tooltip)."""
        vb = self.linkedView()
        if vb is None:
            return None
        y = vb.mapSceneToView(QPointF(0, y_scene)).y()
        i = int(round(y))
        return i if 0 <= i < len(getattr(self, "_names", [])) else None

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802 - the full lane name on hover
        if ev.isExit():
            self.setToolTip("")
            return
        i = self.lane_at(ev.scenePos().y())
        if i is None:
            self.setToolTip("")
            return
        tip = self._names[i]
        if i in self._overflow:
            n = self._overflow[i]
            tip += "\n" + (_tr("1 more event here without a label (zoom in)") if n == 1
                           else _tr("{n} more events here without a label (zoom in)").format(n=n))
        self.setToolTip(tip)


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------
def _wrap(text: str, fm: QFontMetricsF, width: float, lines: int, extra: str = "") -> str:
    """``text`` on at most ``lines`` lines of ``width`` px, broken between words, the last line
    elided and ending with ``extra``."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and fm.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if fm.horizontalAdvance(line) > width:  # one long word: the rest of the lines hold it
            words.insert(0, line)
            break
        out.append(line)
    rest = " ".join(words)
    room = width - fm.horizontalAdvance(extra)
    last = fm.elidedText(rest, Qt.TextElideMode.ElideRight, room) if rest else ""
    out.append(last + extra if last else extra.strip())
    return "\n".join(line for line in out if line)


def _elides(text: str, fm: QFontMetricsF, width: float, lines: int) -> bool:
    """Whether ``text`` loses words on ``lines`` lines of ``width`` px."""
    return "".join(_wrap(text, fm, width, lines).split()) != "".join(text.split())


def _event_date(e: Event) -> str:
    """The event's date as the table says it (a reversed interval read forwards)."""
    return format_date(min(e.first, e.last), max(e.first, e.last), e.precision)


def _main_actors(events: Sequence[Event], limit: int = ACTOR_LANES) -> dict[str, int]:
    """The actors that get a lane (and a colour), ranked.

    An event belongs to its most frequent actor; the ``limit`` actors owning
    most events win.  Ranking by ownership (not by raw mentions) avoids empty
    lanes for actors who only ever appear next to a more frequent one.
    """
    freq = Counter(a for e in events for a in dict.fromkeys(e.actors))
    owners = Counter(_owner(e, freq) for e in events if e.actors)
    top = sorted(owners, key=lambda a: (-owners[a], -freq[a], a))[:limit]
    return {a: i for i, a in enumerate(top)}


def _owner(e: Event, freq: Mapping[str, int]) -> str:
    """The actor whose lane an event is drawn in: its actors come ranked (people, then countries
    and organisations, places last), so the more frequent of its first two."""
    return min(e.actors[:2], key=lambda a: (-freq[a], a))


def _densest_window(xs: np.ndarray, width: float) -> tuple[float, float]:
    """``(lo, lo + width)`` holding the most of the positions ``xs``; of equal ones the latest."""
    xs = np.sort(np.asarray(xs, dtype=float))
    ends = np.searchsorted(xs, xs + width, side="right")  # the window starting at each position
    counts = ends - np.arange(len(xs))
    best = int(len(xs) - 1 - np.argmax(counts[::-1]))
    return float(xs[best]), float(xs[best]) + width


def _main_article(e: Event) -> str:
    counts = Counter(m.article_id for m in e.mentions)
    if not counts:
        return ""
    return min(counts, key=lambda a: (-counts[a], a))


def _pack_rows(lane: np.ndarray, x0: np.ndarray, x1: np.ndarray, exact_limit: int = 20000) -> np.ndarray:
    """Greedy interval packing per lane into ``len(ROW_OFFSETS)`` rows (overflow reuses rows).

    Above ``exact_limit`` events a vectorised approximation is used: events that
    start on the same day in the same lane are spread over the rows in turn.
    """
    n_rows = len(ROW_OFFSETS)
    if len(lane) > exact_limit:
        day = np.floor(x0).astype(np.int64)
        order = np.lexsort((x1, day, lane))
        lane_s, day_s = lane[order], day[order]
        new_group = np.ones(len(order), dtype=bool)
        new_group[1:] = (lane_s[1:] != lane_s[:-1]) | (day_s[1:] != day_s[:-1])
        starts = np.nonzero(new_group)[0]
        group_start = starts[np.cumsum(new_group) - 1]
        rows = np.empty(len(lane), dtype=np.int64)
        rows[order] = (np.arange(len(order)) - group_start) % n_rows
        return rows
    rows = np.zeros(len(lane), dtype=np.int64)
    order = np.lexsort((x1, x0, lane))
    ends: list[float] = []
    current = -1
    lane_l, x0_l, x1_l = lane.tolist(), x0.tolist(), x1.tolist()
    for i in order.tolist():
        if lane_l[i] != current:
            current = lane_l[i]
            ends = [-math.inf] * n_rows
        start = x0_l[i]
        for r in range(n_rows):
            if ends[r] <= start:
                break
        else:
            r = min(range(n_rows), key=ends.__getitem__)
        ends[r] = max(x1_l[i], start + 1.0)
        rows[i] = r
    return rows


# ---------------------------------------------------------------------------------------
# the widget
# ---------------------------------------------------------------------------------------
class TimelineWidget(QWidget):
    """Zoomable timeline of events in lanes, with an overview strip.

    Signals:
        event_selected(str): an event was clicked (its id), or "" when a click on
            empty space (or Escape) cleared the selection.  Not emitted by
            ``set_selected`` or other programmatic changes.
        event_activated(str): an event was double-clicked.
        range_changed(date, date): first and last day now (partly) visible.

    Keys: + / - zoom, Left / Right pan, Ctrl+Left / Ctrl+Right select the previous / next
    event, Return opens the selected one, Home fits all, Escape clears the selection.
    """

    event_selected = Signal(str)
    event_activated = Signal(str)
    range_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, show_overview: bool = True,
                 use_cache: bool = True) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._events: list[Event] = []
        self._ids = np.zeros(0, dtype=object)
        self._index: dict[str, int] = {}
        self._titles: dict[str, str] = {}
        self._lane_mode = "actor"
        self._visible_ids: frozenset[str] | None = None
        self._selected: str | None = None
        self._utc_offset = 0.0
        self._title_prefix = ""
        self._last_range: tuple[date, date] | None = None
        self._label_cache: dict[tuple[int, float], tuple[str, float]] = {}
        self._label_rects: list[tuple[float, float, float, float, int]] = []  # ViewBox px
        self._badge_rects: list[tuple[float, float, float, float, tuple[int, ...], int]] = []
        self._lane_overflow_members: list[int] = []  # counted beside their lane's name
        self._lane_names: list[str] = []
        self._actor_rank: dict[str, int] = {}
        self._actor_names: list[str] = []
        self._pair_event = self._pair_actor = np.zeros(0, dtype=np.int64)
        self._first_actor = self._second_actor = np.zeros(0, dtype=np.int64)
        self._article_rank: dict[str, int] = {}
        self._rest_lane = True  # the last lane ("Other actors") is shown: it holds an event in view
        self._rest_name = ""  # its name, also for the events in it while it is not shown
        self._article_names: list[str] = []
        self._pair_event_article = self._pair_article = np.zeros(0, dtype=np.int64)
        self._event_article = self._article_lane = np.zeros(0, dtype=np.int64)
        self._empty_arrays()

        # -- graphics ---------------------------------------------------------------------
        self._glw = pg.GraphicsLayoutWidget()
        self._glw.setBackground(theme.BACKGROUND)
        self._glw.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        ci = self._glw.ci
        ci.setContentsMargins(6, 6, 14, 2)
        ci.setSpacing(0)
        self._title = pg.LabelItem(justify="left")
        ci.addItem(self._title, row=0, col=0)
        self._vb = _TimelineViewBox(self)
        self._time_axis = TimeAxis("bottom")
        style_axis(self._time_axis)
        # the grid is drawn under labels and markers by the lane bands, not by the axis (above them)
        self._lane_axis = _LaneAxis()
        self._plot = pg.PlotItem(viewBox=self._vb, axisItems={"bottom": self._time_axis, "left": self._lane_axis})
        self._vb.sigResized.connect(self._lane_axis.refit)
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        ci.addItem(self._plot, row=1, col=0)
        self._legend = _Legend()
        ci.addItem(self._legend, row=2, col=0)

        self._bands = _LaneBands()
        self._bands.grid_source = self._time_axis.tickValues
        self._bars = _BarsItem()
        self._scatter = _EventScatter(self, pxMode=True, useCache=use_cache, hoverable=True, tip=None,
                                      symbol="o", antialias=True)
        self._scatter.setZValue(10)
        self._hover_ring = _Ring(pxMode=True, symbol="o", brush=None,
                                              pen=pg.mkPen(theme.HOVER, width=1.2))
        self._hover_ring.setZValue(11)
        self._sel_ring = _Ring(pxMode=True, symbol="o", brush=None,
                                            pen=pg.mkPen(theme.SELECTION, width=2.4))
        self._sel_ring.setZValue(12)
        # events whose sources give different days: a diamond around the marker
        self._disputed_marks = _Decoration(pxMode=True, symbol="d", brush=None,
                                           pen=pg.mkPen(theme.DISPUTED, width=1.6))
        self._disputed_marks.setZValue(11)
        self._labels = _LabelLayer()
        self._echoes = _EchoItem()
        self._echo_lanes: dict[int, list[int]] = {}  # event index -> the other lanes it is drawn in
        for item in (self._bands, self._bars, self._echoes, self._scatter, self._hover_ring, self._sel_ring,
                     self._labels, self._disputed_marks):
            self._plot.addItem(item, ignoreBounds=True)
        self._vb.enableAutoRange(x=False, y=False)
        self._vb.setLimits(minXRange=MIN_SPAN_DAYS, maxXRange=MAX_SPAN_DAYS)
        self._scatter.sigClicked.connect(self._on_points_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._glw, 1)
        self._overview: OverviewStrip | None = None
        if show_overview:
            self._overview = OverviewStrip(self)
            self._overview.region_changed.connect(self._on_overview_region)
            self._overview.installEventFilter(self)
            layout.addWidget(self._overview)
        self._glw.installEventFilter(self)
        self._glw.viewport().installEventFilter(self)

        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(40)
        self._label_timer.timeout.connect(self.refresh_labels)
        self._vb.sigXRangeChanged.connect(self._on_x_range_changed)
        self._vb.sigResized.connect(self._schedule_labels)
        self._set_lanes_view([])
        self.show_default_range()

    # ------------------------------------------------------------------ data -------------
    def _empty_arrays(self) -> None:
        z = np.zeros(0)
        self._x0 = self._x1 = self._xm = self._y = self._size = z
        self._src = np.zeros(0, dtype=np.int64)
        self._cidx = np.zeros(0, dtype=np.int64)
        self._planned = np.zeros(0, dtype=bool)
        self._disputed = np.zeros(0, dtype=bool)
        self._vis = np.zeros(0, dtype=bool)
        self._bar_idx = np.zeros(0, dtype=np.int64)

    def set_events(self, events: Sequence[Event], article_titles: Mapping[str, str] | None = None) -> None:
        """Show ``events``; keeps the visible range, the filter and (if still present) the selection."""
        self._events = list(events)
        self._titles = dict(article_titles or {})
        n = len(self._events)
        self._ids = np.empty(n, dtype=object)
        self._ids[:] = [e.id for e in self._events]
        self._index = {e.id: i for i, e in enumerate(self._events)}
        self._x0 = np.fromiter(((min(e.first, e.last) - ORIGIN).days for e in self._events), dtype=float, count=n)
        self._x1 = np.fromiter(((max(e.first, e.last) - ORIGIN).days + 1 for e in self._events),
                               dtype=float, count=n)
        self._xm = self._x0 + 0.5
        self._src = np.fromiter((e.source_count for e in self._events), dtype=np.int64, count=n)
        self._planned = np.fromiter((e.status is Status.PLANNED or e.status == "planned" for e in self._events),
                                    dtype=bool, count=n)
        self._disputed = np.fromiter((is_disputed(e) for e in self._events), dtype=bool, count=n)
        self._size = np.minimum(theme.MARKER_MAX,
                                theme.MARKER_MIN + 3.2 * np.log2(np.maximum(self._src, 1)))
        is_bar = (self._x1 - self._x0 > 1.0) | np.fromiter(
            (e.precision is not Precision.DAY for e in self._events), dtype=bool, count=n)
        self._bar_idx = np.nonzero(is_bar)[0]
        self._set_actor_rank(_main_actors(self._events), self._events)
        self._index_actors()
        self._index_articles()
        self._set_article_rank(self._rank_articles_among(np.ones(n, dtype=bool)))
        self._label_cache = {}
        if self._selected is not None and self._selected not in self._index:
            self._selected = None
        self._vis = self._visibility(self._visible_ids)
        if self._selected is not None and not self._vis[self._index[self._selected]]:
            self._selected = None
        self._follow_view_with_lanes(self._in_view(), rebuild=False)  # no flash of other lanes
        self._rebuild_lanes()
        if self._overview is not None:
            self._overview.set_positions(self._x0, self._x1)
        self._update_limits()
        self._update_title()
        self._schedule_labels()

    def events(self) -> list[Event]:
        return list(self._events)

    def set_visible_ids(self, ids: Collection[str] | None) -> None:
        """Show only events whose id is in ``ids`` (None: all); keeps a still-visible selection."""
        self._visible_ids = None if ids is None else frozenset(ids)
        self._vis = self._visibility(self._visible_ids)
        self._scatter.set_visible_mask(self._vis)
        self._bars.set_visible_mask(self._vis[self._bar_idx])
        self._update_disputed_marks()
        if self._echoes.count():
            self._echoes.set_visible_mask(self._vis[self._echoes._event])
        if self._selected is not None and not self._vis[self._index[self._selected]]:
            self._selected = None
        self._hover_ring.setData([], [])
        self._update_selection_ring()
        self._update_title()
        self._schedule_labels()

    def _visibility(self, ids: frozenset[str] | None) -> np.ndarray:
        n = len(self._events)
        if ids is None:
            return np.ones(n, dtype=bool)
        return np.fromiter((e.id in ids for e in self._events), dtype=bool, count=n)

    def visible_ids(self) -> frozenset[str] | None:
        return self._visible_ids

    # ------------------------------------------------------------------ lanes ------------
    def set_lane_mode(self, mode: str) -> None:
        """"actor" (top actors, then "Other actors"), "article" or "single"."""
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}; expected one of {LANE_MODES}")
        if mode != self._lane_mode:
            self._lane_mode = mode
            self._follow_view_with_lanes(self._in_view(), rebuild=False)  # the lanes of the view at once
            self._rebuild_lanes(styles_changed=False)
            self._schedule_labels()

    def lane_mode(self) -> str:
        return self._lane_mode

    def lane_names(self) -> list[str]:
        """Lane names from top to bottom."""
        return list(self._lane_names)

    def lane_of(self, event_id: str) -> str | None:
        i = self._index.get(event_id)
        if i is None:
            return None
        return self._lane_name(int(round(self._y[i])))

    def _lane_name(self, lane: int) -> str:
        """The name of a lane; the last lane's also while it is not shown (none of its events in view)."""
        return self._lane_names[lane] if lane < len(self._lane_names) else self._rest_name

    def colours_in_use(self) -> list[tuple[str, QColor]]:
        """(name, colour) for every marker colour in use; by actor the lanes' strips say it."""
        if self._lane_mode == "actor" or len(self._events) == 0:
            return []
        used = set(np.unique(self._cidx).tolist())
        actors = sorted(self._actor_rank, key=self._actor_rank.__getitem__)
        out = [(a, theme.lane_color(i)) for i, a in enumerate(actors) if i in used]
        if -1 in used:
            out.append((_tr("other actors"), theme.lane_color(-1)))
        return out

    def actor_color(self, actor: str) -> QColor:
        """The colour used for ``actor`` (grey unless it is one of the main actors)."""
        return theme.lane_color(self._actor_rank.get(actor, -1))

    def _set_actor_rank(self, rank: dict[str, int], basis: Sequence[Event]) -> None:
        """The actors with a lane (and colour); ``basis``, the events whose counts ranked them."""
        self._actor_rank = rank
        freq = Counter(a for e in basis for a in dict.fromkeys(e.actors))
        self._cidx = np.fromiter(
            (rank.get(_owner(e, freq), min((rank[a] for a in e.actors if a in rank), default=-1))
             if e.actors else -1 for e in self._events), dtype=np.int64, count=len(self._events))

    def _index_actors(self) -> None:
        """Actors as numbers (in name order), for ranking the events in view at every frame."""
        names = sorted({a for e in self._events for a in e.actors})
        number = {a: i for i, a in enumerate(names)}
        pairs = [(i, number[a]) for i, e in enumerate(self._events) for a in dict.fromkeys(e.actors)]
        self._actor_names = names
        self._pair_event = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        self._pair_actor = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
        n = len(self._events)
        self._first_actor = np.fromiter((number[e.actors[0]] if e.actors else -1 for e in self._events),
                                        dtype=np.int64, count=n)
        self._second_actor = np.fromiter((number[e.actors[1]] if len(e.actors) > 1 else -1
                                          for e in self._events), dtype=np.int64, count=n)

    def _index_articles(self) -> None:
        """Articles as numbers (in id order): which ones each event cites, and its main one."""
        names = sorted({m.article_id for e in self._events for m in e.mentions if m.article_id})
        number = {a: i for i, a in enumerate(names)}
        pairs = [(i, number[a]) for i, e in enumerate(self._events)
                 for a in dict.fromkeys(m.article_id for m in e.mentions) if a]
        self._article_names = names
        self._pair_event_article = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        self._pair_article = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
        self._event_article = np.fromiter((number.get(_main_article(e), -1) for e in self._events),
                                         dtype=np.int64, count=len(self._events))

    def _rank_articles_among(self, mask: np.ndarray) -> dict[str, int]:
        """The articles with a lane: those cited by most events in ``mask``, at most ARTICLE_LANES."""
        counts = np.bincount(self._pair_article[mask[self._pair_event_article]],
                             minlength=len(self._article_names))
        cand = np.nonzero(counts)[0]
        top = cand[np.lexsort((cand, -counts[cand]))][:ARTICLE_LANES]
        return {self._article_names[int(a)]: k for k, a in enumerate(top)}

    def _owners(self, freq: np.ndarray) -> np.ndarray:
        """Each event's owner (see ``_owner``): the more frequent of its first two actors."""
        a0, a1 = self._first_actor, self._second_actor
        f0 = freq[np.maximum(a0, 0)]
        f1 = np.where(a1 >= 0, freq[np.maximum(a1, 0)], -1)
        return np.where((a1 >= 0) & ((f1 > f0) | ((f1 == f0) & (a1 < a0))), a1, a0)

    def _rank_among(self, mask: np.ndarray) -> tuple[dict[str, int], np.ndarray]:
        """``_main_actors`` of the events in ``mask``, and every event's colour index by it."""
        n_actors = len(self._actor_names)
        freq = np.bincount(self._pair_actor[mask[self._pair_event]], minlength=n_actors)
        owner = self._owners(freq)
        has = self._first_actor >= 0
        owned = np.bincount(owner[mask & has], minlength=n_actors)
        cand = np.nonzero(owned)[0]
        top = cand[np.lexsort((cand, -freq[cand], -owned[cand]))][:ACTOR_LANES]
        big = len(self._events) + n_actors + 1
        rank_of = np.full(n_actors + 1, big, dtype=np.int64)  # the last slot: no actor
        rank_of[top] = np.arange(len(top))
        cidx = rank_of[np.where(has, owner, n_actors)]
        fallback = np.full(len(self._events), big, dtype=np.int64)  # the best-ranked of its actors
        np.minimum.at(fallback, self._pair_event, rank_of[self._pair_actor])
        cidx = np.where(cidx < big, cidx, np.where(fallback < big, fallback, -1))
        cidx[~has] = -1
        return {self._actor_names[int(a)]: k for k, a in enumerate(top)}, cidx

    def _in_view(self) -> np.ndarray:
        (vx0, vx1), _ = self._vb.viewRange()
        return self._vis & (self._x1 > vx0) & (self._x0 < vx1)  # some of its days are visible

    def _follow_view_with_lanes(self, in_view: np.ndarray, rebuild: bool = True) -> bool:
        """By actor and by article, the lanes go to the actors (articles) of the events in view
        (and the filter), so that no lane stands empty while the events crowd the last lane
        (70 articles of 2016–2025: the top actors of all years have nothing in a given month;
        15 articles of several years: most have nothing in a given month).  They change only
        when a lane would stand empty, or when events in view crowd the last lane while there
        is room for more lanes, not while panning past a few events of others.  The last lane
        ("Other actors", "Other articles") is there only while it holds an event in view.
        True if the lanes changed."""
        seen = self._lanes_in_view(in_view)
        if seen is None:
            return False
        k, limit, shown, crowded = seen
        changed = False
        if not (k and np.bincount(shown[shown >= 0], minlength=k)[:k].all()) or (crowded and k < limit):
            changed = self._rank_lanes_among(in_view)  # a lane stands empty, or one more is wanted
            if changed:
                _, _, shown, _ = self._lanes_in_view(in_view) or seen
        rest = bool((shown < 0).any())
        changed = changed or rest != self._rest_lane
        self._rest_lane = rest
        if changed and rebuild:
            self._rebuild_lanes()
        return changed

    def _lanes_in_view(self, in_view: np.ndarray) -> tuple[int, int, np.ndarray, bool] | None:
        """(lanes, most lanes, the lane of every marker in view with -1 for the last one, whether
        one in view in the last lane could have a lane of its own); None when the lanes stay."""
        if not in_view.any():
            return None
        if self._lane_mode == "actor" and self._actor_names:
            crowded = bool((self._cidx[in_view & (self._first_actor >= 0)] < 0).any())
            return len(self._actor_rank), ACTOR_LANES, self._cidx[in_view], crowded
        if self._lane_mode == "article" and self._article_names:
            main = self._event_article[in_view]
            shown = np.concatenate([  # every lane an event is drawn in (copies too); no article: the last
                self._article_lane[self._pair_article[in_view[self._pair_event_article]]],
                np.full(int((main < 0).sum()), -1, dtype=np.int64)])
            crowded = bool((self._article_lane[main[main >= 0]] < 0).any())
            return len(self._article_rank), ARTICLE_LANES, shown, crowded
        return None

    def _rank_lanes_among(self, in_view: np.ndarray) -> bool:
        """The lanes to the actors (articles) of the events in ``in_view``; True if they changed."""
        if self._lane_mode == "actor":
            rank, cidx = self._rank_among(in_view)
            if set(rank) == set(self._actor_rank):
                return False
            self._actor_rank, self._cidx = rank, cidx
            return True
        ranked = self._rank_articles_among(in_view)
        if set(ranked) == set(self._article_rank):
            return False
        self._set_article_rank(ranked)
        return True

    def _set_article_rank(self, rank: dict[str, int]) -> None:
        """The articles with a lane, and each article's lane by its number (-1: the last lane)."""
        self._article_rank = rank
        self._article_lane = np.fromiter((rank.get(a, -1) for a in self._article_names), dtype=np.int64,
                                         count=len(self._article_names))

    def _assign_lanes(self) -> tuple[np.ndarray, list[str], list[QColor | None]]:
        n = len(self._events)
        mode = self._lane_mode
        if mode == "single" or n == 0:
            return np.zeros(n, dtype=np.int64), [_tr("All events")], [None]
        if mode == "actor":
            lane = self._cidx.copy()
            names = sorted(self._actor_rank, key=self._actor_rank.__getitem__)
            colors: list[QColor | None] = [theme.lane_color(i) for i in range(len(names))]
            if (lane < 0).any():
                lane[lane < 0] = len(names)
                self._rest_name = _tr("Other actors") if names else _tr("All events")
                if self._rest_lane or not names:
                    names.append(self._rest_name)
                    colors.append(QColor(theme.OTHERS))
            return lane, names, colors
        arts = [_main_article(e) for e in self._events]
        # articles ranked by the events in view they cite (not only those they are the main source of)
        rank = self._article_rank
        top = sorted(rank, key=rank.__getitem__)
        lane = np.fromiter((rank.get(a, len(top)) for a in arts), dtype=np.int64, count=n)
        # a merged event is drawn in the lane of every article citing it (copies, linked)
        for i, e in enumerate(self._events):
            others = sorted({rank.get(m.article_id, len(top)) for m in e.mentions} - {int(lane[i])})
            if others:
                self._echo_lanes[i] = others
        names = [self._titles.get(a) or a for a in top]
        if (lane == len(top)).any() or any(len(top) in v for v in self._echo_lanes.values()):
            self._rest_name = _tr("Other articles") if top else _tr("All events")
            if self._rest_lane or not top:
                names.append(self._rest_name)
        return lane, names, [None] * len(names)

    def _rebuild_lanes(self, styles_changed: bool = True) -> None:
        self._echo_lanes = {}
        lane, names, colors = self._assign_lanes()
        rows = _pack_rows(lane, self._x0, self._x1) if len(lane) else np.zeros(0, dtype=np.int64)
        self._y = lane + np.asarray(ROW_OFFSETS)[rows] if len(lane) else np.zeros(0)
        self._set_echoes(rows)
        self._lane_names = names
        self._set_lanes_view(colors)
        if styles_changed or len(self._scatter.data) != len(self._y):
            self._set_scatter()
        else:
            self._scatter.set_y(self._y)
        self._set_bars()
        self._update_disputed_marks()
        self._update_selection_ring()
        self._hover_ring.setData([], [])
        self._legend.set_actors(self.colours_in_use())

    def _set_lanes_view(self, colors: list[QColor | None]) -> None:
        n = max(1, len(self._lane_names))
        self._lane_axis.set_lanes(self._lane_names)
        self._bands.set_lanes(colors if colors else [None])
        self._vb.setLimits(yMin=-0.5, yMax=n - 0.5)
        self._vb.setYRange(-0.5, n - 0.5, padding=0)

    def _set_echoes(self, rows: np.ndarray) -> None:
        if not self._echo_lanes:
            self._echoes.clear()
            return
        ev = np.fromiter((i for i, lanes in self._echo_lanes.items() for _ in lanes), dtype=np.int64)
        ln = np.fromiter((j for lanes in self._echo_lanes.values() for j in lanes), dtype=float)
        y = ln + np.asarray(ROW_OFFSETS)[rows[ev]]
        colors = [theme.lane_color(int(c)) for c in self._cidx[ev]]
        self._echoes.set_echoes(ev, self._xm[ev], y, self._y[ev], self._size[ev], colors, self._planned[ev])
        self._echoes.set_visible_mask(self._vis[ev])

    def lanes_of(self, event_id: str) -> list[str]:
        """Every lane the event is drawn in: its own first, then those of its other articles."""
        i = self._index.get(event_id)
        if i is None:
            return []
        lanes = [int(round(self._y[i]))] + self._echo_lanes.get(i, [])
        return [self._lane_name(j) for j in lanes]

    def _set_scatter(self) -> None:
        if len(self._events) == 0:
            self._scatter.clear()
            return
        # style k = 2 * (colour index + 1) + planned
        brushes, pens = [], []
        white = pg.mkPen("w", width=1.0)  # scatter pens must be cosmetic
        for c in range(-1, len(theme.PALETTE)):
            col = theme.lane_color(c)
            brushes += [QBrush(col), QBrush(QColor(theme.BACKGROUND))]
            pens += [white, pg.mkPen(col, width=2.0)]
        style = (self._cidx + 1) * 2 + self._planned.astype(np.int64)
        self._scatter.set_points(self._xm, self._y, self._size, self._ids, style, brushes, pens)
        self._scatter.set_visible_mask(self._vis)

    def _set_bars(self) -> None:
        b = self._bar_idx
        styles: dict[int, tuple[QBrush, QPen]] = {}
        for c in range(-1, len(theme.PALETTE)):
            col = theme.lane_color(c)
            # opaque tints (no alpha blending: cheaper with thousands of bars)
            styles[(c + 1) * 2] = (QBrush(theme.tint(col, 0.75)), QPen(Qt.PenStyle.NoPen))
            outline = pg.mkPen(col, width=1.0)  # planned: hollow bar, like hollow markers
            styles[(c + 1) * 2 + 1] = (QBrush(theme.tint(col, 0.15)), outline)
        key = (self._cidx[b] + 1) * 2 + self._planned[b].astype(np.int64)
        self._bars.set_bars(self._x0[b], self._x1[b], self._y[b], key, styles)
        self._bars.set_visible_mask(self._vis[b])

    # ------------------------------------------------------------------ selection --------
    def set_selected(self, event_id: str | None, reveal: bool = True) -> None:
        """Select ``event_id`` (None clears); with ``reveal`` pans to it if out of view.

        Does not emit ``event_selected``.  Unknown or filtered-out ids clear the selection.
        """
        i = self._index.get(event_id) if event_id else None
        if i is None or not self._vis[i]:
            self._selected = None
        else:
            self._selected = event_id
            if reveal:
                x0, x1 = self._vb.viewRange()[0]
                if not (x0 <= self._xm[i] <= x1):
                    half = (x1 - x0) / 2
                    self._vb.setXRange(self._xm[i] - half, self._xm[i] + half, padding=0)
        self._update_selection_ring()
        self._schedule_labels()

    def selected(self) -> str | None:
        return self._selected

    def _update_disputed_marks(self) -> None:
        idx = np.nonzero(self._disputed & self._vis)[0] if len(self._disputed) == len(self._vis) else []
        if len(idx) == 0:
            self._disputed_marks.setData([], [])
        else:
            self._disputed_marks.setData(self._xm[idx], self._y[idx], size=self._size[idx] + 9)

    def disputed_ids(self) -> list[str]:
        """Ids of the shown events marked as disputed (their sources give different days)."""
        return [str(self._ids[i]) for i in np.nonzero(self._disputed & self._vis)[0]]

    def _update_selection_ring(self) -> None:
        i = self._index.get(self._selected) if self._selected else None
        self._echoes.set_linked(i)
        if i is None:
            self._sel_ring.setData([], [])
        else:
            self._sel_ring.setData([self._xm[i]], [self._y[i]], size=float(self._size[i]) + 8)

    def _select_from_user(self, event_id: str | None) -> None:
        self.set_selected(event_id, reveal=False)
        self.event_selected.emit(self._selected or "")

    def _on_points_clicked(self, item: object, points: Sequence[SpotItem], ev: Any) -> None:
        if len(points) == 0:
            return
        event_id = str(points[0].data())
        self._select_from_user(event_id)
        if ev is not None and hasattr(ev, "double") and ev.double():
            self.event_activated.emit(event_id)

    def _on_background_click(self, pos: QPointF, double: bool = False) -> None:
        """A click beside every marker: on a label selects its event, elsewhere clears."""
        x, y = pos.x(), pos.y()
        echo = self._echo_at(x, y)
        if echo is not None:
            event_id = str(self._ids[echo])
            self._select_from_user(event_id)
            if double:
                self.event_activated.emit(event_id)
            return
        for left, top, right, bottom, members, _owner in self._badge_rects:
            if left <= x <= right and top <= y <= bottom:
                self.zoom_to_events(members)
                return
        for left, top, right, bottom, i in self._label_rects:
            if left <= x <= right and top <= y <= bottom:
                event_id = str(self._ids[i])
                self._select_from_user(event_id)
                if double:
                    self.event_activated.emit(event_id)
                return
        self._select_from_user(None)

    def select_adjacent(self, step: int) -> str | None:
        """Select the next (``step`` > 0) or previous visible event in time, as a user's choice.

        With nothing selected (or the selection out of view) the first or last event in view
        is taken; the view pans to follow.  Returns the selected id."""
        order = np.nonzero(self._vis)[0]
        if len(order) == 0:
            return None
        order = order[np.lexsort((self._y[order], self._xm[order]))]
        cur = self._index.get(self._selected) if self._selected else None
        (vx0, vx1), _ = self._vb.viewRange()
        if cur is None or not (vx0 <= self._xm[cur] <= vx1):
            in_view = order[(self._xm[order] >= vx0) & (self._xm[order] <= vx1)]
            pool = in_view if len(in_view) else order
            nxt = int(pool[0] if step > 0 else pool[-1])
        else:
            pos = int(np.nonzero(order == cur)[0][0]) + (1 if step > 0 else -1)
            nxt = int(order[min(max(pos, 0), len(order) - 1)])
        event_id = str(self._ids[nxt])
        self.set_selected(event_id, reveal=True)
        self.event_selected.emit(self._selected or "")
        return self._selected

    def _echo_at(self, x: float, y: float) -> int | None:
        """The event whose copy (lanes by article) is under ViewBox pixel (x, y)."""
        if not self._echoes.count():
            return None
        (vx0, vx1), _ = self._vb.viewRange()
        idx = self._echoes.in_view(vx0, vx1)
        if len(idx) == 0:
            return None
        tr = self._vb.childTransform()
        ex = self._echoes._x[idx] * tr.m11() + tr.m31()
        ey = self._echoes._y[idx] * tr.m22() + tr.m32()
        d = np.hypot(ex - x, ey - y) - self._echoes._size[idx] / 2
        k = int(np.argmin(d))
        return int(self._echoes._event[idx[k]]) if d[k] <= 2 else None

    def echo_positions(self, event_id: str) -> list[QPointF]:
        """Centres (ViewBox px) of the event's copies in other lanes."""
        i = self._index.get(event_id)
        if i is None or not self._echoes.count():
            return []
        tr = self._vb.childTransform()
        ks = np.nonzero(self._echoes._event == i)[0]
        return [tr.map(QPointF(self._echoes._x[k], self._echoes._y[k])) for k in ks.tolist()]

    def zoom_to_events(self, indices: Sequence[int]) -> None:
        """Show the events with these indices (a click on a "+N" badge): their span, padded."""
        if len(indices) == 0:
            return
        arr = np.asarray(list(indices), dtype=np.int64)
        lo, hi = float(self._x0[arr].min()), float(self._x1[arr].max())
        pad = max((hi - lo) * 0.15, 0.5)
        self._vb.setXRange(lo - pad, hi + pad, padding=0)

    def click_event(self, event_id: str, double: bool = False) -> None:
        """Act as if the user clicked (or double-clicked) the event's marker."""
        if event_id in self._index:
            self._select_from_user(event_id)
            if double:
                self.event_activated.emit(event_id)

    def marker_position(self, event_id: str) -> QPointF | None:
        """Centre of the event's marker in ``self`` widget coordinates (None if unknown)."""
        i = self._index.get(event_id)
        if i is None:
            return None
        scene_pt = self._vb.mapViewToScene(QPointF(self._xm[i], self._y[i]))
        view_pt = self._glw.mapFromScene(scene_pt)
        return QPointF(self._glw.mapTo(self, view_pt))

    # ------------------------------------------------------------------ hover ------------
    def _on_hover(self, index: int | None, count: int = 0, pos: QPointF | None = None) -> None:
        if index is None:
            self._hover_ring.setData([], [])
            if pos is None:
                self._vb.setToolTip("")
                return
            px = self._vb.childTransform().map(pos)
            echo = self._echo_at(px.x(), px.y())
            if echo is not None:  # a merged event's copy in another article's lane
                self._vb.setToolTip(self.tooltip_text(str(self._ids[echo])))
                return
            self._vb.setToolTip(self.badge_tooltip(px))
            return
        self._hover_ring.setData([self._xm[index]], [self._y[index]], size=float(self._size[index]) + 4)
        tip = self.tooltip_text(self._events[index].id)
        if count > 1:
            tip += "\n" + _tr("(+{n} more here; zoom in)").format(n=count - 1)
        self._vb.setToolTip(tip)

    def tooltip_text(self, event_id: str) -> str:
        """Date, label, actors and number of sources of one event."""
        e = self._events[self._index[event_id]]
        when = _event_date(e)  # in the UI's language, as in the table and the side panel
        if e.status is Status.PLANNED:
            when = _tr("{date} (planned)").format(date=when)
        n = e.source_count
        lines = [when, e.label]
        if e.actors:
            lines.append(", ".join(e.actors))
        lines.append(_tr("1 source") if n == 1 else _tr("{n} sources").format(n=n))
        return "\n".join(lines)

    # ------------------------------------------------------------------ range ------------
    def set_range(self, first: date, last: date) -> None:
        """Show the days ``first`` to ``last`` (inclusive)."""
        if last < first:
            first, last = last, first
        self._vb.setXRange(to_x(first), to_x(last) + 1.0, padding=0)

    def visible_range(self) -> tuple[date, date]:
        """First and last day (partly) visible."""
        x0, x1 = self._vb.viewRange()[0]
        eps = 1e-6
        first = from_x(x0 + eps)
        last = from_x(math.ceil(x1 - eps) - 1)
        return first, max(first, last)

    def fit_all(self) -> None:
        """Show every (filtered) event, with a small margin."""
        m = self._vis
        if len(self._events) == 0 or not m.any():
            self.show_default_range()
            return
        lo, hi = float(self._x0[m].min()), float(self._x1[m].max())
        pad = max((hi - lo) * 0.03, 1.0)
        if hi - lo + 2 * pad > MAX_SPAN_DAYS:
            # more than the widest view (a 1926 birth among 2019–2025 news): the widest stretch that
            # holds the most events, not its middle (which might hold one)
            lo, hi = _densest_window(self._xm[m], MAX_SPAN_DAYS * 0.97)
            pad = (MAX_SPAN_DAYS - (hi - lo)) / 2
        self._vb.setXRange(lo - pad, hi + pad, padding=0)

    def reveal_shown(self) -> bool:
        """If a filter shows events but none of them in view, fit them (True: the view moved)."""
        if not self._vis.any() or self._in_view().any():
            return False
        self.fit_all()
        return True

    def show_default_range(self) -> None:
        """The "Feb–May 2025" preset: 1 Feb to 31 May 2025, the view on first open."""
        self.set_range(DEFAULT_FIRST, DEFAULT_LAST)

    def zoom(self, factor: float, center: date | None = None) -> None:
        """Multiply the visible span by ``factor`` (0.5 zooms in 2x, 2.0 zooms out 2x).

        ``center`` (a day) becomes the middle of the view; default: keep the middle.
        The span stays between one hour and six decades.
        """
        if factor <= 0:
            raise ValueError("zoom factor must be positive")
        x0, x1 = self._vb.viewRange()[0]
        width = min(max((x1 - x0) * factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        c = to_x(center) + 0.5 if center is not None else (x0 + x1) / 2
        self._vb.setXRange(c - width / 2, c + width / 2, padding=0)

    def pan(self, fraction: float) -> None:
        """Move by ``fraction`` of the visible width (positive: later)."""
        x0, x1 = self._vb.viewRange()[0]
        dx = (x1 - x0) * fraction
        self._vb.setXRange(x0 + dx, x1 + dx, padding=0)

    def set_utc_offset_hours(self, hours: float) -> None:
        """Label the time axis at UTC+``hours`` (default 0, UTC)."""
        self._utc_offset = float(hours)
        self._time_axis.set_utc_offset_hours(hours)
        if self._overview is not None:
            self._overview.set_utc_offset_hours(hours)

    def utc_offset_hours(self) -> float:
        return self._utc_offset

    def _update_limits(self) -> None:
        lo = min(float(self._x0.min()) if len(self._x0) else 0.0, to_x(DEFAULT_FIRST))
        hi = max(float(self._x1.max()) if len(self._x1) else 0.0, to_x(DEFAULT_LAST) + 1)
        lo, hi = lo - 366.0, hi + 366.0
        self._vb.setLimits(xMin=lo, xMax=hi, minXRange=MIN_SPAN_DAYS, maxXRange=min(MAX_SPAN_DAYS, hi - lo))

    def _on_x_range_changed(self, vb: object, rng: tuple[float, float]) -> None:
        if self._overview is not None:
            self._overview.set_region(float(rng[0]), float(rng[1]))
        current = self.visible_range()
        if current != self._last_range:
            self._last_range = current
            self.range_changed.emit(current[0], current[1])
        self._schedule_labels()

    def _on_overview_region(self, x0: float, x1: float) -> None:
        self._vb.setXRange(x0, x1, padding=0)

    # ------------------------------------------------------------------ labels, title ----
    def _schedule_labels(self, *args: object) -> None:
        if not self._label_timer.isActive():
            self._label_timer.start()

    def _label_text(self, i: int, fm: QFontMetricsF, limit: float = theme.LABEL_MAX_WIDTH) -> tuple[str, float]:
        key = (i, limit)
        hit = self._label_cache.get(key)
        if hit is None:
            text = fm.elidedText(self._events[i].label, Qt.TextElideMode.ElideRight, limit)
            hit = (text, fm.horizontalAdvance(text))
            self._label_cache[key] = hit
        return hit

    def refresh_labels(self) -> None:
        """Label the events in view so that the picture reads at a glance.

        Greedy, most-reported first: each label goes right of its marker, left, or just
        above / below (with a leader line), inside its lane, clear of every other label,
        marker and bar in view (its own bar too).  A bar whose start is off-screen keeps its
        label at the left edge.  Markers left without a label are counted in a "+N" badge
        beside them (a click zooms in), or in the lane's corner: none goes uncounted.
        """
        self._label_timer.stop()
        self._update_title()
        size = self._vb.size()
        W, H = size.width(), size.height()  # noqa: N806
        self._label_rects = []
        self._badge_rects = []
        self._lane_overflow_members = []
        if len(self._events) == 0 or W < 20 or H < 20:
            self._labels.set_labels([])
            self._lane_axis.set_overflow({})
            return
        (vx0, vx1), _ = self._vb.viewRange()
        in_view = self._in_view()
        self._follow_view_with_lanes(in_view)
        every = np.nonzero(in_view)[0]
        tr = self._vb.childTransform()
        sx, ox, sy, oy = tr.m11(), tr.m31(), tr.m22(), tr.m32()
        fm = QFontMetricsF(self._labels._font)
        h = self._labels.height
        lane_px = abs(sy)
        bar_h = theme.BAR_HEIGHT / 2

        cw = 64.0  # obstacles in a grid of cells one label height by 64 px
        grid: dict[tuple[int, int], list[tuple[float, float, float, float, int]]] = {}

        def cells(left: float, top: float, right: float, bottom: float) -> list[tuple[int, int]]:
            return [(r, c) for r in range(int(top // h), int(bottom // h) + 1)
                    for c in range(int(left // cw), int(right // cw) + 1)]

        def add(left: float, top: float, right: float, bottom: float, owner: int) -> None:
            rect = (left, top, right, bottom, owner)
            for key in cells(left, top, right, bottom):
                grid.setdefault(key, []).append(rect)

        # every marker and bar in view (and every copy of a merged event) is an obstacle, a bar
        # even for its own label.  Up to GRID_OBSTACLES they go into the grid, exactly; beyond,
        # into an occupancy raster asked in constant time (see _Occupancy: it rounds outwards,
        # so a crowded view gets fewer labels, never overlapping ones)
        BAR, ECHO = 1 << 40, 1 << 41  # noqa: N806 - owner ids of bars and copies: never a marker's
        all_cx = self._xm[every] * sx + ox
        all_cy = self._y[every] * sy + oy
        all_r = self._radius(every)
        bars = every[(self._x1[every] - self._x0[every]) > 1.0]
        b_cy = self._y[bars] * sy + oy
        b_x0, b_x1 = self._x0[bars] * sx + ox, self._x1[bars] * sx + ox
        echo_idx = self._echoes.in_view(vx0, vx1) if self._echoes.count() else np.zeros(0, dtype=np.int64)
        ex = self._echoes._x[echo_idx] * sx + ox
        ey = self._echoes._y[echo_idx] * sy + oy
        er = self._echoes._size[echo_idx] / 2
        occupied: _Occupancy | None = None
        if len(every) + len(bars) + len(echo_idx) <= GRID_OBSTACLES:
            on = (all_cx >= -all_r) & (all_cx <= W + all_r)
            for i, cx, cy, r in zip(every[on].tolist(), all_cx[on].tolist(), all_cy[on].tolist(),
                                    all_r[on].tolist()):
                add(cx - r, cy - r, cx + r, cy + r, i)
            for i, a, b, cy in zip(bars.tolist(), b_x0.tolist(), b_x1.tolist(), b_cy.tolist()):
                add(max(a, -10.0), cy - bar_h, min(b, W + 10), cy + bar_h, BAR + i)
            for k, x, y, r in zip(echo_idx.tolist(), ex.tolist(), ey.tolist(), er.tolist()):
                add(x - r, y - r, x + r, y + r, ECHO + k)
        else:
            occupied = _Occupancy(W, H)
            occupied.mark(all_cx - all_r, all_cy - all_r, all_cx + all_r, all_cy + all_r)
            occupied.mark(b_x0, b_cy - bar_h, b_x1, b_cy + bar_h)
            occupied.mark(ex - er, ey - er, ex + er, ey + er)
            occupied.freeze()

        beyond = np.zeros(0, dtype=np.int64)  # huge data: counted beside their lane's name only
        if len(every) > OBSTACLE_CAP:  # the most reported ones get a label or a badge
            score = self._src[every] * 1e6 - self._xm[every]
            part = np.argpartition(-score, OBSTACLE_CAP)
            every, beyond = every[part[:OBSTACLE_CAP]], every[part[OBSTACLE_CAP:]]

        def free(left: float, top: float, right: float, bottom: float, me: int, pad: float = 3.0) -> bool:
            if occupied is not None and occupied.any(left - 2, top, right + 2, bottom):
                return False
            for key in cells(left, top, right, bottom):
                for pl, pt_, pr, pb, owner in grid.get(key, ()):
                    if owner != me and left - pad < pr and right + pad > pl and top < pb and bottom > pt_:
                        return False
            return True

        cxs_a = self._xm[every] * sx + ox
        cys_a = self._y[every] * sy + oy
        rs_a = self._radius(every)
        p0_a = self._x0[every] * sx + ox
        p1_a = self._x1[every] * sx + ox
        isbar_a = (self._x1[every] - self._x0[every]) > 1.0
        ck = np.arange(len(every))
        if len(ck) > LABEL_CANDIDATES:
            score = self._src[every] * 1e6 - self._xm[every]
            ck = ck[np.argpartition(-score, LABEL_CANDIDATES)[:LABEL_CANDIDATES]]
        ck = ck[np.lexsort((self._xm[every[ck]], -self._src[every[ck]]))]
        px = {int(every[k]): (float(cxs_a[k]), float(cys_a[k]), float(rs_a[k]), float(p0_a[k]), float(p1_a[k]),
                              bool(isbar_a[k])) for k in ck.tolist()}
        order = [int(every[k]) for k in ck.tolist()]
        sel = self._index.get(self._selected) if self._selected else None
        if sel is not None and sel in px:
            order = [sel] + [i for i in order if i != sel]

        def lane_bounds(i: int) -> tuple[float, float]:
            mid = round(float(self._y[i])) * sy + oy
            return max(0.0, mid - lane_px / 2 + 1), min(H, mid + lane_px / 2 - 1)

        off = h / 2 + theme.MARKER_MAX / 2 + 1  # above / below: clear of markers on the lane's line
        labels: list[tuple[float, float, str, float, float, float, bool, int, float]] = []
        labelled: set[int] = set()
        last_w = math.inf
        misses = 0  # candidates in a row that found no room: the view is full, stop asking
        for i in order:
            if misses >= SATURATED_AFTER:
                break
            if len(labels) >= theme.LABEL_CAP:
                break
            cx, cy, r, a, b, isb = px[i]
            lane_top, lane_bottom = lane_bounds(i)
            on_screen = 0 <= cx <= W
            # the whole label where it fits, else shorter (never below a few words)
            for limit in LABEL_WIDTHS:
                text, w = self._label_text(i, fm, limit)
                if limit != LABEL_WIDTHS[0] and w >= last_w:
                    continue
                last_w = w
                spot = self._label_spot(cx, cy, r, b, isb, on_screen, w, h, off, bar_h, W, lane_top, lane_bottom,
                                        lambda left, top, right, bottom, me=i: free(left, top, right, bottom, me))
                if spot is None:
                    continue
                left, dy, kind = spot
                top = cy + dy - h / 2
                add(left, top, left + w, top + h, i)  # its own: widened into free room at the end
                self._label_rects.append((left, top, left + w, top + h, i))
                labels.append((float(self._xm[i]), float(self._y[i]), text, left - cx, dy, w,
                               bool(self._planned[i]), kind, r))
                labelled.add(i)
                break
            misses = 0 if i in labelled else misses + 1
            last_w = math.inf

        # markers without a label: counted in "+N" badges, so that none goes unnoticed.  Per lane,
        # unlabelled markers closer than CLUSTER_GAP_PX form one group (found with numpy)
        unlabelled = ~np.isin(every, np.fromiter(labelled, dtype=np.int64, count=len(labelled)))
        shown = ((cxs_a >= -rs_a) & (cxs_a <= W + rs_a)) | isbar_a
        keep = np.nonzero(unlabelled & shown)[0]
        lanes_r = np.round(self._y[every[keep]]).astype(np.int64)
        xpos = np.maximum(cxs_a[keep], 2.0)
        srt = np.lexsort((xpos, lanes_r))
        keep, lanes_r, xpos = keep[srt], lanes_r[srt], xpos[srt]
        new_group = np.ones(len(keep), dtype=bool)
        new_group[1:] = (lanes_r[1:] != lanes_r[:-1]) | (np.diff(xpos) > CLUSTER_GAP_PX)
        starts = np.nonzero(new_group)[0].tolist() + [len(keep)]
        overflow: dict[int, list[int]] = {}
        badge_owner = -2
        carry: list[int] = []  # a group with no room beside it joins the next group's badge
        carry_lane: int | None = None
        carry_first, carry_geo = 0, (0.0, 0.0, 0.0, 0)
        for s0, s1 in zip(starts[:-1], starts[1:]):
            lane = int(lanes_r[s0])
            if carry and carry_lane != lane:
                overflow[carry_lane] = carry  # type: ignore[index]
                carry = []
            g = carry + every[keep[s0:s1]].tolist()
            first_k, last_k = (carry_first if carry else int(keep[s0])), int(keep[s1 - 1])
            badge_owner -= 1
            geo_first = (float(xpos[s0]) if not carry else carry_geo[0], float(cys_a[first_k]), float(rs_a[first_k]),
                         int(every[first_k]))
            geo_last = (float(xpos[s1 - 1]), float(cys_a[last_k]), float(rs_a[last_k]), int(every[last_k]))
            if self._place_badge(g, geo_first, geo_last, lane_bounds(g[0]), fm, W, h, off, free, add, labels,
                                 badge_owner):
                carry = []
            else:
                if not carry:
                    carry_first, carry_geo = first_k, geo_first
                carry, carry_lane = g, lane
        if carry:
            overflow[carry_lane] = carry  # type: ignore[index]
        lane_counts: dict[int, int] = {}
        pos_of = {int(every[k]): k for k in keep.tolist()}
        for lane, members in overflow.items():
            badge_owner -= 1
            ks = [pos_of[i] for i in members]
            k0 = min(ks, key=lambda k: cxs_a[k])
            k1 = max(ks, key=lambda k: cxs_a[k])
            geo_first = (float(max(cxs_a[k0], 2.0)), float(cys_a[k0]), float(rs_a[k0]), int(every[k0]))
            geo_last = (float(max(cxs_a[k1], 2.0)), float(cys_a[k1]), float(rs_a[k1]), int(every[k1]))
            if not self._place_badge(members, geo_first, geo_last, lane_bounds(members[0]), fm, W, h, off, free,
                                     add, labels, badge_owner, corner=True):
                lane_counts[lane] = len(members)  # no room in the lane: counted beside its name
                self._lane_overflow_members.extend(members)
        if len(beyond):
            lanes_beyond = np.round(self._y[beyond]).astype(np.int64)
            for lane, n in zip(*np.unique(lanes_beyond, return_counts=True)):
                lane_counts[int(lane)] = lane_counts.get(int(lane), 0) + int(n)
            self._lane_overflow_members.extend(beyond.tolist())
        self._lane_axis.set_overflow(lane_counts)
        self._widen_labels(labels, fm, h, W, free, add)
        self._labels.set_labels(labels)

    def _widen_labels(self, labels: list[Any], fm: QFontMetricsF, h: float, W: float,  # noqa: N803
                      free: Any, add: Any) -> None:
        """Labels cut short where the room beside them is free (every label and badge placed):
        longer, up to LABEL_WIDE_WIDTH, away from their marker.  None more, none moved."""
        for k in range(len(self._label_rects)):  # the labels come first, the badges after them
            x, y, text, dx, dy, w, planned, kind, r = labels[k]
            i = self._label_rects[k][4]
            if kind != _LabelLayer.LABEL or not text.endswith("…"):
                continue  # whole, or above / below its marker with a leader: its place is the marker's
            left, top = self._label_rects[k][0], self._label_rects[k][1]
            cx = left - dx
            rightward = left >= cx  # right of its marker, or a bar's label at the left edge
            room = (W - left) if rightward else (left + w)  # to the edge of the view
            for limit in (theme.LABEL_WIDE_WIDTH, (theme.LABEL_WIDE_WIDTH + w) / 2):
                longer, wide = self._label_text(i, fm, 8.0 * ((min(limit, room - 2)) // 8))  # few cache keys
                if wide < w + 24:  # not a word more
                    break
                strip = (left + w, left + wide) if rightward else (left + w - wide, left)
                if free(strip[0], top, strip[1], top + h, i):
                    new_left = left if rightward else left + w - wide
                    add(strip[0], top, strip[1], top + h, i)
                    self._label_rects[k] = (new_left, top, new_left + wide, top + h, i)
                    labels[k] = (x, y, longer, new_left - cx, dy, wide, planned, kind, r)
                    break

    @staticmethod
    def _label_spot(cx: float, cy: float, r: float, b: float, isb: bool, on_screen: bool, w: float, h: float,
                    off: float, bar_h: float, W: float, lane_top: float, lane_bottom: float,  # noqa: N803
                    free: Any) -> tuple[float, float, int] | None:
        """Where a label of width ``w`` goes: (left px, dy from the marker, kind) or None."""
        spots: list[tuple[float, float, int]] = []  # (left, dy, kind): kind 1 draws a leader
        if isb:
            # just above or below the bar from its start (the left edge when that is off-screen),
            # then after its end, then before its marker
            start = max(cx + r + 4, 2.0) if cx >= 0 else 2.0
            above = h / 2 + bar_h + 1
            spots += [(start, -above, 0), (start, above, 0)]
            if b + 4 + w <= W - 2 and b > 0:
                spots.append((max(b + 4, 2.0), 0.0, 0))
            if on_screen:
                spots.append((cx - r - 4 - w, 0.0, 0))
            spots += [(start, -off, 1), (start, off, 1)]
        elif on_screen:
            gap = r + 4
            spots = [(cx + gap, 0.0, 0), (cx - gap - w, 0.0, 0),
                     (cx + r * 0.35, -off, 1), (cx + r * 0.35, off, 1),
                     (cx - r * 0.35 - w, -off, 1), (cx - r * 0.35 - w, off, 1)]
        for left, dy, kind in spots:
            top = cy + dy - h / 2
            bottom = top + h
            right = left + w
            if top < lane_top or bottom > lane_bottom or left < 2 or right > W - 2:
                continue
            if free(left, top, right, bottom):
                return left, dy, kind
        return None

    def _place_badge(self, members: list[int], first_geo: tuple[float, float, float, int],
                     last_geo: tuple[float, float, float, int], lane: tuple[float, float], fm: QFontMetricsF,
                     W: float, h: float, off: float, free: Any, add: Any, labels: list,  # noqa: N803
                     owner: int, corner: bool = False) -> bool:
        """A "+N" badge for ``members`` (unlabelled markers of one lane, the leftmost and
        rightmost given as (x, y, radius, index) px) beside them or at the lane's edge."""
        text = f"+{len(members)}"
        w = fm.horizontalAdvance(text) + 8
        lane_top, lane_bottom = lane
        fx, fy, fr, first = first_geo
        lx, ly, lr, last = last_geo
        if corner:  # the lane's top or bottom edge, near the markers (a far corner would mislead)
            x = min(max(fx - w / 2, 4.0), W - w - 4)
            spots = [(x, lane_top + h / 2 + 1, first), (x, lane_bottom - h / 2 - 1, first),
                     (min(lx + lr + 4, W - w - 4), lane_top + h / 2 + 1, last),
                     (min(lx + lr + 4, W - w - 4), lane_bottom - h / 2 - 1, last)]
        else:
            spots = [(lx + lr + 4, ly, last), (fx - fr - 4 - w, fy, first),
                     (fx - w / 2, fy - off, first), (fx - w / 2, fy + off, first),
                     (lx - w / 2, ly - off, last), (lx - w / 2, ly + off, last),
                     (fx - w / 2, lane_top + h / 2 + 1, first), (fx - w / 2, lane_bottom - h / 2 - 1, first)]
        for left, cy, anchor in spots:
            top, bottom, right = cy - h / 2, cy + h / 2, left + w
            if top < lane_top or bottom > lane_bottom or left < 2 or right > W - 2:
                continue
            if not free(left, top, right, bottom, owner):
                continue
            add(left, top, right, bottom, owner)
            self._badge_rects.append((left, top, right, bottom, tuple(members), owner))
            tr = self._vb.childTransform()
            ax = float(self._xm[anchor]) * tr.m11() + tr.m31()  # the marker itself (may be off-screen)
            ay = fy if anchor == first else ly
            labels.append((float(self._xm[anchor]), float(self._y[anchor]), text, left - ax, cy - ay, w,
                           False, 2, owner))
            return True
        return False

    def _radius(self, idx: np.ndarray) -> np.ndarray:
        """What a marker takes on screen (px from its centre): with a disputed-date diamond, that."""
        r = self._size[idx] / 2
        if len(self._disputed) == len(self._size):
            r = np.where(self._disputed[idx], (self._size[idx] + 9) / 2 * 1.0, r)
        return r

    def badge_tooltip(self, px: QPointF) -> str:
        """What a "+N" badge under ViewBox pixel ``px`` counts ("" when there is none)."""
        for left, top, right, bottom, members, _owner in self._badge_rects:
            if left <= px.x() <= right and top <= px.y() <= bottom:
                order = sorted(members, key=lambda i: (self._x0[i], i))
                lines = [f"{_event_date(self._events[i])}: {self._events[i].label}" for i in order[:8]]
                if len(order) > 8:
                    lines.append(f"… (+{len(order) - 8})")
                lines.append(_tr("Click to zoom in"))
                return "\n".join(lines)
        return ""

    def badge_rects(self) -> list[tuple[float, float, float, float, tuple[int, ...]]]:
        """The "+N" badges in ViewBox pixels with the indices of the events they count."""
        return [r[:5] for r in self._badge_rects]

    def visible_labels(self) -> list[str]:
        """The label texts currently drawn (for tests and diagnostics)."""
        return self._labels.labels()

    def set_title(self, prefix: str) -> None:
        """Text shown before the visible range in the title ("" for none)."""
        self._title_prefix = prefix
        self._update_title()

    def title_text(self) -> str:
        first, last = self.visible_range()
        rng = format_range(first, last)
        return f"{self._title_prefix} — {rng}" if self._title_prefix else rng

    def _update_title(self) -> None:
        x0, x1 = self._vb.viewRange()[0]
        n_view = int((self._vis & (self._x1 >= x0) & (self._x0 <= x1)).sum()) if len(self._events) else 0
        muted = theme.TEXT_MUTED
        count = _tr("1 event in view") if n_view == 1 else _tr("{n} events in view").format(n=n_view)
        if len(self._events) and not self._vis.any():  # a search or filter that matches nothing says so
            count = _tr("no event matches the filters")
        html = (f"<span style='font-size:{theme.TITLE_PX}px; font-weight:600; color:{theme.TEXT}'>"
                f"{_html_escape(self.title_text())}</span>"
                f"<span style='font-size:{theme.LEGEND_PX + 1}px; color:{muted}'>&nbsp;&nbsp;·&nbsp;&nbsp;{count}</span>")
        if html != getattr(self, "_title_html", None):
            self._title_html = html
            self._title.setText(html)

    # ------------------------------------------------------------------ keys -------------
    def _handle_key(self, ev: QKeyEvent) -> bool:
        key = ev.key()
        ctrl = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.select_adjacent(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.event_activated.emit(self._selected)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Left:
            self.pan(-PAN_STEP)
        elif key == Qt.Key.Key_Right:
            self.pan(PAN_STEP)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self._select_from_user(None)
        else:
            return False
        return True

    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802
        if not self._handle_key(ev):
            super().keyPressEvent(ev)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
        if ev.type() == QEvent.Type.KeyPress and self._handle_key(ev):
            return True
        if ev.type() == QEvent.Type.ContextMenu and obj is self._glw.viewport():
            # a right-click on a marker selects it first, so a context menu acts on it
            hit = self._event_at_view_pos(ev.pos())
            if hit is not None and hit != self._selected:
                self._select_from_user(hit)
        return super().eventFilter(obj, ev)

    def event_at(self, pos: QPoint) -> str | None:
        """Id of the (visible) event whose marker is under ``pos`` (widget coordinates)."""
        return self._event_at_view_pos(self._glw.viewport().mapFrom(self, pos))

    def _event_at_view_pos(self, pos: QPoint) -> str | None:
        if len(self._events) == 0:
            return None
        scene_pos = self._glw.mapToScene(pos)
        if not self._vb.sceneBoundingRect().contains(scene_pos):
            return None
        hits = self._scatter.hits(self._scatter.mapFromScene(scene_pos))
        return str(self._ids[hits[0]]) if len(hits) else None

    # ------------------------------------------------------------------ export support ---
    def export_state(self) -> dict[str, Any]:
        return {
            "events": self._events, "titles": self._titles, "lane_mode": self._lane_mode,
            "visible_ids": self._visible_ids, "selected": self._selected,
            "utc": self._utc_offset, "xrange": tuple(self._vb.viewRange()[0]),
        }

    def apply_export_state(self, state: Mapping[str, Any]) -> None:
        self._lane_mode = state["lane_mode"]
        self.set_events(state["events"], state["titles"])
        self.set_visible_ids(state["visible_ids"])
        self.set_selected(state["selected"], reveal=False)
        self.set_utc_offset_hours(state["utc"])
        x0, x1 = state["xrange"]
        self._vb.setXRange(x0, x1, padding=0)

    def graphics_view(self) -> pg.GraphicsLayoutWidget:
        """The view holding title, plot and legend (what exports show)."""
        return self._glw

    def overview(self) -> OverviewStrip | None:
        return self._overview

    def scatter(self) -> pg.ScatterPlotItem:
        return self._scatter


def _html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
