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


def test_plain_datasette_gets_boardkb_by_entry_point(samples_db_path, samples_db):
    """`datasette kb.db` alone (boardkb installed): the plugin is loaded by its entry point and
    gives the search function, the canned queries, the source route and the chart page."""
    from datasette.app import Datasette

    plain = Datasette([str(samples_db_path)])
    plugins = _get(plain, "/-/plugins.json").json()
    assert any(p["name"] == "boardkb" and p["templates"] for p in plugins)
    fts = _get(plain, "/samples.json?sql=select+boardkb_fts_query(:q)+as+q&q=body+worn&_shape=array").json()
    assert fts == [{"q": '"body" "worn"'}]
    hits = _get(plain, "/samples/search.json?q=body+worn+video&_shape=array").json()
    assert hits and "<mark>" in hits[0]["snippet"]
    doc = next(samples_db.query("select id from documents where format = 'pdf' limit 1"))
    assert _get(plain, f"/-/source/{doc['id']}").headers["content-type"] == "application/pdf"
    series = next(samples_db.query("select id from metric_series order by n_points desc limit 1"))
    page = _get(plain, f"/-/series/{series['id']}")
    assert page.status_code == 200 and '<svg xmlns="http://www.w3.org/2000/svg"' in page.text
    assert _get(plain, "/-/series/999999").status_code == 404


def test_chart_page_is_in_datasettes_layout(ds, samples_db):
    series = next(samples_db.query("select id from metric_series order by n_points desc limit 1"))
    html = _get(ds, f"/-/series/{series['id']}").text
    # Datasette's base.html: its stylesheet with the cache-busting hash, crumbs, footer
    assert "/-/static/app.css?" in html and '<p class="crumbs">' in html and '<footer class="ft">' in html
    assert 'href="/samples/series_list"' in html and 'class="rows-and-columns"' in html


def _answer_rate(samples_db):
    rows = list(samples_db.query(
        "select s.id, s.key, s.n_points from metric_series s where s.unit = 'percent' and s.key like '999 %answered%'"))
    return [r for r in rows if not r["key"].endswith(" (target)")], [r for r in rows if r["key"].endswith(" (target)")]


def test_one_series_per_measure_targets_apart(samples_db):
    """Issue 10 item 6: the 999 answer rate is one series of results (table cells and sentences),
    the 90% national standard a target beside it, not a point in it; 101 calls are apart from 999."""
    actual, target = _answer_rate(samples_db)
    assert len(actual) == 1 and len(target) == 1
    values = {r["value"] for r in samples_db.query("select value from metrics where series_id = ?", [actual[0]["id"]])}
    assert {84.9, 87.0, 88.9, 91.2, 87.4} <= values and 90.0 not in values
    quotes = [r["quote"] for r in samples_db.query("select quote from metrics where series_id = ?", [target[0]["id"]])]
    assert quotes and all("national standard" in q for q in quotes)
    received = {r["key"] for r in samples_db.query("select key from metric_series where key like '%calls received%'")}
    assert received == {"999 calls received", "101 calls received"}


def test_chart_has_a_time_axis_and_the_target(ds, samples_db):
    import re

    (actual,), _ = _answer_rate(samples_db)
    html = _get(ds, f"/-/series/{actual['id']}").text
    assert "<h1>999 calls answered within 10 seconds</h1>" in html
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert 'class="target"' in svg and "target 90%" in svg
    xs = {title: float(cx) for cx, title in re.findall(r'<circle cx="([\d.]+)"[^>]*><title>([^<]*)</title>', svg)}
    # x positions by date: five monthly points in 2018-19 are close together, 2019-11 to 2020-09 far apart
    assert xs["2018-11: 85.6%"] - xs["2018-10: 84.9%"] < (xs["2020-09: 88.9%"] - xs["2019-11-18: 87%"]) / 5
    assert [label for _, label in re.findall(r'<text x="([\d.]+)" y="2\d\d" [^>]*>(\d{4})</text>', svg)] == [
        "2019", "2020", "2021", "2022"]


def test_commitments_state_and_board_are_drop_downs(ds, samples_db):
    html = _get(ds, "/samples/commitments_by_state?state=overdue").text
    assert '<select id="qp2" name="state">' in html and "<option selected>overdue</option>" in html
    for state in ("achieved", "moved", "not reported since", "open"):
        assert f"<option>{state}</option>" in html
    boards = [r["board"] for r in samples_db.query("select distinct board from documents where board != ''")]
    assert boards and '<select id="qp3" name="board">' in html
    assert all(f"<option>{board}</option>" in html for board in boards)
    assert 'name="project" value=""' in html  # the other parameters stay text boxes
    # the parameter names are unchanged: links with ?state=... still filter
    rows = _get(ds, "/samples/commitments_by_state.json?state=overdue&_shape=array").json()
    assert all(r["state"] == "overdue" for r in rows)


def test_column_descriptions_are_folded(ds):
    html = _get(ds, "/samples/metrics").text
    start = html.index('<details class="boardkb-columns">')
    assert start < html.index('<dl class="column-descriptions">') < html.index("</details>", start)
    assert html.index("</details>", start) < html.index('<table class="rows-and-columns">')


def test_search_hits_come_with_board_and_year_counts(ds):
    rows = _get(ds, "/samples/search.json?q=programme&_shape=array").json()
    html = _get(ds, "/samples/search?q=programme").text
    facets = html[html.index('class="boardkb-hit-facets'):html.index('<table class="rows-and-columns">')]
    for board in {r["board"] for r in rows}:
        count = sum(r["board"] == board for r in rows)
        link = "/samples/search?q=programme&amp;board=" + board.replace(" ", "+")
        assert f'<a href="{link}">{board}</a> {count}</li>' in facets
    for year in {r["meeting_date"][:4] for r in rows}:
        count = sum(r["meeting_date"].startswith(year) for r in rows)
        assert f'<a href="/samples/search?q=programme&amp;from={year}&amp;to={year}">{year}</a> {count}</li>' in facets
    assert "boardkb-hit-facets" not in _get(ds, "/samples/commitments_by_state").text
