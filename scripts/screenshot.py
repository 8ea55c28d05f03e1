"""Take the README screenshot: the window with some articles imported and the most-reported event selected.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py OUT.png ARTICLE_OR_FOLDER...
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.core.workspace import Workspace
    from desktop.ui import settings as cfg
    from desktop.ui.app import configure_application, register_fonts
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import SyncExecutor

    out, paths = argv[0], argv[1:]
    app = QApplication.instance() or QApplication([])
    configure_application(app)
    register_fonts()
    tmp = Path(tempfile.mkdtemp())
    settings = cfg.Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace.open(tmp / "shot.chronik"), settings=settings, executor=SyncExecutor())
    window.resize(int(os.environ.get("SHOT_W", 1400)), int(os.environ.get("SHOT_H", 900)))
    window.show()
    window.import_paths(paths)
    for _ in range(20):
        app.processEvents()
    events = window.workspace.extraction().events
    if events:
        best = max(events, key=lambda e: (e.source_count, len(e.mentions)))
        window.select_event(best.id)
    for _ in range(20):
        app.processEvents()
    window.grab().save(out)
    print(f"wrote {out}: {len(events)} events")
    window.close()
    window.close_workspace()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
