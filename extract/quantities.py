"""Quantities in prose: numbers (digits or words) with their units, as values.

``find_quantities("saved £2.5m per annum")`` → one ``Quantity`` of 2500000.0 GBP. Units,
number words and the words that make a number a label ("Table 3", "Phase 2") are data files in
``patterns/``. Dates, years, ordinals, paragraph numbers and codes are not quantities.
Pure functions: text in, records out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_NUMBER = re.compile(
    r"(?<![\w/.£$€-])(?P<sign>[-−+])?(?P<cur>[£$€])?\s?(?P<sign2>[-−])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<mult>\s?(?:thousand|million|billion|bn|mn|m|k)\b)?"
    r"(?P<tail>\s?(?:%|per\s?cent\b|percent\b|pence\b|p\b))?"
    r"(?![\w/]|\.\d|:\d)"
)
_SERVICE_NUMBER = re.compile(r"^\s*(and|or|/|&|,)?\s*(\d{3}\b|calls?|call|non)", re.I)  # "101 and 999 calls"
_ORDINAL_AFTER = re.compile(r"^(st|nd|rd|th)\b", re.I)
_HYPHEN_UNIT = re.compile(r"^-(day|week|month|year|hour|minute|person|strong)s?\b", re.I)


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str


@cache
def _load(name: str) -> list[dict]:
    text = resources.files(__package__).joinpath("patterns", name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@cache
def _units() -> list[tuple[str, str]]:
    pairs = [(w, row["unit"]) for row in _load("units.jsonl") for w in row["words"]]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _number_words() -> dict[str, int]:
    return {row["word"]: row["value"] for row in _load("number_words.jsonl")}


@cache
def _label_words() -> re.Pattern:
    words = sorted({w for row in _load("not_quantities.jsonl") for w in row["before"]}, key=len, reverse=True)
    return re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(w) for w in words) + r")\s?[#.:]?\s?$", re.I)


@cache
def _word_number_re() -> re.Pattern:
    words = "|".join(sorted(_number_words(), key=len, reverse=True))
    return re.compile(r"\b(?P<word>" + words + r")(?P<hyphen>-(?:day|week|month|year|hour|minute)s?\b)?", re.I)


def unit_after(text: str) -> str | None:
    """The unit named by the words right after a number, if any."""
    lowered = text.lower().lstrip(" -")
    lowered = re.sub(r"^(more|extra|additional|new|fewer|less|further|full[- ]time|part[- ]time|x)\s+", "", lowered)
    near = re.match(r"^(?:[a-z'’&-]+\s+){0,4}?(hours|days|weeks|months|years|fte)\b", lowered)
    if near and not re.search(r"\b(of|per|a|each|every|in|over|for)\s+" + near.group(1) + r"\b", near.group(0)):
        return {"hours": "hours", "days": "days", "weeks": "weeks", "months": "months", "years": "years",
                "fte": "FTE"}[near.group(1)]
    for word, unit in _units():
        if lowered.startswith(word) and (len(lowered) == len(word) or not lowered[len(word)].isalnum()):
            return unit
    # one adjective then the unit noun: "60 dedicated officers", "3 rationalised call centres"
    m = re.match(r"^[a-z'’-]+\s+", lowered)
    if m:
        rest = lowered[m.end():]
        for word, unit in _units():
            if rest.startswith(word) and (len(rest) == len(word) or not rest[len(word)].isalnum()):
                return unit if unit in ("people", "FTE") else "count"
    return None


def _is_label(before: str) -> bool:
    return bool(_label_words().search(before))


def find_quantities(text: str, *, skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities in ``text``; ``skip`` gives character spans (dates) to leave alone."""
    skip = skip or []
    found: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        start, end = m.start(), m.end()
        if any(s <= m.start("num") < e for s, e in skip):
            continue
        num = m.group("num")
        after = text[end:]
        before = text[:start]
        if _ORDINAL_AFTER.match(after) or _is_label(before):
            continue
        value = float(num.replace(",", ""))
        cur = m.group("cur")
        mult, tail = (m.group("mult") or "").strip().lower(), (m.group("tail") or "").strip().lower()
        if not cur and not mult and not tail:
            if "." not in num and "," not in num and 1900 <= value <= 2100:
                continue  # a year
            if num in ("101", "999", "111", "112") and _SERVICE_NUMBER.match(after):
                continue
            if num in ("101", "999") and re.search(r"(\d{3}|and|or|/|&)\s*$", before):
                continue
            if re.match(r"^\s*(am|pm)\b", after, re.I) and value <= 24:
                continue  # a time of day
        sign = -1 if (m.group("sign") or m.group("sign2") or "") in ("-", "−") else 1
        if mult:
            value *= _MULTIPLIERS[mult]
        if tail in ("pence", "p"):
            unit, value = "GBP", value / 100
        elif tail:
            unit = "percent"
        elif cur:
            unit = {"£": "GBP", "$": "USD", "€": "EUR"}[cur]
        else:
            hyphen = _HYPHEN_UNIT.match(after)
            unit = (_unit_word(hyphen.group(1)) if hyphen else None) or unit_after(after) or "count"
        found.append(Quantity(start, end, text[start:end].strip(), sign * value, unit))
    for m in _word_number_re().finditer(text):
        if any(s <= m.start() < e for s, e in skip) or _is_label(text[: m.start()]):
            continue
        after = text[m.end():]
        if m.group("hyphen"):
            unit = _unit_word(m.group("hyphen")[1:].rstrip("s"))
        else:
            unit = unit_after(after)
            if unit is None:
                # "twelve WMP2020 change projects", "Three rationalised call centres": a plural noun follows
                if not re.match(r"^\s+(?:[A-Za-z0-9'’-]+\s+){0,3}[a-z]+s\b", after):
                    continue
                if re.match(r"^\s+(of|or|and|to|times|hundred|thousand|million)\b", after, re.I):
                    continue
                unit = "count"
        value = _number_words()[m.group("word").lower()]
        rest = re.match(r"^\s+(hundred|thousand|million)\b", after, re.I)
        if rest:
            value *= {"hundred": 100, "thousand": 1000, "million": 1_000_000}[rest.group(1).lower()]
        found.append(Quantity(m.start(), m.end(), m.group(0), float(value), unit))
    return sorted(found, key=lambda q: q.start)


def _unit_word(word: str) -> str:
    return {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours",
            "minute": "minutes", "person": "people", "strong": "people"}.get(word.lower(), "count")
