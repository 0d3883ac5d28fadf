"""Full-text search over passages (SQLite FTS5, porter stemming), ranked by bm25."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

_OPERATORS = re.compile(r'"|\bAND\b|\bOR\b|\bNOT\b|\bNEAR\b|\w\*')
_TOKEN = re.compile(r"[\w£%]+(?:[-'’.][\w]+)*", re.UNICODE)
HIT_START, HIT_END = "\x02", "\x03"

#: Ranking every match of a common word over a million passages is slow, so the best matches are
#: taken among the most recently ingested RANK_WINDOW matching passages (all, when fewer match).
RANK_WINDOW = 2000

SEARCH_SQL = f"""
with hits as materialized (
  select rowid as passage_id, snippet(passages_fts, 0, :start, :end, '…', 24) as snippet,
    bm25(passages_fts) as score
  from passages_fts
  where passages_fts match boardkb_fts_query(:q)
    and rowid >= coalesce((select rowid from passages_fts where passages_fts match boardkb_fts_query(:q)
                           order by rowid desc limit 1 offset {RANK_WINDOW}), 0)
  order by score
  limit :limit
)
select
  passages.id as passage_id, passages.document_id, passages.page, passages.para_no,
  passages.section, passages.kind, documents.title, documents.board, documents.meeting_date,
  documents.format, hits.snippet
from hits
join passages on passages.id = hits.passage_id
join documents on documents.id = passages.document_id
order by hits.score
"""


def fts_query(q: str | None) -> str:
    """Turn what a user types into an FTS5 query.

    Plain words are matched as words (all of them, any order; hyphenated and punctuated words
    kept whole as phrases); a query that uses FTS5 syntax (quotes, AND/OR/NOT, ``*``) is
    passed through unchanged.
    """
    q = (q or "").strip()
    if not q:
        return '""'
    if _OPERATORS.search(q):
        return q
    terms = _TOKEN.findall(q)
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms) or '""'


def register_functions(conn) -> None:
    """Register ``boardkb_fts_query(q)`` on a sqlite3 connection (used by the canned query)."""
    conn.create_function("boardkb_fts_query", 1, fts_query, deterministic=True)


@dataclass
class Hit:
    passage_id: int
    document_id: int
    title: str | None
    board: str | None
    meeting_date: str | None
    page: int | None
    para_no: str | None
    section: str | None
    kind: str
    format: str
    snippet: str  # matched terms between HIT_START and HIT_END


def search(db: Database, q: str, *, limit: int = 20) -> list[Hit]:
    """The passages that best match ``q``, best first."""
    register_functions(db.conn)
    rows = db.execute(SEARCH_SQL, {"q": q, "limit": limit, "start": HIT_START, "end": HIT_END})
    cols = [c[0] for c in rows.description]
    return [Hit(**dict(zip(cols, row, strict=True))) for row in rows.fetchall()]
