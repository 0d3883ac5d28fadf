"""Linking compares only the pairs of names that could meet a spelling rule; the links are those
of comparing every pair (checked against the plain all-pairs loop on generated names)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from boardkb.extract.linking import Link, Name, _spelling_links, _spelling_reason
from boardkb.extract.names import normalise


def _every_pair(names: list[Name]) -> list[Link]:
    """The rule as first written: every pair, in order."""
    links: list[Link] = []
    for i, a in enumerate(names):
        ka = normalise(a.name)
        for b in names[i + 1:]:
            kb = normalise(b.name)
            if not ka or not kb:
                continue
            target, other = (a, b) if (len(a.name), a.mentions) >= (len(b.name), b.mentions) else (b, a)
            why = _spelling_reason(ka, kb)
            if why:
                links.append(Link(other.id, target.id, "same", f"'{other.name}' and '{target.name}' {why}"))
    return links


_WORDS = ["Digital", "Digtal", "Evidence", "Evidense", "Management", "Managment", "System", "Programme", "Project",
          "of", "the", "and", "Data", "Driven", "Data-Driven", "Insights", "Insight", "Integrated", "Intergrated",
          "Activate", "Active", "With", "Without", "Connect", "People", "Estates", "BWV", "Body", "Worn", "Video",
          "&", "-", "Phase", "2", "Mobile", "First", "Firsts", "Con nect", "(DEMS)", "Re-view", "Review"]


@st.composite
def _names(draw) -> list[Name]:
    phrases = draw(st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=6), min_size=0, max_size=40))
    return [Name(i + 1, " ".join(p), set(), draw(st.integers(0, 3))) for i, p in enumerate(phrases)]


@settings(max_examples=300, deadline=None)
@given(_names())
def test_spelling_links_equal_every_pair(names):
    assert _spelling_links(names) == _every_pair(names)


def test_spelling_links_near_the_ratio_threshold():
    # lengths and shared letters at and around the 0.9 bound, slips in long and short words
    base = "citizen experience programme"
    names = [Name(1, base, set(), 1)]
    for n, cut in enumerate(range(1, 8)):
        names.append(Name(2 + n, base[:-cut], set(), 1))
        names.append(Name(20 + n, base.replace("e", "a", cut), set(), 1))
        names.append(Name(40 + n, base + "s" * cut, set(), 1))
    names += [Name(60, "Intergrated Offender Management", set(), 2), Name(61, "Integrated Offender Management",
              set(), 3), Name(62, "Integrated Offender Managers", set(), 1), Name(63, "", set(), 1)]
    links = _spelling_links(names)
    assert links == _every_pair(names)
    assert any(lk.reason.endswith("are spelled almost alike") for lk in links)
