"""Log formats (watcher.logs): JSON lines parse, one object per record, with context."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher import logs


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    buf = io.StringIO()
    root = logging.getLogger()
    level = root.level
    yield buf
    for h in [h for h in root.handlers if h.get_name() == "watcher.logs"]:
        root.removeHandler(h)
    root.setLevel(level)


def lines(buf: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def test_json_lines_with_context(stream: io.StringIO) -> None:
    logs.configure("INFO", "json", stream)
    log = logging.getLogger("watcher.poll")
    log.info("poll feed=%s status=%s", 3, 200, extra={"feed_id": 3})
    log.info(
        "match",
        extra={"feed_id": 3, "item_id": 812, "indicator_id": "beijing-response"},
    )
    logging.getLogger("watcher.alerts.sender").warning(
        "delivery failed\nsecond line", extra={"delivery_id": 41, "channel": "desk"}
    )
    log.debug("not shown at INFO")
    first, second, third = lines(stream)
    assert first["message"] == "poll feed=3 status=200"
    assert first["level"] == "INFO" and first["logger"] == "watcher.poll"
    assert first["feed_id"] == 3
    when = datetime.fromisoformat(str(first["time"]))
    assert when.tzinfo is not None and when.utcoffset() == UTC.utcoffset(None)
    assert str(first["time"]).endswith("Z")
    assert second == {
        "time": second["time"],
        "level": "INFO",
        "logger": "watcher.poll",
        "message": "match",
        "feed_id": 3,
        "item_id": 812,
        "indicator_id": "beijing-response",
    }
    assert third["message"] == "delivery failed\nsecond line"  # one line in the stream
    assert third["delivery_id"] == 41 and third["channel"] == "desk"
    assert third["level"] == "WARNING"


def test_exceptions_and_odd_values(stream: io.StringIO) -> None:
    logs.configure("DEBUG", "json", stream)
    log = logging.getLogger("watcher.schedule")
    try:
        raise RuntimeError("database went away")
    except RuntimeError:
        log.exception("alert delivery run failed", extra={"path": Path("/tmp/x")})
    log.debug("lone surrogate \udcff and «unicode»")
    failed, odd = lines(stream)
    assert failed["level"] == "ERROR" and failed["path"] == "/tmp/x"
    assert "RuntimeError: database went away" in str(failed["exception"])
    assert odd["message"] == "lone surrogate \udcff and «unicode»"


def test_text_is_the_default(stream: io.StringIO) -> None:
    logs.configure("INFO", "text", stream)
    logging.getLogger("watcher.poll").info("poll feed=%s", 3, extra={"feed_id": 3})
    (line,) = stream.getvalue().splitlines()
    assert line.endswith(" INFO watcher.poll: poll feed=3")


def test_configure_again_replaces_only_its_own_handler(stream: io.StringIO) -> None:
    root = logging.getLogger()
    before = [h for h in root.handlers if h.get_name() != "watcher.logs"]
    logs.configure("INFO", "text", io.StringIO())
    logs.configure("INFO", "json", stream)
    ours = [h for h in root.handlers if h.get_name() == "watcher.logs"]
    assert len(ours) == 1
    assert [h for h in root.handlers if h.get_name() != "watcher.logs"] == before
    logging.getLogger("x").info("once")
    assert [r["message"] for r in lines(stream)] == ["once"]


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown log format 'xml'"):
        logs.configure("INFO", "xml")
