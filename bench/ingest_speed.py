"""Ingest speed on the bundled samples (or any folder), in pages per second.

Prints, for the same PDFs: the bare pdfplumber baseline (``page.extract_text()`` on every page),
boardkb's parsing alone with pdfplumber on every page and with PDFium (characters, and the paths that
rule tables, fed to pdfplumber's table geometry; pdfplumber as the fallback), and boardkb
ingest end to end (parse, extract, store, link) with one process and with one per core.

    python bench/ingest_speed.py [FOLDER] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import pdfplumber

from boardkb.db.schema import open_database
from boardkb.ingest import read_paper
from boardkb.pipeline import ingest_paths

ROOT = Path(__file__).resolve().parents[1]


def bench_ingest(folder: Path, jobs: int) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        report = ingest_paths(db, [folder], jobs=jobs)
        seconds = time.perf_counter() - start
        db.close()
    assert not report.failures, report.failures
    return report.pages, seconds


def bench_parse(folder: Path, engine: str) -> tuple[int, float]:
    start = time.perf_counter()
    pages = sum(read_paper(p, pdf_engine=engine).pages or 0 for p in sorted(folder.rglob("*.pdf")))
    return pages, time.perf_counter() - start


def bench_pdfplumber(folder: Path) -> tuple[int, float]:
    pages = 0
    start = time.perf_counter()
    for path in sorted(folder.rglob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "samples"), type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    rows = [
        ("pdfplumber extract_text only (baseline)", lambda: bench_pdfplumber(args.folder)),
        ("boardkb parse, pdfplumber on every page", lambda: bench_parse(args.folder, "pdfplumber")),
        ("boardkb parse, PDFium (pdfplumber fallback)", lambda: bench_parse(args.folder, "auto")),
        ("boardkb ingest, 1 process", lambda: bench_ingest(args.folder, 1)),
        (f"boardkb ingest, {cores} processes", lambda: bench_ingest(args.folder, cores)),
    ]
    print(f"folder: {args.folder}  cores: {cores}  best of {args.repeat}")
    for label, run in rows:
        results = [run() for _ in range(args.repeat)]
        pages, seconds = min(results, key=lambda r: r[1])
        print(f"{label:<45} {pages:>5} pages {seconds:>7.2f} s {pages / seconds:>8.1f} pages/s")


if __name__ == "__main__":
    main()
