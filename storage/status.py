"""Indicator status in the store: the facts it follows from, each change written with its
reason (a row of ``indicator_status_changes``, on the timeline) and its alerts, in the
caller's transaction — the one that logged the matches that caused it.

:func:`refresh` applies :func:`indicators.status.next_status` to the indicators whose facts
may have changed; on PostgreSQL it locks their rows first (in id order), so two replicas
logging matches of one indicator at once record its change once. Analysts set
``confirmed`` / ``dismissed`` (and reopen) with :func:`set_status`; dismissing a match
(:func:`dismiss_match`) stops it counting and refreshes the status at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy import String, bindparam, cast, func, insert, literal, or_, update
from sqlmodel import Session, SQLModel, col, select

from indicators import status as rules
from storage.deliveries import Outgoing, new_idempotency_key
from storage.models import (
    Delivery,
    Feed,
    FeedItem,
    Indicator,
    IndicatorStatusChange,
    Match,
    StoryItem,
    iso_utc,
    utcnow,
)
from storage.store import InvalidInputError, NotFoundError, Store, chunked

STATUS_CHANGED = "indicator.status_changed"
WATCHER = "watcher"


class StatusRouter(Protocol):
    """Which channels want an indicator's status changes (``status = true``)."""

    def status_routes(self, indicator_id: str, now: datetime) -> Sequence[Outgoing]: ...


@dataclass(frozen=True)
class Change:
    """A recorded change of status."""

    id: int
    indicator_id: str
    previous: str | None
    status: str
    reason: str
    actor: str
    at: str
    matches: int
    origins: int
    match_id: int | None = None
    deliveries: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def of(cls, r: IndicatorStatusChange, deliveries: int = 0) -> Change:
        return cls(
            r.id or 0,
            r.indicator_id,
            r.previous,
            r.status,
            r.reason,
            r.actor,
            iso_utc(r.at) or "",
            r.matches,
            r.origins,
            r.match_id,
            deliveries,
        )


def _published() -> Any:
    return func.coalesce(col(FeedItem.published_at), col(FeedItem.fetched_at))


def _until(valid_until: date | None) -> datetime | None:
    """The first instant after ``valid_until`` (the whole day counts)."""
    if valid_until is None:
        return None
    return datetime.combine(valid_until + timedelta(days=1), time.min, tzinfo=UTC)


def _origin() -> Any:
    """An item's origin; one not grouped into a story yet counts as its own
    (``item:ID``): never fewer origins than reported."""
    return func.coalesce(
        col(StoryItem.origin), literal("item:", String) + cast(col(Match.item_id), String)
    )


def _facts_query(ids: Sequence[str]) -> Any:
    origin = _origin()
    return (
        select(col(Match.indicator_id), origin, func.min(_published()), func.count(col(Match.id)))
        .select_from(Match)
        .join(FeedItem, col(Match.item_id) == col(FeedItem.id))
        .outerjoin(StoryItem, col(StoryItem.item_id) == col(Match.item_id))
        .where(col(Match.indicator_id).in_(list(ids)), col(Match.dismissed).is_(False))
        .group_by(col(Match.indicator_id), origin)
    )


def _facts_of(ind: Indicator, rows: Sequence[Any]) -> rules.Facts:
    ordered = sorted(rows, key=lambda r: (r[2], str(r[1])))
    return rules.Facts(
        matches=sum(int(r[3]) for r in ordered),
        origins=[str(r[1]) for r in ordered],
        min_origins=ind.min_origins,
        valid_until=ind.valid_until,
    )


def facts(s: Session, ind: Indicator) -> rules.Facts:
    """Counting matches (not dismissed; published by ``valid_until`` when set) and their
    distinct independent origins, earliest first."""
    return facts_many(s, [ind])[ind.id]


def facts_many(s: Session, inds: Sequence[Indicator]) -> dict[str, rules.Facts]:
    """:func:`facts` for many indicators in one query (plus one per indicator that has
    a ``valid_until``, whose reports count only up to that day)."""
    rows: dict[str, list[Any]] = {i.id: [] for i in inds}
    open_ended = [i.id for i in inds if i.valid_until is None]
    for part in chunked(open_ended, 500):
        for r in s.exec(_facts_query(part)):
            rows[r[0]].append(r)
    for ind in inds:
        until = _until(ind.valid_until)
        if until is not None:
            rows[ind.id] = list(s.exec(_facts_query([ind.id]).where(_published() < until)))
    return {i.id: _facts_of(i, rows[i.id]) for i in inds}


def lock_indicators(store: Store, s: Session, ids: Sequence[str], *where: Any) -> list[Indicator]:
    """The indicators ``ids`` (those meeting ``where``), locked for this transaction in
    id order on PostgreSQL. ``FOR NO KEY UPDATE``: it neither waits for nor blocks the
    inserts of matches, whose foreign key takes ``KEY SHARE`` locks on these rows."""
    if not ids:
        return []
    out: list[Indicator] = []
    for part in chunked(sorted(set(ids)), 500):
        stmt = select(Indicator).where(col(Indicator.id).in_(list(part)), *where)
        stmt = stmt.order_by(col(Indicator.id))
        if store.dialect == "postgresql":
            stmt = stmt.with_for_update(key_share=True)
        out += s.exec(stmt)
    return out


@dataclass(frozen=True)
class _Decided:
    ind: Indicator
    status: str
    reason: str
    found: rules.Facts


def _record_many(
    store: Store,
    s: Session,
    decided: Sequence[_Decided],
    now: datetime,
    *,
    actor: str,
    match_id: int | None,
    router: StatusRouter | None,
) -> list[Change]:
    """Record changes of status: a row each (the history, on the timeline), the
    indicators' new status, and a delivery per channel that wants it — in a few
    statements however many (a pass can change thousands of indicators at once)."""
    if not decided:
        return []
    conn = s.connection()
    changes_t = SQLModel.metadata.tables[IndicatorStatusChange.__tablename__]
    rows = [
        {
            "indicator_id": d.ind.id,
            "previous": d.ind.status,
            "status": d.status,
            "reason": d.reason,
            "actor": actor,
            "at": now,
            "matches": d.found.matches,
            "origins": len(d.found.origins),
            "match_id": match_id,
        }
        for d in decided
    ]
    ids = (
        conn.execute(
            insert(changes_t).returning(changes_t.c.id, sort_by_parameter_order=True), rows
        )
        .scalars()
        .all()
    )
    ind_t = SQLModel.metadata.tables[Indicator.__tablename__]
    conn.execute(
        update(ind_t)
        .where(ind_t.c.id == bindparam("iid"))
        .values(status=bindparam("new_status"), status_changed_at=now),
        [{"iid": d.ind.id, "new_status": d.status} for d in decided],
    )
    out: list[Change] = []
    outbox: list[dict[str, Any]] = []
    for d, row_id in zip(decided, ids, strict=True):
        routes = router.status_routes(d.ind.id, now) if router is not None else []
        outbox += [
            {
                "channel": r.channel,
                "kind": STATUS_CHANGED,
                "indicator_id": d.ind.id,
                "status_change_id": int(row_id),
                "status": "pending",
                "attempts": 0,
                "next_attempt_at": r.due_at,
                "due_at": r.due_at,
                "batch": r.batch,
                "idempotency_key": new_idempotency_key(),
                "created_at": now,
            }
            for r in routes
        ]
        out.append(
            Change(
                int(row_id),
                d.ind.id,
                d.ind.status,
                d.status,
                d.reason,
                actor,
                iso_utc(now) or "",
                d.found.matches,
                len(d.found.origins),
                match_id,
                len(routes),
            )
        )
    if outbox:
        conn.execute(insert(SQLModel.metadata.tables[Delivery.__tablename__]), outbox)
    return out


def refresh(
    store: Store,
    s: Session,
    indicator_ids: Iterable[str],
    now: datetime,
    *,
    router: StatusRouter | None = None,
    match_id: int | None = None,
) -> list[Change]:
    """In the caller's transaction: re-derive the status of these indicators from their
    facts and record each change (with its alerts when ``router`` is given)."""
    ids = sorted(set(indicator_ids))
    if not ids:
        return []
    s.flush()
    return refresh_locked(
        store, s, lock_indicators(store, s, ids), now, router=router, match_id=match_id
    )


def refresh_locked(
    store: Store,
    s: Session,
    inds: Sequence[Indicator],
    now: datetime,
    *,
    router: StatusRouter | None = None,
    match_id: int | None = None,
) -> list[Change]:
    """:func:`refresh` for indicator rows this transaction has already locked."""
    today = now.astimezone(UTC).date()
    locked = [i for i in inds if i.status not in rules.ANALYST and i.status != rules.DRAFT]
    found_all = facts_many(s, locked)
    decided: list[_Decided] = []
    for ind in locked:
        found = found_all[ind.id]
        verdict = rules.next_status(ind.status, found, today)
        if verdict is not None:
            decided.append(_Decided(ind, verdict.status, verdict.reason, found))
    return _record_many(store, s, decided, now, actor=WATCHER, match_id=match_id, router=router)


def refresh_all(
    store: Store, *, now: datetime | None = None, router: StatusRouter | None = None
) -> list[Change]:
    """Every indicator (the daemon runs this periodically: ``valid_until`` passes with
    time, not with a match; ``watcher rematch`` and pack loads change facts too)."""
    now = now or utcnow()
    with store.session() as s:
        # Only these can change: an indicator watched, undated and never matched stays so.
        matched = select(col(Match.indicator_id)).distinct()
        ids = s.exec(
            select(col(Indicator.id)).where(
                or_(
                    col(Indicator.status) != rules.WATCHING,
                    col(Indicator.valid_until).is_not(None),
                    col(Indicator.id).in_(matched),
                )
            )
        ).all()
        return refresh(store, s, [str(i) for i in ids], now, router=router)


def set_status(
    store: Store,
    indicator_id: str,
    status: str,
    *,
    reason: str,
    actor: str = "analyst",
    now: datetime | None = None,
    router: StatusRouter | None = None,
) -> Change:
    """An analyst's judgement: ``confirmed`` or ``dismissed`` (kept until reopened), or
    ``watching`` to reopen — the status then follows the facts again at once."""
    now = now or utcnow()
    try:
        wanted = rules.parse_status(status)
    except ValueError as exc:
        raise InvalidInputError(str(exc)) from None
    if not reason.strip():
        raise InvalidInputError("a reason is required: say why, it goes on the timeline")
    with store.session() as s:
        locked = lock_indicators(store, s, [indicator_id])
        if not locked:
            raise NotFoundError(f"unknown indicator {indicator_id!r}")
        ind = locked[0]
        if ind.status == rules.DRAFT:
            raise InvalidInputError(
                f"indicator {indicator_id!r} is a draft: enable it before judging it"
            )
        found = facts(s, ind)
        if wanted == rules.WATCHING:  # reopen: back to what the facts say
            verdict = rules.automatic_status(found, now.astimezone(UTC).date())
            wanted, why = verdict.status, f"reopened: {reason.strip()} ({verdict.reason})"
        else:
            why = reason.strip()
        if wanted == ind.status:
            raise InvalidInputError(f"indicator {indicator_id!r} is already {wanted}")
        decided = [_Decided(ind, wanted, why, found)]
        return _record_many(store, s, decided, now, actor=actor, match_id=None, router=router)[0]


def dismiss_match(
    store: Store,
    match_id: int,
    *,
    reason: str,
    restore: bool = False,
    now: datetime | None = None,
    router: StatusRouter | None = None,
) -> list[Change]:
    """Mark a match a false positive (it stops counting toward its indicator's status),
    or restore it; the status is re-derived in the same transaction."""
    now = now or utcnow()
    if not restore and not reason.strip():
        raise InvalidInputError("a reason is required: say why the match is wrong")
    with store.session() as s:
        m = s.get(Match, match_id)
        if m is None:
            raise NotFoundError(f"unknown match id {match_id}")
        if m.dismissed != restore:
            state = "dismissed" if m.dismissed else "not dismissed"
            raise InvalidInputError(f"match {match_id} is already {state}")
        s.exec(
            update(Match)
            .where(col(Match.id) == match_id)
            .values(
                dismissed=not restore,
                dismissed_reason=None if restore else reason.strip(),
                dismissed_at=None if restore else now,
            )
        )
        return refresh(store, s, [m.indicator_id], now, router=router, match_id=match_id)


def history(
    store: Store, *, indicator_id: str | None = None, since: datetime | None = None
) -> list[Change]:
    """Recorded changes, oldest first."""
    store.require_indicator(indicator_id)
    with store.session() as s:
        stmt = select(IndicatorStatusChange).order_by(
            col(IndicatorStatusChange.at), col(IndicatorStatusChange.id)
        )
        if indicator_id is not None:
            stmt = stmt.where(col(IndicatorStatusChange.indicator_id) == indicator_id)
        if since is not None:
            stmt = stmt.where(col(IndicatorStatusChange.at) >= since)
        return [Change.of(r) for r in s.exec(stmt)]


@dataclass(frozen=True)
class StatusContext:
    """What a status-change alert says."""

    change: Change
    title: str
    description: str
    min_origins: int
    valid_until: str | None
    latest_title: str | None
    latest_link: str | None
    latest_feed: str | None
    latest_reliability: str | None


def status_context(store: Store, change_id: int) -> StatusContext:
    with store.session() as s:
        r = s.get(IndicatorStatusChange, change_id)
        if r is None:
            raise NotFoundError(f"unknown status change {change_id}")
        ind = s.get(Indicator, r.indicator_id)
        if ind is None:
            raise NotFoundError(f"unknown indicator {r.indicator_id!r}")
        latest = s.exec(
            select(FeedItem, Feed)
            .join(Match, col(Match.item_id) == col(FeedItem.id))
            .join(Feed, col(Feed.id) == col(FeedItem.feed_id))
            .where(col(Match.indicator_id) == ind.id, col(Match.dismissed).is_(False))
            .where(col(Match.matched_at) <= r.at)
            .order_by(_published().desc(), col(Match.id).desc())
            .limit(1)
        ).first()
        change = Change.of(r)
        item, feed = latest if latest is not None else (None, None)
        return StatusContext(
            change,
            ind.title,
            ind.description,
            ind.min_origins,
            ind.valid_until.isoformat() if ind.valid_until else None,
            item.title if item else None,
            item.link if item else None,
            feed.name if feed else None,
            feed.reliability if feed else None,
        )


__all__ = [
    "STATUS_CHANGED",
    "Change",
    "StatusContext",
    "StatusRouter",
    "dismiss_match",
    "facts",
    "history",
    "refresh",
    "refresh_all",
    "set_status",
    "status_context",
]
