"""Datasette over a quotes database: the project's metadata and settings, served read-only."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from datasette.app import Datasette

# Facet suggestions cost about a second per page at a million quotes; full CSV
# exports must not stop at a size limit.
SETTINGS = {
    "suggest_facets": False,
    "default_page_size": 50,
    "max_csv_mb": 0,
    "facet_time_limit_ms": 1000,
    "sql_time_limit_ms": 5000,
}


def load_metadata(database_name: str) -> dict:
    """The packaged metadata, with its database section under the name Datasette will use."""
    metadata = json.loads(resources.files("quotes").joinpath("metadata.json").read_text())
    metadata["databases"] = {database_name: metadata.pop("database")}
    return metadata


def make_datasette(db_path: str | Path) -> Datasette:
    """A Datasette instance serving db_path read-only (immutable) with the project's metadata."""
    db_path = Path(db_path)
    return Datasette(
        immutables=[str(db_path)],
        metadata=load_metadata(db_path.stem),
        settings=SETTINGS,
    )
