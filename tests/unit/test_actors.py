"""Actors: lexicon entities, unknown names, roles, groups, pronouns, adjectives, metonyms, registry.

All sentences here are written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.actors import ActorLexicon, ActorRegistry, find_mentions
from desktop.core.actors.keys import name_key
from desktop.core.model import ActorKind, Mention, Sentence


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load()


_END = re.compile(r"(?<!\b[A-Z])[.!?]+(?=\s|$)|\n")


def split(text: str) -> list[Sentence]:
    """A simple splitter for tests: a sentence ends at . ! ? (not after an initial) or a line break."""
    out, start = [], 0
    for m in _END.finditer(text):
        if text[start:m.end()].strip():
            out.append(Sentence(start, m.end(), text[start:m.end()]))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text), text[start:]))
    return out


def run(text: str, lex: ActorLexicon, lang: str = "de", allowed=None) -> list[Mention]:
    return find_mentions(text, split(text), lex, lang, allowed)


def actors_of(mentions: list[Mention], kind: ActorKind | None = None) -> list[str]:
    return [m.actor for m in mentions if kind is None or m.kind is kind]


def by_text(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions if m.text == text]


# ---------------------------------------------------------------- lexicon and spellings
def test_lexicon_is_loaded_once(lex: ActorLexicon) -> None:
    assert ActorLexicon.load() is lex
    assert "Wladimir Putin" in lex.entries


@pytest.mark.parametrize("spellings, canonical", [
    (["Selenskyj", "Selenskij", "Selensky", "Zelensky", "Zelenskyy"], "Wolodymyr Selenskyj"),
    (["Peskow", "Peskov"], "Dmitri Peskow"),
    (["Lawrow", "Lavrov"], "Sergej Lawrow"),
    (["Ermak", "Jermak", "Yermak"], "Andrij Jermak"),
])
def test_transliterations_are_one_actor(lex: ActorLexicon, spellings: list[str], canonical: str) -> None:
    text = " ".join(f"Am Montag äußerte sich {s} erneut." for s in spellings)
    ms = run(text, lex)
    assert actors_of(ms, ActorKind.PERSON) == [canonical] * len(spellings)


def test_full_name_variants_resolve_to_lexicon_name(lex: ActorLexicon) -> None:
    ms = run("Gestern rief Wolodimir Selenskij an. Danach sprach Volodymyr Zelenskyy im Fernsehen. "
             "Auch Dmitrij Peskow meldete sich.", lex)
    assert actors_of(ms, ActorKind.PERSON) == ["Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "Dmitri Peskow"]


def test_name_key_folds_transliteration() -> None:
    assert name_key("Wolodymyr Selenskyj") == name_key("Volodymyr Zelenskyy") == name_key("Wolodimir Selenskij")
    assert name_key("Andrij Jermak") == name_key("Andriy Yermak") == name_key("Andrij Ermak")
    assert name_key("Jean-Noël Barrot") == name_key("Jean-Noel Barrot")
    assert name_key("Peskow") != name_key("Putin")


def test_genitive_maps_to_base_actor(lex: ActorLexicon) -> None:
    ms = run("Trumps Berater und Russlands Wirtschaft standen im Mittelpunkt.", lex)
    assert by_text(ms, "Trumps")[0].actor == "Donald Trump"
    assert by_text(ms, "Russlands")[0].actor == "Russland"


# ---------------------------------------------------------------- unknown names
def test_role_and_first_name_introduce_unknown_persons(lex: ActorLexicon) -> None:
    text = ("Außenminister Rodrigo Valdemoro Ibarra erklärte am Abend, man sei bereit. "
            "Finanzministerin Ingrid Halvorsen widersprach. Kanzleramtschef Brenninger schwieg.")
    ms = run(text, lex)
    persons = [(m.actor, m.role) for m in ms if m.kind is ActorKind.PERSON]
    assert ("Rodrigo Valdemoro Ibarra", "Außenminister") in persons
    assert ("Ingrid Halvorsen", "Finanzministerin") in persons
    assert ("Brenninger", "Kanzleramtschef") in persons


def test_apposition_gives_name_its_role(lex: ActorLexicon) -> None:
    text = "Tarek Haddad, der Sprecher der Regierung, wies das zurück. Oleg Hrynko, Leiter des Stabes, schwieg."
    ms = run(text, lex)
    assert by_text(ms, "Tarek Haddad")[0].role == "Sprecher"
    assert by_text(ms, "Oleg Hrynko")[0].role == "Leiter"


def test_unknown_surname_followed_by_role(lex: ActorLexicon) -> None:
    ms = run("Kowalczyk, der Verteidigungsminister des Landes, kündigte neue Hilfe an.", lex)
    assert [(m.actor, m.role) for m in ms if m.kind is ActorKind.PERSON] == [("Kowalczyk", "Verteidigungsminister")]


def test_bare_surname_resolves_to_full_name(lex: ActorLexicon) -> None:
    text = ("Tarek Haddad, der Sprecher der Regierung, wies das zurück. Später sagte Haddad, "
            "man prüfe alles. Haddads Büro bestätigte das.")
    ms = run(text, lex)
    assert actors_of(ms, ActorKind.PERSON) == ["Tarek Haddad"] * 3


def test_surname_before_full_name_gets_full_name(lex: ActorLexicon) -> None:
    ms = run("Botschafter Lindqvist traf ein. Später sprach Erik Lindqvist mit Journalisten.", lex)
    assert set(actors_of(ms, ActorKind.PERSON)) == {"Erik Lindqvist"}


def test_initials_are_part_of_name(lex: ActorLexicon) -> None:
    ms = run("Der Gouverneur traf R. J. Hollister am Flughafen.", lex)
    assert "R. J. Hollister" in actors_of(ms, ActorKind.PERSON)


def test_capitalised_german_nouns_are_not_persons(lex: ActorLexicon) -> None:
    text = ("Die Regierung plant neue Gesetze für Sicherheit, Wirtschaft und Energie. "
            "Nach Angaben der Behörde steigen Preise, Mieten und Kosten weiter. "
            "Der Bericht nennt Zahlen, Daten und Fakten zur Lage der Landwirtschaft im Herbst. "
            "Im Ausschuss fordern Vertreter der Verbände mehr Geld, Personal und Zeit.")
    ms = run(text, lex)
    assert actors_of(ms, ActorKind.PERSON) == []


def test_first_name_with_common_noun_is_no_person(lex: ActorLexicon) -> None:
    ms = run("Die Kommission prüft den Vorschlag. Sicherheitskonferenz Paul Regierung ist kein Name.", lex)
    assert "Paul Regierung" not in actors_of(ms)


# ---------------------------------------------------------------- roles
def test_role_noun_resolves_to_lexicon_holder(lex: ActorLexicon) -> None:
    ms = run("Der Kremlchef äußerte sich nicht. Später sprach der Kremlchef doch.", lex)
    roles = [m for m in ms if m.via == "role"]
    assert [m.actor for m in roles] == ["Wladimir Putin", "Wladimir Putin"]
    assert roles[0].role == "Kremlchef"


def test_qualified_role_resolves(lex: ActorLexicon) -> None:
    text = ("Donald Trump reiste ab. Der US-Präsident sagte zuvor, er sei zufrieden. "
            "Ein Interview mit dem ukrainischen Präsidenten erschien am Mittwoch.")
    ms = run(text, lex)
    roles = {m.text: m.actor for m in ms if m.via == "role"}
    assert roles["US-Präsident"] == "Donald Trump"
    assert roles["ukrainischen Präsidenten"] == "Wolodymyr Selenskyj"


def test_role_introduced_in_article_resolves_later(lex: ActorLexicon) -> None:
    text = ("Regierungssprecher Jonas Brandl kündigte Gespräche an. Am Abend bestätigte der "
            "Regierungssprecher den Termin.")
    ms = run(text, lex)
    assert [(m.actor, m.via) for m in ms] == [("Jonas Brandl", "name"), ("Jonas Brandl", "role")]


def test_role_with_name_keeps_role(lex: ActorLexicon) -> None:
    ms = run("Kremlsprecher Dmitri Peskow und Kreml-Sprecher Peskow sind derselbe Mann.", lex)
    assert [(m.actor, m.role) for m in ms] == [("Dmitri Peskow", "Kremlsprecher"), ("Dmitri Peskow", "Kreml-Sprecher")]


def test_role_qualified_by_following_genitive(lex: ActorLexicon) -> None:
    ms = run("Emmanuel Macron sprach zuerst. Danach reiste der Präsident Brasiliens ab.", lex)
    role = [m for m in ms if m.via == "role"]
    assert [m.actor for m in role] == ["Luiz Inácio Lula da Silva"]


def test_noun_after_article_is_not_a_surname(lex: ActorLexicon) -> None:
    ms = run("Laut Wirtschaftsministerin Katherina Reiche fehlt Geld. Reiche sagte das. "
             "Die Reiche und Mächtigen zahlen wenig.", lex)
    assert [m.text for m in ms] == ["Katherina Reiche", "Reiche"]


def test_genitive_of_unknown_full_name(lex: ActorLexicon) -> None:
    ms = run("Die Schriftstellerin Helga Marlowe schrieb ein Buch. In Helga Marlowes Roman geht es um Macht.", lex)
    assert actors_of(ms, ActorKind.PERSON) == ["Helga Marlowe", "Helga Marlowe"]


def test_hyphenless_spelling_finds_lexicon_person(lex: ActorLexicon) -> None:
    ms = run("Am Abend sprach Frank Walter Steinmeier im Schloss.", lex)
    assert actors_of(ms) == ["Frank-Walter Steinmeier"]


def test_plural_role_is_not_one_person(lex: ActorLexicon) -> None:
    ms = run("Marco Rubio war da. Die Außenminister beider Länder trafen sich. "
             "Das Treffen der Präsidenten fand nicht statt. Er sprach mit den amerikanischen Kollegen.", lex)
    assert [m for m in ms if m.via == "role"] == []


def test_russian_president_with_name_is_no_extra_country(lex: ActorLexicon) -> None:
    ms = run("Der russische Präsident Wladimir Putin lud ein. Russlands Präsident Putin lachte.", lex)
    assert actors_of(ms) == ["Wladimir Putin", "Wladimir Putin"]
    assert all(m.role == "Präsident" for m in ms)


# ---------------------------------------------------------------- groups and pronouns
def test_both_presidents_are_the_last_two(lex: ActorLexicon) -> None:
    text = ("US-Präsident Donald Trump telefonierte mit Kremlchef Wladimir Putin. "
            "Die beiden Präsidenten vereinbarten ein Treffen. Beide Präsidenten lobten das Gespräch.")
    ms = run(text, lex)
    groups = [m for m in ms if m.via == "group"]
    assert len(groups) == 4
    assert {m.actor for m in groups[:2]} == {"Donald Trump", "Wladimir Putin"}
    assert groups[0].start == groups[1].start


def test_group_nouns_without_role(lex: ActorLexicon) -> None:
    ms = run("Friedrich Merz telefonierte mit US-Präsident Trump. Beide Politiker betonten die Einigkeit.", lex)
    assert {m.actor for m in ms if m.via == "group"} == {"Friedrich Merz", "Donald Trump"}
    en = run("Trump spoke with Russian President Vladimir Putin. The two leaders agreed to meet.", lex, "en")
    assert {m.actor for m in en if m.via == "group"} == {"Donald Trump", "Wladimir Putin"}


def test_group_needs_two_persons_with_that_role(lex: ActorLexicon) -> None:
    ms = run("Donald Trump sprach lange. Die beiden Präsidenten wollen sich treffen.", lex)
    assert [m for m in ms if m.via == "group"] == []


def test_sentence_initial_pronoun(lex: ActorLexicon) -> None:
    text = "Man werde zuerst Wolodymyr Selenskyj anrufen, sagte Trump. Er sprach dann mit Selenskyj."
    ms = run(text, lex)
    er = [m for m in ms if m.via == "pronoun"]
    assert [(m.text, m.actor) for m in er] == [("Er", "Donald Trump")]


def test_pronoun_prefers_previous_subject(lex: ActorLexicon) -> None:
    ms = run("Putin lud Trump nach Moskau ein. Er betonte jedoch seine Bedingungen.", lex)
    assert [m.actor for m in ms if m.via == "pronoun"] == ["Wladimir Putin"]


def test_female_pronoun_and_polite_form(lex: ActorLexicon) -> None:
    text = ("Annalena Baerbock reiste nach Kiew. Sie sagte dort, Europa stehe bereit. "
            "Sie müssen das verstehen, rief ein Zuhörer.")
    ms = run(text, lex)
    assert [(m.text, m.actor) for m in ms if m.via == "pronoun"] == [("Sie", "Annalena Baerbock")]


def test_pronoun_without_candidate_is_left_alone(lex: ActorLexicon) -> None:
    ms = run("Die Lage blieb ruhig. Er wurde am Morgen gesehen.", lex)
    assert [m for m in ms if m.via == "pronoun"] == []


# ---------------------------------------------------------------- countries, metonyms, institutions
def test_country_adjectives_where_a_country_acts(lex: ActorLexicon) -> None:
    text = ("Russische Truppen rückten vor, russischen Drohnen griffen an und die ukrainische Armee wehrte sich. "
            "Die russische Sprache und der ukrainische Winter sind keine Akteure. US-Truppen bleiben fern.")
    ms = run(text, lex)
    adj = [(m.text, m.actor) for m in ms if m.via == "adjective"]
    assert adj == [("Russische Truppen", "Russland"), ("russischen Drohnen", "Russland"),
                   ("ukrainische Armee", "Ukraine"), ("US-Truppen", "USA")]


def test_metonyms_stand_for_the_country(lex: ActorLexicon) -> None:
    text = ("Der Kreml bestätigte das Gespräch. Moskau lehnt das ab, Kiew und Kyjiw hoffen, "
            "und das Weiße Haus schweigt. Washington droht.")
    ms = run(text, lex)
    assert actors_of(ms) == ["Russland", "Russland", "Ukraine", "Ukraine", "USA", "USA"]
    assert all(m.kind is ActorKind.COUNTRY for m in ms)


def test_capital_after_locative_is_a_place(lex: ActorLexicon) -> None:
    ms = run("Der Gesandte war in Moskau und reiste dann nach Kyjiw.", lex)
    assert [(m.actor, m.kind) for m in ms if m.kind is not ActorKind.PERSON] == [
        ("Moskau", ActorKind.PLACE), ("Kiew", ActorKind.PLACE)]


def test_cities_are_places(lex: ActorLexicon) -> None:
    ms = run("Die Delegationen trafen sich in Istanbul, später in Brüssel und München.", lex)
    assert [(m.actor, m.kind) for m in ms] == [("Istanbul", ActorKind.PLACE), ("Brüssel", ActorKind.PLACE),
                                               ("München", ActorKind.PLACE)]


def test_ministry_of_a_country(lex: ActorLexicon) -> None:
    text = ("Das russische Außenministerium protestierte. In einer Erklärung des russischen "
            "Außenministeriums hieß es, man sei empört. Das US-Außenministerium schwieg.")
    ms = run(text, lex)
    orgs = [(m.actor, m.kind) for m in ms]
    assert orgs == [("Russisches Außenministerium", ActorKind.ORGANISATION)] * 2 + [
        ("US-Außenministerium", ActorKind.ORGANISATION)]


def test_organisations_and_media(lex: ActorLexicon) -> None:
    ms = run("Die Nato und die NATO sind eins. Im britischen Magazin Economist erschien ein Text, "
             "berichtete die Nachrichtenagentur TASS.", lex)
    assert actors_of(ms) == ["NATO", "NATO", "The Economist", "TASS"]


# ---------------------------------------------------------------- furniture
def test_photo_credit_is_not_an_actor(lex: ActorLexicon) -> None:
    text = ("Trump und Putin beim Gipfel. Foto: Alex Brandon/AP/dpa\n"
            "Das Bild zeigt die Präsidenten Foto: Maxim Shemetov/reuters\n"
            "(Bild: Jana Kowalski/AFP) Putin lächelte.")
    ms = run(text, lex)
    assert set(actors_of(ms)) == {"Donald Trump", "Wladimir Putin"}


def test_bylines_and_reporting_credits_are_not_actors(lex: ActorLexicon) -> None:
    text = ("Von Katrin Albrecht\nPutin sprach lange. Selenskyj hörte zu.\n"
            "Reporting by Laura Finch; Editing by Ian Porter")
    ms = run(text, lex)
    assert set(actors_of(ms)) == {"Wladimir Putin", "Wolodymyr Selenskyj"}


def test_commenter_handles_are_not_actors(lex: ActorLexicon) -> None:
    text = "@Felis: Da stimme ich zu. @Andreas_2020 sieht das anders. @Peter Müller: Unsinn."
    ms = run(text, lex)
    assert ms == []


def test_allowed_callback_excludes_furniture(lex: ActorLexicon) -> None:
    text = "Trump sprach mit Putin.\nKommentar: Selenskyj hat recht, meint Leser Tom Becker."
    cut = text.index("\n")
    ms = run(text, lex, allowed=lambda o: o < cut)
    assert set(actors_of(ms)) == {"Donald Trump", "Wladimir Putin"}


def test_mentions_only_inside_given_sentences(lex: ActorLexicon) -> None:
    text = "Trump sprach. Putin schwieg. Selenskyj wartete."
    sents = split(text)
    ms = find_mentions(text, sents[1:2], lex)
    assert actors_of(ms) == ["Wladimir Putin"]
    assert all(text[m.start:m.end] == m.text for m in ms)


# ---------------------------------------------------------------- English
def test_english_roles_names_and_adjectives(lex: ActorLexicon) -> None:
    text = ("Russian President Vladimir Putin spoke with President Donald Trump on Wednesday. "
            "Kremlin spokesman Dmitry Peskov said the call lasted an hour. "
            "Pete Hegseth, the defense secretary, met Secretary of State Marco Rubio. "
            "Russian forces shelled Kharkiv while Ukrainian drones hit a depot. "
            "The two presidents agreed to meet. He said Moscow was ready.")
    ms = run(text, lex, "en")
    persons = [(m.actor, m.role) for m in ms if m.kind is ActorKind.PERSON and m.via == "name"
               or m.via == "alias"]
    assert ("Wladimir Putin", "President") in persons
    assert ("Donald Trump", "President") in persons
    assert ("Dmitri Peskow", "spokesman") in persons
    assert ("Marco Rubio", "Secretary of State") in persons
    assert by_text(ms, "Pete Hegseth")[0].role == "Defense Secretary"
    assert {m.actor for m in ms if m.via == "group"} == {"Wladimir Putin", "Donald Trump"}
    assert [(m.text, m.actor) for m in ms if m.via == "adjective"] == [
        ("Russian forces", "Russland"), ("Ukrainian drones", "Ukraine")]
    assert [m.actor for m in ms if m.via == "pronoun"] == ["Dmitri Peskow"] or \
        [m.actor for m in ms if m.via == "pronoun"] == []


def test_english_unknown_names_and_possessive(lex: ActorLexicon) -> None:
    text = ("Foreign Minister Tomasz Wiśniewski arrived in Brussels. Wiśniewski's visit was short. "
            "The minister said little.")
    ms = run(text, lex, "en")
    assert actors_of(ms, ActorKind.PERSON) == ["Tomasz Wiśniewski"] * 3


def test_english_common_capitalised_words(lex: ActorLexicon) -> None:
    ms = run("The Parliament approved the Budget Act on Monday. Officials called it a Historic Day.", lex, "en")
    assert actors_of(ms, ActorKind.PERSON) == []


# ---------------------------------------------------------------- registry
def test_registry_merges_spellings_across_articles(lex: ActorLexicon) -> None:
    reg = ActorRegistry(lex)
    reg.add(run("Außenminister Oleksandr Kowalenko reiste ab. Selenskij dankte.", lex))
    reg.add(run("Gestern sagte Olexandr Kovalenko, der Außenminister, man sei bereit. Zelensky schwieg.", lex))
    reg.add(run("Der Außenminister Kowalenko bestätigte das. Selenskyj auch.", lex))
    assert reg.canonical("Olexandr Kovalenko") == reg.canonical("Oleksandr Kowalenko")
    assert reg.canonical("Kowalenko") == reg.canonical("Oleksandr Kowalenko")
    assert reg.canonical("Selenskij") == "Wolodymyr Selenskyj"
    persons = [a for a in reg.actors() if a.kind is ActorKind.PERSON]
    assert len(persons) == 2
    kow = next(a for a in persons if "Kowalenko" in a.name or "Kovalenko" in a.name)
    assert {"Olexandr Kovalenko", "Kowalenko"} <= set(kow.aliases) | {kow.name}
    assert "Außenminister" in kow.roles


def test_registry_keeps_different_people_apart(lex: ActorLexicon) -> None:
    reg = ActorRegistry(lex)
    reg.add(run("Botschafterin Maria Lindqvist sprach. Außenminister Erik Lindqvist auch.", lex))
    reg.add(run("Der Analyst Tomas Brandt widersprach.", lex))
    names = {a.name for a in reg.actors() if a.kind is ActorKind.PERSON}
    assert names == {"Maria Lindqvist", "Erik Lindqvist", "Tomas Brandt"}
    # a bare surname shared by two full names stays ambiguous rather than joining one of them
    assert reg.canonical("Lindqvist") == "Lindqvist"


def test_registry_aliases_have_no_pronouns_or_roles(lex: ActorLexicon) -> None:
    reg = ActorRegistry(lex)
    reg.add(run("US-Präsident Donald Trump sprach. Er lachte. Der US-Präsident ging.", lex))
    trump = next(a for a in reg.actors() if a.name == "Donald Trump")
    assert "Er" not in trump.aliases and "US-Präsident" not in trump.aliases
    assert "US-Präsident" in trump.roles


def test_registry_aliases_have_no_possessives(lex: ActorLexicon) -> None:
    reg = ActorRegistry(lex)
    reg.add(run("Mayor Tilda Brackwell spoke. Brackwell's plan passed. Tilda Brackwell's office agreed.", lex, "en"))
    mayor = next(a for a in reg.actors() if a.name == "Tilda Brackwell")
    assert not [x for x in mayor.aliases if x.endswith("'s")], mayor.aliases


# ---------------------------------------------------------------- user lexicon
def test_user_lexicon_extends_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "actors_persons.tsv").write_text(
        "Kasimir Zwirbelmann\tZwirbelmann|Kasi Zwirbelmann\tBürgermeister\tDeutschland\tm\n", encoding="utf-8")
    (tmp_path / "actors_orgs.tsv").write_text("Vereinigte Kleingärtner\torganisation\tVKG\n", encoding="utf-8")
    lex2 = ActorLexicon.load(extra_dirs=[tmp_path])
    assert lex2 is not ActorLexicon.load()
    ms = run("Zwirbelmann lobte die VKG. Der Bürgermeister war zufrieden.", lex2)
    assert [(m.actor, m.via) for m in ms] == [("Kasimir Zwirbelmann", "name"),
                                              ("Vereinigte Kleingärtner", "alias"),
                                              ("Kasimir Zwirbelmann", "role")]
