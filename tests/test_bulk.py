"""Bulk logging of matches (storage.bulk): new once per (indicator, item), only the new
returned, the indicator's first match stamped with the earliest time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from indicators.pack import parse_pack
from storage import bulk, queries
from storage.queries import NewItem, NewMatch
from storage.store import Store
from tests.conftest import MINI_PACK

T0 = datetime(2026, 7, 2, 8, 0, tzinfo=UTC)


def _match(indicator_id: str, term: str = "sanction*") -> NewMatch:
    hits = [{"term": term, "start": 0, "end": 9, "field": "title"}]
    return NewMatch(indicator_id, hits, f"«{term}» on China", 0.8, "v1")


@pytest.fixture
def item_ids(store: Store) -> list[int]:
    store.load_pack(parse_pack(MINI_PACK.read_text(encoding="utf-8"), "mini.yaml"))
    feed_id = store.feeds()[0].id
    assert feed_id is not None
    items = [NewItem(f"g{i}", f"Sanctions on China {i}") for i in range(30)]
    return [i.id for i in queries.add_items(store, feed_id, items, fetched_at=T0)]


def test_logs_new_matches_once(store: Store, item_ids: list[int]) -> None:
    pairs = [(i, _match(ind)) for i in item_ids for ind in ("sanctions", "cbrn-talk")]
    new = bulk.log_matches(store, pairs, matched_at=T0, batch=7)
    assert len(new) == 60
    assert {(m.item_id, m.indicator_id) for m in new} == {(i, m.indicator_id) for i, m in pairs}
    assert [m.id for m in new] == sorted(m.id for m in new)
    # Again, with one more: only that one is new.
    extra = (item_ids[0], _match("training-disclosed"))
    again = bulk.log_matches(store, [*pairs, extra], matched_at=T0 + timedelta(hours=1))
    assert [(m.item_id, m.indicator_id) for m in again] == [(item_ids[0], "training-disclosed")]
    rows = queries.matches(store, indicator_id="sanctions", limit=100)
    assert len(rows) == 30
    assert rows[0].terms == ["sanction*"] and rows[0].snippet == "«sanction*» on China"
    assert rows[0].score == 0.8 and rows[0].query_version == "v1"
    assert rows[0].matched_at == "2026-07-02T08:00:00Z" and not rows[0].backfill


def test_first_match_keeps_the_earliest(store: Store, item_ids: list[int]) -> None:
    later, earlier = T0 + timedelta(days=1), T0 - timedelta(days=1)
    bulk.log_matches(store, [(item_ids[0], _match("sanctions"))], matched_at=later)
    assert store.indicator("sanctions").first_matched_at == later
    bulk.log_matches(store, [(item_ids[1], _match("sanctions"))], matched_at=earlier)
    assert store.indicator("sanctions").first_matched_at == earlier
    bulk.log_matches(store, [(item_ids[2], _match("sanctions"))], matched_at=later)
    assert store.indicator("sanctions").first_matched_at == earlier
    assert store.indicator("cbrn-talk").first_matched_at is None


def test_backfill_flag_and_nothing_to_log(store: Store, item_ids: list[int]) -> None:
    assert bulk.log_matches(store, [], matched_at=T0) == []
    bulk.log_matches(store, [(item_ids[0], _match("sanctions"))], matched_at=T0, backfill=True)
    (row,) = queries.matches(store, indicator_id="sanctions")
    assert row.backfill


def test_naive_time_is_refused(store: Store, item_ids: list[int]) -> None:
    with pytest.raises(ValueError, match="naive"):
        bulk.log_matches(
            store, [(item_ids[0], _match("sanctions"))], matched_at=datetime(2026, 1, 1)
        )
