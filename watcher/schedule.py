"""The daemon: an APScheduler (3.x, asyncio) interval job ticks; the store says which
feeds are due; each tick polls them. One job, ``coalesce=True, max_instances=1``, so a
slow tick is never overlapped and no feed is polled twice at once. Next due times
live in the store, so a restart resumes where it stopped.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from storage import feeds as feed_store
from storage.store import Store
from watcher.fetch import Fetcher, FetchSettings, make_client
from watcher.parsepool import ParserPool, ParseSettings
from watcher.poll import Clock, MatcherCache, PassSummary, PollResult, poll_feeds, utcnow

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
DRAIN_SECONDS = 8.0  # SIGTERM: in-flight polls get this long, then are cancelled


@asynccontextmanager
async def open_fetcher(settings: FetchSettings) -> AsyncIterator[Fetcher]:
    client = make_client(settings)
    try:
        yield Fetcher(client, settings)
    finally:
        await client.aclose()


async def poll_once(
    store: Store,
    settings: FetchSettings,
    *,
    feed_ids: Sequence[int] | None = None,
    all_feeds: bool = False,
    clock: Clock = utcnow,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[PollResult], None] | None = None,
    parse_settings: ParseSettings | None = None,
) -> PassSummary:
    """One pass: the due feeds, or every enabled feed (``all_feeds``), or exactly ``feed_ids``.
    One client and one parser pool (``parse_settings``) serve the whole pass."""
    if feed_ids:
        due = feed_store.feed_states(store, list(feed_ids))
    elif all_feeds:
        due = feed_store.feed_states(store)
    else:
        due = feed_store.due_feeds(store, clock())
    if on_start is not None:
        on_start(len(due))
    async with open_fetcher(settings) as fetcher, ParserPool(parse_settings) as parser:
        return await poll_feeds(
            store, fetcher, due, clock=clock, on_result=on_result, parser=parser
        )


class Daemon:
    """``watcher run``: poll due feeds every tick until stopped."""

    def __init__(
        self,
        store: Store,
        settings: FetchSettings,
        *,
        tick_seconds: float = TICK_SECONDS,
        clock: Clock = utcnow,
        parse_settings: ParseSettings | None = None,
    ) -> None:
        self.store, self.settings, self.tick_seconds, self.clock = (
            store,
            settings,
            tick_seconds,
            clock,
        )
        self.parse_settings = parse_settings
        self.stopping = asyncio.Event()
        self.cycles = 0
        self._current: asyncio.Task[None] | None = None
        self._matchers = MatcherCache(store)

    async def tick(self, fetcher: Fetcher, parser: ParserPool | None = None) -> None:
        if self.stopping.is_set():
            return
        self._current = asyncio.current_task()
        try:
            due = feed_store.due_feeds(self.store, self.clock())
            if due:
                summary = await poll_feeds(
                    self.store,
                    fetcher,
                    due,
                    matcher=self._matchers.get,
                    clock=self.clock,
                    parser=parser,
                )
                log.info("cycle %d: %s", self.cycles + 1, summary.line())
            self.cycles += 1
        finally:
            self._current = None

    def stop(self) -> None:
        self.stopping.set()

    async def run(self, *, install_signals: bool = True) -> None:
        loop = asyncio.get_running_loop()
        if install_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, self.stop)
        # One client and one parser pool for the daemon's life; the pool is closed
        # (its workers killed) only after the pass in flight has drained.
        async with (
            open_fetcher(self.settings) as fetcher,
            ParserPool(self.parse_settings) as parser,
        ):
            scheduler = AsyncIOScheduler(event_loop=loop, timezone="UTC")
            scheduler.add_job(
                self.tick,
                "interval",
                args=[fetcher, parser],
                seconds=self.tick_seconds,
                next_run_time=datetime.now(scheduler.timezone),
                coalesce=True,
                max_instances=1,
                id="poll-due-feeds",
            )
            scheduler.start()
            log.info("watcher daemon started: tick every %ss", self.tick_seconds)
            try:
                await self.stopping.wait()
            finally:
                scheduler.shutdown(wait=False)
                await self._drain()
        log.info("watcher daemon stopped after %d cycles", self.cycles)

    async def _drain(self) -> None:
        task = self._current
        if task is None or task.done():
            return
        # Writes happen between awaits, never across one: cancelling a poll at a fetch
        # loses no stored row, it only leaves that feed due for the next start.
        done, _ = await asyncio.wait({task}, timeout=DRAIN_SECONDS)
        if not done:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
