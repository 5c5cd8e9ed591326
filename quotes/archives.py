"""Web archives in, Pages out: each HTML response record of a WARC file is one article.

The URL and capture date come from the record headers, the rest from the
page (pages.py). Records that are not pages (requests, metadata, images,
redirects, 404s) are counted as Skipped. A truncated archive keeps every
record before the cut and reports the cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .documents import CountingReader, ReadOptions, check_size
from .models import DocumentError, Skipped
from .pages import Page

HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORD_TYPES = ("response", "resource")


def read_warc(
    stream: BinaryIO, counted: CountingReader, source: str, path: str | None, options: ReadOptions
) -> Iterator[Page | DocumentError | Skipped]:
    """A Page for each HTML 200 response in a WARC (.warc or .warc.gz) stream."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    number = 0
    try:
        for number, record in enumerate(records, 1):
            if record.rec_type not in PAGE_RECORD_TYPES:
                continue
            try:
                yield read_record(record, number, source, path, options)
            except DocumentError as error:
                yield error
    except ArchiveLoadFailed as error:
        yield DocumentError(source, f"corrupt or truncated WARC ({error})", number + 1)
        return
    # warcio stops quietly at a truncated gzip member: the bytes after the
    # last whole record tell
    if records.offset is not None and records.offset < stream.tell():
        yield DocumentError(source, "truncated WARC (the last record is incomplete)", number + 1)


def read_record(record, number: int, source: str, path: str | None, options: ReadOptions):
    """One WARC record as a Page, a Skipped record, or a DocumentError (read whole or not)."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        if record.http_headers is None:
            return Skipped(source, number, "no HTTP headers")
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        status = "200"
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if status != "200":
        return Skipped(source, number, f"HTTP status {status}")
    if not content_type.lower().startswith(HTML_TYPES):
        return Skipped(source, number, f"not HTML ({content_type.split(';')[0] or 'no type'})")
    data = record.content_stream().read(options.max_bytes + 1)
    check_size(len(data), source, options.max_bytes, number)
    while record.raw_stream.read(1 << 16):  # to the end, to see whether it is all there
        pass
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise DocumentError(source, "truncated WARC record", number)
    return Page(
        id=url or f"{path or source}#{number}",
        data=data,
        source=source,
        path=path,
        record=number,
        url=url,
        captured=record.rec_headers.get_header("WARC-Date"),
        content_type=content_type,
    )
