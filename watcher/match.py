"""Matching stored and incoming items against the indicators.

Deciding is the pure engine's job (:mod:`indicators.engine`); this module feeds it
the store's indicators and writes what it decides back through the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from indicators.engine import IndicatorRule, Matcher, MatchResult, compile_errors
from indicators.query import QueryError
from storage import bulk, followup, queries
from storage.feeds import enabled_queries
from storage.models import utcnow
from storage.queries import NewMatch, StoredItem
from storage.store import Store


def rules_from_store(store: Store, *, indicator_id: str | None = None) -> list[IndicatorRule]:
    """Enabled indicators that have a query (or just ``indicator_id``, enabled or not)."""
    if indicator_id is not None:
        ind = store.indicator(indicator_id)
        return [IndicatorRule(ind.id, ind.query)] if ind.query.strip() else []
    return [IndicatorRule(i, query) for i, query, _ in enabled_queries(store) if query.strip()]


def build_matcher(store: Store, *, indicator_id: str | None = None) -> Matcher:
    """One compiled matcher over the store's enabled indicators and its aliases."""
    return Matcher(rules_from_store(store, indicator_id=indicator_id), store.aliases())


def check_queries(store: Store) -> list[tuple[str, QueryError]]:
    """Every stored indicator's query that does not compile, with its error."""
    rules = [IndicatorRule(i.id, i.query) for i in store.indicators() if i.query.strip()]
    return compile_errors(rules, store.aliases())


def to_new_match(result: MatchResult) -> NewMatch:
    hits = [{"term": h.term, "start": h.start, "end": h.end, "field": h.field} for h in result.hits]
    return NewMatch(result.indicator_id, hits, result.snippet, result.score, result.query_version)


@dataclass(frozen=True)
class Classified:
    id: Any
    indicators: list[str]
    hits: dict[str, list[str]]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "indicators": self.indicators, "hits": self.hits}


def classify(records: Iterable[Mapping[str, Any]], matcher: Matcher) -> Iterator[Classified]:
    """For each record ``{"id", "title", "summary"[, "content"]}``: the indicators it reports
    and the terms that fired for each."""
    for rec in records:
        results = matcher.match(
            str(rec.get("title") or ""),
            str(rec.get("summary") or ""),
            str(rec.get("content") or ""),
        )
        yield Classified(
            rec.get("id"),
            [r.indicator_id for r in results],
            {r.indicator_id: list(dict.fromkeys(h.term for h in r.hits)) for r in results},
        )


@dataclass
class RematchReport:
    items: int = 0
    added: list[tuple[int, str]] = field(default_factory=list)  # (item id, indicator id)
    gone: list[tuple[int, str]] = field(default_factory=list)  # logged, no longer matching


def rematch(
    store: Store,
    *,
    since: datetime | None = None,
    indicator_id: str | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> RematchReport:
    """Re-run the current queries over stored items. New matches are logged (never twice:
    the store's constraint decides) as backfill, so they reach the timeline but send no
    alerts; matches that no longer fire are reported, never deleted."""
    rules = rules_from_store(store, indicator_id=indicator_id)
    matcher = Matcher(rules, store.aliases())
    evaluated = {r.id for r in rules}
    report = RematchReport()
    batch: list[StoredItem] = []

    def flush() -> None:
        logged = queries.existing_matches(store, [b.id for b in batch])
        to_log: list[tuple[int, NewMatch]] = []
        for item in batch:
            found = matcher.match(item.title, item.summary, item.content)
            fired = {r.indicator_id for r in found}
            fresh = [r for r in found if r.indicator_id not in logged[item.id]]
            report.added += [(item.id, r.indicator_id) for r in fresh]
            report.gone += [(item.id, i) for i in sorted(logged[item.id] & evaluated - fired)]
            to_log += [(item.id, to_new_match(r)) for r in fresh]
        if to_log and not dry_run:
            bulk.log_matches(store, to_log, matched_at=now or utcnow(), backfill=True)
        batch.clear()

    for item in queries.items(store, since=since):
        report.items += 1
        batch.append(item)
        if len(batch) >= 500:
            flush()
    if batch:
        flush()
    if not dry_run:  # the new matches' stories and indicator status, in bulk
        followup.process_queue(store)
    return report


def explain_match(store: Store, match_id: int) -> str:
    """Why match ``match_id`` fired, evaluated with the query and aliases it fired under."""
    row = queries.match(store, match_id)
    item = queries.item(store, match_id=match_id)
    query, aliases = store.query_at(row.indicator_id, row.query_version)
    matcher = Matcher([IndicatorRule(row.indicator_id, query)], aliases)
    header = f"query {row.query_version}: {query}"
    return (
        header
        + "\n"
        + str(matcher.explain(row.indicator_id, item.title, item.summary, item.content))
    )
