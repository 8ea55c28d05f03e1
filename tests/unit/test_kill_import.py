"""SIGKILL in the middle of an import: the workspace opens, keeps what was imported
before, and reports the file being read as interrupted (not imported)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest
import test_workspace_fakes as fakes

from desktop.session import Session

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path[:0] = [{repo!r}, {here!r}]
    import test_workspace_fakes as fakes
    fakes.install_missing_plain()
    from desktop.core import pipeline
    from desktop.session import Session

    real = pipeline.read_documents

    def slow(path):  # each file takes a while, so the kill lands mid-file
        time.sleep(0.04)
        return real(path)

    pipeline.read_documents = slow
    ws = Session.open({db!r})
    ws.import_paths([{folder!r}])
    print("finished", flush=True)
    """
)


@pytest.fixture(autouse=True)
def _pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes.install_missing(monkeypatch)


def _log(db: Path) -> list[tuple[str, str]]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute("SELECT path, status FROM import_log ORDER BY id").fetchall()
    except sqlite3.OperationalError:  # schema not created yet
        return []
    finally:
        conn.close()


def test_sigkill_mid_import_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(300):
        (folder / f"artikel-{i:03}.txt").write_text(
            f"Meldung Nummer {i}\nAm {i % 28 + 1}. März 2025 sprach Anna Berg mit Tom Krause über Punkt {i}.\n",
            encoding="utf-8",
        )
    db = tmp_path / "ws.chronik"
    # a workspace with something in it before the import that gets killed
    earlier = tmp_path / "frueher.txt"
    earlier.write_text("Alte Meldung\nAm 1. Februar 2025 traf Lena Vogt Paul Richter.\n", encoding="utf-8")
    with Session.open(db) as ws:
        ws.import_paths([earlier])
        ws.set_user_date(ws.articles()[0].id, date(2025, 2, 2))

    code = CHILD.format(repo=str(REPO), here=str(HERE), db=str(db), folder=str(folder))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the import never got going"
            log = _log(db)
            done = sum(1 for _, s in log if s == "ok")
            if done >= 10 and log[-1][1] == "started":
                break
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        for pipe in (child.stdout, child.stderr):
            if pipe is not None:
                pipe.close()
    assert child.returncode == -signal.SIGKILL

    with Session.open(db) as ws:
        log = ws.import_log()
        ok = [e for e in log if e.status == "ok"]
        interrupted = [e for e in log if e.status == "interrupted"]
        assert len(interrupted) == 1
        assert not [e for e in log if e.status == "started"]
        articles = ws.articles()
        # everything committed before the kill is there, the interrupted file is not
        assert len(articles) == len(ok) >= 10
        sources = {p for a in articles for p in ws.sources(a.id)}
        assert {e.path for e in ok} == sources
        assert interrupted[0].path not in sources
        assert [(p.path, p.kind) for p in ws.problems()] == [(interrupted[0].path, "interrupted")]
        assert "not imported" in ws.problems()[0].message
        # the user's earlier work is intact
        assert list(ws.user_dates().values()) == [date(2025, 2, 2)]
        # importing again finishes the job and clears the problem
        report = ws.import_paths([folder])
        assert report.problems == []
        assert len(ws.articles()) == 301
        assert ws.problems() == []
