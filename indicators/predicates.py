"""Query trees compiled to plain Python functions: one test and one evidence
function per rule, for the matching engine (:mod:`indicators.engine`).

A *test* says whether a rule is true for a scanned item; *evidence* also returns
the occurrences that make each clause true (see ``Matcher._explain`` for the
labelled, slow version that both must agree with). Both are generated as Python
source, one straight-line function per tree, so evaluating a rule costs one
call instead of one call per clause. Rules of the same shape (the same tree with
other terms, as rules written from one pattern are) share their generated code:
the source of a shape is compiled once and each rule binds its own constants
(term id sets, terms as written) to it, so compiling many rules stays cheap.

Both kinds of function take ``(t, s, p, item)``: the ids of the terms occurring
in the title, in the summary, in either, and the scanned item (which gives term
positions, for NEAR and for evidence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import MethodType
from typing import Any

from indicators.query import AliasRef, And, Field, Near, Node, Not, Or, Term

__all__ = ["Compiler", "Evidence", "Occ", "Test", "is_term_set"]

# An occurrence: (field index 0/1, term id, canonical end index, term as written).
Occ = tuple[int, int, int, str]
Test = Callable[[set[int], set[int], set[int], Any], bool]
Evidence = Callable[[set[int], set[int], set[int], Any], tuple[bool, list[Occ]]]
# The argument naming the set of term ids occurring in the fields in scope.
_SCOPE_SET = {None: "p", "title": "t", "summary": "s"}
_SCOPE_FIELDS: dict[str | None, tuple[int, ...]] = {None: (0, 1), "title": (0,), "summary": (1,)}


def is_term_set(node: Node) -> bool:
    """True for a node that is true exactly when one of its terms occurs: a term,
    an alias, or an OR of those."""
    return isinstance(node, Term | AliasRef) or (
        isinstance(node, Or) and all(isinstance(c, Term | AliasRef) for c in node.children)
    )


class _Source:
    """The source of one function being generated, and the constants it uses."""

    def __init__(self) -> None:
        self.constants: list[object] = []
        self.labels: dict[int, str] = {}  # for evidence: how each term id is labelled
        self.lines: list[str] = []
        self.variables = 0

    def const(self, value: object) -> str:
        self.constants.append(value)
        return f"c{len(self.constants) - 1}"

    def var(self) -> int:
        self.variables += 1
        return self.variables


class Compiler:
    """Compiles query trees of one rule set; the callables give what the trees
    alone do not say:

    - ``tidset(node)``: ids of every term under ``node``;
    - ``likelihood(node)``: a rough estimate of how often ``node`` is true (an
      AND tests its least likely child first, an OR its most likely);
    - ``keys``: the pattern of each term id (see :attr:`indicators.query.Term.key`);
    - ``near(item, fields, args, distance)``: NEAR's value;
    - ``near_evidence(item, fields, args, texts, distance)``: NEAR's value and evidence;
    - ``max_hits``: occurrences kept per term and field.
    """

    def __init__(
        self,
        tidset: Callable[[Node], frozenset[int]],
        likelihood: Callable[[Node], float],
        keys: Sequence[str],
        near: Callable[..., bool],
        near_evidence: Callable[..., tuple[bool, list[Occ]]],
        max_hits: int,
    ) -> None:
        self._tidset = tidset
        self._likelihood = likelihood
        self._keys = keys
        self._near = near
        self._near_evidence = near_evidence
        self._max_hits = max_hits
        self._shapes: dict[str, Callable[..., Any]] = {}

    def _bind(self, source: _Source, name: str) -> Any:
        # The shape's function takes the rule's constants as a first argument, bound as
        # a method of their tuple: per rule, a method object and a tuple (about 150
        # bytes) rather than a function and a closure cell per constant (about 500).
        names = "".join(f"c{i}, " for i in range(len(source.constants)))
        body = "\n".join(f"    {line}" for line in source.lines)
        text = f"def {name}(c, t, s, p, item):\n    {names}= c\n{body}\n"
        shape = self._shapes.get(text)
        if shape is None:
            namespace: dict[str, Any] = {}
            exec(compile(text, f"<{name} shape {len(self._shapes)}>", "exec"), namespace)
            shape = self._shapes[text] = namespace[name]
        return MethodType(shape, tuple(source.constants))

    # --- tests ------------------------------------------------------------------

    def test(self, node: Node) -> Test:
        """A function returning whether ``node`` is true for an item."""
        source = _Source()
        source.lines.append(f"return {self._expression(node, None, source)}")
        test: Test = self._bind(source, "test")
        return test

    def _expression(self, node: Node, scope: str | None, source: _Source) -> str:
        if is_term_set(node):
            tids = self._tidset(node)
            present = _SCOPE_SET[scope]
            if len(tids) == 1:
                (tid,) = tids
                return f"{source.const(tid)} in {present}"
            return f"not {source.const(tids)}.isdisjoint({present})"
        if isinstance(node, Field):
            return self._expression(node.child, node.name, source)
        if isinstance(node, Not):
            return f"not ({self._expression(node.child, scope, source)})"
        if isinstance(node, Near):
            args = source.const(tuple(self._tidset(a) for a in node.args))
            near = source.const(self._near)
            fields = source.const(_SCOPE_FIELDS[scope])
            return f"{near}(item, {fields}, {args}, {source.const(node.distance)})"
        assert isinstance(node, And | Or)
        # Order children so the outcome is usually known after the first: an AND
        # tries its least likely child first, an OR its most likely.
        ordered = sorted(node.children, key=self._likelihood, reverse=isinstance(node, Or))
        joiner = " and " if isinstance(node, And) else " or "
        return "(" + joiner.join(self._expression(c, scope, source) for c in ordered) + ")"

    # --- evidence ----------------------------------------------------------------

    def evidence(self, node: Node, labels: dict[int, str]) -> Evidence:
        """A function returning the value of ``node`` and the occurrences that are
        evidence for it: for a term set, its occurrences in the fields in scope
        (the first ``max_hits`` per term and field); for NOT, its child's; for AND
        and OR, those of the children whose value is the node's; for NEAR, the
        occurrences in its minimal satisfying windows. An occurrence of term id
        ``t`` is labelled ``labels[t]``."""
        source = _Source()
        source.labels = labels
        root = self._statements(node, None, source)
        source.lines.append(f"return v{root}, o{root}")
        evidence: Evidence = self._bind(source, "evidence")
        return evidence

    def _statements(self, node: Node, scope: str | None, source: _Source) -> int:
        """Append statements setting ``v<k>`` (value) and ``o<k>`` (evidence) for
        ``node``; return ``k``."""
        lines = source.lines
        if isinstance(node, Field):
            return self._statements(node.child, node.name, source)
        k = source.var()
        if is_term_set(node):
            tids = self._tidset(node)
            labels = source.labels
            lines.append(f"o{k} = []")
            ends = "item.ends"
            limit = self._max_hits
            for field in _SCOPE_FIELDS[scope]:
                present = "ts"[field]
                if len(tids) == 1:
                    (tid,) = tids
                    c_tid, c_text = source.const(tid), source.const(labels[tid])
                    lines.append(
                        f"if {c_tid} in {present}: o{k} += [({field}, {c_tid}, e, {c_text}) "
                        f"for e in {ends}({c_tid}, {field}, {limit})]"
                    )
                else:
                    c_tids, c_texts = source.const(tids), source.const(labels)
                    lines.append(
                        f"for tid in {c_tids}.intersection({present}): o{k} += [({field}, tid, e, "
                        f"{c_texts}[tid]) for e in {ends}(tid, {field}, {limit})]"
                    )
            lines.append(f"v{k} = bool(o{k})")
            return k
        if isinstance(node, Not):
            inner = self._statements(node.child, scope, source)
            lines.append(f"v{k} = not v{inner}")
            lines.append(f"o{k} = o{inner}")
            return k
        if isinstance(node, Near):
            near = source.const(self._near_evidence)
            fields = source.const(_SCOPE_FIELDS[scope])
            args = source.const(tuple(self._tidset(a) for a in node.args))
            lines.append(
                f"v{k}, o{k} = {near}(item, {fields}, {args}, {source.const(source.labels)}, "
                f"{source.const(node.distance)})"
            )
            return k
        assert isinstance(node, And | Or)
        # Every child is evaluated: when the node is false, all false children are
        # evidence too.
        children = [self._statements(c, scope, source) for c in node.children]
        joiner = " and " if isinstance(node, And) else " or "
        lines.append(f"v{k} = " + joiner.join(f"v{c}" for c in children))
        lines.append(f"o{k} = []")
        for c in children:
            lines.append(f"if v{c} is v{k}: o{k} += o{c}")
        return k
