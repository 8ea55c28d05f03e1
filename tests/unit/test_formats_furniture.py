"""Furniture and publication days of e-mails, saved pages and PDFs, in sentences of our own.

Each test drops one invented file as a user would and looks at what the user sees: the article's
day in the list, the events on the timeline with their sentences, and the actors."""

from __future__ import annotations

from pathlib import Path

from desktop.core.model import Precision
from desktop.core.pipeline import analyse, make_article, read_documents, resolve_published
from tests.probe_formats import pdf_file


def _drop(tmp_path: Path, name: str, data: str | bytes):
    p = tmp_path / name
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    docs = read_documents(str(p))
    assert len(docs) == 1
    article = make_article(docs[0])
    pub = resolve_published([article])[article.id]
    return article, pub, analyse(article, pub)


def _day(pub) -> str | None:
    return pub.value.isoformat() if pub is not None and pub.precision == Precision.DAY else None


def _sentences(result) -> list[str]:
    return [e.sentence for e in result.event_mentions]


def _names(article, result) -> set[str]:
    return {article.text[m.start:m.end] for m in result.mentions}


def _mail(subject: str, date: str, body: str) -> str:
    return (f"From: Odile Farrant <odile@quarrybank.example>\nTo: Desk <desk@quarrybank.example>\n"
            f"Subject: {subject}\nDate: {date}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body)


# --- e-mail: quoted replies, signatures, greetings, forwards -------------------------------------


def test_a_quoted_earlier_message_and_its_writer_are_no_event_and_no_actor(tmp_path: Path) -> None:
    body = ("Hello team,\n\nThe Quarrybank library reopened on Monday after the roof repairs, "
            "said head librarian Tamsin Oyelaran.\n\nKind regards,\nOdile\n\n"
            "On Fri, 6 Nov 2026 at 17:40, Bartholomew Inchley <b.inchley@quarrybank.example> wrote:\n"
            "> Will the library be open again on Saturday? I am away in Dunmere on Thursday.\n> Bart\n")
    article, pub, result = _drop(tmp_path, "reply.eml", _mail("Re: library", "Tue, 10 Nov 2026 09:00:00 +0000", body))
    assert _day(pub) == "2026-11-10"
    said = _sentences(result)
    assert any("reopened on Monday" in s for s in said)
    assert not any("Dunmere" in s or "open again" in s or "wrote:" in s for s in said), said
    assert not any("Inchley" in n for n in _names(article, result))


def test_a_german_quoted_question_and_the_signature_are_no_event_and_no_actor(tmp_path: Path) -> None:
    body = ("Sehr geehrte Frau Quendt,\n\ndie Gemeinde Ottersweil eröffnet am 14. Dezember den neuen "
            "Wertstoffhof an der Kiesgrube.\n\nMit freundlichen Grüßen\nLeopoldine Haberkorn\n"
            "Pressestelle Gemeinde Ottersweil\n\n"
            "Am Mo., 9. Nov. 2026 um 08:15 Uhr schrieb Wiebke Quendt <wq@example.org>:\n"
            "> Wann öffnet der Wertstoffhof? Ich fahre am Freitag nach Lindau.\n")
    article, pub, result = _drop(tmp_path, "antwort.eml", _mail("AW: Wertstoffhof", "Tue, 10 Nov 2026 11:00:00 +0100", body))
    said = _sentences(result)
    assert any("Wertstoffhof an der Kiesgrube" in s for s in said)
    assert not any("Lindau" in s for s in said), said
    names = _names(article, result)
    assert not any("Haberkorn" in n or "Quendt" in n for n in names), names


def test_a_signature_after_the_dash_line_is_no_actor(tmp_path: Path) -> None:
    body = ("The Brackwater ferry resumes on 3 December, the harbour board said.\n\n"
            "-- \nCornelius Ashgrove | Head of Media, Brackwater Harbour Board\n"
            "Follow us on Twitter: we post sailing times every day\n")
    article, _, result = _drop(tmp_path, "sig.eml", _mail("ferry", "Wed, 11 Nov 2026 10:00:00 +0000", body))
    names = _names(article, result)
    assert not any("Ashgrove" in n for n in names), names


def test_a_forwarded_newsletter_is_dated_by_its_own_date_line_not_by_the_forward(tmp_path: Path) -> None:
    body = ("Schau mal, das betrifft auch unsere Straße. Gruß Ilse\n\n"
            "---------- Weitergeleitete Nachricht ---------\n"
            "Von: Wasserverband Lauchtal <info@wv-lauchtal.example>\n"
            "Datum: Di., 3. Nov. 2026 um 06:45 Uhr\nBetreff: Rohrbruch in Mettlingen\nAn: <ilse@example.org>\n\n"
            "In Mettlingen ist am Montag eine Hauptleitung gebrochen. Der Wasserverband Lauchtal will "
            "den Schaden bis zum 6. November beheben.\n")
    article, pub, result = _drop(tmp_path, "wg.eml", _mail("WG: Rohrbruch in Mettlingen", "Thu, 5 Nov 2026 20:00:00 +0100", body))
    assert _day(pub) == "2026-11-03"
    said = _sentences(result)
    assert any("Hauptleitung" in s for s in said)
    assert not any("unsere Straße" in s for s in said), said


def test_an_outlook_forward_takes_the_day_the_original_was_sent(tmp_path: Path) -> None:
    body = ("FYI, for Monday's paper.\n\n________________________________\n"
            "From: Pennock Rail <media@pennockrail.example>\nSent: Monday, November 2, 2026 4:30 PM\n"
            "To: Odile Farrant <odile@quarrybank.example>\nSubject: New timetable\n\n"
            "Pennock Rail will add two late trains between Quarrybank and Elvet from December 13.\n")
    article, pub, result = _drop(tmp_path, "fw.eml", _mail("FW: New timetable", "Wed, 4 Nov 2026 08:00:00 +0000", body))
    assert _day(pub) == "2026-11-02"
    assert not any("Farrant" in n for n in _names(article, result))


def test_a_reply_above_an_outlook_original_keeps_its_own_day(tmp_path: Path) -> None:
    body = ("Pennock Rail confirmed the two late trains will run from December 13.\n\n"
            "From: Odile Farrant <odile@quarrybank.example>\nSent: Monday, November 2, 2026 4:30 PM\n"
            "To: Pennock Rail <media@pennockrail.example>\nSubject: timetable\n\n"
            "Can you confirm the start date? I am in Elvet on Friday.\n")
    article, pub, result = _drop(tmp_path, "re.eml", _mail("RE: timetable", "Wed, 4 Nov 2026 08:00:00 +0000", body))
    assert _day(pub) == "2026-11-04"
    assert not any("Elvet on Friday" in s for s in _sentences(result))


# --- saved HTML ------------------------------------------------------------------------------


def _page(body: str) -> str:
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Kiln</title></head><body>{body}</body></html>"


_KILN = ("<p>The Farrowdale pottery fired its restored bottle kiln on Tuesday for the first time since 1961.</p>"
         "<p>Potter Ysolde Carrick said the firing took thirty hours and used two tonnes of coal.</p>")


def test_microdata_date_published_on_a_span_dates_the_page(tmp_path: Path) -> None:
    html = _page("<div itemscope itemtype='https://schema.org/NewsArticle'><h1>Old kiln fired again</h1>"
                 "<p>By Noor Abernethy · <span itemprop='datePublished' content='2026-10-14'>Wednesday</span></p>"
                 + _KILN + "</div>")
    _, pub, _ = _drop(tmp_path, "kiln.html", html)
    assert _day(pub) == "2026-10-14"


def test_a_sidebar_item_s_microdata_date_is_not_the_page_s(tmp_path: Path) -> None:
    html = _page("<aside><div itemscope itemtype='https://schema.org/NewsArticle'><a>Museum shop closes</a>"
                 "<span itemprop='datePublished' content='2026-09-30'>30 Sep</span></div></aside>"
                 "<article><h1>Old kiln fired again</h1>" + _KILN + "</article>")
    _, pub, _ = _drop(tmp_path, "kiln2.html", html)
    assert _day(pub) != "2026-09-30"


def test_gallery_captions_with_bracketed_credits_are_no_events(tmp_path: Path) -> None:
    html = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Kiln</title>"
            "<meta property='article:published_time' content='2026-10-15T08:00:00+01:00'></head><body>"
            "<article><h1>Old kiln fired again</h1><div class='gallery'><p>1 of 3</p>"
            "<p>Potters stack the kiln on Saturday morning. (Photo: Ivo Pendragon/Farrowdale Echo)</p><p>2 of 3</p>"
            "<p>The kiln door on Sunday. [Image: Ivo Pendragon]</p></div>" + _KILN + "</article></body></html>")
    article, _, result = _drop(tmp_path, "kiln3.html", html)
    said = _sentences(result)
    assert any("bottle kiln" in s for s in said)
    assert not any("Potters stack" in s or "kiln door" in s for s in said), said
    assert not any("Pendragon" in n for n in _names(article, result))


# --- PDF -------------------------------------------------------------------------------------


_PRESS = ["Pressemitteilung", "Gemeinde Ottersweil", "Ottersweil, 12.11.2026", "",
          "Die Gemeinde Ottersweil hat am Mittwoch einen neuen Spielplatz am Mühlbach eröffnet.",
          "Bürgermeister Falko Niedermayer dankte den Eltern, die beim Aufbau geholfen hatten."]


def test_a_pdf_s_own_date_line_beats_the_day_the_file_was_made(tmp_path: Path) -> None:
    _, pub, _ = _drop(tmp_path, "pm.pdf", pdf_file([_PRESS], creation_date="D:20261116093000+01'00'"))
    assert _day(pub) == "2026-11-12"


def test_a_pdf_without_a_date_line_keeps_the_day_the_file_was_made(tmp_path: Path) -> None:
    lines = [line for line in _PRESS if "2026" not in line]
    _, pub, _ = _drop(tmp_path, "pm2.pdf", pdf_file([lines], creation_date="D:20261116093000+01'00'"))
    assert _day(pub) == "2026-11-16"


def test_a_browser_print_s_running_head_and_foot_are_not_article_text(tmp_path: Path) -> None:
    head = "11/20/26, 7:05 PM    Kiln fired again | Farrowdale Echo"
    foot = "https://farrowdale-echo.example/news/kiln    {}/2"
    pages = [[head, "", "The Farrowdale pottery fired its restored bottle kiln on Tuesday.", foot.format(1)],
             [head, "", "Potter Ysolde Carrick said the next firing is planned for March 2027.", foot.format(2)]]
    article, _, result = _drop(tmp_path, "print.pdf", pdf_file(pages))
    for r in article.regions:
        if r.is_article:
            part = article.text[r.start:r.end]
            assert "7:05 PM" not in part and "farrowdale-echo.example" not in part, part
    assert not any("7:05 PM" in s or "farrowdale-echo.example" in s for s in _sentences(result))


def test_an_html_reply_s_quoted_blockquote_is_no_event(tmp_path: Path) -> None:
    mail = ("From: Odile Farrant <odile@quarrybank.example>\nTo: Desk <desk@quarrybank.example>\n"
            "Subject: Re: Lantern parade\nDate: Mon, 16 Nov 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
            "Content-Type: text/html; charset=utf-8\n\n"
            "<html><body><p>Hello,</p><p>The Quarrybank lantern parade was cancelled on Saturday because of the gale. "
            "It will now take place on November 28.</p><p>Best wishes<br>Odile Farrant</p>"
            "<div class='gmail_quote'><div class='gmail_attr'>On Fri, 13 Nov 2026 at 16:02, Emrys Talfan "
            "&lt;emrys@example.org&gt; wrote:</div><blockquote class='gmail_quote'><p>Is the parade still on for "
            "Saturday? I drive to Wrexmoor on Sunday.</p></blockquote></div></body></html>\n")
    article, _, result = _drop(tmp_path, "html-reply.eml", mail)
    said = _sentences(result)
    assert any("lantern parade was cancelled" in s for s in said)
    assert not any("Wrexmoor" in s or "still on" in s for s in said), said
    assert not any("Talfan" in n or "Farrant" in n for n in _names(article, result))


def test_text_below_an_attribution_line_without_quote_marks_is_the_quoted_message(tmp_path: Path) -> None:
    body = ("The Quarrybank lantern parade was cancelled on Saturday because of the gale.\n\n"
            "On Fri, 13 Nov 2026 at 16:02, Emrys Talfan <emrys@example.org> wrote:\n\n"
            "Is the parade still on for Saturday? I drive to Wrexmoor on Sunday.\n")
    _, _, result = _drop(tmp_path, "plain-reply.eml", _mail("Re: parade", "Mon, 16 Nov 2026 09:00:00 +0000", body))
    said = _sentences(result)
    assert any("lantern parade" in s for s in said)
    assert not any("Wrexmoor" in s for s in said), said


def test_a_blog_export_s_published_at_dates_the_note(tmp_path: Path) -> None:
    note = ("---\ntitle: Kiln fired again\npublished_at: 2026-10-14T06:30:00.000Z\nupdated_at: 2026-10-20T09:00:00.000Z\n---\n\n"
            "The Farrowdale pottery fired its restored bottle kiln on Tuesday for the first time since 1961.\n")
    _, pub, _ = _drop(tmp_path, "ghost.md", note)
    assert _day(pub) == "2026-10-14"
