"""Locating the files in ``resources/`` (lexicons, samples, icons, translations, fonts).

The top-level ``resources/`` folder of the source tree is the one source of truth; it is
found, in this order:

* the folder named by the ``CHRONIK_RESOURCES`` environment variable;
* a PyInstaller bundle's ``sys._MEIPASS/resources``;
* ``desktop/resources`` inside the installed package (a wheel: ``setup.py`` maps
  ``resources/`` there), located through ``importlib.resources``;
* ``resources/`` beside the package (a source checkout or an editable install).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from importlib import resources as _importlib_resources
from pathlib import Path


def _packaged() -> Path | None:
    try:
        root = _importlib_resources.files("desktop")
    except (ModuleNotFoundError, TypeError):
        return None
    folder = Path(str(root)) / "resources"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    env = os.environ.get("CHRONIK_RESOURCES")
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    packaged = _packaged()
    if packaged is not None:
        candidates.append(packaged)
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


#: Stands in for a user folder that cannot be looked at: never a folder, never a file.
_NOWHERE = Path(os.devnull) / "chronik-lexicons"
_warnings: list[str] = []


def user_lexicon_dir() -> Path:
    """Where a user may put extra lexicon files that extend the shipped ones.

    When that folder cannot be looked at (no permission on ``~/.config/chronik``, a name too
    long, ...) Chronik goes on with the shipped lexicons and says so once (``config_warnings``):
    the path returned then is one that exists as neither folder nor file."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    folder = Path(base) / "chronik" / "lexicons"
    try:
        os.stat(folder)
    except (FileNotFoundError, NotADirectoryError):
        return folder
    except (OSError, ValueError) as exc:
        _warn(f"{folder.parent}: cannot be read ({getattr(exc, 'strerror', None) or exc}); "
              "your own lexicons are not used, the shipped ones are")
        return _NOWHERE
    if not os.access(folder, os.R_OK | os.X_OK):
        _warn(f"{folder}: permission denied; your own lexicons are not used, the shipped ones are")
        return _NOWHERE
    return folder


def _warn(message: str) -> None:
    if message not in _warnings:
        _warnings.append(message)


def config_warnings() -> list[str]:
    """Problems with the user's configuration folder met so far (shown once by the CLI and window)."""
    return list(_warnings)
