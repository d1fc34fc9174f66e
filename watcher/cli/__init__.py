"""The ``watcher`` command line: each command parses its arguments, calls one public
function of the library, and prints (Rich tables for people, JSON lines with ``--json``).

User errors (bad ids, dates, files, queries, URLs) print one line on stderr and exit 2.
"""

from watcher.cli import (  # noqa: F401  (register commands)
    alerts,
    evidence,
    feeds,
    indicators,
    ingest,
    setup,
    status,
    stories,
    timeline,
)
from watcher.cli._app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
