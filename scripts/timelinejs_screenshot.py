"""Check the TimelineJS export for real: load it with TimelineJS3 in headless Chromium, save a screenshot.

    .venv/bin/python scripts/timelinejs_screenshot.py [--json FILE] [--out PNG] [--lang de|en]

Without --json it exports the sample articles in resources/samples (ours) first.  TimelineJS3
comes from the npm registry (``npm install @knight-lab/timelinejs@3.9`` into build/timelinejs,
once); Chromium from the system (``apt-get install chromium``).  The page, the JSON and the
library are served from 127.0.0.1 and Chromium resolves no other host, so nothing is fetched
from the internet (TimelineJS would otherwise load its language file from its CDN).
Prints the screenshot's path and size; exit status 1 when a tool is missing or nothing rendered.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NPM_DIR = ROOT / "build" / "timelinejs"
PACKAGE = "@knight-lab/timelinejs@3.9"

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Chronik – TimelineJS</title>
<link rel="stylesheet" href="tl/css/timeline.css">
<style>html, body {{ margin: 0; height: 100%; }} #timeline {{ width: 100%; height: 100%; }}</style>
</head><body><div id="timeline"></div>
<script src="tl/js/timeline.js"></script>
<script>
fetch("chronology.json").then(r => r.json()).then(data => {{
  window.timeline = new TL.Timeline("timeline", data, {{
    language: "{lang}", script_path: location.origin + "/tl/js/", start_at_slide: {slide},
    timenav_height_percentage: 45, initial_zoom: {zoom}, duration: 0, font: null
  }});
}});
</script></body></html>
"""


def _timelinejs_dist() -> Path:
    dist = NPM_DIR / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
    if not (dist / "js" / "timeline.js").exists():
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is missing: apt-get install npm")
        NPM_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(NPM_DIR), PACKAGE], check=True)
    return dist


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("Chromium is missing: apt-get install chromium")


def _export_samples(lang: str) -> dict:  # type: ignore[type-arg]
    from desktop.core import exports
    from desktop.session import extract_paths
    from desktop.core.resources import resource_path

    ex = extract_paths([str(resource_path("samples"))])
    chron = exports.build(ex.events, ex.articles, lang=lang, title="Chronik: Gespräche über die Ukraine 2025"
                          if lang == "de" else "Chronik: talks about Ukraine in 2025")
    return json.loads(exports.render("timelinejs", chron))


def _busiest_slide(data: dict) -> int:  # type: ignore[type-arg]
    """The slide of the event with the most cited sentences (slide 0 is the title)."""
    counts = [e["text"]["text"].count("<p>") for e in data["events"]]
    return 1 + max(range(len(counts)), key=counts.__getitem__) if counts else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="a TimelineJS file from `chronik export --format timelinejs`")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots" / "timelinejs.png")
    ap.add_argument("--lang", choices=("de", "en"), default="de")
    ap.add_argument("--size", default="1400,860", help="window size WIDTH,HEIGHT")
    ap.add_argument("--zoom", type=int, default=7,
                    help="TimelineJS initial_zoom (index into its zoom sequence; the samples span 2014-2025)")
    ap.add_argument("--dump-dom", action="store_true", help="print the rendered page instead (to debug)")
    args = ap.parse_args(argv)

    data = json.loads(args.json.read_text(encoding="utf-8")) if args.json else _export_samples(args.lang)
    assert "events" in data and "title" in data, "not a TimelineJS file"
    dist, chromium = _timelinejs_dist(), _chromium()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        shutil.copytree(dist, site / "tl")
        (site / "chronology.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        (site / "index.html").write_text(PAGE.format(lang=args.lang, slide=_busiest_slide(data), zoom=args.zoom), encoding="utf-8")
        handler = functools.partial(_QuietHandler, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        args.out.parent.mkdir(parents=True, exist_ok=True)
        try:
            result = subprocess.run([
                chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                f"--user-data-dir={site / 'profile'}", f"--window-size={args.size}",
                "--virtual-time-budget=40000", "--dump-dom" if args.dump_dom else f"--screenshot={args.out}", url,
            ], check=True, capture_output=True, timeout=180, text=True)  # fmt: skip
            if args.dump_dom:
                print(result.stdout)
                return 0
        finally:
            server.shutdown()
    if not args.out.exists() or args.out.stat().st_size < 10_000:
        print(f"no screenshot rendered at {args.out}", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(data['events'])} events)")
    return 0


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


if __name__ == "__main__":
    sys.exit(main())
