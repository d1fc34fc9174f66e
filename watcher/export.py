"""Exports of the timeline: CSV, Markdown and iCalendar (RFC 5545).

Pure formatting of :class:`storage.queries.TimelineRow` values; the CLI writes
the result to stdout.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import TextIO

from storage import queries

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
