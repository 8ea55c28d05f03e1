"""``chronik install-desktop``: menu entry, icons and MIME type below $XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import struct
from pathlib import Path

import pytest

from desktop import install_desktop


def _read_entry(path: Path) -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case sensitive
    cp.read_string(path.read_text(encoding="utf-8"))
    return cp["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    base = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(base))
    return base


def test_install_writes_entry_icons_and_mime_type(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert install_desktop.main([]) == 0

    entry_file = data_home / "applications" / "chronik.desktop"
    entry = _read_entry(entry_file)
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "chronik"
    assert "application/x-chronik-workspace" in entry["MimeType"].split(";")
    assert entry["Name[de]" if "Name[de]" in entry else "Name"]
    assert entry["Comment[de]"] and entry["Comment"] != entry["Comment[de]"]

    argv = shlex.split(entry["Exec"])
    assert argv[-1] == "%F"
    program = Path(argv[0])
    assert program.is_absolute() and os.access(program, os.X_OK), entry["Exec"]

    for n in install_desktop.ICON_SIZES:
        png = data_home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "chronik.png"
        assert _png_size(png) == (n, n)
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / "chronik.svg").read_text().lstrip().startswith("<?xml")
    mime_pkg = data_home / "mime" / "packages" / "chronik.xml"
    assert "application/x-chronik-workspace" in mime_pkg.read_text(encoding="utf-8")

    out = capsys.readouterr().out
    assert str(entry_file) in out  # tells the user what it did


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_mime_database_knows_the_workspace_glob(data_home: Path) -> None:
    assert install_desktop.main([]) == 0
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-chronik-workspace:*.chronik" in globs


def test_uninstall_removes_everything_it_installed(data_home: Path) -> None:
    assert install_desktop.main([]) == 0
    mine = install_desktop.installed_files(data_home)
    assert all(f.exists() for f in mine)
    (data_home / "applications" / "other.desktop").write_text("[Desktop Entry]\n")

    assert install_desktop.main(["--uninstall"]) == 0
    assert not any(f.exists() for f in mine)
    assert (data_home / "applications" / "other.desktop").exists()  # not ours: left alone


def test_uninstall_without_install_is_harmless(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert install_desktop.main(["--uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_exec_override_with_spaces_is_quoted(data_home: Path) -> None:
    assert install_desktop.main(["--exec", "'/opt/my apps/chronik' --new-window"]) == 0
    entry = _read_entry(data_home / "applications" / "chronik.desktop")
    assert entry["Exec"] == '"/opt/my apps/chronik" --new-window %F'
    assert shlex.split(entry["Exec"])[:2] == ["/opt/my apps/chronik", "--new-window"]
    assert entry["TryExec"] == "/opt/my apps/chronik"


def test_relative_xdg_data_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert install_desktop.data_home() == tmp_path / ".local" / "share"


def test_source_checkout_entry_sets_working_folder() -> None:
    template = "[Desktop Entry]\nName=Chronik\nExec=chronik-gui %F\nTryExec=chronik-gui\n"
    text = install_desktop.desktop_entry(template, ["/usr/bin/python3", "-m", "desktop"], Path("/src/chronik"))
    assert "Exec=/usr/bin/python3 -m desktop %F" in text
    assert "Path=/src/chronik" in text
    assert "TryExec=/usr/bin/python3" in text
