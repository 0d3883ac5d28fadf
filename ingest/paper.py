"""Read one board paper file, whatever its format, into a ``Document`` (an agenda pack into one per item)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .blocks import Block
from .cover import Cover, read_cover
from .errors import BinaryText, CorruptPDF, EmptyFile, IngestError, NoText, UnsupportedFormat
from .html import blocks_from_html
from .marking import restriction
from .origin import complete
from .packs import PackItem, item_cover, split_pack
from .pdf import pdf_info, read_pdf
from .records import Document
from .structure import build_passages
from .text import binary_reason, blocks_from_text, decode

#: File name endings boardkb reads, and the format each is read as.
FORMATS = {
    ".pdf": "pdf",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_papers(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, whatever their type (so an unsupported one is reported), and the
    files of supported types below named folders, recursively, sorted, hidden ones skipped."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                        yield Path(root) / name
        else:
            yield path


def count_other_files(paths: Iterable[Path]) -> int:
    """How many files below the named folders are not of a supported type (for the summary)."""
    n = 0
    for path in paths:
        if path.is_dir():
            for _root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                n += sum(1 for f in files if not f.startswith(".") and Path(f).suffix.lower() not in FORMATS)
    return n


@dataclass
class _Source:
    """What a reader made of a file: its blocks, format, pages and PDF document information."""

    blocks: list[Block]
    path: str
    sha256: str
    fmt: str
    pages: int | None = None
    info: dict[str, str] | None = None


def _read_source(path: Path, sha256: str | None, pdf_engine: str) -> _Source:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormat(str(path), f"'{path.suffix or path.name}'")
    try:
        size = path.stat().st_size
    except OSError as e:
        raise IngestError(str(path), e.strerror) from e
    if size == 0:
        raise EmptyFile(str(path))
    sha256 = sha256 or file_sha256(path)
    if fmt == "pdf":
        with open(path, "rb") as f:
            head = f.read(1024)
        if b"%PDF-" not in head:
            raise CorruptPDF(str(path), "it does not start with %PDF-, so it is not a PDF")
        blocks, pages = read_pdf(path, pdf_engine)
        return _Source(blocks, str(path), sha256, fmt, pages, pdf_info(path))
    text = decode(path.read_bytes())
    reason = binary_reason(text)
    if reason:
        raise BinaryText(str(path), reason)
    blocks = blocks_from_html(text) if fmt == "html" else blocks_from_text(text)
    return _Source(blocks, str(path), sha256, fmt)


def read_paper(path: Path, *, sha256: str | None = None, pdf_engine: str = "auto") -> Document:
    """Parse a file into one ``Document``, whatever it holds (an agenda pack too: see
    :func:`read_papers`); raises an ``IngestError`` subclass when it can't."""
    source = _read_source(path, sha256, pdf_engine)
    return document_from_blocks(source.blocks, source_path=source.path, sha256=source.sha256, fmt=source.fmt,
                                pages=source.pages, info=source.info)


def read_papers(path: Path, *, sha256: str | None = None, pdf_engine: str = "auto") -> list[Document]:
    """The papers a file holds: one per agenda item of an agenda pack (``ingest/packs.py``; its
    front sheet and blank pages are no papers), else the file as one paper. Raises an
    ``IngestError`` subclass when the file can't be read."""
    source = _read_source(path, sha256, pdf_engine)
    pack = split_pack(source.blocks, source.pages) if source.fmt == "pdf" else None
    if pack is None:
        return [document_from_blocks(source.blocks, source_path=source.path, sha256=source.sha256,
                                     fmt=source.fmt, pages=source.pages, info=source.info)]
    front = read_cover(pack.front)
    return [_item_document(source, item, front) for item in pack.items]


def _item_document(source: _Source, item: PackItem, front: Cover) -> Document:
    """One agenda item of a pack as a paper: cover metadata from its own pages and the pack's
    front sheet (``packs.item_cover``), the file name and document information filling the rest;
    an item with no text (a scanned page) is kept, with no passages, under its listed title."""
    passages, tables = build_passages(item.blocks)
    cover = complete(item_cover(read_cover(item.blocks), front, item), source=source.path, info=source.info)
    return Document(
        source_path=source.path, sha256=source.sha256, format=source.fmt, title=cover.title, board=cover.board,
        meeting_date=cover.meeting_date, presenter=cover.presenter,
        pages=item.last_page - item.first_page + 1, passages=passages, tables=tables,
        restricted_reason=restriction(passages, header=[b.text for b in item.blocks if b.running]),
        item_no=item.item_no, pack_first_page=item.first_page, pack_last_page=item.last_page,
    )


def document_from_blocks(
    blocks: list[Block], *, source_path: str, sha256: str, fmt: str, pages: int | None = None,
    info: dict[str, str] | None = None,
) -> Document:
    """Assemble a ``Document`` from a reader's blocks: cover metadata (falling back on the PDF's
    document information ``info`` and the file name), passages, tables, and the reason it is
    restricted (a protective marking in the first page's running header, the cover or the text)."""
    passages, tables = build_passages(blocks)
    if not passages:
        raise NoText(source_path)
    cover = complete(read_cover(blocks), source=source_path, info=info)
    return Document(
        source_path=source_path,
        sha256=sha256,
        format=fmt,
        title=cover.title,
        board=cover.board,
        meeting_date=cover.meeting_date,
        presenter=cover.presenter,
        pages=pages,
        passages=passages,
        tables=tables,
        restricted_reason=restriction(passages, header=[b.text for b in blocks if b.running]),
    )
