"""Agenda packs: the one PDF a council's meeting system (modern.gov) publishes for a meeting, cut
into its agenda items.

A pack opens with a front sheet, either a covering letter ("Dear Member / COUNTY COUNCIL -
THURSDAY, 9 JANUARY 2025 / Agenda Item No / 3 English Devolution White Paper (Pages 1 - 18)") or
the agenda itself ("AGENDA / CABINET / ... 5. Revenue and Capital Budget Monitoring (Pages 11 -
84)"). Each item's papers follow, the first page of each stamped "Agenda Item N" above the
paper's own cover, with "This page is intentionally left blank" pages between them.

Whether a file is a pack is read from its text, never its name: pages that open with an item
stamp, and a front sheet that lists one of those items (or two or more stamped items). The front
sheet and the blank pages are not papers. Pure functions over a reader's blocks;
``paper.read_papers`` makes a ``Document`` of each item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .blocks import Block
from .cover import Cover

# "Agenda Item 9" alone at the top of a page: kcc prod pack p. 3, supplement pack p. 3, questions pack p. 3.
# Sub-items ("5a", "5.1") and a stamp set in one block with the cover's first line are read too, for
# other councils' packs: no case of either in the kcc packs.
_STAMP = re.compile(r"^A\s?genda\s+Item\s+(\d{1,3}[A-Za-z]?(?:\.\d{1,2})?)(?:\s+|$)", re.I)
# modern.gov's filler page: kcc packs p. 2 (after the letter) and the last page of the questions pack
_BLANK = re.compile(r"^this page is intentionally left blank\.?$", re.I)
# the letter's list heading, printed "A genda Item No": kcc supplement, questions and prod packs p. 1
_LIST_HEAD = re.compile(r"^A\s?genda\s+Item\s+No\.?$", re.I)
# a letter's entry "9 24/00096 - Commissioning Plan … (Pages 1 - 4)": kcc prod pack p. 1
_LETTER_ENTRY = re.compile(r"^(\d{1,3}[A-Za-z]?)\s+(\S.*)$")
# an agenda's entries, several to a block: "1. Apologies 2. Declarations of Interest 3. Minutes
# … (Pages 1 - 10) 4. …": kcc cabinet agenda front sheet 2025-01-30
_AGENDA_ENTRY = re.compile(r"(?:^|(?<=\s))(\d{1,3}[A-Za-z]?)\.\s+(?=\S)")
# the pages an entry gives, numbered as the pack's stamps ("Page 1" on the item's first page)
_PAGES = re.compile(r"\s*\(Pages?\s+\d+(?:\s*[-–]\s*\d+)?\)\s*$", re.I)


@dataclass
class PackItem:
    """One agenda item of a pack: its number, its blocks (stamp and blank pages left out), the
    pack pages it covers and its title as the front sheet lists it."""

    item_no: str
    blocks: list[Block] = field(default_factory=list)
    first_page: int = 0
    last_page: int = 0
    listed_title: str | None = None


@dataclass
class Pack:
    """A pack cut up: the front sheet's blocks, then the items in the order printed."""

    front: list[Block]
    items: list[PackItem]


def stamp(block: Block) -> str | None:
    """The item number of an "Agenda Item N" stamp block, else None."""
    if block.table is not None:
        return None
    m = _STAMP.match(block.text.strip())
    rest = block.text.strip()[m.end():] if m else ""
    if m is None or rest[:1].islower():  # "Agenda Item 4 was deferred" opening a page is a sentence (no case yet)
        return None
    return m.group(1)


def _unstamped(block: Block) -> Block | None:
    """A stamp block without its stamp: None when the stamp was all it said (the PDF set the
    item's first cover line in the same block otherwise)."""
    m = _STAMP.match(block.text.strip())
    rest = block.text.strip()[m.end():].strip() if m else block.text
    return replace(block, text=rest) if rest else None


def _by_page(blocks: list[Block]) -> dict[int, list[int]]:
    """Indexes of the blocks on each page (running headers and empty blocks left out)."""
    pages: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        if block.page is not None and not block.running and (block.text.strip() or block.table is not None):
            pages.setdefault(block.page, []).append(i)
    return pages


def blank_pages(blocks: list[Block]) -> set[int]:
    """Pages that say only "This page is intentionally left blank"."""
    return {page for page, at in _by_page(blocks).items()
            if all(blocks[i].table is None and _BLANK.match(blocks[i].text.strip()) for i in at)}


def item_starts(blocks: list[Block]) -> list[tuple[int, str]]:
    """``(block index, item number)`` of each page that opens with an item stamp, in order; a
    stamp repeating the item before it continues that item."""
    starts: list[tuple[int, str]] = []
    for _page, at in sorted(_by_page(blocks).items()):
        number = stamp(blocks[at[0]])
        if number is not None and not (starts and starts[-1][1] == number):
            starts.append((at[0], number))
    return starts


def listed_items(front: list[Block]) -> dict[str, str]:
    """The items a front sheet lists, number → title (its "(Pages …)" dropped): a letter's
    entries after its "Agenda Item No" heading, or an agenda's numbered entries."""
    listed: dict[str, str] = {}
    in_letter_list = False
    for block in front:
        text = " ".join(block.text.split())
        if block.table is not None or not text:
            continue
        if _LIST_HEAD.match(text):
            in_letter_list = True
            continue
        entry = _LETTER_ENTRY.match(text) if in_letter_list else None
        if entry:
            listed.setdefault(entry.group(1), _title(entry.group(2)))
            continue
        in_letter_list = False
        for number, title in _agenda_entries(text):
            listed.setdefault(number, title)
    return {k: v for k, v in listed.items() if v}


def _agenda_entries(text: str) -> list[tuple[str, str]]:
    """The "N. Title" entries of an agenda block, numbers rising (so a "2." inside a title is
    not taken for an entry)."""
    marks = []
    for m in _AGENDA_ENTRY.finditer(text):
        number = int(re.match(r"\d+", m.group(1)).group(0))
        if not marks or number > marks[-1][0]:
            marks.append((number, m))
    if not marks or marks[0][1].start() != 0:
        return []
    entries = []
    for k, (_number, m) in enumerate(marks):
        end = marks[k + 1][1].start() if k + 1 < len(marks) else len(text)
        entries.append((m.group(1), _title(text[m.end():end])))
    return entries


def _title(text: str) -> str:
    return _PAGES.sub("", text).strip(" .–-")


def split_pack(blocks: list[Block], pages: int | None = None) -> Pack | None:
    """The pack ``blocks`` (a PDF's of ``pages`` pages, in reading order) are, cut into items: each
    runs to the page before the next stamp (a table set over several pages is one block of its
    first page), blank pages at its end left out. None when the blocks are not
    a pack: no page opens with an item stamp, or the front sheet lists none of the stamped items
    and only one is stamped (a report printed from a pack keeps its stamp; it is still one paper)."""
    starts = item_starts(blocks)
    if not starts:
        return None
    blank = blank_pages(blocks)
    front = [b for b in blocks[:starts[0][0]] if b.page not in blank]
    listed = listed_items(front)
    numbers = [number for _i, number in starts]
    if not any(n in listed for n in numbers) and len(set(numbers)) < 2:
        return None
    items = []
    seen: dict[str, int] = {}
    for k, (at, number) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(blocks)
        seen[number] = seen.get(number, 0) + 1
        # the same number stamped again after another item: kept apart, item_no unique per file (no case yet)
        item_no = number if seen[number] == 1 else f"{number} ({seen[number]})"
        last = (blocks[end].page or 1) - 1 if end < len(blocks) else max(pages or 0, blocks[-1].page or 0)
        items.append(_item(blocks[at:end], blank, last, number, item_no, listed.get(number)))
    return Pack(front=front, items=items)


def _item(blocks: list[Block], blank: set[int], last: int, number: str, item_no: str,
          title: str | None) -> PackItem:
    """An item from its blocks (the first its stamp) up to page ``last``, stamps and blank pages
    left out."""
    first = blocks[0].page or 1
    while last > first and last in blank:
        last -= 1
    unstamped = [_unstamped(b) if stamp(b) == number else b for b in blocks]
    kept = [b for b in unstamped if b is not None and b.page not in blank]
    return PackItem(item_no=item_no, blocks=kept, first_page=first, last_page=last, listed_title=title)


def item_cover(own: Cover, front: Cover, item: PackItem) -> Cover:
    """An item's cover metadata: the title the front sheet lists it under, else its own cover's,
    else "Agenda item N"; the meeting's board and date from the front sheet, else its own cover;
    the presenter from its own cover."""
    return Cover(
        board=front.board or own.board,
        meeting_date=front.meeting_date or own.meeting_date,
        title=item.listed_title or own.title or f"Agenda item {item.item_no}",
        presenter=own.presenter,
        authority=front.authority or own.authority,
    )
