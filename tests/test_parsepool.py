"""watcher.parsepool: parsing in worker processes with a memory and a time limit, alone and
through a whole poll pass against a real HTTP server on 127.0.0.1 (hostile files, server
faults). No timing asserts: limits are checked by their outcomes."""

from __future__ import annotations

import asyncio
import gzip
import os
import signal
import subprocess
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest

from indicators.pack import load_pack_file
from storage.feeds import FeedState
from storage.store import Store
from tests.conftest import MINI_PACK, shared_path
from tests.feedserver import FeedServer, Route, serve_feeds
from watcher.fetch import FetchSettings
from watcher.parse import ParsedFeed, ParsedItem, ParseError, parse_feed
from watcher.parsepool import ParserPool, ParseSettings
from watcher.parseworker import decode, encode, feed_from_json, feed_to_json
from watcher.poll import PassSummary, certain_to_parse
from watcher.schedule import poll_once

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
FIXTURES = ["rss2.xml", "atom.xml", "rss1.rdf", "jsonfeed.json", "html_entities.xml"]
SMALL = ParseSettings(workers=2, memory_limit_mb=256, timeout=20)
T = TypeVar("T")


def run(settings: ParseSettings, body: Callable[[ParserPool], Awaitable[T]]) -> T:
    async def main() -> T:
        async with ParserPool(settings) as pool:
            return await body(pool)

    return asyncio.run(main())


def rss(items: int, *, description: str = "Nothing to see.") -> bytes:
    entries = "".join(
        f"<item><guid>i{i}</guid><title>Item {i}</title><description>{description}</description>"
        "</item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"{entries}</channel></rss>"
    ).encode()


def memory_bomb() -> bytes:
    """28 KB of gzip that inflates to 19 MB of four-byte characters: parse.py inflates it
    (a gzip body served without Content-Encoding) and feedparser then needs ~500 MB. A
    quadratic-blowup entity document would not do: parse.py drops such entities before
    feedparser sees them."""
    return gzip.compress(rss(1, description="\U0001f600 a" * 3_000_000))


def slow_body() -> bytes:
    """Within every pre-check (at most 10,000 items, 150,000 tags) but seconds of parsing."""
    return rss(9_000, description="x</description><category>a</category>" * 2 + "<description>x")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


# --- the pool alone -----------------------------------------------------------------------


def test_results_equal_in_process_parse() -> None:
    bodies = {name: (FEEDS / name).read_bytes() for name in FIXTURES}
    ctype = {".json": "application/feed+json", ".rdf": "application/rdf+xml"}

    async def body(pool: ParserPool) -> list[object]:
        return await asyncio.gather(
            *(
                pool.parse(
                    b,
                    url=f"https://example.org/{n}",
                    content_type=ctype.get(Path(n).suffix, "application/xml"),
                    headers={"etag": '"x"'},
                )
                for n, b in bodies.items()
            )
        )

    pooled = run(SMALL, body)
    for (name, b), got in zip(bodies.items(), pooled, strict=True):
        expected = parse_feed(
            b,
            url=f"https://example.org/{name}",
            content_type=ctype.get(Path(name).suffix, "application/xml"),
            headers={"etag": '"x"'},
        )
        assert got == expected, name
        assert expected.items, name


def test_parse_errors_come_back_as_parse_errors() -> None:
    async def body(pool: ParserPool) -> str:
        with pytest.raises(ParseError, match="not a feed") as info:
            await pool.parse(b"<html><body>hello</body></html>", url="https://example.org/")
        await pool.parse(rss(2), url="https://example.org/")  # the worker stays in use
        assert pool.replaced == 0
        return str(info.value)

    assert run(SMALL, body).startswith("not a feed")


# A JSON Feed may escape lone surrogates; parse_feed has raised UnicodeEncodeError on them.
SURROGATES = (
    b'{"version": "https://jsonfeed.org/version/1.1", "title": "T \\ud800",'
    b' "items": [{"id": "a\\udfff", "title": "t \\ud83d", "content_text": "x"}]}'
)


def test_only_parse_errors_come_out_of_the_pool() -> None:
    """Whatever parse_feed does in process, through the pool it is a feed or a ParseError."""
    try:
        expected: object = parse_feed(SURROGATES, url="https://example.org/")
    except Exception as e:
        expected = e

    async def body(pool: ParserPool) -> object:
        try:
            return await pool.parse(SURROGATES, url="https://example.org/")
        except ParseError as e:
            return e

    got = run(SMALL, body)
    if isinstance(expected, Exception):
        assert isinstance(got, ParseError)
        assert isinstance(expected, ParseError) or "parser failed" in str(got)
    else:
        assert got == expected


def test_replies_carry_lone_surrogates() -> None:
    item = ParsedItem(
        "id \ud800",
        None,
        "t \udfff",
        "",
        "",
        datetime(2026, 7, 1, 12, tzinfo=UTC),
        None,
        None,
        "0" * 64,
        "",
    )
    feed = ParsedFeed("T \ud83d", None, None, "jsonfeed", (item,), None)
    assert feed_from_json(decode(encode({"feed": feed_to_json(feed)}))["feed"]) == feed


def test_memory_bomb_is_a_parse_error_and_the_pool_keeps_working() -> None:
    async def body(pool: ParserPool) -> None:
        await pool.parse(rss(1), url="https://example.org/")
        before = set(pool.worker_pids)
        with pytest.raises(ParseError) as info:
            await pool.parse(memory_bomb(), url="https://example.org/bomb")
        assert str(info.value) == "parser ran out of memory (limit 256 MB)"
        assert pool.replaced == 1
        feed = await pool.parse(rss(3), url="https://example.org/")
        assert len(feed.items) == 3
        gone = before - set(pool.worker_pids)
        assert len(gone) <= 1 and not any(alive(pid) for pid in gone)

    run(SMALL, body)


def test_a_parse_past_its_time_kills_the_worker() -> None:
    async def body(pool: ParserPool) -> None:
        await pool.parse(rss(1), url="https://example.org/")
        (pid,) = pool.worker_pids
        with pytest.raises(ParseError) as info:
            await pool.parse(slow_body(), url="https://example.org/slow")
        assert str(info.value) == "parser timed out after 0.2s"
        assert not alive(pid)  # killed and reaped, not left running
        assert pool.worker_pids == []
        feed = await pool.parse(rss(2), url="https://example.org/")
        assert len(feed.items) == 2 and pool.worker_pids != [pid]

    run(ParseSettings(workers=1, timeout=0.2), body)


def test_a_worker_killed_mid_parse_is_replaced() -> None:
    async def body(pool: ParserPool) -> None:
        await pool.parse(rss(1), url="https://example.org/")
        (pid,) = pool.worker_pids
        slow = asyncio.create_task(pool.parse(slow_body(), url="https://example.org/slow"))
        await asyncio.sleep(0.2)
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(ParseError, match=r"^parser process died$"):
            await slow
        assert len((await pool.parse(rss(2), url="https://example.org/")).items) == 2

    run(ParseSettings(workers=1), body)


def test_close_kills_the_workers() -> None:
    async def main() -> list[int]:
        pool = ParserPool(SMALL)
        async with pool:
            slow = asyncio.create_task(pool.parse(slow_body(), url="https://example.org/slow"))
            await pool.parse(rss(1), url="https://example.org/")
            pids = pool.worker_pids
            assert len(pids) == 2
        with pytest.raises(ParseError):  # its worker was killed under it
            await slow
        with pytest.raises(RuntimeError):
            await pool.parse(rss(1), url="https://example.org/")
        return pids

    pids = asyncio.run(main())
    assert not any(alive(pid) for pid in pids)


def test_prestarted_workers_serve_the_parses_and_die_with_the_pool() -> None:
    async def main() -> tuple[list[int], list[int]]:
        async with ParserPool(SMALL) as pool:
            await pool.prestart()
            ahead = sorted(pool.worker_pids)
            assert len(ahead) == 2  # both spawned before any parse
            await pool.prestart()  # a second call starts nothing more
            assert sorted(pool.worker_pids) == ahead
            feeds = await asyncio.gather(
                *(pool.parse(rss(3), url=f"https://example.org/{i}") for i in range(4))
            )
            assert [len(f.items) for f in feeds] == [3] * 4
            return ahead, sorted(pool.worker_pids)

    ahead, after = asyncio.run(main())
    assert after == ahead  # the parses used the prestarted workers, no others
    assert not any(alive(pid) for pid in ahead)


def test_a_pass_prestarts_only_when_a_feed_cannot_be_answered_304() -> None:
    def state(etag: str | None, modified: str | None) -> FeedState:
        return FeedState(1, "http://127.0.0.1/f", "f", 900, etag, modified, 0, False)

    assert certain_to_parse([state('"e"', None), state(None, None)])
    assert not certain_to_parse([state('"e"', None), state(None, "Mon, 01 Jun 2026")])
    assert not certain_to_parse([])


# --- through a poll pass --------------------------------------------------------------------


@pytest.fixture
def pack_store(store: Store) -> Store:
    store.load_pack(load_pack_file(MINI_PACK))
    for f in store.feeds():  # tests reach only 127.0.0.1
        store.set_feed_enabled(f.id or 0, False)
    return store


def test_every_hostile_file_ends_as_items_or_a_recorded_error(pack_store: Store) -> None:
    hostile = shared_path("feeds", "hostile")
    names = sorted(p.name for p in hostile.iterdir() if p.name != "MANIFEST.tsv")
    with serve_feeds(hostile) as server:
        ids = {pack_store.add_feed(server.url(f"/{n}"), name=n).id: n for n in names}
        settings = FetchSettings(
            connect_timeout=5, total_timeout=20, global_limit=50, per_host_limit=50
        )

        async def one_pass() -> PassSummary:
            async with asyncio.timeout(240):  # a hang fails here instead of hanging CI
                return await poll_once(
                    pack_store, settings, all_feeds=True, parse_settings=ParseSettings()
                )

        summary = asyncio.run(one_pass())
    assert summary.feeds == len(names)
    feeds = {f.id: f for f in pack_store.feeds() if f.id in ids}
    unrecorded = [ids[i] for i, f in feeds.items() if f.last_polled_at is None]
    assert unrecorded == []
    internal = [(ids[r.feed_id], r.error) for r in summary.results if "internal" in (r.error or "")]
    assert internal == []
    for f in feeds.values():
        assert (f.last_success_at is not None) != (f.last_error is not None), ids[f.id or 0]
        assert f.last_error is None or f.last_error_kind == "parse", (ids[f.id or 0], f.last_error)
    parsed = sum(1 for f in feeds.values() if f.last_error is None)
    print(f"hostile over HTTP: {parsed} parsed, {len(feeds) - parsed} recorded parse errors")
    assert parsed > len(names) // 2


GOOD = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    b"<item><guid>g1</guid><title>US sanctions Chinese firms over Russia support</title>"
    b"<description>Treasury listed 12 entities.</description></item>"
    b"<item><guid>g2</guid><title>Weather in Paris</title><description>Sunny.</description>"
    b"</item></channel></rss>"
)
# UTF-8 bytes declared as another charset: mojibake, but items.
MISLABELLED = GOOD.replace(b"Weather in Paris", "Météo à Paris".encode())


def add(store: Store, server: FeedServer, path: str, route: Route) -> int:
    server.route(path, route)
    return store.add_feed(server.url(path), name=path.strip("/")).id or 0


def test_server_faults_in_one_pass_are_recorded_and_the_rest_finishes(pack_store: Store) -> None:
    with serve_feeds() as server:
        good = add(pack_store, server, "/good.xml", Route(body=GOOD))
        charset = add(
            pack_store,
            server,
            "/charset.xml",
            Route(body=MISLABELLED, content_type="application/rss+xml; charset=windows-1251"),
        )
        faults = {
            add(pack_store, server, "/drip.xml", Route(body=GOOD, drip=1.0)): ("timeout",),
            add(pack_store, server, "/endless.xml", Route(filler=10**12, send_length=False)): (
                "too_large",
                "timeout",
            ),
            add(pack_store, server, "/loop.xml", Route(status=302, location="/loop.xml")): (
                "redirects",
            ),
            add(pack_store, server, "/500.xml", Route(status=500, body=b"oops")): ("http",),
            add(
                pack_store,
                server,
                "/badgzip.xml",
                Route(raw_gzip=b"\x1f\x8b\x08\x00not really gzip"),
            ): ("decode",),
            add(pack_store, server, "/reset.xml", Route(reset=True)): ("network",),
            add(pack_store, server, "/cut.xml", Route(body=GOOD, truncate=True)): ("network",),
            add(pack_store, server, "/bomb.xml", Route(body=memory_bomb())): ("parse",),
        }
        settings = FetchSettings(connect_timeout=2, total_timeout=2, max_bytes=2_000_000)
        summary = asyncio.run(poll_once(pack_store, settings, all_feeds=True, parse_settings=SMALL))
    results = {r.feed_id: r for r in summary.results}
    assert results[good].error is None and results[good].new_items == 2
    assert results[good].matches == 1
    assert results[charset].error is None and results[charset].new_items == 2
    for feed_id, kinds in faults.items():
        feed = pack_store.feed(feed_id)
        assert feed.last_error and feed.last_error_kind in kinds, (feed.name, feed.last_error)
        assert feed.error_count == 1 and results[feed_id].error == feed.last_error
    bomb = pack_store.feed(next(i for i, k in faults.items() if k == ("parse",)))
    assert bomb.last_error == "parser ran out of memory (limit 256 MB)"
    assert summary.errors == len(faults)


def test_the_worker_imports_the_parser_and_the_standard_library_only() -> None:
    """Each worker's memory is the daemon's too: it must not load the event loop,
    the store or the matcher."""
    code = (
        "import sys, watcher.parseworker; "
        "print(sorted({m.split('.')[0] for m in sys.modules} "
        "& {'asyncio', 'sqlalchemy', 'sqlmodel', 'ahocorasick', 'httpx', 'aiohttp'}))"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/PID/maps (Linux)")
def test_a_worker_loads_neither_tls_nor_openssl() -> None:
    """It parses bytes and connects nowhere (feedparser must never fetch): without
    TLS it could not reach an https URL, and without OpenSSL it is ~5 MB smaller.
    Its SHA-256 ids are still right: test_results_equal_in_process_parse compares them."""

    async def body(pool: ParserPool) -> tuple[ParsedFeed, list[str]]:
        parsed = await pool.parse(
            (FEEDS / "rss2.xml").read_bytes(), url="https://example.org/feed", content_type=None
        )
        return parsed, [Path(f"/proc/{pid}/maps").read_text() for pid in pool.worker_pids]

    parsed, maps = run(ParseSettings(workers=1, memory_limit_mb=256, timeout=20), body)
    assert parsed.items
    assert len(maps) == 1
    libraries = {line.rsplit("/", 1)[-1] for line in maps[0].splitlines() if ".so" in line}
    assert not [lib for lib in libraries if lib.startswith(("libssl", "libcrypto", "_ssl"))]
    assert any(lib.startswith("pyexpat") for lib in libraries)  # it did parse XML here
