import csv
import io

import pytest

from quotes.serve import make_datasette


@pytest.fixture
def datasette(seeds_db_path):
    return make_datasette(seeds_db_path, warm=False)


async def test_quotes_still_in_the_write_ahead_log_are_served(tmp_path):
    import sqlite_utils

    path = tmp_path / "wal.db"
    writer = sqlite_utils.Database(path)
    writer.execute("pragma journal_mode = wal")
    writer.table("quotes").insert({"id": 1, "text": "Still in the log"})
    assert (tmp_path / "wal.db-wal").stat().st_size  # the writer is still open
    ds = make_datasette(path, warm=False)
    data = (await ds.client.get("/wal/quotes.json?_shape=array")).json()
    assert [row["text"] for row in data] == ["Still in the log"]


async def test_database_is_read_only(datasette):
    await datasette.invoke_startup()
    assert datasette.get_database("quotes").is_mutable is False


async def test_quotes_table_shows_labels_not_ids(datasette):
    response = await datasette.client.get("/quotes/quotes")
    assert response.status_code == 200
    html = response.text
    assert "AI shouldn’t be a luxury" in html
    assert "Liang Wenfeng" in html
    assert "Quotes: who said what, where and when" in html
    data = (await datasette.client.get("/quotes/quotes.json?_labels=on&_shape=objects")).json()
    first = next(row for row in data["rows"] if row["speaker_id"])
    assert isinstance(first["speaker_id"], dict) and first["speaker_id"]["label"]
    assert first["document_id"]["label"]


async def test_default_facets(datasette):
    data = (await datasette.client.get("/quotes/quotes.json")).json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"speaker", "kind"} <= set(facets)
    speakers = {row["value"]: row["count"] for row in facets["speaker"]["results"]}
    assert speakers["Liang Wenfeng"] == 5


async def test_filter_by_speaker_name(datasette):
    data = (
        await datasette.client.get("/quotes/quotes.json?speaker=Liang+Wenfeng&_shape=objects")
    ).json()
    assert len(data["rows"]) == 5


async def test_search(datasette):
    data = (await datasette.client.get("/quotes/quotes.json?_search=luxury&_shape=objects")).json()
    assert [row["speaker"] for row in data["rows"]] == ["Liang Wenfeng"]


async def test_csv_export(datasette):
    response = await datasette.client.get("/quotes/quotes.csv?_labels=on&_size=max")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) >= 5
    assert "Liang Wenfeng" in {row["speaker"] for row in rows}


async def test_canned_queries(datasette):
    top = (await datasette.client.get("/quotes/top_speakers.json?_shape=array")).json()
    assert top[0]["name"] == "Liang Wenfeng"
    assert top[0]["quotes"] == 5
    by_speaker = (
        await datasette.client.get(
            "/quotes/quotes_by_speaker.json?speaker=liang+wenfeng&_shape=array"
        )
    ).json()
    assert len(by_speaker) == 5
    assert {row["speaker"] for row in by_speaker} == {"Liang Wenfeng"}
    page = await datasette.client.get("/quotes/quotes_by_speaker")
    assert page.status_code == 200 and "Quotes by speaker" in page.text


# ---------------------------------------------------------------- the quote browser
# A small database written through the library with hand-made quotes, so that
# these tests depend on the pages, not on the extractor's accuracy.

ARTICLE_ONE = (
    "Markets <b>fell</b> on Monday.\n\n"
    "“We will not sell <b>anything</b> before the engine is ready,” said Ada Lovelace, "
    "chief executive of Engines Ltd. <script>alert('owned')</script>\n\n"
    "Later Ms. Lovelace added: “The engine is ready when it is ready.”\n"
)
ARTICLE_TWO = (
    "The committee met on Tuesday. “Numbers do not lie,” Charles Babbage told reporters. "
    "“Analytical engines will change everything,” said Ada Lovelace.\n"
)


def quote_in(text, document, words, mention, speaker, cue, **extra):
    from quotes.models import Quote

    start = text.index(words)
    mention_start = text.index(mention, start + len(words)) if mention else None
    return Quote(
        document=document,
        text=words,
        start_char=start,
        end_char=start + len(words),
        speaker=speaker,
        speaker_mention=mention,
        speaker_start_char=mention_start,
        speaker_end_char=mention_start + len(mention) if mention else None,
        speaker_role=extra.get("role"),
        cue=cue,
        kind=extra.get("kind", "direct"),
        confidence=extra.get("confidence", 0.9),
    )


@pytest.fixture
def browser_db_path(tmp_path):
    import sqlite_utils

    from quotes import db as database
    from quotes.models import Document

    path = tmp_path / "news.db"
    db = sqlite_utils.Database(path)
    database.ensure_schema(db)
    one = Document(
        id="one.html",
        text=ARTICLE_ONE,
        title="<i>Engines</i> & markets",
        url="https://example.com/engines",
        published="2024-03-02",
        publisher="The Example Times",
    )
    two = Document(
        id="two.txt",
        text=ARTICLE_TWO,
        title="Committee hears from inventors",
        published="2024-05-09",
        publisher="Daily Wire",
    )
    database.save_document(
        db,
        one,
        [
            quote_in(
                ARTICLE_ONE,
                "one.html",
                "We will not sell <b>anything</b> before the engine is ready",
                "Ada Lovelace",
                "Ada Lovelace",
                "said",
                role="chief executive of Engines Ltd.",
            ),
            quote_in(
                ARTICLE_ONE,
                "one.html",
                "The engine is ready when it is ready.",
                None,
                "Ada Lovelace",
                "added",
            ),
        ],
        "test",
    )
    two_quotes = [
        quote_in(
            ARTICLE_TWO,
            "two.txt",
            "Numbers do not lie",
            "Charles Babbage",
            "Charles Babbage",
            "told reporters",
        ),
        quote_in(
            ARTICLE_TWO,
            "two.txt",
            "Analytical engines will change everything",
            "Ada Lovelace",
            "Ada Lovelace",
            "said",
        ),
    ]
    database.save_document(db, two, two_quotes, "test")
    # A later quote written as "Ms. Lovelace", for the speaker page's other names.
    three_text = "“Poetical science,” Ms. Lovelace said.\n"
    three = Document(id="three.txt", text=three_text, title="Poetry", published="2024-07-01")
    database.save_document(
        db,
        three,
        [
            quote_in(
                three_text, "three.txt", "Poetical science", "Ms. Lovelace", "Ada Lovelace", "said"
            )
        ],
        "test",
    )
    database.refresh_speakers(db)
    return path


@pytest.fixture
def news(browser_db_path):
    return make_datasette(browser_db_path, warm=False)


async def row_id(ds, sql, params=None):
    return (
        await ds.client.get("/news.json", params={"sql": sql, "_shape": "array", **(params or {})})
    ).json()[0]["id"]


async def test_quotes_table_is_a_list_of_quotes(news):
    html = (await news.client.get("/news/quotes")).text
    assert 'class="quote-list"' in html
    assert "We will not sell &lt;b&gt;anything&lt;/b&gt; before the engine is ready" in html
    ada = await row_id(news, "select id from speakers where name = 'Ada Lovelace'")
    assert f'<a href="/news/speakers/{ada}">Ada Lovelace</a>' in html
    assert "chief executive of Engines Ltd." in html
    assert "&lt;i&gt;Engines&lt;/i&gt; &amp; markets" in html
    assert "The Example Times" in html and "2024-03-02" in html
    # technical columns are out of the default view, the raw ids beside labels too
    listed = html.split('class="quote-list"')[1].split("</ol>")[0]
    assert "start_char" not in listed and '<th class="col-start_char"' not in html
    assert "<em>" not in listed


async def test_quotes_table_json_and_csv_keep_every_column(news):
    data = (await news.client.get("/news/quotes.json?_shape=objects")).json()
    assert {"id", "start_char", "end_char", "document_id", "speaker_id", "published_month"} <= set(
        data["rows"][0]
    )
    text = (await news.client.get("/news/quotes.csv")).text
    assert text.splitlines()[0].startswith("id,document_id,speaker_id")


async def test_grid_view_still_available(news):
    html = (await news.client.get("/news/quotes?_nocol=document")).text
    assert 'class="rows-and-columns"' in html and 'class="quote-list"' not in html


async def test_quote_page_shows_quote_in_its_article(news):
    quote = await row_id(news, "select id from quotes where text like 'We will not sell%'")
    response = await news.client.get(f"/news/quotes/{quote}")
    assert response.status_code == 200
    html = response.text
    assert (
        '<mark class="quote-focus" id="quote">We will not sell &lt;b&gt;anything&lt;/b&gt; '
        "before the engine is ready</mark>" in html
    )
    assert '<mark class="speaker-mention">Ada Lovelace</mark>' in html
    assert 'href="https://example.com/engines"' in html
    # the article is text: its markup is escaped, its script never runs
    assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html
    assert "Markets &lt;b&gt;fell&lt;/b&gt; on Monday." in html
    # the other quote of the article is marked and linked
    other = await row_id(news, "select id from quotes where text like 'The engine is ready%'")
    assert f'href="/news/quotes/{other}#quote">The engine is ready when it is ready.</a>' in html


async def test_quote_page_without_url(news):
    quote = await row_id(news, "select id from quotes where text = 'Numbers do not lie'")
    html = (await news.client.get(f"/news/quotes/{quote}")).text
    assert '<mark class="quote-focus" id="quote">Numbers do not lie</mark>' in html
    assert "Read the original article" not in html


async def test_document_page_marks_every_quote(news):
    document = await row_id(news, "select id from documents where key = 'one.html'")
    html = (await news.client.get(f"/news/documents/{document}")).text
    assert html.count('class="other-quote"') == 2
    assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html


async def test_speaker_page(news):
    ada = await row_id(news, "select id from speakers where name = 'Ada Lovelace'")
    html = (await news.client.get(f"/news/speakers/{ada}")).text
    assert "<h1>Ada Lovelace</h1>" in html
    assert "4 quotes in 3 articles" in html
    listed = html.split("<h2>Latest quotes</h2>")[1]
    # newest first
    order = [
        listed.index("Poetical science"),
        listed.index("Analytical engines will change everything"),
        listed.index("We will not sell"),
    ]
    assert order == sorted(order)
    assert "The Example Times</a> 2" in html and "Daily Wire</a> 1" in html
    assert "Ms. Lovelace (1)" in html
    assert "chief executive of Engines Ltd." in html
    chart = html.split('<svg class="chart"')[1].split("</svg>")[0]
    assert chart.count("<rect") == 5  # March to July 2024, empty months included
    assert "2024-03: 2" in chart and "2024-04: 0" in chart


async def test_search_highlights_the_match(news):
    html = (await news.client.get("/news/quotes?_search=engine")).text
    assert "<mark>engine</mark>" in html
    data = (await news.client.get("/news/quotes.json?_search=engine&_shape=objects")).json()
    assert len(data["rows"]) == 2


async def test_search_documents(news):
    response = await news.client.get("/news/search_documents?term=monday")
    assert response.status_code == 200
    assert "<mark>Monday</mark>" in response.text
    assert "<script>alert(" not in response.text
    rows = (await news.client.get("/news/search_documents.json?term=monday&_shape=array")).json()
    assert [row["title"] for row in rows] == ["<i>Engines</i> & markets"]


async def test_facets(news):
    data = (
        await news.client.get(
            "/news/quotes.json?_facet=cue&_facet=published_month&_facet=published_year"
        )
    ).json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"speaker", "publisher", "kind", "cue", "published_month", "published_year"} <= set(
        facets
    )
    months = {row["value"]: row["count"] for row in facets["published_month"]["results"]}
    assert months == {"2024-03": 2, "2024-05": 2, "2024-07": 1}
    publishers = {row["value"]: row["count"] for row in facets["publisher"]["results"]}
    assert publishers == {"The Example Times": 2, "Daily Wire": 2}


async def test_filter_by_speaker_name_in_url(news):
    html = (await news.client.get("/news/quotes?speaker=Charles+Babbage")).text
    assert "Numbers do not lie" in html and "Poetical science" not in html
    data = (await news.client.get("/news/quotes.json?speaker=Ada+Lovelace&_shape=objects")).json()
    assert len(data["rows"]) == 4


async def test_more_canned_queries(news):
    about = (await news.client.get("/news/quoted_about.json?term=engine*&_shape=array")).json()
    assert about[0]["speaker"] == "Ada Lovelace" and about[0]["quotes"] == 3
    by_publisher = (
        await news.client.get("/news/speakers_by_publisher.json?publisher=Daily+Wire&_shape=array")
    ).json()
    assert {row["speaker"]: row["quotes"] for row in by_publisher} == {
        "Ada Lovelace": 1,
        "Charles Babbage": 1,
    }
    top = (await news.client.get("/news/top_speakers.json?_shape=array")).json()
    assert [row["name"] for row in top] == ["Ada Lovelace", "Charles Babbage"]


async def test_full_csv_export_streams_every_row(news):
    response = await news.client.get("/news/quotes.csv?_stream=on&_labels=on&_size=1")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5
    assert {row["speaker_id_label"] for row in rows} == {"Ada Lovelace", "Charles Babbage"}


async def test_filtered_csv_and_json(news):
    text = (await news.client.get("/news/quotes.csv?publisher=Daily+Wire&_labels=on")).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["text"] for row in rows} == {
        "Numbers do not lie",
        "Analytical engines will change everything",
    }
    data = (
        await news.client.get("/news/quotes.json?kind=direct&_search=ready&_shape=array")
    ).json()
    assert len(data) == 2


async def test_other_tables_keep_datasette_pages(news):
    response = await news.client.get("/news/documents")
    assert response.status_code == 200 and 'class="rows-and-columns"' in response.text
    grid = await news.client.get("/news/speakers?_nocol=roles")
    assert 'class="rows-and-columns"' in grid.text and 'class="speaker-list"' not in grid.text


async def test_index_and_database_pages(news):
    index = await news.client.get("/")
    assert index.status_code == 200 and "/news" in index.text
    database = await news.client.get("/news")
    assert database.status_code == 200
    for table in ("quotes", "speakers", "documents", "quote_clusters"):
        assert f'href="/news/{table}"' in database.text


# ---------------------------------------------------------------- searches at scale


async def test_search_pages_through_every_match_in_id_order(news):
    # the plain search's count and rows run as faster queries (serve.search_sql): same answers
    import sqlite3

    connection = sqlite3.connect(news.get_database("news").path)
    for term in ("engine", "ready", "the", "said"):
        expected = [
            row[0]
            for row in connection.execute(
                "select rowid from quotes_fts where quotes_fts match ? order by rowid", [term]
            )
        ]
        seen, path = [], f"/news/quotes.json?_search={term}&_size=1&_shape=objects"
        while path:
            data = (await news.client.get(path)).json()
            assert data["filtered_table_rows_count"] == len(expected)
            seen += [row["id"] for row in data["rows"]]
            path = data["next_url"] and data["next_url"].replace("http://localhost", "")
        assert seen == expected


@pytest.mark.parametrize("facet_max", [0, 20_000])
async def test_search_with_filters(news, monkeypatch, facet_max):
    # over facet_max matches the filter's index leads (`+rowid`): the same answers
    from quotes import serve

    monkeypatch.setattr(serve, "SEARCH_FACET_MAX_MATCHES", facet_max)
    data = (
        await news.client.get(
            "/news/quotes.json?_search=engine&speaker=Ada+Lovelace&_shape=objects"
        )
    ).json()
    assert data["filtered_table_rows_count"] == 2
    assert {row["speaker"] for row in data["rows"]} == {"Ada Lovelace"}
    data = (
        await news.client.get("/news/quotes.json?_search=engine&kind=direct&_size=1&_shape=objects")
    ).json()
    assert data["filtered_table_rows_count"] == 2 and len(data["rows"]) == 1
    page_two = (await news.client.get(data["next_url"].replace("http://localhost", ""))).json()
    assert page_two["rows"][0]["id"] > data["rows"][0]["id"]
    nothing = await news.client.get("/news/quotes.json?_search=engine&publisher=Nobody")
    assert nothing.json()["filtered_table_rows_count"] == 0


async def test_facets_of_a_search_with_too_many_matches_are_skipped(news, monkeypatch):
    from quotes import serve

    monkeypatch.setattr(serve, "SEARCH_FACET_MAX_MATCHES", 1)
    data = (await news.client.get("/news/quotes.json?_search=engine")).json()
    assert data["filtered_table_rows_count"] == 2
    assert not data["facet_results"].get("results", data["facet_results"])
    html = (await news.client.get("/news/quotes?_search=engine")).text
    assert '<p class="facets-skipped">2 quotes match: too many to count by speaker' in html
    # a search narrow enough keeps its facets
    data = (await news.client.get("/news/quotes.json?_search=lie")).json()
    facets = data["facet_results"].get("results", data["facet_results"])
    assert facets["speaker"]["results"][0]["value"] == "Charles Babbage"
    html = (await news.client.get("/news/quotes?_search=lie")).text
    assert '<p class="facets-skipped">' not in html


# ---------------------------------------------------------------- the same statement reported again


@pytest.fixture
def reported(browser_db_path):
    """The browser database plus two more reports of Babbage's "Numbers do not lie", one
    earlier and one later, with a speaker whose names and roles hold markup."""
    import sqlite_utils

    from quotes import db as database
    from quotes.models import Document

    db = sqlite_utils.Database(browser_db_path)
    early_text = "Early on, “Numbers do not lie,” said Charles Babbage.\n"
    late_text = "“Numbers do not lie,” Charles Babbage told the <b>Late</b> Post.\n"
    for key, text, title, published, publisher in (
        ("early.txt", early_text, "<b>Early</b> report", "2024-05-01", "Early Wire"),
        ("late.txt", late_text, "Late report", "2024-06-01", "Late Post"),
    ):
        document = Document(
            id=key, text=text, title=title, published=published, publisher=publisher
        )
        quote = quote_in(
            text, key, "Numbers do not lie", "Charles Babbage", "Charles Babbage", "said"
        )
        database.save_document(db, document, [quote], "test")
    database.refresh_speakers(db)
    db.execute(
        "update speakers set aliases = ?, roles = ? where name = 'Ada Lovelace'",
        [
            '{"Ada Lovelace": 3, "<b>Countess</b> Lovelace": 2, "Ms. Lovelace": 1}',
            '{"chief executive of <i>Engines</i>": 2, "mathematician": 1}',
        ],
    )
    db.conn.commit()
    db.close()
    return make_datasette(browser_db_path, warm=False)


async def test_quote_page_shows_the_other_reports(reported):
    quote = await row_id(
        reported,
        "select quotes.id from quotes join documents on documents.id = quotes.document_id "
        "where documents.key = 'two.txt' and quotes.text = 'Numbers do not lie'",
    )
    cluster = await row_id(reported, "select id from quote_clusters")
    html = (await reported.client.get(f"/news/quotes/{quote}")).text
    line = html.split('<p class="cluster-line">')[1].split("</p>")[0]
    assert f'href="/news/quote_clusters/{cluster}"' in line
    assert "First reported 2024-05-01 by Early Wire; reported 3 times by 3 publishers" in " ".join(
        line.split()
    )
    also = html.split('<h2 id="also-reported">Also reported by</h2>')[1].split("</ol>")[0]
    others = (
        await reported.client.get(
            "/news.json",
            params={
                "sql": "select quotes.id, documents.id as document_id from quotes "
                "join documents on documents.id = quotes.document_id "
                "where cluster_id = :c and quotes.id != :q order by quotes.published",
                "c": cluster,
                "q": quote,
                "_shape": "array",
            },
        )
    ).json()
    assert len(others) == 2 and also.count("<li>") == 2
    for other in others:
        assert f'href="/news/quotes/{other["id"]}#quote"' in also
        assert f'href="/news/documents/{other["document_id"]}"' in also
    # oldest first; titles are text
    assert also.index("Early Wire") < also.index("Late Post")
    assert "&lt;b&gt;Early&lt;/b&gt; report" in also and "<b>Early" not in also


async def test_quote_reported_once_has_no_reports_line(reported):
    quote = await row_id(reported, "select id from quotes where text = 'Poetical science'")
    html = (await reported.client.get(f"/news/quotes/{quote}")).text
    assert '<p class="cluster-line">' not in html and "Also reported by" not in html


async def test_statement_page_lists_every_report_oldest_first(reported):
    cluster = await row_id(reported, "select id from quote_clusters")
    response = await reported.client.get(f"/news/quote_clusters/{cluster}")
    assert response.status_code == 200
    html = response.text
    assert '<h1 class="quote-text">Numbers do not lie</h1>' in html
    reports = html.split('<ol class="report-list">')[1].split("</ol>")[0]
    assert reports.count("<li>") == 3
    order = [reports.index(p) for p in ("Early Wire", "Daily Wire", "Late Post")]
    assert order == sorted(order)
    assert "reported 3 times by 3 publishers in 3 articles" in " ".join(html.split())


async def test_most_repeated_statements(reported):
    cluster = await row_id(reported, "select id from quote_clusters")
    rows = (await reported.client.get("/news/most_repeated.json?_shape=array")).json()
    assert rows[0]["text"] == "Numbers do not lie"
    assert (rows[0]["publishers"], rows[0]["reports"]) == (3, 3)
    html = (await reported.client.get("/news/most_repeated")).text
    assert "Most repeated statements" in html
    assert f'<a href="/news/quote_clusters/{cluster}">Numbers do not lie</a>' in html
    babbage = await row_id(reported, "select id from speakers where name = 'Charles Babbage'")
    assert f'<a href="/news/speakers/{babbage}">Charles Babbage</a>' in html


async def test_speaker_page_names_roles_and_dates_from_the_speakers_row(reported):
    ada = await row_id(reported, "select id from speakers where name = 'Ada Lovelace'")
    html = (await reported.client.get(f"/news/speakers/{ada}")).text
    names = html.split('<ul class="names">')[1].split("</ul>")[0]
    assert "<li>&lt;b&gt;Countess&lt;/b&gt; Lovelace (2)</li>" in names
    assert "<li>Ms. Lovelace (1)</li>" in names and ">Ada Lovelace (" not in names
    roles = html.split('<ul class="roles">')[1].split("</ul>")[0]
    assert "<li>chief executive of &lt;i&gt;Engines&lt;/i&gt; (2)</li>" in roles
    assert "quoted from 2024-03-02 to 2024-07-01" in html


async def test_speakers_table_is_a_list_of_people(reported):
    html = (await reported.client.get("/news/speakers")).text
    listed = html.split('<ol class="speaker-list">')[1].split("</ol>")[0]
    ada = await row_id(reported, "select id from speakers where name = 'Ada Lovelace'")
    assert f'<a class="name" href="/news/speakers/{ada}">Ada Lovelace</a>' in listed
    assert "4 quotes in 3 articles, by 2 publishers" in " ".join(listed.split())
    assert "2024-03-02 to 2024-07-01" in listed
    assert "&lt;b&gt;Countess&lt;/b&gt; Lovelace" in listed and "<b>" not in listed
    # no JSON dumped raw, but JSON and CSV keep every column
    assert "{" not in listed and "&#34;" not in listed
    data = (await reported.client.get("/news/speakers.json?_shape=array")).json()
    assert {"aliases", "roles", "publishers", "first_quoted", "kind"} <= set(data[0])
    header = (await reported.client.get("/news/speakers.csv")).text.splitlines()[0]
    assert {"aliases", "roles", "publishers", "publisher_count"} <= set(header.split(","))
