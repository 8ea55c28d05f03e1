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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from desktop.core.model import Article, DateSource, Precision, PubDate, Timex

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_YEARLESS = re.compile(r"^XXXX-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "sonnabend": 5, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_WEEKDAY_RE = re.compile(r"(?i)(" + "|".join(_WEEKDAYS) + r")")
_WORD = re.compile(r"[^\W\d_]{4,}")
#: the story's articles appear within this many days of each other
STORY_WINDOW_DAYS = 10
#: minimum cosine similarity of two articles' vocabularies to count as one story
STORY_SIMILARITY = 0.2


@dataclass
class Evidence:
    years: Counter[int] = field(default_factory=Counter)
    latest_day: date | None = None  # latest full date named (with year)
    yearless: list[tuple[int, int]] = field(default_factory=list)  # (month, day) without year
    weekdays: list[int] = field(default_factory=list)  # weekdays named, in text order
    future_weekdays: list[int] = field(default_factory=list)


def evidence_from(timexes: Sequence[Timex]) -> Evidence:
    ev = Evidence()
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        v = t.value or ""
        m = _DAY.match(v)
        if m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            ev.years[d.year] += 2
            if ev.latest_day is None or d > ev.latest_day:
                ev.latest_day = d
            continue
        m = _YEARLESS.match(v)
        if m:
            ev.yearless.append((int(m.group(1)), int(m.group(2))))
            continue
        m = _MONTH.match(v)
        if m:
            ev.years[int(m.group(1))] += 1
            continue
        if re.match(r"^\d{4}$", v):
            ev.years[int(v)] += 1
        w = _WEEKDAY_RE.search(t.text)
        if w and t.first is None:
            ev.weekdays.append(_WEEKDAYS[w.group(1).lower()])
    return ev


def _vector(article: Article) -> Counter[str]:
    words: Counter[str] = Counter()
    text = article.text
    for r in article.regions or ():
        if not r.is_article:
            continue
        words.update(w.lower() for w in _WORD.findall(text, r.start, r.end))
    if not article.regions:
        words.update(w.lower() for w in _WORD.findall(text))
    return words


def _cosine(a: Counter[str], b: Counter[str], idf: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(a[w] * b[w] * idf.get(w, 1.0) ** 2 for w in a.keys() & b.keys())
    na = math.sqrt(sum((c * idf.get(w, 1.0)) ** 2 for w, c in a.items()))
    nb = math.sqrt(sum((c * idf.get(w, 1.0)) ** 2 for w, c in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def _weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def infer(
    articles: Sequence[Article],
    evidence: Mapping[str, Evidence],
    known: Mapping[str, PubDate | None],
) -> dict[str, PubDate | None]:
    """Publication dates for all articles: ``known`` day dates are kept, the rest inferred."""
    out: dict[str, PubDate | None] = dict(known)
    ids = [a.id for a in articles]
    by_id = {a.id: a for a in articles}
    vectors = {a.id: _vector(a) for a in articles}
    df: Counter[str] = Counter()
    for v in vectors.values():
        df.update(v.keys())
    n = max(1, len(articles))
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    sim = {
        (a, b): _cosine(vectors[a], vectors[b], idf) for a in ids for b in ids if a < b
    }

    def similarity(a: str, b: str) -> float:
        return sim.get((a, b)) or sim.get((b, a)) or 0.0

    def fixed_day(aid: str) -> date | None:
        p = out.get(aid)
        return p.value if p is not None and p.precision == Precision.DAY else None

    def month_of(aid: str) -> tuple[int, int] | None:
        p = known.get(aid)
        if p is not None and p.precision == Precision.MONTH:
            return p.value.year, p.value.month
        return None

    def year_of(aid: str) -> int | None:
        p = known.get(aid)
        if p is not None:
            return p.value.year
        ev = evidence.get(aid)
        if ev and ev.years:
            recent = max(ev.years)
            return recent
        return None

    def siblings(aid: str) -> list[str]:
        out_ = [b for b in ids if b != aid and similarity(aid, b) >= STORY_SIMILARITY]
        return sorted(out_, key=lambda b: -similarity(aid, b))

    # 1. a year for each article: its own, else its story's
    years: dict[str, int | None] = {}
    for aid in ids:
        y = year_of(aid)
        if y is None:
            ys = Counter(year_of(b) for b in siblings(aid))
            ys.pop(None, None)
            y = ys.most_common(1)[0][0] if ys else None
        years[aid] = y

    # 2. the latest day each article names as past
    def text_day(aid: str) -> date | None:
        ev = evidence.get(aid)
        if ev is None:
            return None
        best = ev.latest_day
        y = years.get(aid)
        if y is not None:
            for mo, d in ev.yearless:
                try:
                    cand = date(y, mo, d)
                except ValueError:
                    continue
                if best is None or cand > best:
                    best = cand
        m = month_of(aid)
        if best is not None and m is not None and (best.year, best.month) > m:
            return None
        return best

    latest = {aid: text_day(aid) for aid in ids}

    def compatible(aid: str, b: str) -> bool:
        """Could these two be published within the story window of each other?"""
        da, db = fixed_day(aid) or latest[aid], fixed_day(b) or latest[b]
        ma, mb = month_of(aid), month_of(b)
        if ma and db and (db.year, db.month) != ma and abs((db - date(*ma, 15)).days) > 31:
            return False
        if mb and da and (da.year, da.month) != mb and abs((da - date(*mb, 15)).days) > 31:
            return False
        if fixed_day(aid) and fixed_day(b):
            return abs((fixed_day(aid) - fixed_day(b)).days) <= STORY_WINDOW_DAYS  # type: ignore[operator]
        if da and db and fixed_day(b) and da > db + timedelta(days=1):
            return False
        if da and db and fixed_day(b):
            return (db - da).days <= 60
        return True

    # 3. the story anchor: the latest day any article of the story names or is dated
    def anchor(aid: str) -> tuple[date | None, bool]:
        cands: list[tuple[date, bool]] = []
        if latest[aid]:
            cands.append((latest[aid], False))  # type: ignore[arg-type]
        for b in siblings(aid):
            if not compatible(aid, b):
                continue
            d = fixed_day(b) or latest[b]
            if d:
                cands.append((d, True))
        if not cands:
            return None, False
        return max(cands)

    order = sorted(ids, key=lambda a: (fixed_day(a) is None, latest[a] is None))
    for _round in range(2):
        for aid in order:
            if fixed_day(aid):
                continue
            ev = evidence.get(aid) or Evidence()
            anc, used_siblings = anchor(aid)
            month = month_of(aid)
            day: date | None = None
            source = DateSource.INFERRED if used_siblings else DateSource.TEXT
            why = ""
            if anc is not None and ev.weekdays:
                wd = Counter(ev.weekdays).most_common(1)[0][0]
                cand = _weekday_on_or_before(anc, wd)
                low = latest[aid]
                if low is not None and cand < low:
                    cand = _weekday_on_or_before(low + timedelta(days=6), wd)
                day = cand
                why = "weekday named in the text, resolved against the latest date of the story"
            elif anc is not None and latest[aid] is not None and not used_siblings:
                day = latest[aid]
                why = "the latest date the text names"
            elif anc is not None and latest[aid] is not None:
                day = max(latest[aid], anc) if month is None else latest[aid]  # type: ignore[type-var]
                why = "the latest date the text and its story name"
            else:
                for b in siblings(aid):
                    if fixed_day(b) and compatible(aid, b):
                        day = fixed_day(b)
                        source = DateSource.INFERRED
                        why = f"same story as {by_id[b].title or by_id[b].path}"
                        break
            if day is None:
                continue
            if month is not None and (day.year, day.month) != month:
                continue
            out[aid] = PubDate(day, Precision.DAY, source, why)
    for aid in ids:
        if out.get(aid) is None and known.get(aid) is not None:
            out[aid] = known[aid]
    return out


def with_published(article: Article, pub: PubDate | None) -> Article:
    return article if pub == article.published else replace(article, published=pub)
