"""Helpers shared by the language rule sets: numbers, years, and Timex construction."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from desktop.core.model import Precision, Timex
from desktop.core.timex import calendar as cal
from desktop.core.timex.engine import Ctx
from desktop.core.timex.lexicon import norm

PART_MOD = {
    "anfang": "START", "anfangs": "START", "beginn": "START", "start": "START", "early": "START", "beginning": "START",
    "mitte": "MID", "mid": "MID", "middle": "MID",
    "ende": "END", "endes": "END", "ausgang": "END", "late": "END", "end": "END",
}


def fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def parse_number(s: str | None, lex: dict) -> float | None:
    """A cardinal written as digits or (German/English) words; None when vague or unknown."""
    if not s:
        return None
    t = norm(s)
    if re.fullmatch(r"\d+(?:\.\d{3})*", t):
        return float(t.replace(".", ""))
    if re.fullmatch(r"\d+[.,]\d+", t):
        return float(t.replace(",", "."))
    fr = lex.get("fractions", {})
    if t in fr:
        return float(fr[t])
    nums = lex.get("numbers", {})
    if t in nums:
        return float(nums[t])
    # German compounds: einundzwanzig, zweihundert
    m = re.fullmatch(r"(\w+?)und(\w+)", t)
    if m and m.group(1) in nums and m.group(2) in nums:
        return float(nums[m.group(1)] + nums[m.group(2)])
    # English compounds: twenty-one
    m = re.fullmatch(r"(\w+)[- ](\w+)", t)
    if m and m.group(1) in nums and m.group(2) in nums:
        return float(nums[m.group(1)] + nums[m.group(2)])
    return None


def is_vague(s: str | None, lex: dict) -> bool:
    return bool(s) and norm(s or "") in set(lex.get("vague_numbers", []))


def prev_word(text: str, pos: int) -> str:
    m = re.search(r"([^\W\d_]+\.?|[§(\[]|\d+)\s*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\W_]+|%|€|\$)", text[pos:pos + 40])
    return m.group(1).lower() if m else ""


def purpose_before(lex: dict) -> Callable[[str, int], bool]:
    """A test of whether a month expression at ``pos`` of ``text`` is what a plan is for
    ("Maßnahmen für den Dezember", "rules for December"): the lexicon's ``purpose_preps`` and
    ``purpose_articles`` right before it."""
    preps, arts = lex.get("purpose_preps", []), lex.get("purpose_articles", [])
    if not preps:
        return lambda text, pos: False
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, preps)) + r")\s+(?:(?:"
                         + "|".join(map(re.escape, arts)) + r")\s+)?\Z", re.I)
    return lambda text, pos: pattern.search(text, max(0, pos - 24), pos) is not None


def span_start_before(lex: dict) -> Callable[[str, int], bool]:
    """A test of whether the expression at ``pos`` of ``text`` opens a span that reaches to now
    ("since 1987", "seit 2011"): the lexicon's ``span_start_preps`` right before it. Such a year
    is no year for the other dates of its sentence or narrative ("who has run the clinic since
    1987, retired in December" is last December)."""
    preps = lex.get("span_start_preps", [])
    if not preps:
        return lambda text, pos: False
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in preps) + r")\s+\Z",
                         re.I)
    return lambda text, pos: pattern.search(text, max(0, pos - 24), pos) is not None


def two_digit_year(y: int, anchor: date | None) -> int:
    if y >= 100:
        return y
    ref = anchor.year if anchor else 2025
    cand = 2000 + y
    return cand if cand <= ref + 10 else 1900 + y


# ---------------------------------------------------------------- outputs
def day_tx(ctx: Ctx, s: int, e: int, d: date | None, relative: bool, unresolved: str = "XXXX-XX-XX",
           mod: str | None = None) -> Timex:
    if d is None:
        return ctx.mk(s, e, "DATE", unresolved, None, Precision.DAY, relative, mod)
    return ctx.mk(s, e, "DATE", cal.day_value(d), (d, d), Precision.DAY, relative, mod)


def _part(iv: cal.Interval, prec: Precision, mod: str | None, unit: str) -> tuple[cal.Interval, Precision]:
    """Anfang/Mitte/Ende of a month, year or week: the third it names, as a range."""
    if mod in ("START", "MID", "END"):
        return cal.sub_interval(iv, mod, unit), Precision.RANGE
    return iv, prec


def month_tx(ctx: Ctx, s: int, e: int, y: int | None, m: int, relative: bool, mod: str | None = None) -> Timex:
    if y is None:
        return ctx.mk(s, e, "DATE", f"XXXX-{m:02d}", None, Precision.MONTH, relative, mod)
    iv = cal.month_iv(y, m)
    iv, prec = _part(iv, Precision.MONTH, mod, "month")
    return ctx.mk(s, e, "DATE", f"{y:04d}-{m:02d}", iv, prec, relative, mod)


def year_tx(ctx: Ctx, s: int, e: int, y: int | None, relative: bool, mod: str | None = None) -> Timex:
    if y is None:
        return ctx.mk(s, e, "DATE", "XXXX", None, Precision.YEAR, relative, mod)
    iv = cal.year_iv(y)
    iv, prec = _part(iv, Precision.YEAR, mod, "year")
    return ctx.mk(s, e, "DATE", f"{y:04d}", iv, prec, relative, mod)


def week_tx(ctx: Ctx, s: int, e: int, d: date | None, relative: bool, mod: str | None = None) -> Timex:
    if d is None:
        return ctx.mk(s, e, "DATE", "XXXX-WXX", None, Precision.WEEK, relative, mod)
    iv = cal.week_iv(d)
    iv, prec = _part(iv, Precision.WEEK, mod, "week")
    return ctx.mk(s, e, "DATE", cal.week_value(d), iv, prec, relative, mod)


def weekend_tx(ctx: Ctx, s: int, e: int, d: date | None, relative: bool) -> Timex:
    if d is None:
        return ctx.mk(s, e, "DATE", "XXXX-WXX-WE", None, Precision.RANGE, relative)
    return ctx.mk(s, e, "DATE", cal.week_value(d) + "-WE", cal.weekend_iv(d), Precision.RANGE, relative)


def quarter_tx(ctx: Ctx, s: int, e: int, y: int | None, q: int, relative: bool, mod: str | None = None) -> Timex:
    if y is None:
        return ctx.mk(s, e, "DATE", f"XXXX-Q{q}", None, Precision.QUARTER, relative, mod)
    return ctx.mk(s, e, "DATE", f"{y:04d}-Q{q}", cal.quarter_iv(y, q), Precision.QUARTER, relative, mod)


def half_tx(ctx: Ctx, s: int, e: int, y: int | None, h: int, relative: bool) -> Timex:
    if y is None:
        return ctx.mk(s, e, "DATE", f"XXXX-H{h}", None, Precision.RANGE, relative)
    return ctx.mk(s, e, "DATE", f"{y:04d}-H{h}", cal.half_iv(y, h), Precision.RANGE, relative)


def season_tx(ctx: Ctx, s: int, e: int, y: int | None, code: str, relative: bool, mod: str | None = None) -> Timex:
    if y is None:
        return ctx.mk(s, e, "DATE", f"XXXX-{code}", None, Precision.RANGE, relative, mod)
    return ctx.mk(s, e, "DATE", f"{y:04d}-{code}", cal.season_iv(y, code), Precision.RANGE, relative, mod)


def decade_tx(ctx: Ctx, s: int, e: int, dec: int, mod: str | None = None, relative: bool = False) -> Timex:
    iv = cal.sub_interval(cal.decade_iv(dec), mod, "decade")
    return ctx.mk(s, e, "DATE", f"{dec:03d}", iv, Precision.RANGE, relative, mod)


def century_tx(ctx: Ctx, s: int, e: int, c: int, mod: str | None = None, relative: bool = False) -> Timex:
    return ctx.mk(s, e, "DATE", f"{c:02d}", cal.century_iv(c), Precision.RANGE, relative, mod)


def time_tx(ctx: Ctx, s: int, e: int, day: date | None, hh: int, mm: int, relative: bool,
            mod: str | None = None) -> Timex:
    hhmm = f"{hh:02d}:{mm:02d}"
    if day is None:
        return ctx.mk(s, e, "TIME", f"XXXX-XX-XXT{hhmm}", None, None, relative, mod, hhmm)
    return ctx.mk(s, e, "TIME", f"{cal.day_value(day)}T{hhmm}", (day, day), Precision.DAY, relative, mod, hhmm)


def daypart_tx(ctx: Ctx, s: int, e: int, day: date | None, code: str, relative: bool,
               unresolved: str = "XXXX-XX-XX", into_next: bool = True) -> Timex:
    """Morning/afternoon/evening/night of a day; a night runs into the next day, unless
    ``into_next`` is False: "voted on Tuesday night", "will speak tonight" name the evening of
    that day (the value is the same TNI)."""
    if day is None:
        return ctx.mk(s, e, "TIME", f"{unresolved}T{code}", None, None, relative)
    if code == "NI" and into_next:
        nxt = cal.add_days(day, 1) or day
        return ctx.mk(s, e, "TIME", f"{cal.day_value(day)}TNI", (day, nxt), Precision.RANGE, relative)
    return ctx.mk(s, e, "TIME", f"{cal.day_value(day)}T{code}", (day, day), Precision.DAY, relative)


def duration_tx(ctx: Ctx, s: int, e: int, parts: list[tuple[float | None, str, str]],
                mod: str | None = None) -> Timex:
    """parts: (amount or None for vague, 'P'/'PT', unit letter)."""
    date_part, time_part = "", ""
    for amount, kind, unit in parts:
        txt = "X" if amount is None else fmt_num(amount)
        if kind == "PT":
            time_part += txt + unit
        else:
            date_part += txt + unit
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return ctx.mk(s, e, "DURATION", value, None, None, False, mod)


def range_tx(ctx: Ctx, s: int, e: int, a: Timex, b: Timex) -> Timex:
    """One expression for an interval "A bis B" (ISO 8601 interval value A/B)."""
    iv = (a.first, b.last) if a.first is not None and b.last is not None and a.first <= b.last else None
    return ctx.mk(s, e, a.type, f"{a.value}/{b.value}", iv, Precision.RANGE, a.relative or b.relative)


#: words before a number that make it a year only when the year is a modern one
_WEAK_YEAR_PREPS = frozenset({"(", "[", "und", "oder", "and", "or"})


def year_plausible(text: str, s: int, e: int, y: int, lex: dict, context_word: bool, tail: bool = True) -> bool:
    """Whether the number text[s:e] is a year, not an amount, id or phone number."""
    if s > 0:
        c = text[s - 1]
        if c.isalnum() or c in "€$£.,/:+#§_@-":
            return False
    if tail and e < len(text):
        c = text[e]
        if c.isalnum() or c in "%€$£_@":
            return False
        if c in ".,:/-–" and e + 1 < len(text) and text[e + 1].isdigit():
            return False
    nxt = next_word(text, e)
    if nxt in lex["_counted"]:
        return False
    after = re.match(r"\s*(?:bis|-|–|und|oder|to|and)\s*\d+\s+([^\W\d_]+)|\s+(?:im|pro|per|a)\s+(jahr|year|vergangenen|letzten)", text[e:e + 40], re.I)
    if after and ((after.group(1) or "").lower() in lex["_counted"] or after.group(2)):
        return False
    if nxt.isdigit() and re.match(r"\s\d", text[e:e + 2]):
        return False  # "2014 123" phone numbers and codes
    prv = prev_word(text, s)
    if prv in lex["_not_year_before"] or (prv.isdigit() and re.search(r"\d\s$", text[max(0, s - 2):s])):
        return False
    if context_word:
        return 1 <= y <= 2099
    if prv in lex["_year_preps"] and prv not in _WEAK_YEAR_PREPS:
        return 1000 <= y <= 2099  # "im Jahr 1415", "seit 1648", "von 1000"
    return 1900 <= y <= 2099  # "(1000)", "und 1500": only modern years without a real preposition
