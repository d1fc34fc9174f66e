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

Workers are started on first use (``python -m watcher.parseworker``), or ahead of it
by :meth:`ParserPool.prestart` when a pass is sure to parse, and stopped by
:meth:`ParserPool.close` (or leaving ``async with``); a worker whose parent dies gets
SIGKILL (Linux) or end of input, so none outlives the daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from watcher.parse import ParsedFeed, ParseError
from watcher.parseworker import REPLY, REQUEST, decode, encode, feed_from_json

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parent.parent  # so that ``-m watcher.parseworker`` imports


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
        return feed_from_json(reply["feed"])

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

    async def prestart(self) -> None:
        """Start every worker now instead of on first use, for a pass that will surely
        parse: the processes are spawned before this returns, and their imports (most
        of a worker's ~0.2 s start) then overlap whatever the caller does next."""
        missing = self.size - len(self._idle) - len(self._busy)
        if self._closed or missing <= 0:
            return
        started = await asyncio.gather(
            *(_Worker.start(self.settings.memory_limit_mb) for _ in range(missing)),
            return_exceptions=True,
        )
        for worker in started:
            if isinstance(worker, _Worker):
                self._idle.append(worker)
            # else: the parse that needs a worker starts one and reports why it cannot

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
            "watcher.parseworker",
            str(memory_limit_mb),
            str(os.getpid()),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=env,
        )
        return cls(proc)

    async def call(self, head: dict[str, Any], body: bytes) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        meta = encode(head)
        self.proc.stdin.write(REQUEST.pack(len(meta), len(body)) + meta)
        self.proc.stdin.write(body)
        await self.proc.stdin.drain()
        (size,) = REPLY.unpack(await self.proc.stdout.readexactly(REPLY.size))
        data = await self.proc.stdout.readexactly(size)
        return decode(data)

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
