"""Imports and recomputes in the background: one task at a time, more imports queued,
progress and Cancel in the status bar, problems in their dock, drops onto the window."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.model import ImportReport, Problem
from desktop.session.view import import_warnings, is_sample_article, is_workspace_file, undated
from desktop.ui import settings as cfg
from desktop.ui.controllers.base import Controller, plural
from desktop.ui.problems import ImportNote
from desktop.ui.tasks import Executor, ExtractionOutcome, ImportOutcome, Task, make_extraction_task, make_import_task

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ImportController(Controller):
    """Runs session work (``desktop.session.work``) through the window's executor."""

    def __init__(self, window: Any, executor: Executor) -> None:
        super().__init__(window)
        self.executor = executor
        self.task: Task | None = None
        self.tasks_started = 0
        self.pending: list[str] = []
        self._done_text = ""  # what the running recompute will have done (said when it ends)

    def is_busy(self) -> bool:
        return self.task is not None

    # -- one task at a time ---------------------------------------------------------------
    def _begin(self, task: Task, text: str, cancellable: bool) -> None:
        w = self.window
        self.task = task
        self.tasks_started += 1
        w.progress_bar.setRange(0, 0)
        w.progress_bar.setFormat(text)
        w.progress_bar.show()
        w.cancel_button.setVisible(cancellable)
        w.cancel_button.setEnabled(cancellable)
        w.empty_banner.hide()
        self.status(text)
        w.view.update_actions()
        w.busy_changed.emit(True)

    def _end(self) -> None:
        w = self.window
        task, self.task = self.task, None
        if task is not None:
            task.result = None  # the outcome (an extraction) is not kept twice
            task.deleteLater()
        w.progress_bar.hide()
        w.cancel_button.hide()
        if w.statusBar().currentMessage() in (_tr("Updating events…"), _tr("Importing…"), _tr("Finding events…")):
            w.statusBar().clearMessage()  # the task's own message; a result message replaces it
        w.view.update_actions()
        w.busy_changed.emit(False)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.window.cancel_button.setEnabled(False)
            self.window.progress_bar.setFormat(_tr("Stopping…"))
            self.pending.clear()

    def stop(self) -> None:
        """The window closes: cancel, wait for the worker, and adopt nothing it sends."""
        task = self.task
        if task is None:
            return
        # stop listening first: a queued "finished" must not adopt a closed workspace
        for signal in (task.progress, task.finished, task.failed):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
        task.cancel()
        self.pending.clear()
        wait = getattr(self.executor, "wait", None)
        if callable(wait):
            wait(30000)
        self._end()

    def stop_for_switch(self) -> None:
        """Another workspace is opened: the running task is cancelled (its result is refused)."""
        if self.task is not None:
            self.task.cancel()

    # -- imports -------------------------------------------------------------------------------
    def import_paths(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Import files and folders in the background (queued when something runs). A
        workspace file among them (dropped onto the window) is opened, not read as an article."""
        w = self.window
        paths = [os.fspath(p) for p in paths if os.fspath(p)]
        workspaces = [p for p in paths if is_workspace_file(p)]
        if workspaces:
            paths = [p for p in paths if p not in workspaces]  # never read as an article, not even queued
            if self.task is not None:
                self.status(_tr("Please wait until the import is done, then open {name} again.")
                            .format(name=os.path.basename(workspaces[0])), 8000)
                return
            if not w.workspaces.open_workspace(workspaces[0]):
                return  # could not be opened (said in a message), or another window has it
            self.status(_tr("Opened the workspace {name}.").format(name=os.path.basename(workspaces[0])), 8000)
        if not paths:
            return
        if w.workspaces.in_samples_workspace() and not all(is_sample_article(p) for p in paths):
            # the user's articles never mix with the samples
            if self.task is not None:
                self.status(_tr("Please wait until the samples are loaded."), 5000)
                return
            if not w.workspaces.open_user_workspace():
                return
            self.status(_tr("Importing into your workspace {name}; the samples stay apart.")
                        .format(name=os.path.basename(w.session.path)), 8000)
        self.import_now(paths)

    def import_now(self, paths: list[str]) -> None:
        w = self.window
        if self.task is not None:
            self.pending.extend(paths)
            self.status(plural(len(paths), _tr("1 more file will be imported next."),
                               _tr("{n} more files will be imported next.")), 5000)
            return
        task = make_import_task(w.session, paths, self, max_bytes=w.settings.get(cfg.MAX_FILE_MB) * 1024 * 1024)
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_imported)
        task.failed.connect(self._on_failed)
        self._begin(task, _tr("Importing…"), cancellable=True)
        task.start(self.executor)

    def import_files(self) -> None:
        w = self.window
        start = w.settings.get(cfg.LAST_IMPORT_DIR) or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(
            w, _tr("Import articles"), start,
            _tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.mbox);;All files (*)"),
        )  # fmt: skip
        if paths:
            w.settings.set(cfg.LAST_IMPORT_DIR, os.path.dirname(paths[0]))
            self.import_paths(paths)

    def import_folder(self) -> None:
        w = self.window
        start = w.settings.get(cfg.LAST_IMPORT_DIR) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(w, _tr("Import a folder"), start)
        if folder:
            w.settings.set(cfg.LAST_IMPORT_DIR, folder)
            self.import_paths([folder])

    def _on_progress(self, done: int, total: int, path: str) -> None:
        if self.task is None or total <= 0:
            return
        bar = self.window.progress_bar
        bar.setRange(0, total)
        bar.setValue(done)
        if done >= total:  # every file read: the events are being found (no file to name)
            bar.setRange(0, 0)
            bar.setFormat(_tr("Finding events…"))
            self.status(_tr("Finding events…"))
            return
        bar.setFormat(_tr("%v of %m files read"))
        if path:  # the file just read (the next one is being read now)
            self.status(_tr("{name} read").format(name=os.path.basename(path)))

    def _on_imported(self, outcome: ImportOutcome) -> None:
        w = self.window
        stale = outcome.result.path != w.session.path  # the user switched workspaces meanwhile
        self._end()
        if stale:
            return
        report = outcome.report
        w.view.reveal_articles = set(report.imported)
        # the worker's extraction, unless the workspace changed since (then computed anew)
        w.view.reload(outcome.extraction if w.session.adopt(outcome.result) else None)
        # files read with a warning (only their head, an encoding guessed) are named too
        notes = [ImportNote(path, message) for path, message in import_warnings(outcome.extraction.articles, report.imported)]
        if report.problems or outcome.extraction.problems or notes:
            self.show_problems([*report.problems, *outcome.extraction.problems, *notes])
        self.status(self.summary(report, len({n.path for n in notes})), 15000)
        if report.imported and w.selection.selected_id is None:
            w.tabs.setCurrentWidget(w.event_view)
        self._start_pending()

    def summary(self, report: ImportReport, noted: int = 0) -> str:
        """One line on what an import did (``noted``: files imported with a warning)."""
        new, dup, bad = len(report.imported), len(report.duplicates), len(report.problems)
        parts = [plural(new, _tr("1 article imported"), _tr("{n} articles imported"))]
        if dup:
            parts.append(plural(dup, _tr("1 already there"), _tr("{n} already there")))
        if bad:
            parts.append(plural(bad, _tr("1 file with problems"), _tr("{n} files with problems")))
        if noted:
            parts.append(plural(noted, _tr("1 file with a warning"), _tr("{n} files with warnings")))
        if bad or noted:
            parts[-1] += _tr(" (see Problems)")
        # what the folder walk passed over: a folder it may not read, files of other formats
        if unreadable := report.skipped.get("unreadable", 0):
            parts.append(plural(unreadable, _tr("1 folder could not be read"), _tr("{n} folders could not be read")))
        unsupported = report.skipped.get("unsupported", 0)
        if unsupported and not self.window.workspaces.in_samples_workspace():  # the samples' README
            parts.append(plural(unsupported, _tr("1 file of another format skipped"),
                                _tr("{n} files of other formats skipped")))
        if report.cancelled:
            parts.append(_tr("stopped"))
        extraction = self.window.view.extraction
        missing = {a.id for a in undated(extraction.articles if extraction else ())} & set(report.imported)
        if missing:
            parts.append(plural(len(missing), _tr("1 without an exact date (see the bar above the timeline)"),
                                _tr("{n} without an exact date (see the bar above the timeline)")))
        return ", ".join(parts)

    def _start_pending(self) -> None:
        if self.pending and self.task is None:
            paths, self.pending = self.pending, []
            self.import_paths(paths)

    def _on_failed(self, message: str) -> None:
        w = self.window
        self._end()
        self.status(_tr("The task failed."), 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, _tr("Chronik"),
            _tr("The work stopped with an error. Everything stored before the error is kept."),
            QMessageBox.StandardButton.Close, w,
        )  # fmt: skip
        box.setDetailedText(message)
        box.setModal(False)
        box.show()
        w.session.invalidate()  # another connection wrote to the file: drop cached state
        w.view.reload()
        self._start_pending()

    # -- recomputing ---------------------------------------------------------------------------
    def recompute(self, done: str = "") -> None:
        """Recompute events in the background (after dates or articles changed); ``done`` is
        said in the status bar when the events are there."""
        if self.task is not None:
            return
        self._done_text = done
        task = make_extraction_task(self.window.session, self)
        task.finished.connect(self._on_recomputed)
        task.failed.connect(self._on_failed)
        self._begin(task, _tr("Updating events…"), cancellable=False)
        task.start(self.executor)

    def _on_recomputed(self, outcome: ExtractionOutcome) -> None:
        self._end()
        session = self.window.session
        self.window.view.reload(outcome.extraction if session.adopt(outcome) else None)
        if self._done_text:
            self.status(self._done_text, 10000)
            self._done_text = ""
        if outcome.extraction.problems:  # an article whose analysis failed: named, the others shown
            self.show_problems(outcome.extraction.problems)
        self._start_pending()

    # -- problems -------------------------------------------------------------------------------
    def show_problems(self, problems: Sequence[Problem | ImportNote]) -> None:
        """List problems in the dock, shown as a low strip that leaves the table its room."""
        w = self.window
        dock = w.problems_dock
        was_hidden = dock.isHidden()
        dock.add_problems(problems)
        if was_hidden and not dock.isFloating():
            rows = min(4, dock.model.rowCount())
            w.resizeDocks([dock], [90 + 24 * rows], Qt.Orientation.Vertical)

    def load_stored_problems(self) -> None:
        stored = self.window.session.problems()
        if stored:
            self.window.problems_dock.model.add_problems(stored)

    def clear_problems(self) -> None:
        """The user cleared the list: the workspace forgets them too."""
        self.window.session.clear_problems()
        self.window.view.mark_seen()  # our own change, not another program's

    # -- drag and drop ----------------------------------------------------------------------------
    @staticmethod
    def local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def drag_enter(self, event: QDragEnterEvent) -> None:
        w = self.window
        paths = self.local_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        if all(is_workspace_file(p) for p in paths):
            message = _tr("Drop to open the workspace")
            where = os.path.basename(paths[0])
        else:
            message = plural(len(paths), _tr("Drop to import 1 file or folder"),
                             _tr("Drop to import {n} files or folders"))
            target = w.workspaces.user_workspace_path if w.workspaces.in_samples_workspace() else w.session.path
            where = _tr("into {name}").format(name=os.path.basename(target or "") or _tr("(temporary workspace)"))
        self.status(message)
        w.drop_overlay.setText(f"{message}\n{where}")
        w.drop_overlay.setGeometry(w.centralWidget().rect().adjusted(8, 8, -8, -8))
        w.drop_overlay.show()
        w.drop_overlay.raise_()

    def drag_leave(self, event: QDragLeaveEvent) -> None:
        self.window.statusBar().clearMessage()
        self.window.drop_overlay.hide()

    @staticmethod
    def drag_move(event: QDragMoveEvent) -> None:
        if event.mimeData() is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        paths = self.local_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # start after the drop has returned to the source application
        self.window.statusBar().clearMessage()
        self.window.drop_overlay.hide()
        QTimer.singleShot(0, self, lambda: self.import_paths(paths))
