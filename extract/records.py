"""Facts that extraction returns: projects and their mentions, milestones, metrics, benefits.

Plain dataclasses; ``boardkb.db`` stores them. Every fact names the ``rule`` that made it and
carries a ``confidence`` (0–1): the rule's precision measured on the annotated papers
(``patterns/confidence.jsonl``, see ``boardkb.extract.confidence``). Each fact points at the passage it came from by
the passage's position in its document (``passage_seq``) and, for table facts, at the table
(``table_index`` into ``Document.tables``), and carries a verbatim ``quote`` of its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .names import normalise

PROJECT_KINDS = ("programme", "project", "workstream", "system", "initiative")
STATUSES = ("delivered", "live", "in delivery", "pilot", "planned", "closed", "on target", "delayed",
            "proposed", "unknown")
PRECISIONS = ("day", "month", "quarter", "season", "financial_year", "year")
BENEFIT_KINDS = ("cashable", "non-cashable", "non-financial")


@dataclass
class Project:
    """A programme, project, workstream, system or initiative named in a paper."""

    name: str
    kind: str = "project"
    parent: str | None = None
    aliases: set[str] = field(default_factory=set)
    description: str | None = None

    @property
    def key(self) -> str:
        """The normalised name that identifies the project across papers."""
        return normalise(self.name)


@dataclass
class Mention:
    """A project named in a passage, with the status the paper gives it there."""

    project: str  # Project.name
    name: str  # as written
    passage_seq: int
    quote: str
    status: str | None = None
    rule: str = "mention"
    confidence: float = 1.0


@dataclass
class Milestone:
    """A dated event about a project: the date as written, resolved to a span."""

    event: str
    date_text: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    status: str  # achieved | planned | on target | slipped
    passage_seq: int
    quote: str
    project: str | None = None
    rule: str = "milestone.sentence"
    confidence: float = 1.0


@dataclass
class Metric:
    """A measured quantity with its unit and subject."""

    subject: str
    value: float
    unit: str
    passage_seq: int
    quote: str
    project: str | None = None
    as_of: str | None = None
    table_index: int | None = None
    rule: str = "metric.sentence"
    confidence: float = 1.0


@dataclass
class Benefit:
    """A saving, efficiency or improvement claimed for a project."""

    kind: str
    description: str
    realised: str  # realised | expected
    passage_seq: int
    quote: str
    project: str | None = None
    amount: float | None = None
    unit: str | None = None
    period: str | None = None
    table_index: int | None = None
    rule: str = "benefit.sentence"
    confidence: float = 1.0


@dataclass
class Extraction:
    """Everything extracted from one document."""

    projects: list[Project] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    benefits: list[Benefit] = field(default_factory=list)
