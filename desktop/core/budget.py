"""A time limit and a Cancel that act inside one file's work, not only between files.

    with guard(seconds=30, cancel=task.is_cancelled):
        docs = read_documents(path)          # TookTooLong / Cancelled raised in here

One watchdog thread (shared by all guards of the process) looks at the clock and at ``cancel()``
every ``POLL`` seconds and, when the time is up or the user cancelled, raises the exception in the
guarded thread (CPython's ``PyThreadState_SetAsyncExc``): the next Python bytecode of that thread raises it, wherever it
is, so no reader needs checkpoints.  Both exceptions derive from ``BaseException``, so that no
``except Exception`` in a reader or a library swallows them; ``finally`` blocks and context
managers run as usual.  A single long C call (one regular-expression match, one lxml parse)
finishes first: the readers bound those themselves.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: Seconds between two looks at the clock and at cancel(): Cancel acts within this.
POLL = 0.1
#: The default time one file may take to be read and analysed.
DEFAULT_SECONDS = 60.0


class Interrupted(BaseException):
    """The guarded work was stopped from outside."""


class TookTooLong(Interrupted):
    """The time limit of the guarded work ran out."""


class Cancelled(Interrupted):
    """The user cancelled."""


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)
_set_async_exc.restype = ctypes.c_int


class _Watch:
    """One guarded stretch of work: its thread, deadline, cancel callback, when it is looked at next
    and what was fired at it."""

    __slots__ = ("target", "deadline", "cancel", "due", "fired")

    def __init__(self, target: int, deadline: float | None, cancel: Callable[[], bool] | None) -> None:
        self.target = target
        self.deadline = deadline
        self.cancel = cancel
        self.due = time.monotonic() + POLL
        self.fired: type[Interrupted] | None = None


class _Watchdog:
    """One daemon thread for every guard of the process (a thread per guarded file cost more than
    reading a short file).  It looks at each guard ``POLL`` seconds after the guard began and every
    ``POLL`` seconds after that, and sleeps, using no CPU, while there is none.  Every change of
    state happens under ``lock``, so a guard that has ended is never fired at."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.wake = threading.Condition(self.lock)
        self.active: set[_Watch] = set()
        self.thread: threading.Thread | None = None

    def add(self, w: _Watch) -> None:
        with self.lock:
            self.active.add(w)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="chronik-guard", daemon=True)
                self.thread.start()
            else:
                self.wake.notify()

    def remove(self, w: _Watch) -> None:
        with self.lock:
            self.active.discard(w)
            if w.fired is not None:
                # fired after the work ended but before it was raised: take it back
                _set_async_exc(w.target, ctypes.py_object())  # NULL clears a pending exception

    def _due(self) -> list[_Watch]:
        """Wait for the guards whose time to be looked at has come."""
        with self.lock:
            while True:
                if not self.active:
                    self.wake.wait()
                    continue
                now = time.monotonic()
                due = min(w.due for w in self.active)
                if due > now:
                    self.wake.wait(due - now)
                    continue
                watches = [w for w in self.active if w.due <= now]
                for w in watches:
                    w.due = now + POLL
                return watches

    def _run(self) -> None:
        while True:
            for w in self._due():
                exc: type[Interrupted] | None = None
                try:
                    if w.cancel is not None and w.cancel():
                        exc = Cancelled
                except Exception:  # noqa: BLE001 - a broken cancel callback must not kill the watchdog
                    exc = None
                if exc is None and w.deadline is not None and time.monotonic() >= w.deadline:
                    exc = TookTooLong
                if exc is not None:
                    with self.lock:
                        if w in self.active:
                            w.fired = exc
                            _set_async_exc(w.target, exc)
                            self.active.discard(w)  # done with, even if its thread never gets to remove()


_watchdog = _Watchdog()


def _after_fork() -> None:
    global _watchdog
    _watchdog = _Watchdog()  # the parent's thread is gone and its lock may be held


os.register_at_fork(after_in_child=_after_fork)


@contextmanager
def guard(seconds: float | None = None, cancel: Callable[[], bool] | None = None) -> Iterator[None]:
    """Raise ``TookTooLong`` after ``seconds`` or ``Cancelled`` once ``cancel()`` is true, in here."""
    if not seconds and cancel is None:
        yield
        return
    w = _Watch(threading.get_ident(), time.monotonic() + seconds if seconds else None, cancel)
    dog = _watchdog
    dog.add(w)
    try:
        yield
    finally:
        dog.remove(w)
