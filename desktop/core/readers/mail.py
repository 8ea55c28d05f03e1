"""E-mail: ``.eml`` (one message) and ``.mbox`` (one Document per message)."""

from __future__ import annotations

import email
import email.utils
import json
import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from email import policy
from email.message import EmailMessage, MIMEPart

from desktop.core.language import detect_language
from desktop.core.model import DateSource, Document, Precision, PubDate, Region
from desktop.core.readers.dates import parse_date
from desktop.core.readers.errors import ReadError
from desktop.core.readers.html import html_to_document
from desktop.core.readers.text import decode_bytes, normalise_newlines
from desktop.core.resources import resource_path

log = logging.getLogger(__name__)

_FROM_LINE = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:[ \t]", re.MULTILINE)


def _header(msg: EmailMessage, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # malformed header the policy cannot parse
        value = None
        try:
            raw = msg.get_all(name) if hasattr(msg, "get_all") else None
            value = raw[0] if raw else None
        except Exception:
            return None
    if value is None:
        return None
    text = str(value)
    if "\ufffd" in text:  # raw 8-bit bytes in the header (no encoded words): decode them by detection
        text = _raw_header(msg, name) or text
    text = " ".join(text.split())
    return text or None


def _raw_header(msg: EmailMessage, name: str) -> str | None:
    for key, raw in msg.raw_items():
        if key.lower() == name.lower() and isinstance(raw, str):
            try:
                data = raw.encode("utf-8", "surrogateescape")
            except UnicodeEncodeError:
                return None
            try:
                return decode_bytes(data, "header").text
            except ReadError:
                return None
    return None


def _published(msg: EmailMessage) -> PubDate | None:
    raw = _header(msg, "Date")
    if not raw:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None:
        return None
    return PubDate(dt.date(), Precision.DAY, DateSource.METADATA, f"e-mail Date header: {raw[:80]}")


def _outlet(msg: EmailMessage) -> str | None:
    raw = _header(msg, "From")
    if not raw:
        return None
    name, addr = email.utils.parseaddr(raw)
    return (name or addr or raw).strip()[:200] or None


def _part_text(part: EmailMessage | MIMEPart, path: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, warnings) of a text part: its declared charset, else detection (with a warning)."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a transfer encoding the library chokes on
        payload = None
    declared = part.get_content_charset()
    if not isinstance(payload, bytes):
        try:
            content = part.get_content()
        except Exception:
            return "", declared or "utf-8", ()
        return (normalise_newlines(content), declared or "utf-8", ()) if isinstance(content, str) else ("", "utf-8", ())
    if not payload:
        return "", declared or "utf-8", ()
    if declared:
        try:
            return normalise_newlines(payload.decode(declared)), declared, ()
        except (LookupError, UnicodeDecodeError):
            pass
    elif payload.isascii():
        return normalise_newlines(payload.decode("ascii")), "us-ascii", ()
    try:
        decoded = decode_bytes(payload, path)
    except ReadError:
        return "", declared or "utf-8", ()
    warnings = decoded.warnings
    if declared:
        warnings += (f"the text says it is {declared} but is not; it was read as {decoded.encoding} (a guess)",)
    elif decoded.encoding not in ("utf-8", "utf-8-sig"):
        warnings += (f"the e-mail names no character set; the text was read as {decoded.encoding} (a guess)",)
    return decoded.text, decoded.encoding, warnings


def message_to_document(msg: EmailMessage, path: str) -> Document:
    """The text/plain part (else the HTML part) of one message, with its headers as metadata."""
    header_warnings: tuple[str, ...] = getattr(msg, "chronik_warnings", ())
    title = _header(msg, "Subject")
    outlet = _outlet(msg)
    published = _published(msg)
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        body = None
    if body is None and not msg.is_multipart():
        body = msg
    if body is None:
        if getattr(msg, "chronik_cut_parts", False):
            raise ReadError(path, "too-large", f"this e-mail has more than {MAX_PARTS:,} parts and no text among the first")
        raise ReadError(path, "no-text", "this e-mail has no text or HTML part")
    content, encoding, warnings = _part_text(body, path)
    warnings = header_warnings + warnings
    forward = bool(title and _FORWARD_SUBJECT.match(title))
    if body.get_content_subtype() == "html":
        doc = html_to_document(
            _without_quotes(content), path, fmt="email", title=title, outlet=outlet, published=published,
            encoding=encoding, warnings=warnings,
        )
        # the page's text has the reply's attribution line and quoted paragraphs, without "> "
        start = max((r.end for r in doc.regions if r.kind == "title"), default=0)
        parts = body_parts(doc.text[start:], forwarded=forward)
        return replace(
            doc,
            regions=doc.regions + tuple(Region(start + a, start + b, kind) for a, b, kind in parts.regions),
            published=parts.forwarded_date or doc.published,
        )
    content = content.strip("\n")
    if not content.strip():
        raise ReadError(path, "no-text", "this e-mail has no text")
    text = content
    regions: tuple[Region, ...] = ()
    offset = 0
    if title:
        text = f"{title}\n\n{content}"
        regions = (Region(0, len(title), "title"),)
        offset = len(title) + 2
    parts = body_parts(content, forwarded=forward)
    regions += tuple(Region(offset + a, offset + b, kind) for a, b, kind in parts.regions)
    if parts.forwarded_date is not None:
        published = parts.forwarded_date
    return Document(
        path=path,
        text=text,
        format="email",
        encoding=encoding,
        title=title,
        outlet=outlet,
        language=detect_language(text),
        published=published,
        regions=regions,
        warnings=warnings,
    )


# --- the parts of a message's text that are not its article ----------------------------------

_FORWARD_SUBJECT = re.compile(r"^\s*(?:Fwd?|WG|Wtr|Weitergeleitet)\s*:", re.IGNORECASE)
_QUOTED_LINE = re.compile(r"^\s*>")
_SIGNATURE = re.compile(r"^-- ?$")
_HEADER_LINE_TEXT = re.compile(r"^\s*\*?([A-Za-zÄÖÜäöü][\w -]{0,20}?)\*?\s*:\s*(.*)$")
_CLOSING_TAIL_LINES = 6  # a sign-off: the closing, a name, a role, an office, a telephone number ...
_CLOSING_TAIL_WORDS = 8


@dataclass(frozen=True)
class _MailLexicon:
    attribution: re.Pattern[str]
    separator: re.Pattern[str]
    header_labels: frozenset[str]
    date_labels: frozenset[str]
    salutation: re.Pattern[str]
    closing: re.Pattern[str]


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def mail_lexicon() -> _MailLexicon:
    """The phrases of ``resources/lexicons/mail.json`` (reply lines, forwards, greetings, sign-offs)."""
    data = json.loads(resource_path("lexicons", "mail.json").read_text(encoding="utf-8"))
    return _MailLexicon(
        attribution=_whole_line(data["reply_attribution"]),
        separator=_whole_line(data["forward_separators"]),
        header_labels=frozenset(x.casefold() for x in data["header_labels"]),
        date_labels=frozenset(x.casefold() for x in data["date_labels"]),
        salutation=_whole_line(data["salutations"]),
        closing=_whole_line(data["closings"]),
    )


_QUOTE_MARKUP = re.compile(r"<blockquote|gmail_attr|moz-cite-prefix", re.IGNORECASE)


def _without_quotes(markup: str) -> str:
    """An HTML message without the earlier message it quotes: ``<blockquote type="cite">`` (Apple
    Mail, Thunderbird) and ``<blockquote class="gmail_quote">`` (Gmail) are dropped; the line
    above them ("Am ... schrieb ...:") stays, and the mail's text analysis marks it.  Other
    blockquotes (a newsletter's pull quote) are kept."""
    if not _QUOTE_MARKUP.search(markup):
        return markup
    try:
        import lxml.html

        tree = lxml.html.document_fromstring(markup)
        quotes = [q for q in tree.iter("blockquote")
                  if (q.get("type") or "").casefold() == "cite" or "quote" in (q.get("class") or "").casefold()]
        if not quotes:
            return markup
        for q in quotes:
            q.drop_tree()
        return str(lxml.html.tostring(tree, encoding="unicode"))
    except Exception as e:  # markup lxml cannot parse: the page reader copes on its own
        log.info("quoted parts of an HTML e-mail not removed: %r", e)
        return markup


@dataclass(frozen=True)
class BodyParts:
    #: (start, end, kind) offsets into the text: "comments" (quoted messages, a forwarder's note),
    #: "metadata" (a forwarded message's header lines, the greeting), "footer" (signature, sign-off)
    regions: tuple[tuple[int, int, str], ...]
    #: the date line of the forwarded message the text carries (the innermost one)
    forwarded_date: PubDate | None


def body_parts(text: str, forwarded: bool = False) -> BodyParts:
    """What of a message's plain text is not the article: quoted replies ("On ... wrote:" and the
    "> " lines), the signature after "-- ", the greeting and sign-off, and of a forward, the
    forwarder's note above it and the forwarded header lines.  ``forwarded``: the subject says the
    message forwards another ("Fwd:", "WG:"); then a header block ("From: ... Sent: ...") below a
    note opens the forwarded text, else (a reply) it opens the quoted original."""
    lex = mail_lexicon()
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    n = len(lines)
    kinds: list[str | None] = [None] * n

    def header(i: int) -> tuple[str, str] | None:
        m = _HEADER_LINE_TEXT.match(lines[i][2])
        if m and m.group(1).strip().casefold() in lex.header_labels:
            return m.group(1).strip().casefold(), m.group(2).strip()
        return None

    # forwarded header blocks: an optional separator line, then "Label: value" lines with a sender
    blocks: list[tuple[int, int, str | None, str | None]] = []  # (first, after last, date label, date)
    i = 0
    while i < n:
        start = i
        sep = bool(lex.separator.match(lines[i][2])) and lines[i][2].strip() != ""
        j = i + 1 if sep else i
        while j < n and not lines[j][2].strip() and sep and j - i <= 2:
            j += 1
        fields: list[tuple[str, str]] = []
        while j < n and (h := header(j)) is not None:
            fields.append(h)
            j += 1
        labels = {f[0] for f in fields}
        if len(fields) >= 2 and labels & {"from", "von"} and (sep or labels & lex.date_labels):
            when = next(((lab, v) for lab, v in fields if lab in lex.date_labels), (None, None))
            blocks.append((start, j, when[0], when[1]))
            i = j
        else:
            i += 1
    forwarded_date: PubDate | None = None
    if blocks:
        first, last = blocks[0], blocks[-1]
        # a "Forwarded message" line says so; a bare rule of dashes or underscores (Outlook) does not
        named = any(lex.separator.match(lines[b[0]][2]) and re.search(r"[^\W_]", lines[b[0]][2]) for b in blocks)
        text_above = any(lines[x][2].strip() for x in range(first[0]))
        if forwarded or named or not text_above:
            for b in blocks:
                for k in range(b[0], b[1]):
                    kinds[k] = "metadata"
            for k in range(last[0]):
                if kinds[k] is None and lines[k][2].strip():
                    kinds[k] = "comments"  # the forwarder's note (and those of outer forwards)
            if last[3]:
                got = parse_date(last[3])
                if got:
                    label = (last[2] or "date").capitalize()
                    forwarded_date = PubDate(got[0], got[1], DateSource.METADATA,
                                             f"forwarded message, {label}: {last[3][:80]}")
        else:  # a reply above the original it quotes
            for k in range(first[0], n):
                kinds[k] = "comments"
    # quoted messages: the attribution line and the "> " lines; where no line below it is marked
    # with "> " (the text of an HTML message), everything below it
    for k in range(n):
        s = lines[k][2]
        if kinds[k] is not None:
            continue
        if _QUOTED_LINE.match(s):
            kinds[k] = "comments"
        elif len(s) <= 400 and lex.attribution.match(s):
            kinds[k] = "comments"
            below = range(k + 1, n)
            if not any(_QUOTED_LINE.match(lines[j][2]) for j in below):
                for j in below:
                    kinds[j] = kinds[j] or "comments"
    # the signature: from "-- " to the next quoted or forwarded part
    for k in range(n):
        if kinds[k] is None and _SIGNATURE.match(lines[k][2]):
            j = k
            while j < n and kinds[j] is None:
                kinds[j] = "footer"
                j += 1
    # the sign-off: a closing line followed by a few short lines only (a name, a role, a number)
    for k in range(n):
        if kinds[k] is not None or not lex.closing.match(lines[k][2]):
            continue
        j, tail = k + 1, 0
        while j < n and kinds[j] is None and tail <= _CLOSING_TAIL_LINES and j - k <= 4 * _CLOSING_TAIL_LINES:
            s = lines[j][2].strip()
            if s and len(s.split()) > _CLOSING_TAIL_WORDS:
                break
            tail += bool(s)
            j += 1
        if tail <= _CLOSING_TAIL_LINES and (j >= n or kinds[j] is not None):  # nothing but the sign-off follows
            for x in range(k, j):
                kinds[x] = "footer"
    # the greeting: the first line of the message's own text
    first_own = next((k for k in range(n) if kinds[k] is None and lines[k][2].strip()), None)
    if first_own is not None and lex.salutation.match(lines[first_own][2]) and len(lines[first_own][2].split()) <= 8:
        kinds[first_own] = "metadata"
    regions: list[tuple[int, int, str]] = []
    text_between = False  # an unmarked line with text since the last region
    for k in range(n):
        kind = kinds[k]
        if kind is None:
            text_between = text_between or bool(lines[k][2].strip())
            continue
        lo, hi = lines[k][0], min(lines[k][1] + 1, len(text))
        if regions and regions[-1][2] == kind and not text_between:
            regions[-1] = (regions[-1][0], hi, kind)  # only blank lines between: one region
        else:
            regions.append((lo, hi, kind))
        text_between = False
    return BodyParts(tuple(regions), forwarded_date)


#: A header field longer than this is cut (at a space): the header parser is quadratic in the
#: number of encoded words, and 25,000 of them took 40 s and 6 GB (issue 8).  RFC 5322 lines
#: end at 998 characters; folded fields of a real message stay far below this.
MAX_HEADER_BYTES = 8192
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def cap_headers(data: bytes) -> tuple[bytes, int]:
    """The message with every over-long header field of its header block cut; how many were cut."""
    m = _HEADER_END.search(data)
    end = m.start() if m else len(data)
    if end <= MAX_HEADER_BYTES:
        return data, 0
    fields: list[list[bytes]] = []
    for line in data[:end].split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    out: list[bytes] = []
    cut = 0
    for f in fields:
        joined = b"\n".join(f)
        if len(joined) > MAX_HEADER_BYTES:
            cut += 1
            joined = joined[:MAX_HEADER_BYTES]
            space = max(joined.rfind(b" "), joined.rfind(b"\t"))
            if space > MAX_HEADER_BYTES // 2:
                joined = joined[:space]
            joined = joined.replace(b"\r", b"").replace(b"\n", b"")
        out.append(joined)
    return b"\n".join(out) + data[end:], cut


#: MIME parts read of one message: the parser takes about a millisecond per part's headers, and
#: 20,000 attachments took 14 s; a news e-mail has a handful.
MAX_PARTS = 1000
_BOUNDARY_LINE = re.compile(rb"\n--")


def cap_parts(data: bytes) -> tuple[bytes, bool]:
    """The message cut before its ``MAX_PARTS + 1``-th boundary line; whether it was cut."""
    for i, m in enumerate(_BOUNDARY_LINE.finditer(data)):
        if i > MAX_PARTS:
            return data[: m.start() + 1], True
    return data, False


#: Bytes of one message that are read, after its headers are capped: its text part comes first;
#: attachments after it are cut (a 21 MB message took 18 s).
MAX_MESSAGE_BYTES = 4 << 20


def _parse(data: bytes) -> EmailMessage:
    from desktop.core.readers import head_bytes
    from desktop.core.readers.errors import human_size

    data, cut = cap_headers(data)
    big = len(data) > MAX_MESSAGE_BYTES
    if big:
        data = head_bytes(data, MAX_MESSAGE_BYTES)
    data, many = cap_parts(data)
    msg = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    notes = []
    if cut:
        notes.append(f"{cut} header field(s) longer than {MAX_HEADER_BYTES // 1024} KB were shortened")
    if many:
        notes.append(f"the e-mail has more than {MAX_PARTS:,} parts; only the first {MAX_PARTS:,} were read")
    if big:
        notes.append(f"only the first {human_size(len(data))} of the message were read")
    msg.chronik_warnings = tuple(notes)  # type: ignore[attr-defined]  # read back by message_to_document
    msg.chronik_cut_parts = many  # type: ignore[attr-defined]
    return msg


def read_eml(data: bytes, path: str) -> Document:
    if b"\x00" in data[:4096]:
        raise ReadError(path, "binary", "this looks like a binary file, not an e-mail")
    if data.startswith(b"From "):  # an mbox-style envelope line
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    if not _HEADER_LINE.search(data[:8192]):
        raise ReadError(path, "malformed", "this is not an e-mail message (no mail headers found)")
    try:
        msg = _parse(data)
    except RecursionError:
        raise ReadError(path, "malformed", "the parts of this e-mail are nested too deeply to be read") from None
    except Exception as e:
        log.info("cannot parse %s: %r", path, e)
        raise ReadError(path, "malformed", "this e-mail message cannot be parsed") from None
    return message_to_document(msg, path)


def split_mbox(data: bytes) -> list[bytes]:
    """Messages of an mbox file (mboxo/mboxrd ``>From`` quoting undone)."""
    starts = [m.start() for m in _FROM_LINE.finditer(data) if m.start() == 0 or data[m.start() - 1 : m.start()] == b"\n"]
    messages = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(data)
        chunk = data[s:e]
        chunk = chunk.split(b"\n", 1)[1] if b"\n" in chunk else b""
        chunk = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)
        messages.append(chunk)
    return messages


def read_mbox(data: bytes, path: str) -> list[Document]:
    if b"\x00" in data[:4096]:
        raise ReadError(path, "binary", "this looks like a binary file, not a mailbox")
    chunks = split_mbox(data)
    if not chunks:
        raise ReadError(path, "malformed", "this is not an mbox mailbox (no 'From ' separator lines)")
    docs: list[Document] = []
    skipped: list[str] = []
    for i, chunk in enumerate(chunks, start=1):
        sub = f"{path}#{i}"
        try:
            if not chunk.strip():
                raise ReadError(sub, "empty", "this message is empty")
            docs.append(message_to_document(_parse(chunk), sub))
        except ReadError as e:
            skipped.append(f"message {i} was skipped: {e.message}")
        except Exception as e:
            log.info("message %d of %s: %r", i, path, e)
            skipped.append(f"message {i} was skipped: it cannot be parsed")
    if not docs:
        raise ReadError(path, "no-text", f"none of the {len(chunks)} message(s) in this mailbox has readable text")
    if skipped:
        first = docs[0]
        docs[0] = replace(first, warnings=first.warnings + tuple(skipped))
    return docs
