"""A flat Qt table model adapting one id-keyed collection of the session.

The collection (``desktop.session.collections.Collection``) says what changed: keys
inserted, removed, changed, or the survivors reordered. :class:`CollectionTableModel`
only turns that into beginRemoveRows/endRemoveRows, beginInsertRows/endInsertRows and
dataChanged (a reset only when the rows that stayed came in another order, or another
collection is attached), so views keep their selection and scroll position and a proxy
re-sorts only what changed: one rename is one dataChanged. It computes no differences of
its own. napari's ``_qt/containers/_base_item_model.py`` shows the pattern.

The model keeps the rows it has announced (``_rows``): between a begin* and its end* Qt
must see the old rows, and the collection has already changed when it announces.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from desktop.session.collections import Change, Collection

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_INDEX = QModelIndex | QPersistentModelIndex


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and r == out[-1][1] + 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


class CollectionTableModel(QAbstractTableModel, Generic[K, V]):
    """Rows of one collection, in its order. Subclasses give ``columnCount`` and ``data``."""

    def __init__(self, collection: Collection[K, V], parent: Any = None) -> None:
        super().__init__(parent)
        self._collection = collection
        self._rows: list[V] = list(collection)
        self._row_of: dict[K, int] = {}
        self._reindex()
        collection.connect(self._on_change)

    # -- the collection --------------------------------------------------------------
    @property
    def collection(self) -> Collection[K, V]:
        return self._collection

    def set_collection(self, collection: Collection[K, V]) -> None:
        """Adapt another collection (another workspace's): the one reset there is."""
        if collection is self._collection:
            return
        self._collection.disconnect(self._on_change)
        self.beginResetModel()
        self._collection = collection
        self._rows = list(collection)
        self._reindex()
        self.endResetModel()
        collection.connect(self._on_change)

    def update(self, items: Iterable[V]) -> Change[K]:
        """Give the collection new contents (it announces, the model follows)."""
        return self._collection.update(items)

    # -- queries --------------------------------------------------------------------
    def items(self) -> tuple[V, ...]:
        return tuple(self._rows)

    def item_at(self, row: int) -> V | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: K) -> int:
        """Row of ``key``, -1 when absent."""
        return self._row_of.get(key, -1)

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def rows_changed(self) -> None:
        """Called whenever the rows changed (before the end* signal): drop derived caches."""

    # -- following the announcements --------------------------------------------------
    def _key(self, item: V) -> K:
        return self._collection.key_of(item)

    def _reindex(self) -> None:
        self._row_of = {self._key(v): i for i, v in enumerate(self._rows)}
        self.rows_changed()

    def _on_change(self, change: Change[K]) -> None:
        coll = self._collection
        if change.reordered:
            self.beginResetModel()
            self._rows = list(coll)
            self._reindex()
            self.endResetModel()
            return
        root = QModelIndex()
        gone = sorted(r for k in change.removed if (r := self._row_of.get(k, -1)) >= 0)
        for first, last in reversed(_runs(gone)):  # bottom up: the rows above keep their numbers
            self.beginRemoveRows(root, first, last)
            del self._rows[first : last + 1]
            self._reindex()
            self.endRemoveRows()
        new = sorted(coll.index(k) for k in change.inserted)
        for first, last in _runs(new):  # top down: each lands where the collection has it
            self.beginInsertRows(root, first, last)
            self._rows[first:first] = [coll[k] for k in coll.keys()[first : last + 1]]
            self._reindex()
            self.endInsertRows()
        changed = sorted(r for k in change.changed if (r := self._row_of.get(k, -1)) >= 0)
        if changed:
            for r in changed:
                self._rows[r] = coll[self._key(self._rows[r])]
            self.rows_changed()
            last_col = max(0, self.columnCount(root) - 1)
            for first, last in _runs(changed):
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_col))

