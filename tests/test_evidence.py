"""Evidence as fetched: the raw entry of every matched item kept once, hashed, with the
feed response that brought it; export with a manifest; verify by recomputing hashes."""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from indicators.pack import load_pack_file
from storage import evidence, queries
from storage.evidence import ITEM, RAW_MISSING, REMATCH_NOTE
from storage.models import Evidence
from storage.store import InvalidInputError, NotFoundError, Store
from tests.conftest import MINI_PACK, Cli
from tests.feedserver import FeedServer, Route, serve_feeds
from tests.feedserver import rss as feed_rss
from watcher import evidence as export_lib
from watcher.fetch import FetchSettings
from watcher.match import rematch
from watcher.schedule import poll_once

NOW = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
FAST = FetchSettings(connect_timeout=2, total_timeout=5)


def rss(*items: tuple[str, str, str]) -> bytes:
    return feed_rss(*items, now=NOW)


MATCHING = ("a1", "US sanctions Chinese firms over Russia support", "Treasury listed 12 entities.")
PLAIN = ("a2", "Weather in Paris", "Sunny with light wind.")
FEED = rss(MATCHING, PLAIN)


@pytest.fixture
def pack_store(store: Store) -> Store:
    store.load_pack(load_pack_file(MINI_PACK))
    for f in store.feeds():  # tests reach only 127.0.0.1
        store.set_feed_enabled(f.id or 0, False)
    return store


@pytest.fixture
def server() -> FeedServer:
    with serve_feeds() as srv:
        yield srv  # type: ignore[misc]


def poll(store: Store, *, at: datetime = NOW) -> None:
    asyncio.run(poll_once(store, FAST, clock=lambda: at, all_feeds=True))


def item_ids(store: Store) -> dict[str, int]:
    return {i.title: i.id for i in queries.items(store)}


def test_matched_item_keeps_its_raw_entry_once_with_its_hash(
    pack_store: Store, server: FeedServer
) -> None:
    url = server.route("/wire.xml", Route(body=FEED, etag='"v1"', last_modified="Tue, 01 Jul"))
    pack_store.add_feed(url, name="wire")
    poll(pack_store)
    ids = item_ids(pack_store)
    found = evidence.pieces(pack_store, list(ids.values()))
    assert found[ids[PLAIN[1]]] == []  # unmatched: nothing kept
    [piece] = found[ids[MATCHING[1]]]
    assert piece.kind == ITEM
    assert piece.content.startswith("<item><guid>a1</guid>")
    assert piece.content.endswith("</item>")
    assert piece.sha256 == hashlib.sha256(piece.content.encode("utf-8")).hexdigest()
    assert piece.source_url == url
    assert piece.http_status == 200
    assert piece.headers["etag"] == '"v1"'
    assert piece.headers["content-type"] == "application/xml"
    assert set(piece.headers) <= {"date", "etag", "last-modified", "content-type"}
    assert "date" in piece.headers
    assert piece.media_type == "application/xml"
    assert piece.fetched_at == NOW
    assert piece.error is None
    # A changed feed with the same item, polled again: the evidence stays as first kept.
    server.route("/wire.xml", Route(body=rss(MATCHING, ("a3", "Other", "x")), etag='"v2"'))
    poll(pack_store, at=NOW + timedelta(hours=1))
    [again] = evidence.pieces(pack_store, [ids[MATCHING[1]]])[ids[MATCHING[1]]]
    assert again == piece


def test_an_entry_too_large_to_keep_says_so(pack_store: Store, server: FeedServer) -> None:
    big = ("b1", MATCHING[1], "word " * 14_000)  # over the parser's 64,000-character limit
    pack_store.add_feed(server.route("/big.xml", Route(body=rss(big))), name="big")
    poll(pack_store)
    [item_id] = item_ids(pack_store).values()
    [piece] = evidence.pieces(pack_store, [item_id])[item_id]
    assert piece.content == ""
    assert piece.sha256 == hashlib.sha256(b"").hexdigest()
    assert piece.error == RAW_MISSING


def test_rematch_keeps_what_is_known_and_says_headers_are_not(
    store: Store, server: FeedServer
) -> None:
    url = server.route("/wire.xml", Route(body=FEED))
    store.add_feed(url, name="wire")
    poll(store)  # no indicators yet: nothing matches, nothing kept
    ids = item_ids(store)
    assert all(p == [] for p in evidence.pieces(store, list(ids.values())).values())
    store.load_pack(load_pack_file(MINI_PACK))
    report = rematch(store, now=NOW + timedelta(days=1))
    assert {i for i, _ in report.added} == {ids[MATCHING[1]]}
    [piece] = evidence.pieces(store, [ids[MATCHING[1]]])[ids[MATCHING[1]]]
    assert piece.headers == {}
    assert piece.http_status is None
    assert piece.error == REMATCH_NOTE
    assert piece.source_url == url
    assert piece.fetched_at == NOW  # the item's fetch time, not the rematch's
    assert piece.content.startswith("<item><guid>a1</guid>")
    assert piece.sha256 == hashlib.sha256(piece.content.encode()).hexdigest()


def _polled_match(store: Store, server: FeedServer) -> int:
    store.add_feed(server.route("/wire.xml", Route(body=FEED, etag='"v1"')), name="wire")
    poll(store)
    [row] = queries.matches(store)
    return row.id


def test_export_then_verify(pack_store: Store, server: FeedServer, tmp_path: Path) -> None:
    match_id = _polled_match(pack_store, server)
    out = tmp_path / "export"
    report = export_lib.export(pack_store, out, match_id=match_id, now=NOW)
    assert (report.matches, report.files) == (1, 1)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["tool"]["name"] == "cbrn-watcher"
    assert manifest["exported_at"] == "2026-07-02T12:00:00Z"
    [m] = manifest["matches"]
    assert m["id"] == match_id
    assert m["indicator"] == {"id": "sanctions", "title": "Sanctions on Chinese entities"}
    assert m["query"]["text"] == "sanction* AND @china"
    assert m["query"]["version"] and "china" in m["query"]["aliases"]
    assert m["feed"]["reliability"] == "F"
    assert m["feed"]["reliability_label"] == "F (cannot be judged)"
    assert m["item"]["link"] == "https://news.example.org/a1"
    [f] = m["files"]
    data = (out / f["path"]).read_bytes()
    assert f["path"] == f"match-{match_id}/item.xml"
    assert f["sha256"] == hashlib.sha256(data).hexdigest()
    assert f["bytes"] == len(data)
    assert f["headers"]["etag"] == '"v1"'
    assert f["http_status"] == 200
    assert export_lib.verify(out).ok


def test_tampered_file_fails_verify_naming_it(
    pack_store: Store, server: FeedServer, tmp_path: Path
) -> None:
    match_id = _polled_match(pack_store, server)
    out = tmp_path / "export"
    export_lib.export(pack_store, out, match_id=match_id)
    item = out / f"match-{match_id}" / "item.xml"
    item.write_bytes(item.read_bytes().replace(b"12 entities", b"13 entities"))
    report = export_lib.verify(out)
    assert not report.ok
    assert report.problems[0].startswith(f"match-{match_id}/item.xml: sha256 differs")
    item.unlink()
    assert export_lib.verify(out).problems == [f"match-{match_id}/item.xml: missing"]


def test_export_refuses_bad_input(pack_store: Store, server: FeedServer, tmp_path: Path) -> None:
    match_id = _polled_match(pack_store, server)
    with pytest.raises(NotFoundError, match="unknown match id 999"):
        export_lib.export(pack_store, tmp_path / "x", match_id=999)
    with pytest.raises(NotFoundError, match="unknown indicator 'nope'"):
        export_lib.export(pack_store, tmp_path / "x", indicator_id="nope")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InvalidInputError, match="cannot write there"):
        export_lib.export(pack_store, blocker / "sub", match_id=match_id)
    full = tmp_path / "full"
    full.mkdir()
    (full / "other").write_text("x")
    with pytest.raises(InvalidInputError, match="not empty"):
        export_lib.export(pack_store, full, match_id=match_id)


def test_cli_export_by_indicator_verify_and_errors(
    pack_store: Store, server: FeedServer, cli: Cli, tmp_path: Path
) -> None:
    match_id = _polled_match(pack_store, server)
    out = tmp_path / "by-indicator"
    r = cli("evidence", "export", "--indicator", "sanctions", str(out))
    assert r.returncode == 0, r.stderr
    assert "exported 1 matches, 1 files" in r.stdout
    ok = cli("evidence", "verify", str(out))
    assert ok.returncode == 0 and ok.stdout.startswith("OK: 1 files")
    (out / f"match-{match_id}" / "item.xml").write_text("forged")
    bad = cli("evidence", "verify", str(out))
    assert bad.returncode == 1
    assert f"match-{match_id}/item.xml: sha256 differs" in bad.stdout
    for args, message in (
        (("evidence", "export", "999", str(tmp_path / "n")), "error: unknown match id 999"),
        (("evidence", "export", "abc", str(tmp_path / "n")), "error: invalid match id 'abc'"),
        (
            ("evidence", "export", "--indicator", "nope", str(tmp_path / "n")),
            "error: unknown indicator 'nope'",
        ),
        (("evidence", "export", str(match_id), str(out)), "not empty"),
        (
            ("evidence", "export", str(match_id), str(out / "manifest.json" / "x")),
            "cannot write there",
        ),
        (("evidence", "verify", str(tmp_path / "nothing")), "no manifest.json"),
    ):
        r = cli(*args)
        assert r.returncode == 2, (args, r.stdout)
        assert message in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1


def test_json_feed_entry_is_kept_as_json_and_exported_as_item_json(
    pack_store: Store, server: FeedServer, tmp_path: Path
) -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "J",
        "items": [
            {"id": "j1", "url": "https://j.example/1", "title": MATCHING[1]},
            {"id": "j2", "url": "https://j.example/2", "title": PLAIN[1]},
        ],
    }
    body = json.dumps(doc).encode()
    pack_store.add_feed(
        server.route("/feed.json", Route(body=body, content_type="application/feed+json")),
        name="json",
    )
    poll(pack_store)
    [row] = queries.matches(pack_store)
    [piece] = evidence.pieces(pack_store, [row.item_id])[row.item_id]
    assert json.loads(piece.content) == doc["items"][0]
    assert piece.media_type == "application/json"
    assert piece.headers["content-type"] == "application/feed+json"
    export_lib.export(pack_store, tmp_path / "j", match_id=row.id)
    assert (tmp_path / "j" / f"match-{row.id}" / "item.json").read_text() == piece.content
    assert export_lib.verify(tmp_path / "j").ok


def test_tampered_store_fails_verify_after_export(
    pack_store: Store, server: FeedServer, tmp_path: Path
) -> None:
    """The manifest carries the hash recorded at fetch time, so evidence altered in the
    database before export does not verify either."""
    match_id = _polled_match(pack_store, server)
    with pack_store.session() as s:
        s.execute(update(Evidence).values(content="<item>forged</item>"))
    export_lib.export(pack_store, tmp_path / "t", match_id=match_id)
    [problem] = export_lib.verify(tmp_path / "t").problems
    assert problem.startswith(f"match-{match_id}/item.xml: sha256 differs")
