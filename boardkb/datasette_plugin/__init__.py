"""boardkb's Datasette plugin, loaded by Datasette through the ``datasette`` entry point whenever
boardkb is installed (``datasette kb.db`` and ``boardkb serve`` alike).

It gives every boardkb database (one with ``passages_fts`` and ``documents``) the SQL function
``boardkb_fts_query``, the canned queries of ``db/metadata.yml`` (Search the papers, Project history,
Commitments, Metric series, ...), links from cells to passages, papers and source pages, the source
route ``/-/source/ID`` and the chart page ``/-/series/ID``, rendered through Datasette's own
templates (``templates/boardkb_series.html`` extends ``base.html``).

The plugin is the one module that joins the database layer (``boardkb.db``) and the rendering
layer (``boardkb.templates``, for the SVG chart): it lives beside the CLI, outside both, so the import
direction stays ingest → extract → db → templates. It keeps no state: every hook reads what it
needs from the ``datasette`` instance it is given.
"""

from __future__ import annotations

from collections import Counter

from datasette import hookimpl
from datasette.utils import path_with_replaced_args, tilde_decode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ..db import search, serve
from ..templates.charts import line_chart
from . import review


@hookimpl
def prepare_connection(conn):
    search.prepare_connection(conn)


@hookimpl
def register_routes():
    return [(r"^/-/source/(?P<document_id>\d+)$", serve.serve_source),
            (r"^/-/series/(?P<series_id>\d+)$", series_page),
            # 403 unless ``boardkb serve --review`` (see review.py)
            (r"^/-/boardkb-review-login$", review.review_login),
            (r"^/-/boardkb-review$", review.review_page)]


@hookimpl
def render_cell(row, value, column, table, database):
    return pack_source_link(row, value, column, table) or serve.render_cell(row, value, column, table, database)


def pack_source_link(row, value, column: str, table: str | None) -> Markup | None:
    """An agenda item's source link opens its pack at the item's first page (``pack_first_page``):
    on the documents table, its ``source_path`` and ``pack_first_page`` cells."""
    keys = row.keys() if hasattr(row, "keys") else []
    if table != "documents" or "id" not in keys or "pack_first_page" not in keys or row["pack_first_page"] is None:
        return None
    href = f"{serve.SOURCE_PREFIX}{int(row['id'])}#page={int(row['pack_first_page'])}"
    if column == "source_path" and value:
        return Markup(f'<a href="{href}" title="Open the pack at this item">{escape(value)}</a>')
    if column == "pack_first_page":
        return Markup(f'<a href="{href}" title="Open the pack at this item">p. {int(value)} ↗</a>')
    return None


@hookimpl
def canned_queries(datasette, database):
    async def queries():
        db = datasette.databases.get(database)
        return serve.canned_queries(database) if db is not None and await serve.is_boardkb_database(db) else {}

    return queries


@hookimpl
def extra_template_vars(view_name, database, request, datasette):
    """``boardkb_param_choices`` for the query page: a canned query's parameters with a fixed set of
    values (``param_choices`` in metadata.yml: a list, or SQL giving them), shown as drop-downs."""
    # A canned query's page is rendered by Datasette's table view (view_name "table").
    if view_name not in ("table", "query") or request is None or database is None or "table" not in request.url_vars:
        return {}

    async def choices():
        query = await datasette.get_canned_query(database, tilde_decode(request.url_vars["table"]), request.actor)
        found = {}
        for name, values in ((query or {}).get("param_choices") or {}).items():
            if isinstance(values, str):
                values = [row[0] for row in await datasette.get_database(database).execute(values)]
            found[name] = [str(v) for v in values]
        return {"boardkb_param_choices": found}

    return choices


def hit_counts(rows, column: str, prefix: int | None = None) -> list[tuple[str, int]]:
    """How many of ``rows`` have each value of ``column`` (its first ``prefix`` characters: a
    date's year), most first: the facets beside a canned query's hits (``hit_facets``)."""
    counts = Counter(str(row[column])[:prefix] for row in rows if row[column] not in (None, ""))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["boardkb_hit_counts"] = hit_counts
    env.globals["boardkb_path_with_args"] = path_with_replaced_args


async def series_page(datasette, request):
    """A metric series in Datasette's layout: a chart on a time axis (its measure's target as a
    dashed line), then every value with the paper it comes from."""
    series_id = int(request.url_vars["series_id"])
    data = await serve.series_data(datasette, series_id)
    if data is None:
        return Response.text(f"No series {series_id}", status=404)
    info = data["series"]
    unit = "%" if info["unit"] == "percent" else ""
    chart = line_chart([(p["as_of"], p["value"]) for p in data["points"]], title=data["title"], unit=unit,
                       targets=[(t["as_of"], t["value"]) for t in data["targets"]])
    return Response.html(await datasette.render_template(
        "boardkb_series.html",
        {"database": data["database"], "series": info, "points": data["points"], "targets": data["targets"],
         "is_target": data["is_target"], "title": data["title"], "chart": Markup(chart), "unit": unit},
        request=request, view_name="boardkb_series"))
