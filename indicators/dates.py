"""Temporal expressions: find the dates a sentence states and make each an interval.

:func:`find_temporal` returns every expression of one sentence as a :class:`Temporal`:
the surface as written, its offsets, its :class:`~indicators.intervals.Interval`
(start..end, precision, UTC times) and its role — ``date`` (it dates something),
``horizon`` (a forward window such as "in the weeks ahead"), ``qualifier`` (a point of
reference, "as of 1 July") or ``bound`` ("before 2022": the happening is not on it).
Relative phrases are resolved against the publication date; conventions are in
``docs/timeline.md`` and their arithmetic in :mod:`indicators.intervals`.

Library and own rules. dateparser reads the concrete calendar dates — "1 July 2026",
"July 1st, 2026", "Monday, 1 July 2026", "2026-07-01", "Sept. 2024", "30 September" —
into a year, month and day. Everything else is ours, because no library gives it:
dateparser returns one instant, not an interval with a precision ("late 2025",
"the first half of 2024", "since 2022" and "the 1990s" parse to nothing or to a single
day; "last week" to the day seven days back), and its text search takes ordinary words
for dates ("may", "march", "second"). So finding the expressions in running text, the
intervals of vague and relative phrases, ranges, the past/future reading of a date
without a year, and time zones are rules here, each table-tested.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from indicators import intervals as iv
from indicators.intervals import Interval

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

Role = Literal["date", "horizon", "qualifier", "bound"]


@dataclass(frozen=True)
class Temporal:
    """One temporal expression of a sentence."""

    surface: str
    begin: int
    end: int
    interval: Interval
    role: Role = "date"
    relative: bool = False  # resolved against the publication date
    anchored: bool = False  # a bare time put on ``anchor_day`` (the sentence names no day)


# -- vocabulary ---------------------------------------------------------------------

_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cased(words: list[str]) -> str:
    """Title-case and upper-case forms only: "May" the month, never "may" the verb."""
    return "|".join([*words, *(w.upper() for w in words)])


FULL_MONTH = f"(?-i:{_cased(_MONTH_NAMES)})"
MONTH = f"(?-i:(?:{_cased(_MONTH_NAMES)})|(?:{_cased(_MONTH_ABBR)})\\.?)"
WEEKDAY = f"(?-i:{_cased(_WEEKDAYS)})"
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "a couple of": 2, "couple of": 2, "few": 3, "a few": 3, "several": 3,
}  # fmt: skip
NUM = (
    r"(?:\d{1,3}|a\s+couple\s+of|a\s+few|several|few|(?:twenty|thirty|forty|fifty|sixty)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|fifteen|eighteen|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|an?)"
)
UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "final": 4, "last": 4, "latter": 2, "later": 2,
}  # fmt: skip
_CENTURY_WORDS = {
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_PART_WORDS = {
    "early": "early", "beginning": "early", "start": "early", "outset": "early",
    "mid": "mid", "middle": "mid", "midpoint": "mid", "mid-point": "mid",
    "late": "late", "end": "late", "close": "late",
}  # fmt: skip
# A year-shaped number followed by one of these is a quantity ("2000 troops").
_QUANTITY_NOUNS = frozenset({
    "people", "troops", "soldiers", "personnel", "men", "women", "children", "km", "kilometres",
    "kilometers", "miles", "metres", "meters", "feet", "tonnes", "tons", "kg", "hours", "hrs",
    "units", "tanks", "drones", "missiles", "shells", "rounds", "dollars", "euros", "rubles",
    "roubles", "yuan", "barrels", "cases", "deaths", "casualties", "sorties", "items", "pages",
    "words", "vehicles", "aircraft", "ships", "employees", "staff", "members", "residents",
    "refugees",
})  # fmt: skip
# ... and preceded by one of these it is a name or a number ("Resolution 2231", "Vision 2030").
_NUMBER_NAMES = frozenset({
    "resolution", "no", "no.", "number", "article", "section", "flight", "route", "highway",
    "type", "model", "vision", "agenda", "horizon", "project", "room", "unit", "regiment",
    "brigade", "battalion", "division", "squadron", "page", "pp", "p",
})  # fmt: skip
_ZONE_NAMES = (
    r"(?:(?-i:UTC|GMT|Z|WET|WEST|BST|CET|CEST|EET|EEST|MSK|HKT|SGT|JST|KST|EST|EDT|CDT|"
    r"MST|MDT|PST|PDT|AEST|AEDT)|(?:Moscow|Beijing|Taipei|Tokyo|Seoul|London|Brussels|Paris|"
    r"Berlin|Kyiv|Kiev|Washington|New\s+York)\s+time)"
)
_ZONE = f"(?P<zone>{_ZONE_NAMES})"
_TIME = r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)"


def number(text: str) -> int:
    """ "three" → 3, "twenty-four" → 24, "18" → 18, "a few" → 3."""
    t = " ".join(text.lower().split())
    if t.isdigit():
        return int(t)
    if t in _NUM_WORDS:
        return _NUM_WORDS[t]
    tens, _, unit = t.partition("-")
    return _NUM_WORDS.get(tens, 0) + _NUM_WORDS.get(unit, 0)


def _unit(text: str) -> str:
    return text.lower().rstrip("s")


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    # Imported here: dateparser and its regex and time zone tables cost the daemon
    # several MB, and only ingesting a document reads dates in prose.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"},
    )


def parse_calendar_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a concrete date as written, via dateparser; None if invalid.
    Callers only pass text that names a month and day (and a year when stated)."""
    data = _parser().get_date_data(text)
    if data.date_obj is None:
        return None
    d: datetime = data.date_obj
    return d.year, d.month, d.day


# -- candidates ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Cand:
    begin: int
    end: int
    interval: Interval | None  # None: a time of day waiting for its day
    kind: str  # day | month | year | time | vague | relative | horizon | range
    role: Role = "date"
    relative: bool = False
    yearless: tuple[int, int] | None = None  # (month, day or 0) of a date stated without a year
    times: tuple[time, time, str] | None = None  # (start, end, zone) for kind "time"
    anchored: bool = False


@dataclass(frozen=True)
class _Context:
    published: date
    future: bool


_Resolver = Callable[[re.Match[str], _Context], _Cand | None]
_RULES: list[tuple[re.Pattern[str], _Resolver]] = []


def _rule(pattern: str) -> Callable[[_Resolver], _Resolver]:
    def register(fn: _Resolver) -> _Resolver:
        _RULES.append((re.compile(pattern, re.IGNORECASE), fn))
        return fn

    return register


def _cand(
    m: re.Match[str],
    interval: Interval | None,
    kind: str,
    *,
    role: Role = "date",
    relative: bool = False,
    yearless: tuple[int, int] | None = None,
) -> _Cand:
    return _Cand(m.start(), m.end(), interval, kind, role, relative, yearless)


def _g(m: re.Match[str], name: str) -> str:
    return m.group(name) or ""


def _month_no(text: str) -> int:
    key = text.lower().rstrip(".")[:3]
    return [n.lower()[:3] for n in _MONTH_NAMES].index(key) + 1


def _year_ref(text: str, ctx: _Context) -> int:
    """A year as written: "2025", "this year", "last year", "next year", "the year"."""
    t = " ".join(text.lower().split())
    if t.isdigit():
        return int(t)
    return {"this year": 0, "the year": 0, "last year": -1, "next year": 1}.get(t, 0) + (
        ctx.published.year
    )


def _day_cand(m: re.Match[str], ctx: _Context, written: str, has_year: bool) -> _Cand | None:
    parsed = parse_calendar_date(written)
    if parsed is None:
        return None
    y, mo, d = parsed
    if has_year:
        return _cand(m, iv.day(date(y, mo, d)), "day")
    found = iv.yearless_day(ctx.published, mo, d, ctx.future)
    if found is None:
        return None
    return _cand(m, iv.day(found), "day", relative=True, yearless=(mo, d))


@_rule(r"(?<![\d-])(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
def _iso(m: re.Match[str], ctx: _Context) -> _Cand | None:
    return _day_cand(m, ctx, m.group(0), True)


@_rule(
    rf"(?:\b{WEEKDAY},?\s+)?(?:\bthe\s+)?\b(?P<d>{DAY})(?:\s+of)?\s+(?P<mo>{MONTH})(?!\w)"
    rf"(?:,?\s+(?P<y>{YEAR})\b)?"
)
def _dmy(m: re.Match[str], ctx: _Context) -> _Cand | None:
    written = f"{m.group('d')} {m.group('mo')} {_g(m, 'y')}".strip()
    return _day_cand(m, ctx, written, bool(m.group("y")))


@_rule(
    rf"(?:\b{WEEKDAY},?\s+)?\b(?P<mo>{MONTH})\s+(?P<d>{DAY})\b(?!\s*(?:%|[:.]\d))"
    rf"(?:,?\s+(?P<y>{YEAR})\b)?"
)
def _mdy(m: re.Match[str], ctx: _Context) -> _Cand | None:
    written = f"{m.group('d')} {m.group('mo')} {_g(m, 'y')}".strip()
    return _day_cand(m, ctx, written, bool(m.group("y")))


@_rule(
    rf"(?:\b(?P<pre>between|from)\s+)?\b(?P<d1>{DAY})\s*(?P<conn>–|—|-|\bto\b|\band\b|\buntil\b|\bthrough\b)"
    rf"\s*(?P<d2>{DAY})\s+(?P<mo>{MONTH})(?!\w)(?:,?\s+(?P<y>{YEAR})\b)?"
)
def _day_range_dmy(m: re.Match[str], ctx: _Context) -> _Cand | None:
    if m.group("conn").lower() == "and" and not m.group("pre"):
        return None
    return _day_range(m, ctx)


@_rule(
    rf"(?:\b(?P<pre>between|from)\s+)?\b(?P<mo>{MONTH})\s+(?P<d1>{DAY})\s*(?:–|—|-|\bto\b|\bthrough\b)"
    rf"\s*(?P<d2>{DAY})\b(?!\s*(?:%|[:.]\d))(?:,?\s+(?P<y>{YEAR})\b)?"
)
def _day_range_mdy(m: re.Match[str], ctx: _Context) -> _Cand | None:
    return _day_range(m, ctx)


def _day_range(m: re.Match[str], ctx: _Context) -> _Cand | None:
    first = _day_cand(m, ctx, f"{m.group('d1')} {m.group('mo')} {_g(m, 'y')}".strip(), True)
    last = _day_cand(m, ctx, f"{m.group('d2')} {m.group('mo')} {_g(m, 'y')}".strip(), True)
    if first is None or last is None or first.interval is None or last.interval is None:
        return None
    start, end = first.interval.start, last.interval.end
    if not m.group("y"):
        y = iv.yearless_month(ctx.published, start.month, ctx.future)
        start, end = start.replace(year=y), end.replace(year=y)
    if start >= end:
        return None
    return _cand(m, Interval(start, end, "range"), "range", relative=not m.group("y"))


@_rule(rf"\b(?P<mo>{MONTH})(?:\s+of)?,?\s+(?P<y>{YEAR})\b")
def _month_year(m: re.Match[str], ctx: _Context) -> _Cand | None:
    parsed = parse_calendar_date(f"{m.group('mo')} {m.group('y')}")
    if parsed is None:
        return None
    return _cand(m, iv.month(parsed[0], parsed[1]), "month")


@_rule(
    rf"\b(?:(?P<p>early|mid|late)[- ]?|(?:the\s+)?(?P<p2>beginning|start|middle|end)\s+of\s+)"
    rf"(?P<mo>{FULL_MONTH})\b(?:,?\s+(?P<y>{YEAR})\b)?"
)
def _part_of_month(m: re.Match[str], ctx: _Context) -> _Cand | None:
    mo = _month_no(m.group("mo"))
    part = _PART_WORDS[(m.group("p") or m.group("p2")).lower()]
    if m.group("y"):
        return _cand(m, iv.part_of_month(int(m.group("y")), mo, part), "vague")
    y = iv.yearless_month(ctx.published, mo, ctx.future)
    return _cand(m, iv.part_of_month(y, mo, part), "vague", relative=True, yearless=(mo, 0))


@_rule(
    rf"(?:\b(?P<pre>between|from)\s+)?\b(?P<m1>{FULL_MONTH})\s*(?P<conn>–|—|-|\bto\b|\band\b|\buntil\b|\bthrough\b)"
    rf"\s*(?P<m2>{FULL_MONTH})\b(?:,?\s+(?P<y>{YEAR})\b)?"
)
def _month_range(m: re.Match[str], ctx: _Context) -> _Cand | None:
    if m.group("conn").lower() == "and" and not m.group("pre"):
        return None
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    y2 = int(m.group("y")) if m.group("y") else iv.yearless_month(ctx.published, m2, ctx.future)
    y1 = y2 if m1 <= m2 else y2 - 1
    return _cand(m, iv.span(iv.month(y1, m1), iv.month(y2, m2)), "range", relative=not m.group("y"))


@_rule(
    rf"\b(?:(?P<prep>in|since|until|till|by|during|from|through|throughout|last|this|next)\s+)"
    rf"(?P<mo>{FULL_MONTH})\b(?!\s*\d)|\b(?P<mo2>{FULL_MONTH})['’]s\b"
)
def _month_alone(m: re.Match[str], ctx: _Context) -> _Cand | None:
    mo = _month_no(m.group("mo") or m.group("mo2"))
    prep = _g(m, "prep").lower()
    if prep == "last":
        y = iv.yearless_month(ctx.published, mo, False, strict=True)
    elif prep == "next":
        y = iv.yearless_month(ctx.published, mo, True, strict=True)
    elif prep == "this":
        y = ctx.published.year
    else:
        y = iv.yearless_month(ctx.published, mo, ctx.future)
    begin = (
        m.start("mo")
        if prep in ("in", "since", "until", "till", "by", "during", "from")
        else m.start()
    )
    begin = m.start("mo2") if m.group("mo2") else begin
    return _Cand(begin, m.end(), iv.month(y, mo), "month", relative=True, yearless=(mo, 0))


@_rule(
    rf"\b(?:(?P<p>early|mid|late)[- ])?(?P<s>spring|summer|autumn|fall|winter)(?:\s+of)?,?\s+"
    rf"(?P<y>{YEAR})\b|\b(?P<rel>last|this|next|past|coming)\s+(?P<s2>spring|summer|autumn|fall|winter)\b"
)
def _season(m: re.Match[str], ctx: _Context) -> _Cand | None:
    if m.group("y"):
        name = m.group("s").lower()
        return _cand(m, iv.season(int(m.group("y")), "autumn" if name == "fall" else name), "vague")
    which = {"past": "last", "coming": "next"}.get(m.group("rel").lower(), m.group("rel").lower())
    return _cand(
        m, iv.relative_season(ctx.published, m.group("s2").lower(), which), "vague", relative=True
    )


@_rule(
    rf"\b(?:(?-i:Q)(?P<q>[1-4])|(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
    rf"\s+quarter)(?:,?\s+(?:of\s+)?(?P<y>{YEAR}|(?:this|last|next|the)\s+year))?\b"
)
def _quarter(m: re.Match[str], ctx: _Context) -> _Cand | None:
    if m.group("q"):
        if not m.group("y"):
            return None
        q = int(m.group("q"))
    else:
        q = _ORDINALS[m.group("qn").lower()]
    if m.group("y"):
        written = m.group("y")
        return _cand(
            m, iv.quarter(_year_ref(written, ctx), q), "vague", relative=not written[0].isdigit()
        )
    current = (ctx.published.month - 1) // 3 + 1
    if m.group("qn").lower() == "last":  # "last quarter": the one before publication's
        y, q = (ctx.published.year, current - 1) if current > 1 else (ctx.published.year - 1, 4)
    else:
        y = ctx.published.year
        if q > current and not ctx.future:
            y -= 1
    return _cand(m, iv.quarter(y, q), "vague", relative=True)


@_rule(
    rf"\b(?:(?-i:H)(?P<h>[12])(?:\s+|-)(?P<y1>{YEAR})|(?:the\s+)?(?P<hn>first|second|latter|later|1st|2nd)"
    rf"\s+half\s+of\s+(?P<y2>{YEAR}|(?:this|last|next|the)\s+year))\b"
)
def _half(m: re.Match[str], ctx: _Context) -> _Cand | None:
    h = int(m.group("h")) if m.group("h") else _ORDINALS[m.group("hn").lower()]
    written = m.group("y1") or m.group("y2")
    y = _year_ref(written, ctx)
    return _cand(m, iv.half(y, h), "vague", relative=not written[0].isdigit())


@_rule(
    rf"\b(?:(?P<p>early|mid|late)[- ]?(?:in\s+)?|(?:the\s+)?(?P<p2>beginning|start|outset|middle|"
    rf"midpoint|mid-point|end|close)\s+of\s+)(?P<y>{YEAR}|(?:this|last|next|the)\s+year)\b"
    rf"|\b(?P<p3>year-end\s+|end-)(?P<y3>{YEAR})\b|\b(?P<p4>mid-?year)\b"
)
def _part_of_year(m: re.Match[str], ctx: _Context) -> _Cand | None:
    if m.group("p4"):
        return _cand(m, iv.part_of_year(ctx.published.year, "mid"), "vague", relative=True)
    if m.group("p3"):
        return _cand(m, iv.part_of_year(int(m.group("y3")), "late"), "vague")
    part = _PART_WORDS[(m.group("p") or m.group("p2")).lower()]
    y = _year_ref(m.group("y"), ctx)
    return _cand(m, iv.part_of_year(y, part), "vague", relative=not m.group("y")[0].isdigit())


@_rule(rf"\bthe\s+first\s+(?:few\s+|several\s+)?months\s+of\s+(?P<y>{YEAR}|this\s+year)\b")
def _first_months(m: re.Match[str], ctx: _Context) -> _Cand | None:
    """ "the first months of 2026": Jan 1..publication when published that year, else
    the early part of the year."""
    y = _year_ref(m.group("y"), ctx)
    if y == ctx.published.year:
        return _cand(m, Interval(date(y, 1, 1), ctx.published, "range"), "vague", relative=True)
    return _cand(m, iv.part_of_year(y, "early"), "vague")


@_rule(
    r"\b(?:the\s+)?(?:(?P<p>early|mid|late)[- ]?)?(?:(?P<dec>1[89]\d0|20\d0)|['’](?P<d2>\d0))['’]?s"
    r"(?:-era)?\b"
)
def _decade(m: re.Match[str], ctx: _Context) -> _Cand | None:
    if m.group("dec"):
        first = int(m.group("dec"))
    else:
        yy = int(m.group("d2"))
        first = (2000 if yy + 2000 <= ctx.published.year else 1900) + yy
    part = m.group("p").lower() if m.group("p") else None
    return _cand(m, iv.decade(first, part), "vague")


@_rule(
    r"\b(?:the\s+)?(?:(?P<p>early|mid|late)[- ])?(?:(?P<c>1\d|2[01])(?:st|nd|rd|th)|"
    r"(?P<cw>eighteenth|nineteenth|twentieth|twenty[- ]first))[- ]century\b"
)
def _century(m: re.Match[str], ctx: _Context) -> _Cand | None:
    ordinal = int(m.group("c")) if m.group("c") else _CENTURY_WORDS[m.group("cw").lower()]
    part = m.group("p").lower() if m.group("p") else None
    return _cand(m, iv.century(ordinal, part), "vague")


@_rule(
    rf"(?:\b(?P<pre>between|from)\s+)?(?<![\w$€£#.,/-])(?P<y1>{YEAR})\s*(?:(?P<dash>[-–—/])\s*|\s+"
    rf"(?P<word>to|through|and|until)\s+)(?P<y2>{YEAR}|\d\d)(?![\w%]|[-/.,]\d)"
)
def _year_range(m: re.Match[str], ctx: _Context) -> _Cand | None:
    word = _g(m, "word").lower()
    if word == "and" and not m.group("pre"):
        return None
    y1, raw2 = int(m.group("y1")), m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)
    if y2 <= y1 or (m.group("dash") == "/" and y2 != y1 + 1):
        return None
    return _cand(m, iv.span(iv.year(y1), iv.year(y2)), "range")


@_rule(rf"(?<![\w$€£#.,/-])(?P<y>{YEAR})(?![\w%]|[-/.,]\d|['’]?s\b)")
def _year(m: re.Match[str], ctx: _Context) -> _Cand | None:
    text = m.string
    after = text[m.end() : m.end() + 24].split()
    if after and after[0].lower().strip(".,;:") in _QUANTITY_NOUNS:
        return None
    before = text[max(0, m.start() - 24) : m.start()].split()
    if before and before[-1].lower() in _NUMBER_NAMES:
        return None
    if (
        before
        and before[-1].lower() == "at"
        and after
        and re.match(r"(?i)hours|hrs|utc|gmt|z\b", after[0])
    ):
        return None  # military time: "at 2000 hours"
    return _cand(m, iv.year(int(m.group("y"))), "year")


@_rule(r"\b(?:(?P<mod>earlier|later)\s+)?(?P<rel>last|this|next)\s+(?P<unit>week|month|year)\b")
def _calendar_relative(m: re.Match[str], ctx: _Context) -> _Cand | None:
    unit = m.group("unit").lower()
    offset = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    whole = iv.calendar_unit(ctx.published, unit, offset)
    mod = _g(m, "mod").lower()
    if mod and offset == 0:
        if mod == "earlier":
            whole = Interval(whole.start, ctx.published, "range")
        else:
            whole = Interval(ctx.published, whole.end, "range")
    return _cand(m, whole, "relative", relative=True)


@_rule(
    rf"\b(?:(?:over|in|during|for|throughout|within)\s+)?the\s+(?:past|last|previous|preceding)\s+"
    rf"(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT})\b"
)
def _past_span(m: re.Match[str], ctx: _Context) -> _Cand | None:
    n = number(m.group("n")) if m.group("n") else 1
    return _cand(
        m, iv.back_from(ctx.published, n, _unit(m.group("unit"))), "relative", relative=True
    )


@_rule(rf"\b(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+ago\b")
def _ago(m: re.Match[str], ctx: _Context) -> _Cand | None:
    unit = _unit(m.group("unit"))
    n = number(m.group("n"))
    if unit == "decade":
        unit, n = "year", 10 * n
    return _cand(m, iv.unit_ago(ctx.published, n, unit), "relative", relative=True)


@_rule(rf"\bafter\s+(?P<n>{NUM})\s+(?P<unit>{UNIT})\b")
def _after_span(m: re.Match[str], ctx: _Context) -> _Cand | None:
    interval = iv.back_from(ctx.published, number(m.group("n")), _unit(m.group("unit")))
    return _cand(m, interval, "relative", relative=True)


# "in recent weeks": how far back each unit reaches (our convention, docs/timeline.md).
RECENT = {"days": (14, "day"), "weeks": (8, "week"), "months": (6, "month"), "years": (5, "year")}


@_rule(r"\b(?:in|over|during)\s+recent\s+(?P<unit>days|weeks|months|years)\b")
def _recent(m: re.Match[str], ctx: _Context) -> _Cand | None:
    n, unit = RECENT[m.group("unit").lower()]
    return _cand(m, iv.back_from(ctx.published, n, unit), "relative", relative=True)


@_rule(
    r"\b(?:yesterday|tomorrow|tonight|last\s+night|earlier\s+today|"
    r"this\s+(?:morning|afternoon|evening))\b"
)
def _day_word(m: re.Match[str], ctx: _Context) -> _Cand | None:
    word = m.group(0).lower()
    offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    return _cand(m, iv.day(ctx.published + timedelta(days=offset)), "day", relative=True)


@_rule(
    rf"\b(?P<rel>on|last|this|next|since|until|by)\s+(?P<wd>{WEEKDAY})\b"
    rf"(?!,?\s+(?:the\s+)?\d|,?\s+{MONTH})"
)
def _weekday(m: re.Match[str], ctx: _Context) -> _Cand | None:
    wd = [w.lower() for w in _WEEKDAYS].index(m.group("wd").lower())
    rel = m.group("rel").lower()
    which = rel if rel in ("last", "next") else "on"
    found = iv.weekday_near(ctx.published, wd, ctx.future, which)
    begin = m.start("wd") if rel in ("since", "until", "by") else m.start()
    return _Cand(begin, m.end(), iv.day(found), "day", relative=True)


# Forward windows (our convention, docs/timeline.md): how far "the coming X" reaches.
AHEAD = {"day": (14, "day"), "week": (8, "week"), "month": (6, "month"), "year": (3, "year")}
TERMS = {"near": (6, "month"), "short": (6, "month"), "medium": (2, "year"), "long": (10, "year")}


@_rule(
    rf"\b(?:in|over|during|within)\s+the\s+(?:(?P<unit1>days|weeks|months|years)\s+(?:ahead|to\s+come)|"
    rf"(?:coming|next|following|upcoming)\s+(?:(?P<n>{NUM})\s+)?(?P<unit2>{UNIT}))\b"
    rf"|\bwithin\s+(?P<n3>{NUM})\s+(?P<unit3>{UNIT})\b"
    rf"|\b(?:in|over)\s+the\s+(?P<term>near|short|medium|long)[- ]term\b"
)
def _ahead(m: re.Match[str], ctx: _Context) -> _Cand | None:
    if m.group("term"):
        n, unit = TERMS[m.group("term").lower()]
    else:
        unit = _unit(m.group("unit1") or m.group("unit2") or m.group("unit3"))
        written = m.group("n") or m.group("n3")
        n = number(written) if written else AHEAD.get(unit, (1, unit))[0]
        unit = AHEAD[unit][1] if not written and unit in AHEAD else unit
    return _cand(
        m, iv.ahead_of(ctx.published, 0, n, unit), "horizon", role="horizon", relative=True
    )


@_rule(
    rf"\b(?:on|over)\s+an?\s+(?P<n1>{NUM})(?:[- ]+(?:to|or)[- ]+(?P<n2>{NUM}))?[- ]+"
    rf"(?P<unit>day|week|month|year)\s+(?:view|horizon|outlook|timeframe|time\s+frame)\b"
)
def _view(m: re.Match[str], ctx: _Context) -> _Cand | None:
    far = number(m.group("n2") or m.group("n1"))
    interval = iv.ahead_of(ctx.published, 0, far, m.group("unit").lower())
    return _cand(m, interval, "horizon", role="horizon", relative=True)


@_rule(
    rf"(?:\b(?P<pre>between|from)\s+)?(?<![\d:.])(?P<t1>{_TIME})\s*(?:(?:–|—|-|\band\b|\bto\b|\buntil\b)\s*"
    rf"(?P<t2>{_TIME})\s*)?(?:\(?\s*){_ZONE}\)?(?![\w+-])"
)
def _time(m: re.Match[str], ctx: _Context) -> _Cand | None:
    first = _clock(m.group("t1"))
    last = _clock(m.group("t2")) if m.group("t2") else first
    if first is None or last is None:
        return None
    return _Cand(m.start(), m.end(), None, "time", times=(first, last, m.group("zone")))


def _clock(text: str) -> time | None:
    t = text.lower().replace(" ", "").replace(".", "")
    pm, am = t.endswith("pm"), t.endswith("am")
    t = t.removesuffix("pm").removesuffix("am")
    hours, _, minutes = t.replace("h", ":").partition(":")
    h, mi = int(hours), int(minutes or 0)
    if pm and h < 12:
        h += 12
    if am and h == 12:
        h = 0
    return time(h, mi) if h < 24 and mi < 60 else None


# -- assembling a sentence's expressions ------------------------------------------

_RANGE_GAP = re.compile(r"^\s*(?:–|—|-|to|until|till|through|and)\s*$", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"\b(?:as\s+of|as\s+at|available\s+(?:on|as\s+of|at|in)|at\s+the\s+time\s+of\s+writing\s+on)\s+$",
    re.IGNORECASE,
)
_BOUND = re.compile(r"\b(?:before|prior\s+to|predat(?:es?|ing)|antedat(?:es?|ing))\s+$", re.I)
_PREFIXED = re.compile(r"(?:post|pre|anti|non)-$", re.IGNORECASE)


def _candidates(sentence: str, ctx: _Context) -> Iterator[_Cand]:
    for pattern, resolve in _RULES:
        for m in pattern.finditer(sentence):
            try:
                cand = resolve(m, ctx)
            except ValueError:  # an impossible date ("31 June")
                continue
            if cand is not None:
                yield cand


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then earliest; drop any candidate overlapping one already kept."""
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.begin), c.begin)):
        if all(c.end <= k.begin or c.begin >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.begin)


def _with_year(c: _Cand, y: int) -> Interval | None:
    """Re-read a date stated without a year in year ``y`` (the year of a range's end)."""
    if c.yearless is None or c.interval is None:
        return c.interval
    mo, d = c.yearless
    if d:
        return iv.day(date(y, mo, d))
    if c.kind == "vague":
        part = {1: "early", 11: "mid"}.get(c.interval.start.day, "late")
        return iv.part_of_month(y, mo, part)
    return iv.month(y, mo)


def _combine_ranges(sentence: str, cands: list[_Cand]) -> list[_Cand]:
    """ "between late 2023 and early 2024", "from 2005 to 2012", "October 2022 – October 2023",
    "from 5 July to 1 October 2024": two adjacent dates joined into one range."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and _joinable(sentence, a, b):
            before = sentence[: a.begin]
            pre = re.search(r"\b(between|from)\s+$", before, re.IGNORECASE)
            assert a.interval is not None and b.interval is not None
            first = a.interval
            if a.yearless is not None and not b.yearless:
                first = _with_year(a, b.interval.end.year) or first
                if first.start > b.interval.end:
                    first = _with_year(a, b.interval.end.year - 1) or first
            if first.start <= b.interval.end:
                begin = pre.start() if pre else a.begin
                out.append(
                    _Cand(
                        begin,
                        b.end,
                        iv.span(first, b.interval),
                        "range",
                        relative=a.relative or b.relative,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _joinable(sentence: str, a: _Cand, b: _Cand) -> bool:
    if a.interval is None or b.interval is None or a.role != "date" or b.role != "date":
        return False
    gap = sentence[a.end : b.begin]
    if not _RANGE_GAP.match(gap):
        return False
    word = gap.strip().lower()
    pre = re.search(r"\b(between|from)\s+$", sentence[: a.begin], re.IGNORECASE)
    if word == "and":
        return bool(pre and pre.group(1).lower() == "between")
    if word in ("-", "–", "—"):
        return True
    return bool(pre) or a.kind == b.kind


def _apply_prefixes(sentence: str, c: _Cand, published: date) -> _Cand | None:
    """ "since X" → X..publication; "as of X" → a qualifier; "before X" → a bound;
    "post-1945" → not a date of anything."""
    before = sentence[: c.begin]
    if _PREFIXED.search(before):
        return None
    if c.interval is None or c.role != "date":
        return c
    since = _SINCE.search(before)
    if since:
        end = max(published, c.interval.start)
        return replace(
            c,
            begin=since.start(),
            interval=Interval(c.interval.start, end, "range", c.interval.start_time),
            kind="range",
            relative=True,
        )
    if _QUALIFIER.search(before):
        return replace(c, role="qualifier")
    if _BOUND.search(before):
        return replace(c, role="bound")
    return c


def _attach_times(cands: list[_Cand], published: date, anchor_day: date | None) -> list[_Cand]:
    """A time with a zone narrows the nearest day of the sentence (else ``anchor_day``)
    to minutes, converted to UTC; a time with no day to hang on is dropped."""
    out = [c for c in cands if c.kind != "time"]
    for t in (c for c in cands if c.kind == "time"):
        assert t.times is not None
        days = [c for c in out if c.interval is not None and c.interval.precision == "day"]
        host = min(
            days, key=lambda c: min(abs(c.begin - t.end), abs(t.begin - c.end)), default=None
        )
        on = host.interval.start if host is not None and host.interval is not None else anchor_day
        if on is None:
            continue
        offset = iv.utc_offset(t.times[2], on)
        if offset is None:
            continue
        first = datetime.combine(on, t.times[0]) - timedelta(hours=offset)
        last = datetime.combine(on, t.times[1]) - timedelta(hours=offset)
        if last < first:  # "23:00-01:00 UTC" crosses midnight
            last += timedelta(days=1)
        interval = Interval(first.date(), last.date(), "minute", first.time(), last.time())
        if host is not None:
            adjacent = 0 <= t.begin - host.end <= 4 or 0 <= host.begin - t.end <= 4
            begin, end = (
                (min(host.begin, t.begin), max(host.end, t.end))
                if adjacent
                else (host.begin, host.end)
            )
            out[out.index(host)] = replace(host, begin=begin, end=end, interval=interval)
        else:
            out.append(replace(t, interval=interval, kind="day", relative=True, anchored=True))
    return sorted(out, key=lambda c: c.begin)


_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected|planned|"
    r"going|poised)\s+to|plans?\s+to|planning\s+to|intends?\s+to|to\s+be\s+held|upcoming|"
    r"forthcoming|scheduled\s+for|planned\s+for)\b|['’]ll\b",
    re.IGNORECASE,
)


def is_future(sentence: str) -> bool:
    """Whether a sentence speaks of what is to come (decides "on 5 March": next or last)."""
    return bool(_FUTURE.search(sentence))


def find_temporal(
    sentence: str,
    published: date,
    *,
    future: bool | None = None,
    anchor_day: date | None = None,
) -> list[Temporal]:
    """Every temporal expression of ``sentence``, in order, as intervals.

    ``published`` resolves relative phrases and dates without a year; ``future`` says
    how to read those (default: from the sentence's verbs, :func:`is_future`);
    ``anchor_day`` is the day a bare time ("at 20:50 UTC") belongs to when the
    sentence names none. Expressions never overlap: the longest reading wins.
    """
    ctx = _Context(published, is_future(sentence) if future is None else future)
    chosen = _select(list(_candidates(sentence, ctx)))
    chosen = _combine_ranges(sentence, chosen)
    prefixed = [_apply_prefixes(sentence, c, published) for c in chosen]
    chosen = _attach_times([c for c in prefixed if c is not None], published, anchor_day)
    return [
        Temporal(
            sentence[c.begin : c.end], c.begin, c.end, c.interval, c.role, c.relative, c.anchored
        )
        for c in chosen
        if c.interval is not None
    ]
