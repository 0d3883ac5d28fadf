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


class DateFinder:
    """Finds date expressions and resolves them against ``doc._.meeting``."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for found in find_dates(doc.text, doc._.meeting):
            span = doc.char_span(found.start, found.end, label=found.precision, alignment_mode="expand")
            if span is not None:
                span._.date = found
                spans.append(span)
        doc.spans["dates"] = spans
        return doc


class QuantityFinder:
    """Finds quantities (value and unit), skipping the dates already found."""

    def __call__(self, doc: Doc) -> Doc:
        skip = [(s._.date.start, s._.date.end) for s in doc.spans.get("dates", []) if s._.date]
        spans = []
        for found in find_quantities(doc.text, skip=skip):
            span = doc.char_span(found.start, found.end, label=found.unit, alignment_mode="expand")
            if span is not None:
                span._.quantity = found
                spans.append(span)
        doc.spans["quantities"] = spans
        return doc


@Language.factory("boardkb_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


@Language.factory("boardkb_quantities", requires=["doc.spans"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()
