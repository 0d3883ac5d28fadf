"""Why a file could not be ingested. Each class's docstring is the reason shown to the user."""

from __future__ import annotations


class IngestError(Exception):
    """The file could not be read."""

    hint = "check the file and try again"

    def __init__(self, path: str, detail: str | None = None):
        self.path = path
        self.detail = detail
        super().__init__(self.message)

    @property
    def reason(self) -> str:
        reason = (self.__doc__ or "").strip().rstrip(".")
        return f"{reason}: {self.detail}" if self.detail else reason

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason} ({self.hint})"


class EmptyFile(IngestError):
    """The file is empty (0 bytes)."""

    hint = "re-download or re-export it"


class UnsupportedFormat(IngestError):
    """Not a supported format (PDF, .txt, .md, .html)."""

    hint = "convert it to PDF, text or HTML"


class EncryptedPDF(IngestError):
    """The PDF is encrypted or password-protected."""

    hint = "save an unencrypted copy and ingest that"


class CorruptPDF(IngestError):
    """The PDF is damaged and cannot be parsed."""

    hint = "re-export or re-download the PDF"


class NoTextLayer(IngestError):
    """The PDF has no text layer (a scanned image?)."""

    hint = "run OCR on it first, for example with ocrmypdf"


class NoPages(IngestError):
    """The PDF has no pages."""

    hint = "re-export the PDF"


class NoText(IngestError):
    """The file contains no readable text."""

    hint = "check that it is a board paper and not an empty export"


class BinaryText(IngestError):
    """The text file holds binary data, not text."""

    hint = "check that it is a text export of the paper, not a renamed PDF, Word or image file"


class TooSlow(IngestError):
    """Parsing and extraction took longer than the time limit."""

    hint = "raise the limit with --timeout if the paper is just long, or check the file is not damaged"


class ParserDied(IngestError):
    """The parser process stopped before finishing this file."""

    hint = "check the file is not damaged; the rest of the batch went on"
