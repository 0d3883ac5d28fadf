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

from ..ingest.links import FILE_LINK, FILE_SIZE, link_item_number

_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
# A sign counts only when it touches the number (or its currency sign): "Pages 277 - 326" is a range. A number may
# follow "c." or "approx." set close: "grant money (c.£550k)" (uk-council), "only c.1,300 officers" (police set 7).
# A percentage's range written with a hyphen has its second end too: "planning for a 25-40% reduction in government
# grant" (police set 55s, a panel's minutes), as with a dash. A number a word's hyphen joins is the word's, whatever
# the hyphen's character, or the "?" or "�" a converter wrote for it: "the Covid?19 pandemic" (council set 59s, an
# executive's minutes), "Covid‑19"; only a number of two digits after "?": "Target?2,000 homes", "is?£250k" (review).
# A thousands' group set apart by a stray space is still the number's when more groups follow: "a further 7% (£2,
# 324,775)" (council set 72s, a housing report's minutes page); only a sum's, and not a list's: "figures for the three
# districts are 95, 120,000 and 135,000" (review). "About" written "c" against the currency sign: "savings of c£8
# million" (police set 87, a commissioner's decision).
_NUMBER = re.compile(
    r"(?:(?<![\w/.:£$€‐‑-])(?<![A-Za-z][?�](?=\d{1,2}(?![\d,.])))|(?<=\bc\.)|(?<=\bca\.)|(?<=\bapprox\.)|(?<=\bc)(?=[£$€])"
    r"|(?<=\d[-‐‑])(?=\d{1,3}(?:\.\d+)?%))(?<!\d,)"
    r"(?P<sign>[-−+](?=[£$€]?\d))?(?:(?P<cur>[£$€])\s?(?P<sign2>[-−](?=\d))?)?"
    r"(?P<num>(?<=[£$€])\d{1,3},\s\d{3}(?:,\d{3})+(?:\.\d+)?(?!\s+(?:and|or)\s)|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?)"
    r"(?P<mult>\s?(?:(?i:thousand|million|billion)|bn|mn|m|k)\b)?"  # "£1.86 Million" (council set 75s)
    r"(?P<tail>\s?(?:%|per\s?cent\b|percent\b|pence\b|p\b))?"
    r"(?P<glued>[A-Za-z]{1,4}\b)?"
    r"(?![\w/]|\.\d|:\d|,\d)"
)
_SERVICE_NUMBER = re.compile(r"^\s*(and|or|/|&|,)?\s*(\d{3}\b|calls?|call|non)", re.I)  # "101 and 999 calls"
_ORDINAL_AFTER = re.compile(r"^(st|nd|rd|th)\b", re.I)
_HYPHEN_UNIT = re.compile(r"^-(day|week|month|year|hour|minute|person|strong)s?\b", re.I)
# UK telephone numbers: "03000 416883", "03000416858", "07721 411 688", "+44 (0)1622 694000"
_PHONE = re.compile(r"(?<![\w.,])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[ -]?\d{2,4}){1,3}(?!\w)")
#: A house number, its street and town and a postcode: "19 Haymarket Yards Edinburgh EH12 5BH", "2 Marsham Street
#: London SW1P 4DF" (tests/test_quantities.py, after a police authority's page and the uk-council ministerial letter)
_ADDRESS = re.compile(r"(?<![\w£.,])\d{1,4}[A-Za-z]?"
                      r"(?=,?\s+(?:[A-Z][\w'’-]*,?\s+){1,6}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)")
#: A contact line's number: "Contact:O Morley 388103", an extension given bare after the officer's name (council set
#: 28, a cabinet's minutes; tests/test_quantities.py).
#: Only after a name: not "Public Contact: the force received 654321 calls" (review).
_CONTACT = re.compile(r"\b(?i:contact(?:\s+officer)?)\s*:\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.’'-]*"
                      r"(?:\s+[A-Z][\w.’'-]*){0,3}\s+(\d{5,6})(?![\w.,%])")
_LINK = re.compile(r"(?:https?://|www\.)\S+(?:\s=\s?\S+)*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$", re.I)
#: A day before its month, with no year to resolve it by: "on Monday 13 February" (police set 16, a PCC's news page).
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b")
#: A page's number between dashes: "Signature: Date: 24th February 2016 -1- PART 1" (police set 16, a decision record).
_PAGE_MARK = re.compile(r"(?<!\S)[-–]\s?\d{1,3}\s?[-–](?!\S)"
                        # ... and a footnote's mark in square brackets: "Home Support Fund & Equipment [1] [2]"
                        # (kent set 10, the capital investment appendix; tests/test_quantities.py)
                        r"|\[\d{1,2}\]")
# a number ending a list or paragraph label: "8. 24/00115 - ...", "3.1 The Council ..."
#: ... an opening quotation mark too, where minutes quote a report: "“1.0 Purpose of report" (council set 59s)
_LIST_BEFORE = re.compile(r"(?:^|[.:;)\]])\s*[“\"‘]?$")
#: ... and a question's mark, where a converter runs a report's lines together, before a section's number and a
#: sentence's opener: "How are partner agencies benefitting from the implementation of Athena? 2.1 Whilst there are
#: ..." (police set 74L, a panel's report); not an answer's figure: "released by the programme? 12.5 FTE posts" (review)
_QUESTION_SECTION = re.compile(r"^\s+(?:Whilst|While|The|This|These|It|In|As|There|We|Our|All|Each|Following)\b")
_AGE_AFTER = re.compile(r"^\s?(?:[-–]\s?\d{1,3}\s?)?[\s-]?(?:years?[\s-]olds?|years? of age|yrs old)\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s(?:of\s)?(?:over\s|under\s|between\s)?$", re.I)
# the first of ages listed before "year-olds": "16 and 17-year-olds", "16, 17 or 18 year olds" (uk-council minutes)
_AGE_LIST_AFTER = re.compile(r"^(?:,\s?\d{1,2})*,?\s(?:and|or|to)\s\d{1,2}[\s-]years?[\s-]olds?\b", re.I)
#: A recorded vote's tally: "For (14) Against (45) Abstain (1)" (uk-council County Council minutes).
_VOTE_BEFORE = re.compile(r"\b(?:For|Against|Abstain(?:ed)?|Abstentions?)\s*\($")
_ABOUT_BEFORE = re.compile(r"\b(?:over|more than|nearly|almost|about|around|approximately|some|circa|c\.|up to|"
                           r"fewer than|less than|at least)\s$", re.I)
_RANGE_AFTER = re.compile(r"^\s?[-–]\s?(\d{1,4})\b(?![.,]\d|%)")
#: The multiplier a money range's ends share: "estimates ranged from £10-20m" (police set 12; tests/test_quantities.py).
_SHARED_MULTIPLIER = re.compile(r"^\s?[-–]\s?[£$€]?\d[\d,]*(?:\.\d+)?\s?(thousand|million|billion|bn|mn|m|k)\b", re.I)
_RANGE_BEFORE = re.compile(r"(?<![\d,.])(\d{1,4})\s?[-–/]\s?$")


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str
    from_header: bool = False  # money only by a run-in "(£m)" header: a table's cell (``_scaled_runs``)


@cache
def _load(name: str) -> list[dict]:
    text = resources.files(__package__).joinpath("patterns", name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@cache
def _units() -> list[tuple[str, str]]:
    pairs = [(w, row["unit"]) for row in _load("units.jsonl") for w in row["words"]]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def number_words() -> dict[str, int]:
    return {row["word"]: row["value"] for row in _load("number_words.jsonl")}


#: Label words written short, with a full stop: "para. 4", "paras. 3-5", "Fig. 2", "p. 12", "pp. 4-6", "op. 3", "ext.
#: 2345", "Ref. 23" (review).
#: ... "enc.", an enclosure's number on a minutes web page: "Enc. 2 for Customer First in a Digital Age - Summary"
#: (council set 40, measured unseen; tests/test_quantities.py)
_ABBREVIATED = ("paras", "para", "fig", "pp", "p", "op", "q", "no", "sect", "ch", "ext", "ref", "enc")


@cache
def _label_words() -> re.Pattern:
    """Words before a number that make it a label: "Table 3", "Phase 2", and their plurals and lists
    ("Pages 277 - 326", "Waves 13 and 14", "Page 27 of 54")."""
    rows = _load("not_quantities.jsonl")
    words = sorted({w for row in rows if not row.get("capitalised") for w in row.get("before", [])}, key=len,
                   reverse=True)
    # ... some only with a capital and no colon: "Local Transport Plan 5", not "Under the plan 250 new homes" nor
    # "Outcome: 120 families supported" (``capitalised`` in the file; review)
    capitalised = sorted({form for row in rows if row.get("capitalised") for w in row.get("before", [])
                          for form in (w[:1].upper() + w[1:], w.upper())}, key=len, reverse=True)
    # ... inside square brackets too: "[Appendix 4 to the report]" (council set 17, a partnership board's minutes)
    # ... a full stop after an abbreviation only ("para. 4", "Fig. 2"), not the sentence's that ends on a label's word:
    # "set at the start of the financial year. 40 KPIs were reported" (kent set 14, a performance report's cover)
    # ... and after a hyphen set against it: "(ATF5 -Tranche 5)" (council set 75s, a cabinet committee's item page)
    # ... inside quotation marks, "“Option 1: Full bid”" (council set 68s, a cabinet member's decision)
    return re.compile(r"(?:^|[\s(\[“‘\"']|(?<=\s)-)(?:(?:" + "|".join(re.escape(w) for w in words) + r")s?\s?[#:]?"
                      r"|(?-i:" + "|".join(re.escape(w) for w in capitalised) + r")s?\s?"
                      r"|(?:" + "|".join(_ABBREVIATED) + r")\.)\s?(?:\d[\w.()]*\s?(?:,|and|or|to|of|&|-|–)\s?)*$", re.I)


@cache
def _label_after() -> re.Pattern:
    """Words after a number (and up to three capitalised words) that make it part of a name:
    "222 Medical Squadron", "the 21 century" (an ordinal that lost its superscript)."""
    words = sorted({w for row in _load("not_quantities.jsonl") if "max" not in row for w in row.get("after", [])},
                   key=len, reverse=True)
    # ... or right after a hyphen: "Infrastructure Review: 12-month Update" (council set 79s, a committee's minutes);
    # not a name's words after it, "a new 10-Year Community Investment Fund" (review)
    return re.compile(r"^(?:-|\s?(?:[A-Z][\w&'’-]*\s+){0,3})(?i:" + "|".join(re.escape(w) for w in words) + r")\b")


@cache
def _few_of() -> tuple[int, re.Pattern]:
    """What a paper counts of its own discourse, a few of them at most, one adjective between: "two main reasons",
    "three questions" (the row of not_quantities.jsonl with a ``max``)."""
    row = next(row for row in _load("not_quantities.jsonl") if "max" in row)
    words = sorted(row["after"], key=len, reverse=True)
    return row["max"], re.compile(r"^\s+(?:[a-z]+\s+)?(?i:" + "|".join(re.escape(w) for w in words) + r")\b")


def _discourse_count(value: float, after: str) -> bool:
    """A few of what the paper counts of its own discourse (``_few_of``)."""
    most, pattern = _few_of()
    return value <= most and bool(pattern.match(after))


@cache
def _glued_units() -> dict[str, str]:
    """Unit abbreviations written against the number: "5FE"."""
    return {w.lower(): row["unit"] for row in _load("units.jsonl") for w in row.get("glued", [])}


_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
#: A number written in words of more than one: "sixty six existing projects" (council set 86, a city's capital
#: outturn: read as 60 and 6), "twenty-one schemes", "one hundred and twenty homes" (tests/test_quantities.py); not
#: a number before a compound of its own: "forty two-hour workshops", "twenty one-bedroom flats", while
#: "twenty-four-month contract" is one (review).
_COMPOUND_WORDS = (rf"(?:(?:{_UNIT_WORDS})\s+hundred(?:\s+and\s+(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?"
                   rf"|{_TEEN_WORDS}|{_UNIT_WORDS}))?(?!-)|(?:{_TENS_WORDS}) (?:{_UNIT_WORDS})\b(?!-)"
                   rf"|(?:{_TENS_WORDS})-(?:{_UNIT_WORDS})\b(?!-(?!(?:day|week|month|year|hour|minute)s?\b)))")


def word_value(phrase: str) -> int:
    """The value of a number in words, one word (``number_words``) or a compound of them ("forty-two", "one
    hundred and twenty")."""
    total = 0
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word == "hundred":
            total = max(total, 1) * 100
        elif word == "one":
            total += 1
        elif word != "and":
            total += number_words()[word]
    return total


@cache
def _word_number_re() -> re.Pattern:
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    return re.compile(r"\b(?P<word>" + _COMPOUND_WORDS + "|" + words
                      + r")(?P<hyphen>-(?:day|week|month|year|hour|minute)s?\b)?", re.I)


_PHRASE_WORDS = {"in", "of", "the", "a", "an", "to", "for", "over", "per", "each", "every", "by", "on", "at", "from",
                 "than", "with", "within", "during", "last", "next", "past", "previous", "first"}


def unit_after(text: str) -> str | None:
    """The unit named by the words right after a number, if any."""
    # "3-5 days", "10 to 15 officers", "two to three days" (uk-council minutes; tests/test_quantities.py)
    words_alt = "|".join(sorted(number_words(), key=len, reverse=True))
    lowered = re.sub(r"^\s?(?:[-–]|to)\s?(?:\d[\d,.]*|(?:" + words_alt + r")\b)\s?", "", text.lower())
    lowered = lowered.lstrip(" -+")
    lowered = re.sub(r"^(more|extra|additional|new|fewer|less|further|full[- ]time|part[- ]time|x)\s+", "", lowered)
    # a school's year group is no unit: "85 Year R temp places", "a cohort of 10 Year 10 students" (gold-kent education
    # plan, corpus 001: counts of places and students)
    school = re.match(r"^year\s+(?:r|\d{1,2})\b(?![%.&\d])", lowered)  # not "a 3 year 2% pay award" (review)
    if school:
        return unit_after(lowered[school.end() :]) or "count"
    near = re.match(r"^(?:[a-z'’&-]+\s+){0,4}?(hours|days|weeks|months|years|fte)\b", lowered)
    # the words skipped to the unit qualify the number's noun ("40 working days"), not start a phrase of
    # their own: "the 77,000 decline in the three months to August" counts no months (uk-council treasury report)
    # ... nor "early years", the stage of education: "one of just 18 national DfE Early Years Stronger Practice Hubs",
    # "18 Early Years settings" (uk-council performance report: "18 years"); "18 Calendar Days" keeps its unit (review)
    named = near and near.group(0).endswith("early years")
    if near and not named and not set(near.group(0).split()[:-1]) & _PHRASE_WORDS and not re.search(
            r"\b(of|per|a|each|every|in|over|for)\s+" + near.group(1) + r"\b", near.group(0)):
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


def _is_label(before: str, after: str = "") -> bool:
    # ... and a part of a paper numbered in brackets: "to deliver to the revised timeline in recommendation (1)"
    # (council set 67s, a cabinet's decision); not a count after its period, "the same period last year (43)" (police
    # set 73s)
    return bool(_label_words().search(before) or (after and _label_after().match(after))
                or (after.startswith(")") and _PART_IN_BRACKETS.search(before)))


_PART_IN_BRACKETS = re.compile(r"(?i)\b(?:recommendation|paragraph|para|section|appendix|annex|option|item|part"
                               r"|clause)\s?\($")  # one part, not a count of them: "open recommendations (14)" (review)


#: The period a statistic is for: "the 77,000 decline in the three months to August" (uk-council treasury report).
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PERIOD_TO = re.compile(r"\b\w+[\s-]months?\s+to\s+(?:the\s+end\s+of\s+)?" + _MONTH_NAME + r"\b", re.I)


#: A version number in a document's history: "Version no. Detail Issued Date Author 0.1 Initial Draft N/A ... 0.2
#: Kingston material added ... 1.0 Finalised for Executive" (council set 15, a business case's control sheet).
_VERSION_NUMBER = re.compile(r"(?<![\w.,£$€])\d{1,2}\.\d(?=\s+[A-Z])")


def _version_numbers(text: str) -> list[tuple[int, int]]:
    """The version numbers of a document history that counts up under its "Version" header (three at least)."""
    if not re.search(r"\bversion\b", text, re.I):
        return []
    found = list(_VERSION_NUMBER.finditer(text))
    values = [float(m.group(0)) for m in found]
    return [m.span() for m in found] if len(values) >= 3 and values == sorted(values) else []


#: A figure's unit after it: no section's number ("recruit 3 FTE Analysts and 3.1 ...", review).
_UNIT_AFTER = (r"(?!\s+(?i:days?|hours?|minutes?|weeks?|months?|years?|fte|per|million|officers?|staff|posts?|pumps?"
               r"|appliances?)\b)")
#: A section's number, its heading and its first paragraph's number, run together where a page's lines were joined:
#: "2 Background 2.1 The Programme Office will", "3 Main Report and Discussion 3.1" (police set 18, a fire service
#: committee report, and council set 17; tests/test_quantities.py); the section's number with its full stop too: "3.
#: Seven Force Strategic Collaboration 3.1 The Parties agree" (police set 77s, a collaboration agreement's web text).
_SECTION_RUN = re.compile(r"(?<![\w.,£$€/-])(?P<n>\d{1,2})(?:(?P<zero>\.0)|\.(?=\s))?" + _UNIT_AFTER
                          + r"\s+(?:[A-Z][\w&’'/-]*|and|of|for|the|&|to)"
                          r"(?:\s+(?:[A-Z][\w&’'/-]*|and|of|for|the|&|to)){0,8}\s+(?P<first>(?P=n)\.1)"
                          r"(?=\s+[A-Z\d]|\s*$)")
#: ... or a section's first paragraph number after its heading alone, the section's number on a line before:
#: "INTRODUCTION & BACKGROUND 2.1.", "Executive Summary 2.1 On 18 February" (police set 17, council set 17).
#: The heading is in capitals or ends in a section's word: not a flattened table's "Average Days Lost 8.1 Target 7.5".
_HEADED_FIRST = re.compile(r"(?:^|(?<=[.:;]\s))(?:(?:[A-Z][A-Z&’'/-]+|AND|OF|FOR|THE|&|TO)(?:\s+|$)){1,6}"
                           r"(?P<first>\d{1,2}\.1)\.?(?=\s+[A-Z“\"‘']|\s*$)"
                           r"|(?:^|(?<=[.:;]\s))(?:[A-Z][\w&’'/-]*\s+(?:and\s+|&\s+)?){0,3}(?i:introduction|background|"
                           r"summary|purpose|recommendations?|context|overview|conclusions?|discussion)"
                           r"\s+(?P<first2>\d{1,2}\.1)\.?(?=\s+[A-Z“\"‘']|\s*$)")
#: ... or a section's number before its heading in capitals at the passage's end, its first paragraph cut off: "... due
#: to work capacity issues. 4 FINANCIAL IMPLICATIONS" (police set 46s, a fire service committee's page run into a line)
_HEADING_AT_END = re.compile(r"(?:^|(?<=[.:;]\s))(?P<n>\d{1,2})\s+(?:(?:[A-Z][A-Z&’'/-]+|AND|OF|FOR|THE|&|TO)\s+){0,5}"
                             r"[A-Z][A-Z&’'/-]{3,}\s*$")
#: ... or a paragraph's number after its one-word heading, opening the passage: "Background 1. This is the quarter four
#: monitoring report", "Keyprojectsupdate 2. At the end of March 2019" (police set 43, a fire commissioner's decision
#: page); not a count after its label in a run of them or a total: "Vacancies at 31 March 2024: Firefighters 14.
#: Control 9.", "Total 15. This compares with 21" (review).
_WORD_HEADED = re.compile(r"^(?!Total\b)[A-Z][a-z]{3,}\s+(?P<n>\d{1,2})\.(?=\s+[A-Z][a-z])")
#: ... or a paragraph's number opening a passage: "2.1 Whilst there are no partner agencies", "3.2“Gross Revenue
#: Expenditure” is still to be defined" (police set 17).
_OPENING_PARAGRAPH = re.compile(r"^\s*\d{1,2}\.\d{1,2}(?=\s+[A-Z][a-z]|\s*[“\"‘'][A-Z])")
#: Paragraph numbers one after another with nothing between: "3.1 3.2 3.2.1 3.2.2 The holistic" (the same report).
_PARAGRAPH_RUN = re.compile(r"(?<![\w.,£$€])\d{1,2}(?:\.\d{1,2}){1,3}(?:\s+\d{1,2}(?:\.\d{1,2}){1,3})+(?![\w%]|\.\d)")


#: A numbered list run into one line: "CONTENTS: 1. Foreword and Introduction 2. Statutory Duties 3. Performance
#: against the Police and Crime Plan 4. Annexes" (police set 20, a PCC's annual report).
_LIST_NUMBER = re.compile(r"(?<![\w.,£$€])\d{1,2}\.(?=\s+[A-Z])")


def _list_numbers(text: str) -> list[tuple[int, int]]:
    """The numbers of a list that counts 1, 2, 3 ... (three at least) in one passage."""
    found = list(_LIST_NUMBER.finditer(text))
    values = [int(m.group(0)[:-1]) for m in found]
    if len(values) < 3 or values != list(range(values[0], values[0] + len(values))):
        return []
    return [m.span() for m in found]


#: A paragraph a sentence points to without the word: "the deletion of projects outlined in 8.6" (council set 28, a
#: cabinet's minutes; tests/test_quantities.py), "as set out in 3.2.1 above", "as referred to at 2.2", "the total
#: amount stated in 2.1" (council set 56s, a cabinet's decision).
_POINTED_AT = re.compile(r"\b(?:(?:set\s+out|outlined|detailed|described|explained|listed|referred\s+to|stated)\s+"
                         r"(?:in|under)|referred\s+to\s+at)\s+(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)"
                         # ... not "shown at 4.5 weeks", "stated at 12.5 FTE" (reviews)
                         r"(?![\d%]|\.\d|\s*(?:per\s*cent|%|m\b|bn\b|[a-z]|[A-Z]{2,}\b))")


def _numbered_on(text: str, section: str, start: int) -> list[tuple[int, int]]:
    """The section's later paragraph numbers after its first, counting on from 2 before a capital: "2 DISCUSSION Forum
    of Chairs of Regional Transport Partnerships 2.1 The last meeting ... Alternative Funding Opportunities 2.2 As has
    been reported ... High Speed Rail 2.3 Developments on proposals" (council set 42, a partnership's report whose page
    is one line; tests/test_quantities.py)."""
    spans, expected = [], 2
    # the section ends where another starts ("3 PROPOSAL 3.1"), and a paragraph's number stands where a paragraph
    # starts: after a sentence's end or a heading after one, not inside a sentence ("recruit 1.2 FTE Analysts")
    nxt = re.compile(r"(?<![\w.,£$€])(?!" + section + r"\.)\d{1,2}\.1(?=\s+[A-Z“\"‘'])")
    stop = nxt.search(text, start)
    end = stop.start() if stop else len(text)
    for m in re.finditer(r"(?<![\w.,£$€])" + section + r"\.(\d{1,2})(?=\s+[A-Z“\"‘'])", text[start:end]):
        if int(m.group(1)) != expected:
            break
        before = text[max(0, start + m.start() - 120) : start + m.start()]
        if not re.search(r"(?:^|[.:;!?][\"”’)]?\s+)(?:(?:[A-Z][\w&’'/-]*|and|of|for|the|&|to|on|in)\s+){0,9}$", before):
            break
        spans.append((start + m.start(), start + m.end()))
        expected += 1
    return spans


def _section_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of section and paragraph numbers run into the text (``_SECTION_RUN``, ``_PARAGRAPH_RUN``); a run
    counts only when its numbers go up within one section, as numbering does: not "16.7 71.1", two figures of a
    table's cell (uk-council capital strategy)."""
    spans = []
    for m in _SECTION_RUN.finditer(text):
        if not m.group("zero") and text.startswith(".", m.end("n")) \
                and not re.search(r"(?:^|[.:;!?)]\s+)$", text[: m.start("n")]):
            continue  # a count ending its sentence: "the number rated Good was 12. Welsh Forces Average 12.1" (review)
        spans += [(m.start("n"), m.end("zero") if m.group("zero") else m.end("n")), m.span("first")]
        spans += _numbered_on(text, m.group("n"), m.end("first"))
    for m in _HEADED_FIRST.finditer(text):
        first = "first" if m.group("first") else "first2"
        spans += [m.span(first)] + _numbered_on(text, m.group(first).split(".")[0], m.end(first))
    spans += [m.span("n") for rx in (_HEADING_AT_END, _WORD_HEADED) for m in rx.finditer(text)]
    spans += [m.span() for m in _OPENING_PARAGRAPH.finditer(text)] + [m.span(1) for m in _POINTED_AT.finditer(text)]
    for m in _PARAGRAPH_RUN.finditer(text):
        numbers = [tuple(int(part) for part in n.split(".")) for n in m.group(0).split()]
        if numbers == sorted(numbers) and len(set(numbers)) == len(numbers) and len({n[0] for n in numbers}) == 1:
            spans.append(m.span())
    return spans


#: A subsection in brackets after its section: "section 28 (6) of the Police Reform and Social Responsibility Act
#: 2011", "Standing Order 25(2)" (police set 17 and council set 19; tests/test_quantities.py), "Reg. 4(2) (b) of the
#: Local Authorities (Executive Arrangements) ..." (council set 67s, a cabinet's exempt annex).
_SUBSECTION = re.compile(r"(?i)\b(?:section|order|regulation|reg\.|article|clause|rule|paragraph|schedule)s?\s+"
                         r"\d{1,3}[a-z]?\s?\(\d{1,3}[a-z]?\)")


@cache
def _time_ago() -> re.Pattern:
    """A time ago is a date, not a count of months or years: "11 months ago, the force was in a period of
    instability", "from 16:1 three years ago" (police set 24, a panel's minutes: neither annotated as a figure;
    tests/test_quantities.py)."""
    words = "(?:" + "|".join(sorted(number_words(), key=len, reverse=True)) + ")"
    number = r"(?:\d{1,2}|" + words + r"(?:-" + words + r")?)"
    return re.compile(r"\b" + number + r"\s+(?:day|week|month|year)s?\s+ago\b"
                      # ... and so is a window looking back, the period of the figures it goes with: "over the last 10
                      # years indicating ongoing deterioration", "In the last six months, a lot of good progress had
                      # been made", "during the 3 months since the last update", "the previous two years" (council
                      # sets 65s, 67s, 72s, 73s and 74s, police set 70s: 9 such durations, none annotated)
                      # ... not a span something has lasted: "used successfully as a cost reduction technique in WMP
                      # for the past 10 years" (corpus 001, annotated)
                      r"|(?<!\bfor\s)\bthe\s+(?:last|past|previous|preceding)\s+" + number
                      + r"\s+(?:(?:financial|calendar)\s+)?(?:day|week|month|year)s?\b"
                      r"|\b(?:the\s+)?" + number + r"\s+(?:day|week|month|year)s?\s+since\b"
                      # ... and a time ahead: "a further update ... could be provided to the Committee in six months’
                      # time" (police set 72s, a fire authority committee's minutes)
                      r"|\bin\s+" + number + r"\s+(?:day|week|month|year)s?[’']\s+time\b(?!\s+off)", re.I)


def _file_link_spans(text: str) -> list[tuple[int, int]]:
    """The file sizes of each line that links to a document, and the item number that opens it."""
    spans: list[tuple[int, int]] = []
    if not FILE_LINK.search(text):  # most texts link to no file: one search, not one a line
        return spans
    for line in re.finditer(r"[^\n]+", text):
        if FILE_LINK.search(line.group(0)):
            spans += [(line.start() + m.start(), line.start() + m.end()) for m in FILE_SIZE.finditer(line.group(0))]
        if item := link_item_number(line.group(0)):
            spans.append((line.start(), line.start() + item))
    return spans


#: A day of a month with no year is a date though no meeting date gives its year, not a count: "went live in the BSO
#: on the 15 th October", "their go live of the 5 th of November" (council set 30, a programme director's report with
#: no meeting date; tests/test_quantities.py).
_DAY_OF_MONTH = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])(?:\s?(?:st|nd|rd|th))?(?:\s+of)?\s+" + _MONTH_NAME + r"\b")


def _non_figure_spans(text: str) -> list[tuple[int, int]]:
    """Telephone numbers, web links, e-mail and postal addresses, the period of a statistic, a document's version
    numbers, a time ago, a link to a document: digits that are not figures."""
    spans = [m.span() for m in _LINK.finditer(text)] + [m.span() for m in _PERIOD_TO.finditer(text)]
    spans += _file_link_spans(text)
    spans += [m.span() for m in _time_ago().finditer(text)]
    spans += [m.span() for m in _ADDRESS.finditer(text)] + _version_numbers(text)
    spans += [m.span() for m in _PAGE_MARK.finditer(text)] + _section_numbers(text)
    spans += [m.span() for m in _SUBSECTION.finditer(text)] + _list_numbers(text)
    spans += [m.span(1) for m in _CONTACT.finditer(text)] + [m.span() for m in _DAY_OF_MONTH.finditer(text)]
    for m in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group(0))
        if 10 <= digits <= 12:
            spans.append(m.span())
    return spans


def find_quantities(text: str, *, skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities in ``text``; ``skip`` gives character spans (dates) to leave alone."""
    skip = list(skip or []) + _non_figure_spans(text)
    found = [q for m in _NUMBER.finditer(text) if (q := _digit_quantity(text, m, skip))]
    found += [q for m in _word_number_re().finditer(text) if (q := _word_quantity(text, m, skip))]
    found += _shares(text, skip)
    found = sorted(found, key=lambda q: q.start)
    return _without_axis_ticks(text, _scaled_runs(text, found))  # ... a money run's figures are no ticks (review)


#: Two parties' shares of a cost, each a percentage, the two making a hundred: "to be funded 50/50 between EP and
#: ECFRS", "a working assumption of a 50/50 contribution" (police set 57s, a commissioner's decision report), "a 60/40
#: split"; an even split is one share.
_SHARES = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")
_SHARED_BEFORE = re.compile(r"\b(?:funded|shared|split)\s$")
_SHARED_AFTER = re.compile(r"\s+(?:split|contribution|share|basis|funding|between)\b")


def _shares(text: str, skip: list[tuple[int, int]]) -> list[Quantity]:
    """The percentages of a split of costs (``_SHARES``)."""
    found = []
    for m in _SHARES.finditer(text):
        a, b = m.group("a"), m.group("b")
        said = _SHARED_AFTER.match(text, m.end()) or _SHARED_BEFORE.search(text, 0, m.start())
        if not said or int(a) + int(b) != 100 or any(s <= m.start() < e for s, e in skip):
            continue
        found.append(Quantity(m.start("a"), m.end("a"), a, float(a), "percent"))
        if a != b:
            found.append(Quantity(m.start("b"), m.end("b"), b, float(b), "percent"))
    return found


def _without_axis_ticks(text: str, found: list[Quantity]) -> list[Quantity]:
    """A chart's axis read into a line of text among its data: "180000 160000 144,512 136,181 140000 134,789
    ... 20000" (police set 29, a force's performance slides as a web page's text; tests/test_quantities.py). The
    ticks fall evenly, top down, five or more in one stretch of bare counts, each a multiple of the step (5 or more);
    the data between them stay."""
    ticks: set[int] = set()
    for run in _bare_stretches(text, found):
        ticks |= {run[k] for k in _even_steps([found[i].value for i in run])}
    return [q for i, q in enumerate(found) if i not in ticks]


def _bare_stretches(text: str, found: list[Quantity]) -> list[list[int]]:
    """Indexes of bare counts in stretches a chart gives: up to three words between one and the next ("...
    113,150 Volume 120000 ..."), no punctuation and no words of a sentence ("from 100 to 200, 300, 400 and 500")."""
    stretches: list[list[int]] = []
    for i, q in enumerate(found):
        if q.unit != "count" or not re.fullmatch(r"\(?[-−]?\d[\d,]*(?:\.\d+)?\)?", q.text.strip()):
            continue
        between = text[found[stretches[-1][-1]].end : q.start] if stretches else ""
        if stretches and len(re.findall(r"[A-Za-z]+", between)) <= 3 \
                and not re.search(r"[.,;:!?](?:\s|$)|\d|\b(?:to|and|or|from|by|of|in)\b", between):
            stretches[-1].append(i)
        else:
            stretches.append([i])
    return stretches


def _even_steps(values: list[float], *, least: int = 5, gap: int = 12) -> set[int]:
    """Indexes of the values that make an even-stepped series (an axis's ticks) in ``values``, in their order, with
    fewer than ``gap`` data between two ticks (a grouped bar chart's)."""
    found: set[int] = set()
    for i, first in enumerate(values):
        for j in range(i + 1, min(len(values), i + gap + 1)):
            step = values[j] - first
            if step > -5 or first % step or values[j] % step:  # ... read top down: an axis falls; data that rise
                # evenly ("Housing trajectory ... 1,200 1,400 1,600 1,800 2,000", months' counts) stay (review)
                continue
            series, expect = [i, j], values[j] + step
            for k in range(j + 1, len(values)):
                if k - series[-1] > gap:
                    break
                if values[k] == expect:
                    series.append(k)
                    expect += step
            if len(series) >= least:
                found.update(series)
    return found


#: A column header's money scale written on its own, not after a figure: "Target (£m) Savings Achieved (£m)".
_SCALE_HEADER = re.compile(r"\(\s*£\s?(?P<scale>m|k|bn|['’]?000s?)\s*\)"
                           r"|(?<![\d.])£\s?(?P<bare>m|k|bn|['’]?000s?)\b", re.I)


def _scaled_runs(text: str, found: list[Quantity]) -> list[Quantity]:
    """A table run into a line of text, as a web page or a text conversion gives it: bare figures three or more in
    a row, after a header that gives the money scale, are that money: "Business Area Target (£m) Savings Achieved
    (£m) ... Business Support 9.8 8.6 -0.1 8.5 2.6 Operational Collaboration 1.8 1.2 0.0 1.2 0.7" (police set 28, a
    change programme's savings report; tests/test_quantities.py). A figure with its own unit, or a sentence's lone
    count, is left as it is."""
    if not _SCALE_HEADER.search(text):
        return found
    out = list(found)
    runs = [(run, False) for run in _bare_runs(text, found)] + [(run, True) for run in _labelled_runs(text, found)]
    for run, one_column in runs:
        stretch = _header_stretch(text[: out[run[0]].start])
        headers = list(_SCALE_HEADER.finditer(stretch))
        if not headers or _OTHER_COLUMN.search(stretch) or (one_column and len(headers) != 1):
            continue
        word = (headers[-1].group("scale") or headers[-1].group("bare")).lower()
        scale = _MULTIPLIERS.get(word, 1e3)  # "000", "'000s": thousands
        for i in run:
            q = out[i]
            out[i] = Quantity(q.start, q.end, q.text, q.value * scale, "GBP", from_header=True)
    return out


#: A column of something other than money among the headers: "Budget (£m) FTE Posts", "Officer numbers (FTE) and
#: pay cost (£m)" (review): the run's figures are not all money, and which are is not known.
_OTHER_COLUMN = re.compile(r"(?i)\b(?:fte|posts?|no\.|numbers?|headcount|days|hours|officers?|staff)\b|%|per\s+cent")


def _header_stretch(before: str) -> str:
    """The text a run of figures follows since the last sentence's end: its table's headers and row labels. A scale
    said in an earlier sentence ("All figures are in £m unless stated.") is not the table's (review)."""
    ends = list(re.finditer(r"[.;!?](?:\s+|$)(?=[A-Z\d(]|$)", before))
    return before[ends[-1].end() :] if ends else before


def _bare(q: Quantity) -> bool:
    return q.unit == "count" and bool(re.fullmatch(r"\(?[-−]?\d[\d,]*(?:\.\d+)?\)?", q.text.strip()))


#: A row's label between the figures of a one-column table run into a line: "Justice Services 2.0 Protective Services
#: 2.5 Strategic Back Office Change 2.1" (police set 73s, a change programme's savings targets under "Business Area
#: Target (£m)"): Title Case words, "and"/"of"/"&" between.
_ROW_LABEL = re.compile(r"\s+[A-Z][\w’'/-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w’'/-]*){0,5}\s+")


def _labelled_runs(text: str, found: list[Quantity]) -> list[list[int]]:
    """Indexes of runs of three or more bare figures of one decimal, as money tables of £m print them ("2.0"), each
    after a row's label (``_ROW_LABEL``), one to a row; not counts of a table run on after it: "Vehicles Removed Fleet
    North 12 Fleet South 8" (review)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, q in enumerate(found):
        decimal = _bare(q) and re.fullmatch(r"[-−]?\d[\d,]*\.\d", q.text.strip()) is not None
        joined = bool(current) and _ROW_LABEL.fullmatch(text, found[current[-1]].end, q.start) is not None
        if decimal and joined:
            current.append(i)
            continue
        if len(current) >= 3:
            runs.append(current)
        current = [i] if decimal and _ROW_LABEL.search(text[max(0, q.start - 60) : q.start] + " ") else []
    if len(current) >= 3:
        runs.append(current)
    return runs


def _bare_runs(text: str, found: list[Quantity]) -> list[list[int]]:
    """Indexes of runs of three or more bare counts with only spaces between them."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, q in enumerate(found):
        bare = _bare(q)
        # ... a bracketed figure too: "8.6 (0.1) 8.5" (review)
        joined = bool(current) and not text[found[current[-1]].end : q.start].strip(" \t\n()")
        if bare and (joined or not current):
            current.append(i)
            continue
        if len(current) >= 3:
            runs.append(current)
        current = [i] if bare else []
    if len(current) >= 3:
        runs.append(current)
    return runs


def _digit_quantity(text: str, m: re.Match, skip: list[tuple[int, int]]) -> Quantity | None:
    """The quantity one match of a written number stands for, or None when it is not a figure."""
    start, end = m.start(), m.end()
    if any(s <= m.start("num") < e for s, e in skip):
        return None
    num, before, after = m.group("num"), text[:start], text[end:]
    cur = m.group("cur")
    # a range's second end after a label's first keeps the label: "the recommendations at paragraph 2.1 -2.12"
    # (council set 17, a leadership team's decision; tests/test_quantities.py)
    # ... and a number with a thousands separator is no label's: "In the Local Plan 15,000 homes are allocated" (review)
    labelled = _is_label(before + (m.group("sign") or ""), after) and not (cur or m.group("tail")) \
        and not re.search(r"\d,\d{3}\b", num)
    if _ORDINAL_AFTER.match(after) or labelled or re.search(r"(?:\+/-|±)\s?$", before):
        return None  # an ordinal, a label, a tolerance ("25% (+/- 2%)"); money or a percentage is never a label's
        # number: "the end of RIBA stage 3 of £110.5m" (police set 12), "to the top 20% of local authorities"
        # (council set 2; both tests/test_quantities.py)
    value = float(num.replace(",", "").replace(" ", ""))
    mult, tail, glued = _suffixes(m, after)
    if glued and glued not in _glued_units():
        return None
    if not (cur or mult or tail or glued) and (_not_a_figure(num, value, before, after)
                                               or _band_or_year_part(num, value, before, after)
                                               or _date_part(num, value, before, after)):
        return None
    sign = -1 if (m.group("sign") or m.group("sign2") or "") in ("-", "−") else 1
    if mult:
        value *= _MULTIPLIERS[mult]
    if tail in ("pence", "p"):
        unit, value = "GBP", value / 100
    elif tail:
        unit = "percent"
    elif cur:
        unit = {"£": "GBP", "$": "USD", "€": "EUR"}[cur]
    elif glued:
        unit = _glued_units()[glued]
    else:
        hyphen = _HYPHEN_UNIT.match(after)
        if _AND_A_HALF.match(after):  # "5 and a half years"; no whole number where the half is refused
            half = _half(after)
            unit = unit_after(after[half.end() :]) if half else None
            if unit is None:
                return None
            return Quantity(start, end + half.end(), text[start : end + half.end()].strip(), sign * (value + 0.5), unit)
        unit = (_unit_word(hyphen.group(1)) if hyphen else None) or unit_after(after) or "count"
    return Quantity(start, end, text[start:end].strip(), sign * value, unit)


#: "5 and a half years" is 5.5 years, not a count of 5 (police set 38, a fire authority's estates minutes); not "two
#: and a half thousand officers", nor "two and a half year olds" (review).
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_MULTIPLIER_AFTER = re.compile(r"\s+(?:hundred|thousand|million|billion)\b", re.I)
#: ... a units word after tens that ``_COMPOUND_WORDS`` left apart ("forty two-hour"), not "the Authority two and a half
#: days"; a compound takes its half whole: "thirty-seven and a half hours" is 37.5 hours.
_TENS_BEFORE = re.compile(r"(?i)\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[- ]$")


def _half(after: str) -> re.Match | None:
    """The "and a half" after a number that adds a half to it, or None (before a multiplier or an age)."""
    half = _AND_A_HALF.match(after)
    if half is None or _MULTIPLIER_AFTER.match(after, half.end()) or _AGE_AFTER.match(after[half.end() :]):
        return None
    return half


def _suffixes(m: re.Match, after: str) -> tuple[str, str, str]:
    """A number's multiplier, tail (%, pence) and glued unit, in lower case. Money takes its multiplier in capitals
    ("£454K", "£7.3M") and a range's shared one ("£10-20m"), as police decision papers write them (police sets 7, 8
    and 12; tests/test_quantities.py)."""
    mult, tail = (m.group("mult") or "").strip().lower(), (m.group("tail") or "").strip().lower()
    glued = (m.group("glued") or "").lower()
    if m.group("cur") and glued in ("k", "m", "bn", "mn"):
        mult, glued = glued, ""
    shared = _SHARED_MULTIPLIER.match(after) if m.group("cur") and not (mult or tail or glued) else None
    return (shared.group(1).lower() if shared else mult), tail, glued


def _time_or_odds(num: str, value: float, after: str) -> bool:
    """A time of day, or the start of a span of them: "Guide time: 2.45 – 3.15pm" (police set 70s, an agenda item
    page), "11.00-11.30 am"; or odds' one: "2% (1 in 50 chance in any one year)" counts the 50 (council set 65s, a
    county's flood scheme)."""
    if value <= 24 and re.match(r"^\s*(?:am|pm)\b|^\s?[–-]\s?\d{1,2}[.:]\d\d\s*(?:am|pm)\b", after, re.I):
        return True
    odds = re.match(r"^\s+in\s+(\d[\d,]*)\b(?![/.-]\d)(?!\s+(?:years?|months?|weeks?|days?)\b)", after)
    # ... not a count of one in a year: "fell from 3 in 2022/23 to 1 in 2023/24" (review)
    return num == "1" and bool(odds) and int(odds.group(1).replace(",", "")) < 1900


def _not_a_figure(num: str, value: float, before: str, after: str) -> bool:
    """A bare number that is a year, a service number, a time of day, a paragraph or list number,
    an age or the denominator of a rate."""
    whole = "." not in num and "," not in num
    if whole and _a_year(value, before, after):
        return True
    if num in ("101", "999", "111", "112") and _SERVICE_NUMBER.match(after):
        return True
    if num in ("101", "999") and re.search(r"(\d{3}|and|or|/|&)\s*$", before):
        return True
    if num in ("101", "999") and unit_after(after) is None and not re.match(r"^\s?%", after):
        return True  # the service, not a count: "the review of 101 in November 2014" (tests/test_quantities.py,
        # after a police and crime panel's minutes)
    if whole and value < 1000 and re.match(r"^\s?[–-]\s?(?:19|20)\d\d\b(?![–/-]\d)", after):
        return True  # a decision's number and year: "25 – 2013" (the same tests, after a PCC's decisions log)
    if _time_or_odds(num, value, after) or _run_in_mark(num, before, after):
        return True
    # ... nor what the paper counts of its own meeting, nor the years a sum is spread over (``_SUM_OVER``)
    if _meeting_talk(num, value, before, after) or (_SUM_OVER.search(before) and unit_after(after) == "years"):
        return True
    if _LIST_BEFORE.search(before) and (re.match(r"^\.\s+\S", after) or ("." in num and re.match(r"^\s+[A-Z]", after))
                                        or (re.match(r"^\.[A-Z][a-z]", after) and not before.strip())):
        return True  # "8. 24/00115 - Kent ...", "3.1 The Council ...", a form's "19.Negative Impacts" opening its line
        # (kent set 6), not a figure before a lost space: "Arrests in Q3: 412.The force" (review)
    if _section_or_code(num, before, after):
        return True
    if value <= 50 and _list_marker(before, after):
        return True
    if whole and value <= 50 and re.search(r"(?:^|\n)\s*$", before) and re.match(r"^\s+[A-Z0-9]", after) \
            and unit_after(after) is None:
        return True  # a list's number at the start of a line: "1 KCC’s Budget webpage", "2 2025-26 Budget
        # approved by County Council" (uk-council background documents)
    if whole and _minute_number(value, before, after):
        return True
    if re.search(r"\bper\s$", before, re.I):
        return True  # "per 10,000 population": a denominator
    acronym = re.search(r"(?<![\w£$€])(?!FTE\b|GBP\b|USD\b|EUR\b)[A-Z]{3,6}\s$", before)
    if whole and acronym and unit_after(after) is None:
        return True  # a name's number after its acronym: "IFRS 9", "FTSE 100" (uk-council treasury report)
    return bool(_AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or _AGE_LIST_AFTER.match(after)
                # ... an age band with a plus, "the 65+ population", not a count at least so large: "the additional
                # 1,900+ jobs created" (council set 90s, a cabinet's regeneration minutes; tests/test_quantities.py)
                or (after.startswith("+") and whole and value < 130 and unit_after(after[1:]) is None))


def _meeting_talk(num: str, value: float, before: str, after: str) -> bool:
    """A minute's clock time opening its sentence, "At 12.55, Members agreed to extend meeting" (police set 82s, a
    police authority committee's minutes), or a few of what the paper counts of its own discourse
    (``_discourse_count``)."""
    if value < 24 and re.fullmatch(r"\d{1,2}[.:][0-5]\d", num) and re.search(r"(?:^|[.;\n]\s*)At\s$", before) \
            and _MEETING_AFTER.match(after):
        return True
    return num.isdigit() and _discourse_count(value, after)


#: ... the meeting that acts after it: "At 12.55, Members agreed", not a ratio at its value: "At 1.25, the Authority's
#: ratio remains above the minimum" (review).
_MEETING_AFTER = re.compile(r",\s+(?:the\s+)?(?:Members|meeting|Chair(?:man)?|Committee|Panel|Board|Cabinet|Council)\b"
                            r"(?![’']s)")


#: A sum or savings, then "over" the years they are spread across: "At current spending levels of £22m per year (£220m
#: over 10 years)", "a requirement of £200m over 10 years", "deliver savings over the next 5 years" (police sets 89s and
#: 90s; 7 of 8 such figures on the read web sets were not annotated); a span of work stays: "working with partners on
#: climate change for over 10 years" (council set 84s).
_SUM_OVER = re.compile(r"(?:[£$€]\s?\d[\d.,]*\s?(?:bn|m|k|million|billion|thousand)?\)?|\bsavings?)\s+over\s+"
                       r"(?:the\s+)?(?:next\s+|last\s+|past\s+|coming\s+|following\s+)?$", re.I)


def _run_in_mark(num: str, before: str, after: str) -> bool:
    """A section's number after a question's mark in lines run together (``_QUESTION_SECTION``), or a file's size on a
    web page's link: "Download Document (513 kb)" (police set 74L); not a broadband speed, "speeds of at least 30
    Mb/s" (review); or a numbered body's number before what it did: "The Business, Economy and Enterprise Scrutiny
    Board (3) received a briefing note" (council set 87, a scrutiny board's minutes page), not a count: "call-ins to
    Scrutiny Board (12) and Audit Committee (4)" (review); or a decision's number alone: "Decision 16714." (police set
    91, a commissioner's decision notice), not "Cabinet Decision 40 posts were deleted" (review)."""
    if re.search(r"\?\s*$", before) and re.fullmatch(r"\d{1,2}\.\d", num) and _QUESTION_SECTION.match(after):
        return True
    if re.search(r"\b(?:Board|Committee|Panel|Commission)\s?\($", before) and re.fullmatch(r"\d{1,2}", num):
        return bool(_BODY_ACTED.match(after))
    # ... not a status's count: "Awaiting Decision 12.", "Pending Decision 14;" (the second review's cases c1 and c8)
    if re.search(r"(?<!Awaiting\s)(?<!Pending\s)\bDecision\s$", before):
        return bool(re.match(r"^\s*(?:[.:;]|$)", after))
    return before.endswith("(") and bool(re.match(r"^\s?(?:kb|mb)\)", after, re.I))


_BODY_ACTED = re.compile(r"^\)\s+(?:received|considered|noted|agreed|resolved|met|discussed|recommended|requested"
                         r"|welcomed|asked)\b")


def _list_marker(before: str, after: str) -> bool:
    """A list's number in brackets or before one."""
    if before.endswith("(") and re.match(r"^\)\s+[A-Z][a-z]", after) and not _VOTE_BEFORE.search(before):
        return True  # a list marker: "(2) Endorse the proposed decision"; not a vote: "For (14) Against (45)"
    if re.search(r"(?:^|[:;]\s|\n\s*)$", before) and re.match(r"^\)\s+[A-Z][a-z]", after):
        return True  # ... or "tell me: 1) How many residents" (uk-council questions paper)
    # ... or a resolution's, before its verb: "RESOLVED to (1) note the need for a new depot; and (2) approve" (council
    # sets 56s and 57s, decision and minutes pages), "decided to (1) close ...; (2) extend" (review); not a count:
    # "agreed that (3) additional patrols", "; (14) upheld", "(32) voted for the motion" (review)
    return bool(_RESOLVED_TO.search(before) and _RESOLUTION_VERB.match(after) and not _VOTE_BEFORE.search(before))


#: What leads into a resolution's numbered parts, up to the bracket before a number: "RESOLVED to (", "; and (".
_RESOLVED_TO = re.compile(r"(?:\b(?:resolved|agreed|decided)\s+(?:to|that)|[;:]\s*(?:and|or)?)\s*\($", re.I)
#: ... and the verb a resolution's part opens on (cases above).
_RESOLUTION_VERB = re.compile(r"^\)\s+(?:note|approve|agree|endorse|delegate|authorise|close|extend)\b")


#: A list of counts before: "1492 street lamps had been dimmed between midnight and 6am, and 1975 street lights dimmed
#: between 10:00 p.m. and 06:00 a.m." (council set 91s, a scrutiny committee's minutes page).
_COUNT_ITEM_BEFORE = re.compile(r"(?:^|[,;:]\s+)(?P<n>\d[\d,]*)\s+[a-z][^,;:]*"
                                r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def in_count_list(before: str, after: str) -> bool:
    """A year-like number that is the next item of a list of counts (``_COUNT_ITEM_BEFORE``), the first count no
    year-like number and this one's noun after it in small letters, its first word the first count's: "street lamps",
    "street lights"; not a year's: "35 charge points were installed in 2021, and 2024 installations will focus on
    ..." (review; tests/test_quantities.py)."""
    m = _COUNT_ITEM_BEFORE.search(before[-200:])
    if not m or 1900 <= int(m.group("n").replace(",", "")) <= 2100 or not re.match(r"\s+[a-z]", after):
        return False
    first = re.match(r"\s+([a-z]+)", before[-200:][m.end("n"):])
    return bool(first) and re.match(r"\s+([a-z]+)", after).group(1) == first.group(1)


def _a_year(value: float, before: str, after: str) -> bool:
    """A year, unless a count of something ("over 2000 colleagues", a list's next count); an older one after "since":
    "the Council had existed since 1889" (kent set 22, a county council's minutes), not "rose from 1200 to 1450"
    (review)."""
    if 1900 <= value <= 2100:
        return not ((_ABOUT_BEFORE.search(before) and unit_after(after)) or in_count_list(before, after))
    return 1000 <= value < 1900 and bool(re.search(r"(?i)\bsince\s$", before)) \
        and unit_after(after) is None


def _minute_number(value: float, before: str, after: str) -> bool:
    """A minute's number before its item's title at a line's start: "78 Invest to save proposal - Street Lighting"
    (council set 19, a council's minutes page; tests/test_quantities.py)."""
    return value < 1000 and bool(re.search(r"(?:^|\n)\s*$", before) and re.match(r"^\s+[A-Z][a-z]+\s+[a-z]", after)
                                 and unit_after(after) is None)


def _date_part(num: str, value: float, before: str, after: str) -> bool:
    """A year after a month name, even a mistyped one ("April 2108"); a day before one ("Monday 13 February")."""
    if "." in num or "," in num:
        return False
    return bool((len(num) == 4 and _MONTH_BEFORE.search(before)) or (1 <= value <= 31 and _MONTH_AFTER.match(after)))


def _section_or_code(num: str, before: str, after: str) -> bool:
    """A section's number after its heading in capitals, the two run together: "3 ISSUES FOR CONSIDERATION 3.1 Estate
    Strategy", "INTRODUCTION & BACKGROUND 2.1." (police set 14, a force's estates report); a code or an issue number
    written with its leading zero: "Issue 04", "SCW JLM 03" (police set 14, a business case's document control table;
    both tests/test_quantities.py); a standard's number glued to its acronym: "International Financial Reporting
    Standard (IFRS)16" (kent set 6, the capital strategy), not a figure after a table's "(NC)" (corpus 001)."""
    if num.isdigit() and len(num) <= 3 and re.search(r"\([A-Z]{3,}\)$", before) and re.match(r"\s+[a-z]", after) \
            and unit_after(after) is None:
        return True  # ... the sentence going on after it as after a name; not "Response (MPS)12 minutes" (review)
    if "." in num and re.search(r"\b[A-Z]{3,}\s$", before) and re.match(r"^(?:\s+[A-Z]|\.?\s*$)", after):
        return unit_after(after) is None
    cited = re.search(r"\bsee\s+$", before, re.I) or re.match(r"\s+of\s+(?:the|this)\s+(?:report|paper)\b", after)
    if "." in num and cited and unit_after(after) is None:
        return True  # a cross-reference: "a successful transition period (see 3.7)" (kent set k11, the devolution
        # framework's table), "The graph at 2.1 of the report highlighted" (council set 68s, a combined authority's
        # minutes); not a count seen, "parents will see four grades" (uk-council)
    return num.isdigit() and len(num) >= 2 and num.startswith("0")


def _band_or_year_part(num: str, value: float, before: str, after: str) -> bool:
    """One end of a band without a unit ("16-19 education", "aged 30-39") or of a financial year
    ("24-25", "2024–25")."""
    if "." in num or "," in num:
        return False
    nxt = _RANGE_AFTER.match(after)
    if nxt and value < int(nxt.group(1)) <= 120 and unit_after(after[nxt.end():]) is None:
        return True
    if nxt and len(num) == 2 and int(nxt.group(1)) % 100 == (value + 1) % 100:
        return True  # "24-25"
    prev = _RANGE_BEFORE.search(before)
    if prev and int(prev.group(1)) < value <= 120 and unit_after(after) is None:
        return True
    return bool(prev and len(num) == 2 and (int(prev.group(1)) + 1) % 100 == value)


_PLURAL_AFTER = re.compile(r"^\s+(?:[A-Za-z0-9'’-]+\s+){0,3}(?:[a-z]+s|[A-Z]{2,}s)\b")
#: ... a plural in capitals after a number word in small letters: "seven Superintendents"; "Seven Kings", "Three
#: Bridges", "Four Oaks" name places (review of this change).
_TITLED_PLURAL_AFTER = re.compile(r"^\s+(?:[A-Za-z0-9'’-]+\s+){0,3}[A-Z][a-z]+s\b(?!\s+[A-Z&])")
#: ... or a plural verb, the number word the subject, its noun said before: "Nine are rated Red", "22 are stable ...,
#: and six are showing a negative trend" (kent set k7, a performance report's cover; uk-council performance report);
#: not after a determiner, where the number names things already counted: "the two are closely linked".
_COUNTED_BEFORE = re.compile(r"^\s+(?:are|were|have|had)\s+(?!(?:to|no|not|been\s+no)\b)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|all|both|its|their|our)\s+$", re.I)


def _word_quantity(text: str, m: re.Match, skip: list[tuple[int, int]]) -> Quantity | None:
    """The quantity a number word stands for ("twelve change projects"), or None."""
    if any(s <= m.start() < e for s, e in skip) or _is_label(text[: m.start()], text[m.end("word"):]) \
            or _discourse_count(word_value(m.group("word")), text[m.end():]):
        return None
    after = text[m.end():]
    half = None if m.group("hyphen") or _TENS_BEFORE.search(text[: m.start()]) else _half(after)
    if half and (unit := unit_after(after[half.end() :])):  # "five and a half years", "thirty-seven and a half hours"
        value = word_value(m.group("word")) + 0.5
        return Quantity(m.start(), m.end() + half.end(), text[m.start() : m.end() + half.end()], float(value), unit)
    if _AGE_AFTER.match(text[m.end("word"):]):
        return None  # an age: "seventeen-year-olds" (uk-council minutes)
    if m.group("hyphen"):
        unit = _unit_word(m.group("hyphen")[1:].rstrip("s"))
    else:
        unit = unit_after(after)
        if unit is None:
            # "twelve WMP2020 change projects", "Three rationalised call centres": a plural noun follows, in
            # capitals or an acronym's too ("Eight KPIs", "seven Superintendents": kent set 8, police set 24), not a
            # name's ("Three Rivers District Council")
            titled = m.group("word")[0].islower() and _TITLED_PLURAL_AFTER.match(after)
            subject = _COUNTED_BEFORE.match(after) and not _DETERMINER_BEFORE.search(text[: m.start()])
            if not (_PLURAL_AFTER.match(after) or titled or subject):
                return None
            if re.match(r"^\s+(of|or|and|to|times|hundred|thousand|million)\b", after, re.I):
                return None
            unit = "count"
    if unit == "years" and _SUM_OVER.search(text, 0, m.start()):
        return None  # "borrow £200m over ten years" (police set 89s)
    value = word_value(m.group("word"))
    rest = re.match(r"^\s+(hundred|thousand|million)\b", after, re.I)
    if rest:
        value *= {"hundred": 100, "thousand": 1000, "million": 1_000_000}[rest.group(1).lower()]
    return Quantity(m.start(), m.end(), m.group(0), float(value), unit)


def _unit_word(word: str) -> str:
    return {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours",
            "minute": "minutes", "person": "people", "strong": "people"}.get(word.lower(), "count")
