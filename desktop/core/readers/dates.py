"""Publication dates as written in metadata: ISO 8601, German and English forms, PDF dates."""

from __future__ import annotations

import re
from datetime import date

from desktop.core.model import Precision

MONTHS = {
    # German
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "maerz": 3,
    "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    # English
    "january": 1, "february": 2, "march": 3, "mar": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "oct": 10, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

#: Date forms found in metadata and header lines; each has named groups y, m (or mon), d.
DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(
        rf"(?<![\w.])(?P<d>[0-3]?\d)\.?\s+(?P<mon>{_MONTH_ALT})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\w)(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)(?![\d-])"),
    re.compile(rf"(?<!\w)(?P<mon>{_MONTH_ALT})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
)


def match_to_date(m: re.Match[str]) -> tuple[date, Precision] | None:
    """Turn a DATE_PATTERNS match into (first day, precision), or None if impossible."""
    g = m.groupdict()
    try:
        year = int(g["y"])
        if g.get("mon"):
            month = MONTHS[g["mon"].lower().rstrip(".")]
        else:
            month = int(g["m"])
        if g.get("d"):
            return date(year, month, int(g["d"])), Precision.DAY
        return date(year, month, 1), Precision.MONTH
    except (ValueError, KeyError, TypeError):
        return None


def parse_date(value: str) -> tuple[date, Precision] | None:
    """The first date in ``value`` (a metadata string) with its precision.

    ``"2025-02-13T10:00:00+01:00"`` -> (2025-02-13, DAY); ``"2025-02"`` -> (2025-02-01, MONTH);
    ``"2025"`` -> (2025-01-01, YEAR); ``"D:20250213..."`` (PDF) -> (2025-02-13, DAY).
    """
    s = value.strip()
    if not s:
        return None
    pdf = re.match(r"(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)", s)
    if pdf:
        try:
            return date(int(pdf[1]), int(pdf[2]), int(pdf[3])), Precision.DAY
        except ValueError:
            pass
    for pat in DATE_PATTERNS:
        m = pat.search(s)
        if m:
            got = match_to_date(m)
            if got:
                return got
    y = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", s)
    if y:
        return date(int(y[1]), 1, 1), Precision.YEAR
    return _parse_other(s)


_PERIODS = {"day": Precision.DAY, "week": Precision.DAY, "time": Precision.DAY, "month": Precision.MONTH,
            "year": Precision.YEAR}


def _parse_other(value: str) -> tuple[date, Precision] | None:
    """Metadata dates in other languages and forms ("12 février 2025", "Feb. 12th, 2025, 10:00 EST").

    dateparser is the right tool here: one short string known to be a date, in any of
    its 200 languages.  It needs a year and a month, so nothing is guessed from a bare
    weekday or number, and it is imported only when our own patterns did not match."""
    if len(value) > 80 or not re.search(r"(?:19|20)\d\d", value):
        return None
    try:
        from dateparser.date import DateDataParser

        data = DateDataParser(
            settings={"REQUIRE_PARTS": ["year", "month"], "PREFER_DAY_OF_MONTH": "first",
                      "RETURN_AS_TIMEZONE_AWARE": False}
        ).get_date_data(value)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    precision = _PERIODS.get(data.period or "day", Precision.DAY)
    d = data.date_obj.date()
    return (d.replace(day=1) if precision != Precision.DAY else d), precision
