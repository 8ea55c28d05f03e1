"""An article's own date line: the ordinary shapes in German and English, and what is never one.

Every sentence here is written for the test; each case is one failure class seen on real pages."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import datelines
from desktop.core.model import DateSource, Document, Precision
from desktop.core.pipeline import make_article, resolve_published

FILLER = ("Der Gemeinderat von Nordhafen hat nach langer Debatte beschlossen, die alte Brücke über den "
          "Fluss zu sanieren und den Radweg bis zum Bahnhof zu verlängern, teilte die Stadt mit.")
FILLER_EN = ("The council of Northbay voted after a long debate to repair the old bridge over the river "
             "and to extend the cycle path as far as the station, the town said in a statement.")


def pub(text: str, name: str = "a.txt"):
    a = make_article(Document(path=name, text=text, format="text"))
    return resolve_published([a])[a.id]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a label, a weekday before the date, a clock time
        (f"Brücke wird saniert\nVeröffentlicht: Dienstag, 14.03.2023, 09:15 Uhr\n\n{FILLER}\n", date(2023, 3, 14)),
        (f"Brücke wird saniert\nAktualisiert am 14.03.2023 - 07:12 Uhr\n\n{FILLER}\n", date(2023, 3, 14)),
        # English labels with month names, time zones, US numeric dates
        (f"Bridge to be repaired\n\n{FILLER_EN}\n\nLast Update: Tuesday, 14 March 2023 KSA 08:10 - GMT 05:10\n",
         date(2023, 3, 14)),
        (f"Bridge to be repaired\nPublished: Mar. 14, 2023 at 10:41 AM CDT\n\n{FILLER_EN}\n", date(2023, 3, 14)),
        (f"Bridge to be repaired\n\nPublished 3/14/2023 9:00 AM\n\n{FILLER_EN}\n", date(2023, 3, 14)),
        (f"Bridge to be repaired\nUpdated: March 14, 2023 18:54 IST\n\n{FILLER_EN}\n", date(2023, 3, 14)),
        # a weekday confirms a short US date
        (f"Northbay Today: Tuesday 3/14/23\n\n{FILLER_EN}\n", date(2023, 3, 14)),
        # a date line of its own, with a weekday, an ordinal and a clock time
        (f"Letters\n\n{FILLER_EN}\n\nTuesday, 14th March 2023, 5:00 am\n", date(2023, 3, 14)),
        # place datelines opening the body, and a bracketed date opening the first paragraph
        (f"Brücke wird saniert\n\nGraz, 14. März 2023 | {FILLER}\n", date(2023, 3, 14)),
        (f"Brücke wird saniert\n\n(14.03.2023) {FILLER}\n", date(2023, 3, 14)),
        # the month-only or ISO header glued to a long first paragraph
        (f" date 2023-03-14 {FILLER} {FILLER}\n", date(2023, 3, 14)),
        # a wire dateline without a year takes the header's month
        (f" date 2023-03\n\nLAGOS, Mar 14 (Reuters) – {FILLER_EN}\n", date(2023, 3, 14)),
        # a ticker stamp without a year, dated by the month header
        (f" date 2023-06\n\nLiveticker zur Brücke\n\n15. Juni 10.02 Uhr: {FILLER}\n\n14. Juni 18.30 Uhr: {FILLER}\n",
         date(2023, 6, 15)),
        # the date under the byline, after a long lead
        (f"Brücke wird saniert\n\n{FILLER} {FILLER}\n\nvon Anna Muster\n14. März 2023\n\n{FILLER}\n", date(2023, 3, 14)),
    ],
)
def test_date_lines_in_ordinary_forms(text: str, day: date) -> None:
    p = pub(text)
    assert p is not None and p.precision == Precision.DAY and p.value == day, p


def test_a_dateline_wins_over_a_site_widget_date() -> None:
    text = f"Freitag, Mai 3, 2024\n\nBrücke wird saniert\n\nGraz, 14. März 2023 | {FILLER}\n"
    p = pub(text)
    assert p is not None and p.value == date(2023, 3, 14)


def test_a_january_dateline_with_last_years_number_is_read_with_the_next_year() -> None:
    text = ("Linz/Wels, 16. Januar\n2022 - Die Preise in der Region sind im Jahresdurchschnitt gestiegen. "
            "Im Dezember 2022 lag die Teuerung bei vier Prozent, teilte das Landesamt mit.\n")
    p = pub(text)
    assert p is not None and p.value == date(2023, 1, 16)


def test_a_dateline_the_text_contradicts_by_years_stays_unknown() -> None:
    text = ("Linz, 16. Januar 2019 - Die Preise sind gestiegen. Im Dezember 2022 lag die Teuerung bei "
            "vier Prozent, teilte das Landesamt mit.\n")
    p = pub(text)
    assert p is None or p.precision != Precision.DAY


def test_ticker_stamps_without_a_year_take_the_one_recent_year_their_weekday_fits() -> None:
    text = (f"Streik bei der Bahn\n\nMittwoch, 15. März, 6.10 Uhr\n{FILLER}\n\n"
            f"Dienstag, 14. März, 18.00 Uhr\n{FILLER}\n")
    stamps = datelines.find_stamps(text)
    got = datelines.own_date(text, stamps, today=date(2026, 1, 1))
    assert got is not None and got.value == date(2023, 3, 15)  # the latest entry; 15 March 2023 was a Wednesday
    # the same stamp without a weekday has no year to go on
    bare = text.replace("Mittwoch, ", "").replace("Dienstag, ", "")
    assert datelines.own_date(bare, datelines.find_stamps(bare), today=date(2026, 1, 1)) is None


def test_a_weekday_with_its_date_in_the_body_dates_a_report_of_that_week() -> None:
    text = f"Die Stadt hat am Mittwoch (15.3.) den Antrag eingereicht. {FILLER}\n"
    got = datelines.own_date(text, datelines.find_stamps(text), today=date(2026, 1, 1))
    assert got is not None and got.value == date(2023, 3, 15)
    en = f"The mayor confirmed on Wednesday (15 March) that she has stepped down, and her deputy will lead. {FILLER_EN}\n"
    got = datelines.own_date(en, datelines.find_stamps(en), today=date(2026, 1, 1),
                             is_future=lambda clause: "will" in clause.split())
    assert got is not None and got.value == date(2023, 3, 15)


def test_weekday_dates_of_several_weeks_give_no_day_of_writing() -> None:
    text = ("Nach der Niederlage am Sonntag (5. März 2023) trennte sich der Verein vom Trainer. "
            "Am Samstag (18. März 2023) kommt es zum nächsten Spiel.\n")
    assert datelines.own_date(text, datelines.find_stamps(text), today=date(2026, 1, 1)) is None


def test_a_weekday_date_about_the_future_is_no_day_of_writing() -> None:
    text = f"{FILLER_EN} The sitting had been scheduled to resume on Monday, Aug. 21.\n"
    assert pub(text) is None


def test_a_birth_date_is_never_a_publication_date() -> None:
    assert pub("The painter died at her home this afternoon, her family said. "
               "She was born in Northbay on 3 May 1931.\n") is None
    assert pub("Die Schauspielerin ist am Nachmittag gestorben. Sie wurde am 3. Mai 1931 in Graz geboren.\n") is None


def test_an_old_day_is_no_publication_date_when_the_text_names_later_years() -> None:
    text = ("The old pier was first closed on June 3rd, 2015. Repairs dragged on through the years "
            "2015-2023, the harbour board said.\n")
    assert pub(text) is None


def test_a_date_without_a_year_takes_no_year_from_another_story() -> None:
    dated = make_article(Document(path="d.txt", text=f"Stand: 10.04.2022 08:00 Uhr\n{FILLER}\n", format="text"))
    other = make_article(Document(path="o.txt", format="text", text=(
        "The harbour master Sean Moran faces a council hearing on November 14th over the pier, "
        "his office told the local paper.\n")))
    assert resolve_published([dated, other])[other.id] is None


def test_today_with_a_weekday_refines_a_month_header() -> None:
    text = (" date 2022-01\n\nNeues Gesetz\n\nErst ab dem 1. Jänner war der Entwurf einsehbar. "
            "Die Frist endet bereits heute, Sonntag, um 12 Uhr.\n")
    p = pub(text)
    assert p is not None and p.value == date(2022, 1, 2) and p.precision == Precision.DAY  # 2 January 2022: Sunday


def test_a_date_in_a_related_box_is_not_the_article_date() -> None:
    text = (f"Brücke wird saniert\n\n{FILLER}\n\n{FILLER}\n\nDas könnte Sie auch interessieren:\n"
            "Graz, 14. März 2019 | Neuer Radweg eröffnet\n")
    p = pub(text)
    assert p is None or p.value != date(2019, 3, 14)


def test_source_is_text_with_the_line_as_evidence() -> None:
    p = pub(f"Brücke wird saniert\n\nGraz, 14. März 2023 | {FILLER}\n")
    assert p is not None and p.source == DateSource.TEXT and "14. März 2023" in p.evidence


def test_a_quoted_old_stamp_is_not_the_article_date() -> None:
    text = f"Zum Jubiläum\n\nKOMMENTAR DAMALS: 12.4.1988\n\n{FILLER}\n"
    p = pub(text)
    assert p is None or p.value.year != 1988


def test_a_day_named_deep_in_the_body_does_not_date_an_article_alone() -> None:
    text = (f"Brücke wird saniert\n\n{FILLER} {FILLER} {FILLER}\n\n{FILLER} {FILLER}\n\n"
            "Die letzte Sanierung war am 19. Juni 2009 abgeschlossen worden.\n")
    p = pub(text)
    assert p is None or p.precision != Precision.DAY


@pytest.mark.parametrize(
    "line",
    [
        "Quelle: ntv.de, 12.02.2025, 10:30 Uhr",
        "13. Februar 2025, 10:30 Uhr MEZ",
        "Feb 13, 2025 · 10:30 AM EST",
        "Mi., 12.02.2025, 14:39 Uhr",
        "   Stand: 12.02.2025 10:00 Uhr",
        "Erstellt: 12.02.25",
        "Updated 12:34 PM EST, Wed February 12, 2025",
        "February 12, 20256:02 PM GMT+1Updated 2 hours ago",
        "Von Max Muster | 12.02.2025, 10:00 Uhr",
        "Last modified on Wed 12 Feb 2025 14.30 GMT",
        "Aktualisiert am 12.02.2025-18:45",
        "Veröffentlicht am 12.02.2025 | Lesedauer: 3 Minuten",
        "Posted: Wed, Feb 12, 2025 at 6:02 PM",
    ],
)
def test_more_header_shapes(line: str) -> None:
    text = f"Titel der Meldung\n{line}\n\n{FILLER}\n"
    got = datelines.own_date(text, datelines.find_stamps(text), today=date(2026, 1, 1))
    assert got is not None and got.value in (date(2025, 2, 12), date(2025, 2, 13)), got


def test_an_ambiguous_slash_date_is_not_guessed() -> None:
    text = f"Titel der Meldung\n12/02/2025\n\n{FILLER}\n"
    assert datelines.own_date(text, datelines.find_stamps(text), today=date(2026, 1, 1)) is None
    text = f"Titel der Meldung\n28/02/2025\n\n{FILLER}\n"  # only day-first is possible
    got = datelines.own_date(text, datelines.find_stamps(text), today=date(2026, 1, 1))
    assert got is not None and got.value == date(2025, 2, 28)


def test_a_dateline_with_the_agency_and_a_full_stop() -> None:
    text = "Titel\n\nKiew, 12.02.2025 (dpa). Die Regierung hat beraten, teilte ein Sprecher mit.\n"
    got = datelines.own_date(text, datelines.find_stamps(text), today=date(2026, 1, 1))
    assert got is not None and got.value == date(2025, 2, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (("Gedenken in Graz\n\nHeute vor 80 Jahren, am 8. Mai 1945, endete in Europa der Krieg. "
          "Die Stadt erinnert mit einer Ausstellung daran.\n"), date(2025, 5, 8)),
        ((" date 2022-10\n\nHeute ist es genau ein halbes Jahr her, dass in Nordhafen am 3. April der Damm "
          "brach. Seither wird gebaut.\n"), date(2022, 10, 3)),
        (("Northbay remembers\n\nToday marks exactly two years since the dam burst on June 6, 2023, "
          "flooding the lower town.\n"), date(2025, 6, 6)),
    ],
)
def test_an_anniversary_dates_the_article(text: str, day: date) -> None:
    p = pub(text)
    assert p is not None and p.value == day, p


def test_an_anniversary_of_a_yearless_date_needs_the_month_header() -> None:
    text = "Heute ist es genau ein halbes Jahr her, dass in Nordhafen am 3. April der Damm brach.\n"
    p = pub(text)
    assert p is None or p.precision != Precision.DAY


CHRONOLOGY = (f"\n\n{FILLER_EN} {FILLER_EN}\n\n{FILLER_EN} {FILLER_EN}\n\n{FILLER_EN}\n\nWhat happened since\n\n"
              "March 3, 2023: The old dam above Northbay bursts after a week of heavy rain and floods the lower town.\n\n"
              "March 9, 2023: The council of Northbay asks the state for help with the repairs.\n\n"
              "June 14, 2023: Engineers present the plan for a new dam.\n")


@pytest.mark.parametrize("weekday", ["Sunday", "Today"])
def test_an_anniversary_dates_the_article_by_the_event_its_chronology_dates(weekday: str) -> None:
    text = (f"Northbay, one year on\n\n{weekday} marks one year since the old dam above Northbay burst "
            f"and floods reached the lower town.{CHRONOLOGY}")
    p = pub(text)
    assert p is not None and p.value == date(2024, 3, 3), p  # a Sunday


def test_an_anniversary_whose_weekday_disagrees_with_the_chronology_stays_unknown() -> None:
    text = ("Northbay, one year on\n\nMonday marks one year since the old dam above Northbay burst "
            f"and floods reached the lower town.{CHRONOLOGY}")
    assert pub(text) is None


def test_an_anniversary_of_an_event_no_line_dates_stays_unknown() -> None:
    text = ("Northbay, one year on\n\nToday marks one year since the mayor of Northbay resigned "
            f"over the housing scandal.{CHRONOLOGY}")
    assert pub(text) is None


def test_a_file_photo_caption_is_not_the_article_date() -> None:
    text = (f"Brücke wird saniert\n\n{FILLER}\n\nDie alte Brücke am Donnerstag, 20. Oktober 2022, bei Hochwasser.\n"
            f"Foto: Max Muster/dpa\n\n{FILLER}\n")
    p = pub(text)
    assert p is None or p.value != date(2022, 10, 20)


def test_chronology_headings_deep_in_the_text_are_no_date_lines() -> None:
    head = f"Was seit dem Hochwasser geschah\n\n{FILLER} {FILLER} {FILLER}\n\n" + (f"{FILLER}\n\n" * 6)
    body = "".join(f"{d}\n\n{FILLER}\n\n" for d in ("3. Mai 2021", "17. Juni 2021", "2. Oktober 2021"))
    p = pub(head + body)
    assert p is None or p.value not in (date(2021, 5, 3), date(2021, 6, 17), date(2021, 10, 2))


def test_a_ticker_stamp_without_a_year_takes_the_year_of_its_story() -> None:
    story = ("Nach dem Dammbruch in Nordhafen hat Bürgermeister Jonas Weber die Feuerwehr und das "
             "Technische Hilfswerk um Hilfe gebeten. Die Anwohner der Hafenstraße wurden in die Turnhalle gebracht.")
    dated = make_article(Document(path="d.txt", format="text", text=f"Stand: 10.06.2024 08:00 Uhr\n\n{story}\n"))
    ticker = make_article(Document(path="t.txt", format="text", text=(
        f"Liveticker zum Dammbruch\n\nUpdate vom 11. Juni, 11.40 Uhr: {story}\n\n"
        f"Update vom 11. Juni, 09.15 Uhr: Die Feuerwehr in Nordhafen meldet steigende Pegel.\n")))
    p = resolve_published([dated, ticker])[ticker.id]
    assert p is not None and p.value == date(2024, 6, 11) and p.source == DateSource.INFERRED
    assert resolve_published([ticker])[ticker.id] is None  # alone: no year to go on


@pytest.mark.parametrize("phrase", ["heute, Montag,", "am heutigen Montag", "today (Monday)"])
def test_the_weekday_of_writing_refines_a_month_header(phrase: str) -> None:
    text = (f" date 2024-06\n\nNeue Brücke\n\nSeit dem 1. Juni ist die Brücke gesperrt. Die Arbeiten beginnen {phrase} "
            "um acht Uhr.\n")
    p = pub(text)
    assert p is not None and p.value == date(2024, 6, 3), p  # 3 June 2024: the first Monday after the 1st


@pytest.mark.parametrize("top", ["28. März 2024", "28.03.2024", "Donnerstag, 28. März 2024"])
def test_a_label_or_dateline_wins_over_a_bare_date_at_the_top(top: str) -> None:
    p = pub(f"{top}\n\nBrücke wird saniert\n\nStand: 03.06.2021 10:00 Uhr\n\n{FILLER}\n")
    assert p is not None and p.value == date(2021, 6, 3), p
    p = pub(f"{top}\n\nBrücke wird saniert\n\nGraz, 3. Juni 2021 | {FILLER}\n")
    assert p is not None and p.value == date(2021, 6, 3), p
    p = pub(f"{top}\n\nBrücke wird saniert\n\n{FILLER}\n")  # alone, the top date stands
    assert p is not None and p.value == date(2024, 3, 28), p


def test_an_embedded_post_on_the_weekday_the_article_reports_dates_it() -> None:
    text = ("Damm in Nordhafen gebrochen\n\nDie Feuerwehr hat am Montagmorgen die Hafenstraße geräumt. "
            "Am Montagabend stieg das Wasser weiter, teilte die Stadt mit.\n\n"
            "Das Wasser steht schon in der Hafenstraße. https://t.co/abc123\n"
            "— Anna Example (@anna_example) June 3, 2024\n\n"
            "Bürgermeister Jonas Weber sagte am Montag, die Lage sei ernst.\n")
    p = pub(text)
    assert p is not None and p.value == date(2024, 6, 3), p  # 3 June 2024 was a Monday


def test_a_photo_caption_on_the_same_weekday_does_not_date_the_article() -> None:
    text = ("Damm in Nordhafen gebrochen\n\nDie Feuerwehr hat am Montagmorgen die Hafenstraße geräumt. "
            "Am Montagabend stieg das Wasser weiter, teilte die Stadt mit.\n\n"
            "Hochwasser am Montag, 3. Juni 2019, in der Hafenstraße.\nFoto: Max Muster/dpa\n\n"
            "Bürgermeister Jonas Weber sagte am Montag, die Lage sei ernst.\n")
    p = pub(text)
    assert p is None or p.value != date(2019, 6, 3), p


def test_a_weekday_of_the_sentence_before_does_not_judge_an_anniversary() -> None:
    p = pub("Gedenken in Graz\n\nDie Feier findet statt am Montag. Heute vor 80 Jahren, am 8. Mai 1945, endete in "
            "Europa der Krieg.\n")
    assert p is not None and p.value == date(2025, 5, 8), p


@pytest.mark.parametrize(
    ("block", "day"),
    [
        # the update stamp above the first-publication stamp: the first publication is the day reported
        ("Aktualisiert am 15. März 2023, 8:12 Uhr\nVeröffentlicht am 14. März 2023, 18:30 Uhr", date(2023, 3, 14)),
        ("Zuletzt aktualisiert: 15.03.2023, 07:10 Uhr\nErstellt: 14.03.2023, 19:45 Uhr", date(2023, 3, 14)),
        ("Updated 8:10 AM EDT, Wed March 15, 2023\nPublished 9:40 PM EDT, Tue March 14, 2023", date(2023, 3, 14)),
        ("Wed 15 Mar 2023 00.15 GMT\nFirst published on Tue 14 Mar 2023 22.40 GMT", date(2023, 3, 14)),
        # an update stamp alone still dates the article
        ("Updated 3:45 PM EDT, March 14, 2023", date(2023, 3, 14)),
    ],
)
def test_the_first_publication_wins_over_an_update(block: str, day: date) -> None:
    p = pub(f"Bridge to be repaired\n{block}\n\n{FILLER_EN}\n")
    assert p is not None and p.value == day, p


def test_a_us_time_zone_reads_a_slash_date_month_first() -> None:
    p = pub(f"Bridge to be repaired\nBy Jane Roe\n03/11/2023 06:02 PM EDT\n\n{FILLER_EN}\n")
    assert p is not None and p.value == date(2023, 3, 11), p
    # without the zone the same date stays unread (3 November or 11 March?)
    p = pub(f"Bridge to be repaired\nBy Jane Roe\n03/11/2023\n\n{FILLER_EN}\n")
    assert p is None or p.precision != Precision.DAY, p
    p = pub(f"Bridge to be repaired\nBy Jane Roe\n03-11-2023\n\n{FILLER_EN}\n")
    assert p is None or p.precision != Precision.DAY, p


def test_a_timed_date_line_wins_over_a_labelled_teaser_below_it() -> None:
    text = (f"Brücke wird saniert\n14.03.2023 | 20:15\nvon Anna Muster\n\nVideo\nDie alte Brücke im Winter\n"
            f"Datum: 10.03.2023\n2:14 min\n\n{FILLER}\n")
    p = pub(text)
    assert p is not None and p.value == date(2023, 3, 14), p


def test_a_kicker_that_reads_like_a_box_header_does_not_hide_the_ticker() -> None:
    text = ("Newsticker\nHochwasser in Nordhafen im Ticker\nErstellt: 14.03.2023, 06:10 Uhr\n\n"
            "Update vom Dienstag, 14. März, 16.40 Uhr: Die Pegel sinken wieder, meldet die Feuerwehr.\n\n"
            "Update vom Dienstag, 14. März, 09.15 Uhr: Die Hafenstraße ist gesperrt.\n")
    p = pub(text)
    assert p is not None and p.value == date(2023, 3, 14), p


def test_a_day_the_text_says_time_has_passed_since_is_no_publication_date() -> None:
    text = ("Der Damm von Nordhafen\n\nAm 3. Mai 2019 brach der Damm von Nordhafen nach tagelangem Regen. "
            "Schon 2011 hatte es Warnungen gegeben.\n\nSeither wurde die Hafenstraße zweimal umgebaut.\n")
    p = pub(text)
    assert p is None or p.value != date(2019, 5, 3), p
    # the same day without "seither" in a report's lead still dates it
    p = pub(text.replace("Seither wurde", "Danach wurde"))
    assert p is not None and p.value == date(2019, 5, 3), p


@pytest.mark.parametrize(
    "sentence",
    ["Die Wahl des Gemeinderats findet am Sonntag, 5. März 2023, statt.",
     "The council vote takes place on Sunday, March 5, 2023, in the town hall."],
)
def test_a_day_announced_in_the_present_tense_is_no_day_of_writing(sentence: str) -> None:
    p = pub(f"Wahl in Nordhafen\n\n{sentence} Die Wahllokale öffnen um acht Uhr.\n")
    assert p is None or p.value != date(2023, 3, 5), p


@pytest.mark.parametrize(
    "line",
    [
        "Published On 14 Mar 202314 Mar 2023",  # the same date twice, run together by the copy
        "03/14/2023March 14, 2023",
        "04/03/2023March 14, 2023",  # an ambiguous slash date, then the written one
        "March 14, 2023Updated 4:02 p.m. ET",
        "Aktualisiert am 14.03.2023 - 08:12 UhrLesedauer: 3 Min.",
        "14.03.2023, 21:10 Uhr · Von Anna Muster",
        "Diese Meldung wurde am 14.03.2023 im Programm Inforadio gesendet.",
    ],
)
def test_glued_and_closing_date_lines(line: str) -> None:
    text = f"Titel der Meldung\n{line}\n\n{FILLER}\n"
    got = datelines.own_date(text, datelines.find_stamps(text), today=date(2026, 1, 1))
    assert got is not None and got.value == date(2023, 3, 14), got


def test_timed_date_lines_after_the_body_do_not_outrank_the_articles_date_line() -> None:
    # reader comments under a header no lexicon knows, each with its day and clock time
    text = (f"Bridge to be repaired\nBy Jane Roe\n14 March 2023\n\n{FILLER_EN}\n\nWhat readers think\n\n"
            "ReaderOne\n15 March 2023 08:15\nAbout time.\n\nReaderTwo\n15 March 2023 09:40\nToo late.\n")
    p = pub(text)
    assert p is not None and p.value == date(2023, 3, 14), p


def test_a_chronology_alone_gives_no_day_of_writing() -> None:
    text = ("Chronologie\nDer Weg zur neuen Brücke\n\n3. Mai 2022: Der Gemeinderat beschließt die Sanierung.\n\n"
            "14. März 2023: Die Bauarbeiten beginnen.\n")
    p = pub(text)
    assert p is None or p.precision != Precision.DAY, p


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published on 03/04/2023 - 14:31 GMT+2", date(2023, 4, 3)),  # a European zone: day first
        ("Published 03/04/2023 2:31 PM EDT", date(2023, 3, 4)),  # a US zone: month first
        ("Published: 03/04/2023 14:02 GMT", date(2023, 4, 3)),  # plain GMT: a British page, day first
        ("Updated: 03-04-2023 14:02 IST", date(2023, 4, 3)),  # dashes, an Indian zone: day first
        ("03-04-2023 IST", date(2023, 4, 3)),  # the zone without a clock time
        ("Published 03/04/2023 (SGT)", date(2023, 4, 3)),
        ("Posted 03-04-2023 2:31 PM CDT", date(2023, 3, 4)),
    ],
)
def test_a_time_zone_decides_the_order_of_a_slash_date(line: str, day: date) -> None:
    p = pub(f"Bridge to be repaired\n{line}\n\n{FILLER_EN}\n")
    assert p is not None and p.value == day, p


@pytest.mark.parametrize("line", ["Saved on May 2, 2025", "Abgerufen am 2. Mai 2025"])
def test_the_day_a_page_was_saved_is_no_publication_date(line: str) -> None:
    p = pub(f"Brücke wird saniert\n\n{line}\n\n{FILLER}\n")
    assert p is None or p.value != date(2025, 5, 2), p
    p = pub(f"Brücke wird saniert\n\n{line}\n\nVon Anna Muster\n14. März 2023\n\n{FILLER}\n")
    assert p is not None and p.value == date(2023, 3, 14), p


@pytest.mark.parametrize("line", ["Wann: Sonntag, 5. März 2023, 8 bis 18 Uhr", "Kick-off: Sunday, March 5, 2023 at 3 PM"])
def test_the_day_of_an_event_box_is_no_publication_date(line: str) -> None:
    p = pub(f"Wahl in Nordhafen\n\n{line}\n\n{FILLER}\n")
    assert p is None or p.value != date(2023, 3, 5), p


def test_a_first_publication_label_below_the_body_does_not_outrank_the_date_block() -> None:
    text = (f"Brücke wird saniert\nStand: 14.03.2023 10:00 Uhr\n\n{FILLER} {FILLER}\n\n{FILLER}\n\n"
            "Der alte Radweg wird gesperrt\nVeröffentlicht am 02.03.2023\n")
    p = pub(text)
    assert p is not None and p.value == date(2023, 3, 14), p


def test_labelled_teasers_below_the_body_do_not_outrank_the_heads_date_line() -> None:
    text = (f"Bridge to be repaired\n14 March 2023\nJane Roe\n\n{FILLER_EN} {FILLER_EN}\n\n{FILLER_EN}\n\n"
            "New cycle path opens\nUpdated 2 March 2023\n\nHow the old bridge was built\nPublished 9 May 2021\n")
    p = pub(text)
    assert p is not None and p.value == date(2023, 3, 14), p


def test_a_label_below_the_body_still_wins_over_a_widget_above_the_headline() -> None:
    text = (f"Freitag, 3. Mai 2024\nStartseite\n\nBrücke wird saniert\nDie Arbeiten beginnen bald\n\n{FILLER} {FILLER}\n\n"
            "Veröffentlicht am 14.03.2023\n")
    p = pub(text)
    assert p is not None and p.value == date(2023, 3, 14), p


@pytest.mark.parametrize("header", ["3 thoughts on “Bridge to be repaired”", "One response to \"Bridge to be repaired\"",
                                    "2 Gedanken zu „Brücke wird saniert“", "5 Antworten"])
def test_a_comment_section_headed_with_the_quoted_title_dates_nothing(header: str) -> None:
    text = (f"Northbay notes\nHome\n\nBridge to be repaired\n\n{FILLER_EN}\n\n{FILLER}\n\n{header}\n\n"
            "Tom says:\nMarch 16, 2023 at 8:12 am\nGood news at last.\n")
    assert pub(text) is None


@pytest.mark.parametrize("line", ["Dieser Beitrag erschien zuerst am 9. Mai 2021 und wurde am 14. März 2023 überarbeitet.",
                                  "This story first appeared on May 9, 2021, and was revised on March 14, 2023."])
def test_a_note_of_first_appearance_gives_the_first_day(line: str) -> None:
    p = pub(f"Bridge to be repaired\n\n{line}\n\n{FILLER_EN}\n")
    assert p is not None and p.value == date(2021, 5, 9), p


@pytest.mark.parametrize("line", ["First published in 2019, this guide was updated on March 14, 2023.",
                                  "Erstmals erschienen 2019, zuletzt aktualisiert am 14.03.2023"])
def test_a_first_publication_year_makes_a_later_day_an_update(line: str) -> None:
    p = pub(f"Bridge to be repaired\n\n{line}\n\n{FILLER_EN}\n")
    assert p is None or p.precision != Precision.DAY, p
    # a first-publication year that is the day's own year says nothing against it
    p = pub(f"Bridge to be repaired\n\nFirst published in 2023, this guide was updated on March 14, 2023.\n\n{FILLER_EN}\n")
    assert p is not None and p.value == date(2023, 3, 14), p


def test_a_book_review_names_the_books_year_not_the_articles() -> None:
    p = pub(f"Ein Buch über Brücken\nVeröffentlicht am 14.03.2023\n\nErschienen 2019 im Nordhafener Verlag.\n\n{FILLER}\n")
    assert p is not None and p.value == date(2023, 3, 14), p


@pytest.mark.parametrize("head", ["Aktualisiert: 15.03.2023, 09:10 Uhr\nVon Anna Muster | 14.03.23, 16:02 Uhr",
                                  "Aktualisiert: 15.03.2023, 09:10 Uhr\nVon Anna Muster | 14.03.2023, 16:02 Uhr",
                                  "Updated March 15, 2023, 9:40 a.m.\nBy Jane Roe | March 14, 2023, 4:02 p.m."])
def test_an_update_stamp_above_the_bylines_earlier_stamp_is_the_later_version(head: str) -> None:
    p = pub(f"Brücke wird saniert\n{head}\n\n{FILLER}\n")
    assert p is not None and p.value == date(2023, 3, 14), p


def test_an_update_stamp_alone_or_before_a_later_stamp_stays_the_date() -> None:
    p = pub(f"Brücke wird saniert\nAktualisiert: 15.03.2023, 09:10 Uhr\n\n{FILLER}\n")
    assert p is not None and p.value == date(2023, 3, 15), p


@pytest.mark.parametrize("sentence", [
    "Anna Muster, geboren am 2. Mai 1931 in Nordhafen, ist am 10. März 2023 im Alter von 91 Jahren gestorben.",
    "Jane Roe, who ran the Northbay ferry for forty years, died on March 10, 2023, at her home.",
    "Am Freitag, 10. März 2023, starb der frühere Bürgermeister von Nordhafen."])
def test_the_day_someone_died_is_no_publication_date(sentence: str) -> None:
    p = pub(f"Nachruf\n\n{sentence} {FILLER}\n")
    assert p is None or p.value != date(2023, 3, 10), p


@pytest.mark.parametrize("sentence", [
    "Am Samstag, 15. April 2023, lädt der Heimatverein zum Brückenfest an den Fluss ein.",
    "Residents are invited to the bridge festival on Saturday, April 15, 2023, by the river."])
def test_an_invitation_to_a_day_to_come_is_no_publication_date(sentence: str) -> None:
    p = pub(f"Veranstaltungen\n\n{sentence} {FILLER}\n")
    assert p is None or p.value != date(2023, 4, 15), p


@pytest.mark.parametrize("title", ["Northbay votes on April 15, 2023: what you need to know",
                                   "Wahl am 15. April 2023: Was Sie wissen müssen"])
def test_a_previews_headline_names_a_day_to_come(title: str) -> None:
    p = pub(f"Wahl\n\n{title}\n\n{FILLER}\n")
    assert p is None or p.value != date(2023, 4, 15), p


@pytest.mark.parametrize("widget", ["Dienstag, 21. März 2023 | Nordhafen 9 °C", "Tuesday, March 21, 2023"])
def test_the_sites_date_widget_above_its_menu_is_no_publication_date(widget: str) -> None:
    menu = "Startseite\nPolitik\nSport\nKultur\n\n"
    p = pub(f"{widget}\n{menu}Brücke wird saniert\n\n{FILLER}\n\n{FILLER_EN}\n")
    assert p is None or p.value != date(2023, 3, 21), p
    p = pub(f"{widget}\n{menu}Brücke wird saniert\nVon Anna Muster\n14.03.2023\n\n{FILLER}\n")
    assert p is not None and p.value == date(2023, 3, 14), p


def test_a_date_line_above_the_headline_without_a_menu_below_it_is_still_the_articles() -> None:
    p = pub(f"Startseite\nPolitik\nSport\n\n14.03.2023\nBrücke wird saniert\n\n{FILLER}\n")
    assert p is not None and p.value == date(2023, 3, 14), p


@pytest.mark.parametrize("line", ["Bewerbungsschluss: 15.04.2023", "Nur bis 15.04.2023: alle Räder zum halben Preis",
                                  "Closing date: 15 April 2023", "Offer ends April 15, 2023"])
def test_a_deadline_is_no_publication_date(line: str) -> None:
    p = pub(f"Nordhafen\n\n{line}\n\n{FILLER}\n")
    assert p is None or p.value != date(2023, 4, 15), p


@pytest.mark.parametrize(("line", "day"), [("2023/03/14 16:02", date(2023, 3, 14)), ("Published 2023/03/14", date(2023, 3, 14))])
def test_a_year_first_slash_date_is_read_whole_not_from_its_last_digits(line: str, day: date) -> None:
    p = pub(f"Bridge to be repaired\n{line}\n\n{FILLER_EN}\n")
    assert p is not None and p.value == day, p


def test_a_clock_before_the_date_makes_a_timed_date_line() -> None:
    # "14:02, 14 MAR 2023" is the article's stamp; the update below it is a later version
    p = pub(f"Bridge to be repaired\nJane Roe\n16:02, 14 MAR 2023\nUpdated09:15, 15 MAR 2023\n\n{FILLER_EN}\n")
    assert p is not None and p.value == date(2023, 3, 14), p


@pytest.mark.parametrize("line", ["Zum Artikel „Brücke wird saniert“ vom 14.03.2023",
                                  "In response to “Bridge to be repaired” (March 14, 2023)"])
def test_the_day_of_the_article_a_letter_answers_is_not_the_letters(line: str) -> None:
    text = f"Leserbriefe\n\n{line}\n\n{FILLER}\n\nAnna Muster, Nordhafen\n"
    assert datelines.is_old(text, text.index("14"))  # never evidence of the day of writing
    letter = ("I have crossed this bridge every week for twenty years, as have many of my neighbours, and the "
              "new one is two bus rides away for anyone on our side of town. The council should think again.")
    p = pub(f"Letters\n\n{line}\n\n{letter}\n\nAnna Muster, Nordhafen\n")
    assert p is None or p.value != date(2023, 3, 14), p


def test_a_footers_link_list_with_a_terms_date_dates_nothing() -> None:
    p = pub(f"Bridge to be repaired\n\n{FILLER_EN}\n\n{FILLER_EN}\n\n"
            "About us | Contact | Terms of Use (updated January 1, 2023) | Privacy Policy\n")
    assert p is None or p.value != date(2023, 1, 1), p


@pytest.mark.parametrize(
    ("other", "day"),
    [
        ("The old bridge was closed on 14/02/2023 after an inspection.", date(2023, 4, 3)),  # day first
        ("The old bridge was closed on 02/14/2023 after an inspection.", date(2023, 3, 4)),  # month first
    ],
)
def test_another_numeric_date_of_the_page_decides_the_order_of_its_date_line(other: str, day: date) -> None:
    p = pub(f"Bridge to be repaired\nDate: 03/04/2023\n\n{other} {FILLER_EN}\n")
    assert p is not None and p.value == day, p
    # dates that disagree settle nothing
    p = pub(f"Bridge to be repaired\nDate: 03/04/2023\n\nClosed on 14/02/2023 and on 02/15/2023. {FILLER_EN}\n")
    assert p is None or p.precision != Precision.DAY, p
