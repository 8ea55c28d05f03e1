"""German temporal expressions: finding, normalising, tense direction (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.model import Precision
from desktop.core.timex import tag, tag_timex3

# Wednesday, 12 February 2025
WED = date(2025, 2, 12)


def one(text: str, anchor: date | None = WED, expr: str | None = None):
    got = tag(text, anchor)
    if expr is not None:
        got = [t for t in got if t.text == expr]
    assert len(got) == 1, [(t.text, t.value) for t in tag(text, anchor)]
    return got[0]


# ----------------------------------------------------------------- absolute dates
@pytest.mark.parametrize(
    "text, expr, value, first, last",
    [
        ("Der Vertrag wurde am 20. Januar 2025 unterzeichnet.", "20. Januar 2025", "2025-01-20", date(2025, 1, 20), date(2025, 1, 20)),
        ("Die Sitzung fand am 20.01.2025 statt.", "20.01.2025", "2025-01-20", date(2025, 1, 20), date(2025, 1, 20)),
        ("Die Firma ging im Februar 2022 pleite.", "Februar 2022", "2022-02", date(2022, 2, 1), date(2022, 2, 28)),
        ("Das Museum öffnete 2014 seine Türen.", "2014", "2014", date(2014, 1, 1), date(2014, 12, 31)),
        ("Die Frist endet am 14. Jänner 2026.", "14. Jänner 2026", "2026-01-14", date(2026, 1, 14), date(2026, 1, 14)),
        ("Das Gesetz gilt seit dem 1. März 2024.", "1. März 2024", "2024-03-01", date(2024, 3, 1), date(2024, 3, 1)),
        ("Im dritten Quartal 2024 sank der Umsatz.", "dritten Quartal 2024", "2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("In den 1990er-Jahren boomte die Branche.", "den 1990er-Jahren", "199", date(1990, 1, 1), date(1999, 12, 31)),
    ],
)
def test_absolute_dates(text, expr, value, first, last):
    t = one(text, expr=expr)
    assert (t.type, t.value, t.first, t.last) == ("DATE", value, first, last)
    assert not t.relative


def test_numeric_date_with_clock_time_is_one_time():
    t = one("Aktualisiert 17.05.2025 19:54 Uhr")
    assert (t.text, t.type, t.value, t.time) == ("17.05.2025 19:54 Uhr", "TIME", "2025-05-17T19:54", "19:54")
    assert t.first == t.last == date(2025, 5, 17)


@pytest.mark.parametrize("text", ["Am Montag, den 17. Februar, beginnt der Prozess.", "Am Montag, dem 17. Februar, wird gewählt."])
def test_a_weekday_before_den_and_a_date_is_that_date(text):
    got = [(t.text, t.value) for t in tag(text, WED, "de")]
    assert len(got) == 1 and got[0][1] == "2025-02-17", got


@pytest.mark.parametrize(("text", "value"), [("Im Mai begann der Prozess.", "2024-05"), ("Im Juli erschien das Buch.", "2024-07"),
                                           ("Im dritten Quartal stieg der Umsatz.", "2024-Q3")])
def test_a_strong_verb_in_the_past_puts_a_month_before_the_article(text, value):
    assert [t.value for t in tag(text, WED, "de")] == [value]


@pytest.mark.parametrize("text", ["Die Bürgermeisterin sagte, die Sanierung beginne am 17. Februar.",
                                  "Am 17. Februar beginnt die Sanierung, sagte die Bürgermeisterin.",
                                  "Die Bürgermeisterin sagte, dass die Sanierung am 17. Februar beginne."])
def test_a_verb_of_saying_gives_no_tense_to_a_date_in_what_was_said(text):
    assert [t.value for t in tag(text, WED, "de")] == ["2025-02-17"]
    # what was said in the past stays past, and the saying's own day is the saying's
    assert [t.value for t in tag("Sie sagte, die Sanierung habe am 17. Januar begonnen.", WED, "de")] == ["2025-01-17"]
    assert [t.value for t in tag("Am Montag sagte die Bürgermeisterin, sie sei zufrieden.", WED, "de")] == ["2025-02-10"]


@pytest.mark.parametrize(("text", "span"), [
    ("Das Stadtfest findet vom 1. Juni bis 31. August 2025 statt.", (date(2025, 6, 1), date(2025, 8, 31))),
    ("Das Fest findet vom 20. Dezember bis 6. Januar 2025 statt.", (date(2024, 12, 20), date(2025, 1, 6))),
    ("Die Straße bleibt vom 3. März bis 5. April gesperrt.", (date(2025, 3, 3), date(2025, 4, 5))),
])
def test_a_span_from_one_day_to_another_is_one_expression(text, span):
    got = [t for t in tag(text, WED, "de") if t.type == "DATE"]
    assert len(got) == 1 and (got[0].first, got[0].last) == span, [(t.text, t.value) for t in got]
    # TimeML keeps the two ends apart (the KRAUTS gold does)
    assert len([t for t in tag_timex3(text, WED, "de") if t.type == "DATE"]) == 2


def test_day_and_month_take_the_year_from_the_anchor():
    t = one("Die Abstimmung ist für den 13. Februar geplant.", expr="13. Februar")
    assert t.value == "2025-02-13" and t.relative


def test_day_and_month_in_the_past_before_the_anchor_month():
    # published in January: "im Dezember ... hatte" is the December before
    t = one("Im Dezember hatte der Rat getagt.", date(2025, 1, 10), expr="Dezember")
    assert t.value == "2024-12"


@pytest.mark.parametrize(
    "text, expr, first, last, mod",
    [
        ("Anfang März soll gewählt werden.", "Anfang März", date(2025, 3, 1), date(2025, 3, 10), "START"),
        ("Mitte März soll gewählt werden.", "Mitte März", date(2025, 3, 11), date(2025, 3, 20), "MID"),
        ("Ende März soll gewählt werden.", "Ende März", date(2025, 3, 21), date(2025, 3, 31), "END"),
    ],
)
def test_parts_of_a_month(text, expr, first, last, mod):
    t = one(text, expr=expr)
    assert (t.value, t.first, t.last, t.mod, t.precision) == ("2025-03", first, last, mod, Precision.RANGE)


def test_season_and_quarter_relative_to_anchor():
    t = one("Im Frühjahr will die Regierung ein Gesetz vorlegen.", expr="Frühjahr")
    assert t.value == "2025-SP" and t.first == date(2025, 3, 1) and t.last == date(2025, 5, 31)


@pytest.mark.parametrize("text", ["Von 2017 bis 2021 war sie Ministerin.", "2017 bis 2021 war sie Ministerin."])
def test_year_range_is_one_interval(text):
    t = one(text)
    assert t.text == "2017 bis 2021"
    assert (t.first, t.last, t.precision) == (date(2017, 1, 1), date(2021, 12, 31), Precision.RANGE)


def test_year_range_as_two_ends_in_timex3_style():
    got = tag_timex3("Von 2017 bis 2021 war sie Ministerin.", WED)
    assert [(t.text, t.value) for t in got] == [("2017", "2017"), ("2021", "2021")]


# ----------------------------------------------------------------- not dates
@pytest.mark.parametrize(
    "text",
    [
        "Die Miliz YPG2019 meldete sich zu Wort.",
        "Rund 50.000 Menschen demonstrierten.",
        "Der Eintritt kostet 5,- Euro.",
        "Es geht um 500 Milliarden Euro.",
        "Die Zustimmung liegt bei 20%.",
        "Rund 85 habe man festgenommen.",
        "Die Stadt zählt 2014 Einwohner.",
        "Das Paket kostet 2000 Euro.",
        "Rufen Sie 0471 2014 55 an.",
        "Die Bestellnummer lautet 2019-4711-33.",
        "Er gewann mit 1999 Stimmen.",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert [t for t in tag(text, WED) if t.type in ("DATE", "TIME")] == []


# ----------------------------------------------------------------- relative to the anchor
@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Die Polizei nahm gestern drei Männer fest.", "gestern", "2025-02-11"),
        ("Vorgestern brannte eine Scheune.", "Vorgestern", "2025-02-10"),
        ("Der Minister reist morgen nach Wien.", "morgen", "2025-02-13"),
        ("Übermorgen beginnt der Prozess.", "Übermorgen", "2025-02-14"),
        ("Das Parlament hat heute den Haushalt beschlossen.", "heute", "2025-02-12"),
        ("Das Parlament wird heute über den Haushalt abstimmen.", "heute", "2025-02-12"),
        ("Die Sitzung beginnt heute um 10 Uhr.", "heute", "2025-02-12"),
        ("Das Treffen findet in dieser Woche statt.", "dieser Woche", "2025-W07"),
        ("Vergangene Woche trat der Rat zusammen.", "Vergangene Woche", "2025-W06"),
        ("Kommende Woche wird gewählt.", "Kommende Woche", "2025-W08"),
        ("Die Preise stiegen im vergangenen Monat.", "vergangenen Monat", "2025-01"),
        ("Im vergangenen Jahr wuchs die Wirtschaft.", "vergangenen Jahr", "2024"),
        ("Heuer wird das Fest größer.", "Heuer", "2025"),
    ],
)
def test_relative_days_weeks_months_years(text, expr, value):
    t = one(text, expr=expr)
    assert t.value == value and t.relative


@pytest.mark.parametrize("text", ["Heute ist das Land viel wohlhabender.", "Noch heute erinnern sich viele daran."])
def test_heute_in_a_general_statement_means_nowadays(text):
    t = one(text, expr=text.split()[0] if text.startswith("Heute") else "heute")
    assert (t.value, t.first) == ("PRESENT_REF", None)


def test_ago_is_the_year_before():
    t = one("Vor drei Jahren begann der Krieg.")
    assert (t.text, t.type, t.value, t.precision) == ("Vor drei Jahren", "DATE", "2022", Precision.YEAR)


def test_ago_in_timex3_style_is_a_duration():
    (t,) = tag_timex3("Vor drei Jahren begann der Krieg.", WED)
    assert (t.text, t.type, t.value) == ("drei Jahren", "DURATION", "P3Y")


def test_a_few_days_ago_is_a_range_before_the_anchor():
    t = one("Vor wenigen Tagen wurde der Plan bekannt.")
    assert t.first is not None and t.last is not None
    assert t.first < t.last < WED and t.precision is Precision.RANGE


def test_in_two_weeks():
    t = one("In zwei Wochen soll die Entscheidung fallen.")
    assert (t.value, t.first) == ("2025-W09", date(2025, 2, 24))


def test_from_friday_on_starts_a_range():
    t = one("Von Freitag an gilt das Verbot.", expr="Freitag")
    assert t.mod == "ON_OR_AFTER"


def test_night_to_a_date():
    t = one("In der Nacht zum 13. Februar soll gestreikt werden.")
    assert (t.value, t.first, t.last) == ("2025-02-12TNI", date(2025, 2, 12), date(2025, 2, 13))


@pytest.mark.parametrize(
    "text, expr, value, first",
    [
        ("Am Mittwochabend sprach der Kanzler.", "Mittwochabend", "2025-02-12TEV", date(2025, 2, 12)),
        ("Der Brand brach am Montagmorgen aus.", "Montagmorgen", "2025-02-10TMO", date(2025, 2, 10)),
    ],
)
def test_weekday_with_part_of_day(text, expr, value, first):
    t = one(text, expr=expr)
    assert (t.type, t.value, t.first) == ("TIME", value, first)


def test_weekday_night_runs_into_the_next_day():
    t = one("Mittwochnacht war es ruhig.", expr="Mittwochnacht")
    assert (t.first, t.last) == (date(2025, 2, 12), date(2025, 2, 13))


# ----------------------------------------------------------------- tense decides the weekday
@pytest.mark.parametrize(
    "text, value",
    [
        ("Der Präsident will am Montag mit dem Kanzler telefonieren.", "2025-02-17"),
        ("Die Ministerin soll am Montag aussagen.", "2025-02-17"),
        ("Das Gericht wird am Montag entscheiden.", "2025-02-17"),
        ("Das Gespräch ist für Montag geplant.", "2025-02-17"),
        ("Der Präsident hat am Montag mit dem Kanzler telefoniert.", "2025-02-10"),
        ("Der Präsident telefonierte am Montag mit dem Kanzler.", "2025-02-10"),
        ("Das Treffen hatte am Montag stattgefunden.", "2025-02-10"),
    ],
)
def test_tense_decides_direction(text, value):
    assert one(text, expr="Montag").value == value


@pytest.mark.parametrize(
    "text",
    ["Der Rat hat am Mittwoch getagt.", "Der Rat wird am Mittwoch tagen."],
)
def test_the_anchor_day_itself_counts_both_ways(text):
    assert one(text, expr="Mittwoch").value == "2025-02-12"


def test_future_clause_inside_a_past_sentence():
    t = one("Er kündigte an, am Freitag nach Kiew zu reisen.", expr="Freitag")
    assert t.value == "2025-02-14"


def test_sentence_boundaries_do_not_leak_tense():
    text = "Am Freitag wird abgestimmt. Der Rat hatte lange beraten."
    assert one(text, expr="Freitag").value == "2025-02-14"


# ----------------------------------------------------------------- times
@pytest.mark.parametrize(
    "text, expr, time, mod",
    [
        ("Die Sitzung beginnt um 10 Uhr.", "10 Uhr", "10:00", None),
        ("Der Zug fuhr kurz nach 21 Uhr ab.", "kurz nach 21 Uhr", "21:00", "AFTER"),
        ("Die Rede beginnt um 16 Uhr mitteleuropäischer Zeit.", "16 Uhr mitteleuropäischer Zeit", "16:00", None),
        ("Der Anpfiff ist um 18.30 Uhr.", "18.30 Uhr", "18:30", None),
    ],
)
def test_clock_times(text, expr, time, mod):
    t = one(text, expr=expr)
    assert (t.type, t.time, t.mod) == ("TIME", time, mod)
    assert t.value == f"2025-02-12T{time}"


def test_time_attaches_to_the_date_of_its_sentence():
    t = one("Am 20. März um 9 Uhr beginnt die Messe.", expr="9 Uhr")
    assert t.value == "2025-03-20T09:00"


# ----------------------------------------------------------------- durations and sets
@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Die Waffenruhe hielt 24 Stunden.", "24 Stunden", "PT24H"),
        ("Die Sitzung dauerte eineinhalb Stunden.", "eineinhalb Stunden", "PT1.5H"),
        ("Er lebt seit drei Jahren in Graz.", "drei Jahren", "P3Y"),
        ("Sie war drei Jahre im Amt.", "drei Jahre", "P3Y"),
        ("Die Haft dauerte zwei Jahre und vier Monate.", "zwei Jahre und vier Monate", "P2Y4M"),
    ],
)
def test_durations(text, expr, value):
    t = one(text, expr=expr)
    assert (t.type, t.value, t.first, t.last) == ("DURATION", value, None, None)


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Der Markt ist jeden Montag geöffnet.", "jeden Montag", "XXXX-WXX-1"),
        ("Die Zeitung erscheint täglich.", "täglich", "P1D"),
        ("Der Bericht erscheint wöchentlich.", "wöchentlich", "P1W"),
    ],
)
def test_sets(text, expr, value):
    t = one(text, expr=expr)
    assert (t.type, t.value) == ("SET", value)


# ----------------------------------------------------------------- without an anchor
@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Die Polizei nahm gestern drei Männer fest.", "gestern", "XXXX-XX-XX"),
        ("Der Präsident hat am Mittwoch telefoniert.", "Mittwoch", "XXXX-WXX-3"),
        ("Die Abstimmung ist am 13. Februar.", "13. Februar", "XXXX-02-13"),
        ("Vor drei Jahren begann der Krieg.", "Vor drei Jahren", "XXXX"),
        ("Vergangene Woche trat der Rat zusammen.", "Vergangene Woche", "XXXX-WXX"),
    ],
)
def test_no_anchor_leaves_relative_expressions_unresolved(text, expr, value):
    t = one(text, None, expr=expr)
    assert (t.value, t.first, t.last) == (value, None, None)
    assert t.relative


def test_no_anchor_still_resolves_absolute_dates():
    t = one("Der Vertrag wurde am 20. Januar 2025 unterzeichnet.", None)
    assert t.value == "2025-01-20" and t.first == date(2025, 1, 20)


# ----------------------------------------------------------------- regions
def test_regions_keep_only_the_article_proper():
    body = "Am Montag hat der Rat getagt."
    comment = " Leserkommentar vom 3. Februar 2025: gut so."
    text = body + comment
    got = tag(text, WED, regions=[(0, len(body))])
    assert [t.text for t in got] == ["Montag"]
    assert {t.text for t in tag(text, WED)} == {"Montag", "3. Februar 2025"}


def test_offsets_point_into_the_text():
    text = "Bericht\n\nDie Wahl fand am 9. Juni 2024 statt; gestern kam das Ergebnis."
    for t in tag(text, WED):
        assert text[t.start:t.end] == t.text


def test_a_number_in_brackets_is_a_year_only_when_modern() -> None:
    from datetime import date as _date

    from desktop.core.timex import tag as _tag

    assert [t.value for t in _tag("Meldung von Anna Berg (1000)", _date(2025, 1, 1))] == []
    assert [t.value for t in _tag("Die Regel gilt seit 1648 und wurde (1989) geändert.", _date(2025, 1, 1))] == [
        "1648", "1989"]


# ----------------------------------------------------------------- discourse year
def test_chronology_items_take_the_year_of_the_list_not_the_coming_year():
    text = ("Rückblick auf ein Jahr.\n\n3. Februar 2024: Die Stadt kündigt den Umbau an.\n\n"
            "14. Februar: Der Gemeinderat stimmt zu.\n\n2. März: Die Bagger rollen an.")
    got = {t.text: t.value for t in tag(text, date(2024, 9, 20))}
    assert got["14. Februar"] == "2024-02-14"
    assert got["2. März"] == "2024-03-02"


def test_a_month_ahead_without_year_stays_the_coming_one():
    # the nearest occurrence is weeks ahead: the discourse's earlier year does not pull it back
    text = "Im Oktober 2023 begann der Bau. Der Bericht erscheint Anfang Juni."
    got = {t.text: t.value for t in tag(text, date(2024, 5, 8))}
    assert got["Anfang Juni"] == "2024-06"


@pytest.mark.parametrize(
    "text, anchor, expr, value",
    [
        # a weekday with its date in brackets is that date
        ("Am Samstag (5. April) trifft der Verein auf den Tabellenführer.", date(2025, 3, 27), "Samstag", "2025-04-05"),
        ("Die Fahrer streiken ab Mittwoch (13.8.) zwei Tage lang.", date(2025, 8, 12), "13.8.", "2025-08-13"),
        # genitive months and holidays
        ("Am Abend des 30. Dezembers legte die Regierung den Entwurf vor.", date(2026, 1, 4), "Abend des 30. Dezembers",
         "2025-12-30TEV"),
        ("Am Morgen des Heiligabends 2024 brannte die Scheune.", date(2025, 2, 1), "Morgen des Heiligabends 2024",
         "2024-12-24TMO"),
        # a warning for a weekday aims ahead even in a past-tense clause
        ("Der Wetterdienst hat eine Unwetterwarnung für Samstag herausgegeben.", date(2025, 3, 13), "Samstag", "2025-03-15"),
    ],
)
def test_weekday_apposition_genitive_months_and_targets(text, anchor, expr, value):
    assert one(text, anchor, expr).value == value


def test_present_passive_is_not_the_future():
    # "wird abgeriegelt" reports what happens now; "wird ... reisen" is ahead
    text = "Rückblick.\n\n3. Januar 2025: Der Hafen schließt.\n\n17. Januar: Die Stadt wird abgeriegelt."
    assert {t.text: t.value for t in tag(text, date(2025, 9, 1))}["17. Januar"] == "2025-01-17"


def test_kam_es_zu_is_the_past_and_koennte_the_future() -> None:
    from datetime import date as _d

    from desktop.core.timex import tag as _tag
    got = {t.text: t.value for t in _tag("Am Montag kam es zu schweren Unwettern.", _d(2025, 5, 21), "de")}
    assert got["Montag"] == "2025-05-19"
    got = {t.text: t.first for t in _tag("Der Bürgermeister sagte, das Fest könnte im März stattfinden.",
                                          _d(2025, 5, 21), "de")}
    assert got["März"].year == 2026


def test_zu_with_an_infinitive_after_a_past_verb_is_the_past() -> None:
    # "waren ... zu verzeichnen" reports what was, "ist ... zu verhandeln" what is to come
    got = {t.text: t.value for t in tag("Rund 300 Einsätze waren am Samstag zu verzeichnen.", date(2025, 3, 12))}
    assert got["Samstag"] == "2025-03-08"
    got = {t.text: t.value for t in tag("Der Vertrag ist am Samstag neu zu verhandeln.", date(2025, 3, 12))}
    assert got["Samstag"] == "2025-03-15"


def test_a_part_of_a_weekday_with_its_date_in_brackets_is_that_night() -> None:
    from datetime import date as _d

    from desktop.core.timex import tag as _tag
    got = {t.text: (t.first, t.last) for t in _tag("Der Streik endet in der Nacht zum Freitag (13.8.) um zwei Uhr.",
                                                    _d(2021, 8, 12), "de")}
    assert got["Nacht zum Freitag"] == (_d(2021, 8, 12), _d(2021, 8, 13))


def test_the_items_of_a_listing_do_not_share_their_days() -> None:
    from datetime import date as _d

    from desktop.core.timex import tag as _tag
    text = "Nordhafen: Hafenfest am morgigen Sonntag ab 10 Uhr.\nSüdheim: Theater im Pfarrsaal, 20 Uhr.\n"
    got = {t.text: t.value for t in _tag(text, _d(2013, 11, 30), "de")}
    assert got["10 Uhr"] == "2013-12-01T10:00" and got["20 Uhr"] == "2013-11-30T20:00"
    # one paragraph of a narrative: the time belongs to the day just named
    got = {t.text: t.value for t in _tag("Am Sonntag tagte der Rat. Um 20 Uhr war Schluss.", _d(2013, 11, 30), "de")}
    assert got["20 Uhr"] == "2013-11-24T20:00"


def test_the_part_of_a_named_day_is_one_expression_of_that_day() -> None:
    from datetime import date as _d

    from desktop.core.timex import tag as _tag
    got = [(t.text, t.value) for t in _tag("Am Vormittag des Heiligabends 2018 brannte die Scheune.", _d(2020, 1, 24), "de")]
    assert got == [("Vormittag des Heiligabends 2018", "2018-12-24TMO")]


def test_what_someone_is_said_to_have_done_is_the_past() -> None:
    from datetime import date as _d

    from desktop.core.timex import tag as _tag
    got = {t.text: t.value for t in _tag("Am Montag soll der Mann die Bank überfallen haben.", _d(2020, 1, 22), "de")}
    assert got["Montag"] == "2020-01-20"
    got = {t.text: t.value for t in _tag("Am Montag soll der Vertrag unterschrieben werden.", _d(2020, 1, 22), "de")}
    assert got["Montag"] == "2020-01-27"


def test_a_modal_with_a_perfect_infinitive_is_the_past_unless_it_is_a_deadline() -> None:
    from datetime import date as _d

    from desktop.core.timex import tag as _tag
    got = {t.text: t.value for t in _tag("Der Täter dürfte am Sonntag über die Grenze geflohen sein.", _d(2025, 3, 12), "de")}
    assert got["Sonntag"] == "2025-03-09"
    got = {t.text: t.value for t in _tag("Die Firma will bis Ende Mai alle Kunden informiert haben.", _d(2025, 3, 12), "de")}
    assert got["Ende Mai"] == "2025-05"


def test_a_hard_wrapped_line_stays_in_its_paragraph() -> None:
    from datetime import date as _d

    from desktop.core.timex import tag as _tag
    got = {t.text: t.value for t in _tag("Am Montag tagte der Rat in Bern, die Sitzung\ndauerte lange. Um 10 Uhr begann "
                                          "die Debatte.", _d(2025, 3, 12), "de")}
    assert got["10 Uhr"] == "2025-03-10T10:00"


def test_a_zu_infinitive_with_its_prefix_looks_ahead_in_its_own_clause() -> None:
    got = {t.text: t.value for t in tag("Er kündigte an, am Freitag zurückzutreten.", date(2025, 3, 5))}
    assert got["Freitag"] == "2025-03-07"
    got = {t.text: t.value for t in tag("Die Firma teilte am Dienstag mit, sie erwarte mehr Umsatz.", date(2025, 3, 5))}
    assert got["Dienstag"] == "2025-03-04"


@pytest.mark.parametrize(
    "text, expr, value",
    [
        # "bis (zum)" in a clause that is not past: ahead, also beside another span's "seit"
        ("Die Fotoschau ist bis zum 4. Mai im Rathaus zu sehen, die erste seit 2015.", "4. Mai", "2025-05-04"),
        ("Die Schau ist bis zum 4. Mai zu sehen und die größte seit ihrer Eröffnung im Jahr 2012.", "4. Mai", "2025-05-04"),
        ("Das Freibad bleibt bis Freitag geschlossen.", "Freitag", "2025-03-28"),
        # with a past verb: behind
        ("Die Helfer hatten die Halle bis Montag geräumt.", "Montag", "2025-03-24"),
        # a purpose is ahead whatever the tense
        ("Der Wetterdienst gab eine Warnung für Samstag heraus.", "Samstag", "2025-03-29"),
    ],
)
def test_a_deadline_preposition_aims_ahead_unless_the_verb_is_past(text, expr, value):
    got = [t for t in tag(text, date(2025, 3, 26), "de") if t.text == expr]  # a Wednesday
    assert len(got) == 1 and got[0].value == value, [(t.text, t.value) for t in tag(text, date(2025, 3, 26), "de")]


def test_a_state_with_bleiben_is_no_past():
    got = {t.text: t.value for t in tag("Die Halle bleibt bis Montag gesperrt.", date(2025, 3, 26), "de")}
    assert got["Montag"] == "2025-03-31"


def test_a_year_since_which_something_lasts_is_no_year_for_the_sentences_month():
    text = "Der Hausmeister, der die Halle seit 1994 betreute, hörte im November auf."
    got = {t.text: t.value for t in tag(text, date(2025, 2, 12), "de")}
    assert got["November"] == "2024-11"


def test_the_year_of_a_relative_clause_is_no_year_for_a_coming_date_of_the_main_clause():
    text = ("Der Prozess gegen den Mann, der im Oktober 2024 eine Scheune in Brand gesetzt haben soll, "
            "beginnt am 15. September vor dem Amtsgericht.")
    got = {t.text: t.value for t in tag(text, date(2025, 6, 2), "de")}
    assert got["15. September"] == "2025-09-15"
    text = "Als im März 2020 die Pandemie begann, schlossen am 16. März die Schulen."
    assert {t.text: t.value for t in tag(text, date(2025, 6, 2), "de")}["16. März"] == "2020-03-16"


def test_a_relative_year_is_the_year_of_the_sentences_other_dates():
    got = {t.text: t.value for t in tag("Im kommenden Jahr findet das Fest am 3. Februar statt.", date(2025, 4, 22), "de")}
    assert got["3. Februar"] == "2026-02-03"
    got = {t.text: t.value for t in tag("Im vergangenen Jahr fand das Fest am 3. Juli statt.", date(2025, 4, 22), "de")}
    assert got["3. Juli"] == "2024-07-03"


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Bereits Montag vergangener Woche hatte die Firma die Mitarbeiter informiert.", "Montag vergangener Woche",
         "2025-02-24"),
        ("Am Freitag nächster Woche öffnet der Markt.", "Freitag nächster Woche", "2025-03-14"),
        ("Der Rat tagt am Dienstag der kommenden Woche.", "Dienstag der kommenden Woche", "2025-03-11"),
    ],
)
def test_a_weekday_of_a_named_week_is_that_weeks_day(text, expr, value):
    got = [t for t in tag(text, date(2025, 3, 5), "de") if t.text == expr]  # a Wednesday
    assert len(got) == 1 and got[0].value == value, [(t.text, t.value) for t in tag(text, date(2025, 3, 5), "de")]


def test_a_night_is_the_day_it_leads_into_for_what_follows():
    text = "In der Nacht zum Samstag brannte eine Scheune in Oberau. Der Schaden fiel erst am Morgen auf."
    got = {t.text: (t.first, t.last) for t in tag(text, date(2024, 10, 21), "de")}
    assert got["Morgen"] == (date(2024, 10, 19), date(2024, 10, 19))


def test_a_modal_right_before_the_day_looks_ahead_whatever_a_relative_clause_says():
    text = "Die Trockenheit, die seit vergangenem Freitag anhält, wird am Donnerstag ihren Höhepunkt erreichen."
    got = {t.text: t.value for t in tag(text, date(2024, 7, 16), "de")}  # a Tuesday
    assert got["Donnerstag"] == "2024-07-18"


def test_where_something_is_put_off_to_is_ahead_whatever_the_tense():
    got = {t.text: t.value for t in tag("Die Eröffnung der Halle wurde auf den Herbst verschoben.", date(2025, 2, 6), "de")}
    assert got["Herbst"] == "2025-FA"


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Die Straße ist bis Freitag gesperrt.", "Freitag", "2025-03-28"),
        ("Die Brücke ist noch bis zum 4. Mai gesperrt.", "4. Mai", "2025-05-04"),
        ("Die Halle war bis Freitag gesperrt.", "Freitag", "2025-03-21"),
    ],
)
def test_a_state_until_a_deadline_is_no_perfect(text, expr, value):
    got = [t for t in tag(text, date(2025, 3, 26), "de") if t.text == expr]  # a Wednesday
    assert len(got) == 1 and got[0].value == value, [(t.text, t.value) for t in tag(text, date(2025, 3, 26), "de")]


def test_another_clauses_seit_is_no_past_cue_for_a_date():
    text = "Seit 2012 leitet sie das Museum, im August geht sie in den Ruhestand."
    got = {t.text: t.value for t in tag(text, date(2025, 3, 26), "de")}
    assert got["August"] == "2025-08"
    got = {t.text: t.value for t in tag("Seit Montag streiken die Fahrer.", date(2025, 3, 26), "de")}
    assert got["Montag"] == "2025-03-24"
