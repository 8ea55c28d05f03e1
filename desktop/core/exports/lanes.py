"""The lane (TimelineJS ``group``) of each event when no window says which: the timeline's rule.

By actor: an event belongs to the more frequent of its first two actors; the eight actors that
own most events get a lane, the rest share "Other actors".  By article: the article that reports it
most often, eight lanes.  The window passes its own lanes instead, so an export matches the view.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from desktop.core.exports.wording import wording
from desktop.core.model import Event

LANES = 8


def _owner(e: Event, freq: Mapping[str, int]) -> str:
    return min(e.actors[:2], key=lambda a: (-freq[a], a))


def lanes(events: Sequence[Event], mode: str, titles: Mapping[str, str], lang: str) -> dict[str, str]:
    w = wording(lang)
    if mode == "single":
        return {e.id: w["all_events"] for e in events}
    if mode == "article":
        main = {}
        for e in events:
            counts = Counter(m.article_id for m in e.mentions)
            main[e.id] = min(counts, key=lambda a: (-counts[a], a)) if counts else ""
        counts = Counter(a for a in main.values() if a)
        top = set(sorted(counts, key=lambda a: (-counts[a], a))[:LANES])
        return {k: (titles.get(a) or a) if a in top else w["other_articles"] for k, a in main.items()}
    freq = Counter(a for e in events for a in dict.fromkeys(e.actors))
    owners = {e.id: _owner(e, freq) for e in events if e.actors}
    counts = Counter(owners.values())
    top = set(sorted(counts, key=lambda a: (-counts[a], -freq[a], a))[:LANES])
    return {e.id: owners[e.id] if owners.get(e.id) in top else w["others"] for e in events}
