"""Initialising a store and loading packs into it."""

from __future__ import annotations

from pathlib import Path

from indicators.pack import default_pack_text, load_pack_file, parse_pack
from storage import status
from storage.store import PackLoadReport, Store


def init_store(store: Store) -> PackLoadReport:
    """Migrate the schema to the newest revision and load the bundled seed pack
    (idempotent: a second run changes nothing)."""
    store.upgrade()
    text, name = default_pack_text()
    report = store.load_pack(parse_pack(text, source=name))
    status.refresh_all(store)  # a pack can change min_origins or valid_until
    return report


def load_pack(store: Store, path: str | Path) -> PackLoadReport:
    """Validate the pack file at ``path`` whole, then load it in one transaction."""
    pack = load_pack_file(path)
    store.upgrade()
    report = store.load_pack(pack)
    status.refresh_all(store)  # a pack can change min_origins or valid_until
    return report
