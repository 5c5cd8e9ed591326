"""Speakers across documents: names as written -> one key per person or organisation.

Pure functions, no database. Within a document the extractor has already
resolved "he" and "Mr. Trump" to the name the article introduced; here the
names of many documents are brought together, conservatively:

- "Donald Trump", "Donald J. Trump" and "DONALD TRUMP" are one person (titles,
  honorifics, middle initials and case do not count), unless two different
  middle initials are seen for the same first and last name (George W. / George
  H. W. Bush): then each middle initial is its own person and the bare form stays
  apart.
- Two different full names are never merged: a suffix (Jr., Sr., III) or a
  different first name makes a different person (Donald Trump / Donald Trump Jr.,
  Bill Clinton / Hillary Clinton).
- A single name ("Trump", "Mrs. Clinton") joins a full name only when its own
  document names exactly one compatible person with it (gender from the
  honorific and the first-name lists); otherwise it stays a row of its own.
- Nominal speakers ("a spokesman", "officials") are nobody's row unless the text
  names their organisation ("a spokesman for the Clinton campaign" -> Clinton
  campaign).
- A user's corrections (merge A into B, split A out) are applied last.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .models import QuotesError


def word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list (the lists below read better as prose)."""
    return frozenset(words.split())


PRONOUNS = word_set("i me we us you he him she her it they them his hers its their theirs one who")
# Titles and honorifics dropped from the front of a name; longest first so that
# "vice president" wins over "president".
TITLES = sorted(
    word_set(
        """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father
    president vice-president senator sen rep representative congressman congresswoman
    gov governor lt secretary minister chancellor mayor judge justice gen general
    col colonel capt captain adm admiral sgt chairman chairwoman chair speaker
    ambassador commissioner director king queen prince princess pope sheikh
    vice-president-elect president-elect candidate nominee leader chief ceo
    """
    )
    | {
        "vice president",
        "prime minister",
        "attorney general",
        "secretary of state",
        "secretary of defense",
        "house speaker",
        "senate majority leader",
        "senate minority leader",
        "majority leader",
        "minority leader",
        "chief justice",
        "supreme leader",
        "first lady",
        "press secretary",
        "white house press secretary",
    },
    key=lambda title: -len(title),
)
# Titles that, inside a longer name, start the name proper; not King or Lord, which are also
# names ("Martin Luther King Jr.").
MID_NAME_TITLES = word_set(
    """
    mr mrs ms dr president sen senator rep gov governor secretary director mayor chairman
    chairwoman ceo minister spokesman spokeswoman adviser advisor strategist manager
    commissioner chief spokesperson aide founder editor correspondent analyst
    """
)
TITLE_SIZES = sorted({len(title.split()) for title in TITLES}, reverse=True)
MALE_TITLES = word_set("mr sir lord king prince father congressman chairman")
FEMALE_TITLES = word_set("mrs ms miss dame lady queen princess congresswoman chairwoman")
# Adjectives that often stand before a name ("Republican candidate Donald Trump").
DESCRIPTORS = word_set(
    "republican democratic democrat gop liberal conservative independent former then "
    "u.s. us american british chinese french russian"
)
# Capitalised words that start a sentence before a name ("When Trump", "But Obama"): a
# mention caught with its sentence's first word.
CONNECTORS = word_set(
    """
    when but and now while as after before maybe perhaps here here's there so then if though
    although because since yet also even still just only like unlike once until whether
    meanwhile indeed instead plus including especially said says asked told
    """
)
# A single capitalised word that names a group, not someone ("Officials said").
GROUP_WORDS = word_set(
    """
    officials americans republicans democrats republican democratic critics sources aides
    analysts experts voters supporters opponents protesters residents authorities police
    investigators prosecutors lawmakers economists scientists researchers doctors witnesses
    others some many both neither everyone nobody someone people
    """
)
SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
PARTICLES = word_set("van von de del della der den di da du la le bin ibn al el st st. mac")
# A name holding one of these words is an organisation, not a person ("Fox News").
ORGANISATION_WORDS = word_set(
    """
    campaign committee department ministry office house party news times post press
    association agency bureau council union university college institute foundation
    company corp corporation inc ltd group bank court police administration commission
    government senate congress parliament army navy network reuters service center
    centre organization organisation fund team club network board embassy
    """
)
# "a spokesman for X", "officials at X": the organisation the text names
PREPOSITIONS = ("for", "of", "at", "from", "with", "to", "in")
DETERMINERS = word_set("a an the one two three some several many other another few most all")


class UnknownSpeaker(QuotesError):
    """No speaker (or correction) goes by the name given."""


@dataclass(frozen=True)
class Name:
    """A speaker name taken apart.

    kind is person (first and last name), single (one name: "Trump"),
    organisation, nominal ("a spokesman"; organisation set when the text names
    it) or pronoun.
    """

    kind: str
    text: str  # the name without titles, as written ("Donald J. Trump", "Trump")
    given: str = ""
    middle: str = ""  # initials of the middle names, lower case ("j")
    surname: str = ""
    suffix: str = ""
    gender: str = ""  # "m", "f" or "" when unknown
    organisation: str = ""

    @property
    def base(self) -> tuple[str, str, str]:
        return (self.given, self.surname, self.suffix)


@dataclass(frozen=True)
class Correction:
    """A user's correction: merge NAME into INTO, or split NAME out as its own speaker."""

    action: str  # "merge" | "split"
    name: str
    into: str | None = None


@dataclass
class Resolution:
    """Where each (document, speaker) unit belongs: its key, and each key's name and kind."""

    keys: dict[tuple[Hashable, str], str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for comparing."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
        text = text.replace("’", "'")
    text = text.casefold()
    return " ".join(re.sub(r"[.,]", " ", text).split())


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Known first names with their usual gender ("m" or "f"), from the extractor's lists."""
    genders: dict[str, str] = {}
    for filename, gender in (("names_male.txt", "m"), ("names_female.txt", "f")):
        try:
            text = resources.files("quotes").joinpath(filename).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError):
            continue
        for line in text.splitlines():
            if line.strip():
                name = line.strip().casefold()
                # a name on both lists tells us nothing
                genders[name] = "" if genders.get(name, gender) != gender else gender
    return genders


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def strip_titles(words: list[str]) -> tuple[list[str], str]:
    """Drop titles and descriptors from the front; returns the rest and the gender they imply."""
    gender = ""
    while words:
        lowered = [fold(word) for word in words]
        for size in TITLE_SIZES:
            title = " ".join(lowered[:size])
            if title in TITLES and len(words) > size:
                if title in MALE_TITLES:
                    gender = "m"
                elif title in FEMALE_TITLES:
                    gender = "f"
                words = words[size:]
                break
        else:
            if len(words) > 1 and (
                lowered[0].replace(" ", "") in DESCRIPTORS
                or lowered[0] in CONNECTORS
                or not is_capitalised(words[0])
                or re.search(r"[\"“”]|''", words[0])  # "Deal.'' Mr. Trump": a quote's last word
                or (lowered[0].endswith("ing") and lowered[0] not in first_names())
            ):
                words = words[1:]
                continue
            break
    return words, gender


def clean(text: str) -> str:
    """The name without surrounding punctuation, a possessive or doubled spaces."""
    text = " ".join(text.replace("’", "'").split())
    text = re.sub(r"'s$", "", text)  # "Trump's" as the possessor of a statement
    return text.strip(" ,;:-\"'()[]")


@lru_cache(maxsize=500_000)
def parse_name(text: str) -> Name:
    """Take a speaker name apart (see Name)."""
    text = clean(text)
    words = text.split()
    if not words or fold(text) in PRONOUNS:
        return Name("pronoun", text)
    lowered = [fold(word) for word in words]
    if not is_capitalised(words[0]) and lowered[0] not in DETERMINERS:
        # "former Secretary of State Hillary Clinton", but not "officials at the Pentagon"
        rest, _ = strip_titles(words)
        prefix = " " + " ".join(lowered[: len(words) - len(rest)]) + " "
        for title in TITLES:
            prefix = prefix.replace(f" {title} ", " ")
        if all(is_capitalised(word) for word in rest) and not set(prefix.split()) & set(
            PREPOSITIONS
        ):
            words, lowered = rest, lowered[len(words) - len(rest) :]
    if not is_capitalised(words[0]) or lowered[0] in DETERMINERS:
        return parse_description(words, lowered)
    # "Joel Pollak of Breitbart California": the name is the part before the preposition
    for index, word in enumerate(lowered[2:], start=2):
        if word in PREPOSITIONS and all(is_capitalised(w) for w in words[:index]):
            words, lowered = words[:index], lowered[:index]
            break
    # "Manhattan-made Mr. Trump", "Obama Education Secretary Arne Duncan": the name starts at
    # its honorific or title (the last one before the final word)
    for index in range(len(lowered) - 2, 0, -1):
        if lowered[index] in MID_NAME_TITLES:
            # strip_titles drops a known title (and learns the gender); others go here
            start = index if lowered[index] in TITLES else index + 1
            words, lowered = words[start:], lowered[start:]
            break
    words, gender = strip_titles(words)
    lowered = [fold(word) for word in words]
    if len(words) == 1 and lowered[0] in GROUP_WORDS:
        return Name("nominal", words[0])  # "Officials said", "Republicans argue"
    if (
        any(word in ORGANISATION_WORDS for word in lowered)
        and not any(word in first_names() for word in lowered)
    ) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        return Name("organisation", " ".join(words))
    suffix = ""
    if len(words) > 1 and lowered[-1] in SUFFIXES:
        suffix = SUFFIXES[lowered[-1]]
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
        lowered = [fold(word) for word in words]
    if not all(is_capitalised(word) or fold(word) in PARTICLES for word in words):
        return Name("organisation", " ".join(words))
    # "Billionaire Donald Trump": a person's name starts at its first name
    if lowered[0] not in first_names():
        for index, word in enumerate(lowered[1:-1], start=1):
            if word in first_names():
                words, lowered = words[index:], lowered[index:]
                break
    if len(words) == 1:
        gender = gender or first_names().get(lowered[0], "")
        return Name("single", words[0], given=lowered[0], surname=lowered[0], gender=gender)
    start = len(words) - 1
    while start > 1 and lowered[start - 1] in PARTICLES:
        start -= 1
    given, surname = lowered[0], " ".join(lowered[start:])
    middle = "".join(word[0] for word in lowered[1:start])
    gender = gender or first_names().get(given, "")
    written = " ".join(words) + (f" {suffix}" if suffix else "")
    return Name("person", written, given, middle, surname, suffix, gender)


def parse_description(words: list[str], lowered: list[str]) -> Name:
    """A name that starts in lower case or with an article: a description or an organisation."""
    text = " ".join(words)
    for index, word in enumerate(lowered):
        if word in PREPOSITIONS and index + 1 < len(words):
            tail = words[index + 1 :]
            if fold(tail[0]) == "the":
                tail = tail[1:]
            if tail and is_capitalised(tail[0]):
                return Name("nominal", text, organisation=" ".join(tail))
    rest = words[1:] if lowered[0] == "the" else []
    # "the White House", "the Clinton campaign", but not "the Florida senator"
    if (
        rest
        and is_capitalised(rest[0])
        and fold(rest[0]) not in TITLES
        and (is_capitalised(rest[-1]) or fold(rest[-1]) in ORGANISATION_WORDS)
    ):
        return Name("organisation", " ".join(rest))  # "the White House", "the Clinton campaign"
    return Name("nominal", text)


# A run of capitalised words or initials, with a suffix: "Yesterday Donald J. Trump Jr."
# (A capital not preceded by a letter or digit is \b[A-Z]; led by the capital, the regex
# engine skips ahead to the next one, twice as fast over a whole article.)
CAPITALISED_RUN = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:[\w'’-]+|\.)(?:\s+[A-Z](?:[\w'’-]+|\.))*(?:,?\s+[JS]r\b\.?)?"
)

# Characters CAPITALISED_RUN never matches: no run goes on across one.
RUN_BREAKS = ("“", "”", '"', "(", ")", ":", ";", "?", "!")


def names_in_text(text: str, words: Iterable[str]) -> set[str]:
    """Full names in text that contain one of words as first or last name ("Donald Trump" for
    "Trump"): the evidence that lets a single name join a full name in its document."""
    wanted = {word for word in words if word}
    if not wanted:
        return set()
    # Only runs from the first mention of a wanted word to the last can hold one: the scan
    # starts after a character no run holds, before the first mention (the same runs as a scan
    # from the start), and stops after the last.
    mentions = [text.find(word) for word in wanted]
    first = min((index for index in mentions if index >= 0), default=-1)
    if first < 0:
        return set()
    start = 1 + max(text.rfind(mark, 0, first) for mark in RUN_BREAKS)
    last = max(text.rfind(word) for word in wanted)
    found = set()
    for match in CAPITALISED_RUN.finditer(text, start):
        if match.start() > last:
            break
        parts = match.group().split()
        if len(parts) < 2 or wanted.isdisjoint(part.rstrip(",") for part in parts):
            continue
        preceding = text[max(0, match.start() - 3) : match.start()]
        for index, part in enumerate(parts):
            if part.rstrip(",") not in wanted:
                continue
            # "Donald J. Trump Jr.": up to three words before the wanted one, which is last...
            end = index + 1
            if end < len(parts) and fold(parts[end]) in SUFFIXES:
                end += 1
            first = max(0, index - 3)
            if index:
                before = preceding if first == 0 else parts[first - 1]
                candidates = [(" ".join(parts[first:end]), before)]
            else:
                candidates = []
            # ...or first, for a first name ("Hillary Rodham Clinton" for "Hillary"; a surname
            # first, as in "Trump Tower", is not a person)
            if index + 1 < len(parts) and fold(part) in first_names():
                candidates.append((" ".join(parts[index : index + 4]), "x"))
            for run, before in candidates:
                name = evidence_name(run, before)
                if name and name.kind == "person":
                    found.add(name.text)
    return found


def evidence_name(words: str, preceding: str) -> Name | None:
    """The full name in a run of capitalised words: from its first known first name on, or the
    whole run when it does not start a sentence ("Yesterday Donald Trump" is Donald Trump)."""
    parts = words.split()
    for index, word in enumerate(parts[:-1]):
        if fold(word) in first_names():
            return parse_name(" ".join(parts[index:]))
    if preceding.rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", "”", ":"):
        return parse_name(words)
    return None


def alias_form(mention: str) -> str:
    """A mention as written, without a possessive or the sentence's first word before it."""
    words = clean(mention).split()
    while len(words) > 1 and fold(words[0]) in CONNECTORS:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 18)
def alias_of(mention: str, speaker: str) -> str | None:
    """The mention as an alias of the speaker it was resolved to, or None when it does not
    name them ("he", "the spokesman", or another person's name)."""
    name, person = parse_name(mention), parse_name(speaker)
    if name.kind == "person" and person.kind == "person" and name.base != person.base:
        return None
    if (
        name.kind == "single"
        and person.kind == "person"
        and (
            name.surname not in (person.surname, person.given)
            or (name.gender and person.gender and name.gender != person.gender)
        )
    ):
        return None
    return alias_form(mention) if is_alias(mention) else None


def is_alias(mention: str) -> bool:
    """Whether a mention as written names its speaker ("Mr. Trump"), rather than
    pointing at one ("he", "the spokesman")."""
    return parse_name(mention).kind in ("person", "single", "organisation")


def evidence_wanted(units: Iterable[tuple[Hashable, str]]) -> dict[Hashable, set[str]]:
    """Per document, the single names ("Trump") whose full name its text may give."""
    wanted: dict[Hashable, set[str]] = defaultdict(set)
    for document, speaker in units:
        single = single_name(speaker)
        if single:
            wanted[document].add(single)
    return dict(wanted)


def single_names(speakers: Iterable[str | None]) -> set[str]:
    """The single names among one document's speakers: what evidence_wanted gives for it."""
    return {single for speaker in speakers if speaker and (single := single_name(speaker))}


def single_name(speaker: str) -> str | None:
    """The name of a speaker named by one word ("Trump"); None for any other speaker."""
    name = parse_name(speaker)
    return name.text if name.kind == "single" else None


def person_key(name: Name, middles: Mapping[tuple[str, str, str], set[str]]) -> str:
    """The key of a person: first name, last name and suffix, plus the middle initial only
    when that first and last name come with more than one middle initial."""
    given, surname, suffix = name.base
    middle = ""
    if len(middles.get(name.base, ())) > 1:
        middle = name.middle or "?"
    return f"person:{given}|{middle}|{surname}|{suffix}"


def name_key(name: Name) -> str | None:
    """The key of a name that is not a person: single names and organisations; None for
    nominal speakers without an organisation and for pronouns."""
    if name.kind == "single":
        return f"single:{name.surname}"
    if name.kind == "organisation":
        return f"organisation:{fold(name.text)}"
    if name.kind == "nominal" and name.organisation:
        return f"organisation:{fold(parse_name(name.organisation).text)}"
    return None


def resolve_speakers(
    units: Mapping[tuple[Hashable, str], int],
    evidence: Mapping[Hashable, Iterable[str]] | None = None,
    corrections: Sequence[Correction] = (),
) -> Resolution:
    """Give every (document, speaker) unit the key of its person or organisation.

    units counts the quotes of each speaker name in each document; evidence
    lists, per document, further full names its text gives (names_in_text);
    corrections are applied in order after the automatic merging.
    """
    evidence = evidence or {}
    parsed = {speaker: parse_name(speaker) for _, speaker in units}
    middles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for name in parsed.values():
        if name.kind == "person" and name.middle:
            middles[name.base].add(name.middle)
    split_names = {fold(c.name) for c in corrections if c.action == "split"}
    people_by_document: dict[Hashable, list[Name]] = defaultdict(list)
    for document, speaker in units:
        if parsed[speaker].kind == "person":
            people_by_document[document].append(parsed[speaker])
    for document, names in evidence.items():
        people_by_document[document].extend(
            name for name in map(parse_name, names) if name.kind == "person"
        )

    # A unit's key, kind and form as written follow from its speaker alone, except for a
    # single name, resolved within its document: worked out once per speaker, not per unit.
    facts = {
        speaker: speaker_facts(speaker, name, split_names, middles)
        for speaker, name in parsed.items()
    }
    resolution = Resolution()
    forms: dict[str, Counter] = defaultdict(Counter)  # key -> names as written, with counts
    for (document, speaker), count in units.items():
        name = parsed[speaker]
        key, kind, form = facts[speaker]
        if kind is None:  # a single name
            person = resolve_single(name, people_by_document.get(document, []), middles)
            if person:
                key, kind = person_key(person, middles), "person"
                forms[key][person.text] += 0  # the document's full name, if no quote has it
            else:
                key, kind = name_key(name), "single"
        if key is None:
            continue
        resolution.keys[(document, speaker)] = key
        resolution.kinds.setdefault(key, kind)
        # a single name resolved into a person is an alias of it, never its name
        weight = (
            count if (kind != "person" or name.kind == "person" or key.startswith("split:")) else 0
        )
        forms[key][form] += weight
    resolution.names = {key: choose_name(counter) for key, counter in forms.items()}
    apply_corrections(resolution, corrections, units)
    make_names_unique(resolution, units)
    return resolution


def speaker_facts(
    speaker: str,
    name: Name,
    split_names: set[str],
    middles: Mapping[tuple[str, str, str], set[str]],
) -> tuple[str | None, str | None, str]:
    """The key, kind and form as written of a speaker's units; kind None for a single name,
    whose key depends on its document (resolve_single)."""
    written = name.organisation if name.kind == "nominal" else name.text
    form = clean(parse_name(written).text if name.kind == "nominal" else written)
    if split_names and (fold(speaker) in split_names or fold(name.text) in split_names):
        return f"split:{fold(name.text)}", name.kind, form
    if name.kind == "person":
        return person_key(name, middles), "person", form
    if name.kind == "single":
        return None, None, form
    return name_key(name), "organisation", form


def resolve_single(
    name: Name, people: list[Name], middles: Mapping[tuple[str, str, str], set[str]]
) -> Name | None:
    """The person a single name stands for in its document, when exactly one fits."""
    fitting = {
        person_key(person, middles): person
        for person in people
        if name.surname in (person.surname, person.given)
        and not (name.gender and person.gender and name.gender != person.gender)
    }
    return fitting.popitem()[1] if len(fitting) == 1 else None


def choose_name(forms: Counter) -> str:
    """The fullest common form: most often written, then longest; never shouting in capitals."""
    return min(
        forms,
        key=lambda form: (form.isupper() and len(form) > 4, -forms[form], -len(form), form),
    )


def apply_corrections(
    resolution: Resolution, corrections: Sequence[Correction], units: Mapping
) -> None:
    """Merge corrections: every unit of NAME goes to INTO's key (or is renamed INTO)."""
    for index, correction in enumerate(corrections):
        if correction.action != "merge" or not correction.into:
            continue
        if any(
            later.action == "split" and fold(later.name) == fold(correction.name)
            for later in corrections[index + 1 :]
        ):
            continue  # split out again since
        sources = keys_named(resolution, correction.name)
        targets = keys_named(resolution, correction.into)
        if not sources:
            continue
        if targets:
            target = min(targets)
            name = resolution.names[target]
        else:
            target = f"merged:{fold(correction.into)}"
            name = correction.into
            resolution.kinds[target] = resolution.kinds[min(sources)]
        for unit, key in resolution.keys.items():
            if key in sources:
                resolution.keys[unit] = target
        for key in sources - {target}:
            resolution.names.pop(key, None)
        resolution.names[target] = name


def keys_named(resolution: Resolution, name: str) -> set[str]:
    """Keys whose name is name; failing that, keys holding a speaker written that way."""
    wanted = fold(name)
    keys = {key for key, value in resolution.names.items() if fold(value) == wanted}
    if not keys:
        keys = {
            key
            for (_, speaker), key in resolution.keys.items()
            if fold(speaker) == wanted or fold(clean(speaker)) == wanted
        }
    return keys


def make_names_unique(resolution: Resolution, units: Mapping[tuple[Hashable, str], int]) -> None:
    """Two keys never share a name: the less quoted one gets its kind, then a number, added."""
    used = set(resolution.keys.values())
    quotes: Counter = Counter()
    for unit, key in resolution.keys.items():
        quotes[key] += units[unit]
    taken: set[str] = set()
    for key in sorted(used, key=lambda key: (-quotes[key], key)):
        name = resolution.names.get(key) or key.split(":", 1)[1]
        if fold(name) in taken:
            name = f"{name} ({resolution.kinds.get(key, 'speaker')})"
        number = 2
        candidate = name
        while fold(candidate) in taken:
            candidate, number = f"{name} {number}", number + 1
        taken.add(fold(candidate))
        resolution.names[key] = candidate
    for key in set(resolution.names) - used:
        del resolution.names[key]
