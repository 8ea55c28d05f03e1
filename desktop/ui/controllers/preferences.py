"""Preferences, the time zone and lane mode of the timeline, and the Help menu."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop import __version__
from desktop.ui import dialogs
from desktop.ui import settings as cfg
from desktop.ui.controllers.base import Controller

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def local_utc_offset_hours() -> float:
    offset = datetime.now().astimezone().utcoffset()
    return offset.total_seconds() / 3600 if offset is not None else 0.0


class PreferencesController(Controller):
    """What the user sets once (language, time zone, file size, lanes) and the help."""

    def edit_preferences(self) -> None:
        w = self.window
        settings = w.settings
        dlg = dialogs.PreferencesDialog(
            settings.get(cfg.LANGUAGE), settings.get(cfg.TIME_ZONE), w, max_file_mb=settings.get(cfg.MAX_FILE_MB),
        )  # fmt: skip
        if dlg.exec() != dialogs.PreferencesDialog.DialogCode.Accepted:
            return
        language, tz = dlg.value()
        if language != settings.get(cfg.LANGUAGE):  # the window keeps its words until a restart: say so
            self.status(_tr("The new language is used from the next start of Chronik."), 10000)
        settings.set(cfg.LANGUAGE, language)
        settings.set(cfg.TIME_ZONE, tz)
        settings.set(cfg.MAX_FILE_MB, dlg.max_file_mb())
        self.apply_time_zone()

    def apply_time_zone(self) -> None:
        tz = self.window.settings.get(cfg.TIME_ZONE)
        self.window.timeline.set_utc_offset_hours(local_utc_offset_hours() if tz == "local" else 0.0)

    def restore_lane_mode(self) -> None:
        w = self.window
        lane = w.settings.get(cfg.LANE_MODE)
        w.lane_combo.setCurrentIndex(max(0, w.lane_combo.findData(lane)))
        w.timeline.set_lane_mode(lane)

    def on_lane_mode_changed(self, index: int) -> None:
        mode = self.window.lane_combo.itemData(index) or "actor"
        self.window.timeline.set_lane_mode(mode)
        self.window.settings.set(cfg.LANE_MODE, mode)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for act in self.window.findChildren(QAction):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and act.text():
                rows.append((keys, act.text().replace("&", "")))
        rows += [
            (_tr("Mouse wheel"), _tr("Zoom the timeline")),
            (_tr("Drag"), _tr("Move the timeline")),
            (_tr("Click a point"), _tr("Select an event")),
        ]
        return sorted(set(rows), key=lambda r: r[1])

    def show_shortcuts(self) -> None:
        dlg = dialogs.ShortcutsDialog(self.shortcut_rows(), self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()

    def show_about(self) -> None:
        QMessageBox.about(self.window, _tr("About Chronik"), dialogs.about_text(__version__))
