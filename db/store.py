"""Writing parsed papers to the database: one transaction per file (its one paper, or every agenda
item of an agenda pack), replace on change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from ..extract.records import Extraction
from ..ingest.records import Document


@dataclass
class Known:
    """What the database already holds for a source path: its documents by agenda item number
    (``{None: id}`` for a file that is one paper), and the file's SHA-256, size and mtime."""

    ids: dict[str | None, int]
    sha256: str
    size_bytes: int | None
    mtime_ns: int | None


def known_documents(db: Database) -> dict[str, Known]:
    """What is stored of each source path, for deciding what to skip and what to replace."""
    known: dict[str, Known] = {}
    for row in db.query("select id, source_path, item_no, sha256, size_bytes, mtime_ns from documents order by id"):
        entry = known.setdefault(row["source_path"], Known({}, row["sha256"], row["size_bytes"], row["mtime_ns"]))
        entry.ids[row["item_no"]] = row["id"]
    return known


def document_with_sha(db: Database, sha256: str) -> dict | None:
    rows = list(db.query("select id, source_path from documents where sha256 = ? order by id limit 1", [sha256]))
    return rows[0] if rows else None


def move_document(db: Database, document_id: int, source_path: str, file_name: str) -> None:
    """Record that a stored document's file now lives at another path (every agenda item of a
    pack moves with it)."""
    with db.atomic():
        db.execute("update documents set source_path = ?, file_name = ? where source_path = "
                   "(select source_path from documents where id = ?)", [source_path, file_name, document_id])


def _bbox(bbox: tuple[float, float, float, float] | None) -> str | None:
    return json.dumps([round(v, 1) for v in bbox]) if bbox else None


def _year(meeting_date: str | None) -> int | None:
    return int(meeting_date[:4]) if meeting_date and meeting_date[:4].isdigit() else None


def save_papers(
    db: Database,
    papers: list[tuple[Document, Extraction | None]],
    *,
    file_name: str,
    size_bytes: int,
    mtime_ns: int,
    replace: dict[str | None, int] | None = None,
) -> list[int]:
    """Store the papers of one file (the file itself, or each agenda item of a pack) with their
    facts in one transaction; returns their ids.

    ``replace`` is what the database held of the file (``Known.ids``): a paper with the item
    number of a stored document replaces its rows and keeps its id; stored documents no paper
    replaces (an item dropped from a re-issued pack) are deleted.
    """
    left = dict(replace or {})
    with db.atomic():
        ids = [save_document(db, doc, file_name=file_name, size_bytes=size_bytes, mtime_ns=mtime_ns,
                             replace_id=left.pop(doc.item_no, None), facts=facts) for doc, facts in papers]
        for document_id in left.values():
            delete_document(db, document_id)
    return ids


def save_document(
    db: Database,
    doc: Document,
    *,
    file_name: str,
    size_bytes: int,
    mtime_ns: int,
    replace_id: int | None = None,
    facts: Extraction | None = None,
) -> int:
    """Store a document with its tables and passages, atomically; returns its id.

    With ``replace_id``, that document's rows are replaced and it keeps its id.
    """
    row = {
        "source_path": doc.source_path,
        "file_name": file_name,
        "sha256": doc.sha256,
        "format": doc.format,
        "title": doc.title,
        "board": doc.board,
        "meeting_date": doc.meeting_date,
        "year": _year(doc.meeting_date),
        "presenter": doc.presenter,
        "pages": doc.pages,
        "restricted": int(doc.restricted),
        "restricted_reason": doc.restricted_reason,
        "item_no": doc.item_no,
        "pack_first_page": doc.pack_first_page,
        "pack_last_page": doc.pack_last_page,
        "n_passages": len(doc.passages),
        "n_tables": len(doc.tables),
        "size_bytes": size_bytes,
        "mtime_ns": mtime_ns,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with db.atomic():
        if replace_id is not None:
            delete_document_rows(db, replace_id)
            db["documents"].update(replace_id, row)
            document_id = replace_id
        else:
            document_id = db["documents"].insert(row).last_pk
        table_ids: list[int] = []
        for seq, table in enumerate(doc.tables):
            table_id = db["doc_tables"].insert({
                "document_id": document_id,
                "seq": seq,
                "page": table.page,
                "caption": table.caption,
                "n_rows": table.n_rows,
                "n_cols": table.n_cols,
                "header_rows": table.header_rows,
                "source": table.source,
                "bbox": _bbox(table.bbox),
            }).last_pk
            table_ids.append(table_id)
            db["table_cells"].insert_all(
                (
                    {"table_id": table_id, "row": r, "col": c, "text": text,
                     "is_header": int(r < table.header_rows)}
                    for r, cells in enumerate(table.rows)
                    for c, text in enumerate(cells)
                ),
                batch_size=500,
            )
        db["passages"].insert_all(
            (
                {
                    "document_id": document_id,
                    "seq": seq,
                    "page": p.page,
                    "section": p.section,
                    "para_no": p.para_no,
                    "kind": p.kind,
                    "text": p.text,
                    "table_id": table_ids[p.table_index] if p.table_index is not None else None,
                    "row": p.row,
                    "bbox": _bbox(p.bbox),
                }
                for seq, p in enumerate(doc.passages)
            ),
            batch_size=500,
        )
        if facts is not None:
            passage_ids = {
                r["seq"]: r["id"]
                for r in db.query("select id, seq from passages where document_id = ?", [document_id])
            }
            save_facts(db, document_id, facts, passage_ids, table_ids)
    return document_id


def _project_ids(db: Database, facts: Extraction) -> dict[str, int]:
    """Upsert the document's projects by normalised name; returns name → id."""
    ids: dict[str, int] = {}
    for project in facts.projects:
        rows = list(db.query("select id, kind, description from projects where key = ?", [project.key]))
        if rows:
            project_id = rows[0]["id"]
            if not rows[0]["description"] and project.description:
                db["projects"].update(project_id, {"description": project.description})
        else:
            project_id = db["projects"].insert(
                {"name": project.name, "key": project.key, "kind": project.kind,
                 "description": project.description, "extracted_name": project.name}
            ).last_pk
        ids[project.name] = project_id
        db["project_aliases"].insert_all(
            ({"project_id": project_id, "alias": a} for a in sorted(project.aliases | {project.name})),
            ignore=True,
        )
    for project in facts.projects:
        if project.parent and project.parent in ids and ids[project.parent] != ids[project.name]:
            db.execute("update projects set parent_id = ? where id = ? and parent_id is null",
                       [ids[project.parent], ids[project.name]])
    return ids


def save_facts(db: Database, document_id: int, facts: Extraction, passage_ids: dict[int, int],
               table_ids: list[int]) -> None:
    """Store a document's extracted facts (inside the caller's transaction)."""
    projects = _project_ids(db, facts)

    def common(fact) -> dict:
        return {"project_id": projects.get(fact.project) if fact.project else None,
                "document_id": document_id, "passage_id": passage_ids[fact.passage_seq],
                "quote": fact.quote, "rule": fact.rule, "confidence": round(fact.confidence, 3)}

    def table(fact) -> int | None:
        return table_ids[fact.table_index] if fact.table_index is not None else None

    db["project_mentions"].insert_all(
        ({**common(m), "name": m.name, "status": m.status} for m in facts.mentions), batch_size=500
    )
    db["milestones"].insert_all(
        ({**common(m), "event": m.event, "date_text": m.date_text, "date_start": m.date_start,
          "date_end": m.date_end, "precision": m.precision, "status": m.status}
         for m in facts.milestones),
        batch_size=500,
    )
    db["metrics"].insert_all(
        ({**common(m), "table_id": table(m), "subject": m.subject, "value": m.value, "unit": m.unit,
          "as_of": m.as_of} for m in facts.metrics),
        batch_size=500,
    )
    db["benefits"].insert_all(
        ({**common(b), "table_id": table(b), "kind": b.kind, "description": b.description,
          "amount": b.amount, "unit": b.unit, "period": b.period, "realised": b.realised}
         for b in facts.benefits),
        batch_size=500,
    )


def delete_document_rows(db: Database, document_id: int) -> None:
    """Delete a document's facts, passages and tables (not the document row itself), and
    projects no paper mentions any more."""
    if "commitments" in db.table_names():
        db.execute("delete from commitments where milestone_id in (select id from milestones where document_id = ?) "
                   "or first_document_id = ? or latest_document_id = ?", [document_id] * 3)
    for table in ("project_mentions", "milestones", "metrics", "benefits"):
        db.execute(f"delete from {table} where document_id = ?", [document_id])
    db.execute("delete from passages where document_id = ?", [document_id])
    db.execute(
        "delete from table_cells where table_id in (select id from doc_tables where document_id = ?)",
        [document_id],
    )
    db.execute("delete from doc_tables where document_id = ?", [document_id])
    delete_orphan_projects(db)


def delete_document(db: Database, document_id: int) -> None:
    """Delete a document and everything that came from it (inside the caller's transaction)."""
    if "commitments" in db.table_names():
        db.execute("delete from commitments where evidence_passage_id in "
                   "(select id from passages where document_id = ?)", [document_id])
    delete_document_rows(db, document_id)
    db.execute("delete from documents where id = ?", [document_id])


def delete_orphan_projects(db: Database) -> None:
    """Projects with no mentions or facts left, and no child projects."""
    orphans = """
        select id from projects where id not in (
          select project_id from project_mentions
          union select project_id from milestones where project_id is not null
          union select project_id from metrics where project_id is not null
          union select project_id from benefits where project_id is not null
          union select parent_id from projects where parent_id is not null)
    """
    ids = [r["id"] for r in db.query(orphans) if r["id"] is not None]
    if ids:
        marks = ",".join("?" * len(ids))
        if "project_links" in db.table_names():
            db.execute(f"delete from project_links where project_id in ({marks}) or target_id in ({marks})", ids + ids)
            db.execute(f"update projects set canonical_id = null where canonical_id in ({marks})", ids)
            db.execute(f"update metric_series set project_id = null where project_id in ({marks})", ids)
            db.execute(f"delete from commitments where project_id in ({marks})", ids)
        db.execute(f"delete from project_aliases where project_id in ({marks})", ids)
        db.execute(f"delete from projects where id in ({marks})", ids)


def withhold_restricted(db: Database) -> int:
    """Delete every restricted paper (``documents.restricted = 1``) and everything that came from
    it, for a public copy of the database; returns how many papers were withheld.

    Gone with each paper: its row, passages, tables and cells, facts, commitments that cite it,
    and projects no public paper mentions. Kept projects lose the aliases and description that no
    public paper of theirs prints. The reviewers' corrections (file names, quotes, notes) are staff
    records and are all deleted. Links, metric series and commitments are then to be rebuilt from
    the public facts (``db.cross_paper.link``), and the full-text indexes rebuilt.
    """
    if "restricted" not in db["documents"].columns_dict:
        return 0
    ids = [r["id"] for r in db.query("select id from documents where restricted = 1 order by id")]
    with db.atomic():
        for document_id in ids:
            delete_document(db, document_id)
        if "corrections" in db.table_names():
            db.execute("delete from corrections")
        if ids:
            # A programme named only by a withheld paper is no one's parent any more
            db.execute("""update projects set parent_id = null where parent_id in (
                select id from projects where id not in (
                  select project_id from project_mentions
                  union select project_id from milestones where project_id is not null
                  union select project_id from metrics where project_id is not null
                  union select project_id from benefits where project_id is not null))""")
            delete_orphan_projects(db)
            # An alias or description read from a withheld paper: kept only if a public paper
            # that mentions the project prints it.
            printed = ("exists (select 1 from project_mentions m join passages p on p.document_id = m.document_id "
                       "where m.project_id = {id} and instr(p.text, {text}) > 0)")
            db.execute("delete from project_aliases where alias <> (select name from projects where id = project_id) "
                       "and not " + printed.format(id="project_aliases.project_id", text="project_aliases.alias"))
            db.execute("update projects set description = null where description is not null and not "
                       + printed.format(id="projects.id", text="projects.description"))
    return len(ids)
