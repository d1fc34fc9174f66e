"""When two items are the same story: the same canonical link, or the same title once
publisher tags, case, accents and punctuation are set aside (compared across feeds).

Pure: strings in, keys out. Keys are stored on each delivery, so the store finds an
earlier alert of the same story with an equality test.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

from storage.deliveries import Story

# Query parameters that track a click rather than name a page.
_TRACKING = re.compile(
    r"^(utm_\w+|mc_\w+|pk_\w+|fbclid|gclid|dclid|msclkid|yclid|igshid|ocid|cmpid|"
    r"ref|ref_src|smid|sr_share|at_medium|at_campaign|at_custom\d*|__twitter_impression)$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+[-|–—•·]\s+")
_LABELS = re.compile(
    r"^\s*(breaking|exclusive|update|updated|live|watch|video|analysis|opinion|"
    r"explainer|factbox|urgent)\s*[:|-]\s*",
    re.IGNORECASE,
)
MIN_TITLE_WORDS = 4  # shorter titles ("Daily briefing") are too generic to be one story
MAX_TAG_WORDS = 4  # a " - Reuters"-like trailer is at most this long


def canonical_link(url: str | None) -> str | None:
    """``https://www.Example.org/a/?utm_source=x#top`` → ``example.org/a``; None for
    anything that is not an absolute http(s) URL."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    for prefix in ("www.", "m.", "amp."):
        host = host.removeprefix(prefix)
    path = re.sub(r"/+", "/", parts.path or "/")
    path = re.sub(r"/amp/?$|\.amp$", "", path).rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k))
    return host + path + (f"?{urlencode(query)}" if query else "")


def title_key(title: str | None) -> str | None:
    """The title as a comparable key: folded, labels ("Exclusive:") and a short
    publisher trailer (" - Reuters", " | AP") removed, words only. None when fewer than
    four words remain."""
    if not title:
        return None
    text = unicodedata.normalize("NFKC", title).strip()
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
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = re.findall(r"\w+", folded)
    if len(words) < MIN_TITLE_WORDS:
        return None
    return " ".join(words)


def story_of(title: str, link: str | None) -> Story:
    return Story(canonical_link(link), title_key(title))
