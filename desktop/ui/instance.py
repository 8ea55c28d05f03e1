"""One window per workspace: a second ``chronik`` hands its files to the running one.

The running window listens on two local sockets (``QLocalServer``): one named after its
workspace file, one for "any Chronik of this user".  A launch that names a workspace
(``chronik news.chronik``) asks the window holding that workspace; a launch without one
(``chronik article.txt``, what a file manager runs on a double-click) asks any running
window.  The request is one JSON line ``{"paths": [...]}``; the window imports the paths,
comes to the front and answers ``ok``.  Nobody answering means: start a window.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: Milliseconds a second launch waits for the running window's answer.
HANDOVER_TIMEOUT_MS = 3000


def _user() -> str:
    """This user (and ``CHRONIK_INSTANCE_KEY``, which keeps tests apart from a real window)."""
    extra = os.environ.get("CHRONIK_INSTANCE_KEY", "")
    try:
        return getpass.getuser() + extra
    except Exception:  # noqa: BLE001 - no user name (containers): the uid does
        return (str(os.getuid()) if hasattr(os, "getuid") else "user") + extra


def any_window_name() -> str:
    """Socket name of "any Chronik window of this user"."""
    return f"chronik-{hashlib.sha1(_user().encode()).hexdigest()[:12]}"


def workspace_name(path: str) -> str:
    """Socket name of the window that has the workspace ``path`` open."""
    key = f"{_user()}\0{os.path.realpath(os.path.abspath(path))}"
    return f"chronik-ws-{hashlib.sha1(key.encode()).hexdigest()[:16]}"


def hand_over(name: str, paths: Sequence[str], timeout_ms: int = HANDOVER_TIMEOUT_MS) -> bool:
    """Give ``paths`` to the window listening on ``name``; True when it took them."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(min(timeout_ms, 500)):
        return False
    msg = json.dumps({"paths": [os.path.abspath(p) for p in paths]}) + "\n"
    sock.write(msg.encode("utf-8"))
    if not sock.waitForBytesWritten(timeout_ms):
        sock.abort()
        return False
    answer = b""
    while b"\n" not in answer:
        if not sock.waitForReadyRead(timeout_ms):
            break
        answer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches; emits ``files_received(list[str])`` for each request."""

    files_received = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._any = self._server(any_window_name())
        self._ws: QLocalServer | None = None
        self._ws_path: str | None = None

    def _server(self, name: str) -> QLocalServer | None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # a stale socket of a crashed window (nobody answered hand_over): take it over
            probe = QLocalSocket()
            probe.connectToServer(name)
            if probe.waitForConnected(200):
                probe.abort()
                return None  # another window is alive and holds it
            QLocalServer.removeServer(name)
            if not server.listen(name):
                return None
        server.newConnection.connect(lambda s=server: self._accept(s))
        return server

    def listen_for_workspace(self, path: str) -> bool:
        """Answer for ``path`` from now on (after opening another workspace, say)."""
        if self._ws is not None:
            self._ws.close()
            self._ws.deleteLater()
            self._ws = None
        self._ws_path = path
        if not path or path == ":memory:":
            return False
        self._ws = self._server(workspace_name(path))
        return self._ws is not None

    def _accept(self, server: QLocalServer) -> None:
        while server.hasPendingConnections():
            sock = server.nextPendingConnection()
            buf = bytearray()

            def on_ready(sock: QLocalSocket = sock, buf: bytearray = buf) -> None:
                buf.extend(bytes(sock.readAll().data()))
                if b"\n" not in buf:
                    return
                line = bytes(buf).split(b"\n", 1)[0]
                try:
                    paths = [str(p) for p in json.loads(line.decode("utf-8")).get("paths", [])]
                except (ValueError, AttributeError, UnicodeDecodeError):
                    sock.write(b"bad request\n")
                    sock.disconnectFromServer()
                    return
                sock.write(b"ok\n")
                sock.flush()
                sock.disconnectFromServer()
                self.files_received.emit(paths)

            sock.readyRead.connect(on_ready)
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                on_ready()

    def close(self) -> None:
        for server in (self._any, self._ws):
            if server is not None:
                server.close()
        self._any = self._ws = None


def attach(window: object, server: InstanceServer, on_files: Callable[[list[str]], None]) -> None:
    """Wire a server to a window: follow its workspace, import what arrives, come to the front."""
    server.files_received.connect(on_files)
    changed = getattr(window, "workspace_changed", None)
    if changed is not None:
        changed.connect(server.listen_for_workspace)
