"""Alembic environment: runs against the engine the caller passes in
(``storage.db.upgrade``), or ``WATCHER_DATABASE_URL`` when run by the alembic CLI."""

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables)
from storage.db import database_url, make_engine

target_metadata = SQLModel.metadata
engine = context.config.attributes.get("engine") or make_engine(database_url())

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
