"""The records every stage passes on: documents in, quotes out, and the errors."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Document:
    """One article as read: its id, its text exactly as decoded, and its metadata."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    language: str | None = None
    metadata: dict = field(default_factory=dict, compare=False)

    @cached_property  # asked when reading, deciding and writing: hashed once
    def content_hash(self) -> str:
        """A fingerprint of the text: a reload skips a document whose text is unchanged."""
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """A fingerprint of a document's text (Document.content_hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Quote:
    """One quoted statement and who said it (the record contract of the README).

    `text` is always `document_text[start_char:end_char]`; the speaker offsets
    point at `speaker_mention` the same way.
    """

    document: str
    text: str
    start_char: int
    end_char: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start_char: int | None
    speaker_end_char: int | None
    speaker_role: str | None
    cue: str | None
    kind: str  # "direct" | "mixed" | "indirect"
    confidence: float


class QuotesError(Exception):
    """Base class of the errors the library raises."""


class DocumentError(QuotesError):
    """A document could not be read; the message names the file, the record and the reason."""

    def __init__(self, source: str, reason: str, record: int | None = None):
        where = f"{source}: record {record}" if record is not None else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.reason = reason
        self.record = record

    def __reduce__(self):
        # rebuilt from its fields when it crosses a process boundary (load --jobs)
        return (DocumentError, (self.source, self.reason, self.record))


@dataclass(frozen=True)
class Skipped:
    """A record that is not a document (a WARC request, an image, a 404), counted, not loaded."""

    source: str
    record: int | None
    reason: str
