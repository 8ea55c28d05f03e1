"""An article's own date line, read from its text: labels, datelines, date lines and ticker stamps.

News pages state when they were written in a handful of ordinary shapes, in German
and English alike:

- a label before a date: ``Stand: 03.06.2024 08:10 Uhr``, ``Veröffentlicht: Montag,
  03.06.2024, 07:45 Uhr``, ``Published 6/3/2024 9:15 AM``, ``Last Update: Monday,
  03 June 2024 GMT 10:05``, `` date 2024-06`` (a month only);
- a dateline opening the body: ``Graz, 3. Juni 2024 |``, ``LAGOS, Jun 3
  (Reuters) –``, ``(03.06.2024) Der Gemeinderat ...``;
- a line that is nothing but a date (with a weekday, a clock time, a time zone, a
  source or a byline word): ``Monday, 3rd June 2024, 6:30 am``, ``Monday 6/3/24``;
- live-ticker stamps, often without a year: ``Montag, 3. Juni, 6.30 Uhr``,
  ``3. Juni 10.15 Uhr: ...``, ``Update vom 3. Juni, 11.40 Uhr: ...``;
- a weekday with its date in the body: ``am Montag (3.6.)``, ``on Monday (3 June)``;
- the day of writing named as today: ``heute, Montag``.

``find_stamps`` lists them; ``own_date`` picks the publication date they give, or
none.  A date without a year takes the year of the article's month header, else the
one recent year in which its weekday falls on that day; otherwise it stays unknown.
The phrases live in ``resources/lexicons/pubdate.json``; this module holds the logic.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from desktop.core.model import ARTICLE_REGION_KINDS, DateSource, Precision, PubDate, Region
from desktop.core.readers.dates import MONTHS
from desktop.core.resources import resource_path
from desktop.core.structure import pattern_alternatives

log = logging.getLogger(__name__)

#: kinds of stamp, strongest first (a label or dateline is the article's own; a bare date line
#: may be a site's "today" widget; a weekday date in the body only bounds the day of writing)
RANK = {"label": 0, "dateline": 0, "timed": 0, "line": 1, "anniversary": 1, "ticker": 2, "weekday": 3}
#: among the strongest stamps a first-publication label comes first (the article's first publication
#: day is the one reported), then the first in the text of the others; an update label (UPDATE) is
#: one of those others, but a metadata date read from one yields to a first-publication label
FIRST, PLAIN, UPDATE = 0, 1, 2
#: a yearless date takes the one year of this many recent years in which its weekday fits
WEEKDAY_YEARS = 8
#: weekday dates in the body name the day of writing only when they all lie within this many days
WEEK_SPREAD = 6
#: years this long before now are history (or names such as "SV 1899") when bounding a yearless date
HISTORY_YEARS = 50
#: a paragraph of this many words ending a sentence is the body: a date line with its clock time
#: before it is the article's own stamp, one after it may be a comment's or a teaser's
BODY_WORDS = 20
#: where bare date lines of several days appear, only those in this many first characters count
HEAD_LINES_CHARS = 1500
#: content words an anniversary phrase and a dated statement elsewhere must share to be one event
REFERENT_WORDS = 3
#: a sentence's end: not the dot of a day ("am 3. Mai"), but that after a year ("seit 2014. Die ...")
_SENTENCE_END = re.compile(r"(?:(?:(?<=\d{3})|(?<!\d))[.!?](?=\s)|\n)\s*")
#: furniture whose dates are never the article's (a related-story box, reader comments, a file photo's caption)
_FOREIGN_KINDS = frozenset({"related", "comments", "footer", "donation"})
#: a date in a caption or an embedded post is that picture's or post's: a post's ("quoted") is at
#: most a lower bound of the article's day, a picture's nothing
_QUOTED_KINDS = frozenset({"caption", "credit"})
#: the site's navigation: a bare date line above it is the site's, not the article's
_MENU_KINDS = frozenset({"menu", "nav"})


@dataclass(frozen=True)
class Stamp:
    """A date the text gives for itself (``year`` None: not written)."""

    start: int
    end: int
    kind: str  # label | dateline | timed (a date line with a clock time) | line | ticker | weekday | today
    year: int | None
    month: int | None  # None for a "today" weekday
    day: int | None  # None for a month-only header
    weekday: int | None
    text: str
    months: int = 0  # an anniversary: the article appears this many months after the date
    #: above the headline: the site's date widget or a teaser's, unless nothing below says
    above_title: bool = False
    #: in the page's head, before the body's first long paragraph (where the article's date block stands)
    head: bool = True
    #: a bare date line above the site's menu, itself above the headline: the site's widget of the day the
    #: page was read ("Sonntag, 10. März 2024 | Kleinfeld 8 °C"), never the article's date
    widget: bool = False


@dataclass(frozen=True)
class _Lex:
    label: re.Pattern[str]
    start_label: re.Pattern[str] | None
    ticker_label: re.Pattern[str] | None
    weekdays: dict[str, int]
    date: re.Pattern[str]
    time: re.Pattern[str]
    today: re.Pattern[str] | None
    birth: re.Pattern[str] | None
    old: re.Pattern[str] | None
    anniversary: re.Pattern[str] | None
    numbers: dict[str, int]
    filler: frozenset[str]
    weekday_date: re.Pattern[str]
    first_label: re.Pattern[str] | None = None
    update_label: re.Pattern[str] | None = None
    month_first_zone: re.Pattern[str] | None = None
    day_first_zone: re.Pattern[str] | None = None
    event_prefix: re.Pattern[str] | None = None
    saved: re.Pattern[str] | None = None
    elapsed: re.Pattern[str] | None = None
    ahead: re.Pattern[str] | None = None
    death: re.Pattern[str] | None = None
    first_year_label: re.Pattern[str] | None = None


def _alt(items: Sequence[str]) -> str:
    return pattern_alternatives(items, "pubdate")


@lru_cache(maxsize=1)
def load_lexicon() -> _Lex:
    try:
        data = json.loads(resource_path("lexicons", "pubdate.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        log.warning("cannot read the pubdate lexicon: %s", e)
        data = {}
    weekdays = {k.lower(): int(v) for k, v in (data.get("weekdays") or {}).items()}
    wd = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True)) or "(?!x)x"
    mon = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
    tz = _alt(data.get("timezones") or []) or "(?!x)x"
    # a year, also run together with a clock time or a repeated date after it ("February 12, 20256:02 PM",
    # "18 Feb 202518 Feb 2025")
    year = rf"(?:19|20)\d\d(?=\d{{1,2}}(?::\d\d|\.?\s+(?:{mon})\b)|(?!\d))"
    # one date, with an optional weekday before it; named groups tell the form
    date_re = (
        rf"(?:(?P<wd>{wd})\.?,?\s+(?:(?:den|the)\s+)?)?"
        r"(?:"
        rf"(?P<iy>{year})(?P<isep>[-/])(?P<im>[01]\d)(?P=isep)(?P<id>[0-3]\d)(?![\d-])"
        rf"|(?<![\d.])(?P<nd>[0-3]?\d)\.\s?(?P<nm>[01]?\d)\.(?:\s?(?P<ny>{year}|\d\d(?![\d.])))?(?!\d)"
        rf"|(?<![\d/-])(?P<sm>[0-3]?\d)(?:/(?P<sd>[0-3]?\d)/(?P<sy>{year}|\d\d)|-(?P<dd>[0-3]?\d)-(?P<dy>{year}))(?![\d-])"
        rf"|(?P<td>[0-3]?\d)(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<tm>{mon})\b\.?(?:,?\s+(?P<ty>{year}))?"
        rf"|(?P<um>{mon})\b\.?\s+(?P<ud>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<uy>{year}))?"
        rf"|(?P<mm>{mon})\b\.?\s+(?P<my>{year})"
        rf"|(?P<hy>{year})-(?P<hm>[01]\d)(?![\d-])"
        r")"
    )
    clock = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?![.:]?\d)\s*(?:Uhr|h\b|[ap]\.?\s?m\.?)?|\d{1,2}\s*(?:[ap]\.?\s?m\.?|Uhr)"
    time_re = (
        rf"(?:\s*(?:,|-|–|—|\||/|•|·|um|at)?\s*(?:(?:{tz})\s*)?(?:{clock})(?:\s*\(?(?:{tz})\)?)?"
        rf"(?:\s*(?:-|–|/)\s*(?:{tz})\s*(?:{clock}))?)*"
    )
    today = data.get("today") or []
    full_wd = "|".join(sorted((re.escape(w) for w in weekdays if len(w) >= 6), key=len, reverse=True)) or "(?!x)x"
    birth = data.get("birth") or []
    return _Lex(
        label=re.compile(rf"(?<![\w-])(?:{_alt(data.get('labels') or ['Stand'])})\s*:?\s*(?:am\s+|on\s+|vom\s+|at\s+)?", re.I),
        start_label=re.compile(rf"^(?:{_alt(data['start_labels'])})\s*:?\s*", re.I) if data.get("start_labels") else None,
        ticker_label=re.compile(rf"^(?:{_alt(data['ticker_labels'])})\s*:?\s*", re.I) if data.get("ticker_labels") else None,
        weekdays=weekdays,
        date=re.compile(date_re, re.I),
        time=re.compile(time_re, re.I),
        today=re.compile(rf"(?<!\w)(?:{_alt(today)})\s*[,(]?\s*(?:den\s+|the\s+)?(?P<wd>{full_wd})\b", re.I) if today else None,
        birth=re.compile(rf"(?<!\w)(?:{_alt(birth)})(?!\w)", re.I) if birth else None,
        anniversary=_anniversary(data.get("anniversary") or []),
        numbers={k.lower(): int(v) for k, v in (data.get("numbers") or {}).items()},
        filler=frozenset(w.lower() for w in data.get("filler") or []),
        old=re.compile(rf"(?<!\w)(?:{_alt(data['old'])})(?!\w)", re.I) if data.get("old") else None,
        weekday_date=re.compile(rf"(?<!\w)(?P<w>{full_wd})\b\.?(?:\s*\(\s*|,\s+)(?=\d|[A-Z])", re.I),
        first_label=re.compile(rf"(?:{_alt(data['first_labels'])})(?!\w)", re.I) if data.get("first_labels") else None,
        update_label=re.compile(rf"(?:{_alt(data['update_labels'])})(?!\w)", re.I) if data.get("update_labels") else None,
        month_first_zone=re.compile(rf"(?<![\w+-])(?:{_alt(data['month_first_zones'])})(?!\w)")
        if data.get("month_first_zones") else None,
        day_first_zone=re.compile(rf"(?<![\w+-])(?:{_alt(data['day_first_zones'])})(?![\w+-])")
        if data.get("day_first_zones") else None,
        event_prefix=re.compile(rf"(?<!\w)(?:{_alt(data['event_prefixes'])})(?!\w)", re.I) if data.get("event_prefixes") else None,
        saved=re.compile(rf"(?<!\w)(?:{_alt(data['saved'])})(?!\w)", re.I) if data.get("saved") else None,
        elapsed=re.compile(rf"(?<!\w)(?:{_alt(data['elapsed'])})(?!\w)", re.I) if data.get("elapsed") else None,
        ahead=re.compile(rf"(?<!\w)(?:{_alt(data['ahead'])})(?!\w)", re.I) if data.get("ahead") else None,
        first_year_label=re.compile(rf"(?<!\w)(?:{_alt(data['first_year_labels'])})", re.I)
        if data.get("first_year_labels") else None,
        death=re.compile(rf"(?<!\w)(?:{_alt(data['death'])})(?!\w)", re.I) if data.get("death") else None,
    )


def _anniversary(patterns: Sequence[str]) -> re.Pattern[str] | None:
    good = []
    for k, p in enumerate(patterns):
        try:
            re.compile(p)
        except re.error:
            log.warning("pubdate lexicon: ignoring invalid anniversary pattern %r", p)
            continue
        # each pattern's groups renamed apart, so that they combine into one expression
        good.append("(?:" + re.sub(r"\(\?P<(n|u|half)>", rf"(?P<\g<1>{k}>", p) + ")")
    return re.compile(r"(?<!\w)(?:" + "|".join(good) + ")", re.I) if good else None


def _anniversary_months(m: re.Match[str], lex: _Lex) -> int | None:
    n_raw = next((v for k, v in m.groupdict().items() if v and k.startswith("n") and k[1:].isdigit()), None)
    unit = next((v for k, v in m.groupdict().items() if v and k.startswith("u")), "")
    half = any(v for k, v in m.groupdict().items() if v and k.startswith("half"))
    if n_raw is None:
        n = 0 if half else None
    elif n_raw.isdigit():
        n = int(n_raw)
    else:
        n = lex.numbers.get(n_raw.lower())
    if n is None:
        return None
    per = 12 if unit.lower().startswith(("jahr", "year")) else 1
    months = n * per + (per // 2 if half else 0)
    return months or None


def _value(
    m: re.Match[str], lex: _Lex, month_first: bool | None = None
) -> tuple[int | None, int, int | None, int | None] | None:
    """(year or None, month, day or None, weekday or None) of a date match, or None if impossible.

    ``month_first``: how a slash date that could be read both ways is read (True: month first,
    a US time zone follows it; False: day first, a European one does; None: it is not read)."""
    g = m.groupdict()
    wd = lex.weekdays.get(g["wd"].lower().rstrip(".")) if g.get("wd") else None
    y: int | None
    if g["iy"]:
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g["nd"]:
        y = (int(g["ny"]) if len(g["ny"]) == 4 else 2000 + int(g["ny"])) if g["ny"] else None
        mo, d = int(g["nm"]), int(g["nd"])
    elif g["sm"]:  # "03/11/2025", "03/11/25", "03-11-2025"
        y = int(g["dy"]) if g["dy"] else int(g["sy"]) if len(g["sy"]) == 4 else 2000 + int(g["sy"])
        a, b = int(g["sm"]), int(g["dd"] or g["sd"])
        if a > 12 >= b or (month_first is False and a != b and wd is None):
            mo, d = b, a  # "28/02/2024", "12/02/2025 - 14:31 CET": day first
        elif a != b and b <= 12 and wd is None and not month_first:
            return None  # "12/02/2025": US or British order? only a weekday or a time zone would tell
        else:
            mo, d = a, b
    elif g["td"]:
        y, mo, d = (int(g["ty"]) if g["ty"] else None), MONTHS[g["tm"].lower()], int(g["td"])
    elif g["um"]:
        if not g["um"][:1].isupper():
            return None  # "may 3": not a month
        y, mo, d = (int(g["uy"]) if g["uy"] else None), MONTHS[g["um"].lower()], int(g["ud"])
    elif g["mm"]:
        if not g["mm"][:1].isupper():
            return None
        return int(g["my"]), MONTHS[g["mm"].lower()], None, None
    else:
        return int(g["hy"]), int(g["hm"]), None, None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if y is not None:
        try:
            day = date(y, mo, d)
        except ValueError:
            return None
        if wd is not None and day.weekday() != wd:
            return None  # "Monday 6/3/24" must be a Wednesday: the weekday checks the reading
    return y, mo, d, wd


_SEP = " \t•·*|>–—-"
_LINE_PREFIX = re.compile(r"^(?:[^\d\n.!?]{1,60}?)\s*(?::|\||/|·|—|–|-)\s*")
_DATELINE_PLACE = re.compile(r"^[A-ZÄÖÜ][\w.'’-]*(?:[ /,-]+[A-ZÄÖÜ][\w.'’-]*){0,3},\s+")
_DATELINE_END = re.compile(r"\s*(?:\((?P<src>[^()\n]{2,40})\)\s*\.?)?\s*(?:[-–—|:]|$|(?<=\.)\s)")
_WORD = re.compile(r"[^\W\d_]+")


_DIGIT = re.compile(r"\d")
_SEPARATED = re.compile(r"\s*[·•|]\s")
_SEPARATOR = re.compile(r"[|•·/]")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, raw))
        pos += len(raw) + 1
    return out


def _embed_marker() -> re.Pattern[str] | None:
    from desktop.core.structure import load_lexicon as structure_lexicon

    return getattr(structure_lexicon(), "embed_marker", None)


def title_start(regions: Sequence[Region] | None) -> int | None:
    """Where the headline starts: the structure's title, else its first piece of article text."""
    regions = regions or ()
    at = min((r.start for r in regions if r.kind == "title"), default=None)
    return at if at is not None else min((r.start for r in regions if r.kind in ARTICLE_REGION_KINDS), default=None)


def _region_kind(regions: Sequence[Region] | None, pos: int) -> str | None:
    for r in regions or ():
        if r.start <= pos < r.end:
            return r.kind
    return None


def _foreign(regions: Sequence[Region] | None, pos: int) -> bool:
    return _region_kind(regions, pos) in _FOREIGN_KINDS | _QUOTED_KINDS


def find_stamps(text: str, regions: Sequence[Region] | None = None) -> list[Stamp]:
    """Every date line the text gives for itself, in text order (see the module docstring).

    An undated article is read for them up to three times (its own date, the evidence for
    inference, its story's year): the stamps of the last 512 texts are kept."""
    return list(_stamps(text, tuple(regions) if regions is not None else None))


def line_stamps(line: str) -> list[Stamp]:
    """The stamps of one short line (not cached: the cache keeps whole texts)."""
    return _find_stamps(line, None)


@lru_cache(maxsize=512)
def _stamps(text: str, regions: tuple[Region, ...] | None) -> tuple[Stamp, ...]:
    return tuple(_find_stamps(text, regions))


#: a time zone this many characters after a numeric date tells its order ("04-03-2025 IST": 4 March)
ZONE_REACH = 7
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])([0-3]?\d)([/-])([0-3]?\d)\2(?:19|20)\d\d(?![\d/-])")


def _numeric_order(text: str) -> bool | None:
    """How the page writes its numeric dates, where one of them shows it: True for month first
    ("03/14/2024" elsewhere on the page), False for day first ("14/03/2024"), None when none
    does or they disagree."""
    seen: set[bool] = set()
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b >= 1:
            seen.add(False)
        elif b > 12 >= a >= 1:
            seen.add(True)
    return next(iter(seen)) if len(seen) == 1 else None


def _find_stamps(text: str, regions: Sequence[Region] | None) -> list[Stamp]:
    lex = load_lexicon()
    out: list[Stamp] = []
    taken: list[tuple[int, int]] = []
    title_at = title_start(regions)
    body_at = min((r.start for r in regions or () if r.kind in ("body", "lead")), default=None)

    def add(kind: str, a: int, b: int, m: re.Match[str]) -> bool:
        v = _value(m, lex, month_first(text, a, b))
        where = _region_kind(regions, a)
        if v is None or where in _FOREIGN_KINDS:
            return False
        line_start = text.rfind("\n", 0, a) + 1
        if where in _QUOTED_KINDS:
            # only an embedded post's signature line ("— Name (@handle) June 3, 2024") dates a post
            # quoted by the article; a photo caption's date may be years old
            line_end = text.find("\n", b)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            embed = _embed_marker()
            if embed is None or not embed.search(line):
                return False
            kind = "quoted"
        if lex.old is not None and lex.old.search(text, line_start, b):
            return False  # "KOMMENTAR DAMALS: 12.4.1988": a quoted old stamp
        if lex.saved is not None and lex.saved.search(text, line_start, base + m.start()):
            return False  # "Saved on 2 May 2025": the day the page was saved, not written
        above = title_at is not None and b <= title_at
        # a widget shows the weekday and opens its line ("Sonntag, 10. März 2024 | 8 °C"); a line with a
        # name before its date ("County Today: Wednesday 2/28/24") is the page's own heading
        widget = (above and kind == "line" and v[3] is not None and base + m.start() == a
                  and not text[line_start:a].strip()
                  and not any(r.is_article and r.start < a for r in regions or ())
                  and any(r.kind in _MENU_KINDS and r.start >= b and (body_at is None or r.start < body_at)
                          for r in regions or ()))
        out.append(Stamp(a, b, kind, v[0], v[1], v[2], v[3], text[a:b].strip(),
                         above_title=above, head=not body_seen, widget=widget))
        taken.append((a, b))
        return True

    order: list[bool | None] = []

    def month_first(s: str, a: int, b: int) -> bool | None:
        # the zone of the stamp's clock time, or one right after a date without a clock ("04-03-2025 IST")
        b = min(len(s), b + ZONE_REACH)
        if lex.month_first_zone is not None and lex.month_first_zone.search(s, a, b):
            return True
        if lex.day_first_zone is not None and lex.day_first_zone.search(s, a, b):
            return False
        if not order:
            order.append(_numeric_order(text))
        return order[0]

    def date_with_time(s: str, pos: int) -> tuple[re.Match[str], int] | None:
        m = lex.date.match(s, pos)
        if not m:
            # "Updated 8:10 AM EDT, Wed March 12, 2025": the clock time before the date
            t = lex.time.match(s, pos)
            if t is None or t.end() == pos:
                return None
            m = lex.date.match(s, t.end() + len(s[t.end():]) - len(s[t.end():].lstrip(" ,|·•-–—")))
            if not m:
                return None
            return m, m.end()
        t = lex.time.match(s, m.end())
        return m, (t.end() if t else m.end())

    # a long paragraph ending a sentence came before: the head of the page is over, and a date line
    # after it is no longer the article's date block (the paragraph's own opening dateline still is)
    body_seen = False
    body_next = False
    base = 0  # where the line's text (the string the date matches are made in) starts
    for off, raw in _lines(text):
        s = raw
        body_seen = body_seen or body_next
        body_next = len(raw.split()) >= BODY_WORDS and raw.rstrip()[-1:] in ".!?\"“”"
        lead = len(s) - len(s.lstrip(_SEP))
        body = s[lead:]
        base = off + lead
        if not body.strip():
            continue
        words = len(body.split())
        # a dateline may wrap ("Linz, 16. Januar\n2024 - ..."): read on into the next line
        window = text[off + lead : off + lead + 200]
        if not _DIGIT.search(window):
            continue  # every date line names its day or year in figures
        got = False
        # 1. labels ("Stand: ...", "Veröffentlicht: Montag, 03.06.2024, 07:45 Uhr", " date 2024-06")
        starts = []
        if lex.start_label is not None:
            sm = lex.start_label.match(body)
            if sm:
                starts.append(sm)
        if words <= 40:
            found = list(lex.label.finditer(body))
        else:  # in a long paragraph a label counts only at its start or after a separator
            found = [lm for k in [0, *(x.end() for x in _SEPARATOR.finditer(body))]
                     if (lm := lex.label.match(body, k + (1 if body[k:k + 1] == " " else 0)))]
        for lm in found:
            if starts and lm.start() == starts[0].start():
                continue  # the same label as a line-start label
            if lm.start() == 0 or words <= 40 or body[max(0, lm.start() - 2) : lm.start()].strip() in ("|", "•", "·", "/"):
                starts.append(lm)
        for lm in starts:
            if is_event_day(body, lm.end()):
                continue  # "Closing date: 15 April 2023": an event's day, whatever label it contains
            hit = date_with_time(body, lm.end())
            if hit is None and words <= 15:
                # "Sendung: Abendnachrichten, 03.06.2024 19:00 Uhr": a few words between label and date
                gap = re.match(r"[^\d\n]{1,40}?(?=\d|[A-Z][a-z]{2,}\.?\s+\d)", body[lm.end():])
                if gap:
                    hit = date_with_time(body, lm.end() + gap.end())
            if hit is not None:
                m, end = hit
                got |= add("label", off + lead + lm.start(), off + lead + end, m)
        if got:
            continue
        # 2. datelines opening a paragraph: "Graz, 3. Juni 2024 |", "(03.06.2024) Der ..."
        pm = _DATELINE_PLACE.match(window)
        if pm and not any(w.lower() in lex.weekdays for w in _WORD.findall(pm.group())):
            hit = date_with_time(window, pm.end())
            if hit is not None and hit[0].group("wd") is None:
                em = _DATELINE_END.match(window, hit[1])
                if em and (em.group("src") or em.group().strip()):
                    got = add("dateline", off + lead, off + lead + em.end(), hit[0])
        if not got and window.startswith("("):
            hit = date_with_time(window, 1)
            if hit is not None and window[hit[1] : hit[1] + 1] == ")" and (hit[0].group("nd") and hit[0].group("ny")):
                got = add("dateline", off + lead, off + lead + hit[1] + 1, hit[0])
        if got:
            continue
        # 3. ticker stamps and date lines: "[Update vom] [Montag,] 3. Juni, 6.30 Uhr[: text]"
        pos = 0
        tl = lex.ticker_label.match(body) if lex.ticker_label is not None else None
        if tl:
            pos = tl.end()
        hit = date_with_time(body, pos)
        prefix_words = 0
        if hit is None and words <= 14:
            # "Northbay Today: Monday 6/3/24", "Town Desk / Jun 03, 2024 / 10:15 AM IST"
            px = _LINE_PREFIX.match(body)
            if px:
                hit = date_with_time(body, px.end())
                prefix_words = len(px.group().split())
            if hit is None:
                # "— Name (@handle) June 3, 2024", "Press Agency June 3, 2024"
                for dm in lex.date.finditer(body):
                    if dm.start() > 0 and len(body[: dm.start()].split()) <= 5:
                        hit = date_with_time(body, dm.start())
                        prefix_words = len(body[: dm.start()].split())
                    break
            if hit is not None and lex.event_prefix is not None and lex.event_prefix.search(body, 0, hit[0].start()):
                hit = None  # "Wann: Sonntag, 5. März 2023", "Anpfiff: ...": the day of an event, not of writing
        if hit is not None and words <= 14 and _value(hit[0], lex, month_first(body, hit[0].start(), hit[1])) is None:
            # "03/12/2025March 12, 2025": an unreadable date and, right after it, a readable one
            nxt = lex.date.match(body, hit[0].end() + len(body[hit[0].end():]) - len(body[hit[0].end():].lstrip(" ,|·•/-–—")))
            if nxt is not None and nxt.end() > nxt.start():
                hit = date_with_time(body, nxt.start())
        if hit is not None:
            m, end = hit
            v = _value(m, lex, month_first(body, m.start(), end))
            rest = body[end:]
            clock_first = lex.time.match(body, pos)  # "14:02, 3 MAR 2024": the clock before the date
            has_time = end > m.end() or (clock_first is not None and pos < clock_first.end() <= m.start())
            if v is not None and v[2] is not None:
                trail = lex.label.match(rest, len(rest) - len(rest.lstrip(" |•·,")))
                if trail:
                    # "February 12, 2025 6:02 PM GMT+1 Updated 2 hours ago", "March 12, 2025Updated 4:02 p.m. ET":
                    # the update note belongs to the date line
                    t = lex.time.match(rest, trail.end())
                    if t is not None and t.end() > trail.end() and not rest[t.end():].strip():
                        end += t.end()
                    rest = ""
                rest_words = _WORD.findall(rest)
                if len(rest_words) <= 5 and _SEPARATED.match(rest):
                    rest, rest_words = "", []  # "03.06.2024, 14:31 Uhr · Von Jan Roe": a byline beside it
                if has_time and (rest.lstrip()[:1] in (":", "-", "–", "|", "") or tl):
                    kind = "ticker" if (v[0] is None or tl or rest.strip()) else ("line" if body_seen else "timed")
                    add(kind, off + lead, off + lead + end, m)
                    continue
                if len(rest_words) <= 2 and not re.search(r"[.!?]\s*$", rest) and prefix_words <= 5 and words <= 14:
                    if v[0] is not None or v[3] is not None or has_time:
                        kind = ("timed" if has_time and not body_seen else "line") if v[0] is not None else "ticker"
                        add(kind, off + lead, off + lead + end, m)
                        continue
    # 4. weekdays with their dates in the body, and "heute, Montag"
    for wm in lex.weekday_date.finditer(text):
        if any(a <= wm.start() < b for a, b in taken):
            continue
        wdate = lex.date.match(text, wm.end())
        if not wdate or wdate.group("wd"):
            continue
        v = _value(wdate, lex)
        if v is None or v[2] is None or _foreign(regions, wm.start()):
            continue
        wd = lex.weekdays[wm.group("w").lower()]
        y = v[0]
        if y is not None and date(y, v[1], v[2]).weekday() != wd:
            continue
        out.append(Stamp(wm.start(), wdate.end(), "weekday", y, v[1], v[2], wd, text[wm.start() : wdate.end()]))
    if lex.anniversary is not None:
        for am in lex.anniversary.finditer(text):
            months = _anniversary_months(am, lex)
            if months is None or _foreign(regions, am.start()):
                continue
            # the date it counts from: the first one after the phrase (up to the next sentence), else just before it
            stop = _SENTENCE_END.search(text, am.end())
            after = list(lex.date.finditer(text, am.end(), min(stop.start() if stop else len(text), am.end() + 200)))
            before = list(lex.date.finditer(text, max(0, am.start() - 150), am.start()))
            before_phrase = text[max(0, am.start() - 20) : am.start()]
            said = _WORD.findall(before_phrase)
            said_wd = lex.weekdays.get(said[-1].lower()) if said and re.fullmatch(
                r"[^\W\d_]+[\s,]*", before_phrase[before_phrase.rfind(said[-1]):]) else None  # "Sunday marks ...", not "... am Montag. Heute vor"
            for dm in after[:1] + before[-1:]:
                v = _value(dm, lex)
                if v is not None and v[2] is not None:
                    out.append(Stamp(am.start(), dm.end(), "anniversary", v[0], v[1], v[2], said_wd,
                                     text[min(am.start(), dm.start()) : max(am.end(), dm.end())], months))
                    break
            else:
                st = _anniversary_referent(text, am, months, said_wd, lex)
                if st is not None:
                    out.append(st)
    if lex.today is not None:
        for tm in lex.today.finditer(text):
            if not _foreign(regions, tm.start()):
                out.append(Stamp(tm.start(), tm.end(), "today", None, None, None, lex.weekdays[tm.group("wd").lower()], tm.group()))
    out.sort(key=lambda s: s.start)
    return out


def is_old(text: str, start: int) -> bool:
    """An old-stamp word ("DAMALS: 12.4.1988") or a word of saving ("Saved on 2 May 2025",
    "Abgerufen am ...") stands before the date at ``start`` on its line."""
    lex = load_lexicon()
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 80:
        return False
    return any(p is not None and p.search(text, line_start, start) for p in (lex.old, lex.saved))



def is_elapsed(text: str, end: int) -> bool:
    """Words after the date ending at ``end``, in its sentence or the next two, say time has passed
    since it ("Am 3. Mai 2019 brach der Damm. Seither ...", "ever since"): not the day of writing."""
    lex = load_lexicon()
    if lex.elapsed is None:
        return False
    stop = end
    for _ in range(3):
        m = _SENTENCE_END.search(text, stop, stop + 400)
        stop = m.end() if m else min(len(text), stop + 400)
    return bool(lex.elapsed.search(text, end, stop))


def is_death(text: str, start: int, end: int) -> bool:
    """The sentence of the date at ``start:end`` says someone died on it ("ist am 28. Februar 2024
    gestorben", "died on Feb. 27, 2024"): an obituary's or a report's day of death, not of writing."""
    lex = load_lexicon()
    return lex.death is not None and bool(lex.death.search(sentence_at(text, start, end)))


def is_event_day(text: str, start: int) -> bool:
    """An event's name stands before the date on its line ("Wann: Sonntag, 5. März 2023")."""
    lex = load_lexicon()
    line_start = text.rfind("\n", 0, start) + 1
    return lex.event_prefix is not None and start - line_start <= 40 and bool(lex.event_prefix.search(text, line_start, start))


def is_ahead(clause: str) -> bool:
    """The clause speaks of a day to come in the present tense ("Die Wahl findet am Sonntag statt")."""
    lex = load_lexicon()
    return lex.ahead is not None and bool(lex.ahead.search(clause))


def is_birth(text: str, start: int, end: int | None = None) -> bool:
    """The date at ``start:end`` is a birth date ("born ... on 3 May 1931", "am ... geboren")."""
    lex = load_lexicon()
    if lex.birth is None:
        return False
    end = start if end is None else end
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 120)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min([*ends, end + 120])
    return bool(lex.birth.search(text, max(0, lo), hi))


def _years_for(
    st: Stamp, month_hint: tuple[int, int] | None, today: date, text_years: Sequence[int], year_hint: int | None = None
) -> list[int]:
    if st.year is not None:
        return [st.year]
    assert st.month is not None and st.day is not None
    if month_hint is None and year_hint is not None:
        # the year of the article's story; a weekday, if written, must fit it
        try:
            fits = st.weekday is None or date(year_hint, st.month, st.day).weekday() == st.weekday
        except ValueError:
            return []
        return [year_hint] if fits else []
    if month_hint is not None:
        y, mo = month_hint
        # a stamp of the header's month or a little before it: that year; December before a January header: the year before
        return [y if st.month <= mo else y - 1] if (mo - st.month) % 12 <= 2 else []
    if st.weekday is None:
        return []
    cands = []
    for y in range(today.year - WEEKDAY_YEARS, today.year + 1):
        try:
            d = date(y, st.month, st.day)
        except ValueError:
            continue
        if d.weekday() == st.weekday and d <= today:
            cands.append(y)
    # the years the text names bound it: not before the latest, at most a year after it
    # (years long past are history or names, "SV 1899", and say nothing)
    recent = [y for y in text_years if today.year - HISTORY_YEARS <= y <= today.year]
    if recent:
        cands = [y for y in cands if max(recent) <= y <= max(recent) + 1]
    return cands if len(cands) == 1 else []


def _content_words(s: str, lex: _Lex) -> set[str]:
    """The words of ``s`` that carry its content (four letters or more, no filler), cut to a stem."""
    return {w.lower()[:6] for w in _WORD.findall(s) if len(w) >= 4 and w.lower() not in lex.filler}


def _anniversary_referent(text: str, am: re.Match[str], months: int, said_wd: int | None, lex: _Lex) -> Stamp | None:
    """An anniversary phrase whose date stands elsewhere ("Tuesday marks one year since X was
    shot", with "Feb. 23, 2020: X is shot ..." further down): the one fully dated statement that
    repeats what the phrase names."""
    end = _SENTENCE_END.search(text, am.end())
    named = _content_words(text[am.end() : end.start() if end else len(text)], lex)
    if len(named) < REFERENT_WORDS:
        return None
    scored: list[tuple[int, re.Match[str], tuple[int | None, int, int | None, int | None]]] = []
    for dm in lex.date.finditer(text):
        if am.start() <= dm.start() < (end.end() if end else len(text)):
            continue
        v = _value(dm, lex)
        if v is None or v[0] is None or v[2] is None:
            continue
        stop = _SENTENCE_END.search(text, dm.end())
        said = text[dm.end() : min(stop.start() if stop else len(text), dm.end() + 300)]
        scored.append((len(named & _content_words(said, lex)), dm, v))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < REFERENT_WORDS or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    _, dm, v = scored[0]
    return Stamp(am.start(), am.end(), "anniversary", v[0], v[1], v[2], said_wd,
                 f"{text[am.start() : am.end()]} … {text[dm.start() : dm.end()]}", months)


def _anniversary_day(st: Stamp, month_hint: tuple[int, int] | None) -> date | None:
    """The day an anniversary phrase dates: the named date plus its months (a yearless date
    needs the month header, and the sum must fall in it)."""
    assert st.month is not None and st.day is not None
    if st.year is not None:
        total = st.year * 12 + st.month - 1 + st.months
    elif month_hint is not None and (st.month - 1 + st.months) % 12 == month_hint[1] - 1:
        total = month_hint[0] * 12 + month_hint[1] - 1
    else:
        return None
    try:
        return date(total // 12, total % 12 + 1, st.day)
    except ValueError:
        return None


def _text_years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<![\d./-])((?:19|20)\d\d)(?![\d./-])", text)]


def own_date(
    text: str,
    stamps: Sequence[Stamp],
    month_hint: tuple[int, int] | None = None,
    today: date | None = None,
    is_future: Callable[[str], bool] | None = None,
    year_hint: int | None = None,
    kinds: frozenset[str] | None = None,
    head_only: bool = False,
) -> PubDate | None:
    """The publication date the stamps give, or None.

    Labels and datelines first (the first one in the text), then bare date lines,
    then ticker stamps (the latest), then weekday dates of the body (the latest one
    not about the future).  ``month_hint`` is a month-only header (year, month): a
    stamp outside it does not count.  ``is_future(clause)`` tells a clause about the
    future (its weekday date is no day of writing); ``year_hint`` is the year of the article's
    story (from other articles), for stamps without a year; ``kinds`` limits the stamps read, ``head_only``
    to those before the body; ``today`` bounds yearless dates (default: the clock).  A strong stamp
    below the body (a teaser's label) counts no more than a bare date line."""
    today = today or date.today()
    years = _text_years(text)
    best: tuple[tuple[int, int, bool, int], date, Stamp] | None = None
    weekday_days: list[date] = []
    own: list[tuple[int, date, Stamp]] = []  # (offset, day, stamp) of the strong stamps of the page's head
    # bare date lines of several days (a chronology's headings) count only near the top
    line_days = {(s.year, s.month, s.day) for s in stamps if s.kind in ("line", "timed")}
    for st in stamps:
        if st.kind not in RANK or st.month is None or st.day is None or (kinds is not None and st.kind not in kinds):
            continue
        if (head_only and not st.head) or st.widget:
            continue
        if st.kind in ("line", "timed") and len(line_days) > 1 and st.start >= HEAD_LINES_CHARS:
            continue
        if st.kind == "weekday":
            clause = clause_at(text, st.start, st.end)
            if (is_future is not None and is_future(clause)) or is_ahead(sentence_at(text, st.start, st.end)) \
                    or is_elapsed(text, st.end) or is_event_day(text, st.start) or is_death(text, st.start, st.end):
                continue
        if is_birth(text, st.start, st.end):
            continue
        if st.kind == "anniversary":
            got = _anniversary_day(st, month_hint)
            if got is None or (st.weekday is not None and got.weekday() != st.weekday):
                continue  # a weekday before the phrase must be the day it gives
            d = got
        else:
            ys = _years_for(st, month_hint, today, years, year_hint)
            if len(ys) != 1:
                continue
            try:
                d = date(ys[0], st.month, st.day)
            except ValueError:
                continue
        if d > today:
            continue
        if month_hint is not None and (d.year, d.month) != month_hint and st.kind != "label":
            continue
        if st.kind in ("line", "timed") and any(d.year < y <= today.year for y in years):
            continue  # a bare date line older than years the text names: a quoted old stamp
        rank = RANK[st.kind]
        if rank == 0 and not st.head:
            rank = RANK["line"]  # a label below the body may be a teaser's: no stronger than the head's date line
        if st.kind == "weekday":
            weekday_days.append(d)
        # a first publication before the other strong stamps; then the first of labels, datelines
        # and lines, the latest of ticker stamps and weekday dates
        order = -d.toordinal() if st.kind in ("ticker", "weekday") else st.start
        # (a first-publication label below the body may be a teaser's: it counts in the text's order)
        first = rank == 0 and st.head and priority(st.text) == FIRST
        key = (rank, FIRST if first else PLAIN, st.above_title, order)
        if rank == 0 and st.head and not st.above_title:
            own.append((st.start, d, st))
        if best is None or key < best[0]:
            best = (key, d, st)
    if best is None:
        return None
    if best[0][0] == 0 and best[2].head and priority(best[2].text) == UPDATE:
        # "Aktualisiert: 04.03.2024 ..." above "Von Jan Roe | 03.03.2024, 14:02 Uhr": the update came
        # later; the article's other own stamp of an earlier day is its first publication
        earlier = [c for c in own if c[1] < best[1] and priority(c[2].text) != UPDATE]
        if earlier:
            _, d, st = min(earlier, key=lambda c: c[0])
            best = (best[0], d, st)
    if best[2].kind == "weekday" and (max(weekday_days) - min(weekday_days)).days > WEEK_SPREAD:
        return None  # weekday dates of more than one week (a ticker's older entries): no day of writing
    return PubDate(best[1], Precision.DAY, DateSource.TEXT, best[2].text[:120])


_CLAUSE_START = re.compile(r"[,;:.!?\n–—]")
_CLAUSE_END = re.compile(r"[,;.!?\n]\s")


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around a date (dots of dates and numbers are no sentence end)."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    m = _SENTENCE_END.search(text, end)
    return text[lo : m.start() if m else len(text)]


def clause_at(text: str, start: int, end: int) -> str:
    """The clause around a date: from the punctuation before it to the punctuation after it."""
    lo = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    m = _CLAUSE_END.search(text, end)
    return text[lo : m.start() if m else len(text)]


#: the stamps that are the article's own beyond doubt (a label, a dateline, a date line with its clock time)
STRONG = frozenset({"label", "dateline", "timed"})


def priority(stamp_text: str) -> int:
    """FIRST for a first-publication label ("Veröffentlicht am", "First published on"), UPDATE for
    an update label ("Aktualisiert", "Updated", "Stand"), else PLAIN."""
    lex = load_lexicon()
    s = stamp_text.strip()
    if lex.first_label is not None and lex.first_label.match(s):
        return FIRST
    if lex.update_label is not None and lex.update_label.match(s):
        return UPDATE
    return PLAIN


#: a first-publication label with a year and no day: "First published in 2019, ...", "Erstmals erschienen 2019"
_YEAR_ONLY = re.compile(r"\s*:?\s*(?:in\s+|im\s+(?:Jahr\s+)?)?((?:19|20)\d\d)(?![\d./-]|\s*[-–]\s*\d)")


def first_year(text: str, limit: int = HEAD_LINES_CHARS) -> tuple[int, str] | None:
    """(year, its words) of a first-publication label in the page's head that gives a year only
    ("First published in 2019, this article was updated on 3 March 2024"): the day any other stamp
    gives is then at most an update's, unless it lies in that year."""
    lex = load_lexicon()
    if lex.first_year_label is None:
        return None
    for _, raw in _lines(text[:limit]):
        if len(raw.split()) > 40:
            continue
        for lm in lex.first_year_label.finditer(raw):
            ym = _YEAR_ONLY.match(raw, lm.end())
            if ym:
                return int(ym.group(1)), raw[lm.start() : ym.end()].strip()
    return None


def is_widget(text: str, regions: Sequence[Region] | None, evidence: str) -> bool:
    """The date line ``evidence`` is the site's date widget above its menu (see ``Stamp.widget``)."""
    ev = evidence.strip()
    return bool(ev) and any(st.widget and (st.text in ev or ev in st.text) for st in find_stamps(text, regions))


def is_bare_line(s: str) -> bool:
    """``s`` is a date (and time) with no label: a bare date line, which may be a site's widget."""
    lex = load_lexicon()
    s = s.strip()
    if lex.label.match(s) or (lex.start_label is not None and lex.start_label.match(s)):
        return False
    m = lex.date.match(s)
    if m is None:
        return False
    t = lex.time.match(s, m.end())
    if t is not None and t.end() > m.end():
        return False  # with its clock time: the article's stamp, not a "today" widget
    return not _WORD.findall(s[m.end():])


def month_header(text: str) -> tuple[int, int] | None:
    """A month-only header (`` date 2024-06``) or label with a month only."""
    for st in find_stamps(text[:400]):
        if st.kind == "label" and st.day is None and st.year is not None and st.month is not None:
            return st.year, st.month
    return None


def quoted_days(stamps: Sequence[Stamp]) -> list[date]:
    """The full dates of captions and embedded posts (each at most a lower bound of the article's day)."""
    out = []
    for s in stamps:
        if s.kind == "quoted" and s.year is not None and s.month is not None and s.day is not None:
            try:
                out.append(date(s.year, s.month, s.day))
            except ValueError:
                continue
    return out


def today_weekday(stamps: Sequence[Stamp]) -> int | None:
    """The weekday the article names as the day of writing ("heute, Montag"), if one."""
    wds = {s.weekday for s in stamps if s.kind == "today" and s.weekday is not None}
    return wds.pop() if len(wds) == 1 else None
