"""Extraction throughput, in passages and tokens per second, on the samples and the corpus.

Papers are parsed first (not timed); then ``extract_document`` runs over each, best of N runs.

    python bench/extract_speed.py [FOLDER ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from boardkb.extract.extractor import extract_document, load_pipeline
from boardkb.ingest import find_papers, read_paper

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "samples", ROOT.parent / "shared" / "corpus"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    nlp = load_pipeline()
    print(f"pipeline: {nlp.pipe_names}  best of {args.repeat}")
    for folder in args.folders:
        if not folder.exists():
            print(f"{folder}: not found, skipped")
            continue
        docs = [read_paper(p) for p in find_papers([folder])]
        passages = sum(len(d.passages) for d in docs)
        tokens = sum(len(nlp.tokenizer(p.text)) for d in docs for p in d.passages)
        best = float("inf")
        facts = 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            results = [extract_document(d, nlp) for d in docs]
            best = min(best, time.perf_counter() - start)
            facts = sum(len(r.mentions) + len(r.milestones) + len(r.metrics) + len(r.benefits) for r in results)
        print(f"{folder.name:<10} {len(docs):>3} papers {passages:>5} passages {tokens:>7} tokens "
              f"{best:6.2f} s  {passages / best:8.0f} passages/s {tokens / best:9.0f} tokens/s  {facts} facts")


if __name__ == "__main__":
    main()
