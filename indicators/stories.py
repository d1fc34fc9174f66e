"""Stories: which items are one news story, and how many independent origins it has.

Pure: values in, a :class:`Decision` out. Storage keeps, for each item, its link key
(:func:`canonical_url`), its shingles (:func:`item_shingles`) and its sketch keys
(:func:`sketch_keys`); for a new item it fetches the items sharing its link key or a
sketch key, and :func:`decide` says which story the new item joins, why, and what its
origin is. See docs/stories.md for the method and the measured thresholds.

An item joins a story when, within :data:`DEFAULT_WINDOW` of an item already in it,
it has the same canonical link, or its folded title and summary share at least
:data:`JOIN_SIMILARITY` of their word 3-shingles (Jaccard). Its origin is the wire
agency it attributes itself to (``wire:reuters``); else, when its text is a
near-copy (:data:`COPY_SIMILARITY`) of an item of that story, that item's origin;
else its publisher (``site:bbc.co.uk``). A story's independent origins are the
distinct origins of its items (:func:`count_origins`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from indicators.links import canonical_url, registrable_domain
from indicators.text import fold, words
from indicators.wires import agency_name, strip_dateline, wire_origin

__all__ = [
    "COPY_SIMILARITY",
    "DEFAULT_WINDOW",
    "JOIN_SIMILARITY",
    "MIN_SHINGLES",
    "SHINGLE_WORDS",
    "Candidate",
    "Decision",
    "NewItem",
    "canonical_url",
    "count_origins",
    "decide",
    "item_shingles",
    "origin_of",
    "registrable_domain",
    "shingles",
    "similarity",
    "sketch_keys",
    "strip_title",
    "title_key",
    "wire_origin",
]

# Calibrated on real feed items and syndicated copies (docs/stories.md, "Figures").
JOIN_SIMILARITY = 0.4
COPY_SIMILARITY = 0.7
# Fewer shingles than this (a title of under five words and no summary) is too
# little text to call two items the same story by similarity alone.
MIN_SHINGLES = 3
DEFAULT_WINDOW = timedelta(hours=72)
SHINGLE_WORDS = 3  # words per shingle; CJK text counts each character as a word

# ---------------------------------------------------------------------------
# Titles

_SEPARATORS = re.compile(r"\s+[-|–—•·]\s+")
_LABELS = re.compile(
    r"^\s*(breaking|exclusive|update|updated|live|watch|video|analysis|opinion|"
    r"explainer|factbox|urgent)\s*[:|-]\s*",
    re.IGNORECASE,
)
MIN_TITLE_WORDS = 4  # shorter titles ("Daily briefing") are too generic to be one story
MAX_TAG_WORDS = 4  # a " - Reuters"-like trailer is at most this long


def strip_title(title: str) -> str:
    """The title without leading labels (``Exclusive:``, ``Update:``) and a short
    publisher trailer (`` - Reuters``, `` | BBC News``), as long as four words remain;
    runs of whitespace become one space."""
    # Whitespace collapsed first: the patterns below then never backtrack over a run.
    text = " ".join(unicodedata.normalize("NFKC", title).split())
    while True:
        stripped = _LABELS.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    segments = _SEPARATORS.split(text)
    if len(segments) > 1 and len(segments[-1].split()) <= MAX_TAG_WORDS:
        head = " - ".join(segments[:-1])
        if len(head.split()) >= MIN_TITLE_WORDS:
            text = head
    return text


def title_key(title: str | None) -> str | None:
    """The title as a comparable key: folded, labels and a publisher trailer removed
    (:func:`strip_title`), words only. None when fewer than four words remain."""
    if not title:
        return None
    folded = unicodedata.normalize("NFKD", strip_title(title).casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    found = re.findall(r"\w+", folded)
    if len(found) < MIN_TITLE_WORDS:
        return None
    return " ".join(found)


# ---------------------------------------------------------------------------
# Shingles and sketches

_MASK = (1 << 64) - 1


def _int64(digest: bytes) -> int:
    return int.from_bytes(digest, "big", signed=True)


_TOKEN_CACHE_LIMIT = 20_000  # ~2.5 MB: the common words; the rest are hashed each time


class _TokenHashes(dict[str, int]):
    """Token -> 64-bit BLAKE2b hash, filled on demand; stops caching at a size so
    hostile text cannot grow it without bound (as the fold tables in indicators.text)."""

    def __missing__(self, token: str) -> int:
        value = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "big")
        if len(self) < _TOKEN_CACHE_LIMIT:
            self[token] = value
        return value


_TOKEN_HASHES = _TokenHashes()
# Odd 64-bit multipliers that combine three word hashes into one shingle hash.
_K1, _K2 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
_HALF = 1 << 63


def shingles(text: str) -> frozenset[int]:
    """The word 3-shingles of ``text`` folded (:func:`indicators.text.fold`), each a
    signed 64-bit integer combined from the BLAKE2b hashes of its three words, so the
    same text gives the same shingles in every process and Python version. CJK
    characters are words of their own, so CJK text gets character 3-shingles. A text
    of one or two words is one shingle; no words, no shingles. Linear in the text."""
    hs = [_TOKEN_HASHES[t] for t in words(fold(text))]
    if not hs:
        return frozenset()
    if len(hs) < SHINGLE_WORDS:
        hs += [0] * (SHINGLE_WORDS - len(hs))
    # (a·K1 + b·K2 + c) mod 2⁶⁴, shifted into the signed range; inline for speed.
    triples = zip(hs, hs[1:], hs[2:], strict=False)
    return frozenset([((a * _K1 + b * _K2 + c + _HALF) & _MASK) - _HALF for a, b, c in triples])


def item_shingles(title: str | None, summary: str | None) -> frozenset[int]:
    """The shingles an item is compared by: its title without labels or publisher
    trailer, then its summary without a leading wire dateline (copies of one wire
    story differ most often there)."""
    parts = [strip_title(title) if title else "", strip_dateline(summary) if summary else ""]
    return shingles("\n".join(parts))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets, in [0, 1]; 0 when either is empty."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


SKETCH_BANDS = 16
SKETCH_ROWS = 2


def _permutations(n: int) -> tuple[tuple[int, int], ...]:
    out = []
    for i in range(n):
        seed = hashlib.blake2b(f"stories-minhash-{i}".encode(), digest_size=16).digest()
        out.append((int.from_bytes(seed[:8], "big"), int.from_bytes(seed[8:], "big") | 1))
    return tuple(out)


_PERMUTATIONS = _permutations(SKETCH_BANDS * SKETCH_ROWS)


# Long texts are sketched from a consistent sample of their shingles (those whose hash
# is 0 modulo 8), which keeps the cost linear with a small constant. A set of up to
# FULL_SKETCH_MAX shingles is sketched in full, one of at least SAMPLED_SKETCH_MIN from
# the sample, and one in between both ways: two sets with Jaccard >= JOIN_SIMILARITY
# differ in size by at most that factor, so they always have a sketch of the same kind.
FULL_SKETCH_MAX = 1024
SAMPLED_SKETCH_MIN = 400
SKETCH_SAMPLE = 8
assert SAMPLED_SKETCH_MIN <= JOIN_SIMILARITY * FULL_SKETCH_MAX


def _band_keys(hashes: list[int], k: int, kind: int) -> list[int]:
    mins = [
        min([((h ^ seed) * mult) & _MASK for h in hashes])
        for seed, mult in _PERMUTATIONS[: k * SKETCH_ROWS]
    ]
    keys = []
    for band in range(k):
        row = mins[band * SKETCH_ROWS : (band + 1) * SKETCH_ROWS]
        data = bytes((kind, band)) + b"".join(m.to_bytes(8, "big") for m in row)
        keys.append(_int64(hashlib.blake2b(data, digest_size=8).digest()))
    return keys


def sketch_keys(sh: frozenset[int], k: int = SKETCH_BANDS) -> list[int]:
    """MinHash LSH band keys of a shingle set: ``k`` bands (at most 16) of 2 min-hashes
    each, every band hashed to one signed 64-bit integer. Two sets share a band key
    with probability ``1 - (1 - J²)^k`` for Jaccard ``J``. With the default 16 bands,
    measured on 2,000 random set pairs per level (tests/test_stories_pure.py):
    93% at J = 0.4 (:data:`JOIN_SIMILARITY`), 99% at 0.5, 100% from 0.7; and 14% at
    J = 0.1, 4% at 0.05, so unrelated items rarely come back as candidates. Sets of
    over 1,024 shingles are sketched from one shingle in eight (chosen by hash, so
    alike in every set) and sets of 400 to 1,024 both ways (``2k`` keys); measured on
    500 pairs of 2,000-shingle sets: 94% at J = 0.4, 98% at 0.5, 15% at 0.1.
    Empty shingles have no keys."""
    if not sh:
        return []
    k = max(1, min(k, SKETCH_BANDS))
    keys = []
    if len(sh) <= FULL_SKETCH_MAX:
        keys += _band_keys([h & _MASK for h in sh], k, 0)
    if len(sh) >= SAMPLED_SKETCH_MIN:
        sample = [h & _MASK for h in sh if h % SKETCH_SAMPLE == 0]
        if sample:
            keys += _band_keys(sample, k, 1)
    return keys


# ---------------------------------------------------------------------------
# Deciding


@dataclass(frozen=True)
class NewItem:
    """The item being placed. ``item_id`` (when it is already stored) keeps it from
    joining itself if storage returns it among the candidates."""

    published: datetime  # UTC
    link: str | None
    feed_url: str | None
    title: str | None
    summary: str | None
    item_id: int | None = None


@dataclass(frozen=True)
class Candidate:
    """An item already in a story (or the new item itself), as storage retrieved it."""

    item_id: int
    story_id: int | None
    published: datetime  # UTC
    link_key: str | None  # canonical_url(link)
    shingles: frozenset[int]
    origin: str | None  # its origin key; None for the new item


@dataclass(frozen=True)
class Decision:
    """Where the new item goes and why: what storage records and ``watcher stories
    show`` explains."""

    story_id: int | None  # None: start a new story
    reason: str  # "first item" | "same link" | "similar text"
    score: float  # 1.0 for same link; the Jaccard for similar text; 0 for first
    joined_via: int | None  # the item_id it joined through
    origin: str  # "wire:reuters", "site:bbc.co.uk", or the origin of the item it copies
    origin_reason: str  # "wire attribution: Reuters" | "publisher bbc.co.uk" | "near-identical…"


FIRST_ITEM = "first item"
SAME_LINK = "same link"
SIMILAR_TEXT = "similar text"


def origin_of(
    title: str | None, summary: str | None, link: str | None, feed_url: str | None
) -> tuple[str, str]:
    """``(origin, reason)`` of an item on its own: the wire agency its title or
    summary attributes it to, else its publisher's registrable domain (from its link,
    else its feed's URL), else ``"unknown"``."""
    for text in (title, summary):
        found = wire_origin(text) if text else None
        if found:
            return f"wire:{found}", f"wire attribution: {agency_name(found)}"
    domain = registrable_domain(link) or registrable_domain(feed_url)
    if domain:
        return f"site:{domain}", f"publisher {domain}"
    return "unknown", "no publisher known"


def decide(
    new_item: NewItem,
    candidates: Sequence[Candidate],
    *,
    window: timedelta = DEFAULT_WINDOW,
    new_shingles: frozenset[int] | None = None,
) -> Decision:
    """Which story ``new_item`` joins, through which item, and its origin.

    Candidates outside ``window`` (either side of the new item's time), not in a
    story, or the new item itself are ignored. A candidate with the same link key
    scores 1.0; otherwise its score is the Jaccard of the shingles, and counts from
    :data:`JOIN_SIMILARITY`. The best score wins, ties to "same link" and then the
    earliest item id. ``new_shingles`` saves recomputing :func:`item_shingles` when
    the caller has them.
    """
    link_key = canonical_url(new_item.link)
    sh = (
        new_shingles
        if new_shingles is not None
        else item_shingles(new_item.title, new_item.summary)
    )
    scored: list[tuple[float, int, Candidate, float]] = []  # score, via link (0/1), cand, jaccard
    for c in candidates:
        if c.story_id is None or (new_item.item_id is not None and c.item_id == new_item.item_id):
            continue
        if abs(c.published - new_item.published) > window:
            continue
        jaccard = similarity(sh, c.shingles)
        if link_key is not None and c.link_key == link_key:
            scored.append((1.0, 0, c, jaccard))
        elif jaccard >= JOIN_SIMILARITY and min(len(sh), len(c.shingles)) >= MIN_SHINGLES:
            scored.append((jaccard, 1, c, jaccard))
    if not scored:
        origin, why = origin_of(new_item.title, new_item.summary, new_item.link, new_item.feed_url)
        return Decision(None, FIRST_ITEM, 0.0, None, origin, why)
    score, via_text, best, _ = min(scored, key=lambda s: (-s[0], s[1], s[2].item_id))
    story_id = best.story_id
    origin, why = origin_of(new_item.title, new_item.summary, new_item.link, new_item.feed_url)
    if not origin.startswith("wire:"):
        copies = [
            (-jaccard, c.item_id, c.origin)
            for _, _, c, jaccard in scored
            if c.story_id == story_id and c.origin and jaccard >= COPY_SIMILARITY
        ]
        if copies:
            closest, copied, origin = min(copies)
            why = f"near-identical to item {copied} ({-closest:.2f})"
    reason = SIMILAR_TEXT if via_text else SAME_LINK
    return Decision(story_id, reason, round(score, 4), best.item_id, origin, why)


def count_origins(origins: Iterable[str | None]) -> int:
    """How many independent origins a story has: its items' distinct origin keys
    (``wire:reuters`` reprinted by forty sites counts once)."""
    return len({o for o in origins if o})
