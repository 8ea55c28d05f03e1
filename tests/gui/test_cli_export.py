"""`chronik export` renders the timeline without a window."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.cli import main

ARTICLE = """date 2025-03-07
Gespräche in Nordstadt

Der nordländische Präsident Arvid Holm hat am Mittwoch mit Maria Kessler telefoniert.
Holm will am Montag nach Südstadt reisen, um Kessler zu treffen.
Im Februar 2022 hatten beide zuletzt miteinander verhandelt.
"""


def test_export_writes_png_of_the_asked_width_and_svg(tmp_path: Path, qapp) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    code = main(["export", "--png", str(png), "--svg", str(svg), "--width", "1200",
                 "--from", "2025-02-01", "--to", "2025-05-31", str(src)])
    assert code == 0
    img = QImage(str(png))
    assert img.width() == 1200 and img.height() > 200
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colours) > 20  # not blank: axis, lanes, markers, labels
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")


def test_export_to_a_folder_that_does_not_exist_says_so_without_a_traceback(tmp_path: Path, qapp, capsys) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "no-such-folder" / "t.png"
    assert main(["export", "--png", str(target), str(src)]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and str(target) in err and "Traceback" not in err
    assert not target.exists()


def test_export_of_a_missing_input_writes_no_picture(tmp_path: Path, qapp, capsys) -> None:
    png = tmp_path / "t.png"
    assert main(["export", "--png", str(png), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and "no picture" in err
    assert not png.exists()
