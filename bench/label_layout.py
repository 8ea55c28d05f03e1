"""Label layout benchmark: how many labels and "+N" badges the timeline places, and how long it takes.

Prints figures only (never asserts time): for N synthetic events (default 1,000, 10,000, 100,000)
in two views (Feb–May 2025 and two weeks of March) at 1400×800, the labels, badges, events counted
beside their lane's name, and the median time of one layout (it runs once the view settles).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/label_layout.py [N ...]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import register_fonts
    from desktop.ui.synthetic import synthetic_events
    from desktop.ui.timeline import TimelineWidget

    app = QApplication.instance() or QApplication([])
    register_fonts()
    w = TimelineWidget()
    w.resize(1400, 800)
    w.show()
    app.processEvents()
    sizes = [int(a) for a in argv] or [1000, 10000, 100000]
    for n in sizes:
        w.set_events(synthetic_events(n, seed=7))
        for first, last in ((date(2025, 2, 1), date(2025, 5, 31)), (date(2025, 3, 1), date(2025, 3, 14))):
            w.set_range(first, last)
            app.processEvents()
            times = []
            for _ in range(7):
                t = time.perf_counter()
                w.refresh_labels()  # the layout alone
                times.append(time.perf_counter() - t)
            print(f"{n:>7} events {first}..{last}: {len(w._label_rects):>3} labels, {len(w._badge_rects):>3} badges, "  # noqa: SLF001
                  f"{len(w._lane_overflow_members):>6} counted by lane; layout {statistics.median(times) * 1000:.0f} ms")  # noqa: SLF001
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
