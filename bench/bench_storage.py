"""Benchmark: the store holding 1,000,000 logged matches, on SQLite and PostgreSQL.

Run ``python bench/bench_storage.py`` (1,000,000 matches on 500,000 items) or ``--quick``
for a small smoke run (50,000 matches). SQLite is a temporary file; PostgreSQL runs too
when ``--postgres URL`` or ``WATCHER_TEST_POSTGRES_URL`` names a server (a throwaway
database is created on it and dropped after). Each store gets the seed pack (14
indicators, its feeds), then is filled with raw bulk inserts (the fill is not what is
measured): items one per ~30 s over the past year, two matches each, the indicators
Zipf-distributed (the busiest has about a third of all matches), 1 % dismissed.
PostgreSQL is analysed after the fill, as autovacuum would; SQLite is not (we never run
ANALYZE on it).

Measured, each against its baseline in the same run:

- query: ``storage.queries.matches(since=7 days ago, indicator_id=X, limit=50)`` — what
  ``watcher matches --since 7d --indicator X --limit 50`` runs — for the busiest
  indicator, a less busy one, a quiet one (200 matches, all a year old: nothing to find
  in the last 7 days) and for no indicator. Goal: the query's own time (the statement as
  the function sent it, re-run on the raw connection) under 100 ms; the function's whole
  time (session, ORM rows) is shown beside it. The EXPLAIN plan of each statement is
  printed.
- logging matches on the full store, in rows/s. Goal: >= 20,000 rows/s.
  ``record_matches``: one call (one transaction) per item, as ``rematch`` does;
  ``add_items(match=...)``: items of one feed with their matches, 100 per call, as a
  poll does (matches/s; the items are written too); ``bulk.log_matches``: one
  transaction, batches of 1,000; ``followup.process_queue``: the stories and indicator
  status of the items those two queued (matches/s, for information: not in the goal);
  baseline: the DB-API's own ``executemany`` of a plain
  ``INSERT ... ON CONFLICT DO NOTHING`` (no RETURNING, no first-match stamp) in one
  transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa
from sqlalchemy import event

from storage import bulk, followup, queries
from storage.queries import NewItem, NewMatch, StoredItem
from storage.store import Store
from watcher import packs

QUERY_GOAL_MS = 100.0
QUIET_MATCHES = 200
INSERT_GOAL = 20_000.0
YEAR = timedelta(days=365)
WORDS = [
    "russia",
    "china",
    "cbrn",
    "training",
    "troops",
    "exercise",
    "sanctions",
    "ministry",
    "defence",
    "report",
    "chemical",
    "biological",
    "radiological",
    "nuclear",
    "drills",
    "personnel",
    "partnership",
    "beijing",
    "moscow",
    "kremlin",
    "export",
    "controls",
    "arctic",
    "far",
    "east",
    "espionage",
    "disclosure",
    "statement",
    "officials",
    "denied",
    "confirmed",
    "agreement",
    "military",
    "cooperation",
    "program",
    "units",
    "weapons",
]


@dataclass
class Filled:
    items: int
    matches: int
    seconds: float
    per_indicator: dict[str, int]
    spare: list[int]  # item ids with no matches, for the insert measurements


@dataclass
class QueryTiming:
    label: str
    rows: int
    query_ms: list[float]
    call_ms: list[float]
    plan: list[str]


def fmt(xs: list[float]) -> str:
    """median / p95 / max"""
    q = sorted(xs)
    return f"{statistics.median(q):6.2f} / {q[int(0.95 * (len(q) - 1))]:6.2f} / {q[-1]:6.2f}"


def _dt_sqlite(ts: datetime) -> str:
    # How SQLAlchemy's DateTime stores a (UTC, naive) value in SQLite.
    return ts.strftime("%Y-%m-%d %H:%M:%S.%f")


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


@contextmanager
def backend(kind: str, pg_url: str | None, tmp: Path) -> Iterator[Store]:
    if kind == "sqlite":
        store = Store.open(f"sqlite:///{tmp / 'bench.db'}")
        try:
            yield store
        finally:
            store.engine.dispose()
        return
    assert pg_url is not None
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    name = f"watcher_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    store = Store.open(url)
    try:
        yield store
    finally:
        store.engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def fill(store: Store, n_matches: int, n_spare: int, now: datetime, seed: int = 7) -> Filled:
    """Items (two matches each, over the past year) and spare items (no matches)."""
    rng = random.Random(seed)
    *indicators, quiet = sorted(i.id for i in store.indicators())
    weights = [1 / (rank + 1) for rank in range(len(indicators))]
    feed_ids = [f.id for f in store.feeds()]
    n_items = n_matches // 2
    total = n_items + n_spare
    step = YEAR / total
    start = now - YEAR
    per_indicator: dict[str, int] = dict.fromkeys([*indicators, quiet], 0)
    pg = store.dialect == "postgresql"
    dt: Callable[[datetime], Any] = (lambda t: t) if pg else _dt_sqlite
    item_cols = (
        "id, feed_id, stable_id, link, title, summary, content, published_at, fetched_at, "
        "updated_at, content_sha256, is_backfill, raw"
    )
    match_cols = (
        "indicator_id, item_id, terms, snippet, score, query_version, matched_at, "
        "is_backfill, dismissed"
    )

    def item_rows(lo: int, hi: int) -> Iterator[tuple[Any, ...]]:
        for i in range(lo, hi):
            # Spare items are interleaved with the rest: every nth item has no match.
            t = start + step * i
            title = _text(rng, 8)
            yield (
                i + 1,
                feed_ids[i % len(feed_ids)],
                f"urn:bench:{i}",
                f"https://news.example.org/{i}",
                title,
                _text(rng, 25),
                "",
                dt(t - timedelta(minutes=rng.randint(0, 120))),
                dt(t),
                dt(t),
                f"{i:064x}",
                False,
                "",
            )

    spare_every = max(total // max(n_spare, 1), 1) if n_spare else 0
    spare: list[int] = []
    match_items: list[int] = []
    for i in range(total):
        if spare_every and i % spare_every == 0 and len(spare) < n_spare:
            spare.append(i + 1)
        else:
            match_items.append(i + 1)
    match_items = match_items[:n_items]

    def match_rows() -> Iterator[tuple[Any, ...]]:
        for n, item_id in enumerate(match_items):
            t = start + step * (item_id - 1)
            first = rng.choices(indicators, weights)[0]
            second = first
            while second == first:
                second = rng.choices(indicators, weights)[0]
            # The quiet indicator: a few matches, all a year old (the 7-day query's worst case
            # when the plan walks the time index and filters by indicator).
            for ind in (first, second, quiet) if n < QUIET_MATCHES else (first, second):
                per_indicator[ind] += 1
                terms = json.dumps([{"term": "cbrn", "start": 0, "end": 4, "field": "title"}])
                yield (
                    ind,
                    item_id,
                    terms,
                    "… «CBRN» training …",
                    0.5,
                    "v1",
                    dt(t),
                    False,
                    rng.random() < 0.01,
                )

    began = time.perf_counter()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        if pg:
            with cur.copy(f"COPY feed_items ({item_cols}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in item_rows(0, total):
                    copy.write_row(row)
            with cur.copy(f"COPY matches ({match_cols}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in match_rows():
                    copy.write_row(row)
            cur.execute("SELECT setval('feed_items_id_seq', (SELECT max(id) FROM feed_items))")
        else:
            cur.executemany(
                f"INSERT INTO feed_items ({item_cols}) VALUES ({', '.join('?' * 13)})",
                item_rows(0, total),
            )
            cur.executemany(
                f"INSERT INTO matches ({match_cols}) VALUES ({', '.join('?' * 9)})", match_rows()
            )
        raw.commit()
    finally:
        raw.close()
    if pg:
        with store.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("VACUUM ANALYZE feed_items")
            conn.exec_driver_sql("VACUUM ANALYZE matches")
    matches = sum(per_indicator.values())
    return Filled(total, matches, time.perf_counter() - began, per_indicator, spare)


@contextmanager
def captured(store: Store, needle: str) -> Iterator[list[tuple[str, Any]]]:
    """Statements (with their DB-API parameters) that contain ``needle``."""
    seen: list[tuple[str, Any]] = []

    def hook(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if needle in statement:
            seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", hook)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", hook)


def explain(store: Store, statement: str, params: Any) -> list[str]:
    with store.engine.connect() as conn:
        if store.dialect == "postgresql":
            rows = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", params)
            return [r[0] for r in rows]
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
        depth: dict[int, int] = {0: -1}
        lines = []
        for node, parent, _, detail in rows:
            depth[node] = depth.get(parent, -1) + 1
            lines.append("  " * depth[node] + detail)
        return lines


def time_query(
    store: Store, label: str, since: datetime, indicator_id: str | None, runs: int
) -> QueryTiming:
    call_ms: list[float] = []
    with captured(store, "FROM matches JOIN feed_items") as seen:
        for _ in range(runs + 1):
            began = time.perf_counter()
            rows = queries.matches(store, since=since, indicator_id=indicator_id, limit=50)
            call_ms.append((time.perf_counter() - began) * 1000)
    statement, params = seen[-1]
    query_ms: list[float] = []
    with store.engine.connect() as conn:
        for _ in range(runs + 1):
            began = time.perf_counter()
            conn.exec_driver_sql(statement, params).all()
            query_ms.append((time.perf_counter() - began) * 1000)
    # The first run of each warms caches (and compiles); it is left out.
    return QueryTiming(
        label, len(rows), query_ms[1:], call_ms[1:], explain(store, statement, params)
    )


def _pairs(item_ids: Sequence[int], indicators: Sequence[str]) -> list[tuple[int, NewMatch]]:
    hits = [{"term": "cbrn", "start": 0, "end": 4, "field": "title"}]
    return [
        (item_id, NewMatch(ind, hits, "… «CBRN» training …", 0.5, "v1"))
        for item_id in item_ids
        for ind in indicators
    ]


def time_inserts(
    store: Store, spare: list[int], indicators: Sequence[str], now: datetime, n_ours: int
) -> list[tuple[str, float, int]]:
    """(path, rows/s, rows) for our paths, the bulk path and the DB-API baseline."""
    two = list(indicators[-3:-1])  # less busy indicators (not the quiet one)
    a, rest = spare[:n_ours], spare[n_ours:]
    b, c = rest[: len(rest) // 2], rest[len(rest) // 2 :]
    out: list[tuple[str, float, int]] = []

    began = time.perf_counter()
    logged = 0
    for item_id in a:
        found = [m for _, m in _pairs([item_id], two)]
        logged += len(queries.record_matches(store, item_id, found, matched_at=now))
    out.append(("record_matches (1 item per call)", logged / (time.perf_counter() - began), logged))

    feed_id = store.feeds()[0].id or 0
    hits = [{"term": "cbrn", "start": 0, "end": 4, "field": "title"}]

    def match(item: StoredItem) -> list[NewMatch]:
        return [NewMatch(ind, hits, "… «CBRN» training …", 0.5, "v1") for ind in two]

    began = time.perf_counter()
    logged = 0
    for lo in range(0, n_ours, 100):
        batch = [
            NewItem(f"urn:bench:new:{i}", _text(random.Random(i), 8), content_sha256=f"{i:x}")
            for i in range(lo, min(lo + 100, n_ours))
        ]
        logged += 2 * len(
            queries.add_items(
                store, feed_id, batch, fetched_at=now, match=match, defer_followup=True
            )
        )
    out.append(
        (
            "add_items(match=...) (100 items per call)",
            logged / (time.perf_counter() - began),
            logged,
        )
    )

    began = time.perf_counter()
    new = bulk.log_matches(store, _pairs(b, two), matched_at=now)
    out.append(
        ("bulk.log_matches (one transaction)", len(new) / (time.perf_counter() - began), len(new))
    )
    # What the logging paths queued (add_items and log_matches, as a poll pass and a
    # rematch do): stories and indicator status, followed up in bulk. In matches/s.
    queued = followup.pending(store)
    began = time.perf_counter()
    followup.process_queue(store, now=now)
    out.append(
        (
            f"followup.process_queue ({queued:,} items queued)",
            2 * queued / (time.perf_counter() - began),
            2 * queued,
        )
    )

    cols = (
        "indicator_id, item_id, terms, snippet, score, query_version, matched_at, "
        "is_backfill, dismissed"
    )
    pg = store.dialect == "postgresql"
    mark = "%s" if pg else "?"
    terms = json.dumps(hits)
    stamp: Any = now if pg else _dt_sqlite(now.replace(tzinfo=None))
    rows = [
        (m.indicator_id, item_id, terms, m.snippet, m.score, m.query_version, stamp, False, False)
        for item_id, m in _pairs(c, two)
    ]
    raw = store.engine.raw_connection()
    try:
        began = time.perf_counter()
        cur = raw.cursor()
        cur.executemany(
            f"INSERT INTO matches ({cols}) VALUES ({', '.join([mark] * 9)}) ON CONFLICT DO NOTHING",
            rows,
        )
        raw.commit()
        out.append(
            ("baseline: DB-API executemany", len(rows) / (time.perf_counter() - began), len(rows))
        )
    finally:
        raw.close()
    return out


def run_backend(
    kind: str, pg_url: str | None, n_matches: int, n_ours: int, n_bulk: int, runs: int
) -> bool:
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp, backend(kind, pg_url, Path(tmp)) as store:
        packs.init_store(store)
        filled = fill(store, n_matches, n_ours + 2 * n_bulk, now)
        version = (
            store.engine.connect().exec_driver_sql("SELECT version()").scalar()
            if kind == "postgresql"
            else f"SQLite {__import__('sqlite3').sqlite_version}"
        )
        print(f"\n== {kind}: {version}")
        print(
            f"filled {filled.matches:,} matches on {filled.items:,} items in "
            f"{filled.seconds:.1f} s (raw {'COPY' if kind == 'postgresql' else 'executemany'}; "
            "not a measurement)"
        )
        by_count = sorted(filled.per_indicator, key=filled.per_indicator.__getitem__)
        quiet, rare, busiest = by_count[0], by_count[1], by_count[-1]
        since = now - timedelta(days=7)
        timings = [
            time_query(
                store,
                f"--indicator {ind} ({what}, {filled.per_indicator[ind]:,})",
                since,
                ind,
                runs,
            )
            for ind, what in (
                (busiest, "busiest"),
                (rare, "least busy"),
                (quiet, "quiet: all 1 y old"),
            )
        ]
        timings.append(time_query(store, "no --indicator", since, None, runs))
        ok = True
        print(
            f"\nwatcher matches --since 7d ... --limit 50 "
            f"({runs} runs each, ms: median / p95 / max)"
        )
        header = f"{'query':<70} {'rows':>4}  {'query time':>22}  {'matches() call':>22}"
        print(header)
        print("-" * len(header))
        for t in timings:
            print(f"{t.label:<70} {t.rows:>4}  {fmt(t.query_ms):>22}  {fmt(t.call_ms):>22}")
            ok &= statistics.median(t.query_ms) < QUERY_GOAL_MS
        for t in timings:
            print(
                f"\nEXPLAIN {'(ANALYZE, BUFFERS)' if kind == 'postgresql' else 'QUERY PLAN'}: "
                f"{t.label}"
            )
            for line in t.plan:
                print(f"  {line}")
        goal = "met" if ok else "MISSED"
        print(f"\nquery goal (median query time < {QUERY_GOAL_MS:.0f} ms): {goal}")

        indicators = sorted(
            filled.per_indicator, key=filled.per_indicator.__getitem__, reverse=True
        )
        results = time_inserts(store, filled.spare, indicators, now, n_ours)
        base = results[-1][1]
        print(
            f"\nlogging matches into the {filled.matches:,}-match store (rows/s, ratio to baseline)"
        )
        for path, rate, rows in results:
            print(f"  {path:<45} {rate:>10,.0f} rows/s  x{rate / base:5.2f}   ({rows:,} rows)")
        bulk_rate = results[2][1]
        print(
            f"insert goal (bulk.log_matches >= {INSERT_GOAL:,.0f} rows/s): "
            f"{'met' if bulk_rate >= INSERT_GOAL else 'MISSED'}"
        )
        return ok and bulk_rate >= INSERT_GOAL


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small smoke run (50,000 matches)")
    ap.add_argument("--matches", type=int, help="matches in the store (default 1,000,000)")
    ap.add_argument(
        "--postgres",
        default=os.environ.get("WATCHER_TEST_POSTGRES_URL"),
        help="PostgreSQL server URL (default: $WATCHER_TEST_POSTGRES_URL); a database is "
        "created on it and dropped after",
    )
    ap.add_argument("--runs", type=int, default=30, help="timed runs of each query")
    args = ap.parse_args()
    n_matches = args.matches or (50_000 if args.quick else 1_000_000)
    n_ours = 1_000 if args.quick else 5_000
    n_bulk = 10_000 if args.quick else 50_000
    kinds = ["sqlite"] + (["postgresql"] if args.postgres else [])
    if not args.postgres:
        print("PostgreSQL: skipped (no --postgres URL and no WATCHER_TEST_POSTGRES_URL)")
    print(f"store: {n_matches:,} matches; goals are for the full run (1,000,000)")
    for kind in kinds:
        run_backend(kind, args.postgres, n_matches, n_ours, n_bulk, args.runs)


if __name__ == "__main__":
    main()
