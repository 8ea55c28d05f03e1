"""Publication dates: from the user, from metadata, from the text, or from other articles of the story.

Never from the file's modification time.  Where nothing says, the date stays
unknown and the article's relative dates stay unresolved.

Inference works on *evidence* read from an article's own temporal expressions
(tagged without an anchor): the years it names, the latest day it names as past
(``in der Nacht zum 13. Februar``), and the weekdays it reports (``am Mittwoch``).
Articles of the same story -- found by the words they share -- are published
within days of each other, so an article's weekday is resolved against the
latest day its story names, and an article without any evidence takes the date
of its closest sibling.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core.model import Article, DateSource, Precision, PubDate, Region, Timex
from desktop.core.readers.dates import MONTHS

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_YEARLESS = re.compile(r"^XXXX-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "sonnabend": 5, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_WEEKDAY_RE = re.compile(r"(?i)(" + "|".join(_WEEKDAYS) + r")")
_TOKEN = re.compile(r"\w+")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass
class Evidence:
    years: Counter[int] = field(default_factory=Counter)
    latest_day: date | None = None  # latest full date named as past (with year)
    yearless: list[tuple[int, int]] = field(default_factory=list)  # (month, day) named as past, no year
    weekdays: list[int] = field(default_factory=list)  # weekdays named as past, in text order
    #: (weekday, event word) for weekdays named beside a specific event word ("Bundestagswahl am Sonntag")
    weekday_events: list[tuple[int, str]] = field(default_factory=list)
    latest_month: tuple[int, int] | None = None  # latest (year, month) named as past ("im Dezember 2024")
    today_weekday: int | None = None  # the weekday named as the day of writing ("heute, Montag")
    past_years: set[int] = field(default_factory=set)  # years named outside sentences about the future
    latest_at: int = -1  # offset of latest_day in the text
    quoted_days: list[date] = field(default_factory=list)  # days of captions and embedded posts
    yearless_at: list[int] = field(default_factory=list)  # offsets of the yearless dates
    #: latest_day is no day of writing: the text says time has passed since it ("Seither ..."), or
    #: it heads an item of a chronology ("18. Februar 2025: Delegationen treffen sich ..."), or someone
    #: died on it ("ist am 28. Februar 2024 gestorben": an obituary appears later)
    latest_elapsed: bool = False


#: a year named this close before a date without a year, in the same sentence, is that date's
#: year ("am 16. Dezember 2024 verloren, woraufhin ... am 27. Dezember")
_YEAR_REACH = 300
_BOUNDARY = re.compile(r"[.!?]\s|\n")


def _sentence_at(text: str, start: int, end: int) -> tuple[int, str]:
    lo = max((m.end() for m in _BOUNDARY.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    m = _BOUNDARY.search(text, end)
    hi = m.start() + 1 if m else len(text)
    return lo, text[lo:hi]


def evidence_from(
    timexes: Sequence[Timex],
    text: str | None = None,
    is_future: Callable[[str], bool] | None = None,
    event_word: Callable[[str, int, int], str | None] | None = None,
) -> Evidence:
    """What an article's own dates (tagged without an anchor) say about when it was written.

    With ``text`` and ``is_future``, dates in sentences about the future are no lower bound;
    with ``event_word`` (sentence, start, end -> the specific event word nearest to the date),
    weekdays are tied to the event they date."""
    from desktop.core.datelines import is_ahead, is_birth, is_death, is_elapsed, is_event_day, is_old, sentence_at

    ev = Evidence()
    last_year: tuple[int, int] | None = None  # (year, end offset) of the last explicit year
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        if t.type == "TIME" and _DAY.match(t.value or "") and not _NAMES_A_DAY.search(t.text) and not _WEEKDAY_RE.search(t.text):
            continue  # "um acht Uhr" after a date: its day is that date's, counted (or not) there
        if text is not None and (is_birth(text, t.start, t.end) or is_old(text, t.start)):
            continue  # "born on 3 May 1931": says nothing about when the article was written
        future = False
        sentence_start, sentence = 0, ""
        if text is not None:
            sentence_start, sentence = _sentence_at(text, t.start, t.end)
            future = bool(is_future and is_future(sentence)) or is_ahead(sentence_at(text, t.start, t.end)) \
                or is_event_day(text, t.start)
        v = t.value or ""
        m = _DAY.match(v)
        if m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if t.last is not None and t.precision in (Precision.DAY, Precision.RANGE) and (t.last - d).days <= 1:
                d = max(d, t.last)  # "in der Nacht zum 9. April": the 9th
            ev.years[d.year] += 2
            if not future:
                ev.past_years.add(d.year)
            last_year = (d.year, t.end)
            if not future and (ev.latest_day is None or d > ev.latest_day):
                ev.latest_day = d
                ev.latest_at = t.start
                ev.latest_elapsed = text is not None and (is_elapsed(text, t.end) or _list_item(text, t.start, t.end)
                                                          or is_death(text, t.start, t.end))
            continue
        m = _YEARLESS.match(v)
        if m:
            mo, dd = int(m.group(1)), int(m.group(2))
            if last_year is not None and last_year[1] >= sentence_start and t.start - last_year[1] <= _YEAR_REACH:
                try:
                    d = date(last_year[0], mo, dd)
                except ValueError:
                    continue
                if not future and (ev.latest_day is None or d > ev.latest_day):
                    ev.latest_day = d
                ev.latest_at = t.start
            elif not future:
                ev.yearless.append((mo, dd))
                ev.yearless_at.append(t.start)
            continue
        m = _MONTH.match(v)
        if m:
            ev.years[int(m.group(1))] += 1
            if not future:
                ev.past_years.add(int(m.group(1)))
            ym = (int(m.group(1)), int(m.group(2)))
            if not future and (ev.latest_month is None or ym > ev.latest_month):
                ev.latest_month = ym
            last_year = (int(m.group(1)), t.end)
            continue
        if re.match(r"^\d{4}$", v):
            ev.years[int(v)] += 1
            if not future:
                ev.past_years.add(int(v))
            last_year = (int(v), t.end)
        w = _WEEKDAY_RE.search(t.text)
        if w and t.first is None:
            wd = _WEEKDAYS[w.group(1).lower()]
            if not future:  # "will am Montag": no clue to when the article was written
                ev.weekdays.append(wd)
            if event_word is not None and sentence:
                word = event_word(sentence, t.start - sentence_start, t.end - sentence_start)
                if word:
                    ev.weekday_events.append((wd, word))
    if text is not None:
        for m in _YEAR_RANGE.finditer(text):  # "2016-2023": the range reaches 2023
            ev.years[int(m.group(2))] += 1
            ev.past_years.add(int(m.group(2)))
    return ev


_ITEM_END = re.compile(r"\s*:\s")


def _list_item(text: str, start: int, end: int) -> bool:
    """The date opens its line and a colon follows it: the heading of a chronology's item."""
    return (start == 0 or text[start - 1] == "\n") and bool(_ITEM_END.match(text, end))


#: a time expression that names its own day (a date, a year or a month), not "um acht Uhr"
_NAMES_A_DAY = re.compile(
    r"\d{1,2}\.\s?\d{1,2}\.|\d{1,2}/\d{1,2}|(?:19|20)\d\d|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE)
_YEAR_RANGE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s?[-–/]\s?((?:19|20)\d\d)(?![\d.])")


#: two articles sharing this share of their six-word sequences are the same report
#: (an agency text run by two outlets) and so appeared on the same day
SAME_REPORT = 0.06
#: an article appears within this many days after the latest day it names, when a sibling
#: article's date is used to place its weekdays
SIBLING_REACH_DAYS = 45


#: of the sibling articles that could place an article's weekdays, those at least this close to it
#: (relative to the closest) count: the same story, not another one of the same weeks
STORY_CLOSENESS = 0.5


def _words(article: Article, pattern: re.Pattern[str]) -> list[str]:
    words: list[str] = []
    regions: list[Region | None] = [r for r in article.regions if r.is_article] or [None]
    for r in regions:
        start, end = (r.start, r.end) if r is not None else (0, len(article.text))
        words += [w.lower() for w in pattern.findall(article.text, start, end)]
    return words


class _Space:
    """Articles as tf-idf vectors of their 60 most telling words (for telling stories apart)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        counts = {a.id: Counter(_words(a, _LONG_WORD)) for a in articles}
        df: Counter[str] = Counter()
        for v in counts.values():
            df.update(v.keys())
        n = len(counts) + 1
        self.vectors: dict[str, dict[str, float]] = {}
        self.norms: dict[str, float] = {}
        for aid, v in counts.items():
            weights = sorted(((c * math.log(n / df[w]), w) for w, c in v.items()), reverse=True)[:60]
            self.vectors[aid] = {w: x for x, w in weights}
            self.norms[aid] = math.sqrt(sum(x * x for x, _ in weights))

    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vectors[a], self.vectors[b]
        dot = sum(x * vb.get(w, 0.0) for w, x in va.items())
        den = self.norms[a] * self.norms[b]
        return dot / den if den else 0.0


#: two articles are of the same story when they share at least this many names (capitalised
#: words inside sentences: "Nordhafen", "Weber", "Selenskyj"), or at least three that are
#: this share of the shorter one's names
SAME_STORY_NAMES = 10
SAME_STORY_SHARE = 0.3
#: where a sibling only places weekdays (same year, within weeks of the article's own latest day),
#: five shared names that are a tenth of the shorter one's count: reports in two languages
LOOSE_STORY_NAMES = 5
LOOSE_STORY_SHARE = 0.1
_NAME = re.compile(r"(?<=[a-zäöüß,;:)\]\"“”»«] )([A-ZÄÖÜ][\w-]{3,})")


def _names(article: Article) -> set[str]:
    out: set[str] = set()
    regions: list[Region | None] = [r for r in article.regions if r.is_article] or [None]
    for r in regions:
        start, end = (r.start, r.end) if r is not None else (0, len(article.text))
        out.update(_NAME.findall(article.text, start, end))
    return {w for w in out if w.lower() not in _CALENDAR_WORDS}


#: weekday and month names are capitalised but name no story
_CALENDAR_WORDS = frozenset(_WEEKDAYS) | frozenset(MONTHS)


def _shingles(article: Article) -> set[tuple[str, ...]]:
    words = _words(article, _TOKEN)
    return {tuple(words[i:i + 6]) for i in range(len(words) - 5)}


def _event_anchor(
    ev: Evidence, event_days: Mapping[str, Mapping[date, str]], low: date | None, month: tuple[int, int] | None
) -> tuple[date, str, str] | None:
    """(publication day, event word, article) from an event another article dates by the calendar.

    The event's day a has the weekday this article gives it; the article appeared on the
    first day from a on that matches the latest weekday it reports as past."""
    best: tuple[date, str, str] | None = None
    for wd, word in ev.weekday_events:
        for d, article in sorted((event_days.get(word) or {}).items()):
            if d.weekday() != wd or (low is not None and d < low):
                continue
            if month is not None and (d.year, d.month) != month:
                continue
            day = d
            for w in ev.weekdays:
                day = max(day, d + timedelta(days=(w - d.weekday()) % 7))
            if best is None or day < best[0]:
                best = (day, word, article)
    return best


#: a date line whose year the text contradicts is read with the next year when the text's latest
#: month then lies at most this many days before it (January datelines with last year's number)
YEAR_SLIP_DAYS = 62


#: the latest day a text names dates it when it stands in the first this many characters of
#: the article (title, lead, dateline) ...
HEAD_CHARS = 400
#: ... or when a dated article of the same story appeared at most this many days from it
STORY_DAYS = 3


def _article_start(article: Article) -> int:
    return min((r.start for r in article.regions if r.is_article), default=0)


def _main_weekday(ev: Evidence) -> int | None:
    """The weekday the text reports most often as past, if one stands out."""
    top = Counter(ev.weekdays).most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _named_later(ev: Evidence, day: date) -> bool:
    """The text names a later month or year than ``day`` ("the bridge opened on 4 May 2016 ... repairs
    in 2016-2023"): that day is an old one, not the day of writing."""
    if ev.latest_month is not None and ev.latest_month > (day.year, day.month):
        return True
    # a year after this one is a plan or a number (four digits of a phone number), not a past year
    this_year = date.today().year
    return any(day.year < y <= this_year for y in ev.past_years)


def checked(pub: PubDate, ev: Evidence) -> PubDate | None:
    """A publication date read from the text, checked against the text's own dates.

    The text names as past a month after it ("Linz, 14. Januar 2024 - ... im
    Dezember 2024 stiegen die Preise"): the year is a slip when the next year fits,
    else the date is contradicted and stays unknown."""
    later = ev.latest_month
    if later is None or (pub.value.year, pub.value.month) >= later:
        return pub
    try:
        bumped = pub.value.replace(year=pub.value.year + 1)
    except ValueError:
        return None
    start = date(later[0], later[1], 1)
    if bumped >= start and (bumped - start).days <= YEAR_SLIP_DAYS:
        return PubDate(bumped, pub.precision, pub.source, f"{pub.evidence} (year read as {bumped.year}: the text reports {later[0]}-{later[1]:02d} as past)")
    return None


def _weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def infer(
    articles: Sequence[Article],
    evidence: Mapping[str, Evidence],
    known: Mapping[str, PubDate | None],
    event_days: Mapping[str, Mapping[date, str]] | None = None,
    own_with_year: Callable[[str, int], PubDate | None] | None = None,
) -> dict[str, PubDate | None]:
    """Publication dates for all articles: ``known`` day dates are kept, the rest inferred.

    An article is published on or soon after the latest day it names (its *lower
    bound*).  Its story's other articles give candidate days; the earliest one not
    before the lower bound (and inside the metadata month, if there is one) is the
    anchor against which its weekdays ("am Mittwoch") are resolved.  Without
    weekdays, the latest day it names is its date; without any evidence, the date of
    the article whose vocabulary is closest to it."""
    out: dict[str, PubDate | None] = dict(known)
    ids = [a.id for a in articles]
    by_id = {a.id: a for a in articles}

    def fixed_day(aid: str) -> date | None:
        p = out.get(aid)
        return p.value if p is not None and p.precision == Precision.DAY else None

    def month_of(aid: str) -> tuple[int, int] | None:
        p = known.get(aid)
        if p is not None and p.precision == Precision.MONTH:
            return p.value.year, p.value.month
        return None

    def own_year(aid: str) -> int | None:
        p = known.get(aid)
        if p is not None:
            return p.value.year
        ev = evidence.get(aid)
        return max(ev.years) if ev and ev.years else None

    names: dict[str, set[str]] = {}

    def same_story(a: str, b: str, loose: bool = False) -> bool:
        """``loose``: also a report in another language, which shares fewer spellings
        (Selenskyj/Zelensky); used only where the year and the weeks must fit as well."""
        for x in (a, b):
            if x not in names:
                names[x] = _names(by_id[x])
        shared = len(names[a] & names[b])
        smaller = min(len(names[a]), len(names[b]))
        if loose and shared >= LOOSE_STORY_NAMES and shared >= LOOSE_STORY_SHARE * smaller:
            return True
        return shared >= SAME_STORY_NAMES or (shared >= 3 and shared >= SAME_STORY_SHARE * smaller)

    # a year for each article: its metadata's; else the year of its story's dated articles, not
    # before the latest year its text names (an article naming "March 2022" in passing may well be
    # from 2025). Never a year from another story: dates without a year then stay unplaced.
    def year_for(aid: str) -> int | None:
        p = known.get(aid)
        if p is not None:
            return p.value.year
        text_year = own_year(aid)
        story = sorted({p.value.year for b, p in known.items() if p is not None and b != aid and b in by_id and same_story(aid, b)})
        later = [y for y in story if text_year is None or y >= text_year]
        return min(later) if later else None

    years = {a: year_for(a) for a in ids}

    def lower_bound(aid: str) -> date | None:
        ev = evidence.get(aid)
        if ev is None:
            return None
        best, at = ev.latest_day, ev.latest_at
        for q in ev.quoted_days:  # a post quoted in the article was written before it
            if best is None or q > best:
                best, at = q, -1
        y = years.get(aid)
        if y is not None:
            m = month_of(aid)
            for k, (mo, d) in enumerate(ev.yearless):
                try:
                    # in an article of a known month, a later month without a year is last year's
                    # ("am 30. Dezember" in a January article)
                    cand = date(y - 1 if m is not None and mo > m[1] else y, mo, d)
                except ValueError:
                    continue
                if best is None or cand > best:
                    best, at = cand, ev.yearless_at[k] if k < len(ev.yearless_at) else -1
        low_at[aid] = at
        m = month_of(aid)
        if best is not None and m is not None and (best.year, best.month) > m:
            return None
        return best

    low_at: dict[str, int] = {}
    low = {aid: lower_bound(aid) for aid in ids}

    def corroborated(aid: str, day: date) -> bool:
        """The latest day the text names dates it: it stands in the article's head (title,
        lead, dateline), or a dated article of the same story appeared within days of it."""
        start = _article_start(by_id[aid])
        if 0 <= low_at.get(aid, -1) - start < HEAD_CHARS:
            return True
        return any(abs((d - day).days) <= STORY_DAYS for b in dated if b != aid
                   and (d := fixed_day(b)) is not None and same_story(aid, b))

    def in_month(aid: str, d: date) -> bool:
        m = month_of(aid)
        p = known.get(aid)
        if p is not None and p.precision == Precision.YEAR and d.year != p.value.year:
            return False  # "First published in 2019": no day of another year
        return m is None or (d.year, d.month) == m

    def sibling_days(aid: str) -> list[tuple[date, str]]:
        """Days of the other articles (dated, or the latest day they name), earliest first:
        not before this article's lower bound, nor too long after it."""
        lo = low[aid]
        y = years.get(aid)
        cands = [(d, b) for d, b in day_index if b != aid and in_month(aid, d) and
                 (lo is None or lo <= d <= lo + timedelta(days=SIBLING_REACH_DAYS)) and
                 (y is None or d.year == y) and same_story(aid, b, loose=True)]
        if len(cands) > 1:
            sims = {b: space_().cosine(aid, b) for _, b in cands}
            top = max(sims.values())
            cands = [(d, b) for d, b in cands if sims[b] >= STORY_CLOSENESS * top]
        return cands[:3]

    space: _Space | None = None

    def space_() -> _Space:
        nonlocal space
        if space is None:
            space = _Space(articles)
        return space

    dated = [b for b in ids if fixed_day(b) is not None]
    shingles: dict[str, set[tuple[str, ...]]] = {}

    def same_report(aid: str) -> str | None:
        """The dated article that shares most of its wording with this one, if any does."""
        if aid not in shingles:
            shingles[aid] = _shingles(by_id[aid])
        mine = shingles[aid]
        best, best_share = None, SAME_REPORT
        for b in dated:
            if b == aid:
                continue
            if b not in shingles:
                shingles[b] = _shingles(by_id[b])
            theirs = shingles[b]
            share = len(mine & theirs) / max(1, min(len(mine), len(theirs)))
            if share >= best_share:
                best, best_share = b, share
        return best

    day_index = sorted((d, b) for b in ids if (d := fixed_day(b) or low[b]) is not None)

    # articles with more evidence first; those with none last (they copy a sibling)
    order = sorted(ids, key=lambda a: (low[a] is None and not (evidence.get(a) and evidence[a].weekdays),))
    for aid in order:
        if fixed_day(aid):
            continue
        y = years.get(aid)
        if own_with_year is not None and y is not None and known.get(aid) is None:
            # its own date line without a year ("Update vom 3. Juni, 11.40 Uhr"), in its story's year
            got = own_with_year(aid, y)
            if got is not None:
                out[aid] = got
                dated.append(aid)
                continue
        ev = evidence.get(aid) or Evidence()
        day: date | None = None
        source, why = DateSource.TEXT, ""
        latest = low[aid]
        anchored = _event_anchor(ev, event_days or {}, latest, month_of(aid))
        if anchored is not None:
            day, word, b = anchored
            source = DateSource.INFERRED
            why = f"'{word}' is dated in {by_id[b].title or by_id[b].path}" if b in by_id else f"'{word}' dated elsewhere"
        elif latest is not None and ev.weekdays and _main_weekday(ev) == latest.weekday() and \
                not _named_later(ev, latest) and not (latest == ev.latest_day and ev.latest_elapsed):
            # the latest day it names falls on the weekday it reports most: that day's news
            day = latest
            why = "the latest date it names, on the weekday it reports"
        elif ev.today_weekday is not None and latest is not None and month_of(aid) is not None:
            # "heute, Montag" in a month-only dated article: the first such day from the latest day it names
            day = latest + timedelta(days=(ev.today_weekday - latest.weekday()) % 7)
            why = "the weekday it names as today, after the latest date it names"
        elif ev.weekdays:
            wd = Counter(ev.weekdays).most_common(1)[0][0]
            # a weekday needs a time frame: the article's own dates or its month
            sibs = sibling_days(aid) if low[aid] is not None or month_of(aid) is not None else []
            if sibs:
                anchor, b = sibs[0]
                day = _weekday_on_or_before(anchor, wd)
                if low[aid] is not None and day < low[aid]:  # type: ignore[operator]
                    day = _weekday_on_or_before(anchor + timedelta(days=6), wd)
                source = DateSource.INFERRED
                why = f"weekday in the text, resolved against {by_id[b].title or by_id[b].path}"
            # alone, a weekday says nothing about the week: news dates this week's events by
            # weekday and older ones by the calendar, so the latest calendar date is no anchor
        elif (lo_day := low[aid]) is not None and not _named_later(ev, lo_day) and corroborated(aid, lo_day) and \
                not (lo_day == ev.latest_day and ev.latest_elapsed) and \
                not (lo_day in ev.quoted_days and lo_day != ev.latest_day):
            # (an embedded post's day only bounds the article's: it was written before it)
            day = low[aid]
            why = "the latest date the text names"
        else:
            same = same_report(aid)
            if same is not None:
                day = fixed_day(same)
                source = DateSource.INFERRED
                why = f"the same report as {by_id[same].title or by_id[same].path}"
        if day is None or not in_month(aid, day):
            continue
        out[aid] = PubDate(day, Precision.DAY, source, why)
        dated.append(aid)
    return out
