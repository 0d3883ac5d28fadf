"""Records that ingest produces: a parsed board paper, its passages and its tables.

These are plain dataclasses with no knowledge of SQL or extraction; ``boardkb.db`` stores them
and ``boardkb.extract`` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Passage kinds, in the order a reader meets them.
PASSAGE_KINDS = ("heading", "paragraph", "list_item", "table_row", "caption")


@dataclass
class Table:
    """A table found in a paper: rows of cell texts, the first ``header_rows`` of them headers.

    ``bbox`` is ``(x0, top, x1, bottom)`` in PDF points on ``page`` (pdfplumber's coordinates),
    ``None`` for text formats.
    """

    rows: list[list[str]]
    page: int | None = None
    caption: str | None = None
    header_rows: int = 0
    bbox: tuple[float, float, float, float] | None = None
    source: str = "text"  # "pdf-ruled", "pdf-text", "html", "tsv"

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Passage:
    """One unit of text in reading order: a heading, a paragraph, a list item, a table row or a
    caption, with where it sits (page, section path, paragraph number as printed)."""

    text: str
    kind: str
    page: int | None = None
    section: str | None = None
    para_no: str | None = None
    table_index: int | None = None  # for table rows and captions: index into Document.tables
    row: int | None = None  # for table rows: the row number in that table
    bbox: tuple[float, float, float, float] | None = None


@dataclass
class Document:
    """A parsed board paper with its cover metadata.

    A paper cut from an agenda pack (``ingest/packs.py``) has its agenda ``item_no`` and the pages
    of the pack file it covers (``pack_first_page``-``pack_last_page``); its passages and tables
    keep the pack's page numbers. All three are ``None`` for a paper that is a file of its own.
    """

    source_path: str
    sha256: str
    format: str
    title: str | None = None
    board: str | None = None
    meeting_date: str | None = None
    presenter: str | None = None
    pages: int | None = None
    passages: list[Passage] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    #: Why the paper is restricted (its protective marking, Schedule 12A exemption or Part 2
    #: heading, where it is printed and the words), ``None`` for a public paper (``ingest/marking.py``).
    restricted_reason: str | None = None
    item_no: str | None = None
    pack_first_page: int | None = None
    pack_last_page: int | None = None

    @property
    def restricted(self) -> bool:
        return self.restricted_reason is not None
