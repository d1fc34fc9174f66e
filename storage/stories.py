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
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, insert, text, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col, select

from indicators import stories as domain
from storage.models import Feed, FeedItem, Match, Story, StoryItem, StoryKey, iso_utc, utcnow
from storage.store import InvalidInputError, NotFoundError, Store, chunked

MAX_CANDIDATES = 12  # texts compared per new item (see _Index.near)
LINK_WEIGHT = 1_000  # the same link outranks any number of shared sketch keys
MAX_KEY_ROWS = 2000  # (key, item) pairs read per batch, newest first


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


def _keys(sh: frozenset[int], link_key: str | None) -> list[int]:
    keys = [int(k) for k in domain.sketch_keys(sh)]
    if link_key:
        keys.append(link_hash(link_key))
    return list(dict.fromkeys(keys))


@dataclass
class _Ref:
    """A stored or batch item that may be a candidate; its shingles are computed only
    if it is among the nearest to some new item."""

    item_id: int
    story_id: int
    published: datetime
    link_key: str | None
    origin: str
    title: str = ""
    summary: str = ""
    shingles: frozenset[int] | None = None

    def candidate(self) -> domain.Candidate:
        if self.shingles is None:
            self.shingles = domain.item_shingles(self.title, self.summary)
        return domain.Candidate(
            self.item_id, self.story_id, self.published, self.link_key, self.shingles, self.origin
        )


class _Index:
    """Candidates by lookup key: those stored (read once per batch), and those grouped
    earlier in this batch (so copies arriving together find each other)."""

    def __init__(self) -> None:
        self.by_key: dict[int, dict[int, _Ref]] = {}

    def add(self, key: int, ref: _Ref) -> None:
        self.by_key.setdefault(key, {})[ref.item_id] = ref

    def near(
        self, keys: Sequence[int], at: datetime, link: int | None = None
    ) -> list[domain.Candidate]:
        """The most likely copies first: those with the same link, then those sharing
        the most sketch keys (a copy shares several; an unrelated text rarely one),
        then the nearest in time — at most ``MAX_CANDIDATES``, so the text comparisons
        an item costs stay bounded however crowded the window is."""
        shared: dict[int, int] = {}
        refs: dict[int, _Ref] = {}
        for k in keys:
            weight = LINK_WEIGHT if k == link else 1
            for item_id, ref in self.by_key.get(k, {}).items():
                shared[item_id] = shared.get(item_id, 0) + weight
                refs[item_id] = ref
        ordered = sorted(
            refs.values(),
            key=lambda r: (-shared[r.item_id], abs(r.published - at), r.item_id),
        )
        return [r.candidate() for r in ordered[:MAX_CANDIDATES]]


def _stored_candidates(
    s: Session, keys: set[int], lo: datetime, hi: datetime, index: _Index
) -> None:
    """The stored items sharing a key with the batch inside its window, newest first and
    at most ``MAX_KEY_ROWS`` (key, item) pairs: a huge story is sampled, not read whole."""
    pairs: list[tuple[int, int]] = []
    for part in chunked(sorted(keys), 500):
        pairs += [
            (int(k), int(i))
            for k, i in s.exec(
                select(col(StoryKey.key), col(StoryKey.item_id))
                .join(StoryItem, col(StoryItem.item_id) == col(StoryKey.item_id))
                .where(col(StoryKey.key).in_(list(part)))
                .where(col(StoryItem.published_at) >= lo, col(StoryItem.published_at) <= hi)
                .order_by(col(StoryItem.published_at).desc(), col(StoryKey.item_id).desc())
                .limit(MAX_KEY_ROWS)
            )
        ]
    refs: dict[int, _Ref] = {}
    ids = sorted({i for _, i in pairs})
    for part in chunked(ids, 500):
        for si, title, summary in s.exec(
            select(StoryItem, col(FeedItem.title), col(FeedItem.summary))
            .join(FeedItem, col(FeedItem.id) == col(StoryItem.item_id))
            .where(col(StoryItem.item_id).in_(list(part)))
        ):
            refs[si.item_id] = _Ref(
                si.item_id,
                si.story_id,
                si.published_at or lo,
                si.link_key,
                si.origin,
                title,
                summary,
            )
    for key, item_id in pairs:
        if item_id in refs:
            index.add(key, refs[item_id])


def lock_keys(store: Store, s: Session, keys: set[int]) -> None:
    """On PostgreSQL, take a transaction advisory lock per key, in key order, in one
    statement: two replicas grouping copies of one story (they share keys) take turns,
    and the second then sees the first's story. Released at commit."""
    if store.dialect != "postgresql" or not keys:
        return
    s.execute(
        text("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:keys AS bigint[])) AS k"),
        {"keys": sorted(keys)},
    )


def group(
    store: Store,
    s: Session,
    items: Sequence[ToGroup],
    *,
    now: datetime | None = None,
    window: timedelta = domain.DEFAULT_WINDOW,
    ungrouped: bool = False,
) -> list[int]:
    """In the caller's transaction: put each item not yet in a story into one (joining
    an existing story or starting one); returns the ids of the stories touched. A batch
    costs a fixed handful of statements, plus one per story it starts. ``ungrouped``:
    the caller knows none of ``items`` is in a story yet."""
    now = now or utcnow()
    if not items:
        return []
    done: set[int] = set()
    if not ungrouped:
        done = set(
            s.exec(
                select(col(StoryItem.item_id)).where(
                    col(StoryItem.item_id).in_([i.item_id for i in items])
                )
            )
        )
    todo = [i for i in items if i.item_id not in done]
    if not todo:
        return []
    prepared = []
    for item in todo:
        sh = domain.item_shingles(item.title, item.summary)
        link_key = domain.canonical_url(item.link)
        prepared.append((item, sh, link_key, _keys(sh, link_key)))
    all_keys = {k for p in prepared for k in p[3]}
    lock_keys(store, s, all_keys)
    index = _Index()
    _stored_candidates(
        s,
        all_keys,
        min(i.published for i in todo) - window,
        max(i.published for i in todo) + window,
        index,
    )
    story_table = SQLModel.metadata.tables[Story.__tablename__]
    members: list[dict[str, Any]] = []
    started: list[dict[str, Any]] = []
    keys_rows: list[dict[str, Any]] = []
    touched: list[int] = []
    for item, sh, link_key, keys in prepared:
        new = domain.NewItem(
            item_id=item.item_id,
            published=item.published,
            link=item.link,
            feed_url=item.feed_url,
            title=item.title,
            summary=item.summary,
        )
        decision = domain.decide(
            new,
            index.near(keys, item.published, link_hash(link_key) if link_key else None),
            window=window,
            new_shingles=sh,
        )
        story_id = decision.story_id
        if story_id is None:  # a provisional id (negative) until the stories are inserted
            story_id = -(len(started) + 1)
            started.append(
                {
                    "title": item.title,
                    "link": item.link,
                    "first_item_id": item.item_id,
                    "first_published_at": item.published,
                    "last_published_at": item.published,
                    "items": 1,
                    "origins": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        members.append(
            {
                "item_id": item.item_id,
                "story_id": story_id,
                "reason": decision.reason,
                "score": round(decision.score, 4),
                "joined_via": decision.joined_via,
                "origin": decision.origin,
                "origin_reason": decision.origin_reason,
                "link_key": link_key,
                "published_at": item.published,
                "joined_at": now,
            }
        )
        keys_rows += [{"key": k, "item_id": item.item_id} for k in keys]
        me = _Ref(item.item_id, story_id, item.published, link_key, decision.origin, shingles=sh)
        for k in keys:
            index.add(k, me)
        if story_id not in touched:
            touched.append(story_id)
    if started:  # one statement for the batch's new stories, ids in parameter order
        ids = (
            s.connection()
            .execute(
                insert(story_table).returning(story_table.c.id, sort_by_parameter_order=True),
                started,
            )
            .scalars()
            .all()
        )
        real = {-(n + 1): int(i) for n, i in enumerate(ids)}
        for m in members:
            m["story_id"] = real.get(m["story_id"], m["story_id"])
        touched = [real.get(t, t) for t in touched]
    conn = s.connection()
    conn.execute(insert(SQLModel.metadata.tables[StoryItem.__tablename__]), members)
    if keys_rows:
        conn.execute(
            store.insert_ignore(SQLModel.metadata.tables[StoryKey.__tablename__]), keys_rows
        )
    _recount(s, touched, now)
    return touched


def _recount(s: Session, story_ids: Sequence[int], now: datetime) -> None:
    """Items, independent origins and first/last published of these stories."""
    stats = s.execute(
        sa_select(
            col(StoryItem.story_id),
            func.count(),
            func.count(func.distinct(col(StoryItem.origin))),
            func.min(col(StoryItem.published_at)),
            func.max(col(StoryItem.published_at)),
        )
        .where(col(StoryItem.story_id).in_(list(story_ids)))
        .group_by(col(StoryItem.story_id))
    ).all()
    table = SQLModel.metadata.tables[Story.__tablename__]
    s.connection().execute(
        update(table)
        .where(table.c.id == bindparam("sid"))
        .values(
            items=bindparam("n"),
            origins=bindparam("o"),
            first_published_at=bindparam("first"),
            last_published_at=bindparam("last"),
            updated_at=now,
        ),
        [
            {"sid": sid, "n": n, "o": o, "first": first, "last": last}
            for sid, n, o, first, last in stats
        ],
    )


def group_matched(
    store: Store, s: Session, item_ids: Sequence[int], *, now: datetime | None = None
) -> list[int]:
    """:func:`group` for stored items by id (the rematch path)."""
    touched: list[int] = []
    for part in chunked(sorted(set(item_ids)), 500):
        # The columns grouping reads, not whole rows: an item's raw entry and content
        # can be many times its summary, and a batch's rows are all in memory at once.
        when = func.coalesce(col(FeedItem.published_at), col(FeedItem.fetched_at))
        batch = [
            ToGroup(item_id, published or utcnow(), title, summary, link, url)
            for item_id, published, title, summary, link, url in s.execute(
                sa_select(
                    col(FeedItem.id),
                    when,
                    col(FeedItem.title),
                    col(FeedItem.summary),
                    col(FeedItem.link),
                    col(Feed.url),
                )
                .join(Feed, col(Feed.id) == col(FeedItem.feed_id))
                .outerjoin(StoryItem, col(StoryItem.item_id) == col(FeedItem.id))
                .where(col(FeedItem.id).in_(list(part)), col(StoryItem.item_id).is_(None))
                .order_by(when)
            )
        ]
        touched += group(store, s, batch, now=now, ungrouped=True)
    return touched


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
                published=iso_utc(si.published_at),
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
                first_published=iso_utc(head.first_published_at),
                last_published=iso_utc(head.last_published_at),
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
]
