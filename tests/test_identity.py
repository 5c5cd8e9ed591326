import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes import db as database
from quotes.cli import cli
from quotes.identity import (
    Correction,
    UnknownSpeaker,
    alias_of,
    names_in_text,
    parse_name,
    resolve_speakers,
)

from .conftest import said_article


@pytest.mark.parametrize(
    "written, kind, text, suffix",
    [
        ("Donald Trump", "person", "Donald Trump", ""),
        ("Donald J. Trump", "person", "Donald J. Trump", ""),
        ("Donald Trump, Jr.", "person", "Donald Trump Jr.", "Jr."),
        ("Mr. Trump", "single", "Trump", ""),
        ("Trump’s", "single", "Trump", ""),
        ("President Obama", "single", "Obama", ""),
        ("Sen. Ted Cruz", "person", "Ted Cruz", ""),
        ("former Secretary of State Hillary Clinton", "person", "Hillary Clinton", ""),
        ("Republican presidential candidate Donald Trump", "person", "Donald Trump", ""),
        ("Joel Pollak of Breitbart California", "person", "Joel Pollak", ""),
        ("Ursula von der Leyen", "person", "Ursula von der Leyen", ""),
        ("the White House", "organisation", "White House", ""),
        ("the Clinton campaign", "organisation", "Clinton campaign", ""),
        ("Fox News", "organisation", "Fox News", ""),
        ("FBI", "organisation", "FBI", ""),
        ("a spokesman", "nominal", "a spokesman", ""),
        ("officials", "nominal", "officials", ""),
        ("the president", "nominal", "the president", ""),
        ("he", "pronoun", "he", ""),
        ("Officials", "nominal", "Officials", ""),
        ("the Florida senator", "nominal", "the Florida senator", ""),
        ("Police Commissioner Richard Ross", "person", "Richard Ross", ""),
        ("Department of Justice", "organisation", "Department of Justice", ""),
    ],
)
def test_parse_name(written, kind, text, suffix):
    name = parse_name(written)
    assert (name.kind, name.text, name.suffix) == (kind, text, suffix)


def test_nominal_speaker_keeps_its_organisation():
    name = parse_name("a spokesman for the Clinton campaign")
    assert (name.kind, name.organisation) == ("nominal", "Clinton campaign")
    assert parse_name("officials at the Pentagon").organisation == "Pentagon"


def test_gender_from_honorific_and_first_name():
    assert parse_name("Mrs. Clinton").gender == "f"
    assert parse_name("Mr. Trump").gender == "m"
    assert parse_name("Hillary Clinton").gender == "f"
    assert parse_name("Bill Clinton").gender == "m"


def resolve(units, evidence=None, corrections=()):
    """document, speaker -> the name of the row it lands in (None: no row)."""
    resolution = resolve_speakers({unit: 1 for unit in units}, evidence, corrections)
    return {
        unit: resolution.names[resolution.keys[unit]] if unit in resolution.keys else None
        for unit in units
    }


# Each case: units (document, speaker as the extractor resolved it); the first and the last
# must share a row.
MERGE = {
    "middle initial": [("a", "Donald Trump"), ("b", "Donald J. Trump")],
    "case": [("a", "Donald Trump"), ("b", "DONALD TRUMP")],
    "title": [("a", "Ted Cruz"), ("b", "Sen. Ted Cruz")],
    "descriptor": [("a", "Hillary Clinton"), ("b", "former Secretary of State Hillary Clinton")],
    "surname resolved in its document": [
        ("a", "Donald Trump"),
        ("a", "Trump"),
        ("b", "Donald Trump"),
    ],
    "honorific resolved by gender": [
        ("a", "Hillary Clinton"),
        ("a", "Bill Clinton"),
        ("a", "Mrs. Clinton"),
    ],
    "suffix with a comma": [("a", "Donald Trump Jr."), ("b", "Donald Trump, Jr.")],
    "organisation with and without the": [("a", "the Clinton campaign"), ("b", "Clinton campaign")],
    "spokesman for an organisation": [
        ("a", "a spokesman for the Clinton campaign"),
        ("b", "the Clinton campaign"),
    ],
}

# Each case: units; the first and the last must land in different rows.
KEEP_APART = {
    "junior": [("a", "Donald Trump"), ("b", "Donald Trump Jr.")],
    "different first names": [("a", "Bill Clinton"), ("b", "Hillary Clinton")],
    "unresolved surname": [("a", "Donald Trump"), ("b", "Trump")],
    "ambiguous surname in its document": [
        ("a", "Donald Trump"),
        ("a", "Donald Trump Jr."),
        ("b", "Donald Trump"),
        ("a", "Trump"),
    ],
    "two middle initials": [("a", "George W. Bush"), ("b", "George H. W. Bush")],
    "honorific of the other gender": [("a", "Bill Clinton"), ("a", "Mrs. Clinton")],
}


@pytest.mark.parametrize("units", MERGE.values(), ids=MERGE.keys())
def test_merge(units):
    names = resolve(units)
    assert names[units[0]] == names[units[-1]], names


@pytest.mark.parametrize("units", KEEP_APART.values(), ids=KEEP_APART.keys())
def test_do_not_merge(units):
    names = resolve(units)
    first, last = units[0], units[-1]
    assert names[first] != names[last], names


def test_bare_form_of_ambiguous_middle_initials_stays_apart():
    names = resolve([("a", "George W. Bush"), ("b", "George H. W. Bush"), ("c", "George Bush")])
    assert len(set(names.values())) == 3


def test_canonical_name_is_the_common_full_form():
    units = {("a", "Donald Trump"): 5, ("b", "Donald J. Trump"): 1, ("c", "DONALD TRUMP"): 9}
    units[("a", "Trump")] = 20
    resolution = resolve_speakers(units)
    assert set(resolution.keys.values()) == {resolution.keys[("a", "Trump")]}
    assert resolution.names[resolution.keys[("a", "Trump")]] == "Donald Trump"


def test_nominal_speakers_without_organisation_get_no_row():
    names = resolve([("a", "a spokesman"), ("b", "officials"), ("c", "he")])
    assert set(names.values()) == {None}


def test_evidence_from_the_text_resolves_a_surname():
    units = [("a", "Trump"), ("b", "Donald Trump")]
    assert resolve(units)[("a", "Trump")] == "Trump"
    evidence = {"a": names_in_text("Yesterday Donald J. Trump spoke. Then Trump left.", ["Trump"])}
    assert resolve(units, evidence)[("a", "Trump")] == "Donald Trump"


def test_names_in_text():
    text = (
        "Yesterday Donald J. Trump said so, and Hillary Rodham Clinton agreed. "
        "Mr. Trump left. Trump Tower stood."
    )
    assert names_in_text(text, ["Trump", "Clinton"]) == {
        "Donald J. Trump",
        "Hillary Rodham Clinton",
    }


def test_same_name_different_kinds_stay_unique():
    names = resolve([("a", "Trump"), ("b", "a spokeswoman for Trump")])
    assert len(set(names.values())) == 2


@pytest.mark.parametrize(
    "corrections, expected",
    [
        ([Correction("merge", "Trump", "Donald Trump")], 1),
        ([Correction("merge", "Trump", "Donald Trump"), Correction("split", "Trump")], 2),
        ([Correction("merge", "Donald J. Trump", "Donald John Trump")], 2),
    ],
    ids=["merge", "split undoes merge", "merge renames"],
)
def test_corrections(corrections, expected):
    units = [("a", "Donald Trump"), ("b", "Trump"), ("c", "Donald J. Trump")]
    names = resolve(units, corrections=corrections)
    assert len(set(names.values())) == expected, names


def test_merge_into_new_name_renames():
    names = resolve([("a", "Trump")], corrections=[Correction("merge", "Trump", "Donald Trump")])
    assert names[("a", "Trump")] == "Donald Trump"


# In the database: documents written as the extractor would, then refreshed.


article = said_article  # (speaker, mention, words) triples


ARTICLES = [
    article(
        "a.txt",
        [
            ("Donald Trump", "Donald Trump", "We will build the wall and Mexico will pay for it"),
            ("Donald Trump", "Mr. Trump", "Nobody builds walls better than me, believe me"),
            ("Hillary Clinton", "Hillary Clinton", "We are stronger together than apart"),
        ],
        published="2016-01-10",
    ),
    article(
        "b.txt",
        [
            ("Donald J. Trump", "Donald J. Trump", "Make America great again"),
            ("Donald Trump Jr.", "Donald Trump Jr.", "My father will win this election"),
            ("Bill Clinton", "Bill Clinton", "She is the best darn change maker I have ever known"),
            ("a spokesman", "a spokesman", "We do not comment on rumours"),
        ],
        publisher="Other Times",
        published="2016-03-02",
    ),
    article(
        "c.txt",
        [
            ("Trump", "Trump", "I alone can fix it"),
            (
                "a spokesman for the Clinton campaign",
                "a spokesman for the Clinton campaign",
                "The campaign is confident",
            ),
        ],
        published="2016-07-21",
    ),
]


def load_articles(db, articles=ARTICLES):
    database.ensure_schema(db)
    for document, quotes in articles:
        database.save_document(db, document, quotes, "test")
    database.refresh_identities(db)


def speaker_of(db, text):
    return db.execute(
        "select speakers.name from quotes left join speakers on speakers.id = quotes.speaker_id "
        "where quotes.text = ?",
        [text],
    ).fetchone()[0]


def test_speakers_table(memory_db):
    load_articles(memory_db)
    trump = memory_db.execute("select * from speakers where name = 'Donald Trump'").fetchone()
    row = dict(zip([c[0] for c in memory_db.execute("select * from speakers").description], trump))
    assert row["quote_count"] == 3 and row["document_count"] == 2
    assert json.loads(row["aliases"]) == {"Donald Trump": 2, "Mr. Trump": 1, "Donald J. Trump": 1}
    assert (row["first_quoted"], row["last_quoted"]) == ("2016-01-10", "2016-03-02")
    assert json.loads(row["publishers"]) == {"Example News": 2, "Other Times": 1}
    assert speaker_of(memory_db, "My father will win this election") == "Donald Trump Jr."
    assert speaker_of(memory_db, "I alone can fix it") == "Trump"  # no article resolved it
    assert speaker_of(memory_db, "We do not comment on rumours") is None
    assert speaker_of(memory_db, "The campaign is confident") == "Clinton campaign"
    # the quote keeps the name as its article resolved it
    assert (
        memory_db.execute(
            "select speaker from quotes where text = 'Make America great again'"
        ).fetchone()[0]
        == "Donald J. Trump"
    )
    assert memory_db.execute("pragma foreign_key_check").fetchall() == []


def test_refresh_twice_changes_nothing(memory_db):
    load_articles(memory_db)
    tables = ("speakers", "quotes", "quote_clusters")
    before = {t: memory_db.execute(f"select * from {t} order by id").fetchall() for t in tables}
    database.refresh_identities(memory_db)
    after = {t: memory_db.execute(f"select * from {t} order by id").fetchall() for t in tables}
    assert after == before


def test_speaker_ids_stay_when_names_stay(memory_db):
    load_articles(memory_db)
    ids = dict(memory_db.execute("select name, id from speakers"))
    load_articles(memory_db, ARTICLES + [article("d.txt", [("Ted Cruz", "Cruz", "Lyin' words")])])
    after = dict(memory_db.execute("select name, id from speakers"))
    assert all(after[name] == speaker_id for name, speaker_id in ids.items())


def test_corrections_survive_reload(memory_db):
    load_articles(memory_db)
    database.add_speaker_correction(memory_db, "merge", "Trump", "Donald Trump")
    assert speaker_of(memory_db, "I alone can fix it") == "Donald Trump"
    database.add_speaker_correction(memory_db, "split", "Donald J. Trump")
    assert speaker_of(memory_db, "Make America great again") == "Donald J. Trump"
    load_articles(memory_db)  # a reload with the same documents, and a refresh
    assert speaker_of(memory_db, "I alone can fix it") == "Donald Trump"
    assert speaker_of(memory_db, "Make America great again") == "Donald J. Trump"
    split_correction = database.list_speaker_corrections(memory_db)[-1]
    database.remove_speaker_correction(memory_db, split_correction["id"])
    assert speaker_of(memory_db, "Make America great again") == "Donald Trump"
    with pytest.raises(UnknownSpeaker):
        database.add_speaker_correction(memory_db, "merge", "Nobody Atall", "Donald Trump")


def test_speakers_cli(tmp_path):
    path = tmp_path / "quotes.db"
    load_articles(sqlite_utils.Database(path))
    runner = CliRunner()
    result = runner.invoke(cli, ["speakers", "merge", str(path), "Trump", "into", "Donald Trump"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["speakers", "list", str(path), "--like", "Trump"])
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0].split("\t")
    assert first[1:3] == ["Donald Trump", "4 quote(s)"]
    assert "Trump" in first[3].split(", ")
    result = runner.invoke(cli, ["speakers", "corrections", str(path)])
    assert "merge 'Trump' into 'Donald Trump'" in result.stdout
    result = runner.invoke(cli, ["speakers", "split", str(path), "Nobody Atall"])
    assert result.exit_code == 1 and "no speaker called" in result.output
    result = runner.invoke(cli, ["speakers", "undo", str(path), "1"])
    assert result.exit_code == 0
    assert runner.invoke(cli, ["speakers", "corrections", str(path)]).stdout == ""


@pytest.mark.parametrize(
    "mention, speaker, alias",
    [
        ("Mr. Trump", "Donald Trump", "Mr. Trump"),
        ("When Trump", "Donald Trump", "Trump"),
        ("Trump’s", "Donald Trump", "Trump"),
        ("he", "Donald Trump", None),
        ("the spokesman", "Josh Earnest", None),
        ("Donald Trump Jr.", "Donald Trump", None),  # the extractor's slip, not an alias
        ("Mrs. Clinton", "Donald Trump", None),
    ],
)
def test_alias_of(mention, speaker, alias):
    assert alias_of(mention, speaker) == alias


@pytest.mark.parametrize(
    "written, text",
    [
        ("When Trump", "Trump"),
        ("Billionaire Donald Trump", "Donald Trump"),
        ("Is President Obama", "Obama"),
        ("Obama Education Secretary Arne Duncan", "Arne Duncan"),
        ("Clinton Senior Adviser Sidney Blumenthal", "Sidney Blumenthal"),
        ("Manhattan-made Mr. Trump", "Trump"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("Charlie King", "Charlie King"),
    ],
)
def test_names_caught_with_their_sentence(written, text):
    """Mention spans that start too early (the sentence's first word, a title, an employer)."""
    assert parse_name(written).text == text


def test_refresh_after_load_is_skipped_when_nothing_changed(memory_db):
    load_articles(memory_db)
    memory_db.execute("update speakers set quote_count = 999 where name = 'Donald Trump'")
    database.refresh_speakers(memory_db)  # what every load ends with
    assert memory_db.table("speakers").count_where("quote_count = 999") == 1
    document, quotes = article("d.txt", [("Donald Trump", "Donald Trump", "A new statement")])
    database.save_document(memory_db, document, quotes, "test")
    database.refresh_speakers(memory_db)
    count = memory_db.execute("select quote_count from speakers where name = 'Donald Trump'")
    assert count.fetchone()[0] == 4
