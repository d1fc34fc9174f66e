"""The pack format: documents, timeline events, indicators, aliases and feeds as one YAML file.

:func:`parse_pack` validates a whole pack (schema, cross-references, evidence
quoted from the document text, every query compiling) and returns a
:class:`Pack` value, or raises :class:`PackError` naming the file, the line and
the problem. Nothing here touches a database: storing a pack is the store's job.
The format is documented in ``docs/pack.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, time
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from indicators.durations import DurationError, parse_duration
from indicators.text import normalize_whitespace

PRECISIONS = (
    "minute",
    "day",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "range",
)
Precision = Literal[
    "minute", "day", "month", "season", "quarter", "half", "year", "decade", "range"
]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]
DEFAULT_PACK = "seed.yaml"

# Source reliability, the Admiralty (NATO) scale: how far a source has proved reliable.
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "cannot be judged",
}
DEFAULT_RELIABILITY = "F"


def check_reliability(grade: str) -> str:
    """``grade`` as a valid Admiralty grade (upper case), or ValueError naming it."""
    value = grade.strip().upper() if isinstance(grade, str) else grade
    if value not in RELIABILITY:
        raise ValueError(f"invalid reliability {grade!r}: use one of A-F (Admiralty scale)")
    return str(value)


def reliability_label(grade: str) -> str:
    """``"B (usually reliable)"``."""
    return f"{grade} ({RELIABILITY.get(grade, 'unknown grade')})"


class PackError(ValueError):
    """A pack file is invalid. ``str()`` is one line: ``file:line: where: problem``."""

    def __init__(self, source: str, line: int | None, where: str, problem: str) -> None:
        self.source, self.line, self.where, self.problem = source, line, where, problem
        loc = f"{source}:{line}" if line else source
        super().__init__(f"{loc}: {where + ': ' if where else ''}{problem}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class PackDocument(_Model):
    key: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    title: Annotated[str, Field(min_length=1)]
    source: str = ""
    url: str | None = None
    file: str | None = None
    published: date
    published_assumed: bool = False
    published_note: str = ""
    text: Annotated[str, Field(min_length=1)]


class PackEvent(_Model):
    document: str
    summary: Annotated[str, Field(min_length=1)]
    evidence: Annotated[str, Field(min_length=1)]
    surface: Annotated[str, Field(min_length=1)]
    start: date
    end: date
    start_time: time | None = None
    end_time: time | None = None
    precision: Precision
    indicators: tuple[str, ...] = ()

    @field_validator("start_time", "end_time", mode="before")
    @classmethod
    def _hhmm(cls, value: Any) -> Any:
        if isinstance(value, int):  # YAML 1.1 reads 20:00 as a sexagesimal int
            return time(value // 3600, value // 60 % 60)
        return value

    @model_validator(mode="after")
    def _ordered(self) -> PackEvent:
        if self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        same_day = self.start == self.end and self.start_time and self.end_time
        if same_day and self.start_time > self.end_time:  # type: ignore[operator]
            raise ValueError(f"start_time {self.start_time} is after end_time {self.end_time}")
        if self.surface not in self.evidence:
            raise ValueError(f"surface {self.surface!r} is not in the evidence sentence")
        return self


class PackIndicator(_Model):
    id: Slug
    title: Annotated[str, Field(min_length=1)]
    description: str = ""
    documents: tuple[str, ...] = ()
    evidence: str = ""
    query: str = ""
    enabled: bool = True
    min_origins: Annotated[int, Field(ge=1, le=100)] = 2
    valid_until: date | None = None
    fetch_articles: bool = False  # keep the linked article of every item it matches


class PackFeed(_Model):
    name: Annotated[str, Field(min_length=1)]
    url: Annotated[str, Field(pattern=r"^https?://[^\s/$.?#][^\s]*$")]
    interval: str = "15m"
    language: str | None = None
    why: str = ""
    enabled: bool = True
    reliability: str = DEFAULT_RELIABILITY  # Admiralty A-F; F: cannot be judged
    fetch_articles: bool = False  # keep the linked article of every matched item

    @field_validator("reliability", mode="before")
    @classmethod
    def _reliability(cls, value: Any) -> str:
        return check_reliability(str(value) if isinstance(value, str | int) else repr(value))

    @field_validator("interval")
    @classmethod
    def _interval(cls, value: str) -> str:
        try:
            seconds = parse_duration(value).total_seconds()
        except DurationError as exc:
            raise ValueError(str(exc)) from None
        if seconds < 60:
            raise ValueError(f"interval {value!r} is below the 1m minimum")
        return value

    @property
    def interval_seconds(self) -> int:
        return int(parse_duration(self.interval).total_seconds())


class Pack(_Model):
    pack: Slug
    version: Annotated[int, Field(ge=1)] = 1
    description: str = ""
    aliases: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    documents: tuple[PackDocument, ...] = ()
    events: tuple[PackEvent, ...] = ()
    indicators: tuple[PackIndicator, ...] = ()
    feeds: tuple[PackFeed, ...] = ()

    @field_validator("aliases")
    @classmethod
    def _alias_names(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for name, terms in value.items():
            if not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_-]*", name):
                raise ValueError(f"alias name {name!r}: use letters, digits, _ and -")
            if not terms:
                raise ValueError(f"alias @{name} is empty")
        return value

    def document(self, key: str) -> PackDocument:
        return next(d for d in self.documents if d.key == key)


class _PackLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates and times as strings: pydantic validates them and
    reports a bad one ("2025-13-01") with its location, where PyYAML would crash."""


_PackLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_index(
    node: yaml.Node, path: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], int]]:
    """(path, 1-based line) for every node of a composed YAML tree."""
    yield path, node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _line_index(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            yield from _line_index(value, (*path, i))


def _where(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Lines:
    def __init__(self, text: str) -> None:
        try:
            node = yaml.compose(text, Loader=_PackLoader)
        except yaml.YAMLError:
            node = None
        self._lines = dict(_line_index(node)) if node is not None else {}

    def line(self, loc: Sequence[Any]) -> int | None:
        path = tuple(loc)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self._lines.get((), None)


def parse_pack(text: str, source: str = "<pack>") -> Pack:
    """Validate the YAML text of a pack and return it as a :class:`Pack`.

    Raises :class:`PackError` (file, line, problem) for YAML syntax errors, schema
    errors, dangling references, evidence not quoted from its document, and
    queries that do not compile.
    """
    try:
        data = yaml.load(text, Loader=_PackLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PackError(source, mark.line + 1 if mark else None, "", f"YAML: {problem}") from None
    if not isinstance(data, Mapping):
        raise PackError(source, 1, "", "a pack is a YAML mapping with pack:, documents:, ...")
    lines = _Lines(text)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p[:1].isupper())]
        msg = err["msg"].removeprefix("Value error, ")
        raise PackError(source, lines.line(loc), _where(loc), msg) from None
    _check_references(pack, source, lines)
    _check_queries(pack, source, lines)
    return pack


def _check_references(pack: Pack, source: str, lines: _Lines) -> None:
    def fail(loc: Sequence[Any], problem: str) -> None:
        raise PackError(source, lines.line(loc), _where(loc), problem)

    docs: dict[str, PackDocument] = {}
    for i, doc in enumerate(pack.documents):
        if doc.key in docs:
            fail(("documents", i, "key"), f"duplicate document key {doc.key!r}")
        docs[doc.key] = doc
    ids: set[str] = set()
    for i, ind in enumerate(pack.indicators):
        if ind.id in ids:
            fail(("indicators", i, "id"), f"duplicate indicator id {ind.id!r}")
        ids.add(ind.id)
        for key in ind.documents:
            if key not in docs:
                fail(("indicators", i, "documents"), f"unknown document {key!r}")
        if ind.evidence and not any(
            _quoted(ind.evidence, docs[k].text) for k in ind.documents if k in docs
        ):
            fail(("indicators", i, "evidence"), "evidence is not quoted from its documents' text")
    seen_events: set[tuple[str, str, date, date, time | None, time | None]] = set()
    for i, ev in enumerate(pack.events):
        if ev.document not in docs:
            fail(("events", i, "document"), f"unknown document {ev.document!r}")
        if not _quoted(ev.evidence, docs[ev.document].text):
            fail(("events", i, "evidence"), f"evidence is not quoted from document {ev.document}")
        for ref in ev.indicators:
            if ref not in ids:
                fail(("events", i, "indicators"), f"unknown indicator {ref!r}")
        event_key = (ev.document, ev.evidence, ev.start, ev.end, ev.start_time, ev.end_time)
        if event_key in seen_events:
            fail(("events", i), "duplicate event (same document, evidence and dates)")
        seen_events.add(event_key)
    urls: set[str] = set()
    for i, feed in enumerate(pack.feeds):
        if feed.url in urls:
            fail(("feeds", i, "url"), f"duplicate feed URL {feed.url}")
        urls.add(feed.url)


def _quoted(evidence: str, text: str) -> bool:
    """Evidence counts as quoted when it appears in the text, whitespace aside."""
    return evidence in text or normalize_whitespace(evidence) in normalize_whitespace(text)


def _check_queries(pack: Pack, source: str, lines: _Lines) -> None:
    from indicators.engine import IndicatorRule, compile_errors

    rules = [IndicatorRule(ind.id, ind.query) for ind in pack.indicators if ind.query.strip()]
    for indicator_id, error in compile_errors(rules, pack.aliases):
        index = next(i for i, ind in enumerate(pack.indicators) if ind.id == indicator_id)
        raise PackError(
            source,
            lines.line(("indicators", index, "query")),
            f"indicators[{index}] ({indicator_id}).query",
            f"column {error.column}: {error.message}",
        )


def load_pack_file(path: str | Path) -> Pack:
    """Read and validate a pack file (the one file read in this package)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(str(p), None, "", "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(p), None, "", f"cannot read: {exc}") from None
    return parse_pack(text, source=str(p))


def default_pack_text() -> tuple[str, str]:
    """The bundled seed pack: (text, name)."""
    ref = resources.files("indicators") / "packs" / DEFAULT_PACK
    return ref.read_text(encoding="utf-8"), f"indicators/packs/{DEFAULT_PACK}"
