"""What follows a new match, in the transaction that logged it: its item joins a story
(:mod:`storage.stories`), its indicator's ``first_matched_at`` is stamped and its status
re-derived (:mod:`storage.status`) — so an indicator is never ``reported`` by a match
that was not stored, nor a stored match left uncounted. The poll path
(:func:`storage.queries.add_items`, :func:`storage.queries.record_matches`) and the
rematch path (:func:`storage.bulk.log_matches`) call :func:`after_new_matches`; a
polling pass instead queues its matched items (:func:`queue`, in the transaction that
logged their matches) and follows them up together at the end of the pass
(:func:`process_queue`): a few statements for the whole pass, not for every feed.

Several replicas on one PostgreSQL database: locks are taken in two ordered phases, so no
two transactions can wait on each other in a cycle — first the story keys of the items
(transaction advisory locks, sorted: two replicas grouping copies of one story take turns,
the second sees the first's story), then the indicator rows that may change (``FOR NO KEY
UPDATE``, sorted). Replicas whose items share no key and no changing indicator never wait.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, delete, func, or_, update
from sqlmodel import Session, SQLModel, col, select

from indicators import status as rules
from storage import status, stories
from storage.models import Indicator, Match, PendingFollowup, utcnow
from storage.store import Store, chunked

RISING = (rules.WATCHING, rules.REPORTED, rules.EXPIRED)


def after_new_matches(
    store: Store,
    s: Session,
    item_ids: Sequence[int],
    now: datetime,
    *,
    router: status.StatusRouter | None = None,
) -> list[status.Change]:
    """In the caller's transaction, for items that just got matches: group them into
    stories, stamp their indicators' ``first_matched_at`` and refresh those indicators'
    status; returns the status changes recorded."""
    if not item_ids:
        return []
    stories.group_matched(store, s, item_ids, now=now)  # phase 1: story keys
    firsts: dict[str, datetime] = {}
    for part in chunked(sorted(set(item_ids)), 500):
        for name, first in s.exec(
            select(col(Match.indicator_id), func.min(col(Match.matched_at)))
            .where(col(Match.item_id).in_(list(part)))
            .group_by(col(Match.indicator_id))
        ):
            if first is not None and (name not in firsts or first < firsts[name]):
                firsts[str(name)] = first
    if not firsts:
        return []
    # Phase 2: the indicators this can change — a first match to stamp, or a status a
    # new match can raise (a corroborated one, or an analyst's judgement, stays).
    earliest = min(firsts.values())
    changing = status.lock_indicators(
        store,
        s,
        sorted(firsts),
        or_(
            col(Indicator.first_matched_at).is_(None),
            col(Indicator.first_matched_at) > earliest,
            col(Indicator.status).in_(RISING),
        ),
    )
    stamps = [
        {"iid": ind.id, "first": firsts[ind.id]}
        for ind in changing
        if ind.first_matched_at is None or ind.first_matched_at > firsts[ind.id]
    ]
    if stamps:  # one statement, many parameter sets
        table = SQLModel.metadata.tables[Indicator.__tablename__]
        s.connection().execute(
            update(table)
            .where(table.c.id == bindparam("iid"))
            .values(first_matched_at=bindparam("first")),
            stamps,
        )
    rising = [i for i in changing if i.status in RISING]
    return status.refresh_locked(store, s, rising, now, router=router)


def queue(store: Store, s: Session, item_ids: Sequence[int], now: datetime) -> None:
    """In the caller's transaction: leave the follow-up of these items to
    :func:`process_queue` (a poll stores and matches; the pass then follows up in bulk)."""
    if item_ids:
        s.connection().execute(
            store.insert_ignore(SQLModel.metadata.tables[PendingFollowup.__tablename__]),
            [{"item_id": i, "queued_at": now} for i in dict.fromkeys(item_ids)],
        )


BATCH = 200  # items followed up in one transaction (see process_batch)
ROUNDS = 500  # batches in one process_queue call at most


def process_batch(
    store: Store,
    *,
    router: status.StatusRouter | None = None,
    now: datetime | None = None,
    batch: int = BATCH,
) -> tuple[int, list[status.Change]]:
    """Follow up at most ``batch`` queued items in one transaction that also takes them
    off the queue (on PostgreSQL with ``SKIP LOCKED``: replicas share the queue without
    taking the same items); returns how many were taken, and the status changes. A
    batch's items and their story candidates are in memory together (their texts and
    shingle sets): 200 keep that to a few MB."""
    table = SQLModel.metadata.tables[PendingFollowup.__tablename__]
    with store.session() as s:
        pick = select(table.c.item_id).order_by(table.c.queued_at, table.c.item_id)
        pick = pick.limit(batch)
        if store.dialect == "postgresql":
            pick = pick.with_for_update(skip_locked=True)
        taken = [
            int(i)
            for i in s.connection()
            .execute(
                delete(table)
                .where(table.c.item_id.in_(pick.scalar_subquery()))
                .returning(table.c.item_id)
            )
            .scalars()
        ]
        if not taken:
            return 0, []
        return len(taken), after_new_matches(store, s, taken, now or utcnow(), router=router)


def process_queue(
    store: Store,
    *,
    router: status.StatusRouter | None = None,
    now: datetime | None = None,
    batch: int = BATCH,
    rounds: int = ROUNDS,
) -> list[status.Change]:
    """Follow up queued items, ``batch`` at a time (:func:`process_batch`), until the
    queue is empty or ``rounds`` batches are done."""
    changes: list[status.Change] = []
    for _ in range(max(rounds, 1)):
        taken, more = process_batch(store, router=router, now=now, batch=batch)
        changes += more
        if taken < batch:
            break
    return changes


def pending(store: Store) -> int:
    """How many items await their follow-up."""
    with store.session() as s:
        return int(s.exec(select(func.count()).select_from(PendingFollowup)).one())


__all__ = ["after_new_matches", "pending", "process_batch", "process_queue", "queue"]
