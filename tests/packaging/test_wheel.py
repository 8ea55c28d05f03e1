"""The package installs as a package: the wheel carries its resources, and the installed
``chronik`` runs from another folder with no source checkout in reach.

The wheel is built from a copy of the source files (the checkout stays clean) with the
test environment's setuptools, then installed with ``--no-deps --no-index`` into a fresh
virtual environment. Its third-party dependencies (PySide6, pyqtgraph, dateparser ...) are
lent from the test environment through a ``.pth`` line, so the test needs no network; that
environment's own ``desktop`` (an editable install) is not visible there: a ``.pth`` line
adds a folder, not the ``.pth`` files inside it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("desktop", "resources", "setup.py", "pyproject.toml", "README.md", "LICENSE")
SAMPLE = "01-de-telefonat-trump-putin.txt"

pytest.importorskip("setuptools", minversion="77", reason="setuptools>=77 is in the test extras")


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "CHRONIK_RESOURCES", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONDONTWRITEBYTECODE="1")
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(wheel, fresh venv's python, its site-packages)."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    for name in SOURCES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, src / name)
    out = base / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    wheel = next(out.glob("chronik-*.whl"))

    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
         str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "_chronik_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return wheel, python, site


@pytest.mark.slow
def test_wheel_carries_every_resource_folder(installed: tuple[Path, Path, Path]) -> None:
    wheel, _, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    folders = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "screenshots")
    assert {"lexicons", "samples", "icons", "translations", "fonts"} <= set(folders)
    for folder in folders:
        shipped = {p.name for p in (ROOT / "resources" / folder).iterdir()
                   if p.is_file() and p.suffix != ".ts"}
        packed = {n.rsplit("/", 1)[1] for n in names if n.startswith(f"desktop/resources/{folder}/")}
        assert shipped and shipped <= packed, f"{folder}: missing {sorted(shipped - packed)}"
    assert "desktop/resources/chronik.desktop" in names


@pytest.mark.slow
def test_installed_chronik_extracts_and_passes_its_selftest_from_another_folder(
    installed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, python, site = installed
    chronik = python.parent / "chronik"
    where = subprocess.run(
        [str(python), "-c", ("import desktop; from desktop.core.resources import resources_dir; "
                             "print(desktop.__file__); print(resources_dir())")],
        cwd=tmp_path, env=_clean_env(), capture_output=True, text=True, timeout=60,
    )
    assert where.returncode == 0, where.stderr
    module, resources = where.stdout.split()
    assert Path(module).is_relative_to(site) and Path(resources).is_relative_to(site), where.stdout

    sample = site / "desktop" / "resources" / "samples" / SAMPLE
    run = subprocess.run([str(chronik), "extract", "--json", str(sample)], cwd=tmp_path, env=_clean_env(),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert [a["published"] for a in data["articles"]] == ["2025-02-13"]
    assert data["events"] and data["actors"]

    selftest = subprocess.run([str(chronik), "--selftest"], cwd=tmp_path, env=_clean_env(),
                              capture_output=True, text=True, timeout=300)
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "selftest OK" in selftest.stdout
