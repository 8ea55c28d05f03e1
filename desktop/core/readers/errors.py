"""The one exception readers raise, with a message a user understands."""

from __future__ import annotations

import os
import re

from desktop.core.model import ProblemKind

#: The closed vocabulary of ``ReadError.kind``: the ProblemKinds a reader may give
#: (storage, interrupted and internal come from the import itself).
KINDS = frozenset(k.value for k in ProblemKind) - {
    ProblemKind.STORAGE.value, ProblemKind.INTERRUPTED.value, ProblemKind.INTERNAL.value
}


class ReadError(Exception):
    """A file that cannot be turned into a Document.

    ``str(e)`` is one line naming the file and the problem, e.g.
    ``"artikel.pdf: this PDF has no text layer (scanned?); ..."``.
    """

    def __init__(self, path: str | os.PathLike[str], kind: str, message: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown ReadError kind {kind!r}")
        self.path = os.fspath(path)
        self.kind = kind
        self.message = one_line(message)
        super().__init__(problem_line(self.path, self.message))

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str, str]]:  # picklable across process pools
        return (type(self), (self.path, self.kind, self.message))


def display_name(path: str) -> str:
    """The file name a user recognises (``box.mbox#3`` stays as it is), printable (see safe_text)."""
    path = safe_text(path)
    base = os.path.basename(path.rstrip("/\\"))
    return base or path


def problem_line(path: str, message: str) -> str:
    """The one line a user sees for a problem: ``name: what is wrong``."""
    return f"{display_name(path)}: {one_line(message)}"


def one_line(message: str) -> str:
    return " ".join(safe_text(message).split())


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def safe_text(s: str) -> str:
    """A file name (or any text) that prints, stores and serialises as valid UTF-8 on one line.

    Bytes of a name that are not UTF-8 (``os.fsdecode`` keeps them as lone surrogates) become
    visible ``\\xff`` escapes, control characters ``\\n``, ``\\x1b``: ``b-\\xff.txt``."""
    if s.isprintable():
        return s
    try:
        raw = s.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = s.encode("utf-8", "backslashreplace")
    text = raw.decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def human_size(n: int) -> str:
    """``52428800`` -> ``"50 MB"`` (decimal-free when exact)."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) or value >= 100 else f"{value:.1f} {unit}"
    return f"{n} bytes"
