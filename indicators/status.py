"""An indicator's status, as indications-and-warnings analysts use it.

::

    watching ──first match──▶ reported ──N independent origins──▶ corroborated
        │                        ▲  │                                  │
        │                        └──┴──── a dismissal takes them away ◀┘
        └── valid_until passed with nothing reported ──▶ expired

    confirmed / dismissed — set by an analyst, and kept until the analyst reopens it.

The first three and ``expired`` follow from the facts (matches that are not dismissed,
their independent origins, the indicator's ``valid_until``) and are recomputed whenever
the facts change: :func:`automatic_status` is that rule. ``confirmed`` and ``dismissed``
are judgements; the watcher never overrides them. Pure: facts in, status and reason out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

WATCHING = "watching"
REPORTED = "reported"
CORROBORATED = "corroborated"
CONFIRMED = "confirmed"
DISMISSED = "dismissed"
EXPIRED = "expired"
DRAFT = "draft"  # proposed by ingest, not yet accepted; no status follows from matches

AUTOMATIC = (WATCHING, REPORTED, CORROBORATED, EXPIRED)
ANALYST = (CONFIRMED, DISMISSED)
STATUSES = (*AUTOMATIC, *ANALYST)

ORDER = {WATCHING: 0, EXPIRED: 0, REPORTED: 1, CORROBORATED: 2, CONFIRMED: 3, DISMISSED: -1}


@dataclass(frozen=True)
class Facts:
    """What the status follows from. ``matches`` and ``origins`` count only matches that
    are not dismissed and, when the indicator has ``valid_until``, whose items were
    published by the end of that day."""

    matches: int
    origins: Sequence[str]  # the distinct independent origins, e.g. "wire:reuters"
    min_origins: int = 2
    valid_until: date | None = None


@dataclass(frozen=True)
class Verdict:
    status: str
    reason: str


def _listed(origins: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(origins[:limit])
    return shown + (f" and {len(origins) - limit} more" if len(origins) > limit else "")


def automatic_status(facts: Facts, today: date) -> Verdict:
    """The status the facts give, with a reason an analyst can read."""
    n = len(facts.origins)
    if facts.matches == 0:
        if facts.valid_until is not None and today > facts.valid_until:
            return Verdict(EXPIRED, f"valid until {facts.valid_until.isoformat()}, never reported")
        return Verdict(WATCHING, "no match counts toward it")
    if n >= facts.min_origins:
        return Verdict(
            CORROBORATED,
            f"{n} independent origins (needs {facts.min_origins}): {_listed(facts.origins)}",
        )
    noun = "match" if facts.matches == 1 else "matches"
    origin = "origin" if n == 1 else "origins"
    return Verdict(
        REPORTED,
        f"{facts.matches} {noun} from {n} independent {origin}"
        f" (corroborated at {facts.min_origins}): {_listed(facts.origins)}",
    )


def next_status(current: str, facts: Facts, today: date) -> Verdict | None:
    """The change the facts call for, or None: an analyst's ``confirmed`` or
    ``dismissed`` (and a ``draft``) is never changed by the watcher."""
    if current in ANALYST or current == DRAFT:
        return None
    verdict = automatic_status(facts, today)
    return None if verdict.status == current else verdict


def parse_status(value: str) -> str:
    """An analyst's status: ``confirmed``, ``dismissed`` or ``watching`` (reopen)."""
    v = value.strip().lower()
    if v not in (CONFIRMED, DISMISSED, WATCHING):
        raise ValueError(f"invalid status {value!r}: use confirmed, dismissed or watching")
    return v


__all__ = [
    "ANALYST",
    "AUTOMATIC",
    "CONFIRMED",
    "CORROBORATED",
    "DISMISSED",
    "DRAFT",
    "EXPIRED",
    "REPORTED",
    "STATUSES",
    "WATCHING",
    "Facts",
    "Verdict",
    "automatic_status",
    "next_status",
    "parse_status",
]
