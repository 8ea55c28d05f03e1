"""Headlines as a reader writes them: a lost space restored, and a stand-in when there is none.

``repair_title`` mends the one fault saved pages make in headlines: the kicker glued to the
headline without a space ("... Putin und TrumpWeiter Weg ...").  ``display_title`` is what
lists and source cards show: the headline, else the article's first sentence (shortened),
else the file name; ``title_is_derived`` says when it is not a headline.
Words with an inner capital on purpose are data (``resources/lexicons/titles.json``).
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache

from desktop.core.model import Article
from desktop.core.resources import resource_path
from desktop.core.sentences import split_sentences
from desktop.core.structure import leading_date_label

#: a lower-case letter directly followed by a capitalised word, inside one token
_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß]{2,})")
_TOKEN = re.compile(r"\S+")
#: longest stand-in title (characters) taken from the first sentence
DERIVED_MAX = 90


@lru_cache(maxsize=1)
def _camel_words() -> tuple[str, ...]:
    try:
        data = json.loads(resource_path("lexicons", "titles.json").read_text(encoding="utf-8"))
        return tuple(data.get("camel_case_words", ()))
    except (OSError, ValueError):
        return ()


def repair_title(title: str | None) -> str | None:
    """``title`` with a kicker glued to the headline separated by ": " (once)."""
    if not title:
        return title
    for tok in _TOKEN.finditer(title):
        word = tok.group()
        if any(word.lstrip("„\"'(").startswith(c) for c in _camel_words()):
            continue
        m = _GLUED.search(word)
        if m is None or m.start() < 3:
            continue
        cut = tok.start() + m.start()
        return title[:cut] + ": " + title[cut:]
    return title


def _first_sentence(article: Article) -> str:
    spans = [(r.start, r.end) for r in article.regions if r.is_article and r.kind != "title"]
    text = article.text[spans[0][0]: spans[0][1]] if spans else article.text
    text = text[leading_date_label(text):]  # " date 2023-10 München: ..." is not the sentence
    # the sentence splitter keeps "Die Preisverleihung des 70. Filmfestivals ..." whole; a kicker
    # on a line of its own ("Niederösterreich") is not the sentence
    found = [" ".join(s.text.split()) for s in split_sentences(text[:2000])]
    sentence = next((s for s in found if len(s.split()) >= 4), found[0] if found else " ".join(text.split()))
    if len(sentence) > DERIVED_MAX:
        cut = sentence.rfind(" ", 0, DERIVED_MAX - 1)
        sentence = sentence[: cut if cut > 30 else DERIVED_MAX - 1].rstrip(",;:–- ") + " …"
    return sentence


def title_is_derived(article: Article) -> bool:
    """True when the article has no headline (lists show its first sentence instead)."""
    return not (article.title or "").strip()


def display_title(article: Article) -> str:
    """The headline, else the first sentence (shortened), else the file name."""
    if not title_is_derived(article):
        return str(article.title)
    sentence = _first_sentence(article) if article.text.strip() else ""
    return sentence or os.path.basename(article.path) or article.id


def short_name(article: Article) -> str:
    """Outlet · title, or the title alone: what tells articles apart in a narrow column (lanes)."""
    title = display_title(article)
    return f"{article.outlet} · {title}" if article.outlet else title
