"""Draft queries and ids for indicators found in an analysis.

:func:`draft_query` turns one watch clause into a query in the query language
(``docs/queries.md``): the clause's named entities are required, its key noun phrases
are alternatives. Words the pack's alias lists already know ("Chinese", "Western
governments", "export controls") become ``@alias`` references, so a draft inherits the
pack's translations and variants. Without a part-of-speech model (none ships without a
model download) entities are capitalised runs and acronyms, and noun phrases are runs of
words that are neither function words nor common verbs; a draft is for an analyst to
review before ``watcher indicators enable``. Every draft parses with the aliases it was
made with (:func:`indicators.query.parse`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from indicators.query import QueryError, parse
from indicators.text import fold, words

FUNCTION_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "it", "their", "them", "they",
    "he", "she", "his", "her", "our", "we", "you", "i", "me", "my", "of", "in", "on", "at",
    "by", "for", "with", "from", "to", "into", "onto", "over", "under", "about", "against",
    "between", "among", "through", "during", "before", "after", "since", "until", "upon",
    "within", "without", "across", "along", "around", "behind", "beyond", "toward", "towards",
    "via", "per", "than", "as", "and", "or", "nor", "but", "so", "yet", "if", "whether", "how",
    "who", "whom", "whose", "which", "what", "when", "where", "why", "while", "because",
    "although", "though", "unless", "any", "some", "all", "each", "every", "both", "either",
    "neither", "no", "not", "only", "also", "just", "even", "more", "most", "less", "least",
    "much", "many", "few", "several", "other", "another", "such", "same", "own", "very",
    "quite", "rather", "further", "still", "already", "now", "then", "there", "here", "is",
    "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has",
    "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "ought", "exactly", "publicly", "quietly", "possibly", "likely", "new", "first",
    "second", "third", "one", "two", "three", "four", "five", "sign", "signs", "evidence",
    "indication", "indications", "side", "sides", "way", "ways", "part", "kind", "lot",
    "including", "proper", "resulting", "upcoming", "next", "last", "final", "likeliest",
    "unlikely",
    "scenario", "scenarios", "outcome", "outcomes", "question", "questions", "indicator",
    "indicators", "issue", "issues", "key", "case", "cases", "half", "quarter", "year", "years",
    "month", "months", "week", "weeks", "day", "days", "time", "times", "looking", "ahead",
    "expect", "expects", "expected", "anticipate", "anticipates", "anticipated", "include",
    "includes", "watch", "watching",
})  # fmt: skip
# Verbs common in analyses that are rarely the noun a query should look for.
COMMON_VERBS = frozenset({
    "reference", "references", "adjust", "adjusts", "expand", "expands", "publish", "publishes",
    "host", "hosts", "attend", "attends", "deny", "denies", "acknowledge", "acknowledges",
    "request", "requests", "move", "moves", "cross", "crosses", "mark", "marks", "train",
    "trains", "target", "targets", "become", "becomes", "became", "remain", "remains",
    "include", "includes", "show", "shows", "shown", "suggest", "suggests", "indicate",
    "indicates", "signal", "signals", "make", "makes", "made", "take", "takes", "took", "give",
    "gives", "gave", "use", "uses", "get", "gets", "got", "seek", "seeks", "sought", "continue",
    "continues", "begin", "begins", "began", "start", "starts", "end", "ends", "respond",
    "responds", "confirm", "confirms", "announce", "announces", "impose", "imposes", "follow",
    "follows", "lead", "leads", "led", "say", "says", "said", "tell", "tells", "told", "drag",
    "drags", "force", "forces", "harden", "hardens", "weaken", "weakens", "rise", "rises",
    "fall", "falls", "grow", "grows", "see", "sees", "saw", "seen", "want", "wants", "need",
    "needs", "try", "tries", "appear", "appears", "seem", "seems", "emerge", "emerges",
    "escalate", "escalates", "shift", "shifts", "link", "links", "intensify", "intensifies",
    "deepen", "deepens", "join", "joins", "pursue", "pursues",
})  # fmt: skip
MAX_REQUIRED = 3
MAX_TOPICAL = 4
SLUG_WORDS = 6

_TOKEN = re.compile(r"[^\W_][\w'’‑-]*")


@dataclass(frozen=True)
class _Token:
    text: str  # as written, possessive removed
    folded: tuple[str, ...]  # its words as queries see them
    capitalised: bool  # a name: capitalised (or an acronym), and not just sentence-initial


def _tokens(text: str, context: str) -> list[_Token]:
    out: list[_Token] = []
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = re.sub(r"['’]s$", "", m.group(0)).strip("'’-‑")
        if not word:
            continue
        capitalised = word[:1].isupper() or _is_acronym(word)
        if capitalised and i == 0 and not _is_acronym(word):
            capitalised = _named_in(word, context)
        out.append(_Token(word, tuple(words(fold(word))), capitalised))
    return out


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and sum(c.isupper() for c in word) >= 2


def _named_in(word: str, context: str) -> bool:
    """Whether ``word`` is a name: capitalised somewhere in ``context`` mid-sentence."""
    if word.lower() in FUNCTION_WORDS:
        return False
    return bool(re.search(rf"[a-z,;:]\s+{re.escape(word)}\b", context))


def _related(name: str, folded_word: str) -> bool:
    """Whether an alias is named after the word ("@sanctions" for "sanctions")."""
    stem = fold(name).replace("_", " ").split()[0][:4]
    return len(stem) >= 4 and folded_word.startswith(stem)


class _AliasIndex:
    """Alias entries (folded word tuples) → the aliases naming them."""

    def __init__(self, aliases: Mapping[str, Sequence[str]]) -> None:
        self.sizes = {name: len(terms) for name, terms in aliases.items()}
        self.exact: dict[tuple[str, ...], list[str]] = {}
        self.prefix: list[tuple[tuple[str, ...], str]] = []
        for name, terms in aliases.items():
            for entry in terms:
                entry = entry.strip().strip('"')
                if not entry or entry.startswith("@"):
                    continue
                key = tuple(words(fold(entry.rstrip("*"))))
                if not key:
                    continue
                if entry.endswith("*"):
                    self.prefix.append((key, name))
                else:
                    self.exact.setdefault(key, []).append(name)

    def lookup(self, key: tuple[str, ...], *, name: bool) -> str | None:
        """The alias for a phrase: one named after it first, then the broadest. A common
        word (``name`` false) only maps to an alias named after it ("return" is not
        @relocation)."""
        found = list(self.exact.get(key, ()))
        for pre, alias in self.prefix:
            if len(pre) == len(key) and key[:-1] == pre[:-1] and key[-1].startswith(pre[-1]):
                found.append(alias)
        if not name and len(key) == 1:
            found = [a for a in found if _related(a, key[0])]
        if not found:
            return None
        return max(found, key=lambda a: (_related(a, key[0]), self.sizes[a], a))


def _term(parts_: Sequence[str]) -> str:
    """A quoted phrase; a plural last word becomes a prefix ("export control*")."""
    parts = [re.sub(r"[^\w-]", "", w.replace("‑", "-")).strip("-") for w in parts_]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    last = parts[-1]
    if len(last) >= 5 and last.islower() and last.endswith("s") and not last.endswith("ss"):
        parts[-1] = last[:-3] + "y*" if last.endswith("ies") else last[:-1] + "*"
    body = " ".join(parts)
    return f'"{body}"' if " " in body or "-" in body else body


def _content(tok: _Token) -> bool:
    lower = tok.text.lower()
    if lower in FUNCTION_WORDS or lower in COMMON_VERBS or len(lower) < 3:
        return False
    return not (lower.endswith("ly") or (lower.endswith("ed") and not tok.capitalised))


def _stem(word: str) -> str:
    """ "attended" → "attend*": a verb as a prefix, for clauses with no noun to use."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)] + "*"
    return w


class _Builder:
    def __init__(self, aliases: Mapping[str, Sequence[str]]) -> None:
        self.index = _AliasIndex(aliases)
        self.required: list[str] = []
        self.topical: list[str] = []
        self.chunk: list[_Token] = []

    def add(self, term: str, required: bool) -> None:
        if term and term not in self.required and term not in self.topical:
            (self.required if required else self.topical).append(term)

    def flush(self) -> None:
        if self.chunk:
            self.add(_term([t.text.lower() for t in self.chunk[-2:]]), False)
            self.chunk.clear()

    def alias_at(self, toks: list[_Token], i: int) -> int:
        """Try the longest phrase from ``toks[i]`` an alias knows; returns tokens used."""
        for n in (3, 2, 1):
            gram = toks[i : i + n]
            if len(gram) < n or (n == 1 and not (_content(gram[0]) or gram[0].capitalised)):
                continue
            named = any(t.capitalised for t in gram)
            if not named and not all(_content(t) for t in gram):
                continue  # "training in" is no topic, whatever an alias lists
            alias = self.index.lookup(tuple(w for t in gram for w in t.folded), name=named)
            if alias:
                self.flush()
                self.add(f"@{alias}", named)
                return n
        return 0

    def entity(self, run: list[_Token]) -> None:
        self.flush()
        for part in _split_compound(run):
            key = tuple(w for t in part for w in t.folded)
            alias = self.index.lookup(key, name=True)
            self.add(f"@{alias}" if alias else _term([t.text for t in part]), True)


def draft_query(
    text: str,
    aliases: Mapping[str, Sequence[str]] | None = None,
    *,
    sentence: str = "",
    document: str = "",
) -> str:
    """A query for one watch clause: entities AND (key phrases OR …). The ``document``
    tells a sentence-initial name from a common word; the clause's ``sentence`` lends its
    entities to a clause that names none ("who exactly attended"). The result parses with
    ``aliases``; it is ``""`` only for a clause with no usable word."""
    aliases = aliases or {}
    b = _Builder(aliases)
    toks = _tokens(text, f"{document} {sentence} {text}")
    i = 0
    while i < len(toks):
        used = b.alias_at(toks, i)
        if used:
            i += used
            continue
        tok = toks[i]
        if tok.capitalised and tok.text.lower() not in FUNCTION_WORDS:
            run = [tok]
            while (
                i + 1 < len(toks)
                and toks[i + 1].capitalised
                and not b.index.lookup(toks[i + 1].folded, name=True)
            ):
                i += 1
                run.append(toks[i])
            b.entity(run)
        elif _content(tok):
            b.chunk.append(tok)
        else:
            b.flush()
        i += 1
    b.flush()
    if not b.topical:
        for tok in toks:
            low = tok.text.lower()
            if not tok.capitalised and low not in FUNCTION_WORDS and len(low) >= 5:
                b.add(_stem(low), False)
    if not b.required and sentence and sentence != text:
        lent = draft_query(sentence, aliases, document=document)
        b.required.extend(t for t in _required_of(lent) if t not in b.topical)
    return _compose(b.required, b.topical, aliases)


def _required_of(query: str) -> list[str]:
    """The AND-ed leading terms of a query :func:`_compose` made."""
    head = query.split(" AND (")[0] if " AND (" in query else ""
    return [t for t in head.split(" AND ") if t][:2]


def _split_compound(run: list[_Token]) -> list[list[_Token]]:
    """ "Russia-China" names two entities; "Hong Kong" one."""
    out: list[list[_Token]] = []
    current: list[_Token] = []
    for tok in run:
        pieces = [p for p in re.split(r"[-‑–](?=[A-Z])", tok.text) if p]
        if len(pieces) > 1:
            if current:
                out.append(current)
                current = []
            out.extend([_Token(p, tuple(words(fold(p))), True)] for p in pieces)
        else:
            current.append(tok)
    if current:
        out.append(current)
    return out


def _compose(required: list[str], topical: list[str], aliases: Mapping[str, Sequence[str]]) -> str:
    required, topical = required[:MAX_REQUIRED], topical[:MAX_TOPICAL]
    candidates: list[str] = []
    if required and topical:
        group = topical[0] if len(topical) == 1 else "(" + " OR ".join(topical) + ")"
        candidates.append(" AND ".join([*required, group]))
    if len(required) >= 2:
        candidates.append(" AND ".join(required))
    if len(topical) >= 2:
        candidates.append(f"NEAR/20({topical[0]}, {topical[1]})")
    candidates.extend([*required[:1], *topical[:1]])
    for query in candidates:
        try:
            parse(query, aliases)
        except QueryError:
            continue
        return query
    return ""


def slugify(text: str, max_words: int = SLUG_WORDS) -> str:
    """An id from a clause: its first content words, ASCII, hyphenated (``[a-z0-9-]``)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    kept = [
        w
        for w in re.findall(r"[a-z0-9]+", ascii_text.lower())
        if w not in FUNCTION_WORDS and (len(w) > 2 or w.isdigit())
    ][:max_words]
    if len(kept) < 2:  # "Who exactly attended": keep the plain words rather than one
        kept = re.findall(r"[a-z0-9]+", ascii_text.lower())[:max_words]
    slug = "-".join(kept)[:60].strip("-")
    return slug or "indicator"


def unique_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … — the first not in ``taken``."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
