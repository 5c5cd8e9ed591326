import pytest

from quotes.identity import Correction, names_in_text, parse_name, resolve_speakers


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
