"""Speaker mentions to names, within one document.

The people of a document are the capitalised name sequences outside quotes
("Liang Wenfeng", "Sen. Ted Cruz", "Mr. Liang"). A full name introduces a
person; a later surname, first name or "Mr./Ms./Sen. X" refers back to the
most recent person with that name (or forward, when a headline uses the
surname before the article introduces the full name). A pronoun refers to the
most recent person outside quotes whose gender is compatible; gender comes
from honorifics, the first-name lists in names_male.txt / names_female.txt,
and the pronouns that follow the person's own attributions.

Nominal speakers ("a spokesman", "officials", "the campaign") stay as
written: the document does not say who they are.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quotes import patterns as p

# Every capitalised sequence that could be a name or refer to one.
# Shape: Republican nominee Donald J. Trump / Mr. Liang / O’Rourke
CAPITALISED = re.compile(
    rf"(?<![\w’'\-]){p.NAME_TOKEN}(?:{p.SP}(?:{p.NAME_PARTICLE}{p.SP})*{p.NAME_TOKEN})*"
)
POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
PARTY_TAG = re.compile(r"[ \u00a0]*\([^)]*\)$")
SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


@dataclass
class Person:
    """A person the document names; `name` is the fullest form introduced."""

    name: str
    surname: str
    first: str
    gender: str = ""  # "m", "f" or "" when unknown
    role: str | None = None
    mentions: int = 0


@dataclass
class People:
    """The people of one document and where each is mentioned outside quotes."""

    persons: list[Person] = field(default_factory=list)
    by_surname: dict[str, Person] = field(default_factory=dict)
    by_first: dict[str, Person] = field(default_factory=dict)
    first_full: dict[str, Person] = field(default_factory=dict)
    positions: list[int] = field(default_factory=list)
    mentioned: list[Person] = field(default_factory=list)


def split_name(mention: str) -> tuple[list[str], str]:
    """Name tokens without titles, honorifics, suffixes and possessive; and the gender
    the honorific implies ("m", "f" or "")."""
    mention = PARTY_TAG.sub("", mention)
    tokens = mention.replace("\u00a0", " ").split()
    gender = ""
    while tokens and (tokens[0] in p.TITLE_WORDS or tokens[0] in p.NOT_NAME_WORDS):
        if tokens[0] in p.HONORIFICS_MALE:
            gender = "m"
        elif tokens[0] in p.HONORIFICS_FEMALE:
            gender = "f"
        tokens.pop(0)
    while tokens and tokens[-1] in SUFFIXES:
        tokens.pop()
    if tokens:
        tokens[-1] = POSSESSIVE.sub("", tokens[-1])
        if not tokens[-1]:
            tokens.pop()
    return tokens, gender


def _looks_like_name(tokens: list[str]) -> bool:
    """Names have lower-case letters in their first and last words ("AI", "U.S." and
    "LLM" are not names), except for initials in the middle."""
    first, last = tokens[0], tokens[-1]
    return (
        len(last) > 1
        and not last.isupper()
        and (len(tokens) == 1 or not first.isupper() or first.endswith("."))
    )


def gender_of_first_name(first: str) -> str:
    """'m' or 'f' from the first-name lists, '' when the name is in neither."""
    if first in p.MALE_NAMES:
        return "m"
    if first in p.FEMALE_NAMES:
        return "f"
    return ""


def index_people(text: str, quoted: list[tuple[int, int]]) -> People:
    """The people of `text`, ignoring names inside the quoted spans (a name the
    speaker mentions is not a candidate for the speaker's pronoun)."""
    people = People()
    q_starts = [a for a, _ in quoted]
    for m in CAPITALISED.finditer(text):
        start = m.start()
        i = bisect.bisect_right(q_starts, start) - 1
        in_quote = i >= 0 and quoted[i][0] <= start < quoted[i][1]
        tokens, gender = split_name(m.group())
        if not tokens or any(t in p.ORG_WORDS for t in tokens) or not _looks_like_name(tokens):
            continue
        person = None
        if len(tokens) >= 2 and tokens[0][0].isupper() and len(tokens) <= 4:
            surname, first = tokens[-1], tokens[0]
            known = people.by_surname.get(surname)
            if known is not None and (known.first == first or known.first[:1] == first[:1]):
                person = known
            else:
                person = Person(" ".join(tokens), surname, first, gender_of_first_name(first))
                people.persons.append(person)
                people.by_surname[surname] = person
                people.by_first.setdefault(first, person)
                people.first_full.setdefault(surname, person)
        elif len(tokens) == 1:
            token = tokens[0]
            person = people.by_surname.get(token)
            if person is None and gender:
                # "Mr. Liang" before (or without) a full name still names a person
                person = Person(token, token, "", gender)
                people.persons.append(person)
                people.by_surname[token] = person
        if person is None:
            continue
        if gender and not person.gender:
            person.gender = gender
        person.mentions += 1
        if not in_quote:
            people.positions.append(start)
            people.mentioned.append(person)
    return people


def resolve_name(people: People, mention: str) -> tuple[str, Person | None]:
    """The canonical name for a written name mention, and its person if known."""
    tokens, gender = split_name(mention)
    if not tokens:
        return mention.strip(), None
    if len(tokens) == 1:
        token = tokens[0]
        person = people.by_surname.get(token) or people.first_full.get(token)
        if person is None:
            person = people.by_first.get(token)
        if person is not None:
            if gender and not person.gender:
                person.gender = gender
            return person.name, person
        return token, None
    person = people.by_surname.get(tokens[-1])
    if person is not None and (person.first == tokens[0] or person.first[:1] == tokens[0][:1]):
        return person.name, person
    return " ".join(tokens), None


def resolve_pronoun(people: People, pronoun: str, position: int) -> Person | None:
    """The most recent person before `position`, outside quotes, whose gender
    fits the pronoun; None for pronouns that name no single person."""
    word = pronoun.lower()
    if word in p.PRONOUNS_MALE:
        wanted = "m"
    elif word in p.PRONOUNS_FEMALE:
        wanted = "f"
    else:
        return None
    i = bisect.bisect_left(people.positions, position) - 1
    fallback = None
    seen = 0
    while i >= 0 and seen < 40:
        person = people.mentioned[i]
        if person.gender == wanted:
            return fallback or person
        if not person.gender and fallback is None and person.mentions >= 2:
            fallback = person
        i -= 1
        seen += 1
    return fallback
