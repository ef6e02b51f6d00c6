"""A TCP proxy for fault tests: forwards 127.0.0.1:PORT to a real server, and can make
that server look unreachable for a while (existing connections cut, new ones closed at
once), as a database restart or a network cut does.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._refusing = threading.Event()
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._refusing.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                self._close(end)

    def _close(self, end: socket.socket) -> None:
        with self._lock:
            self._open.discard(end)
        with suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)
        end.close()

    @contextmanager
    def down(self) -> Iterator[None]:
        """Cut every connection and refuse new ones until the block ends."""
        self._refusing.set()
        with self._lock:
            open_now = list(self._open)
        for end in open_now:
            self._close(end)
        try:
            yield
        finally:
            self._refusing.clear()

    def close(self) -> None:
        self._stopped.set()
        self._listener.close()
        with self._lock:
            open_now = list(self._open)
        for end in open_now:
            self._close(end)
