"""watcher.check: what one URL would store and match, against a real HTTP server on
127.0.0.1 (tests/feedserver.py) and the mini pack's indicators; the store stays untouched."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from indicators.engine import IndicatorRule, Matcher
from indicators.pack import load_pack_file
from storage import queries
from storage.store import Store
from tests.conftest import MINI_PACK
from tests.feedserver import FeedServer, Route, closed_port, serve_feeds
from watcher.check import FeedCheck, IndicatorHit, check_feed
from watcher.fetch import FetchSettings
from watcher.schedule import open_fetcher

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
FAST = FetchSettings(connect_timeout=2, total_timeout=5)

WIRE = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title><link>https://news.example.org/</link>
<language>en</language>
<item><guid>a1</guid><title>US sanctions Chinese firms over Russia support</title>
  <link>https://news.example.org/a1</link><pubDate>Tue, 30 Jun 2026 09:00:00 GMT</pubDate>
  <description>Treasury listed 12 entities in Beijing.</description></item>
<item><guid>a2</guid><title>Weather in Paris</title><link>https://news.example.org/a2</link>
  <description>Sunny.</description></item>
<item><guid>a3</guid><title>Russian and Chinese troops held joint drills</title>
  <description>CBRN units trained together, Moscow said.</description></item>
</channel></rss>
"""


@pytest.fixture
def pack_store(store: Store) -> Store:
    store.load_pack(load_pack_file(MINI_PACK))
    return store


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve_feeds(FEEDS) as srv:
        yield srv


def check(store: Store, url: str, matcher: Matcher | None = None) -> FeedCheck:
    async def main() -> FeedCheck:
        async with open_fetcher(FAST) as fetcher:
            return await check_feed(store, fetcher, url, matcher=matcher)

    return asyncio.run(main())


def snapshot(store: Store) -> tuple[object, ...]:
    """Everything a check could conceivably write."""
    feeds = [(f.id, f.url, f.etag, f.last_polled_at, f.error_count) for f in store.feeds()]
    return (feeds, list(queries.items(store)), queries.matches(store))


def test_items_and_their_matches_are_reported_and_nothing_is_stored(
    pack_store: Store, server: FeedServer
) -> None:
    url = server.route("/wire.xml", Route(body=WIRE, etag='"v1"'))
    before = snapshot(pack_store)
    result = check(pack_store, url)
    assert result.ok and result.error is None and result.status == 200
    assert (result.title, result.format, result.language) == ("Wire", "rss2", "en")
    assert result.link == "https://news.example.org/" and result.stored_feed_id is None
    assert [(i.stable_id, i.title) for i in result.items] == [
        ("a1", "US sanctions Chinese firms over Russia support"),
        ("a2", "Weather in Paris"),
        ("a3", "Russian and Chinese troops held joint drills"),
    ]
    a1, a2, a3 = result.items
    assert a1.link == "https://news.example.org/a1"
    assert a1.published == datetime(2026, 6, 30, 9, 0, tzinfo=UTC)
    assert a2.published is None and a2.matches == ()
    assert [(m.indicator_id, m.terms) for m in a1.matches] == [
        ("sanctions", ("sanction*", "Chinese", "Beijing"))
    ]
    assert a1.matches[0].snippet
    ids = {m.indicator_id for m in a3.matches}
    assert ids == {"training-disclosed", "cbrn-talk"}
    training = next(m for m in a3.matches if m.indicator_id == "training-disclosed")
    assert {"Russian", "Chinese", "drills"} <= set(training.terms)
    assert result.matched_items == (a1, a3)
    assert snapshot(pack_store) == before


def test_an_already_stored_feed_is_named(pack_store: Store, server: FeedServer) -> None:
    url = server.route("/wire.xml", Route(body=WIRE))
    feed = pack_store.add_feed(url, name="wire")
    assert check(pack_store, url).stored_feed_id == feed.id
    moved = server.route("/old-wire", Route(status=301, location="/wire.xml"))
    result = check(pack_store, moved)
    assert result.permanent_url == url and result.stored_feed_id == feed.id


def test_disabled_indicators_do_not_match(pack_store: Store, server: FeedServer) -> None:
    pack_store.set_indicator_enabled("sanctions", False)
    url = server.route("/wire.xml", Route(body=WIRE))
    assert check(pack_store, url).items[0].matches == ()


def test_a_given_matcher_is_used(store: Store, server: FeedServer) -> None:
    url = server.route("/wire.xml", Route(body=WIRE))
    matcher = Matcher([IndicatorRule("paris", "Paris")], {})
    result = check(store, url, matcher)
    assert [i.matches for i in result.items] == [
        (),
        (IndicatorHit("paris", ("Paris",), result.items[1].matches[0].snippet),),
        (),
    ]


def test_without_indicators_items_are_listed_unmatched(store: Store, server: FeedServer) -> None:
    result = check(store, server.url("/atom.xml"))
    assert result.ok and result.format == "atom" and result.items
    assert result.matched_items == ()


def test_a_json_feed(store: Store, server: FeedServer) -> None:
    result = check(store, server.url("/jsonfeed.json"))
    assert result.ok and result.format == "jsonfeed" and result.items


def test_a_recoverable_feed_reports_its_warning(store: Store, server: FeedServer) -> None:
    body = WIRE.replace(b"<language>en</language>", b"<language>en</language><unclosed>")
    url = server.route("/broken.xml", Route(body=body))
    result = check(store, url)
    assert result.ok and result.warning and len(result.items) == 3


@pytest.mark.parametrize(
    ("route", "error", "kind"),
    [
        (Route(status=500), "HTTP 500", "http"),
        (Route(status=410), "HTTP 410 Gone", "gone"),
        (Route(status=301, location="/loop"), "redirect loop at", "redirects"),
        (
            Route(body=b"<html><body>a page</body></html>", content_type="text/html"),
            "not a feed",
            "parse",
        ),
        (Route(body=b""), "empty body", "parse"),
        (Route(body=b'{"version": "1"}', content_type="application/json"), "JSON", "parse"),
        (Route(raw_gzip=b"\x1f\x8bnot gzip at all"), "body does not decode", "decode"),
    ],
)
def test_fetch_and_parse_errors_are_values(
    pack_store: Store, server: FeedServer, route: Route, error: str, kind: str
) -> None:
    before = snapshot(pack_store)
    url = server.route("/loop", route)
    result = check(pack_store, url)
    assert not result.ok and result.items == ()
    assert result.error is not None and result.error.startswith(error) and "\n" not in result.error
    assert result.error_kind == kind
    assert snapshot(pack_store) == before


def test_unreachable_and_invalid_urls(store: Store) -> None:
    refused = check(store, f"http://127.0.0.1:{closed_port()}/feed.xml")
    assert (refused.error, refused.error_kind, refused.status) == (
        "connection refused",
        "connect",
        None,
    )
    invalid = check(store, "not a url")
    assert invalid.error_kind == "invalid_url" and "not a url" in (invalid.error or "")
