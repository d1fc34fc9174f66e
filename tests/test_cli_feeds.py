"""`watcher feeds import/export/discover/check` end to end, against 127.0.0.1 only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK, Cli
from tests.feedserver import FeedServer, Route, closed_port, serve_feeds

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
    b"<item><guid>1</guid><title>US sanctions Chinese firms</title>"
    b"<description>Treasury listed entities.</description></item>"
    b"<item><guid>2</guid><title>Weather</title></item></channel></rss>"
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve_feeds() as srv:
        srv.route("/feed.xml", Route(body=RSS))
        srv.route(
            "/page.html",
            Route(
                content_type="text/html",
                body=b'<html><head><link rel="alternate" type="application/rss+xml" '
                b'title="Desk feed" href="/feed.xml"></head><body>hi</body></html>',
            ),
        )
        yield srv


def test_import_export_round_trip(cli: Cli, tmp_path: Path) -> None:
    subs = tmp_path / "subs.opml"
    subs.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example.org/rss"/>'
        '<outline type="rss" text="B" xmlUrl="https://b.example.org/atom"/>'
        '<outline type="rss" text="Bad" xmlUrl="gopher://c.example.org/"/></outline>'
        "</body></opml>",
        encoding="utf-8",
    )
    first = cli("feeds", "import", str(subs), "--interval", "1h")
    assert first.returncode == 0, first.stderr
    assert "added 2 feeds, skipped 1 (1 invalid URL)" in first.stdout
    assert "gopher://c.example.org/" in first.stdout
    again = cli("feeds", "import", str(subs))
    assert "added 0 feeds, skipped 3" in again.stdout
    feeds = [json.loads(line) for line in cli("feeds", "list", "--json").stdout.splitlines()]
    assert {f["url"]: f["interval"] for f in feeds} == {
        "https://a.example.org/rss": "1h",
        "https://b.example.org/atom": "1h",
    }
    exported = cli("feeds", "export").stdout
    assert 'xmlUrl="https://a.example.org/rss"' in exported
    back = tmp_path / "back.opml"
    back.write_text(exported, encoding="utf-8")
    assert "added 0 feeds, skipped 2 (2 already stored)" in cli("feeds", "import", str(back)).stdout
    as_json = json.loads(cli("feeds", "export", "--format", "json").stdout)
    assert sorted(f["url"] for f in as_json) == sorted(f["url"] for f in feeds)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["feeds", "import", "/nonexistent.opml"], "no such file: /nonexistent.opml"),
        (["feeds", "export", "--format", "csv"], "invalid --format 'csv'"),
        (["feeds", "check", "not a url"], "invalid feed URL 'not a url'"),
        (["feeds", "discover", "ftp://x.example.org/"], "invalid feed URL"),
    ],
)
def test_feeds_bad_input(cli: Cli, args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.returncode == 2 and message in result.stderr


def test_bad_opml_is_one_line(cli: Cli, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.opml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]>'
        '<opml><body><outline xmlUrl="https://x.example.org/&a;"/></body></opml>'
    )
    result = cli("feeds", "import", str(bomb))
    assert result.returncode == 2 and str(bomb) in result.stderr
    assert "Traceback" not in result.stderr


def test_check_shows_matches_and_stores_nothing(cli: Cli, server: FeedServer) -> None:
    cli("pack", "load", str(MINI_PACK))
    before = cli("feeds", "list", "--json").stdout
    result = cli("feeds", "check", server.url("/feed.xml"), "--json")
    assert result.returncode == 0, result.stderr
    items = [json.loads(line) for line in result.stdout.splitlines()]
    assert [i["title"] for i in items] == ["US sanctions Chinese firms", "Weather"]
    assert list(items[0]["indicators"]) == ["sanctions"] and items[1]["indicators"] == {}
    human = cli("feeds", "check", server.url("/feed.xml"))
    assert "Desk" in human.stdout and "1 would match" in human.stdout
    assert cli("feeds", "list", "--json").stdout == before
    assert cli("matches", "--json").stdout == ""
    dead = cli("feeds", "check", f"http://127.0.0.1:{closed_port()}/x.xml")
    assert dead.returncode == 2 and "error:" in dead.stderr


def test_discover_and_add(cli: Cli, server: FeedServer) -> None:
    shown = cli("feeds", "discover", server.url("/page.html"))
    assert shown.returncode == 0, shown.stderr
    assert server.url("/feed.xml") in shown.stdout and "advertised" in shown.stdout
    assert cli("feeds", "list", "--json").stdout == ""
    added = cli("feeds", "discover", server.url("/page.html"), "--add")
    assert "added 1 feeds" in added.stdout
    feeds = [json.loads(line) for line in cli("feeds", "list", "--json").stdout.splitlines()]
    assert [f["url"] for f in feeds] == [server.url("/feed.xml")]
