"""The workspace database: import, duplicates, problems, user dates, schema, refusal of bad files."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest
import test_workspace_fakes as fakes
from test_workspace_fakes import ARTICLE_A, ARTICLE_B, ARTICLE_C, write

from desktop.core import pipeline
from desktop.core.workspace import SCHEMA_VERSION, ImportReport, Workspace, WorkspaceError  # noqa: F401
from desktop.session import Session

@pytest.fixture(autouse=True)
def _pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes.install_missing(monkeypatch)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write(folder, "a.txt", ARTICLE_A)
    write(folder, "b.txt", ARTICLE_B)
    write(folder, "c.txt", ARTICLE_C)
    return folder


def test_import_creates_articles(tmp_path: Path, corpus: Path) -> None:
    with Session.open(tmp_path / "ws.chronik") as ws:
        report = ws.import_paths([corpus])
        assert report.problems == []
        assert len(report.imported) == 3
        arts = ws.articles()
        assert {a.id for a in arts} == set(report.imported)
        assert any("Anna Berg" in a.text for a in arts)
        a = ws.article(report.imported[0])
        assert a is not None and a.text == arts[0].text
    # and it is all still there after closing
    with Session.open(tmp_path / "ws.chronik") as ws:
        assert len(ws.articles()) == 3
        assert ws.article("no-such-id") is None


def test_article_round_trips_every_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.model import Article, DateSource, Precision, PubDate, Region

    art = Article(
        id="k1",
        path=str(tmp_path / "x.html"),
        text="Titel\nText mit Umlauten: äöü – und mehr.",
        format="html",
        title="Titel",
        outlet="Die Zeitung",
        language="de",
        published=PubDate(date(2025, 2, 1), Precision.MONTH, DateSource.METADATA, "date 2025-02"),
        regions=(Region(0, 5, "title"), Region(6, 20, "body"), Region(20, 38, "credit")),
        encoding="cp1252",
        warnings=("a warning",),
    )
    write(tmp_path, "x.html", "<p>irrelevant</p>")
    monkeypatch.setattr(pipeline, "read_documents", lambda p: [object()])
    monkeypatch.setattr(pipeline, "make_article", lambda d: art)
    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ws.import_paths([tmp_path / "x.html"])
    with Session.open(path) as ws:
        assert ws.articles() == [art]


def test_same_file_twice_is_one_article(tmp_path: Path, corpus: Path) -> None:
    with Session.open(tmp_path / "ws.chronik") as ws:
        first = ws.import_paths([corpus / "a.txt"])
        second = ws.import_paths([corpus / "a.txt"])
        assert len(first.imported) == 1
        assert second.imported == [] and second.duplicates == first.imported
        assert len(ws.articles()) == 1
        assert ws.sources(first.imported[0]) == [str(corpus / "a.txt")]


def test_same_content_other_name_is_one_article_two_sources(tmp_path: Path, corpus: Path) -> None:
    copy = write(tmp_path / "elsewhere", "kopie.txt", ARTICLE_A)
    with Session.open(tmp_path / "ws.chronik") as ws:
        r1 = ws.import_paths([corpus / "a.txt"])
        r2 = ws.import_paths([copy])
        assert r2.duplicates == r1.imported
        assert len(ws.articles()) == 1
        assert ws.sources(r1.imported[0]) == [str(corpus / "a.txt"), str(copy)]


def test_bad_files_become_problems_and_the_rest_is_imported(tmp_path: Path, corpus: Path) -> None:
    write(corpus, "leer.txt", b"")
    write(corpus, "bild.txt", bytes(range(256)) * 40)
    ws_path = tmp_path / "ws.chronik"
    with Session.open(ws_path) as ws:
        ws.import_paths([corpus / "c.txt"])  # something already there
        report = ws.import_paths([corpus])
        bad = {Path(p.path).name: p.kind for p in report.problems}
        assert bad == {"leer.txt": "empty", "bild.txt": "binary"}
        assert all(p.message for p in report.problems)
        assert len(ws.articles()) == 3
    with Session.open(ws_path) as ws:
        assert {Path(p.path).name for p in ws.problems()} == {"leer.txt", "bild.txt"}


def test_unexpected_exception_is_a_problem_not_a_crash(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.make_article

    def flaky(doc):  # type: ignore[no-untyped-def]
        if doc.path.endswith("b.txt"):
            raise RuntimeError("the structure stage fell over")
        return real(doc)

    monkeypatch.setattr(pipeline, "make_article", flaky)
    with Session.open(tmp_path / "ws.chronik") as ws:
        report = ws.import_paths([corpus])
        assert [(Path(p.path).name, p.kind) for p in report.problems] == [("b.txt", "internal")]
        assert "fell over" in report.problems[0].message
        assert len(ws.articles()) == 2


def test_a_file_that_failed_and_then_worked_is_no_longer_a_problem(tmp_path: Path) -> None:
    f = write(tmp_path, "spaeter.txt", b"")
    with Session.open(tmp_path / "ws.chronik") as ws:
        ws.import_paths([f])
        assert len(ws.problems()) == 1
        f.write_text(ARTICLE_B, encoding="utf-8")
        ws.import_paths([f])
        assert ws.problems() == []
        assert len(ws.articles()) == 1


def test_missing_and_too_large_files(tmp_path: Path, corpus: Path) -> None:
    big = write(tmp_path, "gross.txt", "Wort " * 5000)
    with Session.open(tmp_path / "ws.chronik") as ws:
        report = ws.import_paths([tmp_path / "fehlt.txt", big, corpus / "a.txt"], max_bytes=10_000)
        kinds = {Path(p.path).name: p.kind for p in report.problems}
        assert kinds == {"fehlt.txt": "vanished", "gross.txt": "too-large"}
        too_large = next(p for p in report.problems if p.kind == "too-large")
        assert "9.8 KB" in too_large.message  # the limit is named
        assert len(ws.articles()) == 1


def test_cancel_stops_between_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for i in range(6):
        write(folder, f"{i}.txt", ARTICLE_C + f"Zusatz {i}.\n")
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, path: str) -> None:
        seen.append((done, total, path))

    with Session.open(tmp_path / "ws.chronik") as ws:
        report = ws.import_paths([folder], progress=progress, cancel=lambda: len(seen) > 2)
        assert report.cancelled
        assert len(report.imported) == 2 == len(ws.articles())
        assert report.summary() == "2 articles imported, cancelled after 2 of 6 files"
        assert seen[0] == (0, 6, "")
        assert [d for d, _, _ in seen] == [0, 1, 2]
        assert seen[2][2].endswith("1.txt")
        # a later import picks up the rest
        again = ws.import_paths([folder])
        assert len(again.imported) == 4 and len(again.duplicates) == 2


def test_progress_reaches_total(tmp_path: Path, corpus: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Session.open(":memory:") as ws:
        ws.import_paths([corpus], progress=lambda d, t, p: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_skipped_files_are_counted(tmp_path: Path, corpus: Path) -> None:
    write(corpus, ".versteckt.txt", ARTICLE_B)
    write(corpus, "bild.png", b"\x89PNG\r\n\x1a\n")
    with Session.open(":memory:") as ws:
        report = ws.import_paths(str(corpus))  # a single path as a string works too
        assert report.skipped == {"hidden": 1, "unsupported": 1}
        assert len(report.imported) == 3
        assert report.summary() == "3 articles imported, 2 skipped (hidden 1, unsupported 1)"


def test_user_date_persists_across_reopen(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ids = ws.import_paths([corpus]).imported
        ws.set_user_date(ids[0], date(2025, 2, 13))
        ws.set_user_date(ids[1], date(2025, 3, 1))
        ws.set_user_date(ids[1], date(2025, 3, 2))  # changed
        with pytest.raises(KeyError):
            ws.set_user_date("nope", date(2025, 1, 1))
    with Session.open(path) as ws:
        assert ws.user_dates() == {ids[0]: date(2025, 2, 13), ids[1]: date(2025, 3, 2)}
        ws.set_user_date(ids[0], None)
    with Session.open(path) as ws:
        assert ws.user_dates() == {ids[1]: date(2025, 3, 2)}


def test_user_dates_reach_the_extraction(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, date] | None] = []
    real = pipeline.extract

    def spy(articles, user_dates=None):  # type: ignore[no-untyped-def]
        calls.append(user_dates)
        return real(articles, user_dates)

    monkeypatch.setattr(pipeline, "extract", spy)
    with Session.open(":memory:") as ws:
        ids = ws.import_paths([corpus]).imported
        ws.set_user_date(ids[2], date(2025, 4, 8))
        ws.extraction()
        assert calls[-1] == {ids[2]: date(2025, 4, 8)}


def test_remove_article(tmp_path: Path, corpus: Path) -> None:
    with Session.open(tmp_path / "ws.chronik") as ws:
        ids = ws.import_paths([corpus]).imported
        ws.set_user_date(ids[0], date(2025, 2, 13))
        assert ws.remove_article(ids[0])
        assert not ws.remove_article(ids[0])
        assert [a.id for a in ws.articles()] == ids[1:]
        assert ws.sources(ids[0]) == []
        assert ids[0] not in ws.user_dates()
        # imported again: it comes back, and so does the user's date
        again = ws.import_paths([corpus])
        assert again.imported == [ids[0]]
        assert ws.user_dates()[ids[0]] == date(2025, 2, 13)


def test_extraction_is_cached_until_something_changes(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = {"n": 0}
    real = pipeline.extract

    def counting(articles, user_dates=None):  # type: ignore[no-untyped-def]
        count["n"] += 1
        return real(articles, user_dates)

    monkeypatch.setattr(pipeline, "extract", counting)
    with Session.open(":memory:") as ws:
        ids = ws.import_paths([corpus]).imported
        first = ws.extraction()
        assert ws.extraction() is first
        assert count["n"] == 1
        ws.set_user_date(ids[0], date(2025, 2, 12))
        assert ws.extraction() is not first
        assert count["n"] == 2
        ws.rename_actor("Niemand", "Auch niemand")  # a correction replays, it does not re-extract
        ws.extraction()
        assert count["n"] == 2
        ws.import_paths([corpus])  # nothing new
        ws.extraction()
        assert count["n"] == 2


def test_schema_version_and_marks(tmp_path: Path) -> None:
    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        assert ws.workspace.schema_version == SCHEMA_VERSION == 1
        assert "created" in ws.workspace.meta() and "app_version" in ws.workspace.meta()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"articles", "sources", "user_dates", "corrections", "import_log", "meta"} <= tables
    finally:
        conn.close()


def test_newer_workspace_is_refused_and_left_alone(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ws.import_paths([corpus])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="newer version") as info:
        Session.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"Dies ist keine Datenbank, nur Text.\n" * 50, bytes(range(256)) * 16],
    ids=["text", "binary"],
)
def test_garbage_file_is_refused_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, "kaputt.chronik", content)
    with pytest.raises(WorkspaceError) as info:
        Session.open(path)
    assert "kaputt.chronik" in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaputt.chronik"]


def test_damaged_workspace_is_refused(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ws.import_paths([corpus])
    data = bytearray(path.read_bytes())
    page = 4096
    for i in range(page, len(data)):  # scribble over everything after the header page
        data[i] = (i * 7) & 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError, match=r"ws\.chronik"):
        Session.open(path)


def test_other_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "fremd.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.execute("INSERT INTO kunden VALUES ('x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="another program"):
        Session.open(path)
    assert path.read_bytes() == before


def test_empty_file_becomes_a_workspace(tmp_path: Path) -> None:
    path = write(tmp_path, "neu.chronik", b"")
    with Session.open(path) as ws:
        assert ws.articles() == []
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="does not exist"):
        Session.open(tmp_path / "nope" / "ws.chronik")


def test_started_rows_are_reported_as_interrupted(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ws.import_paths([corpus / "a.txt"])
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO import_log(run, path, status, started_at) VALUES (9, ?, 'started', '2025-01-01')",
        (str(corpus / "b.txt"),),
    )
    conn.commit()
    conn.close()
    with Session.open(path) as ws:
        assert [(Path(p.path).name, p.kind) for p in ws.problems()] == [("b.txt", "interrupted")]
        assert len(ws.articles()) == 1
        assert ws.import_log()[-1].status == "interrupted"


def test_save_as_copies_and_switches(tmp_path: Path, corpus: Path) -> None:
    old, new = tmp_path / "alt.chronik", tmp_path / "neu.chronik"
    with Session.open(old) as ws:
        ids = ws.import_paths([corpus / "a.txt", corpus / "b.txt"]).imported
        ws.set_user_date(ids[0], date(2025, 2, 11))
        ws.save_as(new)
        assert ws.path == str(new)
        ws.import_paths([corpus / "c.txt"])
    with Session.open(old) as ws:
        assert len(ws.articles()) == 2
    with Session.open(new) as ws:
        assert len(ws.articles()) == 3
        assert ws.user_dates() == {ids[0]: date(2025, 2, 11)}


def test_memory_workspace_save_as(tmp_path: Path, corpus: Path) -> None:
    target = tmp_path / "gesichert.chronik"
    with Session.open(":memory:") as ws:
        ws.import_paths([corpus])
        ws.save_as(target)
    with Session.open(target) as ws:
        assert len(ws.articles()) == 3


def test_closed_workspace_says_so(tmp_path: Path) -> None:
    ws = Session.open(tmp_path / "ws.chronik")
    ws.close()
    ws.close()  # twice is fine
    with pytest.raises(WorkspaceError, match="closed"):
        ws.articles()


def test_reading_while_a_thread_imports(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for i in range(30):
        write(folder, f"{i:02}.txt", ARTICLE_B + f"Nachtrag {i}.\n")
    with Session.open(tmp_path / "ws.chronik") as ws:
        errors: list[BaseException] = []

        def work() -> None:  # a thread opens a connection of its own
            try:
                with ws.reopen() as mine:
                    mine.import_paths([folder])
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        t = threading.Thread(target=work)
        t.start()
        counts = []
        while t.is_alive():
            counts.append(len(ws.articles()))
            ws.problems()
        t.join()
        assert errors == []
        assert counts == sorted(counts)
        assert len(ws.articles()) == 30


def test_an_import_still_running_elsewhere_is_not_called_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "ws.chronik"
    Session.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO import_log(run, path, status, started_at, pid) VALUES (1, '/x/laeuft.txt', 'started', '', ?)",
        (os.getppid(),),  # a live process that is not us
    )
    conn.commit()
    conn.close()
    with Session.open(path) as ws:
        assert ws.problems() == []
        assert ws.import_log()[0].status == "started"


def test_ctrl_c_during_a_file_marks_it_interrupted(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stop(path):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    with Session.open(tmp_path / "ws.chronik") as ws:
        ws.import_paths([corpus / "a.txt"])
        monkeypatch.setattr(pipeline, "read_documents", stop)
        with pytest.raises(KeyboardInterrupt):
            ws.import_paths([corpus / "b.txt"])
        assert [(Path(p.path).name, p.kind) for p in ws.problems()] == [("b.txt", "interrupted")]
        assert len(ws.articles()) == 1


def test_a_second_migration_upgrades_old_workspaces(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core import workspace as wsmod

    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ids = ws.import_paths([corpus]).imported
        ws.rename_actor("Anna Berg", "A. Berg")

    def to_v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE articles ADD COLUMN starred INTEGER NOT NULL DEFAULT 0")

    monkeypatch.setattr(wsmod, "MIGRATIONS", [*wsmod.MIGRATIONS, to_v2])
    with Session.open(path) as ws:
        assert ws.workspace.schema_version == 2
        assert [a.id for a in ws.articles()] == ids
        assert [c.kind for c in ws.corrections()] == ["rename_actor"]
    # the version-1 file was kept beside it
    backup = Path(str(path) + ".v1.bak")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
    conn.close()


def test_a_failing_migration_leaves_the_workspace_as_it_was(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core import workspace as wsmod

    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ws.import_paths([corpus])

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE halb (x)")
        raise RuntimeError("step two went wrong")

    monkeypatch.setattr(wsmod, "MIGRATIONS", [*wsmod.MIGRATIONS, broken])
    with pytest.raises(WorkspaceError, match="could not be upgraded"):
        Session.open(path)
    monkeypatch.undo()
    fakes.install_missing(monkeypatch)
    with Session.open(path) as ws:
        assert ws.workspace.schema_version == 1 and len(ws.articles()) == 3


def test_save_as_replaces_an_existing_workspace(tmp_path: Path, corpus: Path) -> None:
    target = tmp_path / "ziel.chronik"
    with Session.open(target) as other:
        other.import_paths([corpus / "c.txt"])
    with Session.open(tmp_path / "quelle.chronik") as ws:
        ids = ws.import_paths([corpus / "a.txt"]).imported
        ws.save_as(target)
    with Session.open(target) as ws:
        assert [a.id for a in ws.articles()] == ids


def test_two_connections_to_one_file_write_side_by_side(tmp_path: Path, corpus: Path) -> None:
    """The GUI's pattern: a worker imports through its own Workspace while the window writes."""
    path = tmp_path / "ws.chronik"
    folder = tmp_path / "many"
    for i in range(30):
        write(folder, f"{i:02}.txt", ARTICLE_C + f"Nachtrag {i}.\n")
    with Session.open(path) as window:
        first = window.import_paths([corpus / "a.txt"]).imported[0]
        errors: list[BaseException] = []
        reports: list[ImportReport] = []

        def work() -> None:
            try:
                with Session.open(path) as worker:
                    reports.append(worker.import_paths([folder]))
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        t = threading.Thread(target=work)
        t.start()
        n = 0
        while t.is_alive():
            window.set_user_date(first, date(2025, 2, 1 + n % 28))
            window.rename_actor(f"Name {n}", f"Name {n + 1}")
            n += 1
            time.sleep(0.002)  # a user edits now and then, not in a tight loop
        t.join()
        assert errors == []
        assert reports[0].problems == []
        assert len(window.articles()) == 31
        assert len(window.corrections()) == n
    with Session.open(path) as ws:
        assert ws.problems() == [] and len(ws.articles()) == 31


def test_caches_notice_writes_from_another_connection(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "ws.chronik"
    with Session.open(path) as window, Session.open(path) as worker:
        worker.import_paths([corpus / "a.txt"])
        assert len(window.articles()) == 1
        before = window.extraction()
        rev = window.revision
        worker.import_paths([corpus / "b.txt"])
        assert window.revision != rev
        assert len(window.articles()) == 2
        assert window.extraction() is not before
        worker.rename_actor("Alt", "Neu")
        assert [c.kind for c in window.corrections()] == ["rename_actor"]
        assert window.extraction() is not before


def test_a_storage_failure_is_a_problem_for_that_file_only(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Session.open(tmp_path / "ws.chronik") as ws:
        real = ws.workspace.store_articles

        def failing(articles, path, log_id):  # type: ignore[no-untyped-def]
            if path.endswith("b.txt"):
                raise sqlite3.OperationalError("disk I/O error")
            return real(articles, path, log_id)

        monkeypatch.setattr(ws.workspace, "store_articles", failing)
        report = ws.import_paths([corpus])
        assert [(Path(p.path).name, p.kind) for p in report.problems] == [("b.txt", "storage")]
        assert "disk I/O error" in report.problems[0].message
        assert len(ws.articles()) == 2
        assert [Path(p.path).name for p in ws.problems()] == ["b.txt"]
