"""What every controller shares: the window it serves and its status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def plural(n: int, one: str, many: str) -> str:
    """English-style plural choice; both forms are translatable strings."""
    return (one if n == 1 else many).format(n=n)


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Controller(QObject):
    """One concern of the window. Its strings are translated in the "MainWindow" context
    (each module's ``_tr``), so they keep the window's translations."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def status(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def busy(self) -> bool:
        return self.window.imports.is_busy()
