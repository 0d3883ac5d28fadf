"""Scoring extracted facts against gold annotations: the rules of ``../shared/gold/README.md``.

Pure functions over plain dicts: one gold JSON file and the facts the database holds for the
matching paper (as ``boardkb.db.evaluation.facts_by_document`` loads them). Each category gives
recall (gold items found / gold items), precision (extracted items counted right / extracted
items), the gold items missed and the extracted items counted wrong. Projects and metrics are
right when they match some gold item; milestones and benefits only when they are the one paired
with a gold item (one-to-one precision: the same promise stored twice is once right, once wrong).
"""

from __future__ import annotations

import difflib
import math
import re
from calendar import monthrange
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import lru_cache

from .names import normalise

CATEGORIES = ("metadata", "projects", "milestones", "metrics", "benefits")
METADATA_FIELDS = ("board", "meeting_date", "title", "presenter")
AGREEMENT = {"milestones": "status", "benefits": "kind"}  # what agreement is reported beside

NAME_RATIO = 0.85
TITLE_RATIO = 0.85
VALUE_TOLERANCE = 0.005  # relative
MILESTONE_OVERLAP = Fraction(3, 10)  # exact: 0.3 * 10 is 3.0000000000000004 in floats
BENEFIT_OVERLAP = Fraction(1, 2)

STOP_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves also per via within upon across already yet us may might
must shall
""".split())

PERCENT_UNITS = frozenset({"percent", "per cent", "%", "pct", "percentage", "percentage points", "pp"})
POUND_UNITS = frozenset({"gbp", "£", "pound", "pounds"})
PENCE_UNITS = frozenset({"pence", "p"})

ACHIEVED_STATUSES = frozenset({"achieved"})  # every other status (planned, on target, slipped) is planned-side


@dataclass
class CategoryScore:
    """One category's score for one paper, or summed over papers."""

    category: str
    found: int = 0
    total: int = 0
    matched: int = 0
    extracted: int = 0
    misses: list[dict] = field(default_factory=list)
    unmatched: list[dict] = field(default_factory=list)
    agreed: int = 0
    pairs: int = 0
    #: per extracted item, in order: does it count as right for precision (empty in aggregates)
    right: list[bool] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.found / self.total if self.total else None

    @property
    def precision(self) -> float | None:
        return self.matched / self.extracted if self.extracted else None

    @property
    def agreement(self) -> float | None:
        """Share of matched pairs whose status (milestones) or kind (benefits) agrees."""
        return self.agreed / self.pairs if self.pairs else None


@dataclass
class DocumentScore:
    """The score of one gold file; ``source_path`` is None when no ingested paper matches it."""

    file: str
    source_path: str | None
    categories: dict[str, CategoryScore]

    @property
    def ingested(self) -> bool:
        return self.source_path is not None


# --- words, names, numbers, dates -------------------------------------------------------------

def words(text: str | None) -> set[str]:
    """The normalised words of a text (lower case, punctuation dropped)."""
    return set(normalise(text or "").split())


@lru_cache(maxsize=16384)
def content_words(text: str | None) -> frozenset[str]:
    """Words with stop words aside (cached: each quote is compared with many)."""
    return frozenset(words(text) - STOP_WORDS)


def covers(gold_text: str | None, text: str | None, share: Fraction) -> bool:
    """At least ``share`` of the gold text's content words appear in ``text``."""
    gold = content_words(gold_text)
    return bool(gold) and len(gold & content_words(text)) >= share * len(gold)


def name_set(names: Iterable[str | None]) -> set[str]:
    return {n for n in (normalise(x) for x in names if x) if n}


@lru_cache(maxsize=65536)
def similar_names(x: str, y: str) -> bool:
    """difflib ratio of two normalised names >= 0.85 (cached: projects compare many times)."""
    matcher = difflib.SequenceMatcher(None, x, y)
    return matcher.real_quick_ratio() >= NAME_RATIO and matcher.ratio() >= NAME_RATIO


def names_match(a: set[str], b: set[str]) -> bool:
    """Two sets of normalised names share one, or have a pair with difflib ratio >= 0.85."""
    if a & b:
        return True
    return any(similar_names(x, y) for x in a for y in b)


def comparable(value: float, unit: str | None) -> tuple[str, float]:
    """``(unit class, absolute value)``: classes percent, money (in pounds; pence convert), other."""
    u = (unit or "").strip().lower()
    if u in PENCE_UNITS:
        return "money", abs(value) / 100
    if u in POUND_UNITS:
        return "money", abs(value)
    if u in PERCENT_UNITS:
        return "percent", abs(value)
    return "other", abs(value)


def same_amount(a: tuple[str, float], b: tuple[str, float], *, exact: bool = False) -> bool:
    """Same unit class and value within 0.5% (relative; zero only equals zero)."""
    if a[0] != b[0]:
        return False
    if exact:
        return a[1] == b[1]
    return math.isclose(a[1], b[1], rel_tol=VALUE_TOLERANCE, abs_tol=0.0)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_FINANCIAL_YEAR = re.compile(r"^(?:FY\s*(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})|(\d{4})\s*/\s*(\d{2}|\d{4}))$",
                             re.IGNORECASE)


def _financial_year(first: str, second: str) -> tuple[date, date] | None:
    start = int(first) + (2000 if len(first) == 2 else 0)
    if int(second) % 100 != (start + 1) % 100:
        return None
    return date(start, 4, 1), date(start + 1, 3, 31)


def date_span(text: str | None) -> tuple[date, date] | None:
    """The days a date covers: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY-Qn``, ``YYYY``, or a UK financial
    year (``FY2022/23``, ``FY22/23``, ``2022/23``: 1 April 2022 to 31 March 2023). None if unreadable."""
    text = (text or "").strip()
    try:
        if m := _DAY.match(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, monthrange(year, month)[1])
        if m := _QUARTER.match(text):
            year, first = int(m[1]), 3 * int(m[2]) - 2
            return date(year, first, 1), date(year, first + 2, monthrange(year, first + 2)[1])
        if m := _YEAR.match(text):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _FINANCIAL_YEAR.match(text):
            return _financial_year(m[1], m[2]) if m[1] else _financial_year(m[3], m[4])
    except ValueError:  # month 13, 30 February, ...
        return None
    return None


def extracted_span(start: str | None, end: str | None) -> tuple[date, date] | None:
    """An extracted milestone's ``date_start``..``date_end`` (an open end is the start's span)."""
    first = date_span(start)
    last = date_span(end) if end else first
    if first is None or last is None:
        return None
    return first[0], last[1]


def overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


# --- one-to-one matching ----------------------------------------------------------------------

Accepts = Callable[[int, int], bool]  # (gold index, extracted index) -> match?


def _augment(start: int, adjacent: list[list[int]], gold_of: dict[int, int], extracted_of: dict[int, int]) -> bool:
    """Match gold item ``start`` along the shortest alternating path (breadth first) that ends in a
    free extracted item, re-pairing the gold items on the way; False if there is none."""
    reached_from: dict[int, int] = {}  # extracted index -> the gold index it was reached from
    queue = deque([start])
    while queue:
        g = queue.popleft()
        for e in adjacent[g]:
            if e in reached_from:
                continue
            reached_from[e] = g
            if e not in gold_of:
                while e is not None:  # flip the path back to start
                    g = reached_from[e]
                    previous = extracted_of.get(g)
                    gold_of[e], extracted_of[g] = g, e
                    e = previous
                return True
            queue.append(gold_of[e])
    return False


def pair_greedily(n_gold: int, n_extracted: int, passes: Iterable[Accepts]) -> list[tuple[int, int]]:
    """One-to-one matching with as many pairs as the passes allow. Each pass, in order, adds the
    pairs it accepts and extends the matching by augmenting paths (a gold item matched stays
    matched, though it may move to another extracted item it accepts); within a pass earlier
    extracted items are preferred. Returns (gold index, extracted index) pairs, by gold index."""
    adjacent: list[list[int]] = [[] for _ in range(n_gold)]
    gold_of: dict[int, int] = {}
    extracted_of: dict[int, int] = {}
    for accepts in passes:
        for g in range(n_gold):
            known = set(adjacent[g])
            adjacent[g] += [e for e in range(n_extracted) if e not in known and accepts(g, e)]
        for g in range(n_gold):
            if g not in extracted_of:
                _augment(g, adjacent, gold_of, extracted_of)
    return sorted(extracted_of.items())


def _score(category: str, gold: list[dict], extracted: list[dict], found: set[int],
           useful: list[bool]) -> CategoryScore:
    return CategoryScore(
        category,
        found=len(found), total=len(gold),
        matched=sum(useful), extracted=len(extracted),
        misses=[item for g, item in enumerate(gold) if g not in found],
        unmatched=[item for item, ok in zip(extracted, useful, strict=True) if not ok],
        right=list(useful),
    )


# --- the categories ---------------------------------------------------------------------------

def metadata_field_correct(name: str, gold: str, value: str | None) -> bool:
    """The README's rule for one document field (the gold value is not null)."""
    if not value:
        return False
    if name == "meeting_date":
        return value.strip().startswith(gold.strip())
    a, b = normalise(gold), normalise(value)
    if name == "board":
        return bool(a and b) and (a in b or b in a)
    if name == "title":
        return difflib.SequenceMatcher(None, a, b).ratio() >= TITLE_RATIO
    if name == "presenter":
        x, y = set(a.split()), set(b.split())
        shorter = min(len(x), len(y))
        return shorter > 0 and 2 * len(x & y) >= shorter
    raise ValueError(f"unknown document field {name!r}; expected one of {', '.join(METADATA_FIELDS)}")


def score_metadata(gold: dict, document: dict) -> CategoryScore:
    """Fields correct / fields the gold scores (non-null); precision over the scored fields the
    database fills. A field the gold leaves null is not scored at all."""
    score = CategoryScore("metadata")
    for name in METADATA_FIELDS:
        expected = gold.get(name)
        if expected is None:
            continue
        value = document.get(name)
        ok = metadata_field_correct(name, expected, value)
        score.total += 1
        score.found += ok
        score.extracted += value is not None
        score.matched += ok
        item = {"field": name, "gold": expected, "extracted": value}
        if not ok:
            score.misses.append(item)
            if value is not None:
                score.unmatched.append(item)
    return score


def project_names(project: dict) -> set[str]:
    """A project's normalised name and aliases."""
    return name_set([project.get("name"), *(project.get("aliases") or [])])


def score_projects(gold: list[dict], projects: list[dict]) -> CategoryScore:
    """Not one-to-one: a gold project is found by any matching mentioned project, and a mentioned
    project is correct when it matches any gold project."""
    gold_names = [project_names(p) for p in gold]
    names = [project_names(p) for p in projects]
    match = [[names_match(gn, n) for n in names] for gn in gold_names]
    found = {g for g, row in enumerate(match) if any(row)}
    useful = [any(row[e] for row in match) for e in range(len(projects))]
    return _score("projects", gold, projects, found, useful)


def _amount(value: float | None, unit: str | None) -> tuple[str, float] | None:
    return None if value is None else comparable(float(value), unit)


def score_metrics(gold: list[dict], gold_benefits: list[dict], metrics: list[dict]) -> CategoryScore:
    """One-to-one on value and unit class, exact values paired first; precision against every gold
    metric and gold benefit amount of the paper."""
    gold_amounts = [_amount(m.get("value"), m.get("unit")) for m in gold]
    amounts = [_amount(m.get("value"), m.get("unit")) for m in metrics]
    targets = [a for a in gold_amounts if a is not None]
    targets += [a for b in gold_benefits if (a := _amount(b.get("amount"), b.get("unit"))) is not None]

    def accepts(exact: bool) -> Accepts:
        def test(g: int, e: int) -> bool:
            a, b = gold_amounts[g], amounts[e]
            return a is not None and b is not None and same_amount(a, b, exact=exact)
        return test

    pairs = pair_greedily(len(gold), len(metrics), [accepts(True), accepts(False)])
    useful = [a is not None and any(same_amount(t, a) for t in targets) for a in amounts]
    return _score("metrics", gold, metrics, {g for g, _ in pairs}, useful)


def _gold_project_names(project: str | None, gold_projects: list[dict]) -> set[str]:
    """A gold milestone's project with the aliases the gold gives that project."""
    names = name_set([project])
    for p in gold_projects:
        if names & project_names(p):
            return names | project_names(p)
    return names


def status_side(status: str | None) -> str | None:
    """achieved, or planned for every other status (planned, on target, slipped)."""
    if not status or not status.strip():
        return None
    return "achieved" if status.strip().lower() in ACHIEVED_STATUSES else "planned"


def _agree(a: str | None, b: str | None) -> bool:
    return a is not None and a == b


def score_milestones(gold: list[dict], gold_projects: list[dict], milestones: list[dict]) -> CategoryScore:
    """One-to-one: overlapping dates and (30% of the gold quote's or event's words, or the same
    project); pairs on words are made before pairs on the project alone. Precision is one-to-one:
    only the extracted milestone paired with a gold one is right."""
    gold_spans = [date_span(m.get("date")) for m in gold]
    gold_projs = [_gold_project_names(m.get("project"), gold_projects) for m in gold]
    spans = [extracted_span(m.get("date_start"), m.get("date_end")) for m in milestones]
    projs = [name_set([m.get("project"), *(m.get("project_aliases") or [])]) for m in milestones]

    def by_text(g: int, e: int) -> bool:
        return overlaps(gold_spans[g], spans[e]) and any(
            covers(gold_text, text, MILESTONE_OVERLAP)
            for gold_text in (gold[g].get("quote"), gold[g].get("event"))
            for text in (milestones[e].get("quote"), milestones[e].get("event"))
        )

    def by_project(g: int, e: int) -> bool:
        return (overlaps(gold_spans[g], spans[e]) and bool(gold_projs[g] and projs[e])
                and names_match(gold_projs[g], projs[e]))

    pairs = pair_greedily(len(gold), len(milestones), [by_text, by_project])
    paired = {e for _, e in pairs}
    useful = [e in paired for e in range(len(milestones))]  # one-to-one precision: a duplicate is wrong
    score = _score("milestones", gold, milestones, {g for g, _ in pairs}, useful)
    score.pairs = len(pairs)
    score.agreed = sum(_agree(status_side(gold[g].get("status")), status_side(milestones[e].get("status")))
                       for g, e in pairs)
    return score


def _kind(kind: str | None) -> str | None:
    return normalise(kind) or None if kind else None


def score_benefits(gold: list[dict], benefits: list[dict]) -> CategoryScore:
    """One-to-one: a gold amount by amount and unit class (exact values paired first), a gold
    benefit without one by half the gold quote's words appearing in the extracted quote. Precision
    is one-to-one: only the extracted benefit paired with a gold one is right."""
    gold_amounts = [_amount(b.get("amount"), b.get("unit")) for b in gold]
    amounts = [_amount(b.get("amount"), b.get("unit")) for b in benefits]

    def accepts(exact: bool) -> Accepts:
        def test(g: int, e: int) -> bool:
            target, amount = gold_amounts[g], amounts[e]
            if target is None:
                return covers(gold[g].get("quote"), benefits[e].get("quote"), BENEFIT_OVERLAP)
            return amount is not None and same_amount(target, amount, exact=exact)
        return test

    pairs = pair_greedily(len(gold), len(benefits), [accepts(True), accepts(False)])
    paired = {e for _, e in pairs}
    useful = [e in paired for e in range(len(benefits))]  # one-to-one precision: a duplicate is wrong
    score = _score("benefits", gold, benefits, {g for g, _ in pairs}, useful)
    score.pairs = len(pairs)
    score.agreed = sum(_agree(_kind(gold[g].get("kind")), _kind(benefits[e].get("kind"))) for g, e in pairs)
    return score


EMPTY_FACTS: dict = {"document": {}, "projects": [], "milestones": [], "metrics": [], "benefits": []}


def score_document(gold: dict, facts: dict | None, source_path: str | None = None) -> DocumentScore:
    """Score one paper's facts against its gold file; ``facts`` None: the paper is not ingested
    (every gold item missed)."""
    f = facts if facts is not None else EMPTY_FACTS
    gold_projects = gold.get("projects") or []
    categories = [
        score_metadata(gold.get("document") or {}, f["document"]),
        score_projects(gold_projects, f["projects"]),
        score_milestones(gold.get("milestones") or [], gold_projects, f["milestones"]),
        score_metrics(gold.get("metrics") or [], gold.get("benefits") or [], f["metrics"]),
        score_benefits(gold.get("benefits") or [], f["benefits"]),
    ]
    return DocumentScore(gold.get("file", ""), source_path if facts is not None else None,
                         {c.category: c for c in categories})


def overall(scores: Iterable[DocumentScore]) -> dict[str, CategoryScore]:
    """Micro aggregate: counts summed over documents (the lists are left empty)."""
    total = {c: CategoryScore(c) for c in CATEGORIES}
    for doc in scores:
        for c, s in doc.categories.items():
            t = total[c]
            t.found += s.found
            t.total += s.total
            t.matched += s.matched
            t.extracted += s.extracted
            t.agreed += s.agreed
            t.pairs += s.pairs
    return total


# --- text report ------------------------------------------------------------------------------

def _ratio(n: int, d: int, share: float | None) -> str:
    return f"{n:>5}/{d:<5} {'—' if share is None else f'{100 * share:5.1f}%':>6}"


def score_table(categories: dict[str, CategoryScore]) -> list[str]:
    """Rows of recall, precision and agreement per category."""
    lines = [f"  {'category':<11} {'recall (found/gold)':<19}  {'precision (ok/extr.)':<20}  agreement"]
    for c in CATEGORIES:
        s = categories[c]
        agree = ""
        if c in AGREEMENT:
            agree = f"{AGREEMENT[c]} " + ("—" if s.agreement is None else
                                          f"{s.agreed}/{s.pairs} {100 * s.agreement:.1f}%")
        lines.append(f"  {c:<11} {_ratio(s.found, s.total, s.recall):<19}  "
                     f"{_ratio(s.matched, s.extracted, s.precision):<20}  {agree}".rstrip())
    return lines


def shorten(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"


def describe(category: str, item: dict, *, gold: bool) -> str:
    """One line for a missed gold item or an unmatched extracted one."""
    project = f"[{item['project']}] " if item.get("project") else ""
    if category == "metadata":
        return f"{item['field']}: gold {item['gold']!r}, extracted {item['extracted']!r}"
    if category == "projects":
        aliases = ", ".join(a for a in item.get("aliases") or [] if a != item.get("name"))
        return shorten(item.get("name", "") + (f" (aka {aliases})" if aliases else ""), 110)
    if category == "milestones":
        when = item.get("date") if gold else f"{item.get('date_start')}..{item.get('date_end')}"
        return (f"{when} {item.get('status') or '?'} {project}{shorten(item.get('event'), 50)}"
                f" — “{shorten(item.get('quote'), 60)}”")
    if category == "metrics":
        return (f"{_number(item.get('value'))} {item.get('unit') or '(no unit)'} {project}"
                f"{shorten(item.get('subject'), 45)} — “{shorten(item.get('quote'), 60)}”")
    if category == "benefits":
        amount = ""
        if item.get("amount") is not None:
            amount = f"{_number(item['amount'])} {item.get('unit') or ''}".rstrip() + " "
        return (f"{item.get('kind') or '?'} {amount}{project}{shorten(item.get('description'), 45)}"
                f" — “{shorten(item.get('quote'), 60)}”")
    raise ValueError(f"unknown category {category!r}; expected one of {', '.join(CATEGORIES)}")
