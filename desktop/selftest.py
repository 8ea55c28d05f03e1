"""``chronik --selftest``: extract the sample corpus, render it to a PNG offscreen, check the picture.

Used after packaging (``dist/chronik/chronik --selftest``) to prove that the
bundle has everything it needs: the pipeline and its lexicons, Qt with its
platform plugins, pyqtgraph, the bundled font.  Prints one summary line and
returns 0, or prints what failed and returns 1.

Also home of :func:`register_bundled_fonts`, which the window should call right
after creating the ``QApplication`` (a bare Linux system has no fonts at all).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path

from desktop.core.resources import resource_path

#: The period the sample corpus covers (and the selftest renders).
FIRST = date(2025, 2, 1)
LAST = date(2025, 5, 31)
WIDTH = 1600


def _want_offscreen() -> bool:
    """True when there is no display to talk to (Linux without X11/Wayland)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def register_bundled_fonts() -> list[str]:
    """Register the TTF files in ``resources/fonts`` with Qt; return the families added.

    Needs a ``QGuiApplication``.  When the system has no fonts of its own (a bare
    container), DejaVu Sans also becomes the application font.
    """
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    had_system_fonts = bool(QFontDatabase.families())
    families: list[str] = []
    font_dir = resource_path("fonts")
    for ttf in sorted(font_dir.glob("*.ttf")) if font_dir.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id < 0:
            continue
        for fam in QFontDatabase.applicationFontFamilies(font_id):
            if fam not in families:
                families.append(fam)
    if families and not had_system_fonts and isinstance(QGuiApplication.instance(), QGuiApplication):
        current = QGuiApplication.font()
        size = current.pointSizeF() if current.pointSizeF() > 0 else 10.0
        QGuiApplication.setFont(QFont(families[0], round(size)))
    return families


def image_looks_drawn(path: str | Path) -> tuple[bool, str]:
    """Is the PNG at ``path`` a real picture (not missing, empty or a single flat colour)?"""
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    if img.isNull():
        return False, f"{path} is missing or not a readable PNG"
    if img.width() < 200 or img.height() < 100:
        return False, f"{path} is only {img.width()}x{img.height()} pixels"
    background = img.pixel(0, 0)
    colours: set[int] = set()
    differing = 0
    samples = 0
    step = 3
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            p = img.pixel(x, y)
            samples += 1
            colours.add(p)
            if p != background:
                differing += 1
    share = differing / max(samples, 1)
    if len(colours) < 4 or share < 0.005:
        return False, f"{path} looks blank ({len(colours)} colours, {share:.2%} drawn)"
    return True, f"{img.width()}x{img.height()}, {len(colours)} colours, {share:.1%} drawn"


#: Harmless notes of Qt's offscreen platform that would clutter the one-line summary.
_QUIET = ("propagateSizeHints",)


def _quiet_handler(mode: object, context: object, message: str) -> None:
    if not any(q in message for q in _QUIET):
        print(message, file=sys.stderr)


def run(out_png: str | None = None, *, samples: str | Path | None = None) -> int:
    """Extract the samples, export a PNG with ``desktop.ui.export.export_headless``, check it."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(_quiet_handler)
    try:
        return _run(out_png, samples)
    finally:
        qInstallMessageHandler(previous)


def _run(out_png: str | None, samples: str | Path | None) -> int:
    t0 = time.perf_counter()
    if _want_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    samples_dir = Path(samples) if samples is not None else resource_path("samples")
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "chronik", "--selftest"])
        fonts = register_bundled_fonts()

        from desktop.session import extract_paths

        extraction = extract_paths([samples_dir])
        n_articles = len(extraction.articles)
        events = extraction.events
        if n_articles == 0 or not events:
            problems = "; ".join(p.message for p in extraction.problems[:3])
            print(f"selftest FAILED: {n_articles} articles and {len(events)} events from {samples_dir}"
                  + (f" ({problems})" if problems else ""), file=sys.stderr)
            return 1

        from desktop.ui.export import export_headless

        with tempfile.TemporaryDirectory(prefix="chronik-selftest-") as tmp:  # nothing left behind
            target = out_png or str(Path(tmp) / "selftest.png")
            export_headless(events, png=target, svg=None, first=FIRST, last=LAST, width=WIDTH)
            ok, detail = image_looks_drawn(target)
        if not ok:
            print(f"selftest FAILED: {detail}", file=sys.stderr)
            return 1
        shown = out_png or "(a temporary file, removed)"
        in_period = sum(1 for e in events if FIRST <= e.first <= LAST)
        elapsed = time.perf_counter() - t0
        print(
            f"selftest OK: {n_articles} articles, {len(events)} events ({in_period} in Feb-May 2025), "
            f"{len(extraction.actors)} actors, {len(extraction.problems)} problems; "
            f"PNG {detail} -> {shown}; platform {app.platformName()}, "
            f"fonts {', '.join(fonts) or 'system'}; {elapsed:.1f} s"
        )
        return 0
    except Exception as e:  # noqa: BLE001 - a selftest reports every failure as a message
        print(f"selftest FAILED: {type(e).__name__}: {e}", file=sys.stderr)
        traceback.print_exc(limit=6, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
