"""Protective markings: is a paper restricted, and why.

Boards receive papers marked OFFICIAL-SENSITIVE (or SECRET, RESTRICTED, CONFIDENTIAL), papers
"NOT FOR PUBLICATION", and council reports exempt from publication under Schedule 12A of the
Local Government Act 1972 (Part 2 items). ``restriction`` reads a paper's passages, its running
header and cover first, and returns the reason it is restricted, or ``None``.

A marking counts only where a marking is printed:

* a line of its own ("OFFICIAL-SENSITIVE", "RESTRICTED – POLICY", "Commercial in Confidence"),
  or a running header line ("OFFICIAL SENSITIVE   Page 2");
* a labelled marking ("Protective Marking: SECRET", "Classification: Confidential", a cover table
  row "Security classification | Restricted");
* "NOT FOR PUBLICATION" in capitals, or a line opening with it;
* exempt information under Schedule 12A with its paragraph ("by virtue of paragraph 3 of Part 1
  of Schedule 12A");
* "Part 2", an exempt item, report or appendix, or exempt information, named in the header, the
  cover or a heading (an agenda item's heading).

Not markings: the word in running prose ("a confidential reporting line", "restricted
intelligence systems", "Secretary of State"); "OFFICIAL" alone (the lowest UK marking, public);
"Unrestricted", "Not protectively marked"; a negation ("there were no exempt items", "Do not include
information which is exempt…", "Exempt information: None"); an agenda's "EXEMPT ITEMS" heading
followed by a line saying there are none (uk-council agenda front sheets).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .records import Passage

#: How many passages of the first page are read as its cover.
COVER_PASSAGES = 20

#: Each marking's name (the reason given) and its pattern; the first that matches names it.
_MARKINGS: list[tuple[str, str]] = [
    ("OFFICIAL-SENSITIVE", r"official\s*[-–—]?\s*sensitive"),
    ("TOP SECRET", r"top\s+secret"),
    ("SECRET", r"secret"),
    ("RESTRICTED", r"restricted"),
    ("CONFIDENTIAL", r"(?:strictly\s+|private\s+(?:and|&)\s+)?confidential"
                     r"|commercial(?:ly)?\s+(?:in\s+)?confiden(?:ce|tial)"),
    ("NOT FOR PUBLICATION", r"not\s+for\s+publication"),
]
_ANY_MARKING = "|".join(f"(?:{p})" for _, p in _MARKINGS)
#: What may follow a marking on its line: "OFFICIAL-SENSITIVE: COMMERCIAL", "SECRET UK EYES ONLY".
_DESCRIPTOR = (
    r"(?:(?:\s*[-–—:/|]\s*|\s*[(\[]\s*|\s+)"
    r"(?:commercial|personal|policy|locsen|hr|management|staff|operational|security|uk\s+eyes\s+only"
    r"|when\s+complete(?:d)?|not\s+for\s+publication|exempt(?:\s+information)?|part\s+(?:2|ii))"
    r"[)\]]?)*"
)
_LINE = re.compile(rf"^[\s*\[(]*(?P<m>{_ANY_MARKING}){_DESCRIPTOR}[\s*\])!.]*$", re.I)
#: In a running header the marking may share the line with the page number or the body's name,
#: printed in capitals.
_UPPER = re.compile(
    r"(?<![\w-])(?P<m>OFFICIAL\s*[-–—]?\s*SENSITIVE|TOP\s+SECRET|SECRET|RESTRICTED|CONFIDENTIAL"
    r"|NOT\s+FOR\s+PUBLICATION)(?![\w-])"
)
_LABEL = (r"(?:government\s+)?security\s+(?:classification|marking)|protective(?:ly)?\s+mark(?:ing|ed)"
          r"|classification|marking")
_LABEL_VALUE = rf"\s*[:|]\s*(?P<m>{_ANY_MARKING}|exempt\b|part\s+(?:2|ii)\b)"
_LABELLED = re.compile(rf"\b(?:{_LABEL}){_LABEL_VALUE}", re.I)
#: On a cover, a paper's status or handling states its marking too ("Status: Unrestricted": kcc).
_COVER_LABELLED = re.compile(rf"\b(?:{_LABEL}|status|confidentiality|handling){_LABEL_VALUE}", re.I)
_NOT_FOR_PUBLICATION = re.compile(r"(?:^|\n)\s*[*\[(]*not\s+for\s+publication\b", re.I)
_SCHEDULE_12A = re.compile(r"\bschedule\s*12\s*a\b", re.I)
_PARAGRAPH = re.compile(r"\bparagraphs?\s*(?P<n>\d{1,2}(?:\s*(?:,|and|&|or)\s*\d{1,2})*)\b", re.I)
_PART_2 = re.compile(
    r"(?:^[\s*\[(]*part\s+(?:2|ii|two)\b[\s*\])!.:]*$"  # "PART 2" on its own line
    r"|\bpart\s+(?:2|ii|two)\b\s*[-–—:(]?\s*(?:items?|reports?|papers?|business|agenda|session|exempt"
    r"|private|confidential|restricted|not\s+for\s+publication)\b"
    r"|\(\s*part\s+(?:2|ii|two)\s*\))",
    re.I,
)
_EXEMPT = re.compile(
    r"\bexempt\s+(?P<what>items?|information|reports?|appendi(?:x|ces)|papers?|business|minutes?)\b"
    r"|\b(?P<what2>(?:report|appendix|item|paper|minute)s?)\s*[(\[]?\s*(?:is\s+|are\s+)?exempt\b",
    re.I,
)
#: A negation before a cue in its clause: "there were no exempt items", "Do not include information
#: which is exempt ...", "does not contain exempt information".
_NEGATION = re.compile(r"\b(?:no|not|none|nor|never|without|neither)\b|n[’']t\b", re.I)
#: A label answered no: "Exempt information: None", "Part 2 | No".
_ANSWER_NO = re.compile(r"^\s*(?:[:?|–—-]\s*)*\(?\s*(?:no|none|nil|n/?a|not\s+applicable|not\s+exempt)\b", re.I)
#: The line after an agenda's exempt heading saying there are none.
_NONE_FOLLOW = re.compile(
    r"\bno\s+(?:exempt|part\s+(?:2|ii)|confidential)\b|\bthere\s+(?:are|were|is)\s+no\b|^\W*none\W*$", re.I
)
_BODY_START = re.compile(
    r"^(\d{1,2}[.)]?\s+)?(purpose|introduction|summary|executive summary|background|recommendations?)\b", re.I
)


def restriction(passages: Sequence[Passage], header: Iterable[str] = ()) -> str | None:
    """Why a paper is restricted (the marking, where it is printed, and the words), or ``None``.

    ``header`` is the first page's running header (lines the PDF reader keeps aside for the
    cover; they are not passages). The header is read first, then the cover, then the rest.
    """
    for line in header:
        reason = _strong(line, "header") or _weak(line)
        if reason:
            return _because(reason, "running header", line)
    cover = _cover(passages)
    for i in sorted(cover):
        p = passages[i]
        texts = [p.text, *p.text.split(" | ")] if p.kind == "table_row" else [p.text]
        for text in texts:
            reason = _strong(text, "cover") or _weak(text, following=passages[i + 1:i + 2])
            if reason:
                return _because(reason, _where(p, "cover"), p.text)
    for i, p in enumerate(passages):
        if i in cover:
            continue
        reason = _strong(p.text, "table" if p.kind == "table_row" else "body")
        if not reason and p.kind == "heading":
            reason = _weak(p.text, following=passages[i + 1:i + 2])
        if reason:
            return _because(reason, _where(p, "heading" if p.kind == "heading" else p.kind.replace("_", " ")),
                            p.text)
    return None


def _cover(passages: Sequence[Passage]) -> set[int]:
    """Indexes of the cover: the first page's passages up to the body's first heading."""
    if not passages:
        return set()
    first_page = passages[0].page
    out: set[int] = set()
    for i, p in enumerate(passages[:COVER_PASSAGES]):
        if p.page != first_page or (i and p.kind == "heading" and _BODY_START.match(p.text)):
            break
        out.add(i)
    return out


def _strong(text: str, where: str) -> str | None:
    """A marking wherever it is printed as one (``where``: header, cover, body or table): its
    own line, a label's value, capitals in a header or opening a cover line, NOT FOR
    PUBLICATION, Schedule 12A with its paragraph. A table row in the body is read for the last
    two only (a cell "Restricted" or "Classification | Confidential" of a register is data)."""
    text = text.strip()
    if where != "table":
        m = _LINE.match(text)
        if m:
            return _name(m.group("m"))
        m = (_COVER_LABELLED if where in ("header", "cover") else _LABELLED).search(text)
        if m and not _ANSWER_NO.match(text[m.start("m"):]):
            value = m.group("m").lower()
            if value.startswith("exempt"):
                return "exempt from publication"
            if value.startswith("part"):
                return "Part 2 item"
            return _name(value)
    if where in ("header", "cover"):
        m = _UPPER.search(text)
        if m and (where == "header" or m.group("m").startswith("OFFICIAL") or m.start() == 0):
            return _name(m.group("m"))
    if _NOT_FOR_PUBLICATION.search(text) or re.search(r"NOT\s+FOR\s+PUBLICATION", text):
        return "NOT FOR PUBLICATION"
    for m in _SCHEDULE_12A.finditer(text):
        sentence_start = text.rfind(". ", 0, m.start()) + 1
        sentence_end = text.find(". ", m.end())
        sentence = text[sentence_start: None if sentence_end < 0 else sentence_end]
        paragraph = _PARAGRAPH.search(sentence)
        if paragraph and not _negated(text[sentence_start: m.start()]):
            number = " ".join(paragraph.group("n").split())
            return f"exempt under Schedule 12A, paragraph {number}"
    return None


def _weak(text: str, following: Sequence[Passage] = ()) -> str | None:
    """"Part 2" or an exempt item in a header, cover or heading line, unless negated, answered
    no, or followed by a line saying there are none."""
    for regex, reason in ((_PART_2, "Part 2 item"), (_EXEMPT, None)):
        m = regex.search(text)
        if not m:
            continue
        clause = re.split(r"[.;()]", text[: m.start()])[-1]
        if _negated(clause) or _ANSWER_NO.match(text[m.end():]):
            continue
        if any(_NONE_FOLLOW.search(p.text) for p in following[:1]) or _NONE_FOLLOW.search(text[m.end():]):
            continue
        if reason is None:
            what = (m.group("what") or m.group("what2") or "").lower()
            reason = "exempt information" if what == "information" else f"exempt {_singular(what)}"
        return reason
    return None


def _negated(clause: str) -> bool:
    clause = re.sub(r"not\s+for\s+publication", "", clause, flags=re.I)
    return bool(_NEGATION.search(clause))


def _singular(word: str) -> str:
    return {"appendices": "appendix"}.get(word, word[:-1] if word.endswith("s") else word)


def _name(marking: str) -> str:
    for name, pattern in _MARKINGS:
        if re.fullmatch(pattern, marking.strip(), re.I):
            return name if name == "NOT FOR PUBLICATION" else f"{name} marking"
    return marking.upper()


def _where(p: Passage, what: str) -> str:
    return f"{what}, page {p.page}" if p.page is not None else what


def _because(reason: str, where: str, text: str) -> str:
    quote = " ".join(text.split())
    if len(quote) > 120:
        quote = quote[:117].rstrip() + "…"
    return f"{reason} ({where}): “{quote}”"
