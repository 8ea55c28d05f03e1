"""Publication dates on the probe corpus (``tests/probe_pages.py``) through ``chronik extract --json``.

Each page is written into a temporary folder and given to ``chronik extract --json`` alone, as
a user drops one saved page; then all of them at once (other pages may then fill gaps by
inference: the pages share paragraphs, so pages without a day of their own take one from the
story, counted apart, and pages of identical article text are imported once, counted apart too).
Prints right / unknown / wrong for each run and lists every page that is not right,
with what it probes; also any event that cites the page's date or byline block and any
byline name taken as an actor.

Figures only: this is not a pass/fail test (``tests/unit/test_pubdate_probe.py`` is).

    .venv/bin/python bench/pubdate_probe.py [--all-at-once]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.probe_pages import Page, write_pages  # noqa: E402


def run(paths: list[str]) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop", "extract", "--json", *paths],
                         capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    return json.loads(out.stdout or "{}")


def verdict(page: Page, got: str | None, source: str | None) -> str:
    if got == page.want:
        return "right" if got else "unknown (right)"
    if got is not None and page.want is None and source == "inferred":
        return "inferred"  # from another page of the story: shown as inferred, the page itself shows no day
    return "unknown" if got is None else "WRONG"


def report(title: str, pages: dict[str, Page], results: dict[str, dict]) -> None:
    tally: dict[str, int] = {}
    lines = []
    for path, page in pages.items():
        data = results[path]
        art = next((a for a in data.get("articles", []) if a.get("path") == path), None)
        if art is None:  # the same article text as another page: imported once
            tally["merged"] = tally.get("merged", 0) + 1
            continue
        got = art.get("published")
        got = got if got and len(got) == 10 else None
        v = verdict(page, got, art.get("published_source"))
        tally[v] = tally.get(v, 0) + 1
        if v in ("unknown", "WRONG"):
            lines.append(f"  {v:8} {page.name}: got {got} ({art.get('published_source')}), want {page.want}  [{page.probes}]")
        for e in data.get("events", []):
            for m in e.get("mentions", []):
                if m.get("article") == art.get("id") and any(w in m.get("sentence", "") for w in page.not_actors):
                    lines.append(f"  EVENT    {page.name}: cites the byline: {m['sentence'][:80]!r}")
        names = {a["name"] for a in data.get("actors", [])}
        for w in page.not_actors:
            if w in names:
                lines.append(f"  ACTOR    {page.name}: {w!r} taken as an actor")
    shown = (f"{tally.get('right', 0)} right, {tally.get('unknown (right)', 0)} rightly unknown, "
             f"{tally.get('unknown', 0)} unknown, {tally.get('WRONG', 0)} wrong (of {len(pages)})")
    if tally.get("inferred") or tally.get("merged"):
        shown += (f"; {tally.get('inferred', 0)} without a day of their own inferred from the story, "
                  f"{tally.get('merged', 0)} the same text as another page")
    print(f"{title}: {shown}")
    for line in lines:
        print(line)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pages = write_pages(Path(tmp))
        report("each page alone", pages, {p: run([p]) for p in pages})
        if "--all-at-once" in sys.argv:
            data = run(list(pages))
            report("all pages at once", pages, {p: data for p in pages})


if __name__ == "__main__":
    main()
