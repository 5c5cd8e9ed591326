"""Web pages in, Documents out: the article's main text and its metadata, boilerplate left out.

trafilatura finds the main content (menus, share buttons and "Read more"
links are dropped) and the metadata (title, author, date, site). Offsets of
quotes refer to the extracted text, which becomes the document's text.
Parsing is the slow part of reading, so a page is read first as a Page (its
bytes) and parsed later, in a worker process when loading with --jobs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .documents import decode_text, iso_date
from .models import Document, DocumentError

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# Content-Type: text/html; charset=windows-1252
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
# <html lang="en-GB"> -> "en"
HTML_LANG = re.compile(r"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)

# fast=True skips trafilatura's second-opinion extractors: about half the
# time per page, and the same text on ordinary news pages.
EXTRACTION = {
    "fast": True,
    "include_comments": False,
    "include_tables": False,
    "with_metadata": True,
    "deduplicate": False,
}


@dataclass(frozen=True)
class Page:
    """An HTML page as read (bytes and what its container says), not yet parsed."""

    id: str
    data: bytes
    source: str
    path: str | None = None
    record: int | None = None
    url: str | None = None
    captured: str | None = None
    content_type: str | None = None

    def parse(self) -> Document:
        """The page's article as a Document, or a DocumentError saying why there is none."""
        return parse_page(self)


def parse_page(page: Page) -> Document:
    """The main text and metadata of a page; the container's url and date come first."""
    import trafilatura

    html = decode_text(page.data, page.source, declared_charset(page), page.record)
    try:
        found = trafilatura.bare_extraction(html, url=page.url, **EXTRACTION)
    except Exception as error:  # noqa: BLE001 (trafilatura raises many kinds on broken markup)
        raise DocumentError(page.source, f"unreadable HTML ({error})", page.record) from None
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise DocumentError(page.source, "no article text found in the page", page.record)
    url = page.url or found.url
    language = HTML_LANG.search(html[:5000])
    return Document(
        id=page.id,
        text=text,
        path=page.path,
        title=found.title or None,
        url=url,
        published=iso_date(found.date) or iso_date(page.captured),
        publisher=found.sitename or found.hostname or site_of(url),
        author=found.author or None,
        language=language.group(1).lower() if language else found.language,
        metadata={"captured": page.captured} if page.captured else {},
    )


def declared_charset(page: Page) -> str | None:
    """The charset the HTTP header or the page's own <meta> tag declares, if any."""
    if page.content_type:
        found = HEADER_CHARSET.search(page.content_type)
        if found:
            return found.group(1)
    found = META_CHARSET.search(page.data[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def site_of(url: str | None) -> str | None:
    """The host name of a URL without "www.", the publisher when a page names none."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
