"""The bundled sample papers (samples/*.pdf, rendered from samples-src/*.yml): cover metadata,
page furniture dropped, paragraphs and tables as printed."""

import difflib
import re
from pathlib import Path

import pytest
import yaml

from boardkb.ingest import read_paper
from boardkb.ingest.cover import smart_title

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "samples-src").glob("*.yml"))


@pytest.fixture(scope="module")
def docs():
    return {p.stem: read_paper(ROOT / "samples" / f"{p.stem}.pdf") for p in SOURCES}


def test_there_are_enough_samples():
    years = {p.name[:4] for p in SOURCES}
    assert len(SOURCES) >= 6 and len(years) >= 3
    assert sorted(p.stem for p in SOURCES) == sorted(p.stem for p in (ROOT / "samples").glob("*.pdf"))


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_cover_metadata(docs, source):
    spec = yaml.safe_load(source.read_text())
    doc = docs[source.stem]
    cover = spec["cover"]
    assert doc.board.lower() == cover["board"].lower()
    assert doc.meeting_date == spec["meeting_date"]
    ratio = difflib.SequenceMatcher(None, doc.title.lower(), smart_title(cover["title"]).lower()).ratio()
    assert ratio >= 0.85 or cover["title"].lower() in doc.title.lower(), (doc.title, cover["title"])
    if cover.get("presenter"):
        assert doc.presenter and doc.presenter.split(",")[0] == cover["presenter"].split(",")[0]
    elif cover["title"].upper().startswith("REPORT OF THE "):
        # "REPORT OF THE X ON Y": X presents it
        who = cover["title"][len("REPORT OF THE "):].split(" ON ")[0]
        assert doc.presenter.lower() == who.lower()
    else:
        assert doc.presenter is None


def test_running_headers_footers_dropped(docs):
    for name, doc in docs.items():
        texts = [p.text for p in doc.passages]
        assert not [t for t in texts if re.fullmatch(r"Page \d+ of \d+", t)], name
        furniture = [t for t in texts if t.startswith(("OFFICIAL", "Agenda Item"))]
        assert not furniture, name
        assert doc.pages in (3, 4, 5, 6)


def test_status_tables_keep_marks(docs):
    doc = docs["2020-09_spcb_change-programme-and-new-technology"]
    status = next(t for t in doc.tables if t.caption and "Status of Projects" in t.caption)
    assert status.rows[0][:5] == ["Project", "Design", "Build", "Go live", "Closed"]
    assert status.header_rows == 1
    marks = {c for row in status.rows[1:] for c in row[1:5]}
    assert marks <= {"✓", "□", ""} and {"✓", "□"} <= marks
    # the table runs over a page break: one table, header not repeated inside it
    assert [r[0] for r in status.rows].count("Project") == 1
    assert status.n_rows == 10  # header + nine projects


def test_no_hyphenation_debris(docs):
    for name, doc in docs.items():
        for p in doc.passages:
            assert not re.search(r"[a-z]- [a-z]", p.text), (name, p.text)


def test_paragraph_split_by_page_break_is_one_passage(docs):
    for name, doc in docs.items():
        for p in doc.passages:
            if p.kind == "paragraph" and len(p.text) > 40 and not p.para_no:
                assert not p.text[0].islower(), (name, p.text[:80])


def test_numbered_paragraphs_in_order(docs):
    for name, doc in docs.items():
        numbers = [int(p.para_no) for p in doc.passages if p.para_no and p.para_no.isdigit()]
        assert numbers and numbers == sorted(numbers), name


def test_unruled_table_found(docs):
    doc = docs["2019-03-28_agb_force-contact-performance"]
    table = doc.tables[0]
    assert table.source == "pdf-text" and table.n_cols >= 3 and table.n_rows >= 4
    assert table.caption and table.caption.startswith("Table 1")
