"""Document text -> quotes and their speakers. Pure: no I/O, no state, never raises.

How a quote is found:

1. quotes.marks pairs the quote marks of each paragraph into segments.
2. Each segment is attributed by sieves, most certain first (each sieve is a
   named sentence shape from quotes.patterns):

   - ``quote_cue_speaker``   "...," said Tom Becker, the city's chief engineer.
   - ``quote_speaker_cue``   "...," Becker said. / "...," former mayor Ann Park said.
   - ``speaker_cue``         He added, "..."
   - ``speaker_cue_colon``   Becker told reporters: "..." (also when the colon
                             ends the previous paragraph, and a roundup's
                             credit: Polls missed it - Carl Bialik: "...")
   - ``according_to``        "...," according to Becker. It also outranks a
                             speaker who is himself reported: "...," Minning
                             replied, according to Farley's account.
   - ``mixed``               Becker said the council had "rushed a decision".
                             A speaker reported by another goes to the
                             reporter: Park said that Becker called it "rushed".
                             Verbs that characterise ("called", "praised") count
                             only for a named or pronoun subject close by.
   - ``cue_after``           The plan is "a disaster" for the city, Becker said.
   - ``continued``           a quote continuing the previous quote's speaker
                             (next sentence, next paragraph, or a quote run
                             over several paragraphs, which takes the speaker
                             named at its end).
   - ``previous_sentence``   Becker disagreed. "We cannot wait."
   - ``previous_paragraph``  Becker said the county would wait. / "That is ..."
   - ``byline``              "..." ― Carla Sanchez (same line or next paragraph;
                             a byline paragraph outranks the two above)
   - ``transcript``          BECKER: "..." (also a transcript quoted whole:
                             "BECKER: We will ...)
   - ``sentence_subject``    a fragment in a sentence whose subject has no
                             cue: Stein has framed herself as the plan B for
                             the "Bernie or Bust" crowd; or the possessor of
                             a noun for something said: Politifact checked
                             Hale's claim that there were "thousands" (Hale).

   A subject may follow an introductory phrase (At a rally in Portsmouth,
   N.H., Sanders said / Filling in for Sanders, West called it "..."), may
   be an organisation with a reporting verb (Politico reported) or a share of
   people polled (41 percent said), but not a time ("two weeks ago") or the
   object of a verb before it (Park offered a short reply: "...").
   Mentions then resolve to names in quotes.speakers.

3. A segment no sieve attributes is kept (with no speaker) only when it is
   long enough to be a statement; short unattributed fragments, fragments
   after a preposition or a possessive or between an article and its noun
   (with "scary accuracy", a "local" champion), and title-case fragments
   ("Bridges to Nowhere") are scare quotes, titles, nicknames and quoted terms,
   and are dropped.

The record's ``text`` is what lies between the marks, without surrounding
white space and without a trailing comma: in “We won,” he said the text is
``We won`` (the comma belongs to the attribution, not the statement); other
closing punctuation (. ! ?) stays. A quote running over several paragraphs
gives one record per paragraph, each with the same speaker, so that every
record's offsets point at one contiguous stretch of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from quotes import patterns as p
from quotes import speakers
from quotes.marks import Segment, pair_marks
from quotes.models import Quote

# Bump whenever a rule changes: the loader re-extracts documents stored by an
# older version.
EXTRACTOR_VERSION = "1.7"

# Quotes this short with no attribution are scare quotes or quoted terms.
MIN_UNATTRIBUTED_WORDS = 5

# A fragment's sentence subject may be a nominal ("the campaign") as well as a
# name or a pronoun: on the training split that found more right than wrong.
SUBJECT_NOMINALS = True

# Characters allowed between an evaluative cue and its quote: He called the
# plan "a disaster".
MAX_EVALUATIVE_GAP = 100

# Words between a cue and the comma or colon that opens its quote: "told
# reporters:", "responded to Hale with,".
MAX_INTRO_OBJECT_WORDS = 4

# How often each sieve's record is right (quote and speaker name), measured on
# the PolNeAR training split (python tests/benchmarks/score_polnear.py TRAIN
# --sieves; a sieve with fewer than 20 quotes of a kind keeps an estimate):
# (named speaker, pronoun speaker, nominal speaker).
# Confidence is this, times SHORT (by sieve) for quotes under three words and
# UNRESOLVED for a pronoun no person was found for, so that sorting by it puts
# errors last.
CONFIDENCE = {
    "quote_cue_speaker": (0.98, 0.75, 0.99),
    "quote_speaker_cue": (0.99, 0.75, 0.99),
    "speaker_cue": (0.96, 0.75, 0.98),
    "speaker_cue_colon": (0.95, 0.72, 0.91),
    "mixed": (0.95, 0.69, 0.87),
    "continued": (0.95, 0.72, 0.87),
    "cue_after": (0.90, 0.69, 0.67),
    "according_to": (0.92, 0.70, 0.95),
    "byline": (0.62, 0.62, 0.62),
    "sentence_subject": (0.73, 0.47, 0.57),
    "transcript": (0.70, 0.70, 0.70),
    "previous_sentence": (0.64, 0.17, 0.35),
    "previous_paragraph": (0.71, 0.45, 0.35),
}
# A quote under three words is a fragment: right as often as a longer one when
# a cue introduces it ("called it "rushed""), much less often when it only
# continues a neighbour's speaker or sits after a speaker and cue.
SHORT = {
    "mixed": 1.0,
    "quote_cue_speaker": 1.0,
    "speaker_cue": 0.95,
    "sentence_subject": 0.75,
    "quote_speaker_cue": 0.7,
    "cue_after": 0.67,
    "continued": 0.55,
    "speaker_cue_colon": 0.4,
}
SHORT_DEFAULT = 0.75
UNRESOLVED = 0.2
NO_SPEAKER = 0.19
# What an invertible cue starts with, to look for one cheaply (said Tom Hale).
INVERTIBLE_STARTS = tuple(sorted({cue[:3] for cue in p.INVERTIBLE_CUES}))


class _Attribution:
    """A speaker mention found for a segment, before name resolution."""

    __slots__ = ("anchor", "cue", "end", "kind", "mention", "name", "role", "sieve", "start")

    def __init__(self, sieve: str, cue: str | None, start: int, end: int, kind: str) -> None:
        self.sieve = sieve
        self.cue = cue
        self.start = start  # mention offsets in the document
        self.end = end
        self.kind = kind  # "name", "pron" or "nom"
        self.role: str | None = None
        self.name: str | None = None
        self.mention: str | None = None
        # where the attribution writes the speaker when that is not the name:
        # the "who" of "Becker, who led the inspection, said"
        self.anchor: tuple[int, int] | None = None


def _group_kind(m) -> str:
    for kind in ("name", "pron", "nom"):
        if m.group(kind) is not None:
            return kind
    return "nom"


@functools.lru_cache(maxsize=1024)
def _find_cues(s: str, first: bool = False) -> tuple[re.Match, ...]:
    """Every reporting cue in `s` (see patterns.CUE_AT), in order. Cached: the
    sieves look at the same stretch of a sentence several times."""
    found = []
    for word in p.CUE_FIRST_WORD.finditer(s):
        m = p.CUE_AT.match(s, word.start())
        if m is not None:
            found.append(m)
            if first:
                break
    return tuple(found)


def _first_cue(s: str) -> re.Match | None:
    cues = _find_cues(s, first=True)
    return cues[0] if cues else None


def _sentence_ends(text: str, lo: int, hi: int) -> Iterator[int]:
    """Where the sentences between `lo` and `hi` end, skipping the periods of
    abbreviations ("Sen.", "U.S.") and initials ("George W.")."""
    # the lookahead needs to see the character after `hi` (endpos hides it)
    for m in p.SENTENCE_END.finditer(text, lo, hi + 3):
        if m.end() > hi:
            return
        word_start = m.start()
        while word_start > lo and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
            word_start -= 1
        word = text[word_start : m.start()]
        if word in p.ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        yield m.end()


@functools.lru_cache(maxsize=1024)
def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Start of the sentence containing `hi`, not before `lo`. Cached (a
    document's text hashes once), as the sieves ask the same question often."""
    start = lo
    for start in _sentence_ends(text, lo, hi):
        pass
    return start


def _sentence_before(text: str, lo: int, hi: int) -> int:
    """Start of the sentence ending just before `hi` (a sentence's start or a
    paragraph's end), not before `lo`."""
    return _sentence_start(text, lo, max(lo, hi - 2))


@functools.lru_cache(maxsize=1024)
def _sentence_end(text: str, lo: int, hi: int) -> int:
    """End of the sentence starting at `lo`, not after `hi`."""
    return next(_sentence_ends(text, lo, hi), hi)


def _past_space(text: str, lo: int, hi: int) -> int:
    """Where text[lo:hi] starts past its leading white space."""
    window = text[lo:hi]
    return lo + len(window) - len(window.lstrip())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the statement: no surrounding space, no trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _sentence_opener(text: str, word: str, space: int, end: int) -> bool:
    """An adverb or a participle opening a sentence ("Hastily", "Using the
    phrase", "Weighing in"), not a name ("Kelly", "Schilling describes"; no
    adverb ends in "elly": "And Skelly called")."""
    if len(word) <= 4 or not word[:1].isupper():
        return False
    if word.endswith("ly"):
        return (
            not word.endswith(("elly", "eilly"))
            and word not in p.FEMALE_NAMES
            and word not in p.MALE_NAMES
        )
    if word.endswith("ed"):
        return _passive_participle(text, word, end if space < 0 else space)
    if not word.endswith("ing"):
        return False
    # the word after it, inside the span or, for a one-word span, after it
    following = (text[space + 1 : end] if space >= 0 else text[end + 1 : end + 20]).split(" ", 1)
    following = following[0].lower()
    return following in p.PARTICIPLE_OBJECTS or following[:1] in "\"“'‘"


def _passive_participle(text: str, word: str, end: int) -> bool:
    """A past participle and its agent, `end` being where the word ends:
    "Reached by Politico, Bennett denied ..." (not a name such as "Ted")."""
    return (
        word not in p.MALE_NAMES
        and word not in p.FEMALE_NAMES
        and p.AGENT_AFTER_PARTICIPLE.match(text, end) is not None
    )


def _named(
    text: str,
    m: re.Match,
    sieve: str,
    cue: str | None,
    group: str = "name",
    organisations: bool = False,
) -> _Attribution | None:
    """The attribution to the name `m` matched in `group`, or None when no
    name is left of it (see _name_span)."""
    span = _name_span(text, m.start(group), m.end(group), organisations)
    if span is None:
        return None
    return _Attribution(sieve, cue, span[0], span[1], "name")


def _name_span(
    text: str, start: int, end: int, organisations: bool = False
) -> tuple[int, int] | None:
    """A name mention without a leading sentence word ("But Trump" -> "Trump");
    None when nothing name-like is left ("And", "Friday", "Iowa"), or an
    organisation unless `organisations` ("Politico reported")."""
    titled = False
    while start < end:
        space = text.find(" ", start, end)
        word = text[start:end] if space < 0 else text[start:space]
        bare = p.CONTRACTION.sub("", word.rstrip(",."))
        if bare not in p.NOT_NAME_WORDS and (
            titled or not _sentence_opener(text, bare, space, end)
        ):
            break
        if space < 0:
            return None
        # (a word after an honorific is a name, not an adverb: Mrs. Schlafly)
        titled = word in p.HONORIFICS_MALE or word in p.HONORIFICS_FEMALE
        start = space + 1
    possessor = p.POSSESSOR_BEFORE_NAME.match(text, start, end)
    if possessor is not None:
        # "CNN's Jake Tapper", "The Blaze’s Matt Walsh": the person after
        start = possessor.end()
    word = text[start:end]
    if (
        start >= end
        or (_is_place(word) and not (organisations and _place_speaks(text, start)))
        or word in p.NOT_NAME_WORDS
        or (word in p.ORG_WORDS and not organisations)
    ):
        return None
    if " " in word and word.isupper() and not p.TRANSCRIPT_NAME.fullmatch(word):
        # a headline in capitals, not a name
        return None
    return start, end


PLACE_FIRST_WORDS = ("New", "North", "South", "West", "East")


def _is_place(word: str) -> bool:
    """A state or a country, also of two words: "Ohio", "New Hampshire"."""
    if word in p.PLACES:
        return True
    first, _, last = word.partition(" ")
    return first in PLACE_FIRST_WORDS and last in p.PLACES


def _place_speaks(text: str, start: int) -> bool:
    """A country or state named as a sentence's actor ("Japan branded North
    Korea ...", "Russia insisted"), not where someone is from ("Merkel of
    Germany said", "Sen. Sanders of Vermont", "Raleigh, N.C., said", "in
    Salem, New Hampshire, Hale said")."""
    for first in PLACE_FIRST_WORDS:
        if text.startswith(first + " ", start - len(first) - 1):
            # the second word of a place's name: New |Hampshire
            start -= len(first) + 1
            break
    if text[max(0, start - 3) : start].endswith((", ", "-", "(")):
        return False
    return _word_before(text, start).lower() not in ("of", "from", "in", "at", "for")


def _word_before(text: str, start: int, width: int = 12) -> str:
    """The word right before `start` (looking back `width` characters), or ""."""
    words = text[max(0, start - width) : start].split()
    return words[-1] if words else ""


def _possessive_at(text: str, end: int) -> bool:
    """The word ending at `end` is a possessive: "Clinton’s", "Park's"."""
    return text[end - 2 : end] in ("’s", "'s")


def _after_preposition(text: str, start: int) -> bool:
    """The word before `start` is a preposition: "in Columbus"."""
    return _word_before(text, start) in p.SCARE_PREPOSITIONS


def _object_before_participle(text: str, start: int) -> bool:
    """A name at `start` right after a preposition, before a participle cue: the
    object of the sentence's verb, not the participle's subject. Shape: Hale
    wrote to Ann Park asking ... (not "with Ann Park saying": her own words)."""
    return _word_before(text, start, 8) in p.PARTICIPLE_OBJECT_PREPOSITIONS


def _with_absolute(text: str, start: int) -> bool:
    """A nominal at `start` right after "with", the subject of the participle
    that follows. Shape: Park attacked Hale, with one of her ads asking, "..."."""
    return text[max(0, start - 5) : start] == "with "


def _after_article(text: str, start: int) -> bool:
    """The word before `start` is an article: "a Donald Trump tweet"."""
    head = text[max(0, start - 5) : start]
    return head.endswith((" a ", " an ", " the ", "\na ", "\nthe "))


@functools.lru_cache(maxsize=1024)
def _search_subject_before_cue(window: str, pos: int) -> re.Match | None:
    """p.SUBJECT_BEFORE_CUE.search(window, pos). Cached: the costliest search
    of the sieves (tens of microseconds), and a quarter of its windows recur."""
    return p.SUBJECT_BEFORE_CUE.search(window, pos)


def _subject_before(text: str, lo: int, cue_start: int, sieve: str, cue: str):
    """The speaker written right before a cue at `cue_start`."""
    window = text[lo:cue_start]
    pos = 0
    while True:
        m = _search_subject_before_cue(window, pos)
        if m is None:
            break
        kind = _group_kind(m)
        span = (lo + m.start(kind), lo + m.end(kind))
        if text.endswith(" of ", 0, span[0]):
            owner = _person_before_of(text, lo, span[0])
            if owner is not None:
                return _Attribution(sieve, cue, *owner, "name")
        if text.endswith(p.TALKING_TO, 0, span[0]):
            talker = _talker_before_listener(text, lo, span[0], sieve, cue)
            if talker is not None:
                return talker
        if (
            kind == "nom"
            and cue not in p.NOUN_LIKE_CUES
            and text.endswith(p.PLACE_PREPOSITIONS, 0, span[0])
        ):
            # (not before a cue that may be a noun: a voice-over in the ad states)
            holder = _subject_before_place(text, lo, span[0], sieve, cue)
            if holder is not None:
                return holder
        if kind == "name":
            # an organisation speaks through a verb: Politico reported, "...";
            # not an adjective before a noun ("Republican claims")
            word = text[span[0] : span[1]]
            span = _name_span(
                text,
                *span,
                organisations=cue not in p.NOUN_LIKE_CUES
                and not word.endswith(("an", "ic", "ish")),
            )
            if (
                span is None
                or text[span[1] - 2 : span[1]] in ("’s", "'s", "s’", "s'")
                or _after_article(text, span[0])
            ):
                # "Trump's call for", "a Donald Trump tweet": a possessor or a
                # modifier is not the subject
                pos = m.start() + 1
                continue
        if ", whose " in window:
            owner = p.WHOSE_BEFORE.search(window, 0, m.start())
            if owner is not None:
                # an apposition inside a "whose" clause: Hale, whose start-up,
                # Paradata, sells data, said ... (Hale, not Paradata)
                owner_span = _name_span(text, lo + owner.start("name"), lo + owner.end("name"))
                if owner_span is not None:
                    return _Attribution(sieve, cue, *owner_span, "name")
        if kind == "nom" and not cue.endswith("ing") and _poor_nominal(text, lo, *span):
            # (an object before a participle is handled by the caller: Park
            # released a statement saying ...)
            pos = m.start() + 1
            continue
        if kind == "name" and _after_preposition(text, span[0]):
            # "Clinton, during a town hall in Columbus, Ohio, said": the subject
            # is the sentence's, before its parenthetical
            first = _subject_at_start(text, lo, span[0], sieve, cue)
            if first is not None and text[first.end : first.end + 1] == ",":
                return first
        appos = m.group("appos")
        if appos and _clause(appos):
            # not an apposition but a clause of its own: Reached by POLITICO,
            # Bennett denied the notion ..., explaining ...
            pos = m.start() + 1
            continue
        if kind == "nom":
            named = _name_before_open_apposition(text, lo, cue_start, sieve, cue)
            if named is not None:
                return named
        att = _Attribution(sieve, cue, span[0], span[1], kind)
        if appos:
            role = appos.strip(" ,\u00a0")
            if not role.startswith(("who ", "which ", "whose ")):
                att.role = role
            if kind == "nom":
                # "the bureau's director, James B. Comey, said": the apposition names
                inner = p.SUBJECT_AT_START.match(role)
                if inner is not None and inner.group("name") and inner.end() == len(role):
                    described = p.DESCRIBED_BEFORE.match(window, 0, m.start(kind))
                    if described is not None:
                        # the nominal is inside the description of the
                        # subject: Rossi, the editor of the city's paper, The
                        # Harbor Times, said (Rossi, not the paper)
                        first = _name_span(
                            text, lo + described.start("name"), lo + described.end("name")
                        )
                        if first is not None:
                            return _Attribution(sieve, cue, *first, "name")
                    att.role = window[m.start(kind) : m.end(kind)]
                    offset = lo + m.start("appos") + appos.index(role)
                    att.start, att.end, att.kind = (
                        offset + inner.start("name"),
                        offset + inner.end("name"),
                        "name",
                    )
        return att
    return _relative_before(text, lo, window, sieve, cue)


def _talker_before_listener(text: str, lo: int, start: int, sieve: str, cue: str):
    """The subject before a participle of talking whose listener (an outlet,
    mostly) is at `start`, the speaker of the cue after the listener: Another
    aide speaking to Harbor News said, "..." (the aide, not the outlet)."""
    for phrase in p.TALKING_TO:
        if text.endswith(phrase, 0, start):
            return _subject_before(text, lo, start - len(phrase), sieve, cue)
    return None


def _subject_before_place(text: str, lo: int, start: int, sieve: str, cue: str):
    """The subject before a phrase of where it is, whose place (a nominal)
    is at `start`: "...?" a staffer in the room wondered (the staffer, not
    the room); None when no subject comes right before the preposition."""
    for phrase in p.PLACE_PREPOSITIONS:
        if text.endswith(phrase, 0, start):
            return _subject_before(text, lo, start - len(phrase) + 1, sieve, cue)
    return None


def _person_before_of(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The person a place or body after "of" at `start` tells where from:
    Senator Tom Hale of Maine lamented ..., Tom Hale of the Harbor Trust said
    (Tom Hale, not Maine nor the Trust). None for a body's own name (the
    Bank of Riverton), a title (Secretary of State) or a lone capitalised word."""
    m = p.PERSON_BEFORE_OF.search(text, max(lo, start - 60), start)
    if (
        m is None
        or any(word in speakers.NOT_PERSON_WORDS for word in m.group("name").split())
        or m.group("name").rsplit(" ", 1)[-1] in p.TITLE_WORDS
        or _word_before(text, m.start("name")) in ("of", "the", "The")
    ):
        # (a title whose "of" names its field: Former Secretary of State Ann
        # Lee; a body inside another's name: Ann Lee of the Harbor Trust of Maine)
        return None
    return _name_span(text, *m.span("name"))


def _subject_before_infinitive(text: str, lo: int, cue_start: int, sieve: str, cue: str):
    """The speaker before a verb whose infinitive is the cue: Hale was prompted
    to say, "..." / Park went so far as to say: "..."; or the object of a verb
    that moves someone to speak: the win led her to declare "..." (her)."""
    obj = p.OBJECT_BEFORE_INFINITIVE.search(text, max(lo, cue_start - 90), cue_start)
    if obj is not None:
        if obj.group("pron"):
            return _Attribution(sieve, cue, obj.start("pron"), obj.end("pron"), "pron")
        return _named(text, obj, sieve, cue, "name" if obj.group("name") else "name2")
    m = p.VERB_BEFORE_INFINITIVE.search(text[lo:cue_start])
    if m is None:
        return None
    return _subject_before(text, lo, lo + m.start(), sieve, cue)


def _name_before_open_apposition(text: str, lo: int, cue_start: int, sieve: str, cue: str):
    """The name opening text[lo:cue_start] before an apposition the writer
    forgot to close, the nominal before the cue being the apposition's end:
    Ann Park, the head of the Harbor Trust said. (Ann Park, not the Trust)."""
    m = p.AFTER_SPEAKER_OPEN_APPOS_CUE.match(text, lo, cue_start + 40)
    if m is None or m.start("cue") != cue_start or text.startswith(",", m.end("cue")):
        # (a speaker set off by commas, the name being what they speak about:
        # Hale, an aide said, "is confident")
        return None
    span = _name_span(text, *m.span("name"))
    if span is None or span[0] != m.start("name"):
        return None
    att = _Attribution(sieve, cue, *span, "name")
    att.role = m.group("appos")
    return att


def _relative_before(text: str, lo: int, window: str, sieve: str, cue: str):
    """The antecedent of a "who" or "which" right before a cue, the nearest
    name first (Park backed Tom Hale, who argued ...), else a name before an
    apposition (Becker, the engineer, who said ...); the attribution writes
    the speaker at the relative pronoun."""
    tail = window[-150:]
    if "who" not in tail and "which" not in tail:
        # (both patterns end in the pronoun and a few words: without one in
        # the window's tail, neither can match, and looking costs less)
        return None
    for pattern in (p.NAME_WHO_BEFORE_CUE, p.WHO_BEFORE_CUE):
        m = pattern.search(window)
        if m is None:
            continue
        span = _name_span(text, lo + m.start("name"), lo + m.end("name"))
        if span is not None:
            att = _Attribution(sieve, cue, span[0], span[1], "name")
            att.anchor = (lo + m.start("who"), lo + m.end("who"))
            return att
    return None


def _clause(appos: str) -> bool:
    """Text between commas that has a subject and a verb of its own ("Bennett
    denied the notion"), not a role ("the Republican attorney general")."""
    return p.CLAUSE_IN_APPOSITION.match(appos) is not None


def _poor_nominal(text: str, lo: int, start: int, end: int) -> bool:
    """A nominal before a cue that is not its subject: a time ("two weeks ago
    said", "the morning") or the object of a verb before it ("Sanders offered
    a snappy retort")."""
    words = text[start:end].split()
    if words and words[-1].lower() in p.TIME_WORDS:
        return True
    before = text[max(lo, start - 30) : start].split()
    if not before:
        return False
    word = before[-1]
    return word in p.OBJECT_TAKING_VERBS or (
        word.endswith("ed") and word.isalpha() and word.islower() and word != "need"
    )


def _subject_at_start(text: str, lo: int, hi: int, sieve: str, cue: str | None):
    """The subject at the start of the sentence text[lo:hi], after any
    sentence word ("But he wanted ...")."""
    dateline = p.DATELINE.match(text, lo, hi)
    if dateline is not None:
        lo = dateline.end()
    att = _subject_after_intro(text, lo, hi, sieve, cue)
    if att is not None:
        return att
    for _ in range(3):
        m = p.SUBJECT_AT_START.match(text, lo, hi)
        if m is None:
            return None
        kind = _group_kind(m)
        span = (m.start(kind), m.end(kind))
        if kind == "name":
            possessed = _possessed_nominal(text, _Attribution(sieve, cue, *span, kind), hi)
            kind, span = possessed.kind, (possessed.start, possessed.end)
        if kind == "nom" and span[0] > lo:
            named = _name_before_apposition(text, lo, span[0], sieve, cue)
            if named is not None:
                return named
            clause = _clause_before_comma(text, lo, span[0], sieve, cue)
            if clause is not None and not p.RELATIVE_AFTER.match(text, span[1]):
                # (a relative clause of its own says the quote: Hale hired
                # Park of the Post, a website that ran "...")
                return clause
        if kind == "name":
            # an organisation or a country acting: Japan branded North Korea ...
            acting = p.ACTING_VERB.match(text, span[1]) is not None
            span = _name_span(text, *span, organisations=acting)
            if span is None:
                # "The Florida senator": a nominal that starts like a name
                nominal = p.NOMINAL_AT.match(text, m.start(kind), hi)
                if nominal is not None and nominal.end() > m.end(kind):
                    return _Attribution(sieve, cue, nominal.start(), nominal.end(), "nom")
                # "Democratic presidential candidate Sen. Bernie Sanders said"
                d = p.DESCRIBED_AT_START.match(text, m.start(kind), hi)
                if d is not None:
                    span = _name_span(text, d.start("name"), d.end("name"))
                    if span is not None:
                        return _Attribution(sieve, cue, span[0], span[1], "name")
                # skip the first word and try again
                nxt = text.find(" ", m.start(kind), hi)
                if nxt < 0:
                    return None
                lo = nxt + 1
                continue
        return _Attribution(sieve, cue, span[0], span[1], kind)
    return None


def _possessed_nominal(text: str, att: _Attribution, hi: int) -> _Attribution:
    """The nominal a name of several words opens as its possessor, when its
    head can speak: Ann Park's top aide rallied ... (the aide, not Park). A
    possessor of one word is a determiner of the nominal already."""
    mention = text[att.start : att.end]
    if att.kind != "name" or " " not in mention or not mention.endswith(("’s", "'s")):
        return att
    nominal = p.NOMINAL_AT.match(text, text.rfind(" ", att.start, att.end) + 1, hi)
    if nominal is None:
        return att
    end = _nominal_end(text, att.start, nominal.end())
    head = text[att.start : end].split()[-1].lower()
    if head in p.OWN_VOICE_HEADS or (head not in p.SPEAKING_HEADS and not _plural_people(head)):
        # (Tom Hale's office speaks for Hale)
        return att
    return _Attribution(att.sieve, att.cue, att.start, end, "nom")


def _clause_before_comma(text: str, lo: int, start: int, sieve: str, cue: str | None):
    """The subject that opens a sentence with its verb right after it, before
    the comma that SUBJECT_AT_START takes for an introductory phrase's: Hale
    sniped that Park, a new mayor, was ... (Hale, not "a new mayor")."""
    m = p.CLAUSE_SUBJECT.match(text, _past_space(text, lo, start))
    if m is None or m.end() >= start:
        return None
    kind = _group_kind(m)
    att = _Attribution(sieve, cue, m.start(kind), m.end(kind), kind)
    if (
        kind == "nom"
        or p.ACTING_VERB.match(text, att.end) is None
        or _cannot_speak(text, att)
        or (kind == "name" and _name_span(text, att.start, att.end) is None)
    ):
        # (Four hours earlier, a memo ...: no verb; The comments had two goals)
        return None
    return att


def _name_before_apposition(text: str, lo: int, start: int, sieve: str, cue: str | None):
    """The name (a surname alone too: Lee, a former mayor, ...) that opens a
    sentence before the apposition at `start`, the sentence's subject (Ann
    Lee, a former mayor, endorsed Hale), rather than the apposition as if the
    name were an introductory phrase."""
    m = p.NAME_THEN_COMMA.fullmatch(text, lo, start)
    if m is None:
        return None
    span = _name_span(text, *m.span("name"))
    if span is None or span != m.span("name"):
        return None
    return _Attribution(sieve, cue, *span, "name")


def _subject_after_intro(text: str, lo: int, hi: int, sieve: str, cue: str | None):
    """The subject after an introductory phrase with commas of its own: At a
    rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders said ...;
    None when the sentence does not open with such a phrase."""
    first = p.LETTERS.match(text, _past_space(text, lo, hi))
    if first is not None and first.group() in ("And", "But"):
        # a subordinate clause after a conjunction: And although he thanked ...
        after = p.LETTERS.match(text, first.end() + 1)
        if after is None or after.group() not in p.SUBORDINATORS:
            return None
    elif first is None or not (
        first.group() in p.INTRO_WORDS
        or first.group().lower() in p.SUBORDINATORS
        or _opening_participle(text, first)
        or _adverb_then_participle(text, first)
    ):
        return None
    apposition = None
    for n, comma in enumerate(p.INTRO_GAP.finditer(text, lo, hi)):
        if n == 4:
            break
        m = p.SUBJECT_HERE.match(text, comma.end(), hi)
        if m is None:
            described = _described_name(text, comma.end(), hi, sieve, cue)
            if described is not None:
                return described
            continue
        kind = _group_kind(m)
        span = (m.start(kind), m.end(kind))
        if kind == "name":
            span = _name_span(text, *span)
            if span is not None and _possessor_only(text, m.start(kind), span[0]):
                # the person after an outlet's possessive: The Gazette's Tom Hale
                return _Attribution(sieve, cue, span[0], span[1], kind)
            if span is None or (
                span[0] != m.start(kind) and not _honorific_only(text, m.start(kind), *span)
            ):
                continue
            possessed = _possessed_nominal(text, _Attribution(sieve, cue, *span, kind), hi)
            if possessed.kind == "nom" and not text.startswith(",", possessed.end):
                # (not an apposition: When Tom Hale, Ann Park's aide, was asked)
                return possessed
            if _after_name(text, comma) and (
                text.startswith(("’s ", "'s "), span[1]) or _possessive_at(text, span[1])
            ):
                # a possessor in an apposition: When Tom Hale, Park's aide, was
                # asked ..., he said (he, not Park)
                continue
            span = (m.start(kind), span[1])  # (with its honorific: "Ms. Hale")
        elif kind == "nom" and apposition is None and _apposition_in_intro(text, comma, hi):
            apposition = _Attribution(sieve, cue, span[0], span[1], kind)
            continue
        if apposition is not None and kind == "nom":
            # (two descriptions: In Dover, the mayor, a Democrat, said)
            return apposition
        return _Attribution(sieve, cue, span[0], span[1], kind)
    return apposition


def _described_name(text: str, start: int, hi: int, sieve: str, cue: str | None):
    """A name after lower-case descriptors right after an introductory
    phrase's comma, with its verb after it: At a meeting in Dover, party
    chairman Tom Hale (sharply) scolded ... (Tom Hale)."""
    if not text[start : start + 1].islower():
        return None
    d = p.DESCRIBED_AT_START.match(text, start, hi)
    if d is None:
        return None
    verb_at = d.end("name")
    adverb = p.ADVERB_AFTER.match(text, verb_at)
    if p.ACTING_VERB.match(text, adverb.end() if adverb else verb_at) is None:
        return None
    span = _name_span(text, d.start("name"), d.end("name"))
    return None if span is None else _Attribution(sieve, cue, span[0], span[1], "name")


def _apposition_in_intro(text: str, comma: re.Match, hi: int) -> bool:
    """The nominal after `comma` describes the name before it and closes with
    a comma of its own, still inside the introductory phrase: Preceded by Tom
    Hale, the county sheriff, Ann Park said ... (Ann Park, not "the county
    sheriff"), where a name or pronoun follows that comma."""
    return (
        _after_name(text, comma)
        and text.startswith(("the ", "a ", "an "), comma.end())
        and text.find(",", comma.end(), hi) >= 0
    )


def _possessor_only(text: str, start: int, name_start: int) -> bool:
    """text[start:name_start] is the possessor _name_span skips before a name
    ("The Gazette's " of "The Gazette's Tom Hale"), not a sentence word."""
    if name_start <= start:
        return False
    m = p.POSSESSOR_BEFORE_NAME.match(text, start)
    return m is not None and m.end() == name_start


def _after_name(text: str, comma: re.Match) -> bool:
    """The word before `comma` is capitalised: a name that an apposition may
    follow."""
    before = text[max(0, comma.start() - 30) : comma.start()].split()
    return bool(before) and before[-1][:1].isupper()


def _honorific_only(text: str, start: int, name_start: int, name_end: int) -> bool:
    """text[start:name_start] is an honorific before a name ("Ms. " of "Ms.
    Hale"), which the name's span leaves out, rather than a sentence word;
    not before a possessor (On television, Mr. Hale's aide, Ann Park, said)."""
    words = text[start:name_start].split()
    return (
        len(words) == 1
        and (words[0] in p.HONORIFICS_MALE or words[0] in p.HONORIFICS_FEMALE)
        and not _possessive_at(text, name_end)
    )


def _opening_participle(text: str, word: re.Match) -> bool:
    """A participle opening its sentence, before the subject's clause:
    Declaring that he would win, the candidate said ... / Filling in for
    Sanders, West called it "..." (not a name such as "Manning said")."""
    w = word.group()
    if w.endswith("ed") and w[:1].isupper():
        return _passive_participle(text, w, word.end())
    return (
        len(w) > 5
        and w.endswith("ing")
        and w[:1].isupper()
        and w != "According"
        and w not in p.MALE_NAMES
        and w not in p.FEMALE_NAMES
        and p.LOWER_WORD.match(text, word.end() + 1) is not None
        and text[word.end() : word.end() + 1] == " "
    )


def _adverb_then_participle(text: str, word: re.Match) -> bool:
    """An adverb in -ly and a participle opening the sentence, before the
    subject's clause: Hastily politicizing the storm, Hale blamed ..."""
    if not word.group().endswith("ly") or text[word.end() : word.end() + 1] != " ":
        return False
    after = p.LETTERS.match(text, word.end() + 1)
    return after is not None and after.group().endswith("ing") and after.group().islower()


def _colon_intro(text: str, para_lo: int, lo: int, hi: int):
    """The speaker of a sentence text[lo:hi] ending in a colon that introduces a
    quote in the next paragraph (which opens at `para_lo`): "Becker told
    reporters:" / "According to Becker:" / "He listed his rules:"."""
    window = text[lo:hi]
    cues = _find_cues(window)
    if not cues:
        att = _subject_at_start(text, lo, hi, "speaker_cue_colon", None)
        if att is None or att.kind == "nom":
            return None
        if att.kind == "pron" and (
            text[att.start : att.end].lower() == "it" or p.ANY_MARK.search(text, para_lo, hi)
        ):
            # "It reads:" names no speaker; "Here they are:" inside a quote
            # runs on its speaker's words
            return None
        return att
    cue = cues[-1]
    cue_text = cue.group("cue")
    if cue_text.lower().startswith("according"):
        m = p.ACCORDING_TO.match(text, lo + cue.start(), hi)
        return None if m is None else _according_to(m, 0, "speaker_cue_colon")
    att = _subject_before(text, lo, lo + cue.start(), "speaker_cue_colon", cue_text)
    if att is None and _participle(window, cue.start()):
        att = _subject_at_start(text, lo, lo + cue.start(), "speaker_cue_colon", cue_text)
    if att is None:
        # President Clinton released the following statement:
        att = _subject_at_start(text, lo, hi, "speaker_cue_colon", None)
        if att is not None and att.kind != "name":
            att = None
    return att


def _subordinate_subject(text: str, sent_lo: int, att: _Attribution, cue_start: int) -> bool:
    """The subject of a subordinate clause opening the sentence (perhaps after
    a time) and closed by a comma, not the one the later verbs share: Last
    week, when I asked Hale, he paused and said, "..." (not "I"). A
    subordinate clause after the main subject leaves it the subject: Hale
    said, as he left, ...; so does one with no comma: after she left and
    said ..."""
    word = _word_before(text, att.start)
    if word.lower() not in p.SUBORDINATORS or ", " not in text[att.end : cue_start]:
        return False
    head = text[sent_lo : text.rfind(word, sent_lo, att.start)].strip()
    return not head or (
        head.endswith(",") and head.count(",") == 1 and head.split()[0] in p.INTRO_WORDS
    )


def _perceived_doer(text: str, lo: int, cue_start: int, sieve: str, cue: str):
    """The name a verb of seeing or remembering shows doing something, the
    subject of a participle after it: I remember Ann Park going on TV in
    May, declaring "..." (Park declares, not "I")."""
    if "ing" not in text[lo:cue_start]:
        return None  # (the cheap look first)
    m = p.PERCEIVED_DOER.search(text, lo, cue_start)
    if m is None:
        return None
    span = _name_span(text, *m.span("name"))
    return None if span is None else _Attribution(sieve, cue, *span, "name")


def _doer_after_gerund_intro(text: str, seg: Segment, before: str, cue: re.Match):
    """The subject right after the comma closing an opening phrase whose
    gerund cue holds the quote: In calling Hale's plan "a mess," the mayor
    showed ... (the mayor, not Hale)."""
    if not cue.group("cue").endswith("ing"):
        return None  # (the cheap look first)
    m = p.GERUND_INTRO.match(before)
    if m is None or m.end("cue") != cue.end():
        return None
    at = seg.close_end
    if text.startswith(",", at):
        at += 1
    elif not text[seg.start : seg.end].rstrip().endswith(","):
        return None
    while text.startswith((" ", "\u00a0"), at):
        at += 1
    subject = p.SUBJECT_HERE.match(text, at, min(seg.para_end, at + 80))
    if subject is None:
        return None
    kind = _group_kind(subject)
    span = subject.span(kind)
    if kind == "name":
        span = _name_span(text, *span)
        if span is None or _possessive_at(text, span[1]):
            return None
    return _Attribution("mixed", cue.group("cue"), *span, kind)


def _subordinate_doer(text: str, lo: int, cue_start: int, sieve: str, cue: str):
    """The subject of an "as", "when" or "while" clause right before a
    participle cue, which goes on with that clause's doer when the sentence's
    own subject is no one: It was a sharp reply, as Ann Park echoed the
    complaint, saying "..." (Park says; but Hale attacked the plan when Park
    unveiled it, calling it "..." is Hale's)."""
    if text.find(" as ", lo, cue_start) < 0 and text.find("whe", lo, cue_start) < 0:
        return None  # (the cheap look first)
    m = p.SUBORDINATE_BEFORE_PARTICIPLE.search(text, lo, cue_start)
    if m is None:
        return None
    first = _subject_at_start(text, lo, m.start(), sieve, cue)
    if (
        first is not None
        and text[first.start : first.end].lower() not in ("it", "this", "there")
        and not _inverted_cue_before(text, lo, first, m.start())
    ):
        return None
    # (the pattern has no pronoun group for _group_kind to test)
    kind = "name" if m.group("name") is not None else "nom"
    span = m.span(kind)
    if kind == "name":
        span = _name_span(text, *span)
        if span is None:
            return None
    return _Attribution(sieve, cue, *span, kind)


def _inverted_cue_before(text: str, lo: int, subject: _Attribution, hi: int) -> bool:
    """text[lo:hi] is only a subject and its verb of speech right after a
    closing quote mark, the attribution of the quote before: a clause that
    follows it has a doer of its own. Shape: "Who moved it?" Park asks as a
    clerk walks in, saying "..." (the clerk)."""
    if text[lo : subject.start].strip(" \t\u00a0"):
        return False
    if not text[max(0, lo - 4) : subject.start].strip(" \t\u00a0").endswith(("”", '"', "''")):
        return False
    verb = text[subject.end : hi].strip()
    return " " not in verb and verb in speakers.CUE_WORD_SET


def _coordinated_subject(text: str, lo: int, cue_start: int, sieve: str, cue: str):
    """The subject of a clause of its own joined by ", and" after an earlier
    cue, whose verbs the cue at `cue_start` goes on: A group called for a
    strike, and the Harbor Trust denounced the plan and said "..." (the Trust,
    not the group). A list's last item has no verb of its own: Hale faulted
    the mayor, the council, and the port and said ..."""
    comma = text.rfind(", and ", lo, cue_start)
    if comma < 0:
        return None
    m = p.AND_CLAUSE_VERB.match(text, comma, cue_start)
    if m is None or m.end() >= cue_start - 5:
        return None
    att = _subject_before(text, comma + 6, m.start("verb"), sieve, cue)
    if att is None or (att.kind == "pron" and att.start != comma + 6):
        return None  # (a pronoun must open the clause: not "..., and the deal she signed")
    return att


def _object_it(text: str, att: _Attribution) -> bool:
    """`att` is an "it" after a preposition, an object that cannot be a
    participle's doer: Tom Hale, asked about it, shook his head, saying "..."."""
    return (
        att.kind == "pron"
        and text[att.start : att.end] == "it"
        and _object_before_participle(text, att.start)
    )


def _subject_past_intro(text: str, lo: int, cue_start: int, att: _Attribution) -> _Attribution:
    """The subject after the phrase that opens the sentence text[lo:cue_start]
    when the name `att` lies inside that phrase: a participle cue goes with the
    sentence's subject, even a nominal one, not with a name in the phrase before
    it (At Harbor Union, a senior adviser rejected the plan, saying "...": the
    adviser)."""
    subject = _subject_after_intro(text, lo, cue_start, att.sieve, att.cue)
    return subject if subject is not None and subject.start > att.end else att


def _participle(before: str, cue_start: int) -> bool:
    """A cue right after a comma or a conjunction shares the sentence's subject:
    Trump spoke, saying "..." / He called it "careless" and said ..."""
    head = before[:cue_start].rstrip(" \u00a0")
    return head.endswith((",", " and", " but", " while"))


def _role_after(text: str, end: int, hi: int) -> str | None:
    m = p.ROLE_AFTER_NAME.match(text, end, hi)
    if m is None:
        return None
    role = m.group("role").strip()
    if role[:1].isdigit() or len(role) < 3:
        return None
    return role


def _attribute(text: str, seg: Segment, prev_close: int, next_open: int):
    """Try the local sieves on one segment; None when none applies. A speaker
    who is himself reported ("...," Minning replied, according to Farley's
    account) gives way to the source that reports him, as annotators do."""
    m = p.QUOTED_TRANSCRIPT.match(text, seg.start, seg.end)
    if m is not None and p.TRANSCRIPT_NAME.fullmatch(m.group("name")):
        # a transcript quoted whole: "WALLACE: Governor, is it true? / "PENCE: ...
        return _Attribution("transcript", None, m.start("name"), m.end("name"), "name")
    att = _attribute_locally(text, seg, prev_close, next_open)
    hi = min(next_open, seg.para_end)
    if (
        att is not None
        and att.sieve in ("quote_cue_speaker", "quote_speaker_cue")
        and text.find("ccording", att.end, hi) >= 0
    ):
        end = _sentence_end(text, att.end, hi)
        m = p.ACCORDING_TO.search(text, att.end, end)
        if m is not None and text[m.start() - 2 : m.start()].strip() == ",":
            return _according_to(m)
    if att is None or att.sieve in ("mixed", "cue_after"):
        att = _closing_report(text, seg, next_open) or att
    if att is not None and att.kind != "pron":
        att = _poll_of(text, seg, att) or att
    if att is not None and att.sieve != "transcript":
        return _reported_by(text, seg, next_open) or att
    return att


def _poll_of(text: str, seg: Segment, att: _Attribution) -> _Attribution | None:
    """A share of people polled speaks for the poll named before it in the
    sentence. Shape: In a Harbor Trust poll, 41 percent of voters said the
    bridge was "a waste of money"."""
    if (
        text.find("poll", seg.para_start, att.start) < 0
        and text.find("survey", seg.para_start, att.start) < 0
    ):
        return None  # (the cheap look first)
    words = text[att.start : att.end].split()
    if not words or (words[-1] not in p.POLLED_HEADS and not words[0][:1].isdigit()):
        return None
    lo = _sentence_start(text, seg.para_start, min(att.start, seg.open_start))
    m = p.POLL_NOMINAL.search(text, lo, att.start)
    if m is None:
        return None
    return _Attribution(att.sieve, att.cue, m.start(), m.end(), "nom")


def _closing_report(text: str, seg: Segment, next_open: int) -> _Attribution | None:
    """A speaker and cue set off at the end of the sentence of a mixed quote
    (or of one no local sieve attributes) report the whole sentence,
    outranking a cue inside it. Shape: The "quiet deals" Ann Park accused Tom
    Hale of were legal, the trust said Friday."""
    if text[seg.start : seg.end].rstrip()[-1:] in (".", "!", "?"):
        return None  # the quote ends its sentence: what follows is another's
    hi = min(next_open, seg.para_end)
    if text.find(", ", seg.close_end, hi) < 0:
        return None  # (the cheap look first)
    end = _sentence_end(text, seg.close_end, hi)
    comma = text.rfind(", ", seg.close_end, end)
    if comma < 0:
        return None
    lo = comma + 2
    cue = _first_cue(text[lo:end])
    if cue is None or not p.REPORT_TAIL.fullmatch(text, lo + cue.end(), end):
        return _closing_inverted(text, seg.close_end, end)
    att = _subject_before(text, lo, lo + cue.start(), "cue_after", cue.group("cue"))
    if att is None or att.start != lo:
        return None
    return att


def _closing_inverted(text: str, lo: int, end: int) -> _Attribution | None:
    """The same with "said" before its speaker, the sentence closing at `end`
    after them. Shape: ... "casually" at the harbor, said the bureau's
    director, Tom Hale, on Monday."""
    said = text.rfind(", said ", lo, end)
    if said < 0:
        return None
    m = p.CLOSING_INVERTED.fullmatch(text, said + 2, end)
    if m is None:
        return None
    kind = "name" if m.group("name") else "nom"
    span = m.span(kind)
    if kind == "name":
        span = _name_span(text, *span)
        if span is None:
            return None
    return _Attribution("cue_after", "said", span[0], span[1], kind)


def _owned_by_subject(m: re.Match) -> bool:
    """The source after "according to" (`m` from p.ACCORDING_TO) is owned by a
    possessive pronoun (its count, his notes), which tells of the sentence's
    subject rather than of a source of its own."""
    return bool(m.group("nom")) and m.group("nom").startswith(("its ", "his ", "her ", "their "))


def _according_to(m: re.Match, offset: int = 0, sieve: str = "according_to") -> _Attribution:
    """The source after "according to" (`m` from p.ACCORDING_TO, matched at
    `offset` in the document); for a source without a determiner, the person
    it describes or who provided it: according to campaign manager Tom Hale /
    according to audio provided by Riverton Public Radio."""
    kind = "name" if m.group("name") else "nom"
    start, end = m.span(kind)
    if kind == "nom" and m.string[start].islower() and not p.DETERMINER_AT.match(m.string, start):
        # (or the person it describes: according to campaign manager Tom Hale)
        named = p.DESCRIBED_AT_START.match(m.string, start)
        if named is not None:
            kind, (start, end) = "name", named.span("name")
    elif kind == "nom":
        # a text and its author: according to a court filing by state
        # attorney Ann Park (Park, not the filing)
        author = p.AUTHOR_AFTER.match(m.string, end)
        if author is not None and not p.AND_NAME.match(m.string, author.end()):
            # (not the first half of a longer name: the Harbor and Bay Commission)
            kind, (start, end) = "name", author.span("name")
    return _Attribution(sieve, m.group("cue"), offset + start, offset + end, kind)


def _reported_by(text: str, seg: Segment, next_open: int) -> _Attribution | None:
    """An outlet that reports the sentence of a quote, named at its end, is the
    source, as with "according to" there. Shape: "...," said Ann Park, reports
    the Riverton Post. / Park called it "a mistake," the Riverton Post reported."""
    if text[seg.start : seg.end].rstrip()[-1:] in (".", "!", "?"):
        return None  # the quote ends its sentence: what follows is another's
    hi = min(next_open, seg.para_end)
    if (
        text.find("ccording to", seg.close_end, hi) < 0
        and text.find("report", seg.close_end, hi) < 0
    ):
        return None  # (the cheap look first: most quotes have neither after them)
    end = _sentence_end(text, seg.close_end, hi)
    if "ccording to" in text[seg.close_end : end]:
        # the same for "according to" closing the sentence of any cue: Park
        # said she was "happy to see" the vote, according to the Riverton Post.
        m = p.ACCORDING_TO.search(text, seg.close_end, end)
        if (
            m is not None
            and (
                text[m.start() - 2 : m.start()] == ", "
                # (with no comma, right after a cue: "...," Park said in a
                # statement according to the Riverton Post.)
                or (
                    p.CUE_BEFORE_ACCORDING.search(text, seg.close_end, m.start())
                    and not text[m.end() : end].strip(" .\u00a0")
                )
            )
        ):
            return _according_to(m)
    if "report" not in text[max(seg.close_end, end - 60) : end]:
        # (the cheap look first: the pattern needs the word near the end)
        return None
    m = p.REPORTED_BY_AT_END.search(text, seg.close_end, end)
    if m is None:
        return None
    group = "name" if m.group("name") else "name2"
    cue = m.group("cue") or m.group("cue2")
    return _named(text, m, "according_to", cue, group, organisations=True)


def _attribute_locally(text: str, seg: Segment, prev_close: int, next_open: int):
    """The local sieves, most certain first."""
    quote_tail = text[max(seg.start, seg.end - 2) : seg.end].rstrip()
    after_lo = seg.close_end
    after_hi = min(next_open, seg.para_end)
    before_lo = max(prev_close, seg.para_start)
    sent_lo = _sentence_start(text, before_lo, seg.open_start)
    before = text[sent_lo : seg.open_start]
    before_stripped = before.rstrip()

    # after the closing mark: "...," said Becker / "...," Becker said
    after_head = text[after_lo : min(after_hi, after_lo + 3)].lstrip(" \u00a0")
    joined = (
        quote_tail.endswith((",", "?", "!", "—", "–", "-", "…"))
        or after_head.startswith(",")
        or (after_head[:1].islower())
    )
    window_hi = min(after_hi, after_lo + 220)
    if (
        seg.closed
        and joined
        and p.CUE_FIRST_WORD.search(text[after_lo:window_hi]) is not None
        and not _introduced_before(before, quote_tail)
    ):
        # (each pattern below holds a cue, after a space, a comma or the mark:
        # with no word that can open one in the window, none can match, and
        # looking for such a word costs less than trying them all)
        m = p.AFTER_CUE_SPEAKER.match(text, after_lo, window_hi)
        if m is not None and m.group("cue") in p.INVERTIBLE_CUES:
            kind = _group_kind(m)
            att = _Attribution(
                "quote_cue_speaker", m.group("cue"), m.start(kind), m.end(kind), kind
            )
            if kind == "nom":
                # "said the bureau's director, James B. Comey": the apposition names
                rest = p.SUBJECT_AT_START.match(text, m.end(kind) + 1, after_hi)
                if (
                    rest is not None
                    and rest.group("name")
                    and text[m.end(kind) : m.end(kind) + 1] == ","
                    and len(speakers.split_name(rest.group("name"))[0]) >= 2
                ):
                    att.role = text[m.start(kind) : m.end(kind)]
                    att.start, att.end, att.kind = rest.start("name"), rest.end("name"), "name"
                    return att
            att.role = _role_after(text, att.end, after_hi)
            return att
        for pattern in (p.AFTER_CUE_DESCRIBED, p.AFTER_DESCRIBED_CUE):
            m = pattern.match(text, after_lo, window_hi)
            if m is not None and (
                pattern is p.AFTER_DESCRIBED_CUE or m.group("cue") in p.INVERTIBLE_CUES
            ):
                span = _name_span(text, m.start("name"), m.end("name"))
                if span is None or _object_of_preposition(m.group("desc")):
                    continue
                if _modifies_a_noun(m.group("desc"), m.group("cue")) or speakers.ends_sentence(
                    m.group("desc")
                ):
                    # (nor do descriptors run over a sentence end: "...," she
                    # said. Voters want ...)
                    continue
                sieve = (
                    "quote_cue_speaker" if pattern is p.AFTER_CUE_DESCRIBED else "quote_speaker_cue"
                )
                att = _Attribution(sieve, m.group("cue"), span[0], span[1], "name")
                att.role = m.group("desc").strip() or None
                return att
        m = p.AFTER_SPEAKER_CUE.match(text, after_lo, window_hi)
        if m is None:
            m = p.AFTER_SPEAKER_OPEN_APPOS_CUE.match(text, after_lo, window_hi)
        if m is None:
            pair = _pair_before_cue(text, after_lo, window_hi)
            if pair is not None:
                return pair
            att = _long_speaker_before_cue(text, after_lo, window_hi)
            if att is not None:
                return att
        if (
            m is not None
            and m.group("cue") in p.NOUN_LIKE_CUES
            and _modifies_a_noun(m.groupdict().get("nom"), m.group("cue"))
        ):
            m = None
        if m is not None:
            # "...?" Park was asked by host Tom Hale: the asker's words
            passive = _passive_agent(
                text, m.start("cue"), m.end("cue"), after_hi, "quote_speaker_cue"
            )
            if passive is not None:
                return passive
            kind = _group_kind(m)
            att = _Attribution(
                "quote_speaker_cue", m.group("cue"), m.start(kind), m.end(kind), kind
            )
            appos = m.group("appos")
            if appos:
                role = appos.strip(" ,\u00a0")
                if not role.startswith(("who ", "which ", "whose ")):
                    att.role = role
            return att

    # "according to" anywhere in the sentence after the quote
    if seg.closed:
        end = _sentence_end(text, after_lo, after_hi)
        m = p.ACCORDING_TO.search(text, after_lo, end)
        if (
            m is not None
            and not text[after_lo : m.start()].strip(" ,\u00a0—–-")
            and not (m.group("cue")[0] == "A" and quote_tail.endswith("."))
        ):
            # (not the next sentence's: ... did not "use it much." According
            # to harbor records, the boat ...)
            return _according_to(m)

    # before the opening mark: Becker told reporters: "..." / He added, "..."
    if before_stripped.endswith(":"):
        att = _from_before_colon(text, sent_lo, before_stripped) or _dash_name_before_colon(
            text, sent_lo, before_stripped
        )
        if att is not None:
            return att
    cues = _find_cues(before)
    opening = before.lstrip()
    if opening.startswith("According"):
        # According to GMA News, Salceda said the "ugliness ...": the outer
        # source is the attribution (also in mid-paragraph, where the
        # sentence starts at the space after the previous one)
        m = p.ACCORDING_TO.match(opening)
        if m is not None and "," in opening[m.end() :]:
            return _according_to(m, sent_lo + len(before) - len(opening))
    if cues:
        doer = _doer_after_gerund_intro(text, seg, before, cues[0])
        if doer is not None:
            return doer
        cue = cues[-1]
        between = before[cue.end() :]
        colon = before_stripped.endswith(":")
        direct = not between.strip(" ,:\u00a0") or (colon and len(between) < 80)
        sieve = "speaker_cue_colon" if colon else ("speaker_cue" if direct else "mixed")
        cue_text = cue.group("cue")
        if cue_text.lower().startswith("according"):
            m = p.ACCORDING_TO.match(before, cue.start())
            if m is not None and len(cues) > 1 and _owned_by_subject(m):
                # a source the reporting subject owns: Hale said that
                # according to its count, the party "..." (Hale, not its count)
                outer = cues[-2]
                att = _subject_before(
                    text, sent_lo, sent_lo + outer.start(), sieve, outer.group("cue")
                )
                if att is not None:
                    return att
            if m is not None:
                return _according_to(m, sent_lo)
        else:
            for passive in cues if "by" in before else ():
                # (an apposition may hold cues of its own: Park was asked by
                # host Tom Hale, who has dismissed the story, "...")
                att = _passive_agent(
                    text,
                    sent_lo + passive.start("cue"),
                    sent_lo + passive.end("cue"),
                    seg.open_start,
                    sieve,
                )
                if att is not None:
                    return att
            att = None
            if before[: cue.start()].rstrip(" \u00a0").endswith(","):
                # a cue and its speaker set off inside the sentence: The
                # paradox of the plan, says Ann Park, a historian, is that "..."
                att = _cue_then_speaker(text, sent_lo + cue.start(), seg.open_start, sieve)
            if att is None and cue_text.endswith("ing") and _participle(before, cue.start()):
                doer = _subordinate_doer(text, sent_lo, sent_lo + cue.start(), sieve, cue_text)
                if doer is not None:
                    return doer
            if (
                att is None
                and cue_text in p.GROUP_CUES
                and (" with " in before or " where " in before)
            ):
                group = _chanting_group(text, sent_lo, sent_lo + cue.start(), sieve, cue_text)
                if group is not None:
                    return group
            if att is None:
                att = _subject_before(text, sent_lo, sent_lo + cue.start(), sieve, cue_text)
            if att is None and " by " in before:
                # a text sent by someone: A fundraising email sent out by Ann
                # Park on Tuesday night warned ... (Park)
                sender = p.DOCUMENT_BY_AGENT.search(text, sent_lo, sent_lo + cue.start())
                att = sender and _named(text, sender, sieve, cue_text)
            if att is None and text.endswith("to ", 0, sent_lo + cue.start()):
                att = _subject_before_infinitive(
                    text, sent_lo, sent_lo + cue.start(), sieve, cue_text
                )
            if att is not None and len(cues) > 1 and sieve == "mixed":
                # a speaker reported by another: Trump said that Clinton once
                # described the deal as "the gold standard" - the reporter is
                # the source, as annotators have it
                outer = cues[-2]
                between = text[sent_lo + outer.end() : att.start]
                words = between.split()
                if words and _honorific_only(
                    text, att.start - len(words[-1]) - 1, att.start, att.end
                ):
                    # (the honorific is the name's: Dunn said (that) Mr. Hale had told ...)
                    between = between[: len(between.rstrip()) - len(words[-1])]
                if (
                    p.REPORTED_CLAUSE.fullmatch(between)
                    or (not between.strip() and outer.group("cue") in p.CLAUSE_CUES)
                    or _set_off(between)
                    or (att.kind == "pron" and text[att.start : att.end] in ("it", "It"))
                ):
                    # (or a parenthetical: Mr. Obama said, a majority of
                    # Americans have come to believe "..."; or a thing: Obama
                    # said it would tell a story of "...")
                    att = _outer_speaker(text, sent_lo, outer, sieve) or att
            if (
                att is not None
                and att.kind == "nom"
                and cue_text.endswith("ing")
                and not _with_absolute(text, att.start)
            ):
                # a participle after its object: X released a statement saying "..."
                att = _subject_at_start(text, sent_lo, sent_lo + cue.start(), sieve, cue_text)
            if (
                att is not None
                and (att.kind == "name" or _object_it(text, att))
                and cue_text.endswith("ing")
                and (_participle(before, cue.start()) or _object_before_participle(text, att.start))
            ):
                # a participle after an object and its apposition shares the
                # sentence's subject: Bush attacked Donald Trump, with whom he
                # clashed, calling him "a loser"; so does one right after a
                # preposition's object. Shape: Hale wrote a letter to Gov. Ann
                # Park asking the state to look into the "fiasco"
                first = _subject_at_start(text, sent_lo, att.start, sieve, cue_text)
                if first is not None and first.kind != "nom" and first.end < att.start:
                    att = first
                else:
                    att = _subject_past_intro(text, sent_lo, sent_lo + cue.start(), att)
            if (
                att is None
                and not cue_text.endswith("ing")
                and before[: cue.start()].endswith(", ")
            ):
                # a verb after the long phrase that sets off the name opening
                # the sentence: Park, later alleging that Hale wanted to admit
                # 250,000 tourists, said ... (Park, not Hale)
                m = p.NAME_SET_OFF_BEFORE_VERB.match(text, sent_lo, sent_lo + cue.start())
                span = m and _name_span(text, *m.span("name"))
                if span is not None:
                    att = _Attribution(sieve, cue_text, *span, "name")
            if att is None and _participle(before, cue.start()):
                # a participle after a comma: Trump spoke, saying "..."; with an
                # earlier cue, its subject: Lazar said he ... and added, "..."
                if len(cues) > 1:
                    coordinated = _coordinated_subject(
                        text, sent_lo + cues[0].end(), sent_lo + cue.start(), sieve, cue_text
                    )
                    if coordinated is not None:
                        return coordinated
                    att = _subject_before(text, sent_lo, sent_lo + cues[0].start(), sieve, cue_text)
                    if att is not None and (
                        att.kind == "nom"
                        or _subordinate_subject(text, sent_lo, att, sent_lo + cue.start())
                    ):
                        # an object before a noun-like cue, not the subject:
                        # Sanders sent out a fundraising call ..., asking "...";
                        # or the subject of an opening subordinate clause
                        att = None
                    if att is not None and att.kind == "name":
                        att = _subject_past_intro(text, sent_lo, sent_lo + cue.start(), att)
                if att is None:
                    att = _perceived_doer(text, sent_lo, sent_lo + cue.start(), sieve, cue_text)
                if att is None:
                    att = _subject_at_start(text, sent_lo, sent_lo + cue.start(), sieve, cue_text)
            if (
                att is not None
                and (cue_text in p.EVALUATIVE_WORDS or cue_text in p.NOUN_LIKE_CUES)
                and (
                    (
                        att.kind == "nom"
                        and not _group_cue(text, att, cue_text)
                        and not _nominal_judges(
                            text, att, sent_lo + cue.start(), sent_lo + cue.end(), seg.open_start
                        )
                    )
                    or len(between) > MAX_EVALUATIVE_GAP
                )
            ):
                # "the judges praised ... its "unusual rigor"": a characterisation
                # counts only when a named person or a pronoun makes it, close by
                # (or a crowd chanting, or a nominal that can speak right before
                # its verb: one lawmaker called the bridge "a waste")
                att = None
            if att is None and len(cues) > 1:
                # a parenthetical cue before the clause: Mr. Obama said, a
                # majority of Americans have come to believe "..."
                outer = cues[-2]
                if _set_off(text[sent_lo + outer.end() : sent_lo + cue.start()]):
                    att = _outer_speaker(text, sent_lo, outer, sieve)
            if att is None:
                # a cue before its speaker: But, said Solovey, "..."
                att = _cue_then_speaker(text, sent_lo + cue.start(), seg.open_start, sieve)
            if att is not None:
                return att
    elif before_stripped.endswith(":") and before_stripped.count(" ") < 12:
        # a speaker and a colon with no cue: His final answer: "..."; the owner
        # of a text: From Hale's Facebook post: "..." (Hale)
        opening = before.lstrip()
        m = p.POSSESSED_TEXT_BEFORE_COLON.fullmatch(opening.rstrip())
        if m is not None:
            offset = sent_lo + len(before) - len(opening)
            span = _name_span(text, offset + m.start("name"), offset + m.end("name"))
            if span is not None:
                return _Attribution("speaker_cue_colon", None, *span, "name")
        att = _subject_at_start(text, sent_lo, seg.open_start, "speaker_cue_colon", None)
        if att is not None and att.kind == "name":
            return att

    # a cue after the quote later in its sentence: ... "a disaster" for us, Becker said.
    if seg.closed:
        end = _sentence_end(text, after_lo, after_hi)
        rest = text[after_lo:end]
        cue = _first_cue(rest)
        if cue is not None and _reports_this_quote(text, seg, rest, cue):
            agent = _as_cued_by(text, after_lo + cue.start(), after_lo + cue.end(), end)
            if agent is not None:
                return agent
            inverted = _inverted_speaker(text, after_lo + cue.start(), end)
            if inverted is not None and text[inverted.end : inverted.end + 1] in (",", ".", ""):
                # a cue set off before its speaker closes the sentence: ... "a
                # summer of agony" for her, forcing ..., said Tom Hale, a pollster.
                return inverted
            att = _subject_before(
                text, after_lo, after_lo + cue.start(), "cue_after", cue.group("cue")
            )
            if att is not None and _head_of_cue_noun(text, att, cue.group("cue")):
                att = None
            if att is not None and (
                not p.CLAUSE_BREAK.search(text, after_lo, att.start)
                or _parenthetical(text, att.start, after_lo + cue.end())
            ):
                return att
            if inverted is not None:
                return inverted
        m = p.DASH_BYLINE.match(text, after_lo, after_hi)
        if m is not None:
            return _Attribution("byline", None, m.start("name"), m.end("name"), "name")

    # a colon ending the previous paragraph: He said: / "..."
    if sent_lo == seg.para_start and seg.para_start > 1:
        prev_para, prev_end = _previous_paragraph(text, seg.para_start)
        if text[prev_end - 1 : prev_end] == ":":
            lo = _sentence_start(text, prev_para, prev_end)
            att = _colon_intro(text, prev_para, lo, prev_end)
            if att is not None:
                return att

    m = p.TRANSCRIPT_SPEAKER.match(text, seg.para_start, seg.open_start)
    if m is not None:
        return _Attribution("transcript", None, m.start("name"), m.end("name"), "name")
    return None


def _introduced_before(before: str, quote_tail: str) -> bool:
    """A quote with a cue of its own before it in a clause that holds both,
    where a speaker and a cue after it are another statement's, not its
    attribution: a clause opening with a conjunction (When Hale shouted,
    "Build it," Park joked; After Hale said the bridge was "a waste," Park
    ...), a relative clause (in a clip that Judge Hale called "vile," Park
    ...), or a cue opening a quote that ends its sentence with a comma or a
    colon, a short object between at most (Park responded to Hale with, "Why
    now?" Hale then wrote back, "..."). Not: When asked about it, Park said,
    "...," the Gazette reported. Nor a participle set off after the sentence's
    subject: Mr. Hale, citing "the magic of the port," said the mayor ... (Hale's)."""
    intro = before.strip()
    if _participle_after_subject(intro):
        return True
    if intro.startswith(p.CLAUSE_OPENERS) and "," not in intro[:-1]:
        return bool(_find_cues(before))
    if ("that " in intro or "which " in intro) and p.RELATIVE_CUE_END.search(intro[-150:]):
        return True
    if not intro.endswith((",", ":")) or quote_tail[-1:] not in (".", "?", "!"):
        return False
    cues = _find_cues(before)
    if not cues:
        return False
    between = before[cues[-1].end() :].replace(",", " ").replace(":", " ")
    return len(between.split()) <= MAX_INTRO_OBJECT_WORDS


def _participle_after_subject(intro: str) -> bool:
    """`intro` is a sentence's subject, a comma and a participle cue with a
    short object at most: Mr. Hale, citing / Ann Park, calling the plan."""
    comma = intro.find(", ")
    if comma < 0 or "ing" not in intro:
        return False
    cues = _find_cues(intro)
    if len(cues) != 1 or not cues[0].group("cue").endswith("ing") or cues[0].start() != comma + 2:
        return False
    return (
        p.SUBJECT_ALONE.fullmatch(intro, 0, comma) is not None
        and len(intro[cues[0].end() :].split()) <= MAX_INTRO_OBJECT_WORDS
    )


def _dash_name_before_colon(text: str, lo: int, before: str) -> _Attribution | None:
    """A full name (or a brand) after a dash, right before the colon of its
    quote, as roundups credit one: Polls missed it - Carl Bialik: "..." (a
    roundup's headline may be long, and hold a verb of its own: Polls did
    predict the caucus - PollWatch: "...")."""
    m = p.NAME_BEFORE_COLON.search(before)
    if m is None or not (
        len(speakers.split_name(m.group("name"))[0]) >= 2 or _brand(m.group("name"))
    ):
        return None
    span = _name_span(text, lo + m.start("name"), lo + m.end("name"))
    return None if span is None else _Attribution("speaker_cue_colon", None, *span, "name")


def _brand(word: str) -> bool:
    """One word with a capital inside, an outlet's or a service's name that a
    roundup credits as it credits a person: HuffPollster, PolitiFact."""
    return (
        word.isalpha()
        and word[:1].isupper()
        and any(c.isupper() for c in word[1:-1])
        and not word.isupper()
    )


def _from_before_colon(text: str, lo: int, before: str) -> _Attribution | None:
    """A source after "from" right before the colon that opens its quote.
    Shapes: More from Park: "..." / From the report: "..." (a nominal that
    can speak)."""
    if "rom " not in before:
        return None
    m = p.FROM_BEFORE_COLON.search(before)
    if m is None:
        return None
    if m.group("nom"):
        if m.group("head") not in p.SPEAKING_HEADS:
            return None
        return _Attribution(
            "speaker_cue_colon", None, lo + m.start("nom"), lo + m.end("nom"), "nom"
        )
    span = _name_span(text, lo + m.start("name"), lo + m.end("name"))
    if span is None:
        return None
    return _Attribution("speaker_cue_colon", None, span[0], span[1], "name")


def _cue_then_speaker(text: str, cue_start: int, hi: int, sieve: str) -> _Attribution | None:
    """A cue at `cue_start` followed by a named speaker set off by a comma:
    But, said Solovey, "..."; In other words, asked moderator Ann Lee: "..." (not a time: an official said Wednesday, "...";
    not the subject of a clause: now said Trump had "...")."""
    if not text.startswith(INVERTIBLE_STARTS, cue_start):
        return None  # (the cheap look first: most cues do not invert)
    cue = p.CUE_AT.match(text, cue_start)
    if cue is None or cue.group("cue") not in p.INVERTIBLE_CUES:
        return None
    # (a name after its outlet and role: explained Harbor News moderator Ann Lee: "...")
    m = p.DESCRIBED_BEFORE_MARK.match(text, cue.end(), hi) or p.AFTER_CUE_SPEAKER.match(
        text, cue_start - 1, hi
    )
    if m is None or not m.group("name"):
        return None
    span = _name_span(text, m.start("name"), m.end("name"))
    if (
        span is None
        or text[span[0] : span[1]] != m.group("name")
        or text[span[1] : span[1] + 1] not in (",", ":", "")
    ):
        return None
    return _Attribution(sieve, cue.group("cue"), span[0], span[1], "name")


def _long_speaker_before_cue(text: str, lo: int, hi: int) -> _Attribution | None:
    """A speaker after a quote longer than a plain nominal, before the cue:
    "...," the mayor's chief of staff, Tom Hale, said (the name) / "...," the
    retired, 71-year-old pilot said."""
    m = p.AFTER_ROLE_NAME_CUE.match(text, lo, hi)
    if m is not None:
        span = _name_span(text, *m.span("name"))
        if span is not None and span[0] == m.start("name"):
            att = _Attribution("quote_speaker_cue", m.group("cue"), *span, "name")
            att.role = m.group("role")
            return att
    m = p.AFTER_LONG_NOMINAL_CUE.match(text, lo, hi)
    if m is not None:
        return _Attribution("quote_speaker_cue", m.group("cue"), *m.span("nom"), "nom")
    return None


def _nominal_judges(text: str, att: _Attribution, cue_start: int, cue_end: int, hi: int) -> bool:
    """A nominal that can speak, right before a verb of judging (not of
    wanting or thinking, not a participle), makes the judgement of the quote
    at `hi`. Shape: one lawmaker called the bridge "a waste" (not: a book
    called "Open Water", with no object; the judges praised the project's
    "rigor", a possessor's word; the Gazette checked Hale's claim)."""
    cue = text[cue_start:cue_end]
    if cue in p.ATTITUDE_CUES or cue.endswith("ing") or _cannot_speak(text, att):
        return False
    if not p.FILLERS_ONLY.fullmatch(text, _nominal_end(text, att.start, att.end), cue_start):
        return False
    between = text[cue_end:hi].split()
    if not between:
        return cue not in p.NAMING_CUES
    return not between[-1].endswith(("’s", "'s")) and between[-1] not in p.PREPOSITIONS


def _group_cue(text: str, att: _Attribution, cue: str) -> bool:
    """A group's voice, not a characterisation, for a nominal subject that is
    no preposition's object. Shape: the crowd chanted "Lock him up!" (not:
    Protesters marching through the streets chanted "..."). A group after
    "with" doing it is its voice too: ..., with protesters chanting "..."."""
    if cue not in p.GROUP_CUES:
        return False
    before = _word_before(text, att.start)
    return before not in p.PREPOSITIONS or (before == "with" and cue.endswith("ing"))


def _chanting_group(text: str, lo: int, cue_start: int, sieve: str, cue: str):
    """The people after "with" right before a group's cue, two kinds of them
    joined by "and" too: ..., with many marchers and onlookers chanting "..."
    (a plain nominal is SUBJECT_BEFORE_CUE's); or the group a "where" clause
    gathers right before it: Park spoke at the pier, where about 50 workers
    had gathered, chanting "..." (the workers, not Park)."""
    m = p.WITH_GROUP_BEFORE.search(text, lo, cue_start) or p.WHERE_GROUP_BEFORE.search(
        text, lo, cue_start
    )
    return None if m is None else _Attribution(sieve, cue, *m.span("nom"), "nom")


def _pair_before_cue(text: str, lo: int, hi: int) -> _Attribution | None:
    """Two speakers joined by "and" after a quote, the first written as the
    speaker: "...," Ann Park and Tom Hale, both Republicans, said."""
    if text.find(" and ", lo, hi) < 0:
        return None  # (the cheap look first)
    m = p.AFTER_PAIR_CUE.match(text, lo, hi)
    if m is None:
        return None
    return _named(text, m, "quote_speaker_cue", m.group("cue"))


def _as_cued_by(text: str, cue_start: int, cue_end: int, end: int) -> _Attribution | None:
    """The agent of a passive cue after "as" that follows the quote, in a
    sentence ending at `end`: ... being "very careless" with money, as
    described by Mayor Tom Hale (Hale, not the sentence's subject)."""
    if not text.endswith("as ", 0, cue_start) or _word_before(text, cue_start - 3) in (
        "such",
        "so",
    ):
        return None
    m = p.PASSIVE_AGENT.match(text, cue_end, end)
    if m is None:
        return None
    return _named(text, m, "cue_after", text[cue_start:cue_end])


def _passive_agent(text: str, cue_start: int, cue_end: int, hi: int, sieve: str):
    """The one who asked, after a passive cue: Park was asked by host Tom Hale,
    "..." (the question is Hale's, not Park's)."""
    cue = text[cue_start:cue_end]
    if cue not in p.PASSIVE_CUES or not text[max(0, cue_start - 6) : cue_start].endswith(
        ("was ", "were ")
    ):
        return None
    m = p.PASSIVE_AGENT.match(text, cue_end, hi)
    if m is None:
        return None
    return _named(text, m, sieve, cue)


def _modifies_a_noun(before_name: str | None, cue: str) -> bool:
    """A name between an article and a noun-like cue modifies the noun: called
    "unhinged" a Donald Trump tweet (`before_name` is "a " or "a Donald Trump")."""
    words = (before_name or "").split()
    return (
        cue in p.NOUN_LIKE_CUES
        and words[:1] in (["a"], ["an"])
        and all(word[:1].isupper() for word in words[1:])
    )


def _head_of_cue_noun(text: str, att: _Attribution, cue: str) -> bool:
    """A nominal before a noun-like cue that cannot speak: its modifiers, the
    cue its head noun. Shape: ... "a waste of steel." Her recent remarks on
    the bridge were milder (not: Her spokesman notes as much)."""
    return att.kind == "nom" and cue in p.NOUN_LIKE_CUES and _cannot_speak(text, att)


def _object_of_preposition(descriptor: str) -> bool:
    """Descriptors ending in a preposition: the name after them is its object,
    not the speaker ("...," the mayor of Riverton said)."""
    return descriptor.rsplit(None, 1)[-1] in p.SCARE_PREPOSITIONS


def _inverted_speaker(text: str, cue_start: int, end: int) -> _Attribution | None:
    """A cue after a comma followed by its speaker, the cue at `cue_start`
    in a sentence ending at `end`: ..., said Tom Hale."""
    if text[cue_start - 2 : cue_start].strip() != ",":
        return None
    m = p.AFTER_CUE_SPEAKER.match(text, cue_start - 1, end)
    if (
        m is None
        or m.start("cue") != cue_start
        or m.group("cue") not in p.INVERTIBLE_CUES
        or not (m.group("name") or m.group("pron"))
    ):
        return None
    kind = _group_kind(m)
    return _Attribution("cue_after", m.group("cue"), m.start(kind), m.end(kind), kind)


def _set_off(between: str) -> bool:
    """Text after a cue that opens with a comma and no conjunction: the cue
    is parenthetical ("Mr. Obama said, a majority of ...")."""
    return between.startswith(",") and not p.CLAUSE_BREAK.match(between.lstrip(", "))


def _outer_speaker(text: str, sent_lo: int, outer: re.Match, sieve: str):
    """The named or pronoun subject of an earlier cue of the sentence (a
    nominal there is more often an object than the speaker)."""
    att = _subject_before(text, sent_lo, sent_lo + outer.start(), sieve, outer.group("cue"))
    return att if att is not None and att.kind != "nom" else None


def _reports_this_quote(text: str, seg: Segment, rest: str, cue: re.Match) -> bool:
    """A cue after a quote that ends its sentence reports it ("..." Trump said
    on Tuesday.) unless it opens a statement of its own: "... the
    neighborhood." Russia insisted that Pyongyang "stop ..."; "... a
    campaign." Hale said he would have fired him."""
    if text[seg.start : seg.end].rstrip()[-1:] != ".":
        return True
    following = rest[cue.end() :]
    if following.rstrip().endswith(":"):
        # (a colon after it opens the next quote: "... leaving." Hale said: "...")
        return False
    return not following.lstrip(" ,").startswith(
        ("that", "he ", "she ", "they ", "it ", "we ")
    ) and not p.ANY_MARK.search(following)


def _parenthetical(text: str, start: int, cue_end: int) -> bool:
    """A speaker and cue set off by commas: ..., she said, referencing ..."""
    return text[start - 2 : start] == ", " and text[cue_end : cue_end + 1] in (",", ".")


def _resolve(text: str, att: _Attribution, people: speakers.People) -> None:
    """Fill in the canonical name (and a role known from elsewhere)."""
    if att.kind == "nom":
        att.end = _nominal_end(text, att.start, att.end)
        _name_in_nominal(text, att)
    mention = text[att.start : att.end]
    att.mention = mention
    if att.kind == "pron":
        person = speakers.resolve_pronoun(people, mention, att.start)
        att.name = person.name if person is not None else mention
        if person is not None and not att.role:
            att.role = person.role
        if person is None and mention.lower() in ("he", "she"):
            subject = speakers.nominal_speaker(people, att.start)
            if subject is not None:
                att.name = subject
        if person is None and mention.lower() in ("they", "it") and not _expletive_it(text, att):
            antecedent = _previous_subject(text, att.start)
            if antecedent is not None:
                att.name = antecedent
    elif att.kind == "name":
        name, person = speakers.resolve_name(people, mention)
        att.name = name
        if person is not None:
            if att.role and not person.role:
                person.role = att.role
            elif not att.role:
                att.role = person.role
    else:
        # a nominal at a sentence end: "...," reported the Gazette.
        while att.end > att.start + 1 and text[att.end - 1] == "." and text[att.end - 2] != ".":
            if text[att.end - 3 : att.end - 2] == "." or text[att.start : att.end].isupper():
                break  # "the U.S."
            att.end -= 1
        mention = att.mention = text[att.start : att.end]
        att.name = mention
    if att.anchor is not None:
        att.start, att.end = att.anchor
        att.mention = text[att.start : att.end]


def _expletive_it(text: str, att: _Attribution) -> bool:
    """The "it" of `att` refers to nothing: a cleft or an extraposed subject
    ("It's the pull of his promise: ...", "It wasn't just the cries ...")."""
    return (
        text[att.start : att.end].lower() == "it"
        and p.EXPLETIVE_IT.match(text, att.end) is not None
    )


def _nominal_end(text: str, start: int, end: int) -> int:
    """Where a nominal matched up to `end` really ends: before a verb or an
    adverb it swallowed ("the Daily News focuses", "the candidate boldly")."""
    previous_end = end
    standalone = text[start : text.find(" ", start, end)].lower() in p.STANDALONE_DETERMINERS
    for n, word in enumerate(p.WORD.finditer(text, start, end)):
        if n >= 2 or (n == 1 and standalone and p.OBJECT_AFTER.match(text, word.end())):
            # (a determiner alone, "Another featured five ...", only before
            # an object)
            verb = p.VERB_IN_NOMINAL.match(text, word.start())
            if verb is not None and verb.end() == word.end():
                return previous_end
        previous_end = word.end()
    return end


def _name_in_nominal(text: str, att: _Attribution) -> None:
    """A nominal ending in a person's full name is that person, the words
    before giving the role: "the Democratic candidate Hillary Clinton"."""
    m = p.NAME_ENDING_NOMINAL.search(text, att.start, att.end)
    if m is None or m.end() != att.end:
        return
    first = m.group("first")
    if first not in p.MALE_NAMES and first not in p.FEMALE_NAMES:
        return
    att.role = att.role or text[att.start : m.start("name")].strip()
    att.start, att.kind = m.start("name"), "name"


def _previous_subject(text: str, at: int) -> str | None:
    """What a "they" or "it" at `at` refers to: the subject of the sentence
    before, when it is a group or a thing rather than a person ("The lawsuit
    contends ... It goes on to fault ...", "Trump's campaign backtracked. In
    a statement, it said ...")."""
    para_start = _paragraph_start(text, at)
    sent_lo = _sentence_start(text, para_start, at)
    if at - sent_lo > 12 and not _after_introductory_phrase(text, sent_lo, at):
        # the subject of its own sentence: The Security Council made a
        # strong condemnation of ... what it called "..."
        subject = _group_subject(text, sent_lo, at)
        if subject is not None:
            if _agrees(text, at, subject):
                return subject
            return _plural_group(text, sent_lo, at)
    for _ in range(2):
        if sent_lo <= para_start:
            para_start, prev_end = _previous_paragraph(text, para_start)
            if prev_end <= 0:
                return None
            sent_hi = prev_end
        else:
            sent_hi = sent_lo
        sent_lo = _sentence_before(text, para_start, sent_hi)
        subject_lo = sent_lo
        if p.ANY_MARK.search(text, sent_lo, sent_hi):
            subject_lo = _attribution_after_quote(text, sent_lo, sent_hi)
            if subject_lo is None:
                return None
        subject = _group_subject(text, subject_lo, sent_hi)
        if subject is not None and subject_lo > sent_lo:
            # the verb of speech it swallowed: the groups say, the report
            # points out
            cues = _find_cues(subject)
            if (
                cues
                and cues[-1].end() == len(subject)
                and " " in subject[: cues[-1].start()].strip()
            ):
                # (not the noun of "the report")
                subject = subject[: cues[-1].start()].rstrip()
        if subject is not None and text[at : at + 4].lower() == "they":
            if p.BARE_SHARE.fullmatch(subject):
                # a share of a group named before: Millennials say ... Nearly
                # nine out of 10 say ... They are ... (the millennials)
                continue
            subject = _names_after_copula(text, subject_lo, sent_hi) or subject
        if subject is not None and not _agrees(text, at, subject):
            return _plural_group(text, sent_lo, sent_hi)
        if subject is not None or not _opens_with_pronoun(text, sent_lo, sent_hi, at):
            return subject
        # "They sent a letter ...": the sentence before says who "they" are
    return None


def _names_after_copula(text: str, lo: int, hi: int) -> str | None:
    """The names the sentence text[lo:hi] equates its plural subject with, what
    a "they" after it refers to: The two reporters who broke the story are Ann
    Park and Tom Hale. They ... (the two of them, not "reporters")."""
    if text.find(" are ", lo, hi) < 0 and text.find(" were ", lo, hi) < 0:
        return None
    m = p.NAMES_AFTER_COPULA.search(text, lo, hi)
    return m.group(1) if m is not None else None


# Heads of singular nominals that "they" can still refer to: groups, and
# plurals with no -s. Shape: The campaign said ... They added ...
PLURAL_HEADS = p.words(
    """people police staff men women children public media press crowd audience family
    couple group team party campaign committee council board panel administration
    government company firm coalition alliance union majority minority newspaper paper
    magazine editorial"""
)


def _agrees(text: str, at: int, subject: str) -> bool:
    """A subject found for the pronoun at `at` agrees with it in number: a
    "they" is no thing a singular common noun heads ("A week later, so will
    an army of supporters march against what they call ...", "Pfizer's deal
    drew criticism from lawmakers. They slammed ...")."""
    if text[at : at + 4].lower() != "they" or " and " in subject:
        return True
    head = subject.split()[-1]
    return not head.islower() or head.endswith("s") or head in PLURAL_HEADS


def _plural_people(word: str) -> bool:
    """A plural noun for people: the plural of a head that can speak
    ("supporters", "groups") or of a people or a party ("Germans")."""
    return word[:-1] in p.SPEAKING_HEADS or p.PEOPLES.fullmatch(word) is not None


def _plural_group(text: str, lo: int, hi: int) -> str | None:
    """The last plural noun for people in text[lo:hi], what a "they" whose
    sentence subject is a singular thing refers to ("Pfizer's deal drew
    criticism from Democrats. They slammed ...")."""
    found = None
    for m in p.PLURAL_NOUN.finditer(text, lo, hi):
        if _plural_people(m.group(1)):
            found = m
    return found.group() if found is not None else None


def _attribution_after_quote(text: str, lo: int, hi: int) -> int | None:
    """Where the attribution that closes the sentence text[lo:hi] starts, after
    the comma that follows its last quote: "...," the company wrote; ... "a
    mob mentality" fostered by Trump, the groups say. (None when no verb of
    speech closes the sentence.)"""
    last = None
    for last in p.ANY_MARK.finditer(text, lo, hi):
        pass
    if last is None:
        return None
    if text[last.start() - 1 : last.start()] == ",":
        start = last.end()
    else:
        start = text.rfind(",", last.end(), hi) + 1
        if start <= 0:
            return None
    if hi - start > 80:
        return None
    if _first_cue(text[start:hi]) is None:
        return None
    return _past_space(text, start, hi)


def _after_introductory_phrase(text: str, lo: int, at: int) -> bool:
    """The pronoun at `at` follows the comma that closes a prepositional phrase
    opening its sentence ("In the United States, they write ..."): it is that
    sentence's subject, and the phrase names no antecedent. (A sentence after
    another in its paragraph starts at the space after the full stop.)"""
    first = p.WORD.match(text, _past_space(text, lo, at))
    return (
        first is not None
        and first.group().lower() in p.PREPOSITIONS
        and text.find(",", lo, at) == at - 2
    )


def _opens_with_pronoun(text: str, lo: int, hi: int, at: int) -> bool:
    """The sentence text[lo:hi] opens with the same pronoun as the one at `at`."""
    word = p.WORD.search(text, lo, hi)
    pronoun = p.WORD.match(text, at)
    return (
        word is not None and pronoun is not None and word.group().lower() == pronoun.group().lower()
    )


def _group_subject(text: str, lo: int, hi: int) -> str | None:
    """The subject of the sentence text[lo:hi] when it is a group or a thing
    rather than a person."""
    att = _subject_at_start(text, lo, hi, "previous_sentence", None)
    if att is None:
        return None
    pair = _coordinated(text, att, hi)
    if pair is not None:
        return pair
    if att.kind == "pron":
        return None
    if att.kind == "name" and _possessive_at(text, att.end):
        # a possessor opening a nominal: Clinton's campaign
        nominal = p.NOMINAL_AT.match(text, att.start, hi)
        if nominal is None:
            return None
        att.end, att.kind = nominal.end(), "nom"
    if att.kind == "nom":
        att.end = _nominal_end(text, att.start, att.end)
    subject = text[att.start : att.end]
    if (
        att.kind == "name"
        and speakers.split_name(subject)[0]
        and not (speakers.is_group_or_org(subject))
    ):
        return None
    return subject


def _coordinated(text: str, att: _Attribution, hi: int) -> str | None:
    """A subject joined by "and" to another, a group that "they" can refer
    to. Shape: She and her aides argue ... They note ..."""
    if text[att.end : att.end + 5] != " and ":
        return None
    m = p.SUBJECT_HERE.match(text, att.end + 5, hi)
    if m is None or m.group("pron") in ("they", "it"):
        return None
    end = m.end()
    if m.group("nom"):
        end = _nominal_end(text, m.start(), end)
        cue = _first_cue(text[m.start() : end])
        if cue is not None:
            # a verb of speech it swallowed: her aides argue
            end = len(text[: m.start() + cue.start()].rstrip())
    return text[att.start : end]


def _is_fragment(text: str, seg: Segment) -> bool:
    """A quote is mixed when its sentence says more than the quote and its
    attribution: besides "SPEAKER CUE (that)" before it and "CUE SPEAKER" or a
    sentence end after it, there are words of reported speech around it."""
    sent_lo = _sentence_start(text, seg.para_start, seg.open_start)
    before = text[sent_lo : seg.open_start]
    cues = _find_cues(before)
    if cues:
        before = before[cues[-1].end() :]
    before_words = [w for w in p.WORD.findall(before) if w not in ("that", "reporters")]
    if cues:
        if before_words and not before.rstrip().endswith(":"):
            return True
    elif before.strip(" \u00a0:,—–-") and not before.rstrip().endswith(":"):
        return True
    if not seg.closed or text[seg.start : seg.end].rstrip()[-1:] in (".", "!", "?"):
        # the sentence ends with the quote (or runs on past the paragraph)
        return False
    end = _sentence_end(text, seg.close_end, seg.para_end)
    after = text[seg.close_end : end].strip(" \u00a0.,!?;")
    # (the cue may follow a long apposition: "...," Ann Park, director of ..., said)
    if not after or after[0] in "―—–-" or _first_cue(after[:200]) is not None:
        return False
    return bool(p.WORD.search(after))


def _looks_scare_quoted(text: str, seg: Segment) -> bool:
    """A short fragment after a preposition or a possessive, or between an
    article and the noun it modifies: with "scary accuracy", the project's
    "unusual rigor", a "local" champion. (On the training split, fragments in
    other places were quoted words three times out of four.)"""
    words = p.WORD_BREAK.split(text[max(seg.para_start, seg.open_start - 30) : seg.open_start])
    words = [w for w in words if w]
    word = words[-1] if words and not text[seg.open_start - 1 : seg.open_start].isalnum() else ""
    if word.lower() in p.SCARE_PREPOSITIONS or word.endswith(("’s", "'s", "’")):
        return True
    if word.lower() not in ("a", "an", "the"):
        return False
    after = p.MODIFIED_NOUN.match(text, seg.close_end, min(seg.para_end, seg.close_end + 30))
    return after is not None and after.group(1) not in p.NOT_MODIFIED


def _modifies_noun_after(text: str, seg: Segment) -> bool:
    """The fragment is a label on the noun right after it, whatever comes
    before: dozens of "intercultural dialogue" groups, its "provisional"
    formula, among "very conservative" voters. (Not a verb's or an adverb's
    object: to "embrace" his candidacy, "close" the prison, "fully" agree.)"""
    if text[seg.start : seg.end].rstrip()[-1:] in (",", ".", "!", "?", ";", ":"):
        return False
    m = p.MODIFIED_NOUN.match(text, seg.close_end, min(seg.para_end, seg.close_end + 30))
    if m is None:
        return False
    word = m.group(1)
    return word not in p.NOT_MODIFIED and word not in p.NOT_A_NOUN and not word.endswith("ly")


def _subject_of_its_sentence(text: str, seg: Segment, quote: str) -> bool:
    """The quote opens its sentence, which goes on after it with its verb, a
    relative clause or an apposition: "Containment" has been the policy;
    "Harbor Days," which airs on Sundays, ... (not "Enough!" nor "Not again.")."""
    if quote[-1:] in (".", "!", "?"):
        return False
    lo = _sentence_start(text, seg.para_start, seg.open_start)
    return (
        not text[lo : seg.open_start].strip()
        and p.SENTENCE_GOES_ON.match(text, seg.close_end, seg.para_end) is not None
    )


def _not_a_quote(text: str, seg: Segment, quote: str, end: int, n_words: int) -> str:
    """What the context of a quoted segment says it is when it is no quote:
    "title" (the title of a work), "terms" (the first of words named as
    examples, which the words after it in a list follow), "other" (markup, a link, a heading, a
    slogan's year or the thing it is printed on, a nickname, a gloss of a
    foreign word or a hashtag, a term whose meaning is discussed, an answer
    a poll offered, a headline before its byline and the excerpt of its
    article after it), or "" when it says nothing. `end` is where the
    quote's text ends (before a comma inside the closing mark)."""
    before_lo = max(seg.para_start, seg.open_start - 30)
    last = text[max(before_lo, seg.open_start - 14) : seg.open_start]
    if last[-1:] in ("=", ">") or quote[:1] == ">":
        # markup left in the text: a value, <tweet author="...">; the text
        # right after a tag, <tweet date="May 2">"..."; the rest of a tag
        # whose value ran over a line: "May 2\n">...
        return "other"
    if quote.startswith(("http://", "https://", "www.")) and " " not in quote:
        # a link alone, left after a stray mark: " http://example.com/1.
        return "other"
    last = last.rstrip(" \t\u00a0,")
    if last[-4:].lower() in p.NAMED_WORK_ENDINGS and p.NAMED_WORK_BEFORE.search(
        text, before_lo, seg.open_start
    ):
        # the title of a book, a podcast or a film: In his 2002 book, "..."
        # (a colon introduces words from it: to print the book: "...," the pitch says)
        return "title"
    if _is_heading(text, seg, quote, n_words):
        # a heading set in quote marks, a paragraph of its own: "RELATED:"
        return "other"
    if "(" in text[seg.close_end : seg.close_end + 3] and p.DATED_AFTER.match(
        text, seg.close_end, min(seg.para_end, seg.close_end + 50)
    ):
        # a title, slogan or poster and its year: "Yes to the bridge" (2009)
        return "other"
    if (
        n_words <= 2
        and p.NICKNAME_QUOTE.fullmatch(quote)
        and p.FIRST_NAME_BEFORE.search(
            text, max(seg.para_start, seg.open_start - 20), seg.open_start
        )
        and p.SURNAME_AFTER.match(text, seg.close_end, min(seg.para_end, seg.close_end + 20))
    ):
        # a nickname inside a name: Juan "Chico" Lopez
        return "other"
    if "mean" in text[seg.close_end : seg.close_end + 20] and p.MEANING_AFTER.match(
        text, seg.close_end, seg.para_end
    ):
        # a term whose meaning the sentence discusses: what "go slow" means
        return "other"
    if last.endswith(("who", "ed", "se", "ng", "en")) and p.CHOICE_BEFORE.search(
        text, before_lo, seg.open_start
    ):
        # an answer a poll offered: voters who chose "honest and trustworthy"
        return "other"
    if last.endswith(("as", "including")) and p.TERM_LIST_BEFORE.search(
        text, before_lo, seg.open_start
    ):
        # the first of words named as examples: words such as "pier," "ferry"
        return "terms"
    if "#" in text[before_lo : seg.open_start] and p.HASHTAG_GLOSS_BEFORE.search(
        text, before_lo, seg.open_start
    ):
        # what a hashtag says: #PuertaAbierta - "open door" - was trending
        return "other"
    if last.endswith("for") and p.TRANSLATION_BEFORE.search(text, before_lo, seg.open_start):
        # what a foreign word means: "Brujas" -- Spanish for "witches"
        return "other"
    if "by" in text[end : end + 8] and p.BYLINE_AFTER.match(
        text, end, min(seg.para_end, seg.close_end + 80)
    ):
        # a headline or a title and its author: "Met to close," by Ann Park
        return "other"
    if (
        "by" in text[end : end + 6]
        and p.TITLE_BYLINE_AFTER.match(text, end, min(seg.para_end, seg.close_end + 80))
        and p.TITLE_CASE.fullmatch(quote)
    ):
        # a title in title case and its author: "Harbor Days: A Life" by Tom Hale,
        return "title"
    if ":" in text[seg.open_start - 3 : seg.open_start] and p.EXCERPT_BYLINE_BEFORE.search(
        text, max(seg.para_start, seg.open_start - 100), seg.open_start
    ):
        # an excerpt of the article a headline and its byline name, not a
        # statement: "Met to close," by the Post's Ann Park: "The museum ..."
        return "other"
    if (
        text[seg.end - 1 : seg.end].isalnum()
        and p.SLOGAN_ITEM_AFTER.match(text, seg.close_end, seg.para_end)
        and "“" not in quote
    ):
        # a slogan on a thing: a "Save Our Pier" T-shirt (not a statement a
        # nested slogan cut short: "They wore “Save Our Pier” shirts")
        return "other"
    if (
        text[seg.end - 1 : seg.end].isalnum()
        and p.SHOW_ROLE_AFTER.match(text, seg.close_end, seg.para_end)
        and _is_title(quote, n_words)
    ):
        # the title of a show before a role in it: "Harbor Days" star Ann Park
        return "title"
    if _is_title(quote, n_words) and p.TITLE_CONTEXT_BEFORE.search(text, before_lo, seg.open_start):
        # a title in title case after what it names: the ad, titled "...";
        # on CBS's "Face the Nation"
        return "title"
    return ""


def _cue_before_in_sentence(text: str, seg: Segment) -> bool:
    """A verb of speech before the quote in its sentence, though no sieve
    could tie it to a speaker: the fragment reports words, it is no scare
    quote. Shape: Six months ago, the senator said, the media considered him
    a "fringe" candidate. (A verb that judges does not count: the judges
    praised the project's "unusual rigor".)"""
    cues = _find_cues(text[_sentence_start(text, seg.para_start, seg.open_start) : seg.open_start])
    return any(c.group("cue") not in p.EVALUATIVE_WORDS for c in cues)


def _named_as(text: str, seg: Segment) -> bool:
    """The quote is a name someone gives, right after the verb that gives it
    and its object: the sentence's subject is its source, not a title's or a
    scare quote's context. Shapes: Hale refers to the levy as the "Harbor
    Grab"; Park, who goes by "Dee"; critics dubbed it a "toll road"."""
    return (
        p.NAMED_AS_BEFORE.search(text, max(seg.para_start, seg.open_start - 60), seg.open_start)
        is not None
    )


def _term_in_use(text: str, seg: Segment) -> bool:
    """The quote is a term right after a passive "known as" or "is called"
    with no agent: the subject of the sentence is what bears the name, not
    who gives it. Shapes: Hale bought the farms, all of them known as "the
    dry acres"; Park runs what is called a "slow bank" (Hale calls them "the
    dry acres" has a speaker: _named_as)."""
    return (
        p.TERM_IN_USE_BEFORE.search(text, max(seg.para_start, seg.open_start - 40), seg.open_start)
        is not None
        and _agent_after(text, seg) is None
    )


def _agent_after(text: str, seg: Segment) -> re.Match | None:
    """The agent ("by" and a name) right after the quote, its comma before:
    the aim was called "strategic ambiguity" by Ann Park."""
    at = seg.close_end + text.startswith(",", seg.close_end)
    return p.PASSIVE_AGENT.match(text, at, seg.para_end)


def _namer_after(text: str, seg: Segment, lo: int) -> _Attribution | None:
    """The agent who gives a term after a passive "called" or "known as":
    the aim has been called "strategic ambiguity" by Ann Park (Park)."""
    if not p.TERM_IN_USE_BEFORE.search(text, max(lo, seg.open_start - 40), seg.open_start):
        return None
    m = _agent_after(text, seg)
    return None if m is None else _named(text, m, "sentence_subject", None)


def _is_heading(text: str, seg: Segment, quote: str, n_words: int) -> bool:
    """A quote that is its paragraph and reads as a heading: in capitals, or a
    word or two with a colon. Shape: (paragraph) "VOTERS MAKE GOOD DECISIONS" """
    if text[seg.para_start : seg.open_start].strip() or text[seg.close_end : seg.para_end].strip():
        return False
    return (n_words <= 2 and quote.endswith(":")) or (
        quote == quote.upper() and sum(c.isalpha() for c in quote) >= 4
    )


def _owned_title(text: str, seg: Segment) -> bool:
    """A show's or a work's title after its owner's possessive (WXT's
    "Today"), which a sentence reads through: no bound of the text before the
    next quote (Hale visited WXT's "Today" to discuss ..., saying "...")."""
    if not text.endswith(("’s ", "'s "), 0, seg.open_start):
        return False
    quote = text[seg.start : seg.end]
    return _is_title(quote, len(quote.split()))


def _is_title(quote: str, n_words: int) -> bool:
    """A short title-case fragment: a book, show or series title, a nickname.
    (`n_words`: the caller has counted the quote's words already.)"""
    return n_words <= 6 and p.TITLE_CASE.fullmatch(quote) is not None


def _previous_close(text: str, segments: list[Segment], i: int) -> int:
    """Where the last segment before segments[i] in its paragraph closes (0
    for none), past a short title in title case or one after its owner's
    possessive, which names a show or a book inside the sentence and bounds
    no quote: Ann Park visited NBC's "Today" to discuss her rival, Tom Hale,
    saying "..." (Park)."""
    seg = segments[i]
    while i and segments[i - 1].paragraph == seg.paragraph:
        prev = segments[i - 1]
        quote = text[prev.start : prev.end]
        if _owned_title(text, prev) or (
            quote[-1:].isalnum() and _is_title(quote, len(quote.split()))
        ):
            i -= 1
            continue
        return prev.close_end
    return 0


def extract_quotes(text: str, document: str = "") -> list[Quote]:
    """All quotes in `text`, in order, with their speakers.

    Pure and deterministic; never raises (a paragraph that trips an
    unexpected case loses its quotes, not the document).
    """
    return [quote for quote, _, _ in attributed_quotes(text, document)]


def attributed_quotes(text: str, document: str = "") -> list[tuple[Quote, str, str]]:
    """extract_quotes with how each quote was attributed: (quote, sieve, kind
    of speaker mention: "name", "pron" or "nom"), sieve and kind "" for a
    quote with no speaker. For measuring the sieves (CONFIDENCE)."""
    if not isinstance(text, str) or not text:
        return []
    try:
        segments = pair_marks(text)
        if not segments:
            return []
        people = speakers.index_people(text, [(s.start, s.end) for s in segments])
    except Exception:  # noqa: BLE001 - the contract is "never raises"; see the docstring
        return []
    attributions: list[_Attribution | None] = []
    questions: set[int] = set()  # questions put to someone: no speaker in the text
    for i, seg in enumerate(segments):
        prev_close = _previous_close(text, segments, i)
        next_open = (
            segments[i + 1].open_start
            if i + 1 < len(segments) and segments[i + 1].paragraph == seg.paragraph
            else seg.para_end
        )
        try:
            if _question_put(text, seg):
                questions.add(i)
                att = None
            else:
                att = _attribute(text, seg, prev_close, next_open)
            if att is not None:
                _resolve(text, att, people)
        except Exception:  # noqa: BLE001 - a bad paragraph loses its attribution only
            att = None
        attributions.append(att)

    # second pass: quotes continuing a neighbour's speaker
    for i, seg in enumerate(segments):
        if attributions[i] is None and i not in questions:
            try:
                attributions[i] = _neighbour_attribution(text, segments, attributions, i, people)
            except Exception:  # noqa: BLE001 - a bad paragraph loses its attribution only
                attributions[i] = None

    # a quote running over several paragraphs takes the speaker named at its end
    for i in range(len(segments) - 2, -1, -1):
        nxt = segments[i + 1]
        following = attributions[i + 1]
        if (
            attributions[i] is None
            and i not in questions
            and not segments[i].closed
            and nxt.continues
            and following
        ):
            attributions[i] = _continued(following)

    quotes: list[tuple[Quote, str, str]] = []
    title_end = -1  # where the last quote found to be a title by its context closes
    terms_end = -1  # where the last quote found to be a word named as an example closes
    kept, previous = 0, None  # quotes kept before the previous segment, its attribution
    for i, (seg, att) in enumerate(zip(segments, attributions)):
        dropped = previous if len(quotes) == kept else None  # the previous segment's, if dropped
        kept, previous = len(quotes), att
        start, end = _trim(text, seg.start, seg.end)
        if start >= end:
            continue
        quote = text[start:end]
        n_words = len(p.WORD.findall(quote))
        if (
            seg.para_start <= title_end
            and p.LIST_GAP.fullmatch(text, title_end, seg.open_start)
            and p.TITLE_CASE.fullmatch(quote)
            and not (att and att.sieve in ("quote_speaker_cue", "quote_cue_speaker"))
        ):
            # the next title of a list, however long: roles in "Harbor Days,"
            # "Bay Patrol" and "The Long Night of the Riverton Ferry and Its Crew"
            # (not one its own speaker and cue follow: ... and "Not Again," he said)
            title_end = seg.close_end
            continue
        if (
            seg.para_start <= terms_end
            and p.LIST_GAP.fullmatch(text, terms_end, seg.open_start)
            and n_words <= 3
        ):
            # the next word of a list of examples: words such as "pier," "ferry"
            terms_end = seg.close_end
            continue
        context = _not_a_quote(text, seg, quote, end, n_words)
        if context:
            if context == "title":
                title_end = seg.close_end
            elif context == "terms":
                terms_end = seg.close_end
            continue
        unnamed = att is not None and att.sieve == "sentence_subject" and _term_in_use(text, seg)
        if unnamed:
            # a term in use, which no one in the sentence gives, has no speaker,
            # but is the quote of a term: many courses are known as "goat farms"
            att = None
        if att is None:
            if _is_title(quote, n_words) or (
                i not in questions
                and not unnamed
                and n_words < MIN_UNATTRIBUTED_WORDS
                and not (n_words >= 3 and seg.closed and not _looks_scare_quoted(text, seg))
            ):
                continue
            record = Quote(
                document,
                quote,
                start,
                end,
                None,
                None,
                None,
                None,
                None,
                None,
                "direct",
                NO_SPEAKER,
            )
            quotes.append((record, "", ""))
            continue
        if (
            att.sieve == "continued"
            and dropped is not None
            and (att.start, att.end) == (dropped.start, dropped.end)
            and _is_title(quote, n_words)
        ):
            # a title-case fragment continuing one found to be no quote (a
            # title, a scare quote) is none either: Hale likes "Bay Patrol,"
            # while Park loves "Harbor Days."
            continue
        if (
            att.sieve == "continued"
            and _is_title(quote, n_words)
            and _subject_of_its_sentence(text, seg, quote)
        ):
            # a title-case fragment that its sentence is about is a title or
            # a term, not the previous speaker's words: "Bay Patrol" has run
            # for a decade.
            continue
        if att.cue == "writing" and p.EXCERPT_INTRO.match(
            text, _paragraph_start(text, att.start), att.end
        ):
            # an excerpt of another outlet's article, not a statement: From Ann
            # Park writing at the Riverton Gazette: / "..."
            continue
        if (
            att.sieve in ("cue_after", "previous_sentence", "sentence_subject")
            and _is_title(quote, n_words)
            and not _named_as(text, seg)
            and "!" not in quote
            and text[max(seg.para_start, seg.open_start - 3) : seg.open_start].rstrip()[-1:] != ":"
        ):
            # a title-case fragment with no cue of its own is a title or a
            # name. With a cue (the mixed sieve), it is the speaker's words
            # unless its context names a title (_not_a_quote): Hale said he
            # would fight the "Harbor Tax"; Trump called her "Miss Piggy".
            # (One with an exclamation mark is a chant or a cry, words
            # spoken: a chant of "Save the Pier!", cries of "Tom! Tom!"; one a
            # colon introduces is the words announced: a proclamation: "Over
            # the Top.")
            continue
        if (
            att.sieve == "sentence_subject"
            and n_words < 3
            and (_looks_scare_quoted(text, seg) or _modifies_noun_after(text, seg))
            and not _named_as(text, seg)
            and not _cue_before_in_sentence(text, seg)
        ):
            # a word or two after a preposition or a possessive, or used as a
            # modifier, with no cue: with "scary accuracy", a "local"
            # champion, dozens of "intercultural dialogue" groups
            continue
        mixed = _is_fragment(text, seg)
        by_kind = CONFIDENCE.get(att.sieve, (0.5, 0.5, 0.5))
        confidence = by_kind[("name", "pron", "nom").index(att.kind)]
        if n_words < 3:
            confidence *= SHORT.get(att.sieve, SHORT_DEFAULT)
        speaker = att.name
        if att.kind == "pron" and att.name == att.mention:
            # no person found for "he" or "it": the mention stays, the name is
            # unknown (the record contract: a name, or null)
            confidence *= UNRESOLVED
            speaker = None
        record = Quote(
            document,
            quote,
            start,
            end,
            speaker,
            att.mention,
            att.start,
            att.end,
            att.role,
            att.cue,
            "mixed" if mixed else "direct",
            round(confidence, 3),
        )
        quotes.append((record, att.sieve, att.kind))
    return quotes


def _question_put(text: str, seg: Segment) -> bool:
    """The quote is a question put to the subject of its sentence, whose asker
    the sentence does not name: Park was asked, "..." / Asked whether Hale is
    "fit to serve," most said yes. (Asked by Tom Hale: the asker speaks.)"""
    if text.find("sked", seg.para_start, seg.open_start) < 0:
        return False  # (the cheap look first)
    lo = _sentence_start(text, seg.para_start, seg.open_start)
    if text.find("sked", lo, seg.open_start) < 0:
        return False
    before = text[lo : seg.open_start]
    m = p.QUESTION_PUT.search(before)
    if m is None:
        return False
    # (no answer between: Hale was asked about it and said "...")
    return not _find_cues(before[m.end("opener") if m.group("opener") else m.end("passive") :])


def _paragraph_start(text: str, at: int) -> int:
    """Start of the paragraph (line) holding `at`."""
    return text.rfind("\n", 0, at) + 1


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int]:
    """(start, end) of the paragraph before the one starting at `para_start`,
    without the whitespace after it; end is 0 when there is none."""
    end = para_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return _paragraph_start(text, end), end


def _previous_paragraph_speaker(text: str, seg: Segment) -> _Attribution | None:
    """A quote opening its paragraph after a paragraph of reported speech with
    no quote: Carter said the region would not be abandoned. / "That's because ..." """
    prev_start, prev_end = _previous_paragraph(text, seg.para_start)
    window = text[prev_start:prev_end]
    if not window or p.ANY_MARK.search(window):
        return None
    cue = _first_cue(window)
    if cue is None:
        return None
    lo = _sentence_start(text, prev_start, prev_start + cue.start())
    att = _subject_before(
        text, lo, prev_start + cue.start(), "previous_paragraph", cue.group("cue")
    )
    if att is None or att.kind == "nom":
        return None
    return att


def _known_person(text: str, m: re.Match, people: speakers.People) -> _Attribution | None:
    """The person m's "name" group names, as the previous paragraph's speaker,
    if the article knows that person and the name can speak."""
    return _known_speaker(
        text, _Attribution("previous_paragraph", None, *m.span("name"), "name"), people
    )


def _known_speaker(text: str, att: _Attribution, people: speakers.People) -> _Attribution | None:
    """`att` (a name), resolved, if the article knows that person and the
    name can speak."""
    mention = text[att.start : att.end]
    if speakers.resolve_name(people, mention)[1] is None or _cannot_speak(text, att):
        return None
    _resolve(text, att, people)
    return att


def _headline_speaker(text: str, seg: Segment, people: speakers.People) -> _Attribution | None:
    """A quote opening the paragraph right after a headline that credits a
    known person before a colon, as stories that lead with what someone said
    open. Shape: Ann Park: 'We Will Build the Pier' / "The pier is ..." """
    prev_start, prev_end = _previous_paragraph(text, seg.para_start)
    if prev_start != 0 or not seg.closed:
        return None
    m = p.HEADLINE_SPEAKER.match(text, 0, prev_end)
    if m is None or " " not in m.group("name"):
        return None
    return _known_person(text, m, people)


def _previous_paragraph_spoke(
    text: str, seg: Segment, people: speakers.People
) -> _Attribution | None:
    """A quote opening its paragraph after a paragraph whose last sentence has a
    known person speak, with no quote after the verb. Shape: What a fix means
    is left to voters, since Hale spoke only in vague terms. / "We have to act."
    (Not a quote running on into the next paragraph: its attribution there
    closes it.)"""
    if not seg.closed:
        return None
    prev_start, prev_end = _previous_paragraph(text, seg.para_start)
    lo = _sentence_before(text, prev_start, prev_end)
    if text.find(" spoke", lo, prev_end) < 0 and text.find(" speaks", lo, prev_end) < 0:
        return None  # (the cheap look first)
    m = p.NAME_SPOKE.search(text, lo, prev_end)
    if m is None or p.ANY_MARK.search(text, m.end(), prev_end):
        return None
    return _known_person(text, m, people)


def _previous_paragraph_person(
    text: str, seg: Segment, people: speakers.People
) -> _Attribution | None:
    """A quote opening its paragraph after a paragraph whose last sentence,
    with no cue and no quote, opens with a known person's name. Shape: Hale
    is upbeat about the bridge. / "We will build it." """
    prev_start, prev_end = _previous_paragraph(text, seg.para_start)
    lo = _sentence_before(text, prev_start, prev_end)
    if text[prev_end - 1 : prev_end] not in (".", ":") or p.ANY_MARK.search(text, lo, prev_end):
        return None
    att = _subject_at_start(text, lo, prev_end, "previous_paragraph", None)
    short = len(p.WORD.findall(text, lo, prev_end)) < 6
    if (
        short
        and lo == prev_start
        and att is not None
        and text[att.start : att.end] in ("He", "She")
    ):
        # a short paragraph of what the speaker does between her quotes:
        # "...," Park said. / She pauses. / "..."
        _resolve(text, att, people)
        return att
    if short or att is None or att.kind != "name":
        return None
    return _known_speaker(text, att, people)


def _handed_over(text: str, prev_att: _Attribution, seg: Segment) -> _Attribution | None:
    """The subject of a clause of its own with its own cue after the previous
    quote's attribution, who speaks the quote at seg: "...," Park said, and
    her husband chimed in. "..." (her husband, not Park)."""
    at = text.find(", and ", prev_att.end, seg.open_start)
    if at < 0:
        return None
    cues = _find_cues(text[at : seg.open_start])
    if not cues:
        return None
    att = _subject_before(
        text, at + 6, at + cues[-1].start(), "previous_sentence", cues[-1].group("cue")
    )
    return att if att is not None and att.start >= at + 6 else None


def _opens_statement(text: str, lo: int, open_start: int) -> bool:
    """The quote opening at `open_start` starts a sentence or follows its
    attribution's comma or colon ("...," he said, "..."), rather than sitting
    inside a sentence as a fragment."""
    sent_lo = _sentence_start(text, lo, open_start)
    before = text[sent_lo:open_start].rstrip(" \u00a0")
    return not before or before.endswith((",", ":"))


def _gap_is_attribution(text: str, prev: Segment, seg: Segment) -> bool:
    """The text between two quotes of a paragraph is only their attribution
    ("A," he said. "B.") or nothing, so the second quote is the same speaker's.
    Sentences are counted, not periods: "after the U.N. vote" is one."""
    if seg.open_start - prev.close_end >= 120:
        return False
    return sum(1 for _ in _sentence_ends(text, prev.close_end, seg.open_start)) <= 2


def _new_subject(
    text: str, prev: Segment, seg: Segment, prev_att: _Attribution, people: speakers.People
) -> bool:
    """The quote sits inside a sentence of its own, after the previous quote's,
    whose subject is someone else than the previous speaker: the sentence is
    about that subject, not a continuation. Shape: "We lost," Hale said. Ann
    Park endorsed the deal as "a fair price." (Park, not Hale; but Hale, again,
    in: He spoke about "a fair price.")"""
    if _same_sentence(text, prev, seg):
        return False
    lo = _sentence_start(text, prev.close_end, seg.open_start)
    if not text[lo : seg.open_start].strip():
        return False
    att = _subject_at_start(text, lo, seg.open_start, "sentence_subject", None)
    if (
        att is None
        or p.WORD_AFTER_SUBJECT.match(text, att.end, seg.open_start) is None
        or _cannot_speak(text, att)
    ):
        return False
    if att.kind == "nom" and text[att.start : att.end].split()[0].lower() not in ("a", "an"):
        # "The judge", "the agency": a description of someone already named,
        # maybe the previous speaker; "a spokesman" is someone new
        return False
    _resolve(text, att, people)
    return att.name != prev_att.name


def _same_sentence(text: str, prev: Segment, seg: Segment) -> bool:
    """Two quoted fragments of one sentence, the second with no cue of its own:
    Trump said he won "every single debate" and ... because there is "a lot
    going on." """
    if text[prev.start : prev.end].rstrip()[-1:] in (".", "!", "?"):
        return False
    return _sentence_start(text, prev.close_end, seg.open_start) == prev.close_end


def _attributed_after_in_sentence(
    text: str, seg: Segment, nxt: Segment | None, nxt_att: _Attribution | None
) -> bool:
    """The next quote is in the same sentence and its attribution follows it,
    closing the sentence, so it reports both: Guns are "a crisis" and "stunt
    growth," Park said."""
    return (
        nxt is not None
        and nxt_att is not None
        and nxt.paragraph == seg.paragraph
        and nxt_att.start >= nxt.close_end
        and _same_sentence(text, seg, nxt)
    )


def _attribution_just_before(text: str, att: _Attribution, seg: Segment) -> bool:
    """The quote opens a sentence right after the one holding the previous
    quote's speaker, which goes on past it, with a word quoted after the
    speaker or abbreviations the gap test counts as sentences: "...," said
    Ann Park, who runs the "Save Our Pier" group. "We will win." """
    sent_lo = _sentence_start(text, seg.para_start, seg.open_start)
    if sent_lo == seg.para_start or text[sent_lo : seg.open_start].strip():
        return False
    prev_lo = _sentence_before(text, seg.para_start, sent_lo)
    return prev_lo <= att.start and att.end <= sent_lo


def _bare_colon_lead(text: str, seg: Segment) -> bool:
    """The quote's paragraph opens with a short lead-in ending in a colon that
    names no speaker and has no cue, only when or where: Then, later that
    month on Fox: "..." (the speaker of the paragraph before goes on)."""
    lead = text[seg.para_start : seg.open_start].rstrip(" \u00a0")
    return (
        len(lead) <= 60
        and lead.endswith(":")
        and not _find_cues(lead)
        and _subject_at_start(text, seg.para_start, seg.open_start, "continued", None) is None
    )


def _stage_direction_before(text: str, seg: Segment) -> bool:
    """The paragraph before the quote's is one lower-case word, a stage
    direction between two quotes of one speaker: "..." / Pause. / "..." """
    start, end = _previous_paragraph(text, seg.para_start)
    word = text[start:end]
    return p.STAGE_DIRECTION.fullmatch(word) is not None


def _continued(att: _Attribution, sieve: str = "continued") -> _Attribution:
    """A copy of a neighbour's attribution for another quote."""
    copy = _Attribution(sieve, att.cue, att.start, att.end, att.kind)
    copy.role, copy.name, copy.mention = att.role, att.name, att.mention
    return copy


def _neighbour_attribution(
    text: str,
    segments: list[Segment],
    attributions: list[_Attribution | None],
    i: int,
    people: speakers.People,
) -> _Attribution | None:
    """The speaker of an unattributed quote from its neighbours: the previous
    quote's (continued), the next quote's, or the previous sentence's subject."""
    seg = segments[i]
    prev = segments[i - 1] if i else None
    prev_att = attributions[i - 1] if i else None
    nxt = segments[i + 1] if i + 1 < len(segments) else None
    nxt_att = attributions[i + 1] if i + 1 < len(segments) else None
    lo = max(seg.para_start, prev.close_end if prev and prev.paragraph == seg.paragraph else 0)
    starts_sentence = not text[_sentence_start(text, lo, seg.open_start) : seg.open_start].strip()
    para_opens = not text[seg.para_start : seg.open_start].strip()
    if not seg.closed:
        att = _signed_last_line(text, seg, people)
        if att is not None:
            return att
    if para_opens:
        # a quote that a nested quote cut short, its byline at the paragraph
        # end: “I’d rather live in what he calls “hell” than ...” ― Ann Park
        m = p.BYLINE_AT_PARAGRAPH_END.search(
            text, max(seg.close_end, seg.para_end - 80), seg.para_end
        )
        if m is not None:
            return _byline(text, *m.span("name"), people)
    if (
        prev_att is not None
        and prev is not None
        and not (prev.paragraph == seg.paragraph and _same_sentence(text, prev, seg))
        and _attributed_after_in_sentence(text, seg, nxt, nxt_att)
    ):
        # a sentence of its own whose attribution follows its next quote
        # reports both, whoever spoke before: "It was close" and "not fair,"
        # Park added.
        return _continued(nxt_att, "cue_after")
    if prev_att is not None and prev is not None:
        same_para = prev.paragraph == seg.paragraph
        next_para = seg.continues or (
            (
                prev.paragraph == seg.paragraph - 1
                or (prev.paragraph == seg.paragraph - 2 and _stage_direction_before(text, seg))
            )
            and (not text[seg.para_start : seg.open_start].strip() or _bare_colon_lead(text, seg))
        )
        attributed_between = (
            prev_att.start >= prev.close_end
            and prev_att.end <= seg.open_start
            and _opens_statement(text, max(prev.close_end, seg.para_start), seg.open_start)
        )
        if (
            same_para
            and (
                attributed_between
                or (
                    _gap_is_attribution(text, prev, seg)
                    and not _new_subject(text, prev, seg, prev_att, people)
                )
                or _same_sentence(text, prev, seg)
                or _attribution_just_before(text, prev_att, seg)
            )
        ) or next_para:
            if same_para and attributed_between:
                handed = _handed_over(text, prev_att, seg)
                if handed is not None:
                    _resolve(text, handed, people)
                    return handed
            return _continued(prev_att)
    if (
        nxt_att is not None
        and nxt is not None
        and nxt.paragraph == seg.paragraph
        and not text[seg.close_end : nxt.open_start].strip(" \u00a0")
    ):
        return _continued(nxt_att)
    if (seg.closed or para_opens) and not text[seg.close_end : seg.para_end].strip():
        # a byline paragraph after the quote, which outranks the speaker of
        # the sentence or paragraph before: "..." / - Hillary Clinton.
        m = p.BYLINE_PARAGRAPH.match(text, seg.para_end)
        if m is not None:
            return _byline(text, *m.span("name"), people)
    if starts_sentence and seg.para_start < seg.open_start:
        sent_lo = _sentence_start(text, seg.para_start, seg.open_start)
        if sent_lo == seg.open_start or not text[sent_lo : seg.open_start].strip():
            prev_lo = _sentence_before(text, seg.para_start, sent_lo)
            att = None
            cues = _find_cues(text[prev_lo:sent_lo])
            if cues and not p.ANY_MARK.search(text, prev_lo, sent_lo):
                # reported speech just before: The talks may stall, Schiff said. "..."
                cue = cues[-1]
                att = _subject_before(
                    text, prev_lo, prev_lo + cue.start(), "previous_sentence", cue.group("cue")
                )
                if att is not None and att.kind == "nom":
                    att = None
            if att is None:
                att = _subject_at_start(text, prev_lo, sent_lo, "previous_sentence", None)
            if att is not None and att.kind != "nom":
                _resolve(text, att, people)
                return att
    if para_opens and seg.para_start > 1:
        att = _previous_paragraph_speaker(text, seg)
        if att is not None:
            _resolve(text, att, people)
            return att
        att = (
            _previous_paragraph_person(text, seg, people)
            or _previous_paragraph_spoke(text, seg, people)
            or _headline_speaker(text, seg, people)
        )
        if att is not None:
            return att
    if not starts_sentence and seg.closed:
        if _attributed_after_in_sentence(text, seg, nxt, nxt_att):
            return _continued(nxt_att, "cue_after")
        sent_lo = _sentence_start(text, lo, seg.open_start)
        att = (
            _words_of(text, seg, sent_lo)
            or _namer_after(text, seg, sent_lo)
            or _possessed_speech(text, sent_lo, seg.open_start)
            or _possessor_of_quoted_speech(text, seg, sent_lo)
        )
        if att is not None:
            _resolve(text, att, people)
            return att
        # a fragment inside a sentence about someone: Stein has framed herself
        # as the plan B for the "Bernie or Bust" crowd.
        att = _subject_at_start(text, sent_lo, seg.open_start, "sentence_subject", None)
        if att is not None and not p.LOWER_WORD.search(text, att.end, seg.open_start):
            # no verb between the subject and the quote: Café «crème»
            att = None
        if (
            att is not None
            and att.kind == "nom"
            and text[att.start : att.end].split()[-1].lower() in p.TIME_WORDS
        ):
            # a time, not a speaker: The next morning the "victory lap" began
            att = None
        if att is not None and _cannot_speak(text, att):
            # "The rejection of ... was complete when Trump called ...": the
            # subject nearest the quote
            for m in p.CLAUSE_SUBJECT.finditer(text, att.end, seg.open_start):
                kind = _group_kind(m)
                candidate = _Attribution("sentence_subject", None, m.start(kind), m.end(kind), kind)
                if not _cannot_speak(text, candidate) and (
                    kind != "name" or _name_span(text, m.start(kind), m.end(kind)) is not None
                ):
                    att = candidate
            if _cannot_speak(text, att):
                att = (
                    _name_before_colon(text, att.end, seg.open_start)
                    or _subject_after_opening_phrase(text, sent_lo, seg)
                    or att
                )
        elif att is not None and att.kind == "nom":
            att = _clause_subject_after(text, att.end, seg.open_start) or att
        if att is not None:
            att = _relative_clause_subject(text, att.end, seg.open_start) or att
        if att is not None and (att.kind != "nom" or SUBJECT_NOMINALS):
            _resolve(text, att, people)
            return att
    return None


def _subject_after_opening_phrase(text: str, lo: int, seg: Segment) -> _Attribution | None:
    """The subject right after the comma that closes an opening phrase (of an
    introductory word) holding the quote, its verb after it: In a speech that
    dwelt on the "anger" over wages, Ann Park struck ... (Park, not the
    speech)."""
    first = p.LETTERS.match(text, lo)
    if first is None or first.group() not in p.INTRO_WORDS:
        return None
    hi = _sentence_end(text, seg.close_end, seg.para_end)
    comma = p.COMMA_GAP.search(text, seg.close_end, hi)
    if comma is None or p.ANY_MARK.search(text, seg.close_end, comma.start()):
        return None
    m = p.SUBJECT_HERE.match(text, comma.end(), hi)
    if m is None:
        return None
    kind = _group_kind(m)
    span = m.span(kind)
    if kind == "name":
        span = _name_span(text, *span)
        if (
            span is None
            or (span[0] != m.start(kind) and not _honorific_only(text, m.start(kind), *span))
            or _possessive_at(text, span[1])
        ):
            return None
        span = (m.start(kind), span[1])  # (with its honorific: "Ms. Hale")
    att = _Attribution("sentence_subject", None, *span, kind)
    if _cannot_speak(text, att) or p.WORD_AFTER_SUBJECT.match(text, att.end) is None:
        return None
    return att


def _name_before_colon(text: str, lo: int, hi: int) -> _Attribution | None:
    """The name that ends a clause whose subject cannot speak, right before
    the colon that opens the quote at `hi`: the name is the quote's speaker.
    Shape: The timing does not surprise pollster Tom Hale: "..." """
    m = p.NAME_ENDS_CLAUSE_AT_COLON.search(text, lo, hi)
    if m is None or " " not in m.group("name") or _after_preposition(text, m.start("name")):
        # (a full name, no language or place: quoting Leonardo in Italian: "...")
        return None
    return _named(text, m, "sentence_subject", None)


def _clause_subject_after(text: str, lo: int, hi: int) -> _Attribution | None:
    """The name or pronoun subject of the last clause of its own (after "but",
    "when", "while" ...) between a nominal sentence subject and the quote at
    `hi`: the quote is in that clause. Shape: The port director backed the
    plan, but he rated the cost "a scandal" (he, not "the port director").
    A name or pronoun sentence subject keeps the quote: it is more often the
    speaker than one in a clause after it."""
    found = None
    for m in p.CLAUSE_SUBJECT.finditer(text, lo, hi):
        kind = _group_kind(m)
        if kind == "nom" or not p.CLAUSE_OPENER_BEFORE.search(
            text, max(lo, m.start() - 10), m.start()
        ):
            continue
        candidate = _Attribution("sentence_subject", None, m.start(kind), m.end(kind), kind)
        if not _cannot_speak(text, candidate) and (
            kind != "name" or _name_span(text, m.start(kind), m.end(kind)) is not None
        ):
            found = candidate
    return found


def _relative_clause_subject(text: str, lo: int, hi: int) -> _Attribution | None:
    """The antecedent of a "who" after a sentence's subject whose clause runs on,
    with no comma, to the quote at `hi`: the relative clause says it, not the
    sentence's subject. Shape: The plan drew little notice until the debate
    reached Ann Park, who now hopes for "a bridge for everyone" (Park, written
    at "who"; not "who chairs the board, for his ...")."""
    at = text.rfind(" who ", lo, hi)
    if at < 0 or text.find(",", at, hi) >= 0:
        return None
    return _relative_before(text, lo, text[lo : at + 5], "sentence_subject", None)


def _signed_last_line(text: str, seg: Segment, people: speakers.People) -> _Attribution | None:
    """An unclosed quote whose closing mark ends the next line, which signs it.
    Shape: "We will not wait for the state. / Ann Park, Harbor Trust." """
    m = p.SIGNED_LAST_LINE.match(text, seg.para_end)
    span = m and _name_span(text, m.start("name"), m.end("name"))
    if not span or " " not in text[span[0] : span[1]]:
        # (a full name: a lone capitalised word may open a sentence)
        return None
    return _byline(text, *span, people)


def _byline(text: str, start: int, end: int, people: speakers.People) -> _Attribution:
    """The resolved attribution to a name that signs a quote (a byline)."""
    att = _Attribution("byline", None, start, end, "name")
    _resolve(text, att, people)
    return att


def _words_of(text: str, seg: Segment, lo: int) -> _Attribution | None:
    """The owner of the quoted words, named as "according to" names a source,
    right before the fragment (with its comma) or right after it. Shapes: Park
    was, in the words of a senior aide, "the torchbearer"; she dislikes
    "surprises," in the words of one staffer; in Hale's words, "a mess"."""
    m = None
    if text.find("words", lo, seg.open_start) >= 0:
        for m in p.WORDS_OF.finditer(text, lo, seg.open_start):
            pass
        if m is not None and text[m.end() : seg.open_start].strip(" \u00a0") != ",":
            m = None
    if m is None and text.find("words", seg.close_end, seg.close_end + 40) >= 0:
        m = p.WORDS_OF_AFTER.match(text, seg.close_end)
        if m is not None and not (
            # (a comma after the quote or inside it: "surprises," in the words of)
            text.startswith(",", seg.close_end) or text[seg.start : seg.end].rstrip().endswith(",")
        ):
            m = None
    if m is None:
        return None
    group = "name" if m.group("name") else "name2" if m.group("name2") else "nom"
    cue = m.group("cue") or m.group("cue2")
    return _Attribution("according_to", cue, m.start(group), m.end(group), group[:4])


def _possessed_speech(text: str, lo: int, hi: int) -> _Attribution | None:
    """The possessor of a noun for something said when the quote at `hi` is
    in the noun's complement (that, to, of, for) and no cue governs the noun:
    Politifact checked Hale's claim that there were "thousands of them"
    (Hale, not Politifact); Park blamed the council for making a fuss over
    Hale's claim that ... (Hale: the cue's object is the council); but Park
    blasted Hale's call for a "freeze" (Park: the claim is the cue's object)."""
    m = p.POSSESSED_SPEECH.search(text, lo, hi)
    if (
        m is None
        or len(m.group("rest")) > 60
        or _cue_governs(text, lo, m.start())
        or _find_cues(m.group("rest"))
    ):
        return None
    if m.group("pron"):
        return _Attribution("sentence_subject", None, m.start("pron"), m.end("pron"), "pron")
    return _named(text, m, "sentence_subject", None)


def _possessor_of_quoted_speech(text: str, seg: Segment, lo: int) -> _Attribution | None:
    """The possessor right before a quote that a noun for something said
    follows: the pull of Hale's "you can keep it" promise (Hale)."""
    m = p.SPEECH_NOUN_AT.match(text, seg.close_end)
    if m is None:
        return None
    m = p.POSSESSOR_BEFORE_QUOTE.search(text, max(lo, seg.open_start - 60), seg.open_start)
    if m is None:
        return None
    if m.group("pron"):
        return _Attribution("sentence_subject", None, m.start("pron"), m.end("pron"), "pron")
    return _named(text, m, "sentence_subject", None)


def _cue_governs(text: str, lo: int, at: int) -> bool:
    """A verb of speech between `lo` and `at`, close enough to `at` (under
    five words between) that what follows may be its object: Park blasted
    Hale's call (a cue far before, "blamed the council for making a fuss
    over Hale's claim", has an object of its own)."""
    cues = _find_cues(text[lo:at])
    return bool(cues) and len(p.WORD.findall(text, lo + cues[-1].end(), at)) < 5


def _cannot_speak(text: str, att: _Attribution) -> bool:
    """A sentence's subject that is no speaker: an abstract nominal ("The
    evidence"), "It", a possessor ("Clinton's attacks") or a common word
    capitalised at the sentence start ("Signs", "Much")."""
    mention = text[att.start : att.end]
    if att.kind == "pron":
        return mention in ("It", "it")
    if att.kind == "name":
        return mention.endswith(("’s", "'s")) or (
            " " not in mention and speakers.written_lower(text, mention)
        )
    end = _nominal_end(text, att.start, att.end)
    head = text[att.start : end].split()[-1].lower()
    return head.rstrip("s") not in p.SPEAKING_HEADS and head not in p.SPEAKING_HEADS
