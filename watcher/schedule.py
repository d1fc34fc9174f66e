"""The daemon: an APScheduler (3.x, asyncio) interval job ticks; the store says which
feeds are due; each tick polls them. One job, ``coalesce=True, max_instances=1``, so a
slow tick is never overlapped and no feed is polled twice at once. Next due times
live in the store, so a restart resumes where it stopped.

With alert channels, two more jobs: the sender (every ``deliver_every``) sends what the
outbox says is due — after the poll pass in flight, so the items of one pass that are
one story go out as one alert — and the health check (every ``health_every``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import secrets
import signal
import socket
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ParamSpec

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from storage import feeds as feed_store
from storage import status as indicator_status
from storage.deliveries import Router
from storage.store import Store
from watcher.alerts import Alerting
from watcher.articles import capture_job
from watcher.fetch import Fetcher, FetchSettings, make_client
from watcher.lock import single_daemon
from watcher.memory import cap_malloc_arenas, release_free_memory
from watcher.parsepool import ParserPool, ParseSettings
from watcher.poll import (
    Clock,
    MatcherCache,
    PassSummary,
    PollResult,
    certain_to_parse,
    follow_up,
    poll_feeds,
    utcnow,
)

if TYPE_CHECKING:
    from watcher.metrics import Metrics

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
ARTICLES_EVERY_SECONDS = 60.0
STATUS_EVERY_SECONDS = 900.0  # indicator status re-derived (expiry) every 15 min
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
    router: Router | None = None,
) -> PassSummary:
    """One pass: the due feeds, or every enabled feed (``all_feeds``), or exactly ``feed_ids``.
    One client and one parser pool (``parse_settings``) serve the whole pass. With
    ``router``, new matches get their alert deliveries (sent by ``watcher alerts deliver``
    or the daemon)."""
    if feed_ids:
        due = feed_store.feed_states(store, list(feed_ids))
    elif all_feeds:
        due = feed_store.feed_states(store)
    else:  # due feeds, claimed (for as long as a long pass may take) so a daemon skips them
        due = feed_store.claim_due_feeds(store, clock(), owner=replica_id(), lease=ONCE_LEASE)
    if on_start is not None:
        on_start(len(due))
    async with ParserPool(parse_settings) as parser:
        if certain_to_parse(due):  # the workers start while the client is set up
            await parser.prestart()
        async with open_fetcher(settings) as fetcher:
            return await poll_feeds(
                store, fetcher, due, clock=clock, on_result=on_result, parser=parser, router=router
            )


FEED_LEASE = timedelta(minutes=2)  # > fetch timeout (30 s) + parse timeout (20 s), with room
ONCE_LEASE = timedelta(hours=1)  # `poll --once` claims every due feed for its one pass
CLAIM_BATCH = 50  # feeds a replica claims at once: polled together well within a lease


def replica_id() -> str:
    """Who holds a lease: host, process and a random suffix (pids repeat in containers)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


P = ParamSpec("P")


class Daemon:
    """``watcher run``: poll due feeds every tick until stopped; with ``alerting``, also
    send due alerts and check feed health."""

    def __init__(
        self,
        store: Store,
        settings: FetchSettings,
        *,
        tick_seconds: float = TICK_SECONDS,
        clock: Clock = utcnow,
        parse_settings: ParseSettings | None = None,
        alerting: Alerting | None = None,
        lease: timedelta = FEED_LEASE,
        claim_batch: int = CLAIM_BATCH,
        metrics: Metrics | None = None,
    ) -> None:
        self.store, self.settings, self.tick_seconds, self.clock = (
            store,
            settings,
            tick_seconds,
            clock,
        )
        self.parse_settings = parse_settings
        self.lease = lease
        self.claim_batch = claim_batch
        self.metrics = metrics
        self.owner = replica_id()
        self.stopping = asyncio.Event()
        self.cycles = 0
        self._current: asyncio.Task[None] | None = None
        self._matchers = MatcherCache(store)
        self.alerting = alerting
        self._sending: asyncio.Task[None] | None = None
        self._no_pass = asyncio.Event()  # set while no poll pass is in flight
        self._no_pass.set()

    async def tick(self, fetcher: Fetcher, parser: ParserPool | None = None) -> None:
        if self.stopping.is_set():
            return
        self._current = asyncio.create_task(self._pass(fetcher, parser))
        await self._outlive_shutdown(self._current)

    async def _outlive_shutdown(self, task: asyncio.Task[None]) -> None:
        """Await a job's work. When the daemon stops, the scheduler cancels its running
        jobs: the work itself is not cancelled with its job, :meth:`_drain` gives it
        ``DRAIN_SECONDS`` to finish (a pass then stores and follows up what it fetched)."""
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if not self.stopping.is_set():
                task.cancel()
                raise

    def _quiet_on_stop(
        self, job: Callable[P, Coroutine[Any, Any, None]]
    ) -> Callable[P, Coroutine[Any, Any, None]]:
        """``job``, ending quietly when the scheduler cancels it because the daemon
        stops (what it was doing is durable and is taken up again at the next start)."""

        @functools.wraps(job)
        async def run(*args: P.args, **kwargs: P.kwargs) -> None:
            try:
                await job(*args, **kwargs)
            except asyncio.CancelledError:
                if not self.stopping.is_set():
                    raise

        return run

    async def _pass(self, fetcher: Fetcher, parser: ParserPool | None) -> None:
        if self.metrics is not None:
            self.metrics.tick_started()
        try:
            # Claim a batch at a time, so that replicas share a long list of due feeds
            # and a claim never outlives its lease while it waits in this replica's queue.
            total = PassSummary()
            # The store is asked whether the queries changed once a tick, not once a batch.
            matcher = functools.cache(self._matchers.get)
            while not self.stopping.is_set():
                due = feed_store.claim_due_feeds(
                    self.store,
                    self.clock(),
                    owner=self.owner,
                    lease=self.lease,
                    limit=self.claim_batch,
                )
                if not due:
                    break
                self._no_pass.clear()
                summary = await poll_feeds(
                    self.store,
                    fetcher,
                    due,
                    matcher=matcher,
                    clock=self.clock,
                    parser=parser,
                    router=self.alerting.router if self.alerting else None,
                    on_result=self.metrics.observe_poll if self.metrics else None,
                )
                total.results += summary.results
            if total.results:
                log.info("cycle %d: %s", self.cycles + 1, total.line())
                # The pass's freed memory back to the system before the daemon idles.
                await asyncio.to_thread(release_free_memory)
            self.cycles += 1
        finally:
            self._current = None
            self._no_pass.set()
            if self.metrics is not None:
                self.metrics.tick_finished()

    async def deliver(self) -> None:
        """Send due alerts, once the poll pass in flight (if any) has stored its items."""
        if self.alerting is None or self.stopping.is_set():
            return
        self._sending = asyncio.create_task(self._deliver())
        await self._outlive_shutdown(self._sending)

    async def _deliver(self) -> None:
        assert self.alerting is not None
        try:
            await self._no_pass.wait()
            if self.stopping.is_set():
                return
            summary = await self.alerting.deliver_due(self.store)
            if self.metrics is not None:
                for status in ("delivered", "retried", "failed"):
                    self.metrics.observe_delivery(status, getattr(summary, status))
            if summary.messages:
                log.info("alerts: %s", summary.line())
        except Exception:  # a database error: log it, the next run tries again
            log.exception("alert delivery run failed")
        finally:
            self._sending = None

    async def check_health(self) -> None:
        if self.alerting is None or self.stopping.is_set():
            return
        try:
            self.alerting.check_health(self.store, self.clock())
        except Exception:
            log.exception("feed health check failed")

    async def refresh_statuses(self) -> None:
        if self.stopping.is_set():
            return
        try:
            router = self.alerting.router if self.alerting is not None else None
            # What a pass cut short (SIGKILL) left queued; then what time alone changes.
            # Both in a thread: with many indicators they take a while.
            await follow_up(self.store, router=router)
            changes = await asyncio.to_thread(
                indicator_status.refresh_all, self.store, now=self.clock(), router=router
            )
            for c in changes:
                log.info(
                    "indicator=%s status %s → %s: %s",
                    c.indicator_id,
                    c.previous,
                    c.status,
                    c.reason,
                )
        except Exception:  # a database error: log it, the next run tries again
            log.exception("indicator status refresh failed")

    def stop(self) -> None:
        self.stopping.set()

    async def run(self, *, install_signals: bool = True) -> None:
        cap_malloc_arenas()  # before the store's and the follow-up's threads start
        loop = asyncio.get_running_loop()
        if install_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, self.stop)
        # One client and one parser pool for the daemon's life; the pool is closed
        # (its workers killed) only after the pass in flight has drained.
        with single_daemon(self.store) as alone:
            if alone:  # the only daemon this store allows: leases left are a dead one's
                feed_store.release_leases(self.store)
            await self._run(loop)
        log.info("watcher daemon stopped after %d cycles", self.cycles)

    async def _run(self, loop: asyncio.AbstractEventLoop) -> None:
        async with (
            open_fetcher(self.settings) as fetcher,
            ParserPool(self.parse_settings) as parser,
            AsyncExitStack() as stack,
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
            scheduler.add_job(  # the linked articles of matched items (watcher.articles)
                self._quiet_on_stop(capture_job),
                "interval",
                args=[self.store, fetcher],
                seconds=ARTICLES_EVERY_SECONDS,
                coalesce=True,
                max_instances=1,
                id="capture-articles",
            )
            scheduler.add_job(  # valid_until passes with time, not with a match
                self._quiet_on_stop(self.refresh_statuses),
                "interval",
                seconds=STATUS_EVERY_SECONDS,
                next_run_time=datetime.now(scheduler.timezone),
                coalesce=True,
                max_instances=1,
                id="refresh-indicator-status",
            )
            if self.alerting is not None:
                await stack.enter_async_context(self.alerting)
                alerts = self.alerting.settings
                for job, every, name in (
                    (self.deliver, alerts.deliver_every, "deliver-alerts"),
                    (
                        self._quiet_on_stop(self.check_health),
                        alerts.health_every,
                        "check-feed-health",
                    ),
                ):
                    scheduler.add_job(
                        job,
                        "interval",
                        seconds=max(every.total_seconds(), 1.0),
                        next_run_time=datetime.now(scheduler.timezone),
                        coalesce=True,
                        max_instances=1,
                        id=name,
                    )
            scheduler.start()
            log.info("watcher daemon started: tick every %ss", self.tick_seconds)
            try:
                await self.stopping.wait()
            finally:
                scheduler.shutdown(wait=False)
                await self._drain()
                # Feeds claimed but not polled go back at once, not at lease expiry.
                feed_store.release_leases(self.store, self.owner)

    async def _drain(self) -> None:
        tasks = {t for t in (self._current, self._sending) if t is not None and not t.done()}
        if not tasks:
            return
        # Writes happen between awaits, never across one: cancelling a poll at a fetch
        # loses no stored row, it only leaves that feed due for the next start; cancelling
        # a send leaves its delivery claimed until the lease ends, then it is sent again.
        done, pending = await asyncio.wait(tasks, timeout=DRAIN_SECONDS)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in done:  # their jobs were cancelled at the stop: nobody else reads these
            if not task.cancelled() and task.exception() is not None:
                log.error("work in flight at the stop failed", exc_info=task.exception())
