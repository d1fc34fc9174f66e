"""The daemon killed with SIGKILL after matches are logged but before they are sent: after a
restart every alert arrives exactly once, at a real receiver that verifies each one.

The daemon sends only once a poll pass has stored its items (so one pass's copies of a
story go out as one alert): killed inside a pass, it has logged matches and their
deliveries but sent nothing.
"""

from __future__ import annotations

import signal
from collections import Counter
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import sqlalchemy as sa

from storage import deliveries
from storage import feeds as feed_store
from storage.feeds import PollRecord
from storage.models import Match
from storage.store import Store
from tests.alertkit import ENV, pack_store, webhook_receiver
from tests.daemons import start_daemon, stop_daemon
from tests.feedserver import Route, serve_feeds, wait_for
from watcher.poll import utcnow

FEEDS = 12
ITEMS = 4
CONFIG = """\
[[channels]]
name = "desk"
type = "webhook"
url = "{url}"
secret_env = "HOOK_SECRET"

[alerts]
deliver_every = "1s"
health_every = "1h"
"""


def feed_xml(n: int) -> bytes:
    now = utcnow()
    items = "".join(
        f"<item><guid>f{n}-{i}</guid><title>US sanctions Chinese firm {n}x{i} over Russia"
        f"</title><link>https://news.example.org/{n}/{i}</link><description>Report.</description>"
        f"<pubDate>{format_datetime(now - timedelta(minutes=i))}</pubDate></item>"
        for i in range(ITEMS)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{n}</title>{items}'
        "</channel></rss>"
    ).encode()


def polled(store: Store, since: datetime) -> int:
    """Feeds the daemon has polled (after ``since``)."""
    return sum(1 for f in store.feeds() if f.last_polled_at and f.last_polled_at > since)


def n_matches(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(Match)).scalar_one())


def test_sigkill_before_sending_then_every_alert_exactly_once(
    db_url: str, store: Store, tmp_path: Path
) -> None:
    pack_store(store)
    with serve_feeds() as feeds, webhook_receiver() as receiver:
        before = utcnow()
        for n in range(FEEDS):
            # Slow answers keep the pass in flight long enough to be killed inside it.
            url = feeds.route(f"/f{n}.xml", Route(body=feed_xml(n), delay=0.3))
            feed_id = store.add_feed(url, name=f"f{n}").id or 0
            # Polled once before (empty), so these items are news, not backfill.
            feed_store.record_poll(
                store,
                feed_id,
                PollRecord(before - timedelta(hours=1), before, 200, success=True),
            )
        config = tmp_path / "watcher.toml"
        config.write_text(CONFIG.format(url=receiver.url), encoding="utf-8")
        # A killed daemon's feed claims expire on PostgreSQL: keep that short here.
        env = {
            "WATCHER_DATABASE_URL": db_url,
            "WATCHER_CONFIG": str(config),
            "WATCHER_FEED_LEASE_SECONDS": "10",
            **ENV,
        }

        first = start_daemon(env)
        try:
            assert wait_for(lambda: polled(store, before) >= 3, timeout=60)
            assert polled(store, before) < FEEDS  # really inside the pass
        finally:
            stop_daemon(first, signal.SIGKILL)
        logged = n_matches(store)
        pending = deliveries.deliveries(store, status="pending")
        assert logged > 0 and len(pending) == logged  # matches logged with their outbox
        assert receiver.received == []  # ... and nothing sent

        second = start_daemon(env)
        try:
            assert wait_for(
                lambda: (
                    polled(store, before) == FEEDS
                    and not deliveries.deliveries(store, status="pending")
                ),
                timeout=90,
            )
        finally:
            err = stop_daemon(second)
        assert second.returncode == 0, err
        assert "Traceback" not in err

    total = n_matches(store)
    assert total == FEEDS * ITEMS  # one indicator (sanctions) per item
    rows = deliveries.deliveries(store, limit=1000)
    assert len(rows) == total and {r.status for r in rows} == {"delivered"}
    got = receiver.accepted()
    assert all(r.error is None for r in receiver.received)
    ids = Counter(r.webhook_id for r in got)
    assert len(got) == total and set(ids.values()) == {1}
    assert set(ids) == {r.idempotency_key for r in rows}
    assert sorted(r.payload["data"]["match"]["id"] for r in got) == sorted(
        r.match_id or 0 for r in rows
    )
