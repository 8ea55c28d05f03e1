"""The main window: timeline on top, events and articles below, the selected event on the right.

Widgets display and forward; the session (``desktop.session``) holds the state and
does the work.  Slow work (imports, recomputing events after a date change) runs
through an injectable executor (:mod:`desktop.ui.tasks`) with its own SQLite
connection and hands back values; the window's session adopts the extraction.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.model import Event, Extraction, Precision
from desktop.core.titles import display_title, short_name
from desktop.core.workspace import Workspace
from desktop.session import Session, actor_spellings
from desktop.ui import dialogs, settings as cfg
from desktop.ui.article_list import ArticleList
from desktop.ui.event_model import (
    COL_ACTORS,
    COL_DATE,
    COL_LABEL,
    COL_PRECISION,
    COL_SOURCES,
    COL_STATUS,
    EventFilterProxy,
    EventIdRole,
    EventTableModel,
    actor_names,
)
from desktop.ui.problems import ProblemsDock
from desktop.ui.side_panel import SidePanel
from desktop.ui.tasks import (
    Executor,
    ExtractionOutcome,
    ImportOutcome,
    Task,
    ThreadPoolExecutor,
    make_extraction_task,
    make_import_task,
)

MEMORY = ":memory:"
WORKSPACE_SUFFIX = ".chronik"
DEFAULT_FIRST = date(2025, 2, 1)
DEFAULT_LAST = date(2025, 5, 31)


def as_session(workspace: Session | Workspace) -> Session:
    """A session over ``workspace`` (the window is given either)."""
    return workspace if isinstance(workspace, Session) else Session(workspace)


def sample_paths() -> list[str]:
    """The built-in sample articles: the samples folder (the import skips its README)."""
    from desktop.core.resources import resource_path

    folder = resource_path("samples")
    return [str(folder)] if folder.is_dir() and any(folder.iterdir()) else []


#: File names of the samples workspace, by interface language (next to the user's workspace).
SAMPLES_WORKSPACE_NAMES = {"de": "Beispiele.chronik", "en": "Samples.chronik"}


def samples_workspace_path(settings: cfg.Settings) -> str:
    """Where the samples live: their own workspace beside the default one, never the user's."""
    from desktop.ui.app import default_workspace_path, ui_language

    lang = ui_language(settings.get(cfg.LANGUAGE))
    return os.path.join(os.path.dirname(default_workspace_path()), SAMPLES_WORKSPACE_NAMES.get(lang, "Samples.chronik"))


def is_sample_article(path: str) -> bool:
    """True for an article read from the built-in samples folder."""
    from desktop.core.resources import resource_path

    try:
        folder = os.path.realpath(str(resource_path("samples")))
        return os.path.commonpath([os.path.realpath(path), folder]) == folder
    except (ValueError, OSError):
        return False


def mark_samples(extraction: Any, outlet: str) -> Any:
    """The extraction with ``outlet`` for every sample article that names none."""
    import dataclasses

    analyses = tuple(
        dataclasses.replace(an, article=dataclasses.replace(an.article, outlet=outlet))
        if not an.article.outlet and is_sample_article(an.article.path) else an
        for an in extraction.analyses
    )
    if all(a is b for a, b in zip(analyses, extraction.analyses)):
        return extraction
    return dataclasses.replace(extraction, analyses=analyses)


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
    last = max(max(e.first, e.last) for e in ordered[best[0]: best[1] + 1])
    last = min(last, first + timedelta(days=span_days))
    return first - timedelta(days=7), last + timedelta(days=7)


def plural(n: int, one: str, many: str) -> str:
    """English-style plural choice; both forms are translatable strings."""
    return (one if n == 1 else many).format(n=n)


def local_utc_offset_hours() -> float:
    offset = datetime.now().astimezone().utcoffset()
    return offset.total_seconds() / 3600 if offset is not None else 0.0


class MainWindow(QMainWindow):
    """Chronik's window.

    Signals:
        workspace_changed(str): another workspace file is now open (its path).
        extraction_changed(): events/articles were recomputed and the views refreshed.
        busy_changed(bool): a background task started (True) or ended (False).
    """

    workspace_changed = Signal(str)
    extraction_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        workspace: Session | Workspace,
        settings: cfg.Settings | None = None,
        executor: Executor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = as_session(workspace)
        self.settings = settings or cfg.Settings()
        self.executor: Executor = executor or ThreadPoolExecutor()
        self.extraction: Any = None
        self._task: Task | None = None
        self._tasks_started = 0
        self._pending_imports: list[str] = []
        self._selected_id: str | None = None
        self._selected_keys: list[str] = []
        self._syncing = False
        self._viewers: list[dialogs.ArticleViewer] = []
        self._range_initialised = False
        #: the samples' own workspace file; the user's workspace to go back to from there
        self.samples_path = samples_workspace_path(self.settings)
        #: articles whose events the view moves to at the next reload (after an import or a date)
        self._reveal_articles: set[str] = set()
        self.user_workspace_path: str | None = None

        self.setWindowTitle("Chronik")
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_statusbar()
        self._connect()
        self._restore_settings()
        self._load_workspace()
        self._load_stored_problems()
        # another process (a second window, `chronik extract --db`) may write to the file:
        # look for its commits while idle and show them, never stale counts
        self._seen_revision = self._workspace_revision()
        self.change_timer = QTimer(self)
        self.change_timer.setInterval(self.CHANGE_POLL_MS)
        self.change_timer.timeout.connect(self.check_external_changes)
        self.change_timer.start()

    # =====================================================================================
    # construction
    # =====================================================================================
    def _build_views(self) -> None:
        from desktop.ui.timeline import TimelineWidget

        self.timeline = TimelineWidget()
        self.timeline.setObjectName("timeline")

        # events table
        self.event_model = EventTableModel(self, self.session.events)
        self.event_proxy = EventFilterProxy(self)
        self.event_proxy.setSourceModel(self.event_model)
        self.event_view = QTableView()
        self.event_view.setObjectName("event_table")
        self.event_view.setModel(self.event_proxy)
        self.event_view.setSortingEnabled(True)
        self.event_view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        self.event_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.event_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.event_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.event_view.setAlternatingRowColors(True)
        self.event_view.setWordWrap(False)
        self.event_view.verticalHeader().hide()
        self.event_view.verticalHeader().setDefaultSectionSize(24)
        self.event_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.event_view.horizontalHeader()
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_DATE, 185),
            (COL_ACTORS, 230),
            (COL_SOURCES, 64),
            (COL_STATUS, 105),
            (COL_PRECISION, 100),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)

        self.article_list = ArticleList()
        self.article_list.model.set_collection(self.session.articles_by_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bottom_tabs")
        self.tabs.addTab(self.event_view, self.tr("Events"))
        self.tabs.addTab(self.article_list, self.tr("Articles"))

        # the banner offered while the workspace is empty (non-modal)
        self.empty_banner = QFrame()
        self.empty_banner.setObjectName("empty_banner")
        self.empty_banner.setStyleSheet(
            "#empty_banner { background: #eef4fb; border: 1px solid #b9cfe8; border-radius: 6px; }"
        )
        banner = QHBoxLayout(self.empty_banner)
        banner.setContentsMargins(12, 8, 12, 8)
        text = QLabel(
            self.tr(
                "<b>This workspace is empty.</b> Drop news articles (text, HTML, PDF, e-mail) "
                "or folders onto this window, import them from the File menu, "
                "or start with the sample articles."
            )
        )
        text.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Load sample articles"))
        self.banner_import_button = QPushButton(self.tr("Import files…"))
        banner.addWidget(text, 1)
        banner.addWidget(self.sample_button)
        banner.addWidget(self.banner_import_button)

        # the samples' own workspace says so, and where the user's own articles go
        self.samples_bar = _NoticeBar("samples_bar", "#fff8e6", "#e8cf8f")
        self.samples_bar.set_text(self.tr(
            "<b>Sample articles</b> written for Chronik (not real news reports), in their own workspace. "
            "Articles you import go to your own workspace."
        ))
        self.my_workspace_button = self.samples_bar.add_button(self.tr("Open my workspace"))
        self.samples_bar.hide()
        # articles without a publication date: their relative dates cannot be placed
        self.undated_bar = _NoticeBar("undated_bar", "#fdeeee", "#e3b3b3")
        self.set_date_button = self.undated_bar.add_button(self.tr("Set date…"))
        self.undated_bar.hide()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.empty_banner)
        layout.addWidget(self.samples_bar)
        layout.addWidget(self.undated_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # shown over the window while files are dragged over it: where they will go
        self.drop_overlay = QLabel(central)
        self.drop_overlay.setObjectName("drop_overlay")
        self.drop_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_overlay.setWordWrap(True)
        self.drop_overlay.setStyleSheet(
            "#drop_overlay { background: rgba(31, 95, 191, 40); border: 3px dashed #1f5fbf;"
            " border-radius: 12px; color: #123c7a; font-size: 20px; font-weight: 600; }"
        )
        self.drop_overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.drop_overlay.hide()

        # side panel (right) and problems (bottom) as docks: saveState remembers them
        self.side_panel = SidePanel()
        from desktop.ui.app import ui_language

        self.side_panel.language = ui_language(self.settings.get(cfg.LANGUAGE))
        self.side_dock = QDockWidget(self.tr("Event"), self)
        self.side_dock.setObjectName("side_dock")
        self.side_dock.setWidget(self.side_panel)
        self.side_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
        self.problems_dock = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.resizeDocks([self.side_dock], [400], Qt.Orientation.Horizontal)

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        a = self._action
        self.act_new = a(self.tr("&New workspace…"), self.new_workspace, SK.New)
        self.act_open = a(self.tr("&Open workspace…"), self.open_workspace, SK.Open)
        self.act_save_as = a(self.tr("Save workspace &as…"), self.save_workspace_as, "Ctrl+Alt+S")
        self.act_import_files = a(
            self.tr("&Import files…"), self.import_files, "Ctrl+I",
            self.tr("Add news articles (text, HTML, Markdown, PDF, e-mail) to the workspace"),
        )  # fmt: skip
        self.act_import_folder = a(self.tr("Import &folder…"), self.import_folder, "Ctrl+Shift+I")
        self.act_export = a(
            self.tr("&Export image…"), self.export_image, "Ctrl+Shift+S",
            self.tr("Save the timeline as PNG or SVG"),
        )  # fmt: skip
        self.act_export_chronology = a(
            self.tr("Export &chronology…"), self.export_chronology, None,
            self.tr("Save the events as TimelineJS, CSV, iCalendar or a text chronology with sources"),
        )  # fmt: skip
        self.act_quit = a(self.tr("&Quit"), self.close, SK.Quit)

        self.act_undo = a(self.tr("&Undo correction"), self.undo_correction, SK.Undo)
        self.act_copy_image = a(self.tr("&Copy image"), self.copy_image, "Ctrl+Shift+C")
        self.act_find = a(self.tr("&Find…"), self._focus_search, SK.Find)
        self.act_clear_filters = a(self.tr("C&lear filters"), self.clear_filters, "Ctrl+Shift+L")
        self.act_prefs = a(self.tr("&Preferences…"), self.edit_preferences, SK.Preferences)

        self.act_rename = a(self.tr("&Rename event…"), self.rename_selected, "F2")
        self.act_edit_date = a(self.tr("Edit &date…"), self.edit_selected_date, "Ctrl+D")
        self.act_delete = a(self.tr("De&lete event"), self.delete_selected, SK.Delete)
        self.act_merge = a(self.tr("&Merge events…"), self.merge_selected, "Ctrl+M")
        self.act_rename_actor = a(self.tr("Rename &actor…"), self.rename_actor)
        self.act_merge_actors = a(self.tr("Merge ac&tors…"), self.merge_actors)
        # the table and the timeline have focus most of the time; keep shortcuts window-wide
        for act in (self.act_rename, self.act_edit_date, self.act_delete, self.act_merge):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        self.act_fit = a(self.tr("&Fit all"), self._fit_all, "Ctrl+0")
        self.act_default_range = a(self.tr("Feb–May 202&5"), self._show_default_range, "Ctrl+9")
        self.act_zoom_in = a(self.tr("Zoom &in"), lambda: self.timeline.zoom(0.5), SK.ZoomIn)
        self.act_zoom_out = a(self.tr("Zoom &out"), lambda: self.timeline.zoom(2.0), SK.ZoomOut)

        self.act_samples = a(self.tr("Load &sample articles"), self.load_samples)
        self.act_shortcuts = a(self.tr("&Keyboard shortcuts"), self.show_shortcuts, SK.HelpContents)
        self.act_about = a(self.tr("&About Chronik"), self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        for act in (self.act_new, self.act_open, self.act_save_as):
            m.addAction(act)
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addSeparator()
        m.addAction(self.act_import_files)
        m.addAction(self.act_import_folder)
        m.addSeparator()
        m.addAction(self.act_export)
        m.addAction(self.act_export_chronology)
        m.addSeparator()
        m.addAction(self.act_quit)

        m = bar.addMenu(self.tr("&Edit"))
        for act in (self.act_undo, None, self.act_copy_image, None, self.act_find,
                    self.act_clear_filters, None, self.act_prefs):  # fmt: skip
            m.addSeparator() if act is None else m.addAction(act)

        m = bar.addMenu(self.tr("Even&t"))
        for act in (self.act_rename, self.act_edit_date, self.act_merge, self.act_delete, None,
                    self.act_rename_actor, self.act_merge_actors):  # fmt: skip
            m.addSeparator() if act is None else m.addAction(act)

        m = bar.addMenu(self.tr("&View"))
        for act in (self.act_fit, self.act_default_range, self.act_zoom_in, self.act_zoom_out):
            m.addAction(act)
        m.addSeparator()
        m.addAction(self.side_dock.toggleViewAction())
        m.addAction(self.problems_dock.toggleViewAction())

        m = bar.addMenu(self.tr("&Help"))
        m.addAction(self.act_samples)
        m.addSeparator()
        m.addAction(self.act_shortcuts)
        m.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Timeline"))
        tb.setObjectName("main_toolbar")
        tb.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

        tb.addWidget(QLabel(self.tr(" Lanes: ")))
        self.lane_combo = QComboBox()
        self.lane_combo.setToolTip(self.tr("One row per main actor, per article, or all in one row"))
        for key, text in (
            ("actor", self.tr("by actor")),
            ("article", self.tr("by article")),
            ("single", self.tr("single row")),
        ):
            self.lane_combo.addItem(text, key)
        tb.addWidget(self.lane_combo)
        tb.addSeparator()

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search events…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(160)
        self.search_edit.setMaximumWidth(240)
        tb.addWidget(self.search_edit)

        self.actor_combo = QComboBox()
        self.actor_combo.setToolTip(self.tr("Show only events with this actor"))
        self.actor_combo.setMinimumContentsLength(14)
        self.actor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        tb.addWidget(self.actor_combo)

        self.article_combo = QComboBox()
        self.article_combo.setToolTip(self.tr("Show only events reported by this article"))
        self.article_combo.setMinimumContentsLength(14)
        self.article_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        tb.addWidget(self.article_combo)

        self.date_filter_check = QCheckBox(self.tr("From"))
        self.date_filter_check.setToolTip(self.tr("Show only events in this date range"))
        self.date_from = QDateEdit(QDate(2025, 2, 1))
        self.date_to = QDateEdit(QDate(2025, 5, 31))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        tb.addWidget(self.date_filter_check)
        tb.addWidget(self.date_from)
        tb.addWidget(QLabel(self.tr(" to ")))
        tb.addWidget(self.date_to)
        self.disputed_check = QCheckBox(self.tr("Disputed dates"))
        self.disputed_check.setObjectName("disputed_filter")
        self.disputed_check.setToolTip(self.tr("Show only events whose sources give different days"))
        tb.addWidget(self.disputed_check)
        tb.addSeparator()
        tb.addAction(self.act_fit)
        tb.addAction(self.act_default_range)
        tb.addSeparator()
        tb.addAction(self.act_export)

    def _build_statusbar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the import; articles already read are kept"))
        self.cancel_button.clicked.connect(self.cancel_task)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.count_label)
        self.progress_bar.hide()
        self.cancel_button.hide()

    def _connect(self) -> None:
        self.timeline.event_selected.connect(self._on_timeline_selected)
        self.timeline.event_activated.connect(self._on_timeline_activated)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._on_timeline_context_menu)
        self.event_view.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.event_view.doubleClicked.connect(self._on_table_double_clicked)
        self.event_view.customContextMenuRequested.connect(self._on_table_context_menu)
        self.event_proxy.filter_changed.connect(self._on_filter_changed)

        self.lane_combo.currentIndexChanged.connect(self._on_lane_mode_changed)
        self.search_edit.textChanged.connect(self.event_proxy.set_search)
        self.actor_combo.currentIndexChanged.connect(self._on_actor_combo)
        self.article_combo.currentIndexChanged.connect(self._on_article_combo)
        self.disputed_check.toggled.connect(self.event_proxy.set_disputed_only)
        self.date_filter_check.toggled.connect(self._on_date_filter)
        self.date_from.dateChanged.connect(self._on_date_filter)
        self.date_to.dateChanged.connect(self._on_date_filter)

        self.side_panel.actor_clicked.connect(self.filter_by_actor)
        self.side_panel.show_in_article.connect(self.show_article)
        self.side_panel.rename_requested.connect(self.rename_selected)
        self.side_panel.edit_date_requested.connect(self.edit_selected_date)
        self.side_panel.delete_requested.connect(self.delete_selected)
        self.side_panel.merge_requested.connect(self.merge_selected)

        self.article_list.date_change_requested.connect(self.set_article_date)
        self.article_list.open_requested.connect(lambda aid: self.show_article(aid))
        self.article_list.filter_requested.connect(self.filter_by_article)
        self.article_list.remove_requested.connect(self.remove_article)

        self.problems_dock.cleared.connect(self._on_problems_cleared)
        self.sample_button.clicked.connect(self.load_samples)
        self.my_workspace_button.clicked.connect(self.open_user_workspace)
        self.set_date_button.clicked.connect(self.set_date_of_undated)
        self.banner_import_button.clicked.connect(self.import_files)

    def _restore_settings(self) -> None:
        lane = self.settings.get(cfg.LANE_MODE)
        self.lane_combo.setCurrentIndex(max(0, self.lane_combo.findData(lane)))
        self.timeline.set_lane_mode(lane)
        self._apply_time_zone()
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
            self.problems_dock.hide()  # shown again when problems arrive

    def _apply_time_zone(self) -> None:
        tz = self.settings.get(cfg.TIME_ZONE)
        self.timeline.set_utc_offset_hours(local_utc_offset_hours() if tz == "local" else 0.0)

    # =====================================================================================
    # refreshing the views
    # =====================================================================================
    def reload(self, extraction: Any = None) -> None:
        """Show the workspace's current extraction (computed here unless given)."""
        if extraction is None:
            extraction = self._safe_extraction()
        if self.in_samples_workspace():
            extraction = mark_samples(extraction, self.tr("Chronik sample"))
        self.extraction = extraction
        events = tuple(extraction.events)
        articles = tuple(extraction.articles)
        # lane names by article: outlet · title, unless one outlet is all there is (the samples)
        several = len({a.outlet for a in articles}) > 1
        titles = {a.id: short_name(a) if several else display_title(a) for a in articles}

        self._syncing = True
        try:
            self.event_model.set_aliases(actor_spellings(extraction))
            self.session.publish(extraction)  # the table and the article list follow its collections
            self.timeline.set_events(events, titles)
            self.side_panel.set_extraction(extraction)
            self._fill_filter_combos(events, articles)
            self.timeline.set_visible_ids(self.event_proxy.visible_ids())
        finally:
            self._syncing = False

        if self._reveal_articles:
            wanted, self._reveal_articles = self._reveal_articles, set()
            fresh = [e for e in events if any(m.article_id in wanted for m in e.mentions)]
            if fresh:
                self._show_initial_range(fresh)
        if not self._range_initialised:
            if events:
                self._show_initial_range(events)
            else:
                self.timeline.show_default_range()  # a new, empty workspace: not the old zoom
        # keep the selection on the same event (found by any of its mention keys)
        new_id = self._find_event_id(self._selected_keys) if self._selected_keys else None
        self._select(new_id, source="reload")
        self._seen_revision = self._workspace_revision()
        self.empty_banner.setVisible(not articles and self._task is None)
        self.samples_bar.setVisible(self.in_samples_workspace())
        self._update_undated_bar(articles)
        self._update_counts()
        self._update_actions()
        self._update_title()
        self.extraction_changed.emit()

    # how often (ms) the window looks for changes another process made to its workspace
    CHANGE_POLL_MS = 1500

    def _workspace_revision(self) -> Any:
        try:
            return self.session.revision
        except Exception:  # noqa: BLE001 - a closed or broken file: nothing to compare
            return None

    def check_external_changes(self) -> bool:
        """Reload when another process changed the workspace; True when it did."""
        if self._task is not None or self.session is None:
            return False
        rev = self._workspace_revision()
        if rev is None or rev == self._seen_revision:
            return False
        self.reload()
        self.statusBar().showMessage(self.tr("The workspace was changed by another program: reloaded."), 8000)
        return True

    #: a workspace with more articles than this shows its articles at once and finds the
    #: events in the background (a large one takes seconds)
    BACKGROUND_LOAD_ARTICLES = 50

    def _load_workspace(self) -> None:
        """Show a newly opened workspace without blocking the window."""
        try:
            count = self.session.article_count()
        except Exception:  # noqa: BLE001 - reload() reports what is wrong
            count = 0
        if count <= self.BACKGROUND_LOAD_ARTICLES:
            self.reload()
            return
        self.reload(self.session.articles_only())
        self.recompute()

    def _safe_extraction(self) -> Any:
        """The workspace's extraction; if finding events fails, the articles without events."""
        try:
            return self.session.extraction()
        except Exception as exc:  # noqa: BLE001 - the window must stay usable
            self.statusBar().showMessage(
                self.tr("Events could not be found: {why}").format(why=f"{type(exc).__name__}: {exc}")
            )
            try:
                return self.session.articles_only()
            except Exception:  # noqa: BLE001
                return Extraction.of_articles(())

    def _reopen_workspace(self) -> None:
        """Drop cached state after another connection wrote to the file (a failed worker)."""
        self.session.invalidate()

    def _show_initial_range(self, events: Sequence[Event]) -> None:
        """Open on where most events are (old background events would squash the rest)."""
        self._range_initialised = True
        first, last = densest_window(events)
        in_default = sum(1 for e in events if e.first >= DEFAULT_FIRST and e.last <= DEFAULT_LAST)
        near_default = first >= DEFAULT_FIRST - timedelta(days=20) and last <= DEFAULT_LAST + timedelta(days=20)
        if near_default or in_default >= 0.6 * len(events):
            self.timeline.show_default_range()
        else:
            self.timeline.set_range(first, last)

    def _find_event_id(self, keys: Iterable[str]) -> str | None:
        keys = set(keys)
        for e in self.event_model.events():
            if any(m.key in keys for m in e.mentions):
                return e.id
        return None

    def _fill_filter_combos(self, events: Sequence[Event], articles: Sequence[Any]) -> None:
        actor = self.event_proxy.actor()
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        self.actor_combo.addItem(self.tr("All actors"), "")
        for name in actor_names(events):
            self.actor_combo.addItem(name, name)
        i = self.actor_combo.findData(actor) if actor else 0
        self.actor_combo.setCurrentIndex(max(0, i))
        self.actor_combo.blockSignals(False)
        if actor and i < 0:
            self.event_proxy.set_actor(None)

        article = self.event_proxy.article()
        self.article_combo.blockSignals(True)
        self.article_combo.clear()
        self.article_combo.addItem(self.tr("All articles"), "")
        for a in sorted(articles, key=lambda a: (a.published.value if a.published else date.max)):
            name = display_title(a)
            self.article_combo.addItem(name if len(name) <= 60 else name[:57] + "…", a.id)
            self.article_combo.setItemData(
                self.article_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        j = self.article_combo.findData(article) if article else 0
        self.article_combo.setCurrentIndex(max(0, j))
        self.article_combo.blockSignals(False)
        if article and j < 0:
            self.event_proxy.set_article(None)

    def _update_counts(self) -> None:
        if self.extraction is None:
            self.count_label.setText("")
            return
        n_articles = len(self.extraction.analyses)
        n_events = self.event_model.rowCount()
        shown = self.event_proxy.rowCount()
        if self.event_proxy.is_filtering():
            text = self.tr("{shown} of {events} events · {articles} articles").format(
                shown=shown, events=n_events, articles=n_articles
            )
        else:
            text = self.tr("{events} events · {articles} articles").format(
                events=n_events, articles=n_articles
            )
        self.count_label.setText(text)

    def _update_title(self) -> None:
        path = self.session.path
        name = self.tr("(temporary workspace)") if path == MEMORY else os.path.basename(path)
        if self.in_samples_workspace():
            name = self.tr("{name} (sample articles)").format(name=os.path.splitext(name)[0])
        self.setWindowTitle(f"{name} – Chronik")

    def _update_actions(self) -> None:
        busy = self._task is not None
        has_event = self.selected_event() is not None
        for act in (self.act_rename, self.act_edit_date, self.act_delete, self.act_merge):
            act.setEnabled(has_event and not busy)
        has_actors = bool(self.extraction and any(e.actors for e in self.extraction.events))
        self.act_rename_actor.setEnabled(has_actors and not busy)
        self.act_merge_actors.setEnabled(has_actors and not busy)
        self.act_undo.setEnabled(not busy)
        for act in (self.act_new, self.act_open, self.act_save_as):
            act.setEnabled(not busy)
        for b in (
            self.side_panel.rename_button,
            self.side_panel.date_button,
            self.side_panel.delete_button,
            self.side_panel.merge_button,
        ):
            b.setEnabled(not busy)
        self.article_list.set_editing_allowed(not busy)

    # =====================================================================================
    # selection, kept in step between timeline, table and side panel
    # =====================================================================================
    def selected_event(self) -> Event | None:
        if self._selected_id is None:
            return None
        row = self.event_model.row_of(self._selected_id)
        return self.event_model.event_at(row) if row >= 0 else None

    def select_event(self, event_id: str | None) -> None:
        """Select an event everywhere (None clears the selection)."""
        self._select(event_id, source="api")

    def _select(self, event_id: str | None, source: str) -> None:
        if event_id is not None and self.event_model.row_of(event_id) < 0:
            event_id = None
        self._selected_id = event_id
        event = self.selected_event()
        self._selected_keys = [m.key for m in event.mentions] if event else []
        self._syncing = True
        try:
            if source != "timeline":
                self.timeline.set_selected(event_id)
            if source != "table":
                self._select_table_row(event_id)
        finally:
            self._syncing = False
        self.side_panel.show_event(event)
        self._update_actions()

    def _select_table_row(self, event_id: str | None) -> None:
        sel = self.event_view.selectionModel()
        if event_id is None:
            sel.clearSelection()
            return
        row = self.event_proxy.proxy_row_of(event_id)
        if row < 0:
            sel.clearSelection()
            return
        index = self.event_proxy.index(row, 0)
        sel.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.event_view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_timeline_selected(self, event_id: str) -> None:
        if self._syncing:
            return
        self._select(event_id or None, source="timeline")

    def _on_timeline_activated(self, event_id: str) -> None:
        """A double-click: select, and open the first source in the reader."""
        if self._syncing:
            return
        self._select(event_id or None, source="timeline")
        self.side_dock.show()
        event = self.selected_event()
        if event is not None and event.mentions:
            m = event.mentions[0]
            self.show_article(m.article_id, m.start, m.end)

    def _on_table_selection(self, *_: Any) -> None:
        if self._syncing:
            return
        rows = self.event_view.selectionModel().selectedRows()
        if not rows:
            self._select(None, source="table")
            return
        current = self.event_view.currentIndex()
        index = current if current.isValid() and any(r.row() == current.row() for r in rows) else rows[0]
        self._select(self.event_proxy.data(index, EventIdRole), source="table")

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        event_id = self.event_proxy.data(index, EventIdRole)
        event = self.event_model.event_at(self.event_model.row_of(event_id)) if event_id else None
        if event is None:
            return
        if event.mentions:
            m = event.mentions[0]
            self.show_article(m.article_id, m.start, m.end)

    def _selected_table_events(self) -> list[Event]:
        out: list[Event] = []
        for index in self.event_view.selectionModel().selectedRows():
            event_id = self.event_proxy.data(index, EventIdRole)
            row = self.event_model.row_of(event_id)
            ev = self.event_model.event_at(row)
            if ev is not None:
                out.append(ev)
        return out

    def _on_table_context_menu(self, pos: QPoint) -> None:
        if not self.event_view.indexAt(pos).isValid():
            return
        menu = self.event_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.event_view.viewport().mapToGlobal(pos))

    def event_menu(self) -> QMenu:
        """The corrections menu for the selected event (table and timeline)."""
        menu = QMenu(self)
        for act in (self.act_rename, self.act_edit_date, self.act_merge, self.act_delete):
            menu.addAction(act)
        event = self.selected_event()
        if event is not None and event.actors:
            menu.addSeparator()
            sub = menu.addMenu(self.tr("Show only events with"))
            for name in event.actors:
                act = sub.addAction(name)
                act.triggered.connect(lambda _=False, n=name: self.filter_by_actor(n))
            rename = menu.addMenu(self.tr("Rename actor"))
            for name in event.actors:
                act = rename.addAction(name + "…")
                act.triggered.connect(lambda _=False, n=name: self.rename_actor(n))
        menu.addSeparator()
        menu.addAction(self.act_merge_actors)
        return menu

    def _on_timeline_context_menu(self, pos: QPoint) -> None:
        menu = self.event_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.timeline.mapToGlobal(pos))

    # =====================================================================================
    # filters
    # =====================================================================================
    def filter_by_actor(self, actor: str | None) -> None:
        i = self.actor_combo.findData(actor or "")
        self.actor_combo.setCurrentIndex(max(0, i))
        self.event_proxy.set_actor(actor if i > 0 else None)

    def filter_by_article(self, article_id: str | None) -> None:
        i = self.article_combo.findData(article_id or "")
        self.article_combo.setCurrentIndex(max(0, i))
        self.event_proxy.set_article(article_id if i > 0 else None)
        if i > 0:
            self.tabs.setCurrentWidget(self.event_view)

    def set_date_filter(self, first: date | None, last: date | None) -> None:
        if first is None and last is None:
            self.date_filter_check.setChecked(False)
            return
        self.date_from.setDate(dialogs.to_qdate(first or date(1900, 1, 1)))
        self.date_to.setDate(dialogs.to_qdate(last or date(2100, 12, 31)))
        self.date_filter_check.setChecked(True)
        self._on_date_filter()

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.actor_combo.setCurrentIndex(0)
        self.article_combo.setCurrentIndex(0)
        self.date_filter_check.setChecked(False)
        self.disputed_check.setChecked(False)
        self.event_proxy.clear_filters()

    def _on_actor_combo(self, index: int) -> None:
        self.event_proxy.set_actor(self.actor_combo.itemData(index) or None)

    def _on_article_combo(self, index: int) -> None:
        self.event_proxy.set_article(self.article_combo.itemData(index) or None)

    def _on_date_filter(self, *_: Any) -> None:
        on = self.date_filter_check.isChecked()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if on:
            first = dialogs.from_qdate(self.date_from.date())
            last = dialogs.from_qdate(self.date_to.date())
            if last < first:
                first, last = last, first
            self.event_proxy.set_date_range(first, last)
        else:
            self.event_proxy.set_date_range(None, None)

    def _on_filter_changed(self) -> None:
        self.timeline.set_visible_ids(self.event_proxy.visible_ids())
        self._update_counts()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_lane_mode_changed(self, index: int) -> None:
        mode = self.lane_combo.itemData(index) or "actor"
        self.timeline.set_lane_mode(mode)
        self.settings.set(cfg.LANE_MODE, mode)

    def _fit_all(self) -> None:
        self.timeline.fit_all()

    def _show_default_range(self) -> None:
        self.timeline.show_default_range()

    # =====================================================================================
    # background tasks: import and recompute
    # =====================================================================================
    def is_busy(self) -> bool:
        return self._task is not None

    def _task_target(self) -> Session:
        """What a worker reopens on a connection of its own (``Session.reopen``)."""
        return self.session

    def _begin_task(self, task: Task, text: str, cancellable: bool) -> None:
        self._task = task
        self._tasks_started += 1
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setFormat(text)
        self.progress_bar.show()
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.empty_banner.hide()
        self.statusBar().showMessage(text)
        self._update_actions()
        self.busy_changed.emit(True)

    def _end_task(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.result = None  # the outcome (an extraction) is not kept twice
            task.deleteLater()
        self.progress_bar.hide()
        self.cancel_button.hide()
        if self.statusBar().currentMessage() in (self.tr("Updating events…"), self.tr("Importing…")):
            self.statusBar().clearMessage()  # the task's own message; a result message replaces it
        self._update_actions()
        self.busy_changed.emit(False)

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_bar.setFormat(self.tr("Stopping…"))
            self._pending_imports.clear()

    def import_paths(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Import files and folders in the background (queued when something runs)."""
        paths = [os.fspath(p) for p in paths if os.fspath(p)]
        if not paths:
            return
        if self.in_samples_workspace() and not all(is_sample_article(p) for p in paths):
            # the user's articles never mix with the samples
            if self._task is not None:
                self.statusBar().showMessage(self.tr("Please wait until the samples are loaded."), 5000)
                return
            if not self.open_user_workspace():
                return
            self.statusBar().showMessage(self.tr("Importing into your workspace {name}; the samples stay apart.")
                                         .format(name=os.path.basename(self.session.path)), 8000)
        self._import_now(paths)

    def _import_now(self, paths: list[str]) -> None:
        if self._task is not None:
            self._pending_imports.extend(paths)
            self.statusBar().showMessage(
                plural(len(paths), self.tr("1 more file will be imported next."),
                       self.tr("{n} more files will be imported next.")),
                5000,
            )  # fmt: skip
            return
        task = make_import_task(self._task_target(), paths, self,
                                max_bytes=self.settings.get(cfg.MAX_FILE_MB) * 1024 * 1024)
        task.progress.connect(self._on_import_progress)
        task.finished.connect(self._on_import_finished)
        task.failed.connect(self._on_task_failed)
        self._begin_task(task, self.tr("Importing…"), cancellable=True)
        task.start(self.executor)

    def _on_import_progress(self, done: int, total: int, path: str) -> None:
        if self._task is None:
            return
        if total <= 0:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if done >= total:
            self.progress_bar.setRange(0, 0)
            self.progress_bar.setFormat(self.tr("Finding events…"))
        else:
            self.progress_bar.setFormat(self.tr("Importing %v of %m"))
        if path:
            self.statusBar().showMessage(self.tr("Reading {name}").format(name=os.path.basename(path)))

    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        stale = outcome.result.path != self.session.path  # the user switched workspaces meanwhile
        self._end_task()
        if stale:
            return
        report = outcome.report
        self._reveal_articles = set(getattr(report, "imported", None) or [])
        # the worker's extraction, unless the workspace changed since (then computed anew)
        self.reload(outcome.extraction if self.session.adopt(outcome.result) else None)
        problems = list(getattr(report, "problems", []))
        if problems:
            self.show_problems(problems)
        self.statusBar().showMessage(self._import_summary(report), 15000)
        if report is not None and getattr(report, "imported", None) and self._selected_id is None:
            self.tabs.setCurrentWidget(self.event_view)
        self._start_pending()

    def show_problems(self, problems: Sequence[Any]) -> None:
        """List problems in the dock, shown as a low strip that leaves the table its room."""
        was_hidden = self.problems_dock.isHidden()
        self.problems_dock.add_problems(problems)
        if was_hidden and not self.problems_dock.isFloating():
            rows = min(4, self.problems_dock.model.rowCount())
            self.resizeDocks([self.problems_dock], [90 + 24 * rows], Qt.Orientation.Vertical)

    def _import_summary(self, report: Any) -> str:
        new = len(getattr(report, "imported", []))
        dup = len(getattr(report, "duplicates", []))
        bad = len(getattr(report, "problems", []))
        parts = [plural(new, self.tr("1 article imported"), self.tr("{n} articles imported"))]
        if dup:
            parts.append(plural(dup, self.tr("1 already there"), self.tr("{n} already there")))
        if bad:
            parts.append(
                plural(bad, self.tr("1 file with problems (see Problems)"),
                       self.tr("{n} files with problems (see Problems)"))
            )  # fmt: skip
        if getattr(report, "cancelled", False):
            parts.append(self.tr("stopped"))
        undated = {a.id for a in self.undated_articles()} & set(getattr(report, "imported", []) or [])
        if undated:
            parts.append(plural(len(undated), self.tr("1 without a date (see the bar above the timeline)"),
                                self.tr("{n} without a date (see the bar above the timeline)")))
        return ", ".join(parts)

    def _start_pending(self) -> None:
        if self._pending_imports and self._task is None:
            paths, self._pending_imports = self._pending_imports, []
            self.import_paths(paths)

    def _on_task_failed(self, message: str) -> None:
        self._end_task()
        self.statusBar().showMessage(self.tr("The task failed."), 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Chronik"),
            self.tr("The work stopped with an error. Everything stored before the error is kept."),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setDetailedText(message)
        box.setModal(False)
        box.show()
        self._reopen_workspace()
        self.reload()
        self._start_pending()

    def recompute(self) -> None:
        """Recompute events in the background (after dates or articles changed)."""
        if self._task is not None:
            return
        task = make_extraction_task(self._task_target(), self)
        task.finished.connect(self._on_recomputed)
        task.failed.connect(self._on_task_failed)
        self._begin_task(task, self.tr("Updating events…"), cancellable=False)
        task.start(self.executor)

    def _on_recomputed(self, outcome: ExtractionOutcome) -> None:
        self._end_task()
        self.reload(outcome.extraction if self.session.adopt(outcome) else None)
        self._start_pending()

    # =====================================================================================
    # drag and drop
    # =====================================================================================
    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        paths = self._local_paths(event)
        if paths:
            event.acceptProposedAction()
            message = plural(len(paths), self.tr("Drop to import 1 file or folder"),
                             self.tr("Drop to import {n} files or folders"))
            self.statusBar().showMessage(message)
            target = self.user_workspace_path if self.in_samples_workspace() else self.session.path
            where = self.tr("into {name}").format(name=os.path.basename(target or "") or self.tr("(temporary workspace)"))
            self.drop_overlay.setText(f"{message}\n{where}")
            self.drop_overlay.setGeometry(self.centralWidget().rect().adjusted(8, 8, -8, -8))
            self.drop_overlay.show()
            self.drop_overlay.raise_()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.statusBar().clearMessage()
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.mimeData() is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._local_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # start after the drop has returned to the source application
        self.statusBar().clearMessage()
        self.drop_overlay.hide()
        QTimer.singleShot(0, self, lambda: self.import_paths(paths))

    # =====================================================================================
    # file menu
    # =====================================================================================
    def import_files(self) -> None:
        start = self.settings.get(cfg.LAST_IMPORT_DIR) or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            start,
            self.tr(
                "Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.mbox);;All files (*)"
            ),
        )
        if paths:
            self.settings.set(cfg.LAST_IMPORT_DIR, os.path.dirname(paths[0]))
            self.import_paths(paths)

    def import_folder(self) -> None:
        start = self.settings.get(cfg.LAST_IMPORT_DIR) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"), start)
        if folder:
            self.settings.set(cfg.LAST_IMPORT_DIR, folder)
            self.import_paths([folder])

    def in_samples_workspace(self) -> bool:
        path = self.session.path
        return path != MEMORY and os.path.abspath(path) == os.path.abspath(self.samples_path)

    def load_samples(self) -> None:
        """Open the samples in their own workspace (filled on first use); the user's stays apart."""
        paths = sample_paths()
        if not paths:
            self.statusBar().showMessage(self.tr("No sample articles were found."), 8000)
            return
        if not self.in_samples_workspace():
            path = self.session.path
            if path != MEMORY:
                self.user_workspace_path = path
            os.makedirs(os.path.dirname(os.path.abspath(self.samples_path)), exist_ok=True)
            if not self._open_path(self.samples_path):
                return
        if self.session.article_count() == 0:
            self._import_now(paths)

    def open_user_workspace(self) -> bool:
        """Leave the samples for the user's own workspace (the last one, else the default)."""
        from desktop.ui.app import default_workspace_path

        if not self.in_samples_workspace():
            return True
        target = self.user_workspace_path
        if not target:
            recent = [p for p in self.settings.get(cfg.RECENT_WORKSPACES)
                      if os.path.abspath(p) != os.path.abspath(self.samples_path) and os.path.exists(p)]
            target = recent[0] if recent else default_workspace_path()
        return self._open_path(target)

    def set_workspace(self, ws: Session | Workspace) -> None:
        """Switch to another (already open) workspace; the old one is closed."""
        if self._task is not None:
            self._task.cancel()
        old, self.session = self.session, as_session(ws)
        if old is not None and old is not self.session:
            old.close()
        self.event_model.set_collection(self.session.events)
        self.article_list.model.set_collection(self.session.articles_by_id)
        path = self.session.path
        if path != MEMORY:
            self.settings.add_recent_workspace(path)
        self._selected_id, self._selected_keys = None, []
        self._range_initialised = False
        self.problems_dock.clear()
        self.event_proxy.clear_filters()
        self.search_edit.clear()
        self.date_filter_check.setChecked(False)
        self.disputed_check.setChecked(False)
        self._load_workspace()
        self._load_stored_problems()
        self.workspace_changed.emit(path)

    def _open_path(self, path: str) -> bool:
        from desktop.core.workspace import WorkspaceError

        if self._open_elsewhere(path):
            self.statusBar().showMessage(
                self.tr("{name} is open in another Chronik window; that window came to the front.")
                .format(name=os.path.basename(path)), 10000)
            return False
        try:
            session = Session.open(path)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open workspace"), str(exc))
            return False
        self.set_workspace(session)
        return True

    def _open_elsewhere(self, path: str) -> bool:
        """True when another Chronik window has ``path`` open (it is asked to come to the front)."""
        if os.environ.get("CHRONIK_SINGLE_INSTANCE", "1") == "0" or path == MEMORY:
            return False
        current = self.session.path
        if current != MEMORY and os.path.abspath(current) == os.path.abspath(path):
            return False  # this window's own (it would be asking itself)
        from desktop.ui import instance

        return instance.hand_over(instance.workspace_name(path), [], timeout_ms=1500)

    def new_workspace(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("New workspace"), self._workspace_dir(),
                self.tr("Chronik workspace (*.chronik)"),
            )  # fmt: skip
            if not path:
                return False
        path = self._with_suffix(path)
        if os.path.exists(path) and self._open_elsewhere(path):  # never replace a file in use
            self.statusBar().showMessage(
                self.tr("{name} is open in another Chronik window; that window came to the front.")
                .format(name=os.path.basename(path)), 10000)
            return False
        if os.path.exists(path):
            try:
                os.remove(path)
                for suffix in ("-wal", "-shm"):
                    if os.path.exists(path + suffix):
                        os.remove(path + suffix)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("New workspace"), str(exc))
                return False
        return self._open_path(path)

    def open_workspace(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open workspace"), self._workspace_dir(),
                self.tr("Chronik workspace (*.chronik);;All files (*)"),
            )  # fmt: skip
            if not path:
                return False
        return self._open_path(path)

    def save_workspace_as(self, path: str | None = None) -> bool:
        from desktop.core.workspace import WorkspaceError

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save workspace as"), self._workspace_dir(),
                self.tr("Chronik workspace (*.chronik)"),
            )  # fmt: skip
            if not path:
                return False
        path = self._with_suffix(path)
        try:
            self.session.save_as(path)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save workspace as"), str(exc))
            return False
        self.settings.add_recent_workspace(self.session.path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved as {path}").format(path=path), 8000)
        self.workspace_changed.emit(self.session.path)
        return True

    def _workspace_dir(self) -> str:
        path = self.session.path
        return os.path.dirname(path) if path != MEMORY else str(Path.home())

    @staticmethod
    def _with_suffix(path: str) -> str:
        return path if os.path.splitext(path)[1] else path + WORKSPACE_SUFFIX

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = self.session.path
        recent = [p for p in self.settings.get(cfg.RECENT_WORKSPACES) if p != current]
        if not recent:
            act = self.recent_menu.addAction(self.tr("(none)"))
            act.setEnabled(False)
            return
        for p in recent:
            act = self.recent_menu.addAction(p)
            act.triggered.connect(lambda _=False, path=p: self.open_workspace(path))

    def _on_problems_cleared(self) -> None:
        self.session.clear_problems()
        self._seen_revision = self._workspace_revision()  # our own change, not another program's

    def _load_stored_problems(self) -> None:
        stored = self.session.problems()
        if stored:
            self.problems_dock.model.add_problems(stored)

    # =====================================================================================
    # corrections
    # =====================================================================================
    def _correct(self, do: Any) -> bool:
        """Run a workspace correction, then refresh the views (corrections only replay)."""
        from desktop.core.corrections import CorrectionError

        if self._task is not None:
            self.statusBar().showMessage(self.tr("Please wait until the import has finished."), 5000)
            return False
        try:
            do()
        except (CorrectionError, KeyError, ValueError) as exc:
            self.statusBar().showMessage(self.tr("Not changed: {why}").format(why=exc), 8000)
            return False
        self.reload()
        return True

    def rename_selected(self, label: str | None = None) -> bool:
        event = self.selected_event()
        if event is None:
            return False
        if label is None:
            label, ok = dialogs.ask_text(self, self.tr("Rename event"), self.tr("Label:"), event.label)
            if not ok:
                return False
        label = label.strip()
        if not label or label == event.label:
            return False
        return self._correct(lambda: self.session.rename_event(event, label))

    def edit_selected_date(
        self, first: date | None = None, last: date | None = None, precision: Precision | None = None
    ) -> bool:
        event = self.selected_event()
        if event is None:
            return False
        if first is None:
            dlg = dialogs.EventDateDialog(event, self)
            if dlg.exec() != dialogs.EventDateDialog.DialogCode.Accepted:
                return False
            first, last, precision = dlg.value()
        last = last or first
        precision = precision or (Precision.DAY if first == last else Precision.RANGE)
        return self._correct(lambda: self.session.set_event_date(event, first, last, precision))

    def delete_selected(self) -> bool:
        events = self._selected_table_events() or ([self.selected_event()] if self.selected_event() else [])
        events = [e for e in events if e is not None]
        if not events:
            return False
        self._selected_keys = []

        def do() -> None:
            for e in events:
                self.session.delete_event(e)

        ok = self._correct(do)
        if ok:
            self.statusBar().showMessage(
                plural(len(events), self.tr("Event deleted. Edit > Undo correction brings it back."),
                       self.tr("{n} events deleted. Edit > Undo correction brings them back.")),
                8000,
            )  # fmt: skip
        return ok

    def merge_selected(self, other_id: str | None = None) -> bool:
        """Merge: two rows selected in the table, or the selected event and ``other_id``
        (asked for in a dialog when not given)."""
        chosen = self._selected_table_events()
        if other_id is None and len(chosen) == 2:
            current = self.selected_event()
            keep = current if current in chosen else chosen[0]
            other = chosen[1] if keep is chosen[0] else chosen[0]
        else:
            keep = self.selected_event()
            if keep is None:
                return False
            if other_id is None:
                dlg = dialogs.ChooseEventDialog(keep, self.event_model.events(), self)
                if dlg.exec() != dialogs.ChooseEventDialog.DialogCode.Accepted:
                    return False
                other = dlg.value()
            else:
                other = self.event_model.event_at(self.event_model.row_of(other_id))
            if other is None or other.id == keep.id:
                return False
        keep_keys = [m.key for m in keep.mentions]
        ok = self._correct(lambda: self.session.merge_events(keep, other))
        if ok:
            self._select(self._find_event_id(keep_keys), source="api")
        return ok

    def rename_actor(self, old: str | None = None, new: str | None = None) -> bool:
        if self.extraction is None:
            return False
        if old is None or new is None:
            names = actor_names(self.extraction.events)
            selected = self.selected_event()
            current = old or (selected.actors[0] if selected and selected.actors else None)
            dlg = dialogs.ActorDialog(names, merge=False, current=current, parent=self)
            if dlg.exec() != dialogs.ActorDialog.DialogCode.Accepted:
                return False
            old, new = dlg.value()
        if not new or old == new:
            return False
        ok = self._correct(lambda: self.session.rename_actor(old, new))
        if ok and self.event_proxy.actor() == old:
            self.filter_by_actor(new)
        return ok

    def merge_actors(self, keep: str | None = None, merged: str | None = None) -> bool:
        if self.extraction is None:
            return False
        if keep is None or merged is None:
            names = actor_names(self.extraction.events)
            dlg = dialogs.ActorDialog(names, merge=True, parent=self)
            if dlg.exec() != dialogs.ActorDialog.DialogCode.Accepted:
                return False
            keep, merged = dlg.value()
        if not keep or keep == merged:
            return False
        return self._correct(lambda: self.session.merge_actors(keep, merged))

    def undo_correction(self) -> bool:
        if self._task is not None:
            return False
        undone = self.session.undo_last_correction()
        if undone is None:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 5000)
            return False
        self.reload()
        self.statusBar().showMessage(self.tr("Undone."), 5000)
        return True

    # =====================================================================================
    # articles
    # =====================================================================================
    def set_article_date(self, article_id: str, value: date | None | bool = False) -> bool:
        """Set an article's date (``False``: ask; ``None``: back to the detected date)."""
        if self._task is not None:
            self.statusBar().showMessage(self.tr("Please wait until the import has finished."), 5000)
            return False
        article = self.session.article(article_id)
        if article is None:
            return False
        if value is False:
            user = self.session.user_dates().get(article_id)
            dlg = dialogs.ArticleDateDialog(article, user, self)
            if dlg.exec() != dialogs.ArticleDateDialog.DialogCode.Accepted:
                return False
            value = dlg.value()
        self.session.set_user_date(article_id, value)  # type: ignore[arg-type]
        if value is not None:
            self._reveal_articles.add(article_id)
        self.recompute()
        return True

    def undated_articles(self) -> list[Any]:
        """Articles whose publication date is unknown (their relative dates cannot be placed)."""
        if self.extraction is None:
            return []
        return [a for a in self.extraction.articles if a.published is None]

    def _update_undated_bar(self, articles: Sequence[Any]) -> None:
        undated = [a for a in articles if a.published is None]
        if not undated:
            self.undated_bar.hide()
            return
        names = [display_title(a) for a in undated]
        text = plural(len(undated), self.tr("<b>1 article has no date</b>: its relative dates cannot be placed."),
                      self.tr("<b>{n} articles have no date</b>: their relative dates cannot be placed."))
        shown = ", ".join(_html_escape(n if len(n) <= 50 else n[:49] + "…") for n in names[:3])
        more = f" (+{len(names) - 3})" if len(names) > 3 else ""
        self.undated_bar.set_text(f"{text} <span style='color:#666'>{shown}{more}</span>")
        self.undated_bar.setToolTip("\n".join(names))
        self.undated_bar.show()

    def set_date_of_undated(self) -> bool:
        """"Set date…" on the bar: ask for the first undated article's date."""
        undated = self.undated_articles()
        if not undated:
            return False
        self.tabs.setCurrentWidget(self.article_list)
        self.article_list.select_article(undated[0].id)
        return self.set_article_date(undated[0].id)

    def remove_article(self, article_id: str, confirm: bool = True) -> bool:
        """Remove an article (after asking); its events go, user dates and corrections stay."""
        if self._task is not None:
            return False
        article = self.session.article(article_id)
        if article is None:
            return False
        if not confirm:
            self.session.remove_article(article_id)
            self.recompute()
            return True
        box = QMessageBox.question(
            self,
            self.tr("Remove article"),
            self.tr("Remove “{title}” from the workspace? Its events go with it.").format(
                title=article.title or os.path.basename(article.path)
            ),
        )
        if box != QMessageBox.StandardButton.Yes:
            return False
        self.session.remove_article(article_id)
        self.recompute()
        return True

    def show_article(self, article_id: str, start: int = -1, end: int = -1) -> dialogs.ArticleViewer | None:
        """Open the full article (non-modal), scrolled to and marking ``start:end``."""
        article = None
        if self.extraction is not None:
            article = next((a for a in self.extraction.articles if a.id == article_id), None)
        if article is None:
            article = self.session.article(article_id)
        if article is None:
            return None
        snippet = (start, end) if 0 <= start < end else None
        spans = self.side_panel.sources.article_spans(self.selected_event(), article_id, start) if snippet else []
        viewer = next((v for v in self._viewers if v.isVisible()), None)
        if viewer is None:
            viewer = dialogs.ArticleViewer(self)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.destroyed.connect(lambda _=None, v=viewer: self._forget_viewer(v))
            self._viewers.append(viewer)
        viewer.show()
        viewer.show_article(article, snippet, spans)
        viewer.raise_()
        return viewer

    def _forget_viewer(self, viewer: dialogs.ArticleViewer) -> None:
        if viewer in self._viewers:
            self._viewers.remove(viewer)

    # =====================================================================================
    # export, preferences, help
    # =====================================================================================
    def export_image(self, fmt: str | None = None, path: str | None = None) -> bool:
        from desktop.ui import export

        if fmt is None or path is None:
            dlg = dialogs.ExportDialog(os.path.join(self._workspace_dir(), "chronik.png"), self)
            if dlg.exec() != dialogs.ExportDialog.DialogCode.Accepted:
                return False
            fmt, path = dlg.value()
        if not path:
            return False
        try:
            if fmt == "svg":
                export.export_svg(self.timeline, path)
            else:
                export.export_png(self.timeline, path, scale=2.0 if fmt == "png2" else 1.0)
        except Exception as exc:  # noqa: BLE001 - tell the user, keep the window
            QMessageBox.warning(self, self.tr("Export image"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        return True

    def export_chronology(
        self, fmt: str | None = None, path: str | None = None, scope: str = "view", mentions: bool = False
    ) -> bool:
        """File > Export chronology: the events shown (filters apply; ``scope`` "view" keeps the
        visible dates, "all" every date) in a format of :mod:`desktop.core.exports`."""
        from desktop.core import exports
        from desktop.ui.app import ui_language
        from desktop.ui.export_dialog import ExportChronologyDialog, mentions_path

        if fmt is None or path is None:
            dlg = ExportChronologyDialog(os.path.join(self._workspace_dir(), "chronik.json"), self)
            if dlg.exec() != ExportChronologyDialog.DialogCode.Accepted:
                return False
            fmt, path, scope, mentions = dlg.value()
        if not path or self.extraction is None:
            return False
        events = self.event_model.events()
        first, last = self.timeline.visible_range() if scope == "view" else (None, None)
        groups = {e.id: lane for e in events if (lane := self.timeline.lane_of(e.id))}
        chron = exports.build(
            events, self.extraction.articles, lang=ui_language(self.settings.get(cfg.LANGUAGE)),
            first=first, last=last, ids=self.event_proxy.visible_ids(), groups=groups,
        )  # fmt: skip
        try:
            written = exports.write(fmt, chron, path, mentions_path(path) if mentions else None)
        except exports.ExportError as exc:
            QMessageBox.warning(self, self.tr("Export chronology"), str(exc))
            return False
        self.statusBar().showMessage(
            self.tr("Saved {n} events to {path}").format(n=len(chron.events), path=", ".join(written)), 8000
        )
        return True

    def copy_image(self) -> None:
        from desktop.ui import export

        export.copy_to_clipboard(self.timeline)
        self.statusBar().showMessage(self.tr("The timeline image is on the clipboard."), 5000)

    def edit_preferences(self) -> None:
        dlg = dialogs.PreferencesDialog(
            self.settings.get(cfg.LANGUAGE), self.settings.get(cfg.TIME_ZONE), self,
            max_file_mb=self.settings.get(cfg.MAX_FILE_MB),
        )
        if dlg.exec() != dialogs.PreferencesDialog.DialogCode.Accepted:
            return
        language, tz = dlg.value()
        self.settings.set(cfg.LANGUAGE, language)
        self.settings.set(cfg.TIME_ZONE, tz)
        self.settings.set(cfg.MAX_FILE_MB, dlg.max_file_mb())
        self._apply_time_zone()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for act in self.findChildren(QAction):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and act.text():
                rows.append((keys, act.text().replace("&", "")))
        rows += [
            (self.tr("Mouse wheel"), self.tr("Zoom the timeline")),
            (self.tr("Drag"), self.tr("Move the timeline")),
            (self.tr("Click a point"), self.tr("Select an event")),
        ]
        return sorted(set(rows), key=lambda r: r[1])

    def show_shortcuts(self) -> None:
        dlg = dialogs.ShortcutsDialog(self.shortcut_rows(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Chronik"), dialogs.about_text(__version__))

    # =====================================================================================
    # closing
    # =====================================================================================
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.save_window(self.saveGeometry(), self.saveState())
        path = self.session.path
        if path != MEMORY:
            self.settings.set(cfg.LAST_WORKSPACE, path)
        self.settings.sync()
        task = self._task
        if task is not None:
            # stop listening first: a queued "finished" must not adopt a closed workspace
            for signal in (task.progress, task.finished, task.failed):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
            task.cancel()
            self._pending_imports.clear()
            wait = getattr(self.executor, "wait", None)
            if callable(wait):
                wait(30000)
            self._end_task()
        for viewer in list(self._viewers):
            viewer.close()
        super().closeEvent(event)

    def close_workspace(self) -> None:
        """Close the workspace file (the window is going away)."""
        if self.session is not None:
            self.session.close()

    @property
    def workspace(self) -> Session:
        """The open workspace, through its session (``self.session``)."""
        return self.session


class _NoticeBar(QFrame):
    """A one-line coloured bar above the timeline: a message and buttons (non-modal)."""

    def __init__(self, name: str, background: str, border: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(self.label, 1)

    def set_text(self, html: str) -> None:
        self.label.setText(html)

    def text(self) -> str:
        return self.label.text()

    def add_button(self, text: str) -> QPushButton:
        b = QPushButton(text)
        self._layout.addWidget(b)
        return b


def _html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
