"""Records in, Documents out: exports from news APIs and scrapers (JSON lines, JSON, CSV, TSV).

One document per record. The text and metadata fields are named by
ReadOptions or found under the names exports commonly use (DEFAULT_FIELDS);
a dotted name reaches into nested objects (`--text-field article.body`).
A record that cannot be a document (malformed JSON, no text, wrong number
of columns) becomes a DocumentError with its record number; the file goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from .documents import ReadOptions, check_size, iso_date
from .models import Document, DocumentError

# Field names tried in order when an option does not name one: those of
# news-please, NewsAPI, GDELT-style exports and common scrapers.
DEFAULT_FIELDS = {
    "text": ("text", "content", "body", "maintext", "article", "full_text", "article_text"),
    "id": ("id", "_id", "uuid", "guid", "doc_id", "document_id"),
    "title": ("title", "headline"),
    "date": (
        "published",
        "date",
        "published_at",
        "publishedAt",
        "date_publish",
        "pubdate",
        "datetime",
        "publication_date",
    ),
    "url": ("url", "link", "source_url", "canonical_url"),
    "author": ("author", "authors", "byline", "creator"),
    "publisher": ("publisher", "site", "site_name", "source", "source_domain", "domain", "outlet"),
    "language": ("language", "lang"),
}

# The keys under which JSON exports put their list of articles.
RECORD_LIST_KEYS = (
    "articles",
    "results",
    "data",
    "items",
    "documents",
    "records",
    "hits",
    "response",
)


class FieldNames:
    """The field names to look up for each piece of a document, options first."""

    def __init__(self, options: ReadOptions):
        self.names = {}
        for piece, defaults in DEFAULT_FIELDS.items():
            chosen = getattr(options, f"{piece}_field")
            self.names[piece] = (chosen,) if chosen else defaults

    def text_names(self) -> str:
        return ", ".join(self.names["text"])


def read_json_lines(
    stream: BinaryIO, source: str, file_id: str, path: str | None, options: ReadOptions
) -> Iterator[Document | DocumentError]:
    """One document per line of a JSON-lines file; blank lines are passed over."""
    fields = FieldNames(options)
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            check_size(len(line), source, options.max_bytes, number)
            try:
                record = json.loads(line)
            except UnicodeDecodeError:
                raise DocumentError(source, "not UTF-8 text", number) from None
            except ValueError as error:
                reason = f"malformed JSON ({getattr(error, 'msg', error)})"
                raise DocumentError(source, reason, number) from None
            yield record_document(record, fields, source, file_id, path, number)
        except DocumentError as error:
            yield error


def read_json(
    stream: BinaryIO, source: str, file_id: str, path: str | None, options: ReadOptions
) -> Iterator[Document | DocumentError]:
    """The documents of a JSON file: a list of records, an export with one, or one record.

    A JSON file is read whole; exports too big for memory belong in JSON lines.
    """
    try:
        data = json.loads(stream.read())
    except UnicodeDecodeError:
        yield DocumentError(source, "not UTF-8 text")
        return
    except ValueError as error:
        yield DocumentError(source, f"malformed JSON ({getattr(error, 'msg', error)})")
        return
    if isinstance(data, dict):
        listed = next(
            (data[key] for key in RECORD_LIST_KEYS if isinstance(data.get(key), list)), None
        )
        data = listed if listed is not None else [data]
    if not isinstance(data, list):
        yield DocumentError(source, "not a JSON object or list of objects")
        return
    fields = FieldNames(options)
    for number, record in enumerate(data, 1):
        try:
            yield record_document(record, fields, source, file_id, path, number)
        except DocumentError as error:
            yield error


def read_csv(
    stream: BinaryIO,
    source: str,
    file_id: str,
    path: str | None,
    options: ReadOptions,
    delimiter: str,
) -> Iterator[Document | DocumentError]:
    """One document per row of a CSV or TSV file with a header row."""
    csv.field_size_limit(max(options.max_bytes, 131072))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    rows = csv.reader(text, delimiter=delimiter)
    fields = FieldNames(options)
    try:
        header = next(rows)
    except StopIteration:
        return
    except UnicodeDecodeError:
        yield DocumentError(source, "not UTF-8 text", 0)
        return
    header = [name.strip() for name in header]
    if not any(name in header for name in fields.names["text"]):
        yield DocumentError(
            source,
            f"no text column (looked for {fields.text_names()}; name it with --text-field); "
            f"the columns are: {', '.join(header)}",
        )
        return
    number = 0
    while True:
        number += 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except UnicodeDecodeError:
            yield DocumentError(source, "not UTF-8 text", number)
            return
        except csv.Error as error:
            yield DocumentError(source, f"malformed CSV ({error})", number)
            continue
        if not row:
            continue
        if len(row) != len(header):
            yield DocumentError(
                source, f"{len(row)} columns where the header has {len(header)}", number
            )
            continue
        try:
            yield record_document(dict(zip(header, row)), fields, source, file_id, path, number)
        except DocumentError as error:
            yield error


def record_document(
    record: object, fields: FieldNames, source: str, file_id: str, path: str | None, number: int
) -> Document:
    """A record as a Document; its id is its id field, else the file's id and record number."""
    if not isinstance(record, dict):
        raise DocumentError(source, "not a JSON object", number)
    text = field_value(record, fields.names["text"])
    if text is None:
        if any(name in record for name in fields.names["text"]):
            raise DocumentError(source, "empty document", number)
        raise DocumentError(
            source, f"no text field (looked for {fields.text_names()}; see --text-field)", number
        )
    if not isinstance(text, str):
        raise DocumentError(source, "the text field is not a string", number)
    if not text.strip():
        raise DocumentError(source, "empty document", number)
    record_id = field_value(record, fields.names["id"])
    return Document(
        id=str(record_id) if record_id not in (None, "") else f"{file_id}#{number}",
        text=text,
        path=path,
        title=as_text(field_value(record, fields.names["title"])),
        url=as_text(field_value(record, fields.names["url"])),
        published=iso_date(field_value(record, fields.names["date"])),
        publisher=as_text(field_value(record, fields.names["publisher"])),
        author=as_text(field_value(record, fields.names["author"])),
        language=as_text(field_value(record, fields.names["language"])),
    )


def field_value(record: dict, names: tuple[str, ...]) -> object:
    """The first of names the record has a non-empty value for (dotted names reach inside)."""
    for name in names:
        if "." in name:
            value = record
            for part in name.split("."):
                value = value.get(part) if isinstance(value, dict) else None
        else:
            value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def as_text(value: object) -> str | None:
    """A metadata value as text: a list joined ("A, B"), an object by its name."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("id") or value.get("title")
        return as_text(value)
    if isinstance(value, list):
        parts = [as_text(part) for part in value]
        return ", ".join(part for part in parts if part) or None
    text = str(value).strip()
    return text or None
