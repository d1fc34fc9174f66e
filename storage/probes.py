"""What the health check and the metrics ask the database: is it there, and how many
alerts wait to be sent. Cheap statements, safe to run on every scrape."""

from __future__ import annotations

from sqlalchemy import func, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col, select

from storage.deliveries import PENDING
from storage.models import Delivery
from storage.store import Store


def database_reachable(store: Store) -> bool:
    """True when a connection can be had and answers ``SELECT 1``."""
    try:
        with store.engine.connect() as conn:
            return bool(conn.execute(text("SELECT 1")).scalar() == 1)
    except SQLAlchemyError:
        return False


def outbox_depth(store: Store) -> int:
    """Alert deliveries waiting to be sent (status ``pending``, due or not)."""
    with store.session() as s:
        stmt = select(func.count()).select_from(Delivery).where(col(Delivery.status) == PENDING)
        return int(s.exec(stmt).one())


__all__ = ["database_reachable", "outbox_depth"]
