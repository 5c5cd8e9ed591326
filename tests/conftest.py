import shutil
from pathlib import Path

import pytest
import sqlite_utils

from quotes import pipeline
from quotes.models import Document, Quote
from quotes.pipeline import load_paths

SEEDS = Path(__file__).parent.parent / "seeds"
SEED_ARTICLE = "deepseek-liang-wenfeng-profile.txt"


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A private copy of the sample articles, safe to change."""
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


@pytest.fixture
def memory_db() -> sqlite_utils.Database:
    return sqlite_utils.Database(memory=True)


@pytest.fixture
def seeds_db_path(tmp_path, seeds) -> Path:
    """A database file loaded from the sample articles."""
    path = tmp_path / "quotes.db"
    load_paths(sqlite_utils.Database(path), [str(seeds)])
    return path


def said_article(key, quotes, publisher="Example News", published="2016-05-01"):
    """A Document and the Quote records the extractor would give it, from
    (speaker, mention, words) triples written as “words,” said mention."""
    text, records = "", []
    for speaker, mention, words in quotes:
        start = len(text) + 1
        text += f"“{words},” said {mention}.\n"
        records.append(
            Quote(
                key,
                words,
                start,
                start + len(words),
                speaker,
                mention,
                None,
                None,
                None,
                "said",
                "direct",
                0.9,
            )
        )
    return Document(key, text, publisher=publisher, published=published), records


def interrupt_extraction(monkeypatch, at_call: int) -> list[str]:
    """Make the load's extractor raise KeyboardInterrupt (Ctrl-C) at its at_call-th
    document; returns the documents it was called for."""
    real_extract = pipeline.extract_quotes
    calls = []

    def extract_then_interrupt(text, document=""):
        calls.append(document)
        if len(calls) == at_call:
            raise KeyboardInterrupt
        return real_extract(text, document)

    monkeypatch.setattr(pipeline, "extract_quotes", extract_then_interrupt)
    return calls
