"""A raw-socket HTTP/1.1 server on 127.0.0.1 that answers each request with the next scripted fault.

Real sockets, so the faults are the ones a client meets on the wire: a connection reset (RST) after the
request arrived, a body cut short of its Content-Length, a stall until the client's read timeout, a
gzip body cut in half. One request per connection (`Connection: close`). Every request is recorded as
it arrived (method, path, headers), so a test can count the writes the server saw.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    target: str  # path and query
    headers: dict[str, str]  # lower-case names

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]


@dataclass(frozen=True)
class Reply:
    """A complete HTTP response."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    reason: str = "Reason"

    def wire(self) -> bytes:
        head = [
            f"HTTP/1.1 {self.status} {self.reason}",
            f"Content-Length: {len(self.body)}",
            "Connection: close",
        ]
        head += [f"{name}: {value}" for name, value in self.headers]
        return ("\r\n".join(head) + "\r\n\r\n").encode() + self.body


@dataclass(frozen=True)
class Reset:
    """Read the request, then reset the connection (RST) without a byte of response."""


@dataclass(frozen=True)
class CutBody:
    """Send headers announcing `length` bytes, send `sent` of them, then close (or stall until the
    client's read timeout)."""

    status: int = 200
    length: int = 400
    sent: int = 40
    stall: bool = False


@dataclass(frozen=True)
class Stall:
    """Answer nothing until the client gives up (its read timeout) or the server stops."""


Behaviour = Reply | Reset | CutBody | Stall
# What to answer a request with; it sees the request (a page server reads the cursor from it).
Script = Callable[[Seen], Behaviour]


def truncated_gzip(body: bytes) -> bytes:
    """`body` gzipped, then cut in half: the deflate stream and its trailer are missing."""
    packed = gzip.compress(body)
    return packed[: len(packed) // 2]


@dataclass
class FaultServer:
    """A listening socket served by a thread; `script` picks each answer; `seen` records the requests."""

    script: Script = field(default=lambda seen: Reply(204))
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def reset(self, script: Script) -> None:
        self.script, self.seen = script, []

    def _serve(self) -> None:
        workers: list[threading.Thread] = []
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            worker = threading.Thread(target=self._answer, args=(connection,), daemon=True)
            worker.start()
            workers.append(worker)
        for worker in workers:
            worker.join(timeout=2)

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(2)
            seen = _read_request(connection)
            if seen is None:
                return
            self.seen.append(seen)
            behaviour = self.script(seen)
            if isinstance(behaviour, Reply):
                connection.sendall(behaviour.wire())
            elif isinstance(behaviour, CutBody):
                head = f"HTTP/1.1 {behaviour.status} OK\r\nContent-Type: application/json\r\n"
                head += f"Content-Length: {behaviour.length}\r\nConnection: close\r\n\r\n"
                connection.sendall(head.encode() + b"{" + b" " * (behaviour.sent - 1))
                if behaviour.stall:
                    self._stop.wait(timeout=2)
            elif isinstance(behaviour, Reset):
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:  # Stall: the client's read timeout ends it first
                self._stop.wait(timeout=2)

    @contextmanager
    def running(self) -> Iterator[FaultServer]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join(timeout=5)
            self._socket.close()


def _read_request(connection: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {
        name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)
    }
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    method, target, _ = request_line.split(" ", 2)
    return Seen(method, target, headers)
