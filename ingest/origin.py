"""What a paper's file says about it besides its text: the PDF's document information (Title,
CreationDate) and the file's name and folders (a meeting date such as 2025-03-13 or 20250313, a
board word such as "cabinet"). Cover metadata falls back on these where the text is silent.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from .cover import Cover, parse_date, smart_title

#: Board words in file and folder names, and the board each names.
BOARD_WORDS = {
    "cabinet": "Cabinet",  # kcc_cabinet_2025-03-04_qpr-q3-cabinet-appendix-1.pdf
    "council": "Council",  # kcc_council_2025-02-13_section-25-statement-final.pdf
    "spcb": "Strategic Policing and Crime Board",  # test: spcb/2015-12-01/wmp2020.pdf
    "pcp": "Police and Crime Panel",  # test: pcp_20170731_change_programme.pdf
}
#: Short forms in file names, spelled out in a title made from the name.
NAME_WORDS = {
    "app": "Appendix",  # kcc_cabinet_2025-01-30_appC_potential_capital_projects.pdf (appC)
}

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?!\d)")
_ISO_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)(?![\d-])")
_SHORT_DATE = re.compile(r"(?<![\d])\d{1,2}[-_.]\d{1,2}[-_.]\d{2,4}(?![\d])")  # 21-01-25
_TIME = re.compile(r"(?<![\d])\d{1,2}[-_.]\d\d(?![\d])")  # 10-00 after a date
_TEXT_DATE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?[-_ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-_ ]\d{4}", re.I
)
_BAD_INFO_TITLE = re.compile(
    r"^(microsoft\s+(word|excel|powerpoint)\b|untitled\b)|\.(docx?|xlsx?|pptx?|pdf|rtf|odt)$|:$", re.I
)
_PACK_TAG = re.compile(r"^\((?:public|private)?\s*pack\)\s*", re.I)
_TRAILING_WHEN = re.compile(r",?\s*\d{1,2}/\d{1,2}/\d{4}(\s+\d{1,2}:\d\d)?\s*$")


def name_date(path: str) -> str | None:
    """The meeting date a file's name or, failing that, its folders give, as ISO.

    >>> name_date("papers/kcc_cabinet_2025-01-30_appC.pdf"), name_date("spcb/20151201/x.pdf")
    ('2025-01-30', '2015-12-01')
    """
    parts = PurePath(path).parts
    for part in (PurePath(path).stem, *reversed(parts[-4:-1])):
        found = _part_date(part)
        if found:
            return found
    return None


def _part_date(part: str) -> str | None:
    for m in _ISO.finditer(part):
        iso = parse_date(f"{m.group(3)}/{m.group(2)}/{m.group(1)}")
        if iso:
            return iso
    m = _ISO_MONTH.search(part)  # 2022-02_pcp_officer-uplift…: a month only (samples/)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}"
    m = _TEXT_DATE.search(part)
    return parse_date(re.sub(r"[-_]", " ", m.group(0))) if m else None


def name_board(path: str) -> str | None:
    """The board a board word in the file's name or folders names."""
    parts = PurePath(path).parts
    for part in (PurePath(path).stem, *reversed(parts[-4:-1])):
        for word in re.split(r"[^a-z]+", part.lower()):
            if word in BOARD_WORDS:
                return BOARD_WORDS[word]
    return None


def name_title(path: str) -> str | None:
    """A title made from the file name: what follows the date, or the whole name, its words
    spaced and capitalised ("appI_budget_risk_register" → "Appendix I Budget Risk Register")."""
    stem = PurePath(path).stem
    m = _ISO.search(stem)
    if m and stem[m.end():].strip("-_ "):
        stem = stem[m.end():]
    stem = _TIME.sub(" ", _SHORT_DATE.sub(" ", _TEXT_DATE.sub(" ", stem)))
    words = [_name_word(w) for w in re.split(r"[-_\s]+", stem) if w]
    words = [w for w in words if w]
    return " ".join(words) if any(re.search(r"[A-Za-z]{3}", w) for w in words) else None


def _name_word(word: str) -> str:
    m = re.fullmatch(r"([a-z]+)([A-Z0-9]{1,2})", word)
    if m and m.group(1) in NAME_WORDS:
        return f"{NAME_WORDS[m.group(1)]} {m.group(2)}"
    if word.lower() in NAME_WORDS:
        return NAME_WORDS[word.lower()]
    return word if not word.islower() else word.capitalize()


def info_title(info: dict[str, str] | None) -> str | None:
    """The PDF document information's Title, when it is a title: not empty, not a word
    processor's file name ("Microsoft Word - report.docx"), not a label ("By:"); a meeting
    system's "(Public Pack)" tag and trailing meeting time are dropped."""
    title = " ".join(((info or {}).get("Title") or "").split())
    if not title or _BAD_INFO_TITLE.search(title) or len(re.findall(r"[A-Za-z]{2,}", title)) < 2:
        return None
    title = _TRAILING_WHEN.sub("", _PACK_TAG.sub("", title)).strip(" ,-–")
    return smart_title(title) or None


def info_date(info: dict[str, str] | None) -> str | None:
    """The month the PDF was made, from its CreationDate ("D:20250122105545+00'00'"): a paper is
    made shortly before its meeting, so only the month is given, and only as a last resort."""
    m = re.match(r"^(?:D:)?((?:19|20)\d\d)(\d\d)", (info or {}).get("CreationDate") or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{m.group(2)}"


def _decider_board(cover: Cover) -> str | None:
    """The post that signed a decision alone, or the authority on the cover that names it more fully ("NORTHSHIRE
    POLICE AND CRIME COMMISSIONER" over "Decision by: Jane Doe, Police and Crime Commissioner", review)."""
    if cover.decider and cover.authority and cover.decider.lower() in cover.authority.lower():
        return cover.authority
    return cover.decider


def _item_board(cover: Cover) -> str | None:
    """An item's minutes record their own meeting: the body they say acted, or that the item's recommendations or
    opening address, is the board before any word of the file's name: "The Cabinet considered a report of the Corporate
    Director", "That Cabinet notes ..." on item pages filed as council_<publisher>_... (council sets 82, 87, 88s, 90s
    and 91s; tests/test_cover_council.py)."""
    return (cover.acting_body or cover.addressee or cover.put_to) if cover.item_minutes else None


def complete(cover: Cover, *, source: str | None = None, info: dict[str, str] | None = None) -> Cover:
    """Fill what a paper's text left empty: the title from the PDF's document information, then
    the file name; the board and meeting date from the file's name and folders, then what the text
    gives only weakly (the body that acted, the one the recommendations address, the post that signed a decision alone,
    the named body the item's opening says it is put to, the opening lines' date), then the
    board from the authority named on the cover and the month from the document's creation date."""
    if not cover.title:
        cover.title = info_title(info) or (name_title(source) if source else None)
    if not cover.board:  # the file's board word before the body a report says acted (review: "Cabinet considered
        # the draft budget" in a County Council paper filed as kcc_council_...)
        cover.board = _item_board(cover) or (name_board(source) if source else None) or cover.acting_body \
            or cover.addressee or _decider_board(cover) or cover.put_to or cover.authority
    if not cover.meeting_date:  # ... and the file's date before the opening lines' first date
        cover.meeting_date = (name_date(source) if source else None) or cover.opening_date or info_date(info)
    if cover.minutes_of and source and _filed_later(cover, source):
        cover.meeting_date = name_date(source)  # minutes go to the body's later meeting to be agreed, the one the
        # file is filed under ("kcc_cabinet_2025-01-30_minutes-of-the-meeting-held-on-9th-january-2025.pdf", as kent
        # set 8's annotator dates it); a panel's minutes filed under the council that notes them keep their day
    return cover


def _filed_later(cover: Cover, source: str) -> bool:
    named, board = name_date(source), name_board(source)
    return bool(named and cover.minutes_of and named > cover.minutes_of and board and cover.board
                and board.lower() in cover.board.lower())
