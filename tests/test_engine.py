"""The matching engine, table-driven, and checked against a naive reference evaluator."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from indicators.engine import (
    MAX_HITS,
    Hit,
    IndicatorRule,
    Matcher,
    MatchResult,
    compile_errors,
    field_texts,
)
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
from indicators.text import fold

ALIASES: dict[str, list[str]] = {
    "china": ["China", "Chinese", "PRC", "Beijing", "Hong Kong-based", "中国", "中方", "Китай",
              "китайск*"],
    "cbrn": ["CBRN", "chemical weapon*", "radiolog*", "nuclear"],
    "both": ["@china", "@cbrn"],
}  # fmt: skip


def ids(query: str, title: str, summary: str = "", content: str = "") -> bool:
    """Does ``query`` match the item?"""
    results = Matcher([IndicatorRule("q", query)], ALIASES).match(title, summary, content)
    return [r.indicator_id for r in results] == ["q"]


# --- words, boundaries, folding, scripts ---------------------------------------------


@pytest.mark.parametrize(
    ("query", "title", "matches"),
    [
        ("arms", "Arms sales to China", True),
        ("arms", "Farms in the Far East", False),
        ("arms", "disarmsament", False),
        ("arms", "ARMS, and more", True),
        ("NATO", "NATO's response", True),
        ("NATO", "NATO’s response", True),
        ("NATO", "NATOs", False),
        ("NATO", "ＮＡＴＯ summit", True),
        ('"NATO\'s response"', "NATO’s response", True),
        ('"Hong Kong-based"', "a Hong Kong based firm", True),
        ('"Hong Kong-based"', "a Hong-Kong-based firm", True),
        ('"Hong Kong-based"', "Hong Kong. Based on", True),  # punctuation is ignored in phrases
        ('"Hong Kong-based"', "Hong Kong firms based in", False),
        # unquoted: 'Hong' AND the phrase 'Kong-based' (a hyphenated word is a phrase)
        ("Hong Kong-based", "in Hong Kong, Kong-based firms", True),
        ("Hong Kong-based", "firms based in Hong Kong", False),
        ('"export control"', "Export   controls", False),
        ('"export control*"', "new export controls", True),
        ('"export control"*', "new export controlled", True),
        ("sanction*", "Sanctioned firms", True),
        ("sanction*", "Sanction", True),
        ("sanction*", "unsanctioned", False),
        ("sanctions", "sanction", False),
        ("Crème", "CREME brulee", True),
        ("creme", "Crème brûlée", True),
        ("e\u0301te\u0301", "été", True),
        ("Straße", "STRASSE", True),
        ("strasse", "Straße", True),
        ("Łódź", "lodz", True),
        ("Lodz", "ŁÓDŹ", True),
        ("Ρωσία", "ΡΩΣΙΑ", True),
        ("ρωσια", "Ρωσία", True),
        ("σισυφος", "ΣΊΣΥΦΟΣ", True),
        ("санкци*", "новые санкции", True),
        ("санкци*", "Санкций не будет", True),
        ("санкции", "санкций", True),  # й folds to и
        ("Китай", "КИТАЙ", True),
        ("китайск*", "китайских компаний", True),
        ("китай", "китайских", False),
        ("中国", "在中国的演习", True),
        ("中国", "China中国", True),
        ("China", "China中国", True),
        ("中国", "中 国", True),  # CJK characters are words: spacing is ignored
        ("中国", "国中", False),
        ("ロシア", "ロシアと中国", True),
        ("ガス", "カス", False),  # voicing marks are kept
        ("한국", "대한국민", True),
        ("S-300", "the S-300 system", True),
        ("S-300", "the S300 system", False),
        ("Su-27", "Su 27 copies", True),
        ("J-11", "the J-11B", False),
        ('"J-11*"', "the J-11B", True),
        ("10:30", "at 10:30 UTC", True),
        ("and", "Russia and China", True),
    ],
)
def test_words_boundaries_and_folding(query: str, title: str, matches: bool) -> None:
    assert ids(query, title) is matches


# --- operators ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text", "matches"),
    [
        ("china russia", "China and Russia", True),
        ("china russia", "China alone", False),
        ("china AND russia", "Russia, China", True),
        ("china OR russia", "only Russia", True),
        ("china OR russia", "only India", False),
        ("china NOT russia", "China and India", True),
        ("china NOT russia", "China and Russia", False),
        ("china -russia", "China and Russia", False),
        ("china AND NOT (russia OR india)", "China, India", False),
        ("china AND NOT (russia OR india)", "China, Japan", True),
        ("a OR b c", "b", False),
        ("a OR b c", "a", True),
        ("a OR b c", "c b", True),
        ("NOT a b", "b", True),
        ("NOT a b", "a b", False),
        ("NOT NOT a", "a", True),
        ("NOT (NOT a OR NOT b)", "a", False),
        ("NOT (NOT a OR NOT b)", "a b", True),
        ("china and russia", "China, Russia", False),  # 'and' is a word here
        ("china and russia", "China and Russia", True),
        ("@china sanction*", "Chinese firms sanctioned", True),
        ("@china sanction*", "Russian firms sanctioned", False),
        ("@china sanction*", "Hong Kong-based firms face sanctions", True),
        ("@both", "radiological", True),
        ("@both", "nothing here", False),
    ],
)
def test_operators(query: str, text: str, matches: bool) -> None:
    assert ids(query, text) is matches


# --- NEAR ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text", "matches"),
    [
        ("NEAR/3(a, b)", "a x x b", True),  # positions 0 and 3: 3 <= 3
        ("NEAR/3(a, b)", "a x x x b", False),  # 4 > 3
        ("NEAR/3(a, b)", "b x x a", True),  # any order
        ("NEAR/1(a, b)", "a b", True),
        ("NEAR/1(a, b)", "a, b.", True),  # punctuation is not a word
        ("NEAR/1(a, b)", "a - b", True),
        ("NEAR/1(a, b)", "a c b", False),
        ("NEAR/2(a, b, c)", "c a b", True),
        ("NEAR/2(a, b, c)", "c a x b", False),
        ("NEAR/2(a, b)", "a x x x x b x a", True),  # a later occurrence fits
        ("NEAR/2(a, a)", "a", True),  # one word may serve two arguments
        ("NEAR/2(a, b)", "a", False),
        ('NEAR/3("hong kong", sanction*)', "Hong Kong firms sanctioned", True),
        ('NEAR/2("hong kong", sanction*)', "Hong Kong firms sanctioned", False),  # from 'hong'
        ('NEAR/2(sanction*, "hong kong")', "sanctions on Hong Kong", True),
        ("NEAR/2((a OR b), c)", "b x c", True),
        ("NEAR/2((a OR b), c)", "a x x c", False),
        ("NEAR/3(@china, @cbrn)", "Chinese chemical weapons", True),
        ("NEAR/3(@china, @cbrn)", "中国的 CBRN", True),  # CJK characters count as words:
        ("NEAR/3(@china, @cbrn)", "中国的化学 CBRN", False),  # 中0 国1 的2 化3 学4 cbrn5
        ("NEAR/2(中国, 俄罗斯)", "中国和俄罗斯", False),
        ("NEAR/3(中国, 俄罗斯)", "中国和俄罗斯", True),
        ("x NOT NEAR/2(a, b)", "x a b", False),
        ("x NOT NEAR/2(a, b)", "x a q q q b", True),
    ],
)
def test_near(query: str, text: str, matches: bool) -> None:
    assert ids(query, text) is matches


def test_near_never_spans_fields() -> None:
    assert not ids("NEAR/5(a, b)", "a", "b")
    assert ids("NEAR/5(a, b)", "x", "b x a")
    assert not ids("title:NEAR/5(a, b)", "x", "b x a")
    assert ids("summary:NEAR/5(a, b)", "x", "b x a")


# --- fields ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "title", "summary", "content", "matches"),
    [
        ("title:china", "China", "", "", True),
        ("title:china", "x", "China", "", False),
        ("summary:china", "China", "", "", False),
        ("summary:china", "x", "China", "", True),
        ("summary:china", "x", "", "<p>China</p>", True),  # content is part of summary
        ("china", "x", "", "China", True),
        ("title:(china OR russia) sanction*", "Russia", "sanctions", "", True),
        ("title:(china OR russia) sanction*", "x", "Russia sanctions", "", False),
        ("title:china NOT summary:china", "China", "nothing", "", True),
        ("title:china NOT summary:china", "China", "China again", "", False),
        ("NOT title:china china", "x", "China", "", True),
        ('title:"hong kong"', "Hong", "Kong", "", False),  # phrases never span fields
        ('"hong kong"', "Hong", "Kong", "", False),
        ("title:@china", "中国", "", "", True),
    ],
)
def test_fields(query: str, title: str, summary: str, content: str, matches: bool) -> None:
    assert ids(query, title, summary, content) is matches


def test_html_is_stripped_and_offsets_refer_to_plain_text() -> None:
    m = Matcher([IndicatorRule("s", "sanction*")])
    [result] = m.match("<b>Sanctions</b> &amp; more", "<p>New <i>sanctions</i></p>")
    title, summary = field_texts("<b>Sanctions</b> &amp; more", "<p>New <i>sanctions</i></p>")
    assert title == "Sanctions & more" and summary == "New sanctions"
    assert result.hits == (
        Hit("sanction*", 0, 9, "title"),
        Hit("sanction*", 4, 13, "summary"),
    )
    assert not m.match("<a href='sanctions'>link</a>")  # attributes are not text


# --- results: hits, snippet, score ------------------------------------------------------


def test_hits_are_terms_as_written_with_original_offsets() -> None:
    m = Matcher([IndicatorRule("x", '@china AND (sanction* OR "export control*")')], ALIASES)
    title = "Straße: Hong Kong-based firms"
    summary = "Ｅｘｐｏｒｔ  controls hit Chinese and 中国 suppliers; NATO’s view"
    [result] = m.match(title, summary)
    title, summary = field_texts(title, summary)  # offsets index the whitespace-normalised text
    got = [(h.term, h.field, (title if h.field == "title" else summary)[h.start : h.end])
           for h in result.hits]  # fmt: skip
    assert got == [
        ("Hong Kong-based", "title", "Hong Kong-based"),
        ('"export control*"', "summary", "Ｅｘｐｏｒｔ controls"),
        ("Chinese", "summary", "Chinese"),
        ("中国", "summary", "中国"),
    ]
    assert result.query_version == query_version(m_query(m, "x"), ALIASES)


def m_query(m: Matcher, indicator_id: str) -> str:
    return m.explain(indicator_id, "").query


def test_hits_only_from_clauses_that_are_true() -> None:
    m = Matcher([IndicatorRule("x", "(a AND zzz) OR b OR NOT c")]) if False else None
    assert m is None
    m = Matcher([IndicatorRule("x", "(a AND zzz) OR b")])
    [result] = m.match("a b")
    assert [h.term for h in result.hits] == ["b"]  # 'a' occurs but its clause is false
    m = Matcher([IndicatorRule("x", "b NOT zzz")])
    [result] = m.match("b")
    assert [h.term for h in result.hits] == ["b"]


def test_hit_offsets_with_accents_and_expansions() -> None:
    m = Matcher([IndicatorRule("x", "strasse OR ete OR finance")])
    text = "Die Straße, e\u0301te\u0301 and ﬁnance"
    [result] = m.match(text)
    assert [text[h.start : h.end] for h in result.hits] == ["Straße", "e\u0301te\u0301", "ﬁnance"]


def test_hits_are_capped() -> None:
    m = Matcher([IndicatorRule("x", "china")])
    [result] = m.match("China " * 5000)
    assert len(result.hits) == MAX_HITS
    assert result.hits[0] == Hit("china", 0, 5, "title")


def test_snippet_marks_hits_around_the_first_summary_hit() -> None:
    m = Matcher([IndicatorRule("x", "sanction* china")])
    summary = (
        ("Filler words here. " * 20)
        + "New sanctions on China were announced. "
        + ("More filler text. " * 20)
    )
    [result] = m.match("China", summary)
    s = result.snippet
    assert "«sanctions» on «China»" in s
    assert s.startswith("…") and s.endswith("…")
    assert 150 <= len(s) <= 260
    [title_only] = m.match("China sanctions", "nothing relevant")
    assert title_only.snippet == "«China» «sanctions»"


def test_score_is_in_unit_interval_and_title_weighs_more() -> None:
    m = Matcher([IndicatorRule("x", "china OR russia OR iran")])
    one_summary = m.match("", "china")[0].score
    one_title = m.match("china", "")[0].score
    two = m.match("", "china russia")[0].score
    three = m.match("china russia iran", "")[0].score
    assert 0 < one_summary < one_title <= 1
    assert one_summary < two < three <= 1


def test_results_in_rule_order_and_only_matching() -> None:
    rules = [IndicatorRule(f"r{i}", q) for i, q in enumerate(["b", "a", "zzz", "a b"])]
    m = Matcher(rules)
    assert [r.indicator_id for r in m.match("a b")] == ["r0", "r1", "r3"]
    assert m.indicator_ids == ("r0", "r1", "r2", "r3")


# --- errors -------------------------------------------------------------------------------


def test_matcher_raises_query_error_with_indicator_id() -> None:
    with pytest.raises(QueryError) as info:
        Matcher([IndicatorRule("ok", "a"), IndicatorRule("bad", "a AND (b")])
    assert info.value.indicator_id == "bad"
    assert info.value.column == 7
    with pytest.raises(QueryError) as info:
        Matcher([IndicatorRule("x", "@nope")], ALIASES)
    assert info.value.indicator_id == "x" and "@nope" in info.value.message
    with pytest.raises(QueryError) as info:
        Matcher([IndicatorRule("x", "a"), IndicatorRule("x", "b")])
    assert "duplicate" in info.value.message and info.value.indicator_id == "x"


def test_compile_errors_reports_all() -> None:
    rules = [
        IndicatorRule("good", "@china"),
        IndicatorRule("paren", "(a"),
        IndicatorRule("alias", "@missing"),
        IndicatorRule("neg", "NOT a"),
        IndicatorRule("good", "b"),
    ]
    errors = compile_errors(rules, ALIASES)
    assert [(i, e.column) for i, e in errors] == [
        ("paren", 1),
        ("alias", 1),
        ("neg", 1),
        ("good", 1),
    ]
    assert all(e.indicator_id == i for i, e in errors)
    assert "unknown alias @missing" in errors[1][1].message
    assert compile_errors([IndicatorRule("a", "x")]) == []


# --- explain --------------------------------------------------------------------------------


def test_explain_shows_clauses_and_terms() -> None:
    m = Matcher([IndicatorRule("x", "@china AND (sanction* OR embargo) NOT russia")], ALIASES)
    e = m.explain("x", "Chinese firms", "New sanctions announced")
    assert e.matched and e.result is not None
    assert e.root.label == "AND" and [c.value for c in e.root.children] == [True, True, True]
    text = str(e)
    assert text.splitlines()[0].startswith("x: MATCH (score ")
    assert "[x] @china" in text
    assert "«Chinese» title 0-7" in text
    assert "[x] sanction*  <- «sanctions» summary 4-13" in text
    assert "[ ] embargo" in text
    assert "[x] NOT" in text and "[ ] russia" in text
    e2 = m.explain("x", "Chinese firms", "Russia sanctions")
    assert not e2.matched and e2.result is None
    assert "x: no match" in str(e2)
    assert "[ ] NOT" in str(e2) and "[x] russia" in str(e2)
    with pytest.raises(KeyError):
        m.explain("nope", "x")


# --- hostile input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("", ""),
        (" ", "\n\t"),
        ("\x00\x01\ufffd", "\U0010ffff"),
        ("\ud800 china \udfff", "<b>\ud800</b>中国 sanctions"),  # lone surrogates (JSON feeds)
        ("<" * 10000, ">" * 10000),
        ("<script>" * 1000, "&amp;" * 5000),
        ("\u0301" * 5000, "e" + "\u0301" * 5000),
        ("ﷺ" * 1000, "ﷻ" * 1000),  # each expands to many characters
        ("中" * 50000, "a" * 100_000),
        ("china " * 20000, "sanctions " * 10000),
        ("Ｃｈｉｎａ" * 5000, "Straße" * 10000),
    ],
)
def test_hostile_input_does_not_crash(title: str, summary: str) -> None:
    rules = [
        IndicatorRule("a", "@china sanction*"),
        IndicatorRule("b", "NEAR/5(@china, sanction*)"),
        IndicatorRule("c", "title:中国 OR 中中中"),
    ]
    m = Matcher(rules, ALIASES)
    results = m.match(title, summary)
    for r in results:
        assert 0 < r.score <= 1
        assert len(r.hits) <= MAX_HITS
        texts = dict(zip(("title", "summary"), field_texts(title, summary), strict=True))
        assert all(0 <= h.start < h.end <= len(texts[h.field]) for h in r.hits)
    str(m.explain("b", title, summary))


def test_hostile_results_are_right() -> None:
    m = Matcher([IndicatorRule("b", "NEAR/5(@china, sanction*)")], ALIASES)
    assert [r.indicator_id for r in m.match("china " * 20000, "sanctions " * 10000)] == []
    assert [r.indicator_id for r in m.match("china " * 20000 + "sanctions")] == ["b"]


def test_empty_rule_set() -> None:
    m = Matcher([])
    assert m.match("anything") == []


# --- the naive reference evaluator --------------------------------------------------------


def ref_is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def ref_words(text: str) -> list[str]:
    """Split the whole folded text: letters/digits runs, CJK one character each."""
    out: list[str] = []
    current = ""
    for ch in fold(text):
        if ch.isalnum() and ref_is_cjk(ch):
            if current:
                out.append(current)
            out.append(ch)
            current = ""
        elif ch.isalnum():
            current += ch
        elif current:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def ref_positions(term: Term, tokens: Sequence[str]) -> list[int]:
    n = len(term.words)
    found = []
    for i in range(len(tokens) - n + 1):
        head_ok = list(tokens[i : i + n - 1]) == list(term.words[:-1])
        last = tokens[i + n - 1]
        last_ok = last.startswith(term.words[-1]) if term.prefix else last == term.words[-1]
        if head_ok and last_ok:
            found.append(i)
    return found


def ref_eval(node: Node, fields: Mapping[str, list[str]]) -> bool:
    """Evaluate one query tree directly against the tokens of the fields in scope."""
    if isinstance(node, Term | AliasRef | Or) and not isinstance(node, Or):
        return any(ref_positions(t, toks) for t in terms_of(node) for toks in fields.values())
    if isinstance(node, And):
        return all(ref_eval(c, fields) for c in node.children)
    if isinstance(node, Or):
        return any(ref_eval(c, fields) for c in node.children)
    if isinstance(node, Not):
        return not ref_eval(node.child, fields)
    if isinstance(node, Field):
        return ref_eval(node.child, {node.name: fields[node.name]} if node.name in fields else {})
    assert isinstance(node, Near)
    for toks in fields.values():
        per_arg = [
            sorted({p for t in terms_of(arg) for p in ref_positions(t, toks)}) for arg in node.args
        ]
        for combo in itertools.product(*per_arg):
            if max(combo) - min(combo) <= node.distance:
                return True
    return False


def reference_match(
    rules: Sequence[IndicatorRule], aliases: Mapping[str, Sequence[str]], title: str, summary: str
) -> list[str]:
    title_text, summary_text = field_texts(title, summary)
    fields = {"title": ref_words(title_text), "summary": ref_words(summary_text)}
    return [r.id for r in rules if ref_eval(parse(r.query, aliases), fields)]


def test_reference_tokeniser_agrees_with_table() -> None:
    assert ref_words("Hong Kong-based 中国 NATO’s") == ["hong", "kong", "based", "中", "国",
                                                       "nato", "s"]  # fmt: skip


# --- random queries and texts ---------------------------------------------------------------

VOCAB = ["china", "russia", "arms", "farms", "nato", "sanctions", "export", "control", "hong",
         "kong", "straße", "санкции", "китай", "中国", "俄罗斯", "σίσυφος", "and", "s"]  # fmt: skip
TEXT_EXTRAS = ["NATO's", "Hong Kong-based", "FARMS", "Sanctioned", "ＮＡＴＯ", "STRASSE",
               "санкций", "Китайские", "中国的", "ΣΊΣΥΦΟΣ", "export-controls", "ARMS",
               "x"]  # fmt: skip
RANDOM_ALIASES = {"cn": ["China", "中国", "китай*", "Hong Kong-based"], "w": ["@cn", "arms"]}


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.capitalize()])


words_st = st.sampled_from(VOCAB).flatmap(_cased)
prefix_st = st.sampled_from([w for w in VOCAB if len(w) >= 3]).flatmap(
    lambda w: st.integers(2, len(w)).map(lambda k: w[:k] + "*")
)
phrase_st = st.lists(st.sampled_from(VOCAB), min_size=2, max_size=3).flatmap(
    lambda ws: st.booleans().map(lambda p: '"' + " ".join(ws) + ("*" if p else "") + '"')
)
term_st = st.one_of(words_st, words_st, prefix_st, phrase_st, st.sampled_from(["@cn", "@w"]))


def _near(args: list[str], n: int) -> str:
    return f"NEAR/{n}(" + ", ".join(args) + ")"


near_arg_st = st.one_of(term_st, st.lists(term_st, min_size=2, max_size=3).map(
    lambda ts: "(" + " OR ".join(ts) + ")"))  # fmt: skip
near_st = st.builds(_near, st.lists(near_arg_st, min_size=2, max_size=3), st.integers(1, 4))


def _combine(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(children, children).map(lambda t: f"({t[0]} AND {t[1]})"),
        st.tuples(children, children).map(lambda t: f"({t[0]} {t[1]})"),
        st.tuples(children, children).map(lambda t: f"({t[0]} OR {t[1]})"),
        children.map(lambda c: f"NOT {c}"),
        children.map(lambda c: f"-{c}"),
        st.tuples(st.sampled_from(["title", "summary"]), children).map(
            lambda t: f"{t[0]}:({t[1]})"
        ),
    )


query_st = st.recursive(st.one_of(term_st, near_st, near_st), _combine, max_leaves=6)
separator_st = st.sampled_from([" ", " ", " ", ", ", "-", ". ", "’s ", "\n", "", " — ", "“"])
text_st = st.lists(
    st.tuples(st.one_of(words_st, st.sampled_from(TEXT_EXTRAS)), separator_st), max_size=14
).map(lambda parts: "".join(w + s for w, s in parts))


def _valid_rules(queries: list[str]) -> list[IndicatorRule]:
    rules = []
    for i, q in enumerate(queries):
        try:
            parse(q, RANDOM_ALIASES)
        except QueryError:
            continue
        rules.append(IndicatorRule(f"r{i}", q))
    return rules


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(query_st, min_size=1, max_size=6), text_st, text_st)
def test_engine_agrees_with_reference(queries: list[str], title: str, summary: str) -> None:
    rules = _valid_rules(queries)
    assume(rules)
    matcher = Matcher(rules, RANDOM_ALIASES)
    results = matcher.match(title, summary)
    expected = reference_match(rules, RANDOM_ALIASES, title, summary)
    assert [r.indicator_id for r in results] == expected
    assert matcher.matching_ids(title, summary) == expected
    for rule in rules:
        assert matcher.explain(rule.id, title, summary).matched is (rule.id in expected)
    # The compiled evidence gives exactly what the slow, labelled evaluation gives.
    assert results == [matcher.explain(r.indicator_id, title, summary).result for r in results]
    _check_hits(results, rules, title, summary)


def _check_hits(
    results: list[MatchResult], rules: list[IndicatorRule], title: str, summary: str
) -> None:
    """Every hit covers text whose words are the term's words (prefix on the last)."""
    texts = dict(zip(("title", "summary"), field_texts(title, summary), strict=True))
    by_id = {r.id: r for r in rules}
    for result in results:
        assert 0 < result.score <= 1
        assert result.hits
        terms = {t.text: t for t in terms_of(parse(by_id[result.indicator_id].query,
                                                      RANDOM_ALIASES))}  # fmt: skip
        for hit in result.hits:
            covered = ref_words(texts[hit.field][hit.start : hit.end])
            term = terms[hit.term]
            assert ref_positions(term, covered) == [0], (hit, covered)
            assert len(covered) == len(term.words)


@settings(max_examples=200, deadline=None)
@given(text_st, text_st)
def test_a_real_looking_rule_agrees_with_reference(title: str, summary: str) -> None:
    rules = [
        IndicatorRule("near", "NEAR/3(@cn, (sanction* OR export-control*)) -farms"),
        IndicatorRule("title", 'title:(nato OR arms) "hong kong"'),
        IndicatorRule("cjk", "中国 OR (китай* AND NOT russia)"),
    ]
    results = Matcher(rules, RANDOM_ALIASES).match(title, summary)
    assert [r.indicator_id for r in results] == reference_match(
        rules, RANDOM_ALIASES, title, summary
    )


_ANY_TEXT_RULES = [
    IndicatorRule("a", "@china sanction*"),
    IndicatorRule("b", "NEAR/3(@china, (e OR ее OR 中))"),
    IndicatorRule("c", "title:(a OR b) NOT summary:c"),
]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200), st.text(max_size=50))
def test_any_text_is_matched_without_crashing(title: str, summary: str, content: str) -> None:
    matcher = Matcher(_ANY_TEXT_RULES, ALIASES)
    texts = dict(zip(("title", "summary"), field_texts(title, summary, content), strict=True))
    for result in matcher.match(title, summary, content):
        assert 0 < result.score <= 1
        for hit in result.hits:
            assert 0 <= hit.start < hit.end <= len(texts[hit.field])
    str(matcher.explain("b", title, summary, content))
