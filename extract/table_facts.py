"""Facts from tables: every numeric cell is a metric (subject = row label + column header,
``as_of`` from a date in the header), and the rows of cost/benefit and FTE tables are benefits.
Pure: a ``Table`` in, records out."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..ingest.records import Table
from .confidence import confidence
from .dates import find_dates
from .quantities import find_quantities
from .records import Benefit, Metric, Milestone

_NUMERIC_CELL = re.compile(r"^[-−+]?\s*[£$€]?\s*[-−]?\s*\(?\d[\d,]*(\.\d+)?\)?\s*(%|[mk]|bn|p)?$", re.I)
_BENEFIT_TABLE = re.compile(r"benefit|saving|cashable|efficienc|fte", re.I)
# column context words, whole words only: "Directorate" holds "rate" but is no rate
_PERCENT = re.compile(r"%|\bper ?cent(?:age)?s?\b|\brates?\b", re.I)
_PER_N = re.compile(r"\bper\s+(?:\d[\d,]*|hundred|thousand|million)\b", re.I)  # "Rate per 10,000 children"
_FTE = re.compile(r"\bftes?\b", re.I)
_MONEY = re.compile(r"£|\bcosts?\b|\bcashable\b", re.I)
_MILLIONS = re.compile(r"£\s?m(?:s|illions?)?\b|\(m\)|£\s?millions?", re.I)
_THOUSANDS = re.compile(r"£\s?['’]?0{3}|£\s?k\b|£\s?thousands?|\(['’]?000s?\)|['’]000s?\b", re.I)
_HOURS = re.compile(r"\bhours?\b", re.I)
_DAYS = re.compile(r"\bdays?\b", re.I)
# a column of row references, not figures: "Row Ref", "Ref", "No.", "#", "Item"
_INDEX_HEADER = re.compile(r"^(?:row\s*)?(?:ref(?:erence)?|no|#|item|id)\.?$", re.I)
# a form's label naming the identifier in the cell after it: "Amendment Number: | 2" (uk-council amendment form;
# tests/test_quantities.py); a total or average number is a count
_ID_LABEL = re.compile(r"(?<!total )(?<!overall )(?<!average )(?<!net )(?<=[a-z] )"
                       r"(?:number|no\.?|ref(?:erence)?|id)\s*:$", re.I)


def _is_title(row: list[str], n_cols: int) -> bool:
    """A header row that is one merged cell across the table: a title, not a column label."""
    return n_cols > 2 and sum(1 for c in row if c.strip()) == 1


def column_headers(table: Table) -> list[str]:
    """One label per column from the header rows. A label spanning several columns is carried right
    only over the columns that a lower header row labels (a group over its sub-columns); the row-label
    column is never carried, and a row that is a single merged cell is a title, not a label."""
    headers = [""] * table.n_cols
    rows = [r for r in table.rows[: table.header_rows] if not _is_title(r, table.n_cols)]
    for i, row in enumerate(rows):
        carried = ""
        for j in range(table.n_cols):
            cell = row[j].strip() if j < len(row) else ""
            below = any(j < len(r) and r[j].strip() for r in rows[i + 1:])
            carried = cell or (carried if j > 1 and below else "")
            label = cell or carried
            if label and label not in headers[j]:
                headers[j] = f"{headers[j]} {label}".strip()
    return headers


def table_context(table: Table) -> str:
    """The caption and the title rows of a table: the context of every column."""
    titles = [c.strip() for r in table.rows[: table.header_rows] if _is_title(r, table.n_cols) for c in r if c.strip()]
    return " ".join([table.caption or "", *titles]).strip()


#: A quarter of a financial year beside it: "Q3 2024/25", "2019/20 Q4", "Quarter 1 2020/21".
_FY_QUARTER = re.compile(r"\bQ(?:uarter)?\s?(?P<q>[1-4])\s*$|^\s*Q(?:uarter)?\s?(?P<q2>[1-4])\b", re.I)
#: A school year, not a financial one: the commissioning plan's "By 2025-26" columns of "85 Year R temp
#: places", "0.3FE" (KCC education commissioning plan, January 2025) count from the September it starts.
_SCHOOL_YEAR = re.compile(r"\b(?:academic|school) years?\b|\bYear [R7]\b|\d(?:\.\d+)?\s?FE\b", re.I)
#: A financial year's quarters end on these days of its first (Q1-Q3) or second (Q4) calendar year.
_FY_QUARTER_END = {1: (0, "06-30"), 2: (0, "09-30"), 3: (0, "12-31"), 4: (1, "03-31")}


def _as_of(header: str, about: str = "") -> str | None:
    """The date a column's figures refer to, at the header's precision (day, month, year); a period
    stands for its end: a quarter ("Quarter to Sep 24"; "Q3 2024/25" → 2024-12-31), a financial year
    ("2023-24", "FY22/23" → its 31 March), a range of days ("1 April - 30 June 2021" → 2021-06-30), or
    a school year ("By 2025-26" over "Year R places" → 2025-09) when ``about`` (the row and the table)
    says so. Two periods in one header ("2026-27 2027-28 Service Area") name no single date."""
    dates = find_dates(header)
    periods = {(d.date_start, d.date_end) for d in dates}
    if len(periods) > 1 and not all(d.precision in ("day", "month", "year") for d in dates):
        return None
    for d in dates:
        if d.precision == "financial_year":
            return _financial_as_of(header[: d.start], header[d.end:], d.date_start[:4], about)
        if d.precision == "quarter" or (d.precision == "month" and d.date_start[:7] != d.date_end[:7]):
            return d.date_end
        if d.precision == "day":
            return d.date_start
        if d.precision == "month":
            return d.date_start[:7]
        if d.precision == "year":
            return d.date_start[:4]
    return None


def _financial_as_of(before: str, after: str, start_year: str, about: str) -> str:
    """The end of a financial year starting in April of ``start_year``, of its quarter written before or
    after it, or the start of the school year it names."""
    if _SCHOOL_YEAR.search(about):
        return f"{start_year}-09"
    quarter = _FY_QUARTER.search(before) or _FY_QUARTER.search(after)
    q = int(quarter.group("q") or quarter.group("q2")) if quarter else 4
    offset, day = _FY_QUARTER_END[q]
    return f"{int(start_year) + offset}-{day}"


def column_unit(header: str, context: str) -> tuple[str, float] | None:
    """The unit a column header gives its bare numbers, and the scale of money ("£000s" → 1000);
    the column's own header first, then the table's caption and title."""
    for text in (header, context):
        if _PERCENT.search(text) and not _PER_N.search(text):
            return "percent", 1.0
        if _FTE.search(text):
            return "FTE", 1.0
        if _MONEY.search(text):
            return "GBP", money_scale(text)
        if _HOURS.search(text):
            return "hours", 1.0
        if _DAYS.search(text):
            return "days", 1.0
    return None


#: A column of scores: "Current Likelihood (1-5)", "Impact Score" (kent set 9, the budget risk register, whose row
#: labels and caption name £ sums; tests/test_extract.py).
_SCORE_HEADER = re.compile(r"\b(?:likelihood|probability|score|rating)\b|\(\s*1\s*[-–]\s*[3-9]\s*\)", re.I)


def _score(header: str) -> tuple[str, float] | None:
    """A column of scores counts, whatever the row or the table's caption says of money."""
    return ("count", 1.0) if _SCORE_HEADER.search(header) else None


def _proportion(label: str) -> tuple[str, float] | None:
    """A column or row that names a proportion holds percentages: "Proportion of net revenue stream | 8.17 | 7.41"
    (kent set 6, the capital strategy, whose caption says "costs"; tests/test_extract.py). A caption's proportion
    does not make every column one: "Proportion of officers by rank" over a column of numbers (review)."""
    return ("percent", 1.0) if re.match(r"\s*proportion\b", label, re.I) else None


def money_scale(text: str) -> float:
    """1e6 for "£m", 1e3 for "£000s" / "£'000" / "£k", else 1."""
    if _MILLIONS.search(text):
        return 1e6
    if _THOUSANDS.search(text):
        return 1e3
    return 1.0


def _cell_value(cell: str, header: str, context: str, row_label: str = "") -> tuple[float, str, bool] | None:
    """(value, unit, scaled) of a numeric cell; "(111.2)" is negative. The unit is the column header's, else
    the row label's ("Total net income from service and commercial investments £m", "Proportion of net
    revenue stream (%)": uk-council capital strategy; tests/test_extract.py), else the caption's."""
    text = cell.strip().replace("−", "-")
    if not _NUMERIC_CELL.match(text):
        return None
    negative = text.startswith("(") and text.endswith(")")
    quantities = find_quantities(re.sub(r"^([-+])\s+", r"\1", text.strip("()")))
    if len(quantities) != 1:
        return None
    q = quantities[0]
    unit, value, scaled = q.unit, -abs(q.value) if negative else q.value, False
    # ... only a unit the row's first cell writes out, "£m", "(%)": not a word ("Cost Drivers", uk-council budget)
    own_label = row_label
    row_label = row_label if re.search(r"£\s*(?:m\b|000|k\b|bn|million)|%", row_label) else ""
    given = column_unit(header, "") or _score(header) or _proportion(header) or column_unit(row_label, "") \
        or _proportion(own_label) or column_unit("", context)
    if unit == "count" and given:
        unit = given[0]
    if unit == "GBP" and not re.search(r"\d\s*(?:[mk]|bn)$", text, re.I):
        scale = next((money_scale(t) for t in (header, row_label, context) if money_scale(t) != 1.0), 1.0)
        value, scaled = value * scale, scale != 1.0
    return value, unit, scaled


def index_columns(table: Table, headers: list[str] | None = None) -> set[int]:
    """Columns of row references: headed "Ref"/"No."/"#", or a first column counting 1, 2, 3, ..."""
    headers = column_headers(table) if headers is None else headers
    cols = {j for j, h in enumerate(headers) if _INDEX_HEADER.match(h.strip())}
    body = [r[0].strip() for r in table.rows[table.header_rows:] if r and r[0].strip()]
    if len(body) >= 3 and all(c.isdigit() for c in body):
        numbers = [int(c) for c in body]
        if all(b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            cols.add(0)
    return cols


def with_unit_rows(table: Table) -> Table:
    """The table with the label rows right under its header counted as header: rows of two or more
    short cells and no figure ("Year 5 | Year 6", "£000s | £000s") carry the columns' units."""
    n = table.header_rows
    while n < min(table.n_rows, table.header_rows + 3):
        cells = [c.strip() for c in table.rows[n] if c.strip()]
        if len(cells) < 2 or any(len(c) > 40 or find_quantities(c) for c in cells):
            break
        n += 1
    if n == table.header_rows:
        return table
    return Table(rows=table.rows, page=table.page, caption=table.caption, header_rows=n, bbox=table.bbox,
                 source=table.source)


def table_facts(table: Table, table_index: int, row_seqs: dict[int, int],
                meeting: str | None = None) -> tuple[list[Metric], list[Benefit]]:
    """Metrics for every numeric cell, and benefits for the rows of benefit tables."""
    table = with_unit_rows(table)
    headers = column_headers(table)
    context = table_context(table)
    metrics: list[Metric] = []
    benefits: list[Benefit] = []
    benefit_table = bool(_BENEFIT_TABLE.search(context + " " + " ".join(headers)))
    benefit_cols = _benefit_columns(headers) if benefit_table else {}
    skip_cols = index_columns(table, headers)
    scale_note = ""
    for r, row in enumerate(table.rows):
        scale_note = next((c for c in row if _UNITS_CELL.fullmatch(c.strip())), scale_note)
        if r < table.header_rows or r not in row_seqs or _is_header_again(row, table):
            continue
        label = " ".join(c.strip() for c in row if c.strip() and not _NUMERIC_CELL.match(c.strip()) and len(c) < 80
                         and not _figure_and_unit(c))
        label = label or (headers[0] if headers else "")
        quote = " | ".join(c.replace("\n", " ").strip() for c in row if c.strip())[:300]
        first = _label_cell(row, skip_cols)
        for j, cell in enumerate(row):
            if j in skip_cols or j == first or _after_id_label(row, j):
                continue
            header = headers[j] if j < len(headers) else ""
            subject = f"{label} – {header}".strip(" –")
            parsed = _cell_value(cell, header, context, next((c for c in row if c.strip()), ""))
            if parsed is None:
                # a run of bare figures takes the money scale an earlier row wrote: "2025-26 Core External Total
                # £000s £000s £000s 1,429,506.8 ..." then "150,418.6 45,204.4 195,623.0 ..." (kent set 10, the revenue
                # plan appendix, its columns run together; tests/test_extract.py)
                own = f"{context} {scale_note}" if _FIGURE_RUN.fullmatch(cell.strip()) else context
                metrics.extend(_text_cell_metrics(cell, subject, header, own, row_seqs[r], quote, table_index))
                continue
            value, unit, scaled = parsed
            rule = "metric.table_cell.scaled" if scaled else "metric.table_cell"
            metrics.append(Metric(subject=subject, value=value, unit=unit, passage_seq=row_seqs[r], quote=quote,
                                  as_of=_as_of(header, f"{label} {context}"), table_index=table_index, rule=rule,
                                  confidence=confidence(rule)))
            if j in benefit_cols and value != 0 and unit in ("GBP", "FTE", "hours", "days"):
                benefits.append(Benefit(kind=benefit_cols[j], description=subject, realised="expected",
                                        passage_seq=row_seqs[r], quote=quote, amount=value, unit=unit,
                                        period=_period(header, context), table_index=table_index,
                                        rule="benefit.table_row", confidence=confidence("benefit.table_row")))
        if not benefit_cols:
            benefits.extend(_savings_row(row, label, headers, context, row_seqs[r], quote, table_index))
    return metrics, benefits


#: A budget table's row of savings: "New & FYE of existing Savings | -72,573.5 | -65.0 | -72,638.5" (kent sets 7
#: and 11, the budget by directorate appendix), "Efficiency savings | 1.2 | 0.8 | 2.0" (tests/test_extract.py). Not what
#: is still to find or has fallen away: "Savings target", "Removal of undelivered/temporary savings & grant", a risk of
#: "Non delivery of Savings" (kent set 9, the budget risk register), nor a total with grants received: "TOTAL SAVINGS,
#: INCOME & GRANT" (kent set 7).
_SAVINGS_ROW = re.compile(r"(?i)\bsavings?\b|\bcost\s+avoidance\b")
_NOT_SAVED = re.compile(r"(?i)\btargets?\b|\bnon[- ]delivery\b|\bgrants?\b|\brequire(?:d|ment)\b|\bgap\b|"
                        r"\bshortfalls?\b|\bundeliver|\bunidentified\b|\bremov\w*|\brevers\w*|\bunachiev|"
                        r"\bnot\s+(?:yet\s+)?(?:be\s+)?(?:delivered|achieved)\b|\bat\s+risk\b|\bpressures?\b|"
                        r"\bto\s+be\s+(?:found|identified)\b|\bneed(?:s|ed)?\b|\bstill\s+to\b|\bto\s+find\b|"
                        r"\bchallenge\b|\bambition\b|\bslippage\b|\bdelay|\brated\s+red\b|\bwritten\s+(?:out|off)\b|"
                        r"\bloss\s+of\b")


def _savings_row(row: list[str], label: str, headers: list[str], context: str, seq: int, quote: str,
                 table_index: int) -> list[Benefit]:
    """One cashable benefit for a row of savings in a table of sums: the row's total, the cell of the column
    headed "Total" or else its last year's sum (never the parts beside the total). A total row and the rows it
    totals are each the paper's figure, stored apart and never added (as annotators record them, kent set 11)."""
    first = _label_cell(row)
    label = row[first].strip() if first is not None else label  # not a commentary cell's "vacancy savings" (review)
    if not _SAVINGS_ROW.search(label) or _NOT_SAVED.search(label):
        return []
    # the column headed "Total" (not "% of total"), else the last of columns headed by years: not a tracker's last
    # column, "Target | Delivered | Shortfall" (review)
    totals = [j for j, h in enumerate(headers) if re.search(r"(?i)\btotal\b", h) and "%" not in h and j < len(row)]
    sums = [j for j, c in enumerate(row) if _NUMERIC_CELL.match(c.strip())
            and j < len(headers) and re.search(r"(?:19|20)\d\d", headers[j])]
    for j in totals[-1:] or sums[-1:]:
        header = headers[j]
        parsed = _cell_value(row[j], header, context, label)
        if parsed and parsed[1] == "GBP" and parsed[0] != 0:
            return [Benefit(kind="cashable", description=label, realised="expected", passage_seq=seq, quote=quote,
                            amount=abs(parsed[0]), unit="GBP", period=_period(header, context),
                            table_index=table_index, rule="benefit.savings_row",
                            confidence=confidence("benefit.savings_row"))]
    return []


#: A cell that gives the columns' money scale and nothing else, once or once a column: "£000s", "£000s £000s £000s"
#: (kent sets 7 and 10, budget appendices); not a row label's own "(£000)": "Overtime spend (£000)" (review).
_UNITS_CELL = re.compile(r"(?:[\w-]+\s+){0,6}?(?:£\s?(?:['’]?000s?|m|k|bn)\s*){2,}(?:[-\d,.\s]*)"
                         r"|£\s?(?:['’]?000s?|m|k|bn)", re.I)
_FIGURE_RUN = re.compile(r"-?[\d,]+(?:\.\d+)?(?:\s+-?[\d,]+(?:\.\d+)?)+")


def _figure_and_unit(cell: str) -> bool:
    """A cell that is one figure and its unit word, "8 seconds", is a value, not part of the row's label
    (samples' 2021-03 force contact update: "2016/17 | 201,150 | 82.7% | 8 seconds")."""
    figures = find_quantities(cell)
    rest = cell
    for q in reversed(figures):
        rest = rest[: q.start] + rest[q.end :]
    return len(figures) == 1 and len(rest.split()) <= 1


def _label_cell(row: list[str], index_cols: Collection[int] = ()) -> int | None:
    """The row's label, its first cell, when figures follow it: the numbers in it name the row's band
    ("Under 12 months | 0.01% | 100%", "12 months and within 5 years | 5.49% | 50%"; case:
    tests/test_extract.py, a council treasury report's maturity table). A column of row numbers before it is no
    label: "8 | Property Enterprise Fund (PEF) 2 | 369" (kent set k9, a capital investment summary)."""
    filled = [j for j, c in enumerate(row) if c.strip() and j not in index_cols]
    if len(filled) < 2 or not re.search(r"[A-Za-z]{2}", row[filled[0]]):
        return None  # figures run together are no label: "-14,877.4 -1,350.5 | -16,227.9" (uk-council)
    return filled[0] if any(_NUMERIC_CELL.match(row[j].strip()) for j in filled[1:]) else None


def _after_id_label(row: list[str], j: int) -> bool:
    """The cell follows a form label naming an identifier ("Amendment Number:")."""
    before = [c.strip() for c in row[:j] if c.strip()]
    return bool(before) and bool(_ID_LABEL.search(before[-1]))


def _is_header_again(row: list[str], table: Table) -> bool:
    """A body row repeating the header (a table continued over a page)."""
    return any(row == h for h in table.rows[: table.header_rows] if any(c.strip() for c in h))


def _text_cell_metrics(cell: str, subject: str, header: str, context: str, seq: int, quote: str,
                       table_index: int) -> list[Metric]:
    """The figures written inside a text cell ("85 Year R temp places"), dates left alone; bare numbers
    after a money scale in the cell or its column ("£000s 1,429,506.8") are that money."""
    if not cell.strip() or len(cell) < 3 or _NUMERIC_CELL.match(cell.strip()):
        return []
    skip = [(d.start, d.end) for d in find_dates(cell)]
    metrics = []
    for q in find_quantities(cell, skip=skip):
        value, unit = q.value, q.unit
        prefix = cell[: q.start]
        # the cell's own "£", else its column's or the table's caption's scale: "16.7 71.1" run together in a
        # table "in £millions" (uk-council capital strategy; tests/test_extract.py)
        scale = (money_scale(prefix) if "£" in prefix else money_scale(header) if money_scale(header) != 1.0
                 else money_scale(context) if column_unit(header, context) else 1.0) if unit == "count" else 1.0
        if scale != 1.0:
            value, unit = value * scale, "GBP"
        rule = "metric.table_text"
        metrics.append(Metric(subject=subject, value=value, unit=unit, passage_seq=seq, quote=quote,
                              as_of=_as_of(header, f"{subject} {context}"), table_index=table_index, rule=rule,
                              confidence=confidence(rule)))
    return metrics


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


#: A column of a programme table whose dates are events: "Go-live", "Completion date", "Due date"
#: (case: tests/test_extract.py, a police change programme's status table). Not "End Date" alone: an
#: investment's maturity (uk-council treasury appendix).
_EVENT_COLUMN = re.compile(r"(?i)\bgo[- ]?live\b|\bcompletion\b|\b(?:due|target|delivery|launch|implementation|"
                           r"planned|forecast|revised)\s+(?:completion\s+)?date\b|\bdeadline\b")
_STATUS_COLUMN = re.compile(r"(?i)\bstatus\b|\bRAG\b|\bstage\b")
_DONE = {"delivered": "achieved", "live": "achieved", "closed": "achieved", "delayed": "slipped",
         "on target": "on target"}


def table_milestones(table: Table, row_seqs: dict[int, int], meeting: str | None,
                     project_columns: list[int], status_of: Callable[[str], str | None]) -> list[Milestone]:
    """The dates of a programme table's event columns, one milestone a row: its project the row's
    project cell, its status the row's status cell, else the date against the paper's."""
    headers = column_headers(table)
    events = [j for j, h in enumerate(headers) if _EVENT_COLUMN.search(h)]
    statuses = [j for j, h in enumerate(headers) if _STATUS_COLUMN.search(h)]
    if not events or not project_columns:
        return []
    milestones = []
    for r, row in enumerate(table.rows):
        if r < table.header_rows or r not in row_seqs:
            continue
        quote = " | ".join(c.replace("\n", " ").strip() for c in row if c.strip())[:300]
        said = next((status_of(row[j]) for j in statuses if j < len(row) and status_of(row[j])), None)
        for j in events:
            cell = row[j] if j < len(row) else ""
            dates = find_dates(cell, meeting) if len(cell.split()) <= 6 else []  # a date cell, not a text's
            if not dates:
                continue
            d = dates[0]
            past = meeting is not None and d.date_end < meeting
            status = _DONE.get(said or "", "achieved" if past else "planned")
            milestones.append(Milestone(event=f"{headers[j].strip()}: {row[project_columns[0]].strip()}",
                                        date_text=d.text, date_start=d.date_start, date_end=d.date_end,
                                        precision=d.precision, status=status, passage_seq=row_seqs[r], quote=quote,
                                        rule="milestone.table", confidence=confidence("milestone.table")))
    return milestones


#: A schedule's last column, after a year: "Post 2032" (gold-kent education plan), dated by that year.
_AFTER_YEAR = re.compile(r"^(?:post|after|beyond)\s+((?:19|20)\d\d)$", re.I)


def _period_of(header: str, meeting: str | None) -> tuple[str, str, str, str] | None:
    """(text, start, end, precision) of a schedule column's period: "By 2025-26", "Between 2029-32",
    "Post 2032"; None when the header is more than a period."""
    if not header.strip() or len(header.split()) > 3:
        return None
    dates = find_dates(header, meeting)
    if dates:
        d = dates[0]
        return d.text, d.date_start, d.date_end, d.precision
    after = _AFTER_YEAR.match(header.strip())
    return (header.strip(), f"{after.group(1)}-01-01", f"{after.group(1)}-12-31", "year") if after else None


def schedule_milestones(table: Table, row_seqs: dict[int, int], meeting: str | None) -> list[Milestone]:
    """A delivery schedule: every column headed by a period ("By 2025-26 | By 2026-27 | ... | Post 2032")
    and cells that say what is delivered by then ("0.3FE 85 Year R temp places"). Each cell with a figure
    other than nought is a milestone dated by its column, a school year's places by its September as
    ``_as_of`` dates them (gold-kent education plan's commissioning intentions; tests/test_extract.py). Its
    project is the caller's: the table's lead-in."""
    headers = column_headers(table)
    periods = [_period_of(h, meeting) for h in headers]
    context = table_context(table)
    if len(headers) < 2 or not all(periods) or any(column_unit(h, context) for h in headers):
        return []  # ... not a table of sums by year: "2024-25 £m | 2025-26 £m"
    milestones = []
    for r, row in enumerate(table.rows):
        if r < table.header_rows or r not in row_seqs:
            continue
        for cell, (text, start, end, precision) in zip(row, periods, strict=False):
            cell = cell.replace("\n", " ").strip()
            figures = find_quantities(cell)
            if not any(q.value for q in figures) or any(q.unit in ("GBP", "USD", "EUR", "percent") for q in figures):
                continue  # "0 places": nothing delivered that year; "£1.2m", "12%": the year is a sum's period
            day, last, exact = start, end, precision
            if precision == "financial_year" and _SCHOOL_YEAR.search(f"{cell} {context}"):
                day, last, exact = f"{start[:4]}-09-01", f"{start[:4]}-09-30", "month"  # places for its September
            status = "achieved" if meeting is not None and last < meeting else "planned"
            milestones.append(Milestone(event=f"{cell} ({text})", date_text=text, date_start=day, date_end=last,
                                        precision=exact, status=status, passage_seq=row_seqs[r], quote=cell,
                                        rule="milestone.schedule", confidence=confidence("milestone.schedule")))
    return milestones
