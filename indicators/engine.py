"""The matching engine: many indicator queries against one item at a time.

All rules are compiled once into one Aho-Corasick automaton over *canonical*
text: the folded text's words (:func:`indicators.text.words`) joined by single
spaces, with a space at each end. A term's pattern is its words with a space
before and (unless it is a prefix) after, so the automaton itself enforces word
boundaries and phrases match across any punctuation or spacing. One scan per
field finds every term occurrence; an inverted index from *trigger* terms (terms
at least one of which must occur for the query to be true) selects the few rules
worth evaluating; only those are evaluated. Cost per item therefore grows with
the number of term occurrences and candidate rules, not with the number of rules.

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
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    QueryError,
    Term,
    parse,
    query_version,
    terms_of,
)
from indicators.text import cluster_end, fold_map, item_text, iter_word_spans, strip_html, words

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
        "_spans",
        "_starts",
        "canon",
        "field",
        "folded",
        "occ",
        "offsets",
        "text",
        "tids",
        "tokens",
    )

    def __init__(self, field: str, text: str) -> None:
        self.field = field
        self.text = text
        self.folded, self.offsets = fold_map(text)
        self.tokens = words(self.folded)
        self.canon = " " + " ".join(self.tokens) + " "
        self.occ: dict[int, list[int]] = {}
        self.tids: set[int] = set()
        self._starts: list[int] | None = None
        self._spans: list[tuple[int, int]] = []
        self._more_spans: Iterator[tuple[int, int]] | None = None

    def token_index(self, cpos: int) -> int:
        """The index of the word containing canonical position ``cpos``."""
        if self._starts is None:
            # Word k starts at 1 + k + (lengths of words before it); built in C.
            self._starts = list(
                map(
                    operator.add,
                    itertools.accumulate(map(len, self.tokens), initial=1),
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
        if self.offsets is not None:
            start, end = self.offsets[start], self.offsets[end - 1] + 1
        return start, cluster_end(self.text, end)


# An occurrence: (field index 0/1, term id, canonical end index, term as written).
_Occ = tuple[int, int, int, str]
_Test = Callable[[_Scan, _Scan], bool]
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
        aliases = aliases or {}
        parsed: list[tuple[IndicatorRule, Node]] = []
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise QueryError(f"duplicate indicator id {rule.id!r}", 1, rule.query, rule.id)
            seen.add(rule.id)
            try:
                parsed.append((rule, parse(rule.query, aliases)))
            except QueryError as e:
                e.indicator_id = rule.id
                raise
        self._tids: dict[str, int] = {}
        self._keys: list[str] = []
        rule_tids = [{self._tid(t) for t in terms_of(node)} for _, node in parsed]
        usage = [0] * len(self._keys)
        for tids in rule_tids:
            for tid in tids:
                usage[tid] += 1
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, tid in self._tids.items():
            self._automaton.add_word(key, tid)
        if self._keys:
            self._automaton.make_automaton()

        def cost(tids: frozenset[int]) -> float:
            # Terms used by many rules are usually common in text too; phrases are rare.
            return sum((usage[t] + 1) / self._keys[t].count(" ") for t in tids)

        self._cost = cost

        self._rules: list[_Rule] = []
        self._by_id: dict[str, _Rule] = {}
        trigger_lists: dict[int, list[int]] = {}
        for order, (rule, node) in enumerate(parsed):
            compiled = _Rule(
                order,
                rule.id,
                rule.query,
                node,
                query_version(rule.query, aliases),
                self._compile(node, None),
                self._compile_evidence(node, None),
            )
            self._rules.append(compiled)
            self._by_id[rule.id] = compiled
            triggers = _triggers(node, False, self._tid, cost)
            assert triggers is not None  # parse() rejects queries that need no term
            for tid in triggers:
                trigger_lists.setdefault(tid, []).append(order)
        self._triggers = {tid: tuple(orders) for tid, orders in trigger_lists.items()}
        self._tests = [r.test for r in self._rules]

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        """The ids of the compiled rules, in the order given."""
        return tuple(r.id for r in self._rules)

    def query_version(self, indicator_id: str) -> str:
        """The :func:`indicators.query.query_version` of a compiled rule."""
        return self._by_id[indicator_id].version

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
            return _term_test(frozenset(self._tid(t) for t in terms_of(node)), scope)
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
            return self._cost(frozenset(self._tid(t) for t in terms_of(node)))
        if isinstance(node, Not):
            return 1e9
        if isinstance(node, Field):
            return self._likelihood(node.child)
        if isinstance(node, Near):
            return min(self._likelihood(a) for a in node.args)
        estimates = [self._likelihood(c) for c in node.children]
        return min(estimates) if isinstance(node, And) else sum(estimates)

    def _near_test(self, node: Near, scope: str | None) -> _Test:
        args = [frozenset(self._tid(t) for t in terms_of(arg)) for arg in node.args]
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
            pairs = tuple({self._tid(t): t.text for t in reversed(terms_of(node))}.items())

            def terms(scans: tuple[_Scan, _Scan]) -> tuple[bool, list[_Occ]]:
                occ: list[_Occ] = []
                for i in fields:
                    scan = scans[i]
                    for tid, text in pairs:
                        if tid in scan.tids:
                            occ.extend((i, tid, end, text) for end in scan.occ[tid][:MAX_HITS])
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
            args = [frozenset(self._tid(t) for t in terms_of(arg)) for arg in node.args]
            texts = {self._tid(t): t.text for arg in node.args for t in reversed(terms_of(arg))}
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
        return [(scan.token_index(end - back), end) for end in scan.occ.get(tid, ())]

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
                (i, tid, end, node.text)
                for i in fields
                for end in scans[i].occ.get(tid, ())[:MAX_HITS]
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
            args = [frozenset(self._tid(t) for t in terms_of(arg)) for arg in node.args]
            text = {self._tid(t): t.text for arg in node.args for t in terms_of(arg)}
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
                occ = scan.occ
                for end, tid in self._automaton.iter(scan.canon):
                    ends = occ.get(tid)
                    if ends is None:
                        occ[tid] = [end]
                    else:
                        ends.append(end)
                scan.tids = set(occ)
        return scans

    def match(self, title: str, summary: str = "", content: str = "") -> list[MatchResult]:
        """Every rule the item matches, in rule order. HTML in any argument is
        stripped; ``summary`` and ``content`` together form the summary field."""
        a, b = self._scan(title or "", summary or "", content or "")
        candidates: set[int] = set()
        get = self._triggers.get
        for tid in a.tids | b.tids:
            orders = get(tid)
            if orders is not None:
                candidates.update(orders)
        tests = self._tests
        matched = [order for order in candidates if tests[order](a, b)]
        results = []
        for order in sorted(matched):
            rule = self._rules[order]
            _, occ = rule.evidence((a, b))
            results.append(self._result(rule, occ, (a, b)))
        return results

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
            key = keys[tid]
            first = end - len(key) + 2
            last = end - 1 if key.endswith(" ") else end
            start, stop = scans[i].span(first, last)
            if (i, start) in seen:
                continue
            seen.add((i, start))
            hits.append(Hit(text, start, stop, FIELD_NAMES[i]))
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


def _triggers(
    node: Node,
    negated: bool,
    tid: Callable[[Term], int],
    cost: Callable[[frozenset[int]], float],
) -> frozenset[int] | None:
    """Terms at least one of which occurs whenever ``node`` (negated if asked) is
    true, or None if it can be true with none of its terms present."""
    if isinstance(node, Term | AliasRef):
        return None if negated else frozenset(tid(t) for t in terms_of(node))
    if isinstance(node, Near):
        if negated:
            return None
        return min((frozenset(tid(t) for t in terms_of(a)) for a in node.args), key=cost)
    if isinstance(node, Not):
        return _triggers(node.child, not negated, tid, cost)
    if isinstance(node, Field):
        return _triggers(node.child, negated, tid, cost)
    subs = [_triggers(c, negated, tid, cost) for c in node.children]
    if isinstance(node, And) != negated:  # a conjunction: any one child's triggers do
        options = [s for s in subs if s is not None]
        return min(options, key=cost) if options else None
    if any(s is None for s in subs):
        return None
    return frozenset().union(*[s for s in subs if s is not None])


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
