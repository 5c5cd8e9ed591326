"""The only writer of the database: its schema, and loading documents with their quotes.

Tables: documents (one row per article), quotes (one row per quoted statement,
with document_id -> documents.id and speaker_id -> speakers.id), speakers (one
row per resolved speaker name). Full-text search over quote text and over
documents. Every document is written whole inside one transaction, so an
interrupted load never leaves a half-loaded document.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # only annotations: `quotes extract` never loads sqlite-utils
    import sqlite_utils

from . import clusters, identity
from .models import Document, DocumentError, Quote

T = TypeVar("T")

DOCUMENT_COLUMNS = {
    "id": int,
    "key": str,
    "path": str,
    "title": str,
    "url": str,
    "published": str,
    "publisher": str,
    "author": str,
    "language": str,
    "text": str,
    "content_hash": str,
    "extractor_version": str,
    "quote_count": int,
    "loaded_at": str,
}

# The record contract (models.Quote) plus the keys that link it to its document and speaker.
QUOTE_COLUMNS = {
    "id": int,
    "document_id": int,
    "speaker_id": int,
    "document": str,
    "text": str,
    "start_char": int,
    "end_char": int,
    "speaker": str,
    "speaker_mention": str,
    "speaker_start_char": int,
    "speaker_end_char": int,
    "speaker_role": str,
    "cue": str,
    "kind": str,
    "confidence": float,
    # copied from the document so that Datasette can facet and sort quotes by them
    "publisher": str,
    "published": str,
    # the published date cut to its year and month, for facets and charts over time
    "published_year": str,
    "published_month": str,
    # the statement this quote is one report of (quote_clusters), when others report it too
    "cluster_id": int,
}

# How the derived date columns follow from published (for databases made before they existed).
DERIVED_QUOTE_COLUMNS = {
    "published_year": "substr(published, 1, 4)",
    "published_month": "substr(published, 1, 7)",
}

SPEAKER_COLUMNS = {"id": int, "name": str, "quote_count": int, "document_count": int}
# Filled in by refresh_speakers from all the quotes of the person (JSON: {form: count}).
SPEAKER_IDENTITY_COLUMNS = {
    "kind": str,  # person, single (a lone surname no article resolved), organisation
    "aliases": str,
    "roles": str,
    "publishers": str,
    "publisher_count": int,
    "first_quoted": str,
    "last_quoted": str,
}
# A user's merges and splits, applied again on every refresh so that they survive reloads.
SPEAKER_CORRECTION_COLUMNS = {"id": int, "action": str, "name": str, "into": str, "created": str}
# Bumped when the rules of identity.py or clusters.py change, so that the next load refreshes.
IDENTITY_VERSION = "2"
QUOTE_CLUSTER_COLUMNS = {
    "id": int,
    "key": str,  # fingerprint of the canonical text and speaker: keeps ids stable across refreshes
    "text": str,  # the longest form reported
    "speaker_id": int,
    "first_quote_id": int,
    "first_document_id": int,
    "first_published": str,
    "first_publisher": str,
    "quote_count": int,
    "document_count": int,
    "publisher_count": int,
    "publishers": str,
}

# One row per document that could not be loaded: which file, which record, why, when.
LOAD_ERROR_COLUMNS = {"id": int, "source": str, "record": int, "reason": str, "failed_at": str}

# Columns people filter, facet or sort by. speaker and publisher have no index of their
# own: the pairs below start with them and serve every query on them alone as well.
QUOTE_INDEXES = [
    ["speaker_id"],
    ["document_id"],
    ["kind"],
    ["cue"],
    ["confidence"],
    ["published"],
    ["published_month"],
    # a speaker's page and ?speaker=Name: their quotes newest first, by month, by
    # publisher, by kind, each read from an index alone (a speaker may have 50,000 quotes)
    ["speaker", "published"],
    ["speaker", "publisher"],
    ["speaker", "kind"],
    # speakers by publisher
    ["publisher", "speaker_id"],
    # "also reported by": the other quotes of a cluster
    ["cluster_id"],
]
DOCUMENT_INDEXES = [["publisher"], ["published"]]


def ensure_schema(db: sqlite_utils.Database, *, resume_bulk_load: bool = False) -> None:
    """Create the tables, indexes and search indexes that are missing; existing ones stay.

    A bulk load that was interrupted is ended here (its indexes built), unless
    resume_bulk_load: then the load that resumes it ends it."""
    db.execute("PRAGMA foreign_keys = ON")
    if "documents" not in db.table_names():
        db.table("documents").create(DOCUMENT_COLUMNS, pk="id", not_null={"key", "text"})
        db.table("documents").create_index(["key"], unique=True)
        for columns in DOCUMENT_INDEXES:
            db.table("documents").create_index(columns)
        create_search_index(db, "documents")
    if "speakers" not in db.table_names():
        db.table("speakers").create(SPEAKER_COLUMNS, pk="id", not_null={"name"})
        db.table("speakers").create_index(["name"], unique=True)
        db.table("speakers").create_index(["quote_count"])
    ensure_identity_schema(db)
    if "quotes" not in db.table_names():
        db.table("quotes").create(
            QUOTE_COLUMNS,
            pk="id",
            not_null={"document_id", "text"},
            foreign_keys=[
                ("document_id", "documents", "id"),
                ("speaker_id", "speakers", "id"),
                ("cluster_id", "quote_clusters", "id"),
            ],
        )
        for columns in QUOTE_INDEXES:
            db.table("quotes").create_index(columns)
        create_search_index(db, "quotes")
    if "load_errors" not in db.table_names():
        db.table("load_errors").create(LOAD_ERROR_COLUMNS, pk="id", not_null={"source", "reason"})
        db.table("load_errors").create_index(["source"])
    quotes = db.table("quotes")
    for column, expression in DERIVED_QUOTE_COLUMNS.items():
        if column not in quotes.columns_dict:
            quotes.add_column(column, str)
            db.execute(f"update quotes set {column} = {expression} where published is not null")
    if "cluster_id" not in quotes.columns_dict:
        # plain ALTER TABLE: sqlite-utils would rebuild the table and lose the search triggers
        db.execute("alter table quotes add column cluster_id integer references quote_clusters(id)")
    if bulk_load_interrupted(db):
        if resume_bulk_load:
            return
        end_bulk_load(db)
    for columns in QUOTE_INDEXES:
        quotes.create_index(columns, if_not_exists=True)
    for table in SEARCH_COLUMNS:
        if search_triggers_outdated(db, table):
            create_search_triggers(db, table)


# The full-text indexes: which columns of which table.
SEARCH_COLUMNS = {"quotes": ["text", "speaker"], "documents": ["title", "text"]}
# Indexes a bulk load keeps because the load itself reads through them.
BULK_KEPT_INDEXES = {"idx_documents_key", "idx_quotes_document_id"}


def create_search_index(db: sqlite_utils.Database, table: str) -> None:
    """The table's full-text index, filled from its rows, kept up to date by triggers."""
    if f"{table}_fts" not in db.table_names():
        db.table(table).enable_fts(SEARCH_COLUMNS[table], create_triggers=False)
    create_search_triggers(db, table)


def create_search_triggers(db: sqlite_utils.Database, table: str) -> None:
    """Triggers that keep table_fts in step with table (named as sqlite-utils names them).

    Unlike sqlite-utils' own, the update trigger fires only when an indexed
    column changes: refreshing speakers rewrites speaker_id and cluster_id of
    up to every quote, which must not re-index their text.
    """
    columns = SEARCH_COLUMNS[table]
    names = ", ".join(f"[{column}]" for column in columns)
    new = ", ".join(f"new.[{column}]" for column in columns)
    old = ", ".join(f"old.[{column}]" for column in columns)
    insert = f"insert into [{table}_fts] (rowid, {names}) values (new.rowid, {new});"
    delete = (
        f"insert into [{table}_fts] ([{table}_fts], rowid, {names}) "
        f"values ('delete', old.rowid, {old});"
    )
    with db.atomic():
        for suffix in ("ai", "ad", "au"):
            db.execute(f"drop trigger if exists [{table}_{suffix}]")
        db.execute(f"create trigger [{table}_ai] after insert on [{table}] begin {insert} end")
        db.execute(f"create trigger [{table}_ad] after delete on [{table}] begin {delete} end")
        db.execute(
            f"create trigger [{table}_au] after update of {names} on [{table}] "
            f"begin {delete} {insert} end"
        )


def search_triggers_outdated(db: sqlite_utils.Database, table: str) -> bool:
    """Whether table's update trigger re-indexes on any change (as made before this version)."""
    row = db.execute(
        "select sql from sqlite_master where type = 'trigger' and name = ?", [f"{table}_au"]
    ).fetchone()
    return bool(row) and " update of " not in row[0].lower()


def bulk_load_interrupted(db: sqlite_utils.Database) -> bool:
    """Whether a bulk load started and did not finish: its search triggers are still missing."""
    return (
        "quotes" in db.table_names()
        and not db.execute(
            "select 1 from sqlite_master where type = 'trigger' and name = 'quotes_ai'"
        ).fetchone()
    )


def begin_bulk_load(db: sqlite_utils.Database) -> None:
    """Before writing many rows: drop the search triggers and the indexes the load does not
    read, so that each row costs one b-tree insert, not twenty (end_bulk_load puts them back).

    The missing quotes_ai trigger marks the load as unfinished: if the process is
    killed, the next ensure_schema or load finishes the job (bulk_load_interrupted).
    """
    if bulk_load_interrupted(db):
        return
    with db.atomic():
        for table in SEARCH_COLUMNS:
            for suffix in ("ai", "ad", "au"):
                db.execute(f"drop trigger if exists [{table}_{suffix}]")
        for table in ("quotes", "documents"):
            for index in db.table(table).indexes:
                if index.name not in BULK_KEPT_INDEXES and not index.name.startswith(
                    "sqlite_autoindex"
                ):
                    db.execute(f"drop index [{index.name}]")


def end_bulk_load(db: sqlite_utils.Database, *, search_built: bool = False) -> None:
    """Build the indexes and the full-text indexes once, and put the triggers back; in one
    transaction, so that an interruption leaves the load unfinished, to be ended again.

    search_built: the full-text indexes are filled already (build_unlinked_indexes)."""
    with db.atomic():
        for columns in QUOTE_INDEXES:
            db.table("quotes").create_index(columns, if_not_exists=True)
        for columns in DOCUMENT_INDEXES:
            db.table("documents").create_index(columns, if_not_exists=True)
        for table in SEARCH_COLUMNS:
            if f"{table}_fts" in db.table_names() and not search_built:
                rebuild_search_index(db, table)
            create_search_index(db, table)


def build_unlinked_indexes(db: sqlite_utils.Database) -> None:
    """The indexes of a bulk load that a refresh leaves alone (all but those over speaker_id
    and cluster_id, which it rewrites) and the full-text indexes, filled; in one transaction.
    The load stays unfinished: end_bulk_load(search_built=True) ends it."""
    with db.atomic():
        for columns in QUOTE_INDEXES:
            if not LINK_COLUMNS & set(columns):
                db.table("quotes").create_index(columns, if_not_exists=True)
        for columns in DOCUMENT_INDEXES:
            db.table("documents").create_index(columns, if_not_exists=True)
        for table in SEARCH_COLUMNS:
            rebuild_search_index(db, table)


# Bytes of new terms a full-text index gathers in memory before writing them out as a
# segment (SQLite's default: 1 MB). A rebuild of a million quotes with 1 MB writes
# hundreds of small segments and merges them again and again; with 64 MB it writes few, and
# is about a quarter faster. The setting is kept in the index's own config table.
SEARCH_HASH_BYTES = 64 << 20


def rebuild_search_index(db: sqlite_utils.Database, table: str) -> None:
    """Fill table_fts from its table's rows, from scratch."""
    import sqlite3

    fts = f"{table}_fts"
    try:
        db.execute(
            f"insert into [{fts}] ([{fts}], rank) values ('hashsize', ?)", [SEARCH_HASH_BYTES]
        )
    except sqlite3.OperationalError:
        pass  # an SQLite without the setting rebuilds with its default
    db.execute(f"insert into [{fts}] ([{fts}]) values ('rebuild')")


# The columns of quotes that refresh_identities rewrites.
LINK_COLUMNS = {"speaker_id", "cluster_id"}


def finish_load(
    db: sqlite_utils.Database,
    *,
    refresh: bool = True,
    full_names: Mapping[int, frozenset[str]] | None = None,
) -> None:
    """After writing: refresh speakers and clusters when quotes changed (if refresh), and end a
    bulk load. full_names: what the load found of the evidence the refresh needs
    (document_evidence), by document id.

    Both at once, in a bulk load into a file: the refresh works out what to
    write (reading, mostly Python) while a second connection builds the
    indexes and search indexes it does not touch (SQLite, which lets the
    other thread run): two cores busy instead of one. Then the refresh
    writes, and the indexes over what it wrote are built.
    """
    bulk = bulk_load_interrupted(db)
    signature = stale_signature(db) if refresh else None
    path = database_file(db)
    if bulk and signature and path:
        plan = while_building(path, build_unlinked_indexes, lambda: plan_identities(db, full_names))
        write_identities(db, plan, signature)
        end_bulk_load(db, search_built=True)
        return
    if signature:
        refresh_identities(db, full_names, signature)
    if bulk:
        end_bulk_load(db)


def database_file(db: sqlite_utils.Database) -> str | None:
    """The file of the main database; None for one in memory."""
    for _, name, filename in db.execute("pragma database_list"):
        if name == "main":
            return filename or None
    return None


def while_building(path: str, build: Callable, work: Callable[[], T]) -> T:
    """work() here while build(second connection to path) runs in a thread; an error in
    either stops the other."""
    import sqlite3

    import sqlite_utils

    connection = sqlite3.connect(path, check_same_thread=False)
    other = sqlite_utils.Database(connection)
    configure_for_loading(other)
    with ThreadPoolExecutor(1, thread_name_prefix="build-indexes") as pool:
        building = pool.submit(build, other)
        try:
            result = work()
        except BaseException:
            connection.interrupt()
            raise
        finally:
            futures.wait([building])
            connection.close()
        building.result()
    return result


# How long a loading connection waits for another's lock before it gives up.
BUSY_TIMEOUT_MS = 120_000


def configure_for_loading(db: sqlite_utils.Database) -> None:
    """Settings for fast bulk writes that stay consistent if the process is killed.

    With WAL, synchronous=NORMAL can lose the last transactions on power loss,
    never consistency; readers (Datasette) are not blocked while loading.
    """
    if db.execute("pragma journal_mode").fetchone()[0] != "memory":
        db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = normal")
    # the end of a bulk load writes on two connections in turn; on a slow machine one
    # waits longer for the other than the 5 s default ("database is locked")
    db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("pragma cache_size = -65536")  # 64 MB: the indexes' pages stay in memory


def quote_count(db: sqlite_utils.Database) -> int:
    return db.execute("select count(*) from quotes").fetchone()[0]


def stored_versions(db: sqlite_utils.Database, keys: list[str]) -> dict[str, tuple[str, str]]:
    """The content hash and extractor version stored for each of keys that the database holds."""
    found = {}
    for chunk, marks in chunks(keys):
        rows = db.execute(
            f"select key, content_hash, extractor_version from documents where key in ({marks})",
            chunk,
        )
        found.update((key, (content_hash, version)) for key, content_hash, version in rows)
    return found


def save_error(db: sqlite_utils.Database, error: DocumentError) -> None:
    """Record a document that could not be loaded, with the time."""
    db.table("load_errors").insert(
        {
            "source": error.source,
            "record": error.record,
            "reason": error.reason,
            "failed_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    )


def stored_document(db: sqlite_utils.Database, key: str) -> tuple[int, str, str] | None:
    """The row id, content hash and extractor version of the document stored under key."""
    return db.conn.execute(
        "select id, content_hash, extractor_version from documents where key = ?", [key]
    ).fetchone()


def save_document(
    db: sqlite_utils.Database,
    document: Document,
    quotes: Iterable[Quote],
    extractor_version: str,
) -> int:
    """Write a document and its quotes, replacing any earlier version of it; returns its row id.

    Runs in a savepoint of its own: either the whole document lands or none of it.
    """
    with db.atomic():
        stored = stored_document(db, document.id)
        return write_document(
            db,
            document,
            list(map(quote_values, quotes)),
            extractor_version,
            SpeakerIds(db),
            stored and stored[0],
        )


def write_document(
    db: sqlite_utils.Database,
    document: Document,
    quotes: list[tuple],
    extractor_version: str,
    speaker_ids: SpeakerIds,
    existing: int | None,
) -> int:
    """Write a document and its quotes (each as quote_values gives it: workers send these,
    lighter to pass between processes than Quotes) inside the caller's transaction, replacing
    the row existing (its id) when given; returns the document's row id."""
    row = {
        "key": document.id,
        "path": document.path,
        "title": document.title,
        "url": document.url,
        "published": document.published,
        "publisher": document.publisher,
        "author": document.author,
        "language": document.language,
        "text": document.text,
        "content_hash": document.content_hash,
        "extractor_version": extractor_version,
        "quote_count": len(quotes),
        "loaded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    # Plain SQL rather than Table.insert: a load writes millions of rows, and
    # sqlite-utils re-reads the table's columns on every call.
    if existing:
        document_id = existing
        db.conn.execute("delete from quotes where document_id = ?", [document_id])
        db.conn.execute(
            f"update documents set {', '.join(f'[{c}] = ?' for c in row)} where id = ?",
            [*row.values(), document_id],
        )
    else:
        document_id = db.conn.execute(INSERT_DOCUMENT, tuple(row.values())).lastrowid
    if not quotes:
        return document_id
    shared = (
        document_id,
        document.publisher,
        document.published,
        date_prefix(document.published, 4),
        date_prefix(document.published, 7),
    )
    db.conn.executemany(
        INSERT_QUOTE,
        [(*shared, speaker_ids[values[SPEAKER]], *values) for values in quotes],
    )
    return document_id


# The columns write_document's row gives, in its order.
INSERT_DOCUMENT = (
    f"insert into documents ({', '.join(f'[{c}]' for c in DOCUMENT_COLUMNS if c != 'id')}) "
    f"values ({', '.join('?' * (len(DOCUMENT_COLUMNS) - 1))})"
)
QUOTE_FIELDS = [field.name for field in fields(Quote)]
INSERT_QUOTE = (
    "insert into quotes (document_id, publisher, published, published_year, published_month, "
    f"speaker_id, {', '.join(f'[{name}]' for name in QUOTE_FIELDS)}) "
    f"values ({', '.join('?' * (6 + len(QUOTE_FIELDS)))})"
)


# A quote's fields in order, as a tuple (dataclasses.astuple copies deeply, and is slow).
quote_values = operator.attrgetter(*QUOTE_FIELDS)
SPEAKER = QUOTE_FIELDS.index("speaker")


class SpeakerIds(dict):
    """speaker name -> id of its speakers row, created when new; None for no speaker.

    Remembers the names it has seen: valid while no one else writes speakers
    (during one load, before its refresh)."""

    def __init__(self, db: sqlite_utils.Database):
        super().__init__()
        self.db = db

    def __missing__(self, name: str | None) -> int | None:
        value = self[name] = speaker_id(self.db, name)
        return value


def date_prefix(published: str | None, length: int) -> str | None:
    """The year (length 4) or year-month (length 7) of an ISO date, or None for other dates."""
    if published and len(published) >= length and published[:4].isdigit():
        return published[:length]
    return None


def speaker_id(db: sqlite_utils.Database, name: str | None) -> int | None:
    """The id of the speakers row for name, created if new; None for an unknown speaker."""
    if not name:
        return None
    found = db.execute("select id from speakers where name = ?", [name]).fetchone()
    if found:
        return found[0]
    return db.execute("insert into speakers (name) values (?)", [name]).lastrowid


def refresh_speakers(db: sqlite_utils.Database) -> None:
    """Recompute speakers and quote clusters over the whole database (see refresh_identities),
    unless no quote and no correction changed since the last time: a load that finds every
    document unchanged then costs nothing more."""
    signature = stale_signature(db)
    if signature:
        refresh_identities(db, signature=signature)


def stale_signature(db: sqlite_utils.Database) -> str | None:
    """The identity_signature of the database when quotes or corrections changed since the
    last refresh_identities; None when nothing did."""
    ensure_identity_schema(db)
    stored = db.execute("select signature from identity_refreshes where id = 1").fetchone()
    signature = identity_signature(db)
    return None if stored and stored[0] == signature else signature


def identity_signature(db: sqlite_utils.Database) -> str:
    """What refresh_identities depends on, in brief: the quotes, the documents' load times,
    the corrections and the version of the rules."""
    return json.dumps(
        [
            IDENTITY_VERSION,
            *db.execute("select count(*), max(id), total(id) from quotes").fetchone(),
            *db.execute("select count(*), max(loaded_at) from documents").fetchone(),
            *db.execute("select count(*), max(id) from speaker_corrections").fetchone(),
        ]
    )


def ensure_identity_schema(db: sqlite_utils.Database) -> None:
    """The speakers columns, quote_clusters and speaker_corrections tables refresh_identities
    fills in, added to a database that lacks them."""
    speakers = db.table("speakers")
    for column, kind in SPEAKER_IDENTITY_COLUMNS.items():
        if column not in speakers.columns_dict:
            speakers.add_column(column, kind)
    if "speaker_corrections" not in db.table_names():
        db.table("speaker_corrections").create(
            SPEAKER_CORRECTION_COLUMNS, pk="id", not_null={"action", "name"}
        )
    if "identity_refreshes" not in db.table_names():
        db.table("identity_refreshes").create(
            {"id": int, "signature": str, "refreshed_at": str}, pk="id"
        )
    if "quote_clusters" not in db.table_names():
        db.table("quote_clusters").create(
            QUOTE_CLUSTER_COLUMNS,
            pk="id",
            not_null={"key", "text"},
            foreign_keys=[
                ("speaker_id", "speakers", "id"),
                ("first_document_id", "documents", "id"),
            ],
        )
        db.table("quote_clusters").create_index(["key"], unique=True)
        for columns in (["quote_count"], ["speaker_id"], ["first_published"]):
            db.table("quote_clusters").create_index(columns)


def refresh_identities(
    db: sqlite_utils.Database,
    full_names: Mapping[int, frozenset[str]] | None = None,
    signature: str | None = None,
) -> None:
    """Give every quote its speaker row (one per person, however written) and its cluster (one
    per statement, however often reported), recounting both; in one transaction.

    Rows keep their ids while their name (speakers) or canonical text (clusters)
    stays the same, so links to them keep working; running it twice changes nothing.
    signature: the identity_signature of the database, when the caller has it.
    """
    ensure_identity_schema(db)
    signature = signature or identity_signature(db)
    write_identities(db, plan_identities(db, full_names), signature)


@dataclass
class IdentityPlan:
    """What a refresh writes, worked out by reading alone (plan_identities). Each quote's
    speaker and cluster wait in temporary tables of the connection that planned
    (stage_speakers, stage_clusters), for link_quotes: a temporary table is no write to the database."""

    speaker_rows: list[dict]
    cluster_rows: list[dict]


def plan_identities(
    db: sqlite_utils.Database, full_names: Mapping[int, frozenset[str]] | None = None
) -> IdentityPlan:
    """The speakers and clusters of every quote, from reads only: a bulk load builds its
    indexes on another connection meanwhile (see finish_load)."""
    speaker_rows, speaker_ids = plan_speakers(db, full_names)
    stage_speakers(db, speaker_ids)
    del speaker_ids
    cluster_rows, cluster_ids = plan_clusters(db)
    stage_clusters(db, cluster_ids)
    return IdentityPlan(speaker_rows, cluster_rows)


def write_identities(db: sqlite_utils.Database, plan: IdentityPlan, signature: str) -> None:
    """Write a plan in one transaction: changed rows only, links of quotes that change; and
    the identity_signature of what it was planned from (a refresh does not change it)."""
    db.execute("PRAGMA foreign_keys = ON")
    with db.atomic():
        old_speakers = [row[0] for row in db.execute("select id from speakers")]
        old_clusters = [row[0] for row in db.execute("select id from quote_clusters")]
        write_changed_rows(db, "speakers", plan.speaker_rows)
        write_changed_rows(db, "quote_clusters", plan.cluster_rows)
        link_quotes(db)
        kept = {row["id"] for row in plan.cluster_rows}
        delete_ids(db, "quote_clusters", [id_ for id_ in old_clusters if id_ not in kept])
        kept = {row["id"] for row in plan.speaker_rows}
        gone = [id_ for id_ in old_speakers if id_ not in kept]
        for chunk, marks in chunks(gone):
            db.execute(
                f"update quote_clusters set speaker_id = null where speaker_id in ({marks})", chunk
            )
        delete_ids(db, "speakers", gone)
        db.table("identity_refreshes").upsert(
            {
                "id": 1,
                "signature": signature,
                "refreshed_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            },
            pk="id",
        )


def delete_ids(db: sqlite_utils.Database, table: str, ids: list[int]) -> None:
    for chunk, marks in chunks(ids):
        db.execute(f"delete from [{table}] where id in ({marks})", chunk)


# Values bound per statement: well within SQLite's limit on parameters.
CHUNK_SIZE = 500


def chunks(values: Sequence) -> Iterator[tuple[list, str]]:
    """values CHUNK_SIZE at a time, each chunk with the placeholders of an `in (...)` for it."""
    for start in range(0, len(values), CHUNK_SIZE):
        chunk = list(values[start : start + CHUNK_SIZE])
        yield chunk, ", ".join("?" * len(chunk))


def stage_speakers(db: sqlite_utils.Database, speaker_ids: dict[tuple[int, str], int]) -> None:
    """The speaker id of each (document id, speaker as written), in a temporary table for
    plan_clusters and link_quotes."""
    with db.conn:  # commits the temporary table alone, holding no snapshot of the database
        db.execute("drop table if exists temp.speaker_map")
        db.execute(
            "create temp table speaker_map (document_id integer, speaker text, "
            "speaker_id integer, primary key (document_id, speaker)) without rowid"
        )
        db.conn.executemany(
            "insert into temp.speaker_map values (?, ?, ?)",
            ((document_id, speaker, id_) for (document_id, speaker), id_ in speaker_ids.items()),
        )


def stage_clusters(db: sqlite_utils.Database, cluster_ids: dict[int, int]) -> None:
    """The cluster id of each quote in a cluster, in a temporary table for link_quotes."""
    with db.conn:
        db.execute("drop table if exists temp.cluster_map")
        db.execute(
            "create temp table cluster_map (quote_id integer primary key, cluster_id integer)"
        )
        db.conn.executemany("insert into temp.cluster_map values (?, ?)", cluster_ids.items())


def link_quotes(db: sqlite_utils.Database) -> None:
    """Set every quote's speaker_id and cluster_id as staged (stage_speakers, stage_clusters)
    in one pass, rewriting only the quotes whose links change."""
    db.execute(
        "update quotes set speaker_id = new.speaker_id, cluster_id = new.cluster_id from ("
        "select quotes.id, speaker_map.speaker_id, cluster_map.cluster_id from quotes "
        "left join temp.speaker_map on speaker_map.document_id = quotes.document_id "
        "and speaker_map.speaker = quotes.speaker "
        "left join temp.cluster_map on cluster_map.quote_id = quotes.id) as new "
        "where new.id = quotes.id and (quotes.speaker_id is not new.speaker_id "
        "or quotes.cluster_id is not new.cluster_id)"
    )
    db.execute("drop table temp.speaker_map")
    db.execute("drop table temp.cluster_map")


def speaker_corrections(db: sqlite_utils.Database) -> list[identity.Correction]:
    """The user's corrections, oldest first."""
    if "speaker_corrections" not in db.table_names():
        return []
    return [
        identity.Correction(action, name, into)
        for action, name, into in db.execute(
            "select action, name, [into] from speaker_corrections order by id"
        )
    ]


def document_evidence(
    db: sqlite_utils.Database,
    wanted: dict[int, set[str]],
    known: Mapping[int, frozenset[str]] | None = None,
) -> dict[int, set[str]]:
    """Per document, the full names its text gives for the single names wanted of it; read
    from the text, unless known (found when the document was loaded)."""
    evidence = {}
    ids = []
    known = known or {}
    for document_id in sorted(wanted):
        names = known.get(document_id)
        if names is None:
            ids.append(document_id)
        elif names:
            evidence[document_id] = set(names)
    for chunk, marks in chunks(ids):
        rows = db.conn.execute(f"select id, text from documents where id in ({marks})", chunk)
        for document_id, text in sorted(rows):
            if text:
                evidence[document_id] = identity.names_in_text(text, wanted[document_id])
    return evidence


def plan_speakers(
    db: sqlite_utils.Database, full_names: Mapping[int, frozenset[str]] | None = None
) -> tuple[list[dict], dict[tuple[int, str], int]]:
    """The speakers rows, and the speaker id of each (document id, speaker as written)."""
    # counted here rather than by GROUP BY: SQLite would sort a million rows first
    units = Counter(
        db.conn.execute("select document_id, speaker from quotes where speaker is not null")
    )
    evidence = document_evidence(db, identity.evidence_wanted(units), full_names)
    resolution = identity.resolve_speakers(units, evidence, speaker_corrections(db))
    del units, evidence

    stats: dict[str, dict] = {}
    # quote by quote: summing them here costs less than SQLite's sort for a GROUP BY
    rows = db.conn.execute(
        "select document_id, speaker, speaker_mention, speaker_role, publisher, published "
        "from quotes where speaker is not null"
    )
    keys = resolution.keys
    aliases: dict[tuple[str, str], str | None] = {}  # (mention, speaker) -> alias to count
    for document_id, speaker, mention, role, publisher, published in rows:
        key = keys.get((document_id, speaker))
        if key is None:
            continue
        row = stats.get(key)
        if row is None:
            row = stats[key] = {
                "aliases": Counter(),
                "roles": Counter(),
                "publishers": Counter(),
                "documents": set(),
                "dates": set(),
                "quote_count": 0,
            }
        row["quote_count"] += 1
        row["documents"].add(document_id)
        row["aliases"][speaker] += 1
        if mention:
            pair = (mention, speaker)
            alias = aliases[pair] if pair in aliases else aliases.setdefault(pair, new_alias(*pair))
            if alias:
                row["aliases"][alias] += 1
        if role:
            row["roles"][role] += 1
        if publisher:
            row["publishers"][publisher] += 1
        if published:
            row["dates"].add(published)

    existing = dict(db.execute("select name, id from speakers"))
    next_id = max(existing.values(), default=0) + 1
    key_ids = {}
    speaker_rows = []
    for key in sorted(stats, key=lambda key: (-stats[key]["quote_count"], key)):
        name = resolution.names[key]
        if name in existing:
            key_ids[key] = existing[name]
        else:
            key_ids[key] = next_id
            next_id += 1
        row = stats[key]
        speaker_rows.append(
            {
                "id": key_ids[key],
                "name": name,
                "kind": resolution.kinds[key],
                "quote_count": row["quote_count"],
                "document_count": len(row["documents"]),
                "aliases": counts_json(row["aliases"]),
                "roles": counts_json(row["roles"]),
                "publishers": counts_json(row["publishers"]),
                "publisher_count": len(row["publishers"]),
                "first_quoted": min(row["dates"], default=None),
                "last_quoted": max(row["dates"], default=None),
            }
        )
    return speaker_rows, {unit: key_ids[key] for unit, key in keys.items()}


def new_alias(mention: str, speaker: str) -> str | None:
    """The mention as an alias of speaker, when it is one and not the speaker's own name."""
    alias = identity.alias_of(mention, speaker)
    return alias if alias and identity.fold(alias) != identity.fold(speaker) else None


def write_changed_rows(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Insert rows, or update those whose id exists, leaving rows that are already so untouched
    (a refresh that changes nothing writes nothing)."""
    if not rows:
        return
    columns = list(rows[0])
    select = ", ".join(f"[{column}]" for column in columns)
    stored = {row[0]: row for row in db.execute(f"select {select} from [{table}]")}
    changed = [
        values
        for values in (tuple(row[column] for column in columns) for row in rows)
        if stored.get(values[0]) != values
    ]
    updates = ", ".join(f"[{column}] = excluded.[{column}]" for column in columns[1:])
    db.conn.executemany(
        f"insert into [{table}] ({select}) values ({', '.join('?' * len(columns))}) "
        f"on conflict(id) do update set {updates}",
        changed,
    )


def counts_json(counter: Counter) -> str:
    """{form: count}, most frequent first, as JSON."""
    ordered = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return json.dumps(dict(ordered), ensure_ascii=False)


def quote_texts(db: sqlite_utils.Database, quote_ids: Sequence[int]) -> dict[int, str]:
    texts = {}
    for chunk, marks in chunks(quote_ids):
        texts.update(db.execute(f"select id, text from quotes where id in ({marks})", chunk))
    return texts


# Each quote with the speaker id it will have (temp.speaker_map, staged by stage_speakers).
QUOTES_WITH_SPEAKER_IDS = (
    "select quotes.id, quotes.text, speaker_map.speaker_id{} from quotes "
    "left join temp.speaker_map on speaker_map.document_id = quotes.document_id "
    "and speaker_map.speaker = quotes.speaker order by quotes.id"
)


def plan_clusters(db: sqlite_utils.Database) -> tuple[list[dict], dict[int, int]]:
    """The quote_clusters rows, and the cluster id of each quote in a cluster; quotes count as
    said by the speakers staged in temp.speaker_map (not yet written)."""
    assignment = clusters.cluster_quotes(
        db.conn.execute(QUOTES_WITH_SPEAKER_IDS.format("")),
        lambda ids: quote_texts(db, ids),
    )
    reports: dict[int, ClusterReports] = {}
    # as ClusterReports takes them: (id, text, speaker_id, document_id, publisher, published,
    # start_char)
    members = db.conn.execute(
        QUOTES_WITH_SPEAKER_IDS.format(
            ", quotes.document_id, quotes.publisher, quotes.published, quotes.start_char"
        )
    )
    for member in members:
        representative = assignment.get(member[0])
        if representative is None:
            continue
        found = reports.get(representative)
        if found is None:
            reports[representative] = ClusterReports(member)
        else:
            found.add(member)
    existing = dict(db.execute("select key, id from quote_clusters"))
    next_id = max(existing.values(), default=0) + 1
    ids = {}
    cluster_rows = []
    for representative in sorted(reports):
        row = reports.pop(representative).row()
        cluster_id = existing.get(row["key"])
        if cluster_id is None:
            cluster_id, next_id = next_id, next_id + 1
        ids[representative] = cluster_id
        cluster_rows.append({"id": cluster_id, **row})
    return cluster_rows, {quote_id: ids[rep] for quote_id, rep in assignment.items()}


class ClusterReports:
    """The quotes of one cluster, met one at a time in id order as (id, text, speaker_id,
    document_id, publisher, published, start_char); kept in brief."""

    def __init__(self, member: tuple):
        self.longest = self.first = member
        self.first_key = first_report(member)
        self.speakers: Counter = Counter()
        self.publishers: Counter = Counter()
        self.documents: set[int] = set()
        self.count = 0
        self.count_in(member)

    def add(self, member: tuple) -> None:
        # in id order, a later quote is the longest only when strictly longer
        if len(member[1]) > len(self.longest[1]):
            self.longest = member
        key = first_report(member)
        if key < self.first_key:
            self.first, self.first_key = member, key
        self.count_in(member)

    def count_in(self, member: tuple) -> None:
        speaker, publisher = member[2], member[4]
        if speaker is not None:
            speakers = self.speakers
            speakers[speaker] = speakers.get(speaker, 0) + 1
        if publisher:
            publishers = self.publishers
            publishers[publisher] = publishers.get(publisher, 0) + 1
        self.documents.add(member[3])
        self.count += 1

    def row(self) -> dict:
        """The quote_clusters row: the longest text, the most frequent speaker, the earliest
        report."""
        longest, first, speakers = self.longest, self.first, self.speakers
        speaker = min(speakers, key=lambda s: (-speakers[s], s)) if speakers else None
        fingerprint = f"{clusters.normalise(longest[1])}\x00{speaker}"
        return {
            "key": hashlib.blake2b(fingerprint.encode("utf-8"), digest_size=12).hexdigest(),
            "text": longest[1],
            "speaker_id": speaker,
            "first_quote_id": first[0],
            "first_document_id": first[3],
            "first_published": first[5],
            "first_publisher": first[4],
            "quote_count": self.count,
            "document_count": len(self.documents),
            "publisher_count": len(self.publishers),
            "publishers": counts_json(self.publishers),
        }


def first_report(member: tuple) -> tuple:
    """Earliest published first (undated last), then by document and position."""
    return (member[5] is None, member[5] or "", member[3], member[6])


def add_speaker_correction(
    db: sqlite_utils.Database, action: str, name: str, into: str | None = None
) -> None:
    """Record a merge (name into into) or split (name as its own speaker) and refresh; raises
    UnknownSpeaker when no speaker or quote goes by name."""
    ensure_schema(db)
    if not speaker_known(db, name):
        raise identity.UnknownSpeaker(f"no speaker called {name!r}")
    db.table("speaker_corrections").insert(
        {
            "action": action,
            "name": name,
            "into": into,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    )
    refresh_identities(db)


def speaker_known(db: sqlite_utils.Database, name: str) -> bool:
    return bool(
        db.execute(
            "select 1 from speakers where name = ? collate nocase union all "
            "select 1 from quotes where speaker = ? collate nocase limit 1",
            [name, name],
        ).fetchone()
    )


def remove_speaker_correction(db: sqlite_utils.Database, correction_id: int) -> None:
    """Forget one correction and refresh; raises UnknownSpeaker for an unknown id."""
    ensure_schema(db)
    if not db.table("speaker_corrections").count_where("id = ?", [correction_id]):
        raise identity.UnknownSpeaker(f"no correction {correction_id}")
    db.table("speaker_corrections").delete(correction_id)
    refresh_identities(db)


def list_speaker_corrections(db: sqlite_utils.Database) -> list[dict]:
    """The corrections, oldest first."""
    if "speaker_corrections" not in db.table_names():
        return []
    return list(db.table("speaker_corrections").rows_where(order_by="id"))


def list_speakers(
    db: sqlite_utils.Database, limit: int = 50, like: str | None = None
) -> list[dict]:
    """The most quoted speakers (name containing like, when given), with their aliases."""
    where, params = ("name like ? or aliases like ?", [f"%{like}%"] * 2) if like else (None, [])
    return list(
        db.table("speakers").rows_where(
            where,
            params,
            order_by="quote_count desc, name",
            limit=limit,
            select="id, name, kind, quote_count, document_count, aliases, roles",
        )
    )
