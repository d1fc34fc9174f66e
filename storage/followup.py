"""What follows a new match, in the transaction that logged it: its item joins a story
(:mod:`storage.stories`) and its indicator's status is re-derived (:mod:`storage.status`),
so an indicator is never ``reported`` by a match that was not stored, nor a stored match
left uncounted. Both the poll path (:func:`storage.queries.add_items`) and the rematch
path (:func:`storage.bulk.log_matches`) call :func:`after_new_matches`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from storage import status, stories
from storage.models import Match
from storage.store import Store, chunked


def after_new_matches(
    store: Store,
    s: Session,
    item_ids: Sequence[int],
    now: datetime,
    *,
    router: status.StatusRouter | None = None,
) -> list[status.Change]:
    """Group the items that got new matches into stories, then refresh the status of
    every indicator matched on them; returns the status changes recorded."""
    if not item_ids:
        return []
    stories.group_matched(store, s, item_ids, now=now)
    indicators: set[str] = set()
    for part in chunked(sorted(set(item_ids)), 500):
        indicators.update(
            s.exec(select(col(Match.indicator_id)).where(col(Match.item_id).in_(list(part))))
        )
    return status.refresh(store, s, indicators, now, router=router)


__all__ = ["after_new_matches"]
