"""Fuzzing the whole path a dropped file takes: reader -> structure -> extraction -> merging.

Random bytes under every supported suffix and random (news-flavoured) text: a bad file may
become a Problem, but no exception may escape, and whatever comes out is well formed.
3,000 examples here per CI run (and 2,500 more over the readers in test_fuzz_readers.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.model import Document
from desktop.core.pipeline import extract, make_article
from desktop.session import extract_paths
from desktop.core.readers import SUPPORTED_SUFFIXES

SUFFIXES = sorted(SUPPORTED_SUFFIXES)
FUZZ = settings(max_examples=1000, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = st.sampled_from([
    "am Mittwoch", "am 3. März 2025", "telefonierte", "Präsident", "Anna Berg", "Putin", "Selenskij", "Kreml",
    "Mitte März", "vor drei Jahren", "in der Nacht zum 13. Februar", "2014", "50.000", "5,- Euro", "24 Stunden",
    "Foto: X/Y", "17 Kommentare", "@nutzer:", "will", "hat", "gestern", "J. D.", "„", "“", "Stand: 17.05.2025",
    "date 2025-02", "on Friday", "last week", "Mr. Smith", "said", "<p>", "</p>", "# Titel", "\n\n", ". ", " ",
    "\x00", "\ufeff", "é", "ß", "\u200b", "🙂",
])


def check(ex) -> None:  # noqa: ANN001
    for e in ex.events:
        assert e.first <= e.last
        assert e.mentions
        for m in e.mentions:
            assert 0 <= m.start <= m.end
    for a in ex.actors:
        assert a.name


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=3000))
def test_random_bytes_in_any_format_never_escape(tmp_path: Path, suffix: str, data: bytes) -> None:
    f = tmp_path / f"fuzz{suffix}"
    f.write_bytes(data)
    check(extract_paths([f]))


@FUZZ
@given(text=st.text(max_size=800))
def test_random_text_never_escapes(text: str) -> None:
    art = make_article(Document(path="x.txt", text=text, format="text"))
    check(extract([art], {art.id: date(2025, 3, 1)}))


@FUZZ
@given(parts=st.lists(WORDS, max_size=120), dated=st.booleans())
def test_news_like_text_never_escapes(parts: list[str], dated: bool) -> None:
    text = " ".join(parts)
    a = make_article(Document(path="a.txt", text=text, format="text"))
    b = make_article(Document(path="b.txt", text=text[::-1], format="text"))
    check(extract([a, b], {a.id: date(2025, 3, 1)} if dated else None))
