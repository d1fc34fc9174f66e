"""Stories in the store: matched items grouped with their copies across feeds, each item
with why it joined and which independent origin it counts as.

An item is grouped when it gets its first match (poll or rematch), in that transaction.
Candidates are found through indexed keys (``story_keys``: the canonical link's hash and
the text's sketch keys), never by scanning the window; :func:`indicators.stories.decide`
then applies the window and the thresholds, so the decision is the pure function's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from indicators import stories as domain
from storage.models import Feed, FeedItem, Match, Story, StoryItem, StoryKey, utcnow
from storage.store import InvalidInputError, NotFoundError, Store, chunked

MAX_CANDIDATES = 200  # nearest in time first; copies of one story are few per window


@dataclass(frozen=True)
class ToGroup:
    """An item to place in a story."""

    item_id: int
    published: datetime
    title: str
    summary: str
    link: str | None
    feed_url: str


def link_hash(link_key: str) -> int:
    """A canonical link as a signed 64-bit key (the ``story_keys`` column)."""
    digest = hashlib.blake2b(b"link\0" + link_key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _candidates(
    s: Session, item: ToGroup, keys: Sequence[int], window: timedelta
) -> list[domain.Candidate]:
    ids = s.exec(
        select(col(StoryKey.item_id))
        .join(StoryItem, col(StoryItem.item_id) == col(StoryKey.item_id))
        .where(col(StoryKey.key).in_(list(keys)), col(StoryKey.item_id) != item.item_id)
        .where(col(StoryItem.published_at) >= item.published - window)
        .where(col(StoryItem.published_at) <= item.published + window)
        .distinct()
    ).all()
    if not ids:
        return []
    rows = s.exec(
        select(StoryItem, FeedItem.title, FeedItem.summary)
        .join(FeedItem, col(FeedItem.id) == col(StoryItem.item_id))
        .where(col(StoryItem.item_id).in_(list(ids)))
    ).all()
    near = sorted(
        rows,
        key=lambda r: (abs((r[0].published_at or item.published) - item.published), r[0].item_id),
    )[:MAX_CANDIDATES]
    return [
        domain.Candidate(
            item_id=si.item_id,
            story_id=si.story_id,
            published=si.published_at or item.published,
            link_key=si.link_key,
            shingles=domain.item_shingles(title, summary),
            origin=si.origin,
        )
        for si, title, summary in near
    ]


def group(
    store: Store,
    s: Session,
    items: Sequence[ToGroup],
    *,
    now: datetime | None = None,
    window: timedelta = domain.DEFAULT_WINDOW,
) -> list[int]:
    """In the caller's transaction: put each item not yet in a story into one (joining
    an existing story or starting one); returns the ids of the stories touched."""
    now = now or utcnow()
    touched: list[int] = []
    for item in items:
        if s.get(StoryItem, item.item_id) is not None:
            continue
        sh = domain.item_shingles(item.title, item.summary)
        link_key = domain.canonical_url(item.link)
        keys = [int(k) for k in domain.sketch_keys(sh)]
        if link_key:
            keys.append(link_hash(link_key))
        new = domain.NewItem(
            item_id=item.item_id,
            published=item.published,
            link=item.link,
            feed_url=item.feed_url,
            title=item.title,
            summary=item.summary,
        )
        decision = domain.decide(
            new, _candidates(s, item, keys, window) if keys else [], window=window
        )
        story_id = decision.story_id
        if story_id is None:
            story = Story(
                title=item.title,
                link=item.link,
                first_item_id=item.item_id,
                first_published_at=item.published,
                last_published_at=item.published,
                items=0,
                origins=0,
                created_at=now,
                updated_at=now,
            )
            s.add(story)
            s.flush()
            story_id = story.id or 0
        s.add(
            StoryItem(
                item_id=item.item_id,
                story_id=story_id,
                reason=decision.reason,
                score=round(decision.score, 4),
                joined_via=decision.joined_via,
                origin=decision.origin,
                origin_reason=decision.origin_reason,
                link_key=link_key,
                published_at=item.published,
                joined_at=now,
            )
        )
        s.flush()
        if keys:
            s.exec(
                store.insert_ignore(StoryKey).values(
                    [{"key": k, "item_id": item.item_id} for k in dict.fromkeys(keys)]
                )
            )
        _recount(s, story_id, now)
        touched.append(story_id)
    return touched


def _recount(s: Session, story_id: int, now: datetime) -> None:
    count, origins, first, last = s.exec(
        select(
            func.count(),
            func.count(func.distinct(col(StoryItem.origin))),
            func.min(col(StoryItem.published_at)),
            func.max(col(StoryItem.published_at)),
        ).where(col(StoryItem.story_id) == story_id)
    ).one()
    s.exec(
        update(Story)
        .where(col(Story.id) == story_id)
        .values(
            items=count,
            origins=origins,
            first_published_at=first,
            last_published_at=last,
            updated_at=now,
        )
    )


def group_matched(
    store: Store, s: Session, item_ids: Sequence[int], *, now: datetime | None = None
) -> list[int]:
    """:func:`group` for stored items by id (the rematch path)."""
    touched: list[int] = []
    for part in chunked(sorted(set(item_ids)), 500):
        rows = s.exec(
            select(FeedItem, Feed.url)
            .join(Feed, col(Feed.id) == col(FeedItem.feed_id))
            .where(col(FeedItem.id).in_(list(part)))
            .order_by(func.coalesce(col(FeedItem.published_at), col(FeedItem.fetched_at)))
        ).all()
        touched += group(store, s, [to_group(r, url) for r, url in rows], now=now)
    return touched


def to_group(item: FeedItem, feed_url: str) -> ToGroup:
    return ToGroup(
        item_id=item.id or 0,
        published=item.published_at or item.fetched_at or utcnow(),
        title=item.title,
        summary=item.summary,
        link=item.link,
        feed_url=feed_url,
    )


# -- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryMember:
    item_id: int
    title: str
    link: str | None
    feed: str
    feed_id: int
    reliability: str
    published: str | None
    reason: str
    score: float
    joined_via: int | None
    origin: str
    origin_reason: str
    indicators: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoryRow:
    id: int
    title: str
    link: str | None
    first_published: str | None
    last_published: str | None
    origins: int
    indicators: list[str]
    items: list[StoryMember]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _iso(ts: datetime | None) -> str | None:
    return ts.astimezone(UTC).isoformat().replace("+00:00", "Z") if ts else None


def stories(
    store: Store,
    *,
    since: datetime | None = None,
    indicator_id: str | None = None,
    limit: int = 50,
    include_dismissed: bool = False,
) -> list[StoryRow]:
    """Stories with an item published since ``since``, newest first; with
    ``indicator_id``, those with an item matching it (its matches not dismissed)."""
    store.require_indicator(indicator_id)
    if limit < 1:
        raise InvalidInputError(f"invalid limit {limit}: must be at least 1")
    with store.session() as s:
        stmt = select(col(Story.id)).order_by(
            col(Story.last_published_at).desc(), col(Story.id).desc()
        )
        if since is not None:
            stmt = stmt.where(col(Story.last_published_at) >= since)
        if indicator_id is not None:
            wanted = (
                select(col(StoryItem.story_id))
                .join(Match, col(Match.item_id) == col(StoryItem.item_id))
                .where(col(Match.indicator_id) == indicator_id)
            )
            if not include_dismissed:
                wanted = wanted.where(col(Match.dismissed).is_(False))
            stmt = stmt.where(col(Story.id).in_(wanted))
        ids = [i for i in s.exec(stmt.limit(limit)) if i is not None]
        return _rows(s, ids, include_dismissed=include_dismissed)


def story(store: Store, story_id: int) -> StoryRow:
    with store.session() as s:
        rows = _rows(s, [story_id], include_dismissed=True)
        if not rows:
            raise NotFoundError(f"unknown story id {story_id}")
        return rows[0]


def _rows(s: Session, ids: Sequence[int], *, include_dismissed: bool) -> list[StoryRow]:
    if not ids:
        return []
    heads = {st.id: st for st in s.exec(select(Story).where(col(Story.id).in_(list(ids))))}
    members: dict[int, list[tuple[StoryItem, FeedItem, Feed]]] = {}
    for si, item, feed in s.exec(
        select(StoryItem, FeedItem, Feed)
        .join(FeedItem, col(FeedItem.id) == col(StoryItem.item_id))
        .join(Feed, col(Feed.id) == col(FeedItem.feed_id))
        .where(col(StoryItem.story_id).in_(list(ids)))
        .order_by(col(StoryItem.published_at), col(StoryItem.item_id))
    ):
        members.setdefault(si.story_id, []).append((si, item, feed))
    item_ids = [si.item_id for rows in members.values() for si, _, _ in rows]
    by_item: dict[int, list[str]] = {}
    for part in chunked(item_ids, 500):
        mstmt = select(col(Match.item_id), col(Match.indicator_id)).where(
            col(Match.item_id).in_(list(part))
        )
        if not include_dismissed:
            mstmt = mstmt.where(col(Match.dismissed).is_(False))
        for item_id, ind in s.exec(mstmt.order_by(col(Match.indicator_id))):
            by_item.setdefault(item_id, []).append(ind)
    out: list[StoryRow] = []
    for sid in ids:
        head = heads.get(sid)
        if head is None:
            continue
        items = [
            StoryMember(
                item_id=si.item_id,
                title=item.title,
                link=item.link,
                feed=feed.name,
                feed_id=feed.id or 0,
                reliability=feed.reliability,
                published=_iso(si.published_at),
                reason=si.reason,
                score=si.score,
                joined_via=si.joined_via,
                origin=si.origin,
                origin_reason=si.origin_reason,
                indicators=by_item.get(si.item_id, []),
            )
            for si, item, feed in members.get(sid, [])
        ]
        out.append(
            StoryRow(
                id=sid,
                title=head.title,
                link=head.link,
                first_published=_iso(head.first_published_at),
                last_published=_iso(head.last_published_at),
                origins=domain.count_origins(m.origin for m in items),
                indicators=sorted({i for m in items for i in m.indicators}),
                items=items,
            )
        )
    return out


__all__ = [
    "StoryMember",
    "StoryRow",
    "ToGroup",
    "group",
    "group_matched",
    "link_hash",
    "stories",
    "story",
    "to_group",
]
