"""Write a realistic synthetic quotes database for benchmarking the browser.

    python tests/benchmarks/synthetic_db.py data/synthetic.db
    python tests/benchmarks/synthetic_db.py data/small.db --quotes 20000

Defaults: 1,000,000 quotes by about 50,000 speakers in 200,000 articles from
300 publishers over ten years. Quotes per speaker and per publisher follow a
Zipf-like curve (a few people and outlets account for most quotes), quote text
is 8-60 words drawn from a Zipf vocabulary (so "the" is in most quotes), and
the word RARE_WORD is planted in exactly RARE_WORD_COUNT quotes. About one
quote in REPEAT_EVERY is a statement reported earlier by another article,
word for word or trimmed, so that quote clusters exist. Every quote's offsets
slice its document text, as the extractor's do.

The schema is the real one (quotes.db.ensure_schema); rows go in inside one
transaction, with the full-text indexes dropped during the insert and rebuilt
once at the end with the columns ensure_schema gave them.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sys
import time
from pathlib import Path

import sqlite_utils

from quotes import db as database

RARE_WORD = "quixotically"
RARE_WORD_COUNT = 12
COMMON_WORD = "the"
# One quote in REPEAT_EVERY reports again one of the last REPEAT_POOL statements.
REPEAT_EVERY = 25
REPEAT_POOL = 5000

FUNCTION_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "for",
    "it",
    "we",
    "on",
    "with",
    "as",
    "this",
    "was",
    "be",
    "are",
    "not",
    "have",
    "they",
    "will",
    "but",
    "at",
    "by",
    "from",
    "our",
    "has",
    "would",
    "an",
    "be",
    "their",
    "more",
    "all",
    "there",
    "about",
    "if",
    "can",
    "people",
    "what",
    "been",
    "which",
    "when",
    "one",
    "very",
    "who",
    "so",
    "also",
    "because",
    "do",
    "new",
    "were",
    "time",
    "now",
    "just",
    "than",
    "those",
]

SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "ca",
    "ce",
    "co",
    "da",
    "de",
    "di",
    "do",
    "el",
    "en",
    "er",
    "fa",
    "fe",
    "fi",
    "ga",
    "go",
    "ha",
    "he",
    "in",
    "ka",
    "ke",
    "ki",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "or",
    "pa",
    "pe",
    "po",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "un",
    "va",
    "ve",
    "vi",
    "wa",
    "we",
    "ya",
    "za",
    "zo",
]

CUES = [
    ("said", 50),
    ("told reporters", 8),
    ("according to", 6),
    ("added", 8),
    ("says", 10),
    ("told", 5),
    ("wrote", 3),
    ("explained", 3),
    ("insisted", 2),
    ("warned", 2),
    ("argued", 2),
    ("noted", 1),
]
KINDS = [("direct", 70), ("mixed", 25), ("indirect", 5)]
ROLES = [
    "chief executive",
    "spokesperson",
    "minister of finance",
    "senator",
    "professor of economics",
    "mayor",
    "coach",
    "analyst",
    "founder",
    "union leader",
    "police chief",
    "governor",
]


def zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1 / (rank**s) for rank in range(1, n + 1)]


def make_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add(make_word(rng))
    words -= set(FUNCTION_WORDS) | {RARE_WORD}
    return FUNCTION_WORDS + sorted(words)


class Article:
    """Text built piece by piece, knowing where each piece starts."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def text(self) -> str:
        return "".join(self.parts)


class Generator:
    def __init__(self, quotes: int, speakers: int, documents: int, seed: int = 1):
        self.rng = rng = random.Random(seed)
        self.quote_total = quotes
        self.document_total = documents
        self.vocabulary = make_vocabulary(rng, 20000)
        self.vocabulary_weights = list(
            itertools.accumulate(zipf_weights(len(self.vocabulary), 1.05))
        )
        names = set()
        while len(names) < speakers:
            first = make_word(rng).capitalize()
            last = make_word(rng).capitalize() + rng.choice(["", "son", "ova", "er", "i"])
            names.add(f"{first} {last}")
        self.speakers = sorted(names)
        rng.shuffle(self.speakers)
        self.speaker_weights = list(itertools.accumulate(zipf_weights(speakers, 0.9)))
        self.speaker_gender = [rng.choice("mf") for _ in self.speakers]
        self.speaker_role = [rng.choice(ROLES) for _ in self.speakers]
        self.publishers = [
            f"The {make_word(rng).capitalize()} {rng.choice(['Times', 'Post', 'Herald', 'Daily', 'Wire', 'Review', 'Courier'])}"
            for _ in range(300)
        ]
        self.publisher_weights = list(itertools.accumulate(zipf_weights(300, 1.1)))
        self.rare_quotes = set(rng.sample(range(quotes), RARE_WORD_COUNT))

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.vocabulary_weights, k=count)

    def sentence(self, low: int, high: int) -> str:
        words = self.words(self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def rows(self):
        """(document row, quote rows) for each document, quote ids counting from 1."""
        rng = self.rng
        quote_id = 0
        per_document = self.quote_total / self.document_total
        start_day = 16436  # 2015-01-01 in days since 1970-01-01
        statements: list[tuple[str, int]] = []  # (text, speaker index) to report again
        for document_id in range(1, self.document_total + 1):
            remaining_docs = self.document_total - document_id
            remaining_quotes = self.quote_total - quote_id
            if remaining_docs == 0:
                count = remaining_quotes
            else:
                count = min(remaining_quotes, max(0, round(rng.gauss(per_document, 2))))
            publisher = rng.choices(self.publishers, cum_weights=self.publisher_weights)[0]
            day = start_day + rng.randrange(3650)
            published = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
            title = " ".join(self.words(rng.randint(6, 11))).capitalize()
            speaker_indexes = rng.choices(
                range(len(self.speakers)), cum_weights=self.speaker_weights, k=min(count, 4) or 1
            )
            introduced = set()
            article = Article()
            add = article.add
            quotes = []
            add(self.sentence(15, 35) + " " + self.sentence(10, 30) + "\n\n")
            for _ in range(count):
                quote_id += 1
                speaker_index = rng.choice(speaker_indexes)
                repeated = None
                rare = quote_id - 1 in self.rare_quotes
                if not rare and statements and rng.randrange(REPEAT_EVERY) == 0:
                    repeated, speaker_index = rng.choice(statements)
                    if rng.random() < 0.3:  # trimmed by a word at each end
                        repeated = " ".join(repeated.split()[1:-1]).capitalize() or repeated
                name = self.speakers[speaker_index]
                if speaker_index in introduced:
                    honorific = "Mr." if self.speaker_gender[speaker_index] == "m" else "Ms."
                    pronoun = "he" if self.speaker_gender[speaker_index] == "m" else "she"
                    mention = rng.choice([f"{honorific} {name.split()[-1]}", pronoun])
                    role = None
                else:
                    mention = name
                    role = self.speaker_role[speaker_index]
                    introduced.add(speaker_index)
                words = self.words(rng.randint(8, 60))
                if quote_id - 1 in self.rare_quotes:
                    words[rng.randrange(len(words))] = RARE_WORD
                text = repeated or " ".join(words).capitalize()
                if repeated is None and not rare:
                    statements.append((text, speaker_index))
                    if len(statements) > 2 * REPEAT_POOL:
                        del statements[:REPEAT_POOL]
                cue = rng.choices([c for c, _ in CUES], weights=[w for _, w in CUES])[0]
                kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
                add(self.sentence(10, 40) + " ")
                add("“")
                start = add(text)
                add(",” ")
                mention_start = add(mention)
                tail = f", {role}," if role else ""
                add(f"{tail} {cue}. {self.sentence(8, 30)}\n\n")
                quotes.append(
                    {
                        "id": quote_id,
                        "document_id": document_id,
                        "speaker_id": speaker_index + 1,
                        "document": f"synthetic/{document_id}.txt",
                        "text": text,
                        "start_char": start,
                        "end_char": start + len(text),
                        "speaker": name,
                        "speaker_mention": mention,
                        "speaker_start_char": mention_start,
                        "speaker_end_char": mention_start + len(mention),
                        "speaker_role": role,
                        "cue": cue,
                        "kind": kind,
                        "confidence": round(rng.uniform(0.4, 1.0), 3),
                        "publisher": publisher,
                        "published": published,
                        "published_year": published[:4],
                        "published_month": published[:7],
                    }
                )
            add(self.sentence(15, 40))
            text = article.text()
            slug = "-".join(title.lower().split()[:5])
            document = {
                "id": document_id,
                "key": f"synthetic/{document_id}.txt",
                "path": f"synthetic/{document_id}.txt",
                "title": title,
                "url": (
                    None
                    if document_id % 10 == 0
                    else f"https://{publisher.lower().replace(' ', '')}.example/{published[:4]}/{slug}-{document_id}"
                ),
                "published": published,
                "publisher": publisher,
                "author": None,
                "language": "en",
                "text": text,
                "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "extractor_version": "synthetic",
                "quote_count": len(quotes),
                "loaded_at": "2026-01-01T00:00:00+00:00",
            }
            for quote in quotes:
                assert text[quote["start_char"] : quote["end_char"]] == quote["text"]
                assert (
                    text[quote["speaker_start_char"] : quote["speaker_end_char"]]
                    == quote["speaker_mention"]
                )
            yield document, quotes


def write_database(
    path: Path, quotes: int, speakers: int, documents: int, log=print
) -> sqlite_utils.Database:
    """Write a fresh synthetic database at path with the project's schema."""
    if path.exists():
        path.unlink()
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    database.ensure_schema(db)
    # Rebuilding the full-text indexes once is far faster than a trigger per row.
    fts_columns = {
        table: list(db.table(f"{table}_fts").columns_dict) for table in ("quotes", "documents")
    }
    for table in fts_columns:
        db.table(table).disable_fts()
    generator = Generator(quotes, speakers, documents)
    started = time.perf_counter()
    with db.atomic():
        db.table("speakers").insert_all(
            {"id": index + 1, "name": name} for index, name in enumerate(generator.speakers)
        )
        document_batch, quote_batch = [], []
        for document, document_quotes in generator.rows():
            document_batch.append(document)
            quote_batch.extend(document_quotes)
            if len(document_batch) >= 2000:
                db.table("documents").insert_all(document_batch, batch_size=500)
                db.table("quotes").insert_all(quote_batch, batch_size=1000)
                document_batch, quote_batch = [], []
                if document["id"] % 20000 == 0:
                    log(f"{document['id']:,} documents ({time.perf_counter() - started:.0f}s)")
        db.table("documents").insert_all(document_batch, batch_size=500)
        db.table("quotes").insert_all(quote_batch, batch_size=1000)
    log(f"rows written ({time.perf_counter() - started:.0f}s)")
    database.refresh_speakers(db)
    log(f"speakers counted ({time.perf_counter() - started:.0f}s)")
    for table, columns in fts_columns.items():
        db.table(table).enable_fts(columns, create_triggers=True)
        log(f"{table} full-text index built ({time.perf_counter() - started:.0f}s)")
    return db


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--speakers", type=int)
    parser.add_argument("--documents", type=int)
    args = parser.parse_args(argv)
    speakers = args.speakers or max(10, args.quotes // 20)
    documents = args.documents or max(1, args.quotes // 5)
    args.path.parent.mkdir(parents=True, exist_ok=True)

    def log(message):
        print(message, file=sys.stderr)

    db = write_database(args.path, args.quotes, speakers, documents, log)
    counts = {table: db.table(table).count for table in ("quotes", "speakers", "documents")}
    print(
        f"{args.path}: {counts['quotes']:,} quotes, {counts['speakers']:,} speakers, "
        f"{counts['documents']:,} documents, {args.path.stat().st_size / 1e6:,.0f} MB"
    )


if __name__ == "__main__":
    main()
