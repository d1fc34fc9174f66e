"""The sender: claims due deliveries from the outbox, sends each (or each digest batch)
through its channel's notifier, and stores the outcome.

Deciding is the pure :func:`decide`: delivered; failed for good; or retried with
exponential backoff and jitter (the first retry within ``retry_first``, steps capped at
``retry_cap``, Retry-After honoured), until ``give_up_after`` has passed since the
delivery was first due — then it is ``failed``, listed and retryable.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from storage import deliveries
from storage.deliveries import Attempt, Claimed
from storage.status import STATUS_CHANGED, status_context
from storage.store import NotFoundError, Store
from watcher.alerts import payload as payloads
from watcher.alerts.channels import AlertSettings, ChannelBase
from watcher.alerts.digest import slot_of
from watcher.alerts.notify import DELIVERED, FAILED, Message, Notifier, SendResult

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
MIN_LEASE = timedelta(minutes=5)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RetryPolicy:
    first: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    give_up_after: timedelta = timedelta(hours=24)

    @classmethod
    def of(cls, settings: AlertSettings) -> RetryPolicy:
        return cls(settings.retry_first, settings.retry_cap, settings.give_up_after)

    def delay(self, attempts: int, rng: random.Random) -> timedelta:
        """After the ``attempts``-th failed attempt: ``first``, doubling up to ``cap``, each
        a uniform draw in the upper half of its step ("equal jitter")."""
        step = min(
            self.cap.total_seconds(), self.first.total_seconds() * 2.0 ** min(attempts - 1, 32)
        )
        return timedelta(seconds=step / 2 + rng.uniform(0, step / 2))


def decide(
    result: SendResult,
    *,
    attempts: int,
    due_at: datetime,
    now: datetime,
    policy: RetryPolicy,
    rng: random.Random,
) -> Attempt:
    """What to store after an attempt (``attempts`` counts it)."""
    if result.outcome == DELIVERED:
        return Attempt(deliveries.DELIVERED, now, response_status=result.response_status)
    if result.outcome == FAILED:
        return Attempt(
            deliveries.FAILED, now, error=result.detail, response_status=result.response_status
        )
    if now - due_at >= policy.give_up_after:
        hours = policy.give_up_after.total_seconds() / 3600
        return Attempt(
            deliveries.FAILED,
            now,
            error=f"gave up after {hours:g} h and {attempts} attempts: {result.detail}",
            response_status=result.response_status,
        )
    if result.retry_after is not None:
        wait = timedelta(
            seconds=min(max(result.retry_after, 1.0), policy.give_up_after.total_seconds())
        )
    else:
        wait = policy.delay(attempts, rng)
    return Attempt(
        deliveries.PENDING,
        now,
        next_attempt_at=now + max(wait, timedelta(seconds=1)),
        error=result.detail,
        response_status=result.response_status,
    )


@dataclass
class DeliverySummary:
    messages: int = 0
    delivered: int = 0
    retried: int = 0
    failed: int = 0

    def count(self, status: str) -> None:
        self.messages += 1
        if status == deliveries.DELIVERED:
            self.delivered += 1
        elif status == deliveries.PENDING:
            self.retried += 1
        else:
            self.failed += 1

    def line(self) -> str:
        return (
            f"sent {self.messages} alerts: {self.delivered} delivered, "
            f"{self.retried} to retry, {self.failed} failed"
        )


class Sender:
    """Sends what the outbox says is due. ``clock`` schedules; signatures use real time."""

    def __init__(
        self,
        store: Store,
        notifiers: Mapping[str, Notifier],
        channels: Mapping[str, ChannelBase],
        *,
        policy: RetryPolicy | None = None,
        clock: Clock = utcnow,
        rng: random.Random | None = None,
        timeline_url: str | None = None,
        concurrency: int = 8,
    ) -> None:
        self.store, self.notifiers, self.channels = store, notifiers, channels
        self.policy = policy or RetryPolicy()
        self.clock, self.rng = clock, rng or random.Random()
        self.timeline_url = timeline_url
        self._slots = asyncio.Semaphore(concurrency)

    @property
    def lease(self) -> timedelta:
        """How long a claim holds: past any send's time limit (SMTP has several steps)."""
        longest = max((n.timeout for n in self.notifiers.values()), default=timedelta(0))
        return max(MIN_LEASE, 4 * longest)

    async def deliver_due(self, *, limit: int = 50, rounds: int = 100) -> DeliverySummary:
        """Claim and send due deliveries until none is due (at most ``rounds`` claims)."""
        summary = DeliverySummary()
        for _ in range(rounds):
            claimed = deliveries.claim_due(self.store, self.clock(), lease=self.lease, limit=limit)
            if not claimed:
                break
            await asyncio.gather(*(self._send(g, summary) for g in _groups(claimed)))
        return summary

    async def _send(self, claims: list[Claimed], summary: DeliverySummary) -> None:
        async with self._slots:
            first = claims[0]
            notifier = self.notifiers.get(first.channel)
            if notifier is None:
                result = SendResult(FAILED, f"channel {first.channel} is not configured")
            else:
                try:
                    message = self.message(claims)
                except NotFoundError as exc:  # its match or feed was deleted meanwhile
                    result = SendResult(FAILED, f"cannot build the alert: {exc}")
                except Exception as exc:  # a bug: keep the delivery, retry it later
                    log.exception("delivery=%s: cannot build the alert", first.id)
                    result = SendResult("retry", f"internal error: {type(exc).__name__}: {exc}")
                else:
                    result = await _guarded(notifier, message)
        attempt = decide(
            result,
            attempts=min(c.attempts for c in claims),
            due_at=min(c.due_at for c in claims),
            now=self.clock(),
            policy=self.policy,
            rng=self.rng,
        )
        deliveries.record_attempt(self.store, claims, attempt)
        summary.count(attempt.status)
        log.info(
            "delivery=%s channel=%s kind=%s attempt=%d %s: %s%s",
            ",".join(str(c.id) for c in claims),
            first.channel,
            first.kind,
            first.attempts,
            attempt.status,
            result.detail,
            f" (next {attempt.next_attempt_at:%H:%M:%S})" if attempt.next_attempt_at else "",
            extra={
                "event": "delivery",
                "delivery_ids": [c.id for c in claims],
                "channel": first.channel,
                "status": attempt.status,
                "attempt": first.attempts,
            },
        )

    def message(self, claims: Sequence[Claimed]) -> Message:
        """The message for one delivery, or one digest batch (its id: the batch's first
        delivery's key, so the same on every attempt)."""
        first = claims[0]
        if first.batch is None:
            return Message(first.idempotency_key, self.payload(first))
        alerts = [self.payload(c)["data"] for c in claims]
        channel = self.channels.get(first.channel)
        every = channel.digest if channel is not None else "daily"
        body = payloads.match_digest(first.channel, every, slot_of(first.batch), alerts)
        return Message(first.idempotency_key, body)

    def payload(self, claim: Claimed) -> dict[str, Any]:
        """The delivery's payload snapshot, built and stored at its first attempt."""
        if claim.payload is not None:
            return claim.payload
        if claim.kind == STATUS_CHANGED and claim.status_change_id is not None:
            body = payloads.status_changed(status_context(self.store, claim.status_change_id))
        elif claim.kind == deliveries.MATCH_CREATED:
            ctx = deliveries.match_context(self.store, claim.id)
            body = payloads.match_created(ctx, timeline_url=self.timeline_url)
        else:
            raise NotFoundError(f"delivery {claim.id} has no payload")
        deliveries.save_payload(self.store, claim.id, body)
        return body


def _groups(claimed: Sequence[Claimed]) -> list[list[Claimed]]:
    """One group per delivery, except digest rows: one group per (channel, batch)."""
    batches: dict[tuple[str, str], list[Claimed]] = {}
    groups: list[list[Claimed]] = []
    for c in sorted(claimed, key=lambda c: c.id):
        if c.batch is None:
            groups.append([c])
        elif (c.channel, c.batch) in batches:
            batches[(c.channel, c.batch)].append(c)
        else:
            batches[(c.channel, c.batch)] = group = [c]
            groups.append(group)
    return groups


async def _guarded(notifier: Notifier, message: Message) -> SendResult:
    """A notifier's bug must not lose the delivery: it becomes a retry."""
    try:
        return await notifier.send(message)
    except Exception as exc:
        log.exception("notifier failed on %s", message.id)
        return SendResult("retry", f"internal error: {type(exc).__name__}: {exc}")
