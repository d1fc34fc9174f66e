"""Routing: which channels get an alert about a match, when, and in which digest batch.
Pure; the store calls :meth:`ChannelRouter.route` inside the transaction that logs the
match (see :func:`storage.queries.add_items`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from storage.deliveries import Outgoing, Story
from watcher.alerts.channels import AlertSettings, ChannelBase
from watcher.alerts.digest import batch_key, next_slot
from watcher.alerts.stories import story_of


class ChannelRouter:
    """Routes matches to the channels that want their indicator (``indicators``: ids or
    ``*``); instant channels are due at once, digest channels at their next digest time.
    Implements :class:`storage.deliveries.Router`."""

    def __init__(self, channels: Sequence[ChannelBase], *, story_window: timedelta) -> None:
        self.channels = list(channels)
        self._story_window = story_window

    @classmethod
    def for_channels(
        cls, channels: Sequence[ChannelBase], settings: AlertSettings
    ) -> ChannelRouter | None:
        """The router of the configured channels, or None when there are none."""
        return cls(list(channels), story_window=settings.story_window) if channels else None

    @property
    def story_window(self) -> timedelta:
        return self._story_window

    def route(self, indicator_id: str, now: datetime) -> list[Outgoing]:
        return [self._outgoing(c, now) for c in self.channels if c.wants(indicator_id)]

    def health_routes(self, now: datetime) -> list[Outgoing]:
        """Feed health alerts go at once to every channel with ``health = true``."""
        return [Outgoing(c.name, now) for c in self.channels if c.health]

    def status_routes(self, indicator_id: str, now: datetime) -> list[Outgoing]:
        """Status changes go at once to the channels with ``status = true`` that want
        the indicator (never in a digest: they are rare, and the point of the watch)."""
        return [Outgoing(c.name, now) for c in self.channels if c.status and c.wants(indicator_id)]

    def story(self, title: str, link: str | None) -> Story:
        return story_of(title, link)

    @staticmethod
    def _outgoing(channel: ChannelBase, now: datetime) -> Outgoing:
        if channel.mode == "instant":
            return Outgoing(channel.name, now)
        slot = next_slot(now, channel.digest, channel.digest_time, channel.zone)
        return Outgoing(channel.name, slot, batch_key(channel.name, slot))
