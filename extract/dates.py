"""Date expressions in board-paper prose, resolved against the paper's meeting date.

``find_dates("go live in the autumn of 2018", meeting="2017-07-31")`` finds "the autumn of 2018"
and resolves it to the span 2018-09-01..2018-11-30 with precision ``season``. Relative words
("this month", "last year", "in the new year", "late summer") resolve against the meeting date.
Pure functions: text in, ``DateMention`` records out.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from ..ingest.cover import MONTHS
from .quantities import in_count_list, number_words

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
#: an ordinal's letters, glued or set apart as a superscript is in a PDF's text: "1 st April 2011" (police set 11,
#: a collaboration panel's report)
_ORD = r"(?:(?-i:\s(?:st|nd|rd|th))\b|(?:st|nd|rd|th)\b)?"


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date_start: str
    date_end: str
    precision: str  # day, month, quarter, season, financial_year, year


def _meeting(meeting: str | None) -> date | None:
    if not meeting:
        return None
    parts = [int(p) for p in meeting.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def _nearest_year(ref: date | None, month: int) -> int | None:
    """The year of a month said without one: the one nearest the paper's date, as a paper speaks of the months around
    it. "the English Devolution White Paper on the 16 December" in March 2025 is December 2024 (kent set 24s, a
    council's appendix); six months either way is the paper's own year; its tense may then move it a year
    (``facts._year_of``)."""
    if ref is None:
        return None
    return min((ref.year, ref.year + 1, ref.year - 1), key=lambda y: abs((y - ref.year) * 12 + month - ref.month))


def _month_span(year: int, m1: int, m2: int | None = None) -> tuple[str, str]:
    m2 = m2 or m1
    y2 = year + (m2 - 1) // 12
    m2 = (m2 - 1) % 12 + 1
    last = calendar.monthrange(y2, m2)[1]
    return f"{year:04d}-{m1:02d}-01", f"{y2:04d}-{m2:02d}-{last:02d}"


def _fy(start_year: int) -> tuple[str, str]:
    return f"{start_year:04d}-04-01", f"{start_year + 1:04d}-03-31"


def _year2(y: str, ref: int | None = None) -> int:
    value = int(y)
    if value >= 100:
        return value
    century = (ref // 100 * 100) if ref else 2000
    return century + value


Resolver = Callable[[re.Match, date | None], tuple[str, str, str] | None]
_RULES: list[tuple[re.Pattern, Resolver]] = []


def rule(pattern: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        _RULES.append((re.compile(pattern, re.I), fn))
        return fn

    return register


def _modifier_span(mod: str | None, year: int, m1: int, m2: int) -> tuple[int, int]:
    """Narrow a month range by early/mid/late/end of."""
    if not mod:
        return m1, m2
    mod = mod.lower().removeprefix("the ")
    if mod.startswith("end"):
        return m2, m2
    n = m2 - m1 + 1
    third = max(1, n // 3)
    if mod.startswith("early") or mod.startswith("beginning") or mod.startswith("start"):
        return m1, m1 + third - 1
    if mod.startswith("mid"):
        mid = m1 + n // 2
        return max(m1, mid - 1), min(m2, mid + (0 if n < 6 else 1))
    if mod.startswith("late") or mod.startswith("end"):
        return m2 - third + 1, m2
    return m1, m2


_MOD = r"(?:(?P<mod>early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of)[\s-]+)?"


@rule(r"\b(?P<d1>\d{1,2})" + _ORD + r"\s+(?P<m1>[A-Z][a-z]+)\s*(?:-|–|to)\s*(?P<d2>\d{1,2})" + _ORD + r"\s+"
      + _MONTH + r",?\s+" + _YEAR + r"\b")
def _day_range(m: re.Match, ref: date | None):
    first = m.group("m1").lower()
    if first not in MONTHS:
        return None
    year = int(m.group("year"))
    end_month = MONTHS[m.group("month").lower()]
    start_year = year - 1 if MONTHS[first] > end_month else year
    try:
        start = date(start_year, MONTHS[first], int(m.group("d1")))
        end = date(year, end_month, int(m.group("d2")))
    except ValueError:
        return None
    return start.isoformat(), end.isoformat(), "day" if start == end else "month"


#: ... its year glued on, as web pages' upper-case headers run: "17 DECEMBER2012", "30 JANUARY 2013Time: 8.00am"
#: (police set 10, a police authority's minutes)
@rule(r"\b(?P<day>\d{1,2})" + _ORD + r"(?:\s+of)?\s+" + _MONTH + r"(?:,?(?:\s*" + _YEAR + r"(?!\d)|\b))")
def _day_month(m: re.Match, ref: date | None):
    year = int(m.group("year")) if m.group("year") else _nearest_year(ref, MONTHS[m.group("month").lower()])
    if year is None:
        return None
    try:
        d = date(year, MONTHS[m.group("month").lower()], int(m.group("day")))
    except ValueError:
        return None
    return d.isoformat(), d.isoformat(), "day"


#: ... or with hyphens, as web pages print dates: "26-Jul-2020", "26-Jul-20" (police set 11)
@rule(r"\b(?P<day>\d{1,2})-" + _MONTH + r"-(?P<y>(?:19|20)?\d\d)\b")
def _hyphenated(m: re.Match, ref: date | None):
    try:
        d = date(_year2(m.group("y")), MONTHS[m.group("month").lower()], int(m.group("day")))
    except ValueError:
        return None
    return d.isoformat(), d.isoformat(), "day"


#: ... not a share after a month: "in December 12.5% of calls" (as ``_month_year``)
#: ... but a year after a comma stays one: "closed on December 12,2024" (review)
@rule(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?P<ord>" + _ORD + r")\b(?!\.\d|,(?!(?:19|20)\d\d\b)\d|\s*(?:%|per\s*cent))"
      r"(?:,?\s+" + _YEAR + r")?")
def _month_day(m: re.Match, ref: date | None):
    if m.group("day").startswith("0") and not (m.group("ord") or m.group("year")) \
            and not re.search(r"(?i)(?:day,?|\bon)\s*$", m.string[: m.start()]):
        return None  # a year's two digits, as a UK paper writes a month: "we expect to receive it in Mar 09", "our
        # planned cutover date of Jan 09" (police set 43, a fire authority's 2008 paper); ``_month_year`` reads it.
        # After a weekday or "on" it is a day: "go live on Monday, June 02" (review)
    return _day_month(m, ref)


#: ... and with hyphens and its century: "(24-01-2023)" (council set 10, a committee's decision); and with full stops,
#: "Further to minute 11 (31.01.2022)", "(Cab.14.12.2022/14)", a decision notice's "Date 28.03.23" (council set 54s and
#: 52s, police set 59s), a two-digit year only after a day and a month of two digits each
@rule(r"(?<!\d)(?<!\d\.)(?P<day>\d{1,2})(?:/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})\b|-(?P<hm>\d{1,2})-(?P<hy>(?:19|20)\d\d)(?!\d)"
      r"|\.(?P<dm>\d{1,2})\.(?P<dy>(?:19|20)\d\d)(?![\d.])|(?<=\d\d)\.(?P<sm>\d\d)\.(?P<sy>\d\d)(?![\d.]))")
def _numeric(m: re.Match, ref: date | None):
    year = m.group("y") or m.group("hy") or m.group("dy") or m.group("sy")
    month = m.group("m") or m.group("hm") or m.group("dm") or m.group("sm")
    if (m.group("dm") or m.group("sm")) and re.search(r"(?i)\b(?:version|v|release|para(?:graph)?|section)\.?\s*$",
                                                       m.string[: m.start()]):
        return None  # a version's or a paragraph's number: "version 10.11.12" (review)
    try:
        d = date(_year2(year), int(month), int(m.group("day")))
    except ValueError:
        return None
    return d.isoformat(), d.isoformat(), "day"


#: Not a share after a month's two digits (``_month_year``).
_NO_SHARE = r"(?![.,]?\d|\s*(?:%|per\s*cent))"


#: ... and a year's two digits after an apostrophe: "Sep ‘19", "Apr ’20" (police set 36, a plan's delivery dashboard),
#: or glued on: "now estimated June18", "due to be handed over June18 now July18" (police set 40, a committee's
#: project report); not a share after a month: "Between October and December 71% of complaints were resolved"
#: (uk-council performance report: "December 2071"); a year's two digits only: "by March 2026.3.2 Financial
#: Implications" keeps its month (review)
@rule(r"\b" + _MOD + _MONTH + r"(?:[\s-]+(?:(?P<year>(?:19|20)\d\d)|['‘’]?(?P<yy>\d\d)" + _NO_SHARE
      + r")|(?P<glued>\d\d)" + _NO_SHARE + r")\b")
def _month_year(m: re.Match, ref: date | None):
    year = int(m.group("year")) if m.group("year") else _year2(m.group("yy") or m.group("glued"))
    month = MONTHS[m.group("month").lower()]
    start, end = _month_span(year, month)
    return start, end, "month"


def _fy_quarter(fy: int, q: int) -> tuple[str, str]:
    """Quarter ``q`` of the UK financial year starting April ``fy``: Q3 2024/25 is October-December 2024."""
    month = 3 * q + 1
    return _month_span(fy + (month > 12), (month - 1) % 12 + 1, (month - 1) % 12 + 3)


@rule(r"\b(?:Q(?P<q>[1-4])|quarter\s+(?P<q2>[1-4]|one|two|three|four)|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
      r"\s+quarter)(?:\s+of)?,?\s+(?:the\s+)?(?:financial\s+year\s+)?(?P<a>20\d\d)\s?[/-]\s?(?P<b>(?:20)?\d\d)\b")
def _quarter_of_financial_year(m: re.Match, ref: date | None):
    """"Quarter 3, 2024/25", "Q1 2025-26" (uk-council performance report); its number in words, "quarter two 2019/20"
    (police set 73s, a fire brigade's performance report)."""
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
             "one": 1, "two": 2, "three": 3, "four": 4}
    q2 = m.group("q2")
    q = int(m.group("q") or (q2 if q2 and q2.isdigit() else 0) or words[(q2 or m.group("qw")).lower()])
    start = int(m.group("a"))
    if _year2(m.group("b"), start) != start + 1:
        return None
    first, last = _fy_quarter(start, q)
    return first, last, "quarter"


@rule(r"\b(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?:\s+of)?\s+" + _YEAR
      + r"(?![/-]\d)")
def _quarter(m: re.Match, ref: date | None):
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
    q = int(m.group("q")) if m.group("q") else words[m.group("qw").lower()]
    start, end = _month_span(int(m.group("year")), 3 * q - 2, 3 * q)
    return start, end, "quarter"


@rule(r"\b(?:(?:the\s+)?(?:financial|fiscal)\s+year\s+|FY\s?)(?P<a>(?:20)?\d\d)\s?[/-]\s?(?P<b>(?:20)?\d\d)\b"
      r"|\b(?P<a2>20\d\d)\s?[/-]\s?(?P<b2>(?:20)?\d\d)\b"
      r"|\b(?P<a3>[0-3]\d)/(?P<b3>[0-3]\d)\b(?!/)")
def _financial_year(m: re.Match, ref: date | None):
    a, b = m.group("a") or m.group("a2") or m.group("a3"), m.group("b") or m.group("b2") or m.group("b3")
    start = _year2(a)
    end = _year2(b, start)
    if end != start + 1:
        if m.group("a2") and end > start + 1 and ("/" not in m.group(0) or len(b) == 4 or end <= start + 10):
            # "2019/2022", "2016-2030", "2025-29", "2021-36": a range of years; not an action's number, "Action
            # 2023/43" (wmp set 1, a governance board's notes)
            return f"{start}-01-01", f"{end}-12-31", "year"
        return None
    s, e = _fy(start)
    return s, e, "financial_year"


def _relative_season(rel: str, ref: date, m1: int, m2: int) -> int:
    """The year a season said against the paper starts in: "next" the first to start after the paper's month, "last"
    the last to end before it ("last winter" in February 2025 is 2023/24, review), "this" the one the paper's month is
    in, else the one ahead in its year ("this winter" in January 2025 is 2024/25, review)."""
    now = (ref.year, ref.month)

    def span(year: int) -> tuple[tuple[int, int], tuple[int, int]]:
        return (year, m1), (year + (m2 - 1) // 12, (m2 - 1) % 12 + 1)

    if rel == "next":
        return ref.year + (span(ref.year)[0] <= now)
    if rel == "last":
        return next(y for y in range(ref.year, ref.year - 3, -1) if span(y)[1] < now)
    return ref.year - 1 if span(ref.year - 1)[1] >= now else ref.year


#: The words after which a season without its year is still a time: function words, a pronoun, or a time's own noun
#: ("in the Autumn term", "over the winter months", "during the Spring cycle", "late summer and first installations",
#: "approved in the Autumn which is ...", "reported to the Autumn meeting of the Committee").
_SEASON_GOES_ON = frozenset(
    "and or but nor then so to of in on at by for from with upon after before following until when while whilst once "
    "if as than which who where whereas although though because since during into through over about due now yet "
    "onwards the a an this that these those next last we it they he she there you i will would is are was were be "
    "been has have had can could should may might must term terms months month cycle holidays holiday half period "
    "periods season break recess meeting meetings session sessions intake round timetable".split())
#: ... and a season said as a time, after a preposition of time or a word that places it: "will be brought to Cabinet
#: in the Autumn setting out the options", "to start in the summer subject to planning consent", "this summer ready
#: for tender", "Last winter saw record demand", "by late Spring enabling occupation", "completed by the summer, ahead
#: of the autumn uplift" (review)
_TIME_BEFORE = re.compile(r"(?i)\b(?:in|by|over|during|until|till|from|throughout|through|for|since|before|after|"
                          r"across|this|next|last|early|late|mid|end\s+of|start\s+of|ahead\s+of|prior\s+to)\s+(?:the\s+)?$")


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """A season without its year before a noun names a thing, not a time: "the Chancellor's Autumn Statement on 30th
    October 2024", "the Autumn Budget 2024", "eligible for Winter Fuel Payments", "Winter service, gritting and salt
    bins", "where Summer rate is lower than budgeted", "critical winter maintenance service", "Spring Grove ... Primary
    School" (uk-council papers: 13 such seasons, none a date). A capital season before a capital word names a thing
    even after a preposition ("in the Autumn Statement"); any other season after one is a time (``_TIME_BEFORE``). The
    next word is on the same line: "Phase 1: Spring\nPhase 2: Autumn" (review)."""
    word = re.match(r"[ \t]+([A-Za-z][\w-]*)", text[end:])
    if not word or word.group(1).lower() in _SEASON_GOES_ON:
        return False
    season = text[start:end].split()[-1]
    if season[0].isupper() and word.group(1)[0].isupper():
        return True
    return not _TIME_BEFORE.search(text[max(0, start - 20) : start])


# "fall" is a season only with its year: "The fall is mainly driven by ... repayments" (uk-council
# economic context) is a drop
# ... and one said against the paper's date: "the Council would need to start borrowing next Summer" (council set 35,
# a June paper: the summer after), "last winter" (the one ended before the paper), "this spring"
@rule(r"\b" + _MOD + r"(?:(?P<rel>next|last|this)\s+|the\s+)?(?P<season>spring|summer|autumn|"
      r"fall(?=\s+(?:of\s+)?(?:19|20)\d\d)|winter)(?:\s+(?:of\s+)?" + _YEAR + r")?\b")
def _season(m: re.Match, ref: date | None):
    year = int(m.group("year")) if m.group("year") else (ref.year if ref else None)
    if year is None or (not (m.group("year") or m.group("rel") or m.group("mod"))
                        and _names_a_thing(m.string, m.start(), m.end())):
        return None
    m1, m2 = _SEASONS[m.group("season").lower()]
    rel = (m.group("rel") or "").lower()
    if rel and ref and not m.group("year"):
        year = _relative_season(rel, ref, m1, m2)
    m1, m2 = _modifier_span(m.group("mod"), year, m1, m2)
    start, end = _month_span(year, m1, m2)
    return start, end, "season"


@rule(r"\b" + _MOD + r"(?P<q>Q[1-4]|quarter [1-4])\b(?!\s+(?:of\s+)?(?:19|20)\d\d)")
def _bare_quarter(m: re.Match, ref: date | None):
    """A quarter without its year is one of the financial year of the paper, as public bodies count
    them: "The Quarter 3 QPR" in March 2025 is October-December 2024 (uk-council performance report)."""
    if ref is None:
        return None
    fy = ref.year if ref.month >= 4 else ref.year - 1
    start, end = _fy_quarter(fy, int(m.group("q")[-1]))
    return start, end, "quarter"


@rule(r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this|the\s+current)\s+financial\s+year\b")
def _end_of_financial_year(m: re.Match, ref: date | None):
    """"by the end of the financial year": its last month, March (case: tests/test_extract.py)."""
    if ref is None:
        return None
    fy_end = ref.year + 1 if ref.month >= 4 else ref.year
    start, end = _month_span(fy_end, 3)
    return start, end, "month"


@rule(r"\b(?P<rel>this|last|next|the previous|the coming|the past)\s+(?P<unit>month|quarter|year|financial year)\b")
def _relative(m: re.Match, ref: date | None):
    if ref is None:
        return None
    rel, unit = m.group("rel").lower(), m.group("unit").lower()
    step = {"this": 0, "last": -1, "the previous": -1, "the past": -1, "next": 1, "the coming": 1}[rel]
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + step
        start, end = _month_span(index // 12, index % 12 + 1)
        return start, end, "month"
    if unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + step
        y, q = index // 4, index % 4 + 1
        start, end = _month_span(y, 3 * q - 2, 3 * q)
        return start, end, "quarter"
    if unit == "year" and rel in ("the coming", "the past"):
        # twelve months from the paper on, or up to it: "will review rural speed limits in the coming year" in February
        # 2025 is March 2025 to February 2026, neither calendar year alone (review)
        first = ref.year * 12 + ref.month - 1 + (1 if step > 0 else -12)
        return _month_span(first // 12, first % 12 + 1, first % 12 + 12) + ("year",)
    if unit == "year":
        y = ref.year + step
        return f"{y}-01-01", f"{y}-12-31", "year"
    fy = (ref.year if ref.month >= 4 else ref.year - 1) + step
    s, e = _fy(fy)
    return s, e, "financial_year"


#: A time ago: "11 months ago, the force was in a period of instability" (police set 24, a panel's minutes; annotated
#: as an event of the month, not as a count of months; tests/test_extract.py::test_dates_resolve_against_meeting).
#: A number word may be a compound: "twenty-five years ago".
_NUMBER_WORD = "(?:" + "|".join(sorted(number_words(), key=len, reverse=True)) + ")"
_AGO = (r"(?<![\w-])(?P<n>\d{1,2}|one|an?|" + _NUMBER_WORD + r"(?:-" + _NUMBER_WORD + r")?)"
        r"\s+(?P<unit>month|year)s?\s+ago\b")
#: ... but no date when it is only roughly said: "adopted more than 10 years ago, in December 2014" (review).
_ROUGHLY = re.compile(r"(?i)\b(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|less\s+than|up\s+to)\s+$")


@rule(_AGO)
def _ago(m: re.Match, ref: date | None):
    if ref is None or _ROUGHLY.search(m.string, 0, m.start()):
        return None
    words = m.group("n").lower().split("-")
    n = sum(int(w) if w.isdigit() else number_words().get(w, 1) for w in words)
    if m.group("unit").lower() == "year":
        return f"{ref.year - n}-01-01", f"{ref.year - n}-12-31", "year"
    index = ref.year * 12 + ref.month - 1 - n
    start, end = _month_span(index // 12, index % 12 + 1)
    return start, end, "month"


@rule(r"\b(?:just\s+(?:commenced|started|begun|launched)|recently\s+(?:commenced|started|launched))\b")
def _just_now(m: re.Match, ref: date | None):
    if ref is None:
        return None
    start, end = _month_span(ref.year, ref.month)
    return start, end, "month"


@rule(r"\b(?:shortly|in the coming (?:weeks|months)|in the next few (?:weeks|months))\b")
def _shortly(m: re.Match, ref: date | None):
    if ref is None:
        return None
    start, end = _month_span(ref.year, ref.month, ref.month + 3)
    return start, end, "quarter"


@rule(r"\b(?:in\s+)?the\s+new\s+year\b")
def _new_year(m: re.Match, ref: date | None):
    if ref is None:
        return None
    y = ref.year + 1 if ref.month >= 3 else ref.year
    start, end = _month_span(y, 1, 3)
    return start, end, "quarter"


@rule(r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year\b")
def _end_of_year(m: re.Match, ref: date | None):
    if ref is None:
        return None
    start, end = _month_span(ref.year, 12)
    return start, end, "month"


@rule(r"\blater\s+this\s+year\b")
def _later_this_year(m: re.Match, ref: date | None):
    if ref is None:
        return None
    start, end = _month_span(ref.year, min(12, ref.month + 1), 12)
    return start, end, "month"


# ... after a preposition, as a time: "by Christmas 2025"; not a name, "The Christmas Campaign had been successful"
@rule(r"\b(?:by|before|after|until|till|over|at|from|since|for)\s+(?:the\s+)?Christmas"
      r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+(?-i:[A-Z]))")
def _christmas(m: re.Match, ref: date | None):
    """"by Christmas 2025": December (case: tests/test_extract.py, a police and crime panel's minutes)."""
    year = int(m.group("year")) if m.group("year") else (ref.year if ref else None)
    if year is None:
        return None
    start, end = _month_span(year, 12)
    return start, end, "month"


#: ... not a month that comes round every year: "A separate annual pay award is made in April of each year" (kent set
#: 23, a pay policy statement; tests/test_extract.py)
@rule(r"\b(?<!\beach )(?<!\bevery )" + _MOD + _MONTH + r"\b(?!\s*[-\s]\s*\d(?![\d.]*\s*(?:%|per\s*cent)))"
      r"(?! (?:of |in )?(?:each|every) year)")
def _bare_month(m: re.Match, ref: date | None):
    month = MONTHS[m.group("month").lower().rstrip(".")]
    paired = _PAIRED.match(m.string, m.end())
    if paired and MONTHS[paired.group("next").lower().rstrip(".")] == month:
        paired = None  # a month is not paired with itself: "opened in June and June 2026 will mark ..." (review)
    if paired:  # the year of the month it is paired with, the year before for a month later in the year
        year = int(paired.group("year")) - (month > MONTHS[paired.group("next").lower().rstrip(".")])
    elif ref is None or m.group("month").lower() in ("may", "mar"):  # "may" is usually the verb
        return None
    else:
        year = _nearest_year(ref, month)
    start, end = _month_span(year, month)
    return start, end, "month"


#: ... and a month paired with the next one and its year takes that year: "occupation in September / October 2026"
#: (council set 32, a regeneration board's minutes), "between March and April 2025", "from December to January 2025"
#: (December 2024; tests/test_benefits_milestones.py)
_PAIRED = re.compile(r"\s*(?:/|-|–|—|and|or|to|&)\s*" + _MONTH.replace("(?P<month>", "(?P<next>") + r",?\s+"
                     + _YEAR + r"\b")


def year_follows(text: str, end: int) -> bool:
    """Whether the month ending at ``end`` takes its year from the month paired with it (``_PAIRED``)."""
    return bool(_PAIRED.match(text, end))


_YEAR_CONTEXT = re.compile(r"(?:\b(?:in|by|since|from|until|till|to|during|of|before|after|and|or|early|late|"
                           r"mid|end|start|beginning|for|throughout|through|spring|summer|autumn|winter)|[(,–-])\s*$",
                           re.I)


#: A count's span: "numbers from 1930 to 2030", "headcount will rise from 1930 to 2030" (police set 69s, a panel's
#: minutes; tests/test_extract.py::test_numbers_that_are_not_dates).
_COUNT_FROM = re.compile(r"\b(?:numbers?|headcount|strength|establishment)\s+(?:(?:will\s+|would\s+)?(?:rise|grow|"
                         r"increase|fall|go|move)\s+)?from\s+(?:(?P<first>(?:19|20)\d\d)\s+to\s+)?$", re.I)


def _counted_span(text: str, start: int, end: int, year: int) -> bool:
    """Both ends of a count's "from X to Y" after a count's noun, the span too long for years (more than 20): not
    "officer numbers from 2020 to 2023", nor "the new Custody Staffing Establishment from 2024 was agreed" (review)."""
    m = _COUNT_FROM.search(text, max(0, start - 80), start)
    if not m:
        return False
    if m.group("first"):
        return year - int(m.group("first")) > 20
    other = re.match(r"\s+to\s+((?:19|20)\d\d)\b", text[end:])
    return bool(other) and int(other.group(1)) - year > 20


#: ... not a decade: "the large number of 1960’s and 1970’s built leisure centres" (council set 10)
@rule(r"\b" + _MOD + r"(?P<year>(?:19|20)\d\d)\b(?![/%£]|\s*(?:per\s*cent|%)|(?<=0)[’']s\b)")
def _year(m: re.Match, ref: date | None):
    year = int(m.group("year"))
    if not 1900 <= year <= 2060:  # "undertaken at this scale in 1974" (gold-kent LGR report)
        return None
    before = m.string[: m.start()]
    if not m.group("mod") and not _YEAR_CONTEXT.search(before) and before.strip():
        return None  # "WMP 2020 projects", "2000 colleagues": a name or a number, not a year
    if _counted_span(m.string, m.start(), m.end(), year) \
            or (not m.group("mod") and in_count_list(before, m.string[m.end():])):
        return None  # a count that looks like a year: "take officer numbers from 1930 to 2030" (police set 69s)
    if re.search(r"\bAct\s*\(\s*$", before):  # a statute's year in brackets: "The Police Reform and Social
        return None  # Responsibility Act (2011) places a duty" (police set 45, a commissioner's annual report)
    mod = m.group("mod")
    if mod:
        m1, m2 = _modifier_span(mod, year, 1, 12)
        start, end = _month_span(year, m1, m2)
        return start, end, "month" if m1 == m2 else "quarter"
    return f"{year}-01-01", f"{year}-12-31", "year"


def written_on(texts: Iterable[str]) -> str | None:
    """When a paper with no meeting date was written, as near as its own dates tell: the latest full date of the year
    it writes most often ("the 2016 report ... approved on 1 October 2016"), or None. Milestones are past or planned
    against it (council and police web texts with no meeting date: 7 statuses more agree with the annotators over every
    held-out set, none fewer), and its yearless dates are read against it (12 milestones more right over the web sets,
    6 more wrong; tests/test_extract.py)."""
    days = [d.date_start for text in texts for d in find_dates(text) if d.precision == "day"]
    if not days:
        return None
    year = Counter(day[:4] for day in days).most_common(1)[0][0]
    return max(day for day in days if day.startswith(year))


def find_dates(text: str, meeting: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, longest first where they overlap, in text order."""
    ref = _meeting(meeting)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in _RULES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = resolve(m, ref)
            if resolved is None:
                continue
            start, end, precision = resolved
            found.append(DateMention(m.start(), m.end(), m.group(0), start, end, precision))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)
