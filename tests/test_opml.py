"""watcher.opml: golden parses of OPML fixtures (tests/data/opml), hostile DTDs refused,
idempotent import with reasons for every skip, export to OPML 2.0 and JSON, round trip."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.store import InvalidInputError, Store
from tests.conftest import shared_path
from watcher.opml import (
    ALREADY_STORED,
    DUPLICATE_IN_FILE,
    INVALID_URL,
    MAX_OUTLINES,
    NOT_A_FEED,
    OpmlError,
    OpmlFeed,
    export_feeds,
    import_opml,
    parse_opml,
    read_opml,
)

OPML = Path(__file__).resolve().parent / "data" / "opml"
NOW = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)


def opml(*outlines: str, head: str = "<head><title>t</title></head>") -> str:
    return f'<?xml version="1.0"?><opml version="2.0">{head}<body>{"".join(outlines)}</body></opml>'


def urls(feeds: list[OpmlFeed]) -> list[str]:
    return [f.url for f in feeds]


# --- parsing ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["feedly.opml", "quirks.opml"])
def test_golden_fixtures(name: str) -> None:
    path = OPML / name
    expected = json.loads((OPML / f"{name}.expected.json").read_text("utf-8"))
    got = [{**asdict(f), "category": list(f.category)} for f in parse_opml(path.read_bytes(), name)]
    assert got == expected


def test_the_same_document_as_text_or_bytes() -> None:
    data = (OPML / "feedly.opml").read_bytes()
    assert parse_opml(data, "f") == parse_opml(data.decode("utf-8"), "f")


@pytest.mark.parametrize("name", ["latin1.opml", "mislabelled.opml"])
def test_declared_and_mislabelled_encodings(name: str) -> None:
    [feed] = parse_opml((OPML / name).read_bytes(), name)
    assert feed.title == "Défense et sécurité"


def test_utf16_with_bom() -> None:
    text = opml('<outline text="Ωmega" type="rss" xmlUrl="https://o.example.org/f"/>')
    data = text.replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>').encode("utf-16")
    [feed] = parse_opml(data, "u16.opml")
    assert (feed.url, feed.title) == ("https://o.example.org/f", "Ωmega")


def test_outlines_that_are_not_feeds_are_reported() -> None:
    feeds, ignored = read_opml((OPML / "quirks.opml").read_bytes(), "quirks.opml")
    assert len(feeds) == 7
    assert [(s.url, s.reason, s.detail) for s in ignored] == [
        ("https://page.example.org/", NOT_A_FEED, "outline type 'link'")
    ]


@pytest.mark.parametrize(
    ("outline", "expected"),
    [
        ('<outline text="a" type="rss" xmlUrl="https://a.example/f"/>', ["https://a.example/f"]),
        ('<outline text="a" type="Atom" xmlUrl="https://a.example/f"/>', ["https://a.example/f"]),
        ('<outline text="a" xmlUrl="https://a.example/f"/>', ["https://a.example/f"]),
        ('<outline text="a" xmlURL="https://a.example/f"/>', ["https://a.example/f"]),
        ('<outline text="a" type="rss" url="https://a.example/f"/>', ["https://a.example/f"]),
        ('<outline text="a" type="link" url="https://a.example/"/>', []),
        ('<outline text="a" type="include" url="https://a.example/x.opml"/>', []),
        ('<outline text="a" type="rss" xmlUrl="   "/>', []),
        ('<outline text="folder only"/>', []),
    ],
)
def test_which_outlines_are_feeds(outline: str, expected: list[str]) -> None:
    assert urls(parse_opml(opml(outline), "t")) == expected


def test_missing_head_and_body_and_old_versions() -> None:
    outline = '<outline text="a" type="rss" xmlUrl="https://a.example/f"/>'
    for version in ("1.0", "1.1", "2.0", ""):
        text = f'<opml version="{version}"><body>{outline}</body></opml>'
        assert urls(parse_opml(text, "t")) == ["https://a.example/f"]
    # No <body> at all: outlines straight under <opml>.
    assert urls(parse_opml(f"<opml>{outline}</opml>", "t")) == ["https://a.example/f"]


def test_deep_nesting_is_bounded_not_recursive() -> None:
    depth = 5000
    text = opml(
        '<outline text="level">' * depth
        + '<outline text="deep" type="rss" xmlUrl="https://deep.example/f"/>'
        + "</outline>" * depth
    )
    [feed] = parse_opml(text, "deep.opml")
    assert feed.url == "https://deep.example/f"
    assert 0 < len(feed.category) <= 16


def test_category_attribute_used_only_without_folders() -> None:
    inner = '<outline text="a" type="rss" xmlUrl="https://a.example/f" category="/X/Y"/>'
    assert parse_opml(opml(inner), "t")[0].category == ("X", "Y")
    assert parse_opml(opml(f'<outline text="Folder">{inner}</outline>'), "t")[0].category == (
        "Folder",
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("billion_laughs.opml", "billion_laughs.opml: DOCTYPE with an internal subset"),
        ("xxe.opml", "xxe.opml: DOCTYPE with an internal subset"),
        ("not_opml.xml", "not_opml.xml: not an OPML document (root element <rss>)"),
    ],
)
def test_unreadable_documents_raise_one_line_naming_the_source(name: str, message: str) -> None:
    with pytest.raises(OpmlError) as exc:
        parse_opml((OPML / name).read_bytes(), name)
    assert str(exc.value).startswith(message)
    assert "\n" not in str(exc.value)
    assert isinstance(exc.value, InvalidInputError)  # the CLI's user-error family


def test_a_doctype_without_internal_subset_is_dropped_not_fetched() -> None:
    # It names http://127.0.0.1:9/opml.dtd: nothing listens there, and nothing is fetched.
    [feed] = parse_opml((OPML / "external_dtd.opml").read_bytes(), "external_dtd.opml")
    assert feed.url == "https://dtd.example.org/feed"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "not well-formed XML"),
        ("<opml><body><outline text='a'></body></opml>", "not well-formed XML"),
        ("just text", "not well-formed XML"),
        (
            "<!DOCTYPE opml><!DOCTYPE opml><opml/>",
            "more than one DOCTYPE",
        ),
    ],
)
def test_malformed(text: str, fragment: str) -> None:
    with pytest.raises(OpmlError, match=fragment):
        parse_opml(text, "bad.opml")


def test_too_many_outlines() -> None:
    text = opml('<outline text="f"/>' * (MAX_OUTLINES + 1))
    with pytest.raises(OpmlError, match=f"more than {MAX_OUTLINES} outlines"):
        parse_opml(text, "big.opml")


def test_shared_hostile_xml_neither_expands_nor_reads_files() -> None:
    hostile = shared_path("feeds", "hostile")
    files = sorted(hostile.glob("defusedxml__*"))
    assert files
    for path in files:
        try:
            feeds = parse_opml(path.read_bytes(), path.name)
        except OpmlError as e:
            assert "\n" not in str(e)
        else:
            assert feeds == [], path.name  # none of them is OPML
    # The XXE files would put /etc/passwd text into a title; none could get that far.


# --- importing --------------------------------------------------------------------


def test_import_adds_new_feeds_and_reports_every_skip(store: Store) -> None:
    report = import_opml(store, (OPML / "quirks.opml").read_bytes(), "quirks.opml")
    assert [a.url for a in report.added] == [
        "https://lower.example.org/feed?a=1&b=2",
        "https://upper.example.org/rss.xml",
        "https://notype.example.org/atom",
        "https://bell.example.org/feed",
        "https://url-attr.example.org/feed.xml",
    ]
    skipped = {(s.url, s.reason) for s in report.skipped}
    assert skipped == {
        ("https://lower.example.org/feed?a=1&b=2", DUPLICATE_IN_FILE),
        ("gopher://old.example.org/feed", INVALID_URL),
        ("https://page.example.org/", NOT_A_FEED),
    }
    gopher = next(s for s in report.skipped if s.reason == INVALID_URL)
    assert "gopher://old.example.org/feed" in gopher.detail
    assert "gopher://old.example.org/feed" in gopher.line()
    stored = {f.url: f for f in store.feeds()}
    assert set(stored) == {a.url for a in report.added}
    lower = stored["https://lower.example.org/feed?a=1&b=2"]
    assert lower.name == "Lowercase attr" and lower.interval_seconds == 900
    assert lower.why == "OPML category: Café & défense news"
    assert report.line() == (
        "quirks.opml: added 5 feeds, skipped 3 (1 duplicate in file, 1 invalid URL, 1 not a feed)"
    )


def test_import_twice_adds_nothing_the_second_time(store: Store) -> None:
    data = (OPML / "feedly.opml").read_bytes()
    first = import_opml(store, data, "feedly.opml", interval_seconds=3600)
    assert len(first.added) == 4 and first.skipped == []
    before = [(f.id, f.url, f.name) for f in store.feeds()]
    second = import_opml(store, data, "feedly.opml")
    assert second.added == []
    assert {(s.url, s.reason) for s in second.skipped} == {
        (url, ALREADY_STORED) for url in urls(parse_opml(data, "f"))
    }
    assert [s.detail for s in second.skipped] == [f"feed {i}" for i, _, _ in before]
    assert [(f.id, f.url, f.name) for f in store.feeds()] == before
    assert {f.interval_seconds for f in store.feeds()} == {3600}


def test_import_keeps_language_and_description(store: Store) -> None:
    import_opml(store, (OPML / "feedly.opml").read_bytes(), "feedly.opml")
    baltic = next(f for f in store.feeds() if "baltic" in f.url)
    assert (baltic.language, baltic.why) == ("en", "Baltic states, defence and energy.")
    untitled = opml('<outline type="rss" xmlUrl="https://untitled.example.org/f" language="xx_"/>')
    report = import_opml(store, untitled, "u.opml")
    feed = store.feed(report.added[0].id)
    assert feed.name == "untitled.example.org"  # the store's default: the host
    assert feed.language is None  # not a language tag


def test_an_unreadable_file_adds_nothing(store: Store) -> None:
    with pytest.raises(OpmlError):
        import_opml(store, (OPML / "billion_laughs.opml").read_bytes(), "billion_laughs.opml")
    assert store.feeds() == []


def test_invalid_interval_is_refused_before_anything(store: Store) -> None:
    with pytest.raises(InvalidInputError, match="invalid interval 30s"):
        import_opml(store, (OPML / "feedly.opml").read_bytes(), "f", interval_seconds=30)
    assert store.feeds() == []


@pytest.mark.parametrize(
    "url",
    [
        "/relative/feed.xml",
        "javascript:alert(1)",
        "http://",
        "https://has space.example/f",
        "http://[::1/feed",
        "https://long.example/" + "x" * 2100,
    ],
)
def test_invalid_urls_are_skipped_with_their_url(store: Store, url: str) -> None:
    text = opml(f'<outline text="x" type="rss" xmlUrl="{url}"/>')
    report = import_opml(store, text, "bad.opml")
    [skip] = report.skipped
    assert (skip.url, skip.reason) == (url, INVALID_URL)
    assert skip.detail and "\n" not in skip.detail
    assert report.added == [] and store.feeds() == []


# --- exporting --------------------------------------------------------------------


def seed(store: Store) -> None:
    store.add_feed("https://a.example.org/feed.xml", name='Ampersand & "quotes" <b>', language="en")
    store.add_feed("https://b.example.org/rss?x=1&y=2", why="Ministry of Defence\x01 releases.")
    c = store.add_feed("https://c.example.org/atom", name="Off", interval_seconds=3600)
    store.set_feed_enabled(c.id or 0, False, reason="test")


def test_export_opml_is_opml_2(store: Store) -> None:
    seed(store)
    text = export_feeds(store, "opml", now=NOW)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text)
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/dateCreated") == "Thu, 02 Jul 2026 12:00:00 GMT"
    outlines = root.findall("body/outline")
    assert [o.attrib for o in outlines] == [
        {
            "type": "rss",
            "text": 'Ampersand & "quotes" <b>',
            "title": 'Ampersand & "quotes" <b>',
            "xmlUrl": "https://a.example.org/feed.xml",
            "language": "en",
        },
        {
            "type": "rss",
            "text": "b.example.org",
            "title": "b.example.org",
            "xmlUrl": "https://b.example.org/rss?x=1&y=2",
            "description": "Ministry of Defence releases.",
        },
        {
            "type": "rss",
            "text": "Off",
            "title": "Off",
            "xmlUrl": "https://c.example.org/atom",
        },
    ]


def test_export_json(store: Store) -> None:
    seed(store)
    rows = json.loads(export_feeds(store, "json"))
    assert [set(r) for r in rows] == [
        {"id", "name", "url", "interval", "interval_seconds", "enabled", "language", "why"}
    ] * 3
    assert rows[2] == {
        "id": 3,
        "name": "Off",
        "url": "https://c.example.org/atom",
        "interval": "1h",
        "interval_seconds": 3600,
        "enabled": False,
        "language": None,
        "why": "",
    }


def test_export_of_an_empty_store(store: Store) -> None:
    assert parse_opml(export_feeds(store, "opml"), "empty.opml") == []
    assert json.loads(export_feeds(store, "json")) == []


def test_export_unknown_format(store: Store) -> None:
    with pytest.raises(InvalidInputError, match="unknown export format 'csv'"):
        export_feeds(store, "csv")


def test_round_trip_export_then_import_into_a_fresh_store(store: Store, tmp_path: Path) -> None:
    seed(store)
    import_opml(store, (OPML / "feedly.opml").read_bytes(), "feedly.opml")
    exported = export_feeds(store, "opml", now=NOW)
    fresh = Store.open(f"sqlite:///{tmp_path / 'fresh.db'}")
    fresh.upgrade()
    try:
        report = import_opml(fresh, exported, "export.opml")
        assert report.skipped == []

        def feed_set(s: Store) -> set[tuple[str, str, str | None]]:
            return {(f.url, f.name, f.language) for f in s.feeds()}

        assert feed_set(fresh) == feed_set(store)
        assert {f.url: f.why for f in fresh.feeds()} == {
            f.url: f.why.replace("\x01", "") for f in store.feeds()
        }
        again = import_opml(fresh, exported, "export.opml")
        assert again.added == [] and len(again.skipped) == len(store.feeds())
    finally:
        fresh.engine.dispose()


@pytest.mark.parametrize(
    "text",
    [
        '<!DOCTYPE opml "unterminated [ <!ENTITY a "x"> ]><opml/>',
        "<!DOCTYPE opml SYSTEM 'x.dtd' [<!ENTITY a 'x'>]><opml/>",
        "<!doctype opml [<!ENTITY a 'x'>]><opml/>",
        "<opml><!ENTITY a 'x'><body/></opml>",
    ],
)
def test_every_way_to_declare_an_entity_is_refused(text: str) -> None:
    with pytest.raises(OpmlError, match="not allowed"):
        parse_opml(text, "evil.opml")
