"""The alert payloads (schema version 1, documented in docs/alerts.md): built once per
delivery, stored with it, and sent as they are on every attempt. Webhooks post them as
JSON; emails are rendered from them (:mod:`watcher.alerts.render`).

Shape (Standard Webhooks): ``{"type", "version", "timestamp", "data"}`` with ``type``
``match.created``, ``match.digest``, ``feed.unhealthy``, ``feed.recovered``,
``indicator.status_changed`` or ``watcher.test``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from indicators.engine import field_texts
from indicators.pack import reliability_label
from storage.deliveries import ContextEvent, FeedRef, MatchContext, Source
from storage.health import FeedHealthFacts
from storage.status import StatusContext

VERSION = 1


def iso(ts: datetime | None) -> str | None:
    return ts.astimezone(UTC).isoformat().replace("+00:00", "Z") if ts else None


def encode(payload: dict[str, Any]) -> bytes:
    """The exact bytes posted (and signed)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def _envelope(kind: str, at: datetime, data: dict[str, Any]) -> dict[str, Any]:
    return {"type": kind, "version": VERSION, "timestamp": iso(at), "data": data}


def _source(s: Source) -> dict[str, Any]:
    return {
        "id": s.item_id,
        "title": s.title,
        "url": s.link,
        "published_at": iso(s.published_at),
        "feed": {
            "id": s.feed_id,
            "name": s.feed_name,
            "url": s.feed_url,
            "reliability": s.reliability,
            "reliability_label": reliability_label(s.reliability),
        },
    }


def _event(e: ContextEvent) -> dict[str, Any]:
    return {
        "start": e.start,
        "end": e.end,
        "precision": e.precision,
        "stated": e.stated,
        "summary": e.summary,
        "document": {"key": e.document_key, "title": e.document_title, "url": e.document_url},
    }


def hit_texts(ctx: MatchContext) -> list[dict[str, Any]]:
    """The hits with the text each one covers in its field (for marking)."""
    title, summary = field_texts(ctx.item.title, ctx.item_summary, ctx.item_content)
    fields = {"title": title, "summary": summary}
    out = []
    for h in ctx.hits:
        text = fields.get(str(h.get("field")), "")
        start, end = int(h.get("start", 0)), int(h.get("end", 0))
        out.append({**h, "text": text[start:end] if 0 <= start < end <= len(text) else ""})
    return out


def timeline_link(template: str | None, indicator_id: str) -> str | None:
    return template.replace("{indicator}", indicator_id) if template else None


def match_data(ctx: MatchContext, *, timeline_url: str | None = None) -> dict[str, Any]:
    hits = hit_texts(ctx)
    return {
        "match": {
            "id": ctx.match_id,
            "matched_at": iso(ctx.matched_at),
            "terms": list(dict.fromkeys(str(h.get("term", "")) for h in hits)),
            "hits": hits,
            "snippet": ctx.snippet,
            "score": ctx.score,
            "query_version": ctx.query_version,
        },
        "indicator": {
            "id": ctx.indicator_id,
            "title": ctx.indicator_title,
            "description": ctx.indicator_description,
            "status": ctx.indicator_status,
            "documents": ctx.document_keys,
        },
        "item": _source(ctx.item),
        "sources": [_source(s) for s in ctx.sources],
        "timeline": {
            "url": timeline_link(timeline_url, ctx.indicator_id),
            "events": [_event(e) for e in ctx.events],
        },
    }


def match_created(ctx: MatchContext, *, timeline_url: str | None = None) -> dict[str, Any]:
    """``match.created``: the match, its indicator, its item, every source of the story
    and the indicator's latest timeline events."""
    return _envelope("match.created", ctx.matched_at, match_data(ctx, timeline_url=timeline_url))


def match_digest(
    channel: str, every: str, slot: datetime, alerts: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """``match.digest``: the ``data`` of each ``match.created`` of one digest period."""
    return _envelope(
        "match.digest",
        slot,
        {
            "channel": channel,
            "period": {"every": every, "until": iso(slot)},
            "alerts": list(alerts),
        },
    )


def _feed(f: FeedRef | FeedHealthFacts) -> dict[str, Any]:
    return {"id": f.id, "name": f.name, "url": f.url}


def feed_unhealthy(
    facts: FeedHealthFacts,
    *,
    reason: str,
    detail: str,
    since: datetime | None,
    usual_gap: timedelta | None,
    now: datetime,
) -> dict[str, Any]:
    """``feed.unhealthy``: a feed failing for a day, or silent for too long."""
    return _envelope(
        "feed.unhealthy",
        now,
        {
            "feed": _feed(facts),
            "reason": reason,  # "failing" | "silent"
            "detail": detail,
            "since": iso(since),
            "last_error": facts.last_error,
            "last_status": facts.last_status,
            "last_success_at": iso(facts.last_success_at),
            "last_item_at": iso(facts.item_times[0]) if facts.item_times else None,
            "usual_gap_seconds": int(usual_gap.total_seconds()) if usual_gap else None,
        },
    )


def feed_recovered(facts: FeedHealthFacts, *, now: datetime) -> dict[str, Any]:
    """``feed.recovered``: a feed alerted unhealthy is fetched and publishing again."""
    return _envelope(
        "feed.recovered",
        now,
        {
            "feed": _feed(facts),
            "was": facts.health_reason,
            "unhealthy_since": iso(facts.health_changed_at),
            "last_success_at": iso(facts.last_success_at),
            "last_item_at": iso(facts.item_times[0]) if facts.item_times else None,
        },
    )


def status_changed(ctx: StatusContext) -> dict[str, Any]:
    """``indicator.status_changed``: built from the recorded change at the first attempt.

    ``data = {"indicator": {"id", "title", "description", "min_origins", "valid_until"},
    "change": {"id", "from", "to", "reason", "by", "at", "matches", "origins"},
    "latest": {"title", "url", "feed", "reliability"} | null}``."""
    c = ctx.change
    latest = None
    if ctx.latest_title is not None:
        latest = {
            "title": ctx.latest_title,
            "url": ctx.latest_link,
            "feed": ctx.latest_feed,
            "reliability": ctx.latest_reliability,
        }
    return {
        "type": "indicator.status_changed",
        "version": VERSION,
        "timestamp": c.at,
        "data": {
            "indicator": {
                "id": c.indicator_id,
                "title": ctx.title,
                "description": ctx.description,
                "min_origins": ctx.min_origins,
                "valid_until": ctx.valid_until,
            },
            "change": {
                "id": c.id,
                "from": c.previous,
                "to": c.status,
                "reason": c.reason,
                "by": c.actor,
                "at": c.at,
                "matches": c.matches,
                "origins": c.origins,
            },
            "latest": latest,
        },
    }


def sample(channel: str, now: datetime) -> dict[str, Any]:
    """``watcher.test``: a clearly marked sample shaped like ``match.created``."""
    item = {
        "id": 0,
        "title": "TEST — sample alert from watcher, not a real match",
        "url": "https://example.org/watcher-test",
        "published_at": iso(now),
        "feed": {
            "id": 0,
            "name": "watcher test",
            "url": "https://example.org/feed.xml",
            "reliability": "F",
            "reliability_label": reliability_label("F"),
        },
    }
    return _envelope(
        "watcher.test",
        now,
        {
            "test": True,
            "channel": channel,
            "match": {
                "id": 0,
                "matched_at": iso(now),
                "terms": ["test"],
                "hits": [{"term": "test", "field": "title", "start": 0, "end": 4, "text": "TEST"}],
                "snippet": "This is a «test» of the channel; nothing matched.",
                "score": 0.0,
                "query_version": "",
            },
            "indicator": {
                "id": "test",
                "title": "TEST indicator",
                "description": "A sample sent by `watcher alerts test`.",
                "status": "watching",
                "documents": [],
            },
            "item": item,
            "sources": [item],
            "timeline": {"url": None, "events": []},
        },
    )
