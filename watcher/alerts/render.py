"""Emails from alert payloads: a subject, a plain-text part and an HTML part.

Everything that comes from a feed (titles, links, names, snippets) is escaped into the
HTML and the result is sanitised with nh3 against a short allow-list: no scripts,
iframes, styles, event handlers or images (so no remote images), and links only to
http(s) and mailto.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import nh3

from indicators.pack import reliability_label

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "hr", "i", "li",
    "mark", "ol", "p", "small", "span", "strong", "table", "tbody", "td", "th", "thead",
    "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
_MARKED = re.compile(r"«([^«»]{1,200})»")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def sanitize(fragment: str) -> str:
    """The HTML fragment with only the allowed tags, attributes and URL schemes."""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{sanitize(body)}\n</body></html>\n"
    )


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _web(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL (feeds may carry ``javascript:``…)."""
    return url if url and re.match(r"^https?://\S+$", url, re.IGNORECASE) else None


def _link(url: str | None, label: str) -> str:
    if _web(url):
        return f'<a href="{_e(url)}">{_e(label)}</a>'
    return _e(label)


def _when(value: str | None) -> str:
    if not value:
        return "unknown time"
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return value


def mark_html(snippet: str, surfaces: Iterable[str]) -> str:
    """The snippet escaped, its «marked» hits as ``<mark>`` (only text a hit covered:
    other guillemets, e.g. French quotes, stay as they are)."""
    wanted = {s.casefold() for s in surfaces if s}
    out: list[str] = []
    pos = 0
    for m in _MARKED.finditer(snippet):
        if m.group(1).casefold() not in wanted:
            continue
        out.append(_e(snippet[pos : m.start()]))
        out.append(f"<mark>{_e(m.group(1))}</mark>")
        pos = m.end()
    out.append(_e(snippet[pos:]))
    return "".join(out)


# -- match.created ---------------------------------------------------------------------


def _reliability(feed: dict[str, Any]) -> str:
    """``"B (usually reliable)"``; payloads from before reliability was kept say F."""
    return str(feed.get("reliability_label") or reliability_label(feed.get("reliability", "F")))


def _match_text(data: dict[str, Any]) -> list[str]:
    ind, item, match = data["indicator"], data["item"], data["match"]
    lines = [
        f"Indicator: {ind['title']} ({ind['id']})",
        f"Item:      {_one_line(item['title'], 300)}",
        f"Link:      {_web(item.get('url')) or '(none)'}",
        f"Source:    {item['feed']['name']}, published {_when(item.get('published_at'))}",
        f"Reliability: {_reliability(item['feed'])}",
    ]
    others = data.get("sources", [])[1:]
    if others:
        lines.append("Also reported by:")
        lines += [
            f"  - {s['feed']['name']}: {_one_line(s['title'])} {_web(s.get('url')) or ''}".rstrip()
            for s in others
        ]
    lines += [
        f"Matched:   {', '.join(match.get('terms', []))}",
        f"Snippet:   {match.get('snippet', '')}",
    ]
    events = data.get("timeline", {}).get("events", [])
    if events:
        lines += ["", "Latest on the timeline for this indicator:"]
        for ev in events:
            span = ev["start"] if ev["start"] == ev["end"] else f"{ev['start']} → {ev['end']}"
            doc = ev["document"]
            lines.append(f"  - {span} ({ev['stated']}): {ev['summary']} — {doc['title']}")
    if data.get("timeline", {}).get("url"):
        lines.append(f"Timeline: {data['timeline']['url']}")
    return lines


def _match_html(data: dict[str, Any], heading: str = "h2") -> str:
    ind, item, match = data["indicator"], data["item"], data["match"]
    surfaces = [str(h.get("text", "")) for h in match.get("hits", [])]
    parts = [
        f"<{heading}>{_link(item.get('url'), item['title'])}</{heading}>",
        f"<p><small>{_e(item['feed']['name'])} · {_e(_when(item.get('published_at')))}"
        f" · Reliability: {_e(_reliability(item['feed']))}"
        f" · indicator <strong>{_e(ind['title'])}</strong></small></p>",
        f"<blockquote>{mark_html(match.get('snippet', ''), surfaces)}</blockquote>",
    ]
    others = data.get("sources", [])[1:]
    if others:
        parts.append("<p>Also reported by:</p><ul>")
        parts += [
            f"<li>{_e(s['feed']['name'])}: {_link(s.get('url'), s['title'])}</li>" for s in others
        ]
        parts.append("</ul>")
    return "\n".join(parts)


def _timeline_html(data: dict[str, Any]) -> str:
    timeline = data.get("timeline", {})
    events = timeline.get("events", [])
    if not events and not timeline.get("url"):
        return ""
    parts = ["<h3>Latest on the timeline</h3><ul>"]
    for ev in events:
        span = ev["start"] if ev["start"] == ev["end"] else f"{ev['start']} → {ev['end']}"
        doc = ev["document"]
        parts.append(
            f"<li><strong>{_e(span)}</strong> ({_e(ev['stated'])}): {_e(ev['summary'])}"
            f" — {_link(doc.get('url'), doc['title'])}</li>"
        )
    parts.append("</ul>")
    if timeline.get("url"):
        parts.append(f"<p>{_link(timeline['url'], 'Open the timeline')}</p>")
    return "\n".join(parts)


def _subject(prefix: str, text: str) -> str:
    return _one_line(f"{prefix} {text}".strip(), 250)


def render_match(payload: dict[str, Any], prefix: str, *, test: bool = False) -> Rendered:
    data = payload["data"]
    title = f"{data['indicator']['title']}: {data['item']['title']}"
    n = len(data.get("sources", []))
    if n > 1:
        title += f" (+{n - 1} more sources)"
    if test:
        title = f"TEST {title}"
    banner = ["THIS IS A TEST sent by `watcher alerts test`; nothing matched.", ""] if test else []
    text = "\n".join([*banner, *_match_text(data), "", _footer()])
    body = (
        (
            "<p><strong>THIS IS A TEST</strong> sent by <code>watcher alerts test</code>;"
            " nothing matched.</p>"
            if test
            else ""
        )
        + f"<h1>{_e(data['indicator']['title'])}</h1>\n"
        + _match_html(data)
        + "\n"
        + _timeline_html(data)
        + f"\n<hr><p><small>{_e(_footer())}</small></p>"
    )
    subject = _subject(prefix, title)
    return Rendered(subject, text, _document(subject, body))


def _footer() -> str:
    return "Sent by watcher (event timeline and indicator watch)."


# -- match.digest ----------------------------------------------------------------------


def render_digest(payload: dict[str, Any], prefix: str) -> Rendered:
    """One email for a digest period, grouped by indicator (in order of first alert)."""
    data = payload["data"]
    alerts: list[dict[str, Any]] = data["alerts"]
    groups: dict[str, list[dict[str, Any]]] = {}
    for a in alerts:
        groups.setdefault(a["indicator"]["id"], []).append(a)
    every = data["period"]["every"]
    until = _when(data["period"]["until"])
    subject = _subject(
        prefix,
        f"{every.capitalize()} digest until {until}: {len(alerts)} alerts on "
        f"{len(groups)} indicator{'s' if len(groups) != 1 else ''}",
    )
    text: list[str] = [f"{every.capitalize()} digest until {until}", ""]
    body: list[str] = [f"<h1>{_e(every.capitalize())} digest until {_e(until)}</h1>"]
    for group in groups.values():
        ind = group[0]["indicator"]
        text += [f"== {ind['title']} ({ind['id']}): {len(group)} alerts", ""]
        body.append(f"<h2>{_e(ind['title'])} ({len(group)})</h2>")
        for a in group:
            text += [*_match_text(a)[1:], ""]
            body.append(_match_html(a, heading="h3"))
        body.append(_timeline_html(group[0]))
    text.append(_footer())
    body.append(f"<hr><p><small>{_e(_footer())}</small></p>")
    return Rendered(subject, "\n".join(text), _document(subject, "\n".join(body)))


# -- feed health -------------------------------------------------------------------------


def render_health(payload: dict[str, Any], prefix: str) -> Rendered:
    data = payload["data"]
    feed = data["feed"]
    if payload["type"] == "feed.unhealthy":
        subject = _subject(prefix, f"Feed unhealthy: {feed['name']}")
        lines = [
            f"Feed {feed['name']} ({feed['url']}) looks unhealthy: {data['detail']}.",
            f"Last successful fetch: {_when(data.get('last_success_at'))}",
            f"Last new item: {_when(data.get('last_item_at'))}",
        ]
        if data.get("last_error"):
            lines.append(f"Last error: {data['last_error']}")
    else:
        subject = _subject(prefix, f"Feed recovered: {feed['name']}")
        lines = [
            f"Feed {feed['name']} ({feed['url']}) is healthy again"
            f" (unhealthy since {_when(data.get('unhealthy_since'))}).",
            f"Last successful fetch: {_when(data.get('last_success_at'))}",
            f"Last new item: {_when(data.get('last_item_at'))}",
        ]
    text = "\n".join([*lines, "", "Check it with: watcher feeds list", "", _footer()])
    paras = [f"<p>{_e(line)}</p>" for line in lines]
    footer = f"<hr><p><small>{_e(_footer())}</small></p>"
    body = "\n".join([f"<h1>{_e(subject)}</h1>", *paras, footer])
    return Rendered(subject, text, _document(subject, body))


# -- indicator.status_changed ---------------------------------------------------------


def render_status(payload: dict[str, Any], prefix: str) -> Rendered:
    data = payload["data"]
    ind, change, latest = data["indicator"], data["change"], data.get("latest")
    subject = _subject(prefix, f"{ind['id']} is now {change['to'].upper()}: {ind['title']}")
    lines = [
        f"Indicator {ind['id']} — {ind['title']}",
        f"Status: {change['from'] or 'new'} → {change['to']} (by {change['by']},"
        f" {_when(change['at'])})",
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
    text = "\n".join([*lines, "", see, "", _footer()])
    paras = [f"<p>{_e(line)}</p>" for line in lines]
    if latest and _web(latest.get("url")):
        paras.append(f"<p>{_link(latest['url'], 'Open the latest report')}</p>")
    footer = f"<hr><p><small>{_e(_footer())}</small></p>"
    body = "\n".join([f"<h1>{_e(subject)}</h1>", *paras, footer])
    return Rendered(subject, text, _document(subject, body))


def render(payload: dict[str, Any], prefix: str) -> Rendered:
    """The email for any alert payload."""
    kind = payload.get("type")
    if kind == "match.created":
        return render_match(payload, prefix)
    if kind == "watcher.test":
        return render_match(payload, prefix, test=True)
    if kind == "match.digest":
        return render_digest(payload, prefix)
    if kind in ("feed.unhealthy", "feed.recovered"):
        return render_health(payload, prefix)
    if kind == "indicator.status_changed":
        return render_status(payload, prefix)
    raise ValueError(f"no email rendering for payload type {kind!r}")
