"""Typed data passed between the pipeline stages.

Data flows one way: file -> Document (reader) -> Article (structure, publication
date) -> Sentence / Timex / Mention -> EventMention -> Event.  Everything here is
a frozen dataclass so stages cannot mutate what an earlier stage produced.
No Qt import may ever appear in ``desktop.core``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date


class Precision(str, enum.Enum):
    """How precise a date or interval is (the JSON contract's ``precision``)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


#: Ordering from finest to coarsest; RANGE is treated as coarse.
PRECISION_RANK = {
    Precision.DAY: 0,
    Precision.WEEK: 1,
    Precision.MONTH: 2,
    Precision.QUARTER: 3,
    Precision.YEAR: 4,
    Precision.RANGE: 5,
}


class Status(str, enum.Enum):
    HAPPENED = "happened"
    PLANNED = "planned"


class DateSource(str, enum.Enum):
    """Where an article's publication date came from."""

    METADATA = "metadata"  # a header/metadata line or HTML/e-mail metadata
    TEXT = "text"  # inferred from the article's own text (datelines, relative dates)
    INFERRED = "inferred"  # inferred from other articles of the same story
    USER = "user"  # set by the user (--date or the article list)


class ActorKind(str, enum.Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    PLACE = "place"
    GROUP = "group"


#: Region kinds that belong to the article proper.  Everything else
#: (menu, credit, caption, donation, related, comments, metadata, ...) is page
#: furniture: kept and shown greyed, never a source of events or actors.
ARTICLE_REGION_KINDS = frozenset({"title", "lead", "heading", "body"})


@dataclass(frozen=True)
class Region:
    """A span of the decoded text with its structural role."""

    start: int
    end: int
    kind: str

    @property
    def is_article(self) -> bool:
        return self.kind in ARTICLE_REGION_KINDS


@dataclass(frozen=True)
class PubDate:
    """A publication date with its precision and provenance."""

    value: date  # first day of the period for month/year precision
    precision: Precision
    source: DateSource
    evidence: str = ""  # the text it was read from, or a short explanation


@dataclass(frozen=True)
class Document:
    """What a reader makes of one file, before structure analysis."""

    path: str
    text: str  # decoded text; all offsets in the pipeline point into it
    format: str  # "text", "html", "markdown", "pdf", "email"
    encoding: str = "utf-8"
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: PubDate | None = None  # from metadata, when the format has it
    regions: tuple[Region, ...] = ()  # regions the reader already knows (may be empty)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """A document with its structure and publication date resolved."""

    id: str  # stable: hash of the normalised text
    path: str
    text: str
    format: str
    title: str | None
    outlet: str | None
    language: str  # "de" or "en" (best guess)
    published: PubDate | None
    regions: tuple[Region, ...]  # non-overlapping, sorted; gaps count as body
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()

    def non_article_regions(self) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if not r.is_article)

    def is_article_offset(self, offset: int) -> bool:
        """True when ``offset`` lies in the article proper (not page furniture)."""
        for r in self.regions:
            if r.start <= offset < r.end:
                return r.is_article
        return True


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text and normalised (TIMEX3 style)."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2025-02-12, 2025-02, 2025-W07, 2014, P3Y, XXXX-02-13, PRESENT_REF ...
    first: date | None = None  # the interval it denotes (inclusive); None if unresolved
    last: date | None = None
    precision: Precision | None = None
    relative: bool = False  # needed an anchor (publication date or discourse date)
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...
    time: str | None = None  # "HH:MM" for TIME expressions


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in an article."""

    start: int
    end: int
    text: str
    actor: str  # canonical name (the key that merges spellings)
    kind: ActorKind
    role: str | None = None  # "Kremlsprecher", "US-Präsident" ...
    via: str = "name"  # name, alias, role, pronoun, group, adjective


@dataclass(frozen=True)
class Actor:
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventMention:
    """One sentence (of one article) that reports an event at a time."""

    article_id: str
    start: int  # sentence offsets into the article's decoded text
    end: int
    sentence: str
    date_text: str  # the temporal expression as written ("" when implicit)
    first: date | None
    last: date | None
    precision: Precision | None
    status: Status
    actors: tuple[str, ...]
    trigger: str | None = None  # the word that names the event ("telefoniert")
    trigger_class: str | None = None  # lexicon class ("call", "meeting", ...)
    timex: Timex | None = None
    implicit: bool = False  # dated from the publication date, no expression
    lead: bool = False  # implicit, and the article's lead in the present tense: the news of the day
    pronoun: tuple[str, str] | None = None  # ("Er", "Selenskyj"): a pronoun of the sentence and who it is

    @property
    def key(self) -> str:
        """Stable identity of this mention across re-imports (user corrections refer to it)."""
        return f"{self.article_id}:{self.start}:{self.date_text}"


@dataclass(frozen=True)
class Event:
    id: str
    first: date
    last: date
    precision: Precision
    status: Status
    label: str
    actors: tuple[str, ...]
    mentions: tuple[EventMention, ...] = field(default=())
    kind: str | None = None  # the event lexicon's class ("call", "court"); shown in the UI's language
    #: (language, label) from a report in each language of its sources: a view in German quotes a
    #: German report where there is one ("label" is the label of the event's best report)
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def source_count(self) -> int:
        return len({m.article_id for m in self.mentions})

    def label_in(self, lang: str) -> str:
        """The label quoted from a report in ``lang``, else the event's label."""
        return next((text for code, text in self.labels if code == lang), self.label)


# ---------------------------------------------------------------------------
# Results: what a run of the pipeline or an import hands back
# ---------------------------------------------------------------------------


class ProblemKind(str, enum.Enum):
    """Why a file could not be (fully) imported: the one vocabulary of readers, the import
    and the Problems list (which has one label for each)."""

    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too-large"
    ENCODING = "encoding"
    UNREADABLE = "unreadable"
    VANISHED = "vanished"
    DAMAGED = "damaged"
    MALFORMED = "malformed"
    ENCRYPTED = "encrypted"
    NO_TEXT = "no-text"
    UNSUPPORTED = "unsupported"
    TOO_SLOW = "too-slow"  # reading it took longer than the time limit
    STORAGE = "storage"  # the workspace could not record or store the file's articles
    INTERRUPTED = "interrupted"  # the import stopped (crash, Ctrl+C) while this file was read
    INTERNAL = "internal"  # a bug: an unexpected exception while reading or analysing

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, value: str | ProblemKind | None) -> ProblemKind:
        """A kind from its stored name; a name this version does not know is INTERNAL."""
        if isinstance(value, ProblemKind):
            return value
        try:
            return cls(value or "unreadable")
        except ValueError:
            return cls.INTERNAL


@dataclass(frozen=True)
class Problem:
    """A file that could not be (fully) imported, with a message a user understands.

    ``message`` says what is wrong without the file name; ``path`` names the file."""

    path: str
    kind: ProblemKind
    message: str

    def __post_init__(self) -> None:
        if not isinstance(self.kind, ProblemKind):
            object.__setattr__(self, "kind", ProblemKind.parse(self.kind))


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything extracted from one article on its own."""

    article: Article
    sentences: tuple[Sentence, ...]
    timexes: tuple[Timex, ...]
    mentions: tuple[Mention, ...]
    event_mentions: tuple[EventMention, ...]


def localized(events: Sequence[Event], lang: str) -> list[Event]:
    """The events with the labels of their reports in ``lang`` where they have one (a view in one language)."""
    return [e if (text := e.label_in(lang)) == e.label else replace(e, label=text) for e in events]


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

    @classmethod
    def of_articles(cls, articles: Iterable[Article]) -> Extraction:
        """Articles without anything extracted yet (no events, no actors)."""
        return cls(tuple(ArticleAnalysis(a, (), (), (), ()) for a in articles), (), ())


@dataclass
class ImportReport:
    """What one import of files and folders did."""

    imported: list[str] = field(default_factory=list)  # ids of new articles
    duplicates: list[str] = field(default_factory=list)  # ids of articles already present
    problems: list[Problem] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count (hidden, unsupported...)
    files: int = 0  # files looked at
    total: int = 0  # files found
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    def summary(self) -> str:
        """One line for a status bar: "3 articles imported, 1 already present, 2 problems"."""
        parts = [f"{len(self.imported)} article{'s' if len(self.imported) != 1 else ''} imported"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already present")
        if self.problems:
            parts.append(f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}")
        n_skipped = sum(self.skipped.values())
        if n_skipped:
            detail = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()))
            parts.append(f"{n_skipped} skipped ({detail})")
        if self.cancelled:
            parts.append(f"cancelled after {self.files} of {self.total} files")
        return ", ".join(parts)
