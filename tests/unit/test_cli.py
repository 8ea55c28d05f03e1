from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for cmd in ("extract", "timex", "export", "install-desktop"):
        assert cmd in out


def test_bad_date_option_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Text.", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["extract", "--date", f"{f}=12.02.2025", str(f)])
    assert "YYYY-MM-DD" in str(e.value.code)


def test_python_m_desktop_is_the_same_program(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("date 2025-03-07\nAnna Berg hat am Mittwoch mit Karl Stein telefoniert.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "desktop", "extract", str(f)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "2025-03-05" in out.stdout


def test_size_limit_is_configurable_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Der Rat tagte lange und vertagte sich dann wieder. " * 24_000, encoding="utf-8")  # 1.2 MB
    assert main(["extract", "--max-size", "1", str(big)]) == 1
    err = capsys.readouterr().err
    assert "big.txt" in err and "limit of 1 MB" in err
    assert main(["extract", "--max-size", "2", str(big)]) == 0


def test_db_import_twice_does_not_duplicate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    f = tmp_path / "a.txt"
    f.write_text("date 2025-03-07\nAnna Berg hat am Mittwoch mit Karl Stein telefoniert.\n", encoding="utf-8")
    db = tmp_path / "w.chronik"
    assert main(["extract", "--json", "--db", str(db), str(f)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["extract", "--json", "--db", str(db), str(f)]) == 0
    second = json.loads(capsys.readouterr().out)
    assert len(second["articles"]) == len(first["articles"]) == 1
    assert len(second["events"]) == len(first["events"]) >= 1
