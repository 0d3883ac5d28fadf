"""Scoring extracted facts against the gold files: each rule of ../shared/gold/README.md, then
``boardkb eval`` on the corpus."""

from datetime import date

import pytest
from click.testing import CliRunner

from boardkb.cli import cli
from boardkb.db.evaluation import facts_by_document, matching_path
from boardkb.db.schema import open_database
from boardkb.extract.scoring import (
    CATEGORIES,
    comparable,
    date_span,
    metadata_field_correct,
    overall,
    same_amount,
    score_benefits,
    score_document,
    score_metadata,
    score_metrics,
    score_milestones,
    score_projects,
)

# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold,extracted,same",
    [
        ((2.5, "GBP"), (250, "pence"), True),
        ((2.5, "GBP"), (250, "p"), True),
        ((2500000, "GBP"), (2500000, "£"), True),
        ((0.5, "GBP"), (50, "GBP"), False),
        ((-3300000, "GBP"), (3300000, "GBP"), True),  # sign free
        ((-11.0, "percent"), (11, "%"), True),
        ((12.9, "percent"), (12.9, "count"), False),  # unit class differs
        ((3500, "count"), (3500, "people"), True),  # both "other"
        ((3500, "FTE"), (3500, None), True),
        ((1000, "count"), (1004.9, "count"), True),  # within 0.5%
        ((1000, "count"), (1006, "count"), False),
        ((0, "count"), (0.0, "count"), True),
        ((0, "count"), (0.001, "count"), False),
    ],
)
def test_same_amount(gold, extracted, same):
    assert same_amount(comparable(*gold), comparable(*extracted)) is same


def _metric(value, unit="count", subject="x"):
    return {"value": value, "unit": unit, "subject": subject, "quote": f"{value} {subject}"}


def test_metrics_one_to_one_and_exact_values_first():
    gold = [_metric(100.4), _metric(99.6)]
    # Greedy on tolerance alone would pair 100.4 with 100 and leave 99.6 unmatched.
    score = score_metrics(gold, [], [_metric(100), _metric(100.4)])
    assert (score.found, score.total) == (2, 2)
    # one-to-one: one extracted value cannot find two gold metrics
    score = score_metrics([_metric(5), _metric(5)], [], [_metric(5)])
    assert (score.found, score.total, score.matched, score.extracted) == (1, 2, 1, 1)
    assert score.misses == [_metric(5)]


def test_metrics_precision_counts_gold_benefit_amounts():
    benefits = [{"kind": "cashable", "amount": 5000000, "unit": "GBP", "quote": "£5 million"}]
    extracted = [_metric(5000000, "GBP"), _metric(7, "percent"), _metric(3500)]
    score = score_metrics([_metric(3500, "people")], benefits, extracted)
    assert (score.found, score.total) == (1, 1)
    assert (score.matched, score.extracted) == (2, 3)
    assert score.unmatched == [_metric(7, "percent")]
    assert score.precision == pytest.approx(2 / 3)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,span",
    [
        ("2017-07-03", (date(2017, 7, 3), date(2017, 7, 3))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2017-Q3", (date(2017, 7, 1), date(2017, 9, 30))),
        ("2016-Q1", (date(2016, 1, 1), date(2016, 3, 31))),
        ("2020", (date(2020, 1, 1), date(2020, 12, 31))),
        ("FY2022/23", (date(2022, 4, 1), date(2023, 3, 31))),
        ("FY22/23", (date(2022, 4, 1), date(2023, 3, 31))),
        ("2022/23", (date(2022, 4, 1), date(2023, 3, 31))),
        ("FY2022-23", (date(2022, 4, 1), date(2023, 3, 31))),
        ("2022/2023", (date(2022, 4, 1), date(2023, 3, 31))),
        ("2022/24", None),
        ("2022-13", None),
        ("autumn 2018", None),
        (None, None),
    ],
)
def test_date_span(text, span):
    assert date_span(text) == span


def _milestone(start, end, event, *, quote="", status="planned", project=None, aliases=()):
    return {"event": event, "date_start": start, "date_end": end, "status": status, "quote": quote,
            "project": project, "project_aliases": list(aliases)}


GOLD_PROJECTS = [{"name": "Oracle Fusion", "aliases": ["ERP", "Enterprise Resource Planning system"]}]


@pytest.mark.parametrize(
    "start,end,found",
    [
        ("2023-02-01", "2023-02-28", True),
        ("2022-04-01", "2022-04-01", True),
        ("2022-03-01", "2022-03-31", False),  # before the financial year
        ("2023-04-01", "2023-06-30", False),  # after it
        ("2021-01-01", "2025-12-31", True),  # a wider span overlaps
        ("2023-01-15", None, True),  # open end: the start day
    ],
)
def test_milestone_financial_year_overlap(start, end, found):
    gold = [{"project": None, "event": "go live of Oracle Fusion ERP", "date": "FY2022/23",
             "status": "planned", "quote": "Oracle Fusion will go live"}]
    score = score_milestones(gold, GOLD_PROJECTS, [_milestone(start, end, "Oracle Fusion goes live")])
    assert score.found == found


@pytest.mark.parametrize("start,found", [("2017-09-01", True), ("2017-07-01", True), ("2017-10-01", False),
                                         ("2017-06-30", False)])
def test_milestone_quarter_overlap(start, found):
    gold = [{"project": None, "event": "new online services available to the public", "date": "2017-Q3",
             "status": "planned", "quote": "These services will be made available from the summer."}]
    extracted = [_milestone(start, start, "services made available", quote="made available from the summer")]
    assert score_milestones(gold, [], extracted).found == found


def test_milestone_words_threshold_is_30_percent_of_gold_words():
    # ten content words
    gold = [{"project": None, "event": "alpha bravo charlie delta echo foxtrot golf hotel india juliet",
             "date": "2020", "status": "planned", "quote": ""}]
    three = _milestone("2020-05-01", "2020-05-31", "the alpha and the bravo of charlie")
    two = _milestone("2020-05-01", "2020-05-31", "the alpha and the bravo of kilo")
    assert score_milestones(gold, [], [three]).found == 1
    assert score_milestones(gold, [], [two]).found == 0
    assert score_milestones(gold, [], [two]).unmatched == [two]


def test_milestone_found_by_project_alias_alone():
    gold = [{"project": "Oracle Fusion", "event": "go live", "date": "2017-07", "status": "slipped",
             "quote": "This will go live in July"}]
    by_alias = _milestone("2017-07-01", "2017-07-31", "replacement finance platform", project="ERP system",
                          aliases=["Enterprise Resource Planning system"])
    other_project = _milestone("2017-07-01", "2017-07-31", "replacement finance platform", project="Connect")
    score = score_milestones(gold, GOLD_PROJECTS, [other_project, by_alias])
    assert (score.found, score.matched, score.extracted) == (1, 1, 2)
    assert score.unmatched == [other_project]
    # "slipped" is planned-side: it agrees with "planned"
    assert (score.agreed, score.pairs) == (1, 1)


def test_milestone_status_agreement():
    gold = [{"project": None, "event": "custody suites opened", "date": "2016", "status": "achieved",
             "quote": "two custody suites opened"}]
    extracted = [_milestone("2016-01-01", "2016-12-31", "custody suites opened", status="planned")]
    score = score_milestones(gold, [], extracted)
    assert (score.found, score.agreed, score.pairs) == (1, 0, 1)
    assert score.agreement == 0.0


# --- projects ---------------------------------------------------------------------------------


def test_projects_by_alias_and_ratio():
    gold = [
        {"name": "Body Worn Video", "aliases": ["BWV", "body worn video units"]},
        {"name": "Data-Driven Insights", "aliases": ["DDI"]},
        {"name": "ControlWorks", "aliases": []},
        {"name": "The Estates Programme", "aliases": []},
    ]
    extracted = [
        {"name": "bwv", "aliases": []},  # an alias, another case
        {"name": "Data Driven Insight", "aliases": []},  # difflib ratio >= 0.85
        {"name": "Oracle", "aliases": ["Control Works"]},  # by its alias
        {"name": "Estates programme", "aliases": []},  # leading "the" dropped
        {"name": "Connect", "aliases": ["Connect programme"]},
    ]
    score = score_projects(gold, extracted)
    assert (score.found, score.total, score.matched, score.extracted) == (4, 4, 4, 5)
    assert score.unmatched == [{"name": "Connect", "aliases": ["Connect programme"]}]
    only_bwv = score_projects(gold, extracted[:1])
    assert [p["name"] for p in only_bwv.misses] == ["Data-Driven Insights", "ControlWorks", "The Estates Programme"]


def test_projects_not_one_to_one_and_ratio_below_threshold():
    gold = [{"name": "Connect", "aliases": []}]
    score = score_projects(gold, [{"name": "Connect", "aliases": []}, {"name": "CONNECT", "aliases": []},
                                  {"name": "Contact", "aliases": []}])
    assert (score.found, score.matched, score.extracted) == (1, 2, 3)


# --- benefits ---------------------------------------------------------------------------------


def _benefit(quote, *, kind="non-financial", amount=None, unit=None):
    return {"kind": kind, "description": quote[:20], "amount": amount, "unit": unit, "quote": quote}


def test_benefit_without_amount_needs_half_the_gold_quote_words():
    gold = [_benefit("A reduction in use of force during arrests")]  # reduction, use, force, arrests
    half = _benefit("reduction of force", kind="non-cashable")
    less = _benefit("use of batons", kind="non-financial")
    score = score_benefits(gold, [less, half])
    assert (score.found, score.matched, score.extracted) == (1, 1, 2)
    assert score.unmatched == [less]
    assert (score.agreed, score.pairs) == (0, 1)  # kinds differ
    assert score_benefits(gold, [less]).found == 0


def test_benefit_with_amount_by_amount_and_unit_class():
    gold = [_benefit("saved £2.5m per annum in lease costs", kind="cashable", amount=2500000, unit="GBP")]
    same_words_no_amount = _benefit("saved £2.5m per annum in lease costs", kind="cashable")
    wrong_unit = _benefit("2.5m hours", kind="cashable", amount=2500000, unit="hours")
    negative = _benefit("lease", kind="Cashable", amount=-2_510_000, unit="gbp")  # 0.4% off, sign free
    score = score_benefits(gold, [same_words_no_amount, wrong_unit, negative])
    assert (score.found, score.matched, score.extracted) == (1, 1, 3)
    assert (score.agreed, score.pairs) == (1, 1)


# --- document metadata ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,gold,value,ok",
    [
        ("meeting_date", "2022-04", "2022-04", True),
        ("meeting_date", "2022-04", "2022-04-01", True),
        ("meeting_date", "2022-04", "2022-04-28", True),
        ("meeting_date", "2022-04", "2022", False),
        ("meeting_date", "2022-04", "2022-05-01", False),
        ("meeting_date", "2017-07-31", "2017-07", False),
        ("meeting_date", "2017-07-31", "2017-07-31", True),
        ("board", "Strategic Policing and Crime Board", "Strategic Policing & Crime Board", True),
        ("board", "Strategic Policing and Crime Board", "The Strategic Policing and Crime Board meeting", True),
        ("board", "Police and Crime Panel", "Crime Panel", True),
        ("board", "Police and Crime Panel", "Joint Audit Committee", False),
        ("title", "WMP2020 Programme – Next Generation Local Policing & Risk Framework",
         "WMP2020 Programme - Next Generation Local Policing and Risk Framework", True),
        ("title", "Supporting the Workforce; Organisational Change and New Technology", "Supporting the Workforce",
         False),
        ("presenter", "Dave Thompson, Deputy Chief Constable", "Dave Thompson", True),
        ("presenter", "Dave Thompson, Deputy Chief Constable", "Chief Constable", True),
        ("presenter", "Dave Thompson, Deputy Chief Constable", "Director of Finance", False),
        ("presenter", "Dave Thompson", None, False),
    ],
)
def test_metadata_field_rules(name, gold, value, ok):
    assert metadata_field_correct(name, gold, value) is ok


def test_metadata_null_gold_field_is_not_scored():
    gold = {"board": "Police and Crime Panel", "meeting_date": "2017-07-31", "title": "Report", "presenter": None}
    score = score_metadata(gold, {"board": "Police and Crime Panel", "meeting_date": "2017-07",
                                  "title": None, "presenter": "Someone"})
    assert (score.found, score.total) == (1, 3)
    assert (score.matched, score.extracted) == (1, 2)  # title left empty; presenter not scored
    assert [m["field"] for m in score.misses] == ["meeting_date", "title"]
    assert [m["field"] for m in score.unmatched] == ["meeting_date"]


# --- documents and the aggregate --------------------------------------------------------------


GOLD = {
    "file": "000_paper.txt",
    "document": {"board": "Police and Crime Panel", "meeting_date": "2017-07", "title": "WMP2020",
                 "presenter": None},
    "projects": [{"name": "Body Worn Video", "aliases": ["BWV"]}],
    "milestones": [{"project": "Body Worn Video", "event": "roll-out", "date": "2017", "status": "achieved",
                    "quote": "rolled out"}],
    "metrics": [_metric(1500), _metric(60, "percent")],
    "benefits": [_benefit("fewer complaints against officers")],
}


def test_not_ingested_scores_zero_recall():
    doc = score_document(GOLD, None)
    assert not doc.ingested
    assert {c: (s.found, s.total, s.extracted) for c, s in doc.categories.items()} == {
        "metadata": (0, 3, 0), "projects": (0, 1, 0), "milestones": (0, 1, 0), "metrics": (0, 2, 0),
        "benefits": (0, 1, 0)}


def test_overall_sums_over_documents():
    facts = {"document": {"board": "Police and Crime Panel", "meeting_date": "2017-07-31", "title": "WMP2020",
                          "presenter": None},
             "projects": [{"name": "BWV", "aliases": []}], "milestones": [],
             "metrics": [_metric(1500), _metric(61, "percent")], "benefits": []}
    scored = score_document(GOLD, facts, "/corpus/000_paper.txt")
    assert scored.ingested and scored.categories["metrics"].found == 1
    total = overall([scored, score_document(GOLD, None)])
    assert list(total) == list(CATEGORIES)
    assert (total["metadata"].found, total["metadata"].total) == (3, 6)
    assert (total["projects"].found, total["projects"].total, total["projects"].matched) == (1, 2, 1)
    assert (total["metrics"].found, total["metrics"].total) == (1, 4)
    assert (total["metrics"].matched, total["metrics"].extracted) == (1, 2)
    assert total["metrics"].recall == 0.25


def test_matching_path_by_file_name():
    paths = ["/data/corpus/000_paper.txt", "/data/corpus/1000_paper.txt"]
    assert matching_path("000_paper.txt", paths) == "/data/corpus/000_paper.txt"
    assert matching_path("00_paper.txt", paths) is None


# --- the database and the CLI -----------------------------------------------------------------


def _overall_table(output: str) -> dict[str, list[str]]:
    lines = output.splitlines()
    start = max(i for i, line in enumerate(lines) if line.startswith("Overall:"))
    rows = [line.split() for line in lines[start + 2:]]
    return {row[0]: row[1:] for row in rows}


def _eval(db_path, gold_dir, *args):
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--db", str(db_path), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.shared
def test_eval_corpus_metadata_is_right_and_overall_table_last(corpus_db, gold_dir):
    db_path = corpus_db.execute("pragma database_list").fetchone()[2]
    out = _eval(db_path, gold_dir)
    table = _overall_table(out)
    assert list(table) == list(CATEGORIES)  # the overall table is the last lines, one per category
    assert table["metadata"][:4] == ["12/12", "100.0%", "12/12", "100.0%"]
    lines = out.splitlines()
    assert len(lines) - max(i for i, line in enumerate(lines) if line.startswith("Overall:")) <= 25
    assert "not ingested" not in out.lower()
    for gold in sorted(gold_dir.glob("*.json")):
        assert f"{gold.stem}.txt\n  category" in out  # a table per paper


FACT_TABLES = ("commitments", "project_links", "project_mentions", "milestones", "metrics", "metric_series", "benefits",
               "project_aliases", "projects")


@pytest.mark.shared
def test_eval_scores_hand_inserted_facts(tmp_path, corpus_dir, gold_dir, run_ingest):
    """Facts written straight into the tables (whatever extraction found is cleared first)."""
    db_path = tmp_path / "hand.db"
    code, _, err = run_ingest([corpus_dir / "003_1797fe547be1d21d.txt"], db_path)
    assert code == 0, err
    db = open_database(str(db_path))
    with db.atomic():
        for table in FACT_TABLES:
            db.execute(f"delete from {table}")
        doc_id = db.execute("select id from documents").fetchone()[0]
        passage_id = db.execute("select min(id) from passages where document_id = ?", [doc_id]).fetchone()[0]
        bwv = db["projects"].insert({"name": "Body Worn Video", "key": "body worn video"}).last_pk
        made_up = db["projects"].insert({"name": "Made Up System", "key": "made up system"}).last_pk
        db["project_aliases"].insert_all([{"project_id": bwv, "alias": "BWV"}, {"project_id": made_up,
                                                                                "alias": "MUS"}])
        common = {"document_id": doc_id, "passage_id": passage_id}
        db["project_mentions"].insert_all([{**common, "project_id": p, "name": "x", "quote": "x"}
                                           for p in (bwv, made_up)])
        db["milestones"].insert({**common, "project_id": bwv, "event": "equip response officers",
                                 "date_text": "April", "date_start": "2016-04-01", "date_end": "2016-04-30",
                                 "status": "planned", "quote": "x"})
        db["metrics"].insert_all([{**common, "value": 325, "unit": "FTE", "subject": "PCSOs", "quote": "x"},
                                  {**common, "value": 999999, "unit": "count", "subject": "?", "quote": "x"}])
        db["metrics"].insert_all({**common, "value": 700001 + i, "unit": "count", "subject": "made up", "quote": "x"}
                                 for i in range(45))
        db["benefits"].insert({**common, "kind": "non-financial", "amount": None, "unit": None,
                               "quote": "A reduction in use of force during arrests"})

    facts = facts_by_document(db)
    (only,) = facts.values()
    unknown = {"rule": "unknown", "rules": ["unknown"], "confidence": 1.0}  # facts inserted without them
    assert only["projects"] == [{"name": "Body Worn Video", "aliases": ["BWV"], **unknown},
                                {"name": "Made Up System", "aliases": ["MUS"], **unknown}]
    assert (only["metrics"][0]["rule"], only["metrics"][0]["confidence"]) == ("unknown", 1.0)
    assert only["milestones"][0]["project"] == "Body Worn Video"
    assert only["milestones"][0]["project_aliases"] == ["BWV"]

    out = _eval(db_path, gold_dir)
    table = _overall_table(out)
    # two of the three gold files are not ingested: their facts count as missed
    assert table["projects"][:4] == ["1/122", "0.8%", "1/2", "50.0%"]
    assert table["milestones"][:4] == ["1/61", "1.6%", "1/1", "100.0%"]
    assert table["metrics"][:4] == ["1/385", "0.3%", "1/47", "2.1%"]
    assert table["benefits"][:4] == ["1/140", "0.7%", "1/1", "100.0%"]
    assert "Not ingested (2)" in out
    assert "+ Made Up System (aka MUS)" in out
    assert "+ 999999 count" in out
    assert "003_1797fe547be1d21d.txt metrics: 46 extracted, matching nothing" in out
    assert "… and 6 more (--all shows them)" in out

    metrics_only = _eval(db_path, gold_dir, "--category", "metrics")
    assert "+ 999999 count" in metrics_only and "+ Made Up System" not in metrics_only
    assert "… and" not in _eval(db_path, gold_dir, "--all")


def test_eval_without_database(tmp_path, gold_dir):
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database" in result.output
