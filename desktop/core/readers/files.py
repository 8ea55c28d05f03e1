"""Reading file bytes safely (size limit first, bounded memory) and walking folders."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from desktop.core.readers.errors import ReadError, human_size

#: Files above this size are refused before anything is read.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: Characters of one document that are imported: about 15,000 words, more than the longest
#: news long-read.  The analysis takes time and memory in proportion to the text (some 60 times
#: its size), so a 45 MB text took minutes and gigabytes (issue 8); beyond this a document is
#: cut, with a warning (``readers.read_path``), and readers may stop early.
MAX_TEXT_CHARS = 100_000

#: Suffixes (lower case) Chronik reads.  Files without a suffix are read as
#: plain text when their first bytes look like text.
SUPPORTED_SUFFIXES = frozenset(
    {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown", ".pdf", ".eml", ".mbox"}
)

#: Folders a browser writes beside a saved page ("Page_files", German "Seite-Dateien").
_SAVED_PAGE_DIR_SUFFIXES = ("_files", "-Dateien", "_Dateien", "-files")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SNIFF_BYTES = 4096


def read_bytes(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Return the file's bytes, refusing large, empty, missing and unreadable files.

    The size is checked with ``stat`` before opening, and at most ``max_bytes + 1``
    bytes are ever read, so memory stays bounded even if the file grows meanwhile.
    """
    p = os.fspath(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise ReadError(p, "vanished", "the file no longer exists (moved or deleted?)") from None
    except PermissionError:
        raise ReadError(p, "unreadable", "permission denied: Chronik may not read this file") from None
    except OSError as e:
        raise ReadError(p, "unreadable", f"the file cannot be opened ({_os_reason(e)})") from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(p, "unsupported", "this is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(p, "unsupported", "this is not a regular file (device, pipe or socket)")
    if st.st_size > max_bytes:
        raise ReadError(
            p,
            "too-large",
            f"the file is {human_size(st.st_size)}, larger than the limit of {human_size(max_bytes)}",
        )
    try:
        with open(p, "rb") as f:
            # the size stat gave, and one byte to see if it grew: read(max_bytes + 1) would have the
            # buffer of the largest file allowed made (and unmade) for every small file
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size and len(data) <= max_bytes:  # it grew meanwhile: the rest, to the limit
                data += f.read(max_bytes + 1 - len(data))
    except FileNotFoundError:
        raise ReadError(p, "vanished", "the file disappeared while it was being imported") from None
    except PermissionError:
        raise ReadError(p, "unreadable", "permission denied: Chronik may not read this file") from None
    except IsADirectoryError:
        raise ReadError(p, "unsupported", "this is a folder, not a file") from None
    except OSError as e:
        raise ReadError(p, "unreadable", f"the file cannot be read ({_os_reason(e)})") from None
    if len(data) > max_bytes:
        raise ReadError(
            p, "too-large", f"the file grew beyond the limit of {human_size(max_bytes)} while being read"
        )
    if not data:
        raise ReadError(p, "empty", "the file is empty")
    return data


def _os_reason(e: OSError) -> str:
    if e.strerror:
        return e.strerror.lower()
    return errno.errorcode.get(e.errno or 0, type(e).__name__)


def looks_like_text_file(path: Path) -> bool:
    """Cheap sniff for suffix-less files: no NUL bytes, or a UTF-16 pattern."""
    try:
        with open(path, "rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return True  # let the reader report the problem with a proper message
    if not head:
        return True  # empty: the reader says "empty"
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" not in head:
        return not head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x7fELF", b"GIF8", b"\xff\xd8"))
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(1, len(head) // 2)
    return (odd > 0.3 * half and even < 0.05 * half) or (even > 0.3 * half and odd < 0.05 * half)


def is_supported(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return True
    if suffix == "":
        return looks_like_text_file(path)
    return False


def _is_saved_page_assets(entry: os.DirEntry[str], names: set[str]) -> bool:
    for suf in _SAVED_PAGE_DIR_SUFFIXES:
        if entry.name.endswith(suf):
            stem = entry.name[: -len(suf)]
            if any(stem + ext in names or stem + ext.upper() in names for ext in _HTML_SUFFIXES):
                return True
    return False


#: Never walked into, whatever links lead there: the kernel's files are endless or block.
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _system(path: str) -> bool:
    return any(_inside(path, s) for s in SYSTEM_FOLDERS)


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], dict[str, int]]:
    """Expand files and folders into the files Chronik can read.

    Folders are walked recursively in sorted order; hidden entries, unsupported
    files, the asset folders of saved web pages and symlink loops are skipped and
    counted by reason.  A walk stays inside the folder given: a symlink is followed
    only when it resolves inside it ("outside-folder" otherwise), and never into
    ``/proc``, ``/sys`` or ``/dev``.  Special files (pipes, sockets, devices) found in a
    folder, and every path given explicitly that is not a readable article (a missing
    file, a ``.docx``, a pipe, a folder without articles), are kept, so that reading
    them reports the problem by name.  Returns ``(files, skipped)``; each file appears once.
    """
    files: list[Path] = []
    skipped: dict[str, int] = {}
    seen_files: set[tuple[int, int] | str] = set()

    def skip(reason: str) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1

    def add(p: Path, st: os.stat_result | None) -> None:
        key: tuple[int, int] | str = (st.st_dev, st.st_ino) if st is not None else str(p)
        if key in seen_files:
            skip("duplicate")
            return
        seen_files.add(key)
        files.append(p)

    def walk(d: Path, root: str, ancestors: frozenset[tuple[int, int]]) -> int:
        """Files added below ``d``."""
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            skip("unreadable")
            return 0
        found = 0
        names = {e.name for e in entries}
        for entry in entries:
            p = Path(entry.path)
            if entry.name.startswith("."):
                skip("hidden")
                continue
            try:
                link = entry.is_symlink()
                if link:
                    target = os.path.realpath(entry.path)
                    if _system(target):
                        skip("system-folder")
                        continue
                    if not _inside(target, root):
                        skip("outside-folder")
                        continue
                st = entry.stat(follow_symlinks=True)
            except OSError as e:
                skip("symlink-loop" if e.errno == errno.ELOOP else "broken-link")
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    skip("symlink-loop")
                    continue
                if _is_saved_page_assets(entry, names):
                    skip("page-assets")
                    continue
                if _system(os.path.realpath(entry.path)):
                    skip("system-folder")
                    continue
                found += walk(p, root, ancestors | {key})
            elif stat.S_ISREG(st.st_mode):
                if is_supported(p):
                    add(p, st)
                    found += 1
                else:
                    skip("unsupported")
            elif entry.name.lower().endswith(tuple(SUPPORTED_SUFFIXES)):
                add(p, st)  # a pipe, socket or device named like an article: reading it says what it is
                found += 1
            else:
                skip("special")
        return found

    for raw in paths:
        p = Path(raw)
        try:
            st = p.stat()
        except OSError as e:
            if e.errno == errno.ELOOP:
                skip("symlink-loop")
            else:
                add(p, None)  # missing: read_path reports it by name
            continue
        if stat.S_ISDIR(st.st_mode):
            root = os.path.realpath(p)
            if _system(root):
                skip("system-folder")
                continue
            if not walk(p, root, frozenset({(st.st_dev, st.st_ino)})):
                add(p, st)  # nothing to import here: reading the folder says so
        else:
            add(p, st)  # named explicitly: read, or reported as unsupported / not a regular file
    return files, skipped
