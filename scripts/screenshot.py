"""Take the README screenshots: the window with articles imported and the most-reported event selected.

    .venv/bin/python scripts/screenshot.py OUT.png [--lanes actor|article|single] [--size 1600x1000] [--lang en|de]
                                               [ARTICLE_OR_FOLDER...]

Without articles it opens the built-in samples the way a first start does (their own workspace,
marked as samples).  Commit only pictures of our own sample articles (resources/screenshots/).
Runs offscreen unless DISPLAY is set and QT_QPA_PLATFORM=xcb is asked for (a real X window).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("paths", nargs="*")
    p.add_argument("--lanes", default="actor", choices=("actor", "article", "single"))
    p.add_argument("--size", default="1600x1000")
    p.add_argument("--lang", default="en", choices=("en", "de"))
    args = p.parse_intermixed_args(argv)
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.core.workspace import Workspace
    from desktop.ui import settings as cfg
    from desktop.ui.app import configure_application, install_translators, register_fonts
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import SyncExecutor

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    register_fonts()
    translators = install_translators(app, args.lang)  # noqa: F841 - kept alive while the window lives
    tmp = Path(tempfile.mkdtemp())
    settings = cfg.Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    settings.set(cfg.LANGUAGE, args.lang)  # the window's own texts (event kinds, labels) follow it too
    window = MainWindow(Workspace.open(tmp / "workspace.chronik"), settings=settings, executor=SyncExecutor())
    window.samples_path = str(tmp / "Samples.chronik")
    window.resize(width, height)
    window.show()
    if args.paths:
        window.import_paths(args.paths)
    else:
        window.load_samples()
    for _ in range(20):
        app.processEvents()
    index = window.lane_combo.findData(args.lanes) if hasattr(window, "lane_combo") else -1
    if index >= 0:
        window.lane_combo.setCurrentIndex(index)
    else:
        window.timeline.set_lane_mode(args.lanes)
    events = window.extraction.events if window.extraction is not None else ()
    if events:
        first, last = window.timeline.visible_range()
        best = max(events, key=lambda e: (first <= e.first <= last, e.source_count, len(e.mentions)))
        window.select_event(best.id)
    for _ in range(20):
        app.processEvents()
    window.timeline.refresh_labels()  # the labels as they settle after 40 ms
    app.processEvents()
    window.grab().save(args.out)
    print(f"wrote {args.out}: {len(events)} events, lanes by {args.lanes}")
    window.close()
    window.close_workspace()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
