import random

import pytest

from quotes import db as database
from quotes.clusters import cluster_quotes, normalise

from .conftest import said_article


def article(key, quotes, publisher="Example News", published="2016-05-01"):
    """A Document and its Quote records from (speaker, words) pairs, each named in full."""
    return said_article(
        key, [(speaker, speaker, words) for speaker, words in quotes], publisher, published
    )


WALL = (
    "We are going to build a great wall on the southern border, and Mexico is going to "
    "pay for that wall, believe me."
)

# Each case: two quote texts (same speaker) and whether they are one statement.
CASES = {
    "exact": (WALL, WALL, True),
    "case and whitespace": (WALL, "  " + WALL.upper().replace(" ", "   "), True),
    "re-punctuated": (
        WALL,
        (
            "We are going to build a great wall on the southern border -- and Mexico is going "
            "to pay for that wall! Believe me"
        ),
        True,
    ),
    "curly apostrophes": (
        "I don't think the wall is going to be paid for by anyone in Mexico at all",
        "I don’t think the wall is going to be paid for by anyone in Mexico at all",
        True,
    ),
    "trimmed at the end": (WALL, "We are going to build a great wall on the southern border", True),
    "trimmed at the start": (WALL, "Mexico is going to pay for that wall, believe me", True),
    "one word changed": (
        WALL,
        (
            "We are going to build a big wall on the southern border, and Mexico is going to "
            "pay for that wall, believe me."
        ),
        True,
    ),
    "different statements sharing a phrase": (
        "We will make America great again and we will build a wall on the border",
        "We will make America great again by cutting taxes for every family in this country",
        False,
    ),
    "different statements sharing common words": (
        "The economy is doing very well and the people of this country know it",
        "The people of this state know that the budget is not doing very well at all",
        False,
    ),
}


@pytest.mark.parametrize("a, b, same", CASES.values(), ids=CASES.keys())
def test_pairs(a, b, same):
    found = cluster_quotes([(1, a, "s"), (2, b, "s")])
    assert (found.get(1) is not None and found.get(1) == found.get(2)) is same


def test_short_quotes_cluster_only_with_the_same_speaker():
    found = cluster_quotes(
        [(1, "I don't know.", "a"), (2, "I DON’T know", "a"), (3, "I don't know", "b")]
    )
    assert found == {1: 1, 2: 1}
    # a short quote with no known speaker joins nothing
    assert cluster_quotes([(1, "Rigged", None), (2, "rigged", None)]) == {}


def test_long_quotes_cluster_across_speakers():
    # the same words reported with the speaker unresolved in one article
    assert cluster_quotes([(1, WALL, "s"), (2, WALL, None)]) == {1: 1, 2: 1}


def test_short_fragment_is_not_a_trimmed_version():
    fragment = "a great wall"  # a mixed quote's fragment: too short to say it is that statement
    assert cluster_quotes([(1, WALL, "s"), (2, fragment, "s")]) == {}


def test_cluster_is_named_by_its_smallest_quote_id_and_singletons_are_left_out():
    found = cluster_quotes(
        [(7, WALL, "s"), (3, WALL.upper(), "s"), (5, "Something else entirely", "s")]
    )
    assert found == {7: 3, 3: 3}


def test_fetching_texts_gives_the_same_clusters():
    quotes = [(index, text, "s") for index, (text, _, _) in enumerate(CASES.values())]
    quotes += [(100 + index, text, "s") for index, (_, text, _) in enumerate(CASES.values())]
    texts = {quote_id: text for quote_id, text, _ in quotes}
    fetched = []

    def fetch(ids):
        fetched.extend(ids)
        return {quote_id: texts[quote_id] for quote_id in ids}

    assert cluster_quotes(quotes, fetch) == cluster_quotes(quotes)
    assert fetched and len(fetched) < len(quotes)


def test_many_reports_of_one_statement_among_unrelated_quotes():
    rng = random.Random(4)
    vocabulary = [f"w{index}" for index in range(5000)]
    quotes = [(index, " ".join(rng.choices(vocabulary, k=20)), "s") for index in range(2000)]
    words = WALL.split()
    for index in range(50):
        start = rng.randrange(0, 4)
        quotes.append(
            (10_000 + index, " ".join(words[start : len(words) - rng.randrange(0, 4)]), "s")
        )
    found = cluster_quotes(quotes)
    assert set(found) == {10_000 + index for index in range(50)}
    assert len(set(found.values())) == 1


def test_normalise():
    assert normalise("  “Don’t,”  he—SAID. ") == "dont he said"
    assert normalise("Café") == "cafe"


# In the database


def test_quote_clusters_table(memory_db):
    trimmed = "Mexico is going to pay for that wall, believe me"
    repunctuated = WALL.replace(",", " --").replace(".", "!")
    articles = [
        article(
            "first.txt",
            [("Donald Trump", WALL), ("Donald Trump", "Something unrelated")],
            "Daily A",
            "2016-01-02",
        ),
        article("second.txt", [("Donald J. Trump", trimmed)], "Daily B", "2016-01-03"),
        article("third.txt", [("Trump", repunctuated)], "Daily B", "2016-01-05"),
        article(
            "fourth.txt", [("Hillary Clinton", "Something unrelated")], "Daily C", "2016-01-01"
        ),
    ]
    database.ensure_schema(memory_db)
    for document, quotes in articles:
        database.save_document(memory_db, document, quotes, "test")
    database.refresh_identities(memory_db)
    clusters = list(memory_db.table("quote_clusters").rows)
    assert len(clusters) == 1
    cluster = clusters[0]
    assert cluster["text"] in (WALL, repunctuated)  # the longest form
    assert (cluster["quote_count"], cluster["document_count"], cluster["publisher_count"]) == (
        3,
        3,
        2,
    )
    assert (cluster["first_published"], cluster["first_publisher"]) == ("2016-01-02", "Daily A")
    first_document = memory_db.execute(
        "select key from documents where id = ?", [cluster["first_document_id"]]
    ).fetchone()[0]
    assert first_document == "first.txt"
    speaker = memory_db.execute(
        "select name from speakers where id = ?", [cluster["speaker_id"]]
    ).fetchone()[0]
    assert speaker == "Donald Trump"
    members = memory_db.execute(
        "select document, start_char, end_char from quotes where cluster_id = ? order by document",
        [cluster["id"]],
    ).fetchall()
    assert [document for document, _, _ in members] == ["first.txt", "second.txt", "third.txt"]
    # short quotes of different speakers stay apart; each quote keeps its own offsets
    assert memory_db.table("quotes").count_where("cluster_id is null") == 2
    texts = dict(memory_db.execute("select key, text from documents"))
    for document, start, end in members:
        assert texts[document][start:end] in (WALL, trimmed, repunctuated)
    assert memory_db.execute("pragma foreign_key_check").fetchall() == []


def test_cluster_ids_stay_across_refreshes_and_clusters_go_when_reports_go(memory_db):
    database.ensure_schema(memory_db)
    first, first_quotes = article("one.txt", [("A Person", WALL)])
    second, second_quotes = article("two.txt", [("A Person", WALL)])
    database.save_document(memory_db, first, first_quotes, "test")
    database.save_document(memory_db, second, second_quotes, "test")
    database.refresh_identities(memory_db)
    (cluster_id,) = [row["id"] for row in memory_db.table("quote_clusters").rows]
    third, third_quotes = article("three.txt", [("A Person", WALL.upper())])
    database.save_document(memory_db, third, third_quotes, "test")
    database.refresh_identities(memory_db)
    assert [row["id"] for row in memory_db.table("quote_clusters").rows] == [cluster_id]
    assert memory_db.table("quotes").count_where("cluster_id = ?", [cluster_id]) == 3
    changed, changed_quotes = article("two.txt", [("A Person", "Now something else")])
    database.save_document(memory_db, changed, changed_quotes, "test")
    database.save_document(memory_db, *article("three.txt", [("A Person", "And more")]), "test")
    database.refresh_identities(memory_db)
    assert memory_db.table("quote_clusters").count == 0
    assert memory_db.table("quotes").count_where("cluster_id is not null") == 0
