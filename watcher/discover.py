"""Feed discovery: given a web page, the feeds it advertises.

:func:`find_feed_links` is pure (HTML text in, links out). It reads
``<link rel="alternate">`` elements of a feed type, resolved against the page URL
or its ``<base href>``; ``<a>`` links that look like feeds (``.rss``, ``.xml``,
``.atom``, ``.rdf``, ``/feed``, ``/rss``, ``/atom``, ``?feed=``) are added after
them as lower-confidence guesses (``advertised=False``). Each URL appears once;
an advertised link wins over a guess. ``feed://`` and ``feed:https://`` URLs are
rewritten to http(s); other schemes are dropped.

:func:`discover` fetches the page with the watcher's :class:`~watcher.fetch.Fetcher`.
When the URL is itself a feed (the parser accepts it) that feed is the single
result. Fetch errors are values: ``error`` holds the fetch's one-line message.
"""

from __future__ import annotations

import asyncio
import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from storage.store import Store
from watcher.fetch import Fetcher
from watcher.opml import ImportReport, OpmlFeed, add_feeds
from watcher.parse import ParseError, parse_feed

FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "jsonfeed",
    "application/rdf+xml": "rdf",
}
MAX_HTML_CHARS = 5_000_000  # discovery reads at most this much of a page
MAX_CANDIDATES = 200
MAX_TITLE = 300
_FEED_SUFFIXES = (".rss", ".xml", ".atom", ".rdf")
_FEED_SEGMENTS = frozenset({"feed", "rss", "atom", "rss2"})


@dataclass(frozen=True)
class DiscoveredFeed:
    """A feed found for a page. ``format`` is ``rss``/``atom``/``jsonfeed``/``rdf``
    from the advertised type (the parsed format when the page itself is a feed;
    ``""`` for a guess). ``advertised`` is False for an ``<a>`` link that only looks
    like a feed: it may not be one."""

    url: str
    title: str
    format: str
    advertised: bool


@dataclass(frozen=True)
class DiscoveryResult:
    """What :func:`discover` found. ``is_feed``: the URL itself is a feed (then
    ``feeds`` holds just it, at its permanent URL after 301/308 redirects)."""

    url: str
    final_url: str
    status: int | None
    feeds: tuple[DiscoveredFeed, ...]
    is_feed: bool = False
    error: str | None = None
    error_kind: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def find_feed_links(html: str, base_url: str) -> list[DiscoveredFeed]:
    """The feeds a page advertises, then ``<a>`` links that look like feeds.

    Pure; never raises for bad HTML. ``base_url`` is the page's (final) URL; a
    ``<base href>`` in the page overrides it, as in a browser. Only the first
    :data:`MAX_HTML_CHARS` characters are read and at most :data:`MAX_CANDIDATES`
    links are returned.
    """
    collector = _LinkCollector()
    try:
        collector.feed(html[:MAX_HTML_CHARS])
        collector.close()
    except (AssertionError, ValueError):  # html.parser's rare internal complaints
        pass
    base = base_url
    if collector.base_href:
        resolved = _absolute(base_url, collector.base_href)
        base = resolved or base_url
    found: dict[str, DiscoveredFeed] = {}
    for href, title, fmt, advertised in collector.links + collector.anchors:
        url = _absolute(base, href)
        if url is None or url in found:
            continue
        found[url] = DiscoveredFeed(url, _clean(title), fmt, advertised)
        if len(found) >= MAX_CANDIDATES:
            break
    return list(found.values())


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base_href: str | None = None
        self.links: list[tuple[str, str, str, bool]] = []
        self.anchors: list[tuple[str, str, str, bool]] = []
        self._anchor: tuple[str, str] | None = None
        self._anchor_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        href = a.get("href", "").strip()
        if tag == "base" and self.base_href is None and href:
            self.base_href = href
        elif tag == "link" and href:
            rels = a.get("rel", "").lower().split()
            mime = a.get("type", "").split(";", 1)[0].strip().lower()
            if "alternate" in rels and mime in FEED_TYPES and len(self.links) < MAX_CANDIDATES:
                self.links.append((href, a.get("title", ""), FEED_TYPES[mime], True))
        elif tag == "a":
            self._finish_anchor()
            if href and _looks_like_feed(href) and len(self.anchors) < MAX_CANDIDATES:
                self._anchor = (href, a.get("title", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._finish_anchor()

    def handle_data(self, data: str) -> None:
        if self._anchor is not None and sum(map(len, self._anchor_text)) < MAX_TITLE:
            self._anchor_text.append(data)

    def close(self) -> None:
        super().close()
        self._finish_anchor()

    def _finish_anchor(self) -> None:
        if self._anchor is not None:
            href, title = self._anchor
            self.anchors.append((href, title or "".join(self._anchor_text), "", False))
        self._anchor, self._anchor_text = None, []


def _looks_like_feed(href: str) -> bool:
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    last = parts.path.rstrip("/").rsplit("/", 1)[-1].lower()
    if last.endswith(_FEED_SUFFIXES) and not last.startswith("sitemap"):
        return True
    if last in _FEED_SEGMENTS:
        return True
    return any(key.lower() == "feed" for key, _ in parse_qsl(parts.query))


def _absolute(base: str, href: str) -> str | None:
    """``href`` resolved against ``base``, without fragment, if it is http(s)."""
    href = href.strip()
    if href[:5].lower() == "feed:":
        rest = href[5:]
        href = rest if rest[:2] != "//" else "http:" + rest
    try:
        url = urldefrag(urljoin(base, href)).url
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def _clean(text: str) -> str:
    return " ".join(text.split())[:MAX_TITLE]


# --- fetching ---------------------------------------------------------------------


async def discover(fetcher: Fetcher, url: str) -> DiscoveryResult:
    """Fetch ``url``; if it is a feed, return it as the single result, else the
    feeds its HTML advertises (:func:`find_feed_links`). Never raises for network,
    HTTP or content problems: a failed fetch comes back with ``error`` set."""
    result = await fetcher.fetch(url)
    if result.error is not None:
        return DiscoveryResult(
            url,
            result.final_url,
            result.status,
            (),
            error=result.error,
            error_kind=result.error_kind,
        )
    if not _looks_like_html(result.body):
        try:
            parsed = await asyncio.to_thread(
                parse_feed,
                result.body,
                url=result.final_url,
                content_type=result.content_type,
                headers=result.headers,
            )
        except ParseError:
            pass
        else:
            feed = DiscoveredFeed(
                result.permanent_url or url, _clean(parsed.title), parsed.format, True
            )
            return DiscoveryResult(url, result.final_url, result.status, (feed,), is_feed=True)
    page = decode_html(result.body, result.content_type)
    links = find_feed_links(page, result.final_url)
    return DiscoveryResult(url, result.final_url, result.status, tuple(links))


def add_discovered(
    store: Store,
    result: DiscoveryResult,
    *,
    include_guesses: bool = False,
    interval_seconds: int = 900,
) -> ImportReport:
    """Add the discovered feeds (advertised ones only, unless ``include_guesses``)
    that are not stored yet; the report says which were skipped and why."""
    feeds = [
        OpmlFeed(url=f.url, title=f.title) for f in result.feeds if f.advertised or include_guesses
    ]
    return add_feeds(store, feeds, interval_seconds=interval_seconds, source=result.url)


_HTML_BOMS = ((codecs.BOM_UTF8, "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_HTML_START = (b"<!doctype html", b"<html")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_HTML_START)


def decode_html(body: bytes, content_type: str | None) -> str:
    """An HTML body as text: a BOM wins, then the Content-Type charset, then a
    ``<meta charset>`` in the first 2 KB, then UTF-8; undecodable bytes are replaced."""
    body = body[: 4 * MAX_HTML_CHARS]
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(codec, errors="replace").lstrip("\ufeff")
    candidates = []
    m = _CT_CHARSET.search(content_type or "")
    if m:
        candidates.append(m.group(1))
    meta = _META_CHARSET.search(body[:2048])
    if meta:
        candidates.append(meta.group(1).decode("ascii"))
    for name in candidates:
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        return body.decode(name, errors="replace")
    return body.decode("utf-8", errors="replace")
