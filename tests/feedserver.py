"""A real HTTP server on 127.0.0.1 for fetch tests: files from a directory plus scripted routes.

Use it as a context manager::

    with serve_feeds(directory) as server:
        server.route("/moved", Route(status=301, location="/feed.xml"))
        url = server.url("/feed.xml")

or through the ``feed_server`` fixture (``from feedserver import feed_server_fixture``
in a test module makes it available there). Every request is recorded in
``server.requests`` (path and headers) so tests can check what was sent.

Each scripted behaviour is bounded: slow and endless bodies stop after their
byte count or when the client goes away, and :meth:`FeedServer.close` waits a
short while for handler threads, so a test run never leaves traffic behind.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import mimetypes
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CONTENT_TYPES = {
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
    ".json": "application/feed+json",
}


@dataclass
class Route:
    """What one path answers. Everything is optional; the default is an empty 200."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/xml"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # sent; a matching If-None-Match gets 304
    last_modified: str | None = None  # sent; an equal If-Modified-Since gets 304
    location: str | None = None  # Location header, for redirects
    delay: float = 0.0  # seconds before the status line
    drip: float = 0.0  # seconds between body bytes (one byte at a time)
    gzip: bool = False  # Content-Encoding: gzip (body compressed here)
    raw_gzip: bytes | None = None  # send these bytes as the gzip body (e.g. broken gzip)
    filler: int = 0  # instead of body: this many b"x" bytes, streamed in chunks
    send_length: bool = True  # Content-Length when the length is known
    reset: bool = False  # drop the connection (RST) without answering
    truncate: bool = False  # declare the full length, send half, then close


Handler = Route | Callable[["Request"], Route]


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]


class LocalHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server for tests, with room for many connections at once."""

    # The default listen backlog (5) overflows when a poll opens 50 connections at
    # once: the kernel then drops handshakes, and a client retrying its SYN can wait
    # past a fetch's whole timeout. That made the hostile-feeds pass flaky.
    request_queue_size = 256


class FeedServer:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory else None
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._httpd = LocalHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.closing = threading.Event()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Handler) -> str:
        """Script ``path``; returns its absolute URL."""
        self.routes[path] = handler
        return self.url(path)

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self.closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def resolve(self, request: Request) -> Route:
        handler = self.routes.get(request.path)
        if handler is not None:
            return handler(request) if callable(handler) else handler
        if self.directory is not None:
            candidate = (self.directory / request.path.lstrip("/")).resolve()
            inside = candidate.is_relative_to(self.directory.resolve())
            if inside and candidate.is_file():
                ctype = CONTENT_TYPES.get(candidate.suffix) or mimetypes.guess_type(candidate)[0]
                return Route(body=candidate.read_bytes(), content_type=ctype)
        return Route(status=404, body=b"not found", content_type="text/plain")


def _make_handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            request = Request(
                "GET", self.path.split("?", 1)[0], {k.lower(): v for k, v in self.headers.items()}
            )
            with server._lock:
                server.requests.append(request)
            self._answer(server.resolve(request), request)

        def _answer(self, route: Route, request: Request) -> None:
            if route.delay and server.closing.wait(route.delay):
                return
            if route.reset:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.close_connection = True
                return
            if _not_modified(route, request):
                self.send_response(304)
                self._validators(route)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = route.body
            if route.raw_gzip is not None:
                body = route.raw_gzip
            elif route.gzip:
                body = gzip_module.compress(body)
            length = route.filler if route.filler else len(body)
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.gzip or route.raw_gzip is not None:
                self.send_header("Content-Encoding", "gzip")
            if route.location:
                self.send_header("Location", route.location)
            self._validators(route)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.send_length or route.truncate:
                self.send_header("Content-Length", str(length))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            with contextlib.suppress(OSError):
                self._send_body(route, body, length)
            if route.truncate:
                self.close_connection = True

        def _validators(self, route: Route) -> None:
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)

        def _send_body(self, route: Route, body: bytes, length: int) -> None:
            if route.truncate:
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                return
            if route.drip:
                source = body if not route.filler else b"x" * route.filler
                for i in range(len(source)):
                    if server.closing.wait(route.drip):
                        return
                    self.wfile.write(source[i : i + 1])
                    self.wfile.flush()
                return
            if route.filler:
                chunk = b"x" * 65536
                sent = 0
                while sent < length and not server.closing.is_set():
                    piece = chunk[: min(len(chunk), length - sent)]
                    self.wfile.write(piece)
                    sent += len(piece)
                return
            self.wfile.write(body)

    return _Handler


def _not_modified(route: Route, request: Request) -> bool:
    if route.status != 200:
        return False
    inm = request.headers.get("if-none-match")
    if route.etag and inm is not None:
        return route.etag in [tag.strip() for tag in inm.split(",")] or inm.strip() == "*"
    ims = request.headers.get("if-modified-since")
    return bool(route.last_modified and ims == route.last_modified)


@contextlib.contextmanager
def serve_feeds(directory: Path | None = None) -> Iterator[FeedServer]:
    """A running :class:`FeedServer` on 127.0.0.1 (random port), closed on exit."""
    server = FeedServer(directory).start()
    try:
        yield server
    finally:
        server.close()


def closed_port() -> int:
    """A local port with nothing listening (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(name="feed_server")
def feed_server_fixture() -> Iterator[FeedServer]:
    """The ``feed_server`` fixture: a fresh server per test, serving tests/data/feeds/
    plus scripted routes. ``from feedserver import feed_server_fixture`` in a test
    module makes ``feed_server`` available there."""
    with serve_feeds(Path(__file__).resolve().parent / "data" / "feeds") as server:
        yield server


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``predicate`` until true or ``timeout`` seconds pass (for server-side effects)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def rss(*items: tuple[str, ...], now: datetime, title: str = "Wire") -> bytes:
    """An RSS 2.0 document with ``(guid, title, description[, link])`` items, published
    one hour apart before ``now`` (the link defaults to https://news.example.org/GUID)."""
    body = "".join(
        f"<item><guid>{it[0]}</guid><title>{it[1]}</title><description>{it[2]}</description>"
        f"<link>{it[3] if len(it) > 3 else 'https://news.example.org/' + it[0]}</link>"
        f"<pubDate>{format_datetime(now - timedelta(hours=i + 1))}</pubDate></item>"
        for i, it in enumerate(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example.org/</link>{body}</channel></rss>"
    ).encode()
