"""Datasette over a quotes database: the project's metadata, settings and templates, read-only."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections import OrderedDict
from importlib import resources
from pathlib import Path

from datasette.app import Datasette
from datasette.database import Database, QueryInterrupted

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
# A search's facets are counted when it matches at most this many rows (a facet over
# 20,000 matches takes about 100 ms; over the 940,000 quotes with "the", 1.5-3 s each).
SEARCH_FACET_MAX_MATCHES = 20_000
# A search's count with other filters too gives up after this long (the page then shows no count).
SEARCH_COUNT_TIME_LIMIT_MS = 500
# Facets worth having ready before the first visitor asks (the metadata's defaults come too).
WARM_FACETS = ["cue", "published_month", "published_year"]


# How Datasette 0.65 writes ?_search= into its SQL (filters.py), and the count, row and
# facet queries of a table page built around it.
SEARCH_CLAUSE = (
    r"rowid in \(select rowid from (?P<fts>\[?\w+\]?) where (?P=fts) "
    r"match (?P<match>escape_fts\(:search\)|:search)\)"
)
COUNT_OF_SEARCH = re.compile(
    rf"select count\(\*\) from (?P<table>\[?\w+\]?) where {SEARCH_CLAUSE}\s*$"
)
ROWS_OF_SEARCH = re.compile(
    rf"select (?P<columns>[^()]+?) from (?P<table>\[?\w+\]?) where {SEARCH_CLAUSE}"
    r"(?P<after> and \((?:[ ()]|id|or|and|[<>=]+|:p\d+)+\))?"
    r" order by id(?:, id)? (?P<limit>limit \d+)\s*$",
    re.DOTALL,
)
PLAIN_SEARCH = re.compile(rf"where {SEARCH_CLAUSE}\s*(?:order by|\)|$)")
FACET_OVER = re.compile(
    r"\(\s*select .*? (?P<from>from .*)\)\s*where \S+ is not null\s+group by", re.DOTALL
)


def search_sql(sql: str, many_matches: bool = False) -> str:
    """The same query, faster, for the count and the rows of a plain search.

    Datasette filters a search as `rowid in (select rowid from fts where fts
    match ...)`, which makes SQLite collect every match first: 1.5-2.5 s to
    count and 0.4 s to show the first page of the 940,000 quotes with "the". The
    index alone counts its matches (in 0.1 s), and read in rowid order it gives
    the first page at once. Only the plain search, ordered by id, is rewritten;
    with another order the query is Datasette's own, and with another filter too unless
    the search has many_matches.
    """
    count = COUNT_OF_SEARCH.match(sql)
    if count:
        return f"select count(*) from {count['fts']} where {count['fts']} match {count['match']}"
    rows = ROWS_OF_SEARCH.match(sql)
    if rows:
        table, fts = rows["table"], rows["fts"]
        columns = ", ".join(f"{table}.{column.strip()}" for column in rows["columns"].split(","))
        after = re.sub(r"\bid\b", f"{table}.id", rows["after"] or "")
        # the next page starts at or after its first id: let the index skip to it
        start = re.match(r" and \(id > (:p\d+)", rows["after"] or "")
        if start:
            after += f" and {fts}.rowid >= cast({start[1]} as integer)"
        return (
            f"select {columns} from {fts} join {table} on {table}.rowid = {fts}.rowid "
            f"where {fts} match {rows['match']}{after} order by {fts}.rowid {rows['limit']}"
        )
    search = filtered_search(sql)
    if search and many_matches:
        # With another filter, `+rowid` makes SQLite read that filter's index and look each
        # row up among the matches, rather than each match up in that index: 0.15 s instead
        # of 0.4 s to count the top speaker's quotes with "the". For a rare word the matches
        # are fewer than the filter's rows, and Datasette's query is the faster.
        return sql[: search.start()] + "+" + sql[search.start() :]
    return sql


def filtered_search(sql: str) -> re.Match | None:
    """The search clause of a query that filters on something else too."""
    search = re.search(SEARCH_CLAUSE, sql)
    if search is None or PLAIN_SEARCH.search(sql):
        return None
    return search


class ImmutableDatabase(Database):
    """A database served immutable that remembers the results of its slow counts and facets.

    At a million quotes a facet or a count over the whole table costs 50-400 ms
    however it is indexed; the file is opened immutable, so a result, once
    computed, stays true for as long as it is served. Row queries are not
    remembered: only results of aggregate queries (count(*)), at most
    REMEMBERED_RESULTS of them, least recently used dropped first.
    """

    def __init__(self, ds, path):
        super().__init__(ds, path=str(path), is_mutable=False)
        self.results = OrderedDict()
        # count(*) results by the FROM ... WHERE they counted, for the facets that follow
        self.counts = OrderedDict()

    async def execute(self, sql, params=None, truncate=False, custom_time_limit=None, **kwargs):
        params_key = json.dumps(params, sort_keys=True, default=str)
        key = (sql, params_key, truncate, repr(kwargs))
        if key in self.results:
            self.results.move_to_end(key)
            result = self.results[key]
            if isinstance(result, QueryInterrupted):
                raise result
            return result
        searching = " match " in sql
        if searching and custom_time_limit:
            self.skip_big_search_facet(sql, params, params_key)
        many_matches = False
        if searching and (search := filtered_search(sql)) and "search" in (params or {}):
            matches = await self.execute(
                f"select count(*) from {search['fts']} where {search['fts']} match {search['match']}",
                {"search": params["search"]},
            )
            many_matches = matches.first()[0] > SEARCH_FACET_MAX_MATCHES
        run_sql = search_sql(sql, many_matches) if searching else sql
        is_count = sql.lower().startswith("select count(*) ")
        if searching and is_count and not COUNT_OF_SEARCH.match(sql):
            # a search with other filters: no count rather than a page that takes seconds
            custom_time_limit = SEARCH_COUNT_TIME_LIMIT_MS
        started = time.perf_counter()
        try:
            results = await super().execute(
                run_sql, params, truncate=truncate, custom_time_limit=custom_time_limit, **kwargs
            )
        except QueryInterrupted as interrupted:
            if searching and is_count:
                self.remember(key, interrupted)
            raise
        if is_count:
            self.counts[(sql[len("select count(*) ") :].strip(), params_key)] = results.first()[0]
            while len(self.counts) > REMEMBERED_RESULTS:
                self.counts.popitem(last=False)
        if time.perf_counter() - started > SLOW_QUERY_SECONDS and "count(*)" in sql.lower():
            self.remember(key, results)
        return results

    def remember(self, key, result) -> None:
        self.results[key] = result
        while len(self.results) > REMEMBERED_RESULTS:
            self.results.popitem(last=False)

    def skip_big_search_facet(self, sql: str, params, params_key: str) -> None:
        """Give up at once on a facet of a search with more than SEARCH_FACET_MAX_MATCHES
        matches (or an unknown number): Datasette then lists it as timed out."""
        facet = FACET_OVER.search(sql)
        if facet is None:
            return
        count = self.counts.get((facet["from"].strip(), params_key))
        if count is None or count > SEARCH_FACET_MAX_MATCHES:
            raise QueryInterrupted(None, sql, params)


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
