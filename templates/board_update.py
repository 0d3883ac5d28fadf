"""A board update paper in the house style of board papers, from the quarterly summary: purpose,
background, current position (one numbered paragraph per project: status, change since its
previous report, what was delivered, what is next), slippage, financial implications (benefits
as the papers state them), recommendations. Its sources are renumbered to just those it cites,
in the order it cites them; no sentence appears twice."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from ..extract.confidence import DEFAULT_THRESHOLD
from .citations import Citations, Source
from .quarterly import Item, QuarterlyReport, StatusRow, build_quarterly, shorten

DEFAULT_BOARD = "Strategic Policing and Crime Board"


@dataclass
class Paragraph:
    lead: str
    cites: list[int] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


@dataclass
class BoardUpdate:
    title: str
    board: str
    quarter: str
    papers: list
    purpose: list[Paragraph]
    background: list[Paragraph]
    position: list[Paragraph]
    financial: list[Paragraph]
    recommendations: list[Paragraph]
    sources: list[Source]


class _Renumber:
    def __init__(self, report: QuarterlyReport):
        self.old = {s.n: s for s in report.sources}
        self.cites = Citations()
        self.said: set[str] = set()

    def __call__(self, numbers: list[int | None]) -> list[int]:
        return [self.cites.cite_source(self.old[n]) for n in numbers if n is not None]

    def item(self, item: Item, text: str | None = None) -> Item | None:
        """The item renumbered, or None if the paper has already said it."""
        text = text or item.text
        key = " ".join(text.lower().split())
        if key in self.said:
            return None
        self.said.add(key)
        return Item(text, self(item.cites), item.when, item.project)


def _status_sentence(row: StatusRow) -> str:
    status = f"is {row.status}" if row.status else "was reported without a stated status"
    if row.change == "first reported":
        return f"{row.project} {status}; this is its first report to the boards."
    if row.change == "unchanged":
        return f"{row.project} {status}, as in the paper of {row.previous_date}."
    if row.change == "no status stated":
        return f"{row.project} {status}; the paper of {row.previous_date} stated no status."
    return f"{row.project} {status}; it {row.change} in the paper of {row.previous_date}."


def _project_paragraph(row: StatusRow, report: QuarterlyReport, renumber: _Renumber) -> Paragraph:
    para = Paragraph(_status_sentence(row), renumber([row.status_cite, row.previous_cite]))
    for item in report.delivered:
        if item.project == row.project and (done := renumber.item(item, shorten(item.text, 200))):
            para.items.append(done)
    nxt_text = row.next_milestone.text.rstrip(".…") + ("…" if row.next_milestone.text.endswith("…") else ".") \
        if row.next_milestone else ""
    if row.next_milestone and (nxt := renumber.item(row.next_milestone,
                                                    f"Next ({row.next_milestone.when}): {nxt_text}")):
        para.items.append(nxt)
    return para


def build_board_update(db: Database, quarter: str | None = None, board: str | None = None, *,
                       min_confidence: float = DEFAULT_THRESHOLD) -> BoardUpdate:
    """The board update of ``quarter`` (default: the latest) for ``board``."""
    report = build_quarterly(db, quarter, min_confidence=min_confidence)
    renumber = _Renumber(report)
    n = len(report.papers)
    purpose = [Paragraph(f"To update the Board on the change programmes and projects reported in the {n} "
                         f"paper{'s' if n != 1 else ''} of {report.quarter}.")]
    named = report.programmes + report.projects
    background = [Paragraph(f"The papers of the quarter reported on {len(named)} programmes and projects"
                            + (f": {', '.join(named)}." if named else "."))]
    position = [_project_paragraph(r, report, renumber) for r in report.status if r.status or r.next_milestone]
    slipped = [i for i in (renumber.item(s) for s in report.slipped) if i]
    if slipped:
        position.append(Paragraph("The following have slipped, moved or passed their date without a report that "
                                  "they were met:", items=slipped))
    financial = [Paragraph("The papers state the benefits as follows; figures are quoted as stated and not added "
                           "together:", items=[Item(f"{c.paper} ({c.meeting_date}): {c.text or c.quote}"
                                                    + (f" ({c.period})" if c.period else ""), renumber(c.cites))
                                               for c in report.benefits])] if report.benefits else [
        Paragraph("The papers of the quarter state no benefits with amounts.")]
    recommendations = [Paragraph("The Board is asked to note the contents of this report.")]
    return BoardUpdate(f"Change Programme Update – {report.quarter}", board or DEFAULT_BOARD, report.quarter,
                       report.papers, purpose, background, position, financial, recommendations,
                       renumber.cites.sources)
