"""User corrections stored in the workspace: they persist, survive re-import, and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import test_workspace_fakes as fakes
from test_workspace_fakes import ARTICLE_A, ARTICLE_B, ARTICLE_C, write

from desktop.core.model import Event, Precision
from desktop.session import Session


@pytest.fixture(autouse=True)
def _pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes.install_missing(monkeypatch)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write(folder, "a.txt", ARTICLE_A)
    write(folder, "b.txt", ARTICLE_B)
    write(folder, "c.txt", ARTICLE_C)
    return folder


@pytest.fixture
def ws_path(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "ws.chronik"
    with Session.open(path) as ws:
        ws.import_paths([corpus])
        ex = ws.extraction()
        assert len(ex.events) >= 2, "the test articles should give at least two events"
        assert len(ex.actors) >= 2, "the test articles should give at least two actors"
    return path


def containing(events: tuple[Event, ...], key: str) -> Event | None:
    return next((e for e in events if any(m.key == key for m in e.mentions)), None)


def reopen_and_reimport(path: Path, corpus: Path) -> Session:
    """Close, reopen, and import the same files again (as a user would)."""
    ws = Session.open(path)
    report = ws.import_paths([corpus])
    assert report.imported == [] and report.problems == []
    return ws


def test_rename_event_persists(ws_path: Path, corpus: Path) -> None:
    with Session.open(ws_path) as ws:
        target = ws.extraction().events[0]
        ws.rename_event(target, "Das große Telefonat")
        assert ws.extraction().events[0].label == "Das große Telefonat"
    with reopen_and_reimport(ws_path, corpus) as ws:
        e = containing(ws.extraction().events, target.mentions[0].key)
        assert e is not None and e.label == "Das große Telefonat" and e.id == target.id


def test_set_event_date_persists(ws_path: Path, corpus: Path) -> None:
    with Session.open(ws_path) as ws:
        target = ws.extraction().events[-1]
        ws.set_event_date(target, date(2024, 12, 1), date(2024, 12, 31), Precision.MONTH)
    with reopen_and_reimport(ws_path, corpus) as ws:
        e = containing(ws.extraction().events, target.mentions[0].key)
        assert e is not None
        assert (e.first, e.last, e.precision) == (date(2024, 12, 1), date(2024, 12, 31), Precision.MONTH)


def test_delete_event_persists(ws_path: Path, corpus: Path) -> None:
    with Session.open(ws_path) as ws:
        before = ws.extraction().events
        ws.delete_event(before[0].mentions[-1].key)  # by a mention key, as the GUI may
    with reopen_and_reimport(ws_path, corpus) as ws:
        after = ws.extraction().events
        assert [e.id for e in after] == [e.id for e in before[1:]]


def test_merge_events_persists(ws_path: Path, corpus: Path) -> None:
    with Session.open(ws_path) as ws:
        a, b = ws.extraction().events[:2]
        ws.merge_events(a, b)
    with reopen_and_reimport(ws_path, corpus) as ws:
        events = ws.extraction().events
        merged = containing(events, b.mentions[0].key)
        assert merged is not None and merged.id == a.id
        assert {m.key for m in a.mentions + b.mentions} <= {m.key for m in merged.mentions}
        assert b.id not in {e.id for e in events}


def test_rename_actor_persists(ws_path: Path, corpus: Path) -> None:
    with Session.open(ws_path) as ws:
        old = ws.extraction().actors[0].name
        ws.rename_actor(old, "Umbenannt Neu")
    with reopen_and_reimport(ws_path, corpus) as ws:
        ex = ws.extraction()
        names = [a.name for a in ex.actors]
        assert "Umbenannt Neu" in names and old not in names
        assert all(old not in e.actors for e in ex.events)


def test_merge_actors_persists(ws_path: Path, corpus: Path) -> None:
    with Session.open(ws_path) as ws:
        first, second = (a.name for a in ws.extraction().actors[:2])
        ws.merge_actors(first, second)
    with reopen_and_reimport(ws_path, corpus) as ws:
        ex = ws.extraction()
        kept = next(a for a in ex.actors if a.name == first)
        assert second in kept.aliases
        assert second not in [a.name for a in ex.actors]


def test_undo_last_correction(ws_path: Path) -> None:
    with Session.open(ws_path) as ws:
        original = ws.extraction()
        e = original.events[0]
        ws.rename_event(e, "Erster Name")
        ws.delete_event(e)
        assert e.id not in {x.id for x in ws.extraction().events}
        undone = ws.undo_last_correction()
        assert undone is not None and undone.kind == "delete_event"
        assert ws.extraction().events[0].label == "Erster Name"
    with Session.open(ws_path) as ws:  # undo persists too
        assert [c.kind for c in ws.corrections()] == ["rename_event"]
        assert ws.undo_last_correction() is not None
        assert ws.extraction().events == original.events
        assert ws.undo_last_correction() is None


def test_corrections_survive_removing_and_reimporting_an_article(ws_path: Path, corpus: Path) -> None:
    with Session.open(ws_path) as ws:
        target = ws.extraction().events[0]
        ws.rename_event(target, "Bleibt")
        for aid in {m.article_id for m in target.mentions}:
            ws.remove_article(aid)
        assert containing(ws.extraction().events, target.mentions[0].key) is None
        assert ws.stale_corrections() != []
        ws.import_paths([corpus])
        e = containing(ws.extraction().events, target.mentions[0].key)
        assert e is not None and e.label == "Bleibt"
        assert ws.stale_corrections() == []


def test_correction_of_vanished_event_is_kept(ws_path: Path) -> None:
    with Session.open(ws_path) as ws:
        before = ws.extraction()
        c = ws.rename_event("nirgends:0:nie", "Phantom")
        assert ws.extraction().events == before.events
        assert ws.stale_corrections() == [c]
        assert ws.corrections() == [c]


def test_second_reimport_of_changed_file_keeps_corrections(tmp_path: Path, ws_path: Path, corpus: Path) -> None:
    """An edited copy of an article is a new article; the old one and its corrections stay."""
    with Session.open(ws_path) as ws:
        target = ws.extraction().events[0]
        ws.rename_event(target, "Fest")
        write(corpus, "a.txt", ARTICLE_A + "Ein neuer Absatz kam später hinzu.\n")
        report = ws.import_paths([corpus / "a.txt"])
        assert len(report.imported) == 1
        e = containing(ws.extraction().events, target.mentions[0].key)
        assert e is not None and e.label == "Fest"
