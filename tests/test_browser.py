"""The quote browser in a real browser: headless Chromium over `quotes serve`'s app.

Skips when Chromium or Playwright is missing (.ci/run installs both). Each test
keeps a screenshot in tests/artifacts/ to look at.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
SYNTHETIC = Path(__file__).parent / "benchmarks" / "synthetic_db.py"

if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
    pytest.skip("no Chromium installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")


def synthetic_module():
    spec = importlib.util.spec_from_file_location("synthetic_db", SYNTHETIC)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`quotes serve` on a free port over a small synthetic database; yields (base URL, db)."""
    import uvicorn

    from quotes.serve import make_datasette

    path = tmp_path_factory.mktemp("browser") / "news.db"
    db = synthetic_module().write_database(path, 3000, 150, 600, log=lambda message: None)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(make_datasette(path).app(), port=port, log_level="warning")
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uvicorn_server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    uvicorn_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    yield page
    page.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_quotes_table(server, page):
    base, db = server
    first = db.execute("select text, speaker from quotes order by id limit 1").fetchone()
    page.goto(f"{base}/news/quotes")
    items = page.locator("ol.quote-list > li")
    assert items.count() == 50
    visible = page.locator("ol.quote-list").inner_text()
    assert first[0][:40] in visible and first[1] in visible
    # no raw ids or offsets in the visible list: only words, names, titles and dates
    assert "start_char" not in visible and "document_id" not in visible
    assert not re.search(r"^\d+$", visible, re.MULTILINE)
    assert page.locator("dl.column-descriptions").is_hidden()
    assert "Quotes: who said what, where and when" in page.inner_text("body")
    screenshot(page, "quotes-table")


def test_quote_in_context(server, page):
    base, db = server
    quote_id, text, mention, url = db.execute(
        """select quotes.id, quotes.text, quotes.speaker_mention, documents.url
        from quotes join documents on documents.id = quotes.document_id
        where documents.url is not null and quotes.speaker_mention like '% %'
        order by quotes.id limit 1"""
    ).fetchone()
    page.goto(f"{base}/news/quotes/{quote_id}")
    focus = page.locator(".article mark.quote-focus")
    assert focus.count() == 1 and focus.inner_text() == text
    assert focus.is_visible()
    assert page.locator(".article mark.speaker-mention").inner_text() == mention
    assert page.locator("a.original").get_attribute("href") == url
    focus.scroll_into_view_if_needed()
    screenshot(page, "quote-in-context")


def test_speaker_page(server, page):
    base, db = server
    speaker_id, name, count, aliases, first, last = db.execute(
        "select id, name, quote_count, aliases, first_quoted, last_quoted from speakers "
        "order by quote_count desc limit 1"
    ).fetchone()
    page.goto(f"{base}/news/speakers/{speaker_id}")
    assert page.locator("h1").inner_text() == name
    assert f"{count:,} quotes" in page.inner_text("body")
    assert f"quoted from {first} to {last}" in page.locator(".speaker-facts").inner_text()
    other_names = {alias: n for alias, n in json.loads(aliases).items() if alias != name}
    assert other_names  # the synthetic speakers are also written "Mr./Ms. Surname"
    assert set(page.locator("ul.names li").all_inner_texts()) == {
        f"{alias} ({n:,})" for alias, n in other_names.items()
    }
    assert page.locator("svg.chart rect").count() > 12
    assert page.locator("ul.publishers li").count() >= 1
    assert page.locator("ol.quote-list > li").count() == min(count, 50)
    dates = page.locator("ol.quote-list .published").all_inner_texts()
    assert dates == sorted(dates, reverse=True)
    screenshot(page, "speaker-page")


def test_search_highlights_matches(server, page):
    base, db = server
    page.goto(f"{base}/news/quotes")
    page.fill("input#_search", "quixotically")
    page.locator("input#_search").press("Enter")
    page.wait_for_url(re.compile(r"_search=quixotically"))
    marks = page.locator("ol.quote-list mark")
    assert marks.count() >= 1
    assert {text.lower() for text in marks.all_inner_texts()} == {"quixotically"}
    hits = db.execute(
        "select count(*) from quotes_fts where quotes_fts match 'quixotically'"
    ).fetchone()[0]
    assert page.locator("ol.quote-list > li").count() == hits
    screenshot(page, "search")


def test_also_reported_by(server, page):
    base, db = server
    cluster_id, first_quote, reports, publishers = db.execute(
        "select id, first_quote_id, quote_count, publisher_count from quote_clusters "
        "where publisher_count > 1 order by quote_count desc, id limit 1"
    ).fetchone()
    page.goto(f"{base}/news/quotes/{first_quote}")
    line = page.locator("p.cluster-line")
    assert "First reported" in line.inner_text()
    assert f"reported {reports} times by {publishers} publishers" in line.inner_text()
    items = page.locator("ol.report-list > li")
    assert items.count() == reports - 1
    dates = page.locator("ol.report-list .published").all_inner_texts()
    assert dates == sorted(dates)
    page.evaluate("document.getElementById('also-reported').scrollIntoView()")
    screenshot(page, "also-reported-by")
    # each report opens on its own article with the quote marked
    target = items.first.locator(".report-text a").first
    href = target.get_attribute("href")
    target.click()
    page.wait_for_url(re.compile(re.escape(href.split("#")[0])))
    assert page.locator(".article mark.quote-focus").is_visible()
    # the statement's own page lists every report
    page.goto(f"{base}/news/quote_clusters/{cluster_id}")
    assert page.locator("ol.report-list > li").count() == reports
    screenshot(page, "statement")


def test_speakers_list(server, page):
    base, db = server
    top = db.execute("select name from speakers order by quote_count desc limit 1").fetchone()[0]
    page.goto(f"{base}/news/speakers")
    names = page.locator("ol.speaker-list a.name").all_inner_texts()
    assert names[0] == top and len(names) == 50
    visible = page.locator("ol.speaker-list").inner_text()
    assert "{" not in visible and "also written as" in visible
    screenshot(page, "speakers")
