"""Id-keyed collections that announce what changed, for views to follow without resets.

``Collection.update(items)`` replaces the contents and tells every listener which keys
were inserted, removed or changed (by value), in the collection's order. A Qt model
adapts one collection (``desktop/ui``), calling beginInsertRows/endRemoveRows/dataChanged
instead of resetting (napari's ``_qt/containers/_base_item_model.py`` pattern)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass(frozen=True)
class Change(Generic[K]):
    """What one ``update`` did: keys inserted, removed and changed in value, and whether
    the items that stayed came in another order (``reordered``: a view re-reads them all)."""

    inserted: tuple[K, ...] = ()
    removed: tuple[K, ...] = ()
    changed: tuple[K, ...] = ()
    reordered: bool = False

    def __bool__(self) -> bool:
        return bool(self.inserted or self.removed or self.changed or self.reordered)


class Collection(Generic[K, V]):
    """Items in order, found by key (``key(item)``)."""

    def __init__(self, key: Callable[[V], K]) -> None:
        self._key = key
        self._items: dict[K, V] = {}
        self._index: dict[K, int] | None = {}
        self._listeners: list[Callable[[Change[K]], None]] = []

    def connect(self, listener: Callable[[Change[K]], None]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[[Change[K]], None]) -> None:
        self._listeners.remove(listener)

    def update(self, items: Iterable[V]) -> Change[K]:
        """Hold exactly ``items`` (their order); announce the difference."""
        new: dict[K, V] = {}
        for item in items:
            new[self._key(item)] = item
        old = self._items
        change = Change(
            inserted=tuple(k for k in new if k not in old),
            removed=tuple(k for k in old if k not in new),
            changed=tuple(k for k, v in new.items() if k in old and old[k] != v),
            reordered=[k for k in old if k in new] != [k for k in new if k in old],
        )
        self._items = new
        self._index = None
        if change:
            for listener in list(self._listeners):
                listener(change)
        return change

    def key_of(self, item: V) -> K:
        return self._key(item)

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[V]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def keys(self) -> list[K]:
        return list(self._items)

    def index(self, key: K) -> int:
        """The position of ``key`` in the collection's order, -1 when absent."""
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self._items)}
        return self._index.get(key, -1)
