"""Source health state on the feed row: the facts a health check needs, and a
transition (``ok`` ⇄ ``unhealthy``) written with its alert deliveries in one transaction.

The transition is conditional on the state read, so two checkers (two daemons, or a
daemon and ``watcher alerts deliver --once``) never alert the same change twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, type_coerce, update
from sqlmodel import col, select

from storage.deliveries import Outgoing, add_event_deliveries
from storage.models import Feed, FeedItem, UTCDateTime
from storage.store import Store

OK = "ok"
UNHEALTHY = "unhealthy"


@dataclass(frozen=True)
class FeedHealthFacts:
    """What decides a feed's health. ``item_times``: its latest items' published (else
    fetched) times, newest first."""

    id: int
    name: str
    url: str
    interval_seconds: int
    health: str
    health_reason: str | None
    health_changed_at: datetime | None
    error_count: int
    last_error: str | None
    last_status: int | None
    last_polled_at: datetime | None
    last_success_at: datetime | None
    created_at: datetime | None
    item_times: tuple[datetime, ...]


def health_facts(store: Store, *, items: int = 21) -> list[FeedHealthFacts]:
    """The health facts of every enabled feed, in id order."""
    with store.session() as s:
        feeds = list(s.exec(select(Feed).where(col(Feed.enabled).is_(True)).order_by(col(Feed.id))))
        # type_coerce keeps the column type through coalesce (UTC-aware on every backend).
        when = type_coerce(
            func.coalesce(col(FeedItem.published_at), col(FeedItem.fetched_at)), UTCDateTime()
        )
        out: list[FeedHealthFacts] = []
        for f in feeds:
            times = tuple(
                t
                for t in s.exec(
                    select(when)
                    .where(col(FeedItem.feed_id) == f.id)
                    .order_by(when.desc())
                    .limit(items)
                )
                if t is not None
            )
            out.append(
                FeedHealthFacts(
                    id=f.id or 0,
                    name=f.name,
                    url=f.url,
                    interval_seconds=f.interval_seconds,
                    health=f.health,
                    health_reason=f.health_reason,
                    health_changed_at=f.health_changed_at,
                    error_count=f.error_count,
                    last_error=f.last_error,
                    last_status=f.last_status,
                    last_polled_at=f.last_polled_at,
                    last_success_at=f.last_success_at,
                    created_at=f.created_at,
                    item_times=times,
                )
            )
        return out


def set_feed_health(
    store: Store,
    feed_id: int,
    *,
    expected: str,
    health: str,
    reason: str | None,
    now: datetime,
    kind: str,
    routes: Sequence[Outgoing],
    payload: dict[str, Any],
) -> list[int] | None:
    """Move the feed from ``expected`` to ``health`` and write the ``kind`` alert's
    deliveries, in one transaction. Returns their ids, or None when the feed was no
    longer in ``expected`` (another checker got there first, or it was removed)."""
    with store.session() as s:
        res = s.exec(
            update(Feed)
            .where(col(Feed.id) == feed_id, col(Feed.health) == expected)
            .values(health=health, health_reason=reason, health_changed_at=now)
        )
        if (res.rowcount or 0) != 1:
            return None
        return add_event_deliveries(
            store, s, kind=kind, feed_id=feed_id, routes=routes, payload=payload, now=now
        )
