"""The QApplication: names, fonts, translators, the workspace to start with, the window.

``run(argv, workspace)`` is what ``chronik`` (no sub-command) calls.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.ui import settings as cfg

APP_NAME = "Chronik"
ORGANISATION = "Chronik"
DEFAULT_WORKSPACE_NAME = "workspace.chronik"


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings and QStandardPaths; set before either is used."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)


def register_fonts() -> None:
    """Bundled fonts (a bare system may have none: then DejaVu Sans becomes the app font)."""
    from desktop.selftest import register_bundled_fonts

    register_bundled_fonts()


def ui_language(setting: str) -> str:
    """"de" or "en": the setting, or the system locale's language when it is "system"."""
    if setting in ("de", "en"):
        return setting
    name = QLocale.system().name()  # "de_DE", "en_US", "C"
    return "de" if name.lower().startswith("de") else "en"


def install_translators(app: QCoreApplication, language_setting: str) -> list[QTranslator]:
    """Load ``chronik_<lang>.qm`` (and Qt's own strings) when present; English needs none."""
    from desktop.core.resources import resource_path

    lang = ui_language(language_setting)
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    folder = resource_path("translations")
    ours = QTranslator(app)
    if ours.load(f"chronik_{lang}", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(lang))
    return installed


def default_workspace_path() -> str:
    """``<AppDataLocation>/workspace.chronik`` (the folder is created)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not base:
        base = os.path.join(str(Path.home()), ".local", "share", APP_NAME)
    os.makedirs(base, exist_ok=True)
    return os.path.join(base, DEFAULT_WORKSPACE_NAME)


def open_start_workspace(requested: str | None, settings: cfg.Settings) -> tuple[Any, str | None]:
    """The workspace to start with: the one asked for, the last one, or the default.

    Returns the open workspace and a message when a wanted one could not be opened."""
    from desktop.core.workspace import Workspace, WorkspaceError

    message = None
    candidates: list[str] = []
    if requested:
        candidates.append(requested)
    last = settings.get(cfg.LAST_WORKSPACE)
    if last and not requested:
        candidates.append(last)
    candidates.append(default_workspace_path())
    for path in candidates:
        try:
            ws = Workspace.open(path)
        except (WorkspaceError, OSError) as exc:
            message = (message + "\n" if message else "") + str(exc)
            continue
        if ws.path != ":memory:":
            settings.add_recent_workspace(ws.path)
        return ws, message
    # nothing could be opened: a temporary workspace keeps the app usable
    return Workspace.open(":memory:"), message


HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "vkkhrdisplay", "eglfs", "linuxfb")


def no_display_message(env: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """One line for a Linux machine without a display (None when a window can be shown).

    Qt would otherwise abort with a misleading message about missing xcb libraries."""
    env = dict(os.environ if env is None else env)
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if qpa in HEADLESS_PLATFORMS or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("chronik: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open; "
            "headless commands work here: chronik extract|timex|export ... (see chronik --help)")


#: What Qt's X11 platform plugin loads (soname -> Debian package).  Without one, Qt aborts
#: asking, misleadingly, for xcb-cursor0; scripts/system-deps.sh installs them.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_window_libraries(env: dict[str, str] | None = None, platform: str | None = None,
                             load: Any = None) -> str | None:
    """One line naming the X11 libraries Qt's window needs and cannot load (None: all there,
    or no X11 window is going to be opened)."""
    import ctypes

    env = dict(os.environ if env is None else env)
    platform = sys.platform if platform is None else platform
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not platform.startswith("linux") or not env.get("DISPLAY") or qpa not in ("", "xcb"):
        return None
    if qpa == "" and env.get("WAYLAND_DISPLAY"):
        return None  # Qt may well take Wayland
    load = load or ctypes.CDLL
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            missing.append(package)
    if not missing:
        return None
    return ("chronik: the window needs these system libraries: " + " ".join(missing)
            + " (sudo apt-get install " + " ".join(missing) + ", or run ./run.sh, which installs them)")


def run(argv: list[str], workspace: str | None = None, import_paths: list[str] | None = None) -> int:
    """Create the application and the main window; returns the exit code.

    ``import_paths``: files or folders to import at once (a double-click on an article)."""
    app = QApplication.instance()
    if app is None:
        problem = no_display_message() or missing_window_libraries()
        if problem:
            print(problem, file=sys.stderr)
            return 2
    if app is None:
        app = QApplication(list(argv))
    configure_application(app)
    app.setDesktopFileName("chronik")  # links the window to chronik.desktop
    register_fonts()
    from desktop.core.resources import resource_path

    icon = resource_path("icons", "chronik.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    settings = cfg.Settings()
    translators = install_translators(app, settings.get(cfg.LANGUAGE))

    from desktop.ui import instance

    # one window per workspace: a running one takes the files (and comes to the front)
    if os.environ.get("CHRONIK_SINGLE_INSTANCE", "1") != "0":
        name = instance.workspace_name(workspace) if workspace else instance.any_window_name()
        if instance.hand_over(name, list(import_paths or [])):
            print(QCoreApplication.translate("Chronik app", "Chronik is already open: the window there took over."),
                  file=sys.stderr)
            return 0

    from desktop.ui.main_window import MainWindow

    # the very first start (nothing asked for, no workspace yet): show the sample articles at once
    first_run = not workspace and not settings.get(cfg.LAST_WORKSPACE) and not os.path.exists(default_workspace_path())
    ws, problem = open_start_workspace(workspace, settings)
    window = MainWindow(ws, settings=settings)
    window.translators = translators  # keep them alive
    window.show()
    server = serve(window) if os.environ.get("CHRONIK_SINGLE_INSTANCE", "1") != "0" else None
    if import_paths:
        window.import_paths(import_paths)
    elif first_run and os.environ.get("CHRONIK_NO_SAMPLES") != "1":
        window.load_samples()
    from desktop.core.resources import config_warnings, user_lexicon_dir

    user_lexicon_dir()  # an unreadable ~/.config/chronik is a warning in the status bar, not a crash
    if config_warnings():
        window.statusBar().showMessage(config_warnings()[0], 30_000)
    if problem:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            QCoreApplication.translate("Chronik app", "A workspace could not be opened."),
            QMessageBox.StandardButton.Close,
            window,
        )
        box.setInformativeText(problem)
        box.setModal(False)
        box.show()
    code = app.exec()
    if server is not None:
        server.close()
    window.close_workspace()
    return int(code)


def serve(window: Any) -> Any:
    """Let later launches hand their files to ``window`` (see ``desktop.ui.instance``)."""
    from desktop.ui.instance import InstanceServer, attach

    server = InstanceServer(window)
    server.listen_for_workspace(getattr(window.workspace, "path", ""))

    def take(paths: list[str]) -> None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if paths:
            window.import_paths(paths)

    attach(window, server, take)
    return server
