"""Cancel in the window stops an import within a second even while one file is being read."""

from __future__ import annotations

import time
from pathlib import Path

from desktop.core import pipeline
from desktop.ui.tasks import ThreadPoolExecutor, make_import_task

GOOD = "Kiel, 4. März 2025. Der Kieler Stadtrat hat am Dienstag eine neue Buslinie beschlossen.\n"


def test_cancel_acts_inside_a_stuck_file_on_the_thread_pool(qtbot, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-gut.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-endlos.txt").write_text("Kiel.", encoding="utf-8")
    real = pipeline.read_documents

    def stuck(path, max_bytes=None):
        if str(path).endswith("endlos.txt"):  # a reader that never ends, as a pathological file makes it
            while True:
                pass
        return real(path, max_bytes)

    monkeypatch.setattr(pipeline, "read_documents", stuck)
    task = make_import_task(str(tmp_path / "w.chronik"), [str(folder)])
    started = []
    task.progress.connect(lambda done, total, path: path.endswith("a-gut.txt") and started.append(time.monotonic()))
    executor = ThreadPoolExecutor()
    with qtbot.waitSignal(task.finished, timeout=20_000) as finished:
        task.start(executor)
        qtbot.waitUntil(lambda: bool(started), timeout=10_000)  # the good file is in, the stuck one begins
        qtbot.wait(300)
        clicked = time.monotonic()
        task.cancel()
    assert time.monotonic() - clicked < 1.5
    outcome = finished.args[0]
    assert outcome.cancelled
    assert len(outcome.extraction.articles) == 1
    assert not hasattr(outcome, "workspace")  # values only: the worker closed its own connection
    executor.wait(5000)
