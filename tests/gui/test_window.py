"""The main window end to end: drop, import, select, filter, correct, reopen.

Imports run synchronously here (the executor is injected); one test runs the
real thread pool.  QSettings are isolated in tmp_path; the workspace is a real
SQLite file in tmp_path.  The articles are sentences we wrote for these tests.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QSettings, QStandardPaths, Qt, QThread, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox  # noqa: E402

from desktop.core.model import DateSource  # noqa: E402
from desktop.core import pipeline  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.ui import settings as cfg  # noqa: E402
from desktop.ui.dialogs import ArticleViewer  # noqa: E402
from desktop.ui.event_model import EventIdRole  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.tasks import SyncExecutor, ThreadPoolExecutor  # noqa: E402

HAFEN = """date 2025-03-14
Hafen soll bis 2030 wachsen

Bürgermeisterin Clara Hoffmann hat am Mittwoch mit Verkehrsminister Jonas Weber über den Ausbau des Hafens gesprochen. Beide vereinbarten, dass die Bauarbeiten im Herbst beginnen sollen.

Weber sagte, der Bund werde sich an den Kosten beteiligen. Am 2. April 2025 wollen Hoffmann und Weber die Pläne im Stadtrat vorstellen.
"""

STREIK = """date 2025-02-20
Gewerkschaft droht mit Streik im Nahverkehr

Die Gewerkschaft hat für den 3. März 2025 einen ganztägigen Warnstreik angekündigt. Gewerkschaftschef Frank Berger sagte am Dienstag in Berlin, die Arbeitgeber hätten kein Angebot vorgelegt.

Bereits am 10. Februar 2025 hatten Busfahrer in mehreren Städten die Arbeit niedergelegt.
"""

GIPFEL = """date 2025-04-08
Außenminister treffen sich in Wien

Außenministerin Marie Schubert ist am Montag in Wien mit ihrem französischen Amtskollegen Luc Moreau zusammengekommen. Die beiden Minister berieten über die Lage im Nahen Osten.

Ein weiteres Treffen der Außenminister ist für Mitte Mai geplant.
"""


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path):
    """Nothing in these tests may touch the user's settings or data folder."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def settings(tmp_path: Path) -> cfg.Settings:
    return cfg.Settings(QSettings(str(tmp_path / "chronik-test.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "artikel"
    folder.mkdir()
    paths = []
    for name, text in (("hafen.txt", HAFEN), ("streik.txt", STREIK), ("gipfel.txt", GIPFEL)):
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def _make_window(qtbot, path: Path, settings: cfg.Settings, executor=None) -> MainWindow:
    window = MainWindow(Workspace.open(path), settings=settings, executor=executor or SyncExecutor())
    window.samples_path = str(path.parent / "Samples.chronik")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, tmp_path: Path, settings: cfg.Settings):
    w = _make_window(qtbot, tmp_path / "test.chronik", settings)
    yield w
    w.close()
    w.close_workspace()


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(300, 300)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def _import(qtbot, window: MainWindow, paths: list[Path], n_articles: int) -> None:
    _drop(window, paths)
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == n_articles and not window.is_busy())


def _table_ids(window: MainWindow) -> list[str]:
    proxy = window.event_proxy
    return [proxy.data(proxy.index(r, 0), EventIdRole) for r in range(proxy.rowCount())]


def _event_with(window: MainWindow, date_text: str):
    for e in window.event_model.events():
        if any(m.date_text == date_text for m in e.mentions):
            return e
    raise AssertionError(f"no event from {date_text!r}: {[e.label for e in window.event_model.events()]}")


# ---------------------------------------------------------------------------------------------


def test_empty_workspace_offers_samples_without_blocking(window):
    assert not window.empty_banner.isHidden()
    assert window.sample_button.isVisible()
    assert QApplication.activeModalWidget() is None


def test_drop_imports_files_into_every_view(qtbot, window, articles):
    _import(qtbot, window, articles, 3)
    assert window.empty_banner.isHidden()
    n = window.event_model.rowCount()
    assert n >= 3
    assert len(window.timeline.events()) == n
    titles = {window.article_list.model.data(window.article_list.model.index(r, 0)) for r in range(3)}
    assert titles == {"Hafen soll bis 2030 wachsen", "Gewerkschaft droht mit Streik im Nahverkehr",
                      "Außenminister treffen sich in Wien"}
    assert "3 articles" in window.count_label.text()
    assert window.problems_dock.model.rowCount() == 0


def test_selecting_an_event_fills_the_side_panel_and_the_timeline(qtbot, window, articles):
    _import(qtbot, window, articles, 3)
    event = _event_with(window, "Mittwoch")
    row = window.event_proxy.proxy_row_of(event.id)
    window.event_view.selectRow(row)
    assert window.timeline.selected() == event.id
    assert window.side_panel.current_event() == event
    cards = window.side_panel.cards
    assert len(cards) == len(event.mentions) >= 1
    assert "Hafen" in cards[0].body.text()
    assert "class=\"date\">Mittwoch</b>" in cards[0].html
    assert "14 Mar 2025" in cards[0].header.text()  # the article's own date, from its metadata

    # and the other way round: a click on the timeline selects the table row
    other = _event_with(window, "Montag")
    window.timeline.click_event(other.id)
    selected = window.event_view.selectionModel().selectedRows()
    assert [window.event_proxy.data(i, EventIdRole) for i in selected] == [other.id]
    assert window.side_panel.current_event() == other

    # "Show in article" opens the reader on that article, snippet marked
    card = window.side_panel.cards[0]
    card.link.linkActivated.emit("show")
    viewer = next(v for v in window.findChildren(ArticleViewer) if v.isVisible())
    assert "Wien" in viewer.browser.toPlainText()
    assert viewer.article.id == other.mentions[0].article_id
    assert not viewer.isModal()
    viewer.close()
    # a double-click on the timeline opens the first source too
    window.timeline.click_event(event.id, double=True)
    viewer = next(v for v in window.findChildren(ArticleViewer) if v.isVisible())
    assert viewer.article.id == event.mentions[0].article_id
    assert window.side_panel.current_event() == event


def test_filters_narrow_the_table_and_hide_points(qtbot, window, articles):
    _import(qtbot, window, articles, 3)
    everything = set(_table_ids(window))
    window.search_edit.setText("Hafen")
    narrowed = set(_table_ids(window))
    assert narrowed and narrowed < everything
    assert set(window.timeline.visible_ids()) == narrowed
    assert "of" in window.count_label.text()

    window.clear_filters()
    assert set(_table_ids(window)) == everything
    assert window.timeline.visible_ids() is None

    # an actor chip filters by that actor
    event = _event_with(window, "Montag")
    window.select_event(event.id)
    chip = window.side_panel.chips[0]
    chip.click()
    actor = chip.text()
    assert window.actor_combo.currentData() == actor
    assert all(actor in window.event_model.events()[window.event_model.row_of(i)].actors
               for i in _table_ids(window))
    window.clear_filters()

    # an article's events only
    hafen_id = next(a.id for a in window.extraction.articles if a.title.startswith("Hafen"))
    window.filter_by_article(hafen_id)
    ids = _table_ids(window)
    assert ids and len(ids) < len(everything)
    window.clear_filters()

    # a date range
    window.set_date_filter(date(2025, 4, 1), date(2025, 4, 30))
    in_april = _table_ids(window)
    assert in_april
    for i in in_april:
        e = window.event_model.events()[window.event_model.row_of(i)]
        assert e.last >= date(2025, 4, 1) and e.first <= date(2025, 4, 30)


def test_setting_an_article_date_moves_its_events(qtbot, window, articles):
    _import(qtbot, window, articles, 3)
    before = _event_with(window, "Mittwoch")
    assert before.first == date(2025, 3, 12)  # the Wednesday before 14 March
    hafen = next(a for a in window.extraction.articles if a.title.startswith("Hafen"))
    window.select_event(before.id)

    assert window.set_article_date(hafen.id, date(2025, 3, 21))
    qtbot.waitUntil(lambda: not window.is_busy())
    after = _event_with(window, "Mittwoch")
    assert after.first == date(2025, 3, 19)
    row = window.article_list.model.row_of(hafen.id)
    model = window.article_list.model
    assert model.data(model.index(row, 2)) == "21 Mar 2025"
    assert model.data(model.index(row, 3)) == "set by you"
    assert window.side_panel.current_event() == after  # still selected, now updated

    assert window.set_article_date(hafen.id, None)  # back to the detected date
    qtbot.waitUntil(lambda: not window.is_busy())
    assert _event_with(window, "Mittwoch").first == date(2025, 3, 12)
    pub = next(a for a in window.extraction.articles if a.id == hafen.id).published
    assert pub.source is DateSource.METADATA


def test_corrections_survive_closing_and_reopening(qtbot, tmp_path, settings, articles):
    path = tmp_path / "korrektur.chronik"
    window = _make_window(qtbot, path, settings)
    _import(qtbot, window, articles, 3)
    event = _event_with(window, "Mittwoch")
    window.select_event(event.id)
    assert window.rename_selected("Gespräch über den Hafenausbau")
    assert _event_with(window, "Mittwoch").label == "Gespräch über den Hafenausbau"
    assert window.side_panel.label.text() == "Gespräch über den Hafenausbau"
    strike = _event_with(window, "Dienstag")
    window.select_event(strike.id)
    assert window.delete_selected()
    n_after_delete = window.event_model.rowCount()
    window.close()
    window.close_workspace()

    again = _make_window(qtbot, path, settings)
    try:
        assert again.article_list.model.rowCount() == 3
        assert _event_with(again, "Mittwoch").label == "Gespräch über den Hafenausbau"
        assert again.event_model.rowCount() == n_after_delete
        assert not any(m.date_text == "Dienstag" for e in again.event_model.events() for m in e.mentions)
        assert again.undo_correction()  # the delete comes back
        assert _event_with(again, "Dienstag")
    finally:
        again.close()
        again.close_workspace()


def test_merge_two_selected_rows_and_rename_an_actor(qtbot, window, articles):
    _import(qtbot, window, articles, 3)
    a = _event_with(window, "Mittwoch")
    b = _event_with(window, "Montag")
    n = window.event_model.rowCount()
    sel = window.event_view.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for e in (a, b):
        index = window.event_proxy.index(window.event_proxy.proxy_row_of(e.id), 0)
        sel.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert window.merge_selected()
    assert window.event_model.rowCount() == n - 1
    merged = _event_with(window, "Montag")
    assert {m.date_text for m in merged.mentions} >= {"Mittwoch", "Montag"}
    assert len(window.side_panel.cards) == len(merged.mentions)

    actor = merged.actors[0]
    assert window.rename_actor(actor, "Neuer Name")
    assert "Neuer Name" in _event_with(window, "Montag").actors
    assert window.actor_combo.findData("Neuer Name") > 0


def test_a_bad_file_goes_to_the_problems_list_and_the_rest_imports(qtbot, window, articles, tmp_path):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    _import(qtbot, window, [articles[0], empty, articles[1], binary], 2)
    problems = window.problems_dock.model.problems()
    assert {os.path.basename(p.path) for p in problems} == {"leer.txt", "bild.txt"}
    assert window.problems_dock.isVisible()
    assert QApplication.activeModalWidget() is None
    # a later import keeps what is there
    _import(qtbot, window, [articles[2]], 3)
    assert window.problems_dock.model.rowCount() == 2


def test_import_runs_off_the_gui_thread_with_its_own_connection(qtbot, window, articles, monkeypatch):
    pool = ThreadPoolExecutor()
    window.executor = pool
    original = window.workspace
    on_gui_thread: list[bool] = []  # one entry per run of the extraction
    real_extract = pipeline.extract

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_gui_thread.append(QThread.currentThread() is QApplication.instance().thread())
        return real_extract(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extract", spy)
    threads: list[bool] = []
    window.busy_changed.connect(lambda busy: threads.append(QThread.currentThread() is QApplication.instance().thread()))

    seen_progress: list[int] = []

    def watch(busy: bool) -> None:
        if busy and window.imports.task is not None:
            window.imports.task.progress.connect(lambda done, total, p: seen_progress.append(done))

    window.busy_changed.connect(watch)
    with qtbot.waitSignal(window.extraction_changed, timeout=60000):
        window.import_paths([str(p) for p in articles])
        assert window.is_busy()
        assert not window.progress_bar.isHidden() and not window.cancel_button.isHidden()
    pool.wait()
    assert window.article_list.model.rowCount() == 3
    assert window.workspace is original and not original.closed  # the worker had a connection of its own
    assert on_gui_thread == [False]  # events found once, off the GUI thread; the window adopted them
    assert threads == [True, True]  # results arrived on the GUI thread
    assert seen_progress and max(seen_progress) == 3
    assert window.progress_bar.isHidden()


def test_cancel_keeps_what_was_imported(qtbot, window, articles):
    def cancel_after_first(busy: bool) -> None:
        if busy and window.imports.task is not None:
            window.imports.task.progress.connect(lambda done, total, p: done >= 1 and window.cancel_task())

    window.busy_changed.connect(cancel_after_first)
    window.import_paths([str(p) for p in articles])
    assert not window.is_busy()
    assert window.article_list.model.rowCount() == 1
    assert "stopped" in window.statusBar().currentMessage()
    window.busy_changed.disconnect(cancel_after_first)
    window.import_paths([str(p) for p in articles])  # the rest can be imported later
    assert window.article_list.model.rowCount() == 3


def test_lane_mode_and_window_state_are_remembered(qtbot, tmp_path, settings):
    path = tmp_path / "lanes.chronik"
    window = _make_window(qtbot, path, settings)
    window.lane_combo.setCurrentIndex(window.lane_combo.findData("article"))
    assert window.timeline.lane_mode() == "article"
    window.close()
    window.close_workspace()
    assert settings.get(cfg.LANE_MODE) == "article"
    assert settings.get(cfg.LAST_WORKSPACE) == str(path)
    assert settings.window_geometry() is not None
    again = _make_window(qtbot, path, settings)
    assert again.lane_combo.currentData() == "article"
    assert again.timeline.lane_mode() == "article"
    again.close()
    again.close_workspace()


def test_save_as_continues_in_the_copy(qtbot, window, articles, tmp_path, settings):
    _import(qtbot, window, articles[:1], 1)
    target = tmp_path / "kopie"
    assert window.save_workspace_as(str(target))
    assert window.workspace.path == str(target) + ".chronik"
    assert settings.get(cfg.LAST_WORKSPACE) == str(target) + ".chronik"
    assert "kopie.chronik" in window.windowTitle()
    assert window.new_workspace(str(tmp_path / "neu.chronik"))
    assert window.article_list.model.rowCount() == 0
    assert not window.empty_banner.isHidden()
    assert window.open_workspace(str(target) + ".chronik")
    assert window.article_list.model.rowCount() == 1


def test_start_workspace_falls_back_when_the_last_one_is_not_a_workspace(tmp_path, settings):
    from desktop.ui.app import open_start_workspace

    bogus = tmp_path / "notes.txt"
    bogus.write_text("just some notes, not a database\n", encoding="utf-8")
    settings.set(cfg.LAST_WORKSPACE, str(bogus))
    ws, message = open_start_workspace(None, settings)
    try:
        assert message and "notes.txt" in message
        assert ws.path.endswith("workspace.chronik")
        assert bogus.read_text(encoding="utf-8").startswith("just some notes")  # untouched
    finally:
        ws.close()


def test_a_failing_analysis_still_lists_the_articles(qtbot, window, articles, monkeypatch):
    from desktop.core import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("analysis broke")

    monkeypatch.setattr(pipeline, "extract", broken)
    window.import_paths([str(p) for p in articles[:2]])
    assert not window.is_busy()
    assert window.article_list.model.rowCount() == 2  # stored, and shown
    assert window.event_model.rowCount() == 0
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "analysis broke" in boxes[0].detailedText()
    assert not boxes[0].isModal()
    monkeypatch.undo()
    window.import_paths([str(articles[2])])  # the next import recovers fully
    assert window.article_list.model.rowCount() == 3
    assert window.event_model.rowCount() > 0


def test_settings_reject_values_they_do_not_know(settings):
    settings.store.setValue(cfg.LANE_MODE.key, "spiral")
    settings.store.setValue(cfg.TIME_ZONE.key, 42)
    assert settings.get(cfg.LANE_MODE) == "actor"
    assert settings.get(cfg.TIME_ZONE) == "utc"
    settings.set(cfg.LANGUAGE, "de")
    settings.save_window(QByteArray(b"geo"), QByteArray(b"state"))  # window state lives apart from preferences
    settings.reset_preferences()
    assert settings.get(cfg.LANGUAGE) == "system"
    assert settings.window_geometry() is not None
    for p in ("/a.chronik", "/b.chronik", "/a.chronik"):
        settings.add_recent_workspace(p)
    assert settings.get(cfg.RECENT_WORKSPACES) == ["/a.chronik", "/b.chronik"]


def test_right_click_on_the_timeline_offers_the_corrections(qtbot, window, articles):
    from PySide6.QtGui import QContextMenuEvent

    _import(qtbot, window, articles, 3)
    window.select_event(_event_with(window, "Montag").id)
    menu = window.event_menu()
    enabled = {a.text() for a in menu.actions() if a.isEnabled()}
    assert {"&Rename event…", "Edit &date…", "De&lete event"} <= enabled
    viewport = window.timeline.graphics_view().viewport()
    with qtbot.waitSignal(window.timeline.customContextMenuRequested):
        QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(300, 150),
                                                                 viewport.mapToGlobal(QPoint(300, 150))))
    for m in window.findChildren(QMenu):
        m.close()


def test_export_writes_png_at_double_size_and_svg(qtbot, window, articles, tmp_path):
    from PySide6.QtGui import QImage

    _import(qtbot, window, articles, 3)
    png1, png2, svg = tmp_path / "t1.png", tmp_path / "t2.png", tmp_path / "t.svg"
    assert window.export_image("png1", str(png1))
    assert window.export_image("png2", str(png2))
    assert window.export_image("svg", str(svg))
    one, two = QImage(str(png1)), QImage(str(png2))
    assert not one.isNull() and two.width() == 2 * one.width()
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert "Ctrl+Shift+S" in dict(window.shortcut_rows())


def test_local_time_display_follows_the_preference(qtbot, tmp_path, settings, monkeypatch):
    from desktop.ui.controllers import preferences

    monkeypatch.setattr(preferences, "local_utc_offset_hours", lambda: 2.0)
    settings.set(cfg.TIME_ZONE, "local")
    w = _make_window(qtbot, tmp_path / "tz.chronik", settings)
    assert w.timeline.utc_offset_hours() == 2.0
    w.close()
    w.close_workspace()


def test_the_dialog_paths_change_what_they_say(qtbot, window, articles, monkeypatch):
    """The menu commands ask in dialogs; here each dialog is answered as a user would."""
    from desktop.ui import dialogs

    _import(qtbot, window, articles, 3)
    hafen = next(a for a in window.extraction.articles if a.title.startswith("Hafen"))

    def answer(cls, fill):
        def exec_(self):  # noqa: ANN001, ANN202
            fill(self)
            return dialogs.QDialog.DialogCode.Accepted
        monkeypatch.setattr(cls, "exec", exec_)

    answer(dialogs.ArticleDateDialog, lambda d: d.edit.setDate(dialogs.to_qdate(date(2025, 3, 21))))
    assert window.set_article_date(hafen.id)
    assert _event_with(window, "Mittwoch").first == date(2025, 3, 19)

    event = _event_with(window, "Montag")
    window.select_event(event.id)

    def fill_event_date(d):  # noqa: ANN001, ANN202
        d.first.setDate(dialogs.to_qdate(date(2025, 4, 9)))
        d.last.setDate(dialogs.to_qdate(date(2025, 4, 9)))

    answer(dialogs.EventDateDialog, fill_event_date)
    assert window.edit_selected_date()
    assert _event_with(window, "Montag").first == date(2025, 4, 9)
    assert "9 Apr 2025" in window.side_panel.date_label.text()

    other = _event_with(window, "Dienstag")

    def choose(d):  # noqa: ANN001, ANN202
        row = next(i for i, c in enumerate(d._candidates) if c.id == other.id)  # noqa: SLF001
        d.table.selectRow(row)

    answer(dialogs.ChooseEventDialog, choose)
    n = window.event_model.rowCount()
    assert window.merge_selected()
    assert window.event_model.rowCount() == n - 1
    assert {"Montag", "Dienstag"} <= {m.date_text for m in _event_with(window, "Montag").mentions}

    names = [window.actor_combo.itemData(i) for i in range(1, window.actor_combo.count())]
    assert len(names) >= 2

    def merge(d):  # noqa: ANN001, ANN202
        d.target.setCurrentText(names[0])
        d.source.setCurrentText(names[1])

    answer(dialogs.ActorDialog, merge)
    assert window.merge_actors()
    assert window.actor_combo.findData(names[1]) < 0
    assert window.actor_combo.findData(names[0]) > 0


class _HeldExecutor:
    """Keeps submitted work until the test lets it run (an import "in progress")."""

    def __init__(self) -> None:
        self.jobs: list = []

    def submit(self, fn) -> None:  # noqa: ANN001
        self.jobs.append(fn)

    def run_one(self) -> None:
        self.jobs.pop(0)()


def test_while_an_import_runs_edits_wait_and_more_files_queue(qtbot, window, articles):
    _import(qtbot, window, articles[:1], 1)
    event = _event_with(window, "Mittwoch")
    window.select_event(event.id)
    held = _HeldExecutor()
    window.executor = held
    window.import_paths([str(articles[1])])
    assert window.is_busy()
    assert not window.act_rename.isEnabled() and not window.side_panel.rename_button.isEnabled()
    assert not window.article_list.date_button.isEnabled()
    assert not window.rename_selected("Anders")  # refused, not lost silently: a message says why
    assert "wait" in window.statusBar().currentMessage()
    window.import_paths([str(articles[2])])  # queued behind the running import
    assert len(held.jobs) == 1
    held.run_one()
    assert window.article_list.model.rowCount() == 2
    assert len(held.jobs) == 1 and window.is_busy()  # the queued one started
    held.run_one()
    assert not window.is_busy()
    assert window.article_list.model.rowCount() == 3
    assert window.act_rename.isEnabled()
    assert window.side_panel.current_event().id == _event_with(window, "Mittwoch").id  # still selected


def test_sample_articles_load_from_the_banner(qtbot, window):
    from desktop.core.resources import resource_path

    samples = [p for p in resource_path("samples").iterdir() if p.suffix == ".txt"]
    if not samples:
        pytest.skip("no sample articles in resources/samples")
    mine = window.workspace.path
    qtbot.mouseClick(window.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_busy())
    assert window.article_list.model.rowCount() == len(samples)
    assert window.problems_dock.model.rowCount() == 0  # the README is skipped, not a problem
    assert window.empty_banner.isHidden()
    assert window.event_model.rowCount() > len(samples)
    # in their own workspace, said so, each with an outlet
    assert os.path.basename(window.workspace.path) == "Samples.chronik"
    assert window.samples_bar.isVisible() and "sample" in window.windowTitle()
    assert all(a.outlet for a in window.extraction.articles)
    with Workspace.open(mine) as ws:
        assert ws.article_count() == 0  # the user's workspace received nothing


def test_articles_dropped_on_the_samples_go_to_the_users_workspace(qtbot, window, articles):
    mine = window.workspace.path
    window.load_samples()
    qtbot.waitUntil(lambda: not window.is_busy())
    n_samples = window.article_list.model.rowCount()
    assert n_samples > 0
    _import(qtbot, window, articles[:1], 1)
    assert os.path.abspath(window.workspace.path) == os.path.abspath(mine)
    assert not window.samples_bar.isVisible()
    with Workspace.open(window.samples_path) as ws:
        assert ws.article_count() == n_samples  # the samples got nothing of the user's
    # going back to the samples does not import them twice
    window.load_samples()
    qtbot.waitUntil(lambda: not window.is_busy())
    assert window.article_list.model.rowCount() == n_samples
    assert window.open_user_workspace() and window.article_list.model.rowCount() == 1


def test_closing_during_a_threaded_import_leaves_a_usable_workspace(qtbot, tmp_path, settings, articles):
    pool = ThreadPoolExecutor()
    path = tmp_path / "closing.chronik"
    window = _make_window(qtbot, path, settings, executor=pool)
    window.import_paths([str(p) for p in articles])
    window.close()  # cancels and waits for the worker
    pool.wait()
    qtbot.wait(50)  # a queued "finished" would arrive now; nobody may act on it
    assert not window.workspace.closed
    window.close_workspace()
    with Workspace.open(path) as ws:
        n = len(ws.articles())
        assert 0 <= n <= 3
        assert not any(e.status == "started" for e in ws.import_log())  # each file done or not begun


def test_removing_an_article_removes_its_events_only(qtbot, window, articles):
    _import(qtbot, window, articles, 3)
    hafen = next(a for a in window.extraction.articles if a.title.startswith("Hafen"))
    window.filter_by_article(hafen.id)  # a filter on the removed article must not linger
    assert window.remove_article(hafen.id, confirm=False)
    qtbot.waitUntil(lambda: not window.is_busy())
    assert window.article_list.model.rowCount() == 2
    assert not any(m.article_id == hafen.id for e in window.event_model.events() for m in e.mentions)
    assert _event_with(window, "Montag")
    assert window.event_proxy.article() is None
    assert window.article_combo.currentIndex() == 0


UNDATED = """Stadtrat berät über neue Radwege

Der Stadtrat hat am Mittwoch über drei neue Radwege beraten. Baudezernent Paul Lehmann stellte dabei die Pläne vor.
"""

WINTER = """date 2016-12-30
Fähre nimmt Betrieb wieder auf

Nach dem Sturm hat die Fähre am 28. Dezember 2016 ihren Betrieb wieder aufgenommen. Am 5. Januar 2017 soll der volle Fahrplan gelten.
"""


def test_an_article_without_a_date_is_announced_and_its_date_can_be_set(qtbot, window, tmp_path, articles):
    undated = tmp_path / "artikel" / "radwege.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    _import(qtbot, window, [articles[0], undated], 2)
    assert window.undated_bar.isVisible()
    assert "1 article has no exact date" in window.undated_bar.text()
    assert "without an exact date" in window.statusBar().currentMessage()
    before = len(window.event_model.events())
    art = window.undated_articles()[0]
    assert window.set_article_date(art.id, date(2025, 3, 21))
    qtbot.waitUntil(lambda: not window.is_busy())
    assert not window.undated_bar.isVisible()
    fresh = [e for e in window.event_model.events() if any(m.article_id == art.id for m in e.mentions)]
    assert fresh and len(window.event_model.events()) > before
    first, last = window.timeline.visible_range()
    assert all(first <= e.first <= last for e in fresh)  # the new events are on screen


def test_after_an_import_the_view_fits_what_was_imported(qtbot, window, tmp_path, articles):
    _import(qtbot, window, articles, 3)
    assert window.timeline.visible_range() == (date(2025, 2, 1), date(2025, 5, 31))
    winter = tmp_path / "artikel" / "faehre.txt"
    winter.write_text(WINTER, encoding="utf-8")
    _import(qtbot, window, [winter], 4)
    fresh = [e for e in window.event_model.events() if e.first.year < 2020]
    assert fresh
    first, last = window.timeline.visible_range()
    assert all(first <= e.first and e.last <= last for e in fresh)
    assert (last - first).days < 120  # the imported events, not everything since 2016
    # a new workspace opens on the default view, not on the old zoom
    window.timeline.set_range(date(2016, 12, 1), date(2016, 12, 31))
    assert window.new_workspace(str(tmp_path / "neu.chronik"))
    assert window.timeline.visible_range() == (date(2025, 2, 1), date(2025, 5, 31))


def test_search_finds_events_by_label_any_spelling_of_an_actor_and_sentence_words(qtbot, window, tmp_path):
    text = """date 2025-03-10
Treffen in Kiew

Der ukrainische Präsident Wolodymyr Selenskyj hat am 7. März 2025 in Kiew den Bürgermeister von Lwiw empfangen. Beide sprachen über Stromleitungen und Notunterkünfte.
"""
    p = tmp_path / "kiew.txt"
    p.write_text(text, encoding="utf-8")
    _import(qtbot, window, [p], 1)
    assert window.event_model.rowCount() >= 1
    for query in ("Selenskyj", "Selenskij", "Zelensky", "selenskij", "Bürgermeister", "burgermeister lwiw", "empfangen"):
        window.search_edit.setText(query)
        qtbot.waitUntil(lambda: window.event_proxy.search() != "")
        assert window.event_proxy.rowCount() >= 1, query
    window.search_edit.setText("Fahrradweg")
    qtbot.waitUntil(lambda: window.event_proxy.rowCount() == 0)


def test_dragging_files_over_the_window_shows_where_they_will_go(qtbot, window, articles):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in articles[:2]])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert window.drop_overlay.isVisible()
    assert "2 files" in window.drop_overlay.text() and "test.chronik" in window.drop_overlay.text()
    assert window.drop_overlay.width() > window.width() / 2  # over the window, not a status-bar line
    from PySide6.QtGui import QDragLeaveEvent

    QApplication.sendEvent(window, QDragLeaveEvent())
    assert not window.drop_overlay.isVisible()
    _import(qtbot, window, articles[:1], 1)
    assert not window.drop_overlay.isVisible()


def test_the_rename_field_fits_a_long_label(qtbot, window):
    from desktop.ui.dialogs import TEXT_FIELD_MIN_WIDTH, text_dialog

    label = "Außenministerin trifft ihren Amtskollegen zu Gesprächen über die Lage im Nahen Osten"
    dlg = text_dialog(window, "Rename event", "Label:", label)
    dlg.show()
    qtbot.waitExposed(dlg)
    field = dlg.findChild(QLineEdit)
    assert dlg.width() >= TEXT_FIELD_MIN_WIDTH
    assert field.width() >= field.fontMetrics().horizontalAdvance(label) * 0.9
    dlg.reject()


def test_a_rename_changes_one_row_and_keeps_the_selection(qtbot, window, articles):
    _import(qtbot, window, articles, 3)
    event = _event_with(window, "Mittwoch")
    window.select_event(event.id)
    seen: list[str] = []
    window.event_model.modelReset.connect(lambda: seen.append("reset"))
    window.event_model.rowsRemoved.connect(lambda *_: seen.append("removed"))
    window.event_model.dataChanged.connect(lambda tl, br, *_: seen.append(f"changed {br.row() - tl.row() + 1}"))
    assert window.rename_selected("Gespräch über den Hafen")
    assert seen == ["changed 1"]  # the table follows the session's events: one row, no reset
    assert window.workspace.events[event.id].label == "Gespräch über den Hafen"
    rows = window.event_view.selectionModel().selectedRows()
    assert [window.event_proxy.data(r, EventIdRole) for r in rows] == [event.id]


def test_ticking_the_date_filter_keeps_the_events_in_view(qtbot, window, tmp_path):
    winter = tmp_path / "faehre.txt"
    winter.write_text(WINTER, encoding="utf-8")
    _import(qtbot, window, [winter], 1)
    first, last = window.timeline.visible_range()
    assert first.year in (2016, 2017)  # the view went to the imported events
    in_view = {e.id for e in window.event_model.events() if e.last >= first and e.first <= last}
    assert in_view
    window.date_filter_check.setChecked(True)  # the fields were not touched: they say the days in view
    assert set(_table_ids(window)) == in_view
    # once ticked the range stays put while the view moves
    window.timeline.set_range(date(2025, 2, 1), date(2025, 5, 31))
    assert set(_table_ids(window)) == in_view
    assert window.date_from.date().year() in (2016, 2017)


def test_a_filter_whose_events_lie_elsewhere_moves_the_view_to_them(qtbot, window, tmp_path, articles):
    winter = tmp_path / "artikel" / "faehre.txt"
    winter.write_text(WINTER, encoding="utf-8")
    _import(qtbot, window, [*articles, winter], 4)
    window.timeline.show_default_range()  # 2025: none of the ferry's events
    faehre_id = next(a.id for a in window.extraction.articles if a.title.startswith("Fähre"))
    window.filter_by_article(faehre_id)
    shown = [window.event_model.events()[window.event_model.row_of(i)] for i in _table_ids(window)]
    assert shown
    first, last = window.timeline.visible_range()
    assert all(first <= e.first and e.last <= last for e in shown)
    # a filter with events in view leaves the view alone
    window.clear_filters()
    window.timeline.show_default_range()
    window.search_edit.setText("Hafen")
    assert window.timeline.visible_range() == (date(2025, 2, 1), date(2025, 5, 31))


RUSSLAND = """date 2025-03-12
Gespräche in Genf

Russland und die Ukraine haben am Montag in Genf verhandelt. Russland will die Gespräche am Freitag fortsetzen.
"""


def test_an_actor_shown_under_its_english_name_can_be_renamed(qtbot, window, tmp_path):
    p = tmp_path / "genf.txt"
    p.write_text(RUSSLAND, encoding="utf-8")
    _import(qtbot, window, [p], 1)
    assert window.side_panel.language == "en"
    assert window.actor_combo.findData("Russia") > 0 and window.actor_combo.findData("Russland") < 0
    assert window.rename_actor("Russia", "Moskau-Delegation")
    assert window.actor_combo.findData("Moskau-Delegation") > 0
    assert window.actor_combo.findData("Russia") < 0
