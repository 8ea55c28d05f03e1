"""The process side of the bad-input harness: ``chronik`` run in a forked child with a time budget.

The harness starts a multiprocessing *forkserver* that imports this module once (it imports the
CLI, the readers and the lexicons), then forks one child per case: each case starts warm, in
milliseconds, and a child that hangs is killed by the parent when its budget is spent, so a hang
is that case's failure, not a timeout of the whole run.
"""

from __future__ import annotations

import os
import sys
import traceback


def _warm() -> None:
    import desktop.cli  # noqa: F401
    from desktop.core import pipeline
    from desktop.core.actors import ActorLexicon
    from desktop.core.events import EventLexicon
    from desktop.core.readers import html, mail, markdown, pdf, text  # noqa: F401
    from desktop.core.structure import load_lexicon

    ActorLexicon.load()
    EventLexicon.load()
    load_lexicon()
    pipeline.analyse(pipeline.make_article(text.read_text("Kiel, 4. März 2025. Der Rat tagte.".encode(), "w.txt")))


_warm()


def run_cli(argv: list[str], out_path: str, err_path: str) -> None:
    """``chronik argv`` with stdout/stderr in files, written as strict UTF-8 like a UTF-8 terminal."""
    out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(out, 1)
    os.dup2(err, 2)
    sys.stdout = open(1, "w", encoding="utf-8", errors="strict", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", errors="strict", closefd=False)
    code = 70
    try:
        from desktop.cli import main

        code = main(argv)
    except SystemExit as e:
        if isinstance(e.code, str):
            print(e.code, file=sys.stderr)
            code = 2
        else:
            code = e.code or 0
    except BaseException:  # noqa: BLE001 - a traceback is what the test looks for
        traceback.print_exc()
        code = 70
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # noqa: BLE001
            code = 71
    os._exit(code)
