"""The limits behind the bad-input corpus, each as a user meets it: the per-file time limit, Cancel
inside one file, the CLI's options and output, workspace files that cannot be used, an unreadable
configuration folder, the import log over many runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import pipeline
from desktop.core.budget import Cancelled, TookTooLong, guard
from desktop.core.workspace import Workspace, WorkspaceError
from desktop.session import Session

REPO = Path(__file__).resolve().parents[2]
GOOD = "Kiel, 4. März 2025. Der Kieler Stadtrat hat am Dienstag eine neue Buslinie beschlossen.\n"


def _never_ending(real):
    def read(path, max_bytes=None):
        if str(path).endswith("endlos.txt"):  # a reader stuck in pure Python, as a pathological input makes it
            while True:
                pass
        return real(path, max_bytes)

    return read


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-gut.txt").write_text(GOOD, encoding="utf-8")
    (d / "endlos.txt").write_text("Kiel.", encoding="utf-8")
    return d


def test_guard_stops_pure_python_work_on_time_and_on_cancel() -> None:
    t0 = time.monotonic()
    with pytest.raises(TookTooLong):
        with guard(0.3):
            while True:
                pass
    assert time.monotonic() - t0 < 1.5
    flag = threading.Event()
    threading.Timer(0.2, flag.set).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        with guard(None, flag.is_set):
            while True:
                try:  # a reader's catch-all does not swallow it
                    sum(range(100))
                except Exception:
                    pass
    assert time.monotonic() - t0 < 1.5


def test_guards_in_two_threads_each_stop_only_their_own_work() -> None:
    """Two imports at once (two windows): the stuck file's limit does not stop the other's work,
    and the other's Cancel does not reach the stuck one."""
    results: dict[str, str] = {}
    cancel_b = threading.Event()

    def stuck() -> None:
        try:
            with guard(0.3):
                while True:
                    pass
        except TookTooLong:
            results["stuck"] = "too long"

    def working() -> None:
        try:
            with guard(5.0, cancel_b.is_set):
                t0 = time.monotonic()
                while time.monotonic() - t0 < 0.8:  # goes on well after the other's limit
                    sum(range(50))
            results["working"] = "done"
            with guard(None, cancel_b.is_set):
                threading.Timer(0.1, cancel_b.set).start()
                while True:
                    sum(range(50))
        except Cancelled:
            results["working"] += ", then cancelled"

    threads = [threading.Thread(target=stuck), threading.Thread(target=working)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert results == {"stuck": "too long", "working": "done, then cancelled"}


def test_guard_leaves_nothing_pending_after_the_work() -> None:
    for _ in range(30):
        with guard(0.05):
            t0 = time.monotonic()
            while time.monotonic() - t0 < 0.049:
                pass
        time.sleep(0.02)  # a late shot would be raised here, outside the guard


def test_a_file_over_the_time_limit_is_skipped_and_the_rest_goes_on(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "read_documents", _never_ending(pipeline.read_documents))
    t0 = time.monotonic()
    code = main(["extract", "--json", "--time-limit", "0.5", str(folder)])
    assert time.monotonic() - t0 < 15
    out, err = capsys.readouterr()
    assert code == 1
    assert "endlos.txt: took too long (over 0.5 s); skipped" in err
    assert len(json.loads(out)["articles"]) == 1


def test_the_time_limit_holds_in_a_workspace_too(folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "read_documents", _never_ending(pipeline.read_documents))
    with Session.open(tmp_path / "w.chronik") as ws:
        report = ws.import_paths([folder], time_limit=0.5)
        assert [p.kind for p in report.problems] == ["too-slow"]
        assert ws.article_count() == 1
        assert [p.path.endswith("endlos.txt") for p in ws.problems()] == [True]


def test_cancel_acts_within_a_second_inside_one_file(folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "read_documents", _never_ending(pipeline.read_documents))
    (folder / "z-spaeter.txt").write_text("Kiel, 5. März 2025. Der Rat vertagte sich.\n", encoding="utf-8")
    clicked: list[float] = []

    def cancel() -> bool:
        if not clicked and time.monotonic() - t0 > 0.5:
            clicked.append(time.monotonic())  # the user clicks Cancel half a second in
        return bool(clicked)

    with Session.open(tmp_path / "w.chronik") as ws:
        t0 = time.monotonic()
        report = ws.import_paths([folder], cancel=cancel)
        assert time.monotonic() - clicked[0] < 1.0
        assert report.cancelled and not report.problems
        assert ws.article_count() == 1  # the good file before it stays, nothing after it is read
        assert not ws.problems()  # cancelling is the user's choice, not a problem of the file


def test_size_and_time_options_are_validated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    for option, value in (("--max-size", "0"), ("--max-size", "-3"), ("--max-size", "nan"),
                          ("--time-limit", "0"), ("--time-limit", "x")):
        with pytest.raises(SystemExit) as e:
            main(["extract", option, value, str(f)])
        assert e.value.code == 2
        assert option in capsys.readouterr().err


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"a{i}.txt").write_text(GOOD.replace("4. März", f"{i % 27 + 1}. März"), encoding="utf-8")
    cmd = f"{sys.executable} -m desktop extract --json {tmp_path} | head -c 10"
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert "Traceback" not in out.stderr and "BrokenPipe" not in out.stderr, out.stderr


def test_named_files_that_are_not_articles_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "gut.txt"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "brief.docx").write_bytes(b"PK\x03\x04" + bytes(60))
    empty = tmp_path / "leer"
    empty.mkdir()
    code = main(["extract", str(good), str(tmp_path / "brief.docx"), str(empty)])
    err = capsys.readouterr().err
    assert code == 1
    assert "brief.docx: Chronik cannot read .docx files" in err
    assert "leer: this folder holds no file Chronik can read" in err


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", None),  # an empty file becomes a new workspace
        (b"hallo\n", "not a Chronik workspace"),
        (os.urandom(20_000), "not a Chronik workspace"),
    ],
)
def test_bad_workspace_files_get_one_line(tmp_path: Path, content: bytes, words: str | None) -> None:
    db = tmp_path / "w.chronik"
    db.write_bytes(content)
    good = tmp_path / "gut.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "desktop", "extract", "--db", str(db), str(good)],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    if words is None:
        assert out.returncode == 0, out.stderr
        return
    assert out.returncode != 0
    assert out.stderr.count("\n") == 1 and words in out.stderr and "w.chronik" in out.stderr, out.stderr
    assert db.read_bytes() == content  # left as it was


def test_a_read_only_workspace_says_open_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "w.chronik"
    Workspace.open(db).close()
    real = os.access
    # root may write anywhere, so the file system's answer is stood in for here
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(db) and mode & os.W_OK else real(p, mode))
    with pytest.raises(WorkspaceError) as e:
        Workspace.open(db)
    assert "read-only" in str(e.value) and "open a copy" in str(e.value) and "damaged" not in str(e.value)


def test_an_unusable_config_folder_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text(GOOD, encoding="utf-8")
    # a configuration path the system refuses to look at (root ignores permissions, not name limits)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / ("x" * 300) / ("y" * 300)))
    out = subprocess.run([sys.executable, "-m", "desktop", "extract", str(good)],
                         capture_output=True, text=True, cwd=REPO, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert "warning:" in out.stderr and "shipped ones are" in out.stderr
    assert "gut.txt" in out.stdout


def test_the_import_log_stays_bounded_over_many_runs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(GOOD.replace("4. März", f"{i + 1}. März"), encoding="utf-8")
    (folder / "leer.txt").write_bytes(b"")
    with Session.open(tmp_path / "w.chronik") as ws:
        for _ in range(6):
            ws.import_paths([folder])
        rows = ws.import_log()
        assert len(rows) <= 2 * 6  # one row per file (plus at most one newer row), not one per file per run
        assert len(ws.problems()) == 1


def test_a_rerun_mentions_an_earlier_interrupted_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    db = tmp_path / "w.chronik"
    good = tmp_path / "gut.txt"
    good.write_text(GOOD, encoding="utf-8")
    Workspace.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO import_log(run, path, status, started_at, pid) VALUES (1, '/x/halb.txt', 'started', '', NULL)")
    conn.commit()
    conn.close()
    assert main(["extract", "--db", str(db), str(good)]) == 0
    err = capsys.readouterr().err
    assert "halb.txt" in err and "interrupted" in err


def test_timex_names_a_file_of_any_bytes_in_valid_utf8(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"bericht-\xff.txt")
    with open(name, "wb") as f:
        f.write(GOOD.encode())
    out = subprocess.run([sys.executable, "-m", "desktop", "timex", "--json", str(tmp_path)],
                         capture_output=True, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout.decode("utf-8"))
    assert [os.path.basename(d["path"]) for d in data["documents"]] == ["bericht-\\xff.txt"]
