"""Entry script of the PyInstaller bundle.

One script, two executables (see chronik.spec):

* ``chronik``     -- console program: ``chronik --selftest``, ``chronik extract ...``;
                    without arguments it opens the window;
* ``chronik-gui`` -- windowed program (no console on Windows, the macOS app):
                    opens the window, with the files it was given (double-click).

A ``chronik`` called with file paths only (a desktop entry's ``%F``) behaves
like ``chronik-gui``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _is_gui_launch(argv: list[str]) -> bool:
    name = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).stem.lower()
    if name.endswith("-gui") or name == "chronik-gui":
        return True
    from desktop.cli import COMMANDS

    args = [a for a in argv if not a.startswith("-psn_")]
    return bool(args) and all(a not in COMMANDS and not a.startswith("-") and os.path.exists(a) for a in args)


def main() -> int:
    argv = sys.argv[1:]
    if argv[:1] == ["--selftest"]:
        try:
            from desktop.cli import main as cli_main
        except ImportError:  # a CLI without --selftest support: run it directly
            from desktop.selftest import run

            return run()
        return cli_main(argv)
    if _is_gui_launch(argv):
        from desktop.cli import gui_main

        return gui_main()
    from desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
