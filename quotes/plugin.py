"""Datasette plugin: presentation of the quotes database that metadata alone cannot give."""

from __future__ import annotations

from datasette import hookimpl


@hookimpl
def render_cell(value, column, table):
    # Confidence is a sort key for people, not a float to read to 17 digits.
    if table == "quotes" and column == "confidence" and isinstance(value, float):
        return f"{value:.2f}"
    return None
