"""``chronik --selftest`` and the bundled font."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop import selftest  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _pipeline_ready() -> str | None:
    """Why the full selftest cannot run yet, or None."""
    try:
        import desktop.ui.export  # noqa: F401
    except ImportError:
        return "desktop.ui.export is not there yet"
    return None


def test_bundled_font_is_registered(qapp: QApplication) -> None:
    from PySide6.QtGui import QFontDatabase

    families = selftest.register_bundled_fonts()
    assert "DejaVu Sans" in families
    assert "DejaVu Sans" in QFontDatabase.families()


def test_blank_picture_is_rejected(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    blank = QImage(800, 400, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    blank.save(str(tmp_path / "blank.png"))
    ok, why = selftest.image_looks_drawn(tmp_path / "blank.png")
    assert not ok and "blank" in why

    drawn = QImage(blank)
    p = QPainter(drawn)
    for i, colour in enumerate(("red", "blue", "green", "black")):
        p.fillRect(50 + i * 150, 100, 100, 150, QColor(colour))
    p.end()
    drawn.save(str(tmp_path / "drawn.png"))
    assert selftest.image_looks_drawn(tmp_path / "drawn.png")[0]
    assert not selftest.image_looks_drawn(tmp_path / "missing.png")[0]


def test_selftest_fails_loudly_without_articles(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reason = _pipeline_ready()
    if reason:
        pytest.skip(reason)
    empty = tmp_path / "no-samples"
    empty.mkdir()
    assert selftest.run(str(tmp_path / "out.png"), samples=empty) == 1
    assert "selftest FAILED" in capsys.readouterr().err


def test_selftest_renders_the_sample_corpus(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reason = _pipeline_ready()
    if reason:
        pytest.skip(reason)
    out = tmp_path / "selftest.png"
    assert selftest.run(str(out)) == 0, capsys.readouterr().err
    assert out.stat().st_size > 10_000
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("selftest OK: 10 articles")


def test_cli_selftest_flag_in_a_fresh_process(tmp_path: Path) -> None:
    """What the packaged app runs: a separate process, no display."""
    reason = _pipeline_ready()
    if reason:
        pytest.skip(reason)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), TMPDIR=str(tmp))
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "selftest OK" in proc.stdout
    assert not [p.name for p in tmp.iterdir() if p.name.startswith("chronik-selftest-")]  # nothing left behind
