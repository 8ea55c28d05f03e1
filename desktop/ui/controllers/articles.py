"""Articles: their publication dates, removing one, the full-text reader, the undated bar."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.readers.errors import display_name
from desktop.core.model import Article, Precision
from desktop.core.titles import display_title
from desktop.session.view import undated
from desktop.ui import dialogs
from desktop.ui.controllers.base import Controller, html_escape, plural
from desktop.ui.event_model import format_date

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


class ArticleController(Controller):
    """Article commands of the article list, the undated bar and the side panel."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.viewers: list[dialogs.ArticleViewer] = []

    def set_article_date(self, article_id: str, value: date | None | bool = False) -> bool:
        """Set an article's date (``False``: ask; ``None``: back to the detected date)."""
        w = self.window
        if self.busy():
            self.status(_tr("Please wait until the import has finished."), 5000)
            return False
        article = w.session.article(article_id)
        if article is None:
            return False
        if value is False:
            dlg = dialogs.ArticleDateDialog(article, w.session.user_dates().get(article_id), w)
            if dlg.exec() != dialogs.ArticleDateDialog.DialogCode.Accepted:
                return False
            value = dlg.value()
        w.session.set_user_date(article_id, value)  # type: ignore[arg-type]
        title = _short(display_title(article))
        if value is not None:
            w.view.reveal_articles.add(article_id)
            done = _tr("“{title}” is dated {date}; its relative dates follow it.").format(
                title=title, date=format_date(value, value, Precision.DAY))
        else:
            done = _tr("“{title}” has its detected date again.").format(title=title)
        w.imports.recompute(done)
        return True

    def undated_articles(self) -> list[Article]:
        """Articles whose publication day is unknown (their relative dates cannot be placed)."""
        extraction = self.window.view.extraction
        return undated(extraction.articles) if extraction is not None else []

    def update_undated_bar(self, articles: Sequence[Article]) -> None:
        bar = self.window.undated_bar
        missing = undated(articles)
        if not missing:
            bar.hide()
            return
        names = [display_title(a) for a in missing]
        text = plural(len(missing), _tr("<b>1 article has no exact date</b>: its relative dates cannot be placed."),
                      _tr("<b>{n} articles have no exact date</b>: their relative dates cannot be placed."))
        shown = ", ".join(html_escape(n if len(n) <= 50 else n[:49] + "…") for n in names[:3])
        more = f" (+{len(names) - 3})" if len(names) > 3 else ""
        bar.set_text(f"{text} <span style='color:#666'>{shown}{more}</span>")
        bar.setToolTip("\n".join(names))
        bar.show()

    def set_date_of_undated(self) -> bool:
        """"Set date…" on the bar: ask for the first undated article's date."""
        missing = self.undated_articles()
        if not missing:
            return False
        w = self.window
        w.tabs.setCurrentWidget(w.article_list)
        w.article_list.select_article(missing[0].id)
        return self.set_article_date(missing[0].id)

    def remove_article(self, article_id: str, confirm: bool = True) -> bool:
        """Remove an article (after asking); its events go, user dates and corrections stay."""
        w = self.window
        if self.busy():
            return False
        article = w.session.article(article_id)
        if article is None:
            return False
        title = _short(display_title(article))  # as the list shows it
        if confirm:
            box = QMessageBox.question(
                w, _tr("Remove article"),
                _tr("Remove “{title}” ({file}) from the workspace? Its events go with it.").format(
                    title=title, file=os.path.basename(article.path)),
            )  # fmt: skip
            if box != QMessageBox.StandardButton.Yes:
                return False
        w.session.remove_article(article_id)
        w.imports.recompute(_tr("“{title}” removed; importing its file again brings it back.").format(title=title))
        return True

    def show_article(self, article_id: str, start: int = -1, end: int = -1) -> dialogs.ArticleViewer | None:
        """Open the full article (non-modal), scrolled to and marking ``start:end``."""
        w = self.window
        extraction = w.view.extraction
        article = next((a for a in extraction.articles if a.id == article_id), None) if extraction else None
        if article is None:
            article = w.session.article(article_id)
        if article is None:
            return None
        snippet = (start, end) if 0 <= start < end else None
        spans = w.side_panel.sources.article_spans(w.selection.selected_event(), article_id, start) if snippet else []
        viewer = next((v for v in self.viewers if v.isVisible()), None)
        if viewer is None:
            viewer = dialogs.ArticleViewer(w)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.destroyed.connect(lambda _=None, v=viewer: self._forget_viewer(v))
            self.viewers.append(viewer)
        viewer.show()
        viewer.show_article(article, snippet, spans)
        viewer.raise_()
        return viewer

    def show_file(self, path: str) -> dialogs.ArticleViewer | None:
        """A row of the Problems list double-clicked: the article read from ``path`` (a file
        imported with a warning), or a word that the file was not imported."""
        w = self.window
        extraction = w.view.extraction
        article = next((a for a in extraction.articles if a.path == path), None) if extraction else None
        if article is None:
            self.status(_tr("{name} was not imported; the Problems list says why.").format(
                name=display_name(path)), 8000)
            return None
        return self.show_article(article.id)

    def _forget_viewer(self, viewer: dialogs.ArticleViewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def close_viewers(self) -> None:
        for viewer in list(self.viewers):
            viewer.close()
