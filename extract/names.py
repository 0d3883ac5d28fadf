"""Normalising names for comparison: the same rules the gold scoring uses (lower case, "&" read
as "and", punctuation dropped, a leading "the" dropped)."""

from __future__ import annotations

import re

#: Words that join a name's words and give its acronym no letter, or may: "Customer First in a Digital Age (CFDA)"
#: (council set 40, a committee's decision page; tests/test_projects.py), "Trauma RIsk Management (TRIM)".
SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "on", "&", "a", "an", "with"})
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")


def normalise(name: str) -> str:
    """``"The Data-Driven Insights (DDI)"`` → ``"data driven insights ddi"``."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = text.replace("-", " ").replace("/", " ")
    text = _PUNCT.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


#: A serial list of single Title Case words that qualifies what follows "and" (or "&"): "Digital, Data and ICT
#: Strategy" (police set 23). What follows is more than one word: a list of delivery words is no name ("Recruitment,
#: Staffing and Training", kent set 5).
_SERIAL_LIST = re.compile(r"(?:[A-Z][\w-]*,\s+){1,4}[A-Z][\w-]*\s+(?:and|&)\s+\S+\s+\S")


def serial_list(name: str) -> bool:
    """Whether ``name`` opens with a serial list of single words before "and" and two words or more."""
    return bool(_SERIAL_LIST.match(name))


def shaped_like_a_name(word: str) -> bool:
    """A word written as a name, not as a common word in capitals: "ControlWorks", "OASIS", "TS1", "E-notes"
    (corpus 000)."""
    return sum(c.isupper() for c in word) >= 2 or bool(re.search(r"\d|^[A-Z]-", word))


def is_period(token: str) -> bool:
    """A year or financial year written as a word of a name: "2025-28", "2024/25", "2032"."""
    return bool(re.fullmatch(r"(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?", token))
