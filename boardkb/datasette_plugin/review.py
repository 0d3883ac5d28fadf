"""Reviewers' corrections from the browser, for ``boardkb serve --review`` only.

``boardkb.db.serve.make_datasette(..., review=True)`` sets ``datasette._boardkb_review`` (never in metadata, so the
token is not shown at ``/-/metadata``): the database file and a one-time sign-in token.
``/-/boardkb-review-login?token=...`` spends the token and sets Datasette's signed ``ds_actor``
cookie; ``/-/boardkb-review`` shows a fact with a form (GET) and stores a correction (POST) through
``boardkb.db.corrections`` on a separate writable connection, then re-applies corrections and
re-links. Datasette's own CSRF protection (asgi-csrf) checks the form's ``csrftoken``. Without
``--review`` both routes answer 403: Datasette's own connections stay read-only.
"""

from __future__ import annotations

import asyncio
import secrets

from datasette.utils.asgi import Response

from ..db import corrections, cross_paper
from ..db.schema import open_database

ACTOR_ID = "reviewer"


def review_state(datasette) -> dict | None:
    return getattr(datasette, "_boardkb_review", None)


def _forbidden(message: str = "Forbidden: sign in with the URL boardkb serve --review printed") -> Response:
    return Response.text(message, status=403)


def _signed_in(datasette, request) -> bool:
    return review_state(datasette) is not None and (request.actor or {}).get("id") == ACTOR_ID


async def review_login(datasette, request):
    state = review_state(datasette)
    token = request.args.get("token") or ""
    if state is None or not state["token"] or not secrets.compare_digest(token, state["token"]):
        return _forbidden("Forbidden: no review sign-in here, or the token was already used")
    state["token"] = None  # one-time, as Datasette's --root token
    response = Response.redirect("/")
    response.set_cookie("ds_actor", datasette.sign({"a": {"id": ACTOR_ID}}, "actor"), httponly=True,
                        samesite="lax")
    return response


def _safe_next(value: str | None, default: str) -> str:
    return value if value and value.startswith("/") and not value.startswith("//") and "\\" not in value else default


async def review_page(datasette, request):
    """GET: the review form of one fact (``table`` and ``id``), of the facts of one passage (``table``
    and ``passage``: what a project history row links to) or of one project (``project``: mark it not a
    project). POST: store the correction."""
    if not _signed_in(datasette, request):
        return _forbidden()
    if request.method == "POST":
        return await _review_post(datasette, request)
    args = request.args
    table, fact_id, passage = args.get("table", ""), args.get("id", ""), args.get("passage", "")
    project = (args.get("project") or "").strip()
    if not project and (table not in corrections.FACT_TABLES or not (fact_id.isdigit() or passage.isdigit())):
        return Response.text(f"table must be one of {', '.join(corrections.FACT_TABLES)} and id or passage a "
                             f"number, or project a project's name", status=400)
    db = datasette.get_database()
    facts = [] if project else await _facts(db, table, fact_id, passage)
    return Response.html(await datasette.render_template(
        "boardkb_review.html",
        {"table": table, "fact_id": fact_id, "passage": passage, "facts": facts, "project": project,
         "database": db.name, "fields": corrections.FIELDS, "message": args.get("message"),
         "next": _safe_next(args.get("next"), f"/{db.name}")},
        request=request, view_name="boardkb_review"))


async def _facts(db, table: str, fact_id: str, passage: str) -> list[dict]:
    """The fact with that id, or the facts of that table in that passage."""
    column, value = ("id", fact_id) if fact_id.isdigit() else ("passage_id", passage)
    rows = (await db.execute(f"select * from [{table}] where {column} = ? order by id", [int(value)])).rows
    return [dict(r) for r in rows]


async def _review_post(datasette, request):
    form = await request.post_vars()
    table, action = form.get("table", ""), form.get("action", "")
    note = form.get("note") or None
    fact_id = form.get("id", "")
    path = review_state(datasette)["db_path"]

    def write():  # in a thread, on a writable connection of its own
        db = open_database(path, migrate=False)
        try:
            if action == "reject":
                corrections.reject_fact(db, table, int(fact_id), reviewer=ACTOR_ID, note=note)
            elif action == "correct":
                corrections.correct_fact(db, table, int(fact_id), form.get("field", ""), form.get("value"),
                                         reviewer=ACTOR_ID, note=note)
            elif action == "not_a_project":
                corrections.not_a_project(db, form.get("value") or "", reviewer=ACTOR_ID, note=note)
            else:
                raise corrections.CorrectionError(f"unknown action {action!r}")
            cross_paper.link(db)
        finally:
            db.close()

    if action != "not_a_project" and not fact_id.isdigit():
        return Response.text("id must be a number", status=400)
    try:
        await asyncio.to_thread(write)
    except corrections.CorrectionError as e:
        return Response.text(f"Not stored: {e}", status=400)
    return Response.redirect(_safe_next(form.get("next"), "/"))
