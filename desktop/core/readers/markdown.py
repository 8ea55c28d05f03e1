"""Markdown: light markup removed line by line; title from front matter or the first heading."""

from __future__ import annotations

import re

from desktop.core.language import detect_language
from desktop.core.model import DateSource, Document, PubDate, Region
from desktop.core.readers.dates import parse_date
from desktop.core.readers.errors import ReadError
from desktop.core.readers.files import MAX_TEXT_CHARS
from desktop.core.readers.text import decode_bytes

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*)$")  # closing #s stripped in Python: no backtracking
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REFLINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# Emphasis spans stop at the next marker character: a search from each opening marker ends at the
# next one, so a line of 100,000 unclosed markers is linear, not quadratic (issue 8).
_STRONG = re.compile(r"\*\*(?=[^\s*])([^*]*?[^\s*])\*\*|__(?=[^\s_])([^_]*?[^\s_])__")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])")
_EM_UND = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]*?[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=[^\s~])([^~]*?[^\s~])~~")
_CODE = re.compile(r"`([^`]+)`")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


_MARKUP = re.compile(r"[\[*_~`<\\]")


def _inline(s: str) -> str:
    if not _MARKUP.search(s):  # most lines: nothing to remove
        return s
    s = _IMAGE.sub(r"\1", s)
    s = _LINK.sub(r"\1", s)
    s = _REFLINK.sub(r"\1", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _CODE.sub(r"\1", s)
    for pat in (_STRONG, _STRIKE):
        s = pat.sub(lambda m: m.group(m.lastindex or 0), s)
    s = _EM_STAR.sub(r"\1", s)
    s = _EM_UND.sub(r"\1", s)
    s = _TAG.sub("", s)
    return _ESCAPE.sub(r"\1", s)


def _front_matter(block: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in block.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if m:
            value = m.group(2).strip().strip("\"'")
            out.setdefault(m.group(1).lower(), value)
    return out


def read_markdown(data: bytes, path: str) -> Document:
    decoded = decode_bytes(data, path)
    source = decoded.text.lstrip("\ufeff")
    front: dict[str, str] = {}
    m = _FRONT.match(source)
    if m:
        front = _front_matter(m.group(1))
        source = source[m.end() :]

    out: list[str] = []  # output lines
    headings: list[tuple[int, int]] = []  # (line index, level)
    in_fence = False
    raw = source.split("\n")
    size = 0
    stopped: tuple[str, ...] = ()
    for i, line in enumerate(raw):
        size += len(line) + 1
        if size > 2 * MAX_TEXT_CHARS:  # read_path keeps MAX_TEXT_CHARS of it
            stopped = (f"only the first {2 * MAX_TEXT_CHARS:,} characters of the file were read",)
            break
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        h = _ATX.match(line)
        if h:
            headings.append((len(out), len(h.group(1))))
            out.append(_inline(h.group(2).rstrip(" \t#")))
            continue
        if _SETEXT.match(line) and out and out[-1].strip() and i > 0 and raw[i - 1].strip():
            headings.append((len(out) - 1, 1 if line.strip().startswith("=") else 2))
            continue
        if _RULE.match(line) or _REFDEF.match(line):
            out.append("")
            continue
        out.append(_inline(_QUOTE.sub("", line)))

    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    if not text.strip():
        raise ReadError(path, "empty", "the Markdown file contains no text")

    # Offsets of heading lines in the final text.
    lines_out = "\n".join(out).split("\n")
    heading_texts = [(lines_out[i].strip(), level) for i, level in headings if lines_out[i].strip()]
    title = front.get("title") or None
    if not title and heading_texts:
        best = min(heading_texts, key=lambda hl: hl[1])  # the highest-level heading, first one
        title = best[0]
    regions = _heading_regions(text, heading_texts, title)

    published = None
    # not "created": a reader app's clipping ("created: ...") is the day the page was saved
    for key in ("published", "date", "pubdate", "date_published", "publish_date", "publishdate", "published_at"):
        if front.get(key):
            got = parse_date(front[key])
            if got:
                published = PubDate(got[0], got[1], DateSource.METADATA, f"front matter {key}: {front[key]}")
                break
    outlet = front.get("source") or front.get("outlet") or front.get("publisher") or None
    return Document(
        path=path,
        text=text,
        format="markdown",
        encoding=decoded.encoding,
        title=title,
        outlet=outlet,
        language=(front.get("lang") or front.get("language") or "")[:2].lower() or detect_language(text),
        published=published,
        regions=regions,
        warnings=decoded.warnings + stopped,
    )


def _heading_regions(text: str, headings: list[tuple[str, int]], title: str | None) -> tuple[Region, ...]:
    regions: list[Region] = []
    pos = 0
    title_done = False
    for htext, _level in headings:
        idx = text.find(htext, pos)
        if idx < 0:
            continue
        kind = "heading"
        if not title_done and title and htext == title:
            kind, title_done = "title", True
        regions.append(Region(idx, idx + len(htext), kind))
        pos = idx + len(htext)
    return tuple(regions)
