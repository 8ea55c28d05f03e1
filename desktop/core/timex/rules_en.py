"""English rules: patterns built from resources/lexicons/timex_en.json (a smaller set than German)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from desktop.core.model import Precision, Timex
from desktop.core.timex import calendar as cal
from desktop.core.timex.build import (
    PART_MOD, day_tx, daypart_tx, decade_tx, duration_tx, is_vague, month_tx, next_word, parse_number, prev_word,
    half_tx, purpose_before, quarter_tx, range_tx, season_tx, span_start_before, time_tx, two_digit_year, week_tx, weekend_tx,
    year_plausible, year_tx,
)
from desktop.core.timex.engine import Ctx, Rule
from desktop.core.timex.lexicon import alt, norm, prepare

F = re.IGNORECASE
M = re.Match


_SPAN_CUE = re.compile(
    r"\b(?:first|last|highest|lowest|biggest|largest|worst|best|longest|most|least|only|since)\b[^.;:!?]*$",
    re.IGNORECASE,
)


def _g(m: M[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def build_rules(lex: dict[str, Any]) -> list[Rule]:
    months: dict[str, int] = lex["months"]
    abbr: dict[str, int] = lex["month_abbr"]
    weekdays: dict[str, int] = lex["weekdays"]
    dayparts: dict[str, str] = lex["dayparts"]
    seasons: dict[str, str] = lex["seasons"]
    units: dict[str, list[str]] = lex["units"]
    rel_past, rel_future, rel_this = prepare(lex)
    MONTH_CTX = frozenset(norm(w) for w in lex["month_context"])

    MON = rf"(?:(?P<mon>{alt(months)})(?!\w)|(?P<mab>{alt(abbr)})\.?(?!\w))"
    WD = rf"(?P<wd>{alt(weekdays)})"
    REL = alt(rel_past | rel_future | rel_this)
    PART = r"(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|beginning\s+of)"
    Y4 = r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d)"
    NUMW = alt(list(lex["numbers"]) + list(lex["fractions"]) + lex["vague_numbers"])
    NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{NUMW}(?:-{NUMW})?)"
    UNITS = alt(units)
    DP = alt(dayparts)

    def mon_of(m: M[str]) -> int:
        return months[norm(m.group("mon"))] if _g(m, "mon") else abbr[norm(m.group("mab")).rstrip(".")]

    def delta_of(w: str | None) -> int | None:
        if not w:
            return None
        w = norm(w)
        return -1 if w in rel_past else 1 if w in rel_future else 0 if w in rel_this else None

    def part_mod(p: str | None) -> str | None:
        if not p:
            return None
        p = norm(p).replace("the ", "")
        return PART_MOD.get(p.split()[0])

    def year_for(ctx: Ctx, m: M[str], month: int, day: int | None) -> tuple[int | None, bool]:
        return ctx.year_for(m.start(), m.end(), month, day)

    SPAN_START = span_start_before(lex)

    def note_year(ctx: Ctx, pos: int, y: int) -> None:
        if not SPAN_START(ctx.text, pos):  # "since 1987" is no year for the sentence's other dates
            ctx.note_year(pos, y)

    rules: list[Rule] = []
    MONW = list(months) + list(abbr)

    def rule(name: str, pattern: str, words: Any = (), prefixes: Any = (), digits: bool = False, back: int = 6,
             prio: int = 0, check: Any = None, at: str | None = None, flags: int = F) -> Any:
        def deco(fn: Any) -> Any:
            rules.append(Rule(name, re.compile(r"(?<!\w)(?:" + pattern + ")", flags), fn, check, prio, frozenset(norm(w) for w in words),
                              tuple(prefixes), digits, back, re.compile(at, F) if at else None))
            return fn
        return deco

    def day_of(ctx: Ctx, m: M[str], month: int, dd: int, s: int, e: int) -> Timex | None:
        if not 1 <= dd <= 31:
            return None
        if m.group("year"):
            y: int | None = int(m.group("year"))
            rel = False
            note_year(ctx, s, y)  # type: ignore[arg-type]
        else:
            y, rel = year_for(ctx, m, month, dd)
            if y is not None and rel and "wd" in m.re.groupindex and m.group("wd"):
                y = ctx.weekday_fit(y, month, dd, weekdays.get(norm(m.group("wd"))))
        if y is None:
            return day_tx(ctx, s, e, None, rel, f"XXXX-{month:02d}-{dd:02d}")
        d = cal.safe_date(y, month, dd)
        return day_tx(ctx, s, e, d, rel) if d else None

    WDP = rf"(?:{WD},?\s+)?"
    #: "Maßnahmen für den Dezember": a month a purpose is for (the next one, not the tense's)
    PURPOSE = purpose_before(lex)

    @rule("dmy", rf"{WDP}(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MON},?(?:\s+{Y4})?", MONW, back=4, prio=4)
    def _dmy(m: M[str], ctx: Ctx) -> list[Timex] | None:
        t = day_of(ctx, m, mon_of(m), int(m.group("d")), m.start(), m.end())
        return [t] if t else None

    @rule("mdy", rf"{WDP}{MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+{Y4})?", MONW, back=2, prio=4)
    def _mdy(m: M[str], ctx: Ctx) -> list[Timex] | None:
        t = day_of(ctx, m, mon_of(m), int(m.group("d")), m.start(), m.end())
        return [t] if t else None

    SLASH_PREPS = frozenset(norm(w) for w in lex.get("slash_date_preps", []))
    SLASH_NAMES = frozenset(lex.get("slash_not_dates", []))  # "on 9/11": the name of an event, not a day

    @rule("mdrange", rf"{WDP}{MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*(?P<d2>[0-3]?\d)"
          rf"(?:st|nd|rd|th)?(?![\d:]|\.\d|\s*(?:a\.?m|p\.?m|percent|per\s+cent|%))(?:,?\s+{Y4})?", MONW, back=6, prio=5)
    def _mdrange(m: M[str], ctx: Ctx) -> list[Timex] | None:
        """"from May 14 to 16", "June 3-5, 2024": the days of one month, from the first to the second."""
        d1, d2 = int(m.group("d")), int(m.group("d2"))
        if not 1 <= d1 < d2 <= 31:
            return None
        a = day_of(ctx, m, mon_of(m), d1, m.start(), m.end("d"))
        if a is None or a.first is None:
            return None
        end = cal.safe_date(a.first.year, a.first.month, d2)
        if end is None:
            return None
        b = day_tx(ctx, m.start("d2"), m.end(), end, a.relative)
        return [a, b] if ctx.timex3 else [range_tx(ctx, m.start(), m.end(), a, b)]

    @rule("slashday", r"(?<![\d/.,])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/])", digits=True, back=0, prio=2,
          at=r"\d{1,2}/\d{1,2}(?![\d/])", check=lambda m, t: prev_word(t, m.start()) in SLASH_PREPS and m.group(0) not in SLASH_NAMES)
    def _slashday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        """"on 3/12": a day without its year in either order, the reading nearest the article's date
        (3/12 in a paper of 14 March is 12 March; in one of 5 December, 3 December)."""
        if ctx.anchor is None:
            return None
        a, b = int(m.group("a")), int(m.group("b"))
        best: Timex | None = None
        for month, dd in {(a, b), (b, a)}:
            if not (1 <= month <= 12 and 1 <= dd <= 31):
                continue
            y, _rel = ctx.year_for(m.start(), m.end(), month, dd)
            d = cal.safe_date(y, month, dd) if y is not None else None
            if d is not None and (best is None or best.first is None
                                  or abs((d - ctx.anchor).days) < abs((best.first - ctx.anchor).days)):
                best = day_tx(ctx, m.start(), m.end(), d, True)
        return [best] if best is not None else None

    @rule("isodate", r"(?<![\d-])(?P<y>(?:1[0-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])", digits=True, back=0, prio=5, at=r"\d{4}-")
    def _iso(m: M[str], ctx: Ctx) -> list[Timex] | None:
        d = cal.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return [day_tx(ctx, m.start(), m.end(), d, False)] if d else None

    def month_ok(m: M[str], text: str) -> bool:
        if m.group("part") or m.group("year"):
            return True
        if norm(m.group("mon") or "") == "may" and m.group(0)[0] == "m":
            return False
        return prev_word(text, m.start()) in MONTH_CTX

    @rule("month", rf"(?:{PART}[\s-]+(?:of\s+)?)?{MON}(?:,?\s+{Y4})?", MONW, back=4, prio=3, check=month_ok)
    def _month(m: M[str], ctx: Ctx) -> list[Timex] | None:
        month = mon_of(m)
        if m.group("year"):
            y: int | None = int(m.group("year"))
            rel = False
            note_year(ctx, m.start(), y)  # type: ignore[arg-type]
        else:
            y, rel = ctx.year_for(m.start(), m.end(), month, None, PURPOSE(ctx.text, m.start()))
        return [month_tx(ctx, m.start(), m.end(), y, month, rel, part_mod(m.group("part")))]

    def year_check(m: M[str], text: str) -> bool:
        return year_plausible(text, m.start("year"), m.end("year"), int(m.group("year")), lex, bool(m.group("part")))

    @rule("year", rf"(?:{PART}[\s-]+)?(?<![\d.,])(?P<year>\d{{4}})(?!\d)", digits=True, back=3, prio=1, check=year_check, at=r"\d{4}(?!\d)")
    def _year(m: M[str], ctx: Ctx) -> list[Timex] | None:
        y = int(m.group("year"))
        note_year(ctx, m.start(), y)
        return [year_tx(ctx, m.start(), m.end(), y, False, part_mod(m.group("part")))]

    def yr_check(m: M[str], text: str) -> bool:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 < 100:
            y2 = y1 // 100 * 100 + y2
        if norm(m.group("sep")) == "and" and not m.group("pre"):
            return False
        return y1 < y2 <= y1 + 200 and year_plausible(text, m.start("y1"), m.end("y1"), y1, lex, bool(m.group("pre")), tail=False) and year_plausible(text, m.start("y2"), m.end("y2"), max(y2, 1000), lex, True)

    @rule("yrange", r"(?P<pre>\b(?:from|between)\s+)?(?<![\d.,])(?P<y1>(?:1[0-9]|20)\d\d)\s*(?P<sep>to|until|-|–|and)\s*(?P<y2>(?:1[0-9]|20)\d\d|\d\d)(?!\d)",
          digits=True, back=1, prio=6, check=yr_check, at=r"\d{4}\s*(?:to|until|-|–|and)")
    def _yrange(m: M[str], ctx: Ctx) -> list[Timex] | None:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        y2 = y2 if y2 >= 100 else y1 // 100 * 100 + y2
        a = year_tx(ctx, m.start("y1"), m.end("y1"), y1, False)
        b = year_tx(ctx, m.start("y2"), m.end("y2"), y2, False)
        return [a, b] if ctx.timex3 else [range_tx(ctx, m.start("y1"), m.end(), a, b)]

    DECW = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

    CLAUSE_GOES_ON = frozenset({"with", "in", "on", "at", "and", "as", "after", "before", "from", "to", "into",
                                "the", "a", "an", "while", "when", "but", "or", "near", "across", "over"})
    AGE_OWNERS = frozenset({"his", "her", "their", "my", "your", "our", "its"})
    MEASURE_BEFORE = frozenset(norm(w) for w in lex.get("decade_measure_before", []))
    MEASURE_NEAR = re.compile(r"(?<!\w)(?:" + alt(lex.get("measure_nouns", []) or ["\x00"]) + r")(?!\w)", re.I)

    @rule("decade", rf"(?:{PART}[\s-]+)?(?:the\s+)?(?:(?P<dnum>(?:1[0-9]|20)?\d0)'?s|(?P<dw>{alt(DECW)}))(?!\w)", list(DECW), digits=True, back=3, prio=3, at=r"\d{2,4}'?s")
    def _decade(m: M[str], ctx: Ctx) -> list[Timex] | None:
        short = bool(m.group("dw")) or len(m.group("dnum") or "") == 2
        if short and prev_word(ctx.text, m.start()) in AGE_OWNERS:
            return None  # "a man in his 40s", "in their twenties": an age, not a decade
        if short and not m.group("part") and (prev_word(ctx.text, m.start()) in MEASURE_BEFORE or MEASURE_NEAR.search(
                ctx.text, max(0, m.start() - 60), m.start())):
            return None  # "temperatures would climb into the 50s", "highs in the upper 40s": a reading, not a decade
        if m.group("dw"):
            dec = 190 + DECW[norm(m.group("dw"))]
        else:
            n = m.group("dnum")
            dec = int(n) // 10 if len(n) == 4 else 190 + int(n) // 10
        return [decade_tx(ctx, m.start(), m.end(), dec, part_mod(m.group("part")))]

    def season_ok(m: M[str], text: str) -> bool:
        if m.group("part") and not m.group("year") and "-" in m.group(0) and prev_word(text, m.start()) in ("a", "an"):
            return False  # "a late-winter storm", "an early-summer heatwave": a kind of storm, no date
        return bool(m.group("rel") or m.group("year") or m.group("part")) or \
            prev_word(text, m.start()) in ("in", "the", "during", "since", "until", "by", "this", "last", "next")

    @rule("season", rf"(?:{PART}[\s-]+)?(?:(?P<rel>{REL})\s+)?(?P<s>{alt(seasons)})(?!\w)(?:\s+(?:of\s+)?{Y4})?", list(seasons), back=3, prio=3,
          check=lambda m, t: season_ok(m, t))
    def _season(m: M[str], ctx: Ctx) -> list[Timex] | None:
        code = seasons[norm(m.group("s"))]
        mid = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}[code]
        if m.group("year"):
            y: int | None = int(m.group("year"))
            rel = False
        elif m.group("rel") and ctx.anchor is not None:
            d = delta_of(m.group("rel")) or 0
            y = ctx.anchor.year if d == 0 else cal.nearest_year_for(mid, None, ctx.anchor, "past" if d < 0 else "future")
            rel = True
        else:
            y, rel = year_for(ctx, m, mid, None)
        return [season_tx(ctx, m.start(), m.end(), y, code, rel, part_mod(m.group("part")))]

    QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

    @rule("quarter", rf"(?:the\s+)?(?P<o>{alt(QORD)})\s+quarter(?:\s+(?:of\s+)?{Y4})?", ["quarter"], back=3, prio=4)
    def _quarter(m: M[str], ctx: Ctx) -> list[Timex] | None:
        q = QORD[norm(m.group("o"))]
        if m.group("year"):
            return [quarter_tx(ctx, m.start(), m.end(), int(m.group("year")), q, False)]
        if ctx.anchor is None:
            return [quarter_tx(ctx, m.start(), m.end(), None, q, True)]
        return [quarter_tx(ctx, m.start(), m.end(), cal.nearest_year_for(q * 3 - 1, None, ctx.anchor, ctx.direction(m.start(), m.end())), q, True)]

    @rule("half", rf"(?:the\s+)?(?P<o>first|second|1st|2nd)\s+half\s+of\s+(?:{Y4}|(?:the\s+)?(?P<rel>{REL})\s+year)",
          ["half"], back=4, prio=5)
    def _half(m: M[str], ctx: Ctx) -> list[Timex] | None:
        """"in the first half of 2025", "the second half of next year": that half of the year."""
        h = 1 if norm(m.group("o")) in ("first", "1st") else 2
        if m.group("year"):
            return [half_tx(ctx, m.start(), m.end(), int(m.group("year")), h, False)]
        d = delta_of(m.group("rel"))
        if d is None:
            return None
        return [half_tx(ctx, m.start(), m.end(), ctx.anchor.year + d if ctx.anchor else None, h, True)]

    def shifted_unit(ctx: Ctx, s: int, e: int, unit: str, d: int, mod: str | None) -> Timex:
        """The week, month or year ``d`` of them from the article's ("next week", "the end of the month")."""
        a = ctx.anchor
        if unit == "week":
            return week_tx(ctx, s, e, cal.add_days(a, 7 * d) if a else None, True, mod)
        if unit == "month":
            if a is None:
                return ctx.mk(s, e, "DATE", "XXXX-XX", None, Precision.MONTH, True, mod)
            y, mo = cal.add_months(a.year, a.month, d)
            return month_tx(ctx, s, e, y, mo, True, mod)
        return year_tx(ctx, s, e, a.year + d if a else None, True, mod)

    @rule("relunit", rf"(?:{PART}\s+)?(?P<rel>{REL})\s+(?P<unit>week|month|year|decade|quarter)(?!\w)", ["week", "month", "year", "decade", "quarter"], back=4, prio=3)
    def _relunit(m: M[str], ctx: Ctx) -> list[Timex] | None:
        d = delta_of(m.group("rel"))
        a = ctx.anchor
        s, e = m.start(), m.end()
        mod = part_mod(m.group("part"))
        unit = norm(m.group("unit"))
        if d is None:
            return None
        if unit in ("week", "month", "year"):
            if unit == "year" and a is not None:
                note_year(ctx, s, a.year + d)  # "Next year's marathon will be held on April 20": that year's
            return [shifted_unit(ctx, s, e, unit, d, mod)]
        if unit == "quarter":
            if a is None:
                return [ctx.mk(s, e, "DATE", "XXXX-QX", None, Precision.QUARTER, True, mod)]
            q0 = (a.month - 1) // 3 + d
            return [quarter_tx(ctx, s, e, a.year + q0 // 4, q0 % 4 + 1, True, mod)]
        if a is None:
            return [ctx.mk(s, e, "DATE", "XXX", None, Precision.RANGE, True, mod)]
        return [decade_tx(ctx, s, e, a.year // 10 + d, mod, True)]

    @rule("partunit", r"(?P<part>the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of|end\s+of"
          rf"|beginning\s+of|start\s+of)\s+(?:(?:the|this)\s+|(?P<rel>{REL})\s+)(?P<unit>week|month|year)(?!\w)",
          ["week", "month", "year"], back=6, prio=4)
    def _partunit(m: M[str], ctx: Ctx) -> list[Timex] | None:
        """"at the end of the month", "the beginning of next year", "by the end of this week": a
        third of the week, month or year named (this one without a word of its own)."""
        d = delta_of(m.group("rel")) if m.group("rel") else 0
        if d is None:
            return None
        return [shifted_unit(ctx, m.start(), m.end(), norm(m.group("unit")), d, part_mod(m.group("part")))]

    @rule("weekdayofweek", rf"{WD}(?:\s+of)?\s+(?P<rel>{REL})\s+week(?!\w)", (), list(weekdays), back=1, prio=4)
    def _weekdayofweek(m: M[str], ctx: Ctx) -> list[Timex] | None:
        """"Monday of last week", "Friday next week": that weekday of the week named."""
        d = delta_of(m.group("rel"))
        if d is None or ctx.anchor is None:
            return None
        wd = weekdays[norm(m.group("wd"))]
        day = cal.week_start(cal.add_days(ctx.anchor, 7 * d) or ctx.anchor) + timedelta(days=wd - 1)
        return [day_tx(ctx, m.start(), m.end(), day, True)]

    @rule("weekday", rf"(?:(?P<rel>{REL})\s+)?{WD}(?P<s>s)?(?!\w)(?:\s+(?P<dp>{DP})(?!\w))?", (), list(weekdays), back=2, prio=2)
    def _weekday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        wd = weekdays[norm(m.group("wd"))]
        code = dayparts[norm(m.group("dp"))] if m.group("dp") else None
        s, e = m.start(), m.end()
        if m.group("s") and prev_word(ctx.text, s) not in ("on", "last", "next", "this"):
            return [ctx.mk(s, e, "SET", f"XXXX-WXX-{wd}")]
        if m.group("s"):
            return None
        a = ctx.anchor
        if a is None:
            v = f"XXXX-WXX-{wd}"
            return [ctx.mk(s, e, "TIME" if code else "DATE", v + (f"T{code}" if code else ""), None, None if code else Precision.DAY, True)]
        d = delta_of(m.group("rel"))
        if d is None:
            # "a warning for Saturday", "until Friday": the day aimed at is ahead
            day = cal.weekday_date(a, wd, ctx.aimed_direction(s, e))
        elif d == 0:
            day = cal.week_start(a) + timedelta(days=wd - 1)
        else:
            day = cal.weekday_date(a, wd, "past" if d < 0 else "future", strict=True)
        if code:
            return [daypart_tx(ctx, s, e, day, code, True, into_next=False)]  # "Tuesday night": Tuesday's
        return [day_tx(ctx, s, e, day, True)]

    @rule("relday", rf"(?:the\s+day\s+(?P<ba>before|after)\s+)?(?P<w>{alt(list(lex['relative_days']))})(?!\w)(?:\s+(?P<dp>{DP})(?!\w))?", list(lex["relative_days"]), back=3, prio=2)
    def _relday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        w = norm(m.group("w"))
        nxt = next_word(ctx.text, m.end())
        if w == "overnight" and not m.group("dp") and nxt.isalpha() and nxt.islower() and nxt not in CLAUSE_GOES_ON \
                and not nxt.endswith("ing"):
            return None  # "ran overnight shifts", "an overnight stay": an adjective
        off = int(lex["relative_days"][w])
        if m.group("ba"):
            off += -1 if norm(m.group("ba")) == "before" else 1
        code = dayparts[norm(m.group("dp"))] if m.group("dp") else ("NI" if w == "tonight" else None)
        a = ctx.anchor
        day = cal.add_days(a, off) if a is not None else None
        if code:
            return [daypart_tx(ctx, m.start(), m.end(), day, code, True, into_next=False)]  # "tonight": today's
        return [day_tx(ctx, m.start(), m.end(), day, True)]

    @rule("thisdp", r"this\s+(?P<dp>morning|afternoon|evening)", ["morning", "afternoon", "evening"], back=1, prio=2)
    def _thisdp(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [daypart_tx(ctx, m.start(), m.end(), ctx.anchor, dayparts[norm(m.group("dp"))], True)]

    UNIT_KIND = {"D": "day", "W": "week", "M": "month", "Y": "year"}

    @rule("duration", rf"(?:(?P<mod>{alt(lex['quantity_modifiers'])})\s+)?(?P<num>{NUM})[\s-]+(?P<unit>{UNITS})(?!\w)(?:\s+(?P<ago>ago|later|earlier|before|after|from\s+now))?",
          list(units), back=5, prio=2)
    def _duration(m: M[str], ctx: Ctx) -> list[Timex] | None:
        raw = m.group("num")
        vague = is_vague(raw, lex)
        n = None if vague else parse_number(raw, lex)
        if n is None and not vague:
            return None
        kind, unit = units[norm(m.group("unit"))]
        ago = norm(m.group("ago") or "")
        a = ctx.anchor
        s, e = m.start(), m.end()
        if ago in ("ago", "from now") and kind == "P" and unit in UNIT_KIND:
            if ctx.timex3:
                return [duration_tx(ctx, s, m.end("unit"), [(n, kind, unit)])]
            sign = -1 if ago == "ago" else 1
            if n is None or a is None:
                ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
                return [ctx.mk(s, e, "DATE", ref if n is None else "XXXX", None, Precision.RANGE, True)]
            k = int(n) * sign
            kk = UNIT_KIND[unit]
            if kk == "day":
                return [day_tx(ctx, s, e, cal.add_days(a, k), True)]
            if kk == "week":
                return [week_tx(ctx, s, e, cal.add_days(a, 7 * k), True)]
            if kk == "month":
                y, mo = cal.add_months(a.year, a.month, k)
                return [month_tx(ctx, s, e, y, mo, True)]
            return [year_tx(ctx, s, e, a.year + k, True)]
        end = m.end("unit") if ago and ago not in ("later", "earlier") else e
        return [duration_tx(ctx, s, end, [(n, kind, unit)])]

    @rule("inoffset", rf"(?P<pre>\bin\s+)(?P<num>{NUM})\s+(?P<unit>days|weeks|months|years|day|week|month|year)(?!\w)(?!\s+(?:ago|later))",
          ["days", "weeks", "months", "years", "day", "week", "month", "year"], back=3, prio=3)
    def _inoffset(m: M[str], ctx: Ctx) -> list[Timex] | None:
        n = parse_number(m.group("num"), lex)
        if n is None or n != int(n):
            return None
        unit = units[norm(m.group("unit"))][1]
        s = m.start("num") if ctx.timex3 else m.start()
        a = ctx.anchor
        e = m.end()
        k = int(n)
        kk = UNIT_KIND[unit]
        if _SPAN_CUE.search(ctx.text, max(0, m.start() - 80), m.start()):
            # "the first direct talks in three years": a span back from now, not a future date
            return [duration_tx(ctx, m.start("num"), e, [(n, "P", unit)])]
        if kk == "day":
            return [day_tx(ctx, s, e, cal.add_days(a, k) if a else None, True)]
        if kk == "week":
            return [week_tx(ctx, s, e, cal.add_days(a, 7 * k) if a else None, True)]
        if kk == "month":
            if a is None:
                return [ctx.mk(s, e, "DATE", "XXXX-XX", None, Precision.MONTH, True)]
            y, mo = cal.add_months(a.year, a.month, k)
            return [month_tx(ctx, s, e, y, mo, True)]
        return [year_tx(ctx, s, e, a.year + k if a else None, True)]

    TZ = alt(lex["time_zones"])

    @rule("clock", rf"(?:(?P<mod>shortly\s+after|shortly\s+before|just\s+after|just\s+before|around|about)\s+)?(?<![\d.,:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?:(?P<ap>a\.?m\.?|p\.?m\.?)|(?P<oc>o'clock)|(?=:))(?:\s+(?P<tz>{TZ}))?",
          digits=True, back=2, prio=3, at=r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|o'clock)|\d{1,2}:\d\d")
    def _clock(m: M[str], ctx: Ctx) -> list[Timex] | None:
        hh, mm = int(m.group("h")), int(m.group("mi") or 0)
        ap = norm(m.group("ap") or "").replace(".", "")
        if ap:
            if not 1 <= hh <= 12:
                return None
            hh = hh % 12 + (12 if ap == "pm" else 0)
        elif not m.group("oc") and m.group("mi") is None:
            return None
        mod = {"shortly after": "AFTER", "just after": "AFTER", "shortly before": "BEFORE", "just before": "BEFORE",
               "around": "APPROX", "about": "APPROX"}.get(norm(m.group("mod") or ""))
        return [time_tx(ctx, m.start(), m.end(), ctx.ref_day(m.start()), hh, mm, True, mod)]

    @rule("dpart", rf"(?P<pre>\b(?:in\s+the|during\s+the|at)\s+)(?P<dp>{DP})(?!\w)", list(dayparts), back=2, prio=1)
    def _dpart(m: M[str], ctx: Ctx) -> list[Timex] | None:
        s = m.end("pre")
        return [daypart_tx(ctx, s, m.end(), ctx.ref_day(s, same_sentence=False), dayparts[norm(m.group("dp"))], True)]

    @rule("setadv", rf"\b(?P<w>{alt(lex['sets'])})(?!\w)", list(lex["sets"]), back=0, prio=2)
    def _setadv(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "SET", lex["sets"][norm(m.group("w"))])]

    EVERY_U = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H", "morning": "XXXX-XX-XXTMO",
               "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI", "weekend": "XXXX-WXX-WE"}

    @rule("every", rf"(?:every|each)\s+(?:(?P<wd>{alt(weekdays)})|(?P<u>{alt(EVERY_U)}))(?!\w)", ["every", "each"], back=0, prio=3)
    def _every(m: M[str], ctx: Ctx) -> list[Timex] | None:
        v = f"XXXX-WXX-{weekdays[norm(m.group('wd'))]}" if m.group("wd") else EVERY_U[norm(m.group("u"))]
        return [ctx.mk(m.start(), m.end(), "SET", v)]

    @rule("per", r"(?:a|per)\s+(?P<u>day|week|month|year)(?!\w)", ["day", "week", "month", "year"], back=1, prio=1,
          check=lambda m, t: bool(re.search(r"\d|times|once|twice", t[max(0, m.start() - 30):m.start()])))
    def _per(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "SET", EVERY_U[norm(m.group("u"))])]

    @rule("ref", rf"\b(?P<w>{alt(lex['refs'])})(?!\w)", [norm(p).split()[-1] for p in lex["refs"]], back=3, prio=1,
          check=lambda m, t: norm(m.group("w")) != "once" or prev_word(t, m.start()) not in ("at", "than", "more", "only", "just"))
    def _ref(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "DATE", lex["refs"][norm(m.group("w"))], None, None, True)]

    @rule("anchorday", rf"(?P<w>{alt(lex['anchor_days'])})(?!\w)", ["before", "day", "after"], back=3, prio=1)
    def _anchorday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        ref = ctx.ref_day(m.start(), same_sentence=False)
        off = int(lex["anchor_days"][norm(m.group("w"))])
        return [day_tx(ctx, m.start(), m.end(), cal.add_days(ref, off) if ref else None, True)]

    #: "weekend" is a date after "this"/"last"/..., or after a preposition and "the" ("over the weekend",
    #: "at the weekend"), not in "the weekend trains" or "a long weekend"
    WEEKEND_CTX = re.compile(r"(?:\b(?:over|at|on|during|until|till|by|since|through|throughout|across|from|of)\s+the|"
                             r"\bthat)\s+$", re.I)

    @rule("weekend", rf"(?:(?P<rel>{REL})\s+)?weekend(?!\w)", ["weekend"], back=2, prio=3,
          check=lambda m, t: bool(m.group("rel")) or bool(WEEKEND_CTX.search(t[max(0, m.start() - 24):m.start()])))
    def _weekend(m: M[str], ctx: Ctx) -> list[Timex] | None:
        a = ctx.anchor
        if a is None:
            return [weekend_tx(ctx, m.start(), m.end(), None, True)]
        d = delta_of(m.group("rel"))
        if not d:
            # "protested over the weekend" on a weekday: the one just past; "this weekend" ahead
            d = -1 if d is None and ctx.direction(m.start(), m.end()) == "past" and a.isoweekday() < 6 else 0
        return [weekend_tx(ctx, m.start(), m.end(), cal.add_days(a, 7 * d), True)]

    HOL = {**lex["holidays_fixed"], **{k: None for k in lex["holidays_easter"]}}

    @rule("holiday", rf"(?P<h>{alt(HOL)})(?!\w)(?:\s+{Y4})?", [norm(h).split()[-1] for h in HOL], back=2, prio=2)
    def _holiday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        h = norm(m.group("h"))
        fixed = lex["holidays_fixed"].get(h)
        mo, dd = (int(x) for x in fixed.split("-")) if fixed else (4, 10)
        if m.group("year"):
            y: int | None = int(m.group("year"))
            rel = False
        else:
            y, rel = year_for(ctx, m, mo, dd)
        if y is None:
            return [day_tx(ctx, m.start(), m.end(), None, rel, f"XXXX-{mo:02d}-{dd:02d}" if fixed else "XXXX-XX-XX")]
        d = cal.safe_date(y, mo, dd) if fixed else cal.add_days(cal.easter(y), int(lex["holidays_easter"][h]))
        return [day_tx(ctx, m.start(), m.end(), d, rel)]

    return rules


__all__ = ["build_rules", "two_digit_year"]
