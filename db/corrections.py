"""Reviewers' corrections to extracted facts: stored apart from the facts, applied after every
ingest and link, exported to and imported from YAML.

A correction never names a row id (ids change when a paper is re-ingested). It names its fact by
the paper (file name, and the SHA-256 it had when corrected; and the agenda item, ``item_no``, for
a paper cut from an agenda pack, whose items share the pack's file), the fact's table, the position of
its passage (``passage_seq``), its verbatim quote and the extracted fields that tell apart facts
of one sentence (``match``; e.g. a benefit's description, unit and period). Re-ingesting the same
file, or a changed version of it, finds the fact again: the paper by SHA-256 or else by file
name, the fact by quote and ``match``, the nearest passage position winning.

Kinds of correction (``action``):

- ``reject``: the fact is wrong; its rows are deleted.
- ``correct``: one field gets a new value. ``field`` is ``value`` (a metric's value, a benefit's
  amount), ``date`` (a milestone's span, ``2020-03``, ``2020-03-31`` or ``2020-01-01/2020-03-31``;
  a metric's ``as_of``), ``status`` (a mention's or milestone's status, a benefit's ``realised``),
  ``kind`` (a benefit's kind; for a mention, the kind of the project it names) or ``project`` (the
  project the fact is about, by name; null detaches it).
- ``not_a_project``: a name (compared normalised) is not a project in any paper; its mentions are
  deleted and its facts detached.
- ``restricted``: a paper's restricted flag (applied where ``documents.restricted`` exists).

:func:`apply_corrections` is idempotent; ``boardkb ingest`` and ``boardkb corrections import``
call it before linking. The calls a review page makes (:func:`reject_fact`, :func:`correct_fact`,
:func:`set_project`, :func:`not_a_project`, :func:`set_restricted`, :func:`remove_correction`)
store the correction and apply it at once; then re-link (``boardkb.db.cross_paper.link``) so that
commitments and series follow. Removing a correction restores the fact when its paper is next
re-ingested (a rejected fact's rows are gone until then).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import yaml
from sqlite_utils import Database

from ..extract.names import normalise
from ..extract.records import BENEFIT_KINDS, PROJECT_KINDS, STATUSES
from .store import delete_orphan_projects

FACT_TABLES = ("project_mentions", "milestones", "metrics", "benefits")
ACTIONS = ("reject", "correct", "not_a_project", "restricted")
FIELDS = ("value", "date", "status", "kind", "project")

#: The extracted fields that, with the quote, tell one fact of a passage from another. Never
#: changed by a correction, so a corrected row is found again (apply is idempotent).
MATCH_FIELDS = {
    "project_mentions": ("name",),
    "milestones": ("event", "date_text"),
    "metrics": ("subject", "unit"),
    "benefits": ("description", "unit", "period"),
}

MILESTONE_STATUSES = ("achieved", "planned", "on target", "slipped")
REALISED = ("realised", "expected")

#: table → field → what may be corrected there (column and allowed values, or a parser name).
_EDITABLE: dict[str, dict[str, tuple[str, tuple[str, ...] | str]]] = {
    "project_mentions": {"status": ("status", STATUSES), "kind": ("kind", PROJECT_KINDS),
                         "project": ("project_id", "project")},
    "milestones": {"status": ("status", MILESTONE_STATUSES), "date": ("date_start", "span"),
                   "project": ("project_id", "project")},
    "metrics": {"value": ("value", "number"), "date": ("as_of", "day"), "project": ("project_id", "project")},
    "benefits": {"value": ("amount", "number?"), "status": ("realised", REALISED), "kind": ("kind", BENEFIT_KINDS),
                 "project": ("project_id", "project")},
}

#: Keys of one correction in the YAML file.
YAML_KEYS = ("action", "fact", "paper", "item", "sha256", "seq", "quote", "match", "field", "value", "name",
             "reviewer", "at", "note")


class CorrectionError(ValueError):
    """A correction that cannot be stored: unknown fact, field or value, or a malformed file."""


@dataclass
class Correction:
    action: str
    fact_table: str | None = None
    file_name: str | None = None
    sha256: str | None = None
    passage_seq: int | None = None
    quote: str | None = None
    match: dict = field(default_factory=dict)
    field: str = ""
    value: object = None
    name: str | None = None
    reviewer: str | None = None
    created_at: str | None = None
    note: str | None = None
    id: int | None = None
    item_no: str | None = None  # the agenda item, for a paper cut from a pack (ingest/packs.py)

    @property
    def paper(self) -> str | None:
        """The paper as the correction names it: its file name, and its item in a pack."""
        return f"{self.file_name} item {self.item_no}" if self.item_no is not None else self.file_name

    @property
    def fact_key(self) -> str | None:
        if self.fact_table is None:
            return None
        text = json.dumps([self.fact_table, self.quote, [self.match.get(k) for k in MATCH_FIELDS[self.fact_table]]],
                          ensure_ascii=False)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    @property
    def target(self) -> str:
        """What the correction is about, as one string (unique with ``field``)."""
        if self.action == "not_a_project":
            return f"name|{normalise(self.name or '')}"
        if self.action == "restricted":
            return f"document|{self.paper}"
        return f"{self.fact_table}|{self.paper}|{self.passage_seq}|{self.fact_key}"

    def describe(self) -> str:
        if self.action == "not_a_project":
            what = f"'{self.name}' is not a project"
        elif self.action == "restricted":
            what = f"{self.paper}: {'restricted' if self.value else 'not restricted'}"
        else:
            fact = f"{self.fact_table} in {self.paper} (passage {self.passage_seq}): {_short(self.quote)}"
            what = f"reject {fact}" if self.action == "reject" else f"{self.field} = {self.value!r}: {fact}"
        who = ", ".join(x for x in (self.reviewer, self.created_at) if x)
        return what + (f" [{who}]" if who else "") + (f" — {self.note}" if self.note else "")

    def row(self) -> dict:
        return {"action": self.action, "fact_table": self.fact_table, "file_name": self.file_name,
                "item_no": self.item_no, "sha256": self.sha256, "passage_seq": self.passage_seq, "quote": self.quote,
                "match": json.dumps(self.match, ensure_ascii=False, sort_keys=True) if self.match else None,
                "fact_key": self.fact_key, "target": self.target, "field": self.field,
                "value": json.dumps(self.value, ensure_ascii=False), "name": self.name,
                "reviewer": self.reviewer, "created_at": self.created_at, "note": self.note}

    @classmethod
    def from_row(cls, r: dict) -> Correction:
        return cls(r["action"], r["fact_table"], r["file_name"], r["sha256"], r["passage_seq"], r["quote"],
                   json.loads(r["match"]) if r["match"] else {}, r["field"] or "",
                   json.loads(r["value"]) if r["value"] is not None else None, r["name"], r["reviewer"],
                   r["created_at"], r["note"], r["id"], r.get("item_no"))


def _short(text: str | None, limit: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "unknown")


# -- validation -------------------------------------------------------------------------------

def _span(value: object) -> tuple[str, str, str | None]:
    """A milestone date as (start, end, precision): ``2020``, ``2020-03``, ``2020-03-31`` or two
    ISO days joined by ``/``."""
    text = str(value).strip()
    try:
        if "/" in text:
            a, b = (date.fromisoformat(x.strip()) for x in text.split("/", 1))
            if b < a:
                raise ValueError
            return a.isoformat(), b.isoformat(), None
        if re.fullmatch(r"\d{4}", text):
            return f"{text}-01-01", f"{text}-12-31", "year"
        if re.fullmatch(r"\d{4}-\d{2}", text):
            first = date.fromisoformat(text + "-01")
            nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first.isoformat(), date.fromordinal(nxt.toordinal() - 1).isoformat(), "month"
        day = date.fromisoformat(text).isoformat()
        return day, day, "day"
    except ValueError:
        raise CorrectionError(f"{value!r} is not a date: expected 2020, 2020-03, 2020-03-31 or "
                              "2020-01-01/2020-03-31") from None


def validate(c: Correction) -> Correction:
    """Check a correction's action, fact, field and value; returns it with the value normalised."""
    if c.action not in ACTIONS:
        raise CorrectionError(f"unknown action {c.action!r}: expected one of {', '.join(ACTIONS)}")
    if c.action == "not_a_project":
        return _validate_not_a_project(c)
    if not c.file_name:
        raise CorrectionError(f"{c.action} needs the paper's file name")
    if c.action == "restricted":
        return _validate_restricted(c)
    _validate_fact(c)
    if c.action == "reject":
        c.field, c.value = "reject", True
        return c
    editable = _EDITABLE[c.fact_table]
    if c.field not in editable:
        raise CorrectionError(f"{c.fact_table}: cannot correct {c.field!r}; can correct {', '.join(editable)}")
    _column, allowed = editable[c.field]
    c.value = _checked_value(c, allowed, c.value)
    return c


def _validate_not_a_project(c: Correction) -> Correction:
    if not (c.name or "").strip() or not normalise(c.name):
        raise CorrectionError("not_a_project needs the project's name")
    c.field, c.value = "not_a_project", True
    return c


def _validate_restricted(c: Correction) -> Correction:
    if not isinstance(c.value, bool):
        raise CorrectionError(f"restricted is true or false, not {c.value!r}")
    c.field = "restricted"
    return c


def _validate_fact(c: Correction) -> None:
    """The fact a correction points at: its table, passage position, quote and match fields."""
    if c.fact_table not in FACT_TABLES:
        raise CorrectionError(f"unknown fact {c.fact_table!r}: expected one of {', '.join(FACT_TABLES)}")
    if not isinstance(c.passage_seq, int) or isinstance(c.passage_seq, bool) or c.passage_seq < 0:
        raise CorrectionError(f"seq (the passage position) must be a whole number, not {c.passage_seq!r}")
    if not c.quote:
        raise CorrectionError("a fact correction needs the fact's quote")
    unknown = set(c.match) - set(MATCH_FIELDS[c.fact_table])
    if unknown:
        raise CorrectionError(f"match: unknown field(s) {', '.join(sorted(unknown))} for {c.fact_table}; "
                              f"expected {', '.join(MATCH_FIELDS[c.fact_table])}")


def _checked_value(c: Correction, allowed, v):
    """The corrected value, normalised for its kind of field, or a CorrectionError."""
    if isinstance(allowed, tuple):
        if v not in allowed:
            raise CorrectionError(f"{c.fact_table}.{c.field}: {v!r} is not one of {', '.join(allowed)}")
        return v
    if allowed in ("number", "number?"):
        return _number(c, allowed, v)
    if allowed == "span":
        _span(v)
        return str(v).strip()
    if allowed == "day":
        return _span(v)[0] if v is not None else None
    if allowed == "project":
        if v is not None and not (isinstance(v, str) and normalise(v)):
            raise CorrectionError(f"{c.fact_table}.project: {v!r} is not a project name")
        if v is None and c.fact_table == "project_mentions":
            raise CorrectionError("a mention must name a project: reject it, or mark the name not a project")
    return v


def _number(c: Correction, allowed: str, v):
    if v is None and allowed == "number?":
        return None
    if isinstance(v, bool) or not isinstance(v, int | float):
        try:
            v = float(str(v).replace(",", "").replace("£", ""))
        except ValueError:
            raise CorrectionError(f"{c.fact_table}.{c.field}: {v!r} is not a number") from None
    return float(v)


# -- storing ----------------------------------------------------------------------------------

def store(db: Database, c: Correction) -> Correction:
    """Validate and store a correction, replacing any earlier one of the same fact and field."""
    validate(c)
    c.created_at = c.created_at or _now()
    c.reviewer = c.reviewer or default_reviewer()
    row = c.row()
    with db.atomic():
        db.execute("delete from corrections where target = ? and field = ?", [row["target"], row["field"]])
        c.id = db["corrections"].insert(row).last_pk
    return c


def list_corrections(db: Database) -> list[Correction]:
    if "corrections" not in db.table_names():
        return []
    return [Correction.from_row(dict(r)) for r in db.query("select * from corrections order by id")]


def remove_correction(db: Database, correction_id: int) -> bool:
    """Delete a correction. A rejected fact or a name marked not a project comes back when its
    paper is next re-ingested; a corrected field keeps its value until then."""
    with db.atomic():
        return db.execute("delete from corrections where id = ?", [correction_id]).rowcount > 0


def fact_of(db: Database, table: str, fact_id: int) -> Correction:
    """The key of a stored fact (a correction with no action yet)."""
    if table not in FACT_TABLES:
        raise CorrectionError(f"unknown fact {table!r}: expected one of {', '.join(FACT_TABLES)}")
    cols = ", ".join(f"f.{c}" for c in MATCH_FIELDS[table])
    rows = list(db.query(f"""select d.file_name, d.item_no, d.sha256, ps.seq, f.quote, {cols}
                             from {table} f join documents d on d.id = f.document_id
                             join passages ps on ps.id = f.passage_id where f.id = ?""", [fact_id]))
    if not rows:
        raise CorrectionError(f"no {table} row with id {fact_id}")
    r = rows[0]
    return Correction("", table, r["file_name"], r["sha256"], r["seq"], r["quote"],
                      {k: r[k] for k in MATCH_FIELDS[table] if r[k] is not None}, item_no=r["item_no"])


def _fact_correction(db, table, fact_id, action, field_, value, reviewer, note, apply) -> Correction:
    c = fact_of(db, table, fact_id)
    c.action, c.field, c.value, c.reviewer, c.note = action, field_, value, reviewer, note
    store(db, c)
    if apply:
        apply_corrections(db)
    return c


def reject_fact(db: Database, table: str, fact_id: int, *, reviewer: str | None = None,
                note: str | None = None, apply: bool = True) -> Correction:
    """Reject the fact ``table``/``fact_id`` (e.g. ``"benefits", 12``): it is deleted now and after
    every re-ingest."""
    return _fact_correction(db, table, fact_id, "reject", "reject", True, reviewer, note, apply)


def correct_fact(db: Database, table: str, fact_id: int, field_: str, value: object, *,
                 reviewer: str | None = None, note: str | None = None, apply: bool = True) -> Correction:
    """Give one field of a fact a new value (``field_``: value, date, status, kind or project)."""
    return _fact_correction(db, table, fact_id, "correct", field_, value, reviewer, note, apply)


def set_project(db: Database, table: str, fact_id: int, project: str | None, *, reviewer: str | None = None,
                note: str | None = None, apply: bool = True) -> Correction:
    """Say which project a fact is about (by any of its names; a new name makes a new project), or
    ``None``: about no project."""
    return correct_fact(db, table, fact_id, "project", project, reviewer=reviewer, note=note, apply=apply)


def not_a_project(db: Database, name: str, *, reviewer: str | None = None, note: str | None = None,
                  apply: bool = True) -> Correction:
    """Mark a name as not a project, in every paper."""
    c = store(db, Correction("not_a_project", name=name.strip(), reviewer=reviewer, note=note))
    if apply:
        apply_corrections(db)
    return c


def set_restricted(db: Database, document_id: int, restricted: bool, *, reviewer: str | None = None,
                   note: str | None = None, apply: bool = True) -> Correction:
    """Set or clear a paper's restricted flag, kept across re-ingests."""
    rows = list(db.query("select file_name, item_no, sha256 from documents where id = ?", [document_id]))
    if not rows:
        raise CorrectionError(f"no document with id {document_id}")
    c = store(db, Correction("restricted", file_name=rows[0]["file_name"], sha256=rows[0]["sha256"],
                             value=bool(restricted), reviewer=reviewer, note=note, item_no=rows[0]["item_no"]))
    if apply:
        apply_corrections(db)
    return c


# -- applying ---------------------------------------------------------------------------------

@dataclass
class ApplyReport:
    applied: int = 0
    rows: int = 0
    unmatched: list[Correction] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.applied} correction(s) applied ({self.rows} row(s) changed or deleted)"
        if self.unmatched:
            text += f"; {len(self.unmatched)} found no fact (their paper not ingested, or changed)"
        return text


def _documents(db: Database, c: Correction) -> list[int]:
    """The documents a correction's paper is now: by SHA-256, else by file name; only its agenda
    item's, when it names one (a correction made before packs were cut up names the whole pack)."""
    item = " and item_no = ?" if c.item_no is not None else ""
    args = [c.item_no] if c.item_no is not None else []
    if c.sha256:
        ids = [r[0] for r in db.execute(f"select id from documents where sha256 = ?{item} order by id",
                                        [c.sha256, *args])]
        if ids:
            return ids
    return [r[0] for r in db.execute(f"select id from documents where file_name = ?{item} order by id",
                                     [c.file_name, *args])]


def find_rows(db: Database, c: Correction) -> list[int]:
    """Ids of the rows a fact correction names: same paper, quote and match fields, nearest passage."""
    docs = _documents(db, c)
    if not docs:
        return []
    cols = MATCH_FIELDS[c.fact_table]
    where = " and ".join(f"f.{k} is ?" for k in cols)
    rows = list(db.execute(
        f"""select f.id, ps.seq from {c.fact_table} f join passages ps on ps.id = f.passage_id
            where f.document_id in ({",".join("?" * len(docs))}) and f.quote = ? and {where}
            order by f.id""", [*docs, c.quote, *[c.match.get(k) for k in cols]]))
    if not rows:
        return []
    nearest = min(abs(seq - c.passage_seq) for _id, seq in rows)
    return [i for i, seq in rows if abs(seq - c.passage_seq) == nearest]


def _projects_named(db: Database, name: str) -> list[int]:
    return [r[0] for r in db.execute(
        "select id from projects where key = ? or lower(name) = lower(?) or lower(extracted_name) = lower(?) "
        "order by id", [normalise(name), name, name])]


def _project_id(db: Database, name: str, hidden: set[str]) -> int | None:
    """The project called ``name`` (by name, key or alias, its canonical record); created if new."""
    if normalise(name) in hidden:
        return None
    rows = _projects_named(db, name) or [r[0] for r in db.execute(
        "select project_id from project_aliases where lower(alias) = lower(?) order by project_id", [name])]
    if rows:
        return db.execute("select coalesce(canonical_id, id) from projects where id = ?", [rows[0]]).fetchone()[0]
    project_id = db["projects"].insert({"name": name, "key": normalise(name), "kind": "project",
                                        "extracted_name": name}).last_pk
    db["project_aliases"].insert({"project_id": project_id, "alias": name}, ignore=True)
    return project_id


def _delete_facts(db: Database, table: str, ids: list[int]) -> None:
    marks = ",".join("?" * len(ids))
    if table == "milestones" and "commitments" in db.table_names():
        db.execute(f"delete from commitments where milestone_id in ({marks})", ids)
    db.execute(f"delete from {table} where id in ({marks})", ids)


def _hide_project(db: Database, ids: list[int]) -> int:
    marks = ",".join("?" * len(ids))
    n = db.execute(f"delete from project_mentions where project_id in ({marks})", ids).rowcount
    for table in ("milestones", "metrics", "benefits"):
        n += db.execute(f"update {table} set project_id = null where project_id in ({marks})", ids).rowcount
    db.execute(f"update projects set parent_id = null where parent_id in ({marks})", ids)
    return n


def _set_field(db: Database, c: Correction, ids: list[int], hidden: set[str]) -> int:
    column, kind = _EDITABLE[c.fact_table][c.field]
    marks = ",".join("?" * len(ids))
    if c.fact_table == "project_mentions" and c.field == "kind":
        return db.execute(f"update projects set kind = ? where id in (select project_id from project_mentions "
                          f"where id in ({marks}))", [c.value, *ids]).rowcount
    if kind == "project":
        project_id = _project_id(db, c.value, hidden) if c.value is not None else None
        if project_id is None and c.fact_table == "project_mentions":
            _delete_facts(db, c.fact_table, ids)
            return len(ids)
        return db.execute(f"update {c.fact_table} set project_id = ? where id in ({marks})",
                          [project_id, *ids]).rowcount
    if kind == "span":
        start, end, precision = _span(c.value)
        return db.execute(f"update milestones set date_start = ?, date_end = ?, precision = coalesce(?, precision) "
                          f"where id in ({marks})", [start, end, precision, *ids]).rowcount
    return db.execute(f"update {c.fact_table} set {column} = ? where id in ({marks})", [c.value, *ids]).rowcount


def apply_corrections(db: Database) -> ApplyReport:
    """Apply every stored correction to the facts, in one transaction; idempotent. Names marked
    not a project first, then rejections, then corrected fields (later corrections win); projects
    left with no facts are removed. Re-link afterwards so that commitments and series follow."""
    report = ApplyReport()
    corrections = list_corrections(db)
    if not corrections:
        return report
    hidden = {normalise(c.name) for c in corrections if c.action == "not_a_project"}
    order = {"not_a_project": 0, "reject": 1, "restricted": 2, "correct": 3}
    with db.atomic():
        for c in sorted(corrections, key=lambda c: (order[c.action], c.id)):
            if c.action == "not_a_project":
                ids = _projects_named(db, c.name)
                n = _hide_project(db, ids) if ids else 0
            elif c.action == "restricted":
                docs = _documents(db, c)
                n = 0
                if docs and "restricted" in db["documents"].columns_dict:
                    marks = ",".join("?" * len(docs))
                    n = db.execute(f"update documents set restricted = ? where id in ({marks})",
                                   [int(bool(c.value)), *docs]).rowcount
                ids = docs
            else:
                ids = find_rows(db, c)
                if ids and c.action == "reject":
                    _delete_facts(db, c.fact_table, ids)
                    n = len(ids)
                elif ids:
                    n = _set_field(db, c, ids, hidden)
                else:
                    n = 0
            if ids or c.action == "not_a_project" or (c.action == "reject" and _documents(db, c)):
                report.applied += 1
            else:
                report.unmatched.append(c)
            report.rows += n
        delete_orphan_projects(db)
    return report


def corrected_facts(db: Database, table: str | None = None) -> dict[tuple[str, int], dict[str, object]]:
    """The facts corrected fields apply to now: ``{(table, id): {field: value}}``, for reports to
    say which figures a reviewer corrected."""
    out: dict[tuple[str, int], dict[str, object]] = {}
    for c in list_corrections(db):
        if c.action != "correct" or (table and c.fact_table != table):
            continue
        for fact_id in find_rows(db, c):
            out.setdefault((c.fact_table, fact_id), {})[c.field] = c.value
    return out


# -- YAML -------------------------------------------------------------------------------------

def to_yaml_items(corrections: list[Correction]) -> list[dict]:
    items = []
    for c in corrections:
        item: dict = {"action": c.action}
        if c.action == "not_a_project":
            item["name"] = c.name
        else:
            item["paper"] = c.file_name
            if c.item_no is not None:
                item["item"] = c.item_no
            if c.sha256:
                item["sha256"] = c.sha256
        if c.fact_table:
            item.update({"fact": c.fact_table, "seq": c.passage_seq, "quote": c.quote})
            if c.match:
                item["match"] = dict(sorted(c.match.items()))
        if c.action == "correct":
            item["field"] = c.field
        if c.action in ("correct", "restricted"):
            item["value"] = c.value
        item.update({k: v for k, v in (("reviewer", c.reviewer), ("at", c.created_at), ("note", c.note)) if v})
        items.append(item)
    return items


def export_yaml(db: Database) -> str:
    """Every correction as YAML (``corrections:`` list), for version control; ``import_yaml`` reads it."""
    head = ("# boardkb corrections: reviewed fixes to extracted facts, applied after every ingest.\n"
            "# Read back with: boardkb corrections import FILE\n")
    body = yaml.safe_dump({"corrections": to_yaml_items(list_corrections(db))}, sort_keys=False,
                          allow_unicode=True, width=120)
    return head + body


def parse_yaml(text: str, source: str = "corrections file") -> list[Correction]:
    """Corrections from YAML text; raises :class:`CorrectionError` naming ``source`` and the entry."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise CorrectionError(f"{source}: not valid YAML: {e}") from e
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) != {"corrections"} or not isinstance(data["corrections"], list | None):
        raise CorrectionError(f"{source}: expected one key, 'corrections', holding a list")
    out = []
    for i, item in enumerate(data["corrections"] or [], 1):
        where = f"{source}: correction {i}"
        if not isinstance(item, dict):
            raise CorrectionError(f"{where}: expected a mapping of {', '.join(YAML_KEYS)}")
        unknown = sorted(set(item) - set(YAML_KEYS))
        if unknown:
            raise CorrectionError(f"{where}: unknown key(s) {', '.join(map(str, unknown))}; "
                                  f"valid keys: {', '.join(YAML_KEYS)}")
        match = item.get("match") or {}
        if not isinstance(match, dict):
            raise CorrectionError(f"{where}: match must be a mapping")
        at = item.get("at")
        c = Correction(
            action=item.get("action"), fact_table=item.get("fact"), file_name=item.get("paper"),
            sha256=item.get("sha256"), passage_seq=item.get("seq"), quote=item.get("quote"), match=match,
            field=item.get("field") or "", value=item.get("value"), name=item.get("name"),
            reviewer=item.get("reviewer"), created_at=at.isoformat() if isinstance(at, datetime | date) else at,
            note=item.get("note"), item_no=str(item["item"]) if item.get("item") is not None else None)
        try:
            validate(c)
        except CorrectionError as e:
            raise CorrectionError(f"{where}: {e}") from None
        out.append(c)
    return out


def import_yaml(db: Database, text: str, source: str = "corrections file", *, apply: bool = True) -> int:
    """Store the corrections of a YAML file (replacing earlier ones of the same fact and field) and
    apply them; returns how many were read. Nothing is stored if any entry is invalid."""
    corrections = parse_yaml(text, source)
    with db.atomic():
        for c in corrections:
            store(db, c)
    if apply:
        apply_corrections(db)
    return len(corrections)
