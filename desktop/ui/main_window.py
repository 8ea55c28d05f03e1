"""The main window: timeline on top, events and articles below, the selected event on the right.

Assembly only: the window builds its widgets, actions, menus and docks and wires them to
its controllers (``desktop.ui.controllers``), which talk to the session
(``desktop.session``). Widgets display and forward; the session holds the state and does
the work. Slow work (imports, recomputing events after a date change) runs through an
injectable executor (:mod:`desktop.ui.tasks`) with its own SQLite connection and hands
back values; the window's session adopts the extraction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Extraction
from desktop.core.workspace import Workspace
from desktop.session import Session
from desktop.ui import settings as cfg
from desktop.ui.article_list import ArticleList
from desktop.ui.bars import DropOverlay, EmptyBanner, NoticeBar
from desktop.ui.controllers.articles import ArticleController
from desktop.ui.controllers.corrections import CorrectionController
from desktop.ui.controllers.exports import ExportController
from desktop.ui.controllers.filters import FilterController
from desktop.ui.controllers.imports import ImportController
from desktop.ui.controllers.preferences import PreferencesController
from desktop.ui.controllers.selection import SelectionController
from desktop.ui.controllers.view import ViewController
from desktop.ui.controllers.workspaces import WorkspaceController, as_session
from desktop.ui.event_model import (
    COL_ACTORS,
    COL_DATE,
    COL_LABEL,
    COL_PRECISION,
    COL_SOURCES,
    COL_STATUS,
    EventFilterProxy,
    EventTableModel,
)
from desktop.ui.problems import ProblemsDock
from desktop.ui.side_panel import SidePanel
from desktop.ui.tasks import Executor, ThreadPoolExecutor


# the actor and article filters show this many characters ("All actors", "Alle Akteure")
COMBO_CHARS = 12


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
        self.translators: list[Any] = []  # the application's translators, kept alive with the window
        # the controllers, one concern each (desktop/ui/controllers)
        self.view = ViewController(self)
        self.selection = SelectionController(self)
        self.filters = FilterController(self)
        self.imports = ImportController(self, executor or ThreadPoolExecutor())
        self.workspaces = WorkspaceController(self)
        self.corrections = CorrectionController(self)
        self.articles = ArticleController(self)
        self.exports = ExportController(self)
        self.preferences = PreferencesController(self)
        self._expose_commands()

        self.setWindowTitle("Chronik")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_statusbar()
        self._connect()
        self._restore_settings()
        self.view.load_workspace()
        self.imports.load_stored_problems()
        self.view.start_watching()

    def _expose_commands(self) -> None:
        """The window's commands by name (the app, the single-instance server, scripts and
        tests call them on the window); each is a controller's."""
        c = self.corrections
        self.rename_selected, self.edit_selected_date = c.rename_selected, c.edit_selected_date
        self.delete_selected, self.merge_selected = c.delete_selected, c.merge_selected
        self.rename_actor, self.merge_actors, self.undo_correction = c.rename_actor, c.merge_actors, c.undo_correction
        i = self.imports
        self.import_paths, self.import_files, self.import_folder = i.import_paths, i.import_files, i.import_folder
        self.is_busy, self.cancel_task, self.recompute = i.is_busy, i.cancel_task, i.recompute
        self.show_problems = i.show_problems
        ws = self.workspaces
        self.new_workspace, self.open_workspace = ws.new_workspace, ws.open_workspace
        self.save_workspace_as, self.set_workspace = ws.save_workspace_as, ws.set_workspace
        self.load_samples, self.open_user_workspace = ws.load_samples, ws.open_user_workspace
        self.in_samples_workspace = ws.in_samples_workspace
        a = self.articles
        self.set_article_date, self.remove_article, self.show_article = a.set_article_date, a.remove_article, a.show_article
        self.undated_articles, self.set_date_of_undated = a.undated_articles, a.set_date_of_undated
        f = self.filters
        self.filter_by_actor, self.filter_by_article = f.filter_by_actor, f.filter_by_article
        self.set_date_filter, self.clear_filters = f.set_date_filter, f.clear_filters
        self.select_event, self.selected_event = self.selection.select_event, self.selection.selected_event
        self.event_menu = self.selection.event_menu
        self.reload, self.check_external_changes = self.view.reload, self.view.check_external_changes
        self.export_image, self.export_chronology = self.exports.export_image, self.exports.export_chronology
        self.copy_image = self.exports.copy_image
        p = self.preferences
        self.edit_preferences, self.shortcut_rows = p.edit_preferences, p.shortcut_rows
        self.show_shortcuts, self.show_about = p.show_shortcuts, p.show_about

    # =====================================================================================
    # construction
    # =====================================================================================
    def _build_views(self) -> None:
        from desktop.ui.app import ui_language
        from desktop.ui.timeline import TimelineWidget

        self.timeline = TimelineWidget()
        self.timeline.setObjectName("timeline")

        # events table: a thin model over the session's events, sorted and filtered by the proxy
        self.event_model = EventTableModel(self, self.session.events)
        self.event_proxy = EventFilterProxy(self)
        self.event_proxy.setSourceModel(self.event_model)
        self.event_view = _event_table(self.event_proxy)

        self.article_list = ArticleList()
        self.article_list.model.set_collection(self.session.articles_by_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bottom_tabs")
        self.tabs.addTab(self.event_view, self.tr("Events"))
        self.tabs.addTab(self.article_list, self.tr("Articles"))

        self.empty_banner = EmptyBanner()  # offered while the workspace is empty (non-modal)
        self.sample_button = self.empty_banner.sample_button
        self.banner_import_button = self.empty_banner.import_button
        # the samples' own workspace says so, and where the user's own articles go
        self.samples_bar = NoticeBar("samples_bar", "#fff8e6", "#e8cf8f")
        self.samples_bar.set_text(self.tr(
            "<b>Sample articles</b> written for Chronik (not real news reports), in their own workspace. "
            "Articles you import go to your own workspace."
        ))
        self.my_workspace_button = self.samples_bar.add_button(self.tr("Open my workspace"))
        self.samples_bar.hide()
        # articles without a publication date: their relative dates cannot be placed
        self.undated_bar = NoticeBar("undated_bar", "#fdeeee", "#e3b3b3")
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
        for widget in (self.empty_banner, self.samples_bar, self.undated_bar):
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.drop_overlay = DropOverlay(central)

        # side panel (right) and problems (bottom) as docks: saveState remembers them
        self.side_panel = SidePanel()
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
        self.act_new = a(self.tr("&New workspace…"), self.workspaces.new_workspace, SK.New)
        self.act_open = a(self.tr("&Open workspace…"), self.workspaces.open_workspace, SK.Open)
        self.act_save_as = a(self.tr("Save workspace &as…"), self.workspaces.save_workspace_as, "Ctrl+Alt+S")
        self.act_import_files = a(
            self.tr("&Import files…"), self.imports.import_files, "Ctrl+I",
            self.tr("Add news articles (text, HTML, Markdown, PDF, e-mail) to the workspace"),
        )  # fmt: skip
        self.act_import_folder = a(self.tr("Import &folder…"), self.imports.import_folder, "Ctrl+Shift+I")
        self.act_export = a(
            self.tr("&Export image…"), self.exports.export_image, "Ctrl+Shift+S",
            self.tr("Save the timeline as PNG or SVG"),
        )  # fmt: skip
        self.act_export_chronology = a(
            self.tr("Export &chronology…"), self.exports.export_chronology, None,
            self.tr("Save the events as TimelineJS, CSV, iCalendar or a text chronology with sources"),
        )  # fmt: skip
        self.act_quit = a(self.tr("&Quit"), self.close, SK.Quit)

        self.act_undo = a(self.tr("&Undo correction"), self.corrections.undo_correction, SK.Undo)
        self.act_copy_image = a(self.tr("&Copy image"), self.exports.copy_image, "Ctrl+Shift+C")
        self.act_find = a(self.tr("&Find…"), self.filters.focus_search, SK.Find)
        self.act_clear_filters = a(self.tr("C&lear filters"), self.filters.clear_filters, "Ctrl+Shift+L")
        self.act_prefs = a(self.tr("&Preferences…"), self.preferences.edit_preferences, SK.Preferences)

        self.act_rename = a(self.tr("&Rename event…"), self.corrections.rename_selected, "F2")
        self.act_edit_date = a(self.tr("Edit &date…"), self.corrections.edit_selected_date, "Ctrl+D")
        self.act_delete = a(self.tr("De&lete event"), self.corrections.delete_selected, SK.Delete)
        self.act_merge = a(self.tr("&Merge events…"), self.corrections.merge_selected, "Ctrl+M")
        self.act_rename_actor = a(self.tr("Rename &actor…"), self.corrections.rename_actor)
        self.act_merge_actors = a(self.tr("Merge ac&tors…"), self.corrections.merge_actors)
        # the table and the timeline have focus most of the time; keep shortcuts window-wide
        for act in (self.act_rename, self.act_edit_date, self.act_delete, self.act_merge):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        self.act_fit = a(self.tr("&Fit all"), self.timeline.fit_all, "Ctrl+0")
        self.act_default_range = a(self.tr("Feb–May 202&5"), self.timeline.show_default_range, "Ctrl+9")
        self.act_zoom_in = a(self.tr("Zoom &in"), lambda: self.timeline.zoom(0.5), SK.ZoomIn)
        self.act_zoom_out = a(self.tr("Zoom &out"), lambda: self.timeline.zoom(2.0), SK.ZoomOut)

        self.act_samples = a(self.tr("Load &sample articles"), self.workspaces.load_samples)
        self.act_shortcuts = a(self.tr("&Keyboard shortcuts"), self.preferences.show_shortcuts, SK.HelpContents)
        self.act_about = a(self.tr("&About Chronik"), self.preferences.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        for act in (self.act_new, self.act_open, self.act_save_as):
            m.addAction(act)
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.workspaces.fill_recent_menu)
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
        self.search_edit.setMinimumWidth(self.SEARCH_WIDTHS[0])
        self.search_edit.setMaximumWidth(self.SEARCH_WIDTHS[1])
        tb.addWidget(self.search_edit)

        self.actor_combo = QComboBox()
        self.actor_combo.setToolTip(self.tr("Show only events with this actor"))
        self.actor_combo.setMinimumContentsLength(COMBO_CHARS)
        self.actor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        tb.addWidget(self.actor_combo)

        self.article_combo = QComboBox()
        self.article_combo.setToolTip(self.tr("Show only events reported by this article"))
        self.article_combo.setMinimumContentsLength(COMBO_CHARS)
        self.article_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        tb.addWidget(self.article_combo)

        # the dates, the disputed filter and the commands: a toolbar of their own, beside the
        # first where the window is wide enough and on a second row where not (at 1000 px
        # "Fit all" and "Export image…" went behind the overflow arrow)
        tb = QToolBar(self.tr("Dates and commands"))
        tb.setObjectName("second_toolbar")
        tb.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.second_toolbar = tb

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
        # "Feb–May 2025" (the samples' months) stays in the View menu and on Ctrl+9: on the
        # toolbar it pushed "Export image…" behind the overflow arrow at 1280 px, in German too
        tb.addAction(self.act_fit)
        tb.addSeparator()
        tb.addAction(self.act_export)

    SEARCH_WIDTHS = (140, 240)  # px, the search field at least and where there is room

    def _fit_toolbars(self) -> None:
        """Both toolbars on one row where they fit, the second below the first where not; the
        search field takes what room is left, up to SEARCH_WIDTHS[1]."""
        narrow, wide = self.SEARCH_WIDTHS
        self.search_edit.setMinimumWidth(narrow)
        need = self.toolbar.sizeHint().width() + self.second_toolbar.sizeHint().width()
        wrapped = self.toolBarBreak(self.second_toolbar)
        if need > self.width() and not wrapped:
            self.insertToolBarBreak(self.second_toolbar)
        elif need <= self.width() and wrapped:
            self.removeToolBarBreak(self.second_toolbar)
        room = wide - narrow if self.toolBarBreak(self.second_toolbar) else self.width() - need - 8
        self.search_edit.setMinimumWidth(narrow + max(0, min(wide - narrow, room)))

    def _build_statusbar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the import; articles already read are kept"))
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.count_label)
        self.progress_bar.hide()
        self.cancel_button.hide()

    def _connect(self) -> None:
        self.selection.connect_views()
        self.filters.connect_views()
        self.lane_combo.currentIndexChanged.connect(self.preferences.on_lane_mode_changed)
        self.cancel_button.clicked.connect(self.imports.cancel_task)

        panel = self.side_panel
        panel.actor_clicked.connect(self.filters.filter_by_actor)
        panel.show_in_article.connect(self.articles.show_article)
        panel.rename_requested.connect(self.corrections.rename_selected)
        panel.edit_date_requested.connect(self.corrections.edit_selected_date)
        panel.delete_requested.connect(self.corrections.delete_selected)
        panel.merge_requested.connect(self.corrections.merge_selected)

        articles = self.article_list
        articles.date_change_requested.connect(self.articles.set_article_date)
        articles.open_requested.connect(lambda aid: self.articles.show_article(aid))
        articles.filter_requested.connect(self.filters.filter_by_article)
        articles.remove_requested.connect(self.articles.remove_article)

        self.problems_dock.cleared.connect(self.imports.clear_problems)
        self.problems_dock.problem_activated.connect(self.articles.show_file)
        self.sample_button.clicked.connect(self.workspaces.load_samples)
        self.my_workspace_button.clicked.connect(self.workspaces.open_user_workspace)
        self.set_date_button.clicked.connect(self.articles.set_date_of_undated)
        self.banner_import_button.clicked.connect(self.imports.import_files)

    def _restore_settings(self) -> None:
        self.preferences.restore_lane_mode()
        self.preferences.apply_time_zone()
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.window_state()
        #: until the user drags the side panel's edge (or a saved layout is restored), the panel
        #: takes a share of the window: at 1000 px the timeline and the table keep room
        self.side_dock_follows_window = state is None
        if state is not None:
            self.restoreState(state)
            self.problems_dock.hide()  # shown again when problems arrive
        self._fit_side_dock()

    SIDE_SHARE, SIDE_MIN, SIDE_MAX = 0.3, 330, 400

    def _fit_side_dock(self) -> None:
        if self.side_dock_follows_window and not self.side_dock.isFloating():
            width = int(min(self.SIDE_MAX, max(self.SIDE_MIN, self.width() * self.SIDE_SHARE)))
            self.resizeDocks([self.side_dock], [width], Qt.Orientation.Horizontal)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_side_dock()
        self._fit_toolbars()

    def event(self, event: QEvent) -> bool:
        # a press reaching the window itself (not a child) is on a dock's edge: the user sizes it
        if event.type() == QEvent.Type.MouseButtonPress:
            self.side_dock_follows_window = False
        return super().event(event)

    # =====================================================================================
    # state the controllers hold, by the window's names
    # =====================================================================================
    @property
    def extraction(self) -> Extraction | None:
        """What the views show now (None before the first load)."""
        return self.view.extraction

    @property
    def executor(self) -> Executor:
        return self.imports.executor

    @executor.setter
    def executor(self, executor: Executor) -> None:
        self.imports.executor = executor

    @property
    def samples_path(self) -> str:
        """The samples' own workspace file."""
        return self.workspaces.samples_path

    @samples_path.setter
    def samples_path(self, path: str) -> None:
        self.workspaces.samples_path = path

    @property
    def workspace(self) -> Session:
        """The open workspace, through its session (``self.session``)."""
        return self.session

    # =====================================================================================
    # Qt's events
    # =====================================================================================
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        self.imports.drag_enter(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self.imports.drag_leave(event)
        super().dragLeaveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        self.imports.drag_move(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.imports.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.workspaces.remember()
        self.settings.sync()
        self.imports.stop()
        self.articles.close_viewers()
        super().closeEvent(event)

    def close_workspace(self) -> None:
        """Close the workspace file (the window is going away)."""
        if self.session is not None:
            self.session.close()


class EventTable(QTableView):
    """The events table. The event's label (the stretching column) keeps room to be read in a
    narrow window: the actors column gives way, down to ``ACTORS_MIN`` px; where the label would
    still get less than ``LABEL_MIN`` px, the date, status and precision columns shrink to what
    they show, and then the precision column steps aside (the date says it in words, its
    tooltip in full). A column the user sizes by hand keeps its size."""

    ACTORS_MIN, ACTORS_MAX = 140, 230
    #: the share of the room beside the date, sources, status and precision the actors get
    ACTORS_SHARE = 0.4
    LABEL_MIN = 240
    COMPACT_AIR = 6  # px beside a shrunk column's widest text (no text is elided by a pixel)
    #: the widths of the other columns where there is room (the heading is never cut)
    WIDTHS = {COL_DATE: 185, COL_SOURCES: 64, COL_STATUS: 105, COL_PRECISION: 100}

    def __init__(self) -> None:
        super().__init__()
        self._fitting = False
        self.sized_by_user: set[int] = set()
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt override: refit when the rows change
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.fit_columns)

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if not self._fitting and index != COL_LABEL:
            self.sized_by_user.add(index)

    def _resize(self, col: int, width: int) -> None:
        header = self.horizontalHeader()
        if col not in self.sized_by_user and header.sectionSize(col) != width:
            header.resizeSection(col, width)

    def fit_columns(self, *_args: Any) -> None:
        header = self.horizontalHeader()
        width = self.viewport().width()
        if self._fitting or width < 50:
            return
        self._fitting = True
        try:
            def natural(col: int) -> int:
                return max(self.WIDTHS[col], header.sectionSizeHint(col))

            def compact(col: int) -> int:  # what the column shows (its visible rows), no more
                return min(natural(col), max(header.sectionSizeHint(col), self.sizeHintForColumn(col) + self.COMPACT_AIR))

            def label_room() -> int:
                others = sum(header.sectionSize(c) for c in self.WIDTHS if not header.isSectionHidden(c))
                actors = header.sectionSize(COL_ACTORS) if COL_ACTORS in self.sized_by_user else self.ACTORS_MIN
                return width - others - actors

            self.setColumnHidden(COL_PRECISION, False)
            for col in self.WIDTHS:
                self._resize(col, natural(col))
            if label_room() < self.LABEL_MIN:
                for col in (COL_DATE, COL_STATUS, COL_PRECISION):
                    self._resize(col, compact(col))
            if label_room() < self.LABEL_MIN and COL_PRECISION not in self.sized_by_user:
                self.setColumnHidden(COL_PRECISION, True)
            if not COL_ACTORS in self.sized_by_user:
                fixed = sum(header.sectionSize(c) for c in self.WIDTHS if not header.isSectionHidden(c))
                actors = int(min(self.ACTORS_MAX, max(self.ACTORS_MIN, (width - fixed) * self.ACTORS_SHARE)))
                header.resizeSection(COL_ACTORS, max(actors, header.sectionSizeHint(COL_ACTORS)))
        finally:
            self._fitting = False

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_columns()


def _event_table(model: EventFilterProxy) -> EventTable:
    """The events table: sortable, whole rows, several may be selected."""
    view = EventTable()
    view.setObjectName("event_table")
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = view.horizontalHeader()
    header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
    for col in (COL_DATE, COL_ACTORS, COL_SOURCES, COL_STATUS, COL_PRECISION):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
    view.fit_columns()
    return view
