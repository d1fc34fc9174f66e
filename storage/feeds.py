"""Feed scheduling state: which feeds are due, and recording each poll's outcome.

The database decides what is due (``next_due_at``); the daemon only ticks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel import col, or_, select

from storage.models import Feed, Indicator
from storage.store import NotFoundError, Store


@dataclass(frozen=True)
class FeedState:
    """What polling a feed needs to know about it."""

    id: int
    url: str
    name: str
    interval_seconds: int
    etag: str | None
    last_modified: str | None
    error_count: int
    first_poll: bool  # never polled successfully: its items are backfill

    @classmethod
    def of(cls, feed: Feed) -> FeedState:
        return cls(
            feed.id or 0,
            feed.url,
            feed.name,
            feed.interval_seconds,
            feed.etag,
            feed.last_modified,
            feed.error_count,
            feed.last_success_at is None,
        )


@dataclass(frozen=True)
class PollRecord:
    """The outcome of one poll, as stored on the feed row."""

    polled_at: datetime
    next_due_at: datetime
    status: int | None
    error: str | None = None
    error_kind: str | None = None
    duration_ms: int = 0
    bytes_read: int = 0
    new_items: int = 0
    success: bool = False
    etag: str | None = None
    last_modified: str | None = None
    new_url: str | None = None  # a permanent redirect's target
    disable_reason: str | None = None  # e.g. 410 Gone


def _due(stmt: Any, now: datetime) -> Any:
    """Only enabled feeds due at ``now``: never-polled ones first, then the most overdue."""
    return (
        stmt.where(col(Feed.enabled).is_(True))
        .where(or_(col(Feed.next_due_at).is_(None), col(Feed.next_due_at) <= now))
        .order_by(col(Feed.next_due_at).is_not(None), col(Feed.next_due_at), col(Feed.id))
    )


def due_feeds(store: Store, now: datetime, *, limit: int | None = None) -> list[FeedState]:
    """Enabled feeds whose next poll is due at ``now`` (claimed or not)."""
    with store.session() as s:
        stmt = _due(select(Feed), now)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [FeedState.of(f) for f in s.exec(stmt)]


def claim_due_feeds(
    store: Store,
    now: datetime,
    *,
    owner: str,
    lease: timedelta,
    limit: int | None = None,
) -> list[FeedState]:
    """Claim the feeds due at ``now`` for ``owner`` until ``now + lease``: several
    daemons on one database each get different feeds. One statement does it —
    ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING`` on
    PostgreSQL; SQLite serialises writers — so no feed is claimed twice. A lease is
    released when the poll is recorded, or expires if its holder died."""
    free = or_(col(Feed.lease_until).is_(None), col(Feed.lease_until) < now)
    due = _due(select(Feed.id).where(free), now)
    if limit is not None:
        due = due.limit(limit)
    if store.dialect == "postgresql":
        due = due.with_for_update(skip_locked=True)
    with store.session() as s:
        claimed = s.exec(
            update(Feed)
            .where(col(Feed.id).in_(due), free)
            .values(lease_owner=owner, lease_until=now + lease)
            .returning(col(Feed.id))
        ).all()
        if not claimed:
            return []
        rows = s.exec(select(Feed).where(col(Feed.id).in_([row[0] for row in claimed])))
        states = [FeedState.of(f) for f in rows]
    states.sort(key=lambda f: f.id)
    return states


def release_leases(store: Store, owner: str | None = None) -> int:
    """Give back every lease ``owner`` holds (a daemon stopping cleanly), or every
    lease (``owner=None``: the one daemon a SQLite store allows, starting)."""
    with store.session() as s:
        stmt = update(Feed).where(col(Feed.lease_owner).is_not(None))
        if owner is not None:
            stmt = stmt.where(col(Feed.lease_owner) == owner)
        result = s.exec(stmt.values(lease_owner=None, lease_until=None))
        return int(result.rowcount)


def feed_states(store: Store, feed_ids: list[int] | None = None) -> list[FeedState]:
    """Enabled feeds (or exactly ``feed_ids``, enabled or not), in id order."""
    with store.session() as s:
        stmt = select(Feed).order_by(col(Feed.id))
        if feed_ids is not None:
            stmt = stmt.where(col(Feed.id).in_(feed_ids))
        else:
            stmt = stmt.where(col(Feed.enabled).is_(True))
        rows = list(s.exec(stmt))
    missing = set(feed_ids or []) - {r.id for r in rows}
    if missing:
        raise NotFoundError(f"unknown feed id {min(missing)}")
    return [FeedState.of(f) for f in rows]


def enabled_queries(store: Store) -> list[tuple[str, str, str]]:
    """``(id, query, query_version)`` of every enabled indicator, in id order: what the
    poller matches with, and whether its compiled matcher is still current. Plain
    tuples, not ORM rows: the daemon asks every tick, with 10,000 indicators."""
    stmt = (
        select(Indicator.id, Indicator.query, Indicator.query_version)
        .where(col(Indicator.enabled).is_(True))
        .order_by(col(Indicator.id))
    )
    with store.session() as s:
        return [(i, q, v) for i, q, v in s.connection().execute(stmt)]


def record_poll(store: Store, feed_id: int, rec: PollRecord) -> None:
    """Store a poll's outcome on the feed row in one UPDATE: validators only on success,
    the error count reset on success and incremented on failure. A feed removed while
    it was being polled is simply not updated."""
    record_polls(store, [(feed_id, rec)])


def record_polls(store: Store, records: Sequence[tuple[int, PollRecord]]) -> None:
    """:func:`record_poll` for many feeds in one transaction: rows that change the same
    columns share one cached UPDATE, executed for all of them at once (a pass of 1,000
    304s costs a few statements, not 1,000 compiled ones and 1,000 commits)."""
    if not records:
        return
    # In order, row by row, when order matters: a feed twice, or a URL taken in passing.
    in_order = len({feed_id for feed_id, _ in records}) < len(records) or any(
        rec.new_url for _, rec in records
    )
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    with store.session() as s:
        conn = s.connection()
        for feed_id, rec in records:
            values = _poll_values(rec)
            if rec.new_url:
                taken = conn.execute(select(Feed.id).where(col(Feed.url) == rec.new_url)).first()
                if taken is None:
                    values["url"] = rec.new_url
            values["_feed_id"] = feed_id
            columns = tuple(sorted(values))
            if in_order:
                conn.execute(_record_statement(columns), _bind_names(values))
            else:
                groups.setdefault(columns, []).append(_bind_names(values))
        for columns, rows in groups.items():
            conn.execute(_record_statement(columns), rows)


def _poll_values(rec: PollRecord) -> dict[str, Any]:
    """The feed row's new values (a failure's ``error_count`` is incremented in SQL)."""
    values: dict[str, Any] = {
        "lease_owner": None,
        "lease_until": None,
        "last_polled_at": rec.polled_at,
        "next_due_at": rec.next_due_at,
        "last_status": rec.status,
        "last_error": rec.error,
        "last_error_kind": rec.error_kind,
        "last_duration_ms": rec.duration_ms,
        "last_bytes": rec.bytes_read,
        "last_new_items": rec.new_items,
    }
    if rec.success:
        values |= {"error_count": 0, "last_success_at": rec.polled_at}
        if rec.etag is not None or rec.last_modified is not None:
            values |= {"etag": rec.etag, "last_modified": rec.last_modified}
    else:
        values[_INCREMENT] = True
    if rec.disable_reason:
        values |= {"enabled": False, "disabled_reason": rec.disable_reason}
    return values


_INCREMENT = "+error_count"  # not a column: SET error_count = error_count + 1
_STATEMENTS: dict[tuple[str, ...], Any] = {}


def _bind_names(values: dict[str, Any]) -> dict[str, Any]:
    return {f"v_{k}": v for k, v in values.items() if k != _INCREMENT}


def _record_statement(columns: tuple[str, ...]) -> Any:
    """One UPDATE per set of columns, built once per process (SQLAlchemy then caches
    its compiled form): the feed id and every value are bound parameters."""
    stmt = _STATEMENTS.get(columns)
    if stmt is None:
        table = Feed.__table__  # type: ignore[attr-defined]
        sets: dict[str, Any] = {}
        for name in columns:
            if name == _INCREMENT:
                sets["error_count"] = table.c.error_count + 1
            elif name != "_feed_id":
                sets[name] = bindparam(f"v_{name}", type_=table.c[name].type)
        stmt = _STATEMENTS[columns] = (
            update(table).where(table.c.id == bindparam("v__feed_id")).values(**sets)
        )
    return stmt
