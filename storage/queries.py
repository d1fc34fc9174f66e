"""Readouts (timeline, matches) and the idempotent writes of items and matches.

Every function takes the :class:`~storage.store.Store` and returns plain values
with stable field names (the CLI's ``--json`` prints them as they are).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import and_, func, update
from sqlmodel import Session, SQLModel, col, select

from storage import deliveries, followup
from storage.deliveries import Router
from storage.evidence import FetchedFrom, record_item_evidence
from storage.models import (
    Document,
    Feed,
    FeedItem,
    Indicator,
    IndicatorStatusChange,
    Match,
    TimelineEvent,
    iso_utc,
    utcnow,
)
from storage.store import InvalidInputError, NotFoundError, Store, chunked


@dataclass(frozen=True)
class TimelineRow:
    """One line of the timeline: a document's dated event, or a logged match."""

    kind: str  # "event" | "match" | "status" (an indicator's change of status)
    start: str  # ISO date, or ISO date-time (UTC) when the source states a time
    end: str
    precision: str
    stated: str  # the date as the source states it ("late 2025"); for matches, the time
    summary: str
    indicator_ids: list[str]
    document: str | None  # document key, for events
    document_title: str | None
    evidence: str | None
    url: str | None  # document or item URL
    source: str | None  # feed name or document source line

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class MatchRow:
    id: int
    indicator_id: str
    title: str
    url: str | None
    feed: str
    feed_id: int
    published: str | None
    matched_at: str
    terms: list[str]
    hits: list[dict[str, Any]]
    snippet: str
    score: float
    query_version: str
    backfill: bool
    dismissed: bool
    dismissed_reason: str | None = None
    reliability: str = "F"  # the feed's source reliability (Admiralty A-F)
    item_id: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _iso_instant(d: date, t: time | None) -> str:
    return (
        datetime.combine(d, t, tzinfo=UTC).isoformat().replace("+00:00", "Z")
        if t
        else d.isoformat()
    )


_iso = iso_utc


def timeline(
    store: Store,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    indicator_id: str | None = None,
    document: str | None = None,
) -> list[TimelineRow]:
    """Documents' events and logged matches in time order (events by interval start,
    matches by the item's published time). ``since``/``until`` keep events whose
    interval overlaps the window and matches published inside it. ``document`` (a
    document key) keeps that document's events and the matches of the indicators
    drawn from it."""
    store.require_indicator(indicator_id)
    rows: list[tuple[tuple[Any, ...], TimelineRow]] = []
    with store.session() as s:
        stmt = select(TimelineEvent, Document).join(
            Document, col(TimelineEvent.document_id) == col(Document.id)
        )
        if document is not None:
            if s.exec(select(Document).where(col(Document.key) == document)).first() is None:
                raise NotFoundError(f"unknown document {document!r}")
            stmt = stmt.where(col(Document.key) == document)
        if since is not None:
            stmt = stmt.where(col(TimelineEvent.end_date) >= since.date())
        if until is not None:
            stmt = stmt.where(col(TimelineEvent.start_date) <= until.date())
        for ev, doc in s.exec(stmt):
            if indicator_id is not None and indicator_id not in ev.indicator_ids:
                continue
            start = datetime.combine(ev.start_date, ev.start_time or time.min, tzinfo=UTC)
            rows.append(
                (
                    (start, 0, ev.end_date, ev.id),
                    TimelineRow(
                        kind="event",
                        start=_iso_instant(ev.start_date, ev.start_time),
                        end=_iso_instant(ev.end_date, ev.end_time),
                        precision=ev.precision,
                        stated=ev.surface,
                        summary=ev.summary,
                        indicator_ids=list(ev.indicator_ids),
                        document=doc.key,
                        document_title=doc.title,
                        evidence=ev.evidence,
                        url=doc.url,
                        source=doc.source,
                    ),
                )
            )
        mstmt = (
            select(Match, FeedItem, Feed)
            .join(FeedItem, col(Match.item_id) == col(FeedItem.id))
            .join(Feed, col(FeedItem.feed_id) == col(Feed.id))
            .where(col(Match.dismissed).is_(False))
        )
        published = func.coalesce(col(FeedItem.published_at), col(FeedItem.fetched_at))
        if since is not None:
            mstmt = mstmt.where(published >= since)
        if until is not None:
            mstmt = mstmt.where(published <= until)
        if indicator_id is not None:
            mstmt = mstmt.where(col(Match.indicator_id) == indicator_id)
        if document is not None:
            drawn = [i.id for i in s.exec(select(Indicator)) if document in i.document_keys]
            mstmt = mstmt.where(col(Match.indicator_id).in_(drawn))
        for m, item, feed in s.exec(mstmt):
            when = item.published_at or item.fetched_at or m.matched_at or utcnow()
            iso = _iso(when) or ""
            rows.append(
                (
                    (when, 1, when.date(), m.id),
                    TimelineRow(
                        kind="match",
                        start=iso,
                        end=iso,
                        precision="minute",
                        stated=iso,
                        summary=item.title,
                        indicator_ids=[m.indicator_id],
                        document=None,
                        document_title=None,
                        evidence=m.snippet,
                        url=item.link,
                        source=feed.name,
                    ),
                )
            )
        rows += _status_rows(s, since, until, indicator_id, document)
    rows.sort(key=lambda r: r[0])
    return [r for _, r in rows]


def _status_rows(
    s: Session,
    since: datetime | None,
    until: datetime | None,
    indicator_id: str | None,
    document: str | None,
) -> list[tuple[tuple[Any, ...], TimelineRow]]:
    """Each change of an indicator's status, at its time, with its reason."""
    stmt = select(IndicatorStatusChange, Indicator).join(
        Indicator, col(Indicator.id) == col(IndicatorStatusChange.indicator_id)
    )
    if since is not None:
        stmt = stmt.where(col(IndicatorStatusChange.at) >= since)
    if until is not None:
        stmt = stmt.where(col(IndicatorStatusChange.at) <= until)
    if indicator_id is not None:
        stmt = stmt.where(col(IndicatorStatusChange.indicator_id) == indicator_id)
    out: list[tuple[tuple[Any, ...], TimelineRow]] = []
    for ch, ind in s.exec(stmt):
        if document is not None and document not in ind.document_keys:
            continue
        when = ch.at or utcnow()
        iso = _iso(when) or ""
        out.append(
            (
                (when, 2, when.date(), ch.id),
                TimelineRow(
                    kind="status",
                    start=iso,
                    end=iso,
                    precision="minute",
                    stated=iso,
                    summary=f"{ind.id}: {ch.previous or 'new'} → {ch.status}",
                    indicator_ids=[ind.id],
                    document=None,
                    document_title=None,
                    evidence=ch.reason,
                    url=None,
                    source=ch.actor,
                ),
            )
        )
    return out


def matches(
    store: Store,
    *,
    since: datetime | None = None,
    indicator_id: str | None = None,
    limit: int = 50,
    include_dismissed: bool = False,
) -> list[MatchRow]:
    """Logged matches, newest first; ``since`` counts from when the match was logged."""
    store.require_indicator(indicator_id)
    if limit < 1:
        raise InvalidInputError(f"invalid limit {limit}: must be at least 1")
    with store.session() as s:
        stmt = (
            select(Match, FeedItem, Feed)
            .join(FeedItem, col(Match.item_id) == col(FeedItem.id))
            .join(Feed, col(FeedItem.feed_id) == col(Feed.id))
            .order_by(col(Match.matched_at).desc(), col(Match.id).desc())
            .limit(limit)
        )
        if since is not None:
            stmt = stmt.where(col(Match.matched_at) >= since)
        if indicator_id is not None:
            stmt = stmt.where(col(Match.indicator_id) == indicator_id)
        if not include_dismissed:
            stmt = stmt.where(col(Match.dismissed).is_(False))
        return [_match_row(m, item, feed) for m, item, feed in s.exec(stmt)]


def match(store: Store, match_id: int) -> MatchRow:
    with store.session() as s:
        row = s.exec(
            select(Match, FeedItem, Feed)
            .join(FeedItem, col(Match.item_id) == col(FeedItem.id))
            .join(Feed, col(FeedItem.feed_id) == col(Feed.id))
            .where(col(Match.id) == match_id)
        ).first()
        if row is None:
            raise NotFoundError(f"unknown match id {match_id}")
        return _match_row(*row)


def _match_row(m: Match, item: FeedItem, feed: Feed) -> MatchRow:
    terms = list(dict.fromkeys(str(h.get("term", "")) for h in m.terms))
    return MatchRow(
        id=m.id or 0,
        indicator_id=m.indicator_id,
        title=item.title,
        url=item.link,
        feed=feed.name,
        feed_id=feed.id or 0,
        published=_iso(item.published_at),
        matched_at=_iso(m.matched_at) or "",
        terms=terms,
        hits=list(m.terms),
        snippet=m.snippet,
        score=m.score,
        query_version=m.query_version,
        backfill=m.is_backfill,
        dismissed=m.dismissed,
        dismissed_reason=m.dismissed_reason,
        reliability=feed.reliability,
        item_id=item.id or 0,
    )


# -- items and matches ----------------------------------------------------------


@dataclass(frozen=True)
class NewItem:
    """An item as parsed, ready to store."""

    stable_id: str
    title: str
    summary: str = ""
    content: str = ""
    link: str | None = None
    published_at: datetime | None = None
    author: str | None = None
    language: str | None = None
    content_sha256: str = ""
    raw: str = ""


@dataclass(frozen=True)
class StoredItem:
    """An item as stored (what matching and alerting need of it)."""

    id: int
    feed_id: int
    title: str
    summary: str
    content: str
    link: str | None
    published_at: datetime | None
    is_backfill: bool

    @classmethod
    def of(cls, r: FeedItem) -> StoredItem:
        return cls(
            r.id or 0,
            r.feed_id,
            r.title,
            r.summary,
            r.content,
            r.link,
            r.published_at,
            r.is_backfill,
        )


@dataclass(frozen=True)
class NewMatch:
    indicator_id: str
    hits: list[dict[str, Any]]
    snippet: str
    score: float
    query_version: str


@dataclass
class IndicatorSummary:
    id: str
    matches: int = 0
    first_matched_at: str | None = None
    latest_matched_at: str | None = None
    sources: int = 0
    domains: list[str] = field(default_factory=list)


def add_items(
    store: Store,
    feed_id: int,
    items: Sequence[NewItem],
    *,
    fetched_at: datetime,
    backfill: bool = False,
    match: Callable[[StoredItem], Iterable[NewMatch]] | None = None,
    router: Router | None = None,
    source: FetchedFrom | None = None,
    defer_followup: bool = False,
) -> list[StoredItem]:
    """Store items once per (feed, stable id) and return only those that were new; an
    item seen before with changed content is updated in place but not returned (an edit
    never re-alerts). With ``match``, each new item's matches are logged in the same
    transaction, so a crash can never leave a stored item that was never matched; with
    ``router`` too, each new non-backfill match's alert deliveries (the outbox) are
    written in that transaction as well, so no logged match can miss its alerts. The
    follow-up of new matches (stories, indicator status) runs in the transaction too,
    or with ``defer_followup`` is queued in it for :func:`followup.process_queue`."""
    if not items:
        return []
    new: list[StoredItem] = []
    matched: list[int] = []
    with store.session() as s:
        for chunk in chunked(items, ITEM_BATCH):
            for stored in _add_chunk(store, s, feed_id, chunk, fetched_at, backfill):
                new.append(stored)
                if match is not None and _record_matches(
                    store, s, stored, match(stored), fetched_at, backfill, router=router
                ):
                    matched.append(stored.id)
        if matched:  # the raw entries as fetched, kept once an item has matched
            record_item_evidence(
                store, s.connection(), matched, source=source, fetched_at=fetched_at
            )
            if defer_followup:  # stories and indicator status: at the end of the pass
                followup.queue(store, s, matched, fetched_at)
            else:  # stories and indicator status, in this same transaction
                followup.after_new_matches(store, s, matched, fetched_at, router=router)
    return new


ITEM_BATCH = 200  # rows per INSERT: well under SQLite's 32,766 bound parameters


def _add_chunk(
    store: Store,
    s: Session,
    feed_id: int,
    items: Sequence[NewItem],
    fetched_at: datetime,
    backfill: bool,
) -> list[StoredItem]:
    """Insert a chunk in one statement; the unique (feed, stable id) constraint decides
    which rows are new. Known items whose content changed are updated in place."""
    rows = [
        {
            "feed_id": feed_id,
            "stable_id": item.stable_id,
            "link": item.link,
            "title": item.title,
            "summary": item.summary,
            "content": item.content,
            "author": item.author,
            "language": item.language,
            "published_at": item.published_at,
            "fetched_at": fetched_at,
            "updated_at": fetched_at,
            "content_sha256": item.content_sha256,
            "is_backfill": backfill,
            "raw": item.raw,
        }
        for item in items
    ]
    table = SQLModel.metadata.tables[FeedItem.__tablename__]
    # One cached Core statement for many rows (SQLAlchemy's "insertmanyvalues"): it is
    # compiled once per process, not once per chunk like a multi-row .values(rows).
    stmt = store.insert_ignore_returning(table, "stable_id", "id")
    inserted = dict(s.connection().execute(stmt, rows).all())
    new: list[StoredItem] = []
    known: dict[str, NewItem] = {}
    for item in items:
        row_id = inserted.pop(item.stable_id, None)  # pop: a repeated id is new only once
        if row_id is not None:
            new.append(
                StoredItem(
                    row_id,
                    feed_id,
                    item.title,
                    item.summary,
                    item.content,
                    item.link,
                    item.published_at,
                    backfill,
                )
            )
        elif item.content_sha256:
            known[item.stable_id] = item
    if known:
        stored_hashes = s.exec(
            select(FeedItem.stable_id, FeedItem.content_sha256).where(
                col(FeedItem.feed_id) == feed_id, col(FeedItem.stable_id).in_(list(known))
            )
        ).all()
        for stable_id, old_hash in stored_hashes:
            item = known[stable_id]
            if old_hash != item.content_sha256:
                s.exec(
                    update(FeedItem)
                    .where(col(FeedItem.feed_id) == feed_id, col(FeedItem.stable_id) == stable_id)
                    .values(
                        title=item.title,
                        summary=item.summary,
                        content=item.content,
                        link=item.link,
                        content_sha256=item.content_sha256,
                        raw=item.raw,
                        updated_at=fetched_at,
                    )
                )
    return new


def record_matches(
    store: Store,
    item_id: int,
    found: Iterable[NewMatch],
    *,
    matched_at: datetime | None = None,
    backfill: bool = False,
    router: Router | None = None,
) -> list[int]:
    """Log matches once per (indicator, item); returns the ids of the new ones and stamps
    each indicator's first match. With ``router``, new non-backfill matches get their
    alert deliveries in the same transaction."""
    now = matched_at or utcnow()
    with store.session() as s:
        stored: int | StoredItem = item_id
        if router is not None and not backfill:
            stored = _stored_item(s, item_id)
        ids = _record_matches(store, s, stored, found, now, backfill, router=router)
        if ids:
            followup.after_new_matches(store, s, [item_id], now, router=router)
        return ids


def _record_matches(
    store: Store,
    s: Session,
    item: int | StoredItem,
    found: Iterable[NewMatch],
    now: datetime,
    backfill: bool,
    *,
    router: Router | None = None,
) -> list[int]:
    found = list(found)
    if not found:  # most items: nothing to write
        return []
    item_id = item if isinstance(item, int) else item.id
    rows = [
        {
            "indicator_id": f.indicator_id,
            "item_id": item_id,
            "terms": f.hits,
            "snippet": f.snippet,
            "score": f.score,
            "query_version": f.query_version,
            "matched_at": now,
            "is_backfill": backfill,
            "dismissed": False,
        }
        for f in found
    ]
    # One cached Core statement for all of an item's matches ("insertmanyvalues"), not
    # a compiled ORM INSERT per match: with 10,000 indicators an item has several.
    table = SQLModel.metadata.tables[Match.__tablename__]
    stmt = store.insert_ignore_returning(table, "indicator_id", "id")
    inserted = dict(s.connection().execute(stmt, rows).all())
    new_ids: list[int] = []
    for f in found:
        match_id = inserted.pop(f.indicator_id, None)  # pop: a repeated rule is new once
        if match_id is None:
            continue
        new_ids.append(match_id)
        if router is not None and not backfill and isinstance(item, StoredItem):
            deliveries.add_match_deliveries(
                store,
                s,
                router,
                match_id=match_id,
                indicator_id=f.indicator_id,
                feed_id=item.feed_id,
                title=item.title,
                link=item.link,
                now=now,
            )
    return new_ids  # first_matched_at is stamped by followup.after_new_matches


def items(store: Store, *, since: datetime | None = None, batch: int = 500) -> Iterator[StoredItem]:
    """Stored items (fetched since ``since``), in id order, read in batches."""
    last = 0
    while True:
        with store.session() as s:
            stmt = (
                select(FeedItem)
                .where(col(FeedItem.id) > last)
                .order_by(col(FeedItem.id))
                .limit(batch)
            )
            if since is not None:
                stmt = stmt.where(col(FeedItem.fetched_at) >= since)
            rows = list(s.exec(stmt))
        if not rows:
            return
        yield from map(StoredItem.of, rows)
        last = rows[-1].id or 0


def existing_matches(store: Store, item_ids: Sequence[int]) -> dict[int, set[str]]:
    """item id → indicator ids already logged for it."""
    out: dict[int, set[str]] = {i: set() for i in item_ids}
    with store.session() as s:
        for item_id, ind in s.exec(
            select(col(Match.item_id), col(Match.indicator_id)).where(
                col(Match.item_id).in_(item_ids)
            )
        ):
            out[item_id].add(ind)
    return out


def indicator_summaries(store: Store) -> dict[str, IndicatorSummary]:
    """Per indicator: matches, first and latest match, distinct source domains."""
    out: dict[str, IndicatorSummary] = {}
    with store.session() as s:
        stmt = (
            select(
                col(Match.indicator_id), col(Match.matched_at), col(FeedItem.link), col(Feed.url)
            )
            .join(FeedItem, col(Match.item_id) == col(FeedItem.id))
            .join(Feed, col(FeedItem.feed_id) == col(Feed.id))
            .where(and_(col(Match.dismissed).is_(False)))
        )
        domains: dict[str, set[str]] = {}
        for ind, at, link, feed_url in s.exec(stmt):
            summ = out.setdefault(ind, IndicatorSummary(ind))
            summ.matches += 1
            iso = _iso(at)
            if iso and (summ.first_matched_at is None or iso < summ.first_matched_at):
                summ.first_matched_at = iso
            if iso and (summ.latest_matched_at is None or iso > summ.latest_matched_at):
                summ.latest_matched_at = iso
            host = (urlsplit(link or feed_url).hostname or "").removeprefix("www.")
            domains.setdefault(ind, set()).add(host)
        for ind, hosts in domains.items():
            out[ind].domains = sorted(hosts)
            out[ind].sources = len(hosts)
    return out


__all__ = [
    "IndicatorSummary",
    "MatchRow",
    "NewItem",
    "NewMatch",
    "StoredItem",
    "TimelineRow",
    "add_items",
    "existing_matches",
    "indicator_summaries",
    "items",
    "match",
    "matches",
    "record_matches",
    "timeline",
]


def _stored_item(s: Session, item_id: int) -> StoredItem:
    r = s.get(FeedItem, item_id)
    if r is None:
        raise NotFoundError(f"unknown item id {item_id}")
    return StoredItem.of(r)


def item(store: Store, *, item_id: int | None = None, match_id: int | None = None) -> StoredItem:
    """One stored item, by its id or by the id of a match on it."""
    with store.session() as s:
        if match_id is not None:
            m = s.get(Match, match_id)
            if m is None:
                raise NotFoundError(f"unknown match id {match_id}")
            item_id = m.item_id
        if item_id is None:
            raise InvalidInputError("item() needs an item id or a match id")
        return _stored_item(s, item_id)
