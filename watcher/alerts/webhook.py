"""Webhook channels: a POST of the JSON payload signed per Standard Webhooks.

Headers: ``webhook-id`` (the delivery's idempotency key, the same on every retry),
``webhook-timestamp`` (seconds, the time of this attempt) and ``webhook-signature``
(``v1,`` + base64 HMAC-SHA256 of ``"{id}.{timestamp}.{body}"`` with the channel's
secret), so receivers verify with the ``standardwebhooks`` library.

2xx is delivered; 408, 429 and 5xx (honouring Retry-After), timeouts and connection
errors are retried; any other status (3xx — redirects are not followed — and 4xx) is a
permanent failure, recorded with the response.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx

from watcher.alerts.channels import WebhookChannel
from watcher.alerts.notify import DELIVERED, FAILED, RETRY, Message, SendResult, one_line
from watcher.alerts.payload import encode

USER_AGENT = "cbrn-watcher/0.1 (alerts)"
RETRYABLE = (408, 429)


def sign(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value for ``body`` (Standard Webhooks, v1)."""
    signed = msg_id.encode() + b"." + str(timestamp).encode() + b"." + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from ``now`` (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class WebhookNotifier:
    """Posts alerts of one webhook channel through a shared :class:`httpx.AsyncClient`."""

    def __init__(
        self,
        channel: WebhookChannel,
        key: bytes,
        client: httpx.AsyncClient,
        *,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.channel, self._key, self._client = channel, key, client
        self._wall_clock = wall_clock  # signatures carry real time, whatever the scheduler's

    @property
    def timeout(self) -> timedelta:
        return self.channel.timeout

    def headers(self, message: Message, body: bytes) -> dict[str, str]:
        ts = int(self._wall_clock())
        return {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "webhook-id": message.id,
            "webhook-timestamp": str(ts),
            "webhook-signature": sign(self._key, message.id, ts, body),
        }

    async def send(self, message: Message) -> SendResult:
        body = encode(message.payload)
        seconds = self.channel.timeout.total_seconds()
        try:
            async with asyncio.timeout(seconds):
                response = await self._client.post(
                    self.channel.url,
                    content=body,
                    headers=self.headers(message, body),
                    timeout=seconds,
                    follow_redirects=False,
                )
        except (TimeoutError, httpx.TimeoutException):
            return SendResult(RETRY, f"timed out after {seconds:g}s")
        except httpx.HTTPError as exc:
            return SendResult(
                RETRY, one_line(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
            )
        status = response.status_code
        detail = f"HTTP {status}"
        text = one_line(response.text, 200) if response.content else ""
        if 200 <= status < 300:
            return SendResult(DELIVERED, detail, status)
        if text:
            detail += f": {text}"
        if status in RETRYABLE or status >= 500:
            wait = retry_after_seconds(response.headers.get("retry-after"), datetime.now(UTC))
            return SendResult(RETRY, detail, status, retry_after=wait)
        return SendResult(FAILED, detail, status)
