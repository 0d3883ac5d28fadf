"""Restricted papers (issue 11 item 5): a protective marking, NOT FOR PUBLICATION, Schedule 12A
exemption or a Part 2 heading flags a paper with the reason; the word in prose, "OFFICIAL" alone,
"Unrestricted" and an agenda's empty "Exempt Items" do not. Real uk-council papers, PDFs made with
a running header, and small text papers."""

import pytest

from boardkb.ingest import read_paper
from boardkb.ingest.marking import restriction
from boardkb.ingest.records import Passage


def _cover(*lines: str, body: tuple[str, ...] = ("The board is asked to note the report.",)) -> list[Passage]:
    passages = [Passage(text="Strategic Policing and Crime Board", kind="heading", page=1)]
    passages += [Passage(text=line, kind="paragraph", page=1) for line in lines]
    passages.append(Passage(text="1. Purpose", kind="heading", page=1))
    passages += [Passage(text=text, kind="paragraph", page=2) for text in body]
    return passages


@pytest.mark.parametrize(
    "line,reason",
    [
        ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE marking"),
        ("OFFICIAL SENSITIVE", "OFFICIAL-SENSITIVE marking"),
        ("OFFICIAL – SENSITIVE: COMMERCIAL", "OFFICIAL-SENSITIVE marking"),
        ("SECRET", "SECRET marking"),
        ("TOP SECRET", "TOP SECRET marking"),
        ("RESTRICTED - POLICY", "RESTRICTED marking"),
        ("CONFIDENTIAL", "CONFIDENTIAL marking"),
        ("Commercial in Confidence", "CONFIDENTIAL marking"),
        ("Protective Marking: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE marking"),
        ("Classification: Restricted", "RESTRICTED marking"),
        ("Security classification | Confidential", "CONFIDENTIAL marking"),
        ("NOT FOR PUBLICATION", "NOT FOR PUBLICATION"),
        ("Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972",
         "NOT FOR PUBLICATION"),
        ("Appendix B contains exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the "
         "Local Government Act 1972.", "exempt under Schedule 12A, paragraph 3"),
        ("Part 2", "Part 2 item"),
        ("Part 2 (Exempt)", "Part 2 item"),
        ("Exempt Appendix B", "exempt appendix"),
        ("This report contains exempt information.", "exempt information"),
    ],
)
def test_markings_on_the_cover_flag_the_paper_with_the_reason(line, reason):
    got = restriction(_cover(line))
    assert got is not None and got.startswith(f"{reason} (cover, page 1)"), got
    assert line[:40] in got  # the words, to check the flag by reading it


@pytest.mark.parametrize(
    "line",
    [
        "OFFICIAL",  # the lowest UK marking: public
        "Protective Marking: OFFICIAL",
        "Government Security Classification: OFFICIAL",
        "NOT PROTECTIVELY MARKED",
        "Classification: Unrestricted",  # uk-council cover reports
        "Status: Unrestricted",
        "UNRESTRICTED ITEMS",
        "We have set up a confidential reporting line for staff.",
        "Notified price increases for two restricted intelligence systems",  # uk-council budget amendments
        "The Secretary of State wrote to the Council.",
        "For publication [Do not include information which is exempt from publication under schedule 12a of the "
        "Local Government Act 1972]",  # uk-council record of decision form
        "This report contains no exempt information.",
        "Exempt information: None",
        "Is the report exempt? No",
        "Local Plan Part 2: Site Allocations",
    ],
)
def test_public_papers_and_prose_are_not_flagged(line):
    assert restriction(_cover(line)) is None


def test_marking_in_prose_of_the_body_is_not_a_marking():
    prose = ("Papers marked Confidential are held by the clerk.",
             "OFFICIAL-SENSITIVE material is handled under the policy.")
    assert restriction(_cover(body=prose)) is None
    # a line of its own anywhere is a marking; a cell of a register in the body is data
    got = restriction(_cover(body=(*prose, "Restricted")))
    assert got == "RESTRICTED marking (paragraph, page 2): “Restricted”"
    register = [*_cover(body=prose), Passage(text="Restricted", kind="table_row", page=2, table_index=0, row=1)]
    assert restriction(register) is None


def test_running_header_is_read_first():
    got = restriction(_cover(), header=["OFFICIAL-SENSITIVE   Page 1 of 3"])
    assert got == "OFFICIAL-SENSITIVE marking (running header): “OFFICIAL-SENSITIVE Page 1 of 3”"
    assert restriction(_cover(), header=["Appendix G"]) is None


def test_agenda_exempt_items_heading_flags_only_when_items_are_listed():
    def agenda(after: str) -> list[Passage]:
        return _cover(body=()) + [Passage(text="EXEMPT ITEMS", kind="heading", page=2),
                                  Passage(text=after, kind="paragraph", page=2)]

    none = ("(At the time of preparing the agenda there were no exempt items. During any such items which may "
            "arise the meeting is likely NOT to be open to the public)")
    assert restriction(agenda(none)) is None
    listed = "(During these items the meeting is likely NOT to be open to the public)"
    assert restriction(agenda(listed)).startswith("exempt item (heading, page 2): “EXEMPT ITEMS”")



@pytest.mark.parametrize(
    "name",
    [
        "kcc_cabinet_2025-01-30_agenda_frontsheet.pdf",  # EXEMPT ITEMS: there were none
        "kcc_cabinet_2025-03-13_public-reports-pack-13th-mar-2025-15-00-cabinet.pdf",  # the same, in a pack
        "kcc_cabinet_2025-01-30_24-00096-prod.pdf",  # "Do not include information which is exempt…"
        "kcc_cabinet_2025-01-30_budget_monitoring_cover_report.pdf",  # Classification: Unrestricted
        "kcc_council_2025-03-13_governance-update-report.pdf",  # Status: Unrestricted
        "kcc_council_2025-02-13_budget-amendments-13th-feb-2025-09-30-county-council.pdf",  # restricted systems
    ],
)
def test_public_council_papers_are_not_flagged(council, name):
    doc = council(name)
    assert not doc.restricted, doc.restricted_reason


def test_every_uk_council_paper_is_public(council):
    """The 48 papers are all published: none carries a marking (each phrasing above was read)."""
    flagged = {p.name: council(p.name).restricted_reason for p in sorted(council.folder.glob("*.pdf"))}
    assert len(flagged) == 48
    assert {k: v for k, v in flagged.items() if v} == {}


def _pdf(path, pages: list[list[str]], header: str | None = None, footer: str | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for lines in pages:
        if header:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, height - 30, header)
        if footer:
            c.setFont("Helvetica", 9)
            c.drawString(72, 25, footer)
        c.setFont("Helvetica", 11)
        y = height - 110
        for line in lines:
            c.drawString(72, y, line)
            y -= 28
        c.showPage()
    c.save()
    return path


_REPORT = [
    ["Strategic Policing and Crime Board", "2 July 2013", "Title: Body Worn Video Programme",
     "Presented by: Chief Superintendent Jones", "1. Purpose",
     "The board is asked to note progress of the programme."],
    ["2. Background", "The programme went live in April 2013 across the force area."],
    ["3. Recommendations", "The board is asked to note the report."],
]


def test_running_header_kept_off_the_passages_still_flags_a_pdf(tmp_path):
    pdf = _pdf(tmp_path / "bwv.pdf", _REPORT, header="OFFICIAL - SENSITIVE")
    doc = read_paper(pdf)
    assert not any("SENSITIVE" in p.text for p in doc.passages)  # dropped as a running header
    assert doc.restricted_reason == "OFFICIAL-SENSITIVE marking (running header): “OFFICIAL - SENSITIVE”"


def test_official_header_leaves_a_pdf_public(tmp_path):
    doc = read_paper(_pdf(tmp_path / "bwv.pdf", _REPORT, header="OFFICIAL", footer="OFFICIAL"))
    assert doc.restricted_reason is None and doc.title


def test_text_papers(tmp_path):
    exempt = tmp_path / "exempt.txt"
    exempt.write_text(
        "Cabinet\n30 January 2025\n\nDisposal of land at Example Farm\n\n"
        "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972\n\n"
        "1. Purpose\n\nTo agree the disposal.\n", encoding="utf-8")
    assert read_paper(exempt).restricted_reason.startswith("NOT FOR PUBLICATION (cover): “NOT FOR PUBLICATION by")
    public = tmp_path / "public.md"
    public.write_text("# Cabinet\n\n30 January 2025\n\nClassification: Unrestricted\n\n## Purpose\n\n"
                      "Staff can use the confidential reporting line.\n", encoding="utf-8")
    assert read_paper(public).restricted_reason is None


# -- storage ---------------------------------------------------------------------------------


_EXEMPT_PAPER = ("Cabinet\n30 January 2025\n\nDisposal of land at Example Farm\n\n"
                 "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government "
                 "Act 1972\n\n1. Purpose\n\nTo agree the disposal of land at Example Farm.\n")
_PUBLIC_PAPER = ("Cabinet\n30 January 2025\n\nSchool transport\n\nClassification: Unrestricted\n\n1. Purpose\n\n"
                 "To note the school transport policy and the confidential reporting line.\n")


def test_ingest_stores_the_flag_and_reason(tmp_path, run_ingest):
    from boardkb.db.schema import open_database

    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "exempt.txt").write_text(_EXEMPT_PAPER, encoding="utf-8")
    (papers / "public.txt").write_text(_PUBLIC_PAPER, encoding="utf-8")
    code, _out, err = run_ingest([papers], tmp_path / "kb.db")
    assert code == 0, err
    rows = {r["file_name"]: r for r in open_database(str(tmp_path / "kb.db")).query(
        "select file_name, restricted, restricted_reason from documents")}
    assert rows["exempt.txt"]["restricted"] == 1
    assert rows["exempt.txt"]["restricted_reason"].startswith("NOT FOR PUBLICATION (cover): “NOT FOR PUBLICATION by")
    assert rows["public.txt"]["restricted"] == 0 and rows["public.txt"]["restricted_reason"] is None


def test_migration_checks_papers_stored_before_it(tmp_path, run_ingest):
    """A database made before the columns existed gets them, each paper checked from its passages."""
    from boardkb.db.schema import open_database

    (tmp_path / "exempt.txt").write_text(_EXEMPT_PAPER, encoding="utf-8")
    (tmp_path / "public.txt").write_text(_PUBLIC_PAPER, encoding="utf-8")
    path = tmp_path / "old.db"
    code, _out, err = run_ingest([tmp_path / "exempt.txt", tmp_path / "public.txt"], path)
    assert code == 0, err
    db = open_database(str(path))
    db.execute("drop index idx_documents_restricted")
    db.execute("alter table documents drop column restricted")
    db.execute("alter table documents drop column restricted_reason")
    db.execute("delete from _sqlite_migrations where name = 'm008_restricted_papers'")
    db.conn.commit()
    db.close()
    db = open_database(str(path))
    rows = {r["file_name"]: (r["restricted"], r["restricted_reason"]) for r in db.query(
        "select file_name, restricted, restricted_reason from documents")}
    assert rows["public.txt"] == (0, None)
    assert rows["exempt.txt"][0] == 1 and rows["exempt.txt"][1].startswith("NOT FOR PUBLICATION (cover")


_SECRET_PAGES = [
    ["Strategic Policing and Crime Board", "14 June 2022", "Title: Project Nightjar Covert Capability",
     "Presented by: Helen Marsden, Deputy Chief Constable", "1. Purpose",
     "The board is asked to note progress of Project Nightjar, part of the Northmoor Change Programme 2025."],
    ["2. Progress", "Project Nightjar went live in March 2022 across the force area.",
     "Project Nightjar will deliver cashable savings of £1.2m per annum from April 2023.",
     "The Nightjar surveillance platform will be procured by the end of September 2022."],
    ["3. Recommendations", "The board is asked to note the progress of Project Nightjar."],
]


@pytest.fixture
def kb_with_secret(tmp_path, samples_db_path, run_ingest):
    """The samples' database with one more paper, marked OFFICIAL-SENSITIVE in its running header."""
    import sqlite3

    path = tmp_path / "kb.db"
    source, target = sqlite3.connect(samples_db_path), sqlite3.connect(path)
    source.backup(target)  # the samples' rows may still be in their write-ahead log
    source.close()
    target.close()
    secret = _pdf(tmp_path / "2022-06-14_spcb_nightjar.pdf", _SECRET_PAGES, header="OFFICIAL-SENSITIVE")
    code, _out, err = run_ingest([secret], path)
    assert code == 0, err
    return path


def test_withhold_restricted_leaves_nothing_of_the_paper(kb_with_secret):
    from boardkb.db.cross_paper import link
    from boardkb.db.schema import open_database
    from boardkb.db.store import withhold_restricted

    db = open_database(str(kb_with_secret))
    secret = db.execute("select id, restricted, restricted_reason from documents where file_name like '%nightjar%'"
                        ).fetchone()
    assert secret[1] == 1 and secret[2].startswith("OFFICIAL-SENSITIVE marking (running header)")
    projects = {r[0] for r in db.execute("select name from projects")}
    assert any("Nightjar" in p for p in projects)
    # a programme only the withheld paper names, parent of a public project
    passage = db.execute("select id from passages where document_id = ? limit 1", [secret[0]]).fetchone()[0]
    kestrel = db["projects"].insert({"name": "Kestrel Programme", "key": "kestrel programme"}).last_pk
    db["project_mentions"].insert({"project_id": kestrel, "document_id": secret[0], "passage_id": passage,
                                   "name": "Kestrel Programme"})
    child = db.execute("select project_id from project_mentions m join documents d on d.id = m.document_id "
                       "where d.restricted = 0 limit 1").fetchone()[0]
    db.execute("update projects set parent_id = ? where id = ?", [kestrel, child])
    n_docs = db.execute("select count(*) from documents").fetchone()[0]
    assert withhold_restricted(db) == 1
    link(db)
    assert db.execute("select parent_id from projects where id = ?", [child]).fetchone()[0] is None
    assert db.execute("select count(*) from documents").fetchone()[0] == n_docs - 1
    for table in ("passages", "doc_tables", "project_mentions", "milestones", "metrics", "benefits"):
        assert db.execute(f"select count(*) from {table} where document_id = ?", [secret[0]]).fetchone()[0] == 0
    assert not db.execute("select count(*) from commitments where ? in (first_document_id, latest_document_id)",
                          [secret[0]]).fetchone()[0]
    dump = "\n".join(db.conn.iterdump())
    assert "Nightjar" not in dump and "Kestrel" not in dump


# -- serving: staff see the flag, --public serves nothing of a restricted paper ---------------------


def _get(ds, path, **params):
    import asyncio

    return asyncio.run(ds.client.get(path, params=params or None))


def _sql(ds, sql):
    response = _get(ds, "/kb.json", sql=sql, _shape="array")
    assert response.status_code == 200, response.text
    return response.json()


def test_staff_serve_shows_the_flag(kb_with_secret):
    from boardkb.db.serve import make_datasette

    ds = make_datasette(str(kb_with_secret))
    rows = _get(ds, "/kb/documents.json", restricted="1", _shape="array").json()
    assert len(rows) == 1 and "nightjar" in rows[0]["file_name"]
    assert rows[0]["restricted_reason"].startswith("OFFICIAL-SENSITIVE marking (running header)")
    facets = _get(ds, "/kb/documents.json", _extra="facet_results").json()["facet_results"]
    assert "restricted" in (facets.get("results") or facets)
    assert _get(ds, "/kb/search.json", q="Nightjar", _shape="array").json()  # staff find it


def test_public_serve_has_nothing_of_a_restricted_paper(kb_with_secret):
    import os

    from boardkb.db.schema import open_database
    from boardkb.db.serve import make_datasette, public_copy

    staff = open_database(str(kb_with_secret))
    secret = staff.execute("select id from documents where restricted = 1").fetchone()[0]
    public_doc = staff.execute("select id from documents where restricted = 0 and format = 'pdf' limit 1").fetchone()[0]
    n_docs = staff.execute("select count(*) from documents").fetchone()[0]
    with public_copy(str(kb_with_secret)) as (path, withheld):
        assert withheld == 1 and os.path.basename(path) == "kb.db"
        ds = make_datasette(path)
        # JSON API: the row, its passages, tables and facts, search hits
        assert _get(ds, f"/kb/documents/{secret}.json").status_code == 404
        assert len(_get(ds, "/kb/documents.json", _shape="array", _size="max").json()) == n_docs - 1
        for table in ("passages", "doc_tables", "project_mentions", "milestones", "metrics", "benefits"):
            assert _get(ds, f"/kb/{table}.json", document_id=str(secret), _shape="array").json() == []
        assert _get(ds, "/kb/search.json", q="Nightjar", _shape="array").json() == []
        assert _get(ds, "/kb/search.json", q="body worn video", _shape="array").json()  # public hits remain
        # arbitrary SQL, the full-text indexes included
        assert _sql(ds, f"select * from documents where id = {secret} or restricted = 1") == []
        assert _sql(ds, "select rowid from passages_fts where passages_fts match 'nightjar'") == []
        assert _sql(ds, "select * from documents_fts where documents_fts match 'nightjar'") == []
        for table, column in (("projects", "name"), ("project_aliases", "alias"), ("project_links", "reason"),
                              ("metric_series", "subject"), ("milestones", "quote"), ("passages", "text")):
            assert _sql(ds, f"select * from {table} where {column} like '%nightjar%'") == [], table
        # the source route
        assert _get(ds, f"/-/source/{secret}").status_code == 404
        assert _get(ds, f"/-/source/{public_doc}").status_code == 200
        # no byte of the file holds the paper's words (FTS segments rebuilt, freed pages vacuumed)
        with open(path, "rb") as f:
            assert b"nightjar" not in f.read().lower()
    assert not os.path.exists(path)
    # the staff database is untouched
    assert staff.execute("select restricted from documents where id = ?", [secret]).fetchone()[0] == 1
    assert staff.execute("select count(*) from passages where document_id = ?", [secret]).fetchone()[0] > 0


def test_a_correction_clears_or_sets_what_public_serves(kb_with_secret):
    from boardkb.db.corrections import set_restricted
    from boardkb.db.schema import open_database
    from boardkb.db.serve import make_datasette, public_copy

    db = open_database(str(kb_with_secret))
    secret = db.execute("select id from documents where restricted = 1").fetchone()[0]
    other = db.execute("select id from documents where restricted = 0 order by id limit 1").fetchone()[0]
    set_restricted(db, secret, False, reviewer="test", note="published since")
    set_restricted(db, other, True, reviewer="test", note="withdrawn")
    db.conn.commit()
    with public_copy(str(kb_with_secret)) as (path, withheld):
        ds = make_datasette(path)
        assert withheld == 1
        assert _get(ds, f"/kb/documents/{secret}.json").status_code == 200
        assert _get(ds, "/kb/search.json", q="Nightjar", _shape="array").json()
        assert _get(ds, f"/kb/documents/{other}.json").status_code == 404
        assert _get(ds, f"/-/source/{other}").status_code == 404


def test_serve_public_flag_in_the_cli(kb_with_secret, monkeypatch):
    """`boardkb serve --public` builds the copy, serves it and deletes it when the server stops."""
    import os

    import uvicorn
    from click.testing import CliRunner

    from boardkb.cli import cli
    from boardkb.db import serve as serve_module

    served: list[tuple[str, bool]] = []
    real = serve_module.make_datasette

    def recording(path, **kwargs):
        served.append((path, os.path.exists(path)))
        return real(path, **kwargs)

    monkeypatch.setattr(serve_module, "make_datasette", recording)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: None)
    result = CliRunner().invoke(cli, ["serve", "--db", str(kb_with_secret), "--public"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 restricted paper(s) withheld" in result.output
    (copy, existed), = served
    assert copy != str(kb_with_secret) and os.path.basename(copy) == "kb.db" and existed
    assert not os.path.exists(copy)  # deleted when the server stopped
    result = CliRunner().invoke(cli, ["serve", "--db", str(kb_with_secret)], catch_exceptions=False)
    assert result.exit_code == 0 and served[-1][0] == str(kb_with_secret)
