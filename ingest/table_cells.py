"""Table helpers shared by the readers: cell values and header-row detection."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^[-+−]?[£$€]?\(?[-+−]?\d[\d,]*(\.\d+)?\)?\s*(%|[kmbKMB]n?|p)?$")
_DATE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")


def is_value(cell: str) -> bool:
    """True for a numeric cell (a count, money, percentage), not a date."""
    cell = cell.strip()
    return bool(cell) and bool(_NUMBER.match(cell.replace(" ", ""))) and not _DATE.match(cell)


def count_header_rows(rows: list[list[str]]) -> int:
    """Leading rows without numeric values are headers, if some later row has values;
    otherwise one header row when the first row is short labels."""
    n = 0
    for row in rows[:3]:
        if any(is_value(c) for c in row):
            break
        n += 1
    if n == len(rows) or not any(any(is_value(c) for c in r) for r in rows[n:]):
        return 1 if len(rows) > 1 and _looks_like_header(rows[0]) else 0
    return n


def _looks_like_header(row: list[str]) -> bool:
    filled = [c for c in row if c.strip()]
    return len(filled) >= 2 and all(len(c) <= 40 and "\n" not in c for c in filled)


def trim_columns(rows: list[list[str]]) -> list[list[str]]:
    """Pad rows to one width and drop columns that are empty in every row."""
    width = max((len(r) for r in rows), default=0)
    rows = [list(r) + [""] * (width - len(r)) for r in rows]
    keep = [j for j in range(width) if any(r[j].strip() for r in rows)]
    return [[r[j] for j in keep] for r in rows]
