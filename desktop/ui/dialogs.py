"""Small dialogs: dates, merges, export, preferences, shortcuts, and the article reader."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.readers.errors import display_name
from desktop.core.model import Article, Event, Precision
from desktop.core.titles import display_title
from desktop.ui.event_model import format_date, format_event_date, precision_text
from desktop.ui.side_panel import ACTOR_COLOUR, DATE_COLOUR, SNIPPET_BACKGROUND, Span, date_source_text


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    return edit



def path_row(layout: QVBoxLayout, start: str, label: str, browse: Callable[[], None]) -> QLineEdit:
    """A file path field with its browse button (``label``), added to ``layout`` (the export dialogs)."""
    field = QLineEdit(start)
    button = QPushButton(label)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    layout.addLayout(row)
    return field

class ArticleDateDialog(QDialog):
    """Set an article's publication date, or go back to the detected one."""

    def __init__(
        self, article: Article, user_date: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publication date"))
        self.cleared = False
        # the title the article list and the bar show (a stand-in first sentence when the file
        # has no headline), and the file it is in
        title = display_title(article)
        file_name = display_name(article.path)
        pub = article.published
        if pub is not None:
            found = self.tr("Currently: {date} ({source})").format(
                date=format_date(pub.value, pub.value, pub.precision),
                source=date_source_text(pub.source),
            )
        else:
            found = self.tr("No publication date was found in this article.")
        self.info = info = QLabel(
            f"<b>{html.escape(title)}</b><br><span style='color:gray'>{html.escape(file_name)}</span>"
            f"<br>{html.escape(found)}"
        )
        info.setWordWrap(True)
        info.setToolTip(article.path)
        start = user_date or (pub.value if pub else date.today())
        self.edit = _date_edit(start)
        form = QFormLayout()
        form.addRow(self.tr("Published on:"), self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if user_date is not None:
            reset = buttons.addButton(
                self.tr("Use detected date"), QDialogButtonBox.ButtonRole.ResetRole
            )
            reset.clicked.connect(self._on_reset)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        if user_date is None and pub is not None and pub.precision is not Precision.DAY:
            # only the month (or year) is known: the field shows its first day, which OK must not
            # save as if the user had said so; the day is the user's to choose
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setEnabled(False)
            self.edit.dateChanged.connect(lambda _d: ok.setEnabled(True))
            pick = QLabel(self.tr("Only the month is known: choose the day."))
            pick.setWordWrap(True)
            layout.addWidget(pick)
        note = QLabel(self.tr("Relative dates in the article (“yesterday”, “on Monday”) follow it."))
        note.setStyleSheet("color: gray")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)  # a headline on two lines, not a word per line
        # the height the wrapped lines take at that width (sized at a narrower one, the note
        # stood in a box of three lines with a blank line above it)
        self.resize(420, layout.heightForWidth(420))

    def _on_reset(self) -> None:
        self.cleared = True
        self.accept()

    def value(self) -> date | None:
        """The chosen date; None when the user went back to the detected date."""
        return None if self.cleared else from_qdate(self.edit.date())


class EventDateDialog(QDialog):
    """Correct an event's date: first day, last day and precision."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event date"))
        self.first = _date_edit(event.first)
        self.last = _date_edit(event.last)
        self.precision = QComboBox()
        for p in Precision:
            self.precision.addItem(precision_text(p), p.value)
        self.precision.setCurrentIndex(list(Precision).index(event.precision))
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.first)
        form.addRow(self.tr("To:"), self.last)
        form.addRow(self.tr("Precision:"), self.precision)
        self.first.dateChanged.connect(self._on_first_changed)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()  # shown with its message only: an empty line left a gap above the buttons
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"<b>{html.escape(event.label)}</b><br>{html.escape(format_event_date(event))}")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)  # a label of a few words on one line, not its last word alone below
        height = layout.heightForWidth(400)
        if height > 0:  # as tall as the heading wraps at that width, not at the narrower size hint's
            self.resize(400, height)

    def _on_first_changed(self, q: QDate) -> None:
        if self.last.date() < q:
            self.last.setDate(q)

    def _on_accept(self) -> None:
        if self.last.date() < self.first.date():
            self.error.setText(self.tr("The last day is before the first."))
            self.error.show()
            return
        self.accept()

    def value(self) -> tuple[date, date, Precision]:
        return (
            from_qdate(self.first.date()),
            from_qdate(self.last.date()),
            Precision(self.precision.currentData()),
        )


class ChooseEventDialog(QDialog):
    """Pick another event (to merge with), listed by date."""

    def __init__(
        self, event: Event, candidates: Sequence[Event], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge events"))
        self._candidates = [c for c in candidates if c.id != event.id]
        # nearest in time first
        self._candidates.sort(key=lambda c: (abs((c.first - event.first).days), c.label))
        self.table = QTableWidget(len(self._candidates), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Actors")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, c in enumerate(self._candidates):
            for col, text in enumerate((format_event_date(c), c.label, ", ".join(c.actors))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # in full where the column cuts it
                self.table.setItem(row, col, item)
        # every column in sight: the date as wide as it is, the label takes what the actors leave
        header = self.table.horizontalHeader()
        self.table.setWordWrap(False)  # one line per event, a long label elided
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, min(header.sectionSize(2), 180))
        if self._candidates:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Merge another event into “{label}”; its sources are added to this one.").format(
                label=event.label
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 460)  # the label column gets the room: it is what one recognises an event by

    def value(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        return self._candidates[rows[0].row()] if rows else None


class ActorDialog(QDialog):
    """Rename an actor, or merge one actor into another."""

    def __init__(
        self,
        actors: Sequence[str],
        merge: bool,
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.merge = merge
        self.setWindowTitle(self.tr("Merge actors") if merge else self.tr("Rename actor"))
        self.source = QComboBox()
        self.source.addItems(list(actors))
        if current and current in actors:
            self.source.setCurrentText(current)
        form = QFormLayout()
        if merge:
            self.target: QComboBox | QLineEdit = QComboBox()
            self.target.addItems(list(actors))
            form.addRow(self.tr("Keep:"), self.target)
            form.addRow(self.tr("Merge into it:"), self.source)
            if len(actors) > 1 and self.source.currentIndex() == 0:
                self.source.setCurrentIndex(1)
        else:
            self.target = QLineEdit(current or (actors[0] if actors else ""))
            form.addRow(self.tr("Actor:"), self.source)
            form.addRow(self.tr("New name:"), self.target)
            self.source.currentTextChanged.connect(self.target.setText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # what the correction does, and that it can be taken back
        self.note = QLabel(
            self.tr("The second actor's events and spellings go to the first; it disappears from the lists.")
            if merge else self.tr("The actor is shown under the new name everywhere, also after a new import.")
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: gray")
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> tuple[str, str]:
        """(old, new) for a rename; (keep, merged) for a merge."""
        target = (
            self.target.currentText() if isinstance(self.target, QComboBox) else self.target.text()
        )
        if self.merge:
            return target.strip(), self.source.currentText()
        return self.source.currentText(), target.strip()


class ExportDialog(QDialog):
    """Choose PNG 1x / PNG 2x / SVG and a file name."""

    FORMATS = ("png1", "png2", "svg")

    def __init__(self, start_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self.group = QButtonGroup(self)
        self.radios = {
            "png1": QRadioButton(self.tr("PNG, screen size")),
            "png2": QRadioButton(self.tr("PNG, double size (sharp on high-resolution screens and print)")),
            "svg": QRadioButton(self.tr("SVG, vector graphic (for editing)")),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export what the timeline shows now:")))
        for radio in self.radios.values():
            self.group.addButton(radio)
            layout.addWidget(radio)
        self.radios["png2"].setChecked(True)
        self.path = path_row(layout, start_path or "chronik.png", self.tr("Browse…"), self._browse)
        for radio in self.radios.values():
            radio.toggled.connect(self._fix_suffix)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fix_suffix()

    def fmt(self) -> str:
        for key, radio in self.radios.items():
            if radio.isChecked():
                return key
        return "png2"

    def _fix_suffix(self, *_: object) -> None:
        path = self.path.text().strip()
        suffix = ".svg" if self.fmt() == "svg" else ".png"
        stem = path.rsplit(".", 1)[0] if path.lower().endswith((".png", ".svg")) else path
        self.path.setText(stem + suffix)

    def _browse(self) -> None:
        svg = self.fmt() == "svg"
        pattern = self.tr("SVG image (*.svg)") if svg else self.tr("PNG image (*.png)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export image"), self.path.text(), pattern)
        if path:
            self.path.setText(path)
            self._fix_suffix()

    def value(self) -> tuple[str, str]:
        return self.fmt(), self.path.text().strip()


class PreferencesDialog(QDialog):
    """Language and time zone display (the lane mode is chosen in the toolbar)."""

    def __init__(self, language: str, time_zone: str, parent: QWidget | None = None, max_file_mb: int = 50) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.max_file = QSpinBox()
        self.max_file.setRange(1, 4096)
        self.max_file.setSuffix(" MB")
        self.max_file.setValue(max_file_mb)
        self.language = QComboBox()
        for key, text in (
            ("system", self.tr("System language")),
            ("de", "Deutsch"),
            ("en", "English"),
        ):
            self.language.addItem(text, key)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.time_zone = QComboBox()
        self.time_zone.addItem(self.tr("UTC"), "utc")
        self.time_zone.addItem(self.tr("Local time"), "local")
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(time_zone)))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Show times in:"), self.time_zone)
        form.addRow(self.tr("Largest file to import:"), self.max_file)
        note = QLabel(self.tr("A new language is used after restarting Chronik."))
        note.setStyleSheet("color: gray")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def value(self) -> tuple[str, str]:
        return str(self.language.currentData()), str(self.time_zone.currentData())

    def max_file_mb(self) -> int:
        return int(self.max_file.value())


class ShortcutsDialog(QDialog):
    """A table of the keyboard shortcuts (built from the window's actions)."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (keys, text) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(460, 480)


# -- the article reader -------------------------------------------------------------------
def article_html(
    article: Article, snippet: tuple[int, int] | None = None, spans: Sequence[Span] = ()
) -> str:
    """The article text as HTML: page furniture greyed, the snippet marked (anchor "snippet").

    ``spans`` are date/actor highlights with offsets into the article text."""
    text = article.text
    cuts = {0, len(text)}
    for r in article.regions:
        cuts.update((max(0, min(r.start, len(text))), max(0, min(r.end, len(text)))))
    if snippet is not None:
        cuts.update((max(0, snippet[0]), min(len(text), snippet[1])))
    for s, e, _ in spans:
        cuts.update((max(0, s), min(len(text), e)))
    points = sorted(cuts)
    out = ["<div style='white-space: pre-wrap; line-height: 140%'>"]
    anchored = False
    for a, b in zip(points, points[1:], strict=False):
        if a >= b:
            continue
        chunk = html.escape(text[a:b]).replace("\n", "<br>")
        styles = []
        if not article.is_article_offset(a):
            styles.append("color:#9aa0a6")
        in_snippet = snippet is not None and snippet[0] <= a < snippet[1]
        if in_snippet:
            styles.append(f"background-color:{SNIPPET_BACKGROUND}")
        kind = next((k for s, e, k in spans if s <= a < e), None)
        if kind is not None:
            styles.append(f"color:{DATE_COLOUR if kind == 'date' else ACTOR_COLOUR}")
            styles.append("font-weight:bold")
        if in_snippet and not anchored:
            out.append("<a name='snippet'></a>")
            anchored = True
        if styles:
            out.append(f"<span style='{';'.join(styles)}'>{chunk}</span>")
        else:
            out.append(chunk)
    out.append("</div>")
    return "".join(out)


class ArticleViewer(QDialog):
    """The full text of an article, scrolled to a snippet; non-modal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article"))
        self.setModal(False)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.legend = QLabel(
            self.tr("Grey: not part of the article (menus, captions, credits). Yellow: the source sentence.")
        )
        self.legend.setStyleSheet("color: gray")
        self.legend.setWordWrap(True)
        self.wrap = QCheckBox(self.tr("Wrap lines"))
        self.wrap.setChecked(True)
        self.wrap.toggled.connect(
            lambda on: self.browser.setLineWrapMode(
                QTextBrowser.LineWrapMode.WidgetWidth if on else QTextBrowser.LineWrapMode.NoWrap
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.wrap)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        self.resize(760, 680)
        self.article: Article | None = None

    def show_article(
        self, article: Article, snippet: tuple[int, int] | None = None, spans: Sequence[Span] = ()
    ) -> None:
        self.article = article
        title = display_title(article)  # the headline or first sentence, as everywhere else; not the path
        parts = [f"<b>{html.escape(title)}</b>"]
        if article.outlet:
            parts.append(html.escape(article.outlet))
        if article.published is not None:
            pub = article.published
            parts.append(
                html.escape(
                    f"{format_date(pub.value, pub.value, pub.precision)} ({date_source_text(pub.source)})"
                )
            )
        text = " · ".join(parts)
        if article.warnings:  # what the reader left out or guessed: the text shown may not be the whole file
            text += "<br><span style='color:#8a6d00'>" + html.escape("; ".join(article.warnings)) + "</span>"
        self.header.setText(text)
        self.header.setToolTip(article.path)
        self.setWindowTitle(title)
        self.browser.setHtml(article_html(article, snippet, spans))
        if snippet is not None:
            self._scroll_to(snippet[0])
        else:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _scroll_to(self, offset: int) -> None:
        # Offsets in the document differ from the text's (<br> is one char, like "\n"),
        # so place the cursor on the anchor instead and centre it.
        self.browser.scrollToAnchor("snippet")
        doc = self.browser.document()
        block = doc.begin()
        cursor = QTextCursor(doc)
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and frag.charFormat().anchorNames() and "snippet" in frag.charFormat().anchorNames():
                    cursor.setPosition(frag.position())
                    self.browser.setTextCursor(cursor)
                    self.browser.ensureCursorVisible()
                    rect = self.browser.cursorRect()
                    bar = self.browser.verticalScrollBar()
                    bar.setValue(bar.value() + rect.top() - self.browser.viewport().height() // 3)
                    return
                it += 1
            block = block.next()

    def snippet_visible(self) -> bool:
        """True when the marked snippet is inside the visible part (used by tests)."""
        rect = self.browser.cursorRect()
        return 0 <= rect.top() <= self.browser.viewport().height()


ABOUT_HTML = """<h3>Chronik {version}</h3>
<p>{tagline}</p>
<p>{details}</p>"""


def about_text(version: str) -> str:
    from PySide6.QtCore import QCoreApplication

    def t(s: str) -> str:
        return QCoreApplication.translate("Chronik about", s)

    return ABOUT_HTML.format(
        version=html.escape(version),
        tagline=t("Turns a pile of news articles into a timeline of dated events, with actors "
                  "and the sentences they come from."),
        details=t("Works offline. Your articles and corrections stay in the workspace file on "
                  "this computer."),
    )


__all__ = [
    "ArticleDateDialog",
    "ArticleViewer",
    "ActorDialog",
    "ChooseEventDialog",
    "EventDateDialog",
    "ExportDialog",
    "PreferencesDialog",
    "ShortcutsDialog",
    "about_text",
    "article_html",
]


#: the narrowest text field for a label (px): event labels run to 80 characters and more
TEXT_FIELD_MIN_WIDTH = 560


def text_dialog(parent: QWidget | None, title: str, label: str, text: str) -> QInputDialog:
    """A one-line text question wide enough for the whole current text."""
    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setInputMode(QInputDialog.InputMode.TextInput)
    dlg.setLabelText(label)
    dlg.setTextValue(text)
    width = max(TEXT_FIELD_MIN_WIDTH, int(dlg.fontMetrics().horizontalAdvance(text)) + 80)
    dlg.resize(min(width, 1000), dlg.sizeHint().height())
    return dlg


def ask_text(parent: QWidget | None, title: str, label: str, text: str) -> tuple[str, bool]:
    dlg = text_dialog(parent, title, label, text)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    return dlg.textValue(), ok
