"""Loading what the database holds per paper, and the gold files, for ``boardkb eval``.

The rules themselves are pure functions in ``boardkb.extract.scoring``; this module only reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..extract.scoring import DocumentScore, score_document

DOCUMENTS_SQL = "select id, source_path, board, meeting_date, title, presenter from documents"
MENTIONED_SQL = """
select distinct project_mentions.document_id, projects.id, projects.name
from project_mentions join projects on projects.id = project_mentions.project_id
order by project_mentions.document_id, projects.name
"""
MILESTONES_SQL = """
select id, document_id, project_id, event, date_text, date_start, date_end, precision, status, quote
from milestones order by document_id, id
"""
METRICS_SQL = """
select id, document_id, project_id, subject, value, unit, as_of, quote from metrics order by document_id, id
"""
BENEFITS_SQL = """
select id, document_id, project_id, kind, description, amount, unit, period, realised, quote
from benefits order by document_id, id
"""


class GoldFileError(ValueError):
    """A gold file that is not JSON of the expected shape."""


@dataclass
class Evaluation:
    """Every gold file's score, and the ingested papers no gold file covers."""

    scores: list[DocumentScore]
    without_gold: list[str] = field(default_factory=list)


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


def facts_by_document(db: Database) -> dict[str, dict]:
    """Each document's metadata and extracted facts as plain dicts, keyed by ``source_path``.

    Values: ``document`` (board, meeting_date, title, presenter); ``projects`` (name, aliases: the
    projects with a mention in that document); ``milestones``, ``metrics`` and ``benefits`` (their
    columns, with ``project`` and ``project_aliases`` for the linked project).
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
    for row in db.query(MENTIONED_SQL):
        project = projects[row["id"]]
        by_id[row["document_id"]]["projects"].append({"name": project["name"], "aliases": list(project["aliases"])})
    for key, sql in (("milestones", MILESTONES_SQL), ("metrics", METRICS_SQL), ("benefits", BENEFITS_SQL)):
        for row in db.query(sql):
            by_id[row["document_id"]][key].append(_with_project(row, projects))
    return {paths[i]: facts for i, facts in by_id.items()}


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


def matching_path(file: str, source_paths: list[str]) -> str | None:
    """The source path that ends with the gold file name (as a whole path component)."""
    hits = sorted(p for p in source_paths if p == file or p.endswith(("/" + file, "\\" + file)))
    return hits[0] if hits else None


def evaluate(db: Database, golds: list[dict]) -> Evaluation:
    """Score every gold file against its paper in the database (not ingested: all missed)."""
    facts = facts_by_document(db)
    paths = sorted(facts)
    scores = []
    covered = set()
    for gold in golds:
        path = matching_path(gold["file"], paths)
        scores.append(score_document(gold, facts[path] if path else None, path))
        covered.add(path)
    return Evaluation(scores, [p for p in paths if p not in covered])
