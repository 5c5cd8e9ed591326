"""The same statement reported many times: quote texts -> clusters. Pure functions, no database.

Two quotes are the same statement when their words are equal after folding
case, punctuation and whitespace, or when most of the shorter one's word
4-grams (shingles) are in the longer one: a trimmed version ("AI shouldn't be a
luxury" inside a longer quote), a re-punctuated one, or one with a word
changed. Two different statements that share a phrase share too few shingles
to count.

Candidates come from an inverted index over a content-defined sample of
shingles (those whose hash is 0 modulo SAMPLE): if A's words are inside B's,
every sampled shingle of A is a sampled shingle of B, so A and B meet in one
posting list. Pairs are only checked within a posting list and only against its
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
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

SHINGLE_WORDS = 4
SAMPLE = 4  # index one shingle in SAMPLE, chosen by its hash
MIN_WORDS = 8  # shorter quotes cluster only when equal, with the same speaker
CONTAINMENT = 0.6  # share of the shorter quote's shingles found in the longer one
REPRESENTATIVES = 6  # each posting list is checked against its longest members only
UID_BITS = 24  # postings pack (shingle hash, quote number) into one integer

# Anything that is not a letter or digit separates words: punctuation, quote marks, dashes.
NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """The words of text, case-folded, accents and punctuation removed, single-spaced."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("’", "").replace("'", "")  # "don’t" and "dont" are one word
    return NON_WORD.sub(" ", text.casefold()).strip()


def shingle_hashes(words: Sequence[str]) -> set[int]:
    """Hashes of the word 4-grams of words (of all of words when shorter)."""
    size = min(SHINGLE_WORDS, len(words))
    return {
        shingle_hash(" ".join(words[start : start + size]))
        for start in range(len(words) - size + 1)
    }


def shingle_hash(shingle: str) -> int:
    # stable across runs (Python's hash() is salted), 39 bits so that it packs with a quote number
    data = shingle.encode("utf-8")
    return ((zlib.crc32(data) << 7) ^ zlib.adler32(data)) & ((1 << (63 - UID_BITS)) - 1)


def sampled(hashes: set[int]) -> set[int]:
    """The shingles a quote is indexed under: every one whose hash is 0 modulo SAMPLE, or the
    smallest one when none is."""
    chosen = {value for value in hashes if value % SAMPLE == 0}
    return chosen or {min(hashes)}


def containment(a: set[int], b: set[int]) -> float:
    """The share of the smaller set's shingles found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def exact_key(words: str, speaker: Hashable) -> bytes | None:
    """The key under which equal quotes meet; short quotes only with the same known speaker."""
    if len(words.split()) < MIN_WORDS:
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
    postings = array("q")  # (sampled shingle hash << UID_BITS) | number
    kept: dict[int, str] = {}
    for quote_id, text, speaker in quotes:
        words = normalise(text or "")
        key = exact_key(words, speaker) if words else None
        if key is None:
            continue
        number = exact.get(key)
        if number is None:
            number = exact[key] = len(first_ids)
            first_ids.append(quote_id)
            count = len(words.split())
            word_counts.append(count)
            if count >= MIN_WORDS:
                for value in sampled(shingle_hashes(words.split())):
                    postings.append((value << UID_BITS) | number)
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

    pairs = candidate_pairs(postings, word_counts)
    del postings
    if pairs:
        needed = sorted({first_ids[number] for pair in pairs for number in pair})
        texts = fetch_texts(needed) if fetch_texts else kept
        shingles: dict[int, set[int]] = {}

        def shingles_of(number: int) -> set[int]:
            if number not in shingles:
                quote_id = first_ids[number]
                shingles[number] = shingle_hashes(normalise(texts[quote_id]).split())
            return shingles[number]

        for a, b in sorted(pairs):
            if find(a) != find(b) and containment(shingles_of(a), shingles_of(b)) >= CONTAINMENT:
                parent[find(a)] = find(b)

    sizes: dict[int, int] = {}
    smallest: dict[int, int] = {}
    for quote_id, number in zip(members_ids, members_numbers):
        root = find(number)
        sizes[root] = sizes.get(root, 0) + 1
        smallest[root] = min(smallest.get(root, quote_id), quote_id)
    return {
        quote_id: smallest[find(number)]
        for quote_id, number in zip(members_ids, members_numbers)
        if sizes[find(number)] > 1
    }


def candidate_pairs(postings: array, word_counts: array) -> set[tuple[int, int]]:
    """Pairs of quote numbers that share a sampled shingle, each member of a posting list
    paired only with the list's REPRESENTATIVES longest members."""
    pairs: set[tuple[int, int]] = set()
    mask = (1 << UID_BITS) - 1
    ordered = sorted(postings)
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
    return pairs
