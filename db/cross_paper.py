"""Applying cross-paper linking to the database: canonical projects, the links that explain
them, metric series and commitments. Rebuilt from the stored facts (and the user's overrides
file) by ``boardkb link`` and after every ingest; no paper is re-parsed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..extract.commitments import Promise, Statement, conjunct_parts, follow_commitments
from ..extract.linking import Name, Overrides, auto_links, resolve
from ..extract.names import normalise
from ..extract.tracking import TARGET_SUFFIX, MetricRow, group_series, series_title


@dataclass
class LinkReport:
    projects: int
    canonical: int
    links: int
    series: int
    commitments: dict[str, int]

    def summary(self) -> str:
        states = ", ".join(f"{n} {s}" for s, n in sorted(self.commitments.items())) or "none"
        return (f"{self.projects} extracted project names → {self.canonical} projects "
                f"({self.links} links); {self.series} metric series; commitments: {states}")


def _names(db: Database) -> list[Name]:
    mentions = {r["project_id"]: r["n"] for r in
                db.query("select project_id, count(*) as n from project_mentions group by project_id")}
    names = {r["id"]: Name(r["id"], r["name"], set(), mentions.get(r["id"], 0))
             for r in db.query("select id, coalesce(extracted_name, name) as name from projects order by id")}
    for r in db.query("select project_id, alias from project_aliases"):
        if r["project_id"] in names:
            names[r["project_id"]].aliases.add(r["alias"])
    return list(names.values())


def link(db: Database, overrides: Overrides | None = None) -> LinkReport:
    """Recompute canonical projects, links, metric series and commitments, in one transaction."""
    names = _names(db)
    texts = [r["text"] for r in db.query(
        "select text from passages where text like '%formerly%' or text like '%previously%' "
        "or text like '%part of%'")]
    resolution = resolve(names, auto_links(names, texts), overrides)
    with db.atomic():
        db.execute("delete from project_links")
        db["project_links"].insert_all(
            ({"project_id": lk.project_id, "target_id": lk.target_id, "relation": lk.relation,
              "reason": lk.reason, "source": lk.source} for lk in resolution.links),
            batch_size=500,
        )
        for n in names:
            canonical = resolution.canonical[n.id]
            is_root = canonical == n.id
            db.execute(
                "update projects set canonical_id = ?, name = ?, extracted_name = coalesce(extracted_name, name) "
                "where id = ?",
                [None if is_root else canonical, resolution.names[n.id] if is_root else n.name, n.id],
            )
        for child, parent in resolution.parents.items():
            db.execute("update projects set parent_id = ? where id = ?", [parent, child])
        series = _series(db)
        states = _commitments(db)
    canonical = sum(1 for n in names if resolution.canonical[n.id] == n.id)
    return LinkReport(len(names), canonical, len(resolution.links), series, states)


def _series(db: Database) -> int:
    rows = [MetricRow(r["id"], r["document_id"], r["subject"], r["unit"], r["as_of"], r["meeting_date"])
            for r in db.query("select metrics.id, metrics.document_id, subject, unit, as_of, documents.meeting_date "
                              "from metrics join documents on documents.id = metrics.document_id "
                              "where documents.meeting_date is not null")]
    db.execute("update metrics set series_id = null")
    db.execute("delete from metric_series")
    groups = group_series(rows)
    for (key, unit), members in sorted(groups.items()):
        when = sorted(r.as_of or r.meeting_date for r in members)
        project = db.execute(
            f"select coalesce(p.canonical_id, p.id) from metrics m join projects p on p.id = m.project_id "
            f"where m.id in ({','.join('?' * len(members))}) group by 1 order by count(*) desc limit 1",
            [r.id for r in members]).fetchone()
        series_id = db["metric_series"].insert({
            "key": key, "subject": series_title(key.removesuffix(TARGET_SUFFIX), [r.subject for r in members]),
            "unit": unit, "project_id": project[0] if project else None,
            "n_points": len(members), "first_as_of": when[0], "last_as_of": when[-1],
        }).last_pk
        db.execute(f"update metrics set series_id = ? where id in ({','.join('?' * len(members))})",
                   [series_id, *[r.id for r in members]])
    return len(groups)


def _quarter(iso: str) -> str:
    return f"{iso[:4]}Q{(int(iso[5:7]) - 1) // 3 + 1}"


def _promises(db: Database) -> list[Promise]:
    return [Promise(r["id"], r["project_id"], r["document_id"], r["meeting_date"], r["date_start"], r["date_end"],
                    r["status"] or "", r["event"] or "", r["quote"] or "", r["date_text"] or "", r["passage_id"])
            for r in db.query("""
                select m.id, coalesce(p.canonical_id, p.id) as project_id, m.document_id, d.meeting_date,
                       m.date_start, m.date_end, m.status, m.event, m.quote, m.date_text, m.passage_id
                from milestones m join documents d on d.id = m.document_id
                left join projects p on p.id = m.project_id
                where d.meeting_date is not null order by d.meeting_date, m.document_id, m.id""")]


def _statements(db: Database, milestones: list[Promise]) -> list[Statement]:
    """Every mention of a project (its sentence, or its status-table row) and every milestone."""
    out = [Statement(r["project_id"], r["document_id"], r["meeting_date"], r["passage_id"], r["quote"] or "",
                     r["status"] if r["kind"] == "table_row" and "✓" in (r["quote"] or "") else None)
           for r in db.query("""
                select coalesce(p.canonical_id, p.id) as project_id, pm.document_id, d.meeting_date, pm.passage_id,
                       pm.quote, pm.status, ps.kind
                from project_mentions pm join projects p on p.id = pm.project_id
                join documents d on d.id = pm.document_id join passages ps on ps.id = pm.passage_id
                where d.meeting_date is not null order by d.meeting_date, pm.document_id, ps.seq""")]
    out += [Statement(m.project_id, m.document_id, m.meeting_date, m.passage_id, m.quote, None, m)
            for m in milestones if m.project_id is not None]
    return out


def _project_names(db: Database) -> tuple[dict[int, set[str]], dict[int, str]]:
    names: dict[int, set[str]] = {}
    display: dict[int, str] = {}
    for r in db.query("""select coalesce(p.canonical_id, p.id) as id, p.name, p.canonical_id, a.alias
                         from projects p left join project_aliases a on a.project_id = p.id"""):
        names.setdefault(r["id"], set()).update(normalise(x) for x in (r["name"], r["alias"]) if x)
        if r["canonical_id"] is None:
            display[r["id"]] = r["name"]
    return names, display


def _commitments(db: Database) -> dict[str, int]:
    milestones = _promises(db)
    names, display = _project_names(db)
    latest = db.execute("select max(meeting_date) from documents").fetchone()[0] or ""
    db.execute("delete from commitments")
    states: dict[str, int] = {}
    found = follow_commitments(milestones, _statements(db, milestones), latest, names, conjunct_parts(display))
    for c in found:
        db["commitments"].insert({
            "milestone_id": c.milestone_id, "project_id": c.project_id, "state": c.state,
            "first_document_id": c.first_document_id, "first_due_start": c.first_due_start,
            "first_due_end": c.first_due_end, "latest_document_id": c.latest_document_id,
            "due_start": c.due_start, "due_end": c.due_end, "due_quarter": _quarter(c.due_end),
            "evidence_passage_id": c.evidence_passage_id, "updates": len(c.updates), "was_moved": int(c.was_moved),
        })
        states[c.state] = states.get(c.state, 0) + 1
    return states
