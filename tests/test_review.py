"""``boardkb serve --review``: a signed-in reviewer stores corrections from the browser; nobody
else can, and plain ``boardkb serve`` has no writable route."""

import asyncio
import re
import sqlite3

import pytest
from click.testing import CliRunner

from boardkb.cli import cli
from boardkb.db.serve import make_datasette


def _run(coro):
    return asyncio.run(coro)


@pytest.fixture
def review_db(samples_db_path, tmp_path):
    path = tmp_path / "samples.db"
    with sqlite3.connect(samples_db_path) as src, sqlite3.connect(path) as dest:
        src.backup(dest)  # the samples db is in WAL mode: a file copy could miss the log
    return path


def _fact(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("""select m.id, m.quote, p.name from milestones m join projects p on p.id = m.project_id
                               where m.confidence >= 0.5 order by m.id limit 1""").fetchone()


def _history(ds, name):
    return _run(ds.client.get(f"/samples/project.json?project={name}&_shape=array")).json()


def _reviewer(ds):
    return {"ds_actor": ds.sign({"a": {"id": "reviewer"}}, "actor")}


def test_signed_in_reviewer_rejects_a_fact(review_db):
    ds = make_datasette(str(review_db), review=True)
    fact_id, quote, name = _fact(review_db)
    before = sum(quote in str(row.values()) for row in _history(ds, name))
    assert before
    cookies = _reviewer(ds)
    page = _run(ds.client.get(f"/-/boardkb-review?table=milestones&id={fact_id}", cookies=cookies))
    assert page.status_code == 200 and quote[:30] in page.text
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    cookies["ds_csrftoken"] = page.cookies["ds_csrftoken"]
    response = _run(ds.client.post("/-/boardkb-review", cookies=cookies, data={
        "csrftoken": token, "table": "milestones", "id": str(fact_id), "action": "reject",
        "note": "not a milestone", "next": "/samples"}))
    assert response.status_code == 302 and response.headers["location"] == "/samples"
    assert sum(quote in str(row.values()) for row in _history(ds, name)) < before
    with sqlite3.connect(review_db) as conn:
        assert not conn.execute("select 1 from milestones where id = ?", [fact_id]).fetchall()
    with sqlite3.connect(review_db) as conn:
        assert conn.execute("select action, reviewer, note from corrections").fetchall() == [
            ("reject", "reviewer", "not a milestone")]


def test_post_without_csrf_token_is_refused(review_db):
    ds = make_datasette(str(review_db), review=True)
    fact_id, _, _ = _fact(review_db)
    response = _run(ds.client.post("/-/boardkb-review", cookies=_reviewer(ds),
                                   data={"table": "milestones", "id": str(fact_id), "action": "reject"}))
    assert response.status_code == 403
    assert _fact(review_db)[0] == fact_id


def test_anonymous_post_is_forbidden(review_db):
    ds = make_datasette(str(review_db), review=True)
    fact_id, _, _ = _fact(review_db)
    response = _run(ds.client.post("/-/boardkb-review",
                                   data={"table": "milestones", "id": str(fact_id), "action": "reject"}))
    assert response.status_code == 403
    assert _run(ds.client.get(f"/-/boardkb-review?table=milestones&id={fact_id}")).status_code == 403
    assert _fact(review_db)[0] == fact_id


def test_sign_in_token_works_once(review_db):
    ds = make_datasette(str(review_db), review=True)
    token = ds._boardkb_review["token"]
    assert _run(ds.client.get("/-/boardkb-review-login?token=wrong")).status_code == 403
    response = _run(ds.client.get(f"/-/boardkb-review-login?token={token}"))
    assert response.status_code == 302
    assert ds.unsign(response.cookies["ds_actor"], "actor") == {"a": {"id": "reviewer"}}
    assert _run(ds.client.get(f"/-/boardkb-review-login?token={token}")).status_code == 403
    assert token not in _run(ds.client.get("/-/metadata.json")).text


def test_plain_serve_has_no_writable_route(review_db):
    ds = make_datasette(str(review_db))
    fact_id, _, _ = _fact(review_db)
    response = _run(ds.client.post("/-/boardkb-review", cookies=_reviewer(ds),
                                   data={"table": "milestones", "id": str(fact_id), "action": "reject"}))
    assert response.status_code == 403
    assert _run(ds.client.get("/-/boardkb-review-login?token=")).status_code == 403
    assert _fact(review_db)[0] == fact_id


def test_review_refuses_a_public_host(review_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(review_db), "--review", "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "loopback only" in result.output


def test_review_forms_for_a_passage_and_a_project(review_db):
    """What a project history links to: the facts of one passage, each with its form; and the project,
    to mark it not a project."""
    ds = make_datasette(str(review_db), review=True)
    with sqlite3.connect(review_db) as conn:
        passage, ids = conn.execute("""select passage_id, group_concat(id) from milestones group by passage_id
                                       having count(*) = 2 order by passage_id limit 1""").fetchone()
    cookies = _reviewer(ds)
    page = _run(ds.client.get(f"/-/boardkb-review?table=milestones&passage={passage}", cookies=cookies))
    assert page.status_code == 200
    assert sorted(re.findall(r'name="id" value="(\d+)"', page.text)) == sorted(ids.split(","))
    page = _run(ds.client.get("/-/boardkb-review?project=Mobile+First", cookies=cookies))
    assert page.status_code == 200 and 'value="not_a_project"' in page.text and 'value="Mobile First"' in page.text
    assert _run(ds.client.get("/-/boardkb-review?table=milestones", cookies=cookies)).status_code == 400
