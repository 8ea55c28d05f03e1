"""The German user interface: chronik_de.qm translates the window, completely and consistently."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402

from desktop.core.resources import resource_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "chronik_de.ts")
QM = resource_path("translations", "chronik_de.qm")
_BIN = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin"


def _tool(name: str) -> str | None:
    cand = _BIN / name
    return str(cand) if cand.exists() else shutil.which(name)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QTranslator]:
    tr = QTranslator()
    assert tr.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(tr)
    yield tr
    qapp.removeTranslator(tr)


def _i18n_strings():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_strings", ROOT / "packaging" / "i18n_strings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_strings"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name", ""), msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def test_menu_titles_are_german(german: QTranslator) -> None:
    t = QCoreApplication.translate
    assert t("MainWindow", "&File") == "&Datei"
    assert t("MainWindow", "&Edit") == "&Bearbeiten"
    assert t("MainWindow", "&Help") == "&Hilfe"
    assert t("MainWindow", "&Quit") == "&Beenden"


def test_dates_in_the_event_table_are_german(german: QTranslator) -> None:
    from datetime import date

    from desktop.core.model import Precision
    from desktop.ui.event_model import format_date

    assert "März" in format_date(date(2025, 3, 18), date(2025, 3, 18), Precision.DAY)
    mid = format_date(date(2025, 3, 10), date(2025, 3, 20), Precision.RANGE)
    assert mid.startswith("Mitte März 2025"), mid
    assert format_date(date(1940, 1, 1), date(1949, 12, 31), Precision.RANGE).startswith("die 1940er-Jahre")
    # German abbreviates months with a full stop, and does not shorten the short ones
    assert format_date(date(2025, 2, 12), date(2025, 2, 12), Precision.DAY) == "12. Feb. 2025"
    assert format_date(date(2025, 6, 3), date(2025, 6, 3), Precision.DAY) == "3. Juni 2025"


def test_untranslated_context_stays_english(german: QTranslator) -> None:
    assert QCoreApplication.translate("NoSuchContext", "&File") == "&File"


@pytest.fixture
def window_factory(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop.core.workspace import Workspace
    from desktop.ui import settings as cfg
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import SyncExecutor

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))

    def make() -> MainWindow:
        settings = cfg.Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
        w = MainWindow(Workspace.open(":memory:"), settings=settings, executor=SyncExecutor())
        qtbot.addWidget(w)
        return w

    yield make
    QStandardPaths.setTestModeEnabled(False)


def _menus(window) -> dict[str, QMenu]:  # type: ignore[no-untyped-def]
    """The menu bar's menus by title, in menu-bar order."""
    bar = window.menuBar()
    order = [a.text() for a in bar.actions()]
    menus = {m.title(): m for m in bar.findChildren(QMenu) if m.title() in order}
    return {t: menus[t] for t in order if t in menus}


def test_main_window_menus_are_german(german: QTranslator, window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    titles = list(_menus(window))
    assert titles[:2] == ["&Datei", "&Bearbeiten"], titles
    assert "&Hilfe" in titles
    file_menu = _menus(window)["&Datei"]
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "&Beenden" in texts
    assert not any(re.search(r"\b(File|Open|Import|Quit|Export)\b", t) for t in texts), texts


@pytest.mark.parametrize("language", ["en", "de"])
def test_menu_accelerators_are_unique(language: str, qapp: QApplication, window_factory) -> None:  # type: ignore[no-untyped-def]
    tr = QTranslator()
    if language == "de":
        assert tr.load(str(QM))
        qapp.installTranslator(tr)
    try:
        window = window_factory()
        menus = _menus(window)
        bar_keys = [re.search(r"&(\w)", t).group(1).lower() for t in menus if "&" in t]  # type: ignore[union-attr]
        assert len(bar_keys) == len(set(bar_keys)), list(menus)
        for title, menu in menus.items():
            keys = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&(\w)", a.text()))]
            dupes = {k for k in keys if keys.count(k) > 1}
            assert not dupes, f"{title}: {[a.text() for a in menu.actions()]}"
    finally:
        qapp.removeTranslator(tr)


def test_translations_keep_placeholders() -> None:
    def marks(s: str) -> set[str]:
        return set(re.findall(r"\{\w+\}|%[nvm]|%\d|<b>|</b>", s))

    for ctx, msg in _messages():
        src = msg.findtext("source", "")
        tr = msg.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for form in forms:
            assert form.strip(), f"{ctx}: {src!r} has no translation"
            assert marks(form) == marks(src), f"{ctx}: {src!r} -> {form!r}"


@pytest.mark.skipif(_tool("pyside6-lupdate") is None, reason="pyside6-lupdate not available")
def test_every_ui_string_is_translated(tmp_path: Path) -> None:
    """Strings added to the code after the last translation run show up here, by name."""
    i18n = _i18n_strings()
    ts = tmp_path / "chronik_de.ts"
    shutil.copy(TS, ts)
    stub = tmp_path / "wrapped_strings.py"
    i18n.write_stub(stub, i18n.collect(i18n.ui_sources())[0])
    sources = [str(p) for p in i18n.ui_sources()] + [str(stub)]
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en", "-target-language", "de",
         "-ts", str(ts)],
        check=True, capture_output=True, text=True, timeout=120,
    )
    root = ET.parse(ts).getroot()
    missing = [
        f"{ctx.findtext('name')}: {msg.findtext('source')!r}"
        for ctx in root.iter("context") for msg in ctx.iter("message")
        if msg.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not missing, "run packaging/update_translations.sh and translate:\n" + "\n".join(missing)


@pytest.mark.skipif(_tool("pyside6-lrelease") is None, reason="pyside6-lrelease not available")
def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True, timeout=60)
    assert out.read_bytes() == QM.read_bytes(), "chronik_de.qm is stale: run packaging/update_translations.sh"


def test_tr_is_only_called_with_literal_strings() -> None:
    """lupdate cannot see f-strings or variables: such text would stay English.

    One-argument wrappers (``def _tr(text): return QCoreApplication.translate(CTX, text)``)
    are fine: packaging/i18n_strings.py collects their literal arguments."""
    assert _i18n_strings().problems() == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_event_buttons_sit_in_tidy_rows_at_the_default_size(language: str, qapp: QApplication, qtbot,
                                                            window_factory) -> None:  # type: ignore[no-untyped-def]
    """Four buttons in one row, or two rows of two of one width: never three and a lone one."""
    from datetime import date

    from desktop.core.model import Event, Precision, Status

    tr = QTranslator()
    if language == "de":
        assert tr.load(str(QM))
        qapp.installTranslator(tr)
    try:
        window = window_factory()
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        panel = window.side_panel
        panel.show_event(Event("e1", date(2025, 3, 5), date(2025, 3, 5), Precision.DAY, Status.HAPPENED,
                               "Anna Berg calls Karl Stein", ("Anna Berg",), ()))
        qapp.processEvents()
        buttons = [panel.rename_button, panel.date_button, panel.merge_button, panel.delete_button]
        assert buttons[2].text() == ("Zusammenführen…" if language == "de" else "Merge…")
        rows: dict[int, list] = {}
        for b in buttons:
            assert b.isVisible() and b.width() >= b.sizeHint().width(), b.text()  # the words fit
            rows.setdefault(b.geometry().top(), []).append(b)
        sizes = sorted(len(r) for r in rows.values())
        assert sizes in ([4], [2, 2]), [[b.text() for b in r] for r in rows.values()]
        if len(rows) == 2:
            assert len({b.width() for b in buttons}) == 1  # a grid: the columns line up
            assert len({b.geometry().left() for b in buttons}) == 2
        if language == "en":
            assert sizes == [4]
    finally:
        qapp.removeTranslator(tr)


def test_a_markers_tooltip_is_german(german: QTranslator, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.core.model import Event, EventMention, Precision, Status
    from desktop.ui.timeline import TimelineWidget

    day = date(2025, 3, 12)
    mentions = tuple(EventMention(f"a{k}", 0, 1, "", "", day, day, Precision.DAY, Status.PLANNED, ("Anna Berg",))
                     for k in range(3))
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_events([Event("e", day, day, Precision.DAY, Status.PLANNED, "Anna Berg reist nach Rom",
                               ("Anna Berg",), mentions)])
    assert timeline.tooltip_text("e").splitlines() == ["12. März 2025 (geplant)", "Anna Berg reist nach Rom",
                                                       "Anna Berg", "3 Quellen"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_table_heading_is_cut(language: str, qapp: QApplication, qtbot, window_factory) -> None:  # type: ignore[no-untyped-def]
    """"Ereignisse" over the article list's event counts was "Ereigniss" at 60 px."""
    tr = QTranslator()
    if language == "de":
        assert tr.load(str(QM))
        qapp.installTranslator(tr)
    try:
        window = window_factory()
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        for view in (window.event_view, window.article_list.view):
            header = view.horizontalHeader()
            model = view.model()
            for col in range(header.count()):
                name = model.headerData(col, Qt.Orientation.Horizontal)
                assert header.sectionSize(col) >= header.sectionSizeHint(col), name
    finally:
        qapp.removeTranslator(tr)


def test_one_german_word_for_a_source_sentence() -> None:
    """The side panel says "Quellsatz"; the export dialog said "Quellensatz" for the same thing."""
    texts = [msg.findtext("translation") or "" for _ctx, msg in _messages()]
    assert any("Quellsatz" in t or "Quellsätze" in t for t in texts)
    assert not [t for t in texts if "Quellensatz" in t or "Quellensätze" in t]
