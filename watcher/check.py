"""``watcher feeds check URL``: what polling one URL would store and match, storing nothing.

The same fetch and parse as a poll (:mod:`watcher.fetch`, :mod:`watcher.parse`), and
the same compiled matcher over the store's enabled indicators
(:func:`watcher.match.build_matcher`); the store is only read.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import datetime

from indicators.engine import Matcher
from storage.store import Store
from watcher.fetch import Fetcher
from watcher.match import build_matcher
from watcher.parse import ParsedItem, ParseError, parse_feed


@dataclass(frozen=True)
class IndicatorHit:
    """An indicator the item would match: the terms that fired (first occurrence
    order, each once) and the snippet that would be logged."""

    indicator_id: str
    terms: tuple[str, ...]
    snippet: str


@dataclass(frozen=True)
class CheckedItem:
    """One parsed item. ``published`` is None when the feed gives no usable date
    (a poll would store the fetch time instead)."""

    stable_id: str
    title: str
    link: str | None
    published: datetime | None
    matches: tuple[IndicatorHit, ...]


@dataclass(frozen=True)
class FeedCheck:
    """The outcome of :func:`check_feed`. On failure ``error`` is one line and
    ``error_kind`` is a fetch error kind (see :mod:`watcher.fetch`) or ``"parse"``.
    ``stored_feed_id`` is the stored feed with this URL (or its final or permanent
    URL), if any."""

    url: str
    final_url: str
    permanent_url: str | None
    status: int | None
    stored_feed_id: int | None
    title: str = ""
    format: str = ""
    link: str | None = None
    language: str | None = None
    warning: str | None = None
    items: tuple[CheckedItem, ...] = ()
    error: str | None = None
    error_kind: str | None = None
    elapsed: float = 0.0
    bytes_read: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def matched_items(self) -> tuple[CheckedItem, ...]:
        return tuple(i for i in self.items if i.matches)


async def check_feed(
    store: Store, fetcher: Fetcher, url: str, *, matcher: Matcher | None = None
) -> FeedCheck:
    """Fetch and parse ``url`` and match each item against the store's enabled
    indicators (or ``matcher``), writing nothing. Fetch and parse problems come back
    as ``error``/``error_kind``; only a store problem (e.g. an indicator query that
    does not compile) raises."""
    matcher = matcher or build_matcher(store)
    result = await fetcher.fetch(url)
    candidates = {url, result.final_url, result.permanent_url}
    stored_id = next((f.id for f in store.feeds() if f.url in candidates), None)
    base = FeedCheck(
        url=url,
        final_url=result.final_url,
        permanent_url=result.permanent_url,
        status=result.status,
        stored_feed_id=stored_id,
        elapsed=result.elapsed,
        bytes_read=result.bytes_read,
    )
    if result.error is not None:
        return replace(base, error=result.error, error_kind=result.error_kind)
    try:
        parsed = await asyncio.to_thread(
            parse_feed,
            result.body,
            url=result.final_url,
            content_type=result.content_type,
            headers=result.headers,
        )
    except ParseError as e:
        return replace(base, error=str(e), error_kind="parse")
    return replace(
        base,
        title=parsed.title,
        format=parsed.format,
        link=parsed.link,
        language=parsed.language,
        warning=parsed.warning,
        items=tuple(_check_item(item, matcher) for item in parsed.items),
    )


def _check_item(item: ParsedItem, matcher: Matcher) -> CheckedItem:
    results = matcher.match(item.title, item.summary, item.content)
    hits = tuple(
        IndicatorHit(r.indicator_id, tuple(dict.fromkeys(h.term for h in r.hits)), r.snippet)
        for r in results
    )
    return CheckedItem(item.stable_id, item.title, item.link, item.published, hits)
