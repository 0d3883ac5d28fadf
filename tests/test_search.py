"""Full-text search over passages, from the library and the CLI."""

import pytest
from click.testing import CliRunner

from boardkb.cli import cli
from boardkb.db.schema import open_database
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


def _paper(text: str, name: str):
    from boardkb.ingest.paper import document_from_blocks
    from boardkb.ingest.text import blocks_from_text

    return document_from_blocks(blocks_from_text(text), source_path=f"/papers/{name}", sha256=name, fmt="text")


def test_an_old_exact_match_outranks_many_weaker_newer_ones(tmp_path):
    from boardkb.db.schema import open_database
    from boardkb.db.store import save_document

    db = open_database(str(tmp_path / "kb.db"))
    old = _paper("Strategic Policing and Crime Board\n2 July 2013\n\nTitle: Body worn video\n\n"
                 "1. Body worn video cameras were issued to every officer.\n", "old.txt")
    filler = " ".join(["the force reviewed its estate, fleet, contact centre and training plans"] * 6)
    weak = [f"{i + 1}. In {filler}, body worn video was noted once alongside {i} other worn items.\n"
            for i in range(2500)]
    new = _paper("Strategic Policing and Crime Board\n12 May 2022\n\nTitle: Annual review\n\n" + "\n".join(weak),
                 "new.txt")
    save_document(db, old, file_name="old.txt", size_bytes=1, mtime_ns=1)
    save_document(db, new, file_name="new.txt", size_bytes=1, mtime_ns=1)  # ingested after: newer rowids
    hits = search(db, "body worn video", limit=5)
    # the old paper's title and sentence lead, ahead of all 2,500 newer passages
    assert [h.meeting_date for h in hits] == ["2013-07-02"] * 2 + ["2022-05-12"] * 3
    assert any("\x02Body\x03 \x02worn\x03 \x02video\x03 cameras" in h.snippet for h in hits[:2])
    # sorted by date, the 2022 paper's passages come first and the old one drops out of the top 5
    assert {h.meeting_date for h in search(db, "body worn video", limit=5, sort="date")} == {"2022-05-12"}


def test_filters_by_board_date_and_project(samples_db):
    every = search(samples_db, "programme", limit=1000)
    assert len({h.board for h in every}) >= 3
    panel = search(samples_db, "programme", limit=1000, board="Crime Panel")
    assert panel and {h.board for h in panel} == {"Police and Crime Panel"}
    dated = search(samples_db, "programme", limit=1000, date_from="2020", date_to="2021-03")
    assert dated and all("2020" <= h.meeting_date[:7] <= "2021-03" for h in dated)
    assert {h.meeting_date for h in dated} >= {"2020-09", "2021-03-23"}  # a month-only date counts
    assert len(dated) < len(every)
    about = search(samples_db, "programme", limit=1000, project="Mobile First")
    assert about and len(about) < len(every) and all("Mobile First" in (h.projects or "") for h in about[:3])
    newest = search(samples_db, "programme", limit=1000, sort="date")
    assert [h.meeting_date for h in newest] == sorted((h.meeting_date for h in newest), reverse=True)
    with pytest.raises(ValueError, match="not a date"):
        search(samples_db, "programme", date_from="June 2015")


def test_search_cli_filters(samples_db_path):
    run = CliRunner()
    result = run.invoke(cli, ["search", "programme", "--db", str(samples_db_path), "--board", "Panel",
                              "--from", "2020", "--sort", "date", "-n", "50"], catch_exceptions=False)
    assert result.exit_code == 0
    metas = [line.strip() for line in result.stdout.splitlines() if line.startswith("   Police")]
    assert metas and all(m.startswith("Police and Crime Panel · 202") for m in metas)
    dates = [m.split(" · ")[1].split(" ")[0] for m in metas]
    assert dates == sorted(dates, reverse=True)
    bad = run.invoke(cli, ["search", "programme", "--db", str(samples_db_path), "--to", "last year"])
    assert bad.exit_code == 2 and "'last year' is not a date" in bad.stderr


def test_search_page_filters_through_datasette(samples_db_path):
    import asyncio

    from boardkb.db.serve import make_datasette

    ds = make_datasette(str(samples_db_path))
    name = samples_db_path.stem

    def rows(**params):
        response = asyncio.run(ds.client.get(f"/{name}/search.json", params={"_shape": "array", **params}))
        assert response.status_code == 200, response.text[:300]
        return response.json()

    every = rows(q="programme")
    assert len(every) == 100 and "<mark>" in every[0]["snippet"]
    library = search(open_database(str(samples_db_path)), "programme", limit=100)
    assert [r["passage_id"] for r in every] == [h.passage_id for h in library]  # one query, two front ends
    panel = rows(q="programme", board="Panel", to="2019")
    assert panel and {(r["board"], r["meeting_date"][:4]) for r in panel} == {("Police and Crime Panel", "2019")}
    newest = rows(q="programme", sort="date", project="Mobile First")
    assert newest and [r["meeting_date"] for r in newest] == sorted((r["meeting_date"] for r in newest), reverse=True)
    page = asyncio.run(ds.client.get(f"/{name}/search?q=programme&board=Panel")).text
    for field in ("board", "from", "to", "project", "sort"):
        assert f'name="{field}"' in page


@pytest.mark.parametrize("q,limit", [("programme", 5), ("programme", 37), ("body worn video", 3), ("devices", 1)])
def test_date_sort_ranks_only_the_newest_matches_and_loses_none(samples_db, q, limit):
    """Sorted by date, only matches as new as the limit-th newest are ranked; the hits are those of
    ranking every match (the first ``limit`` of the full list)."""
    every = search(samples_db, q, limit=1000, sort="date")
    first = search(samples_db, q, limit=limit, sort="date")
    assert len(every) > limit
    assert [h.passage_id for h in first] == [h.passage_id for h in every[:limit]]
