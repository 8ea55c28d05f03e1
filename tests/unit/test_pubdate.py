"""Publication dates inferred from the text and from other articles of the same story."""

from __future__ import annotations

from datetime import date

from desktop.core.model import DateSource, Document, Precision
from desktop.core.pipeline import make_article, resolve_published


def art(text: str, name: str):
    return make_article(Document(path=name, text=text, format="text"))


def test_latest_named_day_dates_an_article_without_header() -> None:
    a = art("Die Stadt Nordhafen wurde in der Nacht zum 9. April 2025 von einem Sturm getroffen. "
            "Die Feuerwehr war im Einsatz.\n", "a.txt")
    pub = resolve_published([a])[a.id]
    assert pub is not None and pub.value == date(2025, 4, 9) and pub.source == DateSource.TEXT


def test_weekday_resolved_against_the_story_of_a_sibling_with_a_date() -> None:
    dated = art("Stand: 10.04.2025 08:00 Uhr\nNach dem Sturm in Nordhafen beginnen die Aufräumarbeiten. "
                "Der Bürgermeister Jonas Weber dankte den Helfern.\n", "dated.txt")
    sibling = art("date 2025-04\nDer Bürgermeister Jonas Weber hat am Dienstag die Schäden des Sturms in "
                  "Nordhafen besichtigt.\n", "sibling.txt")
    pubs = resolve_published([dated, sibling])
    assert pubs[dated.id] is not None and pubs[dated.id].value == date(2025, 4, 10)
    p = pubs[sibling.id]
    assert p is not None
    assert p.value == date(2025, 4, 8)  # the Tuesday on or before the story's date
    assert p.source == DateSource.INFERRED and p.precision == Precision.DAY


def test_month_header_is_kept_as_a_month_when_nothing_refines_it() -> None:
    a = art("date 2025-04\nDer Stadtrat von Nordhafen berät über den Haushalt.\n", "m.txt")
    p = resolve_published([a])[a.id]
    assert p is not None and p.precision == Precision.MONTH and p.value == date(2025, 4, 1)
    assert p.source == DateSource.METADATA


def test_user_date_wins() -> None:
    a = art("Stand: 10.04.2025 08:00 Uhr\nEin Text.\n", "u.txt")
    p = resolve_published([a], {a.id: date(2025, 4, 12)})[a.id]
    assert p is not None and p.value == date(2025, 4, 12) and p.source == DateSource.USER


def test_nothing_to_go_on_stays_unknown() -> None:
    a = art("Der Stadtrat berät über den Haushalt. Die Sitzung ist öffentlich.\n", "n.txt")
    assert resolve_published([a])[a.id] is None


def test_year_named_in_passing_does_not_date_an_article_of_a_later_batch() -> None:
    dated = art("date 2025-06-20\nDer Stadtrat von Nordhafen hat am Donnerstag den Haushalt beschlossen.\n", "d.txt")
    undated = art("Im März 2019 hatte der Stadtrat von Nordhafen zuletzt gestritten. Am 18. Juni legte "
                  "die Bürgermeisterin Jana Ost den Haushalt vor, am Donnerstag stimmte der Stadtrat zu.\n", "u.txt")
    p = resolve_published([dated, undated])[undated.id]
    assert p is not None and p.value.year == 2025
    assert p.value >= date(2025, 6, 18)


def test_article_without_any_date_takes_the_date_of_the_same_report() -> None:
    report = ("Feuerwehr und Technisches Hilfswerk haben in Nordhafen die Deiche nach dem Sturm gesichert, "
              "teilte die Stadtverwaltung mit. Bürgermeister Jonas Weber dankte allen Helferinnen und Helfern "
              "für ihren unermüdlichen Einsatz in den vergangenen Nächten.")
    a = art("Stand: 10.04.2025 08:00 Uhr\n" + report + " Die Schäden werden noch geschätzt.\n", "a.txt")
    b = art("date 2025-06-02\nIn Südheim eröffnet die neue Bibliothek mit Lesungen für Kinder.\n", "b.txt")
    c = art(report + " Weitere Einsätze sind nicht geplant.\n", "c.txt")
    p = resolve_published([a, b, c])[c.id]
    assert p is not None and p.value == date(2025, 4, 10) and p.source == DateSource.INFERRED


def test_same_topic_in_other_words_gives_no_date() -> None:
    a = art("Stand: 10.04.2025 08:00 Uhr\nNach dem Sturm in Nordhafen räumen Feuerwehr und Technisches "
            "Hilfswerk die Deiche. Bürgermeister Jonas Weber dankte den Helfern am Deich.\n", "a.txt")
    c = art("Feuerwehr und Technisches Hilfswerk räumen in Nordhafen weiter die Deiche nach dem Sturm. "
            "Jonas Weber lobte die Helfer.\n", "c.txt")
    assert resolve_published([a, c])[c.id] is None


def test_event_dated_by_weekday_here_and_by_calendar_elsewhere_dates_the_article() -> None:
    dated = art("Stand: 14.06.2025 09:00 Uhr\nNach der Bürgermeisterwahl vom 1. Juni hat Jana Ost "
                "am Freitag ihr Amt angetreten.\n", "dated.txt")
    undated = art("Jana Ost hat die Bürgermeisterwahl am Sonntag klar gewonnen. Am Montag dankte sie "
                  "ihren Wählerinnen und Wählern. Im März 2019 war sie schon einmal angetreten.\n", "undated.txt")
    p = resolve_published([dated, undated])[undated.id]
    assert p is not None
    assert p.value == date(2025, 6, 2)  # the Monday after the Sunday election of 1 June 2025
    assert p.source == DateSource.INFERRED


def test_future_dates_are_no_lower_bound() -> None:
    a = art("Der Stadtrat von Nordhafen hat am 3. Juni 2025 den Haushalt beschlossen. Die nächste Sitzung "
            "soll am 30. September 2025 stattfinden.\n", "f.txt")
    p = resolve_published([a])[a.id]
    assert p is not None and p.value == date(2025, 6, 3)


def test_weekday_alone_does_not_guess_the_week() -> None:
    a = art("Der Stadtrat von Nordhafen hat am Mittwoch den Haushalt beschlossen. Der Entwurf war am "
            "3. Februar 2025 vorgestellt worden.\n", "w.txt")
    assert resolve_published([a])[a.id] is None


def test_weekdays_are_placed_by_the_same_story_not_by_another_of_the_same_weeks() -> None:
    storm = art("Stand: 12.04.2025 08:00 Uhr\nNach dem Sturm über Nordhafen sind die Deiche gesichert. "
                "Feuerwehr und Hilfswerk beenden ihren Einsatz an der Küste von Nordhafen.\n", "storm.txt")
    other = art("Stand: 05.04.2025 10:00 Uhr\nIn Südheim eröffnet die neue Bibliothek. Die Stadtbücherei "
                "zeigt Bücher, Filme und Spiele für Kinder.\n", "other.txt")
    undated = art("Der Sturm hat am Dienstag die Küste von Nordhafen getroffen. Feuerwehr und Hilfswerk "
                  "sicherten die Deiche. Zuletzt war Nordhafen am 28. März 2025 überflutet worden.\n", "u.txt")
    p = resolve_published([storm, other, undated])[undated.id]
    assert p is not None and p.value == date(2025, 4, 8)  # the Tuesday before the storm story's date


def test_weekday_placed_by_a_report_of_the_same_story_in_the_other_language() -> None:
    # five names in common: too few for the same story in one language, enough across two
    de = art("Stand: 19.06.2025 21:10 Uhr\nNach dem Treffen in Nordhafen hat Bürgermeisterin Jana Ost mit "
             "Landrat Tom Berg und dem Reeder Paul Wendt über die Werft gesprochen. Dabei waren auch "
             "Gewerkschafterin Ida Roth, Kapitän Ole Sund, Stadträtin Uta Kern, Pastor Jens Falk, "
             "Lotse Kai Brandt und Ingenieurin Lena Vogt. Die Hafenbehörde, die Wasserschutzpolizei und "
             "die Handelskammer begrüßten das Gespräch.\n", "de.txt")
    en = art("Mayor Jana Ost met county head Tom Berg and owner Paul Wendt in Nordhafen on Friday to talk "
             "about the shipyard, a week after the proposal of June 11, 2025. Officials from Harbourtown, "
             "Westbay, Eastport, Lakeside, Riverton, Hillcrest, Northgate, Southend, Bridgeport, Clearwater, "
             "Greenfield and Stonebridge followed the talks.\n", "en.txt")
    p = resolve_published([de, en])[en.id]
    assert p is not None and p.value == date(2025, 6, 13)  # the Friday on or before the German report
    assert resolve_published([en])[en.id] is None  # alone: which Friday after 11 June?


def test_an_embedded_posts_day_bounds_a_sibling_of_the_story_but_is_not_its_day() -> None:
    story = ("The council of Northbay voted after a long debate to repair the old bridge over the river, and "
             "Mayor Jonas Weber said the work on Harbour Road and Mill Lane would start in the summer.\n\n")
    dated = art(f"Bridge to be repaired\nMarch 14, 2023\n\n{story}", "dated.txt")
    quoting = art(f"Northbay bridge vote\n\n{story}"
                  "The bridge is closed to lorries from today. pic.twitter.com/a1b2c3\n"
                  "— Northbay Council (@northbaycouncil) March 13, 2023\n\n"
                  "Drivers were asked to use the ring road while Weber's team inspects Harbour Road and Mill Lane.\n",
                  "quoting.txt")
    p = resolve_published([dated, quoting])[quoting.id]
    assert p is None or p.value != date(2023, 3, 13), p
