"""Plain-text and markdown papers to blocks.

Papers converted from PDF to text keep the converter's quirks, and we read them as they are:
one paragraph per line, markdown ``**bold**`` (sometimes spanning lines), ``- `` bullets, HTML
fragments (``<p>``, ``<ul>``, ``<table>``) and tab-separated tables.
"""

from __future__ import annotations

import re

from .blocks import Block
from .html import blocks_from_html, clean, html_to_text, looks_like_html
from .records import Table
from .table_cells import count_header_rows, trim_columns

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_BULLET = re.compile(r"^\s*(?:[-*+•●▪◦■□–]|\u2022|\uf0b7)\s+")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


#: Control characters a text export may legitimately hold: tab, line feed, vertical tab (Word's
#: line break), form feed (page break) and carriage return.
_TEXT_CONTROLS = frozenset("\t\n\v\f\r")
#: Above this share of control or undecodable characters a "text" file is binary data.
MAX_BINARY_SHARE = 0.02


def decode(data: bytes) -> str:
    """Text of a file's bytes: UTF-16 with a BOM, UTF-8 (with or without BOM), else Windows-1252
    as UK exports are."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def binary_reason(text: str) -> str | None:
    """Why decoded ``text`` looks like binary data rather than a paper (NUL characters, or more
    than ``MAX_BINARY_SHARE`` control or undecodable characters), or None when it is text."""
    if not text:
        return None
    nuls = text.count("\x00")
    if nuls:
        return f"{nuls:,} NUL byte{'s' if nuls > 1 else ''}"
    bad = sum(1 for c in text if c == "\ufffd" or (c < " " and c not in _TEXT_CONTROLS) or "\x7f" <= c < "\xa0")
    if bad > MAX_BINARY_SHARE * len(text):
        return f"{bad / len(text):.0%} of its characters are control codes or undecodable"
    return None


def blocks_from_text(text: str) -> list[Block]:
    """Split a converted paper into blocks: lines, list items, HTML fragments, tables."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines = text.split("\n")
    blocks: list[Block] = []
    bold_open = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line.strip("\n") and line.strip():
            rows, i = _take_tab_rows(lines, i)
            blocks.append(Block(text="", table=tsv_table(rows)))
            continue
        i += 1
        if not line.strip():
            continue
        if looks_like_html(line):
            blocks.extend(blocks_from_html(line))
            continue
        # Markdown bold: whole-line bold, possibly opened on one line and closed on a later one.
        stripped = line.strip()
        starts_bold = stripped.startswith("**") or (stripped[:1] in "-*•" and "**" in stripped[:6])
        bold = bold_open or (starts_bold and stripped.count("**") >= 2 and _mostly_bold(stripped))
        if stripped.count("**") % 2 == 1:
            bold = True if not bold_open else bold
            bold_open = not bold_open
        heading = bool(_MD_HEADING.match(stripped))
        stripped = _MD_HEADING.sub("", stripped)
        list_item = bool(_BULLET.match(stripped)) and not stripped.startswith("**")
        content = _BULLET.sub("", stripped) if list_item else stripped
        content = clean(content.replace("**", ""))
        if content and _continues(blocks, lines[i - 2] if i >= 2 else "", content, list_item or heading or bold):
            blocks[-1].text = f"{blocks[-1].text} {content}"
        elif content:
            blocks.append(Block(text=content, bold=bold, list_item=list_item, heading=heading))
    return blocks


def _continues(blocks: list[Block], previous_line: str, content: str, marked: bool) -> bool:
    """A line of a hard-wrapped paragraph: it follows the paragraph's last line directly, which ends
    without a full stop, and starts in lower case ("... in respect of the Mobile Working and\nthe Body Worn
    Video projects"; case: tests/test_text.py)."""
    if marked or not blocks or not previous_line.strip() or not content[:1].islower():
        return False
    last = blocks[-1]
    return not (last.heading or last.bold or last.table is not None) and not re.search(r"[.:;!?]$", last.text)


def _mostly_bold(line: str) -> bool:
    bold = sum(len(m.group(1)) for m in _BOLD.finditer(line))
    return bold >= 0.8 * len(line.replace("**", "").strip())


def _take_tab_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """Consecutive tab-separated lines (a single blank line between rows allowed)."""
    rows: list[list[str]] = []
    while i < len(lines):
        line = lines[i]
        if "\t" in line and line.strip():
            rows.append([html_to_text(cell) for cell in line.split("\t")])
            i += 1
        elif not line.strip() and i + 1 < len(lines) and "\t" in lines[i + 1] and lines[i + 1].strip():
            i += 1
        else:
            break
    return rows, i


def tsv_table(rows: list[list[str]]) -> Table:
    """A table from tab-separated rows: empty columns dropped, header rows detected."""
    rows = trim_columns(rows)
    return Table(rows=rows, header_rows=count_header_rows(rows), source="tsv")
