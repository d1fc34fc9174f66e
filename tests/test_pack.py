"""The pack format: validation with file, line and problem; nothing half-valid passes."""

from __future__ import annotations

from datetime import date, time

import pytest

from indicators.pack import PackError, load_pack_file, parse_pack
from tests.conftest import MINI_PACK

TEXT = MINI_PACK.read_text(encoding="utf-8")


def test_mini_pack_parses() -> None:
    pack = parse_pack(TEXT, "mini.yaml")
    assert pack.pack == "mini-test"
    assert [d.key for d in pack.documents] == ["alpha", "beta"]
    assert len(pack.events) == 5
    minute = next(e for e in pack.events if e.precision == "minute")
    assert (minute.start_time, minute.end_time) == (time(20, 0), time(20, 50))
    assert pack.feeds[1].interval_seconds == 3600
    assert pack.aliases["china"][0] == "China"
    late = pack.events[0]
    assert (late.start, late.end, late.surface) == (
        date(2025, 9, 1),
        date(2025, 12, 31),
        "late 2025",
    )


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "where", "problem"),
    [
        ("start: 2025-09-01", "start: 2025-13-01", "events[0].start", "date"),
        (
            "end: 2025-12-31\n    precision: range\n    indicators: [training-disclosed]",
            "end: 2025-08-31\n    precision: range\n    indicators: [training-disclosed]",
            "events[0]",
            "is after end",
        ),
        ("precision: range", "precision: fortnight", "events[0].precision", "minute"),
        (
            '  - document: beta\n    summary: "Partnership',
            '  - document: gamma\n    summary: "Partnership',
            "events[3].document",
            "unknown document 'gamma'",
        ),
        (
            "indicators: [training-disclosed]",
            "indicators: [no-such-indicator]",
            "events[0].indicators",
            "unknown indicator 'no-such-indicator'",
        ),
        ('surface: "late 2025"', 'surface: "early 2025"', "events[0]", "surface 'early 2025'"),
        (
            'evidence: "A map was published in 2023."',
            'evidence: "A new map was published in 2023."',
            "events[4].evidence",
            "not quoted",
        ),
        ("  - id: cbrn-talk", "  - id: sanctions", "indicators[2].id", "duplicate indicator id"),
        ("interval: 1h", "interval: 30s", "feeds[1].interval", "1m minimum"),
        (
            'url: "https://example.org/ministry.xml"',
            'url: "ftp://example.org/m"',
            "feeds[1].url",
            "pattern",
        ),
        (
            "query: 'sanction* AND @china'",
            "query: 'sanction* AND @chinaa'",
            "indicators[1] (sanctions).query",
            "chinaa",
        ),
        (
            "query: '@cbrn AND @russia'",
            "query: '@cbrn AND (@russia'",
            "indicators[2] (cbrn-talk).query",
            "column",
        ),
    ],
)
def test_bad_pack_names_file_line_and_problem(old: str, new: str, where: str, problem: str) -> None:
    assert old in TEXT, old
    bad = TEXT.replace(old, new, 1)
    with pytest.raises(PackError) as info:
        parse_pack(bad, "mini.yaml")
    err = info.value
    assert err.source == "mini.yaml"
    assert err.where == where
    assert problem in err.problem
    assert err.line is not None
    # The line points at the offending entry (or inside it).
    first_changed = line_of(bad, new.splitlines()[0].strip())
    assert abs(err.line - first_changed) <= 8
    assert str(err).startswith(f"mini.yaml:{err.line}: ")
    assert "\n" not in str(err)


def test_yaml_syntax_error_has_line() -> None:
    bad = TEXT.replace("version: 1", "version: [1", 1)
    with pytest.raises(PackError, match=r"^mini.yaml:\d+: YAML: "):
        parse_pack(bad, "mini.yaml")


@pytest.mark.parametrize("text", ["", "- just\n- a list\n", "pack: ok\nunknown_key: 1\n"])
def test_not_a_pack(text: str) -> None:
    with pytest.raises(PackError):
        parse_pack(text, "x.yaml")


def test_missing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PackError, match="no such file"):
        load_pack_file(tmp_path / "nope.yaml")
