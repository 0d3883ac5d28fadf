"""Serving a boardkb database with Datasette: metadata, canned queries, links from passages
to their source files, the source route and the data of the series chart page.

Datasette loads all of this through boardkb's plugin (``boardkb/datasette_plugin``, registered
by the ``datasette`` entry point), so ``datasette kb.db`` serves it as ``boardkb serve`` does;
``boardkb serve`` adds the metadata (titles, descriptions) and settings.

The database is opened read-only (Datasette's mutable mode reads with ``mode=ro``; boardkb
registers no write routes). Source files are served by document id only, so only files that
were ingested can be fetched: no path from a request ever reaches the file system.

``boardkb serve --public`` serves a public copy (:func:`public_copy`): the database without its
restricted papers (``documents.restricted``) or anything that came from them, so no table,
canned query, arbitrary SQL or source link can reach them.
"""

from __future__ import annotations

import contextlib
import functools
import mimetypes
import os
import re
import secrets
import sqlite3
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import quote, quote_plus

import sqlite_utils
import yaml
from datasette.utils import tilde_encode
from datasette.utils.asgi import AsgiFileDownload, Response
from markupsafe import Markup, escape

from ..extract.tracking import TARGET_SUFFIX
from .search import search_sql

if TYPE_CHECKING:  # Datasette loads this module while importing itself (the plugin's entry point)
    from datasette.app import Datasette
    from datasette.database import Database

    from ..extract.linking import Overrides

#: Datasette settings boardkb serves with.
SETTINGS = MappingProxyType({
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 500,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "allow_download": False,
    "suggest_facets": False,
})
#: The name boardkb's Datasette plugin is registered under (the entry point's name).
PLUGIN_NAME = "boardkb"
SOURCE_PREFIX = "/-/source/"
SERIES_PREFIX = "/-/series/"
#: One series, and the target series of the same measure (see extract/tracking.py). The values of a
#: series are the canned query ``series`` of metadata.yml.
SERIES_SQL = "select id, key, subject, unit from metric_series where id = :series"
TARGET_SERIES_SQL = (f"select id from metric_series where key = :key || '{TARGET_SUFFIX}' and unit = :unit "
                     f"order by id limit 1")


@functools.cache
def _packaged_metadata() -> MappingProxyType:
    """``metadata.yml`` parsed once (read-only: :func:`load_metadata` hands out copies)."""
    text = resources.files(__package__).joinpath("metadata.yml").read_text(encoding="utf-8")
    return MappingProxyType(yaml.safe_load(text))


def _filed(value, path: str):
    if isinstance(value, dict):
        return {k: _filed(v, path) for k, v in value.items()}
    if isinstance(value, list):
        return [_filed(v, path) for v in value]
    return value.replace("/__DATABASE__/", path) if isinstance(value, str) else value


def load_metadata(database_name: str) -> dict:
    """The packaged ``metadata.yml``, filed under ``database_name``, the search SQL filled in
    from ``db/search.py`` (a fresh copy each call)."""
    metadata = _filed(dict(_packaged_metadata()), f"/{tilde_encode(database_name)}/")
    metadata["databases"] = {database_name: metadata["databases"].pop("__DATABASE__")}
    metadata["databases"][database_name]["queries"]["search"]["sql"] = search_sql()
    return metadata


def canned_queries(database_name: str) -> dict:
    """boardkb's canned queries (``metadata.yml``, with the search SQL of ``db/search.py``) for a
    database called ``database_name``."""
    return load_metadata(database_name)["databases"][database_name]["queries"]


async def is_boardkb_database(db: Database) -> bool:
    """A database ingested by boardkb (it has the passages' full-text index and the papers)."""
    return db.name != "_internal" and await db.table_exists("passages_fts") and await db.table_exists("documents")


#: A table column's date or period at the end of a subject: "– Oct-18", "– Q3 2020/21", "31/03/2017".
_PERIOD_END = re.compile(r"(\s+–\s*(Q\d\s+)?(\d{4}/\d{2}|[A-Z][a-z]{2}-\d{2}"
                         r"|([A-Z][a-z]{2,8}(–[A-Z][a-z]{2,8})?\s+)?\d{4})|\s+\d{1,2}/\d{1,2}/\d{2,4})$")


def _wording(subject: str) -> str:
    """A series' subject without a table column's date or period ("999 calls answered within 10 seconds
    – Oct-18" → "999 calls answered within 10 seconds"); the subject is the best-fitting wording of the
    measure (``extract.tracking.series_title``)."""
    return _PERIOD_END.sub("", subject).strip() or subject


async def series_data(datasette: Datasette, series_id: int) -> dict | None:
    """A metric series, its values and the values of its measure's target, from the first
    boardkb database that has it: ``{"database", "series", "title", "points", "targets", "is_target"}``."""
    for name, db in datasette.databases.items():
        if not await is_boardkb_database(db) or not await db.table_exists("metric_series"):
            continue
        series = (await db.execute(SERIES_SQL, {"series": series_id})).first()
        if series is None:
            continue
        values_sql = canned_queries(name)["series"]["sql"]
        points = [dict(r) for r in (await db.execute(values_sql, {"series": series_id})).rows]
        target = (await db.execute(TARGET_SERIES_SQL, {"key": series["key"], "unit": series["unit"]})).first()
        targets = ([dict(r) for r in (await db.execute(values_sql, {"series": target["id"]})).rows]
                   if target else [])
        return {"database": name, "series": dict(series), "points": points, "targets": targets,
                "title": _wording(series["subject"]),
                "is_target": series["key"].endswith(TARGET_SUFFIX)}
    return None


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
                      f'<a href="{SERIES_PREFIX}{value}">chart</a>')
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


def make_datasette(db_path: str, *, settings: dict | None = None, review: bool = False) -> Datasette:
    """A Datasette instance serving ``db_path`` read-only with boardkb's metadata and settings.

    The routes, the SQL function, the cell links and the canned queries come from boardkb's
    Datasette plugin (``boardkb.datasette_plugin``), which Datasette loads by its entry point
    whenever boardkb is installed: ``datasette kb.db`` gets them too.

    With ``review``, reviewers can store corrections from the browser (``boardkb serve --review``,
    ``boardkb/datasette_plugin/review.py``): the sign-in token is ``ds._boardkb_review["token"]``."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    if pm.get_plugin(PLUGIN_NAME) is None:
        raise RuntimeError("boardkb's Datasette plugin is not registered: reinstall boardkb (pip install -e .)")
    name = Path(db_path).stem
    metadata = load_metadata(name)
    del metadata["databases"][name]["queries"]  # the plugin serves them, for any boardkb database
    ds = Datasette(files=[db_path], metadata=metadata, settings={**SETTINGS, **(settings or {})}, cors=False)
    if review:  # read by boardkb/datasette_plugin/review.py; not metadata, so /-/metadata never shows it
        ds._boardkb_review = {"db_path": db_path, "token": secrets.token_urlsafe(32)}
    return ds


@contextlib.contextmanager
def public_copy(db_path: str, *, overrides: Overrides | None = None) -> Iterator[tuple[str, int]]:
    """A public copy of the database for ``boardkb serve --public``: ``(path, papers withheld)``,
    in a temporary folder under the same file name (so the database keeps its name in URLs),
    deleted on exit. See :func:`build_public_copy`."""
    with tempfile.TemporaryDirectory(prefix="boardkb-public-") as folder:
        path = str(Path(folder) / Path(db_path).name)
        withheld = build_public_copy(db_path, path, overrides=overrides)
        yield path, withheld


def build_public_copy(db_path: str, dest: str, *, overrides: Overrides | None = None) -> int:
    """Copy ``db_path`` to ``dest`` without its restricted papers; returns how many were withheld.

    The copy is made with SQLite's backup API (a consistent snapshot, WAL included); every
    restricted paper and all that came from it is deleted (``store.withhold_restricted``); links,
    metric series and commitments are rebuilt from the public facts (``overrides``: the aliases
    file); the full-text indexes are rebuilt, so no token of a withheld passage is left in them;
    VACUUM leaves no freed page holding old rows. Nothing of a withheld paper is then reachable
    through any table, canned query, arbitrary SQL or the source route.
    """
    from .cross_paper import link
    from .store import withhold_restricted

    source = sqlite3.connect(f"file:{quote(os.path.abspath(db_path))}?mode=ro", uri=True)
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    db = sqlite_utils.Database(dest)
    try:
        db.execute("PRAGMA journal_mode = delete")
        db.execute("PRAGMA foreign_keys = ON")
        withheld = withhold_restricted(db)
        if withheld:
            link(db, overrides)
            for table in db.table_names():
                if db[table].detect_fts():
                    db[table].rebuild_fts()
        db.conn.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    return withheld
