"""One window per workspace: a second launch hands its files over; outside writes are noticed.

The second launch and the outside writer are real processes (``python -m desktop``)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QPushButton

from desktop.core.workspace import Workspace
from desktop.ui import settings as cfg
from desktop.ui.app import no_display_message, serve
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import SyncExecutor

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = """date 2025-03-05
Brücke wird gesperrt

Bürgermeister Tom Richter hat am Dienstag mit Verkehrsministerin Anna Berg über die Sanierung der alten Brücke gesprochen. Am 20. März 2025 wollen beide die Pläne im Stadtrat vorstellen.
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    monkeypatch.setenv("CHRONIK_INSTANCE_KEY", uuid.uuid4().hex)  # apart from a real Chronik
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def window(qtbot, tmp_path: Path):
    settings = cfg.Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    w = MainWindow(Workspace.open(tmp_path / "mine.chronik"), settings=settings, executor=SyncExecutor())
    w.samples_path = str(tmp_path / "Samples.chronik")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    server = serve(w)
    yield w
    server.close()
    w.close()
    w.close_workspace()


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **extra)
    return env


def _article(tmp_path: Path, name: str = "bruecke.txt") -> Path:
    p = tmp_path / name
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_a_second_launch_hands_its_file_to_the_running_window(qtbot, window, tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "desktop", str(_article(tmp_path))], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 1 and not window.is_busy(), timeout=30000)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "already open" in err
    assert os.path.basename(window.workspace.path) == "mine.chronik"


def test_a_launch_naming_the_open_workspace_goes_to_its_window(qtbot, window, tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "desktop", window.workspace.path, str(_article(tmp_path))],
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 1 and not window.is_busy(), timeout=30000)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err


def test_a_workspace_changed_by_another_process_is_reloaded(qtbot, window, tmp_path):
    assert window.article_list.model.rowCount() == 0
    done = subprocess.run([sys.executable, "-m", "desktop", "extract", "--db", window.workspace.path,
                           str(_article(tmp_path))], env=_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 1, timeout=5000)  # by the poll timer
    assert window.event_model.rowCount() >= 1
    assert "changed by another program" in window.statusBar().currentMessage()


def test_without_a_display_one_line_says_so() -> None:
    assert no_display_message({}, "linux").count("\n") == 0
    assert "no display" in no_display_message({}, "linux")
    assert "chronik extract" in no_display_message({}, "linux")
    assert no_display_message({"DISPLAY": ":0"}, "linux") is None
    assert no_display_message({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_message({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_message({}, "win32") is None
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "no display" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_windows_own_changes_are_not_taken_for_another_programs(qtbot, window, tmp_path):
    window.import_paths([str(_article(tmp_path))])
    qtbot.waitUntil(lambda: not window.is_busy() and window.article_list.model.rowCount() == 1)
    event = window.event_model.events()[0]
    window.select_event(event.id)
    assert window.rename_selected("Ein neuer Name")
    clear = next(b for b in window.problems_dock.findChildren(QPushButton) if b.text() == "Clear")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)  # the user clears the problems list
    assert not window.check_external_changes()


def test_opening_a_workspace_another_window_has_open_brings_that_window_forward(qtbot, window, tmp_path):
    other = tmp_path / "other.chronik"
    Workspace.open(other).close()
    proc = subprocess.Popen([sys.executable, "-m", "desktop", str(other)], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from desktop.ui import instance

        qtbot.waitUntil(lambda: instance.hand_over(instance.workspace_name(str(other)), []), timeout=60000)
        assert not window.open_workspace(str(other))
        assert "open in another Chronik window" in window.statusBar().currentMessage()
        assert os.path.basename(window.workspace.path) == "mine.chronik"
        assert not window.new_workspace(str(other))  # nor is it replaced under the other window
        assert other.exists()
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_missing_window_libraries_are_named_instead_of_qts_misleading_abort() -> None:
    from desktop.ui.app import missing_window_libraries

    def loader_without(*absent: str):  # type: ignore[no-untyped-def]
        def load(name: str) -> object:
            if name in absent:
                raise OSError(name)
            return object()
        return load

    env = {"DISPLAY": ":0"}
    line = missing_window_libraries(env, "linux", loader_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert line is not None and line.count("\n") == 0
    assert "libxcb-icccm4" in line and "libxcb-keysyms1" in line and "libxcb-cursor0" not in line
    assert missing_window_libraries(env, "linux", loader_without()) is None
    assert missing_window_libraries({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux",
                                    loader_without("libxcb-icccm.so.4")) is None
    assert missing_window_libraries(env, "darwin", loader_without("libxcb-icccm.so.4")) is None
