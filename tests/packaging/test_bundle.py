"""The double-click app: PyInstaller builds the one-folder bundle, and the bundle's --selftest passes.

About a minute on two cores; the figures (build time, size) are printed by packaging/build.sh."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extras: pip install -e '.[test]'")


@pytest.mark.slow
def test_bundle_builds_and_passes_its_selftest(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "chronik.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    exe = dist / "chronik" / "chronik"
    assert exe.is_file()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH",
                                                             "CHRONIK_RESOURCES")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    run = subprocess.run([str(exe), "--selftest"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "selftest OK" in run.stdout
    assert (dist / "chronik" / "chronik-gui").is_file()
