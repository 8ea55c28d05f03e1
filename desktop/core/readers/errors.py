"""The one exception readers raise, with a message a user understands."""

from __future__ import annotations

import os

#: The closed vocabulary of ``ReadError.kind`` (mirrors ``pipeline.Problem.kind``).
KINDS = frozenset(
    {
        "empty",
        "binary",
        "too-large",
        "encoding",
        "unreadable",
        "vanished",
        "damaged",
        "encrypted",
        "no-text",
        "unsupported",
        "malformed",
    }
)


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
        self.message = " ".join(message.split())  # always one line
        super().__init__(f"{display_name(self.path)}: {self.message}")

    def __reduce__(self):  # picklable across process pools
        return (type(self), (self.path, self.kind, self.message))


def display_name(path: str) -> str:
    """The file name a user recognises (``box.mbox#3`` stays as it is)."""
    base = os.path.basename(path.rstrip("/\\"))
    return base or path


def human_size(n: int) -> str:
    """``52428800`` -> ``"50 MB"`` (decimal-free when exact)."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) or value >= 100 else f"{value:.1f} {unit}"
    return f"{n} bytes"
