"""Files, archives and streams in, Documents out: finding, sniffing, decompressing, decoding.

Reading knows formats and metadata, never quotes. Every format yields a
stream of items, each a Document, a Page (HTML still to be parsed, see
pages.py), a DocumentError (one failed document: the stream goes on) or a
Skipped record (a WARC record that is not an article). Nothing is read
whole when it can be streamed, so memory stays flat however big the input.

Formats: text (.txt, .md), html (.html, .htm), jsonl (.jsonl, .ndjson),
json, csv, tsv, warc; each may be gzip-compressed (.gz). An unknown
extension, or stdin (`-`), is recognised by its first bytes.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Union

from .models import Document, DocumentError, Skipped

FORMATS = ("text", "html", "jsonl", "json", "csv", "tsv", "warc")

SUFFIX_FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".warc": "warc",
}

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 4096
# Bigger than any article; a bigger one is a dump or a mistake, and would cost memory.
DEFAULT_MAX_BYTES = 10_000_000

# A title is the first line that reads like a headline: a Markdown heading, or
# a line of a few words that is not a whole paragraph.
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
MAX_TITLE_CHARS = 200
MIN_TITLE_WORDS = 3

# The first bytes of an HTML page: "<!DOCTYPE html", "<html", or a fragment starting with a tag.
HTML_START = re.compile(
    rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class ReadOptions:
    """How to read the inputs: a forced format, the record fields to use, the size cap.

    A field left None is looked for under the usual names (records.DEFAULT_FIELDS).
    """

    format: str | None = None
    text_field: str | None = None
    id_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    author_field: str | None = None
    publisher_field: str | None = None
    language_field: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


# The options when none are given: formats by name and content, the usual field names.
DEFAULT_OPTIONS = ReadOptions()

Item = Union[Document, "Page", DocumentError, Skipped]  # noqa: F821 (pages.Page, imported late)


def find_files(paths: Iterable[str]) -> Iterator[tuple[Path | None, str]]:
    """Each input under paths as (path, document id), folders recursively and sorted.

    The id of a file found in a folder is its path relative to that folder;
    a file named directly keeps the path as given; stdin is (None, "-").
    """
    for given in paths:
        if given == STDIN:
            yield None, STDIN
            continue
        path = Path(given)
        if path.is_dir():
            for found in files_under(path):
                yield found, found.relative_to(path).as_posix()
        else:
            yield path, given


def files_under(folder: Path) -> list[Path]:
    """The files of a known format in folder and its subfolders, sorted by path.

    os.walk reads each folder's listing once and tells files from folders
    without a stat call per file (thousands of articles per folder are common).
    """
    found = []
    for directory, _, names in os.walk(folder):
        found.extend(Path(directory, name) for name in names if format_of_name(name))
    return sorted(found)


def format_of_name(name: str) -> str | None:
    """The format a file name says (looking through .gz), or None."""
    name = name.lower()
    name = name.removesuffix(".gz")
    return SUFFIX_FORMATS.get(Path(name).suffix)


def sniff_format(head: bytes) -> str:
    """The format of a stream from its first (decompressed) bytes."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"["):
        return "json"
    if HTML_START.match(stripped):
        return "html"
    return "text"


def read_items(paths: Iterable[str], options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Item]:
    """Every item under paths, in order: Documents, Pages to parse, errors and skipped records."""
    for path, document_id in find_files(paths):
        yield from read_input(path, document_id, options)


def read_documents(
    paths: Iterable[str], options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Document | DocumentError]:
    """Every document under paths, pages parsed; a document that fails becomes a DocumentError."""
    for item in read_items(paths, options):
        if isinstance(item, Skipped):
            continue
        try:
            yield open_item(item)
        except DocumentError as error:
            yield error


def open_item(item: Item) -> Document | DocumentError:
    """A read item as a Document: a Page is parsed here (the slow part, done in workers)."""
    from .pages import Page

    if isinstance(item, Page):
        return item.parse()
    return item


def read_input(path: Path | None, document_id: str, options: ReadOptions) -> Iterator[Item]:
    """The items of one input (a file, or stdin when path is None); a failure never escapes."""
    source = "<stdin>" if path is None else str(path)
    try:
        raw = sys.stdin.buffer if path is None else open_file(path)
    except DocumentError as error:
        yield error
        return
    counted = CountingReader(raw)
    stream = io.BufferedReader(counted, buffer_size=1 << 16)
    yielded = 0
    try:
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        compressed = head.startswith(GZIP_MAGIC)
        name_format = None if path is None else format_of_name(path.name)
        content_format = options.format or name_format
        if compressed and content_format != "warc":
            # warcio reads gzip members itself; everything else is decompressed here
            stream = gzip.GzipFile(fileobj=stream)
            head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        content_format = content_format or sniff_format(head)
        if content_format != "warc" and is_binary(head):
            yield DocumentError(source, "binary file, not text")
            return
        for item in read_stream(
            content_format, stream, counted, source, document_id, path, options
        ):
            yielded += 1
            yield item
        if yielded == 0 and content_format != "text":
            yield DocumentError(source, "empty file: no records")
    except DocumentError as error:
        yield error
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        yield DocumentError(source, f"truncated or corrupt compressed data ({error})", yielded + 1)
    except OSError as error:
        yield DocumentError(source, error.strerror or str(error), yielded + 1)
    finally:
        if path is not None:
            raw.close()


def read_stream(
    content_format: str,
    stream: BinaryIO,
    counted: CountingReader,
    source: str,
    document_id: str,
    path: Path | None,
    options: ReadOptions,
) -> Iterator[Item]:
    """The items of one decompressed stream in a known format."""
    from . import archives, pages, records

    path_text = None if path is None else str(path)
    if content_format == "text":
        text = decode_text(read_capped(stream, source, options.max_bytes), source)
        yield Document(id=document_id, text=text, path=path_text, title=find_title(text))
    elif content_format == "html":
        data = read_capped(stream, source, options.max_bytes)
        yield pages.Page(id=document_id, data=data, source=source, path=path_text)
    elif content_format == "jsonl":
        yield from records.read_json_lines(stream, source, document_id, path_text, options)
    elif content_format == "json":
        yield from records.read_json(stream, source, document_id, path_text, options)
    elif content_format in ("csv", "tsv"):
        delimiter = "\t" if content_format == "tsv" else ","
        yield from records.read_csv(stream, source, document_id, path_text, options, delimiter)
    elif content_format == "warc":
        yield from archives.read_warc(stream, counted, source, path_text, options)
    else:
        raise ValueError(f"unknown format {content_format!r}")


def open_file(path: Path) -> BinaryIO:
    """A file opened for reading, or a DocumentError saying why not."""
    try:
        return open(path, "rb", buffering=0)
    except FileNotFoundError:
        raise DocumentError(str(path), "no such file") from None
    except IsADirectoryError:
        raise DocumentError(str(path), "a folder, not a file") from None
    except OSError as error:
        raise DocumentError(str(path), error.strerror or str(error)) from None


class CountingReader(io.RawIOBase):
    """A raw stream that counts the bytes read through it (stdin cannot tell its position)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.bytes_read

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self.bytes_read += size
        return size


def read_capped(stream: BinaryIO, source: str, max_bytes: int, record: int | None = None) -> bytes:
    """The whole stream, or a DocumentError when it is over the size cap."""
    data = stream.read(max_bytes + 1)
    check_size(len(data), source, max_bytes, record)
    return data


def check_size(size: int, source: str, max_bytes: int, record: int | None = None) -> None:
    """A DocumentError when a document is over the size cap."""
    if size > max_bytes:
        raise DocumentError(
            source,
            f"document too large (over {max_bytes:,} bytes; raise the limit with --max-size)",
            record,
        )


def is_binary(head: bytes) -> bool:
    """Whether the first bytes are binary data rather than text in some encoding."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NULs
        return False
    return b"\x00" in head


def decode_text(
    data: bytes, source: str, declared: str | None = None, record: int | None = None
) -> str:
    """The text of a document: its declared charset, else UTF-8, else a detected charset.

    A byte-order mark wins over everything. Raises DocumentError for binary
    data, undecodable text and documents with no text.
    """
    if is_binary(data[:8192]):
        raise DocumentError(source, "binary file, not text", record)
    text = None
    if data.startswith(b"\xef\xbb\xbf"):
        text = decode_as(data[3:], "utf-8")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = decode_as(data, "utf-16")
    if text is None and declared:
        text = decode_as(data, declared)
    if text is None:
        text = decode_as(data, "utf-8")
    if text is None:
        text = detect_and_decode(data)
    if text is None:
        raise DocumentError(source, "undecodable text (not UTF-8, no charset fits)", record)
    if not text.strip():
        raise DocumentError(source, "empty document", record)
    return text


def decode_as(data: bytes, encoding: str) -> str | None:
    """data decoded strictly with encoding, or None when it does not fit (or is unknown)."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# When the detector finds several charsets equally likely (short texts), the
# web's default for legacy pages (WHATWG) is the best guess.
PREFERRED_CHARSETS = ("cp1252", "iso8859_15", "latin_1")


def detect_and_decode(data: bytes) -> str | None:
    """data decoded with the charset charset-normalizer finds most likely, or None."""
    import charset_normalizer

    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    tied = {
        m.encoding: m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)
    }
    for encoding in PREFERRED_CHARSETS:
        if encoding in tied:
            return str(tied[encoding])
    return str(best)


def find_title(text: str) -> str | None:
    """The document's headline: its first Markdown heading, else its first headline-like line."""
    heading = MARKDOWN_HEADING.search(text[:2000])
    if heading:
        return heading.group(1)
    for line in text[:5000].splitlines():
        line = line.strip()
        if len(line.split()) >= MIN_TITLE_WORDS and len(line) <= MAX_TITLE_CHARS:
            return line
    return None


def iso_date(value: object) -> str | None:
    """A date or time as ISO 8601 (a date alone stays a date), or None when it is not one.

    Accepts ISO 8601, RFC 2822 (feeds, HTTP), "2024-03-05 10:00:00" and Unix
    timestamps in seconds or milliseconds.
    """
    from datetime import date, datetime, timezone
    from email.utils import parsedate_to_datetime

    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return moment.isoformat(timespec="seconds")
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit():
        return iso_date(int(text))
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            if text.isascii() and text.replace("-", "").isdigit():
                # the same date strptime would read, ten times faster (a load reads millions)
                return date.fromisoformat(text).isoformat()
            return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return moment.isoformat(timespec="seconds")
