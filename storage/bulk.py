"""Logging many matches at once: one transaction, a few statements of many rows each
(``INSERT … ON CONFLICT DO NOTHING RETURNING``), each indicator's first match stamped
once.

The same promises as :func:`storage.queries.record_matches` — a match once per
(indicator, item), only the new ones returned, ``first_matched_at`` kept the earliest —
for the paths that log matches in bulk and send no alerts: backfill, rematch over stored
items, imports. Alerting paths keep ``record_matches``/``add_items(router=…)``, which
write each match's outbox rows in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, or_, update
from sqlmodel import SQLModel, col

from storage import followup
from storage.evidence import record_item_evidence
from storage.models import Indicator, Match
from storage.queries import NewMatch
from storage.store import Store, chunked

BATCH = 1000  # rows per INSERT statement: well under SQLite's 32,766 bound parameters

# PostgreSQL: one statement per batch whatever its size, the columns sent as arrays.
# (A multi-row VALUES list of 9,000 parameters costs psycopg more to prepare than to send.)
_PG_INSERT = """
INSERT INTO matches (indicator_id, item_id, terms, snippet, score, query_version,
                     matched_at, is_backfill, dismissed)
SELECT u.indicator_id, u.item_id, u.terms, u.snippet, u.score, u.query_version,
       %(matched_at)s, %(backfill)s, false
FROM unnest(%(indicator_id)b::varchar[], %(item_id)b::integer[], %(terms)b::json[],
            %(snippet)b::text[], %(score)b::float8[], %(query_version)b::varchar[])
     AS u(indicator_id, item_id, terms, snippet, score, query_version)
ON CONFLICT DO NOTHING
RETURNING id, indicator_id, item_id
"""


@dataclass(frozen=True)
class LoggedMatch:
    """A match that was new: its id, indicator and item."""

    id: int
    indicator_id: str
    item_id: int


def log_matches(
    store: Store,
    found: Iterable[tuple[int, NewMatch]],
    *,
    matched_at: datetime,
    backfill: bool = False,
    batch: int = BATCH,
    defer_followup: bool = True,
) -> list[LoggedMatch]:
    """Log ``(item id, match)`` pairs in one transaction; return those that were new (the
    unique constraint decides, so a re-run logs and returns nothing) and stamp each
    indicator's ``first_matched_at`` when ``matched_at`` is earlier than what it has."""
    if matched_at.tzinfo is None:
        raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
    pairs = list(found)
    if not pairs:
        return []
    new: list[LoggedMatch] = []
    with store.session() as s:
        conn = s.connection()
        for part in chunked(pairs, max(batch, 1)):
            if store.dialect == "postgresql":
                new += _insert_pg(conn, part, matched_at, backfill)
            else:
                new += _insert_rows(store, conn, part, matched_at, backfill)
        # The raw entries of newly matched items, headers unknown here (the piece says so).
        record_item_evidence(store, conn, [m.item_id for m in new], source=None)
        indicators = sorted({m.indicator_id for m in new})
        for names in chunked(indicators, max(batch, 1)):
            conn.execute(
                update(Indicator)
                .where(col(Indicator.id).in_(list(names)))
                .where(
                    or_(
                        col(Indicator.first_matched_at).is_(None),
                        col(Indicator.first_matched_at) > matched_at,
                    )
                )
                .values(first_matched_at=matched_at)
            )
        # Stories and indicator status: queued in this transaction, followed up in bulk
        # by followup.process_queue (or here, with defer_followup=False).
        items = sorted({m.item_id for m in new})
        if defer_followup:
            followup.queue(store, s, items, matched_at)
        else:
            followup.after_new_matches(store, s, items, matched_at)
    new.sort(key=lambda m: m.id)
    return new


def _insert_rows(
    store: Store,
    conn: Connection,
    pairs: Sequence[tuple[int, NewMatch]],
    matched_at: datetime,
    backfill: bool,
) -> list[LoggedMatch]:
    # A list of parameter sets with RETURNING: SQLAlchemy's "insertmanyvalues" sends it
    # as one multi-row INSERT.
    table = SQLModel.metadata.tables[Match.__tablename__]
    stmt = store.insert_ignore_returning(table, "id", "indicator_id", "item_id")
    rows = [
        {
            "indicator_id": m.indicator_id,
            "item_id": item_id,
            "terms": m.hits,
            "snippet": m.snippet,
            "score": m.score,
            "query_version": m.query_version,
            "matched_at": matched_at,
            "is_backfill": backfill,
            "dismissed": False,
        }
        for item_id, m in pairs
    ]
    result = conn.execute(stmt, rows)
    return [LoggedMatch(int(i), str(ind), int(item)) for i, ind, item in result.all()]


def _insert_pg(
    conn: Connection,
    pairs: Sequence[tuple[int, NewMatch]],
    matched_at: datetime,
    backfill: bool,
) -> list[LoggedMatch]:
    params: dict[str, Any] = {
        "matched_at": matched_at.astimezone(UTC),
        "backfill": backfill,
        "indicator_id": [m.indicator_id for _, m in pairs],
        "item_id": [item_id for item_id, _ in pairs],
        "terms": [json.dumps(m.hits, ensure_ascii=False) for _, m in pairs],
        "snippet": [m.snippet for _, m in pairs],
        "score": [float(m.score) for _, m in pairs],
        "query_version": [m.query_version for _, m in pairs],
    }
    result = conn.exec_driver_sql(_PG_INSERT, params)
    return [LoggedMatch(int(i), str(ind), int(item)) for i, ind, item in result.all()]


__all__ = ["BATCH", "LoggedMatch", "log_matches"]
