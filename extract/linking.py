"""One project across papers: which extracted names are the same project, and which are part of
another, each link with the reason a person can check.

Rules (automatic, explainable):
- the same acronym ("DEMS") used for both names;
- names that differ only in spacing, punctuation or a generic last word ("Estates" / "Estates
  Programme");
- "X Phase 2" is part of X;
- a paper says "X (formerly known as Y)": Y was renamed X;
- a paper says "X is now part of the (new) Y": X is part of Y;
- near-identical names (difflib ratio ≥ 0.9, word by word alike);
- an acronym that spells the initials of a known name ("BWV" / "Body Worn Video", "DC DHEP" /
  "Detective Constable Degree Holder Entry Programme"), when only one name fits;
- the same core name once a leading organisation or qualifier ("KCC", "WMP", "the force's", "revised"), a
  trailing kind word ("programme", "tool", "phase") and trailing lower-case descriptors
  ("change", "engagement") are set aside, and plurals read as singular ("WMNow" / "WM Now
  engagement tool", "Citizen Experience" / "Citizens Experience Project"). A core of one common
  word never links two names: two projects are not merged through a common word.

A user-editable overrides file (``aliases.yml``: merge, split, rename, parent) is applied on top,
so every merge is reversible without re-parsing any paper. Pure: records in, links out.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from .names import SMALL_WORDS as _SMALL
from .names import normalise

GENERIC_TAIL = ("programme", "program", "project", "system", "scheme", "initiative", "workstream", "portfolio")
#: Trailing words that say what kind of thing a project is, not which one.
KIND_TAIL = (*GENERIC_TAIL, "programmes", "projects", "systems", "schemes", "tool", "tools", "phase", "platform",
             "solution", "framework")
#: Leading words that qualify a name (whose it is, or which version of it), not name it: "The revised estates
#: strategy was approved" is the samples' "Estates strategy" of an earlier paper; "Draft Revenue Budget 2025-26" is the
#: budget a later paper calls "Revenue Budget 2025-26" (tests/test_linking.py). Not "final": a Final Business Case is
#: a business case's last stage, not its later version (review).
_VERSION_WORDS = {"revised", "draft", "updated", "refreshed"}
_QUALIFIER_WORDS = {"the", "force", "forces", "force's", "council", "council's", "county", "our", "new",
                    *_VERSION_WORDS}
_PHASE = re.compile(r"^(?P<base>.+?)[\s,–-]*\(?\b(?:phase|release|stage|tranche)\s+(?P<n>\d+|[ivx]+)\)?$", re.I)
_FORMERLY = re.compile(
    r"(?P<new>[A-Z][\w&’' -]{2,80}?)\s*[(,]\s*(?:formerly|previously)(?:\s+(?:known as|called|named))?\s+"
    r"(?P<old>[A-Z][\w&’' -]{2,80}?)\s*[),.;]"
)
_PART_OF = re.compile(
    r"(?P<child>(?:[A-Z][\w&’'-]*\s+){0,8}[A-Z][\w&’'-]*(?:\s+(?:project|programme|system|scheme|initiative))?)"
    r"\s*,?[^.]{0,120}?\b(?:is|are|has)\s+(?:now\s+)?(?:become\s+)?part of\s+(?:the\s+)?"
    r"(?:new\s+)?(?P<parent>[A-Z][\w&’' -]{2,80}?)(?=[,.;]|\s+(?:which|and|from|with|under)\b)"
)


@dataclass
class Name:
    """A project as extracted (one row of ``projects``)."""

    id: int
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0


@dataclass(frozen=True)
class Link:
    """``project_id`` is the same project as, or part of, ``target_id``, because of ``reason``."""

    project_id: int
    target_id: int
    relation: str  # "same" | "part_of"
    reason: str
    source: str = "rule"  # "rule" | the overrides file's name


class OverridesError(ValueError):
    """The overrides file is not valid."""


@dataclass
class Overrides:
    """The user's corrections (``aliases.yml``)::

        merge:              # these names are one project
          - [Digital Evidence Management System, DEMS, Digital-Evidence Management System]
        split:              # never link these two
          - [Connect, Connect with People]
        rename:             # show the project under another name
          Project Keystone: Keystone (Enabling Services)
        parent:             # child: parent programme
          Online Crime Reporting: Public Contact Programme
    """

    merge: list[list[str]] = field(default_factory=list)
    split: list[list[str]] = field(default_factory=list)
    rename: dict[str, str] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    source: str = "aliases.yml"

    @classmethod
    def from_yaml(cls, text: str, source: str = "aliases.yml") -> Overrides:
        data = yaml.safe_load(text) or {}
        if not isinstance(data, dict):
            raise OverridesError(
                f"{source}: expected a mapping with merge, split, rename, parent; found {type(data).__name__}"
            )
        unknown = set(data) - {"merge", "split", "rename", "parent"}
        if unknown:
            raise OverridesError(f"{source}: unknown key(s) {', '.join(sorted(unknown))}; "
                                 "valid keys are merge, split, rename, parent")
        for key in ("merge", "split"):
            groups = data.get(key) or []
            if not isinstance(groups, list) or not all(
                    isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g) for g in groups):
                raise OverridesError(f"{source}: '{key}' must be a list of lists of two or more names")
        for key in ("rename", "parent"):
            mapping = data.get(key) or {}
            if not isinstance(mapping, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                        for k, v in mapping.items()):
                raise OverridesError(f"{source}: '{key}' must map names to names")
        return cls(merge=data.get("merge") or [], split=data.get("split") or [], rename=data.get("rename") or {},
                   parent=data.get("parent") or {}, source=source)


def _compact(key: str) -> str:
    return key.replace(" ", "")


def _without_tail(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[-1] in GENERIC_TAIL:
        words = words[:-1]
    return " ".join(words)


#: The difflib ratio at or above which two names of two or more words may be spelled alike.
_ALIKE = 0.9


def _alike(a: str, b: str) -> bool:
    """Near-identical names: the same words but for small words and spelling slips
    ("Intergrated"/"Integrated", "Activate"/"Active"), not different words ("With"/"Without")."""
    if difflib.SequenceMatcher(None, a, b).ratio() < _ALIKE:
        return False
    small = {"of", "and", "for", "the", "to", "in", "on"}
    wa, wb = [w for w in a.split() if w not in small], [w for w in b.split() if w not in small]
    return len(wa) == len(wb) and all(x == y or (len(x) > 4 and difflib.SequenceMatcher(None, x, y).ratio() >= 0.8)
                                      for x, y in zip(wa, wb, strict=True))


def _acronyms(n: Name) -> set[str]:
    return {a for a in {n.name, *n.aliases} if re.fullmatch(r"[A-Z][A-Z0-9&+]{1,7}", a)}


def auto_links(names: list[Name], texts: list[str]) -> list[Link]:
    """Links found by the rules, from the names and the passages' texts."""
    by_key: dict[str, Name] = {}
    for n in names:
        by_key.setdefault(normalise(n.name), n)
    links = _acronym_links(names) + _spelling_links(names)
    links += _initials_links(names, links)
    links += _core_links(names, links)
    return links + _phase_links(names, by_key) + _stated_links(texts, by_key)


def _acronym_links(names: list[Name]) -> list[Link]:
    """Names that share an acronym ("DEMS"), linked to the fullest of them."""
    links: list[Link] = []
    owners: dict[str, list[Name]] = {}
    for n in names:
        for acr in _acronyms(n):
            owners.setdefault(acr, []).append(n)
    for acr, group in owners.items():
        full = [n for n in group if n.name != acr] or group
        target = max(full, key=lambda n: (len(n.name), n.mentions))
        for n in group:
            if n.id != target.id:
                links.append(Link(n.id, target.id, "same", f"both are called '{acr}'"))
    return links


def _spelling_links(names: list[Name]) -> list[Link]:
    """Spelling, spacing, punctuation, a generic last word; near-identical names.

    Only pairs that could meet a rule are compared (``_spelling_pairs``), in the order of the
    names, so the links are those of comparing every pair."""
    keys = [normalise(n.name) for n in names]
    links: list[Link] = []
    for i, j in _spelling_pairs(keys):
        a, b = names[i], names[j]
        target, other = (a, b) if (len(a.name), a.mentions) >= (len(b.name), b.mentions) else (b, a)
        why = _spelling_reason(keys[i], keys[j])
        if why:
            links.append(Link(other.id, target.id, "same", f"'{other.name}' and '{target.name}' {why}"))
    return links


def _spelling_pairs(keys: list[str]) -> list[tuple[int, int]]:
    """Every pair of non-empty keys (i < j, in order) that ``_spelling_reason`` could link: one
    compact form, one form without a generic tail, or two keys of two or more words whose
    difflib ratio can reach ``_ALIKE`` (lengths and shared characters are upper bounds of it)."""
    pairs: set[tuple[int, int]] = set()
    for form in (_compact, _without_tail):
        groups: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            if key:
                groups.setdefault(form(key), []).append(i)
        pairs.update((a, b) for group in groups.values() for n, a in enumerate(group) for b in group[n + 1:])
    pairs.update(_alike_pairs(keys))
    return sorted(pairs)


def _alike_pairs(keys: list[str]) -> Iterator[tuple[int, int]]:
    """Pairs of keys of two or more words whose difflib ratio may be ``_ALIKE`` or more. ratio is
    2·M/T with M matched characters and T both lengths; M is at most the shorter length and at
    most the characters the two share (difflib's real_quick_ratio and quick_ratio), computed in the
    same floating point, so no pair that passes ``_alike`` is left out."""
    order = sorted((i for i, k in enumerate(keys) if len(k.split()) >= 2), key=lambda i: len(keys[i]))
    counts = {i: Counter(keys[i]) for i in order}
    for n, i in enumerate(order):
        la = len(keys[i])
        for j in order[n + 1:]:
            total = la + len(keys[j])
            if 2.0 * la / total < _ALIKE:
                break  # longer keys only lower the bound
            if 2.0 * (counts[i] & counts[j]).total() / total >= _ALIKE:
                yield min(i, j), max(i, j)


def _spelling_reason(ka: str, kb: str) -> str | None:
    if _compact(ka) == _compact(kb):
        return "differ only in spacing or punctuation"
    if _without_tail(ka) == _without_tail(kb) and _without_tail(ka) in (ka, kb):
        return "differ only by a generic word"
    if min(len(ka.split()), len(kb.split())) >= 2 and _alike(ka, kb):
        return "are spelled almost alike"
    return None


def _phase_links(names: list[Name], by_key: dict[str, Name]) -> list[Link]:
    links: list[Link] = []
    for n in names:
        m = _PHASE.match(n.name)
        if m:
            base = by_key.get(normalise(m.group("base")))
            if base is not None and base.id != n.id:
                links.append(Link(n.id, base.id, "part_of", f"'{n.name}' is a phase of '{base.name}'"))
    return links


def _stated_links(texts: list[str], by_key: dict[str, Name]) -> list[Link]:
    """Renames and re-nesting stated in the papers."""
    links: list[Link] = []
    for text in texts:
        for m in _FORMERLY.finditer(text):
            new, old = _find(by_key, m.group("new")), _find(by_key, m.group("old"))
            if new and old and new.id != old.id:
                links.append(Link(old.id, new.id, "same", f"renamed: a paper says “{m.group(0).strip(' ,.;')}”"))
        for m in _PART_OF.finditer(text):
            child, parent = _find(by_key, m.group("child")), _find(by_key, m.group("parent"))
            if child and parent and child.id != parent.id:
                links.append(Link(child.id, parent.id, "part_of", f"a paper says “{m.group(0).strip(' ,.;')}”"))
    return links


def _is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&+]{1,7}(?: [A-Z][A-Z0-9&+]{1,7})?", text))


def _initials(name: str) -> set[str]:
    """The acronyms a name's words spell: every word, or without small words, with or without a
    trailing kind word ("Detective Constable Degree Holder Entry Programme" → DCDHEP, DCDHE)."""
    words = [w for w in re.split(r"[\s–/-]+", name) if w and w[0].isalpha()]
    if len(words) < 2 or not all(w[0].isupper() or w.lower() in _SMALL for w in words):
        return set()
    found: set[str] = set()
    for kept in (words, [w for w in words if w.lower() not in _SMALL]):
        found.add("".join(w[0].upper() for w in kept))
        if len(kept) > 2 and kept[-1].lower() in KIND_TAIL:
            found.add("".join(w[0].upper() for w in kept[:-1]))
    return {f for f in found if len(f) >= 3}


def _linked(links: list[Link]) -> set[frozenset[int]]:
    return {frozenset((lk.project_id, lk.target_id)) for lk in links}


def _initials_links(names: list[Name], links: list[Link]) -> list[Link]:
    """A bare acronym ("BWV", "DC DHEP") that spells the initials of exactly one known name."""
    spelled: dict[str, list[Name]] = {}
    for n in names:
        for form in {n.name, *n.aliases} if not _PHASE.match(n.name) else ():
            for acr in _initials(form):
                if n not in spelled.setdefault(acr, []):
                    spelled[acr].append(n)
    done, found = _linked(links), []
    for n in names:
        if not _is_acronym(n.name):
            continue
        acr = n.name.replace(" ", "")
        fits = [m for m in spelled.get(acr, []) if m.id != n.id]
        if len(fits) == 1 and frozenset((n.id, fits[0].id)) not in done:
            found.append(Link(n.id, fits[0].id, "same", f"'{n.name}' spells the initials of '{fits[0].name}'"))
    return found


def _strip_leading(words: list[str]) -> list[str]:
    """Drop a leading organisation or qualifier: "the force's", "KCC", "WMP" before a capitalised word."""
    while len(words) > 1:
        w = words[0]
        if w.lower() in _QUALIFIER_WORDS or re.search(r"['’]s$", w) or (
                re.fullmatch(r"[A-Z]{2,4}", w) and re.fullmatch(r"[A-Z][a-z].*", words[1])):
            words = words[1:]
        else:
            break
    return words


def _core(words: list[str]) -> str:
    while len(words) > 1 and (words[-1].lower() in KIND_TAIL or (words[-1].islower() and _coined(words[:-1]))):
        words = words[:-1]
    keys = [re.sub(r"[^\w+]", "", w.lower()) for w in words]
    keys = [k[:-1] if len(k) > 3 and k.endswith("s") and not k.endswith("ss") else k for k in keys]
    if len(keys) == 1 and not _distinctive(words[0]):
        return ""  # one common word names nothing on its own
    return "".join(keys)


def core_names(form: str) -> set[str]:
    """A name without its qualifiers, kind words and lower-case descriptors, singular and without
    spaces, read with and without a leading qualifier: "WM Now engagement tool" → {"wmnow"},
    "Citizens Experience Project" → {"citizenexperience"}, "KCC Highways Plan" → {"kcchighwaysplan",
    "highwaysplan"}. Empty when all that is left is one common word."""
    words = [w for w in re.split(r"[\s–]+", form.replace("’", "'")) if w]
    return {_core(words), _core(_strip_leading(words))} - {""}


def _coined(words: list[str]) -> bool:
    """A coined name ("WM Now", "WMP2020", "THRIVE+"): lower-case words after it only describe it
    ("engagement tool"); after plain words ("Force Contact recovery plan") they may name a part."""
    return any(re.fullmatch(r"[A-Z]{2,}", w) or _distinctive(w) or "+" in w for w in words)


def _distinctive(word: str) -> bool:
    """A one-word name that is no common word: a digit or a capital after the first letter."""
    return bool(re.search(r"\d|.[A-Z]", word))


def _core_links(names: list[Name], links: list[Link]) -> list[Link]:
    """Names that are one name once qualifiers, kind words and descriptors are set aside."""
    groups: dict[str, list[Name]] = {}
    for n in names:
        for core in {c for f in {n.name, *n.aliases} for c in core_names(f)}:
            groups.setdefault(core, []).append(n)
    done, found = _linked(links), []
    for group in groups.values():
        if len(group) < 2:
            continue
        target = max(group, key=lambda n: (n.mentions, len(n.name), -n.id))
        for n in group:
            if n.id != target.id and frozenset((n.id, target.id)) not in done:
                done.add(frozenset((n.id, target.id)))
                found.append(Link(n.id, target.id, "same", f"'{n.name}' and '{target.name}' are one name once a "
                                  "qualifier, a kind word or a descriptor is set aside"))
    return found


def _find(by_key: dict[str, Name], phrase: str) -> Name | None:
    """The known name at the end of a phrase ("the new Public Contact Programme")."""
    words = normalise(phrase).split()
    for start in range(len(words)):
        key = " ".join(words[start:])
        if key in by_key:
            return by_key[key]
    return None


@dataclass
class Resolution:
    """The outcome of linking: each extracted project's canonical project, display names of the
    canonical ones, parents, and the links that explain them."""

    canonical: dict[int, int]  # project id -> canonical project id (itself when canonical)
    names: dict[int, str]  # canonical id -> display name
    parents: dict[int, int]  # canonical id -> canonical parent id
    links: list[Link]


def resolve(names: list[Name], links: list[Link], overrides: Overrides | None = None) -> Resolution:
    """Apply rule links and the user's overrides: union the "same" links (never across a split),
    choose each group's name, and set parents."""
    overrides = overrides or Overrides()
    by_name = _by_name(names)
    renamed_to = {lk.target_id for lk in links if lk.reason.startswith("renamed")}
    links = list(links) + _merge_links(overrides, by_name)
    members, kept = _union(names, links, _forbidden(overrides, by_name))
    canonical, display = _choose_names(names, members, renamed_to)
    for old, new in overrides.rename.items():
        n = by_name.get(normalise(old))
        if n:
            display[canonical[n.id]] = new
    parents = _rule_parents(kept, canonical)
    kept += _override_parents(overrides, by_name, canonical, parents)
    return Resolution(canonical, display, parents, kept)


def _by_name(names: list[Name]) -> dict[str, Name]:
    """Each normalised name (the first project of that name) and alias (when no name is it)."""
    by_name: dict[str, Name] = {normalise(n.name): n for n in reversed(names)}
    for n in names:
        for label in n.aliases:
            by_name.setdefault(normalise(label), n)
    return by_name


def _merge_links(overrides: Overrides, by_name: dict[str, Name]) -> list[Link]:
    """The user's merges: each known name of a group the same as the group's first known name."""
    links: list[Link] = []
    for group in overrides.merge:
        found = [n for n in (by_name.get(normalise(x)) for x in group) if n]
        for n in found[1:]:
            links.append(Link(n.id, found[0].id, "same", f"merged in {overrides.source}: {', '.join(group)}",
                              overrides.source))
    return links


def _forbidden(overrides: Overrides, by_name: dict[str, Name]) -> set[frozenset[int]]:
    """The user's splits, as sets of project ids never to be in one group."""
    forbidden: set[frozenset[int]] = set()
    for pair in overrides.split:
        ids = {by_name[normalise(x)].id for x in pair if normalise(x) in by_name}
        if len(ids) >= 2:
            forbidden.add(frozenset(ids))
    return forbidden


def _union(names: list[Name], links: list[Link],
           forbidden: set[frozenset[int]]) -> tuple[dict[int, set[int]], list[Link]]:
    """Union-find over the "same" links, rules first and overrides last (so rules never undo
    them), refusing a union that would join a split pair. Returns the groups (by root id) and the
    links kept: every link but the refused ones."""
    parent_of = {n.id: n.id for n in names}

    def root(i: int) -> int:
        while parent_of[i] != i:
            parent_of[i] = parent_of[parent_of[i]]
            i = parent_of[i]
        return i

    members: dict[int, set[int]] = {n.id: {n.id} for n in names}
    kept: list[Link] = []
    for link in sorted(links, key=lambda lk: lk.source != "rule"):
        if link.relation == "same" and link.project_id in parent_of and link.target_id in parent_of:
            ra, rb = root(link.project_id), root(link.target_id)
            if ra != rb:
                if any(frozenset({x, y}) in forbidden for x in members[ra] for y in members[rb]):
                    continue  # the user split these
                parent_of[ra] = rb
                members[rb] |= members.pop(ra)
        kept.append(link)
    return members, kept


def _choose_names(names: list[Name], members: dict[int, set[int]],
                  renamed_to: set[int]) -> tuple[dict[int, int], dict[int, str]]:
    """Each group's canonical project (a rename's new name, then a name that is not a bare
    acronym, then the most mentioned, one without a version's word ("Estates strategy", not "Revised estates
    strategy"), the longest, the first) and its display name, in the capitals a paper gives it."""
    by_id = {n.id: n for n in names}
    canonical: dict[int, int] = {}
    display: dict[int, str] = {}
    for group in members.values():
        best = max(group, key=lambda i: (i in renamed_to, not re.fullmatch(r"[A-Z0-9&+]{2,8}", by_id[i].name),
                                         by_id[i].mentions, by_id[i].name.split()[0].lower() not in _VERSION_WORDS,
                                         len(by_id[i].name), -i))
        for i in group:
            canonical[i] = best
        # ... written as the papers capitalise it, where one writes it so: "Local Government Reorganisation" over the
        # "local government reorganisation" minutes repeat (kent set 18, uk-council)
        written = [name for i in group for name in (by_id[i].name, *sorted(by_id[i].aliases))
                   if name.lower() == by_id[best].name.lower()]
        display[best] = max(written, key=lambda name: (sum(c.isupper() for c in name), name == by_id[best].name))
    return canonical, display


def _rule_parents(links: list[Link], canonical: dict[int, int]) -> dict[int, int]:
    """Canonical child → canonical parent from the "part_of" links (the last link wins)."""
    parents: dict[int, int] = {}
    for link in links:
        if link.relation == "part_of":
            child, parent = canonical.get(link.project_id), canonical.get(link.target_id)
            if child is not None and parent is not None and child != parent:
                parents[child] = parent
    return parents


def _override_parents(overrides: Overrides, by_name: dict[str, Name], canonical: dict[int, int],
                      parents: dict[int, int]) -> list[Link]:
    """Set the user's parents in ``parents`` (over the rules'); returns the links that say so."""
    links: list[Link] = []
    for child_name, parent_name in overrides.parent.items():
        child, parent = by_name.get(normalise(child_name)), by_name.get(normalise(parent_name))
        if child and parent and canonical[child.id] != canonical[parent.id]:
            parents[canonical[child.id]] = canonical[parent.id]
            links.append(Link(child.id, parent.id, "part_of", f"set in {overrides.source}", overrides.source))
    return links
