"""Channel configuration: the ``[[channels]]`` and ``[alerts]`` tables of ``watcher.toml``
as validated value objects (pydantic), and the secrets they name, read from the
environment when a sender is built — never stored, logged or dumped.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping
from datetime import time, timedelta
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    field_validator,
    model_validator,
)

from indicators.durations import format_duration, parse_duration
from watcher.alerts.errors import ChannelError


def _duration(value: Any) -> Any:
    if isinstance(value, str):
        return parse_duration(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return timedelta(seconds=value)
    return value


Duration = Annotated[
    timedelta,
    BeforeValidator(_duration),
    PlainSerializer(lambda d: format_duration(d.total_seconds()), return_type=str),
]
ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"


class ChannelBase(BaseModel):
    """What every channel has: a name, the indicators it wants, and when it is sent."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$", max_length=80)
    indicators: list[str] = Field(default_factory=lambda: ["*"], min_length=1)
    mode: Literal["instant", "digest"] = "instant"
    digest: Literal["hourly", "daily"] = "daily"
    digest_at: str = Field(default="07:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone: str = "UTC"  # of digest_at
    health: bool = False  # also send feed.unhealthy / feed.recovered
    status: bool = False  # also send indicator.status_changed (for the indicators it wants)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @property
    def digest_time(self) -> time:
        hour, minute = self.digest_at.split(":")
        return time(int(hour), int(minute))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def wants(self, indicator_id: str) -> bool:
        return "*" in self.indicators or indicator_id in self.indicators


class WebhookChannel(ChannelBase):
    """POST of a signed JSON payload (Standard Webhooks)."""

    type: Literal["webhook"]
    url: str
    secret_env: str = Field(pattern=ENV_NAME)
    timeout: Duration = timedelta(seconds=10)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError(f"invalid webhook URL {value!r}: need http:// or https://")
        return value


class EmailChannel(ChannelBase):
    """Mail through an SMTP server (STARTTLS, implicit TLS or plain) with optional login."""

    type: Literal["email"]
    smtp_host: str
    smtp_port: int | None = Field(default=None, ge=1, le=65535)
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_user_env: str | None = Field(default=None, pattern=ENV_NAME)
    smtp_password_env: str | None = Field(default=None, pattern=ENV_NAME)
    smtp_ca_file: str | None = None  # trust this CA bundle too (an internal CA)
    timeout: Duration = timedelta(seconds=30)
    from_: str = Field(alias="from", pattern=r"^[^@\s]+@[^@\s]+$")
    to: list[Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+$")]] = Field(min_length=1)
    subject_prefix: str = "[watcher]"

    @property
    def port(self) -> int:
        if self.smtp_port is not None:
            return self.smtp_port
        return {"starttls": 587, "tls": 465, "none": 25}[self.smtp_security]

    @model_validator(mode="after")
    def _login_pair(self) -> EmailChannel:
        if bool(self.smtp_user_env) != bool(self.smtp_password_env):
            raise ValueError("smtp_user_env and smtp_password_env go together")
        return self


Channel = Annotated[WebhookChannel | EmailChannel, Field(discriminator="type")]


class AlertSettings(BaseModel):
    """The ``[alerts]`` table: retries, stories, health checks, links."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    give_up_after: Duration = timedelta(hours=24)
    retry_first: Duration = timedelta(seconds=30)  # first retry within this (jittered)
    retry_cap: Duration = timedelta(hours=1)
    story_window: Duration = timedelta(hours=12)
    deliver_every: Duration = timedelta(seconds=5)
    health_every: Duration = timedelta(minutes=5)
    health_failing_after: Duration = timedelta(hours=24)
    health_silence_factor: float = Field(default=3.0, gt=1)
    timeline_url: str | None = (
        None  # e.g. "https://desk.example.org/timeline?indicator={indicator}"
    )


def check_unique_names(channels: list[Any]) -> list[Any]:
    seen: set[str] = set()
    for c in channels:
        if c.name in seen:
            raise ValueError(f"two channels are named {c.name!r}")
        seen.add(c.name)
    return channels


def env_secret(name: str | None, channel: str, environ: Mapping[str, str] | None) -> str | None:
    """The value of the environment variable ``name`` (None when no name is given)."""
    if not name:
        return None
    env = os.environ if environ is None else environ
    value = env.get(name)
    if not value:
        raise ChannelError(f"channel {channel}: environment variable {name} is not set")
    return value


def webhook_key(channel: WebhookChannel, environ: Mapping[str, str] | None = None) -> bytes:
    """The channel's signing key: its ``secret_env`` variable, ``whsec_`` + base64."""
    secret = env_secret(channel.secret_env, channel.name, environ) or ""
    try:
        key = base64.b64decode(secret.removeprefix("whsec_") + "==", validate=False)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) < 16:
        raise ChannelError(
            f"channel {channel.name}: {channel.secret_env} is not a Standard Webhooks secret "
            "(whsec_ followed by base64 of at least 16 bytes)"
        )
    return key


def masked(channel: ChannelBase, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The channel as configured, for display: secrets appear as the name of their
    variable and whether it is set, never their value."""
    env = os.environ if environ is None else environ
    data = channel.model_dump(mode="json", by_alias=True)
    for key, value in list(data.items()):
        if key.endswith("_env") and value:
            data[key] = f"{value} ({'set' if env.get(value) else 'NOT SET'})"
    return data
