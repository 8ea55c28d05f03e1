"""Timeline benchmark: time to first paint and ms per frame over a scripted zoom and pan.

Prints figures only (never asserts time).  Targets: 10,000 events first paint < 1 s
and frames < 30 ms; 100,000 events frames < 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timeline_bench.py [N ...]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.synthetic import synthetic_events  # noqa: E402
from desktop.ui.timeline import TimelineWidget  # noqa: E402

WIDTH, HEIGHT = 1400, 800


def _frame(w: TimelineWidget, app: QApplication, step=None) -> float:  # noqa: ANN001
    """One step, label placement (the throttled timer's work), then a forced repaint of both views."""
    t = time.perf_counter()
    if step is not None:
        step()
    w.refresh_labels()
    w.graphics_view().viewport().repaint()
    ov = w.overview()
    if ov is not None:
        ov.viewport().repaint()
    elapsed = (time.perf_counter() - t) * 1000
    app.processEvents()  # drop queued duplicate paint requests (not timed)
    return elapsed


def _script(w: TimelineWidget) -> list:
    """50 steps: zoom in, pan right, zoom out, pan left, zoom in again."""
    steps = []
    steps += [lambda: w.zoom(0.8)] * 10
    steps += [lambda: w.pan(0.1)] * 10
    steps += [lambda: w.zoom(1.25)] * 10
    steps += [lambda: w.pan(-0.1)] * 10
    steps += [lambda: w.zoom(0.9)] * 10
    return steps


def _stats(ms: list[float]) -> str:
    ms_sorted = sorted(ms)
    p95 = ms_sorted[int(len(ms_sorted) * 0.95) - 1]
    return f"median {statistics.median(ms):6.1f} ms, p95 {p95:6.1f} ms, max {max(ms):6.1f} ms"


def _export_figures(w: TimelineWidget) -> None:
    from desktop.ui.export import export_png, export_svg

    with tempfile.TemporaryDirectory() as tmp:
        for label, fn in (
            ("PNG 1x", lambda: export_png(w, f"{tmp}/a.png", scale=1.0)),
            ("PNG 2x", lambda: export_png(w, f"{tmp}/b.png", scale=2.0)),
            ("SVG", lambda: export_svg(w, f"{tmp}/c.svg")),
        ):
            t = time.perf_counter()
            fn()
            path = {"PNG 1x": "a.png", "PNG 2x": "b.png", "SVG": "c.svg"}[label]
            size = os.path.getsize(f"{tmp}/{path}") / 1e6
            print(f"  export {label} (Feb-May view): {(time.perf_counter() - t) * 1000:6.0f} ms, {size:.1f} MB")


def run(n: int, app: QApplication) -> None:
    t = time.perf_counter()
    events = synthetic_events(n, seed=1)
    t_gen = time.perf_counter() - t

    t0 = time.perf_counter()
    w = TimelineWidget()
    w.resize(WIDTH, HEIGHT)
    w.set_events(events)
    t_set = time.perf_counter() - t0
    w.show()
    app.processEvents()
    w.refresh_labels()
    w.grab()
    t_first = time.perf_counter() - t0
    print(f"\n{n:>7,} events  (generate {t_gen:.2f} s, not counted)")
    print(f"  set_events {t_set * 1000:7.0f} ms;  first paint (construct + set_events + show + paint) "
          f"{t_first * 1000:7.0f} ms")

    h1 = (lambda: w.set_range(date(2025, 1, 1), date(2025, 6, 30)))
    for view, setup in (("Feb-May 2025", w.show_default_range), ("Jan-Jun 2025", h1), ("fit all", w.fit_all)):
        setup()
        _frame(w, app)
        ms = []
        for step in _script(w):
            ms.append(_frame(w, app, step))
        print(f"  frames ({view:>12}, 50 zoom/pan steps): {_stats(ms)}")

    w.show_default_range()
    t = time.perf_counter()
    for _ in range(10):
        w.refresh_labels()
    print(f"  label placement alone: {(time.perf_counter() - t) * 100:.1f} ms per update "
          f"({len(w.visible_labels())} labels)")
    t = time.perf_counter()
    w.set_lane_mode("single")
    w.set_lane_mode("actor")
    print(f"  lane mode switch: {(time.perf_counter() - t) * 500:.0f} ms")
    ids = [e.id for e in events[::2]]
    t = time.perf_counter()
    w.set_visible_ids(ids)
    print(f"  filter to half the events: {(time.perf_counter() - t) * 1000:.0f} ms")
    w.set_visible_ids(None)
    w.show_default_range()
    _export_figures(w)
    w.close()
    w.deleteLater()
    app.processEvents()


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(["timeline_bench"])
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    print(f"platform {app.platformName()}, widget {WIDTH}x{HEIGHT}")
    for n in sizes:
        run(n, app)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
