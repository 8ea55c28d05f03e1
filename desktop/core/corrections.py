"""User corrections applied on top of an extraction.

Events and actors are derived data: every import or date change recomputes them.
A correction therefore names an event by one of its mentions (``EventMention.key``
is stable across re-imports) and an actor by its canonical name.  ``apply`` replays
the corrections in order on a fresh extraction and returns new frozen objects;
a correction whose event or actor no longer exists is kept but has no effect.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop.core.model import (
    PRECISION_RANK,
    Actor,
    ArticleAnalysis,
    Event,
    EventMention,
    Extraction,
    Mention,
    Precision,
)

#: kind -> required payload fields
KINDS: dict[str, tuple[str, ...]] = {
    "rename_event": ("mention_key", "label"),
    "set_event_date": ("mention_key", "first", "last", "precision"),
    "delete_event": ("mention_key",),
    "merge_events": ("mention_key_a", "mention_key_b"),
    "rename_actor": ("old_name", "new_name"),
    "merge_actors": ("name_a", "name_b"),
}


class CorrectionError(ValueError):
    """A correction that cannot be recorded (unknown kind, missing or bad field)."""


@dataclass(frozen=True)
class Correction:
    """One user correction.  ``payload`` holds JSON-friendly values only.

    Event corrections may carry ``keys`` (or ``keys_a`` / ``keys_b`` for a merge):
    the keys of all the event's mentions when it was corrected, tried in order
    when the main mention key is no longer part of any event.
    """

    kind: str
    payload: Mapping[str, Any] = field(hash=False)
    id: int | None = None
    created_at: str | None = None


def make(kind: str, **payload: Any) -> Correction:
    """Build and validate a correction (dates may be ``date`` objects, precision a ``Precision``)."""
    if kind not in KINDS:
        raise CorrectionError(f"unknown correction kind {kind!r}")
    missing = [k for k in KINDS[kind] if payload.get(k) in (None, "")]
    if missing:
        raise CorrectionError(f"{kind}: missing {', '.join(missing)}")
    clean: dict[str, Any] = {}
    for k, v in payload.items():
        if isinstance(v, date):
            v = v.isoformat()
        elif isinstance(v, Precision):
            v = v.value
        elif isinstance(v, tuple):
            v = list(v)
        clean[k] = v
    if kind == "set_event_date":
        try:
            first = date.fromisoformat(clean["first"])
            last = date.fromisoformat(clean["last"])
            Precision(clean["precision"])
        except (TypeError, ValueError) as exc:
            raise CorrectionError(f"set_event_date: {exc}") from None
        if last < first:
            raise CorrectionError("set_event_date: the last day is before the first")
    if kind == "rename_event":
        clean["label"] = str(clean["label"]).strip()
        if not clean["label"]:
            raise CorrectionError("rename_event: empty label")
    if kind in ("rename_actor", "merge_actors"):
        for k in KINDS[kind]:
            clean[k] = str(clean[k]).strip()
            if not clean[k]:
                raise CorrectionError(f"{kind}: empty {k}")
    return Correction(kind=kind, payload=clean)


def describe(c: Correction) -> str:
    """A short English description for menus ("Undo: rename event to ...")."""
    p = c.payload
    if c.kind == "rename_event":
        return f"rename event to “{p['label']}”"
    if c.kind == "set_event_date":
        span = p["first"] if p["first"] == p["last"] else f"{p['first']} – {p['last']}"
        return f"set event date to {span}"
    if c.kind == "delete_event":
        return "delete event"
    if c.kind == "merge_events":
        return "merge two events"
    if c.kind == "rename_actor":
        return f"rename actor “{p['old_name']}” to “{p['new_name']}”"
    if c.kind == "merge_actors":
        return f"merge actor “{p['name_b']}” into “{p['name_a']}”"
    return c.kind


def apply(extraction: Extraction, corrections: Iterable[Correction]) -> Extraction:
    """Return ``extraction`` with ``corrections`` applied in order."""
    return apply_with_report(extraction, corrections)[0]


def apply_with_report(
    extraction: Extraction, corrections: Iterable[Correction]
) -> tuple[Extraction, list[Correction]]:
    """Apply corrections; also return those that no longer apply (event or actor gone)."""
    state = _State(extraction)
    ignored = [c for c in corrections if not state.apply(c)]
    return state.result(), ignored


# ---------------------------------------------------------------------------


class _State:
    """Mutable working copy: events by id in order, a mention-key index, actors by name."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.order: list[str] = [e.id for e in ex.events]
        self.events: dict[str, Event] = {e.id: e for e in ex.events}
        self.by_key: dict[str, str] = {}
        for e in ex.events:
            for m in e.mentions:
                self.by_key.setdefault(m.key, e.id)
        self.actors: dict[str, Actor] = {a.name: a for a in ex.actors}
        self.actor_order: list[str] = [a.name for a in ex.actors]
        self.renamed: dict[str, str] = {}  # actor old -> new, applied to analyses at the end
        self.user_labels: set[str] = set()  # event ids whose label the user set

    # -- lookup -----------------------------------------------------------

    def find(self, key: Any, fallback: Any = None) -> str | None:
        if isinstance(key, str) and key in self.by_key:
            return self.by_key[key]
        if isinstance(fallback, (list, tuple)):
            for k in fallback:
                if isinstance(k, str) and k in self.by_key:
                    return self.by_key[k]
        return None

    def actor_known(self, name: str) -> bool:
        if name in self.actors:
            return True
        return any(name in self.events[i].actors for i in self.order)

    # -- corrections --------------------------------------------------------

    def apply(self, c: Correction) -> bool:
        p = c.payload
        try:
            handler = getattr(self, "_" + c.kind)
        except AttributeError:
            return False
        try:
            return bool(handler(p))
        except (KeyError, TypeError, ValueError):
            return False  # a malformed stored payload never breaks the whole view

    def _rename_event(self, p: Mapping[str, Any]) -> bool:
        eid = self.find(p["mention_key"], p.get("keys"))
        if eid is None:
            return False
        self.events[eid] = replace(self.events[eid], label=str(p["label"]), labels=())  # the user's, in every view
        self.user_labels.add(eid)
        return True

    def _set_event_date(self, p: Mapping[str, Any]) -> bool:
        eid = self.find(p["mention_key"], p.get("keys"))
        if eid is None:
            return False
        first, last = date.fromisoformat(p["first"]), date.fromisoformat(p["last"])
        if last < first:
            return False
        self.events[eid] = replace(
            self.events[eid], first=first, last=last, precision=Precision(p["precision"])
        )
        return True

    def _delete_event(self, p: Mapping[str, Any]) -> bool:
        eid = self.find(p["mention_key"], p.get("keys"))
        if eid is None:
            return False
        ev = self.events.pop(eid)
        self.order.remove(eid)
        for m in ev.mentions:
            if self.by_key.get(m.key) == eid:
                del self.by_key[m.key]
        return True

    def _merge_events(self, p: Mapping[str, Any]) -> bool:
        a = self.find(p["mention_key_a"], p.get("keys_a"))
        b = self.find(p["mention_key_b"], p.get("keys_b"))
        if a is None or b is None:
            return False
        if a == b:
            return True
        ea, eb = self.events[a], self.events[b]
        keys = {m.key for m in ea.mentions}
        mentions = ea.mentions + tuple(m for m in eb.mentions if m.key not in keys)
        actors = ea.actors + tuple(x for x in eb.actors if x not in ea.actors)
        # the finer date wins; on a tie, the event merged into
        finer = eb if PRECISION_RANK[eb.precision] < PRECISION_RANK[ea.precision] else ea
        self.events[a] = replace(
            ea,
            mentions=mentions,
            actors=actors,
            first=finer.first,
            last=finer.last,
            precision=finer.precision,
        )
        del self.events[b]
        self.order.remove(b)
        for m in eb.mentions:
            self.by_key[m.key] = a
        return True

    def _rename_actor(self, p: Mapping[str, Any]) -> bool:
        old, new = str(p["old_name"]), str(p["new_name"])
        if not self.actor_known(old):
            return False
        if old == new:
            return True
        if new in self.actors or self.actor_known(new):
            return self._merge(new, old)
        actor = self.actors.pop(old, None)
        if actor is not None:
            aliases = tuple(x for x in (*actor.aliases, old) if x != new)
            self.actors[new] = replace(actor, name=new, aliases=_uniq(aliases))
            self.actor_order[self.actor_order.index(old)] = new
        self._replace_in_events(old, new)
        return True

    def _merge_actors(self, p: Mapping[str, Any]) -> bool:
        a, b = str(p["name_a"]), str(p["name_b"])
        if not self.actor_known(b):
            return False
        if a == b:
            return True
        return self._merge(a, b)

    def _merge(self, a: str, b: str) -> bool:
        """Actor ``b`` becomes an alias of ``a`` (``a`` may not exist yet)."""
        ab = self.actors.pop(b, None)
        if b in self.actor_order:
            idx = self.actor_order.index(b)
            self.actor_order.pop(idx)
        else:
            idx = len(self.actor_order)
        aa = self.actors.get(a)
        if aa is None:
            if ab is None:
                self._replace_in_events(b, a)
                return True
            aa = replace(ab, name=a, aliases=())
            self.actor_order.insert(min(idx, len(self.actor_order)), a)
        extra_aliases = (b, *(ab.aliases if ab else ()))
        extra_roles = ab.roles if ab else ()
        self.actors[a] = replace(
            aa,
            aliases=_uniq(x for x in (*aa.aliases, *extra_aliases) if x != a),
            roles=_uniq((*aa.roles, *extra_roles)),
        )
        self._replace_in_events(b, a)
        return True

    def _replace_in_events(self, old: str, new: str) -> None:
        for k, v in list(self.renamed.items()):
            if v == old:
                self.renamed[k] = new
        self.renamed[old] = new
        word = re.compile(r"(?<!\w)" + re.escape(old) + r"(?!\w)")
        for eid in self.order:
            ev = self.events[eid]
            if old not in ev.actors and not any(old in m.actors for m in ev.mentions):
                continue
            label = ev.label if eid in self.user_labels else word.sub(new, ev.label)
            labels = ev.labels if eid in self.user_labels else tuple((k, word.sub(new, t)) for k, t in ev.labels)
            self.events[eid] = replace(
                ev,
                actors=_swap(ev.actors, old, new),
                mentions=tuple(_swap_em(m, old, new) for m in ev.mentions),
                label=label,
                labels=labels,
            )

    # -- result -------------------------------------------------------------

    def result(self) -> Extraction:
        analyses: Sequence[ArticleAnalysis] = self.ex.analyses
        if self.renamed:
            analyses = tuple(_rename_in_analysis(a, self.renamed) for a in analyses)
        return replace(
            self.ex,
            analyses=tuple(analyses),
            events=tuple(self.events[i] for i in self.order),
            actors=tuple(self.actors[n] for n in self.actor_order),
        )


def _uniq(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _swap(names: tuple[str, ...], old: str, new: str) -> tuple[str, ...]:
    if old not in names:
        return names
    return _uniq(new if n == old else n for n in names)


def _swap_em(m: EventMention, old: str, new: str) -> EventMention:
    return replace(m, actors=_swap(m.actors, old, new)) if old in m.actors else m


def _resolve(name: str, renamed: Mapping[str, str]) -> str:
    return renamed.get(name, name)


def _rename_in_analysis(a: ArticleAnalysis, renamed: Mapping[str, str]) -> ArticleAnalysis:
    def em(m: EventMention) -> EventMention:
        new = _uniq(_resolve(x, renamed) for x in m.actors)
        return m if new == m.actors else replace(m, actors=new)

    def mention(m: Mention) -> Mention:
        new = _resolve(m.actor, renamed)
        return m if new == m.actor else replace(m, actor=new)

    return replace(
        a,
        mentions=tuple(mention(m) for m in a.mentions),
        event_mentions=tuple(em(m) for m in a.event_mentions),
    )


def renamed_actors(extraction: Extraction, names: Mapping[str, str]) -> Extraction:
    """``extraction`` with its actors shown under other names (old -> new, none of them taken):
    in actors, events and mentions alike; labels keep the words their reports wrote."""
    if not names:
        return extraction

    def event(e: Event) -> Event:
        if names.keys().isdisjoint(e.actors) and all(names.keys().isdisjoint(m.actors) for m in e.mentions):
            return e
        actors = _uniq(_resolve(x, names) for x in e.actors)
        mentions = tuple(m if names.keys().isdisjoint(m.actors) else replace(m, actors=_uniq(_resolve(x, names) for x in m.actors))
                         for m in e.mentions)
        return replace(e, actors=actors, mentions=mentions)

    actors = tuple(replace(a, name=names[a.name], aliases=_uniq((*a.aliases, a.name)))
                   if a.name in names else a for a in extraction.actors)
    return replace(extraction, actors=actors, events=tuple(event(e) for e in extraction.events),
                   analyses=tuple(_rename_in_analysis(a, names) for a in extraction.analyses))
