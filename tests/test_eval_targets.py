"""Extraction quality on ../shared/gold, against the targets of the extraction issue.

Categories that meet their target are held to it. Those still below it (recorded in
``BELOW_TARGET``) are held to the level last measured, so a change cannot make them worse
unnoticed, and a strict xfail fails as soon as they reach the target, so that the entry is moved.
"""

import pytest
from boardkb.db.evaluation import evaluate, load_gold
from boardkb.extract.scoring import overall

#: (recall, precision) targets from the issue.
TARGETS = {
    "metadata": (1.0, 1.0),
    "metrics": (0.90, 0.90),
    "projects": (0.85, 0.85),
    "milestones": (0.80, 0.80),
    "benefits": (0.80, 0.80),
}
#: Categories below target: the floor measured on the shared gold (recall, precision).
BELOW_TARGET = {
    "benefits": (0.77, 0.79),
}


@pytest.fixture(scope="module")
def totals(corpus_db, gold_dir):
    return overall(evaluate(corpus_db, load_gold(gold_dir)).scores)


@pytest.mark.parametrize("category", sorted(TARGETS))
def test_scores_hold(totals, category):
    score = totals[category]
    recall, precision = BELOW_TARGET.get(category, TARGETS[category])
    assert score.recall >= recall, f"{category} recall {score.recall:.3f} < {recall}"
    assert score.precision >= precision, f"{category} precision {score.precision:.3f} < {precision}"


@pytest.mark.parametrize("category", sorted(BELOW_TARGET))
@pytest.mark.xfail(strict=True, reason="below the issue's target; see BELOW_TARGET")
def test_below_target_categories_reach_target(totals, category):
    score = totals[category]
    recall, precision = TARGETS[category]
    assert score.recall >= recall and score.precision >= precision
