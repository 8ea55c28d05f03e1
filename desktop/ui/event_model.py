"""Qt table model over the extraction's events, and the proxy that sorts and filters it.

The model only adapts a tuple of frozen ``Event`` objects; sorting and filtering
happen in :class:`EventFilterProxy` with the ``UserRole + n`` constants below
(Picard's ``logviewmodel.py`` pattern).  Date wording lives here too, so the
table, the side panel and the dialogs say the same thing the same way.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from desktop.core.disputes import date_claims, is_disputed
from desktop.core.model import Event, Precision, Status
from desktop.session.collections import Collection
from desktop.ui.rows import CollectionTableModel

# -- roles ---------------------------------------------------------------------
SortRole = Qt.ItemDataRole.UserRole + 1  # a value that sorts correctly per column
EventRole = Qt.ItemDataRole.UserRole + 2  # the Event object
EventIdRole = Qt.ItemDataRole.UserRole + 3  # Event.id (str)
ActorsRole = Qt.ItemDataRole.UserRole + 4  # tuple of actor names
ArticlesRole = Qt.ItemDataRole.UserRole + 5  # frozenset of article ids
SearchTextRole = Qt.ItemDataRole.UserRole + 6  # lower-cased text the search looks at
MentionKeyRole = Qt.ItemDataRole.UserRole + 7  # key of the first mention (corrections)
DisputedRole = Qt.ItemDataRole.UserRole + 8  # True when the sources give different days

COL_DATE, COL_LABEL, COL_ACTORS, COL_SOURCES, COL_STATUS, COL_PRECISION = range(6)
_INDEX = QModelIndex | QPersistentModelIndex

_ctx = "Chronik dates"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_ctx, text)


def search_fold(text: str) -> str:
    """Lower case without accents ("Selenskyj", "SELENSKYJ", "Sélenskyj" alike; ß = ss)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def month_short(month: int) -> str:
    names = (
        _tr("Jan"), _tr("Feb"), _tr("Mar"), _tr("Apr"), _tr("May"), _tr("Jun"),
        _tr("Jul"), _tr("Aug"), _tr("Sep"), _tr("Oct"), _tr("Nov"), _tr("Dec"),
    )  # fmt: skip
    return names[month - 1]


def month_long(month: int) -> str:
    names = (
        _tr("January"), _tr("February"), _tr("March"), _tr("April"), _tr("May"),
        _tr("June"), _tr("July"), _tr("August"), _tr("September"), _tr("October"),
        _tr("November"), _tr("December"),
    )  # fmt: skip
    return names[month - 1]


def format_day(d: date) -> str:
    """``12 Feb 2025`` (German: ``12. Feb. 2025``)."""
    return _tr("{day} {month} {year}").format(day=d.day, month=month_short(d.month), year=d.year)


def _format_span(first: date, last: date) -> str:
    if first.year != last.year:
        return f"{format_day(first)} – {format_day(last)}"
    if first.month != last.month:
        start = _tr("{day} {month}").format(day=first.day, month=month_short(first.month))
        return f"{start} – {format_day(last)}"
    return f"{_tr('{day}').format(day=first.day)}–{format_day(last)}"


def format_date(first: date | None, last: date | None, precision: Precision | None, suffix: bool = True) -> str:
    """Say a date the way a reader would: "12 Feb 2025", "Feb 2025", "Mid-March 2025 (range)"
    (``suffix`` False: without " (range)", where a precision column says it)."""
    if first is None:
        return _tr("undated")
    last = last or first
    if precision is None:
        precision = Precision.DAY if first == last else Precision.RANGE
    if precision is Precision.DAY:
        if first == last:
            return format_day(first)
        return _format_span(first, last)
    if precision is Precision.WEEK:
        week = first.isocalendar()[1]
        return _tr("Week {week}, {year}").format(week=week, year=first.isocalendar()[0])
    if precision is Precision.MONTH:
        return f"{month_short(first.month)} {first.year}"
    if precision is Precision.QUARTER:
        return _tr("Q{quarter} {year}").format(quarter=(first.month - 1) // 3 + 1, year=first.year)
    if precision is Precision.YEAR:
        return str(first.year)
    # RANGE
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):  # whole years: no day names
        if first.year == last.year:
            text = str(first.year)
        elif first.year % 10 == 0 and last.year == first.year + 9:
            text = _tr("the {decade}s").format(decade=first.year)
        else:
            text = f"{first.year}–{last.year}"
    elif first.year == last.year and first.month == last.month:
        month_end = calendar.monthrange(first.year, first.month)[1]
        month, year = month_long(first.month), first.year
        if first.day == 1 and last.day == month_end:
            text = f"{month} {year}"
        elif first.day == 1 and last.day <= 10:
            text = _tr("Early {month} {year}").format(month=month, year=year)
        elif first.day >= 10 and last.day <= 20 and first.day <= 11 and last.day >= 19:
            text = _tr("Mid-{month} {year}").format(month=month, year=year)
        elif first.day >= 20 and last.day == month_end:
            text = _tr("Late {month} {year}").format(month=month, year=year)
        else:
            text = _format_span(first, last)
    else:
        text = _format_span(first, last)
    return _tr("{text} (range)").format(text=text) if suffix else text


def format_event_date(event: Event) -> str:
    return format_date(event.first, event.last, event.precision)


def kind_text(kind: str | None, lang: str) -> str:
    """The kind of an event ("call") in the UI's language ("Telefonat"), from the event lexicon."""
    if not kind:
        return ""
    from desktop.core.events import EventLexicon

    return EventLexicon.load().label(kind, lang) or ""


def status_text(status: Status) -> str:
    return _tr("planned") if status is Status.PLANNED else _tr("happened")


def precision_text(precision: Precision | None) -> str:
    names = {
        Precision.DAY: _tr("day"),
        Precision.WEEK: _tr("week"),
        Precision.MONTH: _tr("month"),
        Precision.QUARTER: _tr("quarter"),
        Precision.YEAR: _tr("year"),
        Precision.RANGE: _tr("range"),
    }
    return names.get(precision, "") if precision is not None else ""


# -- the model -------------------------------------------------------------------
class EventTableModel(CollectionTableModel[str, Event]):
    """Columns: date, label, actors, sources, status, precision. One row per event.

    Adapts an id-keyed collection of events (the session's ``events``, or its own):
    rows inserted, removed and changed as the collection announces, no reset."""

    def __init__(self, parent: Any = None, collection: Collection[str, Event] | None = None) -> None:
        self._sort_keys: dict[int, list[Any]] = {}  # per column, computed once per change
        self._aliases: dict[str, tuple[str, ...]] = {}  # actor name -> other spellings (search)
        super().__init__(collection if collection is not None else Collection(event_id), parent)

    # -- content --
    def set_aliases(self, aliases: Mapping[str, Iterable[str]] | None) -> None:
        """Other spellings per actor name (the search finds an event by any of them); the
        search text of every row depends on them, so a change resets the model."""
        new = {k: tuple(v) for k, v in (aliases or {}).items()}
        if new != self._aliases:
            self.beginResetModel()
            self._aliases = new
            self.rows_changed()
            self.endResetModel()

    def set_events(self, events: Iterable[Event], aliases: Mapping[str, Iterable[str]] | None = None) -> None:
        """Show ``events`` (through the collection, which announces what changed)."""
        self.set_aliases(aliases)
        self.update(events)

    def rows_changed(self) -> None:
        self._sort_keys = {}

    def events(self) -> tuple[Event, ...]:
        return self.items()

    def event_at(self, row: int) -> Event | None:
        return self.item_at(row)

    # -- Qt overrides --
    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Date"),
            self.tr("Event"),
            self.tr("Actors"),
            self.tr("Sources"),
            self.tr("Status"),
            self.tr("Precision"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SortRole:  # asked n log n times per sort: answered from a per-column list
            col, row = index.column(), index.row()
            keys = self._sort_keys.get(col)
            if keys is None:
                keys = self._sort_keys[col] = [self._sort_key(e, col) for e in self._rows]
            return keys[row] if 0 <= row < len(keys) else None
        if not index.isValid():
            return None
        event = self.event_at(index.row())
        if event is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:  # "(range)" is the precision column's word: the date itself fits its column
                return format_date(event.first, event.last, event.precision, suffix=False)
            if col == COL_LABEL:
                return event.label
            if col == COL_ACTORS:
                return ", ".join(event.actors)
            if col == COL_SOURCES:
                return str(event.source_count)
            if col == COL_STATUS:
                return status_text(event.status)
            if col == COL_PRECISION:
                return precision_text(event.precision)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_DATE and is_disputed(event):
                days = ", ".join(format_day(c.day) for c in date_claims(event))
                return _tr("The sources give different days: {days}").format(days=days)
            if col == COL_DATE:  # the date in full ("… (range)"), then the sentence as in the other columns
                sentence = [event.mentions[0].sentence] if event.mentions else []
                return "\n".join([format_event_date(event), *sentence])
            if event.mentions:
                return event.mentions[0].sentence
            return event.label
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and event.status is Status.PLANNED:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#6a5acd"))
        if role == EventRole:
            return event
        if role == EventIdRole:
            return event.id
        if role == ActorsRole:
            return event.actors
        if role == ArticlesRole:
            return frozenset(m.article_id for m in event.mentions)
        if role == SearchTextRole:
            aliases = self._aliases
            parts = [event.label, *event.actors]
            for a in event.actors:
                parts.extend(aliases.get(a, ()))
            parts.extend(m.sentence for m in event.mentions)
            parts.extend(m.date_text for m in event.mentions if m.date_text)
            return search_fold(" ".join(parts))
        if role == MentionKeyRole:
            return event.mentions[0].key if event.mentions else ""
        if role == DisputedRole:
            return is_disputed(event)
        return None

    @staticmethod
    def _sort_key(event: Event, col: int) -> Any:
        if col == COL_DATE:
            return f"{event.first.isoformat()}|{event.last.isoformat()}|{event.label.casefold()}"
        if col == COL_LABEL:
            return event.label.casefold()
        if col == COL_ACTORS:
            return ", ".join(event.actors).casefold()
        if col == COL_SOURCES:
            return event.source_count
        if col == COL_STATUS:
            return event.status.value
        if col == COL_PRECISION:
            from desktop.core.model import PRECISION_RANK

            return PRECISION_RANK.get(event.precision, 9)
        return ""


class EventFilterProxy(QSortFilterProxyModel):
    """Sorts by :data:`SortRole`; filters by search text, actor, article, date range and disputed dates.

    Signals:
        filter_changed(): emitted after any filter changes (views re-read the visible ids).
    """

    filter_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self._search: list[str] = []
        self._actor: str | None = None
        self._article: str | None = None
        self._first: date | None = None
        self._last: date | None = None
        self._disputed_only = False

    # -- filter setters --
    def set_disputed_only(self, on: bool) -> None:
        """Show only events whose sources give different days."""
        on = bool(on)
        if on != self._disputed_only:
            self._change(lambda: setattr(self, "_disputed_only", on))

    def set_search(self, text: str) -> None:
        words = search_fold(text).split()
        if words != self._search:
            self._change(lambda: setattr(self, "_search", words))

    def set_actor(self, actor: str | None) -> None:
        actor = actor or None
        if actor != self._actor:
            self._change(lambda: setattr(self, "_actor", actor))

    def set_article(self, article_id: str | None) -> None:
        article_id = article_id or None
        if article_id != self._article:
            self._change(lambda: setattr(self, "_article", article_id))

    def set_date_range(self, first: date | None, last: date | None) -> None:
        if (first, last) != (self._first, self._last):

            def apply() -> None:
                self._first, self._last = first, last

            self._change(apply)

    def clear_filters(self) -> None:
        def apply() -> None:
            self._search, self._actor, self._article = [], None, None
            self._first = self._last = None
            self._disputed_only = False

        self._change(apply)

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    # -- queries --
    def actor(self) -> str | None:
        return self._actor

    def article(self) -> str | None:
        return self._article

    def search(self) -> str:
        return " ".join(self._search)

    def date_range(self) -> tuple[date | None, date | None]:
        return self._first, self._last

    def disputed_only(self) -> bool:
        return self._disputed_only

    def is_filtering(self) -> bool:
        return bool(
            self._search or self._actor or self._article or self._first or self._last or self._disputed_only
        )

    def visible_ids(self) -> set[str] | None:
        """Ids of the events that pass the filters; None when nothing is filtered."""
        if not self.is_filtering():
            return None
        ids = set()
        for row in range(self.rowCount()):
            ids.add(self.data(self.index(row, 0), EventIdRole))
        return ids

    def proxy_row_of(self, event_id: str) -> int:
        source = self.sourceModel()
        if not isinstance(source, EventTableModel):
            return -1
        row = source.row_of(event_id)
        if row < 0:
            return -1
        return self.mapFromSource(source.index(row, 0)).row()

    def filterAcceptsRow(self, source_row: int, source_parent: _INDEX) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._search:
            text = model.data(index, SearchTextRole) or ""
            if not all(word in text for word in self._search):
                return False
        if self._actor is not None:
            if self._actor not in (model.data(index, ActorsRole) or ()):
                return False
        if self._article is not None:
            if self._article not in (model.data(index, ArticlesRole) or ()):
                return False
        if self._disputed_only and not model.data(index, DisputedRole):
            return False
        if self._first is not None or self._last is not None:
            event = model.data(index, EventRole)
            if event is None:
                return False
            if self._first is not None and event.last < self._first:
                return False
            if self._last is not None and event.first > self._last:
                return False
        return True


def event_id(event: Event) -> str:
    return event.id


def actor_names(events: Sequence[Event]) -> list[str]:
    """Actors by how many events they appear in, then by name."""
    counts: dict[str, int] = {}
    for e in events:
        for a in e.actors:
            counts[a] = counts.get(a, 0) + 1
    return sorted(counts, key=lambda a: (-counts[a], a.casefold()))
