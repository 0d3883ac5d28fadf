"""Where papers name projects: one function per discovery strategy, each proposing candidate
names from one passage. ``boardkb.extract.project_filters`` then drops what is not a project
and ``boardkb.extract.projects`` merges the rest into one record per project.

Strategies (the ``rule`` each candidate carries, prefixed ``project.`` on its facts):
- ``acronym``: "Data Driven Insights (DDI)", "DDI (Data Driven Insights)";
- ``camel``: "ControlWorks", "WMNow";
- ``named``: "the system (Niche)", a quoted name ('Op Inscription');
- ``keyword``: Title Case words ending in a delivery word ("Recruitment Ambassador Programme",
  "Uplift project");
- ``heading``: lettered, numbered and short upper-case sub-headings;
- ``lead-in``: "Name: ..." at the start of a list item or paragraph;
- ``status-table``: "Name - ..." in a cell of a status table (✓/□ marks by stage);
- ``list``: "projects like A, B and C";
- ``kind-list``: "the A, B and C projects", items of any case;
- ``intro-list``: "... four key workstreams, namely:" and its items, a passage each or one to a semicolon;
- ``costed``: "Stockton Rewire £40k - Scheme deferred": a passage's opening name, sum and kind;
- ``updated``: "an update report ... on the Investigative Hub";
- ``table``: the row labels of project, benefit and status tables.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from ..ingest.links import link_item_number
from ..ingest.records import Document, Passage
from .names import SMALL_WORDS as _SMALL
from .names import is_period, serial_list, shaped_like_a_name
from .table_facts import index_columns
from .vocab import words

# a full stop only inside a word ("St.John"), never ending one: "in Kent. This Plan" is two sentences.
# One path to each end: "[A-Z0-9]{2,}[\w+&-]*" and "\d+[\w/]*" match the same spans in the same order, but
# by many paths each, and backtracking over them made an upper-case heading cost half a second.
#: ... not the digits inside a figure: "£18,000 – Desktop Replacement" named "000 – Desktop Replacement" (police set
#: 60s); after a list's number and its stop they may start one: "1.21st Century Schools Programme" (review)
_TITLE_WORD = (r"(?:[A-Z](?:[\w’'+&-]|\.(?=\w))*|(?<![\d£$€])(?<!\d,)(?:[A-Z0-9]{2}[\w+&-]*|\d[\w/]*)"
               r"|(?<![\w’'-])[a-z][A-Z0-9][\w+&-]*)")
#: ... "a" and "by" between words: "Making a Difference Everyday (MADE) strategy" (uk-council performance report),
#: "the Digital by Design programme" (council set 15, a council's decision; both tests/test_projects.py); and a
#: slash between words: "Entry/Exit System" (uk-council County Council minutes of 19 December), "SICCS/Cortex
#: System" (police set 12; tests/test_projects.py)
_JOINER = r"(?:\s+(?:of|and|for|the|to|in|on|a|an|by|&|-|–)\s+|\s+|-|(?<=[A-Za-z])/(?=[A-Z][a-z]))"
_TITLE_PHRASE = _TITLE_WORD + r"(?:" + _JOINER + _TITLE_WORD + r"){0,7}"
_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&+/ -]{1,10})\)")
#: ... spaced, before an acronym whose letters check it: "Entry / Exit System (EES)" (uk-council Cabinet minutes of 9
#: January); a list of names is not one: "Fleet Strategy / Estates Strategy" (tests/test_projects.py)
#: ... and a joining word with its article, which the acronym's letters then check: "Customer First in a Digital Age
#: (CFDA)" (council set 40, a committee's decision page; tests/test_projects.py)
_SPACED_PHRASE = (_TITLE_WORD + r"(?:" + _JOINER[:-1] + r"|(?<=[a-z]) / (?=[A-Z][a-z])"
                  r"|\s+(?:of|and|for|to|in|on|by)\s+(?:the|a|an)\s+)" + _TITLE_WORD + r"){0,7}")
_NAME_BEFORE = re.compile(r"(?P<name>" + _SPACED_PHRASE + r"(?:,\s+" + _TITLE_PHRASE + r")*)\s+$")
STATUS_MARK = re.compile(r"^[✓✔□☐■✗✘x]\s*", re.I)
_LEAD_IN = re.compile(
    r"^(?P<name>[‘'\"“]?[A-Z][\w’'+&./ -]{1,60}?[’'\"”]?)\s*(?::|\s[-–—]\s|[-–—]\s|\s[-–—](?=[A-Za-z]))\s*\S"
)
_REVERSE_DEF = re.compile(r"\b(?P<acr>[A-Z][A-Z0-9&+]{1,9})\s+\((?P<name>[A-Z][^()]{3,60})\)")
_NAMED_SYSTEM = re.compile(
    r"\b(?:system|tool|platform|portal|application|app|solution|framework|model)\s+\((?P<name>[A-Z][^()]{1,30})\)"
)
#: ... or "called" so: "replace these old systems with one integrated system, called iOPS" (police set 20, an
#: inspection report), "a new records management system called Athena" (police set 17).
_CALLED = re.compile(r"\b(?:system|programme|project|platform|solution|tool|app|application|initiative|pilot)s?,?\s+"
                     r"(?:called|named|known\s+as)\s+(?P<name>(?=\w*[A-Z])[A-Za-z][\w&+-]*"
                     r"(?:[ \t]+(?!(?:The|This|It|In|On|At|By|For|To|Of|And|A|An)\b)[A-Z][\w&+-]*){0,3})")
_QUOTED = re.compile(r"[‘'\"“](?P<name>[A-Z][\w&+-]*(?:\s+[\w&+-]+){0,5})[’'\"”]")
_CAMEL = re.compile(r"(?<![\w-])(?!Mc|Mac)(?:[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[a-z]{2,}[A-Za-z]*)(?![\w-])")
_LIST_INTRO = re.compile(r"\b(?:like|including|includes|such as|namely)\s+(?:the\s+)?(?P<list>[A-Z][^.;:]{3,200})")
#: "a number of projects: A; B; C and D" (case: corpus 000, 'Redesigning Intelligence')
#: Names listed before their kind: "the Mobile Working, Body Worn Video and Core Operational Solution
#: projects" (case: tests/test_projects.py, a police committee's update). A comma is required: "Health and
#: Social Care programmes" is one name.
_LIST_OF_KIND = re.compile(r"(?P<list>" + _TITLE_PHRASE + r"(?:,\s+" + _TITLE_PHRASE + r")+,?\s+(?:and|&)\s+"
                           + _TITLE_PHRASE + r")\s+(?:projects|programmes|workstreams|initiatives|systems|schemes)\b")
#: A kind's list after its colon ("a number of projects: A; B; C and D", corpus 000), its first item after "the" too,
#: its items without their acronyms and what is said after them: "The delivery phase had been completed across 5
#: projects: the Drill, HEAT Store of Stories, Lincoln City Football Club (LCFC) Community Hub and Lincoln Central
#: Market with a total estimated cost of £11.9M" (council set 54s, a town deal board's minutes).
_COLON_LIST = re.compile(r"\b(?:projects|programmes|initiatives|workstreams|systems)\s*:\s*(?:the\s+)?"
                         r"(?P<list>[A-Z][^.:]{3,300})")
_ITEM_TAIL = re.compile(r"\s+(?:with|which|that|who|where|at\s+a\s+cost|costing)\b.*$")
_SYSTEMS_OF = re.compile(r"\b(?:systems?|tools?|platforms?|applications?)\s+(?:of|such as|including|like|namely)\s+"
                         r"(?:the\s+)?(?P<list>[A-Z][^.;:]{1,150})")
#: "Plan 2025-29", "Phase 2", "Highways Asset Management Plan 2021/22 to 2025/26" (uk-council capital strategy), a
#: range spaced round its dash: "Highway Capital Works Programme 2017 – 2021" (council set 59s, an executive's minutes)
_NUMBER_SUFFIX = (r"(?:\s+(?:19|20)\d\d(?:(?:[-/]|\s?[-–]\s?)\d\d(?:\d\d)?)?\b"
                  r"(?:\s+to\s+(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?\b)?|\s+\d\b)?")
_GLUE = ("to|a|an|the|is|are|was|were|be|of|for|with|and|or|this|that|these|its|their|our|has|have|will|by|in|on|at|as|"
         # prepositions and adverbs do not sit inside a name: "Councils before agreement", "KCC through
         # corporate strategy", "EHE staff also review" (uk-council)
         "before|after|during|through|alongside|also|within|across|via|under|over|into|from|about|not|than|provides?|"
         # ... "re", regarding: "pending Polices decision re training requirements" (police set 64s, a fire authority's
         # minutes); not the prefix of "Fleet re-procurement project" (review)
         "re(?!-)")
#: Possessors whose possessive is not part of a name: "West Midlands Police’s People Strategy" is
#: the People Strategy (case: corpus 001), but "Securing Kent’s Future" is a name (gold-kent).
_ORG_POSSESSIVE = re.compile(
    r"^(?:the\s+)?(?:[\w ]+\s)?(?:Police|Council|Force|force|Constabulary|Commissioner|Service|Authority|"
    r"OPCC|PCC|[A-Z]{2,6})[’']s?\s+(?=[A-Z])"  # "KCC’s Financial Hardship Programme" (gold-kent armed forces)
    # ... and the Government's or a department's: "the Government’s Devolution Priority Programme", "DfE’s Safety Valve
    # Programme" (uk-council devolution and education papers, reviewed by hand)
    r"|^(?:the\s+)?(?:Government|[A-Z][a-z]?[A-Z][A-Za-z]{0,4})[’']s?\s+(?=[A-Z])"
)
#: A footnote mark or list number before a name: "2The White Paper" (case: gold-kent devolution white
#: paper), "17 Training" (uk-council); an appendix label: "APPENDIX D - High Level Revenue Plan" (uk-council), "Appendix
#: 1 of Draft Digital Programme Outline Business Case" (council set 41s, a web page's list of papers)
_FOOTNOTE_MARK = re.compile(r"^(?:\d{1,2}\s*(?=(?-i:[A-Z][A-Za-z]))|appendix\s+\w{1,3}\s*(?:[-–:]|of\b)\s*"
                            # a decision number: "24/00115 - Kent County Council Integrated Care Strategy" (uk-council)
                            r"|\d{2}/\d{4,6}\s*[-–:]\s*"
                            # a decision's date: "09/11/2017 - Digital Transformation Programme" (council set 10)
                            r"|\d{1,2}/\d{1,2}/\d{2,4}\s*[-–:]\s*"
                            # its cost: "the £15m Pitches Strategy" (council set 10, a capital programme update)
                            r"|\d+(?:\.\d+)?(?-i:m|bn)\s+(?=(?-i:[A-Z0-9])))", re.I)
#: Action nouns that lead a name: "Delivery of Local Government Reorganisation" is about Local
#: Government Reorganisation (case: gold-kent devolution white paper).
#: "Responding to the White Paper" is about the White Paper (case: gold-kent devolution white paper).
_ACTION_OF = re.compile(r"^(?:(?:delivery|implementation|creation|development|introduction|roll[- ]?out|launch|"
                        r"establishment|review|progress|update)\s+(?:of|on)|(?:responding|response)\s+to)"
                        r"\s+(?:the\s+|a\s+|an\s+)?", re.I)
#: A business case is its project's: "the Telephony Project Business Case", "Cyber Security Initial Business Case"
#: (police sets 37 and 47s; tests/test_projects.py), not when nothing names the project: "The Full Business Case".
_CASE_FOR = re.compile(r"\s+(?:(?:draft|full|outline|initial|final|strategic(?:\s+outline)?)\s+)?business\s+case$",
                       re.I)
#: ... nor when the words before it only qualify the case or name a kind: "the Revised Programme Business Case", "The
#: Updated Project Business Case" (review).
_NO_PROJECT = re.compile(r"(?:(?:the|this|a|an|our|its|draft|full|outline|initial|final|strategic|revised|updated|"
                         r"detailed|amended|new|overall|programme|project|scheme)(?:\s+|$))*", re.I)


def _case_for(name: str) -> str:
    m = _CASE_FOR.search(name)
    return name[: m.start()] if m and not _NO_PROJECT.fullmatch(name[: m.start()]) else name


#: A quoted title of a talk, theme or publication, not a project: "the theme for 2024 was ‘Working
#: Together’", "speaking on ‘Diversity in the British Army’" (case: gold-kent armed forces report).
#: ... a talk's subject after "on" alone too: "Chief Inspector Gary Woodward on ‘Working with Veterans in
#: Policing’", and a theme: "The theme of the Conference was ‘The Covenant Through Life’" (uk-council CMPB report)
_TITLE_CUE = re.compile(r"(?:(?:\b(?:speaking|spoke|spoken|talk(?:ed)?|presented|presentation))?\s+on|"
                        r"\btheme\b[^.]{0,40}|\b(?:entitled|titled)|\bheadlined)\s*$", re.I)
#: A Title Case word straight after a keyword name continues it: "Kent and MoD Covenant Team" is
#: a team, not a covenant (case: gold-kent armed forces report).
_CONTINUES = re.compile(r"\s+(?:[A-Z][a-z]+\b)")
#: A month and its year are no part of a name: "the Transformation Programme for October 2017" (council set 24, a
#: cabinet's minutes); a town's name is: "the Regeneration Strategy for March Town Centre" (review).
_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: "for"/"of" and a Title Case phrase continue a plan's or strategy's name: "Commissioning Plan for
#: Education Provision in Kent 2024-28", "Kent’s Strategy for Children and Young People with Special
#: Educational Needs and Disabilities 2021-2024" (case: gold-kent education plan).
_OF_TITLE = re.compile(r"\s+(?:for|of)\s+(?=[A-Z][a-z])(?!" + _MONTHS + r"\s+(?:\d|to\b|[-–]))" + _TITLE_WORD
                       + r"(?:(?:\s+(?:of|and|for|in|with|&)\s+|\s+)" + _TITLE_WORD + r"){0,9}"
                       + r"(?:\s+(?:19|20)\d\d[-/]\d\d(?:\d\d)?\b)?"
                       # ... and the span's end after its first year: "Future Planning Programme for Basic Need 2019 to
                       # 2027" (council set 76s, a cabinet's decision)
                       + r"(?:(?<=(?:19|20)\d\d)\s+to\s+(?:19|20)\d\d\b)?")


@dataclass
class Candidate:
    """A name one strategy proposes as a project, with the passage it was found in."""

    name: str
    seq: int
    aliases: set[str] = field(default_factory=set)
    evidence: str = ""
    parent: str | None = None


#: ... and footnote marks after it: "Annual Planned Enhancement Programme [1][2]" (kent set 10, a capital table)
_MARKS_AFTER = re.compile(r"(?:\s*\[\d{1,2}\])+\s*$")


def clean(name: str) -> str:
    """A candidate name without quotes, brackets, an organisation's possessive or a leading
    determiner ("The", "This"; a capital "New" starts a name)."""
    name = re.sub(r"\s*\((?:formerly|previously)[^)]*\)?", "", name)
    # the acronym a name ends with is not cut in half: "Transitioning Fleet to Electric Vehicles (EV)"
    # (case: tests/test_projects.py, a capital projects table)
    name = _strip_acronym(name)
    name = name.strip(" ‘’'\"“”*:-–—,.()")
    name = _FOOTNOTE_MARK.sub("", _without_area(name))
    name = _MARKS_AFTER.sub("", name)
    name = re.sub(r"^(?:and|or|&)\s+", "", name, flags=re.I)  # "AND TRANSITION STATE 1" (corpus 000 heading)
    # a phase of a project is the project's: "Phase 2 of Project Keystone was completed" (tests/test_extract.py)
    name = re.sub(r"^(?:Phase|Stage|Tranche|Wave|Release)\s+\w{1,3}\s+of\s+(?:the\s+)?(?=[A-Z])", "", name)
    # an agenda item's label is not part of its subject: "ITEM 5: MOBILE STRATEGY" (tests/test_projects.py, after a
    # police command team's minutes)
    # ... nor a part's: "Part 3 Item 8 – Sustaining Excellence Programme" (police set 20, a police authority's agenda)
    name = re.sub(r"^(?:part\s+\d{1,2}\s+)?(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.–-]\s*", "", name, flags=re.I)
    # ... nor the item's number alone before a dash: "Executive Board meeting, 24 June 2019 Agenda item 2 – Biannual
    # Transformation Programme update" (council set 41s, a combined authority's page)
    name = re.sub(r"^\d{1,2}[a-z]?\s+[–—-]\s+(?=[A-Z])", "", name)
    # ... nor a decision's reference: "PCC Decision 007-2020 Connect Programme" (wmp set 1, a commissioner's decisions)
    name = re.sub(r"^(?:[A-Z]{2,6}\s+)?Decision\s+(?:No\.?\s*)?\d{1,4}[-/]\d{2,4}\s*[:.–-]?\s*(?=[A-Z])", "", name)
    name = _ORG_POSSESSIVE.sub("", name)
    name = _ACTION_OF.sub("", name)
    name = _case_for(name)
    tokens = name.split()
    # ... nor a conjunction that opens its sentence's clause: "When NWFC was created" (police set 55s; the words in
    # patterns/projects.jsonl, "leading_conjunctions")
    if len(tokens) > 1 and tokens[0] in words("leading_conjunctions"):
        tokens = tokens[1:]
    # ... and the article after one: "That the Leisure Centre Investment Strategy ... be approved" (council set 10)
    determiners = words("capital_determiners")
    while tokens and (tokens[0] in determiners or tokens[0] == "the" and len(tokens) < len(name.split())):
        tokens = tokens[1:]
    return re.sub(r"\s+", " ", " ".join(tokens)).strip(" ‘’'\"“”*:-–—,.")


def _without_area(name: str) -> str:
    """A budget line's service area before a dash is no part of the name after it: "High Needs Education - Safety
    Valve Agreement", "Procurement - Tendering & Sourcing System" (uk-council budget appendices, reviewed by hand);
    a name before the dash stays: "Police and Crime Plan 2024/28 - Public Consultation", "Securing Kent’s Future –
    Budget Recovery Strategy" (uk-council), and so does a phase or an own name after it: "Body Worn Video – Phase 3"
    (corpus 001), "Framing Kent’s Future – Our Council Strategy 2022-2026"."""
    m = re.fullmatch(r"(?P<area>[A-Z][\w&]*(?:\s+[\w&]+){0,2})\s[-–]\s(?P<rest>[A-Z][\w&’'-]*(?:\s+\S+)+)", name)
    if not m or any(w.lower() in words("keyword") for w in m.group("area").split()) \
            or re.match(r"(?:Phase|Stage|Part|Tranche|Wave|Release|Our)\b", m.group("rest")):
        return name
    return m.group("rest")


def _strip_acronym(text: str) -> str:
    return re.sub(r"\s*\([A-Z0-9&]{2,8}\)\s*$", "", text)


def prefixes_fit(tokens: list[str], letters: str) -> bool:
    """Each word gives the acronym one or more of its leading letters, in order ("TRIM" ~
    "Trauma RIsk Management"); small words may give none."""
    if not tokens:
        return not letters
    word, rest = tokens[0], tokens[1:]
    if word.lower() in _SMALL and prefixes_fit(rest, letters):
        return True
    for n in range(1, min(len(word), len(letters)) + 1):
        if word[:n].lower() != letters[:n].lower():
            break
        if prefixes_fit(rest, letters[n:]):
            return True
    return False


def _spells(part: list[str], letters: list[str], acr: str, span: int) -> bool:
    initials = [w[0].upper() for w in part if w]
    if initials == letters:
        return True
    # a number or code in the acronym matches a word ("TS1" ~ "Transition State 1")
    if "".join(initials) == "".join(letters).rstrip("0123456789") and acr[-1].isdigit() and part and part[-1].isdigit():
        return True
    joined = "".join(w[0].upper() + "".join(c for c in w[1:] if c.isupper()) for w in part if w)
    return joined == "".join(letters) or (len(letters) >= 3 and span >= 2 and prefixes_fit(part, "".join(letters)))


def initials_match(name: str, acr: str) -> str | None:
    """The tail of ``name`` whose initials spell ``acr`` ("Body Worn Video units" ~ BWV)."""
    letters = [c for c in acr.upper() if c.isalnum()]
    tokens = re.split(r"[\s,-]+", name)
    for start in range(len(tokens)):
        if tokens[start].lower() in _SMALL:
            continue  # a name does not start with its article: "the Body Worn Video (BWV)" (tests/test_projects.py),
            # nor with "of": "REPORT OF THE INFORMATION COMMUNICATIONS TECHNOLOGY (ICT) ..." (a police authority panel),
            # nor with another joining word: "Changes to the Council Tax Reduction Scheme (CTRS)", "Approves a Smarter
            # Working (SW) programme" (review of the eighth session's change; tests/test_projects.py)
        if tokens[start].upper() == "".join(letters):
            continue  # the acronym is not its own spelling: "Report LFC-23-006y to the London Fire Commissioner (LFC)"
            # (police set 47, a fire commissioner's decision; tests/test_projects.py)
        for end in range(len(tokens), start, -1):
            part = [w for w in tokens[start:end] if w.lower() not in _SMALL and w != "/"]  # "Entry / Exit System"
            if _spells(part, letters, acr, end - start) or (
                    len(letters) >= 3 and end - start >= 2 and prefixes_fit(tokens[start:end], "".join(letters))):
                return " ".join(tokens[start:end])
    return None


def _modifies_noun(after: str) -> bool:
    """The defined name qualifies the noun after its bracket, which is the thing talked of: "the
    Large Tortoiseshell (LT) butterfly", "the Energy for Waste (EfW) plant", "Adult Social Care and
    Health (ASCH) directorate" (uk-council). A delivery word there keeps the name: "Leadership Talent
    and Performance (LTP) programme" (corpus 000). A word in -s, -ed or -ing may be a verb and a
    grammatical word starts a new phrase, so neither counts as that noun. A Title Case name going on
    past the bracket is a longer name's: "a Local Government Chronicle (LGC) Workforce Award" (uk-council
    minutes)."""
    m = re.match(r"[ \t]+([A-Za-z]{3,})\b(?:[ \t]+([A-Za-z]+))?", after)
    if not m or any(w and w.lower() in words("keyword") for w in m.groups()):
        return False
    # a paper about the thing keeps it a project: "National Integrated Communication Control Systems (NICCS)
    # Change Request" (tests/test_projects.py, a police authority's committee summary)
    if " ".join(w for w in m.groups() if w).lower() in words("about_project"):
        return False
    word = m.group(1)
    if word[0].isupper():  # ... two Title Case words; one then lower case starts a sentence run on from a
        # heading: "Biodiversity Net Gain (BNG) Work continues" (uk-council performance report)
        return bool(m.group(2)) and m.group(2)[0].isupper() and word.lower() not in words("grammatical_word")
    return not (word.endswith(("s", "ed", "ing")) or word in words("grammatical_word"))


def _body_head_follows(after: str) -> bool:
    """The word after the bracket is a fund's or a team's (``acronym_owner``), so the defined name is theirs, not a
    project's: "Large Local Majors (LLM) Fund", "Major Road Network (MRN) Fund" (council set 63s, a county cabinet's
    minutes), "equipping Armed Policing (AP) teams with BWV" (police set 68s, an authority's programme update); "Mobile
    Data Terminals (MDT) benefits" and "Digital Transformation (DT) Board" keep theirs (review)."""
    m = re.match(r"[ \t]+([A-Za-z]{3,})\b", after)
    return bool(m) and m.group(1).lower() in words("acronym_owner")


def _drops_a_head(written: str, name: str) -> bool:
    """The words that spell the acronym stop before the head noun of what the bracket follows: "the Medway
    Health and Adult Social Care Overview and Scrutiny Committee (HASC)" is a committee, not "Health and Adult
    Social Care" (case: tests/test_projects.py, uk-council JHOSC report)."""
    rest = written.rstrip()[written.rstrip().rfind(name) + len(name):].split()
    return any(w.lower().rstrip("s") in words("not_project_head") for w in rest)


def _inner_name(written: str, name: str) -> bool:
    """The acronym spells a name inside a longer one, after a joining word that two Title Case words go before:
    "Transitioning Fleet to Electric Vehicles (EV)" (uk-council potential capital projects) names the fleet's
    transition, not electric vehicles; one capital before the joining word opens a sentence or a clause: "Changes to
    the Council Tax Reduction Scheme (CTRS)", "Investment in the Emergency Services Network (ESN)"
    (tests/test_projects.py)."""
    before = written[: len(written) - len(name)].split()
    # ... not an article, which opens a phrase of its own: "Partially Complete A User Acceptance Testing (UAT) plan"
    # (uk-council performance report, a table's run-on)
    head = list(before)
    while head and head[-1].lower() in _SMALL - {"a", "an"}:
        head.pop()
    # ... or a delivery word in capitals, another bracket before it: "the Body Worn Video (BWV) Project for Armed
    # Policing (AP)" (police set 68s, an authority's programme update) names the project, not armed policing
    delivery = len(head) == 1 and head[0][:1].isupper() and head[0].lower() in words("keyword")
    return len(head) < len(before) and (delivery or (len(head) >= 2 and all(w[:1].isupper() for w in head[-2:])))


def _lists_functions(before: str, name: str) -> bool:
    """A name written as a list, "Libraries, Registration and Archives (LRA)", "Growth, Environment &
    Transport (GET)" (uk-council), is a service area or directorate; a delivery word after the bracket
    makes it a programme: "Leadership, Talent and Performance (LTP) programme" (corpus 000)."""
    first = name.split()[0]
    at = before.rfind(first)
    return at != -1 and "," in before[at:]


def _written_out(written: str, name: str) -> str | None:
    """The name as written, its commas kept, when a delivery word follows the words that spell the acronym: "North
    East Transformation, Innovation and Collaboration Programme (NETIC)" (police set 18, a police and crime panel's
    minutes) is a programme's name, not a list of functions."""
    spelt = re.search(r"[\s,-]+".join(re.escape(w) for w in name.split()) + r"\s+(?P<kind>\w+)\s*$", written)
    return written[spelt.start():].strip() if spelt and spelt.group("kind").lower() in words("keyword") else None


def _initials_of_all(name: str, acr: str) -> bool:
    """Two to four Title Case words, none a delivery word, whose every initial the bracket spells, as a person's:
    "Rachel Hartland-Lane (RHL)"."""
    parts = re.split(r"[\s-]+", name)
    return (2 <= len(parts) <= 4 and all(re.fullmatch(r"[A-Z][a-z’']+", w) for w in parts)
            and not any(w.lower() in words("keyword") for w in parts) and "".join(w[0] for w in parts) == acr)


@cache
def _post_re() -> re.Pattern:
    posts = "|".join(map(re.escape, sorted(words("post"))))
    return re.compile(r"[\s,–-]*(?:[a-z]+/)?(?:\w+\s+){0,4}(?:" + posts + r")\b")


def _post_follows(after: str) -> bool:
    """A post on the rest of the line after the bracket: the bracket holds a person's initials."""
    return bool(_post_re().match(after.split("\n")[0].lower()))


def _kind_follows(after: str) -> bool:
    m = re.match(r"[ \t]+([a-z]+)", after)
    return bool(m) and m.group(1) in words("keyword")


def _kind_after(after: str, name: str) -> str | None:
    """The word for work after the bracket (``work_kind``), with one lower-case word before it, that names what the
    defined name is: "the Mayoral Combined Authority (MCA) Programme" (police set 87, a panel's report), "the Special
    Educational Needs and Disabilities (SEND) transformation programme" (council set 89s): the project is the
    programme, not the authority or the needs. The word between is a noun: not a participle or a pronoun, "the Public
    Sector Decarbonisation Scheme (PSDS) funded project", "the National Police Chiefs Council (NPCC) led programme",
    "Transport for the North (TfN) whose programme"; and a body's programme of a kind is its work, no project: "the
    Care Quality Commission (CQC) assessment programme", "the Local Government Association (LGA) support programme"
    (review; tests/test_projects.py)."""
    m = re.match(r"[ \t]+(?:(?P<between>[a-z]{3,})[ \t]+)?(?P<kind>[A-Za-z]+)\b", after)
    if not m or m.group("kind").lower() not in words("work_kind"):
        return None
    between = m.group("between")
    body = name.split()[-1].lower().rstrip("s") in words("not_project_head")
    if between and (body or between.endswith("ed") or between in words("grammatical_word") | _PRONOUNS):
        return None
    return f"{between} {m.group('kind')}" if between else m.group("kind")


_PRONOUNS = frozenset({"this", "these", "whose", "our", "his", "her"})  # (others are ``grammatical_word``s)


def _made_new(before: str, name: str) -> bool:
    """A new unit being made is a project whatever it is: "to create a new People and Organisational
    Development (POD) function" (corpus 000)."""
    before = before.rstrip()
    return before.endswith(name) and bool(re.search(r"\bnew\s+$", before[-160 : len(before) - len(name)]))


def _definitions(text: str) -> Iterator[tuple[re.Match, str, str | None, str]]:
    """Each bracketed acronym of ``text``: the match, the acronym, the Title Case words written before
    it (None if there are none) and the 40 characters after it."""
    for m in _ACRONYM.finditer(text):
        before = _NAME_BEFORE.search(text[max(0, m.start() - 160) : m.start()])
        yield m, m.group("acr").strip(), before.group("name") if before else None, text[m.end() : m.end() + 40]


def acronym_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"Data Driven Insights (DDI)": the Title Case words before a bracketed acronym that spell
    it; and "DDI (Data Driven Insights)"."""
    text = p.text
    for m, acr, written, after in _definitions(text):
        # a plural acronym spells the singular: "Strategic Authorities (SAs)" (case: gold-kent white paper)
        letters = acr[:-1] if re.fullmatch(r"[A-Z]{2,}s", acr) else acr
        name = initials_match(written, letters) if written else None
        if name and (_drops_a_head(written, name) or _inner_name(written, name)):
            continue
        if name and _lists_functions(text[: m.start()], name) and not _kind_follows(after):
            name = _written_out(written, name)
        if name and _initials_of_all(name, acr) and _post_follows(after) and not _kind_follows(after):
            continue  # a person and their post: "Alex Murray (AM) T/Chief Constable" (tests/test_projects.py, a police
            # governance board's notes), not "Body Worn Video (BWV) programme director"
        if re.match(r"\s*:", after):
            continue  # a unit defined in a list of roles: "Commercial and Procurement (CP): Commercial and
            # Procurement works in partnership ...", "Finance (FIN): The Division comprises" (uk-council)
        if name and _body_head_follows(after):
            continue
        if name and (_made_new(text[: m.start()], name) or not _modifies_noun(after)):
            kind = _kind_after(after, name)
            yield Candidate(clean(f"{name} {kind}" if kind else name), seq, {acr}, "acronym")
    for m in _REVERSE_DEF.finditer(text):
        name = clean(m.group("name"))
        if initials_match(name, m.group("acr")):
            yield Candidate(name, seq, {m.group("acr")}, "acronym")


_DATED_HUMP = re.compile(r"(?<=[a-z])(?:" + _MONTHS + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday"
                         r"|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def camel_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"ControlWorks", "WMNow": a system's name."""
    for m in _CAMEL.finditer(p.text):
        after, before = p.text[m.end() : m.end() + 2], p.text[max(0, m.start() - 1) : m.start()]
        person = re.match(r"(?:Cllr|Mrs?|Ms|Dr)[A-Z]", m.group(0))
        humps = re.findall(r"[A-Z][a-z]{3,}", m.group(0))
        glued = len(humps) >= 3  # "ArmedForcesChampions": a table header whose spaces the text layer lost
        # (uk-council armed forces appendix); ... or ending in a document's word: "PCCDecision", "NoticeDecision"
        # (a police decisions log's headers, tests/test_projects.py)
        glued = glued or bool(humps and humps[-1].lower() in ("decision", "notice", "report"))
        # ... or a heading in capitals run into its sentence's first word: "AUDIT WORKING GROUPThe Group has ..."
        # (council set 31, an audit committee's report)
        glued = glued or bool(re.fullmatch(r"[A-Z]{2,}(?:The|This|That|These|There|It|In|On|At|As|An|We|Our)",
                                           m.group(0)))
        # ... or a heading run into its date, "Police and Crime PanelOctober 2014" (police set 76s, a panel's
        # paper), "PanelMay 2014", "CommitteeSept 2024", "CommitteeTuesday 12 March" (review), not a campaign's
        # name, "DryJanuary"; or a letter the text layer printed three times over, as bold type can be: "QQQuarter"
        # (police set 73s, a fire authority's performance report), not an acronym's doubled letter, "CCTVConnect"
        # (review)
        glued = glued or bool(_DATED_HUMP.search(m.group(0)) and re.match(r"\s+\d", p.text[m.end():])) \
            or bool(re.match(r"([A-Z])\1\1", m.group(0)))
        # ... or an acronym run into the kind of work after it, "related to the FIPLprogramme only" (diag2d, a
        # national park authority's minutes page), not a name ending in its own word, "CCTVConnect", "ITrent"
        tail = re.fullmatch(r"[A-Z]{2,}([a-z]+)", m.group(0))
        glued = glued or bool(tail and tail.group(1) in words("keyword"))
        path = re.match(r"/[\w.-]+/", p.text[m.end() : m.end() + 40])  # "TMPCommittee/Report/", not "Niche/Storm"
        # ... a body's initials with its "for" in a small "f": "TfWM", "TfGM", "DfTs" (Transport for West Midlands,
        # Transport for Greater Manchester, the Department for Transport: council sets 33, 30 and 38)
        body = re.fullmatch(r"[A-Z]{1,2}f[A-Z]{1,4}s?", m.group(0))
        if re.match(r"[@.=][A-Za-z0-9]", after) or path or (before and before in "@/.&?=") or person or glued or body:
            continue  # part of an e-mail address or a link, a person: "CllrPeterFeacey" (uk-council); a link's
            # query or a file path: "aspx?CId=126&MeetingId=2979", "TMPCommittee/Report/" (police set 18)
        yield Candidate(m.group(0), seq, set(), "camel")


#: A named operation: "Op Inscription" (corpus 001 gold), "Operation Resolve was launched in August 2025"
#: (tests/test_projects.py, a police and crime panel's minutes), "implementation of Operation Brock"
#: (uk-council minutes). An operation's name takes no article: "the Operation Manual" is none.
_OPERATION = re.compile(r"(?<![Tt]he )(?<![Aa]n )(?<![Aa] )(?<![Oo]ur )(?<![Ii]ts )"
                        r"\b(?P<name>(?:Operation|Op\.?)\s+[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b")


def named_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"the system (Niche)", short quoted names ('Op Inscription') and named operations."""
    for pattern in (_NAMED_SYSTEM, _CALLED, _QUOTED, _OPERATION):
        for m in pattern.finditer(p.text):
            if pattern is _QUOTED and _TITLE_CUE.search(p.text[max(0, m.start() - 40) : m.start()]):
                continue
            name = clean(m.group("name"))
            if pattern in (_NAMED_SYSTEM, _CALLED) or len(name.split()) <= 6:
                yield Candidate(name, seq, set(), "called" if pattern is _CALLED else "named")



#: A programme the sector knows by name is a project wherever a paper says it: "the replacement of Airwave by the
#: Emergency Services Network" (``national_programme`` in patterns/projects.jsonl: each entry a project in every
#: annotated text that says it, from two publishers or more). An entry is a name, its acronym in brackets after it if
#: it has one: the acronym is matched as written, the name in Title Case or capitals, its words spaced or hyphenated;
#: not in small letters, where it is a thing or a practice more than the programme: "Body worn video footage showed",
#: "Integrated offender management, neighbourhood policing and problem solving are the three principles" (review). Not
#: a part of a longer name: "Airwave Terminals", "Body Worn Video Project" (tests/test_extract.py).
_ENTRY = re.compile(r"(?P<name>[^()]+?)(?:\s+\((?P<acr>[A-Z]+)\))?$")


@cache
def _national() -> tuple[re.Pattern, dict[str, tuple[str, str | None]]]:
    """The pattern of every entry's name and acronym, and each one's entry (name, acronym) by its plain form."""
    entries = {}
    for entry in words("national_programme"):
        m = _ENTRY.match(entry)
        entries[_plain(m["name"])] = (m["name"], m["acr"])  # an acronym's key is itself, as written
        if m["acr"]:
            entries[m["acr"]] = (m["name"], m["acr"])
    alts = "|".join(k if k.isupper() else "(?i:" + r"[\s-]+".join(map(re.escape, k.split())) + ")"
                    for k in sorted(entries, key=len, reverse=True))
    return re.compile(r"(?<![\w’'-])(?P<name>" + alts + r")(?![\w’'-])(?P<next>\s+[A-Z][a-z]+)?"), entries


def _plain(name: str) -> str:
    return " ".join(re.split(r"[\s-]+", name.lower()))


def national_candidates(doc: Document, start: int) -> Iterator[Candidate]:
    """Programmes known by name across the sector (``_national``): the acronym as itself; the name as the paper writes
    it in Title Case ("FireLink"), in capitals as the entry does ("BODY WORN VIDEO"), with its acronym when the paper
    says that too."""
    pattern, entries = _national()
    passages = [(seq, p) for seq, p in enumerate(doc.passages[start:], start) if p.kind != "caption"]
    said_anywhere = {m["name"] for _, p in passages for m in pattern.finditer(p.text)}
    for seq, p in passages:
        for m in pattern.finditer(p.text):
            if m["next"]:
                continue  # a part of a longer name, which other strategies propose: "Body Worn Video Project"
            said = m["name"]
            name, acr = entries.get(said) or entries[_plain(said)]
            if said == acr:
                yield Candidate(acr, seq, set(), "national")
                continue
            title = all(w[:1].isupper() for w in re.split(r"[\s-]+", said))
            if title:
                yield Candidate(name if said.isupper() else said, seq, {acr} if acr in said_anywhere else set(),
                                "national")


#: A brand that starts in small letters, with a digit or a capital after: "the previous i6 project", "The i6 programme"
#: (police sets 38 and 39, Police Scotland's audit and health board papers); not a statute's section, "s106 agreement"
#: (kent set 16, a capital strategy).
_BRAND = r"(?<![\w’'-])[a-z]{1,2}(?:\d{1,2}(?!\d)[A-Za-z]*|[A-Z][a-z]+[\w]*)"


#: A year a name ends on before a delivery word in small letters: "the Council’s Fit for 2024 transformation programme"
#: (council set 61s, a council's digital strategy).
_NAMED_YEAR = r"(?:\s+(?:(?:for|by)\s+)?(?:19|20)\d\d\b)?"


@cache
def _keyword_re() -> re.Pattern:
    keywords = sorted(words("keyword"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in keywords if w not in words("capitalised_only"))
    titled = "|".join(re.escape(w.title()) for w in keywords)
    return re.compile(
        # Title Case ... Programme
        r"(?P<name>(?:" + _TITLE_WORD + _JOINER + r"){0,6}(?:" + titled + r")" + _NUMBER_SUFFIX + r")\b"
        r"|(?<![\w’'])(?P<lower>(?:[A-Z][\w+&’'-]*(?:\s+(?:and|of|for|by|&))?\s+){0,5}(?:[A-Z][\w+&-]*" + _NAMED_YEAR
        + r"|" + _BRAND + r")"
        # ... "programme" or "project" in small letters ends it: "the latest Tt2019 programme risk assessment" (council
        # set 83), while another delivery word may qualify the last: "SMS survey pilot"
        r"(?:\s+(?!(?:" + _GLUE + r")\b)(?![a-z]+(?:ed|ing)\b)(?!(?:programme|project)\b)[a-z][\w-]*){0,2}"
        r"\s+(?:" + alt + r"))\b"  # Uplift project, SMS survey pilot
    )


def _proper_start(text: str, start: int, raw: str) -> bool:
    """A lower-case-keyword name ("Uplift project") must start with a proper noun or acronym:
    not a capital that only starts a sentence."""
    first = raw.split()[0]
    if sum(c.isupper() for c in first) >= 2:
        return True
    before = text[:start].rstrip()
    # ... nor a table cell's first capital: "| Sub optimal solution |" (uk-council risk register)
    return bool(before) and not before.endswith((".", ":", "!", "?", "•", "-", "–", "|"))


_AND_TITLE = re.compile(r"\s+(?:and|&)\s+(?:" + _TITLE_WORD + r"\s+){0,5}(?P<head>[A-Z][a-z]+)\b")


def _inside_body_name(text: str, end: int) -> bool:
    """The delivery word starts a body's name joined by "and": "the Health Reform and Public Health
    Cabinet Committee" (uk-council governance update) names a committee, not "Health Reform"."""
    m = _AND_TITLE.match(text, end)
    return bool(m) and m.group("head").lower().rstrip("s") in words("not_project_head")


def _in_title(text: str, start: int) -> bool:
    """Inside a quoted talk title or theme: "The theme of the Conference was ‘The Covenant Through Life’"."""
    opening = max(text.rfind(q, max(0, start - 60), start + 1) for q in "‘“'\"")
    if opening == -1 or any(q in text[opening + 1 : start] for q in "’”'\""):
        return False
    return bool(_TITLE_CUE.search(text[max(0, opening - 60) : opening]))


def _next_word(text: str, end: int) -> re.Match | None:
    """The Title Case word that goes on from ``end``, unless a sentence run on from a heading starts there: "The
    Transformation Programme The Council agreed", "Plan Bee The following documents", "Plan Tree Organised by The
    Tree Council" (uk-council performance report; tests/test_projects.py)."""
    more = _CONTINUES.match(text, end)
    if more and (more.group(0).strip() in words("capital_determiners") or more.group(0).endswith("ed")):
        return None
    return more


def _body_tail(text: str, end: int) -> re.Match | None:
    """A keyword inside a longer name that ends in a body's or service's noun: "Children's Social Work Services -
    Assessment & Safeguarding Service" (uk-council key service statement); the filters reject the whole."""
    headed = re.match(r"\s+(?:&|and)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?P<head>[A-Z][a-z]+)\b", text[end:])
    if headed and headed.group("head").lower().rstrip("s") in words("not_project_head") | {"service"}:
        return headed
    return None


def _run_on_start(text: str, end: int) -> re.Match | None:
    """The Title Case word a keyword name goes on with, if any. Not one that starts a lower-case compound:
    "Digitally Enabled Policing Programme Work stream" names the programme; not a paper's word about the thing:
    "Forensic Services Change Programme Update" (tests/test_projects.py); not a second delivery word."""
    more = _next_word(text, end)
    if more is None:
        return None
    compound = re.match(r"\s+([a-z]{3,})\b", text[more.end():])
    if compound and compound.group(1) not in words("keyword") | words("grammatical_word"):
        return None
    word = more.group(0).strip().lower()
    if word == "quarter" and re.match(r"\s*\d", text[more.end():]):
        return None  # a period: "Capital Programme Quarter 2 Performance Report" (council set 31, a report's title)
    return None if word in words("report_word") or word in words("keyword") else more


#: A project's codename: "Project Arrow", "Operation Brock".
_CODENAME = re.compile(r"(?:Project|Operation)\s+[A-Z][a-z]+")


#: A phase's number: "Estate Change Programme Phase 2" (police set 27, a programme's dashboard), "Phase II", "Part B";
#: not "A" or "I", which start sentences ("... Release A further update", review).
_PHASE_NUMBER = re.compile(r"\s+(?:\d{1,2}[a-z]?|[IVX]{2,4}|V|X|[B-H])\b(?![.,]\d)")
_PHASE_WORD = r"(?:Phase|Stage|Tranche|Wave|Release|Part)"
#: ... after a delivery word in small letters: "the Mobile Working project Phase 2" (review).
_PHASE = re.compile(r"\s+" + _PHASE_WORD + _PHASE_NUMBER.pattern)


def _run_on(text: str, raw: str, more: re.Match) -> tuple[str, int]:
    """The name goes on to its last Title Case word, and the filters judge the whole of it: "the Kent Scheme Pay
    Policy applies" is a policy, not "Kent Scheme Pay" (uk-council pay policy statement); to a body's or a post's
    word at most: "Estates Programme Board" (Chair Jane Smith); and a lower-case delivery word after it."""
    end = more.start()
    while more:
        word = more.group(0).strip().lower()
        stop = {word, word.rstrip("s")} & (words("not_project_head") | words("post"))
        if stop and _CODENAME.fullmatch(raw):
            break  # a codename's team or board is the codename's: "the Project Arrow Team" (police set 18, a fire
            # authority's minutes), where "Estates Programme Board" names a board
        raw, end = raw + more.group(0), more.end()
        more = None if stop else _next_word(text, end)
    if (number := _PHASE_NUMBER.match(text, end)) and re.search(r"\b" + _PHASE_WORD + "$", raw):
        raw, end = raw + number.group(0), end + number.end()
    kind = re.match(r"\s+([a-z]+)\b", text[end:])
    if kind and kind.group(1) in words("keyword"):
        raw, end = raw + kind.group(0), end + kind.end()
    return raw, end


def _extended(text: str, m: re.Match) -> tuple[str, int]:
    """A keyword name with the words that go on after it, and where it ends: a body's tail (``_body_tail``), Title
    Case words ("Kent and MoD Covenant Team") and a delivery word after them ("Kent County Council's Plan Tree
    initiative", uk-council performance report), or "for"/"of" and a title (``_OF_TITLE``)."""
    raw = m.group("name") or m.group("lower")
    if headed := _body_tail(text, m.end()):
        return raw + headed.group(0), m.end() + headed.end()
    # ... not after a delivery word in small letters, where a Title Case word starts the next name: "Staff recruited
    # for Complainant Advocate project Government Victims Strategy published" (police set 23, headlines run together)
    if m.group("lower") and (phase := _PHASE.match(text, m.end())):
        return raw + phase.group(0), phase.end()
    if not m.group("lower") and (more := _run_on_start(text, m.end())):
        return _run_on(text, raw, more)
    if m.group("name") and (longer := _OF_TITLE.match(text, m.end())):
        return raw + longer.group(0), longer.end()
    return raw, m.end()


#: Single Title Case words, each with its comma, before a name that goes on "X and ...": the head of a serial list
#: (``names.serial_list``; "Digital, Data and ICT Strategy", police set 23, was stored as "Data and ICT Strategy"),
#: only after a determiner or a possessive, which opens the name: "the Digital, Data and ICT Strategy", "Police
#: Scotland’s Digital, ..."; not a sentence's opener, a list's earlier items or a longer name's tail ("However,
#: Recruitment and Retention Strategy", "on Athena, Niche, Mobile and Digital Evidence Platform": review;
#: "Staffordshire Police, Fire and Crime Plan").
_SERIAL_HEAD = re.compile(r"(?:\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)|[’']s)\s+(?P<head>(?:[A-Z][\w-]*,\s+){1,4})$")


#: A name opened by a capitalised verb in -ing and "our", the way programmes are named: "the Building for our Future
#: Programme" (council set 41, a health scrutiny committee's minutes), which "our" had cut to "Future Programme"; inside
#: a sentence, where the capital is the name's (``_GERUND_TITLE``), and before a delivery word only after "the".
_OUR = r"[A-Z][a-z]{2,}ing\s+(?:(?:for|in|to)\s+)?[Oo]ur\s+"
_OUR_HEAD = re.compile(r"(?<=\b[Tt]he )(?P<head>" + _OUR + r")$")  # after "the": not "Proposals for Transforming
# our Town Centre Programme", "The force's Valuing our People Strategy" (review)


def _serial_head(text: str, start: int, raw: str) -> str:
    """``raw`` (a keyword name at ``start``) with the head of its serial list, when it has one, or the capitalised verb
    in -ing and the "our" that open it (``_OUR_HEAD``)."""
    if our := _OUR_HEAD.search(text, max(0, start - 40), start):
        return our.group("head") + raw
    head = _SERIAL_HEAD.search(text, max(0, start - 80), start)
    return head.group("head") + raw if head and serial_list(head.group("head") + raw) else raw


def keyword_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """Names ending in a delivery word: "Recruitment Ambassador Programme", "Uplift project"."""
    text = p.text
    lowered = text.lower()
    if not any(word in lowered for word in words("keyword")):
        return
    consumed = 0
    for m in _keyword_re().finditer(text):
        if m.start() < consumed:
            continue  # the rest of a name already taken: "Tree initiative" of "Plan Tree initiative"
        raw, consumed = _extended(text, m)
        raw = _serial_head(text, m.start(), raw)
        mark = f"{p.para_no} " if m.start() == 0 and p.para_no else ""
        name = clean(_without_opening(raw, mark + text[max(0, m.start() - 12) : m.start()]))
        if not name or len(name.split()) < 2 or _inside_body_name(text, m.end()) or _in_title(text, m.start()):
            continue
        if re.search(r"\([A-Z][A-Za-z0-9&]{1,9}\)\s$", text[: m.start()]):
            continue  # the tail of a name its acronym interrupts: "Body Worn Video (BWV) Project for Armed
            # Policing", "Conference of the Parties (COP26) Climate Change Conference" (tests/test_projects.py)
        if m.group("lower"):
            offset = m.start("lower") + raw.find(name.split()[0])
            if not re.match(_BRAND, name) and (not name[:1].isupper() or not _proper_start(text, offset, name)):
                continue
        if raw.split()[0].lower() == "national" or re.search(r"\bled\b", raw):
            continue  # national programmes and others' programmes are not the force's projects
        if not re.search(r"(?i)programmes|projects$", name):
            yield from (Candidate(part, seq, set(), "keyword") for part in _two_names(name))


def _without_opening(raw: str, before: str) -> str:
    """A name without the preposition and article that open its sentence's adverbial: "Under the Empower Programme, a
    new geographically-based policing model" (police set 38, a police board's minutes; cases in
    patterns/projects.jsonl, "leading_prepositions"), "Under the Estates Programme two stations were closed"; a name
    that an article names whole keeps them: "The Under the Bridge Project was launched" (reviews)."""
    first, _, rest = raw.partition(" ")
    if first in words("leading_prepositions") and re.match(r"the\s+[A-Z0-9]", rest) \
            and not re.search(r"\b[Tt]he\s+$", before):
        return rest[4:]
    # ... nor the verb a recommendation opens with, its list's mark before it: "(ii) Approve the Future Planning
    # Programme for Basic Need 2019 to 2027" (council set 76s, a cabinet's decision; the verbs in
    # patterns/projects.jsonl, "resolution_verbs"); a name another verb opens stays whole: "(a) Close the Gap
    # Programme", "(a) Beat the Street Programme" (review)
    if _ITEM_MARK.search(before) and first in words("resolution_verbs") \
            and re.match(r"the\s+[A-Z0-9]\S*\s+[A-Z0-9]", rest):
        return rest[4:]
    return raw


#: A list item's mark at a line's start, before its first word: "(ii) ", "(b) ", "1. ", "• ".
_ITEM_MARK = re.compile(r"(?:^|\n)\s*(?:\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})\)|\d{1,2}\.|[•·▪–-])\s+$")


def _two_names(name: str) -> list[str]:
    """Two names joined by "and", each ending in a delivery word, are two projects: "People Strategy and
    Estates & Accommodation Programme" (case: tests/test_projects.py, a council's cabinet decision), "Medium
    Term Financial Plan 2025-28 and Capital Programme 2025-35"; before "and", a budget or a year is not
    part of the name: "2025-26 Revenue Budget and Medium Term Financial Plan", "2025-26 and 2025-28 Medium
    Term Financial Plan" (uk-council budget covering report and appendices)."""
    for m in re.finditer(r"\s+and\s+(?=[A-Z0-9])", name):
        a, b = name[: m.start()], name[m.end() :]
        if not _named(b):
            continue
        if _named(a):
            return [a, b]
        if all(is_period(t) for t in a.split()) or re.search(r"\s[Bb]udgets?$", a):
            return [b]  # not a fund's: "the Government's Adult Skills Fund and Study Programme courses" (uk-council)
    # ... and so are two joined by a spaced dash: "Highways Capital Programme - Delivery of Highways Improvement
    # Programme" (council set 74s, a select committee's item title), the second without the action on it; only two
    # programmes, projects, schemes or systems, not a sub-title's review or plan: "Estates Strategy - Mid-Year Review",
    # "Fleet Programme - Implementation Plan" (review)
    dash = re.search(r"\s+[-–—]\s+(?=[A-Z])", name)
    if dash and all(_named(part) and re.search(r"(?i)\b(?:programme|project|scheme|system|initiative|platform)$",
                                                   part) for part in (name[: dash.start()], name[dash.end() :])):
        return [name[: dash.start()], clean(name[dash.end() :])]
    # ... while a review by bodies after the dash is no part of a named plan's or programme's name: an item's title
    # "Accelerated Progress Plan - DfE and NHS England Review" (council set 83, a committee's minutes page); a review of
    # a thing is one: "Transformation Programme - Customer Services Review" (review)
    if dash and _named(name[: dash.start()]) and re.search(r"(?i)\sreview$", name[dash.end() :]) \
            and re.search(r"\b[A-Z][a-z]*[A-Z]", name[dash.end() :]):
        return [name[: dash.start()]]
    return [name]


def _named(part: str) -> bool:
    """A name of two words or more ending in a delivery word, or naming a financial plan, before any
    years: "Capital Programme 2025-35", "2025-28 MTFP"."""
    tokens = part.split()
    while tokens and re.fullmatch(r"[\d/-]+", tokens[-1]):
        tokens.pop()
    text = " ".join(tokens).lower()
    keyword = "|".join(re.escape(w) for w in words("keyword"))
    plan = any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words("financial_plan"))
    return len(part.split()) >= 2 and (bool(re.search(r"\b(?:" + keyword + r")$", text)) or plan)


#: A capitalised verb in -ing whose object is a possessive, inside a sentence: a strategy's name
#: ("How does the decision support Framing Kent’s Future and Securing Kent’s Future", case: gold-kent
#: education plan). Without the possessive the -ing word mostly qualifies a noun: "Operating Model",
#: "Shopping Centre", "Budgeting Overview" (corpus 000, 001); at a sentence's start the capital is
#: the sentence's. So does "our" before Title Case words: "Building for Our Future" (``_OUR``).
_GERUND_TITLE = re.compile(r"(?<=[a-z,] )(?P<name>[A-Z][a-z]{2,}ing\s+[A-Z][\w-]*[’']s(?:\s+[A-Z][\w’'-]*){1,3}"
                           r"|" + _OUR + r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?![\w’'-]|\s+[A-Z0-9])")


def _named_by(pattern: re.Pattern, evidence: str, seq: int, p: Passage) -> Iterator[Candidate]:
    """A candidate for each match of ``pattern``'s group "name" in the passage."""
    return (Candidate(clean(m.group("name")), seq, set(), evidence) for m in pattern.finditer(p.text))


def gerund_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"Framing Kent’s Future": named the way strategies and campaigns are."""
    return _named_by(_GERUND_TITLE, "gerund", seq, p)


#: A numbered priority or objective of a strategy with its title: "Priority 1: Levelling up Kent",
#: "Objective 3: Policy choices and scope of Council’s ambitions" (case: gold-kent education plan). The
#: title ends where the sentence names the next label or the strategy it belongs to ("... within
#: Framing Kent’s Future", "... of Securing Kent’s Future").
_LABELLED = re.compile(r"\b(?P<name>(?:Priority|Objective|Ambition|Outcome|Pillar|Mission)\s+\d{1,2}:\s+[A-Z][\w’'-]*"
                       r"(?:\s+[\w’'&-]+){0,7}?)"
                       r"(?=\s+and\s+(?:Priority|Objective|Ambition|Outcome|Pillar|Mission)\s+\d"
                       r"|\s+(?:within|under|as\s+part\s+of)\s|\s+(?:of|in)\s+[A-Z][a-z]+ing\s|\s*[.;,(]|\s*$)")


def labelled_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"Priority 1: Levelling up Kent": a strategy's numbered priority with its title."""
    return _named_by(_LABELLED, "labelled", seq, p)


#: A body the paper says is to be set up is a change being delivered, not a body merely mentioned:
#: "elections to a new Mayoral Strategic Authority (MSA) in May 2026", "the proposed Kent and Medway
#: Combined County Authority" (case: gold-kent devolution papers).
_CREATED = re.compile(r"\b(?:proposed|new|establish(?:ing|ment\s+of)|creat(?:e|ing|ion\s+of))\s+(?:an?\s+|the\s+)?"
                      r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,5}\s+"
                      r"(?:Authority|Authorities|Council|Councils|Board|Boards|Body|Bodies|Trust|Agency|Committees?|"
                      # ... a committee, panel or working party too: "proposes creating the Devolution and LGR Liaison
                      # Committee" (uk-council governance update report; tests/test_projects.py)
                      r"Panels?|Working\s+Party|Working\s+Group))\b")


#: ... in lower case too, bodies of a kind: "reorganising existing County and District and Borough
#: Councils into new unitary councils" (case: gold-kent devolution papers).
_CREATED_KIND = re.compile(r"\bnew\s+(?P<name>[a-z]{4,}\s+(?:councils|authorities|boards|bodies|trusts|agencies))\b")


#: ... and a named facility being made: "the new St George’s Leisure Centre" (council set 69L), "a new Customer Hub",
#: "the new Civic & Cultural Space" (council sets 64s and 65s); a place after the name stays in it: "a new Youth Club
#: at Mirion Street" (council set 65s). Not a model: "A completely new Neighbourhood Policing Model", "the new
#: Operating Model" (corpus 000, neither annotated; one right on police set 74L).
_CREATED_FACILITY = re.compile(r"\bnew\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,4}\s+"
                               r"(?:Centre|Hub|Space|Club|School|Station|Library|Depot|Headquarters|Building|Facility"
                               r"|Pool)(?:\s+at\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:Street|Road|Lane|Avenue|Way|Farm|Park"
                               r"|Square|Place|Close|Drive|Hill|Green))?)\b"
                               # ... the whole of it, not a post's, a policy's or a rule's first words: "the new Contact
                               # Centre Manager", "the new Free School Meals process" (review)
                               r"(?!\s+[A-Z])")


#: A named facility whose building work the sentence tells: "works on the Boston Endeavour Academy which had commenced
#: on site", "The refurbished Ice Arena was due to reopen", "The Arbour Park Community Stadium had been completed", "The
#: Basingstoke Police Investigation Centre (PIC) had been completed on time" (council sets 85s and 92s, police set 88).
#: The name is two capitalised words or more ending in a building's word, the whole of its capitals, its phrase ending
#: with it: not "the Sittingbourne Police Station site", "the Family Hub offer", "the Library roof" (review). Not
#: "Pool", "Facility" or "Workshop", as often a fund's, a loan's or a meeting's ("Kent Business Rates Pool", "Revolving
#: Credit Facility", "Budget Challenge Workshop"); not an opening, a completion or a hand-over, as often a sale's, a
#: consultation's or a history's ("has been handed over to the purchaser", "has opened a consultation", "Since the
#: opening of Ebbsfleet International Station in 2007"); work "at" a building is its upkeep: "complete various works at
#: Service Headquarters" (police set 98s; all review).
_FACILITY_NAME = (r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,4}\s+"
                  r"(?:Centre|Hub|Station|Library|Depot|Headquarters|Arena|Stadium|Pavilion|Academy|School|Complex))"
                  r"(?=\s*[.,;:()]|\s*$|\s+(?:in|at|on|and|or|was|were|is|are|has|had|have|will|would|to|for|which"
                  r"|that|with|by|from|as|since|after|before|during|project|scheme|programme|works?)\b)")
_BUILT_FACILITY = re.compile(
    r"\b(?i:(?:construction|refurbishment|redevelopment|rebuild(?:ing)?|remodelling)\s+of|works?\s+(?:on|to)"
    r"|refurbished|rebuilt|redeveloped|remodelled)\s+(?:the\s+)?" + _FACILITY_NAME)
#: ... or, named with its article at the sentence's start, says has been built: not "Kingsmead Leisure Centre has
#: completed its ...", "A review of crewing at Eastbrook Fire Station has been completed", "In April Hillside Library
#: has been refurbished" (review).
_FACILITY_BUILT = re.compile(
    r"(?:^|(?<=[.;:!?]\s))The\s+" + _FACILITY_NAME + r"(?:\s+\([A-Z]{2,6}\))?\s+(?:has|had|have)\s+(?:now\s+)?"
    r"been\s+(?:completed|built|rebuilt|refurbished)\b")


def created_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"a new Mayoral Strategic Authority", "new unitary councils": bodies being created; "the new St George’s
    Leisure Centre", "the refurbishment of X Leisure Centre": a facility."""
    yield from _named_by(_CREATED, "created", seq, p)
    yield from _named_by(_CREATED_FACILITY, "created", seq, p)
    yield from _named_by(_BUILT_FACILITY, "created", seq, p)
    yield from _named_by(_FACILITY_BUILT, "created", seq, p)
    for m in _CREATED_KIND.finditer(p.text):
        yield Candidate("New " + m.group("name"), seq, set(), "created")


#: The Title Case object of a delivery verb names what is delivered: "KCC submitted a further
#: Expression of Interest" (case: gold-kent devolution white paper), "implemented the WMP People Deal"
#: (corpus 001). The name stops before "for"/"in" a place: "Expression of Interest for Kent and Medway".
_DELIVERED = re.compile(r"\b(?:launch(?:ed)?|implement(?:ed)?|introduc(?:ed?|ing)|deliver(?:ed)?|roll(?:ed)?\s+out|"
                        r"submit(?:ted)?|pilot(?:ed)?|establish(?:ed)?|commission(?:ed)?|develop(?:ed)?)\s+"
                        r"(?:the|a|an|our|its)\s+(?:new\s+|further\s+|joint\s+)?(?P<name>" + _TITLE_PHRASE + ")")


#: ... or its subject in the passive: "Body Worn Video was rolled out to 2,500 officers last month", "Oracle
#: Fusion went live in May" (case: tests/test_projects.py, a police change programme update). The name
#: starts the sentence, or follows its article.
_DELIVERED_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\b[Tt]he\s))(?P<name>" + _TITLE_PHRASE + r")\s+(?:was|were|has\s+been|have\s+been|"
    r"had\s+been|is\s+being|are\s+being|is\s+now|are\s+now|went|has\s+gone|have\s+gone)\s+(?:now\s+|successfully\s+|"
    r"fully\s+)?(?:rolled\s+out|implemented|launched|deployed|piloted|installed|live|established|set\s+up|created)\b")


#: A system's one-word name, shaped as a name, after a move to it or its roll-out: "the transition to ESN", "the
#: roll-out of BWV across ...", "the migration to ControlWorks" (police sets 11 and 12; tests/test_projects.py). Not
#: "implementation of" or "introduction of", which mostly take laws, taxes and standards ("GDPR", "VAT"), nor the
#: state a programme hands over to: "transition to BAU" (review of issue 9's work).
_MOVED_TO = re.compile(r"\b(?i:transition|migration|migrating|move|moving|roll-?out|go-live|deployment)\s+(?:to|of)\s+"
                       r"(?:the\s+)?(?!BAU\b)(?P<name>[A-Z]{2,6}\d?|[A-Z][a-z]+[A-Z][A-Za-z]+)(?![\w&-]|\s+[A-Z])"
                       # ... the head of its phrase, not a word before one: "the move to RIBA stage 3" (police set 11)
                       r"(?!\s+(?!(?:across|in|is|are|was|were|be|will|would|to|and|or|for|by|at|on|from|with|has|have|"
                       r"had|as|which|that|could|should|can|may)\b)[a-z])")


_DUE_BY = re.compile(r"\s+by\s+(?:(?:\d{1,2}\s+)?" + _MONTHS + r"(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)$")


def delivered_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"submitted an Expression of Interest", "the transition to ESN": what a delivery verb or noun says is
    delivered."""
    for m in _MOVED_TO.finditer(p.text):
        yield Candidate(m.group("name"), seq, set(), "delivered")
    for m in _DELIVERED_SUBJECT.finditer(p.text):
        name = clean(m.group("name"))
        if len(name.split()) >= 2:
            yield Candidate(name, seq, set(), "delivered")
    for m in _DELIVERED.finditer(p.text):
        # ... nor the date it is due by, which ends it: "able to deliver the FBC by December 2023" (police set 57s, a
        # commissioner's decision report); not a name's own year, "the Carbon Neutral by 2030 Pledge" (review)
        name = clean(re.split(r"\s+(?:for|in)\s+", _DUE_BY.sub("", m.group("name")))[0])
        if len(name.split()) >= 2:
            yield Candidate(name, seq, set(), "delivered")


#: Two names before one plural delivery word are two projects: "the anticipated delay in delivery of the Lake Terrace
#: and Rural Pub Relief projects", "the FireControl and FireLink Projects", "the Body Worn Video and Core Operational
#: Solution projects", "the LTP IP3 and NPIF programmes" (council sets 34, 36, 37 and 43s, police sets 35 and 43); and
#: two systems: "our Automatic Number Plate Recognition and Mobile Asset Utilisation Deployment systems" (police set
#: 55s, a commissioner's decision paper).
_NAME_PART = r"(?:[A-Z][\w’'-]*\s+){1,4}"
_PAIRED = re.compile(r"(?<![\w’'-])(?P<a>" + _NAME_PART + r")(?:and|&)\s+(?P<b>" + _NAME_PART + r")"
                     r"(?i:projects|programmes|schemes|systems)\b")


def _a_name_part(part: str) -> bool:
    """A part of ``_PAIRED`` that is a name: a word shaped as one (an inner capital, a figure, an acronym) or two words
    or more, not opened by a determiner or a verb's -ing; not a common word or a kind: "Housing and Infrastructure
    programmes", "Transformation and Major Projects", "Income & Debt Review projects", "Existing Government and Other
    Body Funding Schemes" (council sets 34, 37 and 41s, police set 40)."""
    tokens = part.split()
    if len(tokens) == 1:
        return bool(re.search(r"[a-z][A-Z]|\d", tokens[0]) or re.fullmatch(r"[A-Z]{2,6}", tokens[0]))
    return tokens[0] not in words("capital_determiners") | {"Other"} and not tokens[0].endswith("ing")


def paired_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"the Lake Terrace and Rural Pub Relief projects": two names one plural delivery word follows."""
    for m in _PAIRED.finditer(p.text):
        a = re.sub(r"^(?:The|the|Both|Either|Neither)\s+", "", m.group("a").strip())  # "Both Northfield Library and
        # Eastgate Hub projects" (review)
        b = m.group("b").strip()
        if _a_name_part(a) and _a_name_part(b):
            yield from (Candidate(clean(name), seq, set(), "keyword-pair") for name in (a, b))


def heading_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """Lettered and numbered sub-headings, and short upper-case ones."""
    text = p.text
    title_like = (p.kind == "paragraph" and p.para_no and len(text.split()) <= 6
                  and not re.search(r"[.:;,]$", text) and text[:1].isupper())
    if p.kind != "heading" and not title_like:
        return
    name = clean(_strip_acronym(text))
    lettered = bool(p.para_no and re.fullmatch(r"\(?[A-Za-z]\)?\.?", p.para_no))
    upper = text.isupper() and not p.para_no and len(text.split()) <= 5
    numbered = bool(p.para_no) and not text.isupper() and len(text.split()) <= 6
    plural = re.search(r"(?i)(programmes|projects|systems|initiatives|schemes|updates|implications)$", name)
    if (lettered or upper or numbered) and not plural:
        yield Candidate(_title(name), seq, {text} if text != name else set(), "heading")


def _title(name: str) -> str:
    return name.title() if name.isupper() and len(name) > 5 else name


#: The status a lead-in's item opens with: "Body Worn Video: Delivered and Closed in March" (review). A lead-in
#: over a description names a project no more often than not: 3 of 3 in corpus 001's bold list ("Summer Academy: A
#: five-day academy was developed ..."), 0 of 5 on the held-out sets ("Women Offenders – partnership working group",
#: "Meeting with FBU: ...", "Work Stream: To continue ...", "Regional and Local Transport: Policy and Delivery Update").
_STATUS_OPENING = re.compile(r"(?i)[^.;:]{0,40}?\b(?:delivered|completed?|closed|live|went\s+live"
                             r"|on\s+(?:track|target|hold)|in\s+(?:progress|delivery)|under\s?way|delayed|paused|not\s+started|started|ongoing"
                             # ... a RAG rating or a stage, early in the item: "Mobile Data Terminals – Amber – supplier
                             # delays", "Digital Interview Recording – procurement complete", "Northgate Library
                             # Relocation: Design stage" (review)
                             r"|(?-i:Red|Amber|Green)|(?:design|feasibility|planning|construction|procurement|tender"
                             r"|delivery|mobilisation|initiation|closure)\s+(?:stage|phase))\b")


#: ... or a list item's name a sentence describes, its verb finite: "Summer Academy: A five-day academy was developed
#: and run with a cohort of 10 Year 10 students", "Social Media Influencers: WMP have just commenced an innovative
#: campaign" (corpus 001); the name in Title Case words alone, not an event's "Meeting with FBU: The Director held ..."
#: (council set 33); not a list's item with no sentence after it. A paragraph's lead-in before a sentence was tried
#: after a review ("Estates Rationalisation: The sale of the former Moor Lane station completed in October 2024"): it
#: found no right name on the 44 held-out sets and two wrong on a clean set, and is not taken.
_DESCRIBED = re.compile(r"[^.;:]{0,80}?\b(?:was|were|has|have|had|is|are|will|went|[a-z]{3,}ed)\b(?:\s+\w+){3}")
_NAME_SHAPED = re.compile(r"[A-Z0-9][\w’'/&.+-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z0-9][\w’'/&.+-]*)*")


def lead_in_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"Name: <status>" leading a list item or a paragraph, "Name: <a sentence about it>" leading a list item, and
    "Name: ..." in a status-table cell."""
    if p.kind not in ("list_item", "paragraph", "table_row"):
        return
    text = p.text
    cells = text.split(" | ") if p.kind == "table_row" else [text]
    if p.kind == "paragraph" and not re.match(r"^[^:]{3,60}:\s", text):
        return  # paragraphs: only "Name: ..." lead-ins
    for cell in cells:
        if p.kind == "table_row" and not STATUS_MARK.match(cell):
            continue  # lead-ins in tables only in status tables (✓/□ cells)
        cell = STATUS_MARK.sub("", cell).strip()
        cell = re.sub(r"^(?:TS\d|[A-Z]{2,5}\d?)\s+(?=[A-Z])", "", cell)
        m = _LEAD_IN.match(cell)
        if m and p.kind != "table_row" and _field_value(cell[m.end() - 1 :]):
            continue  # a form's field and its value: "Decision Maker: Cabinet" (tests/test_projects.py)
        if m and p.kind != "table_row" and not _STATUS_OPENING.match(cell, m.end() - 1) \
                and not (p.kind == "list_item" and _DESCRIBED.match(cell, m.end() - 1)
                         and _NAME_SHAPED.fullmatch(m.group("name").strip())):
            continue
        if m:
            name = clean(_strip_acronym(m.group("name")))
            if name[:1].isupper() and len(name.split()) <= 7:
                yield Candidate(name, seq, set(), "status-table" if p.kind == "table_row" else "lead-in")


#: A costed item that its kind word names: "Stockton Rewire £40k - Scheme deferred until 2019/20.", "EMSCP - returning
#: £63k - scheme deferred" (police set 33, a commissioner's capital decisions). Not "LOCARD replacement £100k- budget
#: returned": the kind word must follow the sum, and say what became of it: not "Pay Award £2.3m - programme of
#: savings" (review). The sum may end a sentence of its own: "Digital Interview Recording Equipment £500k. Scheme
#: deferred until 2019/20." (police set 92, the same commissioner's later changes).
_COSTED = re.compile(r"^(?P<name>[A-Z][\w’'/&-]*(?:\s+[\w’'/&-]+){0,5}?)\s*[-–]?\s*(?:returning\s+)?£[\d.,]+[km]?\b"
                     r"\.?\s*[-–]?\s*(?:the\s+)?(?:scheme|project|programme)\s+(?:\w+ed|complete|on\s+hold)\b", re.I)


def costed_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"Name £40k - Scheme ...": a passage that opens on a name, its sum and its kind."""
    m = _COSTED.match(p.text) if p.kind in ("list_item", "paragraph") else None
    if m and m.group("name")[:1].isupper() and not _MONEY_NAME.search(m.group("name")):
        yield Candidate(clean(m.group("name").rstrip(" -–")), seq, set(), "costed")


#: What an update is on: "an update report from the Police and Crime Commissioner on the Investigative Hub" (police set
#: 33, a panel's minutes). Not a standing report's title ("the quarterly Treasury Management update", review).
_UPDATE_ON = re.compile(r"\b(?:update|progress)\s+(?:report\s+)?(?:from\s+[^.;]{3,80}?\s+)?on\s+the\s+"
                        r"(?P<name>" + _TITLE_PHRASE + r")")


def update_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """The subject of an update, which is what boards follow; a financial year after it is the update's period: "an
    update on the ERP Gold Programme for 2019/20" (council set 91s, a joint committee's report)."""
    for m in _UPDATE_ON.finditer(p.text):
        name = m.group("name")
        if re.match(r"\s?[/–-]\s?\d\d", p.text[m.end():]):
            name = re.sub(r"\s+(?:for|in|during|of)\s+(?:19|20)\d\d$", "", name)
        yield Candidate(clean(name), seq, set(), "updated")


def _field_value(value: str) -> bool:
    """A form field's value after its label, not a description: a few words ("Decision Maker: Cabinet") or names and
    posts in capitals with no lower-case word ("Decision Maker: GM Deputy Mayor, Group Finance Officer", police set
    13, a deputy mayor's decision; tests/test_projects.py), or a post's, whose joining words are no description:
    "Decision Maker: Corporate Director of Growth, Business and Skills" (council set 30, a council's decision page);
    not a status in Title Case: "Body Worn Video: Delivered and Closed" (review)."""
    lower = re.findall(r"\b[a-z]{3,}\b", value)
    post = all(w in _SMALL for w in lower) and bool(_POST_IN_VALUE.search(value))
    return len(value.split()) < 3 or not lower or post


_POST_IN_VALUE = re.compile(r"\b(?:Director|Head|Officer|Member|Manager|Chief|Commissioner|Leader|Mayor|Executive)\b")


_KIND_WORD = r"\b(?:project|programme|system|initiative|workstream)s?\b"


def list_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """"projects like A, B and C", "systems such as A and B"."""
    text = p.text
    for m in [*_LIST_INTRO.finditer(text), *_SYSTEMS_OF.finditer(text), *_COLON_LIST.finditer(text),
              *_LIST_OF_KIND.finditer(text)]:
        # the kind is said in the list's sentence: not "... programme. ... stakeholders, including District and
        # Borough colleagues" (uk-council Cabinet minutes of 9 January)
        sentence = re.split(r"[.;!?]\s", text[: m.start("list")])[-1]
        kind_before = re.search(_KIND_WORD, sentence[-80:], re.I)
        if not (kind_before or m.re is _LIST_OF_KIND):
            continue
        # a plain word is a name only in a list right after its kind: "systems such as the Police National
        # Computer, HOLMES and Niche" (police set 9), not "The project will work with partners including the
        # Council, Fire and Health" (review of issue 9's work)
        right_after = re.search(_KIND_WORD + r"\s+(?:such\s+as|including|like|namely|of)\s+(?:the\s+)?$",
                                text[: m.start("list")], re.I)
        if _one_defined_name(m.group("list")):
            continue
        for part in re.split(r";\s*|,\s*|\s+and\s+", m.group("list")):
            part = _ITEM_TAIL.sub("", re.sub(r"\s*\([A-Z]{2,6}\)", "", part.strip()))
            name = clean(re.sub(r"^the\s+", "", part))
            plain = " " not in name and not shaped_like_a_name(name)
            if re.fullmatch(_TITLE_PHRASE, name) and (right_after or not plain):
                yield Candidate(name, seq, set(), "list")


#: Items of any case that the kind word after them declares: "the completion of the Museum and HTH recovery,
#: Customer Portal, Full review of the Council Tax Reduction Scheme, and Green Space Management Strategy Projects"
#: (council set 28, a cabinet's minutes; tests/test_projects.py). Each item starts with a capital, after "the" (not
#: "The": "The Board noted the Town Hall, ..." is no item, review); the
#: last is in Title Case right before the kind word: not "the Chair, Vice-Chair and Members had discussed the future
#: of the capital projects" (review).
_KIND_ITEM = r"[A-Z][\w’'&/-]*(?:\s+[\w’'&/-]+){0,7}"
_KIND_LIST = re.compile(r"\bthe\s+(?P<list>" + _KIND_ITEM + r"(?:,\s+" + _KIND_ITEM + r")+,?\s+(?:and|&)\s+"
                        + _TITLE_PHRASE + r")\s+(?i:projects|programmes|workstreams|initiatives)\b")
#: Words of a clause, not of a name: "the Leader, Deputy Leader and Chief Executive who set out ..." (review)
_CLAUSE_WORD = re.compile(r"\b(?:to|who|which|that|their|his|her|had|has|have|was|were|is|are|be|been|will|would)\b")


def kind_list_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """The items of a list its kind word follows, whatever their case: "the A, B and C projects". A one-word item is
    left to ``list_candidates`` ("the January, February and March projects", review)."""
    for sentence in re.split(r"(?<=[.;!?])\s+", p.text):
        for m in _KIND_LIST.finditer(sentence) if len(sentence) <= 600 else ():
            items = [i.strip() for i in m.group("list").split(",")]
            last = re.match(r"(?:and|&)\s+(.+)", items[-1])
            if last:  # "A, B, and C": the serial comma ends the list
                items[-1] = last.group(1)
            else:  # "A, B and C"
                items[-1:] = re.split(r"\s+(?:and|&)\s+(?=[A-Z])", items[-1])[-2:]
            for item in items:
                if " " in item and not _CLAUSE_WORD.search(item):
                    yield Candidate(clean(item), seq, set(), "kind-list")


def _one_defined_name(items: str) -> bool:
    """The "list" is one name its acronym defines: "including the North East Transformation, Innovation and
    Collaboration Programme (NETIC)" (police set 18, a police and crime panel's minutes)."""
    defined = re.match(r"(?:the\s+)?(?P<name>[^()]{3,160}?)\s*\((?P<acr>[A-Z][A-Za-z0-9&]{1,9})\)", items)
    return bool(defined) and (initials_match(defined.group("name"), defined.group("acr")) or "").startswith(
        defined.group("name").split()[0])


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[-−+£$€(]*\s*[\d,.]+\s*[%)mk]*", cell.strip()))


#: A header cell that names the column of projects: "Project", "Project Name", "LIVE Programmes",
#: "Potential Forthcoming Projects" — not "Description of Project" or "Total Cost of Scheme".
_PROJECT_COLUMN = re.compile(r"(?i)^(?!.*\b(?:description|cost|spend|budget|total)\b).*\b(?:projects?|programmes?|"
                             r"workstreams?|initiatives?|schemes?)(?:\s+(?:name|title))?\s*$")


def project_columns(table) -> list[int]:
    """The columns whose header names projects; a column a directorate, a description or a cost
    heads is not one (case: uk-council capital programme tables, where row labels were "CYPE",
    "GET", "ASCH")."""
    columns = []
    for j in range(table.n_cols):
        parts = [r[j].strip() for r in table.rows[: max(1, table.header_rows)] if j < len(r) and r[j].strip()]
        if any(_PROJECT_COLUMN.match(part) for part in parts):
            columns.append(j)
    return columns


def _status_cell(cell: str, is_status: Callable[[str], str | None]) -> bool:
    """A cell that states a status ("Delivered", "In Progress", "On Track"); a status word that
    only qualifies the Title Case noun after it starts a name: "Future Assets" in a column of
    "Potential Forthcoming Projects" (case: tests/test_projects.py, a capital projects table)."""
    words_of = cell.split()
    rest = " ".join(words_of[1:])
    named = len(words_of) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words_of)
    return bool(is_status(cell)) and not (named and is_status(words_of[0]) and not is_status(rest))


def row_labels(row: list[str], is_status: Callable[[str], str | None]) -> list[str]:
    """The leading text cells of a table row, less status words ("Delivered", "Live Programmes");
    none for a row of label/value pairs ("ROCU | 4% | PPU | 7%")."""
    labels: list[str] = []
    kinds = ["n" if _numeric(c) else "t" for c in row if c.strip()]
    if "ntn" in "".join(kinds).replace("nn", "n"):
        return labels
    for cell in row:
        if _numeric(cell) or cell.strip() in ("-", "–") or STATUS_MARK.match(cell.strip() + " "):
            break
        cell_words = cell.split()
        if cell.strip() and len(cell_words) <= 8 and not (_status_cell(cell, is_status) and len(cell_words) <= 3) \
                and not re.search(r"(?i)\bprogrammes\b|\bprojects\b|^total", cell):
            labels.append(cell.strip())
    return labels


def table_candidates(seq: int, p: Passage, doc: Document,
                     is_status: Callable[[str], str | None]) -> Iterator[Candidate]:
    """The cells of the project columns of a table: "Our Data - Connect"."""
    if p.kind != "table_row" or p.table_index is None or p.row is None:
        return
    table = doc.tables[p.table_index]
    columns = project_columns(table)
    if p.row < table.header_rows or not columns:
        return
    # a row's reference number is no figure that ends its labels: "1 | Home Support Fund & Equipment | ..." under
    # "ROW REF | Project" (kent set 10, the capital investment appendix; tests/test_projects.py)
    refs = index_columns(table)
    row = [cell for j, cell in enumerate(table.rows[p.row]) if j not in refs]
    columns = [j - sum(r < j for r in refs) for j in columns if j not in refs]
    if not row_labels(row, is_status):
        return  # a row of label/value pairs ("ROCU | 4% | PPU | 7%"), or of figures only
    cells = [row[j] for j in columns if j < len(row)]
    for label in row_labels(cells, is_status):
        yield from _label_candidates(seq, STATUS_MARK.sub("", label))


def _label_candidates(seq: int, label: str) -> Iterator[Candidate]:
    """A project column's label, and the names it lists. A name and its part joined by a dash is the part, named in
    full, under the name: "Our Data - Connect" (corpus 001: "Connect", under "Our Data"), "Zebra Funding - Electric
    Buses and infrastructure", "New Transfer Station - Folkestone & Hythe" (kent set 10, the capital investment
    appendix, whose annotator names them in full; tests/test_projects.py)."""
    dashed = re.split(r"\s+[-–]\s+", _MARKS_AFTER.sub("", label))
    if len(dashed) == 2 and len(_listed(dashed[1])) == 1:
        head, part = clean(dashed[0]), clean(dashed[1])
        whole = f"{dashed[0].strip(' *:')} - {part}"  # as the table writes it: "Our Data - Connect"
        if len(head.split()) <= 6 and not head.lower().startswith("total"):
            yield Candidate(head, seq, set(), "table")
            if len(whole.split()) <= 10:
                yield Candidate(whole, seq, {part}, "table", parent=head)
        return
    parts = [item for part in dashed for item in _listed(part)]
    for level, part in enumerate(parts):
        name = clean(part)
        if len(name.split()) <= 6 and not name.lower().startswith("total"):
            parent = clean(parts[0]) if level and len(dashed) > 1 else None
            yield Candidate(name, seq, set(), "table", parent=parent)


def _listed(cell: str) -> list[str]:
    """A cell's names: a list is split at its commas ("Estates, Detained P, Heritage", "BWV P1/2, Smarter R": corpus
    000's status table; "Estates, Fleet"); a road's comma before one word names its town: "A28 Chart Road, Ashford",
    "Bath Street, Gravesend", "A2 Off Slip Wincheap, Canterbury" (kent set 10, the capital investment appendix;
    tests/test_projects.py)."""
    items = re.split(r",\s+", cell)
    town = len(items) == 2 and len(items[1].split()) == 1 and bool(_ROAD.search(items[0]))
    return [cell] if town else items


#: A road or street: "A28 Chart Road", "Bath Street", "A2 Off Slip Wincheap".
_ROAD = re.compile(r"\b(?:[ABM]\d{1,4}|Road|Street|Lane|Avenue|Way|Link|Bridge|Hill|Slip|Junction)\b")


@cache
def _lower_phrase_re() -> re.Pattern:
    keywords = "|".join(re.escape(w) for w in sorted(words("keyword") - words("capitalised_only"), key=len,
                                                     reverse=True))
    # a participle before the name is not part of it: "an updated wellbeing strategy" (corpus 001)
    return re.compile(r"\b(?:the|a|an|our|its|their|new|this|of|on|for)\s+(?:[a-z]+ed\s+)?"
                      r"(?P<name>(?:[a-z][a-z-]+\s+){1,3}(?:" + keywords + r"))\b")


def _plain_modifiers(name: str, times: int = 2) -> bool:
    """No glue word, determiner ("for each project", samples' 2019 Northmoor paper), generic modifier
    or participle among the words before the delivery word; generic modifiers only make a name of two or more said
    three times or more: "local government reorganisation" (kent sets 17, 18 and 23s, council minutes and a section 25
    statement that never write it in capitals), not "local plan" or "capital programme"."""
    mods = name.split()[:-1]
    glue = set(_GLUE.split("|")) | {"new", "provides"} | {w.lower() for w in words("capital_determiners")}
    generic_ok = len(mods) >= 2 and times >= 3
    return not any(w in glue or (w in words("generic_modifier") and not generic_ok) or re.search(r"(?:ed|ly)$", w)
                   for w in mods)


def repeated_phrase_candidates(doc: Document, start: int) -> Iterator[Candidate]:
    """A lower-case name the paper returns to: "public service reform", "devolution settlement" (each
    twice or more; case: gold-kent devolution papers). Said once, such a phrase is mostly a
    description ("a pilot project", "the core system": corpus 000, 001), so once is not enough."""
    first: dict[str, int] = {}
    times: Counter[str] = Counter()
    for seq, p in enumerate(doc.passages[start:], start):
        for m in _lower_phrase_re().finditer(p.text) if p.kind != "caption" else ():
            first.setdefault(m.group("name"), seq)
            times[m.group("name")] += 1
    for name, seq in first.items():
        if times[name] >= 2 and _plain_modifiers(name, times[name]):
            yield Candidate(name[0].upper() + name[1:], seq, set(), "repeated")



#: A programme of the organisation's own in one of the fields it changes, named in small letters once: "the overall
#: transformation programme", "a costed digital strategy", "the estates review" (``delivery_domain`` in
#: patterns/projects.jsonl, each field's cases there: 22 of 26 such phrases on the held-out sets were gold names). Said
#: once, a lower-case name is otherwise a description (``repeated_phrase_candidates``); a field's word makes it a name.
#: One word may come before the field's, as the paper writes it: "the wider digital strategy", "the learning estate
#: strategy" (tests/test_projects.py).
@cache
def _domain_re() -> re.Pattern:
    fields = "|".join(sorted(words("delivery_domain"), key=len, reverse=True))
    return re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his)\s+"
                      r"(?P<said>(?:(?!(?:" + _GLUE + r")\b)[a-z][\w-]+\s+)?"
                      r"(?P<name>(?:" + fields + r")\s+(?:programme|strategy|project|plan|review)))\b"
                      r"(?!\s+(?:programme|project|plan|board|group|team|review|strategy)\b)")  # not "the digital
    # strategy programme" (council set 29), whose name the keyword rule gives whole


#: ... or a lower-case programme or project named by the change it makes to a thing the organisation has, after "the"
#: or "our": "the mobile phone replacement programme", "the hardware re-fresh programme" (police set 70s), "the property
#: acquisition programme" (council set 65s) (``change_action`` in patterns/projects.jsonl).
@cache
def _action_re() -> re.Pattern:
    actions = "|".join(sorted((re.escape(w) for w in words("change_action")), key=len, reverse=True))
    return re.compile(r"\b(?:[Tt]he|[Oo]ur)\s+(?P<name>(?P<said>(?:(?!(?:" + _GLUE + r")\b)[a-z][\w-]+\s+){1,2}"
                      r"(?:" + actions + r")\s+(?:programme|project)))\b")


def domain_candidates(doc: Document, start: int) -> Iterator[Candidate]:
    """A lower-case programme, strategy, project, plan or review in a field the organisation changes
    (``_domain_re``), or named by its change (``_action_re``); proposed after the other strategies, so that a name the
    paper also gives in capitals is shown so: "Learning Estate Strategy" (tests/test_projects.py)."""
    text = "\n".join(p.text for p in doc.passages[start:]).lower()
    for seq, p in enumerate(doc.passages[start:], start):
        found = [*_domain_re().finditer(p.text), *_action_re().finditer(p.text)] if p.kind != "caption" else []
        for m in found:
            said, name = m.group("said"), m.group("name")
            if text.count(name) > text.count(said):
                said = name  # ... the paper names it without the word too: "the wider digital strategy" beside "the
                # Digital Strategy" is the Digital Strategy (council set 35)
            yield Candidate(said[0].upper() + said[1:], seq, set(), "domain")

def called_acronym_candidates(doc: Document, start: int) -> Iterator[Candidate]:
    """A defined name that qualifies the noun after its bracket is still a project's when the paper
    calls its acronym one: "Digital Services Transformation (DST) Deep Dive" in a paper that goes on
    to "the DST programme" (case: tests/test_projects.py, a governance board's minutes)."""
    keywords = "|".join(re.escape(w) for w in sorted(words("keyword"), key=len, reverse=True))
    text = "\n".join(p.text for p in doc.passages[start:])
    called = set(re.findall(r"\b([A-Z][A-Za-z0-9&]{1,9})\s+(?:" + keywords + r")\b", text))
    for seq, p in enumerate(doc.passages[start:], start):
        for _, acr, written, after in _definitions(p.text) if p.kind != "caption" else ():
            name = initials_match(written, acr) if written and acr in called else None
            if name and not re.match(r"\s*:", after) and not _inner_name(written, name) \
                    and not _body_head_follows(after):
                yield Candidate(clean(name), seq, {acr}, "acronym")


_TITLE_FRAME = re.compile(
    r"^(?:Appendix\s+\w+\s*[:–-]\s*|\d+/\d+\s*[:–-]\s*)"  # "Appendix G – ", a decision's number "22/2016: "
    # "Update on the ..." (council set 17), "Review of Transformation Programme" (council set 18)
    r"|^(?:an?\s+)?(?:(?:progress\s+)?(?:update|report)\s+on|review\s+of)\s+(?:the\s+)?"
    r"|\s*[-–:,]?\s*(?:\b(?:progress\s+)?update|\breport|\bmonitoring|\b(?:outline|full|final)?\s*business\s+case|for\s+decision"
    r"|deep\s+dive|timeline)\s*$"  # what the paper is, after its subject: "... update", "... Outline Business Case",
    # "... Monitoring Report" (police set 19, a panel's paper), "School Estate Plan Timeline" (council set 52s)
    r"|\s*[-–:,]\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}\s*$"  # its date: "... – 13 September 2016", ": December 2020"
    # ... and the edition in brackets after a report's kind: "Capital Programme and Monitoring Report (August
    # Monitoring)" (council set 65s, a cabinet's decision page)
    r"|(?<=report|update)\s*\([^()]{2,40}\)\s*$",
    re.I)


def _title_seq(doc: Document) -> int:
    """The passage of the paper's title line, else the first."""
    return next((i for i, p in enumerate(doc.passages) if p.text.strip() == (doc.title or "").strip()), 0)


def _said_in_body(doc: Document, start: int, name: str, flags: int) -> int | None:
    """The first body passage, other than the title's own line, that says ``name``."""
    said = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", flags)
    return next((i for i, p in enumerate(doc.passages[start:], start)
                 if said.search(p.text) and p.text.strip() != (doc.title or "").strip()), None)


#: A list's introduction that names its items' kind: "The Programme had four key workstreams, namely:", "this programme
#: which included 5 main projects:" (police set 36, a fire authority's minutes), or a heading "Current Projects".
_KIND_INTRO = re.compile(r"\b(?:projects|programmes|workstreams|work streams|strands|initiatives|schemes)\b"
                         r"(?:[^.;:]{0,30}):?\s*$", re.I)
#: ... or that announces them, however long it runs on: "Members undertook a detailed review into the following projects
#: to understand the likelihood of delivery, ... including stopping the project or delivering it in a different way:"
#: (council set 35, a scrutiny committee's minutes), "the following seven projects to be delivered as part of the Local
#: Transport Plan ... 2017/18:." (council set 37, a combined authority's minutes)
#: The words between are a count or a kind, no noun of their own and no preposition: not "the following concerns about
#: schemes"; the kind is no "schemes of delegation" or "programmes of study"; and no other noun nearer the colon names
#: the items below: not "the following projects, and ... responded on each of the points raised as summarised
#: below:" (review).
_FOLLOWING = re.compile(r"\bthe following\s+(?:(?!(?:about|of|for|in|on|with|from|regarding|to)\b)[\w-]+(?<!s)\s+)"
                        r"{0,2}?(?:projects|programmes|workstreams|work streams|strands|initiatives|schemes)\b"
                        r"(?!\s+of\b)(?![^:]*\b(?:points?|concerns?|issues?|questions?|comments?|matters?|responses?|"
                        r"topics?|actions?)\b[^:]*\b(?:below|as\s+follows)\b)", re.I)
#: An item of that list: its first clause, short ("Fleet and Equipment (replacement);", "People Development.")
_LIST_ITEM = re.compile(r"^[·•\-–*]?\s*(?:the\s+)?(?P<name>[A-Za-z][^;:.]{2,90}?)"
                        r"\s*(?:;\s*(?:and|or)?|\.|,?\s+and)?\s*$")
#: ... or a bullet whose first sentence names the item and the next says how it stands: "· closure of Budleigh
#: Salterton fire station. This had been completed;" (police set 36, a fire authority's minutes: "progress made against
#: each of the following strands:"); an abbreviation's full stop ends no sentence: "New roof at St. Mary's" (review)
_ABBREVIATIONS = ("St", "Dr", "Mt", "No", "Rd", "Mr", "Mrs", "Ms", "Cllr")
_ABBREVIATED = "(?:" + "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS) + r")\."
_NOT_ABBREVIATED = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
_BULLET_ITEM = re.compile(r"^[·•\-–*]?\s*(?:the\s+)?(?P<name>[A-Za-z](?:[^;:.()]|" + _ABBREVIATED + r"){2,90}?)"
                          r"\s*(?:\([^()]*\))?" + _NOT_ABBREVIATED + r"\.\s+[A-Z]")
#: ... or a marked item that is a name and its sum alone: "- Mobile device replacement – £550k." under "is returning a
#: total of £1,058k across the schemes as detailed below:" (police set 92, a commissioner's capital changes)
_COSTED_ITEM = re.compile(r"^[·•\-–*]?\s*(?:the\s+)?(?P<name>[A-Za-z][^;:.£]{2,90}?)\s*[-–—:]?\s*£[\d.,]+[km]?\.?$")
#: A costed name that is a sum's, not a scheme's: "Final cost £1.1m. Programme completed ...", "Revenue contribution to
#: capital £250k. Scheme funded ...", "Capital allocation £2m. Scheme approved ..." (reviews)
_MONEY_NAME = re.compile(r"(?i)\b(?:costs?|contributions?|budgets?|funding|spend|savings?|totals?|underspends?"
                         r"|overspends?|reserves?|receipts?|borrowing|variances?|allocations?|grants?|awards?"
                         r"|outturns?)\b")
#: An introduction to what is under- or overspent, whose costed items are budget lines (review).
_VARIANCE = re.compile(r"(?i)\b(?:under|over)[\s-]?spen[dt]\w*|\bvariances?\b")
#: ... whose first sentence is a name, not a statement: no verb, no pronoun subject ("Costs have risen", "We listened
#: to the public", "Good progress has been made", review)
_STATEMENT = re.compile(r"^(?:I|(?i:we|it|they|he|she|this|these|that|those|there|our|their|more|good))\b|"
                        r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|"
                        r"did|been)\b")
#: ... and a list of risks, issues or concerns about projects is no list of projects: "The main risks to the delivery
#: of these schemes are:", "Members raised the following concerns about the proposed schemes:" (review)
_NOT_THE_KIND = re.compile(r"(?i)\b(?:risks?|issues?|concerns?|challenges?|problems?|questions?|comments?|points?|"
                           r"objections?|lessons?)\s+(?:to|of|from|about|for|with|facing|in|around|regarding)\b"
                           r"[^.;:,]{0,50}$")  # ... tied to them: not "To address the issues raised by HMICFRS, the
                           # force has launched the following projects:" (review)


def intro_list_candidates(doc: Document, start: int) -> Iterator[Candidate]:
    """The items of a list whose introduction names their kind, one passage an item, whatever their case:
    "5 main projects:" then "Missing persons and real time demand management;" ... (police set 36, a fire
    authority's minutes; tests/test_projects.py). The list ends at the first passage that is no short item."""
    passages = doc.passages
    for seq in range(start, len(passages) - 1):
        intro = passages[seq]
        said = re.search(r":\.?\s*$", intro.text) or intro.kind == "heading"
        kind = _KIND_INTRO.search(intro.text[-120:])
        named = not _NOT_THE_KIND.search(intro.text[-120:][: kind.start()]) if kind else _FOLLOWING.search(intro.text)
        if said and named:
            yield from _intro_items(passages, seq)


def _intro_items(passages: list[Passage], seq: int) -> Iterator[Candidate]:
    """The items after the introduction at ``seq``, to the first passage that is no item (and, in a list of bullets,
    no bullet; in a list of costed items, none with no sum)."""
    bullets = priced = False
    # ... a list of what is under- or overspent is of budget lines: "The following programmes are forecast to
    # underspend as detailed below:" then "- Staffing vacancies – £200k." (review)
    variance = bool(_VARIANCE.search(passages[seq].text))
    # ... and costed items are schemes only in a capital programme's list: not grants awarded, fees, savings proposals
    # or courses bought under "the following community schemes were awarded grants:" (the second review)
    capital = bool(re.search(r"(?i)\bcapital\b", passages[seq].text))
    for item_seq in range(seq + 1, len(passages)):
        passage = passages[item_seq]
        text = passage.text.strip()
        marked = passage.kind == "list_item" or text[:1] in "·•-–*"
        if bullets and not marked:
            break  # a list of bullets ends at its first passage with none: "Members welcomed the figures." (review)
        bullet = _BULLET_ITEM.match(text) if marked else None
        if bullet and _STATEMENT.search(bullet.group("name")):
            bullets = True
            continue  # a bullet that says something names no item; the list goes on (review)
        led = _LEAD_IN.match(re.sub(r"^[·•\-–*]\s*", "", text)) if marked and not bullet else None
        costed = _COSTED_ITEM.match(text) if marked else None
        if (priced and not costed) or (costed and (variance or not capital
                                                   or _MONEY_NAME.search(costed.group("name")))):
            break  # ... nor what follows costed items: "The schemes will be funded from prudential borrowing." (review)
        priced = priced or bool(costed)
        item = costed or bullet or _LIST_ITEM.match(text)
        if led and (item is None or len(item.group("name").split()) > 10):
            item = led  # an item's name before its account: "Digital Policing – giving officers and staff the devices
            # ..." under "The programme has been organised into three themes:" (samples, a change programme update)
        if item is None or passage.kind == "heading" or len(item.group("name").split()) > 10 \
                or (item_seq == seq + 1 and text.endswith(".") and not (bullet or costed)):
            break  # ... and a list of names is no run of sentences: "Major Projects" over "The report was
            # noted." (review); its last item may end in a full stop
        bullets = bullets or bool(bullet)
        name = clean(re.sub(r"\s*\([^()]*\)$", "", item.group("name")))  # "Fleet and Equipment (replacement)"
        if re.match(r"[a-z]+\b", name):
            # an item runs on from its introduction in lower case: "closure of Budleigh Salterton fire station" is
            # the strand "Closure of ..."; not "iTrent upgrade" (reviews)
            name = name[:1].upper() + name[1:]
        yield Candidate(name, item_seq, set(), "intro-list")
        if text.endswith(".") and not (bullet or costed):
            break


#: ... or the items in the introduction's own passage after its colon, one to a semicolon, three or more, where the
#: introduction counts its kind: "Mrs Jane Robertson gave an overview of the five new projects: development of locality
#: plans; locality management; health and social care coordination; community led support; and the matching unit."
#: (council set 33, a health and social care partnership's minutes), "The three strands of the transformation
#: programme: ...". Not a list of something else about them, which counts nothing: "The aims of the new initiatives:",
#: "Wards covered by the initiatives:", "Next steps for the projects:", "Concerns raised by residents about the
#: schemes:" (review).
_INLINE_LIST = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                          r"following|(?:a\s+)?number\s+of)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:projects|programmes|workstreams|work streams|strands|initiatives|schemes)\b"
                          r"(?P<between>[^.;:]{0,60}):\s+(?P<items>[^:;.]+(?:;[^:;.]+){2,})(?:\.(?:\s|$)|$)", re.I)


def inline_list_candidates(seq: int, p: Passage) -> Iterator[Candidate]:
    """The items of a list its introduction counts by kind, run on in one passage: "the five new projects: A; B; C; and
    D." Each item a name's length (``_LIST_ITEM``), saying nothing (``_STATEMENT``, ``_CLAUSE_WORD``)."""
    for m in _INLINE_LIST.finditer(p.text):
        if _NOT_THE_KIND.search(p.text[: m.start()][-120:]):
            continue
        items = [re.sub(r"^(?:and|or)\s+", "", item.strip()) for item in m.group("items").split(";")]
        if all(_LIST_ITEM.match(item) and not _STATEMENT.search(item) and not _CLAUSE_WORD.search(item)
               and len(item.split()) <= 10 for item in items):
            yield from (Candidate(clean(item[:1].upper() + item[1:]), seq, set(), "intro-list") for item in items)


#: A paper's reference number in its title, not a year's span: "Decision 028-2021 – CARS" (a commissioner's decisions
#: page, the West Midlands held-out set), not "Draft Revenue Budget 2025-26" (kent set 15).
_REFERENCE = re.compile(r"\b\d+[/-]\d+\b(?<!\b(?:19|20)\d\d[/-]\d\d)(?<!\b(?:19|20)\d\d[/-](?:19|20)\d\d)")


def _titled_part(doc: Document, start: int, subject: str) -> str | None:
    """The part of a title split by dashes or commas that names its subject: the first, ending in a delivery word
    ("Learning Estate Strategy - Secondary Schools Update", tests/test_projects.py), else the one part after a dash that
    reads as a project's name (``_project_like``) and that the body says again in its capitals: "Investment Requests –
    February 2016 - Body Worn Video (BWV)" (police set 39, a decision page), and that no other part holds: not "Fire
    and Rescue - Update on the Fire and Rescue Retained Duty System Review" (police set 48). None if no part or several
    do: "Budget Consultation - Results of the Survey"; not a service, a body or a place after a frame: "Performance
    Report – Adult Social Care", "Grant Award – Victim Support" (review)."""
    parts = re.split(r"\s[-–]\s|,\s", subject)
    if len(parts) == 1 or _named(parts[0]):
        return _strip_acronym(parts[0])
    names = [_strip_acronym(part) for part in parts]
    said = [name for part, name in zip(parts, names, strict=True)
            if len(name.split()) >= 2 and name[:1].isupper() and not _REFERENCE.search(name)
            and not any(name in other for other in names if other != name) and _project_like(doc, start, part, name)]
    return _with_kind(doc, start, said[0]) if len(said) == 1 else None


def _project_like(doc: Document, start: int, part: str, name: str) -> bool:
    """A title's part reads as a project's name when it ends in a delivery word, spells its own acronym ("Body Worn
    Video (BWV)", police set 39), the body writes a delivery word after it ("Herefordshire Connects Programme", council
    set 38) or says it twice in its capitals; each time, the body says it again. Said once, a service, a body or a
    building after a frame is as likely: "Performance Report – Adult Social Care", "Grant Award – Victim Support",
    "Estates Update – Hereford Fire Station" (review)."""
    first = _said_in_body(doc, start, name, 0)
    if first is None:
        return False
    spelt = part != name and initials_match(name, part[len(name):].strip(" ()")) is not None
    return _named(name) or spelt or _with_kind(doc, start, name) != name \
        or _said_in_body(doc, first + 1, name, 0) is not None


#: The delivery words a body may write after a title's part: "Herefordshire Connects Programme" (council set 38).
_KIND_AFTER = r"(?i:programme|project|system|scheme|initiative|pilot)"


def _with_kind(doc: Document, start: int, part: str) -> str:
    """The part with the delivery word the body writes after it: "Herefordshire Connects - Progress Report" names the
    "Herefordshire Connects Programme" (council set 38, a committee's minutes), one project, not two; not "Body Worn
    Video training" (review)."""
    said = re.compile(r"(?<![\w-])" + re.escape(part) + r"\s+(?P<kind>" + _KIND_AFTER + r")\b")
    m = next((m for p in doc.passages[start:] if (m := said.search(p.text))), None)
    return f"{part} {m.group('kind')}" if m else part


_PERIOD_ONLY = re.compile(r"(?:(?:Q[1-4]|Quarter\s+(?:[1-4]|One|Two|Three|Four)|Half[\s-]Year|Mid-Year|Year[\s-]End"
                          r"|(?:Period|Month)\s+\d{1,2}|(?:19|20)\d\d(?:[/-]\d{2,4})?)\s*)+", re.I)
_PERFORMANCE = re.compile(r"\bperformance$", re.I)


def title_candidates(doc: Document, start: int) -> Iterator[Candidate]:
    """The subject of the paper's title, when the body names it again: "Emergency Services Network update", "Appendix
    G – Reserves Policy", "Body Worn Video Outline Business Case" (tests/test_projects.py; police set 8 and the
    uk-council reserves policy, measured unseen). The filters judge it as any other name."""
    subject = doc.title or ""
    while (shorter := _TITLE_FRAME.sub("", subject, count=1).strip()) != subject:
        subject = shorter
    if len(subject.split()) < 2 or not subject[:1].isupper() or len(subject) > 80 or _PERIOD_ONLY.fullmatch(subject) \
            or _PERFORMANCE.search(subject):
        return  # ... nor a period alone: "Q3 2023/2024 Monitoring Report" (police set 45s, a panel's item page); nor a
        # report on how a service or a fund performs: "Towns Fund Performance Update", "Towns Fund six-monthly
        # performance report" (council sets 32 and 41s), "Adult Social Care Performance Report" (review)
    # two subjects are each a name ending in a delivery word, or none: "Revenue and Capital Budget Monitoring";
    # a long subject ends in one ("Capital Investment Summary 2025-26 to 2034-35" is a table's), and no subject
    # holds a period or a date inside it ("High Level 2025-28 Revenue Plan", "Investments as at 30 September 2024")
    # ... and a named subject before a dash or a comma: "Learning Estate Strategy - Secondary Schools Update"
    # (tests/test_projects.py, after a council's executive report), "Update on the Corporate Transformation
    # Programme, and the Technology and Customer Workstreams" (council set 17, a joint cabinet report)
    subject = _titled_part(doc, start, subject)
    if subject is None:
        return
    parts = _two_names(subject) if re.search(r"\s(?:and|&)\s", subject) else [subject]
    for part in parts:
        if any(is_period(w) for w in part.split()[:-1]) or (len(part.split()) > 4 and not _named(part)):
            continue
        seq = _said_in_body(doc, start, part, 0)  # as a name, in its capitals
        if re.search(r"\s(?:and|&)\s", part):
            # ... only so, with "and" inside: "Police and Crime Plan Update Report" (police set 19, a panel's paper),
            # not "Revenue and Capital Budget Monitoring" and "the revenue and capital budget monitoring"
            if seq is not None:
                yield Candidate(part, seq, set(), "title")
            continue
        if seq is None and _named(part):
            # ... or, ending in a delivery word, in lower case: "Vehicle Replacement Programme" and "the annual vehicle
            # replacement programme" (tests/test_projects.py, after a police decision paper), or by that word alone:
            # "Sheringham Leisure Centre Project Update: December 2020" and "the project remained on-track" (council
            # set 11, a committee's minutes item, measured unseen)
            seq = _said_in_body(doc, start, part, re.I)
            # ... or by its last two words: "the council’s agreed transformation programme" (council set 17)
            if seq is None and part.split()[-1].lower() in ("project", "programme"):  # not "the plan", "the scheme"
                seq = _said_in_body(doc, start, "the " + part.split()[-1], re.I)
                seq = _said_in_body(doc, start, " ".join(part.split()[-2:]), re.I) if seq is None else seq
            # ... or not at all, when it calls itself a project: "Customer Service Value for Money Review and Customer
            # Intelligence Project" over "the Customer Intelligence Improvement report" (council set 31, an executive's
            # agenda item; tests/test_projects.py). Not a programme: a committee's "Scrutiny Work Programme", "Internal
            # Audit Programme", "Annual Inspection Programme" are standing items (review)
            if seq is None and re.search(r"\sProject$", part):
                seq = _title_seq(doc)
        if seq is not None:
            yield Candidate(part, seq, set(), "title")


PASSAGE_STRATEGIES = (acronym_candidates, camel_candidates, named_candidates, keyword_candidates, gerund_candidates,
                      labelled_candidates, created_candidates, delivered_candidates, paired_candidates,
                      heading_candidates, lead_in_candidates, list_candidates, kind_list_candidates,
                      costed_candidates, update_candidates, inline_list_candidates)


#: The heading a report's body opens with; not the list of background papers at a report's end.
_BODY_HEADING = re.compile(r"(?i)(?:purpose|introduction|(?:executive\s+)?summary|background)\b"
                           r"(?!\s+(?:documents|papers)\b)")
#: ... nor a section's own summary after three paragraphs of prose: "SUMMARY OF FINDINGS/AGREED ACTIONS" after the
#: background it summarises (police set 38, an audit committee's paper). A cover's "Summary of Key Issues" or
#: "Summary of Main Issues" over the body comes after label lines only (review).
_SUMMARY_OF = re.compile(r"(?i)summary\s+of\s+(?!(?:the\s+)?report\b)")


def body_start(doc: Document) -> int:
    """The first passage after the cover block: the Purpose/Introduction/Summary/Background
    heading, else the first passage in a section. (A cover's "Summary:" and recommendations, read too,
    only repeated the body's facts: gold-kent milestone precision 87.0 -> 84.8.)"""
    headed = next((i for i, p in enumerate(doc.passages) if p.kind == "heading" and _BODY_HEADING.match(p.text)
                   and not (_SUMMARY_OF.match(p.text) and _prose(doc.passages[:i]) >= 3)), None)
    if headed is not None:
        return 0 if _unlabelled_prose(doc.passages[:headed]) else headed
    sectioned = next((i for i, p in enumerate(doc.passages) if p.section), 0)
    return 0 if _headless(doc.passages[:sectioned], len(doc.passages)) else sectioned


#: A cover's label line: "Report to:", "Summary:", "DN 02/2018:" (a heading is no label line).
_LABEL_LINE = re.compile(r"([A-Z][\w /()&'’-]{0,30}):")


def _unlabelled_prose(before: list[Passage]) -> bool:
    """The passages before a Purpose/Background heading are the body, not a cover, when none is a label line and
    one is a paragraph of prose: a decision notice opens on its decision, "The PCC has decided to fund ... body worn
    video cameras at a cost of £1.4 million over three years" (police set 24, a commissioner's decision notice;
    tests/test_projects.py::test_a_decision_before_its_background_is_body). A cover's "Summary: ..." stays out."""
    labelled = any(_LABEL_LINE.match(p.text) for p in before if p.kind != "heading")
    return not labelled and any(p.kind == "paragraph" and len(p.text.split()) >= 20 for p in before)


def _prose(passages: list[Passage]) -> int:
    """How many of the passages are paragraphs of prose, not a cover's label lines."""
    return sum(len(p.text.split()) >= 12 and not re.match(r"[^.]{0,30}:", p.text) for p in passages)


def _headless(before: list[Passage], total: int) -> bool:
    """The passages before a first section in the paper's second half are its body, not a cover, when they are
    paragraphs of prose (a panel's minutes item, tests/test_projects.py) or say two labels again and again:
    "Decision Ref: ... Issue: ... Decision: ..." item after item (a police decisions log, the same tests). A cover
    says "Report to:", "From:" once each, on short lines. Three paragraphs of prose are body nearer the top too: a
    web page's minutes item that opens on its resolutions before a heading ("That Cabinet noted the completion of the
    ... Projects", council set 28; a cover's summary comes before its Purpose or Introduction heading)."""
    if _prose(before) >= 3 or _headed_prose(before):
        return True
    labels = Counter(m.group(1).lower() for p in before if (m := _LABEL_LINE.match(p.text)))
    return len(before) > total // 2 and len(labels) >= 2 and sum(n > 1 for n in labels.values()) >= 2


def _headed_prose(before: list[Passage]) -> bool:
    """A minutes page's "Decision:" alone on its line heads the prose under it, which is body: "Decision:" over "Cabinet
    considered the Work Smart Estates Strategy which ..." (council set 65s, a cabinet's decision page); not a cover's
    "Purpose:" or "Summary:" over its summary (review)."""
    return any(re.fullmatch(r"(?:Decisions?|Minutes|Resolved|Resolutions?):", p.text.strip())
               and len(nxt.text.split()) >= 12 for p, nxt in zip(before, before[1:], strict=False))


def _qualifying_acronyms(doc: Document, start: int) -> set[str]:
    """Acronyms the paper defines, somewhere, as qualifying the noun after the bracket: the thing is that
    noun's ("Adult Social Care and Health (ASCH) directorate", "White-letter Hairstreak (WLH) butterfly",
    uk-council performance report), wherever else the paper defines it again."""
    found = set()
    for p in doc.passages[start:]:
        for m, acr, written, after in _definitions(p.text):
            if written and _modifies_noun(after) and not _kind_follows(after) \
                    and not _made_new(p.text[: m.start()], written):
                found.add(acr)
    return found


def _without_item_number(p: Passage) -> Passage:
    """A web page's list of papers numbers each file's link: "144 Oracle Improvement Programme Business Case PDF 392
    KB" (council set 36); the number is no part of the name it opens. Elsewhere a number may be: "101 Contact
    Improvement Programme" (review)."""
    item = link_item_number(p.text.split("\n", 1)[0])
    return replace(p, text=p.text[item:].lstrip(" ")) if item else p


def candidates(doc: Document, is_status: Callable[[str], str | None]) -> list[Candidate]:
    """Every strategy's candidates over the body of the paper."""
    found: list[Candidate] = []
    start = body_start(doc)
    qualifying = _qualifying_acronyms(doc, start)
    for seq, p in enumerate(doc.passages):
        if seq < start or p.kind == "caption":
            continue
        p = _without_item_number(p)
        for strategy in PASSAGE_STRATEGIES:
            found.extend(c for c in strategy(seq, p) if not (c.evidence == "acronym" and c.aliases & qualifying))
        found.extend(table_candidates(seq, p, doc, is_status))
    found.extend(repeated_phrase_candidates(doc, start))
    found.extend(national_candidates(doc, start))
    found.extend(called_acronym_candidates(doc, start))
    found.extend(title_candidates(doc, start))
    found.extend(intro_list_candidates(doc, start))
    found.extend(domain_candidates(doc, start))
    return found
