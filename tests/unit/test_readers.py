"""Readers: every format and every kind of bad input, with files made in tmp_path."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest

from desktop.core.model import DateSource, Document, Precision
from desktop.core.readers import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    ReadError,
    iter_input_files,
    read_path,
)
from desktop.core.structure import content_key
from tests.probe_formats import pdf_from_objects

GERMAN = "Die Regierung hat am Mittwoch in Berlin über den neuen Haushalt beraten. Der Minister sprach von einem schwierigen Jahr."


def _escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines: list[str] | None, *, creation_date: str | None = None, title: str | None = None) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica; without lines the page only has a grey box."""
    if lines:
        ops = [b"BT /F1 12 Tf 14 TL 72 720 Td"]
        for k, line in enumerate(lines):
            ops.append((b"(" if k == 0 else b"T* (") + _escape(line) + b") Tj")
        ops.append(b"ET")
        content = b"\n".join(ops)
    else:
        content = b"0.5 g 72 600 200 100 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
         b" /Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    info = []
    if creation_date:
        info.append(b"/CreationDate (" + creation_date.encode() + b")")
    if title:
        info.append(b"/Title (" + _escape(title) + b")")
    if info:
        objects.append(b"<< " + b" ".join(info) + b" >>")
    return pdf_from_objects(objects, with_info=bool(info))


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


def read_one(p: Path, **kw: int) -> Document:
    docs = read_path(p, **kw)
    assert len(docs) == 1
    return docs[0]


def read_error(p: Path, **kw: int) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_path(p, **kw)
    err = info.value
    assert p.name in str(err) and "\n" not in str(err)
    return err


# --- plain text and encodings --------------------------------------------------------


def test_empty_file_is_refused(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "leer.txt", b""))
    assert err.kind == "empty"
    assert "empty" in err.message


def test_blank_only_file_counts_as_empty(tmp_path: Path) -> None:
    assert read_error(write(tmp_path, "blank.txt", b" \n\r\n\t\n")).kind == "empty"


def test_binary_content_with_txt_extension(tmp_path: Path) -> None:
    png_like = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    err = read_error(write(tmp_path, "bild.txt", png_like))
    assert err.kind == "binary"


def test_200_mb_file_refused_from_stat_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "riesig.txt"
    with open(p, "wb") as f:  # sparse: takes no disk space, no time
        f.truncate(200 * 1024 * 1024)
    import builtins

    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *a, **kw):  # type: ignore[no-untyped-def]
        opened.append(os.fspath(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", spy)
    err = read_error(p)
    assert err.kind == "too-large"
    assert "50 MB" in err.message and "200 MB" in err.message
    assert str(p) not in opened  # refused from stat alone


def test_custom_limit_is_named(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "a.txt", "x" * 2048), max_bytes=1024)
    assert err.kind == "too-large" and "1 KB" in err.message
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


def test_utf8_plain_with_crlf_newlines_normalised(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path, "a.txt", "Erste Zeile\r\nZweite Zeile\rDritte".encode()))
    assert doc.text == "Erste Zeile\nZweite Zeile\nDritte"
    assert doc.encoding == "utf-8" and doc.format == "text" and doc.language == "de"


def test_utf8_with_bom(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "Grüße aus Köln".encode()))
    assert doc.text == "Grüße aus Köln"
    assert doc.encoding == "utf-8-sig"


def test_utf16_with_bom(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path, "u16.txt", "Grüße\r\naus Köln".encode("utf-16")))
    assert doc.text == "Grüße\naus Köln"
    assert doc.encoding == "utf-16"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, codec: str) -> None:
    doc = read_one(write(tmp_path, "nobom.txt", GERMAN.encode(codec)))
    assert doc.text == GERMAN
    assert doc.encoding == codec


def test_cp1252_text(tmp_path: Path) -> None:
    text = "Die Straße – „Zitat“ – kostet 5 €.\nÄrger über Öl."
    doc = read_one(write(tmp_path, "alt.txt", text.encode("cp1252")))
    assert doc.text == text
    assert doc.encoding == "cp1252"


def test_invalid_utf8_bytes_replaced_with_warning(tmp_path: Path) -> None:
    data = "Ein Satz über Kiew und München.\n".encode() * 5 + b"Kaputt: \xc3 hier.\n"
    doc = read_one(write(tmp_path, "kaputt.txt", data))
    assert "\ufffd" in doc.text and "über Kiew" in doc.text
    assert doc.warnings and "UTF-8" in doc.warnings[0]


def test_undecodable_gibberish_is_an_encoding_error(tmp_path: Path) -> None:
    data = bytes(b for b in range(0x80, 0x100)) * 40  # only upper-half bytes, no text at all
    err = read_error(write(tmp_path, "wirr.txt", data))
    assert err.kind == "encoding"


def test_suffixless_text_file_is_read(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path, "README", GERMAN))
    assert doc.format == "text" and doc.text == GERMAN


def test_unsupported_suffix(tmp_path: Path) -> None:
    assert read_error(write(tmp_path, "tabelle.xlsx", b"PK\x03\x04")).kind == "unsupported"


def test_unreadable_file_permission_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # We run as root, so chmod cannot take read access away: simulate the OS refusal.
    p = write(tmp_path, "geheim.txt", GERMAN)
    from desktop.core.readers import files

    def refuse(*a, **kw):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open", refuse, raising=False)
    err = read_error(p)
    assert err.kind == "unreadable" and "permission" in err.message


def test_file_vanishing_between_listing_and_reading(tmp_path: Path) -> None:
    write(tmp_path, "ordner/a.txt", GERMAN)
    files, _ = iter_input_files([tmp_path / "ordner"])
    assert [f.name for f in files] == ["a.txt"]
    files[0].unlink()
    err = read_error(files[0])
    assert err.kind == "vanished"


def test_file_vanishing_after_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path, "weg.txt", GERMAN)
    from desktop.core.readers import files

    def gone(*a, **kw):  # type: ignore[no-untyped-def]
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(files, "open", gone, raising=False)
    assert read_error(p).kind == "vanished"


# --- HTML ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="utf-8">
<title>Gipfel in Genf vertagt | Der Tagesbote</title>
<meta property="og:site_name" content="Der Tagesbote">
<meta property="og:title" content="Gipfel in Genf vertagt">
<meta property="article:published_time" content="2025-03-04T08:15:00+01:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-04T08:15:00+01:00"}</script>
<script>document.write("Diese Zeile darf nie im Text landen");</script>
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Gipfel in Genf vertagt</h1>
<p>Die Außenminister beider Länder haben ihr Treffen in Genf am Dienstag überraschend vertagt.
Ein neuer Termin soll in den kommenden Wochen gefunden werden, hieß es aus Diplomatenkreisen.</p>
<p>Beide Seiten betonten, die Gespräche seien nicht gescheitert. Man wolle die Vorbereitung jedoch
gründlicher angehen als bisher und auch die Nachbarstaaten einbeziehen.</p>
<p>Beobachter sehen darin ein Zeichen, dass eine Einigung noch fern ist und viele Fragen offen sind.</p>
</article>
<section class="comments"><h2>Kommentare</h2><p>Leser123: Das war doch klar!</p></section>
<footer>Impressum Datenschutz</footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path, "seite.html", PAGE))
    assert doc.format == "html"
    assert doc.title == "Gipfel in Genf vertagt"
    assert doc.outlet == "Der Tagesbote"
    assert doc.language == "de"
    assert doc.published is not None
    assert doc.published.value == date(2025, 3, 4)
    assert doc.published.precision == Precision.DAY
    assert doc.published.source == DateSource.METADATA
    assert "2025-03-04" in doc.published.evidence
    assert "Außenminister beider Länder" in doc.text
    assert doc.text.startswith("Gipfel in Genf vertagt")
    assert "document.write" not in doc.text and "darf nie" not in doc.text
    assert "Leser123" not in doc.text  # comments left out


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-11-05"}]}</script>', date(2024, 11, 5)),
        ('<meta name="date" content="2024-11">', date(2024, 11, 1)),
        ("", date(2023, 7, 9)),  # from <time datetime>
    ],
)
def test_html_date_sources(tmp_path: Path, head: str, expected: date) -> None:
    body = '<p><time datetime="2023-07-09T12:00">9. Juli</time></p>' if not head else ""
    html = f"<html><head>{head}</head><body>{body}<p>{GERMAN}</p><p>{GERMAN}</p></body></html>"
    doc = read_one(write(tmp_path, "d.htm", html))
    assert doc.published is not None and doc.published.value == expected


def test_html_a_sidebars_times_are_not_the_articles_date(tmp_path: Path) -> None:
    side = ('<aside><ul><li><a href="/x">Neuer Radweg</a> <time datetime="2023-07-01">1. Juli</time></li>'
            '<li><a href="/y">Markt eröffnet</a> <time datetime="2023-06-28">28. Juni</time></li></ul></aside>')
    own = '<article><h1>Haushalt</h1><p><time datetime="2023-07-09T12:00">9. Juli</time></p>'
    html = f"<html><head></head><body>{side}{own}<p>{GERMAN}</p><p>{GERMAN}</p></article></body></html>"
    doc = read_one(write(tmp_path, "d.htm", html))
    assert doc.published is not None and doc.published.value == date(2023, 7, 9)
    # a teaser list of several days and no article element: none of them is the page's date
    html = f"<html><head></head><body>{side.replace('aside', 'div')}<p>{GERMAN}</p><p>{GERMAN}</p></body></html>"
    doc = read_one(write(tmp_path, "e.htm", html))
    assert doc.published is None or doc.published.value not in (date(2023, 7, 1), date(2023, 6, 28))


def test_html_an_embedded_videos_json_ld_date_is_not_the_articles(tmp_path: Path) -> None:
    ld = ('[{"@type": "VideoObject", "name": "Archiv", "datePublished": "2023-06-01T10:00:00+02:00"}, '
          '{"@type": "NewsArticle", "headline": "Haushalt", "datePublished": "2023-07-09T12:00:00+02:00"}]')
    html = (f'<html><head><script type="application/ld+json">{ld}</script></head>'
            f"<body><p>{GERMAN}</p><p>{GERMAN}</p></body></html>")
    doc = read_one(write(tmp_path, "v.htm", html))
    assert doc.published is not None and doc.published.value == date(2023, 7, 9)


def test_markdown_a_clippers_created_day_is_not_the_publication_date(tmp_path: Path) -> None:
    front = '---\ntitle: "Haushalt"\nsource: "https://example.org/haushalt"\npublished:\ncreated: 2023-08-02\n---\n'
    doc = read_one(write(tmp_path, "clip.md", f"{front}# Haushalt\n\n{GERMAN}\n"))
    assert doc.published is None
    doc = read_one(write(tmp_path, "clip2.md", front.replace("published:", "published: 2023-07-09") + f"# Haushalt\n\n{GERMAN}\n"))
    assert doc.published is not None and doc.published.value == date(2023, 7, 9)


def test_html_nested_5000_deep_does_not_crash(tmp_path: Path) -> None:
    html = "<html><body>" + "<div>" * 5000 + f"<p>{GERMAN}</p>" + "</div>" * 5000 + "</body></html>"
    p = write(tmp_path, "tief.html", html)
    try:
        doc = read_one(p)
    except ReadError as e:
        assert e.kind in {"malformed", "no-text"}
    else:
        assert "Haushalt beraten" in doc.text


def test_html_cp1252_declared_in_meta(tmp_path: Path) -> None:
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Straße – „Zitat“. {GERMAN}</p><p>{GERMAN}</p></body></html>'
    doc = read_one(write(tmp_path, "alt.html", html.encode("cp1252")))
    assert "Straße – „Zitat“" in doc.text


def test_html_without_text(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "leer.html", "<html><head><script>var a=1;</script></head><body><img src=x></body></html>"))
    assert err.kind in {"no-text", "empty"}


# --- Markdown -----------------------------------------------------------------------


def test_markdown_title_front_matter_and_light_markup(tmp_path: Path) -> None:
    md = (
        "---\ntitle: Wahl im Frühjahr\ndate: 2025-02-20\n---\n\n"
        "# Die Wahl rückt näher\n\n"
        "Die Parteien haben **am Montag** ihre [Programme](https://example.org/p) vorgestellt.\n\n"
        "## Umfragen\n\nDie Umfragen sind _knapp_, sagt `jemand`.\n"
    )
    doc = read_one(write(tmp_path, "notiz.md", md))
    assert doc.format == "markdown"
    assert doc.title == "Wahl im Frühjahr"
    assert doc.published is not None and doc.published.value == date(2025, 2, 20)
    assert doc.published.precision == Precision.DAY
    assert "Die Parteien haben am Montag ihre Programme vorgestellt." in doc.text
    assert "https://" not in doc.text and "**" not in doc.text and "_knapp_" not in doc.text
    headings = [doc.text[r.start : r.end] for r in doc.regions]
    assert headings == ["Die Wahl rückt näher", "Umfragen"]


def test_markdown_title_from_first_heading(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path, "b.markdown", "Vorspann\n\n# Hauptsache\n\nText hier.\n\n# Zweites\n"))
    assert doc.title == "Hauptsache"
    title = [r for r in doc.regions if r.kind == "title"]
    assert len(title) == 1 and doc.text[title[0].start : title[0].end] == "Hauptsache"


# --- PDF ----------------------------------------------------------------------------


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    pdf = make_pdf(["Die Straße (Mitte) ist gesperrt.", "Der Verkehr über Kiew ruht."], creation_date="D:20250213101500+01'00'", title="Bericht aus Kiew")
    doc = read_one(write(tmp_path, "bericht.pdf", pdf))
    assert doc.format == "pdf"
    assert "Die Straße (Mitte) ist gesperrt." in doc.text and "über Kiew" in doc.text
    assert doc.title == "Bericht aus Kiew"
    assert doc.published is not None
    assert (doc.published.value, doc.published.precision, doc.published.source) == (date(2025, 2, 13), Precision.DAY, DateSource.METADATA)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "scan.pdf", make_pdf(None)))
    assert err.kind == "no-text"
    assert "no text layer" in err.message


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n" + bytes(range(256)) * 20,
        make_pdf(["Ein Satz mit genug Text."])[:150],
        b"Das ist gar kein PDF, nur Text.",
    ],
    ids=["garbage", "truncated", "not-a-pdf"],
)
def test_damaged_pdf(tmp_path: Path, data: bytes) -> None:
    assert read_error(write(tmp_path, "kaputt.pdf", data)).kind == "damaged"


def test_encrypted_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    w.append(PdfReader(io.BytesIO(make_pdf(["Geheimer Text."]))))
    w.encrypt("geheim", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    err = read_error(write(tmp_path, "geschuetzt.pdf", buf.getvalue()))
    assert err.kind == "encrypted" and "password" in err.message


def test_encrypted_pdf_with_empty_password_opens(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    w.append(PdfReader(io.BytesIO(make_pdf(["Offener Text trotz Schutz."]))))
    w.encrypt("", owner_password="besitzer", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    doc = read_one(write(tmp_path, "offen.pdf", buf.getvalue()))
    assert "Offener Text trotz Schutz." in doc.text


# --- e-mail -------------------------------------------------------------------------

EML = """From: Redaktion Morgenpost <redaktion@example.org>
To: leser@example.org
Subject: =?utf-8?q?Gespr=C3=A4che_in_Wien?=
Date: Thu, 13 Feb 2025 07:30:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Die Gespräche in Wien werden am Freitag fortgesetzt.
Beide Delegationen sind bereits angereist.
"""


def test_eml_headers_become_metadata(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path, "brief.eml", EML))
    assert doc.format == "email"
    assert doc.title == "Gespräche in Wien"
    assert doc.outlet == "Redaktion Morgenpost"
    assert doc.published is not None
    assert (doc.published.value, doc.published.precision, doc.published.source) == (date(2025, 2, 13), Precision.DAY, DateSource.METADATA)
    assert "Die Gespräche in Wien werden am Freitag fortgesetzt." in doc.text


def test_eml_html_only_goes_through_html_reader(tmp_path: Path) -> None:
    eml = (
        "From: news@example.org\nSubject: Nur HTML\nDate: Mon, 03 Mar 2025 10:00:00 +0000\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        f"<html><body><script>boese()</script><p>{GERMAN}</p><p>{GERMAN}</p></body></html>\n"
    )
    doc = read_one(write(tmp_path, "html.eml", eml))
    assert doc.format == "email" and "Haushalt beraten" in doc.text and "boese" not in doc.text
    assert doc.published is not None and doc.published.value == date(2025, 3, 3)


def test_eml_without_headers_is_malformed(tmp_path: Path) -> None:
    assert read_error(write(tmp_path, "kein.eml", "nur ein Satz ohne Kopfzeilen\n")).kind == "malformed"


def test_mbox_gives_one_document_per_message(tmp_path: Path) -> None:
    msgs = []
    for n, day in enumerate((3, 4, 5), start=1):
        msgs.append(
            f"From sender@example.org Mon Mar  {day} 10:00:00 2025\n"
            f"From: Agentur {n} <a{n}@example.org>\nSubject: Meldung {n}\n"
            f"Date: Mon, {day:02d} Mar 2025 10:00:00 +0000\n\n"
            f"Meldung Nummer {n} über die Lage.\n>From here on a quoted line.\n\n"
        )
    docs = read_path(write(tmp_path, "box.mbox", "".join(msgs)))
    assert [d.path.rsplit("#", 1)[1] for d in docs] == ["1", "2", "3"]
    assert all(d.path.startswith(str(tmp_path / "box.mbox")) for d in docs)
    assert [d.title for d in docs] == ["Meldung 1", "Meldung 2", "Meldung 3"]
    assert [d.published.value.day for d in docs if d.published] == [3, 4, 5]
    assert "From here on" in docs[0].text and ">From" not in docs[0].text
    again = read_path(docs[1].path)  # a message can be read again by its Document.path
    assert again == [docs[1]]
    assert read_error(Path(docs[0].path[:-1] + "9")).kind == "vanished"


# --- folders ------------------------------------------------------------------------


def test_folder_walking_skips_hidden_unsupported_and_loops(tmp_path: Path) -> None:
    root = tmp_path / "import"
    write(root, "b.txt", GERMAN)
    write(root, "a.html", PAGE)
    write(root, "a_files/style.txt", "asset")  # the saved page's asset folder
    write(root, "sub/c.md", "# Titel\n\nText.")
    write(root, "sub/deeper/d.PDF", make_pdf(["x y z"]))
    write(root, ".hidden.txt", GERMAN)
    write(root, ".git/config.txt", GERMAN)
    write(root, "bild.png", b"\x89PNG")
    write(root, "LIESMICH", GERMAN)  # no suffix, text
    write(root, "programm", b"\x7fELF\x00\x00\x00")  # no suffix, binary
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "b.txt", root / "link-to-b.txt")
    files, skipped = iter_input_files([root])
    names = [f.relative_to(root).as_posix() for f in files]
    assert names == ["LIESMICH", "a.html", "b.txt", "sub/c.md", "sub/deeper/d.PDF"]
    assert skipped["hidden"] == 2
    assert skipped["unsupported"] == 2
    assert skipped["symlink-loop"] == 1
    assert skipped.get("duplicate") == 1  # the link to b.txt
    again, _ = iter_input_files([root])
    assert again == files  # deterministic


def test_explicit_missing_path_is_kept_for_a_message(tmp_path: Path) -> None:
    files, skipped = iter_input_files([tmp_path / "fehlt.txt"])
    assert files == [tmp_path / "fehlt.txt"] and not skipped
    assert read_error(files[0]).kind == "vanished"


def test_supported_suffixes() -> None:
    assert {".txt", ".html", ".htm", ".md", ".pdf", ".eml", ".mbox"} <= SUPPORTED_SUFFIXES


# --- duplicates ---------------------------------------------------------------------


def test_same_content_other_name_and_format_same_key(tmp_path: Path) -> None:
    title = "Gipfel in Genf vertagt"
    paras = [
        "Die Außenminister haben ihr Treffen in Genf am Dienstag überraschend vertagt.",
        "Beide Seiten betonten, die Gespräche seien „nicht gescheitert“.",
    ]
    txt = read_one(write(tmp_path, "a.txt", f"{title}\r\n\r\n" + "\r\n\r\n".join(paras)))
    copy = read_one(write(tmp_path, "kopie.text", f"  {title}\n\n\n" + "\n".join(paras) + "\n"))
    md = read_one(write(tmp_path, "a.md", f"# {title}\n\n" + "\n\n".join(paras)))
    html = read_one(write(tmp_path, "a.html", f"<html><head><title>{title}</title></head><body><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"))
    keys = {content_key(d.text) for d in (txt, copy, md, html)}
    assert len(keys) == 1
    assert content_key(txt.text + " Ein weiterer Satz.") not in keys


def test_html_metadata_date_in_another_language(tmp_path: Path) -> None:
    page = ('<html lang="fr"><head><title>Sommet</title>'
            '<meta property="article:published_time" content="12 février 2025"></head>'
            '<body><article><p>Les deux présidents se sont parlé longuement au téléphone mercredi. '
            'Ils veulent se rencontrer bientôt, ont indiqué leurs porte-parole.</p></article></body></html>')
    f = tmp_path / "sommet.html"
    f.write_text(page, encoding="utf-8")
    doc = read_path(f)[0]
    assert doc.published is not None
    assert doc.published.value == date(2025, 2, 12)


def test_html_date_from_the_pages_own_address(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="https://news.example.org/city/2021/12/29/bridge-repair-approved/">'
    html = f"<html><head>{head}</head><body><p>{GERMAN}</p><p>{GERMAN}</p></body></html>"
    doc = read_one(write(tmp_path, "u.htm", html))
    assert doc.published is not None and doc.published.value == date(2021, 12, 29)


def test_html_without_any_date_in_the_markup_has_none_from_the_reader(tmp_path: Path) -> None:
    html = f"<html><head><title>Nordhafen</title></head><body><p>{GERMAN}</p></body></html>"
    doc = read_one(write(tmp_path, "n.htm", html))
    assert doc.published is None


def test_a_file_that_grows_while_it_is_read_is_read_whole_or_refused_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size seen before opening is 10 bytes, the file holds more by the time it is read (still
    being saved): all of it is read, and a file that grew beyond the limit is refused, not cut."""
    from desktop.core.readers import files
    from desktop.core.readers.errors import ReadError

    p = tmp_path / "wachsend.txt"
    text = "Der Gemeinderat von Fernwick tagte am Montag bis spät in die Nacht. " * 20
    p.write_text(text, encoding="utf-8")
    real_stat = os.stat

    def early_stat(path, *a, **kw):  # the size the file had when it was looked at
        st = real_stat(path, *a, **kw)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10,
                               int(st.st_atime), int(st.st_mtime), int(st.st_ctime)))

    monkeypatch.setattr(files.os, "stat", early_stat)
    assert files.read_bytes(p).decode("utf-8") == text
    with pytest.raises(ReadError, match="grew beyond"):
        files.read_bytes(p, max_bytes=100)
