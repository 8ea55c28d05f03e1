"""Merging event mentions into events, on mentions we build by hand."""

from datetime import date

import pytest

from desktop.core.events import EventLexicon, make_label, merge
from desktop.core.model import ActorKind, EventMention, Precision, Status

KINDS = {
    "Anna Berg": ActorKind.PERSON,
    "Karl Stein": ActorKind.PERSON,
    "Lena Ost": ActorKind.PERSON,
    "Nordland": ActorKind.COUNTRY,
}


def mention(art: str, start: int, first: date, last: date | None = None, *, precision=Precision.DAY,
            actors=("Anna Berg", "Karl Stein"), cls="call", status=Status.HAPPENED, implicit=False,
            text="am Mittwoch") -> EventMention:
    return EventMention(
        article_id=art, start=start, end=start + 40, sentence=f"Satz {art} {start}", date_text="" if implicit else text,
        first=first, last=last or first, precision=precision, status=status, actors=tuple(actors),
        trigger="telefoniert", trigger_class=cls, implicit=implicit,
    )


def run(ms, published=None):
    return merge(ms, KINDS, published or {}, {})


def test_same_call_in_three_articles_is_one_event_with_three_sources() -> None:
    d = date(2025, 3, 5)
    events = run([mention("a", 0, d), mention("b", 10, d), mention("c", 20, d, cls="talks")])
    assert len(events) == 1
    assert events[0].source_count == 3
    assert events[0].first == events[0].last == d


def test_different_people_same_day_stay_apart() -> None:
    d = date(2025, 3, 5)
    events = run([mention("a", 0, d), mention("a", 50, d, actors=("Anna Berg", "Lena Ost"))])
    assert len(events) == 2


def test_vague_date_joins_the_precise_event_without_widening_it() -> None:
    d = date(2025, 2, 12)
    mid = mention("b", 5, date(2025, 2, 11), date(2025, 2, 20), precision=Precision.RANGE, text="Mitte Februar")
    events = run([mention("a", 0, d), mid])
    assert len(events) == 1
    assert (events[0].first, events[0].last) == (d, d)
    assert events[0].source_count == 2


def test_vague_date_of_another_kind_of_event_stays_apart() -> None:
    d = date(2025, 2, 12)
    mid = mention("b", 5, date(2025, 2, 11), date(2025, 2, 20), precision=Precision.RANGE, cls="attack")
    assert len(run([mention("a", 0, d), mid])) == 2


def test_planned_and_happened_of_merely_related_kinds_are_not_merged() -> None:
    d = date(2025, 5, 19)
    assert len(run([mention("a", 0, d, status=Status.PLANNED, cls="talks"), mention("b", 0, d)])) == 2


def test_undated_lead_joins_a_recent_event_only() -> None:
    d = date(2025, 3, 5)
    lead_recent = mention("b", 0, date(2025, 3, 6), implicit=True)
    lead_late = mention("c", 0, date(2025, 4, 20), implicit=True)
    events = run([mention("a", 0, d), lead_recent, lead_late],
                 published={"b": date(2025, 3, 6), "c": date(2025, 4, 20)})
    assert len(events) == 1
    assert {m.article_id for m in events[0].mentions} == {"a", "b"}


def test_event_ids_are_stable_when_sources_are_added() -> None:
    d = date(2025, 3, 5)
    one = run([mention("a", 0, d)])
    two = run([mention("a", 0, d), mention("z", 0, d)])
    assert one[0].id == two[0].id


def _label(sentence: str, lang: str = "de", anchor: date = date(2025, 3, 7), which: int = 0) -> str:
    from desktop.core.timex import tag

    t = [t for t in tag(sentence, anchor, lang) if t.type in ("DATE", "TIME")][which]
    m = EventMention("a", 0, len(sentence), sentence, t.text, t.first, t.last, t.precision, Status.HAPPENED,
                     (), None, None, timex=t)
    return make_label(m, lang)


def test_label_says_who_did_what_in_the_reports_words() -> None:
    assert _label("On Friday, the council approved the new bridge over the river.", "en") == \
        "The council approved the new bridge over the river"
    assert _label("Die Stadt Nordheim eröffnete die neue Brücke am 3. März 2025.") == "Die Stadt Nordheim eröffnete die neue Brücke"


def test_label_of_a_chronology_line_is_its_entry() -> None:
    assert _label("14. Februar: Der Gemeinderat stimmt dem Umbau zu.") == "Der Gemeinderat stimmt dem Umbau zu"


def test_label_keeps_a_german_clause_that_opens_with_its_date_readable() -> None:
    # the verb follows the date: without it the label would start with the verb
    label = _label("Am Mittwoch hat der Verein einen neuen Trainer vorgestellt.")
    assert label.startswith("Am Mittwoch hat der Verein")


def test_label_of_a_relative_clause_names_what_it_is_about() -> None:
    label = _label("The Ridge Fire, which started near the reservoir on March 2, has burned 400 acres.", "en")
    assert label == "The Ridge Fire started near the reservoir"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a German relative clause about a noun: that noun as its subject, its verb second
        ("Der Rat stimmte dem Plan zu, der im Januar 2025 vorgestellt wurde.", "Der Plan wurde vorgestellt"),
        ("Die Stadt sperrte die neue Brücke, die im Januar 2025 eröffnet worden war.", "Die neue Brücke war eröffnet worden"),
        ("Der Verein trennte sich vom Trainer, der im Mai 2024 gekommen war.", "Der Trainer war gekommen"),
        # one with a subject of its own: the noun is its object
        ("Die Stadt hat die Brücke gesperrt, die sie erst im Januar 2025 eröffnet hatte.", "Sie hatte die Brücke eröffnet"),
    ],
)
def test_a_german_relative_clause_reads_as_a_main_clause_about_its_noun(sentence: str, label: str) -> None:
    assert _label(sentence) == label


@pytest.mark.parametrize(
    ("sentence", "label", "lang"),
    [
        # a relative clause about its noun reads alone, however short
        ("Der Streik, der am Montag begann, legte den Bahnverkehr in ganz Bayern lahm.", "Der Streik begann", "de"),
        ("The trial, which began on Monday, is expected to last six weeks.", "The trial began", "en"),
        # what someone announced goes with the announcement
        ("Ministerpräsident Karl Stein (CDU) kündigte am Donnerstag an, im Herbst zurückzutreten.",
         "Ministerpräsident Karl Stein kündigte an, im Herbst zurückzutreten", "de"),
        ("Die Ministerin kündigte am Montag an, die Schule zu schließen.", "Die Ministerin kündigte an, die Schule zu schließen",
         "de"),
    ],
)
def test_a_short_clause_keeps_what_makes_it_readable(sentence: str, label: str, lang: str) -> None:
    assert _label(sentence, lang) == label


@pytest.mark.parametrize(
    ("sentence", "label", "lang"),
    [
        ("Wie die Stadt am Montag mitteilte, bleibt die Brücke bis Ende April gesperrt.",
         "Die Brücke bleibt bis Ende April gesperrt", "de"),
        ("Wie die Polizei am Sonntag berichtete, wurde ein 34-jähriger Mann festgenommen.",
         "Ein 34-jähriger Mann wurde festgenommen", "de"),
        ("As the city said on Monday, the bridge will remain closed until April.",
         "The bridge will remain closed until April", "en"),
        # a clause of its own time is no report of what follows
        ("As the storm approached on Friday, residents fled the coast.", "As the storm approached", "en"),
    ],
)
def test_a_clause_that_only_says_who_reported_it_gives_way_to_what_was_reported(sentence: str, label: str,
                                                                                 lang: str) -> None:
    assert _label(sentence, lang) == label


def test_a_date_in_a_quote_labels_the_event_with_the_quote_not_its_last_words() -> None:
    label = _label("“We did not do well enough during this campaign, that much is obvious tonight,” he told "
                   "supporters in Northbay.", "en")
    assert label == "We did not do well enough during this campaign, that much is obvious", label
    label = _label("„Wir haben im Wahlkampf nicht genug getan, das ist heute klar“, sagte er vor Anhängern in Linz.")
    assert label.startswith("Wir haben im Wahlkampf nicht genug getan, das ist"), label


def test_an_english_participle_between_commas_gives_way_to_what_its_subject_did() -> None:
    assert _label("The minister, speaking in Brussels on Thursday, rejected the proposal.", "en") == \
        "The minister rejected the proposal"
    # the date in the main clause: the aside stays as it was
    assert _label("The company, citing weak demand, said on Tuesday it would cut 300 jobs.", "en") == \
        "The company, citing weak demand, said it would cut 300 jobs"


def test_an_english_relative_clause_with_a_subject_of_its_own_keeps_what_it_is_about() -> None:
    label = _label("Washington agreed to resume security assistance, which it had paused on March 3.", "en")
    assert label.startswith("Washington agreed to resume security assistance, which it had paused"), label


def test_an_english_clause_that_opens_with_its_verb_takes_its_subject() -> None:
    sentence = "Mayor Lena Frost, who opened the harbour fair on Monday, said she would visit Northbay on Thursday."
    assert _label(sentence, "en") == "Mayor Lena Frost opened the harbour fair"
    assert _label(sentence, "en", which=1) == "Mayor Lena Frost said she would visit Northbay"
    listed = "Ann Lee, Tom Berg and two engineers will inspect the dam on Friday, the council said."
    assert _label(listed, "en").startswith("Ann Lee, Tom Berg and two engineers will inspect")


def test_an_english_phrase_that_sets_the_scene_gives_way_to_what_was_said() -> None:
    assert _label("At a news conference late Friday, County Sheriff Tom Berg said four people were still missing.",
                  "en") == "County Sheriff Tom Berg said four people were still missing"
    assert _label("In a statement shared Saturday with local radio, the utility Northgrid said power was back.",
                  "en") == "The utility Northgrid said power was back"
    # a phrase that names the date only is no scene: the clause after it was the label before, too
    assert _label("In March 2024, the council approved the new bridge over the river.", "en") == \
        "The council approved the new bridge over the river"


def test_label_drops_the_preposition_and_article_of_a_date_at_its_end() -> None:
    assert _label("Der Verein verschob das Fest auf den 10. April.") == "Der Verein verschob das Fest"
    assert _label("The club moved the fair to March 28.", "en") == "The club moved the fair"


def test_label_keeps_a_count_that_opens_a_sentence() -> None:
    assert _label("3 von 4 Mitgliedern stimmten am Montag zu.").startswith("3 von 4 Mitgliedern")
    assert _label("ARCHIVE - Police officers closed the road on Monday.", "en").startswith("Police officers")


def test_label_is_short_and_drops_asides() -> None:
    label = _label("Die Lokführer (rund 5000 Beschäftigte) streiken ab Mittwoch, wie die Gewerkschaft am Dienstag "
                   "mitteilte, und zwar in allen Bundesländern und auf allen Strecken des Fern- und Regionalverkehrs.")
    assert "(" not in label and "5000" not in label
    assert label.startswith("Die Lokführer streiken")
    assert len(label.split()) <= 13


def test_calling_a_race_or_calling_someone_a_name_is_no_phone_call() -> None:
    lex = EventLexicon.load()
    assert "call" not in {cls for *_, cls in lex.find("The networks called the race for the mayor on Saturday.")}
    assert "call" not in {cls for *_, cls in lex.find("The mayor called the plan a disaster.")}
    assert "call" in {cls for *_, cls in lex.find("The two mayors spoke by phone on Monday.")}
    assert "call" in {cls for *_, cls in lex.find("In a call with the mayor on Tuesday, the governor urged calm.")}
    assert "inauguration" in {cls for *_, cls in lex.find("MAYOR TILDA BRENN TOOK OFFICE IN FERNWICK ON MONDAY")}


def test_trigger_lexicon_finds_inflected_forms() -> None:
    lex = EventLexicon.load()
    found = {cls for *_, cls in lex.find("Sie hatten lange telefoniert und einen Gefangenenaustausch vereinbart.")}
    assert {"call", "prisoner_exchange", "agreement"} <= found
    assert lex.is_future("Er will am Montag anrufen.", "de")
    assert not lex.is_future("Er rief am Montag an.", "de")


def test_anaphoric_mention_without_people_joins_same_day_event_of_its_article() -> None:
    d = date(2025, 5, 19)
    call = mention("a", 0, d, status=Status.PLANNED)
    again = mention("a", 300, d, actors=(), status=Status.PLANNED, text="10 Uhr")
    elsewhere = mention("b", 0, d, actors=(), status=Status.PLANNED, text="10 Uhr")
    events = run([call, again, elsewhere])
    joined = next(e for e in events if any(m.start == 0 and m.article_id == "a" for m in e.mentions))
    assert {(m.article_id, m.start) for m in joined.mentions} == {("a", 0), ("a", 300)}
    assert len(events) == 2


def test_announced_and_then_reported_is_one_event_that_happened() -> None:
    d = date(2025, 5, 19)
    events = run([mention("a", 0, d, status=Status.PLANNED), mention("b", 0, d)])
    assert len(events) == 1 and events[0].status == Status.HAPPENED and events[0].source_count == 2
    other = run([mention("a", 0, d, status=Status.PLANNED), mention("b", 0, d, actors=("Lena Ost",))])
    assert len(other) == 2


def test_a_quote_label_says_who_said_it(tmp_path) -> None:
    from desktop.session import extract_paths

    p = tmp_path / "a.txt"
    p.write_text("date 2025-05-04\nElection night\n\nMara Quintell conceded defeat in Eastport. "
                 "“We lost this race, that much is clear tonight,” she told supporters.\n", encoding="utf-8")
    labels = [e.label for e in extract_paths([p]).events]
    assert any(lb.startswith("Quintell: We lost this race") for lb in labels), labels


def test_a_label_names_the_person_an_age_stands_for(tmp_path) -> None:
    from desktop.session import extract_paths

    p = tmp_path / "a.txt"
    p.write_text("date 2025-05-04\nTrainer\n\nDer Klub hat Anton Weißhaupt als neuen Trainer vorgestellt. "
                 "Der 52-Jährige war im Januar beim SV Moosbach entlassen worden.\n", encoding="utf-8")
    labels = [e.label for e in extract_paths([p]).events]
    assert any(lb.startswith("Weißhaupt war beim SV Moosbach entlassen worden") for lb in labels), labels
