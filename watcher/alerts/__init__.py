"""Alerts: every non-backfill match delivered once to each channel that wants it, by email
or signed webhook, through an outbox written with the match; feed health alerts.

Stages, one module each:

* ``channels``  — the ``[[channels]]`` / ``[alerts]`` configuration, secrets from the env
* ``routing``   — which channels an indicator's match goes to, and when (``digest``)
* ``stories``   — same story: canonical link or normalised title
* ``payload``   — the versioned JSON payloads (docs/alerts.md)
* ``render``    — emails (text + sanitised HTML) from payloads
* ``email``, ``webhook`` — the notifiers (SMTP; Standard Webhooks)
* ``sender``    — claim due deliveries, send, decide retry/failed, mark
* ``health``    — feed.unhealthy / feed.recovered
* ``service``   — :class:`Alerting`, the above wired for the daemon and the CLI

Exceptions: see :mod:`watcher.alerts.errors`.
"""

from watcher.alerts.channels import AlertSettings, Channel, EmailChannel, WebhookChannel
from watcher.alerts.errors import AlertError, ChannelError, PayloadError
from watcher.alerts.health import HealthChange, assess, check_health
from watcher.alerts.notify import Message, SendResult
from watcher.alerts.routing import ChannelRouter
from watcher.alerts.sender import DeliverySummary, RetryPolicy, Sender, decide
from watcher.alerts.service import Alerting, deliver_once, send_test

__all__ = [
    "AlertError",
    "AlertSettings",
    "Alerting",
    "Channel",
    "ChannelError",
    "ChannelRouter",
    "DeliverySummary",
    "EmailChannel",
    "HealthChange",
    "Message",
    "PayloadError",
    "RetryPolicy",
    "SendResult",
    "Sender",
    "WebhookChannel",
    "assess",
    "check_health",
    "decide",
    "deliver_once",
    "send_test",
]
