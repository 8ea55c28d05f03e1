"""The seed articles in ../shared (read at run time, skipped when absent): every gold person found,
each held as exactly one actor, none of the gold non-actors taken as an actor.

Matching follows the evaluation's rule: a system name matches a gold actor when it equals one of the
gold aliases or contains one (4+ characters) as a whole word."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.core.actors import ActorLexicon, ActorRegistry, find_mentions
from desktop.core.model import Sentence

SHARED = Path(__file__).resolve().parents[2].parent / "shared"  # ../shared beside the repository
GOLD = SHARED / "eval" / "seeds_gold.json"
SEEDS = SHARED / "seeds"

pytestmark = pytest.mark.skipif(not GOLD.is_file() or not SEEDS.is_dir(), reason="shared seed articles absent")

_END = re.compile(r"(?<!\b[A-Z])[.!?]+(?=\s|$)|\n")


def _split(text: str) -> list[Sentence]:
    try:  # the project's splitter when it exists
        from desktop.core.sentences import split_sentences  # type: ignore[import-not-found]

        return list(split_sentences(text, lang="de"))
    except Exception:  # noqa: BLE001 - fall back to a plain splitter
        out, start = [], 0
        for m in _END.finditer(text):
            out.append(Sentence(start, m.end(), text[start:m.end()]))
            start = m.end()
        out.append(Sentence(start, len(text), text[start:]))
        return [s for s in out if s.text.strip()]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _matches(gold: dict, name: str) -> bool:
    s = _norm(name)
    for alias in [gold["name"], *gold["aliases"]]:
        a = _norm(alias)
        if s == a or (len(a) >= 4 and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", s)):
            return True
    return False


@pytest.fixture(scope="module")
def result() -> tuple[dict, list]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    lex = ActorLexicon.load()
    reg = ActorRegistry(lex)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        cut = gold.get("non_article", {}).get(path.name, {}).get("non_article_from")
        allowed = (lambda o, cut=cut: o < cut) if cut else None
        reg.add(find_mentions(text, _split(text), lex, "de", allowed))
    return gold, reg.actors()


def test_all_gold_persons_found_once(result: tuple[dict, list]) -> None:
    gold, actors = result
    persons = [g for g in gold["actors"] if g["kind"] == "person"]
    holders = {g["name"]: [a.name for a in actors if any(_matches(g, n) for n in (a.name, *a.aliases))]
               for g in persons}
    missing = [n for n, h in holders.items() if not h]
    split_up = {n: h for n, h in holders.items() if len(h) > 1}
    print(f"persons found {len(persons) - len(missing)}/{len(persons)}, "
          f"held as one actor {len(persons) - len(missing) - len(split_up)}")
    assert missing == []
    assert split_up == {}


def test_no_non_actors(result: tuple[dict, list]) -> None:
    gold, actors = result
    bad = [a.name for a in actors for x in gold["not_actors"]
           if _norm(x) in _norm(a.name) or any(_norm(x) in _norm(al) for al in a.aliases)]
    assert bad == []


def test_countries_and_organisations_present(result: tuple[dict, list]) -> None:
    gold, actors = result
    for g in gold["actors"]:
        if g["kind"] in ("country", "organisation"):
            assert any(_matches(g, a.name) and a.kind.value == g["kind"] for a in actors), g["name"]
