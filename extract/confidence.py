"""How far to trust a fact: the measured precision of the rule that made it.

Every fact names its ``rule`` ("project.acronym", "metric.table_cell", ...). Its confidence is
that rule's precision on the annotated papers, Laplace-smoothed: (right + 1) / (extracted + 2),
so a rule seen rarely sits near 0.5 and a rule never measured gets :data:`UNMEASURED`.
The table is data (``patterns/confidence.jsonl``), written by ``boardkb calibrate`` from the gold
folders; ``boardkb eval --leave-one-out`` measures the same table paper by paper, each paper
scored with the precision of the rules on the other papers only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Facts below this confidence stay out of the Datasette front door and the reports.
DEFAULT_THRESHOLD = 0.5
#: The confidence of a rule the annotated papers never exercised.
UNMEASURED = 0.5


@dataclass(frozen=True)
class RuleCount:
    """How often a rule's facts matched gold: ``right`` of ``extracted``."""

    rule: str
    right: int
    extracted: int

    @property
    def confidence(self) -> float:
        return (self.right + 1) / (self.extracted + 2)


def parse_table(text: str) -> dict[str, float]:
    """rule → confidence from JSONL rows ``{"rule", "right", "extracted", "confidence"}``."""
    table = {}
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            table[row["rule"]] = float(row["confidence"])
    return table


@cache
def _table() -> dict[str, float]:
    path = resources.files(__package__).joinpath("patterns", "confidence.jsonl")
    return parse_table(path.read_text(encoding="utf-8")) if path.is_file() else {}


def confidence(rule: str) -> float:
    """The confidence of a fact made by ``rule``."""
    return _table().get(rule, UNMEASURED)


def dump_table(counts: list[RuleCount]) -> str:
    """The JSONL text of a calibration, one rule a line, sorted by rule."""
    return "".join(
        json.dumps({"rule": c.rule, "right": c.right, "extracted": c.extracted,
                    "confidence": round(c.confidence, 3)}) + "\n"
        for c in sorted(counts, key=lambda c: c.rule)
    )
