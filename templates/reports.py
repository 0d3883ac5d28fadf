"""Update reports from the database's facts: the quarterly summary, a project's history and a
board update paper in the house style. One call builds each report's model from the database
(``build_quarterly(db, "2019Q1")``, ``build_board_update(db, quarter, board)``,
``project_report(db, name)``); ``render`` fills a Jinja2 template with it.

Every figure and statement carries a citation ([n]: paper, board, meeting date, page,
paragraph). Nothing here reads a clock or a random source, so the same database gives the same
bytes.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, select_autoescape
from sqlite_utils import Database

from ..db import report_data as data
from ..extract.confidence import DEFAULT_THRESHOLD
from .board_update import BoardUpdate, build_board_update
from .charts import line_chart
from .citations import Citations, Source, money
from .quarterly import QuarterlyReport, build_quarterly

__all__ = ["BoardUpdate", "Citations", "QuarterlyReport", "Source", "build_board_update", "build_project",
           "build_quarterly", "money", "project_report", "render"]

FORMATS = ("html", "md")


def build_project(project: dict, history: dict[str, list[dict]], series: dict[int, list[dict]]) -> dict:
    """A project's history across all papers, oldest first."""
    cites = Citations()
    timeline = []
    kinds = {"project_mentions": "mention", "milestones": "milestone", "metrics": "metric", "benefits": "benefit"}
    for table, kind in kinds.items():
        for row in history[table]:
            if kind == "mention":
                detail = row["status"] or "mentioned"
            elif kind == "milestone":
                detail = f"{row['date_text']} ({row['date_start']} to {row['date_end']}): {row['status']}"
            elif kind == "metric":
                detail = f"{money(row['value'], row['unit'])} – {row['subject']}"
            else:
                amount = f" {money(row['amount'], row['unit'])}" if row["amount"] is not None else ""
                detail = f"{row['kind']}{amount} ({row['realised']})"
            if row.get("corrected"):
                detail += f" (corrected: {', '.join(sorted(row['corrected']))})"
            timeline.append({"kind": kind, "detail": detail, "quote": row["quote"], "meeting_date": row["meeting_date"],
                             "paper": row["paper"], "order": (row["meeting_date"] or "", row["document_id"],
                                                             row["passage_id"], kind, row["id"]), "row": row})
    timeline.sort(key=lambda t: t["order"])
    for t in timeline:
        t["cite"] = cites.cite(t["row"])
    commitments = [{**c, "cite": cites.cite(c)} for c in history["commitments"]]
    charts = []
    for _sid, points in sorted(series.items()):
        if len(points) >= 2:
            charts.append({"subject": points[-1]["subject"],
                           "svg": line_chart([(p["as_of"], p["value"]) for p in points], title=points[-1]["subject"],
                                             unit="%" if points[-1]["unit"] == "percent" else ""),
                           "cites": sorted({cites.cite(p) for p in points})})
    return {"title": f"Project history: {project['name']}", "project": project, "aliases": history["aliases"],
            "links": history["links"], "timeline": timeline, "commitments": commitments, "charts": charts,
            "sources": cites.sources}


def project_report(db: Database, name: str, *, min_confidence: float = DEFAULT_THRESHOLD) -> dict:
    """The history of the project called ``name`` (any of its names or acronyms). Raises
    :class:`boardkb.db.report_data.ReportError` if no project has that name."""
    found = data.project_by_name(db, name)
    history = data.project_history(db, found["id"], min_confidence=min_confidence)
    series = {s["id"]: data.series_points(db, s["id"]) for s in history["series"]}
    return build_project(found, history, series)


def environment(user_dir: Path | None = None) -> Environment:
    """Package templates, overridable by files of the same name in ``user_dir``."""
    loaders = [FileSystemLoader(str(user_dir))] if user_dir else []
    loaders.append(PackageLoader("boardkb.templates", "."))
    env = Environment(loader=ChoiceLoader(loaders), autoescape=select_autoescape(["html"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["money"] = lambda v, u=None: money(v, u)
    return env


def render(name: str, fmt: str, model: object, user_dir: Path | None = None) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    context = model if isinstance(model, dict) else {f: getattr(model, f) for f in model.__dataclass_fields__}
    return environment(user_dir).get_template(f"{name}.{fmt}.j2").render(**context)
