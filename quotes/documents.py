"""Files in, Documents out: finding the files, decoding them, their metadata.

Reading knows formats and metadata, never quotes. A file that cannot be read
becomes a DocumentError naming the file and the reason; the stream goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .models import Document, DocumentError

TEXT_SUFFIXES = (".txt", ".md")

# A title is the first line that reads like a headline: a Markdown heading, or
# a line of a few words that is not a whole paragraph.
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
MAX_TITLE_CHARS = 200
MIN_TITLE_WORDS = 3


def find_files(paths: Iterable[str]) -> Iterator[tuple[Path, str]]:
    """Each readable file under paths as (path, document id), folders recursively and sorted.

    The id of a file found in a folder is its path relative to that folder;
    a file named directly keeps the path as given.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and found.suffix.lower() in TEXT_SUFFIXES:
                    yield found, found.relative_to(path).as_posix()
        else:
            yield path, given


def read_documents(paths: Iterable[str]) -> Iterator[Document | DocumentError]:
    """Every document under paths, in order; a file that fails becomes a DocumentError."""
    for path, document_id in find_files(paths):
        try:
            yield read_text_file(path, document_id)
        except DocumentError as error:
            yield error


def read_text_file(path: Path, document_id: str) -> Document:
    """A .txt or .md file as a Document; its text is exactly the decoded bytes."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(str(path), "no such file") from None
    except OSError as error:
        raise DocumentError(str(path), error.strerror or str(error)) from None
    text = decode_text(data, str(path))
    return Document(
        id=document_id,
        text=text,
        path=str(path),
        title=find_title(text),
    )


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text (a byte-order mark is dropped) or a DocumentError saying why not."""
    if b"\x00" in data[:8192]:
        raise DocumentError(source, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            source,
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
        ) from None
    if not text.strip():
        raise DocumentError(source, "empty document")
    return text


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
