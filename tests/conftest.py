"""Shared fixtures: paths to real inputs, and databases ingested from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from boardkb.cli import cli
from boardkb.db.schema import open_database
from boardkb.ingest import read_paper

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


def shared(name: str) -> Path:
    """A folder of ../shared, or skip the test saying which one is missing."""
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"needs ../shared/{name} (not found at {path})")
    return path


def ingest(paths: list[Path], db_path: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        cli, ["ingest", *map(str, paths), "--db", str(db_path), "--jobs", "1"], catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="session")
def run_ingest():
    """``boardkb ingest`` through the CLI: ``run_ingest([paths], db_path) -> (code, out, err)``."""
    return ingest


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return shared("corpus")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return shared("gold")


@pytest.fixture(scope="session")
def pdfs_dir() -> Path:
    return shared("pdfs")


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, corpus_dir):
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    code, out, err = ingest([corpus_dir], path)
    assert code == 0, err
    return open_database(str(path))


@pytest.fixture(scope="session")
def samples_db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "samples.db"
    code, out, err = ingest([SAMPLES], path)
    assert code == 0, err
    return path


@pytest.fixture(scope="session")
def samples_db(samples_db_path):
    return open_database(str(samples_db_path))


@pytest.fixture(scope="module")
def council():
    """A reader of the uk-council PDFs by file name, each parsed once per module."""
    folder = shared("pdfs") / "uk-council"
    cache = {}

    def read(name):
        if name not in cache:
            cache[name] = read_paper(folder / name)
        return cache[name]

    read.folder = folder
    return read
