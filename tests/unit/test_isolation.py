"""The tests never see the user's own setup: user lexicons, settings and data folders all
point into the temporary home that conftest.py sets up for the run."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.resources import resources_dir, user_lexicon_dir

ROOT = Path(__file__).resolve().parents[2]


def test_user_lexicons_are_read_from_the_test_home_not_the_users() -> None:
    home = Path(os.environ["HOME"])
    assert "chronik-tests-home-" in home.name
    assert user_lexicon_dir().is_relative_to(home)
    assert Path(os.environ["XDG_DATA_HOME"]).is_relative_to(home)


def test_shipped_resources_come_from_this_checkout() -> None:
    assert resources_dir() == ROOT / "resources"
