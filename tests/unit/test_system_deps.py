"""scripts/system-deps.sh: the window's libraries by default, only what is missing, nothing on a ready machine.

dpkg-query, apt-get and id are replaced by small stand-ins on PATH that record their calls."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system-deps.sh"


def _stub(folder: Path, name: str, body: str) -> None:
    p = folder / name
    p.write_text("#!/usr/bin/env bash\n" + body, encoding="utf-8")
    p.chmod(p.stat().st_mode | stat.S_IEXEC)


def _run(tmp_path: Path, installed: set[str], **env: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    bin_ = tmp_path / "bin"
    bin_.mkdir(exist_ok=True)
    log = tmp_path / "calls.log"
    log.write_text("", encoding="utf-8")
    have = " ".join(sorted(installed))
    _stub(bin_, "dpkg-query", f'for p in {have}; do [ "$p" = "${{@: -1}}" ] && echo -n "install ok installed" && exit 0; done; exit 1\n')
    _stub(bin_, "apt-get", f'echo "apt-get $*" >> {log}\n')
    _stub(bin_, "id", 'echo 0\n')  # as root: no sudo
    full = dict(os.environ, PATH=f"{bin_}:{os.environ['PATH']}", **env)
    done = subprocess.run(["bash", str(SCRIPT)], env=full, capture_output=True, text=True, timeout=60)
    return done, [line for line in log.read_text(encoding="utf-8").splitlines() if line]


BASE = {"libglib2.0-0", "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libx11-6", "libxkbcommon0",
        "libdbus-1-3", "fonts-dejavu-core"}
WINDOW = {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
          "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0"}


def test_a_ready_machine_pays_nothing(tmp_path: Path) -> None:
    done, calls = _run(tmp_path, BASE | WINDOW)
    assert done.returncode == 0 and calls == [] and done.stderr == ""


def test_the_window_libraries_are_installed_by_default_when_missing(tmp_path: Path) -> None:
    done, calls = _run(tmp_path, BASE | {"libxcb-cursor0"})
    assert done.returncode == 0
    install = next(c for c in calls if " install " in c)
    assert "libxcb-icccm4" in install and "libxcb-keysyms1" in install  # what Qt's misleading abort is about
    assert "libxcb-cursor0" not in install and "libgl1" not in install  # only what is missing


def test_headless_use_can_skip_the_window_libraries(tmp_path: Path) -> None:
    done, calls = _run(tmp_path, BASE, CHRONIK_WINDOW_DEPS="0")
    assert done.returncode == 0 and calls == []


def _fake_checkout(tmp_path: Path, pip_fails: bool) -> Path:
    """A copy of run.sh with a stand-in .venv: python fails the import check, pip shouts, chronik runs."""
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    (root / "run.sh").write_text((ROOT / "run.sh").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "scripts" / "system-deps.sh").write_text("exit 0\n", encoding="utf-8")
    (root / "pyproject.toml").write_text("", encoding="utf-8")
    venv = root / ".venv" / "bin"
    venv.mkdir(parents=True)
    _stub(venv, "python", 'if [ "$1" = "-c" ]; then exit 1; fi\n'
                          'echo "BuildBackendWarning: Editable installation. !! ******** !!" >&2\n'
                          f'exit {1 if pip_fails else 0}\n')
    _stub(venv, "chronik", 'echo "chronik ran with $*"\n')
    return root


def test_run_sh_keeps_pips_notices_in_a_log(tmp_path: Path) -> None:
    root = _fake_checkout(tmp_path, pip_fails=False)
    done = subprocess.run(["bash", str(root / "run.sh"), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "chronik ran with --version" in done.stdout
    assert "BuildBackendWarning" not in done.stdout + done.stderr
    assert "BuildBackendWarning" in (root / ".venv" / "install.log").read_text(encoding="utf-8")


def test_run_sh_shows_the_log_when_the_install_fails(tmp_path: Path) -> None:
    root = _fake_checkout(tmp_path, pip_fails=True)
    done = subprocess.run(["bash", str(root / "run.sh")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "installing Chronik failed" in done.stderr and "BuildBackendWarning" in done.stderr
    assert "chronik ran" not in done.stdout
