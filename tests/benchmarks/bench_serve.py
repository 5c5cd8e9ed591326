"""Serve a (synthetic) quotes database as `quotes serve` does and time the pages people use.

    python tests/benchmarks/synthetic_db.py data/synthetic.db     # once, about 13 minutes
    python tests/benchmarks/bench_serve.py data/synthetic.db

Starts `quotes serve DB` on a free port, waits for it to warm its facets,
requests each page once ("first": nothing remembered yet for that URL) and
then REPEAT times, and prints the median and slowest latency, then streams
the full CSV export and checks that it has every row. Not a test: it prints
numbers (targets: pages, filters, facets and rare-word search under 100 ms;
the most common word under 500 ms; the export complete).
"""

from __future__ import annotations

import argparse
import csv
import io
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote_plus

import httpx

TARGET_MS = 100
COMMON_WORD_TARGET_MS = 500


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"quotes serve exited with status {process.returncode}")
        try:
            httpx.get(base + "/-/versions.json", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("quotes serve did not start")


def time_requests(client: httpx.Client, paths: list[str], repeat: int) -> tuple[float, list[float]]:
    """Milliseconds of the first request, then per request cycling through paths."""
    started = time.perf_counter()
    client.get(paths[0]).raise_for_status()
    first = (time.perf_counter() - started) * 1000
    for path in paths[1:]:
        client.get(path).raise_for_status()
    timings = []
    for index in range(repeat):
        path = paths[index % len(paths)]
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return first, timings


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db_path", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--settle", type=float, default=5, help="Seconds to wait after start")
    parser.add_argument("--no-csv", action="store_true", help="Skip the full CSV export")
    args = parser.parse_args(argv)

    name = args.db_path.stem
    sample = sqlite3.connect(f"file:{args.db_path}?immutable=1", uri=True)
    total = sample.execute("select count(*) from quotes").fetchone()[0]
    top_speaker_id, top_speaker, top_count = sample.execute(
        "select id, name, quote_count from speakers order by quote_count desc limit 1"
    ).fetchone()
    median_speakers = sample.execute(
        "select id, name from speakers order by quote_count desc limit 5 offset ?",
        [sample.execute("select count(*) / 2 from speakers").fetchone()[0]],
    ).fetchall()
    max_id = sample.execute("select max(id) from quotes").fetchone()[0]
    quote_ids = [max_id * k // 11 + 1 for k in range(10)]
    rare_word, common_word = "quixotically", "the"
    rare_hits = sample.execute(
        "select count(*) from quotes_fts where quotes_fts match ?", [rare_word]
    ).fetchone()[0]
    common_hits = sample.execute(
        "select count(*) from quotes_fts where quotes_fts match ?", [common_word]
    ).fetchone()[0]
    clusters, widely_reported = [], []
    for cluster_id, first_quote_id in sample.execute(
        "select id, first_quote_id from quote_clusters "
        "order by publisher_count desc, quote_count desc limit 5"
    ):
        clusters.append(cluster_id)
        widely_reported.append(first_quote_id)
    sample.close()

    q = f"/{name}/quotes"
    cases = [
        ("table page", [q], TARGET_MS),
        ("facet by speaker", [f"{q}?_facet=speaker"], TARGET_MS),
        ("facet by month", [f"{q}?_facet=published_month"], TARGET_MS),
        (
            f"speaker filter, top speaker ({top_count:,} quotes)",
            [f"{q}?speaker={quote_plus(top_speaker)}"],
            TARGET_MS,
        ),
        (
            "speaker filter, typical speakers",
            [f"{q}?speaker={quote_plus(n)}" for _, n in median_speakers],
            TARGET_MS,
        ),
        (f"search rare word ({rare_hits:,} hits)", [f"{q}?_search={rare_word}"], TARGET_MS),
        (
            f"search common word '{common_word}' ({common_hits:,} hits)",
            [f"{q}?_search={common_word}"],
            COMMON_WORD_TARGET_MS,
        ),
        (
            f"search '{common_word}', next page",
            [f"{q}?_search={common_word}&_next={quote_ids[5]},{quote_ids[5]}"],
            COMMON_WORD_TARGET_MS,
        ),
        (
            f"search '{common_word}' by the top speaker",
            [f"{q}?_search={common_word}&speaker={quote_plus(top_speaker)}"],
            COMMON_WORD_TARGET_MS,
        ),
        ("quote page in context", [f"{q}/{i}" for i in quote_ids], TARGET_MS),
        (
            "quote page of a statement reported most widely",
            [f"{q}/{i}" for i in widely_reported],
            TARGET_MS,
        ),
        (
            "statement page (quote_clusters row)",
            [f"/{name}/quote_clusters/{i}" for i in clusters],
            TARGET_MS,
        ),
        (
            f"speaker page, top speaker ({top_count:,} quotes)",
            [f"/{name}/speakers/{top_speaker_id}"],
            TARGET_MS,
        ),
        (
            "speaker page, typical speakers",
            [f"/{name}/speakers/{i}" for i, _ in median_speakers],
            TARGET_MS,
        ),
        ("search articles (canned query)", [f"/{name}/search_documents?term={rare_word}"], 0),
        ("top speakers (canned query)", [f"/{name}/top_speakers"], 0),
        ("most repeated statements (canned query)", [f"/{name}/most_repeated"], TARGET_MS),
        ("speakers list", [f"/{name}/speakers"], TARGET_MS),
    ]

    cases = [case for case in cases if case[1]]  # a database without quote_clusters
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-c", "from quotes.cli import cli; cli()", "serve", str(args.db_path)]
        + ["--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(base, server)
        print(f"{args.db_path}: {total:,} quotes; {args.repeat} requests per page after a warm-up")
        # `quotes serve` computes the table's facets in the background as it starts.
        time.sleep(args.settle)
        print(f"{'page':<52} {'first':>9} {'median':>9} {'max':>9}  target")
        failures = 0
        with httpx.Client(base_url=base, timeout=120) as client:
            for label, paths, target in cases:
                first, timings = time_requests(client, paths, args.repeat)
                median = statistics.median(timings)
                verdict = ""
                if target:
                    ok = median < target
                    failures += not ok
                    verdict = f"< {target} ms {'ok' if ok else 'MISSED'}"
                print(
                    f"{label:<52} {first:>7.1f}ms {median:>7.1f}ms {max(timings):>7.1f}ms  {verdict}"
                )
            if not args.no_csv:
                started = time.perf_counter()
                rows = 0
                ids = set()
                with client.stream(
                    "GET", f"{q}.csv?_stream=on&_labels=on&_size=max", timeout=None
                ) as response:
                    response.raise_for_status()
                    text = io.StringIO()
                    for chunk in response.iter_text():
                        text.write(chunk)
                text.seek(0)
                reader = csv.DictReader(text)
                for row in reader:
                    rows += 1
                    ids.add(row["id"])
                seconds = time.perf_counter() - started
                complete = rows == total == len(ids)
                failures += not complete
                print(
                    f"full CSV export: {rows:,} rows ({len(ids):,} distinct ids) of {total:,} "
                    f"in {seconds:.1f}s, {text.tell() / 1e6:,.0f} MB: "
                    f"{'complete' if complete else 'INCOMPLETE'}"
                )
        print("all targets met" if not failures else f"{failures} target(s) missed")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
