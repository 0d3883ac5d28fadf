"""Datasette plugin hooks for boardkb, registered by ``boardkb serve`` (see ``serve.py``)."""

from __future__ import annotations

from datasette import hookimpl

from . import search, serve


@hookimpl
def prepare_connection(conn):
    search.prepare_connection(conn)


@hookimpl
def register_routes():
    return [(r"^/-/source/(?P<document_id>\d+)$", serve.serve_source),
            (r"^/-/series/(?P<series_id>\d+)$", serve.serve_series)]


@hookimpl
def render_cell(row, value, column, table, database):
    return serve.render_cell(row, value, column, table, database)
