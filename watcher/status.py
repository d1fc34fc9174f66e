"""Indicator status and stories for the command line and the daemon: the store's
functions with the configured alert channels, so a change an analyst makes is alerted
like one the watcher makes."""

from __future__ import annotations

from datetime import datetime

from storage import status
from storage.store import Store
from watcher.alerts.routing import ChannelRouter
from watcher.config import Settings, load_settings


def status_router(settings: Settings | None = None) -> ChannelRouter | None:
    """The configured channels' router, or None when no channel is configured."""
    settings = settings or load_settings()
    return ChannelRouter.for_channels(settings.channels, settings.alerts)


def dismiss_match(store: Store, match_id: int, reason: str) -> list[status.Change]:
    return status.dismiss_match(store, match_id, reason=reason, router=status_router())


def restore_match(store: Store, match_id: int) -> list[status.Change]:
    return status.dismiss_match(store, match_id, reason="", restore=True, router=status_router())


def set_status(
    store: Store, indicator_id: str, wanted: str, reason: str, *, by: str = "analyst"
) -> status.Change:
    return status.set_status(
        store, indicator_id, wanted, reason=reason, actor=by, router=status_router()
    )


def refresh_statuses(store: Store, now: datetime | None = None) -> list[status.Change]:
    """Re-derive every indicator's status (``valid_until`` passes with time)."""
    return status.refresh_all(store, now=now, router=status_router())
