"""`watcher ingest`: an analysis (file, HTML or URL) into dated events and draft indicators."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from storage.store import aliases_if_present
from watcher.cli._app import JsonOpt, app, err, out, ready_store, user_errors
from watcher.config import load_settings

if TYPE_CHECKING:
    from watcher import ingest as ingesting

# watcher.ingest (extraction rules, dateparser) is imported by the command that uses it:
# every command's module is loaded by every command, `watcher run` included.


def _published(value: str | None) -> date | None:
    from watcher import ingest as ingesting

    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise ingesting.InputError(f"invalid --published {value!r}: use YYYY-MM-DD") from None


def _existing_aliases() -> Mapping[str, Sequence[str]]:
    """The aliases of the configured store if it exists; a dry run never creates one."""
    return aliases_if_present(load_settings().database_url)


@app.command()
@user_errors
def ingest(
    target: Annotated[str, typer.Argument(metavar="PATH|URL", help="Text or HTML file, or URL.")],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD.")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Document title.")] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Extract and print; store nothing.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Extract an analysis's dated events and indicators to watch into the timeline.

    Indicators are stored as disabled drafts: review each query, then
    `watcher indicators enable ID`. Ingesting the same text again changes nothing.
    """
    from watcher import ingest as ingesting

    try:
        when = _published(published)
        source = ingesting.read_source(target)
        ingesting.publication_date(source, when)
        store = None if dry_run else ready_store()
        aliases = _existing_aliases() if store is None else store.aliases()
        result = ingesting.prepare(source, published=when, title=title, aliases=aliases)
        if store is not None:
            ingesting.store_result(store, result)
    except ingesting.IngestError as exc:
        err.print(f"error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if as_json:
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
        return
    _print(result, dry_run)


def _print(result: ingesting.IngestResult, dry_run: bool) -> None:
    data = result.as_dict()
    doc = data["document"]
    stored = result.stored
    verb = (
        "would ingest"
        if dry_run
        else ("ingested" if stored and stored.created else "already stored")
    )
    out.print(
        f"{verb} {doc['key']} “{doc['title']}” (published {doc['published']}"
        f"{', from ' + doc['published_from'] if doc['published_from'] else ''})",
        markup=False,
    )
    if stored is not None and not stored.created:
        out.print(
            f"  same text as document {stored.key}: nothing changed "
            f"({stored.events} events, {len(stored.indicator_ids)} indicators stored)",
            markup=False,
        )
        return
    events = Table("when (as stated)", "interval", "precision", "summary")
    for e in data["events"]:
        interval = e["start"] if e["start"] == e["end"] else f"{e['start']} → {e['end']}"
        events.add_row(e["surface"], interval, e["precision"], e["text"])
    out.print(events)
    inds = Table("id" if not dry_run else "#", "indicator", "draft query")
    for n, d in enumerate(data["indicators"], 1):
        inds.add_row(d.get("id") or str(n), d["text"], d["query"])
    out.print(inds)
    if dry_run:
        out.print("dry run: nothing stored", markup=False)
    elif data["indicators"]:
        out.print(
            "draft indicators are disabled: review each query, then `watcher indicators enable ID`",
            markup=False,
        )
