import json
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes.cli import cli

from .conftest import SEED_ARTICLE


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def messy_folder(tmp_path):
    """One good article beside files that cannot be read as text."""
    folder = tmp_path / "messy"
    folder.mkdir()
    (folder / "good.txt").write_text(
        'Park Reopens\n\n"The swings are back," said Ana Costa, the park director.\n',
        encoding="utf-8",
    )
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    # not UTF-8, but a charset detector reads it: loaded, not failed
    (folder / "latin1.txt").write_bytes("Caf\xe9 \xabcr\xe8me\xbb".encode("latin-1"))
    # every byte from 0x80 up: no charset makes text of them
    (folder / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)
    (folder / "empty.md").write_text("  \n", encoding="utf-8")
    return folder


def test_extract_nl_seed(runner):
    result = runner.invoke(cli, ["extract", f"seeds/{SEED_ARTICLE}", "--nl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["speaker"] for r in records] == ["Liang Wenfeng"] * 5
    assert [r["cue"] for r in records] == ["insisted", "argued", "said", "declared", "says"]
    assert all(r["document"] == f"seeds/{SEED_ARTICLE}" for r in records)
    text = (Path("seeds") / SEED_ARTICLE).read_text(encoding="utf-8")
    assert all(text[r["start_char"] : r["end_char"]] == r["text"] for r in records)


def test_extract_folder_gives_json_array_with_relative_ids(runner, seeds):
    result = runner.invoke(cli, ["extract", str(seeds)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    documents = {r["document"] for r in records}
    assert documents == {
        SEED_ARTICLE,
        "harbor-bridge-council-vote.txt",
        "river-school-science-fair.txt",
    }
    assert set(records[0]) >= {
        "document",
        "text",
        "start_char",
        "end_char",
        "speaker",
        "speaker_mention",
        "speaker_start_char",
        "speaker_end_char",
        "speaker_role",
        "cue",
        "kind",
        "confidence",
    }


def test_extract_reports_bad_files_and_goes_on(runner, messy_folder):
    result = runner.invoke(cli, ["extract", str(messy_folder), "--nl"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["speaker"] for r in records] == ["Ana Costa"]
    errors = result.stderr.splitlines()
    assert f"Error: {messy_folder / 'binary.txt'}: binary file, not text" in errors
    assert f"Error: {messy_folder / 'empty.md'}: empty document" in errors
    assert f"Error: {messy_folder / 'undecodable.txt'}: undecodable text" in " ".join(errors)
    assert not any("latin1.txt" in line for line in errors)
    assert errors[-1] == "Error: 3 document(s) failed"


def test_extract_missing_file(runner, tmp_path):
    missing = tmp_path / "nowhere.txt"
    result = runner.invoke(cli, ["extract", str(missing)])
    assert result.exit_code == 1
    assert f"Error: {missing}: no such file" in result.stderr
    assert json.loads(result.stdout) == []


def test_load_then_reload(runner, tmp_path, seeds):
    db_path = tmp_path / "out" / "quotes.db"
    first = runner.invoke(cli, ["load", str(db_path), str(seeds)])
    assert first.exit_code == 0, first.output
    assert "3 document(s) loaded" in first.stderr
    second = runner.invoke(cli, ["load", str(db_path), str(seeds)])
    assert second.exit_code == 0
    assert "0 document(s) loaded with 0 quote(s), 3 unchanged, 0 failed" in second.stderr
    db = sqlite_utils.Database(db_path)
    assert db.table("documents").count == 3
    assert db.table("speakers").count_where("name = 'Liang Wenfeng'") == 1


def test_load_keeps_good_files_when_some_fail(runner, tmp_path, messy_folder):
    db_path = tmp_path / "quotes.db"
    result = runner.invoke(cli, ["load", str(db_path), str(messy_folder)])
    assert result.exit_code == 1
    assert "2 document(s) loaded with 1 quote(s), 0 unchanged, 3 failed" in result.stderr
    assert result.stderr.splitlines()[-1] == "Error: 3 document(s) failed"
    db = sqlite_utils.Database(db_path)
    assert [row["key"] for row in db.table("documents").rows] == ["good.txt", "latin1.txt"]
    assert db.table("documents").get(2)["text"] == "Café «crème»"
    failed = {(row["source"], row["reason"]) for row in db.table("load_errors").rows}
    assert failed == {
        (str(messy_folder / "binary.txt"), "binary file, not text"),
        (str(messy_folder / "empty.md"), "empty document"),
        (str(messy_folder / "undecodable.txt"), "undecodable text (not UTF-8, no charset fits)"),
    }


def test_serve_requires_existing_database(runner, tmp_path):
    result = runner.invoke(cli, ["serve", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
