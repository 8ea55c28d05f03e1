"""Qt's settings and standard paths point into the tests' temporary home (conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402


def test_qsettings_and_standard_paths_stay_in_the_test_home(qapp: object) -> None:
    home = Path(os.environ["HOME"])
    assert Path(QSettings("Chronik", "Chronik").fileName()).is_relative_to(home)
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    assert Path(config).is_relative_to(home)
