"""Locating the files in ``resources/`` (lexicons, samples, icons, translations).

Works from a source checkout or editable install (``resources/`` beside the
package), from a PyInstaller bundle (``sys._MEIPASS/resources``) and when the
``CHRONIK_RESOURCES`` environment variable names another folder.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    env = os.environ.get("CHRONIK_RESOURCES")
    candidates = []
    if env:
        candidates.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_lexicon_dir() -> Path:
    """Where a user may put extra lexicon files that extend the shipped ones."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "chronik" / "lexicons"
