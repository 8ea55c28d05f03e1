"""German rules: patterns built from resources/lexicons/timex_de.json and their normalisation."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from desktop.core.model import Precision, Timex
from desktop.core.timex import calendar as cal
from desktop.core.timex.build import (
    PART_MOD, century_tx, day_tx, daypart_tx, decade_tx, duration_tx, half_tx, is_vague,
    month_tx, parse_number, prev_word, purpose_before, span_start_before, quarter_tx, range_tx, season_tx, time_tx, two_digit_year,
    week_tx, weekend_tx, year_plausible, year_tx,
)
from desktop.core.timex.engine import Ctx, Rule
from desktop.core.timex.lexicon import alt, norm, prepare

F = re.IGNORECASE
M = re.Match


def _g(m: M[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def build_rules(lex: dict[str, Any]) -> list[Rule]:
    months: dict[str, int] = dict(lex["months"])
    abbr: dict[str, int] = dict(lex["month_abbr"])
    weekdays: dict[str, int] = lex["weekdays"]
    dayparts: dict[str, str] = lex["dayparts"]
    seasons: dict[str, str] = lex["seasons"]
    units: dict[str, list[str]] = lex["units"]
    rel_past, rel_future, rel_this = prepare(lex)

    MON = rf"(?:(?P<mon>{alt(months)})(?![\w])|(?P<mab>{alt(abbr)})\.)"
    WD = rf"(?P<wd>{alt(weekdays)})"
    DP = alt(dayparts)
    REL = alt(rel_past | rel_future | rel_this | {"übernächsten", "übernächste", "vorvergangenen", "vorletzten"})
    PART = r"(?P<part>Anfang|Anfangs|Mitte|Ende|Beginn|Ausgang)"
    Y4 = r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d)"
    NUMW = alt(list(lex["numbers"]) + list(lex["fractions"]) + lex["vague_numbers"])
    NUM = rf"(?:\d+(?:\.\d{{3}})*(?:,\d+)?|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?{NUMW})"
    UNITS = alt(units)
    QMODS = alt(lex["quantity_modifiers"])
    SEAS = alt(seasons)
    HOL = alt(list(lex["holidays_fixed"]) + list(lex["holidays_easter"]))

    def mon_of(m: M[str]) -> int:
        if _g(m, "mon"):
            return months[norm(m.group("mon"))]
        return abbr[norm(m.group("mab"))]

    def rel_delta(word: str | None) -> int | None:
        if not word:
            return None
        w = norm(word)
        if w in ("übernächsten", "übernächste"):
            return 2
        if w == "morgigen":
            return 9
        if w in ("vorvergangenen", "vorletzten"):
            return -2
        if w in rel_past:
            return -1
        if w in rel_future:
            return 1
        if w in rel_this:
            return 0
        return None

    def year_from_rel(ctx: Ctx, phrase: str | None) -> tuple[int | None, bool]:
        """'vergangenen Jahres' / 'des Vorjahres' / 'dieses Jahres' -> (year, relative)."""
        if not phrase:
            return None, False
        p = norm(phrase)
        if ctx.anchor is None:
            return None, True
        if "vorjahr" in p:
            return ctx.anchor.year - 1, True
        for w in p.split():
            d = rel_delta(w)
            if d is not None:
                return ctx.anchor.year + d, True
        return ctx.anchor.year, True

    def year_for(ctx: Ctx, m: M[str], month: int, day: int | None) -> tuple[int | None, bool]:
        return ctx.year_for(m.start(), m.end(), month, day)

    def span(m: M[str]) -> tuple[int, int]:
        s = m.end("pre") if _g(m, "pre") is not None else m.start()
        return s, m.end()

    SPAN_START = span_start_before(lex)

    def note_year(ctx: Ctx, pos: int, y: int) -> None:
        if not SPAN_START(ctx.text, pos):  # "since 1987" is no year for the sentence's other dates
            ctx.note_year(pos, y)

    rules: list[Rule] = []

    def rule(name: str, pattern: str, prio: int = 0, flags: int = F, check: Any = None) -> Any:
        def deco(fn: Any) -> Any:
            words, prefixes, digits = TRIG.get(name, ((), (), False))
            at = AT.get(name)
            rules.append(Rule(name, re.compile(r"(?<!\w)(?:" + pattern + ")", flags), fn, check, prio,
                              frozenset(norm(w) for w in words), tuple(norm(p) for p in prefixes), digits,
                              BACK.get(name, 6), re.compile(at, F) if at else None))
            return fn
        return deco

    def last_words(phrases: Any) -> list[str]:
        return [norm(p).split()[-1].rstrip(".") for p in phrases]

    MONW = list(months) + list(abbr)
    #: "Maßnahmen für den Dezember": a month a purpose is for (the next one, not the tense's)
    PURPOSE = purpose_before(lex)
    UNITW = list(units)
    REL_UNITW = ["woche", "monat", "monats", "jahr", "jahres", "jahrs", "jahrzehnt", "jahrzehnts", "quartal", "quartals",
                 "halbjahr", "halbjahres", "halbjahrs"]
    DPW = list(dayparts)
    WDW = list(weekdays)
    SEASW = list(seasons)
    # how many words before the trigger a match can start (default 6); a day list's own "am" and dots
    # are starts too ("am 19., am 22. und am 26. Oktober")
    BACK = {"numdate": 0, "isodate": 0, "dm_num": 1, "daymonth": 5, "daylist": 12, "month": 2, "year": 3, "yrange": 2,
            "decade": 3, "century": 4, "thiscentury": 1, "season": 3, "quarter": 4, "qcode": 1, "relunit": 4,
            "partunit": 2, "prevunit": 1, "thisyear": 2, "weekend": 2, "weekday": 2, "weekdayofweek": 1, "relday": 0, "daypart": 4,
            "night": 3, "anchorday": 3, "holiday": 3, "clock": 3, "clock_pre": 1, "clock_range": 4, "clock_word": 3,
            "duration": 7, "duradv": 0, "barepl": 4, "pastpl": 2, "setadv": 1, "every": 2, "alle": 2, "per": 3,
            "xforx": 2, "dpadv": 0, "ref": 3, "heutig": 0}
    # quick tests at a number for the rules triggered by numbers
    AT = {"numdate": r"\d{1,2}\.\s?\d{1,2}\.\s?\d\d", "isodate": r"\d{4}-\d", "dm_num": r"\d{1,2}\.\d{1,2}\.",
          "year": r"\d{3,4}(?!\d)", "yrange": r"\d{4}\s*(?:bis|-|–|/|und)", "clock_pre": r"\d{1,2}[:.]\d\d(?!\d)",
          "qcode": r"[1-4]\b", "decade": r"\d{2,4}er", "century": r"\d{1,2}\.\s*jahrhundert"}
    TRIG: dict[str, tuple[Any, Any, bool]] = {
        "numdate": ((), (), True), "isodate": ((), (), True), "dm_num": ((), (), True),
        "daymonth": (MONW, (), False), "daylist": (MONW, (), False), "month": (MONW, (), False),
        "year": ((), (), True), "yrange": ((), (), True),
        "decade": (list(lex["decade_words"]), (), True), "century": (["jahrhundert", "jahrhunderts"], (), False),
        "thiscentury": (["jahrhundert", "jahrhunderts"], (), False),
        "season": ((), SEASW, False), "quarter": (["quartal", "quartals", "vierteljahr", "vierteljahres", "vierteljahrs", "trimester",
                                                   "trimesters", "halbjahr", "halbjahres", "halbjahrs", "jahreshälfte"], (), False),
        "qcode": ((), (), True), "relunit": (REL_UNITW, (), False), "partunit": (["woche", "monats", "jahres", "jahrzehnts"], (), False),
        "prevunit": ((), ["vorjahr", "vormonat", "vorwoche", "folgejahr", "folgemonat", "folgewoche", "heuer", "vorquartal"], False),
        "thisyear": (["jahr", "jahres", "woche", "monat", "monats"], (), False), "weekend": (["wochenende"], (), False),
        "weekday": ((), WDW, False), "weekdayofweek": ((), WDW, False), "relday": (["vorgestern", "gestern", "heute", "übermorgen", "morgen"], (), False),
        "daypart": (DPW, (), False), "night": (["nacht"], (), False), "anchorday": (last_words(lex["anchor_days"]), (), False),
        "holiday": (last_words(list(lex["holidays_fixed"]) + list(lex["holidays_easter"])), (), False),
        "clock": (["uhr"], (), False), "clock_pre": ((), (), True), "clock_range": (["uhr"], (), False),
        "clock_word": (["uhr", "halb"], (), False), "duration": (UNITW, (), False),
        "duradv": ((), ["jahrelang", "monatelang", "wochenlang", "tagelang", "stundenlang", "minutenlang", "jahrzehntelang",
                        "jahrhundertelang", "langjährig"], False),
        "barepl": (["jahren", "jahre", "monaten", "wochen", "tagen", "stunden", "jahrzehnten", "jahrhunderten", "jahrtausenden"], (), False),
        "pastpl": (["jahre", "jahren", "jahrzehnte", "jahrzehnten"], (), False),
        "setadv": (list(lex["sets"]), (), False), "every": (["jeden", "jede", "jedes", "jedem", "jeder"], (), False),
        "alle": (["alle"], (), False), "per": (["tag", "woche", "monat", "jahr", "stunde"], (), False),
        "xforx": (["jahr", "tag", "woche", "monat"], (), False), "dpadv": (list(lex["daypart_adverbs"]), (), False),
        "ref": (last_words(lex["refs"]), (), False), "heutig": (["heutige", "heutigen"], (), False),
    }

    # ------------------------------------------------------------ absolute dates
    @rule("numdate", r"(?<![\d.,])(?P<d>[12]\d|3[01]|0?[1-9])\.\s?(?P<m>1[0-2]|0?[1-9])\.\s?(?P<y>\d{4}|\d{2})(?![\d]|[.,]\d)"
          r"(?:(?:,\s?|\s{1,2}|\s+um\s+|,\s+um\s+)(?P<h>[0-2]?\d)[:.](?P<mi>[0-5]\d)(?:\s*Uhr)?(?![\d]))?", prio=5)
    def _numdate(m: M[str], ctx: Ctx) -> list[Timex] | None:
        y = two_digit_year(int(m.group("y")), ctx.anchor)
        d = cal.safe_date(y, int(m.group("m")), int(m.group("d")))
        if d is None:
            return None
        note_year(ctx, m.start(), y)
        if m.group("h"):
            hh, mm = int(m.group("h")), int(m.group("mi"))
            if hh > 24:
                return None
            return [time_tx(ctx, m.start(), m.end(), d, hh, mm, False)]
        return [day_tx(ctx, m.start(), m.end(), d, False)]

    @rule("isodate", r"(?<![\d-])(?P<y>(?:1[0-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d])", prio=5)
    def _isodate(m: M[str], ctx: Ctx) -> list[Timex] | None:
        d = cal.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d is None:
            return None
        if m.group("h"):
            return [time_tx(ctx, m.start(), m.end(), d, int(m.group("h")), int(m.group("mi")), False)]
        return [day_tx(ctx, m.start(), m.end(), d, False)]

    @rule("dm_num", r"(?P<pre>\b(?:am|vom|zum|bis|ab|seit)\s+|\()(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?![\d])")
    def _dm_num(m: M[str], ctx: Ctx) -> list[Timex] | None:
        mo, dd = int(m.group("m")), int(m.group("d"))
        if not (1 <= mo <= 12 and 1 <= dd <= 31):
            return None
        y, rel = year_for(ctx, m, mo, dd)
        s, e = span(m)
        d = cal.safe_date(y, mo, dd) if y else None
        return [day_tx(ctx, s, e, d, rel, f"XXXX-{mo:02d}-{dd:02d}")]

    DAYMONTH = (rf"(?:{WD}(?:,\s*|\s+)(?:(?:den|dem)\s+)?)?(?<![\d.,])(?P<d>[0-3]?\d)\.?\s*{MON}"
                rf"(?:\s+{Y4}|(?P<yrel>\s+(?:des\s+)?(?:{REL}\s+Jahres|Vorjahres)))?")

    def daymonth_tx(ctx: Ctx, m: M[str], s: int, e: int, month: int, dd: int, year: int | None,
                    rel: bool) -> Timex | None:
        if not 1 <= dd <= 31:
            return None
        if year is None and not rel:
            year, rel = year_for(ctx, m, month, dd)
            if year is not None and rel and _g(m, "wd"):
                year = ctx.weekday_fit(year, month, dd, weekdays.get(norm(m.group("wd"))))
        if year is None:
            return day_tx(ctx, s, e, None, rel, f"XXXX-{month:02d}-{dd:02d}")
        d = cal.safe_date(year, month, dd)
        if d is None:
            return None
        return day_tx(ctx, s, e, d, rel)

    @rule("daymonth", DAYMONTH, prio=4)
    def _daymonth(m: M[str], ctx: Ctx) -> list[Timex] | None:
        month = mon_of(m)
        year: int | None = None
        rel = False
        if m.group("year"):
            year = int(m.group("year"))
            note_year(ctx, m.start(), year)
        elif m.group("yrel"):
            year, rel = year_from_rel(ctx, m.group("yrel"))
        t = daymonth_tx(ctx, m, m.start(), m.end(), month, int(m.group("d")), year, rel)
        return [t] if t else None

    @rule("daylist", r"(?<![\d.,])(?P<list>(?:[0-3]?\d\.?\s*(?:,\s*und|,|und|bis(?:\s+(?:zum|einschließlich))?|-|–|/|sowie(?:\s+am)?|und\s+am|,\s*am)\s*(?:zum\s+)?)+)"
          + DAYMONTH.replace(rf"(?:{WD}(?:,\s*|\s+)(?:(?:den|dem)\s+)?)?", ""), prio=6)
    def _daylist(m: M[str], ctx: Ctx) -> list[Timex] | None:
        month = mon_of(m)
        year: int | None = None
        rel = False
        if m.group("year"):
            year = int(m.group("year"))
        elif m.group("yrel"):
            year, rel = year_from_rel(ctx, m.group("yrel"))
        b = daymonth_tx(ctx, m, m.start("d"), m.end(), month, int(m.group("d")), year, rel)
        if b is None:
            return None
        if b.first is not None:
            year, rel = b.first.year, b.relative
        items = list(re.finditer(r"([0-3]?\d)(\.?)", m.group("list")))
        firsts: list[Timex] = []
        for it in items:
            dd = int(it.group(1))
            s0 = m.start("list") + it.start()
            t = daymonth_tx(ctx, m, s0, m.start("list") + it.end(), month, dd, year, rel)
            if t is None:
                return [b]
            firsts.append(t)
        seps = re.sub(r"[0-3]?\d\.?", " ", m.group("list")).split()
        if (not ctx.timex3 and len(firsts) == 1 and seps and norm(seps[0]) in ("bis", "-", "–")
                and firsts[0].first is not None and b.first is not None and firsts[0].first < b.first):
            return [range_tx(ctx, m.start(), m.end(), firsts[0], b)]
        return [*firsts, b]

    MONTH_CTX = frozenset(norm(w) for w in lex["month_context"])

    def month_ok(m: M[str], text: str) -> bool:
        if m.group("part") or m.group("year") or m.group("yrel"):
            return True
        return prev_word(text, m.start()) in MONTH_CTX

    @rule("month", rf"(?:{PART}\s+)?{MON}(?:\s+{Y4}|(?P<yrel>\s+(?:des\s+|dieses\s+|diesen\s+)?(?:(?:{REL})\s+Jahres|Vorjahres|Jahres)))?",
          prio=3, check=month_ok)
    def _month(m: M[str], ctx: Ctx) -> list[Timex] | None:
        month = mon_of(m)
        mod = PART_MOD.get(norm(m.group("part") or ""))
        if m.group("year"):
            y: int | None = int(m.group("year"))
            rel = False
            note_year(ctx, m.start(), y)  # type: ignore[arg-type]
        elif m.group("yrel"):
            y, rel = year_from_rel(ctx, m.group("yrel"))
        else:
            y, rel = ctx.year_for(m.start(), m.end(), month, None, PURPOSE(ctx.text, m.start()))
        return [month_tx(ctx, m.start(), m.end(), y, month, rel, mod)]

    # ------------------------------------------------------------ years
    def year_check(m: M[str], text: str) -> bool:
        y = int(m.group("year"))
        return year_plausible(text, m.start("year"), m.end("year"), y, lex,
                              bool(m.group("jahr") or m.group("part")))

    @rule("year", rf"(?:{PART}\s+|(?P<jahr>(?:(?:das|dem|des)\s+)?Jahr(?:e|es)?\s+))?(?<![\d.,])(?P<year>\d{{3,4}})(?![\d])",
          prio=1, check=year_check)
    def _year(m: M[str], ctx: Ctx) -> list[Timex] | None:
        y = int(m.group("year"))
        note_year(ctx, m.start(), y)
        mod = PART_MOD.get(norm(m.group("part") or ""))
        return [year_tx(ctx, m.start(), m.end(), y, False, mod)]

    def yrange_check(m: M[str], text: str) -> bool:
        y1 = int(m.group("y1"))
        y2 = int(m.group("y2"))
        if y2 < 100:
            y2 = (y1 // 100) * 100 + y2
        if not (y1 < y2 <= y1 + 200):
            return False
        if norm(m.group("sep")) == "und" and not m.group("pre"):
            return False
        return (year_plausible(text, m.start("y1"), m.end("y1"), y1, lex, bool(m.group("pre")), tail=False)
                and year_plausible(text, m.start("y2"), m.end("y2"), max(y2, 1000), lex, True))

    @rule("yrange", r"(?P<pre>\b(?:von|zwischen|vom\s+Jahr|von\s+Jahr)\s+)?(?<![\d.,])(?P<y1>(?:1[0-9]|20)\d\d)\s*(?P<sep>bis|-|–|/|und)\s*(?P<y2>(?:1[0-9]|20)\d\d|\d\d)(?![\d])",
          prio=6, check=yrange_check)
    def _yrange(m: M[str], ctx: Ctx) -> list[Timex] | None:
        y1 = int(m.group("y1"))
        y2 = int(m.group("y2"))
        y2full = y2 if y2 >= 100 else (y1 // 100) * 100 + y2
        note_year(ctx, m.start("y1"), y1)
        a = year_tx(ctx, m.start("y1"), m.end("y1"), y1, False)
        b = year_tx(ctx, m.start("y2"), m.end("y2"), y2full, False)
        if ctx.timex3:
            if m.group("sep") == "/":
                return [a]
            return [a, b]
        return [range_tx(ctx, m.start("y1"), m.end(), a, b)]

    # ------------------------------------------------------------ decades, centuries
    DECW = alt(lex["decade_words"])

    @rule("decade", rf"(?:{PART}\s+der\s+|(?P<art>den|der|die)\s+)?(?:(?P<dnum>(?:1[0-9]|20)?\d0)er(?:\s*-\s*|\s+)?(?P<j>Jahren?)?|(?P<dword>{DECW})(?:\s*-\s*|\s+)Jahren?)(?!\w)",
          prio=3, check=lambda m, t: bool(m.group("dword") or m.group("j") or len(m.group("dnum") or "") == 4))
    def _decade(m: M[str], ctx: Ctx) -> list[Timex] | None:
        if m.group("dword"):
            dec = 190 + int(lex["decade_words"][norm(m.group("dword"))])
        else:
            n = m.group("dnum")
            dec = int(n) // 10 if len(n) == 4 else 190 + int(n) // 10
        mod = PART_MOD.get(norm(m.group("part") or ""))
        return [decade_tx(ctx, m.start(), m.end(), dec, mod)]

    @rule("century", rf"(?:{PART}\s+(?:des\s+)?)?(?:(?P<art>das|dem|des|diesem|dieses)\s+)?(?:(?P<n>\d{{1,2}})\.\s*|(?P<rel>{REL})\s+)Jahrhunderts?(?!\w)", prio=3)
    def _century(m: M[str], ctx: Ctx) -> list[Timex] | None:
        mod = PART_MOD.get(norm(m.group("part") or ""))
        if m.group("n"):
            return [century_tx(ctx, m.start(), m.end(), int(m.group("n")) - 1, mod)]
        if ctx.anchor is None:
            return [ctx.mk(m.start(), m.end(), "DATE", "XX", None, Precision.RANGE, True, mod)]
        d = rel_delta(m.group("rel")) or 0
        return [century_tx(ctx, m.start(), m.end(), ctx.anchor.year // 100 + d, mod, True)]

    @rule("thiscentury", r"(?:(?P<art>diesem|dieses)\s+)Jahrhunderts?(?!\w)", prio=3)
    def _thiscentury(m: M[str], ctx: Ctx) -> list[Timex] | None:
        if ctx.anchor is None:
            return [ctx.mk(m.start(), m.end(), "DATE", "XX", None, Precision.RANGE, True)]
        return [century_tx(ctx, m.start(), m.end(), ctx.anchor.year // 100, None, True)]

    # ------------------------------------------------------------ seasons, quarters, halves
    SEASON_PREPS = frozenset({"für", "auf", "bis", "über", "in"})
    SEASON_CTX = MONTH_CTX | {"diesem", "dieses", "diesen", "letzten", "vergangenen", "kommenden", "nächsten", "den", "der", "des"}

    def season_ok(m: M[str], text: str) -> bool:
        if m.group("part") or m.group("year") or m.group("year2") or m.group("yrel") or m.group("rel"):
            return True
        before = prev_word(text, m.start())
        if before == "das":  # "ist für das Frühjahr geplant", "auf das Frühjahr verschoben"; not "Das Frühjahr war nass"
            at = text.rfind("das", max(0, m.start() - 8), m.start())
            return at >= 0 and prev_word(text, at) in SEASON_PREPS
        return before in SEASON_CTX

    @rule("season", rf"(?:{PART}\s+(?:des\s+)?)?(?:(?P<rel>{REL})\s+)?(?P<season>{SEAS})(?:monate?n?)?(?![\w-])"
          rf"(?:\s+{Y4}|\s+des\s+Jahres\s+(?P<year2>(?:1[0-9]|20)\d\d)|(?P<yrel>\s+(?:des\s+)?(?:(?:{REL})\s+Jahres|Vorjahres)))?",
          prio=3, check=season_ok)
    def _season(m: M[str], ctx: Ctx) -> list[Timex] | None:
        code = seasons[norm(m.group("season"))]
        mod = PART_MOD.get(norm(m.group("part") or ""))
        y: int | None
        rel = False
        if m.group("year") or m.group("year2"):
            y = int(m.group("year") or m.group("year2"))
            note_year(ctx, m.start(), y)
        elif m.group("yrel"):
            y, rel = year_from_rel(ctx, m.group("yrel"))
        elif m.group("rel") and ctx.anchor is not None:
            mid = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
            d = rel_delta(m.group("rel")) or 0
            base = ctx.anchor.year
            if d == 0:
                y = base if not (code == "WI" and ctx.anchor.month <= 2) else base - 1
            else:
                cur = cal.nearest_year_for(mid, None, ctx.anchor, "past" if d < 0 else "future")
                # "vergangenen Sommer": the last completed one
                y = cur if not (d < 0 and cur == base and ctx.anchor.month <= mid + 1) else cur - 1
            rel = True
        else:
            mid = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}[code]
            y, rel = year_for(ctx, m, mid, None)
        return [season_tx(ctx, m.start(), m.end(), y, code, rel, mod)]

    ORD = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
           "vierte": 4, "letzten": 4, "letzte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}

    @rule("quarter", rf"(?P<pre>\b(?:im|ins|dem|das|des|im\s+laufenden|für\s+das)\s+)?(?P<ord>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte|letzten|letzte|[1-4]\.)\s*"
          rf"(?P<unit>Quartals?|Vierteljahr(?:es|s)?|Trimesters?|Halbjahr(?:es|s)?|Jahreshälfte)(?!\w)"
          rf"(?:\s+{Y4}|(?P<yrel>\s+(?:des\s+|dieses\s+)?(?:(?:{REL})\s+Jahres|Vorjahres|Jahres)))?", prio=4)
    def _quarter(m: M[str], ctx: Ctx) -> list[Timex] | None:
        n = ORD[norm(m.group("ord"))]
        unit = norm(m.group("unit"))
        half = unit.startswith("halbjahr") or unit == "jahreshälfte"
        if half:
            n = 2 if n == 4 else n
            if n > 2:
                return None
        s, e = span(m)
        y: int | None
        rel = False
        if m.group("year"):
            y = int(m.group("year"))
        elif m.group("yrel"):
            y, rel = year_from_rel(ctx, m.group("yrel"))
        else:
            hint = ctx.year_hint(m.start())
            if hint is not None:
                y = hint
            elif ctx.anchor is None:
                y, rel = None, True
            else:
                mid = (n * 6 - 3) if half else (n * 3 - 1)
                y = cal.nearest_year_for(mid, None, ctx.anchor, ctx.direction(s, e))
                rel = True
        if half:
            return [half_tx(ctx, s, e, y, n, rel)]
        return [quarter_tx(ctx, s, e, y, n, rel)]

    @rule("qcode", r"\bQ(?P<q>[1-4])(?:[\s/]+(?P<year>(?:19|20)\d\d|'?\d\d))?\b", prio=4, flags=0)
    def _qcode(m: M[str], ctx: Ctx) -> list[Timex] | None:
        q = int(m.group("q"))
        if m.group("year"):
            return [quarter_tx(ctx, m.start(), m.end(), two_digit_year(int(m.group("year").lstrip("'")), ctx.anchor), q, False)]
        if ctx.anchor is None:
            return [quarter_tx(ctx, m.start(), m.end(), None, q, True)]
        return [quarter_tx(ctx, m.start(), m.end(), cal.nearest_year_for(q * 3 - 1, None, ctx.anchor, ctx.direction(m.start(), m.end())), q, True)]

    # ------------------------------------------------------------ relative units
    def unit_shift(ctx: Ctx, unit: str, delta: int, mod: str | None, s: int, e: int) -> Timex | None:
        a = ctx.anchor
        if unit.startswith("woche"):
            if a is None:
                return week_tx(ctx, s, e, None, True, mod)
            return week_tx(ctx, s, e, cal.add_days(a, 7 * delta), True, mod)
        if unit.startswith("monat"):
            if a is None:
                return ctx.mk(s, e, "DATE", "XXXX-XX", None, Precision.MONTH, True, mod)
            y, mo = cal.add_months(a.year, a.month, delta)
            return month_tx(ctx, s, e, y, mo, True, mod)
        if unit.startswith("jahrzehnt"):
            if a is None:
                return ctx.mk(s, e, "DATE", "XXX", None, Precision.RANGE, True, mod)
            return decade_tx(ctx, s, e, a.year // 10 + delta, mod, True)
        if unit.startswith("jahr"):
            if a is None:
                return year_tx(ctx, s, e, None, True, mod)
            return year_tx(ctx, s, e, a.year + delta, True, mod)
        if unit.startswith("quartal"):
            if a is None:
                return ctx.mk(s, e, "DATE", "XXXX-QX", None, Precision.QUARTER, True, mod)
            q0 = (a.month - 1) // 3 + delta
            y = a.year + q0 // 4
            return quarter_tx(ctx, s, e, y, q0 % 4 + 1, True, mod)
        if unit.startswith("halbjahr"):
            if a is None:
                return ctx.mk(s, e, "DATE", "XXXX-HX", None, Precision.RANGE, True, mod)
            h0 = (a.month - 1) // 6 + delta
            return half_tx(ctx, s, e, a.year + h0 // 2, h0 % 2 + 1, True)
        return None

    @rule("relunit", rf"(?:{PART}\s+(?:(?:der|des)\s+)?|(?P<art>der|dem|den|des|die|das)\s+)?(?P<rel>{REL})\s+"
          r"(?P<unit>Woche|Monats?|Jahr(?:es|s)?|Jahrzehnts?|Quartals?|Halbjahr(?:es|s)?)(?!\w)", prio=3)
    def _relunit(m: M[str], ctx: Ctx) -> list[Timex] | None:
        d = rel_delta(m.group("rel"))
        if d is None:
            return None
        mod = PART_MOD.get(norm(m.group("part") or ""))
        t = unit_shift(ctx, norm(m.group("unit")), d, mod, m.start(), m.end())
        if t is not None and t.precision is Precision.YEAR and t.first is not None:
            note_year(ctx, m.start(), t.first.year)  # "Im kommenden Jahr findet das Fest am 3. Juli statt": that year's
        return [t] if t else None

    @rule("partunit", rf"{PART}\s+(?P<art>der|des)\s+(?P<unit>Woche|Monats|Jahres|Jahrzehnts)(?!\w)", prio=2)
    def _partunit(m: M[str], ctx: Ctx) -> list[Timex] | None:
        mod = PART_MOD.get(norm(m.group("part")))
        unit = norm(m.group("unit"))
        if unit == "jahres":
            hint = ctx.year_hint(m.start())
            if hint is not None:
                return [year_tx(ctx, m.start(), m.end(), hint, False, mod)]
        t = unit_shift(ctx, unit, 0, mod, m.start(), m.end())
        return [t] if t else None

    PREV_UNITS = {"vorjahr": ("jahr", -1), "vorjahres": ("jahr", -1), "vorjahrs": ("jahr", -1),
                  "folgejahr": ("jahr", 1), "folgejahres": ("jahr", 1), "vormonat": ("monat", -1),
                  "vormonats": ("monat", -1), "vorwoche": ("woche", -1), "folgemonat": ("monat", 1),
                  "folgewoche": ("woche", 1), "heuer": ("jahr", 0), "vorjahresquartal": ("quartal", -4),
                  "vorquartal": ("quartal", -1), "vorjahresmonat": ("monat", -12)}

    @rule("prevunit", rf"(?:(?P<art>dem|das|des|im)\s+)?(?P<w>{alt(PREV_UNITS)})(?!\w)", prio=2)
    def _prevunit(m: M[str], ctx: Ctx) -> list[Timex] | None:
        unit, d = PREV_UNITS[norm(m.group("w"))]
        s = m.start("w") if norm(m.group("art") or "") == "im" else m.start()
        t = unit_shift(ctx, unit, d, None, s, m.end())
        return [t] if t else None

    @rule("thisyear", r"(?:(?P<art>dieses|diesem|laufenden|des\s+laufenden)\s+)(?P<unit>Jahr(?:es)?|Woche|Monats?)(?!\w)", prio=2)
    def _thisyear(m: M[str], ctx: Ctx) -> list[Timex] | None:
        t = unit_shift(ctx, norm(m.group("unit")), 0, None, m.start(), m.end())
        return [t] if t else None

    WEEKEND_CTX = frozenset({"am", "übers", "vom", "zum", "bis", "seit", "dem", "das", "ab", "nach", "vor", "jedes", "jedem"})

    @rule("weekend", rf"(?:(?P<art>dem|das|den)\s+)?(?:(?P<rel>{REL})\s+)?Wochenende(?!\w)",
          prio=3, check=lambda m, t: bool(m.group("rel") or m.group("art")) or prev_word(t, m.start()) in WEEKEND_CTX)
    def _weekend(m: M[str], ctx: Ctx) -> list[Timex] | None:
        a = ctx.anchor
        if a is None:
            return [weekend_tx(ctx, m.start(), m.end(), None, True)]
        d = rel_delta(m.group("rel"))
        if d is None or d == 0:
            direction = ctx.direction(m.start(), m.end()) if d is None else None
            if direction == "past" and a.isoweekday() < 6:
                d = -1
            elif direction == "past" or a.isoweekday() >= 6:
                d = 0
            else:
                d = 0
        ref = cal.add_days(a, 7 * d)
        return [weekend_tx(ctx, m.start(), m.end(), ref, True)]

    # ------------------------------------------------------------ weekdays and day words
    @rule("weekdayofweek", rf"(?<!-){WD}(?P<dp>{DP})?(?:,?\s+(?:in\s+)?(?:der\s+)?)(?P<rel>{REL})\s+Woche(?!\w)", prio=4)
    def _weekdayofweek(m: M[str], ctx: Ctx) -> list[Timex] | None:
        """"Montag vergangener Woche", "Freitag nächster Woche", "Dienstag der kommenden Woche":
        that weekday of the week named."""
        d = rel_delta(m.group("rel"))
        if d is None or d == 9 or ctx.anchor is None:
            return None
        wd = weekdays[norm(m.group("wd"))]
        day = cal.week_start(cal.add_days(ctx.anchor, 7 * d) or ctx.anchor) + timedelta(days=wd - 1)
        if m.group("dp"):
            return [daypart_tx(ctx, m.start(), m.end(), day, dayparts[norm(m.group("dp"))], True)]
        return [day_tx(ctx, m.start(), m.end(), day, True)]

    @rule("weekday", rf"(?<!-)(?:(?P<art>dem|den)\s+)?(?:(?P<rel>{REL})\s+)?{WD}(?P<dp>{DP})?(?P<set>s)?(?!\w)(?:\s+(?P<dp2>früh|morgen|vormittag|mittag|nachmittag|abend|nacht)(?!\w))?", prio=2)
    def _weekday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        wd = weekdays[norm(m.group("wd"))]
        dp_word = m.group("dp") or m.group("dp2")
        code = dayparts[norm(dp_word)] if dp_word else None
        s, e = m.start(), m.end()
        if m.group("set"):
            v = f"XXXX-WXX-{wd}" + (f"T{code}" if code else "")
            return [ctx.mk(s, e, "SET", v)]
        d = rel_delta(m.group("rel"))
        a = ctx.anchor
        if a is None:
            v = f"XXXX-WXX-{wd}"
            if code:
                return [ctx.mk(s, e, "TIME", f"{v}T{code}", None, None, True)]
            return [ctx.mk(s, e, "DATE", v, None, Precision.DAY, True)]
        if d is None:
            # "Unwetterwarnung für Samstag", "bis Freitag": the day aimed at is ahead
            day = cal.weekday_date(a, wd, ctx.aimed_direction(s, e))
        elif d == 9:  # "am morgigen Samstag"
            day = cal.add_days(a, 1) or a
        elif d == 0:
            day = cal.week_start(a) + timedelta(days=wd - 1)  # this week's weekday
        elif d < 0:
            day = cal.weekday_date(a, wd, "past", strict=True)
            if d == -2:
                day = cal.add_days(day, -7) or day
        else:
            day = cal.weekday_date(a, wd, "future", strict=True)
            if d == 2:
                day = cal.add_days(day, 7) or day
        if code:
            return [daypart_tx(ctx, s, e, day, code, True)]
        return [day_tx(ctx, s, e, day, True)]

    MORGEN_NOUN = frozenset({"am", "dem", "den", "des", "jeden", "jedem", "guten", "heute", "gestern", "frühen", "späten",
                             "diesen", "diesem", "zum", "vom", "einen", "eines", "der", "die", "das", "nächsten",
                             "folgenden", "selben", "gleichen", "ganzen", "bis", "übermorgen", "vorgestern", "morgen"})

    def relday_ok(m: M[str], text: str) -> bool:
        w = m.group("w")
        if norm(w) != "morgen":
            return True
        if prev_word(text, m.start()) in MORGEN_NOUN:
            return False
        if w == "Morgen":  # capitalised: a noun unless it opens a sentence
            before = text[max(0, m.start() - 3):m.start()].strip()
            return before == "" or before[-1] in ".!?:\"„»«“\n"
        return True

    @rule("relday", r"(?P<w>vorgestern|gestern|heute|übermorgen|morgen)(?!\w)(?:\s+(?P<dp>früh|morgen|vormittag|mittag|nachmittag|abend|nacht)(?!\w))?",
          prio=2, check=relday_ok)
    def _relday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        w = norm(m.group("w"))
        off = int(lex["relative_days"][w])
        s, e = m.start(), m.end()
        code = dayparts[norm(m.group("dp"))] if m.group("dp") else None
        if w == "heute" and code is None and heute_generic(ctx, m):
            return [ctx.mk(s, e, "DATE", "PRESENT_REF", None, None, True)]
        a = ctx.anchor
        day = cal.add_days(a, off) if a is not None else None
        if code:
            return [daypart_tx(ctx, s, e, day, code, True)]
        return [day_tx(ctx, s, e, day, True)]

    GENERIC_BEFORE = frozenset(norm(w) for w in lex["heute_generic_before"])
    GENERIC_AFTER = frozenset(norm(w) for w in lex["heute_generic_after"])

    def heute_generic(ctx: Ctx, m: M[str]) -> bool:
        """'heute' meaning 'nowadays' rather than the publication day.

        The day when a clock time or another day word is near, after bis/ab/seit, or
        when the clause reports an event (past or future tense); 'nowadays' in a
        plain present-tense statement or after noch/auch/wie."""
        text = ctx.text
        prv = prev_word(text, m.start())
        if prv in ("bis", "ab", "seit", "von"):
            return False
        if prv in GENERIC_BEFORE:
            return True
        nxt = re.match(r"\W*(\w+)", text[m.end():m.end() + 30])
        if nxt and nxt.group(1).lower() in GENERIC_AFTER:
            return True
        if re.search(r"\bUhr\b|\d[.:]\d\d|\b(?:morgen|gestern|abend|nachmittag|vormittag)\b", text[max(0, m.start() - 25):m.end() + 40], re.I):
            return False
        return ctx.direction(m.start(), m.end()) is None

    @rule("daypart", rf"(?P<pre>\b(?:am|gegen|zum|vom|bis\s+zum|in\s+der|im\s+Laufe\s+des|im\s+Verlauf\s+des|spät\s+am|früh\s+am)\s+)(?P<adj>(?:frühen|späten|selben|gleichen)\s+)?(?P<dp>{DP})s?(?!\w)", prio=1)
    def _daypart(m: M[str], ctx: Ctx) -> list[Timex] | None:
        code = dayparts[norm(m.group("dp"))]
        s, e = span(m)
        day = ctx.ref_day(s, same_sentence=False)
        return [daypart_tx(ctx, s, e, day, code, True)]

    @rule("night", rf"(?P<pre>\b(?:in\s+der|in\s+dieser|der|die)\s+)?Nacht\s+(?:(?P<zum>zum|zu|auf)\s+(?:den\s+|dem\s+)?|(?P<des>des|vom|von)\s+(?:dem\s+)?)"
          rf"(?:{WD}|(?P<d>[0-3]?\d)\.\s*{MON}(?:\s+{Y4})?)", prio=5)
    def _night(m: M[str], ctx: Ctx) -> list[Timex] | None:
        s, e = span(m)
        a = ctx.anchor
        into = bool(m.group("zum"))
        if m.group("wd"):
            wd = weekdays[norm(m.group("wd"))]
            if a is None:
                return [ctx.mk(s, e, "TIME", f"XXXX-WXX-{wd}TNI", None, None, True)]
            day = cal.weekday_date(a, wd, ctx.direction(s, e))
            rel = True
        else:
            month = mon_of(m)
            dd = int(m.group("d"))
            if m.group("year"):
                y: int | None = int(m.group("year"))
                rel = False
            else:
                y, rel = year_for(ctx, m, month, dd)
            if y is None:
                return [ctx.mk(s, e, "TIME", f"XXXX-{month:02d}-{dd:02d}TNI", None, None, True)]
            day = cal.safe_date(y, month, dd)  # type: ignore[assignment]
            if day is None:
                return None
        if into:
            day = cal.add_days(day, -1) or day
        return [daypart_tx(ctx, s, e, day, "NI", rel)]

    @rule("anchorday", rf"(?P<pre>\b(?:am|vom|zum|seit\s+dem|bis\s+zum)\s+)?(?P<w>{alt(lex['anchor_days'])})(?!\w)", prio=2)
    def _anchorday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        off = int(lex["anchor_days"][norm(m.group("w"))])
        s, e = span(m)
        ref = ctx.ref_day(s, same_sentence=False)
        day = cal.add_days(ref, off) if ref is not None else None
        return [day_tx(ctx, s, e, day, True)]

    @rule("holiday", rf"(?P<h>{HOL})(?!\w)(?:\s+{Y4})?", prio=2)
    def _holiday(m: M[str], ctx: Ctx) -> list[Timex] | None:
        h = norm(m.group("h"))
        s, e = m.start(), m.end()
        fixed = lex["holidays_fixed"].get(h)
        if m.group("year"):
            y: int | None = int(m.group("year"))
            rel = False
        elif fixed:
            mo, dd = (int(x) for x in fixed.split("-"))
            y, rel = year_for(ctx, m, mo, dd)
        else:
            y, rel = year_for(ctx, m, 4, 10)
        if fixed:
            mo, dd = (int(x) for x in fixed.split("-"))
            if y is None:
                return [day_tx(ctx, s, e, None, rel, f"XXXX-{mo:02d}-{dd:02d}")]
            return [day_tx(ctx, s, e, cal.safe_date(y, mo, dd), rel)]
        if y is None:
            return [day_tx(ctx, s, e, None, rel)]
        return [day_tx(ctx, s, e, cal.add_days(cal.easter(y), int(lex["holidays_easter"][h])), rel)]

    # ------------------------------------------------------------ times of day
    TZ = alt(lex["time_zones"])
    TMOD = {"kurz nach": "AFTER", "kurz vor": "BEFORE", "gegen": "APPROX", "etwa um": "APPROX", "ungefähr um": "APPROX",
            "circa": "APPROX", "ca.": "APPROX", "um ca.": "APPROX", "nach": "AFTER", "vor": "BEFORE"}

    def time_day(ctx: Ctx, pos: int) -> date | None:
        return ctx.ref_day(pos, same_sentence=False, within=2)

    @rule("clock", rf"(?:(?P<mod>kurz\s+nach|kurz\s+vor|gegen|etwa\s+um|ungefähr\s+um|circa|ca\.|um\s+ca\.)\s+)?(?<![\d.,:])(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*Uhr(?!\w)(?:\s+(?P<tz>{TZ}))?", prio=3)
    def _clock(m: M[str], ctx: Ctx) -> list[Timex] | None:
        hh, mm = int(m.group("h")), int(m.group("mi") or 0)
        if hh == 24 and mm:
            return None
        mod = TMOD.get(norm(m.group("mod") or ""))
        return [time_tx(ctx, m.start(), m.end(), time_day(ctx, m.start()), hh, mm, True, mod)]

    @rule("clock_pre", r"(?P<pre>\b(?:um|ab|bis|gegen|von)\s+)(?<![\d.,:])(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?![\d]|[.,]\d)", prio=2)
    def _clock_pre(m: M[str], ctx: Ctx) -> list[Timex] | None:
        s, e = span(m)
        return [time_tx(ctx, s, e, time_day(ctx, s), int(m.group("h")), int(m.group("mi")), True)]

    @rule("clock_range", r"(?<![\d.,:])(?P<h1>[01]?\d|2[0-4])(?:[:.](?P<m1>[0-5]\d))?\s*(?:bis|-|–|und|oder|/)\s*(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d))?\s*Uhr(?!\w)", prio=4)
    def _clock_range(m: M[str], ctx: Ctx) -> list[Timex] | None:
        day = time_day(ctx, m.start())
        a = time_tx(ctx, m.start(), m.end("m1") if m.group("m1") else m.end("h1"), day, int(m.group("h1")), int(m.group("m1") or 0), True)
        b = time_tx(ctx, m.start("h2"), m.end(), day, int(m.group("h2")), int(m.group("m2") or 0), True)
        return [a, b]

    HOURS = {"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
             "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}

    @rule("clock_word", rf"(?:(?P<halb>halb|viertel\s+nach|viertel\s+vor|dreiviertel)\s+)?(?P<hw>{alt(HOURS)})(?P<uhr>\s+Uhr)?(?!\w)",
          prio=1, check=lambda m, t: bool(m.group("uhr") or (m.group("halb") and prev_word(t, m.start()) in ("um", "gegen", "bis", "ab", "kurz", "nach", "vor"))))
    def _clock_word(m: M[str], ctx: Ctx) -> list[Timex] | None:
        hh = HOURS[norm(m.group("hw"))]
        mm = 0
        h = norm(m.group("halb") or "")
        if h == "halb":
            hh, mm = hh - 1, 30
        elif h == "viertel nach":
            mm = 15
        elif h in ("viertel vor", "dreiviertel"):
            hh, mm = hh - 1, 45
        return [time_tx(ctx, m.start(), m.end(), time_day(ctx, m.start()), hh % 24, mm, True)]

    # ------------------------------------------------------------ durations and "vor drei Jahren"
    UNIT_SHIFT = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade"}
    QMOD_MAP = {"mehr als": "MORE_THAN", "über": "MORE_THAN", "weniger als": "LESS_THAN", "knapp": "LESS_THAN",
                "fast": "LESS_THAN", "fast genau": "APPROX", "nahezu": "LESS_THAN", "beinahe": "LESS_THAN", "gut": "MORE_THAN",
                "rund": "APPROX", "etwa": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "ca.": "APPROX",
                "bis zu": "EQUAL_OR_LESS", "mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS", "genau": "EQUAL"}

    def offset_date(ctx: Ctx, s: int, e: int, n: float | None, unit: str, sign: int, mod: str | None) -> Timex | None:
        """'vor drei Jahren' (sign -1) / 'in zwei Wochen' (sign +1) as the date it points to."""
        a = ctx.anchor
        kind = UNIT_SHIFT.get(unit)
        if kind is None:
            return None
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        if n is None:  # "vor wenigen Tagen": a range next to the anchor
            if a is None:
                return ctx.mk(s, e, "DATE", ref, None, Precision.RANGE, True, mod)
            span_days = {"day": (1, 7), "week": (7, 35), "month": (28, 180), "year": (365, 5 * 365), "decade": (3650, 36500)}[kind]
            lo = cal.add_days(a, sign * span_days[0])
            hi = cal.add_days(a, sign * span_days[1])
            if lo is None or hi is None:
                return None
            iv = (min(lo, hi), max(lo, hi))
            return ctx.mk(s, e, "DATE", ref, iv, Precision.RANGE, True, mod)
        if n != int(n):
            return None
        k = int(n) * sign
        if kind == "day":
            return day_tx(ctx, s, e, cal.add_days(a, k) if a else None, True, "XXXX-XX-XX", mod)
        if kind == "week":
            return week_tx(ctx, s, e, cal.add_days(a, 7 * k) if a else None, True, mod)
        if kind == "month":
            if a is None:
                return ctx.mk(s, e, "DATE", "XXXX-XX", None, Precision.MONTH, True, mod)
            y, mo = cal.add_months(a.year, a.month, k)
            return month_tx(ctx, s, e, y, mo, True, mod)
        if kind == "year":
            return year_tx(ctx, s, e, a.year + k if a else None, True, mod)
        if a is None:
            return year_tx(ctx, s, e, None, True, mod or "APPROX")
        return year_tx(ctx, s, e, a.year + 10 * k, True, mod or "APPROX")

    DUR_PRE = r"(?P<pre>\b(?:vor|in|seit|nach|für|binnen|innerhalb|während|von|über|um|auf|ab)\s+)?"
    DUR = (rf"{DUR_PRE}(?:(?P<art>den|die|der|dem|des)\s+(?P<rel>vergangenen|letzten|nächsten|kommenden|ersten|folgenden|zurückliegenden|ganzen|gesamten)\s+)?"
           rf"(?:(?P<mod>{QMODS})\s+)?(?P<num>{NUM})(?:\s+(?P<adj>(?!(?:und|oder|bis|mal)\b)[a-zäöüß]+(?:e|en)))?\s+(?P<unit>{UNITS})(?!\w)"
           rf"(?:\s+und\s+(?P<num2>{NUM})\s+(?P<unit2>{UNITS})(?!\w))?(?:\s+(?P<post>lang|später|zuvor|danach|davor|früher|darauf|zurück)(?!\w))?")

    def dur_check(m: M[str], text: str) -> bool:
        num = norm(m.group("num"))
        u = norm(m.group("unit"))
        if num == "eines" and u == "tages":
            return False
        if re.fullmatch(r"\d.*", num):
            if text[m.start("num") - 1:m.start("num")] in ("-", "/", ".", ","):
                return False
        return True

    @rule("duration", DUR, prio=2, check=dur_check)
    def _duration(m: M[str], ctx: Ctx) -> list[Timex] | None:
        raw = m.group("num")
        vague = is_vague(raw, lex)
        n = None if vague else parse_number(raw, lex)
        if n is None and not vague:
            return None
        kind, unit = units[norm(m.group("unit"))]
        parts: list[tuple[float | None, str, str]] = [(n, kind, unit)]
        if m.group("num2"):
            n2 = parse_number(m.group("num2"), lex)
            k2, u2 = units[norm(m.group("unit2"))]
            parts.append((n2, k2, u2))
        mod = QMOD_MAP.get(norm(m.group("mod") or ""))
        pre = norm(m.group("pre") or "")
        core_s = m.end("pre") if m.group("pre") else m.start()
        e = m.end()
        offset_ok = not m.group("art") and not m.group("num2") and not m.group("post")
        if pre == "vor" and offset_ok and not ctx.timex3:
            t = offset_date(ctx, m.start(), e, n, unit if kind == "P" else "", -1, mod)
            if t is not None:
                return [t]
        if pre == "in" and offset_ok and kind == "P" and not vague:
            t = offset_date(ctx, core_s if ctx.timex3 else m.start(), e, n, unit, +1, mod)
            if t is not None:
                return [t]
        if n is not None and n > 10000:
            return None
        return [duration_tx(ctx, core_s, e, parts, mod)]

    DUR_ADV = {"jahrelang": "Y", "monatelang": "M", "wochenlang": "W", "tagelang": "D", "stundenlang": "TH",
               "minutenlang": "TM", "jahrzehntelang": "DE", "jahrhundertelang": "CE", "jahrelange": "Y",
               "jahrelangen": "Y", "jahrelanger": "Y", "jahrelanges": "Y", "langjährige": "Y", "langjährigen": "Y",
               "langjähriger": "Y", "jahrzehntelange": "DE", "jahrzehntelangen": "DE", "monatelangen": "M",
               "monatelange": "M", "wochenlangen": "W", "wochenlange": "W", "tagelangen": "D", "tagelange": "D",
               "stundenlangen": "TH", "stundenlange": "TH"}

    @rule("duradv", rf"\b(?P<w>{alt(DUR_ADV)})(?!\w)", prio=1)
    def _duradv(m: M[str], ctx: Ctx) -> list[Timex] | None:
        u = DUR_ADV[norm(m.group("w"))]
        v = f"PTX{u[1]}" if u.startswith("T") else f"PX{u}"
        return [ctx.mk(m.start(), m.end(), "DURATION", v)]

    BARE_UNITS = {"jahren": "Y", "jahre": "Y", "monaten": "M", "wochen": "W", "tagen": "D", "stunden": "TH",
                  "jahrzehnten": "DE", "jahrhunderten": "CE", "jahrtausenden": "ML"}

    @rule("barepl", rf"(?P<pre>\b(?:seit|vor|nach|für|über|in)\s+)(?:(?P<art>den|die)\s+(?P<rel>vergangenen|letzten|zurückliegenden)\s+)?(?P<u>{alt(BARE_UNITS)})(?!\w)", prio=1)
    def _barepl(m: M[str], ctx: Ctx) -> list[Timex] | None:
        u = BARE_UNITS[norm(m.group("u"))]
        if norm(m.group("pre")) == "in" and not m.group("art"):
            return None
        v = f"PTX{u[1]}" if u.startswith("T") else f"PX{u}"
        return [ctx.mk(m.end("pre"), m.end(), "DURATION", v)]

    @rule("pastpl", r"(?:(?P<art>den|die|der)\s+)(?P<rel>vergangenen|letzten|zurückliegenden|kommenden|nächsten)\s+(?P<u>Jahren?|Jahrzehnten?)(?!\w)", prio=1)
    def _pastpl(m: M[str], ctx: Ctx) -> list[Timex] | None:
        u = "DE" if "zehnt" in m.group("u").lower() else "Y"
        return [ctx.mk(m.start(), m.end(), "DURATION", f"PX{u}")]

    # ------------------------------------------------------------ sets
    SETS = lex["sets"]

    @rule("setadv", rf"(?:(?P<times>\w+mal|\d+\s*-?\s*mal)\s+)?(?P<w>{alt(SETS)})(?!\w)", prio=2)
    def _setadv(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "SET", SETS[norm(m.group("w"))])]

    SET_UNITS = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "stunde": "PT1H", "minute": "PT1M",
                 "wochenende": "XXXX-WXX-WE", "morgen": "XXXX-XX-XXTMO", "abend": "XXXX-XX-XXTEV", "nacht": "XXXX-XX-XXTNI",
                 "sommer": "XXXX-SU", "winter": "XXXX-WI", "frühjahr": "XXXX-SP", "herbst": "XXXX-FA"}

    @rule("every", rf"(?P<every>jeden|jede|jedes|jedem|jeder)\s+(?:(?P<ord>zweiten|dritten|vierten)\s+)?(?:(?P<wd>{alt(weekdays)})(?P<dp>{DP})?|(?P<u>{alt(SET_UNITS)}))(?!\w)", prio=3)
    def _every(m: M[str], ctx: Ctx) -> list[Timex] | None:
        if m.group("wd"):
            v = f"XXXX-WXX-{weekdays[norm(m.group('wd'))]}"
            if m.group("dp"):
                v += "T" + dayparts[norm(m.group("dp"))]
        else:
            v = SET_UNITS[norm(m.group("u"))]
            if m.group("ord") and v.startswith("P1"):
                n = {"zweiten": 2, "dritten": 3, "vierten": 4}[norm(m.group("ord"))]
                v = v.replace("1", str(n), 1)
        return [ctx.mk(m.start(), m.end(), "SET", v)]

    @rule("alle", rf"\balle\s+(?P<num>{NUM}|paar)\s+(?P<unit>Jahre|Monate|Wochen|Tage|Stunden|Minuten)(?!\w)", prio=3)
    def _alle(m: M[str], ctx: Ctx) -> list[Timex] | None:
        n = parse_number(m.group("num"), lex)
        kind, unit = units[norm(m.group("unit"))]
        amt = "X" if n is None else str(int(n))
        return [ctx.mk(m.start(), m.end(), "SET", f"{kind}{amt}{unit}")]

    @rule("per", r"(?:(?P<times>\w+mal|\d+\s*-?\s*mal)\s+)?(?P<p>pro|je|im|in\s+der|am)\s+(?P<u>Tag|Woche|Monat|Jahr|Stunde)(?!\w)(?!\s*(?:\d|zuvor|darauf|danach|davor|der|des|dem|nach|vor|seit|von))",
          prio=1, check=lambda m, t: bool(m.group("times")) or norm(m.group("p")) in ("pro", "je") or bool(re.search(r"\d", t[max(0, m.start() - 40):m.start()])) and norm(m.group("p")) in ("im",))
    def _per(m: M[str], ctx: Ctx) -> list[Timex] | None:
        v = SET_UNITS[norm(m.group("u"))]
        s = m.start() if (m.group("times") or norm(m.group("p")) in ("pro", "je")) else m.start("p")
        return [ctx.mk(s, m.end(), "SET", v)]

    @rule("xforx", r"\b(?P<u>Jahr|Tag|Woche|Monat)\s+(?:für|um|nach)\s+(?P=u)\b", prio=3)
    def _xforx(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "SET", SET_UNITS[norm(m.group("u"))])]

    DPADV = lex["daypart_adverbs"]

    @rule("dpadv", rf"\b(?P<w>{alt(DPADV)})(?!\w)", prio=1, flags=0)
    def _dpadv(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "SET", f"XXXX-XX-XXT{DPADV[m.group('w')]}")]

    # ------------------------------------------------------------ PRESENT_REF / PAST_REF / FUTURE_REF
    REFS = lex["refs"]

    def ref_ok(m: M[str], text: str) -> bool:
        w = norm(m.group("w"))
        if w == "früher" and re.match(r"\s+als\b", text[m.end():m.end() + 5]):
            return False
        if w in ("zukunft", "vergangenheit", "gegenwart") and text[m.start()].islower():
            return False
        return True

    @rule("ref", rf"\b(?P<w>{alt(REFS)})(?!\w)", prio=1, check=ref_ok)
    def _ref(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "DATE", REFS[norm(m.group("w"))], None, None, True)]

    @rule("heutig", r"\bheutigen?(?!\w)", prio=1)
    def _heutig(m: M[str], ctx: Ctx) -> list[Timex] | None:
        return [ctx.mk(m.start(), m.end(), "DATE", "PRESENT_REF", None, None, True)]

    return rules
