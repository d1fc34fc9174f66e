"""Fetch feeds over HTTP with httpx: conditional, bounded, and errors as values.

One shared :class:`httpx.AsyncClient` (from :func:`make_client`) serves every
feed; a :class:`Fetcher` adds a global and a per-host concurrency limit. A fetch
never raises for network or HTTP trouble: it returns a :class:`FetchResult`
whose ``error`` is one line and whose ``error_kind`` is one of

* ``"invalid_url"`` — not an absolute http(s) URL (also a redirect to one);
* ``"connect"``     — DNS failure, refused connection, TLS handshake failure;
* ``"timeout"``     — connect timeout, or the whole fetch (redirects and body
  included) took longer than ``total_timeout`` — a server that drips bytes
  cannot hold a fetch open;
* ``"network"``     — the connection broke after it was made (reset, truncated);
* ``"decode"``      — a Content-Encoding body that does not decode (bad gzip);
* ``"too_large"``   — the (decoded) body passed ``max_bytes``: read stops there;
* ``"redirects"``   — more than ``max_redirects`` redirects, or a loop;
* ``"gone"``        — HTTP 410: the feed should be disabled;
* ``"http"``        — any other status outside 2xx/304 (``retry_after`` is set
  from Retry-After on 429 and 503).

Redirects are followed by hand so that the chain can be judged: when every hop
was permanent (301/308), ``permanent_url`` is the URL to store instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import random
import socket
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, "
    "application/json;q=0.8, */*;q=0.5"
)
KEPT_HEADERS = (
    "date",
    "etag",
    "last-modified",
    "content-type",
    "retry-after",
    "cache-control",
    "expires",
)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
PERMANENT_STATUSES = (301, 308)


@dataclass(frozen=True)
class FetchSettings:
    connect_timeout: float = 10
    total_timeout: float = 30
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    # TODO: add "+<project URL>" once the project has a public home.
    user_agent: str = "cbrn-watcher/0.1 (feed watcher)"
    per_host_limit: int = 2
    global_limit: int = 200  # 1,000 unchanged feeds at 100 ms latency: 0.9-1.35 s (bench_poll)
    # "aiohttp": httpx over aiohttp's connection handling (the httpx-aiohttp package),
    # "httpx": httpx's own (httpcore); "auto": aiohttp when installed.
    transport: str = "auto"


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    permanent_url: str | None
    status: int | None
    not_modified: bool
    body: bytes
    content_type: str | None
    headers: dict[str, str]
    etag: str | None
    last_modified: str | None
    retry_after: float | None
    error: str | None
    error_kind: str | None
    elapsed: float
    bytes_read: int

    @property
    def ok(self) -> bool:
        """True for a body to parse or a 304; False for every error."""
        return self.error is None


def make_client(
    settings: FetchSettings, *, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The one client all fetches share.

    httpx decodes gzip and deflate (and brotli/zstd when their packages are
    installed) and advertises exactly what it can decode. Redirects are not
    followed by the client: :meth:`Fetcher.fetch` follows them itself.
    ``transport`` swaps httpx's default transport (e.g. for a faster one).
    """
    timeout = httpx.Timeout(
        settings.total_timeout,
        connect=settings.connect_timeout,
    )
    limits = httpx.Limits(
        max_connections=max(settings.global_limit, 1),
        max_keepalive_connections=max(settings.global_limit, 1),
    )
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
        timeout=timeout,
        limits=limits,
        follow_redirects=False,
        transport=transport or _named_transport(settings.transport, limits),
    )


def _named_transport(name: str, limits: httpx.Limits) -> httpx.AsyncBaseTransport | None:
    """The transport ``FetchSettings.transport`` names; None for httpx's own.

    With 200 requests in flight a whole re-poll answered 304 costs ~2 ms of CPU per feed
    over httpx's own transport and ~0.6 ms over aiohttp's (bench/bench_poll.py; httpx
    issue #3215).
    """
    if name == "httpx":
        return None
    try:
        import aiohttp
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        if name == "aiohttp":
            raise
        return None

    def as_httpx(e: aiohttp.ClientError) -> httpx.TransportError:
        kind: type[httpx.TransportError] = httpx.ReadError  # "network"
        if isinstance(e, aiohttp.ConnectionTimeoutError):
            kind = httpx.ConnectTimeout
        elif isinstance(e, aiohttp.ServerTimeoutError):
            kind = httpx.ReadTimeout
        elif isinstance(e, aiohttp.ClientConnectorError):
            kind = httpx.ConnectError  # its cause, the OSError, says refused or DNS
        elif isinstance(e, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
            kind = httpx.RemoteProtocolError
        elif isinstance(e, aiohttp.InvalidURL):
            kind = httpx.UnsupportedProtocol
        return kind(str(e) or type(e).__name__)

    @contextlib.contextmanager
    def httpx_errors() -> Iterator[None]:
        try:
            yield
        except httpx.TransportError as e:
            if not isinstance(e.__cause__, aiohttp.ClientError):
                raise
            raise as_httpx(e.__cause__) from e.__cause__
        except aiohttp.ClientError as e:
            raise as_httpx(e) from e

    class Body(httpx.AsyncByteStream):
        def __init__(self, inner: httpx.AsyncByteStream) -> None:
            self.inner = inner

        async def __aiter__(self) -> AsyncIterator[bytes]:
            with httpx_errors():
                async for chunk in self.inner:
                    yield chunk

        async def aclose(self) -> None:
            await self.inner.aclose()

    class Transport(AiohttpTransport):
        """httpx-aiohttp's transport with aiohttp's errors raised as the httpx errors
        they are (it reports a refused connection, a reset and a DNS failure all as
        ConnectTimeout, and lets a malformed response through unwrapped)."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            with httpx_errors():
                response = await super().handle_async_request(request)
            response.stream = Body(response.stream)  # type: ignore[arg-type]
            return response

    def session() -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            keepalive_timeout=limits.keepalive_expiry or 5.0,
            ssl=transport.ssl_context,
        )
        # No cookie jar of its own (httpx has one); header lines as long as httpx takes.
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            max_line_size=65536,
            max_field_size=65536,
        )

    transport = Transport(limits=limits, client=session)
    return transport


class Fetcher:
    """Fetch URLs through one shared client, at most ``global_limit`` at once and
    ``per_host_limit`` per host. The limits are waited for before the clock starts."""

    def __init__(self, client: httpx.AsyncClient, settings: FetchSettings) -> None:
        self.client = client
        self.settings = settings
        self._global = asyncio.Semaphore(max(settings.global_limit, 1))
        self._hosts: dict[str, asyncio.Semaphore] = {}

    def _host_slot(self, host: str) -> asyncio.Semaphore:
        slot = self._hosts.get(host)
        if slot is None:
            slot = self._hosts[host] = asyncio.Semaphore(max(self.settings.per_host_limit, 1))
        return slot

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url`` (conditionally when validators are given). Never raises for
        network or HTTP problems: they come back as ``error``/``error_kind``.

        On 304 ``etag``/``last_modified`` are the server's, else the ones sent.
        """
        attempt = _Attempt(url, self.settings, etag, last_modified)
        try:
            target = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as e:
            return attempt.failed("invalid_url", f"invalid URL: {_one_line(e)}")
        if target.scheme not in ("http", "https") or not target.host:
            return attempt.failed("invalid_url", f"not an http(s) URL: {url[:200]}")
        async with self._global, self._host_slot(target.host):
            attempt.start = time.monotonic()
            try:
                async with asyncio.timeout(self.settings.total_timeout):
                    return await attempt.run(self.client, target)
            except TimeoutError:
                return attempt.failed("timeout", f"timeout after {self.settings.total_timeout:g}s")
            except httpx.HTTPError as e:
                return attempt.failed(*_classify(e, self.settings))


@dataclass
class _Attempt:
    """The state of one fetch while it follows redirects."""

    url: str
    settings: FetchSettings
    etag: str | None
    last_modified: str | None
    start: float = field(default_factory=time.monotonic)
    final_url: str = ""
    status: int | None = None
    permanent: bool = True
    hops: int = 0
    bytes_read: int = 0
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.final_url = self.url

    async def run(self, client: httpx.AsyncClient, target: httpx.URL) -> FetchResult:
        request_headers = {}
        if self.etag:
            request_headers["If-None-Match"] = self.etag
        if self.last_modified:
            request_headers["If-Modified-Since"] = self.last_modified
        seen = {str(target)}
        while True:
            self.final_url = str(target)
            async with client.stream("GET", target, headers=request_headers) as response:
                self.status = response.status_code
                self.headers = {
                    k: _one_line(response.headers[k]) for k in KEPT_HEADERS if k in response.headers
                }
                location = response.headers.get("location")
                if self.status in REDIRECT_STATUSES and location:
                    if self.hops >= self.settings.max_redirects:
                        return self.failed(
                            "redirects", f"too many redirects (more than {self.hops})"
                        )
                    try:
                        target = target.join(location.strip())
                    except (httpx.InvalidURL, ValueError) as e:
                        return self.failed("invalid_url", f"bad redirect: {_one_line(e)}")
                    if target.scheme not in ("http", "https") or not target.host:
                        return self.failed(
                            "invalid_url", f"redirect to a non-http URL: {location[:200]}"
                        )
                    if str(target) in seen:
                        return self.failed("redirects", f"redirect loop at {target}")
                    seen.add(str(target))
                    self.hops += 1
                    self.permanent = self.permanent and self.status in PERMANENT_STATUSES
                    continue
                if self.status == 304:
                    return self.done(b"", not_modified=True)
                if self.status == 410:
                    return self.failed("gone", "HTTP 410 Gone")
                if not 200 <= self.status < 300:
                    return self.failed("http", f"HTTP {self.status}")
                return await self.read_body(response)

    async def read_body(self, response: httpx.Response) -> FetchResult:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return self.failed("too_large", f"body larger than {limit} bytes")
        chunks: list[bytes] = []
        encoding = response.headers.get("content-encoding", "").strip().lower()
        gunzip = _Gunzip() if encoding in ("gzip", "x-gzip") else None
        stream = gunzip.inflate(response.aiter_raw()) if gunzip else response.aiter_bytes()
        async for chunk in stream:
            self.bytes_read += len(chunk)
            if self.bytes_read > limit:
                return self.failed("too_large", f"body larger than {limit} bytes")
            chunks.append(chunk)
        if gunzip is not None and gunzip.truncated:
            return self.failed("decode", "truncated gzip body")
        return self.done(b"".join(chunks))

    def done(self, body: bytes, *, not_modified: bool = False) -> FetchResult:
        etag = self.headers.get("etag")
        modified = self.headers.get("last-modified")
        if not_modified:
            etag, modified = etag or self.etag, modified or self.last_modified
        return self._result(body=body, not_modified=not_modified, etag=etag, modified=modified)

    def failed(self, kind: str, error: str) -> FetchResult:
        return self._result(error=error, kind=kind)

    def _result(
        self,
        *,
        body: bytes = b"",
        not_modified: bool = False,
        etag: str | None = None,
        modified: str | None = None,
        error: str | None = None,
        kind: str | None = None,
    ) -> FetchResult:
        retry_after = None
        if self.status in (429, 503) and "retry-after" in self.headers:
            retry_after = parse_retry_after(self.headers["retry-after"], self.headers.get("date"))
        return FetchResult(
            url=self.url,
            final_url=self.final_url,
            permanent_url=self.final_url if self.hops and self.permanent else None,
            status=self.status if kind not in _NO_STATUS else None,
            not_modified=not_modified,
            body=body,
            content_type=self.headers.get("content-type"),
            headers=dict(self.headers),
            etag=etag,
            last_modified=modified,
            retry_after=retry_after,
            error=error,
            error_kind=kind,
            elapsed=max(time.monotonic() - self.start, 0.0),
            bytes_read=self.bytes_read,
        )


class _Gunzip:
    """gzip Content-Encoding decoded as httpx does, except that a stream ending before
    the gzip trailer is noticed (httpx returns what it holds): a connection cut at the
    right moment must not pass for a short feed."""

    def __init__(self) -> None:
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._started = False

    @property
    def truncated(self) -> bool:
        return self._started and not self._inflater.eof

    async def inflate(self, raw: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        inflater = self._inflater
        async for data in raw:
            self._started = self._started or bool(data)
            while data and not inflater.eof:  # bytes after the trailer are ignored
                try:
                    out = inflater.decompress(data, 1 << 20)  # bounded: bombs stop early
                except zlib.error as e:
                    raise httpx.DecodingError(str(e)) from e
                data = inflater.unconsumed_tail
                if out:
                    yield out


# Network-level failures report no status even if one arrived before them.
_NO_STATUS = ("timeout", "connect", "network", "invalid_url")


def _classify(e: httpx.HTTPError, settings: FetchSettings) -> tuple[str, str]:
    if isinstance(e, httpx.ConnectTimeout):
        return "timeout", f"connect timeout after {settings.connect_timeout:g}s"
    if isinstance(e, httpx.TimeoutException):
        return "timeout", f"timeout after {settings.total_timeout:g}s"
    if isinstance(e, httpx.ConnectError):
        causes = _os_errors(e)
        if any(c.errno == errno.ECONNREFUSED for c in causes):
            return "connect", "connection refused"
        if any(isinstance(c, socket.gaierror) for c in causes):
            return "connect", f"DNS lookup failed: {_one_line(causes[-1])}"
        detail = causes[-1] if causes else e
        return "connect", f"connect error: {_one_line(detail) or type(e).__name__}"
    if isinstance(e, httpx.DecodingError):
        return "decode", f"body does not decode: {_one_line(e)}"
    if isinstance(e, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return "invalid_url", f"invalid URL: {_one_line(e)}"
    return "network", f"{type(e).__name__}: {_one_line(e) or 'connection broken'}"


def _os_errors(e: BaseException) -> list[OSError]:
    """The OSErrors in an exception's cause/context chain, outermost first."""
    found: list[OSError] = []
    seen: set[int] = set()
    cause: BaseException | None = e
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError):
            found.append(cause)
        cause = cause.__cause__ or cause.__context__
    return found


def parse_retry_after(value: str, date: str | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP date.

    A date is measured from the response's Date header when there is one (so
    clock skew does not matter), else from the local clock. Never negative.
    """
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
        now = parsedate_to_datetime(date) if date else datetime.now(UTC)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max((when - now).total_seconds(), 0.0)


def backoff_delay(
    consecutive_failures: int,
    *,
    base: float = 60,
    cap: float = 6 * 3600,
    rng: random.Random,
) -> float:
    """Seconds to wait after ``consecutive_failures`` failures in a row.

    Exponential (base, 2·base, 4·base, … up to ``cap``) with "equal jitter": a
    uniform draw in the upper half of the step, so feeds that failed together
    spread out but none retries sooner than half its step. 0 when nothing failed.
    """
    if consecutive_failures <= 0:
        return 0.0
    step = min(cap, base * 2.0 ** min(consecutive_failures - 1, 64))
    return step / 2 + rng.uniform(0, step / 2)


def _one_line(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 300 else text[:297] + "..."
