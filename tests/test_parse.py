"""watcher.parse: golden files we wrote, byte-level quirks, hostile input, and the shared corpus.

Golden files: ``tests/data/feeds/NAME`` beside ``NAME.expected.json``. After a
deliberate change, regenerate with ``UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_parse.py``
and read the diff.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import gzip
import html
import io
import json
import os
import subprocess
import sys
import xml.sax
import xml.sax.handler
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watcher import parse, saxdriver
from watcher.parse import ParsedFeed, ParseError, parse_feed

REPO = Path(__file__).resolve().parent.parent
FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
CORPUS = REPO.parent / "shared" / "feeds"
NOW = datetime(2024, 6, 1, tzinfo=UTC)
GOLDEN = sorted(p for p in FEEDS.iterdir() if not p.name.endswith(".expected.json"))


def parse_fixture(name: str, **kwargs: Any) -> ParsedFeed:
    kwargs.setdefault("url", f"https://feeds.example.org/{name}")
    kwargs.setdefault("now", NOW)
    return parse_feed((FEEDS / name).read_bytes(), **kwargs)


def as_json(feed: ParsedFeed) -> Any:
    def default(value: object) -> str:
        assert isinstance(value, datetime)
        return value.isoformat()

    return json.loads(json.dumps(dataclasses.asdict(feed), default=default))


def rss(
    items: str, doctype: str = "", *, title: str = "T", decl: str = '<?xml version="1.0"?>'
) -> bytes:
    """A small RSS 2.0 document around ``items`` (UTF-8)."""
    body = (
        f'{decl}{doctype}<rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'
    )
    return body.encode("utf-8")


# --- golden files -------------------------------------------------------------


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_golden(path: Path) -> None:
    got = as_json(parse_fixture(path.name))
    expected_path = path.with_name(path.name + ".expected.json")
    if os.environ.get("UPDATE_GOLDEN"):
        text = json.dumps(got, indent=2, ensure_ascii=False, sort_keys=True)
        expected_path.write_text(text + "\n", encoding="utf-8")
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def test_golden_covers_every_format() -> None:
    formats = {parse_fixture(p.name).format for p in GOLDEN}
    assert {"rss2", "atom", "rss1", "jsonfeed"} <= formats


def test_rss2_fixture_decisions() -> None:
    feed = parse_fixture("rss2.xml")  # starts with a newline before <?xml
    by_title = {item.title: item for item in feed.items}
    assert len(feed.items) == 4  # the repeated first item is kept once
    first = by_title["Inspectors report on facility visit"]
    assert first.stable_id == "desk-2024-0001"
    assert first.link == "https://feeds.example.org/2024/05/inspection"  # resolved
    assert first.published == datetime(2024, 5, 14, 7, 30, tzinfo=UTC)
    assert first.content == "The full report text. Second paragraph."
    assert by_title["Item without a guid uses its link"].stable_id.startswith("https://")
    assert by_title["Item with neither guid nor link"].stable_id.startswith("sha256:")
    future = by_title["Dated far in the future"]
    assert future.published is None and future.link is None  # and no javascript: link


def test_entity_bomb_fixture_neither_expands_nor_reads_files() -> None:
    feed = parse_fixture("entity_bomb.xml")
    text = json.dumps(as_json(feed))
    assert "lollol" not in text and "root:" not in text
    assert [i.title for i in feed.items] == ["Laughs: &lol9;", "Second item survives"]
    assert feed.items[1].summary == "Short entities are kept: Example Org."


# --- byte-level quirks ----------------------------------------------------------


def items_of(feed: ParsedFeed) -> list[tuple[str, str, str]]:
    return [(i.stable_id, i.title, i.summary) for i in feed.items]


def test_gzip_body_without_content_encoding() -> None:
    plain = parse_fixture("atom.xml")
    body = gzip.compress((FEEDS / "atom.xml").read_bytes())
    assert items_of(parse_feed(body, url="https://feeds.example.org/atom.xml")) == items_of(plain)


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_wide_encodings(codec: str, bom: bytes) -> None:
    text = (FEEDS / "atom.xml").read_text(encoding="utf-8")
    text = text.replace('encoding="utf-8"', 'encoding="utf-16"')
    feed = parse_feed(bom + text.encode(codec), url="https://feeds.example.org/atom.xml", now=NOW)
    assert items_of(feed) == items_of(parse_fixture("atom.xml"))
    assert feed.items[0].title == "Alerte sanitaire : point de situation"


def test_charset_from_headers() -> None:
    body = rss("<item><title>Grüße</title><guid>1</guid></item>", title="Zürich", decl="")
    feed = parse_feed(
        body.decode("utf-8").encode("latin-1"),
        url="https://x.example/",
        headers={"Content-Type": "application/rss+xml; charset=ISO-8859-1"},
    )
    assert feed.title == "Zürich" and feed.items[0].title == "Grüße"


def test_json_detected_by_content_type_and_xml_despite_it() -> None:
    body = (FEEDS / "jsonfeed.json").read_bytes()
    spaced = parse_feed(b"\n  " + body, url="https://x.example/", content_type="application/json")
    assert spaced.format == "jsonfeed"
    xml = parse_feed(
        (FEEDS / "atom.xml").read_bytes(), url="https://x.example/", content_type="application/json"
    )
    assert xml.format == "atom"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty body"),
        (b"   \n", "empty body"),
        (b"<html><head><title>Hi</title></head><body>page</body></html>", "not a feed"),
        (b'{"hello": "world"}', "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": [', "invalid JSON"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": 3}', "no items list"),
        (b"[" * 100_000, "not a feed"),
        (
            b'{"version": "https://jsonfeed.org/version/1", "items": ' + b"[" * 100_000,
            "invalid JSON",
        ),
        (b"\x1f\x8b\x08\x00garbage", "bad gzip"),
        (gzip.compress(b" " * (parse.MAX_DECOMPRESSED_BYTES + 1)), "inflates beyond"),
        (b"<!DOCTYPE rss [<!ENTITY a 'x'>", "unterminated DOCTYPE"),
        (b"/etc/passwd", "not a feed"),  # a path: feedparser must never open it
        (__file__.encode(), "not a feed"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_nothing_usable_is_a_parse_error(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        parse_feed(body, url="https://x.example/")
    assert "\n" not in str(info.value)


def test_a_well_formed_empty_feed_is_not_an_error() -> None:
    feed = parse_feed(
        b'<rss version="2.0"><channel><title>Empty</title></channel></rss>',
        url="https://x.example/",
    )
    assert feed.items == () and feed.title == "Empty" and feed.warning is None


def test_bozo_text_becomes_a_one_line_warning() -> None:
    body = rss("<item><title>A &nbsp; B</title><guid>1</guid></item>")
    feed = parse_feed(body, url="https://x.example/")
    assert feed.items[0].title == "A B"
    assert feed.warning and "\n" not in feed.warning


# --- hostile input we write ourselves -----------------------------------------


def test_quadratic_blowup_is_not_expanded() -> None:
    doctype = '<!DOCTYPE rss [<!ENTITY a "' + "B" * 50_000 + '">]>'
    body = rss("<item><guid>1</guid><title>" + "&a;" * 20_000 + "</title></item>", doctype)
    feed = parse_feed(body, url="https://x.example/")
    assert len(feed.items[0].title) <= parse.MAX_TITLE
    assert "BBBB" not in feed.items[0].title


def test_short_entities_within_budget_are_expanded() -> None:
    body = rss(
        "<item><guid>1</guid><title>&who; says &nbsp;hi</title></item>",
        '<!DOCTYPE rss [<!ENTITY who "Ann"><!ENTITY nbsp "&#160;">]>',
    )
    assert parse_feed(body, url="https://x.example/").items[0].title == "Ann says hi"


def test_external_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    uri = secret.as_uri()
    doctype = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{uri}"><!ENTITY % p SYSTEM "{uri}"> %p;]>'
    body = rss(
        "<item><guid>1</guid><title>t</title><description>&xxe;</description></item>", doctype
    )
    feed = parse_feed(body, url="https://x.example/")
    assert "TOP-SECRET" not in json.dumps(as_json(feed))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (rss("<item><title>x</title></item>" * (parse.MAX_ITEM_TAGS + 1)), "too many items"),
        (rss("<item><title>" + "<a/>" * (parse.MAX_MARKUP + 1)), "too much markup"),
        (
            rss("<item><title>" + "&amp;" * (parse.MAX_ENTITY_REFS + 1)),
            "too many entity references",
        ),
    ],
    ids=["items", "markup", "entities"],
)
def test_oversized_structure_is_refused_before_feedparser(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_feed(body, url="https://x.example/")


def test_markup_inside_cdata_is_text() -> None:
    html = "<p>x</p>" * (parse.MAX_MARKUP // 2 + 10)
    body = rss(
        f"<item><guid>1</guid><title>t</title><description><![CDATA[{html}]]></description></item>"
    )
    assert parse_feed(body, url="https://x.example/").items[0].summary.startswith("x x x")


def test_item_count_and_field_lengths_are_capped() -> None:
    body = rss(
        "".join(
            f"<item><guid>{i}</guid><title>t{i}</title></item>" for i in range(parse.MAX_ITEMS + 50)
        )
    )
    assert len(parse_feed(body, url="https://x.example/").items) == parse.MAX_ITEMS
    long = rss(
        f"<item><guid>{'g' * 600}</guid><title>{'t' * 5000}</title>"
        f"<description>{'s ' * 20000}</description></item>"
    )
    item = parse_feed(long, url="https://x.example/").items[0]
    assert item.stable_id.startswith("sha256:") and len(item.stable_id) == 7 + 64
    assert len(item.title) == parse.MAX_TITLE and len(item.summary) <= parse.MAX_SUMMARY


def test_same_link_different_items_are_split_and_repeats_merged() -> None:
    items = "".join(
        f"<item><title>{t}</title><link>https://x.example/news</link>"
        f"<pubDate>Mon, 0{d} Jan 2024 00:00:00 GMT</pubDate></item>"
        for t, d in [("A", 1), ("B", 2), ("A", 1)]
    )
    feed = parse_feed(rss(items), url="https://x.example/")
    assert [i.title for i in feed.items] == ["A", "B"]
    assert all(i.stable_id.startswith("sha256:") for i in feed.items)
    again = parse_feed(rss(items), url="https://x.example/")
    assert [i.stable_id for i in again.items] == [i.stable_id for i in feed.items]  # stable


def test_empty_items_are_dropped() -> None:
    feed = parse_feed(
        rss("<item></item><item><guid>only-an-id</guid></item><item><title>kept</title></item>"),
        url="https://x.example/",
    )
    assert [i.title for i in feed.items] == ["kept"]


@pytest.mark.parametrize(
    ("offset", "kept"),
    [(timedelta(hours=23), True), (timedelta(days=2), False), (-timedelta(days=3650), True)],
)
def test_future_dates_beyond_a_day_are_dropped(offset: timedelta, kept: bool) -> None:
    when = NOW + offset
    body = rss(
        f"<item><guid>1</guid><title>t</title>"
        f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate></item>"
    )
    published = parse_feed(body, url="https://x.example/", now=NOW).items[0].published
    assert (published == when) is kept


def test_edits_change_content_hash_not_id() -> None:
    a = parse_feed(
        rss("<item><guid>1</guid><title>t</title><description>v1</description></item>"),
        url="https://x.example/",
    )
    b = parse_feed(
        rss("<item><guid>1</guid><title>t</title><description>v2</description></item>"),
        url="https://x.example/",
    )
    assert a.items[0].stable_id == b.items[0].stable_id
    assert a.items[0].content_sha256 != b.items[0].content_sha256


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=500).map(lambda t: rss(t)),
        st.text(max_size=500).map(
            lambda t: ('{"version":"https://jsonfeed.org/version/1","items":[' + t).encode()
        ),
    )
)
def test_arbitrary_bytes_give_a_feed_or_parse_error(body: bytes) -> None:
    try:
        feed = parse_feed(body, url="https://x.example/")
    except ParseError as e:
        assert "\n" not in str(e)
    else:
        assert len(feed.items) <= parse.MAX_ITEMS
        assert all(i.published is None or i.published.tzinfo is UTC for i in feed.items)


# --- the shared corpus (../shared/feeds) ----------------------------------------

# Files where we return fewer items than feedparser's entry count, on purpose.
FEWER_ON_PURPOSE = {
    "rss-parser__incomplete-fields.atom": (0, "its one entry has only an empty <author>"),
    "rss-parser__missing-fields.atom": (0, "its one entry has only an <id>"),
    "miniflux__no_encoding_ISO-8859-1.xml": (9, "one item is empty"),
    "node-feedparser__illegally-nested.xml": (10, "the nesting leaves 10 empty entries"),
    "RSParser__authors.json": (0, "its 4 items have ids and authors but no text or link"),
}


def manifest(kind: str) -> list[dict[str, str]]:
    path = CORPUS / kind / "MANIFEST.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def corpus_params(kind: str) -> list[Any]:
    rows = manifest(kind)
    if not rows:
        reason = f"needs ../shared/feeds/{kind}/MANIFEST.tsv (not present in this clone)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="absent")]
    return [pytest.param(row, id=row["file"]) for row in rows]


@pytest.mark.parametrize("row", corpus_params("real"))
def test_real_corpus(row: dict[str, str]) -> None:
    body = (CORPUS / "real" / row["file"]).read_bytes()
    expected = int(row["entries"])
    if row["format_guess"] == "jsonfeed":
        # feedparser counts 0; the manifest's notes say how many items there are.
        expected = int(row["notes"].split("JSON Feed with ")[1].split(" items")[0])
    expected = FEWER_ON_PURPOSE.get(row["file"], (expected, ""))[0]
    try:
        feed = parse_feed(body, url="https://corpus.example/feed")
    except ParseError:
        assert expected == 0, f"{row['file']}: feedparser found {expected} entries"
        return
    assert len(feed.items) >= expected


HOSTILE_CHILD = r"""
import json, resource, signal, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from pathlib import Path
from watcher.parse import ParseError, parse_feed

class Hang(Exception):
    pass

def alarm(signum, frame):
    raise Hang()

signal.signal(signal.SIGALRM, alarm)
for name in sys.argv[2:]:
    body = (Path(sys.argv[1]) / name).read_bytes()
    start = time.perf_counter()
    signal.alarm(20)
    try:
        items = len(parse_feed(body, url="https://corpus.example/feed").items)
        outcome = "parsed"
    except ParseError:
        items, outcome = 0, "rejected"
    except Hang:
        items, outcome = 0, "hang"
    except BaseException as e:
        items, outcome = 0, f"crash {type(e).__name__}: {e}"
    finally:
        signal.alarm(0)
    line = {"file": name, "outcome": outcome, "items": items,
            "seconds": round(time.perf_counter() - start, 4)}
    print(json.dumps(line), flush=True)
"""


def test_hostile_corpus_in_a_memory_capped_process() -> None:
    rows = manifest("hostile")
    if not rows:
        pytest.skip("needs ../shared/feeds/hostile/MANIFEST.tsv (not present in this clone)")
    names = [row["file"] for row in rows]
    proc = subprocess.run(
        [sys.executable, "-c", HOSTILE_CHILD, str(CORPUS / "hostile"), *names],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["file"] for r in results] == names
    bad = [r for r in results if r["outcome"] not in ("parsed", "rejected")]
    assert bad == []
    parsed = sum(r["outcome"] == "parsed" for r in results)
    slowest = max(results, key=lambda r: r["seconds"])
    print(f"hostile: {parsed} parsed, {len(results) - parsed} rejected, slowest {slowest}")
    quadratic = next(r for r in results if r["file"] == "defusedxml__quadratic.xml")
    assert quadratic["outcome"] == "rejected"


def test_lone_surrogates_in_json_feed_are_replaced() -> None:
    """JSON escapes can carry lone surrogates; they must not reach hashing or the store."""
    body = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": '
        b'[{"id": "1\\udc00", "title": "bad \\ud800 x", "content_text": "ok",'
        b' "url": "https://example.org/\\ud800"}]}'
    )
    (item,) = parse_feed(body, url="https://example.org/feed.json").items
    assert item.title == "bad ? x"
    for value in (item.stable_id, item.title, item.link or "", item.raw):
        value.encode("utf-8")  # raises on a lone surrogate


# --- the SAX driver ---------------------------------------------------------------------


class _CountingHandler(xml.sax.handler.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []

    def characters(self, content: str) -> None:
        self.pieces.append(content)


ESCAPED_HTML = "&lt;p&gt;Troops &amp; &quot;drills&quot;&lt;/p&gt;\n" * 40


def test_the_driver_reports_escaped_html_as_one_piece_of_text() -> None:
    doc = f"<rss><description>{ESCAPED_HTML}</description></rss>".encode()
    counts = {}
    for name, reader in (
        ("ours", saxdriver.create_parser()),
        ("default", xml.sax.make_parser(["xml.sax.expatreader"])),
    ):
        handler = _CountingHandler()
        reader.setContentHandler(handler)
        reader.parse(io.BytesIO(doc))
        assert "".join(handler.pieces) == html.unescape(ESCAPED_HTML)
        counts[name] = len(handler.pieces)
    assert counts["ours"] == 1 and counts["default"] > 300


def test_feedparser_is_given_the_driver() -> None:
    import feedparser

    parse_fixture("rss2.xml")
    assert feedparser.api.PREFERRED_XML_PARSERS == ["watcher.saxdriver"]
    # make_parser() silently falls back to the default when a driver fails to import.
    reader = xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)
    assert isinstance(reader, saxdriver.BufferedExpatParser)


def _driver_bodies() -> list[Any]:
    escaped = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><guid>1</guid><title>A &amp; B</title><description>{ESCAPED_HTML}"
        "</description></item></channel></rss>"
    ).encode()
    bodies = [pytest.param(escaped, id="escaped-html")]
    bodies += [pytest.param(p.read_bytes(), id=p.name) for p in GOLDEN]
    # The real corpus when present (the hostile one needs a memory-capped process, and
    # went through the same comparison by hand: 1,177 + 321 files, no difference).
    bodies += [
        pytest.param((CORPUS / "real" / row["file"]).read_bytes(), id=row["file"])
        for row in manifest("real")
    ]
    return bodies


@pytest.mark.parametrize("body", _driver_bodies())
def test_the_driver_changes_no_parse_result(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the bytes, feedparser with the standard expat reader and with ours
    gives the same items (or the same error)."""

    def outcome() -> ParsedFeed | str:
        try:
            return parse_feed(body, url="https://corpus.example/feed", now=NOW)
        except ParseError as e:
            return str(e)

    ours = outcome()
    monkeypatch.setattr(
        saxdriver, "use_with_feedparser", lambda api: setattr(api, "PREFERRED_XML_PARSERS", [])
    )
    assert outcome() == ours
