"""Measure the extractor against a corpus annotated with attributions (brat standoff).

The corpus layout is PolNeAR's: ``GOLD_DIR/text/<doc>.txt`` and
``GOLD_DIR/attributions/<doc>_<annotator>.ann``, where an attribution event
``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` links text spans
``T3<TAB>Content 115 290<TAB>...`` (offsets are Python str indices into the
.txt; a span may be several pieces separated by ``;``). Where a document has
several annotators' files, the first by name is used.

Gold quotes are built from the .ann files alone (no other derived file):
every quoted segment of the text (quotes.marks pairs the marks) is *attributed*
when at least 80% of it lies inside one attribution's content, and its gold
speaker is that attribution's source; segments no attribution covers are scare
quotes, titles and quoted terms, which the extractor should not report. An
attributed segment is *direct* when the quoted text makes up at least 60% of
the attribution's content, else *mixed* (a fragment inside reported speech).

A predicted quote matches a gold segment when their overlap is at least half
of each (greedy, in order of position; one prediction per segment).

- quote_p / quote_r / quote_f1: predictions matching attributed segments; a
  prediction matching a scare quote or nothing is a false positive.
- direct_r / mixed_r: recall by gold kind.
- speaker_p / speaker_r / speaker_f1: matched quotes whose speaker is right,
  over all predictions / all attributed segments (the number users feel).
  The speaker is right when the predicted mention overlaps the gold source
  and, where the source is written as a proper name, the last word of the
  predicted name occurs in it ("he" is never a right name).

How this relates to the shared score.py (which reads a derived gold.jsonl):
the segments, matching rule, quote_* and direct_r / mixed_r are defined the
same way and give the same numbers. speaker_acc corresponds to name_acc
(matched quotes with a gold source whose speaker is right) and speaker_* to
e2e_*; score.py also accepts a name that coreference gives for a pronoun or
surname source, while here, with no coreference in the corpus, a pronoun or
nominal source is judged by the mention alone and a name source by mention
plus name. On PolNeAR dev (extractor 1.x) both report quote_f1 0.962,
direct_r 0.990, mixed_r 0.877; speaker_f1 0.769 here against e2e_f1 0.773
there, and speaker_acc 0.805 against name_acc 0.810.
"""

from __future__ import annotations

import pathlib
import re
from dataclasses import dataclass

from quotes.extract import extract_quotes
from quotes.marks import pair_marks

COVERED = 0.8  # share of a quoted segment an attribution's content must cover
DIRECT = 0.6  # share of the content that must be quoted for a direct quote

# Words ignored when comparing names ("the", "Mr", possessive "s").
NAME_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "s", "mr", "mrs", "ms", "dr"}
)
PRONOUNS = frozenset(
    {"he", "she", "they", "i", "we", "it", "him", "her", "them", "his", "its", "their", "you"}
)
NAME_WORD = re.compile(r"[a-z0-9]+")
PROPER = re.compile(r"(?<![\w'’])[A-Z]")


@dataclass
class GoldSegment:
    """A quoted segment of a gold document and, if attributed, its sources."""

    start: int
    end: int
    kind: str  # "direct", "mixed" or "none"
    sources: list[tuple[int, int, str]]


def read_attributions(path: pathlib.Path) -> list[dict]:
    """The attributions of one brat .ann file: content, source and cue pieces."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            _label, _, ranges = parts[1].partition(" ")
            try:
                spans[parts[0]] = [
                    (int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))
                ]
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            roles: dict[str, list[str]] = {}
            for pair in parts[1].split():
                role, _, ref = pair.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            events.append(roles)
    attributions = []
    for roles in events:
        pieces = {
            role: [p for ref in roles.get(role, []) for p in spans.get(ref, [])]
            for role in ("Content", "Source", "Cue")
        }
        if pieces["Content"]:
            attributions.append(pieces)
    return attributions


def gold_segments(text: str, attributions: list[dict]) -> list[GoldSegment]:
    """Every quoted segment of `text`, attributed or not."""
    segments = [(s.start, s.end) for s in pair_marks(text)]
    gold = []
    for start, end in segments:
        seg = GoldSegment(start, end, "none", [])
        for att in attributions:
            content = att["Content"]
            if _covered(start, end, content) < COVERED * (end - start):
                continue
            content_len = sum(len(text[a:b].strip()) for a, b in content)
            quoted = sum(e - s for s, e in segments if _covered(s, e, content) >= COVERED * (e - s))
            seg.kind = "direct" if quoted >= DIRECT * content_len else "mixed"
            seg.sources = [(a, b, text[a:b]) for a, b in att["Source"]]
            break
        gold.append(seg)
    return gold


def _covered(start: int, end: int, pieces: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in pieces)


def _name_words(name: str | None) -> list[str]:
    name = (name or "").lower().replace("’s", "").replace("'s", "")
    return [w for w in NAME_WORD.findall(name) if w not in NAME_STOPWORDS]


def speaker_right(quote, sources: list[tuple[int, int, str]]) -> bool:
    """The predicted mention overlaps a gold source and, for a source written as
    a proper name, the predicted name's last word is in it."""
    if quote.speaker_start_char is None or quote.speaker_end_char is None:
        return False
    overlapping = [
        s
        for s in sources
        if max(quote.speaker_start_char, s[0]) < min(quote.speaker_end_char, s[1])
    ]
    if not overlapping:
        return False
    words = _name_words(quote.speaker)
    if not words or (len(words) == 1 and words[0] in PRONOUNS):
        return False
    proper = [s for s in overlapping if PROPER.search(re.sub(r"^(The|A|An)\s", "", s[2].strip()))]
    if not proper:
        return True
    gold_words = {w for s in proper for w in _name_words(s[2])}
    return words[-1] in gold_words


def evaluate_corpus(gold_dir: pathlib.Path) -> dict:
    """Run the extractor over gold_dir/text and score it against gold_dir/attributions."""
    gold_dir = pathlib.Path(gold_dir)
    totals = {"direct": 0, "mixed": 0}
    hits = {"direct": 0, "mixed": 0}
    documents = predicted = matched = speakers_ok = false_positives = 0
    with_source = named_ok = 0
    for text_path in sorted((gold_dir / "text").glob("*.txt")):
        with text_path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        ann_paths = sorted((gold_dir / "attributions").glob(text_path.stem + "_*.ann"))
        attributions = read_attributions(ann_paths[0]) if ann_paths else []
        gold = gold_segments(text, attributions)
        documents += 1
        for seg in gold:
            if seg.kind in totals:
                totals[seg.kind] += 1
        used: set[int] = set()
        for quote in extract_quotes(text, text_path.name):
            predicted += 1
            best, best_overlap = None, 0
            for i, seg in enumerate(gold):
                if i in used:
                    continue
                overlap = min(quote.end_char, seg.end) - max(quote.start_char, seg.start)
                if (
                    overlap >= 0.5 * (seg.end - seg.start)
                    and overlap >= 0.5 * max(1, quote.end_char - quote.start_char)
                    and overlap > best_overlap
                ):
                    best, best_overlap = i, overlap
            if best is None or gold[best].kind == "none":
                false_positives += 1
                if best is not None:
                    used.add(best)
                continue
            used.add(best)
            seg = gold[best]
            matched += 1
            hits[seg.kind] += 1
            if seg.sources:
                with_source += 1
            if (not seg.sources and quote.speaker is None) or (
                seg.sources and speaker_right(quote, seg.sources)
            ):
                speakers_ok += 1
                named_ok += bool(seg.sources)
    n_gold = totals["direct"] + totals["mixed"]
    return {
        "documents": documents,
        "gold_quotes": n_gold,
        "predicted": predicted,
        "matched": matched,
        "false_positives": false_positives,
        "quote_p": _ratio(matched, predicted),
        "quote_r": _ratio(matched, n_gold),
        "quote_f1": _f1(_ratio(matched, predicted), _ratio(matched, n_gold)),
        "direct_r": _ratio(hits["direct"], totals["direct"]),
        "mixed_r": _ratio(hits["mixed"], totals["mixed"]),
        "speakers_right": speakers_ok,
        "speaker_acc": _ratio(named_ok, with_source),
        "speaker_p": _ratio(speakers_ok, predicted),
        "speaker_r": _ratio(speakers_ok, n_gold),
        "speaker_f1": _f1(_ratio(speakers_ok, predicted), _ratio(speakers_ok, n_gold)),
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def format_report(metrics: dict) -> str:
    """The metrics as an aligned two-column table, one per line."""
    lines = []
    for key, value in metrics.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        lines.append(f"{key:<16} {shown}")
    return "\n".join(lines)
