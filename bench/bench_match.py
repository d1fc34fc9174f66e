"""Benchmark: the matching engine against a naive regex loop and a bare Aho-Corasick scan.

Run ``python bench/bench_match.py`` (20,000 items x 100 / 1,000 / 10,000 indicators)
or ``--quick`` for a small smoke run (2,000 items x 100 / 1,000). Everything is
generated from a seeded RNG, so runs are comparable:

- items: titles and summaries drawn from an 8,000-word vocabulary with Zipf
  frequencies, domain words spread over the ranks, some Cyrillic and CJK words;
- indicators: queries shaped like real ones (aliases of fairly common words
  combined with rarer specific words, phrases, prefixes, NEAR, title:, NOT).

Four ways to decide which indicators an item matches:

- engine: ``Matcher.match`` end to end as the watcher calls it: raw title and
  summary in, every matching rule's complete result out (hits with offsets,
  snippet, score; nothing is computed lazily);
- ids: ``Matcher.matching_ids`` (the same decisions, no hits/snippets/scores);
- naive: one compiled regex per indicator tried on every item (AND as lookaheads,
  OR as alternation, NOT as negative lookahead; NEAR and field scopes approximated
  as AND over the whole item). Timed on the first N items and extrapolated;
- bare: ``fold`` the title and summary and collect every occurrence of the same
  terms with one pyahocorasick automaton: no word boundaries, no boolean logic,
  no results. The floor: the engine cannot be faster than finding its terms.

Engine, ids and bare take turns over blocks of 500 items so that load on the
machine affects them alike, in a rotating order (whoever folds a text first fills
the fold caches the others then use). Peak memory for the largest size is measured in a
fresh process (``--memory N``).
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import ahocorasick

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from indicators.engine import IndicatorRule, Matcher
from indicators.query import AliasRef, And, Field, Near, Node, Not, Or, Term, parse, terms_of
from indicators.text import fold

SEED = 20260701


def _word_list(text: str) -> list[str]:
    return text.split()


DOMAIN = _word_list(
    "china chinese beijing russia russian moscow kremlin sanctions sanctioned export controls "
    "entity list treasury nato alliance exercise drill chemical biological radiological nuclear "
    "cbrn weapons defence defense ministry minister training trained personnel declassified "
    "documents espionage treason fsb arctic northern sea route vladivostok haishenwai treaty map "
    "toponyms chloropicrin opcw ukraine riot agents reverse engineering su-27 j-11 s-300 hq-9 "
    "copies decontamination countermeasures protective stocks units doctrine research technology "
    "transfer dual-use cooperation partnership summit declaration statement briefing testimony "
    "spokesperson embassy tass ria novosti xinhua response denial evidence acknowledgement"
)
CYRILLIC = _word_list("санкции санкций китай китайские россия российские учения химическое оружие")
CJK = ["中国", "俄罗斯", "制裁", "化学武器", "演习", "外交部", "发言人", "北约"]


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    """Pseudo-words, with the domain words spread over the frequency ranks."""
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"] + ["str", "tion", "ex"]
    words: set[str] = set()
    while len(words) < size - len(DOMAIN):
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    vocab = sorted(words)
    rng.shuffle(vocab)
    for i, w in enumerate(DOMAIN):
        vocab.insert(20 + i * (size // len(DOMAIN)) // 2, w)
    return vocab


def make_items(rng: random.Random, vocab: Sequence[str], n: int) -> list[tuple[str, str]]:
    weights = [1 / (rank + 1) for rank in range(len(vocab))]  # Zipf

    def sentence(k: int) -> str:
        ws = rng.choices(vocab, weights, k=k)
        if rng.random() < 0.05:
            ws[rng.randrange(k)] = rng.choice(CYRILLIC)
        if rng.random() < 0.05:
            ws[rng.randrange(k)] = rng.choice(CJK) + rng.choice(CJK)
        ws[0] = ws[0].capitalize()
        return " ".join(w.upper() if rng.random() < 0.02 else w for w in ws) + rng.choice(".;!?")

    items = []
    for _ in range(n):
        title = sentence(rng.randint(6, 14))[:-1]
        summary = " ".join(sentence(rng.randint(8, 20)) for _ in range(rng.randint(2, 5)))
        items.append((title, summary))
    return items


def make_rules(
    rng: random.Random, vocab: Sequence[str], n: int
) -> tuple[list[IndicatorRule], dict[str, list[str]]]:
    # Like real packs: aliases list fairly common names (@china: China, Chinese, ...),
    # the indicator itself adds specific terms (chloropicrin, "entity list", sanction*).
    common = vocab[50:1_000]
    specific = vocab[300:]

    def word(pool: Sequence[str]) -> str:
        w = rng.choice(pool)
        roll = rng.random()
        if roll < 0.15 and len(w) >= 6:
            return w[: rng.randint(max(5, len(w) - 3), len(w) - 1)] + "*"
        if roll < 0.30:
            return f'"{w} {rng.choice(pool)}"'
        return w

    aliases: dict[str, list[str]] = {}
    for i in range(max(10, n // 50)):
        elements = [word(common).strip('"') for _ in range(rng.randint(4, 10))]
        if rng.random() < 0.3:
            elements.append(rng.choice(CYRILLIC)[:5] + "*")
        if rng.random() < 0.3:
            elements.append(rng.choice(CJK))
        aliases[f"a{i}"] = elements
    names = list(aliases)

    def alias() -> str:
        return "@" + rng.choice(names)

    def group(k: int) -> str:
        return "(" + " OR ".join(word(specific) for _ in range(k)) + ")"

    templates: list[Callable[[], str]] = [
        lambda: f"{alias()} AND {group(rng.randint(2, 4))}",
        lambda: f"NEAR/{rng.randint(3, 15)}({alias()}, {group(2)})",
        lambda: f"{word(specific)} {word(specific)} NOT {word(common)}",
        lambda: f"title:{group(2)} AND {alias()}",
        lambda: (
            f"{alias()} AND {alias()} AND NEAR/10({word(specific)}, {word(specific)}) NOT {alias()}"
        ),
        lambda: f"({word(specific)} OR {alias()}) AND {group(3)} AND NOT title:{word(common)}",
    ]
    rules = [IndicatorRule(f"ind-{i}", rng.choice(templates)()) for i in range(n)]
    return rules, aliases


# --- the naive way ----------------------------------------------------------------------


def naive_regex(node: Node) -> str:
    """One regex for a whole query over folded text (NEAR and fields become AND)."""
    if isinstance(node, Term):
        body = r"\W+".join(re.escape(w) for w in node.words)
        return rf"\b{body}\w*" if node.prefix else rf"\b{body}\b"
    if isinstance(node, AliasRef):
        return "(?:" + "|".join(naive_regex(e) for e in node.elements) + ")"
    if isinstance(node, Or):
        return "(?:" + "|".join(naive_regex(c) for c in node.children) + ")"
    if isinstance(node, Not):
        return f"(?!.*?{naive_regex(node.child)})"
    if isinstance(node, Field):
        return naive_regex(node.child)
    parts = node.args if isinstance(node, Near) else node.children
    assert isinstance(node, And | Near)
    return "".join(
        naive_regex(c) if isinstance(c, Not) else f"(?=.*?{naive_regex(c)})" for c in parts
    )


def run_naive(patterns: list[re.Pattern[str]], items: Sequence[tuple[str, str]]) -> int:
    matched = 0
    for title, summary in items:
        text = fold(title + " . " + summary)
        for p in patterns:
            if p.match(text):
                matched += 1
    return matched


# --- the bare floor -------------------------------------------------------------------


def bare_automaton(nodes: Sequence[Node]) -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for node in nodes:
        for t in terms_of(node):
            key = " ".join(t.words)
            a.add_word(key, key)
    a.make_automaton()
    return a


def run_bare(a: ahocorasick.Automaton, items: Sequence[tuple[str, str]]) -> int:
    found = 0
    for title, summary in items:
        found += len(list(a.iter(fold(title)))) + len(list(a.iter(fold(summary))))
    return found


def run_engine(m: Matcher, items: Sequence[tuple[str, str]]) -> int:
    return sum(len(m.match(title, summary)) for title, summary in items)


def run_engine_ids(m: Matcher, items: Sequence[tuple[str, str]]) -> int:
    return sum(len(m.matching_ids(title, summary)) for title, summary in items)


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def measure(size: int, vocab: Sequence[str], items: Sequence[tuple[str, str]]) -> str:
    """One table row: throughputs and ratios for ``size`` indicators."""
    rules, aliases = make_rules(random.Random(SEED + size), vocab, size)
    gc.collect()
    t_compile, _ = timed(lambda: len(Matcher(rules, aliases).indicator_ids))
    matcher = Matcher(rules, aliases)
    nodes = [parse(r.query, aliases) for r in rules]
    bare = bare_automaton(nodes)
    # Engine, engine (ids only) and the bare scan take turns over blocks of items,
    # so a busy machine slows all three alike and the ratios stay meaningful. The
    # one going first in a block folds each text first, which fills the fold
    # caches (indicators.text) the other two then use: the order rotates so no
    # contender always pays that and none always profits from it.
    runs: list[tuple[str, Callable[[Sequence[tuple[str, str]]], int]]] = [
        ("engine", lambda chunk: run_engine(matcher, chunk)),
        ("ids", lambda chunk: run_engine_ids(matcher, chunk)),
        ("bare", lambda chunk: run_bare(bare, chunk)),
    ]
    seconds = dict.fromkeys(("engine", "ids", "bare"), 0.0)
    matches = 0
    for number, block in enumerate(range(0, len(items), 500)):
        chunk = items[block : block + 500]
        turn = number % len(runs)
        for name, run in runs[turn:] + runs[:turn]:
            gc.collect()
            t, n = timed(lambda: run(chunk))  # noqa: B023
            seconds[name] += t
            if name == "engine":
                matches += n
    t_engine, t_ids, t_bare = seconds["engine"], seconds["ids"], seconds["bare"]
    patterns = [re.compile(naive_regex(n), re.S) for n in nodes]
    subset = items[: max(20, min(len(items), 2_000_000 // size // 10))]
    gc.collect()
    t_naive, _ = timed(lambda: run_naive(patterns, subset))
    engine, ids = len(items) / t_engine, len(items) / t_ids
    naive, floor = len(subset) / t_naive, len(items) / t_bare
    return (
        f"{size:>10,} {engine:>11,.0f} {ids:>9,.0f} {naive:>10,.0f} {floor:>10,.0f} "
        f"{engine / naive:>8.0f}x {engine / floor:>7.2f}x {ids / floor:>7.2f}x "
        f"{matches / len(items):>8.2f} {t_compile:>8.2f}s   (naive: {len(subset):,} items)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small smoke run")
    ap.add_argument("--memory", type=int, metavar="N", help="only report memory for N rules")
    args = ap.parse_args()
    if args.memory:
        memory(args.memory)
        return
    n_items = 2_000 if args.quick else 20_000
    sizes = [100, 1_000] if args.quick else [100, 1_000, 10_000]

    rng = random.Random(SEED)
    vocab = make_vocabulary(rng, 8_000)
    items = make_items(rng, vocab, n_items)
    chars = sum(len(a) + len(b) for a, b in items) / len(items)
    non_ascii = sum(1 for a, b in items if not (a + b).isascii()) / len(items)
    print(
        f"{len(items):,} items (mean {chars:.0f} characters, {non_ascii:.0%} with Cyrillic "
        f"or CJK); python {sys.version.split()[0]}; seed {SEED}\n"
    )
    header = (
        f"{'indicators':>10} {'engine it/s':>11} {'ids it/s':>9} {'naive it/s':>10} "
        f"{'bare it/s':>10} {'eng/naive':>9} {'eng/bare':>8} {'ids/bare':>8} "
        f"{'match/it':>8} {'compile':>9}"
    )
    print(header)
    print("-" * len(header))
    for size in sizes:
        print(measure(size, vocab, items), flush=True)
    print(
        "\nengine: Matcher.match end to end (text in, complete results with hits, snippet, "
        "score out); ids: "
        "Matcher.matching_ids (same decisions, no results);\nnaive: one regex per "
        "indicator per item, timed on the first N items and extrapolated (NEAR and fields "
        "approximated as AND);\nbare: fold + pyahocorasick scan of the same terms, no "
        "boundaries or logic (the floor).\n"
    )

    big = sizes[-1]
    # Peak memory in a fresh process, so this run's other matchers and the naive
    # regexes do not count: build the matcher and match 1,000 items.
    child = subprocess.run(
        [sys.executable, __file__, "--memory", str(big)],
        capture_output=True,
        text=True,
        check=True,
    )
    print(child.stdout.strip())


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process image, so
    unlike ru_maxrss it does not inherit the parent's peak across fork + exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory(size: int) -> None:
    """Report the peak memory of compiling ``size`` indicators and matching with them."""
    rng = random.Random(SEED)
    vocab = make_vocabulary(rng, 8_000)
    items = make_items(rng, vocab, 1_000)
    rules, aliases = make_rules(random.Random(SEED + size), vocab, size)
    gc.collect()
    before = peak_rss_mb()
    start = time.perf_counter()
    matcher = Matcher(rules, aliases)
    compiled = time.perf_counter() - start
    run_engine(matcher, items)
    peak = peak_rss_mb()
    del matcher
    gc.collect()
    tracemalloc.start()
    matcher = Matcher(rules, aliases)
    run_engine(matcher, items[:200])
    heap = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(
        f"memory, {size:,} indicators (fresh process): peak RSS {peak:.0f} MB "
        f"({before:.0f} MB before compiling; compiled in {compiled:.1f}s, then matched "
        f"1,000 items); Python heap peak {heap:.0f} MB (tracemalloc, excludes the "
        f"automaton's C memory)"
    )


if __name__ == "__main__":
    main()
