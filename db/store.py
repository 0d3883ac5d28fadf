"""Writing parsed papers to the database: one transaction per document, replace on change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from ..ingest.records import Document


@dataclass
class Known:
    """What the database already holds for a source path."""

    id: int
    sha256: str
    size_bytes: int | None
    mtime_ns: int | None


def known_documents(db: Database) -> dict[str, Known]:
    """Every stored document by source path, for deciding what to skip."""
    return {
        row["source_path"]: Known(row["id"], row["sha256"], row["size_bytes"], row["mtime_ns"])
        for row in db.query("select id, source_path, sha256, size_bytes, mtime_ns from documents")
    }


def document_with_sha(db: Database, sha256: str) -> dict | None:
    rows = list(db.query("select id, source_path from documents where sha256 = ? limit 1", [sha256]))
    return rows[0] if rows else None


def move_document(db: Database, document_id: int, source_path: str, file_name: str) -> None:
    """Record that a stored document's file now lives at another path."""
    with db.atomic():
        db["documents"].update(document_id, {"source_path": source_path, "file_name": file_name})


def _bbox(bbox: tuple[float, float, float, float] | None) -> str | None:
    return json.dumps([round(v, 1) for v in bbox]) if bbox else None


def _year(meeting_date: str | None) -> int | None:
    return int(meeting_date[:4]) if meeting_date and meeting_date[:4].isdigit() else None


def save_document(
    db: Database,
    doc: Document,
    *,
    file_name: str,
    size_bytes: int,
    mtime_ns: int,
    replace_id: int | None = None,
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
    return document_id


def delete_document_rows(db: Database, document_id: int) -> None:
    """Delete a document's passages and tables (not the document row itself)."""
    db.execute("delete from passages where document_id = ?", [document_id])
    db.execute(
        "delete from table_cells where table_id in (select id from doc_tables where document_id = ?)",
        [document_id],
    )
    db.execute("delete from doc_tables where document_id = ?", [document_id])
