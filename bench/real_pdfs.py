"""Ingest speed on real council PDFs (default ../shared/pdfs/uk-council), from one run.

Prints the bare pdfplumber baseline (``page.extract_text()`` on every page, one core), boardkb
ingest end to end (parse, extract, store, link; a fresh database, one process per core) and the
ratio between them, and the peak resident memory of the largest ingest process (the parent or a
worker).

    python bench/real_pdfs.py [FOLDER] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest_speed import bench_pdfplumber  # the same baseline as the samples' bench

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "pdfs" / "uk-council"


def ingest(folder: Path, jobs: int | None) -> tuple[float, int, str]:
    """Seconds, peak RSS (MiB) of the largest ingest process, and ingest's summary line."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "boardkb", "ingest", str(folder), "--db", str(Path(tmp) / "real.db"),
               "--no-progress"]
        if jobs:
            cmd += ["--jobs", str(jobs)]
        start = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, round(peak), out.stdout.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=DEFAULT, type=Path)
    parser.add_argument("--jobs", type=int, default=None, help="ingest processes (default: one per core)")
    args = parser.parse_args()
    if not args.folder.exists():
        sys.exit(f"{args.folder}: not found")
    # ingest first: a process forked after the baseline grew would report the baseline's memory as its own
    seconds, peak, summary = ingest(args.folder, args.jobs)
    pages, base = bench_pdfplumber(args.folder)
    print(f"folder: {args.folder}  {pages} pages  cores: {os.cpu_count()}  one run each")
    print(f"{'pdfplumber extract_text, 1 process (baseline)':<48} {base:7.2f} s {pages / base:7.1f} pages/s")
    print(f"{'boardkb ingest end to end, ' + str(args.jobs or os.cpu_count()) + ' processes':<48} {seconds:7.2f} s "
          f"{pages / seconds:7.1f} pages/s  {base / seconds:.2f}x baseline  peak RSS {peak} MiB")
    print(f"  {summary}")


if __name__ == "__main__":
    main()
