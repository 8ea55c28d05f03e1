"""A generated corpus of bad input: every kind of file a careless user or an attacker may drop.

Nothing here is stored as a binary: each case is a small function that writes its file(s) into
a folder of its own, beside one good article, when the test suite (or ``bench/bad_input.py``)
runs.  A case says what a user should see: the exit status of ``chronik extract``, a piece of
the one-line message naming the bad file, and how long it may take at most.

    build_case(case, folder, scale) -> list[str]     (the paths to give to ``chronik extract``)

``scale`` multiplies the sizes of the big inputs: the tests use 1 (sizes at which the old,
unbounded code took from 20 seconds to hours), the bench uses larger ones as well.
"""

from __future__ import annotations

import io
import os
import random
import socket
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Our own words: a short dated German article that must survive beside every bad file.
GOOD_NAME = "gut.txt"
GOOD_TEXT = (
    "Stadtrat beschließt neue Buslinie\n\n"
    "Kiel, 4. März 2025. Der Kieler Stadtrat hat am Dienstag eine neue Buslinie zwischen dem "
    "Hauptbahnhof und dem Ostufer beschlossen. Oberbürgermeister Ulf Kämpfer sagte, die ersten "
    "Busse sollen am 1. Juni 2025 fahren. Die Verkehrsbetriebe hatten den Plan im Januar 2025 "
    "vorgestellt.\n"
)
GOOD_TITLE = "Stadtrat beschließt neue Buslinie"

#: A dated event with umlauts in the date, for the mails that name no character set.
MAIL_BODY = "Kiel. Der Stadtrat hat am 3. März 2025 die Brücke über die Förde beschlossen.\n"

#: One sentence of our own, repeated to make big texts.
SENTENCE = "Der Rat der Stadt Kiel beriet am 4. März 2025 über den Haushalt des kommenden Jahres. "


@dataclass(frozen=True)
class Case:
    """One kind of bad input."""

    name: str
    build: Callable[[Path, float], list[str]]  # writes the bad file(s), returns extra paths (or [] = folder)
    message: str | None  # a piece of the stderr line naming the bad file (None: no problem line)
    status: int = 1  # exit status of ``chronik extract``
    budget: float = 20.0  # seconds the whole command may take (harness-enforced)
    bad_name: str | None = None  # the file the message must name (default: the one file written)
    slow: bool = False
    root_ok: bool = True  # False: meaningless when running as root (permissions)
    extra_args: tuple[str, ...] = ()
    good_imported: bool = True
    tags: tuple[str, ...] = field(default=())


def _w(folder: Path, name: str | bytes, data: bytes | str) -> str:
    if isinstance(name, bytes):
        p = os.path.join(os.fsencode(folder), name)
        with open(p, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return os.fsdecode(p)
    p = folder / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return str(p)


def _n(base: int, scale: float) -> int:
    return max(1, int(base * scale))


def _pdf(text: str | None = None, pages: int = 1, encrypt: str | None = None, algorithm: str = "RC4-128") -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(300, 300)
    if encrypt is not None:
        w.encrypt(user_password=encrypt, owner_password="owner", algorithm=algorithm)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _text_pdf(text: str, pages: int = 1) -> bytes:
    """A minimal PDF with a text layer, written by hand (pypdf cannot draw text); ``pages`` times
    the same page object, so that a PDF of 100,000 pages stays small."""
    body = f"BT /F1 12 Tf 20 200 Td ({text}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b"3 0 R " * pages + b"] /Count %d >>" % pages,
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Contents 4 0 R"
         b" /Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def _eml(
    body: bytes, headers: str = "", charset: str | None = None, cte: str = "8bit", subject: str = "Neue Buslinie in Kiel"
) -> bytes:
    ctype = "text/plain" + (f"; charset={charset}" if charset else "")
    head = (
        "From: Redaktion <redaktion@example.org>\n"
        "To: leser@example.org\n"
        f"Subject: {subject}\n"
        "Date: Tue, 04 Mar 2025 10:00:00 +0100\n"
        "MIME-Version: 1.0\n"
        f"Content-Type: {ctype}\n"
        f"Content-Transfer-Encoding: {cte}\n" + headers
    )
    return head.encode("ascii") + b"\n" + body


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------


def _single(name: str | bytes, data: Callable[[float], bytes | str]) -> Callable[[Path, float], list[str]]:
    def build(folder: Path, scale: float) -> list[str]:
        _w(folder, name, data(scale))
        return []

    return build


def _markdown_emphasis(scale: float) -> bytes:
    return ("# Titel\n\n" + " **x" * _n(16_000, scale) + "\n\n" + SENTENCE + "\n").encode()


def _markdown_links(scale: float) -> bytes:
    return ("# Titel\n\n" + "[a](" * _n(20_000, scale) + "\n\n" + SENTENCE + "\n").encode()


def _long_word(scale: float) -> bytes:
    return (SENTENCE + "Haushalts" + "x" * _n(400_000, scale) + " " + SENTENCE).encode()


def _attribute_bomb(scale: float) -> bytes:
    attrs = " ".join(f'a{i}="v"' for i in range(_n(60_000, scale)))
    return f"<html><body><p {attrs}>{SENTENCE}</p><p>{SENTENCE}</p></body></html>".encode()


def _nested_html(scale: float) -> bytes:
    depth = _n(50_000, scale)
    return ("<html><body>" + "<div>" * depth + SENTENCE + "</div>" * depth + "</body></html>").encode()


def _encoded_words(scale: float) -> bytes:
    words = " ".join("=?utf-8?q?M=C3=A4rz?=" for _ in range(_n(25_000, scale)))
    return _eml(SENTENCE.encode(), subject=words, charset="utf-8")


def _long_subject(scale: float) -> bytes:
    return _eml(SENTENCE.encode(), subject="Bus " * _n(500_000, scale), charset="utf-8")


def _many_headers(scale: float) -> bytes:
    heads = "".join(f"X-H{i}: v\n" for i in range(_n(100_000, scale)))
    return _eml(SENTENCE.encode(), headers=heads, charset="utf-8")


def _huge_mail_text(scale: float) -> bytes:
    return _eml((SENTENCE * _n(60_000, scale)).encode(), charset="utf-8")


def _repeated_sentence(scale: float) -> bytes:
    return (SENTENCE * _n(120_000, scale)).encode()


def _short_lines(scale: float) -> bytes:
    return ("Kiel März 2025\n" * _n(400_000, scale)).encode()


def _one_line_no_space(scale: float) -> bytes:
    return ("ab," * _n(1_000_000, scale)).encode()


def _digits(scale: float) -> bytes:
    return ("2025.03.04 " * _n(200_000, scale)).encode()


def _mixed_encoding(scale: float) -> bytes:
    return (
        "Erster Teil: Die Stadt plant im März 2025 eine Brücke über die Förde.\n".encode("utf-8")
        + "Zweiter Teil: Am 12. März 2025 stimmten die Bürger über die Straße ab.\n".encode("cp1252")
    )


def _mail_no_charset(scale: float) -> bytes:
    return _eml(MAIL_BODY.encode("cp1252"))


def _mail_no_charset_utf8(scale: float) -> bytes:
    return _eml(MAIL_BODY.encode("utf-8"))


def _mail_raw_headers(scale: float) -> bytes:
    """Raw Windows-1252 bytes in the Subject, no encoded words, no charset: an old mail program's."""
    return (b"From: a@example.org\nSubject: " + "Brücke über die Förde".encode("cp1252")
            + b"\nDate: Tue, 04 Mar 2025 10:00:00 +0100\n\n" + MAIL_BODY.encode("cp1252"))


def _mbox_no_charset(scale: float) -> bytes:
    msg = _eml(MAIL_BODY.encode("latin-1"))
    return b"From redaktion@example.org Tue Mar  4 10:00:00 2025\n" + msg + b"\n"


def _pdf_as_txt(scale: float) -> bytes:
    return _text_pdf("Kiel 4 March 2025 the council met")


def _many_pages(scale: float) -> bytes:
    return _text_pdf("Kiel 4 March 2025 the council met", pages=_n(3_000, scale))


def _page_limit(scale: float) -> bytes:
    return _text_pdf("Kiel 4 March 2025 the council met", pages=100_001)


def _deep_mime(scale: float) -> bytes:
    depth = _n(3_000, scale)
    parts = []
    for i in range(depth):
        parts.append(f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n")
    body = "".join(parts) + "Content-Type: text/plain; charset=utf-8\n\n" + SENTENCE + "\n"
    body += "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    head = "From: a@example.org\nSubject: Tief\nMIME-Version: 1.0\n"
    return (head + body).encode()


def _many_parts(scale: float) -> bytes:
    n = _n(20_000, scale)
    head = "From: a@example.org\nSubject: Viele Teile\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=zz\n\n"
    parts = "".join(f"--zz\nContent-Type: application/octet-stream\n\nxx{i}\n" for i in range(n))
    text = f"--zz\nContent-Type: text/plain; charset=utf-8\n\n{SENTENCE}\n--zz--\n"
    return (head + parts + text).encode()


def _big_mbox(scale: float) -> bytes:
    n = _n(3_000, scale)
    out = io.BytesIO()
    for i in range(n):
        out.write(b"From a@example.org Tue Mar  4 10:00:00 2025\n")
        out.write(_eml(f"Nachricht {i}. {SENTENCE}\n".encode(), charset="utf-8"))
        out.write(b"\n")
    return out.getvalue()


def _html_entities(scale: float) -> bytes:
    return ("<html><body><p>" + "&amp;" * _n(1_000_000, scale) + "</p><p>" + SENTENCE + "</p></body></html>").encode()


def _html_comment(scale: float) -> bytes:
    return ("<html><body><!--" + "-" * _n(2_000_000, scale) + "<p>" + SENTENCE + "</p></body></html>").encode()


def _html_unclosed_tag(scale: float) -> bytes:
    return ("<html><body><p " + "x" * _n(3_000_000, scale)).encode()


def _html_meta_bomb(scale: float) -> bytes:
    metas = "".join(f'<meta name="m{i}" content="v{i}">' for i in range(_n(100_000, scale)))
    return f"<html><head>{metas}</head><body><p>{SENTENCE}</p></body></html>".encode()


def _html_inline_data(scale: float) -> bytes:
    blob = "A" * _n(4_000_000, scale)
    return (f'<html><body><img src="data:image/png;base64,{blob}"><p>{SENTENCE}</p>'
            f'<p style="background:url(data:image/png;base64,{blob})">{SENTENCE}</p></body></html>').encode()


def _html_huge_page(scale: float) -> bytes:
    para = "<p>" + SENTENCE.replace("ä", "&auml;") + "</p>\n"
    return ("<html><head><title>Lang</title><script>" + "var x = 1;" * _n(100_000, scale) + "</script></head><body>"
            + para * _n(100_000, scale) + "</body></html>").encode()


def _html_script_only(scale: float) -> bytes:
    return b"<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>"


def _json_ld_bomb(scale: float) -> bytes:
    depth = _n(100_000, scale)
    ld = "[" * depth + "]" * depth
    return f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>{SENTENCE}</p></body></html>'.encode()


def _front_matter_bomb(scale: float) -> bytes:
    return ("---\n" + "key: value\n" * _n(200_000, scale) + "---\n# T\n\n" + SENTENCE).encode()


def _front_unclosed(scale: float) -> bytes:
    return ("---\ntitle: a\n" + "x\n" * _n(500_000, scale) + SENTENCE).encode()


def _fifo(folder: Path, scale: float) -> list[str]:
    os.mkfifo(folder / "rohr.txt")
    return []


def _fifo_named(folder: Path, scale: float) -> list[str]:
    p = folder / "rohr.txt"
    os.mkfifo(p)
    return [str(folder / GOOD_NAME), str(p)]


def _socket(folder: Path, scale: float) -> list[str]:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(folder / "dose.txt"))
    s.close()
    return []


def _docx_named(folder: Path, scale: float) -> list[str]:
    p = _w(folder, "bericht.docx", b"PK\x03\x04" + b"\x00" * 100)
    return [str(folder / GOOD_NAME), p]


def _dir_named_empty(folder: Path, scale: float) -> list[str]:
    d = folder / "leer"
    d.mkdir()
    return [str(folder / GOOD_NAME), str(d)]


def _missing_named(folder: Path, scale: float) -> list[str]:
    return [str(folder / GOOD_NAME), str(folder / "fehlt.txt")]


def _symlink_parent(folder: Path, scale: float) -> list[str]:
    # a private file beside the chosen folder must never be imported through a link inside it
    inner = folder / "wahl"
    inner.mkdir()
    (folder / GOOD_NAME).rename(inner / GOOD_NAME)
    (folder / "privat.txt").write_text("Geheim. Am 9. März 2025 wurde das Passwort geändert.\n", encoding="utf-8")
    (inner / "sub").mkdir()
    os.symlink("../..", inner / "sub" / "hoch")
    os.symlink("../privat.txt", inner / "privat-link.txt")
    return [str(inner)]


def _symlink_root(folder: Path, scale: float) -> list[str]:
    os.symlink("/", folder / "wurzel")
    os.symlink("/proc/self/status", folder / "status.txt")
    os.symlink("/dev/zero", folder / "null.txt")
    return []


def _symlink_inside(folder: Path, scale: float) -> list[str]:
    (folder / "a").mkdir()
    (folder / "a" / "zweit.txt").write_text(
        "Zweiter Bericht\n\nKiel, 6. März 2025. Die Buslinie wird um eine Haltestelle am Hafen verlängert.\n",
        encoding="utf-8",
    )
    os.symlink("a", folder / "b")  # resolves inside: followed, the file counted once
    os.symlink("a/zweit.txt", folder / "link.txt")
    return []


def _symlink_loop(folder: Path, scale: float) -> list[str]:
    os.symlink("schleife.txt", folder / "schleife.txt")
    (folder / "d").mkdir()
    os.symlink("..", folder / "d" / "zurueck")
    return []


def _broken_link(folder: Path, scale: float) -> list[str]:
    os.symlink("nirgends.txt", folder / "kaputt.txt")
    return []


def _unreadable(folder: Path, scale: float) -> list[str]:
    p = folder / "geheim.txt"
    p.write_text(SENTENCE, encoding="utf-8")
    p.chmod(0)
    return []


def _bad_name(folder: Path, scale: float) -> list[str]:
    _w(folder, b"b-\xff\xfe.txt", "Ein Bericht\n\nKiel, 5. März 2025. Der Hafen wurde am Mittwoch eröffnet.\n")
    return []


def _control_name(folder: Path, scale: float) -> list[str]:
    _w(folder, "zeile\nneu\x1b[31m.txt", b"")
    return []


def _bad_name_empty(folder: Path, scale: float) -> list[str]:
    _w(folder, b"leer-\xe4.txt", b"")
    return []


def _too_large(folder: Path, scale: float) -> list[str]:
    _w(folder, "gross.txt", SENTENCE * 200)
    return []


def _random_bytes(scale: float) -> bytes:
    return random.Random(8).randbytes(20_000)


def _png_as_txt(scale: float) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(5000)


def _truncated_pdf(scale: float) -> bytes:
    return _pdf()[:300]


def _aes_empty_password(scale: float) -> bytes:
    """A PDF with a text layer, AES-encrypted with an empty user password (opens without asking)."""
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(_text_pdf("Kiel 4 March 2025 the council met"))))
    w.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _rc4_password(scale: float) -> bytes:
    return _pdf(encrypt="geheim", algorithm="RC4-128")


def _gzip_as_txt(scale: float) -> bytes:
    import gzip

    return gzip.compress(SENTENCE.encode() * 100)


def _utf16_nobom(scale: float) -> bytes:
    return ("Bericht\n\n" + SENTENCE).encode("utf-16-le")


def _cp1252(scale: float) -> bytes:
    return ("Bericht\n\nDie Brücke über die Förde öffnet am 3. März 2025.").encode("cp1252")


def _damaged_utf8(scale: float) -> bytes:
    return ("Bericht\n\nDie Brücke über die Förde öffnet am 3. März 2025.").encode() + b"\xff\xfe x"


def _null_text(scale: float) -> bytes:
    return b"Bericht\x00\x00\x01\x02\x03" * 500


def _mbox_no_from(scale: float) -> bytes:
    return b"Subject: hallo\n\ntext\n"


def _eml_attachment_only(scale: float) -> bytes:
    return (
        b"From: a@example.org\nSubject: Anhang\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=q\n\n"
        b"--q\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--q--\n"
    )


def _eml_no_headers(scale: float) -> bytes:
    return b"nur ein satz ohne kopfzeilen\n"


CASES: list[Case] = [
    # -- hangs of the old code (issue 8, point 2) ---------------------------------------------
    Case("markdown-emphasis", _single("betonung.md", _markdown_emphasis), None, 0, budget=20, tags=("hang",)),
    Case("markdown-links", _single("links.md", _markdown_links), None, 0, budget=20, tags=("hang",)),
    Case("long-word", _single("wort.txt", _long_word), "only the first", 0, budget=25, tags=("hang",)),
    Case("html-attributes", _single("attribute.html", _attribute_bomb), None, 0, budget=25, tags=("hang",)),
    Case("html-nesting", _single("tief.html", _nested_html), None, 0, budget=25, tags=("hang",)),
    Case("mail-encoded-words", _single("woerter.eml", _encoded_words), None, 0, budget=20, tags=("hang",)),
    Case("mail-long-header", _single("kopf.eml", _long_subject), None, 0, budget=20, tags=("hang",)),
    Case("mail-many-headers", _single("koepfe.eml", _many_headers), None, 0, budget=25, tags=("hang",)),
    Case("mail-huge-text", _single("gross.eml", _huge_mail_text), "only the first", 0, budget=45, slow=True, tags=("big",)),
    Case("text-repeated-sentence", _single("wiederholt.txt", _repeated_sentence), "only the first", 0, budget=45, slow=True,
         tags=("big",)),
    Case("text-short-lines", _single("zeilen.txt", _short_lines), "only the first", 0, budget=45, slow=True, tags=("big",)),
    Case("text-one-long-line", _single("zeile.txt", _one_line_no_space), "only the first", 0, budget=30, slow=True,
         tags=("big",)),
    Case("text-many-dates", _single("daten.txt", _digits), "only the first", 0, budget=45, slow=True, tags=("big",)),
    Case("mail-deep-mime", _single("tief.eml", _deep_mime), "nested too deeply", 1, budget=20, tags=("hang",)),
    Case("mail-many-parts", _single("teile.eml", _many_parts), "more than 1,000 parts", 1, budget=25, tags=("hang",)),
    Case("mbox-many-messages", _single("viele.mbox", _big_mbox), None, 0, budget=45, slow=True, tags=("big",)),
    Case("html-entities", _single("entitaeten.html", _html_entities), "only the first", 0, budget=25, tags=("hang",)),
    Case("html-open-comment", _single("kommentar.html", _html_comment), "", 1, budget=20, tags=("hang",)),
    Case("html-unclosed-tag", _single("offen.html", _html_unclosed_tag), "only the first", 0, budget=20, tags=("hang",)),
    Case("html-meta-bomb", _single("meta.html", _html_meta_bomb), "<meta>", 0, budget=25, tags=("hang",)),
    Case("html-huge-page", _single("lang.html", _html_huge_page), "only its first", 0, budget=45, slow=True,
         tags=("big",)),
    Case("html-inline-data", _single("bilder.html", _html_inline_data), None, 0, budget=25, tags=("big",)),
    Case("html-json-ld-nesting", _single("ld.html", _json_ld_bomb), None, 0, budget=20, tags=("hang",)),
    Case("markdown-front-matter", _single("vorspann.md", _front_matter_bomb), None, 0, budget=20, tags=("hang",)),
    Case("markdown-unclosed-front", _single("vorspann2.md", _front_unclosed), "only the first", 0, budget=20, tags=("hang",)),
    Case("pdf-many-pages", _single("seiten.pdf", _many_pages), "pages", 0, budget=40, slow=True),
    Case("pdf-over-page-limit", _single("riesig.pdf", _page_limit), "too big", 1, budget=30, slow=True),
    # -- names, folders, special files (points 1, 3, 8) ------------------------------------------
    Case("name-not-utf8", _bad_name, None, 0, budget=15),
    Case("name-not-utf8-empty", _bad_name_empty, "empty", 1, budget=15, bad_name="leer-\\xe4.txt"),
    Case("name-control-chars", _control_name, "empty", 1, budget=15, bad_name="zeile\\nneu\\x1b[31m.txt"),
    Case("symlink-out-of-folder", _symlink_parent, None, 0, budget=15),
    Case("symlink-to-root-proc-dev", _symlink_root, None, 0, budget=15),
    Case("symlink-inside", _symlink_inside, None, 0, budget=15),
    Case("symlink-loop", _symlink_loop, None, 0, budget=15),
    Case("broken-symlink", _broken_link, None, 0, budget=15),
    Case("fifo-in-folder", _fifo, "not a regular file", 1, budget=15),
    Case("fifo-named", _fifo_named, "not a regular file", 1, budget=15),
    Case("socket-in-folder", _socket, "not a regular file", 1, budget=15),
    Case("docx-named", _docx_named, "cannot read .docx", 1, budget=15),
    Case("folder-named-without-articles", _dir_named_empty, "no file Chronik can read", 1, budget=15,
         bad_name="leer"),
    Case("missing-named", _missing_named, "no longer exists", 1, budget=15),
    Case("unreadable-file", _unreadable, "permission denied", 1, budget=15, root_ok=False),
    Case("too-large", _too_large, "larger than the limit", 1, budget=15, extra_args=("--max-size", "0.01")),
    # -- content (points 5, 8 and the kinds handled before) ---------------------------------------
    Case("empty", _single("leer.txt", lambda s: b""), "empty", 1, budget=15),
    Case("blank", _single("blank.txt", lambda s: b"  \n\t\n "), "blank", 1, budget=15),
    Case("random-bytes", _single("zufall.txt", _random_bytes), "binary", 1, budget=15),
    Case("png-as-txt", _single("bild.txt", _png_as_txt), "binary", 1, budget=15),
    Case("gzip-as-txt", _single("gepackt.txt", _gzip_as_txt), "binary", 1, budget=15),
    Case("nul-text", _single("nullen.txt", _null_text), "binary", 1, budget=15),
    Case("pdf-as-txt", _single("dokument.txt", _pdf_as_txt), "PDF", 0, budget=15),
    Case("pdf-truncated", _single("kaputt.pdf", _truncated_pdf), "damaged", 1, budget=15),
    Case("pdf-no-text", _single("leer.pdf", lambda s: _pdf()), "no text layer", 1, budget=15),
    Case("pdf-password", _single("passwort.pdf", _rc4_password), "password", 1, budget=15),
    Case("pdf-aes-empty-password", _single("aes.pdf", _aes_empty_password), None, 0, budget=15),
    Case("utf16-without-bom", _single("utf16.txt", _utf16_nobom), None, 0, budget=15),
    Case("cp1252", _single("ansi.txt", _cp1252), None, 0, budget=15),
    Case("damaged-utf8", _single("beschaedigt.txt", _damaged_utf8), "replaced", 0, budget=15),
    Case("mixed-encoding", _single("gemischt.txt", _mixed_encoding), "encoding", 0, budget=15),
    Case("mail-no-charset", _single("ohne.eml", _mail_no_charset), "character set", 0, budget=15),
    Case("mail-raw-8bit-headers", _single("roh.eml", _mail_raw_headers), "character set", 0, budget=15),
    Case("mail-no-charset-utf8", _single("ohne8.eml", _mail_no_charset_utf8), None, 0, budget=15),
    Case("mbox-no-charset", _single("ohne.mbox", _mbox_no_charset), "character set", 0, budget=15),
    Case("mbox-without-from-lines", _single("kein.mbox", _mbox_no_from), "mbox", 1, budget=15),
    Case("mail-attachment-only", _single("anhang.eml", _eml_attachment_only), "no text", 1, budget=15),
    Case("mail-no-headers", _single("nackt.eml", _eml_no_headers), "not an e-mail", 1, budget=15),
    Case("html-scripts-only", _single("skript.html", _html_script_only), "no", 1, budget=15),
]

BY_NAME = {c.name: c for c in CASES}


def build_case(case: Case, folder: Path, scale: float = 1.0) -> list[str]:
    """Write the good article and the case's bad input into ``folder``; the paths to pass."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / GOOD_NAME).write_text(GOOD_TEXT, encoding="utf-8")
    paths = case.build(folder, scale)
    return paths or [str(folder)]


def bad_files(folder: Path) -> list[str]:
    """The names in ``folder`` other than the good article (for the bench's size column)."""
    out = []
    for entry in os.scandir(os.fsencode(folder)):
        if entry.name != GOOD_NAME.encode():
            out.append(entry)
    return [os.fsdecode(e.name) for e in out]


def size_of(folder: Path) -> int:
    total = 0
    for entry in os.scandir(os.fsencode(folder)):
        if entry.name == GOOD_NAME.encode():
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            total += st.st_size
    return total
