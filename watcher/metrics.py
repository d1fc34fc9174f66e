"""Operations: Prometheus metrics of the daemon and its health, served over HTTP.

The daemon reports what happened — :meth:`Metrics.observe_poll` per feed polled,
:meth:`Metrics.observe_delivery` per alert sent, :meth:`Metrics.tick_started` /
:meth:`Metrics.tick_finished` around each scheduler tick — and :func:`serve` answers,
from a thread of its own (so a busy event loop never delays a scrape):

- ``GET /metrics``: the Prometheus text format. Every name starts with ``watcher_``:
  ``watcher_polls_total{outcome}`` (``ok``, ``not_modified``, ``error``),
  ``watcher_fetch_errors_total{kind}`` (the fetcher's error kinds, ``parse``,
  ``internal``), ``watcher_items_total`` (new items stored), ``watcher_matches_total``,
  ``watcher_deliveries_total{status}`` (``delivered``, ``retried``, ``failed``),
  ``watcher_outbox_depth`` (pending deliveries, read at scrape time),
  ``watcher_poll_duration_seconds`` (histogram, one observation per feed polled),
  ``watcher_last_successful_poll_timestamp_seconds`` and
  ``watcher_scheduler_last_tick_timestamp_seconds``; plus ``process_*``.
- ``GET /healthz``: JSON ``{"status", "database", "scheduler",
  "last_successful_poll_age_seconds", ...}``, 200 when healthy, 503 otherwise.

Nothing is registered globally: each :class:`Metrics` has its own registry.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
)

log = logging.getLogger(__name__)

OUTCOMES = ("ok", "not_modified", "error")
# watcher.fetch's error kinds, then a parse failure and a bug or database error in a poll.
ERROR_KINDS = (
    "invalid_url",
    "connect",
    "timeout",
    "network",
    "decode",
    "too_large",
    "redirects",
    "gone",
    "http",
    "parse",
    "internal",
)
DELIVERY_STATUSES = ("delivered", "retried", "failed")
POLL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0)


class PollOutcome(Protocol):
    """What :meth:`Metrics.observe_poll` reads of a :class:`watcher.poll.PollResult`."""

    @property
    def new_items(self) -> int: ...

    @property
    def matches(self) -> int: ...

    @property
    def not_modified(self) -> bool: ...

    @property
    def error(self) -> str | None: ...


@dataclass(frozen=True)
class Health:
    """The answer of ``/healthz``. ``last_successful_poll_age_seconds`` is None until a
    poll has succeeded; until then the daemon's uptime is what ``stale_after`` judges."""

    database: bool
    scheduler: bool
    last_successful_poll_age_seconds: float | None
    stale: bool
    stale_after_seconds: float | None = None
    error: str | None = None

    @property
    def healthy(self) -> bool:
        return self.database and self.scheduler and not self.stale

    def as_dict(self) -> dict[str, Any]:
        return {"status": "ok" if self.healthy else "unhealthy", **asdict(self)}


class Metrics:
    """The daemon's counters, gauges and poll-duration histogram, in a registry of their own.

    ``outbox_depth`` (e.g. ``lambda: storage.probes.outbox_depth(store)``) is called at
    each scrape; if it fails the gauge reads NaN rather than failing the scrape.
    ``clock`` gives wall-clock seconds (tests pass a fake one).
    """

    def __init__(
        self,
        *,
        outbox_depth: Callable[[], int] | None = None,
        clock: Callable[[], float] = time.time,
        process: bool = True,
    ) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.clock = clock
        self.started_at = clock()
        self._lock = threading.Lock()
        self._last_success: float | None = None
        self._last_tick: float | None = None
        self._ticking = 0
        r = self.registry
        self.polls = Counter("watcher_polls", "Feeds polled, by outcome.", ["outcome"], registry=r)
        self.fetch_errors = Counter(
            "watcher_fetch_errors", "Failed polls, by error kind.", ["kind"], registry=r
        )
        self.items = Counter("watcher_items", "New feed items stored.", registry=r)
        self.matches = Counter("watcher_matches", "New matches logged.", registry=r)
        self.deliveries = Counter(
            "watcher_deliveries", "Alert deliveries attempted, by result.", ["status"], registry=r
        )
        self.outbox = Gauge(
            "watcher_outbox_depth", "Alert deliveries waiting to be sent (pending).", registry=r
        )
        self.poll_duration = Histogram(
            "watcher_poll_duration_seconds",
            "Time to poll one feed: fetch, parse, match, store.",
            buckets=POLL_BUCKETS,
            registry=r,
        )
        self.last_success_ts = Gauge(
            "watcher_last_successful_poll_timestamp_seconds",
            "When a feed was last polled successfully (Unix time).",
            registry=r,
        )
        self.last_tick_ts = Gauge(
            "watcher_scheduler_last_tick_timestamp_seconds",
            "When the scheduler last started a tick (Unix time).",
            registry=r,
        )
        # Every label value from the start, so rates and alerts see zeros, not gaps.
        for outcome in OUTCOMES:
            self.polls.labels(outcome)
        for kind in ERROR_KINDS:
            self.fetch_errors.labels(kind)
        for status in DELIVERY_STATUSES:
            self.deliveries.labels(status)
        depth = outbox_depth
        if depth is not None:
            self.outbox.set_function(lambda: _safe_read(depth))
        if process:
            ProcessCollector(registry=r)

    # -- what the daemon reports ------------------------------------------------------

    def observe_poll(
        self, result: PollOutcome, seconds: float | None = None, *, error_kind: str | None = None
    ) -> None:
        """Count one feed's poll: its outcome, error kind, new items and matches, and its
        duration. ``seconds`` and ``error_kind`` default to the result's ``seconds`` and
        ``error_kind`` attributes when it has them; a poll without a duration is counted
        but not timed."""
        if seconds is None:
            seconds = getattr(result, "seconds", None)
        if result.error:
            kind = error_kind or getattr(result, "error_kind", None) or _kind_of(result.error)
            self.polls.labels("error").inc()
            self.fetch_errors.labels(kind).inc()
        else:
            self.polls.labels("not_modified" if result.not_modified else "ok").inc()
            now = self.clock()
            with self._lock:
                self._last_success = now
            self.last_success_ts.set(now)
        if result.new_items:
            self.items.inc(result.new_items)
        if result.matches:
            self.matches.inc(result.matches)
        if seconds is not None:
            self.poll_duration.observe(seconds)

    def observe_delivery(self, status: str, count: int = 1) -> None:
        """Count ``count`` alert deliveries that ended an attempt as ``status``
        (``delivered``, ``retried`` — the sender's ``pending`` — or ``failed``)."""
        if count > 0:
            self.deliveries.labels("retried" if status == "pending" else status).inc(count)

    def tick_started(self) -> None:
        """The scheduler started a tick: its heartbeat."""
        now = self.clock()
        with self._lock:
            self._last_tick = now
            self._ticking += 1
        self.last_tick_ts.set(now)

    def tick_finished(self) -> None:
        with self._lock:
            self._ticking = max(self._ticking - 1, 0)

    # -- what /healthz says -----------------------------------------------------------

    def last_success_age(self) -> float | None:
        """Seconds since a poll last succeeded, or None if none has."""
        with self._lock:
            last = self._last_success
        return None if last is None else max(self.clock() - last, 0.0)

    def health(
        self,
        database: Callable[[], bool],
        *,
        tick_seconds: float,
        stale_after: float | None = 3600.0,
    ) -> Callable[[], Health]:
        """The ``/healthz`` check: the database answers (``database()``, e.g.
        ``lambda: storage.probes.database_reachable(store)``); the scheduler is alive (a
        tick is running, or one started within three tick intervals, at least a minute,
        of now or of start-up); and a poll succeeded within ``stale_after`` seconds
        (counted from start-up until the first one; None: not checked)."""
        grace = max(3 * tick_seconds, 60.0)

        def check() -> Health:
            now = self.clock()
            error = None
            try:
                db_ok = bool(database())
            except Exception as exc:  # the check must answer, whatever the database does
                db_ok, error = False, f"{type(exc).__name__}: {exc}"
            with self._lock:
                last_tick, ticking, last_success = (
                    self._last_tick,
                    self._ticking,
                    self._last_success,
                )
            scheduler = ticking > 0 or now - (last_tick or self.started_at) <= grace
            age = None if last_success is None else max(now - last_success, 0.0)
            since = now - (last_success or self.started_at)
            stale = stale_after is not None and since > stale_after
            return Health(db_ok, scheduler, age, stale, stale_after, error)

        return check

    def exposition(self) -> bytes:
        """The metrics in the Prometheus text format."""
        return generate_latest(self.registry)


def _safe_read(read: Callable[[], int]) -> float:
    try:
        return float(read())
    except Exception:
        log.debug("outbox depth unavailable", exc_info=True)
        return math.nan


def _kind_of(error: str) -> str:
    # A result without an ``error_kind``: poll_feeds words its own failures this way.
    return "internal" if error.startswith("internal error") else "unknown"


class MetricsServer:
    """The HTTP server of :func:`serve`, in a daemon thread; ``close()`` stops it."""

    def __init__(self, httpd: ThreadingHTTPServer) -> None:
        self._httpd = httpd
        host, port = httpd.server_address[:2]
        self.host, self.port = str(host), int(port)
        self._thread = threading.Thread(
            target=httpd.serve_forever, name="watcher-metrics", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MetricsServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(
    port: int,
    health: Callable[[], Health],
    *,
    metrics: Metrics,
    host: str = "127.0.0.1",
) -> MetricsServer:
    """Serve ``/metrics`` and ``/healthz`` on ``host:port`` (port 0: any free port, see
    ``.port``) from a background thread, until ``close()``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "watcher-metrics"

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                self._send(HTTPStatus.OK, CONTENT_TYPE_LATEST, metrics.exposition())
            elif path == "/healthz":
                h = health()
                body = json.dumps(h.as_dict()).encode()
                status = HTTPStatus.OK if h.healthy else HTTPStatus.SERVICE_UNAVAILABLE
                self._send(status, "application/json", body)
            else:
                self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", b"not found\n")

        def _send(self, status: HTTPStatus, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # scrapes are not news
            log.debug("%s " + format, self.address_string(), *args)

    httpd = ThreadingHTTPServer((host, port), Handler)
    httpd.daemon_threads = True
    return MetricsServer(httpd)


__all__ = [
    "DELIVERY_STATUSES",
    "ERROR_KINDS",
    "OUTCOMES",
    "Health",
    "Metrics",
    "MetricsServer",
    "PollOutcome",
    "serve",
]
