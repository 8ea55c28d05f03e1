"""Rows of a flat Qt model updated by key: inserts, removals and changes instead of a reset.

``update_rows(model, rows, new, key)`` turns ``rows`` (the model's own list) into ``new``
step by step inside beginRemoveRows/endRemoveRows, beginInsertRows/endInsertRows and
dataChanged, so views keep their selection, scroll position and expanded state, and a
proxy re-sorts only what changed (one rename is one dataChanged). When the surviving rows
come in another order the model is reset (a re-sort of the source; rare).
napari's ``_qt/containers/_base_item_model.py`` shows the pattern."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

V = TypeVar("V")


def update_rows(
    model: QAbstractItemModel,
    rows: list[V],
    new: Sequence[V],
    key: Callable[[V], Hashable],
    on_change: Callable[[], None] = lambda: None,
) -> None:
    """Make ``rows`` equal to ``new``, announcing each step; ``on_change`` runs after every
    change of ``rows`` (before the end* call) to refresh what the model derives from them."""
    new_keys = [key(v) for v in new]
    old_keys = [key(v) for v in rows]
    new_set, old_set = set(new_keys), set(old_keys)
    if len(new_set) != len(new_keys) or [k for k in old_keys if k in new_set] != [
        k for k in new_keys if k in old_set
    ]:
        model.beginResetModel()
        rows[:] = new
        on_change()
        model.endResetModel()
        return
    root = QModelIndex()
    i = len(rows) - 1  # removals, bottom up, one signal per run of rows
    while i >= 0:
        if old_keys[i] in new_set:
            i -= 1
            continue
        j = i
        while j > 0 and old_keys[j - 1] not in new_set:
            j -= 1
        model.beginRemoveRows(root, j, i)
        del rows[j : i + 1]
        del old_keys[j : i + 1]
        on_change()
        model.endRemoveRows()
        i = j - 1
    changed: list[int] = []
    n = 0  # insertions top down; the survivors are already in order
    while n < len(new_keys):
        if n < len(old_keys) and old_keys[n] == new_keys[n]:
            if rows[n] != new[n]:
                rows[n] = new[n]
                changed.append(n)
            n += 1
            continue
        m = n
        while m + 1 < len(new_keys) and new_keys[m + 1] not in old_set:
            m += 1
        model.beginInsertRows(root, n, m)
        rows[n:n] = new[n : m + 1]
        old_keys[n:n] = new_keys[n : m + 1]
        on_change()
        model.endInsertRows()
        n = m + 1
    if changed:
        on_change()
        last_col = max(0, model.columnCount(root) - 1)
        start = prev = changed[0]
        for r in [*changed[1:], None]:
            if r is not None and r == prev + 1:
                prev = r
                continue
            model.dataChanged.emit(model.index(start, 0), model.index(prev, last_col))
            if r is not None:
                start = prev = r
