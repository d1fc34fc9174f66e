"""The analyst's questions: timeline (and its exports), matches, classify, rematch."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from storage import queries
from storage.store import (
    InvalidInputError,
)
from watcher import match as matching
from watcher.cli._app import (
    IndicatorOpt,
    JsonOpt,
    app,
    emit_json,
    out,
    ready_store,
    since_arg,
    user_errors,
)
from watcher.export import timeline_csv, timeline_ics, timeline_markdown

# -- timeline and matches --------------------------------------------------------


FORMATS = ("table", "json", "csv", "ics", "markdown")


@app.command()
@user_errors
def timeline(
    since: Annotated[str | None, typer.Option(help="From DATE or a duration back (30d).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to DATE.")] = None,
    indicator: IndicatorOpt = None,
    document: Annotated[
        str | None,
        typer.Option("--document", help="Document key: its events, and matches of its indicators."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="table (default), json (one object per line), csv, ics (iCalendar), markdown.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """The documents' dated events and the logged matches, in time order."""
    chosen = "json" if as_json else (fmt or "table").lower()
    if chosen not in FORMATS:
        raise InvalidInputError(f"invalid --format {fmt!r}: use one of {', '.join(FORMATS)}")
    rows = queries.timeline(
        ready_store(),
        since=since_arg(since),
        until=since_arg(until),
        indicator_id=indicator,
        document=document,
    )
    if chosen == "json":
        emit_json(rows)
    elif chosen == "csv":
        timeline_csv(rows, sys.stdout)
    elif chosen == "ics":
        sys.stdout.write(timeline_ics(rows, datetime.now(UTC)))
    elif chosen == "markdown":
        sys.stdout.write(timeline_markdown(rows))
    else:
        _timeline_table(rows)


def _short(instant: str) -> str:
    return instant.replace("T", " ").removesuffix(":00Z").removesuffix("Z")


def interval_label(start: str, end: str) -> str:
    """``2025-09-01 → 2025-12-31``, ``2026-07-01``, ``2026-07-01 20:00–20:50 UTC``."""
    utc = " UTC" if "T" in start or "T" in end else ""
    if start == end:
        return _short(start) + utc
    if "T" in start and "T" in end and start[:10] == end[:10]:
        return f"{_short(start)}–{_short(end)[11:]}{utc}"
    return f"{_short(start)} → {_short(end)}{utc}"


def _timeline_table(rows: list[queries.TimelineRow]) -> None:
    table = Table(expand=True)
    table.add_column("when (as stated)", max_width=24)
    table.add_column("interval", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("summary", ratio=4, min_width=24)
    table.add_column("indicators", ratio=2, max_width=30)
    table.add_column("source", ratio=1, max_width=24)
    for r in rows:
        interval = interval_label(r.start, r.end)
        source = (r.document and f"doc {r.document}") or r.source or ""
        table.add_row(
            r.stated if r.kind == "event" else r.start[:16].replace("T", " "),
            interval,
            r.kind,
            r.summary,
            ", ".join(r.indicator_ids),
            source,
        )
    out.print(table)


matches_app = typer.Typer(help="What matched recently; dismiss or restore a match.")
app.add_typer(matches_app, name="matches")


@matches_app.callback(invoke_without_command=True)
@user_errors
def matches(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Logged since: 24h, 7d or DATE.")] = None,
    indicator: IndicatorOpt = None,
    limit: Annotated[int, typer.Option(help="At most N matches.")] = 50,
    explain: Annotated[bool, typer.Option(help="Show the clause and terms that fired.")] = False,
    dismissed: Annotated[
        bool, typer.Option("--dismissed", help="Include matches dismissed as false positives.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """What matched recently: newest first (`watcher matches dismiss ID --reason ...`
    marks a false positive)."""
    if ctx.invoked_subcommand is not None:
        return
    store = ready_store()
    if limit < 1:
        raise InvalidInputError(f"invalid --limit {limit}: must be at least 1")
    rows = queries.matches(
        store,
        since=since_arg(since),
        indicator_id=indicator,
        limit=limit,
        include_dismissed=dismissed,
    )
    if as_json:
        emit_json(
            {
                **r.as_dict(),
                **({"explanation": matching.explain_match(store, r.id)} if explain else {}),
            }
            for r in rows
        )
        return
    if explain:
        for r in rows:
            out.print(f"[bold]#{r.id} {r.indicator_id}[/bold]  {r.title}  ({r.feed})")
            out.print(matching.explain_match(store, r.id), markup=False)
        return
    table = Table("id", "logged", "indicator", "title", "feed (reliability)", "terms", "url")
    for r in rows:
        table.add_row(
            str(r.id),
            r.matched_at[:16].replace("T", " "),
            r.indicator_id,
            r.title + (f" [dim](dismissed: {r.dismissed_reason})[/dim]" if r.dismissed else ""),
            f"{r.feed} ({r.reliability})",
            ", ".join(r.terms),
            r.url or "",
        )
    out.print(table)


# -- classify and rematch ----------------------------------------------------------


def _read_jsonl(lines: Iterable[str], name: str) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(f"{name}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict):
            raise InvalidInputError(f"{name}:{n}: expected an object with id, title, summary")
        yield rec


@app.command()
@user_errors
def classify(
    file: Annotated[
        Path | None, typer.Argument(help="JSON lines {id,title,summary}; default stdin.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Try the enabled indicators on a sample of items before relying on them."""
    matcher = matching.build_matcher(ready_store())
    if file is not None and not file.is_file():
        raise InvalidInputError(f"no such file: {file}")
    stream = file.open(encoding="utf-8") if file is not None else sys.stdin
    with stream:
        results = matching.classify(_read_jsonl(stream, str(file or "<stdin>")), matcher)
        if as_json:
            emit_json(results)
            return
        table = Table("id", "indicators", "terms")
        for r in results:
            table.add_row(
                str(r.id),
                ", ".join(r.indicators) or "–",
                "; ".join(f"{k}: {', '.join(v)}" for k, v in r.hits.items()),
            )
        out.print(table)


@app.command()
@user_errors
def rematch(
    since: Annotated[str, typer.Option(help="Items fetched since: 30d or DATE.")] = "30d",
    indicator: IndicatorOpt = None,
    dry_run: Annotated[bool, typer.Option(help="Only report what would change.")] = False,
) -> None:
    """Re-run the current queries over stored items and log new matches (never twice)."""
    report = matching.rematch(
        ready_store(), since=since_arg(since), indicator_id=indicator, dry_run=dry_run
    )
    verb = "would add" if dry_run else "added"
    out.print(
        f"{report.items} items checked: {verb} {len(report.added)} matches; "
        f"{len(report.gone)} logged matches no longer match"
    )
    for item_id, ind in report.added:
        out.print(f"  + item {item_id} {ind}")
    for item_id, ind in report.gone:
        out.print(f"  - item {item_id} {ind}")
