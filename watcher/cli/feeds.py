"""`watcher feeds`: list, add, remove, enable, disable, import, export, discover, check."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from indicators.durations import format_duration, parse_duration
from indicators.pack import reliability_label
from storage.store import (
    InvalidInputError,
    check_feed_url,
)
from watcher import check, discover, opml
from watcher.cli._app import (
    FetchFailed,
    JsonOpt,
    emit_json,
    feeds_app,
    out,
    ready_store,
    user_errors,
)
from watcher.fetch import FetchSettings
from watcher.poll import UNHEALTHY_AFTER
from watcher.schedule import open_fetcher

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
            "reliability": f.reliability,
            "fetch_articles": f.fetch_articles,
        }
        for f in ready_store().feeds()
    ]
    if as_json:
        emit_json(rows)
        return
    table = Table("id", "name", "every", "state", "last poll", "new", "errors", "rel.", "url")
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
            f"{r['reliability']}{' +art' if r['fetch_articles'] else ''}",
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


@feeds_app.command("set")
@user_errors
def feeds_set(
    feed_id: int,
    reliability: Annotated[
        str | None,
        typer.Option(help="Source reliability, Admiralty scale A-F (F: cannot be judged)."),
    ] = None,
    fetch_articles: Annotated[
        bool | None,
        typer.Option(
            "--fetch-articles/--no-fetch-articles",
            help="Keep the linked article of every matched item.",
        ),
    ] = None,
) -> None:
    """Set a feed's source reliability and whether its matched items' articles are kept."""
    if reliability is None and fetch_articles is None:
        raise InvalidInputError("nothing to set: give --reliability and/or --fetch-articles")
    feed = ready_store().set_feed(feed_id, reliability=reliability, fetch_articles=fetch_articles)
    out.print(
        f"feed {feed_id}: reliability {reliability_label(feed.reliability)}, "
        f"articles {'kept' if feed.fetch_articles else 'not fetched'}",
        markup=False,
    )


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
