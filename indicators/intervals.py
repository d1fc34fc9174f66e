"""Calendar intervals: what a stated date covers, by the conventions of ``docs/timeline.md``.

Pure arithmetic on :class:`datetime.date`: a month, a season, a quarter, a half, the
early/mid/late part of a year, decade or century, a week, a span back or forward from
the publication date. :mod:`indicators.dates` finds the expressions in text and calls
these; keeping the conventions here means the table in the docs has one place in code.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, time, timedelta

from indicators.pack import Precision

SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
PARTS = ("early", "mid", "late")
UNITS = ("day", "week", "month", "year", "decade")


@dataclass(frozen=True)
class Interval:
    """An inclusive interval of days, optionally narrowed to UTC times on its end days."""

    start: date
    end: date
    precision: Precision
    start_time: time | None = None
    end_time: time | None = None

    def key(self) -> str:
        """The interval as one string (``2025-09-01/2025-12-31``, times when set)."""
        first = f"{self.start}T{self.start_time:%H:%M}" if self.start_time else str(self.start)
        last = f"{self.end}T{self.end_time:%H:%M}" if self.end_time else str(self.end)
        return f"{first}/{last}"


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day(d: date) -> Interval:
    return Interval(d, d, "day")


def month(year: int, m: int) -> Interval:
    return Interval(date(year, m, 1), date(year, m, last_day(year, m)), "month")


def year(y: int) -> Interval:
    return Interval(date(y, 1, 1), date(y, 12, 31), "year")


def span(first: Interval, last: Interval) -> Interval:
    """From the start of ``first`` to the end of ``last``: a ``range``."""
    return Interval(first.start, last.end, "range", first.start_time, last.end_time)


def season(y: int, name: str) -> Interval:
    """Meteorological seasons, northern hemisphere; winter Y runs Dec Y .. Feb Y+1."""
    first = SEASONS[name]
    start = date(y, first, 1)
    end_year, end_month = (y + 1, 2) if first == 12 else (y, first + 2)
    return Interval(start, date(end_year, end_month, last_day(end_year, end_month)), "season")


def season_of(d: date) -> tuple[int, str]:
    """The (year, name) of the season ``d`` falls in (Jan/Feb belong to last year's winter)."""
    if d.month in (1, 2):
        return d.year - 1, "winter"
    name = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[(d.month - 3) // 3 * 3 + 3]
    return d.year, name


def relative_season(published: date, name: str, which: str) -> Interval:
    """``last``/``this``/``next`` season ``name`` seen from ``published``: last is the latest
    one that ended before publication, next the first that starts after it."""
    name = "autumn" if name == "fall" else name
    candidates = [season(y, name) for y in range(published.year - 2, published.year + 2)]
    if which == "last":
        return [s for s in candidates if s.end < published][-1]
    if which == "next":
        return next(s for s in candidates if s.start > published)
    # "this": the one containing publication, else the one in its season-year.
    inside = [s for s in candidates if s.start <= published <= s.end]
    return inside[0] if inside else season(season_of(published)[0], name)


def quarter(y: int, q: int) -> Interval:
    first = 3 * (q - 1) + 1
    return Interval(date(y, first, 1), date(y, first + 2, last_day(y, first + 2)), "quarter")


def half(y: int, h: int) -> Interval:
    return (
        Interval(date(y, 1, 1), date(y, 6, 30), "half")
        if h == 1
        else Interval(date(y, 7, 1), date(y, 12, 31), "half")
    )


def part_of_year(y: int, part: str) -> Interval:
    """early = Jan 1..Apr 30, mid = May 1..Aug 31, late (and "end of") = Sep 1..Dec 31."""
    first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
    return Interval(date(y, first, 1), date(y, last, last_day(y, last)), "range")


def part_of_month(y: int, m: int, part: str) -> Interval:
    """early = days 1..10, mid = 11..20, late (and "end of") = 21..last."""
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, last_day(y, m))}[part]
    return Interval(date(y, m, first), date(y, m, last), "range")


def decade(first_year: int, part: str | None = None) -> Interval:
    """The 1990s = 1990..1999 (``decade``); early 0-3, mid 4-6, late 7-9 (``range``)."""
    if part is None:
        return Interval(date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")
    lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
    return Interval(date(first_year + lo, 1, 1), date(first_year + hi, 12, 31), "range")


def century(ordinal: int, part: str | None = None) -> Interval:
    """The 19th century = 1800..1899; early 00-32, mid 33-65, late 66-99. Always ``range``."""
    first = (ordinal - 1) * 100
    lo, hi = {None: (0, 99), "early": (0, 32), "mid": (33, 65), "late": (66, 99)}[part]
    return Interval(date(max(first + lo, 1), 1, 1), date(first + hi, 12, 31), "range")


def week(d: date, offset: int = 0) -> Interval:
    """Monday..Sunday of the week of ``d`` (shifted by ``offset`` weeks): a ``range``."""
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=offset)
    return Interval(monday, monday + timedelta(days=6), "range")


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + n
    y, m = divmod(index, 12)
    return date(y, m + 1, min(d.day, last_day(y, m + 1)))


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` days, weeks, months, years or decades (negative: back)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    return add_months(d, n * {"month": 1, "year": 12, "decade": 120}[unit])


def back_from(published: date, n: int, unit: str) -> Interval:
    """ "over the past N units", "after N units": publication minus the span..publication."""
    return Interval(shift(published, -n, unit), published, "range")


def ahead_of(published: date, n_from: int, n_to: int, unit: str) -> Interval:
    """A forward window: publication plus ``n_from``..plus ``n_to`` units."""
    return Interval(shift(published, n_from, unit), shift(published, n_to, unit), "range")


def unit_ago(published: date, n: int, unit: str) -> Interval:
    """ "N units ago": the day, the week (Mon..Sun), the month or the year it lands in."""
    d = shift(published, -n, unit)
    if unit == "day":
        return day(d)
    if unit == "week":
        return week(d)
    if unit == "month":
        return month(d.year, d.month)
    return year(d.year)


def calendar_unit(published: date, unit: str, offset: int) -> Interval:
    """last/this/next week, month or year (offset -1/0/+1) as whole calendar units."""
    if unit == "week":
        return week(published, offset)
    if unit == "month":
        d = add_months(published.replace(day=1), offset)
        return month(d.year, d.month)
    return year(published.year + offset)


def yearless_month(published: date, m: int, future: bool, strict: bool = False) -> int:
    """The year of a month named without one: the previous occurrence (past tense) or the
    next (future tense); the publication month itself counts unless ``strict``."""
    if future:
        return (
            published.year
            if (m > published.month or (m == published.month and not strict))
            else published.year + 1
        )
    return (
        published.year
        if (m < published.month or (m == published.month and not strict))
        else published.year - 1
    )


def yearless_day(published: date, m: int, d: int, future: bool) -> date | None:
    """The nearest reading of a day named without a year: the last one on or before
    publication (past tense) or the first on or after it (future tense)."""
    step = 1 if future else -1
    for y in range(published.year, published.year + 5 * step, step):
        try:
            candidate = date(y, m, d)
        except ValueError:  # 29 February in a common year
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    return None


def weekday_near(published: date, weekday: int, future: bool, which: str = "on") -> date:
    """A weekday named without a date: in the publication week, the most recent one on or
    before publication (past tense) or the next on or after it (future). ``last`` and
    ``next`` skip publication day itself."""
    if which == "last" or (which != "next" and not future):
        back = (published.weekday() - weekday) % 7
        if which == "last" and back == 0:
            back = 7
        return published - timedelta(days=back)
    ahead = (weekday - published.weekday()) % 7
    if which == "next" and ahead == 0:
        ahead = 7
    return published + timedelta(days=ahead)


# -- time zones without a time zone database ---------------------------------------

# Fixed offsets (hours east of UTC). Ambiguous abbreviations (CST, IST) are left out.
ZONES = {
    "utc": 0.0,
    "gmt": 0.0,
    "z": 0.0,
    "wet": 0.0,
    "west": 1.0,
    "bst": 1.0,
    "cet": 1.0,
    "cest": 2.0,
    "eet": 2.0,
    "eest": 3.0,
    "msk": 3.0,
    "moscow time": 3.0,
    "beijing time": 8.0,
    "hkt": 8.0,
    "sgt": 8.0,
    "taipei time": 8.0,
    "jst": 9.0,
    "tokyo time": 9.0,
    "kst": 9.0,
    "seoul time": 9.0,
    "est": -5.0,
    "edt": -4.0,
    "cdt": -5.0,
    "mst": -7.0,
    "mdt": -6.0,
    "pst": -8.0,
    "pdt": -7.0,
    "aest": 10.0,
    "aedt": 11.0,
}
# Named local times that follow a daylight-saving rule: (standard offset, rule).
DST_ZONES = {
    "london time": (0.0, "eu"),
    "brussels time": (1.0, "eu"),
    "paris time": (1.0, "eu"),
    "berlin time": (1.0, "eu"),
    "kyiv time": (2.0, "eu"),
    "kiev time": (2.0, "eu"),
    "washington time": (-5.0, "us"),
    "new york time": (-5.0, "us"),
}


def _nth_sunday(y: int, m: int, n: int) -> date:
    """The n-th Sunday of a month (n = -1: the last)."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    last = date(y, m, last_day(y, m))
    return last - timedelta(days=(last.weekday() - 6) % 7)


def utc_offset(zone: str, on: date) -> float | None:
    """Hours east of UTC for a zone name as written (``UTC``, ``MSK``, ``Kyiv time``) on a
    day; None when unknown. EU summer time: last Sunday of March..last Sunday of October;
    US: second Sunday of March..first Sunday of November (to the day, not the hour)."""
    name = " ".join(zone.lower().split())
    if name in ZONES:
        return ZONES[name]
    if name in DST_ZONES:
        base, rule = DST_ZONES[name]
        if rule == "eu":
            summer = _nth_sunday(on.year, 3, -1) <= on < _nth_sunday(on.year, 10, -1)
        else:
            summer = _nth_sunday(on.year, 3, 2) <= on < _nth_sunday(on.year, 11, 1)
        return base + (1.0 if summer else 0.0)
    return None
