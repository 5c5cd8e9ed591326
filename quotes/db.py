"""The only writer of the database: its schema, and loading documents with their quotes.

Tables: documents (one row per article), quotes (one row per quoted statement,
with document_id -> documents.id and speaker_id -> speakers.id), speakers (one
row per resolved speaker name). Full-text search over quote text and over
documents. Every document is written whole inside one transaction, so an
interrupted load never leaves a half-loaded document.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime, timezone

import sqlite_utils

from .models import Document, DocumentError, Quote

DOCUMENT_COLUMNS = {
    "id": int,
    "key": str,
    "path": str,
    "title": str,
    "url": str,
    "published": str,
    "publisher": str,
    "author": str,
    "language": str,
    "text": str,
    "content_hash": str,
    "extractor_version": str,
    "quote_count": int,
    "loaded_at": str,
}

# The record contract (models.Quote) plus the keys that link it to its document and speaker.
QUOTE_COLUMNS = {
    "id": int,
    "document_id": int,
    "speaker_id": int,
    "document": str,
    "text": str,
    "start_char": int,
    "end_char": int,
    "speaker": str,
    "speaker_mention": str,
    "speaker_start_char": int,
    "speaker_end_char": int,
    "speaker_role": str,
    "cue": str,
    "kind": str,
    "confidence": float,
    # copied from the document so that Datasette can facet and sort quotes by them
    "publisher": str,
    "published": str,
    # the published date cut to its year and month, for facets and charts over time
    "published_year": str,
    "published_month": str,
}

# How the derived date columns follow from published (for databases made before they existed).
DERIVED_QUOTE_COLUMNS = {
    "published_year": "substr(published, 1, 4)",
    "published_month": "substr(published, 1, 7)",
}

SPEAKER_COLUMNS = {"id": int, "name": str, "quote_count": int, "document_count": int}

# One row per document that could not be loaded: which file, which record, why, when.
LOAD_ERROR_COLUMNS = {"id": int, "source": str, "record": int, "reason": str, "failed_at": str}

# Columns people filter, facet or sort by.
QUOTE_INDEXES = [
    ["speaker_id"],
    ["document_id"],
    ["speaker"],
    ["kind"],
    ["cue"],
    ["confidence"],
    ["publisher"],
    ["published"],
    ["published_month"],
    # a speaker's page: their quotes newest first, by month, by publisher
    ["speaker_id", "published"],
    ["speaker_id", "publisher"],
    # speakers by publisher
    ["publisher", "speaker_id"],
]
DOCUMENT_INDEXES = [["publisher"], ["published"]]


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables, indexes and search indexes that are missing; existing ones stay."""
    db.execute("PRAGMA foreign_keys = ON")
    if "documents" not in db.table_names():
        db.table("documents").create(DOCUMENT_COLUMNS, pk="id", not_null={"key", "text"})
        db.table("documents").create_index(["key"], unique=True)
        for columns in DOCUMENT_INDEXES:
            db.table("documents").create_index(columns)
        db.table("documents").enable_fts(["title", "text"], create_triggers=True)
    if "speakers" not in db.table_names():
        db.table("speakers").create(SPEAKER_COLUMNS, pk="id", not_null={"name"})
        db.table("speakers").create_index(["name"], unique=True)
        db.table("speakers").create_index(["quote_count"])
    if "quotes" not in db.table_names():
        db.table("quotes").create(
            QUOTE_COLUMNS,
            pk="id",
            not_null={"document_id", "text"},
            foreign_keys=[("document_id", "documents", "id"), ("speaker_id", "speakers", "id")],
        )
        for columns in QUOTE_INDEXES:
            db.table("quotes").create_index(columns)
        db.table("quotes").enable_fts(["text", "speaker"], create_triggers=True)
    if "load_errors" not in db.table_names():
        db.table("load_errors").create(LOAD_ERROR_COLUMNS, pk="id", not_null={"source", "reason"})
        db.table("load_errors").create_index(["source"])
    quotes = db.table("quotes")
    for column, expression in DERIVED_QUOTE_COLUMNS.items():
        if column not in quotes.columns_dict:
            quotes.add_column(column, str)
            db.execute(f"update quotes set {column} = {expression} where published is not null")
    for columns in QUOTE_INDEXES:
        quotes.create_index(columns, if_not_exists=True)


def configure_for_loading(db: sqlite_utils.Database) -> None:
    """Settings for fast bulk writes that stay consistent if the process is killed.

    With WAL, synchronous=NORMAL can lose the last transactions on power loss,
    never consistency; readers (Datasette) are not blocked while loading.
    """
    if db.execute("pragma journal_mode").fetchone()[0] != "memory":
        db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = normal")


def stored_versions(db: sqlite_utils.Database, keys: list[str]) -> dict[str, tuple[str, str]]:
    """The content hash and extractor version stored for each of keys that the database holds."""
    found = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = db.execute(
            "select key, content_hash, extractor_version from documents where key in "
            f"({', '.join('?' * len(chunk))})",
            chunk,
        )
        found.update((key, (content_hash, version)) for key, content_hash, version in rows)
    return found


def save_error(db: sqlite_utils.Database, error: DocumentError) -> None:
    """Record a document that could not be loaded, with the time."""
    db.table("load_errors").insert(
        {
            "source": error.source,
            "record": error.record,
            "reason": error.reason,
            "failed_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    )


def is_current(db: sqlite_utils.Database, document: Document, extractor_version: str) -> bool:
    """Whether the database already holds this document, unchanged, extracted by this version."""
    row = db.execute(
        "select content_hash, extractor_version from documents where key = ?", [document.id]
    ).fetchone()
    return row == (document.content_hash, extractor_version)


def save_document(
    db: sqlite_utils.Database,
    document: Document,
    quotes: Iterable[Quote],
    extractor_version: str,
) -> int:
    """Write a document and its quotes, replacing any earlier version of it; returns its row id.

    Runs in a savepoint of its own: either the whole document lands or none of it.
    """
    quotes = list(quotes)
    row = {
        "key": document.id,
        "path": document.path,
        "title": document.title,
        "url": document.url,
        "published": document.published,
        "publisher": document.publisher,
        "author": document.author,
        "language": document.language,
        "text": document.text,
        "content_hash": document.content_hash,
        "extractor_version": extractor_version,
        "quote_count": len(quotes),
        "loaded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    with db.atomic():
        existing = db.execute("select id from documents where key = ?", [document.id]).fetchone()
        if existing:
            document_id = existing[0]
            db.execute("delete from quotes where document_id = ?", [document_id])
            db.table("documents").update(document_id, row)
        else:
            document_id = db.table("documents").insert(row).last_pk
        db.table("quotes").insert_all(
            {
                "document_id": document_id,
                "speaker_id": speaker_id(db, quote.speaker),
                **dataclasses.asdict(quote),
                "publisher": document.publisher,
                "published": document.published,
                "published_year": date_prefix(document.published, 4),
                "published_month": date_prefix(document.published, 7),
            }
            for quote in quotes
        )
    return document_id


def date_prefix(published: str | None, length: int) -> str | None:
    """The year (length 4) or year-month (length 7) of an ISO date, or None for other dates."""
    if published and len(published) >= length and published[:4].isdigit():
        return published[:length]
    return None


def speaker_id(db: sqlite_utils.Database, name: str | None) -> int | None:
    """The id of the speakers row for name, created if new; None for an unknown speaker."""
    if not name:
        return None
    return db.table("speakers").lookup({"name": name})


def refresh_speakers(db: sqlite_utils.Database) -> None:
    """Recount each speaker's quotes and documents; drop speakers no quote points to any more."""
    with db.atomic():
        db.execute(
            """
            update speakers set
              quote_count = (select count(*) from quotes where speaker_id = speakers.id),
              document_count = (
                select count(distinct document_id) from quotes where speaker_id = speakers.id
              )
            """
        )
        db.execute("delete from speakers where quote_count = 0")
