"""The matching engine: many indicator queries against one item at a time.

All rules are compiled once into one Aho-Corasick automaton over *canonical*
text: the folded text's words (:func:`indicators.text.words`) joined by single
spaces, with a space at each end. A term's pattern is its words with a space
before and (unless it is a prefix) after, so the automaton itself enforces word
boundaries and phrases match across any punctuation or spacing. One scan of
``" " + title + "  " + summary + " "`` finds every term occurrence in both
fields (no pattern spans the two spaces between them).

Which rules to evaluate: for every query the compiler derives *necessary sets*,
sets of terms at least one of which must occur whenever the query is true (an
AND needs each child's, a NEAR each argument's; parse() rejects queries with
none). A rule is indexed under its rarest necessary set (rarity estimated from
how many rules use a term); for an item, only rules indexed under a term that
occurred are candidates, and a candidate is evaluated only if its second rarest
set also occurred (one set operation in C per candidate). Cost per
item therefore grows with the number of term occurrences and candidate rules,
not with the number of rules.

Evaluation: each rule's tree is compiled once to two generated Python functions
(:mod:`indicators.predicates`, code shared by rules of the same shape): a test,
which :meth:`Matcher.matching_ids` uses, and an *evidence* function, which
:meth:`Matcher.match` uses alone: it gives the value and the occurrences that
make each clause true (see :class:`MatchResult`), from which hits, snippet and
score are built, mapping canonical positions back to the text through a table of
the places where separators were collapsed.
:meth:`Matcher.explain` evaluates the tree the slow, labelled way; both must
agree (the tests check that they do).

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
from typing import TypeVar

import ahocorasick

from indicators.predicates import Compiler, Evidence, Test
from indicators.predicates import Occ as _Occ
from indicators.query import (
    AliasRef,
    AliasTable,
    And,
    Field,
    Near,
    Node,
    Not,
    ParsedQuery,
    QueryError,
    Term,
    parse,
    terms_of,
)
from indicators.text import (
    CJK_RUN,
    ascii_words_spaced,
    canonical_ascii,
    cluster_end,
    fold_canonical,
    fold_map,
    item_text,
    iter_word_spans,
    normalize_whitespace,
    strip_html,
    words_spaced_in_place,
)

_T = TypeVar("_T")

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
NEAR_OCCURRENCES = 4 * MAX_HITS  # a NEAR's occurrences kept: the first ones in each field


def _by_end(occurrence: tuple[int, int]) -> tuple[int, int]:
    """(term id, end) ordered by position in the text, then term: caps keep the first."""
    return occurrence[1], occurrence[0]


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


# --- one scanned item -------------------------------------------------------------

# Texts longer than this find word positions by bisecting a table of word starts;
# shorter ones count spaces, which is cheaper than building the table.
_COUNT_LIMIT = 2_000


class _Item:
    """One item after folding and scanning.

    ``canon`` is the canonical text of both fields, title first: ``" " + title +
    "  " + summary + " "`` (each field's words joined by single spaces), so field
    ``i`` is ``canon[lo:hi]`` with ``(lo, hi) = bounds[i]``, which is ``" " + words
    + " "``: no term spans the two spaces between fields. Positions of occurrences
    (automaton ends) index ``canon``; ``tids[i]`` is the set of term ids occurring
    in field ``i`` and ``present`` their union.
    """

    __slots__ = (
        "_keys",
        "_maps",
        "_middle",
        "_raw",
        "_spaced",
        "_starts",
        "_texts",
        "_tids",
        "_unsettled",
        "bounds",
        "canon",
        "folded",
        "hits",
        "one_to_one",
        "present",
    )

    def __init__(
        self,
        title: str,
        summary: str,
        automaton: ahocorasick.Automaton | None,
        keys: Sequence[str],
        unsettled: tuple[bool, bool] = (False, False),
    ) -> None:
        self._texts = (title, summary)
        # A field given with no markup may still need its whitespace normalised; that
        # changes no word, so it waits until the field's text is needed (see text()).
        self._unsettled = unsettled if unsettled[0] or unsettled[1] else None
        # ASCII text folds to itself lower-cased, one to one: fold it when needed.
        # (Its words_spaced() is kept: _WordMap needs it.)
        title_spaced: str | None = None
        summary_spaced: str | None = None
        if title.isascii():
            title_spaced, title_canon = canonical_ascii(title)
            title_folded, title_one = None, True
        else:
            title_folded, title_one, title_canon = fold_canonical(title)
        if summary.isascii():
            summary_spaced, summary_canon = canonical_ascii(summary)
            summary_folded, summary_one = None, True
        else:
            summary_folded, summary_one, summary_canon = fold_canonical(summary)
        self.folded: tuple[str | None, str | None] = (title_folded, summary_folded)
        self._spaced = (title_spaced, summary_spaced)
        self.one_to_one = (title_one, summary_one)
        self.canon = canon = f" {title_canon}  {summary_canon} "
        middle = len(title_canon) + 2
        self.bounds = ((0, middle), (middle, len(canon)))
        # Built on first use, per field: most items match nothing.
        self.hits: dict[tuple[int, int, str], Hit] | None = None  # (term id, end, text) -> Hit
        self._maps: list[_Mapping | None] | None = None
        self._starts: list[list[int] | None] | None = None
        self._middle = middle
        self._keys = keys
        self._tids: tuple[set[int], set[int]] | None = None
        if automaton is None:
            self._raw: list[tuple[int, int]] = []
            self.present: set[int] = set()
            return
        self._raw = raw = list(automaton.iter(canon))
        self.present = set(map(_second, raw))

    @property
    def texts(self) -> tuple[str, str]:
        """Both fields' plain texts (see :meth:`text`)."""
        return self.text(0), self.text(1)

    def text(self, field: int) -> str:
        """A field's plain text (see :func:`field_texts`), which hit offsets index.
        A field scanned as given (it had no markup) has its whitespace normalised
        here, on first use: most items match nothing and never need it. That changes
        no word, so the canonical text and every decision stand; a field it did
        change is folded again, for offsets only."""
        unsettled = self._unsettled
        if unsettled is not None and unsettled[field]:
            self._unsettled = _with(unsettled, field, False)
            given = self._texts[field]
            # A printable string's only whitespace is U+0020 (tests check it); in ASCII,
            # looking for the other whitespace characters is cheaper than isprintable().
            if (
                (_ascii_whitespace(given) if given.isascii() else not given.isprintable())
                or "  " in given
                or given[:1] == " "
                or given[-1:] == " "
            ):
                plain = normalize_whitespace(given)
                if plain != given:
                    self._texts = _with(self._texts, field, plain)
                    self._refold(field, plain)
        return self._texts[field]

    def _refold(self, field: int, text: str) -> None:
        """Fold data of ``field`` for its normalised ``text`` (before any hit used it)."""
        spaced: str | None = None
        folded: str | None = None
        if text.isascii():
            spaced, canon, one = *canonical_ascii(text), True
        else:
            folded, one, canon = fold_canonical(text)
        lo, hi = self.bounds[field]
        assert canon == self.canon[lo + 1 : hi - 1], "whitespace changed a word"
        self.folded = _with(self.folded, field, folded)
        self._spaced = _with(self._spaced, field, spaced)
        self.one_to_one = _with(self.one_to_one, field, one)

    @property
    def tids(self) -> tuple[set[int], set[int]]:
        """The ids of the terms occurring in the title, and in the summary (worked
        out when first needed: most items have no candidate rule left by then)."""
        tids = self._tids
        if tids is None:
            raw = self._raw
            # Ends are in order: the title's occurrences come first.
            split = bisect.bisect_left(raw, (self._middle,))
            tids = self._tids = (set(map(_second, raw[:split])), set(map(_second, raw[split:])))
        return tids

    def ends(self, tid: int, field: int, limit: int = -1) -> list[int]:
        """Canonical end positions (inclusive, like the automaton's) of the first
        ``limit`` (all if negative) occurrences of term ``tid`` in field ``field``."""
        # Searching the text again beats grouping the automaton's output by term
        # (which touches every occurrence, and the int objects of each).
        key = self._keys[tid]
        lo, hi = self.bounds[field]
        canon = self.canon
        back = len(key) - 1
        out: list[int] = []
        pos = canon.find(key, lo, hi)
        while pos >= 0 and limit != len(out):
            out.append(pos + back)
            pos = canon.find(key, pos + 1, hi)
        return out

    def word_index(self, field: int, cpos: int) -> int:
        """The index (in its field) of the word containing canonical position ``cpos``."""
        lo, hi = self.bounds[field]
        if hi - lo <= _COUNT_LIMIT:
            return self.canon.count(" ", lo, cpos) - 1
        if self._starts is None:
            self._starts = [None, None]
        starts = self._starts[field]
        if starts is None:
            # Word k starts at lo + 1 + k + (lengths of words before it); built in C.
            words = self.canon[lo + 1 : hi - 1].split(" ")
            starts = self._starts[field] = list(
                map(
                    operator.add,
                    itertools.accumulate(map(len, words), initial=lo + 1),
                    itertools.count(),
                )
            )
        return bisect.bisect_right(starts, cpos) - 1

    def mapping(self, field: int) -> _Mapping:
        """What maps canonical positions of ``field`` to offsets in its plain text
        (built on first use, per field: most items match nothing)."""
        maps = self._maps
        if maps is None:
            maps = self._maps = [None, None]
        found = maps[field]
        if found is None:
            text = self.text(field)  # first: settling a field's text may fold it again
            lo, hi = self.bounds[field]
            folded = self.folded[field]
            if folded is None:  # ASCII: words_spaced is known (fold is lower())
                word_map = _WordMap("", self._spaced[field])
            else:
                word_map = _WordMap(folded, None, self.canon[lo + 1 : hi - 1])
            offsets = None if self.one_to_one[field] else fold_map(text)[1]
            found = maps[field] = (text, lo + 1, word_map, offsets)
        return found


def _ascii_whitespace(text: str) -> bool:
    """Whether ASCII ``text`` has whitespace other than U+0020 (what ``str.split()``
    splits on), each looked for with a C-level character search."""
    return (
        "\n" in text
        or "\t" in text
        or "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    )


# A field's plain text, the canonical position of its first word, its word map and, if
# folding changed lengths, the offset of each folded character in the plain text.
_Mapping = tuple[str, int, "_WordMap", list[int] | None]


def _with(pair: tuple[_T, _T], field: int, value: _T) -> tuple[_T, _T]:
    """``pair`` with entry ``field`` (0 or 1) replaced by ``value``."""
    return (value, pair[1]) if field == 0 else (pair[0], value)


class _WordMap:
    """Maps positions in a field's canonical words (without the leading space) to
    positions in its folded text.

    Mostly, the canonical text is the folded text with runs of non-word characters
    collapsed to one space and a space put between CJK letters (each is a word), so a
    position maps by adding the characters collapsed before it, less the spaces put
    in: a table with one entry per run of two or more separators (a handful per
    sentence) and one per CJK letter, built with C-level passes over the folded text
    with spaces in place of its separators (:func:`words_spaced_in_place`). Text
    with rarer punctuation has its words found one by one, as far as needed.
    """

    __slots__ = ("_more", "_spans", "runs", "shifts")

    def __init__(self, folded: str, spaced: str | None = None, canonical: str = "") -> None:
        """``spaced``: ``words_spaced(folded)`` if known, for ASCII text (``folded``
        is then not read); for other text, ``canonical`` is the field's canonical
        words."""
        self.runs: list[int] | None = None
        self.shifts: list[int] = [0]
        self._spans: list[tuple[int, int]] = []
        self._more: Iterator[tuple[int, int]] | None = None
        cjk = False
        if spaced is None:
            if folded.isascii():
                spaced = ascii_words_spaced(folded)
            else:
                found = words_spaced_in_place(folded, canonical)
                if found is None:
                    self._more = iter_word_spans(folded)
                    return
                spaced, cjk = found
        runs = self.runs = [0]
        shifts = self.shifts
        # str.find is much faster here than a regular expression scanning each position.
        removed = len(spaced) - len(spaced.lstrip(" "))  # leading separators all go
        if removed:
            runs.append(0)
            shifts.append(removed)
        n = len(spaced)
        # Runs of CJK letters, in order: (start, end) in the folded text.
        letters = [m.span() for m in CJK_RUN.finditer(spaced)] if cjk else []
        letters.append((n + 1, n + 1))  # after every separator
        start = spaced.find("  ", removed)
        for first, stop in letters:
            while 0 <= start < first:
                end = start + 2
                while end < n and spaced[end] == " ":
                    end += 1
                removed += end - start - 1  # a run becomes one space
                runs.append(end - removed)  # canonical position of the next word
                shifts.append(removed)
                start = spaced.find("  ", end)
            if first > n:
                break
            # Each letter is a word: a space goes in before it unless one is there.
            if first and spaced[first - 1] != " ":
                removed -= 1
            count, at = stop - first, first - removed
            runs.extend(range(at, at + 2 * count, 2))
            shifts.extend(range(removed, removed - count, -1))
            removed -= count - 1
            if stop < n and spaced[stop] != " ":  # a space goes in after the last letter
                removed -= 1
                runs.append(stop - removed)
                shifts.append(removed)

    def span(self, item: _Item, field: int, first: int, end: int) -> tuple[int, int]:
        """Folded ``(start, end)`` for canonical ``first`` (a word start) and
        ``end`` (a word end)."""
        runs = self.runs
        if runs is not None:
            shifts = self.shifts
            return (
                first + shifts[bisect.bisect_right(runs, first) - 1],
                end + shifts[bisect.bisect_right(runs, end - 1) - 1],
            )
        lo = item.bounds[field][0]
        k0 = item.word_index(field, first + lo + 1)
        k1 = item.word_index(field, end + lo)
        spans = self._spans
        if k1 >= len(spans):  # find word spans only as far as needed
            assert self._more is not None
            spans.extend(itertools.islice(self._more, k1 + 1 - len(spans)))
        return spans[k0][0], spans[k1][1]


_second = operator.itemgetter(1)


@dataclass(frozen=True, slots=True)
class _Rule:
    """A compiled rule. Its query tree is not kept (thousands of trees cost more
    memory than the rest of the matcher): :meth:`Matcher.explain` parses it again."""

    order: int
    id: str
    query: str
    version: str
    test: Test
    evidence: Evidence


class Matcher:
    """Matches items against a fixed set of indicator rules.

    Raises :class:`QueryError` (with ``indicator_id`` set) for the first rule whose
    query does not parse, and for a duplicate indicator id.
    """

    def __init__(
        self, rules: Iterable[IndicatorRule], aliases: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        self._table = AliasTable(aliases)
        self._tids: dict[str, int] = {}
        self._keys: list[str] = []
        # Compiling caches. Sets of term ids are interned (alias expansions are shared
        # by the rules using them). The ones keyed by id() hold only while the nodes
        # live: the current rule's are dropped after it is compiled, the aliases' (the
        # alias table keeps their nodes) after the last one.
        self._tidsets: dict[int, frozenset[int]] = {}
        self._alias_tidsets: dict[int, frozenset[int]] = {}
        self._writtens: dict[int, dict[int, str]] = {}
        self._interned: dict[frozenset[int], frozenset[int]] = {}
        # A hit is labelled with its term as first written in the rule; most rules
        # write a term as the first rule using it did, and share this table.
        self._default_labels: dict[int, str] = {}

        # Two passes, so that no more than one query tree is held at a time (10,000
        # trees cost more memory than the whole compiled matcher): the first counts
        # how many rules use each term, which the second needs to index rules.
        rules = list(rules)
        usage: list[int] = []
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise QueryError(f"duplicate indicator id {rule.id!r}", 1, rule.query, rule.id)
            seen.add(rule.id)
            node = self._parse(rule).node
            terms = terms_of(node)
            tids = {self._tid(t) for t in terms}
            usage.extend([0] * (len(self._keys) - len(usage)))
            for tid in tids:
                usage[tid] += 1
            for term in terms:
                self._default_labels.setdefault(self._tids[term.key], term.text)
        del seen
        # STORE_ANY hands back the very int objects the rule index holds, so set and
        # dict lookups of term ids compare by identity instead of by value (which
        # reads every int object and is measurably slower at 10,000 rules).
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
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

        compiler = Compiler(
            self._tidset,
            self._likelihood,
            self._keys,
            self._near_any,
            self._near_evidence,
            MAX_HITS,
        )
        self._rules: list[_Rule] = []
        self._by_id: dict[str, _Rule] = {}
        trigger_lists: dict[int, list[int]] = {}
        prechecks: list[frozenset[int]] = []
        for order, rule in enumerate(rules):
            parsed_query = self._parse(rule)
            node = parsed_query.node
            compiled = _Rule(
                order,
                rule.id,
                rule.query,
                parsed_query.version,
                compiler.test(node),
                compiler.evidence(node, self._labels(node)),
            )
            self._rules.append(compiled)
            self._by_id[rule.id] = compiled
            # Index the rule under its rarest necessary set; before evaluating it,
            # check the next rarest against the item's terms (a set operation in C).
            necessary = sorted(set(_necessary(node, False, self._tidset, cost)), key=cost)
            assert necessary  # parse() rejects queries that can match without a term
            for tid in necessary[0]:
                trigger_lists.setdefault(tid, []).append(order)
            prechecks.append(necessary[1] if len(necessary) > 1 else necessary[0])
            del node, parsed_query
            self._tidsets.clear()
            self._writtens.clear()
        # Indexed by term id: the (order, precheck) of each rule indexed under the term.
        nothing: tuple[tuple[int, frozenset[int]], ...] = ()
        self._triggers = [nothing] * len(self._keys)
        for tid, orders in trigger_lists.items():
            self._triggers[tid] = tuple((order, prechecks[order]) for order in orders)
        self._triggering = frozenset(trigger_lists)  # the terms that index a rule
        self._tests = [r.test for r in self._rules]
        costs.clear()
        self._forget_nodes()

    def _parse(self, rule: IndicatorRule) -> ParsedQuery:
        try:
            return self._table.parse(rule.query)
        except QueryError as e:
            e.indicator_id = rule.id
            raise

    def _forget_nodes(self) -> None:
        """Empty the compiling caches (keyed by node ids: once the nodes are gone, an
        id can be reused by a new object)."""
        self._tidsets.clear()
        self._alias_tidsets.clear()
        self._writtens.clear()
        self._interned.clear()

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
        if isinstance(node, AliasRef):
            cache, key = self._alias_tidsets, id(node.elements)
        else:
            cache, key = self._tidsets, id(node)
        found = cache.get(key)
        if found is None:
            found = frozenset(self._tid(t) for t in terms_of(node))
            cache[key] = found = self._interned.setdefault(found, found)
        return found

    def _written(self, node: Node) -> dict[int, str]:
        """Term id -> the term as first written under ``node``."""
        key = id(node.elements) if isinstance(node, AliasRef) else id(node)
        found = self._writtens.get(key)
        if found is None:
            found = self._writtens[key] = {self._tid(t): t.text for t in reversed(terms_of(node))}
        return found

    def _labels(self, node: Node) -> dict[int, str]:
        """Term id -> the term as first written in the rule ``node`` is the root of:
        the label of its hits, whichever clause found them (a query may write a term
        twice, "china OR CHINA"). The shared table when it says the same."""
        labels = {self._tid(t): t.text for t in reversed(terms_of(node))}
        defaults = self._default_labels
        if all(defaults.get(tid) == text for tid, text in labels.items()):
            return defaults
        return labels

    def _tid(self, term: Term) -> int:
        key = term.key
        tid = self._tids.get(key)
        if tid is None:
            tid = self._tids[key] = len(self._keys)
            self._keys.append(key)
        return tid

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

    # --- evaluation ------------------------------------------------------------

    def _near_any(
        self, item: _Item, fields: tuple[int, ...], args: Sequence[frozenset[int]], distance: int
    ) -> bool:
        """NEAR's value in any of ``fields``."""
        return any(self._near(item, i, args, distance, None) for i in fields)

    def _near_evidence(
        self,
        item: _Item,
        fields: tuple[int, ...],
        args: Sequence[frozenset[int]],
        texts: Mapping[int, str],
        distance: int,
    ) -> tuple[bool, list[_Occ]]:
        """NEAR's value in any of ``fields`` and the occurrences in its minimal
        satisfying windows (at most ``4 * MAX_HITS``)."""
        occ: list[_Occ] = []
        value = False
        for i in fields:
            found: list[tuple[int, int]] = []
            if self._near(item, i, args, distance, found):
                value = True
                occ.extend(
                    (i, tid, end, texts[tid]) for tid, end in sorted(set(found), key=_by_end)
                )
        return value, occ[:NEAR_OCCURRENCES]

    def _positions(self, item: _Item, field: int, tid: int) -> list[tuple[int, int]]:
        """(word position, canonical end) of every occurrence of ``tid`` in ``field``."""
        key = self._keys[tid]
        back = len(key) - 2
        index = item.word_index
        return [(index(field, end - back), end) for end in item.ends(tid, field)]

    def _word_positions(self, item: _Item, field: int, tids: Iterable[int]) -> list[int]:
        """Word positions (in ``field``) of every occurrence of the terms ``tids``."""
        out: list[int] = []
        index = item.word_index
        keys = self._keys
        for tid in tids:
            back = len(keys[tid]) - 2
            out += [index(field, end - back) for end in item.ends(tid, field)]
        return out

    def _near(
        self,
        item: _Item,
        field: int,
        args: Sequence[frozenset[int]],
        distance: int,
        found: list[tuple[int, int]] | None,
    ) -> bool:
        """True if one occurrence of every arg fits in ``distance`` words. When
        ``found`` is given, append (tid, end) of every occurrence in a minimal
        satisfying window."""
        if found is None and len(args) == 2:  # the usual test: no windows needed
            occurring = item.tids[field]
            first, second = args[0].intersection(occurring), args[1].intersection(occurring)
            if not first or not second:
                return False
            others = sorted(self._word_positions(item, field, second))
            for position in self._word_positions(item, field, first):
                j = bisect.bisect_left(others, position - distance)
                if j < len(others) and others[j] <= position + distance:
                    return True
            return False
        events: list[tuple[int, int, int, int]] = []  # (position, arg, tid, end)
        for i, tids in enumerate(args):
            present = tids.intersection(item.tids[field])
            if not present:
                return False
            for tid in present:
                events.extend((pos, i, tid, end) for pos, end in self._positions(item, field, tid))
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

    def _explain(self, node: Node, scope: str | None, item: _Item) -> _Node:
        """Evaluate ``node`` the slow, thorough way: value, contributing occurrences
        and sub-results (the fast predicates in ``_Rule.test`` must agree)."""
        fields = [i for i, f in enumerate(FIELD_NAMES) if scope in (None, f)]
        if isinstance(node, Term):
            tid = self._tid(node)
            term_occ = [
                (i, tid, end, node.text) for i in fields for end in item.ends(tid, i, MAX_HITS)
            ]
            return _Node(node.text, bool(term_occ), term_occ, ())
        if isinstance(node, Field):
            inner = self._explain(node.child, node.name, item)
            return _Node(f"{node.name}:", inner.value, inner.occ, (inner,))
        if isinstance(node, Not):
            inner = self._explain(node.child, scope, item)
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
                if self._near(item, i, args, node.distance, found):
                    value = True
                    occ.extend(
                        (i, tid, end, text[tid]) for tid, end in sorted(set(found), key=_by_end)
                    )
            occ = occ[:NEAR_OCCURRENCES]  # the same first ones as the fast path keeps
            children = tuple(self._explain(arg, scope, item) for arg in node.args)
            return _Node(f"NEAR/{node.distance}", value, occ, children)
        if isinstance(node, AliasRef):
            children = tuple(self._explain(e, scope, item) for e in node.elements)
            fired = [o for c in children for o in c.occ]
            return _Node(f"@{node.name}", bool(fired), fired, tuple(c for c in children if c.value))
        children = tuple(self._explain(c, scope, item) for c in node.children)
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

    def _scan(self, title: str, summary: str, content: str) -> _Item:
        # A field with no markup is scanned as given: strip_html would only normalise
        # its whitespace, which changes no word (_Item.text does it when needed).
        title_loose = "<" not in title and "&" not in title
        if not title_loose:
            title = strip_html(title)
        if content:
            summary, summary_loose = item_text(None, summary, content), False
        else:
            summary_loose = "<" not in summary and "&" not in summary
            if not summary_loose:
                summary = strip_html(summary)
        return _Item(
            title,
            summary,
            self._automaton if self._keys else None,
            self._keys,
            (title_loose, summary_loose),
        )

    def match(self, title: str, summary: str = "", content: str = "") -> list[MatchResult]:
        """Every rule the item matches, in rule order. HTML in any argument is
        stripped; ``summary`` and ``content`` together form the summary field."""
        item = self._scan(title or "", summary or "", content or "")
        passed = self._passed(item)
        if not passed:
            return []
        results = []
        rules = self._rules
        (title_tids, summary_tids), present = item.tids, item.present
        # A rule's evidence function also gives its value: evaluating it alone beats a
        # test followed by the evidence of the rules that are true (most are).
        for order in sorted(passed):
            rule = rules[order]
            value, occ = rule.evidence(title_tids, summary_tids, present, item)
            if value:
                results.append(self._result(rule, occ, item))
        return results

    def matching_ids(self, title: str, summary: str = "", content: str = "") -> list[str]:
        """The ids of the rules :meth:`match` would return, in the same order,
        without building hits, snippets and scores (so it is cheaper)."""
        item = self._scan(title or "", summary or "", content or "")
        rules = self._rules
        return [rules[order].id for order in self._matching(item)]

    def _matching(self, item: _Item) -> list[int]:
        """Orders of the rules true for the scanned item, ascending."""
        passed = self._passed(item)
        if not passed:
            return []
        present = item.present
        tests = self._tests
        title, summary = item.tids
        matched = [order for order in passed if tests[order](title, summary, present, item)]
        matched.sort()
        return matched

    def _passed(self, item: _Item) -> set[int]:
        """Orders of the candidate rules for the scanned item that pass the precheck:
        only they can be true."""
        present = item.present
        # Most occurring terms index no rule: intersect first (in C), and stop early
        # when none does.
        triggering = present & self._triggering
        if not triggering:
            return set()
        # Most candidates fail the precheck, a set operation in C. A rule indexed under
        # several of the terms present comes up more than once: the set keeps it once.
        disjoint = present.isdisjoint
        triggers = self._triggers
        return {
            order for tid in triggering for order, check in triggers[tid] if not disjoint(check)
        }

    def explain(
        self, indicator_id: str, title: str, summary: str = "", content: str = ""
    ) -> Explanation:
        """Evaluate one rule against an item clause by clause. Raises ``KeyError``
        for an unknown indicator id."""
        rule = self._by_id[indicator_id]
        item = self._scan(title or "", summary or "", content or "")
        node = self._table.parse(rule.query).node
        try:
            tree = self._explain(node, None, item)
            labels = self._labels(node)
        finally:
            self._forget_nodes()
        result = None
        if tree.value:
            occ = [(i, tid, end, labels[tid]) for i, tid, end, _ in tree.occ]
            result = self._result(rule, occ, item)
        return Explanation(
            rule.id,
            rule.query,
            rule.version,
            tree.value,
            self._clause(tree, item),
            result,
            item.texts[0],
            item.texts[1],
        )

    # --- results -----------------------------------------------------------------

    def _hits(self, occ: Iterable[_Occ], item: _Item) -> list[Hit]:
        """The hits of ``occ``: title first, by position, one per start, at most
        :data:`MAX_HITS`."""
        hits: list[Hit] = []
        keys = self._keys
        cache = item.hits
        if cache is None:
            cache = item.hits = {}
        canon = item.canon
        ordered = sorted([(i, end - len(keys[tid]), tid, end, text) for i, tid, end, text in occ])
        last_field, last_start = -1, -1
        mapped = -1  # the field whose mapping is at hand
        for i, start, tid, end, text in ordered:
            key = (tid, end, text)
            hit = cache.get(key)
            if hit is None:  # the same occurrence often fires several rules: map it once
                if i != mapped:
                    mapped = i
                    plain, base, word_map, offsets = item.mapping(i)
                    runs, shifts = word_map.runs, word_map.shifts
                # The hit's words, as positions in the field's words: from the one at
                # start + 2 to the one containing its last character, which ends at the
                # next space.
                first = start + 2 - base
                stop = canon.find(" ", end - 1 if keys[tid][-1] == " " else end) - base
                if runs is not None:  # the run table, inlined: this runs for every new hit
                    h_start = first + shifts[bisect.bisect_right(runs, first) - 1]
                    h_end = stop + shifts[bisect.bisect_right(runs, stop - 1) - 1]
                else:
                    h_start, h_end = word_map.span(item, i, first, stop)
                if offsets is not None:
                    h_start, h_end = offsets[h_start], offsets[h_end - 1] + 1
                if h_end < len(plain) and plain[h_end] >= "\u0300":  # what cluster_end skips
                    h_end = cluster_end(plain, h_end)
                hit = cache[key] = _built(
                    Hit, term=text, start=h_start, end=h_end, field=FIELD_NAMES[i]
                )
            # Original starts never decrease along canonical positions, so occurrences
            # starting at the same place (one of them is kept) are neighbours here.
            if hit.start == last_start and i == last_field:
                continue
            last_field, last_start = i, hit.start
            hits.append(hit)
            if len(hits) >= MAX_HITS:
                break
        return hits

    def _result(self, rule: _Rule, occ: list[_Occ], item: _Item) -> MatchResult:
        """The result for evidence ``occ``, labelled as in :meth:`_labels`."""
        hits = self._hits(occ, item)
        # w counts each distinct term once, and once more if it fired in the title.
        weight = len({o[1] for o in occ}) + len({o[1] for o in occ if o[0] == 0})
        score = round(weight / (weight + 1), 4) if weight else 1.0
        return _built(
            MatchResult,
            indicator_id=rule.id,
            hits=tuple(hits),
            snippet=_snippet(hits, item),
            score=score,
            query_version=rule.version,
        )

    def _clause(self, node: _Node, item: _Item) -> Clause:
        hits = tuple(self._hits(node.occ, item)) if node.value else ()
        return Clause(node.label, node.value, hits, tuple(self._clause(c, item) for c in node.kids))


@dataclass(frozen=True)
class _Node:
    label: str
    value: bool
    occ: list[_Occ]
    kids: tuple[_Node, ...]


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


def _built(cls: type[_T], **fields: object) -> _T:
    """``cls(**fields)`` for a frozen dataclass, without its ``__init__`` (one
    ``object.__setattr__`` call per field): an equal object in about half the
    time, which counts for the hits and results built for every match."""
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance


def _snippet(hits: Sequence[Hit], item: _Item) -> str:
    """About 200 characters of the summary around its first hit (or of the title,
    if only the title has hits), with every hit inside marked «like this»."""
    if not hits:
        return ""
    field = hits[-1].field  # the title's hits come first
    text = item.text(0 if field == "title" else 1)
    # In order of position already, one per start (see Matcher._hits).
    marks = [(h.start, h.end) for h in hits if h.field == field]
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
