"""The data behind the update reports, from the database: papers of a quarter, each project's
status and its change, milestones and commitments, metrics, benefits, series. Every row keeps
what a citation needs (paper, meeting date, page, paragraph). Facts are read as reviewers
corrected them (``db/corrections.py`` applies corrections in the database after every ingest);
fact rows say which fields were corrected (``corrected``). Deterministic: every query is fully
ordered."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sqlite_utils import Database

from ..extract.confidence import DEFAULT_THRESHOLD


class ReportError(ValueError):
    """The report cannot be made as asked."""


@dataclass(frozen=True)
class Quarter:
    year: int
    q: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        m = re.fullmatch(r"\s*(\d{4})\s*-?\s*Q([1-4])\s*", text, re.I)
        if not m:
            raise ReportError(f"'{text}' is not a quarter: expected the form 2017Q3")
        return cls(int(m.group(1)), int(m.group(2)))

    @property
    def start(self) -> str:
        return f"{self.year}-{3 * self.q - 2:02d}-01"

    @property
    def end(self) -> str:
        last = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}[self.q]
        return f"{self.year}-{last}"

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.q == 1 else Quarter(self.year, self.q - 1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.q == 4 else Quarter(self.year, self.q + 1)

    @classmethod
    def of(cls, iso: str) -> Quarter:
        """The quarter a date (``YYYY-MM`` or ``YYYY-MM-DD``) falls in."""
        return cls(int(iso[:4]), (int(iso[5:7]) - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"


_CANON = "coalesce(pr.canonical_id, pr.id)"
_CITE = """d.id as document_id, d.title as paper, d.board, d.meeting_date, ps.page, ps.para_no,
           ps.id as passage_id, ps.seq as passage_seq, ps.kind as passage_kind, ps.row as passage_row"""


def _trusted(alias: str) -> str:
    """The SQL condition that keeps a fact at or above the confidence threshold (a fact stored
    before confidences existed counts as trusted)."""
    return f"coalesce({alias}.confidence, 1) >= ?"


def _rows(db: Database, sql: str, params: list | dict) -> list[dict]:
    return [dict(r) for r in db.query(sql, params)]


def _with_corrections(db: Database, table: str, rows: list[dict]) -> list[dict]:
    """Each fact row gains ``corrected``: the fields a reviewer corrected (``{field: value}``, empty
    if none). The rows already hold the corrected values (``db/corrections.py`` applies them)."""
    from .corrections import corrected_facts

    fixed = corrected_facts(db, table) if "corrections" in db.table_names() else {}
    for row in rows:
        row["corrected"] = fixed.get((table, row["id"]), {})
    return rows


def papers_between(db: Database, start: str, end: str) -> list[dict]:
    """Papers whose meeting date falls in start..end (month-precision dates count by month)."""
    return _rows(db, """
        select id, title, board, meeting_date, presenter, pages, file_name from documents
        where substr(meeting_date || '-01', 1, 10) between ? and ?
        order by meeting_date, id""", [start, end])


def latest_quarter(db: Database) -> Quarter:
    row = db.execute("select max(meeting_date) from documents").fetchone()
    if not row or not row[0]:
        raise ReportError("the database has no dated papers: ingest some first")
    return Quarter(int(row[0][:4]), (int(row[0][5:7]) - 1) // 3 + 1)


def projects_in(db: Database, doc_ids: list[int], *, min_confidence: float = DEFAULT_THRESHOLD) -> list[dict]:
    """Canonical projects the papers mention, programmes first, by name."""
    if not doc_ids:
        return []
    marks = ",".join("?" * len(doc_ids))
    return _rows(db, f"""
        select c.id, c.name, c.kind, parent.name as programme, count(m.id) as mentions
        from project_mentions m join projects pr on pr.id = m.project_id
        join projects c on c.id = {_CANON}
        left join projects parent on parent.id = c.parent_id
        where m.document_id in ({marks}) and {_trusted("m")}
        group by c.id
        order by (c.kind = 'programme') desc, coalesce(parent.name, c.name), c.name""", [*doc_ids, min_confidence])


def facts(db: Database, table: str, doc_ids: list[int], *, min_confidence: float = DEFAULT_THRESHOLD) -> list[dict]:
    """Milestones, metrics or benefits of the given papers, with citations and canonical project."""
    if table not in ("milestones", "metrics", "benefits"):
        raise ValueError(table)
    if not doc_ids:
        return []
    marks = ",".join("?" * len(doc_ids))
    return _with_corrections(db, table, _rows(db, f"""
        select f.*, {_CANON} as canonical_project_id, c.name as project, {_CITE}
        from {table} f join documents d on d.id = f.document_id join passages ps on ps.id = f.passage_id
        left join projects pr on pr.id = f.project_id left join projects c on c.id = {_CANON}
        where f.document_id in ({marks}) and {_trusted("f")}
        order by d.meeting_date, d.id, ps.seq, f.id""", [*doc_ids, min_confidence]))


def commitments(db: Database, project_ids: list[int] | None = None, *,
                min_confidence: float = 0.0) -> list[dict]:
    """Commitments (of the given canonical projects), whose promise is at or above the threshold."""
    where, params = f"where {_trusted('m')}", [min_confidence]
    if project_ids is not None:
        where += f" and c.project_id in ({','.join('?' * len(project_ids))})" if project_ids else " and 0"
        params += project_ids
    rows = _rows(db, f"""
        select c.*, m.event, m.date_text, m.quote, p.name as project, f.title as first_paper,
               f.meeting_date as first_date,
               d.id as document_id, d.title as paper, d.board, d.meeting_date, ps.page, ps.para_no,
               ps.id as passage_id
        from commitments c join milestones m on m.id = c.milestone_id join projects p on p.id = c.project_id
        join documents f on f.id = c.first_document_id join documents d on d.id = c.latest_document_id
        join passages ps on ps.id = c.evidence_passage_id
        {where}
        order by c.due_start, c.milestone_id""", params)
    fixed = {r["id"]: r["corrected"] for r in _with_corrections(
        db, "milestones", [{"id": r["milestone_id"]} for r in rows])}
    for r in rows:
        r["corrected"] = fixed[r["milestone_id"]]
    return rows


def project_by_name(db: Database, name: str) -> dict:
    rows = _rows(db, """
        select distinct c.id, c.name, c.kind, parent.name as programme
        from projects pr left join project_aliases a on a.project_id = pr.id
        join projects c on c.id = coalesce(pr.canonical_id, pr.id)
        left join projects parent on parent.id = c.parent_id
        where lower(a.alias) = lower(?) or lower(pr.name) = lower(?)
        order by c.id""", [name.strip(), name.strip()])
    if not rows:
        raise ReportError(f"no project called '{name}': see 'Projects and programmes' in boardkb serve")
    return rows[0]


def project_history(db: Database, project_id: int, *,
                    min_confidence: float = DEFAULT_THRESHOLD) -> dict[str, list[dict]]:
    """Everything about one canonical project across all papers, in meeting-date order."""
    members = [r["id"] for r in db.query(
        "select id from projects where coalesce(canonical_id, id) = ? order by id", [project_id])]
    marks = ",".join("?" * len(members))
    out: dict[str, list[dict]] = {}
    for table in ("project_mentions", "milestones", "metrics", "benefits"):
        out[table] = _with_corrections(db, table, _rows(db, f"""
            select f.*, {_CITE} from {table} f join documents d on d.id = f.document_id
            join passages ps on ps.id = f.passage_id
            where f.project_id in ({marks}) and {_trusted("f")}
            order by d.meeting_date, d.id, ps.seq, f.id""", [*members, min_confidence]))
    out["aliases"] = [r["alias"] for r in db.query(
        f"select distinct alias from project_aliases where project_id in ({marks}) order by alias", members)]
    out["links"] = _rows(db, f"""
        select l.relation, l.reason, l.source, a.extracted_name as name, b.name as target
        from project_links l join projects a on a.id = l.project_id join projects b on b.id = l.target_id
        where l.project_id in ({marks}) or l.target_id in ({marks})
        order by l.id""", members + members)
    out["commitments"] = commitments(db, [project_id])
    out["series"] = _rows(db, """
        select s.* from metric_series s where s.project_id = ? order by s.subject, s.id""", [project_id])
    return out


@functools.cache
def _series_sql() -> str:
    """The values of one series: the canned query ``series`` of metadata.yml, which the chart page runs too."""
    from .serve import canned_queries

    return canned_queries("boardkb")["series"]["sql"]


def series_points(db: Database, series_id: int) -> list[dict]:
    """The figures of a series in date order, each with its citation and confidence."""
    return _rows(db, _series_sql(), {"series": series_id})


def mentions(db: Database, project_ids: list[int], *, min_confidence: float = DEFAULT_THRESHOLD) -> list[dict]:
    """Every trusted mention of the given canonical projects in every paper, in meeting-date and
    reading order, with its citation and the kind of passage it is in (``table_row`` for a status
    table)."""
    if not project_ids:
        return []
    marks = ",".join("?" * len(project_ids))
    return _rows(db, f"""
        select {_CANON} as project_id, m.id, m.name, m.status, m.quote, {_CITE}
        from project_mentions m join projects pr on pr.id = m.project_id
        join documents d on d.id = m.document_id join passages ps on ps.id = m.passage_id
        where {_CANON} in ({marks}) and {_trusted("m")}
        order by d.meeting_date, d.id, ps.seq, m.id""", [*project_ids, min_confidence])


def table_grid(db: Database, table_ids: list[int]) -> dict[int, dict]:
    """Tables as the paper prints them: caption, header cells and body rows of cells, each body row
    with the citation of its passage. ``{table_id: {"caption", "header", "rows": {row: {...}}}}``"""
    if not table_ids:
        return {}
    marks = ",".join("?" * len(table_ids))
    grids: dict[int, dict] = {t["id"]: {"caption": t["caption"], "header": [], "rows": {}} for t in _rows(
        db, f"select id, caption from doc_tables where id in ({marks}) order by id", table_ids)}
    for c in _rows(db, f"""select table_id, row, col, text, is_header from table_cells
                          where table_id in ({marks}) order by table_id, row, col""", table_ids):
        grid = grids[c["table_id"]]
        if c["is_header"]:
            if c["row"] == 0:
                grid["header"].append(c["text"] or "")
            continue
        grid["rows"].setdefault(c["row"], {"cells": []})["cells"].append(c["text"] or "")
    for r in _rows(db, f"""
            select ps.table_id, ps.row as table_row, {_CITE} from passages ps join documents d on d.id = ps.document_id
            where ps.table_id in ({marks}) and ps.kind = 'table_row' order by ps.table_id, ps.row""", table_ids):
        if r["table_row"] in grids[r["table_id"]]["rows"]:
            grids[r["table_id"]]["rows"][r["table_row"]]["cite"] = r
    return grids
