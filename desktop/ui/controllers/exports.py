"""File > Export image and Export chronology, Edit > Copy image."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from desktop.session.view import same_file
from desktop.ui import dialogs
from desktop.ui import settings as cfg
from desktop.ui.controllers.base import Controller

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ExportController(Controller):
    """Exports what the window shows (the timeline's picture, the filtered events)."""

    def export_dir(self, kind: QStandardPaths.StandardLocation) -> str:
        """Where an export starts: the folder of the last export, else the workspace's folder
        unless that is Chronik's own data folder (hidden; the default workspace and the samples
        live there), else the user's Pictures or Documents folder, else home."""
        w = self.window
        last = w.settings.get(cfg.LAST_EXPORT_DIR)
        if last and os.path.isdir(last):
            return last
        folder = w.workspaces.workspace_dir()
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        if folder and os.path.isdir(folder) and not (data and same_file(folder, data)):
            return folder
        mine = QStandardPaths.writableLocation(kind)
        return mine if mine and os.path.isdir(mine) else str(Path.home())

    def _exported(self, path: str) -> None:
        self.window.settings.set(cfg.LAST_EXPORT_DIR, os.path.dirname(os.path.abspath(path)))

    def export_image(self, fmt: str | None = None, path: str | None = None) -> bool:
        from desktop.ui import export

        w = self.window
        if fmt is None or path is None:
            start = self.export_dir(QStandardPaths.StandardLocation.PicturesLocation)
            dlg = dialogs.ExportDialog(os.path.join(start, "chronik.png"), w)
            if dlg.exec() != dialogs.ExportDialog.DialogCode.Accepted:
                return False
            fmt, path = dlg.value()
        if not path:
            return False
        try:
            if fmt == "svg":
                export.export_svg(w.timeline, path)
            else:
                export.export_png(w.timeline, path, scale=2.0 if fmt == "png2" else 1.0)
        except Exception as exc:  # noqa: BLE001 - tell the user, keep the window
            QMessageBox.warning(w, _tr("Export image"), str(exc))
            return False
        self._exported(path)
        self.status(_tr("Saved {path}").format(path=path), 8000)
        return True

    def export_chronology(
        self, fmt: str | None = None, path: str | None = None, scope: str = "view", mentions: bool = False
    ) -> bool:
        """File > Export chronology: the events shown (filters apply; ``scope`` "view" keeps the
        visible dates, "all" every date) in a format of :mod:`desktop.core.exports`."""
        from desktop.core import exports
        from desktop.ui.app import ui_language
        from desktop.ui.export_dialog import ExportChronologyDialog, mentions_path

        w = self.window
        if fmt is None or path is None:
            start = self.export_dir(QStandardPaths.StandardLocation.DocumentsLocation)
            dlg = ExportChronologyDialog(os.path.join(start, "chronik.json"), w)
            if dlg.exec() != ExportChronologyDialog.DialogCode.Accepted:
                return False
            fmt, path, scope, mentions = dlg.value()
        extraction = w.view.extraction
        if not path or extraction is None:
            return False
        events = w.event_model.events()
        first, last = w.timeline.visible_range() if scope == "view" else (None, None)
        groups = {e.id: lane for e in events if (lane := w.timeline.lane_of(e.id))}
        chron = exports.build(
            events, extraction.articles, lang=ui_language(w.settings.get(cfg.LANGUAGE)),
            first=first, last=last, ids=w.event_proxy.visible_ids(), groups=groups,
        )  # fmt: skip
        from desktop.ui.export import cannot_write

        try:
            written = exports.write(fmt, chron, path, mentions_path(path) if mentions else None)
        except exports.ExportError as exc:
            folder = os.path.dirname(os.path.abspath(path))
            # the same words as the image export where the folder is the trouble
            QMessageBox.warning(w, _tr("Export chronology"), str(cannot_write(path)) if not os.path.isdir(folder)
                                or not os.access(folder, os.W_OK) else str(exc))
            return False
        self._exported(path)
        n = len(chron.events)
        saved = _tr("Saved 1 event to {path}") if n == 1 else _tr("Saved {n} events to {path}")
        self.status(saved.format(n=n, path=", ".join(written)), 8000)
        return True

    def copy_image(self) -> None:
        from desktop.ui import export

        export.copy_to_clipboard(self.window.timeline)
        self.status(_tr("The timeline image is on the clipboard."), 5000)
