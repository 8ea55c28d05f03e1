"""Background work: plain functions do it, a QObject carries the news to the GUI thread.

The work is ordinary Python ``work(progress, cancel) -> result``: it reports
progress and checks for cancellation.  :class:`Task` runs it through an
*executor* and emits Qt signals; signals emitted from a worker thread reach
GUI-thread slots queued, so results always arrive on the GUI thread.  The
executor is injectable: :class:`ThreadPoolExecutor` in the app,
:class:`SyncExecutor` in tests (Orange's ``widgets/utils/concurrent.py`` idea).

:func:`desktop.session.import_work` opens its OWN session on the same file (one
SQLite connection per thread), imports, computes the extraction there too and
hands back values only (an ``ImportResult``); the window's session adopts the
extraction, so the slow analysis never runs on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.session import ExtractionResult, ImportResult, Session, extraction_work, import_work

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
# The work itself is Qt-free (desktop/session/work.py) and returns typed values only.
ImportOutcome = ImportResult
ExtractionOutcome = ExtractionResult


def make_import_task(
    session: Session | str, paths: Sequence[str], parent: QObject | None = None, max_bytes: int | None = None
) -> Task:
    """A task importing ``paths`` into ``session``'s workspace, on a connection of its own."""
    task = Task(partial(import_work, session, [str(p) for p in paths], max_bytes=max_bytes), parent)
    task.paths = tuple(str(p) for p in paths)  # type: ignore[attr-defined]
    return task


def make_extraction_task(session: Session | str, parent: QObject | None = None) -> Task:
    """A task recomputing events (after a date change), on a connection of its own."""
    return Task(partial(extraction_work, session), parent)
