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
from desktop.ui.overview import (
    ORIGIN,
    OverviewStrip,
    TimeAxis,
    format_day,
    format_range,
    from_x,
    month_abbr,
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
        self.setZValue(-100)

    def set_lanes(self, colors: list[QColor | None]) -> None:
        self._colors = list(colors)
        self.update()

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


class _LabelLayer(_ViewItem):
    """Event labels placed by TimelineWidget, drawn in pixels next to their markers."""

    def __init__(self) -> None:
        super().__init__()
        self._labels: list[tuple[float, float, str, float, float, float, bool]] = []
        self._font = theme.font(theme.LABEL_PX)
        self._font_planned = theme.font(theme.LABEL_PX, italic=True)
        self.height = QFontMetricsF(self._font).height()
        self.setZValue(8)  # under the markers: a label never hides an event

    def set_labels(self, labels: list[tuple[float, float, str, float, float, float, bool]]) -> None:
        """Each label: (x, y, text, dx and dy px from the marker centre, width px, planned)."""
        self._labels = labels
        self.update()

    def labels(self) -> list[str]:
        return [lab[2] for lab in self._labels]

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
        for x, y, text, dx, dy, w, planned in self._labels:
            pt = tr.map(QPointF(x, y))
            left = pt.x() + dx
            top = pt.y() + dy - h / 2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(halo)
            p.drawRoundedRect(QRectF(left - 2, top, w + 4, h), 3, 3)
            p.setFont(self._font_planned if planned else self._font)
            p.setPen(planned_pen if planned else text_pen)
            p.drawText(QRectF(left, top, w + 2, h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class _Legend(pg.GraphicsWidget):
    """Explains markers, bars, planned events, sizes and (optionally) actor colours."""

    HEIGHT = 26

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(self.HEIGHT)
        self.setMaximumHeight(self.HEIGHT)
        self._actors: list[tuple[str, QColor]] = []
        self._font = theme.font(theme.LEGEND_PX)

    def set_actors(self, actors: list[tuple[str, QColor]]) -> None:
        self._actors = actors
        self.update()

    def paint(self, p: QPainter, *args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self._font)
        fm = QFontMetricsF(self._font)
        cy = self.size().height() / 2
        x = float(theme.LANE_AXIS_WIDTH) - 40
        neutral = QColor(theme.PALETTE[0])
        text_pen = QPen(QColor(theme.TEXT_MUTED))
        white = QPen(QColor("white"))

        def text(s: str) -> None:
            nonlocal x
            p.setPen(text_pen)
            w = fm.horizontalAdvance(s)
            p.drawText(QRectF(x, 0, w + 2, self.size().height()), int(Qt.AlignmentFlag.AlignVCenter), s)
            x += w + 18

        def dot(d: float, filled: bool = True, col: QColor = neutral) -> None:
            nonlocal x
            if filled:
                p.setPen(white)
                p.setBrush(col)
            else:
                pen = QPen(col)
                pen.setWidthF(2.0)
                p.setPen(pen)
                p.setBrush(QColor(theme.BACKGROUND))
            p.drawEllipse(QPointF(x + d / 2, cy), d / 2, d / 2)
            x += d + 5

        dot(theme.marker_size(1))
        text(_tr("event (day)"))
        p.fillRect(QRectF(x, cy - theme.BAR_HEIGHT / 2, 26, theme.BAR_HEIGHT), theme.tint(neutral, 0.75))
        x += 2
        dot(theme.marker_size(1))
        x += 14
        text(_tr("period (week, month, range)"))
        dot(theme.marker_size(1), filled=False)
        p.setPen(pg.mkPen(neutral, width=1.0))
        p.setBrush(theme.tint(neutral, 0.15))
        p.drawRect(QRectF(x, cy - theme.BAR_HEIGHT / 2, 22, theme.BAR_HEIGHT))
        x += 28
        text(_tr("planned"))
        pen = QPen(QColor(theme.DISPUTED))
        pen.setWidthF(1.6)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        r = theme.marker_size(1) / 2 + 4
        p.drawPolygon([QPointF(x + r, cy - r), QPointF(x + 2 * r, cy), QPointF(x + r, cy + r), QPointF(x, cy)])
        x += 2 * r + 5
        text(_tr("disputed date"))
        for n in (1, 3, 10):
            dot(theme.marker_size(n))
        text(_tr("1 · 3 · 10+ sources"))
        if self._actors:
            width = self.size().width()
            for name, col in self._actors:
                need = 14 + fm.horizontalAdvance(name) + 18
                if x + need > width - 8:
                    break
                dot(9, col=col)
                text(name)


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
        self._owner._on_hover(int(hits[0]) if len(hits) else None, len(hits))


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
    """Lane names on the left, elided to the column width."""

    def __init__(self) -> None:
        super().__init__("left")
        style_axis(self)
        self.setPen(pg.mkPen(theme.LANE_SEPARATOR))
        self.setTextPen(pg.mkPen(theme.TEXT))
        self.setStyle(tickLength=0, tickTextOffset=10, autoExpandTextSpace=False, hideOverlappingLabels=True)
        self.setWidth(theme.LANE_AXIS_WIDTH)

    def set_lanes(self, names: list[str]) -> None:
        fm = QFontMetricsF(theme.font(theme.AXIS_PX))
        width = theme.LANE_AXIS_WIDTH - 18
        ticks = [(float(i), fm.elidedText(n, Qt.TextElideMode.ElideRight, width)) for i, n in enumerate(names)]
        self.setTicks([ticks, []])


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------
def describe_date(e: Event) -> str:
    """The event's date as a reader would write it, by precision."""
    f, last = min(e.first, e.last), max(e.first, e.last)
    if e.precision is Precision.DAY and f == last:
        return format_day(f)
    if e.precision is Precision.MONTH:
        return f"{month_abbr(f.month)} {f.year}"
    if e.precision is Precision.QUARTER:
        return f"Q{(f.month - 1) // 3 + 1} {f.year}"
    if e.precision is Precision.YEAR:
        return str(f.year)
    if e.precision is Precision.WEEK:
        return f"week of {format_day(f)}"
    if f.year == last.year:
        if f.month == last.month:
            return f"{f.day}–{last.day} {month_abbr(f.month)} {f.year}"
        return f"{f.day} {month_abbr(f.month)} – {format_day(last)}"
    return format_range(f, last)


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
        self._label_cache: dict[int, tuple[str, float]] = {}
        self._label_rects: list[tuple[float, float, float, float, int]] = []  # ViewBox px
        self._lane_names: list[str] = []
        self._actor_rank: dict[str, int] = {}
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
        self._time_axis.setGrid(70)
        self._lane_axis = _LaneAxis()
        self._plot = pg.PlotItem(viewBox=self._vb, axisItems={"bottom": self._time_axis, "left": self._lane_axis})
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        ci.addItem(self._plot, row=1, col=0)
        self._legend = _Legend()
        ci.addItem(self._legend, row=2, col=0)

        self._bands = _LaneBands()
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
        for item in (self._bands, self._bars, self._scatter, self._hover_ring, self._sel_ring, self._labels,
                     self._disputed_marks):
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
        self._label_timer.timeout.connect(self._refresh_labels)
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
        self._actor_rank = _main_actors(self._events)
        freq = Counter(a for e in self._events for a in dict.fromkeys(e.actors))
        rank = self._actor_rank
        self._cidx = np.fromiter(
            (rank.get(_owner(e, freq), min((rank[a] for a in e.actors if a in rank), default=-1))
             if e.actors else -1 for e in self._events), dtype=np.int64, count=n)
        self._label_cache = {}
        if self._selected is not None and self._selected not in self._index:
            self._selected = None
        self._vis = self._visibility(self._visible_ids)
        if self._selected is not None and not self._vis[self._index[self._selected]]:
            self._selected = None
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
        """"actor" (top actors, then "Others"), "article" or "single"."""
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}; expected one of {LANE_MODES}")
        if mode != self._lane_mode:
            self._lane_mode = mode
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
        return self._lane_names[int(round(self._y[i]))]

    def actor_color(self, actor: str) -> QColor:
        """The colour used for ``actor`` (grey unless it is one of the main actors)."""
        return theme.lane_color(self._actor_rank.get(actor, -1))

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
                names.append(_tr("Others") if names else _tr("All events"))
                colors.append(QColor(theme.OTHERS))
            return lane, names, colors
        arts = [_main_article(e) for e in self._events]
        counts = Counter(a for a in arts if a)
        top = sorted(counts, key=lambda a: (-counts[a], a))[:ARTICLE_LANES]
        rank = {a: i for i, a in enumerate(top)}
        lane = np.fromiter((rank.get(a, len(top)) for a in arts), dtype=np.int64, count=n)
        names = [self._titles.get(a) or a for a in top]
        if (lane == len(top)).any():
            names.append(_tr("Other articles") if top else _tr("All events"))
        return lane, names, [None] * len(names)

    def _rebuild_lanes(self, styles_changed: bool = True) -> None:
        lane, names, colors = self._assign_lanes()
        rows = _pack_rows(lane, self._x0, self._x1) if len(lane) else np.zeros(0, dtype=np.int64)
        self._y = lane + np.asarray(ROW_OFFSETS)[rows] if len(lane) else np.zeros(0)
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
        actors = sorted(self._actor_rank, key=self._actor_rank.__getitem__)
        self._legend.set_actors([] if self._lane_mode == "actor"
                                else [(a, theme.lane_color(i)) for i, a in enumerate(actors)])

    def _set_lanes_view(self, colors: list[QColor | None]) -> None:
        n = max(1, len(self._lane_names))
        self._lane_axis.set_lanes(self._lane_names)
        self._bands.set_lanes(colors if colors else [None])
        self._vb.setLimits(yMin=-0.5, yMax=n - 0.5)
        self._vb.setYRange(-0.5, n - 0.5, padding=0)

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
    def _on_hover(self, index: int | None, count: int = 0) -> None:
        if index is None:
            self._hover_ring.setData([], [])
            self._vb.setToolTip("")
            return
        self._hover_ring.setData([self._xm[index]], [self._y[index]], size=float(self._size[index]) + 4)
        tip = self.tooltip_text(self._events[index].id)
        if count > 1:
            tip += f"\n(+{count - 1} more here; zoom in)"
        self._vb.setToolTip(tip)

    def tooltip_text(self, event_id: str) -> str:
        """Date, label, actors and number of sources of one event."""
        e = self._events[self._index[event_id]]
        when = describe_date(e)
        if e.status is Status.PLANNED:
            when += " (planned)"
        n = e.source_count
        lines = [when, e.label]
        if e.actors:
            lines.append(", ".join(e.actors))
        lines.append(f"{n} source" + ("" if n == 1 else "s"))
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
        self._vb.setXRange(lo - pad, hi + pad, padding=0)

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

    def _label_text(self, i: int, fm: QFontMetricsF) -> tuple[str, float]:
        hit = self._label_cache.get(i)
        if hit is None:
            text = fm.elidedText(self._events[i].label, Qt.TextElideMode.ElideRight, theme.LABEL_MAX_WIDTH)
            hit = (text, fm.horizontalAdvance(text))
            self._label_cache[i] = hit
        return hit

    def _refresh_labels(self) -> None:
        """Place up to LABEL_CAP labels for events in view, most-reported first.

        Greedy: each label tries right of its marker, left, then just above or
        below, staying inside its lane and off other labels and candidate markers.
        """
        self._label_timer.stop()
        self._update_title()
        size = self._vb.size()
        W, H = size.width(), size.height()  # noqa: N806
        if len(self._events) == 0 or W < 20 or H < 20:
            self._labels.set_labels([])
            self._label_rects = []
            return
        (vx0, vx1), _ = self._vb.viewRange()
        m = self._vis & (self._xm >= vx0) & (self._xm <= vx1)
        idx = np.nonzero(m)[0]
        if len(idx) > LABEL_CANDIDATES:
            score = self._src[idx] * 1e6 - self._xm[idx]
            idx = idx[np.argpartition(-score, LABEL_CANDIDATES)[:LABEL_CANDIDATES]]
        idx = idx[np.lexsort((self._xm[idx], -self._src[idx]))].tolist()
        sel = self._index.get(self._selected) if self._selected else None
        if sel is not None and m[sel]:
            idx = [sel] + [i for i in idx if i != sel]
        tr = self._vb.childTransform()
        sx, ox, sy, oy = tr.m11(), tr.m31(), tr.m22(), tr.m32()
        fm = QFontMetricsF(self._labels._font)
        h = self._labels.height
        lane_px = abs(sy)
        cw = 64.0  # obstacle grid: cells of one label height by 64 px
        grid: dict[tuple[int, int], list[tuple[float, float, float, float, int]]] = {}

        def cells(left: float, top: float, right: float, bottom: float) -> list[tuple[int, int]]:
            return [(r, c) for r in range(int(top // h), int(bottom // h) + 1)
                    for c in range(int(left // cw), int(right // cw) + 1)]

        def add(left: float, top: float, right: float, bottom: float, owner: int) -> None:
            rect = (left, top, right, bottom, owner)
            for key in cells(left, top, right, bottom):
                grid.setdefault(key, []).append(rect)

        def free(left: float, top: float, right: float, bottom: float, me: int) -> bool:
            for key in cells(left, top, right, bottom):
                for pl, pt_, pr, pb, owner in grid.get(key, ()):
                    if owner != me and left - 3 < pr and right + 3 > pl and top < pb and bottom > pt_:
                        return False
            return True

        arr = np.asarray(idx, dtype=np.int64)
        cxs = (self._xm[arr] * sx + ox).tolist()
        cys = (self._y[arr] * sy + oy).tolist()
        rs = (self._size[arr] / 2).tolist()
        mids = (np.round(self._y[arr]) * sy + oy).tolist()
        b0s = np.clip(self._x0[arr] * sx + ox, -10.0, W + 10).tolist()
        b1s = np.clip(self._x1[arr] * sx + ox, -10.0, W + 10).tolist()
        is_bar = (self._x1[arr] - self._x0[arr] > 1.0).tolist()
        bar_h = theme.BAR_HEIGHT / 2
        for k, i in enumerate(idx):
            cx, cy, r = cxs[k], cys[k], rs[k]
            add(cx - r, cy - r, cx + r, cy + r, i)
            if is_bar[k]:
                add(min(b0s[k], b1s[k]), cy - bar_h, max(b0s[k], b1s[k]), cy + bar_h, i)
        off = h / 2 + theme.MARKER_MAX / 2 + 1  # above / below: clear of markers on the lane's line
        moves = ((1, 0.0), (-1, 0.0), (1, -off), (1, off), (-1, -off), (-1, off))
        labels = []
        rects: list[tuple[float, float, float, float, int]] = []
        for k, i in enumerate(idx):
            if len(labels) >= theme.LABEL_CAP:
                break
            cx, cy = cxs[k], cys[k]
            text, w = self._label_text(i, fm)
            r = rs[k] + 4
            lane_top = max(0.0, mids[k] - lane_px / 2 + 1)
            lane_bottom = min(H, mids[k] + lane_px / 2 - 1)
            for side, dy in moves:
                top = cy + dy - h / 2
                bottom = top + h
                if top < lane_top or bottom > lane_bottom:
                    continue
                gap = r if dy == 0 else r * 0.35
                left = cx + gap if side > 0 else cx - gap - w
                right = left + w
                if left < 2 or right > W - 2 or not free(left, top, right, bottom, i):
                    continue
                add(left, top, right, bottom, -1)
                rects.append((left, top, right, bottom, i))
                labels.append((float(self._xm[i]), float(self._y[i]), text, left - cx, dy, w,
                               bool(self._planned[i])))
                break
        self._labels.set_labels(labels)
        self._label_rects = rects

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
    def _export_state(self) -> dict[str, Any]:
        return {
            "events": self._events, "titles": self._titles, "lane_mode": self._lane_mode,
            "visible_ids": self._visible_ids, "selected": self._selected,
            "utc": self._utc_offset, "xrange": tuple(self._vb.viewRange()[0]),
        }

    def _apply_export_state(self, state: Mapping[str, Any]) -> None:
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
