"""Whole processes, as a user runs them: ``chronik extract --json`` against a Python process
that runs dateparser's ``search_dates`` over the same texts.

The 192 KRAUTS texts (read from ../shared/eval/krauts at run time) are written five times
each into a temporary folder, every copy made distinct by a line of its own (so no copy is
recognised as a duplicate), with every publication date given by ``--date`` (as the KRAUTS
scorer does). Both sides are timed from process start to exit, start-up and imports included.
Figures only: this is not a pass/fail test.

    .venv/bin/python bench/process_speed.py [--copies 5]
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KRAUTS = SHARED / "eval" / "krauts"

_SEARCH = """
import sys, warnings
import dateparser.search
warnings.simplefilter("ignore")
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    try:
        dateparser.search.search_dates(text, languages=["de"])
    except Exception:
        pass
"""


def krauts_texts() -> list[tuple[str, str, str | None]]:
    """(name, text, publication day) of every KRAUTS document (the annotated folders: the
    text inside <TEXT>, the day from <DCT>, as ../shared/eval/timex_score.py reads them)."""
    tml = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
    dct = re.compile(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", re.S)
    out = []
    for d in ("KRAUTS_DieZeit", "KRAUTS_Dolomiten-42", "KRAUTS_Dolomiten-100"):
        for f in sorted(glob.glob(str(KRAUTS / d / "*.tml"))):
            raw = Path(f).read_text(encoding="utf-8")
            m = tml.search(raw)
            text = re.sub(r"<[^>]+>", "", m.group(1)) if m else ""
            day = dct.search(raw)
            out.append((Path(f).stem, text, day.group(1) if day else None))
    return out


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process, start-up included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=5)
    args = ap.parse_args()
    texts = krauts_texts()
    if not texts:
        print("no KRAUTS texts found under ../shared/eval/krauts")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        paths, dates = [], []
        for name, text, day in texts:
            for k in range(args.copies):
                p = Path(tmp) / f"{name}-{k}.txt"
                p.write_text(f"{text}\n\nKopie {k} von {name}.\n", encoding="utf-8")
                paths.append(str(p))
                if day:
                    dates += ["--date", f"{p}={day}"]
        words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in paths)
        ours = timed([sys.executable, "-m", "desktop", "extract", "--json", *dates, *paths])
        theirs = timed([sys.executable, "-c", _SEARCH, *paths])
    print(f"texts: {len(paths)} ({len(texts)} KRAUTS texts x {args.copies} distinct copies), {words} words")
    for name, (wall, cpu) in (("chronik extract --json", ours), ("dateparser search_dates", theirs)):
        print(f"{name + ' (whole process):':42} {wall:7.1f} s wall  {cpu:7.1f} s CPU  {len(paths) / cpu:7.1f} articles/CPU-s")
    print(f"ratio: {theirs[1] / ours[1]:.1f}x by CPU time, {theirs[0] / ours[0]:.1f}x by wall time "
          "(CPU time is the fair measure on a shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
