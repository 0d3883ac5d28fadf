"""Agenda packs (ingest/packs.py): a modern.gov pack (../shared/pdfs/uk-council) becomes one paper per
agenda item, with its number, title, the meeting's board and date and the pack pages it covers; the
covering letter and blank pages are no papers; other files stay one paper each. Stored per file:
re-ingesting an unchanged pack adds nothing, a changed one replaces its items together."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import shared

from boardkb.datasette_plugin import pack_source_link
from boardkb.db import corrections as C
from boardkb.db.schema import open_database
from boardkb.db.serve import make_datasette
from boardkb.ingest import read_paper
from boardkb.ingest.paper import read_papers

PROD = "kcc_cabinet_2025-01-30_24-00096-prod-30th-jan-2025-10-00-cabinet.pdf"
SUPPLEMENT = "kcc_council_2025-01-09_item-3-supplement-english-devolution-white-paper-report-09th-jan-2025.pdf"
QUESTIONS = "kcc_council_2025-03-13_questions-put-and-answers-given-13th-mar-2025-10-00-county-council.pdf"
REPORTS_PACK = "kcc_cabinet_2025-03-13_public-reports-pack-13th-mar-2025-15-00-cabinet.pdf"
FRONTSHEET = "kcc_cabinet_2025-01-30_agenda_frontsheet.pdf"
REPORT = "kcc_council_2025-03-13_devolution_lgr_report.pdf"

#: Each pack's items as its covering letter lists them ("Agenda Item No / 9 24/00096 - … (Pages 1 - 4)"):
#: number, title, board, meeting date, first and last page of the pack (the letter is page 1, a blank
#: page 2; a trailing blank page is no item's).
PACKS = {
    PROD: [("9", "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29", "Cabinet",
            "2025-01-30", 3, 5)],
    SUPPLEMENT: [("3", "English Devolution White Paper", "County Council", "2025-01-09", 3, 20)],
    QUESTIONS: [("6", "Questions", "County Council", "2025-03-13", 3, 19)],
}
LETTER = ("Dear Member", "Yours sincerely", "Agenda Item No", "I am now able to enclose", "Please find enclosed")
BLANK = "This page is intentionally left blank"


@pytest.fixture(scope="module")
def council_dir() -> Path:
    return shared("pdfs") / "uk-council"


def _pack(tmp: Path, name: str, parts: list[tuple[Path, list[int] | None]]) -> Path:
    """A pack made of real pages: ``(pdf, 0-based pages or None for all)`` in order."""
    out = pdfium.PdfDocument.new()
    for path, pages in parts:
        out.import_pages(pdfium.PdfDocument(path), pages=pages)
    target = tmp / name
    out.save(target)
    return target


@pytest.fixture(scope="module")
def two_items(tmp_path_factory, council_dir) -> Path:
    """The supplement pack (letter listing item 3, blank page, item 3) followed by the questions
    pack's item 6 and its trailing blank page: two stamped items, the second not in the letter."""
    return _pack(tmp_path_factory.mktemp("two"), "two-items.pdf",
                 [(council_dir / SUPPLEMENT, None), (council_dir / QUESTIONS, list(range(2, 20)))])


def _items(docs):
    return [(d.item_no, d.title, d.board, d.meeting_date, d.pack_first_page, d.pack_last_page) for d in docs]


@pytest.mark.parametrize("name", sorted(PACKS))
def test_each_pack_becomes_its_agenda_items(council_dir, name):
    docs = read_papers(council_dir / name)
    assert _items(docs) == PACKS[name]
    for doc in docs:
        texts = [p.text for p in doc.passages]
        assert not [t for t in texts if t.startswith(LETTER) or t == BLANK], "the letter or a blank page is a paper"
        assert not [t for t in texts if t.startswith("Agenda Item")], "the item stamp is left in"
        pages = {p.page for p in doc.passages}
        assert min(pages) == doc.pack_first_page and max(pages) <= doc.pack_last_page  # the pack's page numbers
        assert doc.pages == doc.pack_last_page - doc.pack_first_page + 1 and not doc.restricted


def test_item_keeps_its_own_cover(council_dir):
    (item,) = read_papers(council_dir / SUPPLEMENT)
    assert item.presenter == "Roger Gough, Leader of the Council"  # "From:" on the item's own cover
    assert item.passages[0].text == "From: Roger Gough, Leader of the Council"


def test_front_sheet_without_stamped_items_is_one_paper(council_dir):
    # "public reports pack": the agenda and a blank page, no "Agenda Item N" page: the agenda is the paper
    (doc,) = read_papers(council_dir / REPORTS_PACK)
    assert (doc.item_no, doc.title, doc.board, doc.meeting_date) == (None, "Agenda – Cabinet", "Cabinet", "2025-03-13")


def test_ordinary_paper_is_one_paper(council_dir):
    (doc,) = read_papers(council_dir / REPORT)
    whole = read_paper(council_dir / REPORT)
    assert (doc.item_no, doc.pack_first_page, doc.pack_last_page) == (None, None, None)
    assert (doc.title, doc.pages, len(doc.passages)) == (whole.title, whole.pages, len(whole.passages))


def test_two_items_split_at_their_stamps(two_items):
    docs = read_papers(two_items)
    assert [(d.item_no, d.pack_first_page, d.pack_last_page) for d in docs] == [("3", 3, 20), ("6", 21, 37)]
    assert docs[0].title == "English Devolution White Paper"  # as the letter lists it
    assert docs[1].title == "Question 1"  # not in the letter: its own cover's first line
    assert {(d.board, d.meeting_date) for d in docs} == {("County Council", "2025-01-09")}  # the letter's meeting
    assert {p.page for p in docs[1].passages} <= set(range(21, 38))
    assert docs[1].passages[0].text == "Question 1"


def test_agenda_front_sheet_lists_the_titles(tmp_path, council_dir):
    # the agenda front sheet of 30 January ("… 9. 24/00096 - Commissioning Plan … (Pages 461 - 610)")
    # before item 9's pages and the blank page after them
    pack = _pack(tmp_path, "agenda-pack.pdf", [(council_dir / FRONTSHEET, None), (council_dir / PROD, [2, 3, 4, 5])])
    assert _items(read_papers(pack)) == [
        ("9", "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29", "Cabinet", "2025-01-30", 3, 5)]


@pytest.fixture(scope="module")
def packs_db(tmp_path_factory, council_dir, two_items, run_ingest):
    """The three stamped packs, the reports pack, an ordinary report and the two-item pack, ingested."""
    folder = tmp_path_factory.mktemp("packs")
    papers = folder / "papers"
    papers.mkdir()
    for name in (*PACKS, REPORTS_PACK, REPORT):
        (papers / name).symlink_to(council_dir / name)
    shutil.copy(two_items, papers / two_items.name)
    db_path = folder / "packs.db"
    code, out, err = run_ingest([papers], db_path)
    assert code == 0, err
    assert "6 added" in out and "4 agenda pack(s) stored as 5 agenda item(s)" in out
    return db_path, papers


def _documents(db):
    return [dict(r) for r in db.query("select id, file_name, item_no, title, board, meeting_date, pack_first_page, "
                                      "pack_last_page from documents order by file_name, item_no")]


def test_ingested_items_and_papers(packs_db):
    db = open_database(str(packs_db[0]))
    rows = _documents(db)
    assert len(rows) == 7  # 5 items of 4 packs, the reports pack's agenda and the ordinary report
    for name, items in PACKS.items():
        stored = [(r["item_no"], r["title"], r["board"], r["meeting_date"], r["pack_first_page"], r["pack_last_page"])
                  for r in rows if r["file_name"] == name]
        assert stored == items
    assert [r["item_no"] for r in rows if r["file_name"] == REPORT] == [None]
    assert [r["item_no"] for r in rows if r["file_name"] == "two-items.pdf"] == ["3", "6"]
    items = "document_id in (select id from documents where item_no is not null)"
    assert not list(db.query(f"select id from passages where {items} and text = ?", [BLANK]))
    assert not list(db.query(f"select id from passages where {items} and (text like 'Dear Member%' "
                             "or text like 'Yours sincerely%')"))


def test_reingesting_adds_nothing(packs_db, run_ingest):
    db_path, papers = packs_db
    before = _documents(open_database(str(db_path)))
    code, out, err = run_ingest([papers], db_path)
    assert code == 0 and "0 added, 0 replaced, 6 skipped as unchanged" in out
    assert _documents(open_database(str(db_path))) == before


def _ingest_pack(tmp_path, two_items, run_ingest):
    """The two-item pack copied into a folder of its own and ingested: (folder, pack, database path)."""
    papers = tmp_path / "papers"
    papers.mkdir()
    pack = papers / "pack.pdf"
    shutil.copy(two_items, pack)
    db_path = tmp_path / "kb.db"
    assert run_ingest([papers], db_path)[0] == 0
    return papers, pack, db_path


def test_a_changed_pack_replaces_its_items_together(tmp_path, council_dir, two_items, run_ingest):
    papers, pack, db_path = _ingest_pack(tmp_path, two_items, run_ingest)
    db = open_database(str(db_path))
    ids = {r["item_no"]: r["id"] for r in _documents(db)}
    item6 = db.execute("select count(*) from passages where document_id = ?", [ids["6"]]).fetchone()[0]
    assert set(ids) == {"3", "6"} and item6 > 0
    # re-issued without item 6 (the supplement alone): item 3 keeps its id, item 6 goes with all its rows
    shutil.copy(council_dir / SUPPLEMENT, pack)
    code, out, err = run_ingest([papers], db_path)
    assert code == 0 and "0 added, 1 replaced" in out
    db = open_database(str(db_path))
    assert {r["item_no"]: r["id"] for r in _documents(db)} == {"3": ids["3"]}
    for table in ("passages", "doc_tables", "milestones", "metrics", "benefits", "project_mentions"):
        assert not db.execute(f"select count(*) from {table} where document_id = ?", [ids["6"]]).fetchone()[0]


def test_a_moved_pack_moves_all_its_items(tmp_path, two_items, run_ingest):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(two_items, old / "pack.pdf")
    db_path = tmp_path / "kb.db"
    assert run_ingest([old], db_path)[0] == 0
    (old / "pack.pdf").rename(new / "moved.pdf")
    code, out, err = run_ingest([new], db_path)
    assert code == 0 and "1 skipped as unchanged" in out
    rows = _documents(open_database(str(db_path)))
    assert [(r["file_name"], r["item_no"]) for r in rows] == [("moved.pdf", "3"), ("moved.pdf", "6")]


def test_corrections_name_the_item(tmp_path, two_items, run_ingest):
    papers, pack, db_path = _ingest_pack(tmp_path, two_items, run_ingest)
    db = open_database(str(db_path))
    fact = db.execute("select m.id, m.quote from milestones m join documents d on d.id = m.document_id "
                      "where d.item_no = '6' order by m.id limit 1").fetchone()
    assert fact is not None, "no milestone in the questions item"
    c = C.reject_fact(db, "milestones", fact[0], reviewer="ann")
    assert c.item_no == "6" and "pack.pdf item 6" in c.target
    document = db.execute("select id from documents where item_no = '3'").fetchone()[0]
    assert C.set_restricted(db, document, True, reviewer="ann").item_no == "3"
    # a changed file (same pages, a comment appended): the items are re-read, the corrections found again
    pack.write_bytes(pack.read_bytes() + b"\n% re-issued\n")
    assert run_ingest([papers], db_path)[0] == 0
    db = open_database(str(db_path))
    assert not list(db.query("select id from milestones where quote = ? and document_id in "
                             "(select id from documents where item_no = '6')", [fact[1]]))
    assert {r["item_no"]: r["restricted"] for r in db.query("select item_no, restricted from documents")} == \
        {"3": 1, "6": 0}


def test_source_link_opens_the_pack_at_the_item(packs_db):
    db_path, _papers = packs_db
    db = open_database(str(db_path))
    row = dict(next(iter(db.query("select * from documents where file_name = ?", [PROD]))))
    link = pack_source_link(row, row["source_path"], "source_path", "documents")
    assert f'href="/-/source/{row["id"]}#page=3"' in link
    ordinary = dict(next(iter(db.query("select * from documents where file_name = ?", [REPORT]))))
    assert pack_source_link(ordinary, ordinary["source_path"], "source_path", "documents") is None
    ds = make_datasette(str(db_path))
    page = asyncio.run(ds.client.get(f"/packs/documents/{row['id']}"))
    assert page.status_code == 200 and f"/-/source/{row['id']}#page=3" in page.text
    served = asyncio.run(ds.client.get(f"/-/source/{row['id']}"))
    assert served.status_code == 200 and served.content[:5] == b"%PDF-"


def test_a_pack_stored_whole_before_m009_is_split_at_the_next_ingest(tmp_path, council_dir, run_ingest):
    from boardkb.db.schema import migrations
    from boardkb.ingest import file_sha256

    papers = tmp_path / "papers"
    papers.mkdir()
    pack, report = papers / PROD, papers / REPORT
    shutil.copy(council_dir / PROD, pack)
    shutil.copy(council_dir / REPORT, report)
    db_path = tmp_path / "old.db"
    db = open_database(str(db_path), migrate=False)
    migrations.apply(db, stop_before="m009_agenda_pack_items")
    for path in (pack, report):  # stored as one paper each, as before m009
        doc, stat = read_paper(path), path.stat()
        document_id = db["documents"].insert({
            "source_path": str(path.resolve()), "file_name": path.name, "sha256": file_sha256(path), "format": "pdf",
            "title": doc.title, "size_bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns}).last_pk
        db["passages"].insert_all({"document_id": document_id, "seq": i, "page": p.page, "kind": p.kind, "text": p.text}
                                  for i, p in enumerate(doc.passages))
    db.conn.close()
    code, out, err = run_ingest([papers], db_path)
    assert code == 0 and "0 added, 1 replaced, 1 skipped as unchanged" in out
    rows = _documents(open_database(str(db_path)))
    assert [(r["file_name"], r["item_no"]) for r in rows] == [(PROD, "9"), (REPORT, None)]
