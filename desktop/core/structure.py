"""Finding the article inside copied web text: title, lead, headings, body and page furniture.

Web pages copied to text carry menus, photo credits and captions, donation appeals,
"related" boxes, reader comments and metadata lines.  ``analyse_structure`` marks
them as regions so that later stages never take events or actors from them.  The
phrases come from ``resources/lexicons/structure_*.json`` (all languages at once,
plus the user's own ``structure_*.json``); this module holds only the logic.

Regions are sorted, non-overlapping and cover the whole text.  Whitespace after a
piece belongs to that piece's region.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any
from pathlib import Path

from desktop.core.model import ARTICLE_REGION_KINDS, DateSource, Precision, PubDate, Region
from desktop.core.readers.dates import DATE_PATTERNS, match_to_date
from desktop.core.resources import resource_path, user_lexicon_dir

log = logging.getLogger(__name__)

#: Region kinds that are page furniture (everything not in ARTICLE_REGION_KINDS).
FURNITURE_KINDS = frozenset(
    {"menu", "credit", "caption", "donation", "related", "comments", "metadata", "footer"}
)
_TAIL_KINDS = ("donation", "related", "comments")
_LIST_KEYS = (
    "nav_phrases", "menu_contains", "cookie_words", "cookie_context", "footer_contains",
    "credit_prefixes", "credit_inline", "photo_agencies", "caption_markers", "embed_markers", "inline_related", "related_headers",
    "related_prefixes", "comments_headers", "donation_strong", "donation_weak", "date_labels",
    "metadata_lines", "byline_prefixes", "agencies", "signoff_words", "dateline_patterns", "media_headers", "media_lines",
    "comment_buttons",
)  # fmt: skip

_TOP_LINES = 12  # metadata headers are looked for in the first lines only
_MEDIA_BLOCK_LINES = 5  # a clip's teaser: a header, a title, a date, a running time, a credit
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 25
_LEAD_MAX_WORDS = 80
_LONG_PARAGRAPH_WORDS = 20
_DONATION_BLOCK_WORDS = 150
_BRACKET_CREDIT = re.compile(r"\(\s*[^()|/\n]{2,40}?\s*[|/]\s*[^()|/\n]{2,40}\)\s*$")
_BREADCRUMB = re.compile(r"\s(?:[›»>|/]|->)\s")


@dataclass(frozen=True)
class TextStructure:
    """What ``analyse_structure`` finds."""

    regions: tuple[Region, ...]
    title: str | None = None
    outlet: str | None = None
    published: PubDate | None = None

    def article_text_spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((r.start, r.end) for r in self.regions if r.kind in ARTICLE_REGION_KINDS)


# --- lexicon -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    nav: re.Pattern[str]
    menu_contains: re.Pattern[str] | None
    cookie_words: re.Pattern[str] | None
    cookie_context: re.Pattern[str] | None
    footer_contains: re.Pattern[str] | None
    credit_prefix: re.Pattern[str] | None
    credit_inline: re.Pattern[str] | None
    photo_agencies: re.Pattern[str] | None
    caption_marker: re.Pattern[str] | None
    embed_marker: re.Pattern[str] | None  # embedded posts: a link shortener, a "— Name (@handle)" line
    inline_related: tuple[re.Pattern[str], ...]  # teasers inside a line of text (group "x": the span to cut)
    related_header: re.Pattern[str] | None
    related_prefix: re.Pattern[str] | None
    comments_header: re.Pattern[str] | None
    donation_strong: re.Pattern[str] | None
    donation_weak: re.Pattern[str] | None
    date_label: re.Pattern[str] | None
    metadata_line: re.Pattern[str] | None
    byline: re.Pattern[str] | None
    agencies: frozenset[str]
    agency_re: re.Pattern[str] | None
    signoff_words: frozenset[str]
    datelines: tuple[re.Pattern[str], ...]
    media_header: re.Pattern[str] | None = None
    media_line: re.Pattern[str] | None = None
    comment_button: re.Pattern[str] | None = None


def _alt(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(set(patterns), key=len, reverse=True))


def pattern_alternatives(patterns: Sequence[str], lexicon: str = "structure") -> str:
    """The valid patterns of a lexicon as one alternation, longest first (an invalid one is
    logged and left out); "" when none is valid."""
    return _alt([p for p in patterns if _valid(p, lexicon)])


_sre: Any = importlib.import_module("re._parser")  # the regex parser (no public API; its tree is stable)
_CLASS_OF = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
             "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _first_chars(items: Any, flags: int) -> tuple[set[str] | None, bool]:
    """(class items a match of the parsed sequence can begin with, whether it can be empty);
    None when it may begin with anything or the parse is not understood."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the next item gives the first character
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
            return out, False
        if name == "IN":
            for o, a in av:
                o = str(o)
                if o == "LITERAL":
                    out.add(re.escape(chr(a)))
                elif o == "RANGE":
                    out.add(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
                elif o == "CATEGORY" and str(a) in _CLASS_OF:
                    out.add(_CLASS_OF[str(a)])
                else:
                    return None, False  # a negated class, another category
            return out, False
        if name == "BRANCH":
            nullable = False
            for branch in av[1]:
                got, empty = _first_chars(branch, flags)
                if got is None:
                    return None, False
                out |= got
                nullable = nullable or empty
            if not nullable:
                return out, False
            continue
        if name == "SUBPATTERN":
            _group, add, _remove, sub = av
            if add & re.IGNORECASE and not flags & re.IGNORECASE:
                return None, False  # (?i:...) inside: the look-ahead would be stricter than the pattern
            got, empty = _first_chars(sub, flags)
        elif name == "ATOMIC_GROUP":
            got, empty = _first_chars(av, flags)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            got, empty = _first_chars(av[2], flags)
            empty = empty or av[0] == 0
        else:
            return None, False  # any character, a back reference ...
        if got is None:
            return None, False
        out |= got
        if not empty:
            return out, False
    return out, True


def first_chars_lookahead(alternatives: str, flags: int = 0) -> str:
    """A look-ahead for the characters a match of ``alternatives`` can begin with, "" when that is
    not known or any.  Put before the alternation it gives the same matches, but the regex engine
    tries the alternatives only where one may begin: a lexicon's long alternation of phrases is
    otherwise tried at every position of every line."""
    try:
        got, empty = _first_chars(_sre.parse(alternatives, flags), flags)
    except Exception:  # noqa: BLE001 - an unknown parse: no look-ahead, the same matches
        return ""
    if got is None or empty or not got:
        return ""
    return "(?=[" + "".join(sorted(got)) + "])"


def _compile(patterns: list[str], template: str = "{}") -> re.Pattern[str] | None:
    alternatives = pattern_alternatives(patterns)
    if not alternatives:
        return None
    lead = first_chars_lookahead(alternatives, re.IGNORECASE)
    return re.compile(template.format(f"{lead}(?:{alternatives})" if lead else alternatives), re.IGNORECASE)


def _grouped(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex with a named group per pattern, so one scan tells which patterns occur."""
    good = [p for p in dict.fromkeys(patterns) if _valid(p)]
    if not good:
        return None
    alternatives = "|".join(f"(?P<g{k}>{p})" for k, p in enumerate(good))
    try:
        lead = first_chars_lookahead(alternatives, re.IGNORECASE)
        return re.compile(r"(?<!\w)" + lead + "(?:" + alternatives + ")", re.IGNORECASE)
    except re.error:  # e.g. a user pattern with its own named groups
        log.warning("structure lexicon: donation_weak patterns cannot be combined; ignoring them")
        return None


def _lexicon_files() -> list[Path]:
    files = sorted(resource_path("lexicons").glob("structure_*.json"))
    try:
        user = user_lexicon_dir()
        if user.is_dir():
            files += sorted(user.glob("structure_*.json"))
    except OSError:
        pass
    return files


@lru_cache(maxsize=1)
def load_lexicon() -> _Lexicon:
    """All structure lexicons merged (shipped ones, then the user's)."""
    merged: dict[str, list[str]] = {k: [] for k in _LIST_KEYS}
    for f in _lexicon_files():
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            log.warning("cannot read structure lexicon %s: %s", f, e)
            continue
        for k in _LIST_KEYS:
            values = data.get(k, [])
            if isinstance(values, list):
                merged[k].extend(v for v in values if isinstance(v, str) and v)
    agencies = frozenset(a.casefold() for a in merged["agencies"])
    return _Lexicon(
        nav=_compile(merged["nav_phrases"], r"(?<!\w)(?:{})(?!\w)") or re.compile(r"(?!x)x"),
        menu_contains=_compile(merged["menu_contains"]),
        cookie_words=_compile(merged["cookie_words"], r"\b(?:{})\b"),
        cookie_context=_compile(merged["cookie_context"]),
        footer_contains=_compile(merged["footer_contains"]),
        credit_prefix=_compile(merged["credit_prefixes"], r"^\s*(?:{})"),
        # "... the jetty. Photo: X" and "... the jetty. (Photo: X/Y)": the credit may stand in brackets
        credit_inline=_compile(merged["credit_inline"], r"(?<=\S)\s+[(\[]?(?:{})\s*\S"),
        photo_agencies=_compile(merged["photo_agencies"], r"(?<!\w)(?:{})(?!\w)"),
        caption_marker=_compile(merged["caption_markers"], r"(?:{})\s*$"),
        embed_marker=_compile(merged["embed_markers"]),
        inline_related=tuple(re.compile(p) for p in dict.fromkeys(merged["inline_related"]) if _valid(p)),
        related_header=_compile(merged["related_headers"], r"^\s*(?:{})\s*:?\s*$"),
        related_prefix=_compile(merged["related_prefixes"], r"^\s*(?:{})"),
        comments_header=_compile(merged["comments_headers"], r"^\s*(?:{})\s*:?\s*$"),
        donation_strong=_compile(merged["donation_strong"], r"(?<!\w)(?:{})"),
        donation_weak=_grouped(merged["donation_weak"]),
        date_label=_compile(merged["date_labels"], r"(?<!\w)(?:{})\s*:?\s*(?:am\s+|on\s+|vom\s+)?"),
        metadata_line=_compile(merged["metadata_lines"], r"^\s*(?:{})\s*$"),
        byline=_compile(merged["byline_prefixes"], r"^\s*(?:{})\s+(?=[A-ZÄÖÜ])"),
        agencies=agencies,
        agency_re=_compile([re.escape(a) for a in merged["agencies"]], r"(?<![\w-])(?:{})(?![\w-])"),
        signoff_words=frozenset(w.casefold() for w in merged["signoff_words"]),
        datelines=tuple(
            re.compile("^" + p)
            for p in dict.fromkeys(merged["dateline_patterns"])
            if _valid(p) and "(?P<src>" in p
        ),
        media_header=_compile(merged["media_headers"], r"^\s*(?:{})\s*$"),
        media_line=_compile(merged["media_lines"], r"^\s*(?:{})\s*$"),
        comment_button=_compile(merged["comment_buttons"], r"^\s*(?:{})\s*$"),
    )


def _valid(p: str, lexicon: str = "structure") -> bool:
    try:
        re.compile(p)
        return True
    except re.error:
        log.warning("ignoring invalid %s lexicon pattern %r", lexicon, p)
        return False


# --- lines ---------------------------------------------------------------------------


@dataclass
class _Piece:
    """A stretch of one line with its kind (None: not decided yet)."""

    start: int
    end: int
    text: str
    line: int
    kind: str | None = None


@dataclass
class _Line:
    start: int
    end: int
    text: str
    block: int
    kind: str | None = None
    pieces: list[_Piece] = field(default_factory=list)  # set when the line is split
    words: int = 0


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    pos = 0
    blank_before = True
    for raw in text.split("\n"):
        end = pos + len(raw)
        stripped = raw.strip()
        if stripped:
            if blank_before and lines:
                block += 1
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            e = s + len(stripped)
            lines.append(_Line(s, e, stripped, block, words=len(stripped.split())))
            blank_before = False
        else:
            blank_before = True
        pos = end + 1
    return lines


_SENTENCE_END = re.compile(r"[.!?…:;,][\"'“”«»‘’)\]]*\s*$")
_HEADING_END = re.compile(r"[.,;:!…][\"'“”«»‘’)\]]*\s*$")
_VON = re.compile(r"(?<!\w)Von\s*:")


#: a personal name (two or three capitalised words, or two such names joined by "and"), then
#: perhaps where it was written ("in Brussels", ", Genf")
_NAME = r"[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:van|von|de|der|da|di|le|la|al|el)?\s*[A-ZÄÖÜ][\w'’-]+){1,2}"
_NAME_LINE = re.compile(
    rf"^{_NAME}(?:\s+(?:and|und|&)\s+{_NAME})?(?:\s+(?:in|aus|from)\s+[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?"
    r"|,\s*[A-ZÄÖÜ][\w'’-]+(?:[ /][A-ZÄÖÜ][\w'’-]+)?)?(?=\s|$|,)")
_BYLINE_SEPARATORS = re.compile(r"\s[·•|]\s")


_QUOTED = re.compile(r"“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|»[^«\n]*«|\"[^\"\n]*\"")


def _unquoted_words(s: str) -> int:
    """The words of ``s`` outside quoted passages (a headline quoted in a comment section's header)."""
    return len(_QUOTED.sub(" ", s).split())


def _date_line(s: str) -> bool:
    """``s`` is a date line with at most two words beside its stamp (a place, an outlet's name)."""
    from desktop.core.datelines import line_stamps

    s = s.strip()
    for st in line_stamps(s):
        if st.start == 0 and st.kind in ("label", "timed", "line"):
            return len(_WORDS_RE.findall(s[st.end:])) <= 2
    return False


_WORDS_RE = re.compile(r"[^\W\d_]+")
_SITE = re.compile(r"[\w-]+\.(?:de|at|ch|com|net|org|eu|uk|fr|it|nl)", re.IGNORECASE)


def _starts_with_stamp(s: str) -> bool:
    """``s`` opens with a date line of the article's kind (a label, a date and time, a bare date)."""
    from desktop.core.datelines import line_stamps

    return any(st.start == 0 and st.kind in ("label", "timed", "line") for st in line_stamps(s.strip()))


def _ends_sentence(s: str) -> bool:
    return bool(_SENTENCE_END.search(s))


def _heading_like(s: str, max_words: int = _HEADING_MAX_WORDS) -> bool:
    words = s.split()
    if not 1 <= len(words) <= max_words or len(s) > 160:
        return False
    if _HEADING_END.search(s):
        return False
    first = s.lstrip("\"'„“”«»‚‘’([")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


_LIST_ITEM = re.compile(r"\s*[-–•*·▪]\s+\S")
_SENTENCE_ENDS = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ])")
_ORDINAL_END = re.compile(r"\s(?:[IVXLC]+|\d{1,2})\.$")  # "Papst Leo XIV.", "Karl III.", "der 3."


def _title_like(s: str) -> bool:
    s = _ORDINAL_END.sub(" X", s.rstrip())
    words = s.split()
    return 2 <= len(words) <= _TITLE_MAX_WORDS and _heading_like(s, _TITLE_MAX_WORDS) or (
        2 <= len(words) <= _HEADING_MAX_WORDS and s.rstrip().endswith(("?", "!")) and s[:1].isupper()
    )


# --- dates in metadata ---------------------------------------------------------------

_TIME = re.compile(r"(?:\s*,?\s*(?:um\s+|at\s+|\|\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:Uhr|h|a\.?m\.?|p\.?m\.?)?(?:\s*(?:MEZ|MESZ|CET|CEST|UTC|GMT|ET|EST|EDT|BST))?)?", re.IGNORECASE)


def _date_at(text: str, pos: int) -> tuple[int, date, Precision] | None:
    """A date (plus optional time) starting at ``pos``: (end, date, precision)."""
    for pat in DATE_PATTERNS:
        m = pat.match(text, pos)
        if m:
            got = match_to_date(m)
            if got:
                t = _TIME.match(text, m.end())
                return (t.end() if t else m.end()), got[0], got[1]
    return None


def _find_labelled_dates(lex: _Lexicon, s: str) -> list[tuple[int, int, date, Precision]]:
    out: list[tuple[int, int, date, Precision]] = []
    if lex.date_label is None:
        return out
    from desktop.core.datelines import is_event_day

    for m in lex.date_label.finditer(s):
        if is_event_day(s, m.end()):
            continue  # "Closing date: 15 April 2023": an event's day
        got = _date_at(s, m.end())
        if got:
            out.append((m.start(), got[0], got[1], got[2]))
    return out


def _date_only(s: str) -> tuple[date, Precision] | None:
    """The line is nothing but a date (and time)."""
    got = _date_at(s, 0)
    if got and not s[got[0] :].strip(" ,|·-–"):
        return got[1], got[2]
    return None


# --- the analysis --------------------------------------------------------------------


class _Analysis:
    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.lines = _split_lines(text)
        self.dates: list[tuple[date, Precision, str]] = []
        self.outlet: str | None = None
        self.title: str | None = None

    # helpers
    def _set(self, i: int, kind: str) -> None:
        line = self.lines[i]
        if line.kind is None and not line.pieces:
            line.kind = kind

    def _free(self, i: int) -> bool:
        line = self.lines[i]
        return line.kind is None and not line.pieces

    def _nav_only(self, s: str) -> bool:
        rest = self.lex.nav.sub(" ", s)
        return not re.search(r"[^\W\d_]", rest) and rest != s

    @staticmethod
    def _breadcrumb(s: str) -> bool:
        """"Startseite › Politik › Ausland": short items between two or more separators."""
        parts = _BREADCRUMB.split(s)
        return len(parts) >= 3 and all(1 <= len(p.split()) <= 4 and not _ends_sentence(p) for p in parts)

    def _bare_breadcrumb(self, s: str) -> bool:
        """"Startseite Ausland Europa Ukraine": a breadcrumb whose separators the saved text lost, a
        menu word first and then only single capitalised words (a section name each)."""
        m = self.lex.nav.match(s.strip())
        if m is None:
            return False
        rest = s.strip()[m.end():].split()
        return 1 <= len(rest) <= 7 and all(w[:1].isupper() and w.isalpha() for w in rest)

    @staticmethod
    def _item_list(s: str) -> bool:
        """A menu or table of contents of any length: "Wetter | Sport | Kultur | ...", five or
        more short items between separators, none a sentence."""
        parts = _BREADCRUMB.split(s)
        return len(parts) >= 5 and all(1 <= len(p.split()) <= 5 and not _ends_sentence(p) for p in parts)

    def _signoff(self, s: str) -> bool:
        lex = self.lex
        core = s.strip().strip("()[]—–-.").strip()
        if not core or len(core) > 80 or lex.agency_re is None:
            return False
        if not lex.agency_re.search(core):
            return False
        rest = lex.agency_re.sub(" ", core)
        for tok in re.split(r"[\s/,;:&|+()]+", rest):
            if not tok:
                continue
            t = tok.casefold()
            if t in lex.signoff_words or re.fullmatch(r"[a-zäöü]{2,4}", tok) or _SITE.fullmatch(tok):
                continue  # "red, ORF.at/Agenturen": editors' initials, the site's address
            return False
        return True

    def _donation(self, s: str) -> bool:
        lex = self.lex
        if lex.donation_strong is not None and lex.donation_strong.search(s):
            return True
        if lex.donation_weak is None:
            return False
        found = {m.lastgroup for m in lex.donation_weak.finditer(s)}
        return len(found) >= 3

    def _cookie(self, s: str, words: int) -> bool:
        lex = self.lex
        return bool(
            words <= 150
            and lex.cookie_words is not None
            and lex.cookie_context is not None
            and lex.cookie_words.search(s)
            and lex.cookie_context.search(s)
        )

    def run(self) -> None:
        lines = self.lines
        if not lines:
            return
        comments_at = self._find_comments()
        end = comments_at if comments_at is not None else len(lines)
        for i in range(end):
            self._classify_line(i)
        if comments_at is not None:
            for i in range(comments_at, len(lines)):
                lines[i].kind = "comments"
            self._footer_after_comments(comments_at)
        self._donation_blocks(end)
        self._captions(end)
        self._related_sections(end)
        self._media_teasers(end)
        self._top_metadata(end)
        self._name_bylines(end)
        self._datelines(end)
        self._signoffs(end)
        self._headings_before_tail(end)
        self._title_and_lead(end)
        self._headings_and_body(end)
        self._nav_kinds()
        self._inline_related()

    def _find_comments(self) -> int | None:
        lex = self.lex
        if lex.comments_header is None:
            return None
        long_before = 0
        for i, line in enumerate(self.lines):
            if line.words >= 12:
                long_before += 1
            elif long_before >= 2 and _unquoted_words(line.text) <= 6 and lex.comments_header.match(line.text):
                return i  # "12 Kommentare", "2 thoughts on “<the headline>”": the title quoted counts as no word
        return self._comments_by_buttons()

    def _comments_by_buttons(self) -> int | None:
        """Comments without a header: two or more blocks after the body that end in a reply button
        ("Reply", "Antworten"); they start with the first such block, if it opens with a short line
        (the commenter's name)."""
        lex = self.lex
        if lex.comment_button is None:
            return None
        long_before = 0
        buttons: list[int] = []
        for i, line in enumerate(self.lines):
            if line.words >= 12 and not buttons:
                long_before += 1
            elif long_before >= 2 and line.words <= 3 and lex.comment_button.match(line.text):
                buttons.append(i)
        if len(buttons) < 2:
            return None
        block = self.lines[buttons[0]].block
        first = min(i for i, line in enumerate(self.lines) if line.block == block)
        return first if self.lines[first].words <= 6 and first < buttons[0] else None

    def _footer_after_comments(self, comments_at: int) -> None:
        """The site footer below a comment section ("Impressum | Datenschutz", "© 2025 ...")."""
        lex = self.lex
        for i in range(len(self.lines) - 1, comments_at, -1):
            s, words = self.lines[i].text, self.lines[i].words
            footer = lex.footer_contains is not None and lex.footer_contains.search(s)
            if words <= 20 and (self._nav_only(s) or footer):
                self.lines[i].kind = "footer"
            else:
                break

    def _classify_line(self, i: int) -> None:
        lex = self.lex
        line = self.lines[i]
        s, words = line.text, line.words
        if words <= 12 and len(s) <= 160 and (self._nav_only(s) or self._breadcrumb(s) or self._bare_breadcrumb(s)) \
                or self._item_list(s):
            line.kind = "nav"
        elif words <= 25 and lex.menu_contains is not None and lex.menu_contains.search(s):
            line.kind = "menu"
        elif self._cookie(s, words):
            line.kind = "menu"
        elif words <= 20 and lex.footer_contains is not None and lex.footer_contains.search(s) and not _ends_sentence(s.rstrip(".")):
            line.kind = "footer"
        elif words <= 12 and lex.related_header is not None and lex.related_header.match(s):
            line.kind = "related"
        elif words <= 40 and lex.related_prefix is not None and lex.related_prefix.match(s):
            line.kind = "related"
        elif words <= 20 and lex.metadata_line is not None and lex.metadata_line.match(s) and \
                not any(a == 0 for a, _b, _d, _p in _find_labelled_dates(lex, s)):
            # "This article was first published on ...": a note on the article, not a header to split
            line.kind = "metadata"
        elif words <= 30 and (_VON.search(s) or _find_labelled_dates(lex, s)):
            return  # a metadata header line: split later by _top_metadata
        elif words <= 30 and lex.credit_prefix is not None and lex.credit_prefix.match(s):
            line.kind = "credit"
        elif words <= 8 and self._photo_credit(s):
            line.kind = "credit"
        elif words <= 20 and lex.metadata_line is not None and lex.metadata_line.match(s):
            line.kind = "metadata"
            self._outlet_from_von(s)
        elif words <= 60 and lex.caption_marker is not None and lex.caption_marker.search(s):
            line.kind = "caption"
        elif words <= 120 and lex.embed_marker is not None and lex.embed_marker.search(s):
            line.kind = "caption"  # an embedded post quoted with its signature: not the article's text
        else:
            self._inline_credit(line, i)

    def _photo_credit(self, s: str) -> bool:
        lex = self.lex
        if _BRACKET_CREDIT.search(s) and not _ends_sentence(s) and not self._signoff(s):
            return True  # "Die Bürgermeisterin (Anna Beispiel | Stadtbote)": photographer | outlet
        return bool(
            lex.photo_agencies is not None
            and re.search(r"[/|]", s)
            and lex.photo_agencies.search(s)
            and not _ends_sentence(s)
            and not self._signoff(s)
        )

    def _inline_credit(self, line: _Line, i: int) -> None:
        lex = self.lex
        if lex.credit_inline is None or line.words > 80:
            return
        for m in lex.credit_inline.finditer(line.text):
            cut = m.start() + (len(m.group()) - len(m.group().lstrip()))
            tail = line.text[cut:]
            if len(tail.split()) <= 10 and not re.search(r"[.!?]\s*$", tail.rstrip(".").rstrip()):
                s = line.start + cut
                line.pieces = [
                    _Piece(line.start, s, line.text[:cut].rstrip(), i, "caption"),
                    _Piece(s, line.end, tail, i, "credit"),
                ]
                return

    def _outlet_from_von(self, s: str) -> None:
        m = re.match(r"^\s*Von\s*:\s*(.+?)\s*$", s)
        if m and self.outlet is None:
            self.outlet = m.group(1)[:120]

    def _donation_blocks(self, end: int) -> None:
        blocks: dict[int, list[int]] = {}
        for i in range(end):
            blocks.setdefault(self.lines[i].block, []).append(i)
        for idxs in blocks.values():
            free = [i for i in idxs if self._free(i)]
            if not free:
                continue
            if sum(self.lines[i].words for i in free) <= _DONATION_BLOCK_WORDS:
                groups = [free]  # a wrapped paragraph: judge it as a whole
            else:
                groups = [[i] for i in free]  # a long run of lines (PDF page): line by line
            for group in groups:
                if self._donation(" ".join(self.lines[i].text for i in group)):
                    for i in group:
                        self.lines[i].kind = "donation"

    def _captions(self, end: int) -> None:
        lines = self.lines
        for i in range(1, end):
            if lines[i].kind == "credit" and lines[i - 1].block == lines[i].block and self._free(i - 1):
                prev = lines[i - 1].text
                if lines[i - 1].words <= 60 and not _LIST_ITEM.match(prev) and len(_SENTENCE_ENDS.findall(prev)) < 3:
                    lines[i - 1].kind = "caption"  # a list item or a paragraph of sentences is text

    def _related_sections(self, end: int) -> None:
        lines = self.lines
        i = 0
        while i < end:
            if lines[i].kind == "related" and self.lex.related_header is not None and self.lex.related_header.match(lines[i].text):
                j = i + 1
                while j < end and (self._free(j) and lines[j].words <= 30 or lines[j].kind == "related"):
                    j += 1
                if j >= end and not any(self._free(k) and lines[k].words >= 12 for k in range(i)):
                    # the header opens the page and its "box" would be the whole page: a kicker
                    # ("Newsticker" above a ticker of short entries), not a box of other stories
                    lines[i].kind = None
                    i += 1
                    continue
                for k in range(i + 1, j):
                    lines[k].kind = "related"
                i = j
            else:
                i += 1

    def _media_teasers(self, end: int) -> None:
        """A short block opened by "Video"/"Audio"/"Watch" or holding a running time ("2:14 min"):
        a teaser for a clip, whose title and date are the clip's, not the article's."""
        lex = self.lex
        if lex.media_header is None and lex.media_line is None:
            return
        blocks: dict[int, list[int]] = {}
        for i in range(end):
            blocks.setdefault(self.lines[i].block, []).append(i)
        for idx in blocks.values():
            if len(idx) > _MEDIA_BLOCK_LINES or any(self.lines[i].words > 12 for i in idx):
                continue
            first = self.lines[idx[0]].text
            opened = lex.media_header is not None and lex.media_header.match(first)
            timed = lex.media_line is not None and any(lex.media_line.match(self.lines[i].text) for i in idx)
            if not (opened or timed) or len(idx) < 2:
                continue
            for i in idx:
                if self.lines[i].kind in (None, "nav", "menu"):
                    self.lines[i].kind = "related"

    def _top_zone(self, end: int) -> int:
        """Index of the first long paragraph (metadata headers come before it)."""
        for i in range(min(end, _TOP_LINES)):
            if self._free(i) and self.lines[i].words >= _LONG_PARAGRAPH_WORDS and _ends_sentence(self.lines[i].text):
                return i
        return min(end, _TOP_LINES)

    def _top_metadata(self, end: int) -> None:
        lex = self.lex
        top = self._top_zone(end)
        for i in range(top):
            line = self.lines[i]
            if not self._free(i):
                continue
            s = line.text
            only = _date_only(s)
            if only:
                line.kind = "metadata"
                self.dates.append((only[0], only[1], s))
                continue
            if lex.byline is not None and line.words <= 8 and lex.byline.match(s) and self._byline(s):
                line.kind = "metadata"
                continue
            spans = _find_labelled_dates(lex, s)
            von = re.search(r"(?<!\w)Von\s*:\s*(?P<v>[^:]{1,120}?)\s*$", s)
            cuts: list[tuple[int, int]] = [(a, b) for a, b, _, _ in spans]
            for a, b, d, p in spans:
                self.dates.append((d, p, s[a:b]))
            if von:
                cuts.append((von.start(), von.end()))
                if self.outlet is None:
                    self.outlet = von.group("v")
            if not cuts:
                continue
            cuts.sort()
            pieces: list[_Piece] = []
            pos = 0
            for a, b in cuts:
                if a < pos:
                    continue
                gap = s[pos:a]
                if gap.strip():
                    off = pos + len(gap) - len(gap.lstrip())
                    pieces.append(_Piece(line.start + off, line.start + off + len(gap.strip()), gap.strip(), i))
                pieces.append(_Piece(line.start + a, line.start + b, s[a:b], i, "metadata"))
                pos = b
            gap = s[pos:]
            if gap.strip():
                off = pos + len(gap) - len(gap.lstrip())
                pieces.append(_Piece(line.start + off, line.start + off + len(gap.strip()), gap.strip(), i))
            if all(p.kind == "metadata" for p in pieces):
                line.kind = "metadata"
            else:
                line.pieces = pieces

    def _name_bylines(self, end: int) -> None:
        """Bylines without "Von"/"By" beside the date line: "Jane Roe in Brussels", "Jan Roe, Genf
        03.06.2024, 14.31 Uhr 4 min", "By Jane Roe · June 3, 2024"."""
        from desktop.core.actors.lexicon import ActorLexicon

        top = self._top_zone(end)
        first_names: ActorLexicon | None = None
        for i in range(top):
            line = self.lines[i]
            if line.pieces and line.words <= 14 and any(p.kind == "metadata" for p in line.pieces) and _date_line(line.text):
                line.pieces, line.kind = [], "metadata"  # "Updated on: June 3, 2024 / 6:02 PM EDT / Example News"
                continue
            if not self._free(i) or line.pieces or line.words > 14:
                continue
            s = line.text
            if _date_line(s):
                line.kind = "metadata"  # "Wednesday 7 May 2025 21:12, UK", "March 11, 2025 / 6:02 PM EDT / Example News"
                continue
            parts = [p.strip() for p in _BYLINE_SEPARATORS.split(s) if p.strip()]
            if len(parts) > 1 and all(_date_only(p) or (self.lex.byline is not None and self.lex.byline.match(p) and self._byline(p))
                                      for p in parts) and any(_date_only(p) for p in parts):
                line.kind = "metadata"  # "By Jane Roe · June 3, 2024"
                continue
            m = _NAME_LINE.match(s)
            if m is None or not any(self._free(k) for k in range(i)):
                continue  # no headline above it: "Emmanuel Macron in Washington" may be the headline itself
            if first_names is None:
                first_names = ActorLexicon.load()
            if not first_names.is_first_name(s.split()[0]):
                continue
            rest = s[m.end():].strip(" ,|·•")
            if rest:
                if _starts_with_stamp(rest):
                    line.kind = "metadata"  # "Jan Roe, Genf 03.06.2024, 14.31 Uhr 4 min"
            elif line.words <= 7 and any(0 <= j < len(self.lines) and self.lines[j].block == line.block
                                         and _starts_with_stamp(self.lines[j].text) for j in (i - 1, i + 1)):
                line.kind = "metadata"  # "Jane Roe in Brussels" above or below the date line

    def _byline(self, s: str) -> bool:
        rest = self.lex.byline.sub("", s, count=1) if self.lex.byline else s
        rest = re.sub(r",\s*[A-ZÄÖÜ][\w-]+$", "", rest)  # "Von Max Muster, Berlin"
        names = [t for t in re.split(r"\s+|,", rest) if t]
        return bool(names) and all(t[:1].isupper() or t.casefold() in {"und", "and", "&", "von", "van", "de", "der"} for t in names)

    def _signoffs(self, end: int) -> None:
        """Agency lines such as "dpa" or "(dpa/AFP)" after the body."""
        lines = self.lines
        for i in range(end - 1, -1, -1):
            line = lines[i]
            if not self._free(i):
                if line.kind in FURNITURE_KINDS or line.kind == "nav":
                    continue
                break
            if line.words <= 10 and self._signoff(line.text):
                line.kind = "metadata"
                if self.outlet is None:
                    self.outlet = self._agencies_in(line.text)
                continue
            # "... last sentence. (dpa)" at the end of the last paragraph
            m = re.search(r"\s\(([^()]{2,30})\)\s*$", line.text)
            if m and self._signoff(m.group(1)):
                cut = m.start() + 1
                line.pieces = [
                    _Piece(line.start, line.start + cut - 1, line.text[: cut - 1], i),
                    _Piece(line.start + cut, line.end, line.text[cut:], i, "metadata"),
                ]
            break

    def _agencies_in(self, s: str) -> str | None:
        found = self.lex.agency_re.findall(s) if self.lex.agency_re is not None else []
        return "/".join(dict.fromkeys(found))[:80] or None

    def _headings_before_tail(self, end: int) -> None:
        lines = self.lines
        for i in range(end - 1, -1, -1):
            if not self._free(i) or not _heading_like(lines[i].text):
                continue
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].kind != "nav"), None)
            if nxt is not None and lines[nxt].kind in _TAIL_KINDS:
                lines[i].kind = lines[nxt].kind

    def _units(self, end: int) -> list[_Piece]:
        """Undecided pieces in text order (whole free lines, or free parts of split lines)."""
        out: list[_Piece] = []
        for i in range(end):
            line = self.lines[i]
            if line.pieces:
                out.extend(p for p in line.pieces if p.kind is None)
            elif line.kind is None:
                out.append(_Piece(line.start, line.end, line.text, i))
        return out

    def _alone_in_block(self, i: int) -> bool:
        """No other undecided line shares the block (so it is not a wrapped paragraph)."""
        line = self.lines[i]
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.lines) and self.lines[j].block == line.block and self._free(j):
                return False
        return True

    def _title_and_lead(self, end: int) -> None:
        units = self._units(end)
        title_at = None
        for k, u in enumerate(units[:4]):
            line = self.lines[u.line]
            if _title_like(u.text) and (
                self._alone_in_block(u.line) or line.pieces or self._short_first_line(u.line) or self._among_kickers(u.line)
            ):
                nxt = units[k + 1] if k + 1 < len(units) else None
                if nxt is not None and _title_like(nxt.text) and len(nxt.text.split()) > max(2, len(u.text.split())) and (
                        len(u.text.split()) <= 2 or len(u.text.split()) <= 4 and nxt.line == u.line + 1
                        and self.lines[nxt.line].block == line.block):
                    continue  # a kicker ("Ukraine-Krieg", "Gespräche in Riad" on the line above) before the real title
                title_at = k
                break
            if len(u.text.split()) > 2:
                break  # the text starts with body: no title
        if title_at is None:
            return
        t = units[title_at]
        self._mark(t, "title")
        self.title = t.text
        for u in units[:title_at]:
            self._mark(u, "heading")
        if title_at + 1 < len(units) - 1:
            lead = units[title_at + 1]
            words = len(lead.text.split())
            if _ends_sentence(lead.text) and 5 <= words <= _LEAD_MAX_WORDS and not self._multi_line_block(lead.line):
                self._mark(lead, "lead")

    def _among_kickers(self, i: int) -> bool:
        """The other undecided lines of the block are short labels ("Waffenruhe" over the title)."""
        block = self.lines[i].block
        others = [
            ln for j, ln in enumerate(self.lines[max(0, i - 3) : i + 4], start=max(0, i - 3))
            if j != i and ln.block == block and self._free(j)
        ]
        return bool(others) and all(ln.words <= 3 and not _ends_sentence(ln.text) for ln in others)

    def _short_first_line(self, i: int) -> bool:
        """First line of a wrapped block that is clearly shorter than the rest (a title over a paragraph)."""
        line = self.lines[i]
        if i > 0 and self.lines[i - 1].block == line.block:
            return False
        rest = [ln for ln in self.lines[i + 1 : i + 40] if ln.block == line.block]
        if not rest:
            return False
        longest = max(len(ln.text) for ln in rest)
        return len(line.text) < 0.6 * longest

    def _multi_line_block(self, i: int) -> bool:
        return not self._alone_in_block(i)

    def _mark(self, piece: _Piece, kind: str) -> None:
        line = self.lines[piece.line]
        if line.pieces:
            for p in line.pieces:
                if p.start == piece.start and p.end == piece.end:
                    p.kind = kind
        else:
            line.kind = kind

    def _datelines(self, end: int) -> None:
        if not self.lex.datelines:
            return
        checked = 0
        for u in self._units(end):
            if checked >= 3:
                break
            if len(u.text.split()) < 8:
                continue
            checked += 1
            for pat in self.lex.datelines:
                m = pat.match(u.text)
                if not m or not self._dateline_source(m.group("src")):
                    continue
                line = self.lines[u.line]
                cut = m.end()
                meta = _Piece(u.start, u.start + len(m.group().rstrip()), m.group().rstrip(), u.line, "metadata")
                body = _Piece(u.start + cut, u.end, u.text[cut:], u.line)
                if line.pieces:
                    idx = next(k for k, p in enumerate(line.pieces) if p.start == u.start)
                    line.pieces[idx : idx + 1] = [meta, body]
                else:
                    line.pieces = [meta, body]
                if self.outlet is None:
                    self.outlet = m.group("src").strip()
                return

    def _dateline_source(self, src: str) -> bool:
        src = src.strip()
        if self.lex.agency_re is not None and self.lex.agency_re.search(src) and len(src) <= 40:
            return True
        # a short lower-case or all-caps outlet token: "taz", "AFP", "RND"
        return bool(re.fullmatch(r"[a-z]{2,8}|[A-Z]{2,6}|[a-z]+\.(?:de|com|at|ch)", src))

    def _headings_and_body(self, end: int) -> None:
        units = self._units(end)
        for k, u in enumerate(units):
            if 0 < k < len(units) - 1 or (k == 0 and len(units) > 1):
                if _heading_like(u.text) and self._alone_in_block(u.line) and not self.lines[u.line].pieces:
                    self._mark(u, "heading")
                    continue
            self._mark(u, "body")

    def _nav_kinds(self) -> None:
        lines = self.lines
        article = [i for i, ln in enumerate(lines) if ln.kind in ARTICLE_REGION_KINDS or any(p.kind in ARTICLE_REGION_KINDS for p in ln.pieces)]
        last = article[-1] if article else -1
        for i, ln in enumerate(lines):
            if ln.kind == "nav":
                ln.kind = "footer" if 0 <= last < i else "menu"

    def _inline_related(self) -> None:
        """Teasers of other stories inside a line of the text (hover cards after a name)."""
        for i, line in enumerate(self.lines):
            if line.pieces or line.kind not in ARTICLE_REGION_KINDS:
                continue
            cuts = []
            for pattern in self.lex.inline_related:
                for m in pattern.finditer(line.text):
                    a, b = m.span("x") if "x" in pattern.groupindex else m.span()
                    if b > a:
                        cuts.append((a, b))
            if not cuts:
                continue
            pos, pieces = 0, []
            for a, b in sorted(cuts):
                if a < pos:
                    continue
                if a > pos:
                    pieces.append(_Piece(line.start + pos, line.start + a, line.text[pos:a], i, line.kind))
                pieces.append(_Piece(line.start + a, line.start + b, line.text[a:b], i, "related"))
                pos = b
            if pos < len(line.text):
                pieces.append(_Piece(line.start + pos, line.end, line.text[pos:], i, line.kind))
            line.pieces = pieces

    # result
    def pieces(self) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for line in self.lines:
            if line.pieces:
                out.extend((p.start, p.end, p.kind or "body") for p in line.pieces)
            else:
                out.append((line.start, line.end, line.kind or "body"))
        return out

    def published(self) -> PubDate | None:
        if not self.dates:
            return None
        rank = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.YEAR: 4}
        best = min(enumerate(self.dates), key=lambda x: (rank.get(x[1][1], 5), x[0]))[1]
        return PubDate(best[0], best[1], DateSource.METADATA, best[2].strip())


def _regions(text: str, pieces: list[tuple[int, int, str]]) -> tuple[Region, ...]:
    if not text:
        return ()
    pieces = sorted(p for p in pieces if p[1] > p[0])
    if not pieces:
        return (Region(0, len(text), "body"),)
    out: list[Region] = []
    for k, (start, _end, kind) in enumerate(pieces):
        s = 0 if k == 0 else start
        e = pieces[k + 1][0] if k + 1 < len(pieces) else len(text)
        if e <= s:
            continue
        if out and out[-1].kind == kind and out[-1].end == s:
            out[-1] = Region(out[-1].start, e, kind)
        elif out and out[-1].end != s:
            # never leave a gap: the previous region stretches to this one
            out[-1] = Region(out[-1].start, s, out[-1].kind)
            out.append(Region(s, e, kind))
        else:
            out.append(Region(s, e, kind))
    return tuple(out)


def leading_date_label(text: str) -> int:
    """The end of a date label that opens ``text`` (" date 2023-10 München: ..." -> after the
    date), or 0: what a stand-in title leaves out."""
    lex = load_lexicon()
    start = len(text) - len(text.lstrip())
    m = lex.date_label.match(text, start) if lex.date_label is not None and start <= 2 else None
    got = _date_at(text, m.end()) if m else None
    return got[0] if got else 0


def analyse_structure(text: str, lang: str | None = None) -> TextStructure:
    """Regions (article parts and page furniture), title, outlet and publication date of a text.

    ``lang`` is accepted for future use; the lexicons of all languages are applied,
    since pages mix them ("Newsletter", "Share", "Startseite").
    """
    a = _Analysis(text, load_lexicon())
    try:
        a.run()
    except RecursionError:  # pragma: no cover - nothing here recurses; belt and braces
        return TextStructure((Region(0, len(text), "body"),) if text else ())
    return TextStructure(
        regions=_regions(text, a.pieces()),
        title=a.title,
        outlet=a.outlet,
        published=a.published(),
    )


# --- content key ---------------------------------------------------------------------

#: (character, its plain form): quotes and dashes unified.  Replaced one character at a time with
#: str.replace, which is many times faster than str.translate on non-ASCII text; the plain forms are
#: no keys, so the order does not matter.
_QUOTES = tuple((c, '"') for c in "„“”«»‟″") + tuple((c, "'") for c in "‚‘’‹›‛′") + tuple((c, "-") for c in "‐‑‒–—―−")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalise_for_key(text: str) -> str:
    """Text as compared for duplicates: NFKC, casefolded, quotes/dashes unified, whitespace folded."""
    t = unicodedata.normalize("NFKC", text)
    t = _INVISIBLE.sub("", t)
    for c, plain in _QUOTES:
        if c in t:
            t = t.replace(c, plain)
    t = t.casefold()
    return " ".join(t.split())


def content_key(text: str) -> str:
    """Stable key of a text's content: the same article under another name or format gets the same key."""
    return hashlib.sha256(normalise_for_key(text).encode("utf-8")).hexdigest()[:24]
