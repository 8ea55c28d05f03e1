"""Background work as plain functions ``(inputs, progress, cancel) -> typed result``.

A worker thread gets a session of its own (``Session.reopen``: its own SQLite connection,
closed when the work ends) and hands back only values: an :class:`ImportResult` or an
:class:`ExtractionResult`, never a connection or a workspace. The window's session then
``adopt``s the extraction when it is for the workspace as it is, so the slow analysis
never runs on the GUI thread. No Qt here (``desktop/ui/tasks.py`` runs these)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.model import Extraction, ImportReport
from desktop.core.pipeline import CancelFn, ProgressFn
from desktop.session.session import ExtractionResult, Session


@dataclass(frozen=True)
class ImportResult:
    """What an import hands back to the GUI thread."""

    report: ImportReport
    result: ExtractionResult
    paths: tuple[str, ...] = field(default=())

    @property
    def cancelled(self) -> bool:
        return self.report.cancelled

    @property
    def extraction(self) -> Extraction:
        return self.result.extraction


def _own(session: Session | str) -> tuple[Session, bool]:
    if isinstance(session, str):
        return Session.open(session), True
    own = session.reopen()
    return own, own is not session


def import_work(
    session: Session | str,
    paths: Sequence[str],
    progress: ProgressFn,
    cancel: CancelFn,
    max_bytes: int | None = None,
) -> ImportResult:
    """Import ``paths`` and compute the extraction, on a connection of this thread's own."""
    own, close = _own(session)
    try:
        report = own.import_paths(list(paths), progress=progress, cancel=cancel, max_bytes=max_bytes)
        # Analysing is the slow part: do it here, not on the GUI thread. Articles
        # imported before a cancel are kept, so they are analysed too.
        total = max(1, report.total)
        progress(total, total, "")
        result = own.compute()
    finally:
        if close:
            own.close()
    return ImportResult(report, result, tuple(paths))


def extraction_work(session: Session | str, progress: ProgressFn, cancel: CancelFn) -> ExtractionResult:
    """Recompute the extraction (after a date change) on a connection of this thread's own."""
    own, close = _own(session)
    try:
        return own.compute()
    finally:
        if close:
            own.close()
