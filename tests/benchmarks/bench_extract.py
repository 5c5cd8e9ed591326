"""Time the whole `quotes extract` process against the naive scan, on the same files.

usage: python tests/benchmarks/bench_extract.py POLNEAR_DIR [--runs N] [--naive PATH]

POLNEAR_DIR holds train/text and dev/text (e.g. ../shared/corpora/polnear). Both
splits are linked into one temporary folder so that each tool runs once over
all the text. Each tool runs N times (alternating, so that machine noise hits
both alike); the median wall time of each gives words per second, and the
ratio of the two is the number to compare across machines.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("polnear_dir", type=pathlib.Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--naive",
        type=pathlib.Path,
        default=pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval" / "naive_scan.py",
    )
    a = ap.parse_args()
    quotes_bin = shutil.which("quotes") or str(pathlib.Path(sys.executable).parent / "quotes")
    files = sorted(
        f for split in ("train", "dev") for f in (a.polnear_dir / split / "text").glob("*.txt")
    )
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    with tempfile.TemporaryDirectory() as tmp:
        text_dir = pathlib.Path(tmp) / "text"
        text_dir.mkdir()
        for f in files:
            os.symlink(f.resolve(), text_dir / f"{f.parent.parent.name}-{f.name}")
        commands = {
            "quotes extract": [quotes_bin, "extract", str(text_dir), "--nl"],
            "naive_scan": [
                sys.executable,
                str(a.naive),
                str(text_dir),
                str(pathlib.Path(tmp) / "naive.jsonl"),
            ],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(a.runs):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(
                    command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                times[name].append(time.perf_counter() - start)
    print(f"{len(files)} files, {words:,} words, median of {a.runs} runs (whole process)")
    rates = {}
    for name, runs in times.items():
        median = statistics.median(runs)
        rates[name] = words / median
        print(f"{name:15} {median:7.3f} s  {rates[name]:12,.0f} words/s")
    print(f"ratio quotes/naive: {rates['quotes extract'] / rates['naive_scan']:.3f}")


if __name__ == "__main__":
    main()
