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


# --- thresholds and calibration over one paper's facts (plain dicts, as scoring reads them) ------

#: The fact lists of a paper's facts that carry a rule and a confidence.
FACT_CATEGORIES = ("projects", "milestones", "metrics", "benefits")
#: The rule of a fact from a database made before facts named their rule.
UNKNOWN_RULE = "unknown"


def fact_confidence(fact: dict) -> float:
    """A fact's stored confidence; none stored (an older database) counts as fully trusted."""
    value = fact.get("confidence")
    return 1.0 if value is None else float(value)


def fact_rules(fact: dict) -> list[str]:
    """The rules behind a fact: a project's mention rules (most common first), else its one rule."""
    return list(fact.get("rules") or [fact.get("rule") or UNKNOWN_RULE])


def above(facts: dict, threshold: float) -> dict:
    """The facts at or above ``threshold``; the others count as not extracted. A project counts
    when its best mention in the paper does (its confidence is the maximum over its mentions)."""
    kept = dict(facts)
    for category in FACT_CATEGORIES:
        kept[category] = [f for f in facts.get(category, []) if fact_confidence(f) >= threshold]
    return kept


def recalibrated(facts: dict, table: dict[str, float]) -> dict:
    """The facts with confidences recomputed from their rules (``table``: rule → confidence; a rule
    missing from it gets :data:`UNMEASURED`); a project takes its best mention rule's."""
    out = dict(facts)
    for category in FACT_CATEGORIES:
        out[category] = [{**f, "confidence": max(table.get(r, UNMEASURED) for r in fact_rules(f))}
                         for f in facts.get(category, [])]
    return out


def rule_counts(facts: dict, right: dict[str, list[bool]]) -> dict[str, RuleCount]:
    """How many of a paper's facts each rule made and how many of them were right. ``right``:
    category → one flag per fact, in order (the scoring's verdicts). A project mentioned in the
    paper counts once, under its most common mention rule."""
    counts: dict[str, RuleCount] = {}
    for category in FACT_CATEGORIES:
        for fact, ok in zip(facts.get(category, []), right.get(category, []), strict=True):
            rule = fact_rules(fact)[0]
            old = counts.get(rule, RuleCount(rule, 0, 0))
            counts[rule] = RuleCount(rule, old.right + ok, old.extracted + 1)
    return counts


def combine(*tables: dict[str, RuleCount], sign: int = 1) -> dict[str, RuleCount]:
    """The first table plus (``sign=-1``: minus) the others, rule by rule; empty rules dropped."""
    out = dict(tables[0]) if tables else {}
    for table in tables[1:]:
        for rule, c in table.items():
            old = out.get(rule, RuleCount(rule, 0, 0))
            out[rule] = RuleCount(rule, old.right + sign * c.right, old.extracted + sign * c.extracted)
    return {rule: c for rule, c in out.items() if c.extracted > 0}


def confidences(counts: dict[str, RuleCount]) -> dict[str, float]:
    """rule → confidence of a calibration (as :func:`dump_table` rounds it)."""
    return {rule: round(c.confidence, 3) for rule, c in counts.items()}
