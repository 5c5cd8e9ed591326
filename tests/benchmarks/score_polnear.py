"""Score extract_quotes on one PolNeAR split, in process, and show its errors.

usage: python tests/benchmarks/score_polnear.py SPLIT_DIR [--errors N] [--kind KIND]
           [--confidence] [--ceiling] [--sieves]

SPLIT_DIR is e.g. ../shared/corpora/polnear/dev (text/ and gold.jsonl). Writes
SPLIT_DIR-free output to $TMPDIR/quotes-<split>.jsonl, runs the shared score.py
on it and, with --errors, prints up to N misses, wrong speakers and false
positives with their context, for error analysis. --confidence prints precision
by confidence; --ceiling sorts the wrong speaker names by why they are wrong,
and gives name_acc and e2e_f1 if every one a real name could put right were;
--sieves measures each sieve as extract.CONFIDENCE holds it (run it on train).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from functools import cache

from quotes.extract import CONFIDENCE, NO_SPEAKER, attributed_quotes, extract_quotes
from quotes.identity import parse_name
from quotes.speakers import index_people

SCORE = pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


@cache
def scorer():
    """The shared score.py as a module, for its own name rule (name_ok)."""
    sys.path.insert(0, str(SCORE.parent))
    import score

    return score


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split_dir", type=pathlib.Path)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--kind", default="all", help="miss | name | fp | all")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--confidence", action="store_true", help="precision by confidence bin")
    ap.add_argument(
        "--ceiling", action="store_true", help="wrong speaker names by kind, and the best reachable"
    )
    ap.add_argument(
        "--sieves",
        action="store_true",
        help="how often each sieve and kind of mention is right (what CONFIDENCE holds)",
    )
    a = ap.parse_args()
    texts = {
        f.stem: f.open(encoding="utf-8", newline="").read()
        for f in sorted((a.split_dir / "text").glob("*.txt"))
    }
    t0 = time.perf_counter()
    preds = {doc: extract_quotes(text, doc + ".txt") for doc, text in texts.items()}
    took = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts.values())
    print(
        f"extracted {sum(map(len, preds.values()))} quotes from {len(texts)} docs, "
        f"{words} words in {took:.3f}s ({words / took:,.0f} words/s)",
        file=sys.stderr,
    )
    out = pathlib.Path(tempfile.gettempdir()) / f"quotes-{a.split_dir.name}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for qs in preds.values():
            for q in qs:
                fh.write(json.dumps(dataclasses.asdict(q), ensure_ascii=False) + "\n")
    score = pathlib.Path(a.split_dir).parents[2] / "eval" / "score.py"
    if not score.exists():
        score = SCORE
    subprocess.run([sys.executable, str(score), str(a.split_dir), str(out)], check=True)
    if a.errors:
        show_errors(a.split_dir, texts, preds, a.errors, a.kind, a.seed)
    if a.confidence:
        show_confidence(a.split_dir, preds)
    if a.ceiling:
        show_ceiling(a.split_dir, texts, preds)
    if a.sieves:
        show_sieves(a.split_dir, texts)


def show_errors(split_dir, texts, preds, n, kind, seed):
    name_ok = scorer().name_ok
    errors = []
    for line in (split_dir / "gold.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        text = texts[d["doc"]]
        plist = preds.get(d["doc"], [])
        for g in d["segments"]:
            match = None
            for q in plist:
                ov = min(q.end_char, g["end"]) - max(q.start_char, g["start"])
                if ov >= 0.5 * (g["end"] - g["start"]) and ov >= 0.5 * max(
                    1, q.end_char - q.start_char
                ):
                    match = q
            ctx = text[max(0, g["start"] - 200) : g["end"] + 120].replace("\n", " ¶ ")
            if g["kind"] == "none":
                if match is not None:
                    errors.append(
                        ("fp", f"FP [{match.speaker}|{match.cue}|{match.confidence}] {ctx!r}")
                    )
            elif match is None:
                errors.append(("miss", f"MISS {g['kind']} {g['names']} {ctx!r}"))
            elif g["names"] and not name_ok(match.speaker, g["names"]):
                errors.append(
                    (
                        "name",
                        (
                            f"NAME got {match.speaker!r} ({match.speaker_mention!r} "
                            f"{match.cue}) want {g['names']} {ctx!r}"
                        ),
                    )
                )
    random.Random(seed).shuffle(errors)
    shown = [e for k, e in errors if kind in ("all", k)]
    print(f"{len(shown)} errors of kind {kind}")
    for e in shown[:n]:
        print(e, "\n")


def matches(split_dir, preds):
    """(prediction, its gold segment or None, the gold source's names are proper) for every
    prediction, with score.py's matching: None where it matches no attributed quote."""
    for line in (split_dir / "gold.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        segs = d["segments"]
        used = set()
        for q in sorted(preds.get(d["doc"], []), key=lambda q: (q.start_char, q.end_char)):
            best, best_ov = None, 0
            for i, g in enumerate(segs):
                if i in used:
                    continue
                ov = min(q.end_char, g["end"]) - max(q.start_char, g["start"])
                if (
                    ov >= 0.5 * (g["end"] - g["start"])
                    and ov >= 0.5 * max(1, q.end_char - q.start_char)
                    and ov > best_ov
                ):
                    best, best_ov = i, ov
            if best is not None:
                used.add(best)
            if best is None or segs[best]["kind"] == "none":
                yield q, None, False
                continue
            g = segs[best]
            resolvable = any(re.search(r"(?<![\w'’])[A-Z]", without_article(n)) for n in g["names"])
            yield q, g, resolvable


def without_article(name: str) -> str:
    """A gold name without the article it opens with, as score.py reads it."""
    return re.sub(r"^(The|A|An)\s", "", name.strip())


def at_source(q, g) -> bool:
    """The speaker mention of q overlaps the annotated source of g."""
    return q.speaker_start_char is not None and any(
        max(q.speaker_start_char, a) < min(q.speaker_end_char, b) for a, b, _ in g["sources"]
    )


def name_right(q, g, resolvable) -> bool:
    """score.py's judgement of the speaker of a quote matched to g (which has a source)."""
    return scorer().name_ok(q.speaker, g["names"]) if resolvable else at_source(q, g)


def judge(split_dir, preds):
    """(confidence, quote right, quote and speaker right) for every prediction,
    with score.py's matching and name rules."""
    rows = []
    for q, g, resolvable in matches(split_dir, preds):
        if g is None:
            rows.append((q.confidence, False, False))
        elif not g["sources"]:
            rows.append((q.confidence, True, not q.speaker))
        else:
            rows.append((q.confidence, True, name_right(q, g, resolvable)))
    return rows


def show_sieves(split_dir, texts):
    """How often each (sieve, kind of mention) gives a right quote and speaker,
    with score.py's matching and name rules, next to extract.CONFIDENCE."""
    how = {}
    preds = {}
    for doc, text in texts.items():
        records = attributed_quotes(text, doc + ".txt")
        preds[doc] = [q for q, _, _ in records]
        how.update({id(q): (sieve, kind) for q, sieve, kind in records})
    tally: dict = {}
    for q, g, resolvable in matches(split_dir, preds):
        if g is None:
            right = False
        elif not g["sources"]:
            right = not q.speaker
        else:
            right = name_right(q, g, resolvable)
        counts = tally.setdefault(how[id(q)], [0, 0])
        counts[0] += right
        counts[1] += 1
    print("\n| sieve | mention | quotes | right | CONFIDENCE |")
    print("| --- | --- | --- | --- | --- |")
    for (sieve, kind), (right, n) in sorted(tally.items()):
        now = (
            CONFIDENCE.get(sieve, (0.5, 0.5, 0.5))[("name", "pron", "nom").index(kind)]
            if sieve
            else NO_SPEAKER
        )
        print(f"| {sieve or '(none)'} | {kind or '-'} | {n} | {right / n:.2f} | {now} |")


def show_confidence(split_dir, preds):
    rows = judge(split_dir, preds)
    bins = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6), (0.4, 0.5), (0.0, 0.4)]
    print("\n| confidence | quotes | quote precision | quote+speaker precision |")
    print("| --- | --- | --- | --- |")
    for lo, hi in bins:
        inside = [r for r in rows if lo <= r[0] < hi]
        if inside:
            qp = sum(r[1] for r in inside) / len(inside)
            ep = sum(r[2] for r in inside) / len(inside)
            print(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(inside)} | {qp:.3f} | {ep:.3f} |")


# Kinds of wrong speaker names that no real name in the speaker column can put right.
UNREACHABLE = (
    "the annotated source is the verb said",
    "the annotated chain names no person or organisation",
)


def wrong_name_kind(q, g, resolvable, people_words: set[str]) -> str:
    """Why score.py judges the speaker of q (matched to g) wrong."""
    if all(source.lower().strip() in ("said", "says") for _, _, source in g["sources"]):
        return UNREACHABLE[0]
    chain_words = {
        word.lower()
        for name in g["names"]
        for word in re.findall(r"[\w’'-]+", without_article(name))
        if word[:1].isupper()
    }
    names_someone = chain_words & people_words or any(
        parse_name(name).kind in ("person", "organisation") for name in g["names"]
    )
    if resolvable and not names_someone:
        # "He" and "The Republican presidential nominee": "Donald Trump" cannot match
        return UNREACHABLE[1]
    mention = (q.speaker_mention or "").lower()
    if q.speaker is None:
        return "no speaker found"
    if q.speaker.lower() == mention and mention in ("he", "she", "they", "it", "i", "we"):
        return "a pronoun left unresolved"
    if at_source(q, g) and mention in ("he", "she", "his", "her", "they", "i", "we"):
        return "the annotated pronoun, resolved to another person than its chain (check by hand)"
    if not resolvable:
        return "another mention, where the chain has no proper name"
    return "another mention taken as the speaker"


def proper_only_by_a_capital_pronoun(g) -> bool:
    """score.py takes a gold name for a proper name when a word of it opens
    with a capital, so a sentence's first "He" or "She" is one: its docstring
    says the mention decides where the gold knows only "he"."""
    words = [word for name in g["names"] for word in re.findall(r"[\w’'-]+", without_article(name))]
    capitals = [word for word in words if word[:1].isupper()]
    return bool(capitals) and all(word.lower() in scorer().PRONOUNS for word in capitals)


def show_ceiling(split_dir, texts, preds):
    """Wrong names by kind, and name_acc and e2e_f1 if every reachable one were put right."""
    people_words = {}
    for doc, text in texts.items():
        people = index_people(text, [])
        people_words[doc] = {
            word.lower() for person in people.persons for word in person.name.split()
        }
    kinds: Counter = Counter()
    judged = right = e2e = predicted = spoken_for = 0
    pronoun_judged = pronoun_flips = 0  # by a capital pronoun: quotes, and their change by mention
    for q, g, resolvable in matches(split_dir, preds):
        predicted += 1
        if g is None:
            continue
        if not g["sources"]:
            e2e += not q.speaker
            spoken_for += bool(q.speaker)
            continue
        judged += 1
        if resolvable and proper_only_by_a_capital_pronoun(g):
            pronoun_judged += 1
            pronoun_flips += at_source(q, g) - name_right(q, g, resolvable)
        if name_right(q, g, resolvable):
            right += 1
            continue
        kinds[wrong_name_kind(q, g, resolvable, people_words[q.document.removesuffix(".txt")])] += 1
    gold = sum(
        g["kind"] in ("direct", "mixed")
        for line in (split_dir / "gold.jsonl").open(encoding="utf-8")
        for g in json.loads(line)["segments"]
    )
    e2e += right
    reachable = sum(n for kind, n in kinds.items() if kind not in UNREACHABLE)
    print(f"\n{judged - right} of {judged} speaker names judged wrong:")
    for kind, n in kinds.most_common():
        print(f"{n:6d}  {kind}{'  (no real name can be right)' if kind in UNREACHABLE else ''}")
    print(f"{spoken_for:6d}  quotes with no annotated source given a speaker (e2e only)")
    best = e2e + reachable + spoken_for
    f1 = 2 * best / (predicted + gold)
    print(f"all reachable put right: name_acc {(right + reachable) / judged:.3f}, e2e_f1 {f1:.3f}")
    print(
        f"{pronoun_judged} quotes have a gold source whose only capitals are pronouns (He, She);"
        f" judged by their mention: name_acc {(right + pronoun_flips) / judged:.3f}"
    )


if __name__ == "__main__":
    main()
