"""Indicator status with history: watching → reported → corroborated by independent
origins, dismissal taking a match back, analyst judgements, expiry; stories in the store;
status-change alerts through a real webhook receiver; the board and stats."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlmodel import select, update

from indicators import status as rules
from storage import board, queries, status, stories
from storage.models import Indicator, Match, StoryItem
from storage.store import InvalidInputError, NotFoundError, Store
from tests.alertkit import (
    ENV,
    T0,
    Clock,
    WebhookReceiver,
    add_feed,
    log_items,
    pack_store,
    payload_of,
    webhook_channel,
    webhook_receiver,
)
from watcher.alerts import Alerting, AlertSettings
from watcher.alerts.render import render
from watcher.match import rematch

SANCTIONS = "US sanctions Chinese firms over support for Russia's war effort"
OTHER = "EU weighs new sanctions on Chinese refiners buying Russian crude oil"


@pytest.fixture
def pstore(store: Store) -> Store:
    return pack_store(store)


def ind(store: Store, indicator_id: str = "sanctions") -> Indicator:
    return store.indicator(indicator_id)


def test_pure_rule_reads_like_the_definition() -> None:
    facts = rules.Facts(matches=0, origins=[], min_origins=2)
    assert rules.automatic_status(facts, date(2026, 7, 1)).status == rules.WATCHING
    one = rules.Facts(matches=3, origins=["wire:reuters"], min_origins=2)
    verdict = rules.automatic_status(one, date(2026, 7, 1))
    assert verdict.status == rules.REPORTED and "wire:reuters" in verdict.reason
    two = rules.Facts(matches=3, origins=["wire:reuters", "site:bbc.co.uk"], min_origins=2)
    assert rules.automatic_status(two, date(2026, 7, 1)).status == rules.CORROBORATED
    late = rules.Facts(matches=0, origins=[], valid_until=date(2026, 6, 30))
    assert rules.automatic_status(late, date(2026, 7, 1)).status == rules.EXPIRED
    assert rules.automatic_status(late, date(2026, 6, 30)).status == rules.WATCHING
    assert rules.next_status(rules.CONFIRMED, two, date(2026, 7, 1)) is None
    assert rules.next_status(rules.DRAFT, two, date(2026, 7, 1)) is None
    with pytest.raises(ValueError, match="'maybe'"):
        rules.parse_status("maybe")


def test_first_match_reports_second_origin_corroborates_with_history(pstore: Store) -> None:
    assert ind(pstore).status == "watching"
    reuters = add_feed(pstore, "reuters", "reuters.com")
    bbc = add_feed(pstore, "bbc", "bbc.co.uk")
    log_items(pstore, reuters, [("r1", SANCTIONS, "https://www.reuters.com/world/a1")], None)
    assert ind(pstore).status == "reported"
    # The same publisher again is not a second origin.
    log_items(pstore, reuters, [("r2", OTHER, "https://www.reuters.com/world/a2")], None, at=T0)
    assert ind(pstore).status == "reported"
    log_items(pstore, bbc, [("b1", OTHER + " today", "https://www.bbc.co.uk/news/1")], None)
    assert ind(pstore).status == "corroborated"
    hist = status.history(pstore, indicator_id="sanctions")
    assert [(c.previous, c.status) for c in hist] == [
        ("watching", "reported"),
        ("reported", "corroborated"),
    ]
    assert "site:reuters.com" in hist[1].reason and "site:bbc.co.uk" in hist[1].reason
    assert hist[1].origins == 2
    # Every change is on the timeline, with its reason.
    rows = [r for r in queries.timeline(pstore, indicator_id="sanctions") if r.kind == "status"]
    assert [r.summary for r in rows] == [
        "sanctions: watching → reported",
        "sanctions: reported → corroborated",
    ]
    assert rows[1].evidence == hist[1].reason


def test_wire_copies_are_one_origin_and_one_story(pstore: Store) -> None:
    feeds = [add_feed(pstore, n, f"{n}.com") for n in ("mirror", "daily", "herald")]
    text = "(Reuters) - The United States imposed sanctions on Chinese firms accused of"
    for n, feed in enumerate(feeds):
        log_items(
            pstore,
            feed,
            [(f"w{n}", SANCTIONS, f"https://{n}.example.com/story?utm_source=rss")],
            None,
            summary=f"WASHINGTON, July 2 {text} helping Russia's military, officials said.",
        )
    assert ind(pstore).status == "reported"  # three sites, one wire origin
    (story,) = stories.stories(pstore, indicator_id="sanctions")
    assert len(story.items) == 3 and story.origins == 1
    assert {m.origin for m in story.items} == {"wire:reuters"}
    assert [m.reason for m in story.items] == ["first item", "similar text", "similar text"]


def test_same_link_with_tracking_parameters_is_one_story(pstore: Store) -> None:
    a, b = add_feed(pstore, "a", "a.org"), add_feed(pstore, "b", "b.org")
    base = "https://www.reuters.com/world/china/us-sanctions-2026-07-02/"
    log_items(pstore, a, [("1", SANCTIONS, base + "?utm_source=twitter&utm_medium=social")], None)
    log_items(pstore, b, [("2", "Different words, same article on China sanctions", base)], None)
    (story,) = stories.stories(pstore)
    assert [m.reason for m in story.items] == ["first item", "same link"]
    assert story.items[1].joined_via == story.items[0].item_id
    shown = stories.story(pstore, story.id)
    assert shown.items[1].score == 1.0
    with pytest.raises(NotFoundError, match="999"):
        stories.story(pstore, 999)


def test_dismissal_takes_a_match_back_and_restore_gives_it(pstore: Store) -> None:
    reuters = add_feed(pstore, "reuters", "reuters.com")
    bbc = add_feed(pstore, "bbc", "bbc.co.uk")
    log_items(pstore, reuters, [("r1", SANCTIONS, "https://reuters.com/1")], None)
    (bbc_item,) = log_items(pstore, bbc, [("b1", OTHER, "https://bbc.co.uk/1")], None)
    assert ind(pstore).status == "corroborated"
    with pstore.session() as s:
        match_id = s.exec(select(Match.id).where(Match.item_id == bbc_item.id)).one()
    with pytest.raises(InvalidInputError, match="reason"):
        status.dismiss_match(pstore, match_id, reason=" ")
    changes = status.dismiss_match(pstore, match_id, reason="about refiners, not firms")
    assert [(c.previous, c.status) for c in changes] == [("corroborated", "reported")]
    assert ind(pstore).status == "reported"
    with pytest.raises(InvalidInputError, match="already dismissed"):
        status.dismiss_match(pstore, match_id, reason="again")
    # Dismissed matches leave the timeline and the default match list.
    assert match_id not in {m.id for m in queries.matches(pstore)}
    assert match_id in {m.id for m in queries.matches(pstore, include_dismissed=True)}
    changes = status.dismiss_match(pstore, match_id, reason="", restore=True)
    assert [c.status for c in changes] == ["corroborated"]
    with pytest.raises(NotFoundError, match="4242"):
        status.dismiss_match(pstore, 4242, reason="x")


def test_analyst_judgement_holds_until_reopened(pstore: Store) -> None:
    feed = add_feed(pstore, "reuters", "reuters.com")
    log_items(pstore, feed, [("r1", SANCTIONS, "https://reuters.com/1")], None)
    change = status.set_status(pstore, "sanctions", "confirmed", reason="Treasury notice seen")
    assert (change.previous, change.status, change.actor) == ("reported", "confirmed", "analyst")
    other = add_feed(pstore, "bbc", "bbc.co.uk")
    log_items(pstore, other, [("b1", OTHER, "https://bbc.co.uk/1")], None)
    assert ind(pstore).status == "confirmed"  # the watcher never overrides a judgement
    with pytest.raises(InvalidInputError, match="already confirmed"):
        status.set_status(pstore, "sanctions", "confirmed", reason="again")
    with pytest.raises(InvalidInputError, match="'proven'"):
        status.set_status(pstore, "sanctions", "proven", reason="x")
    with pytest.raises(InvalidInputError, match="reason"):
        status.set_status(pstore, "sanctions", "dismissed", reason="")
    with pytest.raises(NotFoundError, match="nope"):
        status.set_status(pstore, "nope", "confirmed", reason="x")
    reopened = status.set_status(pstore, "sanctions", "watching", reason="second look")
    assert reopened.status == "corroborated" and reopened.reason.startswith("reopened:")


def test_expiry_after_valid_until_and_only_in_time_reports_count(pstore: Store) -> None:
    with pstore.session() as s:
        s.exec(
            update(Indicator)
            .where(Indicator.id == "cbrn-talk")
            .values(valid_until=T0.date() - timedelta(days=1))
        )
    changes = status.refresh_all(pstore, now=T0)
    assert [(c.indicator_id, c.status) for c in changes] == [("cbrn-talk", "expired")]
    assert "never reported" in changes[0].reason
    assert status.refresh_all(pstore, now=T0) == []  # recorded once
    # Extending valid_until (a pack reload) brings it back.
    with pstore.session() as s:
        s.exec(
            update(Indicator)
            .where(Indicator.id == "cbrn-talk")
            .values(valid_until=T0.date() + timedelta(days=30))
        )
    assert [c.status for c in status.refresh_all(pstore, now=T0)] == ["watching"]


def test_rematch_groups_and_refreshes_status(pstore: Store) -> None:
    pstore.set_indicator_enabled("sanctions", False)
    feed = add_feed(pstore, "reuters", "reuters.com")
    log_items(pstore, feed, [("r1", SANCTIONS, "https://reuters.com/1")], None)
    assert ind(pstore).status == "watching"
    pstore.set_indicator_enabled("sanctions", True)
    assert rematch(pstore).added
    assert ind(pstore).status == "reported"
    with pstore.session() as s:
        assert len(s.exec(select(StoryItem)).all()) == 1


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with webhook_receiver() as r:
        yield r


def test_status_change_alert_goes_to_channels_that_want_it(
    pstore: Store, receiver: WebhookReceiver
) -> None:
    a = Alerting(
        [
            webhook_channel("desk", receiver.url, status=True, indicators=["sanctions"]),
            webhook_channel("quiet", receiver.url + "?quiet"),
        ],
        AlertSettings(),
        environ=ENV,
        clock=Clock(),
        rng=random.Random(3),
    )
    feed = add_feed(pstore, "reuters", "reuters.com")
    log_items(pstore, feed, [("r1", SANCTIONS, "https://reuters.com/1")], a.router)

    async def run() -> None:
        async with a:
            await a.deliver_due(pstore)

    asyncio.run(run())
    kinds = sorted(payload_of(r)["type"] for r in receiver.accepted())
    # desk: the match and the status change; quiet: the match only.
    assert kinds == ["indicator.status_changed", "match.created", "match.created"]
    (changed,) = [payload_of(r) for r in receiver.accepted() if "status" in payload_of(r)["type"]]
    data = changed["data"]
    assert data["indicator"]["id"] == "sanctions"
    assert (data["change"]["from"], data["change"]["to"]) == ("watching", "reported")
    assert data["latest"]["title"] == SANCTIONS and data["latest"]["reliability"] == "F"
    email = render(changed, "[watcher]")
    assert email.subject.startswith("[watcher] sanctions is now REPORTED")
    assert "F (cannot be judged)" in email.text and SANCTIONS in email.html


def test_board_and_stats(pstore: Store) -> None:
    reuters = add_feed(pstore, "reuters", "reuters.com")
    log_items(pstore, reuters, [("r1", SANCTIONS, "https://reuters.com/1")], None)
    rows = board.board(pstore)
    top = rows[0]
    assert (top.id, top.status, top.origins, top.min_origins) == ("sanctions", "reported", 1, 2)
    assert top.latest_title == SANCTIONS and top.latest_feed == "reuters"
    assert {r.status for r in rows[1:]} == {"watching"}
    (st,) = board.stats(pstore, indicator_id="sanctions", since=T0, every="day", now=T0)
    assert (st.matches, st.dismissed, st.origins) == (1, 0, 1)
    assert [(p.start, p.matches, p.origins) for p in st.periods] == [("2026-07-02", 1, 1)]
    with pytest.raises(InvalidInputError, match="'fortnight'"):
        board.stats(pstore, every="fortnight")
    assert json.loads(json.dumps(top.as_dict()))["status"] == "reported"


def test_a_pass_queues_its_follow_up_durably(pstore: Store) -> None:
    from storage import followup
    from storage.queries import NewItem

    feed = add_feed(pstore, "reuters", "reuters.com")
    matcher_items = [NewItem(stable_id="q1", title=SANCTIONS, link="https://reuters.com/q1")]
    from watcher.match import build_matcher, to_new_match

    m = build_matcher(pstore)
    queries.add_items(
        pstore,
        feed,
        matcher_items,
        fetched_at=T0,
        match=lambda i: [to_new_match(r) for r in m.match(i.title, i.summary, i.content)],
        defer_followup=True,
    )
    # Logged, not followed up yet: a crash here loses nothing, the queue is in the store.
    assert followup.pending(pstore) == 1
    assert ind(pstore).status == "watching" and ind(pstore).first_matched_at is None
    changes = followup.process_queue(pstore, now=T0)
    assert [(c.indicator_id, c.status) for c in changes] == [("sanctions", "reported")]
    assert followup.pending(pstore) == 0
    assert ind(pstore).first_matched_at == T0
    assert len(stories.stories(pstore)) == 1
    assert followup.process_queue(pstore, now=T0) == []
