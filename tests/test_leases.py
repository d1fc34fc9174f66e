"""Feed leases: several daemons on one database each poll different feeds; a dead
holder's lease expires and its feeds are taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage.feeds import PollRecord, claim_due_feeds, record_poll, release_leases
from storage.store import Store
from tests.feedserver import wait_for

NOW = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=2)


def add_feeds(store: Store, n: int) -> list[int]:
    return [store.add_feed(f"https://f{i}.example.org/rss").id or 0 for i in range(n)]


def test_concurrent_claimers_never_share_a_feed(store: Store) -> None:
    ids = add_feeds(store, 120)
    got: dict[str, list[int]] = {}
    errors: list[BaseException] = []

    def claimer(name: str) -> None:
        mine: list[int] = []
        try:
            while batch := claim_due_feeds(store, NOW, owner=name, lease=LEASE, limit=7):
                mine += [f.id for f in batch]
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        got[name] = mine

    threads = [threading.Thread(target=claimer, args=(f"r{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    claimed = [fid for mine in got.values() for fid in mine]
    assert sorted(claimed) == sorted(ids)  # every feed once, none twice
    assert {f.lease_owner for f in store.feeds()} <= set(got)


def test_lease_expires_and_recording_releases(store: Store) -> None:
    ids = add_feeds(store, 3)
    assert [f.id for f in claim_due_feeds(store, NOW, owner="dead", lease=LEASE)] == ids
    assert claim_due_feeds(store, NOW + timedelta(seconds=90), owner="alive", lease=LEASE) == []
    # The holder died: after the lease, another replica takes its feeds.
    later = NOW + LEASE + timedelta(seconds=1)
    taken = claim_due_feeds(store, later, owner="alive", lease=LEASE)
    assert [f.id for f in taken] == ids
    assert {f.lease_owner for f in store.feeds()} == {"alive"}
    # Recording a poll releases that feed's lease (and schedules it).
    record_poll(
        store,
        ids[0],
        PollRecord(polled_at=later, next_due_at=later + LEASE * 10, status=200, success=True),
    )
    feed = store.feed(ids[0])
    assert (feed.lease_owner, feed.lease_until) == (None, None)
    assert release_leases(store, "alive") == 2
    assert claim_due_feeds(store, later, owner="next", lease=LEASE)[0].id == ids[1]


def test_a_second_daemon_on_sqlite_is_refused(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "WATCHER_DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}",
        "WATCHER_CONFIG": str(tmp_path / "none.toml"),
    }
    exe = Path(sys.executable).with_name("watcher")
    first = subprocess.Popen(
        [str(exe), "run", "--tick", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = tmp_path / "w.db.daemon.lock"
        assert wait_for(
            lambda: lock.exists() and lock.read_text().strip() == str(first.pid), timeout=30
        )
        second = subprocess.run(
            [str(exe), "run"], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 2
        assert f"another watcher daemon (pid {first.pid}) is running" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=15)
    assert first.returncode == 0
