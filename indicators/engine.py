"""The matching engine: many indicator queries against one item at a time.

All rules are compiled once into one Aho-Corasick automaton over *canonical*
text: the folded text's words (:func:`indicators.text.words`) joined by single
spaces, with a space at each end. A term's pattern is its words with a space
before and (unless it is a prefix) after, so the automaton itself enforces word
boundaries and phrases match across any punctuation or spacing. One scan per
field finds every term occurrence.

Which rules to evaluate: for every query the compiler derives *necessary sets*,
sets of terms at least one of which must occur whenever the query is true (an
AND needs each child's, a NEAR each argument's; parse() rejects queries with
none). A rule is indexed under its rarest necessary set (rarity estimated from
how many rules use a term); for an item, only rules indexed under a term that
occurred are candidates, and a candidate is evaluated only if its second rarest
set also occurred (a C-level set check). Cost per item therefore grows with the
number of term occurrences and candidate rules, not with the number of rules.

Evaluation uses predicates compiled from the query tree once; for a rule that
matched, a second compiled pass collects the *evidence* (the occurrences that make
each clause true, see :class:`MatchResult`) from which hits, snippet and score
are built. :meth:`Matcher.explain` evaluates the tree the slow, labelled way.

Fields: ``title`` is the item's title; ``summary`` is its summary and content.
Hit offsets refer to the field's plain text as given by :func:`field_texts`
(HTML stripped, whitespace normalised, not folded).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import ahocorasick

from indicators.query import (
    AliasRef,
    AliasTable,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    ParsedQuery,
    QueryError,
    Term,
    parse,
    terms_of,
)
from indicators.text import (
    cluster_end,
    fold_canonical,
    fold_map,
    item_text,
    iter_word_spans,
    strip_html,
)

__all__ = [
    "MAX_HITS",
    "Clause",
    "Explanation",
    "Hit",
    "IndicatorRule",
    "MatchResult",
    "Matcher",
    "compile_errors",
    "field_texts",
]

MAX_HITS = 50  # hits kept per match result (the first ones, title first)
SNIPPET_WIDTH = 200
FIELD_NAMES = ("title", "summary")


@dataclass(frozen=True)
class IndicatorRule:
    id: str
    query: str


@dataclass(frozen=True)
class Hit:
    """One occurrence of a term: ``term`` as written in the query or alias;
    ``start``/``end`` index the field's plain text (see :func:`field_texts`)."""

    term: str
    start: int
    end: int
    field: str


@dataclass(frozen=True)
class MatchResult:
    """A rule that matched an item.

    ``hits``: the occurrences that made the query true, title first, then by
    position, at most :data:`MAX_HITS`. Only clauses that are true contribute (in
    ``(a AND zzz) OR b`` matched through ``b``, an ``a`` in the text is not a
    hit), and terms under NOT never do (except through double negation).
    ``snippet``: about 200 characters of the summary around its first hit (of the
    title when only the title has hits), hits marked «like this».
    ``score``: w / (w + 1) where w counts distinct terms that fired, 2 for a term
    found in the title and 1 otherwise; in (0, 1), for ordering.
    ``query_version``: :func:`indicators.query.query_version` of the rule.
    """

    indicator_id: str
    hits: tuple[Hit, ...]
    snippet: str
    score: float
    query_version: str


@dataclass(frozen=True)
class Clause:
    """One node of an explained query: its label, truth value, the hits that made
    it true (empty when false) and its sub-clauses."""

    label: str
    value: bool
    hits: tuple[Hit, ...]
    children: tuple[Clause, ...] = ()


@dataclass(frozen=True)
class Explanation:
    """Why a rule did or did not match an item; ``str()`` renders it as text."""

    indicator_id: str
    query: str
    query_version: str
    matched: bool
    root: Clause
    result: MatchResult | None
    title: str
    summary: str

    def __str__(self) -> str:
        verdict = "MATCH" if self.matched else "no match"
        head = f"{self.indicator_id}: {verdict}"
        if self.result is not None:
            head += f" (score {self.result.score:.2f})"
        lines = [head, f"query: {self.query}   [version {self.query_version}]"]
        texts = {"title": self.title, "summary": self.summary}

        def render(clause: Clause, depth: int) -> None:
            mark = "[x]" if clause.value else "[ ]"
            line = f"{'  ' * depth}{mark} {clause.label}"
            if clause.hits and not clause.children:
                shown = [
                    f"«{texts[h.field][h.start : h.end]}» {h.field} {h.start}-{h.end}"
                    for h in clause.hits[:5]
                ]
                more = len(clause.hits) - len(shown)
                line += "  <- " + "; ".join(shown) + (f" (+{more} more)" if more > 0 else "")
            lines.append(line)
            for child in clause.children:
                render(child, depth + 1)

        render(self.root, 1)
        if self.result is not None:
            lines.append(f"snippet: {self.result.snippet}")
        return "\n".join(lines)


def field_texts(
    title: str | None, summary: str | None = "", content: str | None = ""
) -> tuple[str, str]:
    """The plain text of the two fields matched: ``(title, summary)`` where the
    summary field is summary + content (see :func:`indicators.text.item_text`)."""
    return strip_html(title or ""), item_text(None, summary, content)


# --- one scanned field ------------------------------------------------------------


class _Scan:
    """A field of one item after folding and scanning: which terms occur where."""

    __slots__ = (
        "_more_spans",
        "_occ",
        "_spans",
        "_starts",
        "canon",
        "field",
        "folded",
        "hits",
        "offsets",
        "one_to_one",
        "raw",
        "text",
        "tids",
    )

    def __init__(self, field: str, text: str) -> None:
        self.field = field
        self.text = text
        self.folded, self.one_to_one, canon = fold_canonical(text)
        self.canon = f" {canon} "
        self.offsets: list[int] | None = None  # folded -> original, when not one to one
        self.raw: list[tuple[int, int]] = []  # (canonical end, term id) from the automaton
        self.tids: set[int] = set()
        self._occ: dict[int, list[int]] | None = None
        self.hits: dict[tuple[int, int, str], Hit] = {}  # (term id, end, text) -> its Hit
        self._starts: list[int] | None = None
        self._spans: list[tuple[int, int]] = []
        self._more_spans: Iterator[tuple[int, int]] | None = None

    def ends(self, tid: int) -> list[int]:
        """Canonical end positions of every occurrence of term ``tid`` (in order)."""
        if self._occ is None:
            # Grouped only when needed: most items never get this far.
            occ: dict[int, list[int]] = {}
            self._occ = occ
            for end, t in self.raw:
                ends = occ.get(t)
                if ends is None:
                    occ[t] = [end]
                else:
                    ends.append(end)
        return self._occ.get(tid, [])

    def token_index(self, cpos: int) -> int:
        """The index of the word containing canonical position ``cpos``."""
        if self._starts is None:
            # Word k starts at 1 + k + (lengths of words before it); built in C.
            self._starts = list(
                map(
                    operator.add,
                    itertools.accumulate(map(len, self.canon[1:-1].split(" ")), initial=1),
                    itertools.count(),
                )
            )
        return bisect.bisect_right(self._starts, cpos) - 1

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the words at canonical positions first..last."""
        k0, k1 = self.token_index(first), self.token_index(last)
        if k1 >= len(self._spans):  # find word spans only as far as needed
            if self._more_spans is None:
                self._more_spans = iter_word_spans(self.folded)
            self._spans.extend(itertools.islice(self._more_spans, k1 + 1 - len(self._spans)))
        start, end = self._spans[k0][0], self._spans[k1][1]
        if not self.one_to_one:
            if self.offsets is None:
                self.offsets = fold_map(self.text)[1]
            assert self.offsets is not None
            start, end = self.offsets[start], self.offsets[end - 1] + 1
        return start, cluster_end(self.text, end)


# An occurrence: (field index 0/1, term id, canonical end index, term as written).
_Occ = tuple[int, int, int, str]
_Test = Callable[[_Scan, _Scan], bool]
_second = operator.itemgetter(1)
# Evaluates a clause to its value and the evidence for it (see Matcher._explain).
_Evidence = Callable[[tuple[_Scan, _Scan]], tuple[bool, list[_Occ]]]


@dataclass(frozen=True)
class _Rule:
    order: int
    id: str
    query: str
    node: Node
    version: str
    test: _Test
    evidence: _Evidence


class Matcher:
    """Matches items against a fixed set of indicator rules.

    Raises :class:`QueryError` (with ``indicator_id`` set) for the first rule whose
    query does not parse, and for a duplicate indicator id.
    """

    def __init__(
        self, rules: Iterable[IndicatorRule], aliases: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        table = AliasTable(aliases)
        parsed: list[tuple[IndicatorRule, ParsedQuery]] = []
        # Keyed by id(): the nodes live as long as the rules that hold them.
        self._tidsets: dict[int, frozenset[int]] = {}
        self._writtens: dict[int, dict[int, str]] = {}
        self._interned: dict[frozenset[int], frozenset[int]] = {}
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise QueryError(f"duplicate indicator id {rule.id!r}", 1, rule.query, rule.id)
            seen.add(rule.id)
            try:
                parsed.append((rule, table.parse(rule.query)))
            except QueryError as e:
                e.indicator_id = rule.id
                raise
        self._tids: dict[str, int] = {}
        self._keys: list[str] = []
        rule_tids = [self._tidset(p.node) for _, p in parsed]
        usage = [0] * len(self._keys)
        for tids in rule_tids:
            for tid in tids:
                usage[tid] += 1
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, tid in self._tids.items():
            self._automaton.add_word(key, tid)
        if self._keys:
            self._automaton.make_automaton()

        costs: dict[frozenset[int], float] = {}

        def cost(tids: frozenset[int]) -> float:
            # Terms used by many rules are usually common in text too; phrases are rare.
            found = costs.get(tids)
            if found is None:
                found = costs[tids] = sum((usage[t] + 1) / self._keys[t].count(" ") for t in tids)
            return found

        self._cost = cost

        self._rules: list[_Rule] = []
        self._by_id: dict[str, _Rule] = {}
        trigger_lists: dict[int, list[int]] = {}
        self._prechecks: list[frozenset[int]] = []
        for order, (rule, parsed_query) in enumerate(parsed):
            node = parsed_query.node
            compiled = _Rule(
                order,
                rule.id,
                rule.query,
                node,
                parsed_query.version,
                self._compile(node, None),
                self._compile_evidence(node, None),
            )
            self._rules.append(compiled)
            self._by_id[rule.id] = compiled
            # Index the rule under its rarest necessary set; before evaluating it,
            # check the next rarest against the item's terms (a set operation in C).
            necessary = sorted(set(_necessary(node, False, self._tidset, cost)), key=cost)
            assert necessary  # parse() rejects queries that can match without a term
            for tid in necessary[0]:
                trigger_lists.setdefault(tid, []).append(order)
            self._prechecks.append(necessary[1] if len(necessary) > 1 else necessary[0])
        self._triggers = {tid: tuple(orders) for tid, orders in trigger_lists.items()}
        self._tests = [r.test for r in self._rules]

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        """The ids of the compiled rules, in the order given."""
        return tuple(r.id for r in self._rules)

    def query_version(self, indicator_id: str) -> str:
        """The :func:`indicators.query.query_version` of a compiled rule."""
        return self._by_id[indicator_id].version

    def _tidset(self, node: Node) -> frozenset[int]:
        """Term ids of every term under ``node`` (cached: alias expansions are
        shared by all the rules that use them)."""
        key = id(node.elements) if isinstance(node, AliasRef) else id(node)
        found = self._tidsets.get(key)
        if found is None:
            found = frozenset(self._tid(t) for t in terms_of(node))
            self._tidsets[key] = found = self._interned.setdefault(found, found)
        return found

    def _written(self, node: Node) -> dict[int, str]:
        """Term id -> the term as first written under ``node``."""
        key = id(node.elements) if isinstance(node, AliasRef) else id(node)
        found = self._writtens.get(key)
        if found is None:
            found = self._writtens[key] = {self._tid(t): t.text for t in reversed(terms_of(node))}
        return found

    def _tid(self, term: Term) -> int:
        key = term.key
        tid = self._tids.get(key)
        if tid is None:
            tid = self._tids[key] = len(self._keys)
            self._keys.append(key)
        return tid

    # --- compiling queries to predicates over the two scanned fields -----------

    def _compile(self, node: Node, scope: str | None) -> _Test:
        if isinstance(node, Term | AliasRef) or (
            isinstance(node, Or) and all(isinstance(c, Term | AliasRef) for c in node.children)
        ):
            return _term_test(self._tidset(node), scope)
        if isinstance(node, Field):
            return self._compile(node.child, node.name)
        if isinstance(node, Not):
            inner = self._compile(node.child, scope)
            return lambda a, b: not inner(a, b)
        if isinstance(node, Near):
            return self._near_test(node, scope)
        # Order children so the outcome is usually known after the first: an AND
        # tries its least likely child first, an OR its most likely.
        ordered = sorted(node.children, key=self._likelihood, reverse=isinstance(node, Or))
        parts = tuple(self._compile(c, scope) for c in ordered)
        if isinstance(node, And):

            def all_true(a: _Scan, b: _Scan) -> bool:
                # Plain loops: measurably faster than all()/any() over a generator here.
                for part in parts:  # noqa: SIM110
                    if not part(a, b):
                        return False
                return True

            return all_true

        def any_true(a: _Scan, b: _Scan) -> bool:
            for part in parts:  # noqa: SIM110
                if part(a, b):
                    return True
            return False

        return any_true

    def _likelihood(self, node: Node) -> float:
        """A rough, relative estimate of how often ``node`` is true."""
        if isinstance(node, Term | AliasRef):
            return self._cost(self._tidset(node))
        if isinstance(node, Not):
            return 1e9
        if isinstance(node, Field):
            return self._likelihood(node.child)
        if isinstance(node, Near):
            return min(self._likelihood(a) for a in node.args)
        estimates = [self._likelihood(c) for c in node.children]
        return min(estimates) if isinstance(node, And) else sum(estimates)

    def _near_test(self, node: Near, scope: str | None) -> _Test:
        args = [self._tidset(arg) for arg in node.args]
        n = node.distance

        def test(a: _Scan, b: _Scan) -> bool:
            if scope != "summary" and self._near(a, args, n, None):
                return True
            return scope != "title" and self._near(b, args, n, None)

        return test

    def _compile_evidence(self, node: Node, scope: str | None) -> _Evidence:
        """Like :meth:`_explain`, but compiled once and without labels: the value of
        ``node`` and the occurrences that are evidence for it."""
        fields = tuple(i for i, f in enumerate(FIELD_NAMES) if scope in (None, f))
        if isinstance(node, Term | AliasRef) or (
            isinstance(node, Or) and all(isinstance(c, Term | AliasRef) for c in node.children)
        ):
            written = self._written(node)
            tids = self._tidset(node)

            def terms(scans: tuple[_Scan, _Scan]) -> tuple[bool, list[_Occ]]:
                occ: list[_Occ] = []
                for i in fields:
                    scan = scans[i]
                    for tid in tids.intersection(scan.tids):
                        text = written[tid]
                        occ.extend((i, tid, end, text) for end in scan.ends(tid)[:MAX_HITS])
                return bool(occ), occ

            return terms
        if isinstance(node, Field):
            return self._compile_evidence(node.child, node.name)
        if isinstance(node, Not):
            inner = self._compile_evidence(node.child, scope)

            def negation(scans: tuple[_Scan, _Scan]) -> tuple[bool, list[_Occ]]:
                value, occ = inner(scans)
                return not value, occ

            return negation
        if isinstance(node, Near):
            args = [self._tidset(arg) for arg in node.args]
            texts = {k: v for arg in reversed(node.args) for k, v in self._written(arg).items()}
            distance = node.distance

            def near(scans: tuple[_Scan, _Scan]) -> tuple[bool, list[_Occ]]:
                occ: list[_Occ] = []
                value = False
                for i in fields:
                    found: list[tuple[int, int]] = []
                    if self._near(scans[i], args, distance, found):
                        value = True
                        occ.extend((i, tid, end, texts[tid]) for tid, end in sorted(set(found)))
                return value, occ[: MAX_HITS * 4]

            return near
        parts = tuple(self._compile_evidence(c, scope) for c in node.children)
        conjunction = isinstance(node, And)

        def combined(scans: tuple[_Scan, _Scan]) -> tuple[bool, list[_Occ]]:
            results = [part(scans) for part in parts]
            value = all(v for v, _ in results) if conjunction else any(v for v, _ in results)
            return value, [o for v, occ in results if v == value for o in occ]

        return combined

    # --- evaluation ------------------------------------------------------------

    def _positions(self, scan: _Scan, tid: int) -> list[tuple[int, int]]:
        """(word position, canonical end) of every occurrence of ``tid`` in ``scan``."""
        back = len(self._keys[tid]) - 2
        return [(scan.token_index(end - back), end) for end in scan.ends(tid)]

    def _near(
        self,
        scan: _Scan,
        args: Sequence[frozenset[int]],
        distance: int,
        found: list[tuple[int, int]] | None,
    ) -> bool:
        """True if one occurrence of every arg fits in ``distance`` words. When
        ``found`` is given, append (tid, end) of every occurrence in a minimal
        satisfying window."""
        events: list[tuple[int, int, int, int]] = []  # (position, arg, tid, end)
        for i, tids in enumerate(args):
            present = tids.intersection(scan.tids)
            if not present:
                return False
            for tid in present:
                events.extend((pos, i, tid, end) for pos, end in self._positions(scan, tid))
        events.sort()
        counts = [0] * len(args)
        missing = len(args)
        left = 0
        ok = False
        for right, (pos, arg, _, _) in enumerate(events):
            counts[arg] += 1
            missing -= counts[arg] == 1
            if missing:
                continue
            while counts[events[left][1]] > 1:
                counts[events[left][1]] -= 1
                left += 1
            if pos - events[left][0] <= distance:
                if found is None:
                    return True
                ok = True
                found.extend((tid, end) for _, _, tid, end in events[left : right + 1])
        return ok

    def _explain(self, node: Node, scope: str | None, scans: tuple[_Scan, _Scan]) -> _Node:
        """Evaluate ``node`` the slow, thorough way: value, contributing occurrences
        and sub-results (the fast predicates in ``_Rule.test`` must agree)."""
        fields = [i for i, f in enumerate(FIELD_NAMES) if scope in (None, f)]
        if isinstance(node, Term):
            tid = self._tid(node)
            term_occ = [
                (i, tid, end, node.text) for i in fields for end in scans[i].ends(tid)[:MAX_HITS]
            ]
            return _Node(node.text, bool(term_occ), term_occ, ())
        if isinstance(node, Field):
            inner = self._explain(node.child, node.name, scans)
            return _Node(f"{node.name}:", inner.value, inner.occ, (inner,))
        if isinstance(node, Not):
            inner = self._explain(node.child, scope, scans)
            # A node's occurrences are the evidence for its value, true or false: what
            # makes NOT x true is what makes x false (so NOT NOT x keeps x's hits).
            return _Node("NOT", not inner.value, inner.occ, (inner,))
        if isinstance(node, Near):
            args = [self._tidset(arg) for arg in node.args]
            text = {k: v for arg in reversed(node.args) for k, v in self._written(arg).items()}
            occ: list[_Occ] = []
            value = False
            for i in fields:
                found: list[tuple[int, int]] = []
                if self._near(scans[i], args, node.distance, found):
                    value = True
                    occ.extend((i, tid, end, text[tid]) for tid, end in sorted(set(found))[:500])
            children = tuple(self._explain(arg, scope, scans) for arg in node.args)
            return _Node(f"NEAR/{node.distance}", value, occ, children)
        if isinstance(node, AliasRef):
            children = tuple(self._explain(e, scope, scans) for e in node.elements)
            fired = [o for c in children for o in c.occ]
            return _Node(f"@{node.name}", bool(fired), fired, tuple(c for c in children if c.value))
        children = tuple(self._explain(c, scope, scans) for c in node.children)
        value = (all if isinstance(node, And) else any)(c.value for c in children)
        # Evidence: an AND is true by all children, false by its false ones; an OR is
        # true by its true children, false by all of them.
        deciding = [c for c in children if c.value == value]
        return _Node(
            "AND" if isinstance(node, And) else "OR",
            value,
            [o for c in deciding for o in c.occ],
            children,
        )

    def _scan(self, title: str, summary: str, content: str) -> tuple[_Scan, _Scan]:
        title_text, summary_text = field_texts(title, summary, content)
        scans = (_Scan("title", title_text), _Scan("summary", summary_text))
        if self._keys:
            for scan in scans:
                scan.raw = raw = list(self._automaton.iter(scan.canon))
                scan.tids = set(map(_second, raw))
        return scans

    def match(self, title: str, summary: str = "", content: str = "") -> list[MatchResult]:
        """Every rule the item matches, in rule order. HTML in any argument is
        stripped; ``summary`` and ``content`` together form the summary field."""
        a, b = self._scan(title or "", summary or "", content or "")
        results = []
        for order in self._matching(a, b):
            rule = self._rules[order]
            _, occ = rule.evidence((a, b))
            results.append(self._result(rule, occ, (a, b)))
        return results

    def matching_ids(self, title: str, summary: str = "", content: str = "") -> list[str]:
        """The ids of the rules :meth:`match` would return, in the same order,
        without building hits, snippets and scores (so it is cheaper)."""
        a, b = self._scan(title or "", summary or "", content or "")
        return [self._rules[order].id for order in self._matching(a, b)]

    def _matching(self, a: _Scan, b: _Scan) -> list[int]:
        """Orders of the rules true for the scanned item, ascending."""
        present = a.tids | b.tids
        candidates = set(
            itertools.chain.from_iterable(filter(None, map(self._triggers.get, present)))
        )
        tests, prechecks = self._tests, self._prechecks
        matched = [
            order
            for order in candidates
            if not prechecks[order].isdisjoint(present) and tests[order](a, b)
        ]
        matched.sort()
        return matched

    def explain(
        self, indicator_id: str, title: str, summary: str = "", content: str = ""
    ) -> Explanation:
        """Evaluate one rule against an item clause by clause. Raises ``KeyError``
        for an unknown indicator id."""
        rule = self._by_id[indicator_id]
        scans = self._scan(title or "", summary or "", content or "")
        tree = self._explain(rule.node, None, scans)
        result = self._result(rule, tree.occ, scans) if tree.value else None
        return Explanation(
            rule.id,
            rule.query,
            rule.version,
            tree.value,
            self._clause(tree, scans),
            result,
            scans[0].text,
            scans[1].text,
        )

    # --- results -----------------------------------------------------------------

    def _hits(self, occ: Iterable[_Occ], scans: tuple[_Scan, _Scan]) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[tuple[int, int]] = set()
        keys = self._keys
        ordered = sorted((i, end - len(keys[tid]), tid, end, text) for i, tid, end, text in occ)
        for i, _, tid, end, text in ordered:
            scan = scans[i]
            hit = scan.hits.get((tid, end, text))
            if hit is None:  # the same occurrence often fires several rules: map it once
                key = keys[tid]
                first = end - len(key) + 2
                last = end - 1 if key.endswith(" ") else end
                start, stop = scan.span(first, last)
                hit = scan.hits[tid, end, text] = Hit(text, start, stop, scan.field)
            if (i, hit.start) in seen:
                continue
            seen.add((i, hit.start))
            hits.append(hit)
            if len(hits) >= MAX_HITS:
                break
        return hits

    def _result(self, rule: _Rule, occ: list[_Occ], scans: tuple[_Scan, _Scan]) -> MatchResult:
        hits = self._hits(occ, scans)
        in_title = {tid for i, tid, _, _ in occ if i == 0}
        weight = sum(2 if tid in in_title else 1 for tid in {o[1] for o in occ})
        score = round(weight / (weight + 1), 4) if weight else 1.0
        return MatchResult(rule.id, tuple(hits), _snippet(hits, scans), score, rule.version)

    def _clause(self, node: _Node, scans: tuple[_Scan, _Scan]) -> Clause:
        hits = tuple(self._hits(node.occ, scans)) if node.value else ()
        return Clause(
            node.label, node.value, hits, tuple(self._clause(c, scans) for c in node.kids)
        )


@dataclass(frozen=True)
class _Node:
    label: str
    value: bool
    occ: list[_Occ]
    kids: tuple[_Node, ...]


def _term_test(tids: frozenset[int], scope: str | None) -> _Test:
    if len(tids) == 1:
        (tid,) = tids
        if scope is None:
            return lambda a, b: tid in a.tids or tid in b.tids
        if scope == "title":
            return lambda a, b: tid in a.tids
        return lambda a, b: tid in b.tids
    if scope is None:
        return lambda a, b: not tids.isdisjoint(a.tids) or not tids.isdisjoint(b.tids)
    if scope == "title":
        return lambda a, b: not tids.isdisjoint(a.tids)
    return lambda a, b: not tids.isdisjoint(b.tids)


def _necessary(
    node: Node,
    negated: bool,
    tidset: Callable[[Node], frozenset[int]],
    cost: Callable[[frozenset[int]], float],
) -> list[frozenset[int]]:
    """Sets of terms such that, whenever ``node`` (negated if asked) is true, at
    least one term of *each* set occurs in the item. Empty if no such set is
    known (e.g. a bare NOT: true with none of its terms present)."""
    if isinstance(node, Term | AliasRef):
        return [] if negated else [tidset(node)]
    if isinstance(node, Near):
        return [] if negated else [tidset(a) for a in node.args]
    if isinstance(node, Not):
        return _necessary(node.child, not negated, tidset, cost)
    if isinstance(node, Field):
        return _necessary(node.child, negated, tidset, cost)
    subs = [_necessary(c, negated, tidset, cost) for c in node.children]
    if isinstance(node, And) != negated:  # a conjunction needs what each child needs
        return [s for sub in subs for s in sub]
    if any(not sub for sub in subs):  # a disjunction: one cheapest set from each child
        return []
    return [frozenset().union(*(min(sub, key=cost) for sub in subs))]


def _snippet(hits: Sequence[Hit], scans: tuple[_Scan, _Scan]) -> str:
    """About 200 characters of the summary around its first hit (or of the title,
    if only the title has hits), with every hit inside marked «like this»."""
    if not hits:
        return ""
    field = "summary" if any(h.field == "summary" for h in hits) else "title"
    text = scans[FIELD_NAMES.index(field)].text
    marks = sorted((h.start, h.end) for h in hits if h.field == field)
    first_start, first_end = marks[0]
    start = max(0, first_start - SNIPPET_WIDTH // 3)
    end = min(len(text), max(start + SNIPPET_WIDTH, first_end))
    start = max(0, min(start, end - SNIPPET_WIDTH))
    if start > 0:  # do not cut a word in half when a space is near
        space = text.find(" ", start, first_start)
        if 0 <= space < start + 20:
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", first_end, end)
        if space > end - 20:
            end = space
    out: list[str] = ["…"] if start > 0 else []
    pos = start
    for s, e in marks:
        if s < pos or e > end:
            continue
        out.extend((text[pos:s], "«", text[s:e], "»"))
        pos = e
    out.append(text[pos:end])
    if end < len(text):
        out.append("…")
    return "".join(out)


def compile_errors(
    rules: Iterable[IndicatorRule], aliases: Mapping[str, Sequence[str]] | None = None
) -> list[tuple[str, QueryError]]:
    """Validate every rule (as :class:`Matcher` would) and return ``(indicator_id,
    error)`` for each bad one instead of stopping at the first."""
    errors: list[tuple[str, QueryError]] = []
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            errors.append(
                (rule.id, QueryError(f"duplicate indicator id {rule.id!r}", 1, rule.query, rule.id))
            )
            continue
        seen.add(rule.id)
        try:
            parse(rule.query, aliases)
        except QueryError as e:
            e.indicator_id = rule.id
            errors.append((rule.id, e))
    return errors
