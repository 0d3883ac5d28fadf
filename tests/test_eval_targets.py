"""Extraction quality on the annotated papers: ../shared/gold must meet the extraction issue's
targets; ../shared/gold-kent (the council development set) must not fall below today's figures."""

import json

import pytest

from boardkb.db.evaluation import evaluate, load_gold
from boardkb.db.schema import open_database
from boardkb.extract.scoring import overall

#: (recall, precision) targets from the issue, over all gold papers.
TARGETS = {
    "metadata": (1.0, 1.0),
    "metrics": (0.90, 0.90),
    "projects": (0.85, 0.85),
    "milestones": (0.80, 0.80),
    "benefits": (0.80, 0.80),
}
#: Milestone and benefit precision became one-to-one, as gold/README.md says (the same promise stored
#: twice counts once right, once wrong): at 600755f milestones fell to 51/66 = 77.3% and benefits to
#: 113/157 = 72.0%. Benefits became one per sentence, not one per clause, and short items of a list of
#: benefits count (issue 9): now milestones 51/63 = 81.0%, benefits 112/137 = 81.8% at recall 112/140.
#: A category whose target does not hold gets a floor here, with the reason beside it.
PRECISION_FLOORS: dict[str, float] = {}
RECALL_FLOORS: dict[str, float] = {}

#: Not goals: the figures on the council development set (gold-kent), less a margin of about three
#: points (more where a count is small), so that a change making them worse fails. Engineers raise
#: these as extraction improves. Measured (recall, precision) at 600755f → after issue 9's work:
#: metadata 15/16 → 16/16; projects 16/53, 16/46 → 29/53 = 54.7%, 35/41 = 85.4%; milestones 45/80,
#: 45/56 → 52/80 = 65.0%, 52/62 = 83.9%; metrics 67/82, 71/104 → 80/82 = 97.6%, 83/84 = 98.8%;
#: benefits 8/51, 8/10 → 33/51 = 64.7%, 33/39 = 84.6%. Then projects 41/53 = 77.4%, 50/55 = 90.9% and
#: milestones 54/80 = 67.5%, 54/64 = 84.4% (titled strategies, numbered priorities, bodies being
#: created, objects of delivery verbs, lower-case names said twice). Issue 9's targets: projects
#: 0.75/0.75, milestones 0.65/0.70, metrics 0.90/0.85, benefits 0.60/0.60, metadata 1.0; the floors
#: for projects and milestones recall are the targets themselves. Then projects 43/53 = 81.1%, 51/54 =
#: 94.4% (names qualifying the noun after their acronym, companies, sponsors, talk titles, sectors), and
#: 51/53 = 96.2%, metrics 83/83 = 100% (one spelling per project, networks, list numbers). Then
#: milestones 67/80 = 83.8%, 67/77 = 87.0% (delivery schedules: the education paper's places by year).
KENT_FLOORS = {
    "metadata": (1.0, 1.0),
    "projects": (0.75, 0.93),
    "milestones": (0.65, 0.80),
    "metrics": (0.94, 0.97),
    "benefits": (0.60, 0.80),
}


@pytest.fixture(scope="module")
def totals(corpus_db, gold_dir):
    return overall(evaluate(corpus_db, load_gold(gold_dir)).scores)


@pytest.mark.parametrize("category", sorted(TARGETS))
def test_scores_meet_targets(totals, category):
    score = totals[category]
    recall, precision = TARGETS[category]
    precision = PRECISION_FLOORS.get(category, precision)
    recall = RECALL_FLOORS.get(category, recall)
    assert score.recall >= recall, f"{category} recall {score.recall:.3f} < {recall}"
    assert score.precision >= precision, f"{category} precision {score.precision:.3f} < {precision}"


@pytest.fixture(scope="module")
def kent_gold():
    from conftest import shared

    return shared("gold-kent")


@pytest.fixture(scope="module")
def kent_totals(tmp_path_factory, kent_gold, pdfs_dir, run_ingest):
    golds = load_gold(kent_gold)
    pdfs = [pdfs_dir / "uk-council" / gold["file"] for gold in golds]
    path = tmp_path_factory.mktemp("kent") / "kent.db"
    code, _, err = run_ingest(pdfs, path)
    assert code == 0, err
    return overall(evaluate(open_database(str(path)), golds).scores)


@pytest.mark.shared
@pytest.mark.parametrize("category", sorted(KENT_FLOORS))
def test_kent_development_set_does_not_regress(kent_totals, category):
    score = kent_totals[category]
    recall, precision = KENT_FLOORS[category]
    now = json.dumps({"recall": f"{score.found}/{score.total}", "precision": f"{score.matched}/{score.extracted}"})
    assert score.recall >= recall, f"gold-kent {category} recall {score.recall:.3f} < {recall} (now {now})"
    assert score.precision >= precision, f"gold-kent {category} precision {score.precision:.3f} < {precision} ({now})"
