"""Update reports from the database's facts: the quarterly summary, a project's history and a
board update paper in the house style. ``build_*`` functions turn rows (from
``boardkb.db.reports``) into a report model; ``render`` fills a Jinja2 template with it.

Every figure and statement carries a citation ([n]: paper, board, meeting date, page,
paragraph). Nothing here reads a clock or a random source, so the same database gives the same
bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, select_autoescape

from .charts import bar_chart, line_chart

FORMATS = ("html", "md")


@dataclass
class Source:
    n: int
    paper: str
    board: str | None
    meeting_date: str | None
    page: int | None
    para_no: str | None
    document_id: int

    def __str__(self) -> str:
        where = ", ".join(x for x in (f"p. {self.page}" if self.page else None,
                                      f"para {self.para_no}" if self.para_no else None) if x)
        meta = ", ".join(x for x in (self.board, self.meeting_date) if x)
        return f"{self.paper or '(untitled)'} ({meta})" + (f", {where}" if where else "")


@dataclass
class Citations:
    """Numbered sources in order of first use."""

    sources: list[Source] = field(default_factory=list)
    _index: dict[tuple, int] = field(default_factory=dict)

    def cite(self, row: dict) -> int:
        key = (row["document_id"], row.get("page"), row.get("para_no"))
        if key not in self._index:
            self._index[key] = len(self.sources) + 1
            self.sources.append(Source(self._index[key], row.get("paper") or "", row.get("board"),
                                       row.get("meeting_date"), row.get("page"), row.get("para_no"),
                                       row["document_id"]))
        return self._index[key]


def money(value: float | None, unit: str | None) -> str:
    """A figure as papers print it: £2.5m, £450,000, 41 FTE, 87.4%."""
    if value is None:
        return ""
    if unit == "GBP":
        if abs(value) >= 1e6:
            return f"£{value / 1e6:,.1f}m".replace(".0m", "m")
        return f"£{value:,.2f}".replace(".00", "")
    if unit == "percent":
        return f"{value:g}%"
    number = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{number} {unit}" if unit and unit != "count" else number


def _quarter_of(iso: str | None) -> str | None:
    if not iso:
        return None
    return f"{iso[:4]}Q{(int(iso[5:7]) - 1) // 3 + 1}"


def build_quarterly(quarter: str, papers: list[dict], projects: list[dict], status_now: dict[int, dict],
                    status_before: dict[int, dict], milestones: list[dict], metrics: list[dict],
                    benefits: list[dict], commitments: list[dict], series: dict[int, list[dict]]) -> dict:
    """The quarterly summary: per project, status and its change, milestones, metrics, benefits;
    commitments; benefit totals; what changed since the last quarter."""
    cites = Citations()
    sections = []
    for p in projects:
        pid = p["id"]
        now, before = status_now.get(pid), status_before.get(pid)
        section = {
            "name": p["name"], "kind": p["kind"], "programme": p["programme"],
            "status": now["status"] if now else None, "status_cite": cites.cite(now) if now else None,
            "previous": before["status"] if before else None,
            "previous_cite": cites.cite(before) if before else None,
            "achieved": [], "planned": [], "metrics": [], "benefits": [],
        }
        for m in milestones:
            if m["canonical_project_id"] == pid:
                target = section["achieved"] if m["status"] == "achieved" else section["planned"]
                target.append({**m, "cite": cites.cite(m)})
        for m in metrics:
            if m["canonical_project_id"] == pid:
                section["metrics"].append({**m, "shown": money(m["value"], m["unit"]), "cite": cites.cite(m)})
        for b in benefits:
            if b["canonical_project_id"] == pid:
                section["benefits"].append({**b, "shown": money(b["amount"], b["unit"]), "cite": cites.cite(b)})
        sections.append(section)
    states: dict[str, list[dict]] = {"achieved": [], "moved": [], "overdue": [], "open": []}
    doc_ids = {p["id"] for p in papers}
    for c in commitments:
        relevant = c["latest_document_id"] in doc_ids or _quarter_of(c["due_start"]) == quarter
        if relevant:
            states[c["state"]].append({**c, "cite": cites.cite(c)})
    totals: dict[tuple, dict] = {}
    for b in benefits:
        if b["amount"] is None or b["unit"] not in ("GBP", "FTE", "hours"):
            continue
        key = (b["kind"], b["unit"], b["period"] or "period not stated")
        t = totals.setdefault(key, {"kind": key[0], "unit": key[1], "period": key[2], "total": 0.0, "cites": []})
        t["total"] += b["amount"]
        n = cites.cite(b)
        if n not in t["cites"]:
            t["cites"].append(n)
    for t in totals.values():
        t["shown"] = money(t["total"], t["unit"])
    changes = []
    for s in sections:
        if s["status"] and s["previous"] and s["status"] != s["previous"]:
            changes.append({"text": f"{s['name']}: {s['previous']} → {s['status']}",
                            "cites": [s["previous_cite"], s["status_cite"]]})
        elif s["status"] and not s["previous"]:
            changes.append({"text": f"{s['name']}: first reported ({s['status']})", "cites": [s["status_cite"]]})
    for c in states["achieved"] + states["moved"]:
        verb = "achieved" if c["state"] == "achieved" else f"moved from {c['first_due_start']} to {c['due_start']}"
        changes.append({"text": f"{c['project']}: “{c['event'][:90]}” {verb}", "cites": [c["cite"]]})
    charts = []
    for _sid, points in sorted(series.items()):
        if len(points) >= 2:
            charts.append({"subject": points[-1]["subject"], "unit": points[-1]["unit"],
                           "svg": line_chart([(p["as_of"], p["value"]) for p in points], title=points[-1]["subject"],
                                             unit="%" if points[-1]["unit"] == "percent" else ""),
                           "cites": sorted({cites.cite(p) for p in points})})
    totals_list = sorted(totals.values(), key=lambda t: (t["kind"], t["unit"], t["period"]))
    cash = [(f"{t['kind']} ({t['period']})", t["total"] / 1e6) for t in totals_list if t["unit"] == "GBP"]
    return {
        "title": f"Quarterly summary {quarter}", "quarter": quarter, "papers": papers, "sections": sections,
        "commitments": states, "totals": totals_list, "changes": changes, "charts": charts,
        "totals_chart": bar_chart(cash, title="Claimed benefits, £m", unit="m") if cash else "",
        "sources": cites.sources,
    }


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


def build_board_update(quarterly: dict, board: str | None) -> dict:
    """A board update paper in the house style, from the quarterly model: purpose, background,
    current position, financial implications, recommendations, numbered paragraphs. Its sources
    are renumbered to just those the paper cites, in the order it cites them."""
    by_number = {src.n: src for src in quarterly["sources"]}
    renumbered: dict[int, int] = {}
    sources: list[Source] = []

    def cite(n: int | None) -> int | None:
        if n is None:
            return None
        if n not in renumbered:
            renumbered[n] = len(sources) + 1
            old = by_number[n]
            sources.append(Source(renumbered[n], old.paper, old.board, old.meeting_date, old.page, old.para_no,
                                  old.document_id))
        return renumbered[n]

    sections = []
    for sec in quarterly["sections"]:
        if not (sec["status"] or sec["achieved"] or sec["planned"]):
            continue
        shown_previous = sec["previous"] is not None
        sections.append({**sec, "status_cite": cite(sec["status_cite"]),
                         "previous_cite": cite(sec["previous_cite"]) if shown_previous else None,
                         "achieved": [{**m, "cite": cite(m["cite"])} for m in sec["achieved"]],
                         "planned": [{**m, "cite": cite(m["cite"])} for m in sec["planned"]]})
    overdue = [{**c, "cite": cite(c["cite"])} for c in quarterly["commitments"]["overdue"]]
    totals = [{**t, "cites": [cite(n) for n in t["cites"]]} for t in quarterly["totals"]]
    return {"title": f"Change Programme Update – {quarterly['quarter']}", "board": board,
            "quarter": quarterly["quarter"], "papers": quarterly["papers"], "sections": sections,
            "reported": len(quarterly["sections"]), "commitments": {"overdue": overdue}, "totals": totals,
            "sources": sources}


def environment(user_dir: Path | None = None) -> Environment:
    """Package templates, overridable by files of the same name in ``user_dir``."""
    loaders = [FileSystemLoader(str(user_dir))] if user_dir else []
    loaders.append(PackageLoader("boardkb.templates", "."))
    env = Environment(loader=ChoiceLoader(loaders), autoescape=select_autoescape(["html"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["money"] = lambda v, u=None: money(v, u)
    return env


def render(name: str, fmt: str, model: dict, user_dir: Path | None = None) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return environment(user_dir).get_template(f"{name}.{fmt}.j2").render(**model)
