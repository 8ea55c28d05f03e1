"""Dates and events of the failure classes the second held-out event corpus (HELDOUT_2) showed.

Sentences written for these tests (invented towns, people and firms); one test per class.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.timex import tag
from desktop.session import extract_paths

WED = date(2025, 2, 12)


def one(text: str, expr: str, lang: str = "en", anchor: date = WED):
    got = [t for t in tag(text, anchor, lang) if t.text == expr]
    assert len(got) == 1, [(t.text, t.value) for t in tag(text, anchor, lang)]
    return got[0]


def _events(tmp_path: Path, text: str):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return extract_paths([p]).events


def test_a_past_year_in_an_apposition_is_not_the_year_of_a_coming_date() -> None:
    # the choir was founded in 1979; its tour is the coming spring, its concert the coming May 9
    assert one("The Brackwell Choir, founded in 1979, will tour the northern towns in the spring.",
               "spring").value == "2025-SP"
    t = [x for x in tag("Venta Labs, founded in 2011, will open its new plant on May 9.", WED, "en")
         if x.text.startswith("May")]
    assert t and t[0].first == date(2025, 5, 9)


def test_a_range_of_days_in_one_month_with_the_month_named_once() -> None:
    t = one("The Dorrin fair will run from May 14 to 16 in the old market hall.", "May 14 to 16")
    assert (t.first, t.last) == (date(2025, 5, 14), date(2025, 5, 16))
    # a number after "to" that is a quantity is no end day
    assert [x.text for x in tag("Orders rose on March 4 to 16 percent.", WED, "en")] == ["March 4"]


def test_the_first_or_second_half_of_a_year() -> None:
    t = one("Marlo Pharma plans to file for approval in the first half of 2026.", "the first half of 2026")
    assert (t.first, t.last) == (date(2026, 1, 1), date(2026, 6, 30))
    t = one("Sales at Marlo fell in the second half of last year.", "the second half of last year")
    assert (t.first, t.last) == (date(2024, 7, 1), date(2024, 12, 31))


def test_a_german_season_after_fuer_das_is_a_date_and_das_fruehjahr_as_subject_is_not() -> None:
    t = one("Die Eröffnung der Kletterhalle in Wiebelsheim ist für das Frühjahr geplant.", "Frühjahr", "de")
    assert t.first == date(2025, 3, 1)
    assert tag("Das Frühjahr war in Wiebelsheim ungewöhnlich trocken.", WED, "de") == []


def test_a_coordinated_verb_group_has_its_own_tense() -> None:
    # "and will hold": the March before it is the last one, the day after it ahead
    s = "Tallow Mining raised its payout in January and will hold its general meeting on March 20."
    assert one(s, "January").first == date(2025, 1, 1)
    assert one(s, "March 20").first == date(2025, 3, 20)
    s = "The mayor said the town had met the builders last week and would see them again on Feb. 3."
    assert one(s, "Feb. 3").first == date(2026, 2, 3)
    # "should be repaired by Friday": ahead, though said in the past
    assert one("The engineer said the pump should be repaired by Friday.", "Friday").first == date(2025, 2, 14)


def test_a_plan_that_was_called_off_makes_no_event_on_its_day(tmp_path: Path) -> None:
    text = ("date 2024-07-03\nStadtfest abgesagt\n\n"
            "Das Brunnenfest, das am Samstag in Oberwiesel stattfinden sollte, wurde wegen des Sturms abgesagt.\n\n"
            "The Kelby Fair, which was to take place on Saturday, has been postponed to Aug. 10.\n")
    events = _events(tmp_path, text)
    days = {(e.first, e.last) for e in events}
    assert (date(2024, 6, 29), date(2024, 6, 29)) not in days  # last Saturday: nothing happened
    assert (date(2024, 7, 6), date(2024, 7, 6)) not in days  # the coming one: it will not happen
    assert any(e.first == date(2024, 8, 10) for e in events)  # the day it was put off to


def test_years_later_counts_from_the_sentences_year_and_days_later_from_a_month_is_unknown(
        tmp_path: Path) -> None:
    text = ("date 2025-07-10\nPipe bursts again\n\n"
            "A pipe under Calloway Street burst in 2016 and again three years later, the city said.\n\n"
            "The engineer Mara Venn was hired in May 2023 and promoted two days later.\n")
    events = _events(tmp_path, text)
    assert any(e.first == date(2019, 1, 1) and e.last == date(2019, 12, 31) for e in events)
    # no day is known for the promotion: no event two days after some other day
    assert not [e for e in events if e.first == e.last and e.first.year == 2025]


def test_an_explicit_span_of_many_years_is_an_event_and_a_century_is_not(tmp_path: Path) -> None:
    text = ("date 2025-01-20\nNachruf\n\n"
            "Von 1971 bis 1995 leitete Irmgard Selbach die Musikschule in Haldenau.\n\n"
            "Im 19. Jahrhundert war das Haus in Haldenau eine Brauerei.\n")
    events = _events(tmp_path, text)
    assert any(e.first == date(1971, 1, 1) and e.last == date(1995, 12, 31) for e in events)
    assert not any(e.first.year == 1801 or e.first.year == 1800 for e in events)


def test_a_day_right_after_a_past_verb_of_saying_happened_though_what_was_said_lies_ahead(
        tmp_path: Path) -> None:
    text = ("date 2025-03-03\nJob cuts at Brenlow\n\n"
            "Brenlow Shipping said on Monday it would close two of its routes by the end of the year.\n")
    monday = [e for e in _events(tmp_path, text) if e.first == e.last == date(2025, 3, 3)]
    assert monday and monday[0].status.value == "happened"


def test_a_german_list_of_days_with_am_before_each() -> None:
    s = "Der Chor singt in Tessingen am 3., am 10. und am 17. März."
    assert [t.first for t in tag(s, WED, "de")] == [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]
