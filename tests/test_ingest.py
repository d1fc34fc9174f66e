"""`watcher ingest` end to end: text and HTML files, a page served from 127.0.0.1, the
seed documents, idempotent re-ingest, bad input, and the timeline's exports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from indicators.query import parse
from storage.documents import (
    NewDocument,
    NewDraft,
    NewEvent,
    document_events,
    document_indicators,
    document_key,
    list_documents,
    store_document,
)
from storage.models import Document
from storage.store import ConflictError, Store
from tests.conftest import Cli, shared_path
from tests.feedserver import Route, closed_port, serve_feeds

WATCH = (
    "In the coming weeks, analysts will be watching whether Iran announces enrichment to 90%, "
    "whether the E3 trigger the snapback mechanism, and how Russia and China respond at the "
    "UN Security Council."
)
ENRICHING = (
    "Iran began enriching uranium to 60% at Natanz in April 2021, after an explosion damaged "
    "the facility."
)
ANALYSIS = "\n".join(
    [
        "Iran's enrichment push: what the IAEA report means",
        ENRICHING,
        "The 2015 nuclear deal collapsed after the United States withdrew in May 2018.",
        "Iran has not allowed the agency to reinstall cameras since June 2022.",
        "The board of governors will meet in Vienna from 3 to 7 June 2024 to consider a "
        "censure resolution.",
        WATCH,
        "It remains to be seen whether the supreme leader will approve a return to talks.",
        "",
    ]
)
PUBLISHED = "2024-05-29"
HTML = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Iran's enrichment push | Example Review</title>
<meta property="og:title" content="Iran's enrichment push">
<meta property="article:published_time" content="2024-05-29T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/subscribe">Subscribe to our newsletter</a></nav>
<article><h1>Iran's enrichment push</h1>
<p>{ENRICHING}</p>
<p>The 2015 nuclear deal collapsed after the United States withdrew in May 2018, and inspectors
say access has narrowed every year since.</p>
<p>{WATCH}</p>
</article>
<footer>Copyright 2019 Example Review. Cookie settings.</footer>
</body></html>
"""


def one_json(stdout: str) -> dict:  # type: ignore[type-arg]
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert len(lines) == 1, stdout
    return json.loads(lines[0])  # type: ignore[no-any-return]


def json_lines(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def has_store(cli: Cli) -> bool:
    """Whether anything created the store: the SQLite file, or tables in PostgreSQL's
    (pre-created, empty) test database."""
    url = cli.env["WATCHER_DATABASE_URL"]
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///")).exists()
    engine = sa.create_engine(url)
    try:
        return bool(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def counts(cli: Cli) -> tuple[int, int, int]:
    """(documents, events, indicators) stored; zeros when there is no database yet."""
    if not has_store(cli):
        return 0, 0, 0
    store = Store.open(cli.env["WATCHER_DATABASE_URL"])
    try:
        docs = list_documents(store)
        return len(docs), sum(d.events for d in docs), len(store.indicators())
    finally:
        store.engine.dispose()


@pytest.fixture
def analysis(tmp_path: Path) -> Path:
    path = tmp_path / "iran.txt"
    path.write_text(ANALYSIS, encoding="utf-8")
    return path


def test_dry_run_json_is_one_object_and_stores_nothing(cli: Cli, analysis: Path) -> None:
    out = cli("ingest", str(analysis), "--published", PUBLISHED, "--dry-run", "--json")
    assert out.returncode == 0, out.stderr
    data = one_json(out.stdout)
    assert set(data) == {"document", "events", "indicators"}
    assert data["document"]["published"] == PUBLISHED
    assert data["document"]["title"] == "Iran's enrichment push: what the IAEA report means"
    for ev in data["events"]:
        assert {"text", "evidence", "surface", "start", "end", "precision"} <= set(ev)
        assert ev["surface"] in ev["evidence"] and ev["evidence"] in ANALYSIS
    stated = {(e["surface"], e["start"], e["end"], e["precision"]) for e in data["events"]}
    assert ("April 2021", "2021-04-01", "2021-04-30", "month") in stated
    assert ("from 3 to 7 June 2024", "2024-06-03", "2024-06-07", "range") in stated
    assert not any(e["surface"] == "June 2022" for e in data["events"])  # an absence
    texts = [i["text"] for i in data["indicators"]]
    assert texts == [
        "Whether Iran announces enrichment to 90%",
        "Whether the E3 trigger the snapback mechanism",
        "How Russia and China respond at the UN Security Council",
        "Whether the supreme leader will approve a return to talks",
    ]
    for ind in data["indicators"]:
        assert {"text", "evidence", "query"} <= set(ind)
        parse(ind["query"])  # no store: drafts use no alias
    assert not has_store(cli)  # a dry run does not even create the database


def test_ingest_stores_disabled_drafts_and_reingest_changes_nothing(
    cli: Cli, analysis: Path
) -> None:
    first = cli("ingest", str(analysis), "--published", PUBLISHED, "--json")
    assert first.returncode == 0, first.stderr
    data = one_json(first.stdout)
    key = data["document"]["key"]
    assert data["document"]["created"] is True
    ids = [i["id"] for i in data["indicators"]]
    assert ids[0] == "iran-announces-enrichment-90" and len(set(ids)) == len(ids)
    before = counts(cli)
    assert before == (1, len(data["events"]), len(ids))

    again = cli("ingest", str(analysis), "--published", PUBLISHED)
    assert again.returncode == 0, again.stderr
    assert "already stored" in again.stdout and "nothing changed" in again.stdout
    assert one_json(cli("ingest", str(analysis), "--published", PUBLISHED, "--json").stdout)[
        "document"
    ] == {**data["document"], "created": False}
    assert counts(cli) == before

    listed = {i["id"]: i for i in json_lines(cli("indicators", "--json").stdout)}
    assert all(listed[i]["enabled"] is False and listed[i]["status"] == "draft" for i in ids)
    assert all(listed[i]["documents"] == [key] for i in ids)
    assert cli("indicators", "check").returncode == 0
    enabled = cli("indicators", "enable", ids[0])
    assert enabled.returncode == 0
    after = {i["id"]: i for i in json_lines(cli("indicators", "--json").stdout)}[ids[0]]
    assert after["enabled"] is True and after["status"] == "watching"

    rows = json_lines(cli("timeline", "--json", "--document", key).stdout)
    assert rows and all(r["document"] == key for r in rows)
    assert rows[0]["stated"] == "2015"


def test_draft_ids_never_collide(cli: Cli, analysis: Path, tmp_path: Path) -> None:
    assert cli("ingest", str(analysis), "--published", PUBLISHED).returncode == 0
    other = tmp_path / "other.txt"
    other.write_text(
        "A different note.\nIt remains to be seen whether Iran announces enrichment to 90%.\n",
        encoding="utf-8",
    )
    data = one_json(cli("ingest", str(other), "--published", PUBLISHED, "--json").stdout)
    assert [i["id"] for i in data["indicators"]] == ["iran-announces-enrichment-90-2"]


def test_ingest_with_the_seed_pack_uses_its_aliases(cli: Cli, analysis: Path) -> None:
    assert cli("init").returncode == 0
    data = one_json(cli("ingest", str(analysis), "--published", PUBLISHED, "--json").stdout)
    queries = {i["text"]: i["query"] for i in data["indicators"]}
    assert "@russia" in queries["How Russia and China respond at the UN Security Council"]
    assert cli("indicators", "check").returncode == 0
    rows = json_lines(cli("timeline", "--json").stdout)
    assert {r["document"] for r in rows} >= {"000", "001", "002", data["document"]["key"]}


def test_html_page_from_a_local_server(cli: Cli) -> None:
    with serve_feeds() as server:
        url = server.route(
            "/analysis", Route(body=HTML.encode(), content_type="text/html; charset=utf-8")
        )
        dry = cli("ingest", url, "--dry-run", "--json")
        assert dry.returncode == 0, dry.stderr
        assert not has_store(cli)
        out = cli("ingest", url, "--json")
    assert out.returncode == 0, out.stderr
    data = one_json(out.stdout)
    doc = data["document"]
    assert doc["published"] == "2024-05-29" and doc["published_from"] == "page metadata"
    assert doc["title"] == "Iran's enrichment push" and doc["url"] == url
    assert doc["kind"] == "html" and doc["source"] == "127.0.0.1"
    assert {e["surface"] for e in data["events"]} >= {"April 2021", "2015", "May 2018"}
    assert len(data["indicators"]) == 3
    store = Store.open(cli.env["WATCHER_DATABASE_URL"])
    try:
        (stored,) = store.documents()
        assert "Subscribe" not in stored.text and "Cookie" not in stored.text
        assert "2019" not in stored.text  # the footer's date is neither text nor metadata
        assert all(e.evidence in stored.text for e in document_events(store, stored.key))
    finally:
        store.engine.dispose()


def test_html_file_and_title_option(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    undated = HTML.replace(
        '<meta property="article:published_time" content="2024-05-29T08:00:00Z">', ""
    )
    page.write_text(undated, "utf-8")
    missing = cli("ingest", str(page), "--dry-run")
    assert missing.returncode == 2
    assert "no publication date in the page's metadata" in missing.stderr
    out = cli("ingest", str(page), "--published", "2024-05-30", "--title", "Mine", "--json")
    data = one_json(out.stdout)
    assert data["document"]["title"] == "Mine" and data["document"]["published"] == "2024-05-30"
    assert data["document"]["published_from"] == "--published"


@pytest.mark.parametrize(
    ("make", "args", "message"),
    [
        (
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
            (),
            "binary file",
        ),
        (lambda p: p.write_bytes(b""), (), "empty"),
        (lambda p: p.write_text("  \n\t\n", "utf-8"), (), "empty"),
        (lambda p: p.write_text("<html><body><nav></nav></body></html>", "utf-8"), (), "no text"),
        (lambda p: p.write_text(ANALYSIS, "utf-8"), ("--no-date",), "no publication date"),
        (lambda p: p.write_text(ANALYSIS, "utf-8"), ("--published", "2024-13-01"), "'2024-13-01'"),
        (
            lambda p: p.write_text(ANALYSIS, "utf-8"),
            ("--published", "29 May 2024"),
            "'29 May 2024'",
        ),
        (lambda p: None, (), "no such file"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_stored(
    cli: Cli, tmp_path: Path, make: object, args: tuple[str, ...], message: str
) -> None:
    path = tmp_path / "input.txt"
    make(path)  # type: ignore[operator]
    extra = [] if args == ("--no-date",) else list(args or ("--published", PUBLISHED))
    for dry in ([], ["--dry-run"]):
        out = cli("ingest", str(path), *extra, *dry)
        assert out.returncode == 2, out.stdout
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], out.stderr
        assert lines[0].startswith("error: ")
        assert counts(cli) == (0, 0, 0)


def test_unreachable_and_unsupported_urls(cli: Cli) -> None:
    url = f"http://127.0.0.1:{closed_port()}/analysis"
    out = cli("ingest", url, "--published", PUBLISHED)
    assert out.returncode == 2
    assert out.stderr.strip() == f"error: cannot fetch {url}: connection refused"
    ftp = cli("ingest", "ftp://127.0.0.1/x.txt", "--published", PUBLISHED)
    assert ftp.returncode == 2 and "need http:// or https://" in ftp.stderr
    with serve_feeds() as server:
        gone = server.route("/gone", Route(status=404, body=b"nope", content_type="text/html"))
        pdf = server.route("/a.pdf", Route(body=b"%PDF-1.7 ...", content_type="application/pdf"))
        assert "HTTP 404" in cli("ingest", gone, "--published", PUBLISHED).stderr
        unsupported = cli("ingest", pdf, "--published", PUBLISHED)
    assert unsupported.returncode == 2 and "application/pdf" in unsupported.stderr
    assert counts(cli) == (0, 0, 0)


def test_timeline_exports(cli: Cli, analysis: Path) -> None:
    key = one_json(cli("ingest", str(analysis), "--published", PUBLISHED, "--json").stdout)[
        "document"
    ]["key"]
    rows = json_lines(cli("timeline", "--format", "json", "--document", key).stdout)
    assert len(rows) >= 3

    csv_out = cli("timeline", "--format", "csv", "--document", key).stdout.splitlines()
    assert csv_out[0].startswith("kind,start,end,precision,stated,summary,indicator_ids")
    assert len(csv_out) == len(rows) + 1

    md = cli("timeline", "--format", "markdown", "--document", key).stdout.splitlines()
    assert md[0].startswith("| when (as stated) | interval |") and md[1].startswith("|---")
    assert len(md) == len(rows) + 2 and all(line.endswith("|") for line in md)

    ics = cli("timeline", "--format", "ics", "--document", key).stdout  # CRLF read as LF
    assert ics.startswith("BEGIN:VCALENDAR\n") and ics.endswith("END:VCALENDAR\n")
    assert ics.count("BEGIN:VEVENT") == len(rows)
    assert "DTSTART;VALUE=DATE:20210401\nDTEND;VALUE=DATE:20210501" in ics  # exclusive end

    assert cli("timeline", "--format", "pdf").returncode == 2
    unknown = cli("timeline", "--document", "nope")
    assert unknown.returncode == 2 and "unknown document 'nope'" in unknown.stderr


def test_the_console_script_runs_ingest(cli: Cli, analysis: Path) -> None:
    out = cli.subprocess("ingest", str(analysis), "--published", PUBLISHED, "--dry-run", "--json")
    assert out.returncode == 0, out.stderr
    assert one_json(out.stdout)["document"]["published"] == PUBLISHED
    assert "ingest" in cli("--help").stdout


def test_ics_lines_are_crlf_folded_and_escaped() -> None:
    from datetime import UTC, datetime

    from storage.queries import TimelineRow
    from watcher.export import timeline_ics

    row = TimelineRow(
        kind="event",
        start="2026-07-01T20:00:00Z",
        end="2026-07-01T20:50:00Z",
        precision="minute",
        stated="between 20:00 and 20:50 UTC",
        summary="Съемка; учения, " * 12,
        indicator_ids=["a", "b"],
        document="001",
        document_title="T",
        evidence="Line one.\nLine two, with a comma; and a semicolon \\ backslash.",
        url="https://example.org/a,b",
        source=None,
    )
    ics = timeline_ics([row], datetime(2026, 11, 1, tzinfo=UTC))
    lines = ics.split("\r\n")
    assert lines[-1] == "" and "\n" not in "".join(lines)
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = ics.replace("\r\n ", "")
    assert "DTSTART:20260701T200000Z\r\nDTEND:20260701T205000Z" in unfolded
    assert "SUMMARY:Съемка\\; учения\\, " in unfolded
    assert "Line one.\\nLine two\\, with a comma\\; and a semicolon \\\\ backslash." in unfolded
    assert "DTSTAMP:20261101T000000Z" in unfolded


# -- the store --------------------------------------------------------------------------


def test_store_document_once_per_text(store: Store) -> None:
    doc = NewDocument("T", "Some text.", date(2024, 1, 2))
    ev = NewEvent("S", "Some text.", "2023", date(2023, 1, 1), date(2023, 12, 31), "year")
    draft = NewDraft("some-text", "Some text", "Some text.", "text")
    first = store_document(store, doc, [ev, ev], [draft])
    assert (first.created, first.events_added, first.indicator_ids) == (True, 1, ["some-text"])
    second = store_document(
        store, NewDocument("Other title", "Some text.", date(2025, 1, 1)), [], []
    )
    assert (second.created, second.key, second.events) == (False, first.key, 1)
    assert second.indicator_ids == ["some-text"]
    assert [i.id for i in document_indicators(store, first.key)] == ["some-text"]
    assert document_key("ab" * 32) == "ab" * 6


def test_a_key_taken_by_another_text_is_a_conflict(store: Store) -> None:
    from indicators.text import sha256_text

    key = document_key(sha256_text("Mine."))
    with store.session() as s:
        s.add(
            Document(
                key=key, title="x", published=date(2024, 1, 1), content_sha256="0" * 64, text="x"
            )
        )
    with pytest.raises(ConflictError, match=key):
        store_document(store, NewDocument("T", "Mine.", date(2024, 1, 2)), [], [])


# -- the seed documents ----------------------------------------------------------------


def test_seed_documents_end_to_end(cli: Cli) -> None:
    gold = json.loads(shared_path("eval", "ingest_dev.json").read_text(encoding="utf-8"))
    keys = []
    for doc in gold["documents"]:
        path = shared_path("seeds", doc["doc_id"])
        out = cli("ingest", str(path), "--published", doc["publication_date"], "--json")
        assert out.returncode == 0, out.stderr
        data = one_json(out.stdout)
        keys.append(data["document"]["key"])
        gold_evidence = {e["evidence"] for e in doc["events"]}
        assert gold_evidence & {e["evidence"] for e in data["events"]}
    rows = json_lines(cli("timeline", "--json").stdout)
    assert {r["document"] for r in rows} == set(keys)
    late = [r for r in rows if (r["start"], r["end"]) == ("2025-09-01", "2025-12-31")]
    assert late and late[0]["precision"] == "range"
    again = cli(
        "ingest",
        str(shared_path("seeds", gold["documents"][0]["doc_id"])),
        "--published",
        "2026-07-02",
    )
    assert "already stored" in again.stdout
