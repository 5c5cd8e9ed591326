"""Reporting cues and the sentence shapes around quotes, as data.

Every pattern is compiled once at import. Each says, in its comment, the
sentence shape it is for, with a one-line example. Patterns only *find*
candidate speaker mentions and cues; turning a mention into a name is
quotes.speakers' job, and choosing between patterns is quotes.extract's.
"""

from __future__ import annotations

import re
from importlib import resources


def _read_list(name: str) -> list[str]:
    """One entry a line from a data file shipped in the package."""
    text = resources.files("quotes").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def words(text: str) -> frozenset[str]:
    """A set of words written as one white-space separated string."""
    return frozenset(text.split())


def _alternation(words: list[str]) -> str:
    """A regex alternation of `words`, written as a trie ("sa(?:id|ys?)") and
    trying longer words first, so "told reporters" wins over "told". A trie
    compiles and matches several times faster than a flat alternation of
    hundreds of words; a space matches any run of spaces."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [
            ("[ \u00a0]+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            # the word may end here; the longer words are tried first
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


# Reporting verbs and phrases, one a line in cues.txt ("said", "told reporters").
CUE_WORDS: list[str] = _read_list("cues.txt")
# Cue forms that are also common nouns ("her opening remarks", "his past
# comments"); like evaluative cues they need a named or pronoun subject.
NOUN_LIKE_CUES = words(
    "remarks comments reports claims charges notes states promises quotes hopes fears "
    "wants thought statement tweets posts answers counters warns vows pledges tweet post "
    "report comment claim remark note quote call"
)

# Verbs that quote a characterisation rather than a statement ("called the plan
# a disaster", "praised the project's rigor"). They attribute a quote only to
# a named speaker or a pronoun: "The judges praised its "unusual rigor"" is
# the writer's scare quote as often as the judges' words.
EVALUATIVE_WORDS: frozenset[str] = frozenset(_read_list("cues_evaluative.txt"))
MALE_NAMES: frozenset[str] = frozenset(_read_list("names_male.txt"))
FEMALE_NAMES: frozenset[str] = frozenset(_read_list("names_female.txt"))

# Horizontal space only: an attribution never runs over a line break.
SP = r"[ \t\u00a0]+"

# Evaluative cues a group performs, its words not a characterisation: the
# crowd chanted "Lock him up!" (a nominal subject counts for them).
GROUP_CUES = words("chanted chanting")
# Evaluative cues of an attitude rather than a judgement: only a named
# person or a pronoun holds them (not: his campaign wants ... "...").
ATTITUDE_CUES = words(
    """want wants wanted hope hopes hoped fear fears feared feel feels felt think thinks
    thought believe believes believed expect expects expected consider considers considered
    notes remarks comments"""
)
# Evaluative cues that also give a name: a book called "Open Water".
NAMING_CUES = words("called named dubbed labeled labelled termed branded")
PREPOSITIONS = words(
    """with of in for on at by from into about than like through across over under along
    around near behind past toward towards inside outside throughout"""
)

CUE = rf"(?:{_alternation(CUE_WORDS + sorted(EVALUATIVE_WORDS))})(?![\w’'-])"

# A reporting cue matched at a known word start. Shape: Whitfield said the
# council had "rushed a decision". Finding words first and trying the cue
# alternation only at words that can start a cue is ten times faster than
# letting the regex engine try every position.
CUE_AT = re.compile(rf"(?P<cue>{CUE})")
CUE_FIRST_WORDS = frozenset(w.split()[0] for w in CUE_WORDS + sorted(EVALUATIVE_WORDS)) | {
    "According"
}
LETTERS = re.compile(r"[A-Za-z]+")
# A whole run of letters that can open a cue, not after an apostrophe or a
# hyphen ("’s", "-said"): where CUE_AT is worth trying. One scan in the regex
# engine costs less than a set lookup per word in Python.
CUE_FIRST_WORD = re.compile(
    rf"(?<![A-Za-z’'\-])(?:{_alternation(sorted(CUE_FIRST_WORDS))})(?![A-Za-z])"
)

# Cues that may come before their speaker ("..., said Becker"); "told" and
# "called" are followed by whom they address or name, not by the speaker.
INVERTIBLE_CUES = words(
    """said says added adds asked asks wrote writes continued continues explained explains
    noted notes recalled recalls argued argues insisted insists replied replies responded
    observed remarked warned warns declared declares countered counters added concluded
    concludes acknowledged admitted cautioned conceded complained announced stated
    tweeted posted quipped joked cried shouted yelled wondered predicted mused exclaimed
    retorted recounted beamed laughed sighed smiled shrugged scoffed snapped gushed marveled
    marvelled grumbled muttered whispered chimed interjected cracked pressed pleaded begged
    boomed bellowed deadpanned hedged fumed raged griped opined reasoned surmised ventured
    assured read reads remembered reacted exhorted elaborated barked reported agrees agreed"""
)

# Words that sit between a speaker and the cue: auxiliaries, adverbs and a
# day. Shape: "...," Trump has repeatedly said. / "...," he later told
# reporters. / Park on Wednesday called it "reckless".
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
FILLER = (
    r"(?:has|have|had|would|will|could|did|does|do|was|is|kept|keeps|also|later|then|once|"
    r"previously|again|recently|further|never|often|still|even|just|first|"
    rf"[a-z]+ly|on{SP}{WEEKDAY}|(?:last|this|late|early){SP}(?:week|night|{WEEKDAY})|"
    rf"(?:can|could){SP}be{SP}(?:heard|seen))"
)

# Only such words between a subject and its verb.
FILLERS_ONLY = re.compile(rf"(?:{SP}{FILLER})*{SP}")

# Honorifics and titles written before a name; they give gender where they can
# and are stripped from the canonical name.
HONORIFICS_MALE = ("Mr", "Mr.", "Sir", "Lord", "Father", "Brother", "King", "Prince")
HONORIFICS_FEMALE = ("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Lady", "Dame", "Sister", "Queen")
TITLE_WORDS = (
    frozenset(
        [
            "Dr",
            "Dr.",
            "Sen",
            "Sen.",
            "Senator",
            "Rep",
            "Rep.",
            "Representative",
            "Gov",
            "Gov.",
            "Governor",
            "President",
            "Vice",
            "Secretary",
            "Undersecretary",
            "Admiral",
            "Presumptive",
            "Attorney",
            "General",
            "Gen",
            "Gen.",
            "Col",
            "Col.",
            "Lt",
            "Lt.",
            "Capt",
            "Capt.",
            "Sgt",
            "Sgt.",
            "Adm",
            "Adm.",
            "Mayor",
            "Judge",
            "Justice",
            "Chief",
            "Speaker",
            "Leader",
            "Majority",
            "Minority",
            "Prime",
            "Minister",
            "Chairman",
            "Chairwoman",
            "Chair",
            "Director",
            "Commissioner",
            "Councilman",
            "Councilwoman",
            "Councilmember",
            "Ambassador",
            "Professor",
            "Prof",
            "Prof.",
            "Rev",
            "Rev.",
            "Rabbi",
            "Pope",
            "Former",
            "former",
            "State",
            "House",
            "Senate",
            "Sheriff",
            "Deputy",
            "Assistant",
            "Press",
            "Spokesman",
            "Spokeswoman",
            "Candidate",
            "Congressman",
            "Congresswoman",
            "Supreme",
            "Lt.Gov.",
            "Pastor",
            "Bishop",
            "Cardinal",
            "Officer",
            "Detective",
            "Coach",
            "Democrat",
            "Republican",
            "Democratic",
            "Republican",
            "Independent",
            "GOP",
            "White",
            "Executive",
            "Founder",
            "CEO",
            "Officer",
            "Special",
            "Counsel",
            "Presidential",
            "Nominee",
            "Candidate",
            "Sec",
            "Sec.",
            "Amb",
            "Amb.",
            "Insp",
            "Inspector",
            "Chancellor",
            "Premier",
            "Emir",
            "Sultan",
            "Sen.-elect",
            "Senator-elect",
            "Governor-elect",
            "President-elect",
            "Lieutenant",
            "Sergeant",
            "Captain",
            "Colonel",
            "Superintendent",
            "Trustee",
            "Delegate",
            "Del.",
            "Assemblyman",
            "Assemblywoman",
            "Alderman",
            "Provost",
        ]
    )
    | frozenset(HONORIFICS_MALE)
    | frozenset(HONORIFICS_FEMALE)
)

# Capitalised words that start a sentence or a clause but are never a name.
# Months as newsrooms abbreviate them ("Sept. 12"): not names, and their periods end no sentence.
MONTH_ABBREVIATIONS = words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
NOT_NAME_WORDS = MONTH_ABBREVIATIONS | frozenset(
    [
        "The",
        "Another",
        "Others",
        "A",
        "An",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Or",
        "So",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "As",
        "Since",
        "Because",
        "Although",
        "Though",
        "Yet",
        "Still",
        "Then",
        "Now",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Your",
        "Who",
        "What",
        "Where",
        "Why",
        "How",
        "Which",
        "Asked",
        "Speaking",
        "Writing",
        "Meanwhile",
        "However",
        "Also",
        "Even",
        "Just",
        "Only",
        "Last",
        "Next",
        "Earlier",
        "Later",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "In",
        "For",
        "With",
        "Without",
        "From",
        "By",
        "To",
        "Of",
        "Under",
        "Over",
        "Both",
        "All",
        "Some",
        "Many",
        "Most",
        "One",
        "Two",
        "Three",
        "No",
        "Not",
        "Yes",
        "Indeed",
        "Instead",
        "Moreover",
        "Furthermore",
        "Nevertheless",
        "Nonetheless",
        "Additionally",
        "Similarly",
        "Likewise",
        "Meanwhile",
        "Thus",
        "Therefore",
        "Ultimately",
        "Finally",
        "Notably",
        "Despite",
        "During",
        "Until",
        "Like",
        "Unlike",
        "Among",
        "Mr",
        "Mrs",
        "Ms",
        "Read",
        "More",
        "Watch",
        "Click",
        "Photo",
        "Image",
        "Video",
        "AP",
        "Reuters",
        "UPDATE",
        "Update",
        "Breaking",
        "FULL",
        "TEXT",
        "According",
        "Dear",
        "Well",
        "Oh",
        "OK",
        "Okay",
        "Sure",
        "Again",
        "Also",
        "Thus",
        "Hence",
        "Hi",
        "Hello",
        "Regarding",
        "Following",
        "Throughout",
        "Amid",
        "Amidst",
        "Alongside",
        "Against",
        "Around",
        "Behind",
        "Toward",
        "Towards",
        "Via",
        "See",
        "Sign",
        "Subscribe",
        "Whether",
        "Every",
        "Each",
        "Such",
        "Perhaps",
        "Maybe",
        "Nor",
        "Neither",
        "Either",
        "Once",
        "Besides",
        "Beyond",
        "Given",
        "Including",
        "Whatever",
        "Whoever",
        "Contrary",
        "Whenever",
        "Wherever",
        "Unless",
        "Thanks",
        "Overall",
        "Ultimately",
        "Finally",
        "First",
        "Second",
        "Third",
    ]
)

# A contraction or possessive ending: "It's", "That’s", "Trump’s".
CONTRACTION = re.compile(r"(?:’s|'s|’|')$")

# Words that make a capitalised sequence an organisation or a place, not a person.
ORG_WORDS = frozenset(
    [
        "House",
        "Senate",
        "Congress",
        "Party",
        "Committee",
        "Department",
        "Times",
        "Post",
        "News",
        "Journal",
        "Street",
        "University",
        "College",
        "School",
        "Institute",
        "Center",
        "Centre",
        "Foundation",
        "Association",
        "Council",
        "Club",
        "Campaign",
        "Network",
        "Agency",
        "Bureau",
        "Office",
        "Court",
        "Inc",
        "Corp",
        "Company",
        "Group",
        "Fund",
        "Bank",
        "Times",
        "Tribune",
        "Herald",
        "Gazette",
        "Magazine",
        "Review",
        "Press",
        "Service",
        "Services",
        "America",
        "American",
        "States",
        "United",
        "Nations",
        "Union",
        "Fox",
        "CNN",
        "MSNBC",
        "NBC",
        "CBS",
        "ABC",
        "NPR",
        "PBS",
        "BBC",
        "Reuters",
        "Associated",
        "Politico",
        "POLITICO",
        "Breitbart",
        "Daily",
        "Weekly",
        "Post",
        "Guardian",
        "Telegraph",
        "Caucus",
        "Administration",
        "Republicans",
        "Democrats",
        "Republican",
        "Democratic",
        "County",
        "City",
        "State",
        "Federal",
        "National",
        "International",
        "Global",
        "Coalition",
        "Council",
        "Project",
        "Initiative",
        "Society",
        "Trust",
        "Church",
        "Museum",
        "Hospital",
        "Army",
        "Navy",
        "Force",
        "Commission",
        "Board",
        "Authority",
        "Ministry",
        "Parliament",
        "Assembly",
        "Legislature",
        "Council",
        "Media",
        "Research",
        "Poll",
        "Polling",
        "Institute",
        "Organization",
        "Organisation",
        "Times",
        "Watch",
        "Action",
        "Alliance",
        "Forum",
        "Tower",
        "Hall",
        "Square",
        "Avenue",
        "Road",
        "Airport",
        "Station",
        "Park",
        "Island",
        "River",
        "Lake",
        "Republic",
        "Bay",
        "Beach",
        "Springs",
        "Hills",
        "Falls",
        "Harbor",
        "Year",
        "Eve",
        "Mountain",
        "County",
        "Valley",
        "Twitter",
        "Facebook",
        "Google",
        "Apple",
        "Microsoft",
        "Amazon",
        "Review",
        "Report",
        "Act",
        "Bill",
        "Law",
        "Amendment",
        "Tea",
        "GOP",
        "DNC",
        "RNC",
        "FBI",
        "CIA",
        "NSA",
        "ISIS",
        "ICE",
        "EPA",
        "IRS",
        "DOJ",
    ]
)

# Places that look like names ("New Jersey said" is the state's government,
# not a person): US states and the countries most often in the news.
PLACES = words(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire
    Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee
    Texas Utah Vermont Virginia Washington Wisconsin Wyoming America China Russia Iran Iraq
    Syria Israel Japan Germany France Britain England Europe Canada Cuba Korea India
    Pakistan Afghanistan Turkey Egypt Libya Ukraine Africa Asia Beijing Moscow London Paris
    Brussels Orlando Chicago Philadelphia Cleveland Boston Atlanta Miami Detroit Denver
    Seattle Houston Dallas Phoenix Manhattan Brooklyn Harlem Hollywood Benghazi Tehran
    Baghdad Damascus Jerusalem Gaza Kabul Mosul Raqqa Aleppo Havana Venezuela Brazil
    Australia Italy Spain Greece Saudi Arabia Yemen Qatar Jordan Lebanon Vietnam Puerto Rico"""
) | frozenset(
    # state abbreviations after a town ("in Portsmouth, N.H., Sanders said"),
    # with and without their period
    w + dot
    for w in words(
        """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn
        Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo N.H N.J N.M N.Y N.C N.D
        S.C S.D R.I W.Va D.C"""
    )
    for dot in ("", ".")
)

PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers"})
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"

# One word of a personal name: "Wenfeng", "O’Rourke", "Jean-Claude", "J.", "Jr.".
NAME_TOKEN = (
    r"(?:[A-Z]\.(?:[A-Z]\.)*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|St|Rev|Sgt|Capt|Prof|"
    r"Adm|Amb|Sec|Pres|Lt|Maj|Cmdr|Supt|Insp)\.|[A-Z][\w’'\-]*)"
)
NAME_PARTICLE = r"(?:de|De|van|Van|von|der|den|da|del|della|di|du|la|le|bin|ibn|al|el|St\.)"
# A capitalised name, possibly with an honorific, particles and a party tag.
# Shape: Sen. Ted Cruz (R-Texas) / Pierre de Vos / Liang Wenfeng
NAME = (
    rf"{NAME_TOKEN}(?:{SP}(?:{NAME_PARTICLE}{SP})*{NAME_TOKEN})*"
    r"(?:[ \u00a0]*\([A-Z][\w.\- ,]{0,20}\))?"
)

# Determiners that open a nominal speaker: "a spokesman", "the campaign".
DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|"
    r"[Oo]ther|[Mm]ost|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|"
    # a possessor, not a contraction ("He’s claiming", "That's why"); a name
    # in "s" may take the apostrophe alone ("Sanders’ aide")
    r"(?!(?:He|She|It|That|There|What|Who|Here|Let|Where|How)[’'])[A-Z][\w.\-]*(?:’s|'s|(?<=s)[’']))"
)
DETERMINER_AT = re.compile(rf"{DETERMINER}{SP}")
# A modifier inside a nominal; never a determiner or a preposition, so that
# "in the past the campaign" yields "the campaign", not the whole phrase.
MODIFIER = (
    r"(?!(?:the|a|an|of|in|on|at|to|for|and|or|but|that|with|by|from|as|who|which|"
    r"when|while|said|says|what|whom|whose|this|these|those|is|are|was|were|has|have|had|"
    r"it|he|she|they|we|I|you|not|if|could|would|should|will|can|may|might|must|be|been|"
    r"being|do|does|did|when|where|then|than|also|later|often|still|even|just|again|"
    r"recently|previously|further|never)\b(?![\-’']))"
    # a period only inside an abbreviation (F.B.I.), never a sentence's end
    r"(?:(?:[A-Za-z]\.){2,}|[\w’'\-]+(?:\.[\w’'\-]+)*)"
)
# Plural heads that speak without a determiner: "officials said".
BARE_HEADS = (
    r"(?:officials|sources|aides|critics|experts|analysts|supporters|observers|advocates|"
    r"voters|residents|witnesses|police|authorities|investigators|prosecutors|organizers|"
    r"protesters|lawmakers|staffers|insiders|people|others|Republicans|Democrats|"
    r"conservatives|liberals|members|leaders|strategists|officers|doctors|scientists|"
    r"economists|researchers|historians|activists|organisers|spokesmen|representatives)"
)
NOMINAL = (
    rf"(?:{DETERMINER}{SP}(?:{MODIFIER}{SP}){{0,4}}{MODIFIER}"
    rf"|(?:{MODIFIER}{SP}){{0,2}}{BARE_HEADS}"
    # a share of people polled: 21 percent said / 52% of voters agreed /
    # four in 10 said / nine out of 10 say
    rf"|\d[\d,.]*(?:%|{SP}percent)"
    rf"|(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)"
    rf"{SP}(?:in|out{SP}of){SP}(?:\d+|three|four|five|ten)(?![\w,.]))"
)

# One or more of a group, or "another" (some, most, both) alone. Shapes:
# "...," said one of the mayor's aides. / "...," tweeted another. / Yet
# another said, "..."
PARTITIVE = (
    rf"(?:(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|[Ee]ach){SP}of{SP}"
    rf"(?:{NOMINAL}|th(?:ose|ese){SP}(?:{MODIFIER}{SP}){{0,3}}{MODIFIER})"
    rf"|(?:[Aa]nother|[Oo]thers?|[Ss]ome|[Mm]any|[Mm]ost|[Bb]oth)(?![\w’'\-]))"
)

# A pronoun is tried first: "He" also looks like a one-word name.
# (a pronoun may carry a contraction: "He’s claiming", "They’re")
SUBJECT = (
    rf"(?P<pron>\b{PRONOUN}(?=[’'](?:s|d|ll|re|ve|m)\b|(?![\w’'\-])))"
    rf"|(?P<name>{NAME})|(?P<nom>{NOMINAL}|{PARTITIVE})"
)

# Two kinds of people after "with", right before a group's cue (GROUP_CUES).
# Shape: ..., with many marchers and onlookers chanting "..."
WITH_GROUP_BEFORE = re.compile(
    rf"(?<![\w’'\-])with{SP}(?P<nom>(?:{MODIFIER}{SP}){{0,2}}{MODIFIER}{SP}and{SP}"
    rf"(?:{MODIFIER}{SP})?{MODIFIER}){SP}$"
)

# A group (a plural, a crowd) a "where" clause sets somewhere, right before a
# group's cue after a comma. Shape: ..., where about 50 workers had gathered on
# Monday, chanting
WHERE_GROUP_BEFORE = re.compile(
    rf"(?<![\w’'\-])where{SP}(?P<nom>(?:[\w’'\-]+{SP}){{0,3}}(?:[a-z]+s|crowd|audience)){SP}"
    rf"(?:(?:had|have|has|were|was){SP})?"
    rf"[a-z]+ed\b[^,;:()“”\"]{{0,150}},{SP}$"
)

# A text sent or signed by a named person, right before its verb of speech (a
# short time or place between). Shape: A fundraising email sent out by Ann
# Park on Tuesday night warned ... (Park)
DOCUMENT_BY_AGENT = re.compile(
    rf"(?<![\w’'\-])(?:[Tt]he|[Aa]n?)(?:{SP}[\w\-]+){{0,2}}{SP}"
    rf"(?:e-?mail|letter|memo|statement|release|message|note|tweet|post){SP}"
    rf"(?:sent|released|signed|issued|written|posted){SP}(?:out{SP})?by{SP}(?P<name>{NAME})"
    rf"(?:{SP}(?:on|in|at|last|this){SP}[^,;:“”\"()]{{1,30}}?)?{SP}$"
)

# A subject and nothing else (fullmatch it): Mr. Hale / The mayor.
SUBJECT_ALONE = re.compile(SUBJECT)

# A speaker (with an optional apposition) right before a cue, at the end of a
# piece of text. Shapes: "...," Okafor said. / Scott Pruitt, the Republican
# attorney general of Oklahoma, said ... / the campaign said
SUBJECT_BEFORE_CUE = re.compile(
    rf"(?<![\w’'\-])(?:{SUBJECT})"
    rf"(?P<appos>,{SP}(?!(?:and|but|or|then|while|so|yet){SP})[^,;:“”\"()]{{2,110}}?,)?{SP}(?:{FILLER}{SP}){{0,3}}$"
)

# A speaker introduced by "who" (a group by "which") right before a cue,
# perhaps with a time between. Shape: Becker, who led the inspection, said ...
# / ... Smith, who in 2010 said the plan was "a disaster" / Smith, who, after
# a long pause, said ...
_RELATIVE_BEFORE_CUE = (
    rf"(?P<who>who|which)(?:,{SP}[a-z][^,;:“”\"()]{{1,80}}?,)?{SP}"
    rf"(?:(?:in|on|at|last|this|earlier|later){SP}[\w’'\-.]+{SP}(?:[\w’'\-.]+{SP})?)?"
    rf"(?:{FILLER}{SP}){{0,3}}$"
)
WHO_BEFORE_CUE = re.compile(
    rf"(?<![\w’'\-])(?P<name>{NAME}|{NOMINAL}),{SP}(?:[a-z\d][^,;:“”\"()]{{1,79}}?,{SP})?"
    + _RELATIVE_BEFORE_CUE
)
# The same with the name right before the relative pronoun, the nearest
# antecedent (the comma may be missing; a home state may follow the name).
# Shape: Park backed Tom Hale, who argued ... / Sen. Ann Park of Ohio, who
# mused ... / the city's police department which reported ...
NAME_WHO_BEFORE_CUE = re.compile(
    rf"(?<![\w’'\-])(?P<name>{NAME})(?:{SP}(?:of|from){SP}[A-Z][\w’'\-.]*)?,?{SP}"
    + _RELATIVE_BEFORE_CUE
)

# Quote, cue, speaker. Shape: "The inspection report was the turning point,"
# said Tom Becker, the city's chief engineer.
AFTER_CUE_SPEAKER = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:{FILLER}{SP})?(?P<cue>{CUE}){SP}"
    rf"(?:(?P<pron>{PRONOUN}(?![\w’'\-]))|(?P<name>{NAME})|(?P<nom>{NOMINAL}|{PARTITIVE}))"
)

# Where a speaker is from, between the name and the cue. Shape: Senator Ann
# Park of Ohio said
FROM_PLACE = rf"(?:{SP}(?:of|from){SP}[A-Z][\w’'\-.]*(?:{SP}[A-Z][\w’'\-.]*)?)?"

# Quote, speaker, cue. Shape: "I am not against fixing the bridge," Whitfield
# said. / "...," the city's chief engineer, Tom Becker, said. / "...," Senator
# Ann Park of Ohio said. / "...," Ann Park, the economist at Fenwick Bank, one
# of the lenders, said. (A second apposition opens in lower case: not "...,"
# the club, a course in Riverton, Fla., charged.) The second may close a list
# in lower case: "...," Ann Park, head of roads, bridges, and docks, said.
AFTER_SPEAKER_CUE = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:{SUBJECT}){FROM_PLACE}"
    rf"(?P<appos>,{SP}(?!(?:and|but|or|then|while|so|yet){SP})[^,;:“”\"()]{{2,150}}?,"
    rf"(?:{SP}(?!(?:and|but|or|then|while|so|yet){SP})[a-z][^,;:“”\"()]{{1,80}}?,"
    rf"(?:{SP}(?:and|or){SP}[a-z][^,;:“”\"()]{{1,40}}?,)?)?)?{SP}(?:{FILLER}{SP}){{0,3}}(?P<cue>{CUE})"
)

# Quote, a nominal whose modifiers are set off by commas or joined by "and"
# (or opening with "this"), cue. Shapes: "...," the retired, 71-year-old pilot
# said. / "...," the Ohio senator and Republican candidate told reporters. /
# "...," this source told the Gazette.
AFTER_LONG_NOMINAL_CUE = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?P<nom>(?:the|this|an?){SP}"
    rf"(?:{MODIFIER}(?:,|{SP}and)?{SP}){{0,8}}?{MODIFIER}){SP}(?:{FILLER}{SP}){{0,3}}(?P<cue>{CUE})"
)

# Quote, a role that names no one, the person's name set off by commas, cue.
# Shape: "...," the mayor's chief of staff, Tom Hale, told the Gazette.
AFTER_ROLE_NAME_CUE = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?P<role>(?:{DETERMINER}|[A-Z][\w.]*){SP}[^,;:“”\"()]{{2,60}}?),{SP}"
    rf"(?P<name>{NAME}),{SP}(?:{FILLER}{SP}){{0,3}}(?P<cue>{CUE})"
)

# Quote, speaker, an apposition the writer forgot to close, cue. Shape: "...,"
# Ann Park, the pollster who founded Riverton Surveys tweeted on Wednesday.
AFTER_SPEAKER_OPEN_APPOS_CUE = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?P<name>{NAME}),{SP}"
    rf"(?P<appos>(?:the|a|an){SP}[^,;:“”\"()]{{2,110}}?){SP}(?P<cue>{CUE})"
)

# A name after lower-case descriptors, right after the quote. Shapes: "...,"
# said former Obama adviser David Axelrod. / "...," former Obama adviser David
# Axelrod said.
# (no clause word among them: "... regarding her links while Sanders suggests")
NOT_DESCRIPTOR = (
    r"(?!(?:while|and|but|as|when|because|although|though|if|after|before|since|until|"
    r"whereas|regarding|that|which|who)\b)"
)
DESCRIPTOR = (
    rf"(?P<desc>{NOT_DESCRIPTOR}[a-z\d][\w’'\-/]*{SP}(?:{NOT_DESCRIPTOR}[\w’'\-.]+{SP}){{0,5}}?)"
)
NAME_END = (
    rf"(?=[ \t\u00a0]*(?:[,.;:!?)—–]|$)|{SP}(?:in|at|on|during|after|before|when|while|"
    r"to|from|who|whose|about|last|this|earlier|later|as|and|but|with|via|recently|"
    r"yesterday|today|tonight|told|said|says|adding|noting|according)\b)"
)
AFTER_CUE_DESCRIBED = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:{FILLER}{SP})?(?P<cue>{CUE}){SP}{DESCRIPTOR}(?P<name>{NAME}){FROM_PLACE}{NAME_END}"
)
AFTER_DESCRIBED_CUE = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*{DESCRIPTOR}(?P<name>{NAME}){FROM_PLACE}"
    rf"(?P<appos>,{SP}(?!(?:and|but|or|then|while|so|yet){SP})[^,;:“”\"()]{{2,110}}?,)?{SP}(?:{FILLER}{SP}){{0,3}}(?P<cue>{CUE})"
)

# Quote, two speakers joined by "and", cue. Shape: "...," state Senate leader
# Ann Park and House Speaker Tom Hale, both Republicans, said in a statement.
# (descriptor words, no preposition: not ..." between Cruz and Trump. And Park says)
_PAIR_DESCRIPTOR = (
    rf"(?:{NOT_DESCRIPTOR}(?!(?:between|with|of|for|to|by|from|against|on|in|at|about)\b)"
    rf"[\w’'\-]+{SP}){{0,4}}?"
)
# (their institution may follow: ... and Ann Park of Riverton's Institute for
# Port Studies wrote)
FROM_INSTITUTION = (
    rf"(?:{SP}(?:of|from|at){SP}[A-Z][\w’'\-.]*"
    rf"(?:{SP}(?:(?:for|of|and|on){SP})?[A-Z][\w’'\-.]*){{0,6}})?"
)
AFTER_PAIR_CUE = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*{_PAIR_DESCRIPTOR}(?P<name>{NAME}){SP}and{SP}{_PAIR_DESCRIPTOR}"
    rf"{NAME}{FROM_INSTITUTION}(?:,{SP}[^,;:“”\"()]{{2,110}}?,)?{SP}(?:{FILLER}{SP}){{0,3}}(?P<cue>{CUE})"
)

# A name after capitalised and lower-case descriptors at a sentence start;
# no subject pronoun among them (Then she cut into Tom Hale, ...).
# Shape: Democratic presidential candidate Sen. Bernie Sanders (I-Vt.) said ...
DESCRIBED_AT_START = re.compile(
    rf"(?:[A-Z][\w’'\-.]*{SP}){{0,2}}"
    rf"(?:(?!(?:he|she|they|we|i){SP})"
    rf"[a-z][\w’'\-]*{SP}){{1,4}}(?P<name>{NAME})"
)

# The agent of a passive cue, the one who asked. Shape: Park was asked by host
# Tom Hale, "..." / by Riverton News moderator Tom Hale whether ...
PASSIVE_CUES = frozenset({"asked", "told", "pressed", "questioned"})
PASSIVE_AGENT = re.compile(
    rf"{SP}by{SP}(?:(?:[A-Z][\w’'\-.]*{SP}){{0,2}}(?:[a-z][\w’'\-]*{SP}){{1,3}})?(?P<name>{NAME})"
)

# A name after an outlet and a lower-case role (no article, preposition or
# "that"), right after an inverted cue, before the comma or colon of its
# quote. Shape: asked Riverton News moderator Ann Lee: "..."
DESCRIBED_BEFORE_MARK = re.compile(
    rf"{SP}(?:[A-Z][\w’'\-.]*{SP}){{0,2}}"
    rf"(?:(?!(?:the|an?|that|of|on|in|at|to|for|with|by|from|about|live)\b)[a-z][\w’'\-]*{SP}){{1,3}}"
    rf"(?P<name>{NAME})(?=[,:])"
)

# A verb whose infinitive is a cue, between the subject and the cue, when it
# means the speaking was done (not "refused to say", "declined to comment").
# Shapes: Hale was prompted to say / went on (goes on) to say / went so far as to say /
# took to Twitter to call
VERB_BEFORE_INFINITIVE = re.compile(
    rf"(?<=[ \t\u00a0])(?:(?:(?:went|goes|go){SP}on|went{SP}so{SP}far{SP}as|proceeded|continued|rushed|hastened|"
    rf"paused|stopped|(?:took|takes?|taking){SP}to{SP}[A-Z][\w.]*)|(?:was|were|is|are|felt){SP}"
    rf"(?:prompted|moved|forced|compelled|quick|careful|eager|happy|glad|proud)){SP}to{SP}$"
)

# A paragraph of one word between two quotes of a speaker. Shape: Pause.
STAGE_DIRECTION = re.compile(r"[A-Z][a-z]{2,15}\.")

# A headline crediting a person before a colon. Shape: Ann Park: 'We Will
# Build the Pier'
HEADLINE_SPEAKER = re.compile(rf"(?P<name>{NAME}):{SP}")

# A name that speaks, with no cue of quoting. Shape: since Hale spoke only in
# vague terms during the interview
NAME_SPOKE = re.compile(
    rf"(?<![\w’'\-])(?P<name>{NAME}){SP}(?:(?:also|then|later|first|briefly){SP})?"
    rf"(?:spoke|speaks)(?![\w\-])"
)

# A verb that moves its object to speak, and the object, before the
# infinitive cue. Shape: a win that led her to declare ... / prompted Ann Park
# to say / ..., leading Ann Park to counter that ...; the name may be an
# example of a group: leading Park advisers like Tom Hale to counter ...
OBJECT_BEFORE_INFINITIVE = re.compile(
    rf"(?<=[ \t\u00a0])(?:led|leading|prompted|prompting|forced|forcing|caused|causing|moved"
    rf"|pushed|pushing|compelled|spurred|spurring|inspired)"
    rf"{SP}(?:(?P<pron>him|her|them)|(?:[\w’'\-]+{SP}){{1,4}}?(?:like|such{SP}as){SP}"
    rf"(?P<name>{NAME})|(?P<name2>{NAME})){SP}to{SP}$"
)

# A participle of talking and its listener's preposition, between a subject
# and its cue: A source speaking to Harbor News said ...
TALKING_TO = ("speaking to ", "talking to ", "speaking with ", "talking with ")


# A preposition of place between a subject and the nominal that says where it
# is: a staffer in the room wondered ...
PLACE_PREPOSITIONS = (" in ", " at ", " inside ", " outside ", " among ", " near ", " behind ")

# A name and the comma before its apposition, at a sentence start.
NAME_THEN_COMMA = re.compile(rf"[ \t\u00a0]*(?P<name>{NAME}),{SP}")

# A question put to someone, right before its quote, no asker named. Shapes:
# Park was asked, "..." / Park was asked about the "..." / Asked whether Hale
# is "..." (not: Asked by Tom Hale ...; not: Asked about it, Park said "...")
QUESTION_PUT = re.compile(
    rf"(?:^[ \t\u00a0]*(?P<opener>Asked)(?!{SP}by\b)[^,;:“”\"]*"
    rf"|\b(?:was|were|is|are|been|being){SP}(?P<passive>asked)(?!{SP}by\b)"
    rf"(?:{SP}[a-z]+){{0,8}}[,:]?[ \t\u00a0]*)$"
)

# A cue and its complement right before "according to", with no comma.
# Shape: ... Park said in a statement according to the Post.
CUE_BEFORE_ACCORDING = re.compile(
    rf"{SP}(?:said|says|wrote|told{SP}[\w’'\-]+)(?:{SP}(?:in|on){SP}(?:an?|the){SP}[a-z]+)?{SP}$"
)

# "according to" and the source after it. Shape: "...," according to Becker.
# (a source may go without a determiner: according to audio provided by ...,
# according to multiple intelligence sources)
ACCORDING_TO = re.compile(
    rf"(?<![\w’'\-])(?P<cue>[Aa]ccording{SP}to){SP}"
    rf"(?:(?P<name>{NAME})|(?P<nom>{NOMINAL}|(?=[a-z])(?:{MODIFIER}{SP}){{0,2}}{MODIFIER}))"
)

# The author of a text, after it. Shape: (a court filing) filed by state
# attorney Ann Park
AUTHOR_AFTER = re.compile(
    rf"{SP}(?:(?:filed|written|released|issued|signed|prepared|sent){SP})?by{SP}"
    rf"{DESCRIPTOR}?(?P<name>{NAME})(?![\w’'\-])"
)
# "and" and a capital after a name, which goes on: (the Harbor) and Bay Commission
AND_NAME = re.compile(rf"{SP}(?:and|&){SP}[A-Z]")

# A source named as the owner of the quoted words, like "according to", right
# before the quote (its comma after) or right after it. Shapes: in the words
# of a senior aide, "..."; "...," in the words of Tom Hale; in Hale's words, "..."
_WORDS_OF = (
    rf"(?<![\w’'\-])(?P<cue>[Ii]n{SP}the{SP}words{SP}of){SP}(?:(?P<name>{NAME})|(?P<nom>{NOMINAL}))"
    rf"|(?<![\w’'\-])[Ii]n{SP}(?P<name2>{NAME})(?:’s|'s|’|'){SP}(?:own{SP})?(?P<cue2>words)\b"
)
WORDS_OF = re.compile(_WORDS_OF)
WORDS_OF_AFTER = re.compile(rf",?{SP}(?:{_WORDS_OF})")

# An outlet reporting the whole sentence, at its end. Shapes: ..., said Ann
# Park, reports the Riverton Post. / ..., the Riverton Post reported.
REPORTED_BY_AT_END = re.compile(
    rf",{SP}(?:(?:first{SP})?(?P<cue>reports|reported){SP}(?:the{SP})?(?P<name>{NAME})"
    rf"|(?:[Tt]he{SP})?(?P<name2>{NAME}){SP}(?:first{SP})?(?P<cue2>reports|reported))"
    r"[ \t\u00a0]*\.?$"
)

# An apposition giving a role after a name. Shape: Tom Becker, the city's
# chief engineer. / Liang Wenfeng, CEO of DeepSeek,
ROLE_AFTER_NAME = re.compile(
    rf",{SP}(?!(?:who|which|where|when|whose|according|as|and|but|said|says|in|on|at|meanwhile|"
    r"however|though|too|also|instead|again|then|now|still|apparently|nonetheless|for|not)\b)"
    r"(?P<role>(?:[a-z]+|[A-Z])[^,;:“”\"()\n]{1,100}?)(?=,|\.(?:\s|$)|;|:|$|\s+(?:said|says)\b)"
)

# A dash byline after a quote. Shape: "Read the fine print." ― Carla Sanchez
DASH_BYLINE = re.compile(rf"[ \t\u00a0]*[―—–-]{{1,2}}[ \t\u00a0]*(?P<name>{NAME})")

# A byline closing the paragraph a quote opens, after its last closing mark.
# Shape: “I’d rather live in what he calls “hell” than ...” ― Ann Park
BYLINE_AT_PARAGRAPH_END = re.compile(
    rf"[”\"][ \t\u00a0]*[―—–]{{1,2}}[ \t\u00a0]*(?P<name>{NAME})[ \t\u00a0.]*$"
)

# A pull quote signed on its own last line, before its closing mark: the
# name, a comma and an affiliation or a role. Shape: "We will not wait. /
# Ann Park, Harbor Trust."
SIGNED_LAST_LINE = re.compile(
    rf"\n[ \t\u00a0]*(?P<name>{NAME}),{SP}[^\n,;:\"“”]{{3,80}}?[.]?[\"”][ \t\u00a0]*(?:\n|$)"
)

# A byline paragraph after a quote. Shape: "..." / - Hillary Clinton.
BYLINE_PARAGRAPH = re.compile(
    rf"\s*[―—–-]{{1,2}}[ \t\u00a0]*(?P<name>{NAME})[ \t\u00a0]*(?:[.]|,[^\n]{{0,80}})?[ \t\u00a0]*(?:\n|$)"
)

# Any quote mark (a paragraph with one is not plain reported speech).
ANY_MARK = re.compile(r"[\"“”«»„「」]|''")

# A dateline opening an article. Shape: LA CROSSE, Wisc. — Gov. Mike Pence ...
DATELINE = re.compile(
    r"[ \t\u00a0]*[A-Z][A-Z .'’\-]+(?:,[^—–\n]{0,30}?)?[ \t\u00a0]*[—–-]+[ \t\u00a0]*"
)
# Cues whose object is a clause (not a person) even with no "that": a subject
# right after one is the subject of the speech it reports. Shape: Hale said
# Park called it "a waste" (Hale's report; not: Hale attacked Park, ...).
CLAUSE_CUES = words(
    """said says say added adds argued argues insisted insists claimed claims noted notes
    wrote writes explained explains suggested suggests"""
)
# Between a cue and the subject of the speech it reports: "that", or a time
# or place first. Shape: Trump said during a rally that Clinton described ...
REPORTED_CLAUSE = re.compile(rf"[^“”\"]{{0,80}}?\b(?:that|what){SP}")

# Conjunctions opening a clause before the main one, at a sentence start.
CLAUSE_OPENERS = ("When ", "After ", "As ", "Before ", "Once ", "Until ", "While ")

# A relative clause's named subject and cue, right before a quote. Shape: in
# a clip that Judge Ann Park called "distasteful," Hale ... (Park's word).
RELATIVE_CUE_END = re.compile(
    rf"\b(?:that|which){SP}(?:[A-Z][\w.\-]*{SP}){{1,6}}"
    rf"(?:{_alternation(sorted(INVERTIBLE_CUES | NAMING_CUES))})$"
)

# A full name after a dash and before a colon, as roundups credit a quote.
# Shape: Polls missed the surge - Carl Bialik: "..."
NAME_BEFORE_COLON = re.compile(rf"[―—–-]{{1,2}}{SP}(?P<name>{NAME})[ \t\u00a0]*:$")

# A source introduced by "from" right before the colon of its quote, as
# roundups credit an excerpt. Shapes: More from Park: "..." / From the
# report: "..." / - More from Park and Hale: "..."
FROM_BEFORE_COLON = re.compile(
    rf"(?:^|[.!?―—–-])[ \t\u00a0]*(?:More{SP}from|From){SP}"
    rf"(?:(?P<name>{NAME})(?:{SP}and{SP}{NAME})?|(?P<nom>the{SP}(?P<head>[a-z]+)))[ \t\u00a0]*:$"
)

# What may follow a cue that closes its sentence: a time, a place, a medium
# ("the mayor said Friday.", "Park told reporters in Riverton."), not a clause.
REPORT_TAIL = re.compile(
    rf"(?:{SP}(?:on|in|at|during|to|after|before|last|this|earlier|later|"
    rf"{WEEKDAY})\b[^,;:“”\"]{{0,40}})?[.!?]?"
)

# People polled, and the poll that speaks for them (a nominal ending in its
# head). Shape: In a Harbor Trust poll, 41 percent of voters said ...
POLLED_HEADS = words(
    """percent % voters Americans Republicans Democrats independents respondents adults
    people residents members supporters"""
)
POLL_NOMINAL = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[A-Z][\w.\-]*(?:’s|'s)){SP}"
    rf"(?:[\w’'\-/.]+{SP}){{0,5}}?(?:poll|survey)\b"
)

# "said", its speaker (a nominal and the name it gives, or a nominal) and a
# time, closing a sentence. Shape: said the bureau's director, Tom Hale, on
# Monday.
CLOSING_INVERTED = re.compile(
    rf"said{SP}(?:{NOMINAL},{SP}(?P<name>{NAME}),?|(?P<nom>{NOMINAL}))"
    rf"(?:{SP}(?:on|in|at|during|last|this|earlier|later)\b[^,;:“”\"]{{0,40}})?[.!?]?"
)

# A conjunction opening another clause: "..." as Mr. Trump, while Trump refers ...
CLAUSE_BREAK = re.compile(
    r"\b(?:while|whereas|but|and|although|because|when|after|before)\b"
    # "though" set off by a comma is an adverb: ..." though, Park said
    r"|\bthough\b(?!,)"
)

# A speaker's name in capitals, as transcripts write it: "WALLACE", "MIKE PENCE".
TRANSCRIPT_NAME = re.compile(r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}")

# A transcript turn. Shape: WALLACE: Governor, is it true that ...
TRANSCRIPT_SPEAKER = re.compile(r"^[ \t\u00a0]*(?P<name>[A-Z][A-Z.'’\- ]{1,30}[A-Z]):[ \t]")

# A transcript turn opening a quote. Shape: "WALLACE: Governor, is it true?
QUOTED_TRANSCRIPT = re.compile(r"[ \t\u00a0]*(?P<name>[A-Z][A-Z.'’\- ]{1,30}[A-Z]):[ \t]")

# The subject at the start of a sentence, after an optional introductory
# clause. Shape: In a statement on Tuesday, the campaign said ...
# A nominal at a known start, ending where a verb follows. Shape: The Florida
# senator sought ... (without a parser, the verb is an -ed or -s form, an
# auxiliary, an adverb or one of the commonest irregular verbs)
AUXILIARIES = r"has|had|was|is|are|were|will|would|can|could|did|does|do|may|might|must|should"
# Verbs in the past tense that do not end in -ed, and words that come between
# a subject and its verb.
IRREGULAR_VERBS = (
    r"sought|took|told|made|gave|went|came|thought|felt|got|kept|left|met|ran|saw|spoke|wrote|"
    r"became|began|brought|says|said|seems|also|now|then|still|just|never|again|laid|led|held|"
    r"stood|won|lost|sent|put|set|let|cut|hit"
)
VERB_AFTER = rf"(?:[a-z]+ed|[a-z]+ly|{AUXILIARIES}|{IRREGULAR_VERBS}|tweeted)\b"
# A word inside a matched nominal that is the verb after it: "the Daily News
# focuses on", "the Security Council issued", "Its hosts don't" (an -ly word
# that is a noun, "family", "rally", is no adverb).
VERB_IN_NOMINAL = re.compile(
    r"(?:(?!(?:fami|al|ral|supp|assemb|dai|week|month|bul|rep|tal|anoma|jel|bel|fol|hol)ly\b)"
    rf"[a-z]+ly|[a-z]+ed|[a-z]+n[’']t|{AUXILIARIES}|{IRREGULAR_VERBS}|make|want|know|think|believe"
    rf"|[a-z]+[^su\W]s(?={SP}(?:(?:on|that|the|a|an|his|her|its|their|him|them|to|it|this|"
    r"these|those|us|me|you|for)\b|[“\"A-Z])))\b"
)
# A person's name closing a nominal. Shape: the Democratic candidate Hillary Clinton
NAME_ENDING_NOMINAL = re.compile(
    rf"(?<=[a-z’'][ \u00a0])(?P<name>(?P<first>[A-Z][a-z]+)(?:{SP}{NAME_TOKEN}){{1,2}})"
)
# Determiners that can be the whole nominal: "Another featured five ..."
STANDALONE_DETERMINERS = words("another one some several many most two three others both")
OBJECT_AFTER = re.compile(
    rf"{SP}(?:the|a|an|her|his|him|them|its|their|it|that|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b"
)
NOMINAL_AT = re.compile(
    rf"{DETERMINER}{SP}(?:{MODIFIER}{SP}){{0,4}}?{MODIFIER}(?={SP}{VERB_AFTER})"
    # else at most three words after the determiner: The party's nominee ...
    rf"|{DETERMINER}{SP}(?:{MODIFIER}{SP}){{0,1}}{MODIFIER}(?![\w’'\-])"
)

# Words opening a subordinate clause before the subject, perhaps after "And"
# or "But". Shape: And although he thanked them, he said ...
SUBORDINATORS = words(
    "although though because while when whereas unless once as after before since if"
)

# Words opening an introductory phrase before the subject; the phrase may hold
# commas of its own. Shape: At a rally in Portsmouth, N.H., on Tuesday,
# Senator Bernie Sanders said ...
INTRO_WORDS = words(
    """At In On During After Before Amid Following Here There Later Earlier Last Since
    Despite Unlike Like With Without For From Over Under Asked Speaking Informed Pressed
    Told When While As Instead Meanwhile Still Yet Then Now Today Yesterday Indeed However
    Afterward Afterwards Once Back Early Late Elsewhere Separately Across Throughout Until
    Within Upon Among Ahead Addressing Responding Writing Appearing Campaigning Moreover
    Furthermore Nevertheless Nonetheless Additionally Similarly Likewise Thus Therefore
    Ultimately Finally Notably Alongside"""
)
# A comma, or a spaced dash, closing a piece of an introductory phrase:
# Politicizing the storm ― much as he did in May ― Hale blamed ...
COMMA_GAP = re.compile(rf"(?:,|{SP}[―—–]){SP}")
# The same before the subject after an opening phrase, past a focusing adverb:
# "Amid the protests, even a senior adviser said ..."
INTRO_GAP = re.compile(rf"(?:,|{SP}[―—–]){SP}(?:even{SP})?")
# The agent of a participle, at most a short place or time phrase after it:
# "Reached by Politico", "Preceded at the lectern by Ann Lee".
RELATIVE_AFTER = re.compile(rf"{SP}(?:that|which|who)\b")
AGENT_AFTER_PARTICIPLE = re.compile(r"(?: (?:at|on|in) (?:the |a )?[a-z]+)? by ")
# An opening phrase of a preposition and a gerund (a cue, checked by the
# caller). Shape: In calling Hale's plan "a mess," the mayor ...
GERUND_INTRO = re.compile(
    r"[ \t\u00a0]*(?:In|By|After|Before|While|When|On|Upon)[ \u00a0](?P<cue>[a-z]+ing)\b"
)
SUBJECT_HERE = re.compile(rf"(?:{SUBJECT})(?![\w\-]|[’'](?!(?:s|d|ll|re|ve|m)\b))")

# (an age may open it: 41-year-old Ann Park said ...)
SUBJECT_AT_START = re.compile(
    rf"[ \t\u00a0]*(?:[A-Z][^,;:“”\"]{{0,60}},{SP})?(?:\d{{1,3}}-year-old{SP})?"
    rf"(?:{SUBJECT})(?![\w\-]|[’'](?!(?:s|d|ll|re|ve|m)\b))"
)

# Where a sentence ends inside the text around a quote: ., ! or ? followed by
# space and a capital or an opening mark. Abbreviations are checked in code.
SENTENCE_END = re.compile(rf"[.!?][’'”\"»“]?(?={SP}[A-Z“\"‘(«„'「])")
ABBREVIATIONS = MONTH_ABBREVIATIONS | frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Col",
        "Lt",
        "Capt",
        "Sgt",
        "Adm",
        "Prof",
        "Rev",
        "St",
        "Jr",
        "Sr",
        "Inc",
        "Corp",
        "Co",
        "Ltd",
        "No",
        "vs",
        "Mt",
        "Ft",
        "Pres",
        "Sec",
        "Amb",
        "Insp",
        "U.S",
        "U.K",
        "U.N",
        "D.C",
        "Calif",
        "Fla",
        "Ariz",
        "Mass",
        "Conn",
        "Ill",
        "Mich",
        "Minn",
        "Penn",
        "Tenn",
        "Wash",
        "Wis",
        "Va",
        "Ga",
        "Ky",
        "La",
        "Md",
        "Mo",
        "Nev",
        "Okla",
        "Ore",
        "Pa",
        "Tex",
        "Ala",
        "Ark",
        "Colo",
        "Del",
        "Ind",
        "Kan",
        "Neb",
        "N.Y",
        "N.J",
        "N.H",
        "N.C",
        "N.M",
        "S.C",
    ]
)

# A quoted fragment written in title case (a book, show, film or series):
# "Bridges to Nowhere", "Meet the Press", "Fire & Ice", "Bay Blues (Live)".
# Small words may stay lower case.
TITLE_CASE = re.compile(
    r"(?:[A-Z0-9][\w’'\-.:!?&]*|of|the|a|an|and|or|to|in|on|for|at|with|from|by|is|"
    rf"vs\.?)(?:{SP}(?:[A-Z0-9][\w’'\-.:!?&]*|of|the|a|an|and|or|to|in|on|for|at|"
    r"with|from|by|is|vs\.?|&|\([A-Z0-9][\w’'\-.!?&]*\)))*[,.!?]?"
)

# The word after a short quote, for telling scare quotes from quoted words.
# Shape: a "local" champion
MODIFIED_NOUN = re.compile(r"[ \t\u00a0]*([a-z][\w\-]*)")
# Word breaks before a quoted fragment: space and dashes ("a bridge—a “local” champion").
WORD_BREAK = re.compile(r"[\s—–]+")
# Prepositions whose object, before a participle cue, is not its subject:
# Hale wrote to Ann Park asking ... ("with Park saying" is Park's own words).
PARTICIPLE_OBJECT_PREPOSITIONS = words("to on at by of in for from into about")
# Two or more capitalised words right before "of" and a name (checked at
# the name): a person and where they are from (Senator Tom Hale of Maine).
PERSON_BEFORE_OF = re.compile(r"(?<![\w.'’-])(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+) of $")
SCARE_PREPOSITIONS = words("with of in for on at by from into about than like")
NOT_MODIFIED = words(
    "and or but to in on for of as that from with by at is was are were has have had be "
    "because since than if when while after before until so nor"
)
# Words after a quoted fragment that show it modifies no noun there: a
# determiner or a pronoun is a verb's object ("embrace" his candidacy), a
# particle goes with a verb ("close" up), a modal or a preposition follows a
# noun phrase ("the revolution" will; "neutral" during talks).
NOT_A_NOUN = words(
    "the a an his her their its my our your this these those him them me us it not up out "
    "off more less will would can could should may might must shall do does did over into "
    "about through during against within without among between under across toward towards "
    "beyond around despite upon via per"
)

# Words after a sentence-opening participle: "Using the", "Weighing in".
PARTICIPLE_OBJECTS = words(
    "in on to the a an at for with about from his her their its up out over this that "
    "these those themselves himself herself "
    "what how whether back down off into through"
)

# A lower-case word (a verb, at least, between a subject and its quote).
LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")

# A lower-case word right after a sentence's subject: its verb ("The agency
# declined"), not a comma or a quote ("Adding, ...", "Hale \u201ckind of ...").
WORD_AFTER_SUBJECT = re.compile(rf"{SP}[a-z]{{2,}}\b")

# The sentence going on after a quote that opens it, with its verb, a relative
# clause, an apposition or a gloss: "Containment" has been ..., "Bay Patrol,"
# which ..., "Harbor Days," the show that ..., "Refoulement" (return) is ...
SENTENCE_GOES_ON = re.compile(rf",?{SP}(?:[a-z]{{2,}}\b|\()")

# Words of a quote, for the length rules.
WORD = re.compile(r"[\w’'\-]+")

# Words that end a time expression, never a speaker: "two weeks ago", "the
# morning". Shape: Two weeks ago said ... / the morning after
TIME_WORDS = words(
    """ago morning afternoon evening night week weeks month months year years day days
    weekend today yesterday tonight"""
)
# Verbs whose object a nominal after them is (with any past form in -ed):
# Sanders offered a snappy retort / She gave a short answer.
# A verb of seeing or remembering before a name and a gerund of its own: the
# name is the doer of what follows. Shape: I remember Ann Park going on TV, ...
PERCEIVED_DOER = re.compile(
    rf"\b(?:remember(?:s|ed)?|recall(?:s|ed)?|saw|see|sees|watch(?:es|ed)?|hear(?:s|d)?)"
    rf"{SP}(?P<name>{NAME}){SP}[a-z]+ing\b"
)

OBJECT_TAKING_VERBS = words("gave give gives made make makes had has have took takes sent got")

# The head nouns of nominals that can speak: people, roles, groups and
# organisations, and documents that state things. A sentence opening with
# another nominal ("The rejection of ...", "The evidence") has no speaker at
# its start.
SPEAKING_HEADS = words(
    """spokesman spokeswoman spokesperson official aide adviser advisor campaign committee
    council group organization organisation agency department ministry office administration
    government party board commission panel court judge jury report statement study survey
    poll ad advertisement letter lawsuit complaint filing memo email tweet post release
    editorial article book paper newspaper magazine network website site station channel
    show broadcast video president senator governor mayor candidate nominee leader lawmaker
    legislator congressman congresswoman representative chairman chairwoman chair director
    secretary minister diplomat ambassador general officer police sheriff prosecutor attorney
    lawyer professor expert analyst economist researcher scientist doctor author writer
    reporter journalist columnist host anchor commentator critic supporter opponent voter
    resident protester activist organizer strategist pollster consultant manager executive
    founder owner employee worker union company firm bank team coalition alliance foundation
    institute center centre association federation league movement caucus delegation source
    people man woman mother father son daughter wife husband friend family member student
    teacher pastor priest bishop pope king queen prince chief captain coach player daily
    times journal gazette tribune outlet"""
)

# Heads of a possessed nominal that speak in their owner's voice, who stays
# the speaker: Tom Hale's office said ... (Hale).
OWN_VOICE_HEADS = words("office campaign administration team staff")

# The word opening a clause of its own (subordinate or coordinate), right
# before its subject. Shape: ..., but he called it / ... when Park said
CLAUSE_OPENER_BEFORE = re.compile(
    r"\b(?:when|as|while|but|after|because|before|since|until|though|although|whereas)"
    rf"{SP}$"
)

# A subject right before its verb, the nearest one to a quote when the
# sentence opens with something that cannot speak. Shapes: ... when Trump in
# his announcement speech called ... / a trend that the foundation predicts ...
CLAUSE_SUBJECT = re.compile(
    rf"(?<![\w’'\-])(?:{SUBJECT})(?={SP}(?:[a-z]+ed|[a-z]+[^su\W]s|{AUXILIARIES}|told|said|says|"
    r"wrote|spoke|also|then|now|still|just|never|again)\b)"
)

# A clause of its own joined by ", and", up to its verb in the past tense
# (perhaps after an adverb in -ly). Shape: (, and the Harbor Trust )strongly
# denounced
AND_CLAUSE_VERB = re.compile(
    rf",{SP}and{SP}[^,;:“”\"()]{{2,120}}?(?P<verb>(?:[a-z]{{3,}}ly{SP})?[a-z]{{3,}}ed|told|said|wrote)\b"
)

# A verb in the past tense (or a few of speech in the present) right after a
# subject: "Japan branded", "Politico reports"; not a plural noun ("County
# officials", "Republican claims").
ACTING_VERB = re.compile(
    rf"{SP}(?:[a-z]{{3,}}ed|has|is|was|will|says|reports|notes|writes|argues|warns|insists)\b"
)

# Nouns for something said, whose possessor is its speaker.
SPEECH_NOUNS = (
    r"(?:claims?|remarks?|comments?|statements?|pledges?|promises?|vows?|suggestions?|"
    r"assertions?|accusations?|warnings?|calls?|charges?|descriptions?|words|arguments?|"
    r"contention|insistence|admission|declarations?|predictions?|complaints?|criticism|"
    r"tweets?|slogans?|boasts?|threats?|pleas?|demands?|quips?|jokes?|denials?|"
    r"allegations?|insults?|answers?|responses?|messages?|phrase|mantra|refrain)"
)
# A possessor and a noun for what they said, then the rest of the sentence up
# to a quote. Shape: Politifact checked Tom Hale's claim that there were
# "thousands of them" / her warning that the bridge "will not hold".
# The owner of a text or a statement that alone, with a colon, introduces
# the quote. Shapes: From Hale's Facebook post: "..." / Ann Lee's statement: "..."
POSSESSED_TEXT_BEFORE_COLON = re.compile(
    r"(?:(?:More[ \u00a0]from|From)[ \u00a0])?(?P<name>(?:[A-Z][\w.\-]*[ \u00a0])*[A-Z][\w.\-]*)"
    r"(?:’s|'s)[ \u00a0](?:[A-Z][\w\-]*[ \u00a0])?(?:[a-z][\w\-]*[ \u00a0]){0,2}"
    rf"(?:{SPEECH_NOUNS}|posts?|statements?|letter|speech|op-ed|column|memo|e-?mails?|interview)"
    r"[ \t\u00a0]*:"
)
POSSESSED_SPEECH = re.compile(
    r"(?:(?<![\w’'])(?P<pron>[Hh]is|[Hh]er)|(?P<name>(?:[A-Z][\w.\-]*[ \u00a0])*[A-Z][\w.\-]*)"
    r"(?:’s|'s))[ \u00a0](?:[a-z][\w\-]*[ \u00a0]){0,3}?"
    rf"{SPEECH_NOUNS}(?P<rest>[ \u00a0](?:that|to|of|for)[ \u00a0][^“”\"—–]*"
    # (a place or a time between: Hale's suggestion at a debate that ...)
    rf"|[ \u00a0](?:at|in|on|during)(?:[ \u00a0][\w\-.]+){{1,4}}?[ \u00a0]that[ \u00a0][^“”\"—–]*)$"
)

# A noun for something said right after a quote. Shape: "..." promise
SPEECH_NOUN_AT = re.compile(rf"[ \u00a0]{SPEECH_NOUNS}(?![\w’'\-])")
# A possessor right before a quote. Shape: Tom Hale's "
POSSESSOR_BEFORE_QUOTE = re.compile(
    r"(?:(?<![\w’'])(?P<pron>[Hh]is|[Hh]er)|(?P<name>(?:[A-Z][\w.\-]*[ \u00a0])*[A-Z][\w.\-]*)"
    r"(?:’s|'s))[ \u00a0]$"
)

# A clause between commas, where an apposition would be: a capitalised name
# and a verb in the past tense. Shape: , Bennett denied the notion ...,
CLAUSE_IN_APPOSITION = re.compile(rf",{SP}(?:[A-Z][\w’'\-.]*{SP}){{1,3}}[a-z]{{3,}}ed\b")

# An outlet or organisation owning the name after it. Shape: CNN's Jake Tapper
POSSESSOR_BEFORE_NAME = re.compile(
    rf"(?:[A-Z][\w.\-]*{SP}){{0,2}}[A-Z][\w.\-]*(?:’s|'s){SP}"
    rf"(?=[A-Z][\w.\-]+{SP}[A-Z])"
)

# A kind of work right before a quote mark, which is then its title. Shape:
# In his 2002 book, "Make Your Kid a Millionaire," ...
NAMED_WORKS = ("book", "novel", "memoir", "podcast", "documentary", "movie")
NAMED_WORK_BEFORE = re.compile(rf"\b(?:{'|'.join(NAMED_WORKS)})[,:]?[ \t\u00a0]*$", re.IGNORECASE)
# The last four letters of those works, to look for them cheaply first.
NAMED_WORK_ENDINGS = frozenset(work[-4:] for work in NAMED_WORKS)
# What a title in title case names, right before it: the ad, titled "...";
# the anthem "..."; her new play, "Low Tide"; on CBS's "Face the Nation"; On Fox News channel's "Hannity";
# a name someone writes under: the pseudonym "Captain Harbor"; the first of
# works named as examples: hits including "Bay Blues";
# a show someone is on or talks to: appeared on "Morning Joe"; told "Fox and
# Friends"; in an interview with "Meet the Press"; a work someone makes, stars
# in or puts on: the host of "Harbor Hour", CBS renewed "Bay Patrol", sang "...";
# a book someone wrote: the author of "..."; a show someone talks to: told
# NBC's "...", an interview with CNN's "..."
TITLE_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:titled|entitled|headlined|song|anthem|album|show|program|programme|film|"
    r"series|episode|segment|column|op-ed|commentary|editorial|essay|slogan|hashtag|"
    r"play|drama|sitcom|thriller|musical|comedy|miniseries|opera|poem|ballad|single|"
    rf"pseudonym|alias|(?:pen|stage|screen|code){SP}name|"
    rf"[Oo]n|told|interview{SP}with|"
    r"(?:hosts?|stars?|cast|revival|version|remake|reboot|incarnation|episodes?|seasons?|"
    rf"(?:co-?)?authors?|(?:co-?)?editors?){SP}of|(?:stars|starred|roles?|acting){SP}in|sequel{SP}to|"
    r"canceled|cancelled|renewed|stream|perform|performed|performing|sang|sing|publish|"
    r"published)"
    r"|\b(?:songs|hits|albums|singles|tracks|films|movies|shows|series|books|novels|plays|"
    rf"titles){SP}(?:including|such{SP}as|like)"
    rf"|\b(?:[Oo]n|of|in|told|with|for){SP}[A-Z][\w.]*(?:{SP}[A-Z][\w.]*){{0,2}}"
    rf"(?:{SP}(?:channel|network))?(?:’s|'s|’|'))"
    r"[,:]?[ \t\u00a0]*$"
)

# A role in a show right after its title, and the name that holds it: the
# title modifies the role. Shape: "Harbor Days" star Ann Park; "Bay Patrol"
# co-host Tom Hale (a comma between may end a statement: "...," host Tom Hale said).
SHOW_ROLE_AFTER = re.compile(
    rf"{SP}(?:co-?)?(?:host|anchor|star|creator|producer|correspondent|contestant|"
    rf"columnist|showrunner|moderator|panelist)s?{SP}[A-Z]"
)

# A thing a slogan is printed on, right after the quote: the quote is the
# slogan, no one's statement. Shape: "Save Our Pier" T-shirts; a "Keep
# Riverton Blue" hat.
SLOGAN_ITEM_AFTER = re.compile(
    rf"{SP}(?:hats?|caps?|signs?|[Tt]-shirts?|shirts?|sweatshirts?|hoodies?|jerseys?|"
    r"banners?|stickers?|buttons?|posters?|placards?|billboards?|mugs?|flags?|wristbands?)\b"
)

# A name someone gives, right after the verb that gives it and its object (a
# participle with no object, "a film called", "an event billed as", leaves the
# namer unsaid). Shapes: Hale refers to the levy as the "Harbor Grab"; Park
# identified the donor as "Mr. X"; Park, who goes by "Dee"; they dubbed it a
# "toll road".
NAMED_AS_BEFORE = re.compile(
    rf"\b(?:(?:refer(?:s|red|ring)?{SP}to|identif(?:y|ies|ied|ying))"
    rf"(?:{SP}[\w’'.]+){{1,3}}{SP}as|go(?:es)?{SP}by|went{SP}by|"
    r"(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknamed|label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)?|"
    rf"term(?:s|ed)?){SP}(?:him|her|it|them|me|us|you|himself|herself|itself|themselves))"
    rf"(?:{SP}(?:the|a|an|his|her|its|their))?[,:]?[ \t\u00a0]*$"
)

# A term in use that no one in the sentence gives: a passive "known as" or
# "is called" with no agent. Shapes: the old courses, many of them known as
# "goat farms"; what is called a "soft landing".
TERM_IN_USE_BEFORE = re.compile(
    rf"(?:\bknown{SP}as|(?:\b(?:is|are|was|were|be|been|being)|\bwhat[’']s)"
    rf"{SP}called)(?:{SP}(?:the|a|an))?[,:]?[ \t\u00a0]*$"
)

# Between two items of a list of quotes: "A," "B" and "C"; "A" or "B".
LIST_GAP = re.compile(rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:and|or){SP})?")

# What opens the paragraph that introduces an excerpt of another outlet's
# article, before the writer's name: From Ann Park writing at the Gazette:
EXCERPT_INTRO = re.compile(rf"From{SP}[A-Z]")

# A nickname set in quote marks inside a name: Juan "Chico" Lopez, George
# "Jay" Hale (the first name right before the mark, the surname right after).
NICKNAME_QUOTE = re.compile(r"[A-Z][\w’'\-]*(?:[ \t\u00a0][A-Z][\w’'\-]*)?")
FIRST_NAME_BEFORE = re.compile(rf"(?<![\w.])[A-Z][a-z]+{SP}$")
SURNAME_AFTER = re.compile(
    rf"{SP}(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+(?:\b|$)"
)

# A headline or a title set off before its author: "Met to close early," by
# the Post's Ann Park; According to "Harbor Days," by Tom Hale, ...; the
# comma may close a nested quote first: "Park leaves 'Bay Patrol,'" by ...
BYLINE_AFTER = re.compile(
    rf"(?:,(?:”|\"|'')|(?:”|\"|''),|(?<=,['’])(?:”|\"|'')){SP}by{SP}(?:[Tt]he{SP})?"
    rf"(?:[A-Z][\w.’'\-]*{SP}){{0,4}}[A-Z][\w.’'\-]*(?:[,:]|{SP}http)"
)

# A title's author right after it with no comma between, for a quote in
# title case: according to "Harbor Days: A Life on the Water" by Tom Hale, ...
TITLE_BYLINE_AFTER = re.compile(
    rf"(?:”|\"|''){SP}by{SP}(?:[A-Z][\w.’'\-]*{SP}){{0,4}}[A-Z][\w.’'\-]*[,:]"
)

# The byline of a quoted headline, and the colon that introduces an excerpt of
# its article, right before the excerpt's quote. Shape: "Met to close
# early," by the Post's Ann Park: "The museum will ..."
EXCERPT_BYLINE_BEFORE = re.compile(
    rf"(?:,['’]?(?:”|\"|'')|(?:”|\"|''),){SP}by{SP}(?:[Tt]he{SP})?"
    rf"(?:[A-Z][\w.’'\-]*{SP}){{0,4}}[A-Z][\w.’'\-]*:[ \t\u00a0]*$"
)

# Words named as examples of words, right before the first of a list of them:
# the terms are mentioned, not said. Shape: records with words such as
# "pier," "ferry" and "toll". (Not "words like": a speaker's own examples,
# he would not use words like "maybe" and "perhaps," Hale said.)
TERM_LIST_BEFORE = re.compile(
    rf"\b(?:words|terms|phrases|keywords|key{SP}words|search{SP}terms)"
    rf"{SP}(?:such{SP}as|including)[ \t\u00a0]*$"
)

# What a quoted term means, said right after it: the term is mentioned, not
# said. Shape: What "go slow" actually means is anyone's guess.
MEANING_AFTER = re.compile(rf"{SP}(?:actually{SP}|really{SP})?(?:means|meant|stands{SP}for)\b")

# A choice someone makes, right before the quote: an answer a poll offered,
# not a statement. Shape: voters who chose "honest and trustworthy"; those
# who selected someone who "shares my values".
CHOICE_BEFORE = re.compile(
    r"(?<![\w\-])(?:chose|chosen|choose|chooses|choosing|selected|selecting|picked|picking)"
    rf"(?:{SP}someone{SP}who)?[ \t\u00a0]*$"
)

# A hashtag and a dash or a parenthesis right before the quote, which then
# glosses it: #PuertaAbierta - "open door" -; #BayStrong ("strong bay").
HASHTAG_GLOSS_BEFORE = re.compile(r"#\w+[ \t\u00a0]*(?:--?|[–—(])[ \t\u00a0]*$")

# A gloss of a foreign word, right before the quote: Latin for "...";
# Spanish for "witches".
TRANSLATION_BEFORE = re.compile(
    r"\b(?:Latin|Greek|Hebrew|Hindi|Urdu|Farsi|Thai|Yiddish|[A-Z][a-z]+(?:ish|ian|ese|ic|ch))"
    rf"{SP}for[ \t\u00a0]*$"
)

# A year in parentheses right after the closing mark dates a title, a slogan
# or a poster: "Yes to the bridge" (2009); "Harbor Days" (Riverton poster 1998).
DATED_AFTER = re.compile(r"[ \t\u00a0]*\((?:[^()\n]{0,40}[ \t\u00a0])?(?:1[89]|20)\d\d\)")

# A work someone made, set off before its title. Shape: In her 2003 book,
# Living History, ... (not: the author of the book, Mitchell Zuckoff)
TITLED_WORK_BEFORE = re.compile(
    rf"(?<!of )\b(?:his|her|their|its|a|an|the){SP}(?:\d{{4}}{SP}|new{SP})?"
    r"(?:book|novel|memoir|podcast|documentary|movie|film)[,:][ \t\u00a0]*$"
)

# A name right before the colon that opens a quote: ... pollster Tom Hale: "..."
NAME_ENDS_CLAUSE_AT_COLON = re.compile(rf"(?<![\w’'\-])(?P<name>{NAME}):{SP}$")

# A name and a "whose" clause whose own apposition ends right where a search
# stopped. Shape: Tom Hale, whose start-up, (Paradata, sells data, said)
WHOSE_BEFORE = re.compile(rf"(?<![\w’'\-])(?P<name>{NAME}),{SP}whose{SP}[^,;:“”\"]{{1,60}},{SP}$")

# A name opening its sentence and the start of a description of it, up to a
# preposition before a nominal and that nominal's own apposition. Shape:
# (Rossi, the editor of )the city's paper, The Harbor Times, said
DESCRIBED_BEFORE = re.compile(
    rf"[ \t\u00a0]*(?P<name>{NAME}),{SP}(?:the|a|an){SP}[^,;:“”\"()]{{0,100}}?"
    rf"(?<![\w’'\-])(?:of|at|for|in|with|from|to){SP}$"
)

# A clause opened by "as", "when" or "while" whose subject and verb run to
# the comma before a participle cue. Shape: ..., as Ann Park echoed the
# complaint, (saying)
SUBORDINATE_BEFORE_PARTICIPLE = re.compile(
    rf"(?<![\w’'\-])(?:as|when|while){SP}(?:(?P<name>{NAME})|(?P<nom>{NOMINAL})){SP}"
    rf"(?:[a-z]+ly{SP})?[a-z]+(?:ed|s){SP}[^,;:()“”\"]{{1,150}},{SP}$"
)

# A name opening its sentence, set off by a long phrase of its own (which
# may hold commas, but no second clause) up to the comma before its verb.
# Shape: Ann Park, later alleging that Hale wanted to admit 250,000 tourists,
# (said)
NAME_SET_OFF_BEFORE_VERB = re.compile(
    rf"[ \t\u00a0]*(?P<name>{NAME}),{SP}(?!(?:and|but|or|then|so|yet){SP})[a-z]"
    rf"(?:(?!,{SP}(?:and|but|or){SP})[^;:“”\"()]){{1,160}},{SP}$"
)

# An adverb in -ly right after a subject, before its verb: Hale sharply scolded
ADVERB_AFTER = re.compile(rf"{SP}[a-z]{{3,}}ly(?=[ \t\u00a0])")

# "It" with a copula, opening a cleft or an extraposed clause: "It wasn't
# just the cries that rattled him", "It is unclear whether ..." (not the
# "has" of "It's become a presence").
EXPLETIVE_IT = re.compile(
    rf"(?:’s|'s|{SP}(?:is|was|isn’t|isn't|wasn’t|wasn't))[ \t\u00a0]"
    r"(?!been\b|become\b|got\b|had\b)"
)

# A share of a group with no noun of its own: "nine out of 10", "half", "49%".
BARE_SHARE = re.compile(
    r"(?:(?:[Nn]early|[Aa]lmost|[Aa]bout|[Rr]oughly|[Jj]ust|[Oo]nly|[Mm]ore than|[Ff]ewer than"
    rf"|[Ll]ess than|[Oo]ver){SP})?"
    r"(?:[Hh]alf|[Mm]ost|[Aa] majority|[Aa] third|[Tt]wo-thirds|[Tt]hree-quarters"
    r"|\w+ (?:out of|in) (?:\d+|ten)|\d+(?:\.\d+)?%|\d+ percent)"
)
# The names a plural subject is equated with: "... are Ann Park and Tom Hale"
# (an apposition may follow them).
_COPULA_NAME = rf"(?:[A-Z][\w’'\-.]*{SP}){{0,3}}[A-Z][\w’'\-]*"
NAMES_AFTER_COPULA = re.compile(
    rf"[ \t\u00a0](?:are|were){SP}({_COPULA_NAME}(?:,{SP}{_COPULA_NAME})*"
    rf",?{SP}and{SP}{_COPULA_NAME})(?=[,.;]|$)"
)

# A plural noun, with the capitalised words before it: "Bernie Sanders
# supporters", "Catholic Republicans" (quotes.extract says which are people).
PLURAL_NOUN = re.compile(rf"(?:[A-Z][\w’'\-]*{SP})*(?<![\w’'\-])([\w’'\-]+s)\b")
# Capitalised plurals for peoples and parties: Germans, Democrats, Millennials.
PEOPLES = re.compile(r"[A-Z][a-z]+(?:ans|ats|als|ists|ites)")
