"""`watcher alerts`: list, retry, test, deliver; and `watcher config --dump`."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from storage import deliveries
from storage.db import redact_url
from storage.store import InvalidInputError
from watcher import alerts
from watcher.alerts.channels import masked
from watcher.cli._app import JsonOpt, app, emit_json, out, ready_store, user_errors
from watcher.config import load_settings

alerts_app = typer.Typer(
    help="Alert deliveries by email and webhook: list, retry, test, deliver.",
    no_args_is_help=True,
)
app.add_typer(alerts_app, name="alerts")

StatusOpt = Annotated[
    str | None,
    typer.Option(help="Only this status: pending, failed, delivered or merged."),
]


@alerts_app.command("list")
@user_errors
def alerts_list(
    status: StatusOpt = None,
    channel: Annotated[str | None, typer.Option(help="Only this channel.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """The deliveries in the outbox, newest first, with their attempts and last error."""
    rows = deliveries.deliveries(ready_store(), status=status, channel=channel, limit=limit)
    if as_json:
        emit_json(rows)
        return
    table = Table("id", "channel", "kind", "status", "tries", "subject", "when", "last error")
    for r in rows:
        if r.status == "delivered":
            when = f"sent {r.sent_at}"
        elif r.status == "pending":
            when = f"next {r.next_attempt_at}"
        elif r.status == "merged":
            when = f"in #{r.merged_into}"
        else:
            when = f"last {r.last_attempt_at}"
        table.add_row(
            str(r.id),
            r.channel,
            r.kind,
            r.status,
            str(r.attempts),
            r.subject,
            when,
            r.last_error or "",
        )
    out.print(table)


@alerts_app.command("retry")
@user_errors
def alerts_retry(
    delivery_id: Annotated[int | None, typer.Argument(help="Delivery id.")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Every failed delivery.")] = False,
) -> None:
    """Make a failed delivery (or --failed: all of them) due again now."""
    if (delivery_id is None) == (not failed):
        raise InvalidInputError("name one delivery id, or --failed for all failed deliveries")
    ids = deliveries.retry_deliveries(
        ready_store(), datetime.now(UTC), delivery_id=delivery_id, failed=failed
    )
    out.print(f"{len(ids)} deliveries due again" + (f": {', '.join(map(str, ids))}" if ids else ""))


@alerts_app.command("test")
@user_errors
def alerts_test(channel: Annotated[str, typer.Argument(help="Channel name.")]) -> None:
    """Send a clearly marked sample alert to CHANNEL now and report the outcome."""
    settings = load_settings()
    result = asyncio.run(alerts.send_test(settings.channels, channel, settings.alerts))
    out.print(f"channel {channel}: {result.outcome}: {result.detail}", markup=False)
    if not result.ok:
        raise typer.Exit(1)


@alerts_app.command("deliver")
@user_errors
def alerts_deliver(
    once: Annotated[bool, typer.Option("--once", help="One run, then exit.")] = False,
) -> None:
    """Check feed health, then send every due alert once (retries are scheduled)."""
    if not once:
        raise InvalidInputError("deliver needs --once (the daemon is `watcher run`)")
    settings = load_settings()
    changes, summary = asyncio.run(
        alerts.deliver_once(ready_store(), settings.channels, settings.alerts)
    )
    for c in changes:
        out.print(f"feed {c.feed_id} ({c.feed}): {c.kind}: {c.detail}", markup=False)
    out.print(summary.line())


@app.command("config")
@user_errors
def config(
    dump: Annotated[bool, typer.Option("--dump", help="Print the effective config.")] = False,
) -> None:
    """The effective configuration (file, environment, defaults), secrets masked."""
    if not dump:
        raise InvalidInputError("config needs --dump")
    settings = load_settings()
    data = settings.model_dump(mode="json", by_alias=True, exclude={"channels"})
    # A URL SQLAlchemy cannot read is shown as it is; the store will say why it is bad.
    data["database_url"] = redact_url(settings.database_url)
    data["channels"] = [masked(c) for c in settings.channels]
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
