import random

import pytest

from quotes.clusters import cluster_quotes, normalise

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
