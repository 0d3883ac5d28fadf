"""Across papers: kinds of event (to tell two wordings of one milestone) and metric series (the
same subject reported over time). Commitments are followed in ``commitments.py``.

Pure: milestone and metric rows in, records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import normalise

#: Event words that identify the same kind of event across papers' wordings.
EVENT_CLASSES = {
    "live": r"\b(go(?:ne)?[- ]live|went live|live|launch\w*|switch\w* on|roll(?:ed)?[- ]out|rollout|implement\w*|"
            r"introduc\w*|deploy\w*|install\w*|fitted|open\w*)\b",
    "complete": r"\b(complet\w*|deliver\w*|finish\w*|finalis\w*|conclud\w*|close\w*|closure)\b",
    "start": r"\b(start\w*|begin|began|commenc\w*|mobilis\w*|kick\w* off)\b",
    "decision": r"\b(approv\w*|agree\w*|sign\w* off|business case|decision|award\w*|procure\w*|contract\w*)\b",
}
_STOP = set("the a an of to in on for and or with by at from is are was were be been will has have its their this "
            "that these those it as now new due planned expected".split())


def event_class(text: str) -> str | None:
    for name, pattern in EVENT_CLASSES.items():
        if re.search(pattern, text, re.I):
            return name
    return None


def _words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w not in _STOP and not w.isdigit() and len(w) > 2}


def same_event(a: str, b: str) -> bool:
    """Two wordings of one event: the same kind of event, or many words in common."""
    ca, cb = event_class(a), event_class(b)
    if ca and ca == cb:
        return True
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


@dataclass
class MetricRow:
    id: int
    document_id: int
    subject: str
    unit: str
    as_of: str | None
    meeting_date: str


#: The key suffix of a target series: a figure the papers set as a standard or aim ("the national
#: standard is for 90% of 999 calls to be answered"), kept apart from the results it is measured against.
TARGET_SUFFIX = " (target)"  # also matched by db/serve.py and the series_list query of db/metadata.yml
_TARGET = re.compile(r"\b(targets?|standards?|ambitions?|aims?|goals?|trajector(?:y|ies)|to be|should be)\b", re.I)
_DATES = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(19|20)\d\d(/\d\d)?\b|\b[A-Z][a-z]{2}-\d\d\b")
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec")
#: Words of a period or a unit: never part of what is measured, and a number before one is a quantity.
_PERIOD_WORDS = set(_MONTHS.split()) | set("q1 q2 q3 q4 quarter fy ytd".split())
_UNIT_WORDS = set("seconds second minutes minute hours hour days day weeks week months month years year "
                  "per percent fte pm am".split())
#: A whole number directly before a word: kept when it names the thing measured ("999 calls", "101 calls").
_NUMBER = re.compile(r"(?<![\d.,£$/])\b(\d+)\b(?![.,]\d)(?:\s+([A-Za-z]+))?")


def is_target(subject: str) -> bool:
    """A subject that sets a level to reach rather than reporting one: "the national standard of",
    "of 999 calls to be answered within", "its uplift target of"."""
    return bool(_TARGET.search(subject))


def series_key(subject: str) -> str:
    """What is measured: the subject's words without dates, periods and quantities. "Police Officer
    Total – Ethnic Minority Group % 01/01/2022" and "... 01/01/2021" share one key; a number that
    names the thing measured stays ("999 calls answered within 10 seconds – Oct-18" is
    ``"999 answered calls seconds within"``, apart from the 101 calls)."""
    text = _DATES.sub(" ", subject.replace("–", " ").replace("—", " "))
    named = {m.group(1) for m in _NUMBER.finditer(text)
             if (m.group(2) or "").lower() not in _UNIT_WORDS | _PERIOD_WORDS | _STOP | {""}}
    text = re.sub(r"\d+(\.\d+)?", " ", text)
    return " ".join(sorted((_words(text) | named) - _PERIOD_WORDS))


def series_title(key: str, subjects: list[str]) -> str:
    """The subject that names a series' measure best: the most of its key's words, then the fewest others;
    "999 calls answered within 10 seconds" rather than a table row's "2020/21 (to February) – Answered
    within 10 seconds" (samples' force contact papers; tests/test_serve.py)."""
    wanted = set(key.split())

    def fit(subject: str) -> tuple[int, int]:
        words = set(series_key(subject).split())
        return len(words & wanted), -len(words - wanted)

    return max(reversed(subjects), key=fit)


def _fold(keys: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Each (key, unit) whose words all belong to exactly one longer key of the same unit (and to
    no other), mapped to that key: a sentence's figure "of 999 calls were answered within" joins
    the table's "999 calls answered within 10 seconds". Keys of fewer than three words stay."""
    words = {k: set(k[0].split()) for k in keys}
    folded = {}
    for k in keys:
        if len(words[k]) < 3:
            continue
        supers = [s for s in keys if s[1] == k[1] and words[k] < words[s]]
        widest = [s for s in supers if not any(words[s] < words[o] for o in supers)]
        if len(widest) == 1:
            folded[k] = widest[0][0]
    return folded


def group_series(rows: list[MetricRow]) -> dict[tuple[str, str], list[MetricRow]]:
    """Metrics that report one measure at two or more dates, by (key, unit). Targets form their own
    series, keyed by the measure's key and :data:`TARGET_SUFFIX`; a target of a measure that has a
    series is kept even if stated at one date (it is drawn on that measure's chart)."""
    keyed = [(series_key(r.subject), is_target(r.subject), r) for r in rows]
    folded = _fold({(k, r.unit) for k, _, r in keyed if k})
    groups: dict[tuple[str, str], list[MetricRow]] = {}
    for key, target, row in keyed:
        if key:
            key = folded.get((key, row.unit), key)
            groups.setdefault((key + (TARGET_SUFFIX if target else ""), row.unit), []).append(row)

    def dated(members: list[MetricRow]) -> int:
        return len({r.as_of or r.meeting_date for r in members})

    actual = {k for k, v in groups.items() if not k[0].endswith(TARGET_SUFFIX) and dated(v) >= 2}
    return {k: v for k, v in groups.items()
            if k in actual or (k[0].endswith(TARGET_SUFFIX)
                               and (dated(v) >= 2 or (k[0].removesuffix(TARGET_SUFFIX), k[1]) in actual))}
