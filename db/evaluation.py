"""``boardkb eval`` and ``boardkb calibrate`` as library calls: load what the database holds per
paper and the gold files, score them, and lay the result out as text lines the CLI only prints.

The rules themselves are pure functions in ``boardkb.extract.scoring`` (matching) and
``boardkb.extract.confidence`` (thresholds, calibration); this module reads and aggregates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..extract.confidence import (
    DEFAULT_THRESHOLD,
    FACT_CATEGORIES,
    UNKNOWN_RULE,
    RuleCount,
    above,
    combine,
    confidences,
    recalibrated,
    rule_counts,
)
from ..extract.scoring import (
    CATEGORIES,
    CategoryScore,
    DocumentScore,
    date_span,
    describe,
    overall,
    score_document,
    score_table,
)

#: The thresholds ``boardkb eval`` reports besides the default.
THRESHOLDS = tuple(sorted({0.0, 0.3, 0.7, DEFAULT_THRESHOLD}))

DOCUMENTS_SQL = "select id, source_path, board, meeting_date, title, presenter from documents"
MENTIONS_SQL = """
select project_mentions.document_id, projects.id, projects.name, {rule} as rule, count(*) as n,
       max({confidence}) as confidence
from project_mentions join projects on projects.id = project_mentions.project_id
group by project_mentions.document_id, projects.id, {rule}
order by project_mentions.document_id, projects.name, n desc, {rule}
"""
MILESTONES_SQL = """
select id, document_id, project_id, event, date_text, date_start, date_end, precision, status, quote,
       {rule} as rule, {confidence} as confidence
from milestones order by document_id, id
"""
METRICS_SQL = """
select id, document_id, project_id, subject, value, unit, as_of, quote, {rule} as rule, {confidence} as confidence
from metrics order by document_id, id
"""
BENEFITS_SQL = """
select id, document_id, project_id, kind, description, amount, unit, period, realised, quote,
       {rule} as rule, {confidence} as confidence
from benefits order by document_id, id
"""


class GoldFileError(ValueError):
    """A gold file that is not JSON of the expected shape."""


def _projects(db: Database) -> dict[int, dict]:
    """Every project with its aliases (the name itself left out of them)."""
    projects = {row["id"]: {"name": row["name"], "aliases": []} for row in db.query("select id, name from projects")}
    for row in db.query("select project_id, alias from project_aliases order by project_id, alias"):
        project = projects.get(row["project_id"])
        if project is not None and row["alias"] != project["name"]:
            project["aliases"].append(row["alias"])
    return projects


def _with_project(row: dict, projects: dict[int, dict]) -> dict:
    fact = {k: v for k, v in row.items() if k not in ("document_id", "project_id")}
    project = projects.get(row["project_id"]) if row["project_id"] is not None else None
    fact["project"] = project["name"] if project else None
    fact["project_aliases"] = list(project["aliases"]) if project else []
    return fact


def _sql(db: Database, template: str, table: str) -> str:
    """A query with the fact's ``rule`` and ``confidence``: from its columns (null: rule "unknown",
    confidence 1.0), or those constants for a database made before facts carried them."""
    if {"rule", "confidence"} <= set(db[table].columns_dict):
        return template.format(rule=f"coalesce({table}.rule, '{UNKNOWN_RULE}')",
                               confidence=f"coalesce({table}.confidence, 1.0)")
    return template.format(rule=f"'{UNKNOWN_RULE}'", confidence="1.0")


def _mentioned(db: Database, projects: dict[int, dict], by_id: dict[int, dict]) -> None:
    """Each paper's mentioned projects, once each: ``rules`` of its mentions there, most common
    first (``rule`` the first), ``confidence`` the best mention's."""
    seen: dict[tuple[int, int], dict] = {}
    for row in db.query(_sql(db, MENTIONS_SQL, "project_mentions")):
        key = (row["document_id"], row["id"])
        if key in seen:
            seen[key]["rules"].append(row["rule"])
            seen[key]["confidence"] = max(seen[key]["confidence"], row["confidence"])
            continue
        project = projects[row["id"]]
        seen[key] = {"name": project["name"], "aliases": list(project["aliases"]), "rule": row["rule"],
                     "rules": [row["rule"]], "confidence": row["confidence"]}
        by_id[row["document_id"]]["projects"].append(seen[key])


def facts_by_document(db: Database) -> dict[str, dict]:
    """Each document's metadata and extracted facts as plain dicts, keyed by ``source_path``.

    Values: ``document`` (board, meeting_date, title, presenter); ``projects`` (name, aliases: the
    projects with a mention in that document; rule, rules, confidence of those mentions);
    ``milestones``, ``metrics`` and ``benefits`` (their columns, with ``project`` and
    ``project_aliases`` for the linked project). Every fact has ``rule`` and ``confidence``.
    """
    projects = _projects(db)
    by_id: dict[int, dict] = {}
    paths: dict[int, str] = {}
    for row in db.query(DOCUMENTS_SQL):
        paths[row["id"]] = row["source_path"]
        by_id[row["id"]] = {
            "document": {k: row[k] for k in ("board", "meeting_date", "title", "presenter")},
            "projects": [], "milestones": [], "metrics": [], "benefits": [],
        }
    _mentioned(db, projects, by_id)
    for key, sql in (("milestones", MILESTONES_SQL), ("metrics", METRICS_SQL), ("benefits", BENEFITS_SQL)):
        for row in db.query(_sql(db, sql, key)):
            by_id[row["document_id"]][key].append(_with_project(row, projects))
    return {paths[i]: facts for i, facts in by_id.items()}


def _dated(milestone: dict) -> dict:
    """An annotated milestone with the span of its resolved ``date`` as ``date_start``..``date_end``."""
    span = date_span(milestone.get("date"))
    return {**milestone, "date_start": span[0].isoformat() if span else None,
            "date_end": span[1].isoformat() if span else None}


def _with_aliases(fact: dict, aliases: dict[str, list[str]]) -> dict:
    """An annotated fact with its project's other names, as a linked fact from the database has them."""
    return {**fact, "project_aliases": aliases.get(fact.get("project") or "", [])}


def annotation_facts(annotation: dict) -> dict:
    """A gold file read as the facts of its paper, so that another person's annotation is scored against the
    reference by the same rules as the database (the "second careful annotator" of issue 9): projects by their
    names and aliases, milestones by the span of their resolved date, every fact with no rule (fully trusted)."""
    projects = [{"name": p.get("name"), "aliases": p.get("aliases") or []} for p in annotation.get("projects") or []]
    aliases = {p["name"]: p["aliases"] for p in projects if p["name"]}
    document = annotation.get("document") or {}
    return {
        "document": {k: document.get(k) for k in ("board", "meeting_date", "title", "presenter")},
        "projects": projects,
        "milestones": [_with_aliases(_dated(m), aliases) for m in annotation.get("milestones") or []],
        "metrics": [_with_aliases(m, aliases) for m in annotation.get("metrics") or []],
        "benefits": [_with_aliases(b, aliases) for b in annotation.get("benefits") or []],
    }


def evaluate_annotations(folders: Sequence[tuple[str, list[dict]]], annotations: Sequence[dict]) -> Evaluation:
    """:func:`score_folders` on another person's annotations (:func:`annotation_facts`, keyed by their gold
    ``file``) instead of a database's facts. Only the gold files they annotate are scored: a second annotator
    usually covers some of the papers, and the others say nothing of agreement."""
    facts = {a["file"]: annotation_facts(a) for a in annotations}
    covered = [(name, [g for g in golds if g["file"] in facts]) for name, golds in folders]
    result = score_folders([(name, golds) for name, golds in covered if golds], facts)
    result.scored = "a second annotation"
    return result


def load_gold(gold_dir: Path) -> list[dict]:
    """The gold files (``*.json``) of a folder, by file name."""
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise GoldFileError(f"{path}: not UTF-8 JSON ({e})") from e
        if not isinstance(gold, dict) or not isinstance(gold.get("file"), str) or not gold["file"]:
            raise GoldFileError(f'{path}: expected an object with a "file" name, as ../shared/gold/README.md shows')
        golds.append(gold)
    return golds


def load_folders(gold_dirs: Sequence[Path]) -> list[tuple[str, list[dict]]]:
    """``(folder name, gold files)`` for each folder; a folder without gold files is an error."""
    folders = []
    for gold_dir in gold_dirs:
        golds = load_gold(gold_dir)
        if not golds:
            raise GoldFileError(f"no gold files (*.json) in {gold_dir}: point GOLD_DIR at a gold folder")
        folders.append((str(gold_dir), golds))
    return folders


def matching_path(file: str, source_paths: list[str]) -> str | None:
    """The source path that ends with the gold file name (as a whole path component)."""
    hits = sorted(p for p in source_paths if p == file or p.endswith(("/" + file, "\\" + file)))
    return hits[0] if hits else None


# --- scoring papers, folders, thresholds, calibration -------------------------------------------

@dataclass
class PaperResult:
    """One gold file's scores: every fact; at each threshold (stored confidences); and, with
    leave-one-out, at the default threshold with confidences calibrated on all papers
    (``in_sample``) or on all the other papers (``left_out``)."""

    gold: dict
    facts: dict | None  # None: the paper is not ingested
    score: DocumentScore
    counts: dict[str, RuleCount]  # this paper's calibration counts, by rule
    at: dict[float, DocumentScore] = field(default_factory=dict)
    in_sample: DocumentScore | None = None
    left_out: DocumentScore | None = None


@dataclass
class FolderResult:
    """The papers of one gold folder."""

    name: str
    papers: list[PaperResult]

    @property
    def scores(self) -> list[DocumentScore]:
        return [p.score for p in self.papers]


@dataclass
class Evaluation:
    """Every gold file's score (``scores``, over all folders), by folder, and the ingested papers no
    gold file covers; ``calibration``: right/extracted per rule over every paper."""

    scores: list[DocumentScore]
    without_gold: list[str] = field(default_factory=list)
    folders: list[FolderResult] = field(default_factory=list)
    thresholds: tuple[float, ...] = ()
    calibration: dict[str, RuleCount] = field(default_factory=dict)
    leave_one_out: bool = False
    #: what each gold file was matched to: a paper in the database, or another person's annotation of it
    scored: str = "an ingested paper"

    @property
    def papers(self) -> list[PaperResult]:
        return [p for f in self.folders for p in f.papers]


def _score_at(paper: PaperResult, facts: dict, threshold: float) -> DocumentScore:
    """The paper scored with only the facts at or above ``threshold`` (reusing the full score when
    no fact falls below it)."""
    kept = above(facts, threshold)
    if all(len(kept[c]) == len(facts[c]) for c in FACT_CATEGORIES):
        return paper.score
    return score_document(paper.gold, kept, paper.score.source_path)


def _score_paper(gold: dict, facts: dict | None, path: str | None, thresholds: Sequence[float]) -> PaperResult:
    score = score_document(gold, facts, path)
    counts = rule_counts(facts, {c: score.categories[c].right for c in FACT_CATEGORIES}) if facts else {}
    paper = PaperResult(gold, facts, score, counts)
    if facts is not None:
        paper.at = {t: _score_at(paper, facts, t) for t in thresholds}
    return paper


def _cross_check(paper: PaperResult, others: dict[str, RuleCount], everyone: dict[str, RuleCount],
                 threshold: float) -> None:
    """Score the paper at ``threshold`` with confidences recomputed from its facts' rules, calibrated
    on all papers and on the others only."""
    if paper.facts is None:
        paper.in_sample = paper.left_out = paper.score
        return
    paper.in_sample = _score_at(paper, recalibrated(paper.facts, confidences(everyone)), threshold)
    paper.left_out = _score_at(paper, recalibrated(paper.facts, confidences(others)), threshold)


def score_folders(folders: Sequence[tuple[str, list[dict]]], facts: dict[str, dict], *,
                  thresholds: Sequence[float] = (), leave_one_out: bool = False) -> Evaluation:
    """Score every gold file of every ``(name, gold files)`` folder against its paper in ``facts``
    (source path → that paper's facts, as :func:`facts_by_document` gives them; not there: all
    missed); at each of ``thresholds``; and, with ``leave_one_out``, each paper at the default
    threshold with confidences calibrated on every paper and on every paper but itself."""
    paths = sorted(facts)
    results = []
    for name, golds in folders:
        papers = []
        for gold in golds:
            path = matching_path(gold["file"], paths)
            papers.append(_score_paper(gold, facts.get(path) if path else None, path, thresholds))
        results.append(FolderResult(name, papers))
    every = [p for f in results for p in f.papers]
    calibration = combine({}, *(p.counts for p in every))
    if leave_one_out:
        for p in every:
            own = [q.counts for q in every if q.score.source_path == p.score.source_path]
            _cross_check(p, combine(calibration, *own, sign=-1), calibration, DEFAULT_THRESHOLD)
    covered = {p.score.source_path for p in every}
    return Evaluation([p.score for p in every], [p for p in paths if p not in covered], results,
                      tuple(thresholds), calibration, leave_one_out)


def evaluate_folders(db: Database, folders: Sequence[tuple[str, list[dict]]], **options) -> Evaluation:
    """:func:`score_folders` on what the database holds."""
    return score_folders(folders, facts_by_document(db), **options)


def evaluate(db: Database, golds: list[dict], **options) -> Evaluation:
    """Score every gold file against its paper in the database (not ingested: all missed)."""
    return evaluate_folders(db, [("", golds)], **options)


def calibrate(db: Database, folders: Sequence[tuple[str, list[dict]]]) -> list[RuleCount]:
    """Right/extracted per rule over every annotated paper (for ``patterns/confidence.jsonl``)."""
    return sorted(evaluate_folders(db, folders).calibration.values(), key=lambda c: c.rule)


# --- the text report --------------------------------------------------------------------------

#: How many misses and unmatched facts are listed per category per paper unless told otherwise.
LIST_LIMIT = 40
WRONG_LABELS = {"milestones": "extracted, not paired with a gold one (matching nothing, or a duplicate)",
                "benefits": "extracted, not paired with a gold one (matching nothing, or a duplicate)"}


def _cell(score: CategoryScore) -> str:
    def pct(x: float | None) -> str:
        return "—" if x is None else f"{100 * x:.1f}"
    return f"R {pct(score.recall):>5} P {pct(score.precision):>5}"


def _row(label: str, categories: dict[str, CategoryScore]) -> str:
    return f"  {label:<20}" + "".join(f"{_cell(categories[c]):<17}" for c in FACT_CATEGORIES).rstrip()


def _header(label: str) -> str:
    return f"  {label:<20}" + "".join(f"{c:<17}" for c in FACT_CATEGORIES).rstrip()


def _paper_tables(folder: FolderResult) -> Iterator[str]:
    for doc in folder.scores:
        yield f"{doc.file}" + ("" if doc.ingested else "  — not ingested (every gold fact missed)")
        yield from score_table(doc.categories)
        yield ""


def _listing(folder: FolderResult, category: str | None, limit: int | None) -> Iterator[str]:
    """The gold facts missed (-) and the extracted facts counted wrong (+), paper by paper."""
    for doc in folder.scores:
        if not doc.ingested:
            continue
        for name in (category,) if category else CATEGORIES:
            score = doc.categories[name]
            for sign, label, items, is_gold in (
                    ("-", "missed", score.misses, True),
                    ("+", WRONG_LABELS.get(name, "extracted, matching nothing"), score.unmatched, False)):
                if not items:
                    continue
                yield f"{doc.file} {name}: {len(items)} {label}"
                yield from (f"  {sign} {describe(name, item, gold=is_gold)}" for item in items[:limit])
                if limit is not None and len(items) > limit:
                    yield f"  … and {len(items) - limit} more (--all shows them)"
    yield ""


def threshold_lines(papers: list[PaperResult], thresholds: Sequence[float]) -> Iterator[str]:
    """Recall and precision (%) per category when facts below each threshold count as not extracted."""
    if not thresholds:
        return
    yield (f"  By stored confidence: facts below the threshold count as not extracted (* the default, "
           f"{DEFAULT_THRESHOLD:g})")
    yield _header("threshold")
    for t in thresholds:
        scores = [p.at.get(t, p.score) for p in papers]
        yield _row(f"{t:g}" + (" *" if t == DEFAULT_THRESHOLD else ""), overall(scores))


def leave_one_out_lines(papers: list[PaperResult], *, per_paper: bool = True) -> Iterator[str]:
    """Per paper (and in total): recall and precision at the default threshold when confidences are
    calibrated from the rule column on all papers (in-sample) or on all the other papers."""
    if not papers or papers[0].in_sample is None:
        return
    yield (f"  Leave-one-out at threshold {DEFAULT_THRESHOLD:g}: confidences recomputed from each fact's rule, "
           "calibrated on all papers (in-sample) or on the other papers only (left out)")
    yield _header("paper / calibration")
    rows = [(p.score.file, [p]) for p in papers] if per_paper else []
    for label, group in [*rows, ("total", papers)]:
        yield f"  {label}"
        yield _row("    in-sample", overall(p.in_sample for p in group))
        yield _row("    left out", overall(p.left_out for p in group))


def _matched_line(label: str, papers: list[PaperResult], scored: str) -> str:
    ingested = sum(p.score.ingested for p in papers)
    return (f"{label}: {len(papers)} gold file(s), {ingested} matched to {scored}; "
            "counts summed over papers")


def report_lines(result: Evaluation, *, category: str | None = None, limit: int | None = LIST_LIMIT) -> Iterator[str]:
    """The text of ``boardkb eval``: per folder its papers' tables, the misses, the folder total with
    its threshold and leave-one-out tables; last the overall tables, the all-facts table at the end."""
    several = len(result.folders) > 1
    for folder in result.folders:
        if several:
            yield f"=== {folder.name}: {len(folder.papers)} gold file(s) ==="
        yield from _paper_tables(folder)
        yield from _listing(folder, category, limit)
        if several:
            yield _matched_line(f"Total {folder.name}", folder.papers, result.scored)
            yield from score_table(overall(folder.scores))
            yield from threshold_lines(folder.papers, result.thresholds)
            yield from leave_one_out_lines(folder.papers)
            yield ""
    yield from _overall_lines(result)


def _overall_lines(result: Evaluation) -> Iterator[str]:
    every = result.papers
    missing = [p.score.file for p in every if not p.score.ingested]
    if missing:
        yield f"Not ingested ({len(missing)}): {', '.join(missing)}"
    if result.without_gold:
        yield f"{len(result.without_gold)} ingested paper(s) have no gold file and are not scored."
    several = len(result.folders) > 1
    if result.thresholds or result.leave_one_out:
        yield "All folders:" if several else "All papers:"
        yield from threshold_lines(every, result.thresholds)
        yield from leave_one_out_lines(every, per_paper=not several)
    yield _matched_line("Overall" + (f" ({len(result.folders)} folders)" if several else ""), every, result.scored)
    yield from score_table(overall(result.scores))


def calibration_lines(counts: list[RuleCount]) -> Iterator[str]:
    """One line per rule: right of extracted and the smoothed confidence."""
    yield f"  {'rule':<36} {'right/extracted':>16}  confidence"
    for c in counts:
        yield f"  {c.rule:<36} {f'{c.right}/{c.extracted}':>16}  {c.confidence:.3f}"
