"""Install (or remove) Chronik's menu entry, icons and file type for the current user.

    chronik install-desktop [--uninstall] [--exec CMD]

Follows the freedesktop.org specifications (Linux and other XDG desktops):

* ``$XDG_DATA_HOME/applications/chronik.desktop`` with ``Exec`` pointing at the
  launcher that is actually installed (the PyInstaller binary, the
  ``chronik-gui`` script, or ``python -m desktop``);
* ``$XDG_DATA_HOME/icons/hicolor/<n>x<n>/apps/chronik.png`` and ``scalable/apps/chronik.svg``;
* ``$XDG_DATA_HOME/mime/packages/chronik.xml`` (``application/x-chronik-workspace``,
  ``*.chronik``);

then runs ``update-mime-database``, ``update-desktop-database`` and
``gtk-update-icon-cache`` when they exist.  ``$XDG_DATA_HOME`` defaults to
``~/.local/share``.  Nothing outside it is touched.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.resources import resource_path

APP_ID = "chronik"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)

Printer = Callable[[str], None]


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share`` (an empty or relative value is ignored, per the spec)."""
    env = os.environ.get("XDG_DATA_HOME", "")
    if env and os.path.isabs(env):
        return Path(env)
    return Path.home() / ".local" / "share"


def installed_files(base: Path) -> list[Path]:
    """Every file ``install`` writes below ``base`` (the data home)."""
    files = [base / "applications" / f"{APP_ID}.desktop", base / "mime" / "packages" / f"{APP_ID}.xml"]
    files += [base / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    files.append(base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    return files


def _quote_exec_arg(arg: str) -> str:
    """Quote one argument for a desktop entry's ``Exec`` key (spec: double quotes, escape ``"`$\\``)."""
    reserved = set(' \t\n"\'\\><~|&;$*?#()`')
    if arg and not any(c in reserved for c in arg):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("%", "%%") + '"'


def _package_root_needs_cwd() -> Path | None:
    """The source checkout folder when ``desktop`` is importable only from there (not installed)."""
    import desktop

    root = Path(desktop.__file__).resolve().parents[1]
    installed_dirs = {Path(sysconfig.get_paths()[k]).resolve() for k in ("purelib", "platlib")}
    if root in installed_dirs:
        return None
    # An editable install puts the checkout on sys.path through a .pth file.
    for entry in sys.path[1:]:
        if entry and Path(entry).resolve() == root and entry != os.getcwd():
            return None
    return root


def launcher_command() -> tuple[list[str], Path | None]:
    """The command that starts the window, and a working folder it needs (or None)."""
    if getattr(sys, "frozen", False):  # PyInstaller bundle: its windowed executable if present
        exe = Path(sys.executable).resolve()
        gui = exe.with_name("chronik-gui" + exe.suffix)
        return [str(gui if gui.is_file() else exe)], None
    script = shutil.which("chronik-gui")
    if script:
        return [str(Path(script).resolve())], None
    # The venv's python, not resolved: resolving would leave the virtual environment.
    return [str(Path(sys.executable).absolute()), "-m", "desktop"], _package_root_needs_cwd()


def desktop_entry(template: str, command: Sequence[str], workdir: Path | None) -> str:
    """The shipped ``chronik.desktop`` with ``Exec``/``TryExec`` (and ``Path``) filled in."""
    exec_line = " ".join(_quote_exec_arg(a) for a in command) + " %F"
    out: list[str] = []
    in_main_group = False
    for line in template.splitlines():
        if line.startswith("["):
            if in_main_group and workdir is not None:
                out.append(f"Path={workdir}")
            in_main_group = line.strip() == "[Desktop Entry]"
        if in_main_group and line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif in_main_group and line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        elif in_main_group and line.startswith("Path="):
            continue
        out.append(line)
    if in_main_group and workdir is not None:
        out.append(f"Path={workdir}")
    return "\n".join(out) + "\n"


def _run_tool(args: list[str], say: Printer) -> None:
    """Run a cache-update tool if it exists; a missing or failing tool is reported, never fatal."""
    exe = shutil.which(args[0])
    if exe is None:
        say(f"  (skipped {args[0]}: not installed)")
        return
    try:
        proc = subprocess.run([exe, *args[1:]], capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        say(f"  ({args[0]} failed: {e})")
        return
    if proc.returncode == 0:
        say(f"ran {shlex.join(args)}")
    else:
        say(f"  ({args[0]} exited with {proc.returncode}: {proc.stderr.strip()[:200]})")


def _update_caches(base: Path, say: Printer) -> None:
    mime = base / "mime"
    if (mime / "packages").is_dir():
        _run_tool(["update-mime-database", str(mime)], say)
    apps = base / "applications"
    if apps.is_dir():
        _run_tool(["update-desktop-database", str(apps)], say)
    hicolor = base / "icons" / "hicolor"
    if hicolor.is_dir():
        _run_tool(["gtk-update-icon-cache", "--force", "--ignore-theme-index", str(hicolor)], say)


def install(base: Path, command: Sequence[str], workdir: Path | None, say: Printer = print) -> list[Path]:
    """Write the desktop entry, icons and MIME package below ``base``; return the files written."""
    written: list[Path] = []

    def put(target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        written.append(target)
        say(f"wrote {target}")

    template = resource_path("chronik.desktop").read_text(encoding="utf-8")
    entry = desktop_entry(template, command, workdir)
    put(base / "applications" / f"{APP_ID}.desktop", entry.encode("utf-8"))
    os.chmod(base / "applications" / f"{APP_ID}.desktop", 0o755)  # some desktops want it executable
    for n in ICON_SIZES:
        src = resource_path("icons", f"chronik-{n}.png")
        put(base / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png", src.read_bytes())
    svg = resource_path("icons", "chronik.svg").read_bytes()
    put(base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg", svg)
    mime = resource_path("chronik-mime.xml").read_bytes()
    put(base / "mime" / "packages" / f"{APP_ID}.xml", mime)
    _update_caches(base, say)
    return written


def uninstall(base: Path, say: Printer = print) -> list[Path]:
    """Remove what ``install`` wrote below ``base``; return the files removed."""
    removed: list[Path] = []
    for f in installed_files(base):
        if f.exists():
            f.unlink()
            removed.append(f)
            say(f"removed {f}")
    if not removed:
        say(f"nothing to remove below {base}")
    _update_caches(base, say)
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point (``chronik install-desktop``)."""
    parser = argparse.ArgumentParser(
        prog="chronik install-desktop",
        description="Add Chronik to the application menu and register the .chronik file type "
        "for the current user (freedesktop.org desktops).",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove what an earlier install added")
    parser.add_argument("--exec", dest="exec_cmd", metavar="CMD", help="command line to start Chronik (default: detected)")
    args = parser.parse_args(argv)

    if sys.platform.startswith(("win", "darwin")):
        print("install-desktop is for Linux and other freedesktop.org desktops; "
              "on Windows and macOS use the packaged app.", file=sys.stderr)
        return 2

    base = data_home()
    try:
        if args.uninstall:
            uninstall(base)
            return 0
        if args.exec_cmd:
            command, workdir = shlex.split(args.exec_cmd), None
        else:
            command, workdir = launcher_command()
        install(base, command, workdir)
    except OSError as e:
        print(f"install-desktop failed: {e}", file=sys.stderr)
        return 1
    print(f"Chronik is in the application menu (starts: {shlex.join(command)}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
