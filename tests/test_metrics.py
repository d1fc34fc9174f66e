"""Metrics and health (watcher.metrics): a real server on 127.0.0.1 scraped over HTTP; the
database probes on each backend; ``watcher run --metrics-port`` through its entry point."""

from __future__ import annotations

import inspect
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("prometheus_client", reason="needs prometheus-client (pyproject: deps)")

from prometheus_client.parser import text_string_to_metric_families

from storage import probes
from storage.models import Delivery
from storage.store import Store
from tests.feedserver import FeedServer, Route, serve_feeds, wait_for
from watcher.metrics import Health, Metrics, MetricsServer, serve
from watcher.poll import PollResult
from watcher.schedule import Daemon


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def scrape(server: MetricsServer) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} from /metrics."""
    with httpx.Client(trust_env=False, timeout=10) as client:
        resp = client.get(f"{server.url}/metrics")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/plain")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(resp.text)
        for s in family.samples
    }


def healthz(server: MetricsServer) -> tuple[int, dict[str, Any]]:
    with httpx.Client(trust_env=False, timeout=10) as client:
        resp = client.get(f"{server.url}/healthz")
    assert resp.headers["content-type"] == "application/json"
    return resp.status_code, resp.json()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def metrics(clock: Clock) -> Metrics:
    return Metrics(outbox_depth=lambda: 7, clock=clock)


@pytest.fixture
def database() -> dict[str, Any]:
    return {"ok": True}


@pytest.fixture
def server(metrics: Metrics, database: dict[str, Any]) -> Iterator[MetricsServer]:
    def db() -> bool:
        if isinstance(database["ok"], Exception):
            raise database["ok"]
        return bool(database["ok"])

    health = metrics.health(db, tick_seconds=30, stale_after=3600)
    with serve(0, health, metrics=metrics, host="127.0.0.1") as srv:
        yield srv


def test_metrics_count_polls_items_matches_errors_and_deliveries(
    metrics: Metrics, server: MetricsServer
) -> None:
    metrics.observe_poll(PollResult(1, "a", 200, new_items=3, matches=2), 0.2)
    metrics.observe_poll(PollResult(2, "b", 304, not_modified=True), 0.05)
    metrics.observe_poll(
        PollResult(3, "c", None, error="connection refused"), 1.5, error_kind="connect"
    )
    metrics.observe_poll(PollResult(4, "d", None, error="internal error: boom"))  # not timed
    metrics.observe_delivery("delivered", 2)
    metrics.observe_delivery("pending")  # the sender's word for "to retry"
    metrics.observe_delivery("failed", 0)
    got = scrape(server)
    assert got[("watcher_polls_total", (("outcome", "ok"),))] == 1
    assert got[("watcher_polls_total", (("outcome", "not_modified"),))] == 1
    assert got[("watcher_polls_total", (("outcome", "error"),))] == 2
    assert got[("watcher_fetch_errors_total", (("kind", "connect"),))] == 1
    assert got[("watcher_fetch_errors_total", (("kind", "internal"),))] == 1
    assert got[("watcher_fetch_errors_total", (("kind", "timeout"),))] == 0  # present as zero
    assert got[("watcher_items_total", ())] == 3
    assert got[("watcher_matches_total", ())] == 2
    assert got[("watcher_deliveries_total", (("status", "delivered"),))] == 2
    assert got[("watcher_deliveries_total", (("status", "retried"),))] == 1
    assert got[("watcher_deliveries_total", (("status", "failed"),))] == 0
    assert got[("watcher_outbox_depth", ())] == 7
    assert got[("watcher_poll_duration_seconds_count", ())] == 3
    assert got[("watcher_poll_duration_seconds_sum", ())] == pytest.approx(1.75)
    assert got[("watcher_poll_duration_seconds_bucket", (("le", "0.25"),))] == 2
    assert got[("watcher_last_successful_poll_timestamp_seconds", ())] == 1_000_000.0
    names = {name for name, _ in got}
    assert all(n.startswith(("watcher_", "process_")) for n in names), names


def test_poll_result_with_its_own_kind_and_duration(metrics: Metrics) -> None:
    class Result:  # a PollResult that carries error_kind and seconds itself
        new_items, matches, not_modified = 0, 0, False
        error, error_kind, seconds = "HTTP 503", "http", 0.5

    metrics.observe_poll(Result())
    assert metrics.fetch_errors.labels("http")._value.get() == 1
    assert metrics.poll_duration._sum.get() == 0.5


def test_a_failing_outbox_read_does_not_fail_the_scrape(clock: Clock) -> None:
    def broken() -> int:
        raise RuntimeError("database is down")

    m = Metrics(outbox_depth=broken, clock=clock, process=False)
    with serve(0, m.health(lambda: True, tick_seconds=30), metrics=m) as srv:
        got = scrape(srv)
    assert got[("watcher_outbox_depth", ())] != got[("watcher_outbox_depth", ())]  # NaN


def test_healthz_ok(metrics: Metrics, server: MetricsServer, clock: Clock) -> None:
    code, body = healthz(server)
    assert code == 200
    assert body == {
        "status": "ok",
        "database": True,
        "scheduler": True,
        "last_successful_poll_age_seconds": None,
        "stale": False,
        "stale_after_seconds": 3600,
        "error": None,
    }
    metrics.observe_poll(PollResult(1, "a", 200))
    clock.now += 12.5
    code, body = healthz(server)
    assert code == 200 and body["last_successful_poll_age_seconds"] == 12.5


@pytest.mark.parametrize("failure", [False, RuntimeError("connection refused")])
def test_healthz_503_when_the_database_is_unreachable(
    server: MetricsServer, database: dict[str, Any], failure: Any
) -> None:
    database["ok"] = failure
    code, body = healthz(server)
    assert code == 503
    assert body["status"] == "unhealthy" and body["database"] is False
    if failure:
        assert body["error"] == "RuntimeError: connection refused"


def test_healthz_503_when_the_scheduler_stops_ticking(
    metrics: Metrics, server: MetricsServer, clock: Clock
) -> None:
    metrics.tick_started()
    metrics.tick_finished()
    clock.now += 89  # three 30 s ticks
    assert healthz(server)[0] == 200
    clock.now += 2
    code, body = healthz(server)
    assert code == 503 and body["scheduler"] is False
    metrics.tick_started()  # a long tick in flight is alive
    clock.now += 600
    assert healthz(server)[1]["scheduler"] is True
    metrics.tick_finished()
    assert healthz(server)[1]["scheduler"] is False


def test_healthz_503_when_no_poll_succeeded_for_too_long(
    metrics: Metrics, server: MetricsServer, clock: Clock
) -> None:
    metrics.observe_poll(PollResult(1, "a", 200))
    clock.now += 3000
    metrics.tick_started()
    metrics.observe_poll(PollResult(1, "a", None, error="timed out"), error_kind="timeout")
    assert healthz(server)[0] == 200
    clock.now += 601
    metrics.tick_started()
    code, body = healthz(server)
    assert code == 503
    assert body["stale"] is True and body["last_successful_poll_age_seconds"] == 3601
    metrics.observe_poll(PollResult(1, "a", 304, not_modified=True))  # 304 is a success
    assert healthz(server)[0] == 200


def test_not_found(server: MetricsServer) -> None:
    with httpx.Client(trust_env=False) as client:
        assert client.get(f"{server.url}/nope").status_code == 404


def test_health_is_a_value() -> None:
    h = Health(database=True, scheduler=True, last_successful_poll_age_seconds=1.0, stale=False)
    assert h.healthy and h.as_dict()["status"] == "ok"
    assert not Health(True, False, None, False).healthy


# -- the database probes ----------------------------------------------------------------


def test_probes(store: Store) -> None:
    assert probes.database_reachable(store)
    assert probes.outbox_depth(store) == 0
    with store.session() as s:
        for n, status in enumerate(["pending", "pending", "delivered", "failed"]):
            s.add(
                Delivery(
                    channel="ops",
                    status=status,
                    idempotency_key=f"k{n}",
                    kind="feed.unhealthy",
                )
            )
    assert probes.outbox_depth(store) == 2


def test_unreachable_database() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    store = Store.open(f"postgresql+psycopg://nobody@127.0.0.1:{port}/none")
    try:
        assert probes.database_reachable(store) is False
    finally:
        store.engine.dispose()


# -- watcher run --metrics-port ---------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str) -> httpx.Response | None:
    try:
        with httpx.Client(trust_env=False, timeout=5) as client:
            return client.get(url)
    except httpx.TransportError:
        return None


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with serve_feeds() as srv:
        yield srv


def test_watcher_run_serves_metrics_and_logs_json_lines(
    db_url: str, store: Store, feeds: FeedServer, tmp_path: Path
) -> None:
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><guid>g1</guid><title>Kremlin confirms CBRN drills with China</title></item>"
        b"</channel></rss>"
    )
    feed = store.add_feed(feeds.route("/a.xml", Route(body=rss)), name="A")
    port = free_port()
    exe = Path(sys.executable).with_name("watcher")
    env = {
        **os.environ,
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_CONFIG": str(tmp_path / "none.toml"),
    }
    proc = subprocess.Popen(
        [str(exe), "run", "--tick", "1", "--metrics-port", str(port), "--log-format", "json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_for(lambda: get(f"{base}/healthz") is not None, timeout=60)

        def polled() -> bool:
            return store.feed(feed.id or 0).last_polled_at is not None

        assert wait_for(polled, timeout=60)
        health = get(f"{base}/healthz")
        assert health is not None and health.status_code == 200, health and health.text
        assert health.json()["database"] is True and health.json()["scheduler"] is True
        metrics = get(f"{base}/metrics")
        assert metrics is not None and metrics.status_code == 200
        assert "watcher_polls_total" in metrics.text and "watcher_outbox_depth 0.0" in metrics.text
        if "metrics" in inspect.signature(Daemon).parameters:  # the daemon reports to them
            samples = {
                (s.name, tuple(s.labels.values())): s.value
                for family in text_string_to_metric_families(metrics.text)
                for s in family.samples
            }
            assert samples[("watcher_polls_total", ("ok",))] >= 1
            assert samples[("watcher_items_total", ())] >= 1
            assert samples[("watcher_poll_duration_seconds_count", ())] >= 1
            assert samples[("watcher_scheduler_last_tick_timestamp_seconds", ())] > 0
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    records = [json.loads(line) for line in err.splitlines() if line.strip()]
    assert records, err
    for rec in records:
        assert {"time", "level", "logger", "message"} <= rec.keys()
    messages = [r["message"] for r in records]
    assert any(m.startswith("metrics and health on http://127.0.0.1:") for m in messages)
    assert any(m.startswith("watcher daemon started") for m in messages)
    assert any(r["logger"] == "watcher.poll" for r in records), messages


def test_watcher_run_refuses_a_busy_metrics_port(cli: Any) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = cli("run", "--metrics-port", str(port))
    assert result.returncode == 2
    assert f"cannot serve metrics on 127.0.0.1:{port}" in result.stderr


def test_watcher_run_refuses_an_unknown_log_format(cli: Any) -> None:
    result = cli("run", "--log-format", "xml")
    assert result.returncode == 2
    assert "xml" in result.stderr
