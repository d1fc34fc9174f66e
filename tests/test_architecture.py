"""The import rule: indicators imports neither storage nor watcher; storage not watcher."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = {"indicators": {"storage", "watcher"}, "storage": {"watcher"}}
# The pure core does no I/O of its own: no network, database or process libraries.
PURE_FORBIDDEN = {
    "httpx",
    "sqlalchemy",
    "sqlmodel",
    "socket",
    "subprocess",
    "requests",
    "urllib.request",
    "sqlite3",
    "psycopg",
    "feedparser",
    "apscheduler",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_rule(package: str) -> None:
    files = sorted((REPO / package).rglob("*.py"))
    assert files, f"no modules found in {package}/"
    offenders = [
        f"{f.relative_to(REPO)} imports {mod}"
        for f in files
        for mod in imported_modules(f)
        if top(mod) in FORBIDDEN[package]
    ]
    assert offenders == []


def test_indicators_does_no_io() -> None:
    offenders = [
        f"{f.relative_to(REPO)} imports {mod}"
        for f in sorted((REPO / "indicators").rglob("*.py"))
        for mod in imported_modules(f)
        if mod in PURE_FORBIDDEN or top(mod) in PURE_FORBIDDEN
    ]
    assert offenders == []


def test_the_checker_sees_imports(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import watcher.cli\nfrom storage.store import Store\n")
    assert {top(m) for m in imported_modules(bad)} == {"watcher", "storage"}


def test_the_cli_loads_no_date_parser_until_a_document_is_ingested() -> None:
    """``watcher run`` imports every command; dateparser (with its regex and time zone
    tables, several MB) is for ingesting documents, so the daemon must not carry it."""
    code = "import sys, watcher.cli; print('dateparser' in sys.modules, 'typer' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert out.stdout.split() == ["False", "True"]
