"""Image export of the timeline: PNG (1x, 2x), SVG, clipboard, and headless.

Exports render an offscreen copy of the timeline (same events, lanes, filter,
selection, time range) at the asked size, with the title "Chronik — <range>"
and without the overview strip.  The marker cache is rendered at the image's
scale, so 2x output is sharp.  SVG is written by pyqtgraph's SVGExporter; only
what is in view is exported, which keeps files small.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QResizeEvent
from PySide6.QtWidgets import QApplication

from desktop.core.model import Event
from desktop.ui import theme
from desktop.ui.timeline import DEFAULT_FIRST, DEFAULT_LAST, TimelineWidget

_APP: QApplication | None = None  # keeps a QApplication created here alive

DEFAULT_WIDTH = 1600
EXPORT_TITLE = "Chronik"


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    global _APP
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM") and _no_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _APP = app = QApplication(sys.argv[:1] or ["chronik"])
    return app


def _no_display() -> bool:
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def default_height(n_lanes: int) -> int:
    """A height that gives each lane room for markers and labels."""
    return int(min(1400, max(420, 30 + 26 + 36 + 58 * max(1, n_lanes))))


def _prepare(state: Mapping, width: int, height: int, title: str) -> TimelineWidget:
    """An offscreen, laid-out TimelineWidget showing ``state`` at ``width`` x ``height``.

    The widget is never shown (no window, no platform warnings): its layout is
    activated and the resize events pyqtgraph relies on are sent by hand.
    """
    ensure_app()
    w = TimelineWidget(show_overview=False)
    w.set_title(title)
    w.apply_export_state(state)
    w.ensurePolished()
    w.resize(int(width), int(height))
    w.layout().activate()
    view = w.graphics_view()
    for widget in (w, view, view.viewport()):
        QApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))
    QApplication.sendPostedEvents()
    w.refresh_labels()
    return w


def _dispose(w: TimelineWidget) -> None:
    w.deleteLater()


def _render(w: TimelineWidget, scale: float) -> QImage:
    w.scatter().set_export_scale(scale)
    view = w.graphics_view()
    width, height = view.width(), view.height()
    img = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                 QImage.Format.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(scale)
    img.fill(QColor(theme.BACKGROUND))
    p = QPainter(img)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        # explicit logical rectangles: a null target would mean the image's *device* pixels
        view.render(p, QRectF(0, 0, width, height), QRect(0, 0, width, height))
    finally:
        p.end()
    img.setText("Software", "Chronik")
    img.setText("Title", w.title_text())
    return img


def _widget_size(widget: TimelineWidget) -> tuple[int, int]:
    view = widget.graphics_view()
    width = view.width() if widget.isVisible() and view.width() > 100 else DEFAULT_WIDTH
    height = view.height() if widget.isVisible() and view.height() > 200 else default_height(
        len(widget.lane_names()))
    return width, height


def render_image(widget: TimelineWidget, width: int, scale: float = 1.0) -> QImage:
    """The timeline as shown, ``width`` logical px wide, at ``scale`` (2.0: twice the pixels)."""
    _, height = _widget_size(widget)
    w = _prepare(widget.export_state(), width, height, EXPORT_TITLE)
    try:
        return _render(w, scale)
    finally:
        _dispose(w)


def cannot_write(path: str | os.PathLike[str]) -> OSError:
    """Why a picture could not be saved at ``path``, as far as one can tell from outside."""
    folder = os.path.dirname(os.path.abspath(os.fspath(path)))
    if not os.path.isdir(folder):
        why = f"the folder {folder} does not exist"
    elif not os.access(folder, os.W_OK):
        why = f"no permission to write in {folder}"
    elif os.path.isdir(path):
        why = "that is a folder"
    else:
        why = "the disk may be full or the file locked"
    return OSError(f"could not write {os.fspath(path)}: {why}")


def export_png(widget: TimelineWidget, path: str, width: int | None = None, scale: float = 1.0) -> None:
    """Write a PNG of the timeline (``width`` logical px, default the widget's; ``scale`` 1 or 2)."""
    img = render_image(widget, width or _widget_size(widget)[0], scale)
    if not img.save(str(path), "PNG"):
        raise cannot_write(path)


def _write_svg(w: TimelineWidget, path: str) -> None:
    from pyqtgraph.exporters import SVGExporter

    root = w.graphics_view().ci
    scatter = w.scatter()
    scatter.svg_root_pos = root.scenePos()  # markers are written as plain <circle> elements
    try:
        exporter = SVGExporter(root)
        exporter.parameters()["background"] = QColor(theme.BACKGROUND)
        try:
            exporter.export(fileName=str(path))
        except OSError as exc:
            raise cannot_write(path) from exc
    finally:
        scatter.svg_root_pos = None
    _tidy_svg(str(path), root.boundingRect().width(), root.boundingRect().height())


def _tidy_svg(path: str, width: float, height: float) -> None:
    """Explicit size and background rectangle (Qt's own SVG renderer reads "100%" as 100 px)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    w, h = int(round(width)), int(round(height))
    text = text.replace('viewBox ="', f'width="{w}" height="{h}" viewBox="', 1)
    text = text.replace('<rect width="100%" height="100%"', f'<rect width="{w}" height="{h}"', 1)
    # clip paths are geometry only; some renderers (QtSvg) stroke them with the inherited pen
    text = re.sub(r'(<clipPath[^>]*>\s*<path )', r'\1stroke="none" ', text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def export_svg(widget: TimelineWidget, path: str) -> None:
    """Write an SVG of the timeline as shown (what is in view only)."""
    width, height = _widget_size(widget)
    w = _prepare(widget.export_state(), width, height, EXPORT_TITLE)
    try:
        _write_svg(w, path)
    finally:
        _dispose(w)


def copy_to_clipboard(widget: TimelineWidget) -> None:
    """Put a PNG-quality image of the timeline (at the screen's pixel ratio) on the clipboard."""
    width, _ = _widget_size(widget)
    scale = max(1.0, widget.devicePixelRatioF())
    QGuiApplication.clipboard().setImage(render_image(widget, width, scale))


def export_headless(
    events: Sequence[Event],
    *,
    png: str | None,
    svg: str | None,
    first: date | None,
    last: date | None,
    width: int = 1920,
    height: int | None = None,
    lane_mode: str = "actor",
    title: str | None = None,
    article_titles: Mapping[str, str] | None = None,
    scale: float = 1.0,
) -> None:
    """Render ``events`` without a window and write ``png`` and/or ``svg``.

    Range: ``first``..``last``; a missing end is taken from the data.  With
    neither, the Feb–May 2025 preset if any event falls in it, else all data.
    ``title`` replaces "Chronik" in the title line.
    """
    ensure_app()
    probe = TimelineWidget(show_overview=False)
    probe.set_events(events, article_titles)
    probe.set_lane_mode(lane_mode)
    if first is None and last is None:
        in_default = any(e.last >= DEFAULT_FIRST and e.first <= DEFAULT_LAST for e in events)
        if in_default or not events:
            probe.show_default_range()
        else:
            probe.fit_all()
    else:
        lo = min((e.first for e in events), default=DEFAULT_FIRST)
        hi = max((e.last for e in events), default=DEFAULT_LAST)
        probe.set_range(first or lo, last or hi)
    state = probe.export_state()
    h = height or default_height(len(probe.lane_names()))
    probe.deleteLater()
    w = _prepare(state, width, h, title or EXPORT_TITLE)
    try:
        if png:
            img = _render(w, scale)
            if not img.save(str(png), "PNG"):
                raise cannot_write(png)
        if svg:
            _write_svg(w, svg)
    finally:
        _dispose(w)
