"""The CLI end to end: real SQLite file, the real Typer app and the installed console script."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from storage import queries
from storage.queries import NewItem
from storage.store import Store
from tests.conftest import MINI_PACK, Cli


def lines(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_init_loads_the_seed_pack_idempotently(cli: Cli) -> None:
    first = cli("init")
    assert first.returncode == 0, first.stderr
    assert "created" in first.stdout
    second = cli("init")
    assert second.returncode == 0
    assert "created nothing; updated nothing; removed nothing" in second.stdout
    inds = lines(cli("indicators", "--json").stdout)
    assert len(inds) == 14
    assert {"id", "title", "description", "query", "enabled"} <= set(inds[0])


def test_seed_timeline_in_order(cli: Cli) -> None:
    cli("init")
    rows = lines(cli("timeline", "--json").stdout)
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts, key=lambda s: s[:10])
    assert all(
        {"kind", "start", "end", "precision", "summary", "indicator_ids", "document", "url"}
        <= set(r)
        for r in rows
    )
    training = [r for r in rows if r["start"] == "2025-09-01" and r["end"] == "2025-12-31"]
    assert training and training[0]["stated"] in ("late 2025", "the end of 2025", "end of 2025")
    report = [r for r in rows if r["start"].startswith("2026-07-01")]
    assert any(r["precision"] == "day" for r in report)
    assert any(
        r["start"] == "2026-07-01T20:00:00Z" and r["end"] == "2026-07-01T20:50:00Z" for r in report
    )
    assert starts.index(training[0]["start"]) < starts.index(report[0]["start"])
    assert any(r["start"] == "2022-02-01" and r["precision"] == "month" for r in rows)


def test_pack_load_and_queries(cli: Cli) -> None:
    out = cli("pack", "load", str(MINI_PACK))
    assert out.returncode == 0, out.stderr
    assert "pack mini-test v1: created" in out.stdout
    rows = lines(cli("timeline", "--json", "--since", "2025-10-01", "--until", "2026-06-30").stdout)
    assert [r["stated"] for r in rows] == ["late 2025"]
    human = cli("timeline")
    assert "late 2025" in human.stdout and "February 2022" in human.stdout
    assert cli("indicators", "check").returncode == 0


def _seed_match(store: Store) -> None:
    feed = store.add_feed("https://example.org/wire2.xml", name="Wire")
    (item,) = queries.add_items(
        store,
        feed.id or 0,
        [
            NewItem(
                "g1",
                "US sanctions Chinese firms",
                "Treasury designated Chinese companies.",
                link="https://example.org/a1",
                published_at=datetime(2026, 7, 5, tzinfo=UTC),
            )
        ],
        fetched_at=datetime.now(UTC),
    )
    from watcher.match import build_matcher, to_new_match

    results = build_matcher(store).match(item.title, item.summary)
    queries.record_matches(store, item.id, map(to_new_match, results))


def test_matches_listing_and_explain(cli: Cli, store: Store) -> None:
    cli("pack", "load", str(MINI_PACK))
    _seed_match(store)
    rows = lines(cli("matches", "--since", "24h", "--json").stdout)
    assert [r["indicator_id"] for r in rows] == ["sanctions"]
    assert {
        "indicator_id",
        "title",
        "url",
        "feed",
        "published",
        "matched_at",
        "terms",
        "snippet",
    } <= set(rows[0])
    assert rows[0]["url"] == "https://example.org/a1"
    assert lines(cli("matches", "--since", "2099-01-01", "--json").stdout) == []
    explained = cli("matches", "--explain")
    assert explained.returncode == 0, explained.stderr
    assert "sanction" in explained.stdout.lower()
    rows = lines(cli("timeline", "--json", "--indicator", "sanctions").stdout)
    assert [r["kind"] for r in rows] == ["match", "status"]
    assert rows[1]["summary"] == "sanctions: watching → reported"


def test_feeds_commands(cli: Cli) -> None:
    cli("pack", "load", str(MINI_PACK))
    added = cli("feeds", "add", "https://example.org/new.xml", "--name", "New", "--interval", "30m")
    assert added.returncode == 0, added.stderr
    feeds = lines(cli("feeds", "list", "--json").stdout)
    new = next(f for f in feeds if f["name"] == "New")
    assert new["interval"] == "30m" and new["enabled"] is True
    assert cli("feeds", "remove", str(new["id"])).returncode == 0
    assert "New" not in [f["name"] for f in lines(cli("feeds", "list", "--json").stdout)]


def test_classify_and_rematch(cli: Cli, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("pack", "load", str(MINI_PACK))
    sample = tmp_path / "sample.jsonl"
    sample.write_text(
        json.dumps({"id": "a", "title": "Russian troops trained in China", "summary": ""})
        + "\n"
        + json.dumps({"id": "b", "title": "Weather in Paris", "summary": "Sunny."})
        + "\n",
        encoding="utf-8",
    )
    rows = lines(cli("classify", str(sample), "--json").stdout)
    assert rows[0]["id"] == "a" and rows[0]["indicators"] == ["training-disclosed"]
    assert rows[1] == {"id": "b", "indicators": [], "hits": {}}
    via_stdin = lines(cli("classify", "--json", input=sample.read_text()).stdout)
    assert via_stdin == rows

    feed = store.add_feed("https://example.org/w.xml")
    queries.add_items(
        store,
        feed.id or 0,
        [NewItem("x", "Kremlin says CBRN drills with China")],
        fetched_at=datetime.now(UTC),
    )
    dry = cli("rematch", "--dry-run")
    assert "would add 2 matches" in dry.stdout, dry.stdout
    assert queries.matches(store) == []
    assert "added 2 matches" in cli("rematch").stdout
    assert "added 0 matches" in cli("rematch").stdout
    assert sorted(r.indicator_id for r in queries.matches(store)) == [
        "cbrn-talk",
        "training-disclosed",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--indicator", "no-such-id"], "unknown indicator 'no-such-id'"),
        (["matches", "--since", "yesterday"], "invalid date 'yesterday'"),
        (["matches", "--since", "7x"], "invalid date '7x'"),
        (["matches", "--limit", "0"], "invalid --limit 0"),
        (["timeline", "--until", "2026-02-30"], "invalid date '2026-02-30'"),
        (["pack", "load", "/nonexistent/pack.yaml"], "/nonexistent/pack.yaml: no such file"),
        (["feeds", "add", "not-a-url"], "invalid feed URL 'not-a-url'"),
        (["feeds", "add", "https://example.org/f", "--interval", "30s"], "invalid interval 30s"),
        (
            ["feeds", "add", "https://example.org/f", "--interval", "soon"],
            "invalid duration 'soon'",
        ),
        (["feeds", "remove", "999"], "unknown feed id 999"),
        (["indicators", "enable", "nope"], "unknown indicator 'nope'"),
        (["indicators", "test", "nope", "text"], "unknown indicator 'nope'"),
        (["classify", "/nonexistent.jsonl"], "no such file: /nonexistent.jsonl"),
    ],
)
def test_bad_input_is_one_line_exit_2(cli: Cli, args: list[str], message: str) -> None:
    cli("pack", "load", str(MINI_PACK))
    result = cli(*args)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_bad_pack_leaves_store_untouched(cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("pack", "load", str(MINI_PACK))
    before = cli("timeline", "--json").stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        MINI_PACK.read_text()
        .replace("version: 1", "version: 2")
        .replace("start: 2025-09-01", "start: 2025-09-31"),
        encoding="utf-8",
    )
    result = cli("pack", "load", str(bad))
    assert result.returncode == 2
    assert str(bad) in result.stderr and "events[0].start" in result.stderr
    assert cli("timeline", "--json").stdout == before


def test_bad_jsonl_names_line(cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("pack", "load", str(MINI_PACK))
    f = tmp_path / "s.jsonl"
    f.write_text('{"id": 1, "title": "ok"}\n{oops\n', encoding="utf-8")
    result = cli("classify", str(f), "--json")
    assert result.returncode == 2 and f"{f}:2: not JSON" in result.stderr


def test_console_script_end_to_end(cli: Cli) -> None:
    assert cli.subprocess("db", "upgrade").returncode == 0
    loaded = cli.subprocess("pack", "load", str(MINI_PACK))
    assert loaded.returncode == 0, loaded.stderr
    out = cli.subprocess("timeline", "--json")
    assert out.returncode == 0 and len(lines(out.stdout)) == 5
    bad = cli.subprocess("timeline", "--since", "someday")
    assert bad.returncode == 2 and bad.stderr.startswith("error: invalid date 'someday'")
    assert "Traceback" not in bad.stderr


def test_every_command_has_help(cli: Cli) -> None:
    import typer.main

    from watcher.cli import app

    group = typer.main.get_command(app)
    names = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        assert cmd.help or cmd.short_help, name
        for sub, subcmd in getattr(cmd, "commands", {}).items():
            assert subcmd.help, f"{name} {sub}"
    assert {
        "init",
        "run",
        "timeline",
        "matches",
        "indicators",
        "feeds",
        "pack",
        "db",
        "classify",
        "rematch",
    } <= set(names)


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2025-09-01", "2025-12-31", "2025-09-01 → 2025-12-31"),
        ("2026-07-01", "2026-07-01", "2026-07-01"),
        ("2026-07-01T20:00:00Z", "2026-07-01T20:50:00Z", "2026-07-01 20:00–20:50 UTC"),
        ("2026-07-01T20:50:00Z", "2026-07-01T20:50:00Z", "2026-07-01 20:50 UTC"),
        ("2026-06-30T23:00:00Z", "2026-07-01T01:00:00Z", "2026-06-30 23:00 → 2026-07-01 01:00 UTC"),
    ],
)
def test_interval_label(start: str, end: str, label: str) -> None:
    from watcher.cli.timeline import interval_label

    assert interval_label(start, end) == label
