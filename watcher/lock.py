"""One daemon per SQLite store.

SQLite serialises writers, so several daemons on one file gain nothing and would
contend; teams run several replicas on PostgreSQL. A second ``watcher run`` on the
same SQLite file is refused with a clear message. The lock is an ``flock`` on a file
beside the database: the OS drops it when the holder dies, even by SIGKILL.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from storage.store import Store


class DaemonAlreadyRunning(RuntimeError):
    """Another daemon holds this SQLite store."""


@contextlib.contextmanager
def single_daemon(store: Store) -> Iterator[bool]:
    """Hold the store's daemon lock while the block runs. Yields True when the store
    is SQLite (this daemon is then the only one), False for PostgreSQL (no lock:
    replicas share the work through leases)."""
    database = store.engine.url.database
    if store.dialect != "sqlite" or not database or database == ":memory:":
        yield False
        return
    path = Path(f"{database}.daemon.lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise DaemonAlreadyRunning(
                f"another watcher daemon (pid {holder}) is running on {database}; a SQLite "
                "store takes one daemon — use PostgreSQL (WATCHER_DATABASE_URL) for replicas"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield True
    finally:
        os.close(fd)  # closing releases the lock
