"""The query language parser: precedence, terms, NEAR, fields, aliases, errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.query import (
    AliasRef,
    AliasTable,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    QueryError,
    Term,
    alias_errors,
    aliases_used,
    parse,
    query_version,
)

ALIASES: dict[str, list[str]] = {
    "china": ["China", "Chinese", "PRC", "Hong Kong-based", "中国", "китайск*"],
    "russia": ["Russia", "Russian", "Kremlin"],
    "both": ["@china", "@russia"],
    "loop_a": ["x", "@loop_b"],
    "loop_b": ["@loop_a"],
    "self": ["@self"],
    "quoted": ['"export control*"', "dual-use"],
}


def show(node: Node) -> str:
    """A compact rendering of a tree, for tables."""
    if isinstance(node, Term):
        text = " ".join(node.words) + ("*" if node.prefix else "")
        return f'"{text}"' if len(node.words) > 1 else text
    if isinstance(node, AliasRef):
        return f"@{node.name}"
    if isinstance(node, And):
        return "(AND " + " ".join(show(c) for c in node.children) + ")"
    if isinstance(node, Or):
        return "(OR " + " ".join(show(c) for c in node.children) + ")"
    if isinstance(node, Not):
        return f"(NOT {show(node.child)})"
    if isinstance(node, Near):
        return f"(NEAR/{node.distance} " + " ".join(show(a) for a in node.args) + ")"
    assert isinstance(node, Field)
    return f"{node.name}:{show(node.child)}"


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("china", "china"),
        ("china russia", "(AND china russia)"),
        ("china AND russia", "(AND china russia)"),
        ("china OR russia", "(OR china russia)"),
        ("a OR b c", "(OR a (AND b c))"),
        ("a b OR c", "(OR (AND a b) c)"),
        ("a OR b AND c OR d", "(OR a (AND b c) d)"),
        ("a NOT b", "(AND a (NOT b))"),
        ("NOT a b", "(AND (NOT a) b)"),
        ("a AND NOT b OR c", "(OR (AND a (NOT b)) c)"),
        ("a AND NOT (b OR c)", "(AND a (NOT (OR b c)))"),
        ("(a OR b) (c OR d)", "(AND (OR a b) (OR c d))"),
        ("a -b", "(AND a (NOT b))"),
        ('a -"b c"', '(AND a (NOT "b c"))'),
        ("a -(b OR c)", "(AND a (NOT (OR b c)))"),
        ("a NOT NOT b", "(AND a (NOT (NOT b)))"),
        ("NOT NOT a", "(NOT (NOT a))"),
        # lower-case operators are ordinary words
        ("china and russia", "(AND china and russia)"),
        ("war or peace", "(AND war or peace)"),
        ("not guilty", "(AND not guilty)"),
        ("And Or", "(AND and or)"),
        # words, prefixes, phrases
        ("Sanction*", "sanction*"),
        ('"export control"', '"export control"'),
        ('"export control*"', '"export control*"'),
        ('"export control"*', '"export control*"'),
        ("Hong Kong-based", '(AND hong "kong based")'),
        ('"Hong Kong-based"', '"hong kong based"'),
        ("Su-27", '"su 27"'),
        ("NATO's", '"nato s"'),
        ("санкци*", "санкци*"),
        ("中国", '"中 国"'),
        ("中国*", '"中 国"'),
        ("ＮＡＴＯ", "nato"),
        ("Straße", "strasse"),
        ("10:30", '"10 30"'),
        ("NEARBY", "nearby"),
        # NEAR
        ("NEAR/5(a, b)", "(NEAR/5 a b)"),
        ("NEAR/3(a,b,c)", "(NEAR/3 a b c)"),
        ('NEAR/10("hong kong", sanction*, @china)', '(NEAR/10 "hong kong" sanction* @china)'),
        ("NEAR/2((a OR b), c)", "(NEAR/2 (OR a b) c)"),
        ("NEAR/2((a), c)", "(NEAR/2 a c)"),
        ("x NEAR/2(a, b) OR y", "(OR (AND x (NEAR/2 a b)) y)"),
        ("NOT NEAR/2(a, b) c", "(AND (NOT (NEAR/2 a b)) c)"),
        # fields
        ("title:china", "title:china"),
        ("TITLE:china", "title:china"),
        ("title:(a OR b) c", "(AND title:(OR a b) c)"),
        ('summary:"export control"', 'summary:"export control"'),
        ("title:@china", "title:@china"),
        ("title:NEAR/4(a, b)", "title:(NEAR/4 a b)"),
        ("a NOT title:b", "(AND a (NOT title:b))"),
        # aliases
        ("@china", "@china"),
        ("@china @russia", "(AND @china @russia)"),
    ],
)
def test_parse_table(query: str, tree: str) -> None:
    assert show(parse(query, ALIASES)) == tree


@pytest.mark.parametrize(
    ("query", "column", "message"),
    [
        ("", 1, "empty query"),
        ("   ", 1, "empty query"),
        ("(china", 1, "unbalanced parenthesis"),
        ("china)", 6, "unbalanced parenthesis"),
        ("a AND (b OR (c d)", 7, "unbalanced parenthesis"),
        ("a OR", 3, "OR needs a term"),
        ("a AND", 3, "AND needs a term"),
        ("OR a", 1, "unexpected 'OR'"),
        ("a AND OR b", 3, "AND needs a term"),
        ("a NOT", 3, "NOT needs a term"),
        ("()", 1, "empty parentheses"),
        ('"unterminated phrase', 1, "unterminated quote"),
        ('a "b', 3, "unterminated quote"),
        ('""', 1, "no letters or digits"),
        ("a & b", 3, "no letters or digits"),
        ("*", 1, "too broad"),
        ("a *", 3, "too broad"),
        ("s*", 1, "too broad"),
        ('"export c*"', 1, "too broad"),
        ("san*ction", 1, "only allowed at the end"),
        ("sanction**", 1, "only allowed at the end"),
        ("NEAR(a, b)", 1, "NEAR needs a distance"),
        ("NEAR a", 1, "NEAR needs a distance"),
        ("NEAR/x(a, b)", 1, "NEAR needs a distance"),
        ("NEAR/5 (a, b)", 1, "followed directly by '('"),
        ("NEAR/0(a, b)", 1, "between 1 and 1000"),
        ("NEAR/1001(a, b)", 1, "between 1 and 1000"),
        ("NEAR/99999999999(a, b)", 1, "between 1 and 1000"),
        ("NEAR/5(a)", 1, "at least two arguments"),
        ("NEAR/5(a, b", 1, "never closed"),
        ("NEAR/5(a b)", 10, "separated by ','"),
        ("NEAR/5(a, NOT b)", 11, "NEAR argument"),
        ("NEAR/5(a, (b AND c))", 14, "only join terms with OR"),
        ("NEAR/5(a, title:b)", 11, "NEAR argument"),
        ("NEAR/5(a, NEAR/2(b, c))", 11, "NEAR argument"),
        ("a, b", 2, "only used between NEAR arguments"),
        ("body:china", 1, "unknown field 'body'"),
        ("x titel:china", 3, "unknown field 'titel'"),
        ("title: china", 1, "must be followed by a term"),
        ("title:(a summary:b)", 1, "cannot contain another field"),
        ("@", 1, "alias name"),
        ("a @nope", 3, "unknown alias @nope"),
        ("x @loop_a", 3, "alias cycle: @loop_a -> @loop_b -> @loop_a"),
        ("@self", 1, "alias cycle: @self -> @self"),
        ("NOT china", 1, "none of its terms"),
        ("a OR NOT b", 1, "none of its terms"),
        ("NOT (a AND b)", 1, "none of its terms"),
        ("(" * 100 + "a" + ")" * 100, 65, "nested too deeply"),
        ("NOT " * 100 + "a", 257, "nested too deeply"),
    ],
)
def test_errors(query: str, column: int, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse(query, ALIASES)
    err = info.value
    assert message in err.message
    assert err.column == column
    assert err.query == query
    assert str(err) == f"column {column}: {err.message}"
    assert isinstance(err, ValueError)


def test_error_str_is_column_then_message() -> None:
    with pytest.raises(QueryError) as info:
        parse("china AND (russia", ALIASES)
    assert str(info.value) == "column 11: unbalanced parenthesis: '(' is never closed"
    assert info.value.indicator_id is None


def test_pure_negation_is_fine_below_a_positive_term() -> None:
    assert show(parse("a AND NOT (b OR c)")) == "(AND a (NOT (OR b c)))"
    assert show(parse("NOT NOT a")) == "(NOT (NOT a))"  # double negation needs a
    assert show(parse("NOT (NOT a OR NOT b)")) == "(NOT (OR (NOT a) (NOT b)))"


def test_alias_expansion_keeps_elements_as_written() -> None:
    node = parse("@china", ALIASES)
    assert isinstance(node, AliasRef)
    elements = [e for e in node.elements if isinstance(e, Term)]
    assert [e.text for e in elements] == [
        "China",
        "Chinese",
        "PRC",
        "Hong Kong-based",
        "中国",
        "китайск*",
    ]
    assert elements[3].words == ("hong", "kong", "based")
    assert elements[4].words == ("中", "国")
    assert elements[4].cjk and not elements[0].cjk
    assert elements[5].prefix and elements[5].words == ("китаиск",)
    assert all(e.alias == "china" for e in elements)


def test_nested_alias_and_quoted_elements() -> None:
    node = parse("@both", ALIASES)
    assert isinstance(node, AliasRef)
    assert [e.name for e in node.elements if isinstance(e, AliasRef)] == ["china", "russia"]
    quoted = parse("@quoted", ALIASES)
    assert isinstance(quoted, AliasRef)
    first = quoted.elements[0]
    assert isinstance(first, Term)
    assert first.words == ("export", "control") and first.prefix


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ({"a": []}, "alias @a is empty"),
        ({"a": "China"}, "must be a list"),
        ({"a": ["*"]}, "too broad"),
        ({"a": ["x*y"]}, "only allowed at the end"),
        ({"a": ['"x']}, "stray quote"),
        ({"a": ["@"]}, "not an alias name"),
        ({"a": ["@b c"]}, "not an alias name"),
        ({"a": ["..."]}, "no letters or digits"),
        ({"a": [3]}, "not text"),
    ],
)
def test_bad_alias_definitions(aliases: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse("z @a", aliases)  # type: ignore[arg-type]
    assert message in info.value.message
    assert info.value.column == 3
    assert "@a" in info.value.message


def test_alias_errors_reports_each_broken_alias() -> None:
    broken = dict(ALIASES, empty=[])
    names = [name for name, _ in alias_errors(broken)]
    assert names == ["loop_a", "loop_b", "self", "empty"]


def test_alias_blow_up_is_capped() -> None:
    aliases = {f"a{i}": [f"@a{i + 1}", f"@a{i + 1}"] for i in range(30)}
    aliases["a30"] = ["x"]
    with pytest.raises(QueryError, match="more than"):
        parse("@a0", aliases)


def test_aliases_used_is_transitive() -> None:
    assert aliases_used("@both AND x", ALIASES) == ["both", "china", "russia"]
    assert aliases_used("x", ALIASES) == []


def test_query_version() -> None:
    v = query_version("@china AND sanction*", ALIASES)
    assert len(v) == 12 and all(c in "0123456789abcdef" for c in v)
    assert v == query_version("@china AND sanction*", dict(ALIASES))
    assert v != query_version("@china AND sanction* ", ALIASES)
    changed = dict(ALIASES, china=[*ALIASES["china"], "Beijing"])
    assert v != query_version("@china AND sanction*", changed)
    unrelated = dict(ALIASES, russia=["Moscow"])
    assert v == query_version("@china AND sanction*", unrelated)
    # transitive: @both uses @russia
    w = query_version("@both", ALIASES)
    assert w != query_version("@both", unrelated)
    with pytest.raises(QueryError):
        query_version("(", ALIASES)


def test_non_string_query_is_a_query_error() -> None:
    with pytest.raises(QueryError):
        parse(None)  # type: ignore[arg-type]


def _parse_or_query_error(query: str) -> None:
    try:
        parse(query, ALIASES)
    except QueryError as e:
        assert 1 <= e.column <= len(query) + 1
        assert e.message


@settings(max_examples=500)
@given(st.text(max_size=60))
def test_parser_raises_only_query_errors_on_any_text(query: str) -> None:
    _parse_or_query_error(query)


_PIECES = [
    "a", "b", "China", "sanction*", "*", "s*", '"', '"x y"', '"x y*"', "(", ")", ",", " ",
    "AND", "OR", "NOT", "-", "NEAR/2(", "NEAR/0(", "NEAR", "NEAR/", "title:", "summary:",
    "body:", "@china", "@loop_a", "@nope", "@", ":", "中国", "санкци*", "'s", "\u0301",
]  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join))
def test_parser_raises_only_query_errors_on_token_soup(query: str) -> None:
    _parse_or_query_error(query)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_parser_raises_only_query_errors_on_glued_tokens(query: str) -> None:
    _parse_or_query_error(query)


def test_alias_table_shares_expansions_and_agrees_with_parse() -> None:
    table = AliasTable(ALIASES)
    queries = ["@china", "x @both", "NEAR/3(@russia, @china)", "title:@quoted"]
    parsed = [table.parse(q) for q in queries]
    assert [show(p.node) for p in parsed] == [show(parse(q, ALIASES)) for q in queries]
    assert [p.version for p in parsed] == [query_version(q, ALIASES) for q in queries]
    assert [list(p.aliases_used) for p in parsed] == [aliases_used(q, ALIASES) for q in queries]
    first, second = parsed[0].node, parsed[1].node
    assert isinstance(first, AliasRef) and isinstance(second, And)
    nested = second.children[1]
    assert isinstance(nested, AliasRef)
    inner = nested.elements[0]
    assert isinstance(inner, AliasRef)
    assert inner.elements is first.elements  # expanded once, shared


def test_alias_table_reports_errors_at_each_querys_own_column() -> None:
    table = AliasTable(ALIASES)
    for query, column in [("@loop_a", 1), ("x y @loop_a", 5)]:
        with pytest.raises(QueryError) as info:
            table.parse(query)
        assert info.value.column == column and info.value.query == query
