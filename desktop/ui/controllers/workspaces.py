"""Workspace files: new, open, save as, open recent, another window's, the samples' own."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.workspace import MEMORY, Workspace, WorkspaceError
from desktop.session import Session
from desktop.session.view import remove_workspace_file, same_file, sample_paths, with_suffix
from desktop.ui import settings as cfg
from desktop.ui.controllers.base import Controller

_CTX = "MainWindow"

#: File names of the samples workspace, by interface language (next to the user's workspace).
SAMPLES_WORKSPACE_NAMES = {"de": "Beispiele.chronik", "en": "Samples.chronik"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def as_session(workspace: Session | Workspace) -> Session:
    """A session over ``workspace`` (the window is given either)."""
    return workspace if isinstance(workspace, Session) else Session(workspace)


def samples_workspace_path(settings: cfg.Settings) -> str:
    """Where the samples live: their own workspace beside the default one, never the user's."""
    from desktop.ui.app import default_workspace_path, ui_language

    lang = ui_language(settings.get(cfg.LANGUAGE))
    return os.path.join(os.path.dirname(default_workspace_path()), SAMPLES_WORKSPACE_NAMES.get(lang, "Samples.chronik"))


class WorkspaceController(Controller):
    """Which workspace the window shows, and switching to another."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        #: the samples' own workspace file; the user's workspace to go back to from there
        self.samples_path = samples_workspace_path(window.settings)
        self.user_workspace_path: str | None = None

    def in_samples_workspace(self) -> bool:
        path = self.window.session.path
        return path != MEMORY and same_file(path, self.samples_path)

    def workspace_dir(self) -> str:
        path = self.window.session.path
        return os.path.dirname(path) if path != MEMORY else str(Path.home())

    def save_dir(self) -> str:
        """Where "New workspace" and "Save workspace as" start: the open workspace's folder,
        unless that is Chronik's hidden data folder (the default workspace, the samples), where
        a copy to keep or pass on would be hard to find: then Documents (else home)."""
        folder = self.workspace_dir()
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        if not (data and same_file(folder, data)):
            return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and os.path.isdir(documents) else str(Path.home())

    # -- the samples ----------------------------------------------------------------------
    def load_samples(self) -> None:
        """Open the samples in their own workspace (filled on first use); the user's stays apart."""
        w = self.window
        paths = sample_paths()
        if not paths:
            self.status(_tr("No sample articles were found."), 8000)
            return
        if not self.in_samples_workspace():
            path = w.session.path
            if path != MEMORY:
                self.user_workspace_path = path
            os.makedirs(os.path.dirname(os.path.abspath(self.samples_path)), exist_ok=True)
            if not self.open_path(self.samples_path):
                return
        if w.session.article_count() == 0:
            w.imports.import_now(paths)

    def open_user_workspace(self) -> bool:
        """Leave the samples for the user's own workspace (the last one, else the default)."""
        from desktop.ui.app import default_workspace_path

        if not self.in_samples_workspace():
            return True
        target = self.user_workspace_path
        if not target:
            recent = [p for p in self.window.settings.get(cfg.RECENT_WORKSPACES)
                      if not same_file(p, self.samples_path) and os.path.exists(p)]
            target = recent[0] if recent else default_workspace_path()
        return self.open_path(target)

    # -- switching ---------------------------------------------------------------------------
    def set_workspace(self, ws: Session | Workspace) -> None:
        """Switch to another (already open) workspace; the old one is closed."""
        w = self.window
        w.imports.stop_for_switch()
        old, w.session = w.session, as_session(ws)
        if old is not None and old is not w.session:
            old.close()
        w.event_model.set_collection(w.session.events)
        w.article_list.model.set_collection(w.session.articles_by_id)
        path = w.session.path
        if path != MEMORY:
            w.settings.add_recent_workspace(path)
        w.selection.forget()
        w.view.forget()
        w.problems_dock.clear()
        w.filters.reset()
        w.view.load_workspace()
        w.imports.load_stored_problems()
        w.workspace_changed.emit(path)

    def open_path(self, path: str) -> bool:
        if self._open_elsewhere(path):
            self._came_to_front(path)
            return False
        try:
            session = Session.open(path)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self.window, _tr("Cannot open workspace"), str(exc))
            return False
        self.set_workspace(session)
        return True

    def _came_to_front(self, path: str) -> None:
        self.status(_tr("{name} is open in another Chronik window; that window came to the front.")
                    .format(name=os.path.basename(path)), 10000)

    def _open_elsewhere(self, path: str) -> bool:
        """True when another Chronik window has ``path`` open (it is asked to come to the front)."""
        if os.environ.get("CHRONIK_SINGLE_INSTANCE", "1") == "0" or path == MEMORY:
            return False
        current = self.window.session.path
        if current != MEMORY and same_file(current, path):
            return False  # this window's own (it would be asking itself)
        from desktop.ui import instance

        return instance.hand_over(instance.workspace_name(path), [], timeout_ms=1500)

    # -- the file menu -----------------------------------------------------------------------
    def new_workspace(self, path: str | None = None) -> bool:
        w = self.window
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                w, _tr("New workspace"), self.save_dir(), _tr("Chronik workspace (*.chronik)"))
            if not path:
                return False
        path = with_suffix(path)
        if os.path.exists(path) and self._open_elsewhere(path):  # never replace a file in use
            self._came_to_front(path)
            return False
        try:
            remove_workspace_file(path)
        except OSError as exc:
            QMessageBox.warning(w, _tr("New workspace"), str(exc))
            return False
        return self.open_path(path)

    def open_workspace(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, _tr("Open workspace"), self.workspace_dir(),
                _tr("Chronik workspace (*.chronik);;All files (*)"),
            )  # fmt: skip
            if not path:
                return False
        return self.open_path(path)

    def save_workspace_as(self, path: str | None = None) -> bool:
        w = self.window
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                w, _tr("Save workspace as"), self.save_dir(), _tr("Chronik workspace (*.chronik)"))
            if not path:
                return False
        path = with_suffix(path)
        try:
            w.session.save_as(path)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(w, _tr("Save workspace as"), str(exc))
            return False
        w.settings.add_recent_workspace(w.session.path)
        w.view.update_title()
        self.status(_tr("Saved as {path}").format(path=path), 8000)
        w.workspace_changed.emit(w.session.path)
        return True

    def fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        current = self.window.session.path
        recent = [p for p in self.window.settings.get(cfg.RECENT_WORKSPACES) if p != current]
        if not recent:
            act = menu.addAction(_tr("(none)"))
            act.setEnabled(False)
            return
        for p in recent:
            act = menu.addAction(p)
            act.triggered.connect(lambda _=False, path=p: self.open_workspace(path))

    def remember(self) -> None:
        """The window closes: the next start opens this workspace."""
        path = self.window.session.path
        if path != MEMORY:
            self.window.settings.set(cfg.LAST_WORKSPACE, path)
