"""Datasette serving: metadata for every column, the canned search, links to source pages,
source files served by document id only, read-only."""

import asyncio
import sqlite3

import pytest

from boardkb.db.serve import load_metadata, make_datasette


def _get(ds, path):
    return asyncio.run(ds.client.get(path))


@pytest.fixture(scope="module")
def ds(samples_db_path):
    return make_datasette(str(samples_db_path))


def test_every_table_and_column_is_described(samples_db):
    meta = load_metadata("samples")["databases"]["samples"]["tables"]
    for table in ("documents", "passages", "doc_tables", "table_cells", "projects", "project_aliases",
                  "project_mentions", "milestones", "metrics", "benefits", "project_links", "metric_series",
                  "commitments"):
        assert meta[table]["description"]
        columns = samples_db[table].columns_dict
        missing = set(columns) - set(meta[table]["columns"])
        assert not missing, f"{table}: undocumented columns {missing}"


def test_home_page_explains_and_searches(ds):
    page = _get(ds, "/")
    assert page.status_code == 200
    assert "Search the papers" in page.text and 'action="/samples/search"' in page.text


def test_canned_search_links_to_source_pages(ds):
    rows = _get(ds, "/samples/search.json?q=body+worn+video&_shape=array").json()
    assert rows, "no hits for body worn video in the samples"
    hit = rows[0]
    assert "<mark>" in hit["snippet"]
    assert hit["source"] == f"/-/source/{hit['document_id']}#page={hit['page']}"
    html = _get(ds, "/samples/search?q=body+worn+video").text
    assert f'href="/-/source/{hit["document_id"]}#page={hit["page"]}"' in html


def test_passages_link_to_pdf_page(ds, samples_db):
    row = next(samples_db.query("select id, document_id, page from passages where page = 2 limit 1"))
    html = _get(ds, f"/samples/passages/{row['id']}").text
    assert f'href="/-/source/{row["document_id"]}#page=2"' in html


def test_source_is_served_by_document_id(ds, samples_db):
    doc = next(samples_db.query("select id, source_path from documents where format = 'pdf' limit 1"))
    response = _get(ds, f"/-/source/{doc['id']}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content[:5] == b"%PDF-"
    assert _get(ds, "/-/source/999999").status_code == 404
    escape = _get(ds, "/-/source/..%2F..%2Fetc%2Fpasswd")
    assert escape.status_code in (302, 404) and b"root:" not in escape.content


def test_documents_facets_and_labels(ds):
    data = _get(ds, "/samples/documents.json?_extra=facet_results").json()
    facets = data["facet_results"]["results"] if "results" in data["facet_results"] else data["facet_results"]
    assert {"board", "year"} <= set(facets)
    # foreign keys show the paper's title, not a bare id
    rows = _get(ds, "/samples/passages.json?_size=5&_labels=on&_shape=array").json()
    assert isinstance(rows[0]["document_id"], dict) and rows[0]["document_id"]["label"]


def test_serving_is_read_only(ds):
    response = _get(ds, "/samples.json?sql=delete+from+documents")
    assert response.status_code == 400
    with pytest.raises(sqlite3.OperationalError):
        conn = ds.get_database("samples").connect()
        conn.execute("delete from documents")


def test_schema_doc_names_every_column(samples_db):
    from pathlib import Path

    doc = (Path(__file__).parents[1] / "docs" / "schema.md").read_text()
    for table in ("documents", "passages", "doc_tables", "table_cells", "projects", "project_aliases",
                  "project_mentions", "milestones", "metrics", "benefits", "project_links", "metric_series",
                  "commitments"):
        assert table in doc
        for column in samples_db[table].columns_dict:
            assert column in doc, f"docs/schema.md does not describe {table}.{column}"


def test_project_history_shows_every_kind_of_fact(ds, samples_db):
    rows = _get(ds, "/samples/project.json?project=Mobile+First&_shape=array").json()
    assert {r["fact"] for r in rows} == {"mention", "milestone", "metric", "benefit"}
    assert len({r["meeting_date"] for r in rows}) >= 3  # the project recurs across papers
    for r in rows:
        passage = next(samples_db.query("select text from passages where id = ?", [r["passage_id"]]))
        assert r["quote"] in passage["text"]
    acronym = _get(ds, "/samples/project.json?project=MF&_shape=array").json()
    assert len(acronym) == len(rows)


def test_low_confidence_facts_stay_off_the_front_door_unless_asked(ds):
    """Project list and history leave out facts below the threshold; min_confidence=0 shows all."""
    every = _get(ds, "/samples/project_list.json?min_confidence=0&_shape=array").json()
    default = _get(ds, "/samples/project_list.json?min_confidence=&_shape=array").json()
    strict = _get(ds, "/samples/project_list.json?min_confidence=0.99&_shape=array").json()
    assert len(strict) < len(default) <= len(every)
    history = _get(ds, "/samples/project.json?project=Mobile+First&min_confidence=0&_shape=array").json()
    none = _get(ds, "/samples/project.json?project=Mobile+First&min_confidence=1&_shape=array").json()
    assert history and len(none) < len(history)


def test_benefits_by_programme_adds_nothing_up(ds):
    """Benefits are listed as the papers state them: no sums of totals and parts (issue 10)."""
    rows = _get(ds, "/samples/benefits_by_programme.json?min_confidence=0&_shape=array").json()
    assert rows and "total_amount" not in rows[0] and {"amount", "period", "realised", "source"} <= set(rows[0])
