"""Projects and programmes named in a paper, found wherever papers name them: acronym
definitions ("Data Driven Insights (DDI)"), names ending in a delivery word ("Recruitment
Ambassador Programme", "Digital Evidence Store"), lettered and upper-case sub-headings, lead-ins
("Op Inscription: ...", "Body Worn Video - selection ..."), status-table cells (✓/□) and the
row labels of benefit tables. Then every mention of each name or alias, with the status the
paper gives it there.

Document-level, pure: passages in, ``Project`` and ``Mention`` records out. The word lists are
data (``patterns/projects.jsonl``); no rule names a particular programme.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..ingest.records import Document, Passage
from .names import normalise
from .records import Mention, Project

_TITLE_WORD = r"(?:[A-Z][\w’'+&.-]*|[A-Z0-9]{2,}[\w+&-]*|\d+[\w/]*)"
_JOINER = r"(?:\s+(?:of|and|for|the|to|in|on|&|-|–)\s+|\s+|-)"
_TITLE_PHRASE = _TITLE_WORD + r"(?:" + _JOINER + _TITLE_WORD + r"){0,7}"
_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&+/ -]{1,10})\)")
_NAME_BEFORE = re.compile(r"(?P<name>" + _TITLE_PHRASE + r"(?:,\s+" + _TITLE_PHRASE + r")*)\s+$")
_STATUS_MARK = re.compile(r"^[✓✔□☐■✗✘x]\s*", re.I)
_LEAD_IN = re.compile(
    r"^(?P<name>[‘'\"“]?[A-Z][\w’'+&./ -]{1,60}?[’'\"”]?)\s*(?::|\s[-–—]\s|[-–—]\s|\s[-–—](?=[A-Za-z]))\s*\S"
)
_REVERSE_DEF = re.compile(r"\b(?P<acr>[A-Z][A-Z0-9&+]{1,9})\s+\((?P<name>[A-Z][^()]{3,60})\)")
_NAMED_SYSTEM = re.compile(
    r"\b(?:system|tool|platform|portal|application|app|solution|framework|model)\s+\((?P<name>[A-Z][^()]{1,30})\)"
)
_QUOTED = re.compile(r"[‘'\"“](?P<name>[A-Z][\w&+-]*(?:\s+[\w&+-]+){0,5})[’'\"”]")
_CAMEL = re.compile(r"(?<![\w-])(?!Mc|Mac)(?:[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[a-z]{2,}[A-Za-z]*)(?![\w-])")
_LIST_INTRO = re.compile(r"\b(?:like|including|includes|such as|namely)\s+(?P<list>[A-Z][^.;:]{3,200})")
_SYSTEMS_OF = re.compile(r"\b(?:systems?|tools?|platforms?|applications?)\s+(?:of|such as|including|like|namely)\s+"
                         r"(?P<list>[A-Z][^.;:]{1,150})")


@cache
def _words(label: str) -> frozenset[str]:
    text = resources.files(__package__).joinpath("patterns", "projects.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = json.loads(line) if line.strip() else None
        if row and row["label"] == label:
            return frozenset(row["words"])
    raise KeyError(label)


_NUMBER_SUFFIX = r"(?:\s+(?:19|20)\d\d\b|\s+\d\b)?"  # "Change Programme 2025", "Phase 2"
_GLUE = "to|a|an|the|is|are|was|were|be|of|for|with|and|or|this|that|these|its|their|our|has|have|will|by|in|on|at|as"


@cache
def _keyword_re() -> re.Pattern:
    words = sorted(_words("keyword"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    titled = "|".join(re.escape(w.title()) for w in words)
    return re.compile(
        # Title Case ... Programme
        r"(?P<name>(?:" + _TITLE_WORD + _JOINER + r"){0,6}(?:" + titled + r")" + _NUMBER_SUFFIX + r")\b"
        r"|(?<![\w’'])(?P<lower>(?:[A-Z][\w+&-]*(?:\s+(?:and|of|for|&))?\s+){0,3}[A-Z][\w+&-]*"
        r"(?:\s+(?!(?:" + _GLUE + r")\b)(?![a-z]+(?:ed|ing)\b)[a-z][\w-]*){0,2}"
        r"\s+(?:" + alt + r"))\b"  # Uplift project, SMS survey pilot
    )


@dataclass
class _Candidate:
    name: str
    seq: int
    aliases: set[str]
    evidence: str
    parent: str | None = None


def _acronym_definitions(text: str) -> list[tuple[str, str]]:
    """("DDI", "Data Driven Insights") for each "Data Driven Insights (DDI)": the bracketed
    acronym, and the Title Case words just before it (searched in a short window, for speed)."""
    found = []
    for m in _ACRONYM.finditer(text):
        window = text[max(0, m.start() - 160) : m.start()]
        before = _NAME_BEFORE.search(window)
        if before:
            found.append((m.group("acr").strip(), before.group("name")))
    return found


def _prefixes_fit(words: list[str], letters: str) -> bool:
    """Each word gives the acronym one or more of its leading letters, in order ("TRIM" ~
    "Trauma RIsk Management"); small words may give none."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word.lower() in {"of", "and", "for", "the", "to", "in", "on", "&"} and _prefixes_fit(rest, letters):
        return True
    for n in range(1, min(len(word), len(letters)) + 1):
        if word[:n].lower() != letters[:n].lower():
            break
        if _prefixes_fit(rest, letters[n:]):
            return True
    return False


def _initials_match(name: str, acr: str) -> str | None:
    """The tail of ``name`` whose initials spell ``acr`` ("Body Worn Video units" ~ BWV)."""
    letters = [c for c in acr.upper() if c.isalnum()]
    words = re.split(r"[\s,-]+", name)
    small = {"of", "and", "for", "the", "to", "in", "on", "&"}
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            part = [w for w in words[start:end] if w.lower() not in small]
            initials = [w[0].upper() for w in part if w]
            # allow a number or code in the acronym to match a word ("TS1" ~ "Transition State 1")
            if initials == letters or "".join(initials) == "".join(letters).rstrip("0123456789") and acr[-1].isdigit() \
                    and part and part[-1].isdigit():
                return " ".join(words[start:end])
            joined = "".join(w[0].upper() + "".join(c for c in w[1:] if c.isupper()) for w in part if w)
            if joined == "".join(letters) or (len(letters) >= 3 and end - start >= 2
                                               and _prefixes_fit(words[start:end], "".join(letters))):
                return " ".join(words[start:end])
    return None


def _is_project_name(name: str) -> bool:
    words = name.split()
    if not words or len(name) < 3 or len(words) > 9:
        return False
    head = normalise(words[-1])
    if head in _words("not_project_head") or normalise(name) in _words("generic_heading"):
        return False
    if normalise(name) in _words("lead_in_stop"):
        return False
    return not re.fullmatch(r"[\d\W]+", name)


def _clean(name: str) -> str:
    name = re.sub(r"\s*\((?:formerly|previously)[^)]*\)?", "", name)
    name = name.strip(" ‘’'\"“”*:-–—,.()")
    name = re.sub(r"^[\w ]+[’']s\s+(?=[A-Z])", "", name)  # "West Midlands Police’s People Strategy"
    words = name.split()
    while words and words[0].lower() in _words("determiners"):
        words = words[1:]
    name = " ".join(words)
    return re.sub(r"\s+", " ", name).strip(" ‘’'\"“”*:-–—,.")


def _kind(name: str) -> str:
    lowered = name.lower()
    if re.search(r"\bprogramme|\bprogram\b|\bportfolio\b|transition state", lowered):
        return "programme"
    if re.search(r"\b(system|portal|platform|tool|network|store|app|software|solution)\b", lowered):
        return "system"
    if re.search(r"\b(review|workstream|work stream|strand)\b", lowered):
        return "workstream"
    if re.search(r"\b(initiative|scheme|pilot|academy|campaign|op|operation)\b", lowered):
        return "initiative"
    return "project"


def _candidates(doc: Document) -> list[_Candidate]:
    found: list[_Candidate] = []
    tables = doc.tables
    body = next((i for i, p in enumerate(doc.passages)
                 if p.kind == "heading" and re.match(r"(?i)purpose|introduction|summary|background", p.text)),
                next((i for i, p in enumerate(doc.passages) if p.section), 0))
    for seq, p in enumerate(doc.passages):
        text = p.text
        if seq < body or p.kind == "caption":
            continue
        # 1. acronym definitions
        for acr, before in _acronym_definitions(text):
            name = _initials_match(before, acr)
            if name and _is_project_name(_clean(name)):
                found.append(_Candidate(_clean(name), seq, {acr}, "acronym"))
        for m in _REVERSE_DEF.finditer(text):
            name = _clean(m.group("name"))
            if _initials_match(name, m.group("acr")) and _is_project_name(name):
                found.append(_Candidate(name, seq, {m.group("acr")}, "acronym"))
        for m in _CAMEL.finditer(text):  # "ControlWorks", "WMNow": a system's name
            found.append(_Candidate(m.group(0), seq, set(), "camel"))
        for pattern in (_NAMED_SYSTEM, _QUOTED):
            for m in pattern.finditer(text):
                name = _clean(m.group("name"))
                if _is_project_name(name) and (pattern is _NAMED_SYSTEM or len(name.split()) <= 6):
                    found.append(_Candidate(name, seq, set(), "named"))
        # 2. names ending in a delivery word
        lowered = text.lower()
        has_keyword = any(word in lowered for word in _words("keyword"))
        for m in _keyword_re().finditer(text) if has_keyword else ():
            raw = m.group("name") or m.group("lower")
            name = _clean(raw)
            if m.group("lower") and not name[:1].isupper():
                continue
            offset = m.start("lower") + raw.find(name.split()[0]) if m.group("lower") and name else 0
            if m.group("lower") and not _proper_start(text, offset, name or raw):
                continue
            if raw.split()[0].lower() == "national" or re.search(r"\bled\b", raw):
                continue  # national programmes and others' programmes are not the force's projects
            if len(name.split()) >= 2 and _is_project_name(name) and not re.search(r"(?i)programmes|projects$", name):
                found.append(_Candidate(name, seq, set(), "keyword"))
        # 3. headings: lettered sub-headings, and short upper-case ones
        title_like = (p.kind == "paragraph" and p.para_no and len(text.split()) <= 6
                      and not re.search(r"[.:;,]$", text) and text[:1].isupper())
        if p.kind == "heading" or title_like:
            name = _clean(re.sub(r"\s*\([A-Z0-9&]{2,8}\)\s*$", "", text))
            lettered = bool(p.para_no and re.fullmatch(r"\(?[A-Za-z]\)?\.?", p.para_no))
            upper = text.isupper() and not p.para_no and len(text.split()) <= 5
            numbered = bool(p.para_no) and not text.isupper() and len(text.split()) <= 6
            plural = re.search(r"(?i)(programmes|projects|systems|initiatives|schemes|updates|implications)$", name)
            if (lettered or upper or numbered) and _is_project_name(name) and not plural:
                found.append(_Candidate(_title(name), seq, {text} if text != name else set(), "heading"))
        # 4. lead-ins of list items, table cells and paragraphs
        if p.kind in ("list_item", "paragraph", "table_row"):
            cells = text.split(" | ") if p.kind == "table_row" else [text]
            if p.kind == "paragraph" and not re.match(r"^[^:]{3,60}:\s", text):
                cells = []  # paragraphs: only "Name: ..." lead-ins
            for cell in cells:
                if p.kind == "table_row" and not _STATUS_MARK.match(cell):
                    continue  # lead-ins in tables only in status tables (✓/□ cells)
                cell = _STATUS_MARK.sub("", cell).strip()
                cell = re.sub(r"^(?:TS\d|[A-Z]{2,5}\d?)\s+(?=[A-Z])", "", cell)
                m = _LEAD_IN.match(cell)
                if m:
                    name = _clean(re.sub(r"\s*\([A-Z0-9&]{2,8}\)\s*$", "", m.group("name")))
                    if _is_project_name(name) and name[0].isupper() and len(name.split()) <= 7:
                        found.append(_Candidate(name, seq, set(), "lead-in"))
        # 5. "projects like A, B and C"
        for m in [*_LIST_INTRO.finditer(text), *_SYSTEMS_OF.finditer(text)]:
            lead = text[: m.start("list")]
            if not re.search(r"project|programme|system|initiative", lead, re.I):
                continue
            for part in re.split(r",\s*|\s+and\s+", m.group("list")):
                name = _clean(part)
                if re.fullmatch(_TITLE_PHRASE, name) and _is_project_name(name):
                    found.append(_Candidate(name, seq, set(), "list"))
        # 6. row labels of benefit and status tables: "Our Data - Connect"
        if p.kind == "table_row" and p.table_index is not None and p.row is not None:
            table = tables[p.table_index]
            if p.row >= table.header_rows and _project_table(table):
                for label in _row_labels(table.rows[p.row]):
                    parts = re.split(r"\s+[-–]\s+|,\s+", _STATUS_MARK.sub("", label))
                    for level, part in enumerate(parts):
                        name = _clean(part)
                        if _is_project_name(name) and len(name.split()) <= 6 and not name.lower().startswith("total"):
                            parent = _clean(parts[0]) if level and " - " in label else None
                            found.append(_Candidate(name, seq, set(), "table", parent=parent))
    return found


def _proper_start(text: str, start: int, raw: str) -> bool:
    """A lower-case-keyword name ("Uplift project") must start with a proper noun or acronym:
    not a capital that only starts a sentence."""
    first = raw.split()[0]
    if sum(c.isupper() for c in first) >= 2:
        return True
    before = text[:start].rstrip()
    return bool(before) and not before.endswith((".", ":", "!", "?", "•", "-", "–"))


def _row_labels(row: list[str]) -> list[str]:
    """The leading text cells of a table row, less status words ("Delivered", "Live Programmes");
    none for a row of label/value pairs ("ROCU | 4% | PPU | 7%")."""
    labels: list[str] = []
    kinds = ["n" if _numeric(c) else "t" for c in row if c.strip()]
    if "ntn" in "".join(kinds).replace("nn", "n"):
        return labels
    for cell in row:
        if _numeric(cell) or cell.strip() in ("-", "–") or _STATUS_MARK.match(cell.strip() + " "):
            break
        words = cell.split()
        if cell.strip() and len(words) <= 8 and not (status_of(cell) and len(words) <= 3) \
                and not re.search(r"(?i)\bprogrammes\b|\bprojects\b|^total", cell):
            labels.append(cell.strip())
    return labels


def _title(name: str) -> str:
    return name.title() if name.isupper() and len(name) > 5 else name


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[-−+£$€(]*\s*[\d,.]+\s*[%)mk]*", cell.strip()))


def _project_table(table) -> bool:
    header = " ".join(" ".join(r) for r in table.rows[: max(1, table.header_rows)]).lower()
    return bool(re.search(r"project|programme|workstream|initiative|scheme", header))


def find_projects(doc: Document) -> tuple[list[Project], list[Mention]]:
    """The projects a paper names, and every passage that mentions each of them."""
    candidates = _candidates(doc)
    projects: dict[str, Project] = {}
    alias_of: dict[str, str] = {}  # normalised alias -> project key
    for cand in candidates:
        key = normalise(cand.name)
        if not key:
            continue
        target = alias_of.get(key, key)
        project = projects.get(target)
        if project is None:
            project = Project(name=cand.name, kind=_kind(cand.name), parent=cand.parent)
            projects[target] = project
        elif len(cand.name) > len(project.name) and cand.name.lower() != project.name.lower() \
                and cand.evidence == "acronym":
            project.aliases.add(project.name)
            project.name = cand.name
        if cand.name != project.name:
            project.aliases.add(cand.name)
        for alias in cand.aliases:
            project.aliases.add(alias)
            alias_of.setdefault(normalise(alias), target)
        alias_of.setdefault(key, target)
    # acronym-defined names absorb the bare acronym's own candidates
    for key in list(projects):
        if key in projects and alias_of.get(key, key) != key:
            other = projects.pop(key)
            keep = projects[alias_of[key]]
            keep.aliases |= other.aliases | {other.name}
    # "Connect system", "DDI system": a known name plus a delivery word is that project
    for key in list(projects):
        base = re.sub(r"\s+(system|project|programme|tool|platform)$", "", key)
        target = alias_of.get(base, base)
        if base != key and target in projects and target != key:
            other = projects.pop(key)
            projects[target].aliases |= other.aliases | {other.name}
    result = list(projects.values())
    for project in result:
        if project.parent and normalise(project.parent) in projects:
            project.parent = projects[alias_of.get(normalise(project.parent), normalise(project.parent))].name
        else:
            project.parent = None
        project.aliases.discard(project.name)
    mentions = _mentions(doc.passages, result, doc.tables)
    mentioned = {m.project for m in mentions}
    return [p for p in result if p.name in mentioned], mentions


_STATUS_CUES = [
    ("delayed", r"\b(delayed|slipped|behind schedule|postponed|deferred|paused)\b"),
    ("closed", r"\b(closed|closure|decommissioned|ended)\b"),
    ("pilot", r"\b(pilot|piloted|piloting|trial|trialled)\b"),
    ("on target", r"\bon (target|track)\b"),
    ("live", r"\b(went live|gone live|is live|now live|live since|since going live|in use|rolled out|operational)\b"),
    ("delivered", r"\b(delivered|completed|implemented|introduced|launched|opened|achieved|came to fruition|"
                  r"has been (built|developed|created)|was (built|developed|created|set up))\b"),
    ("in delivery", r"\b(in delivery|underway|under way|in progress|ongoing|being (implemented|rolled out|developed|"
                    r"delivered|designed|piloted)|currently|continues|testing|in testing|procuring)\b"),
    ("planned", r"\b(will|due to|planned|plans? to|aims? to|intends? to|is to be|are to be|proposed|expected to|"
                r"next phase|in the new year|future)\b"),
]


def status_of(text: str) -> str | None:
    """The status a sentence gives the project it names, from cue words and ✓/□ marks."""
    if text.lstrip().startswith(("✓", "✔")):
        return "delivered"
    if text.lstrip().startswith(("□", "☐")):
        return "in delivery"
    for status, pattern in _STATUS_CUES:
        if re.search(pattern, text, re.I):
            return status
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("; ", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 2 if left != -1 else 0 : right].strip()


def stage_status(row: list[str], headers: list[str]) -> str | None:
    """The status a status-table row gives by its ✓/□ marks: the stage of the last ✓ column
    ("Go live" ✓ → live, "Closed" ✓ → closed), planned when every mark is □."""
    marked = [(j, c.strip()[:1]) for j, c in enumerate(row) if c.strip()[:1] in ("✓", "✔", "□", "☐")]
    if len(marked) < 2:
        return None
    done = [j for j, mark in marked if mark in ("✓", "✔")]
    if not done:
        return "planned"
    stage = headers[done[-1]].lower() if done[-1] < len(headers) else ""
    if "close" in stage:
        return "closed"
    if "live" in stage or "implement" in stage or "rollout" in stage or "roll-out" in stage:
        return "live"
    if "deliver" in stage or "complete" in stage:
        return "delivered"
    return "in delivery"


def _mentions(passages: list[Passage], projects: list[Project], tables: list | None = None) -> list[Mention]:
    names: list[tuple[str, Project, bool]] = []
    for project in projects:
        for name in {project.name, *project.aliases}:
            exact = name.isupper() and len(name) <= 8
            names.append((name, project, exact))
    names.sort(key=lambda n: -len(n[0]))
    patterns = [
        (re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)", 0 if exact else re.I), n, p)
        for n, p, exact in names
    ]
    mentions: list[Mention] = []
    for seq, passage in enumerate(passages):
        text = passage.text
        taken: list[tuple[int, int]] = []
        seen: set[str] = set()
        for pattern, _name, project in patterns:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                if project.name in seen:
                    continue
                seen.add(project.name)
                quote = _sentence_around(text, m.start(), m.end())[:300]
                if passage.kind == "table_row":
                    cell = next((c for c in text.split(" | ") if m.group(0) in c), text)
                    status = status_of(cell) or status_of(text)
                    if tables and passage.table_index is not None and passage.row is not None:
                        table = tables[passage.table_index]
                        headers = [" ".join(r[j] for r in table.rows[: table.header_rows] if j < len(r))
                                   for j in range(table.n_cols)]
                        status = stage_status(table.rows[passage.row], headers) or status
                else:
                    status = status_of(quote)
                mentions.append(Mention(project=project.name, name=m.group(0), passage_seq=seq,
                                        quote=quote, status=status))
    return mentions
