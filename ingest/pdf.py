"""PDF papers to blocks: PDFium (pypdfium2) for the characters of plain pages, pdfplumber for
pages that draw rules (where its table finder is needed), and for everything when PDFium cannot
read a file.

Per page: ruled tables from pdfplumber's table finder; the remaining words grouped into lines
and line segments (explicit coordinates, as pdfplumber gives them); columns found from the
gutters between segments; unruled tables found where consecutive lines break into aligned
segments; running headers, footers and page numbers dropped; lines joined into paragraphs
(hyphenated line breaks joined); paragraphs and tables split by a page break joined back.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from .blocks import Block
from .errors import CorruptPDF, EncryptedPDF, NoPages, NoTextLayer
from .records import Table
from .table_cells import count_header_rows, trim_columns

#: pdfplumber table-finder settings for ruled tables.
RULED_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
MARGIN = 0.09  # share of the page height at top and bottom where running headers live
_PAGE_NUMBER = re.compile(r"^(page\s*)?[-–]?\s*\d{1,4}\s*[-–]?(\s*(of|/)\s*\d{1,4})?$", re.I)
_BULLET_START = re.compile(r"^([•●▪◦■\u2022\uf0b7\uf0a7\u25aa\u25cf\u2023\u2219]|[-–]\s)")
_PARA_START = re.compile(r"^(\d{1,3}(\.\d{1,3})*[.)]?|\(?[a-zA-Z]\)|[a-z]\.)\s")
_LABEL_START = re.compile(r"^[A-Z][A-Za-z()/ ]{1,28}:\s")
_MARKER = re.compile(
    r"^(\(?\d{1,3}(\.\d{1,3})*[.)]?|\(?[a-zA-Z]\)|\(?[ivx]{1,4}\)|[a-z]\.|[•●▪◦■\u2022\uf0b7\uf0a7\u25aa\u25cf\u2023\u2219\-–])$"
)
_TERMINAL = re.compile(r"[.!?:;]['’”)]?$")


@dataclass
class Line:
    """A line segment: words on one baseline with no wide gap between them."""

    words: list[dict]
    page: int
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    text: str = ""
    size: float = 0.0
    bold: bool = False

    def __post_init__(self) -> None:
        w = self.words
        self.x0 = min(x["x0"] for x in w)
        self.x1 = max(x["x1"] for x in w)
        self.top = min(x["top"] for x in w)
        self.bottom = max(x["bottom"] for x in w)
        self.text = " ".join(x["text"] for x in w)
        self.size = statistics.median(x["size"] for x in w)
        chars = sum(len(x["text"]) for x in w)
        bold = sum(len(x["text"]) for x in w if _is_bold(x["fontname"]))
        self.bold = chars > 0 and bold >= 0.8 * chars


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)  # text outside tables, reading order
    header: list[Line] = field(default_factory=list)  # the first page's running header
    tables: list[tuple[float, Table]] = field(default_factory=list)  # (top, table)


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", ",b")) or name.endswith("-b")


ENGINES = ("auto", "pdfplumber")


#: What pdfminer (under pdfplumber) raises on a damaged file: its own exceptions, and the plain
#: ones its parser lets through. Caught only around the library's own calls, never around ours.
_PDFMINER_ERRORS = (MalformedPDFException, PSException, ValueError, KeyError, TypeError, AssertionError)


def read_pdf(path: Path, engine: str = "auto") -> tuple[list[Block], int]:
    """Blocks of a PDF in reading order, and its page count. ``engine="pdfplumber"`` reads every
    page with pdfplumber (the slower baseline).

    Raises ``EncryptedPDF``, ``CorruptPDF``, ``NoPages`` or ``NoTextLayer``. Only the PDF
    libraries' errors become ``CorruptPDF``: an error in boardkb's own layout code propagates.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    fast = _open_pdfium(path) if engine == "auto" else None
    try:
        # our own handle, closed even when pdfplumber fails while opening a damaged file
        with open(path, "rb") as stream:
            pdf = _library(path, lambda: pdfplumber.open(stream))
            try:
                n_pages = _library(path, lambda: len(pdf.pages))
                if n_pages == 0:
                    raise NoPages(str(path))
                pages = [_read_any_page(path, pdf, fast, i, n_pages) for i in range(n_pages)]
            except BaseException:
                _close_after_error(pdf)
                raise
            pdf.close()
    finally:
        if fast is not None:
            fast.close()
    if not any(p.lines or p.tables for p in pages):
        raise NoTextLayer(str(path))
    _drop_running_lines(pages)
    return _blocks(pages), n_pages


def _read_any_page(path: Path, pdf, fast: pdfium.PdfDocument | None, i: int, n_pages: int) -> _Page:
    """Page ``i`` through PDFium where it can, else pdfplumber (the library parses the page inside
    ``_library``; the layout that follows is ours)."""
    fast_page = _pdfium_page(fast, i) if fast is not None and len(fast) == n_pages else None
    if fast_page is not None:
        return _read_fast_page(fast_page, i + 1)
    page = _library(path, lambda: pdf.pages[i])
    _library(path, lambda: page.objects)  # pdfminer parses the page here, once
    try:
        return _read_page(page)
    finally:
        page.close()  # its parsed objects are freed now, not kept until the file is closed


def _close_after_error(pdf: pdfplumber.PDF) -> None:
    """Close a pdfplumber document whose reading failed: closing walks its pages again, and on a damaged
    file raises again ("'PSKeyword' object is not iterable", tests/test_safety.py), hiding the error
    already reported."""
    with contextlib.suppress(PdfminerException, *_PDFMINER_ERRORS):
        pdf.close()


def _library(path: Path, call):
    """``call()``, a call into pdfplumber/pdfminer, with its errors read as a damaged or
    encrypted file."""
    try:
        return call()
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise EncryptedPDF(str(path)) from e
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedPDF(str(path)) from e
        raise CorruptPDF(str(path), _short(cause)) from e
    except _PDFMINER_ERRORS as e:
        raise CorruptPDF(str(path), _short(e)) from e


def pdf_info(path: Path) -> dict[str, str]:
    """The PDF's document information (Title, CreationDate, ...), empty when it cannot be read."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return _plumber_info(path)
    try:
        return {k: str(v) for k, v in doc.get_metadata_dict(skip_empty=True).items()}
    except pdfium.PdfiumError:
        return {}
    finally:
        doc.close()


def _plumber_info(path: Path) -> dict[str, str]:
    try:
        with open(path, "rb") as stream, pdfplumber.open(stream) as pdf:
            return {k: v if isinstance(v, str) else "" for k, v in pdf.metadata.items()}
    except (PdfminerException, *_PDFMINER_ERRORS):
        return {}


def _short(error: object) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]


# -- one page ------------------------------------------------------------------------------


def _open_pdfium(path: Path) -> pdfium.PdfDocument | None:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None  # pdfplumber reads it, or says why it cannot


def _pdfium_page(doc: pdfium.PdfDocument, index: int) -> pdfium.PdfPage | None:
    """The page, or None when PDFium cannot load it (then pdfplumber reads it, or says why not)."""
    try:
        return doc[index]
    except pdfium.PdfiumError:
        return None


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _then(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix that applies ``inner``, then ``outer`` (PDF's row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _path_objects(raw: object, outer: _Matrix, depth: int = 0):
    """Path objects under a page object, each with the matrix that takes its points to the page:
    a form object (an agenda pack's page stamp, a page drawn as a form) is entered, its own
    matrix composed with those of what it holds (uk-council packs)."""
    kind = pdfium_c.FPDFPageObj_GetType(raw)
    if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
        return
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(raw, m)
    matrix = _then((m.a, m.b, m.c, m.d, m.e, m.f), outer)
    if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
        yield raw, matrix
    elif depth < 8:  # forms may nest; a cycle in a broken file must not recurse for ever
        for k in range(pdfium_c.FPDFFormObj_CountObjects(raw)):
            yield from _path_objects(pdfium_c.FPDFFormObj_GetObject(raw, k), matrix, depth + 1)


def pdfium_edges(page: pdfium.PdfPage) -> list[dict]:
    """Horizontal and vertical edges drawn by the page's paths (in form objects too), as
    pdfplumber edge dicts."""
    height = page.get_height()
    edges: list[dict] = []
    for obj in page.get_objects(max_depth=1):
        for raw, matrix in _path_objects(obj.raw, _IDENTITY):
            _path_edges(raw, matrix, height, edges)
    return edges


def _path_edges(raw: object, matrix: _Matrix, height: float, edges: list[dict]) -> None:
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    start: tuple[float, float] | None = None
    for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
        segment = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and points:
            _edge(edges, points[-1], point, height)
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            _edge(edges, point, start, height)
        points.append(point)


def _edge(edges: list[dict], a: tuple[float, float], b: tuple[float, float], height: float) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) < 1 and abs(x1 - x0) >= 1:
        left, right = sorted((x0, x1))
        top = height - y0
        edges.append({"x0": left, "x1": right, "top": top, "bottom": top, "width": right - left, "height": 0,
                      "orientation": "h", "object_type": "line"})
    elif abs(x0 - x1) < 1 and abs(y1 - y0) >= 1:
        top, bottom = sorted((height - y0, height - y1))
        edges.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0, "height": bottom - top,
                      "orientation": "v", "object_type": "line"})


class _Chars:
    """What pdfplumber's ``Table.extract`` needs of a page: its characters."""

    def __init__(self, chars: list[dict]):
        self.chars = chars


def pdfium_tables(page: pdfium.PdfPage, chars: list[dict]) -> list[tuple[tuple[float, ...], list[list[str]]]]:
    """Ruled tables found by pdfplumber's geometry (edges → intersections → cells → tables) on
    the edges PDFium reports, filled with PDFium's characters: (bbox, rows) for each."""
    edges = [e for e in pdfium_edges(page) if (e["width"] or e["height"]) >= 3]
    if len(edges) < 4:
        return []
    edges = pdfplumber.table.merge_edges(edges, 3, 3, 3, 3)
    cells = pdfplumber.table.intersections_to_cells(pdfplumber.table.edges_to_intersections(edges, 3, 3))
    found = []
    for group in pdfplumber.table.cells_to_tables(cells):
        if len(group) < 2:
            continue
        table = pdfplumber.table.Table(_Chars(chars), tuple(group))
        found.append((tuple(float(v) for v in table.bbox), table_text(table, chars)))
    return found


def table_text(table: pdfplumber.table.Table, chars: list[dict]) -> list[list[str | None]]:
    """What ``table.extract()`` gives (a character belongs to the cell holding its centre, the
    box half-open), with each character's centre computed once and only the characters inside
    the table tested against its rows, and only a row's against its cells."""
    x0, top, x1, bottom = table.bbox
    centred = [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c) for c in chars]
    inside = [m for m in centred if x0 <= m[0] < x1 and top <= m[1] < bottom]
    rows = []
    for row in table.rows:
        rx0, rtop, rx1, rbottom = row.bbox
        row_chars = [m for m in inside if rx0 <= m[0] < rx1 and rtop <= m[1] < rbottom]
        rows.append([_cell_text(cell, row_chars) for cell in row.cells])
    return rows


def _cell_text(cell: tuple[float, float, float, float] | None, chars: list[tuple]) -> str | None:
    if cell is None:
        return None
    x0, top, x1, bottom = cell
    inside = [c for h, v, c in chars if x0 <= h < x1 and top <= v < bottom]
    return pdfplumber.utils.extract_text(inside) if inside else ""


def pdfium_chars(page: pdfium.PdfPage) -> list[dict]:
    """Characters with pdfplumber's keys (x0, x1, top, bottom from the page top, text, size,
    fontname, upright), from PDFium's font boxes. ``size`` is the size as drawn (font size times
    the text matrix's scale: some writers set 1 pt fonts and scale them up); ``upright`` is False
    for rotated text (stamps, page numbers printed up the margin). Characters that their text
    object's clipping path hides are left out: they are not on the page a reader sees."""
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    fonts = _Fonts(raw)
    box = pdfium_c.FS_RECTF()
    clips: dict[int, tuple[float, float, float, float] | None] = {}
    chars: list[dict] = []
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        char = chr(code) if code else ""
        if not char or char in "\ufffe\uffff\r\n":
            continue
        if char in "\x02\xad":  # PDFium's mark for a hyphen that breaks a word at a line end
            char = "-"
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, box):
            raise pdfium.PdfiumError("Failed to get charbox.")
        left, bottom, right, top = box.left, box.bottom, box.right, box.top
        key = _text_object_address(raw, i) or 0
        if _clipped((left, bottom, right, top), _clip_box(key, clips)):
            continue
        size, font, is_upright = fonts.style(i, 0 if char in _OWN_STYLE else key)
        chars.append({"text": char, "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
                      "doctop": height - top, "size": size, "fontname": font, "upright": is_upright,
                      "width": right - left, "height": top - bottom})
    textpage.close()
    return chars


#: Characters asked about on their own: PDFium generates spaces (and marks hyphens) with a style of
#: their own (a generated space has size 1) though it names the neighbouring text object.
_OWN_STYLE = frozenset(" -\x02\xad")


class _Fonts:
    """A character's drawn size, font name (with "-Bold" added for a heavy weight) and direction,
    asked of PDFium once per text object: they are the object's, the same for all its characters.
    A character drawn by no object (``key`` 0), or whose font name does not fit the buffer, is
    asked on its own; as before, a name PDFium does not write leaves the previous character's."""

    def __init__(self, raw: object) -> None:
        self.raw = raw
        self.name = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()
        self.last = b""  # what the name buffer holds, as the previous character left it
        self.known: dict[int, tuple[float, str, bool, bytes]] = {}

    def style(self, index: int, key: int) -> tuple[float, str, bool]:
        found = self.known.get(key) if key else None
        if found is None:
            found, whole = self._ask(index)
            if key and whole:
                self.known[key] = found
        self.last = found[3]
        return found[0], found[1], found[2]

    def _ask(self, index: int) -> tuple[tuple[float, str, bool, bytes], bool]:
        raw, matrix = self.raw, self.matrix
        pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
        size = pdfium_c.FPDFText_GetFontSize(raw, index) * (math.hypot(matrix.c, matrix.d) or 1.0)
        length = pdfium_c.FPDFText_GetFontInfo(raw, index, self.name, len(self.name), ctypes.byref(self.flags))
        whole = 0 < length <= len(self.name)
        name = self.name.value if whole else self.last
        font = name.decode("latin-1", "replace")
        if pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600 and "bold" not in font.lower():
            font += "-Bold"
        return (size, font, upright(matrix.a, matrix.b), name), whole


def upright(a: float, b: float) -> bool:
    """Whether a text matrix (its first two entries) writes left to right along the page."""
    return a > 0 and abs(b) <= 0.05 * a


#: FPDFText_GetTextObject giving the object's address as an int (a cheap cache key).
_text_object_address = ctypes.cast(pdfium_c.FPDFText_GetTextObject,
                                   ctypes.CFUNCTYPE(ctypes.c_void_p, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int))


def _clip_box(key: int, cache: dict) -> tuple[float, float, float, float] | None:
    """The bounding box (left, bottom, right, top) of the clipping path of the text object at
    address ``key`` (0: none), or None when it has none; cached per text object."""
    if key not in cache:
        obj = ctypes.cast(ctypes.c_void_p(key), pdfium_c.FPDF_PAGEOBJECT)
        cache[key] = _path_box(pdfium_c.FPDFPageObj_GetClipPath(obj)) if key else None
    return cache[key]


def _path_box(clip: object) -> tuple[float, float, float, float] | None:
    if not clip:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    box: tuple[float, float, float, float] | None = None
    for k in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for s in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, k)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, k, s)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
        if xs:
            part = (min(xs), min(ys), max(xs), max(ys))
            box = part if box is None else (max(box[0], part[0]), max(box[1], part[1]),
                                            min(box[2], part[2]), min(box[3], part[3]))
    return box


def _clipped(char: tuple[float, float, float, float], clip: tuple[float, float, float, float] | None) -> bool:
    """Whether a character box's centre lies outside its clipping box (by more than a point)."""
    if clip is None:
        return False
    cx, cy = (char[0] + char[2]) / 2, (char[1] + char[3]) / 2
    return not (clip[0] - 1 <= cx <= clip[2] + 1 and clip[1] - 1 <= cy <= clip[3] + 1)


def words_from_chars(chars: list[dict]) -> list[dict]:
    """Join upright characters into words: a space, a line change or a gap wider than a quarter
    of the font size ends a word. Rotated characters are left out of the flow."""
    words: list[dict] = []
    current: dict | None = None
    for c in chars:
        if not c.get("upright", True):
            continue
        if not c["text"].strip():
            current = None
            continue
        size = max(c["size"], 1)
        if (current is not None and abs(current["bottom"] - c["bottom"]) <= 0.25 * size
                and -0.5 * size <= c["x0"] - current["x1"] <= 0.25 * size):
            current["text"] += c["text"]
            current["x1"] = max(current["x1"], c["x1"])
            current["top"] = min(current["top"], c["top"])
            current["bottom"] = max(current["bottom"], c["bottom"])
            continue
        current = {k: c[k] for k in ("text", "x0", "x1", "top", "bottom", "size", "fontname")}
        words.append(current)
    return words


def _read_fast_page(page: pdfium.PdfPage, number: int) -> _Page:
    """A page from PDFium's characters and paths, ruled tables found with pdfplumber's geometry."""
    out = _Page(number=number, width=float(page.get_width()), height=float(page.get_height()))
    chars = body_chars(pdfium_chars(page))
    regions = []
    for bbox, raw_rows in pdfium_tables(page, chars):
        rows = _clean_rows(raw_rows)
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            out.tables.append((bbox[1], Table(rows=rows, page=number, bbox=bbox, header_rows=count_header_rows(rows),
                                              source="pdf-ruled")))
            regions.append(bbox)
    page.close()
    words = [w for w in words_from_chars(chars) if not _inside(w, regions)]
    lines = _segments(words, number)
    lines = _unruled_tables(None, lines, out)
    out.tables = _continued_headers(out.tables)
    out.lines = _reading_order(lines, out.width)
    return out

def _read_page(page: pdfplumber.page.Page) -> _Page:
    out = _Page(number=page.page_number, width=float(page.width), height=float(page.height))
    # characters drawn again over themselves, as some writers fake bold type, are read once (pdfplumber's own
    # dedupe_chars; PDFium's text page already drops them): not "QQQuuuaaarrrttteeerrrlllyyy" (police set 73s)
    if _overprinted(page.chars):
        page = page.dedupe_chars()
    if _mostly_upright([_upright_char(c) for c in page.chars]):
        page = page.filter(_upright_or_not_char)  # rotated stamps are not body text
    regions = []
    for found in page.find_tables(RULED_TABLE_SETTINGS):
        rows = _clean_rows(found.extract())
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            bbox = tuple(float(v) for v in found.bbox)
            out.tables.append((bbox[1], Table(rows=rows, page=out.number, bbox=bbox,
                                              header_rows=count_header_rows(rows),
                                              source="pdf-ruled")))
            regions.append(bbox)
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False,
                               use_text_flow=False)
    words = [w for w in words if w["text"].strip() and not _inside(w, regions)]
    lines = _segments(words, out.number)
    lines = _unruled_tables(page, lines, out)
    out.tables = _continued_headers(out.tables)
    out.lines = _reading_order(lines, out.width)
    return out


def _overprinted(chars: list[dict]) -> bool:
    """Whether some character is drawn again within a point of where it stands, in the same font and size: a cheap
    test before pdfplumber's ``dedupe_chars``, whose cost grows with the square of a page's characters (three times
    the reading time of a long report). Two letters side by side are a letter's width apart, more than a point from
    4.5 pt type up (review)."""
    seen: dict[tuple, list[float]] = {}
    for c in chars:
        if not c["text"].strip():
            continue
        xs = seen.setdefault((c["text"], c.get("fontname"), round(c["size"], 1), round(c["top"])), [])
        if any(abs(x - c["x0"]) < 1 for x in xs):
            return True
        xs.append(c["x0"])
    return False


def body_chars(chars: list[dict]) -> list[dict]:
    """The characters of the text flow: rotated ones (stamps, page numbers up the margin) are
    dropped, unless most of the page is rotated (a page turned as a whole)."""
    if _mostly_upright([c["upright"] for c in chars]):
        return [c for c in chars if c["upright"]]
    return chars


def _mostly_upright(flags: list[bool]) -> bool:
    return sum(flags) >= 0.5 * len(flags)


def _upright_char(char: dict) -> bool:
    """A pdfplumber character's direction judged by its matrix (pdfminer's ``upright`` flag
    calls text turned a quarter turn upright)."""
    matrix = char.get("matrix")
    return upright(matrix[0], matrix[1]) if matrix else bool(char.get("upright", True))


def _upright_or_not_char(obj: dict) -> bool:
    return obj.get("object_type") != "char" or _upright_char(obj)


def _inside(word: dict, regions: list[tuple[float, ...]]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in regions)


def _clean_rows(rows: list[list[str | None]]) -> list[list[str]]:
    cleaned = [[_join_cell_lines(c or "") for c in row] for row in rows]
    cleaned = [r for r in cleaned if any(c for c in r)]
    return trim_columns(cleaned)


def _join_cell_lines(text: str) -> str:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return join_lines(lines)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines with spaces, mending words hyphenated at a line break."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif re.search(r"[A-Za-z]-$", out) and line[:1].islower():
            out = out[:-1] + line
        elif (year := re.search(r"\b(?:19|20)(\d\d)[-–]$", out)) and re.match(r"\d\d\b", line) \
                and int(line[:2]) == (int(year.group(1)) + 1) % 100:
            out += line  # a financial year broken at its dash: "2022-" / "23, which ..." (uk-council capital strategy)
        else:
            out = f"{out} {line}"
    return out


def _segments(words: list[dict], page: int) -> list[Line]:
    """Group words into lines by baseline, and split lines at wide gaps."""
    words = sorted(_glue_superscripts(words), key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        for row in rows[-3:]:
            if abs(row[0]["bottom"] - w["bottom"]) <= max(2.0, 0.25 * w["size"]):
                row.append(w)
                break
        else:
            rows.append([w])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        segments = _split_row(row, lambda current, prev, w, gap: gap > max(10.0, 1.2 * w["size"])
                              and not _lead_in(current))
        if len(segments) >= 2 and sum(1 for w in row if _FIGURE.match(w["text"])) >= 2:
            # a row of a table of figures: figures set flush right leave little room ("1,315,610.6 Revised
            # Base", "0.0 1,429,506.8", uk-council budget update appendix; tests/test_text_layer.py)
            segments = [part for i, seg in enumerate(segments)
                        for part in _split_row(seg, _figure_boundary if i == 0 else _figure_cell_boundary)]
        lines.extend(Line(seg, page) for seg in segments)
    return sorted(lines, key=lambda ln: (ln.top, ln.x0))


#: An ordinal's letters, set small and raised after a day's number: the "th" of "13th February".
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)")


def _glue_superscripts(words: list[dict]) -> list[dict]:
    """Words with an ordinal's raised suffix glued back on: "13" and a smaller "th" whose baseline sits above the
    number's, touching it, are "13th". Left apart, the suffix is a line of its own between two lines of the paragraph
    and cuts it in three ("... were published" / "th" / "from 6 January 2025 to support ...": 64 such lines in the
    uk-council papers' budget reports, QPR appendix and minutes; tests/test_text_layer.py)."""
    numbers = [w for w in words if w["text"][-1:].isdigit()]
    glued: set[int] = set()
    for w in words:
        if not _ORDINAL_SUFFIX.fullmatch(w["text"]):
            continue
        for n in numbers:
            if (w["size"] < 0.9 * n["size"] and n["top"] - 0.5 <= w["top"] and w["bottom"] < n["bottom"] - 0.5
                    and -0.5 <= w["x0"] - n["x1"] <= 0.15 * n["size"]):
                n["text"] += w["text"]
                n["x1"] = max(n["x1"], w["x1"])
                glued.add(id(w))
                break
    return [w for w in words if id(w) not in glued]


def _split_row(row: list[dict], boundary: Callable[[list[dict], dict, dict, float], bool]) -> list[list[dict]]:
    """The words of a row cut where ``boundary(words so far, previous word, word, gap)`` says."""
    segments, current = [], [row[0]]
    for prev, w in zip(row, row[1:], strict=False):
        if boundary(current, prev, w, w["x0"] - prev["x1"]):
            segments.append(current)
            current = []
        current.append(w)
    return [*segments, current]


#: A table's figure: thousands or decimals, maybe negative or bracketed ("1,429,506.8", "-836.6", "(111.2)").
_FIGURE = re.compile(r"^[-−(]?£?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\)?%?$")


def _figure_boundary(current: list[dict], prev: dict, word: dict, gap: float) -> bool:
    """At a row's start, a figure and the word beside it, apart by a space, are two cells, unless the
    figure numbers the paragraph ("3.2 The Public Health Grant ...")."""
    return not _lead_in(current) and _figure_cell_boundary(current, prev, word, gap)


def _figure_cell_boundary(current: list[dict], prev: dict, word: dict, gap: float) -> bool:
    """A figure and the word beside it, apart by a space, are two cells ("0.0 1,429,506.8")."""
    return gap > 0.15 * word["size"] and bool(_FIGURE.match(prev["text"]) or _FIGURE.match(word["text"]))


def _lead_in(words: list[dict]) -> bool:
    """A segment that belongs with what follows it on the line: a paragraph number, a bullet,
    or a short label ("From:") printed in a column of its own."""
    text = " ".join(w["text"] for w in words)
    return bool(_MARKER.match(text)) or (len(words) <= 4 and text.endswith(":"))


def _unruled_tables(page: pdfplumber.page.Page | None, lines: list[Line], out: _Page) -> list[Line]:
    """Find runs of lines that break into aligned segments, and read them as tables."""
    rows = _group_rows(lines)
    keep: list[Line] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows):
            if _tabular(rows[j]):
                j += 1
                continue
            # up to three one-cell rows between table rows are labels or wrapped cells inside the table
            k = 0
            while j > i and k < 3 and j + k < len(rows) and _label_row(rows[j + k]):
                k += 1
            if k and j + k < len(rows) and _tabular(rows[j + k]):
                j += k
                continue
            break
        run = rows[i:j]
        if len(run) >= 3 and _aligned([r for r in run if len(r) >= 2]):
            x0 = min(ln.x0 for r in run for ln in r) - 1
            x1 = max(ln.x1 for r in run for ln in r) + 1
            top = min(ln.top for ln in run[0]) - 1
            bottom = max(ln.bottom for ln in run[-1]) + 1
            bbox = (max(0.0, x0), max(0.0, top), min(out.width, x1),
                    min(out.height, bottom))
            table_rows = _rows_from_segments(run)
            if table_rows:
                out.tables.append((bbox[1], Table(rows=table_rows, page=out.number, bbox=bbox,
                                                  header_rows=count_header_rows(table_rows),
                                                  source="pdf-text")))
                i = j
                continue
        if j == i:
            keep.extend(rows[i])
            i += 1
        else:
            for r in run:
                keep.extend(r)
            i = j
    return keep


def _continued_headers(tables: list[tuple[float, Table]]) -> list[tuple[float, Table]]:
    """A table of text with no header, further down the page than one of as many columns with a header,
    goes on under that header: "RESERVES" and its rows below "2024-25 | ... | Core External Total |
    £000s" (uk-council budget update appendix; tests/test_text_layer.py). The header is repeated, as a
    table continued on the next page repeats it."""
    out: list[tuple[float, Table]] = []
    headed: Table | None = None
    for top, t in sorted(tables, key=lambda x: x[0]):
        if t.source == "pdf-text" and t.header_rows == 0 and headed and headed.n_cols == t.n_cols:
            t = Table(rows=[*headed.rows[: headed.header_rows], *t.rows], page=t.page, caption=t.caption,
                      header_rows=headed.header_rows, bbox=t.bbox, source=t.source)
        elif t.source == "pdf-text" and t.header_rows:
            headed = t
        out.append((top, t))
    return out


def _group_rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for ln in lines:
        if rows and abs(rows[-1][0].bottom - ln.bottom) <= 2.0:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def _tabular(row: list[Line]) -> bool:
    return len(row) >= 2 and all(len(ln.text) <= 60 for ln in row)


def _label_row(row: list[Line]) -> bool:
    return len(row) == 1 and len(row[0].text) <= 40


def _aligned(run: list[list[Line]]) -> bool:
    """Column starts recur across rows (cells), rather than two prose columns."""
    starts = Counter(round(ln.x0 / 6) for r in run for ln in r)
    recurring = [s for s, n in starts.items() if n >= max(2, len(run) // 2)]
    multi = sum(1 for r in run if len(r) >= 3)
    return len(recurring) >= 2 and (multi >= len(run) // 2 or _numeric_share(run) >= 0.3)


def _numeric_share(run: list[list[Line]]) -> float:
    cells = [ln.text for r in run for ln in r[1:]]
    numeric = sum(1 for c in cells if re.fullmatch(r"[-−+£$€(]*[\d,.]+[%)mk]*", c.replace(" ", "")))
    return numeric / max(1, len(cells))


def _rows_from_segments(run: list[list[Line]]) -> list[list[str]]:
    """Assign each segment to the column whose start it is nearest to; in a table of figures, figures by
    their right edge (``_aligned_columns``)."""
    if any(_FIGURE.match(ln.text) for r in run for ln in r):
        return _aligned_columns(run)
    starts = sorted({ln.x0 for r in run for ln in r})
    columns: list[float] = []
    for x in starts:
        if not columns or x - columns[-1] > 12:
            columns.append(x)
    table: list[list[str]] = []
    for r in run:
        cells = [""] * len(columns)
        for ln in r:
            k = max(i for i, c in enumerate(columns) if c <= ln.x0 + 12)
            cells[k] = f"{cells[k]} {ln.text}".strip()
        table.append(cells)
    return trim_columns(table)


def _aligned_columns(run: list[list[Line]]) -> list[list[str]]:
    """Cells of a table of figures: figures are set flush right, so a column is the figures sharing a right
    edge; a label over them ("Core", "£000s") belongs to the column it overlaps most, other text to the
    column its start begins ("Original base budget 1,429,506.8 0.0 1,429,506.8" beside "1,315,610.6
    1,315,610.6 Revised Base 1,428,670.2 836.6 1,429,506.8": uk-council budget update appendix)."""
    segments = [ln for r in run for ln in r]
    columns: list[list[float]] = []  # [left, right] of each column
    for ln in sorted((ln for ln in segments if _FIGURE.match(ln.text)), key=lambda ln: ln.x1):
        if columns and ln.x1 - columns[-1][1] <= 8:
            columns[-1] = [min(columns[-1][0], ln.x0), max(columns[-1][1], ln.x1)]
        else:
            columns.append([ln.x0, ln.x1])
    for ln in sorted((ln for ln in segments if not _FIGURE.match(ln.text)), key=lambda ln: ln.x0):
        if _column_of(ln, columns) is None:
            columns.append([ln.x0, ln.x0])  # a text column, by its start
    columns.sort(key=lambda c: c[0])
    table = []
    for r in run:
        cells = [""] * len(columns)
        for ln in r:
            k = _column_of(ln, columns)
            k = k if k is not None else max(i for i, c in enumerate(columns) if c[0] <= ln.x0 + 12)
            cells[k] = f"{cells[k]} {ln.text}".strip()
        table.append(cells)
    return trim_columns(table)


def _column_of(ln: Line, columns: list[list[float]]) -> int | None:
    """The column a segment overlaps most, or whose start it shares; None for neither."""
    overlaps = [(min(ln.x1, c[1]) - max(ln.x0, c[0]), i) for i, c in enumerate(columns)]
    best = max(overlaps, default=(0.0, None))
    if best[0] > 0:
        return best[1]
    return next((i for i, c in enumerate(columns) if abs(c[0] - ln.x0) <= 12), None)


def _reading_order(lines: list[Line], width: float) -> list[Line]:
    """Order lines for reading: full-width lines break the page into bands; within a band,
    column by column, left to right."""
    gutters = _gutters(lines, width)
    if not gutters:
        return sorted(lines, key=lambda ln: (round(ln.bottom), ln.x0))
    bounds = [0.0, *gutters, width]
    ordered: list[Line] = []
    band: list[list[Line]] = [[] for _ in range(len(bounds) - 1)]

    def flush() -> None:
        for col in band:
            ordered.extend(sorted(col, key=lambda ln: (ln.top, ln.x0)))
            col.clear()

    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if any(ln.x0 < g < ln.x1 for g in gutters):
            flush()
            ordered.append(ln)
            continue
        k = max(i for i, b in enumerate(bounds[:-1]) if b <= ln.x0 + 0.5)
        band[k].append(ln)
    flush()
    return ordered


def _gutters(lines: list[Line], width: float) -> list[float]:
    """x positions of vertical white space that separates text on both sides on many lines."""
    if len(lines) < 12:
        return []
    total = len(lines)
    gutters: list[float] = []
    x = width * 0.2
    while x < width * 0.8:
        crossing = sum(1 for ln in lines if ln.x0 < x < ln.x1)
        left = sum(1 for ln in lines if ln.x1 <= x)
        right = sum(1 for ln in lines if ln.x0 >= x)
        if crossing <= 0.08 * total and left >= 0.25 * total and right >= 0.25 * total:
            if not gutters or x - gutters[-1] > 40:
                gutters.append(x)
            else:
                gutters[-1] = (gutters[-1] + x) / 2 if x - gutters[-1] < 20 else gutters[-1]
        x += 3
    return gutters


# -- across pages --------------------------------------------------------------------------


def _normalise(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.lower())).strip()


def _drop_running_lines(pages: list[_Page]) -> None:
    """Drop page numbers and lines repeated in the top or bottom margin of many pages. The first
    page's running header is kept aside for the cover: a header that repeats the paper's title
    on every page is often the only place the title is printed (kcc budget risk register)."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_normalise(ln.text) for ln in page.lines if _in_margin(ln, page)})
    threshold = max(2, len(pages) // 2)
    for page in pages:
        kept = []
        for ln in page.lines:
            if not _in_margin(ln, page):
                kept.append(ln)
            elif _PAGE_NUMBER.match(ln.text.strip()):
                continue
            elif counts[_normalise(ln.text)] < threshold:
                kept.append(ln)
            elif page is pages[0] and _in_margin(ln, page, bottom=False):
                page.header.append(ln)
        page.lines = kept


def _in_margin(ln: Line, page: _Page, *, bottom: bool = True) -> bool:
    if 0 <= ln.top and ln.bottom <= page.height * MARGIN:
        return True
    return bottom and page.height * (1 - MARGIN) <= ln.top <= page.height


def _blocks(pages: list[_Page]) -> list[Block]:
    blocks: list[Block] = []
    body = statistics.median([ln.size for p in pages for ln in p.lines] or [10.0])
    for page in pages:
        items: list[tuple[float, object]] = [(t.bbox[1] if t.bbox else top, t) for top, t in page.tables]
        paragraphs = _paragraphs(page.lines, body)
        # place tables between paragraphs by vertical position (single-column assumption)
        merged: list[Block] = []
        tables = sorted(items, key=lambda x: x[0])
        for para in paragraphs:
            while tables and para.bbox and tables[0][0] < para.bbox[1]:
                merged.append(_table_block(tables.pop(0)[1]))
            merged.append(para)
        merged.extend(_table_block(t) for _, t in tables)
        _join_across_break(blocks, merged)
        blocks.extend(Block(text=ln.text, page=page.number, bold=ln.bold, running=True,
                            bbox=(ln.x0, ln.top, ln.x1, ln.bottom)) for ln in page.header)
        blocks.extend(merged)
    return blocks


def _table_block(table: object) -> Block:
    assert isinstance(table, Table)
    return Block(text="", page=table.page, table=table, bbox=table.bbox)


def _join_across_break(before: list[Block], page_blocks: list[Block]) -> None:
    """Join a paragraph split by a page break, and a table continued on the next page."""
    if not before or not page_blocks:
        return
    last, first = before[-1], page_blocks[0]
    if last.table is None and first.table is None:
        if (not _TERMINAL.search(last.text) and first.text[:1].islower()
                and not first.list_item and not last.heading):
            last.text = join_lines([last.text, first.text])
            page_blocks.pop(0)
    elif last.table is not None and first.table is not None:
        a, b = last.table, first.table
        if a.n_cols == b.n_cols and b.caption is None:
            rows = b.rows
            if a.header_rows and rows[: a.header_rows] == a.rows[: a.header_rows]:
                rows = rows[a.header_rows :]
            a.rows.extend(rows)
            page_blocks.pop(0)


def _ended_short(prev: Line, ln: Line, right: float) -> bool:
    """A numbered line ("21. Negative Impacts and ...") after a line that stops well short of the column's right
    edge, with no full stop ("Not Applicable"), starts a paragraph: a form's answer and its next question (uk-council
    EqIA form), and so does a paragraph numbered "1.1" after a line such as "Report of the Chief Fire Officer" (review,
    a fire authority's report; tests/test_text_layer.py). A wrapped line runs on to the margin."""
    return bool(re.match(r"\d{1,3}(?:\.\d{1,3})*[.)]\s+[A-Z]|\d{1,3}(?:\.\d{1,3})+\s+[A-Z]", ln.text)) \
        and prev.x1 < ln.x0 + 0.7 * (right - ln.x0)


def _counts_on(first: Line, prev: Line, ln: Line, right: float) -> bool:
    """A line numbered one on from the paragraph's first starts the next item of their list, numbers written bare,
    when its number would have fitted at the end of the line before: "1 KCC’s Budget webpage" / "2 2025-26 Budget
    approved by County Council on 13th February 2025" (uk-council cabinet budget update's background documents;
    tests/test_text_layer.py). A line wrapped there had no room for it: "11 The Commissioner agreed the business case
    on" / "12 March 2024 and the contract was awarded" (review)."""
    a, b = re.match(r"(\d{1,2})\s+\S", first.text), re.match(r"(\d{1,2})\s+\S", ln.text)
    char = (ln.x1 - ln.x0) / max(len(ln.text), 1)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1
                and prev.x1 + char * (len(b.group(1)) + 1) < right - 1)


def _paragraphs(lines: list[Line], body_size: float) -> list[Block]:
    """Join lines into paragraphs by spacing, indentation, fonts and leading markers."""
    blocks: list[Block] = []
    current: list[Line] = []
    # a font's box may be taller than its line spacing, so the gap between lines can be negative: "1.50 In
    # addition ..." in Arial at 12pt read by PDFium (uk-council capital strategy; tests/test_text_layer.py)
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)
            if b.top > a.top and -0.5 * b.size <= b.top - a.bottom < 30]
    line_gap = statistics.median(gaps) if gaps else 3.0
    right = max((ln.x1 for ln in lines), default=0.0)

    def flush() -> None:
        if not current:
            return
        text = join_lines([ln.text for ln in current])
        bold = sum(len(ln.text) for ln in current if ln.bold) >= 0.8 * len(text)
        size = statistics.median(ln.size for ln in current)
        bbox = (min(ln.x0 for ln in current), min(ln.top for ln in current),
                max(ln.x1 for ln in current), max(ln.bottom for ln in current))
        list_item = bool(_BULLET_START.match(text))
        blocks.append(Block(text=text, page=current[0].page, bold=bold, list_item=list_item,
                            heading=size >= body_size * 1.15 and len(text) < 150, bbox=bbox))
        current.clear()

    for ln in lines:
        if current:
            prev = current[-1]
            gap = ln.top - prev.bottom
            new = (
                gap > line_gap + 0.45 * ln.size
                # a line beside the last or above it (the next column, a jump back up the page), or wholly to
                # its left: a letterhead's columns ("Roger Gough | Vince Maple", uk-council letter)
                or gap < -0.5 * ln.size or ln.x1 < prev.x0
                or abs(ln.size - prev.size) > 1.0
                or ln.bold != prev.bold and (len(ln.text) > 3 and len(prev.text) > 3)
                or bool(_BULLET_START.match(ln.text))
                or (_PARA_START.match(ln.text) and (_TERMINAL.search(prev.text) or prev.bold
                                                    or _ended_short(prev, ln, right)))
                or bool(_LABEL_START.match(ln.text) and _LABEL_START.match(current[0].text))
                or _counts_on(current[0], prev, ln, right)
            )
            if new:
                flush()
        current.append(ln)
    flush()
    return blocks
