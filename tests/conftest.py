import shutil
from pathlib import Path

import pytest
import sqlite_utils

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
