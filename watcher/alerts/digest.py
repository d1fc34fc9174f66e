"""Digest periods: when the next hourly or daily digest of a channel goes out, and the
batch that gathers its alerts. Pure: the caller passes ``now``."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def next_slot(now: datetime, every: str, at: time, zone: ZoneInfo) -> datetime:
    """The first digest time strictly after ``now`` (UTC): daily at ``at`` in ``zone``, or
    hourly at ``at``'s minute past the hour (in ``zone``, which matters for half-hour
    offsets)."""
    local = now.astimezone(zone)
    if every == "daily":
        day = local.date()
        for offset in range(3):
            slot = datetime.combine(day + timedelta(days=offset), at, tzinfo=zone)
            if slot > local:
                return slot.astimezone(UTC)
        raise AssertionError("unreachable")
    if every != "hourly":
        raise ValueError(f"invalid digest period {every!r}")
    start = now.astimezone(UTC).replace(second=0, microsecond=0) + timedelta(minutes=1)
    for minutes in range(61):
        slot = start + timedelta(minutes=minutes)
        if slot.astimezone(zone).minute == at.minute:
            return slot
    raise AssertionError("unreachable")


def batch_key(channel: str, slot: datetime) -> str:
    return f"{channel}@{slot.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


def slot_of(batch: str) -> datetime:
    """The digest time a batch key names."""
    stamp = batch.rsplit("@", 1)[1]
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)
