"""Disputed dates in the window (timeline marker, side panel, table filter) and File > Export chronology.

The disputed articles (tests/data/disputed) are ours: three outlets report one phone call, one of
them on the day before the other two."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv  # noqa: E402
import json  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.core.resources import resource_path  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.ui import settings as cfg  # noqa: E402
from desktop.ui import theme  # noqa: E402
from desktop.ui.event_model import EventIdRole  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.tasks import SyncExecutor  # noqa: E402

DISPUTED = Path(__file__).resolve().parents[1] / "data" / "disputed"
SAMPLES = [resource_path("samples", n) for n in ("01-de-telefonat-trump-putin.txt", "06-de-osterwaffenruhe.txt")]


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    settings = cfg.Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    settings.set(cfg.LANGUAGE, "en")
    w = MainWindow(Workspace.open(tmp_path / "t.chronik"), settings=settings, executor=SyncExecutor())
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.import_paths([str(DISPUTED), *map(str, SAMPLES)])
    qtbot.waitUntil(lambda: w.article_list.model.rowCount() == 5 and not w.is_busy())
    yield w
    w.close()
    w.close_workspace()
    QStandardPaths.setTestModeEnabled(False)


def _call(window: MainWindow):  # type: ignore[no-untyped-def]
    return next(e for e in window.event_model.events() if {"Olaf Scholz", "Emmanuel Macron"} <= set(e.actors))


def _table_ids(window: MainWindow) -> list[str]:
    proxy = window.event_proxy
    return [proxy.data(proxy.index(r, 0), EventIdRole) for r in range(proxy.rowCount())]


def test_the_timeline_marks_the_disputed_event(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    call = _call(window)
    assert window.timeline.disputed_ids() == [call.id]
    window.timeline.set_range(date(2025, 3, 1), date(2025, 3, 25))
    qtbot.wait(50)
    image = window.timeline.grab().toImage()
    pos = window.timeline.marker_position(call.id)
    assert pos is not None
    red = QColor(theme.DISPUTED)

    def reddish(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - red.red()) + abs(c.green() - red.green()) + abs(c.blue() - red.blue()) < 90

    ratio = image.width() / window.timeline.width()
    cx, cy = int(pos.x() * ratio), int(pos.y() * ratio)
    near = [(x, y) for x in range(cx - 20, cx + 21) for y in range(cy - 20, cy + 21)
            if 0 <= x < image.width() and 0 <= y < image.height() and reddish(x, y)]
    assert near, "a red diamond around the disputed event's marker"
    others = [e for e in window.event_model.events() if e.id != call.id and e.first.month == 3]
    for e in others[:3]:
        p = window.timeline.marker_position(e.id)
        if p is None or abs(p.x() - pos.x()) < 40:
            continue
        x0, y0 = int(p.x() * ratio), int(p.y() * ratio)
        assert not any(reddish(x, y) for x in range(x0 - 12, x0 + 13) for y in range(y0 - 12, y0 + 13)
                       if 0 <= x < image.width() and 0 <= y < image.height())


def test_the_side_panel_says_which_source_gives_which_day(window: MainWindow) -> None:
    call = _call(window)
    window.select_event(call.id)
    label = window.side_panel.disputed_label
    assert not label.isHidden()
    text = label.text()
    assert "11 Mar 2025</b>: Rheinbote (Dienstag)" in text
    assert "12. März" in text and "Wednesday" in text  # the words each source used
    assert "12 Mar 2025</b>: " in text and "Elbkurier" in text and "Harbour Times" in text
    other = next(e for e in window.event_model.events() if e.id != call.id)
    window.select_event(other.id)
    assert label.isHidden()


def test_the_table_filters_disputed_events(window: MainWindow) -> None:
    call = _call(window)
    total = window.event_proxy.rowCount()
    assert total > 1
    window.disputed_check.setChecked(True)
    assert _table_ids(window) == [call.id]
    tip = window.event_proxy.data(window.event_proxy.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "11 Mar 2025" in tip and "12 Mar 2025" in tip
    assert window.timeline.visible_ids() == {call.id}
    window.clear_filters()
    assert not window.disputed_check.isChecked()
    assert window.event_proxy.rowCount() == total


def test_file_export_chronology_writes_what_is_shown(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMenu

    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File")
    assert window.act_export_chronology in file_menu.actions()
    events = window.event_model.events()
    out = tmp_path / "all.json"
    assert window.export_chronology("timelinejs", str(out), scope="all")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["events"]) == len(events)
    by_id = {s["unique_id"]: s for s in data["events"]}
    for e in events:
        assert by_id[f"chronik-{e.id}"]["group"] == window.timeline.lane_of(e.id)
    # the filters apply: only the disputed event
    window.disputed_check.setChecked(True)
    md = tmp_path / "disputed.md"
    assert window.export_chronology("md", str(md), scope="all")
    lines = [ln for ln in md.read_text(encoding="utf-8").splitlines() if ln.startswith("**")]
    assert lines and len(lines) == 1 and lines[0].startswith("**12 March 2025**")  # the UI's language
    assert "Date disputed: 11 March 2025 according to Rheinbote" in md.read_text(encoding="utf-8")
    window.clear_filters()
    # what is in view: the visible dates only, and a second file with one row per source sentence
    window.timeline.set_range(date(2025, 3, 1), date(2025, 3, 31))
    table = tmp_path / "march.csv"
    assert window.export_chronology("csv", str(table), scope="view", mentions=True)
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and all(r["date"] <= "2025-03-31" and r["end"] >= "2025-03-01" for r in rows)
    assert len(rows) < len(events)
    assert (tmp_path / "march-mentions.csv").exists()


def test_an_export_that_cannot_be_written_says_so(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    bad = tmp_path / "missing" / "x.ics"
    assert not window.export_chronology("ics", str(bad), scope="all")
    assert said and str(bad) in said[0]


def test_the_export_dialog_fits_the_file_name_to_the_format(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.export_dialog import ExportChronologyDialog, mentions_path

    dlg = ExportChronologyDialog("/tmp/x/chronik.json")
    qtbot.addWidget(dlg)
    assert dlg.value() == ("timelinejs", "/tmp/x/chronik.json", "view", False)
    assert not dlg.mentions.isEnabled()
    dlg.set_format("csv")
    dlg.mentions.setChecked(True)
    dlg.all_events.setChecked(True)
    assert dlg.value() == ("csv", "/tmp/x/chronik.csv", "all", True)
    assert mentions_path("/tmp/x/chronik.csv") == "/tmp/x/chronik-mentions.csv"
    dlg.set_format("ics")
    assert dlg.value() == ("ics", "/tmp/x/chronik.ics", "all", False)  # one row per sentence is CSV only
