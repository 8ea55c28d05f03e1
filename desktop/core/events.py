"""Events: from sentences with a date, actors and a trigger word; merged within and across articles.

An *event mention* is one sentence reporting something at a time: a resolved
temporal expression (or, for the news lead, the publication date itself), the
actors of that sentence and the trigger word nearest to the date ("telefoniert",
"Gefangenenaustausch").  Mentions become *events* by a greedy clustering that
starts from the most precise dates: a mention joins an event when the dates are
compatible, the trigger classes agree (or are related) and the persons involved
are largely the same.  An event keeps the date of its most precise mentions, so
"Mitte Februar" joins the 12 February call instead of widening it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import TypeVar

from desktop.core.actors.keys import possessive_base
from desktop.core.model import (
    PRECISION_RANK,
    ActorKind,
    Article,
    Event,
    EventMention,
    Mention,
    Precision,
    Sentence,
    Status,
    Timex,
)
from desktop.core.datelines import line_stamps
from desktop.core.datelines import load_lexicon as datelines_lexicon
from desktop.core.resources import resource_path, user_lexicon_dir
from desktop.core.structure import first_chars_lookahead, leading_date_label
from desktop.core.timex import past_verb_before, reporting_verbs, tense_of
from desktop.core.timex.context import clause_span
from desktop.core.timex.engine import NIGHT_INTO

#: trigger classes that describe something happening (used to date the news lead
#: by its publication date when it has no date expression of its own)
EVENTIVE = frozenset(
    {"call", "talks", "meeting", "conference", "visit", "agreement", "attack", "ceasefire",
     "prisoner_exchange", "inauguration", "publication", "alarm", "resignation", "sanctions"}
)
#: an undated report may join an event up to this many days before its publication,
#: or (when it is about the future) up to this many days after
IMPLICIT_WINDOW_DAYS = 3
#: an unpunctuated line of at most this many words is a heading, not a statement
HEADING_WORDS = 14
IMPLICIT_FUTURE_DAYS = 14
_WEEKDAY_OR_DATE = re.compile(
    r"\d{1,2}\.\s*\d{1,2}\.|\d{4}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|januar|februar|märz|april|mai|juni|"
    r"juli|august|september|oktober|november|dezember|january|february|march|may|june|july|"
    r"october|december|heute|gestern|morgen|today|yesterday|tomorrow|tonight|\bthis\b|\bdiese[nmrs]?\b",
    re.IGNORECASE,
)


def _pattern(word: str) -> str:
    word = word.strip().lower()
    parts = []
    for piece in word.split(" "):
        if piece == "*":
            parts.append(r"\w+")
            continue
        p = re.escape(piece.strip("*"))
        if piece.startswith("*"):
            p = r"\w*" + p
        if piece.endswith("*"):
            p = p + r"\w*"
        parts.append(p)
    return r"\s+".join(parts)


def _lookahead_words(alternation: str) -> re.Pattern[str]:
    """Whole words of ``alternation``, case-blind, tried only where one may begin (structure's look-ahead)."""
    return re.compile(r"(?<!\w)" + first_chars_lookahead(alternation, re.IGNORECASE) + "(?:" + alternation + r")(?!\w)",
                      re.IGNORECASE)


_TOKEN = re.compile(r"\w+")
_UNSEEN = "?"  # no class name: a word not looked up yet


@dataclass(frozen=True)
class EventLexicon:
    """Trigger words by class, matched by dictionary lookups on lower-cased words.

    A lexicon word is a whole word ("traf"), a prefix ("telefonier*"), an infix
    ("*konferenz*"), a suffix ("*abkommen") or a phrase ("took office")."""

    exact: Mapping[str, str]
    prefixes: Mapping[str, str]
    infixes: tuple[tuple[str, str], ...]
    suffixes: tuple[tuple[str, str], ...]
    phrases: re.Pattern[str] | None
    phrase_class: Mapping[str, str]
    labels: Mapping[str, Mapping[str, str]]
    related: Mapping[str, frozenset[str]]
    future: Mapping[str, re.Pattern[str]]
    phrase_first: frozenset[str] = frozenset()  # the first words of the phrases: no phrase search without one
    grammar: Mapping[str, frozenset[str]] = field(default_factory=dict)  # function words by role ("openers")
    _cache: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)  # word -> class

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> EventLexicon:
        files = [resource_path("lexicons", "events.json")]
        user = user_lexicon_dir()
        if user.is_dir():
            files += sorted(user.glob("events*.json"))
        classes: dict[str, dict] = {}
        future: dict[str, list[str]] = {}
        grammar: dict[str, set[str]] = {}
        for f in files:
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            for name, spec in data.get("classes", {}).items():
                cur = classes.setdefault(name, {"label": {}, "related": [], "words": []})
                cur["label"].update(spec.get("label", {}))
                cur["related"] += spec.get("related", [])
                cur["words"] += spec.get("words", [])
            for lang, words in data.get("future", {}).items():
                future.setdefault(lang, []).extend(words)
            for role, words in data.get("grammar", {}).items():
                if isinstance(words, list):
                    grammar.setdefault(role, set()).update(w.lower() for w in words)
        exact: dict[str, str] = {}
        prefixes: dict[str, str] = {}
        infixes: list[tuple[str, str]] = []
        suffixes: list[tuple[str, str]] = []
        phrase_class: dict[str, str] = {}
        for name, spec in classes.items():
            for w in spec["words"]:
                w = w.strip().lower()
                if not w:
                    continue
                if " " in w:
                    phrase_class[_pattern(w)] = name
                elif w.startswith("*") and w.endswith("*"):
                    infixes.append((w.strip("*"), name))
                elif w.startswith("*"):
                    suffixes.append((w.strip("*"), name))
                elif w.endswith("*"):
                    prefixes.setdefault(w.rstrip("*"), name)
                else:
                    exact.setdefault(w, name)
        phrases = None
        if phrase_class:
            alternation = "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(phrase_class))
            phrases = re.compile(first_chars_lookahead(alternation, re.IGNORECASE) + "(?:" + alternation + ")",
                                 re.IGNORECASE)
        related = {
            n: frozenset(s["related"]) | {r for r, o in classes.items() if n in o["related"]}
            for n, s in classes.items()
        }
        fut = {lang: _lookahead_words("|".join(sorted({_pattern(w) for w in ws}, key=len, reverse=True)))
               for lang, ws in future.items()}
        firsts = frozenset(w.strip().lower().split()[0].strip("*") for spec in classes.values()
                           for w in spec["words"] if " " in w.strip())
        return cls(exact, prefixes, tuple(infixes), tuple(suffixes), phrases,
                   {f"p{i}": c for i, c in enumerate(phrase_class.values())},
                   {n: s["label"] for n, s in classes.items()}, related, fut, firsts,
                   {role: frozenset(ws) for role, ws in grammar.items()})

    @cached_property
    def _longest_prefix(self) -> int:
        return max(map(len, self.prefixes), default=0)

    def about_the_article(self, sentence: str) -> bool:
        """The sentence speaks of the page itself ("Here is a timeline of ...", "Hier lesen Sie ...")."""
        start = " ".join(sentence.split(None, 4)[:4]).lower()
        return start.startswith(self._about_the_article)

    @cached_property
    def _about_the_article(self) -> tuple[str, ...]:
        return tuple(self.grammar.get("about_the_article", ()))

    def words(self, role: str) -> frozenset[str]:
        """The function words of a role ("openers", "date_particles", ...), lower case."""
        return self.grammar.get(role, frozenset())

    def word_class(self, word: str) -> str | None:
        w = word.lower()
        cache = self._cache
        try:
            return cache[w]
        except KeyError:
            pass
        if len(cache) > 200_000:
            cache.clear()
        cache[w] = cls = self._word_class(w)
        return cls

    def _word_class(self, w: str) -> str | None:
        cls = self.exact.get(w)
        if cls:
            return cls
        for n in range(min(len(w), self._longest_prefix), 2, -1):  # no copy longer than a prefix
            cls = self.prefixes.get(w[:n])
            if cls:
                return cls
        for part, c in self.infixes:
            if part in w:
                return c
        for part, c in self.suffixes:
            if w.endswith(part):
                return c
        return None

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, word, class) of every trigger in ``text``."""
        out = []
        word_class = self.word_class
        cache = self._cache
        firsts = self.phrase_first
        phrase_here = False
        for m in _TOKEN.finditer(text):
            w = m.group()
            low = w.lower()
            if not phrase_here and low in firsts:
                phrase_here = True
            if len(w) < 3 or w[0].isdigit():
                continue
            cls = cache.get(low, _UNSEEN)  # word_class's memo read here: the loop runs for every word
            if cls is _UNSEEN:
                cls = word_class(w)
            if cls:
                out.append((m.start(), m.end(), w, cls))
        if self.phrases is not None and (phrase_here or "" in firsts):
            for m in self.phrases.finditer(text):
                out.append((m.start(), m.end(), m.group(0), self.phrase_class[m.lastgroup or ""]))
        return out

    def is_future(self, text: str, lang: str) -> bool:
        pat = self.future.get(lang) or self.future.get("de")
        return bool(pat and pat.search(text))

    def label(self, cls: str | None, lang: str) -> str | None:
        if not cls:
            return None
        labels = self.labels.get(cls, {})
        return labels.get(lang) or labels.get("en")

    def compatible(self, a: str | None, b: str | None) -> int:
        """2 same class, 1 related or unknown, 0 unrelated."""
        if a == b:
            return 2
        if a is None or b is None:
            return 1
        return 1 if b in self.related.get(a, ()) else 0


# ---------------------------------------------------------------------------
# Mentions from one article
# ---------------------------------------------------------------------------


def _usable(t: Timex, anchor: date | None = None) -> bool:
    if t.type not in ("DATE", "TIME") or t.first is None or t.last is None:
        return False
    if t.precision is None:
        return False
    if t.relative and t.precision == Precision.YEAR and anchor is not None and t.first <= anchor <= t.last:
        return False  # "in diesem Jahr", "this year": some time this year is no event date
    if (t.last - t.first).days > 366 * 12 and not (
            _YEAR_SPAN.fullmatch(t.value or "") and (t.last - t.first).days <= 366 * _LONGEST_SPAN_YEARS):
        return False  # decades and centuries are not event dates; "von 1975 bis 1998 lehrte er" is a span of its own
    return True


#: an explicit span of years ("von 1975 bis 1998", "from 1980 to 1996"): the years a career or an
#: office lasted, dated by both ends
_YEAR_SPAN = re.compile(r"\d{4}/\d{4}")
_LONGEST_SPAN_YEARS = 60


def _nearest_trigger(
    triggers: Sequence[tuple[int, int, str, str]], pos: int, pos_end: int | None = None
) -> tuple[str | None, str | None]:
    """The trigger closest to the span [pos, pos_end) (reporting verbs count as further away)."""
    best = None
    best_score = 10**9
    pos_end = pos if pos_end is None else pos_end
    for start, end, word, cls in triggers:
        if pos <= start and end <= pos_end and pos_end > pos:
            continue  # a word of the date itself ("March 20") is no trigger
        dist = start - pos_end if start >= pos_end else max(0, pos - end)
        score = dist + (120 if cls == "statement" else 0)
        if score < best_score:
            best_score, best = score, (word, cls)
    return best if best else (None, None)


_ATTACHED_GAP = re.compile(r"^[\s\-–/]*(?:(?:der|des|dem|den|von|vom|zwischen|und|of|the|between|and)[\s\-–/]+)*$",
                           re.IGNORECASE)


def _own_actors(
    mentions: Sequence[Mention],
    text: str,
    offset: int,
    word: str | None,
    cls: str | None,
    triggers: Sequence[tuple[int, int, str, str]],
    lex: EventLexicon,
) -> tuple[str, ...]:
    """The sentence's actors less those attached to the word of another, unrelated event.

    "Nur Stunden nach den Putin-Trump-Gesprächen heulten in Kyjiw um 21 Uhr die Sirenen":
    Putin and Trump belong to the talks (their names are joined to the word), so the sirens
    at 21 Uhr are Kyjiw's.  Only actors directly joined to another event's word ("Trumps
    Amtsantritt", "Gespräche zwischen Putin und Trump") are taken away; reporting verbs
    ("sagte Peskow") never take actors."""
    others = [(st, en) for st, en, w, c in triggers
              if not (w == word and c == cls) and c != "statement" and lex.compatible(c, cls) == 0]
    if not others:
        return _sentence_actors(mentions)
    spans = sorted((m.start - offset, m.end - offset) for m in mentions)

    def attached(a: int, b: int, ts: int, te: int) -> bool:
        lo, hi = (b, ts) if b <= ts else (te, a)
        if hi - lo > 60:
            return False
        gap = text[lo:hi]
        for ms, me in spans:  # other names in the chain ("Putin-Trump Gespräche") are part of it
            if lo <= ms and me <= hi:
                gap = gap.replace(text[ms:me], " ", 1)
        return bool(_ATTACHED_GAP.match(gap))

    kept = [m for m in mentions
            if not any(attached(m.start - offset, m.end - offset, ts, te) for ts, te in others)]
    return _sentence_actors(kept)


def _sentence_actors(mentions: Sequence[Mention]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in mentions:
        seen.setdefault(m.actor, None)
    return tuple(seen)


_T = TypeVar("_T", Timex, Mention)


def _within(items: Sequence[_T], i: int, s: Sentence) -> tuple[int, list[_T]]:
    """Items (sorted by start) that start inside sentence ``s``; ``i`` is where to look from."""
    while i < len(items) and items[i].start < s.start:
        i += 1
    j = i
    while j < len(items) and items[j].start < s.end:
        j += 1
    return i, list(items[i:j])


def event_mentions(
    article: Article,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    mentions: Sequence[Mention],
    anchor: date | None,
    lexicon: EventLexicon | None = None,
) -> list[EventMention]:
    """Event mentions of one article: dated sentences, and undated reports that may join an event."""
    lex = lexicon or EventLexicon.load()
    lang = article.language or "de"
    out: list[EventMention] = []
    t_i = m_i = 0
    timexes = sorted(timexes, key=lambda t: t.start)
    mentions = sorted(mentions, key=lambda m: m.start)
    last_day: tuple[int, date] | None = None  # (sentence index, date) of the last day-level date
    topic: tuple[str, ...] = ()  # the actors of the paragraph's last sentence that named any
    seen_body = False  # a sentence of the body (not a heading) came before
    entry_day: date | None = None  # the day of the last ticker entry's own date line
    for s_index, s in enumerate(sentences):
        t_i, s_timexes = _within(timexes, t_i, s)
        head = leading_date_label(s.text) if s_index < 3 else 0
        if head:  # " date 2020-12-02 Britain on Wednesday ...": the page's date label is no event date
            s_timexes = [t for t in s_timexes if t.start - s.start >= head]
        m_i, s_mentions = _within(mentions, m_i, s)
        actors = _sentence_actors(s_mentions)
        if _paragraph_break(article.text, sentences, s_index):
            topic = ()
        elif actors and not s_timexes and s_index > 0 and _opens_with(s.text, lex.words("continuation_pronouns")):
            # "Der Preis wurde am Montag vergeben. Er ging an A und B.": the sentence that goes on
            # about the event names who it concerns
            prev = sentences[s_index - 1].start
            for k in range(len(out) - 1, -1, -1):
                if out[k].start != prev:
                    break
                if not out[k].actors:
                    out[k] = replace(out[k], actors=actors)
        # a heading: short and unpunctuated (a long unpunctuated line is cut-off text)
        is_heading = not s.text.rstrip().endswith((".", "!", "?", "“", "\"", "»", "«", "”")) and \
            len(s.text.split()) <= HEADING_WORDS and not _dated_item(s.text, s_timexes, s.start)
        if lex.about_the_article(s.text):  # "Here is a timeline of the past year": the page, no event
            continue
        if not s_timexes and not actors:  # neither dated nor about anyone: nothing to find here
            if anchor is not None and not is_heading:
                seen_body = seen_body or _predicative(s.text, 0, 0)
            continue
        triggers = [tr for tr in lex.find(s.text) if not _in_name(s, tr, s_mentions, lang)]
        future = lex.is_future(s.text, lang)
        dated = False
        # a ticker entry's clock time ("11:30 Uhr: ...") is when it was written, on the page's day
        stamp = s_timexes[0] if s_timexes and s_timexes[0].type == "TIME" and \
            not _WEEKDAY_OR_DATE.search(s_timexes[0].text) and _dated_item(s.text, s_timexes, s.start) else None
        own_line = _dateline_at_start(s.text, s_timexes, s.start)
        for t in s_timexes:
            first, last, precision = t.first, t.last, t.precision
            if own_line and t.end - s.start <= own_line:
                continue  # "Oberkirchen, 13. November 2024 – Die Stadtwerke haben am Dienstag ...": the page's date line
            if t.type == "TIME" and t is not stamp and any(
                    u.type == "DATE" and _side_by_side(s.text, s.start, t, u, lex) for u in s_timexes):
                continue  # "around 3 a.m. Sunday", "Sunday at 3 a.m.": the day says when
            if _date_line(s.text, t.start - s.start, t.end - s.start):
                continue  # "Updated: April 7, 2022", "Associated Press April 7, 2022 Updated:": the page's stamp
            if t is stamp:
                if len(s_timexes) > 1 or anchor is None:
                    continue  # the entry dates what it reports itself ("11:30 Uhr: ... am Donnerstag")
                first = last = entry_day if entry_day is not None and entry_day <= anchor else anchor
                precision = Precision.DAY
            elif (years := _years_shift(t, s_timexes, lex)) is not None:
                # "broke in 2019 and again two years later": counted from the sentence's year
                first, last, precision = date(years, 1, 1), date(years, 12, 31), Precision.YEAR
            elif (shift := _discourse_shift(t, lex)) is not None:
                # "a day earlier", "zwei Tage später", "am Tag darauf": counted from the day the
                # discourse is about, not from the day of writing
                if not last_day or s_index - last_day[0] > 8:
                    continue
                if any(u.end <= t.start and u.type == "DATE" and u.first is not None and u.first != u.last
                       for u in s_timexes):
                    continue  # "arrested in October 2022 and charged two days later": no day to count from
                first = last = last_day[1] + timedelta(days=shift)
                precision = Precision.DAY
            elif t.type == "TIME" and not _WEEKDAY_OR_DATE.search(t.text) and last_day and s_index - last_day[0] <= 8:
                # "um 10 Uhr" refers to the day the discourse is about
                first = last = last_day[1]
                precision = Precision.DAY
            elif not _usable(t, anchor):
                continue
            elif t.relative and precision in (Precision.MONTH, Precision.RANGE, Precision.QUARTER) and \
                    _habitual(clause_at(s.text, t.start - s.start, t.end - s.start), lex):
                continue  # "moved from its traditional date in March", "findet üblicherweise im Juni statt": no day of its own
            elif _called_off_plan(s.text, t.start - s.start, t.end - s.start, lex):
                continue  # "Das Fest, das am Samstag stattfinden sollte, wurde abgesagt": no event that day
            assert first is not None and last is not None and precision is not None
            before_ahead = t.mod == "BEFORE" and anchor is not None and precision is Precision.DAY and first > anchor
            if before_ahead:
                # "noch vor Weihnachten veröffentlichen", "before June 1": some day from now to the day before
                assert anchor is not None
                first, last, precision = anchor, max(anchor, first - timedelta(days=1)), Precision.RANGE
            elif precision == Precision.DAY and first == last:
                last_day = (s_index, first)
            elif t.type == "TIME" and (t.value or "").endswith("TNI") and (last - first).days == 1 and \
                    NIGHT_INTO.search(t.text):
                last_day = (s_index, last)  # "in der Nacht zum Samstag ... Zwei Tage später": counted from Saturday
            word, cls = _nearest_trigger(triggers, t.start - s.start, t.end - s.start)
            if is_heading and cls is None:
                continue  # a headline or date line that names no event ("Kreis Nordheim heute: Montag 3/6/24")
            m_actors = _own_actors(s_mentions, s.text, s.start, word, cls, triggers, lex) if len(triggers) > 1 else actors
            if not m_actors:
                # open event finding: a dated statement about something, whether or not the
                # lexicon knows its word; its actors are those the discourse is about
                if is_heading or not _predicative(s.text, t.start - s.start, t.end - s.start):
                    continue
                m_actors = () if actors or not _refers_back(s.text, lex) else topic
            if not m_actors and cls == "statement":
                # "..., the council said on Monday" is no event; "X begins this afternoon, the
                # council said" is X
                clause = clause_at(s.text, t.start - s.start, t.end - s.start)
                if word and word in clause and not _own_verb_between(s.text, triggers, word, t.start - s.start,
                                                                     t.end - s.start, lang):
                    continue
                word, cls = _nearest_trigger([tr for tr in triggers if tr[3] != "statement"],
                                             t.start - s.start, t.end - s.start)
            status = Status.PLANNED if before_ahead else _status(first, last, anchor, future and lex.is_future(
                clause_at(s.text, t.start - s.start, t.end - s.start), lang)
                and not past_verb_before(s.text, t.start - s.start, lang))  # "said on Monday it would cut": the saying
            out.append(EventMention(article.id, s.start, s.end, s.text, t.text, first, last, precision, status,
                                    m_actors, word, cls, timex=t, pronoun=_pronoun(mentions, m_i, s_mentions)))
            dated = True
        if dated:
            _drop_contained(out, s.start, lex)
        out += _offset_events(article, s, s_timexes, s_mentions, anchor, lex)
        if actors:
            topic = actors
        if dated:
            seen_body = True
        if is_heading and not dated and (day := _stamp_day(s.text, s_timexes, s.start)) is not None:
            entry_day, seen_body = day, False  # a ticker entry's own date line: its first sentence is that day's news
            continue
        if dated or anchor is None or is_heading:
            continue
        # an undated report ("X hat mit Y telefoniert", "Y werde sich auf der Konferenz mit Z
        # treffen") may join an event of the same days; it never makes an event by itself,
        # except the lead in the present tense ("Die Gewerkschaft setzt ihren Streik fort"):
        # the news of the publication day, or of the ticker entry it opens
        lead = not seen_body and bool(actors) and _predicative(s.text, 0, 0) and \
            tense_of(s.text, lang) is None
        day_of = entry_day if lead and entry_day is not None and entry_day <= anchor else anchor
        seen_body = seen_body or _predicative(s.text, 0, 0)
        word, cls = _nearest_trigger([tr for tr in triggers if tr[3] in EVENTIVE], 0)
        persons = [m for m in s_mentions if m.kind == ActorKind.PERSON]
        if not lead and (cls is None or not persons):
            continue
        if lead and cls is None:
            word, cls = _nearest_trigger(triggers, 0)
        status = Status.PLANNED if future else Status.HAPPENED
        out.append(EventMention(article.id, s.start, s.end, s.text, "", day_of, day_of, Precision.DAY, status,
                                actors, word, cls, implicit=True, lead=lead))
    return out


_PERIOD = re.compile(r"P(\d+)([DW])")
#: a night named by the day it leads into ("in der Nacht zum Samstag"), not the day it starts on ("vom Freitag")


@lru_cache(maxsize=4)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def _called_off_plan(sentence: str, start: int, end: int, lex: EventLexicon) -> bool:
    """The date at [start, end) is the day of a plan the sentence says was dropped or put off:
    "Das Fest, das am Samstag stattfinden sollte, wurde abgesagt", "which was to take place on
    Saturday, has been postponed to Dec. 7", "would have travelled last month, but the trip was
    called off". Nothing happens then (the day it is put off to, after the word, stays)."""
    off, plan = _words_pattern(lex.words("called_off")), _words_pattern(lex.words("plan_markers"))
    if off is None or plan is None:
        return False
    m = off.search(sentence, end)
    return m is not None and plan.search(clause_at(sentence, start, end)) is not None


def _habitual(clause: str, lex: EventLexicon) -> bool:
    """The clause says what is usually so ("its traditional date in March", "findet
    üblicherweise im Juni statt"): its month names a custom, no event."""
    return any(w.lower() in lex.words("habitual") for w in _WORDS.findall(clause))


def _discourse_shift(t: Timex, lex: EventLexicon) -> int | None:
    """Days from the discourse's last day that an anaphoric expression counts: "a day earlier"
    (-1), "two weeks later" (+14), "the next day", "am Tag darauf" (+1); None for any other."""
    words = {w.lower() for w in _WORDS.findall(t.text)}
    if t.type == "DATE" and words & lex.words("next_day") and words & lex.words("day_nouns"):
        return 1
    m = _PERIOD.fullmatch(t.value or "") if t.type == "DURATION" else None
    if m is None:
        return None
    days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    if words & lex.words("earlier"):
        return -days
    if words & lex.words("later"):
        return days
    return None


_YEARS = re.compile(r"P(\d+)Y")


def _years_shift(t: Timex, timexes: Sequence[Timex], lex: EventLexicon) -> int | None:
    """The year "two years later" / "drei Jahre zuvor" names, counted from a year named before it
    in the same sentence ("broke in 2019 and again two years later": 2021); None for any other."""
    m = _YEARS.fullmatch(t.value or "") if t.type == "DURATION" else None
    if m is None:
        return None
    words = {w.lower() for w in _WORDS.findall(t.text)}
    sign = -1 if words & lex.words("earlier") else 1 if words & lex.words("later") else 0
    base = next((u for u in reversed(timexes) if u.end <= t.start and u.precision is Precision.YEAR
                 and u.first is not None and u.first.year == (u.last or u.first).year), None)
    if not sign or base is None or base.first is None:
        return None
    return base.first.year + sign * int(m.group(1))


def _stamp_day(sentence: str, timexes: Sequence[Timex], offset: int) -> date | None:
    """The day of a line that is nothing but a date and time ("Donnerstag, 12. August, 5.30 Uhr")."""
    days = [t for t in timexes if t.type == "DATE" and t.precision == Precision.DAY and t.first == t.last]
    if not days or len(sentence) > 80:
        return None
    rest = sentence
    for t in sorted(timexes, key=lambda t: -t.start):
        rest = rest[: max(0, t.start - offset)] + " " + rest[t.end - offset:]
    return days[0].first if len(_WORDS.findall(rest)) <= 1 else None



_WORDS = re.compile(r"[^\W\d_][\w'’\-]*")


def _predicative(sentence: str, start: int, end: int) -> bool:
    """Whether a sentence says something beyond its date: a few words outside the date
    expression, not a bare date line, byline or stamp."""
    rest = sentence[:start] + " " + sentence[end:]
    return len(_WORDS.findall(rest)) >= 3


_OFFSET = re.compile(r"\s+(?:nach|after)\s+(?P<np>[^,;:()\[\]–—]{3,80})", re.IGNORECASE)
_DURATION_DAYS = re.compile(r"^P(\d+)([DW])$")
_NP_END = re.compile(r"\s(?:hat|haben|hatte|ist|war|wird|wurde|has|have|had|is|was|will|were)\s")


def _offset_events(
    article: Article, s: Sentence, timexes: Sequence[Timex], mentions: Sequence[Mention], anchor: date | None,
    lex: EventLexicon,
) -> list[EventMention]:
    """"Zwei Tage nach dem Rauswurf von X hat der Verein am Mittwoch (22. März) ...": the
    Rauswurf was on 20 March. A span of days or weeks before "nach"/"after" an event, in a
    sentence that names its own day, dates that event."""
    days = [t for t in timexes if t.type == "DATE" and t.precision is Precision.DAY and t.first == t.last and t.first]
    if not days:
        return []
    out = []
    for t in timexes:
        m = _DURATION_DAYS.match(t.value) if t.type == "DURATION" else None
        after = _OFFSET.match(article.text, t.end) if m else None
        if m is None or after is None:
            continue
        np_text = after.group("np")
        cut = _NP_END.search(np_text)
        np_end = after.start("np") + (cut.start() if cut else len(np_text.rstrip(" .")))
        ref = next((d for d in days if d.start > t.start), days[-1])
        assert ref.first is not None
        first = ref.first - timedelta(days=int(m.group(1)) * (7 if m.group(2) == "W" else 1))
        np_words = article.text[after.start("np"):np_end].split()
        if not np_words or np_words[0].lower() not in lex.words("event_determiners") or \
                any(after.start("np") <= x.start < np_end for x in timexes):
            continue  # "zwei Tage nach Weihnachten", "two days after March 3" name no event
        words: list[tuple[int, int, str | None, str | None]] = [
            *lex.find(article.text[after.start("np"):np_end])] or [(0, 0, None, None)]
        own = _sentence_actors([x for x in mentions if after.start("np") <= x.start < np_end])
        # the label names the event: "Rauswurf von X" (a German case article goes with the date)
        cut_at = after.start("np") + (len(np_words[0]) + 1 if np_words[0].lower() in lex.words("case_articles") else 0)
        span = Timex(t.start, cut_at, article.text[t.start:cut_at], "DATE", first.isoformat(), first, first,
                     Precision.DAY, True)
        status = _status(first, first, anchor, False)
        out.append(EventMention(article.id, t.start, np_end, article.text[t.start:np_end], span.text, first, first,
                                Precision.DAY, status, own, words[0][2], words[0][3], timex=span))
    return out


def _own_verb_between(sentence: str, triggers: Sequence[tuple[int, int, str, str]], word: str, start: int,
                      end: int, lang: str) -> bool:
    """A verb of its own stands between the reporting word ``word`` and the date at [start, end):
    "Prosecutors said the thefts began in 2017" dates the thefts, not the saying ("the council
    said on Monday", "teilte die Polizei am Sonntag mit" have none)."""
    spans = [(a, b) for a, b, w, _c in triggers if w == word]
    if not spans:
        return False
    a, b = min(spans, key=lambda sp: abs(sp[0] - start))
    gap = sentence[b:start] if b <= start else sentence[end:a]
    return tense_of(gap, lang) is not None


def _drop_contained(out: list[EventMention], start: int, lex: EventLexicon) -> None:
    """In one sentence, a week or month that holds a day of the same sentence ("im Februar, am
    12. Februar") is that day's context, not an event of its own: drop it from ``out``; so is a
    year right beside its day ("In einem Jahr, am 23. Oktober 2016"). (Other years and ranges
    stay: "von 2017 bis 2021 ..., am 6. Januar 2021 ..." are two.)"""
    here = [k for k in range(len(out) - 1, -1, -1) if out[k].start == start and not out[k].implicit]
    if len(here) < 2:
        return
    drop = set()
    for k in here:
        a = out[k]
        assert a.first and a.last
        for j in here:
            b = out[j]
            assert b.first and b.last
            if j != k and b.precision is Precision.DAY and a.first <= b.first and b.last <= a.last and (
                    a.precision in (Precision.WEEK, Precision.MONTH) or a.precision is Precision.YEAR and _apposed(a, b, lex)):
                drop.add(k)
                break
    for k in sorted(drop, reverse=True):
        del out[k]


def _in_name(s: Sentence, trigger: tuple[int, int, str, str], mentions: Sequence[Mention], lang: str) -> bool:
    """The trigger word is part of a name, not news: inside an actor's name ("LA City Fire"), or
    in English a capitalised word beside another mid-sentence ("Fire Chief Tom Ferro warned")."""
    a, b = s.start + trigger[0], s.start + trigger[1]
    if any(m.start <= a and b <= m.end for m in mentions):
        return True
    if lang != "en" or trigger[0] == 0 or not trigger[2][:1].isupper() or trigger[2].isupper():  # "WINTER STORM"
        return False
    words = _WORDS.findall(s.text)
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return False  # a title-case headline ("Fire Destroys Old Mill")
    before = _WORDS.findall(s.text[:trigger[0]])
    after = _WORDS.match(s.text[trigger[1]:].lstrip())
    return bool(before and before[-1][:1].isupper() and s.text[:trigger[0]].endswith(" ")
                or after and after.group(0)[:1].isupper() and s.text[trigger[1]:trigger[1] + 1] == " ")


def _dateline_at_start(sentence: str, timexes: Sequence[Timex], offset: int) -> int:
    """Where a dateline that opens the sentence ends ("HALDEN, June 3, 2024 — ...", "Oberkirchen,
    13. November 2024 – ..."), when the sentence names another day of its own: that day is the
    news, the dateline the page's stamp; 0 when there is none (or nothing else dates the
    sentence: then the dateline's day is the lead's)."""
    if len(timexes) < 2 or timexes[0].start - offset > 40:
        return 0
    for st in line_stamps(sentence[:120]):
        if st.kind == "dateline" and st.start <= 2 and st.end >= timexes[0].end - offset:
            if any(t.start - offset >= st.end and t.type in ("DATE", "TIME") for t in timexes):
                return st.end
    return 0


def _date_line(sentence: str, start: int, end: int) -> bool:
    """The date at [start, end) is a stamp of the page: a date-line label ("Updated:",
    "Veröffentlicht am") stands right before it, or one with its colon right after it."""
    label = datelines_lexicon().label
    for m in label.finditer(sentence, max(0, start - 40), start):
        if m.end() == start and m.group(0)[:1].isupper():
            return True
    after = label.match(sentence, end + len(sentence[end:]) - len(sentence[end:].lstrip()))
    return after is not None and after.group(0)[:1].isupper() and ":" in after.group(0)


def _refers_back(sentence: str, lex: EventLexicon) -> bool:
    """The sentence may be about whom the discourse is about: a pronoun stands in it, or it does
    not open with a noun of its own ("Die Opposition will klagen" names its own subject; "Am
    Montag will sie klagen" and "Im Spiel musste der Rekordmeister ..." may refer back), or the
    noun it opens with names talks or a meeting ("Die Gespräche sollen weitergehen")."""
    words = [w.lower() for w in _WORDS.findall(sentence)]
    if any(w in lex.words("subject_pronouns") | lex.words("continuation_pronouns") for w in words):
        return True
    if not (len(words) > 1 and _opens_with(sentence, lex.words("articles"))):
        return True
    if words[0] in ("das", "dies") and _verb_second(sentence, lex):
        return True  # "Das hat der Aufsichtsrat am Freitag beschlossen": a German pronoun, not an article
    # "Die Gespräche sollen am Freitag weitergehen", "The meeting lasted six hours": the noun names
    # an event of the kind the story's actors hold together, theirs
    return any(lex.word_class(w) in lex.words("story_event_classes") for w in words[1:3])


def _verb_second(sentence: str, lex: EventLexicon) -> bool:
    """Is the sentence's second word a finite verb ("Das hat ...", "Das teilte ... mit"), not an
    adjective of a noun phrase ("Die erste Versammlung")?"""
    first = _WORDS.findall(sentence[:80])[1:3]
    if not first or not first[0][:1].islower():
        return False
    w = first[0].lower()
    return w in lex.words("second_place_verbs") or w in reporting_verbs() or len(first) > 1 and first[1][:1].islower()


def _apposed(a: EventMention, b: EventMention, lex: EventLexicon) -> bool:
    """Two dates side by side, one naming the other ("In einem Jahr, am 23. Oktober 2016,")."""
    return a.timex is not None and b.timex is not None and _side_by_side(a.sentence, a.start, a.timex, b.timex, lex)


def _side_by_side(sentence: str, offset: int, a: Timex, b: Timex, lex: EventLexicon) -> bool:
    """Two expressions of one sentence (at ``offset``) with at most a comma or a date particle
    between them ("3 a.m. Sunday", "Sunday at 3 a.m.", "In einem Jahr, am 23. Oktober")."""
    x, y = sorted((a, b), key=lambda t: t.start)
    if x is y or y.start < x.end:
        return False
    gap = sentence[x.end - offset:y.start - offset]
    return len(gap) <= 8 and {w.lower() for w in _WORDS.findall(gap)} <= lex.words("date_particles")


def _opens_with(sentence: str, words: frozenset[str]) -> bool:
    m = _WORDS.search(sentence)
    return m is not None and m.start() < 3 and m.group(0).lower() in words


def _pronoun(mentions: Sequence[Mention], m_i: int, s_mentions: Sequence[Mention]) -> tuple[str, str] | None:
    """The sentence's first pronoun that stands for a person ("Er"), and the name the article last
    called that person by ("Selenskyj"): what a label says in its place."""
    pron = next((m for m in s_mentions if m.via == "pronoun" and m.kind == ActorKind.PERSON), None)
    if pron is None:
        return None
    for k in range(min(m_i, len(mentions)) - 1, -1, -1):
        m = mentions[k]
        if m.actor == pron.actor and m.via in ("name", "alias") and m.start < pron.start:
            words = m.text.split()
            name = possessive_base(words[-1] if words else m.text)
            surname = m.actor.split()[-1] if m.actor.split() else ""
            if name.endswith("s") and name[:-1] == surname:
                name = surname  # "Kowalczyks Besuch": the genitive
            return (pron.text, name)
    return None


def _dated_item(sentence: str, timexes: Sequence[Timex], offset: int) -> bool:
    """A chronology or ticker line: it opens with its date and a colon ("April 3, 2024: ...",
    "14.30 Uhr: ..."), punctuated or not."""
    if not timexes:
        return False
    t = timexes[0]
    head = sentence[: t.start - offset].strip(" •·*-–—>")
    return not head and sentence[t.end - offset:t.end - offset + 2].strip().startswith(":")


def _paragraph_break(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """True when sentence ``i`` starts a paragraph (a blank line, or a heading, before it)."""
    if i == 0:
        return True
    gap = text[sentences[i - 1].end:sentences[i].start]
    return "\n\n" in gap.replace("\r", "") or "\n" in gap and not sentences[i - 1].text.rstrip().endswith((".", "!", "?"))


def clause_at(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` around [start, end): between commas, colons, dashes, brackets."""
    lo, hi = clause_span(sentence, 0, len(sentence), start, end)
    return sentence[lo:hi].strip(" ,;:–—()[]")


def _status(first: date, last: date, anchor: date | None, future: bool) -> Status:
    if anchor is not None:
        if last < anchor:
            return Status.HAPPENED
        if first > anchor:
            return Status.PLANNED
    return Status.PLANNED if future else Status.HAPPENED


# ---------------------------------------------------------------------------
# Merging
# ---------------------------------------------------------------------------


@dataclass
class _Cluster:
    first: date
    last: date
    precision: Precision
    status: Status
    cls: str | None
    persons: frozenset[str]
    others: frozenset[str]
    mentions: list[EventMention] = field(default_factory=list)
    words: set[str] = field(default_factory=set)  # specific trigger words of its mentions
    classes: set[str] = field(default_factory=set)  # trigger classes of its mentions
    articles: set[str] = field(default_factory=set)


class _DateIndex:
    """Clusters by the days (single days) or months (longer intervals) they cover, so a mention
    is compared only with clusters whose dates can fit it: merging stays near-linear."""

    WIDE_MONTHS = 36

    def __init__(self) -> None:
        self.by_day: dict[int, list[_Cluster]] = {}
        self.by_month: dict[int, list[_Cluster]] = {}
        self.wide: list[_Cluster] = []

    @staticmethod
    def _months(first: date, last: date) -> range:
        return range(first.year * 12 + first.month, last.year * 12 + last.month + 1)

    def add(self, c: _Cluster) -> None:
        if c.first == c.last:
            self.by_day.setdefault(c.first.toordinal(), []).append(c)
            return
        months = self._months(c.first, c.last)
        if len(months) > self.WIDE_MONTHS:
            self.wide.append(c)
            return
        for mo in months:
            self.by_month.setdefault(mo, []).append(c)

    def overlapping(self, first: date, last: date) -> list[_Cluster]:
        """Clusters whose interval may overlap [first, last] (each once, in a fixed order)."""
        lo, hi = first.toordinal(), last.toordinal()
        months = self._months(first, last)
        if lo == hi:  # the common case: a single day, and the longer clusters of its month
            return [*self.by_day.get(lo, ()), *self.by_month.get(months[0], ()), *self.wide]
        found: dict[int, _Cluster] = {}
        if hi - lo <= 400:
            for d in range(lo, hi + 1):
                for c in self.by_day.get(d, ()):
                    found[id(c)] = c
        else:
            for d, cs in self.by_day.items():
                if lo <= d <= hi:
                    for c in cs:
                        found[id(c)] = c
        buckets = self.by_month.values() if len(months) > self.WIDE_MONTHS else (
            self.by_month.get(mo, ()) for mo in months)
        for bucket in buckets:
            for c in bucket:
                found[id(c)] = c
        for c in self.wide:
            found[id(c)] = c
        return list(found.values())


def _dates_fit(c: _Cluster, m: EventMention) -> bool:
    assert m.first and m.last and m.precision
    if c.precision == Precision.DAY and m.precision == Precision.DAY:
        return c.first == m.first and c.last == m.last
    # the coarser must contain the finer
    if PRECISION_RANK[m.precision] >= PRECISION_RANK[c.precision]:
        return m.first <= c.first and c.last <= m.last
    return c.first <= m.first and m.last <= c.last


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _split_actors(
    actors: Iterable[str], kinds: Mapping[str, ActorKind]
) -> tuple[frozenset[str], frozenset[str]]:
    persons = frozenset(a for a in actors if kinds.get(a) == ActorKind.PERSON)
    others = frozenset(a for a in actors if kinds.get(a) != ActorKind.PERSON)
    return persons, others


def _specific(word: str | None) -> str | None:
    """A trigger word specific enough to identify an event by itself ("Sicherheitskonferenz")."""
    if not word:
        return None
    w = word.lower()
    return w[:-2] if len(w) >= 14 and w.endswith(("en", "er", "es")) else (w if len(w) >= 12 else None)


def specific_event_word(sentence: str, start: int, end: int, lexicon: EventLexicon | None = None) -> str | None:
    """The specific event word nearest to the date at [start, end) of ``sentence`` ("bundestagswahl")."""
    lex = lexicon or EventLexicon.load()
    triggers = [tr for tr in lex.find(sentence) if _specific(tr[2])]
    word, _ = _nearest_trigger(triggers, start, end)
    return _specific(word)


def _class_fit(c: _Cluster, m: EventMention, lex: EventLexicon) -> int:
    """How well the mention's kind fits the event's: 2 the same, 1 related or unknown, 0 unrelated."""
    if not c.classes:
        return lex.compatible(None, m.trigger_class)
    best = max(lex.compatible(x, m.trigger_class) for x in c.classes if x != "statement") \
        if c.classes - {"statement"} else lex.compatible("statement", m.trigger_class)
    return best


def _score(c: _Cluster, m: EventMention, kinds: Mapping[str, ActorKind], lex: EventLexicon) -> float:
    if not _dates_fit(c, m):
        return 0.0
    cls = _class_fit(c, m, lex)
    if cls == 0:
        return 0.0
    persons, others = _split_actors(m.actors, kinds)
    same_word = _specific(m.trigger) is not None and _specific(m.trigger) in c.words
    if c.status != m.status:
        # announced before, reported after: the same event when the day, the kind and the
        # people are the same ("will am Montag telefonieren" / "hat am Montag telefoniert")
        same_day = m.precision == Precision.DAY and c.precision == Precision.DAY and m.first == c.first
        same_kind = cls == 2 or same_word
        if not (same_day and same_kind and persons and _similarity(persons, c.persons) >= 0.5):
            return 0.0
    if persons and c.persons:
        sim = _similarity(persons, c.persons)
        need = 0.5 if not same_word else 0.2
    else:
        sim = _similarity(persons | others, c.persons | c.others)
        need = 0.6 if cls == 2 else 0.99
    coarse = PRECISION_RANK[m.precision or Precision.RANGE] > PRECISION_RANK[c.precision]
    same_day_here = (
        not coarse
        and cls == 2
        and m.trigger_class is not None  # two statements of unknown kind may be two events
        and m.precision == Precision.DAY
        and not (persons and c.persons)
        and any(x.article_id == m.article_id for x in c.mentions)
    )
    if same_word and not coarse and m.precision == Precision.DAY and c.precision == Precision.DAY:
        # the same named event on the same day ("Bundestagswahl", 23 Feb) in any article
        return 1.0 + sim + cls
    if same_day_here:
        # within one article, the same kind of event on the same day, where one side names no
        # person, is the same event ("Das Telefonat ist für 10 Uhr angesetzt")
        return 1.0 + sim + cls
    if sim < need:
        return 0.0
    if coarse and cls < 2:
        return 0.0
    if coarse and sim < 0.99 and not same_word:
        # a vague date ("Mitte Februar") joins only the very same kind of event by the same people
        return 0.0
    return sim + cls + (1.0 if same_word else 0.0)


def merge(
    mentions: Sequence[EventMention],
    kinds: Mapping[str, ActorKind],
    published: Mapping[str, date | None],
    lang_of: Mapping[str, str],
    lexicon: EventLexicon | None = None,
) -> list[Event]:
    """Cluster event mentions (of all articles) into events."""
    lex = lexicon or EventLexicon.load()
    explicit = [m for m in mentions if not m.implicit]
    implicit = [m for m in mentions if m.implicit]
    explicit.sort(
        key=lambda m: (PRECISION_RANK[m.precision or Precision.RANGE], m.first or date.min, m.article_id, m.start)
    )
    clusters: list[_Cluster] = []
    index = _DateIndex()
    for m in explicit:
        best, best_score = None, 0.0
        assert m.first and m.last
        names = set(m.actors)
        word = _specific(m.trigger)
        # a statement of no known kind about no one joins nothing (see _score): no search
        candidates = index.overlapping(m.first, m.last) if names or word or m.trigger_class else ()
        for c in candidates:
            # a cluster scores only if it shares an actor, or (same day) an article
            if not (names & c.persons or names & c.others or m.article_id in c.articles or
                    (word is not None and word in c.words)):
                continue
            s = _score(c, m, kinds, lex)
            if s > best_score:
                best, best_score = c, s
        if best is None:
            persons, others = _split_actors(m.actors, kinds)
            assert m.first and m.last and m.precision
            best = _Cluster(m.first, m.last, m.precision, m.status, m.trigger_class, persons, others)
            clusters.append(best)
            index.add(best)
            _absorb(best, m, kinds)
        else:
            _absorb(best, m, kinds)
        best.mentions.append(m)
    # an undated report adds its article as a source to an event that has none from it yet:
    # the earliest such sentence of the article, and only one (precision over recall)
    implicit.sort(key=lambda m: (m.article_id, m.start))
    for m in implicit:
        pub = published.get(m.article_id)
        if pub is None:
            continue
        if m.lead and m.first is not None and m.first < pub:
            pub = m.first  # the lead of an older ticker entry: the news of that entry's day
        if m.status == Status.PLANNED:
            window = (pub, pub + timedelta(days=IMPLICIT_FUTURE_DAYS))
        else:
            window = (pub - timedelta(days=IMPLICIT_WINDOW_DAYS), pub)
        persons, _ = _split_actors(m.actors, kinds)
        word = _specific(m.trigger)
        best, best_score = None, 0.0
        for c in index.overlapping(window[0], window[1]):
            if c.status != m.status or c.precision != Precision.DAY:
                continue
            if any(x.article_id == m.article_id for x in c.mentions):
                continue
            if not (window[0] <= c.first <= window[1]):
                continue
            cls = _class_fit(c, m, lex)
            same_word = word is not None and word in c.words
            sim = _similarity(persons, c.persons)
            shared = len(persons & c.persons)
            # every person of the event (two at most) must be named, or the specific word shared
            full = shared >= min(2, len(c.persons)) and sim >= 0.5
            if cls == 0 or not (full or (same_word and shared)):
                continue
            score = sim + cls + (1.0 if same_word else 0.0)
            if score > best_score:
                best, best_score = c, score
        if best is not None:
            best.mentions.append(m)
        elif m.lead:
            persons, others = _split_actors(m.actors, kinds)
            lead = _Cluster(pub, pub, Precision.DAY, m.status, m.trigger_class, persons, others)
            _absorb(lead, m, kinds)
            lead.mentions.append(m)
            clusters.append(lead)
            index.add(lead)
    events = [_to_event(c, kinds, lang_of) for c in clusters]
    events.sort(key=lambda e: (e.first, e.last, e.label))
    return events


def _absorb(c: _Cluster, m: EventMention, kinds: Mapping[str, ActorKind]) -> None:
    c.articles.add(m.article_id)
    if m.status == Status.HAPPENED:
        c.status = Status.HAPPENED  # a report that it happened outranks the announcement
    w = _specific(m.trigger)
    if w:
        c.words.add(w)
    if m.trigger_class and (c.cls is None or c.cls == "statement"):
        c.cls = m.trigger_class  # what happened, rather than that it was reported
    if m.trigger_class:
        c.classes.add(m.trigger_class)
    persons, others = _split_actors(m.actors, kinds)
    c.others = c.others | others
    if not c.persons:
        c.persons = persons


def _teller(mentions: Sequence[EventMention], founder: EventMention) -> EventMention:
    """The report a label quotes: the first that names what happened (not only that it was
    said), in a sentence of the text rather than a headline where one does."""
    named = [m for m in mentions if m.trigger_class not in (None, "statement") and m.actors]
    return next((m for m in named if m.sentence.rstrip().endswith((".", "!", "?", "“", "\"", "»", "”"))),
                named[0] if named else founder)


def _label_of(mentions: Sequence[EventMention], teller: EventMention, lang: str, lang_of: Mapping[str, str]) -> str:
    """The teller's label, unless it opens with its date ("Am vergangenen Mittwoch hatten ...") and
    another report of the same language says it without ("Trump hat mit Putin telefoniert")."""
    label = make_label(teller, lang)
    if not teller.date_text or not label.lower().startswith(tuple(_opening_forms(teller.date_text))):
        return label
    for m in mentions[:6]:
        if m is teller or lang_of.get(m.article_id, "de") != lang or not m.actors or m.implicit:
            continue
        other = make_label(m, lang)
        if not m.date_text or not other.lower().startswith(tuple(_opening_forms(m.date_text))):
            return other
    return label


def _opening_forms(date_text: str) -> list[str]:
    """How a label that opens with its date begins: "am mittwoch", "mittwoch", "am vergangenen mittwoch"."""
    low = " ".join(date_text.lower().split())
    return [low, *(f"{p} {low}" for p in ("am", "an", "im", "on", "in", "at", "seit", "bis"))]


def _to_event(c: _Cluster, kinds: Mapping[str, ActorKind], lang_of: Mapping[str, str]) -> Event:
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for m in c.mentions:
        for a in m.actors:
            counts[a] += 1
            order.setdefault(a, len(order))
    founder = c.mentions[0]  # the most precise report: the one the event was started from
    # the event's actors: those of its first report and those most of its reports name
    need = max(1, -(-len(c.mentions) // 2))
    kept = [a for a in counts if counts[a] >= need or a in founder.actors]
    actors = tuple(sorted(kept, key=lambda a: (_KIND_ORDER.get(kinds.get(a), 1), -counts[a], order[a])))
    mentions = tuple(sorted(c.mentions, key=lambda m: (m.article_id, m.start)))
    teller = _teller(c.mentions, founder)
    label = _label_of(c.mentions, teller, lang_of.get(teller.article_id, "de"), lang_of)
    # and a label from a report in each other language of its sources
    langs = dict.fromkeys(lang_of.get(m.article_id, "de") for m in c.mentions)
    labels = [(lang_of.get(teller.article_id, "de"), label)]
    for lang in langs:
        if lang != labels[0][0]:
            own = [m for m in c.mentions if lang_of.get(m.article_id, "de") == lang]
            labels.append((lang, _label_of(own, _teller(own, own[0]), lang, lang_of)))
    ident = hashlib.sha1(founder.key.encode("utf-8")).hexdigest()[:12]
    return Event(
        id=ident,
        first=c.first,
        last=c.last,
        precision=c.precision,
        status=c.status,
        label=label,
        actors=actors,
        mentions=mentions,
        kind=_kind(c),
        labels=tuple(labels) if len(labels) > 1 else (),
    )


def _kind(c: _Cluster) -> str | None:
    """The kind of what happened: the commonest class of its reports other than a statement."""
    classes = Counter(m.trigger_class for m in c.mentions if m.trigger_class and m.trigger_class != "statement")
    return classes.most_common(1)[0][0] if classes else (c.cls if c.cls != "statement" else None)


#: people first, then countries, organisations and groups, places last
_KIND_ORDER: dict[ActorKind | None, int] = {ActorKind.PERSON: 0, ActorKind.PLACE: 2}

#: a label quotes at most this many words of its clause
LABEL_WORDS = 12
LABEL_SLACK = 3  # a clause that ends within three more words is not cut
_LABEL_CLAUSE = re.compile(r"(?<!\d)[,;:](?!\d)|[,;:](?=\s)|(?<!\d)\s[–—-]\s(?!\d)|[()\[\]]")  # not "99 – 73 votes"
_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]{0,80}[)\]]")
_EDGE = re.compile(r"^[\s,;:.\-–—•·*|>\"'„“”»«]+|[\s,;:\-–—•·*|<\"'„“”»«]+$")


def make_label(founder: EventMention, lang: str = "de", lexicon: EventLexicon | None = None) -> str:
    """What happened, in the words and order of the event's first report: the clause around
    its date without the date itself ("Die Stadt eröffnet die neue Brücke"), at most a dozen
    words; a relative clause takes the noun it is about ("The storm, which reached the coast on
    Friday" -> "The storm reached the coast")."""
    lex = lexicon or EventLexicon.load()
    sentence = founder.sentence
    ts = te = 0
    if founder.timex is not None:
        ts, te = founder.timex.start - founder.start, founder.timex.end - founder.start
    ts, te = max(0, min(ts, len(sentence))), max(0, min(te, len(sentence)))
    head = _EDGE.sub("", sentence[:ts])
    if ts < te and not head and sentence[te:te + 2].strip().startswith(":"):
        # a chronology line: "14. Februar: Der Gemeinderat stimmt zu."
        return _words(sentence[te:].lstrip(" :"), lang, lex)
    # brackets that do not hold the date are asides: blank them (offsets stay)
    plain = _BRACKETS.sub(lambda m: m.group(0) if m.start() <= ts < m.end() else " " * len(m.group(0)), sentence)
    furniture = _CAPTION_OPENING.match(plain)
    if furniture and 0 < furniture.end() <= ts:
        plain = " " * furniture.end() + plain[furniture.end():]  # "© Anna Berg/dpa Am Freitag ...": the date opens it
    glued = leading_date_label(plain)
    if glued and glued <= ts:
        plain = " " * glued + plain[glued:]  # a date label glued to the first sentence is not quoted
    # (a dateline names its day within its first words: no digit there, no dateline)
    dateline = next((st.end for st in line_stamps(plain[:120]) if st.kind == "dateline" and st.start <= 2), 0) \
        if _DIGIT.search(plain, 0, 60) else 0
    if 0 < dateline <= ts:
        plain = " " * dateline + plain[dateline:]  # "HALDEN, June 3, 2024 — ... on Tuesday": the page's date line
    spans = [0]
    for m in _LABEL_CLAUSE.finditer(plain):
        if ts <= m.start() < te:
            continue  # "Thursday, March 13" is one date
        spans += [m.start(), m.end()]
    spans.append(len(plain))
    pieces = [(spans[k], spans[k + 1]) for k in range(0, len(spans) - 1, 2)]
    at = next((k for k, (a, b) in enumerate(pieces) if a <= ts <= b), 0) if ts < te else 0
    trigger = _word_at(plain, founder.trigger) if founder.trigger_class not in (None, "statement") else None
    own = plain[pieces[at][0]:pieces[at][1]].split() if pieces else []
    if own and _EDGE.sub("", own[0]).lower() in lex.words("relative_pronouns"):
        trigger = None  # "X, who was in Y on Monday, said ...": the relative clause has its own verb
    if trigger is not None and not (pieces[at][0] <= trigger < pieces[at][1]):
        # the date stands in a reporting clause ("X teilte am Mittwoch mit, dass ..."): what
        # happened is the clause of the event's own word
        at = next((k for k, (a, b) in enumerate(pieces) if a <= trigger < b), at)
    if lang == "en" and at == 0 and len(pieces) > 1 and _sets_the_scene(plain, pieces[0], pieces[1], lex):
        at = 1  # "In a statement on Friday, the company said ...": what the company said
    if lang == "en" and 0 < at < len(pieces) - 1 and _participle_aside(plain, pieces, at):
        # "The minister, speaking in Brussels on Thursday, rejected the proposal": what the minister did
        return _words(" ".join(_EDGE.sub("", plain[a:b]) for a, b in (pieces[at - 1], pieces[at + 1])), lang, lex)
    reported = _reported_main(plain, pieces, at, lang, lex)
    if reported is not None:
        return _words(reported, lang, lex)  # "Wie die Stadt am Montag mitteilte, bleibt die Brücke gesperrt"
    a, b = pieces[at] if pieces else (0, len(plain))
    clause = _without_date(plain, a, b, ts, te, lang, lex)
    words = clause.split()
    first = words[0].lower() if words else ""
    relative = first in lex.words("relative_pronouns") or (
        first in lex.words("relative_articles") and len(words) > 1 and not words[1][:1].isupper()  # not "die Ukraine"
        and words[1].lower() not in lex.words("second_place_verbs"))  # not "das ist klar": its verb second, a main clause
    whole = False  # the clause reads alone, however short ("Die Klage liegt")
    prep_relative = lang == "de" and at > 0 and len(words) > 4 and first in lex.words("dangling") | lex.words(
        "date_particles") and words[1].lower() in lex.words("relative_after_prepositions") \
        and words[2] in lex.words("articles") | lex.words("subject_pronouns")  # not "in der öffentlichen Rede"
    if prep_relative:
        # "..., bei dem das Verfahren seit April anhängig ist": what the clause says, as a main clause
        said = _as_main_clause(" ".join(["dass", *words[2:]]), lex)
        if not said.startswith("dass "):  # else the clause stays as it was written
            clause, whole = said, True
            words = clause.split()
    elif lang == "de" and at > 0 and words and words[0][:1].islower() and not relative \
            and first not in lex.words("date_particles"):
        # the clause opens with its verb: the subject or object stands before ("Die Möglichkeit,
        # ... zu entsenden, wies das Ministerium zurück")
        clause = _without_date(plain, 0, b, ts, te, lang, lex)
        words = clause.split()
    if lang == "en" and at > 0 and words and words[0][:1].islower() and not relative and first not in (
            lex.words("openers") | lex.words("articles") | lex.words("date_particles") | lex.words("clause_starts")):
        # the clause opens with its verb ("..., said he would go on Wednesday"): its subject stands
        # first, maybe before a relative clause ("Zelenskiy, who was in Dubai, said ...")
        if at > 1 and all(_piece_words(plain, pieces[k])[:1] and
                          _piece_words(plain, pieces[k])[0].lower() in lex.words("relative_pronouns")
                          for k in range(1, at)):
            clause = " ".join([_without_date(plain, *pieces[0], ts, te, lang, lex), clause])
        else:
            clause = _without_date(plain, 0, b, ts, te, lang, lex)
        words = clause.split()
    if at > 0 and words and words[0][:1].isupper() and lex.words("list_joiners") & {w.lower() for w in words[:6]}:
        # "Ann Lee, Tom Berg and two engineers will ...": the names before the commas are part of the list
        start = at
        while start > 0 and _title_run(plain[pieces[start - 1][0]:pieces[start - 1][1]]):
            start -= 1
        item = plain[pieces[at - 1][0]:pieces[at - 1][1]].split()
        if start == at and item and item[-1][:1].isupper() and plain[pieces[at - 1][1]:pieces[at][0]].strip() == ",":
            start = at - 1  # "die Bürgermeister der Städte Nordhafen, Südstadt und Westend": its first item ends a clause
        if start < at:
            clause = _without_date(plain, pieces[start][0], b, ts, te, lang, lex)
            words = clause.split()
    if relative and at > 0:
        before = plain[pieces[at - 1][0]:pieces[at - 1][1]]
        rest = words[1:]
        verb = rest[-1].rstrip(".!?") if rest else ""
        head = _EDGE.sub("", rest[0]).lower() if rest else ""
        own_subject = head in lex.words("subject_pronouns") | lex.words("continuation_pronouns") | lex.words("articles") \
            | {"i", "we", "they", "you"}
        if lang == "de":
            # "Streiks an, die ... beginnen sollen": the noun before the comma; a subject relative's
            # word is its article ("dem Plan zu, der ... vorgestellt wurde" -> "der Plan")
            antecedent = _german_antecedent(before, None if own_subject else words[0],
                                            lex.words("articles") | lex.words("article_contractions"))
        else:
            antecedent = _noun_before(before, lex.words("articles"))
        movable = lang == "de" and len(rest) >= 2 and _movable_verb(verb, lex)
        if antecedent and not own_subject:
            # "The storm, which reached the coast" -> "The storm reached the coast"; "die ... vereinbart
            # wurden" -> "Die Linien wurden ... vereinbart": the German verb second. It reads alone
            # however short ("Der Streik begann")
            clause = " ".join([antecedent, *([verb, *rest[:-1]] if movable else rest)])
            whole = bool(rest)
        elif antecedent and movable and head in lex.words("subject_pronouns"):
            # "die sie im Januar eröffnet hatte" -> "sie hatte die Brücke eröffnet": the pronoun is its subject
            clause = " ".join([rest[0], verb, antecedent, *rest[1:-1]])
            whole = True
        else:
            # "..., which it had paused last week": a subject of its own, and the words before the
            # clause say what it is about ("Washington agreed to resume aid, which it had paused")
            clause = _without_date(plain, pieces[at - 1][0], b, ts, te, lang, lex)
    if lang == "de" and at + 1 < len(pieces) and not relative and len(_WORDS.findall(clause)) < 6:
        # "Karl Stein kündigte am Donnerstag an, im Herbst zurückzutreten": what he announced goes with it
        nxt = _piece_words(plain, pieces[at + 1])
        last = [w.rstrip(".!?") for w in nxt[-2:]]
        if nxt and (nxt[0].lower() == "dass" or _ZU_INFINITIVE.match(last[-1]) or last[0] == "zu") and \
                plain[pieces[at][1]:pieces[at + 1][0]].strip() == ",":
            clause = clause + ", " + _without_date(plain, *pieces[at + 1], ts, te, lang, lex)
            whole = True
    quote = _quote_around(plain, ts, te) if len(_WORDS.findall(clause)) < 6 and not whole else None
    speaker = None
    if quote is not None:
        # '"We did not do well enough, that much is obvious tonight," he said': the quote, not its last words,
        # and who said it where the sentence names the speaker outside the quote
        clause = _without_date(plain, quote[0], quote[1], ts, te, lang, lex)
        outside = plain[:max(0, quote[0] - 1)] + " " + plain[quote[1] + 1:]
        if founder.pronoun is not None and re.search(rf"\b{re.escape(founder.pronoun[0])}\b", outside):
            speaker = founder.pronoun[1]
        else:
            named = [a for a in founder.actors if a.split()[-1] in outside]
            speaker = named[0].split()[-1] if len(named) == 1 else None
    elif len(_WORDS.findall(clause)) < 4 and not whole:
        clause = _without_date(plain, 0, len(plain), ts, te, lang, lex)
    if lang == "de":
        clause = _as_main_clause(clause, lex)
    if founder.pronoun is not None:
        # "Er verschob die Reise" -> "Selenskyj verschob die Reise": a label is read alone
        said, name = founder.pronoun
        words = clause.split()
        size = len(said.split())  # "Er", "Der 49-Jährige"
        if len(words) > size and _EDGE.sub("", " ".join(words[:size])).lower() == said.lower():
            clause = " ".join([name, *words[size:]])
    if speaker:
        return speaker + ": " + _words(clause, lang, lex)
    return _words(clause, lang, lex)


_OPEN_QUOTES = "“„\"«»‚"
_CLOSE_QUOTES = "”“\"»«‘"


def _quote_around(plain: str, ts: int, te: int) -> tuple[int, int] | None:
    """The inside of the quotation the date at [ts, te) stands in ("“We ... tonight,” he said"),
    when it has a few words of its own; else None."""
    opening = max(plain.rfind(q, 0, ts) for q in _OPEN_QUOTES)
    if opening < 0:
        return None
    closing = min((i for q in _CLOSE_QUOTES if (i := plain.find(q, te)) >= 0), default=-1)
    if closing < 0 or any(plain.find(q, opening + 1, ts) >= 0 for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES):
        return None  # no closing quote, or the quote closed before the date
    inside = plain[opening + 1:closing]
    return (opening + 1, closing) if 4 <= len(_WORDS.findall(inside)) <= 40 else None


def _piece_words(plain: str, piece: tuple[int, int]) -> list[str]:
    """The words of one comma-bounded piece of a sentence, without the punctuation at its edges."""
    return _EDGE.sub("", plain[piece[0]:piece[1]]).split()


def _participle_aside(plain: str, pieces: Sequence[tuple[int, int]], at: int) -> bool:
    """The clause at ``at`` is an English participle between commas, after a subject and before
    its verb ("The minister, speaking in Brussels on Thursday, rejected ...")."""
    own, subject, after = (_piece_words(plain, pieces[k]) for k in (at, at - 1, at + 1))
    return bool(own and subject and after) and own[0].islower() and own[0].endswith("ing") and len(own[0]) > 5 \
        and 1 <= len(subject) <= 5 and subject[0][:1].isupper() and after[0].islower() and len(after) >= 2 \
        and plain[pieces[at - 1][1]:pieces[at][0]].strip() == "," == plain[pieces[at][1]:pieces[at + 1][0]].strip()


def _reported_main(plain: str, pieces: Sequence[tuple[int, int]], at: int, lang: str, lex: EventLexicon) -> str | None:
    """The main clause after an opening clause that only says who reported it and when ("Wie die
    Stadt am Montag mitteilte, bleibt die Brücke gesperrt" -> "Die Brücke bleibt gesperrt"; "As
    police said on Monday, the road ..."), or None."""
    if at != 0 or len(pieces) < 2 or plain[pieces[0][1]:pieces[1][0]].strip() != ",":
        return None
    opening, main = _piece_words(plain, pieces[0]), _piece_words(plain, pieces[1])
    if len(opening) < 3 or len(main) < 3 or opening[0].lower() not in lex.words("report_openers") \
            or not {w.lower().rstrip(".,") for w in opening} & reporting_verbs():
        return None
    if lang == "de":
        # the main clause opens with its verb, its subject follows
        if not main[0].islower():
            return None
        n = _subject_length(main[1:], lex)
        if n is None:
            return None
        out = [*main[1:1 + n], main[0], *main[1 + n:]]
        return " ".join([out[0][:1].upper() + out[0][1:], *out[1:]])
    return " ".join(main) if main[0][:1].isupper() or main[0].lower() in lex.words("articles") else None


def _sets_the_scene(plain: str, phrase: tuple[int, int], main: tuple[int, int], lex: EventLexicon) -> bool:
    """An English opening phrase that only says where or how it happened ("At a news conference
    late Friday", "In a statement shared Monday with reporters") before the main clause after
    its comma, which opens with its subject (a name or an article) and says what happened."""
    opening, said = _piece_words(plain, phrase), _piece_words(plain, main)
    if len(opening) < 3 or len(said) < 4 or plain[phrase[1]:main[0]].strip() != ",":
        return False
    return opening[0].lower() in lex.words("setting_prepositions") \
        and opening[1].lower() in lex.words("event_determiners") \
        and (said[0][:1].isupper() or said[0].lower() in lex.words("articles"))


def _as_main_clause(clause: str, lex: EventLexicon) -> str:
    """A German subordinate clause read alone as a main clause: without its conjunction and
    with its final verb after the subject ("Nachdem die Skulptur ihre Nase verlor" -> "Die
    Skulptur verlor ihre Nase"); unchanged where the subject cannot be told."""
    words = clause.split()
    k = 1 if len(words) > 1 and words[0].lower() in lex.words("openers") else 0  # "Auch wenn ..."
    if len(words) < k + 4 or words[k].lower() not in lex.words("subordinators") \
            or re.search(r",\s", clause):
        return clause
    body = words[k + 1:]
    verb = body[-1].rstrip(".!?")
    if not _movable_verb(verb, lex):
        return clause
    n = _subject_length(body[:-1], lex)
    if n is None:
        return clause
    out = [*body[:n], verb, *body[n:-1]]
    return " ".join([out[0][:1].upper() + out[0][1:], *out[1:]])


def _movable_verb(word: str, lex: EventLexicon) -> bool:
    """A German clause-final verb that can stand second in a main clause as it is: not a
    separable one ("ausbrach" is "brach ... aus")."""
    return word.isalpha() and word.islower() and not any(
        word.startswith(p) and len(word) > len(p) + 2 for p in lex.words("separable_prefixes"))


def _subject_length(words: Sequence[str], lex: EventLexicon) -> int | None:
    """How many of ``words`` make the German subject they open with: a name ("Anna Berg"), or
    an article, adjectives and a noun ("die neue Brücke"); None for anything else."""
    def phrase(k: int) -> int:
        if k < len(words) and words[k].lower() in lex.words("articles"):
            k += 1
            while k < len(words) - 1 and k < 4 and (words[k][:1].islower() or words[k][:1].isdigit()):
                k += 1  # adjectives ("ein 34-jähriger Mann")
        start = k
        while k < len(words) and k - start < 3 and words[k][:1].isupper() and (words[k].isalpha() or "-" in words[k]):
            k += 1
        return k if k > start else -1

    k = phrase(0)
    if 0 < k < len(words) - 1 and words[k].lower() in lex.words("list_joiners") and phrase(k + 1) > k + 1:
        k = phrase(k + 1)  # "die Zahl der Stellen und die Quote"
    return k if 0 < k <= len(words) else None


def _title_run(text: str) -> bool:
    """One to four capitalised words ("Tom Berg", "Secretary of State Marco Rubio" is five): a name in a list."""
    words = _EDGE.sub("", text).split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _word_at(sentence: str, word: str | None) -> int | None:
    """Where ``word`` first stands in ``sentence`` as a whole word."""
    if not word:
        return None
    m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", sentence)
    return m.start() if m else None


_LOOSE_COMMA = re.compile(r"\s+,(?:\s*,)*|,(?:\s*,)+")


def _german_antecedent(text: str, relative: str | None, articles: frozenset[str]) -> str | None:
    """What a German relative clause is about: the last noun (capitalised word) of the clause
    before it, with its article and adjectives ("Die Stadt sperrte die neue Brücke" -> "die neue
    Brücke", "kündigte Streiks an" -> "Streiks"); with ``relative`` (the clause's subject is the
    relative word) that word stands for the article ("dem Plan zu, der" -> "der Plan", "vom
    Trainer, der" -> "der Trainer"). ``articles`` includes the contractions ("vom", "zum")."""
    words = _EDGE.sub("", text).split()
    noun = next((k for k in range(len(words) - 1, 0, -1) if words[k][:1].isupper()), None)
    if noun is None:
        return " ".join(words) if 0 < len(words) <= 3 and words[0][:1].isupper() else None  # "Anna Berg, die ..."
    article = next((k for k in range(noun - 1, max(-1, noun - 4), -1) if words[k].lower() in articles), None)
    if article is not None and all(w[:1].islower() for w in words[article + 1:noun]):
        if relative is not None:
            return " ".join([relative, *words[article + 1:noun + 1]])
        return " ".join(words[article:noun + 1])
    if words[noun - 1][:1].isupper():
        return " ".join(words[noun - 1:noun + 1])  # "Anna Berg"
    return words[noun]


def _noun_before(text: str, articles: frozenset[str]) -> str | None:
    """The noun phrase a relative clause is about: the end of the clause before it, from its
    last article on ("the sitting of the assembly" -> "the assembly")."""
    words = _EDGE.sub("", text).split()
    if not words:
        return None
    if len(words) <= 5:
        return " ".join(words)
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k].lower() in articles:
            return " ".join(words[k:])
    return None


def _without_date(sentence: str, a: int, b: int, ts: int, te: int, lang: str, lex: EventLexicon) -> str:
    """The clause [a, b) of ``sentence`` without its date [ts, te) where the date stands apart:
    at the clause's start or end, or after a preposition. A German clause that opens with its
    date keeps it ("Am Montag hat der Rat ... beschlossen"): the verb follows the date."""
    text = sentence[a:b]
    if a <= ts < te <= b:
        before = [w for w in sentence[a:ts].rstrip().split() if _ALNUM.search(w)]  # no bullet ("- Am Montag")
        after = sentence[te:b]
        particles = 0
        ranged = bool({w.lower() for w in _WORDS.findall(sentence[ts:te])} & lex.words("list_joiners")) \
            or bool(re.search(r"\d\s*[–—-]\s*\d", sentence[ts:te]))
        while before and (before[-1].lower().strip(",") in lex.words("date_particles") or
                          ranged and before[-1].lower() in lex.words("range_particles") or
                          particles == 0 and before[-1].lower() in lex.words("case_articles") | {"the"}):
            before.pop()  # "auf den 10. März", "on the 3rd"
            particles += 1
        at_start = not before
        at_end = not _WORDS.search(after)
        verb_next = bool(after.split()) and after.split()[0][:1].islower()
        bare = lang == "en" and {w.lower() for w in _WORDS.findall(sentence[ts:te])} <= lex.words("bare_dates")
        if at_start and lang == "de" and verb_next:
            pass
        elif after[:2] in ("'s", "’s"):
            pass  # "commented on Sunday's results": the date owns a noun, it stays
        elif after.split()[:1] and after.split()[0].lower() in lex.words("list_joiners") \
                or before and before[-1].lower() in lex.words("list_joiners"):
            pass  # "im Juli und August": one of two dates, both stay
        elif at_start or at_end or particles or bare:  # "signed an agreement Wednesday that ...": an adverb
            text = " ".join(before) + " " + after
    text = _BRACKETS.sub("", text)
    words = text.split()
    while len(words) > 3 and words[0].lower().strip(",") in lex.words("openers"):
        if lang == "de" and words[0].lower().strip(",") not in lex.words("coordinators") \
                and words[1][:1].islower() and words[1].lower() not in lex.words("articles"):
            break  # "So war das Parlament ...": the opener holds the clause's first place, the verb follows
        words.pop(0)
    return " ".join(words)


_ALNUM = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
#: a German zu-infinitive written as one word ("zurückzutreten", "abzuschließen")
_ZU_INFINITIVE = re.compile(r"[a-zäöüß]{2,}zu[a-zäöüß]{2,}en$")
#: what opens a photo gallery's caption: its counter and the archive mark ("5 of 15", "FILE -"),
#: a photo credit ("© Anna Berg/dpa") and a reading time ("2 Min.", "3 min read")
_CAPTION_OPENING = re.compile(r"^\s*(?:\d+ of\d+\s+)?(?:(?:FILE|ARCHIVE|ARCHIV)\s*[-–—:]\s*)?"
                              r"(?:©\s*(?:[\w.\-]+\s){0,4}?[\w.\-]*/[\w.\-]+\s+)?"
                              r"(?:\d{1,2}\s*(?:Min\.|min read|Minuten Lesezeit)\s+)?(?=\S)")


def _words(text: str, lang: str, lex: EventLexicon) -> str:
    """``text`` as a label: at most LABEL_WORDS words (a few more where that ends the clause), a
    cut never ending on a function word, a German clause's final verb kept."""
    text = _CAPTION_OPENING.sub("", text, count=1)
    text = _EDGE.sub("", " ".join(_BRACKETS.sub("", text).split()))
    text = _LOOSE_COMMA.sub(",", text)  # "genauer , haben" where a date stood
    words = text.split()
    last = words[-1].rstrip(".!?") if words else ""
    if len(words) > LABEL_WORDS + LABEL_SLACK:
        verb = lang == "de" and last.isalpha() and last.islower() and last not in lex.words("subject_pronouns")
        kept = words[:LABEL_WORDS - 1 if verb else LABEL_WORDS]
        loose = lex.words("dangling") | lex.words("articles") | lex.words("date_particles") | lex.words("list_joiners")
        for _ in range(2):
            if kept[-1].lower().strip(",;:") in loose:
                kept.pop()  # "... kommt dann doch noch ein …" -> "... dann doch noch …"
        # a German clause ends with its verb ("... haben Trump und Putin lange telefoniert"): keep it
        text = " ".join(kept).rstrip(",;:") + (" … " + last if verb else " …")
    elif lang == "en" and len(words) > 4 and last.lower() in lex.words("dangling"):  # German: a verb particle ("stimmt ... zu")
        text = " ".join(words[:-1])  # "a victory bigger than" where the date stood after it
    text = text.rstrip(". ")
    return text[:1].upper() + text[1:]
