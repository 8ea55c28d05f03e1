"""Test-wide setup, before anything imports Qt or the app:

* headless Qt and a UTF-8 locale;
* the user's own setup is out of reach: ``HOME``, ``XDG_CONFIG_HOME`` (user lexicons,
  QSettings on Linux), ``XDG_DATA_HOME``, ``XDG_STATE_HOME`` and ``XDG_CACHE_HOME`` point
  into one temporary folder for the whole run, and Qt's settings paths and QStandardPaths'
  test mode are set there too once Qt is loaded. Nothing outside the repository is read
  except ``../shared``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("LC_ALL", "C.UTF-8")

_HOME = Path(tempfile.mkdtemp(prefix="chronik-tests-home-"))
for _var, _sub in (
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_STATE_HOME", ".local/state"),
    ("XDG_CACHE_HOME", ".cache"),
):
    (_HOME / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_HOME / _sub)
os.environ["HOME"] = str(_HOME)
os.environ.pop("CHRONIK_RESOURCES", None)

#: the test folder all user paths point into (a test may write there; it is removed at the end)
TEST_HOME = _HOME


def _isolate_qt() -> None:
    """QSettings and QStandardPaths inside the test home (only when a test loaded Qt)."""
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QSettings, QStandardPaths

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(_HOME / ".config"))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(_HOME / "system-config"))
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _isolated_user_setup() -> Iterator[None]:
    _isolate_qt()
    yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)
