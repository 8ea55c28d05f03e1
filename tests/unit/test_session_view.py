"""What the window shows, decided without Qt (desktop/session/view.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.model import Article, DateSource, Event, EventMention, PubDate, Precision, Status
from desktop.session.view import (
    find_event_id,
    initial_range,
    remove_workspace_file,
    undated,
    with_suffix,
)


def _event(eid: str, day: date, article: str = "a", start: int = 0) -> Event:
    m = EventMention(article, start, start + 10, "Ein Satz.", "", day, day, Precision.DAY, Status.HAPPENED, ())
    return Event(eid, day, day, Precision.DAY, Status.HAPPENED, eid, (), (m,))


def test_the_timeline_opens_where_most_events_are_not_on_an_old_one() -> None:
    recent = [_event(f"e{i}", date(2023, 9, 1 + i)) for i in range(10)]
    old = _event("old", date(1989, 11, 9))
    first, last = initial_range([*recent, old]) or (None, None)
    assert first is not None and last is not None
    assert first <= date(2023, 9, 1) and last >= date(2023, 9, 10)
    assert (last - first).days < 60  # the old event does not squash the view to decades
    # events of the samples' months open on the default Feb-May view
    assert initial_range([_event("s", date(2025, 3, 12)), _event("t", date(2025, 4, 2))]) is None
    # ... unless they crowd into a few days of it
    crowd = initial_range([_event(f"c{i}", date(2025, 5, 19 + i % 2)) for i in range(8)])
    assert crowd is not None and crowd[0] <= date(2025, 5, 19) <= date(2025, 5, 20) <= crowd[1]
    assert (crowd[1] - crowd[0]).days < 30


def test_a_selection_finds_its_event_again_by_any_mention() -> None:
    a, b = _event("one", date(2025, 3, 1), "x", 0), _event("two", date(2025, 3, 2), "y", 40)
    assert find_event_id([a, b], [b.mentions[0].key]) == "two"
    assert find_event_id([a, b], ["gone:1:"]) is None
    assert find_event_id([a, b], []) is None


def test_workspace_files_get_their_suffix_and_go_with_their_journals(tmp_path: Path) -> None:
    assert with_suffix(str(tmp_path / "neu")).endswith("neu.chronik")
    assert with_suffix(str(tmp_path / "alt.db")).endswith("alt.db")
    path = tmp_path / "w.chronik"
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.write_bytes(b"x")
    remove_workspace_file(str(path))
    assert list(tmp_path.iterdir()) == []
    remove_workspace_file(str(path))  # nothing there: nothing to do


def test_an_article_with_only_a_month_counts_as_without_a_day() -> None:
    def art(aid: str, published: PubDate | None) -> Article:
        return Article(aid, aid + ".txt", "Text.", "text", None, None, "de", published, ())
    day = art("day", PubDate(date(2024, 2, 23), Precision.DAY, DateSource.METADATA))
    month = art("month", PubDate(date(2024, 2, 1), Precision.MONTH, DateSource.METADATA))
    none = art("none", None)
    assert [a.id for a in undated([day, month, none])] == ["month", "none"]


def test_a_view_names_the_lexicons_actors_in_its_language_and_keeps_the_users_names(tmp_path: Path) -> None:
    from desktop.core.corrections import Correction
    from desktop.session import extract_paths
    from desktop.session.view import in_language

    en = ("Published March 12, 2025\n\nRussia and Ukraine held talks in Geneva on Monday. Russia said on Tuesday "
          "the talks would go on. Russia's envoy left on Wednesday.\n")
    de = "date 2025-03-12\nGespräche\n\nRussland und die Ukraine verhandelten am Montag in Genf.\n"
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "de.txt").write_text(de, encoding="utf-8")
    ex = extract_paths([tmp_path / "en.txt", tmp_path / "de.txt"])
    assert "Russia" in {a.name for a in ex.actors}  # the English reports are the most
    german, shown = in_language(ex, "de")
    assert "Russland" in {a.name for a in german.actors} and shown["Russland"] == "Russia"
    assert all("Russia" not in e.actors for e in german.events)
    assert any("Russia" in e.label for e in german.events)  # a label keeps the words of its report
    english, shown = in_language(ex, "en")
    assert "Russia" in {a.name for a in english.actors} and "Russia" not in shown
    kept, shown = in_language(ex, "de", [Correction("rename_actor", {"old_name": "Russland", "new_name": "Russia"})])
    assert "Russia" in {a.name for a in kept.actors} and not shown


def test_an_english_view_spells_a_person_as_english_news_does(tmp_path: Path) -> None:
    from desktop.session import extract_paths
    from desktop.session.view import in_language

    de = ("date 2025-03-12\nGespräche in Genf\n\nWolodymyr Selenskyj traf am Montag in Genf ein. "
          "Selenskyj sprach am Dienstag mit Sergej Lawrow.\n")
    (tmp_path / "de.txt").write_text(de, encoding="utf-8")
    only_german = extract_paths([tmp_path / "de.txt"])
    english, shown = in_language(only_german, "en")
    names = {a.name for a in english.actors}
    # no English article: the English names English news uses, not the German transliteration
    assert {"Volodymyr Zelensky", "Sergei Lavrov"} <= names and "Wolodymyr Selenskyj" not in names
    assert shown["Volodymyr Zelensky"] == "Wolodymyr Selenskyj"  # corrections still record the base name
    german, _ = in_language(only_german, "de")
    assert "Wolodymyr Selenskyj" in {a.name for a in german.actors}

    en = "Published March 13, 2025\n\nVolodymyr Zelenskyy met envoys in Geneva on Wednesday.\n"
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    both = extract_paths([tmp_path / "de.txt", tmp_path / "en.txt"])
    english, _ = in_language(both, "en")
    # an English article in the set: its spelling wins over the lexicon's
    assert "Volodymyr Zelenskyy" in {a.name for a in english.actors}
    german, _ = in_language(both, "de")
    assert "Wolodymyr Selenskyj" in {a.name for a in german.actors}


def test_an_english_view_names_a_listed_organisation_in_english(tmp_path: Path) -> None:
    from desktop.session import extract_paths
    from desktop.session.view import in_language

    (tmp_path / "de.txt").write_text("date 2025-03-04\nWarnung\n\nDie Weltgesundheitsorganisation hat am Montag vor "
                                     "einer neuen Welle gewarnt.\n", encoding="utf-8")
    ex = extract_paths([tmp_path / "de.txt"])
    assert "World Health Organization" in {a.name for a in in_language(ex, "en")[0].actors}
    assert "Weltgesundheitsorganisation" in {a.name for a in in_language(ex, "de")[0].actors}
