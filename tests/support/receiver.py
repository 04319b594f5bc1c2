"""A real HTTP webhook receiver on loopback, for delivery tests (no mocks of httpx)."""

from __future__ import annotations

import ssl
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """Records every request. `responses` is a script of (status, headers) answers, used in order; once
    it runs out, `default_status` is answered. `delay_seconds` delays every answer."""

    host: str = "127.0.0.1"
    port: int = 0
    default_status: int = 204
    responses: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    delay_seconds: float = 0.0
    # TLS with this server context (tests/support/tls.py) when set: the URL is then https.
    tls: ssl.SSLContext | None = None
    requests: list[Received] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}/hooks"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with receiver._lock:
                    receiver.requests.append(
                        Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    status, headers = (
                        receiver.responses.pop(0) if receiver.responses else (receiver.default_status, {})
                    )
                if receiver.delay_seconds:
                    time.sleep(receiver.delay_seconds)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return None

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        if self.tls is not None:
            self._server.socket = self.tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def ids(self) -> Counter[str]:
        with self._lock:
            return Counter(request.headers["webhook-id"] for request in self.requests)


@contextmanager
def running_receiver(**kwargs: object) -> Iterator[Receiver]:
    receiver = Receiver(**kwargs).start()  # type: ignore[arg-type]
    try:
        yield receiver
    finally:
        receiver.stop()
