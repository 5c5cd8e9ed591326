"""Score extract_quotes on one PolNeAR split, in process, and show its errors.

usage: python tests/benchmarks/score_polnear.py SPLIT_DIR [--errors N] [--kind KIND]

SPLIT_DIR is e.g. ../shared/corpora/polnear/dev (text/ and gold.jsonl). Writes
SPLIT_DIR-free output to /tmp/quotes-<split>.jsonl, runs the shared score.py
on it and, with --errors, prints up to N misses, wrong speakers and false
positives with their context, for error analysis.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pathlib
import random
import subprocess
import sys
import time

from quotes.extract import extract_quotes

SCORE = pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split_dir", type=pathlib.Path)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--kind", default="all", help="miss | name | fp | all")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--confidence", action="store_true", help="precision by confidence bin")
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
    out = pathlib.Path(f"/tmp/quotes-{a.split_dir.name}.jsonl")
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


def show_errors(split_dir, texts, preds, n, kind, seed):
    sys.path.insert(0, str(SCORE.parent))
    from score import name_ok  # the scorer's own name rule

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


def judge(split_dir, preds):
    """(confidence, quote right, quote and speaker right) for every prediction,
    with score.py's matching and name rules."""
    sys.path.insert(0, str(SCORE.parent))
    import re

    from score import name_ok

    rows = []
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
            if best is None or segs[best]["kind"] == "none":
                if best is not None:
                    used.add(best)
                rows.append((q.confidence, False, False))
                continue
            used.add(best)
            g = segs[best]
            if not g["sources"]:
                rows.append((q.confidence, True, not q.speaker))
                continue
            resolvable = any(
                re.search(r"(?<![\w'’])[A-Z]", re.sub(r"^(The|A|An)\s", "", n.strip()))
                for n in g["names"]
            )
            hit = q.speaker_start_char is not None and any(
                max(q.speaker_start_char, a) < min(q.speaker_end_char, b)
                for a, b, _ in g["sources"]
            )
            ok = name_ok(q.speaker, g["names"]) if resolvable else hit
            rows.append((q.confidence, True, ok))
    return rows


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


if __name__ == "__main__":
    main()
