"""Source health: a feed failing for 24 h or silent for more than three times its usual gap
is alerted once as feed.unhealthy, and once as feed.recovered, to the channels that opt
in with ``health = true`` — checked end to end through a verifying webhook receiver."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from storage import feeds as feed_store
from storage.feeds import PollRecord
from storage.health import health_facts
from storage.store import Store
from tests.alertkit import (
    ENV,
    T0,
    Clock,
    WebhookReceiver,
    add_feed,
    log_items,
    pack_store,
    rows,
    webhook_channel,
    webhook_receiver,
)
from watcher.alerts import Alerting, AlertSettings, assess


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with webhook_receiver() as r:
        yield r


@pytest.fixture
def pstore(store: Store) -> Store:
    return pack_store(store)


def polled(store: Store, feed_id: int, at: datetime, *, ok: bool) -> None:
    feed_store.record_poll(
        store,
        feed_id,
        PollRecord(
            polled_at=at,
            next_due_at=at + timedelta(minutes=15),
            status=200 if ok else 503,
            success=ok,
            error=None if ok else "HTTP 503",
            error_kind=None if ok else "http",
        ),
    )


def run(a: Alerting, store: Store) -> tuple[list[Any], Any]:
    async def go() -> tuple[list[Any], Any]:
        async with a:
            changes = a.check_health(store)
            return changes, await a.deliver_due(store)

    return asyncio.run(go())


def make(receiver: WebhookReceiver, clock: Clock) -> Alerting:
    return Alerting(
        [
            webhook_channel("ops", receiver.url, health=True, indicators=["cbrn-talk"]),
            webhook_channel("desk", receiver.url),  # no health alerts here
        ],
        AlertSettings(),
        environ=ENV,
        clock=clock,
        rng=random.Random(1),
    )


def test_failing_for_a_day_alerts_once_then_recovers_once(
    pstore: Store, receiver: WebhookReceiver
) -> None:
    clock = Clock(T0)
    a = make(receiver, clock)
    feed = add_feed(pstore, "wire")
    polled(pstore, feed, T0 - timedelta(hours=30), ok=True)
    for hours in (20, 10, 1):
        polled(pstore, feed, T0 - timedelta(hours=hours), ok=False)
    changes, sent = run(a, pstore)
    assert [(c.feed_id, c.kind) for c in changes] == [(feed, "feed.unhealthy")]
    assert sent.delivered == 1
    (got,) = receiver.accepted()
    p = got.payload
    assert p["type"] == "feed.unhealthy" and p["version"] == 1
    assert p["data"]["feed"]["name"] == "wire" and p["data"]["reason"] == "failing"
    assert p["data"]["detail"] == "every fetch has failed for 1d 6h (last error: HTTP 503)"
    assert p["data"]["since"] == "2026-07-01T06:00:00Z"
    assert [r.channel for r in rows(pstore)] == ["ops"]
    # Still failing an hour later: no second alert.
    clock.advance(hours=1)
    assert run(a, pstore)[0] == []
    # A success: one feed.recovered.
    polled(pstore, feed, clock(), ok=True)
    changes, sent = run(a, pstore)
    assert [c.kind for c in changes] == ["feed.recovered"] and sent.delivered == 1
    assert receiver.accepted()[-1].payload["data"]["unhealthy_since"] == "2026-07-02T12:00:00Z"
    assert run(a, pstore)[0] == []
    assert [r.kind for r in rows(pstore)] == ["feed.unhealthy", "feed.recovered"]
    assert pstore.feed(feed).health == "ok"


def test_silent_for_three_usual_gaps(pstore: Store, receiver: WebhookReceiver) -> None:
    clock = Clock(T0)
    a = make(receiver, clock)
    feed = add_feed(pstore, "wire")
    hourly = [(f"g{i}", f"Weather report number {i} for the coast", None) for i in range(10)]
    for i, item in enumerate(hourly):
        log_items(pstore, feed, [item], None, at=T0 - timedelta(hours=12 - i))
    polled(pstore, feed, T0, ok=True)
    # Last item 3 h ago, one an hour usually: not yet more than three gaps.
    assert run(a, pstore)[0] == []
    clock.advance(minutes=1)
    changes, _ = run(a, pstore)
    assert [c.kind for c in changes] == ["feed.unhealthy"]
    assert changes[0].detail == "no new item for 3h 1m (usually one every 1h)"
    data = receiver.accepted()[0].payload["data"]
    assert data["reason"] == "silent" and data["usual_gap_seconds"] == 3600
    log_items(
        pstore, feed, [("new", "Weather report for the islands today", None)], None, at=clock()
    )
    changes, _ = run(a, pstore)
    assert [c.kind for c in changes] == ["feed.recovered"]


def test_the_poll_interval_bounds_silence_and_few_items_say_nothing() -> None:
    from storage.health import FeedHealthFacts

    def facts(times: list[datetime], interval: int = 900, errors: int = 0) -> FeedHealthFacts:
        return FeedHealthFacts(
            id=1, name="f", url="https://f.example/feed", interval_seconds=interval,
            health="ok", health_reason=None, health_changed_at=None, error_count=errors,
            last_error=None, last_status=200, last_polled_at=T0, last_success_at=T0,
            created_at=T0 - timedelta(days=30), item_times=tuple(times),
        )  # fmt: skip

    minutely = [T0 - timedelta(minutes=m) for m in range(20, 30)]
    # Items a minute apart, polled every 6 h: silence is judged against 3 × 6 h.
    assert assess(facts(minutely, interval=6 * 3600), T0).health == "ok"
    assert assess(facts(minutely, interval=60), T0).health == "unhealthy"
    assert assess(facts(minutely[:4], interval=60), T0).health == "ok"  # too few items
    # Failing, but for less than a day since the last success.
    assert assess(facts([], errors=9), T0 + timedelta(hours=23)).health == "ok"
    assert assess(facts([], errors=9), T0 + timedelta(hours=24)).reason == "failing"


def test_disabled_feeds_are_not_checked(pstore: Store) -> None:
    feed = add_feed(pstore, "wire")
    assert feed in [f.id for f in health_facts(pstore)]
    pstore.set_feed_enabled(feed, False)
    assert feed not in [f.id for f in health_facts(pstore)]
