"""The parser worker process of :mod:`watcher.parsepool`, and the messages both sides
exchange.

Run as ``python -m watcher.parseworker MEMORY_LIMIT_MB PARENT_PID``: it reads parse
requests on stdin and writes replies on stdout until end of input. It imports only the
parser and the standard library (not asyncio, nor the rest of the watcher), so each
worker stays small: its memory is the daemon's too.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    # The worker parses the bytes it is given and connects nowhere. Keep out what
    # feedparser's unused fetching code and hashlib would load for nothing: TLS (so
    # it could not reach an https URL even by mistake) and OpenSSL (hashlib then uses
    # Python's own SHA-256: ~6 us more per item, about 1% of its parse). About 5 MB
    # less per worker.
    for _unused in ("ssl", "_hashlib"):
        sys.modules[_unused] = None  # type: ignore[assignment]

import json
import os
import resource
import signal
import struct
from datetime import datetime
from typing import Any

from watcher.parse import ParsedFeed, ParsedItem, ParseError, parse_feed

REQUEST = struct.Struct("!IQ")  # JSON head length, body length
REPLY = struct.Struct("!Q")  # JSON reply length

# --- the values sent back: JSON, read as data ---------------------------------------

_ITEM_FIELDS = (
    "stable_id",
    "link",
    "title",
    "summary",
    "content",
    "published",
    "language",
    "author",
    "content_sha256",
    "raw",
)


def encode(value: dict[str, Any]) -> bytes:
    # Lone surrogates pass through: "\ud800" is valid JSON, so a JSON Feed can carry one.
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def decode(data: bytes) -> dict[str, Any]:
    value = json.loads(data.decode("utf-8", "surrogatepass"))
    if not isinstance(value, dict):
        raise ValueError("malformed message from the other process")
    return value


def feed_to_json(feed: ParsedFeed) -> dict[str, Any]:
    items = [
        [
            getattr(it, f).isoformat()
            if f == "published" and it.published is not None
            else getattr(it, f)
            for f in _ITEM_FIELDS
        ]
        for it in feed.items
    ]
    return {
        "title": feed.title,
        "link": feed.link,
        "language": feed.language,
        "format": feed.format,
        "warning": feed.warning,
        "items": items,
    }


def feed_from_json(data: dict[str, Any]) -> ParsedFeed:
    items = []
    for row in data["items"]:
        values = dict(zip(_ITEM_FIELDS, row, strict=True))
        if values["published"] is not None:
            values["published"] = datetime.fromisoformat(values["published"])
        items.append(ParsedItem(**values))
    return ParsedFeed(
        title=data["title"],
        link=data["link"],
        language=data["language"],
        format=data["format"],
        items=tuple(items),
        warning=data["warning"],
    )


# --- the worker process ---------------------------------------------------------------


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when its parent dies (best effort)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl
        os._exit(0)


def _answer(head: dict[str, Any], body: bytes) -> dict[str, Any]:
    try:
        feed = parse_feed(
            body,
            url=head["url"],
            content_type=head["content_type"],
            headers=head["headers"],
        )
    except MemoryError:
        return {"oom": True}
    except ParseError as e:
        if isinstance(e.__cause__, MemoryError):
            return {"oom": True}
        return {"error": str(e)}
    except Exception as e:  # a parser bug on hostile bytes is that feed's error
        return {"error": f"parser failed: {type(e).__name__}: {str(e)[:200]}"}
    return {"feed": feed_to_json(feed)}


def _read_exactly(stream: Any, n: int) -> bytes | None:
    data = stream.read(n)
    return data if len(data) == n else None


def worker_main(memory_limit_mb: int, parent: int) -> None:
    """Serve parse requests on stdin, replies on stdout, until end of input."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the daemon; it stops us
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print() must not corrupt the replies
    limit = memory_limit_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    source = sys.stdin.buffer
    while True:
        frame = _read_exactly(source, REQUEST.size)
        if frame is None:
            return
        meta_len, body_len = REQUEST.unpack(frame)
        meta, body = _read_exactly(source, meta_len), _read_exactly(source, body_len)
        if meta is None or body is None:
            return
        reply = _answer(decode(meta), body)
        del body
        try:
            data = encode(reply)
        except MemoryError:
            reply, data = {"oom": True}, b'{"oom": true}'
        out.write(REPLY.pack(len(data)) + data)
        out.flush()
        if "oom" in reply:
            return  # a fresh process is cheaper than trusting a heap that hit its limit


if __name__ == "__main__":
    worker_main(int(sys.argv[1]), int(sys.argv[2]))
