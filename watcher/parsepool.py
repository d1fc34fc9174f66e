"""Parse fetched feeds in a small pool of worker processes, each with a memory limit
and a per-parse time limit.

feedparser on hostile bytes can spend hundreds of MB (a 28 KB gzip body inflates to
20 MB of four-byte characters and costs ~500 MB to parse) and seconds of CPU; no
``try``/``except`` bounds that. A worker process can be bounded: ``RLIMIT_AS`` caps its
address space, and a parse that overruns its time is ended by killing the process.
Parsing off the event loop's process also leaves the loop's core to fetching, matching
and storing.

:meth:`ParserPool.parse` raises only :class:`~watcher.parse.ParseError`, with one of

* the parser's own message (an unknown format, nothing usable, ...);
* ``"parser ran out of memory (limit 512 MB)"`` — the worker hit its limit;
* ``"parser timed out after 20s"``     — the worker was killed;
* ``"parser process died"``            — the worker exited or was killed mid-parse.

A worker that failed is replaced on the next parse; the others keep their work. The
channel back from a worker is JSON, not pickle: the worker has handled hostile bytes,
so what it sends is read as data only.

Workers are started on first use (``python -m watcher.parsepool``) and stopped by
:meth:`ParserPool.close` (or leaving ``async with``); a worker whose parent dies gets
SIGKILL (Linux) or end of input, so none outlives the daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import resource
import signal
import struct
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from watcher.parse import ParsedFeed, ParsedItem, ParseError, parse_feed

log = logging.getLogger(__name__)

_REQUEST = struct.Struct("!IQ")  # JSON head length, body length
_REPLY = struct.Struct("!Q")  # JSON reply length
_ROOT = Path(__file__).resolve().parent.parent  # so that ``-m watcher.parsepool`` imports


@dataclass(frozen=True)
class ParseSettings:
    """How feeds are parsed: ``workers`` processes (default ``min(2, cpu count)``), each
    limited to ``memory_limit_mb`` of address space and ``timeout`` seconds per parse."""

    workers: int | None = None
    memory_limit_mb: int = 512
    timeout: float = 20.0


class ParserPool:
    """A few parser processes shared by every poll of a pass or of the daemon.

    Use as ``async with ParserPool() as pool: feed = await pool.parse(body, url=...)``.
    At most ``workers`` parses run at once; more wait their turn.
    """

    def __init__(self, settings: ParseSettings | None = None) -> None:
        self.settings = settings or ParseSettings()
        size = self.settings.workers or min(2, os.cpu_count() or 1)
        self.size = max(size, 1)
        self._slots = asyncio.Semaphore(self.size)
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._closed = False
        self.replaced = 0  # workers discarded after a failure (for logs and tests)

    @property
    def worker_pids(self) -> list[int]:
        """Process ids of the live workers, idle or busy."""
        return [w.pid for w in (*self._idle, *self._busy)]

    async def parse(
        self,
        body: bytes,
        *,
        url: str,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ParsedFeed:
        """:func:`watcher.parse.parse_feed` in a worker. Raises only :class:`ParseError`."""
        if self._closed:
            raise RuntimeError("ParserPool is closed")
        # Even a 2 KB feed costs this process less sent to a worker (0.12 ms of CPU)
        # than parsed here (0.8 ms), and small bodies can be bombs: none is parsed inline.
        head = {"url": url, "content_type": content_type, "headers": dict(headers or {})}
        async with self._slots:
            if self._closed:  # closed while this parse waited for a worker
                raise RuntimeError("ParserPool is closed")
            worker = self._idle.pop() if self._idle else await self._start()
            self._busy.add(worker)
            healthy = False
            try:
                reply = await self._call(worker, head, body)
                healthy = "oom" not in reply
            finally:
                self._busy.discard(worker)
                if healthy and not self._closed:
                    self._idle.append(worker)
                else:
                    await self._discard(worker)
        if "oom" in reply:
            raise ParseError(f"parser ran out of memory (limit {self.settings.memory_limit_mb} MB)")
        if "error" in reply:
            raise ParseError(str(reply["error"]))
        return _feed_from_json(reply["feed"])

    async def _call(self, worker: _Worker, head: dict[str, Any], body: bytes) -> dict[str, Any]:
        timeout = self.settings.timeout
        try:
            async with asyncio.timeout(timeout):
                return await worker.call(head, body)
        except TimeoutError:
            log.warning(
                "parser pid=%s timed out after %gs on %s: killed", worker.pid, timeout, head["url"]
            )
            raise ParseError(f"parser timed out after {timeout:g}s") from None
        except (asyncio.IncompleteReadError, ConnectionError, ValueError) as e:
            code = await worker.exit_code()
            log.warning("parser pid=%s died (exit %s) on %s", worker.pid, code, head["url"])
            raise ParseError("parser process died") from e

    async def _start(self) -> _Worker:
        try:
            return await _Worker.start(self.settings.memory_limit_mb)
        except OSError as e:
            raise ParseError(f"parser process could not start: {e}") from e

    async def _discard(self, worker: _Worker) -> None:
        self.replaced += 1
        await worker.kill()

    async def close(self) -> None:
        """Stop every worker (killing any mid-parse); later parses raise RuntimeError."""
        self._closed = True
        workers = [*self._idle, *self._busy]
        self._idle.clear()
        await asyncio.gather(*(w.kill() for w in workers))

    async def __aenter__(self) -> ParserPool:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class _Worker:
    """One parser process and the pipes to it."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.pid = proc.pid

    @classmethod
    async def start(cls, memory_limit_mb: int) -> _Worker:
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(_ROOT), path]))}
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "watcher.parsepool",
            str(memory_limit_mb),
            str(os.getpid()),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=env,
        )
        return cls(proc)

    async def call(self, head: dict[str, Any], body: bytes) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        meta = _encode(head)
        self.proc.stdin.write(_REQUEST.pack(len(meta), len(body)) + meta)
        self.proc.stdin.write(body)
        await self.proc.stdin.drain()
        (size,) = _REPLY.unpack(await self.proc.stdout.readexactly(_REPLY.size))
        data = await self.proc.stdout.readexactly(size)
        return _decode(data)

    async def exit_code(self) -> int | None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(1):
                return await self.proc.wait()
        return None

    async def kill(self) -> None:
        """SIGKILL the process and reap it (it holds no state worth a clean exit)."""
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
        await self.proc.wait()


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


def _encode(value: dict[str, Any]) -> bytes:
    # Lone surrogates pass through: "\ud800" is valid JSON, so a JSON Feed can carry one.
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> dict[str, Any]:
    value = json.loads(data.decode("utf-8", "surrogatepass"))
    if not isinstance(value, dict):
        raise ValueError("malformed message from the other process")
    return value


def _feed_to_json(feed: ParsedFeed) -> dict[str, Any]:
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


def _feed_from_json(data: dict[str, Any]) -> ParsedFeed:
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
    return {"feed": _feed_to_json(feed)}


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
        frame = _read_exactly(source, _REQUEST.size)
        if frame is None:
            return
        meta_len, body_len = _REQUEST.unpack(frame)
        meta, body = _read_exactly(source, meta_len), _read_exactly(source, body_len)
        if meta is None or body is None:
            return
        reply = _answer(_decode(meta), body)
        del body
        try:
            data = _encode(reply)
        except MemoryError:
            reply, data = {"oom": True}, b'{"oom": true}'
        out.write(_REPLY.pack(len(data)) + data)
        out.flush()
        if "oom" in reply:
            return  # a fresh process is cheaper than trusting a heap that hit its limit


if __name__ == "__main__":
    worker_main(int(sys.argv[1]), int(sys.argv[2]))
