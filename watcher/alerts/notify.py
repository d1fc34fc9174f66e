"""What a notifier is given and what it answers: errors are values.

A :class:`Message` is one alert as sent: its id (the delivery's idempotency key, the
same on every attempt) and its JSON payload. A notifier's answer is a
:class:`SendResult`: ``delivered``, ``retry`` (a transient failure: timeout, refused
connection, 5xx, 408/429, SMTP 4xx) or ``failed`` (the receiver refused it for good).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal, Protocol

DELIVERED: Literal["delivered"] = "delivered"
RETRY: Literal["retry"] = "retry"
FAILED: Literal["failed"] = "failed"


@dataclass(frozen=True)
class Message:
    id: str  # webhook-id / Message-ID: the same on every attempt
    payload: dict[str, Any]


@dataclass(frozen=True)
class SendResult:
    outcome: Literal["delivered", "retry", "failed"]
    detail: str  # one line: "HTTP 204", "connection refused", "SMTP 451 try later"
    response_status: int | None = None  # HTTP status or SMTP reply code
    retry_after: float | None = None  # seconds, from Retry-After

    @property
    def ok(self) -> bool:
        return self.outcome == DELIVERED


class Notifier(Protocol):
    """Sends messages to one channel."""

    @property
    def timeout(self) -> timedelta: ...

    async def send(self, message: Message) -> SendResult: ...


def one_line(value: object, limit: int = 300) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
