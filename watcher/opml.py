"""OPML: read the subscription lists other feed tools export, import them
idempotently, and export the stored feeds as OPML 2.0 or JSON.

Reading is defensive. OPML never needs a DTD, so a DOCTYPE with an internal subset
(where entities are declared: billion laughs, quadratic blowup, external entities
that would read local files) is refused before any XML parser sees the text; a
bare ``<!DOCTYPE opml ...>`` is dropped, and nothing it names is ever fetched.
With no declared entities left, expat has nothing to expand or to read.

Real-world quirks are tolerated: a byte-order mark, whitespace before the XML
declaration, a wrong or missing declared encoding (falls back to Windows-1252),
OPML 1.0, 1.1 and 2.0, a missing ``<head>`` or ``<body>``, attribute names in any
case (``xmlUrl``, ``xmlurl``, ``XMLURL``), HTML named entities (``&nbsp;``,
``&eacute;``), bare ``&`` in URLs and stray control characters.

Errors: :class:`OpmlError` (an :class:`~storage.store.InvalidInputError`, so the
CLI shows it as a one-line user error) when the document cannot be read at all;
its message names the source and the problem. Problems with single outlines on
import (invalid URL, already stored, duplicate in the file, not a feed) are
values in the :class:`ImportReport`, each with its URL.
"""

from __future__ import annotations

import codecs
import html.entities
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Literal

from indicators.durations import format_duration
from storage.store import ConflictError, InvalidInputError, Store, check_feed_url

MAX_OPML_CHARS = 20_000_000
MAX_OUTLINES = 100_000
MAX_CATEGORY_DEPTH = 16
MAX_URL = 2048  # the feeds table's limit
MAX_NAME = 300
FEED_TYPES = frozenset({"", "rss", "atom", "rdf", "feed", "jsonfeed"})

ALREADY_STORED = "already stored"
INVALID_URL = "invalid URL"
DUPLICATE_IN_FILE = "duplicate in file"
NOT_A_FEED = "not a feed"

ExportFormat = Literal["opml", "json"]


class OpmlError(InvalidInputError):
    """The OPML document cannot be read at all; one line naming the source and why."""


@dataclass(frozen=True)
class OpmlFeed:
    """One feed outline. ``category`` is the path of the folder outlines around it
    (outermost first), or the first path of its ``category`` attribute."""

    url: str
    title: str
    html_url: str | None = None
    category: tuple[str, ...] = ()
    language: str | None = None
    description: str = ""


@dataclass(frozen=True)
class AddedFeed:
    id: int
    url: str
    name: str


@dataclass(frozen=True)
class SkippedFeed:
    """An outline that was not added: ``reason`` is one of :data:`ALREADY_STORED`,
    :data:`INVALID_URL`, :data:`DUPLICATE_IN_FILE`, :data:`NOT_A_FEED`; ``detail``
    is one line saying more (e.g. which stored feed it already is)."""

    url: str
    reason: str
    detail: str = ""
    title: str = ""

    def line(self) -> str:
        return f"{self.reason}: {self.url}" + (f" ({self.detail})" if self.detail else "")


@dataclass
class ImportReport:
    source: str
    added: list[AddedFeed] = field(default_factory=list)
    skipped: list[SkippedFeed] = field(default_factory=list)

    def skipped_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.skipped:
            counts[s.reason] = counts.get(s.reason, 0) + 1
        return counts

    def line(self) -> str:
        """``"subs.opml: added 3 feeds, skipped 2 (1 already stored, 1 invalid URL)"``."""
        text = f"{self.source}: added {len(self.added)} feeds, skipped {len(self.skipped)}"
        reasons = ", ".join(f"{n} {reason}" for reason, n in self.skipped_by_reason().items())
        return text + (f" ({reasons})" if reasons else "")


# --- reading ----------------------------------------------------------------------


def parse_opml(text: str | bytes, source: str) -> list[OpmlFeed]:
    """The feed outlines of an OPML document, in document order (duplicates kept).

    An outline is a feed when it has an ``xmlUrl`` (any case) and its ``type`` is
    missing or a feed type (``rss``, ``atom``, …). ``source`` (a file name) is only
    used in error messages. Raises :class:`OpmlError` for a document that is not
    OPML, not well-formed XML (after the repairs listed in the module docstring),
    too large, or declares a DTD internal subset.
    """
    feeds, _ = read_opml(text, source)
    return feeds


def read_opml(text: str | bytes, source: str) -> tuple[list[OpmlFeed], list[SkippedFeed]]:
    """Like :func:`parse_opml`, also returning the outlines with a URL that are not
    feeds (``type="link"``, ``"include"``…) as :data:`NOT_A_FEED` skips."""
    root = _parse_xml(_repair(_as_text(text, source), source), source)
    if _local(root.tag) != "opml":
        raise OpmlError(f"{source}: not an OPML document (root element <{_local(root.tag)}>)")
    body = next((c for c in root if _local(c.tag) == "body"), root)
    feeds: list[OpmlFeed] = []
    ignored: list[SkippedFeed] = []
    stack: list[tuple[ET.Element, tuple[str, ...]]] = [(c, ()) for c in reversed(body)]
    count = 0
    while stack:
        el, path = stack.pop()
        if _local(el.tag) != "outline":
            continue
        count += 1
        if count > MAX_OUTLINES:
            raise OpmlError(f"{source}: more than {MAX_OUTLINES} outlines")
        attrs = {_local(k): v for k, v in el.attrib.items()}
        kind = attrs.get("type", "").strip().lower()
        title = _clean(attrs.get("title") or attrs.get("text") or "")
        xml_url = (attrs.get("xmlurl") or "").strip()
        other_url = (attrs.get("url") or "").strip()  # type="link"/"include", or a quirk
        url = xml_url or (other_url if kind in FEED_TYPES - {""} else "")
        children_path = path
        if url and kind in FEED_TYPES:
            feeds.append(
                OpmlFeed(
                    url=url,
                    title=title,
                    html_url=(attrs.get("htmlurl") or "").strip() or None,
                    category=path or _category_attribute(attrs.get("category", "")),
                    language=(attrs.get("language") or "").strip() or None,
                    description=_clean(attrs.get("description") or ""),
                )
            )
        elif xml_url or other_url:
            why = f"outline type {kind!r}" if kind else "no xmlUrl"
            ignored.append(SkippedFeed(xml_url or other_url, NOT_A_FEED, why, title))
        elif title and len(path) < MAX_CATEGORY_DEPTH:
            children_path = (*path, title)
        stack.extend((c, children_path) for c in reversed(el))
    return feeds, ignored


def _as_text(data: str | bytes, source: str) -> str:
    text = data if isinstance(data, str) else _decode(data)
    if len(text) > MAX_OPML_CHARS:
        raise OpmlError(f"{source}: larger than {MAX_OPML_CHARS} characters")
    return text


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")


def _decode(data: bytes) -> str:
    """Bytes to text: a BOM wins, then the declared encoding, then UTF-8; bytes that
    do not decode as declared are read as Windows-1252 (the usual real culprit)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    m = _DECLARED_ENCODING.match(data[:512])
    encoding = m.group(1).decode("ascii") if m else "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_XML_DECL = re.compile(r"\A<\?xml[^>]*\?>")
_DOCTYPE_START = re.compile(r"<!DOCTYPE", re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY", re.I)
_DOCTYPE = re.compile(r"""<!DOCTYPE\b(?:"[^"]*"|'[^']*'|[^"'\[>])*(\[|>)""", re.I)
_BARE_AMP = re.compile(r"&(?!#[0-9]+;|#x[0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]*;)")
_NAMED_REF = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_NAMED = frozenset({"amp", "lt", "gt", "quot", "apos"})
_INVALID_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _repair(text: str, source: str) -> str:
    """The document made safe and regular for expat (see the module docstring)."""
    text = text.lstrip("\ufeff \t\r\n")
    # Text is already decoded: a declared encoding would only contradict it.
    text = _XML_DECL.sub("", text, count=1)
    if _DOCTYPE_START.search(text):
        m = _DOCTYPE.search(text)
        if m is None or m.group(1) == "[":
            raise OpmlError(
                f"{source}: DOCTYPE with an internal subset (entity declarations) is not allowed"
            )
        text = text[: m.start()] + text[m.end() :]
        if _DOCTYPE_START.search(text):
            raise OpmlError(f"{source}: more than one DOCTYPE")
    if _ENTITY_DECL.search(text):
        raise OpmlError(f"{source}: entity declarations are not allowed")
    text = _INVALID_CHARS.sub("", text)
    text = _BARE_AMP.sub("&amp;", text)
    return _NAMED_REF.sub(_html_entity, text)


def _html_entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name in _XML_NAMED:
        return m.group(0)
    value = html.entities.html5.get(name + ";")
    if value is None:
        return "&amp;" + name + ";"  # unknown: kept as the literal text
    return "".join(f"&#{ord(c)};" for c in value)


def _parse_xml(text: str, source: str) -> ET.Element:
    try:
        return ET.fromstring(text)
    except ET.ParseError as e:
        raise OpmlError(f"{source}: not well-formed XML: {e}") from e


def _local(name: str) -> str:
    """Tag or attribute name without its namespace, lower-cased."""
    return name.rsplit("}", 1)[-1].lower()


def _clean(text: str) -> str:
    return " ".join(text.split())[:MAX_NAME]


def _category_attribute(value: str) -> tuple[str, ...]:
    """The first comma-separated ``/a/b`` path of an OPML 2.0 ``category`` attribute."""
    first = value.split(",", 1)[0]
    return tuple(p for p in (_clean(s) for s in first.split("/")) if p)[:MAX_CATEGORY_DEPTH]


# --- importing --------------------------------------------------------------------


def import_opml(
    store: Store, text: str | bytes, source: str, *, interval_seconds: int = 900
) -> ImportReport:
    """Add the OPML document's feeds that are not stored yet, each polled every
    ``interval_seconds``. Idempotent: importing the same file twice adds nothing the
    second time. Every outline not added is in ``skipped`` with its URL and reason.
    Raises :class:`OpmlError` for an unreadable document (nothing is added then) and
    :class:`InvalidInputError` for an interval under a minute."""
    _check_interval(interval_seconds)
    feeds, ignored = read_opml(text, source)
    report = add_feeds(store, feeds, interval_seconds=interval_seconds, source=source)
    report.skipped.extend(ignored)
    return report


def add_feeds(
    store: Store,
    feeds: Iterable[OpmlFeed],
    *,
    interval_seconds: int = 900,
    source: str = "",
) -> ImportReport:
    """Add each feed whose URL is valid and not stored yet (the first of repeated
    URLs); report the others as skipped. Names come from titles (else the store
    names the feed after its host); ``why`` is the outline's description, else its
    category path. Shared by OPML import and feed discovery."""
    _check_interval(interval_seconds)
    report = ImportReport(source)
    stored = {f.url: f.id for f in store.feeds()}
    seen: set[str] = set()
    for feed in feeds:
        url = feed.url
        if url in seen:
            report.skipped.append(SkippedFeed(url, DUPLICATE_IN_FILE, "", feed.title))
            continue
        seen.add(url)
        if url in stored:
            detail = f"feed {stored[url]}"
            report.skipped.append(SkippedFeed(url, ALREADY_STORED, detail, feed.title))
            continue
        problem = url_problem(url)
        if problem:
            report.skipped.append(SkippedFeed(url, INVALID_URL, problem, feed.title))
            continue
        try:
            row = store.add_feed(
                url,
                name=feed.title or None,
                interval_seconds=interval_seconds,
                language=_language(feed.language),
                why=feed.description or _category_note(feed.category),
            )
        except ConflictError:  # added by someone else since we listed the feeds
            report.skipped.append(SkippedFeed(url, ALREADY_STORED, "", feed.title))
            continue
        report.added.append(AddedFeed(row.id or 0, row.url, row.name))
    return report


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be stored as a feed URL (one line naming it), or None."""
    if len(url) > MAX_URL:
        return f"longer than {MAX_URL} characters"
    if any(c.isspace() or ord(c) < 32 for c in url):
        return f"invalid feed URL {url[:200]!r}: contains whitespace or control characters"
    try:
        check_feed_url(url)
    except ValueError as e:  # InvalidInputError, or urlsplit's own ValueError
        return str(e) if isinstance(e, InvalidInputError) else f"invalid feed URL {url!r}: {e}"
    return None


def _check_interval(seconds: int) -> None:
    if seconds < 60:
        raise InvalidInputError(f"invalid interval {seconds}s: the minimum is 1m")


_LANGUAGE = re.compile(r"[a-z]{1,8}(?:-[a-z0-9]{1,8})*")


def _language(value: str | None) -> str | None:
    tag = (value or "").strip().lower().replace("_", "-")
    return tag if len(tag) <= 16 and _LANGUAGE.fullmatch(tag) else None


def _category_note(category: tuple[str, ...]) -> str:
    return f"OPML category: {' / '.join(category)}" if category else ""


# --- exporting --------------------------------------------------------------------


def export_feeds(store: Store, fmt: str = "opml", *, now: datetime | None = None) -> str:
    """Every stored feed (enabled or not), in id order, as text.

    ``"opml"``: an OPML 2.0 document, one flat ``<outline type="rss">`` per feed with
    ``text``/``title`` (the name), ``xmlUrl``, ``language`` and ``description`` (its
    why) when set; ``now`` (default the clock) dates it. ``"json"``: a list of
    ``{id, name, url, interval, interval_seconds, enabled, language, why}``.
    Raises :class:`InvalidInputError` for another format.
    """
    if fmt not in ("opml", "json"):
        raise InvalidInputError(f"unknown export format {fmt!r}: use opml or json")
    feeds = store.feeds()
    if fmt == "json":
        rows = [
            {
                "id": f.id,
                "name": f.name,
                "url": f.url,
                "interval": format_duration(f.interval_seconds),
                "interval_seconds": f.interval_seconds,
                "enabled": f.enabled,
                "language": f.language,
                "why": f.why,
            }
            for f in feeds
        ]
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "cbrn-watcher feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC), True)
    ET.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    for f in feeds:
        name = _xml_text(f.name)
        attrs = {"type": "rss", "text": name, "title": name, "xmlUrl": _xml_text(f.url)}
        if f.language:
            attrs["language"] = _xml_text(f.language)
        if f.why:
            attrs["description"] = _xml_text(f.why)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold."""
    return _INVALID_CHARS.sub("", value)
