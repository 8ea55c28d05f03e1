"""The panel for the selected event: label, date, status, actor chips and source snippets.

Each snippet card has one header form, outlet · publication date (and where it came
from) · title; then the sentence with the date expression and the actors' names
highlighted, and a "Show in article" link.  Cards follow the articles' dates.
The panel only displays and forwards: corrections are requested by signal.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from desktop.core.model import Article, DateSource, Event, EventMention, Extraction, Status
from desktop.core.disputes import date_claims
from desktop.core.titles import display_title, title_is_derived
from desktop.session.sources import Sources, one_per_sentence
from desktop.ui.event_model import format_date, format_day, format_event_date, kind_text, status_text

DATE_COLOUR = "#1f5fbf"
ACTOR_COLOUR = "#b3541e"
SNIPPET_BACKGROUND = "#fff2a8"
DISPUTED_COLOUR = "#c0392b"


def _t(text: str) -> str:
    return QCoreApplication.translate("Chronik sources", text)


def date_source_text(source: DateSource | None) -> str:
    names = {
        DateSource.METADATA: _t("metadata"),
        DateSource.TEXT: _t("from the text"),
        DateSource.INFERRED: _t("inferred"),
        DateSource.USER: _t("set by you"),
    }
    return names.get(source, _t("unknown")) if source is not None else _t("no date")


def article_source_name(article: Article | None) -> str:
    """A source in one short name: its outlet, else its title (or first sentence)."""
    if article is None:
        return _t("(article removed)")
    return article.outlet or display_title(article)


def card_header_parts(article: Article | None) -> tuple[str, str, str]:
    """(outlet, date, title) of a source card: the same three in the same order on every card."""
    if article is None:
        return _t("(article removed)"), "", ""
    outlet = article.outlet or _t("outlet unknown")
    if article.published is not None:
        pub = article.published
        when = f"{format_date(pub.value, pub.value, pub.precision)} ({date_source_text(pub.source)})"
    else:
        when = _t("no publication date")
    return outlet, when, display_title(article)


def card_header_html(article: Article | None) -> str:
    outlet, when, title = (html.escape(p) for p in card_header_parts(article))
    grey = "color:gray"
    o = f"<b>{outlet}</b>" if article is not None and article.outlet else f"<span style='{grey}'>{outlet}</span>"
    parts = [o]
    if when:
        parts.append(f"<span style='{grey}'>{when}</span>" if article is None or article.published is None
                     else when)
    if title:
        parts.append(f"<i>{title}</i>" if title_is_derived(article) else title)  # type: ignore[arg-type]
    return " · ".join(parts)


def mention_order(m: EventMention, articles: Mapping[str, Article]) -> tuple:
    """Source cards in date order: by the article's publication date (unknown last), then place."""
    a = articles.get(m.article_id)
    pub = a.published.value if a is not None and a.published is not None else date.max
    return (pub, m.article_id, m.start)


# -- highlighting ----------------------------------------------------------------
# The places come from the extraction through the session (desktop/session/sources.py);
# the panel only colours the spans it is given.
Span = tuple[int, int, str]  # start, end, kind ("date" | "actor"); a sources.Span is one


def highlight_html(text: str, spans: Sequence[Span]) -> str:
    """``text`` as HTML with date spans in blue bold and actor spans in orange bold."""
    parts: list[str] = []
    pos = 0
    for start, end, kind in spans:
        if start < pos or end > len(text):
            continue
        parts.append(html.escape(text[pos:start]))
        colour = DATE_COLOUR if kind == "date" else ACTOR_COLOUR
        parts.append(
            f'<b style="color:{colour}" class="{kind}">{html.escape(text[start:end])}</b>'
        )
        pos = end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


# -- a layout that wraps chips ------------------------------------------------------
class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to new lines (the Qt example, trimmed).

    ``grid``: when they do not all fit one line, the widgets go into as many columns of one
    width as the line holds (two rows of two buttons, not three and a lone one).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 4, grid: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._grid = grid
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test: bool) -> int:
        hints = [item.sizeHint() for item in self._items]
        one_line = sum(h.width() for h in hints) + self._spacing * (len(hints) - 1)
        if self._grid and hints and one_line > rect.width():
            return self._do_grid(rect, hints, test)
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > rect.right() and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()

    def _do_grid(self, rect: QRect, hints: list[QSize], test: bool) -> int:
        widest = max(h.width() for h in hints)
        columns = max(1, min(len(hints), (rect.width() + self._spacing) // (widest + self._spacing)))
        while columns > 1 and len(hints) % columns and len(hints) % columns < columns - 1:
            columns -= 1  # 2 + 2, not 3 + 1
        width = max(widest, (rect.width() - self._spacing * (columns - 1)) // columns)
        height = max(h.height() for h in hints)
        for k, item in enumerate(self._items):
            row, col = divmod(k, columns)
            if not test:
                item.setGeometry(QRect(rect.x() + col * (width + self._spacing),
                                       rect.y() + row * (height + self._spacing), width, height))
        rows = (len(hints) + columns - 1) // columns
        return rows * height + (rows - 1) * self._spacing


def _action_button(text: str) -> QToolButton:
    """A framed button as wide as its text, as tall as a push button."""
    b = QToolButton()
    b.setText(text)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # as wide as a grid's column
    b.setMinimumHeight(QPushButton(text).sizeHint().height())
    b.setMinimumWidth(b.sizeHint().width() + 6)  # a little air either side of the words
    return b


# -- cards ----------------------------------------------------------------------------
class SnippetCard(QFrame):
    """One source sentence with its article's name and date, and a "Show in article" link.

    Signals:
        show_requested(str, int, int): article id, sentence start, sentence end.
    """

    show_requested = Signal(str, int, int)

    def __init__(
        self,
        mention: EventMention,
        article: Article | None,
        spans: Sequence[Span] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mention = mention
        self.setObjectName("snippet_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#snippet_card { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)

        # one form for every card: outlet · date · title
        self.header = QLabel(card_header_html(article))
        self.header.setWordWrap(True)
        if article is not None:
            self.header.setToolTip(f"{display_title(article)}\n{article.path}")
        layout.addWidget(self.header)

        self.spans = list(spans)
        self.html = highlight_html(mention.sentence, self.spans)
        self.body = QLabel(self.html)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.body)

        link_text = html.escape(self.tr("Show in article"))
        self.link = QLabel(f'<a href="show">{link_text}</a>')
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setEnabled(article is not None)
        self.link.linkActivated.connect(self._on_link)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.link)
        layout.addLayout(row)

    def _on_link(self, _href: str = "") -> None:
        m = self.mention
        self.show_requested.emit(m.article_id, m.start, m.end)


class SidePanel(QScrollArea):
    """Details of the selected event.

    Signals:
        actor_clicked(str): an actor chip was clicked (filter by this actor).
        show_in_article(str, int, int): article id and the snippet's offsets.
        rename_requested(), edit_date_requested(), delete_requested(), merge_requested():
            the correction buttons, acting on the shown event.
    """

    actor_clicked = Signal(str)
    show_in_article = Signal(str, int, int)
    rename_requested = Signal()
    edit_date_requested = Signal()
    delete_requested = Signal()
    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(280)
        self._event: Event | None = None
        self.language = "en"  # the UI's language, for the event's kind ("Telefonat" / "Phone call")
        self.sources = Sources()
        self.cards: list[SnippetCard] = []
        self.chips: list[QPushButton] = []

        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(8)

        self.placeholder = QLabel(
            self.tr("Select an event on the timeline or in the table to see its sources.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: gray")
        self._layout.addWidget(self.placeholder)

        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.label.setFont(font)
        self._layout.addWidget(self.label)

        self.date_label = QLabel()
        self.date_label.setWordWrap(True)
        self._layout.addWidget(self.date_label)

        # sources that give different days: which says which (desktop.core.disputes)
        self.disputed_label = QLabel()
        self.disputed_label.setObjectName("disputed_dates")
        self.disputed_label.setWordWrap(True)
        self.disputed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.disputed_label.setStyleSheet(f"color: {DISPUTED_COLOUR}")
        self._layout.addWidget(self.disputed_label)

        self._chip_box = QWidget()
        self._chip_layout = FlowLayout(self._chip_box)
        self._layout.addWidget(self._chip_box)

        self._buttons = QWidget()
        buttons = FlowLayout(self._buttons, grid=True)
        # tool buttons: as wide as their words (a push button is 80 px at least), all in one row
        # where they fit, else two rows of two of one width (German at the default size)
        self.rename_button = _action_button(self.tr("Rename…"))
        self.date_button = _action_button(self.tr("Date…"))
        self.merge_button = _action_button(self.tr("Merge…"))
        self.delete_button = _action_button(self.tr("Delete"))
        self.rename_button.setToolTip(self.tr("Change the event's label (F2)"))
        self.date_button.setToolTip(self.tr("Correct the event's date"))
        self.merge_button.setToolTip(self.tr("Merge this event with another one"))
        self.delete_button.setToolTip(self.tr("Remove this event (Del)"))
        self.rename_button.clicked.connect(self.rename_requested)
        self.date_button.clicked.connect(self.edit_date_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        for b in (self.rename_button, self.date_button, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        self._layout.addWidget(self._buttons)

        self.sources_label = QLabel()
        self.sources_label.setStyleSheet("color: gray")
        self._layout.addWidget(self.sources_label)

        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(8)
        self._layout.addLayout(self._cards_box)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.show_event(None)

    # -- input ----------------------------------------------------------------------
    def set_extraction(self, extraction: Extraction) -> None:
        """Describe snippets from this extraction's articles and actor mentions."""
        self.set_sources(Sources(extraction))

    def set_sources(self, sources: Sources) -> None:
        """Articles and highlight spans, as the session hands them over."""
        self.sources = sources

    def set_editing_allowed(self, allowed: bool) -> None:
        """The correction buttons wait while an import runs."""
        for b in (self.rename_button, self.date_button, self.delete_button, self.merge_button):
            b.setEnabled(allowed)

    def current_event(self) -> Event | None:
        return self._event

    def show_event(self, event: Event | None) -> None:
        self._event = event
        self._clear()
        has = event is not None
        self.placeholder.setVisible(not has)
        for w in (self.label, self.date_label, self._chip_box, self._buttons, self.sources_label):
            w.setVisible(has)
        self._show_disputed(event)
        if event is None:
            return
        self.label.setText(event.label)
        status = status_text(event.status)
        status_colour = "#6a5acd" if event.status is Status.PLANNED else "#2e7d32"
        kind = kind_text(event.kind, self.language)
        self.date_label.setText(
            f"<b>{html.escape(format_event_date(event))}</b>"
            f" &nbsp;·&nbsp; <span style='color:{status_colour}'>{html.escape(status)}</span>"
            + (f" &nbsp;·&nbsp; <span style='color:#555'>{html.escape(kind)}</span>" if kind else "")
        )
        for name in event.actors:
            chip = QPushButton(name)
            chip.setObjectName("actor_chip")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(self.tr("Show only events with {name}").format(name=name))
            chip.setStyleSheet(
                "#actor_chip { border: 1px solid #d9a27c; border-radius: 10px;"
                " padding: 2px 10px; background: #fbeee4; color: #6b2f0d; }"
                "#actor_chip:hover { background: #f6d9c4; }"
            )
            chip.clicked.connect(lambda _=False, n=name: self.actor_clicked.emit(n))
            self._chip_layout.addWidget(chip)
            self.chips.append(chip)
        self._chip_box.setVisible(bool(event.actors))
        quoted = one_per_sentence(event.mentions)  # a sentence with two of its dates: one card
        n = len(quoted)
        k = event.source_count
        sentences = self.tr("1 source sentence") if n == 1 else self.tr("{n} source sentences")
        articles = self.tr("in 1 article") if k == 1 else self.tr("in {k} articles")
        self.sources_label.setText(f"{sentences.format(n=n)} {articles.format(k=k)}")
        articles = self.sources.articles
        for m in sorted(quoted, key=lambda m: mention_order(m, articles)):
            card = SnippetCard(m, articles.get(m.article_id), self.sources.spans(event, m))
            card.show_requested.connect(self.show_in_article)
            self._cards_box.addWidget(card)
            self.cards.append(card)
        self.verticalScrollBar().setValue(0)

    def _show_disputed(self, event: Event | None) -> None:
        claims = date_claims(event) if event is not None else ()
        self.disputed_label.setVisible(bool(claims))
        if not claims:
            self.disputed_label.clear()
            return
        rows = []
        for c in claims:
            said = []  # each source once, with the words it used ("am Dienstag")
            for a in c.article_ids:
                words = sorted({m.date_text for m in c.mentions if m.article_id == a and m.date_text})
                name = article_source_name(self.sources.article(a))
                said.append(f"{name} ({', '.join(words)})" if words else name)
            rows.append(f"<b>{html.escape(format_day(c.day))}</b>: {html.escape('; '.join(said))}")
        self.disputed_label.setText(
            html.escape(self.tr("The sources disagree on the date:")) + "<br>" + "<br>".join(rows)
        )

    def _clear(self) -> None:
        # hidden at once: deleteLater waits for the event loop, and until then an old card would
        # still be drawn over the new ones (in a grab, an export, a slow frame)
        for card in self.cards:
            self._cards_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        while self._chip_layout.count():
            item = self._chip_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.chips = []
