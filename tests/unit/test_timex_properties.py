"""Properties of the tagger on arbitrary input, and agreement of its fast index with a full scan."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.timex import _setup, engine, tag

PIECES = st.sampled_from([
    "am", "Mittwoch", "13.", "Februar", "2025", "17.05.2025", "19:54", "Uhr", "vor", "drei", "Jahren", "bis",
    "Ende", "März", "gestern", "Nacht", "zum", "jeden", "Montag", "täglich", " ", ".", ",", "-", "\n\n", "%",
    "on", "last", "Tuesday", "ago", "mid-March", "12", "99", "İ", "ẞ", "\u00a0", "Jänner", "im", "Jahr",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map(" ".join),
                  st.lists(PIECES, max_size=60).map("".join))
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, anchor=ANCHORS, lang=st.sampled_from(["de", "en", "fr"]))
def test_tag_never_raises_and_spans_are_in_the_text(text, anchor, lang):
    got = tag(text, anchor, lang)
    end = 0
    for t in got:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.start >= end  # sorted, no overlaps
        end = t.end
        if t.first is not None:
            assert t.last is not None and t.first <= t.last


@settings(max_examples=150, deadline=None)
@given(text=st.lists(PIECES, max_size=40).map(" ".join))
def test_trigger_index_finds_what_a_full_scan_finds(text):
    index, _cues, _lex = _setup("de")
    fast = {(s, e, r.name) for s, e, _p, r, _m in engine._select(engine._candidates(text, index))}
    full = {(s, e, r.name) for s, e, _p, r, _m in engine._select(engine.candidates_full_scan(text, index.rules))}
    assert fast == full


def test_an_impossible_numeric_date_does_not_hide_the_real_one_behind_it():
    # "13. 13." is no day and month: neither a full scan nor the trigger index reads it as one
    index, _cues, _lex = _setup("de")
    text = "Montag 2025 % März 13. 13. 13. 2025"
    fast = {(s, e, r.name) for s, e, _p, r, _m in engine._select(engine._candidates(text, index))}
    full = {(s, e, r.name) for s, e, _p, r, _m in engine._select(engine.candidates_full_scan(text, index.rules))}
    assert fast == full
    assert [(t.text, t.value) for t in tag("Der Vertrag vom 3. 4. 2025 gilt.", None, "de")] == [("3. 4. 2025", "2025-04-03")]
