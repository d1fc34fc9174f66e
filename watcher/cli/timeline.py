"""The analyst's questions: timeline (and its exports), matches, classify, rematch."""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, TextIO

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


def _timeline_table(rows: list[queries.TimelineRow]) -> None:
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


# -- exports ------------------------------------------------------------------------

CSV_FIELDS = (
    "kind", "start", "end", "precision", "stated", "summary", "indicator_ids", "document",
    "document_title", "evidence", "url", "source",
)  # fmt: skip


def timeline_csv(rows: Iterable[queries.TimelineRow], stream: TextIO) -> None:
    """One CSV row per timeline row; indicator ids joined with ``;``."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for r in rows:
        data = r.as_dict()
        data["indicator_ids"] = ";".join(r.indicator_ids)
        writer.writerow(["" if data[k] is None else data[k] for k in CSV_FIELDS])


def _md_cell(value: str | None) -> str:
    return " ".join((value or "").split()).replace("|", "\\|")


def timeline_markdown(rows: Iterable[queries.TimelineRow]) -> str:
    """A Markdown table: when as stated, interval, precision, kind, summary, indicators,
    source."""
    lines = [
        "| when (as stated) | interval | precision | kind | summary | indicators | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        interval = r.start if r.start == r.end else f"{r.start} – {r.end}"
        source = f"doc {r.document}" if r.document else (r.source or "")
        link = f"[{_md_cell(source)}]({r.url})" if r.url else _md_cell(source)
        cells = [r.stated, interval, r.precision, r.kind, r.summary, ", ".join(r.indicator_ids)]
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + f" | {link} |")
    return "\n".join(lines) + "\n"


def _ics_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a character."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def _ics_when(value: str, *, end: bool) -> str:
    """DTSTART/DTEND for an ISO date (all-day; DTEND exclusive) or a UTC instant."""
    if "T" in value:
        instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return f":{instant.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    day = date.fromisoformat(value) + (timedelta(days=1) if end else timedelta())
    return f";VALUE=DATE:{day:%Y%m%d}"


def timeline_ics(rows: Iterable[queries.TimelineRow], now: datetime) -> str:
    """An iCalendar (RFC 5545) calendar with one VEVENT per timeline row."""
    stamp = f"{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//cbrn-watcher//timeline//EN",
        "CALSCALE:GREGORIAN",
    ]
    for r in rows:
        uid_basis = "|".join(
            [r.kind, r.document or r.url or "", r.evidence or r.summary, r.start, r.end]
        )
        uid = hashlib.sha256(uid_basis.encode("utf-8")).hexdigest()[:32]
        description = [f"As stated: {r.stated} (precision {r.precision})"]
        if r.evidence:
            description.append(f"Evidence: {r.evidence}")
        if r.indicator_ids:
            description.append(f"Indicators: {', '.join(r.indicator_ids)}")
        if r.document:
            description.append(f"Document {r.document}: {r.document_title or ''}")
        elif r.source:
            description.append(f"Source: {r.source}")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@cbrn-watcher",
            f"DTSTAMP:{stamp}",
            f"DTSTART{_ics_when(r.start, end=False)}",
        ]
        if r.end != r.start or "T" not in r.start:
            lines.append(f"DTEND{_ics_when(r.end, end=True)}")
        lines += [
            f"SUMMARY:{_ics_text(r.summary)}",
            f"DESCRIPTION:{_ics_text(chr(10).join(description))}",
            f"CATEGORIES:{r.kind}",
        ]
        if r.url:
            lines.append(f"URL:{_ics_text(r.url)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_ics_fold(line) + "\r\n" for line in lines)


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
