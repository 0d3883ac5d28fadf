"""Extraction quality on ../shared/gold must meet the extraction issue's targets."""

import pytest

from boardkb.db.evaluation import evaluate, load_gold
from boardkb.extract.scoring import overall

#: (recall, precision) targets from the issue, over all gold papers.
TARGETS = {
    "metadata": (1.0, 1.0),
    "metrics": (0.90, 0.90),
    "projects": (0.85, 0.85),
    "milestones": (0.80, 0.80),
    "benefits": (0.80, 0.80),
}


@pytest.fixture(scope="module")
def totals(corpus_db, gold_dir):
    return overall(evaluate(corpus_db, load_gold(gold_dir)).scores)


@pytest.mark.parametrize("category", sorted(TARGETS))
def test_scores_meet_targets(totals, category):
    score = totals[category]
    recall, precision = TARGETS[category]
    assert score.recall >= recall, f"{category} recall {score.recall:.3f} < {recall}"
    assert score.precision >= precision, f"{category} precision {score.precision:.3f} < {precision}"
