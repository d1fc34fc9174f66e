"""Configuration, read once at the edge (the CLI) and passed down as plain values.

Sources, highest priority first: environment variables ``WATCHER_*``, then
``watcher.toml`` (path from ``WATCHER_CONFIG``), then defaults. Secrets are never
stored in the file or the database: channels name the variables that hold them.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from storage.db import DEFAULT_URL
from watcher.alerts.channels import AlertSettings, Channel, check_unique_names


class ConfigError(ValueError):
    """The configuration file or an environment variable is invalid."""


def config_path() -> Path:
    return Path(os.environ.get("WATCHER_CONFIG") or "watcher.toml")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WATCHER_", extra="ignore")

    database_url: str = Field(default=DEFAULT_URL, description="SQLAlchemy URL of the store")
    log_level: str = "INFO"
    feed_lease_seconds: int = Field(
        default=120,
        ge=10,
        description="how long a daemon's claim on a due feed lasts if it dies mid-poll",
    )
    # Alert channels ([[channels]]) and alert settings ([alerts]); see docs/alerts.md.
    channels: list[Channel] = Field(default_factory=list)
    alerts: AlertSettings = Field(default_factory=AlertSettings)

    @field_validator("channels")
    @classmethod
    def _unique_channel_names(cls, value: list[Channel]) -> list[Channel]:
        return check_unique_names(value)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_path())
        return (init_settings, env_settings, toml)


def load_settings() -> Settings:
    """The effective settings; a bad file or value raises :class:`ConfigError` (one line)."""
    try:
        return Settings()
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{config_path()}: invalid TOML: {exc}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(map(str, err["loc"]))
        raise ConfigError(f"{config_path()}: {where}: {err['msg']}") from None
