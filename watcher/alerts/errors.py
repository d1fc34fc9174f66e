"""The alerts package's exceptions (one root)::

    AlertError
    ├── ChannelError   a channel's configuration or secret is unusable (a user error)
    └── PayloadError   an alert's content cannot be built (its match or feed is gone)

Sending never raises for the receiver's problems: a refused, failed or timed-out
attempt is a :class:`~watcher.alerts.notify.SendResult`, i.e. a value.
"""

from __future__ import annotations


class AlertError(Exception):
    """Root of the alert errors."""


class ChannelError(AlertError, ValueError):
    """A channel cannot be used as configured (bad value, unset secret); one line."""


class PayloadError(AlertError):
    """An alert's content cannot be built."""
