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
