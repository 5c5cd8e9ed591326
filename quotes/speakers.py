"""Speaker mentions to names, within one document.

The people of a document are the capitalised name sequences ("Liang Wenfeng",
"Sen. Ted Cruz", "Mr. Liang"), without titles, honorifics and possessives, and
without organisations, places and groups ("Central Park", "Republicans"). A
full name introduces a person; a later surname, first name or "Mr./Ms./Sen. X"
refers back to the most recent person with that name (or forward, when a
headline uses the surname before the article introduces the full name); a
bare surname that several people share ("Ted Cruz", "Heidi Cruz") goes to
the one mentioned most. A single capitalised word followed by a reporting
verb ("Calabrese told", "Cruz openly admitted") or after a person title
("President Obama") is a person too; a new name after a locative preposition
with no known first name ("in El Paso", "at Boca West") is a place.

A "he" or "she" refers to the most recent person mentioned outside quotes
whose gender fits (a name inside a quote is not the speaker's antecedent),
skipping objects and modifiers ("a supporter of Trump", "a Trump rally") when a
subject is available, and then to the first fitting person of that sentence,
its subject more often than not. Every "he"/"she" of the document is resolved
in order and counts as a mention of its person, so a chain of pronouns keeps
its referent. Gender comes from honorifics, the first-name lists in
names_male.txt / names_female.txt, and otherwise from the pronouns that
follow a person's mentions.

A possessor ("Suu Kyi's fate is unclear, but she said") is an antecedent like
any subject. Nominal speakers ("a spokesman", "officials", "the campaign")
stay as written: the document does not say who they are; an unresolved
"they" or "it" takes the previous sentence's subject when that is a group or
a thing (quotes.extract).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from quotes import patterns as p
from quotes.patterns import words

# Every capitalised sequence that could be a name or refer to one.
# Shape: Republican nominee Donald J. Trump / Mr. Liang / O’Rourke
# The lookbehind sits after the first character so that the regex engine can
# skip ahead to capitals; periods are allowed loosely and a sentence end inside
# ("LLM. Their") is cut in split_name.
CAPITALISED = re.compile(
    rf"[A-Z](?<![\w’'\-][A-Z])[\w’'\-.]*"
    rf"(?:{p.SP}(?:{p.NAME_PARTICLE}{p.SP})*[A-Z][\w’'\-.]*)*"
)


def _cut_at_sentence_ends(text: str, m: re.Match) -> Iterator[tuple[int, str]]:
    """(start, run) for the runs of a CAPITALISED match `m` between the sentence
    ends inside it, but skip words: "Monday. Mr. Hale" gives "Monday." and "Mr.
    Hale"."""
    start, raw = m.start(), m.group()
    while True:
        cut = _sentence_end_in(raw)
        if cut < 0:
            break
        if raw[:cut] not in SKIP_WORDS:
            yield start, raw[:cut]
        after = start + cut
        while text[after] in " \t\u00a0":
            after += 1
        rest = CAPITALISED.match(text, after)
        if rest is None or rest.start() >= m.end():
            return
        start, raw = rest.start(), rest.group()
    if raw not in SKIP_WORDS:
        yield start, raw


def ends_sentence(words: str) -> bool:
    """A sentence ends inside `words`, before more text ("she said. "), not
    at an initial or an abbreviation ("former U.S. Sen. ")."""
    return _sentence_end_in(words) >= 0


@functools.lru_cache(maxsize=1 << 14)
def _sentence_end_in(raw: str) -> int:
    """Where the first word of `raw` that ends a sentence ends, when more words
    follow it; else -1."""
    for token in SPACED_TOKEN.finditer(raw):
        word = token.group()
        if word.endswith(".") and not _initial_or_abbreviation(word):
            return token.end() if token.end() < len(raw) else -1
    return -1


SPACED_TOKEN = re.compile(r"[^ \t\u00a0]+")

# Abbreviations that end in a period inside a name.
NAME_ABBREVIATIONS = words(
    """Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Lt. Col. Jr. Sr. St. Rev. Sgt. Capt. Prof. Adm.
    Amb. Sec. Pres. Maj. Cmdr. Supt. Insp. Ft. Mt."""
)
POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")

# Role and kin words that give a person's sex, as a title ("Congresswoman Ann
# Park") or just before the name ("spokeswoman Ann Park", "his wife, Ann").
FEMALE_ROLE_WORDS = words(
    """chairwoman councilwoman congresswoman assemblywoman spokeswoman businesswoman
    anchorwoman actress wife mother daughter sister widow grandmother aunt niece
    girlfriend"""
)
MALE_ROLE_WORDS = words(
    """councilman congressman assemblyman spokesman businessman husband father son
    brother widower grandfather uncle nephew boyfriend"""
)
PARTY_TAG = re.compile(r"[ \u00a0]*\([^)]*\)$")
SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# Titles a place can precede: "Vermont Sen. Bernie Sanders", "Ohio Gov. John Kasich"
PLACE_TITLES = p.TITLE_WORDS - {"State", "University", "College"}


@dataclass
class Person:
    """A person the document names; `name` is the fullest form introduced."""

    name: str
    surname: str
    first: str
    gender: str = ""  # "m", "f" or "" when unknown
    role: str | None = None
    mentions: int = 0
    suffix: str = ""  # "Jr.", "III": a father and his son share the rest of the name


@dataclass
class People:
    """The people of one document and where each is mentioned outside quotes."""

    persons: list[Person] = field(default_factory=list)
    by_surname: dict[str, Person] = field(default_factory=dict)
    by_first: dict[str, Person] = field(default_factory=dict)
    first_full: dict[str, Person] = field(default_factory=dict)
    # everyone sharing a surname ("Ted Cruz", "Heidi Cruz"), in order of introduction
    surnames: dict[str, list[Person]] = field(default_factory=dict)
    positions: list[int] = field(default_factory=list)
    mentioned: list[Person] = field(default_factory=list)
    # mentions after a preposition ("a supporter of Trump"), worked out with
    # the pronouns
    oblique: list[bool] = field(default_factory=list)
    # mentions as a possessor ("Trump's misinformation"): antecedents, but not
    # their sentence's subject
    possessor: list[bool] = field(default_factory=list)
    # where each mention ends, and whether a speech verb attributes something
    # to it ("..., Sexton said", "..., said Ann Lee"): worked out with the pronouns
    ends: list[int] = field(default_factory=list)
    attributed: list[bool] = field(default_factory=list)
    pronoun_at: dict[int, Person | None] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
    # what the pronouns need, kept until the first pronoun is resolved (most
    # documents' quotes never ask): the text and its quoted spans
    pending: tuple[str, list[tuple[int, int]]] | None = None
    text: str = ""


@functools.lru_cache(maxsize=1 << 16)
def split_name(mention: str) -> tuple[tuple[str, ...], str]:
    """Name tokens without titles, honorifics, suffixes and possessive; and the gender
    the honorific implies ("m", "f" or ""). Cached: the same names recur in every
    article."""
    if mention.endswith((")", ")\n")):
        # (the tag ends the mention: no regex for the rest)
        mention = PARTY_TAG.sub("", mention)
    tokens = mention.replace("\u00a0", " ").split()
    for i, token in enumerate(tokens):
        if token.endswith(".") and not _initial_or_abbreviation(token):
            # a sentence ends here: "LLM. Their"
            tokens = tokens[:i] + [token.rstrip(".")]
            break
    gender = ""
    while len(tokens) > 2 and tokens[0] in p.PLACES and tokens[1] in PLACE_TITLES:
        # a place before a title: "Vermont Sen. Bernie Sanders", "California Gov."
        tokens.pop(0)
    if len(tokens) > 1 and tokens[0].lower() in CUE_WORD_SET:
        # an inverted attribution opening a sentence: "Stated Stone: ...",
        # "Said Dorothy Poynter, ..."
        tokens.pop(0)
    while tokens and (tokens[0] in p.TITLE_WORDS or tokens[0] in p.NOT_NAME_WORDS):
        if tokens[0] in p.HONORIFICS_MALE or tokens[0].lower() in MALE_ROLE_WORDS:
            gender = "m"
        elif tokens[0] in p.HONORIFICS_FEMALE or tokens[0].lower() in FEMALE_ROLE_WORDS:
            gender = "f"
        tokens.pop(0)
    while tokens and tokens[-1] in SUFFIXES:
        tokens.pop()
    if tokens and tokens[-1].endswith(("’", "'", "s")):
        # (a possessive ends in one of these: no regex for the rest)
        tokens[-1] = POSSESSIVE.sub("", tokens[-1])
        if not tokens[-1]:
            tokens.pop()
    return tuple(tokens), gender


@functools.lru_cache(maxsize=1 << 16)
def _candidate_name(raw: str) -> tuple[tuple[str, ...], str] | None:
    """split_name of a capitalised sequence, or None when it cannot be a person's
    name (an organisation, a place, an acronym)."""
    tokens, gender = split_name(raw)
    if not tokens:
        return None
    if len(tokens) > 2:
        # "Former Pennsylvania Gov. Ed Rendell", "Rival Hillary Clinton": the
        # name starts at its first name, or after the last title
        for i, token in enumerate(tokens[:-1]):
            if token in p.MALE_NAMES or token in p.FEMALE_NAMES:
                tokens = tokens[i:]
                break
        else:
            titles = [i for i, token in enumerate(tokens[:-1]) if token in p.TITLE_WORDS]
            if titles:
                tokens = tokens[titles[-1] + 1 :]
    # a known first name outweighs an organisation word: "Ann Park" is a
    # person, "Central Park" is not
    first_name = tokens[0] in p.MALE_NAMES or tokens[0] in p.FEMALE_NAMES
    if not first_name and not NOT_PERSON_WORDS.isdisjoint(tokens):
        return None
    if not first_name and tokens[-1] in p.TITLE_WORDS:
        # a title the name after it would follow: "Florida's Secretary of
        # State", "Chad's Ambassador to ..." (not "Betty White")
        return None
    if not _looks_like_name(tokens):
        return None
    return tokens, gender


@functools.lru_cache(maxsize=1 << 16)
def _multi_name(raw: str) -> tuple[tuple[str, ...], str, bool, bool] | None:
    """_candidate_name of a several-word sequence, with what index_people asks
    of it every time it recurs: whether its first token is no known first
    name, and whether it opens with a locative preposition."""
    candidate = _candidate_name(raw)
    if candidate is None:
        return None
    tokens, gender = candidate
    return (
        tokens,
        gender,
        gender_of_first_name(tokens[0]) == "",
        raw.split()[0].lower() in LOCATIVE_BEFORE,
    )


def _initial_or_abbreviation(token: str) -> bool:
    """ "J.", "U.S." and "Sen." keep their period inside a name."""
    return token in NAME_ABBREVIATIONS or (
        len(token) >= 2 and token[-2].isupper() and (len(token) == 2 or token[-3] == ".")
    )


def _looks_like_name(tokens: tuple[str, ...]) -> bool:
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


# Capitalised groups that speak ("Police said") but are never a "he" or "she".
GROUP_WORDS = words(
    """Police Officials Authorities Prosecutors Investigators Officers Critics Supporters
    Aides Sources Analysts Experts Witnesses Protesters Voters Residents Organizers
    Lawmakers Democrats Republicans Conservatives Liberals Americans Muslims Christians
    Evangelicals Latinos Hispanics Jews Jewish Catholics Catholic Mormons Muslim Christian
    Arab Arabs Syrians Mexicans Africans Asians Europeans Allies"""
)

# Words that make a capitalised sequence no person (one set: one test per name).
NOT_PERSON_WORDS = p.ORG_WORDS | p.PLACES | GROUP_WORDS | {"War"}

# Titles that make a one-word name a person: "President Obama", "Sen. Cruz".
PERSON_TITLES = words(
    """President Sen. Sen Senator Rep. Rep Representative Gov. Gov Governor Mayor Judge
    Secretary Speaker Gen. General Dr. Dr Professor Prof. Rev. Pope Justice Ambassador
    Chairman Chairwoman Director Sheriff Councilman Councilwoman Congressman
    Congresswoman Minister Chancellor Premier Adm. Admiral Col. Lt. Capt. Sgt. Gen"""
)

# Words after which a name is an object, not a subject: "a supporter of Trump".
OBLIQUE_BEFORE = words(
    """of to by with for against about at from on than toward towards over behind like into
    under between among including versus vs. and or"""
)
# The verb after a one-word name, past an adverb or an auxiliary: "Calabrese
# told", "Cruz openly admitted", "Cruz has said".
NEXT_WORD = re.compile(
    r"[ \t\u00a0]+(?:(?:[a-z]+ly|also|later|then|has|had|have)[ \t\u00a0]+)?([a-z]+)"
)
# Third-person singular pronouns outside quotes give gender evidence to the
# person just before them: "Liang Wenfeng walked away ... his hedge fund".
# A contraction is the pronoun too: "she’s", "he'd", "he’ll".
GENDERED_PRONOUN = re.compile(
    r"[HhSs](?<![\w’'][HhSs])(?:he|e|is|im|ers?)(?!\w)(?![’'](?!(?:s|d|ll)(?!\w)))"
)
# Where sentences (roughly) end, for preferring a sentence's subject.
# The lookbehinds come after the first character so that the engine can skip
# ahead to sentence punctuation; they leave out "U.N." and "Mr." and the like.
SENTENCE_BREAK = re.compile(
    r"[.!?](?<![A-Z].)(?<!Mr.)(?<!Ms.)(?<!Dr.)(?<!St.)(?<!Mrs.)(?<!Sen.)(?<!Rep.)(?<!Gov.)"
    r"(?<!Gen.)[”’\"']?(?=\s+[A-Z“\"‘(])"
)
# Line ends are sentence breaks too; they are found apart, because a pattern
# that opens with an alternation cannot skip ahead to its first character.
LINE_BREAK = re.compile(r"\n")
PREFER_SENTENCE_SUBJECT = True
CUE_WORD_SET = frozenset(w for w in p.CUE_WORDS if " " not in w)


# Capitalised words that are never a person: sentence words, organisations,
# places, titles and groups (one set, so that the common case costs one lookup).
SKIP_WORDS = p.NOT_NAME_WORDS | p.ORG_WORDS | p.PLACES | p.TITLE_WORDS | GROUP_WORDS


@functools.lru_cache(maxsize=1 << 16)
def _single_name(raw: str) -> str | None:
    """A one-word capitalised sequence without its possessive or final period,
    or None when it cannot be a person's name ("The", "Police", "NATO")."""
    if raw in SKIP_WORDS:
        return None
    token = POSSESSIVE.sub("", raw.rstrip("."))
    if token in SKIP_WORDS or len(token) < 2 or token.isupper():
        return None
    return token


# A kinship noun before a first name set off by commas: "Trump's wife,
# Melania, is ...", "Her father, Brad, 39, worried ...".
RELATIVES = words(
    "wife husband daughter son father mother brother sister widow widower grandson "
    "granddaughter grandmother grandfather"
)


def _relative_by_first_name(text: str, start: int, raw: str, token: str) -> bool:
    """A known first name alone, in commas after a kinship noun: a person
    named by first name only (a relative of someone named in full)."""
    if text[start - 2 : start] != ", " or text[start + len(raw) : start + len(raw) + 1] != ",":
        return False
    before = text[max(0, start - 14) : start - 2].rsplit(None, 1)
    return bool(before) and before[-1] in RELATIVES and gender_of_first_name(token) != ""


def _known_surname_speaks(text: str, end: int) -> bool:
    """A word that is mostly no name ("Law", "Church") is the lone surname of
    a person named in full before, when a speech verb follows it: "Steven
    Law, a strategist, said ... . Donors want more, Law said." """
    if text[end : end + 1] != " ":
        return False
    nxt = NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) in CUE_WORD_SET


def index_people(text: str, quoted: list[tuple[int, int]]) -> People:
    """The people of `text`, ignoring names inside the quoted spans (a name the
    speaker mentions is not a candidate for the speaker's pronoun)."""
    people = People()
    q_starts = [a for a, _ in quoted]
    q_ends = [b for _, b in quoted]
    bisect_right = bisect.bisect_right

    by_surname, by_first, surnames = people.by_surname, people.by_first, people.surnames
    positions, mentioned = people.positions, people.mentioned
    possessors = people.possessor
    ends = people.ends
    cue_words = CUE_WORD_SET
    next_word = NEXT_WORD.match
    title_end = _title_end(text)
    skip_words = SKIP_WORDS
    for m in CAPITALISED.finditer(text):
        raw = m.group()
        if raw in skip_words and (raw not in surnames or not _known_surname_speaks(text, m.end())):
            # half of all capitalised words ("The", "But", "Police"): one
            # lookup, before anything else (no skip word holds a space)
            continue
        # (a run is cut where a sentence ends inside it: "Monday. Mr. Hale")
        runs = (
            _cut_at_sentence_ends(text, m)
            if (". " in raw or ".\u00a0" in raw) and _sentence_end_in(raw) >= 0
            else ((m.start(), raw),)
        )
        for m_start, raw in runs:
            gender = ""
            if " " not in raw and "\u00a0" not in raw:
                # one capitalised word, the common case: most are sentence starts
                token = raw if raw in skip_words else _single_name(raw)
                if token is None:
                    continue
                owners = surnames.get(token)
                if owners:
                    person = owners[0] if len(owners) == 1 else _surname_owner(people, token)
                else:
                    person = by_first.get(token)
                if person is None and _relative_by_first_name(text, m_start, raw, token):
                    person = _new_lone_name(people, token, gender_of_first_name(token))
                if person is None:
                    end = m_start + len(raw)
                    if text[end : end + 1] not in (" ", "\t", "\u00a0"):
                        continue
                    nxt = next_word(text, end)
                    if nxt is None or nxt.group(1) not in cue_words:
                        continue
                    # "Calabrese told ..." names a person even without a full name;
                    # "Melanie said ...", a woman; not "Harsh words, he said"
                    if written_lower(text, token) or text[m_start - 4 : m_start] in (
                        "the ",
                        "The ",
                    ):
                        # (nor "the Chinese comments": no name takes an article)
                        continue
                    person = _new_lone_name(people, token, gender_of_first_name(token))
                    _earlier_mentions(people, person, text, m_start, q_starts, q_ends)
            else:
                candidate = _multi_name(raw)
                if candidate is None:
                    continue
                tokens, gender, no_first_name, locative = candidate
                if text[m_start - 2 : m_start] in (", ", ": ") and p.TITLED_WORK_BEFORE.search(
                    text, max(0, m_start - 40), m_start
                ):
                    # a title: In her 2003 book, Living History, Clinton noted ...
                    # (not: The author of the book, Mitchell Zuckoff, said ...)
                    continue
                if (
                    not gender
                    and no_first_name
                    and tokens[-1] not in by_surname
                    and (locative or _after_locative(text, m_start))
                ):
                    # "in El Paso", "at Boca West": a new name after a locative
                    # preposition, with no first name, is a place
                    continue
                person = _person_for(people, tokens, gender, raw, text, m_start < title_end)
                if person is None:
                    continue
                if person.role is None:
                    # an apposition gives the role: Liang Wenfeng, CEO of DeepSeek,
                    # or else the title before the name: Councilwoman Dana Whitfield
                    end = m_start + len(raw)
                    # the apposition opens with a comma: test it before the regex
                    role = (
                        p.ROLE_AFTER_NAME.match(text, end, end + 120)
                        if text.startswith(",", end)
                        else None
                    )
                    text_role = role.group("role").strip() if role is not None else ""
                    if text_role and not text_role[:1].isdigit() and not _another_name(text_role):
                        person.role = text_role
                        if not gender:
                            gender = _role_head_gender(text_role)
                    else:
                        titles = _leading_titles(raw)
                        if titles:
                            person.role = titles
            if not gender and not person.gender:
                gender = _role_gender(text, m_start)
            if gender and not person.gender:
                person.gender = gender
            person.mentions += 1
            i = bisect_right(q_starts, m_start) - 1
            if i < 0 or m_start >= q_ends[i]:
                # outside quotes; a possessor stays a good antecedent: "Suu Kyi's
                # fate is unclear, but she said ..."
                positions.append(m_start)
                mentioned.append(person)
                possessors.append(raw.endswith(("’s", "'s")))
                ends.append(m_start + len(raw))
    people.pending = (text, quoted)
    return people


def _earlier_mentions(
    people: People,
    person: Person,
    text: str,
    before: int,
    q_starts: list[int],
    q_ends: list[int],
) -> None:
    """Record the mentions before `before` of a person a lone surname names
    first with a speech verb ("Obama also addressed the concerns. ... ,"
    Obama stated."): the index passed them by, as no cue followed them."""
    token = person.name
    at = text.find(token, 0, before)
    while at >= 0:
        end = at + len(token)
        alone = (
            (at == 0 or not _word_char(text[at - 1]))
            and not _word_char(text[end : end + 1] or " ")
            and not CAPITALISED_NEXT.match(text, end)
        )
        i = bisect.bisect_right(q_starts, at) - 1
        if alone and (i < 0 or at >= q_ends[i]):
            k = bisect.bisect_left(people.positions, at)
            possessive = text.startswith(("’s", "'s"), end)
            people.positions.insert(k, at)
            people.mentioned.insert(k, person)
            people.possessor.insert(k, possessive)
            people.ends.insert(k, end + 2 * possessive)
            person.mentions += 1
        at = text.find(token, end, before)


# A capitalised word right after a mention: part of a longer name ("Obama
# Administration"), not the lone surname.
CAPITALISED_NEXT = re.compile(r"(?:’s|'s)?[ \t\u00a0]+[A-Z]")


def _index_pronouns(people: People) -> None:
    """Sentence starts, genders voted by pronouns and the chain of subject
    pronouns: what resolving a pronoun needs, worked out on the first one."""
    text, quoted = people.pending
    people.text = text
    people.pending = None
    positions = people.positions
    dashes = _dash_positions(text)
    people.oblique = [
        (start > 0 and text[start - 1] in " \t\u00a0" and _is_oblique(text, start))
        # (the role's name is the next mention, close by: tested first)
        or (following - end < 60 and ROLE_THEN_NAME.match(text, end) is not None)
        or (bool(dashes) and _in_dash_aside(text, start, end, dashes))
        for start, end, following in zip(positions, people.ends, positions[1:] + [len(text)])
    ]
    people.attributed = [
        _is_attributed(text, start, end) for start, end in zip(people.positions, people.ends)
    ]
    people.sentence_starts = sorted(
        [m.end() for m in SENTENCE_BREAK.finditer(text)]
        + [m.end() for m in LINE_BREAK.finditer(text)]
    )
    # the pronouns outside quotes: only the text between quotes is scanned
    # (a fifth of the text is quoted). The lookbehind sees before `pos`; the
    # lookahead of a pronoun starting before a quote ("hers" at the latest
    # ends at its start + 3) needs the endpos past it.
    pronoun_at = GENDERED_PRONOUN.finditer
    pronouns = []
    lo = 0
    for a, b in quoted:
        if a > lo:
            pronouns += [
                (m.start(), m.group()) for m in pronoun_at(text, lo, a + 4) if m.start() < a
            ]
        lo = max(lo, b)
    pronouns += [(m.start(), m.group()) for m in pronoun_at(text, lo)]
    _vote_genders(text, people, pronouns)
    _chain_pronouns(people, pronouns)


def _another_name(role: str) -> bool:
    """An "apposition" that is one capitalised word, the next item of a list
    ("Trump, Clinton and ..."), not a role."""
    return " " not in role and role[:1].isupper()


@functools.lru_cache(maxsize=1 << 12)
def _leading_titles(raw: str) -> str | None:
    """The titles written before a name ("Councilwoman", "Former Gov."), not
    honorifics ("Mr.") or sentence words ("But")."""
    titles = []
    for token in raw.split():
        if token in p.HONORIFICS_MALE or token in p.HONORIFICS_FEMALE:
            break
        if token not in p.TITLE_WORDS:
            break
        titles.append(token)
    return " ".join(titles) or None


def _person_for(
    people: People, tokens: tuple[str, ...], gender: str, raw: str, text: str, in_title: bool
) -> Person | None:
    """The person a multi-word capitalised mention names, created if new;
    `in_title`: the mention is in the document's title-case first line."""
    if len(tokens) == 1:
        token = tokens[0]
        person = _surname_owner(people, token, gender) or people.by_first.get(token)
        if person is not None and _other_sex(person, gender):
            # "Mr. Obama" where only Michelle Obama was named: someone else
            person = None
        if person is None and (gender or raw.split()[0] in PERSON_TITLES):
            # "Mr. Liang", "President Obama": a title makes a person
            person = _new_lone_name(people, token, gender)
        return person
    if len(tokens) > 4:
        return None
    surname, first = tokens[-1], tokens[0]
    first_gender = gender_of_first_name(first)
    known = None
    owners = people.surnames.get(surname, ())
    for k in owners:
        if (
            k.first == first
            or (k.first[:1] == first[:1] and len(k.first) <= 2)
            or (not k.first and not _titled_other_sex(k, first_gender))
        ):
            known = k
            break
    else:
        for k in owners:
            if k.first[:1] == first[:1]:
                known = k
                break
    suffix = _name_suffix(raw)
    if known is not None and suffix and known.first and not known.suffix:
        # "Donald Trump Jr." after "Donald J. Trump": the suffix names his son
        known = None
    if known is not None:
        if not known.first:
            # "Calabrese" first, "Rob Calabrese" later: the fuller name wins,
            # and its first name's gender over a guess from the surname alone
            # ("Clinton acknowledges ..." in a headline, then Hillary Clinton)
            known.first, known.name = first, " ".join(tokens)
            if first_gender or not known.gender:
                known.gender = first_gender
        return known
    if not first_gender and (in_title or written_lower(text, surname)):
        # "World War", "Obama Sees": words capitalised for a headline, not a
        # first name and a surname
        return None
    person = Person(" ".join(tokens), surname, first, first_gender, suffix=suffix)
    people.persons.append(person)
    people.by_surname[surname] = person
    people.surnames.setdefault(surname, []).append(person)
    people.by_first.setdefault(first, person)
    people.first_full.setdefault(surname, person)
    return person


def _new_lone_name(people: People, token: str, gender: str) -> Person:
    """A new person known by one word ("Calabrese", "Mr. Liang"), its surname
    until a fuller name comes."""
    person = Person(token, token, "", gender)
    people.persons.append(person)
    people.by_surname[token] = person
    people.surnames.setdefault(token, []).append(person)
    return person


def _name_suffix(raw: str) -> str:
    """The generational suffix ending a name mention ("Jr.", "III"), without the
    period, or ""."""
    last = raw.rstrip(",").rsplit(None, 1)[-1]
    return last.rstrip(".") if last in SUFFIXES else ""


def _role_gender(text: str, start: int) -> str:
    """'f' or 'm' from a role or kin word just before a name, past a comma
    ("spokeswoman Ann Park", "his wife, Ann Park"), else ''."""
    before = text[max(0, start - 16) : start].rstrip(", \u00a0").rsplit(None, 1)
    if not before:
        return ""
    return _role_word_gender(before[-1])


ROLE_DETERMINERS = words("a an the his her their its our")


def _role_head_gender(role: str) -> str:
    """'f' or 'm' from the first word of an apposition past its determiner:
    "Ann Park, a spokeswoman for ...", "Ray Dunn, her husband"."""
    for word in role.split(None, 3)[:3]:
        if word not in ROLE_DETERMINERS:
            return _role_word_gender(word)
    return ""


def _role_word_gender(word: str) -> str:
    """'f' or 'm' for a role or kin word ("spokeswoman", "husband"), else ''."""
    if word in FEMALE_ROLE_WORDS:
        return "f"
    return "m" if word in MALE_ROLE_WORDS else ""


def _titled_other_sex(person: Person, first_gender: str) -> bool:
    """A person known by surname alone whom an honorific gave the other sex
    than `first_gender`: "Mr. Obama" is not Michelle Obama. (A gender read
    from the surname as if it were a first name, "Clinton", decides nothing.)"""
    return (
        bool(person.gender and first_gender)
        and person.gender != first_gender
        and person.gender != gender_of_first_name(person.surname)
    )


def _title_end(text: str) -> int:
    """Where the document's first line ends when it is a title in title case
    ("Obama Sees 'Personal Insult' if Blacks Don't Rally"), else 0."""
    end = text.find("\n", 0, 200)
    if end < 0:
        return 0  # no line short enough for a title
    words = [w for w in text[:end].split() if len(w) > 3]
    if len(words) < 3 or sum(w[:1].isupper() for w in words) < 0.8 * len(words):
        return 0
    return end


def written_lower(text: str, word: str) -> bool:
    """`text` also writes `word` in lower case, as a word of its own: a
    common word capitalised at a sentence start or in a headline, not a name."""
    word = word.lower()
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _word_char(text[at - 1 : at]) and not _word_char(text[end : end + 1]):
            return True
        at = text.find(word, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "’'-_"


def _vote_genders(text: str, people: People, pronouns: list[tuple[int, str]]) -> None:
    """Gender from pronouns: a he/his/she/her outside quotes votes for the
    person mentioned just before it in the same sentence (a "She" opening the
    next sentence goes on with its subject more often than with its last name:
    "... President Obama later adopted it. She has called for ...")."""
    votes: dict[int, list[int]] = {}
    positions = people.positions
    for pos, word in pronouns:
        i = bisect.bisect_left(positions, pos) - 1
        if i < 0 or pos - positions[i] > 150 or text.find("\n", positions[i], pos) >= 0:
            continue
        k = bisect.bisect_right(people.sentence_starts, positions[i])
        if k < len(people.sentence_starts) and people.sentence_starts[k] <= pos:
            continue
        person = people.mentioned[i]
        if person.gender:
            continue
        word = word.lower()
        if word in p.PRONOUNS_MALE:
            votes.setdefault(id(person), [0, 0])[0] += 1
        elif word in p.PRONOUNS_FEMALE:
            votes.setdefault(id(person), [0, 0])[1] += 1
    for person in people.persons:
        tally = votes.get(id(person))
        if tally and not person.gender:
            if tally[0] > tally[1]:
                person.gender = "m"
            elif tally[1] > tally[0]:
                person.gender = "f"


def _chain_pronouns(people: People, pronouns: list[tuple[int, str]]) -> None:
    """Resolve every subject "he"/"she" outside quotes in document order, and
    count each as a mention of its person, so that a chain of pronouns keeps
    pointing at the person it started from."""
    for pos, word in pronouns:
        word = word.lower()
        if word not in ("he", "she"):
            continue
        person = _most_recent(people, word, pos)
        people.pronoun_at[pos] = person
        if person is not None:
            i = bisect.bisect_left(people.positions, pos)
            people.positions.insert(i, pos)
            people.mentioned.insert(i, person)
            people.oblique.insert(i, False)
            people.possessor.insert(i, False)
            people.attributed.insert(i, False)


LOCATIVE_BEFORE = words("in at near from outside across")


def _after_locative(text: str, start: int) -> bool:
    """The word before `start` is a locative preposition: "in El Paso"."""
    words = text[max(0, start - 10) : start].split()
    return bool(words) and words[-1] in LOCATIVE_BEFORE


# A role and a name after a name, which only modifies the role: "Obama
# consultant Cornell Belcher", "Trump senior communications adviser Jason Miller"
# (no determiner or past verb between: not "Hale met the board chairman Ray Dunn").
ROLE_THEN_NAME = re.compile(
    r"[ \u00a0]+(?:(?!(?:the|a|an|his|her|their|its|our|to|with|and)[ \u00a0])"
    r"[a-z][a-z-]*(?<!ed)[ \u00a0]+){0,3}(?:adviser|advisor|aide|spokesman|spokeswoman"
    r"|spokesperson|consultant|strategist|pollster|manager|chairman|chairwoman|director"
    r"|secretary|lawyer|attorney|surrogate|supporter|backer|ally|donor|official|staffer"
    r"|counsel|chief|operative)[ \u00a0]+[A-Z]"
)


def _is_oblique(text: str, start: int) -> bool:
    """A mention after a preposition or a determiner is an object or a modifier
    ("a supporter of Trump", "a Trump rally"), a poor antecedent for the next
    "he" or "she". (Objects of verbs are not told apart: doing so without a
    parser cost more than it gained on the training split.)"""
    if not start or text[start - 1] not in " \t\u00a0":
        return False
    words = text[max(0, start - 40) : start].rsplit(None, 2)
    if not words:
        return False
    word = words[-1]
    if word == "for" and len(words) > 1 and words[-2] in ("As", "as"):
        return False  # a fronted topic, the subject to come: "As for Hale, he said"
    if word == "of":
        # "Secretary of State John Kerry", "Governor of Texas": "of" inside a title
        return not (len(words) > 1 and words[-2] in p.TITLE_WORDS)
    return word in OBLIQUE_BEFORE or word in ("a", "an", "the")


DASHES = ("—", "–", "--", " - ")


def _dash_positions(text: str) -> list[int]:
    """Where the text's dashes are, found once per document."""
    found = []
    for dash in DASHES:
        at = text.find(dash)
        while at >= 0:
            found.append(at)
            at = text.find(dash, at + len(dash))
    return sorted(found)


def _in_dash_aside(text: str, start: int, end: int, dashes: list[int]) -> bool:
    """A mention inside an aside between two dashes, after other words of it
    ("-- that Hale is too soft --"): the sentence goes on about someone else.
    (A name that is the whole aside, "the mayor — Ann Park — said", is not.)"""
    k = bisect.bisect_left(dashes, start)
    if k == 0 or k == len(dashes):
        return False
    opening, closing = dashes[k - 1], dashes[k]
    if start - opening > 80 or closing - end > 100 or closing < end:
        return False
    aside = text[opening:closing]
    return "\n" not in aside and ". " not in aside and bool(text[opening:start].strip("—–- \u00a0"))


def _is_attributed(text: str, start: int, end: int) -> bool:
    """A speech verb that closes a statement, right after the mention ("...,
    Sexton said.", "Trump, Sexton said, has ...") or after a comma or a quote
    right before it ("..., said Ann Lee", "...” said Ann Lee"): the person who
    speaks in that sentence."""
    if text[start - 5 : start] in ("said ", "says ") and text[start - 7 : start - 5] in (
        ", ",
        "” ",
        '" ',
        "' ",
    ):
        # not the subject of what was said: ..., said Trump continued to ...
        return text[end : end + 1] in (",", ".", "")
    if text[end - 2 : end] in ("’s", "'s"):
        return False  # Trump's claims.
    nxt = NEXT_WORD.match(text, end)
    return (
        nxt is not None
        and text[nxt.end() : nxt.end() + 1] in (",", ".")
        and nxt.group(1) in CUE_WORD_SET
    )


def resolve_name(people: People, mention: str) -> tuple[str, Person | None]:
    """The canonical name for a written name mention, and its person if known."""
    tokens, gender = split_name(mention)
    if not tokens:
        return mention.strip(), None
    if len(tokens) == 1:
        token = tokens[0]
        person = _surname_owner(people, token, gender) or people.first_full.get(token)
        if person is not None and _other_sex(person, gender):
            person = None
        if person is None and (gender or gender_of_first_name(token)):
            # a first name alone ("Hillary") or after an honorific ("Ms. Gao"
            # for Gao Junlan), not the first word of something else ("Trump"
            # of "Trump Train")
            person = people.by_first.get(token)
        if person is not None:
            if gender and not person.gender:
                person.gender = gender
            return person.name, person
        return token, None
    owners = people.surnames.get(tokens[-1], ())
    if len(owners) > 1:
        # "Donald Trump Jr." is the son, not the "Donald J. Trump" named before him
        suffix = _name_suffix(mention)
        owners = [person for person in owners if person.suffix == suffix] or owners
    for person in owners:
        if person.first == tokens[0]:
            return person.name, person
    for person in owners:
        if person.first[:1] == tokens[0][:1]:
            return person.name, person
    return " ".join(tokens), None


def _other_sex(person: Person, gender: str) -> bool:
    """An honorific's gender contradicts the person's first name: "Mr." for
    Michelle Obama."""
    if not gender:
        return False
    named = gender_of_first_name(person.first) if person.first else ""
    return named != "" and named != gender


def _surname_owner(people: People, surname: str, gender: str = "") -> Person | None:
    """The person a bare surname refers to: of several people sharing it ("Ted
    Cruz", "Heidi Cruz"), the one mentioned most so far (relatives and
    namesakes are written with their first names) whose first name does not
    contradict an honorific's `gender` ("Mr. Clinton" is Bill, not Hillary)."""
    owners = people.surnames.get(surname)
    if not owners:
        return None
    if len(owners) == 1:
        return owners[0]
    if gender:
        owners = [
            person
            for person in owners
            if not _other_sex(person, gender) and person.gender in ("", gender)
        ] or owners
    # (on a tie, one whose first name gives a gender: "Susan Sarandon" over a
    # headline's "Liberal Oscar-winner Sarandon")
    return max(owners, key=lambda person: (person.mentions, person.gender != ""))


def is_group_or_org(mention: str) -> bool:
    """A capitalised mention that names a group or an organisation, not a
    person ("Millennials", "The Justice Department")."""
    tokens = mention.replace("\u00a0", " ").split()
    return bool(tokens) and (
        any(t in p.ORG_WORDS or t in GROUP_WORDS for t in tokens)
        or (len(tokens) == 1 and tokens[0].endswith("s") and tokens[0] not in p.MALE_NAMES)
    )


def resolve_pronoun(people: People, pronoun: str, position: int) -> Person | None:
    """The person a "he" or "she" at `position` refers to (see _most_recent);
    None for pronouns that name no single person."""
    if people.pending is not None:
        _index_pronouns(people)
    if position in people.pronoun_at:
        return people.pronoun_at[position]
    return _most_recent(people, pronoun.lower(), position)


# Where a pronoun's own clause ends: a comma, a dash, a bracket, a quote or
# a clause of its own ("..., he said after the judge read what Hale admitted";
# news names the subject again in a "that" clause: He notes that the board
# questioned Hale's budget). (Not p.CLAUSE_BREAK, the conjunctions after a quote.)
OWN_CLAUSE_END = re.compile(
    r"[,;:—–()“\"]| - |''|\b(?:after|before|when|while|because|since|until|as|if"
    r"|who|whom|whose|which|where|that)\b"
)


def _named_in_own_clause(people: People, position: int, k: int) -> list[Person]:
    """The people named after the pronoun at `position` in its own clause, up
    to a comma, a quote or the sentence end: never the pronoun's person ("He
    calls Hale's plan ...", "..., he said of Hale")."""
    positions = people.positions
    if k >= len(positions):
        return []
    starts = people.sentence_starts
    limit = bisect.bisect_right(starts, position)
    end = starts[limit] if limit < len(starts) else len(people.text)
    if positions[k] >= end:
        return []
    clause_end = OWN_CLAUSE_END.search(people.text, position, end)
    if clause_end is not None:
        end = clause_end.start()
    named = []
    while k < len(positions) and positions[k] < end:
        if positions[k] not in people.pronoun_at:
            named.append(people.mentioned[k])
        k += 1
    return named


# Words that open a leading subordinate clause, whose subject is not the
# sentence's: "When Hale pointed out the gap, Park seized on it." (Capitalised,
# and another set than p.SUBORDINATORS: "Until", but not "As", "If", "Whereas".)
LEADING_SUBORDINATORS = words(
    "When While After Before Although Though Because Since Once Until Unless"
)


def _leading_clause_end(text: str, start: int, end: int) -> int:
    """Where the leading participle or subordinate clause of the sentence at
    `start` ends, at its comma before `end`, whose people are not the sentence's
    subject: "Noting that Hale had lost, Park asked ..."; -1 when it opens with none."""
    while text[start : start + 1].isspace():
        start += 1
    space = text.find(" ", start, start + 12)
    if space < 0:
        return -1
    opener = text[start:space]
    if opener not in LEADING_SUBORDINATORS and not _participle(opener):
        return -1
    return text.find(", ", space, end)


def _participle(word: str) -> bool:
    """A capitalised -ing word that is no name or place ("King", "Beijing")."""
    return (
        len(word) > 5
        and word.endswith("ing")
        and word not in p.MALE_NAMES
        and word not in p.FEMALE_NAMES
        and word not in p.PLACES
    )


# A listener named right after a verb of telling, then "that" and the
# pronoun: the pronoun is the teller's ("The president told NPR host Ann
# Park that he ...", "Hale assured Park on Monday that he ...").
TELL_BEFORE = re.compile(
    r"\b(?:told|tells|tell|telling|assured|assures|assuring|informed|informs|reminded"
    r"|reminds|warned|warns|promised|promises|convinced)[ \u00a0]+"
    r"(?:[\w.’'-]+[ \u00a0]+){0,4}$"
)
# A listener's name, then "that" and what may sit between ("on Monday").
LISTENER_THAT = re.compile(
    r"[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*)*"
    r"(?:[ \u00a0]+(?:on|last|this|in)[ \u00a0]+\w+)?,?[ \u00a0]+that[ \u00a0]+"
)


def _told_listener(people: People, position: int, k: int) -> Person | None:
    """The person at mention `k` when a verb of telling names them as the
    listener of the "that" clause whose subject is the pronoun at `position`."""
    text = people.text
    if k < 0 or "that" not in text[position - 6 : position]:
        return None
    start = people.positions[k]
    if start in people.pronoun_at or not LISTENER_THAT.fullmatch(text, start, position):
        return None
    if TELL_BEFORE.search(text, max(0, start - 60), start) is None:
        return None
    return people.mentioned[k]


# A sentence opening with an indefinite subject and a verb of speech right
# before the pronoun: "Another said he ...", "A spokesman says she ..." (not
# "The senator said he ...", a description of someone named before).
NOMINAL_SAYS = re.compile(
    r"[ \t\u00a0“\"]*(?P<subject>(?:A|An|Another|One)(?:[ \u00a0]+[a-z][\w-]*){0,3})"
    r"[ \u00a0]+(?:said|says|told[ \u00a0]+\w+|tells[ \u00a0]+\w+)(?:[ \u00a0]+that)?[ \u00a0]+"
)


def nominal_speaker(people: People, position: int) -> str | None:
    """The indefinite subject of the pronoun's own sentence whose speech the
    pronoun reports ("Another said he hoped ..."): the pronoun is that speaker,
    no person named before."""
    if people.pending is not None:
        _index_pronouns(people)
    starts = people.sentence_starts
    k = bisect.bisect_right(starts, position)
    lo = starts[k - 1] if k else 0
    if position - lo > 60:
        return None
    m = NOMINAL_SAYS.fullmatch(people.text, lo, position)
    return m.group("subject") if m is not None else None


def _asked_answers(people: People, i: int, sentence: int, position: int) -> Person | None:
    """The person asked in the sentence of mention `i` ("Park asked Hale
    whether ..."), when the pronoun at `position` speaks the quote after it:
    the answer is theirs ("“Sure,” he said.")."""
    starts, text = people.sentence_starts, people.text
    end = starts[sentence] if sentence < len(starts) else len(text)
    if end > position or text[end:position].lstrip()[:1] not in ("“", '"', "'"):
        return None
    j = i
    while j >= 0 and bisect.bisect_right(starts, people.positions[j]) == sentence:
        at = people.positions[j]
        if (
            text[at - 6 : at] == "asked "
            and at not in people.pronoun_at
            and NAMED_ASKER.search(text, max(0, at - 40), at - 6) is not None
            and INNER_SENTENCE_END.search(text, at, end) is None
        ):
            return people.mentioned[j]
        j -= 1
    return None


# A sentence end the sentence splitter missed ("... for him.'' But ...").
INNER_SENTENCE_END = re.compile(r"[.?!][’”'\"]*[ \u00a0]+[A-Z]")
# A name right before "asked" (past an adverb): "Earhardt then asked Rubio".
NAMED_ASKER = re.compile(r"[A-Z][\w’'.-]*,?(?:[ \u00a0]+(?:[a-z]+ly|then|also|later))?[ \u00a0]*$")


def _most_recent(people: People, word: str, position: int) -> Person | None:
    """The most recent person before `position`, outside quotes, whose gender
    fits the pronoun, preferring subjects to objects ("a supporter of Trump")."""
    if word in p.PRONOUNS_MALE:
        wanted = "m"
    elif word in p.PRONOUNS_FEMALE:
        wanted = "f"
    else:
        return None
    if nominal_speaker(people, position) is not None:
        return None
    i = bisect.bisect_left(people.positions, position) - 1
    named_after = _named_in_own_clause(people, position, i + 1)
    listener = _told_listener(people, position, i)
    if listener is not None:
        named_after.append(listener)
    fallback = None
    seen = 0
    starts = people.sentence_starts
    while i >= 0 and seen < 30:
        person = people.mentioned[i]
        if (person.gender == wanted or not person.gender) and person not in named_after:
            if not people.oblique[i]:
                if PREFER_SENTENCE_SUBJECT:
                    # the first fitting person of that sentence, its subject
                    # more often than not: "Cruz is drawing contrasts with
                    # front-runner Donald Trump. He said ..."; but the one a
                    # speech verb names speaks there: "Trump, Sexton said, has
                    # created ...", "Cruz electrified the crowds, Stovall said."
                    speaker = person if people.attributed[i] else None
                    sentence = bisect.bisect_right(starts, people.positions[i])
                    lead_end = _leading_clause_end(
                        people.text, starts[sentence - 1] if sentence else 0, people.positions[i]
                    )
                    j = i - 1
                    while j >= 0 and bisect.bisect_right(starts, people.positions[j]) == sentence:
                        other = people.mentioned[j]
                        if (
                            (other.gender == wanted or not other.gender)
                            and not people.oblique[j]
                            and other not in named_after
                        ):
                            if speaker is None and people.attributed[j]:
                                speaker = other
                            if not people.possessor[j] and people.positions[j] > lead_end:
                                person = other
                        j -= 1
                    if speaker is not None:
                        return speaker
                    asked = _asked_answers(people, i, sentence, position)
                    if asked is not None and (asked.gender == wanted or not asked.gender):
                        return asked
                return person
            if fallback is None and (person.gender or person.mentions >= 2):
                # an object only when nothing better: "in El Paso" is a place
                fallback = person
        i -= 1
        seen += 1
    return fallback
