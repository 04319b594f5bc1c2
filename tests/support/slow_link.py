"""A TCP relay to a database server that holds back every answer a little and counts round trips.

A round trip is the client speaking after the server has answered: whatever the client sends before the
answer arrives (a pipeline's statements, a flush request) belongs to the same trip. Holding each answer
back makes that count exact: a client that waits for an answer cannot send before it arrives.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType


class SlowLink:
    def __init__(self, host: str, port: int, *, delay_seconds: float = 0.005) -> None:
        self._upstream = (host, port)
        self._delay = delay_seconds
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._lock = threading.Lock()
        self._round_trips = 0
        self._sockets: list[socket.socket] = [self._listener]

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def round_trips(self) -> int:
        with self._lock:
            return self._round_trips

    def reset(self) -> None:
        with self._lock:
            self._round_trips = 0

    def __enter__(self) -> SlowLink:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for sock in self._sockets:
            sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self._upstream)
            self._sockets += [client, server]
            answered = threading.Event()
            answered.set()  # the first thing the client says starts a trip
            threading.Thread(
                target=self._client_to_server, args=(client, server, answered), daemon=True
            ).start()
            threading.Thread(
                target=self._server_to_client, args=(server, client, answered), daemon=True
            ).start()

    def _client_to_server(
        self, client: socket.socket, server: socket.socket, answered: threading.Event
    ) -> None:
        while data := _receive(client):
            if answered.is_set():
                answered.clear()
                with self._lock:
                    self._round_trips += 1
            if not _send(server, data):
                break
        _close(server)

    def _server_to_client(
        self, server: socket.socket, client: socket.socket, answered: threading.Event
    ) -> None:
        while data := _receive(server):
            time.sleep(self._delay)
            answered.set()  # before the client can read it, so its next words count as a new trip
            if not _send(client, data):
                break
        _close(client)


def _receive(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _send(sock: socket.socket, data: bytes) -> bool:
    """False once the link is closed (the test is over)."""
    try:
        sock.sendall(data)
    except OSError:
        return False
    return True


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
