"""The bars above the timeline (empty workspace, samples, undated articles) and the drop
overlay: they display and offer buttons; the window's controllers act on the clicks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_CTX = "MainWindow"  # the window's strings, with their translations


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class NoticeBar(QFrame):
    """A one-line coloured bar above the timeline: a message and buttons (non-modal)."""

    def __init__(self, name: str, background: str, border: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(self.label, 1)

    def set_text(self, html: str) -> None:
        self.label.setText(html)

    def text(self) -> str:
        return self.label.text()

    def add_button(self, text: str) -> QPushButton:
        b = QPushButton(text)
        self._layout.addWidget(b)
        return b


class EmptyBanner(QFrame):
    """Offered while the workspace is empty: drop, import, or the sample articles."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("empty_banner")
        self.setStyleSheet("#empty_banner { background: #eef4fb; border: 1px solid #b9cfe8; border-radius: 6px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        text = QLabel(_tr(
            "<b>This workspace is empty.</b> Drop news articles (text, HTML, PDF, e-mail) "
            "or folders onto this window, import them from the File menu, "
            "or start with the sample articles."
        ))
        text.setWordWrap(True)
        self.sample_button = QPushButton(_tr("Load sample articles"))
        self.import_button = QPushButton(_tr("Import files…"))
        layout.addWidget(text, 1)
        layout.addWidget(self.sample_button)
        layout.addWidget(self.import_button)


class DropOverlay(QLabel):
    """Shown over the window while files are dragged over it: where they will go."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("drop_overlay")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(
            "#drop_overlay { background: rgba(31, 95, 191, 40); border: 3px dashed #1f5fbf;"
            " border-radius: 12px; color: #123c7a; font-size: 20px; font-weight: 600; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
