"""``indicator.status_changed`` alerts: the payload (built at the first attempt from the
recorded change, then stored and resent as is) and its email.

Payload ``data``::

    {"indicator": {"id", "title", "description", "min_origins", "valid_until"},
     "change": {"id", "from", "to", "reason", "by", "at", "matches", "origins"},
     "latest": {"title", "url", "feed", "reliability"} | null}
"""

from __future__ import annotations

from typing import Any

from indicators.pack import reliability_label
from storage.status import StatusContext
from watcher.alerts import render as r
from watcher.alerts.payload import VERSION

KIND = "indicator.status_changed"


def status_changed(ctx: StatusContext) -> dict[str, Any]:
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
        "type": KIND,
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


def render_status(payload: dict[str, Any], prefix: str) -> r.Rendered:
    data = payload["data"]
    ind, change, latest = data["indicator"], data["change"], data.get("latest")
    subject = r._subject(prefix, f"{ind['id']} is now {change['to'].upper()}: {ind['title']}")
    lines = [
        f"Indicator {ind['id']} — {ind['title']}",
        f"Status: {change['from'] or 'new'} → {change['to']} (by {change['by']},"
        f" {r._when(change['at'])})",
        f"Why: {change['reason']}",
        f"Counting matches: {change['matches']}; independent origins: {change['origins']}"
        f" (corroborated at {ind['min_origins']})",
    ]
    if ind.get("valid_until"):
        lines.append(f"Valid until: {ind['valid_until']}")
    if latest:
        lines.append(
            f"Latest report: {latest['title']} — {latest['feed']}"
            f" (reliability {reliability_label(latest.get('reliability') or 'F')})"
        )
        if latest.get("url"):
            lines.append(f"  {latest['url']}")
    see = f"See: watcher indicators board; watcher stories --indicator {ind['id']}"
    text = "\n".join([*lines, "", see, "", r._footer()])
    paras = [f"<p>{r._e(line)}</p>" for line in lines]
    if latest and r._web(latest.get("url")):
        paras.append(f"<p>{r._link(latest['url'], 'Open the latest report')}</p>")
    footer = f"<hr><p><small>{r._e(r._footer())}</small></p>"
    body = "\n".join([f"<h1>{r._e(subject)}</h1>", *paras, footer])
    return r.Rendered(subject, text, r._document(subject, body))
