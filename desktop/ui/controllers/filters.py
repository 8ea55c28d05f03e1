"""The toolbar's filters (search, actor, article, dates, disputed) and the event proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from desktop.core.model import Article, Event
from desktop.core.titles import display_title
from desktop.session.view import by_publication
from desktop.ui import dialogs
from desktop.ui.controllers.base import Controller
from desktop.ui.event_model import actor_names


_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class FilterController(Controller):
    """Forwards the filter widgets to :class:`EventFilterProxy` and keeps them in step."""

    def connect_views(self) -> None:
        w = self.window
        w.event_proxy.filter_changed.connect(self._on_filter_changed)
        w.search_edit.textChanged.connect(w.event_proxy.set_search)
        w.actor_combo.currentIndexChanged.connect(self._on_actor_combo)
        w.article_combo.currentIndexChanged.connect(self._on_article_combo)
        w.disputed_check.toggled.connect(w.event_proxy.set_disputed_only)
        w.date_filter_check.toggled.connect(self._on_date_filter)
        w.date_from.dateChanged.connect(self._on_date_filter)
        w.date_to.dateChanged.connect(self._on_date_filter)
        w.timeline.range_changed.connect(self._follow_view)

    # -- commands ---------------------------------------------------------------------------
    def filter_by_actor(self, actor: str | None) -> None:
        w = self.window
        i = w.actor_combo.findData(actor or "")
        w.actor_combo.setCurrentIndex(max(0, i))
        w.event_proxy.set_actor(actor if i > 0 else None)

    def filter_by_article(self, article_id: str | None) -> None:
        w = self.window
        i = w.article_combo.findData(article_id or "")
        w.article_combo.setCurrentIndex(max(0, i))
        w.event_proxy.set_article(article_id if i > 0 else None)
        if i > 0:
            w.tabs.setCurrentWidget(w.event_view)

    def set_date_filter(self, first: date | None, last: date | None) -> None:
        w = self.window
        if first is None and last is None:
            w.date_filter_check.setChecked(False)
            return
        w.date_from.setDate(dialogs.to_qdate(first or date(1900, 1, 1)))
        w.date_to.setDate(dialogs.to_qdate(last or date(2100, 12, 31)))
        w.date_filter_check.setChecked(True)
        self._on_date_filter()

    def clear_filters(self) -> None:
        w = self.window
        w.search_edit.clear()
        w.actor_combo.setCurrentIndex(0)
        w.article_combo.setCurrentIndex(0)
        w.date_filter_check.setChecked(False)
        w.disputed_check.setChecked(False)
        w.event_proxy.clear_filters()

    def reset(self) -> None:
        """Another workspace: no filters (the combos are filled by the next reload)."""
        w = self.window
        w.event_proxy.clear_filters()
        w.search_edit.clear()
        w.date_filter_check.setChecked(False)
        w.disputed_check.setChecked(False)

    def focus_search(self) -> None:
        self.window.search_edit.setFocus()
        self.window.search_edit.selectAll()

    # -- filling the combos ------------------------------------------------------------------------
    def fill_combos(self, events: Sequence[Event], articles: Sequence[Article]) -> None:
        w = self.window
        proxy = w.event_proxy
        _refill(w.actor_combo, _tr("All actors"), [(n, n, None) for n in actor_names(events)],
                proxy.actor(), lambda: proxy.set_actor(None))
        items = []
        for a in by_publication(articles):
            name = display_title(a)
            items.append((name if len(name) <= 60 else name[:57] + "…", a.id, name))
        _refill(w.article_combo, _tr("All articles"), items, proxy.article(), lambda: proxy.set_article(None))

    # -- the widgets' signals ------------------------------------------------------------------------
    def _on_actor_combo(self, index: int) -> None:
        self.window.event_proxy.set_actor(self.window.actor_combo.itemData(index) or None)

    def _on_article_combo(self, index: int) -> None:
        self.window.event_proxy.set_article(self.window.article_combo.itemData(index) or None)

    def _on_date_filter(self, *_: Any) -> None:
        w = self.window
        on = w.date_filter_check.isChecked()
        w.date_from.setEnabled(on)
        w.date_to.setEnabled(on)
        if on:
            first = dialogs.from_qdate(w.date_from.date())
            last = dialogs.from_qdate(w.date_to.date())
            if last < first:
                first, last = last, first
            w.event_proxy.set_date_range(first, last)
        else:
            w.event_proxy.set_date_range(None, None)

    def _follow_view(self, first: date, last: date) -> None:
        """While the date filter is off its fields show the days in view, so ticking "From"
        keeps what one is looking at (not a fixed Feb–May 2025 that may hold none of the events)."""
        w = self.window
        if w.date_filter_check.isChecked():
            return
        for edit, day in ((w.date_from, first), (w.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(dialogs.to_qdate(day))
            edit.blockSignals(False)

    def _on_filter_changed(self) -> None:
        w = self.window
        w.timeline.set_visible_ids(w.event_proxy.visible_ids())
        w.timeline.reveal_shown()  # an actor of other years: go there, not an empty view
        w.view.update_counts()
        nothing = _tr("No event matches the filters. Edit > Clear filters shows all events again.")
        if w.event_proxy.rowCount() == 0 and w.event_model.rowCount() > 0:
            self.status(nothing, 8000)
        elif w.statusBar().currentMessage() == nothing:
            w.statusBar().clearMessage()  # something matches again


def _refill(combo: QComboBox, all_text: str, items: Sequence[tuple[str, str, str | None]], current: str | None,
            forget: Callable[[], None]) -> None:
    """Fill a filter combo with "All …" and (text, data, tooltip) items, keeping the current choice;
    a choice that is gone is forgotten (``forget``)."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, "")
    for text, data, tip in items:
        combo.addItem(text, data)
        if tip is not None:
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    i = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(0, i))
    combo.blockSignals(False)
    if current and i < 0:
        forget()
