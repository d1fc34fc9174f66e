"""When two items are the same story for alerting: the same canonical link, or the
same title once publisher tags, case, accents and punctuation are set aside (compared
across feeds).

The keys come from :mod:`indicators.stories`, the one canonicalisation of links and
titles in the project. Keys are stored on each delivery, so the store finds an
earlier alert of the same story with an equality test.
"""

from __future__ import annotations

from indicators.stories import canonical_url, title_key
from storage.deliveries import Story

canonical_link = canonical_url  # the name alert code and its tests know

__all__ = ["canonical_link", "story_of", "title_key"]


def story_of(title: str, link: str | None) -> Story:
    return Story(canonical_url(link), title_key(title))
