"""Every kind of bad input of the generated corpus, through ``chronik extract`` as a user runs it.

Each case is written into a folder of its own beside one good article (``tests/bad_input_corpus.py``)
and run in a forked child (``tests/bad_input_child.py``) with the case's time budget: a child still
running when its budget is spent is killed and the case fails as a hang.  Each case asserts the exit
status, the one stderr line naming the bad file, valid UTF-8 JSON on stdout, no traceback, and that
the good article beside it was imported.  The big inputs are marked ``slow``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from tests.bad_input_corpus import CASES, GOOD_NAME, GOOD_TITLE, Case, build_case

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="session")
def forkserver():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.bad_input_child"])
    # start the server (and its warm-up imports) outside every case's budget
    p = ctx.Process(target=os.getpid)
    p.start()
    p.join(300)
    return ctx


def run_chronik(ctx, argv: list[str], tmp: Path, budget: float) -> tuple[int, bytes, str, float]:
    from tests.bad_input_child import run_cli

    out, err = tmp / "stdout", tmp / "stderr"
    p = ctx.Process(target=run_cli, args=(argv, str(out), str(err)))
    t0 = time.monotonic()
    p.start()
    p.join(budget)
    seconds = time.monotonic() - t0
    if p.is_alive():
        p.kill()
        p.join()
        pytest.fail(f"chronik {' '.join(argv[:2])} ... still running after {budget:g} s: a hang")
    return p.exitcode, out.read_bytes(), err.read_bytes().decode("utf-8"), seconds


def _bad_name(case: Case, folder: Path) -> str:
    if case.bad_name:
        return case.bad_name
    from desktop.core.readers.errors import safe_text

    names = [os.fsdecode(n) for n in os.listdir(os.fsencode(folder)) if n != GOOD_NAME.encode()]
    return safe_text(names[0]) if len(names) == 1 else ""


def _problem_lines(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if ln.startswith("chronik: ") and not ln.startswith("chronik: note:")
            and ": warning: " not in ln]


EXTRA_CHECKS = {
    # the walk stays inside the chosen folder: the private file beside it is never read
    "symlink-out-of-folder": lambda data: not any("Passwort" in (a.get("title") or "") or "privat" in a["path"]
                                                  for a in data["articles"]),
    "symlink-inside": lambda data: sum(1 for a in data["articles"] if a.get("title") == "Zweiter Bericht") == 1,
    "name-not-utf8": lambda data: any("\\xff\\xfe" in a["path"] for a in data["articles"]),
    "mail-no-charset": lambda data: any(e["start"] == "2025-03-03" for e in data["events"]),
    "mail-raw-8bit-headers": lambda data: any(a.get("title") == "Brücke über die Förde" for a in data["articles"]),
    "mbox-no-charset": lambda data: any(e["start"] == "2025-03-03" for e in data["events"]),
    "mixed-encoding": lambda data: any(a["published"] == "2025-03-12" for a in data["articles"]),
}


def _params(slow: bool):
    out = []
    for c in CASES:
        marks = [pytest.mark.slow] if c.slow else []
        if not c.root_ok and ROOT_USER:
            marks.append(pytest.mark.skip(reason="permissions do not apply to root"))
        out.append(pytest.param(c, id=c.name, marks=marks))
    return out


@pytest.mark.parametrize("case", _params(False))
def test_bad_input(case: Case, tmp_path: Path, forkserver) -> None:
    folder = tmp_path / "in"
    try:
        paths = build_case(case, folder)
    except OSError as e:  # e.g. no FIFOs or sockets on this file system
        pytest.skip(f"cannot be built here: {e}")
    code, out, err, _ = run_chronik(forkserver, ["extract", "--json", *case.extra_args, *paths], tmp_path,
                                    case.budget)
    assert "Traceback" not in err, err
    data = json.loads(out.decode("utf-8"))  # strict: valid UTF-8 whatever the file names
    assert code == case.status, err
    lines = _problem_lines(err)
    if case.message is None:
        assert not lines, err
    else:
        name = _bad_name(case, folder)
        hit = [ln for ln in err.splitlines() if name in ln and case.message.lower() in ln.lower()]
        assert hit, f"no line naming {name!r} with {case.message!r} in:\n{err}"
        assert len(lines) <= 1, err  # one line per problem, and only the one bad file has one
    if case.good_imported:
        assert any(a.get("title") == GOOD_TITLE for a in data["articles"]), err
    check = EXTRA_CHECKS.get(case.name)
    if check is not None:
        assert check(data), json.dumps(data)[:2000]


DB_CASES = [c for c in CASES if not c.slow and c.root_ok]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in DB_CASES])
def test_bad_input_into_a_workspace(case: Case, tmp_path: Path, forkserver) -> None:
    """--db: the same one line naming the file, the good article stored beside it, a workspace that opens."""
    folder = tmp_path / "in"
    try:
        paths = build_case(case, folder)
    except OSError as e:
        pytest.skip(f"cannot be built here: {e}")
    db = str(tmp_path / "w.chronik")
    code, out, err, _ = run_chronik(forkserver, ["extract", "--json", "--db", db, *case.extra_args, *paths],
                                    tmp_path, case.budget)
    assert "Traceback" not in err, err
    data = json.loads(out.decode("utf-8"))
    assert code == case.status, err
    if case.message is None:
        assert not _problem_lines(err), err
    else:
        name = _bad_name(case, folder)
        assert any(name in ln and case.message.lower() in ln.lower() for ln in err.splitlines()), err
    assert any(a.get("title") == GOOD_TITLE for a in data["articles"]), err
    check = EXTRA_CHECKS.get(case.name)
    if check is not None:
        assert check(data), json.dumps(data)[:2000]
    from desktop.core.workspace import Workspace

    with Workspace.open(db) as ws:  # stored as valid UTF-8, whatever the names: it reads back
        assert ws.article_count() == len(data["articles"])
        for entry in ws.import_log():
            entry.path.encode("utf-8")
