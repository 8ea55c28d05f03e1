"""The workspace: one SQLite file with the imported articles, the user's corrections
and the import log.

* Always on disk (autosave by construction); ``save_as`` copies it with SQLite's
  backup API and switches to the copy.
* Each imported file is its own transaction: a ``started`` log row is committed
  first, then the articles and the ``ok`` row together.  A process killed mid-file
  leaves a ``started`` row, reported as ``interrupted`` on the next open; everything
  committed before is intact.
* Storage only: schema, migrations, transactions, articles, user dates,
  corrections and the import log. Reading files and extracting events happen in
  ``desktop.session``, which calls the storage steps of an import here
  (``begin_file``, ``store_articles``, ``fail_file``, ``forget_file``).
* ``stamp()`` changes with every write to articles, dates or corrections, on any
  connection: a result computed on one connection (a worker's) can be checked
  against another (the window's).
* A file workspace's connection belongs to the thread that opened it (a worker
  opens its own); only a throw-away ``:memory:`` workspace, which cannot be opened
  twice, shares its connection, and a lock guards every access.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core import corrections as corr
from desktop.core.corrections import Correction
from desktop.core.model import Article, DateSource, Event, ImportReport, Precision, Problem, ProblemKind, PubDate, Region

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "ImportReport", "LogEntry", "Workspace", "WorkspaceError"]

#: ``PRAGMA application_id``: marks a SQLite file as a Chronik workspace ("Chrk").
APPLICATION_ID = 0x4368726B
SQLITE_HEADER = b"SQLite format 3\x00"
MEMORY = ":memory:"
#: Seconds a write waits for another connection's transaction (a worker's import) to end.
BUSY_TIMEOUT = 30.0


class WorkspaceError(Exception):
    """A workspace that cannot be opened or written; the message names the file."""


@dataclass(frozen=True)
class LogEntry:
    """One row of the import log."""

    id: int
    run: int
    path: str
    status: str  # started, ok, duplicate, failed, interrupted
    kind: str | None
    message: str | None
    article_ids: tuple[str, ...]
    started_at: str
    finished_at: str | None


# ---------------------------------------------------------------------------
# Schema and migrations
# ---------------------------------------------------------------------------

_SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE articles (
    id                  TEXT PRIMARY KEY,
    path                TEXT NOT NULL,
    text                TEXT NOT NULL,
    format              TEXT NOT NULL,
    title               TEXT,
    outlet              TEXT,
    language            TEXT NOT NULL,
    published           TEXT,
    published_precision TEXT,
    published_source    TEXT,
    published_evidence  TEXT,
    regions             TEXT NOT NULL DEFAULT '[]',
    encoding            TEXT NOT NULL DEFAULT 'utf-8',
    warnings            TEXT NOT NULL DEFAULT '[]',
    imported_at         TEXT NOT NULL
);
CREATE TABLE sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    path       TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, path)
);
CREATE INDEX sources_by_path ON sources(path);
-- no foreign key: a user's date outlives removing and re-importing the article
CREATE TABLE user_dates (
    article_id TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    set_at     TEXT NOT NULL
);
CREATE TABLE corrections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE import_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run         INTEGER NOT NULL,
    path        TEXT NOT NULL,
    status      TEXT NOT NULL
                CHECK (status IN ('started', 'ok', 'duplicate', 'failed', 'interrupted')),
    kind        TEXT,
    message     TEXT,
    article_ids TEXT NOT NULL DEFAULT '[]',
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    pid         INTEGER  -- the importing process, to tell a crash from an import in progress
);
CREATE INDEX import_log_by_path ON import_log(path, id);
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (``executescript`` would commit the migration half-way)."""
    for statement in script.split(";"):
        if statement.strip() and not all(
            line.strip().startswith("--") or not line.strip() for line in statement.splitlines()
        ):
            conn.execute(statement)


def _migrate_to_v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, _SCHEMA_V1)
    conn.execute("INSERT INTO meta(key, value) VALUES ('created', ?)", (_now(),))
    conn.execute("INSERT INTO meta(key, value) VALUES ('created_by', ?)", (__version__,))


#: MIGRATIONS[i] takes a database from schema version i to i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_to_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------
# Workspace
# ---------------------------------------------------------------------------


class Workspace:
    """A Chronik workspace file.  Use ``Workspace.open(path)``."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._path = path
        self._lock = threading.RLock()
        self._data_rev = 0  # articles and user dates
        self._corr_rev = 0  # corrections
        self._articles_cache: tuple[int, list[Article]] | None = None
        self._data_version: int | None = None  # PRAGMA data_version: other connections' commits

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Workspace:
        """Open (or create) a workspace.  ``":memory:"`` gives a throw-away one.

        Raises ``WorkspaceError`` without touching the file when it is not a
        SQLite database, not a Chronik workspace, damaged, or written by a newer
        version of Chronik."""
        spath = os.fspath(path)
        if spath != MEMORY:
            spath = os.path.abspath(spath)
            _check_header(spath)
            _check_writable(spath)
        try:
            # a file: one connection per thread (a worker opens its own); a throw-away
            # in-memory workspace has only this one, shared under the lock
            conn = sqlite3.connect(spath, timeout=BUSY_TIMEOUT, isolation_level=None,
                                   check_same_thread=spath != MEMORY)
        except sqlite3.Error as exc:
            raise WorkspaceError(f"{spath}: cannot open the workspace ({exc})") from None
        try:
            _prepare(conn, spath)
        except BaseException:
            conn.close()
            raise
        ws = cls(conn, spath)
        ws._mark_interrupted()
        return ws

    @property
    def path(self) -> str:
        return self._path

    @property
    def closed(self) -> bool:
        return self._conn is None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    if self._path != MEMORY:
                        self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:
                    pass
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Workspace({self._path!r})"

    @property
    def schema_version(self) -> int:
        """The workspace format of this file (``PRAGMA user_version``)."""
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def meta(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    @property
    def revision(self) -> tuple[int, int]:
        """Changes whenever articles, dates or corrections change (views compare it),
        also when another connection (a worker, another window) wrote to the file."""
        with self._lock:
            self._sync()
            return (self._data_rev, self._corr_rev)

    def _sync(self) -> None:
        """Invalidate the caches when another connection committed since we last looked."""
        version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        if self._data_version is not None and version != self._data_version:
            self._data_rev += 1
            self._corr_rev += 1
        self._data_version = version

    def save_as(self, path: str | Path) -> None:
        """Copy the workspace to ``path`` (replacing what is there) and continue there."""
        target = os.path.abspath(os.fspath(path))
        with self._lock:
            if target == self._path:
                return
            tmp = target + ".chronik-tmp"
            try:
                os.remove(tmp)
            except FileNotFoundError:
                pass
            try:
                dest = sqlite3.connect(tmp, isolation_level=None)
                try:
                    self._db.backup(dest)
                    dest.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dest.close()
                for suffix in ("-wal", "-shm"):  # a journal left beside the old file must not apply
                    try:
                        os.remove(target + suffix)
                    except FileNotFoundError:
                        pass
                os.replace(tmp, target)
            except (sqlite3.Error, OSError) as exc:
                try:
                    os.remove(tmp)
                except OSError:
                    pass
                raise WorkspaceError(f"{target}: cannot save the workspace there ({exc})") from None
            new = Workspace.open(target)
            old = self._conn
            self._conn, self._path = new._conn, new._path  # noqa: SLF001 - same class
            self._data_version = None  # counters are per connection
            new._conn = None  # noqa: SLF001 - same class
            if old is not None:
                old.close()

    # -- import: the storage steps (the session reads the files) -------------------------

    def new_run(self) -> int:
        """The number of a new import run (groups the log rows of one import)."""
        with self._lock:
            row = self._db.execute("SELECT COALESCE(MAX(run), 0) + 1 FROM import_log").fetchone()
            return int(row[0])

    def begin_file(self, run: int, path: str) -> int:
        """Log that ``path`` is being imported (committed at once: a crash leaves it
        ``started``, reported as interrupted on the next open). Raises sqlite3.Error."""
        with self._lock, self._tx() as db:
            return int(
                db.execute(
                    "INSERT INTO import_log(run, path, status, started_at, pid) VALUES (?, ?, 'started', ?, ?)",
                    (run, path, _now(), os.getpid()),
                ).lastrowid or 0
            )

    def fail_file(self, log_id: int, problem: Problem) -> None:
        """The file of ``log_id`` was not imported (an interrupted import keeps its kind)."""
        status = "interrupted" if problem.kind == ProblemKind.INTERRUPTED else "failed"
        self._finish(log_id, status, problem.kind.value, problem.message, [])

    def forget_file(self, log_id: int) -> None:
        """The user cancelled while the file was read: as if it had not been begun."""
        with self._lock, self._tx() as db:
            db.execute("DELETE FROM import_log WHERE id = ?", (log_id,))

    def store_articles(self, articles: Sequence[Article], path: str, log_id: int) -> tuple[list[str], list[str]]:
        """Store a file's articles and finish its log row, in one transaction.
        Returns (ids of new articles, ids already present)."""
        return self._store(articles, path, log_id)

    def _store(self, articles: Sequence[Article], path: str, log_id: int) -> tuple[list[str], list[str]]:
        new: list[str] = []
        dup: list[str] = []
        now = _now()
        with self._lock, self._tx() as db:
            for a in articles:
                exists = db.execute("SELECT 1 FROM articles WHERE id = ?", (a.id,)).fetchone()
                if exists:
                    dup.append(a.id)
                else:
                    db.execute(_INSERT_ARTICLE, _article_row(a, now))
                    new.append(a.id)
                db.execute(
                    "INSERT OR IGNORE INTO sources(article_id, path, added_at) VALUES (?, ?, ?)",
                    (a.id, path, now),
                )
            ids = new + dup
            if new:
                message = f"{len(new)} article(s) imported" + (f", {len(dup)} already present" if dup else "")
            else:
                message = "already in the workspace"
            db.execute(
                "UPDATE import_log SET status = ?, message = ?, article_ids = ?, finished_at = ? WHERE id = ?",
                ("ok" if new else "duplicate", message, json.dumps(ids), _now(), log_id),
            )
            _prune_log(db, path, log_id)
            if new:
                self._data_rev += 1
                _bump(db, "data")
        return new, dup

    def _finish(self, log_id: int, status: str, kind: str | None, message: str, ids: list[str]) -> None:
        with self._lock, self._tx() as db:
            db.execute(
                "UPDATE import_log SET status = ?, kind = ?, message = ?, article_ids = ?, finished_at = ?"
                " WHERE id = ?",
                (status, kind, message, json.dumps(ids), _now(), log_id),
            )
            if status != "interrupted":
                _prune_log(db, None, log_id)

    def _mark_interrupted(self) -> None:
        """Files whose import started in a process that is gone: interrupted, not imported."""
        with self._lock:
            rows = self._db.execute("SELECT id, pid FROM import_log WHERE status = 'started'").fetchall()
        dead = [(_INTERRUPTED, rid) for rid, pid in rows if not _process_alive(pid)]
        if not dead:
            return  # no write (and no wait for another connection's write lock) on a plain open
        with self._lock, self._tx() as db:
            db.executemany(
                "UPDATE import_log SET status = 'interrupted', kind = 'interrupted', message = ?"
                " WHERE id = ? AND status = 'started'",
                dead,
            )

    # -- articles -----------------------------------------------------------

    def articles(self) -> list[Article]:
        """All articles, in import order."""
        with self._lock:
            self._sync()
            cached = self._articles_cache
            if cached is not None and cached[0] == self._data_rev:
                return list(cached[1])
            rows = self._db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY rowid").fetchall()
            result = [_article_from_row(r) for r in rows]
            self._articles_cache = (self._data_rev, result)
            return list(result)

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return _article_from_row(row) if row else None

    def article_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def sources(self, article_id: str) -> list[str]:
        """Every path that delivered this article, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT path FROM sources WHERE article_id = ? ORDER BY rowid", (article_id,)
            ).fetchall()
        return [r[0] for r in rows]

    def article_ids_for_path(self, path: str | Path) -> list[str]:
        """Articles a file delivered (an mbox may deliver several)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT article_id FROM sources WHERE path = ? ORDER BY rowid", (os.path.abspath(path),)
            ).fetchall()
        return [r[0] for r in rows]

    def remove_article(self, article_id: str) -> bool:
        """Remove an article and its sources (its user date and corrections are kept)."""
        with self._lock, self._tx() as db:
            n = db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
            if n:
                self._data_rev += 1
                _bump(db, "data")
        return bool(n)

    # -- user dates -----------------------------------------------------------

    def set_user_date(self, article_id: str, value: date | None) -> None:
        """Set (or with ``None`` clear) the user's publication date of an article."""
        with self._lock, self._tx() as db:
            if value is None:
                n = db.execute("DELETE FROM user_dates WHERE article_id = ?", (article_id,)).rowcount
            else:
                if not db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                    raise KeyError(article_id)
                if isinstance(value, datetime):
                    value = value.date()
                n = db.execute(
                    "INSERT INTO user_dates(article_id, value, set_at) VALUES (?, ?, ?)"
                    " ON CONFLICT(article_id) DO UPDATE SET value = excluded.value, set_at = excluded.set_at",
                    (article_id, value.isoformat(), _now()),
                ).rowcount
            if n:
                self._data_rev += 1
                _bump(db, "data")

    def user_dates(self) -> dict[str, date]:
        """Article id -> the user's publication date (articles present only)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT u.article_id, u.value FROM user_dates u JOIN articles a ON a.id = u.article_id"
            ).fetchall()
        return {aid: date.fromisoformat(v) for aid, v in rows}

    # -- import log -----------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Files whose latest import failed or was interrupted."""
        with self._lock:
            rows = self._db.execute(
                "SELECT path, kind, message FROM import_log l"
                " WHERE id = (SELECT MAX(id) FROM import_log WHERE path = l.path)"
                " AND status IN ('failed', 'interrupted') ORDER BY id"
            ).fetchall()
        return [Problem(p, ProblemKind.parse(k), m or "") for p, k, m in rows]

    def import_log(self, run: int | None = None) -> list[LogEntry]:
        """The import log (one run, or all), oldest first."""
        sql = (
            "SELECT id, run, path, status, kind, message, article_ids, started_at, finished_at FROM import_log"
        )
        with self._lock:
            if run is None:
                rows = self._db.execute(sql + " ORDER BY id").fetchall()
            else:
                rows = self._db.execute(sql + " WHERE run = ? ORDER BY id", (run,)).fetchall()
        return [LogEntry(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6] or "[]")), r[7], r[8]) for r in rows]

    def clear_problems(self) -> None:
        """Forget failed and interrupted entries (the user dismissed them)."""
        with self._lock, self._tx() as db:
            db.execute("DELETE FROM import_log WHERE status IN ('failed', 'interrupted')")

    # -- corrections ----------------------------------------------------------

    def add_correction(self, correction: Correction) -> Correction:
        """Store a correction (validated again); returns it with its id."""
        c = corr.make(correction.kind, **dict(correction.payload))
        created = _now()
        with self._lock, self._tx() as db:
            cid = db.execute(
                "INSERT INTO corrections(kind, payload, created_at) VALUES (?, ?, ?)",
                (c.kind, json.dumps(dict(c.payload), ensure_ascii=False, sort_keys=True), created),
            ).lastrowid
            self._corr_rev += 1
            _bump(db, "corrections")
        return Correction(c.kind, c.payload, cid, created)

    def corrections(self) -> list[Correction]:
        with self._lock:
            rows = self._db.execute("SELECT id, kind, payload, created_at FROM corrections ORDER BY id").fetchall()
        return [Correction(kind, json.loads(payload), cid, created) for cid, kind, payload, created in rows]

    def undo_last_correction(self) -> Correction | None:
        """Remove the newest correction; returns it (None when there is none)."""
        with self._lock, self._tx() as db:
            row = db.execute(
                "SELECT id, kind, payload, created_at FROM corrections ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            db.execute("DELETE FROM corrections WHERE id = ?", (row[0],))
            self._corr_rev += 1
            _bump(db, "corrections")
        return Correction(row[1], json.loads(row[2]), row[0], row[3])

    def rename_event(self, event: Event | str, label: str) -> Correction:
        key, keys = _event_ref(event)
        return self.add_correction(corr.make("rename_event", mention_key=key, keys=keys, label=label))

    def set_event_date(
        self, event: Event | str, first: date, last: date, precision: Precision | str
    ) -> Correction:
        key, keys = _event_ref(event)
        return self.add_correction(
            corr.make("set_event_date", mention_key=key, keys=keys, first=first, last=last, precision=precision)
        )

    def delete_event(self, event: Event | str) -> Correction:
        key, keys = _event_ref(event)
        return self.add_correction(corr.make("delete_event", mention_key=key, keys=keys))

    def merge_events(self, a: Event | str, b: Event | str) -> Correction:
        """Merge event ``b`` into event ``a``."""
        ka, keys_a = _event_ref(a)
        kb, keys_b = _event_ref(b)
        return self.add_correction(
            corr.make("merge_events", mention_key_a=ka, mention_key_b=kb, keys_a=keys_a, keys_b=keys_b)
        )

    def rename_actor(self, old_name: str, new_name: str) -> Correction:
        return self.add_correction(corr.make("rename_actor", old_name=old_name, new_name=new_name))

    def merge_actors(self, name_a: str, name_b: str) -> Correction:
        """Actor ``name_b`` becomes an alias of ``name_a``."""
        return self.add_correction(corr.make("merge_actors", name_a=name_a, name_b=name_b))

    # -- revision across connections -----------------------------------------------------

    def stamp(self) -> tuple[int, int]:
        """(articles and dates, corrections) write counters stored in the file: equal stamps
        on two connections mean the same content."""
        with self._lock:
            rows = dict(
                self._db.execute(
                    "SELECT key, value FROM meta WHERE key IN ('rev_data', 'rev_corrections')"
                ).fetchall()
            )
        return int(rows.get("rev_data", 0)), int(rows.get("rev_corrections", 0))

    def snapshot(self) -> tuple[tuple[int, int], list[Article], dict[str, date], list[Correction]]:
        """(stamp, articles, user dates, corrections) read in one transaction."""
        with self._lock:
            db = self._db
            db.execute("BEGIN")
            try:
                stamp = self.stamp()
                articles = self.articles()
                dates = self.user_dates()
                corrections = self.corrections()
            finally:
                db.execute("COMMIT")
        return stamp, articles, dates, corrections

    # -- internals --------------------------------------------------------------

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise WorkspaceError(f"{self._path}: the workspace is closed")
        return self._conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")


# ---------------------------------------------------------------------------
# Opening helpers
# ---------------------------------------------------------------------------


_INTERRUPTED = "the import stopped while this file was being read; it was not imported"


def _prune_log(db: sqlite3.Connection, path: str | None, log_id: int) -> None:
    """Keep the import log bounded: a finished row replaces the earlier failed, interrupted and
    "duplicate" rows of the same file (17 runs over 500 files made 6,852 rows, issue 8); the
    first ``ok`` row of a file, which says when it came in, stays."""
    if path is None:
        row = db.execute("SELECT path FROM import_log WHERE id = ?", (log_id,)).fetchone()
        if row is None:
            return
        path = row[0]
    db.execute(
        "DELETE FROM import_log WHERE path = ? AND id < ? AND status IN ('failed', 'interrupted', 'duplicate')",
        (path, log_id),
    )


def storage_message(what: str, exc: BaseException) -> str:
    """Why a file could not be ``what`` ("recorded", "stored") in the workspace."""
    text = str(exc)
    if "readonly" in text.replace("-", "").replace(" ", "").lower():
        return f"could not be {what}: the workspace file is read-only (open a copy, or choose another place)"
    return f"could not be {what} in the workspace: {text}"


def _process_alive(pid: int | None) -> bool:
    """Whether an import started by ``pid`` may still be running (this process counts)."""
    if pid is None:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill would terminate it there
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _backup_before_upgrade(conn: sqlite3.Connection, path: str, version: int) -> None:
    """Keep a copy of a workspace before a migration changes it (``name.v1.bak``)."""
    target = f"{path}.v{version}.bak"
    if os.path.exists(target):
        return
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


_READ_ONLY_HINT = "open a copy, or choose another place"


def _check_writable(path: str) -> None:
    """A workspace is written as you go: a read-only file or folder is said so, not called damaged."""
    folder = os.path.dirname(path) or "."
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise WorkspaceError(f"{path}: the workspace file is read-only; {_READ_ONLY_HINT}")
    if os.path.isdir(folder) and not os.access(folder, os.W_OK):
        raise WorkspaceError(f"{path}: the folder {folder} is read-only; {_READ_ONLY_HINT}")


def _check_header(path: str) -> None:
    """Refuse a file that is not SQLite before SQLite touches it."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        parent = os.path.dirname(path) or "."
        if not os.path.isdir(parent):
            raise WorkspaceError(f"{path}: the folder {parent} does not exist") from None
        return
    except IsADirectoryError:
        raise WorkspaceError(f"{path}: is a folder, not a workspace file") from None
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if head and head != SQLITE_HEADER:
        raise WorkspaceError(f"{path}: is not a Chronik workspace (not a SQLite database); choose a .chronik file")


def _prepare(conn: sqlite3.Connection, path: str) -> None:
    """Check the database read-only first, then switch to WAL and migrate."""
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            f"{path}: is damaged or not a Chronik workspace ({exc}); open a backup or start a new workspace"
        ) from None
    if app_id not in (0, APPLICATION_ID) or (version > 0 and app_id != APPLICATION_ID):
        raise WorkspaceError(f"{path}: is a SQLite database of another program, not a Chronik workspace")
    if version == 0 and tables:
        raise WorkspaceError(f"{path}: is a SQLite database of another program, not a Chronik workspace")
    latest = len(MIGRATIONS)
    if version > latest:
        raise WorkspaceError(
            f"{path}: was written by a newer version of Chronik (workspace format {version}; "
            f"this version reads up to {latest}). Please update Chronik."
        )
    try:
        if version > 0:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise WorkspaceError(
                    f"{path}: the workspace is damaged ({result}); open a backup or start a new workspace"
                )
            if version < latest and path != MEMORY:
                _backup_before_upgrade(conn, path, version)
        if path != MEMORY:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")  # an imported file survives a power cut too
        if version < latest:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for step in MIGRATIONS[version:]:
                    step(conn)
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version={latest}")
                conn.execute(
                    "INSERT INTO meta(key, value) VALUES ('app_version', ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (__version__,),
                )
            except sqlite3.Error:
                conn.execute("ROLLBACK")
                raise
            except BaseException as exc:
                conn.execute("ROLLBACK")
                if isinstance(exc, Exception):
                    raise WorkspaceError(
                        f"{path}: could not be upgraded to workspace format {latest} ({exc}); "
                        "it was left as it was"
                    ) from exc
                raise
            conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc).replace(" ", "").lower():
            raise WorkspaceError(f"{path}: the workspace file is read-only; {_READ_ONLY_HINT}") from None
        raise WorkspaceError(f"{path}: cannot be opened for writing ({exc}); {_READ_ONLY_HINT}") from None
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            f"{path}: the workspace is damaged ({exc}); open a backup or start a new workspace"
        ) from None


# ---------------------------------------------------------------------------
# Import helpers
# ---------------------------------------------------------------------------


def _bump(db: sqlite3.Connection, what: str) -> None:
    """Count a write in the file (``stamp``), inside the writer's transaction."""
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, '1')"
        " ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
        (f"rev_{what}",),
    )


def _event_ref(event: Event | str) -> tuple[str, list[str]]:
    if isinstance(event, str):
        return event, []
    keys = [m.key for m in event.mentions]
    if not keys:
        raise corr.CorrectionError(f"event {event.id} has no mentions to refer to it by")
    return keys[0], keys


# ---------------------------------------------------------------------------
# Article rows
# ---------------------------------------------------------------------------

_ARTICLE_COLUMNS = (
    "id, path, text, format, title, outlet, language, published, published_precision,"
    " published_source, published_evidence, regions, encoding, warnings"
)
_INSERT_ARTICLE = (
    f"INSERT INTO articles({_ARTICLE_COLUMNS}, imported_at) VALUES ({', '.join('?' * 15)})"
)


def _article_row(a: Article, imported_at: str) -> tuple[Any, ...]:
    pub = a.published
    return (
        a.id,
        a.path,
        a.text,
        a.format,
        a.title,
        a.outlet,
        a.language,
        pub.value.isoformat() if pub else None,
        pub.precision.value if pub else None,
        pub.source.value if pub else None,
        pub.evidence if pub else None,
        json.dumps([[r.start, r.end, r.kind] for r in a.regions]),
        a.encoding,
        json.dumps(list(a.warnings), ensure_ascii=False),
        imported_at,
    )


def _article_from_row(r: Sequence[Any]) -> Article:
    (aid, path, text, fmt, title, outlet, lang, pub, prec, src, evidence, regions, enc, warnings) = r
    published = (
        PubDate(date.fromisoformat(pub), Precision(prec), DateSource(src), evidence or "") if pub else None
    )
    return Article(
        id=aid,
        path=path,
        text=text,
        format=fmt,
        title=title,
        outlet=outlet,
        language=lang,
        published=published,
        regions=tuple(Region(s, e, k) for s, e, k in json.loads(regions)),
        encoding=enc,
        warnings=tuple(json.loads(warnings)),
    )
