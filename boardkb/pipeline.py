"""The ingest job: find papers, skip the unchanged, parse the rest (in parallel), and store
each one atomically with a single writer. Wires ``boardkb.ingest`` to ``boardkb.db``."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from sqlite_utils import Database

from .db import store
from .extract.records import Extraction
from .ingest import Document, IngestError, count_other_files, file_sha256, find_papers
from .ingest.errors import ParserDied, TooSlow
from .ingest.paper import read_papers

#: Default time limit for parsing and extracting one file, in seconds.
DEFAULT_TIMEOUT = 120.0
#: Parsed files waiting for an earlier one to be stored are kept pickled; above this many bytes
#: of them no new file is started, so the parent's memory does not grow with the corpus.
WAITING_BYTES = 64 * 2**20
#: A worker whose resident memory is above this after a file is closed and a fresh one forked,
#: so what a worker keeps from file to file (spaCy's strings, a fragmented heap) cannot build up.
RECYCLE_RSS = 200 * 2**20


@dataclass
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return self.reason


@dataclass
class IngestReport:
    """What an ingest run did, counted in files (``items``: the agenda items stored from the
    agenda packs among them, each a paper of its own)."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    other_files: int = 0  # files in the folders that are not papers (not PDF, text or HTML)
    failures: list[Failure] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0
    packs: int = 0
    items: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        rate = f", {self.pages / self.seconds:.1f} pages/s" if self.pages and self.seconds else ""
        return (
            f"{self.added} added, {self.replaced} replaced, {self.unchanged} skipped as unchanged, "
            f"{self.failed} failed ({self.pages} pages parsed in {self.seconds:.1f}s{rate})"
            + (f"; {self.packs} agenda pack(s) stored as {self.items} agenda item(s)" if self.packs else "")
            + (f"; {self.other_files} other files in the folders passed over" if self.other_files else "")
        )


@dataclass
class _Job:
    path: Path
    sha256: str
    replace: dict[str | None, int]  # the file's stored documents by agenda item number (store.Known)
    size: int
    mtime_ns: int


#: A parsed file: its papers (one, or one per agenda item of a pack), each with its facts.
Parsed = list[tuple[Document, Extraction]]


def _parse(job: _Job) -> Parsed | IngestError:
    """Parse and extract in a worker; failures come back as values so one bad file never stops
    the batch."""
    from .extract.extractor import extract_document  # spaCy loads only when there is work

    try:
        return [(doc, extract_document(doc)) for doc in read_papers(job.path, sha256=job.sha256)]
    except IngestError as e:
        return e
    except (RecursionError, MemoryError, OSError, ValueError, KeyError, IndexError, TypeError,
            AttributeError, AssertionError, ZeroDivisionError, OverflowError, UnicodeError) as e:
        # The PDF libraries' errors are IngestErrors already (ingest/pdf.py): anything else is a bug
        # of boardkb's, named as one so that users report it; the batch goes on, the exit status is 1.
        return IngestError(str(job.path), f"internal error in boardkb ({type(e).__name__}: {e}); please "
                                          "report it with this file"[:300])


def ingest_paths(
    db: Database,
    paths: Iterable[Path],
    *,
    jobs: int | None = None,
    on_error: Callable[[Failure], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    total_callback: Callable[[int], None] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> IngestReport:
    """Ingest every paper under ``paths`` into ``db``.

    ``on_error`` is called with each failure as it happens, ``progress`` with (files done,
    pages) after each file; ``total_callback`` once with the number of files to parse. A file
    whose parsing and extraction take longer than ``timeout`` seconds (None or 0: no limit) has
    its worker process killed and is reported as a failure; nothing of it is stored.
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
        todo.append(_Job(resolved, sha, dict(existing.ids) if existing else {}, stat.st_size,
                         stat.st_mtime_ns))
    if total_callback:
        total_callback(len(todo))
    for job, result in _run(todo, jobs, timeout):
        pages = 0
        if isinstance(result, IngestError):
            _fail(report, on_error, result)
        else:
            store.save_papers(db, list(result), file_name=job.path.name, size_bytes=job.size,
                              mtime_ns=job.mtime_ns, replace=job.replace)
            pages = _count(report, job, result)
        del result  # stored: nothing of the file is held while the next one is parsed
        if progress:
            progress(1, pages)
    report.seconds = time.perf_counter() - start
    return report


def _count(report: IngestReport, job: _Job, papers: Parsed) -> int:
    """Count a stored file in the report; returns its pages (a pack's: to its last item's)."""
    if job.replace:
        report.replaced += 1
    else:
        report.added += 1
    items = [doc for doc, _facts in papers if doc.item_no is not None]
    if items:
        report.packs += 1
        report.items += len(items)
    pages = max((doc.pack_last_page or doc.pages or 0 for doc, _facts in papers), default=0)
    report.pages += pages
    return pages


def _fail(report: IngestReport, on_error: Callable[[Failure], None] | None, error: IngestError) -> None:
    failure = Failure(error.path, error.message)
    report.failures.append(failure)
    if on_error:
        on_error(failure)


def _run(todo: list[_Job], jobs: int | None,
         timeout: float | None) -> Iterator[tuple[_Job, Parsed | IngestError]]:
    """Each job with its result, in the order of ``todo``. Without a time limit one job runs in
    this process; otherwise every file is parsed in a worker process that can be killed."""
    jobs = min(jobs or os.cpu_count() or 1, max(len(todo), 1))
    if not todo:
        return
    if jobs <= 1 and not timeout:
        for job in todo:
            yield job, _parse(job)
        return
    workers = _Workers(jobs, timeout or None)
    try:
        yield from workers.run(todo)
    finally:
        workers.close()


def _serve(conn: Connection) -> None:
    """A worker process: parse the jobs it is sent until it is sent None."""
    try:
        while (job := conn.recv()) is not None:
            conn.send(_parse(job))
    except (EOFError, OSError, KeyboardInterrupt):
        return


@dataclass
class _Task:
    index: int
    job: _Job
    deadline: float | None


class _Worker:
    """One parser process and its end of a pipe."""

    def __init__(self, context) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def kill(self) -> int | None:
        """Stop the process now (it may be stuck in C code); returns its exit code."""
        self.process.kill()
        self.process.join()
        self.conn.close()
        return self.process.exitcode

    def rss(self) -> int:
        """The process's resident memory in bytes (0 where /proc cannot tell)."""
        try:
            with open(f"/proc/{self.process.pid}/statm", "rb") as f:
                return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0

    def close(self) -> None:
        try:
            self.conn.send(None)  # the worker returns
        except OSError:
            pass
        self.process.join(timeout=5)
        self.conn.close()
        if self.process.is_alive():
            self.kill()


class _Workers:
    """Up to ``n`` parser processes, each given one file at a time. A file still running at its
    deadline has its process killed (so a stuck parser really stops) and a fresh one takes over."""

    def __init__(self, n: int, timeout: float | None) -> None:
        from .extract.extractor import load_pipeline

        load_pipeline()  # loaded once here, inherited by every forked worker
        self.context = multiprocessing.get_context("fork")
        self.n, self.timeout = n, timeout
        self.idle: list[_Worker] = []
        self.busy: dict[Connection, tuple[_Worker, _Task]] = {}
        self.waiting = 0  # bytes of pickled results waiting for an earlier file

    def run(self, todo: list[_Job]) -> Iterator[tuple[_Job, Parsed | IngestError]]:
        """Results in the order of ``todo``. A result that arrives before an earlier one is kept
        as the pickled bytes the worker sent until its turn. A worker that finishes while the
        parent stores a file is given its next file before the following one is stored."""
        pending = iter(enumerate(todo))
        done: dict[int, bytes | IngestError] = {}
        next_out = 0
        self.waiting = 0
        self._start(pending)
        while self.busy:
            self._gather(done, block=True)
            self._start(pending)
            while next_out in done:
                result = done.pop(next_out)
                if isinstance(result, bytes):
                    self.waiting -= len(result)
                    result = ForkingPickler.loads(result)
                yield todo[next_out], result
                del result
                next_out += 1
                self._gather(done, block=False)
                self._start(pending)

    def _gather(self, done: dict[int, bytes | IngestError], block: bool) -> None:
        for index, result in self._collect(block):
            done[index] = result
            self.waiting += len(result) if isinstance(result, bytes) else 0

    def _start(self, pending: Iterator[tuple[int, _Job]]) -> None:
        # The file due next is always running or done, so holding back new files cannot stall.
        while len(self.busy) < self.n and self.waiting <= WAITING_BYTES:
            item = next(pending, None)
            if item is None:
                return
            worker = self.idle.pop() if self.idle else _Worker(self.context)
            deadline = time.monotonic() + self.timeout if self.timeout else None
            worker.conn.send(item[1])
            self.busy[worker.conn] = (worker, _Task(item[0], item[1], deadline))

    def _collect(self, block: bool = True) -> Iterator[tuple[int, bytes | IngestError]]:
        """Results of the workers that are done (waiting for one, or for a deadline, if ``block``);
        a worker past its deadline is killed."""
        deadlines = [task.deadline for _, task in self.busy.values() if task.deadline is not None]
        wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        if not block:
            wait_for = 0.0
        for conn in wait(list(self.busy), timeout=wait_for):
            worker, task = self.busy.pop(conn)
            try:
                result: bytes | IngestError = conn.recv_bytes()
            except (EOFError, OSError):
                code = worker.kill()
                result = ParserDied(str(task.job.path), f"exit code {code}")
            else:
                if worker.rss() > RECYCLE_RSS:
                    worker.close()
                else:
                    self.idle.append(worker)
            yield task.index, result
        now = time.monotonic()
        for conn, (worker, task) in list(self.busy.items()):
            if task.deadline is not None and now >= task.deadline:
                del self.busy[conn]
                worker.kill()
                yield task.index, TooSlow(str(task.job.path), f"{self.timeout:g} s, skipped")

    def close(self) -> None:
        for worker, _ in self.busy.values():
            worker.kill()
        for worker in self.idle:
            worker.close()
        self.busy.clear()
        self.idle.clear()
