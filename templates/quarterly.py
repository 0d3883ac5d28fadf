"""The quarterly summary as an officer writes it for the Commissioner, built by one call:
``build_quarterly(db, "2019Q1")`` returns a :class:`QuarterlyReport`.

Page 1: the papers of the quarter with their dates; programmes and projects reported; delivered
since each project's previous report; slipped, moved or overdue; due next quarter; claimed
benefits as the papers state them. Then a status table (project, status, change since its
previous report with that report's date, next milestone), key metrics beside their previous
value, and the detail in an appendix. Only facts at or above the confidence threshold; no
statement twice. Deterministic: the same database gives the same model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from ..db import report_data as data
from ..extract.confidence import DEFAULT_THRESHOLD
from .benefits import BenefitClaim, BenefitTable, benefit_tables, claims
from .citations import Citations, Source, money

#: A sentence about the future never makes a project delivered, live or closed.
FUTURE = re.compile(r"\b(will|shall|would|is to be|are to be|expected to|due to|plans? to|planned|intends? to|"
                    r"going to|once|before (?:a|the) \w+ (?:is|are) \w+ed)\b", re.I)
DONE = frozenset({"delivered", "live", "closed"})
_MAX_METRICS = 8


@dataclass
class Item:
    """One statement of the report, with the sources it rests on."""

    text: str
    cites: list[int]
    when: str = ""
    project: str = ""


@dataclass
class Paper:
    meeting_date: str | None
    board: str | None
    title: str
    presenter: str | None
    pages: int | None


@dataclass
class StatusRow:
    project: str
    programme: str | None
    status: str | None
    status_cite: int | None
    change: str
    previous_date: str | None
    previous_cite: int | None
    next_milestone: Item | None


@dataclass
class MetricRow:
    subject: str
    shown: str
    as_of: str | None
    cite: int
    previous_shown: str
    previous_as_of: str | None
    previous_cite: int | None


@dataclass
class ProjectDetail:
    name: str
    items: list[Item] = field(default_factory=list)


@dataclass
class QuarterlyReport:
    title: str
    quarter: str
    next_quarter: str
    papers: list[Paper]
    programmes: list[str]
    projects: list[str]
    delivered: list[Item]
    slipped: list[Item]
    due_next: list[Item]
    benefits: list[BenefitClaim]
    benefit_tables: list[BenefitTable]
    status: list[StatusRow]
    metrics: list[MetricRow]
    details: list[ProjectDetail]
    sources: list[Source]
    in_passing: int = 0  # projects named but not listed: no status, fact or earlier status, or past LISTED


def shorten(text: str, limit: int = 110) -> str:
    """A sentence cut at a word boundary to about ``limit`` characters, with an ellipsis."""
    text = " ".join((text or "").split()).rstrip(".")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def when(m: dict) -> str:
    """A milestone's date as the paper writes it, or the date a reviewer corrected it to."""
    fixed = (m.get("corrected") or {}).get("date")
    return f"{fixed} (corrected from “{m['date_text']}”)" if fixed else m["date_text"]


def _day(iso: str | None) -> str:
    """A meeting date as a day for comparisons (month-precision dates count from the 1st)."""
    return ((iso or "") + "-01")[:10]


def usable_status(m: dict) -> bool:
    """A mention's status counts unless it promotes the project (delivered, live, closed) from a
    sentence about the future ("a DPIA will be completed for DEMS before a contract is awarded")."""
    return bool(m["status"]) and not (m["status"] in DONE and FUTURE.search(m["quote"] or ""))


def paper_status(mentions: list[dict]) -> dict | None:
    """A project's status in one paper: its row of a status table if it has one, else the first
    sentence that states one; "delayed" stated anywhere in the paper is not hidden by "in delivery"."""
    usable = [m for m in mentions if usable_status(m)]
    if not usable:
        return None
    delayed = next((m for m in usable if m["status"] == "delayed"), None)
    table = [m for m in usable if m["passage_kind"] == "table_row"]
    chosen = (table or usable)[0]
    return delayed if delayed and chosen["status"] in ("in delivery", "on target") else chosen


def _rank(m: dict, name: str) -> tuple:
    """Which of a project's events to report: the latest by its start ("June 2022" before "2022"),
    then one that names the project (a sentence, not a status table's cell)."""
    quote = m["quote"] or ""
    return m["date_start"] or "", name.lower() in quote.lower(), len(quote)


#: At most this many programmes and projects are named on page 1, those the quarter mentions most.
LISTED = 40


class _Builder:
    """Assembles one quarter's report from the database; one method per part of the report."""

    def __init__(self, db: Database, quarter: data.Quarter, min_confidence: float):
        self.db, self.quarter, self.trust = db, quarter, {"min_confidence": min_confidence}
        self.cites = Citations()
        self.papers = data.papers_between(db, quarter.start, quarter.end)
        self.doc_ids = [p["id"] for p in self.papers]
        self.projects = data.projects_in(db, self.doc_ids, **self.trust)
        self.names = {p["id"]: p["name"] for p in self.projects}
        self.milestones = data.facts(db, "milestones", self.doc_ids, **self.trust)
        self.metrics = data.facts(db, "metrics", self.doc_ids, **self.trust)
        self.benefits = data.facts(db, "benefits", self.doc_ids, **self.trust)
        self.commitments = data.commitments(db, list(self.names), **self.trust)
        self.by_paper: dict[int, dict[int, list[dict]]] = {}
        for m in data.mentions(db, list(self.names), **self.trust):
            self.by_paper.setdefault(m["project_id"], {}).setdefault(m["document_id"], []).append(m)
        self.seen: set[str] = set()

    # -- per project: its latest paper this quarter, and the previous paper that mentions it
    def _papers_of(self, pid: int) -> list[list[dict]]:
        return list(self.by_paper.get(pid, {}).values())

    def current(self, pid: int) -> list[dict]:
        """The mentions of the quarter's paper that gives the project's status: the latest with a
        status table row for it, else the latest that states a status, else the latest."""
        mine = [ms for ms in self._papers_of(pid) if ms[0]["document_id"] in self.doc_ids]
        stated = [ms for ms in mine if paper_status(ms)]
        tabled = [ms for ms in stated if paper_status(ms)["passage_kind"] == "table_row"]
        return (tabled or stated or mine or [[]])[-1]

    def previous(self, pid: int) -> list[dict]:
        now = self.current(pid)
        if not now:
            return []
        key = (now[0]["meeting_date"] or "", now[0]["document_id"])
        before = [ms for ms in self._papers_of(pid)
                  if (ms[0]["meeting_date"] or "", ms[0]["document_id"]) < key]
        return before[-1] if before else []

    def _once(self, text: str) -> bool:
        """True the first time a statement is made in the report's lists (no fact twice)."""
        key = " ".join(text.lower().split())
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    # -- page 1
    def delivered(self) -> list[Item]:
        """One line per project: its latest event done since its previous report (``_rank``), then each
        project whose only news of the kind is a promise a paper of the quarter reports kept. The
        2022Q4 summary listed Project Keystone five times and DEMS twice before (samples).
        """
        best: dict[int, dict] = {}
        for m in self.milestones:
            pid = m["canonical_project_id"]
            if m["status"] != "achieved" or pid not in self.names or not m["date_end"]:
                continue
            prev = self.previous(pid)
            since = _day(prev[0]["meeting_date"]) if prev else self.quarter.start
            name = self.names[pid]
            if m["date_end"] >= since and (pid not in best or _rank(m, name) > _rank(best[pid], name)):
                best[pid] = m
        kept = {}
        for c in self.commitments:
            if c["state"] == "achieved" and c["latest_document_id"] in self.doc_ids:
                kept.setdefault(c["project"], c)
        out = []
        for pid, m in best.items():
            promise = kept.pop(self.names[pid], None)
            if self._once(m["quote"]):
                also = f" (promised in the paper of {promise['first_date']})" if promise else ""
                out.append(Item(m["quote"] + also, [self.cites.cite(m)], when(m), self.names[pid]))
        for name, c in kept.items():
            if self._once(c["quote"]):
                out.append(Item(f"{c['event']} — achieved (promised in the paper of {c['first_date']})",
                                [self.cites.cite(c)], c["due_start"] or "", name))
        return out

    def slipped(self) -> list[Item]:
        out = []
        for c in self.commitments:
            relevant = c["latest_document_id"] in self.doc_ids or c["due_quarter"] == str(self.quarter)
            if c["state"] in ("achieved", "open") or not relevant or not self._once(c["quote"]):
                continue
            moved = f", now {c['due_start'][:7]}" if c["state"] == "moved" else ""
            out.append(Item(f"{c['event']} — {c['state']} (due {c['first_due_start'][:7]}{moved}; promised "
                            f"{c['first_date']})", [self.cites.cite(c)], c["due_start"] or "", c["project"]))
        for m in self.milestones:
            pid = m["canonical_project_id"]
            if m["status"] == "slipped" and pid in self.names and self._once(m["quote"]):
                out.append(Item(m["quote"], [self.cites.cite(m)], when(m), self.names[pid]))
        return out

    def is_due(self, m: dict) -> bool:
        """A planned milestone whose date is after its paper's meeting ("Due" only then)."""
        return m["status"] in ("planned", "on target") and bool(m["date_end"]) and m["date_end"] > _day(
            m["meeting_date"])

    def due_next(self) -> list[Item]:
        nxt = self.quarter.next()
        out = []
        for m in self.milestones:
            pid = m["canonical_project_id"]
            if pid in self.names and self.is_due(m) and nxt.start <= m["date_start"] <= nxt.end and self._once(
                    m["quote"]):
                out.append(Item(m["quote"], [self.cites.cite(m)], when(m), self.names[pid]))
        for c in self.commitments:
            if c["state"] == "open" and c["due_quarter"] == str(nxt) and self._once(c["quote"]):
                out.append(Item(c["event"], [self.cites.cite(c)], when(c), c["project"]))
        return out

    # -- status table
    def next_milestone(self, pid: int) -> Item | None:
        due = [m for m in self.milestones if m["canonical_project_id"] == pid and self.is_due(m)]
        if not due:
            return None
        m = min(due, key=lambda m: (m["date_start"], m["passage_seq"], m["id"]))
        return Item(shorten(m["quote"], 90), [self.cites.cite(m)], when(m))

    def status_row(self, p: dict) -> StatusRow:
        now, prev = paper_status(self.current(p["id"])), self.previous(p["id"])
        before = paper_status(prev) if prev else None
        prev_date = prev[0]["meeting_date"] if prev else None
        if not prev:
            change = "first reported"
        elif not before:
            change = "no status stated"
        elif now and before["status"] == now["status"]:
            change = "unchanged"
        else:
            change = f"was {before['status']}"
        return StatusRow(p["name"], p["programme"], now["status"] if now else None,
                         self.cites.cite(now) if now else None, change, prev_date,
                         self.cites.cite(before or prev[0]) if prev else None, self.next_milestone(p["id"]))

    # -- key metrics beside their previous value
    def metric_rows(self, benefit_table_ids: set[int]) -> list[MetricRow]:
        rows, series_done = [], set()
        for m in self.metrics:
            sid = m["series_id"]
            if sid is None or sid in series_done or m["table_id"] in benefit_table_ids:
                continue
            series_done.add(sid)
            points = [p for p in data.series_points(self.db, sid)
                      if (p["confidence"] or 1) >= self.trust["min_confidence"]]
            here = (m["as_of"] or m["meeting_date"] or "")
            earlier = [p for p in points if p["as_of"] < here and p["document_id"] != m["document_id"]]
            if not earlier:
                continue
            prev = earlier[-1]
            rows.append(MetricRow(shorten(m["quote"], 100), money(m["value"], m["unit"]),
                                  m["as_of"] or m["meeting_date"], self.cites.cite(m),
                                  money(prev["value"], prev["unit"]), prev["as_of"], self.cites.cite(prev)))
        return rows[:_MAX_METRICS]

    # -- appendix
    def details(self, benefit_table_ids: set[int]) -> list[ProjectDetail]:
        out = []
        facts = [(m, "milestone") for m in self.milestones] + [(m, "figure") for m in self.metrics] + [
            (b, "benefit") for b in self.benefits]
        facts.sort(key=lambda f: (f[0]["meeting_date"] or "", f[0]["document_id"], f[0]["passage_seq"]))
        for p in self.projects:
            detail = ProjectDetail(p["name"])
            for row, _kind in facts:
                if row["canonical_project_id"] != p["id"] or row.get("table_id") in benefit_table_ids:
                    continue
                if "✓" in row["quote"] or "□" in row["quote"]:  # a status table row: in the status table
                    continue
                if self._once(row["quote"]):
                    detail.items.append(Item(row["quote"], [self.cites.cite(row)]))
            if detail.items:
                out.append(detail)
        return out

    def has_status(self, p: dict) -> bool:
        """Whether the status table has something to say of the project: a status now or before, or
        a milestone due (before any citation is made for it)."""
        pid, prev = p["id"], self.previous(p["id"])
        due = any(m["canonical_project_id"] == pid and self.is_due(m) for m in self.milestones)
        return bool(paper_status(self.current(pid)) or (prev and paper_status(prev)) or due)

    def has_news(self, p: dict) -> bool:
        """Whether the quarter says something of the project: a status, a fact, or a change from the
        status of its previous paper. A council quarter of 48 papers names 400 projects, most once
        in passing; listed, they filled 50 pages (uk-council 2025Q1)."""
        pid = p["id"]
        if paper_status(self.current(pid)) or (self.previous(pid) and paper_status(self.previous(pid))):
            return True
        return any(f["canonical_project_id"] == pid for f in (*self.milestones, *self.metrics, *self.benefits))

    def build(self) -> QuarterlyReport:
        papers = [Paper(p["meeting_date"], p["board"], p["title"] or "(untitled)", p["presenter"], p["pages"])
                  for p in self.papers]
        delivered, slipped, due_next = self.delivered(), self.slipped(), self.due_next()
        grids = data.table_grid(self.db, sorted({b["table_id"] for b in self.benefits if b["table_id"]}))
        tables = benefit_tables(self.benefits, grids, self.cites)
        claimed = claims(self.benefits, tables, self.cites)
        reported = [p for p in self.projects if self.has_news(p)]
        status = [self.status_row(p) for p in reported if self.has_status(p)]
        # page 1 names the projects the quarter says most about; the rest are counted (their facts are
        # in the appendix)
        most = {p["id"] for p in sorted(reported, key=lambda p: -p["mentions"])[:LISTED]}
        reported = [p for p in reported if p["id"] in most]
        table_ids = set(grids)
        metrics = self.metric_rows(table_ids)
        details = self.details(table_ids)
        return QuarterlyReport(
            f"Quarterly summary {self.quarter}", str(self.quarter), str(self.quarter.next()), papers,
            [p["name"] for p in reported if p["kind"] == "programme"],
            [p["name"] for p in reported if p["kind"] != "programme"],
            delivered, slipped, due_next, claimed, tables, status, metrics, details, self.cites.sources,
            len(self.projects) - len(reported))


def build_quarterly(db: Database, quarter: str | None = None, *,
                    min_confidence: float = DEFAULT_THRESHOLD) -> QuarterlyReport:
    """The quarterly summary of ``quarter`` ("2019Q1"; default: the quarter of the latest paper).
    Raises :class:`boardkb.db.report_data.ReportError` for a malformed quarter or an empty database."""
    q = data.Quarter.parse(quarter) if quarter else data.latest_quarter(db)
    return _Builder(db, q, min_confidence).build()
