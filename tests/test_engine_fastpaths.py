"""The engine's shortcuts give what the general path gives: plain text, ASCII
folding, long texts, odd characters, and compiled evidence against explain()."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from test_engine import RANDOM_ALIASES, TEXT_EXTRAS, _near, _valid_rules, query_st, text_st

from indicators.engine import IndicatorRule, Matcher, _ascii_whitespace, _WordMap, field_texts
from indicators.text import (
    ascii_words_spaced,
    canonical_ascii,
    fold,
    fold_canonical,
    normalize_whitespace,
    word_spans,
    words_spaced,
)

ascii_st = st.text(st.characters(max_codepoint=127), max_size=120)


def test_only_the_space_is_printable_whitespace() -> None:
    """_Item.text relies on it: a printable string's only whitespace is U+0020."""
    printable_spaces = [
        hex(cp)
        for cp in range(sys.maxunicode + 1)
        if chr(cp).isspace() and chr(cp).isprintable() and cp != 0x20
    ]
    assert printable_spaces == []


def test_ascii_whitespace_is_what_split_splits_on_besides_the_space() -> None:
    """_Item.text looks for these characters in ASCII text instead of isprintable()."""
    for cp in range(128):
        c = chr(cp)
        assert _ascii_whitespace(f"ab{c}cd") is (c != " " and len(f"ab{c}cd".split()) == 2), cp


_SPACES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\x1c", ""]
spaced_text_st = st.lists(
    st.tuples(st.one_of(text_st, st.text(max_size=8)), st.sampled_from(_SPACES)), max_size=12
).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=400)
@given(st.one_of(spaced_text_st, st.text(max_size=80)))
def test_normalising_whitespace_changes_no_word(text: str) -> None:
    """The engine scans a field with no markup as given and normalises its whitespace
    only when a hit needs the field's text: that is sound because it changes no word."""
    assume("<" not in text and "&" not in text)
    assert fold_canonical(normalize_whitespace(text))[2] == fold_canonical(text)[2]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(query_st, min_size=1, max_size=4), spaced_text_st, spaced_text_st)
def test_results_are_the_same_for_text_given_plain(
    queries: list[str], title: str, summary: str
) -> None:
    """Results (hit offsets included) for a field with no markup as given (scanned as
    is, its whitespace settled only for hits) and for its plain text. (With markup,
    both are stripped first; stripping twice may differ: '<\x00? china' -> '<? china'
    -> '', the second strip seeing a processing instruction.)"""
    assume(not any(c in title + summary for c in "<&"))
    rules = _valid_rules(queries)
    assume(rules)
    matcher = Matcher(rules, RANDOM_ALIASES)
    plain_title, plain_summary = field_texts(title, summary)
    assert matcher.match(title, summary) == matcher.match(plain_title, plain_summary)


@given(ascii_st)
def test_ascii_canonical_is_fold_canonical(text: str) -> None:
    spaced, canonical = canonical_ascii(text)
    assert canonical == fold_canonical(text)[2]
    assert spaced == ascii_words_spaced(text) == words_spaced(fold(text))


ODD = ["½ china", "ﬁnance STRAẞE", "<b>China</b> &amp; arms", "中国的 ARMS", "e\u0301te\u0301",
       "  china ,, arms ", "Ａrms", "ǅ", "İstanbul arms", "\u00a0arms\u2003china\n"]  # fmt: skip
odd_text_st = st.one_of(
    text_st,
    st.text(max_size=60),
    st.tuples(text_st, st.sampled_from(ODD), text_st).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(query_st, min_size=1, max_size=5), odd_text_st, odd_text_st, odd_text_st)
def test_results_equal_explained_results(
    queries: list[str], title: str, summary: str, content: str
) -> None:
    rules = _valid_rules(queries)
    assume(rules)
    matcher = Matcher(rules, RANDOM_ALIASES)
    results = matcher.match(title, summary, content)
    assert [r.indicator_id for r in results] == matcher.matching_ids(title, summary, content)
    for rule in rules:
        explained = matcher.explain(rule.id, title, summary, content)
        expected = [r for r in results if r.indicator_id == rule.id]
        assert ([explained.result] if explained.matched else []) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(query_st, min_size=1, max_size=4),
    st.lists(st.one_of(odd_text_st, st.sampled_from(TEXT_EXTRAS)), min_size=1, max_size=4),
    st.integers(40, 120),
)
def test_long_texts(queries: list[str], parts: list[str], copies: int) -> None:
    """Texts of thousands of characters take other paths to word positions."""
    rules = _valid_rules(queries)
    assume(rules)
    summary = (" ".join(parts) + ". ") * copies
    assume(len(summary) > 2_500)
    matcher = Matcher(rules, RANDOM_ALIASES)
    results = matcher.match(parts[0], summary)
    text = field_texts(parts[0], summary)[1]
    for result in results:
        assert result == matcher.explain(result.indicator_id, parts[0], summary).result
        for hit in result.hits:
            if hit.field == "summary":
                assert 0 <= hit.start < hit.end <= len(text)


def test_rules_of_one_shape_keep_their_own_terms() -> None:
    """Rules compiled from one shape share code, never each other's terms."""
    rules = [IndicatorRule(f"r{i}", f"w{i} AND (x{i} OR y{i}) NOT z{i}") for i in range(50)]
    matcher = Matcher(rules)
    assert matcher.matching_ids("w7 y7", "") == ["r7"]
    assert matcher.matching_ids("w7 y8 x9", "") == []
    assert matcher.matching_ids("w7 y7 z7", "") == []
    (result,) = matcher.match("w3 and x3", "")
    assert [h.term for h in result.hits] == ["w3", "x3"]


def test_near_in_a_long_text_keeps_the_first_occurrences_like_explain() -> None:
    """More NEAR occurrences than are kept: the fast path and explain() keep the same,
    first ones (found by Hypothesis: the fast path once kept them by term, not place)."""
    rules = _valid_rules([_near(["s", "@cn"], 1)])
    summary = ("china  00000000000000000:S:HONG:KONG:BASED:КИТАИ000000000:S:S. ") * 40
    matcher = Matcher(rules, RANDOM_ALIASES)
    (result,) = matcher.match("china ", summary)
    assert result == matcher.explain(result.indicator_id, "china ", summary).result
    starts = [h.start for h in result.hits]
    assert starts == sorted(starts)
    assert sum(h.term == "Hong Kong-based" for h in result.hits) > 2


def test_a_term_written_twice_is_labelled_as_first_written_on_every_path() -> None:
    """Found by Hypothesis: "china OR CHINA" is one term written twice; the fast path
    and explain() once labelled its hit differently."""
    matcher = Matcher(_valid_rules(["NOT NOT (china OR CHINA)"]), RANDOM_ALIASES)
    (result,) = matcher.match("", "china ")
    assert result == matcher.explain(result.indicator_id, "", "china ").result
    assert [h.term for h in result.hits] == ["china"]


def test_each_rule_labels_its_hits_as_it_writes_the_term() -> None:
    """Rules writing a term alike share one label table; a rule writing it otherwise
    keeps its own spelling, on the fast path and in explain() alike."""
    rules = [
        IndicatorRule("first", "China AND sanctions"),
        IndicatorRule("same", "China AND tariffs"),
        IndicatorRule("other", 'CHINA AND "export controls"'),
    ]
    matcher = Matcher(rules)
    text = "China answers sanctions, tariffs and export controls"
    results = {r.indicator_id: r for r in matcher.match(text)}
    labels = {i: sorted({h.term for h in r.hits}) for i, r in results.items()}
    assert labels == {
        "first": ["China", "sanctions"],
        "same": ["China", "tariffs"],
        "other": ['"export controls"', "CHINA"],  # a phrase is labelled as written
    }
    for indicator_id, result in results.items():
        assert matcher.explain(indicator_id, text).result == result


_CJK_NEWS_WORDS = [
    "中国",
    "演习",
    "俄",
    "国防部",
    "ロシア",
    "の",
    "ー",
    "한국",
    "abc",
    "Москва",
    "é",
]
_CJK_NEWS_SEPARATORS = ["", " ", "  ", "。", "、", "“", "「", "」", "：", ", ", "・", "(", " — "]
cjk_text_st = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_CJK_NEWS_WORDS), st.text(max_size=3)),
        st.sampled_from(_CJK_NEWS_SEPARATORS),
    ),
    max_size=15,
).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=500)
@given(st.one_of(cjk_text_st, st.text(max_size=60)))
# Hangul jamo and CJK radicals (below U+3000) are CJK letters too; their UTF-8 lead
# bytes are those of common punctuation (Hypothesis found '0ᄀ').
@example("0ᄀ")
@example("Sejong ᄒᆞᆫ글 — “x”")
def test_the_word_map_table_puts_every_word_where_it_is(text: str) -> None:
    """Hits are mapped through the table of separators collapsed and of spaces put
    between CJK letters: every canonical word maps to its span in the folded text."""
    folded, _, canonical = fold_canonical(text)
    word_map = _WordMap(folded, None, canonical)
    if word_map.runs is None:  # rarer punctuation: words are found one by one
        assume(False)
    spans = []
    position = 0
    for word in canonical.split(" ") if canonical else []:
        spans.append(word_map.span(None, 0, position, position + len(word)))  # type: ignore[arg-type]
        position += len(word) + 1
    assert spans == word_spans(folded)


@pytest.mark.parametrize(
    "text", ["中国国防部：“演习”。", "Russia 和中国 drills、演习", "ロシアの演習ー「中国」", "中"]
)
def test_cjk_text_with_common_punctuation_gets_a_table(text: str) -> None:
    """Text in CJK scripts maps its hits through the table, not word by word."""
    folded, _, canonical = fold_canonical(text)
    assert _WordMap(folded, None, canonical).runs is not None
