"""The stages joined up: read documents, extract their quotes, load them into the database.

Errors in single documents are passed to `on_error` as they happen, counted
and recorded in load_errors; they never stop the run.

Loading runs in batches. For each batch the writer (this process, the only
one that touches the database) looks up what it already holds for the
batch's documents; the batch is then parsed and extracted, here or in a
worker process (`jobs` > 1), and written in one transaction. Batches are
written in input order whatever the number of workers, so the database is
the same with one worker or many.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # only annotations: `quotes extract` never loads sqlite-utils
    import sqlite_utils

from . import db as database
from . import identity
from .documents import DEFAULT_OPTIONS, ReadOptions, open_item, read_documents, read_items
from .extract import EXTRACTOR_VERSION, extract_quotes
from .models import Document, DocumentError, Quote, Skipped, content_hash

ErrorHandler = Callable[[DocumentError], None]

# Documents written per transaction: large enough to load fast, small enough
# that an interrupted run loses little work and memory stays small.
BATCH_SIZE = 200
# A load that writes more quotes than this (and than the database held) drops the
# indexes and search triggers and builds them once at the end (db.begin_bulk_load):
# re-indexing everything then costs less than indexing row by row.
BULK_QUOTES = 20_000


@dataclass
class LoadReport:
    """What a load did: documents written, left as they were, failed and skipped."""

    loaded: int = 0
    unchanged: int = 0
    quotes: int = 0
    errors: list[DocumentError] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    @property
    def documents(self) -> int:
        """Documents seen so far, whatever became of them."""
        return self.loaded + self.unchanged + len(self.errors)

    @property
    def documents_per_second(self) -> float:
        return self.documents / max(time.monotonic() - self.started, 1e-9)


ProgressHandler = Callable[[LoadReport], None]


@dataclass(frozen=True)
class Unchanged:
    """A document the database already holds with the same text and extractor version."""

    id: str


@dataclass(frozen=True)
class Extracted:
    """The quotes found in a document, as the values database.write_document takes, ready to
    be written. document is None when it is the item itself: the writer holds it already,
    and the text need not travel back from the worker. full_names: the evidence its text
    gives for its speakers named by one word (identity.names_in_text), None when it has none
    such; worked out with the text at hand, so that the refresh need not read it again."""

    document: Document | None
    quotes: list[tuple]
    full_names: frozenset[str] | None = None


Outcome = Extracted | Unchanged | DocumentError | Skipped


class Text(NamedTuple):
    """What a worker needs of a Document read here: a Document pickled whole costs both
    processes four times as much (a million quotes means 167,000 documents sent)."""

    id: str
    text: str


def to_send(item):
    """An item as sent to a worker: a Document as its Text, anything else as it is."""
    return Text(item.id, item.text) if type(item) is Document else item


def ignore_error(error: DocumentError) -> None:
    pass


def good_documents(
    paths: Iterable[str], on_error: ErrorHandler, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Document]:
    """The documents under paths that could be read; each failure goes to on_error."""
    for item in read_documents(paths, options):
        if isinstance(item, DocumentError):
            on_error(item)
        else:
            yield item


def extract_paths(
    paths: Iterable[str],
    on_error: ErrorHandler = ignore_error,
    options: ReadOptions = DEFAULT_OPTIONS,
) -> Iterator[Quote]:
    """Every quote in every readable document under paths, document by document."""
    for document in good_documents(paths, on_error, options):
        yield from extract_quotes(document.text, document.id)


def load_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str],
    *,
    force: bool = False,
    jobs: int = 1,
    options: ReadOptions = DEFAULT_OPTIONS,
    batch_size: int | None = None,
    on_error: ErrorHandler = ignore_error,
    on_progress: ProgressHandler | None = None,
    refresh: bool = True,
) -> LoadReport:
    """Load every document under paths with its quotes; unchanged documents are skipped.

    A document counts as unchanged when its text and the extractor version
    match what the database holds; `force` re-extracts them anyway. `jobs`
    worker processes parse and extract; this process alone writes. Without
    `refresh`, speakers and quote clusters are left for a later refresh (the
    next load or `quotes speakers refresh`): it runs over the whole database,
    minutes at a million quotes, so many small loads want it once at the end.
    """
    report = LoadReport()
    resuming = database.bulk_load_interrupted(db)
    database.ensure_schema(db, resume_bulk_load=resuming)
    database.configure_for_loading(db)
    held = database.quote_count(db)
    # into an empty database (or to finish an interrupted bulk load): bulk from the start
    bulk_after = 0 if resuming or not held else max(BULK_QUOTES, held)
    batches = batched(read_items(paths, options), batch_size or BATCH_SIZE)

    def stored(batch: list) -> dict[str, tuple[str, str]]:
        if force:
            return {}
        return database.stored_versions(db, [item.id for item in batch if hasattr(item, "id")])

    if jobs <= 1:
        results = in_this_process(batches, stored)
        full_names = write_batches(db, results, report, force, on_error, on_progress, bulk_after)
    else:
        with ProcessPoolExecutor(jobs, initializer=start_worker) as pool:
            results = in_order(pool, batches, stored, jobs * 2)
            try:
                full_names = write_batches(
                    db, results, report, force, on_error, on_progress, bulk_after
                )
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    database.finish_load(db, refresh=refresh, full_names=full_names)
    return report


def write_batches(
    db: sqlite_utils.Database,
    results: Iterable[tuple[list, dict[str, tuple[str, str]], list[Outcome]]],
    report: LoadReport,
    force: bool,
    on_error: ErrorHandler,
    on_progress: ProgressHandler | None,
    bulk_after: int | None = None,
) -> dict[int, frozenset[str]]:
    """Write each batch of outcomes in one transaction, in order, and count them; once more
    than bulk_after quotes are written, as a bulk load. Each result is a batch, the stored
    versions of its documents when it was sent (stored_versions) and its outcomes.

    Returns the full names of the documents written that have speakers named by one word
    (Extracted.full_names), by document id: the refresh's evidence for them."""
    writer = BatchWriter(db, force)
    for batch, stored, outcomes in results:
        if bulk_after is not None and report.quotes >= bulk_after:
            database.begin_bulk_load(db)
            bulk_after = None
        with db.atomic():
            for item, outcome in zip(batch, outcomes):
                writer.write(item, outcome, stored, report)
        for outcome in outcomes:
            if isinstance(outcome, DocumentError):
                on_error(outcome)
        if on_progress:
            on_progress(report)
    return writer.full_names


class BatchWriter:
    """Writes outcomes, remembering the documents it wrote: a document neither stored when
    its batch was sent nor written since is new, and needs no look-up before it is written."""

    def __init__(self, db: sqlite_utils.Database, force: bool):
        self.db = db
        self.force = force
        self.speaker_ids = database.SpeakerIds(db)
        self.written: set[str] = set()
        self.full_names: dict[int, frozenset[str]] = {}

    def write(
        self, item, outcome: Outcome, stored: dict[str, tuple[str, str]], report: LoadReport
    ) -> None:
        if isinstance(outcome, Extracted):
            document = outcome.document or item
            existing = None
            if self.force or document.id in stored or document.id in self.written:
                found = database.stored_document(self.db, document.id)
                # a document seen twice in one run: the copy written first is current now
                current = (document.content_hash, EXTRACTOR_VERSION)
                if not self.force and found and found[1:] == current:
                    report.unchanged += 1
                    return
                existing = found and found[0]
            document_id = database.write_document(
                self.db, document, outcome.quotes, EXTRACTOR_VERSION, self.speaker_ids, existing
            )
            if outcome.full_names is None:
                self.full_names.pop(document_id, None)  # a copy written earlier had some
            else:
                self.full_names[document_id] = outcome.full_names
            self.written.add(document.id)
            report.loaded += 1
            report.quotes += len(outcome.quotes)
        elif isinstance(outcome, Unchanged):
            report.unchanged += 1
        elif isinstance(outcome, DocumentError):
            database.save_error(self.db, outcome)
            report.errors.append(outcome)
        elif isinstance(outcome, Skipped):
            report.skipped[outcome.reason] += 1


def process_batch(
    batch: list, stored: dict[str, tuple[str, str]], extractor_version: str
) -> list[Outcome]:
    """Parse and extract one batch (in a worker, or here with one job)."""
    return [process_item(item, stored, extractor_version) for item in batch]


def process_item(item, stored: dict[str, tuple[str, str]], extractor_version: str) -> Outcome:
    if isinstance(item, (DocumentError, Skipped)):
        return item
    if type(item) is Text:  # the writer holds the Document: it need not travel back
        document, back = item, None
    else:
        try:
            document = open_item(item)
        except DocumentError as error:
            return error
        back = None if document is item else document
    known = stored.get(document.id)
    if known and known == (content_hash(document.text), extractor_version):
        return Unchanged(document.id)
    return extracted(back, document.text, extract_quotes(document.text, document.id))


def extracted(document: Document | None, text: str, quotes: list[Quote]) -> Extracted:
    """The outcome of extracting quotes from text, with the evidence for its one-word speakers."""
    singles = identity.single_names(quote.speaker for quote in quotes)
    full_names = frozenset(identity.names_in_text(text, singles)) if singles else None
    return Extracted(document, list(map(database.quote_values, quotes)), full_names)


def in_this_process(
    batches: Iterator[list], stored: Callable[[list], dict]
) -> Iterator[tuple[list, dict, list[Outcome]]]:
    """The batches with their stored versions and outcomes, extracted here (one job)."""
    for batch in batches:
        known = stored(batch)
        yield batch, known, process_batch(batch, known, EXTRACTOR_VERSION)


def in_order(
    pool: ProcessPoolExecutor,
    batches: Iterator[list],
    stored: Callable[[list], dict],
    ahead: int,
) -> Iterator[tuple[list, dict, list[Outcome]]]:
    """The batches with their stored versions and outcomes from the pool, in input order,
    with at most `ahead` in flight."""
    pending: deque[tuple[list, dict, Future]] = deque()
    for batch in batches:
        known = stored(batch)
        sent = [to_send(item) for item in batch]
        pending.append((batch, known, pool.submit(process_batch, sent, known, EXTRACTOR_VERSION)))
        if len(pending) >= ahead:
            batch, known, future = pending.popleft()
            yield batch, known, future.result()
    while pending:
        batch, known, future = pending.popleft()
        yield batch, known, future.result()


def start_worker() -> None:
    """Workers leave Ctrl-C to the writer, which rolls back its batch and stops them.

    A writer killed outright (SIGKILL) cannot stop them: each worker watches
    for that and ends itself rather than wait forever for work.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    writer = os.getppid()

    def exit_when_orphaned() -> None:
        while os.getppid() == writer:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=exit_when_orphaned, daemon=True).start()


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
