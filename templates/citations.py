"""Numbered citations (paper, board, meeting date, page, paragraph) and figures printed as the
papers print them. Shared by every report."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Source:
    n: int
    paper: str
    board: str | None
    meeting_date: str | None
    page: int | None
    para_no: str | None
    document_id: int

    @property
    def where(self) -> str:
        return ", ".join(x for x in (f"p. {self.page}" if self.page else None,
                                      f"para {self.para_no}" if self.para_no else None) if x)

    def __str__(self) -> str:
        meta = ", ".join(x for x in (self.board, self.meeting_date) if x)
        return f"{self.paper or '(untitled)'} ({meta})" + (f", {self.where}" if self.where else "")


@dataclass
class Citations:
    """Numbered sources in order of first use."""

    sources: list[Source] = field(default_factory=list)
    _index: dict[tuple, int] = field(default_factory=dict)

    def cite(self, row: dict) -> int:
        key = (row["document_id"], row.get("page"), row.get("para_no"))
        if key not in self._index:
            self._index[key] = len(self.sources) + 1
            self.sources.append(Source(self._index[key], row.get("paper") or "", row.get("board"),
                                       row.get("meeting_date"), row.get("page"), row.get("para_no"),
                                       row["document_id"]))
        return self._index[key]

    def cite_source(self, old: Source) -> int:
        """Cite a source of another report (to renumber a report built from another's model)."""
        return self.cite({"document_id": old.document_id, "page": old.page, "para_no": old.para_no,
                          "paper": old.paper, "board": old.board, "meeting_date": old.meeting_date})


def money(value: float | None, unit: str | None) -> str:
    """A figure as papers print it: £2.5m, £450,000, 41 FTE, 87.4%."""
    if value is None:
        return ""
    if unit == "GBP":
        if abs(value) >= 1e6:
            return f"£{value / 1e6:,.1f}m".replace(".0m", "m")
        return f"£{value:,.2f}".replace(".00", "")
    if unit == "percent":
        return f"{value:g}%"
    number = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{number} {unit}" if unit and unit != "count" else number
