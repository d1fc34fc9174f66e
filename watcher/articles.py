"""Article capture: the linked page of a matched item, fetched with the watcher's own
client and limits (:class:`watcher.fetch.Fetcher`: User-Agent, size cap, timeouts,
redirects, per-host concurrency), kept as ``article_html`` evidence, and its main text
(trafilatura) as ``article_text``.

Which items: those that matched (they have ``item`` evidence) whose feed, or one of
whose matched indicators, has ``fetch_articles`` set. A failure is recorded on the
piece (``error``, ``http_status``); a transient one (timeout, connection, HTTP 429 or
5xx) is retried up to :data:`storage.evidence.ARTICLE_ATTEMPTS` times, later each time;
a permanent one (404, too large, not HTML) is not. Nothing here raises for a page's
own problems, so the daemon's job never dies of one.

Main-text extraction runs in a child process (``python -m watcher.articles``) with an
address-space limit and a time limit, like feed parsing (:mod:`watcher.parsepool`): a
hostile page costs one recorded error, never the daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import os
import re
import resource
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from indicators.text import strip_html
from storage import evidence
from storage.evidence import ARTICLE_HTML, ARTICLE_TEXT, ArticleDue, PieceValues
from storage.store import Store
from watcher.fetch import Fetcher, FetchResult

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parent.parent
HTML_TYPES = ("text/html", "application/xhtml+xml")
TRANSIENT_KINDS = ("timeout", "connect", "network")
TRANSIENT_STATUSES = (408, 425, 429, 500, 502, 503, 504)
DEFAULT_LIMIT = 20  # articles per pass


@dataclass(frozen=True)
class ExtractSettings:
    """Bounds of one main-text extraction (a child process)."""

    memory_limit_mb: int = 768
    timeout: float = 30.0


@dataclass
class CaptureSummary:
    fetched: int = 0
    failed: int = 0
    retrying: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"articles: {self.fetched} fetched, {self.failed} failed, {self.retrying} to retry"


def utcnow() -> datetime:
    return datetime.now(UTC)


def mime_of(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _charset(content_type: str | None, body: bytes) -> str:
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    if m is not None:
        name = m.group(1)
    else:  # <meta charset=...> or http-equiv, in the first 2 KB
        meta = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", body[:2048], re.IGNORECASE)
        name = meta.group(1).decode("ascii", "replace") if meta else "utf-8"
    try:
        "".encode(name)
    except LookupError:
        return "utf-8"
    return name


def decode_html(body: bytes, content_type: str | None) -> str:
    """The page as text (its declared charset, else UTF-8; undecodable bytes replaced).
    NUL characters, which no database text column takes, become U+FFFD."""
    return body.decode(_charset(content_type, body), errors="replace").replace("\x00", "\ufffd")


def _failure(result: FetchResult, attempt: int) -> tuple[str, bool]:
    """(error text, will it be retried) for a failed fetch."""
    transient = result.error_kind in TRANSIENT_KINDS or result.status in TRANSIENT_STATUSES
    error = result.error or "fetch failed"
    if transient and attempt < evidence.ARTICLE_ATTEMPTS:
        return f"{error} {evidence.retry_note(attempt)}", True
    if transient:
        return f"{error} (attempt {attempt} of {evidence.ARTICLE_ATTEMPTS}; gave up)", False
    return f"{error} (not retried)", False


def refused_host(url: str) -> str | None:
    """Why a link from a feed must not be fetched, or None. A feed is third-party text:
    a link to a link-local or unspecified address (cloud metadata services live at
    169.254.169.254) is never a news article, only a way to make us fetch one."""
    host = (urlsplit(url).hostname or "").strip("[]")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    if ip.is_link_local or ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return f"refused: {host} is a link-local, unspecified or reserved address (not retried)"
    return None


async def capture_article(
    store: Store,
    fetcher: Fetcher,
    due: ArticleDue,
    *,
    now: datetime | None = None,
    extract: ExtractSettings | None = None,
) -> str:
    """Fetch one item's article and store what came of it. Returns ``"fetched"``,
    ``"failed"`` or ``"retrying"``."""
    at = now or utcnow()
    refusal = refused_host(due.link)
    if refusal is not None:
        piece = PieceValues(ARTICLE_HTML, due.link, error=refusal)
        evidence.save_pieces(store, due.item_id, [piece], fetched_at=at)
        return "failed"
    result = await fetcher.fetch(due.link)
    headers = dict(result.headers)
    if result.error is not None:
        error, again = _failure(result, due.attempt)
        piece = PieceValues(
            ARTICLE_HTML,
            result.final_url,
            headers=headers,
            http_status=result.status,
            error=error,
        )
        evidence.save_pieces(store, due.item_id, [piece], fetched_at=at)
        log.info(
            "article item=%s failed: %s",
            due.item_id,
            error,
            extra={"event": "article", "item_id": due.item_id, "status": result.status},
        )
        return "retrying" if again else "failed"
    mime = mime_of(result.content_type)
    if mime not in HTML_TYPES:
        error = f"not an HTML page ({mime or 'no content type'}); not kept (not retried)"
        piece = PieceValues(
            ARTICLE_HTML,
            result.final_url,
            media_type=mime,
            headers=headers,
            http_status=result.status,
            error=error,
        )
        evidence.save_pieces(store, due.item_id, [piece], fetched_at=at)
        return "failed"
    html = decode_html(result.body, result.content_type)
    text, text_error = await extract_main_text(html, result.final_url, extract or ExtractSettings())
    evidence.save_pieces(
        store,
        due.item_id,
        [
            PieceValues(
                ARTICLE_HTML,
                result.final_url,
                media_type=mime,
                content=html,
                headers=headers,
                http_status=result.status,
            ),
            PieceValues(
                ARTICLE_TEXT,
                result.final_url,
                media_type="text/plain",
                content=text,
                error=text_error,
            ),
        ],
        fetched_at=at,
    )
    log.info(
        "article item=%s fetched (%d bytes, %d characters of text)",
        due.item_id,
        result.bytes_read,
        len(text),
        extra={"event": "article", "item_id": due.item_id, "status": result.status},
    )
    return "fetched"


async def capture_due(
    store: Store,
    fetcher: Fetcher,
    *,
    limit: int = DEFAULT_LIMIT,
    now: datetime | None = None,
    extract: ExtractSettings | None = None,
) -> CaptureSummary:
    """One pass: fetch up to ``limit`` due articles concurrently (bounded by the fetcher's
    limits). A page's problems are recorded on its evidence; a bug or a database error on
    one article is logged and counted, and the others go on."""
    at = now or utcnow()
    summary = CaptureSummary()
    due = evidence.articles_due(store, now=at, limit=max(limit, 0))

    async def one(d: ArticleDue) -> None:
        try:
            outcome = await capture_article(store, fetcher, d, now=at, extract=extract)
        except Exception as exc:
            log.exception("article item=%s failed", d.item_id)
            summary.errors.append(f"item {d.item_id}: {exc}")
            return
        if outcome == "fetched":
            summary.fetched += 1
        elif outcome == "retrying":
            summary.retrying += 1
        else:
            summary.failed += 1

    await asyncio.gather(*(one(d) for d in due))
    return summary


async def capture_job(store: Store, fetcher: Fetcher, *, limit: int = DEFAULT_LIMIT) -> None:
    """The daemon's job: one pass, its outcome logged; never raises."""
    try:
        summary = await capture_due(store, fetcher, limit=limit)
    except Exception:
        log.exception("article capture pass failed")
        return
    if summary.fetched or summary.failed or summary.retrying:
        log.info(summary.line())


# -- main text, in a bounded child process ----------------------------------------------


async def extract_main_text(
    html: str, url: str, settings: ExtractSettings
) -> tuple[str, str | None]:
    """(main text, error): trafilatura's extraction of ``html`` in a child process limited
    to ``settings.memory_limit_mb`` of address space and ``settings.timeout`` seconds."""
    path = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(_ROOT), path]))}
    request = json.dumps({"html": html, "url": url}).encode()
    try:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "watcher.articles",
            str(settings.memory_limit_mb),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
            env=env,
        )
    except OSError as e:
        return "", f"text extraction could not start: {e}"
    try:
        async with asyncio.timeout(settings.timeout):
            out, _ = await proc.communicate(request)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        await proc.wait()
        return "", f"text extraction timed out after {settings.timeout:g}s"
    except BaseException:  # cancelled (the daemon stopping): the child goes too
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        raise
    try:
        reply = json.loads(out.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        if proc.returncode:
            return "", (
                f"text extraction died (exit {proc.returncode}; "
                f"memory limit {settings.memory_limit_mb} MB)"
            )
        return "", "text extraction gave no answer"
    if not isinstance(reply, dict):
        return "", "text extraction gave no answer"
    if "error" in reply:
        return "", str(reply["error"])[:300]
    return str(reply.get("text", "")), None


def _extract(html: str, url: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
    if not text or not text.strip():
        text = strip_html(html)  # a page too small for trafilatura's heuristics
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def worker_main(memory_limit_mb: int) -> None:
    """Read one page (JSON) on stdin, write its main text (JSON) on stdout."""
    limit = memory_limit_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # a stray print() must not corrupt the reply
    try:
        request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        reply = {"text": _extract(str(request["html"]), str(request["url"]))}
    except MemoryError:
        reply = {"error": f"text extraction ran out of memory (limit {memory_limit_mb} MB)"}
    except Exception as e:  # an extractor bug on hostile markup is that page's error
        reply = {"error": f"text extraction failed: {type(e).__name__}: {str(e)[:200]}"}
    out.write(json.dumps(reply))
    out.flush()


if __name__ == "__main__":
    worker_main(int(sys.argv[1]))
