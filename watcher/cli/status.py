"""`watcher indicators board|stats|status|history` and `watcher matches dismiss|restore`:
what the analyst reports, and the analyst's judgements."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from storage import board as boards
from storage import status as statuses
from watcher import status as service
from watcher.cli._app import (
    IndicatorOpt,
    JsonOpt,
    emit_json,
    indicators_app,
    out,
    ready_store,
    since_arg,
    user_errors,
)
from watcher.cli.timeline import matches_app

STYLE = {
    "confirmed": "bold green",
    "corroborated": "bold yellow",
    "reported": "yellow",
    "watching": "dim",
    "expired": "dim",
    "dismissed": "strike dim",
}


def _day(iso: str | None) -> str:
    return iso[:16].replace("T", " ") if iso else "–"


def _changes(changes: list[statuses.Change]) -> None:
    if not changes:
        out.print("status unchanged")
    for c in changes:
        alerted = f" ({c.deliveries} alerts)" if c.deliveries else ""
        out.print(
            f"{c.indicator_id}: {c.previous or 'new'} → {c.status} — {c.reason}{alerted}",
            markup=False,
        )


@indicators_app.command("board")
@user_errors
def board(
    all_: Annotated[bool, typer.Option("--all", help="Disabled indicators too.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Has any of it happened yet? Each indicator: status, first and latest report,
    independent origins, and the latest headline with its source."""
    rows = boards.board(ready_store(), include_disabled=all_)
    if as_json:
        emit_json(rows)
        return
    table = Table(title="Indicator board", expand=True)
    table.add_column("indicator", ratio=2, min_width=14)
    table.add_column("status", no_wrap=True)
    table.add_column("origins", justify="right", no_wrap=True)
    table.add_column("first report", no_wrap=True)
    table.add_column("latest report", no_wrap=True)
    table.add_column("latest headline (source, reliability)", ratio=4, min_width=24)
    for r in rows:
        headline = "–"
        if r.latest_title:
            grade = r.latest_reliability or "F"
            headline = f"{r.latest_title} ({r.latest_feed}, {grade})"
        table.add_row(
            f"{r.id}\n[dim]{r.title}[/dim]",
            f"[{STYLE.get(r.status, '')}]{r.status}[/]",
            f"{r.origins}/{r.min_origins}",
            _day(r.first_report),
            _day(r.latest_report),
            headline,
        )
    out.print(table)
    out.print(
        "[dim]origins: independent origins / needed to corroborate; reliability: "
        "Admiralty grade of the source (A reliable … F cannot be judged)[/dim]"
    )


@indicators_app.command("stats")
@user_errors
def stats(
    since: Annotated[str, typer.Option(help="Periods from: 90d or DATE.")] = "90d",
    every: Annotated[str, typer.Option(help="Period: day, week or month.")] = "week",
    indicator: IndicatorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Per indicator: matches, the share dismissed as false positives, and independent
    origins over time."""
    rows = boards.stats(ready_store(), since=since_arg(since), every=every, indicator_id=indicator)
    if as_json:
        emit_json(rows)
        return
    table = Table(title=f"Indicator stats (origins per {every}, cumulative)", expand=True)
    for name in ("indicator", "status", "matches", "dismissed", "origins", "origins over time"):
        table.add_column(name, overflow="fold")
    for r in rows:
        series = " ".join(str(p.origins) for p in r.periods[-12:]) or "–"
        table.add_row(
            r.id,
            r.status,
            str(r.matches),
            f"{r.dismissed} ({r.dismissed_share:.0%})",
            str(r.origins),
            series,
        )
    out.print(table)


@indicators_app.command("status")
@user_errors
def set_status(
    indicator_id: Annotated[str, typer.Argument(help="Indicator id.")],
    status: Annotated[str, typer.Argument(help="confirmed, dismissed, or watching (reopen).")],
    reason: Annotated[str, typer.Option("--reason", help="Why: it goes on the timeline.")],
    by: Annotated[str, typer.Option("--by", help="Who judges (shown in the history).")] = "analyst",
) -> None:
    """An analyst's judgement on an indicator: confirmed or dismissed (kept until
    reopened), or watching to reopen it."""
    change = service.set_status(ready_store(), indicator_id, status, reason, by=by)
    _changes([change])


@indicators_app.command("history")
@user_errors
def history(
    indicator_id: Annotated[str | None, typer.Argument(help="Indicator id (default: all).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Every change of status, oldest first, with its reason."""
    rows = statuses.history(ready_store(), indicator_id=indicator_id)
    if as_json:
        emit_json({k: v for k, v in c.as_dict().items() if k != "deliveries"} for c in rows)
        return
    table = Table("when", "indicator", "from", "to", "by", "origins", "reason")
    for c in rows:
        table.add_row(
            _day(c.at),
            c.indicator_id,
            c.previous or "–",
            c.status,
            c.actor,
            str(c.origins),
            c.reason,
        )
    out.print(table)


@matches_app.command("dismiss")
@user_errors
def dismiss(
    match_id: Annotated[int, typer.Argument(help="Match id (see `watcher matches`).")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is a false positive.")],
) -> None:
    """Mark a match a false positive: it stops counting toward its indicator's status."""
    changes = service.dismiss_match(ready_store(), match_id, reason)
    out.print(f"match {match_id} dismissed")
    _changes(changes)


@matches_app.command("restore")
@user_errors
def restore(match_id: Annotated[int, typer.Argument(help="Match id.")]) -> None:
    """Undo a dismissal: the match counts again."""
    changes = service.restore_match(ready_store(), match_id)
    out.print(f"match {match_id} restored")
    _changes(changes)


__all__ = ["board", "dismiss", "history", "restore", "set_status", "stats"]
