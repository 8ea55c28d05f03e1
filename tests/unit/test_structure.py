"""Structure analysis: article parts versus page furniture, in texts we wrote ourselves."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.language import detect_language
from desktop.core.model import ARTICLE_REGION_KINDS, DateSource, Precision
from desktop.core.structure import TextStructure, analyse_structure, content_key, first_chars_lookahead

P1 = (
    "Die Außenminister beider Länder haben ihr Treffen in Genf am Dienstag überraschend vertagt, "
    "ein neuer Termin soll in den kommenden Wochen gefunden werden."
)
P2 = (
    "Beide Seiten betonten am Abend, die Gespräche seien keineswegs gescheitert, man wolle die "
    "Vorbereitung aber gründlicher angehen und auch die Nachbarstaaten einbeziehen."
)
P3 = (
    "Beobachter in der Hauptstadt sehen darin ein Zeichen, dass eine Einigung noch fern ist und "
    "viele Fragen zu Grenzen und Garantien weiterhin offen bleiben."
)


def kind_of(st: TextStructure, text: str, needle: str) -> str:
    """The region kind at the first occurrence of ``needle``."""
    at = text.index(needle)
    for r in st.regions:
        if r.start <= at < r.end:
            return r.kind
    raise AssertionError(f"{needle!r} not covered")


def kinds(text: str, *needles: str) -> list[str]:
    st = analyse_structure(text)
    return [kind_of(st, text, n) for n in needles]


def assert_covering(text: str, st: TextStructure) -> None:
    pos = 0
    for r in st.regions:
        assert r.start == pos and r.end > r.start
        pos = r.end
    assert pos == len(text)


def test_regions_cover_text_sorted_and_disjoint() -> None:
    text = f"Startseite Politik\n\nGipfel in Genf vertagt\n\n{P1}\n\nFoto: Anna Beispiel/dpa\n\n{P2}\n\n{P3}\n\ndpa"
    st = analyse_structure(text)
    assert_covering(text, st)


def test_empty_and_blank_texts() -> None:
    assert analyse_structure("").regions == ()
    st = analyse_structure("  \n\n ")
    assert_covering("  \n\n ", st)


def test_navigation_menu_at_top() -> None:
    text = f"Mobiles Menü schließen\nStartseite Nachrichten\nZum Inhalt springen\n\nGipfel in Genf vertagt\n\n{P1}\n\n{P2}"
    assert kinds(text, "Mobiles Menü", "Startseite", "Zum Inhalt", "Gipfel", "Die Außenminister") == [
        "menu", "menu", "menu", "title", "lead"
    ]


def test_tracking_junk_and_cookie_banner_are_menu() -> None:
    cookie = (
        "Wir verwenden Cookies und ähnliche Techniken, um Inhalte zu personalisieren. "
        "Mit Ihrer Zustimmung teilen wir Daten mit Partnern."
    )
    text = f"matomo noscript img\n\n{cookie}\n\nGipfel in Genf vertagt\n\n{P1}\n\n{P2}"
    assert kinds(text, "matomo", "Wir verwenden Cookies", "Gipfel") == ["menu", "menu", "title"]


def test_footer_after_article() -> None:
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{P3}\n\nImpressum | Datenschutz | Kontakt\n© 2025 Beispielverlag, alle Rechte vorbehalten"
    assert kinds(text, "Impressum", "© 2025") == ["footer", "footer"]
    assert kind_of(analyse_structure(text), text, "Beobachter") == "body"


def test_photo_caption_and_credit() -> None:
    text = (
        f"Gipfel in Genf vertagt\n\n{P1}\n\n"
        "Die Minister vor dem Tagungsort am Genfer See. (Archivbild)\nFoto: Anna Beispiel/XYZ/dpa\n\n"
        "Blick auf den See am Morgen Foto: Bernd Muster/Agentur\n\n"
        f"{P2}\n\nBild: Carla Probe\n\n© Beispiel-Agentur\n\n{P3}"
    )
    assert kinds(
        text, "Die Minister vor", "Foto: Anna", "Blick auf den See", "Foto: Bernd", "Bild: Carla", "© Beispiel", "Beide Seiten", "Beobachter"
    ) == ["caption", "credit", "caption", "credit", "credit", "credit", "body", "body"]


def test_donation_appeal_and_its_heading() -> None:
    appeal = (
        "Unabhängigen Journalismus gibt es nicht umsonst. Unsere Artikel sind frei zugänglich, "
        "ohne Paywall, weil viele Leserinnen und Leser uns freiwillig unterstützen. Jetzt unterstützen"
    )
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{P3}\n\nWir brauchen Sie\n\n{appeal}"
    st = analyse_structure(text)
    assert kind_of(st, text, "Unabhängigen Journalismus") == "donation"
    assert kind_of(st, text, "Wir brauchen Sie") == "donation"
    assert kind_of(st, text, "Beobachter") == "body"
    assert st.regions[-1].kind == "donation"


def test_ordinary_support_sentence_is_not_a_donation_appeal() -> None:
    body = "Die Regierung will die Ukraine weiter unterstützen; die Unterstützung koste 500 Millionen Euro im Jahr."
    text = f"Hilfe für Kiew\n\n{P1}\n\n{body}\n\n{P2}"
    assert kinds(text, "Die Regierung will") == ["body"]


def test_related_box_and_inline_read_also() -> None:
    text = (
        f"Gipfel in Genf vertagt\n\n{P1}\n\nLesen Sie auch: Was der Streit um Grenzen bedeutet\n\n{P2}\n\n{P3}\n\n"
        "Das könnte Sie auch interessieren\n\nWahl in Nachbarland verschoben\n\nNeue Sanktionen beschlossen"
    )
    assert kinds(text, "Lesen Sie auch", "Das könnte", "Wahl in Nachbarland", "Neue Sanktionen", "Beide Seiten") == [
        "related", "related", "related", "related", "body"
    ]


def test_reader_comments_to_the_end() -> None:
    text = (
        f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{P3}\n\n12 Kommentare\n\n"
        "  • Das habe ich schon lange gesagt, die Minister reden nur.\n\n"
        "    • @leser_42:\n\n      Sehe ich anders, die Gespräche am Montag waren wichtig.\n"
    )
    st = analyse_structure(text)
    assert [kind_of(st, text, n) for n in ("12 Kommentare", "Das habe ich", "@leser_42", "am Montag waren")] == ["comments"] * 4
    assert st.regions[-1].kind == "comments" and st.regions[-1].end == len(text)
    assert kind_of(st, text, "Beobachter") == "body"


def test_english_comments_related_and_byline() -> None:
    p1 = "The foreign ministers of both countries postponed their meeting in Geneva on Tuesday, officials said in a statement."
    p2 = "Both sides stressed that the talks had not failed and that a new date would be found within the coming weeks."
    text = f"Share this article\n\nTalks in Geneva postponed\n\nBy Jane Example\n\n{p1}\n\n{p2}\n\nRelated\n\nWhat the border dispute means\n\n3 comments\n\nGreat article!"
    assert kinds(text, "Share this", "Talks in Geneva", "By Jane", "Related", "What the border", "3 comments", "Great") == [
        "menu", "title", "metadata", "related", "related", "comments", "comments"
    ]
    assert detect_language(text) == "en"


def test_agency_signoff_is_metadata() -> None:
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{P3}\n\n(dpa/AFP)"
    st = analyse_structure(text)
    assert kind_of(st, text, "(dpa/AFP)") == "metadata"
    assert st.outlet == "dpa/AFP"
    text2 = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2} (dpa)"
    st2 = analyse_structure(text2)
    assert kind_of(st2, text2, "(dpa)") == "metadata"
    assert kind_of(st2, text2, "Beide Seiten") == "body"


def test_title_lead_headings_body() -> None:
    text = f"Gipfel in Genf vertagt\n\nDie Minister wollen sich später erneut treffen.\n\n{P1}\n\nWas jetzt folgt\n\n{P2}\n\n{P3}"
    st = analyse_structure(text)
    assert st.title == "Gipfel in Genf vertagt"
    assert kinds(text, "Gipfel", "Die Minister wollen", "Die Außenminister", "Was jetzt folgt", "Beide Seiten") == [
        "title", "lead", "body", "heading", "body"
    ]


def test_text_starting_with_body_has_no_title() -> None:
    text = f"{P1}\n\n{P2}\n\nWas jetzt folgt\n\n{P3}"
    st = analyse_structure(text)
    assert st.title is None
    assert kinds(text, "Die Außenminister", "Was jetzt folgt") == ["body", "heading"]


def test_hard_wrapped_plain_text_is_not_cut_into_headings() -> None:
    wrapped = (
        "Die Außenminister beider Länder haben ihr Treffen\n"
        "in Genf am Dienstag überraschend vertagt, ein neuer\n"
        "Termin soll in den kommenden Wochen gefunden werden.\n"
    )
    text = f"{wrapped}\n{wrapped}"
    st = analyse_structure(text)
    assert st.title is None
    assert {r.kind for r in st.regions} == {"body"}


# --- metadata header lines ----------------------------------------------------------


def test_month_metadata_line_and_agencies() -> None:
    text = f" date 2025-02 Von: Agentur A/dpa/AFP\n\n{P1}\n\n{P2}"
    st = analyse_structure(text)
    assert kind_of(st, text, "date 2025") == "metadata"
    assert kind_of(st, text, "Von:") == "metadata"
    assert st.published is not None
    assert (st.published.value, st.published.precision, st.published.source) == (date(2025, 2, 1), Precision.MONTH, DateSource.METADATA)
    assert st.outlet == "Agentur A/dpa/AFP"
    assert st.title is None


def test_metadata_parts_around_a_title_on_one_line() -> None:
    text = f" date 2025-05 Gipfel in Genf vertagt Stand: 17.05.2025 19:54 Uhr\n\n{P1}\n\n{P2}"
    st = analyse_structure(text)
    assert st.title == "Gipfel in Genf vertagt"
    assert kinds(text, "date 2025", "Gipfel", "Stand:", "19:54", "Die Außenminister") == [
        "metadata", "title", "metadata", "metadata", "lead"
    ]
    assert st.published is not None
    assert (st.published.value, st.published.precision) == (date(2025, 5, 17), Precision.DAY)
    assert "17.05.2025" in st.published.evidence


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Stand: 03.04.2025 08:10 Uhr", date(2025, 4, 3)),
        ("Veröffentlicht am 4. März 2025, 14:30 Uhr", date(2025, 3, 4)),
        ("Aktualisiert: 2025-03-05", date(2025, 3, 5)),
        ("12. Februar 2025", date(2025, 2, 12)),
        ("Published February 11, 2025", date(2025, 2, 11)),
    ],
)
def test_date_header_lines(line: str, expected: date) -> None:
    text = f"Gipfel in Genf vertagt\n{line}\n\n{P1}\n\n{P2}"
    st = analyse_structure(text)
    assert kind_of(st, text, line[:6]) == "metadata"
    assert st.published is not None and st.published.value == expected
    assert st.title == "Gipfel in Genf vertagt"


def test_bylines_and_reading_time() -> None:
    text = f"Gipfel in Genf vertagt\n\nVon Anna Beispiel und Bernd Muster\n\nLesezeit: 3 Min.\n\n{P1}\n\n{P2}"
    assert kinds(text, "Von Anna", "Lesezeit") == ["metadata", "metadata"]


@pytest.mark.parametrize(
    "prefix, outlet",
    [("Genf (dpa) - ", "dpa"), ("Kyjiw taz | ", "taz"), ("Genf/Bern (AFP) – ", "AFP"), ("GENEVA (Reuters) - ", "Reuters")],
)
def test_datelines(prefix: str, outlet: str) -> None:
    text = f"Gipfel in Genf vertagt\n\n{prefix}{P1}\n\n{P2}"
    st = analyse_structure(text)
    assert kind_of(st, text, prefix.strip()) == "metadata"
    assert kind_of(st, text, "Die Außenminister") in {"lead", "body"}
    assert st.outlet == outlet


def test_nothing_marked_in_a_clean_article() -> None:
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{P3}"
    st = analyse_structure(text)
    assert all(r.kind in ARTICLE_REGION_KINDS for r in st.regions)


# --- content key and language -------------------------------------------------------


def test_content_key_ignores_layout_case_quotes() -> None:
    a = "Gipfel in Genf\n\nDie Minister sagten: „Wir reden weiter.“"
    b = "  gipfel in genf  Die Minister sagten: \"Wir reden weiter.\"\r\n"
    assert content_key(a) == content_key(b)
    assert content_key(a) != content_key(a + " Noch ein Satz.")
    assert content_key(a) == content_key(a)  # stable
    assert len(content_key(a)) >= 16


def test_language_detection() -> None:
    assert detect_language(P1) == "de"
    assert detect_language("The ministers said that the talks would continue in the spring.") == "en"
    assert detect_language("") == "de"


# --- the shared seed articles (read at run time, never copied) ----------------------

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"  # ../shared beside the repository


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed articles not present")
def test_seed_articles_regions_are_well_formed() -> None:
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        st = analyse_structure(text)
        assert_covering(text, st)
        body = [r for r in st.regions if r.kind == "body"]
        assert body, f.name
        # the article proper is the larger part of every seed except the one with a comment section
        assert sum(r.end - r.start for r in st.regions if r.is_article) > 0.3 * len(text)


@pytest.mark.skipif(not (SEEDS / "003_d4293d04e82556b9.txt").is_file(), reason="seed 003 not present")
def test_seed_003_tail_after_donation_appeal_is_furniture() -> None:
    text = (SEEDS / "003_d4293d04e82556b9.txt").read_text(encoding="utf-8")
    st = analyse_structure(text)
    cut = 4823  # the donation appeal's heading begins here
    assert all(not r.is_article for r in st.regions if r.end > cut)
    assert any(r.is_article for r in st.regions if r.start < cut - 100)


def test_breadcrumb_line_is_menu() -> None:
    text = f"Nachrichten › Welt › Ukraine-Krieg\n\nGipfel in Genf vertagt\n\n{P1}\n\n{P2}"
    assert kinds(text, "Nachrichten ›", "Gipfel") == ["menu", "title"]


def test_long_unbroken_text_is_not_taken_for_a_donation_appeal() -> None:
    # A PDF page: one long run of short lines, mentioning support, readers and euros far apart.
    lines = [
        "Die Regierung will die Partner weiter unterstützen,",
        "wie der Sprecher am Montag in Berlin sagte.",
    ] * 20 + ["Die Kosten liegen bei 500 Euro pro Kopf,", "berichtet die Community der Fachleute."] + [
        "Viele Leser fragen sich, wie es weitergeht.",
    ] * 5
    text = "\n".join(lines)
    st = analyse_structure(text)
    assert all(r.is_article for r in st.regions)


MESSY = """\
Zum Inhalt springen
Menü
Suche
Abo
Anmelden

Politik › Ausland › Nahost

Waffenruhe
Verhandlungen in Kairo gehen weiter

Die Delegationen wollen am Wochenende erneut zusammenkommen. Ein Durchbruch gilt als unwahrscheinlich.

Von Erika Beispiel
12. März 2025, 18:04 Uhr
Lesezeit: 4 Min.

Teilen
Facebook WhatsApp E-Mail

Unterhändler am Verhandlungsort in Kairo. (Symbolbild)
Foto: Max Muster/picture alliance/dpa

Kairo (dpa) - Die Gespräche über eine Waffenruhe sind am Mittwoch ohne Ergebnis zu Ende gegangen. Beide Seiten hätten aber zugesagt, am Samstag weiterzuverhandeln, hieß es aus Kreisen der Vermittler.

Anzeige

Nach Angaben der Vermittler geht es vor allem um die Dauer der Feuerpause und um den Austausch von Gefangenen. Ein Sprecher sagte, man sei "vorsichtig optimistisch".

Lesen Sie auch: Warum die Vermittler so wichtig sind

Was die Vermittler fordern

Die Vermittler verlangen von beiden Seiten Zugeständnisse. Ohne eine Einigung bis Ende März drohe eine neue Eskalation, warnte ein Diplomat am Abend.

jbo/dpa

Unabhängig und kritisch
Guter Journalismus kostet Geld. Mit einem Abo unterstützen Sie unsere Redaktion. Jetzt abonnieren

Mehr zum Thema
Hintergrund: Die Geschichte der Vermittlung
Kommentar: Es braucht mehr Druck

Impressum Datenschutz Kontakt Cookie-Einstellungen
© 2025 Beispielzeitung
"""


def test_messy_german_page_copy() -> None:
    st = analyse_structure(MESSY)
    k = lambda needle: kind_of(st, MESSY, needle)  # noqa: E731
    assert st.title == "Verhandlungen in Kairo gehen weiter"
    assert st.outlet == "dpa"
    assert st.published is not None and st.published.value == date(2025, 3, 12)
    expected = {
        "Zum Inhalt springen": "menu", "Anmelden": "menu", "Politik ›": "menu", "Waffenruhe": "heading",
        "Verhandlungen in Kairo": "title", "Die Delegationen wollen": "lead", "Von Erika": "metadata",
        "12. März 2025": "metadata", "Lesezeit": "metadata", "Teilen": "menu", "Facebook": "menu",
        "Unterhändler am": "caption", "Foto: Max": "credit", "Kairo (dpa) -": "metadata",
        "Die Gespräche über": "body", "Anzeige": "menu", "Nach Angaben": "body", "Lesen Sie auch": "related",
        "Was die Vermittler fordern": "heading", "Die Vermittler verlangen": "body", "jbo/dpa": "metadata",
        "Unabhängig und kritisch": "donation", "Guter Journalismus": "donation", "Mehr zum Thema": "related",
        "Hintergrund: Die": "related", "Impressum": "footer", "© 2025": "footer",
    }
    assert {n: k(n) for n in expected} == expected


MESSY_EN = """\
Skip to main content
Home | World | Politics | Business
Sign in
Subscribe

Talks in Cairo to resume on Saturday

Negotiators from both sides will meet again at the weekend, but few expect a breakthrough.

By John Example and Mary Sample
Published March 12, 2025 at 6:04 p.m. ET
5 min read

Negotiators arrive at the venue in Cairo. (File photo)
Photo: Jane Doe/Reuters

CAIRO (Reuters) - Talks on a ceasefire ended on Wednesday without a result, but both sides agreed to continue on Saturday, according to people familiar with the matter.

Advertisement

The mediators said the main issues were the length of the pause and the exchange of prisoners. A spokesman said he was "cautiously optimistic".

Read more: Why the mediators matter

What the mediators want

The mediators are asking both sides for concessions. Without a deal by the end of March, a new escalation is likely, a diplomat warned in the evening.

Reporting by John Example; Editing by Mary Sample

Support our journalism. Become a subscriber today and get unlimited access.

Most read

Storm hits coast
Markets fall again

12 comments

alice_b: This will not end well.
Reply

Privacy policy | Terms of use | Contact us
© 2025 Example News. All rights reserved.
"""


def test_messy_english_page_copy() -> None:
    st = analyse_structure(MESSY_EN)
    k = lambda needle: kind_of(st, MESSY_EN, needle)  # noqa: E731
    assert st.title == "Talks in Cairo to resume on Saturday"
    assert st.outlet == "Reuters"
    assert st.published is not None and st.published.value == date(2025, 3, 12)
    expected = {
        "Skip to main": "menu", "Home | World": "menu", "Subscribe": "menu", "Talks in Cairo": "title",
        "Negotiators from": "lead", "By John": "metadata", "Published March": "metadata", "5 min read": "metadata",
        "Negotiators arrive": "caption", "Photo: Jane": "credit", "CAIRO (Reuters) -": "metadata",
        "Talks on a ceasefire": "body", "Advertisement": "menu", "Read more:": "related",
        "What the mediators want": "heading", "Reporting by": "metadata", "Support our journalism": "donation",
        "Most read": "related", "Storm hits": "related", "12 comments": "comments", "alice_b": "comments",
        "Reply": "comments", "Privacy policy": "footer", "© 2025 Example": "footer",
    }
    assert {n: k(n) for n in expected} == expected


def test_title_ending_in_a_regnal_number_is_a_title() -> None:
    text = "Stand: 08.05.2025 20:15 Uhr\n\nRauch über Rom: Der neue Papst heißt Leo XIV.\n\nDie Kardinäle haben gewählt. Der neue Papst stammt aus Chicago.\n"
    assert analyse_structure(text).title == "Rauch über Rom: Der neue Papst heißt Leo XIV."


def test_a_long_list_of_short_items_is_a_menu_not_article() -> None:
    toc = ("Sunny Spells | Library Reopens | Harbour Fees | School Bus | Old Mill | Town Hall | Bridge Repairs | "
           "Night Market | Rail Strike | Farm Report | Late Snow | Chess Club")
    text = f"Riverside Daily: Monday\n\n{toc}\n\n{P1}\n\n{P2}"
    assert kinds(text, "Sunny Spells", "Die Außenminister") == ["menu", "lead"]


@pytest.mark.parametrize("stamp", ["This was published 3 months ago", "Updated 2 hours ago", "Aktualisiert vor 5 Stunden"])
def test_a_relative_stamp_is_metadata(stamp: str) -> None:
    text = f"Gipfel in Genf vertagt\n\n{stamp}\n\n{P1}\n\n{P2}"
    assert kinds(text, stamp) == ["metadata"]


def test_an_embedded_post_and_its_signature_are_not_article_text() -> None:
    post = "Der Pegel steigt weiter, die Brücke ist gesperrt. https://t.co/AbCdEf123pic.twitter.com/XyZ"
    signature = "— Wetterbeobachter Nord (@wetter_nord) May 19, 2025"
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{post}\n{signature}\n\n{P2}"
    assert kinds(text, "Der Pegel", "— Wetterbeobachter") == ["caption", "caption"]


def test_a_broadcast_line_is_metadata() -> None:
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\nSendung: Abendnachrichten, 27.10.2023 19:00 Uhr\n\n{P2}"
    assert kinds(text, "Sendung:") == ["metadata"]


def test_a_photo_line_with_photographer_and_outlet_in_brackets_is_a_credit() -> None:
    caption = "Die Bürgermeisterin eröffnete am Freitag, 3. Mai, den neuen Hafen, um ihn zu besichtigen..."
    credit = "Die Bürgermeisterin(Anna Beispiel | Stadtbote)"
    text = f"Gipfel in Genf vertagt\n\n{caption}\n{credit}\n\n{P1}\n\n{P2}"
    assert kinds(text, "Die Bürgermeisterin eröffnete", "Die Bürgermeisterin(") == ["caption", "credit"]


def test_hover_cards_inside_a_sentence_are_not_article_text() -> None:
    line = ("Mayor Anna Berg Anna BergHarbour fees rise again Council votes on budget MORE and her deputy "
            "on Saturday opened the new ferry terminal.")
    text = f"Ferry terminal opens\n\n{line}\n\n{P1}\n\n{P2}"
    st = analyse_structure(text)
    assert kind_of(st, text, "Harbour fees") == "related"
    assert kind_of(st, text, "on Saturday opened") in ARTICLE_REGION_KINDS
    assert kind_of(st, text, "Mayor Anna Berg") in ARTICLE_REGION_KINDS


def test_a_breadcrumb_that_lost_its_separators_is_no_title() -> None:
    text = f"Startseite Inland Bayern Nordhafen\n\nDamm bei Nordhafen hält dem Hochwasser stand\n\n{P1}\n\n{P2}"
    st = analyse_structure(text)
    assert st.title == "Damm bei Nordhafen hält dem Hochwasser stand"
    assert kind_of(st, text, "Startseite") != "body"


def test_a_kicker_on_the_line_above_the_headline_is_not_the_title() -> None:
    text = f"Hochwasser in Nordhafen\nDer Damm hält, die Altstadt bleibt trocken\n\n{P1}\n\n{P2}"
    assert analyse_structure(text).title == "Der Damm hält, die Altstadt bleibt trocken"
    # a short headline over its lead paragraph stays the title
    text = f"Gipfel in Genf vertagt\n\nDie Minister wollen sich später erneut treffen.\n\n{P1}"
    assert analyse_structure(text).title == "Gipfel in Genf vertagt"


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("Anna Roe in Genf\nMo 03.06.2024 14.31 MESZ", "Anna Roe"),
        ("03.06.2024, 14:31 Uhr\nAnna Roe, Genf", "Anna Roe"),
        ("Anna Roe, Genf 03.06.2024, 14.31 Uhr 4 min", "Anna Roe"),
        ("By Anna Roe · June 3, 2024", "Anna Roe"),
        ("03.06.2024, 14:31 Uhr · Von Anna Roe", "Anna Roe"),
    ],
)
def test_a_byline_without_von_beside_the_date_line_is_metadata(block: str, name: str) -> None:
    text = f"Politik\n\nTreffen in Genf vertagt\n{block}\n\n{P1} {P2}\n\n{P3}\n"
    assert kind_of(analyse_structure(text), text, name) == "metadata"


def test_a_name_like_line_without_a_date_line_beside_it_stays_text() -> None:
    # a kicker or a sub-heading that happens to start with a first name is no byline
    text = f"Politik\n\nAnna Roe in Genf\n\n{P1} {P2}\n\n{P3}\n"
    assert kind_of(analyse_structure(text), text, "Anna Roe") != "metadata"


@pytest.mark.parametrize(
    "line",
    ["Diese Nachricht wurde am 03.06.2024 im Programm Inforadio gesendet.",
     "This article was first published on June 3, 2024."],
)
def test_a_closing_publication_note_is_metadata_not_text(line: str) -> None:
    body = f"{P1} {P2}\n\n{P3}" if line.startswith("Diese") else (
        "The foreign ministers of both countries postponed their meeting in Geneva on Tuesday, and a new "
        "date is to be found in the coming weeks.\n\nBoth sides stressed that the talks had not failed, "
        "but that they wanted to prepare them more thoroughly and include the neighbouring states.")
    text = f"Treffen in Genf vertagt\n\n{body}\n\n{line}\n"
    assert kind_of(analyse_structure(text), text, line[:12]) == "metadata"


def test_a_dateline_with_its_date_before_the_agency_is_metadata() -> None:
    text = f"Treffen in Genf vertagt\n\nGenf, 3.6.2024 (APA) – {P1} {P2}\n\n{P3}\n"
    st = analyse_structure(text)
    assert kind_of(st, text, "Genf, 3.6") == "metadata" and kind_of(st, text, "Die Außenminister") != "metadata"


def test_a_headline_made_of_a_name_and_a_place_is_no_byline() -> None:
    text = f"Politik\n\nAnna Roe in Genf\n03.06.2024, 14:31 Uhr\n\n{P1} {P2}\n\n{P3}\n"
    st = analyse_structure(text)
    assert kind_of(st, text, "Anna Roe") != "metadata"


@pytest.mark.parametrize(
    "teaser",
    ["Video\nSo sieht die Brücke heute aus\n02.06.2024 | 20:00 Uhr", "Neue Bilder vom Damm\nDatum: 02.06.2024\n2:14 min"],
)
def test_a_clips_teaser_is_no_part_of_the_article(teaser: str) -> None:
    text = f"Treffen in Genf vertagt\n03.06.2024 | 14:31\n\n{teaser}\n\n{P1} {P2}\n\n{P3}\n"
    st = analyse_structure(text)
    assert kind_of(st, text, "02.06.2024") == "related"
    assert kind_of(st, text, "03.06.2024") == "metadata"


@pytest.mark.parametrize("text, lang", [
    ("Dry weather will last through Wednesday evening, county officials warned.", "en"),
    ("Heavy rain could hit the valley while crews must clear the roads.", "en"),
    ("Die Feuerwehr kann die Straße heute wieder öffnen, weil der Regen nachlässt.", "de"),
])
def test_a_single_short_sentence_gets_its_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("note", [
    "This story was originally published March 14, 2023, 4:02 PM.",
    "This report first appeared in the Northbay Ledger on March 14, 2023.",
    "Published by the Northbay Ledger on Mar. 14, 2023.",
    "Dieser Beitrag erschien zuerst am 9. Mai 2021 und wurde am 14. März 2023 überarbeitet.",
])
def test_a_note_on_when_the_article_appeared_is_metadata_not_body(note: str) -> None:
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{note}\n\n{P3}\n"
    assert kinds(text, note[:20], "Beobachter") == ["metadata", "body"]


@pytest.mark.parametrize("header", ["3 thoughts on “Gipfel in Genf vertagt”", "2 Gedanken zu „Gipfel in Genf vertagt“",
                                    "17 Postings"])
def test_a_comment_header_quoting_the_headline_opens_the_comments(header: str) -> None:
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{header}\n\nleser_42 sagt:\nDas war zu erwarten.\n"
    assert kinds(text, header, "leser_42", "Das war") == ["comments"] * 3


@pytest.mark.parametrize(("header", "kind"), [("Don't Miss", "related"), ("Auch lesenswert", "related"),
                                              ("Leserdebatte", "comments"), ("Have your say", "comments")])
def test_more_box_and_comment_headers(header: str, kind: str) -> None:
    text = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\n{header}\n\nNeue Gespräche in Wien\n12.03.2023\n"
    assert kinds(text, header, "Neue Gespräche", "12.03.2023") == [kind] * 3


@pytest.mark.parametrize("line", ["Contact: Jane Example, press@example.org", "Media contact: Jane Example, +1 555 0100",
                                  "Medically reviewed by Dr. Jane Example", "Fachlich geprüft von Dr. Anna Beispiel",
                                  "Pressekontakt: Anna Beispiel, presse@example.de", "Ansprechpartnerin: Anna Beispiel"])
def test_a_press_releases_contact_line_is_metadata(line: str) -> None:
    text = f"Gipfel in Genf vertagt\n\n{line}\n\n{P1}\n\n{P2}\n"
    assert kinds(text, line[:12]) == ["metadata"]
    assert kinds(text, "Die Außenminister")[0] in ARTICLE_REGION_KINDS


def test_comments_without_a_header_are_found_by_their_reply_buttons() -> None:
    text = (f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\nleser_42\n14.03.2023, 08:12 Uhr\nDas war zu erwarten.\nAntworten\n\n"
            "Marta_K\n14.03.2023, 09:40 Uhr\nAbwarten.\nAntworten\n")
    assert kinds(text, "leser_42", "Das war", "Marta_K") == ["comments"] * 3
    assert kinds(text, "Beide Seiten")[0] in ARTICLE_REGION_KINDS
    # one button only (a share bar's "Antworten"?) is no comment section
    one = f"Gipfel in Genf vertagt\n\n{P1}\n\n{P2}\n\nleser_42\nDas war zu erwarten.\nAntworten\n"
    assert kinds(one, "leser_42") != ["comments"]


def test_a_caption_with_its_picture_source_above_the_headline_is_not_the_title() -> None:
    text = (f"Die Bürgermeisterin nach der Sitzung | Bildquelle: ANNA BERG/AGENTUR\n\nHaushalt beschlossen\n\n"
            f"{P1}\n\n{P2}\n")
    st = analyse_structure(text)
    assert st.title == "Haushalt beschlossen"


_PIECES = ["a", "B", "ß", "-", "[a-c]", r"\d", r"\s", r"\w", r"\b", "^", r"(?<!\w)", "(?-i:A)", "(?:b|1)",
           "(?:a|)", "c?", "a*", "(?:ab)+", ".", "[^a]", r"\W"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4), min_size=1, max_size=4),
       st.text(alphabet="aAbBcß1 \n-", max_size=30))
def test_the_first_letter_look_ahead_of_a_lexicon_alternation_keeps_its_matches(branches, text) -> None:
    """The look-ahead put before a lexicon's alternation (so that the long alternations of menu
    words, donation appeals ... are only tried where one may begin) never changes what matches."""
    alternatives = "|".join("".join(b) for b in branches)
    lead = first_chars_lookahead(alternatives, re.IGNORECASE)
    plain = [m.span() for m in re.finditer(f"(?:{alternatives})", text, re.IGNORECASE)]
    assert [m.span() for m in re.finditer(f"{lead}(?:{alternatives})", text, re.IGNORECASE)] == plain


def test_the_first_letter_look_ahead_is_left_out_where_a_match_may_begin_with_anything() -> None:
    assert first_chars_lookahead("abo|spende", re.IGNORECASE) == "(?=[as])"
    assert first_chars_lookahead(r"(?:\$|€)\s?\d+|jetzt", re.IGNORECASE) == r"(?=[\$j€])"
    for anything in (".abo", "[^x]y", "a?", "abo|(?:x)*"):
        assert first_chars_lookahead(anything, re.IGNORECASE) == ""
