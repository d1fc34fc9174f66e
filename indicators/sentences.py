"""Splitting an analysis into lines and sentences, keeping offsets into the text.

Evidence must be quoted exactly from the document, so a :class:`Sentence` is a slice of
the text it came from (``text[begin:end] == sentence.text``). Lines are paragraphs (the
HTML extractor puts one paragraph per line); a sentence never spans two lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Words that end with a full stop without ending a sentence (compared lower-case).
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "adm", "gov", "sen", "rep", "pres", "amb", "st", "no", "nos", "vs", "v", "etc",
        "e.g", "i.e", "cf", "approx", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co",
        "corp", "jr", "sr", "fig", "vol", "pp", "p", "al", "op", "ed", "eds", "dept", "est",
    }
)  # fmt: skip
# A candidate end: terminal punctuation, closing quotes or brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9А-ЯЁ])")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: its text, offsets, and the line it sits on."""

    text: str
    begin: int
    end: int
    line: int  # index of the non-blank line (paragraph) it belongs to
    first_in_line: bool
    last_in_line: bool


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(begin, end) of every non-blank line, trailing whitespace excluded."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip()
        stripped = body.lstrip()
        if stripped:
            start = pos + len(body) - len(stripped)
            yield start, pos + len(body)
        pos += len(raw)


def _is_abbreviation(line: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    m = re.search(r"([\w.]+)$", line[:dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    token = m.group(1)
    # An initial ("J. Smith") or dotted letters ("U.S.", "a.m.").
    return bool(re.fullmatch(r"[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]?", token))


def split_line(line: str) -> Iterator[tuple[int, int]]:
    """(begin, end) of each sentence of one line."""
    start = 0
    for m in _END.finditer(line):
        if (
            line[m.start()] == "."
            and m.end() - m.start() == 1
            and _is_abbreviation(line, m.start())
        ):
            continue
        if line[start : m.end()].strip():
            yield start, m.end()
        start = m.end()
        while start < len(line) and line[start].isspace():
            start += 1
    if line[start:].strip():
        yield start, len(line.rstrip())


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` with its offsets; ``text[s.begin:s.end] == s.text``."""
    out: list[Sentence] = []
    for index, (line_begin, line_end) in enumerate(lines(text)):
        line = text[line_begin:line_end]
        spans = list(split_line(line))
        for i, (b, e) in enumerate(spans):
            out.append(
                Sentence(
                    line[b:e],
                    line_begin + b,
                    line_begin + e,
                    index,
                    first_in_line=i == 0,
                    last_in_line=i == len(spans) - 1,
                )
            )
    return out
