"""Claimed benefits as the papers state them. A benefits table's total row is quoted as the
paper's total; its parts are listed row by row, each with its own period; no figure is ever
added to another (no total to its parts, forecast to realised, or one period to another).

A row is a total when its label is "Total", "Grand total", "Programme total", "Subtotal" and the
like. Forecast and realised are told apart by the column header ("Cashable £m realised")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .citations import Citations, money

_TOTAL = re.compile(r"^\s*(?:grand\s+|programme\s+|overall\s+|sub-?\s*)?totals?\b", re.I)
_PERIOD = re.compile(r"FY\s?\d{2,4}/\d{2}\s+to\s+FY\s?\d{2,4}/\d{2}|FY\s?\d{2,4}/\d{2}|\d{4}/\d{2}", re.I)
_UNITS = ("GBP", "FTE", "hours")


@dataclass
class Figure:
    """One printed figure of a benefits row: '£2.1m cashable (forecast)'."""

    column: str
    shown: str
    kind: str
    measure: str  # "forecast", "realised" or "" when the column does not say

    def __str__(self) -> str:
        measure = f" {self.measure}" if self.measure else ""
        return f"{self.kind} {self.shown}{measure}"


@dataclass
class BenefitRow:
    label: str
    figures: list[Figure]
    period: str
    is_total: bool
    cite: int

    @property
    def text(self) -> str:
        return _join(self.figures)


@dataclass
class BenefitTable:
    """A paper's benefits table, row by row as printed, total row included and marked."""

    paper: str
    meeting_date: str | None
    caption: str
    rows: list[BenefitRow] = field(default_factory=list)

    @property
    def total(self) -> BenefitRow | None:
        return next((r for r in self.rows if r.is_total), None)


@dataclass
class BenefitClaim:
    """A claim for page 1: a table's stated total, or a sentence that states an amount."""

    paper: str
    meeting_date: str | None
    text: str
    period: str
    quote: str
    cites: list[int]


def is_total(label: str) -> bool:
    return bool(_TOTAL.match(label or ""))


def _measure(header: str, realised: str | None) -> str:
    low = header.lower()
    if "realis" in low or "achieved" in low or "actual" in low:
        return "realised"
    if "forecast" in low or "expected" in low or "planned" in low or "target" in low:
        return "forecast"
    return "realised" if realised == "realised" else ""


def _join(figures: list[Figure]) -> str:
    """'cashable £12.6m forecast, of which £4.8m realised; non-cashable 91 FTE' — a realised figure
    is shown as part of the forecast of the same kind and unit, never added to it."""
    parts: list[str] = []
    for kind in dict.fromkeys(f.kind for f in figures):
        same = [f for f in figures if f.kind == kind]
        forecast = [f for f in same if f.measure != "realised"]
        realised = [f for f in same if f.measure == "realised"]
        if forecast and realised:
            parts.append(f"{forecast[0]}, of which {realised[0].shown} realised"
                         + "".join(f"; {f}" for f in forecast[1:] + realised[1:]))
        else:
            parts.extend(str(f) for f in same)
    return "; ".join(parts)


def _period_column(header: list[str]) -> int | None:
    return next((i for i, h in enumerate(header) if re.search(r"period|years?\b", h, re.I)), None)


def _caption_period(caption: str | None) -> str:
    m = _PERIOD.search(caption or "")
    return m.group(0) if m else ""


def _figure(b: dict) -> Figure:
    header = b["description"].rsplit(" – ", 1)[-1] if " – " in (b["description"] or "") else ""
    return Figure(header, money(b["amount"], b["unit"]), b["kind"] or "", _measure(header, b["realised"]))


def benefit_tables(benefits: list[dict], grids: dict[int, dict], cites: Citations) -> list[BenefitTable]:
    """The benefits tables of the papers, each row with its own figures and period."""
    out = []
    by_table: dict[int, list[dict]] = {}
    for b in benefits:
        if b["table_id"] is not None and b["amount"] is not None and b["table_id"] in grids:
            by_table.setdefault(b["table_id"], []).append(b)
    for table_id, rows in by_table.items():
        grid = grids[table_id]
        period_col = _period_column(grid["header"])
        table = BenefitTable(rows[0]["paper"], rows[0]["meeting_date"], grid["caption"] or "Benefits table")
        for row_no in dict.fromkeys(b["passage_row"] for b in rows):
            of_row = [b for b in rows if b["passage_row"] == row_no]
            cells = grid["rows"].get(row_no, {}).get("cells", [])
            label = cells[0] if cells else of_row[0]["description"].split(" – ")[0]
            period = cells[period_col] if period_col is not None and period_col < len(cells) else ""
            period = period or ("" if is_total(label) else of_row[0]["period"] or "")
            table.rows.append(BenefitRow(label, [_figure(b) for b in of_row], period, is_total(label),
                                         cites.cite(of_row[0])))
        out.append(table)
    return out


def claims(benefits: list[dict], tables: list[BenefitTable], cites: Citations, limit: int = 4) -> list[BenefitClaim]:
    """Page 1's claimed benefits: per paper, its tables' stated totals (a table without a total
    row: each row as printed); a paper without a benefits table: its sentences that state an amount."""
    out: list[BenefitClaim] = []
    papers_with_tables = set()
    for t in tables:
        papers_with_tables.add((t.paper, t.meeting_date))
        period = _caption_period(t.caption)
        shown = [t.total] if t.total else t.rows
        for r in shown:
            what = f"{t.caption}: total" if r.is_total else f"{t.caption}: {r.label}"
            out.append(BenefitClaim(t.paper, t.meeting_date, f"{what} — {r.text}",
                                    r.period or period or "as stated per row", "", [r.cite]))
    seen: set[str] = set()
    for b in benefits:
        if b["table_id"] is not None or b["amount"] is None or b["unit"] not in _UNITS:
            continue
        if (b["paper"], b["meeting_date"]) in papers_with_tables or b["quote"] in seen:
            continue
        seen.add(b["quote"])
        out.append(BenefitClaim(b["paper"], b["meeting_date"], "", b["period"] or "", b["quote"], [cites.cite(b)]))
    return out[: limit + len(tables)]
