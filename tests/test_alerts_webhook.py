"""Webhook alerts against a real HTTP receiver on 127.0.0.1 that verifies every request with
the ``standardwebhooks`` library: the payload, the outbox, faults (5xx, down, hanging,
refused for good, Retry-After, 24 h), a crash between sending and marking, stories."""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from storage import deliveries
from storage.models import FeedItem, Match
from storage.store import Store
from tests.alertkit import (
    ENV,
    T0,
    Answer,
    Clock,
    Received,
    WebhookReceiver,
    add_feed,
    log_items,
    pack_store,
    rows,
    webhook_channel,
    webhook_receiver,
)
from watcher.alerts import Alerting, AlertSettings
from watcher.match import rematch

SANCTIONS = "US sanctions Chinese firms over Russia support"


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with webhook_receiver() as r:
        yield r


@pytest.fixture
def pstore(store: Store) -> Store:
    return pack_store(store)


def alerting(receiver: WebhookReceiver, clock: Clock, **channel: Any) -> Alerting:
    return Alerting(
        [webhook_channel("desk", receiver.url, **channel)],
        AlertSettings(),
        environ=ENV,
        clock=clock,
        rng=random.Random(7),
    )


def deliver(a: Alerting, store: Store) -> Any:
    async def run() -> Any:
        async with a:
            return await a.deliver_due(store)

    return asyncio.run(run())


def until_settled(a: Alerting, store: Store, clock: Clock, *, step: float = 300) -> int:
    """Deliver, moving the clock on, until nothing is pending; returns the runs made."""
    for runs in range(1, 30):
        deliver(a, store)
        if not deliveries.deliveries(store, status="pending"):
            return runs
        clock.advance(seconds=step)
    raise AssertionError("deliveries still pending after 30 runs")


def test_match_created_is_signed_and_delivered_once(
    pstore: Store, receiver: WebhookReceiver
) -> None:
    clock = Clock()
    a = alerting(receiver, clock)
    feed = add_feed(pstore, "wire")
    log_items(pstore, feed, [("a1", SANCTIONS, "https://news.example.org/a1")], a.router)
    (row,) = rows(pstore)
    assert (row.status, row.channel, row.kind, row.indicator_id) == (
        "pending",
        "desk",
        "match.created",
        "sanctions",
    )
    summary = deliver(a, pstore)
    assert (summary.delivered, summary.retried, summary.failed) == (1, 0, 0)
    (got,) = receiver.received
    assert got.error is None and got.status == 204
    assert got.webhook_id == row.idempotency_key
    assert got.headers["content-type"] == "application/json"
    p = got.payload
    assert (p["type"], p["version"], p["timestamp"]) == ("match.created", 1, "2026-07-02T12:00:00Z")
    data = p["data"]
    assert data["indicator"]["id"] == "sanctions"
    assert data["indicator"]["title"] == "Sanctions on Chinese entities"
    assert data["item"]["title"] == SANCTIONS
    assert data["item"]["url"] == "https://news.example.org/a1"
    assert data["item"]["feed"]["name"] == "wire"
    assert data["match"]["terms"] == ["sanction*", "Chinese"]
    assert {h["text"] for h in data["match"]["hits"]} == {"sanctions", "Chinese"}
    assert "«sanctions»" in data["match"]["snippet"]
    assert [s["id"] for s in data["sources"]] == [data["item"]["id"]]
    # The indicator names no event itself: its document's latest events, newest first.
    events = data["timeline"]["events"]
    assert [e["document"]["key"] for e in events] == ["alpha"] * 3
    assert events[0]["start"] == "2026-07-01T20:00:00Z" and events[-1]["stated"] == "late 2025"
    (done,) = rows(pstore)
    assert done.status == "delivered" and done.sent_at and done.attempts == 1
    # Nothing is due any more: a second run sends nothing.
    assert deliver(a, pstore).messages == 0
    assert len(receiver.received) == 1


def test_backfill_and_rematched_items_never_alert(pstore: Store, receiver: WebhookReceiver) -> None:
    a = alerting(receiver, Clock())
    feed = add_feed(pstore, "wire")
    log_items(pstore, feed, [("a1", SANCTIONS, None)], a.router, backfill=True)
    assert rows(pstore) == []
    # Stored while the indicator was off; a rematch logs the match as backfill: on the
    # timeline, never alerted.
    pstore.set_indicator_enabled("sanctions", False)
    (item,) = log_items(pstore, feed, [("a2", f"{SANCTIONS} again", None)], a.router)
    pstore.set_indicator_enabled("sanctions", True)
    assert rematch(pstore).added == [(item.id, "sanctions")]
    assert rows(pstore) == []
    assert deliver(a, pstore).messages == 0 and receiver.received == []


def test_deliveries_are_written_in_the_matchs_transaction(pstore: Store) -> None:
    class Broken:
        story_window = timedelta(hours=1)

        def route(self, indicator_id: str, now: Any) -> Any:
            raise RuntimeError("routing failed")

        def story(self, title: str, link: str | None) -> Any:
            raise AssertionError

    feed = add_feed(pstore, "wire")
    with pytest.raises(RuntimeError):
        log_items(pstore, feed, [("a1", SANCTIONS, None)], Broken())
    with pstore.engine.connect() as conn:
        for table in (FeedItem, Match):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0


def test_one_story_one_alert_listing_every_source(pstore: Store, receiver: WebhookReceiver) -> None:
    a = alerting(receiver, Clock())
    reuters, ap, mirror, other = (add_feed(pstore, n) for n in ("reuters", "ap", "mirror", "ft"))
    link = "https://www.reuters.com/world/us-sanctions-chinese-firms/?utm_source=rss#top"
    stories = [
        (reuters, "r1", f"{SANCTIONS} - Reuters", link),
        # Near-identical title from another feed; the same canonical link, another title.
        (ap, "p1", "Exclusive: US Sanctions Chinese Firms Over Russia Support | AP", None),
        (
            mirror,
            "m1",
            "Washington sanctions Chinese companies",
            "http://reuters.com/world/us-sanctions-chinese-firms",
        ),
        # Another story; and the same title again from the *same* feed: separate alerts.
        (other, "f1", "Treasury sanctions Chinese banks over Iran oil", None),
        (reuters, "r2", f"{SANCTIONS} - Reuters", "https://www.reuters.com/b"),
    ]
    for feed, guid, title, url in stories:
        log_items(pstore, feed, [(guid, title, url)], a.router)
    assert [r.status for r in rows(pstore)] == ["pending", "merged", "merged", "pending", "pending"]
    deliver(a, pstore)
    got = sorted(receiver.accepted(), key=lambda r: r.payload["data"]["item"]["id"])
    assert len(got) == 3
    sources = got[0].payload["data"]["sources"]
    assert [s["feed"]["name"] for s in sources] == ["reuters", "ap", "mirror"]
    assert [len(r.payload["data"]["sources"]) for r in got[1:]] == [1, 1]
    # Every item and match is still logged.
    with pstore.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Match)).scalar_one() == 5


def test_server_errors_are_retried_with_the_same_webhook_id(pstore: Store) -> None:
    def script(n: int, r: Received) -> Answer:
        return Answer(500, body=b"boom") if n <= 3 else Answer(200)

    with webhook_receiver(script) as receiver:
        clock = Clock()
        a = alerting(receiver, clock)
        log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)
        deliver(a, pstore)
        (row,) = rows(pstore)
        assert row.status == "pending" and row.attempts == 1
        assert row.last_error == "HTTP 500: boom" and row.response_status == 500
        first_retry = deliveries.deliveries(pstore)[0].next_attempt_at
        assert first_retry is not None and first_retry <= "2026-07-02T12:01:00Z"
        until_settled(a, pstore, clock)
        assert len(receiver.received) == 4
        assert {r.webhook_id for r in receiver.received} == {row.idempotency_key}
        assert len(receiver.accepted()) == 1
        (done,) = rows(pstore)
        assert done.status == "delivered" and done.attempts == 4


def test_receiver_down_for_a_while(pstore: Store, receiver: WebhookReceiver) -> None:
    clock = Clock()
    a = alerting(receiver, clock)
    log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)
    receiver.down()
    for _ in range(3):
        deliver(a, pstore)
        clock.advance(minutes=10)
    (row,) = rows(pstore)
    assert row.status == "pending" and row.attempts == 3 and "Connect" in (row.last_error or "")
    receiver.up()
    until_settled(a, pstore, clock)
    (got,) = receiver.received
    assert got.webhook_id == row.idempotency_key and got.status == 204
    assert rows(pstore)[0].status == "delivered"


def test_a_receiver_hanging_past_the_timeout_is_retried(pstore: Store) -> None:
    def script(n: int, r: Received) -> Answer:
        return Answer(204, hang=5.0) if n == 1 else Answer(204)

    with webhook_receiver(script) as receiver:
        clock = Clock()
        a = alerting(receiver, clock, timeout="1s")
        log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)
        deliver(a, pstore)
        (row,) = rows(pstore)
        assert row.status == "pending" and row.last_error == "timed out after 1s"
        until_settled(a, pstore, clock)
        assert [r.webhook_id for r in receiver.received] == [row.idempotency_key] * 2
        assert len(receiver.accepted()) == 1


@pytest.mark.parametrize(("status", "outcome"), [(410, "failed"), (400, "failed"), (302, "failed")])
def test_refusals_fail_for_good_with_the_response(pstore: Store, status: int, outcome: str) -> None:
    with webhook_receiver(lambda n, r: Answer(status, body=b"no such hook")) as receiver:
        a = alerting(receiver, Clock())
        log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)
        deliver(a, pstore)
        (row,) = rows(pstore)
        assert (row.status, row.response_status) == (outcome, status)
        assert row.last_error == f"HTTP {status}: no such hook"
        assert len(receiver.received) == 1


@pytest.mark.parametrize("status", [429, 408, 503])
def test_retry_after_is_honoured(pstore: Store, status: int) -> None:
    def script(n: int, r: Received) -> Answer:
        return Answer(status, headers={"Retry-After": "120"}) if n == 1 else Answer(202)

    with webhook_receiver(script) as receiver:
        clock = Clock()
        a = alerting(receiver, clock)
        log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)
        deliver(a, pstore)
        (row,) = rows(pstore)
        assert row.status == "pending" and row.next_attempt_at == "2026-07-02T12:02:00Z"
        clock.advance(seconds=119)
        assert deliver(a, pstore).messages == 0
        clock.advance(seconds=1)
        assert deliver(a, pstore).delivered == 1
        assert len(receiver.accepted()) == 1


def test_gives_up_after_a_day_and_can_be_retried(pstore: Store) -> None:
    answers = {"status": 503}
    with webhook_receiver(lambda n, r: Answer(answers["status"])) as receiver:
        clock = Clock()
        a = alerting(receiver, clock)
        log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)
        deliver(a, pstore)
        clock.advance(hours=25)
        deliver(a, pstore)
        (row,) = rows(pstore)
        assert row.status == "failed" and row.attempts == 2
        assert (row.last_error or "").startswith("gave up after 24 h and 2 attempts: HTTP 503")
        assert deliver(a, pstore).messages == 0
        answers["status"] = 200
        assert deliveries.retry_deliveries(pstore, clock(), failed=True) == [row.id]
        assert deliver(a, pstore).delivered == 1
        assert {r.webhook_id for r in receiver.received} == {row.idempotency_key}


def test_a_crash_between_sending_and_marking_resends_the_same_id(
    pstore: Store, receiver: WebhookReceiver
) -> None:
    clock = Clock()
    a = alerting(receiver, clock)
    log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)

    async def send_and_die() -> None:
        async with a:
            sender = a.sender(pstore)
            claimed = deliveries.claim_due(pstore, clock(), lease=sender.lease)
            assert len(claimed) == 1
            await a.notifiers["desk"].send(sender.message(claimed))
            # ... the process dies here, before record_attempt.

    asyncio.run(send_and_die())
    assert deliver(a, pstore).messages == 0  # still leased to the dead sender
    clock.advance(minutes=5)
    assert deliver(a, pstore).delivered == 1
    first, second = receiver.received
    assert first.webhook_id == second.webhook_id == rows(pstore)[0].idempotency_key
    assert first.body == second.body  # the payload snapshot, not rebuilt


def test_concurrent_senders_never_claim_the_same_delivery(
    pstore: Store, receiver: WebhookReceiver
) -> None:
    a = alerting(receiver, Clock())
    feed = add_feed(pstore, "wire")
    log_items(
        pstore,
        feed,
        [(f"a{i}", f"US sanctions Chinese firm number {i} over Russia", None) for i in range(40)],
        a.router,
    )
    assert len(rows(pstore)) == 40
    claims: list[list[int]] = [[] for _ in range(4)]
    barrier = threading.Barrier(4)

    def claim(k: int) -> None:
        barrier.wait()
        while got := deliveries.claim_due(pstore, T0, lease=timedelta(minutes=5), limit=3):
            claims[k] += [c.id for c in got]

    threads = [threading.Thread(target=claim, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [i for c in claims for i in c]
    assert sorted(every) == sorted(r.id for r in rows(pstore))  # each exactly once


def test_unconfigured_channel_fails_visibly(pstore: Store, receiver: WebhookReceiver) -> None:
    a = alerting(receiver, Clock())
    log_items(pstore, add_feed(pstore, "wire"), [("a1", SANCTIONS, None)], a.router)
    other = Alerting([webhook_channel("elsewhere", receiver.url)], environ=ENV, clock=Clock())
    deliver(other, pstore)
    (row,) = rows(pstore)
    assert row.status == "failed" and row.last_error == "channel desk is not configured"
    assert receiver.received == []


def test_an_hourly_webhook_digest_is_one_signed_post(
    pstore: Store, receiver: WebhookReceiver
) -> None:
    clock = Clock()  # 12:00
    a = alerting(receiver, clock, mode="digest", digest="hourly", digest_at="00:30")
    feed = add_feed(pstore, "wire")
    titles = [
        SANCTIONS,
        "Kremlin: CBRN unit ready for drills",
        "EU weighs sanctions on Chinese banks",
    ]
    log_items(pstore, feed, [(f"a{i}", t, None) for i, t in enumerate(titles)], a.router)
    clock.advance(minutes=10)
    log_items(pstore, feed, [("late", "Beijing firms face new US sanctions list", None)], a.router)
    assert {r.batch for r in rows(pstore)} == {"desk@2026-07-02T12:30Z"}
    assert deliver(a, pstore).messages == 0
    clock.advance(minutes=20)
    assert deliver(a, pstore).delivered == 1
    (got,) = receiver.accepted()
    assert got.webhook_id == rows(pstore)[0].idempotency_key
    p = got.payload
    assert p["type"] == "match.digest" and p["data"]["period"] == {
        "every": "hourly",
        "until": "2026-07-02T12:30:00Z",
    }
    assert [x["item"]["title"] for x in p["data"]["alerts"]] == [
        *titles,
        "Beijing firms face new US sanctions list",
    ]
    assert {r.status for r in rows(pstore)} == {"delivered"}
