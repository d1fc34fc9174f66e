"""Precision and recall of the seed pack's indicator queries on a labelled set.

Runs ``indicators.engine.Matcher`` with the queries and aliases of a pack (default
``indicators/packs/seed.yaml``) over a JSONL file of labelled news items (default
``../shared/eval/matching_dev.jsonl`` beside the repository) and prints, per
indicator, TP/FP/FN, precision, recall, F1 and support, then the micro averages.

Each JSONL line holds ``id``, ``title``, ``summary`` and ``labels`` (the indicator
ids a reviewer says the item reports; possibly empty).

    python bench/eval_matching.py                 # table
    python bench/eval_matching.py --errors        # + false positives and negatives
    python bench/eval_matching.py --json          # machine-readable
    python bench/eval_matching.py --data PATH --pack PATH

Exit status: 0 (also when the labelled data is not in this clone, which is said
plainly), 2 when the pack or the data cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_PACK = ROOT / "indicators" / "packs" / "seed.yaml"
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "matching_dev.jsonl"


@dataclass(frozen=True)
class LabelledItem:
    id: str
    title: str
    summary: str
    labels: frozenset[str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    indicators: list[str]
    per_indicator: dict[str, Counts]
    errors: list[dict[str, str]] = field(default_factory=list)  # kind, item, title, indicator
    items: int = 0

    @property
    def micro(self) -> Counts:
        total = Counts()
        for c in self.per_indicator.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total

    def as_dict(self) -> dict[str, Any]:
        def row(c: Counts) -> dict[str, Any]:
            return {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "support": c.support,
            }

        return {
            "items": self.items,
            "indicators": {i: row(self.per_indicator[i]) for i in self.indicators},
            "micro": row(self.micro),
            "errors": self.errors,
        }


def load_rules(pack_path: Path) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """(indicator id, query) of every enabled indicator with a query, and the aliases.

    Uses the project's validating loader (``indicators.pack``) when it is there, so a
    pack that would not load is not evaluated; falls back to plain PyYAML."""
    text = pack_path.read_text(encoding="utf-8")
    try:
        from indicators.pack import parse_pack
    except ImportError:
        parse_pack = None  # type: ignore[assignment]
    if parse_pack is not None:
        pack = parse_pack(text, source=str(pack_path))
        rules = [(i.id, i.query) for i in pack.indicators if i.enabled and i.query.strip()]
        aliases = {name: list(terms) for name, terms in pack.aliases.items()}
        return rules, aliases
    import yaml

    data = yaml.safe_load(text)
    rules = [
        (str(i["id"]), str(i["query"]))
        for i in data.get("indicators", [])
        if i.get("enabled", True) and str(i.get("query", "")).strip()
    ]
    aliases = {str(k): [str(t) for t in v] for k, v in (data.get("aliases") or {}).items()}
    return rules, aliases


def load_items(path: Path) -> list[LabelledItem]:
    items = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            d = json.loads(line)
            items.append(
                LabelledItem(
                    id=str(d.get("id", n)),
                    title=d.get("title") or "",
                    summary=d.get("summary") or "",
                    labels=frozenset(d.get("labels") or ()),
                )
            )
    return items


def evaluate(
    rules: Sequence[tuple[str, str]],
    aliases: Mapping[str, Sequence[str]],
    items: Iterable[LabelledItem],
) -> Report:
    """Match every item and count, per indicator, true/false positives and misses."""
    from indicators.engine import IndicatorRule, Matcher

    matcher = Matcher([IndicatorRule(i, q) for i, q in rules], aliases)
    ids = [i for i, _ in rules]
    report = Report(indicators=ids, per_indicator={i: Counts() for i in ids})
    for item in items:
        report.items += 1
        fired = {r.indicator_id for r in matcher.match(item.title, item.summary)}
        for ind in ids:
            c = report.per_indicator[ind]
            gold = ind in item.labels
            if ind in fired and gold:
                c.tp += 1
            elif ind in fired:
                c.fp += 1
                report.errors.append(_error("FP", item, ind))
            elif gold:
                c.fn += 1
                report.errors.append(_error("FN", item, ind))
    return report


def _error(kind: str, item: LabelledItem, indicator: str) -> dict[str, str]:
    return {"kind": kind, "item": item.id, "indicator": indicator, "title": item.title}


def format_table(report: Report, *, errors: bool = False, width: int = 70) -> str:
    name_w = max([len("indicator"), *(len(i) for i in report.indicators)])
    head = (
        f"{'indicator':<{name_w}}  {'TP':>3} {'FP':>3} {'FN':>3}  "
        f"{'P':>5} {'R':>5} {'F1':>5}  {'sup':>3}"
    )
    lines = [head, "-" * len(head)]

    def num(value: float, defined: bool) -> str:
        return f"{value:>5.2f}" if defined else f"{'-':>5}"

    def row(name: str, c: Counts) -> str:
        # Undefined ratios (nothing predicted, nothing to find) print as "-".
        p_ok, r_ok = c.tp + c.fp > 0, c.support > 0
        return (
            f"{name:<{name_w}}  {c.tp:>3} {c.fp:>3} {c.fn:>3}  "
            f"{num(c.precision, p_ok)} {num(c.recall, r_ok)} {num(c.f1, p_ok or r_ok)}  "
            f"{c.support:>3}"
        )

    for ind in report.indicators:
        lines.append(row(ind, report.per_indicator[ind]))
    lines.append("-" * len(head))
    lines.append(row("micro", report.micro))
    lines.append(f"{report.items} items")
    if errors:
        for kind, label in (("FP", "False positives"), ("FN", "False negatives")):
            errs = [e for e in report.errors if e["kind"] == kind]
            lines.append("")
            lines.append(f"{label} ({len(errs)}):")
            for e in errs:
                title = e["title"] if len(e["title"]) <= width else e["title"][: width - 1] + "…"
                lines.append(f"  {e['item']:<6} {e['indicator']:<{name_w}}  {title}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled JSONL file")
    ap.add_argument("--pack", type=Path, default=DEFAULT_PACK, help="pack YAML file")
    ap.add_argument("--errors", action="store_true", help="list false positives and negatives")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)

    if not args.data.exists():
        print(
            f"eval: labelled data not found at {args.data}: it is not in this clone "
            "(it lives in shared/eval beside the repository); nothing evaluated."
        )
        return 0
    try:
        rules, aliases = load_rules(args.pack)
        items = load_items(args.data)
    except (OSError, ValueError) as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2
    report = evaluate(rules, aliases, items)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_table(report, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
