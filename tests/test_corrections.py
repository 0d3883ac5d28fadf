"""Reviewers' corrections (db/corrections.py): stored apart from the facts, applied after every
ingest, kept through re-ingest (from exported YAML into a new database, and of a changed file),
and read by the project history and the quarterly summary."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
import yaml
from click.testing import CliRunner
from conftest import SAMPLES

from boardkb.cli import cli
from boardkb.db import corrections as C
from boardkb.db import report_data as data
from boardkb.db.schema import open_database
from boardkb.templates.reports import build_quarterly, project_report, render

PAPER = "2019-03-12_spcb_change-programme-update.pdf"
TOTAL = "Total | 38.6 | 12.4 | 96.0"
KEYSTONE = "A strategic outline case will be presented to the Change Board in April 2019%"
NOT_A_PROJECT = "Sentinel incident management system"  # the legacy system being replaced


def _run(*args):
    return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


@pytest.fixture
def db_path(samples_db_path, tmp_path):
    """A private copy of the ingested samples."""
    path = tmp_path / "copy.db"
    src, dst = sqlite3.connect(samples_db_path), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


def _one(db, sql, params=()):
    rows = list(db.query(sql, list(params)))
    assert len(rows) == 1, rows
    return rows[0]


def _total_benefit(db):
    return _one(db, "select b.id from benefits b join documents d on d.id = b.document_id "
                    "where d.file_name = ? and b.quote = ? and b.unit = 'GBP'", [PAPER, TOTAL])["id"]


def _keystone_milestone(db):
    return _one(db, "select id, status from milestones where quote like ?", [KEYSTONE])


def _correct_three(db):
    C.reject_fact(db, "benefits", _total_benefit(db), reviewer="ann", note="a total row, not a benefit")
    C.correct_fact(db, "milestones", _keystone_milestone(db)["id"], "status", "slipped", reviewer="ann",
                   note="the paper of July says it slipped")
    C.not_a_project(db, NOT_A_PROJECT, reviewer="ann", note="the system being replaced")


def _assert_corrected(db):
    assert not list(db.query("select b.id from benefits b join documents d on d.id = b.document_id "
                             "where d.file_name = ? and b.quote = ? and b.unit = 'GBP'", [PAPER, TOTAL]))
    assert _one(db, "select count(*) as n from benefits where quote = ?", [TOTAL])["n"] == 1  # the FTE row stays
    assert _keystone_milestone(db)["status"] == "slipped"
    assert not list(db.query("select id from projects where name = ? or extracted_name = ?", [NOT_A_PROJECT] * 2))
    # the project history reads the corrected rows
    history = render("project", "md", project_report(db, "Project Keystone"))
    assert "April 2019 (2019-04-01 to 2019-04-30): slipped" in history
    # so does the quarterly summary
    md = render("quarterly", "md", build_quarterly(db, "2019Q1"))
    slipped = md.split("## Slipped, moved or overdue")[1].split("## ")[0]
    assert "Project Keystone" in slipped and "strategic outline case" in slipped
    assert NOT_A_PROJECT not in md
    assert "cashable £12.4m" not in md and "non-cashable 96 FTE" in md


def test_corrections_apply_to_history_and_quarterly(db_path):
    db = open_database(str(db_path))
    before = render("quarterly", "md", build_quarterly(db, "2019Q1"))
    assert NOT_A_PROJECT in before and "cashable £12.4m" in before and _keystone_milestone(db)["status"] == "planned"
    _correct_three(db)
    _assert_corrected(db)
    assert [c.action for c in C.list_corrections(db)] == ["reject", "correct", "not_a_project"]
    assert all(c.reviewer == "ann" and c.created_at and c.note for c in C.list_corrections(db))


def test_apply_is_idempotent(db_path):
    db = open_database(str(db_path))
    _correct_three(db)
    counts = lambda: [db.execute(f"select count(*) from {t}").fetchone()[0]  # noqa: E731
                      for t in ("projects", "project_mentions", "milestones", "metrics", "benefits")]
    first = counts()
    report = C.apply_corrections(db)
    assert report.applied == 3 and not report.unmatched and report.rows == 1  # the status, set again
    assert counts() == first
    _assert_corrected(db)


def test_export_delete_import_reingest(db_path, tmp_path):
    db = open_database(str(db_path))
    _correct_three(db)
    exported = tmp_path / "corrections.yml"
    assert _run("corrections", "export", "--db", db_path, "-o", exported).exit_code == 0
    items = yaml.safe_load(exported.read_text())["corrections"]
    assert [i["action"] for i in items] == ["reject", "correct", "not_a_project"]
    assert items[0]["paper"] == PAPER and items[0]["quote"] == TOTAL and items[0]["match"]["unit"] == "GBP"
    assert items[1]["field"] == "status" and items[1]["value"] == "slipped" and items[1]["reviewer"] == "ann"

    fresh = tmp_path / "fresh.db"  # the database deleted: a new one from the YAML and the same files
    result = _run("corrections", "import", exported, "--db", fresh)
    assert result.exit_code == 0 and "3 correction(s) read" in result.stdout
    result = _run("ingest", SAMPLES, "--db", fresh, "--jobs", "1")
    assert result.exit_code == 0 and "3 correction(s) applied" in result.stdout
    new = open_database(str(fresh))
    _assert_corrected(new)
    assert _run("corrections", "export", "--db", fresh).stdout.split("corrections:")[1] == \
        exported.read_text().split("corrections:")[1]
    # the quarterly report through the CLI, and the history through Datasette's SQL (db/reports.py)
    md = _run("report", "quarterly", "2019Q1", "--db", fresh, "--format", "md").stdout
    assert NOT_A_PROJECT not in md and "cashable £12.4m" not in md
    keystone = data.project_by_name(new, "Project Keystone")
    statuses = [m["status"] for m in data.project_history(new, keystone["id"])["milestones"]
                if m["quote"].startswith("A strategic outline case")]
    assert statuses == ["slipped"]


def test_reingest_of_a_changed_file(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    pdf = papers / PAPER
    shutil.copy(SAMPLES / PAPER, pdf)
    path = tmp_path / "one.db"
    assert _run("ingest", papers, "--db", path, "--jobs", "1").exit_code == 0
    db = open_database(str(path))
    C.reject_fact(db, "benefits", _total_benefit(db), reviewer="ann")
    C.correct_fact(db, "milestones", _keystone_milestone(db)["id"], "date", "2019-06", reviewer="ann")
    C.not_a_project(db, NOT_A_PROJECT, reviewer="ann")
    db.close()
    with pdf.open("ab") as f:  # a new version of the file: other bytes, same text
        f.write(b"\n% revised\n")
    result = _run("ingest", papers, "--db", path, "--jobs", "1")
    assert result.exit_code == 0 and "1 replaced" in result.stdout and "3 correction(s) applied" in result.stdout
    db = open_database(str(path))
    assert not list(db.query("select id from benefits where quote = ? and unit = 'GBP'", [TOTAL]))
    m = _one(db, "select date_start, date_end, precision, date_text from milestones where quote like ?", [KEYSTONE])
    assert dict(m) == {"date_start": "2019-06-01", "date_end": "2019-06-30", "precision": "month",
                       "date_text": "April 2019"}
    assert not list(db.query("select id from projects where name = ?", [NOT_A_PROJECT]))
    md = render("quarterly", "md", build_quarterly(db, "2019Q1", min_confidence=0))  # one paper: fewer names
    assert "** (2019-06 (corrected from “April 2019”)): A strategic outline case" in md
    project = _one(db, "select p.name from milestones m join projects p on p.id = m.project_id "
                       "where m.quote like ?", [KEYSTONE])["name"]  # with this paper alone, not Keystone
    history = render("project", "md", project_report(db, project, min_confidence=0))
    assert "April 2019 (2019-06-01 to 2019-06-30): planned (corrected: date)" in history


def test_set_project_and_kind(db_path):
    db = open_database(str(db_path))
    metric = _one(db, "select m.id from metrics m join projects p on p.id = m.project_id "
                      "where p.name = 'Mobile First' order by m.id limit 1")["id"]
    C.set_project(db, "metrics", metric, "Body Worn Video", reviewer="ann")
    bwv = data.project_by_name(db, "Body Worn Video")
    assert metric in [r["id"] for r in data.project_history(db, bwv["id"])["metrics"]]
    benefit = _one(db, "select id from benefits where quote like 'Digital Evidence Management System (DEMS) |%' "
                       "and unit = 'GBP'")["id"]
    C.correct_fact(db, "benefits", benefit, "kind", "non-cashable", reviewer="ann")
    C.correct_fact(db, "benefits", benefit, "value", "2,000,000", reviewer="ann")
    C.correct_fact(db, "benefits", benefit, "kind", "non-financial", reviewer="bob")  # replaces the first
    row = _one(db, "select kind, amount from benefits where id = ?", [benefit])
    assert dict(row) == {"kind": "non-financial", "amount": 2000000.0}
    assert len(C.list_corrections(db)) == 3
    mention = _one(db, "select m.id from project_mentions m join projects p on p.id = m.project_id "
                       "where p.name = 'Project Keystone' order by m.id limit 1")["id"]
    C.correct_fact(db, "project_mentions", mention, "kind", "programme", reviewer="ann")
    assert data.project_by_name(db, "Project Keystone")["kind"] == "programme"


@pytest.mark.parametrize("field,value,message", [
    ("status", "done", "is not one of achieved, planned, on target, slipped"),
    ("value", 3, "cannot correct 'value'"),
    ("date", "autumn", "is not a date"),
])
def test_bad_corrections_are_refused(db_path, field, value, message):
    db = open_database(str(db_path))
    with pytest.raises(C.CorrectionError, match=message):
        C.correct_fact(db, "milestones", _keystone_milestone(db)["id"], field, value)
    assert C.list_corrections(db) == []


def test_import_rejects_unknown_keys_naming_the_file(db_path, tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("corrections:\n  - action: not_a_project\n    name: Workforce Strength\n"
                   "  - action: reject\n    paper: x.pdf\n    fact: benefits\n    seq: 1\n"
                   "    quote: q\n    colour: red\n")
    result = CliRunner().invoke(cli, ["corrections", "import", str(bad), "--db", str(db_path)])
    assert result.exit_code == 1
    assert f"{bad}: correction 2: unknown key(s) colour" in result.stderr and "Nothing was imported" in result.stderr
    assert C.list_corrections(open_database(str(db_path))) == []
    bad.write_text("- action: reject\n")
    result = CliRunner().invoke(cli, ["corrections", "import", str(bad), "--db", str(db_path)])
    assert result.exit_code == 1 and "expected one key, 'corrections'" in result.stderr


def test_list_and_restricted(db_path):
    db = open_database(str(db_path))
    doc = _one(db, "select id from documents where file_name = ?", [PAPER])["id"]
    C.set_restricted(db, doc, True, reviewer="ann", note="exempt under s.31")
    out = _run("corrections", "list", "--db", db_path).stdout
    assert f"1. {PAPER}: restricted [ann, " in out and "exempt under s.31" in out
    if "restricted" in db["documents"].columns_dict:
        assert _one(db, "select restricted from documents where id = ?", [doc])["restricted"] == 1
        C.set_restricted(db, doc, False, reviewer="bob")
        assert _one(db, "select restricted from documents where id = ?", [doc])["restricted"] == 0
        assert len(C.list_corrections(db)) == 1
