"""The `quotes` command: parse arguments, call the library, report."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .documents import DEFAULT_MAX_BYTES, FORMATS, ReadOptions
from .models import DocumentError, QuotesError

if TYPE_CHECKING:  # extracting needs no database library: it loads only where a command opens one
    import sqlite_utils


@contextmanager
def library_errors() -> Iterator[None]:
    """The library's own errors, as one-line command errors."""
    try:
        yield
    except QuotesError as error:
        raise click.ClickException(str(error)) from None


def report_error(error: DocumentError) -> None:
    click.echo(f"Error: {error}", err=True)


def fail_if_errors(errors: int, total_label: str) -> None:
    if errors:
        raise click.ClickException(f"{errors} {total_label} failed")


def input_options(command):
    """The options every command that reads documents shares: format, fields, size cap."""
    options = [
        click.option(
            "--format",
            "input_format",
            type=click.Choice(FORMATS),
            help="Read every input as this format (default: by extension, else by content)",
        ),
        click.option("--text-field", help="Record field with the text [text, content, body...]"),
        click.option("--id-field", help="Record field with the document id [id, uuid, guid...]"),
        click.option("--title-field", help="Record field with the title [title, headline]"),
        click.option("--date-field", help="Record field with the date [published, date...]"),
        click.option("--url-field", help="Record field with the URL [url, link]"),
        click.option("--author-field", help="Record field with the author [author, byline]"),
        click.option(
            "--publisher-field", help="Record field with the publisher [publisher, site, source]"
        ),
        click.option("--language-field", help="Record field with the language [language, lang]"),
        click.option(
            "--max-size",
            type=float,
            default=DEFAULT_MAX_BYTES / 1e6,
            show_default=True,
            help="Skip (and report) documents bigger than this many megabytes",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def read_options(input_format, max_size, **fields) -> ReadOptions:
    return ReadOptions(format=input_format, max_bytes=int(max_size * 1e6), **fields)


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find quoted statements and their speakers in news text, and index them."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--nl", is_flag=True, help="One JSON object per line instead of a JSON array")
@input_options
def extract(paths, nl, input_format, max_size, **fields):
    """Print the quotes found in PATHS (files, folders, archives, or - for stdin) as JSON.

    \b
    Example:
        quotes extract seeds/ --nl
        quotes extract export.jsonl --text-field body --nl
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
    options = read_options(input_format, max_size, **fields)
    # one encoder for every quote: json.dumps with options builds a new one each call
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for count, quote in enumerate(extract_paths(paths, on_error, options)):
        if count:
            out.write(separator)
        # vars(): the record's own fields, without asdict's deep copy of every value
        out.write(encode(vars(quote)))
    out.write("\n" if nl else "]\n")
    fail_if_errors(len(errors), "document(s)")


class Progress:
    """A one-line status on stderr, redrawn at most a few times a second."""

    def __init__(self):
        self.shown = 0.0

    def __call__(self, report) -> None:
        now = time.monotonic()
        if now - self.shown < 0.25:
            return
        self.shown = now
        click.echo(f"\r{status_line(report)}\033[K", err=True, nl=False)

    def clear(self) -> None:
        if self.shown:
            click.echo("\r\033[K", err=True, nl=False)


def status_line(report) -> str:
    return (
        f"{report.documents:,} documents, {report.quotes:,} quotes, "
        f"{report.documents_per_second:,.0f} documents/s, {len(report.errors):,} errors"
    )


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Re-extract documents even when unchanged")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: all cores]"
)
@click.option("-q", "--quiet", is_flag=True, help="No progress line")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    help="Documents written per transaction [default: 200]",
)
@click.option(
    "--no-refresh",
    is_flag=True,
    help="Leave speakers and quote clusters for `quotes speakers refresh` (for many small loads)",
)
@input_options
def load(
    db_path, paths, force, jobs, quiet, batch_size, no_refresh, input_format, max_size, **fields
):
    """Create or update the SQLite database DB_PATH with the quotes in PATHS.

    PATHS are files, folders, archives, or - for stdin.

    \b
    Example:
        quotes load data/quotes.db seeds/
        quotes load data/news.db CC-NEWS-20240101.warc.gz --jobs 2
    """
    import sqlite_utils

    from .pipeline import default_jobs, load_paths

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    progress = Progress() if sys.stderr.isatty() and not quiet else None
    try:
        report = load_paths(
            db,
            paths,
            force=force,
            jobs=jobs or default_jobs(),
            options=read_options(input_format, max_size, **fields),
            batch_size=batch_size,
            on_error=report_error if progress is None else with_clear(progress, report_error),
            on_progress=progress,
            refresh=not no_refresh,
        )
    except KeyboardInterrupt:
        if progress:
            progress.clear()
        click.echo("Interrupted: every finished batch is saved; run again to finish.", err=True)
        sys.exit(130)
    except QuotesError as error:
        raise click.ClickException(str(error)) from None
    if progress:
        progress.clear()
    skipped = sum(report.skipped.values())
    click.echo(
        f"{report.loaded} document(s) loaded with {report.quotes} quote(s), "
        f"{report.unchanged} unchanged, {len(report.errors)} failed"
        + (f", {skipped} record(s) skipped ({skipped_reasons(report.skipped)})" if skipped else ""),
        err=True,
    )
    fail_if_errors(len(report.errors), "document(s)")


def with_clear(progress: Progress, handler):
    def clear_then_handle(error: DocumentError) -> None:
        progress.clear()
        progress.shown = 0.0
        handler(error)

    return clear_then_handle


def skipped_reasons(reasons) -> str:
    return ", ".join(f"{count} {reason}" for reason, count in reasons.most_common(5))


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


@cli.group()
def speakers():
    """One row per person: list speakers, and correct the machine's merging.

    Corrections are stored in the database and applied again after every load.
    """


def open_database(db_path: str) -> sqlite_utils.Database:
    import sqlite_utils

    from . import db as database

    db = sqlite_utils.Database(db_path)
    database.ensure_schema(db)
    return db


@speakers.command(name="list")
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--like", help="Only speakers whose name or aliases contain this")
@click.option("--limit", default=50, show_default=True, help="How many, most quoted first")
def list_speakers(db_path, like, limit):
    """List the most quoted speakers with the forms they were written in.

    \b
    Example:
        quotes speakers list data/quotes.db --like Trump
    """
    from . import db as database

    for row in database.list_speakers(open_database(db_path), limit, like):
        aliases = ", ".join(json.loads(row["aliases"] or "{}"))
        click.echo(f"{row['id']}\t{row['name']}\t{row['quote_count']} quote(s)\t{aliases}")


@speakers.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("names", nargs=-1, required=True)
def merge(db_path, names):
    """Merge the speaker NAME into the speaker INTO (or rename it INTO).

    \b
    Example:
        quotes speakers merge data/quotes.db "Trump" into "Donald Trump"
    """
    from . import db as database

    if len(names) == 3 and names[1].lower() == "into":
        names = (names[0], names[2])
    if len(names) != 2:
        raise click.UsageError('expected NAME into INTO, e.g. "Trump" into "Donald Trump"')
    with library_errors():
        database.add_speaker_correction(open_database(db_path), "merge", names[0], names[1])
    click.echo(f"Merged {names[0]!r} into {names[1]!r}", err=True)


@speakers.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("name")
def split(db_path, name):
    """Make the speaker written NAME a row of its own, out of whatever it was merged into.

    \b
    Example:
        quotes speakers split data/quotes.db "George Bush"
    """
    from . import db as database

    with library_errors():
        database.add_speaker_correction(open_database(db_path), "split", name)
    click.echo(f"Split {name!r} out as its own speaker", err=True)


@speakers.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
def corrections(db_path):
    """List the merges and splits made so far, with their ids.

    \b
    Example:
        quotes speakers corrections data/quotes.db
    """
    from . import db as database

    for row in database.list_speaker_corrections(open_database(db_path)):
        into = f" into {row['into']!r}" if row["into"] else ""
        click.echo(f"{row['id']}\t{row['action']} {row['name']!r}{into}\t{row['created']}")


@speakers.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("correction_id", type=int)
def undo(db_path, correction_id):
    """Forget the correction with id CORRECTION_ID (see `quotes speakers corrections`).

    \b
    Example:
        quotes speakers undo data/quotes.db 3
    """
    from . import db as database

    with library_errors():
        database.remove_speaker_correction(open_database(db_path), correction_id)
    click.echo(f"Correction {correction_id} undone", err=True)


@speakers.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
def refresh(db_path):
    """Recompute speakers and quote clusters over the whole database (every load does this).

    \b
    Example:
        quotes speakers refresh data/quotes.db
    """
    from . import db as database

    started = time.perf_counter()
    database.refresh_identities(open_database(db_path))
    seconds = time.perf_counter() - started
    click.echo(f"Speakers and quote clusters refreshed in {seconds:.1f}s", err=True)
