"""Read one board paper file, whatever its format, into a ``Document``."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .blocks import Block
from .cover import read_cover
from .errors import BinaryText, CorruptPDF, EmptyFile, IngestError, NoText, UnsupportedFormat
from .html import blocks_from_html
from .marking import restriction
from .origin import complete
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


def read_paper(path: Path, *, sha256: str | None = None, pdf_engine: str = "auto") -> Document:
    """Parse a paper into a ``Document``; raises an ``IngestError`` subclass when it can't."""
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
    pages: int | None = None
    info: dict[str, str] | None = None
    if fmt == "pdf":
        with open(path, "rb") as f:
            head = f.read(1024)
        if b"%PDF-" not in head:
            raise CorruptPDF(str(path), "it does not start with %PDF-, so it is not a PDF")
        blocks, pages = read_pdf(path, pdf_engine)
        info = pdf_info(path)
    else:
        text = decode(path.read_bytes())
        reason = binary_reason(text)
        if reason:
            raise BinaryText(str(path), reason)
        blocks = blocks_from_html(text) if fmt == "html" else blocks_from_text(text)
    return document_from_blocks(blocks, source_path=str(path), sha256=sha256, fmt=fmt, pages=pages, info=info)


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
