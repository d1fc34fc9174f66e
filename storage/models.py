"""SQLModel tables. Portable SQL only: the same models run on SQLite and PostgreSQL.

Idempotency is enforced by unique constraints, never by checking first:
an item once per (feed, stable id), a match once per (indicator, item), a
delivery once per (match, channel), an event once per (document, evidence, dates).
All datetimes are stored as UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, Text, UniqueConstraint, false
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso_utc(ts: datetime | None) -> str | None:
    """``2026-07-02T12:00:00Z`` (None for None): how every listing and payload shows a time."""
    return ts.astimezone(UTC).isoformat().replace("+00:00", "Z") if ts else None


def _ts(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class Document(SQLModel, table=True):
    __tablename__ = "documents"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=64, unique=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    source: str = Field(default="", sa_column=Column(Text, nullable=False))
    url: str | None = Field(default=None, sa_column=Column(Text))
    published: date
    published_assumed: bool = False
    published_note: str = Field(default="", sa_column=Column(Text, nullable=False))
    content_sha256: str = Field(max_length=64, index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    pack: str | None = Field(default=None, max_length=80, index=True)
    created_at: datetime | None = _ts()
    updated_at: datetime | None = _ts()


class TimelineEvent(SQLModel, table=True):
    __tablename__ = "timeline_events"
    __table_args__ = (
        # date_key, not the nullable time columns: NULLs are distinct in a unique constraint.
        UniqueConstraint(
            "document_id", "evidence_sha256", "date_key", name="uq_event_document_evidence_dates"
        ),
        Index("ix_event_start", "start_date", "start_time"),
    )
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True, ondelete="CASCADE")
    summary: str = Field(sa_column=Column(Text, nullable=False))
    evidence: str = Field(sa_column=Column(Text, nullable=False))
    evidence_sha256: str = Field(max_length=64)
    surface: str = Field(max_length=200)
    start_date: date
    end_date: date
    # Sub-day events ("between 20:00 and 20:50 UTC") carry UTC times; NULL otherwise.
    start_time: time | None = None
    end_time: time | None = None
    date_key: str = Field(max_length=40)  # see event_date_key()
    precision: str = Field(max_length=16)
    indicator_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime | None = _ts()


def event_date_key(start: date, end: date, start_time: time | None, end_time: time | None) -> str:
    """The event's interval as one non-null string, e.g. ``2025-09-01/2025-12-31`` or
    ``2026-07-01T20:00/2026-07-01T20:50``."""
    first = f"{start.isoformat()}T{start_time:%H:%M}" if start_time else start.isoformat()
    last = f"{end.isoformat()}T{end_time:%H:%M}" if end_time else end.isoformat()
    return f"{first}/{last}"


class Alias(SQLModel, table=True):
    __tablename__ = "aliases"
    name: str = Field(primary_key=True, max_length=80)
    terms: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    pack: str | None = Field(default=None, max_length=80)
    updated_at: datetime | None = _ts()


class Indicator(SQLModel, table=True):
    __tablename__ = "indicators"
    id: str = Field(primary_key=True, max_length=80)
    title: str = Field(sa_column=Column(Text, nullable=False))
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    query: str = Field(default="", sa_column=Column(Text, nullable=False))
    query_version: str = Field(default="", max_length=64)
    enabled: bool = True
    # watching | reported | corroborated | confirmed | dismissed | expired | draft;
    # every change is a row of IndicatorStatusChange (see storage.status).
    status: str = Field(default="watching", max_length=20)
    min_origins: int = 2
    valid_until: date | None = None
    document_keys: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    evidence: str = Field(default="", sa_column=Column(Text, nullable=False))
    pack: str | None = Field(default=None, max_length=80, index=True)
    first_matched_at: datetime | None = _ts()
    created_at: datetime | None = _ts()
    updated_at: datetime | None = _ts()
    status_changed_at: datetime | None = _ts()
    # Also preserve the linked article of every item this indicator matches.
    fetch_articles: bool = Field(default=False, sa_column_kwargs={"server_default": false()})


class Feed(SQLModel, table=True):
    __tablename__ = "feeds"
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=2048, unique=True)
    name: str = Field(sa_column=Column(Text, nullable=False))
    interval_seconds: int = 900
    language: str | None = Field(default=None, max_length=16)
    why: str = Field(default="", sa_column=Column(Text, nullable=False))
    enabled: bool = True
    disabled_reason: str | None = Field(default=None, sa_column=Column(Text))
    pack: str | None = Field(default=None, max_length=80, index=True)
    # HTTP validators for conditional GET.
    etag: str | None = Field(default=None, sa_column=Column(Text))
    last_modified: str | None = Field(default=None, sa_column=Column(Text))
    # Outcome of the last poll.
    last_status: int | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_error_kind: str | None = Field(default=None, max_length=32)
    last_duration_ms: int | None = None
    last_bytes: int | None = None
    last_new_items: int | None = None
    error_count: int = 0
    last_polled_at: datetime | None = _ts()
    last_success_at: datetime | None = _ts()
    next_due_at: datetime | None = _ts(index=True)
    # A replica's claim on a due feed (several daemons on one database): the feed is
    # polled by the holder only; a lease that outlives a dead holder expires.
    lease_owner: str | None = Field(default=None, max_length=80)
    lease_until: datetime | None = _ts()
    created_at: datetime | None = _ts()
    # Source health as last alerted ("ok" | "unhealthy"), see watcher.alerts.health.
    health: str = Field(default="ok", max_length=16, sa_column_kwargs={"server_default": "ok"})
    health_reason: str | None = Field(default=None, sa_column=Column(Text))
    health_changed_at: datetime | None = _ts()
    # Source reliability, Admiralty scale A (completely reliable) .. F (cannot be judged).
    reliability: str = Field(default="F", max_length=1, sa_column_kwargs={"server_default": "F"})
    # Preserve the linked article of every matched item of this feed.
    fetch_articles: bool = Field(default=False, sa_column_kwargs={"server_default": false()})


class FeedItem(SQLModel, table=True):
    __tablename__ = "feed_items"
    __table_args__ = (
        UniqueConstraint("feed_id", "stable_id", name="uq_item_feed_stable_id"),
        Index("ix_item_published", "published_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feeds.id", ondelete="CASCADE")
    stable_id: str = Field(max_length=512)
    link: str | None = Field(default=None, sa_column=Column(Text))
    title: str = Field(default="", sa_column=Column(Text, nullable=False))
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    content: str = Field(default="", sa_column=Column(Text, nullable=False))
    author: str | None = Field(default=None, sa_column=Column(Text))
    language: str | None = Field(default=None, max_length=16)
    published_at: datetime | None = _ts()
    fetched_at: datetime | None = _ts()
    updated_at: datetime | None = _ts()
    content_sha256: str = Field(max_length=64)
    is_backfill: bool = False
    raw: str = Field(default="", sa_column=Column(Text, nullable=False))


class Match(SQLModel, table=True):
    __tablename__ = "matches"
    __table_args__ = (
        UniqueConstraint("indicator_id", "item_id", name="uq_match_indicator_item"),
        Index("ix_match_indicator_matched_at", "indicator_id", "matched_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: str = Field(foreign_key="indicators.id", max_length=80, ondelete="CASCADE")
    item_id: int = Field(foreign_key="feed_items.id", index=True, ondelete="CASCADE")
    terms: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    snippet: str = Field(default="", sa_column=Column(Text, nullable=False))
    score: float = 0.0
    query_version: str = Field(default="", max_length=64)
    matched_at: datetime | None = _ts(nullable=False, index=True)
    is_backfill: bool = False
    dismissed: bool = False
    dismissed_reason: str | None = Field(default=None, sa_column=Column(Text))
    dismissed_at: datetime | None = _ts()


class Delivery(SQLModel, table=True):
    """One alert to one channel: the outbox row written in the transaction that logged
    its match (or changed a feed's health), then sent, retried and marked by the sender.

    ``kind`` is ``match.created`` (``match_id`` set), ``feed.unhealthy`` or
    ``feed.recovered`` (``feed_id`` set, ``match_id`` NULL). ``status`` is ``pending``,
    ``delivered``, ``failed`` (gave up or refused; retryable) or ``merged`` (the same story
    as ``merged_into``, which lists it as a source). Digest rows share a ``batch``.
    ``payload`` is the snapshot sent on every attempt, with the same ``idempotency_key``.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("match_id", "channel", name="uq_delivery_match_channel"),
        Index("ix_delivery_status_due", "status", "next_attempt_at"),
        Index("ix_delivery_story", "channel", "indicator_id", "created_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    match_id: int | None = Field(default=None, foreign_key="matches.id", ondelete="CASCADE")
    channel: str = Field(max_length=80)
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime | None = _ts()
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    idempotency_key: str = Field(max_length=80, unique=True)
    created_at: datetime | None = _ts()
    sent_at: datetime | None = _ts()
    kind: str = Field(
        default="match.created", max_length=24, sa_column_kwargs={"server_default": "match.created"}
    )
    feed_id: int | None = Field(
        default=None, foreign_key="feeds.id", ondelete="CASCADE", index=True
    )
    indicator_id: str | None = Field(default=None, max_length=80)
    batch: str | None = Field(default=None, max_length=120, index=True)
    story_link: str | None = Field(default=None, sa_column=Column(Text))
    story_title: str | None = Field(default=None, sa_column=Column(Text))
    merged_into: int | None = Field(
        default=None, foreign_key="deliveries.id", ondelete="CASCADE", index=True
    )
    due_at: datetime | None = _ts()  # first due (digest: its slot); retries give up 24 h later
    last_attempt_at: datetime | None = _ts()
    response_status: int | None = None
    payload: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # kind indicator.status_changed: the change it announces.
    status_change_id: int | None = Field(
        default=None, foreign_key="indicator_status_changes.id", ondelete="CASCADE", index=True
    )


class QueryVersion(SQLModel, table=True):
    """Every query an indicator has had, with the aliases as they were: a match
    records its ``query_version`` and can always be explained by the rule it fired under."""

    __tablename__ = "query_versions"
    __table_args__ = (UniqueConstraint("indicator_id", "version", name="uq_query_version"),)
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: str = Field(max_length=80, index=True)
    version: str = Field(max_length=64)
    query: str = Field(sa_column=Column(Text, nullable=False))
    aliases: dict[str, list[str]] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False)
    )
    created_at: datetime | None = _ts()


class IndicatorStatusChange(SQLModel, table=True):
    """One change of an indicator's status, with why: made by the watcher (a first match,
    enough independent origins, a dismissal that took them away, expiry) or by an analyst
    (confirmed, dismissed, reopened). Shown on the timeline and alerted."""

    __tablename__ = "indicator_status_changes"
    __table_args__ = (Index("ix_status_change_indicator_at", "indicator_id", "at"),)
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: str = Field(foreign_key="indicators.id", max_length=80, ondelete="CASCADE")
    previous: str | None = Field(default=None, max_length=20)
    status: str = Field(max_length=20)
    reason: str = Field(sa_column=Column(Text, nullable=False))
    actor: str = Field(default="watcher", max_length=80)  # "watcher" or "analyst[:name]"
    at: datetime | None = _ts(nullable=False, index=True)
    matches: int = 0  # counting matches (not dismissed) at the change
    origins: int = 0  # independent origins at the change
    match_id: int | None = None  # the match that caused it, if one did


class PendingFollowup(SQLModel, table=True):
    """An item whose new matches still await their follow-up (story, status): queued in
    the transaction that logged them by a poll, taken by the next follow-up run — a
    durable queue, so a crash between the two loses nothing."""

    __tablename__ = "followup_queue"
    item_id: int = Field(primary_key=True, foreign_key="feed_items.id", ondelete="CASCADE")
    queued_at: datetime | None = _ts(nullable=False)


class Story(SQLModel, table=True):
    """Items that report the same thing: the same canonical link or near-identical text
    within a window (see indicators.stories). Only matched items are grouped."""

    __tablename__ = "stories"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    link: str | None = Field(default=None, sa_column=Column(Text))
    first_item_id: int | None = None
    first_published_at: datetime | None = _ts(index=True)
    last_published_at: datetime | None = _ts(index=True)
    items: int = 1
    origins: int = 1  # independent origins among its items
    created_at: datetime | None = _ts()
    updated_at: datetime | None = _ts()


class StoryItem(SQLModel, table=True):
    """Why an item is in its story, and which independent origin it counts as."""

    __tablename__ = "story_items"
    item_id: int = Field(primary_key=True, foreign_key="feed_items.id", ondelete="CASCADE")
    story_id: int = Field(foreign_key="stories.id", index=True, ondelete="CASCADE")
    reason: str = Field(max_length=20)  # first item | same link | similar text
    score: float = 0.0
    joined_via: int | None = None  # the item it joined through
    origin: str = Field(max_length=200, index=True)  # wire:reuters | site:bbc.co.uk
    origin_reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    link_key: str | None = Field(default=None, sa_column=Column(Text))
    published_at: datetime | None = _ts(index=True)
    joined_at: datetime | None = _ts()


class StoryKey(SQLModel, table=True):
    """Indexed lookup keys of a grouped item (its canonical link's hash and its text
    sketch), so candidates are found without scanning the window."""

    __tablename__ = "story_keys"
    key: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    item_id: int = Field(primary_key=True, foreign_key="feed_items.id", ondelete="CASCADE")


class Evidence(SQLModel, table=True):
    """A piece of a match's evidence as fetched, hashed: ``item`` is the raw feed entry
    (XML or JSON fragment) with the feed URL and response headers; ``article_html`` and
    ``article_text`` are the linked page and its main text, when articles are fetched."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("item_id", "kind", name="uq_evidence_item_kind"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="feed_items.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=16)
    source_url: str = Field(sa_column=Column(Text, nullable=False))
    media_type: str = Field(default="", max_length=120)
    content: str = Field(default="", sa_column=Column(Text, nullable=False))
    sha256: str = Field(max_length=64)
    headers: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    http_status: int | None = None
    fetched_at: datetime | None = _ts(nullable=False)
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime | None = _ts()
