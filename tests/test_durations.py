from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from indicators.durations import DurationError, format_duration, parse_duration, parse_since

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("15m", 900),
        ("1h", 3600),
        ("24h", 86400),
        ("7d", 604800),
        ("2w", 1209600),
        (" 30M ", 1800),
    ],
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "15", "m", "1.5h", "-3d", "0m", "7 days", "yesterday"])
def test_bad_duration_names_the_value(text: str) -> None:
    with pytest.raises(DurationError, match="invalid duration"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", NOW - timedelta(hours=24)),
        ("2026-07-01", datetime(2026, 7, 1, tzinfo=UTC)),
        ("2026-07-01T20:00Z", datetime(2026, 7, 1, 20, 0, tzinfo=UTC)),
        ("2026-07-01T22:00+02:00", datetime(2026, 7, 1, 20, 0, tzinfo=UTC)),
    ],
)
def test_parse_since(text: str, expected: datetime) -> None:
    assert parse_since(text, NOW) == expected


@pytest.mark.parametrize("text", ["2026-13-01", "last tuesday", "2026/07/01"])
def test_bad_since(text: str) -> None:
    with pytest.raises(DurationError, match=text.replace("/", ".")):
        parse_since(text, NOW)


@pytest.mark.parametrize(
    ("seconds", "text"), [(900, "15m"), (3600, "1h"), (86400, "1d"), (90, "90s")]
)
def test_format_duration(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text
