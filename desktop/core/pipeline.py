"""The extraction stages in order: one entry point for the CLI, the GUI and the benchmarks.

    read_document(path)                -> Document            (readers/)
    make_article(document)             -> Article             (structure.py, pubdate.py)
    analyse(article, published)        -> ArticleAnalysis     (sentences, timex, actors, events)
    build(analyses)                    -> Extraction          (cross-article merging, actor registry)
    extract_paths(paths, user_dates)   -> Extraction          (all of the above, with per-file problems)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dataclasses import replace

from desktop.core.model import (
    Actor,
    Article,
    DateSource,
    Document,
    Event,
    EventMention,
    Mention,
    Precision,
    PubDate,
    Region,
    Sentence,
    Timex,
)


@dataclass(frozen=True)
class Problem:
    """A file that could not be (fully) imported, with a message a user understands."""

    path: str
    kind: str  # readers.KINDS (empty, binary, too-large, ..., too-slow), or storage, interrupted
    message: str


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything extracted from one article on its own."""

    article: Article
    sentences: tuple[Sentence, ...]
    timexes: tuple[Timex, ...]
    mentions: tuple[Mention, ...]
    event_mentions: tuple[EventMention, ...]


@dataclass(frozen=True)
class Extraction:
    """The result over a set of articles: merged events and actors."""

    analyses: tuple[ArticleAnalysis, ...]
    events: tuple[Event, ...]
    actors: tuple[Actor, ...]
    problems: tuple[Problem, ...] = field(default=())

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a.article for a in self.analyses)


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


def make_article(document: Document) -> Article:
    """Structure analysis, language, content key and metadata publication date."""
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
    if published is None or published.precision != Precision.DAY:
        published = own_published(document.text, regions, language, published) or published
    elif document.published is None and _bare_line(published):
        # a bare date line at the top may be the site's "today" widget: a label or dateline wins
        published = own_published(document.text, regions, language, strong_only=True) or published
    return Article(
        id=content_key(body),
        path=document.path,
        text=document.text,
        format=document.format,
        title=repair_title(document.title or structure.title),
        outlet=document.outlet or structure.outlet,
        language=language,
        published=published,
        regions=tuple(regions),
        encoding=document.encoding,
        warnings=document.warnings,
    )


def own_published(
    text: str, regions: Sequence[Region] | None, language: str, header: PubDate | None = None,
    year: int | None = None, strong_only: bool = False,
) -> PubDate | None:
    """The publication date the text's own date lines give (labels, datelines, ticker stamps).

    ``header`` is a month-only date already read from the metadata: a stamp must lie in it,
    and it gives the year of stamps written without one; else ``year`` (the year of the
    article's story, from other articles) does. ``strong_only``: labels and datelines only."""
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
                             kinds=datelines.STRONG if strong_only else None)
    if got is None and month is None and (month := datelines.month_header(text)) is not None:
        return PubDate(date(month[0], month[1], 1), Precision.MONTH, DateSource.METADATA, f"{month[0]}-{month[1]:02d}")
    return got


def _bare_line(p: PubDate) -> bool:
    from desktop.core.datelines import is_bare_line

    return p.source == DateSource.METADATA and is_bare_line(p.evidence)


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


def _anchor(published: PubDate | None) -> date | None:
    if published is not None and published.precision == Precision.DAY:
        return published.value
    return None


def tag_timexes(article: Article, published: PubDate | None) -> list[Timex]:
    from desktop.core.timex import tag

    return tag(article.text, _anchor(published), article.language, _article_spans(article))


#: analyses and date evidence by (article id, publication date): re-extracting a workspace
#: after one date change re-analyses only the articles whose date changed
_CACHE_SIZE = 20000
_analysis_cache: dict[tuple[str, PubDate | None], ArticleAnalysis] = {}
_evidence_cache: dict[str, object] = {}


def clear_caches() -> None:
    """Forget cached analyses (benchmarks measure cold runs)."""
    _analysis_cache.clear()
    _evidence_cache.clear()


def _remember(cache: dict, key: object, value: object) -> None:
    if len(cache) >= _CACHE_SIZE:
        for old in list(cache)[: _CACHE_SIZE // 4]:
            del cache[old]
    cache[key] = value


def analyse(article: Article, published: PubDate | None = None) -> ArticleAnalysis:
    """Extract sentences, timexes, actors and event mentions from one article.

    ``published`` overrides the article's own publication date (a user's date or
    a date inferred from sibling articles). Results are cached by article id and date."""
    key = (article.id, published if published is not None else article.published)
    hit = _analysis_cache.get(key)
    if hit is not None and hit.article.path == article.path and hit.article.text == article.text:
        return hit
    result = _analyse(article, published)
    _remember(_analysis_cache, key, result)
    return result


def _analyse(article: Article, published: PubDate | None) -> ArticleAnalysis:
    from desktop.core.actors import ActorLexicon, find_mentions
    from desktop.core.actors.anaphora import definite_references, repeated_names
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
    more += definite_references(article.text, [*mentions, *more], article.language, article.is_article_offset)
    if more:
        mentions = sorted([*mentions, *more], key=lambda m: (m.start, m.end))
    ev = event_mentions(article, sentences, timexes, mentions, _anchor(pub))
    return ArticleAnalysis(article, tuple(sentences), tuple(timexes), tuple(mentions), tuple(ev))


def _evidence(a: Article, lex: Any) -> Any:
    """The date evidence of an article's own text (cached by article id)."""
    from desktop.core import pubdate
    from desktop.core.datelines import find_stamps, quoted_days, today_weekday
    from desktop.core.events import specific_event_word

    ev = _evidence_cache.get(a.id)
    if ev is None:
        ev = pubdate.evidence_from(
            tag_timexes(a, None),
            a.text,
            lambda sentence, lang=a.language: lex.is_future(sentence, lang),
            lambda sentence, s, e: specific_event_word(sentence, s, e, lex),
        )
        stamps = find_stamps(a.text, a.regions or None)
        ev.today_weekday = today_weekday(stamps)
        ev.quoted_days = quoted_days(stamps)
        _remember(_evidence_cache, a.id, ev)
    return ev


def resolve_published(
    articles: Sequence[Article], user_dates: dict[str, date] | None = None
) -> dict[str, PubDate | None]:
    """The publication date of every article: the user's, the metadata's, or inferred."""
    from desktop.core import pubdate
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
            known[a.id] = pubdate.checked(a.published, _evidence(a, lex))
    if not undated:
        return known
    for a in undated:
        evidence[a.id] = _evidence(a, lex)
    # the days the dated articles give to specific events ("Bundestagswahl" -> 23 Feb 2025)
    event_days: dict[str, dict[date, str]] = {}
    if any(e.weekday_events for e in evidence.values()):
        for a in articles:
            pub = known.get(a.id)
            if _anchor(pub) is None:
                continue
            for m in analyse(a, pub).event_mentions:
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
    """Publication-date inference, per-article analysis and cross-article merging.

    ``user_dates`` maps article id -> date set by the user."""
    published = resolve_published(articles, user_dates)
    analyses = [analyse(a, published.get(a.id)) for a in articles]
    return build(analyses)


def build(analyses: Sequence[ArticleAnalysis], problems: Sequence[Problem] = ()) -> Extraction:
    """Merge the articles' event mentions into events, and their actors into one registry."""
    from desktop.core.actors import ActorLexicon, ActorRegistry
    from desktop.core.actors.naming import names_by_usage, rename_actors
    from desktop.core.disputes import join_disputed
    from desktop.core.events import merge

    registry = ActorRegistry(ActorLexicon.load())
    for an in analyses:
        registry.add(list(an.mentions))
    actors = registry.actors()
    kinds = {a.name: a.kind for a in actors}
    merged = {mm.actor: registry.canonical(mm.actor) for an in analyses for mm in an.mentions}
    # actors the articles mostly name in another language than the lexicon's keep their names
    display = names_by_usage(((an.article.language, an.mentions) for an in analyses), merged, kinds)
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


def _read_all(
    paths: Iterable[str | Path],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
) -> tuple[list[tuple[str, Article]], list[Problem]]:
    from desktop.core.budget import DEFAULT_SECONDS, Cancelled, TookTooLong, guard
    from desktop.core.readers import ReadError, iter_input_files
    from desktop.core.readers.errors import safe_text

    limit = DEFAULT_SECONDS if time_limit is None else time_limit
    files, _skipped = iter_input_files(paths)
    out: list[tuple[str, Article]] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, f in enumerate(files):
        if cancel is not None and cancel():
            break
        if progress is not None:
            progress(i, len(files), str(f))
        shown = safe_text(str(f))
        articles: list[Article] = []
        try:
            with guard(limit, cancel):  # the time limit and Cancel act inside the file too
                docs = read_documents(f, max_bytes)
                for d in docs:
                    try:
                        articles.append(make_article(d))
                    except Exception as e:  # noqa: BLE001 - a bug must not stop the other files
                        problems.append(Problem(shown, "damaged", f"could not be analysed ({type(e).__name__}: {e})"))
        except TookTooLong:
            problems.append(Problem(shown, "too-slow", f"took too long (over {limit:g} s); skipped"))
            continue
        except Cancelled:
            break
        except ReadError as e:
            problems.append(Problem(safe_text(e.path) if e.path != str(f) else shown, e.kind, e.message))
            continue
        except Exception as e:  # a reader bug must not stop the other files
            problems.append(Problem(shown, "damaged", f"could not be read ({type(e).__name__}: {e})"))
            continue
        for art in articles:
            if art.id in seen:
                continue
            seen.add(art.id)
            out.append((str(f), art))
    if progress is not None:
        progress(len(files), len(files), "")
    return out, problems


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


def extract_paths(
    paths: Iterable[str | Path],
    user_dates: dict[str, date] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
) -> Extraction:
    """Read files/folders (bad files become Problems) and extract.

    ``user_dates`` maps a path as given -> date; ``max_bytes`` is the file size limit,
    ``time_limit`` the seconds one file may take to be read (``budget.DEFAULT_SECONDS``)."""
    read, problems = _read_all(paths, progress, cancel, max_bytes, time_limit)
    articles = [a for _, a in read]
    ex = extract(articles, dates_by_article(read, user_dates))
    return replace(ex, problems=tuple(problems))


def timex_paths(
    paths: Iterable[str | Path],
    user_dates: dict[str, date] | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
) -> tuple[list[tuple[str, list[Timex]]], list[Problem]]:
    """The temporal expressions of each file (publication dates resolved as in extract)."""
    read, problems = _read_all(paths, max_bytes=max_bytes, time_limit=time_limit)
    articles = [a for _, a in read]
    published = resolve_published(articles, dates_by_article(read, user_dates))
    from desktop.core.timex import tag_timex3

    # the whole decoded text, in TimeML conventions: a TIMEX3 listing covers every expression
    from desktop.core.readers.errors import safe_text

    return [
        (safe_text(path), tag_timex3(a.text, _anchor(published.get(a.id)), a.language)) for path, a in read
    ], problems
