"""spaCy pipeline components for boardkb, registered as factories.

- ``boardkb_dates``: date expressions (``doc.spans["dates"]``), resolved against the paper's
  meeting date, which the caller sets on ``doc._.meeting`` before the pipeline runs.
- ``boardkb_quantities``: numbers with units (``doc.spans["quantities"]``), dates left alone.

Each span carries its record (``span._.date`` / ``span._.quantity``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .dates import find_dates
from .quantities import find_quantities

for _name, _cls in (("meeting", Doc), ("date", Span), ("quantity", Span)):
    if not _cls.has_extension(_name):
        _cls.set_extension(_name, default=None)


def _spans(doc: Doc, records: list, label: str, attribute: str) -> list[Span]:
    """Spans over the records' character offsets, labelled and carrying their record."""
    spans = []
    for record in records:
        span = doc.char_span(record.start, record.end, label=getattr(record, label), alignment_mode="expand")
        if span is not None:
            span._.set(attribute, record)
            spans.append(span)
    return spans


class DateFinder:
    """Finds date expressions and resolves them against ``doc._.meeting``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["dates"] = _spans(doc, find_dates(doc.text, doc._.meeting), "precision", "date")
        return doc


class QuantityFinder:
    """Finds quantities (value and unit), skipping the dates already found."""

    def __call__(self, doc: Doc) -> Doc:
        skip = [(s._.date.start, s._.date.end) for s in doc.spans.get("dates", []) if s._.date]
        doc.spans["quantities"] = _spans(doc, find_quantities(doc.text, skip=skip), "unit", "quantity")
        return doc


@Language.factory("boardkb_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


@Language.factory("boardkb_quantities", requires=["doc.spans"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()
