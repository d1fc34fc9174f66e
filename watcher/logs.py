"""Log formats for the daemon: human-readable text (the default) or JSON lines.

JSON lines: one object per record, with ``time`` (ISO 8601, UTC, milliseconds),
``level``, ``logger`` and ``message``, then whatever context the call passed with
``extra=`` — ``feed_id``, ``item_id``, ``indicator_id``, ``match_id``, ``delivery_id``,
``channel``, … — and ``exception`` (the formatted traceback) when there is one::

    log.info("match", extra={"feed_id": 3, "item_id": 812, "indicator_id": "beijing-response"})
    {"time": "2026-07-02T08:00:00.123Z", "level": "INFO", "logger": "watcher.poll",
     "message": "match", "feed_id": 3, "item_id": 812, "indicator_id": "beijing-response"}

Only the CLI configures logging (:func:`configure`); library code just logs.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

FORMATS = ("text", "json")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
TEXT_DATEFMT = "%Y-%m-%dT%H:%M:%S%z"
_HANDLER = "watcher.logs"
NOISY = ("httpx", "httpcore", "apscheduler.executors.default")

# The attributes every LogRecord has; anything else on a record came from ``extra=``.
_STANDARD = frozenset(vars(logging.LogRecord("", logging.INFO, "", 0, "", None, None)).keys()) | {
    "message",
    "asctime",
    "taskName",
}


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per record, on one line (see the module docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC)
        data: dict[str, Any] = {
            "time": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and key not in data:
                data[key] = value
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            data["exception"] = record.exc_text
        if record.stack_info:
            data["stack"] = self.formatStack(record.stack_info)
        # default=str: a datetime or a Path in ``extra`` is written, not an error.
        return json.dumps(data, ensure_ascii=False, default=str)


def configure(level: str = "INFO", fmt: str = "text", stream: TextIO | None = None) -> None:
    """Send the root logger's records to ``stream`` (stderr) as ``fmt`` (``text`` or
    ``json``) from ``level`` up; quieten chatty libraries. Calling it again replaces the
    handler it installed (and only that one: a test harness keeps its own)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown log format {fmt!r}: use one of {', '.join(FORMATS)}")
    handler = logging.StreamHandler(stream or sys.stderr)
    formatter: logging.Formatter = (
        JsonLinesFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT, TEXT_DATEFMT)
    )
    handler.setFormatter(formatter)
    handler.set_name(_HANDLER)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)


__all__ = ["FORMATS", "JsonLinesFormatter", "configure"]
