"""Source health: a feed that has failed for a day, or has been silent for more than three
times its usual gap between items, is alerted once as ``feed.unhealthy``; when it is
fetched and publishing again, once as ``feed.recovered`` — to the channels with
``health = true``.

:func:`assess` is pure (facts and ``now`` in, verdict out); :func:`check_health` applies
the verdicts: each change of state is written with its deliveries in one transaction,
conditional on the state read, so it is alerted once.
"""

from __future__ import annotations

import itertools
import logging
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from storage import health as health_store
from storage.deliveries import FEED_RECOVERED, FEED_UNHEALTHY
from storage.health import OK, UNHEALTHY, FeedHealthFacts
from storage.store import Store
from watcher.alerts import payload as payloads
from watcher.alerts.routing import ChannelRouter

log = logging.getLogger(__name__)
MIN_ITEMS = 5  # fewer items than this say nothing about a feed's usual gap


def human(delta: timedelta) -> str:
    """A duration for people, two units at most: ``1d 6h``, ``3h 1m``, ``45m``."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    units = [(days, "d"), (hours, "h"), (mins, "m")]
    while len(units) > 1 and units[0][0] == 0:
        units.pop(0)
    shown = [f"{n}{u}" for n, u in units[:2] if n]
    return " ".join(shown) or "0m"


@dataclass(frozen=True)
class Verdict:
    health: str  # "ok" | "unhealthy"
    reason: str | None = None  # "failing" | "silent"
    detail: str = ""
    since: datetime | None = None
    usual_gap: timedelta | None = None


def usual_gap(times: Sequence[datetime], *, min_items: int = MIN_ITEMS) -> timedelta | None:
    """The median gap between consecutive items (newest first), or None with too few."""
    ordered = sorted(times, reverse=True)
    gaps = [(a - b).total_seconds() for a, b in itertools.pairwise(ordered)]
    gaps = [g for g in gaps if g > 0]
    if len(ordered) < min_items or not gaps:
        return None
    return timedelta(seconds=statistics.median(gaps))


def assess(
    facts: FeedHealthFacts,
    now: datetime,
    *,
    failing_after: timedelta = timedelta(hours=24),
    silence_factor: float = 3.0,
    min_items: int = MIN_ITEMS,
) -> Verdict:
    """Failing: every poll since the last success (or since the feed was added) failed, for
    ``failing_after``. Silent: no item for ``silence_factor`` × its usual gap (never less
    than that many poll intervals: items cannot arrive faster than they are polled)."""
    if facts.error_count > 0:
        since = facts.last_success_at or facts.created_at
        if since is not None and now - since >= failing_after:
            return Verdict(
                UNHEALTHY,
                "failing",
                f"every fetch has failed for {human(now - since)}"
                + (f" (last error: {facts.last_error})" if facts.last_error else ""),
                since,
            )
    gap = usual_gap(facts.item_times, min_items=min_items)
    if gap is not None:
        latest = min(max(facts.item_times), now)
        allowed = silence_factor * max(gap, timedelta(seconds=facts.interval_seconds))
        if now - latest > allowed:
            quiet, usual = human(now - latest), human(max(gap, timedelta(minutes=1)))
            return Verdict(
                UNHEALTHY,
                "silent",
                f"no new item for {quiet} (usually one every {usual})",
                latest,
                gap,
            )
    return Verdict(OK)


@dataclass(frozen=True)
class HealthChange:
    feed_id: int
    feed: str
    kind: str  # feed.unhealthy | feed.recovered
    detail: str
    deliveries: list[int] = field(default_factory=list)


def check_health(
    store: Store,
    router: ChannelRouter | None,
    now: datetime,
    *,
    failing_after: timedelta = timedelta(hours=24),
    silence_factor: float = 3.0,
) -> list[HealthChange]:
    """Assess every enabled feed and record each change of health, with its alerts."""
    changes: list[HealthChange] = []
    for facts in health_store.health_facts(store):
        verdict = assess(facts, now, failing_after=failing_after, silence_factor=silence_factor)
        if verdict.health == facts.health:
            continue
        if verdict.health == UNHEALTHY:
            kind = FEED_UNHEALTHY
            body = payloads.feed_unhealthy(
                facts,
                reason=verdict.reason or "",
                detail=verdict.detail,
                since=verdict.since,
                usual_gap=verdict.usual_gap,
                now=now,
            )
            detail = verdict.detail
        else:
            kind, body, detail = FEED_RECOVERED, payloads.feed_recovered(facts, now=now), "ok"
        ids = health_store.set_feed_health(
            store,
            facts.id,
            expected=facts.health,
            health=verdict.health,
            reason=verdict.reason,
            now=now,
            kind=kind,
            routes=router.health_routes(now) if router is not None else [],
            payload=body,
        )
        if ids is None:  # another checker recorded it first
            continue
        log.info("feed=%s %s: %s (%d alerts)", facts.id, kind, detail, len(ids))
        changes.append(HealthChange(facts.id, facts.name, kind, detail, ids))
    return changes
