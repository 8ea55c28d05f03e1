"""Calendar arithmetic for the temporal tagger: intervals, ISO weeks, TIMEX3 values."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from desktop.core.model import Precision

Interval = tuple[date, date]

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_YEAR = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
PART_OF_MONTH = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
PART_OF_DECADE = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 February, year 0)."""
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day > last_day(year, month):
        return None
    return date(year, month, day)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def add_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def year_iv(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def month_iv(y: int, m: int) -> Interval:
    return date(y, m, 1), date(y, m, last_day(y, m))


def quarter_iv(y: int, q: int) -> Interval:
    m0 = 3 * (q - 1) + 1
    return date(y, m0, 1), date(y, m0 + 2, last_day(y, m0 + 2))


def half_iv(y: int, h: int) -> Interval:
    return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))


def season_iv(y: int, s: str) -> Interval:
    a, b = SEASON_MONTHS[s]
    if s == "WI":  # winter YYYY: December YYYY to February YYYY+1
        return date(y, 12, 1), date(y + 1, 2, last_day(y + 1, 2))
    return date(y, a, 1), date(y, b, last_day(y, b))


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def week_iv(d: date) -> Interval:
    s = week_start(d)
    return s, s + timedelta(days=6)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekend_iv(d: date) -> Interval:
    s = week_start(d) + timedelta(days=5)
    return s, s + timedelta(days=1)


def decade_iv(decade: int) -> Interval:
    """decade = 199 for the 1990s."""
    return date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)


def century_iv(c: int) -> Interval:
    """c = 19 for the 20th century (1900-1999, as TIMEX3 writes it)."""
    return date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def sub_interval(iv: Interval, mod: str | None, unit: str) -> Interval:
    """The START/MID/END part of a month, year, week or decade interval.

    Month: 1-10 / 11-20 / 21-end.  Year: Jan-Apr / May-Aug / Sep-Dec.
    Week: Mon-Tue / Wed-Thu / Fri-Sun.  Decade: years 0-3 / 4-6 / 7-9.
    """
    a, b = iv
    if mod not in ("START", "MID", "END"):
        return iv
    if unit == "month":
        lo, hi = PART_OF_MONTH[mod]
        return date(a.year, a.month, lo), date(a.year, a.month, min(hi, b.day))
    if unit == "year":
        lo, hi = PART_OF_YEAR[mod]
        return date(a.year, lo, 1), date(a.year, hi, last_day(a.year, hi))
    if unit == "week":
        off = {"START": (0, 1), "MID": (2, 3), "END": (4, 6)}[mod]
        return a + timedelta(days=off[0]), a + timedelta(days=off[1])
    if unit == "decade":
        lo, hi = PART_OF_DECADE[mod]
        return date(a.year + lo, 1, 1), date(a.year + hi, 12, 31)
    return iv


def nearest_year_for(month: int, day: int | None, anchor: date, direction: str | None) -> int:
    """Year for a day/month given without a year.

    direction "future": on or after the anchor; "past": on or before; None: the
    nearest occurrence (within about six months of the anchor).
    """
    y = anchor.year
    d = day or 1
    if day is None:
        # months compare as whole months
        cur = (month - anchor.month)
        if direction == "future":
            return y + 1 if cur < 0 else y
        if direction == "past":
            return y - 1 if cur > 0 else y
        if cur > 6:
            return y - 1
        if cur < -6:
            return y + 1
        return y
    cand = safe_date(y, month, d) or safe_date(y, month, min(d, 28))
    if cand is None:
        return y
    delta = (cand - anchor).days
    # a few days' slack: publication dates are often a day off the events they report
    if direction == "future":
        return y + 1 if delta < -3 else y
    if direction == "past":
        return y - 1 if delta > 3 else y
    if delta > 183:
        return y - 1
    if delta < -183:
        return y + 1
    return y


def weekday_date(anchor: date, weekday: int, direction: str | None, strict: bool = False) -> date:
    """The date of ISO ``weekday`` (1=Monday) relative to ``anchor``.

    future: on or after the anchor (strictly after when ``strict``); past: on or
    before (strictly before when ``strict``); None: from two days before to four days after.
    """
    diff = weekday - anchor.isoweekday()
    if direction == "future":
        fwd = diff % 7
        if strict and fwd == 0:
            fwd = 7
        return anchor + timedelta(days=fwd)
    if direction == "past":
        back = (-diff) % 7
        if strict and back == 0:
            back = 7
        return anchor - timedelta(days=back)
    fwd = diff % 7  # no tense cue: present tense in news leans to the future (-2 .. +4 days)
    return anchor + timedelta(days=fwd) if fwd <= 4 else anchor - timedelta(days=7 - fwd)


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


PRECISION_OF_UNIT = {
    "day": Precision.DAY,
    "week": Precision.WEEK,
    "month": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "half": Precision.RANGE,
    "season": Precision.RANGE,
    "year": Precision.YEAR,
    "decade": Precision.RANGE,
    "century": Precision.RANGE,
}
