"""Email alerts through a real SMTP server (aiosmtpd on 127.0.0.1): headers, both parts,
sanitised HTML, digest grouping, a 451 then acceptance, STARTTLS + login, implicit TLS."""

from __future__ import annotations

import asyncio
import random
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from storage.store import Store
from tests.alertkit import (
    ENV,
    Clock,
    SmtpSink,
    add_feed,
    email_channel,
    log_items,
    pack_store,
    parts,
    rows,
    self_signed,
    server_context,
)
from watcher.alerts import Alerting, AlertSettings
from watcher.alerts.channels import EmailChannel

HOSTILE = (
    'US sanctions Chinese firms <script>alert("x")</script>'
    '<img src="https://tracker.example/p.gif" onerror="alert(1)"><iframe src="https://evil.example">'
)


@pytest.fixture
def pstore(store: Store) -> Store:
    return pack_store(store)


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


def deliver(channel: EmailChannel, store: Store, clock: Clock) -> Any:
    a = Alerting([channel], AlertSettings(), environ=ENV, clock=clock, rng=random.Random(3))

    async def run() -> Any:
        async with a:
            return await a.deliver_due(store)

    return asyncio.run(run())


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = Tags()
    p.feed(html)
    return p.tags


def test_instant_email_headers_parts_and_sanitised_html(pstore: Store) -> None:
    clock = Clock()
    with SmtpSink() as sink:
        channel = email_channel("mail", sink.port)
        router = Alerting([channel], environ=ENV).router
        log_items(
            pstore,
            add_feed(pstore, "wire <b>", host="wire"),
            [("a1", HOSTILE, "javascript:alert(2)")],
            router,
            summary="Treasury said the sanctions target Chinese suppliers of drones.",
        )
        assert deliver(channel, pstore, clock).delivered == 1
        (msg,) = sink.messages
    (row,) = rows(pstore)
    assert msg["From"] == "watcher@example.org"
    assert msg["To"] == "analyst@example.org"
    assert msg["Message-ID"] == f"<{row.idempotency_key}@example.org>"
    assert msg["X-Watcher-Event"] == "match.created"
    subject = str(msg["Subject"])
    assert subject.startswith("[watcher] Sanctions on Chinese entities: US sanctions Chinese firms")
    assert msg.get_content_type() == "multipart/alternative"
    text, html = parts(msg)
    assert "Indicator: Sanctions on Chinese entities (sanctions)" in text
    assert "Source:    wire <b>, published 2026-07-02 12:00 UTC" in text
    assert "«sanctions»" in text and "Latest on the timeline" in text
    assert "late 2025" in text and "Training in China" in text
    # The HTML: feed content is text, never markup; no scripts, frames, images, handlers.
    tags = tags_of(html)
    names = {t for t, _ in tags}
    assert not names & {"script", "iframe", "img", "style", "object", "embed"}
    assert all(not k.startswith("on") for _, attrs in tags for k in attrs)
    hrefs = [attrs.get("href") or "" for t, attrs in tags if t == "a"]
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    assert "&lt;script&gt;" in html and "wire &lt;b&gt;" in html
    assert "<mark>sanctions</mark>" in html and "<mark>Chinese</mark>" in html
    assert "Alpha analysis" in html


def test_daily_digest_is_one_email_grouped_by_indicator(pstore: Store) -> None:
    clock = Clock()  # 2026-07-02 12:00 UTC
    with SmtpSink() as sink:
        channel = email_channel(
            "digest", sink.port, mode="digest", digest="daily", digest_at="07:00"
        )
        router = Alerting([channel], environ=ENV).router
        feed = add_feed(pstore, "wire")
        log_items(
            pstore,
            feed,
            [
                ("a1", "US sanctions Chinese firms over Russia support", None),
                ("a2", "Kremlin: CBRN unit ready for drills", None),
                ("a3", "EU mulls sanctions on Chinese drone makers", None),
            ],
            router,
        )
        pending = rows(pstore)
        assert {r.batch for r in pending} == {"digest@2026-07-03T07:00Z"}
        assert {r.next_attempt_at for r in pending} == {"2026-07-03T07:00:00Z"}
        assert deliver(channel, pstore, clock).messages == 0  # not yet
        clock.now = clock.now.replace(day=3, hour=7)
        summary = deliver(channel, pstore, clock)
        assert (summary.messages, summary.delivered) == (1, 1)
        (msg,) = sink.messages
    # (a long subject is folded before its first word; unfolding leaves the space)
    assert str(msg["Subject"]).strip() == (
        "[watcher] Daily digest until 2026-07-03 07:00 UTC: 3 alerts on 2 indicators"
    )
    text, html = parts(msg)
    order = [
        text.index(s) for s in ("== Sanctions on Chinese entities", "US sanctions", "EU mulls")
    ]
    assert order == sorted(order)
    assert text.index("EU mulls") < text.index("== CBRN talk")
    assert html.count("<h2>") == 2
    assert "Sanctions on Chinese entities (2)" in html and "CBRN talk (1)" in html
    assert {r.status for r in rows(pstore)} == {"delivered"}
    assert msg["Message-ID"] == f"<{rows(pstore)[0].idempotency_key}@example.org>"


def test_a_451_is_retried_and_then_accepted_once(pstore: Store) -> None:
    clock = Clock()
    with SmtpSink(refuse=["451 4.3.0 Try again later"]) as sink:
        channel = email_channel("mail", sink.port)
        router = Alerting([channel], environ=ENV).router
        log_items(
            pstore, add_feed(pstore, "wire"), [("a1", "US sanctions Chinese firms", None)], router
        )
        deliver(channel, pstore, clock)
        (row,) = rows(pstore)
        assert (row.status, row.response_status) == ("pending", 451)
        assert row.last_error == "SMTP 451 4.3.0 Try again later"
        clock.advance(minutes=2)
        assert deliver(channel, pstore, clock).delivered == 1
        assert sink.attempts == 2 and len(sink.messages) == 1
        assert sink.messages[0]["Message-ID"] == f"<{row.idempotency_key}@example.org>"
    assert rows(pstore)[0].status == "delivered"


def test_a_550_fails_for_good(pstore: Store) -> None:
    with SmtpSink(refuse=["550 5.7.1 Relaying denied"]) as sink:
        channel = email_channel("mail", sink.port)
        router = Alerting([channel], environ=ENV).router
        log_items(
            pstore, add_feed(pstore, "wire"), [("a1", "US sanctions Chinese firms", None)], router
        )
        deliver(channel, pstore, Clock())
    (row,) = rows(pstore)
    assert (row.status, row.response_status) == ("failed", 550)
    assert row.last_error == "SMTP 550 5.7.1 Relaying denied"


def test_starttls_with_login(pstore: Store, cert: tuple[Path, Path]) -> None:
    with SmtpSink(tls=server_context(*cert), login=("watcher", "s3cret")) as sink:
        channel = email_channel(
            "mail",
            sink.port,
            smtp_security="starttls",
            smtp_ca_file=str(cert[0]),
            smtp_user_env="SMTP_USER",
            smtp_password_env="SMTP_PASSWORD",
        )
        router = Alerting([channel], environ=ENV).router
        log_items(
            pstore, add_feed(pstore, "wire"), [("a1", "US sanctions Chinese firms", None)], router
        )
        assert deliver(channel, pstore, Clock()).delivered == 1
        assert sink.logins == ["watcher"] and sink.tls_used == [True]


def test_implicit_tls(pstore: Store, cert: tuple[Path, Path]) -> None:
    with SmtpSink(implicit_tls=server_context(*cert)) as sink:
        channel = email_channel("mail", sink.port, smtp_security="tls", smtp_ca_file=str(cert[0]))
        router = Alerting([channel], environ=ENV).router
        log_items(
            pstore, add_feed(pstore, "wire"), [("a1", "US sanctions Chinese firms", None)], router
        )
        assert deliver(channel, pstore, Clock()).delivered == 1
        assert len(sink.messages) == 1


def test_an_untrusted_certificate_is_retried_not_sent(
    pstore: Store, cert: tuple[Path, Path]
) -> None:
    with SmtpSink(tls=server_context(*cert)) as sink:
        channel = email_channel("mail", sink.port, smtp_security="starttls")
        router = Alerting([channel], environ=ENV).router
        log_items(
            pstore, add_feed(pstore, "wire"), [("a1", "US sanctions Chinese firms", None)], router
        )
        deliver(channel, pstore, Clock())
        assert sink.messages == []
    (row,) = rows(pstore)
    assert row.status == "pending" and "CERTIFICATE_VERIFY_FAILED" in (row.last_error or "")
