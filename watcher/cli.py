"""The ``watcher`` command line: each command parses its arguments, calls one public
function of the library, and prints (Rich tables for people, JSON lines with ``--json``).

User errors (bad ids, dates, files, queries, URLs) print one line on stderr and exit 2.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from indicators.durations import DurationError, format_duration, parse_duration, parse_since
from indicators.pack import PackError
from indicators.query import QueryError
from storage import queries
from storage.db import StorageError
from storage.store import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    Store,
    check_feed_url,
)
from watcher import check, discover, opml, packs
from watcher import match as matching
from watcher.config import ConfigError, load_settings
from watcher.fetch import FetchSettings
from watcher.poll import UNHEALTHY_AFTER, PollResult
from watcher.schedule import Daemon, open_fetcher, poll_once


class FetchFailed(Exception):
    """A URL the user named could not be fetched or parsed (one line)."""


USER_ERRORS = (
    FetchFailed,
    PackError,
    QueryError,
    DurationError,
    NotFoundError,
    ConflictError,
    InvalidInputError,
    StorageError,
    ConfigError,
)

app = typer.Typer(
    name="watcher",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Event timeline and indicator watch: has it happened yet, and where was it reported?",
)
indicators_app = typer.Typer(help="The indicators to watch: list, check, test, enable, disable.")
feeds_app = typer.Typer(help="The feeds polled for news items.", no_args_is_help=True)
pack_app = typer.Typer(
    help="Packs of documents, events, indicators and feeds.", no_args_is_help=True
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(indicators_app, name="indicators")
app.add_typer(feeds_app, name="feeds")
app.add_typer(pack_app, name="pack")
app.add_typer(db_app, name="db")


class _Printer:
    """A Rich console made at print time, so redirected streams and COLUMNS are honoured."""

    def __init__(self, **options: Any) -> None:
        self.options = options

    def print(self, *objects: Any, **kwargs: Any) -> None:
        Console(highlight=False, **self.options).print(*objects, **kwargs)


out = _Printer()
err = _Printer(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])

JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
IndicatorOpt = Annotated[str | None, typer.Option("--indicator", "-i", help="Indicator id.")]


def user_errors(fn: F) -> F:
    """Turn the library's user-facing errors into one line on stderr and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except USER_ERRORS as exc:
            err.print(f"error: {exc}", markup=False, soft_wrap=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def open_store() -> Store:
    return Store.open(load_settings().database_url)


def ready_store() -> Store:
    """The store, migrated if needed (read commands work on a fresh checkout too)."""
    store = open_store()
    if not store.is_current():
        store.upgrade()
    return store


def emit_json(rows: Iterable[Any]) -> None:
    for row in rows:
        data = row.as_dict() if hasattr(row, "as_dict") else row
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def since_arg(value: str | None) -> datetime | None:
    return parse_since(value, datetime.now(UTC)) if value else None


def _report_line(report: Any) -> str:
    def fmt(d: dict[str, int]) -> str:
        return ", ".join(f"{v} {k}" for k, v in sorted(d.items())) or "nothing"

    return (
        f"pack {report.pack} v{report.version}: created {fmt(report.created)}; "
        f"updated {fmt(report.updated)}; removed {fmt(report.removed)}"
    )


# -- set-up -----------------------------------------------------------------------


@app.command()
@user_errors
def init() -> None:
    """Create or migrate the store and load the bundled seed pack (safe to re-run)."""
    store = open_store()
    report = packs.init_store(store)
    out.print(_report_line(report))
    out.print(f"store: {store.engine.url.render_as_string(hide_password=True)}")


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%Y-%m-%dT%H:%M:%S%z",
    )
    for noisy in ("httpx", "httpcore", "apscheduler.executors.default"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@app.command()
@user_errors
def run(
    tick: Annotated[float, typer.Option(help="Seconds between checks for due feeds.")] = 30.0,
) -> None:
    """Run the watch daemon: poll each feed on its own schedule until SIGTERM/SIGINT."""
    settings = load_settings()
    store = ready_store()
    configure_logging(settings.log_level)
    asyncio.run(Daemon(store, FetchSettings(), tick_seconds=max(tick, 1.0)).run())


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
    store = ready_store()
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
    out.print(_report_line(packs.load_pack(open_store(), file)))


# -- indicators -------------------------------------------------------------------


@indicators_app.callback(invoke_without_command=True)
@user_errors
def indicators(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the indicators with their status, first match and sources."""
    if ctx.invoked_subcommand is not None:
        return
    store = ready_store()
    summaries = queries.indicator_summaries(store)
    rows = []
    for ind in store.indicators():
        summ = summaries.get(ind.id)
        rows.append(
            {
                "id": ind.id,
                "title": ind.title,
                "description": ind.description,
                "query": ind.query,
                "query_version": ind.query_version,
                "enabled": ind.enabled,
                "status": ind.status,
                "documents": ind.document_keys,
                "first_matched_at": summ.first_matched_at if summ else None,
                "matches": summ.matches if summ else 0,
                "sources": summ.sources if summ else 0,
            }
        )
    if as_json:
        emit_json(rows)
        return
    table = Table("id", "title", "on", "status", "matches", "sources", "first match", "docs")
    for r in rows:
        table.add_row(
            r["id"],
            r["title"],
            "yes" if r["enabled"] else "no",
            r["status"],
            str(r["matches"]),
            str(r["sources"]),
            r["first_matched_at"] or "–",
            ",".join(r["documents"]),
        )
    out.print(table)


@indicators_app.command("check")
@user_errors
def indicators_check() -> None:
    """Validate every stored indicator's query; exit 1 if any is invalid."""
    store = ready_store()
    problems = matching.check_queries(store)
    for ind_id, error in problems:
        err.print(f"{ind_id}: column {error.column}: {error.message}", markup=False)
    n = len([i for i in store.indicators() if i.query.strip()])
    if problems:
        raise typer.Exit(1)
    out.print(f"{n} queries OK")


@indicators_app.command("test")
@user_errors
def indicators_test(
    indicator_id: Annotated[str, typer.Argument(help="Indicator id.")],
    text: Annotated[str, typer.Argument(help="Text to test, e.g. a headline.")],
) -> None:
    """Show whether TEXT matches the indicator, and which clauses and terms fired."""
    matcher = matching.build_matcher(ready_store(), indicator_id=indicator_id)
    out.print(str(matcher.explain(indicator_id, text)), markup=False)


@indicators_app.command("enable")
@user_errors
def indicators_enable(indicator_id: str) -> None:
    """Enable an indicator (its query joins the matcher)."""
    ready_store().set_indicator_enabled(indicator_id, True)
    out.print(f"{indicator_id} enabled")


@indicators_app.command("disable")
@user_errors
def indicators_disable(indicator_id: str) -> None:
    """Disable an indicator (kept, with its matches, but no longer matched)."""
    ready_store().set_indicator_enabled(indicator_id, False)
    out.print(f"{indicator_id} disabled")


# -- timeline and matches --------------------------------------------------------


@app.command()
@user_errors
def timeline(
    since: Annotated[str | None, typer.Option(help="From DATE or a duration back (30d).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to DATE.")] = None,
    indicator: IndicatorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The documents' dated events and the logged matches, in time order."""
    rows = queries.timeline(
        ready_store(), since=since_arg(since), until=since_arg(until), indicator_id=indicator
    )
    if as_json:
        emit_json(rows)
        return
    table = Table("when (as stated)", "interval", "kind", "summary", "indicators", "source")
    table.columns[0].no_wrap = table.columns[1].no_wrap = True
    for r in rows:
        interval = r.start if r.start == r.end else f"{r.start} → {r.end}"
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


@app.command()
@user_errors
def matches(
    since: Annotated[str | None, typer.Option(help="Logged since: 24h, 7d or DATE.")] = None,
    indicator: IndicatorOpt = None,
    limit: Annotated[int, typer.Option(help="At most N matches.")] = 50,
    explain: Annotated[bool, typer.Option(help="Show the clause and terms that fired.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """What matched recently: newest first."""
    store = ready_store()
    if limit < 1:
        raise InvalidInputError(f"invalid --limit {limit}: must be at least 1")
    rows = queries.matches(store, since=since_arg(since), indicator_id=indicator, limit=limit)
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
    table = Table("logged", "indicator", "title", "feed", "terms", "url")
    for r in rows:
        table.add_row(
            r.matched_at[:16].replace("T", " "),
            r.indicator_id,
            r.title,
            r.feed,
            ", ".join(r.terms),
            r.url or "",
        )
    out.print(table)


# -- feeds -----------------------------------------------------------------------


@feeds_app.command("list")
@user_errors
def feeds_list(as_json: JsonOpt = False) -> None:
    """The feeds with their schedule and the outcome of their last poll."""
    rows = [
        {
            "id": f.id,
            "name": f.name,
            "url": f.url,
            "interval": format_duration(f.interval_seconds),
            "enabled": f.enabled,
            "healthy": f.error_count < UNHEALTHY_AFTER,
            "language": f.language,
            "last_status": f.last_status,
            "last_error": f.last_error,
            "last_error_kind": f.last_error_kind,
            "error_count": f.error_count,
            "last_duration_ms": f.last_duration_ms,
            "last_bytes": f.last_bytes,
            "last_new_items": f.last_new_items,
            "last_polled_at": f.last_polled_at,
            "last_success_at": f.last_success_at,
            "next_due_at": f.next_due_at,
            "disabled_reason": f.disabled_reason,
            "why": f.why,
        }
        for f in ready_store().feeds()
    ]
    if as_json:
        emit_json(rows)
        return
    table = Table("id", "name", "every", "state", "last poll", "new", "errors", "url")
    for r in rows:
        state = "off" if not r["enabled"] else ("UNHEALTHY" if not r["healthy"] else "ok")
        if r["last_polled_at"] is None:
            last = "never"
        else:
            last = r["last_error"] or ("304" if r["last_status"] == 304 else str(r["last_status"]))
        table.add_row(
            str(r["id"]),
            r["name"],
            r["interval"],
            state,
            last,
            str(r["last_new_items"] or 0),
            str(r["error_count"]),
            r["url"],
        )
    out.print(table)


@feeds_app.command("add")
@user_errors
def feeds_add(
    url: str,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    interval: Annotated[str, typer.Option(help="Poll interval, at least 1m.")] = "15m",
) -> None:
    """Add a feed to poll."""
    seconds = int(parse_duration(interval).total_seconds())
    feed = ready_store().add_feed(url, name=name, interval_seconds=seconds)
    out.print(f"added feed {feed.id}: {feed.name} every {format_duration(seconds)}")


@feeds_app.command("remove")
@user_errors
def feeds_remove(
    feed_id: int,
    purge: Annotated[bool, typer.Option(help="Also delete its items and matches.")] = False,
) -> None:
    """Remove a feed (one with matches needs --purge, so no evidence is lost by accident)."""
    n = ready_store().remove_feed(feed_id, purge=purge)
    out.print(f"removed feed {feed_id}" + (f" and {n} matches" if n else ""))


@feeds_app.command("enable")
@user_errors
def feeds_enable(feed_id: int) -> None:
    """Resume polling a feed."""
    ready_store().set_feed_enabled(feed_id, True)
    out.print(f"feed {feed_id} enabled")


@feeds_app.command("disable")
@user_errors
def feeds_disable(feed_id: int) -> None:
    """Stop polling a feed; its items and matches are kept."""
    ready_store().set_feed_enabled(feed_id, False, reason="disabled by user")
    out.print(f"feed {feed_id} disabled")


@feeds_app.command("import")
@user_errors
def feeds_import(
    file: Annotated[Path, typer.Argument(help="OPML file.")],
    interval: Annotated[str, typer.Option(help="Poll interval for the new feeds.")] = "15m",
) -> None:
    """Add the feeds of an OPML file (idempotent: already stored ones are skipped)."""
    seconds = int(parse_duration(interval).total_seconds())
    if not file.is_file():
        raise InvalidInputError(f"no such file: {file}")
    report = opml.import_opml(ready_store(), file.read_bytes(), str(file), interval_seconds=seconds)
    out.print(report.line(), markup=False)
    for skipped in report.skipped:
        out.print(f"  skipped {skipped.line()}", markup=False)


@feeds_app.command("export")
@user_errors
def feeds_export(
    fmt: Annotated[str, typer.Option("--format", help="opml or json.")] = "opml",
) -> None:
    """Print every feed as OPML 2.0 (or JSON), for other feed tools."""
    if fmt not in ("opml", "json"):
        raise InvalidInputError(f"invalid --format {fmt!r}: use opml or json")
    sys.stdout.write(opml.export_feeds(ready_store(), fmt))


@feeds_app.command("discover")
@user_errors
def feeds_discover(
    url: str,
    add: Annotated[bool, typer.Option(help="Add the advertised feeds.")] = False,
) -> None:
    """Find the feeds a web page advertises (<link rel=alternate>); --add stores them."""
    check_feed_url(url)
    store = ready_store()

    async def go() -> discover.DiscoveryResult:
        async with open_fetcher(FetchSettings()) as fetcher:
            return await discover.discover(fetcher, url)

    result = asyncio.run(go())
    if result.error:
        raise FetchFailed(f"{url}: {result.error}")
    table = Table("url", "title", "format", "how found")
    for f in result.feeds:
        table.add_row(
            f.url, f.title, f.format or "?", "advertised" if f.advertised else "guess from a link"
        )
    out.print(table)
    if add:
        out.print(discover.add_discovered(store, result).line(), markup=False)
    elif result.feeds:
        out.print(f"add them with: watcher feeds discover {url} --add", markup=False)


@feeds_app.command("check")
@user_errors
def feeds_check(url: str, as_json: JsonOpt = False) -> None:
    """Fetch and parse one URL: what would be stored and matched. Stores nothing."""
    check_feed_url(url)
    store = ready_store()

    async def go() -> check.FeedCheck:
        async with open_fetcher(FetchSettings()) as fetcher:
            return await check.check_feed(store, fetcher, url)

    result = asyncio.run(go())
    if result.error:
        raise FetchFailed(f"{url}: {result.error}")
    if as_json:
        emit_json(
            {
                "title": i.title,
                "link": i.link,
                "published": i.published,
                "stable_id": i.stable_id,
                "indicators": {h.indicator_id: list(h.terms) for h in i.matches},
            }
            for i in result.items
        )
        return
    out.print(
        f"{result.title} ({result.format}): {len(result.items)} items, "
        f"{len(result.matched_items)} would match",
        markup=False,
    )
    table = Table("published", "title", "would match")
    for i in result.items:
        table.add_row(
            i.published.isoformat()[:16] if i.published else "–",
            i.title,
            ", ".join(h.indicator_id for h in i.matches),
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
