"""The analyst's two overviews: the board (each indicator's status, first and latest
report, independent origins, latest headline) and the stats (matches, dismissed share
and independent origins over time). Read-only queries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import String, cast, func, literal
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from indicators import status as rules
from storage.models import Feed, FeedItem, Indicator, Match, StoryItem, iso_utc
from storage.store import InvalidInputError, Store

# Board order: what an analyst must look at first.
RANK = {
    rules.CONFIRMED: 0,
    rules.CORROBORATED: 1,
    rules.REPORTED: 2,
    rules.WATCHING: 3,
    rules.EXPIRED: 4,
    rules.DISMISSED: 5,
}


@dataclass(frozen=True)
class BoardRow:
    id: str
    title: str
    status: str
    status_since: str | None
    matches: int  # counting: not dismissed
    origins: int  # independent origins among them
    min_origins: int
    first_report: str | None  # earliest published counting match
    latest_report: str | None
    latest_title: str | None
    latest_link: str | None
    latest_feed: str | None
    latest_reliability: str | None
    valid_until: str | None
    enabled: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Row:
    indicator_id: str
    match_id: int
    dismissed: bool
    published: datetime
    origin: str
    title: str
    link: str | None
    feed: str
    reliability: str


def _match_rows(store: Store, indicator_ids: list[str] | None = None) -> list[_Row]:
    published = func.coalesce(col(FeedItem.published_at), col(FeedItem.fetched_at))
    origin = func.coalesce(
        col(StoryItem.origin), literal("item:", String) + cast(col(Match.item_id), String)
    )
    stmt = (
        sa_select(
            col(Match.indicator_id),
            col(Match.id),
            col(Match.dismissed),
            published,
            origin,
            col(FeedItem.title),
            col(FeedItem.link),
            col(Feed.name),
            col(Feed.reliability),
        )
        .join(FeedItem, col(FeedItem.id) == col(Match.item_id))
        .join(Feed, col(Feed.id) == col(FeedItem.feed_id))
        .outerjoin(StoryItem, col(StoryItem.item_id) == col(Match.item_id))
    )
    if indicator_ids is not None:
        stmt = stmt.where(col(Match.indicator_id).in_(indicator_ids))
    with store.session() as s:
        return [
            _Row(str(i), int(m), bool(d), p, str(o), str(t), lk, str(f), str(r))
            for i, m, d, p, o, t, lk, f, r in s.execute(stmt)
        ]


def _counting(r: _Row, ind: Indicator) -> bool:
    if r.dismissed:
        return False
    if ind.valid_until is None:
        return True
    return r.published.astimezone(UTC).date() <= ind.valid_until


def board(store: Store, *, include_disabled: bool = False) -> list[BoardRow]:
    """One row per indicator (drafts left out), most pressing first."""
    with store.session() as s:
        inds = [
            i
            for i in s.exec(select(Indicator).order_by(col(Indicator.id)))
            if i.status != rules.DRAFT and (include_disabled or i.enabled)
        ]
    by_ind: dict[str, list[_Row]] = {}
    for r in _match_rows(store, [i.id for i in inds]):
        by_ind.setdefault(r.indicator_id, []).append(r)
    rows: list[BoardRow] = []
    for ind in inds:
        counting = sorted(
            (r for r in by_ind.get(ind.id, []) if _counting(r, ind)),
            key=lambda r: (r.published, r.match_id),
        )
        latest = counting[-1] if counting else None
        rows.append(
            BoardRow(
                id=ind.id,
                title=ind.title,
                status=ind.status,
                status_since=iso_utc(ind.status_changed_at),
                matches=len(counting),
                origins=len({r.origin for r in counting}),
                min_origins=ind.min_origins,
                first_report=iso_utc(counting[0].published) if counting else None,
                latest_report=iso_utc(latest.published) if latest else None,
                latest_title=latest.title if latest else None,
                latest_link=latest.link if latest else None,
                latest_feed=latest.feed if latest else None,
                latest_reliability=latest.reliability if latest else None,
                valid_until=ind.valid_until.isoformat() if ind.valid_until else None,
                enabled=ind.enabled,
            )
        )
    rows.sort(key=_board_order)
    return rows


def _board_order(b: BoardRow) -> tuple[int, float, str]:
    latest = float("-inf")
    if b.latest_report:
        latest = datetime.fromisoformat(b.latest_report.replace("Z", "+00:00")).timestamp()
    return (RANK.get(b.status, 9), -latest, b.id)


# -- stats ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: str  # ISO date of the period's first day
    matches: int  # logged in the period (dismissed included)
    dismissed: int
    new_origins: int  # independent origins first seen in the period (counting matches)
    origins: int  # independent origins up to the period's end (cumulative)


@dataclass(frozen=True)
class StatsRow:
    id: str
    title: str
    status: str
    matches: int
    dismissed: int
    dismissed_share: float
    origins: int
    periods: list[Period] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


BUCKETS = ("day", "week", "month")


def _bucket(d: date, every: str) -> date:
    if every == "day":
        return d
    if every == "week":
        return d - timedelta(days=d.weekday())
    return d.replace(day=1)


def _next(d: date, every: str) -> date:
    if every == "day":
        return d + timedelta(days=1)
    if every == "week":
        return d + timedelta(days=7)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def stats(
    store: Store,
    *,
    since: datetime | None = None,
    every: str = "week",
    indicator_id: str | None = None,
    now: datetime | None = None,
) -> list[StatsRow]:
    """Per indicator: its matches, the share an analyst dismissed, its independent
    origins, and per period (``day``/``week``/``month``, by the items' published time)
    since ``since`` the same counts — how the evidence built up."""
    if every not in BUCKETS:
        raise InvalidInputError(f"invalid period {every!r}: use day, week or month")
    store.require_indicator(indicator_id)
    now = now or datetime.now(UTC)
    with store.session() as s:
        stmt = select(Indicator).order_by(col(Indicator.id))
        if indicator_id is not None:
            stmt = stmt.where(col(Indicator.id) == indicator_id)
        inds = [i for i in s.exec(stmt) if i.status != rules.DRAFT]
    by_ind: dict[str, list[_Row]] = {}
    for r in _match_rows(store, [i.id for i in inds]):
        by_ind.setdefault(r.indicator_id, []).append(r)
    out: list[StatsRow] = []
    for ind in inds:
        rows = sorted(by_ind.get(ind.id, []), key=lambda r: (r.published, r.match_id))
        counting = [r for r in rows if _counting(r, ind)]
        dismissed = sum(r.dismissed for r in rows)
        first_seen: dict[str, date] = {}
        for r in counting:
            first_seen.setdefault(r.origin, r.published.astimezone(UTC).date())
        periods: list[Period] = []
        if rows:
            start = since.astimezone(UTC).date() if since else rows[0].published.date()
            p = _bucket(start, every)
            end = now.astimezone(UTC).date()
            while p <= end:
                q = _next(p, every)
                inside = [r for r in rows if p <= r.published.astimezone(UTC).date() < q]
                periods.append(
                    Period(
                        start=p.isoformat(),
                        matches=len(inside),
                        dismissed=sum(r.dismissed for r in inside),
                        new_origins=sum(p <= d < q for d in first_seen.values()),
                        origins=sum(d < q for d in first_seen.values()),
                    )
                )
                p = q
        out.append(
            StatsRow(
                id=ind.id,
                title=ind.title,
                status=ind.status,
                matches=len(rows),
                dismissed=dismissed,
                dismissed_share=round(dismissed / len(rows), 3) if rows else 0.0,
                origins=len(first_seen),
                periods=periods,
            )
        )
    return out


__all__ = ["BUCKETS", "BoardRow", "Period", "StatsRow", "board", "stats"]
