"""Actors on the actor probe corpus (``tests/probe_actors.py``) through ``chronik extract --json``.

Both sets of pages (``PAGES``, 40, and ``PAGES_HELDOUT``, 12 written after the fixes the first
set led to) are reported apart. Each page is written into a temporary folder and given to ``chronik extract --json`` alone, with
its publication day (``--date FILE=YYYY-MM-DD``). Per page it prints the gold persons and
organisations/places not found, the names that must never be actors but were taken as actors,
and persons held as more than one actor (split or duplicate). Then a summary line. It runs twice:
with the shipped resources, and with a copy of ``resources/`` whose ``actors_persons.tsv`` holds
only its header (the condition of news about people no list knows).

An actor is a gold person (or organisation) when its name or one of its aliases is one of the
gold's accepted spellings (case, accents and a trailing "'s" ignored). A never-name is taken when
an actor's name or alias equals it, or one holds the other as whole words ("Beispiel" for the
byline "Anna Beispiel", "Getty Images" for the credit "Getty"). A person is split when more than
one actor is that person or a part of its name ("Merkel" beside "Angela Merkel").

Figures only, no pass/fail.

    .venv/bin/python bench/actor_probe.py [--only NAME] [--no-person-list-only] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.probe_actors import PAGES, PAGES_HELDOUT, ActorPage, write_pages  # noqa: E402


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"'s\b", "", s)
    return " ".join(re.findall(r"[\w&]+", s))


def words(s: str) -> list[str]:
    return norm(s).split()


def contains_words(big: str, small: str) -> bool:
    b, s = words(big), words(small)
    return bool(s) and any(b[i:i + len(s)] == s for i in range(len(b) - len(s) + 1))


def run(path: str, page: ActorPage, env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "desktop", "extract", "--json", "--date", f"{path}={page.date}", path],
                         capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    try:
        return json.loads(out.stdout or "{}")
    except json.JSONDecodeError:
        return {}


def surfaces(actor: dict) -> set[str]:
    return {norm(actor["name"]), *(norm(a) for a in actor.get("aliases", []))}


def score_page(page: ActorPage, data: dict) -> dict:
    actors = data.get("actors", [])
    res: dict = {"missed_p": [], "missed_o": [], "taken": [], "split": [], "found_p": 0, "found_o": 0}
    for spell in page.persons:
        ok = {norm(s) for s in spell}
        exact = [a for a in actors if surfaces(a) & ok]
        parts = [a for a in actors if a not in exact
                 and any(contains_words(s, a["name"]) for s in spell) and len(words(a["name"])) >= 1]
        if exact:
            res["found_p"] += 1
        else:
            res["missed_p"].append(spell[0] + (f" (as {', '.join(a['name'] for a in parts)})" if parts else ""))
        if len(exact) + len(parts) > 1:
            res["split"].append(f"{spell[0]}: " + " | ".join(a["name"] for a in exact + parts))
    for spell in page.orgs:
        ok = {norm(s) for s in spell}
        if any(surfaces(a) & ok for a in actors):
            res["found_o"] += 1
        else:
            near = [a["name"] for a in actors if any(contains_words(s, a["name"]) or contains_words(a["name"], s)
                                                     for s in spell)]
            res["missed_o"].append(spell[0] + (f" (near: {', '.join(near)})" if near else ""))
    gold = [{norm(s) for s in spell} for spell in page.persons + page.orgs]
    for a in actors:
        if any(surfaces(a) & ok for ok in gold):
            continue  # a gold actor ("Eastbridge" beside the credit "Eastbridge Courier")
        for s in [a["name"], *a.get("aliases", [])]:
            bad = next((n for n in page.never if norm(n) == norm(s) or contains_words(n, s)
                        or (contains_words(s, n) and len(words(s)) <= len(words(n)) + 1)), None)
            if bad is not None:
                res["taken"].append(f"{a['name']} ({a['kind']}; never '{bad}')")
                break
    return res


def report(title: str, pages: dict[str, ActorPage], env: dict[str, str], jobs: int, verbose: bool) -> str:
    with ThreadPoolExecutor(jobs) as pool:
        results = dict(zip(pages, pool.map(lambda p: run(p, pages[p], env), pages)))
    tot = {"p": 0, "fp": 0, "o": 0, "fo": 0, "taken": 0, "split": 0}
    print(f"== {title}")
    for path, page in pages.items():
        r = score_page(page, results[path])
        tot["p"] += len(page.persons)
        tot["fp"] += r["found_p"]
        tot["o"] += len(page.orgs)
        tot["fo"] += r["found_o"]
        tot["taken"] += len(r["taken"])
        tot["split"] += len(r["split"])
        if r["missed_p"] or r["missed_o"] or r["taken"] or r["split"]:
            print(f"  {page.name}  [{page.probes}]")
            for key, label in (("missed_p", "person missed"), ("missed_o", "org missed"),
                               ("taken", "non-actor taken"), ("split", "split")):
                for item in r[key]:
                    print(f"      {label}: {item}")
        if verbose:
            print("      actors: " + "; ".join(f"{a['name']} ({a['kind']})" for a in results[path].get("actors", [])))
    line = (f"{title}: persons found {tot['fp']}/{tot['p']}, orgs {tot['fo']}/{tot['o']}, "
            f"non-actors taken {tot['taken']}, duplicates {tot['split']}")
    print(line)
    return line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="pages whose file name contains this")
    ap.add_argument("--no-person-list-only", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every actor of each page")
    args = ap.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    with tempfile.TemporaryDirectory() as tmp:
        sets = {"": write_pages(Path(tmp) / "pages", PAGES),
                "held-out, ": write_pages(Path(tmp) / "held", PAGES_HELDOUT)}
        if args.only:
            sets = {k: {p: pg for p, pg in v.items() if args.only in pg.name} for k, v in sets.items()}
        res = Path(tmp) / "resources"
        shutil.copytree(ROOT / "resources", res)
        persons = res / "lexicons" / "actors_persons.tsv"
        header = [ln for ln in persons.read_text(encoding="utf-8").splitlines(keepends=True) if ln.startswith("#")]
        persons.write_text("".join(header), encoding="utf-8")
        lines = []
        for label, pages in sets.items():
            if not pages:
                continue
            if not args.no_person_list_only:
                lines.append(report(f"{label}with person list", pages, env, args.jobs, args.verbose))
            lines.append(report(f"{label}no person list", pages, dict(env, CHRONIK_RESOURCES=str(res)), args.jobs,
                                args.verbose))
        print()
        print("\n".join(lines))

if __name__ == "__main__":
    main()
