"""Temporal expressions, one table per family, the publication date varied (year
boundaries included). Conventions: docs/timeline.md."""

from __future__ import annotations

from datetime import date, time

import pytest

from indicators import intervals as iv
from indicators.dates import find_temporal, is_future, number

D = date.fromisoformat


def only(sentence: str, published: str, **kw: object) -> tuple[str, str, str, str]:
    """(surface, start, end, precision) of the one expression of ``sentence``."""
    found = find_temporal(sentence, D(published), **kw)  # type: ignore[arg-type]
    assert len(found) == 1, [t.surface for t in found]
    t = found[0]
    return t.surface, str(t.interval.start), str(t.interval.end), t.interval.precision


def spans(sentence: str, published: str) -> list[tuple[str, str, str]]:
    return [
        (t.surface, str(t.interval.start), str(t.interval.end))
        for t in find_temporal(sentence, D(published))
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "On 1 July 2026, the channel posted it.",
            "2026-07-02",
            ("1 July 2026", "2026-07-01", "2026-07-01", "day"),
        ),
        (
            "It was signed July 1, 2026 in Moscow.",
            "2026-07-02",
            ("July 1, 2026", "2026-07-01", "2026-07-01", "day"),
        ),
        (
            "The file is dated 2026-07-01.",
            "2026-07-02",
            ("2026-07-01", "2026-07-01", "2026-07-01", "day"),
        ),
        (
            "It met on Monday, 6 July 2026.",
            "2026-07-09",
            ("Monday, 6 July 2026", "2026-07-06", "2026-07-06", "day"),
        ),
        (
            "They met on the 5th of March 2024.",
            "2024-06-01",
            ("the 5th of March 2024", "2024-03-05", "2024-03-05", "day"),
        ),
        (
            "Troops withdrew on 30 September.",
            "2026-07-01",
            ("30 September", "2025-09-30", "2025-09-30", "day"),
        ),
        (
            "Troops withdrew on 30 September.",
            "2026-10-01",
            ("30 September", "2026-09-30", "2026-09-30", "day"),
        ),
        # Year boundaries: the previous occurrence in past tense, the next in future tense.
        (
            "Talks collapsed on December 19.",
            "2026-01-03",
            ("December 19", "2025-12-19", "2025-12-19", "day"),
        ),
        (
            "The summit will open on 2 January.",
            "2025-12-30",
            ("2 January", "2026-01-02", "2026-01-02", "day"),
        ),
        (
            "Parliament will vote on 20 December.",
            "2026-01-03",
            ("20 December", "2026-12-20", "2026-12-20", "day"),
        ),
        (
            "It sank on Dec. 19, 2019.",
            "2020-01-01",
            ("Dec. 19, 2019", "2019-12-19", "2019-12-19", "day"),
        ),
        (
            "The vote was held on 29 February.",
            "2025-03-10",
            ("29 February", "2024-02-29", "2024-02-29", "day"),
        ),
    ],
)
def test_days(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("They met on Thursday.", "2026-07-01", ("on Thursday", "2026-06-25", "2026-06-25", "day")),
        (
            "They will meet on Thursday.",
            "2026-07-01",
            ("on Thursday", "2026-07-02", "2026-07-02", "day"),
        ),
        (
            "They met on Wednesday.",
            "2026-07-01",
            ("on Wednesday", "2026-07-01", "2026-07-01", "day"),
        ),
        (
            "They met last Wednesday.",
            "2026-07-01",
            ("last Wednesday", "2026-06-24", "2026-06-24", "day"),
        ),
        (
            "The strike came yesterday.",
            "2026-01-01",
            ("yesterday", "2025-12-31", "2025-12-31", "day"),
        ),
        ("Talks resume tomorrow.", "2025-12-31", ("tomorrow", "2026-01-01", "2026-01-01", "day")),
    ],
)
def test_weekdays_and_day_words(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "The partnership was announced in February 2022.",
            "2026-07-01",
            ("February 2022", "2022-02-01", "2022-02-28", "month"),
        ),
        (
            "Confirmed in Dec 2019 by the director.",
            "2025-05-20",
            ("Dec 2019", "2019-12-01", "2019-12-31", "month"),
        ),
        (
            "Talks stalled in December.",
            "2026-01-10",
            ("December", "2025-12-01", "2025-12-31", "month"),
        ),
        (
            "Talks will resume in January.",
            "2025-12-10",
            ("January", "2026-01-01", "2026-01-31", "month"),
        ),
        (
            "October's strike was the largest.",
            "2026-01-10",
            ("October's", "2025-10-01", "2025-10-31", "month"),
        ),
        (
            "Exports fell last month.",
            "2026-01-15",
            ("last month", "2025-12-01", "2025-12-31", "month"),
        ),
        (
            "Exports will rise next month.",
            "2025-12-15",
            ("next month", "2026-01-01", "2026-01-31", "month"),
        ),
        (
            "Earlier this month, a report revealed it.",
            "2025-05-20",
            ("Earlier this month", "2025-05-01", "2025-05-20", "range"),
        ),
        (
            "Shelling intensified in mid-February 2023.",
            "2024-01-01",
            ("mid-February 2023", "2023-02-11", "2023-02-20", "range"),
        ),
        (
            "Drills ended in late October.",
            "2026-01-10",
            ("late October", "2025-10-21", "2025-10-31", "range"),
        ),
        (
            "Exercises ran from July to September 2024.",
            "2025-01-01",
            ("from July to September 2024", "2024-07-01", "2024-09-30", "range"),
        ),
        (
            "Talks ran from November to February.",
            "2026-03-01",
            ("from November to February", "2025-11-01", "2026-02-28", "range"),
        ),
        (
            "It was a May 2024 decision.",
            "2025-01-01",
            ("May 2024", "2024-05-01", "2024-05-31", "month"),
        ),
    ],
)
def test_months(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "The offensive began in spring 2024.",
            "2025-01-01",
            ("spring 2024", "2024-03-01", "2024-05-31", "season"),
        ),
        (
            "It happened in the summer of 2023.",
            "2025-01-01",
            ("summer of 2023", "2023-06-01", "2023-08-31", "season"),
        ),
        (
            "Fighting paused in winter 2023.",
            "2025-01-01",
            ("winter 2023", "2023-12-01", "2024-02-29", "season"),
        ),
        (
            "Deliveries resumed in fall 2025.",
            "2026-01-01",
            ("fall 2025", "2025-09-01", "2025-11-30", "season"),
        ),
        (
            "Attacks peaked last winter.",
            "2026-01-15",
            ("last winter", "2024-12-01", "2025-02-28", "season"),
        ),
        (
            "Attacks peaked last winter.",
            "2026-07-01",
            ("last winter", "2025-12-01", "2026-02-28", "season"),
        ),
        (
            "They expanded output last summer.",
            "2026-07-01",
            ("last summer", "2025-06-01", "2025-08-31", "season"),
        ),
        (
            "Revenue fell in Q3 2024.",
            "2025-01-01",
            ("Q3 2024", "2024-07-01", "2024-09-30", "quarter"),
        ),
        (
            "Revenue fell in the third quarter of 2024.",
            "2025-01-01",
            ("the third quarter of 2024", "2024-07-01", "2024-09-30", "quarter"),
        ),
        (
            "Revenue fell in the fourth quarter.",
            "2026-02-01",
            ("the fourth quarter", "2025-10-01", "2025-12-31", "quarter"),
        ),
        (
            "Revenue fell last quarter.",
            "2026-02-01",
            ("last quarter", "2025-10-01", "2025-12-31", "quarter"),
        ),
        (
            "Shipments doubled in the first half of 2024.",
            "2025-01-01",
            ("the first half of 2024", "2024-01-01", "2024-06-30", "half"),
        ),
        (
            "Shipments doubled in H2 2024.",
            "2025-01-01",
            ("H2 2024", "2024-07-01", "2024-12-31", "half"),
        ),
    ],
)
def test_seasons_quarters_halves(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Training took place in late 2025.",
            "2026-07-01",
            ("late 2025", "2025-09-01", "2025-12-31", "range"),
        ),
        (
            "It was dated to the end of 2025.",
            "2026-07-01",
            ("the end of 2025", "2025-09-01", "2025-12-31", "range"),
        ),
        (
            "Planning began early 2024.",
            "2026-07-01",
            ("early 2024", "2024-01-01", "2024-04-30", "range"),
        ),
        (
            "Planning began in early 2024.",
            "2026-07-01",
            ("early 2024", "2024-01-01", "2024-04-30", "range"),
        ),
        (
            "Planning began early in 2024.",
            "2026-07-01",
            ("early in 2024", "2024-01-01", "2024-04-30", "range"),
        ),
        (
            "Output fell by mid-2023.",
            "2026-07-01",
            ("mid-2023", "2023-05-01", "2023-08-31", "range"),
        ),
        (
            "The leak is appearing at the midpoint of 2026.",
            "2026-07-01",
            ("the midpoint of 2026", "2026-05-01", "2026-08-31", "range"),
        ),
        (
            "Work started at the beginning of 2022.",
            "2026-07-01",
            ("the beginning of 2022", "2022-01-01", "2022-04-30", "range"),
        ),
        (
            "Stocks ran low late last year.",
            "2026-02-01",
            ("late last year", "2025-09-01", "2025-12-31", "range"),
        ),
        (
            "Deliveries end by the end of the year.",
            "2026-02-01",
            ("the end of the year", "2026-09-01", "2026-12-31", "range"),
        ),
        (
            "The contract was signed at year-end 2025.",
            "2026-02-01",
            ("year-end 2025", "2025-09-01", "2025-12-31", "range"),
        ),
        (
            "Arrests rose in the first months of 2026.",
            "2026-03-10",
            ("the first months of 2026", "2026-01-01", "2026-03-10", "range"),
        ),
    ],
)
def test_parts_of_years(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The war began in 1979.", "2025-05-20", ("1979", "1979-01-01", "1979-12-31", "year")),
        (
            "Exports reached 8.7% by 2012.",
            "2025-05-20",
            ("2012", "2012-01-01", "2012-12-31", "year"),
        ),
        (
            "It released a 2023 Chinese state map.",
            "2025-05-20",
            ("2023", "2023-01-01", "2023-12-31", "year"),
        ),
        (
            "Aircraft of the 1990s-era fleet were copied.",
            "2025-05-20",
            ("the 1990s-era", "1990-01-01", "1999-12-31", "decade"),
        ),
        (
            "Purges swept the army in the 2010s.",
            "2025-05-20",
            ("the 2010s", "2010-01-01", "2019-12-31", "decade"),
        ),
        (
            "Plants were built in the late 1990s.",
            "2025-05-20",
            ("the late 1990s", "1997-01-01", "1999-12-31", "range"),
        ),
        (
            "It cited 19th-century treaties.",
            "2025-05-20",
            ("19th-century", "1800-01-01", "1899-12-31", "range"),
        ),
        (
            "It cited treaties of the nineteenth century.",
            "2025-05-20",
            ("the nineteenth century", "1800-01-01", "1899-12-31", "range"),
        ),
    ],
)
def test_years_decades_centuries(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Composed between late 2023 and early 2024, the document warns.",
            "2025-05-20",
            ("between late 2023 and early 2024", "2023-09-01", "2024-04-30", "range"),
        ),
        (
            "It ran from 2005 to 2012.",
            "2025-05-20",
            ("from 2005 to 2012", "2005-01-01", "2012-12-31", "range"),
        ),
        (
            "It ran between 2005 and 2012.",
            "2025-05-20",
            ("between 2005 and 2012", "2005-01-01", "2012-12-31", "range"),
        ),
        (
            "The 2017-21 plan failed.",
            "2025-05-20",
            ("2017-21", "2017-01-01", "2021-12-31", "range"),
        ),
        (
            "The 2017–2021 plan failed.",
            "2025-05-20",
            ("2017–2021", "2017-01-01", "2021-12-31", "range"),
        ),
        (
            "Deployed October 2022 – October 2023.",
            "2025-05-20",
            ("October 2022 – October 2023", "2022-10-01", "2023-10-31", "range"),
        ),
        (
            "Exercises ran 18–22 August 2024.",
            "2025-05-20",
            ("18–22 August 2024", "2024-08-18", "2024-08-22", "range"),
        ),
        (
            "Exercises ran August 18-22, 2024.",
            "2025-05-20",
            ("August 18-22, 2024", "2024-08-18", "2024-08-22", "range"),
        ),
        (
            "Exercises ran 18 August – 22 August.",
            "2025-05-20",
            ("18 August – 22 August", "2024-08-18", "2024-08-22", "range"),
        ),
        (
            "Drills ran from 5 July to 1 October 2024.",
            "2025-05-20",
            ("from 5 July to 1 October 2024", "2024-07-05", "2024-10-01", "range"),
        ),
        (
            "Officials have, since 2024, named them.",
            "2026-07-01",
            ("since 2024", "2024-01-01", "2026-07-01", "range"),
        ),
        (
            "Sanctions have applied since February 2022.",
            "2026-07-01",
            ("since February 2022", "2022-02-01", "2026-07-01", "range"),
        ),
        (
            "Prices rose since the end of 2022.",
            "2026-07-01",
            ("since the end of 2022", "2022-09-01", "2026-07-01", "range"),
        ),
        (
            "Arrests continued since November.",
            "2024-03-10",
            ("since November", "2023-11-01", "2024-03-10", "range"),
        ),
    ],
)
def test_ranges_and_since(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Strikes resumed last week.",
            "2026-01-05",
            ("last week", "2025-12-29", "2026-01-04", "range"),
        ),
        (
            "Strikes resumed this week.",
            "2026-01-01",
            ("this week", "2025-12-29", "2026-01-04", "range"),
        ),
        (
            "It said earlier this year that it was false.",
            "2026-07-01",
            ("earlier this year", "2026-01-01", "2026-07-01", "range"),
        ),
        (
            "It will decide later this year.",
            "2026-07-01",
            ("later this year", "2026-07-01", "2026-12-31", "range"),
        ),
        (
            "Exports grew last year.",
            "2026-01-02",
            ("last year", "2025-01-01", "2025-12-31", "year"),
        ),
        (
            "Imagery over the past three months shows tunnels.",
            "2026-05-31",
            ("over the past three months", "2026-02-28", "2026-05-31", "range"),
        ),
        (
            "Activity in the past two years doubled.",
            "2026-07-01",
            ("in the past two years", "2024-07-01", "2026-07-01", "range"),
        ),
        (
            "It appeared after two years of silence.",
            "2026-07-01",
            ("after two years", "2024-07-01", "2026-07-01", "range"),
        ),
        (
            "It was tested three years ago.",
            "2026-07-01",
            ("three years ago", "2023-01-01", "2023-12-31", "year"),
        ),
        (
            "It was tested two months ago.",
            "2026-01-15",
            ("two months ago", "2025-11-01", "2025-11-30", "month"),
        ),
        (
            "It was tested a week ago.",
            "2026-01-07",
            ("a week ago", "2025-12-29", "2026-01-04", "range"),
        ),
        (
            "Clashes rose in recent weeks.",
            "2026-07-01",
            ("in recent weeks", "2026-05-06", "2026-07-01", "range"),
        ),
    ],
)
def test_relative(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "In the weeks ahead, key indicators will include whether X.",
            "2026-07-02",
            ("In the weeks ahead", "2026-07-02", "2026-08-27"),
        ),
        (
            "On a six-to-twelve-month view, three outcomes are plausible.",
            "2026-07-01",
            ("On a six-to-twelve-month view", "2026-07-01", "2027-07-01"),
        ),
        (
            "Expect moves in the coming months.",
            "2025-12-31",
            ("in the coming months", "2025-12-31", "2026-06-30"),
        ),
        (
            "A decision may come within six months.",
            "2026-08-31",
            ("within six months", "2026-08-31", "2027-02-28"),
        ),
        (
            "Over the next two years, output will grow.",
            "2026-01-01",
            ("Over the next two years", "2026-01-01", "2028-01-01"),
        ),
    ],
)
def test_horizons_are_not_dates(sentence: str, published: str, expected: tuple[str, ...]) -> None:
    (t,) = find_temporal(sentence, D(published))
    assert (t.surface, str(t.interval.start), str(t.interval.end)) == expected
    assert t.role == "horizon" and t.relative


def test_times_with_zones_narrow_their_day_in_utc() -> None:
    (t,) = find_temporal(
        "Both posts were carried on 1 July 2026 (timestamped between 20:00 and 20:50 UTC).",
        D("2026-07-02"),
    )
    i = t.interval
    assert (i.start, i.end, i.precision) == (D("2026-07-01"), D("2026-07-01"), "minute")
    assert (i.start_time, i.end_time) == (time(20, 0), time(20, 50))
    assert i.key() == "2026-07-01T20:00/2026-07-01T20:50"
    # Moscow time crossing midnight back into the previous UTC day.
    (t,) = find_temporal("The strike hit at 01:30 MSK on 2 March 2025.", D("2025-03-05"))
    assert (t.interval.start, t.interval.start_time) == (D("2025-03-01"), time(22, 30))
    # Kyiv time follows EU summer time.
    (summer,) = find_temporal(
        "At 23:30 Kyiv time on 1 August 2024 sirens sounded.", D("2024-08-02")
    )
    (winter,) = find_temporal(
        "At 23:30 Kyiv time on 1 February 2024 sirens sounded.", D("2024-02-02")
    )
    assert summer.interval.start_time == time(20, 30)
    assert winter.interval.start_time == time(21, 30)
    # 12-hour clock.
    (t,) = find_temporal("On 3 May 2025 at 8:15 p.m. GMT the drone fell.", D("2025-05-04"))
    assert t.interval.start_time == time(20, 15)


def test_a_bare_time_needs_a_day() -> None:
    assert find_temporal("Posts appeared at 20:50 UTC.", D("2026-07-02")) == []
    (t,) = find_temporal(
        "Posts appeared at 20:50 UTC.", D("2026-07-02"), anchor_day=D("2026-07-01")
    )
    assert t.anchored and t.interval.start == D("2026-07-01")
    assert t.interval.start_time == time(20, 50)
    # A time without a zone cannot be put in UTC: only the day remains.
    assert only("They met on 3 May 2025 at 14:00.", "2025-05-04")[3] == "day"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Outlets have not, as of 1 July 2026, issued a response.", "qualifier"),
        ("The evidence available on 1 July 2026 does not settle it.", "qualifier"),
        ("It was planned before 2022.", "bound"),
    ],
)
def test_reference_points_and_bounds(sentence: str, role: str) -> None:
    (t,) = find_temporal(sentence, D("2026-07-02"))
    assert t.role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "China may respond and March on.",  # "may" and "march" are verbs
        "The COVID-19 pandemic frayed trust.",
        "It converted Su-27 fighters and S-300 missiles into HQ-9 systems.",
        "Some 2000 troops and 1850 km of border were involved.",
        "Resolution 2231 still applies.",
        "The post-1945 order rests on three pillars.",
        "Exports fell to 8.7% of the total.",
        "He said it in the past.",
        "The second half of the match was dull.",  # no year: not a date
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_temporal(sentence, D("2026-07-01")) == []


def test_two_dates_in_one_sentence_stay_two() -> None:
    assert spans("Exports plummeted from 60% in 2005 to 8.7% by 2012.", "2025-05-20") == [
        ("2005", "2005-01-01", "2005-12-31"),
        ("2012", "2012-01-01", "2012-12-31"),
    ]
    assert spans(
        "Officials have, since 2024, named them, and NATO's 2024 and 2025 communiqués agreed.",
        "2026-07-01",
    ) == [
        ("since 2024", "2024-01-01", "2026-07-01"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("2025", "2025-01-01", "2025-12-31"),
    ]


def test_offsets_slice_the_sentence() -> None:
    s = "Between late 2023 and early 2024, and again on 5 May 2025, it happened."
    for t in find_temporal(s, D("2026-01-01")):
        assert s[t.begin : t.end] == t.surface


def test_tense_and_numbers() -> None:
    assert is_future("Russia will hold elections on 5 November.")
    assert is_future("The drills are scheduled to start on 3 March.")
    assert not is_future("Russia held elections on 5 November.")
    assert [number(w) for w in ("three", "18", "twenty-four", "a", "a few")] == [3, 18, 24, 1, 3]


def test_interval_arithmetic() -> None:
    assert iv.add_months(D("2024-01-31"), 1) == D("2024-02-29")
    assert iv.season_of(D("2026-02-10")) == (2025, "winter")
    assert iv.season_of(D("2026-12-10")) == (2026, "winter")
    assert iv.utc_offset("UTC", D("2026-01-01")) == 0
    assert iv.utc_offset("Brussels time", D("2026-03-28")) == 1  # before the last Sunday
    assert iv.utc_offset("Brussels time", D("2026-03-29")) == 2
    assert iv.utc_offset("Washington time", D("2026-07-04")) == -4
    assert iv.utc_offset("CST", D("2026-07-04")) is None  # ambiguous: left out
    assert iv.week(D("2026-01-01")) == iv.Interval(D("2025-12-29"), D("2026-01-04"), "range")
    assert iv.yearless_day(D("2025-03-10"), 2, 29, future=True) == D("2028-02-29")
