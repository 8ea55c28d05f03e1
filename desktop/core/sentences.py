"""Sentence splitting for German and English news text.

Rule-based and fast (a 600-word article in well under a millisecond):
a sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing quotes or
brackets) when the next word starts a new sentence, unless the full stop belongs
to an abbreviation ("z. B.", "Dr.", "J. D. Vance"), an ordinal date ("13. Februar",
"am 3. Mai") or a number ("17.05.2025"). Blank lines always end a sentence; a
single line break ends one after final punctuation or after a short line without
punctuation (headings, titles).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache

from desktop.core.model import Region, Sentence
from desktop.core.resources import resource_path

_CLOSERS = "\"'”“»«)’]"
_BOUNDARY = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s)|\n[ \t]*\n|\n")
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}(?:\.(?:\d{2}|\d{4}))?")
_NEXT_WORD = re.compile(r"\s*[" + re.escape(_CLOSERS) + r"(\[–-]*\s*(\S+)")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(abbreviations without final dot, lower-case; month names lower-case; the words after
    which a number with a dot is an ordinal, lower-case; the words no line ends on that ends
    its sentence, lower-case)."""
    path = resource_path("lexicons", "sentences.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    abbrevs = frozenset(a.lower().rstrip(".") for a in data.get("abbreviations", []))
    months = frozenset(m.lower() for m in data.get("months", []))
    determiners = frozenset(m.lower() for m in data.get("ordinal_after", []))
    running = frozenset(m.lower() for m in data.get("line_runs_on_after", []))
    return abbrevs, months, determiners, running


def _word_before(text: str, lo: int, hi: int) -> str:
    """The run of non-space characters that ends at ``hi`` (or just before a final newline there),
    starting at ``lo`` at the earliest, or "".  Scanned backwards: a regex ``(\\S+)$`` searched from
    ``lo`` tries every start, backtracking in each word."""
    end = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    j = end
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return text[j:end]


def _is_false_stop(text: str, dot: int, after: int) -> bool:
    """True when the full stop at ``dot`` does not end a sentence."""
    if text[dot] != ".":
        return False
    abbrevs, months, determiners, _ = _lexicon()
    before = _word_before(text, max(0, dot - 60), dot)
    core = before.lstrip("(\"'„“»«[").rstrip(".")
    low = core.lower()
    nxt = _NEXT_WORD.match(text, after)
    next_word = nxt.group(1) if nxt else ""
    next_low = next_word.lower().strip(",.;:" + _CLOSERS)
    if not next_word:
        return False
    if low in abbrevs:
        return True
    # initials: "J. D. Vance", "U. S."
    if len(core) == 1 and core.isalpha() and core.isupper():
        return True
    # "z.B." style internal dots
    if "." in core and len(core) <= 6 and core.replace(".", "").isalpha():
        return True
    if _NUMERIC_DATE.fullmatch(core) and (next_word[:1].isdigit() or next_word[:1].islower()):
        return True  # "ab Mittwoch (11.8.) 48 Stunden lang"
    if core.isdigit() and len(core) <= 2:
        # ordinals: "13. Februar", "am 3. Mai", "der 2. Weltkrieg"
        if next_low in months or (next_low.endswith("s") and next_low[:-1] in months):  # "des 31. Dezembers"
            return True
        if next_word[:1].islower():
            return True
        j = dot - len(before)
        while j > 0 and text[j - 1].isspace():
            j -= 1
        prev = _word_before(text, max(0, j - 60), j)
        if prev and prev.lower().strip("(\"'„“»«[") in determiners:
            return True  # "des 12. Nordhafener Filmpreises", "zum 70. Geburtstag"
    # the next word starts in lower case: not a sentence start (German nouns are capitalised,
    # so a lower-case start is a strong sign), unless it is a digit or quote
    if next_word[:1].islower():
        return True
    return False


#: a block with a line longer than this is not wrapped at a fixed width (its paragraphs are lines):
#: a line break there ends a sentence even after a long line without final punctuation
WRAP_MAX = 160


def _split_block(text: str, start: int, end: int, out: list[Sentence]) -> None:
    pos = start
    wrapped = max((len(line) for line in text[start:end].split("\n")), default=0) <= WRAP_MAX
    for m in _BOUNDARY.finditer(text, start, end):
        token = m.group(0)
        if token.startswith("\n"):
            if token.strip(" \t\n") == "" and token.count("\n") >= 2:
                cut = m.start()
            else:
                # single newline: a break after final punctuation or a short unpunctuated line
                line_start = text.rfind("\n", pos, m.start()) + 1 if text.rfind("\n", pos, m.start()) >= 0 else pos
                line = text[max(line_start, pos):m.start()].rstrip()
                if not line:
                    cut = m.start()
                elif line[-1] in ".!?:" + _CLOSERS:
                    cut = m.start()
                elif (len(line) < 90 or not wrapped) and not _runs_on(line, text, m.end()):
                    cut = m.start()
                else:
                    continue
            _emit(text, pos, cut, out)
            pos = m.end()
            continue
        if _is_false_stop(text, m.start(), m.end()):
            continue
        _emit(text, pos, m.end(), out)
        pos = m.end()
    _emit(text, pos, end, out)


def _runs_on(line: str, text: str, after: int) -> bool:
    """A line broken inside its sentence: it ends on a word no sentence or heading ends on
    ("Erste Flüge für den" / "Einsatz fanden am Montag statt") and the next line goes on in words."""
    last = line.rsplit(None, 1)[-1].lower()
    nxt = text[after:after + 1]
    return last in _lexicon()[3] and nxt.isalpha()


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def split_sentences(
    text: str, regions: Sequence[Region] | None = None, lang: str = "de"
) -> list[Sentence]:
    """Sentences of ``text``; with ``regions``, only inside the article regions.

    Sentences never cross a region boundary. ``lang`` is accepted for symmetry; the
    rules cover German and English alike."""
    out: list[Sentence] = []
    if regions:
        for r in regions:
            if r.is_article:
                _split_block(text, r.start, r.end, out)
    else:
        _split_block(text, 0, len(text), out)
    return out
