"""Ingest's memory bounds: results waiting for an earlier file are held pickled and capped, and a
worker grown past the limit is replaced; neither changes what is stored or its order."""

import multiprocessing
from pathlib import Path

import pytest

from boardkb import pipeline
from boardkb.db.schema import open_database

ROOT = Path(__file__).resolve().parents[1]


def _stored(db) -> list[tuple]:
    return [tuple(r.values()) for r in db.query(
        "select d.id, d.file_name, count(p.id) as passages from documents d left join passages p "
        "on p.document_id = d.id group by d.id order by d.id")]


@pytest.fixture(scope="module")
def papers(corpus_dir) -> list[Path]:
    return [corpus_dir, ROOT / "samples" / "2019-03-12_spcb_change-programme-update.pdf",
            ROOT / "samples" / "2021-03-23_agb_force-contact-annual-update.pdf"]


@pytest.fixture(scope="module")
def plain(tmp_path_factory, papers) -> list[tuple]:
    db = open_database(str(tmp_path_factory.mktemp("plain") / "kb.db"))
    pipeline.ingest_paths(db, papers, jobs=2)
    return _stored(db)


@pytest.mark.parametrize("limit", ["waiting", "recycle", "both"])
def test_memory_limits_store_the_same_in_the_same_order(tmp_path, monkeypatch, papers, plain, limit):
    if limit in ("waiting", "both"):
        monkeypatch.setattr(pipeline, "WAITING_BYTES", 0)  # one waiting result stops new files
    started = []
    if limit in ("recycle", "both"):
        monkeypatch.setattr(pipeline, "RECYCLE_RSS", 0)  # every worker replaced after each file
        real = pipeline._Worker.__init__

        def count(self, context):
            started.append(1)
            real(self, context)

        monkeypatch.setattr(pipeline._Worker, "__init__", count)
    db = open_database(str(tmp_path / "kb.db"))
    report = pipeline.ingest_paths(db, papers, jobs=2)
    assert report.failed == 0 and report.added == len(plain) == 5
    assert _stored(db) == plain
    if started:
        assert len(started) == len(plain)  # a fresh worker for every file
    assert multiprocessing.active_children() == []


def test_worker_reports_its_memory():
    worker = pipeline._Worker(multiprocessing.get_context("fork"))
    try:
        assert 0 < worker.rss() < 2**40
    finally:
        worker.close()
    assert worker.rss() == 0  # gone
