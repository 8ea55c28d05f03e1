"""Short forms of organisations and places named in full once: sentences we wrote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.actors.short_forms import short_form
from desktop.core.model import ActorKind
from desktop.session import extract_paths


def _events(tmp_path: Path, text: str):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return extract_paths([p]).events


def test_short_forms_of_organisation_and_place_names() -> None:
    assert short_form("Northgate Research", ActorKind.ORGANISATION) == "Northgate"
    assert short_form("City of Millbrook", ActorKind.PLACE) == "Millbrook"
    assert short_form("Millbrook", ActorKind.PLACE) is None


def test_an_organisation_named_in_full_once_is_its_short_form_later(tmp_path: Path) -> None:
    text = ("date 2024-03-09\nShort sellers\n\nNorthgate Research published a critical report on the "
            "harbour company last month.\n\nMarch 4: Northgate released a second report, the company said.\n")
    day = [e for e in _events(tmp_path, text) if e.first == date(2024, 3, 4)]
    assert day and "Northgate Research" in day[0].actors


def test_a_short_form_two_names_share_is_nobodys(tmp_path: Path) -> None:
    text = ("date 2024-03-09\nTwo firms\n\nNorthgate Research and Northgate Group both filed reports.\n\n"
            "March 4: Northgate released a statement on the harbour deal.\n")
    day = [e for e in _events(tmp_path, text) if e.first == date(2024, 3, 4)]
    assert day and not {"Northgate Research", "Northgate Group"} & set(day[0].actors)
