"""watcher.discover: link discovery on HTML (pure, table-tested) and discovery of a page
or feed served by a real HTTP server on 127.0.0.1 (tests/feedserver.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.store import Store
from tests.feedserver import FeedServer, Route, closed_port, serve_feeds
from watcher.discover import (
    DiscoveredFeed,
    DiscoveryResult,
    add_discovered,
    decode_html,
    discover,
    find_feed_links,
)
from watcher.fetch import FetchSettings
from watcher.opml import ALREADY_STORED
from watcher.schedule import open_fetcher

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
FAST = FetchSettings(connect_timeout=2, total_timeout=5)
BASE = "https://site.example.org/news/index.html"

PAGE = """<!DOCTYPE html>
<html><head>
  <title>News</title>
  <link rel="stylesheet" href="/style.css">
  <link rel="alternate" type="application/rss+xml" title="All news" href="/feed.xml">
  <link rel="alternate" type="application/atom+xml" title="Atom &amp; more" href="atom.xml">
  <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/1">
  <link rel="alternate" hreflang="fr" href="/fr/">
</head><body>
  <a href="/feed.xml">RSS (again)</a>
  <a href="/podcast.rss" title="Podcast">listen</a>
  <a href="/about">About</a>
  <a href="/sitemap.xml">Sitemap</a>
</body></html>
"""


def found(html: str, base: str = BASE) -> list[tuple[str, str, str, bool]]:
    return [(f.url, f.title, f.format, f.advertised) for f in find_feed_links(html, base)]


# --- find_feed_links (pure) -------------------------------------------------------


def test_advertised_links_first_then_guesses_deduplicated() -> None:
    assert found(PAGE) == [
        ("https://site.example.org/feed.xml", "All news", "rss", True),
        ("https://site.example.org/news/atom.xml", "Atom & more", "atom", True),
        ("https://site.example.org/podcast.rss", "Podcast", "", False),
    ]


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ('<link rel="alternate" type="application/rss+xml" href="/f">', ("rss", True)),
        ('<link rel="alternate" type="application/atom+xml" href="/f">', ("atom", True)),
        ('<link rel="alternate" type="application/feed+json" href="/f">', ("jsonfeed", True)),
        ('<link rel="alternate" type="application/rdf+xml" href="/f">', ("rdf", True)),
        ('<LINK REL="Alternate" TYPE="Application/RSS+XML" HREF="/f">', ("rss", True)),
        (
            '<link rel="alternate" type="application/rss+xml; charset=utf-8" href="/f">',
            ("rss", True),
        ),
        ('<link rel="home alternate" type="application/rss+xml" href="/f"/>', ("rss", True)),
        ('<link rel="alternate stylesheet" type="text/css" href="/f">', None),
        ('<link rel="alternate" type="text/html" href="/f">', None),
        ('<link rel="alternate" type="application/rss+xml">', None),
        ('<link rel="alternate" type="application/rss+xml" href="">', None),
        ('<link type="application/rss+xml" href="/f">', None),
    ],
)
def test_link_types(link: str, expected: tuple[str, bool] | None) -> None:
    result = found(f"<html><head>{link}</head></html>")
    if expected is None:
        assert result == []
    else:
        assert [(r[0], r[2], r[3]) for r in result] == [("https://site.example.org/f", *expected)]


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/feed.xml", "https://site.example.org/feed.xml"),
        ("feed.xml", "https://site.example.org/news/feed.xml"),
        ("../feed.xml", "https://site.example.org/feed.xml"),
        ("//cdn.example.net/feed.xml", "https://cdn.example.net/feed.xml"),
        ("http://other.example.com/rss", "http://other.example.com/rss"),
        ("  /feed.xml#top  ", "https://site.example.org/feed.xml"),
        ("feed://other.example.com/rss", "http://other.example.com/rss"),
        ("feed:https://other.example.com/rss", "https://other.example.com/rss"),
        ("javascript:void(0)", None),
        ("mailto:desk@example.org", None),
        ("data:application/rss+xml,<rss/>", None),
        ("http://[::1/feed", None),
    ],
)
def test_hrefs_are_resolved_and_only_http_kept(href: str, expected: str | None) -> None:
    html = f'<link rel="alternate" type="application/rss+xml" href="{href}">'
    assert [f.url for f in find_feed_links(html, BASE)] == ([expected] if expected else [])


def test_base_href_overrides_the_page_url_even_when_it_comes_later() -> None:
    html = (
        '<link rel="alternate" type="application/rss+xml" href="feed.xml">'
        '<base href="https://cdn.example.net/site/">'
        '<base href="https://ignored.example/">'
    )
    assert [f.url for f in find_feed_links(html, BASE)] == ["https://cdn.example.net/site/feed.xml"]
    relative_base = (
        '<base href="/other/"><link rel="alternate" type="application/atom+xml" href="a">'
    )
    assert [f.url for f in find_feed_links(relative_base, BASE)] == [
        "https://site.example.org/other/a"
    ]


@pytest.mark.parametrize(
    ("href", "is_guess"),
    [
        ("/podcast.rss", True),
        ("/feeds/all.atom", True),
        ("/index.rdf", True),
        ("/feed/", True),
        ("/blog/rss", True),
        ("/atom", True),
        ("/?feed=rss2", True),
        ("/news.xml?page=2", True),
        ("/sitemap.xml", False),
        ("/sitemap_index.xml", False),
        ("/feedback", False),
        ("/rss-policy.html", False),
        ("/", False),
    ],
)
def test_anchor_guesses(href: str, is_guess: bool) -> None:
    result = find_feed_links(f'<a href="{href}">x</a>', BASE)
    assert bool(result) is is_guess
    assert all(not f.advertised and f.format == "" for f in result)


def test_anchor_title_is_its_text_or_title_attribute() -> None:
    html = '<a href="/a.rss">  Our <b>main</b>\n feed </a><a href="/b.rss" title="B"><img></a>'
    assert [(f.title) for f in find_feed_links(html, BASE)] == ["Our main feed", "B"]


def test_unclosed_anchor_still_counts() -> None:
    assert [f.url for f in find_feed_links('<a href="/x.rss">feed', BASE)] == [
        "https://site.example.org/x.rss"
    ]


@pytest.mark.parametrize(
    "html",
    [
        "",
        "not html at all",
        "<<<>>><a href=",
        "<link rel=alternate type=application/rss+xml href=/f",
        "<html><head><link rel='alternate' type='application/rss+xml' href='\x00'></head>",
        "<!--<link rel=alternate type=application/rss+xml href=/hidden>-->",
        '<script>var s = \'<link rel="alternate" type="application/rss+xml" href="/s">\';</script>',
        "<![CDATA[ x ]]><!DOCTYPE><?php ?>" * 100,
    ],
)
def test_bad_html_never_raises(html: str) -> None:
    for feed in find_feed_links(html, BASE):
        assert feed.url.startswith("https://site.example.org/")


def test_comments_and_scripts_are_not_links() -> None:
    assert (
        find_feed_links("<!--<link rel=alternate type=application/rss+xml href=/h>-->", BASE) == []
    )
    script = '<script>"<link rel=alternate type=application/rss+xml href=/s>"</script>'
    assert find_feed_links(script, BASE) == []


def test_many_links_are_capped() -> None:
    html = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="/f{i}">' for i in range(1000)
    )
    assert len(find_feed_links(html, BASE)) == 200


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("<p>é</p>".encode(), "text/html; charset=utf-8", "<p>é</p>"),
        ("<p>é</p>".encode("latin-1"), "text/html; charset=ISO-8859-1", "<p>é</p>"),
        (
            '<meta charset="windows-1252"><p>é</p>'.encode("cp1252"),
            "text/html",
            '<meta charset="windows-1252"><p>é</p>',
        ),
        (b"\xef\xbb\xbf<p>\xc3\xa9</p>", "text/html; charset=latin-1", "<p>é</p>"),
        (b"<p>\xff</p>", None, "<p>\ufffd</p>"),
        (b"<p>x</p>", "text/html; charset=no-such-codec", "<p>x</p>"),
    ],
)
def test_decode_html(body: bytes, content_type: str | None, expected: str) -> None:
    assert decode_html(body, content_type) == expected


# --- discover (real server) ---------------------------------------------------------


def run_discover(url: str) -> DiscoveryResult:
    async def main() -> DiscoveryResult:
        async with open_fetcher(FAST) as fetcher:
            return await discover(fetcher, url)

    return asyncio.run(main())


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve_feeds(FEEDS) as srv:
        yield srv


def test_a_page_gives_its_advertised_feeds(server: FeedServer) -> None:
    page = server.route(
        "/news/index.html", Route(body=PAGE.encode(), content_type="text/html; charset=utf-8")
    )
    result = run_discover(page)
    assert result.ok and not result.is_feed and result.status == 200
    root = server.url("")
    assert [(f.url, f.advertised) for f in result.feeds] == [
        (f"{root}/feed.xml", True),
        (f"{root}/news/atom.xml", True),
        (f"{root}/podcast.rss", False),
    ]


def test_links_resolve_against_the_final_url_after_redirects(server: FeedServer) -> None:
    server.route("/site/", Route(body=PAGE.encode(), content_type="text/html"))
    start = server.route("/old", Route(status=302, location="/site/"))
    result = run_discover(start)
    assert result.final_url == server.url("/site/")
    assert result.feeds[1].url == server.url("/site/atom.xml")


def test_a_feed_url_is_its_own_single_result(server: FeedServer) -> None:
    result = run_discover(server.url("/rss2.xml"))
    assert result.ok and result.is_feed
    assert result.feeds == (
        DiscoveredFeed(server.url("/rss2.xml"), "Example Monitoring Desk", "rss2", True),
    )


def test_a_feed_served_as_text_html_is_still_a_feed(server: FeedServer) -> None:
    body = (FEEDS / "atom.xml").read_bytes()
    url = server.route("/atom", Route(body=body, content_type="text/html"))
    result = run_discover(url)
    assert result.is_feed and result.feeds[0].format == "atom"


def test_a_json_feed_is_a_feed(server: FeedServer) -> None:
    result = run_discover(server.url("/jsonfeed.json"))
    assert result.is_feed and result.feeds[0].format == "jsonfeed"


def test_a_permanent_redirect_to_a_feed_gives_the_new_url(server: FeedServer) -> None:
    start = server.route("/moved", Route(status=301, location="/rss2.xml"))
    result = run_discover(start)
    assert result.is_feed and result.feeds[0].url == server.url("/rss2.xml")
    temporary = server.route("/temp", Route(status=302, location="/rss2.xml"))
    assert run_discover(temporary).feeds[0].url == temporary


def test_a_page_with_no_feeds(server: FeedServer) -> None:
    url = server.route("/plain", Route(body=b"<html><p>hello</p></html>", content_type="text/html"))
    result = run_discover(url)
    assert result.ok and result.feeds == () and not result.is_feed


def test_a_non_feed_non_html_body(server: FeedServer) -> None:
    url = server.route("/data", Route(body=b'{"not": "a feed"}', content_type="application/json"))
    result = run_discover(url)
    assert result.ok and result.feeds == ()


def test_a_latin1_page_keeps_its_titles(server: FeedServer) -> None:
    html = '<link rel="alternate" type="application/rss+xml" title="Défense" href="/d.xml">'
    url = server.route(
        "/fr", Route(body=html.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    )
    assert run_discover(url).feeds[0].title == "Défense"


@pytest.mark.parametrize(
    ("route", "error", "kind"),
    [
        (Route(status=404, body=b"nope", content_type="text/plain"), "HTTP 404", "http"),
        (Route(status=500), "HTTP 500", "http"),
        (Route(status=410), "HTTP 410 Gone", "gone"),
    ],
)
def test_http_errors_are_values(server: FeedServer, route: Route, error: str, kind: str) -> None:
    result = run_discover(server.route("/err", route))
    assert not result.ok and (result.error, result.error_kind) == (error, kind)
    assert result.feeds == ()


def test_connection_refused_is_a_value() -> None:
    result = run_discover(f"http://127.0.0.1:{closed_port()}/")
    assert (result.error, result.error_kind) == ("connection refused", "connect")


def test_not_a_url_is_a_value() -> None:
    result = run_discover("file:///etc/passwd")
    assert result.error_kind == "invalid_url" and "file:///etc/passwd" in (result.error or "")


# --- adding what was found ------------------------------------------------------------


def test_add_discovered_adds_advertised_feeds_once(store: Store, server: FeedServer) -> None:
    page = server.route("/news/index.html", Route(body=PAGE.encode(), content_type="text/html"))
    result = run_discover(page)
    report = add_discovered(store, result)
    assert [(a.url, a.name) for a in report.added] == [
        (server.url("/feed.xml"), "All news"),
        (server.url("/news/atom.xml"), "Atom & more"),
    ]
    with_guesses = add_discovered(store, result, include_guesses=True, interval_seconds=3600)
    assert [a.url for a in with_guesses.added] == [server.url("/podcast.rss")]
    assert [s.reason for s in with_guesses.skipped] == [ALREADY_STORED, ALREADY_STORED]
    assert store.feed(with_guesses.added[0].id).interval_seconds == 3600
    assert add_discovered(store, result, include_guesses=True).added == []


def test_add_discovered_of_a_failed_discovery_adds_nothing(store: Store) -> None:
    result = run_discover(f"http://127.0.0.1:{closed_port()}/")
    report = add_discovered(store, result)
    assert report.added == [] and report.skipped == [] and store.feeds() == []
