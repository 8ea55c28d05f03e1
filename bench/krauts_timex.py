#!/usr/bin/env python3
"""Score desktop.core.timex.tag on KRAUTS (German news, TIMEX3 gold) and time it.

    .venv/bin/python bench/krauts_timex.py [--krauts DIR] [--style chronik|timex3|both] [--out DIR]

Writes the plain texts (via timex_score.py --write-raw), runs ``tag(text, dct)``
on each, writes the JSON of ``chronik timex --json`` and runs timex_score.py on
it.  KRAUTS is CC BY-NC: it is read here for measurement only, nothing of it is
kept in the repository.  Prints scores and throughput; never fails on figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.timex import tag, tag_timex3  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # ../shared beside the repository
FOLDERS = ("KRAUTS_DieZeit", "KRAUTS_Dolomiten-100", "KRAUTS_Dolomiten-42")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--krauts", default=str(SHARED / "eval" / "krauts"))
    ap.add_argument("--scorer", default=str(SHARED / "eval" / "timex_score.py"))
    ap.add_argument("--out", default="/tmp/krauts_timex")
    ap.add_argument("--style", choices=("chronik", "timex3", "both"), default="both")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs (best is reported)")
    args = ap.parse_args(argv)

    krauts = Path(args.krauts)
    if not krauts.is_dir():
        print(f"KRAUTS not found at {krauts}", file=sys.stderr)
        return 0
    out = Path(args.out)
    raw = out / "raw"
    gold_args: list[str] = []
    for f in FOLDERS:
        gold_args += ["--gold-dir", str(krauts / f)]
    subprocess.run([sys.executable, args.scorer, *gold_args, "--write-raw", str(raw)], check=True,
                   stdout=subprocess.DEVNULL)
    docs: list[tuple[str, str, date]] = []
    for line in (raw / "dates.args").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        _flag, spec, _path = line.split()
        path, dct = spec.rsplit("=", 1)
        docs.append((path, Path(path).read_text(encoding="utf-8"), date.fromisoformat(dct)))
    words = sum(len(t.split()) for _, t, _ in docs)

    styles = ("chronik", "timex3") if args.style == "both" else (args.style,)
    for style in styles:
        fn = tag if style == "chronik" else tag_timex3
        fn(docs[0][1], docs[0][2])  # warm-up: lexicons and regexes
        best = float("inf")
        results = []
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            results = [(p, fn(text, dct)) for p, text, dct in docs]
            best = min(best, time.perf_counter() - t0)
        payload = {"documents": [
            {"path": p, "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                                     "value": t.value} for t in tx]} for p, tx in results]}
        js = out / f"timex_{style}.json"
        js.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        n = sum(len(tx) for _, tx in results)
        print(f"== {'tag' if style == 'chronik' else 'tag_timex3'} ({style} conventions): {len(docs)} documents, "
              f"{words} words, {n} expressions")
        print(f"   {best:.3f} s: {len(docs) / best:.0f} docs/s, {words / best:,.0f} words/s, "
              f"{best / words * 600 * 1000:.3f} ms per 600 words")
        subprocess.run([sys.executable, args.scorer, *gold_args, "--system", str(js)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
