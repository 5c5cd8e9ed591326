import csv
import io

import pytest

from quotes.serve import make_datasette


@pytest.fixture
def datasette(seeds_db_path):
    return make_datasette(seeds_db_path)


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
    first = data["rows"][0]
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
