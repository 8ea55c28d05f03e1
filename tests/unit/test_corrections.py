"""corrections.apply on hand-built extractions: each kind, stale corrections, chains."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import corrections as corr
from desktop.core.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventMention,
    Mention,
    Precision,
    Status,
)
from desktop.core.model import ArticleAnalysis, Extraction


def em(article: str, start: int, actors: tuple[str, ...], day: date, text: str = "") -> EventMention:
    return EventMention(
        article_id=article,
        start=start,
        end=start + 40,
        sentence=f"Ein Satz über {', '.join(actors)}.",
        date_text=text or day.isoformat(),
        first=day,
        last=day,
        precision=Precision.DAY,
        status=Status.HAPPENED,
        actors=actors,
    )


M1 = em("a1", 10, ("Anna Berg", "Tom Krause"), date(2025, 2, 12), "am 12. Februar")
M2 = em("a2", 0, ("Anna Berg", "Tom Krause"), date(2025, 2, 12), "am Mittwoch")
M3 = em("a1", 90, ("Anna Berg", "Paul Richter"), date(2025, 3, 3), "am 3. März")
M4 = em("a2", 70, ("Lena Vogt",), date(2025, 3, 20), "am 20. März")

E1 = Event("e1", date(2025, 2, 12), date(2025, 2, 12), Precision.DAY, Status.HAPPENED,
           "Telefonat Anna Berg – Tom Krause", ("Anna Berg", "Tom Krause"), (M1, M2))
E2 = Event("e2", date(2025, 3, 3), date(2025, 3, 3), Precision.DAY, Status.HAPPENED,
           "Treffen Anna Berg – Paul Richter", ("Anna Berg", "Paul Richter"), (M3,))
E3 = Event("e3", date(2025, 3, 1), date(2025, 3, 31), Precision.MONTH, Status.PLANNED,
           "Reise Lena Vogt", ("Lena Vogt",), (M4,))


def extraction() -> Extraction:
    art = Article("a1", "a1.txt", "x" * 200, "text", None, None, "de", None, ())
    analysis = ArticleAnalysis(
        article=art,
        sentences=(),
        timexes=(),
        mentions=(
            Mention(20, 29, "Anna Berg", "Anna Berg", ActorKind.PERSON),
            Mention(34, 44, "Tom Krause", "Tom Krause", ActorKind.PERSON),
        ),
        event_mentions=(M1, M3),
    )
    return Extraction(
        analyses=(analysis,),
        events=(E1, E2, E3),
        actors=(
            Actor("Anna Berg", ActorKind.PERSON, roles=("Kanzlerin",)),
            Actor("Tom Krause", ActorKind.PERSON, aliases=("Krause",)),
            Actor("Paul Richter", ActorKind.PERSON),
            Actor("Lena Vogt", ActorKind.PERSON, roles=("Ministerin",)),
        ),
    )


def ev(ex: Extraction, eid: str) -> Event:
    return next(e for e in ex.events if e.id == eid)


def test_no_corrections_changes_nothing() -> None:
    ex = extraction()
    assert corr.apply(ex, []) == ex


def test_rename_event_by_any_of_its_mentions() -> None:
    ex = corr.apply(extraction(), [corr.make("rename_event", mention_key=M2.key, label="Das Telefonat")])
    assert ev(ex, "e1").label == "Das Telefonat"
    assert [e.id for e in ex.events] == ["e1", "e2", "e3"]
    assert ev(ex, "e2") == E2


def test_a_renamed_event_shows_the_users_label_in_every_language() -> None:
    from dataclasses import replace

    base = extraction()
    two = replace(ev(base, "e1"), labels=(("de", "Anna Berg telefonierte"), ("en", "Anna Berg called")))
    base = replace(base, events=(two, E2, E3))
    ex = corr.apply(base, [corr.make("rename_event", mention_key=M2.key, label="Das Telefonat")])
    assert ev(ex, "e1").label_in("en") == ev(ex, "e1").label_in("de") == "Das Telefonat"


def test_set_event_date() -> None:
    c = corr.make(
        "set_event_date", mention_key=M4.key, first=date(2025, 3, 21), last=date(2025, 3, 22),
        precision=Precision.RANGE,
    )
    e = ev(corr.apply(extraction(), [c]), "e3")
    assert (e.first, e.last, e.precision) == (date(2025, 3, 21), date(2025, 3, 22), Precision.RANGE)
    assert e.label == E3.label and e.status == Status.PLANNED


def test_delete_event() -> None:
    ex = corr.apply(extraction(), [corr.make("delete_event", mention_key=M3.key)])
    assert [e.id for e in ex.events] == ["e1", "e3"]


def test_merge_events_keeps_the_first_id_and_all_sources() -> None:
    ex = corr.apply(extraction(), [corr.make("merge_events", mention_key_a=M4.key, mention_key_b=M1.key)])
    assert [e.id for e in ex.events] == ["e2", "e3"]
    merged = ev(ex, "e3")
    assert {m.key for m in merged.mentions} == {M4.key, M1.key, M2.key}
    assert merged.actors == ("Lena Vogt", "Anna Berg", "Tom Krause")
    assert merged.label == E3.label
    # the finer date (day, from e1) wins over e3's month
    assert (merged.first, merged.precision) == (date(2025, 2, 12), Precision.DAY)
    assert merged.source_count == 2


def test_corrections_follow_a_merged_event() -> None:
    cs = [
        corr.make("merge_events", mention_key_a=M3.key, mention_key_b=M1.key),
        corr.make("rename_event", mention_key=M2.key, label="Alles ein Ereignis"),
    ]
    ex = corr.apply(extraction(), cs)
    assert ev(ex, "e2").label == "Alles ein Ereignis"


def test_stale_corrections_are_kept_but_ignored() -> None:
    gone = corr.make("rename_event", mention_key="zz:1:gestern", label="weg")
    gone_actor = corr.make("rename_actor", old_name="Niemand", new_name="Jemand")
    good = corr.make("delete_event", mention_key=M4.key)
    ex, ignored = corr.apply_with_report(extraction(), [gone, good, gone_actor])
    assert ignored == [gone, gone_actor]
    assert [e.id for e in ex.events] == ["e1", "e2"]


def test_deleted_event_cannot_be_corrected_later() -> None:
    cs = [corr.make("delete_event", mention_key=M1.key), corr.make("rename_event", mention_key=M2.key, label="x")]
    ex, ignored = corr.apply_with_report(extraction(), cs)
    assert ignored == [cs[1]]
    assert "e1" not in {e.id for e in ex.events}


def test_fallback_keys_find_an_event_whose_first_mention_is_gone() -> None:
    c = corr.make("rename_event", mention_key="a9:0:früher", keys=["a9:0:früher", M2.key], label="Gefunden")
    assert ev(corr.apply(extraction(), [c]), "e1").label == "Gefunden"


def test_rename_actor_everywhere() -> None:
    ex = corr.apply(extraction(), [corr.make("rename_actor", old_name="Anna Berg", new_name="Anna Berg-Meier")])
    names = [a.name for a in ex.actors]
    assert names == ["Anna Berg-Meier", "Tom Krause", "Paul Richter", "Lena Vogt"]
    renamed = ex.actors[0]
    assert "Anna Berg" in renamed.aliases and renamed.roles == ("Kanzlerin",)
    for e in (ev(ex, "e1"), ev(ex, "e2")):
        assert "Anna Berg" not in e.actors and "Anna Berg-Meier" in e.actors
        assert all("Anna Berg" not in m.actors for m in e.mentions)
    # the generated label follows; the mention text (what the article says) does not
    assert ev(ex, "e1").label == "Telefonat Anna Berg-Meier – Tom Krause"
    analysis = ex.analyses[0]
    assert analysis.mentions[0].actor == "Anna Berg-Meier" and analysis.mentions[0].text == "Anna Berg"
    assert all("Anna Berg" not in m.actors for m in analysis.event_mentions)


def test_rename_actor_does_not_touch_a_label_the_user_wrote() -> None:
    cs = [
        corr.make("rename_event", mention_key=M1.key, label="Anna Berg ruft an"),
        corr.make("rename_actor", old_name="Anna Berg", new_name="A. Berg"),
    ]
    assert ev(corr.apply(extraction(), cs), "e1").label == "Anna Berg ruft an"


def test_rename_actor_onto_an_existing_name_merges() -> None:
    ex = corr.apply(extraction(), [corr.make("rename_actor", old_name="Tom Krause", new_name="Anna Berg")])
    assert [a.name for a in ex.actors] == ["Anna Berg", "Paul Richter", "Lena Vogt"]
    assert ev(ex, "e1").actors == ("Anna Berg",)


def test_merge_actors_makes_an_alias() -> None:
    ex = corr.apply(extraction(), [corr.make("merge_actors", name_a="Lena Vogt", name_b="Tom Krause")])
    assert [a.name for a in ex.actors] == ["Anna Berg", "Paul Richter", "Lena Vogt"]
    vogt = ex.actors[2]
    assert set(vogt.aliases) == {"Tom Krause", "Krause"}
    assert vogt.roles == ("Ministerin",)
    assert ev(ex, "e1").actors == ("Anna Berg", "Lena Vogt")
    assert ex.analyses[0].mentions[1].actor == "Lena Vogt"


def test_chained_actor_corrections() -> None:
    cs = [
        corr.make("rename_actor", old_name="Paul Richter", new_name="P. Richter"),
        corr.make("merge_actors", name_a="Tom Krause", name_b="P. Richter"),
    ]
    ex = corr.apply(extraction(), cs)
    assert [a.name for a in ex.actors] == ["Anna Berg", "Tom Krause", "Lena Vogt"]
    assert {"Paul Richter", "P. Richter"} <= set(ex.actors[1].aliases)
    assert ev(ex, "e2").actors == ("Anna Berg", "Tom Krause")


def test_apply_does_not_mutate_its_input() -> None:
    ex = extraction()
    before = repr(ex)
    corr.apply(ex, [corr.make("rename_actor", old_name="Anna Berg", new_name="X"),
                    corr.make("merge_events", mention_key_a=M1.key, mention_key_b=M3.key)])
    assert repr(ex) == before


@pytest.mark.parametrize(
    ("kind", "payload"),
    [
        ("rename_event", {"mention_key": "a:1:x"}),
        ("rename_event", {"mention_key": "a:1:x", "label": "   "}),
        ("set_event_date", {"mention_key": "k", "first": "2025-03-02", "last": "2025-03-01", "precision": "day"}),
        ("set_event_date", {"mention_key": "k", "first": "2025-03-01", "last": "2025-03-01", "precision": "fortnight"}),
        ("merge_actors", {"name_a": "A", "name_b": ""}),
        ("paint_event", {"mention_key": "k"}),
    ],
)
def test_invalid_corrections_are_refused(kind: str, payload: dict[str, str]) -> None:
    with pytest.raises(corr.CorrectionError):
        corr.make(kind, **payload)


def test_a_malformed_stored_payload_is_ignored() -> None:
    bad = corr.Correction("set_event_date", {"mention_key": M1.key, "first": "gestern", "last": "x", "precision": "day"})
    ex, ignored = corr.apply_with_report(extraction(), [bad])
    assert ignored == [bad] and ev(ex, "e1") == E1


def test_describe_is_readable() -> None:
    assert corr.describe(corr.make("rename_event", mention_key="k", label="Gipfel")) == "rename event to “Gipfel”"
    assert "Tom Krause" in corr.describe(corr.make("merge_actors", name_a="A", name_b="Tom Krause"))


# -- any sequence of corrections is safe ---------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_KEYS = [M1.key, M2.key, M3.key, M4.key, "weg:0:nie"]
_NAMES = ["Anna Berg", "Tom Krause", "Paul Richter", "Lena Vogt", "Neu Name", "Krause"]
_corrections = st.one_of(
    st.builds(lambda k, l: corr.make("rename_event", mention_key=k, label=l),
              st.sampled_from(_KEYS), st.text(min_size=1).filter(str.strip)),
    st.builds(lambda k, d: corr.make("set_event_date", mention_key=k, first=d, last=d, precision="day"),
              st.sampled_from(_KEYS), st.dates()),
    st.builds(lambda k: corr.make("delete_event", mention_key=k), st.sampled_from(_KEYS)),
    st.builds(lambda a, b: corr.make("merge_events", mention_key_a=a, mention_key_b=b),
              st.sampled_from(_KEYS), st.sampled_from(_KEYS)),
    st.builds(lambda a, b: corr.make("rename_actor", old_name=a, new_name=b),
              st.sampled_from(_NAMES), st.sampled_from(_NAMES)),
    st.builds(lambda a, b: corr.make("merge_actors", name_a=a, name_b=b),
              st.sampled_from(_NAMES), st.sampled_from(_NAMES)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_corrections, max_size=12))
def test_any_sequence_of_corrections_is_consistent(cs: list[corr.Correction]) -> None:
    ex, ignored = corr.apply_with_report(extraction(), cs)
    ids = [e.id for e in ex.events]
    assert len(ids) == len(set(ids)) and set(ids) <= {"e1", "e2", "e3"}
    keys = [m.key for e in ex.events for m in e.mentions]
    assert len(keys) == len(set(keys))  # no mention in two events
    names = [a.name for a in ex.actors]
    assert len(names) == len(set(names))
    for e in ex.events:  # every actor an event names is in the registry
        assert set(e.actors) <= set(names)
    # replaying is deterministic
    assert corr.apply(extraction(), cs) == ex
    assert all(c in cs for c in ignored)
