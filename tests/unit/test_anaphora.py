"""Definite references to an organisation named before ("das Gericht", "the bank"): sentences we wrote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.session import extract_paths


def _events(tmp_path: Path, text: str):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return extract_paths([p]).events


def test_das_gericht_is_the_court_named_before(tmp_path: Path) -> None:
    text = ("date 2025-03-07\nUrteil in Karlsruhe\n\nDas Bundesverfassungsgericht hat über die Klage verhandelt. "
            "Die Richter hörten viele Zeugen.\n\nDas Gericht verkündete am Mittwoch sein Urteil.\n")
    wed = [e for e in _events(tmp_path, text) if e.first == date(2025, 3, 5)]
    assert wed and "Bundesverfassungsgericht" in wed[0].actors


def test_the_bank_is_the_bank_named_before(tmp_path: Path) -> None:
    text = ("date 2025-03-07\nRates\n\nThe European Central Bank kept its rates steady in February. "
            "Analysts had expected as much.\n\nThe bank will meet again on Thursday, March 13.\n")
    thu = [e for e in _events(tmp_path, text) if e.first == date(2025, 3, 13)]
    assert thu and "European Central Bank" in thu[0].actors  # named as the article names it


def test_no_organisation_no_reference(tmp_path: Path) -> None:
    text = "date 2025-03-07\nUrteil\n\nDas Gericht verkündete am Mittwoch sein Urteil über den Nachbarn.\n"
    wed = [e for e in _events(tmp_path, text) if e.first == date(2025, 3, 5)]
    assert wed and not wed[0].actors


def test_the_company_is_the_company_named_before(tmp_path: Path) -> None:
    text = ("date 2025-06-12\nDelay at Marrowby\n\nMarrowby, the drone startup based in Fenwick, delayed its first "
            "deliveries. Investors were not told why.\n\nThe company was founded in 2019 by two engineers.\n")
    founded = [e for e in _events(tmp_path, text) if e.first == date(2019, 1, 1)]
    assert founded and "Marrowby" in founded[0].actors


def test_der_verein_is_the_club_named_before(tmp_path: Path) -> None:
    text = ("date 2025-04-14\nTrainerwechsel\n\nDer TSV Hollerbach hat sich von seinem Trainer getrennt. "
            "Die Mannschaft hatte fünf Spiele in Folge verloren.\n\nDas teilte der Verein am Sonntag mit.\n")
    sun = [e for e in _events(tmp_path, text) if e.first == date(2025, 4, 13)]
    assert sun and "TSV Hollerbach" in sun[0].actors


def test_a_club_is_also_named_without_its_prefix(tmp_path: Path) -> None:
    text = ("date 2025-04-14\nDerby\n\nDer SV Ebbelsdorf hat das Derby verloren. Trainer und Fans waren enttäuscht."
            "\n\nAm kommenden Samstag spielt Ebbelsdorf gegen den Tabellenführer.\n")
    sat = [e for e in _events(tmp_path, text) if e.first == date(2025, 4, 19)]
    assert sat and "SV Ebbelsdorf" in sat[0].actors


def test_two_companies_that_fit_leave_the_company_unknown(tmp_path: Path) -> None:
    text = ("date 2025-06-12\nMerger\n\nShares of insurer Calloway Mutual and of lender Brickfield rose. "
            "The company said on Wednesday that talks continue.\n")
    wed = [e for e in _events(tmp_path, text) if e.first == date(2025, 6, 11)]
    assert wed and not {"Calloway Mutual", "Brickfield"} & set(wed[0].actors)


def test_die_mannschaft_is_the_club_named_before(tmp_path: Path) -> None:
    text = ("date 2025-04-14\nPokal\n\nEintracht Wendlingen steht im Halbfinale. Der Trainer lobte die Abwehr."
            "\n\nAm kommenden Mittwoch trifft die Mannschaft auf den Titelverteidiger.\n")
    wed = [e for e in _events(tmp_path, text) if e.first == date(2025, 4, 16)]
    assert wed and "Eintracht Wendlingen" in wed[0].actors


def test_das_hat_x_beschlossen_is_about_the_sentence_before(tmp_path: Path) -> None:
    text = ("date 2025-05-19\nKlinik\n\nDas Kreiskrankenhaus Ostmarken schließt seine Notaufnahme im Juli. "
            "Das hat der Aufsichtsrat am Freitag beschlossen.\n")
    fri = [e for e in _events(tmp_path, text) if e.first == date(2025, 5, 16)]
    assert fri and "Kreiskrankenhaus Ostmarken" in fri[0].actors
    # an article, an adjective and a noun name a subject of their own: no actors borrowed
    text2 = ("date 2025-05-19\nKlinik\n\nDas Kreiskrankenhaus Ostmarken schließt seine Notaufnahme im Juli. "
             "Die neue Tagesklinik der Stiftung öffnet am kommenden Freitag.\n")
    fri2 = [e for e in _events(tmp_path, text2) if e.first == date(2025, 5, 23)]
    assert fri2 and "Kreiskrankenhaus Ostmarken" not in fri2[0].actors
