"""The article list: title, outlet, publication date and where that date came from.

The user sets or changes an article's date from here; the widget only asks
(``date_change_requested``), the main window writes it to the workspace.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Article, DateSource, Event
from desktop.core.titles import title_is_derived
from desktop.ui.event_model import format_date
from desktop.session import ArticleEntry, article_entries
from desktop.session.collections import Collection
from desktop.ui.rows import CollectionTableModel
from desktop.ui.side_panel import date_source_text

SortRole = Qt.ItemDataRole.UserRole + 1
ArticleRole = Qt.ItemDataRole.UserRole + 2
ArticleIdRole = Qt.ItemDataRole.UserRole + 3

COL_TITLE, COL_OUTLET, COL_DATE, COL_SOURCE, COL_EVENTS = range(5)
_INDEX = QModelIndex | QPersistentModelIndex


def entry_id(entry: ArticleEntry) -> str:
    return entry.article.id


def article_title(article: Article) -> str:
    """The headline, else the first sentence (shortened), else the file name."""
    from desktop.core.titles import display_title

    return display_title(article)


class ArticleListModel(CollectionTableModel[str, ArticleEntry]):
    """One row per article; columns title, outlet, published, date source, events.

    Adapts an id-keyed collection of article entries (the session's ``articles_by_id``,
    or its own): rows inserted, removed and changed as the collection announces."""

    def __init__(self, parent: Any = None, collection: Collection[str, ArticleEntry] | None = None) -> None:
        super().__init__(collection if collection is not None else Collection(entry_id), parent)

    def set_articles(self, articles: Iterable[Article], events: Iterable[Event] = ()) -> None:
        """Show ``articles`` with their event counts (through the collection)."""
        self.update(article_entries(articles, events))

    def articles(self) -> tuple[Article, ...]:
        return tuple(e.article for e in self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Title"),
            self.tr("Outlet"),
            self.tr("Published"),
            self.tr("Date from"),
            self.tr("Events"),
        )
        return titles[section] if 0 <= section < 5 else None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.item_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        a = entry.article
        col = index.column()
        pub = a.published
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TITLE:
                return article_title(a)
            if col == COL_OUTLET:
                return a.outlet or ""
            if col == COL_DATE:
                if pub is None:
                    return self.tr("unknown")
                return format_date(pub.value, pub.value, pub.precision)
            if col == COL_SOURCE:
                return date_source_text(pub.source if pub else None)
            if col == COL_EVENTS:
                return str(entry.events)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (COL_DATE, COL_SOURCE) and pub is not None and pub.evidence:
                return self.tr("Read from: {evidence}").format(evidence=pub.evidence)
            lines = [a.path, *a.warnings]  # what the reader had to leave out or guess
            if col == COL_TITLE and title_is_derived(a):
                lines.insert(0, self.tr("No headline in the file: its first sentence."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and col == COL_TITLE and title_is_derived(a):
            font = QFont()
            font.setItalic(True)  # not a headline: the first sentence stands in
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_DATE, COL_SOURCE):
            if pub is None:
                return QBrush(QColor("#b00020"))
            if pub.source is DateSource.USER:
                return QBrush(QColor("#1f5fbf"))
            if pub.source is DateSource.INFERRED:
                return QBrush(QColor("#8a6d00"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            if col == COL_DATE:
                return pub.value.isoformat() if pub else ""
            if col == COL_EVENTS:
                return entry.events
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == ArticleRole:
            return a
        if role == ArticleIdRole:
            return a.id
        return None


class ArticleList(QWidget):
    """Table of articles with "Set date…", "Show events" and "Remove" actions.

    Signals:
        date_change_requested(str): article id whose date the user wants to set.
        open_requested(str): article id to show in full.
        filter_requested(str): show only this article's events.
        remove_requested(str): remove this article from the workspace.
    """

    date_change_requested = Signal(str)
    open_requested = Signal(str)
    filter_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_OUTLET, 140), (COL_DATE, 110), (COL_SOURCE, 110), (COL_EVENTS, 60)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))  # the heading is never cut
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_buttons)

        self.date_button = QPushButton(self.tr("Set date…"))
        self.date_button.setToolTip(self.tr("Set or change the publication date of this article"))
        self.open_button = QPushButton(self.tr("Read"))
        self.open_button.setToolTip(self.tr("Show the whole article"))
        self.filter_button = QPushButton(self.tr("Show its events"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.date_button.clicked.connect(lambda: self._emit_for_current(self.date_change_requested))
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.open_requested))
        self.filter_button.clicked.connect(lambda: self._emit_for_current(self.filter_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for_current(self.remove_requested))
        buttons = QHBoxLayout()
        for b in (self.date_button, self.open_button, self.filter_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._editing_allowed = True
        self._update_buttons()

    def set_articles(self, articles: Iterable[Article], events: Iterable[Event] = ()) -> None:
        current = self.current_article_id()
        self.model.set_articles(articles, events)
        if current:
            self.select_article(current)
        self._update_buttons()

    def set_editing_allowed(self, allowed: bool) -> None:
        """Date changes and removals wait while an import runs."""
        self._editing_allowed = allowed
        self._update_buttons()

    def current_article_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            rows = self.view.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return self.proxy.data(index, ArticleIdRole)

    def select_article(self, article_id: str) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.setCurrentIndex(index)
        return True

    def _emit_for_current(self, signal: Any) -> None:
        aid = self.current_article_id()
        if aid:
            signal.emit(aid)

    def _update_buttons(self, *_: Any) -> None:
        has = self.current_article_id() is not None
        self.date_button.setEnabled(has and self._editing_allowed)
        self.remove_button.setEnabled(has and self._editing_allowed)
        self.open_button.setEnabled(has)
        self.filter_button.setEnabled(has)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        aid = self.proxy.data(index, ArticleIdRole)
        if not aid:
            return
        if index.column() in (COL_DATE, COL_SOURCE) and self._editing_allowed:
            self.date_change_requested.emit(aid)
        else:
            self.open_requested.emit(aid)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        aid = self.proxy.data(index, ArticleIdRole) if index.isValid() else None
        if not aid:
            return
        menu = QMenu(self)
        actions: list[tuple[str, Any, bool]] = [
            (self.tr("Set date…"), self.date_change_requested, self._editing_allowed),
            (self.tr("Read article"), self.open_requested, True),
            (self.tr("Show only its events"), self.filter_requested, True),
            (self.tr("Remove from workspace"), self.remove_requested, self._editing_allowed),
        ]
        for text, signal, enabled in actions:
            action = QAction(text, menu)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _=False, s=signal: s.emit(aid))
            menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
