"""Kill the daemon with SIGKILL in the middle of a pass: after a restart no item or match
is duplicated and none is lost (items and their matches are one transaction; a feed whose
outcome was not recorded is simply due again)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from indicators.pack import load_pack_file
from storage.models import FeedItem, Match
from storage.store import Store
from tests.conftest import MINI_PACK
from tests.daemons import start_daemon, stop_daemon
from tests.feedserver import FeedServer, Route, serve_feeds, wait_for
from watcher.match import build_matcher

FEEDS = 24
ITEMS = 15
TOPICS = [
    "US sanctions Chinese firms over Russia support",
    "Kremlin confirms CBRN drills with China",
    "Russian troops trained in China, documents show",
    "Football results from the weekend",
    "Markets close higher on Friday",
]


def feed_xml(n: int) -> tuple[bytes, list[tuple[str, str]]]:
    base = datetime(2026, 7, 2, tzinfo=UTC)
    items = [(f"f{n}-i{i}", f"{TOPICS[(n + i) % len(TOPICS)]} ({n}.{i})") for i in range(ITEMS)]
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><description>Report {guid}.</description>"
        f"<pubDate>{format_datetime(base - timedelta(minutes=i))}</pubDate></item>"
        for i, (guid, title) in enumerate(items)
    )
    xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{n}</title>{body}'
    xml += "</channel></rss>"
    return xml.encode(), items


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve_feeds() as srv:
        yield srv


def counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        items = conn.execute(sa.select(sa.func.count()).select_from(FeedItem)).scalar_one()
        matches = conn.execute(sa.select(sa.func.count()).select_from(Match)).scalar_one()
    return items, matches


def polled(store: Store) -> int:
    return sum(1 for f in store.feeds() if f.enabled and f.last_success_at is not None)


def test_sigkill_mid_pass_loses_and_duplicates_nothing(
    db_url: str, store: Store, server: FeedServer, tmp_path: Path
) -> None:
    store.load_pack(load_pack_file(MINI_PACK))
    for f in store.feeds():
        store.set_feed_enabled(f.id or 0, False)
    matcher = build_matcher(store)
    expected_matches = 0
    for n in range(FEEDS):
        body, items = feed_xml(n)
        # Slow answers keep the pass in flight long enough to be killed inside it.
        server.route(f"/f{n}.xml", Route(body=body, delay=0.3))
        store.add_feed(server.url(f"/f{n}.xml"), name=f"f{n}")
        expected_matches += sum(
            len(matcher.match(title, f"Report {guid}.")) for guid, title in items
        )
    assert expected_matches > 0

    # On PostgreSQL the killed daemon's claims on feeds expire (several replicas may share
    # the database); SQLite's single daemon clears them at start.
    env = {
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_CONFIG": str(tmp_path / "none.toml"),
        "WATCHER_FEED_LEASE_SECONDS": "10",
    }
    first = start_daemon(env)
    try:
        assert wait_for(lambda: polled(store) >= 3, timeout=60)
        assert polled(store) < FEEDS  # really in the middle of the pass
    finally:
        stop_daemon(first, signal.SIGKILL)
    interrupted = counts(store)
    assert 0 < interrupted[0] < FEEDS * ITEMS

    second = start_daemon(env)
    try:
        assert wait_for(lambda: polled(store) == FEEDS, timeout=120)
    finally:
        err = stop_daemon(second)
    assert second.returncode == 0, err
    assert counts(store) == (FEEDS * ITEMS, expected_matches)
    with store.engine.connect() as conn:
        per_item = conn.execute(
            sa.select(FeedItem.feed_id, FeedItem.stable_id, sa.func.count())
            .group_by(FeedItem.feed_id, FeedItem.stable_id)
            .having(sa.func.count() > 1)
        ).all()
    assert per_item == []
