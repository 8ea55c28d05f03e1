"""HTML pages (saved from a browser): main text via trafilatura, metadata via lxml.

Nothing is fetched and no script runs.  Pages too deeply nested for lxml fall
back to a plain tag-stripping text (with a warning) instead of failing.
"""

from __future__ import annotations

import codecs
import html as html_lib
import json
import logging
import re
from typing import Any

from desktop.core.language import detect_language
from desktop.core.model import DateSource, Document, PubDate, Region
from desktop.core.readers.dates import parse_date
from desktop.core.readers.errors import ReadError
from desktop.core.readers.text import decode_bytes, normalise_newlines

log = logging.getLogger(__name__)
# trafilatura logs ERROR for every page it finds no article in; that is our normal fallback path
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"<\?xml[^>]*\?>", re.IGNORECASE)
#: A start tag whose attributes run over this many characters keeps its name only: libxml2 checks
#: attributes for duplicates pairwise, so 200,000 of them in one tag take hours (issue 8).
_MAX_TAG_CHARS = 4096
_LONG_TAG = re.compile(r"<([A-Za-z][\w:.-]{0,40})(?=[\s/])[^<>]{%d,}>" % _MAX_TAG_CHARS)
#: Inline images and fonts of a page saved "as one file" (``data:`` URIs) carry no text, but the
#: parsers would copy them several times over.
_DATA_URI = re.compile(r"data:[\w/+.-]{0,80}[;,][^\s\"'<>)]{1024,}")
#: Characters of markup handed to the parsers, after scripts and styles are dropped: a saved news
#: page has some hundred thousand; 41 MB of markup took 29 s and 2 GB in lxml and trafilatura.
MAX_MARKUP_CHARS = 4_000_000
#: <meta> elements kept: a page has a few dozen; 100,000 of them took 900 MB in the parsers.
_MAX_METAS = 1000
_META_TAG = re.compile(r"<meta\b[^<>]*>", re.IGNORECASE)

#: meta names/properties that carry the publication date, best first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "article:modified_time",
    "last-modified",
)
_TITLE_META = ("og:title", "twitter:title", "dc.title")
_OUTLET_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head")
_TAG_NAME = re.compile(r"</?\s*([a-z][a-z0-9]*)")
_BLOCK_NAMES = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol tr table section article header footer blockquote pre figure figcaption title".split()
)


def decode_html(data: bytes, path: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, warnings): BOM, then <meta charset>, then the plain-text rules."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data[:4096]:
        m = _META_CHARSET.search(data[:4096])
        if m:
            name = m.group(1).decode("ascii", "ignore").lower()
            try:
                codec = codecs.lookup(name).name
            except LookupError:
                codec = None
            if codec and codec not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
                if codec in ("latin-1", "iso8859-1", "ascii"):
                    codec = "cp1252"  # what browsers do
                try:
                    return normalise_newlines(data.decode(codec)), codec, ()
                except UnicodeDecodeError:
                    pass
    d = decode_bytes(data, path)
    return d.text, d.encoding, d.warnings


def read_html(data: bytes, path: str) -> Document:
    markup, encoding, warnings = decode_html(data, path)
    return html_to_document(markup, path, encoding=encoding, warnings=warnings)


def html_to_document(
    markup: str,
    path: str,
    *,
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
    fmt: str = "html",
    title: str | None = None,
    outlet: str | None = None,
    published: PubDate | None = None,
) -> Document:
    """Main text and metadata of an HTML string (also used for HTML e-mail parts)."""
    markup = markup.lstrip("\ufeff")
    markup = _XML_DECL.sub("", markup[:2000], count=1) + markup[2000:]
    if not markup.strip():
        raise ReadError(path, "empty", "the file is empty")
    warn = list(warnings)
    markup, shortened = _LONG_TAG.subn(r"<\1>", markup)
    if shortened:
        warn.append(f"{shortened} tag(s) with more than {_MAX_TAG_CHARS:,} characters of attributes were shortened")
    if "data:" in markup:
        markup = _DATA_URI.sub("data:,", markup)
    if len(markup) > MAX_MARKUP_CHARS:
        markup = _drop_blocks(markup)
    if len(markup) > MAX_MARKUP_CHARS:
        cut = markup.rfind("<", MAX_MARKUP_CHARS // 2, MAX_MARKUP_CHARS)
        markup = markup[: cut if cut > 0 else MAX_MARKUP_CHARS]
        warn.append(f"the page is very long; only its first {MAX_MARKUP_CHARS // 1_000_000} million characters were read")
    if markup.count("<meta", 0, 1 << 22) > _MAX_METAS or len(markup) > 1 << 22:
        metas = 0

        def keep_first(m: re.Match[str]) -> str:
            nonlocal metas
            metas += 1
            return m.group(0) if metas <= _MAX_METAS else ""

        markup = _META_TAG.sub(keep_first, markup)
        if metas > _MAX_METAS:
            warn.append(f"the page has {metas:,} <meta> elements; the first {_MAX_METAS:,} were read")
    meta: dict[str, Any] = {}
    tree = None
    try:
        import lxml.html

        tree = lxml.html.document_fromstring(markup)
        meta = _metadata(tree)
    except (RecursionError, ValueError, LookupError) as e:
        log.info("lxml could not parse %s: %s", path, e)
    except Exception as e:  # lxml.etree.ParserError and friends
        log.info("lxml could not parse %s: %s", path, e)

    body = _main_text(markup, path)
    if not body and tree is not None:
        body = _tree_text(tree)
    if not body:
        body = strip_tags(markup)
        if body:
            warn.append("the page structure could not be analysed; its text was taken as it is")
    if not body:
        if tree is None and "<" in markup:
            raise ReadError(path, "malformed", "this HTML page could not be parsed and has no readable text")
        raise ReadError(path, "no-text", "this HTML page contains no readable text")

    title = title or meta.get("title")
    outlet = outlet or meta.get("outlet")
    published = published or meta.get("published")
    text, regions = _with_title(body, title)
    lang = meta.get("language")
    if lang not in ("de", "en"):
        lang = detect_language(text)
    return Document(
        path=path,
        text=text,
        format=fmt,
        encoding=encoding,
        title=title,
        outlet=outlet,
        language=lang,
        published=published,
        regions=regions,
        warnings=tuple(warn),
    )


def _drop_blocks(markup: str) -> str:
    """The markup without <script> (except JSON-LD), <style> and <svg> blocks; linear, also when unclosed."""
    lower = markup.lower()
    out: list[str] = []
    pos = 0
    while True:
        found = [(i, n) for n in ("script", "style", "svg") if (i := lower.find("<" + n, pos)) >= 0]
        if not found:
            break
        at, name = min(found)
        gt = lower.find(">", at)
        if gt < 0:
            break
        if name == "script" and "ld+json" in lower[at:gt]:
            out.append(markup[pos : gt + 1])
            pos = gt + 1
            continue
        close = lower.find(f"</{name}", gt)
        end = lower.find(">", close) if close >= 0 else -1
        if end < 0:
            break
        out.append(markup[pos:at])
        pos = end + 1
    out.append(markup[pos:])
    return "".join(out)


def _with_title(body: str, title: str | None) -> tuple[str, tuple[Region, ...]]:
    """Put the title on top (once) so the stored text reads like the page."""
    if not title:
        return body, ()
    first = body.lstrip().split("\n", 1)[0]
    if _fold(first) == _fold(title):
        start = len(body) - len(body.lstrip())
        return body, (Region(start, start + len(first.rstrip()), "title"),)
    return f"{title}\n\n{body}", (Region(0, len(title), "title"),)


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _main_text(markup: str, path: str) -> str:
    try:
        import trafilatura

        out = trafilatura.extract(
            markup,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            output_format="txt",
            deduplicate=False,
        )
    except RecursionError:
        log.info("trafilatura hit the recursion limit on %s", path)
        return ""
    except Exception as e:  # never let the extractor take an import down
        log.info("trafilatura failed on %s: %s", path, e)
        return ""
    return _paragraphs(out or "")


def _paragraphs(text: str) -> str:
    """One paragraph per line -> paragraphs separated by blank lines, tidy spaces."""
    lines = [" ".join(line.split()) for line in normalise_newlines(text).split("\n")]
    return "\n\n".join(line for line in lines if line)


def _tree_text(tree: Any) -> str:
    try:
        for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
            bad.drop_tree()
        body = tree.find("body")
        node = body if body is not None else tree
        parts = []
        for el in node.iter():
            if not isinstance(el.tag, str):
                continue
            if el.text:
                parts.append(el.text)
            if el.tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"):
                parts.append("\n")
            if el.tail:
                parts.append(el.tail)
        return _paragraphs("".join(parts))
    except Exception:
        return ""


def strip_tags(markup: str) -> str:
    """Text of an HTML string without a parser (linear scans; for broken or very deep pages)."""
    lower = markup.lower()
    keep: list[str] = []
    pos = 0
    n = len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            keep.append(markup[pos:])
            break
        keep.append(markup[pos:lt])
        if lower.startswith("<!--", lt):
            close = markup.find("-->", lt + 4)
            pos = n if close < 0 else close + 3
            continue
        m = _TAG_NAME.match(lower, lt)
        name = m.group(1) if m else ""
        gt = markup.find(">", lt)
        if gt < 0:
            keep.append(markup[lt:])  # a lone "<" is text
            break
        if name in _DROP_TAGS and not lower.startswith("</", lt):
            close = lower.find(f"</{name}", gt)
            end = lower.find(">", close) if close >= 0 else -1
            pos = n if end < 0 else end + 1
            keep.append(" ")
            continue
        keep.append("\n" if name in _BLOCK_NAMES else "")
        pos = gt + 1
    return _paragraphs(html_lib.unescape("".join(keep)))


# --- metadata ----------------------------------------------------------------------


def _metadata(tree: Any) -> dict[str, Any]:
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    out: dict[str, Any] = {}

    ld = list(_json_ld(tree))
    title = next((metas[k] for k in _TITLE_META if metas.get(k)), None)
    if not title:
        h1 = tree.find(".//h1")
        if h1 is not None:
            title = " ".join(h1.text_content().split()) or None
    if not title:
        t = tree.find(".//title")
        if t is not None and t.text:
            title = " ".join(t.text.split()) or None
    outlet = next((metas[k] for k in _OUTLET_META if metas.get(k)), None)
    if not outlet:
        outlet = next((v for v in (_ld_publisher(o) for o in ld) if v), None)
    if title and outlet:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            if title.endswith(sep + outlet):
                title = title[: -len(sep + outlet)].strip()
    out["title"] = title[:500] if title else None
    out["outlet"] = outlet[:200] if outlet else None
    out["published"] = _published(tree, metas, ld)
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or metas.get("content-language") or metas.get("og:locale") or ""
    out["language"] = lang.strip().lower()[:2] or None
    return out


def _json_ld(tree: Any) -> Any:
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 1000:
            seen += 1
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _ld_types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _ld_article(obj: dict[str, Any]) -> bool:
    """NewsArticle, ReportageNewsArticle, LiveBlogPosting, BlogPosting, Report ..."""
    return any(x.endswith(("Article", "Posting", "Report")) for x in _ld_types(obj))


def _ld_media(obj: dict[str, Any]) -> bool:
    """VideoObject, ImageObject, AudioObject, Clip ...: an embedded item with a date of its own."""
    return any(x.endswith(("Object", "Clip", "Episode")) for x in _ld_types(obj))


def _ld_publisher(obj: dict[str, Any]) -> str | None:
    pub = obj.get("publisher")
    if isinstance(pub, list) and pub:
        pub = pub[0]
    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
        return pub["name"].strip() or None
    return None


def _published(tree: Any, metas: dict[str, str], ld: list[dict[str, Any]]) -> PubDate | None:
    candidates: list[tuple[str, str]] = []
    # the article's own object first; an embedded video's or picture's date is that item's
    for obj in sorted((o for o in ld if not _ld_media(o)), key=lambda o: not _ld_article(o)):
        v = obj.get("datePublished")
        if isinstance(v, str):
            candidates.append(("JSON-LD datePublished", v))
    for key in _DATE_META:
        if key in metas:
            candidates.append((f"meta {key}", metas[key]))
    candidates += [("microdata datePublished", v) for v in _microdata_published(tree)]
    for v in _own_times(tree):
        candidates.append(("<time datetime>", v))
    for source, value in candidates:
        got = parse_date(value)
        if got:
            d, precision = got
            return PubDate(d, precision, DateSource.METADATA, f"{source}: {value.strip()[:80]}")
    return _htmldate_head(tree, metas)


def _microdata_published(tree: Any) -> list[str]:
    """``itemprop="datePublished"`` on elements other than <meta> (those are read with the metas):
    ``<span itemprop="datePublished" content="2025-05-06">``, ``<time itemprop=... datetime=...>``
    or the element's own text; not inside a sidebar, a menu or the footer (another story's)."""
    out: list[str] = []
    for el in tree.xpath("//*[not(self::meta)][@itemprop]"):
        if "datepublished" not in (el.get("itemprop") or "").casefold().split():
            continue
        if {a.tag for a in el.iterancestors() if isinstance(a.tag, str)} & _FOREIGN_TIME_PARENTS:
            continue
        v = (el.get("content") or el.get("datetime") or " ".join(el.text_content().split())).strip()
        if v:
            out.append(v[:120])
        if len(out) >= 3:
            break
    return out


#: a <time> inside these is another story's (a sidebar, a menu, a teaser list, the footer)
_FOREIGN_TIME_PARENTS = frozenset({"aside", "nav", "footer"})
_ARTICLE_PARENTS = frozenset({"article", "main"})


def _own_times(tree: Any) -> list[str]:
    """The ``datetime`` values of the page's own <time> elements, best first.

    Those inside <article>/<main> (not in an <aside> or a teaser list there); without any, the
    others only when they all name one day: a sidebar of latest stories lists many days."""
    own: list[tuple[bool, str]] = []
    other: list[str] = []
    for t in tree.iter("time"):
        v = (t.get("datetime") or "").strip()
        if not v:
            continue
        tags = {a.tag for a in t.iterancestors() if isinstance(a.tag, str)}
        if tags & _FOREIGN_TIME_PARENTS:
            continue
        if tags & _ARTICLE_PARENTS and "li" not in tags:
            own.append((t.get("pubdate") is None, v))
        elif "li" not in tags:
            other.append(v)
    if own:
        return [v for _, v in sorted(own, key=lambda x: x[0])][:5]
    return other[:1] if len({v[:10] for v in other}) == 1 else []


def _htmldate_head(tree: Any, metas: dict[str, str]) -> PubDate | None:
    """htmldate on the page's head and its own address (canonical link, og:url) only.

    htmldate knows many more meta names and reads dates from addresses
    (``/2021/12/29/``, ``-20231013-``); on the page's text our own date lines
    measure better (bench/pubdate_compare.py), so its text search is not used."""
    url = metas.get("og:url") or ""
    for el in tree.iter("link"):
        if (el.get("rel") or "").strip().lower() == "canonical" and el.get("href"):
            url = el.get("href").strip()
            break
    head = tree.find(".//head")
    if head is None and not url:
        return None
    try:
        import lxml.html
        from htmldate import find_date

        markup = lxml.html.tostring(head, encoding="unicode") if head is not None else ""
        page = f"<html>{markup}<body></body></html>"
        value = find_date(page, url=url or None, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on odd markup; a missing date is no error
        return None
    got = parse_date(value) if value else None
    if not got:
        return None
    return PubDate(got[0], got[1], DateSource.METADATA, f"htmldate ({'address' if url else 'head'}): {value}")
