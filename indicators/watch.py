"""Watch-sentences: what an analysis says to watch, one item per clause.

An analysis states its indicators in a handful of ways; each is a rule here:

* a list after a cue — "key indicators will include whether X, whether Y, and how Z",
  "the questions are who …, which …": one item per ``whether``/``how``/``who``/… clause
  (``or whether`` continues the same question);
* a watch verb — "will be looking for signs that …", "watch for …", "monitor whether …";
* an open question — "it remains to be seen whether …", "it is unclear whether …",
  "the nuance the sources do not yet support is whether …, who …, and which …",
  a sentence opening with "Whether …", or an enumerated "First, whether …";
* scenarios announced as such — "three outcomes are plausible. The most likely is …
  The second is … The third …": one item per scenario sentence;
* an explicit forecast — "is likely to", "is expected to", "the most likely outcome is".

Recommendations ("should …") and conditionals ("if they describe …") are not items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from indicators.dates import Temporal, find_temporal, number
from indicators.sentences import Sentence

Kind = Literal["question", "signs", "scenario", "forecast"]


@dataclass(frozen=True)
class WatchItem:
    """One thing to watch: a short statement, the sentence it came from, and its horizon."""

    text: str
    evidence: str
    kind: Kind
    horizon: Temporal | None = None


_WH = r"(?:whether|how|who|which|what|when|where|why|if)"
_LIST_CUE = re.compile(
    r"\b(?:indicators?|signposts?|signals?|things|developments|questions?|issues|factors|"
    r"variables|unknowns|uncertainties|tripwires|milestones|tests?)\b[^.;:]{0,60}?"
    r"\b(?:will\s+include|would\s+include|include|includes|are|is|will\s+be|remain|remains|"
    r"(?:bears?|merits?|warrants?|deserves?|need|needs)\s+(?:close\s+)?(?:watching|attention|"
    r"monitoring))\b:?\s*"
    rf"(?={_WH}\b)",
    re.IGNORECASE,
)
# "signs of a revival would include X and Y": one item, the list as written.
_NOUN_LIST_CUE = re.compile(
    r"\b(?:(?:key|early|warning|main|leading)\s+)?(?:indicators?|signs?|signals?|signposts?|"
    r"tripwires|things\s+to\s+watch|developments\s+to\s+watch)\b(?:\s+(?:of|that|for)\s+"
    r"[^,.;:]{1,60}?)?\s+(?:(?:would|will|could|might|may)\s+)?(?:include|includes)\b:?\s*",
    re.IGNORECASE,
)
_WATCH_CUE = re.compile(
    r"\b(?:watch(?:ing)?\s+(?:closely\s+)?(?:for\s+)?(?=whether|how|if|signs?\b)|"
    r"(?:watch(?:ing)?|look(?:ing)?|monitor(?:ing)?|track(?:ing)?|alert|scan(?:ning)?)\s+"
    r"(?:closely\s+)?(?:out\s+)?for\s+|keep(?:ing)?\s+an\s+eye\s+on\s+|"
    r"(?:monitor(?:ing)?|track(?:ing)?|watch(?:ing)?)\s+(?=whether|how)|worth\s+watching\s+(?:is\s+)?)",
    re.IGNORECASE,
)
_OPEN_CUE = re.compile(
    r"\b(?:it\s+)?(?:remains?\s+to\s+be\s+seen|(?:is|are|remains?)\s+(?:still\s+|not\s+yet\s+|yet\s+)?"
    r"(?:unclear|uncertain|unknown|an\s+open\s+question|not\s+(?:yet\s+)?(?:clear|known|settled))|"
    r"it\s+is\s+(?:not\s+)?(?:yet\s+)?(?:unclear|not\s+clear|uncertain|unknown))\s+"
    rf"(?=(?:{_WH})\b)",
    re.IGNORECASE,
)
# "X is whether …" where X speaks of what is not known yet.
_COPULA_WH = re.compile(rf"\b(?:is|are|remains?|will\s+be|becomes?)\s+(?={_WH}\b)", re.IGNORECASE)
_UNKNOWN_SUBJECT = re.compile(
    r"\b(?:question|questions|unknown|unclear|uncertain|nuance|issue|crux|test|key|what\s+matters|"
    r"not\s+yet|do\s+not|does\s+not|cannot|can\s+not|to\s+watch|open)\b",
    re.IGNORECASE,
)
_ENUMERATED = re.compile(
    r"^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Finally|Lastly|Next|"
    r"Another|Also|And)\s*,?\s*(?=whether\b|how\b|who\b|which\b|what\b)",
)
_LEADING_WHETHER = re.compile(r"^Whether\b(?!\s+or\s+not)")
# The verb of a sentence whose subject is a whether-clause: the last one is the main verb.
_WHETHER_VERB = re.compile(
    r"\s+(?:remains?|is|was|(?:will|would|could|may)\s+(?:determine|decide|shape|tell|show|"
    r"be)|matters?|depends|hinges)\b"
)
_SIGNS = re.compile(
    r"^(?:any\s+|further\s+|new\s+|early\s+)?(?:signs?|indications?|evidence)\b", re.I
)
_SCENARIO_CUE = re.compile(
    r"\b(?:(?P<n>two|three|four|five|[2-5])\s+(?:\w+\s+){0,2})?(?:outcomes|scenarios|possibilities|"
    r"futures|paths|pathways|trajectories|options|courses\s+of\s+action)\b[^.]{0,40}?\b(?:are|seem|"
    r"appear|look|stand\s+out|emerge|include)\b[^.]{0,25}?(?:\b(?:plausible|possible|likely|"
    r"conceivable|credible|foreseeable)\b|:)",
    re.IGNORECASE,
)
_SCENARIO_ITEM = re.compile(
    r"^(?:(?:The|A|In\s+the)\s+)?(?:most\s+likely|likeliest|least\s+likely|less\s+likely|first|"
    r"second|third|fourth|fifth|final|last|other|another|alternative|worst|best)\b"
    r"|^(?:First|Second|Third|Fourth|Finally|Alternatively)\b,",
    re.IGNORECASE,
)
_FORECAST = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|seems?|appears?|looks?)\s+(?:\w+ly\s+|more\s+|less\s+|"
    r"very\s+)?(?:un)?likely\b|(?:is|are)\s+(?:widely\s+|now\s+)?(?:expected|anticipated|poised|"
    r"forecast|projected)\s+to|(?:we|analysts|officials|observers|experts)\s+(?:expect|anticipate|"
    r"assess|judge|forecast)|the\s+(?:most\s+)?likely\s+(?:outcome|scenario|result|response|course)"
    r"\s+is|will\s+(?:likely|probably|almost\s+certainly))\b",
    re.IGNORECASE,
)
_NOT_AN_ITEM = re.compile(
    r"\b(?:should|ought\s+to|must|needs?\s+to|dictates?|recommend\w*|urges?)\b|^(?:If|Unless)\b",
    re.IGNORECASE,
)
# Where a list splits into its next clause: ", whether", ", and how", "; who" …
# but never "or whether" (the same question's alternative).
_SPLIT = re.compile(rf"(?:\s*[,;]\s*(?:and\s+|but\s+)?|\s+and\s+)(?={_WH}\b)", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(
    r"^(?:which|who)\s+(?:would|could|is|was|has|have|had|will|may|might|can|are|were|remains|"
    r"means|makes|suggests|also|in\s+turn|themselves|itself)\b",
    re.IGNORECASE,
)


# A dash that sets off an aside: an em dash, or a spaced en dash or hyphen ("Russia–China"
# and "dual-use" are words, not asides).
_DASH = r"(?:\s*—\s*|\s+[–-]\s+)"
MAX_ITEM = 220


def clean_clause(text: str) -> str:
    """A clause as an item: dash asides and trailing examples removed, capitalised."""
    t = re.sub(rf"{_DASH}(?:(?!{_DASH}).)+?{_DASH}", " ", text)  # "X — an aside — or Y"
    t = re.split(_DASH, t)[0]  # "X—steps that would …"
    t = re.split(r",\s*(?:for\s+example|for\s+instance|e\.g\.|such\s+as)\b", t)[0]
    t = " ".join(t.split()).strip(" ,;:.")
    if len(t) > MAX_ITEM:
        t = t[: t.rfind(" ", 0, MAX_ITEM)].rstrip(" ,;:") + "…"
    return t[:1].upper() + t[1:] if t else t


def split_clauses(content: str) -> list[str]:
    """Split a list of questions into its clauses ("whether X, whether Y, and how Z")."""
    parts: list[str] = []
    last = 0
    for m in _SPLIT.finditer(content):
        if _RELATIVE_AFTER.match(content[m.end() :]):
            continue  # ", which would …" is a relative clause, not the next question
        if m.start() > last:
            parts.append(content[last : m.start()])
        last = m.end()
    parts.append(content[last:])
    return [p for p in (clean_clause(p) for p in parts) if len(p.split()) >= 3]


def _horizon(sentence: Sentence, published: date) -> Temporal | None:
    found = [t for t in find_temporal(sentence.text, published) if t.role == "horizon"]
    return found[0] if found else None


def _items_of(sentence: Sentence) -> tuple[Kind, list[str]] | None:
    """The items one sentence states on its own (scenarios need the sentences before)."""
    text = sentence.text
    if _NOT_AN_ITEM.search(text) and not _LIST_CUE.search(text):
        return None
    for cue in (_LIST_CUE, _OPEN_CUE):
        m = cue.search(text)
        if m:
            return "question", split_clauses(text[m.end() :])
    m = _WATCH_CUE.search(text)
    if m:
        rest = text[m.end() :]
        if re.match(rf"{_WH}\b", rest, re.IGNORECASE):
            return "question", split_clauses(rest)
        kind: Kind = "signs" if _SIGNS.match(rest) else "question"
        item = clean_clause(rest)
        return (kind, [item]) if len(item.split()) >= 3 else None
    m = _NOUN_LIST_CUE.search(text)
    if m:
        item = clean_clause(_strip_connector(text[m.start() :]))
        return ("signs", [item]) if len(item.split()) >= 4 else None
    m = _ENUMERATED.match(text)
    if m:
        return "question", split_clauses(text[m.end() :])
    if _LEADING_WHETHER.match(text):
        ends = list(_WHETHER_VERB.finditer(text))
        return "question", [clean_clause(text[: ends[-1].start()] if ends else text)]
    m = _COPULA_WH.search(text)
    if m and _UNKNOWN_SUBJECT.search(text[: m.start()]):
        return "question", split_clauses(text[m.end() :])
    if _FORECAST.search(text) and not text.rstrip().endswith("?"):
        return "forecast", [clean_clause(_strip_connector(text))]
    return None


def _strip_connector(text: str) -> str:
    return re.sub(
        r"^(?:However|Moreover|Nevertheless|Consequently|Still|Yet|Meanwhile|Indeed|Thus|"
        r"Therefore|In\s+short|Overall|Ultimately)\s*,\s*",
        "",
        text,
    )


def find_watch_items(sentences: Sequence[Sentence], published: date) -> list[WatchItem]:
    """The watch items of a document's sentences, in order."""
    out: list[WatchItem] = []
    scenario_left = 0
    scenario_horizon: Temporal | None = None
    scenario_line = -1
    for s in sentences:
        cue = _SCENARIO_CUE.search(s.text)
        if cue:
            scenario_left = number(cue.group("n")) if cue.group("n") else 4
            scenario_horizon = _horizon(s, published)
            scenario_line = s.line
            continue
        if scenario_left and s.line > scenario_line + 1:
            scenario_left = 0
        if scenario_left and _SCENARIO_ITEM.match(s.text):
            scenario_left -= 1
            text = clean_clause(_strip_connector(s.text))
            horizon = scenario_horizon or _horizon(s, published)
            out.append(WatchItem(text, s.text, "scenario", horizon))
            continue
        found = _items_of(s)
        if found is None:
            continue
        kind, items = found
        horizon = _horizon(s, published)
        out.extend(WatchItem(item, s.text, kind, horizon) for item in items if item)
    return out
