"""Full-text search over passages (SQLite FTS5, porter stemming), ranked by bm25."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

_OPERATORS = re.compile(r'"|\bAND\b|\bOR\b|\bNOT\b|\bNEAR\b|\w\*')
_TOKEN = re.compile(r"[\w£%]+(?:[-'’.][\w]+)*", re.UNICODE)
HIT_START, HIT_END = "\x02", "\x03"

#: The search, written once: ``boardkb search`` runs it with the limit the user asks for and the
#: hit marked by HIT_START/HIT_END; "Search the papers" (``serve.load_metadata``) with 100 hits
#: marked by ``<mark>``. Every matching passage is ranked by bm25 (FTS5's ``rank``). Parameters
#: (empty string: not used): ``q``; ``board`` (part of the board's name); ``from`` and ``to`` (a
#: year or ISO date; a paper dated only to the month counts if that month overlaps); ``project``
#: (a project's name or alias: passages with a fact or mention of it or of a name linked to it);
#: ``sort`` (``date``: newest paper first, best match first within a paper; else relevance).
#: Unfiltered relevance searches take the first branch, which reads only the full-text index; the
#: guard on each branch is a constant, so only one branch runs. ``order by bm25(...)`` measured
#: faster than FTS5's own ``order by rank`` here (bench/scale.py prints both). Sorted by date with no
#: filter, only the matches at least as new as the ``limit``-th newest (``newest``) are ranked: bm25
#: over every match was the cost ("benefits" matches 176,680 of 1M passages; p95 222 → 147 ms).
SEARCH_SQL_TEMPLATE = """
with wanted_projects as (
  select id from projects where coalesce(canonical_id, id) in (
    select coalesce(p.canonical_id, p.id) from projects p left join project_aliases a on a.project_id = p.id
    where lower(a.alias) = lower(trim(:project)) or lower(p.name) = lower(trim(:project)))
),
project_passages as (
  select passage_id from project_mentions where project_id in (select id from wanted_projects)
  union select passage_id from milestones where project_id in (select id from wanted_projects)
  union select passage_id from metrics where project_id in (select id from wanted_projects)
  union select passage_id from benefits where project_id in (select id from wanted_projects)
),
newest as materialized (
  select d.meeting_date as md from passages_fts
  join passages p on p.id = passages_fts.rowid
  join documents d on d.id = p.document_id
  where coalesce(:sort, '') = 'date' and coalesce(:board, '') = '' and coalesce(:from, '') = ''
    and coalesce(:to, '') = '' and coalesce(:project, '') = '' and passages_fts match boardkb_fts_query(:q)
  order by d.meeting_date desc
  limit 1 offset {last}
),
hits as materialized (
  select * from (
    select rowid as passage_id, bm25(passages_fts) as score from passages_fts
    where coalesce(:board, '') = '' and coalesce(:from, '') = '' and coalesce(:to, '') = ''
      and coalesce(:project, '') = '' and coalesce(:sort, '') != 'date'
      and passages_fts match boardkb_fts_query(:q)
    order by score
    limit {limit}
  )
  union all
  select passage_id, score from (
    select passages_fts.rowid as passage_id, bm25(passages_fts) as score from passages_fts
    join passages p on p.id = passages_fts.rowid
    join documents d on d.id = p.document_id
    where not (coalesce(:board, '') = '' and coalesce(:from, '') = '' and coalesce(:to, '') = ''
               and coalesce(:project, '') = '' and coalesce(:sort, '') != 'date')
      and passages_fts match boardkb_fts_query(:q)
      and (coalesce(:board, '') = '' or d.board like '%' || :board || '%')
      and (coalesce(:from, '') = ''
           or substr(d.meeting_date, 1, length(:from)) >= substr(:from, 1, length(d.meeting_date)))
      and (coalesce(:to, '') = ''
           or substr(d.meeting_date, 1, length(:to)) <= substr(:to, 1, length(d.meeting_date)))
      and (coalesce(:project, '') = '' or passages_fts.rowid in (select passage_id from project_passages))
      and ((select md from newest) is null or d.meeting_date >= (select md from newest))
    order by case when :sort = 'date' then d.meeting_date end desc, score
    limit {limit}
  )
)
select
  documents.title as paper,
  documents.board,
  documents.meeting_date,
  passages.page,
  passages.para_no as paragraph,
  passages.section,
  (select snippet(passages_fts, 0, {start}, {end}, '…', 24) from passages_fts
    where passages_fts match boardkb_fts_query(:q) and rowid = hits.passage_id) as snippet,
  (select group_concat(name, '; ') from (select distinct c.name from project_mentions pm
    join projects pr on pr.id = pm.project_id join projects c on c.id = coalesce(pr.canonical_id, pr.id)
    where pm.passage_id = passages.id order by c.name)) as projects,
  '/-/source/' || documents.id || coalesce('#page=' || passages.page, '') as source,
  passages.id as passage_id,
  documents.id as document_id
from hits
join passages on passages.id = hits.passage_id
join documents on documents.id = passages.document_id
order by case when :sort = 'date' then documents.meeting_date end desc, hits.score
"""

#: How many hits "Search the papers" shows.
PAGE_LIMIT = 100


def search_sql(limit: int = PAGE_LIMIT, *, marks: tuple[str, str] = ("'<mark>'", "'</mark>'")) -> str:
    """The search SQL with ``limit`` hits, the matched words between the SQL expressions ``marks``."""
    return SEARCH_SQL_TEMPLATE.format(limit=int(limit), last=int(limit) - 1, start=marks[0], end=marks[1])


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


#: Read the database through a memory map of up to this many bytes. Ranking every match of a
#: common word reads much of the full-text index and, with a filter, a passage row per match:
#: mapped pages skip SQLite's small page cache (at 1M passages: 10-40% faster with a filter or the
#: date sort, no change without).
MMAP_BYTES = 1 << 30


def prepare_connection(conn) -> None:
    """Ready a connection for searching: the SQL function and the memory map."""
    register_functions(conn)
    conn.execute(f"pragma mmap_size = {MMAP_BYTES}")


@dataclass
class Hit:
    passage_id: int
    document_id: int
    paper: str | None  # the paper's title
    board: str | None
    meeting_date: str | None
    page: int | None
    paragraph: str | None
    section: str | None
    snippet: str  # matched terms between HIT_START and HIT_END
    projects: str | None  # the projects the passage names, joined by "; "
    source: str  # the link to the source file (at the page)


_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def date_bound(text: str | None) -> str:
    """A ``from``/``to`` bound as the search takes it: a year, year-month or ISO date ('' for
    none); raises ValueError for anything else."""
    text = (text or "").strip()
    if text and not _DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a date: give a year (2015), a month (2015-06) or a day (2015-06-30)")
    return text


def search(db: Database, q: str, *, limit: int = 20, board: str | None = None, date_from: str | None = None,
           date_to: str | None = None, project: str | None = None, sort: str = "relevance") -> list[Hit]:
    """The passages that best match ``q`` (all of them ranked by bm25), best first or, with
    ``sort="date"``, newest paper first; filtered by board (part of its name), meeting date
    (``date_from``/``date_to``: year, month or day, inclusive) and project (name or alias)."""
    prepare_connection(db.conn)
    params = {"q": q, "board": board or "", "from": date_bound(date_from), "to": date_bound(date_to),
              "project": project or "", "sort": sort}
    rows = db.execute(search_sql(limit, marks=("char(2)", "char(3)")), params)
    cols = [c[0] for c in rows.description]
    return [Hit(**dict(zip(cols, row, strict=True))) for row in rows.fetchall()]
