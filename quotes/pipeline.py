"""The stages joined up: read documents, extract their quotes, load them into the database.

Errors in single documents are passed to `on_error` as they happen and
counted; they never stop the run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import sqlite_utils

from . import db as database
from .documents import read_documents
from .extract import EXTRACTOR_VERSION, extract_quotes
from .models import Document, DocumentError, Quote

ErrorHandler = Callable[[DocumentError], None]

# Documents written per transaction: large enough to load fast, small enough
# that an interrupted run loses little work.
BATCH_SIZE = 200


@dataclass
class LoadReport:
    """What a load did: documents written, left as they were, and failed."""

    loaded: int = 0
    unchanged: int = 0
    quotes: int = 0
    errors: list[DocumentError] = field(default_factory=list)


def ignore_error(error: DocumentError) -> None:
    pass


def good_documents(paths: Iterable[str], on_error: ErrorHandler) -> Iterator[Document]:
    """The documents under paths that could be read; each failure goes to on_error."""
    for item in read_documents(paths):
        if isinstance(item, DocumentError):
            on_error(item)
        else:
            yield item


def extract_paths(paths: Iterable[str], on_error: ErrorHandler = ignore_error) -> Iterator[Quote]:
    """Every quote in every readable document under paths, document by document."""
    for document in good_documents(paths, on_error):
        yield from extract_quotes(document.text, document.id)


def load_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str],
    *,
    force: bool = False,
    on_error: ErrorHandler = ignore_error,
) -> LoadReport:
    """Load every document under paths with its quotes; unchanged documents are skipped.

    A document counts as unchanged when its text and the extractor version
    match what the database holds; `force` re-extracts them anyway.
    """
    report = LoadReport()

    def record_error(error: DocumentError) -> None:
        report.errors.append(error)
        on_error(error)

    database.ensure_schema(db)
    documents = good_documents(paths, record_error)
    while batch := list(islice(documents, BATCH_SIZE)):
        with db.atomic():
            for document in batch:
                if not force and database.is_current(db, document, EXTRACTOR_VERSION):
                    report.unchanged += 1
                    continue
                quotes = extract_quotes(document.text, document.id)
                database.save_document(db, document, quotes, EXTRACTOR_VERSION)
                report.loaded += 1
                report.quotes += len(quotes)
    database.refresh_speakers(db)
    return report
