"""Set-up and running: init, run, poll, db upgrade, pack load."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storage import probes
from storage.store import (
    InvalidInputError,
    Store,
)
from watcher import logs, packs
from watcher.alerts import Alerting
from watcher.cli._app import (
    app,
    db_app,
    open_store,
    out,
    pack_app,
    ready_store,
    report_line,
    user_errors,
)
from watcher.config import load_settings
from watcher.fetch import FetchSettings
from watcher.poll import PollResult
from watcher.schedule import Daemon, poll_once

if TYPE_CHECKING:
    from watcher.metrics import Health, Metrics, MetricsServer

# -- set-up -----------------------------------------------------------------------


@app.command()
@user_errors
def init() -> None:
    """Create or migrate the store and load the bundled seed pack (safe to re-run)."""
    store = open_store()
    report = packs.init_store(store)
    out.print(report_line(report))
    out.print(f"store: {store.engine.url.render_as_string(hide_password=True)}")


def configure_logging(level: str = "INFO", fmt: str = "text") -> None:
    """Logging for a command that runs for a while: ``fmt`` is ``text`` or ``json`` (JSON
    lines, see :mod:`watcher.logs`)."""
    logs.configure(level, fmt)


class LogFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
@user_errors
def run(
    tick: Annotated[float, typer.Option(help="Seconds between checks for due feeds.")] = 30.0,
    metrics_port: Annotated[
        int | None,
        typer.Option(
            "--metrics-port",
            min=0,
            max=65535,
            help="Serve Prometheus /metrics and /healthz on this port (off by default).",
        ),
    ] = None,
    metrics_host: Annotated[
        str,
        typer.Option("--metrics-host", help="Address for --metrics-port (0.0.0.0 in a container)."),
    ] = "127.0.0.1",
    log_format: Annotated[
        LogFormat, typer.Option("--log-format", help="text, or json: one JSON object a line.")
    ] = LogFormat.text,
) -> None:
    """Run the watch daemon: poll each feed on its own schedule until SIGTERM/SIGINT."""
    settings = load_settings()
    store = ready_store()
    alerting = Alerting(settings.channels, settings.alerts) if settings.channels else None
    tick_seconds = max(tick, 1.0)
    metrics = new_metrics(store) if metrics_port is not None else None
    daemon = Daemon(
        store,
        FetchSettings(),
        tick_seconds=tick_seconds,
        alerting=alerting,
        lease=timedelta(seconds=settings.feed_lease_seconds),
        metrics=metrics,
    )
    with contextlib.ExitStack() as stack:
        server: MetricsServer | None = None
        if metrics is not None and metrics_port is not None:
            health = metrics.health(
                lambda: probes.database_reachable(store), tick_seconds=tick_seconds
            )
            server = stack.enter_context(serve_metrics(metrics, health, metrics_port, metrics_host))
        configure_logging(settings.log_level, log_format.value)
        if server is not None:
            logging.getLogger(__name__).info("metrics and health on %s", server.url)
        asyncio.run(daemon.run())


def new_metrics(store: Store) -> Metrics:
    """The daemon's metrics; the outbox depth is read from ``store`` at each scrape."""
    from watcher.metrics import Metrics  # prometheus-client: imported only when asked for

    return Metrics(outbox_depth=lambda: probes.outbox_depth(store))


def serve_metrics(
    metrics: Metrics, health: Callable[[], Health], port: int, host: str
) -> MetricsServer:
    """Serve /metrics and /healthz from a thread (see watcher.metrics); a port that cannot
    be had is a one-line error."""
    from watcher.metrics import serve

    try:
        return serve(port, health, metrics=metrics, host=host)
    except OSError as exc:
        raise InvalidInputError(
            f"cannot serve metrics on {host}:{port}: {exc.strerror or exc}"
        ) from None


@app.command()
@user_errors
def poll(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
    feed: Annotated[list[int] | None, typer.Option("--feed", help="Only this feed id.")] = None,
    all_feeds: Annotated[
        bool, typer.Option("--all", help="Every enabled feed, due or not.")
    ] = False,
) -> None:
    """One polling pass over the due feeds (or --all, or --feed ID) with a progress bar."""
    if not once:
        raise InvalidInputError("poll needs --once (the daemon is `watcher run`)")
    settings = load_settings()
    store = ready_store()
    router = Alerting(settings.channels, settings.alerts).router if settings.channels else None
    counts = {"items": 0, "matches": 0, "errors": 0}
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    ) as progress:
        task = progress.add_task("polling", total=None)

        def started(n: int) -> None:
            progress.update(task, total=n)

        def done(r: PollResult) -> None:
            counts["items"] += r.new_items
            counts["matches"] += r.matches
            counts["errors"] += bool(r.error)
            progress.update(
                task,
                advance=1,
                description=(
                    f"polling: {counts['items']} new items, {counts['matches']} matches, "
                    f"{counts['errors']} errors"
                ),
            )

        summary = asyncio.run(
            poll_once(
                store,
                FetchSettings(),
                feed_ids=feed or None,
                all_feeds=all_feeds,
                on_start=started,
                on_result=done,
                router=router,
            )
        )
    table = Table("feed", "name", "status", "new items", "matches", "error")
    for r in summary.results:
        status = "304" if r.not_modified else str(r.status or "–")
        table.add_row(
            str(r.feed_id), r.feed, status, str(r.new_items), str(r.matches), r.error or ""
        )
    out.print(table)
    out.print(summary.line())


@db_app.command("upgrade")
@user_errors
def db_upgrade() -> None:
    """Apply schema migrations up to the newest revision."""
    store = open_store()
    store.upgrade()
    out.print("database schema is up to date")


@pack_app.command("load")
@user_errors
def pack_load(file: Annotated[Path, typer.Argument(help="Pack YAML file.")]) -> None:
    """Validate a pack whole, then load it in one transaction (reloading updates in place)."""
    out.print(report_line(packs.load_pack(open_store(), file)))
