"""Parse fetched feed bytes into plain values: RSS 0.9x/1.0/2.0, Atom and JSON Feed.

Pure: bytes and headers in, a :class:`ParsedFeed` out. No network, no files, no
clock unless the caller gives none (``now``). feedparser only ever sees a
``BytesIO`` and response headers: handed raw ``bytes`` it would try them as a
*file name* (``open(b"/etc/passwd")``), and handed a ``str`` URL it would fetch it.

Before feedparser sees a byte, the body is made safe and regular:

* gzip bodies served without ``Content-Encoding`` are inflated (capped);
* UTF-16/32 (with or without BOM) is transcoded to UTF-8;
* whitespace before ``<?xml`` (the WordPress habit) is dropped;
* the DOCTYPE internal subset is rebuilt keeping only short literal general
  entities, and only while their total expansion stays small: parameter
  entities, external (SYSTEM/PUBLIC) entities, nested references (billion
  laughs) and long values (quadratic blowup) are removed. A reference to a
  removed entity stays as literal text; nothing is expanded or read.

Output is capped: at most :data:`MAX_ITEMS` items and fixed field lengths, so a
hostile feed costs bounded memory downstream. Items with the same stable id in
one payload are kept once (the first wins).

Decisions:

* ``published`` is the entry's published date, else updated, else created, in
  UTC. A date more than a day after ``now`` is treated as absent (``None``):
  a feed dated 2099 would otherwise sit on top of the timeline for ever; the
  caller falls back to the fetch time.
* ``summary`` is the plain text of the summary/description only; ``content``
  the plain text of the full content. Neither is filled from the other.
* ``stable_id``: guid/id, else link, else ``"sha256:"`` of title and published
  date (of summary and content when both are missing). Ids over 512 characters
  become ``"sha256:<hex of the id>"``.
* :class:`ParseError` is raised only when nothing usable came out: an unknown
  format (an HTML page, non-feed JSON), broken bytes, or a malformed document
  with no items. A well-formed feed with no items parses to an empty feed.
"""

from __future__ import annotations

import calendar
import io
import json
import re
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from indicators.text import normalize_whitespace, sha256_text, strip_html

MAX_ITEMS = 1000
MAX_DECOMPRESSED_BYTES = 20_000_000
MAX_ENTITY_EXPANSION = 1_000_000  # characters all kept entity references may add
# feedparser's loose parser costs ~30 us and ~0.5 KB per tag; the largest real feeds
# in our corpus hold 25k tags, 25k entity references and 730 items.
MAX_MARKUP = 150_000  # '<' characters outside CDATA sections
MAX_ENTITY_REFS = 1_000_000  # '&' characters
MAX_ITEM_TAGS = 10 * MAX_ITEMS
MAX_ID = 512
MAX_TITLE = 1_000
MAX_SUMMARY = 20_000
MAX_CONTENT = 200_000
MAX_RAW = 64_000
MAX_SHORT = 512  # author, language, link-ish fields
FUTURE_SLACK = timedelta(days=1)

_FORMATS = {
    "rss20": "rss2",
    "rss": "rss2",
    "rss091u": "rss0.9",
    "rss091n": "rss0.9",
    "rss092": "rss0.9",
    "rss093": "rss0.9",
    "rss094": "rss0.9",
    "rss090": "rss1",
    "rss10": "rss1",
    "atom01": "atom",
    "atom02": "atom",
    "atom03": "atom",
    "atom10": "atom",
    "atom": "atom",
    "cdf": "cdf",
}


class ParseError(Exception):
    """Nothing usable could be parsed; the message is one line naming the problem."""


@dataclass(frozen=True)
class ParsedItem:
    stable_id: str
    link: str | None
    title: str
    summary: str
    content: str
    published: datetime | None
    language: str | None
    author: str | None
    content_sha256: str
    raw: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str | None
    language: str | None
    format: str
    items: tuple[ParsedItem, ...]
    warning: str | None


def parse_feed(
    body: bytes,
    *,
    url: str,
    content_type: str | None = None,
    headers: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ParsedFeed:
    """Parse one fetched payload.

    ``url`` is the feed's (final) URL, used to resolve relative links. ``headers``
    are the HTTP response headers (the charset in Content-Type matters);
    ``content_type`` overrides the one in ``headers``. ``now`` (UTC, default the
    clock) bounds future dates. Raises :class:`ParseError` only when nothing
    usable could be parsed; never another exception for bad input.
    """
    hdrs = {k.lower(): v for k, v in (headers or {}).items()}
    if content_type is not None:
        hdrs["content-type"] = content_type
    hdrs.pop("content-encoding", None)  # the body we get is already decoded
    now = now or datetime.now(UTC)

    body = _gunzip(body) if body[:2] == b"\x1f\x8b" else body
    body, hdrs = _to_utf8_if_wide(body, hdrs)
    stripped = body.lstrip(b" \t\r\n\xef\xbb\xbf")
    if not stripped:
        raise ParseError("empty body")
    ctype = hdrs.get("content-type", "").lower()
    if stripped[:1] == b"{" or ("json" in ctype and stripped[:1] != b"<"):
        return _parse_json_feed(body, url=url, now=now)
    _check_size_of_markup(body)
    return _parse_xml_feed(_prepare_xml(body), url=url, headers=hdrs, now=now)


# --- byte-level preparation -------------------------------------------------


def _gunzip(body: bytes) -> bytes:
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = inflater.decompress(body, MAX_DECOMPRESSED_BYTES)
    except zlib.error as e:
        raise ParseError(f"bad gzip body: {e}") from e
    if inflater.unconsumed_tail:
        raise ParseError(f"gzip body inflates beyond {MAX_DECOMPRESSED_BYTES} bytes")
    if not inflater.eof and not out:
        raise ParseError("bad gzip body: truncated before any data")
    return out  # a truncated stream still gives what it holds to the loose parser


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_XML_DECL_ENCODING = re.compile(r"""\A(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")


def _wide_codec(body: bytes) -> tuple[str, int] | None:
    """The UTF-16/32 codec of ``body`` and its BOM length, if it is one."""
    for bom, codec in _WIDE_BOMS:
        if body.startswith(bom):
            return codec, len(bom)
    head = body[:64]
    if len(head) >= 4 and len(head) % 2 == 0:
        even, odd = head[0::2], head[1::2]
        if not odd.strip(b"\x00") and even.strip(b"\x00") == even:
            return "utf-16-le", 0
        if not even.strip(b"\x00") and odd.strip(b"\x00") == odd:
            return "utf-16-be", 0
    return None


def _to_utf8_if_wide(body: bytes, hdrs: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    found = _wide_codec(body)
    if found is None:
        return body, hdrs
    codec, bom = found
    text = body[bom:].decode(codec, errors="replace")
    text = _XML_DECL_ENCODING.sub(r'\1"utf-8"', text, count=1)
    if "content-type" in hdrs:
        mime = hdrs["content-type"].split(";", 1)[0].strip() or "application/xml"
        hdrs = {**hdrs, "content-type": f"{mime}; charset=utf-8"}
    return text.encode("utf-8"), hdrs


# Possessive: whitespace, PIs and comments before the DOCTYPE, with no backtracking.
_PROLOG_DOCTYPE = re.compile(
    rb"\A(?:\s|<\?(?:(?!\?>).)*\?>|<!--(?:(?!-->).)*-->)*+<!DOCTYPE\b", re.S | re.I
)
_DOCTYPE_HEAD = re.compile(
    rb"""\s*([^\s\[>]*)\s*((?:(?:SYSTEM|PUBLIC)(?:\s*(?:"[^"]*"|'[^']*'))+)?)\s*""", re.I
)
_SAFE_ENTITY = re.compile(
    rb"""<!ENTITY\s+([A-Za-z_][\w.-]*)\s+("(?:&\#x?[0-9A-Fa-f]+;|[^"&%<])*"|'(?:&\#x?[0-9A-Fa-f]+;|[^'&%<])*')\s*>"""
)
_ENTITY_REF = re.compile(rb"&([A-Za-z_][\w.-]*);")
_DECLARED_ENTITY = re.compile(rb"<!ENTITY\s+([A-Za-z_][\w.-]*)")


def _prepare_xml(body: bytes) -> bytes:
    """Drop leading whitespace and defuse the DOCTYPE (see the module docstring)."""
    bom = b"\xef\xbb\xbf" if body.startswith(b"\xef\xbb\xbf") else b""
    body = body[len(bom) :].lstrip(b" \t\r\n")
    m = _PROLOG_DOCTYPE.match(body)
    if not m:
        return bom + body
    start, pos = m.end() - len(b"<!DOCTYPE"), m.end()
    head = _DOCTYPE_HEAD.match(body, pos)
    assert head is not None  # every group may be empty
    name, external = head.group(1), head.group(2)
    pos = head.end()
    subset = b""
    if body[pos : pos + 1] == b"[":
        end = _end_of_subset(body, pos + 1)
        if end is None:
            raise ParseError("unterminated DOCTYPE internal subset")
        subset, pos = body[pos + 1 : end], end + 1
    close = body.find(b">", pos)
    if close < 0:
        raise ParseError("unterminated DOCTYPE")
    rest = body[close + 1 :]
    kept, dropped = _safe_entities(subset, rest)
    if dropped:
        # A reference to a dropped entity becomes its literal text, so the strict
        # parser still succeeds instead of falling back to the loose one.
        rest = _ENTITY_REF.sub(
            lambda ref: b"&amp;" + ref.group(0)[1:] if ref.group(1) in dropped else ref.group(0),
            rest,
        )
    doctype = b"<!DOCTYPE " + (name or b"feed")
    if external:
        doctype += b" " + external
    if kept:
        doctype += b" [\n" + b"\n".join(kept) + b"\n]"
    # On a line of its own: feedparser only finds a DOCTYPE that starts a line.
    prolog = body[:start].rstrip() + b"\n" if start else b""
    return bom + prolog + doctype + b">" + rest


def _end_of_subset(body: bytes, pos: int) -> int | None:
    """Index of the ``]`` closing an internal subset, skipping quotes and comments."""
    n = len(body)
    while pos < n:
        c = body[pos : pos + 1]
        if c == b"]":
            return pos
        if c in (b'"', b"'"):
            pos = body.find(c, pos + 1)
        elif body.startswith(b"<!--", pos):
            pos = body.find(b"-->", pos + 4)
        if pos < 0:
            return None
        pos += 1
    return None


def _safe_entities(subset: bytes, document: bytes) -> tuple[list[bytes], set[bytes]]:
    """The entity declarations to keep (literal values, within the expansion budget)
    and the names of the declared entities that are dropped."""
    declared = set(_DECLARED_ENTITY.findall(subset))
    values: dict[bytes, bytes] = {}
    for m in _SAFE_ENTITY.finditer(subset):
        values.setdefault(m.group(1), m.group(0))  # XML: the first declaration binds
    expansion = 0
    for ref in _ENTITY_REF.finditer(document) if values else ():
        decl = values.get(ref.group(1))
        if decl is not None:
            expansion += len(decl)
            if expansion > MAX_ENTITY_EXPANSION:
                return [], declared
    return list(values.values()), declared - values.keys()


# --- XML via feedparser -----------------------------------------------------


def _check_size_of_markup(body: bytes) -> None:
    """Refuse documents whose markup alone would cost feedparser seconds and hundreds of MB."""
    if _count_markup(body) > MAX_MARKUP:
        raise ParseError(f"too much markup: more than {MAX_MARKUP} tags")
    if body.count(b"&") > MAX_ENTITY_REFS:
        raise ParseError(f"too many entity references: more than {MAX_ENTITY_REFS}")
    starts = _ITEM_START_BYTES.finditer(body)
    if next(islice(starts, MAX_ITEM_TAGS, None), None) is not None:
        raise ParseError(f"too many items: more than {MAX_ITEM_TAGS}")


def _count_markup(body: bytes) -> int:
    """Number of '<' outside CDATA sections (HTML inside CDATA is text to the parser)."""
    count, pos = 0, 0
    while True:
        start = body.find(b"<![CDATA[", pos)
        if start < 0:
            return count + body.count(b"<", pos)
        count += body.count(b"<", pos, start) + 1
        end = body.find(b"]]>", start)
        if end < 0:
            return count
        pos = end + 3


def _parse_xml_feed(body: bytes, *, url: str, headers: dict[str, str], now: datetime) -> ParsedFeed:
    # No Content-Location: feedparser would resolve guids against it too, making
    # ids depend on the feed's URL. Links are resolved here instead (_link).
    # Without one, feedparser flags "no Content-type specified" on every body.
    headers.setdefault("content-type", "application/xml")
    # Imported here: the daemon parses in worker processes (watcher.parseworker) and
    # need not hold feedparser itself.
    import feedparser

    from watcher import saxdriver

    saxdriver.use_with_feedparser(feedparser.api)
    # Bozo conditions that say nothing about the document's structure.
    survivable = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    try:
        d = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,  # we keep only text, stripped by nh3
            resolve_relative_uris=False,
        )
    except (MemoryError, RecursionError) as e:
        raise ParseError(f"document too complex: {type(e).__name__}") from e
    except Exception as e:  # third-party code on hostile bytes: its bug is our bad feed
        raise ParseError(f"feedparser failed: {_one_line(e)}") from e
    exc = d.get("bozo_exception") if d.get("bozo") else None
    warning = _one_line(exc) if exc is not None else None
    version = d.get("version") or ""
    entries = d.get("entries") or []
    if not entries:
        if not version:
            raise ParseError(f"not a feed: {warning or 'no RSS, Atom or JSON Feed found'}")
        if warning and not isinstance(exc, survivable) and not d.feed.get("title"):
            raise ParseError(f"malformed feed with no items: {warning}")
    feed_language = _language(d.feed.get("language"))
    raws = _raw_fragments(body, d.get("encoding") or "utf-8", len(entries))
    items = (
        _item_from_entry(e, raw, url=url, feed_language=feed_language, now=now)
        for e, raw in zip(entries, raws, strict=False)
    )
    return ParsedFeed(
        title=_text(d.feed.get("title_detail"), d.feed.get("title"), MAX_TITLE),
        link=_link(d.feed.get("link"), url),
        language=feed_language,
        format=_FORMATS.get(version, version or "unknown"),
        items=_dedupe(items),
        warning=warning,
    )


def _item_from_entry(
    e: Any, raw: str, *, url: str, feed_language: str | None, now: datetime
) -> ParsedItem:
    title = _text(e.get("title_detail"), e.get("title"), MAX_TITLE)
    summary = _text(e.get("summary_detail"), e.get("summary"), MAX_SUMMARY)
    contents = e.get("content") or []
    content = _cap(
        " ".join(filter(None, (_text(c, c.get("value"), MAX_CONTENT) for c in contents))),
        MAX_CONTENT,
    )
    if content == summary:
        content = ""
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = e[key] if key in e else None  # noqa: SIM401 (.get() falls back between keys)
        if value:
            published = _from_struct_time(value, now)
            break
    language = _language(e.get("language")) or _language(
        (e.get("title_detail") or {}).get("language")
    )
    author = _cap(normalize_whitespace(e.get("author") or ""), MAX_SHORT) or None
    link = e.get("link")
    if e.get("guidislink") and not _is_http_url(link):
        link = None  # a non-URL guid that feedparser also took for the link
    return _item(
        guid=e.get("id"),
        link=_link(link, url),
        title=title,
        summary=summary,
        content=content,
        published=published,
        language=language or feed_language,
        author=author,
        raw=raw,
    )


def _from_struct_time(value: time.struct_time, now: datetime) -> datetime | None:
    try:
        dt = datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None
    return None if dt > now + FUTURE_SLACK else dt


_ITEM_START = re.compile(r"<(?:[\w.-]+:)?(item|entry)(?=[\s/>])")
_ITEM_START_BYTES = re.compile(_ITEM_START.pattern.encode())


def _raw_fragments(body: bytes, encoding: str, count: int) -> Iterator[str]:
    """Each entry's XML text, when the fragments found match the entries one to one."""
    frags: list[str] = []
    if count:
        try:
            text = body.decode(encoding, errors="replace")
        except LookupError:
            text = body.decode("utf-8", errors="replace")
        pos = 0
        while len(frags) <= count:
            start = _ITEM_START.search(text, pos)
            if start is None:
                break
            close = re.compile(rf"</(?:[\w.-]+:)?{start.group(1)}\s*>").search(text, start.end())
            if close is None:
                break
            frags.append(text[start.start() : close.end()])
            pos = close.end()
    if len(frags) != count:
        frags = [""] * count
    for frag in frags:
        yield frag if len(frag) <= MAX_RAW else ""


# --- JSON Feed --------------------------------------------------------------


def _parse_json_feed(body: bytes, *, url: str, now: datetime) -> ParsedFeed:
    try:
        doc = json.loads(body.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError) as e:
        raise ParseError(f"invalid JSON: {_one_line(e)}") from e
    if not isinstance(doc, dict) or "jsonfeed.org/version/" not in str(doc.get("version", "")):
        raise ParseError("JSON document is not a JSON Feed (no jsonfeed.org version)")
    raw_items = doc.get("items")
    if not isinstance(raw_items, list):
        raise ParseError("JSON Feed has no items list")
    feed_language = _language(doc.get("language"))
    feed_author = _json_author(doc)
    items = (
        _item_from_json(it, url=url, feed_language=feed_language, author=feed_author, now=now)
        for it in raw_items[: 2 * MAX_ITEMS]
        if isinstance(it, dict)
    )
    return ParsedFeed(
        title=_cap(strip_html(_str(doc.get("title"))), MAX_TITLE),
        link=_link(doc.get("home_page_url"), url),
        language=feed_language,
        format="jsonfeed",
        items=_dedupe(items),
        warning=None,
    )


def _item_from_json(
    it: dict[str, Any], *, url: str, feed_language: str | None, author: str | None, now: datetime
) -> ParsedItem:
    summary = _cap(strip_html(_str(it.get("summary"))), MAX_SUMMARY)
    html = _str(it.get("content_html"))
    content = _cap(
        strip_html(html) if html else normalize_whitespace(_str(it.get("content_text"))),
        MAX_CONTENT,
    )
    published = _json_date(it.get("date_published")) or _json_date(it.get("date_modified"))
    if published and published > now + FUTURE_SLACK:
        published = None
    guid = it.get("id")
    try:
        raw = json.dumps(it, ensure_ascii=False)
    except (ValueError, TypeError, RecursionError):
        raw = ""
    return _item(
        guid=str(guid) if isinstance(guid, (str, int)) and not isinstance(guid, bool) else None,
        link=_link(it.get("url"), url) or _link(it.get("external_url"), url),
        title=_cap(strip_html(_str(it.get("title"))), MAX_TITLE),
        summary=summary,
        content=content,
        published=published,
        language=_language(it.get("language")) or feed_language,
        author=_json_author(it) or author,
        raw=raw if len(raw) <= MAX_RAW else "",
    )


def _json_author(obj: dict[str, Any]) -> str | None:
    """Names from ``authors`` (1.1), else ``author`` (1.0), joined with commas."""
    authors = obj.get("authors")
    candidates = authors if isinstance(authors, list) and authors else [obj.get("author")]
    names = [
        normalize_whitespace(a["name"])
        for a in candidates[:20]
        if isinstance(a, dict) and isinstance(a.get("name"), str) and a["name"].strip()
    ]
    return _cap(", ".join(names), MAX_SHORT) or None


def _json_date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


# --- shared helpers ---------------------------------------------------------


def _item(
    *,
    guid: object,
    link: str | None,
    title: str,
    summary: str,
    content: str,
    published: datetime | None,
    language: str | None,
    author: str | None,
    raw: str,
) -> ParsedItem:
    # Lone surrogates (legal in JSON escapes, not in UTF-8) would break hashing and
    # PostgreSQL text columns: replace them here, once, for every field.
    title, summary, content, raw = map(_no_surrogates, (title, summary, content, raw))
    link, language, author = (_no_surrogates(v) if v else v for v in (link, language, author))
    guid = _no_surrogates(guid) if isinstance(guid, str) else guid
    stable_id = normalize_whitespace(guid) if isinstance(guid, str) else ""
    if not stable_id:
        stable_id = link or ""
    if not stable_id:
        when = published.isoformat() if published else ""
        key = f"{title}\n{when}" if title or when else f"\n\n{summary}\n{content}"
        stable_id = "sha256:" + sha256_text(key)
    elif len(stable_id) > MAX_ID:
        stable_id = "sha256:" + sha256_text(stable_id)
    return ParsedItem(
        stable_id=stable_id,
        link=link,
        title=title,
        summary=summary,
        content=content,
        published=published,
        language=language,
        author=author,
        content_sha256=sha256_text(f"{title}\x1f{summary}\x1f{content}"),
        raw=raw,
    )


def _dedupe(items: Iterable[ParsedItem]) -> tuple[ParsedItem, ...]:
    """Drop empty items, split ids shared by different items, keep the first of each id.

    Feeds without guids often give every item the same link (a news page); such
    items get ``"sha256:"`` of that id, title and date instead. Items equal in id,
    text and date are one item repeated.
    """
    candidates = [
        it for it in islice(items, 2 * MAX_ITEMS) if it.title or it.link or it.summary or it.content
    ]
    variants: dict[str, set[tuple[str, datetime | None]]] = defaultdict(set)
    for it in candidates:
        variants[it.stable_id].add((it.content_sha256, it.published))
    seen: dict[str, ParsedItem] = {}
    for it in candidates:
        if len(variants[it.stable_id]) > 1:
            when = it.published.isoformat() if it.published else ""
            key = f"{it.stable_id}\n{it.title}\n{when}"
            it = replace(it, stable_id="sha256:" + sha256_text(key))
        seen.setdefault(it.stable_id, it)
        if len(seen) >= MAX_ITEMS:
            break
    return tuple(seen.values())


def _text(detail: Any, value: object, limit: int) -> str:
    """Plain text of a feedparser field: HTML stripped unless it is declared plain."""
    if not isinstance(value, str) or not value:
        return ""
    kind = detail.get("type", "") if isinstance(detail, Mapping) else ""
    plain = normalize_whitespace(value) if kind == "text/plain" else strip_html(value)
    return _cap(plain, limit)


def _is_http_url(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def _link(value: object, base: str) -> str | None:
    if not isinstance(value, str) or not value.strip() or len(value) > 4 * MAX_SHORT:
        return None
    try:
        absolute = urljoin(base, value.strip())
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


_LANGUAGE = re.compile(r"[a-z]{1,8}(?:-[a-z0-9]{1,8})*")


def _language(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    tag = value.strip().lower().replace("_", "-")
    return tag if _LANGUAGE.fullmatch(tag) else None


def _no_surrogates(text: str) -> str:
    if text.isascii():
        return text
    return text.encode("utf-8", "replace").decode("utf-8") if _SURROGATE.search(text) else text


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]


def _one_line(exc: object) -> str:
    text = f"{type(exc).__name__}: {exc}" if isinstance(exc, BaseException) else str(exc)
    return _cap(normalize_whitespace(text), 300)
