"""The `quotes` command: parse arguments, call the library, report."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click
import sqlite_utils

from . import __version__
from .models import DocumentError, QuotesError


def report_error(error: DocumentError) -> None:
    click.echo(f"Error: {error}", err=True)


def fail_if_errors(errors: int, total_label: str) -> None:
    if errors:
        raise click.ClickException(f"{errors} {total_label} failed")


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find quoted statements and their speakers in news text, and index them."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--nl", is_flag=True, help="One JSON object per line instead of a JSON array")
def extract(paths, nl):
    """Print the quotes found in PATHS (files or folders) as JSON.

    \b
    Example:
        quotes extract seeds/ --nl
    """
    from .pipeline import extract_paths

    errors = []

    def on_error(error: DocumentError) -> None:
        errors.append(error)
        report_error(error)

    out = sys.stdout
    separator = "\n" if nl else ",\n"
    if not nl:
        out.write("[")
    for count, quote in enumerate(extract_paths(paths, on_error)):
        if count:
            out.write(separator)
        out.write(json.dumps(asdict(quote), ensure_ascii=False))
    out.write("\n" if nl else "]\n")
    fail_if_errors(len(errors), "file(s)")


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Re-extract documents even when unchanged")
def load(db_path, paths, force):
    """Create or update the SQLite database DB_PATH with the quotes in PATHS.

    \b
    Example:
        quotes load data/quotes.db seeds/
    """
    from .pipeline import load_paths

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    db.enable_wal()
    try:
        report = load_paths(db, paths, force=force, on_error=report_error)
    except QuotesError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"{report.loaded} document(s) loaded with {report.quotes} quote(s), "
        f"{report.unchanged} unchanged, {len(report.errors)} failed",
        err=True,
    )
    fail_if_errors(len(report.errors), "file(s)")


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on")
def serve(db_path, host, port):
    """Browse DB_PATH in Datasette (read-only).

    \b
    Example:
        quotes serve data/quotes.db
    """
    import uvicorn

    from .serve import make_datasette

    click.echo(f"Serving {db_path} on http://{host}:{port}/", err=True)
    uvicorn.run(make_datasette(db_path).app(), host=host, port=port, log_level="warning")


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
def evaluate(gold_dir):
    """Measure the extractor on an annotated corpus (text/*.txt and attributions/*.ann).

    \b
    Example:
        quotes eval ../shared/corpora/polnear/dev
    """
    from .evaluate import evaluate_corpus, format_report

    click.echo(format_report(evaluate_corpus(Path(gold_dir))))
