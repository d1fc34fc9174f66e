"""Text normalisation: folding, offsets back to the original, word splitting."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import indicators.text as text_module
from indicators.text import (
    CJK_RANGES,
    COMPOSING_SECONDS,
    cluster_end,
    fold,
    fold_canonical,
    fold_map,
    fold_with_offsets,
    fold_words,
    is_cjk,
    item_text,
    normalize_whitespace,
    sha256_text,
    strip_html,
    word_spans,
    words,
    words_spaced_in_place,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("NATO", "nato"),
        ("Ｓａｎｃｔｉｏｎｓ ＮＡＴＯ", "sanctions nato"),  # full-width
        ("Crème brûlée", "creme brulee"),
        ("e\u0301te\u0301", "ete"),  # decomposed accents
        ("Straße STRASSE ẞ", "strasse strasse ss"),
        ("ﬁnance ﬂag", "finance flag"),  # ligatures
        ("Łódź Gdańsk ŻÓŁW", "lodz gdansk zolw"),
        ("Ελλάδα ΣΊΣΥΦΟΣ ς", "ελλαδα σισυφοσ σ"),
        ("Ёлка Йошкар-Ола САНКЦИЙ", "елка иошкар-ола санкции"),
        ("Øresund Æther Œuvre", "oresund aether oeuvre"),
        ("中国 ｶﾀｶﾅ 한국", "中国 カタカナ 한국"),  # half-width katakana widened
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold_with_offsets(text)[0] == folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hong Kong-based", ["hong", "kong", "based"]),
        ("nato’s NATO's", ["nato", "s", "nato", "s"]),
        ("S-300/HQ-9, Su-27", ["s", "300", "hq", "9", "su", "27"]),
        ("snake_case 1.5", ["snake", "case", "1", "5"]),
        ("在中国的 china中国", ["在", "中", "国", "的", "china", "中", "国"]),
        ("カタカナ・ひらがな", ["カ", "タ", "カ", "ナ", "ひ", "ら", "が", "な"]),
        ("한국어 텍스트", ["한", "국", "어", "텍", "스", "트"]),
        ("санкции, санкций", ["санкции", "санкции"]),
        ("  ... --- ", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    folded = fold(text)
    assert words(folded) == expected
    assert [folded[s:e] for s, e in word_spans(folded)] == expected


@pytest.mark.parametrize(
    ("word", "cjk"),
    [("中", True), ("カ", True), ("ひ", True), ("한", True), ("china", False), ("китай", False)],
)
def test_is_cjk(word: str, cjk: bool) -> None:
    assert is_cjk(word) is cjk


@pytest.mark.parametrize(
    ("text", "index_of_folded_char"),
    [
        ("abc", [0, 1, 2]),
        ("Straße", [0, 1, 2, 3, 4, 4, 5]),  # ß -> ss: both map to index 4
        ("e\u0301x", [0, 2]),  # the accent folds away with its letter
        ("ﬁx", [0, 0, 1]),
        ("Æb", [0, 0, 1]),
    ],
)
def test_fold_offsets(text: str, index_of_folded_char: list[int]) -> None:
    assert fold_with_offsets(text)[1] == index_of_folded_char


def test_fold_map_identity_offsets_mean_one_to_one() -> None:
    assert fold_map("Ёлка NATO") == ("елка nato", None)
    assert fold_map("Straße")[1] is not None


def test_cluster_end_keeps_accents_with_their_letter() -> None:
    assert cluster_end("e\u0301\u0327x", 1) == 3
    assert cluster_end("ex", 1) == 1
    assert cluster_end("e", 1) == 1


@settings(max_examples=300)
@given(st.text())
def test_fold_with_offsets_agrees_with_fold(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)
    assert all(0 <= o < len(text) for o in offsets)


@settings(max_examples=300)
@given(st.text())
def test_fold_words_and_canonical_agree_with_fold_and_words(text: str) -> None:
    folded, one_to_one, found = fold_words(text)
    assert folded == fold(text)
    assert found == words(folded)
    assert fold_canonical(text) == (folded, one_to_one, " ".join(found))
    offsets = fold_with_offsets(text)[1]
    if one_to_one:
        assert offsets == list(range(len(text)))
    assert (fold_map(text)[1] is None) == one_to_one


_KEPT_CLASSES = (0, 8, 9)  # kana voicing marks and viramas change the letter: kept


def _reference_fold(text: str) -> str:
    """The whole text through the pipeline :func:`fold` documents, at once."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    stripped = "".join(c for c in decomposed if unicodedata.combining(c) in _KEPT_CLASSES)
    extra = str.maketrans(
        {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe"}
    )
    return unicodedata.normalize("NFC", stripped).translate(extra)


# News text as feeds carry it: mostly ASCII words, now and then one in another script
# (folded a chunk at a time, the ASCII in bulk), with punctuation and odd spacing.
_mixed_words = st.one_of(
    st.from_regex(r"[A-Za-z0-9'.,;:!?()-]{1,12}", fullmatch=True),
    st.from_regex(r"[A-Za-z]{0,3}", fullmatch=True).map(lambda w: w + "é"),
    st.sampled_from(
        [
            "Москва,",
            "ЁЛКА",
            "中国",
            "(北约)",
            "Straße",
            "ﬁnance",
            "İstanbul",
            "«ΣΊΣΥΦΟΣ»",
            "China’s",
            "“Quoted”",
            "a\ud800b",  # a lone surrogate, as a broken feed can carry
        ]
    ),
    st.text(min_size=1, max_size=4),
)
_mixed_text = st.lists(
    st.tuples(_mixed_words, st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", ""])),
    max_size=30,
).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=400)
@given(st.one_of(st.text(), _mixed_text))
def test_fold_is_the_documented_pipeline_on_the_whole_text(text: str) -> None:
    assert fold(text) == _reference_fold(text)
    folded, one_to_one, canonical = fold_canonical(text)
    assert folded == _reference_fold(text)
    assert canonical == " ".join(words(folded))
    assert (fold_map(text)[1] is None) == one_to_one


def _words_in_place(spaced: str) -> list[tuple[int, int]]:
    """The words of ``spaced`` by position: its runs of non-spaces, CJK letters one each."""
    out: list[tuple[int, int]] = []
    for m in re.finditer("[^ ]+", spaced):
        for w in re.finditer(f"[{CJK_RANGES}]|[^{CJK_RANGES}]+", m.group()):
            out.append((m.start() + w.start(), m.start() + w.end()))
    return out


@settings(max_examples=400)
@given(st.one_of(st.text(), _mixed_text))
def test_words_spaced_in_place_keeps_every_word_where_it_is(text: str) -> None:
    """The engine maps hits through it: when it answers, its runs of non-spaces (CJK
    letters one by one) are exactly the words :func:`word_spans` finds, at the same
    offsets, and it says if it may have CJK letters."""
    folded, _, canonical = fold_canonical(text)
    found = words_spaced_in_place(folded, canonical)
    if found is not None:
        spaced, cjk = found
        assert len(spaced) == len(folded)
        assert _words_in_place(spaced) == word_spans(folded)
        assert cjk or not re.search(f"[{CJK_RANGES}]", folded)


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("China’s “drills” — «учения» near Łódź, 2026…", True),  # the common punctuation
        ("Санкции против китайских компаний.", True),
        ("a\ud800b c", False),  # a lone surrogate separates words, and is left in place
        ("中国的“演习”。俄方、中方", True),  # every CJK letter is a word of its own
        ("「中国」の演習・日本語", True),
        ("Arms © 2026", False),  # rarer punctuation: found word by word instead
    ],
)
def test_words_spaced_in_place_answers_for_common_text(text: str, answers: bool) -> None:
    folded, _, canonical = fold_canonical(text)
    found = words_spaced_in_place(folded, canonical)
    assert (found is not None) is answers
    if found is not None:
        assert _words_in_place(found[0]) == word_spans(folded)


def test_a_long_run_of_english_does_not_crowd_other_scripts_out_of_the_fold_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text_module, "_CHUNK_CACHE", {})
    # Only chunks with non-ASCII characters are cached (ASCII ones fold by lower()),
    # so a daemon that has read a lot of English still folds Russian from the cache.
    english = " ".join(f"word{i}, é" for i in range(30_000))
    fold_canonical(english)
    assert fold_canonical("Минобороны России сообщило") == (
        "минобороны россии сообщило",
        True,
        "минобороны россии сообщило",
    )
    assert text_module._CHUNK_CACHE.get("России") == ("россии", True, "россии")


@pytest.mark.parametrize(
    "text",
    [
        "Санкции против китайских компаний. " * 3,
        "Mostly ASCII, with one Китай word and Straße",
        "  leading and trailing  spaces  ",
        "中国的 演习 — 2026",
        "e\u0301 \u0301 ﬁ",
    ],
)
def test_chunked_folding_equals_whole_text_folding(text: str) -> None:
    folded, _, found = fold_words(text)
    assert folded == fold_with_offsets(text)[0]
    assert found == words(folded)


_TRICKY = list("eEiIıİßẞæÆłŁﬁ\u0301\u0308\u0327\u0345\u1100\u1161\u11a8\uac00\u09c7\u09be ΣσςΐΰǅÅ")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_TRICKY), max_size=12).map("".join))
def test_fold_with_offsets_agrees_on_marks_and_jamo(text: str) -> None:
    assert fold_with_offsets(text)[0] == fold(text)


def test_composing_seconds_table_matches_unicodedata() -> None:
    """Characters of combining class 0 that compose with a previous character."""
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = [int(p, 16) for p in decomposition.split()]
            if len(parts) == 2 and unicodedata.combining(chr(parts[1])) == 0:
                seconds.add(parts[1])
    table = re.compile(f"[{COMPOSING_SECONDS}]")
    assert {cp for cp in seconds if table.match(chr(cp))} == seconds
    assert sum(1 for cp in range(0x110000) if table.match(chr(cp))) == len(seconds)


@pytest.mark.parametrize(
    ("markup", "plain"),
    [
        ("<p>Hello</p><p>world</p>", "Hello world"),
        ("a<br>b", "a b"),
        ("<script>alert(1)</script>text", "text"),
        ("Fish &amp; chips&nbsp;now", "Fish & chips now"),
        ("  many \n\t spaces ", "many spaces"),
        ("a < b", "a < b"),
        ("<b>\ud800</b>x", "\ufffdx"),  # a lone surrogate cannot reach nh3
        ("", ""),
    ],
)
def test_strip_html(markup: str, plain: str) -> None:
    assert strip_html(markup) == plain


def test_item_text_joins_fields_and_skips_repeats() -> None:
    assert item_text("Title", "<b>Summary</b>", "Summary") == "Title . Summary"
    assert item_text(None, "", None) == ""


def test_normalize_whitespace_and_hash() -> None:
    assert normalize_whitespace("a\u00a0 b\n") == "a b"
    assert sha256_text("abc").startswith("ba7816bf")
