"""Showing the workspace's extraction everywhere: table, timeline, article list, side
panel, filters, bars, counts, title and which actions are enabled."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from desktop.core.model import Event, Extraction
from desktop.core.titles import display_title, short_name
from desktop.core.workspace import MEMORY
from desktop.session import actor_spellings
from desktop.session.view import events_citing, in_language, initial_range, mark_samples
from desktop.ui.controllers.base import Controller, plural

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ViewController(Controller):
    """Puts an extraction on screen and keeps the window's chrome in step with it."""

    #: how often (ms) the window looks for changes another process made to its workspace
    CHANGE_POLL_MS = 1500
    #: a workspace with more articles than this shows its articles at once and finds the
    #: events in the background (a large one takes seconds)
    BACKGROUND_LOAD_ARTICLES = 50

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.extraction: Extraction | None = None
        self.range_initialised = False
        #: articles whose events the view moves to at the next reload (after an import or a date)
        self.reveal_articles: set[str] = set()
        self.seen_revision: Any = None
        #: actor names the view shows in the UI's language -> the extraction's own ones
        self.shown_names: dict[str, str] = {}
        self.change_timer = QTimer(self)
        self.change_timer.setInterval(self.CHANGE_POLL_MS)
        self.change_timer.timeout.connect(self.check_external_changes)

    def base_name(self, shown: str) -> str:
        """The extraction's own name of an actor the view shows under another ("Russia")."""
        return self.shown_names.get(shown, shown)

    def start_watching(self) -> None:
        """Another process (a second window, `chronik extract --db`) may write to the file:
        look for its commits while idle and show them, never stale counts."""
        self.seen_revision = self.workspace_revision()
        self.change_timer.start()

    # -- showing an extraction ---------------------------------------------------------
    def reload(self, extraction: Extraction | None = None) -> None:
        """Show the workspace's current extraction (computed here unless given)."""
        w = self.window
        if extraction is None:
            extraction = self.safe_extraction()
        if w.workspaces.in_samples_workspace():
            extraction = mark_samples(extraction, _tr("Chronik sample"))
        # one language per view: labels and the lexicon's actor names in the UI's language
        extraction, self.shown_names = in_language(extraction, w.side_panel.language, w.session.corrections())
        self.extraction = extraction
        events = tuple(extraction.events)
        articles = tuple(extraction.articles)
        # lane names by article: outlet · title, unless one outlet is all there is (the samples)
        several = len({a.outlet for a in articles}) > 1
        titles = {a.id: short_name(a) if several else display_title(a) for a in articles}

        with w.selection.syncing():
            w.event_model.set_aliases(actor_spellings(extraction))
            w.session.publish(extraction)  # the table and the article list follow its collections
            w.timeline.set_events(events, titles)
            w.side_panel.set_sources(w.session.highlights)  # the spans to highlight, as the session found them
            w.filters.fill_combos(events, articles)
            w.timeline.set_visible_ids(w.event_proxy.visible_ids())

        if self.reveal_articles:
            wanted, self.reveal_articles = self.reveal_articles, set()
            fresh = events_citing(events, wanted)
            if fresh:
                self.show_initial_range(fresh)
        if not self.range_initialised:
            if events:
                self.show_initial_range(events)
            else:
                w.timeline.show_default_range()  # a new, empty workspace: not the old zoom
        w.selection.follow()  # the same event (found by any of its mention keys)
        self.seen_revision = self.workspace_revision()
        w.empty_banner.setVisible(not articles and not self.busy())
        w.samples_bar.setVisible(w.workspaces.in_samples_workspace())
        w.articles.update_undated_bar(articles)
        self.update_counts()
        self.update_actions()
        self.update_title()
        w.extraction_changed.emit()

    def show_initial_range(self, events: Sequence[Event]) -> None:
        """Open on where most events are (old background events would squash the rest)."""
        self.range_initialised = True
        span = initial_range(events)
        if span is None:
            self.window.timeline.show_default_range()
        else:
            self.window.timeline.set_range(*span)

    def safe_extraction(self) -> Extraction:
        """The workspace's extraction; if finding events fails, the articles without events."""
        session = self.window.session
        try:
            return session.extraction()
        except Exception as exc:  # noqa: BLE001 - the window must stay usable
            self.status(_tr("Events could not be found: {why}").format(why=f"{type(exc).__name__}: {exc}"))
            try:
                return session.articles_only()
            except Exception:  # noqa: BLE001
                return Extraction.of_articles(())

    def load_workspace(self) -> None:
        """Show a newly opened workspace without blocking the window."""
        session = self.window.session
        try:
            count = session.article_count()
        except Exception:  # noqa: BLE001 - reload() reports what is wrong
            count = 0
        if count <= self.BACKGROUND_LOAD_ARTICLES:
            self.reload()
            return
        self.reload(session.articles_only())
        self.window.imports.recompute()

    def forget(self) -> None:
        """Another workspace: its own first view."""
        self.range_initialised = False

    # -- another program's changes -------------------------------------------------------
    def workspace_revision(self) -> Any:
        try:
            return self.window.session.revision
        except Exception:  # noqa: BLE001 - a closed or broken file: nothing to compare
            return None

    def mark_seen(self) -> None:
        """The workspace changed by this window's own doing, not another program's."""
        self.seen_revision = self.workspace_revision()

    def check_external_changes(self) -> bool:
        """Reload when another process changed the workspace; True when it did."""
        if self.busy() or self.window.session is None:
            return False
        rev = self.workspace_revision()
        if rev is None or rev == self.seen_revision:
            return False
        self.reload()
        self.status(_tr("The workspace was changed by another program: reloaded."), 8000)
        return True

    # -- the window's chrome --------------------------------------------------------------
    def update_counts(self) -> None:
        w = self.window
        if self.extraction is None:
            w.count_label.setText("")
            return
        n_articles = len(self.extraction.analyses)
        n_events = w.event_model.rowCount()
        shown = w.event_proxy.rowCount()
        events = plural(n_events, _tr("1 event"), _tr("{n} events"))  # "1 event", never "1 events"
        if w.event_proxy.is_filtering():
            events = _tr("{shown} of {events}").format(shown=shown, events=events)
        articles = plural(n_articles, _tr("1 article"), _tr("{n} articles"))
        w.count_label.setText(f"{events} · {articles}")

    def update_title(self) -> None:
        w = self.window
        path = w.session.path
        name = _tr("(temporary workspace)") if path == MEMORY else os.path.basename(path)
        if w.workspaces.in_samples_workspace():
            name = _tr("{name} (sample articles)").format(name=os.path.splitext(name)[0])
        w.setWindowTitle(f"{name} – Chronik")

    def update_actions(self) -> None:
        w = self.window
        busy = self.busy()
        has_event = w.selection.selected_event() is not None
        for act in (w.act_rename, w.act_edit_date, w.act_delete, w.act_merge):
            act.setEnabled(has_event and not busy)
        has_actors = bool(self.extraction and any(e.actors for e in self.extraction.events))
        w.act_rename_actor.setEnabled(has_actors and not busy)
        w.act_merge_actors.setEnabled(has_actors and not busy)
        w.act_undo.setEnabled(not busy)
        for act in (w.act_new, w.act_open, w.act_save_as):
            act.setEnabled(not busy)
        w.side_panel.set_editing_allowed(not busy)
        w.article_list.set_editing_allowed(not busy)
