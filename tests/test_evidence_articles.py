"""Article capture against a real HTTP server on 127.0.0.1: the linked page of a matched
item kept as fetched (after redirects) with its main text; 404, oversize and non-HTML
pages recorded, not retried; a transient failure retried later; only for feeds or
indicators that ask for it."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from indicators.pack import load_pack_file, parse_pack
from storage import evidence, queries
from storage.evidence import ARTICLE_HTML, ARTICLE_TEXT, ITEM, EvidencePiece
from storage.store import Store
from tests.conftest import MINI_PACK, Cli
from tests.feedserver import FeedServer, Route, serve_feeds
from watcher import articles
from watcher import evidence as export_lib
from watcher.fetch import FetchSettings
from watcher.schedule import open_fetcher, poll_once

NOW = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
FAST = FetchSettings(connect_timeout=2, total_timeout=5, max_bytes=20_000)
TITLE = "US sanctions Chinese firms"  # matches the mini pack's `sanctions` indicator
ARTICLE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Sanctions</title></head><body>"
    "<nav>Home | World | Business</nav><article><h1>US sanctions Chinese firms</h1>"
    + "<p>The Treasury listed twelve entities over their support for Russia's army.</p>" * 8
    + "</article><footer>© 2026 Example News</footer></body></html>"
)


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """RSS 2.0 with (guid, title, link) items."""
    body = "".join(
        f"<item><guid>{g}</guid><title>{t}</title><link>{link}</link></item>"
        for g, t, link in items
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
    return f"{head}{body}</channel></rss>".encode()


@pytest.fixture
def server() -> FeedServer:
    with serve_feeds() as srv:
        yield srv  # type: ignore[misc]


def load(store: Store, *, indicator_articles: bool = False) -> None:
    text = MINI_PACK.read_text()
    if indicator_articles:
        text = text.replace(
            "    query: 'sanction* AND @china'\n",
            "    query: 'sanction* AND @china'\n    fetch_articles: true\n",
        )
    store.load_pack(parse_pack(text, "mini"))
    for f in store.feeds():  # tests reach only 127.0.0.1
        if f.url.startswith("https://example.org"):
            store.set_feed_enabled(f.id or 0, False)


def poll(store: Store) -> None:
    asyncio.run(poll_once(store, FAST, clock=lambda: NOW, all_feeds=True))


def capture(store: Store, at: datetime) -> articles.CaptureSummary:
    async def go() -> articles.CaptureSummary:
        async with open_fetcher(FAST) as fetcher:
            return await articles.capture_due(store, fetcher, now=at)

    return asyncio.run(go())


def pieces_by_guid(store: Store) -> dict[str, dict[str, EvidencePiece]]:
    items = list(queries.items(store))
    found = evidence.pieces(store, [i.id for i in items])
    return {(i.link or "").rsplit("/", 1)[-1]: {p.kind: p for p in found[i.id]} for i in items}


def test_articles_kept_failures_recorded_transient_retried(
    store: Store, server: FeedServer
) -> None:
    load(store)
    server.route("/go/ok", Route(status=301, location="/article/ok"))
    server.route("/article/ok", Route(body=ARTICLE.encode(), content_type="text/html"))
    server.route("/article/pdf", Route(body=b"%PDF-1.4", content_type="application/pdf"))
    server.route("/article/big", Route(filler=50_000, content_type="text/html"))
    flaky = iter([Route(status=503, body=b"busy", content_type="text/plain")])
    server.route(
        "/article/flaky",
        lambda _req: next(flaky, Route(body=ARTICLE.encode(), content_type="text/html")),
    )
    items = [
        ("ok", TITLE, server.url("/go/ok")),
        ("gone", TITLE, server.url("/article/gone")),  # 404
        ("big", TITLE, server.url("/article/big")),
        ("pdf", TITLE, server.url("/article/pdf")),
        ("flaky", TITLE, server.url("/article/flaky")),
        ("plain", "Weather in Paris", server.url("/article/plain")),  # not matched
    ]
    feed = store.add_feed(server.route("/feed.xml", Route(body=rss(items))), name="wire")
    store.set_feed(feed.id or 0, fetch_articles=True)
    poll(store)

    summary = capture(store, NOW)
    assert (summary.fetched, summary.failed, summary.retrying) == (1, 3, 1)
    got = pieces_by_guid(store)
    assert set(got["plain"]) == set()  # unmatched: neither evidence nor article
    assert server.requests_to("/article/plain") == []

    ok = got["ok"]
    assert set(ok) == {ITEM, ARTICLE_HTML, ARTICLE_TEXT}
    html = ok[ARTICLE_HTML]
    assert html.content == ARTICLE
    assert html.sha256 == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert html.source_url == server.url("/article/ok")  # after the redirect
    assert (html.http_status, html.media_type, html.error) == (200, "text/html", None)
    assert html.headers["content-type"] == "text/html"
    text = ok[ARTICLE_TEXT]
    assert "twelve entities" in text.content and "Home | World" not in text.content
    assert text.sha256 == hashlib.sha256(text.content.encode()).hexdigest()
    assert server.requests_to("/article/ok")[0].headers["user-agent"] == FAST.user_agent

    gone = got["gone"][ARTICLE_HTML]
    assert (gone.http_status, gone.content, gone.error) == (404, "", "HTTP 404 (not retried)")
    assert ARTICLE_TEXT not in got["gone"]
    assert got["big"][ARTICLE_HTML].error == "body larger than 20000 bytes (not retried)"
    pdf = got["pdf"][ARTICLE_HTML]
    assert pdf.error == "not an HTML page (application/pdf); not kept (not retried)"
    assert (pdf.http_status, pdf.content) == (200, "")
    flaky_piece = got["flaky"][ARTICLE_HTML]
    assert flaky_piece.error == "HTTP 503 (attempt 1 of 3; will retry)"
    assert flaky_piece.http_status == 503

    # Too soon: nothing is due. Later: only the transient failure is tried again.
    assert capture(store, NOW + timedelta(minutes=5)).fetched == 0
    later = capture(store, NOW + timedelta(minutes=11))
    assert (later.fetched, later.failed, later.retrying) == (1, 0, 0)
    again = pieces_by_guid(store)
    assert again["flaky"][ARTICLE_HTML].error is None
    assert again["flaky"][ARTICLE_HTML].content == ARTICLE
    assert "twelve entities" in again["flaky"][ARTICLE_TEXT].content
    assert len(server.requests_to("/article/gone")) == 1  # a 404 is not retried
    assert capture(store, NOW + timedelta(days=1)).fetched == 0


def test_transient_failures_give_up_after_three_attempts(store: Store, server: FeedServer) -> None:
    load(store)
    server.route("/article/down", Route(status=503, content_type="text/plain"))
    feed = store.add_feed(
        server.route("/feed.xml", Route(body=rss([("down", TITLE, server.url("/article/down"))]))),
        name="wire",
    )
    store.set_feed(feed.id or 0, fetch_articles=True)
    poll(store)
    at = NOW
    for _ in range(5):
        capture(store, at)
        at += timedelta(days=1)
    assert len(server.requests_to("/article/down")) == 3
    piece = pieces_by_guid(store)["down"][ARTICLE_HTML]
    assert piece.error == "HTTP 503 (attempt 3 of 3; gave up)"


def test_only_feeds_or_indicators_that_ask(store: Store, server: FeedServer) -> None:
    load(store)
    server.route("/article/x", Route(body=ARTICLE.encode(), content_type="text/html"))
    store.add_feed(
        server.route("/feed.xml", Route(body=rss([("x", TITLE, server.url("/article/x"))]))),
        name="wire",
    )
    poll(store)
    assert capture(store, NOW).fetched == 0  # neither the feed nor the indicator asks
    load(store, indicator_articles=True)
    assert store.indicator("sanctions").fetch_articles
    assert capture(store, NOW).fetched == 1
    assert set(pieces_by_guid(store)["x"]) == {ITEM, ARTICLE_HTML, ARTICLE_TEXT}


def test_cli_fetch_then_export_has_the_article(
    store: Store, server: FeedServer, cli: Cli, tmp_path: Path
) -> None:
    load(store)
    server.route("/article/x", Route(body=ARTICLE.encode(), content_type="text/html"))
    feed = store.add_feed(
        server.route("/feed.xml", Route(body=rss([("x", TITLE, server.url("/article/x"))]))),
        name="wire",
    )
    assert cli("feeds", "set", str(feed.id), "--fetch-articles").returncode == 0
    poll(store)
    r = cli("evidence", "fetch", "--limit", "5")
    assert r.returncode == 0, r.stderr
    assert "articles: 1 fetched, 0 failed, 0 to retry" in r.stdout
    [row] = queries.matches(store)
    out = tmp_path / "export"
    report = export_lib.export(store, out, match_id=row.id)
    assert report.files == 3
    assert (out / f"match-{row.id}" / "article.html").read_text(encoding="utf-8") == ARTICLE
    assert "twelve entities" in (out / f"match-{row.id}" / "article.txt").read_text()
    assert export_lib.verify(out).ok
    assert cli("evidence", "fetch", "--limit", "0").returncode == 2


def test_extraction_is_bounded() -> None:
    text, error = asyncio.run(
        articles.extract_main_text(ARTICLE, "http://x/", articles.ExtractSettings(timeout=0.001))
    )
    assert (text, error) == ("", "text extraction timed out after 0.001s")
    text, error = asyncio.run(
        articles.extract_main_text(
            ARTICLE, "http://x/", articles.ExtractSettings(memory_limit_mb=30)
        )
    )
    assert text == "" and error is not None and error.startswith("text extraction")


def test_pack_loads_once_with_indicator_flag(store: Store) -> None:
    store.load_pack(load_pack_file(MINI_PACK))
    assert not store.indicator("sanctions").fetch_articles


def test_link_local_links_are_refused_without_a_request(store: Store, server: FeedServer) -> None:
    load(store)
    link = "http://169.254.169.254/latest/meta-data/"
    feed = store.add_feed(
        server.route("/feed.xml", Route(body=rss([("meta", TITLE, link)]))), name="wire"
    )
    store.set_feed(feed.id or 0, fetch_articles=True)
    poll(store)
    summary = capture(store, NOW)
    assert (summary.fetched, summary.failed) == (0, 1)
    [item] = queries.items(store)
    piece = {p.kind: p for p in evidence.pieces(store, [item.id])[item.id]}[ARTICLE_HTML]
    assert piece.error is not None and piece.error.startswith("refused: 169.254.169.254")
    assert piece.http_status is None
    assert capture(store, NOW + timedelta(days=1)).failed == 0  # not retried


def test_daemon_job_never_raises(
    store: Store, server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    load(store)
    server.route("/article/x", Route(body=ARTICLE.encode(), content_type="text/html"))
    feed = store.add_feed(
        server.route("/feed.xml", Route(body=rss([("x", TITLE, server.url("/article/x"))]))),
        name="wire",
    )
    store.set_feed(feed.id or 0, fetch_articles=True)
    poll(store)

    async def job() -> None:
        async with open_fetcher(FAST) as fetcher:
            await articles.capture_job(store, fetcher)

    asyncio.run(job())  # the job's pass: the article is kept
    [item] = queries.items(store)
    assert {p.kind for p in evidence.pieces(store, [item.id])[item.id]} >= {ARTICLE_HTML}
    with store.engine.begin() as conn:  # a broken store: the job logs, it does not raise
        conn.exec_driver_sql("DROP TABLE evidence")
    asyncio.run(job())
    assert "article capture pass failed" in caplog.text
