"""The indicator query language: parsing queries into a tree, and versioning them.

Grammar (docs/queries.md explains it for analysts)::

    query     := or_expr
    or_expr   := and_expr ("OR" and_expr)*
    and_expr  := unary (["AND"] unary)*          # adjacency means AND
    unary     := ("NOT" | "-") unary | primary
    primary   := "(" or_expr ")" | FIELD ":" primary | near | term
    near      := "NEAR/" n "(" near_arg ("," near_arg)+ ")"
    near_arg  := term | "(" term ("OR" term)* ")"
    term      := word | word* | "a phrase" | "a phrase*" | @alias

Only upper-case ``AND``, ``OR``, ``NOT`` and ``NEAR/n`` are operators. Every term
is folded with :func:`indicators.text.fold` and split with
:func:`indicators.text.words`, exactly as item text is, so a term is a sequence
of one or more words, the last of which may be a prefix.

Errors: every problem raises :class:`QueryError` (a ``ValueError``) carrying the
message, the 1-based column in the query, the query and, when raised while
compiling a rule set, the indicator id.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from indicators.text import fold, is_cjk, words

__all__ = [
    "FIELDS",
    "AliasRef",
    "AliasTable",
    "And",
    "Field",
    "Near",
    "Node",
    "Not",
    "Or",
    "ParsedQuery",
    "QueryError",
    "Term",
    "alias_errors",
    "aliases_used",
    "parse",
    "query_version",
]

FIELDS = ("title", "summary")
MAX_NEAR = 1000
MAX_DEPTH = 64
MAX_QUERY_LENGTH = 20_000
MIN_PREFIX = 2
MAX_ALIAS_TERMS = 10_000


class QueryError(ValueError):
    """A query (or an alias it uses) cannot be parsed.

    ``message`` says what is wrong, ``column`` where (1-based, into ``query``);
    ``indicator_id`` is set when the query belongs to a rule being compiled.
    """

    def __init__(
        self, message: str, column: int, query: str = "", indicator_id: str | None = None
    ) -> None:
        super().__init__(message, column)
        self.message = message
        self.column = column
        self.query = query
        self.indicator_id = indicator_id

    def __str__(self) -> str:
        return f"column {self.column}: {self.message}"


# --- the tree -----------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word, prefix or phrase. ``words`` are folded; ``prefix`` applies to the
    last word. ``text`` is the term as written (in the query or alias); ``column``
    is its 1-based column in the query, or 0 for an alias element (``alias`` then
    names the alias; elements are shared by every reference to it)."""

    text: str
    words: tuple[str, ...]
    prefix: bool
    column: int
    alias: str | None = None

    @property
    def cjk(self) -> bool:
        """True if the term contains CJK characters (each one a word of its own)."""
        return any(is_cjk(w) for w in self.words)

    @functools.cached_property
    def key(self) -> str:
        """The pattern searched for in the canonical text (words joined by single
        spaces, with a space before the first word and after the last, so the
        spaces enforce word boundaries; a prefix has no trailing space)."""
        return " " + " ".join(self.words) + ("" if self.prefix else " ")


@dataclass(frozen=True)
class AliasRef:
    """``@name``: an OR of the alias's elements (terms or other aliases).
    ``column`` is where the reference is in the query (0 inside another alias)."""

    name: str
    column: int
    elements: tuple[Term | AliasRef, ...]


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class Near:
    """Every argument occurs with one occurrence of each fitting in a window of
    ``distance`` words: last start position - first start position <= distance."""

    distance: int
    args: tuple[Term | AliasRef | Or, ...]
    column: int


@dataclass(frozen=True)
class Field:
    name: str
    child: Node
    column: int


Node = Term | AliasRef | And | Or | Not | Near | Field


def terms_of(node: Node) -> list[Term]:
    """Every term in ``node`` (aliases expanded), in query order."""
    out: list[Term] = []
    stack: list[Node] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Term):
            out.append(n)
        elif isinstance(n, AliasRef):
            stack.extend(reversed(n.elements))
        elif isinstance(n, And | Or):
            stack.extend(reversed(n.children))
        elif isinstance(n, Not | Field):
            stack.append(n.child)
        else:
            stack.extend(reversed(n.args))
    return out


# --- lexing -------------------------------------------------------------------

_SPECIAL = set('()",')
_ALIAS_NAME = re.compile(r"[\w-]+")
_NEAR = re.compile(r"NEAR/(\d+)")
_FIELD = re.compile(r"([A-Za-z]+):")


@dataclass(frozen=True)
class _Tok:
    kind: str  # WORD PHRASE ALIAS LPAREN RPAREN COMMA AND OR NOT NEAR FIELD END
    text: str
    column: int
    value: int = 0


def _lex(query: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        col = i + 1
        if ch.isspace():
            i += 1
        elif ch == "(":
            toks.append(_Tok("LPAREN", ch, col))
            i += 1
        elif ch == ")":
            toks.append(_Tok("RPAREN", ch, col))
            i += 1
        elif ch == ",":
            toks.append(_Tok("COMMA", ch, col))
            i += 1
        elif ch == '"':
            close = query.find('"', i + 1)
            if close < 0:
                raise QueryError("unterminated quote: '\"' is never closed", col, query)
            end = close + 1
            if end < n and query[end] == "*":
                end += 1
            toks.append(_Tok("PHRASE", query[i:end], col))
            i = end
        elif ch == "@":
            m = _ALIAS_NAME.match(query, i + 1)
            if not m:
                raise QueryError("'@' must be followed by an alias name, e.g. @china", col, query)
            toks.append(_Tok("ALIAS", m.group(), col))
            i = m.end()
        elif ch == "-" and i + 1 < n and query[i + 1] not in " \t\r\n-),":
            toks.append(_Tok("NOT", "-", col))
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in _SPECIAL:
                j += 1
            raw = query[i:j]
            field = _FIELD.match(raw)
            if field:
                name = field.group(1)
                if name.lower() not in FIELDS:
                    raise QueryError(f"unknown field '{name}': use title: or summary:", col, query)
                after = i + field.end()
                if after >= n or query[after].isspace() or query[after] in "),":
                    raise QueryError(f"'{name}:' must be followed by a term or '('", col, query)
                toks.append(_Tok("FIELD", name.lower(), col))
                i = after
                continue
            if raw in ("AND", "OR", "NOT"):
                toks.append(_Tok(raw, raw, col))
            elif raw == "NEAR" or raw.startswith("NEAR/"):
                m = _NEAR.fullmatch(raw)
                if not m:
                    raise QueryError(
                        "NEAR needs a distance and arguments: NEAR/5(a, b)", col, query
                    )
                if j >= n or query[j] != "(":
                    raise QueryError(f"'{raw}' must be followed directly by '('", col, query)
                distance = int(m.group(1)) if len(m.group(1)) <= 6 else MAX_NEAR + 1
                if not 1 <= distance <= MAX_NEAR:
                    raise QueryError(f"NEAR distance must be between 1 and {MAX_NEAR}", col, query)
                toks.append(_Tok("NEAR", raw, col, distance))
            else:
                toks.append(_Tok("WORD", raw, col))
            i = j
    toks.append(_Tok("END", "", n + 1))
    return toks


# --- terms and aliases ----------------------------------------------------------


def _make_term(written: str, body: str, column: int, query: str, alias: str | None = None) -> Term:
    """Build a term from ``body`` (quotes removed, maybe ending in '*')."""
    where = f" in alias @{alias}" if alias else ""
    prefix = body.endswith("*")
    stem = body[:-1] if prefix else body
    if "*" in stem:
        raise QueryError(
            f"'*' is only allowed at the end of a word{where}: {written}", column, query
        )
    folded = words(fold(stem))
    if not folded:
        if prefix:
            raise QueryError(
                f"'{written}' is too broad: a wildcard needs a stem{where}", column, query
            )
        raise QueryError(
            f"'{written}' has no letters or digits to search for{where}", column, query
        )
    if prefix and is_cjk(folded[-1]):
        prefix = False  # CJK terms match anywhere already
    if prefix and len(folded[-1]) < MIN_PREFIX:
        raise QueryError(
            f"'{written}' is too broad: a wildcard needs at least {MIN_PREFIX} "
            f"letters before '*'{where}",
            column,
            query,
        )
    return Term(written, tuple(folded), prefix, column, alias)


@dataclass(frozen=True)
class _Expansion:
    elements: tuple[Term | AliasRef, ...]
    size: int  # number of terms, nested aliases included
    used: tuple[str, ...]  # this alias and every alias it uses, transitively


class _AliasResolver:
    """Expands ``@name`` references, detecting unknown names and cycles. An
    expansion is kept and shared by every later reference, in this query and in
    any other query parsed with the same resolver (see :class:`AliasTable`)."""

    def __init__(self, aliases: Mapping[str, Sequence[str]]) -> None:
        self.aliases = aliases
        self.expanded: dict[str, _Expansion] = {}

    def resolve(self, name: str, column: int, query: str) -> tuple[AliasRef, tuple[str, ...]]:
        """The reference ``@name`` at ``column`` of ``query``, and the aliases it uses."""
        expansion = self._expand(name, column, query, ())
        return AliasRef(name, column, expansion.elements), expansion.used

    def _expand(self, name: str, column: int, query: str, stack: tuple[str, ...]) -> _Expansion:
        def error(message: str) -> QueryError:
            return QueryError(message, column, query)

        if name in stack:
            cycle = " -> ".join(f"@{s}" for s in (*stack[stack.index(name) :], name))
            raise error(f"alias cycle: {cycle}")
        if name in self.expanded:
            return self.expanded[name]
        if name not in self.aliases:
            known = ", ".join(f"@{k}" for k in sorted(self.aliases)[:20]) or "none defined"
            raise error(f"unknown alias @{name} (known: {known})")
        if len(stack) >= MAX_DEPTH:
            raise error(f"alias @{name} nests other aliases too deeply")
        raw = self.aliases[name]
        if isinstance(raw, str) or not isinstance(raw, Sequence):
            raise error(f"alias @{name} must be a list of terms")
        if not raw:
            raise error(f"alias @{name} is empty")
        elements: list[Term | AliasRef] = []
        used = [name]
        size = 0
        for number, element in enumerate(raw, 1):
            where = f"alias @{name} element {number}"
            if not isinstance(element, str):
                raise error(f"{where} is not text: {element!r}")
            text = element.strip()
            if text.startswith("@"):
                m = _ALIAS_NAME.fullmatch(text, 1)
                if not m:
                    raise error(f"{where} is not an alias name: {element!r}")
                inner = self._expand(m.group(), column, query, (*stack, name))
                elements.append(AliasRef(m.group(), 0, inner.elements))
                used.extend(u for u in inner.used if u not in used)
                size += inner.size
            else:
                body = text
                if len(body) >= 2 and body[0] == '"' and body[-1] in '"*':
                    body = body[1:].replace('"', "", 1)
                if '"' in body:
                    raise error(f"{where} has a stray quote: {element!r}")
                term = _make_term(text, body, column, query, alias=name)
                elements.append(Term(term.text, term.words, term.prefix, 0, name))
                size += 1
            if size > MAX_ALIAS_TERMS:
                raise error(f"alias @{name} expands to more than {MAX_ALIAS_TERMS} terms")
        expansion = _Expansion(tuple(elements), size, tuple(used))
        self.expanded[name] = expansion
        return expansion


# --- parsing --------------------------------------------------------------------

_STARTS = {"WORD", "PHRASE", "ALIAS", "LPAREN", "NOT", "NEAR", "FIELD"}


class _Parser:
    def __init__(self, query: str, aliases: _AliasResolver) -> None:
        self.query = query
        self.toks = _lex(query)
        self.pos = 0
        self.depth = 0
        self.aliases = aliases
        self.used: list[str] = []

    def error(self, message: str, column: int) -> QueryError:
        return QueryError(message, column, self.query)

    @property
    def tok(self) -> _Tok:
        return self.toks[self.pos]

    def take(self) -> _Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node:
        if self.tok.kind == "END":
            raise self.error("empty query", 1)
        node = self.or_expr()
        tok = self.tok
        if tok.kind == "RPAREN":
            raise self.error("unbalanced parenthesis: ')' has no matching '('", tok.column)
        if tok.kind != "END":
            raise self.unexpected(tok)
        return node

    def unexpected(self, tok: _Tok) -> QueryError:
        if tok.kind == "COMMA":
            return self.error("',' is only used between NEAR arguments", tok.column)
        return self.error(f"unexpected '{tok.text}'", tok.column)

    def enter(self, column: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error("query is nested too deeply", column)

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while self.tok.kind == "OR":
            op = self.take()
            if self.tok.kind not in _STARTS:
                raise self.error("OR needs a term after it", op.column)
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self) -> Node:
        children = [self.unary()]
        while True:
            if self.tok.kind == "AND":
                op = self.take()
                if self.tok.kind not in _STARTS:
                    raise self.error("AND needs a term after it", op.column)
            elif self.tok.kind not in _STARTS:
                break
            children.append(self.unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> Node:
        tok = self.tok
        if tok.kind == "NOT":
            self.take()
            if self.tok.kind not in _STARTS:
                raise self.error(f"{tok.text} needs a term after it", tok.column)
            self.enter(tok.column)
            child = self.unary()
            self.depth -= 1
            return Not(child)
        return self.primary()

    def primary(self) -> Node:
        tok = self.tok
        if tok.kind == "LPAREN":
            self.take()
            self.enter(tok.column)
            if self.tok.kind == "RPAREN":
                raise self.error("empty parentheses", tok.column)
            node = self.or_expr()
            if self.tok.kind != "RPAREN":
                if self.tok.kind == "END":
                    raise self.error("unbalanced parenthesis: '(' is never closed", tok.column)
                raise self.unexpected(self.tok)
            self.take()
            self.depth -= 1
            return node
        if tok.kind == "FIELD":
            self.take()
            self.enter(tok.column)
            child = self.primary()
            self.depth -= 1
            if _contains_field(child):
                raise self.error("a field scope cannot contain another field scope", tok.column)
            return Field(tok.text, child, tok.column)
        if tok.kind == "NEAR":
            return self.near()
        if tok.kind in ("WORD", "PHRASE", "ALIAS"):
            return self.term()
        if tok.kind == "RPAREN":
            raise self.error("unbalanced parenthesis: ')' has no matching '('", tok.column)
        if tok.kind == "END":
            raise self.error("query ends where a term was expected", tok.column)
        if tok.kind == "COMMA":
            raise self.error("',' is only used between NEAR arguments", tok.column)
        raise self.error(f"unexpected '{tok.text}': a term was expected here", tok.column)

    def term(self) -> Term | AliasRef:
        tok = self.take()
        if tok.kind == "ALIAS":
            ref, used = self.aliases.resolve(tok.text, tok.column, self.query)
            self.used.extend(u for u in used if u not in self.used)
            return ref
        if tok.kind == "PHRASE":
            # '"export control*"' and '"export control"*' both mean a prefix phrase.
            body = tok.text[1:].replace('"', "", 1)
            return _make_term(tok.text, body, tok.column, self.query)
        if tok.kind == "WORD":
            return _make_term(tok.text, tok.text, tok.column, self.query)
        raise self.error(f"expected a term, found '{tok.text}'", tok.column)

    def near(self) -> Near:
        tok = self.take()
        self.take()  # '(' (the lexer checked it is there)
        args: list[Term | AliasRef | Or] = []
        while True:
            args.append(self.near_arg())
            if self.tok.kind == "COMMA":
                self.take()
                continue
            if self.tok.kind == "RPAREN":
                self.take()
                break
            if self.tok.kind == "END":
                raise self.error("unbalanced parenthesis: NEAR( is never closed", tok.column)
            raise self.error(
                f"NEAR arguments are separated by ',': unexpected '{self.tok.text}'",
                self.tok.column,
            )
        if len(args) < 2:
            raise self.error("NEAR needs at least two arguments", tok.column)
        return Near(tok.value, tuple(args), tok.column)

    def near_arg(self) -> Term | AliasRef | Or:
        tok = self.tok
        if tok.kind in ("WORD", "PHRASE", "ALIAS"):
            return self.term()
        if tok.kind == "LPAREN":
            self.take()
            options = [self.near_option()]
            while self.tok.kind == "OR":
                self.take()
                options.append(self.near_option())
            if self.tok.kind != "RPAREN":
                if self.tok.kind == "END":
                    raise self.error("unbalanced parenthesis: '(' is never closed", tok.column)
                raise self.error(
                    f"inside NEAR a group may only join terms with OR: unexpected "
                    f"'{self.tok.text}'",
                    self.tok.column,
                )
            self.take()
            return options[0] if len(options) == 1 else Or(tuple(options))
        raise self.error(
            "a NEAR argument must be a word, phrase, @alias or (a OR b) group", tok.column
        )

    def near_option(self) -> Term | AliasRef:
        tok = self.tok
        if tok.kind not in ("WORD", "PHRASE", "ALIAS"):
            raise self.error(
                "inside NEAR a group may only hold words, phrases and @aliases", tok.column
            )
        return self.term()


def _contains_field(node: Node) -> bool:
    stack: list[Node] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Field):
            return True
        if isinstance(n, And | Or):
            stack.extend(n.children)
        elif isinstance(n, Not):
            stack.append(n.child)
    return False


def _can_match_without_terms(node: Node, negated: bool = False) -> bool:
    """True if ``node`` is true for an item in which none of its terms occur."""
    if isinstance(node, Term | AliasRef | Near):
        return negated
    if isinstance(node, Not):
        return _can_match_without_terms(node.child, not negated)
    if isinstance(node, Field):
        return _can_match_without_terms(node.child, negated)
    results = (_can_match_without_terms(c, negated) for c in node.children)
    if isinstance(node, And) != negated:
        return all(results)
    return any(results)


@dataclass(frozen=True)
class ParsedQuery:
    """A parsed query: its tree, the aliases it uses (transitively, in order of
    first use) and its :func:`query_version`."""

    query: str
    node: Node
    aliases_used: tuple[str, ...]
    version: str


class AliasTable:
    """Parses many queries against one set of aliases, expanding each alias once
    (the engine compiles thousands of rules this way)."""

    def __init__(self, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self.aliases: Mapping[str, Sequence[str]] = aliases or {}
        self._resolver = _AliasResolver(self.aliases)

    def parse(self, query: str) -> ParsedQuery:
        """Parse ``query``; raises :class:`QueryError` as :func:`parse` does."""
        if not isinstance(query, str):
            raise QueryError("a query must be text", 1, str(query))
        if len(query) > MAX_QUERY_LENGTH:
            raise QueryError(f"query is longer than {MAX_QUERY_LENGTH} characters", 1, query)
        parser = _Parser(query, self._resolver)
        node = parser.parse()
        if _can_match_without_terms(node):
            raise QueryError(
                "this query would match items that contain none of its terms "
                "(e.g. a lone NOT); add a term that must be present",
                1,
                query,
            )
        definitions = {name: list(self.aliases[name]) for name in sorted(parser.used)}
        payload = json.dumps({"query": query, "aliases": definitions}, ensure_ascii=False)
        version = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]
        return ParsedQuery(query, node, tuple(parser.used), version)


def parse(query: str, aliases: Mapping[str, Sequence[str]] | None = None) -> Node:
    """Parse ``query`` into a tree with aliases expanded. Raises :class:`QueryError`
    (and nothing else) for any malformed query, unknown alias or alias cycle, and for
    a query that could match an item containing none of its terms."""
    return AliasTable(aliases).parse(query).node


def aliases_used(query: str, aliases: Mapping[str, Sequence[str]] | None = None) -> list[str]:
    """Names of the aliases ``query`` uses, directly or through other aliases."""
    return list(AliasTable(aliases).parse(query).aliases_used)


def query_version(query: str, aliases: Mapping[str, Sequence[str]] | None = None) -> str:
    """A short stable hash (12 hex digits) of the query text and the definitions of
    every alias it uses (transitively): it changes when either changes, so a match
    records the rule as it was. Raises :class:`QueryError` if the query is invalid."""
    return AliasTable(aliases).parse(query).version


def alias_errors(aliases: Mapping[str, Sequence[str]]) -> list[tuple[str, QueryError]]:
    """Check every alias on its own (elements, references, cycles); returns
    ``(name, error)`` for each broken one. Columns refer to the text '@name'."""
    errors: list[tuple[str, QueryError]] = []
    for name in aliases:
        try:
            _AliasResolver(aliases).resolve(name, 1, f"@{name}")
        except QueryError as e:
            errors.append((name, e))
    return errors
