"""Source reliability (Admiralty A-F, default F) and article capture flags: set in the
pack or with `watcher feeds set`, validated in one line, shown in lists and alerts."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from indicators.pack import PackError, parse_pack, reliability_label
from storage.deliveries import MatchContext, Source
from storage.store import InvalidInputError, NotFoundError, Store
from tests.conftest import Cli
from watcher.alerts import payload
from watcher.alerts.render import render_match

PACK = """\
pack: rel-test
feeds:
  - name: Wire
    url: https://example.org/wire.xml
    reliability: {grade}
    fetch_articles: true
  - name: Blog
    url: https://example.org/blog.xml
indicators:
  - id: keep
    title: Keep articles
    query: sanctions
    fetch_articles: true
"""


def test_pack_grades_and_defaults(store: Store) -> None:
    store.load_pack(parse_pack(PACK.format(grade="b"), "rel.yaml"))
    feeds = {f.name: f for f in store.feeds()}
    assert (feeds["Wire"].reliability, feeds["Wire"].fetch_articles) == ("B", True)
    assert (feeds["Blog"].reliability, feeds["Blog"].fetch_articles) == ("F", False)
    assert store.indicator("keep").fetch_articles


@pytest.mark.parametrize("grade", ["G", "AB", "1", "''"])
def test_bad_pack_grade_is_one_line(grade: str) -> None:
    with pytest.raises(PackError) as exc:
        parse_pack(PACK.format(grade=grade), "rel.yaml")
    message = str(exc.value)
    assert message.startswith("rel.yaml:5: feeds[0].reliability: invalid reliability")
    assert "use one of A-F (Admiralty scale)" in message
    assert "\n" not in message


def test_set_feed_survives_a_reload_unless_the_pack_states_it(store: Store) -> None:
    text = PACK.format(grade="B")
    store.load_pack(parse_pack(text, "rel.yaml"))
    blog = next(f for f in store.feeds() if f.name == "Blog")
    wire = next(f for f in store.feeds() if f.name == "Wire")
    store.set_feed(blog.id or 0, reliability="c", fetch_articles=True)
    store.set_feed(wire.id or 0, reliability="A")
    store.load_pack(parse_pack(text, "rel.yaml"))
    assert (store.feed(blog.id or 0).reliability, store.feed(blog.id or 0).fetch_articles) == (
        "C",
        True,
    )
    assert store.feed(wire.id or 0).reliability == "B"  # the pack states it: the pack wins
    with pytest.raises(InvalidInputError, match="invalid reliability 'Z'"):
        store.set_feed(blog.id or 0, reliability="Z")
    with pytest.raises(NotFoundError, match="unknown feed id 999"):
        store.set_feed(999, reliability="A")


def test_cli_feeds_set_and_list(cli: Cli) -> None:
    assert cli("feeds", "add", "https://example.org/a.xml", "--name", "A").returncode == 0
    r = cli("feeds", "set", "1", "--reliability", "b", "--fetch-articles")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "feed 1: reliability B (usually reliable), articles kept"
    [row] = [json.loads(line) for line in cli("feeds", "list", "--json").stdout.splitlines()]
    assert (row["reliability"], row["fetch_articles"]) == ("B", True)
    assert "B +art" in cli("feeds", "list").stdout
    assert "articles not fetched" in cli("feeds", "set", "1", "--no-fetch-articles").stdout
    for args, message in (
        (("feeds", "set", "1", "--reliability", "G"), "error: invalid reliability 'G'"),
        (("feeds", "set", "7", "--reliability", "A"), "error: unknown feed id 7"),
        (("feeds", "set", "1"), "error: nothing to set"),
    ):
        r = cli(*args)
        assert r.returncode == 2
        assert r.stderr.startswith(message)
        assert len(r.stderr.strip().splitlines()) == 1


def test_alerts_show_the_source_reliability() -> None:
    at = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
    item = Source(7, "US sanctions Chinese firms", "https://news.example.org/a1", at, 3, "Wire",
                  "https://example.org/wire.xml", "B")  # fmt: skip
    ctx = MatchContext(
        match_id=1,
        matched_at=at,
        hits=[],
        snippet="US «sanctions» Chinese firms",
        score=1.0,
        query_version="v1",
        indicator_id="sanctions",
        indicator_title="Sanctions",
        indicator_description="",
        indicator_status="watching",
        document_keys=[],
        item=item,
        item_summary="",
        item_content="",
        sources=[item],
    )
    data = payload.match_data(ctx)
    assert data["item"]["feed"]["reliability"] == "B"
    assert data["item"]["feed"]["reliability_label"] == "B (usually reliable)"
    rendered = render_match(payload.match_created(ctx), "[watch]")
    assert "Reliability: B (usually reliable)" in rendered.text
    assert "Reliability: B (usually reliable)" in rendered.html
    assert reliability_label("F") == "F (cannot be judged)"
