"""Parsing of the durations and points in time analysts type: ``15m``, ``7d``, ``2026-07-01``.

Pure: the caller passes ``now``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

_DURATION = re.compile(r"^\s*(\d+)\s*(s|sec|m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


class DurationError(ValueError):
    """A duration or date the user typed could not be read; the message names it."""


def parse_duration(text: str) -> timedelta:
    """``"90s"``, ``"15m"``, ``"24h"``, ``"7d"``, ``"2w"`` → timedelta (must be positive)."""
    m = _DURATION.match(text or "")
    if not m:
        raise DurationError(
            f"invalid duration {text!r}: use a number and a unit, e.g. 90s, 15m, 24h, 7d, 2w"
        )
    seconds = int(m.group(1)) * _UNITS[m.group(2).lower()]
    if seconds <= 0:
        raise DurationError(f"invalid duration {text!r}: must be greater than zero")
    return timedelta(seconds=seconds)


def parse_since(text: str, now: datetime) -> datetime:
    """A point in time given as a duration back from ``now`` (``24h``, ``7d``) or as an
    ISO date or date-time (``2026-07-01``, ``2026-07-01T20:00Z``). Returns tz-aware UTC."""
    if _DURATION.match(text or ""):
        return now - parse_duration(text)
    return parse_datetime(text)


def parse_datetime(text: str) -> datetime:
    """ISO date (start of that day, UTC) or ISO date-time (naive means UTC) → tz-aware UTC."""
    raw = (text or "").strip()
    try:
        if len(raw) == 10:
            return datetime.combine(date.fromisoformat(raw), datetime.min.time(), tzinfo=UTC)
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise DurationError(
            f"invalid date {text!r}: use YYYY-MM-DD, YYYY-MM-DDTHH:MM[Z] or a duration like 7d"
        ) from None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def format_duration(seconds: float) -> str:
    """Seconds → the shortest exact form among ``d``, ``h``, ``m``, ``s`` (``900`` → ``15m``)."""
    secs = int(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if secs and secs % size == 0:
            return f"{secs // size}{unit}"
    return f"{secs}s"
