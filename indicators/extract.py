"""From an analysis's text to its dated events and its draft indicators.

:func:`extract` is the whole pure step of ``watcher ingest``: sentences
(:mod:`indicators.sentences`), their temporal expressions (:mod:`indicators.dates`), the
sentences that state something dated as events, the watch-sentences
(:mod:`indicators.watch`) as draft indicators with draft queries
(:mod:`indicators.drafts`). Strings and dates in, values out.

An event is a sentence with a date that states something that happened or is planned.
Not events: horizons ("in the weeks ahead"), reference points ("as of 1 July"), bounds
("before 2022"), dates in questions, in conditions ("if … by 2027") or in negated
clauses (absences: "have not … since 2022"), and possibilities still to come ("could …
in 2027"). A line that is only a date (a dated heading) dates the line after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from indicators.dates import Temporal, find_temporal
from indicators.drafts import draft_query, slugify
from indicators.intervals import Interval
from indicators.sentences import Sentence, lines, split_sentences
from indicators.watch import find_watch_items

MAX_SUMMARY = 160


@dataclass(frozen=True)
class ExtractedEvent:
    """A dated statement: a short summary, the evidence quoted from the text, the date
    phrase as written (a substring of the evidence) and its interval."""

    summary: str
    evidence: str
    surface: str
    interval: Interval
    relative: bool = False


@dataclass(frozen=True)
class DraftIndicator:
    """Something the analysis says to watch, with a draft query and an id stem."""

    text: str
    evidence: str
    kind: str
    query: str
    slug: str
    horizon: Interval | None = None
    horizon_surface: str | None = None


@dataclass(frozen=True)
class Extraction:
    events: tuple[ExtractedEvent, ...]
    indicators: tuple[DraftIndicator, ...]


_METADATA = re.compile(
    r"^\s*(?:(?:published|updated|posted|last\s+(?:updated|modified)|first\s+published|photo|"
    r"image|picture|credit|copyright|dateline|filed)\b|©|\(c\)|"
    r"(?-i:By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:[,|•·—–-]|$))",
    re.IGNORECASE,
)
# Where the clause around a date ends: punctuation, or a subordinate clause beginning
# ("told … on 8 September that the country would never …": the negation is not its own).
_BREAK = re.compile(
    r"[,;:()\[\]—–]|\s-\s|\b(?:that|which|who|whom|because|but|while|although|whereas)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|neither|nor|cannot)\b|n['’]t\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether|in\s+case|provided\s+that)\b", re.IGNORECASE)
_POSSIBLE = re.compile(
    r"\b(?:could|might|may|would)\b(?!\s+(?:have|already)\b)|\b(?:expect(?:s|ed)?|(?:un)?likely|"
    r"anticipat\w*|probabl[ey]|forecast\w*|projected|predict\w*|risk\w*|possibl[ey])\b",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?|scheduled|due)\b", re.IGNORECASE)


def _clause(sentence: str, t: Temporal) -> tuple[str, str]:
    """The text from the clause break before the date to it, and from it to the next break."""
    before = sentence[: t.begin]
    starts = [m.end() for m in _BREAK.finditer(before)]
    after = sentence[t.end :]
    stop = _BREAK.search(after)
    return before[starts[-1] if starts else 0 :], after[: stop.start() if stop else len(after)]


def is_event_date(sentence: str, t: Temporal, published: date) -> bool:
    """Whether expression ``t`` dates a happening (past or planned) stated by ``sentence``."""
    if t.role != "date" or sentence.rstrip().endswith("?"):
        return False
    head, tail = _clause(sentence, t)
    if _NEGATION.search(head) or _NEGATION.search(tail):
        return False  # an absence: "has not … since 2022"
    condition = [m for m in _CONDITION.finditer(sentence[: t.begin])]
    if condition and not re.search(r"[,;]", sentence[condition[-1].end() : t.begin]):
        return False  # "if Russia attacks in 2027": a hypothesis, not a happening
    if t.interval.start > published and _POSSIBLE.search(head + " " + tail):
        return bool(_ANNOUNCED.search(head + " " + tail))  # "could … by 2027": a possibility
    return True


_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|at|since|by|during|from|until|till|as\s+of|between|throughout|over|"
    r"dated\s+to|for)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]+)*\s*[—–-]+\s*)"
)


def summarize(sentence: str, temporals: Sequence[Temporal], focus: Temporal | None = None) -> str:
    """A short statement of what happened: the sentence (or, with ``focus``, its clause
    holding that date) without date phrases or dateline, first clause when long, at most
    :data:`MAX_SUMMARY` characters."""
    s, offset = sentence, 0
    if focus is not None:
        for m in re.finditer(r"[^;]+", sentence):
            if m.start() <= focus.begin < m.end():
                s, offset = m.group(0), m.start()
                break
    temporals = [
        replace(t, begin=t.begin - offset, end=t.end - offset)
        for t in temporals
        if t.begin >= offset and t.end - offset <= len(s)
    ]
    for t in sorted(temporals, key=lambda t: t.begin, reverse=True):
        pre = _PREPOSITION.search(s[: t.begin])
        begin = pre.start() if pre else t.begin
        s = s[:begin] + s[t.end :]
    s = re.sub(r"\(\s*[^()]*?\s*\)", lambda m: m.group(0) if len(m.group(0)) > 4 else "", s)
    s = re.sub(r"\s+([,.;:)])", r"\1", s)
    s = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", s)
    s = _DATELINE.sub("", " ".join(s.split()).strip(" ,;:.—–-"))
    if len(s) > MAX_SUMMARY:
        for sep in ("; ", " — ", "—", " – ", ": ", ", according to ", ", which ", ", while "):
            head = s.split(sep)[0]
            if 40 <= len(head) < len(s):
                s = head
                break
    if len(s) > MAX_SUMMARY:
        s = s[: s.rfind(" ", 0, MAX_SUMMARY)].rstrip(" ,;:") + "…"
    s = s.strip(" ,;:.")
    return s[:1].upper() + s[1:]


def _dated_heading(s: Sentence, temporals: Sequence[Temporal]) -> bool:
    """A line that is a date and little else ("5 July 2024", "March 2023: timeline")."""
    if not (s.first_in_line and s.last_in_line) or s.text.rstrip().endswith((".", "?", "!")):
        return False
    rest = s.text
    for t in sorted(temporals, key=lambda t: t.begin, reverse=True):
        rest = rest[: t.begin] + rest[t.end :]
    return len(re.findall(r"[^\W\d_]+", rest)) <= 3


def extract_events(
    text: str, published: date, sentences: Sequence[Sentence] | None = None
) -> list[ExtractedEvent]:
    """The dated events of a document, in text order, one per (evidence, interval)."""
    sentences = split_sentences(text) if sentences is None else sentences
    line_spans = list(lines(text))
    events: list[ExtractedEvent] = []
    seen: set[tuple[str, str]] = set()
    anchor: date | None = None
    heading: tuple[int, int] | None = None  # (event index, line) of the last dated heading
    for i, s in enumerate(sentences):
        if s.first_in_line and _METADATA.match(s.text):
            continue
        temporals = find_temporal(s.text, published, anchor_day=anchor)
        days = [t for t in temporals if t.interval.precision in ("day", "minute")]
        if days:
            anchor = days[-1].interval.end
        dated = [t for t in temporals if is_event_date(s.text, t, published)]
        if heading is not None and s.line == heading[1] + 1:
            # "24 June 2023" then "… at 20:30 Moscow time": the time narrows the heading.
            for t in [t for t in dated if t.anchored]:
                events[heading[0]] = replace(events[heading[0]], interval=t.interval)
                dated.remove(t)
        if not dated:
            continue
        evidence, summary_of = s.text, s.text
        is_heading = _dated_heading(s, temporals) and s.line + 1 < len(line_spans)
        if is_heading:
            heading = (len(events), s.line)
            nxt = line_spans[s.line + 1]
            evidence = text[s.begin : nxt[1]]
            following = [x for x in sentences[i + 1 :] if x.line == s.line + 1]
            summary_of = following[0].text if following else text[nxt[0] : nxt[1]]
        for t in dated:
            key = (evidence, t.interval.key())
            if key in seen:
                continue
            seen.add(key)
            if summary_of == s.text:
                summary = summarize(s.text, temporals, t)
            else:
                summary = summarize(summary_of, find_temporal(summary_of, published))
            summary = summary or t.surface
            events.append(ExtractedEvent(summary, evidence, t.surface, t.interval, t.relative))
    return events


def _without_dates(text: str, published: date) -> str:
    """The clause with its date phrases cut out: "the first half of 2025" is no topic."""
    for t in sorted(find_temporal(text, published), key=lambda t: t.begin, reverse=True):
        text = text[: t.begin] + " " + text[t.end :]
    return " ".join(text.split())


def extract_indicators(
    text: str,
    published: date,
    aliases: Mapping[str, Sequence[str]] | None = None,
    sentences: Sequence[Sentence] | None = None,
) -> list[DraftIndicator]:
    """The draft indicators of a document: one per watch clause, each with a query that
    parses with ``aliases``."""
    sentences = split_sentences(text) if sentences is None else sentences
    out: list[DraftIndicator] = []
    seen: set[tuple[str, str]] = set()
    for item in find_watch_items(sentences, published):
        if (item.text, item.evidence) in seen:
            continue
        seen.add((item.text, item.evidence))
        query = draft_query(
            _without_dates(item.text, published), aliases, sentence=item.evidence, document=text
        )
        horizon = item.horizon
        out.append(
            DraftIndicator(
                item.text,
                item.evidence,
                item.kind,
                query,
                slugify(item.text),
                horizon.interval if horizon else None,
                horizon.surface if horizon else None,
            )
        )
    return out


def extract(
    text: str, published: date, aliases: Mapping[str, Sequence[str]] | None = None
) -> Extraction:
    """Events and draft indicators of one document published on ``published``."""
    sentences = split_sentences(text)
    return Extraction(
        tuple(extract_events(text, published, sentences)),
        tuple(extract_indicators(text, published, aliases, sentences)),
    )
