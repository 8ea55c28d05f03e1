"""One selected event, kept in step between the timeline, the table and the side panel."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu

from desktop.core.model import Event
from desktop.session.view import find_event_id
from desktop.ui.controllers.base import Controller
from desktop.ui.event_model import EventIdRole

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class SelectionController(Controller):
    """The selected event by id, and the keys of its mentions to find it again after a
    recompute or a correction (its id may change)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.selected_id: str | None = None
        self.selected_keys: list[str] = []
        self._syncing = False

    def connect_views(self) -> None:
        w = self.window
        w.timeline.event_selected.connect(self._on_timeline_selected)
        w.timeline.event_activated.connect(self._on_timeline_activated)
        w.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.timeline.customContextMenuRequested.connect(self._on_timeline_context_menu)
        w.event_view.selectionModel().selectionChanged.connect(self._on_table_selection)
        w.event_view.doubleClicked.connect(self._on_table_double_clicked)
        w.event_view.customContextMenuRequested.connect(self._on_table_context_menu)

    @contextmanager
    def syncing(self) -> Iterator[None]:
        """While the views are being updated, their selection signals are not the user's."""
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False

    # -- queries ---------------------------------------------------------------------------
    def selected_event(self) -> Event | None:
        if self.selected_id is None:
            return None
        model = self.window.event_model
        row = model.row_of(self.selected_id)
        return model.event_at(row) if row >= 0 else None

    def selected_table_events(self) -> list[Event]:
        w = self.window
        out: list[Event] = []
        for index in w.event_view.selectionModel().selectedRows():
            event_id = w.event_proxy.data(index, EventIdRole)
            ev = w.event_model.event_at(w.event_model.row_of(event_id))
            if ev is not None:
                out.append(ev)
        return out

    # -- selecting ---------------------------------------------------------------------------
    def select_event(self, event_id: str | None) -> None:
        """Select an event everywhere (None clears the selection)."""
        self.select(event_id, source="api")

    def select_by_keys(self, keys: list[str]) -> None:
        """Select the event holding any of these mention keys (after a merge)."""
        self.select(find_event_id(self.window.event_model.events(), keys), source="api")

    def follow(self) -> None:
        """After a reload: the same event, found by any of its mention keys."""
        new_id = find_event_id(self.window.event_model.events(), self.selected_keys) if self.selected_keys else None
        self.select(new_id, source="reload")

    def forget(self) -> None:
        """Nothing selected (another workspace), and nothing to find again (a delete)."""
        self.selected_id, self.selected_keys = None, []

    def forget_keys(self) -> None:
        self.selected_keys = []

    def select(self, event_id: str | None, source: str) -> None:
        w = self.window
        if event_id is not None and w.event_model.row_of(event_id) < 0:
            event_id = None
        self.selected_id = event_id
        event = self.selected_event()
        self.selected_keys = [m.key for m in event.mentions] if event else []
        with self.syncing():
            if source != "timeline":
                w.timeline.set_selected(event_id)
            if source != "table":
                self._select_table_row(event_id)
        w.side_panel.show_event(event)
        w.view.update_actions()

    def _select_table_row(self, event_id: str | None) -> None:
        w = self.window
        sel = w.event_view.selectionModel()
        row = w.event_proxy.proxy_row_of(event_id) if event_id is not None else -1
        if row < 0:
            sel.clearSelection()
            return
        index = w.event_proxy.index(row, 0)
        sel.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        w.event_view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    # -- the views' signals --------------------------------------------------------------------
    def _on_timeline_selected(self, event_id: str) -> None:
        if not self._syncing:
            self.select(event_id or None, source="timeline")

    def _on_timeline_activated(self, event_id: str) -> None:
        """A double-click: select, and open the first source in the reader."""
        if self._syncing:
            return
        self.select(event_id or None, source="timeline")
        self.window.side_dock.show()
        self._open_first_source(self.selected_event())

    def _on_table_selection(self, *_: Any) -> None:
        if self._syncing:
            return
        w = self.window
        rows = w.event_view.selectionModel().selectedRows()
        if not rows:
            self.select(None, source="table")
            return
        current = w.event_view.currentIndex()
        index = current if current.isValid() and any(r.row() == current.row() for r in rows) else rows[0]
        self.select(w.event_proxy.data(index, EventIdRole), source="table")

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        w = self.window
        event_id = w.event_proxy.data(index, EventIdRole)
        self._open_first_source(w.event_model.event_at(w.event_model.row_of(event_id)) if event_id else None)

    def _open_first_source(self, event: Event | None) -> None:
        if event is not None and event.mentions:
            m = event.mentions[0]
            self.window.articles.show_article(m.article_id, m.start, m.end)

    # -- the corrections menu ------------------------------------------------------------------
    def event_menu(self) -> QMenu:
        """The corrections menu for the selected event (table and timeline)."""
        w = self.window
        menu = QMenu(w)
        for act in (w.act_rename, w.act_edit_date, w.act_merge, w.act_delete):
            menu.addAction(act)
        event = self.selected_event()
        if event is not None and event.actors:
            menu.addSeparator()
            sub = menu.addMenu(_tr("Show only events with"))
            for name in event.actors:
                act = sub.addAction(name)
                act.triggered.connect(lambda _=False, n=name: w.filters.filter_by_actor(n))
            rename = menu.addMenu(_tr("Rename actor"))
            for name in event.actors:
                act = rename.addAction(name + "…")
                act.triggered.connect(lambda _=False, n=name: w.corrections.rename_actor(n))
        menu.addSeparator()
        menu.addAction(w.act_merge_actors)
        return menu

    def _on_table_context_menu(self, pos: QPoint) -> None:
        w = self.window
        if not w.event_view.indexAt(pos).isValid():
            return
        self._popup(w.event_view.viewport().mapToGlobal(pos))

    def _on_timeline_context_menu(self, pos: QPoint) -> None:
        self._popup(self.window.timeline.mapToGlobal(pos))

    def _popup(self, where: QPoint) -> None:
        menu = self.event_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)
