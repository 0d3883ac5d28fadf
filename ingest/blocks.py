"""The intermediate form every reader produces: blocks of text in reading order.

A reader (``text``, ``html``, ``pdf``) knows its format; ``structure`` turns blocks into passages
without knowing where they came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import Table


@dataclass
class Block:
    """A run of text the source shows as one unit (a line of a text file, a PDF paragraph),
    or a whole table."""

    text: str
    page: int | None = None
    bold: bool = False
    list_item: bool = False  # the source marks it as a list item (<li>, a bullet glyph)
    heading: bool = False  # the source marks it as a heading (<h2>, a larger font)
    table: Table | None = None
    bbox: tuple[float, float, float, float] | None = None
    running: bool = False  # a running header: read for the cover, not a passage
