"""Benchmark `quotes load` end to end on a generated news corpus (a measurement, not a test).

    python tests/benchmarks/bench_load.py [--documents 100000] [--jobs 1 2] [--workdir DIR]
    python tests/benchmarks/bench_load.py --documents 167000 --jobs 2 --formats jsonl --phases

Generates news-like articles (a headline, paragraphs of reporting, quotes
attributed in the usual shapes) as JSON lines and as a gzipped WARC of HTML
pages, then runs each load in a fresh process and reports documents per
second and peak memory (the writer and its workers, each at its peak), plus
`quotes extract` alone on the JSON lines for comparison. Memory should stay
flat as --documents grows: reading streams and batches are bounded.

With --phases each load also says where its time went: extracting and
writing, then the end of the load, in which the refresh of speakers and
clusters works out what to write while the indexes and search indexes it
does not touch are built beside it, then writes, then the last indexes.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Ana", "Liang", "Maria", "James", "Priya", "Tom", "Lena", "Omar", "Sofia", "David"]
LAST = ["Costa", "Wenfeng", "Lopez", "Okafor", "Sharma", "Hale", "Park", "Haddad", "Rossi", "Kim"]
ROLES = [
    "the mayor",
    "a spokesman for the council",
    "the chief executive",
    "an economist at the university",
    "the coach",
    "the principal",
    "a local resident",
]
CUES = ["said", "told reporters", "added", "argued", "warned", "insisted"]
TOPICS = [
    "the harbor bridge",
    "the school budget",
    "the new stadium",
    "rail fares",
    "the river cleanup",
    "housing costs",
    "the election",
    "the heat wave",
]
FILLER = (
    "Officials met on Tuesday to discuss {topic}, which has divided residents for months. "
    "The plan would cost more than {n} million dollars over the next decade, according "
    "to figures released this week. Critics have asked for a public hearing."
)
PUBLISHERS = ["Harbor Post", "Daily Wire", "City News", "The Courier", "Metro Times"]


def article(n: int, rng: random.Random) -> dict:
    """One news-like article with three to six attributed quotes."""
    topic = rng.choice(TOPICS)
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        paragraphs.append(FILLER.format(topic=topic, n=rng.randint(2, 900)))
        statement = f"We cannot wait another year for {topic}, and people know it"
        shape = rng.randrange(3)
        if shape == 0:
            paragraphs.append(f"“{statement},” {rng.choice(CUES)} {name}, {rng.choice(ROLES)}.")
        elif shape == 1:
            paragraphs.append(f"{name}, {rng.choice(ROLES)}, said: “{statement}.”")
        else:
            paragraphs.append(f"“{statement},” {name.split()[1]} said. “We will keep going.”")
    return {
        "id": f"bench-{n}",
        "title": f"Debate over {topic} continues ({n})",
        "text": "\n\n".join(paragraphs),
        "url": f"https://news{n % 5}.example/{n}",
        "published": f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
        "publisher": PUBLISHERS[n % 5],
        "author": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
    }


def html(record: dict) -> str:
    body = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{record['title']} | {record['publisher']}</title>"
        f'<meta name="author" content="{record["author"]}">'
        f'<meta property="og:site_name" content="{record["publisher"]}">'
        f'<meta property="article:published_time" content="{record["published"]}">'
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a> "
        f"<a href='/sport'>Sport</a></nav><article><h1>{record['title']}</h1>{body}</article>"
        f"<div class='share'>Share on Facebook</div><a href='/more'>Read more</a>"
        f"<footer>Copyright {record['publisher']}</footer></body></html>"
    )


def generate(folder: Path, count: int) -> tuple[Path, Path]:
    jsonl, warc = folder / f"news-{count}.jsonl", folder / f"news-{count}.warc.gz"
    if jsonl.exists() and warc.exists():
        return jsonl, warc
    from warcio.statusandheaders import StatusAndHeaders  # to write a corpus, not to reuse one
    from warcio.warcwriter import WARCWriter

    rng = random.Random(count)
    with open(jsonl, "w", encoding="utf-8") as lines, open(warc, "wb") as archive:
        writer = WARCWriter(archive, gzip=True)
        for n in range(count):
            record = article(n, rng)
            lines.write(json.dumps(record, ensure_ascii=False) + "\n")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    record["url"],
                    "response",
                    payload=io.BytesIO(html(record).encode()),
                    http_headers=headers,
                )
            )
    return jsonl, warc


# `quotes load --quiet`, with the seconds of each phase of the load as its last line.
LOAD_WITH_PHASES = """
import sys, time
import sqlite_utils
from quotes import db, pipeline
seconds = {}

def timed(module, name, label):
    function = getattr(module, name)

    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[label] = seconds.get(label, 0) + time.perf_counter() - start

    setattr(module, name, run)

timed(pipeline, "write_batches", "extract+write")
timed(db, "finish_load", "end")
timed(db, "plan_identities", "refresh reading")
timed(db, "build_unlinked_indexes", "beside it: indexes")
timed(db, "write_identities", "refresh writing")
timed(db, "end_bulk_load", "last indexes")
path, source, jobs = sys.argv[1:]
report = pipeline.load_paths(sqlite_utils.Database(path), [source], jobs=int(jobs))
print(", ".join(f"{label} {value:.1f} s" for label, value in seconds.items()), file=sys.stderr)
"""


def measure(command: list[str]) -> tuple[float, float, str]:
    """Run in a fresh interpreter so that peak memory is this command's alone."""
    code = (
        "import resource, subprocess, sys, time, json\n"
        "start = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, "
        "text=True, check=False)\n"
        "print(json.dumps([time.perf_counter() - start, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, p.returncode, "
        "(p.stderr.strip().splitlines() or [''])[-1]]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *command], capture_output=True, text=True, check=True
    )
    seconds, peak, code_, last = json.loads(out.stdout)
    if code_ not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {last}")
    return seconds, peak, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--formats", nargs="+", default=["jsonl", "warc"])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--phases", action="store_true", help="Time each phase of the loads")
    args = parser.parse_args()
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    quotes = [sys.executable, "-c", "from quotes.cli import cli; cli()"]

    started = time.perf_counter()
    jsonl, warc = generate(folder, args.documents)
    print(
        f"corpus: {args.documents:,} documents; {jsonl.name} "
        f"{jsonl.stat().st_size / 1e6:.0f} MB, {warc.name} {warc.stat().st_size / 1e6:.0f} MB "
        f"(generated in {time.perf_counter() - started:.0f} s); {os.cpu_count()} cores"
    )

    seconds, peak, _ = measure([*quotes, "extract", str(jsonl), "--nl"])
    extract_rate = args.documents / seconds
    print(
        f"extract jsonl  jobs=1: {extract_rate:8,.0f} documents/s  "
        f"peak {peak:6.0f} MB  ({seconds:.1f} s)"
    )
    for name in args.formats:
        path = jsonl if name == "jsonl" else warc
        for jobs in args.jobs:
            db = folder / f"bench-{name}-{jobs}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            if args.phases:
                command = [sys.executable, "-c", LOAD_WITH_PHASES, str(db), str(path), str(jobs)]
            else:
                command = [*quotes, "load", str(db), str(path), "--jobs", str(jobs), "--quiet"]
            seconds, peak, summary = measure(command)
            rate = args.documents / seconds
            ratio = f"  {rate / extract_rate:.2f}x extract alone" if name == "jsonl" else ""
            print(
                f"load {name:5}     jobs={jobs}: {rate:8,.0f} documents/s  peak {peak:6.0f} MB"
                f"  ({seconds:.1f} s){ratio}"
            )
            print(f"    {summary}")


if __name__ == "__main__":
    main()
