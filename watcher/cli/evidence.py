"""`watcher evidence`: export a match's evidence with a manifest, verify an export,
fetch due articles once."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from storage.store import InvalidInputError
from watcher import articles
from watcher import evidence as evidence_lib
from watcher.cli._app import app, out, ready_store, user_errors
from watcher.fetch import FetchSettings
from watcher.schedule import open_fetcher

evidence_app = typer.Typer(
    help="Evidence kept for matches: export it with hashes, verify an export.",
    no_args_is_help=True,
)
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("export")
@user_errors
def evidence_export(
    target: Annotated[list[str], typer.Argument(help="MATCH_ID DIR, or DIR with --indicator.")],
    indicator: Annotated[
        str | None, typer.Option("--indicator", "-i", help="Every match of this indicator.")
    ] = None,
) -> None:
    """Write a match's evidence (raw entry, article) as files plus manifest.json with
    hashes and provenance, into a new or empty DIR."""
    if indicator is not None:
        if len(target) != 1:
            raise InvalidInputError("usage: watcher evidence export --indicator ID DIR")
        report = evidence_lib.export(ready_store(), Path(target[0]), indicator_id=indicator)
    else:
        if len(target) != 2:
            raise InvalidInputError("usage: watcher evidence export MATCH_ID DIR")
        try:
            match_id = int(target[0])
        except ValueError:
            raise InvalidInputError(f"invalid match id {target[0]!r}: a number") from None
        report = evidence_lib.export(ready_store(), Path(target[1]), match_id=match_id)
    out.print(report.line(), markup=False, soft_wrap=True)


@evidence_app.command("verify")
@user_errors
def evidence_verify(directory: Path) -> None:
    """Recompute every exported file's SHA-256 against the manifest; exit 1 if any differs."""
    report = evidence_lib.verify(directory)
    for line in report.lines():
        out.print(line, markup=False, soft_wrap=True)
    if not report.ok:
        raise typer.Exit(1)


@evidence_app.command("fetch")
@user_errors
def evidence_fetch(
    limit: Annotated[int, typer.Option(help="Articles to fetch at most.")] = articles.DEFAULT_LIMIT,
) -> None:
    """One pass of article capture: fetch the linked pages of matched items that are due."""
    if limit < 1:
        raise InvalidInputError(f"invalid --limit {limit}: must be at least 1")
    store = ready_store()

    async def go() -> articles.CaptureSummary:
        async with open_fetcher(FetchSettings()) as fetcher:
            return await articles.capture_due(store, fetcher, limit=limit)

    summary = asyncio.run(go())
    out.print(summary.line(), markup=False)
    for error in summary.errors:
        out.print(f"  {error}", markup=False)
