"""Turning files into Documents: one module per format, one error type.

    read_path(path, max_bytes=DEFAULT_MAX_BYTES) -> list[Document]   (.mbox: one per message)
    iter_input_files(paths) -> (files, skipped-by-reason)
    ReadError(path, kind, message)                                    (str(e): "name: problem")

Every failure a user can cause with a bad file is a ReadError with a ``kind``
from ``errors.KINDS``; nothing else escapes ``read_path``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import replace

from desktop.core.model import Document, Region
from desktop.core.readers.errors import KINDS, ReadError, human_size, safe_text
from desktop.core.readers.files import (
    DEFAULT_MAX_BYTES,
    MAX_TEXT_CHARS,
    SUPPORTED_SUFFIXES,
    iter_input_files,
    read_bytes,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "KINDS",
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "ReadError",
    "format_for",
    "iter_input_files",
    "read_path",
]

log = logging.getLogger(__name__)
_MBOX_MESSAGE = re.compile(r"^(.*\.mbox)#(\d+)$", re.IGNORECASE | re.DOTALL)

_FORMATS = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".eml": "email",
    ".mbox": "mbox",
}


_SUFFIX_LIST = ", ".join(sorted(s for s in _FORMATS if s))


def format_for(path: str | os.PathLike[str]) -> str | None:
    """The reader a path's suffix selects ("text", "html", ...), or None if unsupported."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    return _FORMATS.get(suffix)


def _reader(fmt: str) -> Callable[[bytes, str], Document | list[Document]]:
    # Imported on demand: trafilatura and pypdf take a while to import.
    if fmt == "text":
        from desktop.core.readers.text import read_text

        return read_text
    if fmt == "html":
        from desktop.core.readers.html import read_html

        return read_html
    if fmt == "markdown":
        from desktop.core.readers.markdown import read_markdown

        return read_markdown
    if fmt == "pdf":
        from desktop.core.readers.pdf import read_pdf

        return read_pdf
    if fmt == "email":
        from desktop.core.readers.mail import read_eml

        return read_eml
    from desktop.core.readers.mail import read_mbox

    return read_mbox


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Read one file into Documents (usually one; an mbox gives one per message).

    Raises ReadError for every problem with the file; never anything else.
    """
    p = os.fspath(path)
    if os.path.isdir(p):
        raise ReadError(p, "unsupported", f"this folder holds no file Chronik can read ({_SUFFIX_LIST})")
    fmt = format_for(p)
    message = _MBOX_MESSAGE.match(p) if fmt is None else None
    if message:  # "box.mbox#3": one message of a mailbox, as named in Document.path
        box, number = message.group(1), int(message.group(2))
        docs = read_path(box, max_bytes=max_bytes)
        picked = [d for d in docs if d.path == safe_text(p)]
        if not picked:
            raise ReadError(p, "vanished", f"the mailbox no longer has a readable message {number}")
        return picked
    if fmt is None:
        suffix = os.path.splitext(p)[1]
        raise ReadError(p, "unsupported", f"Chronik cannot read {suffix or 'these'} files")
    data = read_bytes(p, max_bytes)
    renamed = None
    if fmt != "pdf" and data[:1024].lstrip().startswith(b"%PDF-"):
        renamed, fmt = f"this is a PDF file named {os.path.splitext(p)[1] or 'without .pdf'}; it was read as a PDF", "pdf"
    data, head_only = _head(data, fmt)
    try:
        result = _reader(fmt)(data, p)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(p, "malformed", "the file is nested too deeply to be read") from None
    except MemoryError:
        raise ReadError(p, "too-large", "the file needs more memory than is available") from None
    except Exception as e:  # a reader bug or a library choking on odd input: report, don't crash
        log.exception("unexpected error reading %s", p)
        raise ReadError(p, "damaged", f"the file could not be read ({type(e).__name__})") from e
    docs = result if isinstance(result, list) else [result]
    if renamed:
        docs = [replace(d, warnings=(renamed, *d.warnings)) for d in docs]
    if head_only:
        note = f"only the first {human_size(len(data))} of the file were read"
        docs = [replace(d, warnings=(*d.warnings, note)) for d in docs]
    return [_bounded(d if d.path.isprintable() else replace(d, path=safe_text(d.path))) for d in docs]


#: Bytes of a text or Markdown file that are read: eight times MAX_TEXT_CHARS, enough for any
#: encoding (an e-mail message is cut by the mail reader, after its headers are).
_HEAD_BYTES = {"text": 8 * MAX_TEXT_CHARS, "markdown": 8 * MAX_TEXT_CHARS}


def _head(data: bytes, fmt: str) -> tuple[bytes, bool]:
    """The start of a big file that its reader needs, cut after a line end; whether it was cut.

    Decoding, language detection and parsing then take time in proportion to what is used, not
    to the file (a 42 MB text took 14 s before any analysis)."""
    limit = _HEAD_BYTES.get(fmt)
    if limit is None or len(data) <= limit:
        return data, False
    return head_bytes(data, limit), True


def head_bytes(data: bytes, limit: int) -> bytes:
    """``data`` cut to at most ``limit`` bytes after a line end, or at a character boundary."""
    if len(data) <= limit:
        return data
    cut = data.rfind(b"\n", limit // 2, limit) + 1
    if cut <= 0:  # no line end in the second half: cut at a character boundary
        cut = limit - limit % 4
        if b"\x00" not in data[:4096]:
            while cut > limit - 4 and 0x80 <= data[cut] < 0xC0:  # inside a UTF-8 sequence
                cut -= 1
    elif data[cut : cut + 1] == b"\x00":  # UTF-16-LE: the newline's second byte
        cut += 1
    return data[:cut]


def _bounded(doc: Document, limit: int | None = None) -> Document:
    limit = limit or MAX_TEXT_CHARS
    text = doc.text
    if len(text) <= limit:
        return doc
    cut = limit
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, limit - limit // 10, limit)
        if at > 0:
            cut = at
            break
    regions = tuple(
        Region(r.start, min(r.end, cut), r.kind) for r in doc.regions if r.start < cut
    )
    note = (
        f"the text is longer than {limit:,} characters; only the first {cut:,} were imported "
        "(Chronik reads articles, not books)"
    )
    return replace(doc, text=text[:cut], regions=regions, warnings=doc.warnings + (note,))
