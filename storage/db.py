"""Engines and schema migrations.

``make_engine(url)`` is the one place a database connection is configured:
SQLite gets WAL mode, a busy timeout and foreign keys; PostgreSQL uses psycopg 3.
``upgrade(engine)`` applies the Alembic migrations shipped in this package.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration. Alembic (11 MB of imports) is loaded only to migrate: a running
# daemon compares against this (tests/test_store.py checks it equals alembic's head).
HEAD_REVISION = "0004"

DEFAULT_URL = "sqlite:///data/watcher.db"
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Prepared statements each SQLite connection keeps (Python's default is 128). A list
# bound to ``IN`` or a many-row ``VALUES`` is written out with one placeholder per value,
# so most batch statements are one-offs of tens of KB each: 128 of them held the
# daemon's connections at 13 MB of SQLite memory over a 1,000-feed pass, 32 at 6 MB
# (``bench/bench_poll.py``), with no slower pass. The statements run per item or per
# feed are few, and stay cached.
SQLITE_CACHED_STATEMENTS = 32


class StorageError(Exception):
    """Root of the storage errors: a database the store cannot open or use."""


def database_url(environ: dict[str, str] | None = None) -> str:
    """The database URL: ``WATCHER_DATABASE_URL``, else a SQLite file under ``./data/``."""
    env = os.environ if environ is None else environ
    return env.get("WATCHER_DATABASE_URL") or DEFAULT_URL


def make_engine(url: str) -> Engine:
    """Create an engine for ``url`` (``sqlite:///path`` or ``postgresql://…``)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"invalid database URL {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            connect_args={
                "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                "cached_statements": SQLITE_CACHED_STATEMENTS,
            },
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except ModuleNotFoundError:
            raise StorageError(
                "PostgreSQL needs psycopg: pip install 'cbrn-watcher[postgres]'"
            ) from None
    raise StorageError(f"unsupported database {parsed.get_backend_name()!r} in {url!r}")


def redact_url(url: str) -> str:
    """``url`` with its password masked, for display; an unparseable URL unchanged."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def store_exists(url: str) -> bool:
    """Whether a database is there to read without creating one: for SQLite, the file
    exists (connecting would create it); other backends are servers, assumed there."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    if parsed.get_backend_name() == "sqlite":
        return bool(parsed.database) and Path(parsed.database or "").is_file()
    return True


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    # A statement that changes many rows keeps a statement journal (to undo itself on a
    # constraint error), and SQLite spills it to a temporary *file* past 64 KB: one
    # feed's INSERT of 30 items (4 KB each, with the raw entry) writes ~100 KB there.
    # In memory, a 1,000-feed first poll makes 160 MB and 77,000 write() calls fewer.
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (idempotent)."""
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision (None for an empty database), read without alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str | None:
    """The newest migration, as alembic finds it in ``migrations/``."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(
        _alembic_config(create_engine("sqlite://"))
    ).get_current_head()
