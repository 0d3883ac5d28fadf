"""Facts from tables: every numeric cell is a metric (subject = row label + column header,
``as_of`` from a date in the header), and the rows of cost/benefit and FTE tables are benefits.
Pure: a ``Table`` in, records out."""

from __future__ import annotations

import re

from ..ingest.records import Table
from .dates import find_dates
from .quantities import find_quantities
from .records import Benefit, Metric

_NUMERIC_CELL = re.compile(r"^[-−+]?\s*[£$€]?\s*[-−]?\s*\(?\d[\d,]*(\.\d+)?\)?\s*(%|[mk]|bn|p)?$", re.I)
_BENEFIT_TABLE = re.compile(r"benefit|saving|cashable|efficienc|fte", re.I)


def column_headers(table: Table) -> list[str]:
    """One label per column from the header rows, spanning labels carried right."""
    headers = [""] * table.n_cols
    for row in table.rows[: table.header_rows]:
        carried = ""
        for j in range(table.n_cols):
            cell = row[j].strip() if j < len(row) else ""
            if cell:
                carried = cell
            elif j == 0:
                carried = ""
            label = cell or (carried if j > 0 else "")
            if label and label not in headers[j]:
                headers[j] = f"{headers[j]} {label}".strip()
    return headers


def _as_of(header: str) -> str | None:
    for d in find_dates(header):
        if d.precision == "day":
            return d.date_start
        if d.precision == "month":
            return d.date_start[:7]
        if d.precision == "year":
            return d.date_start[:4]
    return None


def _cell_value(cell: str, header: str, caption: str) -> tuple[float, str] | None:
    text = cell.strip().replace("−", "-")
    if not _NUMERIC_CELL.match(text):
        return None
    quantities = find_quantities(re.sub(r"^([-+])\s+", r"\1", text))
    if len(quantities) != 1:
        return None
    q = quantities[0]
    context = f"{header} {caption}".lower()
    unit, value = q.unit, q.value
    if unit == "count":
        if "%" in context or "percent" in context or "rate" in context:
            unit = "percent"
        elif "fte" in context:
            unit = "FTE"
        elif "£" in context or "cost" in context or "cashable" in context or "£" in cell:
            unit = "GBP"
            if re.search(r"£\s?m\b|£m|\(m\)|£ millions?", context):
                value *= 1e6
            elif re.search(r"£\s?0{3}|£k\b|£ thousands?", context):
                value *= 1e3
        elif "fte" in context:
            unit = "FTE"
        elif "hour" in context:
            unit = "hours"
        elif "day" in context:
            unit = "days"
    return value, unit


def table_facts(table: Table, table_index: int, row_seqs: dict[int, int],
                meeting: str | None = None) -> tuple[list[Metric], list[Benefit]]:
    """Metrics for every numeric cell, and benefits for the rows of benefit tables."""
    headers = column_headers(table)
    caption = table.caption or ""
    metrics: list[Metric] = []
    benefits: list[Benefit] = []
    benefit_table = bool(_BENEFIT_TABLE.search(caption + " " + " ".join(headers)))
    benefit_cols = _benefit_columns(headers) if benefit_table else {}
    for r, row in enumerate(table.rows):
        if r < table.header_rows or r not in row_seqs:
            continue
        label = " ".join(c.strip() for c in row if c.strip() and not _NUMERIC_CELL.match(c.strip()) and len(c) < 80)
        label = label or (headers[0] if headers else "")
        quote = " | ".join(c.replace("\n", " ").strip() for c in row if c.strip())[:300]
        for j, cell in enumerate(row):
            header = headers[j] if j < len(headers) else ""
            parsed = _cell_value(cell, header, caption)
            if parsed is None:
                if cell.strip() and len(cell) >= 3 and not _NUMERIC_CELL.match(cell.strip()):
                    for q in find_quantities(cell):  # numbers inside a text cell
                        metrics.append(Metric(subject=f"{label} – {header}".strip(" –"), value=q.value, unit=q.unit,
                                              passage_seq=row_seqs[r], quote=quote, table_index=table_index))
                continue
            value, unit = parsed
            subject = f"{label} – {header}".strip(" –")
            metrics.append(Metric(subject=subject, value=value, unit=unit, passage_seq=row_seqs[r], quote=quote,
                                  as_of=_as_of(header), table_index=table_index))
            if j in benefit_cols and value != 0 and unit in ("GBP", "FTE", "hours", "days"):
                benefits.append(Benefit(kind=benefit_cols[j], description=subject, realised="expected",
                                        passage_seq=row_seqs[r], quote=quote, amount=value, unit=unit,
                                        period=_period(header, caption), table_index=table_index))
    return metrics, benefits


def _benefit_columns(headers: list[str]) -> dict[int, str]:
    """Columns that hold benefits: cashable / non-cashable ones, else a total FTE or saving column."""
    cols: dict[int, str] = {}
    for j, h in enumerate(headers):
        low = h.lower()
        if re.search(r"non[- ]?cashable", low):
            cols[j] = "non-cashable"
        elif "cashable" in low:
            cols[j] = "cashable"
    if cols:
        return cols
    totals = [j for j, h in enumerate(headers) if re.search(r"total", h, re.I) and re.search(r"fte|£|saving", h, re.I)]
    if totals:
        return {totals[-1]: "non-cashable" if "fte" in headers[totals[-1]].lower() else "cashable"}
    return {}


def _period(header: str, caption: str) -> str | None:
    for text in (header, caption):
        m = re.search(r"(FY\s?\d{2,4}/\d{2,4}(?:\s*(?:to|-|–)\s*FY\s?\d{2,4}/\d{2,4})?|per annum|annual|"
                      r"over \w+ years)", text, re.I)
        if m:
            return m.group(1)
    return None
