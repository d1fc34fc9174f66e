"""Real receivers on 127.0.0.1 and small helpers for the alert tests.

* :class:`WebhookReceiver` — an HTTP server that verifies every request with the
  ``standardwebhooks`` library and answers as scripted per attempt (status, headers, a
  hang past the sender's timeout); it can go down (connection refused) and come back
  on the same port.
* :class:`SmtpSink` — an aiosmtpd server that keeps every message it accepts, can
  refuse the first ones with a 4xx/5xx, and speaks STARTTLS, implicit TLS and AUTH.
* :func:`self_signed` — a certificate for 127.0.0.1 made with the openssl tool.
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.policy
import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from standardwebhooks import Webhook

from indicators.pack import load_pack_file
from storage import deliveries, queries
from storage.deliveries import DeliveryRow, Router
from storage.queries import NewItem, NewMatch, StoredItem
from storage.store import Store
from tests.conftest import MINI_PACK
from tests.feedserver import LocalHTTPServer, closed_port
from watcher.alerts.channels import EmailChannel, WebhookChannel
from watcher.match import build_matcher, to_new_match

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()


@dataclass(frozen=True)
class Answer:
    status: int = 204
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    hang: float = 0.0  # seconds to wait before answering (past the sender's timeout)


@dataclass(frozen=True)
class Received:
    webhook_id: str
    headers: dict[str, str]
    body: bytes
    payload: Any  # the verified JSON, or None when verification failed
    error: str | None  # why verification failed
    status: int  # what was answered


Script = Callable[[int, "Received"], Answer]  # attempt number (1-based, per webhook-id)


class WebhookReceiver:
    def __init__(self, secret: str = SECRET, script: Script | None = None) -> None:
        self.verifier = Webhook(secret)
        self.script: Script = script or (lambda n, r: Answer())
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self.closing = threading.Event()
        self.port = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def up(self) -> WebhookReceiver:
        httpd = LocalHTTPServer(("127.0.0.1", self.port), _handler(self))
        httpd.daemon_threads = True
        self.port = int(httpd.server_address[1])
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def down(self) -> None:
        """Stop listening: connections to the port are refused until :meth:`up`."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
        self._httpd = None

    def close(self) -> None:
        self.closing.set()
        self.down()

    def attempts(self, webhook_id: str) -> int:
        with self._lock:
            return sum(1 for r in self.received if r.webhook_id == webhook_id)

    def accepted(self) -> list[Received]:
        with self._lock:
            return [r for r in self.received if 200 <= r.status < 300 and r.error is None]

    def _record(self, headers: dict[str, str], body: bytes) -> Answer:
        try:
            payload, error = self.verifier.verify(body, headers), None
        except Exception as exc:  # any verification failure is recorded, answered 400
            payload, error = None, f"{type(exc).__name__}: {exc}"
        wid = headers.get("webhook-id", "")
        with self._lock:
            n = 1 + sum(1 for r in self.received if r.webhook_id == wid)
        probe = Received(wid, headers, body, payload, error, 0)
        answer = Answer(400, body=error.encode()) if error else self.script(n, probe)
        with self._lock:
            self.received.append(
                Received(
                    wid, headers, body, payload, error, answer.status if not answer.hang else 0
                )
            )
        return answer


def _handler(receiver: WebhookReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            answer = receiver._record(headers, body)
            if answer.hang and receiver.closing.wait(answer.hang):
                return
            with contextlib.suppress(OSError):
                self.send_response(answer.status)
                for k, v in answer.headers.items():
                    self.send_header(k, v)
                self.send_header("content-length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

    return Handler


@contextlib.contextmanager
def webhook_receiver(script: Script | None = None, secret: str = SECRET):  # type: ignore[no-untyped-def]
    receiver = WebhookReceiver(secret, script).up()
    try:
        yield receiver
    finally:
        receiver.close()


# -- SMTP ---------------------------------------------------------------------------------


class SmtpSink:
    """aiosmtpd on 127.0.0.1: ``refuse`` answers the first deliveries' DATA with that reply."""

    def __init__(
        self,
        *,
        refuse: list[str] | None = None,
        tls: ssl.SSLContext | None = None,  # STARTTLS offered
        implicit_tls: ssl.SSLContext | None = None,
        login: tuple[str, str] | None = None,
    ) -> None:
        self.refuse = list(refuse or [])
        self.messages: list[EmailMessage] = []
        self.attempts = 0
        self.logins: list[str] = []
        self.tls_used: list[bool] = []
        kwargs: dict[str, Any] = {}
        if tls is not None:
            kwargs |= {"tls_context": tls, "require_starttls": True}
        if login is not None:
            kwargs |= {"authenticator": self._auth(login), "auth_required": True}
        self.controller = Controller(
            self,
            hostname="127.0.0.1",
            port=closed_port(),
            ssl_context=implicit_tls,
            server_hostname="127.0.0.1",
            **kwargs,
        )

    def _auth(self, login: tuple[str, str]) -> Callable[..., AuthResult]:
        def check(
            server: Any, session: Any, envelope: Any, mechanism: str, data: Any
        ) -> AuthResult:
            ok = (
                isinstance(data, LoginPassword)
                and (
                    data.login.decode(),
                    data.password.decode(),
                )
                == login
            )
            if ok:
                self.logins.append(data.login.decode())
            return AuthResult(success=ok, handled=False)

        return check

    @property
    def port(self) -> int:
        return int(self.controller.port)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.attempts += 1
        if self.refuse:
            return self.refuse.pop(0)
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        self.tls_used.append(session.ssl is not None)
        return "250 2.0.0 OK"

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def self_signed(directory: Path) -> tuple[Path, Path]:
    """(certificate, key) for 127.0.0.1, or skip when the openssl tool is missing."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl tool to make a test certificate")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


def parts(msg: EmailMessage) -> tuple[str, str]:
    """(text, html) of a multipart/alternative message."""
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def payload_of(r: Received) -> dict[str, Any]:
    return json.loads(r.body)  # type: ignore[no-any-return]


# -- matches, channels and a clock for the tests ---------------------------------------------

T0 = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
ENV = {"HOOK_SECRET": SECRET, "SMTP_USER": "watcher", "SMTP_PASSWORD": "s3cret"}


class Clock:
    """A settable clock for the sender's scheduling (signatures still use real time)."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def pack_store(store: Store) -> Store:
    """The mini pack loaded, its (example.org) feeds switched off."""
    store.load_pack(load_pack_file(MINI_PACK))
    for f in store.feeds():
        store.set_feed_enabled(f.id or 0, False)
    return store


def add_feed(store: Store, name: str, host: str | None = None) -> int:
    url = f"https://{host or name}.example.org/feed.xml"
    return store.add_feed(url, name=name).id or 0


def log_items(
    store: Store,
    feed_id: int,
    items: list[tuple[str, str, str | None]],
    router: Router | None,
    *,
    at: datetime = T0,
    backfill: bool = False,
    summary: str = "",
) -> list[StoredItem]:
    """Store (guid, title, link) items and log their matches as a poll does."""
    matcher = build_matcher(store)

    def match(item: StoredItem) -> list[NewMatch]:
        return [to_new_match(r) for r in matcher.match(item.title, item.summary, item.content)]

    new = [
        NewItem(stable_id=guid, title=title, summary=summary or title, link=link, published_at=at)
        for guid, title, link in items
    ]
    return queries.add_items(
        store, feed_id, new, fetched_at=at, backfill=backfill, match=match, router=router
    )


def webhook_channel(name: str, url: str, **kw: Any) -> WebhookChannel:
    return WebhookChannel.model_validate(
        {"name": name, "type": "webhook", "url": url, "secret_env": "HOOK_SECRET", **kw}
    )


def email_channel(name: str, port: int, **kw: Any) -> EmailChannel:
    return EmailChannel.model_validate(
        {
            "name": name,
            "type": "email",
            "smtp_host": "127.0.0.1",
            "smtp_port": port,
            "smtp_security": "none",
            "from": "watcher@example.org",
            "to": ["analyst@example.org"],
            **kw,
        }
    )


def rows(store: Store, **kw: Any) -> list[DeliveryRow]:
    return list(reversed(deliveries.deliveries(store, **kw)))
