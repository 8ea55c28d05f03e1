"""Speed of the whole extraction pipeline against dateparser's ``search_dates``.

Runs both over the same texts (the seed articles and the KRAUTS raw texts in
../shared/eval, read at run time) on one core and prints articles per second,
words per second and the ratio.  Figures only: this is not a pass/fail test.

    .venv/bin/python bench/extract_speed.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"


def corpus(limit: int | None) -> list[tuple[str, str]]:
    files = sorted(glob.glob(str(SHARED / "seeds" / "*.txt")))
    krauts = SHARED / "eval" / "krauts"
    tml = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
    for d in sorted(glob.glob(str(krauts / "*_raw-text"))):
        files += sorted(glob.glob(os.path.join(d, "*.tml")))
    out = []
    for f in files:
        text = Path(f).read_text(encoding="utf-8")
        if f.endswith(".tml"):
            m = tml.search(text)
            text = re.sub(r"<[^>]+>", "", m.group(1)) if m else ""
        out.append((f, text))
    return out[:limit] if limit else out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = corpus(args.limit)
    if not docs:
        print("no texts found under ../shared")
        return 0
    words = sum(len(t.split()) for _, t in docs)

    from desktop.core.model import Document
    from desktop.core.pipeline import clear_caches, extract, make_article

    articles = [make_article(Document(path=p, text=t, format="text")) for p, t in docs]
    extract(articles[:3])  # warm-up: lexicons, regexes
    best = float("inf")
    for _ in range(args.repeat):
        clear_caches()  # cold: every article analysed anew
        t0 = time.perf_counter()
        extract(articles)
        best = min(best, time.perf_counter() - t0)
    ours = len(docs) / best

    import dateparser.search

    warnings.simplefilter("ignore")
    dateparser.search.search_dates("am 12. Februar 2025", languages=["de"])  # warm-up
    t0 = time.perf_counter()
    for _, t in docs:
        try:
            dateparser.search.search_dates(t, languages=["de"])
        except Exception:
            pass
    theirs_t = time.perf_counter() - t0
    theirs = len(docs) / theirs_t

    print(f"texts: {len(docs)}  words: {words}  (mean {words / len(docs):.0f} words per text)")
    print(f"chronik pipeline (extract, all stages): {ours:8.1f} articles/s  {words / best:10.0f} words/s")
    print(f"dateparser search_dates:                {theirs:8.1f} articles/s  {words / theirs_t:10.0f} words/s")
    print(f"ratio: {ours / theirs:.1f}x  (600-word articles per second, ours: {words / best / 600:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
