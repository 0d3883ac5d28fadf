"""The scale benchmarks of the speed issue, in one run, with the figures printed:

1. end-to-end ingest (PDF to facts) of a generated corpus of at least ``--pages`` pages built from
   the samples, with ``--jobs`` processes, beside the same corpus parsed by pdfplumber alone;
   peak resident memory of the ingest process for a quarter of the corpus and for all of it;
2. re-running ingest on an unchanged corpus of ``--docs`` documents;
3. full-text search through Datasette's JSON API over ``--passages`` passages (p50/p95 of
   ``--queries`` searches), and a quarterly report on that database.

    python bench/scale.py                       # the issue's sizes (several minutes)
    python bench/scale.py --pages 200 --docs 100 --passages 50000   # a quick run
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))
WORDS = ["body worn video", "go live", "savings", "Mobile First", "commitment", "representation",
         "999 calls", "benefits", "digital evidence", "telematics", "estates", "uplift"]


def build_corpus(folder: Path, n_docs: int) -> int:
    """n_docs distinct PDFs (each a sample with its own trailing comment); returns pages."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = {p: len(pdfplumber.open(p).pages) for p in SAMPLES}
    total = 0
    for i in range(n_docs):
        src = SAMPLES[i % len(SAMPLES)]
        (folder / f"{i:05d}-{src.name}").write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())
        total += pages[src]
    return total


def run_ingest(folder: Path, db: Path, jobs: int | None) -> tuple[float, int, str]:
    """Seconds, peak RSS (KiB) of the ingest and its workers, and its summary line."""
    cmd = [sys.executable, "-m", "boardkb", "ingest", str(folder), "--db", str(db), "--no-progress"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak, out.stdout.strip().splitlines()[0]


def pdfplumber_pages_per_second(folder: Path, limit: int) -> float:
    files = sorted(folder.glob("*.pdf"))[:limit]
    pages, start = 0, time.perf_counter()
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages / (time.perf_counter() - start)


def grow_passages(db_path: Path, target: int) -> int:
    """Copy passages (FTS kept in sync by its triggers), each into its own paper, until there are
    ``target`` of them; then spread the papers over 16 years (2010-2025) so that date filters and
    date sorting have something to do. The newest-ingested passages are copies, not newer papers."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    n = conn.execute("select count(*) from passages").fetchone()[0]
    seq = conn.execute("select max(seq) from passages").fetchone()[0] + 1
    while n < target:
        batch = min(n, target - n)
        conn.execute(f"""insert into passages (document_id, seq, page, section, para_no, kind, text)
            select document_id, {seq} + seq, page, section, para_no, kind, text from passages
            order by id limit {batch}""")
        seq = conn.execute("select max(seq) from passages").fetchone()[0] + 1
        conn.commit()
        n += batch
    conn.execute("""update documents set year = 2010 + id % 16,
        meeting_date = (2010 + id % 16) || substr(meeting_date, 5)""")
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    return n


#: The search cases measured: no filter, then each filter of the search page.
FILTERS = {
    "no filter": {},
    "board": {"board": "Police and Crime Panel"},
    "date range": {"from": "2015", "to": "2017-06"},
    "project": {"project": "Body Worn Video"},
    "sort by date": {"sort": "date"},
}


async def search_latencies(db_path: Path, queries: int, filters: dict[str, str]) -> list[float]:
    """Milliseconds per search through Datasette's JSON API ("Search the papers")."""
    from boardkb.db.serve import make_datasette

    ds = make_datasette(str(db_path))
    name = db_path.stem
    await ds.client.get(f"/{name}/search.json?q=warm&_shape=array")
    rng = random.Random(0)
    times = []
    for _ in range(queries):
        q = rng.choice(WORDS)
        start = time.perf_counter()
        response = await ds.client.get(f"/{name}/search.json", params={"q": q, "_shape": "array", **filters})
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.text[:200]
    return times


def cli_latencies(db_path: Path, queries: int, filters: dict[str, str]) -> list[float]:
    """Milliseconds per ``boardkb search`` run in this process (the CLI's code, without starting
    Python), showing the default 20 hits."""
    from click.testing import CliRunner

    from boardkb.cli import cli

    options = [x for key, value in filters.items() for x in (f"--{key}", value)]
    rng = random.Random(0)
    times = []
    for _ in range(queries):
        start = time.perf_counter()
        result = CliRunner().invoke(cli, ["search", rng.choice(WORDS), "--db", str(db_path), *options])
        times.append((time.perf_counter() - start) * 1000)
        assert result.exit_code == 0, result.output[:200]
    return times


#: Ranking strategies compared at the SQL level (100 hits, unfiltered): boardkb's search SQL (bm25
#: over all matches in SQLite's sorter, snippets for the hits only), FTS5's own ``order by rank``
#: over all matches, bm25 with a snippet for every match, and the rank window boardkb used before
#: issue 11 (the 2,000 most recently ingested matches only).
ALTERNATIVES = {
    "search SQL: order by bm25() (chosen)": None,
    "FTS5 order by rank": """select rowid from passages_fts where passages_fts match boardkb_fts_query(:q)
        order by rank limit 100""",
    "order by bm25(), snippet of every match": """select rowid,
        snippet(passages_fts, 0, '<', '>', '…', 24) from passages_fts
        where passages_fts match boardkb_fts_query(:q) order by bm25(passages_fts) limit 100""",
    "2,000 newest matches only (before)": """select rowid,
        snippet(passages_fts, 0, '<', '>', '…', 24) from passages_fts
        where passages_fts match boardkb_fts_query(:q) and rowid >= coalesce((select rowid from passages_fts
        where passages_fts match boardkb_fts_query(:q) order by rowid desc limit 1 offset 2000), 0)
        order by bm25(passages_fts) limit 100""",
}


def print_alternatives(db_path: Path, queries: int) -> None:
    """p50/p95 of each ranking strategy over the benchmark words, straight on SQLite, and how many
    passages each word matches."""
    import sqlite3

    from boardkb.db.search import prepare_connection, search_sql

    conn = sqlite3.connect(db_path)
    prepare_connection(conn)  # as serve and the CLI do (memory-mapped reads)
    counts = {w: conn.execute("select count(*) from passages_fts where passages_fts match boardkb_fts_query(?)",
                              [w]).fetchone()[0] for w in WORDS}
    print("matches   " + ", ".join(f"{w} {n:,}" for w, n in sorted(counts.items(), key=lambda x: -x[1])))
    params = {"board": "", "from": "", "to": "", "project": "", "sort": ""}
    for label, sql in ALTERNATIVES.items():
        rng = random.Random(0)
        times = []
        for _ in range(queries):
            start = time.perf_counter()
            conn.execute(sql or search_sql(), {"q": rng.choice(WORDS), **params}).fetchall()
            times.append((time.perf_counter() - start) * 1000)
        print(f"ranking   {label:42s} p50 {statistics.median(times):6.1f} ms, "
              f"p95 {statistics.quantiles(times, n=20)[18]:6.1f} ms")
    conn.close()


def print_search(db_path: Path, queries: int) -> None:
    """p50/p95 of searches through Datasette's JSON API and the CLI, per filter."""
    for label, filters in FILTERS.items():
        for via, times in (("Datasette JSON", asyncio.run(search_latencies(db_path, queries, filters))),
                           ("CLI", cli_latencies(db_path, queries, filters))):
            print(f"search    {via:14s} {label:13s} {len(times)} queries: p50 {statistics.median(times):6.1f} ms, "
                  f"p95 {statistics.quantiles(times, n=20)[18]:6.1f} ms, max {max(times):6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--search-only", type=Path, metavar="DB",
                        help="only measure search on this database (e.g. big.db of an earlier --keep run)")
    args = parser.parse_args()
    if args.search_only:
        print_alternatives(args.search_only, args.queries)
        print_search(args.search_only, args.queries)
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="boardkb-bench-"))
    try:
        per_doc = sum(len(pdfplumber.open(p).pages) for p in SAMPLES) / len(SAMPLES)
        n_docs = max(args.docs, int(args.pages / per_doc) + 1)
        corpus = work / "corpus"
        pages = build_corpus(corpus, n_docs)
        quarter = work / "quarter"
        quarter.mkdir(exist_ok=True)
        for f in sorted(corpus.glob("*.pdf"))[: n_docs // 4]:
            shutil.copy(f, quarter / f.name)
        print(f"corpus: {n_docs} documents, {pages} pages (from {len(SAMPLES)} samples); cores {os.cpu_count()}")

        base = pdfplumber_pages_per_second(corpus, 27)
        print(f"baseline  pdfplumber extract_text, 1 process: {base:6.1f} pages/s")
        seconds, peak_q, _ = run_ingest(quarter, work / "quarter.db", args.jobs)
        seconds, peak, summary = run_ingest(corpus, work / "kb.db", args.jobs)
        print(f"ingest    end to end ({args.jobs or os.cpu_count()} processes): {pages / seconds:6.1f} pages/s "
              f"({seconds:.1f} s) — {summary}")
        print(f"memory    peak RSS: {peak_q / 1024:.0f} MiB for {n_docs // 4} documents (first run), "
              f"{peak / 1024:.0f} MiB max over both runs incl. {n_docs} documents")
        seconds, _, summary = run_ingest(corpus, work / "kb.db", args.jobs)
        print(f"re-run    unchanged {n_docs} documents: {seconds:.2f} s (process start included) — {summary}")

        big = work / "big.db"
        shutil.copy(work / "kb.db", big)
        start = time.perf_counter()
        n = grow_passages(big, args.passages)
        print(f"search    {n} passages (grown in {time.perf_counter() - start:.0f} s)")
        print_alternatives(big, args.queries)
        print_search(big, args.queries)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "boardkb", "report", "quarterly", "--db", str(big), "-o",
                        str(work / "q.html")], check=True, capture_output=True)
        print(f"report    quarterly on that database: {time.perf_counter() - start:.2f} s (process start included)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
