"""The same statement reported many times: quote texts -> clusters. Pure functions, no database.

Two quotes are the same statement when their words are equal after folding
case, punctuation and whitespace, or when most of the shorter one's word
4-grams (shingles) are in the longer one: a trimmed version ("AI shouldn't be a
luxury" inside a longer quote), a re-punctuated one, or one with a word
changed. Two different statements that share a phrase share too few shingles
to count.

Candidates come from an inverted index over winnowed shingles (the smallest
hash in every WINDOW consecutive shingles, as in document fingerprinting): if
A's words are a run inside B's, every window of A is a window of B, so A and B
meet in one posting list; any shared run of WINDOW + 3 words is found too. Pairs are only checked within a posting list and only against its
few longest members, so the work grows with the number of quotes, not with its
square. Quotes too short to have shingles to spare (fewer than MIN_WORDS words)
are only clustered with exactly equal quotes of the same speaker: "I don't
know" from two people is not one statement.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

SHINGLE_WORDS = 4
WINDOW = 4  # index the smallest shingle hash of every WINDOW consecutive ones
MIN_WORDS = 8  # shorter quotes cluster only when equal, with the same speaker
CONTAINMENT = 0.6  # share of the shorter quote's shingles found in the longer one
REPRESENTATIVES = 6  # each posting list is checked against its longest members only
CHECK_BATCH = 50_000  # candidate pairs checked per batch of texts fetched
UID_BITS = 24  # postings pack (shingle hash, quote number) into one integer
PARTITION_BITS = 5

# Anything that is not a letter or digit separates words: punctuation, quote marks, dashes.
NON_WORD = re.compile(r"[\W_]+")


# ASCII letters and digits stay, everything else separates words: the same as NON_WORD on ASCII
# text, but str.translate does it without a regex (clustering normalises every quote).
ASCII_SEPARATORS = {
    code: " " for code in range(128) if not chr(code).isalnum() and chr(code) != "'"
}
ASCII_SEPARATORS[ord("'")] = None


def normalise(text: str) -> str:
    """The words of text, case-folded, accents and punctuation removed, single-spaced."""
    return " ".join(normal_words(text))


def normal_words(text: str) -> list[str]:
    """The words of text, case-folded, accents and punctuation removed."""
    if text.isascii():
        return text.lower().translate(ASCII_SEPARATORS).split()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("’", "")
    text = text.replace("'", "")  # "don’t" and "dont" are one word
    return NON_WORD.sub(" ", text.casefold()).split()


HASH_BITS = 63 - UID_BITS  # so that a hash packs with a quote number into one integer


class WordHashes(dict):
    """word -> crc32 of the word, computed on first use."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


def shingle_hashes(words: Sequence[str], word_hashes: dict[str, int] | None = None) -> set[int]:
    """Hashes of the word 4-grams of words (of all of words when shorter)."""
    return set(shingle_sequence(words, word_hashes))


def shingle_sequence(words: Sequence[str], word_hashes: dict[str, int] | None = None) -> list[int]:
    """Hashes of the word 4-grams of words in order.

    Each word is hashed once (crc32 is stable across runs, unlike Python's
    salted hash()) and the hashes of four neighbours are combined; word_hashes
    caches word hashes across calls."""
    if word_hashes is None:
        word_hashes = WordHashes()
    hashes = list(map(word_hashes.__getitem__, words))
    # hash() of a tuple of ints is not salted: the same on every run (of a 64-bit Python)
    mask = (1 << HASH_BITS) - 1
    if len(hashes) < SHINGLE_WORDS:
        return [hash(tuple(hashes)) & mask]
    return [value & mask for value in map(hash, zip(*(hashes[i:] for i in range(SHINGLE_WORDS))))]


def winnowed(shingles: list[int]) -> set[int]:
    """The shingles a quote is indexed under: the smallest of every WINDOW consecutive ones."""
    if len(shingles) <= WINDOW:
        return {min(shingles)}
    return set(map(min, zip(*(shingles[i:] for i in range(WINDOW)))))


def containment(a: set[int], b: set[int]) -> float:
    """The share of the smaller set's shingles found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def exact_key(words: str, speaker: Hashable, count: int | None = None) -> bytes | None:
    """The key under which equal quotes meet; short quotes only with the same known speaker.
    count is the number of words, when known."""
    if (len(words.split()) if count is None else count) < MIN_WORDS:
        if speaker is None:
            return None
        words = f"{speaker}\x00{words}"
    return hashlib.blake2b(words.encode("utf-8"), digest_size=12).digest()


def cluster_quotes(
    quotes: Iterable[tuple[int, str, Hashable]],
    fetch_texts: Callable[[Sequence[int]], Mapping[int, str]] | None = None,
) -> dict[int, int]:
    """Cluster (quote id, text, speaker) triples; returns quote id -> cluster, where a cluster
    is named by the smallest quote id in it. Quotes in no cluster of two or more are left out.

    The texts of quotes are read once in order; when fetch_texts is given, the
    few texts needed to check candidate pairs are fetched again through it
    (quote ids -> texts) instead of being kept in memory.
    """
    exact: dict[bytes, int] = {}  # exact key -> number of its first quote
    first_ids = array("q")  # number -> the quote id that introduced it
    word_counts = array("l")
    members_ids, members_numbers = array("q"), array("q")
    # (shingle hash << UID_BITS) | number, in partitions by the hash's first bits so that
    # they are sorted a partition at a time
    postings = [array("q") for _ in range(1 << PARTITION_BITS)]
    kept: dict[int, str] = {}
    word_hashes = WordHashes()
    for quote_id, text, speaker in quotes:
        split = normal_words(text or "")
        key = exact_key(" ".join(split), speaker, len(split)) if split else None
        if key is None:
            continue
        number = exact.get(key)
        if number is None:
            number = exact[key] = len(first_ids)
            if number >> UID_BITS:
                raise ValueError(f"more than {1 << UID_BITS:,} distinct quotes to cluster")
            first_ids.append(quote_id)
            count = len(split)
            word_counts.append(count)
            if count >= MIN_WORDS:
                for value in winnowed(shingle_sequence(split, word_hashes)):
                    postings[value >> (HASH_BITS - PARTITION_BITS)].append(
                        (value << UID_BITS) | number
                    )
                if fetch_texts is None:
                    kept[quote_id] = text
        members_ids.append(quote_id)
        members_numbers.append(number)
    del exact

    parent = list(range(len(first_ids)))

    def find(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    pairs = sorted(candidate_pairs(postings, word_counts))
    del postings
    # Checked a batch at a time, fetching the batch's texts, so that memory stays bounded.
    for start in range(0, len(pairs), CHECK_BATCH):
        batch = [(a, b) for a, b in pairs[start : start + CHECK_BATCH] if find(a) != find(b)]
        needed = sorted({first_ids[number] for pair in batch for number in pair})
        texts = fetch_texts(needed) if fetch_texts else kept
        shingles = {
            quote_id: shingle_hashes(normal_words(texts[quote_id]), word_hashes)
            for quote_id in needed
        }
        for a, b in batch:
            similar = containment(shingles[first_ids[a]], shingles[first_ids[b]]) >= CONTAINMENT
            if similar and find(a) != find(b):
                parent[find(a)] = find(b)
    del pairs

    roots = [find(number) for number in range(len(parent))]
    member_roots = list(map(roots.__getitem__, members_numbers))
    sizes = Counter(member_roots)
    smallest: dict[int, int] = {}
    for quote_id, root in zip(members_ids, member_roots):
        if sizes[root] > 1 and smallest.get(root, quote_id) >= quote_id:
            smallest[root] = quote_id
    return {
        quote_id: smallest[root]
        for quote_id, root in zip(members_ids, member_roots)
        if sizes[root] > 1
    }


def candidate_pairs(partitions: list[array], word_counts: array) -> set[tuple[int, int]]:
    """Pairs of quote numbers that share an indexed shingle, each member of a posting list
    paired only with the list's REPRESENTATIVES longest members."""
    pairs: set[tuple[int, int]] = set()
    for postings in partitions:
        add_pairs(sorted(postings), word_counts, pairs)
        postings[:] = array("q")  # free it as soon as it is done
    return pairs


def add_pairs(ordered: list[int], word_counts: array, pairs: set[tuple[int, int]]) -> None:
    mask = (1 << UID_BITS) - 1
    start = 0
    while start < len(ordered):
        shingle = ordered[start] >> UID_BITS
        end = start + 1
        while end < len(ordered) and ordered[end] >> UID_BITS == shingle:
            end += 1
        if end - start > 1:
            numbers = sorted(
                {value & mask for value in ordered[start:end]},
                key=lambda number: (-word_counts[number], number),
            )
            representatives = numbers[:REPRESENTATIVES]
            for number in numbers[1:]:
                for representative in representatives:
                    if representative != number:
                        pairs.add((min(number, representative), max(number, representative)))
        start = end
