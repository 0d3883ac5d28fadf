"""A web page's list of a meeting's papers links each to its file: "185 Digital Strategy Update pdf icon PDF 99 KB".
What such a line says, read once for the cover's title (``cover``), the figures (``extract.quantities``), milestones'
dates (``extract.facts``) and projects' names (``extract.project_candidates``)."""

from __future__ import annotations

import re

#: A link to a document: "185 Digital Strategy Update pdf icon PDF 99 KB", "Enc. 1 for Customer First in a
#: Digital Age, item 52 PDF 466 KB View as HTML (52/2) 308 KB" (council set 40, minutes pages): its file sizes and the
#: item's number opening its line are no figures; the figures of its title are ("Purchase of 60 marked response
#: vehicles at a cost of £1.8m PDF 250 KB", review; tests/test_quantities.py).
FILE_LINK = re.compile(r"(?i)\b(?:pdf|docx?|xlsx?|word|excel|html)\b[\s,(]{0,3}(?:\(\d+/\d+\)\s*)?\d[\d.,]*\s?[KM]B\b")
FILE_SIZE = re.compile(r"\d[\d.,]*\s?[KM]B\b")


#: The item's number opening a line that links to a file ("144 Oracle Improvement Programme Business Case PDF 392 KB",
#: council set 36); a year is no item's number ("2025 Budget Book PDF 2 MB", review of ingest/cover.py).
_ITEM_NUMBER = re.compile(r"\s*(?!(?:19|20)\d\d\b)\d{1,4}(?=\s+[A-Z])")


def file_link_line(line: str) -> bool:
    """A line of a web page's list of papers: its title, then the file's type and size at its end ("118 Future
    Tandridge Programme Update - September 2024 PDF 71 KB", council set 33; "... item 52 PDF 466 KB View as HTML (52/2)
    308 KB", council set 40); not a sentence that mentions an attachment, "the full evaluation report (PDF, 1.3 MB) is
    available" (review). Its dates name the file (``facts._names_the_paper``) and its opening number is the item's
    (``link_item_number``)."""
    return any(not line[link.end() :].strip(" )") for link in FILE_LINK.finditer(line))


def link_item_number(line: str) -> int:
    """Where the item's number opening a file's link line ends; 0 on any other line."""
    item = _ITEM_NUMBER.match(line) if file_link_line(line) else None
    return item.end() if item else 0


def link_title(line: str) -> str:
    """The title a file's link gives, without its item's number and its file's type and size: "Capital Programme -
    Monitor One" of "91 Capital Programme - Monitor One pdf icon PDF 78 KB" (council set 31); "Minutes" of "Minutes pdf
    icon PDF 105 KB" (police set 33); any other line as it is."""
    if not file_link_line(line):
        return line
    first = FILE_LINK.search(line)
    return re.sub(r"(?i)\s*pdf\s+icon\s*$", "", line[link_item_number(line) : first.start()]).strip()
