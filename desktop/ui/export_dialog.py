"""File > Export chronology: choose a format, what to export and a file; the core writes it.

The writers live in :mod:`desktop.core.exports`; this dialog only collects the choices.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exports import FORMATS
from desktop.ui.dialogs import path_row


def mentions_path(path: str) -> str:
    """``events.csv`` -> ``events-mentions.csv``: the second CSV file, one row per source sentence."""
    stem, suffix = os.path.splitext(path)
    return f"{stem}-mentions{suffix or '.csv'}"


class ExportChronologyDialog(QDialog):
    """Format (TimelineJS, CSV, iCalendar, Markdown, HTML), scope (in view / all) and a file."""

    def __init__(self, start_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export chronology"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Format:")))
        self.formats = QButtonGroup(self)
        labels = {
            "timelinejs": self.tr("TimelineJS (JSON for an interactive timeline on a web page)"),
            "csv": self.tr("CSV table for spreadsheets (one row per event)"),
            "ics": self.tr("iCalendar (.ics) for calendar programs"),
            "md": self.tr("Text chronology with footnotes, Markdown"),
            "html": self.tr("Text chronology with footnotes, HTML"),
        }
        self.radios: dict[str, QRadioButton] = {}
        for key in FORMATS:
            radio = QRadioButton(labels[key])
            self.radios[key] = radio
            self.formats.addButton(radio)
            layout.addWidget(radio)
            radio.toggled.connect(self._on_format)
        self.mentions = QCheckBox(self.tr("Also one row per source sentence (a second file, …-mentions.csv)"))
        layout.addWidget(self.mentions)

        layout.addWidget(QLabel(self.tr("Events:")))
        self.scopes = QButtonGroup(self)
        self.in_view = QRadioButton(self.tr("What the timeline shows now (the visible dates)"))
        self.all_events = QRadioButton(self.tr("All events"))
        for radio in (self.in_view, self.all_events):
            self.scopes.addButton(radio)
            layout.addWidget(radio)
        self.in_view.setChecked(True)
        note = QLabel(self.tr("The current filters (search, actor, article, dates) apply to both."))
        note.setWordWrap(True)
        layout.addWidget(note)

        self.path = path_row(layout, start_path or "chronik.json", self.tr("Browse…"), self._browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.radios["timelinejs"].setChecked(True)

    def fmt(self) -> str:
        return next((k for k, r in self.radios.items() if r.isChecked()), "timelinejs")

    def set_format(self, fmt: str) -> None:
        self.radios[fmt].setChecked(True)

    def _on_format(self, *_: object) -> None:
        self.mentions.setEnabled(self.fmt() == "csv")
        path = self.path.text().strip()
        stem, suffix = os.path.splitext(path)
        if suffix.lower() in FORMATS.values():
            path = stem
        self.path.setText(path + FORMATS[self.fmt()])

    def _browse(self) -> None:
        suffix = FORMATS[self.fmt()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chronology"), self.path.text(), f"*{suffix}")
        if path:
            self.path.setText(path if path.endswith(suffix) else path + suffix)

    def value(self) -> tuple[str, str, str, bool]:
        """(format, path, "view" or "all", one row per source sentence too)."""
        scope = "view" if self.in_view.isChecked() else "all"
        return self.fmt(), self.path.text().strip(), scope, self.fmt() == "csv" and self.mentions.isChecked()
