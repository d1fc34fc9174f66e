"""Text normalisation shared by matching, extraction and the watcher.

Pure functions: strings in, strings out. Every piece of text that is matched
goes through :func:`item_text` (HTML stripped, whitespace folded) and then
:func:`fold` (case, width and accent folded), so queries and items are always
compared in the same form. :func:`words` then splits folded text into the words
that queries are matched against.
"""

from __future__ import annotations

import hashlib
import html
import operator
import re
import unicodedata
from collections.abc import Iterator

import nh3

# Block-level tags whose boundaries must not glue words together once tags go.
_BLOCK = re.compile(
    r"(?i)<\s*/?\s*(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article)\b[^>]*>"
)

_SURROGATES = re.compile("[\ud800-\udfff]")

# Scripts written without spaces between words (Han, Hiragana, Katakana) and
# Hangul: every character is its own word, so a term in them matches anywhere.
CJK_RANGES = (
    "\u1100-\u11ff\u2e80-\u2fff\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c"
    "\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312f\u3131-\u318e\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uff9f"
    "\U00016fe0-\U00016fff\U0001b000-\U0001b2ff\U00020000-\U0003ffff"
)
_CJK = re.compile(f"[{CJK_RANGES}]")
# A word: a run of letters/digits outside CJK, or one CJK letter. Underscore,
# apostrophes, hyphens and all punctuation separate words.
_WORD = re.compile(f"[^\\W_{CJK_RANGES}]+|(?=[^\\W_])[{CJK_RANGES}]")

# Letters that Unicode does not decompose but readers treat as accented Latin.
_EXTRA_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe"}
)
# Characters with combining class 0 that canonically compose with the character
# before them (Hangul jamo, some Indic vowel signs): they must be folded together
# with that character. Generated from unicodedata 14; tests check the table.
COMPOSING_SECONDS = (
    "\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf"
    "\u0ddf\u0fb5\u0fb7\u102e\u1161-\u1175\u11a8-\u11c2\u1b35\U00011127\U0001133e"
    "\U00011357\U000114b0\U000114ba\U000114bd\U000115af\U00011930"
)
_SECONDS = re.compile(f"[{COMPOSING_SECONDS}]")


# Combining classes that are not accents: kana voicing marks (8: か+゙ = が) and
# viramas (9, which form Indic conjuncts). Removing them would merge words.
_KEPT_CLASSES = (0, 8, 9)


# The str.translate tables below are filled lazily, one entry per code point seen
# (building them in full would scan all of Unicode at import). Hostile text could
# show us every code point, so each table stops caching at this size.
_TABLE_LIMIT = 50_000


class _CombiningStrip(dict[int, int | None]):
    """str.translate table deleting combining marks (accents)."""

    def __missing__(self, cp: int) -> int | None:
        value = None if unicodedata.combining(chr(cp)) not in _KEPT_CLASSES else cp
        if len(self) < _TABLE_LIMIT:
            self[cp] = value
        return value


class _CharFold(dict[int, str]):
    """str.translate table: code point -> its fold."""

    def __missing__(self, cp: int) -> str:
        value = _fold_general(chr(cp))
        if len(self) < _TABLE_LIMIT:
            self[cp] = value
        return value


class _Irregular(dict[int, int | None]):
    """str.translate table keeping only characters that do not fold to exactly
    one character on their own (ß, ligatures, combining marks, jamo)."""

    def __missing__(self, cp: int) -> int | None:
        ch = chr(cp)
        regular = (
            len(_CHAR_FOLD[cp]) == 1 and not unicodedata.combining(ch) and not _SECONDS.match(ch)
        )
        value = None if regular else cp
        if len(self) < _TABLE_LIMIT:
            self[cp] = value
        return value


class _WordChars(dict[int, int | str]):
    """str.translate table for :func:`words`: letters and digits stay, CJK letters
    get a space on each side, everything else becomes a space."""

    def __missing__(self, cp: int) -> int | str:
        ch = chr(cp)
        value: int | str = " "
        if ch.isalnum():  # exactly regex [^\W_]
            value = f" {ch} " if _CJK.match(ch) else cp
        if len(self) < _TABLE_LIMIT:
            self[cp] = value
        return value


_STRIP = _CombiningStrip()
_CHAR_FOLD = _CharFold()
_IRREGULAR = _Irregular()
_WORD_CHARS = _WordChars()
_CLUSTER_CACHE: dict[str, str] = {}


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace (including NBSP and newlines) to one space; strip ends."""
    # str.split() splits on exactly the characters regex \s matches (str.isspace), in C.
    return " ".join(text.split())


def strip_html(markup: str) -> str:
    """Return the visible text of an HTML fragment: tags, scripts and styles removed,
    entities decoded, whitespace normalised. Safe on hostile input (uses nh3/ammonia)."""
    if not markup:
        return ""
    if "<" not in markup and "&" not in markup:
        return normalize_whitespace(markup)
    spaced = _BLOCK.sub(" ", markup)
    try:
        cleaned = nh3.clean(spaced, tags=set(), attributes={}, strip_comments=True)
    except UnicodeEncodeError:
        # Lone surrogates (e.g. from a JSON feed's "\ud800") cannot cross into Rust.
        spaced = _SURROGATES.sub("\ufffd", spaced)
        cleaned = nh3.clean(spaced, tags=set(), attributes={}, strip_comments=True)
    return normalize_whitespace(html.unescape(cleaned))


def item_text(title: str | None, summary: str | None, content: str | None = None) -> str:
    """The text of a feed item as matched: title, summary and content (when it adds
    something), HTML stripped, joined by ' . ' so phrases never span fields."""
    parts: list[str] = []
    for part in (title, summary, content):
        if part:
            plain = strip_html(part)
            if plain and plain not in parts and not any(plain in p for p in parts):
                parts.append(plain)
    return " . ".join(parts)


def _fold_general(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return unicodedata.normalize("NFC", decomposed.translate(_STRIP)).translate(_EXTRA_FOLD)


def fold(text: str) -> str:
    """Case-, width- and accent-fold text for matching.

    NFKC (full-width → ASCII, ligatures split), casefold (ß → ss), then combining
    marks removed (é → e, ё → е, й → и; kana voicing marks and viramas are kept as
    they change the letter, not its accent), and a few Latin letters Unicode does
    not decompose mapped to their base (ł → l, ø → o, đ → d, æ → ae, œ → oe).
    Length may change; callers that need offsets into the original use
    :func:`fold_with_offsets`.
    """
    if text.isascii():
        return text.lower()
    return fold_words(text)[0]


def fold_words(text: str) -> tuple[str, bool, list[str]]:
    """``(fold(text), one_to_one, words(fold(text)))`` in one pass. ``one_to_one``
    is true when folded character i comes from original character i for every i
    (then :func:`fold_map` would return ``None`` offsets)."""
    folded, one_to_one, canon = fold_canonical(text)
    return folded, one_to_one, canon.split(" ") if canon else []


def fold_canonical(text: str) -> tuple[str, bool, str]:
    """``(fold(text), one_to_one, canonical)`` where ``canonical`` is
    ``" ".join(words(fold(text)))``: the words separated by single spaces, which
    is what the matching engine scans. See :func:`fold_words` for ``one_to_one``."""
    if text.isascii():
        folded = text.lower()
        return folded, True, _single_spaced(folded.translate(_WORD_CHARS))
    # Most non-ASCII text is mostly ASCII words (English with a curly quote or a foreign
    # name): in its UTF-8 bytes, the chunks between spaces with a byte >= 0x80 are found
    # with C-level searches, each folded on its own (and cached), and the rest is lowered
    # and spaced in bulk. Lowering never makes or removes a space, so chunks line up.
    data = text.encode("utf-8", "surrogatepass")
    marked = data.translate(_MARK_NON_ASCII)
    find, rfind = marked.find, marked.rfind
    plain: list[bytes] = []  # the ASCII stretches between foreign chunks
    parts: list[tuple[str, bool, str]] = []  # each foreign chunk's fold
    cached = _CHUNK_CACHE.get
    pos, size = 0, len(data)
    at = find(b"\x80")
    while at >= 0:
        start = rfind(b" ", 0, at) + 1
        end = find(b" ", at)
        if end < 0:
            end = size
        plain.append(data[pos:start])
        chunk = data[start:end].decode("utf-8", "surrogatepass")
        parts.append(cached(chunk) or _fold_chunk(chunk))
        pos = end
        at = find(b"\x80", end)
    plain.append(data[pos:])
    out = plain + plain[:-1]  # the right length; the slices below set every entry
    out[0::2] = plain
    # The ASCII stretches' punctuation becomes spaces (the chunks' words are spaced already).
    out[1::2] = [part[2].encode("utf-8", "surrogatepass") for part in parts]
    canonical = _single_spaced_bytes(b"".join(out).translate(_ASCII_WORDS))
    out[1::2] = [part[0].encode("utf-8", "surrogatepass") for part in parts]
    # bytes.lower() changes only A-Z: the folded chunks have none left.
    folded_utf8 = b"".join(out).lower()
    return (
        folded_utf8.decode("utf-8", "surrogatepass"),
        all(map(_SECOND, parts)),
        canonical.decode("utf-8", "surrogatepass"),
    )


_MARK_NON_ASCII = bytes(range(128)) + b"\x80" * 128  # every byte >= 0x80 becomes 0x80


def _single_spaced_bytes(spaced: bytes) -> bytes:
    """:func:`_single_spaced` on UTF-8 (cheaper there than on a wide string)."""
    while b"  " in spaced:
        spaced = spaced.replace(b"   ", b" ").replace(b"  ", b" ")
    return spaced.strip(b" ")


def _single_spaced(spaced: str) -> str:
    """Collapse runs of spaces (left where punctuation was) and strip the ends:
    a few C-level replaces beat splitting into words and joining them again."""
    while "  " in spaced:
        spaced = spaced.replace("   ", " ").replace("  ", " ")
    return spaced.strip(" ")


# In non-ASCII text, the space-separated chunks with non-ASCII characters are folded
# one at a time (U+0020 folds to itself and never combines with a neighbour, so this
# equals folding the whole), and short ones are cached: news text repeats its words,
# and Unicode normalisation is slow compared to a dictionary lookup. A chunk's entry
# is (folded, one_to_one, its words joined by single spaces).
_CHUNK_CACHE: dict[str, tuple[str, bool, str]] = {}
_CHUNK_CACHE_LIMIT = 10_000  # ~2.5 MB: the common words of a few languages
_CHUNK_MAX_CACHED = 40
_SECOND = operator.itemgetter(1)


def _fold_chunk(chunk: str) -> tuple[str, bool, str]:
    cached = _CHUNK_CACHE.get(chunk)
    if cached is not None:
        return cached
    if chunk.isascii():
        folded, regular = chunk.lower(), True
    else:
        folded = _fold_general(chunk)
        regular = not chunk.translate(_IRREGULAR)
    result = (folded, regular, _single_spaced(folded.translate(_WORD_CHARS)))
    if len(chunk) <= _CHUNK_MAX_CACHED and len(_CHUNK_CACHE) < _CHUNK_CACHE_LIMIT:
        _CHUNK_CACHE[chunk] = result
    return result


def fold_map(text: str) -> tuple[str, list[int] | None]:
    """Like :func:`fold_with_offsets`, but returns ``None`` for the offsets when
    every folded character comes from the original character at the same index
    (the common case; it saves building an identity list)."""
    folded, one_to_one, _ = fold_words(text)
    if one_to_one:
        return folded, None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        # A cluster: one character and the marks/jamo that fold together with it.
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or _SECONDS.match(text[j])):
            j += 1
        cluster = text[i:j]
        folded_cluster = _CLUSTER_CACHE.get(cluster)
        if folded_cluster is None:
            folded_cluster = fold(cluster)
            if len(_CLUSTER_CACHE) < _TABLE_LIMIT:
                _CLUSTER_CACHE[cluster] = folded_cluster
        out.append(folded_cluster)
        offsets.extend([i] * len(folded_cluster))
        i = j
    return "".join(out), offsets


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` like :func:`fold` and return, for each folded character, the
    index of the original character it came from (so hits map back to the source).
    A character that folds together with following combining marks maps to the
    index of the first of them."""
    folded, offsets = fold_map(text)
    if offsets is None:
        offsets = list(range(len(folded)))
    return folded, offsets


def cluster_end(text: str, end: int) -> int:
    """Move ``end`` (an exclusive index into ``text``) past any combining marks or
    composing jamo that belong to the character before it, so a slice never
    separates a letter from its accents."""
    n = len(text)
    if end >= n or text[end] < "\u0300":  # nothing below U+0300 combines
        return end
    while end < n and (unicodedata.combining(text[end]) or _SECONDS.match(text[end])):
        end += 1
    return end


def words(folded: str) -> list[str]:
    """Split folded text into words: maximal runs of letters and digits, except that
    each CJK (Han, Kana, Hangul) character is a word of its own. Apostrophes,
    hyphens, underscores and other punctuation separate words."""
    return folded.translate(_WORD_CHARS).split()


def word_spans(folded: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every word :func:`words` returns, in order."""
    return list(iter_word_spans(folded))


def iter_word_spans(folded: str) -> Iterator[tuple[int, int]]:
    """Like :func:`word_spans`, lazily (callers often need only the first few)."""
    return map(re.Match.span, _WORD.finditer(folded))


def is_cjk(word: str) -> bool:
    """True if ``word`` contains a character of a script matched without word
    boundaries (Han, Hiragana, Katakana, Hangul)."""
    return _CJK.search(word) is not None


def sha256_text(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def words_spaced(folded: str) -> str:
    """``folded`` with every character that is not part of a word replaced by a
    space, and a space either side of each CJK letter: :func:`words` is its
    ``split()``. Same length as ``folded`` unless it contains CJK letters."""
    return folded.translate(_WORD_CHARS)


# ASCII letters lowered, digits kept, every other byte a space: fold and then
# words_spaced, for ASCII text (bytes.translate is several times faster than
# str.translate with a mapping).
_ASCII_WORDS = bytes(ord(chr(c).lower()) if chr(c).isalnum() else 32 for c in range(128)) + bytes(
    range(128, 256)
)


# Punctuation outside ASCII that news text is full of, as it is after folding (NFKC has
# already made a no-break space a space, "…" three dots and full-width forms ASCII).
_COMMON_SEPARATORS = "’‘“”„—–«»"
# The same for text in CJK scripts (NFKC leaves these as they are).
_CJK_SEPARATORS = "。、「」『』【】《》〈〉〔〕・〜"
# Every byte but the lead bytes of UTF-8 characters from U+3000 to U+DFFF and beyond
# U+FFFF: where the letters of CJK_RANGES mostly are (a filter, not a test).
_NOT_CJK_LEADS = bytes(b for b in range(256) if not (0xE3 <= b <= 0xED or b >= 0xF0))
# A run of CJK letters in text whose other non-word characters are spaces.
CJK_RUN = re.compile(f"[{CJK_RANGES}]+")


def words_spaced_in_place(folded: str, canonical: str) -> tuple[str, bool] | None:
    """``(spaced, cjk)``: ``folded`` with every character outside its words replaced
    by a space, so that its words are at the same positions (``cjk`` is false when
    there are certainly no CJK letters). Its runs of non-spaces are the words of
    ``canonical`` (``fold_canonical(text)[2]`` of the text folded to ``folded``),
    except that a run of CJK letters is one word per letter. ``None`` where that
    takes more than cheap C-level passes: after rarer punctuation."""
    data = folded.encode("utf-8", "surrogatepass")
    # Bytes >= 0x80 stay as they are: every character keeps its length.
    spaced = data.translate(_ASCII_WORDS).decode("utf-8", "surrogatepass")
    for separator in _COMMON_SEPARATORS:
        if separator in spaced:
            spaced = spaced.replace(separator, " ")
    # A quick "no", in C-level passes. The CJK_RANGES letters below U+3000 (Hangul
    # jamo, CJK radicals) have the lead bytes E1 and E2 of common punctuation, so the
    # ranges are searched only when such a byte occurs.
    cjk = bool(data.translate(None, _NOT_CJK_LEADS)) or (
        (b"\xe1" in data or b"\xe2" in data) and _CJK.search(spaced) is not None
    )
    if cjk:
        for separator in _CJK_SEPARATORS:
            if separator in spaced:
                spaced = spaced.replace(separator, " ")
    # Only characters outside words were replaced, so if as many characters are left
    # as the words have, every character left is a word's, where it was.
    if len(spaced) - spaced.count(" ") != len(canonical) - canonical.count(" "):
        return None
    return spaced, cjk


def ascii_words_spaced(text: str) -> str:
    """``words_spaced(fold(text))`` for ASCII ``text``."""
    return text.encode("ascii").translate(_ASCII_WORDS).decode("ascii")


def canonical_ascii(text: str) -> tuple[str, str]:
    """``(words_spaced(fold(text)), fold_canonical(text)[2])`` for ASCII ``text``,
    computed faster."""
    spaced = ascii_words_spaced(text)
    return spaced, _single_spaced(spaced)
