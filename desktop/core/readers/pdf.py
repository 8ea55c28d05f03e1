"""PDF: the text layer via pypdf (no OCR)."""

from __future__ import annotations

import io
import logging
import re

from desktop.core.language import detect_language
from desktop.core.model import DateSource, Document, PubDate, Region
from desktop.core.readers.dates import parse_date
from desktop.core.readers.errors import ReadError
from desktop.core.readers.text import normalise_newlines

log = logging.getLogger(__name__)
logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns loudly about harmless quirks

_MAX_PAGES = 2000


def read_pdf(data: bytes, path: str) -> Document:
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError
    except ImportError:  # pragma: no cover - it is a dependency
        raise ReadError(path, "unsupported", "PDF support is not installed") from None

    if b"%PDF" not in data[:1024]:
        raise ReadError(path, "damaged", "this is not a PDF file (the PDF header is missing)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError):
                raise ReadError(
                    path, "encrypted", "this PDF is encrypted with a method Chronik cannot open; save an unprotected copy"
                ) from None
            if not ok:
                raise ReadError(path, "encrypted", "this PDF is protected by a password; save an unprotected copy")
        pages = reader.pages
        n = len(pages)
    except ReadError:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise ReadError(path, "encrypted", "this PDF is encrypted and cannot be opened") from None
    except LimitReachedError as e:  # pypdf's own bounds (100,000 pages, depth ...): not damage
        raise ReadError(path, "too-large", f"this PDF is too big to be read ({str(e).rstrip('.!')})") from None
    except (PdfReadError, RecursionError, Exception) as e:
        log.info("pypdf could not open %s: %r", path, e)
        raise ReadError(path, "damaged", "this PDF is damaged and cannot be opened") from None

    texts: list[str] = []
    warnings: list[str] = []
    failed = 0
    for i in range(min(n, _MAX_PAGES)):
        try:
            t = pages[i].extract_text() or ""
        except (FileNotDecryptedError, DependencyError):
            raise ReadError(path, "encrypted", "this PDF is encrypted and cannot be opened") from None
        except Exception as e:  # RecursionError, KeyError, ... from broken content streams
            log.info("page %d of %s: %r", i + 1, path, e)
            failed += 1
            continue
        t = normalise_newlines(t).strip()
        if t:
            texts.append(_tidy(t))
    if n > _MAX_PAGES:
        warnings.append(f"only the first {_MAX_PAGES} of {n} pages were read")
    if failed:
        warnings.append(f"{failed} page(s) could not be read and were left out")
    text = "\n\n".join(texts)
    regions = running_lines(texts)
    if not re.search(r"\w{2}", text):
        if failed and failed == n:
            raise ReadError(path, "damaged", "this PDF is damaged: none of its pages could be read")
        if n == 0:
            raise ReadError(path, "damaged", "this PDF has no pages")
        raise ReadError(
            path, "no-text", "this PDF has no text layer (scanned?); Chronik cannot read text from images"
        )

    title = published = None
    try:
        info = reader.metadata
        if info is not None:
            raw_title = info.get("/Title")
            if isinstance(raw_title, str) and len(raw_title.split()) >= 2:
                title = " ".join(raw_title.split())[:500]
            raw_date = info.get("/CreationDate")
            if isinstance(raw_date, str):
                got = parse_date(raw_date)
                if got:
                    published = PubDate(
                        got[0], got[1], DateSource.METADATA, f"PDF creation date {raw_date.strip()[:40]} (when the file was made)"
                    )
    except Exception as e:
        log.info("PDF metadata of %s unreadable: %r", path, e)
    return Document(
        path=path,
        text=text,
        format="pdf",
        title=title,
        language=detect_language(text),
        published=published,
        regions=regions,
        warnings=tuple(warnings),
    )


_DIGITS = re.compile(r"\d+")


def running_lines(pages: list[str]) -> tuple[Region, ...]:
    """The running heads and feet of ``pages`` (joined by blank lines, as the text is) as
    "metadata" regions: a first or last line that every page of two or more repeats, numbers
    aside ("THE COURIER | Thursday, February 12, 2026 | Page 3", a browser's print-out head with
    the day and time it was printed, its footer with the address and "1/2").  They are the page's
    frame, not the article's text; a date they show is read as a header's."""
    if len(pages) < 2:
        return ()
    spans: list[list[tuple[int, int, str]]] = []  # per page: its lines with offsets into the text
    pos = 0
    for page in pages:
        lines = []
        for line in page.split("\n"):
            if line.strip():
                lines.append((pos, pos + len(line), _DIGITS.sub("#", " ".join(line.split()))))
            pos += len(line) + 1
        pos += 1  # the blank line between pages
        spans.append(lines)
    found: list[Region] = []
    for pick in (0, -1):
        keys = [lines[pick][2] for lines in spans if lines]
        for key in set(keys):
            if len(key) >= 8 and keys.count(key) == len(pages):
                found += [Region(lines[pick][0], lines[pick][1] + 1, "metadata") for lines in spans if lines and lines[pick][2] == key]
    out = sorted(set(found), key=lambda r: r.start)
    return tuple(r for k, r in enumerate(out) if k == 0 or r.start >= out[k - 1].end)


def _tidy(page: str) -> str:
    """Drop trailing spaces; keep the page's own line breaks."""
    return "\n".join(line.rstrip() for line in page.split("\n"))
