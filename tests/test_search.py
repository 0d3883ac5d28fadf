"""Full-text search over passages, from the library and the CLI."""

import pytest
from click.testing import CliRunner

from boardkb.cli import cli
from boardkb.db.search import fts_query, search


@pytest.mark.parametrize(
    "typed,query",
    [
        ("body worn video", '"body" "worn" "video"'),
        ("Data-Driven Insights", '"Data-Driven" "Insights"'),
        ('"go live" OR launch', '"go live" OR launch'),
        ("", '""'),
        ("£2.5m", '"£2.5m"'),
    ],
)
def test_fts_query(typed, query):
    assert fts_query(typed) == query


def test_search_ranks_and_stems(corpus_db):
    hits = search(corpus_db, "body worn video", limit=50)
    assert len(hits) >= 5
    assert {h.meeting_date for h in hits} >= {"2017-07-31", "2022-04", "2015-12-01"}
    # porter stemming: "deliver" finds "delivered"
    stemmed = search(corpus_db, "deliver", limit=100)
    assert any("delivered" in h.snippet for h in stemmed)


def test_search_punctuation_does_not_break(corpus_db):
    assert search(corpus_db, "Data-Driven Insights (DDI)", limit=5)


def test_search_cli(corpus_db):
    db_path = corpus_db.execute("pragma database_list").fetchone()[2]
    result = CliRunner().invoke(cli, ["search", "body worn video", "--db", db_path, "--limit", "3"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1. ") and "[Body]" in result.stdout
    assert sum(1 for line in lines if line[:2] in ("1.", "2.", "3.")) == 3


def test_search_cli_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "run 'boardkb ingest" in result.stderr
