"""Quality of ``watcher ingest``'s extraction on the hand-made ingest gold.

Runs :func:`indicators.extract.extract` on each document of
``../shared/eval/ingest_dev.json`` (texts in ``../shared/seeds/``, publication dates
from the gold) with the seed pack's aliases, and prints per document and overall:

* events — an extracted event counts when its evidence sentence is the gold one (or an
  ``alt_evidence``) and its interval equals the gold interval. Recall is over the
  non-optional gold events. A prediction that matches an ``optional`` gold event only is
  neither a hit nor a false positive. A prediction that restates an already matched
  event (its alt evidence) is a correct prediction; ``strict P`` also counts such
  restatements as false positives, for comparison;
* indicators — recall: a gold indicator is found when an extracted one has its
  evidence sentence (each extracted indicator is used once); precision alongside;
* whether every draft query parses with the pack's aliases.

    python bench/eval_ingest.py            # table
    python bench/eval_ingest.py --errors   # + misses and false positives
    python bench/eval_ingest.py --json

Exit status 0 (also when the gold is not in this clone, which is said plainly); 2 when
the gold cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indicators.extract import Extraction, extract  # noqa: E402
from indicators.pack import default_pack_text, parse_pack  # noqa: E402
from indicators.query import QueryError, parse  # noqa: E402
from indicators.text import normalize_whitespace  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "ingest_dev.json"
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
GOALS = {"event F1": 0.85, "indicator recall": 0.9}


def _norm(text: str) -> str:
    return normalize_whitespace(text)


@dataclass
class Score:
    ev_correct: int = 0  # predictions matching a required gold event
    ev_restated: int = 0  # ... of which restate an event already matched
    ev_fp: int = 0
    ev_optional: int = 0  # predictions matching only optional gold (not scored)
    ev_found: int = 0  # required gold events found
    ev_gold: int = 0
    ind_found: int = 0
    ind_gold: int = 0
    ind_correct: int = 0  # predictions matching a gold indicator (optional ones included)
    ind_pred: int = 0
    queries_ok: int = 0
    queries: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    def figures(self) -> dict[str, float | None]:
        p = self.ratio(self.ev_correct, self.ev_correct + self.ev_fp)
        r = self.ratio(self.ev_found, self.ev_gold)
        strict = self.ratio(self.ev_correct - self.ev_restated, self.ev_correct + self.ev_fp)
        f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
        return {
            "event precision": p,
            "event recall": r,
            "event F1": f1,
            "event strict precision": strict,
            "indicator recall": self.ratio(self.ind_found, self.ind_gold),
            "indicator precision": self.ratio(self.ind_correct, self.ind_pred),
        }


def _evidences(gold: dict[str, Any]) -> set[str]:
    return {_norm(gold["evidence"]), *(_norm(e) for e in gold.get("alt_evidence", []))}


def score_document(doc: dict[str, Any], found: Extraction, aliases: dict[str, Any]) -> Score:
    sc = Score()
    gold_events = doc["events"]
    sc.ev_gold = sum(1 for g in gold_events if not g.get("optional"))
    matched: set[int] = set()
    for ev in found.events:
        key = (_norm(ev.evidence), ev.interval.start.isoformat(), ev.interval.end.isoformat())
        hits = [
            i
            for i, g in enumerate(gold_events)
            if key[0] in _evidences(g) and (g["start"], g["end"]) == key[1:]
        ]
        required = [i for i in hits if not gold_events[i].get("optional")]
        if required:
            sc.ev_correct += 1
            if all(i in matched for i in required):
                sc.ev_restated += 1
            matched.update(required)
        elif hits:
            sc.ev_optional += 1
        else:
            sc.ev_fp += 1
            sc.errors.append(
                f"{doc['doc_id']} event FP: {ev.surface!r} {key[1]}..{key[2]} in "
                f"{ev.evidence[:90]!r}"
            )
    sc.ev_found = len(matched)
    for i, g in enumerate(gold_events):
        if not g.get("optional") and i not in matched:
            sc.errors.append(
                f"{doc['doc_id']} event missed: {g['surface']!r} {g['start']}..{g['end']} in "
                f"{g['evidence'][:90]!r}"
            )
    gold_inds = doc["indicators"]
    sc.ind_gold = sum(1 for g in gold_inds if not g.get("optional"))
    sc.ind_pred = len(found.indicators)
    used: set[int] = set()
    for g in sorted(gold_inds, key=lambda g: bool(g.get("optional"))):
        evidences = _evidences(g)
        pick = next(
            (
                k
                for k, ind in enumerate(found.indicators)
                if k not in used and _norm(ind.evidence) in evidences
            ),
            None,
        )
        if pick is not None:
            used.add(pick)
            sc.ind_correct += 1
            sc.ind_found += 0 if g.get("optional") else 1
        elif not g.get("optional"):
            sc.errors.append(f"{doc['doc_id']} indicator missed: {g['text']!r}")
    for k, ind in enumerate(found.indicators):
        if k not in used:
            sc.errors.append(f"{doc['doc_id']} indicator extra: {ind.text[:100]!r}")
        sc.queries += 1
        try:
            parse(ind.query, aliases)
            sc.queries_ok += 1
        except QueryError as exc:
            sc.errors.append(f"{doc['doc_id']} query does not parse: {ind.query!r}: {exc}")
    return sc


def evaluate(gold_path: Path, seeds: Path) -> tuple[dict[str, Score], Score]:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    aliases = dict(parse_pack(*default_pack_text()).aliases)
    per_doc: dict[str, Score] = {}
    total = Score()
    for doc in data["documents"]:
        text = (seeds / doc["doc_id"]).read_text(encoding="utf-8")
        found = extract(text, date.fromisoformat(doc["publication_date"]), aliases)
        sc = score_document(doc, found, aliases)
        per_doc[doc["doc_id"]] = sc
        total.add(sc)
    return per_doc, total


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(per_doc: dict[str, Score], total: Score, *, errors: bool) -> str:
    out = ["ingest extraction on ../shared/eval/ingest_dev.json", ""]
    head = f"{'document':<28} {'ev P':>6} {'ev R':>6} {'ev F1':>6} {'ind R':>6} {'ind P':>6}"
    out += [head, "-" * len(head)]
    for name, sc in [*per_doc.items(), ("all", total)]:
        f = sc.figures()
        out.append(
            f"{name:<28} {_fmt(f['event precision']):>6} {_fmt(f['event recall']):>6} "
            f"{_fmt(f['event F1']):>6} {_fmt(f['indicator recall']):>6} "
            f"{_fmt(f['indicator precision']):>6}"
        )
    f = total.figures()
    out += [
        "",
        f"events: {total.ev_found}/{total.ev_gold} gold found; {total.ev_correct} correct "
        f"predictions ({total.ev_restated} restatements), {total.ev_fp} false positives, "
        f"{total.ev_optional} on optional gold; strict precision "
        f"{_fmt(f['event strict precision'])}",
        f"indicators: {total.ind_found}/{total.ind_gold} gold found; {total.ind_pred} extracted, "
        f"{total.ind_correct} on gold; draft queries parsing: {total.queries_ok}/{total.queries}",
    ]
    for name, goal in GOALS.items():
        value = f[name]
        verdict = "meets" if value is not None and value >= goal else "BELOW"
        out.append(f"goal {name} >= {goal}: {_fmt(value)} ({verdict})")
    if errors and total.errors:
        out += ["", *total.errors]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    ap.add_argument("--errors", action="store_true", help="list misses and false positives")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    if not args.gold.exists() or not args.seeds.is_dir():
        print(f"eval_ingest: skipped: {args.gold} or {args.seeds} is not in this clone")
        return 0
    try:
        per_doc, total = evaluate(args.gold, args.seeds)
    except (OSError, ValueError, KeyError) as exc:
        print(f"eval_ingest: cannot read the gold: {exc}", file=sys.stderr)
        return 2
    if args.json:
        report = {
            "documents": {k: v.figures() for k, v in per_doc.items()},
            "all": total.figures(),
            "errors": total.errors,
        }
        print(json.dumps(report, indent=2))
    else:
        print(format_report(per_doc, total, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
