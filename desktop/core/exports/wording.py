"""Dates and phrases of the exports in the UI's language (``resources/exports/wording.json``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from desktop.core.model import Precision, Status
from desktop.core.resources import resource_path


@lru_cache(maxsize=1)
def _all() -> dict[str, Any]:
    with open(resource_path("exports", "wording.json"), encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def wording(lang: str) -> dict[str, Any]:
    data = _all()
    return data.get(lang) or data["de"]  # type: ignore[no-any-return]


def format_day(d: date, lang: str) -> str:
    w = wording(lang)
    return w["day"].format(day=d.day, month=w["months"][d.month - 1], year=d.year)


def format_when(first: date, last: date, precision: Precision, lang: str) -> str:
    """"12. Februar 2025", "Februar 2025", "2025", "10. bis 14. März 2025" ..."""
    w = wording(lang)
    if precision is Precision.DAY and first == last:
        return format_day(first, lang)
    if precision is Precision.MONTH:
        return w["month"].format(month=w["months"][first.month - 1], year=first.year)
    if precision is Precision.YEAR:
        return w["year"].format(year=first.year)
    if precision is Precision.QUARTER:
        return w["quarter"].format(quarter=(first.month - 1) // 3 + 1, year=first.year)
    if precision is Precision.WEEK:
        return w["week"].format(day=format_day(first, lang))
    if first == last:
        return format_day(first, lang)
    if (first.year, first.month) == (last.year, last.month):
        return w["span_in_month"].format(d1=first.day, d2=last.day, month=w["months"][first.month - 1], year=first.year)
    return w["span"].format(first=format_day(first, lang), last=format_day(last, lang))


def status_word(status: Status, lang: str) -> str:
    return wording(lang)["planned" if status is Status.PLANNED else "happened"]


def join_words(items: Sequence[str], lang: str) -> str:
    """"A", "A und B", "A, B und C"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {wording(lang)['and']} {items[-1]}"
