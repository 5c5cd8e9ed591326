"""Datasette over a quotes database: the project's metadata, settings and templates, read-only."""

from __future__ import annotations

import json
import sqlite3
import time
from collections import OrderedDict
from importlib import resources
from pathlib import Path

from datasette.app import Datasette
from datasette.database import Database

# Facet suggestions cost about a second per page at a million quotes; full CSV
# exports must not stop at a size limit. Facets get time to finish (a facet over
# a million rows takes 50-150 ms), so that their results can be remembered.
SETTINGS = {
    "suggest_facets": False,
    "default_page_size": 50,
    "max_csv_mb": 0,
    "facet_time_limit_ms": 1000,
    "sql_time_limit_ms": 5000,
}

# Counts and facets slower than this are remembered (the file cannot change while served).
SLOW_QUERY_SECONDS = 0.02
REMEMBERED_RESULTS = 500
# Facets worth having ready before the first visitor asks (the metadata's defaults come too).
WARM_FACETS = ["cue", "published_month", "published_year"]


class ImmutableDatabase(Database):
    """A database served immutable that remembers the results of its slow counts and facets.

    At a million quotes a facet or a count over the whole table costs 50-400 ms
    however it is indexed; the file is opened immutable, so a result, once
    computed, stays true for as long as it is served. Row queries are not
    remembered: only results of aggregate queries (count(*)), at most
    REMEMBERED_RESULTS of them, least recently used dropped first.
    """

    remembers_results = True

    def __init__(self, ds, path):
        super().__init__(ds, path=str(path), is_mutable=False)
        self.results = OrderedDict()

    async def execute(self, sql, params=None, truncate=False, custom_time_limit=None, **kwargs):
        key = (sql, json.dumps(params, sort_keys=True, default=str), truncate, repr(kwargs))
        if key in self.results:
            self.results.move_to_end(key)
            return self.results[key]
        started = time.perf_counter()
        results = await super().execute(
            sql, params, truncate=truncate, custom_time_limit=custom_time_limit, **kwargs
        )
        if time.perf_counter() - started > SLOW_QUERY_SECONDS and "count(*)" in sql.lower():
            self.results[key] = results
            while len(self.results) > REMEMBERED_RESULTS:
                self.results.popitem(last=False)
        return results


async def warm_facets(datasette: Datasette, database: str) -> None:
    """Compute the quotes table's count and facets once, so that the first page is fast too."""
    facets = "&".join(f"_facet={column}" for column in WARM_FACETS)
    await datasette.client.get(f"/{database}/quotes.json?_size=1&{facets}")


def load_metadata(database_name: str) -> dict:
    """The packaged metadata, with its database section under the name Datasette will use."""
    metadata = json.loads(resources.files("quotes").joinpath("metadata.json").read_text())
    metadata["databases"] = {database_name: metadata.pop("database")}
    return metadata


def count_rows(db_path: Path) -> dict:
    """Row counts of every table, as `datasette inspect` records them.

    The file is served immutable, so counting once at startup spares every
    unfiltered table page a count(*) over a million rows.
    """
    connection = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute("select name from sqlite_master where type = 'table'")
        ]
        counts = {}
        for table in tables:
            try:
                counts[table] = connection.execute(f'select count(*) from "{table}"').fetchone()[0]
            except sqlite3.Error:
                continue  # a virtual table whose module this Python lacks
        return {
            db_path.stem: {
                "file": str(db_path),
                "size": db_path.stat().st_size,
                # no content hash: it would read the whole file, and no page needs it
                "hash": None,
                "tables": {table: {"count": count} for table, count in counts.items()},
            }
        }
    finally:
        connection.close()


def checkpoint(db_path: Path) -> None:
    """Fold a write-ahead log left by a load into the file itself.

    `quotes load` writes in WAL mode, and an immutable reader never looks at the
    -wal file: without this, quotes still in the log would be missing from the pages.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        connection = sqlite3.connect(db_path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def make_datasette(db_path: str | Path, *, warm: bool = True) -> Datasette:
    """A Datasette instance serving db_path read-only (immutable) with the project's metadata.

    With warm, the quotes table's facets are computed in the background as soon
    as the server starts.
    """
    db_path = Path(db_path)
    checkpoint(db_path)
    datasette = Datasette(
        metadata=load_metadata(db_path.stem),
        settings=SETTINGS,
        template_dir=str(resources.files("quotes").joinpath("templates")),
        inspect_data=count_rows(db_path),
    )
    database = ImmutableDatabase(datasette, db_path)
    database.warm = warm
    datasette.add_database(database, name=db_path.stem)
    return datasette
