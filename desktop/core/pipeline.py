"""The extraction stages in order: one entry point for the CLI, the GUI and the benchmarks.

    read_documents(path)               -> [Document]          (readers/)
    make_article(document)             -> Article             (structure.py, pubdate.py)
    read_file(path, max_bytes)         -> [Article]           (both, with the size limit; raises ReadError)
    analyse(article, published)        -> ArticleAnalysis     (sentences, timex, actors, events)
    build(analyses)                    -> Extraction          (cross-article merging, actor registry)
    extract(articles, user_dates)      -> Extraction          (publication dates, analyse, build)

Files and folders are walked, imported and reported on in one place above this module:
``desktop.session`` (``import_files``, ``extract_paths``, ``timex_paths``).

An :class:`Extractor` owns the analysis and date-evidence caches (thread-safe: the GUI
thread and the import pool share the process's default one).
"""

from __future__ import annotations

import inspect
import logging
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import pubdate
from desktop.core.cache import BoundedCache
from desktop.core.model import (
    Article,
    ArticleAnalysis,
    DateSource,
    Document,
    Extraction,
    Precision,
    Problem,
    ProblemKind,
    PubDate,
    Region,
    Timex,
)

from desktop.core.readers.errors import safe_text

if TYPE_CHECKING:
    from desktop.core.events import EventLexicon

_log = logging.getLogger(__name__)

__all__ = [
    "ArticleAnalysis", "Extraction", "Extractor", "Problem", "ProblemKind", "analyse", "build",
    "clear_caches", "dates_by_article", "extract", "make_article", "problem_from", "read_documents",
    "read_file", "resolve_published", "tag_timexes",
]


ProgressFn = Callable[[int, int, str], None]  # (done, total, current path)
CancelFn = Callable[[], bool]


# ---------------------------------------------------------------------------
# Entry points (signatures are the contract for the workspace, CLI and GUI)
# ---------------------------------------------------------------------------


def read_documents(path: str | Path, max_bytes: int | None = None) -> list[Document]:
    """Read one file into documents (an mbox gives several). Raises readers.ReadError.

    A file larger than ``max_bytes`` (default 50 MB) is refused without being read."""
    from desktop.core.readers import DEFAULT_MAX_BYTES, read_path

    return read_path(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES)


def make_article(document: Document, read_dates: bool = True) -> Article:
    """Structure analysis, language, content key and metadata publication date.

    ``read_dates`` False: the user gives the date, so the text's own date lines are not read."""
    from desktop.core.language import detect_language
    from desktop.core.structure import analyse_structure, content_key
    from desktop.core.titles import repair_title

    lang = document.language or None
    structure = analyse_structure(document.text, lang)
    regions = document.regions or structure.regions
    if document.regions and structure.regions:
        regions = _overlay(structure.regions, document.regions)
    body = "".join(document.text[r.start:r.end] for r in regions if r.is_article) or document.text
    language = (lang or detect_language(body[:5000]))[:2].lower()
    if language not in ("de", "en"):
        language = detect_language(body[:5000])
    published = document.published or structure.published
    if not read_dates:
        pass
    elif published is None or published.precision != Precision.DAY:
        published = own_published(document.text, regions, language, published) or published
    elif document.published is not None and _file_made(document.published, document.format):
        # a PDF's creation date is the day the file was made (exported, printed from a browser):
        # the day the text itself shows ("Eichental, 19.03.2026", "Published March 23") wins
        shown = own_published(document.text, regions, language)
        if shown is not None and shown.precision == Precision.DAY:
            published = shown
    elif document.published is not None and _utc_stamp(published):
        # "2025-02-18T23:30:00Z": the day in UTC; the page's own date line shows the local day
        shown = own_published(document.text, regions, language, strong_only=True)
        if shown is not None and shown.precision == Precision.DAY and abs((shown.value - published.value).days) == 1:
            published = shown
    elif document.published is None and (_bare_line(published) or _above_title(document.text, regions, published)):
        # a bare date line at the top, or any above the headline, may be the site's "today" widget
        # or a teaser's: a label, dateline or timed date line wins (one below the headline first)
        strong = own_published(document.text, regions, language, strong_only=True,
                               anywhere=_above_title(document.text, regions, published))
        if strong is not None and strong.value != published.value:
            published = strong
        elif strong is None and _widget(document.text, regions, published):
            # the site's date widget above its menu: the day the page was read; another line may say
            published = own_published(document.text, regions, language)
    elif document.published is None and published.source == DateSource.METADATA and _update_stamp(published):
        # "Aktualisiert am ..." read first: the first publication stamp, if the page has one, wins
        first = own_published(document.text, regions, language, strong_only=True)
        if first is not None and first.precision == Precision.DAY and (
                (_first_stamp(first) and first.value <= published.value)
                or (not _update_stamp(first) and first.value < published.value)):
            published = first  # ... or the page's own stamp of an earlier day ("Von Jan Roe | 03.03.2024")
    if read_dates and document.published is None and published is not None and published.precision == Precision.DAY:
        published = _within_first_year(document.text, published)
    return Article(
        id=content_key(body),
        path=document.path,
        text=document.text,
        format=document.format,
        title=repair_title(document.title or structure.title),  # "... TrumpWeiter Weg" -> "... Trump: Weiter Weg"
        outlet=document.outlet or structure.outlet,
        language=language,
        published=published,
        regions=tuple(regions),
        encoding=document.encoding,
        warnings=document.warnings,
    )


def own_published(
    text: str, regions: Sequence[Region] | None, language: str, header: PubDate | None = None,
    year: int | None = None, strong_only: bool = False, anywhere: bool = False,
) -> PubDate | None:
    """The publication date the text's own date lines give (labels, datelines, ticker stamps).

    ``header`` is a month-only date already read from the metadata: a stamp must lie in it,
    and it gives the year of stamps written without one; else ``year`` (the year of the
    article's story, from other articles) does. ``strong_only``: labels, datelines and timed date
    lines only, in the page's head unless ``anywhere`` (the date it would replace is a widget's)."""
    from desktop.core import datelines
    from desktop.core.events import EventLexicon

    stamps = datelines.find_stamps(text, regions)
    if not stamps:
        return None
    month = None
    if header is not None and header.precision == Precision.MONTH:
        month = (header.value.year, header.value.month)
    lex = EventLexicon.load()
    got = datelines.own_date(text, stamps, month or datelines.month_header(text),
                             is_future=lambda clause: lex.is_future(clause, language), year_hint=year,
                             kinds=datelines.STRONG if strong_only else None, head_only=strong_only and not anywhere)
    if got is None and month is None and (month := datelines.month_header(text)) is not None:
        return PubDate(date(month[0], month[1], 1), Precision.MONTH, DateSource.METADATA, f"{month[0]}-{month[1]:02d}")
    return got


def _within_first_year(text: str, published: PubDate) -> PubDate:
    """The page says it was first published in an earlier year than the day read ("First published
    in 2019, this article was updated on ..."): that day is an update's; the year is what is known."""
    from desktop.core.datelines import first_year

    got = first_year(text)
    if got is None or got[0] >= published.value.year:
        return published
    return PubDate(date(got[0], 1, 1), Precision.YEAR, DateSource.TEXT, got[1])


def _widget(text: str, regions: Sequence[Region], p: PubDate) -> bool:
    from desktop.core.datelines import is_widget

    return p.source == DateSource.METADATA and is_widget(text, regions, p.evidence)


def _file_made(p: PubDate, fmt: str) -> bool:
    """The date is the file's own (a PDF's creation date), not one the publisher wrote down."""
    return fmt == "pdf" and p.source == DateSource.METADATA


def _bare_line(p: PubDate) -> bool:
    from desktop.core.datelines import is_bare_line

    return p.source == DateSource.METADATA and is_bare_line(p.evidence)


_UTC_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")


def _utc_stamp(p: PubDate) -> bool:
    """A metadata timestamp given in UTC (its day may not be the page's local day)."""
    return p.source == DateSource.METADATA and bool(_UTC_TIME.search(p.evidence))


def _above_title(text: str, regions: Sequence[Region], p: PubDate) -> bool:
    """A metadata date read above the headline (a widget's, a teaser's): a stamp below it wins."""
    from desktop.core.datelines import title_start

    at = title_start(regions)
    pos = text.find(p.evidence) if p.source == DateSource.METADATA and p.evidence else -1
    return at is not None and 0 <= pos < at


def _update_stamp(p: PubDate) -> bool:
    from desktop.core.datelines import UPDATE, priority

    return priority(p.evidence) == UPDATE


def _first_stamp(p: PubDate) -> bool:
    from desktop.core.datelines import FIRST, priority

    return priority(p.evidence) == FIRST


def _overlay(base: Sequence[Region], known: Sequence[Region]) -> tuple[Region, ...]:
    """The structure's regions with the reader's non-article regions laid over them."""
    marks = [r for r in known if not r.is_article]
    if not marks:
        return tuple(base)
    out: list[Region] = []
    for r in base:
        pieces = [(r.start, r.end)]
        for k in marks:
            nxt = []
            for a, b in pieces:
                if k.end <= a or k.start >= b:
                    nxt.append((a, b))
                    continue
                if a < k.start:
                    nxt.append((a, k.start))
                if k.end < b:
                    nxt.append((k.end, b))
            pieces = nxt
        out += [Region(a, b, r.kind) for a, b in pieces if b > a]
    out += marks
    return tuple(sorted(out, key=lambda r: (r.start, r.end)))


def _article_spans(article: Article) -> list[tuple[int, int]] | None:
    if not article.regions:
        return None
    return [(r.start, r.end) for r in article.regions if r.is_article]


def anchor_day(published: PubDate | None) -> date | None:
    """The day relative dates count from: the publication date when it is day-precise."""
    return _anchor(published)


def _anchor(published: PubDate | None) -> date | None:
    if published is not None and published.precision == Precision.DAY:
        return published.value
    return None


def tag_timexes(article: Article, published: PubDate | None) -> list[Timex]:
    from desktop.core.timex import tag

    return tag(article.text, _anchor(published), article.language, _article_spans(article))


def _evidence_key(article: Article) -> str:
    return article.id


class Extractor:
    """Runs the stages and owns their caches: analyses and date evidence by (article id,
    publication date), so re-extracting a workspace after one date change re-analyses only
    the articles whose date changed. Safe to share between threads."""

    CACHE_SIZE = 20000

    def __init__(self) -> None:
        self._analyses: BoundedCache[tuple[str, PubDate | None], ArticleAnalysis] = BoundedCache(self.CACHE_SIZE)
        self._evidence: BoundedCache[str, pubdate.Evidence] = BoundedCache(self.CACHE_SIZE)

    def clear(self) -> None:
        """Forget cached analyses (benchmarks measure cold runs)."""
        self._analyses.clear()
        self._evidence.clear()

    def analyse(self, article: Article, published: PubDate | None = None) -> ArticleAnalysis:
        """Extract sentences, timexes, actors and event mentions from one article.

        ``published`` overrides the article's own publication date (a user's date or
        a date inferred from sibling articles). Results are cached by article id and date."""
        key = (article.id, published if published is not None else article.published)
        hit = self._analyses.get(key)
        if hit is not None and hit.article.path == article.path and hit.article.text == article.text:
            return hit
        result = _analyse(article, published)
        self._analyses.put(key, result)
        return result

    def evidence(self, a: Article, lex: EventLexicon) -> pubdate.Evidence:
        """The date evidence of an article's own text (cached by article id)."""
        from desktop.core.datelines import find_stamps, quoted_days, today_weekday
        from desktop.core.events import specific_event_word

        ev = self._evidence.get(_evidence_key(a))
        if ev is None:
            ev = pubdate.evidence_from(
                tag_timexes(a, None),
                a.text,
                partial(_is_future, lex, lang=a.language),
                lambda sentence, s, e: specific_event_word(sentence, s, e, lex),
            )
            stamps = find_stamps(a.text, a.regions or None)
            ev.today_weekday = today_weekday(stamps)
            ev.quoted_days = quoted_days(stamps)
            self._evidence.put(_evidence_key(a), ev)
        return ev

    def resolve_published(
        self, articles: Sequence[Article], user_dates: dict[str, date] | None = None
    ) -> dict[str, PubDate | None]:
        return _resolve_published(self, articles, user_dates)

    def extract(self, articles: Sequence[Article], user_dates: dict[str, date] | None = None) -> Extraction:
        """Publication-date inference, per-article analysis and cross-article merging.

        ``user_dates`` maps article id -> date set by the user."""
        published = self.resolve_published(articles, user_dates)
        analyses: list[ArticleAnalysis] = []
        problems: list[Problem] = []
        for a in articles:
            try:
                analyses.append(self.analyse(a, published.get(a.id)))
            except Exception as exc:  # noqa: BLE001 - one article's bug must not cost the others their events
                _log.exception("analysing %s failed", a.path)
                problems.append(Problem(safe_text(a.path), ProblemKind.INTERNAL,
                                        f"its events could not be found (a bug): {type(exc).__name__}: {exc}"))
                pub = published.get(a.id)
                analyses.append(ArticleAnalysis(replace(a, published=pub) if pub is not None else a, (), (), (), ()))
        return build(analyses, problems)


_default = Extractor()


def default_extractor() -> Extractor:
    """The process's extractor (its caches are shared by the CLI, the window and its workers)."""
    return _default


def clear_caches() -> None:
    """Forget cached analyses (benchmarks measure cold runs)."""
    _default.clear()


def analyse(article: Article, published: PubDate | None = None) -> ArticleAnalysis:
    """``Extractor.analyse`` with the default extractor."""
    return _default.analyse(article, published)


def _analyse(article: Article, published: PubDate | None) -> ArticleAnalysis:
    from desktop.core.actors import ActorLexicon, find_mentions
    from desktop.core.actors.anaphora import definite_references, repeated_names
    from desktop.core.actors.short_forms import short_form_mentions
    from desktop.core.events import event_mentions
    from desktop.core.sentences import split_sentences

    if published is not None and published != article.published:
        article = replace(article, published=published)
    pub = article.published
    sentences = split_sentences(article.text, article.regions or None, article.language)
    timexes = tag_timexes(article, pub)
    mentions = find_mentions(
        article.text, sentences, ActorLexicon.load(), article.language, allowed=article.is_article_offset
    )
    more = repeated_names(article.text, mentions, article.is_article_offset)
    more += short_form_mentions(article.text, [*mentions, *more], article.is_article_offset)
    more += definite_references(article.text, [*mentions, *more], article.language, article.is_article_offset,
                                ActorLexicon.load())
    if more:
        mentions = sorted([*mentions, *more], key=lambda m: (m.start, m.end))
    ev = event_mentions(article, sentences, timexes, mentions, _anchor(pub))
    return ArticleAnalysis(article, tuple(sentences), tuple(timexes), tuple(mentions), tuple(ev))


def _is_future(lex: EventLexicon, sentence: str, lang: str) -> bool:
    return lex.is_future(sentence, lang)


def resolve_published(
    articles: Sequence[Article], user_dates: dict[str, date] | None = None
) -> dict[str, PubDate | None]:
    """The publication date of every article: the user's, the metadata's, or inferred."""
    return _resolve_published(_default, articles, user_dates)


def _resolve_published(
    extractor: Extractor, articles: Sequence[Article], user_dates: dict[str, date] | None
) -> dict[str, PubDate | None]:
    from desktop.core.events import EventLexicon, _specific

    user_dates = user_dates or {}
    known: dict[str, PubDate | None] = {}
    evidence: dict[str, pubdate.Evidence] = {}
    lex = EventLexicon.load()
    undated = []
    for a in articles:
        if a.id in user_dates:
            known[a.id] = PubDate(user_dates[a.id], Precision.DAY, DateSource.USER, "set by the user")
            continue
        known[a.id] = a.published
        if _anchor(a.published) is None:
            undated.append(a)
        elif a.published is not None and a.published.source == DateSource.TEXT:
            known[a.id] = pubdate.checked(a.published, extractor.evidence(a, lex))
    if not undated:
        return known
    for a in undated:
        evidence[a.id] = extractor.evidence(a, lex)
    # the days the dated articles give to specific events ("Bundestagswahl" -> 23 Feb 2025)
    event_days: dict[str, dict[date, str]] = {}
    if any(e.weekday_events for e in evidence.values()):
        for a in articles:
            pub = known.get(a.id)
            if _anchor(pub) is None:
                continue
            for m in extractor.analyse(a, pub).event_mentions:
                word = _specific(m.trigger)
                if word and not m.implicit and m.precision == Precision.DAY and m.first == m.last and m.first:
                    event_days.setdefault(word, {}).setdefault(m.first, a.id)
    def own_with_year(aid: str, year: int) -> PubDate | None:
        a = by_id[aid]
        got = own_published(a.text, a.regions or None, a.language, known.get(aid), year)
        if got is None or got.precision != Precision.DAY:
            return None
        return replace(got, source=DateSource.INFERRED, evidence=f"{got.evidence} (the year of its story)")

    by_id = {a.id: a for a in articles}
    return pubdate.infer(articles, evidence, known, event_days, own_with_year)


def extract(articles: Sequence[Article], user_dates: dict[str, date] | None = None) -> Extraction:
    """``Extractor.extract`` with the default extractor."""
    return _default.extract(articles, user_dates)


def build(analyses: Sequence[ArticleAnalysis], problems: Sequence[Problem] = ()) -> Extraction:
    """Merge the articles' event mentions into events, and their actors into one registry."""
    from desktop.core.actors import ActorLexicon, ActorRegistry
    from desktop.core.actors.naming import names_by_usage, rename_actors
    from desktop.core.disputes import join_disputed
    from desktop.core.events import merge

    lexicon = ActorLexicon.load()
    registry = ActorRegistry(lexicon)
    for an in analyses:
        registry.add(list(an.mentions))
    actors = registry.actors()
    kinds = {a.name: a.kind for a in actors}
    merged = {mm.actor: registry.canonical(mm.actor) for an in analyses for mm in an.mentions}
    # actors the articles mostly name in another language than the lexicon's keep their names
    display = names_by_usage(((an.article.language, an.mentions) for an in analyses), merged, kinds,
                             stand_ins=lexicon.stand_ins, english=lexicon.english_names)
    if display:
        actors = rename_actors(actors, display)
        kinds = {a.name: a.kind for a in actors}
    canonical: dict[str, str] = {}

    def canon(name: str) -> str:
        if name not in canonical:
            rep = merged.get(name) or registry.canonical(name)
            canonical[name] = display.get(rep, rep)
        return canonical[name]

    mentions = []
    for an in analyses:
        for m in an.event_mentions:
            names = tuple(dict.fromkeys(canon(a) for a in m.actors))
            mentions.append(replace(m, actors=names) if names != m.actors else m)
    for an in analyses:
        for mm in an.mentions:
            kinds.setdefault(canon(mm.actor), mm.kind)
    published = {an.article.id: _anchor(an.article.published) for an in analyses}
    lang_of = {an.article.id: an.article.language for an in analyses}
    # the same event reported on neighbouring days by different articles: one event, both dates
    events = join_disputed(merge(mentions, kinds, published, lang_of), kinds)
    return Extraction(tuple(analyses), tuple(events), tuple(actors), tuple(problems))


def read_file(path: str | Path, max_bytes: int | None = None, read_dates: bool = True) -> list[Article]:
    """One file's articles (an mbox gives several). Raises ``ReadError`` with a kind from
    ``ProblemKind`` when the file is missing, too large (``max_bytes``, default 50 MB),
    unreadable or holds no article; other exceptions are bugs (``problem_from``: INTERNAL)."""
    from desktop.core.readers import DEFAULT_MAX_BYTES
    from desktop.core.readers.errors import ReadError

    path = os.fspath(path)
    # the size limit, a vanished or unreadable file: read_path says so
    documents = _read_documents(path, max_bytes or DEFAULT_MAX_BYTES)
    if not documents:
        raise ReadError(path, "no-text", "contains no article")
    return [make_article(d) if read_dates else make_article(d, read_dates=False) for d in documents]


def _read_documents(path: str, max_bytes: int) -> list[Document]:
    """``read_documents`` looked up at call time (tests replace it), with the size limit
    passed on when the replacement takes one."""
    read = read_documents
    try:
        takes_limit = "max_bytes" in inspect.signature(read).parameters
    except (TypeError, ValueError):
        takes_limit = False
    return list(read(path, max_bytes=max_bytes) if takes_limit else read(path))


def problem_from(path: str, exc: BaseException) -> Problem:
    """The Problem a failed ``read_file`` stands for."""
    kind = getattr(exc, "kind", None)
    message = getattr(exc, "message", None)
    if isinstance(kind, str) and isinstance(message, str):
        return Problem(path, ProblemKind.parse(kind), message)
    if isinstance(exc, MemoryError):
        return Problem(path, ProblemKind.TOO_LARGE, "not enough memory to read this file")
    if isinstance(exc, (PermissionError, IsADirectoryError)):
        return Problem(path, ProblemKind.UNREADABLE, f"cannot be read ({exc.strerror or exc})")
    if isinstance(exc, FileNotFoundError):
        return Problem(path, ProblemKind.VANISHED, "the file disappeared before it could be read")
    return Problem(path, ProblemKind.INTERNAL, f"could not be imported: {type(exc).__name__}: {exc}")


def dates_by_article(read: Sequence[tuple[str, Article]], user_dates: dict[str, date] | None) -> dict[str, date]:
    """``--date PATH=DAY`` options keyed by article id; ``read`` pairs a path as given with its article."""
    if not user_dates:
        return {}
    import os

    wanted = {os.path.abspath(p): d for p, d in user_dates.items()}
    out = {}
    for path, art in read:
        d = wanted.get(os.path.abspath(path)) or wanted.get(os.path.abspath(art.path))
        if d is not None:
            out[art.id] = d
    return out
