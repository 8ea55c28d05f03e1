"""Every setting declared once, with its type and default (Picard's ``options.py`` idea).

Preferences (``preferences/...``) are kept apart from session data
(``session/...``) and window state (``window/...``: saveGeometry/saveState), so
"reset preferences" never forgets where the window was, and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its QSettings key, type, default and (optional) allowed values."""

    key: str
    type: type
    default: T
    choices: tuple[T, ...] | None = None

    def coerce(self, raw: Any) -> T:
        """Turn a stored value (QSettings may hand back strings) into a valid value."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                if isinstance(raw, str):
                    value: Any = raw.strip().lower() in ("1", "true", "yes", "on")
                else:
                    value = bool(raw)
            elif self.type is int:
                value = int(raw)
            elif self.type is float:
                value = float(raw)
            elif self.type is str:
                value = str(raw)
            elif self.type is list:
                if isinstance(raw, str):
                    value = [raw] if raw else []
                else:
                    value = [str(v) for v in raw]
            else:
                value = raw
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return value  # type: ignore[no-any-return]


# -- preferences ---------------------------------------------------------------
LANGUAGE: Setting[str] = Setting("preferences/language", str, "system", ("system", "de", "en"))
TIME_ZONE: Setting[str] = Setting("preferences/time_zone", str, "utc", ("utc", "local"))
#: files larger than this are refused at import without being read (megabytes)
MAX_FILE_MB: Setting[int] = Setting("preferences/max_file_mb", int, 50)
LANE_MODE: Setting[str] = Setting(
    "preferences/lane_mode", str, "actor", ("actor", "article", "single")
)

# -- session -------------------------------------------------------------------
LAST_WORKSPACE: Setting[str] = Setting("session/last_workspace", str, "")
RECENT_WORKSPACES: Setting[list] = Setting("session/recent_workspaces", list, [])
LAST_IMPORT_DIR: Setting[str] = Setting("session/last_import_dir", str, "")
#: where the last picture or chronology was exported to (the next export starts there)
LAST_EXPORT_DIR: Setting[str] = Setting("session/last_export_dir", str, "")

PREFERENCES: tuple[Setting[Any], ...] = (LANGUAGE, TIME_ZONE, LANE_MODE)
ALL_SETTINGS: tuple[Setting[Any], ...] = PREFERENCES + (
    LAST_WORKSPACE,
    RECENT_WORKSPACES,
    LAST_IMPORT_DIR,
    LAST_EXPORT_DIR,
)

_GEOMETRY_KEY = "window/geometry"
_STATE_KEY = "window/state"
_RECENT_MAX = 8


class Settings:
    """Typed access to a QSettings store (inject one in tests to keep them isolated)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def store(self) -> QSettings:
        return self._store

    def get(self, setting: Setting[T]) -> T:
        return setting.coerce(self._store.value(setting.key, setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        value = setting.coerce(value)
        self._store.setValue(setting.key, value)

    def reset_preferences(self) -> None:
        for s in PREFERENCES:
            self._store.remove(s.key)

    def add_recent_workspace(self, path: str) -> None:
        recent = [p for p in self.get(RECENT_WORKSPACES) if p != path]
        recent.insert(0, path)
        self.set(RECENT_WORKSPACES, recent[:_RECENT_MAX])
        self.set(LAST_WORKSPACE, path)

    # -- window state (kept apart from preferences) -----------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._store.value(_STATE_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue(_GEOMETRY_KEY, geometry)
        self._store.setValue(_STATE_KEY, state)

    def sync(self) -> None:
        self._store.sync()
