"""Reading every input format into Documents, and every kind of bad input becoming one error."""

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotes.documents import ReadOptions, read_documents, read_items, sniff_format
from quotes.models import Document, DocumentError, Skipped

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="{charset}">
<title>Council backs harbor bridge | Harbor Post</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Harbor Post">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://harborpost.example/news/bridge">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council backs harbor bridge</h1>
<p>The council voted on Tuesday to fund the new harbor bridge after months of debate.</p>
<p>“This bridge will connect our city,” said Mayor Ana Costa, speaking after the vote.</p>
<p>Opponents said the cost was too high and promised to keep fighting the plan.</p>
<p>{extra}</p>
</article>
<div class="share">Share on Facebook</div><a class="more" href="/more">Read more</a>
<footer>Copyright Harbor Post</footer></body></html>
"""


def html_page(charset="utf-8", extra="Work starts in the spring.") -> str:
    return ARTICLE_HTML.format(charset=charset, extra=extra)


def read_all(*paths, **options):
    return list(read_documents([str(path) for path in paths], ReadOptions(**options)))


def documents_of(items):
    return [item for item in items if isinstance(item, Document)]


def errors_of(items):
    return [(error.record, error.reason) for error in items if isinstance(error, DocumentError)]


def write_warc(path, records, gzipped=True):
    """A WARC file of (url, status, content type, payload) response records, plus a request."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for url, status, content_type, payload in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers
                )
            )
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b""), http_headers=request
                )
            )
    return path


# Formats


def test_text_markdown_and_gzip(tmp_path):
    (tmp_path / "a.txt").write_text("Bridge Vote Tonight\n\nThe council meets.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Park Reopens\n\nThe swings are back.", encoding="utf-8")
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"Zipped News Story\n\nText."))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    documents = documents_of(read_all(tmp_path))
    assert [(d.id, d.title) for d in documents] == [
        ("a.txt", "Bridge Vote Tonight"),
        ("b.md", "Park Reopens"),
        ("c.txt.gz", "Zipped News Story"),
    ]
    assert documents[2].text == "Zipped News Story\n\nText."


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "bridge.html").write_text(html_page(), encoding="utf-8")
    [document] = read_all(tmp_path)
    assert document.id == "bridge.html"
    assert document.title == "Council backs harbor bridge"
    assert document.author == "Jane Roe"
    assert document.publisher == "Harbor Post"
    assert document.published == "2024-03-05"
    assert document.url == "https://harborpost.example/news/bridge"
    assert document.language == "en"
    assert "“This bridge will connect our city,” said Mayor Ana Costa" in document.text
    for boilerplate in ("Share on Facebook", "Read more", "Sport", "Copyright"):
        assert boilerplate not in document.text


def test_html_declared_charset(tmp_path):
    page = html_page(charset="windows-1252", extra="The café “reopens” in spring, said Léa.")
    (tmp_path / "old.htm").write_bytes(page.encode("cp1252"))
    [document] = read_all(tmp_path / "old.htm")
    assert "The café “reopens” in spring, said Léa." in document.text


def test_jsonl_default_fields_nested_and_odd_values(tmp_path):
    records = [
        {
            "id": "n1",
            "content": "“We will win,” said Maria Lopez.",
            "headline": "Coach",
            "publishedAt": "2024-01-02T03:04:05Z",
            "source": {"id": None, "name": "Sports Daily"},
            "authors": ["A. One", "B. Two"],
            "link": "https://sports.example/1",
            "lang": "en",
        },
        {"body": "No id here.", "date": "Tue, 05 Mar 2024 10:00:00 GMT", "extra": [1, 2]},
        {"text": "Epoch date.", "published": 1709632800},
    ]
    path = tmp_path / "feed.ndjson"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    first, second, third = read_all(path)
    assert (first.id, first.title, first.publisher, first.author, first.url, first.language) == (
        "n1",
        "Coach",
        "Sports Daily",
        "A. One, B. Two",
        "https://sports.example/1",
        "en",
    )
    assert first.published == "2024-01-02T03:04:05+00:00"
    assert (second.id, second.text, second.published) == (
        f"{path}#2",
        "No id here.",
        "2024-03-05T10:00:00+00:00",
    )
    assert third.published == "2024-03-05T10:00:00+00:00"


def test_jsonl_named_fields(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps(
            {"doc": {"body": "Nested text.", "key": 7}, "when": "2024-02-03", "outlet": "Daily"}
        )
        + "\n",
        encoding="utf-8",
    )
    [document] = read_all(
        path,
        text_field="doc.body",
        id_field="doc.key",
        date_field="when",
        publisher_field="outlet",
    )
    assert (document.id, document.text, document.published, document.publisher) == (
        "7",
        "Nested text.",
        "2024-02-03",
        "Daily",
    )


def test_json_export_with_article_list(tmp_path):
    path = tmp_path / "api.json"
    path.write_text(
        json.dumps(
            {
                "status": "ok",
                "articles": [
                    {"title": "One", "content": "First."},
                    {"title": "Two", "content": "Second."},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert [(d.id, d.title) for d in read_all(path)] == [(f"{path}#1", "One"), (f"{path}#2", "Two")]


def test_csv_and_tsv(tmp_path):
    (tmp_path / "a.csv").write_text(
        "url,title,body,published\n"
        'https://x.example/1,First,"Multi-line\ntext, with ""quotes"".",2024-04-01\n',
        encoding="utf-8",
    )
    (tmp_path / "b.tsv").write_text("text\tauthor\nTab text.\tSam\n", encoding="utf-8")
    first, second = read_all(tmp_path)
    assert (first.id, first.url, first.title, first.published) == (
        "a.csv#1",
        "https://x.example/1",
        "First",
        "2024-04-01",
    )
    assert first.text == 'Multi-line\ntext, with "quotes".'
    assert (second.id, second.text, second.author) == ("b.tsv#1", "Tab text.", "Sam")


def test_warc_pages_and_skipped_records(tmp_path):
    path = write_warc(
        tmp_path / "news.warc.gz",
        [
            (
                "https://harborpost.example/bridge",
                "200 OK",
                "text/html; charset=utf-8",
                html_page().encode(),
            ),
            ("https://harborpost.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
            ("https://harborpost.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
        ],
    )
    items = list(read_items([str(path)]))
    skipped = [item.reason for item in items if isinstance(item, Skipped)]
    assert skipped == ["HTTP status 404", "not HTML (image/png)"]
    [document] = read_all(path)
    assert document.id == document.url == "https://harborpost.example/bridge"
    assert document.publisher == "Harbor Post"
    assert "said Mayor Ana Costa" in document.text
    assert document.metadata["captured"]


@pytest.mark.parametrize("gzipped", [True, False])
def test_truncated_warc_keeps_whole_records(tmp_path, gzipped):
    pages = [
        (
            f"https://x.example/{n}",
            "200 OK",
            "text/html",
            html_page(extra=f"Story number {n} " * 40).encode(),
        )
        for n in range(4)
    ]
    path = write_warc(tmp_path / "cut.warc", pages, gzipped=gzipped)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    items = read_all(path)
    assert 1 <= len(documents_of(items)) <= 3
    [(record, reason)] = errors_of(items)
    assert "truncated" in reason or "corrupt" in reason
    assert record is not None


def test_sniffing_unknown_extensions_and_format_option(tmp_path):
    assert sniff_format(b"WARC/1.0\r\n") == "warc"
    assert sniff_format(b'  {"text": 1}') == "jsonl"
    assert sniff_format(b"[{}]") == "json"
    assert sniff_format(b"<!doctype html><html>") == "html"
    assert sniff_format(b"Plain words.") == "text"
    (tmp_path / "dump.data").write_text('{"text": "Sniffed."}\n', encoding="utf-8")
    assert [d.text for d in read_all(tmp_path / "dump.data")] == ["Sniffed."]
    (tmp_path / "notes.txt").write_text("text\nForced CSV.\n", encoding="utf-8")
    assert [d.text for d in read_all(tmp_path / "notes.txt", format="csv")] == ["Forced CSV."]


# Bad input: each failing document is one error with its record; the rest is read


def test_bad_files(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)
    (tmp_path / "empty.md").write_text(" \n", encoding="utf-8")
    (tmp_path / "huge.txt").write_text("word " * 3000, encoding="utf-8")
    (tmp_path / "cp1251.txt").write_bytes("Мэр сказал: «Мост будет построен»".encode("cp1251"))
    (tmp_path / "no-article.html").write_text("<html><body></body></html>", encoding="utf-8")
    items = read_all(tmp_path, max_bytes=10_000)
    reasons = {
        error.source.rsplit("/", 1)[1]: error.reason
        for error in items
        if isinstance(error, DocumentError)
    }
    assert reasons == {
        "binary.txt": "binary file, not text",
        "undecodable.txt": "undecodable text (not UTF-8, no charset fits)",
        "empty.md": "empty document",
        "huge.txt": "document too large (over 10,000 bytes; raise the limit with --max-size)",
        "no-article.html": "no article text found in the page",
    }
    assert [d.text for d in documents_of(items)] == ["Мэр сказал: «Мост будет построен»"]


def test_bad_json_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Good one."}),
        '{"text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": ""}),
        json.dumps({"text": 42}),
        json.dumps({"text": "x" * 600}),
        json.dumps({"text": "Good two."}),
    ]
    path.write_bytes("\n".join(lines).encode() + b"\n\xff\xfe{}\n")
    items = read_all(path, max_bytes=500)
    assert [d.text for d in documents_of(items)] == ["Good one.", "Good two."]
    errors = errors_of(items)
    assert [record for record, _ in errors] == [2, 3, 4, 5, 6, 7, 9]
    assert errors[0][1].startswith("malformed JSON")
    assert errors[1][1] == "not a JSON object"
    assert errors[2][1].startswith("no text field (looked for text, content, body")
    assert errors[3][1] == "empty document"
    assert errors[4][1] == "the text field is not a string"
    assert errors[5][1].startswith("document too large")
    assert errors[6][1] == "not UTF-8 text"


def test_csv_with_wrong_columns(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "title,text\nOne,First.\nshort\nThree,Third.,extra\nFour,Fourth.\n", encoding="utf-8"
    )
    items = read_all(path)
    assert [d.text for d in documents_of(items)] == ["First.", "Fourth."]
    assert errors_of(items) == [
        (2, "1 columns where the header has 2"),
        (3, "3 columns where the header has 2"),
    ]
    (tmp_path / "rows.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    [error] = read_all(path)
    assert error.reason.startswith("no text column (looked for text, content, body")
    assert error.reason.endswith("the columns are: a, b")


def test_truncated_gzip_keeps_earlier_records(tmp_path):
    lines = "".join(json.dumps({"text": f"Story {n} " * 50}) + "\n" for n in range(200))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read_all(path)
    good = documents_of(items)
    assert 0 < len(good) < 200
    [(record, reason)] = errors_of(items)
    assert record == len(good) + 1
    assert reason.startswith("truncated or corrupt compressed data")


def test_missing_file_and_not_gzip(tmp_path):
    (tmp_path / "fake.txt.gz").write_text("Not compressed at all.", encoding="utf-8")
    items = read_all(tmp_path / "nowhere.txt", tmp_path / "fake.txt.gz")
    assert [item.reason for item in items if isinstance(item, DocumentError)] == ["no such file"]
    assert [d.text for d in documents_of(items)] == ["Not compressed at all."]
