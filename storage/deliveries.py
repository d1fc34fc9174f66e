"""The alert outbox: one row per (alert, channel), written in the transaction that logged
the match (or changed a feed's health), then claimed, sent and marked by a sender.

Life of a delivery::

    pending ──claim──▶ (attempt) ──▶ delivered
       ▲                    │
       └── retry later ◀────┤  (transient failure; ``next_attempt_at`` set)
                            └──▶ failed  (refused, or retried for 24 h; ``retry`` revives)
    merged  — the same story as an earlier alert on this channel, listed there as a source

Claiming is a lease: it bumps ``attempts`` and moves ``next_attempt_at`` past the send's
time limit in one statement (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several senders
never take the same row). A sender that dies after sending and before marking leaves the
row due again when the lease ends: it is sent again with the same idempotency key, never
lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy import and_, or_, update
from sqlmodel import Session, col, select

from storage.models import (
    Delivery,
    Document,
    Feed,
    FeedItem,
    Indicator,
    Match,
    TimelineEvent,
    iso_utc,
)
from storage.store import ConflictError, InvalidInputError, NotFoundError, Store

PENDING = "pending"
DELIVERED = "delivered"
FAILED = "failed"
MERGED = "merged"
STATUSES = (PENDING, DELIVERED, FAILED, MERGED)

MATCH_CREATED = "match.created"
FEED_UNHEALTHY = "feed.unhealthy"
FEED_RECOVERED = "feed.recovered"


@dataclass(frozen=True)
class Outgoing:
    """A delivery to write: its channel, when it is first due, and its digest batch."""

    channel: str
    due_at: datetime
    batch: str | None = None


@dataclass(frozen=True)
class Story:
    """What makes two items the same story: a canonical link, or a normalised title
    (compared only across different feeds)."""

    link: str | None
    title: str | None


class Router(Protocol):
    """Decides, for a new (non-backfill) match, which channels get a delivery."""

    @property
    def story_window(self) -> timedelta: ...

    def route(self, indicator_id: str, now: datetime) -> Sequence[Outgoing]: ...

    def story(self, title: str, link: str | None) -> Story: ...

    def status_routes(self, indicator_id: str, now: datetime) -> Sequence[Outgoing]: ...


def new_idempotency_key() -> str:
    """A Standard Webhooks message id: random, stored, so the same on every retry."""
    return f"msg_{uuid.uuid4().hex}"


# -- writing ------------------------------------------------------------------------


def add_match_deliveries(
    store: Store,
    s: Session,
    router: Router,
    *,
    match_id: int,
    indicator_id: str,
    feed_id: int,
    title: str,
    link: str | None,
    now: datetime,
) -> list[int]:
    """In the caller's transaction: one delivery per routed channel for a new match. An
    item that is the same story as a pending or delivered alert of the same indicator on
    the channel within the story window is written as ``merged`` into that alert."""
    routes = router.route(indicator_id, now)
    if not routes:
        return []
    story = router.story(title, link)
    since = now - router.story_window
    ids: list[int] = []
    for out in routes:
        lead = _story_lead(s, out.channel, indicator_id, feed_id, story, since)
        values: dict[str, Any] = {
            "match_id": match_id,
            "channel": out.channel,
            "kind": MATCH_CREATED,
            "feed_id": feed_id,
            "indicator_id": indicator_id,
            "story_link": story.link,
            "story_title": story.title,
            "idempotency_key": new_idempotency_key(),
            "created_at": now,
        }
        if lead is None:
            values |= {
                "status": PENDING,
                "next_attempt_at": out.due_at,
                "due_at": out.due_at,
                "batch": out.batch,
            }
        else:
            values |= {"status": MERGED, "merged_into": lead}
        row_id = s.exec(
            store.insert_ignore(Delivery).values(**values).returning(col(Delivery.id))
        ).scalar_one_or_none()
        if row_id is not None:
            ids.append(row_id)
    return ids


def _story_lead(
    s: Session, channel: str, indicator_id: str, feed_id: int, story: Story, since: datetime
) -> int | None:
    same: list[Any] = []
    if story.link:
        same.append(col(Delivery.story_link) == story.link)
    if story.title:
        same.append(
            and_(col(Delivery.story_title) == story.title, col(Delivery.feed_id) != feed_id)
        )
    if not same:
        return None
    return s.exec(
        select(col(Delivery.id))
        .where(
            col(Delivery.channel) == channel,
            col(Delivery.indicator_id) == indicator_id,
            col(Delivery.kind) == MATCH_CREATED,
            col(Delivery.created_at) >= since,
            col(Delivery.status).in_((PENDING, DELIVERED)),
            or_(*same),
        )
        .order_by(col(Delivery.id))
        .limit(1)
    ).first()


def add_event_deliveries(
    store: Store,
    s: Session,
    *,
    kind: str,
    feed_id: int,
    routes: Sequence[Outgoing],
    payload: dict[str, Any],
    now: datetime,
) -> list[int]:
    """In the caller's transaction: a delivery of a feed event (``feed.unhealthy``,
    ``feed.recovered``) per channel, its payload fixed now."""
    ids: list[int] = []
    for out in routes:
        row = Delivery(
            channel=out.channel,
            kind=kind,
            feed_id=feed_id,
            status=PENDING,
            next_attempt_at=out.due_at,
            due_at=out.due_at,
            batch=out.batch,
            idempotency_key=new_idempotency_key(),
            payload=payload,
            created_at=now,
        )
        s.add(row)
        s.flush()
        ids.append(row.id or 0)
    return ids


# -- claiming and marking -------------------------------------------------------------


@dataclass(frozen=True)
class Claimed:
    """A delivery this sender holds until ``lease_until``; ``attempts`` counts this one."""

    id: int
    channel: str
    kind: str
    attempts: int
    idempotency_key: str
    match_id: int | None
    feed_id: int | None
    indicator_id: str | None
    batch: str | None
    payload: dict[str, Any] | None
    due_at: datetime
    created_at: datetime
    lease_until: datetime
    status_change_id: int | None = None


def claim_due(store: Store, now: datetime, *, lease: timedelta, limit: int = 50) -> list[Claimed]:
    """Take up to ``limit`` pending deliveries due at ``now`` (oldest due first), plus every
    due row of the digest batches among them, leasing them until ``now + lease``."""
    until = now + lease
    due = and_(col(Delivery.status) == PENDING, col(Delivery.next_attempt_at) <= now)
    bump = {
        "attempts": col(Delivery.attempts) + 1,
        "next_attempt_at": until,
        "last_attempt_at": now,
    }
    with store.session() as s:
        pick = (
            select(col(Delivery.id))
            .where(due)
            .order_by(col(Delivery.next_attempt_at), col(Delivery.id))
            .limit(limit)
        )
        if store.dialect == "postgresql":
            pick = pick.with_for_update(skip_locked=True)
        rows = list(
            s.execute(
                update(Delivery)
                .where(col(Delivery.id).in_(pick.scalar_subquery()))
                .values(**bump)
                .returning(Delivery)
            ).scalars()
        )
        batches = sorted({r.batch for r in rows if r.batch})
        if batches:
            rows += s.execute(
                update(Delivery)
                .where(due, col(Delivery.batch).in_(batches))
                .values(**bump)
                .returning(Delivery)
            ).scalars()
        return sorted((_claimed(r, until) for r in rows), key=lambda c: c.id)


def _claimed(r: Delivery, until: datetime) -> Claimed:
    created = r.created_at or until
    return Claimed(
        id=r.id or 0,
        channel=r.channel,
        kind=r.kind,
        attempts=r.attempts,
        idempotency_key=r.idempotency_key,
        match_id=r.match_id,
        feed_id=r.feed_id,
        indicator_id=r.indicator_id,
        batch=r.batch,
        payload=r.payload,
        due_at=r.due_at or created,
        created_at=created,
        lease_until=until,
        status_change_id=r.status_change_id,
    )


def save_payload(store: Store, delivery_id: int, payload: dict[str, Any]) -> None:
    """Fix the payload every attempt of this delivery sends (only the first call counts)."""
    with store.session() as s:
        s.exec(
            update(Delivery)
            .where(col(Delivery.id) == delivery_id, col(Delivery.payload).is_(None))
            .values(payload=payload)
        )


@dataclass(frozen=True)
class Attempt:
    """What an attempt came to: ``delivered``, ``pending`` (retry at ``next_attempt_at``)
    or ``failed``."""

    status: str
    at: datetime
    next_attempt_at: datetime | None = None
    error: str | None = None
    response_status: int | None = None


def record_attempt(store: Store, claims: Sequence[Claimed], attempt: Attempt) -> int:
    """Store the outcome of one attempt on its claimed rows; returns how many were updated.
    A success is always recorded; a retry or failure only while the claim is still ours
    (no other sender took the row after our lease ran out)."""
    if attempt.status not in (DELIVERED, PENDING, FAILED):
        raise InvalidInputError(f"invalid attempt status {attempt.status!r}")
    n = 0
    with store.session() as s:
        for c in claims:
            where = [col(Delivery.id) == c.id, col(Delivery.status) == PENDING]
            values: dict[str, Any] = {
                "status": attempt.status,
                "response_status": attempt.response_status,
            }
            if attempt.status == DELIVERED:
                values |= {"sent_at": attempt.at, "next_attempt_at": None}
            else:
                where.append(col(Delivery.attempts) == c.attempts)
                values |= {"last_error": attempt.error, "next_attempt_at": attempt.next_attempt_at}
            n += s.exec(update(Delivery).where(*where).values(**values)).rowcount or 0
    return n


def retry_deliveries(
    store: Store, now: datetime, *, delivery_id: int | None = None, failed: bool = False
) -> list[int]:
    """Make a failed delivery due now, or every failed one (``failed``); its 24 hours of
    retries start again. Returns the ids made due. (A pending one is not hurried: it may
    be in a sender's hands right now.)"""
    with store.session() as s:
        if delivery_id is not None:
            row = s.get(Delivery, delivery_id)
            if row is None:
                raise NotFoundError(f"unknown delivery id {delivery_id}")
            if row.status != FAILED:
                raise ConflictError(f"delivery {delivery_id} is {row.status}, not failed")
            ids = [delivery_id]
        elif failed:
            ids = [
                d.id or 0 for d in s.exec(select(Delivery).where(col(Delivery.status) == FAILED))
            ]
        else:
            raise InvalidInputError("name a delivery id or ask for all failed deliveries")
        if ids:
            s.exec(
                update(Delivery)
                .where(col(Delivery.id).in_(ids))
                .values(status=PENDING, next_attempt_at=now, due_at=now)
            )
        return sorted(ids)


# -- reading ----------------------------------------------------------------------------


_iso = iso_utc


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    channel: str
    kind: str
    status: str
    attempts: int
    subject: str  # the item's title, or the feed's name
    indicator_id: str | None
    match_id: int | None
    feed_id: int | None
    batch: str | None
    merged_into: int | None
    idempotency_key: str
    created_at: str | None
    due_at: str | None
    next_attempt_at: str | None
    last_attempt_at: str | None
    sent_at: str | None
    last_error: str | None
    response_status: int | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def deliveries(
    store: Store,
    *,
    status: str | None = None,
    channel: str | None = None,
    limit: int = 100,
) -> list[DeliveryRow]:
    """Deliveries, newest first, optionally of one status or channel."""
    if status is not None and status not in STATUSES:
        raise InvalidInputError(f"invalid status {status!r}: use one of {', '.join(STATUSES)}")
    if limit < 1:
        raise InvalidInputError(f"invalid limit {limit}: must be at least 1")
    with store.session() as s:
        stmt = (
            select(Delivery, FeedItem.title, Feed.name)
            .outerjoin(Match, col(Delivery.match_id) == col(Match.id))
            .outerjoin(FeedItem, col(Match.item_id) == col(FeedItem.id))
            .outerjoin(Feed, col(Delivery.feed_id) == col(Feed.id))
            .order_by(col(Delivery.id).desc())
            .limit(limit)
        )
        if status is not None:
            stmt = stmt.where(col(Delivery.status) == status)
        if channel is not None:
            stmt = stmt.where(col(Delivery.channel) == channel)
        return [_row(d, title, feed) for d, title, feed in s.exec(stmt)]


def delivery(store: Store, delivery_id: int) -> DeliveryRow:
    with store.session() as s:
        found = s.exec(
            select(Delivery, FeedItem.title, Feed.name)
            .outerjoin(Match, col(Delivery.match_id) == col(Match.id))
            .outerjoin(FeedItem, col(Match.item_id) == col(FeedItem.id))
            .outerjoin(Feed, col(Delivery.feed_id) == col(Feed.id))
            .where(col(Delivery.id) == delivery_id)
        ).first()
        if found is None:
            raise NotFoundError(f"unknown delivery id {delivery_id}")
        return _row(*found)


def _row(d: Delivery, title: str | None, feed: str | None) -> DeliveryRow:
    return DeliveryRow(
        id=d.id or 0,
        channel=d.channel,
        kind=d.kind,
        status=d.status,
        attempts=d.attempts,
        subject=title if title is not None else (feed or ""),
        indicator_id=d.indicator_id,
        match_id=d.match_id,
        feed_id=d.feed_id,
        batch=d.batch,
        merged_into=d.merged_into,
        idempotency_key=d.idempotency_key,
        created_at=_iso(d.created_at),
        due_at=_iso(d.due_at),
        next_attempt_at=_iso(d.next_attempt_at),
        last_attempt_at=_iso(d.last_attempt_at),
        sent_at=_iso(d.sent_at),
        last_error=d.last_error,
        response_status=d.response_status,
    )


# -- what an alert says -------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """An item that reported the story, with its feed."""

    item_id: int
    title: str
    link: str | None
    published_at: datetime | None
    feed_id: int
    feed_name: str
    feed_url: str
    reliability: str = "F"  # the feed's source reliability (Admiralty A-F)


@dataclass(frozen=True)
class ContextEvent:
    """A dated event of an analysis linked to the indicator."""

    start: str
    end: str
    precision: str
    stated: str
    summary: str
    document_key: str
    document_title: str
    document_url: str | None


@dataclass(frozen=True)
class MatchContext:
    """Everything an alert about one match says: the match, its indicator, its item (with
    the plain text the hits index), the other sources of the same story, and the
    indicator's latest timeline events."""

    match_id: int
    matched_at: datetime
    hits: list[dict[str, Any]]
    snippet: str
    score: float
    query_version: str
    indicator_id: str
    indicator_title: str
    indicator_description: str
    indicator_status: str
    document_keys: list[str]
    item: Source
    item_summary: str
    item_content: str
    sources: list[Source] = field(default_factory=list)  # this item first
    events: list[ContextEvent] = field(default_factory=list)  # newest first


def match_context(store: Store, delivery_id: int, *, events: int = 3) -> MatchContext:
    """The context of a ``match.created`` delivery (see :class:`MatchContext`)."""
    with store.session() as s:
        d = s.get(Delivery, delivery_id)
        if d is None or d.match_id is None:
            raise NotFoundError(f"unknown match delivery id {delivery_id}")
        m = s.get(Match, d.match_id)
        if m is None:
            raise NotFoundError(f"unknown match id {d.match_id}")
        item, feed = s.exec(
            select(FeedItem, Feed)
            .join(Feed, col(FeedItem.feed_id) == col(Feed.id))
            .where(col(FeedItem.id) == m.item_id)
        ).one()
        ind = s.get(Indicator, m.indicator_id)
        if ind is None:
            raise NotFoundError(f"unknown indicator {m.indicator_id!r}")
        lead = _source(item, feed)
        merged = s.exec(
            select(FeedItem, Feed)
            .join(Match, col(Match.item_id) == col(FeedItem.id))
            .join(Delivery, col(Delivery.match_id) == col(Match.id))
            .join(Feed, col(FeedItem.feed_id) == col(Feed.id))
            .where(col(Delivery.merged_into) == delivery_id)
            .order_by(col(Delivery.id))
        )
        return MatchContext(
            match_id=m.id or 0,
            matched_at=m.matched_at or d.created_at or datetime.now(UTC),
            hits=list(m.terms),
            snippet=m.snippet,
            score=m.score,
            query_version=m.query_version,
            indicator_id=ind.id,
            indicator_title=ind.title,
            indicator_description=ind.description,
            indicator_status=ind.status,
            document_keys=list(ind.document_keys),
            item=lead,
            item_summary=item.summary,
            item_content=item.content,
            sources=[lead, *(_source(i, f) for i, f in merged)],
            events=_events(s, ind, events),
        )


def _source(item: FeedItem, feed: Feed) -> Source:
    return Source(
        item.id or 0,
        item.title,
        item.link,
        item.published_at,
        feed.id or 0,
        feed.name,
        feed.url,
        feed.reliability,
    )


def _events(s: Session, ind: Indicator, limit: int) -> list[ContextEvent]:
    """The latest events that name the indicator, else those of its documents."""
    # Only the documents' names: their text can be long.
    rows = list(
        s.exec(
            select(TimelineEvent, Document.key, Document.title, Document.url).join(
                Document, col(TimelineEvent.document_id) == col(Document.id)
            )
        )
    )
    linked = [r for r in rows if ind.id in r[0].indicator_ids]
    if not linked:
        linked = [r for r in rows if r[1] in ind.document_keys]
    linked.sort(key=lambda r: (r[0].start_date, r[0].start_time or time.min), reverse=True)
    return [
        ContextEvent(
            start=_day_or_instant(ev.start_date.isoformat(), ev.start_time),
            end=_day_or_instant(ev.end_date.isoformat(), ev.end_time),
            precision=ev.precision,
            stated=ev.surface,
            summary=ev.summary,
            document_key=key,
            document_title=title,
            document_url=url,
        )
        for ev, key, title, url in linked[:limit]
    ]


def _day_or_instant(day: str, t: time | None) -> str:
    return f"{day}T{t:%H:%M}:00Z" if t else day


@dataclass(frozen=True)
class FeedRef:
    id: int
    name: str
    url: str


def feed_ref(store: Store, feed_id: int) -> FeedRef:
    with store.session() as s:
        feed = s.get(Feed, feed_id)
        if feed is None:
            raise NotFoundError(f"unknown feed id {feed_id}")
        return FeedRef(feed.id or 0, feed.name, feed.url)


__all__ = [
    "DELIVERED",
    "FAILED",
    "FEED_RECOVERED",
    "FEED_UNHEALTHY",
    "MATCH_CREATED",
    "MERGED",
    "PENDING",
    "STATUSES",
    "Attempt",
    "Claimed",
    "ContextEvent",
    "DeliveryRow",
    "FeedRef",
    "MatchContext",
    "Outgoing",
    "Router",
    "Source",
    "Story",
    "add_event_deliveries",
    "add_match_deliveries",
    "claim_due",
    "deliveries",
    "delivery",
    "feed_ref",
    "match_context",
    "new_idempotency_key",
    "record_attempt",
    "retry_deliveries",
    "save_payload",
]
