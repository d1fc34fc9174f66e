"""watcher.fetch against a real HTTP server on 127.0.0.1 (tests/feedserver.py). No mocks."""

from __future__ import annotations

import asyncio
import gzip
import random
import threading
import time
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from pathlib import Path
from typing import TypeVar

import pytest
from feedserver import (
    FeedServer,
    Request,
    Route,
    closed_port,
    feed_server_fixture,  # noqa: F401 (provides the feed_server fixture)
    serve_feeds,
)

from watcher.fetch import (
    Fetcher,
    FetchResult,
    FetchSettings,
    backoff_delay,
    make_client,
    parse_retry_after,
)
from watcher.parse import ParseError, parse_feed

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
FAST = FetchSettings(connect_timeout=2, total_timeout=5)
T = TypeVar("T")


def run(coro: Callable[[Fetcher], Awaitable[T]], settings: FetchSettings = FAST) -> T:
    """Run ``coro(fetcher)`` with a fresh client, closed afterwards."""

    async def main() -> T:
        async with make_client(settings) as client:
            return await coro(Fetcher(client, settings))

    return asyncio.run(main())


def fetch(url: str, settings: FetchSettings = FAST, **kwargs: str | None) -> FetchResult:
    return run(lambda f: f.fetch(url, **kwargs), settings)


# --- success and conditional GET ----------------------------------------------


def test_serves_a_file_and_it_parses(feed_server: FeedServer) -> None:
    result = fetch(feed_server.url("/rss2.xml"))
    assert result.error is None and result.ok
    assert result.status == 200 and result.body == (FEEDS / "rss2.xml").read_bytes()
    assert result.bytes_read == len(result.body) and result.elapsed >= 0
    assert result.content_type == "application/xml" and result.permanent_url is None
    feed = parse_feed(result.body, url=result.final_url, headers=result.headers)
    assert feed.title == "Example Monitoring Desk"


def test_sends_user_agent_accept_and_gzip(feed_server: FeedServer) -> None:
    fetch(feed_server.url("/atom.xml"))
    sent = feed_server.requests_to("/atom.xml")[0].headers
    assert sent["user-agent"] == FAST.user_agent
    assert "application/atom+xml" in sent["accept"]
    assert "gzip" in sent["accept-encoding"]


def test_etag_round_trip_gives_304(feed_server: FeedServer) -> None:
    url = feed_server.route("/e", Route(body=b"<rss/>", etag='"v1"'))
    first = fetch(url)
    assert first.etag == '"v1"' and first.body == b"<rss/>"
    second = fetch(url, etag=first.etag)
    assert second.not_modified and second.status == 304 and second.body == b""
    assert second.error is None and second.etag == '"v1"'
    assert feed_server.requests_to("/e")[1].headers["if-none-match"] == '"v1"'


def test_last_modified_round_trip_gives_304(feed_server: FeedServer) -> None:
    stamp = "Wed, 01 May 2024 10:00:00 GMT"
    url = feed_server.route("/m", Route(body=b"<rss/>", last_modified=stamp))
    first = fetch(url)
    assert first.last_modified == stamp and first.headers["last-modified"] == stamp
    second = fetch(url, last_modified=first.last_modified)
    assert second.not_modified and second.last_modified == stamp
    changed = fetch(url, last_modified="Tue, 30 Apr 2024 10:00:00 GMT")
    assert not changed.not_modified and changed.body == b"<rss/>"


def test_gzip_content_encoding_is_decoded(feed_server: FeedServer) -> None:
    body = (FEEDS / "atom.xml").read_bytes()
    result = fetch(feed_server.route("/gz", Route(body=body, gzip=True)))
    assert result.error is None and result.body == body


# --- redirects ----------------------------------------------------------------


def test_permanent_redirect_chain_gives_the_new_url(feed_server: FeedServer) -> None:
    feed_server.route("/old", Route(status=301, location="/older-still"))
    feed_server.route("/older-still", Route(status=308, location=feed_server.url("/rss2.xml")))
    result = fetch(feed_server.url("/old"))
    assert result.error is None and result.status == 200
    assert result.final_url == feed_server.url("/rss2.xml")
    assert result.permanent_url == feed_server.url("/rss2.xml")
    assert result.url == feed_server.url("/old")


def test_a_temporary_hop_means_no_new_url(feed_server: FeedServer) -> None:
    feed_server.route("/old", Route(status=301, location="/tmp"))
    feed_server.route("/tmp", Route(status=302, location="/rss2.xml"))
    result = fetch(feed_server.url("/old"))
    assert result.final_url == feed_server.url("/rss2.xml") and result.permanent_url is None


def test_redirect_loop(feed_server: FeedServer) -> None:
    feed_server.route("/a", Route(status=302, location="/b"))
    feed_server.route("/b", Route(status=302, location="/a"))
    result = fetch(feed_server.url("/a"))
    assert result.error_kind == "redirects" and "loop" in (result.error or "")
    assert result.body == b""


@pytest.mark.parametrize(("hops", "ok"), [(5, True), (6, False)])
def test_at_most_max_redirects(feed_server: FeedServer, hops: int, ok: bool) -> None:
    for i in range(hops):
        feed_server.route(f"/r{i}", Route(status=301, location=f"/r{i + 1}"))
    feed_server.route(f"/r{hops}", Route(body=b"<rss/>"))
    result = fetch(feed_server.url("/r0"))
    assert result.ok is ok
    if not ok:
        assert (
            result.error_kind == "redirects" and result.error == "too many redirects (more than 5)"
        )


def test_redirect_to_a_non_http_url(feed_server: FeedServer) -> None:
    url = feed_server.route("/ftp", Route(status=301, location="ftp://example.org/feed"))
    assert fetch(url).error_kind == "invalid_url"


# --- limits -------------------------------------------------------------------


@pytest.mark.parametrize("send_length", [True, False], ids=["content-length", "streamed"])
def test_body_over_max_bytes_is_cut(feed_server: FeedServer, send_length: bool) -> None:
    url = feed_server.route("/big", Route(filler=5_000_000, send_length=send_length))
    result = fetch(url, FetchSettings(total_timeout=5, max_bytes=100_000))
    assert result.error_kind == "too_large" and result.error == "body larger than 100000 bytes"
    assert result.body == b"" and result.bytes_read <= 100_000 + 65_536 * 2


def test_gzip_bomb_is_cut_on_decoded_size(feed_server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    url = feed_server.route("/bomb", Route(raw_gzip=bomb))
    result = fetch(url, FetchSettings(total_timeout=5, max_bytes=1_000_000))
    assert result.error_kind == "too_large"


def test_slow_headers_time_out(feed_server: FeedServer) -> None:
    url = feed_server.route("/slow", Route(body=b"<rss/>", delay=3))
    result = fetch(url, FetchSettings(total_timeout=0.5))
    assert result.error_kind == "timeout" and result.error == "timeout after 0.5s"
    assert result.status is None


def test_dripping_body_hits_the_total_timeout(feed_server: FeedServer) -> None:
    # A byte every 50 ms never trips a read timeout; only the total bound stops it.
    url = feed_server.route("/drip", Route(filler=10_000, drip=0.05))
    result = fetch(url, FetchSettings(total_timeout=0.6))
    assert result.error_kind == "timeout" and 0 < result.bytes_read < 10_000


# --- errors as values ---------------------------------------------------------


def test_429_with_retry_after_seconds(feed_server: FeedServer) -> None:
    url = feed_server.route("/busy", Route(status=429, headers={"Retry-After": "120"}))
    result = fetch(url)
    assert result.status == 429 and result.error_kind == "http" and result.error == "HTTP 429"
    assert result.retry_after == 120


def test_503_with_retry_after_date(feed_server: FeedServer) -> None:
    later = formatdate(time.time() + 600, usegmt=True)
    url = feed_server.route("/down", Route(status=503, headers={"Retry-After": later}))
    result = fetch(url)
    assert result.status == 503 and result.retry_after is not None
    assert 500 < result.retry_after <= 600


def test_410_is_gone(feed_server: FeedServer) -> None:
    result = fetch(feed_server.route("/gone", Route(status=410)))
    assert result.error_kind == "gone" and result.status == 410 and result.retry_after is None


@pytest.mark.parametrize("status", [404, 500, 502])
def test_http_errors(feed_server: FeedServer, status: int) -> None:
    result = fetch(feed_server.route("/e", Route(status=status, body=b"oops")))
    assert result.error == f"HTTP {status}" and result.error_kind == "http"
    assert result.body == b"" and not result.not_modified


def test_connection_refused() -> None:
    result = fetch(f"http://127.0.0.1:{closed_port()}/feed")
    assert result.error_kind == "connect" and result.error == "connection refused"
    assert result.status is None and result.body == b""


def test_connection_reset(feed_server: FeedServer) -> None:
    result = fetch(feed_server.route("/reset", Route(reset=True)))
    assert result.error_kind == "network" and result.status is None


def test_truncated_body(feed_server: FeedServer) -> None:
    url = feed_server.route("/cut", Route(body=b"<rss>" + b"x" * 10_000, truncate=True))
    result = fetch(url)
    assert result.error_kind == "network" and result.body == b""


def test_bad_gzip_body(feed_server: FeedServer) -> None:
    url = feed_server.route("/badgz", Route(raw_gzip=b"\x1f\x8b\x08\x00not really gzip"))
    result = fetch(url)
    assert result.error_kind == "decode" and result.status == 200


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
@pytest.mark.parametrize("cut", ["half", "no trailer"])
def test_truncated_gzip_body_is_an_error(feed_server: FeedServer, transport: str, cut: str) -> None:
    whole = gzip.compress((FEEDS / "rss2.xml").read_bytes())
    sent = whole[: len(whole) // 2] if cut == "half" else whole[:-8]
    settings = FetchSettings(connect_timeout=2, total_timeout=5, transport=transport)
    result = fetch(feed_server.route("/cutgz", Route(raw_gzip=sent)), settings)
    assert (result.error_kind, result.error) == ("decode", "truncated gzip body")
    assert result.body == b"" and result.status == 200
    whole_url = feed_server.route("/wholegz", Route(raw_gzip=whole + b"trailing junk"))
    assert fetch(whole_url, settings).body == (FEEDS / "rss2.xml").read_bytes()


@pytest.mark.parametrize(
    "url", ["ftp://example.org/feed", "file:///etc/passwd", "not a url", "http://", ""]
)
def test_invalid_urls(url: str) -> None:
    result = fetch(url)
    assert result.error_kind == "invalid_url" and result.status is None


def test_one_bad_feed_does_not_stop_the_others(feed_server: FeedServer) -> None:
    urls = [
        feed_server.url("/rss2.xml"),
        f"http://127.0.0.1:{closed_port()}/",
        feed_server.route("/slow", Route(delay=3)),
        feed_server.route("/500", Route(status=500)),
        feed_server.url("/atom.xml"),
    ]

    async def all_of(f: Fetcher) -> list[FetchResult]:
        return list(await asyncio.gather(*(f.fetch(u) for u in urls)))

    results = run(all_of, FetchSettings(total_timeout=0.5))
    assert [r.error_kind for r in results] == [None, "connect", "timeout", "http", None]


# --- concurrency limits ---------------------------------------------------------


class InFlight:
    """A route that records how many requests it serves at once (per Host header)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now: dict[str, int] = {}
        self.peak: dict[str, int] = {}
        self.peak_total = 0

    def __call__(self, request: Request) -> Route:
        host = request.headers.get("host", "").split(":")[0]
        with self.lock:
            self.now[host] = self.now.get(host, 0) + 1
            self.peak[host] = max(self.peak.get(host, 0), self.now[host])
            self.peak_total = max(self.peak_total, sum(self.now.values()))
        time.sleep(0.15)
        with self.lock:
            self.now[host] -= 1
        return Route(body=b"<rss/>")


def test_per_host_and_global_limits(feed_server: FeedServer) -> None:
    probe = InFlight()
    feed_server.route("/p", probe)
    hosts = [feed_server.url("/p"), f"http://localhost:{feed_server.port}/p"]
    settings = FetchSettings(total_timeout=10, per_host_limit=2, global_limit=3)

    async def many(f: Fetcher) -> list[FetchResult]:
        return list(await asyncio.gather(*(f.fetch(hosts[i % 2]) for i in range(10))))

    results = run(many, settings)
    assert all(r.ok for r in results), [r.error for r in results]
    assert max(probe.peak.values()) <= 2 and probe.peak_total <= 3
    assert probe.peak_total >= 2  # the limits do not serialise everything


# --- pure helpers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "date", "expected"),
    [
        ("120", None, 120.0),
        (" 0 ", None, 0.0),
        ("Wed, 01 May 2024 10:02:00 GMT", "Wed, 01 May 2024 10:00:00 GMT", 120.0),
        ("Wed, 01 May 2024 09:00:00 GMT", "Wed, 01 May 2024 10:00:00 GMT", 0.0),
        ("soon", None, None),
        ("-5", None, None),
    ],
)
def test_parse_retry_after(value: str, date: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, date) == expected


@pytest.mark.parametrize(
    ("failures", "low", "high"),
    [
        (0, 0, 0),
        (1, 30, 60),
        (2, 60, 120),
        (3, 120, 240),
        (10, 3 * 3600, 6 * 3600),
        (10_000, 3 * 3600, 6 * 3600),
    ],
)
def test_backoff_delay(failures: int, low: float, high: float) -> None:
    rng = random.Random(4)
    delays = [backoff_delay(failures, rng=rng) for _ in range(200)]
    assert all(low <= d <= high for d in delays)
    if failures:
        assert len(set(delays)) > 100  # jittered


def test_backoff_is_reproducible_with_a_seeded_rng() -> None:
    a = [backoff_delay(n, rng=random.Random(7)) for n in range(1, 8)]
    b = [backoff_delay(n, rng=random.Random(7)) for n in range(1, 8)]
    assert a == b and a == sorted(a)


# --- the shared corpus served over HTTP ------------------------------------------

CORPUS_REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "feeds" / "real"


@pytest.mark.slow
def test_real_corpus_over_http_parses_as_the_bytes_do() -> None:
    """Every real file fetched from a local server parses to what its bytes parse to
    (served with a Content-Type from its extension, as a server would)."""
    if not (CORPUS_REAL / "MANIFEST.tsv").exists():
        pytest.skip("needs ../shared/feeds/real (not present in this clone)")
    names = sorted(p.name for p in CORPUS_REAL.iterdir() if p.name != "MANIFEST.tsv")

    def outcome(body: bytes, headers: dict[str, str] | None = None) -> int | str:
        try:
            return len(parse_feed(body, url="https://corpus.example/feed", headers=headers).items)
        except ParseError:
            return "rejected"

    async def fetch_all(f: Fetcher) -> list[FetchResult]:
        return list(await asyncio.gather(*(f.fetch(server.url(f"/{n}")) for n in names)))

    with serve_feeds(CORPUS_REAL) as server:
        results = run(fetch_all, FetchSettings(total_timeout=30, global_limit=8, per_host_limit=8))
    assert [r.error for r in results if r.error] == []
    over_http = {n: outcome(r.body, r.headers) for n, r in zip(names, results, strict=True)}
    from_bytes = {n: outcome((CORPUS_REAL / n).read_bytes()) for n in names}
    assert over_http == from_bytes
