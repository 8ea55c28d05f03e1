"""Headlines: a kicker glued to the headline gets its separator back; a stand-in for none."""

from desktop.core.model import Article, Region
from desktop.core.titles import display_title, repair_title, short_name, title_is_derived


def test_a_kicker_glued_to_the_headline_is_separated() -> None:
    assert repair_title("Streit um den Haushalt im StadtratNeue Runde am Freitag") == (
        "Streit um den Haushalt im Stadtrat: Neue Runde am Freitag")
    assert repair_title("Besuch in WienGespräche ohne Ergebnis") == "Besuch in Wien: Gespräche ohne Ergebnis"


def test_words_with_an_inner_capital_on_purpose_stay_whole() -> None:
    for title in ("Neues iPhone vorgestellt", "YouTube sperrt Kanal", "McDonald erhöht Preise",
                  "DeSantis gewinnt Vorwahl", "Der ZDFheute-Check", "CDU und SPD einigen sich", None, ""):
        assert repair_title(title) == title


def _article(text: str, title: str | None, path: str = "/tmp/0042_ab12.txt") -> Article:
    return Article("x", path, text, "text", title, None, "de", None, (Region(0, len(text), "body"),))


def test_an_article_without_a_headline_shows_its_first_sentence_not_its_file_name() -> None:
    a = _article("Der Stadtrat hat am Mittwoch den Haushalt beschlossen. Die Opposition stimmte dagegen.", None)
    assert title_is_derived(a)
    assert display_title(a) == "Der Stadtrat hat am Mittwoch den Haushalt beschlossen."
    long = _article("Der Stadtrat hat am Mittwoch nach einer langen und zeitweise sehr hitzigen Debatte über "
                    "Schulen, Straßen und Bäder den Haushalt für das kommende Jahr beschlossen.", None)
    shown = display_title(long)
    assert shown.endswith("…") and len(shown) <= 92 and shown.startswith("Der Stadtrat hat")
    assert display_title(_article("", None)) == "0042_ab12.txt"
    assert display_title(_article("Text.", "Haushalt beschlossen")) == "Haushalt beschlossen"


def test_lane_names_put_the_outlet_first() -> None:
    a = Article("x", "/tmp/a.txt", "Text.", "text", "Haushalt beschlossen", "Stadtblatt", "de", None, ())
    assert short_name(a) == "Stadtblatt · Haushalt beschlossen"
    assert short_name(_article("Der Rat tagte.", "Haushalt beschlossen")) == "Haushalt beschlossen"


def test_a_stand_in_title_leaves_out_a_date_label_glued_to_the_text() -> None:
    from desktop.core.model import Document
    from desktop.core.pipeline import make_article

    a = make_article(Document(path="a.txt", format="text", text=(
        " date 2024-06 Nordhafen: Der Gemeinderat hat am Montag den Ausbau des Hafens beschlossen. Die Arbeiten "
        "beginnen im Herbst und sollen zwei Jahre dauern, teilte die Stadt mit.\n")))
    assert display_title(a).startswith("Nordhafen: Der Gemeinderat"), display_title(a)


def test_a_stand_in_title_does_not_end_at_an_ordinal_or_a_date() -> None:
    a = _article("Die Verleihung des 12. Nordhafener Filmpreises fand am Samstag statt. Danach wurde gefeiert.", None)
    assert display_title(a) == "Die Verleihung des 12. Nordhafener Filmpreises fand am Samstag statt."
    b = _article("Es ist ein Jahr her: Am 11. März schloss die Stadt ihre Schulen. Heute ist vieles anders.", None)
    assert display_title(b) == "Es ist ein Jahr her: Am 11. März schloss die Stadt ihre Schulen."


def test_an_imported_headline_glued_to_its_kicker_gets_its_separator() -> None:
    from desktop.core.model import Document
    from desktop.core.pipeline import make_article

    a = make_article(Document(path="a.html", format="html", title="Streit im StadtratNeue Runde am Freitag", text=(
        "Der Gemeinderat von Nordhafen hat am Montag erneut über den Haushalt gestritten. Eine Einigung "
        "gab es nicht, am Freitag soll weiter beraten werden.\n")))
    assert a.title == "Streit im Stadtrat: Neue Runde am Freitag"


def test_a_kicker_on_its_own_line_is_not_the_stand_in_title() -> None:
    a = _article("Nordhafen\nSo hoch stand das Wasser am Hafen\nIn weiten Teilen der Stadt kam es zu Überflutungen.", None)
    assert display_title(a) == "So hoch stand das Wasser am Hafen"
