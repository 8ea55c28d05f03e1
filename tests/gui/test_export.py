"""PNG (1x, 2x), SVG, clipboard and headless export of the timeline (offscreen)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from desktop.ui import theme
from desktop.ui.export import export_headless, export_png, export_svg, render_image, copy_to_clipboard
from desktop.ui.synthetic import SAMPLE_ARTICLE_TITLES, sample_events
from desktop.ui.timeline import TimelineWidget

ROOT = Path(__file__).resolve().parents[2]


def _pixels(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    arr = arr.reshape(h, img.bytesPerLine())[:, : w * 4].reshape(h, w, 4)
    return arr[:, :, [2, 1, 0]].astype(int)  # BGRA -> RGB


def _count_near(px: np.ndarray, colour: str, tol: int = 12) -> int:
    c = QColor(colour)
    target = np.array([c.red(), c.green(), c.blue()])
    return int((np.abs(px - target).max(axis=2) <= tol).sum())


def _assert_drawn(img: QImage) -> None:
    px = _pixels(img)
    colours = np.unique((px[:, :, 0] << 16) | (px[:, :, 1] << 8) | px[:, :, 2])
    assert len(colours) > 50, "image looks blank"
    # markers of the first main actor are drawn in the first palette colour
    assert _count_near(px, theme.PALETTE[0]) > 200
    # and the background is the theme background
    assert _count_near(px, theme.BACKGROUND, tol=2) > px.shape[0] * px.shape[1] * 0.02


@pytest.fixture
def shown(qtbot):  # type: ignore[no-untyped-def]
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1000, 560)
    w.show()
    qtbot.waitExposed(w)
    w.set_events(sample_events(), SAMPLE_ARTICLE_TITLES)
    return w


def test_render_image_1x_and_2x_sizes(shown: TimelineWidget) -> None:
    one = render_image(shown, 900, 1.0)
    two = render_image(shown, 900, 2.0)
    assert one.width() == 900
    assert (two.width(), two.height()) == (1800, one.height() * 2)
    _assert_drawn(one)
    _assert_drawn(two)
    # the 2x image is the same picture with twice the pixels, not a zoomed-in crop
    half = two.scaled(one.width(), one.height(), Qt.AspectRatioMode.IgnoreAspectRatio,
                      Qt.TransformationMode.SmoothTransformation)
    diff = np.abs(_pixels(half) - _pixels(one)).mean()
    assert diff < 6, diff


def test_export_png_writes_the_asked_size(shown: TimelineWidget, tmp_path: Path) -> None:
    p1, p2 = tmp_path / "t1.png", tmp_path / "t2.png"
    export_png(shown, str(p1), width=1200)
    export_png(shown, str(p2), width=1200, scale=2.0)
    a, b = QImage(str(p1)), QImage(str(p2))
    assert a.width() == 1200 and b.width() == 2400 and b.height() == 2 * a.height()
    _assert_drawn(a)
    _assert_drawn(b)


def test_export_keeps_range_selection_and_filter(shown: TimelineWidget, tmp_path: Path) -> None:
    shown.set_range(date(2025, 3, 1), date(2025, 3, 31))
    march = [e.id for e in sample_events() if e.first.month == 3 and e.first.year == 2025]
    shown.set_visible_ids(march[:3])
    shown.set_selected(march[0])
    img = render_image(shown, 1000)
    assert img.text("Title") == "Chronik — 1 Mar 2025 – 31 Mar 2025"
    assert shown.visible_range() == (date(2025, 3, 1), date(2025, 3, 31))  # the widget is untouched


def test_export_svg_is_valid_xml_with_sane_coordinates(shown: TimelineWidget, tmp_path: Path) -> None:
    path = tmp_path / "t.svg"
    export_svg(shown, str(path))
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag.endswith("svg")
    assert "Chronik — 1 Feb 2025 – 31 May 2025" in text
    texts = [el.text or "" for el in root.iter() if el.tag.endswith("text")]
    labelled = [e.label for e in sample_events() if any(t.startswith(e.label[:15]) for t in texts)]
    assert len(labelled) >= 8  # event labels are real SVG text
    geometry = ("d", "points", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height",
                "transform")
    numbers = [
        abs(float(n))
        for el in root.iter() for name in geometry if name in el.attrib
        for n in re.findall(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?", el.attrib[name])
    ]
    assert len(numbers) > 100 and max(numbers) < 1e5
    paths = [el for el in root.iter() if el.tag.endswith("path") or el.tag.endswith("rect")]
    assert len(paths) > 30


def test_copy_to_clipboard_puts_an_image(shown: TimelineWidget) -> None:
    copy_to_clipboard(shown)
    img = QGuiApplication.clipboard().image()
    assert not img.isNull() and img.width() >= 900


def test_export_headless_writes_png_and_svg(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    png, svg = tmp_path / "h.png", tmp_path / "h.svg"
    export_headless(sample_events(), png=str(png), svg=str(svg), first=None, last=None, width=800,
                    article_titles=SAMPLE_ARTICLE_TITLES)
    img = QImage(str(png))
    assert img.width() == 800 and img.height() >= 420
    assert img.text("Title") == "Chronik — 1 Feb 2025 – 31 May 2025"
    _assert_drawn(img)
    ET.parse(svg)


def test_export_headless_range_height_and_lane_mode(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    png = tmp_path / "h.png"
    export_headless(sample_events(), png=str(png), svg=None, first=date(2025, 4, 1), last=None,
                    width=640, height=400, lane_mode="single", title="Test")
    img = QImage(str(png))
    assert (img.width(), img.height()) == (640, 400)
    assert img.text("Title") == "Test — 1 Apr 2025 – 30 Jun 2025"  # the data ends with a June event


def test_export_headless_in_a_fresh_process_without_display(tmp_path: Path) -> None:
    png = tmp_path / "p.png"
    code = (
        "from desktop.ui.synthetic import sample_events\n"
        "from desktop.ui.export import export_headless\n"
        f"export_headless(sample_events(), png={str(png)!r}, svg=None, first=None, last=None, width=700)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "HOME": str(tmp_path)}
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    assert QImage(str(png)).width() == 700
