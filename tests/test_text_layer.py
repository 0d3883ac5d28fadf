"""The PDF text layer on real council PDFs from ../shared/pdfs/uk-council: words of scaled fonts
are not broken into letters, rotated stamps and text hidden by a clipping path stay out of the
body text."""

import pypdfium2 as pdfium
import pytest

from boardkb.ingest import read_paper
from boardkb.ingest.pdf import body_chars, pdfium_chars, upright, words_from_chars


@pytest.fixture(scope="module")
def council(pdfs_dir):
    return pdfs_dir / "uk-council"


def _texts(path):
    return [p.text for p in read_paper(path).passages]


def test_scaled_font_words_are_whole(council):
    # Capital Strategy: 1 pt fonts scaled up by the text matrix, so a fixed gap split each word
    texts = _texts(council / "kcc_cabinet_2025-01-30_appendix-n-capital-strategy.pdf")
    assert any(t.startswith("Table 4: Prudential Indicator: Estimates of Capital Financing Requirement") for t in texts)
    assert not [t for t in texts if "T abl e" in t or "Pr udenti al" in t]


def test_lines_of_a_tall_font_box_make_one_paragraph(council):
    # Capital Strategy page 16: PDFium's boxes of Arial 12 pt overlap the next line's, so each line of
    # paragraph 1.50 was a paragraph of its own, and "2022-" / "23" a broken financial year
    texts = _texts(council / "kcc_cabinet_2025-01-30_appendix-n-capital-strategy.pdf")
    (para,) = [t for t in texts if t.startswith("In addition to the forecast debt")]
    assert "overspend in 2022-23, which" in para and para.endswith("the impact on reserves of the 2024-25 overspend.")


def test_a_numbered_line_after_a_short_line_starts_a_paragraph(council):
    # EqIA form: "Not Applicable" then "21. Negative Impacts and Mitigating actions for Sex" a line below, in the
    # same font, was one paragraph, and "21." a figure; the agenda's "1. Apologies 2. Declarations ..." too
    texts = _texts(council / "kcc_cabinet_2025-01-30_24-00096-eqia.pdf")
    assert not [t for t in texts if "Not Applicable 2" in t]
    assert "Negative Impacts and Mitigating actions for Sex" in texts
    texts = _texts(council / "kcc_cabinet_2025-01-30_agenda_frontsheet.pdf")
    assert "Declarations of Interest" in texts


def test_scaled_font_sizes_are_as_drawn(council):
    doc = pdfium.PdfDocument(str(council / "kcc_cabinet_2025-01-30_appendix-n-capital-strategy.pdf"))
    try:
        sizes = [c["size"] for c in pdfium_chars(doc[3]) if c["text"].strip()]
    finally:
        doc.close()
    assert min(sizes) >= 6  # not the 1 pt of the font before the matrix scales it


def test_letter_spaced_heading_rejoined(council):
    texts = _texts(council / "kcc_council_2025-02-13_appendix-g-key-service-statement.pdf")
    assert any(t.startswith("APPENDIX G - DIRECTORATE & FUNDING") for t in texts)
    assert not [t for t in texts if "A PPENDIX" in t or "DIRECTORA TE" in t]


def test_clipped_text_not_mixed_into_cells(council):
    # the risk register draws "Significant Risks (over £10m)" inside a clipping path that hides
    # it, over the first row of the table: its letters were interleaved with the row's
    path = council / "kcc_cabinet_2025-01-30_appI_budget_risk_register.pdf"
    texts = _texts(path)
    assert any(t.startswith("ALL | Demand & Cost Drivers | The Council must ensure") for t in texts)
    assert not [t for t in texts if "ASLi" in t or "tD Remisaknsd" in t]
    doc = pdfium.PdfDocument(str(path))
    try:
        page = "".join(c["text"] for c in pdfium_chars(doc[2]))
    finally:
        doc.close()
    assert "Demand & Cost" in page and "Significant" not in page


def test_rotated_page_stamps_left_out(council):
    # the agenda pack stamps "Page 7" up the left margin of landscape pages
    path = council / "kcc_council_2025-02-13_budget-amendments-13th-feb-2025-09-30-county-council.pdf"
    doc = pdfium.PdfDocument(str(path))
    try:
        chars = pdfium_chars(doc[8])
    finally:
        doc.close()
    rotated = "".join(c["text"] for c in chars if not c["upright"])
    assert rotated == "Page 7"
    words = [w["text"] for w in words_from_chars(body_chars(chars))]
    assert "P" not in words and "Page" not in words
    texts = _texts(path)  # these pages draw form objects, so pdfplumber reads them
    assert not [t for t in texts if t in ("P", "a g e")]


def test_upright():
    assert upright(12.0, 0.0) and upright(1.0, 0.01)
    assert not upright(0.0, -1.0)  # a quarter turn
    assert not upright(-1.0, 0.0)  # upside down
    assert not upright(0.7, 0.7)  # a diagonal watermark


def test_page_turned_as_a_whole_keeps_its_text():
    chars = [{"text": "x", "upright": False}] * 3 + [{"text": "y", "upright": True}]
    assert body_chars(chars) == chars
    assert body_chars(chars[2:]) == [chars[3]]


def test_pages_with_form_objects_keep_their_ruled_tables(council):
    """An agenda pack stamps each page through a form object; the page is read like any other,
    its ruled table found and its letter-spaced cells whole ("D etail" when pdfplumber read it)."""
    doc = read_paper(council / ("kcc_council_2025-01-09_item-3-supplement-english-devolution-white-paper-report"
                                "-09th-jan-2025.pdf"))
    page_15 = [t for t in doc.tables if t.page == 15]
    assert page_15 and page_15[0].rows[0][0] == "Detail"
    assert not [c for t in page_15 for row in t.rows for c in row if c and c.startswith(("D etail", "F unding"))]


def _line(text, x0, top, size=12.0, height=16.3):
    from boardkb.ingest.pdf import Line

    word = {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + height,
            "size": size, "fontname": "ArialMT"}
    return Line([word], 1)


def test_paragraph_breaks_of_overlapping_font_boxes():
    from boardkb.ingest.pdf import _paragraphs

    # boxes 16.3 pt tall on a 13.8 pt pitch overlap: still one paragraph
    prose = [_line("The Council has set aside", 72, 100), _line("general reserves for risks", 72, 113.8),
             _line("it has identified.", 72, 127.6)]
    assert [b.text for b in _paragraphs(prose, 12.0)] == ["The Council has set aside general reserves for risks "
                                                          "it has identified."]
    # a line beside the last (a letterhead's second column), or above it (the next column), starts anew
    beside = [_line("Roger Gough", 77, 176), _line("Vince Maple", 474, 176.5)]
    above = [_line("the end of a column", 72, 700), _line("the top of the next", 320, 90)]
    left = [_line("Vince Maple", 474, 176), _line("Leader of the Council", 77, 188.7)]  # the next row's first
    assert len(_paragraphs(beside, 12.0)) == 2 and len(_paragraphs(above, 12.0)) == 2
    assert len(_paragraphs(left, 12.0)) == 2


def test_a_numbered_paragraph_after_a_short_line_and_a_wrapped_number():
    from boardkb.ingest.pdf import _paragraphs

    # "Report of the Chief Fire Officer" then "1.1 The Fleet ..." on the next line: the report's first paragraph starts
    # there, and the cover line keeps its presenter (review, a fire authority's report)
    lines = [_line("Report of the Chief Fire Officer", 72, 100),
             _line("1.1 The Fleet Replacement Programme was approved by the Authority on 13th", 72, 114),
             _line("February 2025 and the first 12 fire appliances will be delivered.", 72, 128)]
    assert [b.text for b in _paragraphs(lines, 12.0)][0] == "Report of the Chief Fire Officer"
    # a paragraph numbered bare whose wrapped line starts with the next number runs on: the number did not fit (review)
    wrapped = [_line("11 The Police and Crime Commissioner agreed the business case for the custody suite on", 72, 100),
               _line("12 March 2024 and the contract was awarded.", 72, 114)]
    assert len(_paragraphs(wrapped, 12.0)) == 1


def test_figures_set_flush_right_make_their_columns(council):
    # the budget update appendix: labels in the middle, figures right-aligned a space from them
    doc = read_paper(council / "kcc_cabinet_2025-03-04_appendix-1-cabinet-budget-update.pdf")
    rows = [row for t in doc.tables for row in t.rows]
    assert ["Core", "External", "Total", "", "Core", "External", "Total"] in rows
    assert ["1,315,610.6", "", "1,315,610.6", "Revised Base", "1,428,670.2", "836.6", "1,429,506.8"] in rows
    assert ["", "", "", "Original base budget", "1,429,506.8", "0.0", "1,429,506.8"] in rows
    # the reserves below a note and a heading go on under the same header, with its £000s
    (reserves,) = [t for t in doc.tables if any("Contributions to Reserves" in c for r in t.rows for c in r)
                   and t.source == "pdf-text"]
    assert reserves.header_rows == 3 and reserves.rows[2][0] == "£000s"
    # ... while a paragraph number and two rates in prose stay one paragraph (a cabinet report)
    texts = _texts(council / "kcc_cabinet_2025-03-04_cabinet-report-4-march-2025.pdf")
    assert any(t.startswith("The Public Health Grant announcement includes an average 5.4% cash increase in the "
                            "national settlement, or a 3.0% real-terms increase") for t in texts)


def test_an_ordinals_raised_suffix_stays_in_its_paragraph(council):
    # Budget covering report: each day's raised "th" or "rd" was a line of its own between two lines of the summary,
    # cutting it in three ("... were published" / "th" / "from 6 January 2025 to support ...")
    texts = _texts(council / "kcc_council_2025-02-13_council-covering-report-2025-26-budget-final.pdf")
    assert not [t for t in texts if t in ("st", "nd", "rd", "th")]
    assert any(t.startswith("The administration’s balanced draft budget proposals for 2025-26 were published from 6th "
                            "January 2025 to support the scrutiny") for t in texts)
    assert any("was published on 23rd January and endorsed by Cabinet on 30th January to be presented" in t
               for t in texts)


def test_a_bare_numbered_list_keeps_its_items(council):
    # Cabinet budget update's background documents, numbered without a stop: with the days' raised suffixes glued
    # back, nothing came between the items, and "1 ... 2 ... 3 ..." ran into one paragraph (and "2", "3" into figures)
    texts = _texts(council / "kcc_cabinet_2025-03-04_cabinet-report-4-march-2025.pdf")
    assert "1 KCC’s Budget webpage" in texts
    assert "2 2025-26 Budget approved by County Council on 13th February 2025" in texts


def _overprinted_pdf(path):
    """A heading set in bold the way some writers fake it, the same words drawn three times a fraction of a point
    apart (police set 73s, a fire authority's performance report, read as "QQQuarter 222201 999///202020"), over a
    line drawn once."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 14)
    for dx in (0, 0.3, 0.6):
        c.drawString(72 + dx, 760, "Quarterly Performance Report Quarter 2 2019/20")
    c.setFont("Helvetica", 11)
    c.drawString(72, 730, "The Joint Control Room went live in May 2019 and 11 appliances were replaced.")
    c.showPage()
    c.save()


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_characters_drawn_over_themselves_are_read_once(tmp_path, engine):
    path = tmp_path / "overprinted.pdf"
    _overprinted_pdf(path)
    texts = [p.text for p in read_paper(path, pdf_engine=engine).passages]
    assert "Quarterly Performance Report Quarter 2 2019/20" in texts, texts
    assert "The Joint Control Room went live in May 2019 and 11 appliances were replaced." in texts, texts


def test_a_letter_drawn_again_within_a_point_is_an_overprint():
    """The cheap test before pdfplumber's ``dedupe_chars``: a copy most of a point to the right is caught, whichever
    side of a whole point the two fall (review); two letters side by side in small print are not a copy."""
    from boardkb.ingest.pdf import _overprinted

    def char(text, x0, size=16.0):
        return {"text": text, "x0": x0, "top": 100.2, "size": size, "fontname": "Helvetica-Bold"}

    assert _overprinted([char("Q", 72.4), char("Q", 73.3)])
    assert not _overprinted([char("l", 72.0, 4.5), char("l", 73.0, 4.5)])
