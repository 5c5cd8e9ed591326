"""Loading at archive scale: incremental reloads, workers, load_errors, and surviving a kill."""

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes import pipeline
from quotes.cli import cli
from quotes.pipeline import load_paths

from .conftest import SEEDS, interrupt_extraction
from .test_documents import html_page, write_warc

SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def news_records(count, prefix="doc"):
    """count news-like records, each a seed article with a line of its own."""
    for n in range(count):
        yield {
            "id": f"{prefix}-{n}",
            "title": f"Story {n}",
            "text": SEED_TEXTS[n % len(SEED_TEXTS)]
            + f"\n\n“Story {n} is news,” said Reporter Number{n}, the editor.\n",
            "published": f"2024-01-{n % 28 + 1:02d}",
            "publisher": ["Harbor Post", "Daily Wire", "City News"][n % 3],
        }


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    return path


def snapshot(db):
    """Everything a load writes, without ids that depend on timing (loaded_at, failed_at)."""
    documents = db.execute(
        "select id, key, path, title, url, published, publisher, author, language, text, "
        "content_hash, extractor_version, quote_count from documents order by id"
    ).fetchall()
    quotes = db.execute("select * from quotes order by id").fetchall()
    speakers = db.execute("select * from speakers order by id").fetchall()
    errors = db.execute("select source, record, reason from load_errors order by id").fetchall()
    return documents, quotes, speakers, errors


def assert_consistent(db_path):
    """No half-loaded document: each document's quotes are all there, keys all hold."""
    connection = sqlite3.connect(db_path)
    assert connection.execute("pragma integrity_check").fetchone() == ("ok",)
    assert connection.execute("pragma foreign_key_check").fetchall() == []
    mismatched = connection.execute(
        "select count(*) from documents where quote_count != "
        "(select count(*) from quotes where quotes.document_id = documents.id)"
    ).fetchone()[0]
    assert mismatched == 0
    count = connection.execute("select count(*) from documents").fetchone()[0]
    connection.close()
    return count


def test_incremental_reload(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", news_records(30))
    db = sqlite_utils.Database(tmp_path / "q.db")
    first = load_paths(db, [str(path)], batch_size=7)
    assert (first.loaded, first.unchanged, first.errors) == (30, 0, [])
    assert first.quotes == db.table("quotes").count

    again = load_paths(db, [str(path)])
    assert (again.loaded, again.unchanged) == (0, 30)

    records = list(news_records(30))
    records[4]["text"] = "“Only this is new,” said Ana Costa, the mayor.\n"
    write_jsonl(path, records)
    changed = load_paths(db, [str(path)])
    assert (changed.loaded, changed.unchanged) == (1, 29)
    rows = db.execute(
        "select quotes.text from quotes join documents on documents.id = quotes.document_id "
        "where documents.key = 'doc-4'"
    ).fetchall()
    assert rows == [("Only this is new",)]
    assert db.table("documents").count == 30

    forced = load_paths(db, [str(path)], force=True)
    assert (forced.loaded, forced.unchanged) == (30, 0)
    # every document re-extracted, none duplicated
    assert db.table("quotes").count == forced.quotes
    assert db.table("documents").count == 30


def test_new_extractor_version_re_extracts_everything(tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "feed.jsonl", news_records(10))
    db = sqlite_utils.Database(memory=True)
    load_paths(db, [str(path)])
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "next-version")
    report = load_paths(db, [str(path)])
    assert (report.loaded, report.unchanged) == (10, 0)
    versions = {row[0] for row in db.execute("select extractor_version from documents")}
    assert versions == {"next-version"}


def mixed_inputs(tmp_path):
    """JSON lines, a WARC of pages and some bad records: every path a load takes."""
    records = list(news_records(40))
    records.insert(5, {"title": "no text"})
    records.append(records[3])  # the same document twice in one run
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    with open(feed, "a", encoding="utf-8") as out:
        out.write("{broken\n")
    warc = write_warc(
        tmp_path / "pages.warc.gz",
        [
            (
                f"https://harborpost.example/{n}",
                "200 OK" if n % 4 else "404 Not Found",
                "text/html",
                html_page(extra=f"“Page {n} matters,” said Lena Park, the director.").encode(),
            )
            for n in range(12)
        ],
    )
    return [str(feed), str(warc)]


def test_jobs_give_the_same_database(tmp_path):
    inputs = mixed_inputs(tmp_path)
    snapshots = []
    for jobs in (1, 2):
        db = sqlite_utils.Database(tmp_path / f"jobs{jobs}.db")
        report = load_paths(db, inputs, jobs=jobs, batch_size=4)
        assert len(report.errors) == 2
        assert sum(report.skipped.values()) == 3
        snapshots.append(snapshot(db))
    assert snapshots[0] == snapshots[1]
    documents, quotes, _, errors = snapshots[0]
    assert len(documents) == 40 + 9
    assert quotes
    assert [(record, reason[:14]) for _, record, reason in errors] == [
        (6, "no text field "),
        (43, "malformed JSON"),
    ]


def test_cli_load_records_errors_and_exit_status(tmp_path):
    inputs = mixed_inputs(tmp_path)
    db_path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["load", str(db_path), *inputs, "--jobs", "2"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"Error: {inputs[0]}: record 6: no text field " + (
        "(looked for text, content, body, maintext, article, full_text, article_text; "
        "see --text-field)"
    )
    assert lines[1].startswith(f"Error: {inputs[0]}: record 43: malformed JSON")
    assert lines[2] == (
        "49 document(s) loaded with "
        f"{sqlite_utils.Database(db_path).table('quotes').count} quote(s), 1 unchanged, "
        "2 failed, 3 record(s) skipped (3 HTTP status 404)"
    )
    assert lines[3] == "Error: 2 document(s) failed"
    assert "\r" not in result.stderr  # no progress line when stderr is not a terminal
    rerun = CliRunner().invoke(cli, ["load", str(db_path), *inputs, "--quiet"])
    assert "0 document(s) loaded with 0 quote(s), 50 unchanged, 2 failed" in rerun.stderr
    failed = sqlite_utils.Database(db_path).table("load_errors")
    assert failed.count == 4
    assert all(row["failed_at"] for row in failed.rows)


def test_cli_reads_stdin(tmp_path):
    db_path = tmp_path / "stdin.db"
    lines = "".join(json.dumps(r) + "\n" for r in news_records(3))
    result = CliRunner().invoke(cli, ["load", str(db_path), "-"], input=lines)
    assert result.exit_code == 0, result.output
    keys = [row["key"] for row in sqlite_utils.Database(db_path).table("documents").rows]
    assert keys == ["doc-0", "doc-1", "doc-2"]
    extracted = CliRunner().invoke(
        cli,
        ["extract", "-", "--nl", "--format", "text"],
        input="“It works,” said Ana Costa, the mayor.\n",
    )
    assert [json.loads(line)["document"] for line in extracted.stdout.splitlines()] == ["-"]


# Killing a real load half-way leaves a consistent database, and re-running finishes it.

KILL_CORPUS = 3000
KILL_BATCH = 20


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill")
    feed = write_jsonl(folder / "feed.jsonl", news_records(KILL_CORPUS))
    reference = sqlite_utils.Database(memory=True)
    load_paths(reference, [str(feed)])
    return feed, snapshot(reference)


def start_load(db_path, feed, *options):
    command = [
        sys.executable,
        "-c",
        "from quotes.cli import cli; cli()",
        "load",
        str(db_path),
        str(feed),
        "--batch-size",
        str(KILL_BATCH),
        *options,
    ]
    return subprocess.Popen(command, stderr=subprocess.PIPE, text=True)


def wait_for_documents(db_path, process, at_least):
    """Wait until the running load has committed some batches (bounded in time)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
            count = connection.execute("select count(*) from documents").fetchone()[0]
            connection.close()
            if count >= at_least:
                return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.01)
    pytest.fail("the load finished or stalled before it could be interrupted")


@pytest.mark.parametrize(
    "sig, jobs", [(signal.SIGKILL, "1"), (signal.SIGKILL, "2"), (signal.SIGINT, "2")]
)
def test_killed_load_is_consistent_and_resumes(tmp_path, kill_corpus, sig, jobs):
    feed, reference = kill_corpus
    db_path = tmp_path / "killed.db"
    process = start_load(db_path, feed, "--jobs", jobs)
    wait_for_documents(db_path, process, at_least=3 * KILL_BATCH)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    if sig == signal.SIGINT:
        assert process.returncode == 130
        assert "Interrupted: every finished batch is saved; run again to finish." in stderr
        assert "Traceback" not in stderr
    else:
        assert process.returncode == -signal.SIGKILL
    loaded = assert_consistent(db_path)
    assert 0 < loaded < KILL_CORPUS
    assert loaded % KILL_BATCH == 0  # whole batches only

    rerun = start_load(db_path, feed, "--jobs", jobs)
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr
    assert f"{KILL_CORPUS - loaded} document(s) loaded" in stderr
    assert f"{loaded} unchanged" in stderr
    assert assert_consistent(db_path) == KILL_CORPUS
    documents, quotes, speakers, errors = snapshot(sqlite_utils.Database(db_path))
    ref_documents, ref_quotes, ref_speakers, _ = reference

    def content(quotes_rows):
        return sorted(row[3:] for row in quotes_rows)  # without id, document_id, speaker_id

    assert [row[1:] for row in documents] == [row[1:] for row in ref_documents]
    assert content(quotes) == content(ref_quotes)
    assert sorted(row[1:] for row in speakers) == sorted(row[1:] for row in ref_speakers)
    assert errors == []


# Bulk loads: indexes and search triggers dropped while writing, built once at the end.


def schema_objects(db):
    return sorted(
        db.execute(
            "select type, name, sql from sqlite_master where type in ('index', 'trigger') "
            "and tbl_name in ('quotes', 'documents') order by name"
        ).fetchall()
    )


def clusters(db):
    """The quote clusters by their content: text, speaker name, first report, counts, members
    (not key, which holds the speaker's id)."""
    return sorted(
        db.execute(
            "select quote_clusters.text, speakers.name, documents.key, "
            "quote_clusters.first_published, quote_clusters.first_publisher, quote_clusters.quote_count, "
            "quote_clusters.document_count, quote_clusters.publisher_count, quote_clusters.publishers, "
            "(select group_concat(member, ' ') from (select documents.key || ':' || quotes.start_char "
            "as member from quotes join documents on documents.id = quotes.document_id "
            "where quotes.cluster_id = quote_clusters.id order by member)) "
            "from quote_clusters left join speakers on speakers.id = quote_clusters.speaker_id "
            "join documents on documents.id = quote_clusters.first_document_id"
        ).fetchall()
    )


def search_counts(db):
    return [
        db.execute(
            f"select count(*) from {table}_fts where {table}_fts match ?", [word]
        ).fetchone()[0]
        for table, word in (("quotes", "news"), ("quotes", "Number7"), ("documents", "Story"))
    ]


@pytest.mark.parametrize("bulk_quotes", [1, 10**9])
def test_bulk_load_into_a_loaded_database_is_the_same(tmp_path, monkeypatch, bulk_quotes):
    first = write_jsonl(tmp_path / "first.jsonl", news_records(10))
    records = list(news_records(30))
    records[2]["text"] = "“Only this is new,” said Ana Costa, the mayor.\n"  # a changed document
    second = write_jsonl(tmp_path / "second.jsonl", records)
    reference = sqlite_utils.Database(memory=True)
    load_paths(reference, [str(second)])

    db = sqlite_utils.Database(tmp_path / "q.db")
    load_paths(db, [str(first)])
    monkeypatch.setattr(pipeline, "BULK_QUOTES", bulk_quotes)  # 1: the second load is bulk
    began = []
    real_begin = pipeline.database.begin_bulk_load
    monkeypatch.setattr(
        pipeline.database, "begin_bulk_load", lambda db: began.append(1) or real_begin(db)
    )
    report = load_paths(db, [str(second)], batch_size=5)
    assert bool(began) == (bulk_quotes == 1)
    assert (report.loaded, report.unchanged) == (21, 9)
    documents, quotes, speakers, _ = snapshot(db)
    ref_documents, ref_quotes, ref_speakers, _ = snapshot(reference)
    # without id and path (the unchanged documents keep the first file's)
    assert [(row[1], *row[3:]) for row in documents] == [
        (row[1], *row[3:]) for row in ref_documents
    ]
    assert sorted(row[3:] for row in quotes) == sorted(row[3:] for row in ref_quotes)
    assert sorted(row[1:] for row in speakers) == sorted(row[1:] for row in ref_speakers)
    assert clusters(db) == clusters(reference) != []
    assert schema_objects(db) == schema_objects(reference)
    assert search_counts(db) == search_counts(reference) != [0, 0, 0]
    assert db.execute("insert into quotes_fts(quotes_fts) values ('integrity-check')")


def test_interrupted_bulk_load_is_finished_by_the_next_command(tmp_path, monkeypatch):
    feed = write_jsonl(tmp_path / "feed.jsonl", news_records(12))
    reference = sqlite_utils.Database(memory=True)
    load_paths(reference, [str(feed)])

    db_path = tmp_path / "q.db"
    interrupt_extraction(monkeypatch, at_call=7)
    with pytest.raises(KeyboardInterrupt):
        load_paths(sqlite_utils.Database(db_path), [str(feed)], batch_size=3)
    db = sqlite_utils.Database(db_path)
    assert db.table("documents").count == 6
    assert schema_objects(db) != schema_objects(reference)  # still without its indexes
    # any command that opens the database (here `quotes speakers refresh`) finishes it
    result = CliRunner().invoke(cli, ["speakers", "refresh", str(db_path)])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    assert schema_objects(db) == schema_objects(reference)
    assert (
        db.execute("select count(*) from quotes_fts where quotes_fts match 'news'").fetchone()[0]
        == db.execute("select count(*) from quotes where text like '%is news%'").fetchone()[0]
        == 6
    )


def test_search_triggers_of_older_databases_are_replaced(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    load_paths(db, [str(write_jsonl(tmp_path / "feed.jsonl", news_records(3)))])
    db.execute("drop trigger quotes_au")
    db.execute(  # as sqlite-utils makes it: fires on any update, re-indexing the text
        "create trigger quotes_au after update on quotes begin "
        "insert into quotes_fts (quotes_fts, rowid, text, speaker) "
        "values ('delete', old.rowid, old.text, old.speaker); "
        "insert into quotes_fts (rowid, text, speaker) values (new.rowid, new.text, new.speaker); end"
    )
    load_paths(db, [])
    sql = db.execute("select sql from sqlite_master where name = 'quotes_au'").fetchone()[0]
    assert "after update of [text], [speaker] on" in sql
    db.execute("update quotes set text = 'zeppelin' where id = 1")
    assert [row["id"] for row in db.table("quotes").search("zeppelin")] == [1]


def test_load_without_refresh_then_refresh_is_the_same(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", news_records(12))
    more = write_jsonl(tmp_path / "more.jsonl", news_records(6, prefix="more"))
    runner = CliRunner()
    at_once, deferred = tmp_path / "at-once.db", tmp_path / "deferred.db"
    for path in (feed, more):
        assert runner.invoke(cli, ["load", str(at_once), str(path), "-q"]).exit_code == 0
    for path in (feed, more):
        result = runner.invoke(cli, ["load", str(deferred), str(path), "-q", "--no-refresh"])
        assert result.exit_code == 0, result.output
    refreshed = sqlite_utils.Database(deferred)
    assert (
        "identity_refreshes" not in refreshed.table_names()
        or not refreshed.execute("select count(*) from identity_refreshes").fetchone()[0]
    )
    assert runner.invoke(cli, ["speakers", "refresh", str(deferred)]).exit_code == 0
    expected = sqlite_utils.Database(at_once)
    # the same people and statements, whatever order their rows were created in
    assert speaker_of_each_quote(refreshed) == speaker_of_each_quote(expected)
    assert sorted(row[1:] for row in snapshot(refreshed)[2]) == sorted(
        row[1:] for row in snapshot(expected)[2]
    )
    assert clusters(refreshed) == clusters(expected) != []


def speaker_of_each_quote(db):
    return db.execute(
        "select documents.key, quotes.start_char, speakers.name, quote_clusters.text "
        "from quotes join documents on documents.id = quotes.document_id "
        "left join speakers on speakers.id = quotes.speaker_id "
        "left join quote_clusters on quote_clusters.id = quotes.cluster_id "
        "order by documents.key, quotes.start_char"
    ).fetchall()
