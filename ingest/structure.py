"""Blocks to passages: headings and the section path, paragraph numbers as printed, list items,
captions, and one passage per table row.

Pure functions; the readers supply blocks, whatever the source format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block
from .records import Passage, Table

# Paragraph numbers as papers print them: "4.", "4.1", "58.d", "C)", "a.", "(iii)".
_PARA_NO = [
    re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s)"),  # 4.1, 4.1.2
    # 3.3The: a number the PDF set tight against its paragraph (uk-council reports)
    re.compile(r"^(\d{1,2}\.\d{1,2})(?=[A-Z][a-z])"),
    # ... or with its full stop: "1.1.NHS bodies must consult" (uk-council JHOSC report; tests/test_text.py)
    re.compile(r"^(\d{1,2}\.\d{1,2})\.(?=[A-Z])"),
    re.compile(r"^(\d{1,3}\.[a-z])[.)]?(?=\s)"),  # 58.d
    re.compile(r"^(\d{1,3})[.)](?=\s)"),  # 4. or 4)
    re.compile(r"^(\(?[ivx]{1,5}\))(?=\s)"),  # (iii) or iii)
    # ii. Improving ...: a sub-item under a lettered one (a police and crime panel's minutes; tests/test_text.py)
    re.compile(r"^([ivx]{2,5})\.(?=\s+[A-Z\d‘'\"(£])"),
    re.compile(r"^(\([a-zA-Z0-9]{1,3}\))(?=\s)"),  # (a) (12)
    re.compile(r"^([A-Za-z]\))(?=\s)"),  # C) or c)
    re.compile(r"^([A-Za-z])\.(?=\s+[A-Z\d‘'\"(])"),  # a. Connect / A. Title
]
_CAPTION = re.compile(
    r"^(Table|Figure|Fig\.|Chart|Graph|Diagram|Appendix|Annex)\s+[A-Z]?\d+[a-z]?(\.\d+)?\s*[:.\-–—]",
    re.I,
)
#: A caption the text layer ran into the paragraph before its table: "In 2024-25, the Council is planning
#: capital expenditure of £m as shown in the following table: Table 1: Prudential Indicator: Estimates of
#: Capital Expenditure in £millions" (case: tests/test_text.py, uk-council capital strategy).
_RUN_IN_CAPTION = re.compile(r"\b(?:Table|Figure|Chart)\s+[A-Z]?\d+[a-z]?\s*[:.\-–—]\s*[^.]{3,150}$")
_BULLET = re.compile(r"^(?:[•●▪◦■\u2022\uf0b7\uf0a7\u25aa\u25cf\u2023\u2043\u2219*]|[-–—](?=\s))\s*")
_TERMINAL = re.compile(r"[.;,:!?]$")
_LETTERED = re.compile(r"^\(?[A-Za-z]\)|^[A-Za-z]\.$")


@dataclass
class _Heading:
    level: int
    text: str


def split_para_no(text: str) -> tuple[str | None, str]:
    """``"4.1 The Board..."`` → ``("4.1", "The Board...")``; no number → ``(None, text)``.

    Numbers lose a trailing full stop ("4." prints as "4"); bracketed forms keep their brackets.
    """
    for pattern in _PARA_NO:
        m = pattern.match(text)
        if m:
            rest = text[m.end() :].strip()
            if rest:
                return m.group(1), rest
    return None, text


def strip_bullet(text: str) -> tuple[bool, str]:
    """Normalise a bullet glyph: ``"• text"`` → ``(True, "text")``."""
    m = _BULLET.match(text)
    if m and len(text) > m.end():
        return True, text[m.end() :].strip()
    return False, text


def is_caption(text: str) -> bool:
    return bool(_CAPTION.match(text))


#: An agenda item's number printed above a paper ("AGENDA ITEM 6") opens no section: the cover goes on
#: under it (case: tests/test_text.py, a police board's cover).
AGENDA_ITEM = re.compile(r"(?:agenda\s+)?item\s+(?:no\.?\s*)?\d+[a-z]?\b", re.I)


def _looks_like_heading(block: Block, text: str, para_no: str | None, next_block: Block | None) -> bool:
    if AGENDA_ITEM.fullmatch(text.strip()):
        return False
    if block.heading:
        return True
    words = text.split()
    if not words or len(words) > 14 or len(text) > 110 or _TERMINAL.search(text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "‘'\"("):
        return False
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    if upper and len(letters) > 2 or block.bold:
        return True
    if para_no and _LETTERED.match(para_no):
        return True
    if para_no:  # "12. Short numbered sentence" without a full stop is still a paragraph
        return False
    # A short title-case line that introduces a paragraph, not one of a run of short lines
    # (signatures, addresses, table debris).
    if next_block is None or next_block.table is not None:
        return False
    nxt = next_block.text
    return len(words) <= 8 and (len(nxt.split()) > 14 or bool(split_para_no(nxt)[0]))


def _heading_level(text: str, para_no: str | None) -> int:
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    if para_no and re.fullmatch(r"\d{1,3}", para_no):
        return 1
    if para_no and re.fullmatch(r"\d+(\.\d+)+", para_no):
        return 2 + para_no.count(".") - 1
    if para_no and _LETTERED.match(para_no):
        return 3
    return 1 if upper else 3


def build_passages(blocks: list[Block]) -> tuple[list[Passage], list[Table]]:
    """Turn blocks into passages in reading order, and collect the tables they contain
    (running headers kept for the cover are left out)."""
    blocks = [b for b in blocks if not b.running]
    passages: list[Passage] = []
    tables: list[Table] = []
    stack: list[_Heading] = []
    pending_caption: Passage | None = None  # a caption waiting for the table after it

    def section() -> str | None:
        return " > ".join(h.text for h in stack) or None

    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.table is not None:
            table = block.table
            table.page = table.page if table.page is not None else block.page
            index = len(tables)
            tables.append(table)
            caption = pending_caption
            if caption is None and nxt is not None and nxt.table is None and is_caption(nxt.text):
                caption = None  # the caption follows the table: attached when we reach it
            if caption is not None:
                table.caption = caption.text
                caption.table_index = index
            elif passages and passages[-1].kind == "paragraph" and (tail := _RUN_IN_CAPTION.search(passages[-1].text)):
                table.caption = tail.group(0)  # "... as shown in the following table: Table 1: ... in £millions"
            pending_caption = None
            for r, row in enumerate(table.rows):
                text = " | ".join(c.replace("\n", " ").strip() for c in row if c.strip())
                if text:
                    passages.append(
                        Passage(text=text, kind="table_row", page=table.page, section=section(),
                                table_index=index, row=r, bbox=table.bbox)
                    )
            continue

        text = block.text.strip()
        if not text:
            continue
        bulleted, text = strip_bullet(text)
        list_item = block.list_item or bulleted
        if is_caption(text):
            p = Passage(text=text, kind="caption", page=block.page, section=section(), bbox=block.bbox)
            prev_table = tables[-1] if tables and i > 0 and blocks[i - 1].table is not None else None
            if prev_table is not None and prev_table.caption is None:
                prev_table.caption = text
                p.table_index = len(tables) - 1
            else:
                pending_caption = p
            passages.append(p)
            continue
        pending_caption = None
        para_no, body = split_para_no(text)
        if list_item and not para_no:
            passages.append(Passage(text=body, kind="list_item", page=block.page,
                                    section=section(), bbox=block.bbox))
            continue
        if not list_item and _looks_like_heading(block, body, para_no, nxt):
            level = _heading_level(body, para_no)
            while stack and stack[-1].level >= level:
                stack.pop()
            stack.append(_Heading(level, body))
            passages.append(Passage(text=body, kind="heading", page=block.page, section=section(),
                                    para_no=para_no, bbox=block.bbox))
            continue
        passages.append(Passage(text=body, kind="paragraph", page=block.page, section=section(),
                                para_no=para_no, bbox=block.bbox))
    return passages, tables
