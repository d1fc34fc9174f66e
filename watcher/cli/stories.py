"""`watcher stories` and `watcher stories show ID`: matched items grouped into stories,
with their independent origins and why each item joined."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from indicators.pack import reliability_label
from storage import stories as story_store
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

stories_app = typer.Typer(help="Matched items grouped into stories, with independent origins.")
app.add_typer(stories_app, name="stories")


def _when(iso: str | None) -> str:
    return iso[:16].replace("T", " ") if iso else "–"


@stories_app.callback(invoke_without_command=True)
@user_errors
def stories(
    ctx: typer.Context,
    since: Annotated[str, typer.Option(help="With an item published since: 7d or DATE.")] = "7d",
    indicator: IndicatorOpt = None,
    limit: Annotated[int, typer.Option(help="At most N stories.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Stories, newest first: one line per story however many feeds carried it."""
    if ctx.invoked_subcommand is not None:
        return
    rows = story_store.stories(
        ready_store(), since=since_arg(since), indicator_id=indicator, limit=limit
    )
    if as_json:
        emit_json(rows)
        return
    table = Table("id", "latest", "story", "items", "origins", "indicators", expand=True)
    for r in rows:
        feeds = ", ".join(dict.fromkeys(f"{m.feed} ({m.reliability})" for m in r.items))
        table.add_row(
            str(r.id),
            _when(r.last_published),
            f"{r.title}\n[dim]{feeds}[/dim]",
            str(len(r.items)),
            str(r.origins),
            ", ".join(r.indicators),
        )
    out.print(table)


@stories_app.command("show")
@user_errors
def show(
    story_id: Annotated[int, typer.Argument(help="Story id (see `watcher stories`).")],
    as_json: JsonOpt = False,
) -> None:
    """One story: each item, why it joined (same link / similarity score) and which
    independent origin it counts as."""
    r = story_store.story(ready_store(), story_id)
    if as_json:
        emit_json([r])
        return
    out.print(f"[bold]Story {r.id}[/bold]: {r.title}", highlight=False)
    out.print(
        f"{len(r.items)} items, {r.origins} independent origin{'' if r.origins == 1 else 's'}, "
        f"{_when(r.first_published)} → {_when(r.last_published)}; "
        f"indicators: {', '.join(r.indicators) or '–'}"
    )
    table = Table("item", "published", "feed (reliability)", "joined", "origin", "title / link")
    for m in r.items:
        joined = m.reason
        if m.reason == "similar text":
            joined += f" {m.score:.2f} (to item {m.joined_via})"
        elif m.reason == "same link":
            joined += f" (item {m.joined_via})"
        table.add_row(
            str(m.item_id),
            _when(m.published),
            f"{m.feed}\n{reliability_label(m.reliability)}",
            joined,
            f"{m.origin}\n[dim]{m.origin_reason}[/dim]",
            f"{m.title}\n[dim]{m.link or ''}[/dim]",
        )
    out.print(table)
