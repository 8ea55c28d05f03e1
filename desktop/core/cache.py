"""A bounded memo that several threads may use at once (the GUI thread and the import pool).

Reads take no lock (a dict look-up is atomic); writes and evictions do, so two threads
evicting at the same time cannot delete the same key twice."""

from __future__ import annotations

import threading
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """At most ``size`` entries. When full, either the oldest quarter goes (``evict=True``)
    or new entries are simply not kept (``evict=False``: a memo of a pure function)."""

    def __init__(self, size: int, evict: bool = True) -> None:
        self._size = size
        self._evict = evict
        self._data: dict[K, V] = {}
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        return self._data.get(key)

    def put(self, key: K, value: V) -> None:
        with self._lock:
            if len(self._data) >= self._size and key not in self._data:
                if not self._evict:
                    return
                for old in list(self._data)[: max(1, self._size // 4)]:
                    del self._data[old]
            self._data[key] = value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
