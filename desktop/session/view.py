"""What the window shows, decided without Qt: where the timeline opens, which event a
selection follows, which articles lack a date, the language of a view, the built-in samples,
workspace file names.

The controllers in ``desktop/ui/controllers`` ask these and put the answers on screen.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from desktop.core.actors.lexicon import ActorLexicon
from desktop.core.actors.naming import forms_in_language, names_in_language
from desktop.core.corrections import Correction, renamed_actors
from desktop.core.model import Article, Event, Extraction, Precision, localized

#: the view a new window opens on (the samples' months)
DEFAULT_FIRST = date(2025, 2, 1)
DEFAULT_LAST = date(2025, 5, 31)
WORKSPACE_SUFFIX = ".chronik"
#: events within a stretch shorter than this (padding included) open on it, not on Feb–May
CROWDED_DAYS = 30


# -- the timeline's first view ---------------------------------------------------------------
def densest_window(events: Sequence[Event], span_days: int = 150) -> tuple[date, date]:
    """The stretch of at most ``span_days`` holding most events (to their last day), padded by a week."""
    ordered = sorted(events, key=lambda e: e.first)
    days = [e.first for e in ordered]
    best = (0, 0)
    j = 0
    for i, d in enumerate(days):
        j = max(j, i)
        while j + 1 < len(days) and (days[j + 1] - d).days <= span_days:
            j += 1
        if j - i > best[1] - best[0]:
            best = (i, j)
    first = days[best[0]]
    last = max(max(e.first, e.last) for e in ordered[best[0] : best[1] + 1])
    last = min(last, first + timedelta(days=span_days))
    return first - timedelta(days=7), last + timedelta(days=7)


def initial_range(events: Sequence[Event]) -> tuple[date, date] | None:
    """Where to open on ``events`` (not empty): where most of them are, so that old background
    events do not squash the rest; None for the default Feb–May view when they lie there, unless
    they crowd into a few weeks of it (a landslide's two days in May open on those days)."""
    first, last = densest_window(events)
    in_default = sum(1 for e in events if e.first >= DEFAULT_FIRST and e.last <= DEFAULT_LAST)
    near_default = first >= DEFAULT_FIRST - timedelta(days=20) and last <= DEFAULT_LAST + timedelta(days=20)
    crowded = (last - first).days < CROWDED_DAYS and sum(1 for e in events if first <= e.first <= last) \
        >= 0.8 * len(events)
    if (near_default or in_default >= 0.6 * len(events)) and not crowded:
        return None
    return first, last


# -- events and articles -------------------------------------------------------------------
def find_event_id(events: Iterable[Event], keys: Iterable[str]) -> str | None:
    """The event holding any of the mention ``keys`` (a selection survives a recompute)."""
    wanted = set(keys)
    if not wanted:
        return None
    for e in events:
        if any(m.key in wanted for m in e.mentions):
            return e.id
    return None


def events_citing(events: Iterable[Event], article_ids: Iterable[str]) -> list[Event]:
    """The events with a source among ``article_ids``."""
    wanted = set(article_ids)
    return [e for e in events if any(m.article_id in wanted for m in e.mentions)]


def undated(articles: Iterable[Article]) -> list[Article]:
    """Articles whose publication day is unknown, or only its month or year (their relative
    dates, "am Freitag", cannot be placed)."""
    return [a for a in articles if a.published is None or a.published.precision is not Precision.DAY]


def import_warnings(articles: Iterable[Article], ids: Iterable[str]) -> list[tuple[str, str]]:
    """(path, warning) of the articles ``ids`` read with a warning (cut at the size limit,
    decoded by guessing, read as another format), once per file and warning, in import order."""
    wanted = set(ids)
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str]] = []
    for a in articles:
        if a.id not in wanted:
            continue
        for warning in a.warnings:
            key = (a.path, warning)
            if key not in seen:
                seen.add(key)
                out.append(key)
    return out


def by_publication(articles: Iterable[Article]) -> list[Article]:
    """Articles in the order of their publication dates, unknown ones last."""
    return sorted(articles, key=lambda a: a.published.value if a.published else date.max)


# -- one language per view ---------------------------------------------------------------------
def in_language(extraction: Extraction, lang: str, corrections: Iterable[Correction] = ()) -> tuple[Extraction, dict[str, str]]:
    """The extraction as a view in ``lang`` shows it: event labels quoted from reports in that
    language where there are some, the lexicon's actors under their names in it ("Russia" in
    English, "Russland" in German); a name the user gave (``corrections``) stays. Also returns
    each shown actor name that differs -> the extraction's own name (what corrections record)."""
    lex = ActorLexicon.load()
    chosen = [str(c.payload.get("new_name") or c.payload.get("name_a") or "") for c in corrections
              if c.kind in ("rename_actor", "merge_actors")]
    owner = {x: a.name for a in extraction.actors for x in (*a.aliases, a.name)}
    kinds = {a.name: a.kind for a in extraction.actors}
    written = forms_in_language(((an.article.language, an.mentions) for an in extraction.analyses), lang,
                                owner, kinds, lex.stand_ins)
    names = names_in_language(extraction.actors, lang, lex.spellings, lex.english_names, chosen,
                              written=written)
    extraction = renamed_actors(extraction, names)
    extraction = dataclasses.replace(extraction, events=tuple(localized(extraction.events, lang)))
    return extraction, {new: old for old, new in names.items()}


# -- the built-in samples -----------------------------------------------------------------------
def sample_paths() -> list[str]:
    """The built-in sample articles: the samples folder (the import skips its README)."""
    from desktop.core.resources import resource_path

    folder = resource_path("samples")
    return [str(folder)] if folder.is_dir() and any(folder.iterdir()) else []


def is_sample_article(path: str) -> bool:
    """True for an article read from the built-in samples folder."""
    from desktop.core.resources import resource_path

    try:
        folder = os.path.realpath(str(resource_path("samples")))
        return os.path.commonpath([os.path.realpath(path), folder]) == folder
    except (ValueError, OSError):
        return False


def mark_samples(extraction: Extraction, outlet: str) -> Extraction:
    """The extraction with ``outlet`` for every sample article that names none."""
    analyses = tuple(
        dataclasses.replace(an, article=dataclasses.replace(an.article, outlet=outlet))
        if not an.article.outlet and is_sample_article(an.article.path) else an
        for an in extraction.analyses
    )
    if all(a is b for a, b in zip(analyses, extraction.analyses)):
        return extraction
    return dataclasses.replace(extraction, analyses=analyses)


# -- workspace files -----------------------------------------------------------------------------
def is_workspace_file(path: str) -> bool:
    """A Chronik workspace (``.chronik``) rather than an article (a file dropped onto the window)."""
    return path.lower().endswith(WORKSPACE_SUFFIX) and os.path.isfile(path)


def with_suffix(path: str) -> str:
    """``path`` with the workspace suffix when it has none."""
    return path if os.path.splitext(path)[1] else path + WORKSPACE_SUFFIX


def remove_workspace_file(path: str) -> None:
    """Delete a workspace file and SQLite's journal files beside it (raises OSError)."""
    if os.path.exists(path):
        os.remove(path)
        for suffix in ("-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)


def same_file(a: str | Path, b: str | Path) -> bool:
    return os.path.abspath(a) == os.path.abspath(b)
