"""Commitments: dated promises a paper makes about its own future, followed through the later
papers about the same project.

A promise is a milestone dated after its paper's meeting, in a sentence that speaks of the future
("will", "due", "planned", "on track to", "the project to equip ... from April 2016"); past events,
standing facts ("has been in use since 2004 and will not be supported beyond March 2020") and report
furniture ("The report sets out the current position ...") are not. It is due at the end of its
span ("the end of July 2019" → 2019-07-31).

A later paper's statement about the project achieves it when it reports the event done (delivered,
went live, issued, appointed, approved, closed, completed, evaluated, a ✓ row of a status table):
the same kind of event, the same thing named ("business case", "scanners"), or the whole project
delivered, live or closed; a decision reported made (submitted, announced, endorsed) only for a promised
decision or with two such words in common. A promise is also about a project its sentence names as
the subject of its future verb ("EST is now planned to go live"). A later dated plan for the same event
moves it. A later paper
is one of a later meeting: the other papers of the promise's own meeting (a supplement, an appendix,
the minutes) repeat it. States:

- ``achieved``: a later paper reports it done (``evidence_passage_id`` is that passage);
- ``moved``: a later paper gave a new date not yet passed (both dates and both papers kept);
- ``overdue``: its date has passed, and a paper after that date reports on the project without
  saying it is done (``evidence_passage_id`` is that report);
- ``not reported since``: its date has passed and no paper after that date mentions the project;
- ``open``: not yet due.

Pure: milestone and statement records in, ``Commitment`` records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import normalise
from .tracking import event_class, same_event

_FUTURE = re.compile(
    r"\b(will|shall|is due|are due|due\b|planned|(?-i:plans? to|planning to)|expected|expects?|aims? to|intends? to|"
    r"(?:is|are) to be|scheduled|set to|on (?:track|target) to|about to|going to|forecast to|proposed|"
    r"(?:project|programme|plan) to (?:equip|deliver|replace|introduce|implement|provide|roll out)|"
    r"to (?:deliver|equip|introduce|implement|replace|launch|roll out) [^.;]*\bby\b)", re.I)
_NEGATED = re.compile(r"\b(will not|won't|shall not|no longer|not be|cannot)\b", re.I)
_FURNITURE = re.compile(
    r"^(?:the|this) (?:report|paper)\b|\b(?:this|the) (?:report|paper) (?:sets out|summarises|describes|provides|"
    r"updates|outlines)|^(?:purpose|to (?:report|update|inform|provide|set out|note|seek))\b|"
    r"\bis to (?:update|inform|report)\b|\btable \d+ (?:sets out|summarises|shows)", re.I)
#: Words just before a date that make it no due date: "in use since 2004", "beyond March 2020", "as at".
_NOT_DUE = re.compile(r"\b(since|beyond|after|as at|as of|between)\s+(?:the\s+)?$", re.I)
#: A body's founding aim, told as a past event: "The WMP2020 Change Programme was set up in 2014 to deliver
#: the WMP2020 vision ... by 2020" (corpus, 2017 paper) is what it was set up for, not a promise of the paper.
_SET_UP = re.compile(r"\b(?:was|were)\s+(?:set up|established|created|formed|launched|commissioned)\s+in\s+"
                     r"(?P<year>(?:19|20)\d\d)\b\s+to\b", re.I)
_PROMISE_STATUS = ("planned", "on target", "slipped")

_DONE = re.compile(
    r"\b(?P<cue>delivered|completed|complete\b(?!\s+(?:by|in))|went live|gone live|is live|now live|live since|"
    r"live for|closed|issued|handed out|appointed|approved|agreed|awarded|evaluat(?:ed|ion of)|launched|rolled out|"
    r"introduced|implemented|began|started|commenced|fitted|installed|presented|signed off|opened|established|"
    # Decisions reported made: "Following this, the Leaders ... submitted a joint letter on 10 January";
    # "On 5 February 2025, Government announced the areas that had been chosen" (KCC, March 2025).
    r"submitted|announced|endorsed|"
    r"(?:has|have) held|"
    r"successful (?:implementation|delivery|roll-?out|completion)|"
    r"(?:saw|following|after|marked|including) the (?:successful )?(?:delivery|implementation|completion|launch) of)\b",
    re.I)
#: Before a done cue in its clause, these make it a plan, not a report ("will be completed", "once ... approved").
_GUARD = re.compile(r"\b(will|shall|to be|due|planned|expected|once|until|before|when|would|if|should|aims?|"
                    r"intends?|plans?|needs? to|yet to|not)\b", re.I)
_CUE_CLASS = {"issued": "issue", "handed out": "issue", "evaluated": "complete", "evaluation of": "complete",
              "fitted": "live", "installed": "live", "appointed": "decision", "presented": "decision",
              "began": "start", "started": "start", "commenced": "start", "established": "start",
              "submitted": "decision", "announced": "decision", "endorsed": "decision"}
#: Cues that report some decision made, not necessarily the one promised: one word in common is not enough
#: ("submitted a joint letter ... requesting that Kent and Medway be included" is not the Government's
#: promise to "set out which areas will be included"; "Government announced the areas that had been
#: chosen" is; KCC, March 2025).
_WEAK_CUES = ("submitted", "announced", "endorsed")
#: Cues that say the whole project is done when its name is in the sentence.
_PROJECT_DONE = ("delivered", "completed", "complete", "went live", "gone live", "is live", "now live", "live since",
                 "live for", "closed", "successful", "saw the", "following the", "after the", "marked the",
                 "including the")
_GENERIC = set("report reports board project projects programme change force officers work phase first new plan "
               "will been have with from that this which their into time year years month system january february "
               "march april june july august september october november december summer autumn winter spring "
               "early later strategic "
               # organisations: who acts, not what the event is about ("Government announced the areas" is no
               # report that areas "will be invited to submit reorganisation proposals to Government", KCC 2025)
               "government council councils minister ministers".split())


@dataclass
class Promise:
    """A milestone as stored, with its paper's meeting date and its canonical project."""

    id: int
    project_id: int | None
    document_id: int
    meeting_date: str
    date_start: str | None
    date_end: str | None
    status: str
    event: str
    quote: str
    date_text: str
    passage_id: int


@dataclass
class Statement:
    """What one paper says about a project in one passage: a mention (the sentence naming it, a
    status-table row) or a milestone."""

    project_id: int
    document_id: int
    meeting_date: str
    passage_id: int
    text: str
    table_status: str | None = None  # the status a status-table row gives (✓ marks)
    milestone: Promise | None = None


@dataclass
class Commitment:
    milestone_id: int
    project_id: int
    first_document_id: int
    first_due_start: str
    first_due_end: str
    latest_document_id: int
    due_start: str
    due_end: str
    evidence_passage_id: int
    event: str = ""
    quote: str = ""  # the promise's sentence
    state: str = "open"  # achieved | moved | overdue | not reported since | open
    was_moved: bool = False
    reason: str = ""  # why the state: the evidence in words
    updates: list[int] = field(default_factory=list)  # passage ids that followed it up
    reported_after_due: tuple[int, int] | None = None  # (document, passage) of a report after the due date
    also: set[int] = field(default_factory=set)  # other projects the promise is about (see subject_projects)


def meeting_day(meeting_date: str) -> str:
    """A meeting date as a day: a month-only date is read as the first of the month."""
    return meeting_date if len(meeting_date) == 10 else f"{meeting_date[:7]}-01"


def _after_meeting(date_end: str, meeting_date: str) -> bool:
    """A date after the meeting; for a month-only meeting date, after that month."""
    return date_end > (meeting_date if len(meeting_date) == 10 else f"{meeting_date[:7]}-31")


def not_a_promise(m: Promise) -> str | None:
    """Why a milestone is no promise about its paper's future, or None when it is one."""
    if m.project_id is None or not m.date_end or not m.date_start:
        return "no project or no date"
    if not _after_meeting(m.date_end, m.meeting_date):
        return "dated before its paper's meeting"
    text = m.quote or m.event
    if _FURNITURE.search(text.strip()):
        return "report furniture"
    clause = _clause_of(text, m.date_text)
    if _NEGATED.search(clause):
        return "a negated statement, not a promise"
    at = text.lower().find((m.date_text or "").lower())
    if at > 0 and _NOT_DUE.search(text[:at]):
        return "a standing fact or a limit, not a due date"
    if _period(text, m.date_text):
        return "one end of a period, not a due date"
    set_up = _SET_UP.search(clause)
    if set_up and set_up.group("year") < m.meeting_date[:4]:
        return "a standing fact: what it was set up to do"
    if not _FUTURE.search(clause):
        return "no future tense"
    if m.status not in _PROMISE_STATUS and m.status != "achieved":
        return f"status {m.status}"
    return None


def _period(text: str, date_text: str) -> bool:
    """The date is one end of a span "from X to Y" / "between X and Y" (a funding or forecast period)."""
    if not date_text:
        return False
    d = re.escape(date_text)
    return bool(re.search(rf"\b(?:from|between)\s+{d}\s+(?:to|and|until)\b|\b(?:from|between)\s+\S+(?:\s+\S+)?\s+"
                          rf"(?:to|and)\s+{d}", text, re.I))


def _clause_of(text: str, date_text: str) -> str:
    """The clause of ``text`` that holds the date (split at ';' and ', and' / ', which')."""
    parts = re.split(r";|,\s+(?:and|but|which|while|whereas)\s+|\.\s", text)
    date = (date_text or "").lower()
    return next((p for p in parts if date and date in p.lower()), text)


_SEPARATORS = (";", ". ", ": ", ",", "|", " – ")


def done_clause(text: str, made: str = "") -> tuple[str, str] | None:
    """The word that reports an event done in a sentence ("went live", "approved") and its clause,
    unless the clause before it makes it a plan ("will be completed", "once the report has been
    approved"), or dates it before ``made`` (the promise's meeting)."""
    for m in _DONE.finditer(text):
        start = max(text.rfind(sep, 0, m.start()) for sep in _SEPARATORS)
        ends = [i for i in (text.find(sep, m.end()) for sep in _SEPARATORS) if i >= 0]
        before = text[start + 1 if start >= 0 else 0 : m.start()]
        clause = text[start + 1 if start >= 0 else 0 : min(ends, default=len(text))]
        if not _GUARD.search(before) and not (made and _before(clause, made)):
            return m.group("cue").lower(), clause
    return None


def done_cue(text: str) -> str | None:
    found = done_clause(text)
    return found[0] if found else None


_MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october "
                                     "november december".split(), 1)}


def _before(clause: str, meeting_date: str) -> bool:
    """The clause dates the event before the promise was made ("the envelope approved in 2019" for a
    promise of November 2019; "appointed in August 2019" is after a promise of March 2019)."""
    made = meeting_date[:7]
    for month, year in re.findall(r"\b(?:(" + "|".join(_MONTHS) + r")\s+)?((?:19|20)\d\d)\b", clause, re.I):
        when = f"{year}-{_MONTHS[month.lower()]:02d}" if month else year
        if (when < made) if month else (year <= made[:4]):
            return True
    return False


def _cue_class(cue: str) -> str | None:
    return _CUE_CLASS.get(cue) or event_class(cue)


def _content(text: str) -> set[str]:
    """The words that name what an event is about ("scanners", "business case"), not the event."""
    return {w for w in normalise(text).split()
            if len(w) > 4 and w not in _GENERIC and not w.isdigit() and event_class(w) is None}


def _same_kind(a: str, b: str, names: set[str], cue: str = "") -> bool:
    """Two wordings of one event: the same kind of event, or a word naming what it is about in common
    (two for a weak cue)."""
    kind = event_class(a)
    own = {w for n in names for w in n.split()}
    if kind is not None and kind in (event_class(b), _cue_class(cue) if cue in _WEAK_CUES else None):
        return True
    return len(_content(a) & _content(b) - own) >= (2 if cue in _WEAK_CUES else 1)


#: Project-done cues that come before the project's name ("saw the delivery of Transition State 1"); the
#: others follow it ("Project Keystone went live on 4 April 2022").
_DONE_BEFORE_NAME = ("successful", "saw the", "following the", "after the", "marked the", "including the")


def _project_is_done(cue: str, clause: str, names: set[str]) -> bool:
    """The clause reports the project itself done: its name on the cue's side. "Data protection impact
    assessments have been completed for Mobile First Phase 2 and Project Keystone" (February 2022
    sample) reports the assessments completed, not the projects."""
    at = clause.lower().find(cue)
    side = clause[at:] if cue.startswith(_DONE_BEFORE_NAME) else clause[:at]
    return any(n and f" {n} " in f" {normalise(side)} " for n in names)


def achieves(c: Commitment, s: Statement, names: set[str], made: str) -> str | None:
    """Why statement ``s`` reports commitment ``c`` (made at the meeting of ``made``) done, or None."""
    m = s.milestone
    said = done_clause(m.event, made) if m is not None else None
    if m is not None and m.status == "achieved" and m.date_start and m.date_start >= meeting_day(made) \
            and said and _same_kind(c.event, m.event, names, said[0]):
        return f"a later paper reports “{m.event}”"
    if s.table_status in ("delivered", "live", "closed"):
        return f"a later status table shows the project {s.table_status}"
    found = done_clause(s.text, made)
    if found is None:
        return None
    cue, clause = found
    if cue.startswith(_PROJECT_DONE) and _project_is_done(cue, clause, names):
        return f"a later paper reports the project {cue}"
    kind = event_class(c.event)
    if kind and kind == _cue_class(cue):
        return f"a later paper reports it {cue}"
    shared = _content(c.event) & _content(clause) - {w for n in names for w in n.split()}
    if len(shared) >= (2 if cue in _WEAK_CUES else 1):
        return f"a later paper reports the {sorted(shared)[0]} {cue}"
    return None


def _moves(c: Commitment, s: Statement) -> bool:
    """A later plan for the same event with another date; the promise's own sentence repeated with its
    other date is no new plan ("deadline of 10 January 2025 ... the council elections scheduled for May
    2025", KCC devolution report and its supplement)."""
    m = s.milestone
    return (m is not None and m.status != "achieved" and bool(m.date_end) and bool(m.date_start)
            and (m.date_start, m.date_end) != (c.due_start, c.due_end) and same_event(c.event, m.event)
            and normalise(m.quote) != normalise(c.quote))


def _follow(c: Commitment, statements: list[Statement], names: set[str], made: str) -> None:
    """Apply one later paper's statements about the project to an open commitment."""
    for s in statements:
        why = achieves(c, s, names, made)
        if why:
            c.state, c.reason = "achieved", why
            c.latest_document_id, c.evidence_passage_id = s.document_id, s.passage_id
            c.updates.append(s.passage_id)
            if s.milestone is not None and s.milestone.status == "achieved" and s.milestone.date_start:
                c.due_start, c.due_end = s.milestone.date_start, s.milestone.date_end or s.milestone.date_start
            return
    for s in statements:
        if _moves(c, s):
            c.was_moved, c.state = True, "moved"
            c.reason = f"a later paper gives a new date: “{s.milestone.event}”"
            c.due_start, c.due_end = s.milestone.date_start, s.milestone.date_end
            c.reported_after_due = None
            c.latest_document_id, c.evidence_passage_id = s.document_id, s.passage_id
            c.updates.append(s.passage_id)
            return
    first = statements[0]
    if meeting_day(first.meeting_date) > c.due_end and c.reported_after_due is None:
        c.reported_after_due = (first.document_id, first.passage_id)


def _settle(c: Commitment, latest_day: str) -> None:
    if c.state == "achieved":
        return
    if c.due_end >= latest_day:
        c.state = "moved" if c.was_moved else "open"
    elif c.reported_after_due is not None:
        c.state = "overdue"
        c.latest_document_id, c.evidence_passage_id = c.reported_after_due
        c.reason = "its date has passed and a later paper reports on the project without saying it is done"
    else:
        c.state = "not reported since"
        c.reason = "its date has passed and no later paper mentions the project"


def follow_commitments(milestones: list[Promise], statements: list[Statement], latest_date: str,
                       names: dict[int, set[str]] | None = None,
                       related: dict[int, set[int]] | None = None) -> list[Commitment]:
    """Every promise, followed through the later papers' statements about its project.

    ``names``: each project's normalised names (to tell a sentence about the whole project);
    ``related``: projects whose statements also count for a project (a "A and B" name's parts)."""
    names, related = names or {}, related or {}
    by_paper: dict[tuple[str, int], dict[int, list[Statement]]] = {}
    for s in statements:
        by_paper.setdefault((meeting_day(s.meeting_date), s.document_id), {}).setdefault(s.project_id, []).append(s)
    promises: dict[tuple[str, int], list[Promise]] = {}
    for m in milestones:
        if not_a_promise(m) is None:
            promises.setdefault((meeting_day(m.meeting_date), m.document_id), []).append(m)
    commitments: list[Commitment] = []
    made: dict[int, str] = {}
    for paper in sorted(set(by_paper) | set(promises)):
        about = by_paper.get(paper, {})
        for c in commitments:
            # Papers of the promise's own meeting (a supplement, an appendix repeating it) are not later papers.
            if c.state == "achieved" or paper[0] <= made[c.milestone_id]:
                continue
            said = [s for p in {c.project_id, *related.get(c.project_id, ()), *c.also} for s in about.get(p, [])]
            if said:
                own = set().union(*(names.get(p, set()) for p in {c.project_id, *c.also}))
                _follow(c, said, own, made[c.milestone_id])
        new = _new(promises.get(paper, []), commitments, names)
        made.update((c.milestone_id, paper[0]) for c in new)
        commitments += new
    latest_day = meeting_day(latest_date)
    for c in commitments:
        _settle(c, latest_day)
    return commitments


def subject_projects(m: Promise, names: dict[int, set[str]]) -> set[int]:
    """Other projects the promise's sentence names as the subject of its future verb, by a name of two or
    more words or an acronym: "The module was due to be available in the autumn of 2020 but, as reported
    to the Board in September, EST is now planned to go live in April 2021" (December 2020 sample, stored
    under the programme its passage is about) is EST's promise, reported live in October 2022."""
    at = m.quote.lower().find(m.date_text.lower()) if m.date_text else -1
    cues = list(_FUTURE.finditer(m.quote[:at])) if at > 0 else []
    if not cues:
        return set()
    start = max(m.quote.rfind(sep, 0, cues[-1].start()) for sep in (",", ";", ". ", ":"))
    subject = m.quote[start + 1: cues[-1].start()]
    words = f" {normalise(subject)} "
    return {p for p, ns in names.items() if p != m.project_id and any(
        n and f" {n} " in words and (len(n.split()) >= 2 or re.search(rf"\b{re.escape(n.upper())}\b", subject))
        for n in ns)}


def _new(promises: list[Promise], earlier: list[Commitment], names: dict[int, set[str]]) -> list[Commitment]:
    """A paper's promises as commitments: one per project, date and kind of event; a promise an
    earlier paper already made (same project, date and event) is a repeat, not a new one."""
    made: list[Commitment] = []
    seen = {(c.project_id, due, event_class(c.event)) for c in earlier for due in (c.first_due_end, c.due_end)}
    for m in promises:
        key = (m.project_id, m.date_end, event_class(m.event))
        if key in seen:
            continue
        seen.add(key)
        made.append(Commitment(m.id, m.project_id, m.document_id, m.date_start, m.date_end, m.document_id,
                               m.date_start, m.date_end, m.passage_id, event=m.event or m.quote, quote=m.quote,
                               also=subject_projects(m, names)))
    return made


def conjunct_parts(names: dict[int, str]) -> dict[int, set[int]]:
    """Projects named as a list of known projects ("Mobile First and Mobile First Phase 2"): the
    statements about each part count for the list."""
    by_key = {normalise(n): i for i, n in names.items()}
    parts: dict[int, set[int]] = {}
    for i, name in names.items():
        pieces = [normalise(p) for p in re.split(r",\s*|\s+and\s+|\s*&\s*", name) if p.strip()]
        if len(pieces) >= 2 and all(p in by_key for p in pieces):
            parts[i] = {by_key[p] for p in pieces}
    return parts
