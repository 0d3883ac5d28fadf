"""The database schema as named migrations, safe to re-apply (sqlite-utils ``Migrations``).

The schema is a public API: every table and column is documented in ``docs/schema.md`` and in
the Datasette metadata (``metadata.yml``). Add columns with new migrations; never rename.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("boardkb")


@migrations()
def m001_create_documents(db: Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "source_path": str,
            "file_name": str,
            "sha256": str,
            "format": str,
            "title": str,
            "board": str,
            "meeting_date": str,
            "year": int,
            "presenter": str,
            "pages": int,
            "n_passages": int,
            "n_tables": int,
            "size_bytes": int,
            "mtime_ns": int,
            "ingested_at": str,
        },
        pk="id",
        not_null={"source_path", "sha256", "format"},
    )
    db["documents"].create_index(["source_path"], unique=True)
    db["documents"].create_index(["sha256"])
    db["documents"].create_index(["board"])
    db["documents"].create_index(["meeting_date"])
    db["documents"].enable_fts(["title", "board", "presenter"], tokenize="porter",
                               create_triggers=True)


@migrations()
def m002_create_doc_tables(db: Database) -> None:
    db["doc_tables"].create(
        {
            "id": int,
            "document_id": int,
            "seq": int,
            "page": int,
            "caption": str,
            "n_rows": int,
            "n_cols": int,
            "header_rows": int,
            "source": str,
            "bbox": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id"},
    )
    db["doc_tables"].create_index(["document_id"])
    db["table_cells"].create(
        {"table_id": int, "row": int, "col": int, "text": str, "is_header": int},
        pk=("table_id", "row", "col"),
        foreign_keys=[("table_id", "doc_tables", "id")],
        not_null={"table_id", "row", "col"},
    )
    db["table_cells"].create_index(["table_id"])


@migrations()
def m003_create_passages(db: Database) -> None:
    db["passages"].create(
        {
            "id": int,
            "document_id": int,
            "seq": int,
            "page": int,
            "section": str,
            "para_no": str,
            "kind": str,
            "text": str,
            "table_id": int,
            "row": int,
            "bbox": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("table_id", "doc_tables", "id")],
        not_null={"document_id", "seq", "kind", "text"},
    )
    db["passages"].create_index(["document_id", "seq"], unique=True)
    db["passages"].create_index(["table_id"])
    db["passages"].create_index(["kind"])
    db["passages"].enable_fts(["text", "section"], tokenize="porter", create_triggers=True)


def open_database(path: str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) a boardkb database in WAL mode with foreign keys enforced."""
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    if migrate:
        db.enable_wal()
        migrations.apply(db)
    return db


@migrations()
def m004_create_facts(db: Database) -> None:
    db["projects"].create(
        {"id": int, "name": str, "key": str, "kind": str, "parent_id": int, "description": str},
        pk="id",
        foreign_keys=[("parent_id", "projects", "id")],
        not_null={"name", "key"},
    )
    db["projects"].create_index(["key"], unique=True)
    db["projects"].create_index(["parent_id"])
    db["projects"].enable_fts(["name", "description"], tokenize="porter", create_triggers=True)
    db["project_aliases"].create(
        {"project_id": int, "alias": str},
        pk=("project_id", "alias"),
        foreign_keys=[("project_id", "projects", "id")],
    )
    db["project_aliases"].create_index(["project_id"])
    db["project_aliases"].create_index(["alias"])
    fact_fks = [("project_id", "projects", "id"), ("document_id", "documents", "id"),
                ("passage_id", "passages", "id")]
    db["project_mentions"].create(
        {"id": int, "project_id": int, "document_id": int, "passage_id": int, "name": str,
         "status": str, "quote": str},
        pk="id", foreign_keys=fact_fks, not_null={"project_id", "document_id", "passage_id"},
    )
    db["milestones"].create(
        {"id": int, "project_id": int, "document_id": int, "passage_id": int, "event": str,
         "date_text": str, "date_start": str, "date_end": str, "precision": str, "status": str,
         "quote": str},
        pk="id", foreign_keys=fact_fks, not_null={"document_id", "passage_id"},
    )
    table_fks = [*fact_fks, ("table_id", "doc_tables", "id")]
    db["metrics"].create(
        {"id": int, "project_id": int, "document_id": int, "passage_id": int, "table_id": int,
         "subject": str, "value": float, "unit": str, "as_of": str, "quote": str},
        pk="id", foreign_keys=table_fks, not_null={"document_id", "passage_id", "value", "unit"},
    )
    db["benefits"].create(
        {"id": int, "project_id": int, "document_id": int, "passage_id": int, "table_id": int,
         "kind": str, "description": str, "amount": float, "unit": str, "period": str,
         "realised": str, "quote": str},
        pk="id", foreign_keys=table_fks, not_null={"document_id", "passage_id", "kind"},
    )
    for table in ("project_mentions", "milestones", "metrics", "benefits"):
        for column in ("project_id", "document_id", "passage_id"):
            db[table].create_index([column])
    for table in ("metrics", "benefits"):
        db[table].create_index(["table_id"])


@migrations()
def m005_cross_paper_tracking(db: Database) -> None:
    db["projects"].add_column("canonical_id", int)
    db["projects"].add_column("extracted_name", str)
    db["projects"].create_index(["canonical_id"])
    db.execute("update projects set extracted_name = name where extracted_name is null")
    db["project_links"].create(
        {"id": int, "project_id": int, "target_id": int, "relation": str, "reason": str, "source": str},
        pk="id",
        foreign_keys=[("project_id", "projects", "id"), ("target_id", "projects", "id")],
    )
    db["project_links"].create_index(["project_id"])
    db["project_links"].create_index(["target_id"])
    db["metric_series"].create(
        {"id": int, "key": str, "subject": str, "unit": str, "project_id": int, "n_points": int,
         "first_as_of": str, "last_as_of": str},
        pk="id",
        foreign_keys=[("project_id", "projects", "id")],
    )
    db["metric_series"].create_index(["project_id"])
    db["metrics"].add_column("series_id", int, fk="metric_series", fk_col="id")
    db["metrics"].create_index(["series_id"])
    db["commitments"].create(
        {"milestone_id": int, "project_id": int, "state": str, "first_document_id": int,
         "first_due_start": str, "first_due_end": str, "latest_document_id": int, "due_start": str,
         "due_end": str, "due_quarter": str, "evidence_passage_id": int, "updates": int, "was_moved": int},
        pk="milestone_id",
        foreign_keys=[("milestone_id", "milestones", "id"), ("project_id", "projects", "id"),
                      ("first_document_id", "documents", "id"), ("latest_document_id", "documents", "id"),
                      ("evidence_passage_id", "passages", "id")],
    )
    for column in ("project_id", "first_document_id", "latest_document_id", "evidence_passage_id"):
        db["commitments"].create_index([column])


@migrations()
def m006_fact_confidence(db: Database) -> None:
    """Every fact names the rule that made it and carries a confidence (0–1)."""
    for table in ("project_mentions", "milestones", "metrics", "benefits"):
        db[table].add_column("rule", str)
        db[table].add_column("confidence", float)
        db[table].create_index(["confidence"])


@migrations()
def m007_corrections(db: Database) -> None:
    """Reviewers' corrections, apart from the facts, keyed by paper, passage position and quote
    (never by row id) so that re-ingesting a paper finds them again (``db/corrections.py``)."""
    db["corrections"].create(
        {"id": int, "action": str, "fact_table": str, "file_name": str, "sha256": str, "passage_seq": int,
         "quote": str, "match": str, "fact_key": str, "target": str, "field": str, "value": str, "name": str,
         "reviewer": str, "created_at": str, "note": str},
        pk="id",
        not_null={"action", "target", "field"},
    )
    db["corrections"].create_index(["target", "field"], unique=True)
    db["corrections"].create_index(["file_name"])


@migrations()
def m008_restricted_papers(db: Database) -> None:
    """A paper's protective marking: ``documents.restricted`` (0/1) and ``restricted_reason``,
    written at ingest (``ingest/marking.py``, ``store.save_document``). Papers stored before are
    checked here from their stored passages (the running header is not stored)."""
    from ..ingest.marking import restriction
    from ..ingest.records import Passage

    db["documents"].add_column("restricted", int, not_null_default=0)
    db["documents"].add_column("restricted_reason", str)
    db["documents"].create_index(["restricted"])
    for document_id in [r["id"] for r in db.query("select id from documents")]:
        passages = [Passage(text=r["text"], kind=r["kind"], page=r["page"]) for r in db.query(
            "select text, kind, page from passages where document_id = ? order by seq", [document_id])]
        reason = restriction(passages)
        if reason:
            db["documents"].update(document_id, {"restricted": 1, "restricted_reason": reason})


@migrations()
def m009_agenda_pack_items(db: Database) -> None:
    """An agenda pack (one PDF for a meeting) is stored as one document per agenda item
    (``ingest/packs.py``): ``documents.item_no`` and the pack pages the item covers,
    ``pack_first_page`` and ``pack_last_page`` (null for a paper that is a file of its own).
    ``source_path`` is unique per item, no longer per file. Corrections name the item too
    (``corrections.item_no``), as the items of a pack share its file name and SHA-256.

    A PDF stored whole before, with an item stamp ("Agenda Item 9") among its passages, may be a
    pack: its stored SHA-256 is marked (``m009:`` before it) and its size and mtime cleared, so the
    next ingest reads it again instead of skipping it as unchanged."""
    db["documents"].add_column("item_no", str)
    db["documents"].add_column("pack_first_page", int)
    db["documents"].add_column("pack_last_page", int)
    db.execute("drop index if exists idx_documents_source_path")
    db.execute("create unique index if not exists idx_documents_source_path_item "
               "on documents (source_path, coalesce(item_no, ''))")
    db["corrections"].add_column("item_no", str)
    db.execute("""update documents set sha256 = 'm009:' || sha256, size_bytes = null, mtime_ns = null
                  where format = 'pdf' and id in (select document_id from passages
                    where text glob 'Agenda Item [0-9]*' and length(text) <= 20)""")
