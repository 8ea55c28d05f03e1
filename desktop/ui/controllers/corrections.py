"""Corrections of events and actors, and undo: asked for in dialogs, stored by the session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.corrections import Correction, CorrectionError
from desktop.core.model import Precision
from desktop.ui import dialogs
from desktop.ui.controllers.base import Controller, plural
from desktop.ui.event_model import actor_names, format_date

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class CorrectionController(Controller):
    """Each correction goes to the session, then the views are refreshed (corrections only
    replay; they never rerun the extraction)."""

    def correct(self, do: Callable[[], Any], done: str = "") -> bool:
        """Run a correction; ``done`` says in the status bar what changed, and how to take it back."""
        if self.busy():
            self.status(_tr("Please wait until the import has finished."), 5000)
            return False
        try:
            do()
        except (CorrectionError, KeyError, ValueError) as exc:
            self.status(_tr("Not changed: {why}").format(why=exc), 8000)
            return False
        self.window.view.reload()
        if done:
            self.status(done + " " + _tr("Edit > Undo correction takes it back."), 10000)
        return True

    def rename_selected(self, label: str | None = None) -> bool:
        w = self.window
        event = w.selection.selected_event()
        if event is None:
            return False
        if label is None:
            label, ok = dialogs.ask_text(w, _tr("Rename event"), _tr("Label:"), event.label)
            if not ok:
                return False
        label = label.strip()
        if not label or label == event.label:
            return False
        return self.correct(lambda: w.session.rename_event(event, label),
                            _tr("Event renamed to “{label}”.").format(label=label))

    def edit_selected_date(
        self, first: date | None = None, last: date | None = None, precision: Precision | None = None
    ) -> bool:
        w = self.window
        event = w.selection.selected_event()
        if event is None:
            return False
        if first is None:
            dlg = dialogs.EventDateDialog(event, w)
            if dlg.exec() != dialogs.EventDateDialog.DialogCode.Accepted:
                return False
            first, last, precision = dlg.value()
        last = last or first
        precision = precision or (Precision.DAY if first == last else Precision.RANGE)
        shown = format_date(first, last, precision)
        return self.correct(lambda: w.session.set_event_date(event, first, last, precision),
                            _tr("Event moved to {date}.").format(date=shown))

    def delete_selected(self) -> bool:
        w = self.window
        selected = w.selection.selected_event()
        events = w.selection.selected_table_events() or ([selected] if selected else [])
        if not events:
            return False
        w.selection.forget_keys()

        def do() -> None:
            for e in events:
                w.session.delete_event(e)

        ok = self.correct(do)
        if ok:
            self.status(plural(len(events), _tr("Event deleted. Edit > Undo correction brings it back."),
                               _tr("{n} events deleted. Edit > Undo correction brings them back.")), 8000)
        return ok

    def merge_selected(self, other_id: str | None = None) -> bool:
        """Merge: two rows selected in the table, or the selected event and ``other_id``
        (asked for in a dialog when not given)."""
        w = self.window
        chosen = w.selection.selected_table_events()
        if other_id is None and len(chosen) == 2:
            current = w.selection.selected_event()
            keep = current if current in chosen else chosen[0]
            other = chosen[1] if keep is chosen[0] else chosen[0]
        else:
            keep = w.selection.selected_event()
            if keep is None:
                return False
            if other_id is None:
                dlg = dialogs.ChooseEventDialog(keep, w.event_model.events(), w)
                if dlg.exec() != dialogs.ChooseEventDialog.DialogCode.Accepted:
                    return False
                other = dlg.value()
            else:
                other = w.event_model.event_at(w.event_model.row_of(other_id))
            if other is None or other.id == keep.id:
                return False
        keep_keys = [m.key for m in keep.mentions]
        ok = self.correct(lambda: w.session.merge_events(keep, other),
                          _tr("“{other}” merged into “{label}”.").format(other=other.label, label=keep.label))
        if ok:
            w.selection.select_by_keys(keep_keys)
        return ok

    def rename_actor(self, old: str | None = None, new: str | None = None) -> bool:
        w = self.window
        extraction = w.view.extraction
        if extraction is None:
            return False
        if old is None or new is None:
            selected = w.selection.selected_event()
            current = old or (selected.actors[0] if selected and selected.actors else None)
            dlg = dialogs.ActorDialog(actor_names(extraction.events), merge=False, current=current, parent=w)
            if dlg.exec() != dialogs.ActorDialog.DialogCode.Accepted:
                return False
            old, new = dlg.value()
        if not new or old == new:
            return False
        base = w.view.base_name(old)  # the correction names the actor as the extraction does
        ok = self.correct(lambda: w.session.rename_actor(base, new),
                          _tr("“{old}” renamed to “{new}”.").format(old=old, new=new))
        if ok and w.event_proxy.actor() == old:
            w.filters.filter_by_actor(new)
        return ok

    def merge_actors(self, keep: str | None = None, merged: str | None = None) -> bool:
        w = self.window
        extraction = w.view.extraction
        if extraction is None:
            return False
        if keep is None or merged is None:
            dlg = dialogs.ActorDialog(actor_names(extraction.events), merge=True, parent=w)
            if dlg.exec() != dialogs.ActorDialog.DialogCode.Accepted:
                return False
            keep, merged = dlg.value()
        if not keep or keep == merged:
            return False
        return self.correct(lambda: w.session.merge_actors(w.view.base_name(keep), w.view.base_name(merged)),
                            _tr("“{merged}” merged into “{keep}”.").format(merged=merged, keep=keep))

    def undo_correction(self) -> bool:
        if self.busy():
            return False
        undone = self.window.session.undo_last_correction()
        if undone is None:
            self.status(_tr("Nothing to undo."), 5000)
            return False
        self.window.view.reload()
        keys = undone_keys(undone)
        if keys:  # the event it gave back (a deleted one, the first of a merge) is selected, in view
            self.window.selection.select_by_keys(keys)
        self.status(undone_text(undone), 8000)
        return True


def undone_keys(c: Correction) -> list[str]:
    """The mention keys of the event an undone event correction was about (none for actors)."""
    p = c.payload
    keys = p.get("keys_a") if c.kind == "merge_events" else p.get("keys")
    first = p.get("mention_key_a") if c.kind == "merge_events" else p.get("mention_key")
    return [k for k in [first, *(keys or ())] if isinstance(k, str) and k]


def undone_text(c: Correction) -> str:
    """What Undo took back, in the window's language."""
    p = c.payload
    if c.kind == "rename_event":
        return _tr("Undone: the event's new label “{label}”.").format(label=p.get("label", ""))
    if c.kind == "set_event_date":
        return _tr("Undone: the event's new date.")
    if c.kind == "delete_event":
        return _tr("Undone: the deletion of an event; it is back.")
    if c.kind == "merge_events":
        return _tr("Undone: the merge of two events.")
    if c.kind == "rename_actor":
        return _tr("Undone: renaming “{old}” to “{new}”.").format(old=p.get("old_name", ""), new=p.get("new_name", ""))
    if c.kind == "merge_actors":
        return _tr("Undone: merging “{merged}” into “{keep}”.").format(merged=p.get("name_b", ""), keep=p.get("name_a", ""))
    return _tr("Undone.")
