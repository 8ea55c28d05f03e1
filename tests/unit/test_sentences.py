import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.model import Region
from desktop.core.sentences import _word_before, split_sentences

#: the regex the backward scan replaced: the oracle of the property test below
_WORD_BEFORE = re.compile(r"(\S+)$")


def texts(t: str, **kw) -> list[str]:
    return [s.text for s in split_sentences(t, **kw)]


def test_ordinal_dates_and_numeric_dates_do_not_end_sentences() -> None:
    t = "Die Gespräche begannen am 13. Februar in Genf. Der Bericht vom 17.05.2025 liegt vor."
    assert texts(t) == [
        "Die Gespräche begannen am 13. Februar in Genf.",
        "Der Bericht vom 17.05.2025 liegt vor.",
    ]


def test_an_ordinal_before_a_capitalised_word_does_not_end_a_sentence() -> None:
    t = "Die Verleihung des 12. Nordhafener Filmpreises war am Samstag. Zum 70. Geburtstag kam der Rat. Er war 12. Dann ging er."
    assert texts(t) == ["Die Verleihung des 12. Nordhafener Filmpreises war am Samstag.", "Zum 70. Geburtstag kam der Rat.",
                        "Er war 12.", "Dann ging er."]


def test_a_line_broken_after_an_article_runs_on() -> None:
    t = "Erste Flüge für den\nVermessungsflug fanden am Montag statt.\nNeue Lage\nDer Hang ist ruhig."
    assert texts(t) == ["Erste Flüge für den\nVermessungsflug fanden am Montag statt.", "Neue Lage", "Der Hang ist ruhig."]


def test_initials_and_abbreviations() -> None:
    t = "Vizepräsident J. D. Vance reiste z. B. nach Paris. Dr. Müller blieb in Berlin."
    assert texts(t) == ["Vizepräsident J. D. Vance reiste z. B. nach Paris.", "Dr. Müller blieb in Berlin."]


def test_quotes_close_sentences() -> None:
    t = "Er sagte: „Wir sind bereit.“ Danach reiste er ab. She said: \"We agree.\" Then she left."
    assert texts(t) == ["Er sagte: „Wir sind bereit.“", "Danach reiste er ab.", 'She said: "We agree."', "Then she left."]


def test_headings_and_paragraphs_are_separate() -> None:
    t = "Ein kurzer Titel\n\nDer erste Absatz endet hier. Noch ein Satz.\nZwischentitel ohne Punkt\nWeiter im Text."
    assert texts(t) == [
        "Ein kurzer Titel",
        "Der erste Absatz endet hier.",
        "Noch ein Satz.",
        "Zwischentitel ohne Punkt",
        "Weiter im Text.",
    ]


def test_offsets_point_into_the_text() -> None:
    t = "  Erster Satz. Zweiter Satz!  "
    for s in split_sentences(t):
        assert t[s.start:s.end] == s.text


def test_only_article_regions_are_split() -> None:
    t = "Der Artikel beginnt hier. Er endet hier.\n\nFoto: Jemand/Agentur"
    cut = t.index("Foto")
    regions = [Region(0, cut, "body"), Region(cut, len(t), "credit")]
    assert texts(t, regions=regions) == ["Der Artikel beginnt hier.", "Er endet hier."]


def test_a_date_in_brackets_does_not_end_the_sentence() -> None:
    from desktop.core.sentences import split_sentences

    text = "Der Verein verlor. Am Samstag (5. April) trifft er auf den Tabellenführer."
    assert [s.text for s in split_sentences(text)] == [
        "Der Verein verlor.", "Am Samstag (5. April) trifft er auf den Tabellenführer."]


def test_a_genitive_month_after_an_ordinal_does_not_end_the_sentence() -> None:
    from desktop.core.sentences import split_sentences

    text = "In den Abendstunden des 30. Dezembers legte die Regierung den Entwurf vor."
    assert len(split_sentences(text)) == 1


def test_a_numeric_date_followed_by_a_number_does_not_end_the_sentence() -> None:
    from desktop.core.sentences import split_sentences

    text = "Die Fahrer streiken ab Mittwoch (13.8.) 48 Stunden lang. Viele Züge fallen aus."
    assert len(split_sentences(text)) == 2


def test_a_long_headline_line_ends_its_sentence_where_paragraphs_are_lines() -> None:
    head = "Gemeinderat von Nordhafen beschließt nach langer Debatte den Neubau der Brücke – Opposition droht mit Klage"
    body = ("Der Gemeinderat hat am Dienstag mit knapper Mehrheit beschlossen, die alte Brücke über die Auer abzureißen "
            "und bis zum Jahr 2027 durch einen Neubau zu ersetzen, der nach Schätzung der Verwaltung rund zwölf "
            "Millionen Euro kosten wird.")
    assert len(head) >= 90
    assert texts(f"{head}\n{body}") == [head, body]
    # text wrapped at a fixed width (a mail, a PDF): a long line without a full stop runs on
    wrapped = ("Der Gemeinderat hat am Dienstag mit knapper Mehrheit beschlossen, die alte Brücke abzureißen und\n"
               "bis zum Jahr 2027 durch einen Neubau zu ersetzen.\n")
    assert texts(wrapped) == [wrapped.strip()]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t.ab\u00a0x\u2003", max_size=14), st.integers(0, 14), st.integers(0, 14))
@example("Nordhafen\n", 0, 10)
@example("am 12.\u00a0Mai", 0, 6)
def test_the_word_before_a_full_stop_is_found_as_the_regex_finds_it(text: str, lo: int, hi: int) -> None:
    """The backward scan that replaced ``(\\S+)$`` (whose search backtracked in every word before a
    full stop) finds the same word, Unicode spaces and a newline before the end included."""
    lo, hi = min(lo, len(text)), min(hi, len(text))
    lo = min(lo, hi)
    m = _WORD_BEFORE.search(text, lo, hi)
    assert _word_before(text, lo, hi) == (m.group(1) if m else "")
