"""The one import path: files and folders -> articles and problems.

``import_files`` walks the paths, reads each file with ``pipeline.read_file`` and hands
the articles to a *sink*: :class:`WorkspaceSink` stores them (one transaction per file,
a log row first so that a crash is reported as interrupted), :class:`MemorySink` keeps
them in memory (``chronik extract`` without ``--db``, ``timex``, ``export``). Either way
a bad file becomes one :class:`Problem` and the rest goes on. A time limit and Cancel act
inside each file too (``core/budget.guard``): a file that takes too long is skipped with a
problem, a cancelled one is as if it had not been begun. The CLI and the window both come
through here.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Protocol

from desktop.core import pipeline
from desktop.core.budget import DEFAULT_SECONDS, Cancelled, TookTooLong, guard
from desktop.core.model import Article, Extraction, ImportReport, Problem, ProblemKind, Timex
from desktop.core.pipeline import CancelFn, ProgressFn
from desktop.core.readers.errors import safe_text
from desktop.core.readers.files import DEFAULT_MAX_BYTES, iter_input_files
from desktop.core.workspace import Workspace, storage_message

INTERRUPTED = "the import stopped while this file was being read; it was not imported"


class Sink(Protocol):
    """Where an import puts what it read."""

    def begin(self, path: str) -> object:
        """Before reading ``path``; returns a token for the calls below (may raise)."""
        ...

    def store(self, token: object, path: str, articles: Sequence[Article]) -> tuple[list[str], list[str]]:
        """Keep the articles; returns (new ids, ids already present). May raise."""
        ...

    def fail(self, token: object, problem: Problem) -> None:
        """The file was not imported."""
        ...

    def forget(self, token: object) -> None:
        """The user cancelled while the file was read: nothing happened to it."""
        ...

    def shown(self, path: str) -> str:
        """The path problems and stored articles name (valid UTF-8 whatever the name's bytes)."""
        ...


@dataclass
class MemorySink:
    """Articles in memory, the same content once (first path wins)."""

    read: list[tuple[str, Article]] = field(default_factory=list)  # (path as walked, article)
    _seen: set[str] = field(default_factory=set)

    def begin(self, path: str) -> object:
        return path

    def store(self, token: object, path: str, articles: Sequence[Article]) -> tuple[list[str], list[str]]:
        new, dup = [], []
        for a in articles:
            if a.id in self._seen:
                dup.append(a.id)
                continue
            self._seen.add(a.id)
            self.read.append((path, a))
            new.append(a.id)
        return new, dup

    def fail(self, token: object, problem: Problem) -> None:
        pass

    def forget(self, token: object) -> None:
        pass

    def shown(self, path: str) -> str:
        return safe_text(path)

    @property
    def articles(self) -> list[Article]:
        return [a for _, a in self.read]


class WorkspaceSink:
    """Articles into a workspace, each file its own transaction, logged."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.run = workspace.new_run()

    def begin(self, path: str) -> object:
        return self.workspace.begin_file(self.run, self.shown(path))

    def store(self, token: object, path: str, articles: Sequence[Article]) -> tuple[list[str], list[str]]:
        assert isinstance(token, int)
        return self.workspace.store_articles(articles, self.shown(path), token)

    def forget(self, token: object) -> None:
        assert isinstance(token, int)
        self.workspace.forget_file(token)

    def shown(self, path: str) -> str:
        return safe_text(os.path.abspath(path))

    def fail(self, token: object, problem: Problem) -> None:
        assert isinstance(token, int)
        try:
            self.workspace.fail_file(token, problem)
        except sqlite3.Error:
            pass  # the row stays 'started': the next session reports it as interrupted


def import_files(
    paths: Iterable[str | Path] | str | Path,
    sink: Sink,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
    dated: Callable[[str], bool] | None = None,
) -> ImportReport:
    """Import files and folders into ``sink``; every failure is a Problem naming its file.

    ``dated(path)`` True: the user gives that file's date, its own date lines are not read.

    ``progress(done, total, path)`` is called with (0, total, "") first and after each file;
    ``time_limit`` is the seconds one file may take (``budget.DEFAULT_SECONDS``)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    limit = max_bytes or DEFAULT_MAX_BYTES
    seconds = DEFAULT_SECONDS if time_limit is None else time_limit
    report = ImportReport()
    files, skipped = iter_input_files(paths)
    files = list(files)
    report.skipped = dict(skipped)
    report.total = len(files)
    if progress:
        progress(0, len(files), "")
    for i, f in enumerate(files):
        if cancel is not None and cancel():
            report.cancelled = True
            break
        path = os.fspath(f)
        if not _import_one(path, sink, limit, seconds, report, cancel, not (dated and dated(path))):
            report.cancelled = True
            break
        report.files += 1
        if progress:
            progress(i + 1, len(files), os.fspath(f))
    return report


def _import_one(
    path: str, sink: Sink, max_bytes: int, seconds: float, report: ImportReport, cancel: CancelFn | None,
    read_dates: bool = True,
) -> bool:
    """One file; False when the user cancelled while it was being read."""
    shown = sink.shown(path)
    try:
        token = sink.begin(path)
    except sqlite3.Error as exc:  # locked for too long, disk full, read-only file ...
        report.problems.append(Problem(shown, ProblemKind.STORAGE, storage_message("recorded", exc)))
        return True
    try:
        with guard(seconds, cancel):  # the time limit and Cancel act inside the file too
            articles = pipeline.read_file(path, max_bytes, read_dates)
    except Cancelled:
        sink.forget(token)
        return False
    except TookTooLong:
        problem = Problem(shown, ProblemKind.TOO_SLOW, f"took too long (over {seconds:g} s); skipped")
        report.problems.append(problem)
        sink.fail(token, problem)
        return True
    except (KeyboardInterrupt, SystemExit):
        sink.fail(token, Problem(shown, ProblemKind.INTERRUPTED, INTERRUPTED))
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes a Problem
        part = getattr(exc, "path", None)  # an mbox's message names itself ("box.mbox#3")
        named = safe_text(part) if isinstance(part, str) and part not in (path, os.path.abspath(path)) else shown
        problem = pipeline.problem_from(named, exc)
        report.problems.append(problem)
        sink.fail(token, problem)
        return True
    if shown != path:
        articles = [replace(a, path=safe_text(a.path)) for a in articles]
    try:
        new, dup = sink.store(token, path, articles)
    except Exception as exc:  # noqa: BLE001 - e.g. disk full: the file is not imported
        problem = Problem(shown, ProblemKind.STORAGE, storage_message("stored", exc))
        report.problems.append(problem)
        sink.fail(token, problem)
        return True
    report.imported.extend(new)
    report.duplicates.extend(dup)
    return True


# -- without a workspace: the CLI's extract, timex and export -------------------------------


def read_paths(
    paths: Iterable[str | Path],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
    dated: Callable[[str], bool] | None = None,
) -> tuple[list[tuple[str, Article]], ImportReport]:
    """(path as walked, article) for every distinct article, and the import report."""
    sink = MemorySink()
    report = import_files(paths, sink, progress, cancel, max_bytes, time_limit, dated)
    return sink.read, report


def extract_paths(
    paths: Iterable[str | Path],
    user_dates: dict[str, date] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
) -> Extraction:
    """Read files/folders (bad files become Problems) and extract.

    ``user_dates`` maps a path as given -> date; ``max_bytes`` is the file size limit,
    ``time_limit`` the seconds one file may take to be read (``budget.DEFAULT_SECONDS``)."""
    given = {os.path.abspath(p) for p in (user_dates or {})}
    read, report = read_paths(paths, progress, cancel, max_bytes, time_limit,
                              dated=lambda path: os.path.abspath(path) in given)
    articles = [a for _, a in read]
    ex = pipeline.extract(articles, pipeline.dates_by_article(read, user_dates))
    return replace(ex, problems=(*report.problems, *ex.problems))


def timex_paths(
    paths: Iterable[str | Path],
    user_dates: dict[str, date] | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
) -> tuple[list[tuple[str, list[Timex]]], list[Problem]]:
    """The temporal expressions of each file (publication dates resolved as in extract)."""
    from desktop.core.timex import tag_timex3

    read, report = read_paths(paths, max_bytes=max_bytes, time_limit=time_limit)
    articles = [a for _, a in read]
    published = pipeline.resolve_published(articles, pipeline.dates_by_article(read, user_dates))
    # the whole decoded text, in TimeML conventions: a TIMEX3 listing covers every expression
    out = [(safe_text(path), tag_timex3(a.text, pipeline.anchor_day(published.get(a.id)), a.language)) for path, a in read]
    return out, list(report.problems)
