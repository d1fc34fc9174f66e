"""``watcher ingest``: an analysis (text file, HTML file or URL) into the timeline.

Read (a file, or a URL through the watcher's :class:`~watcher.fetch.Fetcher` with its
limits), take the main text of HTML with trafilatura and its publication date from the
page's metadata (htmldate, metadata only: never a date guessed from the body), extract
events and draft indicators (:func:`indicators.extract.extract`, pure), then store
them in one transaction (:func:`storage.documents.store_document`) — or, dry run, only
report them. Every input problem is found before anything is stored.

Errors (all one line, naming the bad value)::

    IngestError
     ├── InputError        not a file, binary, not text, empty, unsupported content
     ├── FetchError        the URL could not be fetched
     └── MissingDateError  no --published and no date in the page's metadata
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from indicators.extract import DraftIndicator, ExtractedEvent, Extraction, extract
from indicators.text import sha256_text, strip_html
from storage.documents import (
    NewDocument,
    NewDraft,
    NewEvent,
    StoredDocument,
    document_key,
    store_document,
)
from storage.store import Store
from watcher.fetch import FetchSettings

MAX_FILE_BYTES = 20_000_000
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


class IngestError(Exception):
    """Root of the ingest errors: the input cannot be ingested (message names it)."""


class InputError(IngestError):
    """The file or page is not text or HTML with text in it."""


class FetchError(IngestError):
    """The URL could not be fetched."""


class MissingDateError(IngestError):
    """No publication date was given and the page's metadata has none."""


@dataclass(frozen=True)
class Source:
    """An analysis read and reduced to text, with what is known about it."""

    target: str
    text: str
    kind: str  # "text" | "html"
    title: str | None
    url: str | None
    source: str
    published: date | None
    published_from: str  # "--published" | "page metadata" | ""


@dataclass
class IngestResult:
    """A document as it would be (dry run) or was stored, with its events and drafts."""

    source: Source
    published: date
    title: str
    extraction: Extraction
    stored: StoredDocument | None = None

    @property
    def key(self) -> str:
        return document_key(sha256_text(self.source.text))

    def as_dict(self) -> dict[str, Any]:
        """``{"document": {...}, "events": [...], "indicators": [...]}``."""
        document: dict[str, Any] = {
            "key": self.stored.key if self.stored else self.key,
            "title": self.title,
            "url": self.source.url,
            "source": self.source.source,
            "published": self.published.isoformat(),
            "published_from": self.source.published_from,
            "kind": self.source.kind,
            "characters": len(self.source.text),
            "content_sha256": sha256_text(self.source.text),
        }
        if self.stored is not None:
            document["created"] = self.stored.created
        ids = self.stored.indicator_ids if self.stored and self.stored.created else []
        return {
            "document": document,
            "events": [_event_dict(e) for e in self.extraction.events],
            "indicators": [
                _indicator_dict(d, ids[i] if i < len(ids) else None)
                for i, d in enumerate(self.extraction.indicators)
            ],
        }


def _event_dict(e: ExtractedEvent) -> dict[str, Any]:
    i = e.interval
    return {
        "text": e.summary,
        "evidence": e.evidence,
        "surface": e.surface,
        "start": i.start.isoformat(),
        "end": i.end.isoformat(),
        "precision": i.precision,
        "start_time": i.start_time.strftime("%H:%M") if i.start_time else None,
        "end_time": i.end_time.strftime("%H:%M") if i.end_time else None,
    }


def _indicator_dict(d: DraftIndicator, stored_id: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"text": d.text, "evidence": d.evidence, "query": d.query}
    if stored_id is not None:
        out["id"] = stored_id
        out["enabled"] = False
    out["kind"] = d.kind
    out["horizon"] = (
        {"surface": d.horizon_surface, "start": str(d.horizon.start), "end": str(d.horizon.end)}
        if d.horizon is not None
        else None
    )
    return out


# -- reading ------------------------------------------------------------------------


def is_url(target: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", target, re.IGNORECASE))


def decode(data: bytes, name: str, charset: str | None = None) -> str:
    """Bytes → text: UTF-8 (BOM honoured), the declared charset, else cp1252. Binary data
    (NUL bytes, control characters) raises :class:`InputError` naming ``name``."""
    if not data.strip():
        raise InputError(f"{name}: empty, no text to ingest")
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: a binary file, not text or HTML")
    for encoding in (
        "utf-8-sig",
        charset,
        "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else None,
    ):
        if not encoding:
            continue
        try:
            text = data.decode(encoding)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 200) or text.count("\ufffd") > len(text) // 100 + 8:
        raise InputError(f"{name}: a binary file, not text or HTML")
    return text


def looks_like_html(data: bytes, name: str = "", content_type: str | None = None) -> bool:
    """By content type, file extension, or the document's first tag."""
    if content_type:
        mime = content_type.split(";")[0].strip().lower()
        if mime in _HTML_TYPES:
            return True
        if mime in _TEXT_TYPES:
            return False
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_HTML_START.match(data[:2048]))


def clean_text(text: str) -> str:
    """Newlines normalised, trailing spaces and outer blank lines removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def html_main_text(html: str, url: str | None) -> tuple[str, str | None, date | None]:
    """(main text, title, publication date from metadata) of an HTML page."""
    import trafilatura
    from htmldate import find_date

    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    text = getattr(found, "text", None) or ""
    title = getattr(found, "title", None)
    if not text.strip():
        text = strip_html(html)  # a page too small for trafilatura's heuristics
    published = None
    try:
        when = find_date(html, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError):
        when = None
    if when:
        published = date.fromisoformat(when[:10])
    return clean_text(text), title, published


def _charset(content_type: str | None) -> str | None:
    m = re.search(r"charset=([\w.-]+)", content_type or "", re.IGNORECASE)
    return m.group(1) if m else None


def read_file(path_text: str) -> Source:
    path = Path(path_text)
    if not path.exists():
        raise InputError(f"no such file: {path_text}")
    if not path.is_file():
        raise InputError(f"not a file: {path_text}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(f"{path_text}: larger than {MAX_FILE_BYTES} bytes")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path_text}: {exc.strerror or exc}") from None
    return _from_bytes(data, path_text, url=None, source=f"file {path.name}")


async def _fetch(url: str, settings: FetchSettings) -> Any:
    from watcher.schedule import open_fetcher

    async with open_fetcher(settings) as fetcher:
        return await fetcher.fetch(url)


def read_url(url: str, settings: FetchSettings | None = None) -> Source:
    result = asyncio.run(_fetch(url, settings or FetchSettings()))
    if not result.ok:
        raise FetchError(f"cannot fetch {url}: {result.error}")
    mime = (result.content_type or "").split(";")[0].strip().lower()
    if mime and not (mime.startswith("text/") or mime in _HTML_TYPES or "xml" in mime):
        raise InputError(f"{url}: unsupported content type {mime} (need HTML or text)")
    host = urlsplit(result.final_url).hostname or url
    return _from_bytes(
        result.body, url, url=result.final_url, source=host, content_type=result.content_type
    )


def _from_bytes(
    data: bytes, name: str, *, url: str | None, source: str, content_type: str | None = None
) -> Source:
    text = decode(data, name, _charset(content_type))
    if looks_like_html(data, name, content_type):
        body, title, published = html_main_text(text, url)
        kind, origin = "html", "page metadata" if published else ""
    else:
        body, title, published, kind, origin = clean_text(text), None, None, "text", ""
    if not body.strip():
        raise InputError(f"{name}: no text to ingest")
    return Source(name, body, kind, title, url, source, published, origin)


def read_source(target: str, settings: FetchSettings | None = None) -> Source:
    """Read a file or URL into a :class:`Source`; raises :class:`IngestError`."""
    if is_url(target):
        if not target.lower().startswith(("http://", "https://")):
            raise InputError(f"unsupported URL {target!r}: need http:// or https://")
        return read_url(target, settings)
    return read_file(target)


# -- extracting and storing ----------------------------------------------------------


def _title(source: Source, given: str | None) -> str:
    if given and given.strip():
        return given.strip()
    if source.title and source.title.strip():
        return source.title.strip()
    first = source.text.strip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith("."):
        return first
    return Path(source.target).name if not source.url else source.target


def publication_date(source: Source, published: date | None) -> date:
    """``--published`` if given, else the page's metadata date; :class:`MissingDateError`
    naming the input otherwise."""
    when = published or source.published
    if when is None:
        where = " in the page's metadata" if source.kind == "html" else " (plain text has none)"
        raise MissingDateError(
            f"{source.target}: no publication date{where}; pass --published YYYY-MM-DD"
        )
    return when


def prepare(
    source: Source,
    *,
    published: date | None = None,
    title: str | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> IngestResult:
    """Extract the events and draft indicators of a read source (nothing stored)."""
    when = publication_date(source, published)
    if published is not None:
        source = replace(source, published_from="--published")
    return IngestResult(source, when, _title(source, title), extract(source.text, when, aliases))


def store_result(store: Store, result: IngestResult) -> IngestResult:
    """Store a prepared document, its events and its drafts (idempotent by text)."""
    src = result.source
    note = {
        "--published": "publication date given with --published",
        "page metadata": "publication date from the page's metadata",
    }.get(src.published_from, "")
    doc = NewDocument(
        title=result.title,
        text=src.text,
        published=result.published,
        source=src.source,
        url=src.url,
        published_note=note,
    )
    events = [
        NewEvent(
            e.summary,
            e.evidence,
            e.surface,
            e.interval.start,
            e.interval.end,
            e.interval.precision,
            e.interval.start_time,
            e.interval.end_time,
        )
        for e in result.extraction.events
    ]
    drafts = [
        NewDraft(
            slug=d.slug,
            title=d.text,
            evidence=d.evidence,
            query=d.query,
            description=f"Draft ({d.kind}) from document {result.key} ({result.title}). "
            "Review the query, then `watcher indicators enable ID`.",
            valid_until=d.horizon.end if d.horizon else None,
        )
        for d in result.extraction.indicators
    ]
    result.stored = store_document(store, doc, events, drafts)
    return result


def ingest(
    target: str,
    *,
    store: Store | None,
    published: date | None = None,
    title: str | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
    settings: FetchSettings | None = None,
) -> IngestResult:
    """Read, extract and (with a ``store``) store one analysis. Without a store it is a
    dry run. Input problems raise :class:`IngestError` before anything is written."""
    source = read_source(target, settings)
    publication_date(source, published)
    if aliases is None and store is not None:
        aliases = store.aliases()
    result = prepare(source, published=published, title=title, aliases=aliases)
    return store_result(store, result) if store is not None else result
