"""What a new user notices on first use: every toolbar command in sight, feedback after each
step, files that were read only in part named, dialogs that say which article they are about.

The articles are sentences we wrote for these tests; QSettings and the workspace live in tmp_path.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QRectF, QSettings, QStandardPaths, Qt, QTranslator  # noqa: E402
from PySide6.QtGui import QPainter, QPicture  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolButton  # noqa: E402

from desktop.core.resources import resource_path  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.ui import settings as cfg  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.tasks import SyncExecutor  # noqa: E402

QM = resource_path("translations", "chronik_de.qm")

HAFEN = """date 2025-03-14
Hafen soll bis 2030 wachsen

Bürgermeisterin Clara Hoffmann hat am Mittwoch mit Verkehrsminister Jonas Weber über den Ausbau des Hafens gesprochen.

Am 2. April 2025 wollen Hoffmann und Weber die Pläne im Stadtrat vorstellen.
"""


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []

    def make(width: int = 1400, height: int = 900) -> MainWindow:
        settings = cfg.Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
        w = MainWindow(Workspace.open(tmp_path / f"w{len(made)}.chronik"), settings=settings, executor=SyncExecutor())
        w.samples_path = str(tmp_path / "Samples.chronik")
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()
        w.close_workspace()


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    tr = QTranslator()
    if request.param == "de":
        assert tr.load(str(QM))
        qapp.installTranslator(tr)
    yield request.param
    qapp.removeTranslator(tr)


@pytest.mark.parametrize("width", [1000, 1280])
def test_every_toolbar_command_is_in_sight(language: str, make_window, width: int) -> None:  # type: ignore[no-untyped-def]
    """At 1280 px (a laptop, the screenshots' Xvfb screen) and at 1000 px no command hides
    behind a toolbar's » arrow (at 1000 px "Fit all" and "Export image…" did)."""
    window = make_window(width, 700)
    QApplication.processEvents()
    for tb in (window.toolbar, window.second_toolbar):
        overflow = [b for b in tb.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
        assert not any(b.isVisible() for b in overflow), f"toolbar needs {tb.sizeHint().width()} px of {tb.width()}"
    for action in (window.act_export, window.act_fit):
        button = window.second_toolbar.widgetForAction(action)
        assert button is not None and button.isVisible()
        assert button.geometry().right() <= window.second_toolbar.width()
    # a wide window keeps them on one row
    window.resize(1700, 900)
    QApplication.processEvents()
    assert window.toolbar.y() == window.second_toolbar.y()
    assert window.search_edit.width() >= 200  # and the search field its room


def _import(qtbot, window: MainWindow, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    window.import_paths(paths)
    qtbot.waitUntil(lambda: not window.is_busy())


def test_a_file_read_only_in_part_is_named_with_what_was_left_out(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The command line says "warning: only the first 99,999 characters were imported"; the window says it too."""
    long = tmp_path / "langer-bericht.txt"
    long.write_text(HAFEN + "\n\n" + "Die Stadt plant den Hafen weiter, Schritt für Schritt.\n\n" * 2500, encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [long])
    assert window.article_list.model.rowCount() == 1  # imported ...
    notes = window.problems_dock.model.notes()
    assert [os.path.basename(n.path) for n in notes] == ["langer-bericht.txt"]  # ... and named
    assert "only the first" in notes[0].message
    model = window.problems_dock.model
    assert model.data(model.index(0, 1)) == "imported with a warning"
    assert window.problems_dock.isVisible()
    assert window.problems_dock.model.problems() == []  # not a failed import
    assert "1 file with a warning (see Problems)" in window.statusBar().currentMessage()
    # after a restart the article list still says it
    tip = window.article_list.model.data(window.article_list.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "only the first" in tip


def test_a_folder_that_cannot_be_read_is_mentioned(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "artikel"
    (folder / "gesperrt").mkdir(parents=True)
    (folder / "hafen.txt").write_text(HAFEN, encoding="utf-8")
    (folder / "notiz.docx").write_bytes(b"PK\x03\x04")
    from desktop.core.readers import files

    real = files.os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]  # the tests run as root: a folder we may not list
        if os.fspath(path).endswith("gesperrt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(files.os, "scandir", scandir)
    window = make_window()
    _import(qtbot, window, [folder])
    message = window.statusBar().currentMessage()
    assert message.startswith("1 article imported")
    assert "1 folder could not be read" in message
    assert "1 file of another format skipped" in message


def test_each_correction_says_what_changed_and_undo_says_what_it_took_back(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "hafen.txt"
    article.write_text(HAFEN, encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    actor = next(a for e in window.event_model.events() for a in e.actors if "Hoffmann" in a)
    assert window.rename_actor(actor, "Clara Hofmann-Berg")
    said = window.statusBar().currentMessage()
    assert f"“{actor}” renamed to “Clara Hofmann-Berg”." in said
    assert "Undo correction" in said  # and how to take it back
    assert window.undo_correction()
    assert window.statusBar().currentMessage() == f"Undone: renaming “{actor}” to “Clara Hofmann-Berg”."

    event = window.event_model.events()[0]
    window.select_event(event.id)
    assert window.rename_selected("Der Hafen wächst")
    assert window.statusBar().currentMessage().startswith("Event renamed to “Der Hafen wächst”.")
    assert window.undo_correction()
    assert "new label “Der Hafen wächst”" in window.statusBar().currentMessage()


def test_setting_an_article_date_says_which_article_got_which_date(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    article = tmp_path / "hafen.txt"
    article.write_text(HAFEN.replace("date 2025-03-14\n", ""), encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    (undated,) = window.undated_articles()
    assert window.set_article_date(undated.id, date(2025, 3, 21))
    qtbot.waitUntil(lambda: not window.is_busy())
    assert window.statusBar().currentMessage().startswith("“Hafen soll bis 2030 wachsen” is dated 21 Mar 2025")


def test_the_date_dialog_names_the_article_as_the_list_does(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file without a headline: the dialog shows the first sentence (as the list and the bar do)
    and the file's name, not the whole folder path broken over five lines."""
    from desktop.ui import dialogs

    folder = tmp_path / "a-rather-long-folder-name-for-the-articles-of-this-week"
    folder.mkdir()
    article = folder / "ohne-titel.txt"
    article.write_text("Die Stadt Nordheim hat am Mittwoch die neue Brücke über den Fluss eröffnet, nach drei Jahren "
                       "Bauzeit.\n\nBürgermeisterin Clara Hoffmann sprach von einem guten Tag für die Stadt.\n",
                       encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    (undated,) = window.undated_articles()
    dialog = dialogs.ArticleDateDialog(undated, None, window)
    qtbot.addWidget(dialog)
    text = dialog.info.text()
    assert "Die Stadt Nordheim hat am Mittwoch" in text
    assert "ohne-titel.txt" in text
    assert str(folder) not in text
    assert dialog.minimumWidth() >= 400


def test_the_event_column_keeps_room_in_a_narrow_window(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """At 1280 px beside the side panel the event's own words got 140 px, the actors 230."""
    from desktop.ui.event_model import COL_ACTORS, COL_LABEL

    article = tmp_path / "hafen.txt"
    article.write_text(HAFEN, encoding="utf-8")
    window = make_window(1280, 800)
    _import(qtbot, window, [article])
    QApplication.processEvents()
    header = window.event_view.horizontalHeader()
    assert header.sectionSize(COL_LABEL) > header.sectionSize(COL_ACTORS) + 50
    # a wide window gives the actors their full width again
    window.resize(1900, 1000)
    QApplication.processEvents()
    assert header.sectionSize(COL_ACTORS) == window.event_view.ACTORS_MAX
    # what the user sizes by hand stays
    header.resizeSection(COL_ACTORS, 300)
    window.resize(1280, 800)
    QApplication.processEvents()
    assert header.sectionSize(COL_ACTORS) == 300


def test_loading_the_samples_does_not_mention_their_readme(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.load_samples()
    qtbot.waitUntil(lambda: not window.is_busy())
    message = window.statusBar().currentMessage()
    assert message.startswith("10 articles imported")
    assert "skipped" not in message


def test_a_search_that_finds_nothing_says_so(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "hafen.txt"
    article.write_text(HAFEN, encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    window.search_edit.setText("Zeppelin")
    qtbot.waitUntil(lambda: window.event_proxy.rowCount() == 0)
    assert "no event matches the filters" in window.timeline._title.text  # noqa: SLF001 - the title as drawn
    assert window.statusBar().currentMessage().startswith("No event matches the filters.")
    window.search_edit.setText("Hafen")
    qtbot.waitUntil(lambda: window.event_proxy.rowCount() > 0)
    assert "no event matches" not in window.timeline._title.text  # noqa: SLF001
    assert not window.statusBar().currentMessage().startswith("No event matches")


@pytest.mark.parametrize("fmt", ["png1", "svg", "csv"])
def test_an_export_to_a_missing_folder_says_the_folder_is_missing(qtbot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch, fmt: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: said.append(text)))
    window = make_window()
    target = tmp_path / "gone" / {"svg": "bild.svg", "png1": "bild.png", "csv": "chronik.csv"}[fmt]
    if fmt == "csv":
        assert not window.export_chronology("csv", str(target))
    else:
        assert not window.export_image(fmt, str(target))
    assert said == [f"could not write {target}: the folder {target.parent} does not exist"]


def test_removing_an_article_names_it_as_the_list_does_and_says_it_is_gone(qtbot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                          monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent, _title, text, *a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    article = tmp_path / "hafen-2025-03.txt"
    article.write_text(HAFEN, encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    (art,) = window.extraction.articles
    assert window.remove_article(art.id)
    qtbot.waitUntil(lambda: not window.is_busy())
    assert asked == ["Remove “Hafen soll bis 2030 wachsen” (hafen-2025-03.txt) from the workspace? Its events go with it."]
    assert window.statusBar().currentMessage().startswith("“Hafen soll bis 2030 wachsen” removed")
    assert window.article_list.model.rowCount() == 0


def test_the_merge_dialog_gives_the_event_label_the_widest_column(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import dialogs

    window = make_window()
    window.load_samples()  # dates such as "Mid-February 2025 (range)", events with five actors
    qtbot.waitUntil(lambda: not window.is_busy())
    events = window.event_model.events()
    dialog = dialogs.ChooseEventDialog(events[0], events, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(1) > max(header.sectionSize(0), header.sectionSize(2)) + 100


def test_the_counts_in_the_status_bar_are_singular_for_one(qtbot, make_window, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "gipfel.txt"
    article.write_text("date 2025-04-08\nAußenminister treffen sich in Wien\n\n"
                       "Außenministerin Marie Schubert ist am Montag in Wien mit Luc Moreau zusammengekommen.\n",
                       encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    assert window.event_model.rowCount() == 1
    expected = {"en": "1 event · 1 article", "de": "1 Ereignis · 1 Artikel"}[language]
    assert window.count_label.text() == expected
    window.search_edit.setText("Wien")
    qtbot.waitUntil(lambda: window.event_proxy.is_filtering())
    assert window.count_label.text() == {"en": "1 of 1 event · 1 article", "de": "1 von 1 Ereignis · 1 Artikel"}[language]


def test_an_export_of_one_event_says_one_event(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "gipfel.txt"
    article.write_text("date 2025-04-08\nAußenminister treffen sich in Wien\n\n"
                       "Außenministerin Marie Schubert ist am Montag in Wien mit Luc Moreau zusammengekommen.\n",
                       encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    out = tmp_path / "chronik.csv"
    assert window.export_chronology("csv", str(out), scope="all")
    assert window.statusBar().currentMessage() == f"Saved 1 event to {out}"


def test_the_problems_list_says_what_is_wrong_in_the_windows_language(qtbot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                      language: str) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    window = make_window()
    _import(qtbot, window, [empty, binary])
    model = window.problems_dock.model
    details = {model.data(model.index(r, 0)): model.data(model.index(r, 2)) for r in range(model.rowCount())}
    expected = {
        "en": {"leer.txt": "the file is empty", "bild.txt": "this looks like a binary file, not text (wrong file extension?)"},
        "de": {"leer.txt": "die Datei ist leer",
               "bild.txt": "das sieht nach einer Binärdatei aus, nicht nach Text (falsche Dateiendung?)"},
    }[language]
    assert details == expected


def test_every_translated_reader_message_is_one_a_reader_still_writes() -> None:
    """The table of fixed messages follows the readers: a message no reader writes any more is stale."""
    from desktop.ui.problems import detail_translations

    root = Path(__file__).resolve().parents[2] / "desktop"
    sources = "".join(p.read_text(encoding="utf-8") for p in (root / "core").rglob("*.py"))
    sources += "".join(p.read_text(encoding="utf-8") for p in (root / "session").rglob("*.py"))
    stale = [m for m in detail_translations() if m not in sources]
    assert not stale


def test_choosing_another_language_says_when_it_applies(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import dialogs

    def exec_(self):  # type: ignore[no-untyped-def]
        self.language.setCurrentIndex(self.language.findData("de"))
        return dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.PreferencesDialog, "exec", exec_)
    window = make_window()
    window.edit_preferences()
    assert window.settings.get(cfg.LANGUAGE) == "de"
    assert window.statusBar().currentMessage() == "The new language is used from the next start of Chronik."


@pytest.mark.parametrize("merge", [True, False])
def test_the_actor_dialogs_say_what_the_correction_does(qtbot, merge: bool) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import dialogs

    dialog = dialogs.ActorDialog(["Clara Hoffmann", "Hoffmann"], merge=merge)
    qtbot.addWidget(dialog)
    expected = ("The second actor's events and spellings go to the first" if merge
                else "shown under the new name everywhere")
    assert expected in dialog.note.text()
    assert dialog.note.isVisibleTo(dialog)


def test_a_range_date_fits_the_date_column(qtbot, make_window, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """"Mitte September 2024 (Zeitraum)" was cut to "Mitte September 2024 (Zei…": the column beside
    says "Zeitraum", the date column says the dates (its tooltip the whole phrase)."""
    from desktop.ui.event_model import COL_DATE, COL_PRECISION

    article = tmp_path / "fest.txt"
    article.write_text("date 2024-10-20\nDas Stadtfest war ein Erfolg\n\n"
                       "Das Stadtfest in Nordheim fand Mitte September 2024 statt, sagte Bürgermeisterin "
                       "Clara Hoffmann.\n", encoding="utf-8")
    window = make_window(1280, 800)
    _import(qtbot, window, [article])
    proxy = window.event_proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.data(proxy.index(r, COL_PRECISION)) in ("range", "Zeitraum")]
    assert rows, [proxy.data(proxy.index(r, 1)) for r in range(proxy.rowCount())]
    view = window.event_view
    width = view.horizontalHeader().sectionSize(COL_DATE)
    for r in rows:
        text = proxy.data(proxy.index(r, COL_DATE))
        assert view.fontMetrics().horizontalAdvance(text) + 12 <= width, text
        assert "Zeitraum" in proxy.data(proxy.index(r, COL_DATE), Qt.ItemDataRole.ToolTipRole) or \
            "range" in proxy.data(proxy.index(r, COL_DATE), Qt.ItemDataRole.ToolTipRole)


def test_double_clicking_a_problem_opens_what_was_imported_or_says_it_was_not(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long = tmp_path / "langer-bericht.txt"
    long.write_text(HAFEN + "\n\n" + "Die Stadt plant den Hafen weiter, Schritt für Schritt.\n\n" * 2500, encoding="utf-8")
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    window = make_window()
    _import(qtbot, window, [long, empty])
    dock = window.problems_dock
    rows = {dock.model.data(dock.model.index(r, 0)): r for r in range(dock.model.rowCount())}

    def double_click(name: str) -> None:
        dock.view.doubleClicked.emit(dock.model.index(rows[name], 1))  # what the view says on a double click

    double_click("langer-bericht.txt")
    qtbot.waitUntil(lambda: bool(window.articles.viewers))
    viewer = window.articles.viewers[0]
    assert viewer.windowTitle() == "Hafen soll bis 2030 wachsen"
    assert "only the first" in viewer.header.text()  # the reader says the text is not the whole file
    double_click("leer.txt")
    assert window.statusBar().currentMessage() == "leer.txt was not imported; the Problems list says why."


def test_the_event_date_dialog_has_no_empty_line_until_there_is_an_error(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.ui import dialogs

    article = tmp_path / "hafen.txt"
    article.write_text(HAFEN, encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    dialog = dialogs.EventDateDialog(window.event_model.events()[0], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.error.isVisible()
    dialog.first.setDate(dialogs.to_qdate(date(2025, 4, 9)))
    dialog.last.setDate(dialogs.to_qdate(date(2025, 4, 1)))
    dialog._on_accept()  # noqa: SLF001 - what OK does
    assert dialog.error.isVisible() and dialog.error.text() == "The last day is before the first."


def test_a_narrow_timeline_wraps_the_legend_instead_of_cutting_its_words(qtbot, make_window, language: str) -> None:  # type: ignore[no-untyped-def]
    """At 1000 px beside the side panel "period (week, month, ra" ran off the edge."""
    window = make_window(1000, 760)
    window.load_samples()
    qtbot.waitUntil(lambda: not window.is_busy())
    QApplication.processEvents()
    legend = window.timeline._legend  # noqa: SLF001 - the legend under the timeline
    assert legend.size().width() < 700

    def drawn() -> QRectF:  # what the legend paints, where the user sees it
        picture = QPicture()
        painter = QPainter(picture)
        legend.paint(painter)
        painter.end()
        return QRectF(picture.boundingRect())

    narrow = drawn()
    assert QRectF(0, 0, legend.size().width(), legend.size().height()).contains(narrow), (narrow, legend.size())
    assert legend.size().height() >= 2 * legend.ROW  # on more than one row
    # wide, one row as before
    window.resize(1900, 1000)
    QApplication.processEvents()
    wide = drawn()
    assert QRectF(0, 0, legend.size().width(), legend.size().height()).contains(wide)
    assert legend.size().height() < 2 * legend.ROW and wide.height() < narrow.height()


def test_exports_start_in_a_folder_the_user_can_find_and_then_where_the_last_one_went(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                                      monkeypatch) -> None:
    """The default workspace lives in Chronik's hidden data folder; "Save" put chronik.png there."""
    from desktop.ui import dialogs
    from desktop.ui.app import default_workspace_path
    from desktop.ui.export_dialog import ExportChronologyDialog

    offered: list[str] = []

    def answer(cls, path: Path):  # type: ignore[no-untyped-def]
        def exec_(self):  # type: ignore[no-untyped-def]
            offered.append(self.path.text())
            self.path.setText(str(path))
            return dialogs.QDialog.DialogCode.Accepted
        monkeypatch.setattr(cls, "exec", exec_)

    settings = cfg.Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace.open(default_workspace_path()), settings=settings, executor=SyncExecutor())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    data = os.path.dirname(default_workspace_path())
    out = tmp_path / "bilder"
    out.mkdir()
    answer(dialogs.ExportDialog, out / "zeitleiste.png")
    assert window.export_image()
    assert not offered[0].startswith(data), offered  # not Chronik's own hidden folder
    answer(ExportChronologyDialog, out / "chronik.csv")
    assert window.export_chronology()
    assert os.path.dirname(offered[1]) == str(out)  # where the picture went
    window.close()
    window.close_workspace()


def test_save_workspace_as_starts_outside_chronik_s_hidden_data_folder(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.app import default_workspace_path

    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _parent, _title, start, *a: (started.append(start), ("", ""))[1]))
    settings = cfg.Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace.open(default_workspace_path()), settings=settings, executor=SyncExecutor())
    qtbot.addWidget(window)
    assert not window.save_workspace_as()
    assert not window.new_workspace()
    data = os.path.dirname(default_workspace_path())
    assert started and not any(s.startswith(data) for s in started), started
    window.close()
    window.close_workspace()
    # a workspace the user keeps elsewhere: its own folder
    mine = tmp_path / "projekt" / "hafen.chronik"
    mine.parent.mkdir()
    window = MainWindow(Workspace.open(mine), settings=settings, executor=SyncExecutor())
    qtbot.addWidget(window)
    started.clear()
    assert not window.save_workspace_as()
    assert started == [str(mine.parent)]
    window.close()
    window.close_workspace()


def test_a_workspace_file_dropped_onto_the_window_opens_instead_of_being_refused(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                                 tmp_path: Path) -> None:
    """It said "Chronik cannot read .chronik files" in Problems."""
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    article = tmp_path / "hafen.txt"
    article.write_text(HAFEN, encoding="utf-8")
    other = tmp_path / "projekt.chronik"
    first = make_window()  # a workspace made and filled in Chronik, then closed
    first.save_workspace_as(str(other))
    _import(qtbot, first, [article])
    first.close()
    first.close_workspace()
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    pos = QPoint(300, 300)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert window.drop_overlay.text().startswith("Drop to open the workspace\nprojekt.chronik")
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: os.path.basename(window.session.path) == "projekt.chronik")
    assert window.article_list.model.rowCount() == 1
    assert window.problems_dock.model.rowCount() == 0
    assert window.statusBar().currentMessage() == "Opened the workspace projekt.chronik."


def test_the_problems_summary_says_what_was_and_was_not_imported(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """It said "2 files could not be imported fully; everything else was kept." when nothing was imported."""
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    window = make_window()
    _import(qtbot, window, [empty, binary])
    assert window.problems_dock._summary.text() == "2 files could not be imported."  # noqa: SLF001
    long = tmp_path / "langer-bericht.txt"
    long.write_text(HAFEN + "\n\n" + "Die Stadt plant den Hafen weiter, Schritt für Schritt.\n\n" * 2500, encoding="utf-8")
    _import(qtbot, window, [long])
    assert window.problems_dock._summary.text() == (  # noqa: SLF001
        "2 files could not be imported. 1 file was imported with a warning.")


def test_the_import_progress_names_files_already_read_and_none_while_events_are_found(  # type: ignore[no-untyped-def]
        qtbot, make_window, tmp_path: Path, language: str) -> None:
    """The status bar said "Lese c.txt" (German for "I read") after c.txt was read and kept saying
    it while the bar said events were being found."""
    names = ["nordheim.txt", "suedhafen.txt", "westdorf.txt"]
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"date 2025-03-1{i}\nRat tagt\n\nDer Rat von {name[:-4].title()} tagte am "
                                     "Mittwoch über den Hafen.\n", encoding="utf-8")
    window = make_window()
    seen: list[tuple[str, str]] = []  # (status bar, progress bar) at each status message
    window.statusBar().messageChanged.connect(lambda text: seen.append((text, window.progress_bar.text())))
    _import(qtbot, window, [tmp_path / n for n in names])
    naming = [(text, bar) for text, bar in seen if any(n in text for n in names)]
    assert [next(n for n in names if n in text) for text, _ in naming] == names[:-1]  # each read one, in order;
    # after the last one the events are being found
    read = "gelesen" if language == "de" else "read"
    assert all(read in text and read in bar for text, bar in naming), naming
    # then the bar turns busy (no text of its own): the status bar says what happens, no file
    after = seen[seen.index(naming[-1]) + 1][0]
    assert after and not any(n in after for n in names), seen


def test_at_1000_pixels_the_event_table_shows_the_events_words_without_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, make_window, tmp_path: Path, language: str) -> None:
    """At 1000 px the side panel took 400 px and the table's fixed columns 680: the event's own
    words got 50 px and the table scrolled sideways."""
    from desktop.core.model import Precision
    from desktop.ui.event_model import COL_ACTORS, COL_DATE, COL_LABEL, COL_PRECISION, EventRole

    article = tmp_path / "hafen.txt"
    article.write_text(HAFEN + "\nDer Ausbau soll Mitte Mai 2025 beginnen.\n", encoding="utf-8")
    window = make_window(1000, 700)
    _import(qtbot, window, [article])
    QApplication.processEvents()
    view = window.event_view
    header = view.horizontalHeader()
    assert window.side_dock.width() < 400  # the panel gives way in a small window ...
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionSize(COL_LABEL) >= header.sectionSize(COL_ACTORS)
    for r in range(window.event_proxy.rowCount()):  # the dates are not cut
        text = window.event_proxy.data(window.event_proxy.index(r, COL_DATE))
        assert view.fontMetrics().horizontalAdvance(text) + 12 <= header.sectionSize(COL_DATE), text
    # the precision stepped aside: a day is a day, anything vaguer the date's tooltip says
    assert view.isColumnHidden(COL_PRECISION)
    model = window.event_model
    for r in range(model.rowCount()):
        if model.data(model.index(r, 0), EventRole).precision is not Precision.DAY:
            precision = model.data(model.index(r, COL_PRECISION))
            assert precision in model.data(model.index(r, COL_DATE), Qt.ItemDataRole.ToolTipRole)
    # a wide window has room for every column and a panel of its usual width
    window.resize(1900, 1000)
    QApplication.processEvents()
    assert not view.isColumnHidden(COL_PRECISION)
    assert window.side_dock.width() >= 400
    # once the user drags the panel's edge, its width is theirs
    edge = QPoint(window.side_dock.x() - 2, window.side_dock.y() + window.side_dock.height() // 2)
    assert window.childAt(edge) is None  # the edge belongs to the window itself
    QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=edge)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=edge)
    before = window.side_dock.width()
    window.resize(1000, 700)
    QApplication.processEvents()
    assert window.side_dock.width() == before


def test_the_publication_date_dialog_has_no_blank_line_above_its_note(qtbot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                       language: str) -> None:
    """The note "Relative dates in the article … follow it." stood in a box three lines high,
    a blank line between it and the date."""
    from PySide6.QtWidgets import QLabel

    from desktop.ui import dialogs

    article = tmp_path / "bruecke.txt"
    article.write_text("Die Stadt Nordheim hat am Mittwoch die neue Brücke über den Fluss eröffnet.\n", encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    (undated,) = window.undated_articles()
    dialog = dialogs.ArticleDateDialog(undated, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():
            assert label.height() <= label.heightForWidth(label.width()) + 2, label.text()


def test_undoing_a_delete_shows_the_event_again_selected_and_in_view(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Deleting the earliest event moved the view (its dates went with it); Undo gave the event
    back somewhere out of sight, with nothing selected."""
    article = tmp_path / "hafen.txt"
    article.write_text("date 2025-09-14\nHafen soll wachsen\n\n"
                       "Bürgermeisterin Clara Hoffmann hat am 3. Januar 2024 den Ausbau des Hafens angekündigt.\n\n"
                       "Am 12. September 2025 stellte Verkehrsminister Jonas Weber die Pläne im Stadtrat vor.\n\n"
                       "Am 2. Oktober 2025 will der Stadtrat abstimmen.\n", encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    earliest = min(window.event_model.events(), key=lambda e: e.first)
    window.select_event(earliest.id)
    assert window.delete_selected()
    assert window.selected_event() is None
    assert window.undo_correction()
    back = window.selected_event()
    assert back is not None and back.label == earliest.label  # selected again ...
    first, last = window.timeline.visible_range()
    assert first <= back.first <= last  # ... and where the user looks
    assert window.side_panel.current_event() == back  # its sources in the side panel


def test_a_month_only_date_is_not_saved_as_its_first_day_unless_the_user_picks_a_day(  # type: ignore[no-untyped-def]
        qtbot, make_window, tmp_path: Path) -> None:
    """The dialog showed the 1st of the article's month, and OK saved that day as the user's date."""
    from datetime import date

    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui import dialogs

    article = tmp_path / "monat.txt"
    article.write_text("date 2025-03\nHafen\n\nAm Mittwoch hat der Stadtrat den Ausbau des Hafens beschlossen.\n",
                       encoding="utf-8")
    window = make_window()
    _import(qtbot, window, [article])
    (month_only,) = window.undated_articles()
    dialog = dialogs.ArticleDateDialog(month_only, None, window)
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.edit.setDate(dialogs.to_qdate(date(2025, 3, 12)))
    assert ok.isEnabled() and dialog.value() == date(2025, 3, 12)


def test_a_workspace_file_dropped_during_an_import_is_not_queued_as_an_article(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                               tmp_path: Path) -> None:
    """While an import ran, a dropped .chronik went into the queue of files to read."""
    other = tmp_path / "projekt.chronik"
    first = make_window()
    first.save_workspace_as(str(other))
    first.close()
    first.close_workspace()
    window = make_window()
    window.imports.task = object()  # an import is running
    try:
        window.imports.import_paths([str(other)])
        assert str(other) not in window.imports.pending
        assert "projekt.chronik" in window.statusBar().currentMessage()
    finally:
        window.imports.task = None
