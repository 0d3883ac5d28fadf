"""The ingest job: find papers, skip the unchanged, parse the rest (in parallel), and store
each one atomically with a single writer. Wires ``boardkb.ingest`` to ``boardkb.db``."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from .db import store
from .extract.records import Extraction
from .ingest import Document, IngestError, count_other_files, file_sha256, find_papers, read_paper


@dataclass
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return self.reason


@dataclass
class IngestReport:
    """What an ingest run did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    other_files: int = 0  # files in the folders that are not papers (not PDF, text or HTML)
    failures: list[Failure] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        rate = f", {self.pages / self.seconds:.1f} pages/s" if self.pages and self.seconds else ""
        return (
            f"{self.added} added, {self.replaced} replaced, {self.unchanged} skipped as unchanged, "
            f"{self.failed} failed ({self.pages} pages parsed in {self.seconds:.1f}s{rate})"
            + (f"; {self.other_files} other files in the folders passed over" if self.other_files else "")
        )


@dataclass
class _Job:
    path: Path
    sha256: str
    replace_id: int | None
    size: int
    mtime_ns: int


def _parse(job: _Job) -> tuple[Document, Extraction] | IngestError:
    """Parse and extract in a worker; failures come back as values so one bad file never stops
    the batch."""
    from .extract.pipeline import extract_document  # spaCy loads only when there is work

    try:
        doc = read_paper(job.path, sha256=job.sha256)
        return doc, extract_document(doc)
    except IngestError as e:
        return e
    except (RecursionError, MemoryError, OSError, ValueError, KeyError, IndexError, TypeError,
            AttributeError, AssertionError, ZeroDivisionError, OverflowError, UnicodeError) as e:
        # pdfminer raises assorted errors on damaged files: report them as a parse failure.
        return IngestError(str(job.path), f"could not be parsed ({type(e).__name__}: {e})"[:200])


def ingest_paths(
    db: Database,
    paths: Iterable[Path],
    *,
    jobs: int | None = None,
    on_error: Callable[[Failure], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    total_callback: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every paper under ``paths`` into ``db``.

    ``on_error`` is called with each failure as it happens, ``progress`` with (files done,
    pages) after each file; ``total_callback`` once with the number of files to parse.
    """
    start = time.perf_counter()
    report = IngestReport()
    known = store.known_documents(db)
    todo: list[_Job] = []
    paths = list(paths)
    report.other_files = count_other_files(paths)
    for path in find_papers(paths):
        resolved = path.resolve()
        key = str(resolved)
        try:
            stat = resolved.stat()
        except OSError as e:
            _fail(report, on_error, IngestError(str(path), e.strerror))
            continue
        existing = known.get(key)
        if existing and existing.size_bytes == stat.st_size and existing.mtime_ns == stat.st_mtime_ns:
            report.unchanged += 1
            continue
        sha = file_sha256(resolved) if stat.st_size else ""
        if existing and existing.sha256 == sha:
            report.unchanged += 1
            continue
        if existing is None and sha:
            same = store.document_with_sha(db, sha)
            if same is not None:
                if not Path(same["source_path"]).exists():
                    store.move_document(db, same["id"], key, resolved.name)
                report.unchanged += 1
                continue
        todo.append(_Job(resolved, sha, existing.id if existing else None, stat.st_size,
                         stat.st_mtime_ns))
    if total_callback:
        total_callback(len(todo))
    for job, result in _run(todo, jobs):
        if isinstance(result, IngestError):
            _fail(report, on_error, result)
        else:
            result, facts = result
            store.save_document(db, result, file_name=job.path.name, size_bytes=job.size,
                                mtime_ns=job.mtime_ns, replace_id=job.replace_id, facts=facts)
            if job.replace_id is None:
                report.added += 1
            else:
                report.replaced += 1
            report.pages += result.pages or 0
        if progress:
            progress(1, (result.pages or 0) if isinstance(result, Document) else 0)
    report.seconds = time.perf_counter() - start
    return report


def _fail(report: IngestReport, on_error: Callable[[Failure], None] | None, error: IngestError) -> None:
    failure = Failure(error.path, error.message)
    report.failures.append(failure)
    if on_error:
        on_error(failure)


def _run(todo: list[_Job], jobs: int | None) -> Iterator[tuple[_Job, tuple[Document, Extraction] | IngestError]]:
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(todo) <= 1:
        for job in todo:
            yield job, _parse(job)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo))) as pool:
        yield from zip(todo, pool.map(_parse, todo, chunksize=1), strict=True)
