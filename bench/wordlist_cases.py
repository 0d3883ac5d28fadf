"""Which papers need each word-list entry of project discovery: removes one entry at a time from
``extract/patterns/projects.jsonl`` and lists the project names that change on the shared papers
(../shared/corpus, ../shared/pdfs/uk-council) and the bundled samples.

    python bench/wordlist_cases.py [--write]

Prints one line per entry: the entry, then the first names it adds or removes (or "no effect").
With ``--write`` the first case is stored as the entry's ``cases`` in projects.jsonl, and entries
with no effect on any paper are dropped (a list entry must have a case that needs it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from boardkb.extract import project_candidates, project_filters, projects, vocab
from boardkb.ingest import find_papers, read_paper
from boardkb.ingest.errors import IngestError

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = ROOT / "extract" / "patterns" / "projects.jsonl"
SHARED = ROOT.parent / "shared"
#: The lists whose entries predate the rule that each names its case.
LABELS = ("generic_heading", "not_project_head", "lead_in_stop", "keyword", "capital_determiners")
#: Lists that change which candidates are found (the others only which are kept).
CANDIDATE_LISTS = ("keyword", "capital_determiners")


def _papers() -> dict[str, object]:
    papers = {}
    folders = [SHARED / "corpus", SHARED / "pdfs" / "uk-council", ROOT / "samples"]
    for path in find_papers([f for f in folders if f.exists()]):
        try:
            papers[path.name] = read_paper(path)
        except IngestError as e:
            print(f"skipped {path.name}: {e}", file=sys.stderr)
    return papers


def _names(papers: dict) -> dict[str, set[str]]:
    return {name: {c.name for c in projects._kept(doc, project_filters.PaperWords.of(doc))}
            for name, doc in papers.items()}


_LOADER = vocab._lists


def _use(lists: dict[str, frozenset[str]] | None) -> None:
    """Project discovery with these word lists (None: the ones on disk)."""
    project_candidates._keyword_re.cache_clear()
    vocab._lists = _LOADER if lists is None else (lambda: lists)


class _Filtered:
    """Each paper's candidates with their evidence, found once: the filter lists change only
    which of them are kept."""

    def __init__(self, papers: dict):
        self.rows = []
        for paper, doc in papers.items():
            evidence: dict[str, set[str]] = {}
            for cand in project_candidates.candidates(doc, projects.status_of):
                evidence.setdefault(cand.name, set()).add(cand.evidence)
            words = project_filters.PaperWords.of(doc)
            self.rows += [(paper, name, "+".join(sorted(ev)), words) for name, ev in evidence.items()]

    def kept(self) -> set[tuple[str, str]]:
        return {(paper, name) for paper, name, ev, words in self.rows
                if project_filters.rejection(name, ev, words) is None}


def _first(diff: set[tuple[str, str]]) -> str:
    return next((f"{paper}: '{name}'" for paper, name in sorted(diff)), "")


def cases(papers: dict) -> dict[tuple[str, str], str]:
    full = dict(_LOADER())
    filtered = _Filtered(papers)
    base_kept, base_names = filtered.kept(), None
    found = {}
    try:
        for label in LABELS:
            for entry in sorted(full[label]):
                _use({**full, label: full[label] - {entry}})
                if label in CANDIDATE_LISTS:
                    base_names = base_names or {(p, n) for p, names in _names_with(full, papers).items() for n in names}
                    _use({**full, label: full[label] - {entry}})
                    now = {(p, n) for p, names in _names(papers).items() for n in names}
                    case = _first(now ^ base_names)
                else:
                    case = _first(filtered.kept() ^ base_kept)
                found[(label, entry)] = case
                print(f"{label:18} {entry:30} {case or 'no effect'}", flush=True)
    finally:
        _use(None)
    return found


def _names_with(lists, papers):
    _use(lists)
    return _names(papers)


def write(found: dict[tuple[str, str], str]) -> None:
    rows = [json.loads(line) for line in PATTERNS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        if row["label"] not in LABELS:
            continue
        row.setdefault("cases", {})
        for entry in list(row["words"]):
            case = found.get((row["label"], entry))
            if case is None or entry in row["cases"]:
                continue
            if case:
                row["cases"][entry] = f"without it: {case}"
            else:
                row["words"].remove(entry)
    PATTERNS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the cases and drop entries no paper needs")
    args = parser.parse_args()
    found = cases(_papers())
    if args.write:
        write(found)


if __name__ == "__main__":
    main()
