"""Top-100 relevance search at 1M passages: boardkb's search SQL (FTS5, bm25 over every match)
beside FTS5 variants and a Tantivy index of the same passages, each measured straight from Python
over bench/scale.py's words (same seed), unfiltered and with a date range, one line per strategy.

    python bench/search_alternatives.py /tmp/searchbench/big.db     # builds the 1M-passage db if missing

Copies of the database (an optimized FTS5 index, a ``detail=column`` one) and the Tantivy index
are built beside it on the first run and reused. ``same texts`` is the share of the search SQL's
distinct top-100 texts that a strategy also returns: the grown corpus repeats a few hundred texts
(the count is printed), so ids would not compare, and a word's top 100 are often copies of one text.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scale import WORDS, build_corpus, grow_passages, run_ingest

from boardkb.db.search import fts_query, prepare_connection, search_sql

LIMIT = 100
#: The filter measured: bench/scale.py's "date range" (2015 to June 2017), as months for Tantivy.
DATE_RANGE = {"from": "2015", "to": "2017-06"}
MONTHS = (201501, 201706)
NO_FILTER = {"board": "", "from": "", "to": "", "project": "", "sort": ""}
BARE_BM25 = f"""select rowid from passages_fts where passages_fts match boardkb_fts_query(:q)
    order by bm25(passages_fts) limit {LIMIT}"""
BARE_RANK = f"""select rowid from passages_fts where passages_fts match boardkb_fts_query(:q)
    order by rank limit {LIMIT}"""
DETAIL_COLUMN = """create virtual table passages_fts using fts5(text, section, content=passages,
    content_rowid=id, tokenize='porter', detail=column)"""


def build_database(db_path: Path, passages: int) -> None:
    """The database bench/scale.py measures: 1,000 sample copies ingested, grown to ``passages``."""
    work = Path(tempfile.mkdtemp(prefix="boardkb-alt-", dir=db_path.parent))
    try:
        build_corpus(work / "corpus", 1000)
        run_ingest(work / "corpus", work / "kb.db", None)
        shutil.move(work / "kb.db", db_path)
        grow_passages(db_path, passages)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def fts_copy(db_path: Path, suffix: str, create_sql: str | None) -> tuple[Path, float]:
    """A copy of the database whose passages_fts is rebuilt (``create_sql``: a new definition) and
    merged into one segment ('optimize'); the seconds that took (0 when reused)."""
    path = db_path.with_name(f"{db_path.stem}-{suffix}.db")
    if path.exists():
        return path, 0.0
    tmp = path.with_suffix(".tmp")
    shutil.copy(db_path, tmp)
    start = time.perf_counter()
    conn = sqlite3.connect(tmp)
    if create_sql:
        conn.execute("drop table passages_fts")
        conn.execute(create_sql)
        conn.execute("insert into passages_fts(passages_fts) values ('rebuild')")
    conn.execute("insert into passages_fts(passages_fts) values ('optimize')")
    conn.commit()
    conn.execute("vacuum")
    conn.close()
    tmp.rename(path)
    return path, time.perf_counter() - start


def sqlite_runner(path: Path, sql: str, params: dict[str, str], *, module=sqlite3,
                  pragmas: tuple[str, ...] = ()) -> Callable[[str], list[int]]:
    """Run ``sql`` for a word on a connection prepared as serve and the CLI prepare theirs; returns
    the passage ids in order (column ``passage_id``, else the first)."""
    conn = module.connect(path)
    prepare_connection(conn)
    for pragma in pragmas:
        conn.execute(pragma)

    def run(q: str) -> list[int]:
        cursor = conn.execute(sql, {"q": q, **params})
        rows = cursor.fetchall()
        cols = [c[0] for c in cursor.description]
        at = cols.index("passage_id") if "passage_id" in cols else 0
        return [row[at] for row in rows]

    return run


def tantivy_index(db_path: Path):
    """The Tantivy index beside the database (id, text, section, meeting month as a fast field),
    built on first use; returns it with the build seconds (0 when reused) and its size in bytes."""
    import tantivy

    folder = db_path.with_name(f"{db_path.stem}-tantivy")
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, fast=True)
    builder.add_text_field("text", tokenizer_name="en_stem")
    builder.add_text_field("section", tokenizer_name="en_stem")
    builder.add_integer_field("month", indexed=True, fast=True)
    seconds = 0.0
    if not folder.exists():
        tmp = folder.with_suffix(".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        start = time.perf_counter()
        index = tantivy.Index(builder.build(), path=str(tmp))
        writer = index.writer(heap_size=512_000_000)
        conn = sqlite3.connect(db_path)
        rows = conn.execute("""select p.id, p.text, coalesce(p.section, ''),
            cast(replace(substr(d.meeting_date, 1, 7), '-', '') as integer)
            from passages p join documents d on d.id = p.document_id""")
        for pid, text, section, month in rows:
            doc = tantivy.Document(id=pid, text=text, section=section)
            if month:
                doc.add_integer("month", month)
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        conn.close()
        seconds = time.perf_counter() - start
        tmp.rename(folder)
    index = tantivy.Index.open(str(folder))
    size = sum(f.stat().st_size for f in folder.iterdir())
    return index, seconds, size


def tantivy_hits(index, q: str, months: tuple[int, int] | None, *, count: bool = False) -> list[tuple[int, float]]:
    """Top-100 (passage id, BM25 score) for ``q``: every word required, in text or section. With
    ``count`` it also counts the matches, collecting through a MultiCollector (Count, TopDocs) that
    scores every match instead of skipping blocks that cannot reach the top 100 (block-max WAND)."""
    import tantivy

    query = index.parse_query(q, ["text", "section"], conjunction_by_default=True)
    if months:
        query = query.and_must_match(tantivy.Query.range_query(
            index.schema, "month", tantivy.FieldType.Integer, months[0], months[1]))
    searcher = index.searcher()
    hits = searcher.search(query, LIMIT, count=count).hits
    ids = searcher.fast_field_values("id", [address for _, address in hits])
    return [(pid, score) for pid, (score, _) in zip(ids, hits, strict=True)]


def tantivy_count(index, q: str) -> int:
    query = index.parse_query(q, ["text", "section"], conjunction_by_default=True)
    return index.searcher().search(query, 1, count=True).count


def tantivy_sql() -> str:
    """boardkb's search SQL with its ``hits`` taken from Tantivy (``boardkb_tantivy(q)``, JSON
    [[id, score], ...]) instead of FTS5's bm25: the same rows, snippets and projects per hit."""
    head, marker, rest = search_sql().partition("hits as materialized (")
    _, end, tail = rest.partition("\n)\nselect")
    if not marker or not end:
        raise ValueError("db/search.py's SQL no longer has a 'hits as materialized (...)' CTE to replace")
    hits = """select value ->> 0 as passage_id, -(value ->> 1) as score
        from json_each(boardkb_tantivy(:q, :from, :to))"""
    return head + marker + hits + end + tail


def tantivy_runner(db_path: Path, index, params: dict[str, str]) -> Callable[[str], list[int]]:
    """``tantivy_sql()`` on SQLite, Tantivy called through a registered SQL function (as a
    Datasette plugin's prepare_connection hook could register it for the canned query)."""
    conn = sqlite3.connect(db_path)
    prepare_connection(conn)

    def ranked(q: str, date_from: str, date_to: str) -> str:
        return json.dumps(tantivy_hits(index, q, MONTHS if date_from or date_to else None))

    conn.create_function("boardkb_tantivy", 3, ranked)
    sql = f"select passage_id from ({tantivy_sql()})"
    return lambda q: [row[0] for row in conn.execute(sql, {"q": q, **params}).fetchall()]


def measure(runs: list[Callable[[str], list[int]]], queries: int) -> tuple[list[list[float]], list[dict]]:
    """Milliseconds per query of each runner over ``queries`` words drawn as bench/scale.py draws
    them (seed 0), the runners taking turns on each word so that a busy spell on a shared machine
    hits them all; each after one untimed query per word, whose ids are returned."""
    ids = [{w: run(w) for w in WORDS} for run in runs]
    times: list[list[float]] = [[] for _ in runs]
    rng = random.Random(0)
    for _ in range(queries):
        q = rng.choice(WORDS)
        for run, spent in zip(runs, times, strict=True):
            start = time.perf_counter()
            run(q)
            spent.append((time.perf_counter() - start) * 1000)
    return times, ids


def same_texts(conn: sqlite3.Connection, ids: dict[str, list[int]], baseline: dict[str, list[int]]) -> float:
    """Share of the baseline's distinct top-100 texts (over all words) that the strategy also returns."""
    def texts(pids: list[int]) -> set[str]:
        marks = ",".join("?" * len(pids))
        return {t for (t,) in conn.execute(f"select text from passages where id in ({marks})", pids)}

    found = total = 0
    for w, pids in baseline.items():
        want = texts(pids)
        found += len(want & texts(ids[w]))
        total += len(want)
    return found / total if total else 1.0


def report(label: str, times: list[float], share: float) -> None:
    print(f"{label:58s} p50 {statistics.median(times):6.1f}  p95 {statistics.quantiles(times, n=20)[18]:6.1f}  "
          f"max {max(times):6.1f} ms  same texts {share:4.0%}", flush=True)


def strategies(db_path: Path, index, copies: dict[str, Path], newer) -> list[tuple[str, Callable, str]]:
    """(label, runner, the baseline it is compared with: "a" unfiltered, "f" date range), baselines
    first; ``newer``: a pysqlite3 module with a newer SQLite, or None."""
    dated = {**NO_FILTER, **DATE_RANGE}
    big_cache = ("pragma cache_size = -2000000", "pragma mmap_size = 8589934592")
    optimized = copies["optimized"]
    found = [
        ("a. search SQL as is (FTS5 bm25 over all matches)", sqlite_runner(db_path, search_sql(), NO_FILTER), "a"),
        ("a. search SQL as is, date range 2015..2017-06", sqlite_runner(db_path, search_sql(), dated), "f"),
        ("c. bare FTS5: rowid order by bm25() limit 100", sqlite_runner(db_path, BARE_BM25, {}), "a"),
        ("c. bare FTS5: rowid order by rank limit 100", sqlite_runner(db_path, BARE_RANK, {}), "a"),
        ("c. search SQL, FTS index optimized (1 segment)", sqlite_runner(optimized, search_sql(), NO_FILTER), "a"),
        ("c. search SQL, optimized, date range", sqlite_runner(optimized, search_sql(), dated), "f"),
        ("c. search SQL, optimized + 2 GB cache + 8 GiB mmap",
         sqlite_runner(optimized, search_sql(), NO_FILTER, pragmas=big_cache), "a"),
        ("c. search SQL, FTS5 detail=column, optimized",
         sqlite_runner(copies["detail-column"], search_sql(), NO_FILTER), "a"),
    ]
    if newer:
        version = f"SQLite {newer.sqlite_version} (pysqlite3)"
        found += [
            (f"c. search SQL, {version}", sqlite_runner(db_path, search_sql(), NO_FILTER, module=newer), "a"),
            (f"c. search SQL, {version}, date range", sqlite_runner(db_path, search_sql(), dated, module=newer), "f"),
            (f"c. search SQL, optimized, {version}",
             sqlite_runner(optimized, search_sql(), NO_FILTER, module=newer), "a"),
        ]
    return found + [
        ("b. Tantivy top-100 ids", lambda q: [pid for pid, _ in tantivy_hits(index, q, None)], "a"),
        ("b. Tantivy top-100 ids + count (scores every match)",
         lambda q: [pid for pid, _ in tantivy_hits(index, q, None, count=True)], "a"),
        ("b. Tantivy hits in the search SQL (rows, FTS5 snippets)", tantivy_runner(db_path, index, NO_FILTER), "a"),
        ("b. Tantivy top-100 ids, month range (fast field)",
         lambda q: [pid for pid, _ in tantivy_hits(index, q, MONTHS)], "f"),
        ("b. Tantivy hits in the search SQL, date range", tantivy_runner(db_path, index, dated), "f"),
    ]


def fts_mib(path: Path) -> float:
    """Size of the passages' full-text index (FTS5's shadow tables) in a database."""
    conn = sqlite3.connect(path)
    size = conn.execute("select sum(pgsize) from dbstat where name like 'passages_fts%'").fetchone()[0]
    conn.close()
    return size / 2**20


def print_counts(db_path: Path, index) -> None:
    """How many passages each word matches in FTS5 (Porter stemmer) and in Tantivy (en_stem: Snowball)."""
    conn = sqlite3.connect(db_path)
    prepare_connection(conn)
    count = "select count(*) from passages_fts where passages_fts match ?"
    fts = {w: conn.execute(count, [fts_query(w)]).fetchone()[0] for w in WORDS}
    print("matches (FTS5 / Tantivy): " + ", ".join(
        f"{w} {fts[w]:,}/{tantivy_count(index, w):,}" for w in sorted(WORDS, key=lambda w: -fts[w])))
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="a database grown by bench/scale.py (built here if missing)")
    parser.add_argument("--passages", type=int, default=1_000_000, help="size of a database built here")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--newer-sqlite", type=Path, metavar="DIR",
                        help="also measure a newer SQLite: a folder holding pysqlite3 (pip install --target DIR "
                             "pysqlite3-binary); kept out of the virtualenv, where sqlite-utils and Datasette "
                             "would switch to it")
    args = parser.parse_args()
    db_path = args.db.resolve()
    if not db_path.exists():
        db_path.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        build_database(db_path, args.passages)
        print(f"built {db_path} in {time.perf_counter() - start:.0f} s")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; cores {os.cpu_count()}")
    conn = sqlite3.connect(db_path)
    n, texts = conn.execute("select count(*), count(distinct text) from passages").fetchone()
    print(f"{n:,} passages ({texts:,} distinct texts); database {db_path.stat().st_size / 2**20:,.0f} MiB, "
          f"FTS5 index {fts_mib(db_path):.0f} MiB")
    copies = {}
    for suffix, create in (("optimized", None), ("detail-column", DETAIL_COLUMN)):
        copies[suffix], seconds = fts_copy(db_path, suffix, create)
        print(f"FTS5 {suffix}: FTS5 index {fts_mib(copies[suffix]):.0f} MiB"
              + (f", rebuilt in {seconds:.0f} s" if seconds else " (reused)"))
    index, seconds, size = tantivy_index(db_path)
    print(f"Tantivy index: {size / 2**20:,.0f} MiB" + (f", built in {seconds:.0f} s" if seconds else " (reused)"))
    print_counts(db_path, index)
    newer = None
    if args.newer_sqlite:
        sys.path.insert(0, str(args.newer_sqlite))
        newer = importlib.import_module("pysqlite3")
    found = strategies(db_path, index, copies, newer)
    times, ids = measure([run for _, run, _ in found], args.queries)
    baselines: dict[str, dict[str, list[int]]] = {}
    for (label, _, against), spent, hits in zip(found, times, ids, strict=True):
        baselines.setdefault(against, hits)
        report(label, spent, same_texts(conn, hits, baselines[against]))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
