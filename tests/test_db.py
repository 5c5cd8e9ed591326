import pytest

from quotes import db as database
from quotes import pipeline
from quotes.pipeline import load_paths

from .conftest import SEED_ARTICLE, interrupt_extraction


def table_rows(db, table):
    return list(db.execute(f"select * from {table} order by id").fetchall())


def test_schema_tables_and_foreign_keys(memory_db):
    database.ensure_schema(memory_db)
    assert {"documents", "quotes", "speakers", "quotes_fts", "documents_fts"} <= set(
        memory_db.table_names()
    )
    foreign_keys = {
        (fk.column, fk.other_table, fk.other_column)
        for fk in memory_db.table("quotes").foreign_keys
    }
    assert foreign_keys == {
        ("document_id", "documents", "id"),
        ("speaker_id", "speakers", "id"),
        ("cluster_id", "quote_clusters", "id"),
    }
    indexed = {tuple(index.columns) for index in memory_db.table("quotes").indexes}
    assert {("speaker_id",), ("document_id",), ("kind",)} <= indexed
    # speaker and publisher lead indexes of two columns, which serve them alone too
    assert {"speaker", "publisher"} <= {columns[0] for columns in indexed}


def test_load_seeds(memory_db, seeds):
    report = load_paths(memory_db, [str(seeds)])
    assert report.errors == []
    assert report.loaded == memory_db.table("documents").count == 3
    assert report.quotes == memory_db.table("quotes").count
    seed_quotes = memory_db.execute(
        "select quotes.text, speakers.name from quotes "
        "join documents on documents.id = quotes.document_id "
        "join speakers on speakers.id = quotes.speaker_id "
        "where documents.key = ? order by quotes.start_char",
        [SEED_ARTICLE],
    ).fetchall()
    assert [name for _, name in seed_quotes] == ["Liang Wenfeng"] * 5
    assert seed_quotes[1][0].startswith("AI shouldn’t be a luxury")


def test_every_quote_slices_its_document(memory_db, seeds):
    load_paths(memory_db, [str(seeds)])
    rows = memory_db.execute(
        "select quotes.text, quotes.start_char, quotes.end_char, documents.text "
        "from quotes join documents on documents.id = quotes.document_id"
    ).fetchall()
    assert rows
    for text, start, end, document_text in rows:
        assert document_text[start:end] == text


def test_foreign_keys_hold_and_speaker_names_match(memory_db, seeds):
    load_paths(memory_db, [str(seeds)])
    assert memory_db.execute("pragma foreign_key_check").fetchall() == []
    # the speaker row is the person's: its name, or one of its aliases, is the quote's speaker
    mismatched = memory_db.execute(
        "select count(*) from quotes join speakers on speakers.id = quotes.speaker_id "
        "where quotes.speaker is not speakers.name "
        "and quotes.speaker not in (select key from json_each(speakers.aliases))"
    ).fetchone()[0]
    assert mismatched == 0
    counts = memory_db.execute(
        "select quote_count, (select count(*) from quotes where speaker_id = speakers.id) "
        "from speakers"
    ).fetchall()
    assert counts and all(stored == actual for stored, actual in counts)


def test_reload_changes_nothing(memory_db, seeds):
    load_paths(memory_db, [str(seeds)])
    tables = ("quotes", "speakers", "quote_clusters")
    before = {table: table_rows(memory_db, table) for table in tables}
    report = load_paths(memory_db, [str(seeds)])
    assert (report.loaded, report.unchanged) == (0, 3)
    after = {table: table_rows(memory_db, table) for table in tables}
    assert after == before


def test_force_reload_does_not_duplicate(memory_db, seeds):
    load_paths(memory_db, [str(seeds)])
    quotes = memory_db.table("quotes").count
    report = load_paths(memory_db, [str(seeds)], force=True)
    assert report.loaded == 3
    assert memory_db.table("quotes").count == quotes
    assert memory_db.table("documents").count == 3


def test_changed_document_replaces_its_quotes(memory_db, seeds):
    load_paths(memory_db, [str(seeds)])
    article = seeds / "river-school-science-fair.txt"
    article.write_text(
        "Science Fair Postponed\n\n"
        '"We will hold it next month instead," said Maria Lopez, the principal.\n',
        encoding="utf-8",
    )
    report = load_paths(memory_db, [str(seeds)])
    assert (report.loaded, report.unchanged) == (1, 2)
    rows = memory_db.execute(
        "select quotes.speaker from quotes join documents on documents.id = quotes.document_id "
        "where documents.key = 'river-school-science-fair.txt'"
    ).fetchall()
    assert rows == [("Maria Lopez",)]
    # speakers only quoted in the old version are gone
    assert memory_db.table("speakers").count_where("name = 'James Okafor'") == 0


def test_full_text_search(memory_db, seeds):
    load_paths(memory_db, [str(seeds)])
    found = list(memory_db.table("quotes").search("luxury"))
    assert [row["speaker"] for row in found] == ["Liang Wenfeng"]
    assert list(memory_db.table("quotes").search("zeppelin")) == []
    documents = list(memory_db.table("documents").search("microplastics"))
    assert [row["key"] for row in documents] == ["river-school-science-fair.txt"]


def test_interrupted_load_keeps_finished_documents_whole(memory_db, seeds, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)
    real_extract = pipeline.extract_quotes
    calls = interrupt_extraction(monkeypatch, at_call=2)
    with pytest.raises(KeyboardInterrupt):
        load_paths(memory_db, [str(seeds)])
    keys = [row[0] for row in memory_db.execute("select key from documents").fetchall()]
    assert keys == [calls[0]]
    stored = memory_db.execute("select quote_count from documents").fetchone()[0]
    assert (
        stored
        == memory_db.table("quotes").count
        == len(real_extract((seeds / calls[0]).read_text(encoding="utf-8"), calls[0]))
    )
    # re-running finishes the job
    monkeypatch.setattr(pipeline, "extract_quotes", real_extract)
    report = load_paths(memory_db, [str(seeds)])
    assert (report.loaded, report.unchanged) == (2, 1)


def test_search_index_gathers_terms_in_large_segments(memory_db, seeds):
    # a bulk load rebuilds the full-text indexes with a large in-memory buffer, not
    # SQLite's 1 MB one, which writes and merges hundreds of small segments
    load_paths(memory_db, [str(seeds)])
    for table in database.SEARCH_COLUMNS:
        config = dict(memory_db.execute(f"select k, v from [{table}_fts_config]").fetchall())
        assert config.get("hashsize") == database.SEARCH_HASH_BYTES


def test_load_hands_the_refresh_the_full_names_it_found(memory_db, tmp_path, monkeypatch):
    # "Whitfield" is Dana Whitfield, whom only the byline names: the load finds that while
    # it has the text in hand, and the refresh that follows does not read the text again
    (tmp_path / "a.txt").write_text(
        "Reporting by Dana Whitfield; editing by Tom Hale.\n\n“We will keep going,” Whitfield said.\n",
        encoding="utf-8",
    )
    refreshing, scanned_while_refreshing = [], []
    scan = database.identity.names_in_text
    finish = database.finish_load

    def scan_spied(text, words):
        scanned_while_refreshing.extend(refreshing)
        return scan(text, words)

    def finish_spied(*args, **kwargs):
        refreshing.append(True)
        return finish(*args, **kwargs)

    monkeypatch.setattr(database.identity, "names_in_text", scan_spied)
    monkeypatch.setattr(database, "finish_load", finish_spied)
    load_paths(memory_db, [str(tmp_path)])
    assert refreshing and not scanned_while_refreshing
    assert [row[0] for row in memory_db.execute("select speaker from quotes")] == ["Whitfield"]
    names = memory_db.execute("select name from speakers join quotes on speaker_id = speakers.id")
    assert [row[0] for row in names] == ["Dana Whitfield"]


def test_a_loading_connection_waits_out_a_long_lock(tmp_path):
    """The end of a bulk load writes on two connections in turn: one waits for the
    other's lock past SQLite's 5 s default instead of failing with "database is locked"."""
    import sqlite3
    import threading
    import time

    import sqlite_utils

    path = tmp_path / "locked.db"
    loading = sqlite_utils.Database(path)
    database.configure_for_loading(loading)
    loading.execute("create table t (x integer)")
    other = sqlite3.connect(path, check_same_thread=False)
    other.execute("begin immediate")
    other.execute("insert into t values (1)")
    holder = threading.Thread(target=lambda: (time.sleep(6), other.commit()))
    holder.start()
    loading.execute("insert into t values (2)")
    loading.conn.commit()
    holder.join()
    assert sorted(row[0] for row in loading.execute("select x from t")) == [1, 2]
