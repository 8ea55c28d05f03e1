"""The application state between the core and the window: one workspace, its events.

A :class:`Session` owns a :class:`Workspace` (storage) and everything derived from it:
the import (``import_paths``, through :mod:`desktop.session.importing`), the extraction
with the user's dates and corrections replayed (cached until the workspace's ``stamp``
changes, on any connection), and id-keyed collections of articles, events, actors and
problems that announce inserts, removals and changes (``refresh``).

The CLI (``chronik extract --db``) and the window use it alike. No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.core import corrections as corr
from desktop.core import pipeline
from desktop.core.corrections import Correction
from desktop.core.model import Actor, Article, Event, Extraction, ImportReport, Precision, Problem
from desktop.core.pipeline import CancelFn, ProgressFn
from desktop.core.workspace import MEMORY, LogEntry, Workspace
from desktop.session.collections import Collection
from desktop.session.importing import WorkspaceSink, import_files
from desktop.session.sources import Sources


@dataclass(frozen=True)
class ArticleEntry:
    """An article as the article list shows it: with the number of events citing it."""

    article: Article
    events: int = 0

    @property
    def id(self) -> str:
        return self.article.id


def article_entries(articles: Iterable[Article], events: Iterable[Event] = ()) -> list[ArticleEntry]:
    """Each article with the number of events that cite it."""
    counts: dict[str, int] = {}
    for e in events:
        for aid in {m.article_id for m in e.mentions}:
            counts[aid] = counts.get(aid, 0) + 1
    return [ArticleEntry(a, counts.get(a.id, 0)) for a in articles]


def actor_spellings(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    """Every spelling of each actor: those found in the articles and those the lexicons know
    (the search finds an event by any of them)."""
    from desktop.core.actors.lexicon import ActorLexicon

    out: dict[str, list[str]] = {}
    try:
        lex = ActorLexicon.load()
        entries, spellings = lex.entries, lex.spellings
    except Exception:  # noqa: BLE001 - a broken user lexicon: the articles' spellings still count
        entries, spellings = {}, {}
    for actor in extraction.actors:
        out.setdefault(actor.name, []).extend(actor.aliases)
        # an actor shown under another language's name ("Volodymyr Zelensky") is still the lexicon's
        canon = next((spellings[x] for x in (actor.name, *actor.aliases) if x in spellings), None)
        entry = entries.get(canon) if canon is not None else None
        if entry is not None:
            out[actor.name].extend([entry.name, *entry.aliases])
    for name in {a for e in extraction.events for a in e.actors}:
        entry = entries.get(name)
        if entry is not None:
            out.setdefault(name, []).extend(entry.aliases)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@dataclass(frozen=True)
class ExtractionResult:
    """An extraction computed for one state of a workspace (its ``stamp``)."""

    path: str  # the workspace file (":memory:" for a throw-away one)
    stamp: tuple[int, int]
    base: Extraction  # before corrections
    extraction: Extraction  # with the corrections replayed
    stale: tuple[Correction, ...]  # corrections that had no effect


class Session:
    """One open workspace and what is derived from it. Use ``Session.open(path)``."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._lock = threading.RLock()
        self._result: ExtractionResult | None = None
        self.articles_by_id: Collection[str, ArticleEntry] = Collection(lambda a: a.id)
        self.events: Collection[str, Event] = Collection(lambda e: e.id)
        self.actors: Collection[str, Actor] = Collection(lambda a: a.name)
        self.problems_by_path: Collection[str, Problem] = Collection(lambda p: p.path)
        #: the published extraction's articles and highlight spans (side panel, reader)
        self.highlights = Sources()

    @classmethod
    def open(cls, path: str | Path) -> Session:
        """Open (or create) a workspace file; raises ``WorkspaceError`` naming the file."""
        return cls(Workspace.open(path))

    def reopen(self) -> Session:
        """Another session on the same file with a connection of its own (for a worker
        thread); a throw-away in-memory workspace is shared instead (it cannot be opened twice)."""
        if self.path == MEMORY:
            return self
        return Session.open(self.path)

    # -- the workspace -----------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        return self._ws

    @property
    def path(self) -> str:
        return self._ws.path

    @property
    def closed(self) -> bool:
        return self._ws.closed

    @property
    def revision(self) -> tuple[int, int]:
        return self._ws.revision

    def close(self) -> None:
        self._ws.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Session({self.path!r})"

    def save_as(self, path: str | Path) -> None:
        self._ws.save_as(path)

    def articles(self) -> list[Article]:
        return self._ws.articles()

    def article(self, article_id: str) -> Article | None:
        return self._ws.article(article_id)

    def article_count(self) -> int:
        return self._ws.article_count()

    def sources(self, article_id: str) -> list[str]:
        return self._ws.sources(article_id)

    def remove_article(self, article_id: str) -> bool:
        return self._ws.remove_article(article_id)

    def set_user_date(self, article_id: str, value: date | None) -> None:
        self._ws.set_user_date(article_id, value)

    def user_dates(self) -> dict[str, date]:
        return self._ws.user_dates()

    def problems(self) -> list[Problem]:
        return self._ws.problems()

    def clear_problems(self) -> None:
        self._ws.clear_problems()

    def import_log(self, run: int | None = None) -> list[LogEntry]:
        return self._ws.import_log(run)

    # -- import ---------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | Path] | str | Path,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        max_bytes: int | None = None,
        time_limit: float | None = None,
    ) -> ImportReport:
        """Import files and folders, each file in its own transaction (see importing.py)."""
        return import_files(paths, WorkspaceSink(self._ws), progress, cancel, max_bytes, time_limit)

    # -- corrections ------------------------------------------------------------------------

    def corrections(self) -> list[Correction]:
        return self._ws.corrections()

    def add_correction(self, correction: Correction) -> Correction:
        return self._ws.add_correction(correction)

    def undo_last_correction(self) -> Correction | None:
        return self._ws.undo_last_correction()

    def rename_event(self, event: Event | str, label: str) -> Correction:
        return self._ws.rename_event(event, label)

    def set_event_date(self, event: Event | str, first: date, last: date, precision: Precision | str) -> Correction:
        return self._ws.set_event_date(event, first, last, precision)

    def delete_event(self, event: Event | str) -> Correction:
        return self._ws.delete_event(event)

    def merge_events(self, a: Event | str, b: Event | str) -> Correction:
        return self._ws.merge_events(a, b)

    def rename_actor(self, old_name: str, new_name: str) -> Correction:
        return self._ws.rename_actor(old_name, new_name)

    def merge_actors(self, name_a: str, name_b: str) -> Correction:
        return self._ws.merge_actors(name_a, name_b)

    # -- extraction -------------------------------------------------------------------------

    def compute(self) -> ExtractionResult:
        """The extraction for the workspace as it is now (cached until it changes).

        A new correction only replays the corrections; it does not rerun the extraction."""
        stamp = self._ws.stamp()
        with self._lock:
            cached = self._result
        if cached is not None and cached.stamp == stamp:
            return cached
        stamp, articles, dates, corrections = self._ws.snapshot()
        if cached is not None and cached.stamp[0] == stamp[0]:
            base = cached.base
        else:
            base = pipeline.extract(articles, dates)
        extraction, stale = corr.apply_with_report(base, corrections)
        result = ExtractionResult(self.path, stamp, base, extraction, tuple(stale))
        with self._lock:
            self._result = result
        return result

    def invalidate(self) -> None:
        """Forget the cached extraction (after a worker failed half-way)."""
        with self._lock:
            self._result = None

    def articles_only(self) -> Extraction:
        """The stored articles without events (shown while events are being found)."""
        return Extraction.of_articles(self.articles())

    def extraction(self) -> Extraction:
        """Events and actors over all articles, with the user's dates and corrections."""
        return self.compute().extraction

    def stale_corrections(self) -> list[Correction]:
        """Corrections that had no effect in the latest extraction (their event is gone)."""
        return list(self.compute().stale)

    def adopt(self, result: ExtractionResult) -> bool:
        """Take an extraction computed on another connection (a worker's) when it is for
        the workspace as it is now; returns whether it was taken."""
        if result.path != self.path or result.stamp != self._ws.stamp():
            return False
        with self._lock:
            self._result = result
        return True

    # -- collections ------------------------------------------------------------------------

    def refresh(self) -> Extraction:
        """Bring the collections up to date; each announces what changed."""
        ex = self.extraction()
        self.publish(ex)
        self.problems_by_path.update(self.problems())
        return ex

    def publish(self, extraction: Extraction) -> None:
        """Show ``extraction`` (the current one, or the articles alone while events are being
        found) in the collections; each announces what changed, the views follow."""
        self.highlights = Sources(extraction)
        self.articles_by_id.update(article_entries(extraction.articles, extraction.events))
        self.events.update(extraction.events)
        self.actors.update(extraction.actors)
