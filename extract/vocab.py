"""The word lists of project discovery, as data: ``patterns/projects.jsonl``, one row per list
(``{"label", "words", "cases"}``); ``cases`` names, for an entry, the paper and phrase that
needs it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _lists() -> dict[str, frozenset[str]]:
    text = resources.files(__package__).joinpath("patterns", "projects.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {row["label"]: frozenset(row["words"]) for row in rows}


def words(label: str) -> frozenset[str]:
    """The entries of one list; a ``KeyError`` names an unknown list."""
    return _lists()[label]
