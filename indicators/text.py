"""Text normalisation shared by matching, extraction and the watcher.

Pure functions: strings in, strings out. Every piece of text that is matched
goes through :func:`item_text` (HTML stripped, whitespace folded) and then
:func:`fold` (case, width and accent folded), so queries and items are always
compared in the same form.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

import nh3

_WS = re.compile(r"\s+")
# Block-level tags whose boundaries must not glue words together once tags go.
_BLOCK = re.compile(r"(?i)<\s*/?\s*(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article)\b[^>]*>")


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace (including NBSP and newlines) to one space; strip ends."""
    return _WS.sub(" ", text).strip()


def strip_html(markup: str) -> str:
    """Return the visible text of an HTML fragment: tags, scripts and styles removed,
    entities decoded, whitespace normalised. Safe on hostile input (uses nh3/ammonia)."""
    if not markup:
        return ""
    if "<" not in markup and "&" not in markup:
        return normalize_whitespace(markup)
    spaced = _BLOCK.sub(" ", markup)
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


def fold(text: str) -> str:
    """Case-, width- and accent-fold text for matching.

    NFKC (full-width → ASCII, ligatures split), casefold (ß → ss), then combining
    marks removed (é → e, ё → е, й → и). Length may change; callers that need
    offsets into the original use :func:`fold_with_offsets`.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` like :func:`fold` and return, for each folded character, the
    index of the original character it came from (so hits map back to the source)."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            # Fast path: ASCII folds to its lower case, one to one.
            out.append(ch.lower())
            offsets.append(i)
            continue
        folded = fold(ch)
        out.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(out), offsets


def sha256_text(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
