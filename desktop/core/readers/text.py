"""Plain text: decoding bytes deterministically, normalising newlines.

Order of decisions: BOM (UTF-8, UTF-32, UTF-16) -> UTF-16 without BOM (NUL
pattern) -> binary check -> strict UTF-8 -> UTF-8 with a few damaged bytes
(replaced, with a warning) -> cp1252 / latin-1 for Western legacy text ->
charset-normalizer for anything else -> ``ReadError("encoding")``.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass

from desktop.core.language import detect_language
from desktop.core.model import Document
from desktop.core.readers.errors import ReadError

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)

# Valid multi-byte UTF-8 sequences (used to tell "UTF-8 with damage" from legacy text).
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Characters typical of Western European text in cp1252's upper half.
_WESTERN = set("äöüÄÖÜßéèêëàâáçñíìîïóòôúùûÿœŒæÆøØåÅ€„“”‘’‚–—…«»°§µ·×÷²³½¼¾¡¿ƒ†‡•™šŠžŽ¨´¸ªº©®¬±¶")
_UPPER_HALF = bytes(range(0x80, 0x100))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


_BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_SAMPLE = 262_144


def _control_ratio(text: str) -> float:
    """Share of control characters (binary junk) in the first 256 K characters."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return len(_BAD_CONTROL.findall(sample)) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit in every other byte, else None."""
    sample = data[:65536]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _binary(path: str) -> ReadError:
    return ReadError(path, "binary", "this looks like a binary file, not text (wrong file extension?)")


def decode_bytes(data: bytes, path: str) -> Decoded:
    """Decode file bytes to text (newlines normalised) or raise ReadError."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                if codec.startswith("utf-8"):
                    break  # a UTF-8 BOM followed by damage: handled below
                raise ReadError(path, "encoding", f"the file starts like {name} text but is damaged") from None
            if _control_ratio(text) > 0.05:
                raise _binary(path)
            return Decoded(normalise_newlines(text), name)

    if b"\x00" in data:
        utf16_codec = _utf16_without_bom(data)
        if utf16_codec is not None:
            body = data if len(data) % 2 == 0 else data[:-1]
            utf16: str | None
            try:
                utf16 = body.decode(utf16_codec)
            except UnicodeDecodeError:
                utf16 = None
            if utf16 is not None and _control_ratio(utf16) <= 0.05:
                return Decoded(normalise_newlines(utf16), utf16_codec)
        raise _binary(path)

    bom_stripped = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = bom_stripped.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _control_ratio(text) > 0.05:
            raise _binary(path)
        return Decoded(normalise_newlines(text), "utf-8-sig" if bom_stripped is not data else "utf-8")

    return _decode_non_utf8(bom_stripped, path)


def _decode_non_utf8(data: bytes, path: str) -> Decoded:
    high = len(data) - len(data.translate(None, _UPPER_HALF))
    multi = len(_UTF8_MULTI.findall(data))
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")

    if _control_ratio(replaced) > 0.05:
        raise _binary(path)

    # UTF-8 with pieces of Windows-1252 (text pasted together from two sources): each piece
    # decoded in its own encoding, when every foreign character is a plausible Western letter.
    if multi:
        mixed = _decode_mixed(data)
        if mixed is not None:
            return mixed

    # Mostly valid UTF-8 with a few damaged bytes: keep UTF-8, replace the damage.
    if multi and multi >= invalid:
        return Decoded(
            normalise_newlines(replaced),
            "utf-8",
            (f"{invalid} byte(s) were not valid UTF-8 and were replaced by \ufffd",),
        )

    # Western legacy text: every upper-half character is a plausible letter or mark.
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        counts = Counter(text)
        upper = {ch: n for ch, n in counts.items() if ord(ch) >= 0x80}
        if not upper:
            break
        western = sum(n for ch, n in upper.items() if ch in _WESTERN or unicodedata.category(ch).startswith("L"))
        if western / sum(upper.values()) >= 0.9 and _control_ratio(text) <= 0.01 and _letters_ratio(text) >= 0.5:
            return Decoded(normalise_newlines(text), codec)

    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess

    # Mostly ASCII text with some undecodable bytes: keep it, say so.
    if high <= 0.1 * len(data) and _letters_ratio(replaced) >= 0.5:
        return Decoded(
            normalise_newlines(replaced),
            "utf-8",
            (f"{invalid} byte(s) could not be decoded in any known encoding and were replaced by \ufffd",),
        )
    raise ReadError(path, "encoding", "the text encoding could not be recognised (not UTF-8, UTF-16 or Windows-1252)")


_mixed_state = threading.local()


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    piece = err.object[err.start : err.end].decode("cp1252", "replace")
    sink = getattr(_mixed_state, "sink", None)
    if sink is not None:
        sink.append(piece)
    return piece, err.end


codecs.register_error("chronik-cp1252", _cp1252_fallback)


def _decode_mixed(data: bytes) -> Decoded | None:
    foreign: list[str] = []
    _mixed_state.sink = foreign
    try:
        text = data.decode("utf-8", "chronik-cp1252")
    finally:
        _mixed_state.sink = None
    chars = "".join(foreign)
    if not chars:
        return None
    western = sum(1 for ch in chars if ch in _WESTERN)  # not Ã, Â: those are damaged UTF-8
    if western < 0.9 * len(chars) or _control_ratio(text) > 0.01:
        return None
    return Decoded(
        normalise_newlines(text),
        "utf-8",
        (f"the file mixes encodings: {len(chars)} character(s) were not UTF-8 and were read as Windows-1252",),
    )


def _letters_ratio(text: str) -> float:
    """Share of letters among the visible characters (first 256 K characters)."""
    counts = Counter(text[:_SAMPLE])
    visible = sum(n for ch, n in counts.items() if not ch.isspace())
    if not visible:
        return 0.0
    return sum(n for ch, n in counts.items() if ch.isalpha()) / visible


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a dependency
        return None
    try:
        best = from_bytes(data[:200_000]).best()
    except Exception:  # the library must never take an import down
        return None
    if best is None or best.chaos > 0.1 or best.encoding in {"utf_8", "ascii"}:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _control_ratio(text) > 0.01 or _letters_ratio(text) < 0.5:
        return None
    return Decoded(normalise_newlines(text), best.encoding.replace("_", "-"))


def read_text(data: bytes, path: str) -> Document:
    """A plain-text Document."""
    decoded = decode_bytes(data, path)
    text = decoded.text
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ReadError(path, "empty", "the file contains only blank space")
    return Document(
        path=path,
        text=text,
        format="text",
        encoding=decoded.encoding,
        language=detect_language(text),
        warnings=decoded.warnings,
    )
