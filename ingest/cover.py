"""Cover-block metadata: the board a paper went to, its meeting date, its title and presenter.

Board papers open with a cover block ("Strategic Policing and Crime Board / 2 July 2013 /
Title: ... / Presented by: ..."). These pure functions read it from the first blocks of a paper,
and fall back on the signature at the end for the presenter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .blocks import Block

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY_NAME = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DMY = re.compile(_DAY_NAME + r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b", re.I)
_MDY = re.compile(_DAY_NAME + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_MY = re.compile(r"\b" + _MONTH + r",?\s+(\d{4})\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")

_BOARD = re.compile(
    r"\b(Board|Panel|Committee|Sub-Committee|Cabinet|Council|Authority|Commission|Forum|Executive)\b",
    re.I,
)
_LABELLED = re.compile(
    r"^(?P<label>Title|Subject|Report title|Presented by|Report of|Report by|Report from|From|"
    r"Author\(s\)|Authors?|Contact officer|Lead officer|Job title|To|Meeting|Date|Board|"
    r"Police and Crime Plan Priority|Agenda item|Item|Classification|Purpose)\s*:\s*(?P<value>.*)$",
    re.I,
)
_REPORT_OF = re.compile(
    r"^(?:a\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?(?P<who>.+?)"
    r"(?:\s+(?:on|regarding|concerning|re)\s+(?P<what>.+))?$",
    re.I,
)
_NOISE = re.compile(
    r"^(official(-sensitive)?|not protectively marked|agenda item\b.*|item\s+\d+.*|public|"
    r"restricted|for (information|decision|discussion|noting)|open|page \d+.*|\d+)$",
    re.I,
)
_BODY_START = re.compile(
    r"^(\d{1,2}[.)]?\s+)?(purpose|introduction|summary|executive summary|background|recommendations?)\b",
    re.I,
)
_ROLE = re.compile(
    r"\b(Constable|Commissioner|Director|Chief|Officer|Superintendent|Inspector|Manager|Head|"
    r"Executive|Treasurer|Secretary|Lead|Commander|Leader|Member|Deputy|Assistant|Clerk)\b",
)
_NAME = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}$")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
          "from", "into", "over", "per", "via", "vs"}


@dataclass
class Cover:
    board: str | None = None
    meeting_date: str | None = None
    title: str | None = None
    presenter: str | None = None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO, as precise as written.

    >>> parse_date("Tuesday 1st December 2015"), parse_date("April 2022")
    ('2015-12-01', '2022-04')
    """
    best: tuple[int, str] | None = None
    for regex, kind in ((_DMY, "dmy"), (_MDY, "mdy"), (_NUMERIC, "num"), (_MY, "my")):
        for m in regex.finditer(text):
            if best is not None and m.start() > best[0]:
                break
            iso = _iso(m, kind)
            if iso and (best is None or m.start() < best[0] or len(iso) > len(best[1])):
                best = (m.start(), iso)
                break
    return best[1] if best else None


def _iso(m: re.Match, kind: str) -> str | None:
    if kind == "dmy":
        day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    elif kind == "mdy":
        month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
    elif kind == "num":
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        day, month, year = 0, MONTHS[m.group(1).lower()], int(m.group(2))
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def smart_title(text: str) -> str:
    """Title-case an UPPER-CASE line, keeping small words lower and acronyms upper."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    out = []
    for i, word in enumerate(text.split()):
        core = word.strip("()‘’'\"“”,:;–-")
        if any(c.isdigit() for c in core) or (core and not re.search(r"[AEIOUY]", core)):
            out.append(word)
        elif i > 0 and core.lower() in _SMALL:
            out.append(word.lower())
        else:
            out.append(_cap(word.lower()))
    return " ".join(out)


def _cap(word: str) -> str:
    for i, c in enumerate(word):
        if c.isalpha():
            return word[:i] + c.upper() + word[i + 1 :]
    return word


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _cover_lines(blocks: list[Block], limit: int = 14) -> list[str]:
    """The text lines of the cover block: before the body starts, upper-case runs joined."""
    lines: list[str] = []
    for block in blocks:
        if block.table is not None:
            if lines:
                break
            continue
        text = block.text.strip()
        if not text:
            continue
        if _BODY_START.match(text) and lines:
            break
        if (lines and _upper(text) and _upper(lines[-1]) and not re.search(r"[.:]$", lines[-1])
                and not _BOARD.search(lines[-1]) and not _date_only(lines[-1])):
            lines[-1] = f"{lines[-1]} {text}"
        else:
            lines.append(text)
        if len(lines) >= limit:
            break
    return lines


def _date_only(line: str) -> bool:
    if not parse_date(line):
        return False
    rest = re.sub(_DAY_NAME + r"|\d{1,4}(st|nd|rd|th)?|" + _MONTH + r"|[,/.\s]", "", line, flags=re.I)
    return len(rest) <= 2


def read_cover(blocks: list[Block]) -> Cover:
    """Board, meeting date, title and presenter from a paper's blocks."""
    cover = Cover()
    lines = _cover_lines(blocks)
    used: set[int] = set()
    for i, line in enumerate(lines):
        m = _LABELLED.match(line)
        if not m:
            continue
        label, value = m.group("label").lower(), m.group("value").strip()
        if label in ("title", "subject", "report title") and value and not cover.title:
            cover.title, _ = value, used.add(i)
        elif label in ("presented by", "report of", "report by", "report from", "from",
                       "author(s)", "author", "authors", "lead officer", "contact officer") and value:
            if not cover.presenter or label == "presented by":
                cover.presenter = value
            used.add(i)
        elif label in ("meeting", "to", "board") and value and not cover.board:
            cover.board = _strip_date(value)
            cover.meeting_date = cover.meeting_date or parse_date(value)
            used.add(i)
        elif label == "date" and value:
            cover.meeting_date = cover.meeting_date or parse_date(value)
            used.add(i)
        else:
            used.add(i)
    for i, line in enumerate(lines):
        if i in used:
            continue
        if cover.board is None and _BOARD.search(line) and len(line.split()) <= 12 \
                and not _REPORT_OF.match(line) and not line.endswith("."):
            board = _strip_date(line)
            if board:
                cover.board = smart_title(board)
                cover.meeting_date = cover.meeting_date or parse_date(line)
                used.add(i)
                continue
        if cover.meeting_date is None and _date_only(line):
            cover.meeting_date = parse_date(line)
            used.add(i)
            continue
    if cover.title is None:
        for i, line in enumerate(lines):
            if i in used or _NOISE.match(line) or _date_only(line) or len(line.split()) < 2:
                continue
            m = _REPORT_OF.match(line)
            if m and m.group("what"):
                cover.presenter = cover.presenter or smart_title(m.group("who"))
            cover.title = smart_title(line)
            break
    if cover.presenter is None:
        cover.presenter = _signature(blocks)
    return cover


def _strip_date(line: str) -> str:
    for regex in (_DMY, _MDY, _NUMERIC, _MY):
        line = regex.sub("", line)
    return line.strip(" ,–-:")


def _signature(blocks: list[Block]) -> str | None:
    """"Name / Role" lines that close a paper."""
    texts = [b.text.strip() for b in blocks[-6:] if b.table is None and b.text.strip()]
    for i in range(len(texts) - 1, 0, -1):
        name, role = texts[i - 1], texts[i]
        if _NAME.match(name) and _ROLE.search(role) and len(role.split()) <= 10 and not role.endswith("."):
            return f"{name}, {role}"
    return None
