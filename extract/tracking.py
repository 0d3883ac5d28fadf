"""Across papers: kinds of event (to tell two wordings of one milestone) and metric series (the
same subject reported over time). Commitments are followed in ``commitments.py``.

Pure: milestone and metric rows in, records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
