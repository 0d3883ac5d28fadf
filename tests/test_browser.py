"""The main path a policy officer takes, in a real headless Chromium (Debian's package, driven
by Playwright): home page → search → a hit → the source PDF at its page; and a reviewer's path with
``boardkb serve --review``: sign in, reject a fact from a project's history, see it gone."""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str) -> bool:
    """Whether the server at ``url`` answers within about ten seconds."""
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=1)
            return True
        except OSError:
            time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def server(samples_db_path):
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "boardkb", "serve", "--db", str(samples_db_path), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    if not _wait_for(url):
        proc.kill()
        pytest.fail("boardkb serve did not start: " + proc.stdout.read().decode(errors="replace"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)
    proc.stdout.close()


@pytest.fixture(scope="module")
def page():
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium package (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page()
        yield page
        browser.close()


def test_search_from_home_page_to_source_page(server, page):
    page.goto(server + "/")
    assert "Search the papers" in page.content()
    page.fill("input#q", "body worn video")
    page.click("input[type=submit][value=Search]")
    page.wait_for_selector("table.rows-and-columns")
    assert page.locator("mark").count() > 0
    link = page.locator("a", has_text="open source").first
    href = link.get_attribute("href")
    assert href.startswith("/-/source/") and "#page=" in href
    response = page.request.get(server + href.split("#")[0])
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"


def test_documents_page_shows_titles_and_facets(server, page):
    page.goto(server + "/samples/documents")
    text = page.inner_text("body")
    assert "board" in text and "year" in text
    assert "Strategic Policing and Crime Board" in text


def test_from_search_hit_to_project_history(server, page):
    page.goto(server + "/samples/search?q=fingerprint")
    page.wait_for_selector("table.rows-and-columns")
    page.locator("a", has_text="Mobile First").first.click()
    page.wait_for_selector("table.rows-and-columns")
    assert "Project history" in page.inner_text("h1")
    facts = set(page.locator("td.col-fact").all_inner_texts())
    assert {"mention", "milestone"} <= facts


def test_commitments_page_filters_by_state(server, page):
    page.goto(server + "/samples/commitments_by_state?project=&state=not+reported+since&board=&quarter=")
    page.wait_for_selector("table.rows-and-columns")
    states = set(page.locator("td.col-state").all_inner_texts())
    assert states == {"not reported since"}
    # Driver Telematics: promised for December 2020, never mentioned again (issue 10's states)
    assert "Driver Telematics" in page.inner_text("table.rows-and-columns")


def test_metric_series_chart(server, page):
    """From Metric series to a chart inside Datasette's layout, on a time axis, with the target apart."""
    page.goto(server + "/samples/series_list")
    page.wait_for_selector("table.rows-and-columns")
    row = page.locator("table.rows-and-columns tr", has_text="999 calls").filter(
        has_text="answered within").filter(has=page.locator("td.col-kind", has_text="reported")).first
    row.locator("a", has_text="chart").click()
    page.wait_for_selector("svg.chart")
    assert page.locator("svg.chart circle").count() >= 10
    assert page.inner_text("h1") == "999 calls answered within 10 seconds"
    assert page.locator("header p.crumbs a", has_text="metric series").count() == 1  # Datasette's header
    assert page.locator("footer.ft").count() == 1
    assert page.locator("svg.chart line.target").count() == 1
    years = page.locator("svg.chart text").all_text_contents()
    assert {"2019", "2020", "2021", "2022", "target 90%"} <= set(years)
    box = page.locator("svg.chart").bounding_box()
    assert box["width"] >= 600  # readable: drawn at its size, not squeezed


def test_every_table_shows_rows_on_the_first_screen(server, page, samples_db):
    """Column descriptions are folded and facets kept short: at 1280x800 the first row of every
    table is on screen without scrolling, and the descriptions open with one click."""
    page.set_viewport_size({"width": 1280, "height": 800})
    tables = [t for t in samples_db.table_names() if not t.startswith(("passages_fts", "_"))
              and samples_db[t].count]
    assert "metrics" in tables and "passages" in tables
    for table in tables:
        page.goto(f"{server}/samples/{table}")
        box = page.locator("table.rows-and-columns tbody tr").first.bounding_box()
        assert box is not None and box["y"] + 20 < 800, f"{table}: first row at y={box and box['y']}"
    page.goto(server + "/samples/metrics")
    assert not page.locator("dl.column-descriptions").is_visible()
    page.click("details.boardkb-columns summary")
    assert page.locator("dl.column-descriptions").is_visible()


def test_search_hits_narrow_by_board_and_year_facets(server, page):
    page.goto(server + "/samples/search?q=programme")
    page.wait_for_selector("table.rows-and-columns")
    page.locator('.boardkb-hit-facets [data-facet="year"] a').first.click()
    page.wait_for_selector("table.rows-and-columns")
    years = {d[:4] for d in page.locator("td.col-meeting_date").all_inner_texts()}
    assert len(years) == 1 and page.input_value("input[name=from]") == page.input_value("input[name=to]")
    board = page.locator('.boardkb-hit-facets [data-facet="board"] a').first
    name = board.inner_text()
    board.click()
    page.wait_for_selector("table.rows-and-columns")
    assert set(page.locator("td.col-board").all_inner_texts()) == {name}
    assert {d[:4] for d in page.locator("td.col-meeting_date").all_inner_texts()} == years  # still that year


@pytest.fixture
def review_server(samples_db_path, tmp_path):
    """``boardkb serve --review`` on a copy of the samples database: (url, sign-in url, db path)."""
    path = tmp_path / "samples.db"
    with sqlite3.connect(samples_db_path) as src, sqlite3.connect(path) as dest:
        src.backup(dest)  # the samples db is in WAL mode: a file copy could miss the log
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "boardkb", "serve", "--db", str(path), "--port", str(port), "--review"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"}, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    sign_in = next((line.split(": ", 1)[1].strip() for line in proc.stdout if line.startswith("Review sign-in")), None)
    _wait_for(url)
    if sign_in is None:
        proc.kill()
        pytest.fail("boardkb serve --review printed no sign-in URL")
    yield url, sign_in, path
    proc.terminate()
    proc.wait(timeout=10)
    proc.stdout.close()


def test_reviewer_rejects_a_fact_from_project_history(review_server, page):
    """Issue 10 item 7: sign in with the one-time URL, open a project's history, follow a milestone's
    review link, reject it; the history no longer shows it, and the project can be marked not a project."""
    url, sign_in, path = review_server
    with sqlite3.connect(path) as conn:
        fact_id, quote = conn.execute("""
            select m.id, m.quote from milestones m join projects p on p.id = m.project_id
            where p.name = 'Mobile First' and m.confidence >= 0.5
              and (select count(*) from milestones o where o.passage_id = m.passage_id) = 1
            order by m.id limit 1""").fetchone()
    context = page.context.browser.new_context()  # its own cookies: the reviewer's sign-in stays here
    reviewer = context.new_page()
    try:
        reviewer.goto(sign_in)
        reviewer.goto(url + "/samples/project?project=Mobile+First")
        reviewer.wait_for_selector("table.rows-and-columns")
        assert reviewer.locator(".boardkb-review-links a", has_text="not a project").count() == 1
        rows = reviewer.locator("table.rows-and-columns tbody tr").filter(
            has=reviewer.locator("td.col-fact", has_text="milestone")).filter(has_text=quote[:40])
        assert rows.count() == 1
        rows.first.locator("td.col-review a", has_text="review").click()
        reviewer.wait_for_selector(f'section.boardkb-review-fact[data-id="{fact_id}"]')
        reviewer.locator(f'section.boardkb-review-fact[data-id="{fact_id}"] input[type=submit]').click()
        reviewer.wait_for_selector("table.rows-and-columns")
        assert "/samples/project" in reviewer.url
        assert rows.count() == 0
        assert reviewer.locator("td.col-fact", has_text="milestone").count() > 0  # the other milestones stay
    finally:
        context.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select action, fact_table from corrections").fetchall() == [("reject", "milestones")]


def test_no_review_links_without_sign_in(server, page):
    page.goto(server + "/samples/project?project=Mobile+First")
    page.wait_for_selector("table.rows-and-columns")
    assert page.locator("td.col-review").count() == 0 and page.locator(".boardkb-review-links").count() == 0
