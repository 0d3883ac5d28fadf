"""Text and markdown papers: converter quirks read as the papers print them."""

from boardkb.ingest import read_paper
from boardkb.ingest.paper import document_from_blocks
from boardkb.ingest.text import blocks_from_text


def _doc(text):
    return document_from_blocks(blocks_from_text(text), source_path="x.md", sha256="0", fmt="markdown")


def test_paragraph_numbers_headings_and_sections():
    doc = _doc(
        "**Strategic Policing and Crime Board\n2 July 2013**\n\n"
        "Title: Change update\n\n"
        "1. PURPOSE OF REPORT\n\n"
        "The purpose of this report is to update the Board.\n\n"
        "4. CURRENT POSITION\n\n"
        "A) Digital Evidence Store\n\n"
        "58.d The store went live in June and holds 1,200 cases.\n\n"
        "C) Connect\n\n"
        "- **Data Driven Insights (DDI)** - will deliver insight.\n"
        "• A bullet with a glyph\n"
    )
    assert (doc.board, doc.meeting_date, doc.title) == ("Strategic Policing and Crime Board", "2013-07-02",
                                                       "Change update")
    by_text = {p.text: p for p in doc.passages}
    assert by_text["PURPOSE OF REPORT"].kind == "heading"
    assert by_text["PURPOSE OF REPORT"].para_no == "1"
    store = by_text["The store went live in June and holds 1,200 cases."]
    assert (store.kind, store.para_no) == ("paragraph", "58.d")
    assert store.section == "CURRENT POSITION > Digital Evidence Store"
    assert by_text["Connect"].para_no == "C)"
    ddi = by_text["Data Driven Insights (DDI) - will deliver insight."]
    assert (ddi.kind, ddi.section) == ("list_item", "CURRENT POSITION > Connect")
    assert by_text["A bullet with a glyph"].kind == "list_item"


def test_html_fragments_and_tab_tables_in_text():
    doc = _doc(
        "Intro paragraph that is long enough to be a paragraph and not a heading at all.\n"
        "<p>A paragraph in HTML.</p> <ul><li>First item</li><li>Second item</li></ul>\n"
        "Staff Type\tRepresentation %\t\n"
        "\t01/01/2022\t01/01/2021\n"
        "Police Officer Total\t12.9%\t11.9%\n"
        "Table 2: Representation by staff type\n"
        "<table><tr><th>Project</th><th>Status</th></tr><tr><td>Connect</td><td>✓</td></tr></table>\n"
    )
    kinds = [(p.kind, p.text) for p in doc.passages]
    assert ("paragraph", "A paragraph in HTML.") in kinds
    assert ("list_item", "Second item") in kinds
    tsv, html = doc.tables
    assert tsv.rows[2] == ["Police Officer Total", "12.9%", "11.9%"]
    assert tsv.header_rows == 2 and tsv.caption == "Table 2: Representation by staff type"
    assert html.rows == [["Project", "Status"], ["Connect", "✓"]] and html.header_rows == 1
    rows = [p for p in doc.passages if p.kind == "table_row"]
    assert "Connect | ✓" in [p.text for p in rows]


def test_corpus_status_table_keeps_marks(corpus_dir):
    doc = read_paper(corpus_dir / "000_ea0264ba805e4785.txt")
    status = doc.tables[0]
    cells = [c for row in status.rows for c in row]
    assert sum(c.startswith("✓") for c in cells) >= 8 and sum(c.startswith("□") for c in cells) >= 3
    assert status.caption.startswith("Table 1: Projects Delivered")
    assert any("Body Worn Video" in c for c in cells)


def test_corpus_passages_in_reading_order(corpus_dir):
    doc = read_paper(corpus_dir / "003_1797fe547be1d21d.txt")
    texts = [p.text for p in doc.passages]
    assert texts.index("PURPOSE OF REPORT") < texts.index("BACKGROUND") < texts.index("RECOMMENDATIONS")
    numbered = [p.para_no for p in doc.passages if p.kind == "paragraph" and p.para_no]
    assert numbered[:3] == ["1", "2", "3"] and "20" in numbered


def test_non_utf8_text_is_read(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Police and Crime Panel\n\nSavings of £2.5m were made this year.\n".encode("cp1252"))
    doc = read_paper(path)
    assert "Savings of £2.5m were made this year." in [p.text for p in doc.passages]


def test_binary_content_is_told_from_text():
    from boardkb.ingest.text import binary_reason, decode

    assert binary_reason(decode("Board paper\n\tA line\fwith a page break\vand a Word line break £5m – ok\n"
                                .encode())) is None
    assert binary_reason(decode("Café costs £5 – ‘quoted’".encode("cp1252"))) is None
    # UTF-16 exports (with a byte-order mark) are text, though they are full of zero bytes
    assert decode("Board paper £5m".encode("utf-16")) == "Board paper £5m"
    assert binary_reason(decode("Board paper £5m".encode("utf-16"))) is None
    assert binary_reason(decode(b"%PDF-1.4\n\x00\x01 stream")) == "1 NUL byte"
    assert "control codes or undecodable" in binary_reason(decode(b"Title\n" + b"\x01\x02\x81abc" * 50))


def test_paragraph_number_set_tight_against_its_text():
    """"3.3The 16 December letter": the PDF leaves no space after the number (uk-council)."""
    from boardkb.ingest.structure import split_para_no

    assert split_para_no("3.3The 16 December letter") == ("3.3", "The 16 December letter")
    assert split_para_no("2.5m people") == (None, "2.5m people")
    # ... or with its full stop: "1.1.NHS bodies must consult" (uk-council JHOSC report)
    assert split_para_no("1.1.NHS bodies must consult") == ("1.1", "NHS bodies must consult")


def test_roman_numbered_sub_items():
    """"i. Restoring ...; ii. Improving ...; iii. Setting ..." under "a)" (a police and crime panel's minutes)."""
    from boardkb.ingest.structure import split_para_no

    assert split_para_no("ii. Improving performance to exit special measures;") == (
        "ii", "Improving performance to exit special measures;")
    assert split_para_no("iii. Additional funding of £4.7m") == ("iii", "Additional funding of £4.7m")
    assert split_para_no("xii. Recruitment") == ("xii", "Recruitment")
    assert split_para_no("vi") == (None, "vi")


def test_a_hard_wrapped_paragraph_is_one_block():
    """A paragraph wrapped at a fixed width, its next line starting in lower case, is one block; a
    line after a full stop, a list item or a new paragraph after a blank line is not joined."""
    from boardkb.ingest.text import blocks_from_text

    text = ("The paper updates on the Mobile Working and\nthe Body Worn Video projects, which are\non track.\n"
            "new line after a full stop\n\nanother paragraph\n- a list item\n")
    assert [b.text for b in blocks_from_text(text)] == [
        "The paper updates on the Mobile Working and the Body Worn Video projects, which are on track.",
        "new line after a full stop", "another paragraph", "a list item"]


def test_an_agenda_item_number_opens_no_section():
    """"AGENDA ITEM 6" above a police board's cover: the board, date and title under it stay cover
    lines, so no fact is read from them (the title's "2016-21" is no milestone)."""
    from boardkb.ingest.paper import document_from_blocks
    from boardkb.ingest.text import blocks_from_text

    doc = document_from_blocks(blocks_from_text("AGENDA ITEM 6\n\nStrategic Policing and Crime Board\n\n"
                                                "End of Term Report, 2016-21\n\nForeword\n\nIt has been an honour.\n"),
                               source_path="x.txt", sha256="0", fmt="text")
    assert [(p.kind, p.section) for p in doc.passages][:3] == [("paragraph", None)] * 3


def test_a_caption_run_into_the_paragraph_before_its_table():
    """"... as shown in the following table: Table 1: Prudential Indicator: Estimates of Capital
    Expenditure in £millions" then the table (uk-council capital strategy): the tail is the table's
    caption, so its cells are £m."""
    from boardkb.ingest.blocks import Block
    from boardkb.ingest.records import Table
    from boardkb.ingest.structure import build_passages

    blocks = [Block(text="The Council is planning capital expenditure as shown in the following table: Table 1: "
                         "Prudential Indicator: Estimates of Capital Expenditure in £millions"),
              Block(text="", table=Table(rows=[["", "2025-26"], ["General Fund services", "283.0"]], header_rows=1))]
    _, tables = build_passages(blocks)
    assert tables[0].caption == "Table 1: Prudential Indicator: Estimates of Capital Expenditure in £millions"
