"""One poll of one feed, and a pass over many: fetch → parse → store new items →
match → log matches → record the outcome on the feed row.

Like miniflux's ``RefreshFeed`` it reads like the spec. Deciding (when to poll
next, what counts as failure) is the pure :func:`decide`; :func:`poll_feed`
applies it. Errors are values: a pass returns one :class:`PollResult` per feed
and never aborts because one feed failed.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from indicators.engine import IndicatorRule, Matcher
from indicators.text import sha256_text
from storage import feeds as feed_store
from storage import followup, queries
from storage.deliveries import Router
from storage.evidence import FetchedFrom
from storage.feeds import FeedState, PollRecord
from storage.queries import NewItem, NewMatch, StoredItem
from storage.store import Store
from watcher.fetch import Fetcher, FetchResult, backoff_delay
from watcher.match import build_matcher, to_new_match
from watcher.parse import ParsedFeed, ParsedItem, ParseError, parse_feed
from watcher.parsepool import ParserPool

log = logging.getLogger(__name__)

UNHEALTHY_AFTER = 5  # consecutive failures before a feed is shown as unhealthy
JITTER = 0.1  # up to 10 % of the interval, so feeds added together drift apart
RETRY_AFTER_CAP = timedelta(hours=24)
Clock = Callable[[], datetime]
T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class PollResult:
    feed_id: int
    feed: str
    status: int | None
    new_items: int = 0
    matches: int = 0
    not_modified: bool = False
    error: str | None = None
    backfill: bool = False
    error_kind: str | None = None  # watcher.fetch's kinds, "parse" or "internal"
    seconds: float | None = None  # fetch to stored, for the poll duration histogram


@dataclass
class PassSummary:
    results: list[PollResult] = field(default_factory=list)

    @property
    def feeds(self) -> int:
        return len(self.results)

    @property
    def new_items(self) -> int:
        return sum(r.new_items for r in self.results)

    @property
    def matches(self) -> int:
        return sum(r.matches for r in self.results)

    @property
    def errors(self) -> int:
        return sum(1 for r in self.results if r.error)

    @property
    def not_modified(self) -> int:
        return sum(1 for r in self.results if r.not_modified)

    def line(self) -> str:
        return (
            f"polled {self.feeds} feeds: {self.new_items} new items, {self.matches} matches, "
            f"{self.not_modified} not modified, {self.errors} errors"
        )


def decide(
    feed: FeedState,
    result: FetchResult,
    now: datetime,
    rng: random.Random,
    *,
    parse_error: str | None = None,
    new_items: int = 0,
) -> PollRecord:
    """The feed row after this fetch: when to poll next and what to remember."""
    interval = timedelta(seconds=feed.interval_seconds)
    on_time = now + interval + timedelta(seconds=rng.uniform(0, JITTER * feed.interval_seconds))
    common = {
        "polled_at": now,
        "status": result.status,
        "duration_ms": int(result.elapsed * 1000),
        "bytes_read": result.bytes_read,
        "new_url": result.permanent_url,
    }
    if result.error is None and parse_error is None:
        return PollRecord(
            next_due_at=on_time,
            success=True,
            new_items=new_items,
            etag=result.etag if not result.not_modified else feed.etag,
            last_modified=result.last_modified if not result.not_modified else feed.last_modified,
            **common,  # type: ignore[arg-type]
        )
    error = parse_error or result.error
    kind = "parse" if parse_error else result.error_kind
    if kind == "gone":
        return PollRecord(
            next_due_at=on_time,
            error=error,
            error_kind=kind,
            disable_reason=f"410 Gone on {now:%Y-%m-%d}: the publisher removed this feed",
            **common,  # type: ignore[arg-type]
        )
    if result.retry_after is not None:
        wait = min(timedelta(seconds=max(result.retry_after, 60)), RETRY_AFTER_CAP)
    else:
        wait = timedelta(seconds=backoff_delay(feed.error_count + 1, rng=rng))
    return PollRecord(
        next_due_at=now + max(wait, timedelta(seconds=60)),
        error=error,
        error_kind=kind,
        **common,  # type: ignore[arg-type]
    )


def to_new_item(item: ParsedItem, fetched_at: datetime) -> NewItem:
    return NewItem(
        stable_id=item.stable_id,
        title=item.title,
        summary=item.summary,
        content=item.content,
        link=item.link,
        published_at=item.published or fetched_at,
        author=item.author,
        language=item.language,
        content_sha256=item.content_sha256,
        raw=item.raw,
    )


async def poll_feed(
    store: Store,
    fetcher: Fetcher,
    matcher: Matcher | Callable[[], Matcher],
    feed: FeedState,
    *,
    clock: Clock = utcnow,
    rng: random.Random | None = None,
    parser: ParserPool | None = None,
    router: Router | None = None,
    record: Callable[[int, PollRecord], None] | None = None,
    db: Executor | None = None,
    defer_followup: bool = False,
    storing: asyncio.Semaphore | None = None,
) -> PollResult:
    """Poll one feed and store what is new. Never raises for the feed's own problems.

    The body is parsed by ``parser`` (a worker process with a memory and time limit);
    without one, in a thread of this process, with no such bound. ``matcher`` may be a
    function giving the matcher, called only when there is a new item to match (in
    ``db``'s thread: compiling many indicators takes seconds). With
    ``router``, each new non-backfill match's alert deliveries are written with it.
    The outcome goes on the feed row through ``record`` (default: at once, in a
    transaction of its own; :func:`poll_feeds` batches them). With ``defer_followup``
    the follow-up of new matches (stories, indicator status) is queued for the end of
    the pass instead of done in the feed's transaction.
    With ``db`` (an executor of one thread), the items and their matches are stored in
    that thread, off the event loop. ``storing`` bounds how many fetched feeds are being
    parsed and stored at once (the fetches themselves are not bounded by it).
    """
    rng = rng or random.Random()
    if record is None:
        record = functools.partial(feed_store.record_poll, store)
    started = time.monotonic()
    result = await fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    now = clock()
    if result.error is not None or result.not_modified:
        record(feed.id, decide(feed, result, now, rng))
        log.info(
            "poll feed=%s status=%s error=%s",
            feed.id,
            result.status,
            result.error,
            extra={
                "event": "poll",
                "feed_id": feed.id,
                "status": result.status,
                "error_kind": result.error_kind,
            },
        )
        return PollResult(
            feed.id,
            feed.name,
            result.status,
            not_modified=result.not_modified,
            error=result.error,
            error_kind=result.error_kind,
            seconds=time.monotonic() - started,
        )
    # Parsed items wait in memory for the store's thread, which is slower than the
    # parsers when many indicators match: only a few feeds may be between the two.
    async with storing if storing is not None else contextlib.nullcontext():
        try:
            parsed = await _parse(parser, result)
        except ParseError as exc:
            record(feed.id, decide(feed, result, now, rng, parse_error=str(exc)))
            log.info(
                "poll feed=%s parse error: %s",
                feed.id,
                exc,
                extra={
                    "event": "poll",
                    "feed_id": feed.id,
                    "status": result.status,
                    "error_kind": "parse",
                },
            )
            return PollResult(
                feed.id,
                feed.name,
                result.status,
                error=str(exc),
                error_kind="parse",
                seconds=time.monotonic() - started,
            )
        backfill = feed.first_poll
        n_matches = 0
        compiled: list[Matcher] = []

        def match(item: StoredItem) -> list[NewMatch]:
            nonlocal n_matches
            if not compiled:  # here, in the store's thread: compiling takes seconds at 10,000
                compiled.append(matcher if isinstance(matcher, Matcher) else matcher())
            found = [
                to_new_match(r) for r in compiled[0].match(item.title, item.summary, item.content)
            ]
            n_matches += len(found)
            for m in found:
                log.info(
                    "match feed=%s item=%s indicator=%s",
                    feed.id,
                    item.id,
                    m.indicator_id,
                    extra={
                        "event": "match",
                        "feed_id": feed.id,
                        "item_id": item.id,
                        "indicator_id": m.indicator_id,
                        "backfill": backfill,
                    },
                )
            return found

        items = [to_new_item(i, now) for i in parsed.items]
        new = await _on(
            db,
            queries.add_items,
            store,
            feed.id,
            items,
            fetched_at=now,
            backfill=backfill,
            match=match,
            router=router,
            source=FetchedFrom(result.final_url, result.status, result.headers),
            defer_followup=defer_followup,
        )
        record(feed.id, decide(feed, result, now, rng, new_items=len(new)))
        log.info(
            "poll feed=%s status=%s new=%d matches=%d",
            feed.id,
            result.status,
            len(new),
            n_matches,
            extra={
                "event": "poll",
                "feed_id": feed.id,
                "status": result.status,
                "new_items": len(new),
                "matches": n_matches,
            },
        )
        return PollResult(
            feed.id,
            feed.name,
            result.status,
            new_items=len(new),
            matches=n_matches,
            backfill=backfill,
            seconds=time.monotonic() - started,
        )


async def _on(db: Executor | None, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` in ``db``'s thread, or here when there is none."""
    if db is None:
        return fn(*args, **kwargs)
    call = functools.partial(fn, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(db, call)


async def _parse(parser: ParserPool | None, result: FetchResult) -> ParsedFeed:
    if parser is not None:
        return await parser.parse(
            result.body,
            url=result.final_url,
            content_type=result.content_type,
            headers=result.headers,
        )
    return await asyncio.to_thread(
        parse_feed,
        result.body,
        url=result.final_url,
        content_type=result.content_type,
        headers=result.headers,
    )


class MatcherCache:
    """The compiled matcher, rebuilt only when the enabled queries (or aliases) change."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._key: str | None = None  # a digest of the enabled rules' ids and versions
        self._matcher: Matcher | None = None

    def get(self) -> Matcher:
        rows = feed_store.enabled_queries(self.store)
        key = sha256_text(repr([(i, v) for i, _, v in rows]))
        if self._matcher is None or key != self._key:
            rules = [IndicatorRule(i, query) for i, query, _ in rows if query.strip()]
            # Before compiling, so that its memory is the new matcher's to reuse.
            del rows
            self._matcher = None
            self._matcher, self._key = Matcher(rules, self.store.aliases()), key
        return self._matcher


class PollRecorder:
    """Polls' outcomes written to the feed rows a batch at a time — one transaction and a
    few cached statements for what arrived within :attr:`max_wait` seconds (at most
    :attr:`batch`) — instead of one transaction per feed. Use inside a running event
    loop, and :meth:`flush` at the end. An outcome not yet written when the process dies
    only leaves its feed leased until the lease ends: it is polled again, and its items
    are not new twice."""

    batch = 100
    max_wait = 0.25

    def __init__(self, store: Store, db: Executor | None = None) -> None:
        self.store = store
        self.db = db  # write there (one thread, in order) when given
        self._pending: list[tuple[int, PollRecord]] = []
        self._timer: asyncio.TimerHandle | None = None

    def add(self, feed_id: int, rec: PollRecord) -> None:
        self._pending.append((feed_id, rec))
        if len(self._pending) >= self.batch:
            self.flush()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.max_wait, self.flush)

    def flush(self) -> None:
        """Write what is pending; a batch that fails is retried feed by feed, so one
        bad row (or a database error) costs only its own feeds, each logged."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pending, self._pending = self._pending, []
        if not pending:
            return
        if self.db is not None:
            self.db.submit(self._write, pending)
        else:
            self._write(pending)

    def _write(self, pending: list[tuple[int, PollRecord]]) -> None:
        try:
            feed_store.record_polls(self.store, pending)
            return
        except Exception:
            log.warning("recording %d polls at once failed: one by one", len(pending))
        for feed_id, rec in pending:
            try:
                feed_store.record_poll(self.store, feed_id, rec)
            except Exception:
                log.exception("recording the poll of feed=%s failed", feed_id)


def certain_to_parse(feeds: Iterable[FeedState]) -> bool:
    """Whether polling ``feeds`` will parse a body: one of them has no ETag or
    Last-Modified to send, so it cannot be answered "304 Not Modified"."""
    return any(f.etag is None and f.last_modified is None for f in feeds)


async def poll_feeds(
    store: Store,
    fetcher: Fetcher,
    feeds: Sequence[FeedState],
    *,
    matcher: Matcher | Callable[[], Matcher] | None = None,
    clock: Clock = utcnow,
    on_result: Callable[[PollResult], None] | None = None,
    parser: ParserPool | None = None,
    router: Router | None = None,
) -> PassSummary:
    """Poll ``feeds`` concurrently (the fetcher bounds concurrency globally and per host).

    Bodies are parsed by ``parser``; without one, by a pool opened for this pass. The
    matcher (by default built from the store) is made at most once per pass, and only
    when a feed has items: a pass of 304s compiles nothing. Outcomes reach the feed
    rows in batches (:class:`PollRecorder`), all of them before this returns.
    """
    if parser is None:
        async with ParserPool() as pool:
            return await poll_feeds(
                store,
                fetcher,
                feeds,
                matcher=matcher,
                clock=clock,
                on_result=on_result,
                parser=pool,
                router=router,
            )
    if certain_to_parse(feeds):
        await parser.prestart()
    if not isinstance(matcher, Matcher):
        matcher = functools.cache(matcher or functools.partial(build_matcher, store))
    summary = PassSummary()
    # A fetched body waits in memory until it is parsed and stored, and fetching outruns
    # parsing: only a few more feeds than can be fetched at once are in flight.
    in_flight = asyncio.Semaphore(max(fetcher.settings.global_limit, 1) + 2 * parser.size)
    storing = asyncio.Semaphore(8 * parser.size)
    # The store's writes run in one thread of their own, in order: a commit waiting on
    # the disk stalls neither the fetches nor the parser workers.
    db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="watcher-store")
    records = PollRecorder(store, db)

    async def one(feed: FeedState) -> None:
        try:
            async with in_flight:
                res = await poll_feed(
                    store,
                    fetcher,
                    matcher,
                    feed,
                    clock=clock,
                    parser=parser,
                    router=router,
                    record=records.add,
                    db=db,
                    defer_followup=True,
                    storing=storing,
                )
        except Exception as exc:  # a bug or a database error: record it, keep the pass going
            log.exception("poll feed=%s failed", feed.id)
            res = PollResult(
                feed.id, feed.name, None, error=f"internal error: {exc}", error_kind="internal"
            )
        summary.results.append(res)
        if on_result is not None:
            on_result(res)

    try:
        await asyncio.gather(*(one(f) for f in feeds))
    finally:  # also when the pass is cancelled: what was polled is recorded
        records.flush()
        db.shutdown(wait=True)  # every write of the pass done before it returns
    # The pass's matched items into stories and their indicators' status, in bulk (what
    # a cancelled pass queued waits, durably, for the next one).
    await follow_up(store, router=router)
    summary.results.sort(key=lambda r: r.feed_id)
    return summary


async def follow_up(
    store: Store,
    *,
    router: Router | None = None,
    batch: int = followup.BATCH,
    rounds: int = followup.ROUNDS,
) -> None:
    """:func:`storage.followup.process_queue`, a batch at a time in a thread: with many
    indicators a pass's follow-up takes a while, and the event loop must stay free for
    signals and the daemon's other jobs meanwhile. Cancelled, it stops after the batch
    in hand (its transaction commits); the rest stays queued for the next pass."""
    for _ in range(max(rounds, 1)):
        taken, _changes = await asyncio.to_thread(
            followup.process_batch, store, router=router, batch=batch
        )
        if taken < batch:
            return
