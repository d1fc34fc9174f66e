"""`watcher indicators`: list, check, test, enable, disable."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from storage import queries
from watcher import match as matching
from watcher.cli._app import (
    JsonOpt,
    emit_json,
    err,
    indicators_app,
    out,
    ready_store,
    user_errors,
)

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
