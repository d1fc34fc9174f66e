"""Three daemons on one PostgreSQL database share the feeds: each due feed is polled by
one replica; one replica killed with SIGKILL mid-run has its feeds taken over once its
leases expire; nothing is duplicated."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage.models import FeedItem, Match
from storage.store import Store
from tests.conftest import MINI_PACK
from tests.daemons import start_daemon, stop_daemon
from tests.feedserver import FeedServer, Route, serve_feeds, wait_for

FEEDS = 200
LEASE_SECONDS = 10


def rss(n: int) -> bytes:
    items = "".join(
        f"<item><guid>f{n}-{i}</guid><title>US sanctions Chinese firms, report {n}.{i}</title>"
        f"<description>Treasury listed entities.</description></item>"
        for i in range(2)
    )
    head = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{n}</title>'
    return f"{head}{items}</channel></rss>".encode()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve_feeds() as srv:
        yield srv


def test_three_replicas_share_feeds_and_survive_a_sigkill(
    db_url: str, store: Store, server: FeedServer, tmp_path: Path
) -> None:
    if store.dialect != "postgresql":
        pytest.skip("replicas share one PostgreSQL database (a SQLite store takes one daemon)")
    from indicators.pack import load_pack_file

    store.load_pack(load_pack_file(MINI_PACK))
    for f in store.feeds():  # the pack's example.org feeds: tests reach only 127.0.0.1
        store.set_feed_enabled(f.id or 0, False)
    ids = []
    for n in range(FEEDS):
        # Slow answers keep every replica busy long enough to be killed mid-pass.
        server.route(f"/f{n}.xml", Route(body=rss(n), delay=0.15))
        ids.append(store.add_feed(server.url(f"/f{n}.xml"), name=f"f{n}").id)

    env = {
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_CONFIG": str(tmp_path / "none.toml"),
        "WATCHER_FEED_LEASE_SECONDS": str(LEASE_SECONDS),
    }
    replicas = [start_daemon(env) for _ in range(3)]
    try:

        def polled() -> int:
            return sum(1 for f in store.feeds() if f.enabled and f.last_success_at is not None)

        assert wait_for(lambda: polled() >= 20, timeout=90)
        victim = replicas[0]
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=10)
        held = {f.id for f in store.feeds() if f"{victim.pid}:" in (f.lease_owner or "")}
        assert wait_for(lambda: polled() == FEEDS, timeout=120)
        errs = [stop_daemon(p) for p in replicas[1:]]
    finally:
        for p in replicas:
            stop_daemon(p, signal.SIGKILL)
    assert all(p.returncode == 0 for p in replicas[1:]), errs
    # Every feed polled once per interval (15 min: once in this run); only feeds the dead
    # replica held when it died may have been asked twice (its fetch, then the takeover).
    asked = {n: len(server.requests_to(f"/f{n}.xml")) for n in range(FEEDS)}
    twice = {ids[n] for n, count in asked.items() if count > 1}
    assert all(count >= 1 for count in asked.values())
    assert max(asked.values()) <= 2
    assert twice <= held
    # The dead replica's feeds were taken over, and nothing is duplicated.
    assert all(store.feed(fid).last_success_at is not None for fid in held)
    with store.engine.connect() as conn:
        items = conn.execute(sa.select(sa.func.count()).select_from(FeedItem)).scalar_one()
        matches = conn.execute(sa.select(sa.func.count()).select_from(Match)).scalar_one()
    assert items == FEEDS * 2
    assert matches == FEEDS * 2  # each item matches "sanctions" once
