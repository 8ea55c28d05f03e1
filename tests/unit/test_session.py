"""The session layer: one import path for the CLI and the window, results that cross threads
as values, collections that announce what changed, caches safe across threads."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.cache import BoundedCache
from desktop.core.model import ProblemKind
from desktop.session import Session, extract_paths, import_work
from desktop.session.collections import Change, Collection

# articles written for these tests
FIRST = (
    "Treffen in Bern vereinbart\n"
    "Bern. Am 4. März 2025 trafen sich die Ministerin Clara Imhof und der Minister Ruben Falk in Bern.\n"
)
SECOND = (
    "Gespräche fortgesetzt\n"
    "Am 9. April 2025 telefonierte Clara Imhof erneut mit Ruben Falk.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    (folder / "leer.txt").write_bytes(b"")
    (folder / "bild.txt").write_bytes(bytes(range(256)) * 40)
    return folder


def test_the_cli_and_a_workspace_report_a_bad_file_alike(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    plain = extract_paths([folder])
    with Session.open(tmp_path / "ws.chronik") as session:
        report = session.import_paths([folder])
        stored = session.problems()
    assert len(plain.articles) == 2 and len(report.imported) == 2
    by_file = lambda problems: {Path(p.path).name: (p.kind, p.message) for p in problems}  # noqa: E731
    assert by_file(plain.problems) == by_file(report.problems) == by_file(stored)
    assert by_file(stored)["leer.txt"][0] is ProblemKind.EMPTY
    assert by_file(stored)["bild.txt"][0] is ProblemKind.BINARY

    # the command line names each bad file once, with or without a workspace
    assert main(["extract", "--json", str(folder)]) == 1
    plain_err = capsys.readouterr().err
    assert main(["extract", "--json", "--db", str(tmp_path / "cli.chronik"), str(folder)]) == 1
    captured = capsys.readouterr()
    assert captured.err == plain_err
    assert sorted(line.split(":")[1].strip() for line in plain_err.splitlines()) == ["bild.txt", "leer.txt"]
    assert len(json.loads(captured.out)["articles"]) == 2


def test_a_worker_hands_back_values_and_the_window_session_adopts_them(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with Session.open(tmp_path / "ws.chronik") as gui:
        box: dict[str, object] = {}
        worker = threading.Thread(
            target=lambda: box.update(out=import_work(gui, [str(folder / "a.txt")], lambda *a: None, lambda: False))
        )
        worker.start()
        worker.join()
        result = box["out"]
        assert not hasattr(result, "workspace")
        assert gui.adopt(result.result)  # type: ignore[attr-defined]
        assert gui.extraction() is result.extraction  # type: ignore[attr-defined]
        # a result for an older state of the workspace is refused
        gui.import_paths([folder / "b.txt"])
        assert not gui.adopt(result.result)  # type: ignore[attr-defined]
        assert len(gui.extraction().articles) == 2


def test_a_result_for_another_workspace_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with Session.open(tmp_path / "one.chronik") as one, Session.open(tmp_path / "two.chronik") as two:
        one.import_paths([folder / "a.txt"])
        two.import_paths([folder / "a.txt"])
        assert one.workspace.stamp() == two.workspace.stamp()
        assert not two.adopt(one.compute())


def test_collections_announce_inserts_removals_and_changes(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with Session.open(tmp_path / "ws.chronik") as session:
        seen: list[Change[str]] = []
        session.articles_by_id.connect(seen.append)
        session.events.connect(seen.append)
        session.import_paths([folder / "a.txt"])
        session.refresh()
        first_events = session.events.keys()
        assert [len(c.inserted) for c in seen] == [1, len(first_events)] and first_events
        seen.clear()
        session.refresh()
        assert seen == []  # nothing changed, nothing announced
        event = next(iter(session.events))
        session.rename_event(event, "Ein neuer Name")
        session.refresh()
        assert seen == [Change(changed=(event.id,))]
        assert session.events[event.id].label == "Ein neuer Name"


def test_collection_reports_in_order() -> None:
    items: Collection[str, tuple[str, int]] = Collection(lambda t: t[0])
    assert items.update([("a", 1), ("b", 2)]) == Change(inserted=("a", "b"))
    assert items.update([("b", 3), ("c", 1)]) == Change(inserted=("c",), removed=("a",), changed=("b",))
    assert [t[0] for t in items] == ["b", "c"] and "a" not in items


def test_a_bounded_cache_survives_many_threads_writing_at_once() -> None:
    cache: BoundedCache[int, int] = BoundedCache(64)
    errors: list[BaseException] = []

    def fill(offset: int) -> None:
        try:
            for i in range(20000):
                cache.put(offset + i, i)
                cache.get(offset + i - 3)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=fill, args=(n * 100000,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert 0 < len(cache) <= 64


def test_a_memo_that_does_not_evict_stops_growing() -> None:
    memo: BoundedCache[str, str] = BoundedCache(2, evict=False)
    for word in ("eins", "zwei", "drei"):
        memo.put(word, word.upper())
    assert memo.get("eins") == "EINS" and memo.get("drei") is None and len(memo) == 2
