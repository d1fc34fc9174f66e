"""Alerting as the daemon and the CLI run it: built once from the configured channels
(their secrets read from the environment now, so a missing one is a start-up error),
it gives the router that writes deliveries with new matches, and sends, checks feed
health and sends test samples with one HTTP client.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import datetime
from types import TracebackType

import httpx

from storage.deliveries import new_idempotency_key
from storage.store import Store
from watcher.alerts import payload as payloads
from watcher.alerts.channels import (
    AlertSettings,
    ChannelBase,
    EmailChannel,
    WebhookChannel,
    env_secret,
    webhook_key,
)
from watcher.alerts.email import EmailNotifier
from watcher.alerts.errors import ChannelError
from watcher.alerts.health import HealthChange, check_health
from watcher.alerts.notify import Message, Notifier, SendResult
from watcher.alerts.routing import ChannelRouter
from watcher.alerts.sender import Clock, DeliverySummary, RetryPolicy, Sender, utcnow
from watcher.alerts.webhook import USER_AGENT, WebhookNotifier


class Alerting:
    """Use as ``async with Alerting(channels, settings) as alerting:``."""

    def __init__(
        self,
        channels: Sequence[ChannelBase],
        settings: AlertSettings | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Clock = utcnow,
        rng: random.Random | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.channels = {c.name: c for c in channels}
        self.settings = settings or AlertSettings()
        self.clock, self.rng, self._transport = clock, rng or random.Random(), transport
        self.router = ChannelRouter.for_channels(channels, self.settings)
        self._keys: dict[str, bytes] = {}
        self._logins: dict[str, tuple[str | None, str | None]] = {}
        for c in channels:  # secrets now: a missing one stops start-up, not the 3 a.m. alert
            if isinstance(c, WebhookChannel):
                self._keys[c.name] = webhook_key(c, environ)
            elif isinstance(c, EmailChannel):
                self._logins[c.name] = (
                    env_secret(c.smtp_user_env, c.name, environ),
                    env_secret(c.smtp_password_env, c.name, environ),
                )
        self._client: httpx.AsyncClient | None = None
        self.notifiers: dict[str, Notifier] = {}

    async def __aenter__(self) -> Alerting:
        self._client = httpx.AsyncClient(
            transport=self._transport, headers={"user-agent": USER_AGENT}
        )
        for c in self.channels.values():
            if isinstance(c, WebhookChannel):
                self.notifiers[c.name] = WebhookNotifier(c, self._keys[c.name], self._client)
            elif isinstance(c, EmailChannel):
                user, password = self._logins[c.name]
                self.notifiers[c.name] = EmailNotifier(c, user=user, password=password)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
        self._client = None
        self.notifiers = {}

    def sender(self, store: Store) -> Sender:
        if self._client is None:
            raise RuntimeError("use Alerting as an async context manager")
        return Sender(
            store,
            self.notifiers,
            self.channels,
            policy=RetryPolicy.of(self.settings),
            clock=self.clock,
            rng=self.rng,
            timeline_url=self.settings.timeline_url,
        )

    async def deliver_due(self, store: Store) -> DeliverySummary:
        """Send every due delivery once (retries are scheduled, not waited for)."""
        return await self.sender(store).deliver_due()

    def check_health(self, store: Store, now: datetime | None = None) -> list[HealthChange]:
        """Record feed health changes and their alerts (sent by the next delivery run)."""
        return check_health(
            store,
            self.router,
            now or self.clock(),
            failing_after=self.settings.health_failing_after,
            silence_factor=self.settings.health_silence_factor,
        )

    def channel(self, name: str) -> ChannelBase:
        if name not in self.channels:
            known = ", ".join(sorted(self.channels)) or "none configured"
            raise ChannelError(f"unknown channel {name!r} (channels: {known})")
        return self.channels[name]

    async def send_test(self, name: str) -> SendResult:
        """Send a clearly marked sample to channel ``name`` now (not through the outbox)."""
        self.channel(name)
        if self._client is None:
            raise RuntimeError("use Alerting as an async context manager")
        sample = Message(new_idempotency_key(), payloads.sample(name, self.clock()))
        return await self.notifiers[name].send(sample)


async def deliver_once(
    store: Store,
    channels: Sequence[ChannelBase],
    settings: AlertSettings | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    clock: Clock = utcnow,
    transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[list[HealthChange], DeliverySummary]:
    """``watcher alerts deliver --once``: check feed health, then send every due alert."""
    alerting = Alerting(channels, settings, environ=environ, clock=clock, transport=transport)
    async with alerting:
        changes = alerting.check_health(store)
        return changes, await alerting.deliver_due(store)


async def send_test(
    channels: Sequence[ChannelBase],
    name: str,
    settings: AlertSettings | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> SendResult:
    """``watcher alerts test CHANNEL``: send a marked sample now and say how it went."""
    alerting = Alerting(channels, settings, environ=environ)
    alerting.channel(name)
    async with alerting:
        return await alerting.send_test(name)
