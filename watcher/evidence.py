"""Evidence export and verification: a match's pieces written as files with a manifest
of hashes and provenance, so a finding can be cited and checked later even if its
source is gone (format in docs/evidence.md).

Layout of an export directory::

    manifest.json
    match-12/item.xml        the raw feed entry (item.json for a JSON Feed)
    match-12/article.html    the linked page as fetched (when articles are kept)
    match-12/article.txt     its main text

Each file's ``sha256`` in the manifest is the hash recorded when the piece was
fetched, not one computed at export: :func:`verify` recomputes every file's hash, so
a change to the files *or* to the stored evidence before export shows as a mismatch.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from indicators.pack import reliability_label
from storage import evidence as evidence_store
from storage import queries
from storage.evidence import ARTICLE_HTML, ARTICLE_TEXT, ITEM, EvidencePiece
from storage.store import InvalidInputError, NotFoundError, Store

TOOL = "cbrn-watcher"
MANIFEST = "manifest.json"
FORMAT = 1


def _iso(ts: datetime | None) -> str | None:
    return ts.astimezone(UTC).isoformat().replace("+00:00", "Z") if ts else None


def tool_version() -> str:
    try:
        return metadata.version(TOOL)
    except metadata.PackageNotFoundError:
        return "unknown"


def file_name(piece: EvidencePiece) -> str:
    if piece.kind == ITEM:
        return "item.json" if piece.media_type == "application/json" else "item.xml"
    if piece.kind == ARTICLE_HTML:
        return "article.html"
    if piece.kind == ARTICLE_TEXT:
        return "article.txt"
    return f"{piece.kind}.bin"


@dataclass
class ExportReport:
    directory: Path
    matches: int = 0
    files: int = 0
    unavailable: int = 0
    manifest_sha256: str = ""

    def line(self) -> str:
        return (
            f"exported {self.matches} matches, {self.files} files to {self.directory} "
            f"({self.unavailable} pieces unavailable); manifest sha256 {self.manifest_sha256}"
        )


def _prepare(directory: Path) -> None:
    """An empty (or new) writable directory, or InvalidInputError naming it."""
    if directory.exists() and not directory.is_dir():
        raise InvalidInputError(f"{directory}: not a directory")
    if directory.is_dir() and any(directory.iterdir()):
        raise InvalidInputError(f"{directory}: not empty; export into a new or empty directory")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InvalidInputError(
            f"{directory}: cannot write there ({exc.strerror or exc})"
        ) from None


def _match_entry(
    store: Store, row: queries.MatchRow, found: list[EvidencePiece], directory: Path
) -> tuple[dict[str, Any], int, int]:
    indicator = store.indicator(row.indicator_id)
    try:
        query, aliases = store.query_at(row.indicator_id, row.query_version)
    except NotFoundError:
        query, aliases = "", {}
    feed = store.feed(row.feed_id)
    files: list[dict[str, Any]] = []
    unavailable: list[dict[str, Any]] = []
    folder = f"match-{row.id}"
    for piece in found:
        provenance = {
            "kind": piece.kind,
            "source_url": piece.source_url,
            "fetched_at": _iso(piece.fetched_at),
            "http_status": piece.http_status,
            "headers": piece.headers,
            "media_type": piece.media_type,
        }
        if not piece.content and piece.error:
            unavailable.append({**provenance, "error": piece.error})
            continue
        data = evidence_store.content_bytes(piece.content)
        path = f"{folder}/{file_name(piece)}"
        target = directory / path
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        files.append(
            {
                "path": path,
                **provenance,
                "sha256": piece.sha256,
                "bytes": len(data),
                "note": piece.error,
            }
        )
    if not found:
        unavailable.append(
            {"kind": ITEM, "error": "no evidence stored for this item (matched before it was kept)"}
        )
    entry = {
        "id": row.id,
        "matched_at": row.matched_at,
        "indicator": {"id": indicator.id, "title": indicator.title},
        "query": {"version": row.query_version, "text": query, "aliases": aliases},
        "terms": row.terms,
        "hits": row.hits,
        "snippet": row.snippet,
        "score": row.score,
        "backfill": row.backfill,
        "dismissed": row.dismissed,
        "dismissed_reason": row.dismissed_reason,
        "item": {
            "id": row.item_id,
            "title": row.title,
            "link": row.url,
            "published": row.published,
        },
        "feed": {
            "id": feed.id,
            "name": feed.name,
            "url": feed.url,
            "reliability": feed.reliability,
            "reliability_label": reliability_label(feed.reliability),
        },
        "files": files,
        "unavailable": unavailable,
    }
    return entry, len(files), len(unavailable)


def export(
    store: Store,
    directory: Path | str,
    *,
    match_id: int | None = None,
    indicator_id: str | None = None,
    now: datetime | None = None,
) -> ExportReport:
    """Write the evidence of one match, or of every match of an indicator (dismissed
    ones too, marked), into ``directory`` (new or empty) with ``manifest.json``."""
    if (match_id is None) == (indicator_id is None):
        raise InvalidInputError("give a match id or --indicator ID (one of them)")
    if match_id is not None:
        rows = [queries.match(store, match_id)]
    else:
        assert indicator_id is not None
        ids = evidence_store.match_ids(store, indicator_id)
        if not ids:
            raise NotFoundError(f"indicator {indicator_id!r} has no matches to export")
        rows = [queries.match(store, i) for i in ids]
    target = Path(directory)
    _prepare(target)
    report = ExportReport(target)
    found = evidence_store.pieces(store, sorted({r.item_id for r in rows}))
    entries = []
    for row in rows:
        entry, n_files, n_missing = _match_entry(store, row, found[row.item_id], target)
        entries.append(entry)
        report.matches += 1
        report.files += n_files
        report.unavailable += n_missing
    manifest = {
        "format": FORMAT,
        "tool": {"name": TOOL, "version": tool_version()},
        "exported_at": _iso(now or datetime.now(UTC)),
        "hash": "sha256 of each file's exact bytes (UTF-8 text as stored)",
        "matches": entries,
    }
    data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    (target / MANIFEST).write_bytes(data)
    report.manifest_sha256 = hashlib.sha256(data).hexdigest()
    return report


@dataclass
class VerifyReport:
    directory: Path
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            return [f"OK: {self.checked} files match their manifest hashes ({self.directory})"]
        return [*self.problems, f"FAILED: {len(self.problems)} of {self.checked} files differ"]


def verify(directory: Path | str) -> VerifyReport:
    """Recompute the hash of every file the manifest lists; report each one that is
    missing or differs. A missing or unreadable manifest is an InvalidInputError."""
    root = Path(directory)
    path = root / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        entries = [f for m in manifest["matches"] for f in m["files"]]
    except FileNotFoundError:
        raise InvalidInputError(f"{root}: no {MANIFEST} (not an evidence export)") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInputError(f"{path}: unreadable manifest ({exc})") from None
    report = VerifyReport(root)
    base = root.resolve()
    for f in entries:
        report.checked += 1
        rel = str(f.get("path", ""))
        file = (root / rel).resolve()
        if not file.is_relative_to(base) or os.path.isabs(rel):
            report.problems.append(f"{rel}: path outside the export directory")
            continue
        try:
            data = file.read_bytes()
        except OSError:
            report.problems.append(f"{rel}: missing")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != f.get("sha256"):
            report.problems.append(
                f"{rel}: sha256 differs (manifest {f.get('sha256')}, file {digest})"
            )
        elif len(data) != f.get("bytes"):
            report.problems.append(f"{rel}: size differs")
    return report


__all__ = ["ExportReport", "VerifyReport", "export", "file_name", "tool_version", "verify"]
