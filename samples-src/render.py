"""Render the bundled sample board papers from YAML into PDF.

Each ``samples-src/<name>.yml`` file describes one fictional Northmoor board
paper (its cover block, page furniture and content blocks); this script lays
it out with ReportLab and writes ``samples/<name>.pdf``.

Usage (from the repository root)::

    .venv/bin/python samples-src/render.py                  # render every paper
    .venv/bin/python samples-src/render.py samples-src/x.yml  # render selected papers

Requirements: reportlab, PyYAML, pyphen (used by papers that set
``layout.hyphenate: true``) and the DejaVu Sans TrueType fonts from the Debian
package ``fonts-dejavu-core`` (``/usr/share/fonts/truetype/dejavu/``).
DejaVu Sans is used because it carries the ✓ (U+2713) and □ (U+25A1) glyphs, so
the status marks are real Unicode text in the PDF.

Output is deterministic: documents are built with ReportLab's ``invariant=1``,
so the same YAML always gives byte-identical PDFs.

YAML format (all scalars are read as strings)::

    meeting_date: 2019-03-12          # ISO date (or YYYY-MM); not printed
    cover:
      board: STRATEGIC POLICING AND CRIME BOARD
      date: Tuesday 12th March 2019   # printed exactly as written
      lines: [Agenda Item 7]          # optional extra cover lines
      title: Northmoor Change Programme 2025 – Programme Update
      title_form: plain               # plain | label ("Title: ...") | report
      presenter: Helen Marsden, Assistant Chief Constable   # optional
      presenter_label: Presented by   # or "Report of"
    layout:
      header: {left: OFFICIAL, right: Agenda Item 7}  # running header
      footer: {left: ..., right: ...}  # optional; centre is always "Page N of M"
      numbering: paragraphs           # paragraphs | sections | headings | none
      align: justify                  # justify | left
      hyphenate: true                 # hyphenate long words at line ends
    content:                          # list of blocks, one key each:
      - heading: PURPOSE OF REPORT    # section heading (printed as written)
      - subheading: a. Mobile First   # bold sub-heading
      - para: Numbered paragraph text (numbered per layout.numbering)
      - text: Unnumbered paragraph text
      - bullets: [item, item]         # "•" bullet list
      - lettered: [item, item]        # a), b), c) sub-paragraphs
      - table: {caption, style: grid|plain, widths, align, header, rows,
                spans, allow_split}
      - signature: [line, line]       # closing author block

Inline ``**text**`` is printed in bold; ``&``, ``<`` and ``>`` need no escaping.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

SRC_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = SRC_DIR.parent / "samples"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_PACKAGE = "fonts-dejavu-core"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADER_Y = PAGE_HEIGHT - 13 * mm
FOOTER_Y = 11 * mm

BODY_SIZE = 10.5
BODY_LEADING = 14.2
TABLE_SIZE = 8.8
TABLE_LEADING = 11.2
FURNITURE_SIZE = 8.5
HYPHENATION_LANG = "en_GB"
HYPHENATION_MIN_WORD = 11  # only long words are ever split at a line end

NUMBERING_SCHEMES = ("paragraphs", "sections", "headings", "none")
TITLE_FORMS = ("plain", "label", "report")
BLOCK_TYPES = ("heading", "subheading", "para", "text", "bullets", "lettered", "table", "signature")
HEADER_GREY = colors.Color(0.85, 0.85, 0.85)


class PaperError(ValueError):
    """A YAML paper description is malformed."""


class SetupError(RuntimeError):
    """A runtime dependency (font or library) is missing."""


# --------------------------------------------------------------------------- #
# Fonts and styles
# --------------------------------------------------------------------------- #


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) or fail with a clear message."""
    missing = [name for name in FONT_FILES.values() if not (FONT_DIR / name).is_file()]
    if missing:
        raise SetupError(
            f"DejaVu Sans font files not found in {FONT_DIR}/ ({', '.join(missing)}); "
            f"install the Debian package {FONT_PACKAGE} (apt-get install {FONT_PACKAGE})"
        )
    for font_name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(font_name, str(FONT_DIR / file_name)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def make_hyphenator() -> Callable[[str], list[tuple[str, str]]]:
    """A ReportLab hyphenation callback: ``word -> [(head, tail), ...]``.

    Uses pyphen's British English patterns, but leaves alone words that already
    contain a hyphen or anything other than letters (``non-emergency``, ``FY2019/20``),
    and keeps at least three letters on each side of the break.
    """
    try:
        import pyphen
    except ImportError as exc:
        raise SetupError(
            "pyphen is required for papers with 'layout.hyphenate: true' (pip install pyphen)"
        ) from exc
    dictionary = pyphen.Pyphen(lang=HYPHENATION_LANG, left=3, right=3)

    def hyphenate(word: str) -> list[tuple[str, str]]:
        if not word.isalpha():
            return []
        return list(dictionary.iterate(word))

    return hyphenate


@dataclass(frozen=True)
class Layout:
    """Per-paper layout options taken from the ``layout`` mapping."""

    numbering: str = "paragraphs"
    align: str = "left"
    hyphenate: bool = False
    header: dict[str, str] = field(default_factory=dict)
    footer: dict[str, str] = field(default_factory=dict)

    @property
    def number_width(self) -> float:
        """Width of the hanging number column ("12." or "4.12")."""
        return 12 * mm if self.numbering == "sections" else 10 * mm

    @property
    def text_indent(self) -> float:
        """Left edge of running text (aligned with numbered paragraph text)."""
        return self.number_width if self.numbering in ("paragraphs", "sections") else 0.0


def make_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    """Build the paragraph styles for one paper."""
    body_align = TA_JUSTIFY if layout.align == "justify" else TA_LEFT
    hyphenation: dict[str, Any] = {}
    if layout.hyphenate:
        hyphenation = {
            "hyphenationLang": make_hyphenator(),
            "hyphenationMinWordLength": HYPHENATION_MIN_WORD,
        }
    base = ParagraphStyle(
        "base",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        bulletFontName=REGULAR,
        bulletFontSize=BODY_SIZE,
        allowWidows=0,
        allowOrphans=0,
    )
    indent = layout.text_indent
    body = ParagraphStyle("body", base, alignment=body_align, spaceAfter=7, **hyphenation)
    styles = {
        "body": ParagraphStyle("text", body, leftIndent=indent),
        "numbered": ParagraphStyle("numbered", body, leftIndent=layout.number_width, bulletIndent=0),
        "bullet": ParagraphStyle(
            "bullet", body, leftIndent=indent + 10 * mm, bulletIndent=indent + 4 * mm, spaceAfter=4
        ),
        "lettered": ParagraphStyle(
            "lettered", body, leftIndent=indent + 9 * mm, bulletIndent=indent + 1 * mm, spaceAfter=5
        ),
        "heading": ParagraphStyle(
            "heading", base, fontName=BOLD, spaceBefore=8, spaceAfter=7, keepWithNext=1,
            leftIndent=0, bulletFontName=BOLD,
        ),
        "heading_numbered": ParagraphStyle(
            "heading_numbered", base, fontName=BOLD, spaceBefore=8, spaceAfter=7, keepWithNext=1,
            leftIndent=layout.number_width, bulletIndent=0, bulletFontName=BOLD,
        ),
        "subheading": ParagraphStyle(
            "subheading", base, fontName=BOLD, leftIndent=indent, spaceBefore=4, spaceAfter=6,
            keepWithNext=1,
        ),
        "caption": ParagraphStyle("caption", base, fontName=BOLD, spaceBefore=4, spaceAfter=5),
        "signature": ParagraphStyle("signature", base, spaceAfter=0),
        "cover_board": ParagraphStyle("cover_board", base, fontName=BOLD, fontSize=12.5, leading=16),
        "cover_line": ParagraphStyle("cover_line", base, fontSize=11, leading=15),
        "cover_title": ParagraphStyle(
            "cover_title", base, fontName=BOLD, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4
        ),
        "cover_presenter": ParagraphStyle("cover_presenter", base, fontSize=11, leading=15),
    }
    for alignment, code in (("left", TA_LEFT), ("center", TA_CENTER), ("right", TA_RIGHT)):
        cell = ParagraphStyle(f"cell_{alignment}", base, fontSize=TABLE_SIZE, leading=TABLE_LEADING,
                              alignment=code)
        styles[f"cell_{alignment}"] = cell
        styles[f"head_{alignment}"] = ParagraphStyle(f"head_{alignment}", cell, fontName=BOLD)
    return styles


def markup(text: str) -> str:
    """Escape XML specials and turn ``**bold**`` into ReportLab ``<b>`` tags."""
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(text))


# --------------------------------------------------------------------------- #
# Paper model
# --------------------------------------------------------------------------- #


@dataclass
class Paper:
    """One board paper as read from YAML."""

    source: Path
    meeting_date: str
    cover: dict[str, Any]
    layout: Layout
    content: list[dict[str, Any]]

    @property
    def stem(self) -> str:
        return self.source.stem

    @classmethod
    def load(cls, path: Path) -> Paper:
        # BaseLoader keeps every scalar as the exact string written ("2.10", "01/04/2019").
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        if not isinstance(data, dict):
            raise PaperError(f"{path}: top level must be a mapping")
        for key in ("meeting_date", "cover", "layout", "content"):
            if key not in data:
                raise PaperError(f"{path}: missing top-level key '{key}'")
        raw_layout = data["layout"]
        layout = Layout(
            numbering=raw_layout.get("numbering", "paragraphs"),
            align=raw_layout.get("align", "left"),
            hyphenate=raw_layout.get("hyphenate", "false").lower() == "true",
            header=dict(raw_layout.get("header", {})),
            footer=dict(raw_layout.get("footer", {})),
        )
        if layout.numbering not in NUMBERING_SCHEMES:
            raise PaperError(f"{path}: layout.numbering must be one of {NUMBERING_SCHEMES}")
        if layout.align not in ("left", "justify"):
            raise PaperError(f"{path}: layout.align must be 'left' or 'justify'")
        cover = data["cover"]
        for key in ("board", "date", "title"):
            if key not in cover:
                raise PaperError(f"{path}: cover.{key} is required")
        if cover.get("title_form", "plain") not in TITLE_FORMS:
            raise PaperError(f"{path}: cover.title_form must be one of {TITLE_FORMS}")
        content = data["content"]
        for index, block in enumerate(content, start=1):
            if not isinstance(block, dict) or len(block) != 1 or next(iter(block)) not in BLOCK_TYPES:
                raise PaperError(
                    f"{path}: content block {index} must have exactly one key from {BLOCK_TYPES}"
                )
        return cls(path, data["meeting_date"], cover, layout, content)


class Numbering:
    """Produces paragraph and heading numbers for a numbering scheme.

    * ``paragraphs``: paragraphs 1., 2., 3. ... run through the paper; headings unnumbered.
    * ``sections``: headings 1., 2. ...; paragraphs 1.1, 1.2, 2.1 ... within them.
    * ``headings``: headings 1., 2. ...; paragraphs unnumbered.
    * ``none``: nothing is numbered.
    """

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme
        self.section = 0
        self.paragraph = 0

    def heading(self) -> str | None:
        if self.scheme in ("sections", "headings"):
            self.section += 1
            self.paragraph = 0
            return f"{self.section}."
        return None

    def para(self) -> str | None:
        if self.scheme == "paragraphs":
            self.paragraph += 1
            return f"{self.paragraph}."
        if self.scheme == "sections":
            self.paragraph += 1
            return f"{self.section}.{self.paragraph}"
        return None


# --------------------------------------------------------------------------- #
# Flowables
# --------------------------------------------------------------------------- #


def cover_flowables(cover: dict[str, Any], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The cover block printed at the top of page 1."""
    story: list[Flowable] = [
        Paragraph(markup(cover["board"]), styles["cover_board"]),
        Paragraph(markup(cover["date"]), styles["cover_board"]),
    ]
    lines = cover.get("lines", [])
    if lines:
        story.append(Spacer(1, 3 * mm))
        story.extend(Paragraph(markup(line), styles["cover_line"]) for line in lines)
    form = cover.get("title_form", "plain")
    title = markup(cover["title"])
    if form == "label":
        title = f"Title: {title}"
    story.append(Paragraph(title, styles["cover_title"]))
    if "presenter" in cover:
        label = cover.get("presenter_label", "Presented by")
        story.append(Paragraph(f"<b>{escape(label)}:</b> {markup(cover['presenter'])}",
                               styles["cover_presenter"]))
    story.append(Spacer(1, 7 * mm))
    return story


def table_flowables(spec: dict[str, Any], styles: dict[str, ParagraphStyle], where: str) -> list[Flowable]:
    """A captioned table; ``style: grid`` is ruled, ``style: plain`` has no lines."""
    header: list[list[str]] = spec.get("header", [])
    rows: list[list[str]] = spec.get("rows", [])
    if not rows:
        raise PaperError(f"{where}: table has no rows")
    columns = len((header or rows)[0])
    for row in header + rows:
        if len(row) != columns:
            raise PaperError(f"{where}: table row {row!r} has {len(row)} cells, expected {columns}")
    weights = [float(w) for w in spec.get("widths", ["1"] * columns)]
    aligns = spec.get("align", ["left"] * columns)
    if len(weights) != columns or len(aligns) != columns:
        raise PaperError(f"{where}: widths/align must give one entry per column ({columns})")
    scale = float(spec.get("width", "1")) * FRAME_WIDTH / sum(weights)
    col_widths = [w * scale for w in weights]

    def cells(row: list[str], prefix: str) -> list[Paragraph]:
        return [Paragraph(markup(text), styles[f"{prefix}_{align}"]) for text, align in zip(row, aligns, strict=True)]

    spans = [tuple(int(v) for v in span) for span in spec.get("spans", [])]
    data = [cells(row, "head") for row in header] + [cells(row, "cell") for row in rows]
    for c0, r0, c1, _ in spans:
        if r0 < len(header) and c1 > c0:  # a header cell spanning columns is centred
            data[r0][c0] = Paragraph(markup(header[r0][c0]), styles["head_center"])
    table = Table(data, colWidths=col_widths, repeatRows=len(header), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    style = spec.get("style", "grid")
    if style == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, len(header) - 1), HEADER_GREY))
    elif style != "plain":
        raise PaperError(f"{where}: table style must be 'grid' or 'plain'")
    for c0, r0, c1, r1 in spans:
        commands.append(("SPAN", (c0, r0), (c1, r1)))
    table.setStyle(TableStyle(commands))

    caption = Paragraph(markup(spec["caption"]), styles["caption"])
    after = Spacer(1, 5 * mm)
    if spec.get("allow_split", "false").lower() != "true":
        return [KeepTogether([caption, table]), after]
    # A long table may run over a page break (the header rows repeat), but never
    # leave its caption stranded: start a new page unless the caption, the header
    # and two body rows fit.
    table.wrap(FRAME_WIDTH, PAGE_HEIGHT)
    keep = len(header) + min(2, len(rows))
    needed = caption.wrap(FRAME_WIDTH, PAGE_HEIGHT)[1] + caption.style.spaceBefore \
        + caption.style.spaceAfter + sum(table._rowHeights[:keep])
    return [CondPageBreak(needed), caption, table, after]


def build_story(paper: Paper) -> list[Flowable]:
    """Turn a paper's cover and content blocks into ReportLab flowables."""
    styles = make_styles(paper.layout)
    numbering = Numbering(paper.layout.numbering)
    story = cover_flowables(paper.cover, styles)
    for index, block in enumerate(paper.content, start=1):
        kind, value = next(iter(block.items()))
        where = f"{paper.source.name}: block {index} ({kind})"
        if kind == "heading":
            number = numbering.heading()
            if number:
                story.append(Paragraph(markup(value), styles["heading_numbered"], bulletText=number))
            else:
                story.append(Paragraph(markup(value), styles["heading"]))
        elif kind == "subheading":
            story.append(Paragraph(markup(value), styles["subheading"]))
        elif kind == "para":
            number = numbering.para()
            if number:
                story.append(Paragraph(markup(value), styles["numbered"], bulletText=number))
            else:
                story.append(Paragraph(markup(value), styles["body"]))
        elif kind == "text":
            story.append(Paragraph(markup(value), styles["body"]))
        elif kind == "bullets":
            story.extend(Paragraph(markup(item), styles["bullet"], bulletText="•") for item in value)
            story.append(Spacer(1, 3))
        elif kind == "lettered":
            story.extend(
                Paragraph(markup(item), styles["lettered"], bulletText=f"{letter})")
                for letter, item in zip("abcdefghijklmnopqrstuvwxyz", value, strict=False)
            )
            story.append(Spacer(1, 2))
        elif kind == "table":
            story.extend(table_flowables(value, styles, where))
        elif kind == "signature":
            story.append(Spacer(1, 6 * mm))
            story.extend(Paragraph(markup(line), styles["signature"]) for line in value)
    return story


# --------------------------------------------------------------------------- #
# Page furniture and document assembly
# --------------------------------------------------------------------------- #


def draw_text(canvas: Canvas, text: str, x: float, y: float, anchor: str) -> None:
    """Draw one line of header/footer text; ``**text**`` selects the bold face."""
    bold = text.startswith("**") and text.endswith("**")
    canvas.setFont(BOLD if bold else REGULAR, FURNITURE_SIZE)
    text = text.strip("*") if bold else text
    draw: dict[str, Callable[[float, float, str], None]] = {
        "left": canvas.drawString,
        "centre": canvas.drawCentredString,
        "right": canvas.drawRightString,
    }
    draw[anchor](x, y, text)


def page_furniture(layout: Layout, total_pages: int | None) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Return an onPage callback drawing the running header and "Page N of M" footer."""
    positions = {"left": MARGIN_X, "centre": PAGE_WIDTH / 2, "right": PAGE_WIDTH - MARGIN_X}

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        for anchor, text in layout.header.items():
            draw_text(canvas, text, positions[anchor], HEADER_Y, anchor)
        for anchor, text in layout.footer.items():
            draw_text(canvas, text, positions[anchor], FOOTER_Y, anchor)
        total = total_pages if total_pages is not None else 0
        draw_text(canvas, f"Page {doc.page} of {total}", positions["centre"], FOOTER_Y, "centre")
        canvas.restoreState()

    return on_page


def build_pdf(paper: Paper, total_pages: int | None) -> tuple[bytes, int]:
    """Lay out the paper once; returns the PDF bytes and its page count."""
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=paper.cover["title"],
        author="Office of the Police and Crime Commissioner for Northmoor (fictional sample)",
        subject=f"{paper.cover['board']} – {paper.cover['date']}",
        creator="boardkb samples-src/render.py",
        invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_furniture(paper.layout, total_pages))])
    doc.build(build_story(paper))
    return buffer.getvalue(), doc.page


def render(paper: Paper, out_dir: Path) -> tuple[Path, int]:
    """Render a paper to ``out_dir/<stem>.pdf`` and return the path and page count.

    The page count for "Page N of M" is found with a first layout pass; the
    footer does not affect layout, so the second pass has the same pages.
    """
    _, pages = build_pdf(paper, None)
    pdf, pages_again = build_pdf(paper, pages)
    if pages_again != pages:
        raise RuntimeError(f"{paper.stem}: page count changed between passes")
    out_path = out_dir / f"{paper.stem}.pdf"
    out_path.write_bytes(pdf)
    return out_path, pages


def iter_sources(paths: list[str]) -> Iterator[Path]:
    """The YAML files named on the command line, or every samples-src/*.yml."""
    if paths:
        yield from (Path(p) for p in paths)
    else:
        yield from sorted(SRC_DIR.glob("*.yml"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", help="YAML files to render (default: samples-src/*.yml)")
    args = parser.parse_args(argv)
    try:
        register_fonts()
        papers = [Paper.load(path) for path in iter_sources(args.sources)]
        if any(paper.layout.hyphenate for paper in papers):
            make_hyphenator()  # fail early if pyphen is missing
        if not papers:
            raise PaperError(f"no YAML papers found in {SRC_DIR}")
        for paper in papers:
            out_path, pages = render(paper, SAMPLES_DIR)
            print(f"wrote {out_path.relative_to(SAMPLES_DIR.parent)} ({pages} pages)")
    except (SetupError, PaperError, OSError, yaml.YAMLError) as exc:
        print(f"render.py: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
