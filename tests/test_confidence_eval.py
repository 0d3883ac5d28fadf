"""Precision at confidence thresholds, calibration per rule and leave-one-paper-out, on small
hand-made facts (no database): the pure functions behind ``boardkb eval`` and ``boardkb calibrate``;
and ``eval --annotations``, a second annotator's copy of a corpus gold file scored against it."""

import json
import re

import pytest
from click.testing import CliRunner
from conftest import shared

from boardkb.cli import cli
from boardkb.db.evaluation import evaluate_annotations, load_gold, report_lines, score_folders
from boardkb.extract.confidence import (
    UNMEASURED,
    RuleCount,
    above,
    combine,
    parse_table,
    recalibrated,
    rule_counts,
)
from boardkb.extract.scoring import pair_greedily, score_benefits, score_document, score_milestones


def _milestone(event, rule="milestone.sentence", confidence=1.0, start="2020-05-01"):
    return {"event": event, "date_start": start, "date_end": None, "status": "planned", "quote": event,
            "project": None, "project_aliases": [], "rule": rule, "confidence": confidence}


def _benefit(quote, amount=None, unit=None, rule="benefit.sentence", confidence=1.0):
    return {"kind": "cashable", "description": quote, "amount": amount, "unit": unit, "quote": quote,
            "rule": rule, "confidence": confidence}


def _metric(value, unit="count", rule="metric.sentence", confidence=1.0):
    return {"subject": "x", "value": value, "unit": unit, "quote": str(value), "rule": rule, "confidence": confidence}


def _project(name, rules=("project.name",), confidence=1.0):
    return {"name": name, "aliases": [], "rule": rules[0], "rules": list(rules), "confidence": confidence}


GOLD_MILESTONE = {"project": None, "event": "new custody suite opens in Oldbury", "date": "2020-05",
                  "status": "planned", "quote": "the new custody suite opens in Oldbury in May"}


# --- one-to-one precision ---------------------------------------------------------------------


def test_milestone_stored_three_times_is_right_once():
    same = [_milestone("custody suite opens in Oldbury") for _ in range(3)]
    score = score_milestones([GOLD_MILESTONE], [], same)
    assert (score.found, score.total) == (1, 1)
    assert (score.matched, score.extracted) == (1, 3)
    assert score.right == [True, False, False]
    assert score.unmatched == same[1:]


def test_benefit_duplicate_is_wrong_and_amount_pairs_one_to_one():
    gold = [_benefit("saves £2.5m a year", 2_500_000, "GBP")]
    extracted = [_benefit("saves £2.5m a year", 2_500_000, "GBP"), _benefit("£2.5m saving", 2_500_000, "£")]
    score = score_benefits(gold, extracted)
    assert (score.found, score.matched, score.extracted) == (1, 1, 2)


def test_pairing_finds_the_most_pairs():
    # gold 0 accepts both extracted items, gold 1 only the first: a greedy first pick would give
    # gold 0 the first and leave gold 1 unmatched (and the second extracted item wrong).
    accepts = {(0, 0), (0, 1), (1, 0)}
    assert pair_greedily(2, 2, [lambda g, e: (g, e) in accepts]) == [(0, 1), (1, 0)]
    # an earlier pass's pairs are made first; a later pass only adds
    exact, loose = {(0, 0)}, {(0, 0), (0, 1), (1, 1)}
    assert pair_greedily(2, 2, [lambda g, e: (g, e) in exact, lambda g, e: (g, e) in loose]) == [(0, 0), (1, 1)]


# --- thresholds -------------------------------------------------------------------------------


def test_below_the_threshold_counts_as_not_extracted():
    facts = {"document": {}, "projects": [_project("Connect", confidence=0.6)],
             "milestones": [_milestone("custody suite opens in Oldbury", confidence=0.4)],
             "metrics": [_metric(5, confidence=0.5), _metric(7, confidence=None)], "benefits": []}
    kept = above(facts, 0.5)
    assert [m["value"] for m in kept["metrics"]] == [5, 7]  # at the threshold stays; none stored: 1.0
    assert kept["milestones"] == [] and len(kept["projects"]) == 1
    assert above(facts, 0.7)["projects"] == []
    gold = {"file": "a.txt", "document": {}, "projects": [{"name": "Connect", "aliases": []}],
            "milestones": [GOLD_MILESTONE], "metrics": [_metric(5)], "benefits": []}
    assert score_document(gold, facts).categories["milestones"].found == 1
    at = score_document(gold, kept).categories
    assert (at["milestones"].found, at["milestones"].extracted) == (0, 0)
    assert (at["metrics"].matched, at["metrics"].extracted) == (1, 2)


def test_a_project_takes_its_best_mention_rule():
    facts = {"projects": [_project("Connect", rules=("project.acronym", "project.name"))],
             "milestones": [_milestone("x", rule="milestone.table")], "metrics": [], "benefits": []}
    again = recalibrated(facts, {"project.acronym": 0.2, "project.name": 0.9})
    assert again["projects"][0]["confidence"] == 0.9
    assert again["milestones"][0]["confidence"] == UNMEASURED  # a rule never calibrated
    assert facts["projects"][0]["confidence"] == 1.0  # the input is left alone


# --- calibration and leave-one-out ------------------------------------------------------------


def test_rule_counts_a_project_once_under_its_most_common_rule():
    facts = {"projects": [_project("Connect", rules=("project.name", "project.acronym")), _project("Other")],
             "milestones": [], "metrics": [_metric(1, rule="metric.table_cell")], "benefits": []}
    counts = rule_counts(facts, {"projects": [True, False], "metrics": [False]})
    assert counts == {"project.name": RuleCount("project.name", 1, 2),
                      "metric.table_cell": RuleCount("metric.table_cell", 0, 1)}
    total = combine({}, counts, counts)
    assert total["project.name"] == RuleCount("project.name", 2, 4)
    assert combine(total, counts, sign=-1) == counts
    assert combine(counts, counts, sign=-1) == {}


def _paper(file, values):
    return {"document": {}, "projects": [], "milestones": [], "benefits": [],
            "metrics": [_metric(v, rule="metric.cell") for v in values]}


def test_leave_one_out_leaves_out_the_papers_own_counts():
    # paper a: three metric.cell facts, all right; paper b: one, wrong. On all papers the rule is
    # right 3 of 4 (confidence 4/6); without a, 0 of 1 (1/3); without b, 3 of 3 (4/5).
    golds = [{"file": "a.txt", "metrics": [_metric(1), _metric(2), _metric(3)]},
             {"file": "b.txt", "metrics": [_metric(9)]}]
    facts = {"/x/a.txt": _paper("a", [1, 2, 3]), "/x/b.txt": _paper("b", [4])}
    result = score_folders([("gold", golds)], facts, thresholds=(0.0, 0.5), leave_one_out=True)
    assert result.calibration == {"metric.cell": RuleCount("metric.cell", 3, 4)}
    a, b = result.papers
    assert a.counts == {"metric.cell": RuleCount("metric.cell", 3, 3)}
    assert a.in_sample.categories["metrics"].found == 3  # 0.667 >= 0.5: kept
    assert a.left_out.categories["metrics"].extracted == 0  # 0.333 < 0.5: dropped
    assert b.in_sample.categories["metrics"].extracted == 1
    assert b.left_out.categories["metrics"].extracted == 1  # 0.8: kept, and wrong
    assert a.at[0.5] is a.score  # stored confidences 1.0: nothing dropped
    text = "\n".join(report_lines(result))
    assert "Leave-one-out at threshold 0.5" in text and text.splitlines()[-1].startswith("  benefits")


def test_a_paper_in_no_folder_is_reported_and_a_missing_one_scores_zero():
    golds = [{"file": "a.txt", "metrics": [_metric(1)]}, {"file": "gone.txt", "metrics": [_metric(2)]}]
    facts = {"/x/a.txt": _paper("a", [1]), "/x/extra.txt": _paper("extra", [5])}
    result = score_folders([("one", golds[:1]), ("two", golds[1:])], facts, leave_one_out=True)
    assert result.without_gold == ["/x/extra.txt"]
    gone = result.folders[1].papers[0]
    assert gone.facts is None and gone.left_out.categories["metrics"].found == 0
    text = "\n".join(report_lines(result))
    assert "=== one: 1 gold file(s) ===" in text and "Not ingested (1): gone.txt" in text
    assert "Overall (2 folders): 2 gold file(s), 1 matched" in text


# --- the calibrate command --------------------------------------------------------------------


@pytest.mark.shared
def test_calibrate_writes_one_row_per_rule(corpus_db, gold_dir, tmp_path):
    db_path = corpus_db.execute("pragma database_list").fetchone()[2]
    output = tmp_path / "confidence.jsonl"
    result = CliRunner().invoke(cli, ["calibrate", str(gold_dir), "--db", db_path, "-o", str(output)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in output.read_text().splitlines()]
    assert rows and [r["rule"] for r in rows] == sorted(r["rule"] for r in rows)
    for row in rows:
        assert 0 <= row["right"] <= row["extracted"]
        assert row["confidence"] == round((row["right"] + 1) / (row["extracted"] + 2), 3)
    assert parse_table(output.read_text()) == {r["rule"]: r["confidence"] for r in rows}
    assert f"Wrote {len(rows)} rule(s)" in result.output


def test_a_database_from_before_rules_reads_as_rule_unknown_confidence_one():
    from sqlite_utils import Database

    from boardkb.db.evaluation import facts_by_document

    db = Database(memory=True)
    db["documents"].insert({"id": 1, "source_path": "/x/a.txt", "board": "B", "meeting_date": "2020-01",
                            "title": "T", "presenter": None}, pk="id")
    db["projects"].insert({"id": 7, "name": "Connect"}, pk="id")
    db["project_aliases"].insert({"project_id": 7, "alias": "CNT"})
    db["project_mentions"].insert_all([{"document_id": 1, "project_id": 7}] * 2)
    common = {"document_id": 1, "project_id": None, "quote": "q"}
    db["milestones"].insert({"id": 1, **common, "event": "e", "date_text": "May", "date_start": "2020-05-01",
                             "date_end": None, "precision": "month", "status": "planned"}, pk="id")
    db["metrics"].insert({"id": 1, **common, "subject": "s", "value": 5.0, "unit": "count", "as_of": None}, pk="id")
    db["benefits"].insert({"id": 1, **common, "kind": "cashable", "description": "d", "amount": None, "unit": None,
                           "period": None, "realised": "expected"}, pk="id")
    (facts,) = facts_by_document(db).values()
    assert facts["projects"] == [{"name": "Connect", "aliases": ["CNT"], "rule": "unknown", "rules": ["unknown"],
                                  "confidence": 1.0}]
    for category in ("milestones", "metrics", "benefits"):
        assert [(f["rule"], f["confidence"]) for f in facts[category]] == [("unknown", 1.0)]


def test_a_projects_mentions_give_rules_most_common_first_and_the_best_confidence():
    from sqlite_utils import Database

    from boardkb.db.evaluation import facts_by_document

    db = Database(memory=True)
    db["documents"].insert({"id": 1, "source_path": "/x/a.txt", "board": None, "meeting_date": None,
                            "title": None, "presenter": None}, pk="id")
    db["projects"].insert({"id": 7, "name": "Connect"}, pk="id")
    db["project_aliases"].create({"project_id": int, "alias": str})
    db["project_mentions"].insert_all([
        {"document_id": 1, "project_id": 7, "rule": "project.table", "confidence": 0.9},
        {"document_id": 1, "project_id": 7, "rule": "project.acronym", "confidence": 0.4},
        {"document_id": 1, "project_id": 7, "rule": "project.acronym", "confidence": None},
    ])
    for table, columns in (("milestones", "event date_text date_start date_end precision status quote"),
                           ("metrics", "subject value unit as_of quote"),
                           ("benefits", "kind description amount unit period realised quote")):
        db[table].create({"id": int, "document_id": int, "project_id": int, "rule": str, "confidence": float,
                          **dict.fromkeys(columns.split(), str)})
    (facts,) = facts_by_document(db).values()
    (project,) = facts["projects"]
    assert (project["rule"], project["rules"], project["confidence"]) == (
        "project.acronym", ["project.acronym", "project.table"], 1.0)  # a null confidence counts as 1.0


# --- a second annotator scored against the gold (eval --annotations) ----------------------------


def _second_annotator(tmp_path, gold_dir):
    """A copy of corpus 003's gold that leaves out a project and a milestone and adds a wrong metric."""
    gold = json.loads((gold_dir / "003_1797fe547be1d21d.json").read_text(encoding="utf-8"))
    other = dict(gold, projects=gold["projects"][1:], milestones=gold["milestones"][1:],
                 metrics=[*gold["metrics"], {"project": None, "subject": "x", "value": 123456789, "unit": "count",
                                             "as_of": None, "quote": "x"}])
    folder = tmp_path / "second"
    folder.mkdir()
    (folder / "003.json").write_text(json.dumps(other), encoding="utf-8")
    return gold, folder


def test_a_gold_folder_scored_as_its_own_annotations_agrees_fully(gold_dir):
    golds = load_gold(gold_dir)
    result = evaluate_annotations([("gold", golds)], golds)
    for category in ("projects", "milestones", "metrics", "benefits"):
        for score in result.scores:
            c = score.categories[category]
            assert (c.found, sum(c.right)) == (c.total, c.extracted), (score.file, category)


def test_a_second_annotator_is_scored_on_the_papers_it_annotates(gold_dir, tmp_path):
    gold, folder = _second_annotator(tmp_path, gold_dir)
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--annotations", str(folder)])
    assert result.exit_code == 0, result.output
    assert "000_ea0264ba805e4785.txt" not in result.output  # a paper it did not annotate is not scored
    assert "1 gold file(s), 1 matched to a second annotation" in result.output  # not to a database's paper
    n_projects, n_milestones, n_metrics = len(gold["projects"]), len(gold["milestones"]), len(gold["metrics"])
    assert f"milestones      {n_milestones - 1}/{n_milestones} " in result.output
    # every gold metric found; the added one matches nothing
    assert re.search(rf"metrics +{n_metrics}/{n_metrics} +100\.0% +{n_metrics}/{n_metrics + 1} ", result.output)
    assert f"projects       {n_projects - 1}/{n_projects} " in result.output


def test_annotations_of_other_papers_or_with_leave_one_out_are_refused(gold_dir, tmp_path):
    _, folder = _second_annotator(tmp_path, gold_dir)
    kent = CliRunner().invoke(cli, ["eval", str(shared("gold-kent")), "--annotations", str(folder)])
    assert kent.exit_code == 1 and "annotate the same papers" in kent.output
    both = CliRunner().invoke(cli, ["eval", str(gold_dir), "--annotations", str(folder), "--leave-one-out"])
    assert both.exit_code == 2 and "--leave-one-out" in both.output
