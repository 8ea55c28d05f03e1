"""Background work: plain functions do it, a QObject carries the news to the GUI thread.

The work is ordinary Python ``work(progress, cancel) -> result``: it reports
progress and checks for cancellation.  :class:`Task` runs it through an
*executor* and emits Qt signals; signals emitted from a worker thread reach
GUI-thread slots queued, so results always arrive on the GUI thread.  The
executor is injectable: :class:`ThreadPoolExecutor` in the app,
:class:`SyncExecutor` in tests (Orange's ``widgets/utils/concurrent.py`` idea).

:func:`import_work` opens its OWN ``Workspace`` on the same file (one SQLite
connection per thread), imports, and computes the extraction there too, so the
slow analysis never runs on the GUI thread.  The GUI then continues with that
workspace object, whose cache is warm.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, Signal

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelFn], Any]


class Executor(Protocol):
    def submit(self, fn: Callable[[], None]) -> None: ...


class ThreadPoolExecutor:
    """Runs work on a QThreadPool (the global one unless given)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()

    def submit(self, fn: Callable[[], None]) -> None:
        self._pool.start(fn)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


class SyncExecutor:
    """Runs work at once in the calling thread (tests)."""

    def submit(self, fn: Callable[[], None]) -> None:
        fn()

    def wait(self, msecs: int = -1) -> bool:
        return True


class Task(QObject):
    """One run of ``work``. Create it on the GUI thread, then :meth:`start` it.

    Signals:
        progress(int, int, str): steps done, steps in all, what is being done.
        finished(object): the work's result (also after a cancel: the work decides).
        failed(str): the work raised; message and traceback.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.result: Any = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def start(self, executor: Executor) -> None:
        executor.submit(self._run)

    def _run(self) -> None:
        try:
            result = self._work(self._report_progress, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            self._done.set()
            self.failed.emit(f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
            return
        self.result = result
        self._done.set()
        self.finished.emit(result)

    def _report_progress(self, done: int, total: int, what: str) -> None:
        self.progress.emit(int(done), int(total), str(what))


# -- the import ------------------------------------------------------------------------
@dataclass
class ImportOutcome:
    """What an import hands back to the GUI thread."""

    report: Any  # workspace.ImportReport
    workspace: Any  # the worker's Workspace, still open, its extraction cached
    extraction: Any  # pipeline.Extraction
    paths: tuple[str, ...] = field(default=())

    @property
    def cancelled(self) -> bool:
        return bool(getattr(self.report, "cancelled", False))


def import_work(
    workspace: Any,
    paths: Sequence[str],
    progress: ProgressFn,
    cancel: CancelFn,
    max_bytes: int | None = None,
) -> ImportOutcome:
    """Import ``paths``; ``workspace`` is a path (opened here, own connection) or a Workspace."""
    from desktop.core.workspace import Workspace

    ws = Workspace.open(workspace) if isinstance(workspace, str) else workspace
    try:
        limit = {} if max_bytes is None else {"max_bytes": max_bytes}
        report = ws.import_paths(list(paths), progress=progress, cancel=cancel, **limit)
        # Analysing is the slow part: do it here, not on the GUI thread. Articles
        # imported before a cancel are kept, so they are analysed too.
        total = max(1, getattr(report, "total", 0))
        progress(total, total, "")
        extraction = ws.extraction()
    except BaseException:
        if ws is not workspace:
            ws.close()
        raise
    return ImportOutcome(report, ws, extraction, tuple(paths))


def make_import_task(
    workspace: Any, paths: Sequence[str], parent: QObject | None = None, max_bytes: int | None = None
) -> Task:
    """A task importing ``paths`` into ``workspace`` (a file path, or ':memory:' Workspace)."""
    task = Task(partial(import_work, workspace, [str(p) for p in paths], max_bytes=max_bytes), parent)
    task.paths = tuple(str(p) for p in paths)  # type: ignore[attr-defined]
    return task


@dataclass
class ExtractionOutcome:
    workspace: Any  # the worker's Workspace (or the same object for ':memory:'), cache warm
    extraction: Any


def extraction_work(workspace: Any, progress: ProgressFn, cancel: CancelFn) -> ExtractionOutcome:
    """Recompute the extraction with a connection of this thread's own."""
    from desktop.core.workspace import Workspace

    ws = Workspace.open(workspace) if isinstance(workspace, str) else workspace
    try:
        return ExtractionOutcome(ws, ws.extraction())
    except BaseException:
        if ws is not workspace:
            ws.close()
        raise


def make_extraction_task(workspace: Any, parent: QObject | None = None) -> Task:
    """A task recomputing events (after a date change); ``workspace`` as for imports."""
    return Task(partial(extraction_work, workspace), parent)
