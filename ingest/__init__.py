"""Board papers in, documents out: PDF (pdfplumber), text/markdown and HTML readers that
produce ``Document`` records with passages and tables. Knows nothing of databases or
extraction."""

from .errors import IngestError
from .paper import FORMATS, count_other_files, file_sha256, find_papers, read_paper
from .records import Document, Passage, Table

__all__ = [
    "FORMATS",
    "Document",
    "IngestError",
    "Passage",
    "Table",
    "count_other_files",
    "file_sha256",
    "find_papers",
    "read_paper",
]
