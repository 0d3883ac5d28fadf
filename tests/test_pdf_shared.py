"""The PDF layer on real PDFs from ../shared/pdfs: good files parse, bad files are rejected with
their reason."""

import pytest

from boardkb.ingest import read_paper
from boardkb.ingest.errors import CorruptPDF, EmptyFile, EncryptedPDF, NoTextLayer

BAD = {
    "empty.pdf": EmptyFile,
    "password-example.pdf": EncryptedPDF,
    "issue-203-decimalize.pdf": NoTextLayer,
}


@pytest.mark.parametrize("name,error", sorted(BAD.items()))
def test_bad_pdfs_are_rejected_with_reason(pdfs_dir, name, error):
    with pytest.raises(error) as info:
        read_paper(pdfs_dir / name)
    assert name in info.value.message and info.value.hint in info.value.message


def test_good_pdfs_parse(pdfs_dir):
    good = [p for p in sorted(pdfs_dir.rglob("*.pdf")) if p.name not in BAD]
    assert len(good) >= 15
    for path in good:
        doc = read_paper(path)
        assert doc.pages >= 1 and doc.passages, path.name


def test_not_a_pdf_with_pdf_name(tmp_path):
    fake = tmp_path / "report.pdf"
    fake.write_text("<html>this is not a PDF</html>")
    with pytest.raises(CorruptPDF, match="not a PDF"):
        read_paper(fake)


def test_truncated_pdf(pdfs_dir, tmp_path):
    data = (pdfs_dir / "senate-expenditures.pdf").read_bytes()
    cut = tmp_path / "truncated.pdf"
    cut.write_bytes(data[: len(data) // 3])
    try:
        doc = read_paper(cut)
    except CorruptPDF:
        return
    assert doc.passages  # pdfminer recovered what it could: still a document


def test_running_headers_and_page_numbers_dropped(pdfs_dir):
    doc = read_paper(pdfs_dir / "uk-council" / "kcc_council_2025-03-13_devolution_lgr_report.pdf")
    assert doc.pages == 7
    texts = [p.text for p in doc.passages]
    assert not [t for t in texts if t.strip().isdigit()], "page numbers left in"
    assert (doc.board, doc.meeting_date) == ("County Council", "2025-03-13")
    assert doc.title == "Devolution and Local Government Reorganisation update"
    paras = {p.para_no: p for p in doc.passages if p.para_no}
    assert paras["1.1"].text.startswith("On 16 December 2024, Government published")


def test_cover_from_council_papers(pdfs_dir):
    doc = read_paper(pdfs_dir / "uk-council" / "kcc_cabinet_2025-01-30_budget_monitoring_cover_report.pdf")
    assert (doc.board, doc.meeting_date) == ("Cabinet", "2025-01-30")
    assert doc.title == "Revenue and Capital Budget Monitoring Report – November 2024-25"


def test_ruled_table_cells(pdfs_dir):
    doc = read_paper(pdfs_dir / "WARN-Report-for-7-1-2015-to-03-25-2016.pdf")
    big = max(doc.tables, key=lambda t: t.n_rows)
    assert big.n_cols >= 6 and big.n_rows > 100
    assert big.header_rows >= 1
    rows = [p for p in doc.passages if p.kind == "table_row"]
    assert len(rows) >= big.n_rows


def test_multi_page_table_joined(pdfs_dir):
    doc = read_paper(pdfs_dir / "WARN-Report-for-7-1-2015-to-03-25-2016.pdf")
    # the WARN table runs over 14 pages; it is one table, not one per page
    assert sum(1 for t in doc.tables if t.n_cols == doc.tables[0].n_cols) <= 2
