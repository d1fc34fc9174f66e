"""Shared plumbing of the ``watcher`` command line: the Typer apps, printers, the
one-line user-error handling (exit code 2) and the store opened from settings."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from indicators.durations import DurationError, parse_since
from indicators.pack import PackError
from indicators.query import QueryError
from storage.db import StorageError
from storage.store import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    Store,
)
from watcher.alerts.errors import ChannelError
from watcher.config import ConfigError, load_settings
from watcher.lock import DaemonAlreadyRunning


class FetchFailed(Exception):
    """A URL the user named could not be fetched or parsed (one line)."""


USER_ERRORS = (
    FetchFailed,
    DaemonAlreadyRunning,
    PackError,
    QueryError,
    DurationError,
    NotFoundError,
    ConflictError,
    InvalidInputError,
    StorageError,
    ConfigError,
    ChannelError,
)

app = typer.Typer(
    name="watcher",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Event timeline and indicator watch: has it happened yet, and where was it reported?",
)
indicators_app = typer.Typer(help="The indicators to watch: list, check, test, enable, disable.")
feeds_app = typer.Typer(help="The feeds polled for news items.", no_args_is_help=True)
pack_app = typer.Typer(
    help="Packs of documents, events, indicators and feeds.", no_args_is_help=True
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(indicators_app, name="indicators")
app.add_typer(feeds_app, name="feeds")
app.add_typer(pack_app, name="pack")
app.add_typer(db_app, name="db")


class _Printer:
    """A Rich console made at print time, so redirected streams and COLUMNS are honoured."""

    def __init__(self, **options: Any) -> None:
        self.options = options

    def print(self, *objects: Any, **kwargs: Any) -> None:
        Console(highlight=False, **self.options).print(*objects, **kwargs)


out = _Printer()
err = _Printer(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])

JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
IndicatorOpt = Annotated[str | None, typer.Option("--indicator", "-i", help="Indicator id.")]


_opened: list[Store] = []


def user_errors(fn: F) -> F:
    """Turn the library's user-facing errors into one line on stderr and exit code 2,
    and close the database connections the command opened."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except USER_ERRORS as exc:
            err.print(f"error: {exc}", markup=False, soft_wrap=True)
            raise typer.Exit(2) from None
        finally:
            while _opened:
                _opened.pop().engine.dispose()

    return wrapper  # type: ignore[return-value]


def open_store() -> Store:
    store = Store.open(load_settings().database_url)
    _opened.append(store)
    return store


def ready_store() -> Store:
    """The store, migrated if needed (read commands work on a fresh checkout too)."""
    store = open_store()
    if not store.is_current():
        store.upgrade()
    return store


def emit_json(rows: Iterable[Any]) -> None:
    for row in rows:
        data = row.as_dict() if hasattr(row, "as_dict") else row
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def since_arg(value: str | None) -> datetime | None:
    return parse_since(value, datetime.now(UTC)) if value else None


def report_line(report: Any) -> str:
    def fmt(d: dict[str, int]) -> str:
        return ", ".join(f"{v} {k}" for k, v in sorted(d.items())) or "nothing"

    return (
        f"pack {report.pack} v{report.version}: created {fmt(report.created)}; "
        f"updated {fmt(report.updated)}; removed {fmt(report.removed)}"
    )
