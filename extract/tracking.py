"""Across papers: commitments (a milestone promised in one paper, then reported achieved, moved,
or never mentioned again) and metric series (the same subject reported over time).

Pure: milestone and metric rows in, records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import normalise

#: Event words that identify the same kind of event across papers' wordings.
EVENT_CLASSES = {
    "live": r"\b(go(?:ne)?[- ]live|went live|live|launch\w*|switch\w* on|roll(?:ed)?[- ]out|rollout|implement\w*|"
            r"introduc\w*|deploy\w*|install\w*|fitted|open\w*)\b",
    "complete": r"\b(complet\w*|deliver\w*|finish\w*|finalis\w*|conclud\w*|close\w*|closure)\b",
    "start": r"\b(start\w*|begin|began|commenc\w*|mobilis\w*|kick\w* off)\b",
    "decision": r"\b(approv\w*|agree\w*|sign\w* off|business case|decision|award\w*|procure\w*|contract\w*)\b",
}
_STOP = set("the a an of to in on for and or with by at from is are was were be been will has have its their this "
            "that these those it as now new due planned expected".split())
_ACHIEVED = ("achieved",)


@dataclass
class MilestoneRow:
    id: int
    project_id: int | None
    document_id: int
    meeting_date: str
    date_start: str | None
    date_end: str | None
    status: str
    event: str
    passage_id: int


@dataclass
class Commitment:
    milestone_id: int
    project_id: int
    first_document_id: int
    first_due_start: str
    first_due_end: str
    latest_document_id: int
    due_start: str
    due_end: str
    evidence_passage_id: int
    state: str = "open"  # achieved | moved | overdue | open
    was_moved: bool = False  # a later paper gave a new date (even if it was then achieved)
    updates: list[int] = field(default_factory=list)  # milestone ids that followed it up


def event_class(text: str) -> str | None:
    for name, pattern in EVENT_CLASSES.items():
        if re.search(pattern, text, re.I):
            return name
    return None


def _words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w not in _STOP and not w.isdigit() and len(w) > 2}


def same_event(a: str, b: str) -> bool:
    """Two wordings of one event: the same kind of event, or many words in common."""
    ca, cb = event_class(a), event_class(b)
    if ca and ca == cb:
        return True
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def track_commitments(rows: list[MilestoneRow], latest_date: str) -> list[Commitment]:
    """Follow each planned milestone through the later papers about its project."""
    commitments: list[Commitment] = []
    by_project: dict[int, list[Commitment]] = {}
    events = {r.id: r.event for r in rows}
    for row in sorted(rows, key=lambda r: (r.meeting_date, r.document_id, r.id)):
        if row.project_id is None or not row.date_start or not row.date_end:
            continue
        open_ones = by_project.setdefault(row.project_id, [])
        candidates = [c for c in open_ones if c.first_document_id != row.document_id and c.state != "achieved"
                      and same_event(events[c.milestone_id], row.event)]
        match = max(candidates, key=lambda c: _closeness(events[c.milestone_id], row.event), default=None)
        if match is None:
            if row.status not in _ACHIEVED and row.date_end >= row.meeting_date:  # a promise about the future
                c = Commitment(row.id, row.project_id, row.document_id, row.date_start, row.date_end,
                               row.document_id, row.date_start, row.date_end, row.passage_id)
                commitments.append(c)
                open_ones.append(c)
            continue
        match.updates.append(row.id)
        match.latest_document_id = row.document_id
        match.evidence_passage_id = row.passage_id
        if row.status in _ACHIEVED:
            match.state = "achieved"
            match.due_start, match.due_end = row.date_start, row.date_end
        elif (row.date_start, row.date_end) != (match.due_start, match.due_end):
            match.state = "moved"
            match.was_moved = True
            match.due_start, match.due_end = row.date_start, row.date_end
    for c in commitments:
        if c.state != "achieved" and c.due_end < latest_date:
            c.state = "overdue"
    return commitments


def _closeness(a: str, b: str) -> tuple[bool, float]:
    wa, wb = _words(a), _words(b)
    overlap = len(wa & wb) / max(1, min(len(wa), len(wb)))
    return event_class(a) == event_class(b), overlap


@dataclass
class MetricRow:
    id: int
    document_id: int
    subject: str
    unit: str
    as_of: str | None
    meeting_date: str


def series_key(subject: str) -> str:
    """The subject without dates and numbers: "Police Officer Total – Ethnic Minority Group %
    01/01/2022" and "... 01/01/2021" share one key."""
    text = re.sub(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(19|20)\d\d(/\d\d)?\b|\b[A-Z][a-z]{2}-\d\d\b", " ", subject)
    text = re.sub(r"\d+(\.\d+)?", " ", text)
    return " ".join(sorted(_words(text)))


def group_series(rows: list[MetricRow]) -> dict[tuple[str, str], list[MetricRow]]:
    """Metrics that report the same subject at two or more dates, by (key, unit)."""
    groups: dict[tuple[str, str], list[MetricRow]] = {}
    for row in rows:
        key = series_key(row.subject)
        if key:
            groups.setdefault((key, row.unit), []).append(row)
    return {k: v for k, v in groups.items()
            if len({r.as_of or r.meeting_date for r in v}) >= 2}
