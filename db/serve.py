"""Serving a boardkb database with Datasette: metadata, canned queries, links from passages
to their source files, and the ``boardkb_fts_query`` SQL function.

The database is opened read-only (Datasette's mutable mode reads with ``mode=ro``; boardkb
registers no write routes). Source files are served by document id only, so only files that
were ingested can be fetched: no path from a request ever reaches the file system.
"""

from __future__ import annotations

import copy
import html
import mimetypes
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from urllib.parse import quote_plus

import yaml
from datasette.app import Datasette
from datasette.plugins import pm
from datasette.utils import tilde_encode
from datasette.utils.asgi import AsgiFileDownload, Response
from markupsafe import Markup, escape

from . import datasette_hooks
from .search import search_sql

#: Datasette settings boardkb serves with.
SETTINGS = {
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 500,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "allow_download": False,
    "suggest_facets": False,
}
SOURCE_PREFIX = "/-/source/"
#: Set by make_datasette: a function (points, title, unit) -> SVG for the series chart page.
_CHART: dict[str, Callable[..., str]] = {}


def load_metadata(database_name: str) -> dict:
    """The packaged ``metadata.yml``, filed under ``database_name``."""
    text = resources.files(__package__).joinpath("metadata.yml").read_text(encoding="utf-8")
    metadata = yaml.safe_load(text.replace("/__DATABASE__/", f"/{tilde_encode(database_name)}/"))
    metadata["databases"] = {database_name: metadata["databases"].pop("__DATABASE__")}
    metadata["databases"][database_name]["queries"]["search"]["sql"] = search_sql()
    return metadata


def render_cell(row, value, column: str, table: str | None, database: str) -> Markup | None:
    """Links from passages to their source pages, from search hits to passages and papers,
    and highlighted search snippets."""
    keys = row.keys() if hasattr(row, "keys") else []
    if table == "passages" and column == "page" and value is not None and "document_id" in keys:
        document_id = _raw(row["document_id"])
        return Markup(f'<a href="{SOURCE_PREFIX}{int(document_id)}#page={int(value)}" '
                      f'title="Open the source at this page">p. {int(value)} ↗</a>')
    if table == "documents" and column == "source_path" and value and "id" in keys:
        return Markup(f'<a href="{SOURCE_PREFIX}{int(row["id"])}">{escape(value)}</a>')
    if table is not None:
        return None
    if column == "snippet" and isinstance(value, str):
        safe = str(escape(value)).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
        return Markup(safe)
    if column == "source" and isinstance(value, str) and value.startswith(SOURCE_PREFIX):
        return Markup(f'<a href="{escape(value)}">open source ↗</a>')
    if column == "passage_id" and isinstance(value, int):
        return Markup(f'<a href="/{escape(database)}/passages/{value}">passage {value}</a>')
    if column == "series" and isinstance(value, int):
        return Markup(f'<a href="/{escape(database)}/series?series={value}">values</a> · '
                      f'<a href="/-/series/{value}">chart</a>')
    if column == "projects" and isinstance(value, str):
        links = [f'<a href="/{escape(database)}/project?project={quote_plus(name)}">{escape(name)}</a>'
                 for name in value.split("; ") if name]
        return Markup(" · ".join(links))
    if column == "project" and isinstance(value, str):
        href = f"/{escape(database)}/project?project={quote_plus(value)}"
        return Markup(f'<a href="{href}">{escape(value)}</a>')
    if column == "paper" and "document_id" in keys and row["document_id"] is not None:
        href = f"/{escape(database)}/documents/{int(row['document_id'])}"
        return Markup(f'<a href="{href}">{escape(value or "(untitled)")}</a>')
    return None


async def serve_series(datasette: Datasette, request):
    """A metric series as a chart and a table of its values, each linking to its source."""
    series_id = int(request.url_vars["series_id"])
    for name, db in datasette.databases.items():
        if name == "_internal" or not await db.table_exists("metric_series"):
            continue
        info = (await db.execute("select subject, unit from metric_series where id = ?", [series_id])).first()
        if info is None:
            continue
        rows = (await db.execute(
            "select coalesce(m.as_of, d.meeting_date) as as_of, m.value, d.id as document_id, d.title, p.page "
            "from metrics m join documents d on d.id = m.document_id join passages p on p.id = m.passage_id "
            "where m.series_id = ? order by 1, d.meeting_date, m.id", [series_id])).rows
        draw = _CHART.get("line")
        svg = draw([(r["as_of"], r["value"]) for r in rows], title=info["subject"],
                   unit="%" if info["unit"] == "percent" else "") if draw else ""
        body = "".join(
            f'<tr><td>{html.escape(r["as_of"])}</td><td>{r["value"]:g}</td><td><a href="{SOURCE_PREFIX}'
            f'{r["document_id"]}{"#page=" + str(r["page"]) if r["page"] else ""}">{html.escape(r["title"] or "")}</a>'
            f'</td></tr>' for r in rows)
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(info['subject'])}</title>"
                f"<link rel='stylesheet' href='/-/static/app.css'></head><body><section class='content'>"
                f"<p><a href='/'>home</a> / <a href='/{html.escape(name)}/series_list'>metric series</a></p>"
                f"<h1>{html.escape(info['subject'])} ({html.escape(info['unit'])})</h1>{svg}"
                f"<table class='rows-and-columns'><tr><th>as of</th><th>value</th><th>paper</th></tr>{body}</table>"
                f"</section></body></html>")
        return Response.html(page)
    return Response.text(f"No series {series_id}", status=404)


def _raw(value):
    """A cell's value, whether Datasette expanded it into ``{"value", "label"}`` or not."""
    return value["value"] if isinstance(value, dict) else value


async def serve_source(datasette: Datasette, request):
    """The file a document was ingested from, served inline (a PDF opens at ``#page=N``)."""
    document_id = int(request.url_vars["document_id"])
    for name, db in datasette.databases.items():
        if name == "_internal" or not await db.table_exists("documents"):
            continue
        rows = await db.execute("select source_path from documents where id = ?", [document_id])
        row = rows.first()
        if row is None:
            continue
        path = Path(row["source_path"])
        if not path.is_file():
            return Response.text(f"The source file is no longer at {path}", status=404)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        return AsgiFileDownload(str(path), content_type=content_type,
                                headers={"content-disposition": f'inline; filename="{path.name}"',
                                         "x-content-type-options": "nosniff",
                                         "content-security-policy": "sandbox"})
    return Response.text(f"No document {document_id}", status=404)


def make_datasette(db_path: str, *, settings: dict | None = None,
                   chart: Callable[..., str] | None = None) -> Datasette:
    """A Datasette instance serving ``db_path`` read-only with boardkb's metadata and hooks;
    ``chart`` draws the series chart page (``/-/series/ID``)."""
    if chart is not None:
        _CHART["line"] = chart
    if pm.get_plugin("boardkb") is None:
        pm.register(datasette_hooks, name="boardkb")
    name = Path(db_path).stem
    merged = copy.deepcopy(SETTINGS)
    merged.update(settings or {})
    return Datasette(files=[db_path], metadata=load_metadata(name), settings=merged, cors=False)
