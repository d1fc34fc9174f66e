"""Polling end to end against a real HTTP server on 127.0.0.1: items once, matches once,
backfill on first poll, conditional GET, errors recorded per feed, the daemon's signals."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import watcher.poll as poll_module
from indicators.pack import load_pack_file
from storage import followup, queries
from storage.feeds import due_feeds, feed_states
from storage.store import Store
from storage.stories import stories
from tests.conftest import MINI_PACK, Cli
from tests.feedserver import FeedServer, Route, closed_port, serve_feeds, wait_for
from tests.feedserver import rss as feed_rss
from watcher.fetch import FetchSettings
from watcher.poll import PassSummary
from watcher.schedule import poll_once

NOW = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
FAST = FetchSettings(connect_timeout=2, total_timeout=5)


def rss(*items: tuple[str, str, str]) -> bytes:
    return feed_rss(*items, now=NOW)


FIRST = rss(
    ("a1", "US sanctions Chinese firms over Russia support", "Treasury listed 12 entities."),
    ("a2", "Weather in Paris", "Sunny with &lt;b&gt;light&lt;/b&gt; wind."),
)


def without_pack_feeds(store: Store) -> Store:
    """Tests reach only 127.0.0.1: the pack's (example.org) feeds are switched off."""
    for f in store.feeds():
        store.set_feed_enabled(f.id or 0, False)
    return store


@pytest.fixture
def pack_store(store: Store) -> Store:
    store.load_pack(load_pack_file(MINI_PACK))
    return without_pack_feeds(store)


@pytest.fixture
def server() -> FeedServer:
    with serve_feeds() as srv:
        yield srv  # type: ignore[misc]


def poll(store: Store, *, at: datetime = NOW, **kw: object):  # type: ignore[no-untyped-def]
    return asyncio.run(poll_once(store, FAST, clock=lambda: at, **kw))  # type: ignore[arg-type]


def add(store: Store, server: FeedServer, path: str, route: Route) -> int:
    server.route(path, route)
    return store.add_feed(server.url(path), name=path.strip("/")).id or 0


def test_first_poll_is_backfill_then_new_items_match(pack_store: Store, server: FeedServer) -> None:
    feed_id = add(pack_store, server, "/wire.xml", Route(body=FIRST, etag='"v1"'))
    summary = poll(pack_store, all_feeds=True)
    assert (summary.new_items, summary.matches, summary.errors) == (2, 1, 0)
    (m,) = queries.matches(pack_store)
    assert (m.indicator_id, m.backfill, m.url) == ("sanctions", True, "https://news.example.org/a1")
    assert m.published == "2026-07-02T11:00:00Z"
    assert "Sanctions" in m.snippet or "sanctions" in m.snippet

    # Unchanged feed: a conditional GET, answered 304, costs no parsing and stores nothing.
    again = poll(pack_store, at=NOW + timedelta(hours=1), all_feeds=True)
    assert again.not_modified == 1 and again.new_items == 0
    assert server.requests_to("/wire.xml")[-1].headers.get("if-none-match") == '"v1"'

    # A new item: stored, matched, and not backfill this time.
    second = rss(
        ("a3", "Kremlin confirms CBRN drills with China", "Russian troops trained."),
        ("a1", "US sanctions Chinese firms over Russia support", "Treasury listed 12."),
    )
    server.route("/wire.xml", Route(body=second, etag='"v2"'))
    third = poll(pack_store, at=NOW + timedelta(hours=2), feed_ids=[feed_id])
    assert (third.new_items, third.matches) == (1, 2)
    fresh = [r for r in queries.matches(pack_store) if not r.backfill]
    assert sorted(r.indicator_id for r in fresh) == ["cbrn-talk", "training-disclosed"]
    # a1 was edited (summary changed): updated in place, no new match, no duplicate.
    assert len(queries.matches(pack_store)) == 3
    assert sorted(i.summary for i in queries.items(pack_store))[-1] == "Treasury listed 12."


def test_matches_land_on_the_timeline_at_published_time(
    pack_store: Store, server: FeedServer
) -> None:
    add(pack_store, server, "/wire.xml", Route(body=FIRST))
    poll(pack_store, all_feeds=True)
    rows = queries.timeline(pack_store, since=datetime(2026, 7, 1, tzinfo=UTC))
    kinds = [(r.kind, r.start) for r in rows]
    assert ("match", "2026-07-02T11:00:00Z") in kinds
    assert kinds.index(("match", "2026-07-02T11:00:00Z")) > kinds.index(("event", "2026-07-01"))
    summ = queries.indicator_summaries(pack_store)["sanctions"]
    assert summ.matches == 1 and summ.domains == ["news.example.org"]


def test_schedule_comes_from_the_store(pack_store: Store, server: FeedServer) -> None:
    feed_id = add(pack_store, server, "/wire.xml", Route(body=FIRST))
    assert [f.id for f in due_feeds(pack_store, NOW)] == [feed_id]
    poll(pack_store)  # due feeds only
    # Polled: next due one interval (15 min) plus at most 10 % jitter later; a restart
    # (a fresh due_feeds query) finds nothing to do before then.
    assert due_feeds(pack_store, NOW + timedelta(minutes=14)) == []
    assert [f.id for f in due_feeds(pack_store, NOW + timedelta(minutes=17))] == [feed_id]
    assert poll(pack_store, at=NOW + timedelta(minutes=5)).feeds == 0


def test_failures_are_recorded_and_backed_off(pack_store: Store, server: FeedServer) -> None:
    broken = add(pack_store, server, "/broken.xml", Route(status=500))
    busy = add(pack_store, server, "/busy.xml", Route(status=429, headers={"Retry-After": "600"}))
    gone = add(pack_store, server, "/gone.xml", Route(status=410))
    junk = add(
        pack_store,
        server,
        "/junk.xml",
        Route(body=b"<html><body>not a feed", content_type="text/html"),
    )
    dead = pack_store.add_feed(f"http://127.0.0.1:{closed_port()}/feed.xml", name="dead").id
    ok = add(pack_store, server, "/wire.xml", Route(body=FIRST))
    summary = poll(pack_store, all_feeds=True)
    assert summary.feeds == 6 and summary.new_items == 2  # one bad feed never stops the others
    feeds = {f.id: f for f in pack_store.feeds()}
    assert feeds[broken].error_count == 1 and feeds[broken].last_status == 500
    assert feeds[broken].next_due_at > NOW + timedelta(seconds=59)  # type: ignore[operator]
    assert feeds[busy].next_due_at == NOW + timedelta(seconds=600)
    assert not feeds[gone].enabled and "410" in (feeds[gone].disabled_reason or "")
    assert feeds[junk].last_error_kind == "parse" and feeds[junk].last_error
    assert feeds[dead].last_error_kind == "connect"
    assert feeds[ok].error_count == 0 and feeds[ok].last_new_items == 2
    # Repeated failures keep counting; the feed is then shown unhealthy.
    for i in range(1, 5):
        poll(pack_store, at=NOW + timedelta(days=i), feed_ids=[broken])
    assert pack_store.feed(broken).error_count == 5


def test_permanent_redirect_updates_the_stored_url(pack_store: Store, server: FeedServer) -> None:
    server.route("/new.xml", Route(body=FIRST))
    feed_id = add(pack_store, server, "/old.xml", Route(status=301, location="/new.xml"))
    poll(pack_store, all_feeds=True)
    assert pack_store.feed(feed_id).url == server.url("/new.xml")
    temp = add(pack_store, server, "/temp.xml", Route(status=302, location="/new.xml"))
    poll(pack_store, feed_ids=[temp])
    assert pack_store.feed(temp).url == server.url("/temp.xml")


def test_unknown_feed_id(pack_store: Store) -> None:
    from storage.store import NotFoundError

    with pytest.raises(NotFoundError, match="unknown feed id 42"):
        feed_states(pack_store, [42])


def test_poll_once_cli(cli: Cli, store: Store, server: FeedServer) -> None:
    cli("pack", "load", str(MINI_PACK))
    without_pack_feeds(store)
    add(store, server, "/wire.xml", Route(body=FIRST))
    result = cli("poll", "--once", "--all")
    assert result.returncode == 0, result.stderr
    assert "polled 1 feeds: 2 new items, 1 matches, 0 not modified, 0 errors" in result.stdout
    listed = cli("feeds", "list", "--json").stdout
    assert '"last_new_items": 2' in listed and '"healthy": true' in listed
    assert cli("poll").returncode == 2
    assert cli("poll", "--once", "--feed", "999").returncode == 2


def test_daemon_polls_and_stops_cleanly_on_sigterm(
    cli: Cli, store: Store, server: FeedServer, tmp_path: Path
) -> None:
    cli("pack", "load", str(MINI_PACK))
    without_pack_feeds(store)
    feed_id = add(store, server, "/wire.xml", Route(body=FIRST))
    exe = Path(sys.executable).with_name("watcher")
    proc = subprocess.Popen(
        [str(exe), "run", "--tick", "1", "--log-format", "json"],
        env={**os.environ, **cli.env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_for(lambda: store.feed(feed_id).last_polled_at is not None, timeout=60)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    events = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    messages = " | ".join(e["message"] for e in events)
    assert "polled 1 feeds: 2 new items, 1 matches" in messages
    assert "stopped after" in messages
    (poll,) = [e for e in events if e.get("event") == "poll"]
    assert (poll["feed_id"], poll["new_items"], poll["matches"]) == (feed_id, 2, 1)
    (match,) = [e for e in events if e.get("event") == "match"]
    assert (match["feed_id"], match["indicator_id"]) == (feed_id, "sanctions")
    assert len(queries.matches(store)) == 1


def test_a_pass_follows_up_its_matches_off_the_event_loop(
    pack_store: Store, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With many indicators a pass's follow-up (stories, indicator status) takes a
    while: it must leave the event loop free for signals and the other jobs. Here each
    batch waits until a callback on the loop lets it go: run on the loop, it would wait
    in vain (and fail after 10 s); in a thread, the loop runs the callback."""
    real = followup.process_batch
    loops: list[asyncio.AbstractEventLoop] = []
    waited: list[bool] = []

    def gated(*args: Any, **kwargs: Any) -> Any:
        release = threading.Event()
        loops[0].call_soon_threadsafe(release.set)
        waited.append(release.wait(10))
        return real(*args, **kwargs)

    monkeypatch.setattr(followup, "process_batch", gated)
    add(pack_store, server, "/wire.xml", Route(body=FIRST))

    async def main() -> PassSummary:
        loops.append(asyncio.get_running_loop())
        return await poll_once(pack_store, FAST, clock=lambda: NOW, all_feeds=True)

    assert asyncio.run(main()).matches == 1
    assert waited and all(waited)
    assert followup.pending(pack_store) == 0
    assert len(stories(pack_store)) == 1  # the match's story: the follow-up ran


def test_a_pass_compiles_its_matcher_off_the_event_loop(
    pack_store: Store, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiling 10,000 indicators takes seconds: it happens in the store's thread, with
    the first new item, and the event loop stays free (as in the follow-up test above,
    the build waits for a callback on the loop; on the loop it would wait in vain)."""
    real = poll_module.build_matcher
    loops: list[asyncio.AbstractEventLoop] = []
    waited: list[bool] = []

    def gated(store: Store) -> Any:
        release = threading.Event()
        loops[0].call_soon_threadsafe(release.set)
        waited.append(release.wait(10))
        return real(store)

    monkeypatch.setattr(poll_module, "build_matcher", gated)
    add(pack_store, server, "/wire.xml", Route(body=FIRST))

    async def main() -> PassSummary:
        loops.append(asyncio.get_running_loop())
        return await poll_once(pack_store, FAST, clock=lambda: NOW, all_feeds=True)

    summary = asyncio.run(main())
    assert (summary.new_items, summary.matches) == (2, 1)
    assert waited == [True]  # built once, off the loop
