"""Loading the tagger's word lists (resources/lexicons/timex_<lang>.json)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from desktop.core.resources import resource_path


@lru_cache(maxsize=8)
def load(lang: str) -> dict[str, Any]:
    """The lexicon of ``lang`` ("de", "en"); unknown languages fall back to German."""
    path = resource_path("lexicons", f"timex_{lang}.json")
    if not path.is_file():
        path = resource_path("lexicons", "timex_de.json")
    with open(path, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def norm(s: str) -> str:
    """Lower case with runs of white space collapsed (lexicon lookup key)."""
    return " ".join(s.lower().split())


def prepare(lex: dict[str, Any]) -> tuple[set[str], set[str], set[str]]:
    """Word sets both languages' rules use: fills lex["_counted"], ["_not_year_before"],
    ["_year_preps"] and returns the relative words (past, future, this)."""
    lex["_counted"] = frozenset(norm(w) for w in lex["counted_nouns"])
    lex["_not_year_before"] = frozenset(norm(w) for w in lex["not_year_before"])
    lex["_year_preps"] = frozenset(norm(w) for w in lex.get("year_preps", []))
    return ({norm(w) for w in lex["rel_past"]}, {norm(w) for w in lex["rel_future"]},
            {norm(w) for w in lex["rel_this"]})
