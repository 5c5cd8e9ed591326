"""Time and memory of recomputing speakers and quote clusters over a large database.

    python tests/benchmarks/bench_identity.py data/identity.db
    python tests/benchmarks/bench_identity.py data/small.db --quotes 20000

Writes the synthetic database of synthetic_db.py (1,000,000 quotes by
default) without its speaker refresh, then makes it look like an archive
where identity work is needed: one quote in ten is another article's quote
reported again (exactly, in capitals, or trimmed at both ends), and one in
ten names its speaker by surname only ("Okafor", "Mr. Okafor") as an
extractor leaves it when the article gives no first name at that point. Then
it runs refresh_identities in a fresh process twice (the first pass after the
load, and the idle one every later load does) and reports seconds and peak
memory of each, and the rows before and after. Last it times `quotes load` of a
few new articles into the big database (--new-articles, 10), which ends with
the same refresh.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import sqlite_utils

sys.path.insert(0, str(Path(__file__).parent))

import synthetic_db

from quotes import db as database

REFRESH = """
import json, resource, sys, time
import sqlite_utils
from quotes import db as database
db = sqlite_utils.Database(sys.argv[1])
database.ensure_schema(db)  # as every command does first
started = time.perf_counter()
database.refresh_identities(db)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": round(seconds, 1), "peak_mb": round(peak)}))
"""


def write_database(path: Path, quotes: int) -> sqlite_utils.Database:
    """The synthetic database, without speakers refreshed, with repeats and surnames planted."""
    refresh, database.refresh_speakers = database.refresh_speakers, lambda db: None
    try:
        db = synthetic_db.write_database(
            path, quotes, max(10, quotes // 20), max(1, quotes // 5), log=print_err
        )
    finally:
        database.refresh_speakers = refresh
    with db.atomic():
        # another article's quote: exact, in capitals, trimmed by a few words at each end
        source = (
            f"(select text from quotes other where other.id = (quotes.id * 7919) % {quotes} + 1)"
        )
        db.execute(f"update quotes set text = {source} where id % 10 = 1")
        db.execute(f"update quotes set text = upper({source}) where id % 10 = 2")
        db.execute(
            f"update quotes set text = substr({source}, 15, length({source}) - 30) "
            "where id % 10 = 3"
        )
        surname = "substr(speaker, instr(speaker, ' ') + 1)"
        db.execute(f"update quotes set speaker = {surname} where id % 20 = 4")
        db.execute(f"update quotes set speaker = 'Mr. ' || {surname} where id % 20 = 5")
    return db


def reset_identities(db: sqlite_utils.Database) -> None:
    """Back to the state a load leaves before its refresh: one speakers row per name as
    written, no clusters. The search-index trigger is off meanwhile, as no text changes."""
    triggers = db.execute(
        "select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'quotes' "
        "and name like '%_au'"
    ).fetchall()
    with db.atomic():
        for name, _ in triggers:
            db.execute(f"drop trigger [{name}]")
        db.execute("update quotes set cluster_id = null, speaker_id = null")
        db.execute("delete from quote_clusters")
        db.execute("delete from speakers")
        db.execute(
            "insert into speakers (name) select distinct speaker from quotes "
            "where speaker is not null"
        )
        db.execute(
            "update quotes set speaker_id = speakers.id from speakers "
            "where speakers.name = quotes.speaker"
        )
        for _, sql in triggers:
            db.execute(sql)


LOAD = """
import json, resource, sys, time
import sqlite_utils
from quotes.pipeline import load_paths
db = sqlite_utils.Database(sys.argv[1])
started = time.perf_counter()
report = load_paths(db, [sys.argv[2]], jobs=1)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": round(seconds, 1), "peak_mb": round(peak), "quotes": report.quotes}))
"""


def load_new_articles(path: Path, count: int) -> dict:
    """Load count articles of bench_load's kind into the database at path, in a fresh process."""
    import bench_load

    rng = random.Random(count)
    feed = path.with_name(f"{path.stem}-new-{count}.jsonl")
    with open(feed, "w", encoding="utf-8") as out:
        for n in range(count):
            record = bench_load.article(n, rng)
            record["id"] = f"new-{time.time_ns()}-{n}"  # new on every run
            out.write(json.dumps(record) + "\n")
    out = subprocess.run(
        [sys.executable, "-c", LOAD, str(path), str(feed)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def print_err(message: str) -> None:
    print(message, file=sys.stderr)


def refresh(path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", REFRESH, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--new-articles", type=int, default=10)
    parser.add_argument(
        "--reuse", action="store_true", help="Reset and time an existing database again"
    )
    args = parser.parse_args(argv)
    args.path.parent.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        started = time.perf_counter()
        write_database(args.path, args.quotes)
        print_err(f"database written ({time.perf_counter() - started:.0f}s)")
    db = sqlite_utils.Database(args.path)
    if args.reuse:
        reset_identities(db)
    spellings = db.execute("select count(distinct speaker) from quotes").fetchone()[0]
    first = refresh(args.path)
    again = refresh(args.path)
    quotes = db.table("quotes").count
    speakers = db.table("speakers").count
    clusters, clustered = db.execute(
        "select count(*), coalesce(sum(quote_count), 0) from quote_clusters"
    ).fetchone()
    print(
        f"{quotes:,} quotes: {spellings:,} speaker spellings -> {speakers:,} speakers; "
        f"{clusters:,} clusters holding {clustered:,} quotes\n"
        f"refresh after load: {first['seconds']}s, peak {first['peak_mb']} MB\n"
        f"refresh again (nothing changed): {again['seconds']}s, peak {again['peak_mb']} MB"
    )
    if args.new_articles:
        added = load_new_articles(args.path, args.new_articles)
        print(
            f"load {args.new_articles} new articles ({added['quotes']} quotes): "
            f"{added['seconds']}s, peak {added['peak_mb']} MB"
        )


if __name__ == "__main__":
    main()
