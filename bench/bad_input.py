"""Time and peak memory of ``chronik extract --json`` on every kind of bad input.

Each kind of the generated corpus (``tests/bad_input_corpus.py``) is written into a folder of
its own beside one good article and run in a fresh process; the figures are that process's wall
time and peak resident memory (``wait4``).  A run over ``--timeout`` seconds is killed and shown
as such.

    python bench/bad_input.py [--scale 1] [--timeout 60] [--only NAME ...] [--db]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.bad_input_corpus import CASES, build_case, size_of  # noqa: E402


def run(argv: list[str], timeout: float) -> tuple[float, float, int | None, str]:
    """(seconds, peak MB, exit status or None when killed, first stderr line)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=ROOT)
        status: int | None = None
        while True:
            pid, wstatus, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(wstatus)
                break
            if time.perf_counter() - t0 > timeout:
                proc.kill()
                pid, wstatus, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        proc.returncode = 0  # reaped above
        seconds = time.perf_counter() - t0
        err.seek(0)
        lines = [ln for ln in err.read().decode("utf-8", "replace").splitlines() if ln.strip()]
    first = lines[0] if lines else ""
    return seconds, usage.ru_maxrss / 1024, status, first


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="size multiplier of the big inputs")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--only", nargs="*", default=None, metavar="NAME")
    ap.add_argument("--db", action="store_true", help="import into a workspace (--db) instead")
    args = ap.parse_args()
    cases = [c for c in CASES if not args.only or c.name in args.only]
    base, _, _, _ = run([sys.executable, "-m", "desktop", "--version"], args.timeout)
    print(f"python start-up: {base:.2f} s   scale {args.scale:g}   timeout {args.timeout:g} s")
    print(f"{'kind':<32} {'bad bytes':>10} {'seconds':>8} {'peak MB':>8} {'exit':>5}  first message")
    with tempfile.TemporaryDirectory() as tmp:
        for i, case in enumerate(cases):
            folder = Path(tmp) / f"{i:02d}"
            try:
                paths = build_case(case, folder, args.scale)
            except Exception as e:  # noqa: BLE001 - e.g. no FIFOs on this file system
                print(f"{case.name:<32} cannot be built here: {e}")
                continue
            argv = [sys.executable, "-m", "desktop", "extract", "--json", *case.extra_args]
            if args.db:
                argv += ["--db", str(Path(tmp) / f"{i:02d}.chronik")]
            seconds, peak, status, first = run(argv + paths, args.timeout)
            shown = "KILL" if status is None else str(status)
            print(f"{case.name:<32} {size_of(folder):>10,} {seconds:>8.2f} {peak:>8.0f} {shown:>5}  {first[:90]}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
