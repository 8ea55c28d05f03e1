"""The side panel for a selected event, its snippet cards and the article reader."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

from desktop.core.model import (  # noqa: E402
    Actor,
    ActorKind,
    Article,
    DateSource,
    Event,
    EventMention,
    Mention,
    Precision,
    PubDate,
    Region,
    Status,
    Timex,
)
from desktop.core.model import ArticleAnalysis, Extraction  # noqa: E402
from desktop.ui.dialogs import ArticleViewer, article_html  # noqa: E402
from desktop.session.sources import Sources  # noqa: E402
from desktop.ui.side_panel import SidePanel, SnippetCard, highlight_html  # noqa: E402

MENU = "Startseite > Lokales\nMenü schließen\n\n"
FILLER = "".join(f"Absatz {i}: Der Ausschuss beriet lange über Details der Vorlage.\n\n" for i in range(40))
SENTENCE = "Bürgermeisterin Clara Hoffmann hat am 12. März 2025 den Hafenausbau eröffnet."
TEXT = MENU + "Hafen wird größer\n\n" + FILLER + SENTENCE + "\n\nFoto: Max Mustermann\n"


def _extraction() -> tuple[Extraction, Event]:
    start = TEXT.index(SENTENCE)
    date_start = start + SENTENCE.index("12. März 2025")
    name_start = start + SENTENCE.index("Clara Hoffmann")
    credit = TEXT.index("Foto:")
    article = Article(
        id="art1",
        path="/tmp/hafen.txt",
        text=TEXT,
        format="text",
        title="Hafen wird größer",
        outlet="Küstenbote",
        language="de",
        published=PubDate(date(2025, 3, 13), Precision.DAY, DateSource.METADATA, "date 2025-03-13"),
        regions=(Region(0, len(MENU), "menu"), Region(len(MENU), credit, "body"), Region(credit, len(TEXT), "credit")),
    )
    timex = Timex(date_start, date_start + 13, "12. März 2025", "DATE", "2025-03-12",
                  date(2025, 3, 12), date(2025, 3, 12), Precision.DAY)
    mention = EventMention(
        article_id="art1", start=start, end=start + len(SENTENCE), sentence=SENTENCE,
        date_text="12. März 2025", first=date(2025, 3, 12), last=date(2025, 3, 12),
        precision=Precision.DAY, status=Status.HAPPENED, actors=("Clara Hoffmann",), timex=timex,
    )
    actor_mention = Mention(name_start, name_start + 14, "Clara Hoffmann", "Clara Hoffmann",
                            ActorKind.PERSON, role="Bürgermeisterin")
    event = Event("ev1", date(2025, 3, 12), date(2025, 3, 12), Precision.DAY, Status.HAPPENED,
                  "Hoffmann eröffnet Hafenausbau", ("Clara Hoffmann", "Stadtrat"), (mention,))
    analysis = ArticleAnalysis(article, (), (timex,), (actor_mention,), (mention,))
    actors = (Actor("Clara Hoffmann", ActorKind.PERSON, aliases=("Hoffmann",)),
              Actor("Stadtrat", ActorKind.ORGANISATION))
    return Extraction((analysis,), (event,), actors), event


@pytest.fixture
def panel(qtbot):
    extraction, event = _extraction()
    panel = SidePanel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.set_extraction(extraction)
    panel.show_event(event)
    return panel, event


def test_panel_shows_label_date_status_and_one_card_per_snippet(panel):
    panel, event = panel
    assert panel.label.text() == "Hoffmann eröffnet Hafenausbau"
    assert "12 Mar 2025" in panel.date_label.text()
    assert "happened" in panel.date_label.text()
    assert [c.text() for c in panel.chips] == ["Clara Hoffmann", "Stadtrat"]
    assert len(panel.cards) == 1
    card = panel.cards[0]
    header = card.header.text()
    assert "Küstenbote" in header and "13 Mar 2025" in header and "metadata" in header
    # the date expression and the actor's name are highlighted, nothing else
    assert card.spans == [(SENTENCE.index("Clara"), SENTENCE.index("Clara") + 14, "actor"),
                          (SENTENCE.index("12."), SENTENCE.index("12.") + 13, "date")]
    assert '<b style="color:#1f5fbf" class="date">12. März 2025</b>' in card.html
    assert 'class="actor">Clara Hoffmann</b>' in card.html


def test_clearing_shows_the_placeholder(panel):
    panel, _ = panel
    panel.show_event(None)
    assert panel.cards == [] and panel.chips == []
    assert not panel.placeholder.isHidden()
    assert panel.label.isHidden()


def test_choosing_another_event_leaves_no_card_or_chip_of_the_last_one_on_screen(panel, qtbot):
    panel, event = panel
    panel.show()
    qtbot.waitExposed(panel)
    from dataclasses import replace

    m = event.mentions[0]
    earlier = replace(m, start=m.start - 10, end=m.start - 1, sentence=TEXT[m.start - 10 : m.start - 1])
    other = Event("ev2", date(2025, 3, 20), date(2025, 3, 20), Precision.DAY, Status.HAPPENED,
                  "Stadtrat berät", ("Stadtrat",), (m, earlier))
    panel.show_event(other)
    QApplication.processEvents()  # shows the new widgets; deleting the old ones waits for the event loop
    shown_cards = [c for c in panel.findChildren(SnippetCard) if c.isVisible()]
    shown_chips = [c.text() for c in panel.findChildren(QPushButton, "actor_chip") if c.isVisible()]
    assert shown_cards == panel.cards and len(shown_cards) == 2
    assert shown_chips == ["Stadtrat"]
    panel.show_event(None)
    assert not [c for c in panel.findChildren(SnippetCard) if c.isVisible()]


def test_chip_click_asks_to_filter_by_actor(panel, qtbot):
    panel, _ = panel
    with qtbot.waitSignal(panel.actor_clicked) as blocker:
        qtbot.mouseClick(panel.chips[1], Qt.MouseButton.LeftButton)
    assert blocker.args == ["Stadtrat"]


def test_show_in_article_link_names_the_snippet(panel, qtbot):
    panel, event = panel
    m = event.mentions[0]
    with qtbot.waitSignal(panel.show_in_article) as blocker:
        panel.cards[0].link.linkActivated.emit("show")
    assert blocker.args == ["art1", m.start, m.end]


def test_only_the_places_the_extraction_found_are_highlighted():
    # "Hoffmann" twice in the sentence, found once as the actor (an alias of Clara Hoffmann),
    # and "Hoffmannsthal", which is no one: only what the extraction found is marked
    sentence = "Hoffmanns Plan: Hoffmann und Hoffmannsthal reden im März."
    m = EventMention("a", 100, 100 + len(sentence), sentence, "im März",
                     None, None, None, Status.HAPPENED, ("Clara Hoffmann",))
    found = [Mention(100 + 16, 100 + 24, "Hoffmann", "Hoffmann", ActorKind.PERSON, via="alias"),
             Mention(100, 109, "Hoffmanns", "Clara Hoffmann", ActorKind.PERSON),
             Mention(100 + 29, 100 + 42, "Hoffmannsthal", "Hoffmannsthal", ActorKind.PERSON)]
    article = Article("a", "/tmp/a.txt", " " * 100 + sentence, "text", None, None, "de", None, ())
    extraction = Extraction((ArticleAnalysis(article, (), (), tuple(found), (m,)),), (), (
        Actor("Clara Hoffmann", ActorKind.PERSON, aliases=("Hoffmann",)), Actor("Hoffmannsthal", ActorKind.PERSON)))
    event = Event("e", date(2025, 3, 1), date(2025, 3, 31), Precision.MONTH, Status.HAPPENED, "Plan",
                  ("Clara Hoffmann",), (m,))
    spans = Sources(extraction).spans(event, m)
    assert [(sentence[a:b], kind) for a, b, kind in spans] == [
        ("Hoffmanns", "actor"), ("Hoffmann", "actor"), ("im März", "date")]
    assert Sources(extraction).article_spans(event, "a", m.start)[0] == (100, 109, "actor")  # article offsets
    assert "Hoffmannsthal" in highlight_html(sentence, spans)
    assert "<b" not in highlight_html("a < b", [])


def test_the_panel_highlights_what_the_pipeline_found(qtbot, tmp_path):
    from desktop.session import extract_paths

    text = ("Stadt plant Brücke\n\nBürgermeisterin Clara Hoffmann hat am 12. März 2025 die neue Brücke eröffnet. "
            "Am 14. März 2025 sagte Hoffmann im Stadtrat, die Brücke koste weniger als geplant.\n")
    (tmp_path / "bruecke.txt").write_text(text, encoding="utf-8")
    extraction = extract_paths([tmp_path / "bruecke.txt"])
    panel = SidePanel()
    qtbot.addWidget(panel)
    panel.set_extraction(extraction)
    event = next(e for e in extraction.events if any("Hoffmann im Stadtrat" in m.sentence for m in e.mentions))
    panel.show_event(event)
    card = panel.cards[0]
    marked = [(card.mention.sentence[a:b], kind) for a, b, kind in card.spans]
    assert ("14. März 2025", "date") in marked
    assert ("Hoffmann", "actor") in marked  # the repeated surname, as the actor finder found it


def test_article_reader_greys_furniture_and_scrolls_to_the_snippet(qtbot):
    extraction, event = _extraction()
    article = extraction.articles[0]
    m = event.mentions[0]
    html = article_html(article, (m.start, m.end))
    assert "color:#9aa0a6'>Startseite" in html  # the menu is greyed
    assert "<a name='snippet'></a>" in html
    viewer = ArticleViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 400)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.show_article(article, (m.start, m.end))
    bar = viewer.browser.verticalScrollBar()
    assert bar.maximum() > 0  # long enough to need scrolling
    assert bar.value() > 0  # scrolled down to the snippet near the end
    assert viewer.snippet_visible()
    assert SENTENCE in viewer.browser.toPlainText()


def test_source_cards_follow_the_articles_dates_and_share_one_header_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date as _date

    from desktop.core.model import Article, DateSource, Event, EventMention, Precision, PubDate, Region, Status
    from desktop.core.model import ArticleAnalysis, Extraction
    from desktop.ui.side_panel import SidePanel

    def art(aid: str, day: _date | None, title: str | None, outlet: str | None, text: str) -> Article:
        pub = PubDate(day, Precision.DAY, DateSource.METADATA) if day else None
        return Article(aid, f"/tmp/{aid}_1f3a.txt", text, "text", title, outlet, "de", pub, (Region(0, len(text), "body"),))

    arts = [art("late", _date(2025, 2, 20), "Späte Meldung", "Abendblatt", "Ein später Satz."),
            art("early", _date(2025, 2, 13), "Frühe Meldung", None, "Ein früher Satz."),
            art("none", None, None, "Tagespost", "Der Rat tagte am Mittwoch lange. Danach gab es Streit.")]
    day = _date(2025, 2, 12)
    ms = tuple(EventMention(article_id=a.id, start=0, end=len(a.text), sentence=a.text, date_text="", first=day,
                            last=day, precision=Precision.DAY, status=Status.HAPPENED, actors=())
               for a in arts)
    ev = Event(id="e", first=day, last=day, precision=Precision.DAY, status=Status.HAPPENED, label="Rat",
               actors=(), mentions=ms)
    panel = SidePanel()
    qtbot.addWidget(panel)
    panel.set_extraction(Extraction(tuple(ArticleAnalysis(a, (), (), (), ()) for a in arts), (ev,), ()))
    panel.show_event(ev)
    assert [c.mention.article_id for c in panel.cards] == ["early", "late", "none"]
    texts = [c.header.text() for c in panel.cards]
    assert all(t.count(" · ") == 2 for t in texts)  # outlet · date · title, always
    assert "outlet unknown" in texts[0] and "Frühe Meldung" in texts[0]
    assert texts[1].startswith("<b>Abendblatt</b>") and "20 Feb 2025" in texts[1]
    assert "no publication date" in texts[2] and "Der Rat tagte am Mittwoch lange." in texts[2]
    assert not any("1f3a.txt" in t for t in texts)  # never a file name as a title when there is text


def test_the_panel_names_the_kind_of_event_in_the_ui_language(qtbot) -> None:
    from datetime import date

    from desktop.core.model import Event, Precision, Status
    from desktop.ui.side_panel import SidePanel

    panel = SidePanel()
    qtbot.addWidget(panel)
    event = Event("k1", date(2025, 3, 5), date(2025, 3, 5), Precision.DAY, Status.HAPPENED,
                  "Anna Berg rief Karl Stein an", ("Anna Berg",), (), kind="call")
    panel.language = "de"
    panel.show_event(event)
    assert "Telefonat" in panel.date_label.text()
    panel.language = "en"
    panel.show_event(event)
    assert "Phone call" in panel.date_label.text()


def test_the_reader_names_an_article_without_headline_by_its_first_sentence_not_its_path(qtbot):
    text = "Der Stadtrat hat am Dienstag den neuen Radweg beschlossen. Die Arbeiten beginnen im Mai.\n"
    article = Article(id="rad", path="/some/folder/deep/inside/radweg.txt", text=text, format="text",
                      title=None, outlet=None, language="de", published=None, regions=())
    viewer = ArticleViewer()
    qtbot.addWidget(viewer)
    viewer.show_article(article)
    assert "folder" not in viewer.header.text() and "folder" not in viewer.windowTitle()
    assert "Stadtrat" in viewer.windowTitle()
    assert viewer.header.toolTip() == article.path  # where the file is, on hover


def test_a_sentence_with_two_of_the_events_dates_is_one_card(qtbot):
    # "shortly before noon" and "on Saturday" both date the event: one sentence, read once
    sentence = "The agencies called the race shortly before noon on Saturday after a long count."
    article = Article("a", "/tmp/a.txt", sentence, "text", "Race night", "Daily Test", "en",
                      PubDate(date(2025, 3, 9), Precision.DAY, DateSource.METADATA, "date 2025-03-09"), ())
    day = date(2025, 3, 8)

    def mention(words: str) -> EventMention:
        return EventMention("a", 0, len(sentence), sentence, words, day, day, Precision.DAY, Status.HAPPENED, ())

    event = Event("e", day, day, Precision.DAY, Status.HAPPENED, "The race is called", (),
                  (mention("shortly before noon"), mention("on Saturday")))
    panel = SidePanel()
    qtbot.addWidget(panel)
    panel.set_extraction(Extraction((ArticleAnalysis(article, (), (), (), event.mentions),), (event,), ()))
    panel.show_event(event)
    assert len(panel.cards) == 1
    assert panel.sources_label.text() == "1 source sentence in 1 article"
    dates = [sentence[a:b] for a, b, kind in panel.cards[0].spans if kind == "date"]
    assert dates == ["shortly before noon", "on Saturday"]


def test_the_date_dialog_shows_a_short_label_on_one_line(qtbot):
    from desktop.ui.dialogs import EventDateDialog

    event = Event("e", date(2025, 3, 5), date(2025, 3, 5), Precision.DAY, Status.HAPPENED,
                  "Anna Berg ruft Karl Stein an", ("Anna Berg",), ())
    dlg = EventDateDialog(event)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    line = dlg.heading.fontMetrics().lineSpacing()
    assert dlg.heading.height() < 3 * line  # the label and its date: two lines, not "… Stein" / "an" / date


def test_the_merge_dialog_shows_every_column_without_scrolling_sideways(qtbot):
    from datetime import timedelta

    from desktop.ui.dialogs import ChooseEventDialog

    events = [Event(f"e{k}", date(2025, 3, 5) + timedelta(days=k), date(2025, 3, 5) + timedelta(days=k),
                    Precision.DAY, Status.HAPPENED,
                    f"Anna Berg ruft Karl Stein an, zum {k}. Mal in dieser Woche wegen der Grenze", ("Anna Berg",), ())
              for k in range(4)]
    dlg = ChooseEventDialog(events[0], events)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    header = dlg.table.horizontalHeader()
    assert not dlg.table.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= dlg.table.viewport().width()  # the actors
    assert dlg.table.item(0, 1).toolTip() == events[1].label  # the whole label on hover
