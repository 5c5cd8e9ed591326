"""Datasette over a quotes database: the project's metadata, settings and templates, read-only."""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path

from datasette.app import Datasette

# Facet suggestions cost about a second per page at a million quotes; full CSV
# exports must not stop at a size limit. Facets slower than the limit are left
# out of the page (a search for a very common word) rather than holding it up.
SETTINGS = {
    "suggest_facets": False,
    "default_page_size": 50,
    "max_csv_mb": 0,
    "facet_time_limit_ms": 300,
    "sql_time_limit_ms": 5000,
}


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
        return {db_path.stem: {"tables": {t: {"count": n} for t, n in counts.items()}}}
    finally:
        connection.close()


def make_datasette(db_path: str | Path) -> Datasette:
    """A Datasette instance serving db_path read-only (immutable) with the project's metadata."""
    db_path = Path(db_path)
    return Datasette(
        immutables=[str(db_path)],
        metadata=load_metadata(db_path.stem),
        settings=SETTINGS,
        template_dir=str(resources.files("quotes").joinpath("templates")),
        inspect_data=count_rows(db_path),
    )
