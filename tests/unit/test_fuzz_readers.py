"""Fuzzing: random bytes under every suffix, random text through the structure analysis.

Nothing but ReadError may escape a reader, and the structure must always cover the text.
About 2,400 examples in all.
"""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.model import Document
from desktop.core.readers import ReadError, read_path
from desktop.core.structure import analyse_structure, content_key

pytestmark = pytest.mark.slow

SUFFIXES = [".txt", ".html", ".md", ".pdf", ".eml", ".mbox", ""]
FUZZ = settings(
    max_examples=250,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_counter = itertools.count()

SNIPPETS = [
    b"<html>", b"<body>", b"<div>", b"</div>", b"<p>", b"</p>", b"<script>", b"</script>", b"<meta charset=",
    b'"utf-16"', b"<title>", b"&amp;", b"&#x0;", b"<!--", b"-->", b"<![CDATA[", b"<?xml version='1.0' encoding='latin-1'?>",
    b"From a@b Mon Jan  1 00:00:00 2025\n", b"Subject: =?utf-8?b?", b"Date: Thu, 13 Feb 2025", b"Content-Type: multipart/mixed; boundary=x\n",
    b"--x\n", b"Content-Transfer-Encoding: base64\n", b"\n\n", b"\r\n", b"---\ntitle: ", b"# ", b"[a](", b"**",
    b"%PDF-1.4\n", b"1 0 obj", b"<< /Type /Catalog >>", b"stream\n", b"endstream", b"xref", b"trailer", b"%%EOF",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xc3", b"\xe4", "Straße".encode(), "Grüße".encode("cp1252"),
]
file_bytes = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.one_of(st.sampled_from(SNIPPETS), st.binary(max_size=40)), max_size=60).map(b"".join),
)


def _valid_pdf() -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(200, 200)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


VALID_PDF = _valid_pdf()


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _check(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        docs = read_path(path, max_bytes=1 << 20)
    except ReadError as e:
        assert e.kind and "\n" not in str(e)
        return
    assert docs and all(isinstance(d, Document) and d.text.strip() for d in docs)
    for d in docs:
        for r in d.regions:
            assert 0 <= r.start < r.end <= len(d.text)


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(data=file_bytes)
def test_random_bytes_only_raise_read_error(fuzz_dir: Path, suffix: str, data: bytes) -> None:
    _check(fuzz_dir / f"f{next(_counter)}{suffix}", data)


@FUZZ
@given(
    cuts=st.lists(st.tuples(st.integers(0, len(VALID_PDF) - 1), st.binary(min_size=0, max_size=8)), max_size=6),
    truncate=st.integers(10, len(VALID_PDF)),
)
def test_mutated_pdf_only_raises_read_error(fuzz_dir: Path, cuts: list[tuple[int, bytes]], truncate: int) -> None:
    data = bytearray(VALID_PDF[:truncate])
    for pos, junk in cuts:
        data[pos : pos + len(junk)] = junk
    _check(fuzz_dir / f"m{next(_counter)}.pdf", bytes(data))


WORDS = [
    "Foto: ", "Bild: ", "©", "(Archivbild)", "Stand: 17.05.2025 19:54 Uhr", " date 2025-02 ", "Von: ", "dpa", "(dpa/AFP)",
    "17 Kommentare", "Kommentare", "Mehr zum Thema", "Lesen Sie auch: ", "Jetzt unterstützen", "Paywall", "Startseite",
    "Berlin (dpa) - ", "Kyjiw taz | ", "•", "@name:", " / ", "\n", "\n\n", "  ", "Die Regierung beriet.", "Titel ohne Punkt",
    "31.02.2025", "2025-13", "\t", "\r", "\u2028", "\x00", "Ü", "…", "?", "Cookies akzeptieren Datenschutz",
]


@settings(max_examples=500, deadline=None, database=None)
@given(parts=st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=30)), max_size=80))
def test_random_text_structure_covers_text(parts: list[str]) -> None:
    text = "".join(parts)
    s = analyse_structure(text)
    pos = 0
    for r in s.regions:
        assert r.start == pos and r.end > r.start
        pos = r.end
    assert pos == len(text)
    if s.title is not None:
        assert s.title in text
    assert content_key(text) == content_key(text)
