"""The store: migrations, idempotent pack loads, constraints that decide what is new."""

from __future__ import annotations

import _sqlite3
import ctypes
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from indicators.pack import parse_pack
from storage import queries
from storage.models import Delivery, Document, Feed, Indicator, TimelineEvent
from storage.queries import NewItem, NewMatch
from storage.store import ConflictError, InvalidInputError, NotFoundError, Store
from tests.conftest import MINI_PACK

TEXT = MINI_PACK.read_text(encoding="utf-8")
T0 = datetime(2026, 7, 2, 8, 0, tzinfo=UTC)


def counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {
            m.__tablename__: s.execute(sa.select(sa.func.count()).select_from(m)).scalar_one()
            for m in (Document, TimelineEvent, Indicator, Feed)
        }


def test_migrations_match_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_sqlite_is_wal_with_busy_timeout(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    store.upgrade()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.engine.dispose()


def _sqlite_memory_used() -> Callable[[], int]:
    """SQLite's own count of the memory it holds (``sqlite3_memory_used``)."""
    try:
        lib = ctypes.CDLL(_sqlite3.__file__)
        used = lib.sqlite3_memory_used
    except (OSError, AttributeError):
        pytest.skip("this Python's sqlite3 module does not export sqlite3_memory_used")
    used.restype = ctypes.c_int64
    return cast(Callable[[], int], used)


def _one_off_statements(conn: Any) -> None:
    # 150 IN lists of different lengths: 150 statements, none of them run twice.
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    for n in range(100, 250):
        conn.execute(f"SELECT count(*) FROM t WHERE id IN ({', '.join('?' * n)})", range(n))


def test_sqlite_connections_do_not_hoard_one_off_statements(tmp_path: Path) -> None:
    """Batch statements (a list bound to IN, many rows in VALUES) are one-offs of tens
    of KB: a store connection keeps a few dozen prepared, not Python's default 128."""
    used = _sqlite_memory_used()
    plain = sqlite3.connect(tmp_path / "plain.db")
    before = used()
    _one_off_statements(plain)
    default_growth = used() - before
    plain.close()

    store = Store.open(f"sqlite:///{tmp_path / 's.db'}")
    with store.engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        before = used()
        _one_off_statements(dbapi)
        ours = used() - before
    store.engine.dispose()
    assert ours < default_growth / 2, (ours, default_growth)


def test_sqlite_statement_journals_stay_in_memory(tmp_path: Path) -> None:
    """A feed's INSERT of ~30 items (4 KB each) keeps a statement journal past SQLite's
    64 KB spill point: on disk, that is a temporary file written for every feed."""
    store = Store.open(f"sqlite:///{tmp_path / 's.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
    store.engine.dispose()


def test_load_reload_edit(store: Store) -> None:
    first = store.load_pack(parse_pack(TEXT, "mini.yaml"))
    assert first.created == {"aliases": 3, "documents": 2, "events": 5, "indicators": 3, "feeds": 2}
    before = counts(store)
    again = store.load_pack(parse_pack(TEXT, "mini.yaml"))
    assert again.created == {} and again.updated == {} and again.removed == {}
    assert counts(store) == before

    edited = (
        TEXT.replace('summary: "Partnership declared"', 'summary: "No-limits partnership"')
        .replace('title: "CBRN talk"', 'title: "CBRN cooperation talk"')
        .replace("interval: 1h", "interval: 2h")
        .replace(
            "start: 2023-01-01\n    end: 2023-12-31\n    precision: year",
            "start: 2023-08-01\n    end: 2023-08-31\n    precision: month",
        )
    )
    report = store.load_pack(parse_pack(edited, "mini.yaml"))
    assert report.updated == {"events": 1, "indicators": 1, "feeds": 1}
    # The map event's date changed: the old row goes, the new one comes; never both.
    assert report.created == {"events": 1} and report.removed == {"events": 1}
    assert counts(store) == before
    assert store.indicator("cbrn-talk").title == "CBRN cooperation talk"
    assert {f.url: f.interval_seconds for f in store.feeds()}[
        "https://example.org/ministry.xml"
    ] == 7200
    rows = queries.timeline(store)
    assert "No-limits partnership" in [r.summary for r in rows]
    assert [r.start for r in rows if r.document == "beta"] == ["2022-02-01", "2023-08-01"]


def test_pack_drops_disable_or_remove(store: Store) -> None:
    store.load_pack(parse_pack(TEXT, "mini.yaml"))
    slim = TEXT.replace(
        '  - name: "Example ministry"\n    url: "https://example.org/ministry.xml"\n'
        '    interval: 1h\n    why: "Test feed."\n',
        "",
    )
    report = store.load_pack(parse_pack(slim, "mini.yaml"))
    assert report.removed == {"feeds": 1}
    ministry = next(f for f in store.feeds() if "ministry" in f.url)
    assert not ministry.enabled and "removed from pack" in (ministry.disabled_reason or "")


def test_failed_load_writes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_load_feeds", boom)
    with pytest.raises(RuntimeError):
        store.load_pack(parse_pack(TEXT, "mini.yaml"))
    assert counts(store) == {"documents": 0, "timeline_events": 0, "indicators": 0, "feeds": 0}


def test_event_unique_per_document_evidence_dates(store: Store) -> None:
    store.load_pack(parse_pack(TEXT, "mini.yaml"))
    with store.session() as s:
        ev = s.execute(sa.select(TimelineEvent)).scalars().first()
        assert ev is not None
        dup = TimelineEvent(**{**ev.model_dump(), "id": None, "summary": "again"})
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(dup)


def _feed(store: Store) -> int:
    return store.add_feed("https://example.org/a.xml", name="A").id or 0


def test_items_once_per_feed_and_stable_id(store: Store) -> None:
    feed_id = _feed(store)
    items = [NewItem("g1", "One", content_sha256="h1"), NewItem("g2", "Two", content_sha256="h2")]
    new = queries.add_items(store, feed_id, items, fetched_at=T0)
    assert [i.title for i in new] == ["One", "Two"]
    edited = [NewItem("g1", "One (updated)", content_sha256="h1b"), NewItem("g3", "Three")]
    new2 = queries.add_items(store, feed_id, edited, fetched_at=T0)
    assert [i.title for i in new2] == ["Three"]  # the edit updates in place, is not "new"
    titles = sorted(i.title for i in queries.items(store))
    assert titles == ["One (updated)", "Three", "Two"]


def test_matches_once_per_indicator_and_item(store: Store) -> None:
    store.load_pack(parse_pack(TEXT, "mini.yaml"))
    feed_id = _feed(store)
    (item,) = queries.add_items(
        store, feed_id, [NewItem("g1", "Sanctions on China")], fetched_at=T0
    )
    found = [
        NewMatch(
            "sanctions",
            [{"term": "sanction*", "start": 0, "end": 9, "field": "title"}],
            "«Sanctions» on China",
            0.8,
            "v1",
        )
    ]
    assert len(queries.record_matches(store, item.id, found, matched_at=T0)) == 1
    assert queries.record_matches(store, item.id, found, matched_at=T0) == []
    assert store.indicator("sanctions").first_matched_at == T0
    rows = queries.matches(store)
    assert [(r.indicator_id, r.title, r.terms) for r in rows] == [
        ("sanctions", "Sanctions on China", ["sanction*"])
    ]


def test_delivery_once_per_match_and_channel(store: Store) -> None:
    store.load_pack(parse_pack(TEXT, "mini.yaml"))
    (item,) = queries.add_items(store, _feed(store), [NewItem("g1", "x")], fetched_at=T0)
    (match_id,) = queries.record_matches(store, item.id, [NewMatch("sanctions", [], "", 1, "v")])
    with store.session() as s:
        s.add(Delivery(match_id=match_id, channel="desk", idempotency_key="k1"))
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(Delivery(match_id=match_id, channel="desk", idempotency_key="k2"))


def test_feeds_add_remove(store: Store) -> None:
    feed = store.add_feed("https://example.org/x.xml", interval_seconds=600)
    assert feed.name == "example.org"
    with pytest.raises(ConflictError, match="already stored"):
        store.add_feed("https://example.org/x.xml")
    for bad in ("example.org/x.xml", "ftp://example.org/x", "https://", "javascript:alert(1)"):
        with pytest.raises(InvalidInputError, match="invalid feed URL"):
            store.add_feed(bad)
    store.remove_feed(feed.id or 0)
    with pytest.raises(NotFoundError, match="unknown feed id"):
        store.remove_feed(feed.id or 0)


def test_removing_a_feed_with_matches_needs_purge(store: Store) -> None:
    store.load_pack(parse_pack(TEXT, "mini.yaml"))
    feed_id = _feed(store)
    (item,) = queries.add_items(store, feed_id, [NewItem("g1", "x")], fetched_at=T0)
    queries.record_matches(store, item.id, [NewMatch("sanctions", [], "", 1, "v")])
    with pytest.raises(ConflictError, match="1 matches"):
        store.remove_feed(feed_id)
    assert len(queries.matches(store)) == 1
    assert store.remove_feed(feed_id, purge=True) == 1
    assert queries.matches(store) == []


def test_timeline_orders_events_and_matches(store: Store) -> None:
    store.load_pack(parse_pack(TEXT, "mini.yaml"))
    (item,) = queries.add_items(
        store,
        _feed(store),
        [NewItem("g1", "Beijing denies", published_at=datetime(2026, 7, 3, 9, tzinfo=UTC))],
        fetched_at=T0,
    )
    queries.record_matches(store, item.id, [NewMatch("sanctions", [], "snip", 1, "v")])
    rows = queries.timeline(store)
    assert [(r.kind, r.start) for r in rows if r.kind != "status"] == [
        ("event", "2022-02-01"),
        ("event", "2023-01-01"),
        ("event", "2025-09-01"),
        ("event", "2026-07-01"),
        ("event", "2026-07-01T20:00:00Z"),
        ("match", "2026-07-03T09:00:00Z"),
    ]
    # The match made its indicator "reported": a timeline entry of its own, when it was.
    assert [r.summary for r in rows if r.kind == "status"] == ["sanctions: watching → reported"]
    windowed = queries.timeline(
        store, since=datetime(2025, 12, 1, tzinfo=UTC), until=datetime(2026, 7, 2, tzinfo=UTC)
    )
    assert [r.stated for r in windowed] == [
        "late 2025",
        "On 1 July 2026",
        "between 20:00 and 20:50 UTC",
    ]
    only = queries.timeline(store, indicator_id="training-disclosed")
    assert [r.summary for r in only] == ["Training in China"]
    with pytest.raises(NotFoundError, match="nope"):
        queries.timeline(store, indicator_id="nope")


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(sa.exc.StatementError, match="naive datetime"):
        queries.add_items(store, _feed(store), [NewItem("g", "t")], fetched_at=datetime(2026, 1, 1))


OTHER = """
pack: other-pack
aliases:
  china: [China, Chinese, Beijing, PRC, 中国, Китай, китайск*]
indicators:
  - id: other-indicator
    title: Other
    query: "@china AND espionage"
feeds:
  - name: Same wire, other name
    url: "https://example.org/wire.xml"
"""


def test_packs_cannot_redefine_each_others_rows(store: Store) -> None:
    store.load_pack(parse_pack(TEXT, "mini.yaml"))
    redefined = OTHER.replace("china: [China,", "china: [Taiwan,")
    with pytest.raises(ConflictError, match="alias @china is already defined by pack mini-test"):
        store.load_pack(parse_pack(redefined, "other.yaml"))
    taken = OTHER.replace("id: other-indicator", "id: sanctions")
    with pytest.raises(ConflictError, match="indicator id 'sanctions' already belongs to pack"):
        store.load_pack(parse_pack(taken, "other.yaml"))
    assert store.aliases()["china"][0] == "China"
    assert store.indicator("sanctions").pack == "mini-test"
    # The same alias definition, a new indicator and a shared feed are fine.
    report = store.load_pack(parse_pack(OTHER, "other.yaml"))
    assert report.created == {"indicators": 1}
    wire = next(f for f in store.feeds() if f.url == "https://example.org/wire.xml")
    assert (wire.name, wire.pack) == ("Example wire", "mini-test")


def test_head_revision_constant_is_alembics_head() -> None:
    from storage import db

    assert db.head_revision() == db.HEAD_REVISION
