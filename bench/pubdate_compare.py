"""Publication dates: Chronik's own reading against htmldate, on the development set.

Reads ../shared/eval/devset at run time (nothing is copied into the project) and
prints right / unknown / wrong for

- Chronik on the text files, each page alone (``make_article`` + ``resolve_published``);
- Chronik on the same texts saved as HTML pages (paragraphs only, so the HTML reader
  and its htmldate fallback run);
- ``htmldate.find_date`` on those HTML pages, with and without its extensive search
  (the search through the page's text).

Figures only: this is not a pass/fail test.

    .venv/bin/python bench/pubdate_compare.py
"""

from __future__ import annotations

import html
import json
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEVSET = ROOT.parent / "shared" / "eval" / "devset"


def as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    return f"<html><head><meta charset='utf-8'></head><body>{paras}</body></html>"


def verdict(got: str | None, accept: list[str]) -> str:
    if got is None or len(got) != 10:
        return "none"
    return "ok" if got in accept else "wrong"


def main() -> None:
    warnings.filterwarnings("ignore")
    from htmldate import find_date

    from desktop.core.model import Precision
    from desktop.core.pipeline import make_article, read_documents, resolve_published

    gold = json.loads((DEVSET / "gold.score.json").read_text(encoding="utf-8"))["documents"]
    tally: dict[str, dict[str, int]] = {}

    def count(name: str, v: str) -> None:
        tally.setdefault(name, {"ok": 0, "none": 0, "wrong": 0})[v] += 1

    with tempfile.TemporaryDirectory() as tmp:
        for name, doc in sorted(gold.items()):
            accept = doc.get("accept") or [doc["published"]]
            path = DEVSET / "articles" / name
            text = path.read_text(encoding="utf-8")
            page = Path(tmp) / (name[:-4] + ".html")
            page.write_text(as_html(text), encoding="utf-8")
            for label, p in (("chronik, text", path), ("chronik, html", page)):
                arts = [make_article(d) for d in read_documents(p)]
                pub = resolve_published(arts)[arts[0].id] if arts else None
                day = pub.value.isoformat() if pub is not None and pub.precision == Precision.DAY else None
                count(label, verdict(day, accept))
            for label, extensive in (("htmldate, extensive", True), ("htmldate, markup only", False)):
                try:
                    got = find_date(page.read_text(encoding="utf-8"), extensive_search=extensive, original_date=True)
                except Exception:
                    got = None
                count(label, verdict(got, accept))
    for label, t in tally.items():
        print(f"{label:24} {t['ok']:3} right {t['none']:3} unknown {t['wrong']:3} wrong  (of {sum(t.values())})")


if __name__ == "__main__":
    main()
