"""Facts from sentences: metrics (every quantity), milestones (every dated event) and benefits
(savings, efficiencies and improvements), each quoting the sentence it came from.

Pure: a sentence, its quantities and dates (found by the spaCy components) and the projects it
names in; records out. The cue words are data (``patterns/cues.jsonl``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from ..ingest.links import file_link_line
from ..ingest.records import Document
from .confidence import confidence
from .dates import DateMention, find_dates, year_follows
from .names import normalise
from .quantities import Quantity
from .records import PRECISIONS, Benefit, Metric, Milestone
from .vocab import words

MAX_QUOTE = 300
#: Cue words that state a benefit on their own, without a project named in the sentence.
STRONG_CUES = r"sav|efficien|free|quicker|faster|speed|remov|cheaper|fewer|avoid|releas|diverse"


@cache
def cue(label: str) -> re.Pattern:
    text = resources.files(__package__).joinpath("patterns", "cues.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            if row["label"] == label:
                return re.compile(row["pattern"], re.I)
    raise KeyError(label)


@dataclass
class Sentence:
    """A sentence of a passage, with what the spaCy components found in it."""

    text: str
    passage_seq: int
    quantities: list[Quantity]
    dates: list[DateMention]
    projects: list[str]  # names of projects mentioned, in order
    section_project: str | None = None
    #: the heading of its section when that names a topic, not a project ("Democratic Engagement" in a governance
    #: report, ``project_filters._topic_heading``): what the section's claims are about, stored with no project
    section_topic: str | None = None
    referred: str | None = None  # the project the sentence is about without naming it ("the pilot", an item's)
    recent: str | None = None  # the project last named before it in its section
    in_list: bool = False  # a list item or a bullet of a table cell
    benefit_list: bool = False  # an item of a list introduced as benefits ("Benefits of X are:")


def window(text: str, start: int, end: int, limit: int = MAX_QUOTE) -> str:
    """A verbatim slice of ``text`` of at most ``limit`` characters around start..end."""
    if len(text) <= limit:
        return text
    left = max(0, min(start - limit // 3, len(text) - limit))
    right = left + limit
    if left > 0 and " " in text[left : start]:
        left = text.index(" ", left) + 1  # start at a word
    if right < len(text) and " " in text[end:right]:
        right = text.rindex(" ", end, right)  # end at a word
    return text[left:right]


def _subject(text: str, q: Quantity) -> str:
    after = text[q.end :].strip()
    words = re.findall(r"[\w£%'’-]+", after)[:7]
    before = re.findall(r"[\w'’-]+", text[: q.start])[-4:]
    subject = " ".join(words) if len(words) >= 2 else " ".join(before + words)
    return subject.strip() or q.text


#: A list's number standing alone, as a minutes page lays out its numbers apart from their text: "2.", "(1)." (police
#: set 12, a panel's minutes; tests/test_extract.py), a minute's "103." (council set 19, a cabinet's minutes page); a
#: section's number of one decimal, "4.1", "1.1" (police sets 33, 41 and 46s, wmp set 1, council set 34: 5 of 5 wrong),
#: and a zero of decimals alone, "0.0" (kent set 26: 11 of 11 wrong; a dashboard's count "0" stays, police set 36).
#: Not a figure of two decimals, a table's "11.90" (corpus 001),
#: nor a bare "72", a dashboard's figure set on a line of its own (police set 27, measured unseen: 13 of them
#: annotated), though a footnote's "1" is sometimes set so (kent set 6).
_BARE_MARK = re.compile(r"\(?\d{1,3}\)?\.|\(\d{1,2}\)|\d{1,2}\.\d|0\.0+")


#: A web page's counter on a line of its own: "233 views", "8 download" (wmp set 1, council set 41s); an app's "over
#: 40,000 downloads" in a sentence is a figure (kent set 19).
_PAGE_COUNTER = re.compile(r"[\d,]+\s+(?:views?|downloads?)")


#: A report's reference on a line of its own, its number and its year's two digits: "141 – 23", "086 – 23" under
#: "Report reference number:" (police set 57s, a commissioner's decision reports); not a pair whose second is the
#: greater, as a range's, nor a vote's "54 – 12" (review).
_REFERENCE_PAIR = re.compile(r"(\d{3,4})\s?[–/-]\s?(\d{2})")


def _a_reference(text: str) -> bool:
    m = _REFERENCE_PAIR.fullmatch(text.strip())
    return bool(m and int(m.group(2)) < int(m.group(1)))


def sentence_metrics(s: Sentence) -> list[Metric]:
    if _BARE_MARK.fullmatch(s.text.strip()) or _PAGE_COUNTER.fullmatch(s.text.strip()) or _a_reference(s.text):
        return []
    project = s.projects[0] if s.projects else s.section_project
    return [
        Metric(subject=_subject(s.text, q), value=q.value, unit=q.unit, passage_seq=s.passage_seq,
               quote=window(s.text, q.start, q.end), project=project, rule="metric.sentence",
               confidence=confidence("metric.sentence"))
        for q in s.quantities
    ]


_PRIORITY = ("slipped", "on target", "planned", "achieved", "dated")  # on a tie of distance
_AUXILIARY = re.compile(r"(?:was|were|has|have|had|has been|have been)", re.I)
_REPORTED_FUTURE = re.compile(r"\bwould\b(?!\s+have\b)", re.I)
_WOULD_BE = re.compile(r"\bwould\s+(?:now\s+|then\s+|also\s+)?be\s+(?:\w+ly\s+)?$", re.I)
#: ... with an adverb between, or still under way: "will be formally adopted", "is being published", "is then
#: presented" (tests/test_extract.py::test_a_habit_in_the_present_is_no_past_event)
_FUTURE_DONE = re.compile(r"\b(?:(?:will|shall|to)\s+(?:be\s+|have\s+been\s+)?|(?:is|are)\s+(?:being|then)\s+)"
                          r"(?:\w+ly\s+)?$", re.I)


def _status(text: str, past: bool = False, at: int | None = None, later: tuple[int, ...] = ()) -> str:
    """achieved, planned, on target or slipped, from the cue words of the clause; where both
    tenses occur, the cue nearest the date (``at``, an offset into ``text``) decides: "The board
    approved the plan in May 2024 and will review it" is achieved for May 2024. With no cue, from
    whether the date has passed (``past``)."""
    if at is None and cue("slipped").search(text):
        return "slipped"
    if at is None and cue("on_target").search(text):
        return "on target"
    # with the date's place known, "slipped" and "on target" compete with the other cues by distance:
    # "... postpone local council elections from May 2025 to May 2026 ... reorganisation by April 2027"
    # is slipped for May 2025, not for April 2027 (gold-kent white paper)
    slipped = list(cue("slipped").finditer(text))
    cues = [(m, "slipped") for m in slipped]
    cues += [(m, "on target") for m in cue("on_target").finditer(text)]
    cues += [(m, "planned") for m in cue("planned").finditer(text)]
    # a done word in the future tense is a plan: "a key decision ... will be completed shortly" (uk-council
    # cabinet QPR appendix)
    # (an auxiliary is its participle's: "savings for 2017 have been suspended" has slipped, police set 47)
    # ... and one after "would be" is reported speech's future (``_would_be``)
    cues += [(m, "planned" if _FUTURE_DONE.search(text, max(0, m.start() - 20), m.start())
              else "would be" if _WOULD_BE.search(text, max(0, m.start() - 25), m.start()) else "achieved")
             for m in cue("achieved").finditer(text)
             if not (_AUXILIARY.fullmatch(m.group(0)) and any(0 < s.start() - m.end() <= 1 for s in slipped))]
    # ... and reported speech's "would" leaves it to the date, over the reporting verb's tense: "Members were further
    # informed that ... three test and learn areas would be piloted in 2019/20" (council set 42, a combined
    # authority's minutes; tests/test_extract.py)
    cues += [(m, "dated") for m in _REPORTED_FUTURE.finditer(text)]
    if at is not None:
        fronted = bool(_FRONTED.fullmatch(text[:at]) and re.match(r"[^,.;]{3,25},", text[at:]))
        cues = [c for c in cues if not _aside(text, c[0], at) and (fronted or not _another_dates(text, c, at, later))]
    if not cues or all(label in ("dated", "would be") for _, label in cues):
        return "achieved" if past else "planned"
    if at is None:
        return "planned" if any(label == "planned" for _, label in cues) else "achieved"
    reported = _would_be(cues, at, past)
    if reported:
        return reported
    # "would" only displaces a reporting verb's tense: a plan, a slip or "on track" in the clause still speaks
    told = [c for c in cues if c[1] not in ("dated", "would be")]
    nearest = min(told, key=lambda c: (_distance(c[0], at), _PRIORITY.index(c[1])))
    dated = [c for c in cues if c[1] in ("dated", "would be")]
    if nearest[1] == "achieved" and dated and min(_distance(c[0], at) for c in dated) < _distance(nearest[0], at):
        return "achieved" if past else "planned"
    return nearest[1]


#: "as" opening a clause of comparison after the date: "will be reported to Cabinet in March as has become common
#: practice in recent years" (kent set k9, the budget's covering report), "completed in December 2024 as planned".
_AS_ASIDE = re.compile(r"\bas\s+(?:\w+\s+)?$", re.I)


def _aside(text: str, m: re.Match, at: int) -> bool:
    """A cue in a clause of comparison after the date speaks of other times, not of the date's event."""
    return m.start() > at and bool(_AS_ASIDE.search(text, max(0, m.start() - 25), m.start()))


#: A date that opens its clause before a comma tells the clause's event: "In February 2025, the Ministry ... approved
#: an extension to project spend into 2026/27" (council set 65s, a town board's minutes); not a thing's date, "The 16
#: December letter from the Minister also set out that he is minded to lay ..." (uk-council white paper report).
_FRONTED = re.compile(r"\s*(?:(?:in|on|by|during|from|since|at)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?)?", re.I)


def _another_dates(text: str, c: tuple[re.Match, str], at: int, later: tuple[int, ...]) -> bool:
    """A cue after the date is a later date's when that date comes between ("deadline of 10 January 2025 ... the
    elections scheduled for May 2025 be postponed", uk-council white paper report), or, unless it tells a slip, when
    it leads to that date: "endorsed by Cabinet on 30th January to be presented to full Council budget meeting on
    13th February" plans the 13th, not the 30th (kent set k9, the budget's covering report); "March 2021 has been
    postponed to June 2021" slips March."""
    m, label = c
    if m.start() <= at:
        return False
    # ... a slip after a clause's break is the later clause's: "approved ... in October 2024, and implementation has
    # since been deferred to April 2025" (review)
    slip = label == "slipped" and not _CLAUSE_BREAK.search(text, at, m.start())
    # ... and a cue leads only to a date in its own clause: "Full Council on 3 February will be asked to approve the
    # budget, with the new charges applying from 1 April" plans the 3rd (review)
    leads = any(o >= m.end() and not _CLAUSE_BREAK.search(text, m.end(), o) for o in later)
    return any(at < o < m.start() for o in later) or (not slip and leads)


def _would_be(cues: list[tuple[re.Match, str]], at: int, past: bool) -> str | None:
    """The status of a date whose nearest cue is a done word after "would be": reported speech's future, left to the
    date, "the programme to recruit would be implemented by July 2024", "220 homes would be completed and habitable by
    March 2022" (police set 57s and council set 57s, undated minutes: both annotated planned, read as done), "would be
    completed in December 2024 as planned" in a 2025 paper (review); done if a deed is told after the date: "would be
    implemented by April 2017, which was achieved" (review). None when another cue is nearer."""
    nearest = min(cues, key=lambda c: (_distance(c[0], at), c[1] != "would be"))
    if nearest[1] != "would be":
        return None
    if any(label == "achieved" and m.start() > at for m, label in cues):
        return "achieved"
    return "achieved" if past else "planned"


def _distance(m: re.Match, at: int) -> int:
    return min(abs(m.start() - at), abs(m.end() - at))


#: A verb between a sum and its year makes the year a deed's: "£3.4m of works will start in 2025" (review).
_DEED_WORD = (r"(?:will|would|shall|to|be|is|are|was|were|has|have|had|start|starts|begin|begins|commence|commences"
              r"|complete|completes|open|opens|finish|finishes|go|goes|take|takes)\b")
#: A year or financial year that is the period of a figure, not an event: "£3.2m in 2024-25",
#: "1,200 places for 2025/26" (case: tests/test_extract.py::test_figure_periods_are_not_milestones).
_FIGURE_PERIOD = re.compile(
    r"(?:\d[%mk]?|£|bn)\s*(?:in|for|during|over|by)?\s*(?:the\s+)?(?:financial\s+year\s+)?$"
    # ... or what the sum is of between: "£21.6m of capital receipts in 2024/25", "£3m of earmarked reserves in
    # 2025/26" (council set 75s, a committee's decision page); not a deed: "£2m of works completed in 2023/24", "£3.4m
    # of works will start in 2025", "£4m of works commence in 2025/26" (review)
    r"|(?:\d[%mk]?|bn|million|billion)\s+of\s+(?:(?!" + _DEED_WORD + r")[a-z-]+\s+){0,2}(?!" + _DEED_WORD
    + r"|[a-z]+ed\b)[a-z-]+\s+(?:in|for|during)\s+(?:the\s+)?$"
    # ... or a money verb between: "costs of £2m were incurred in 2021/22" (tests/test_benefits_milestones.py)
    r"|(?:\d[%mk]?|bn)\s+(?:\w+\s+){0,2}(?:incurred|spent|paid|received|allocated|budgeted)\s+(?:in|for|during)\s+"
    r"(?:the\s+)?(?:financial\s+year\s+)?$"

    # ... or "is" between: "£2.9m ..., of which £0.95m is 2018-19 and £1.95m is 2019-20" (police set 68s, a mayor's
    # office's decision)
    r"|£[\d.,]+\s*(?:m|k|bn|million|billion)?\s+(?:is|was|are|were)\s+(?:for\s+|in\s+)?$"
    # ... or the years a sum spans, each end: "a savings target of £9.1m between 2021 to 2024" (council set 64s, a
    # cabinet's minutes; tests/test_extract.py::test_figure_periods_are_not_milestones); a sum, not a name's number:
    # "started securing s106 from 2023 onwards" (uk-council capital projects), nor a rate: "improve by 10% from 2026
    # when the new Control Room Project goes live" (review)
    r"|(?:£[\d.,]+\s*(?:m|k|bn|million|billion)?|\d[\d.,]*\s*(?:m|k|bn|million|billion))\s+(?:between|from)\s+"
    r"(?:(?:19|20)\d\d(?:[/-]\d\d)?\s*(?:to|and|-|–)\s*)?$"
)
#: ... or a sum the year has, after it: "which for 2023/24 was £3.628 million" (council set 63s, a county cabinet's
#: minutes), "in 2024-25 is £12.5m".
_PERIOD_OF_SUM = re.compile(r"\s*(?:,\s*)?(?:was|is|were|are|will\s+be|totals?|totalled)\s+(?:\w+\s+)?£\s?\d")
#: ... or a sum the year's spender spent or received, after it: "During 2018/19 the PCC spent his full grant allocation
#: of £2.765m" (police set 84s, a commissioner's annual report on victims' services; tests/test_extract.py); not after
#: a deed, nor past a clause of its own: "In 2019 the council opened the new depot and spent £2m" (review), "This
#: funding ceased in 2023-24 and the Council has invested £0.7m" (uk-council budget risk register).
_SPENT_IN_YEAR = re.compile(r"\s*,?\s+(?:(?!(?:[a-z]+ed|and|but)\b)[\w’'-]+\s+){0,4}"
                            r"(?:spent|received|invested|incurred)\s+(?:[\w’'-]+\s+){0,5}?£\s?\d")
#: ... or the years a programme covers: "a two-year transport capital programme covering the financial years 2023/24
#: and 2024/25" (council set 63s, a county cabinet's minutes), a list of them too (review).
_COVERED = re.compile(r"\bcovering\s+(?:the\s+)?(?:financial\s+)?years?\s+(?:(?:19|20)\d\d[/-]\d\d(?:,|\s+and)\s+)*$"
                      # ... or a sum carried between years: "£0.874 million brought forward from 2022/23" (council set
                      # 63s); a sum only, not a phase or an action moved: "Phase 2 brought forward to 2026" (review)
                      r"|(?:£[\d.,]+\s*(?:m|k|bn|million|billion)?|\d[\d.,]*\s*(?:m|k|bn|million|billion))\s+"
                      r"(?:(?:will\s+be|is|was|has\s+been)\s+)?(?:brought|carried)\s+forward\s+(?:from|to|into)\s+$")
#: ... unless a deed is dated by it: "The contract ... awarded in 2022/23 was worth £4m", "completed in 2023/24, was
#: £0.5m under budget" (review).
_DONE_IN = re.compile(r"\b(?:awarded|completed|delivered|opened|launched|approved|signed|started|commenced|agreed)\s+"
                      r"(?:in|during)\s+(?:the\s+)?$", re.I)
#: ... or the year of a capital programme named before it: "the High Needs capital programme 2022/23", "Transport
#: Capital Programme 2023/24" (council set 63s, a borough's and a county's minutes).
_PROGRAMME_YEAR = re.compile(r"\bcapital\s+programmes?\s+(?:for\s+)?$", re.I)
#: ... or the years of a plan or budget that a sum is included in: "funding for the Smartworks Mobile Applications which
#: are included in the LTFP for 2019/20 and 2020/21 at £180k per annum" (police set 92, a commissioner's capital
#: changes); inclusion is no event. The plan is a financial plan's or strategy's acronym (LTFP, MTFS), or a plan's or
#: budget's noun; not "the LTP for 2026/27" or "the NLEDS in 2025/26", a delivery year (the second review), nor "will
#: be included in the force's devices in 2019/20" (test), nor a programme of works, whose year is the work's: "the
#: Station Road resurfacing scheme has been included in the Highways Works Programme for 2025/26" (review).
_INCLUDED_FOR = re.compile(r"\bincluded\s+in\s+(?:the\s+|our\s+|its\s+)?(?:[\w’'&-]+\s+){0,3}?"
                           r"(?:[A-Z]{1,3}F[PS]|(?i:plans?|budgets?|forecasts?|estimates|strategy))\s+"
                           r"(?i:for|in)\s+(?i:the\s+)?(?:(?:19|20)\d\d[/-]\d\d\s+(?i:and|to|-|–)\s+)?$")


#: A determiner before a financial year that names what it is for: "The 2025-26 revenue budget",
#: "our 2024-25 savings"; "the 2024-25 financial year" stays a date (gold-kent education plan).
_YEAR_OF_THING = re.compile(r"(?:^|\b(?:the|this|our|its|their|a|an|each)\s+)$", re.I)


def _budget_year(text: str, start: int, end: int) -> bool:
    """A financial year that is the period of a budget, forecast or other sum, or of a document: "a balanced
    budget for 2025-26", "overspends in 2024-25", "the proposed 2025-26 draft budget", "2025-26 levels" (cases
    beside ``budget_noun`` and ``period_document`` in cues.jsonl). Only modifiers come between the year and
    the noun after it: "will open in 2025-26 and budgets will be set" keeps its event."""
    # ... the second of two years too: "a balanced General Fund budget for the 2025/26 and 2026/27 financial years"
    # (council set 63s, a city's budget decision)
    before = re.search(r"(?<!within\s)" + cue("budget_noun").pattern
                       + r"(?:\s+(?!(?:completion|handover|visits?|opening|delivery|launch)\b)[a-z]+)?"
                       r"\s+(?:for|in|of|during)\s+(?:the\s+)?"
                       r"(?:(?:19|20)\d\d[/-]\d\d\s+and\s+)?$", text[max(0, start - 70) : start], re.I)
    nouns = "(?:" + cue("budget_noun").pattern + "|" + cue("period_document").pattern + ")"
    after = re.match(_MODIFIERS + nouns, text[end : end + 60], re.I)
    glossed = _GLOSSED_YEARS.search(text, max(0, start - 60), start)
    listed = glossed and (glossed.group("first") or _NEXT_YEAR.match(text, end))
    return bool(before or after or listed)


#: Financial years in brackets that gloss an unnumbered span of years before them: "The impact in later years
#: (2026-27 and 2027-28) will be included when plans are updated" (kent set k10, a budget's Section 25 statement)
#: names the period of an impact, not an event; "will open in two years (2026-27)" stays one (tests/test_extract.py),
#: and so does a year alone in brackets.
_GLOSSED_YEARS = re.compile(r"\b(?:later|future|subsequent|following|outer|remaining)\s+years\s*\("
                            r"(?P<first>(?:(?:19|20)\d\d[/-]\d\d\s*(?:,|and|to|[-–])\s*)+)?$", re.I)
#: ... two years or more, a list: one alone dates a thing, "will be delivered in future years (2026-27)" (review).
_NEXT_YEAR = re.compile(r"\s*(?:,|and|to|[-–])\s*(?:19|20)\d\d[/-]\d\d")


#: Up to two words between a financial year and the noun it qualifies, none a function word or verb of the
#: clause: "2025-26 key service statement", not "2025-26 and the monitoring".
_MODIFIERS = (r"(?:\s+(?!(?:and|or|but|the|a|an|to|will|would|shall|should|can|could|may|is|are|was|were|be|"
              r"has|have|had|its|their|our)\b)[A-Za-z-]+){0,2}?\s+")


_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)])\.\s+(?=[A-Z])")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the part of a sentence around a date, between semicolons ("Live since 2 March 2020;
    closure report due October 2020")."""
    # ... or between sentences the sentence splitter left joined: "In late 2024, the team learnt of a new
    # allocation of £23.1m. A key decision ... will be completed shortly" (uk-council cabinet QPR appendix)
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    left = max([text.rfind(";", 0, start), *(e for e in ends if e < start)])
    right = min([i for i in (text.find(";", end), *(e for e in ends if e >= end)) if i != -1], default=len(text))
    return left + 1, right


_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whilst|with|when|after which|which)\s+|\s+and\s+(?=(?:the|a|an|it|this|[A-Z])\b)"
    # ... or a second verb of the same subject: "... began in July 2022 and is on target to complete by the end of
    # the financial year" (samples' 2022-10 SPCB paper; tests/test_reports.py)
    r"|\s+and\s+(?=(?:is|are|was|were|has|have|will)\b)"
    # ... or a result in a participle: "The total capital expenditure is £1,511,612, providing a contract revenue
    # reduction of £2,247,268 over 5 years" (tests/test_extract.py, after a police decision notice)
    r"|,\s+(?=(?:providing|giving|delivering|generating)\b)"
)


def _event_clause(text: str, start: int, end: int) -> str:
    """The clause of a sentence that holds a date: "Training will begin in the summer, and the
    new system is due to go live in the autumn of 2019" has two events."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            return text[left : m.start()]
    return text[left:]


def _shift_year(d: DateMention, years: int) -> DateMention:
    def move(iso: str) -> str:
        y, rest = int(iso[:4]) + years, iso[4:]
        if rest == "-02-29":
            rest = "-02-28"
        return f"{y:04d}{rest}"

    return DateMention(d.start, d.end, d.text, move(d.date_start), move(d.date_end), d.precision)


def _year_written(d: DateMention) -> bool:
    """A date's words give its year: "2025", "12/03/24", "Jul ’19" (review of police set 36's dashboard dates); a
    month's two digits are its year's: "Mar 09", "June18" (police sets 43 and 40); a relative date's, the paper's
    (``_RELATIVE``)."""
    return bool(re.search(r"(19|20)\d\d|\d\d[/.]\d\d|['‘’]\d\d", d.text)) \
        or (d.precision == "month" and bool(re.search(r"[A-Za-z][\s-]*\d\d$", d.text))) \
        or bool(_RELATIVE.search(d.text))


#: A date said against the paper's own: its year is fixed ("next year", "last month", "next Summer"; council set 35).
_RELATIVE = re.compile(r"(?i)\b(?:next|last|this|previous|coming|following|new\s+year)\b")


def _in_name(s: Sentence, start: int, end: int) -> bool:
    """Whether start..end lies inside the name of a project the sentence names."""
    for name in s.projects:
        at = s.text.find(name)
        if at != -1 and at <= start and end <= at + len(name):
            return True
    return False


#: Words that compare a figure with an earlier one: performance reporting, not events.
_TREND = re.compile(r"\b(?:increase[ds]? (?:of|from|by)|decrease[ds]? (?:of|from|by)|"
                    r"an? (?:increase|decrease|rise|fall)|compared (?:to|with)|(?:than|from) the previous|"
                    r"since (?:Quarter|Q\d)|highest|lowest|rolling|"
                    r"there (?:were|was|are|is))\b", re.I)


#: Years written before a plan's or strategy's capitalised kind name it (tests/test_benefits_milestones.py).
_NAMES_A_DOCUMENT = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Strategy|Plan|Programme|Framework|Policy|Statement)\b")

#: ... and years written after a document's kind name its edition: "his Annual Report 2022/23", "the productivity
#: and efficiency plan 2024/25 – midyear update", "publish a Productivity and Efficiency Plan for 2024/25" (police set
#: 38, a fire authority's and a panel's minutes; tests/test_benefits_milestones.py).
_DOCUMENT_BEFORE = re.compile(r"\b(?i:annual\s+report|plan|strategy|statement|accounts)\s+$"
                              # ... "for" and the year only after a title's capital: not "The plan for 2025/26 is to
                              # complete the rollout", "on plan for 2026" (review)
                              r"|\b(?:Annual\s+Report|Plan|Strategy|Statement|Accounts)\s+for\s+$"
                              # ... and a titled plan's horizon: "the development of a new Local Transport Plan to 2040"
                              # (council set 63s, a county cabinet's minutes)
                              r"|\b(?:Plan|Strategy|Vision)\s+to\s+$")


def _edition(text: str, d: DateMention) -> bool:
    """Whether a year names the edition of the document written before it (``_DOCUMENT_BEFORE``); a plan moved to a
    year is no horizon: "Procurement delays have pushed the Fleet Replacement Plan to 2026/27" (review)."""
    before = text[max(0, d.start - 40) : d.start]
    found = _DOCUMENT_BEFORE.search(before)
    if found and found.group(0).rstrip().endswith(" to") and _MOVE_VERB.search(text, max(0, d.start - 120), d.start):
        return False
    return d.precision in ("year", "financial_year") and bool(found)


_MOVE_VERB = re.compile(r"(?i)\b(?:defer\w*|delay\w*|push\w*|mov\w*|slip\w*|postpon\w*|put\s+back|re-?profil\w*|"
                        r"reschedul\w*)\b")


#: ... the bare "Date:" field, at the line's start or after the board the fields name, or a meeting's: not an event's
#: own field, "Completion Date:", "Commencement Date:", "Contract Award Date:" (tests/test_extract.py; review); and a
#: minutes cover's line "held on Friday 11th November 2011 at 10.00am" (council set 64s, a health board's minutes), a
#: decision page's "Meeting: 07/02/2022 - Cabinet (Item 8)" (council set 69L, a borough's decision page).
_DATE_FIELD = re.compile(r"(?:(?:^|\n|\b(?:Committee|Board|Panel|Cabinet|Council|Authority|Executive|Commission)"
                         r"\s+)Date|\bMeeting\s+Date|\bDate\s+of\s+(?:the\s+)?Meeting|(?:^|\n)\s*Meeting)\s*:\s*$"
                         r"|(?:^|\n)\s*held\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$", re.I)


def _own_date_field(text: str, d: DateMention, meeting: date | None) -> bool:
    """The paper's own day in its cover's "Date:" field, run into one line with the others: "Report to: Economic
    Scrutiny Committee Date: 28 February 2012 Subject: ..." (council set 65s, a county's report); or any day in a bare
    "Date:" field among a cover's or a control block's fields (``_FIELD_RUN``)."""
    if _FIELD_RUN.search(text, max(0, d.start - 40), d.start) and _NEXT_FIELD.match(text, d.end):
        return True
    return meeting is not None and d.date_start == meeting.isoformat() == d.date_end \
        and bool(_DATE_FIELD.search(text, max(0, d.start - 40), d.start))


#: A bare "Date:" field with another field after it dates the document, whatever day it says: "Status: draft Date:
#: 08.08.14 Page 1 Version: 2 Subject: ... Date: 3 September 2014 Prepared by: ..." (police set 73s, a collaboration
#: panel's report: the draft's and the paper's days, neither an event). Not an event's own field, "Completion Date:
#: 28 February 2012 Status: Green": a capitalised word before "Date" names the event, unless it is the paper's.
_FIELD_RUN = re.compile(r"(?:^|\n|[^\w\s]\s*|\b[a-z][\w-]*\s+|\d\s+|\b(?:Report|Paper|Document|Issue|Meeting)\s+)"
                        r"Date\s*:\s*$")
#: ... a document-control field, not an event's: "Milestone 3 Date: 30 June 2025 Status: Complete", "... Date: 30 June
#: 2025 Owner: Head of Estates" keep their dates (review).
_NEXT_FIELD = re.compile(r"\s+(?:Page\s+\d|Version\b|(?:Prepared\s+by|Author|Classification|Ref(?:erence)?)\s*:)")


#: A document a sentence cites, by the day it came out: "The Treasury Management Strategy as set out in appendix M of
#: the final draft report published on 5th February 2025", "Members are asked to refer to the final updated draft
#: 2025-26 budget report published on 5th February" (kent set k2, the uk-council budget covering report's nine
#: recommendations: one publication told as each recommendation's event; tests/test_extract.py). The publication told
#: for itself stays an event: "the final draft budget report for County Council published on 5th February 2025".
_CITED = re.compile(r"(?:\b(?:set\s+out|detailed|described|outlined)\s+(?:in|at)\s+(?:appendix|appendices|section|table"
                    r"|paragraph|annex)\b(?:[^.;]|\.(?=\d)){0,120}?\b(?:of|in)\s+the|\brefer\s+to\s+the)\s+(?:[\w-]+\s+){0,6}?"
                    # ... not a document a sentence tells of: "As detailed in section 4, the tender document issued on
                    # 3 March 2025 attracted five compliant bids" (review)
                    r"(?:report|papers?|document|budget)\s+(?:published|dated|issued|circulated)\s+(?:on\s+)?(?:the\s+)?$",
                    re.I)


#: A document's control line dates the document, not an event: "Page 1 of 25 Version 1.0: 01/08/2018", "Paper 3 CCF
#: Project Dossier Page 1 of 29 22 April 2015 Report to: ..." (police sets 35, 40, 43 and 46: fire and rescue committee
#: papers' running headers; 5 dates, none an annotated milestone; tests/test_benefits_milestones.py). A page count alone
#: dates the paper only before the header's next word: a footer run into the next page's "31 March 2025 – Phase 2
#: completed" keeps its event, and so does a release plan's "Version 2: 14 March 2025" (review).
_CONTROL_LINE = re.compile(r"(?i)\bpage\s+\d+\s+of\s+\d+\s+(?:(?P<version>version\s+\d+(?:\.\d+)*\s*[:\-–]?)\s*)?$")
_HEADER_AFTER = re.compile(r"\s*(?:$|(?i:report|agenda|item|paper|version|not\s+protectively|official)\b)")


def _line_of(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end != -1 else len(text)]


def _names_the_paper(text: str, d: DateMention) -> bool:
    """Whether a date names a document rather than an event: the edition after its kind (``_edition``), the date
    of a version on a control line (``_CONTROL_LINE``), or any date in a web page's link to a file, "118 Future
    Tandridge Programme Update - September 2024 PDF 71 KB" (council sets 33 and 41s, ``links.file_link_line``)."""
    control = _CONTROL_LINE.search(text, max(0, d.start - 45), d.start)
    return _edition(text, d) or bool(control and (control.group("version") or _HEADER_AFTER.match(text, d.end))) \
        or file_link_line(_line_of(text, d.start))


#: A meeting's own record, not a project's event: "RESOLVED that the minutes of the meeting on 28 November 2024
#: were a correct record", "MINUTES of a meeting of the Cabinet held ... on Thursday, 9 January 2025" (uk-council
#: cabinet minutes), "the minutes of the Council meeting held on 7 November", "MINUTES OF THE RESOURCES COMMITTEE
#: HELD ON 2 MARCH 2012", "MATTERS ARISING FROM THE MEETING HELD ON 17 DECEMBER" (held-out council and police
#: papers; tests/test_extract.py::test_a_paper_that_says_a_thing_again_tells_one_fact); in a Scottish board's words,
#: with no article: "The minute of the meeting held on 19th August 2011 was agreed", "Minute of previous meeting held
#: on ...", "Matters Arising from meeting held on ..." (council set 64s, a health board's minutes; same test).
#: A meeting's own date set, no event of a project: "hopefully next year the meeting will take place on the planned
#: date which for your diaries, will be Thursday 22 March 2018" (the thirty-fifth session's diagnostic set diag2d, a
#: parish's annual meeting), "The next meeting of the Board will be held on 4 May 2017". Not a meeting of the public a
#: scheme holds, "a public meeting will be held in May", nor a report to the next meeting; only the next meeting's, and
#: only the dates it sets: not a programme board's go/no-go meeting, nor "ERP went live on 2 April 2024 and the next
#: meeting ...", nor "once the cutover on 21 May 2024 has been confirmed" (the thirty-fifth session's third review).
_MEETING_SET = re.compile(r"(?i)\bthe\s+(?:next\s+|following\s+)?meeting"
                          r"(?:\s+of\s+(?:the\s+)?[\w ]{0,60}?)?\s+(?:will|would|is\s+(?:scheduled|due|planned)\s+to)"
                          r"\s+(?:be\s+held|take\s+place)\b|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b")
_MINUTES_RECORD = re.compile(r"(?i)\bminutes (?:of|from|and action log for) (?:the|a|its) (?:[\w ]{0,60}?\s)?"
                             r"(?:meeting|committee|session)\b|\bminute of (?:the )?(?:previous |last )?meeting\b"
                             # ... and a meeting's note: "The Note of the meeting held on ...", "Action Notes of the
                             # last meeting" (review)
                             r"|\b(?:action\s+)?notes? of (?:the|a|its) (?:last |previous )?meeting\b"
                             # ... not a contract's "Minute of Agreement", nor "the minute of the Joint Committee
                             # held on ... recorded that the project went live on ..." (review)
                             r"|\bmatters arising from (?:the )?(?:last |previous )?meeting\b")


#: The date of figures or of a report's figures: "budget monitoring as at the end of Q3", "Efficiency Plan Quarterly
#: monitoring as at Quarter 1 2010/11", "a detailed schedule of investments as at 30 September", "the report for
#: Quarter 2 (Q2, 2024/25)" (held-out council and police papers; tests/test_extract.py::
#: test_figure_periods_are_not_milestones); "will receive a report for June 2025" keeps its date.
_SNAPSHOT = re.compile(r"(?:\b(?:monitoring|investments)\s+as\s+at|\bthe\s+report(?:\s+summary)?\s+for"
                       # ... a monitoring or progress report's month, a progress status's day: "This was the
                       # monitoring report for April 2018", "a presentation on the programme/progress status and risk
                       # as of 30 September 2024" (council sets 82 and 86, minutes pages); not a position's: "The ABR
                       # provided an assessment of the live benefit position as at the end of September 2021" (corpus
                       # 001, annotated)
                       # ... not a status reached, "will move to closed status as of 31 March 2025" (review)
                       r"|\bthe\s+(?:monitoring|progress|highlight)\s+report\s+for"
                       r"|\bprogress(?:\s+status)?\s+(?:and\s+[a-z]+\s+)?as\s+(?:at|of)"
                       # ... and the data a report holds: "includes data up to the end of December 2024" (kent set 14,
                       # a quarterly performance report's cover)
                       # ... or the activity a report covers: "This report covers Treasury Management activity up to
                       # the end of September 2024" (kent set 16, a treasury management mid-year report); not an
                       # event's: "Construction activity up to the end of 2025 will see the depot completed" (review)
                       r"|\bdata\s+(?:up\s+)?to|\b(?:covers?|covering|includes?|including)\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:activity|performance)\s+(?:up\s+)?to"
                       # ... and the day figures stand at: "the Capital Programme's performance as at 30 September
                       # 2018", "the programme spend position at 30 June 2016", "total capital expenditure to the end
                       # of July 2020" (council sets 32, 33 and 37); a position only of money, and no status: not
                       # "transitioned to business-as-usual status at the end of March 2024", "agreed to review the
                       # programme position at the end of September 2025" (review)
                       # ... or of savings: "the 2024/25 savings delivery position as at May 2024" (council set 63s, a
                       # city's minutes)
                       r"|\b(?:(?:spend|financial|budget|outturn|funding|cash|capital|revenue|savings(?:\s+delivery)?)"
                       r"\s+position|"
                       # ... or a balance: "the estimated balance as at 31.03.25" (uk-council capital strategy)
                       r"performance|expenditure|spend|spent|outturn|balances?)\s+(?:(?:[\w’'-]+\s+){0,4}?"
                       r"(?:as\s+(?:at|of)|(?:up\s+)?to\s+the\s+end\s+of)|at|to)"
                       r")\s+(?:the\s+end\s+of\s+)?"
                       # ... or the period ending at it: "Performance as at the year ending quarter two 2019/20" (police
                       # set 73s, a fire brigade's performance report)
                       r"(?:the\s+(?:year|quarter|period|month)\s+end(?:ing|ed)\s+)?"
                       r"(?:the\s+)?(?:(?:Quarter|Q)\s*\d\s*\(\s*)?$", re.I)  # ... said again in brackets
#: ... and a comparison's baseline: "Nine are rated Red (one more than the previous Quarter)" (kent set 14, a
#: performance report), "87% us being polite and respectful (Compared to Dec-21: 84%)" (corpus 001): 2 of 2 wrong; a
#: deadline's "no later than 10 January 2025" stays (tests/test_extract.py), and so do "other than in September 2025"
#: and a baseline the sentence tells as an event: "Compared with March 2024, when the Mobile Data Programme started"
#: (review).
_BASELINE = re.compile(r"(?i)\b(?:(?<!later\s)(?<!earlier\s)(?<!sooner\s)(?<!other\s)than|compared\s+(?:to|with)"
                       r"|relative\s+to|as\s+against|versus)\s+"
                       r"(?:the\s+|in\s+|at\s+|with\s+)?(?:same\s+(?:period|time|point)\s+(?:in|of|last)\s+)?$")
#: ... and a quarter that names its report: "The Quarter 3 QPR includes 38 Key Performance Indicators" (kent set 14).
#: ... or a performance report's quarter said before it: "introduced the performance report for the third quarter of
#: 2015/16", "submitted a report on performance for the third quarter of 2016/17" (police sets 61s and 62s, a fire
#: authority's minutes); a report's month is kept: "bring a further performance report for September 2025" (review).
_REPORT_FOR = re.compile(r"\b(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:performance\s+report|report\s+on\s+performance)\s+for"
                         r"\s+(?:the\s+)?$", re.I)
#: ... and the two months of a period a report is for: "approve the sixth-monthly Towns Fund performance report for
#: September 2024 - March 2025" (council set 61s, a town board's minutes).
_MONTH_YEAR = r"[A-Z][a-z]{2,8}\s+(?:19|20)\d\d"
_REPORT_SPAN = re.compile(r"\breport\s+for\s+(?:the\s+(?:period\s+)?)?(?:" + _MONTH_YEAR + r"\s*(?:[-–]|to)\s*)?$")
_SPAN_ON = re.compile(r"\s*(?:[-–]|to)\s*" + _MONTH_YEAR)


#: The period progress is told for: "a report outlining the progress made by the Transformation Programme during April
#: 2018", "Overall progress on the Digital Strategy during 2017/2018 has been good" (council set 86, minutes pages) ...
_PROGRESS_DURING = re.compile(r"(?P<before>\b\w+\s+)?\bprogress\s+(?:(?:made|achieved)\s+)?"
                              r"(?:(?:on|by|in|of)\s+(?:the\s+)?(?:[\w’'/-]+\s+){0,4}?)?during\s+$", re.I)
#: ... unless what happened or will happen then follows: "Progress made during 2024 included the opening of the new
#: custody suite", "Progress during March 2025 will see the first 20 EVs delivered" (review); nor progress to be
#: reviewed then: "The Programme Board will review progress on the Estates Programme during January 2025" (review).
#: ... nor what is expected of it or what it was: "Progress ... during 2025/26 is expected to deliver the new Northern
#: Depot", "... during March 2024 was the completion of the new custody suite" (the second review's cases b2 and b8),
#: an event's noun (``_done_then``); not how progress is expected to be, "is expected to be slower", nor what it was
#: like, "was the best of any year", nor "should be read alongside the risk register" (the thirtieth session's review);
#: an event's word alone is not enough: "the progress made ... during April 2018, along with the planned actions for
#: May 2018" (council set 86).
_DONE_THEN = re.compile(r"[\w\s/’'-]{0,40}?\s+(?:will|would|included?|includes|saw|sees"
                        r"|(?:should|(?:is|are)\s+(?:expected|planned|due|scheduled)\s+to)\s+(?P<verb>\w+)"
                        r"|(?:was|were)\s+the\s+(?P<what>\w+)\s+of)\b")


def _progress_period(text: str, d: DateMention) -> bool:
    """A date that is the period progress is told for (``_PROGRESS_DURING``), not an event's: not progress reviewed or
    monitored then, "will be reviewing progress on the Fleet Programme during January 2025", "will continue monitoring
    progress of the Digital Strategy during March 2025" (the second review's cases b3 and b4), though progress reviewed
    or monitored in the past tells the period ("The Board reviewed progress made by the Transformation Programme during
    April 2018", the thirtieth session's review); nor a date what was done or is expected then follows
    (``_done_then``), or an event's "when" clause: "Progress made during October 2024, when the new Command and Control
    system went live" (case b1)."""
    m = _PROGRESS_DURING.search(text, max(0, d.start - 80), d.start)
    ahead = re.fullmatch(r"(?:review|monitor)(?:s|ing)?\s+", m["before"] or "", re.I) if m else None
    if ahead and re.search(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", text[: m.start()]):
        ahead = None  # "Members were monitoring progress ... during 2023/24" (the second review of the day)
    return bool(m) and not ahead and not _done_then(text, d.end) and not _event_when(text, d.end)


def _done_then(text: str, end: int) -> bool:
    """What happened or will happen in a period progress is told for (``_DONE_THEN``)."""
    m = _DONE_THEN.match(text, end)
    # ... an event's verb after "should" or "is expected to", or seeing one: not "is expected to continue", "is due to
    # strong partnership working", "should not be underestimated", "should give Members assurance" (the thirtieth
    # session's second review)
    word = m and (m["what"] or m["verb"])
    return bool(m) and (not word or word == "see" or bool(cue("event").fullmatch(word)))


def _event_when(text: str, end: int) -> bool:
    """A "when" clause after a date that tells an event: "progress as at 31 March 2025, when the Transformation
    Programme formally closes" (the second review's case b5), not the period's circumstance: "during 2023/24, when 999
    call demand rose by 12%" (the thirtieth session's review)."""
    when = _WHEN.match(text, end)
    return bool(when) and bool(cue("event").search(when.group(0)) or re.search(r"\bclos(?:es|ing)\b", when.group(0)))


def _when_after(text: str, end: int) -> bool:
    """A date a "when" clause follows: "Compared with March 2024, when the Mobile Data Programme started" (review);
    not a clause without its comma: "more officers than last year when we reach the financial year end" (uk-council
    QPR)."""
    return bool(_WHEN.match(text, end))


#: A "when" clause after a date, up to the clause's end.
_WHEN = re.compile(r",\s+when\b[^.;,]{0,120}")


def _report_span(text: str, d: DateMention) -> bool:
    """A month that starts or ends the period a report is for (``_REPORT_SPAN``)."""
    m = _REPORT_SPAN.search(text, max(0, d.start - 120), d.start)
    return bool(m) and bool(re.search(r"\d\s*(?:[-–]|to)\s*$", m.group(0)) or _SPAN_ON.match(text, d.end))


_REPORT_AFTER = re.compile(r"\s*(?:,?\s*(?:19|20)\d\d[/-]\d\d\s+)?(?:QPR|(?:performance|monitoring)\s+report)\b", re.I)


def _reports_figures(s: Sentence) -> bool:
    """A sentence that reports counts or rates for a period: "At the end of December 2024, there were
    2,287 family cases open", "In Quarter 3, the service delivered 17,051 reviews" (uk-council
    performance report). Its date is the figures' period, not an event."""
    figures = [q for q in s.quantities if q.unit in ("count", "percent", "people")]
    return bool(figures) and bool(_TREND.search(s.text) or any(q.unit == "percent" for q in figures))


def _reports_rates(s: Sentence) -> bool:
    """A rate or a count compared with an earlier period: "Contact Point received 19% fewer calls compared
    to the previous Quarter", "12 are rated Amber (three fewer than the previous Quarter)" (uk-council
    performance reports) is performance, not a benefit claimed, in a sentence that names no project
    (the caller's condition); a count the sentence gives a cause for may be one: "a reduction of 118
    complaints ... compared to the previous year following the rollout" (corpus 000)."""
    if not _TREND.search(s.text):
        return False
    caused = re.search(r"\b(?:following|as a result of|due to|thanks to|because of|since the)\b", s.text, re.I)
    return any(q.unit == "percent" or (q.unit == "count" and not caused) for q in s.quantities)


#: A date something is to happen by is a deadline, an event whatever the verb: "Councils are asked to submit proposals
#: for reorganisation by 28 November 2025", "Any request ... is required by 10 January 2025" (gold-kent ministerial
#: letter; both annotated, neither with an event word), "no later than 31 March" (tests/test_extract.py::
#: test_a_deadline_is_an_event). A figure's period after "by" stays a period ("£2m by 2026-27", _FIGURE_PERIOD).
_BY = re.compile(r"\b(?:by|no\s+later\s+than)\s+(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?)?"
                 r"(?:(?:early|late|mid)[\s-]+)?$", re.I)


def _deadlines(s: Sentence) -> list[DateMention]:
    return [d for d in s.dates if _BY.search(s.text, 0, d.start)]


#: What was done at a date is an event whatever the verb: a verb's past form, at most four words before "on", "in",
#: "during", "until", "from" or "at" and the date: "The capital bid was submitted in September 2014", "the Programme
#: Director was formally appointed in February 2020", "Scheme deferred until 2019/20", "the revised framework which
#: was published on 12 December" (held-out police and council papers: 22 of 30 right there, 1 of 2 in the gold
#: folders; tests/test_extract.py::test_what_was_done_at_a_date_is_an_event). A comparison or a state is no event:
#: "compared with the forecast position in September 2024", "Recruitment remained challenging in October 2025"
#: (tests/test_extract.py::test_items_under_a_lead_in_are_about_its_project), nor is what continued: "The trend of
#: relatively low levels of planning applications received continued in Quarter 3" (uk-council performance report,
#: review).
#: ... an irregular verb's too: "The Devolution Order became law on 31 January 2021" (police set 72s, a combined
#: authority's report; tests/test_extract.py::test_what_was_done_at_a_date_is_an_event); only a form that is no
#: participle, as "a government letter sent to council leaders in July" may be a thing named (uk-council minutes), and
#: only with the words of a deed: not "The backlog became worse during 2023", "Council tax collection took a dip in
#: December 2024", "most of the funding came from government grants" (review)
_IRREGULAR_PAST = (r"became(?=\s+(?:law|operational|effective|live|statutory)\b)"
                   r"|took(?=\s+(?:ownership|over|control|possession|effect|place)\b)|wrote(?=\s+to\b)"
                   r"|gave(?=\s+(?:approval|notice|consent)\b)")
_DONE_AT = re.compile(r"\b(?P<verb>(?!(?:compared|remained|continued)\b)[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\s+"
                      r"(?:(?!(?:and|but|or|which|that|compared|remained|continued)\b)[\w’'-]+\s+){0,4}?"  # its clause
                      r"(?:on|in|during|until|from|at)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")


def _done_at(text: str, start: int) -> re.Match | None:
    """The verb and its clause before the date that starts at ``start`` (``_DONE_AT``), if any."""
    return _DONE_AT.search(text, max(0, start - 80), start)


def done_verb(text: str, start: int) -> str | None:
    """The verb of what was done at the date that starts at ``start`` ("submitted"), or None."""
    m = _done_at(text, start)
    return m.group("verb") if m else None


#: A deed done at a date (``_DONE_AT``) in the past tense with its auxiliary: "Martock and Totnes was completed at the
#: end of March 2020", "a draft ... had been submitted to the DfT on 12 June 2024" (police set 36, council set 40s).
#: Not a verb without one, which may be a resolution's, a condition's or an infinitive's ("be presented to the
#: Committee in June 2026", "If approved in February 2026", "agreed to close Colyton in March 2026"), nor a term's end
#: or a deferral ("have been funded until March 2027", "was extended until 31 March 2028", "was deferred to the meeting
#: on 14 May 2026"), nor a plan ("was anticipated to occur in January 2025") (review).
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$", re.I)
_NO_DEED = frozenset("anticipated expected scheduled planned proposed intended aimed forecasted projected estimated "
                     "deferred postponed delayed extended moved rescheduled adjourned pushed".split())


def done_before(text: str, start: int) -> bool:
    """Whether the date that starts at ``start`` is when something was done, in the past."""
    m = _done_at(text, start)
    return bool(m) and m.group("verb").lower() not in _NO_DEED and not re.search(r"\b(?:until|from)\b", m.group(0)) \
        and bool(_PAST_AUXILIARY.search(text, max(0, m.start() - 30), m.start()))


_STOP = frozenset("a an the of to in on at by for from and or with was were is are be been has have had that this "
                  "which it its as until".split())


def done_subject(text: str, start: int) -> frozenset[str]:
    """The words that say what was done at the date that starts at ``start``: those of the sentence but the date, the
    verb, its preposition and small words: "stockton", "rewire", "40k", "scheme" of "Stockton Rewire £40k - Scheme
    deferred until 2019/20"."""
    m = _done_at(text, start)
    if not m:
        return frozenset()
    said = normalise(text[: m.start()] + " " + text[m.end("verb") : start]).split()
    return frozenset(w for w in said if w not in _STOP)


def _ungated(s: Sentence) -> tuple[list[DateMention], str]:
    """The dates that tell an event in a sentence with no project and no event word, and the rule: its
    deadlines, else what was done at its dates. A financial year is a period, no date a deed was done at: "the level of
    uncontrolled cost increases faced by the Council in 2014/15", "Key policy changes associated with major savings
    proposals in 2025-26", "budgeted spending growth in 2024-25" (held-out council and Kent papers: 4 of 5 such
    milestones wrong; tests/test_extract.py). A deferral until one is still an event: "scheme deferred until
    2019/20"."""
    deadlines = _deadlines(s)
    if deadlines:
        return deadlines, "milestone.deadline"
    done = [d for d in s.dates if done_verb(s.text, d.start) or _done_after(s.text, d)]
    done = [d for d in done if not _in_a_year(s.text, d)]
    if done:
        return done, "milestone.done_at"
    return [d for d in s.dates if _date_first(s.text, d)], "milestone.date_first"


#: A sentence that opens on its date, then says what its subject did: "In June 2021 the Council submitted three bids",
#: "In July 2019, Full Council declared a Climate Emergency", "In November 2022, the Chief Constable of Cheshire advised
#: ..." (council sets 63s and 67s, police set 75L). Not a participle naming a thing ("In 2022 the number of crimes
#: recorded was ..."), a figure's subject ("In 2023 the number of households placed in temporary accommodation rose"),
#: a count or a sum after the verb ("In 2023 the Council received 1,200 complaints", "the backlog totalled 1,200
#: cases"), a trend, a result or a deed not done ("In 2023 the Force failed to meet its target", "never received"),
#: nor a verb of a plan or a comparison (tests/test_extract.py; review).
_OPENS_ON = re.compile(r"^\W*(?:In|On|During)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")
_NOT_A_DEED = (r"compared|based|related|linked|proposed|planned|expected|anticipated|scheduled|intended|forecast"
               r"|projected|estimated|increased|decreased|reduced|remained|continued|recorded|reported|improved"
               r"|declined|dropped|doubled|halved|peaked|totalled|reached|exceeded|faced|indicated|showed|ranked"
               r"|rated|failed|needed|required|wanted|hoped|seemed|appeared|stayed")
_SUBJECT_DID = re.compile(r",?\s+(?:(?:the|a|an|its|our|their)\s+)?"
                          r"(?:(?!(?:number|numbers|proportion|amount|percentage|rate|level|share|total|majority|most"
                          r"|not|never)\b)[\w’'&-]+\s+){0,5}?"
                          r"(?P<verb>(?!(?:" + _NOT_A_DEED + r")\b)[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b"
                          r"(?!\s+(?:was|were|is|are|has|have|had|by|to\s+be)\b)"
                          # ... a count or a sum after it, not a year: "received its 2023-2025 Round 3 ... report"
                          r"(?!\s+(?:[a-z]+\s+)?(?:£|\d(?!\d{3}(?:[/-]\d|\b))))")


def _date_first(text: str, d: DateMention) -> bool:
    return d.precision in ("day", "month", "year") and bool(_OPENS_ON.match(text[: d.start])) \
        and bool(_SUBJECT_DID.match(text, d.end))


#: A deed told by its subject's noun, the day after "on" and the verb after the day: "The Chancellor’s Autumn Statement
#: on 30th October 2024 announced that ..." (kent set k5, a cabinet's budget update), "The Government announcement on
#: 2nd September 2024 extended the ... Household Support Fund" (uk-council budget risk register).
_DONE_AFTER = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?P<verb>(?!(?:compared|based|related|linked)\b)[a-z]{3,}ed)\b")


def _done_after(text: str, d: DateMention) -> bool:
    """A day after "on" with its subject's verb after it (``_DONE_AFTER``), not one a plan's word says is to come."""
    m = _DONE_AFTER.match(text, d.end)
    return bool(m) and d.precision == "day" and m.group("verb") not in _NO_DEED \
        and bool(re.search(r"\bon\s+(?:the\s+)?$", text[: d.start]))


def _in_a_year(text: str, d: DateMention) -> bool:
    """A financial year said as the time within which (``_ungated``)."""
    return d.precision == "financial_year" and bool(re.search(r"\b(?:in|during)\s+(?:the\s+)?$", text[: d.start]))


#: A date that bounds a period or dates data: "for the period 1 April to 31 March", "data for March 2024"; not a
#: period's start or end said as an event: "the CSR 2 reporting period which commenced on the 01 st April 2014"
#: (police set 28, a change programme's progress report; tests/test_benefits_milestones.py); and months counted to a
#: date: "The Council's investments during the 6 months to the end of September are summarised" (kent set 16, a
#: treasury update), "the rolling 12 months to June 2024" (uk-council QPR); not a delay's or an extension's: "extended
#: by six months to 31 March 2025", "has slipped by three months to June 2025", "deferred three months to January
#: 2025", "for a further six months to": a period is introduced ("the", "over", "within", "(", ...) (reviews).
_SPAN_BEFORE = re.compile(r"(?:\bperiods?\b|\bdata for\b)(?![^.]{0,25}\b(?:commenced|began|begun|started|ended|"
                          r"finished|closed)\b)[^.]{0,25}$|(?:\bthe\s+(?:[a-z]+\s+){0,2}|\b(?:over|across|in|within|during|on)\s+|^\s*|[(–:-]\s*)"
                          r"(?<!\bby\s)(?<!\bfor\s)(?<!\bback\s)(?<!\bfurther\s)"
                          r"\b(?:\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen)[\s-]+months?\s+"
                          r"(?:up\s+)?(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?$", re.I)


#: ... or the year just gone, or the whole of this one, said as the time over which: "the progress that had been made
#: over the last year", "have been updated over the past year", "Throughout this year we have continued to see
#: increases", "Special Constables have reduced during the last year" (council set 28, kent sets 17 and 25s, corpus
#: 001: 4 of 4 such milestones wrong; tests/test_benefits_milestones.py); not a deadline within this one: "will be
#: refurbished during this year" (review).
_RECENT_SPAN = re.compile(r"(?i)\b(?:(?:over|during|throughout|across)\s+the\s+(?:last|past)|throughout\s+(?:this|the"
                          r"\s+current))\s+(?:financial\s+)?year$")
#: ... financial years written short too: "multi-year funding (22/23-24/25)" (the thirty-fifth session's diagnostic
#: set diag3d, a commissioner's decision report)
_YEARS = r"(?:(?:19|20)\d\d(?:\s?[/-]\s?(?:20)?\d\d)?|\d\d/\d\d)"
_RANGE_AFTER = re.compile(r"\s*(?:to|–|-)\s*" + _YEARS + r"\b")
_RANGE_BEFORE = re.compile(_YEARS + r"\s*(?:to|–|-)\s*$")
_MOVED = re.compile(r"\b(?:deferred|slipped|slippage|moved|delayed|rescheduled|re-?profiled|re-?phased"
                    r"|brought\s+forward|carried\s+forward|reprogrammed|postponed|put\s+back|pushed\s+back|revised"
                    r"|changed|extended|amended)\b[^.;]{0,60}$", re.I)


def _year_range_end(text: str, d: DateMention) -> bool:
    """An end of a range of years is a plan's or a programme's span, not an event: "the re-stated capital programme
    for 2008/09 to 2010/11" (council set 31, an executive's minutes), "over the years from 2025-26 to 2034-35"
    (uk-council budget; 6 of 6 such dates wrong there, none in any gold folder); tests/test_benefits_milestones.py. A
    date moved from one year to another is still an event: "slipped from 2019/20 to 2020/21", "postponed from 2024/25
    to 2025/26" (review)."""
    if d.precision != "financial_year":
        return False  # ... of financial years: "the pilot ran from 2022 to 2024" tells its start and end (review)
    ranged = _RANGE_AFTER.match(text, d.end) or _RANGE_BEFORE.search(text[: d.start])
    short = re.search(r"(?<![\d/])(\d\d)/(\d\d)(?![\d/])", ranged.group(0)) if ranged else None
    if short and (int(short[2]) - int(short[1])) % 100 != 1:
        return False  # ... a short financial year's halves follow each other: "24/25 - 12/15 primary schools" is a
        # year and a count (the third review)
    return bool(ranged) and not _MOVED.search(text[: d.start])


def _restated(s: Sentence, d: DateMention) -> bool:
    """A date in brackets right after another date says that moment again, in other terms: "by September 2025 (the
    start of academic year 2025/26)" (kent sets 17 and 24s and gold-kent, a commissioning plan: one event, stored
    twice); one milestone, the first date's. A bracket after a figure or a word is not a restatement: "£0.7m
    (2023-24)", "later years (2026-27 and 2027-28)"; nor one that tells an event of its own: "Strategy ... 2025-2030
    (Due for publication in 2025)", "into 2025-26 (where they have only been partially delivered in 2024-25)" (kent
    sets 16 and 17); nor one whose date is another moment: "completed in June 2024 (Stage 2 started October 2024)",
    "will close on 31 March 2025 (Cabinet decision expected July 2025)" (review)."""
    return any(o.end <= d.start and _GLOSS.fullmatch(s.text, o.end, d.start)
               and o.date_start <= d.date_end and d.date_start <= o.date_end for o in s.dates)


#: A bracket's words before a date that only name it: "i.e." whatever follows (review), else not a preposition leading
#: to it.
_GLOSS = re.compile(r"\s*\((?:i\.?\s?e\.?,?\s+|that\s+is,?\s+)[^()]{0,50}"
                    r"|\s*\((?![^()]*\b(?:in|on|by|from|until|to|after|before|during|since|due)\s*$)[^()]{0,50}")


#: A plan's, a report's or a term's span of years: "End of Term Report, 2016-21", "Strategy for the Future of Education
#: in Kent 2025-2030"; no verb between the noun and the span ("The plan is to build it in 2025-2027", review).
_PLAN_SPAN = re.compile(r"\b(?:[Rr]eport|[Ss]trateg(?:y|ies)|[Pp]lan|[Tt]erm|[Pp]riorities|[Ff]ramework|[Vv]ision)\b"
                        r"(?:(?!\b(?:is|are|was|were|will|has|have|had|be|been|to)\b)[^.;]){0,50}$")


def _years_long(d: DateMention) -> bool:
    """A date that spans more than a year and a month: "2016-21", "2025-2030"."""
    return (date.fromisoformat(d.date_end) - date.fromisoformat(d.date_start)).days > 400


#: The tense of the words before a yearless date, where no cue word says it was done (``_year_of``): a verb's past
#: before it ("closed on", "finished in") or a plan ("will go live in", "is due in", "now expected in"); a plan told in
#: the past ("was due to close on 12 February", "were scheduled for January") is neither, and keeps the nearest year,
#: and so does an infinitive ("decisions to be made quickly in January", in minutes filed under a later meeting) (kent
#: sets 18 and 23s, council set 43s; reviews of issue 9's work).
_PAST_BEFORE = re.compile(r"(?i)\b(?!(?:expected|planned|scheduled|anticipated|intended|proposed|programmed|targeted|"
                          r"timetabled)\b)[a-z]{3,}ed\s+(?:on|in|at|during|from)\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of|start\s+of)\s+)?$")
_FUTURE_BEFORE = re.compile(r"(?i)\b(?:will|shall|(?:is|are)\s+(?:\w+\s+)?(?:due|expected|planned|scheduled|set|"
                            r"going))\b")


def _year_of(d: DateMention, before: str, cued: set[str], meeting: date, estimated: bool) -> DateMention:
    """The year of a day, month or season said without one, read as the nearest to the paper's date
    (``dates._nearest_year``): a deed done is before the paper; a plan's date more than two months gone is next
    year's, for a day only in the future tense ("the statutory deadline of 28 November" that councils "will" meet, in
    March 2025, uk-council LGR report; "further gateway reviews were scheduled for January, April, July and October
    2019" in November 2018, council set 43s; not "was due to close on 17 January" in June, review). ``cued``: the
    statuses the clause's cue words give whether or not its date has passed. A paper with no meeting date is dated by
    its own dates, no earlier than when it was written: a deed is not moved back before that estimate, and a plan in
    the future tense is after it (council sets 40s and 43s; reviews; tests/test_benefits_milestones.py)."""
    if cued == {"achieved"} or _PAST_BEFORE.search(before):
        return _shift_year(d, -1) if d.date_start > meeting.isoformat() and not estimated else d
    future = bool(_FUTURE_BEFORE.search(before))
    if not (future or ("achieved" not in cued and d.precision != "day")):
        return d
    # ... against an estimate, which is no later than the paper, a plan in the future tense is after it at once
    gone = meeting if estimated and future else meeting.replace(day=1) - timedelta(days=62)
    return _shift_year(d, 1) if d.date_end < gone.isoformat() else d


#: Two dates joined by "or" are one event's alternatives: "implementation of local government reorganisation by
#: either April 2027 or April 2028" (gold-kent LGR report), "we will not receive the Data Conversion and Migration
#: Toolkit until December 2008 or January 2009" (police set 62s): each annotated once, stored twice.
_OR_BETWEEN = re.compile(r"\s*,?\s*or\s+(?:in\s+|by\s+)?$")


def _alternatives(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence, two joined by "or" made one mention that spans both (``_OR_BETWEEN``), at the coarser
    of their precisions: "2026 or 2028" is years, "31 March 2025 or 30 June 2025" days (docs/schema.md)."""
    out: list[DateMention] = []
    for d in dates:
        if out and _OR_BETWEEN.fullmatch(text[out[-1].end : d.start]):
            first = out[-1]
            coarser = max(first.precision, d.precision, key=lambda p: PRECISIONS.index(p) if p in PRECISIONS else 0)
            out[-1] = replace(first, end=d.end, text=text[first.start : d.end], date_start=min(first.date_start,
                              d.date_start), date_end=max(first.date_end, d.date_end), precision=coarser)
        else:
            out.append(d)
    return out


def _meeting_set(text: str, d: DateMention) -> bool:
    """Whether a date is the one the next meeting is set for (``_MEETING_SET``): after the phrase with no clause
    between, or the "next year" just before it."""
    for m in _MEETING_SET.finditer(text):
        if not re.search(r"(?i)\b(?:next|following)\b", text[max(0, m.start() - 40) : m.end()]):
            continue
        between = text[m.end() : d.start]
        if m.end() <= d.start and not re.search(r"(?i);|\b(?:and|after|once|until|when|before)\b", between):
            return True
        if m.start() - 40 <= d.start and d.end <= m.start() and re.search(r"(?i)\bnext\b", d.text):
            return True
    return False


def sentence_milestones(s: Sentence, meeting: date | None, estimated: bool = False) -> list[Milestone]:
    milestones: list[Milestone] = []
    s = replace(s, dates=_alternatives(s.text, s.dates))
    project = s.projects[0] if s.projects else s.section_project
    # a date in a sentence that names a project, or refers to one ("during the pilot", an item under a
    # lead-in that names it), or only in one with an event word ("went live"), or a deadline
    event = bool(cue("event").search(s.text))
    rule = "milestone.project" if s.projects else "milestone.event_cue" if event or not s.referred \
        else "milestone.referred"
    dates = s.dates
    if not (s.projects or s.referred or event):
        dates, rule = _ungated(s)
    if not dates or cue("economy").search(s.text) or _MINUTES_RECORD.search(s.text) \
            or (not s.projects and _reports_figures(s)):
        return milestones  # a date in a sentence about figures, not an event of a project, or about the
        # national economy ("borrowing is 3% of GDP higher in 2028-29", uk-council economic context)
    for d in dates:
        if _in_name(s, d.start, d.end) or _NAMES_A_DOCUMENT.match(s.text, d.end) or _names_the_paper(s.text, d) \
                or _meeting_set(s.text, d) \
                or (project is None and _years_long(d) and _PLAN_SPAN.search(s.text, 0, d.start)) or _restated(s, d):
            continue  # the years of a plan's name, "Kent’s Strategy for ... 2021-2024" (gold-kent education plan),
            # "the current 2018-2023 Strategy" (uk-council capital strategy); a season in a name, "Summer Academy:
            # A five-day academy was developed ..." (corpus 001); a span of years is a term's or a plan's, not an
            # event, unless a project's: "End of Term Report, 2016-21" (wmp set 1), "in 2017-2021 I have decided to
            # prioritise" (police set 33), "Strategy for the Future of Education in Kent 2025-2030" (kent set 16): 4
            # wrong of 4 on the diagnostic sets and the development set with no project named; a section's project
            # owns its spans, and only a plan's or a term's span is skipped: work done across one is an event, "will
            # be constructed in 2025-2027", "The pilot ran 2017-2019" (reviews; tests/test_benefits_milestones.py)
        # the date's place is counted from its clause's start, a sentence joined on before it too: "... totalling
        # £39.5m. In February 2022, Memoranda of Understanding (MOU) were signed ..." (council set 63s, a cabinet's
        # report: the offset from the last semicolon put the date among the other sentence's words)
        left, right = _clause(s.text, d.start, d.end)
        clause = s.text[left:right]
        later = tuple(o.start - left for o in dates if o.start >= d.end)  # the sentence's dates after it
        if meeting is not None and not _year_written(d) and not year_follows(s.text, d.end):
            cued = {_status(clause, False, d.start - left, later), _status(clause, True, d.start - left, later)}
            d = _year_of(d, s.text[left : d.start], cued, meeting, estimated)
        past = meeting is not None and d.date_end < meeting.isoformat()
        if d.precision in ("year", "financial_year") and (_FIGURE_PERIOD.search(s.text[max(0, d.start - 30) : d.start])
                                                          or _COVERED.search(s.text[max(0, d.start - 80) : d.start])
                                                          or ((_PERIOD_OF_SUM.match(s.text, d.end)
                                                               or _SPENT_IN_YEAR.match(s.text, d.end))
                                                              and not _DONE_IN.search(s.text, 0, d.start))):
            continue  # the period of a figure
        if d.precision == "financial_year" and (_PROGRAMME_YEAR.search(s.text[max(0, d.start - 30) : d.start])
                                                or _INCLUDED_FOR.search(s.text[max(0, d.start - 80) : d.start])):
            continue  # the year a capital programme, or the plan a sum is included in, is for
        thing = re.match(r"\s+([A-Za-z]+)", s.text[d.end :])
        if d.precision == "financial_year" and _YEAR_OF_THING.search(s.text[: d.start]) and thing \
                and thing.group(1).lower() not in ("financial", "year", *words("grammatical_word")):
            continue  # the year a thing is for: "The 2025-26 revenue budget ... was agreed" (uk-council)
        if d.precision == "financial_year" and _budget_year(s.text, d.start, d.end):
            continue
        status = _status(clause, past, d.start - left, later)
        if status == "achieved" and meeting is not None and d.date_start > meeting.isoformat() \
                and (_year_written(d) or year_follows(s.text, d.end)):
            status = "planned"  # a dated event after the paper was written has not happened yet
        if _SPAN_BEFORE.search(s.text[: d.start]) \
                or (_SNAPSHOT.search(s.text[max(0, d.start - 80) : d.start]) and not _event_when(s.text, d.end)) \
                or (_BASELINE.search(s.text[max(0, d.start - 40) : d.start]) and not _when_after(s.text, d.end)) \
                or (d.precision == "quarter" and (_REPORT_AFTER.match(s.text, d.end)
                                                  or _REPORT_FOR.search(s.text[max(0, d.start - 80) : d.start]))) \
                or _year_range_end(s.text, d) or _RECENT_SPAN.search(s.text[: d.start] + d.text) \
                or _report_span(s.text, d) or _progress_period(s.text, d):
            continue  # the span of a figure or forecast, or the date of figures, not an event
        if _own_date_field(s.text, d, meeting) or _CITED.search(s.text[max(0, d.start - 200) : d.start]):
            continue  # the paper's own day, or the day a cited document came out: not the sentence's event
        event = re.sub(r"\s+", " ", _event_clause(s.text, d.start, d.end)).strip(" ,;")
        if len(event) > 160:
            event = window(event, d.start - (len(s.text) - len(event)), d.end, 160)
        if any((m.date_start, m.event) == (d.date_start, event) for m in milestones):
            continue  # one event, one date: "... the higher-than-expected 2024-25 NHS pay awards through
            # consolidating the 2024-25 ..." (uk-council cabinet budget update) is stored once
        milestones.append(Milestone(event=event, date_text=d.text, date_start=d.date_start, date_end=d.date_end,
                                    precision=d.precision, status=status, passage_seq=s.passage_seq,
                                    quote=window(s.text, d.start, d.end),
                                    project=project or (s.recent if status == "achieved" else None),
                                    rule=rule, confidence=confidence(rule)))
    return milestones


#: The units a benefit's amount is counted in; minutes of an officer's shift too ("reduced the time officers
#: spend in stations by 30 minutes per shift", tests/test_benefits_milestones.py).
_BENEFIT_UNITS = ("GBP", "FTE", "hours", "days", "minutes", "percent")


def _realised_at(text: str, q: Quantity, sentence: str) -> str:
    """Whether an amount is realised or expected, from the cue nearest it: "delivered £3.2m of cashable
    savings to date against a target of £5m" realised £3.2m, expects £5m (tests/test_benefits_milestones.py)."""
    cues = [(m, "expected") for m in cue("expected").finditer(text)]
    cues += [(m, "realised") for m in cue("achieved").finditer(text)]
    if len({label for _, label in cues}) < 2:
        return sentence
    return min(cues, key=lambda c: min(abs(c[0].start() - q.end), abs(q.start - c[0].end())))[1]


def _kind(text: str, unit: str | None) -> str:
    if unit == "GBP":
        return "cashable"
    if unit in ("FTE", "hours", "days", "minutes"):
        return "non-cashable"
    if re.search(r"non[- ]?cashable", text, re.I):
        return "non-cashable"
    if cue("cashable").search(text):
        return "cashable"
    if cue("non_cashable").search(text):
        return "non-cashable"
    return "non-financial"


def _amount_kind(text: str, q: Quantity) -> str:
    """A figure's kind of benefit; jobs made are no staff time, whatever their hours: "107 temporary full-time jobs"
    (council set 82) is non-financial."""
    return "non-financial" if _jobs_made(text, q) else _kind(text, q.unit)


def _period(text: str) -> str | None:
    m = re.search(r"(per annum|a year|each year|every year|annually|per year|per month|a month|"
                  r"over (?:a |the )?[\w-]+[- ]years?(?: period)?|"
                  r"FY\s?\d{2,4}/\d{2,4}(?:\s*(?:to|-)\s*FY\s?\d{2,4}/\d{2,4})?)", text, re.I)
    return m.group(1) if m else None


def _not_a_claim(text: str) -> bool:
    """A sentence that makes no claim of the paper's own: the national economy ("Total debt is forecast
    to increase 98.4% of GDP in 2024-25 reducing to 97.1%", uk-council economic context), what a
    speaker said ("He emphasised that ... the people of Kent would benefit", uk-council minutes), the
    budget's savings to be found ("the £19.8m policy savings required", "the need to deliver legacy
    savings", uk-council budget papers) or a risk ("Inability to progress with plans to generate
    savings", uk-council risk register)."""
    # ... nor does a question: "Does he also acknowledge that we require a vastly improved direct train
    # connection ...?" (uk-council questions paper)
    # ... but savings a speaker says were delivered are the paper's record: "She noted that over £33.5 million of these
    # savings had now been realised" (the thirty-fifth session's diagnostic set diag4d, an audit committee's minutes)
    found = bool(_SAVINGS_FOUND.search(text))
    return bool(_QUESTION.match(text)) or (cue("savings_talk").search(text) and not found) \
        or (cue("reported_speech").search(text) and not _SPOKEN_SAVINGS.search(text)) \
        or any(cue(label).search(text) for label in ("economy", "risk_statement"))


#: Savings found: "£3M of the £6M savings required for 2024/25 had been identified", "Almost £10 million of the
#: savings required have been identified" (police set 17), "a total saving of £1.35m had been identified" (police set
#: 18): a sentence about the savings required still claims the part found (tests/test_benefits_milestones.py).
#: ... and said by a speaker, only savings delivered, by the body itself, not doubted nor asked about: not "£2.4m of
#: savings had been identified but none ... yet delivered", "nationally over £300m of savings had been realised by
#: forces", "She asked whether the £500,000 ... had been realised" (the thirty-fifth session's third review).
_SPOKEN_SAVINGS = re.compile(r"(?i)^(?!.*\b(?:whether|doubt|doubted|concerns?|unclear|nationally|none|not\s+yet)\b)"
                             r".*(?:\bsavings?\b|£)(?:(?!\bnot\b|\.\s)[^;]){0,60}?\b(?:have|has|had|having)\s+"
                             r"(?:now\s+|already\s+)?been\s+(?:delivered|achieved|realised)\b(?!\s+by\b)")
_SAVINGS_FOUND = re.compile(r"(?i)(?:\bsavings?\b|£)(?:(?!\bnot\b|\.\s)[^;]){0,60}?\b(?:have|has|had|having)\s+"
                            r"(?:now\s+|already\s+)?been\s+(?:identified|delivered|achieved|realised)\b")
#: ... while the amount required is still no claim: "the £6M savings required", "the £19.8m policy savings required".
_REQUIRED_AFTER = re.compile(r"(?i)^\s+(?:\w+\s+)?savings\s+(?:required|plans?|proposals?)\b")


def _required(text: str, q: Quantity) -> bool:
    return bool(_REQUIRED_AFTER.match(text[q.end : q.end + 40]))


#: A share of the savings, or a share that is its clause's subject, is progress against them, no amount gained: "22% of
#: 2022/23 savings had already been realised and a further 2% were on track to be achieved on time" (council set 71s, an
#: audit committee's savings overview: the gold claims the £33.5m realised beside them, not the shares), "which was
#: 95% of the required amount" (the same); not a share of spend, a bill or a budget saved, "8% of the total spend was
#: saved", nor a share achieved, "Reduction in sickness absence: 15% was achieved" (review).
_SHARE_AFTER = re.compile(r"(?i)^\s+(?:of\s+(?:the\s+|these\s+|this\s+|its\s+|our\s+)?(?:[\w/-]+\s+){0,2}?"
                          r"(?:savings|efficiencies|requirement|required\s+amount)\b|(?:were|was)\s+on\s+track\b)")


#: ... said as its clause's subject or complement, not as what a verb makes or cuts: "create 2% of non-pay efficiency
#: savings" (police set 78s, a fire authority's minutes), "reduce the amount we spend on consultants by 15% of the total
#: spend" (uk-council budget amendments) are claims.
_SHARE_BEFORE = re.compile(r"(?i)(?:^|[·•▪;:,(]|\band(?:\s+a\s+further)?|\bwhich\s+(?:was|is)|\b(?:was|is|represents?|"
                           r"represented))\s*(?:over\s+|around\s+|about\s+|nearly\s+|almost\s+|some\s+|just\s+)?$")


def _share(text: str, q: Quantity) -> bool:
    return q.unit == "percent" and bool(_SHARE_AFTER.match(text[q.end : q.end + 60])) \
        and bool(_SHARE_BEFORE.search(text[max(0, q.start - 40) : q.start]))


#: The organisation's savings target, or a share of it: "There is a savings target of £111.2m" (uk-council budget),
#: "over 86% of the savings target for MTFP5 had been met with £14m of savings having been achieved" (council set 19:
#: the £14m is claimed, the 86% is not), "Instead of the existing annual 3% target ..., a three year target of 9.3%"
#: (police set 17; tests/test_benefits_milestones.py).
_TARGET_BEFORE = re.compile(r"(?i)\btargets?\s+(?:of|was|is|=)\s+(?:just\s+)?(?:over\s+|under\s+|around\s+)?$|"
                            r"\btargets?\s*\([^()]*$")  # ... or its split in brackets: "3% target (50% cashable and"
_TARGET_AFTER = re.compile(r"(?i)^\s+(?:of\s+(?:the\s+|its\s+|our\s+)?)?(?:(?!above|below|against|over|ahead|under|"
                           r"on\b|to\b)\w+\s+)?(?:savings\s+|efficiency\s+)?targets?\b")


def _targeted(text: str, q: Quantity) -> bool:
    return bool(_TARGET_BEFORE.search(text[max(0, q.start - 40) : q.start]) or _TARGET_AFTER.match(text[q.end :]))


_QUESTION = re.compile(r"\s*(?:(?:Does|Do|Did|Will|Would|Can|Could|Is|Are|Was|Were|Has|Have|Should|Shall)\s+"
                       r"(?:he|she|they|you|we|it|the|this|that|there|any|Cabinet|Council|KCC|[A-Z][a-z]+\s+[A-Z])"
                       r"|(?:What|How|Why|When|Where|Which)\b[^.]*\?)")


#: A sentence about "this project" or "the new system", a project the paper named in words no rule took: its claims
#: are the project's. "This project will deliver a more user-friendly learning experience" (corpus 001), "This
#: infrastructure initiative will reduce the cost of hosting current systems" (police set 11, a police authority's
#: decision; tests/test_benefits_milestones.py).
THIS_KIND = re.compile(r"(?i)\b(?:this|the new)\s+(?:[\w-]+\s+){0,2}?(?:project|programme|pilot|scheme|initiative|"
                       r"system|solution|technology|contract|investment)\b")


#: A claim made as a purpose or a result needs no project in its sentence: "Many of the refurbishments were aimed to
#: improve morale", "NICHE would result in better cross-boundary working", "Greater automation was being introduced to
#: reduce the amount of time" (police sets 34, 40 and 46s, council set 30, kent set 20; 8 right and 1 wrong on the
#: held-out sets, one more wrong on the corpus: "developed and delivered to better serve the public"). A modal is no
#: purpose: "will help to reduce" added 1 right and 3 wrong there (a risk register's "A significant loss would reduce
#: our General Fund").
_PURPOSE = re.compile(r"(?i)\b(?:aim(?:ed|s|ing)?\s+(?:at|to)|designed\s+to|intended\s+to|in\s+order\s+to"
                      r"|in\s+an\s+effort\s+to|so\s+as\s+to|result(?:ed|s)?\s+in"
                      r"|\b(?:introduc|implement|install|upgrad|replac|deploy|develop)\w*\s+(?:[\w-]+\s+){0,5}?to)\s+$")
#: ... not one doubted, asked about, needed or undone: "Concern was expressed that the change would result in reduced
#: visibility", "A Member asked if the merger would result in better outcomes", "Significant investment is needed to
#: improve the condition of the estate", "was intended to improve response times, but average attendance times have
#: lengthened" (review).
_PURPOSE_DOUBTED = re.compile(r"(?i)\b(?:concerns?|asked|if|whether|risk|fear\w*|needed|required|necessary"
                              r"|need\s+to)\b")


def _purposed(text: str, m: re.Match) -> bool:
    """A claim cue after a purpose or a result (``_PURPOSE``), not doubted or undone (``_PURPOSE_DOUBTED``)."""
    return bool(_PURPOSE.search(text, 0, m.start())) and not _PURPOSE_DOUBTED.search(text, 0, m.start()) \
        and not re.search(r",\s+but\b", text[m.end():])


def sentence_benefits(s: Sentence) -> list[Benefit]:
    text = s.text
    # the organisation's savings target is no claim; a programme's is one it expects (``savings_target``)
    owned = bool(s.projects or s.section_project)
    targets = not owned and bool(cue("savings_target").search(text))
    if _not_a_claim(text) or (not owned and _reports_rates(s)) or (targets and not _SAVINGS_FOUND.search(text)) \
            or _SPENDING_LIST.search(text):
        return []
    # ... time or posts gained say a benefit without a cue word: "could provide approximately 69,745 additional hours
    # of police visibility per year" (tests/test_extract.py, after a police decision notice)
    time_gained = any(q.unit == "hours" and _gain(text, q)
                      and re.search(r"\b(?:provid|free|releas|giv|generat|creat)\w*\b[^.;]{0,40}$", text[: q.start])
                      for q in s.quantities)  # not "worked 5,000 additional hours of overtime"
    money_gained = any(_spent_less(text, q) or _jobs_made(text, q) for q in s.quantities)
    if not cue("benefit").search(text) and not s.benefit_list and not time_gained and not money_gained:
        return qualitative_benefits(s)
    realised = "expected" if cue("expected").search(text) and not _GAINED.search(text) else "realised"
    project = s.projects[0] if s.projects else s.section_project
    benefits = []
    gained = _gained(text, s.quantities)
    for i, q in enumerate(s.quantities):
        if _costs(text, q) or _required(text, q) or (not owned and _targeted(text, q)) or q.from_header \
                or _share(text, q):
            continue  # a cost pressure, a provision, a tax rise, a saving given up or still required: no benefit;
            # nor a figure that is money only by a run-in "(£m)" header, a column's cell whose subject the sentence
            # does not say ("Protective Services 7.8 7.5 -0.1 7.4 0.2 Total 19.4 ...": police set 28)
        if _measures_loss(text, q):
            continue
        if q.unit in _BENEFIT_UNITS and _near_cue(text, q) or i in gained:
            rule = "benefit.gain" if i in gained else "benefit.amount"
            benefits.append(Benefit(kind=_amount_kind(text, q), description=_subject(text, q),
                                    realised=_realised_at(text, q, realised),
                                    passage_seq=s.passage_seq, quote=window(text, q.start, q.end), project=project,
                                    amount=q.value, unit=q.unit, period=_period(text), rule=rule,
                                    confidence=confidence(rule)))
    # ... a lead-in, its colon maybe dashed: "the estimated savings which would need to be achieved over the next 5
    # years would be:-" (council set 84s, a cabinet's minutes page)
    if benefits or re.search(r":[-–]?\s*$", text) or text.lstrip()[:1] in "✓✔□☐" \
            or any(_share(text, q) for q in s.quantities):
        return benefits  # ... a sentence of shares of the savings tells progress, no claim in words either
    if len(text.split()) <= 4 and not s.benefit_list and not (s.in_list and text.lstrip()[:1].islower()):
        return benefits  # a heading or a name, not a claim; in a list of benefits, a short item is one:
        # "Benefits of DES are: ... - Supports public appeals." (corpus 001); so is a list item that starts
        # in lower case: "it has: • reduced duplication of activities" (tests/test_benefits_milestones.py)
    if cue("cost").search(text):
        return benefits
    matches = [m for m in cue("benefit").finditer(text) if _claims(text, m)]
    strong = any(re.search(STRONG_CUES, m.group(0), re.I) for m in matches)
    if not matches and s.benefit_list and not any(_received(text, q) for q in s.quantities):
        # an item under "the following services and benefits:" is a claim in itself, unless its money is what the
        # service cost or its provider received (police set 84s; tests/test_benefits_milestones.py)
        matches = [re.match(r"\S+", text) or re.match(r"", text)]
    if not matches or not (project or s.section_topic or strong or s.in_list or s.benefit_list or s.referred
                           or THIS_KIND.search(text) or any(_purposed(text, m) for m in matches)):
        return qualitative_benefits(s)
    rule = "benefit.list_item" if s.benefit_list else "benefit.clause"
    clauses = _benefit_clauses(text, matches, whole=rule == "benefit.clause")
    for a, b in clauses:
        clause = text[a:b]
        if re.fullmatch(rf"(?:{_CLAIM_NOUN})\W*", clause, re.I) \
                and not (_DELIVERED_NOUN.search(text[:a]) and not _ASKED.search(text[:a])):
            continue  # the cue noun and nothing after it names no gain: "updating the Committee on savings"; a gain
            # delivered does: "COS is a key enabler for delivery of efficiencies" (police set 38, an audit's summary),
            # not one asked about: "asked when the programme would deliver savings" (review)
        benefits.append(Benefit(kind=_kind(clause, None), description=re.sub(r"\s+", " ", clause).strip(" ,;.")[:160],
                                realised=realised, passage_seq=s.passage_seq, quote=window(text, a, b),
                                project=project, period=_period(text), rule=rule, confidence=confidence(rule)))
    return benefits


#: What a claim noun at a sentence's end needs before it to be a gain: a verb of its delivery or achievement, or "for
#: the delivery of"; not talk of it, "monitors the realisation of savings" (review).
_DELIVERED_NOUN = re.compile(r"(?:\b(?:deliver(?:s|ed|ing)?|achieve[sd]?|achieving|realise[sd]?|realising|generate[sd]?"
                             r"|generating)|\bfor\s+(?:the\s+)?delivery\s+of)\s+(?:[\w-]+\s+){0,3}$", re.I)
_ASKED = re.compile(r"\b(?:asked|queried|questioned|enquired)\s+(?:\w+\s+){0,3}?(?:when|whether|if|how|why|what)\b",
                    re.I)


#: A gain the paper says was made, whatever it was expected to be: "has achieved the expected savings" (review).
_GAINED = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:achieved|delivered|realised|generated)\b", re.I)


def _benefit_clauses(text: str, matches: list[re.Match], *, whole: bool) -> list[tuple[int, int]]:
    """Where each benefit a sentence claims starts and ends. A sentence is one benefit from its
    first claim to its end ("reduce duplication of data entry and automate ..."): split into one
    per clause, 21 of the corpus papers' 47 extra benefits were a second or third copy of one
    sentence (measured at issue 9; the paper states it once, the reader sees it once). A benefits
    list item keeps a benefit per clause ("reduce costs, improve safety")."""
    clauses: list[tuple[int, int]] = []
    for m in matches:
        if not clauses or m.start() - clauses[-1][0] >= 25:
            clauses.append((m.start(), len(text)))
    if whole:
        return clauses[:1]
    return [(a, clauses[i + 1][0] if i + 1 < len(clauses) else len(text)) for i, (a, _) in enumerate(clauses)][:3]


#: Qualitative benefits a paper claims in words, tried in order when no older cue states one; the
#: first cue found makes the sentence's one benefit (cases: tests/test_benefits_milestones.py).
#: What can or could be gained, said of no named project, is a truism or advice: "Good quality data can improve decision
#: making", "Early intervention can reduce demand on acute services" (review).
_A_TRUISM = re.compile(r"(?i)can|could")
_QUALITATIVE = (("benefit_of", "benefit.benefits_of"), ("help_given", "benefit.help"), ("outcome", "benefit.outcome"),
                ("gain_claim", "benefit.gain_claim"))


def qualitative_benefits(s: Sentence) -> list[Benefit]:
    """One benefit claimed in words, with no figure: "One of the main benefits of devolution is
    ...", "This enables us to identify ...", "will unlock further devolution". Not a question,
    a lead-in (":"), a cost, or talk about benefits ("promoting the benefits of ...")."""
    text = s.text
    if re.search(r"(?::[-–]?|\?)\s*$", text) or len(text.split()) < 6 or cue("cost").search(text) \
            or cue("denied_benefit").search(text):
        return []  # ... nor a benefit denied: "there were no tangible benefits" (cue ``denied_benefit``)
    for label, rule in _QUALITATIVE:
        m = next((m for m in cue(label).finditer(text) if _states(text, m)
                  and not (label == "gain_claim" and _A_TRUISM.match(m.group(0)) and not s.projects)), None)
        if m:
            clause = re.sub(r"\s+", " ", _event_clause(text, m.start(), m.end())).strip(" ,;.")
            realised = "expected" if cue("expected").search(clause) else "realised"
            return [Benefit(kind=_kind(clause, None), description=clause[:160], realised=realised,
                            passage_seq=s.passage_seq, quote=window(text, m.start(), m.end()),
                            project=s.projects[0] if s.projects else s.section_project,
                            period=_period(text), rule=rule, confidence=confidence(rule))]
    return []


def _states(text: str, m: re.Match) -> bool:
    """A qualitative cue that states a benefit: in lower case (not "Unlock Democracy"), not
    after words that talk about benefits ("promoting the benefits of", "take advantage of")."""
    if cue("benefit_talk").search(text[max(0, m.start() - 40) : m.start()]):
        return False
    if _A_KIND_THAT.search(text, 0, m.start()):
        return False
    if m.group(0) == "enabling" and not _enabled_gain(text, m):
        return False
    if _GOES_ON.match(text, m.end()):
        return False  # what the decision lets the work itself do is its progress, not its benefit: "The recommendation
        # to approve the funding request will enable the programme to complete the implementation" (council set 63s)
    doubted = _DOUBTED.search(text, max(0, m.start() - 60), m.start()) or (
        re.search(_GAIN_VERB, m.group(0), re.I) and (_GAIN_DOUBTED.search(text, 0, m.start())
                                                      or re.search(r",\s+but\b(?!\s+also)", text[m.end():])))
    if doubted and re.search(r"outcomes|growth|bring|help|unlock|opportunit|" + _GAIN_VERB, m.group(0), re.I):
        return False  # ... nor an outcome denied, required or asked about: "failed to deliver better outcomes",
        # "concerns that it would bring more traffic" (review), "Areas who need reorganisation to unlock devolution"
        # (kent sets 20 and 22s); these cues only (gold-kent's claims of other cues are unchanged)
    return m.group(0)[:1].islower() or m.start() == 0


def _enabled_gain(text: str, m: re.Match) -> bool:
    """", enabling ..." after what the work did is its gain (cue ``outcome``); not after what a sum or a decision
    lets happen, nor the work going on, nor "enabling" as an adjective (``_ENABLING_NOT``)."""
    clause = re.split(r"[,;:]\s", text[: m.start()].rstrip(" ,"))[-1]
    return not (_MONEY_LETS.search(clause) or _DEFINED.search(text, 0, m.start()) or _DECIDED.search(clause)
                or _ENABLING_NOT.match(text, m.end()))


#: ... nor what a sum or a budget lets happen: "the re-profiled budget of £1,760,028 is approved, enabling the PSN-P
#: project to continue" (police set 75L), "Additional ring-fenced funding of £4.7m for neighbourhood policing, enabling
#: recruitment of 50 neighbourhood police officers" (police set 69s); in the clause before it only: "Following a
#: successful bid for Home Office funding, the Safer Streets Programme installed 24 new CCTV cameras, enabling ..."
#: (review).
_MONEY_LETS = re.compile(r"(?i)£|\b(?:budget|funding)\b")
#: ... nor what a thing defined is there for: "Command and Control (C&C) is a critical service at the heart of the MPS,
#: enabling delivery of operational policing activity" (police set 79s, a mayor's office's business case).
_DEFINED = re.compile(r"^[^,;]*?\b(?:is|are)\s+(?:a|an)\b")
#: ... nor what a decision, a meeting's step or a handover lets happen: "Cabinet agreed to delegate authority ...,
#: enabling the contract to be awarded", "was deferred to the November meeting, enabling officers to provide further
#: information", "the meeting was adjourned for ten minutes, enabling Members to read", "Planning permission ... was
#: granted in February, enabling construction to start" (review).
_DECIDED = re.compile(r"(?i)\b(?:agreed|approved|granted|deferred|adjourned|presented|delegated?|decided|resolved|"
                      r"recommended|handed\s+over|signed)\b")
#: ... nor the work going on, whoever does it: "enabling work to commence on the foundations", "enabling the
#: procurement to proceed in July"; nor an adjective in a list: "enabling services such as HR and finance", "customers,
#: data, enabling technology and skills" (review).
#: The verbs of work going on (``_ENABLING_NOT``, ``_GOES_ON``).
_GO_ON = r"(?:proceed|continue|progress|start|begin|commence|go\s+ahead|move\s+forward)"
_ENABLING_NOT = re.compile(r"\s+(?:(?:[\w’'-]+\s+){1,4}?to\s+" + _GO_ON
                           + r"\b|[a-z]+(?:\s+such\s+as\b|\s*[,;)–-]|\s+and\b))", re.I)
#: ... nor the work going on that a cue lets happen (``_states``); not what the council goes on doing for people:
#: "will enable the Council to continue supporting 300 vulnerable families" (review).
_GOES_ON = re.compile(r"\s+(?:the|this|our|its)\s+(?:programme|project|scheme|work|works)\s+to\s+"
                      r"(?:complete|" + _GO_ON + r")\b", re.I)
#: ... nor a kind of thing that would gain, not a thing claimed to: "the revenue costs of projects that will reduce
#: costs" (uk-council budget), "a number of potential actions that would improve democratic engagement" (uk-council
#: governance paper; tests/test_benefits_milestones.py::test_gain_cues_that_are_not_claims)
_A_KIND_THAT = re.compile(r"\b(?:projects|schemes|measures|actions|proposals|options|initiatives|interventions"
                          r"|changes|opportunities|ways)\s+(?:that|which|in\s+which)\s+(?:[\w-]+\s+){0,2}?$", re.I)
#: ... and a gain asked about, doubted or argued, an inspection's finding of what could improve, a condition or a hope:
#: "Members asked if the new model would reduce demand", "A Member asked how the changes would reduce demand", "It is
#: unclear if", "Members were sceptical that", "Supporters ... argued that", "HMICFRS found that the Force could improve
#: how it records crime", "If we can improve our collection rates", "It was hoped that the pilot would improve
#: engagement, but attendance remained low" (review; tests/test_benefits_milestones.py). A view felt stays a claim:
#: "which she felt would help modernise the buildings" (council set 70L, a cabinet's minutes).
_GAIN_DOUBTED = re.compile(r"(?i)\b(?:if|how|unclear|doubt\w*|sceptic\w*|argu\w*|suggest\w*|found\s+that"
                           r"|concluded\s+that|hoped|in\s+theory)\b[^.;]*$")
#: The verbs of cue ``gain_claim``, doubted as the outcome cues are: "Members asked whether it would improve ..."
_GAIN_VERB = r"improv|enhanc|moderni|increas|reduc|\bcut\b|lower|minimi|\beas|better use"


_DOUBTED = re.compile(r"(?i)\b(?:not(?!\s+only)|no|never|cannot|failed\s+to|unable\s+to|must|whether|what|concerns?"
                      # ... and a worry or a condition before a help: "Members were concerned that closing the station
                      # would help ...", "investment would be needed before the new telephony would help reduce ..."
                      # ... or a need: "Areas who need reorganisation to unlock devolution" (kent sets 20 and 22s)
                      r"|concerned|need|needed|unless"
                      # ... or only explored: "the Force looking at opportunities to help improve the use of drones"
                      # (police set 70s, a panel's minutes)
                      r"|look(?:s|ed|ing)?\s+at|explor\w*)\b[^.;]*$")  # "need" also as "need to"


#: A word between a claim noun and what it names is a modifier, not a preposition: "savings on works across the
#: county", "an improvement in planning performance" are gains (review).
_PREPOSITION = r"(?:on|in|of|for|to|at|by|from|with|across|through|within|over)\b"
#: A claim's noun naming a thing with the noun after it: "the improvement plan for the Crime and Communications
#: Centre", "the efficiency plan target set by HM Treasury", "the roads improvement match funding" (held-out police
#: and council papers, 5 of 5 wrong; tests/test_benefits_milestones.py::test_a_cue_naming_a_thing_is_not_a_claim);
#: "the Cross-a-Moor junction improvement project", "a continuous improvement model" (council set 16, police set 18).
_CLAIM_NOUN = r"improvements?|efficienc(?:y|ies)|savings?|reductions?|productivity"
#: ... the thing a claim noun names, "savings plans", "efficiency target", or two claim nouns name: "the productivity
#: and efficiency plan 2024/25", "the productivity and efficiency agenda" (police set 38, a fire authority's minutes);
#: the reviews it names: "the efficiency reviews commissioned as part of the Corporate Efficiency Programme" (council
#: set 50s); the options: "approve the savings options, as set out in Appendix D", "the deletion of savings option
#: CM33" (council set 59s, a cabinet's minutes)
_NAMES_A_THING = re.compile(r"\s+(?:and\s+(?:" + _CLAIM_NOUN + r")\s+|and\s+[a-z]+\s+[a-z]+\s+|(?!" + _PREPOSITION
                            + r"\s)[a-z]+\s+)?"
                            r"(?:plans?|targets?|funding|budgets?|board|group|team|proposals?|strateg(?:y|ies)|programmes?|"
                            r"projects?|models?|requirements?|agenda|reviews?|options?"
                            # ... and the works, measures, partner, recommendations, planning, objectives, ambition and
                            # goals it names: "the improvement works", "carbon reduction measures identified", "energy
                            # saving measures", "our carbon reduction ambition", "carbon reduction and climate change
                            # goals" (council sets 64s, 65s, 67s, 75s and 77s, police sets 69s and 77s)
                            r"|works|measures|partners?|recommendations|planning|objectives|ambitions?|goals)\b")


#: A name in Title Case opening the text, the cue its first word: "Resilient Harrow Programme - Adult Services
#: Transformation" (council set 68s, a cabinet's report heading), not a sentence: "Reduced Fleet Programme costs were
#: reported".
_NAME_OPENS = re.compile(r"(?:[A-Z][\w’'&-]*\s+){1,5}(?:Programme|Project|Strategy|Plan|Scheme|Initiative|Review|"
                         r"Service|Team|Board|Fund)\b(?=\s*(?:$|[-–—:(]))")


def _claims(text: str, m: re.Match) -> bool:
    """A cue word that states a benefit: not part of a name ("Service Improvement Team",
    "Data Driven Insights"), not the word "benefit" itself, not something only being explored."""
    word = m.group(0)
    if word.lower().startswith("benefit") or (word[0].isupper() and (m.start() > 0 or _NAME_OPENS.match(text))) \
            or _fixed(text, m):
        return False
    if re.match(r"enabling\s+(project|programme|work)", text[m.start():], re.I) or cue("loss").match(text, m.start()):
        return False  # ... nor a good reduced ("reducing reliability of the service", ``loss``)
    if _NAMES_A_THING.match(text, m.end()) and re.fullmatch(_CLAIM_NOUN, word, re.I):
        return False
    before = text[max(0, m.start() - 40) : m.start()].lower()
    if re.search(r"\b(not|no longer|fail\w*( to)?|unable to|lack of|absence of)\s+(\w+\s+){0,2}$", before):
        return False  # "does not deliver the reduction", "had not been released"; "the lack of efficient
        # rail and public transport connections" (uk-council questions paper)
    # ... nor asked about: "asked whether the aim of the fees and charges review was to improve governance" (council
    # set 17, minutes)
    if re.search(r"\bwhether\b", text[: m.start()], re.I):
        return False
    # ... nor what a document holds, in brackets after its label: "appendix F (individual spending, savings, income and
    # reserves variations for 2025-26)" (kent set k9, the budget's covering report)
    if re.search(r"\b(?:appendix|appendices|annex|table|section)\s+[A-Z0-9]{1,3}\s*\([^()]*$", text[: m.start()], re.I):
        return False
    # ... nor savings still to be found: "A critical element of the business case is to identify revenue costs and
    # revenue savings" (uk-council capital strategy); not a gain after what staff identify: "allows staff to identify
    # faults early and has reduced vehicle downtime" (review)
    # ... however far back in the clause: "to be able to continue to identify and successfully deliver the savings"
    # (council set 64s, a scrutiny committee's minutes)
    # ... not past a clause of its own: "is used to identify duplicate invoices and has generated savings" (review)
    if re.fullmatch(_CLAIM_NOUN, word, re.I) and re.search(
            r"\b(?:to\s+identify|identifying)\s+(?:(?!and\s+(?:has|have|had|is|are|was|were)\b)[\w-]+\s+){0,5}$",
            text[max(0, m.start() - 70) : m.start()], re.I):
        return False
    # ... nor savings still to find, or needed as a means: "West Mercia Police still had efficiencies to find in the
    # coming years" (police set 69s, a panel's minutes), "can only set a balanced budget using significant savings and
    # additional income", "the scope for savings without significant changes ... is limited" (kent set k10, the
    # section 25 statement); a gain the paper says was made or is expected stays: "savings to be delivered by ..."
    if re.fullmatch(_CLAIM_NOUN, word, re.I) and (_STILL_TO_FIND.match(text, m.end())
                                                  or _AS_A_MEANS.search(before)):
        return False
    if _bought(text, m):
        return False
    return not re.search(r"(looks? at how|looked at|look at|explor\w*|consider\w*|business case)[^.]*$", before)


_STILL_TO_FIND = re.compile(r"\s+(?:[\w-]+\s+)?to\s+(?:find|be\s+found|identify|be\s+identified)\b", re.I)
_AS_A_MEANS = re.compile(r"\b(?:using|scope\s+for|needs?|needed)\s+(?:[\w-]+\s+){0,2}$", re.I)  # not "delivered the
# required improvements" (review)


_WORKFORCE_CUT = re.compile(r"\s+fewer\s+(?:police\s+)?(?:officers|staff|posts|pcsos|firefighters|employees)\b"
                            r"(?!\s+(?:were\s+|being\s+)?(?:assault|injur|absen|hours|days|sick|complain))", re.I)


def _gain(text: str, q: Quantity) -> bool:
    """A count stated as a gain: "a reduction of 118 complaints", "142 more", "protecting 452"."""
    before, after = text[max(0, q.start - 40) : q.start].lower(), text[q.end : q.end + 25].lower()
    shrunk = re.search(r"\b(?:reduced|cut|lost|shrunk|fallen)\b", text[: q.start], re.I)
    if shrunk and _WORKFORCE_CUT.match(text, q.end):
        return False  # a workforce cut: "the size of the organisation has reduced by a quarter, with 1,110 fewer police
        # officers now patrolling" (police set 33, a commissioner's precept consultation); not harm avoided: "45 fewer
        # officers assaulted" (review; tests/test_benefits_milestones.py)
    return bool(re.search(r"(reduction of|reduced by|fewer|saving of|saved|protecting|releas\w* of)\s+(over |around |"
                          r"approximately |about |some |in excess of )?$", before)
                or _REDUCED_BY.search(before) or re.match(r"^\s+(more|fewer|less|additional)\b", after)
                or _equivalent(text, q) or _jobs_made(text, q))


#: ... or a harm cut, named between the verb and "by": "reducing emissions by 300 tonnes of CO2 per annum" (council set
#: 91s, a cabinet's street lighting report); not a service cut: "reduced evening services by 14 journeys a day"
#: (review).
_REDUCED_BY = re.compile(r"\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?)\s+(?:its\s+|their\s+|our\s+)?"
                         r"(?:carbon|CO2|emissions)(?:\s+emissions)?\s+by\s+"
                         r"(?:over |around |approximately |about |some )?$", re.I)
#: Jobs made or kept are a scheme's gain: "The programme had delivered 107 temporary full-time jobs, 31 full time
#: permanent jobs and safeguarded 2 permanent jobs" (council set 82, a town deal board's minutes; the list's next
#: counts are jobs made too), "contributed to creating 1,340 new job opportunities against a target of 1,219" (council
#: set 86, a cabinet's report; the target is none), "the additional 1,900+ jobs created by the Autolus development"
#: (council set 90s). The verb governs the count, three words at most before it: not "efforts by partners to safeguard
#: employment, 45 jobs were lost", "safeguard the terms and conditions of the 85 jobs transferring" (review); and no
#: loss or closure is told: "resulted in the loss of 220 jobs created by the first phase", "The closure of the centre,
#: which had created 300 jobs when it opened" (review; tests/test_benefits_milestones.py).
_JOBS = r"(?:\s+[\w-]+){0,3}?\s+(?:jobs?|job\s+opportunities)"  # a count's words to its jobs
_JOBS_AFTER = re.compile(r"\+?" + _JOBS + r"\b(?P<made>\s+(?:created|safeguarded))?", re.I)
_MAKES_JOBS = re.compile(r"\b(?:creat|deliver|safeguard|generat)\w*\s+(?:[\w-]+\s+){0,2}$", re.I)
_JOBS_LIST_LEAD = re.compile(r"(\d[\d,]*)" + _JOBS + r",?\s+(?:and\s+)?$", re.I)  # the list's count before
_JOBS_LOST = re.compile(r"\b(?:los[st]|loss|losing|closures?|closed|closing|cuts?|redundanc\w*)\b", re.I)


def _jobs_made(text: str, q: Quantity) -> bool:
    """A count of jobs that the clause says were or will be created, delivered or safeguarded, or the next count of
    such a list."""
    m = _JOBS_AFTER.match(text, q.end)
    if not m or _JOBS_LOST.search(text, 0, m.end()):
        return False
    before = text[max(0, q.start - 60) : q.start]
    return bool(m.group("made") or _MAKES_JOBS.search(before) or _listed_after_jobs(text, q))


def _listed_after_jobs(text: str, q: Quantity) -> bool:
    """The count follows a count of jobs made in the same list: "delivered 107 temporary full-time jobs, 31 ..."."""
    lead = _JOBS_LIST_LEAD.search(text, 0, q.start)
    if not lead:
        return False
    start = lead.start(1)
    return bool(_MAKES_JOBS.search(text[max(0, start - 60) : start]))


def _equivalent(text: str, q: Quantity) -> bool:
    """A gain said again as its equivalent in posts: "69,745 additional hours of police visibility per year, equivalent
    to an extra 28 Police Officers" (police set 55s, a commissioner's decision paper)."""
    return bool(re.search(r"\bequivalent\s+(?:to|of)\s+(?:an?\s+)?(?:extra|additional)\s+$",
                          text[max(0, q.start - 40) : q.start].lower()))


#: ... and the posts joined to them by "and": "an extra 28 Police Officers and 22 PCSOs on the beat" (police set 55s);
#: not a count after another gain: "reduced by 120 cases and 35 cases remain outstanding", "45 fewer burglaries and 12
#: arrests" (review).
_AND_NEXT = re.compile(r"(?:\s+[A-Za-z]+){0,3}\s+and\s+")


def _gained(text: str, quantities: list[Quantity]) -> set[int]:
    """The indexes of the counts stated as gains (``_gain``), with the posts joined to an equivalent (``_AND_NEXT``)."""
    gained: set[int] = set()
    for i, q in enumerate(quantities):
        joined = i > 0 and _equivalent(text, quantities[i - 1]) \
            and _AND_NEXT.fullmatch(text, quantities[i - 1].end, q.start) is not None
        if _gain(text, q) or joined:
            gained.add(i)
    return gained


#: A list of what money is spent on: "The main capital projects for 2025-26 include: investments in highways and
#: other transport improvements (£76m), ... additional school places to increase capacity (£66m)" (uk-council
#: capital strategy; tests/test_benefits_milestones.py).
_SPENDING_LIST = re.compile(r"(?i)\b(?:capital|spend(?:ing)?|expenditure|investments?)\b[^.:]{0,80}\binclud\w*\s*:")


#: A cost or spend cut to a new level, not an amount saved: "this work will cost approximately £500k, now reduced
#: to £480k" (police set 26, a commissioner's decision; tests/test_extract.py). What was saved is the difference,
#: which no paper said and none is made up. A rate reached is the improvement's measure: "poor roads ... had reduced
#: to 11.4%" (council set 24), and savings cut or risen to a sum are still savings (review).
#: The nouns of money that is no saving: a cost, a budget, income, funding, spending (``_LEVEL_BEFORE``,
#: ``_MONEY_BEFORE``).
_MONEY_NOUN = r"(?:budgets?|costs?|income|funds?|funding|grants?|expenditure|spend(?:ing)?|allocations?|envelope|price)"
_LEVEL_BEFORE = re.compile(r"(?i)\b" + _MONEY_NOUN + r"\b(?:[^.;]|\.\d){0,80}"
                           r"\b(?:reduced|revised|lowered|cut|down)\s+to\s+$")


def _costs(text: str, q: Quantity) -> bool:
    """The figure's own clause names a cost, not a benefit: "cost pressures of £4.1m",
    "savings of £2m are now undeliverable"; or the figure is money spent or invested, a new level, or money of
    another kind (``_other_money``)."""
    return bool(cue("cost").search(_event_clause(text, q.start, q.end))) or _spent(text, q) \
        or (q.unit == "GBP" and bool(_LEVEL_BEFORE.search(text, max(0, q.start - 120), q.start))) \
        or _other_money(text, q)


#: The money a sum is, said right before it: "The estimated cost of the project was £2.7 million with a resultant
#: annual energy cost saving of £280k" (council set 37), "£22.6m below the budget of £68.0m" (council set 37), "NIC
#: costs of £100k" (kent set 22s); or right after it: "the £29.0m external income from specific governmental
#: departmental grants" (kent set 17), "Government made £81 million available" (police set 41), "£22.6m below the
#: budget" (council set 37). A saving's own words keep it: "an annual energy cost saving of £280k".
_MONEY_BEFORE = re.compile(r"(?i)\b" + _MONEY_NOUN + r"\b(?:\s+[\w’'/-]+){0,6}\s+$")
_MONEY_AFTER = re.compile(r"(?i)^\s+(?:(?:of\s+)?(?:[\w-]+\s+)?)?(?:income|funding|grant)\b|"
                          r"^\s+(?:is\s+|was\s+|being\s+|been\s+)?(?:made\s+)?available\b|"
                          r"^\s+(?:below|under|within)\s+(?:the\s+)?(?:\w+\s+)?budget\b")
#: ... a sum that fell is a saving whatever money it is: "Energy costs fell by £120k", "lower agency costs of £450k",
#: "Running costs were £200k less than last year", "cut the price by £35,000" (review).
_FELL = re.compile(r"(?i)\b(?:fell|fallen|falls?|lower|less|cut|down|dropped|decreased?|reduced)\b")
#: ... and a saving said after it: "delivered £150k under budget, a saving" (review); not an improvement the money is
#: for: "Government made £81 million available for local improvements" (police set 41).
_SAVED_AFTER = re.compile(r"(?i)\b(?:sav(?:e|es|ed|ing|ings)|efficienc(?:y|ies))\b")


def _other_money(text: str, q: Quantity) -> bool:
    """A sum its own words call other money (``_MONEY_BEFORE``, ``_MONEY_AFTER``), unless they say it is saved."""
    if q.unit != "GBP" or _spent_less(text, q):
        return False
    lead = re.split(r"[.;]\s|£[\d.,]+\w*", text[max(0, q.start - 150) : q.start])[-1]  # its clause, after any sum
    rest = re.split(r"[.;]\s", text[q.end : q.end + 150])[0]
    return not _said_saved(lead, rest) and bool(_MONEY_BEFORE.search(lead) or _MONEY_AFTER.match(rest))


def _said_saved(lead: str, rest: str) -> bool:
    """The words around a sum say it is saved: a reduction from it in its clause, "a significant reduction in the
    additional cost over the currently approved budget from £2.5m to £619k" (council set 31, annotated £2.5m), not a
    cue in an earlier clause: "To improve bus punctuality, the Council has secured funding of £2.5m"; a fall ("Energy
    costs fell by £120k"); or a saving said after it, not a later sum's: "£150k under budget, a saving" (review)."""
    later = re.search(r"£[\d.,]+", rest)
    own = rest[: max(0, later.start() - 25)] if later else rest
    # ... a clause after a comma or "and": "schemes to improve the National Cycle Network and to note the total match
    # funding of £0.355m required" (council set 65s, a cabinet's capital decisions) is other money
    clause = re.split(r",\s|\s+and\s+(?=(?:to|the|a|an|it|this|that)\s)", lead)[-1]
    return bool(cue("benefit").search(clause) or _FELL.search(clause) or _FELL.match(rest.lstrip())
                or _SAVED_AFTER.search(own))


#: Money spent: "agreed to accelerate £1.860m investment to improve internal common stairways", "with £53 million being
#: spent on a range of major schemes" (council sets 17 and 19, measured unseen), "one-off programme costs totalling
#: £2.2m" (council set 18; tests/test_benefits_milestones.py), "this work will cost approximately £500k" (police set
#: 26; tests/test_extract.py).
#: "About" before a sum, in words or shortened against it: "will cost c£1.2m" (review case c9), "c. £550k".
_ABOUT = r"(?:around|approximately|over|some)\s+|(?:c|ca|approx)\.?\s?"
_SPENT_BEFORE = re.compile(r"(?i)\b(?:invest(?:s|ed|ing|ment\s+of)?|spen[dt]s?|spending(?:\s+of)?|at\s+a\s+cost\s+of|"
                           r"costs?\s+totall?ing|(?:will|would|to|could|should|may|might)\s+cost|costing)\s+(?:a\s+further\s+|an\s+extra\s+|an\s+additional\s+|up\s+to\s+|"
                           + _ABOUT + r")?$")
_SPENT_AFTER = re.compile(r"(?i)^\s*(?:of\s+)?(?:capital\s+|revenue\s+)?investment\b|^\s+(?:is\s+|was\s+|has\s+been\s+|"
                          r"have\s+been\s+|being\s+|will\s+be\s+|to\s+be\s+)?(?:spent|invested)\b")
#: What a service cost or a body received to provide it, in a list of benefits: "This service cost £200,063", "Thames
#: Valley Partnership received £275,000 to provide an emotional support and advocacy service" (police set 84s, a PCC's
#: list of the services and benefits his grant bought; tests/test_extract.py); not savings received, "received £2m of
#: savings", "received £400k in cashable efficiency savings", nor a unit cost, "Bulky waste unit cost £38" (review).
_RECEIVED_BEFORE = re.compile(r"(?i)(?:\b(?!(?:the|a|an|its|their|unit|total|annual|average|net|gross|estimated)\b)"
                              r"[a-z]+\s+cost|\breceived"
                              r"|\b(?:been|was|were)\s+(?:awarded|allocated|granted))\s+(?:" + _ABOUT + r")?$")
_SAVINGS_NEXT = re.compile(r"(?i)\s+(?:of\s+|in\s+)?(?:[\w-]+\s+){0,3}savings?\b")


def _spent_less(text: str, q: Quantity) -> bool:
    """Money spent less, a saving said with no cue word: "despite spending around £100,000 less on overtime" (police
    set 20). Not money received less or needed more: "£2m less in grant income", "£1.2m additional funding"."""
    return q.unit == "GBP" and bool(re.match(r"\s+less\b", text[q.end : q.end + 10])) and bool(re.search(
        r"(?i)\bspen(?:d|t|ding)\s+(?:around\s+|about\s+|approximately\s+|some\s+|over\s+)?$",
        text[max(0, q.start - 40) : q.start]))


def _spent(text: str, q: Quantity) -> bool:
    """Money spent, not money spent less: "despite spending around £100,000 less on overtime" (police set 20) is a
    saving."""
    if re.match(r"\s+less\b", text[q.end : q.end + 10]):
        return False
    return q.unit == "GBP" and bool(_SPENT_BEFORE.search(text[max(0, q.start - 40) : q.start])
                                    or _SPENT_AFTER.match(text[q.end : q.end + 40]))


def _received(text: str, q: Quantity) -> bool:
    """A sum a service cost or a body received (``_RECEIVED_BEFORE``), not savings received."""
    return q.unit == "GBP" and bool(_RECEIVED_BEFORE.search(text[max(0, q.start - 40) : q.start])) \
        and not _SAVINGS_NEXT.match(text[q.end : q.end + 60])


#: What a sum buys, the cue word a few words after "£N for": "£65,000 for café improvements at the All Saints’
#: Children’s Centre" (council set 79s, a cabinet's decisions), "Government made £81 million available for local
#: improvements" (police set 81s; both tests/test_benefits_milestones.py); not a claim after "and": "invested £250k
#: for mobile devices and reduced the time officers spend" (review).
_BOUGHT = re.compile(r"£[\d.,]+\s?(?:[mk]|million|bn)?\s+(?:available\s+)?for\s+(?:(?!and\b)[\w’'-]+\s+){0,3}$", re.I)


def _bought(text: str, m: re.Match) -> bool:
    return bool(_BOUGHT.search(text, max(0, m.start() - 60), m.start()))


def _near_cue(text: str, q: Quantity) -> bool:
    """A benefit's cue word near the figure, not a capital inside a name: "Reinstate up to 50% of the Council Tax
    Reduction schemes" (uk-council budget amendments; tests/test_extract.py)."""
    lo, hi = max(0, q.start - 80), min(len(text), q.end + 80)
    # ... nor a good reduced (``loss``): "reduced capital funding and the need ... to contribute 50% funding" (council
    # set 52s)
    return any((m.group(0)[:1].islower() or m.start() == 0) and not _fixed(text, m) and not _bought(text, m)
               and not cue("loss").match(text, m.start()) for m in cue("benefit").finditer(text, lo, hi))


def _measures_loss(text: str, q: Quantity) -> bool:
    """The figure is by how much a good is reduced (``loss``), whatever saving the sentence claims beside it: "reduce
    Library/One Stop Shop opening hours by c.40%, together with associated savings" (council set 84s, a cabinet's
    minutes)."""
    if q.unit != "percent":
        return False  # a sum cut is the saving: "reduce consultancy services by £100k" (the second review)
    before = text[max(0, q.start - 120) : q.start]
    by = re.search(r"\s+by\s+(?:c\.|circa\s+|about\s+|around\s+|approximately\s+|up\s+to\s+|some\s+)?$", before, re.I)
    return bool(by) and any(m.end() == by.start() for m in cue("loss").finditer(before[: by.start()]))


def _fixed(text: str, m: re.Match) -> bool:
    """The cue word is part of a fixed phrase: "invest to save", "on benefits" (``fixed_phrase``)."""
    return any(f.start() <= m.start() and m.end() <= f.end() for f in cue("fixed_phrase").finditer(text))


#: A cover's record of where the report has been: "Past Pathway of report: CYPE Cabinet Committee - 21 November
#: 2024" (gold-kent education plan), "Previous Pathway : Health Overview and Scrutiny Committee(17 December
#: 2024), Selection & Member Services Committee (27 February 2025)" (uk-council JHOSC report).
_PATHWAY = re.compile(r"(?i)^\s*(?:past|previous)\s+pathway(?:\s+of\s+(?:the\s+)?report)?\s*:\s*(?P<where>.+)$")


def pathway_milestones(doc, project: str | None) -> list[Milestone]:
    """Each dated meeting a cover says the report went to before: an event, achieved, of the project the
    paper's title names (none without one)."""
    if project is None or doc.meeting_date is None:
        return []
    milestones = []
    for seq, p in enumerate(doc.passages[:40]):
        m = _PATHWAY.match(p.text)
        if not m:
            continue
        for d in find_dates(p.text, doc.meeting_date):
            if d.start < m.start("where") or d.date_end >= doc.meeting_date:
                continue
            body = re.split(r"[,;]\s*", p.text[m.start("where") : d.start])[-1].strip(" -–(")
            milestones.append(Milestone(event=f"considered by {body}", date_text=d.text, date_start=d.date_start,
                                        date_end=d.date_end, precision=d.precision, status="achieved",
                                        passage_seq=seq, quote=p.text[:300], project=project,
                                        rule="milestone.pathway", confidence=confidence("milestone.pathway")))
    return milestones


#: The cover line that addresses the paper to its meeting: "To: Cabinet – 30 January 2025" (gold-kent education plan),
#: or a decision page's "Meeting: 17/01/2022 - Cabinet (Item 7)", "Decided at meeting: 29/10/2024 - Cabinet" (council
#: sets 18 and 20). A meeting's own page header ("Gloucestershire Police and Crime Panel - Friday 25 March 2022
#: 10.00 am", police set 19) lists many papers: none of its six was annotated as the paper's event.
_ADDRESSED = re.compile(r"(?i)^\s*(?:to|(?:decided\s+at\s+)?meeting)\s*:\s*")
_MEETING_BODY = re.compile(r"\b(?:Cabinet|Council|Committee|Board|Panel|Executive|Authority|Assembly)\b")
#: ... recorded as decided, the meeting has been held; a report's "Meeting: Cabinet – 30 January 2025" is still to come.
_HELD = re.compile(r"(?i)^\s*decided\s+at\s+meeting\s*:")
#: A meeting's item page heads every page of the day's items: "Meeting: 15/10/2024 - Cabinet (Item 12.)" was no
#: milestone of the item's project on five of seven such pages annotated (council sets 65s, 68s, 69L, 71s and 72s; the
#: two that were, council sets 19 and 56s; tests/test_extract.py).
_ITEM_PAGE = re.compile(r"(?i)^\s*meeting\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–].*\b(?:agenda\s+)?item\s+\d+")  # also
# "(Agenda Item 12.)", ", Item 12"; not a report's cover, "Meeting: Cabinet – 30 January 2025 (Item 12)" (review)


def meeting_milestones(doc: Document, project: str | None) -> list[Milestone]:
    """The meeting the paper goes to, on the cover line that addresses it: an event of the project the paper's
    title names. Planned for a report to the meeting, achieved where the line records the meeting's item."""
    if doc.meeting_date is None or len(doc.meeting_date) < 10:
        return []
    for seq, p in enumerate(doc.passages[:40]):
        body = _MEETING_BODY.search(p.text)
        if len(p.text) > 120 or not body or not _ADDRESSED.match(p.text) or _ITEM_PAGE.match(p.text):
            continue
        for d in find_dates(p.text, doc.meeting_date):
            if d.precision == "day" and d.date_start == doc.meeting_date:
                return [Milestone(event=f"considered by {_meeting_body(p.text, d) or body.group(0)}", date_text=d.text,
                                  date_start=d.date_start, date_end=d.date_end, precision=d.precision,
                                  status="achieved" if _HELD.search(p.text) else "planned", passage_seq=seq,
                                  quote=p.text[:300], project=project, rule="milestone.own_meeting",
                                  confidence=confidence("milestone.own_meeting"))]
    return []


#: A decision record's day, on its label's line or the next: "Date of decision: 27/10/2022", "DATE OF DECISION:" over
#: "24 October 2018", "Date signed:" over "02 December 2019" (council sets 29, 36 and 38, police sets 33, 38 and 43:
#: councils' decision pages, a mayor's office's and a commissioner's decisions; every such day the sets date has a
#: gold milestone); a forward plan's "Decision date:" may be to come.
_DECIDED_ON = re.compile(r"(?i)^\s*(?:date\s+of\s+decision|(?P<plan>decision\s+date)|(?P<signed>date\s+signed))\s*:")
#: ... and "Date signed" is a decision's only on a paper about decisions or their authorisation ("Authorisation name:",
#: a mayor's office's decision page, police set 38), not a grant agreement's signature block quoted in a panel's report
#: (review).
_DECISION_PAPER = re.compile(r"(?i)\bdecisions?\b|\bauthori[sz]ation\b")


def decision_milestones(doc: Document, names_by_seq: dict[int, list[tuple[str, str]]], project: str | None,
                        written: date | None) -> list[Milestone]:
    """The day each decision of a decision record was taken: an achieved event of the project its record names (its
    "Subject:" line right after the day, else the nearest name since the previous record's day; the paper's title's only
    for its first record), one day a record: a second sign-off with no name since is the same record's, decided when
    its last signatory signs ("Date signed: 28 November 2019" by the Chief Finance Officer, then "02 December 2019" by
    the commissioner; review). A forward plan's "Decision date" after the paper's date is a decision still due."""
    milestones: list[Milestone] = []
    last = -1
    about_decisions = any(_DECISION_PAPER.search(p.text) for p in doc.passages[:12])
    for seq, p in enumerate(doc.passages):
        label = _DECIDED_ON.match(p.text)
        if not label or (label.group("signed") and not about_decisions):
            continue
        d, quote = _decision_day(doc, seq, label)
        if d is None:
            continue
        subject = _subject_after(doc, seq, names_by_seq)
        named = subject[1] if subject else next((names_by_seq[i][0][1] for i in range(seq - 1, last, -1)
                                                 if names_by_seq.get(i)), None)
        if named is None and last >= 0:
            if label.group("signed") and milestones and d.date_start > milestones[-1].date_start:
                milestones[-1] = replace(milestones[-1], date_text=d.text, date_start=d.date_start,
                                         date_end=d.date_end, passage_seq=seq, quote=quote)
            continue  # no record named since the last day: another sign-off of the same record, or a record this
            # paper's names do not reach
        last = subject[0] if subject else seq
        due = bool(label.group("plan")) and written is not None and d.date_start > written.isoformat()
        milestones.append(Milestone(event="decision due" if due else "decision taken", date_text=d.text,
                                    date_start=d.date_start, date_end=d.date_end, precision=d.precision,
                                    status="planned" if due else "achieved", passage_seq=seq, quote=quote,
                                    project=named or project, rule="milestone.decided",
                                    confidence=confidence("milestone.decided")))
    return milestones


#: A decision record's subject line: "Subject: Community Safety Grants Scheme" under "Date of decision: 25 September
#: 2023" (review).
_SUBJECT_LINE = re.compile(r"(?im)^\s*(?:subject|title|decision\s+title)\s*:")


def _subject_after(doc: Document, seq: int, names_by_seq: dict[int, list[tuple[str, str]]]) -> tuple[int, str] | None:
    """The project a record's subject line names right after its day: in the day's own passage or the next two."""
    for i in range(seq, min(seq + 3, len(doc.passages))):
        text = doc.passages[i].text
        line = _SUBJECT_LINE.search(text)
        if line and names_by_seq.get(i) and (i > seq or line.start() > 0):
            return i, names_by_seq[i][0][1]
        if i > seq and _DECIDED_ON.match(text):
            break  # the next record's
    return None


def _decision_day(doc: Document, seq: int, label: re.Match) -> tuple[DateMention | None, str]:
    """The day a decision label at passage ``seq`` gives, on its line or the next passage, and the quote of both."""
    p = doc.passages[seq]
    text, at = p.text, label.end()
    if not text[at:].strip() and seq + 1 < len(doc.passages):
        text, at = doc.passages[seq + 1].text, 0
    d = next((d for d in find_dates(text[at : at + 60]) if d.precision == "day"), None)
    if d is None or text[at : at + d.start].strip():
        return None, ""  # the day must be the label's value: not "Date signed: Authorisation name: ..."
    return d, re.sub(r"\s+", " ", f"{p.text[: label.end()]} {text[at : at + d.end]}").strip()


def _meeting_body(line: str, d: DateMention) -> str:
    """The body a cover line names before its date, else after it: "County Council" of "To: County Council – 13 March
    2025", "Cabinet" of "To: Cabinet on 30 January 2025" and of "Meeting: 17/01/2022 - Cabinet (Item 7)"."""
    before = re.split(r"(?i)\s+(?:on|at|dated?)\b|:", _ADDRESSED.sub("", line[: d.start]))[0]
    after = re.split(r"(?i)\(|\s+at\s|:|\d", line[d.end :])[0]
    body = before if re.search(r"[A-Za-z]", before) else after
    return re.sub(r"\s+", " ", body).strip(" ,–—-")
