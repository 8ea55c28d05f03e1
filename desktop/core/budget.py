"""A time limit and a Cancel that act inside one file's work, not only between files.

    with guard(seconds=30, cancel=task.is_cancelled):
        docs = read_documents(path)          # TookTooLong / Cancelled raised in here

A watchdog thread looks at the clock and at ``cancel()`` every ``POLL`` seconds and, when the
time is up or the user cancelled, raises the exception in the guarded thread (CPython's
``PyThreadState_SetAsyncExc``): the next Python bytecode of that thread raises it, wherever it
is, so no reader needs checkpoints.  Both exceptions derive from ``BaseException``, so that no
``except Exception`` in a reader or a library swallows them; ``finally`` blocks and context
managers run as usual.  A single long C call (one regular-expression match, one lxml parse)
finishes first: the readers bound those themselves.
"""

from __future__ import annotations

import ctypes
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


@contextmanager
def guard(seconds: float | None = None, cancel: Callable[[], bool] | None = None) -> Iterator[None]:
    """Raise ``TookTooLong`` after ``seconds`` or ``Cancelled`` once ``cancel()`` is true, in here."""
    if not seconds and cancel is None:
        yield
        return
    target = threading.get_ident()
    deadline = time.monotonic() + seconds if seconds else None
    lock = threading.Lock()
    done = threading.Event()
    fired: list[type[Interrupted]] = []

    def watch() -> None:
        while not done.wait(POLL):
            exc: type[Interrupted] | None = None
            try:
                if cancel is not None and cancel():
                    exc = Cancelled
            except Exception:  # noqa: BLE001 - a broken cancel callback must not kill the watchdog
                exc = None
            if exc is None and deadline is not None and time.monotonic() >= deadline:
                exc = TookTooLong
            if exc is not None:
                with lock:
                    if not done.is_set():
                        fired.append(exc)
                        _set_async_exc(target, exc)
                return

    watchdog = threading.Thread(target=watch, name="chronik-guard", daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        with lock:
            done.set()
            if fired:
                # fired after the work ended but before it was raised: take it back
                _set_async_exc(target, ctypes.py_object())  # NULL clears a pending exception
        watchdog.join()
