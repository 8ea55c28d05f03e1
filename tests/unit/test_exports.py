"""Exports a newsroom can publish, each read back: TimelineJS3 JSON, CSV (csv module), iCalendar
(the ``icalendar`` package), the cited Markdown/HTML chronology; and disputed dates.

The disputed-date articles in tests/data/disputed are ours: three outlets report one phone call,
one of them on the day before the other two."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest

from desktop.cli import main
from desktop.core import exports
from desktop.core.disputes import date_claims, is_disputed
from desktop.core.model import Precision, Status
from desktop.core.model import Extraction
from desktop.session import extract_paths
from desktop.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
DISPUTED = ROOT / "tests" / "data" / "disputed"
SAMPLES = resource_path("samples")


@pytest.fixture(scope="module")
def disputed() -> Extraction:
    return extract_paths([str(DISPUTED)])


@pytest.fixture(scope="module")
def samples() -> Extraction:
    """Our sample articles plus the disputed ones: days, months, years, ranges, planned events."""
    return extract_paths([str(SAMPLES), str(DISPUTED)])


def _by_outlet(ex: Extraction) -> dict[str, str]:
    return {a.outlet or "": a.id for a in ex.articles}


def _call(ex: Extraction):  # type: ignore[no-untyped-def]
    calls = [e for e in ex.events if {"Olaf Scholz", "Emmanuel Macron"} <= set(e.actors)]
    assert len(calls) == 1, [(e.first, e.label) for e in ex.events]
    return calls[0]


# -- disputed dates ------------------------------------------------------------------------------


def test_sources_that_disagree_on_the_day_give_one_event_that_keeps_both_days(disputed: Extraction) -> None:
    call = _call(disputed)
    outlet = _by_outlet(disputed)
    assert call.source_count == 3
    claims = {c.day: set(c.article_ids) for c in date_claims(call)}
    # "am Dienstag" in a paper of Wednesday 12 March; "am 12. März" and "on Wednesday" (13 March)
    assert claims == {
        date(2025, 3, 11): {outlet["Rheinbote"]},
        date(2025, 3, 12): {outlet["Elbkurier"], outlet["Harbour Times"]},
    }
    assert (call.first, call.last, call.precision) == (date(2025, 3, 12), date(2025, 3, 12), Precision.DAY)


def test_sources_that_agree_are_not_disputed(samples: Extraction) -> None:
    agreed = [e for e in samples.events if e.source_count >= 2 and not is_disputed(e)]
    assert agreed, "the samples have events reported by several articles"
    assert [e for e in samples.events if is_disputed(e)] == [_call(samples)]


def test_one_article_reporting_two_days_keeps_two_events(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "date 2025-03-14\nAnna Berg hat am 11. März mit Karl Stein telefoniert. "
        "Am 12. März telefonierte Anna Berg erneut mit Karl Stein.\n", encoding="utf-8")
    ex = extract_paths([str(tmp_path)])
    days = sorted(e.first for e in ex.events if "Anna Berg" in e.actors)
    assert days == [date(2025, 3, 11), date(2025, 3, 12)]
    assert not any(is_disputed(e) for e in ex.events)


def test_other_people_on_the_neighbouring_day_are_another_event(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "date 2025-03-14\nAnna Berg hat am 11. März mit Karl Stein telefoniert.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "date 2025-03-14\nAnna Berg hat am 12. März mit Petra Lang telefoniert.\n", encoding="utf-8")
    ex = extract_paths([str(tmp_path)])
    assert len([e for e in ex.events if "Anna Berg" in e.actors]) == 2
    assert not any(is_disputed(e) for e in ex.events)


# -- TimelineJS ----------------------------------------------------------------------------------


def _timelinejs(ex: Extraction, lang: str = "de") -> dict:  # type: ignore[type-arg]
    return json.loads(exports.render("timelinejs", exports.build(ex.events, ex.articles, lang=lang)))


def test_timelinejs_has_a_title_slide_and_one_slide_per_event(samples: Extraction) -> None:
    data = _timelinejs(samples)
    assert data["title"]["text"]["headline"] == "Chronologie"
    assert f"{len(samples.events)} Ereignisse" in data["title"]["text"]["text"]
    assert len(data["events"]) == len(samples.events)
    for slide in data["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert slide["text"]["headline"]
        assert "<p>" in slide["text"]["text"]
        assert slide["group"]
    ids = [s["unique_id"] for s in data["events"]]
    assert len(set(ids)) == len(ids)


#: the fields of the TimelineJS3 JSON format we write (https://timeline.knightlab.com/docs/json-format.html)
_SLIDE_KEYS = {"start_date", "end_date", "display_date", "text", "group", "unique_id"}
_DATE_KEYS = {"year", "month", "day"}


def test_timelinejs_json_has_the_shape_timelinejs_reads(samples: Extraction) -> None:
    data = _timelinejs(samples)
    assert set(data) == {"title", "events"}
    assert set(data["title"]) == {"text"} and set(data["title"]["text"]) == {"headline", "text"}
    for slide in data["events"]:
        assert {"start_date", "text"} <= set(slide) <= _SLIDE_KEYS, slide.keys()
        for key in ("start_date", "end_date"):
            if key in slide:
                d = slide[key]
                assert "year" in d and set(d) <= _DATE_KEYS
                assert all(isinstance(v, int) for v in d.values())
                assert 1 <= d.get("month", 1) <= 12 and 1 <= d.get("day", 1) <= 31
                assert "day" not in d or "month" in d
                date(d["year"], d.get("month", 1), d.get("day", 1))  # a real date
        if "end_date" in slide:
            s, e = slide["start_date"], slide["end_date"]
            assert (s["year"], s.get("month", 0), s.get("day", 0)) <= (e["year"], e.get("month", 13), e.get("day", 32))
        assert set(slide["text"]) == {"headline", "text"}
        assert all(isinstance(v, str) for v in slide["text"].values())
        assert re.fullmatch(r"[A-Za-z][\w-]*", slide["unique_id"]), "an HTML id"


def test_timelinejs_dates_are_as_precise_as_the_event(samples: Extraction) -> None:
    slides = {s["unique_id"]: s for s in _timelinejs(samples)["events"]}
    seen = set()
    for e in samples.events:
        s = slides[f"chronik-{e.id}"]
        start = s["start_date"]
        assert (start["year"], start.get("month", e.first.month)) == (e.first.year, e.first.month)
        if e.precision is Precision.DAY:
            assert start["day"] == e.first.day
        if e.precision is Precision.MONTH:
            assert "day" not in start
        if e.precision is Precision.YEAR:
            assert set(start) == {"year"}
        if e.first != e.last and e.precision in (Precision.DAY, Precision.RANGE, Precision.WEEK):
            assert s["end_date"] == {"year": e.last.year, "month": e.last.month, "day": e.last.day}
        if e.first == e.last:
            assert "end_date" not in s
        seen.add(e.precision)
    assert {Precision.DAY, Precision.MONTH} <= seen


def test_timelinejs_cites_the_sentences_and_notes_the_disputed_date(samples: Extraction) -> None:
    call = _call(samples)
    slide = next(s for s in _timelinejs(samples)["events"] if s["unique_id"] == f"chronik-{call.id}")
    text = slide["text"]["text"]
    assert "Datum umstritten" in text and "11. März 2025 laut Rheinbote" in text
    for m in call.mentions:
        assert " ".join(m.sentence.split()) in text
    assert slide["display_date"] == "12. März 2025"


def test_timelinejs_groups_follow_the_given_lanes(samples: Extraction) -> None:
    lanes = {e.id: f"lane {i % 3}" for i, e in enumerate(samples.events)}
    chron = exports.build(samples.events, samples.articles, groups=lanes)
    data = json.loads(exports.render("timelinejs", chron))
    assert {s["group"] for s in data["events"]} == {"lane 0", "lane 1", "lane 2"}


# -- CSV -----------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so spreadsheets read umlauts right"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_event_and_one_per_mention_on_request(samples: Extraction, tmp_path: Path) -> None:
    chron = exports.build(samples.events, samples.articles)
    written = exports.write("csv", chron, tmp_path / "events.csv", tmp_path / "mentions.csv")
    assert written == [str(tmp_path / "events.csv"), str(tmp_path / "mentions.csv")]
    rows = _read_csv(tmp_path / "events.csv")
    assert len(rows) == len(samples.events)
    for row, e in zip(rows, chron.events, strict=True):
        assert date.fromisoformat(row["date"]) == e.first and date.fromisoformat(row["end"]) == e.last
        assert row["precision"] == e.precision.value and row["status"] == e.status.value
        assert row["label"] == e.label
        assert [a for a in row["actors"].split("; ") if a] == list(e.actors)
        assert int(row["sources"]) == e.source_count
        assert len(row["source_titles"].split("; ")) == e.source_count
        assert row["first_sentence"] == " ".join(e.mentions[0].sentence.split())
        assert bool(row["disputed_dates"]) == is_disputed(e)
    umlauts = [r for r in rows if re.search("[äöüß]", r["first_sentence"])]
    assert umlauts, "German sentences survive the round trip"
    call = next(r for r in rows if r["id"] == _call(samples).id)
    assert call["disputed_dates"] == "2025-03-11: Rheinbote; 2025-03-12: Elbkurier, Harbour Times" or \
        call["disputed_dates"] == "2025-03-11: Rheinbote; 2025-03-12: Harbour Times, Elbkurier"
    assert set(call["outlets"].split("; ")) == {"Rheinbote", "Elbkurier", "Harbour Times"}
    mentions = _read_csv(tmp_path / "mentions.csv")
    assert len(mentions) == sum(len(e.mentions) for e in samples.events)
    by_date_text = {m["date_text"]: m for m in mentions if m["event_id"] == call["id"]}
    assert by_date_text["Dienstag"]["date"] == "2025-03-11"
    assert by_date_text["12. März"]["date"] == "2025-03-12"
    assert by_date_text["Dienstag"]["outlet"] == "Rheinbote"


def test_rows_per_mention_are_a_csv_option_only(samples: Extraction, tmp_path: Path) -> None:
    chron = exports.build(samples.events, samples.articles)
    with pytest.raises(exports.ExportError, match="CSV"):
        exports.write("md", chron, tmp_path / "a.md", tmp_path / "m.csv")
    assert not (tmp_path / "a.md").exists()


# -- iCalendar -----------------------------------------------------------------------------------


def test_ics_reads_back_with_all_day_events_spans_and_tentative_plans(samples: Extraction) -> None:
    text = exports.render("ics", exports.build(samples.events, samples.articles))
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n")), "lines folded at 75 octets"
    cal = icalendar.Calendar.from_ical(text)
    vevents = list(cal.walk("VEVENT"))
    assert len(vevents) == len(samples.events)
    by_uid = {str(v["UID"]): v for v in vevents}
    statuses = set()
    for e in samples.events:
        v = by_uid[f"{e.id}@chronik"]
        start, end = v.decoded("DTSTART"), v.decoded("DTEND")
        assert type(start) is date and type(end) is date, "all-day events"
        assert start == e.first and end == e.last + timedelta(days=1)  # DTEND is exclusive
        assert str(v["SUMMARY"]) == e.label_in("de")  # the export's language (German by default)
        assert str(v["STATUS"]) == ("TENTATIVE" if e.status is Status.PLANNED else "CONFIRMED")
        statuses.add(str(v["STATUS"]))
        for m in e.mentions:
            assert " ".join(m.sentence.split()) in str(v["DESCRIPTION"])
        if e.precision is Precision.MONTH:
            assert (end - start).days >= 28
    assert statuses == {"TENTATIVE", "CONFIRMED"}
    call = by_uid[f"{_call(samples).id}@chronik"]
    assert "11. März 2025 laut Rheinbote" in str(call["DESCRIPTION"])


# -- the text chronology -------------------------------------------------------------------------

_LINE = re.compile(r"^\*\*(?P<when>[^*]+)\*\* – (?P<text>.+?)(?P<refs>(\[\^\d+\])+)$")
_NOTE = re.compile(r"^\[\^(\d+)\]: (.+)$")


def _markdown(ex: Extraction, lang: str) -> tuple[list[re.Match[str]], dict[int, str]]:
    text = exports.render("md", exports.build(ex.events, ex.articles, lang=lang))
    lines = [m for m in map(_LINE.match, text.splitlines()) if m]
    notes = {int(m.group(1)): m.group(2) for m in map(_NOTE.match, text.splitlines()) if m}
    return lines, notes


def test_markdown_has_one_dated_line_per_event_with_footnoted_sources(samples: Extraction) -> None:
    lines, notes = _markdown(samples, "de")
    assert len(lines) == len(samples.events)
    chron = exports.build(samples.events, samples.articles, lang="de")
    months = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    for line, e in zip(lines, chron.events, strict=True):
        when = line.group("when")
        if e.precision is Precision.DAY and e.first == e.last:
            assert re.fullmatch(rf"\d{{1,2}}\. ({months}) \d{{4}}( \(geplant\))?", when), when
            assert when.startswith(f"{e.first.day}. ")
        refs = [int(n) for n in re.findall(r"\d+", line.group("refs"))]
        assert all(n in notes for n in refs)
        cited = [notes[n] for n in refs if not notes[n].startswith("Datum umstritten")]
        assert len(cited) == e.source_count
    articles = {a.id: a for a in samples.articles}
    for note in notes.values():
        if note.startswith("Datum umstritten"):
            continue
        title = note.split("„", 1)[1].split("“", 1)[0]
        assert any(a.title == title for a in articles.values()), note
        assert re.search(rf"\d{{1,2}}\. ({months}) \d{{4}}\.$", note), note
    assert "Rheinbote, „Scholz und Macron beraten am Telefon über die Ukraine“, 12. März 2025." in notes.values()


def test_markdown_footnotes_the_disputed_date(disputed: Extraction) -> None:
    lines, notes = _markdown(disputed, "de")
    assert [line.group("when") for line in lines] == ["12. März 2025"]
    refs = [int(n) for n in re.findall(r"\d+", lines[0].group("refs"))]
    dispute = [notes[n] for n in refs if notes[n].startswith("Datum umstritten")]
    assert len(dispute) == 1
    assert "11. März 2025 laut Rheinbote" in dispute[0]
    assert re.search(r"12\. März 2025 laut (Elbkurier und Harbour Times|Harbour Times und Elbkurier)", dispute[0])


def test_chronology_speaks_the_ui_language(disputed: Extraction) -> None:
    lines, notes = _markdown(disputed, "en")
    assert lines[0].group("when") == "12 March 2025"
    assert any(n.startswith("Date disputed: 11 March 2025 according to Rheinbote") for n in notes.values())


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "a" and a.get("href", "").startswith("#"):  # type: ignore[union-attr]
            self.hrefs.append(a["href"][1:])  # type: ignore[index]
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]


def test_html_chronology_links_every_reference_to_its_footnote(samples: Extraction) -> None:
    text = exports.render("html", exports.build(samples.events, samples.articles, lang="de"))
    p = _Links()
    p.feed(text)
    assert p.hrefs and set(p.hrefs) <= p.ids
    assert text.count("<strong>") == len(samples.events)
    assert "Datum umstritten: 11. März 2025 laut Rheinbote" in text


# -- filters and the command line ----------------------------------------------------------------


def test_the_date_range_and_the_shown_events_choose_what_is_exported(samples: Extraction) -> None:
    march = exports.build(samples.events, samples.articles, first=date(2025, 3, 1), last=date(2025, 3, 31))
    assert march.events and all(e.last >= date(2025, 3, 1) and e.first <= date(2025, 3, 31) for e in march.events)
    assert len(march.events) < len(samples.events)
    some = {e.id for e in samples.events[::3]}
    shown = exports.build(samples.events, samples.articles, ids=some)
    assert {e.id for e in shown.events} == some


@pytest.mark.parametrize("fmt", sorted(exports.FORMATS))
def test_cli_exports_each_format(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"out{exports.FORMATS[fmt]}"
    assert main(["export", "--format", fmt, "--out", str(out), "--lang", "de", str(DISPUTED)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8-sig")
    assert "Rheinbote" in text


def test_cli_exports_a_workspace_with_its_corrections(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.session import Session

    db = tmp_path / "w.chronik"
    with Session.open(db) as ws:
        ws.import_paths([str(DISPUTED)])
        ws.rename_event(_call(ws.extraction()), "Telefonat Scholz – Macron")
    out = tmp_path / "c.ics"
    assert main(["export", "--format", "ics", "--out", str(out), "--from", "2025-03-01", str(db)]) == 0
    cal = icalendar.Calendar.from_ical(out.read_text(encoding="utf-8"))
    assert [str(v["SUMMARY"]) for v in cal.walk("VEVENT")] == ["Telefonat Scholz – Macron"]


def test_cli_export_names_what_is_wrong(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="--out"):
        main(["export", "--format", "csv", str(DISPUTED)])
    with pytest.raises(SystemExit, match="--mentions"):
        main(["export", "--format", "md", "--out", str(tmp_path / "a.md"), "--mentions", "m.csv", str(DISPUTED)])
    missing = tmp_path / "no" / "such" / "dir" / "a.json"
    assert main(["export", "--format", "timelinejs", "--out", str(missing), str(DISPUTED)]) == 1
    assert str(missing) in capsys.readouterr().err
    with pytest.raises(SystemExit, match=r"nothing\.chronik"):
        main(["export", "--format", "md", "--out", str(tmp_path / "a.md"), str(tmp_path / "nothing.chronik")])


@pytest.mark.parametrize("lang, name", [("en", "Russia"), ("de", "Russland")])
def test_cli_export_names_the_lexicons_actors_in_its_language(lang: str, name: str, tmp_path: Path) -> None:
    src = tmp_path / "genf.txt"
    src.write_text("date 2025-03-12\nGespräche\n\nRussland und die Ukraine haben am Montag in Genf verhandelt.\n",
                   encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--lang", lang, str(src)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows and name in rows[0]["actors"].split("; "), rows
