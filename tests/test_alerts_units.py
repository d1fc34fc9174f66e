"""The pure parts of alerting, table-tested: story keys, digest times, routing, the retry
decision, signatures (checked with ``standardwebhooks``), sanitising, channel config."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError
from standardwebhooks import Webhook

from storage.deliveries import Outgoing
from tests.alertkit import ENV, SECRET, T0, email_channel, webhook_channel
from watcher.alerts import ChannelError, RetryPolicy, SendResult, decide
from watcher.alerts.channels import WebhookChannel, webhook_key
from watcher.alerts.digest import batch_key, next_slot, slot_of
from watcher.alerts.notify import Message
from watcher.alerts.payload import encode
from watcher.alerts.render import mark_html, sanitize
from watcher.alerts.routing import ChannelRouter
from watcher.alerts.stories import canonical_link, title_key
from watcher.alerts.webhook import retry_after_seconds, sign


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.Example.org/a/b/?utm_source=rss&utm_medium=x#top", "example.org/a/b"),
        ("http://example.org/a/b", "example.org/a/b"),
        ("https://m.example.org/a/b/amp", "example.org/a/b"),
        ("https://example.org/story?id=7&fbclid=abc", "example.org/story?id=7"),
        ("https://example.org/story?b=2&a=1", "example.org/story?a=1&b=2"),
        ("https://example.org/", "example.org"),
        ("javascript:alert(1)", None),
        ("/relative/path", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_link(url: str | None, key: str | None) -> None:
    assert canonical_link(url) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("US sanctions Chinese firms - Reuters", "US Sanctions Chinese Firms | AP", True),
        ("EXCLUSIVE: US sanctions Chinese firms", "US sanctions Chinese firms", True),
        ("Sanctions: what Chinése firms face now", "Sanctions — what Chinese firms face now", True),
        ("US sanctions Chinese firms", "US sanctions Chinese banks", False),
        ("Daily briefing - Reuters", "Daily briefing - AP", False),  # too short to tell
    ],
)
def test_title_keys(a: str, b: str, same: bool) -> None:
    ka, kb = title_key(a), title_key(b)
    assert (ka is not None and ka == kb) is same


@pytest.mark.parametrize(
    ("now", "every", "at", "zone", "slot"),
    [
        ("2026-07-02T12:00", "daily", "07:00", "UTC", "2026-07-03T07:00"),
        ("2026-07-02T06:59", "daily", "07:00", "UTC", "2026-07-02T07:00"),
        ("2026-07-02T07:00", "daily", "07:00", "UTC", "2026-07-03T07:00"),
        ("2026-07-02T12:00", "daily", "07:00", "Europe/Paris", "2026-07-03T05:00"),
        ("2026-01-02T12:00", "daily", "07:00", "Europe/Paris", "2026-01-03T06:00"),
        ("2026-07-02T12:10", "hourly", "00:15", "UTC", "2026-07-02T12:15"),
        ("2026-07-02T12:15", "hourly", "00:15", "UTC", "2026-07-02T13:15"),
        ("2026-07-02T12:10", "hourly", "00:00", "Asia/Kolkata", "2026-07-02T12:30"),
    ],
)
def test_next_digest_slot(now: str, every: str, at: str, zone: str, slot: str) -> None:
    hour, minute = map(int, at.split(":"))
    got = next_slot(
        datetime.fromisoformat(now).replace(tzinfo=UTC), every, time(hour, minute), ZoneInfo(zone)
    )
    assert got == datetime.fromisoformat(slot).replace(tzinfo=UTC)
    assert slot_of(batch_key("c", got)) == got


def test_routing_by_indicator_and_mode() -> None:
    router = ChannelRouter(
        [
            webhook_channel("all", "https://h.example/x"),
            webhook_channel("some", "https://h.example/y", indicators=["sanctions"], health=True),
            email_channel("digest", 25, mode="digest", digest="hourly", digest_at="00:05"),
        ],
        story_window=timedelta(hours=6),
    )
    assert router.route("sanctions", T0) == [
        Outgoing("all", T0),
        Outgoing("some", T0),
        Outgoing("digest", T0 + timedelta(minutes=5), "digest@2026-07-02T12:05Z"),
    ]
    assert [o.channel for o in router.route("cbrn-talk", T0)] == ["all", "digest"]
    assert router.health_routes(T0) == [Outgoing("some", T0)]


def test_retry_decisions() -> None:
    policy, rng = RetryPolicy(), random.Random(5)
    retry = SendResult("retry", "HTTP 500", 500)
    first = decide(retry, attempts=1, due_at=T0, now=T0, policy=policy, rng=rng)
    assert first.status == "pending" and first.next_attempt_at is not None
    assert T0 + timedelta(seconds=15) <= first.next_attempt_at <= T0 + timedelta(minutes=1)
    waits = [
        decide(retry, attempts=n, due_at=T0, now=T0, policy=policy, rng=rng).next_attempt_at
        for n in range(1, 20)
    ]
    assert all(w is not None and w - T0 <= timedelta(hours=1) for w in waits)  # capped
    assert waits[-1] is not None and waits[-1] - T0 >= timedelta(minutes=30)
    later = decide(
        SendResult("retry", "HTTP 429", 429, retry_after=600),
        attempts=2, due_at=T0, now=T0, policy=policy, rng=rng,
    )  # fmt: skip
    assert later.next_attempt_at == T0 + timedelta(minutes=10)
    gave_up = decide(
        retry, attempts=9, due_at=T0, now=T0 + timedelta(hours=24), policy=policy, rng=rng
    )
    assert gave_up.status == "failed" and gave_up.error == (
        "gave up after 24 h and 9 attempts: HTTP 500"
    )
    refused = decide(SendResult("failed", "HTTP 404", 404), attempts=1, due_at=T0, now=T0,
                     policy=policy, rng=rng)  # fmt: skip
    assert (refused.status, refused.response_status) == ("failed", 404)
    ok = decide(SendResult("delivered", "HTTP 200", 200), attempts=1, due_at=T0, now=T0,
                policy=policy, rng=rng)  # fmt: skip
    assert ok.status == "delivered"


def test_signatures_verify_with_standardwebhooks() -> None:
    channel = webhook_channel("hook", "https://h.example/x")
    key = webhook_key(channel, ENV)
    body = encode({"type": "match.created", "data": {"title": "Ünïcode – «ok»"}})
    now = int(datetime.now(UTC).timestamp())
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(now),
        "webhook-signature": sign(key, "msg_1", now, body),
    }
    assert Webhook(SECRET).verify(body, headers)["data"]["title"] == "Ünïcode – «ok»"
    tampered = body.replace(b"ok", b"ko")
    with pytest.raises(Exception, match="No matching signature"):
        Webhook(SECRET).verify(tampered, headers)


@pytest.mark.parametrize(
    ("secret", "error"),
    [
        ("", "environment variable HOOK_SECRET is not set"),
        ("whsec_", "HOOK_SECRET is not a Standard Webhooks secret"),
        ("whsec_c2hvcnQ=", "HOOK_SECRET is not a Standard Webhooks secret"),
        ("not base64 !!", "HOOK_SECRET is not a Standard Webhooks secret"),
    ],
)
def test_bad_webhook_secrets_are_refused(secret: str, error: str) -> None:
    channel = webhook_channel("hook", "https://h.example/x")
    with pytest.raises(ChannelError, match=f"channel hook: {error}"):
        webhook_key(channel, {"HOOK_SECRET": secret})


def test_retry_after_forms() -> None:
    now = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds("Thu, 02 Jul 2026 12:05:00 GMT", now) == 300
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None


def test_sanitize_keeps_only_safe_markup() -> None:
    dirty = (
        '<p onclick="x()">hi <a href="javascript:alert(1)">j</a> <a href="https://ok.example">'
        'ok</a><img src="https://t.example/p.gif"><iframe src="https://e.example"></iframe>'
        "<script>alert(2)</script><style>p{}</style></p>"
    )
    clean = sanitize(dirty)
    for banned in ("onclick", "javascript:", "<img", "<iframe", "<script", "<style", "alert(2)"):
        assert banned not in clean
    assert '<a href="https://ok.example" rel="noopener noreferrer">ok</a>' in clean


def test_marks_only_what_hits_covered() -> None:
    snippet = "Le «président» a dit « non » aux «sanctions» <b>"
    assert mark_html(snippet, ["sanctions"]) == (
        "Le «président» a dit « non » aux <mark>sanctions</mark> &lt;b&gt;"
    )


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"url": "ftp://x"}, "invalid webhook URL"),
        ({"mode": "weekly"}, "mode"),
        ({"digest_at": "7am"}, "digest_at"),
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"indicators": []}, "indicators"),
        ({"name": "two words"}, "name"),
        ({"timeout": "soon"}, "invalid duration"),
        ({"secret": "inline"}, "Extra inputs are not permitted"),
    ],
)
def test_channel_config_is_validated(change: dict[str, object], error: str) -> None:
    base = {"name": "hook", "type": "webhook", "url": "https://h.example/x", "secret_env": "S"}
    with pytest.raises(ValidationError, match=error):
        WebhookChannel.model_validate(base | change)


def test_email_config_defaults_and_login_pair() -> None:
    ch = email_channel("mail", 25, smtp_port=None, smtp_security="tls")
    assert ch.port == 465 and ch.from_ == "watcher@example.org"
    with pytest.raises(ValidationError, match="go together"):
        email_channel("mail", 25, smtp_user_env="SMTP_USER")


def test_message_ids_are_kept() -> None:
    assert Message("msg_x", {}).id == "msg_x"
