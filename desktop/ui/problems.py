"""The problems list: files that could not be (fully) imported, shown without blocking, and
files imported with a warning (read only in part, decoded by guessing).

Signals of :class:`ProblemsDock`:
    problem_activated(str): a problem row was double-clicked (its file path).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.readers.errors import display_name
from desktop.core.model import Problem, ProblemKind
from desktop.session.collections import Collection
from desktop.ui.rows import CollectionTableModel

ProblemRole = Qt.ItemDataRole.UserRole + 1
_INDEX = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ImportNote:
    """A file that was imported, but with a warning the user should see (only its head was
    read, its encoding was guessed ...): a row of the problems list, not a failed import."""

    path: str
    message: str


Row = Problem | ImportNote


def _same(row: Row) -> Row:
    return row  # a problem is its own key: the same problem twice is one row


class ProblemsModel(CollectionTableModel[Row, Row]):
    """Columns: file name, kind, message. Appends only; cleared by the user."""

    def __init__(self, parent: Any = None, collection: Collection[Row, Row] | None = None) -> None:
        super().__init__(collection if collection is not None else Collection(_same), parent)
        self._details = detail_translations()  # the readers' messages in the window's language

    def add_problems(self, problems: Iterable[Row]) -> None:
        self.update([*self._collection, *problems])

    def clear(self) -> None:
        self.update(())

    def problems(self) -> list[Problem]:
        """The files that could not be (fully) imported."""
        return [r for r in self.items() if isinstance(r, Problem)]

    def notes(self) -> list[ImportNote]:
        """The files imported with a warning."""
        return [r for r in self.items() if isinstance(r, ImportNote)]

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("File"), self.tr("Problem"), self.tr("Details"))
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem = self.item_at(index.row()) if index.isValid() else None
        if problem is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return display_name(problem.path)
            if col == 1:
                return kind_text(problem.kind) if isinstance(problem, Problem) else self.tr("imported with a warning")
            if col == 2:
                return self._details.get(problem.message, problem.message)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{problem.path}\n{self._details.get(problem.message, problem.message)}"
        if role == ProblemRole:
            return problem
        return None


def kind_labels() -> dict[ProblemKind, str]:
    """One short human phrase for each ProblemKind (translated)."""
    from PySide6.QtCore import QCoreApplication

    def t(s: str) -> str:
        return QCoreApplication.translate("Chronik problems", s)

    return {
        ProblemKind.EMPTY: t("empty file"),
        ProblemKind.BINARY: t("not a text document"),
        ProblemKind.TOO_LARGE: t("file too large"),
        ProblemKind.ENCODING: t("unknown text encoding"),
        ProblemKind.UNREADABLE: t("cannot be read"),
        ProblemKind.VANISHED: t("file disappeared"),
        ProblemKind.DAMAGED: t("damaged file"),
        ProblemKind.MALFORMED: t("malformed file"),
        ProblemKind.ENCRYPTED: t("encrypted"),
        ProblemKind.NO_TEXT: t("no text found"),
        ProblemKind.UNSUPPORTED: t("unsupported format"),
        ProblemKind.TOO_SLOW: t("took too long"),
        ProblemKind.STORAGE: t("not stored in the workspace"),
        ProblemKind.INTERRUPTED: t("import interrupted"),
        ProblemKind.INTERNAL: t("import failed"),
    }


def kind_text(kind: ProblemKind | str) -> str:
    """The label of a Problem.kind."""
    return kind_labels()[ProblemKind.parse(kind)]


_DETAILS = "Chronik problem details"


def _detail(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(_DETAILS, text)


def detail_translations() -> dict[str, str]:
    """The readers' fixed messages (``desktop/core/readers``) in the window's language. A
    message with a number or a name in it ("the file is 60 MB ...") is not among them and is
    shown as the reader wrote it; a message changed in a reader falls back to its own words."""
    return {
        'contains no article': _detail('contains no article'),
        'not enough memory to read this file': _detail('not enough memory to read this file'),
        'permission denied: Chronik may not read this file': _detail('permission denied: Chronik may not read this file'),
        'the Markdown file contains no text': _detail('the Markdown file contains no text'),
        'the file contains only blank space': _detail('the file contains only blank space'),
        'the file disappeared before it could be read': _detail('the file disappeared before it could be read'),
        'the file disappeared while it was being imported': _detail('the file disappeared while it was being imported'),
        'the file is empty': _detail('the file is empty'),
        'the file is nested too deeply to be read': _detail('the file is nested too deeply to be read'),
        'the file needs more memory than is available': _detail('the file needs more memory than is available'),
        'the file no longer exists (moved or deleted?)': _detail('the file no longer exists (moved or deleted?)'),
        'the parts of this e-mail are nested too deeply to be read': _detail('the parts of this e-mail are nested too deeply to be read'),
        'the text encoding could not be recognised (not UTF-8, UTF-16 or Windows-1252)': _detail('the text encoding could not be recognised (not UTF-8, UTF-16 or Windows-1252)'),
        'this HTML page contains no readable text': _detail('this HTML page contains no readable text'),
        'this HTML page could not be parsed and has no readable text': _detail('this HTML page could not be parsed and has no readable text'),
        'this PDF has no pages': _detail('this PDF has no pages'),
        'this PDF is damaged and cannot be opened': _detail('this PDF is damaged and cannot be opened'),
        'this PDF is damaged: none of its pages could be read': _detail('this PDF is damaged: none of its pages could be read'),
        'this PDF is encrypted and cannot be opened': _detail('this PDF is encrypted and cannot be opened'),
        'this PDF is protected by a password; save an unprotected copy': _detail('this PDF is protected by a password; save an unprotected copy'),
        'this e-mail has no text or HTML part': _detail('this e-mail has no text or HTML part'),
        'this e-mail has no text': _detail('this e-mail has no text'),
        'this e-mail message cannot be parsed': _detail('this e-mail message cannot be parsed'),
        'this is a folder, not a file': _detail('this is a folder, not a file'),
        'this is not a PDF file (the PDF header is missing)': _detail('this is not a PDF file (the PDF header is missing)'),
        'this is not a regular file (device, pipe or socket)': _detail('this is not a regular file (device, pipe or socket)'),
        'this is not an e-mail message (no mail headers found)': _detail('this is not an e-mail message (no mail headers found)'),
        "this is not an mbox mailbox (no 'From ' separator lines)": _detail("this is not an mbox mailbox (no 'From ' separator lines)"),
        'this looks like a binary file, not a mailbox': _detail('this looks like a binary file, not a mailbox'),
        'this looks like a binary file, not an e-mail': _detail('this looks like a binary file, not an e-mail'),
        'this looks like a binary file, not text (wrong file extension?)': _detail('this looks like a binary file, not text (wrong file extension?)'),
        'this message is empty': _detail('this message is empty'),
        'the import stopped while this file was being read; it was not imported': _detail('the import stopped while this file was being read; it was not imported'),
    }


class ProblemsDock(QDockWidget):
    """A dock listing import problems; it shows itself when problems arrive.

    Signals:
        problem_activated(str): path of a double-clicked problem.
        cleared(): the user cleared the list (the workspace forgets them too).
    """

    problem_activated = Signal(str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("problems_dock")
        self.model = ProblemsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(1, 160)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_double_clicked)

        self._summary = QLabel()
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self._on_clear_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._summary, 1)
        top.addWidget(clear)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.setWidget(body)
        self._update_summary()

    def add_problems(self, problems: Iterable[Row]) -> None:
        problems = list(problems)
        self.model.add_problems(problems)
        self._update_summary()
        if problems:
            self.show()
            self.raise_()

    def clear(self) -> None:
        self.model.clear()
        self._update_summary()

    def _on_clear_clicked(self) -> None:
        self.clear()
        self.cleared.emit()

    def _update_summary(self) -> None:
        failed = {p.path for p in self.model.problems()}
        noted = {n.path for n in self.model.notes()} - failed  # a file with two warnings is one file
        parts = []
        if failed:
            parts.append((self.tr("1 file could not be imported.") if len(failed) == 1
                          else self.tr("{n} files could not be imported.")).format(n=len(failed)))
        if noted:
            parts.append((self.tr("1 file was imported with a warning.") if len(noted) == 1
                          else self.tr("{n} files were imported with a warning.")).format(n=len(noted)))
        self._summary.setText(" ".join(parts) if parts else self.tr("No problems."))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        problem = self.model.data(index, ProblemRole)
        if problem is not None:
            self.problem_activated.emit(problem.path)
