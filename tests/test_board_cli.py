"""The analyst's screens end to end: local feeds polled from a real HTTP server on
127.0.0.1 (one Reuters story reprinted by two sites, one independent report), then the
board, stories, stats, dismissal and judgements through the real CLI."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from indicators.pack import load_pack_file
from storage.store import Store
from tests.conftest import MINI_PACK, Cli
from tests.feedserver import FeedServer, Route, serve_feeds
from tests.feedserver import rss as feed_rss
from watcher.fetch import FetchSettings
from watcher.schedule import poll_once

NOW = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
FAST = FetchSettings(connect_timeout=2, total_timeout=5)
WIRE_TITLE = "US sanctions Chinese firms over support for Russia's military"
WIRE_TEXT = (
    "WASHINGTON, July 2 (Reuters) - The United States on Wednesday imposed sanctions on a"
    " dozen Chinese companies it accuses of supplying Russia's military industry, the"
    " Treasury Department said in a statement."
)


def rss(title: str, *items: tuple[str, str, str, str]) -> bytes:
    return feed_rss(*items, now=NOW, title=title)


FEEDS = {
    "/reuters.xml": rss(
        "Reuters",
        ("r1", WIRE_TITLE, WIRE_TEXT, "https://www.reuters.com/world/us-sanctions-china-1"),
    ),
    "/mirror.xml": rss(
        "Mirror",
        (
            "m1",
            WIRE_TITLE + " - Reuters",
            WIRE_TEXT,
            "https://mirror-news.com/world/us-sanctions?utm_source=rss",
        ),
    ),
    "/bbc.xml": rss(
        "BBC",
        (
            "b1",
            "China condemns new US sanctions over Russia trade",
            "Beijing said it would protect its companies after Washington blacklisted firms"
            " it says help Moscow's war effort.",
            "https://www.bbc.co.uk/news/world-asia-china-1",
        ),
    ),
}


def lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture
def polled(store: Store) -> Store:
    store.load_pack(load_pack_file(MINI_PACK))
    for f in store.feeds():
        store.set_feed_enabled(f.id or 0, False)
    with serve_feeds() as server:
        _serve(store, server)
        asyncio.run(poll_once(store, FAST, clock=lambda: NOW))
    return store


def _serve(store: Store, server: FeedServer) -> None:
    for path, body in FEEDS.items():
        server.route(path, Route(body=body))
        feed = store.add_feed(server.url(path), name=path.strip("/").removesuffix(".xml"))
        if path == "/reuters.xml":
            store.set_feed(feed.id or 0, reliability="B")


def test_board_after_a_poll_of_local_feeds(polled: Store, cli: Cli) -> None:
    rows = {r["id"]: r for r in lines(cli("indicators", "board", "--json").stdout)}
    sanctions = rows["sanctions"]
    # Reuters and its reprint are one origin; the BBC report is a second one.
    assert (sanctions["status"], sanctions["origins"], sanctions["matches"]) == (
        "corroborated",
        2,
        3,
    )
    assert sanctions["first_report"] and sanctions["latest_title"]
    assert rows["cbrn-talk"]["status"] == "watching" and rows["cbrn-talk"]["matches"] == 0
    human = cli("indicators", "board")
    assert human.returncode == 0, human.stderr
    assert "corroborated" in human.stdout and "2/2" in human.stdout

    stories = lines(cli("stories", "--since", "2026-07-01", "--json").stdout)
    by_size = sorted(stories, key=lambda s: len(s["items"]))
    assert [len(s["items"]) for s in by_size] == [1, 2]
    wire = by_size[1]
    assert wire["origins"] == 1
    assert {i["link"] for i in wire["items"]} == {
        "https://www.reuters.com/world/us-sanctions-china-1",
        "https://mirror-news.com/world/us-sanctions?utm_source=rss",
    }
    assert {i["origin"] for i in wire["items"]} == {"wire:reuters"}
    assert {i["reliability"] for i in wire["items"]} == {"B", "F"}
    shown = cli("stories", "show", str(wire["id"]))
    assert shown.returncode == 0, shown.stderr
    assert "similar text" in shown.stdout and "wire:reuters" in shown.stdout
    assert "usually reliable" in shown.stdout

    stats = {r["id"]: r for r in lines(cli("indicators", "stats", "--json").stdout)}
    assert (stats["sanctions"]["matches"], stats["sanctions"]["origins"]) == (3, 2)


def test_dismiss_and_judge_through_the_cli(polled: Store, cli: Cli) -> None:
    bbc = [m for m in lines(cli("matches", "--json").stdout) if m["feed"] == "bbc"]
    (match,) = bbc
    out = cli("matches", "dismiss", str(match["id"]), "--reason", "not about the firms")
    assert out.returncode == 0, out.stderr
    assert "corroborated → reported" in out.stdout
    listed = lines(cli("matches", "--dismissed", "--json").stdout)
    dismissed = [m for m in listed if m["id"] == match["id"]]
    assert dismissed[0]["dismissed"] and dismissed[0]["dismissed_reason"] == "not about the firms"
    stats = {r["id"]: r for r in lines(cli("indicators", "stats", "--json").stdout)}
    assert stats["sanctions"]["dismissed"] == 1
    judged = cli("indicators", "status", "sanctions", "confirmed", "--reason", "Treasury notice")
    assert judged.returncode == 0, judged.stderr
    history = lines(cli("indicators", "history", "sanctions", "--json").stdout)
    # One pass brought both origins: its follow-up found the indicator corroborated.
    assert [(h["previous"], h["status"]) for h in history] == [
        ("watching", "corroborated"),
        ("corroborated", "reported"),
        ("reported", "confirmed"),
    ]
    assert history[-1]["actor"] == "analyst" and history[-1]["reason"] == "Treasury notice"
    timeline = lines(cli("timeline", "--json", "--indicator", "sanctions").stdout)
    assert [r["summary"] for r in timeline if r["kind"] == "status"][-1] == (
        "sanctions: reported → confirmed"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["matches", "dismiss", "999", "--reason", "x"], "unknown match id 999"),
        (["matches", "dismiss", "1", "--reason", " "], "a reason is required"),
        (["stories", "show", "999"], "unknown story id 999"),
        (["stories", "--indicator", "nope"], "unknown indicator 'nope'"),
        (["stories", "--since", "soon"], "invalid date 'soon'"),
        (["indicators", "status", "sanctions", "maybe", "--reason", "x"], "invalid status"),
        (["indicators", "status", "nope", "confirmed", "--reason", "x"], "unknown indicator"),
        (["indicators", "stats", "--every", "year"], "invalid period 'year'"),
        (["indicators", "history", "nope"], "unknown indicator 'nope'"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    polled: Store, cli: Cli, args: list[str], message: str
) -> None:
    result = cli(*args)
    assert result.returncode == 2, result.stdout
    assert result.stderr.strip().count("\n") == 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
