"""HTML to blocks: whole ``.html`` papers and the HTML fragments (``<p>``, ``<ul>``, ``<table>``)
that PDF-to-text converters leave in ``.txt``/``.md`` papers.

Uses the standard library's forgiving ``html.parser``: malformed markup degrades to text, and
``<script>``/``<style>`` content is dropped, never executed or indexed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .blocks import Block
from .records import Table

_BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "footer", "blockquote", "pre", "address",
    "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "caption", "main", "nav", "aside",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe"}
_BOLD = {"b", "strong"}
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._buf: list[str] = []
        self._skip = 0
        self._bold = 0
        self._bold_chars = 0
        self._heading = False
        self._li = 0
        self._in_li_item = False
        # table state: a stack, since tables nest in the wild
        self._tables: list[dict] = []
        self.title: str | None = None
        self._in_title = False

    # -- text buffer -------------------------------------------------------------------
    def _flush(self) -> None:
        text = clean("".join(self._buf))
        self._buf = []
        bold = self._bold_chars >= max(1, len(text) * 0.8)
        self._bold_chars = 0
        if not text:
            return
        if self._tables:
            cell = self._tables[-1]["cell"]
            if cell is not None:
                cell.append(text)
            return
        self.blocks.append(
            Block(text=text, bold=bold, list_item=self._in_li_item, heading=self._heading)
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
            if tag == "title":
                self._in_title = True
            return
        if tag in _BOLD:
            self._bold += 1
        elif tag == "br":
            if self._tables and self._tables[-1]["cell"] is not None:
                self._flush()
            else:
                self._buf.append(" ")
        elif tag in _HEADINGS:
            self._flush()
            self._heading = True
        elif tag == "li":
            self._flush()
            self._li += 1
            self._in_li_item = True
        elif tag == "table":
            self._flush()
            self._tables.append({"rows": [], "row": None, "cell": None, "header": 0})
        elif tag == "tr" and self._tables:
            self._flush()
            t = self._tables[-1]
            t["row"] = []
            t["rows"].append(t["row"])
            t["th_only"] = True
        elif tag in ("td", "th") and self._tables:
            self._flush()
            t = self._tables[-1]
            if t["row"] is None:
                t["row"] = []
                t["rows"].append(t["row"])
                t["th_only"] = True
            t["cell"] = []
            t["row"].append(t["cell"])
            if tag == "td":
                t["th_only"] = False
            span = dict(attrs).get("colspan")
            t.setdefault("spans", {})[id(t["cell"])] = int(span) if span and span.isdigit() else 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            self._in_title = False
            return
        if tag in _BOLD:
            self._bold = max(0, self._bold - 1)
        elif tag in _HEADINGS:
            self._flush()
            self._heading = False
        elif tag == "li":
            self._flush()
            self._li = max(0, self._li - 1)
            self._in_li_item = self._li > 0
        elif tag in ("td", "th") and self._tables:
            self._flush()
            self._tables[-1]["cell"] = None
        elif tag == "tr" and self._tables:
            self._flush()
            t = self._tables[-1]
            if t.get("th_only") and t["row"] and len(t["rows"]) == t["header"] + 1:
                t["header"] += 1
            t["row"] = None
        elif tag == "table" and self._tables:
            self._flush()
            self._close_table()
        elif tag in _BLOCK_TAGS:
            self._flush()

    def _close_table(self) -> None:
        t = self._tables.pop()
        spans = t.get("spans", {})
        rows: list[list[str]] = []
        for row in t["rows"]:
            cells: list[str] = []
            for cell in row:
                cells.append("\n".join(cell))
                cells.extend([""] * (spans.get(id(cell), 1) - 1))
            if any(c.strip() for c in cells):
                rows.append(cells)
        if not rows:
            return
        table = Table(rows=rows, header_rows=t["header"], source="html")
        if self._tables:  # a table inside a cell: keep its text in that cell
            cell = self._tables[-1]["cell"]
            if cell is not None:
                cell.extend(" | ".join(r) for r in rows)
            return
        self.blocks.append(Block(text="", table=table))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = clean((self.title or "") + " " + data)
            return
        if self._skip:
            return
        self._buf.append(data)
        if self._bold:
            self._bold_chars += len(data.strip())

    def close(self) -> None:
        super().close()
        while self._tables:
            self._close_table()
        self._flush()


def blocks_from_html(markup: str) -> list[Block]:
    """Parse an HTML document or fragment into blocks in reading order."""
    parser = _BlockParser()
    parser.feed(markup)
    parser.close()
    return parser.blocks


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per paragraph or list item."""
    if "<" not in fragment and "&" not in fragment:
        return clean(fragment)
    lines = []
    for block in blocks_from_html(fragment):
        if block.table is not None:
            lines.extend(" | ".join(row) for row in block.table.rows)
        else:
            lines.append(("- " if block.list_item else "") + block.text)
    return "\n".join(lines)


def looks_like_html(text: str) -> bool:
    """True when a line of text carries HTML markup rather than a literal ``<``."""
    return bool(re.search(r"</?(p|ul|ol|li|table|tr|td|th|br|div|span|b|strong|em|i)\b[^>]*>", text, re.I))

