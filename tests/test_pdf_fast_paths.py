"""The fast paths of the PDFium reader give what the slow ones gave."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from boardkb.ingest.pdf import _Chars, body_chars, pdfium_chars, pdfium_edges, table_text

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _tables(page: pdfium.PdfPage, chars: list[dict]) -> list[pdfplumber.table.Table]:
    edges = pdfplumber.table.merge_edges([e for e in pdfium_edges(page) if (e["width"] or e["height"]) >= 3],
                                         3, 3, 3, 3)
    cells = pdfplumber.table.intersections_to_cells(pdfplumber.table.edges_to_intersections(edges, 3, 3))
    return [pdfplumber.table.Table(_Chars(chars), tuple(g)) for g in pdfplumber.table.cells_to_tables(cells)]


def test_table_text_is_pdfplumbers_extract():
    checked = 0
    for path in sorted(SAMPLES.glob("*.pdf")):
        doc = pdfium.PdfDocument(str(path))
        for i in range(len(doc)):
            page = doc[i]
            chars = body_chars(pdfium_chars(page))
            for table in _tables(page, chars):
                assert table_text(table, chars) == table.extract()
                checked += 1
        doc.close()
    assert checked


def test_style_asked_once_per_object_matches_per_character():
    """Size, font and direction cached per text object equal PDFium's answer for each character."""
    import ctypes
    import math

    import pypdfium2.raw as c

    from boardkb.ingest.pdf import upright

    path = sorted(SAMPLES.glob("*.pdf"))[0]
    doc = pdfium.PdfDocument(str(path))
    page = doc[0]
    chars = pdfium_chars(page)
    textpage = page.get_textpage()
    raw, name, flags, m = textpage.raw, ctypes.create_string_buffer(128), ctypes.c_int(), c.FS_MATRIX()
    expected = []
    for i in range(textpage.count_chars()):
        code = c.FPDFText_GetUnicode(raw, i)
        if not code or chr(code) in "\ufffe\uffff\r\n":
            continue
        c.FPDFText_GetMatrix(raw, i, m)
        c.FPDFText_GetFontInfo(raw, i, name, len(name), ctypes.byref(flags))
        font = name.value.decode("latin-1", "replace")
        if c.FPDFText_GetFontWeight(raw, i) >= 600 and "bold" not in font.lower():
            font += "-Bold"
        expected.append((c.FPDFText_GetFontSize(raw, i) * (math.hypot(m.c, m.d) or 1.0), font, upright(m.a, m.b)))
    assert [(ch["size"], ch["fontname"], ch["upright"]) for ch in chars] == expected  # no clipped text here
    textpage.close()
    doc.close()
