"""`boardkb ingest` end to end: bad files named with their reason, no partial rows,
unchanged files skipped, changed files replaced in place."""

import multiprocessing
import shutil

import pytest
from click.testing import CliRunner

from boardkb.cli import cli
from boardkb.db.schema import open_database


def test_ingest_corpus_and_pdfs(tmp_path, corpus_dir, pdfs_dir, run_ingest):
    db_path = tmp_path / "kb.db"
    code, out, err = run_ingest([corpus_dir, pdfs_dir], db_path)
    assert code == 1  # some files failed
    failed = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(failed) == 3
    assert any("empty.pdf" in line and "empty (0 bytes)" in line for line in failed)
    assert any("password-example.pdf" in line and "encrypted" in line for line in failed)
    assert any("issue-203-decimalize.pdf" in line and "no text layer" in line for line in failed)
    assert "3 failed" in out and "skipped as unchanged" in out
    db = open_database(str(db_path))
    paths = [r["source_path"] for r in db.query("select source_path from documents")]
    assert len(paths) == len(list(pdfs_dir.rglob("*.pdf"))) - 3 + len(list(corpus_dir.glob("*.txt")))
    assert not [p for p in paths if p.endswith(("empty.pdf", "password-example.pdf", "decimalize.pdf"))]
    # every passage belongs to a stored document; FTS is in sync
    orphans = db.execute("select count(*) from passages where document_id not in (select id from documents)")
    assert orphans.fetchone()[0] == 0
    assert db.execute("select count(*) from passages_fts").fetchone()[0] == db["passages"].count
    # second run: nothing to do for the good files
    code, out, err = run_ingest([corpus_dir, pdfs_dir], db_path)
    assert f"0 added, 0 replaced, {len(paths)} skipped as unchanged, 3 failed" in out


def test_changed_file_replaces_its_document(tmp_path, corpus_dir, run_ingest):
    src = tmp_path / "papers"
    src.mkdir()
    paper = src / "paper.txt"
    shutil.copy(corpus_dir / "003_1797fe547be1d21d.txt", paper)
    db_path = tmp_path / "kb.db"
    assert run_ingest([src], db_path)[0] == 0
    db = open_database(str(db_path))
    (doc_id,) = [r["id"] for r in db.query("select id from documents")]
    before = db["passages"].count
    paper.write_text(paper.read_text() + "\nA closing paragraph added in a revised version of the paper.\n")
    code, out, _ = run_ingest([src], db_path)
    assert code == 0 and "0 added, 1 replaced" in out
    assert [r["id"] for r in db.query("select id from documents")] == [doc_id]
    assert db["passages"].count == before + 1
    hits = db.execute("select count(*) from passages_fts where passages_fts match 'revised'").fetchone()[0]
    assert hits == 1


def test_unsupported_files(tmp_path, corpus_dir, run_ingest):
    src = tmp_path / "papers"
    src.mkdir()
    shutil.copy(corpus_dir / "003_1797fe547be1d21d.txt", src / "paper.txt")
    (src / "minutes.docx").write_bytes(b"PK\x03\x04 not really a docx")
    # in a folder: passed over, and counted in the summary
    code, out, err = run_ingest([src], tmp_path / "kb.db")
    assert code == 0 and "1 added" in out and "1 other files in the folders passed over" in out
    # named directly: a failure with its reason
    code, out, err = run_ingest([src / "minutes.docx"], tmp_path / "kb.db")
    assert code == 1 and "minutes.docx: Not a supported format" in err


def _slow_paper(path):
    """A generated text paper long enough that parsing and extracting it take minutes."""
    words = ("the board noted that the programme will deliver savings of £2.5m by March 2021 and body "
             "worn video went live in June with 1,200 officers").split()
    lines = ["Strategic Policing and Crime Board", "12 June 2020", ""]
    lines += [f"{i + 1}. " + " ".join(words[(i * 7 + k) % len(words)] for k in range(40)) + ".\n"
              for i in range(20000)]
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeout_skips_a_slow_file_and_the_batch_goes_on(tmp_path, corpus_dir, jobs):
    src = tmp_path / "papers"
    src.mkdir()
    shutil.copy(corpus_dir / "003_1797fe547be1d21d.txt", src / "a-paper.txt")
    _slow_paper(src / "b-slow.txt")
    shutil.copy(corpus_dir / "000_ea0264ba805e4785.txt", src / "c-paper.txt")
    db_path = tmp_path / "kb.db"
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db_path), "--jobs", jobs,
                                      "--timeout", "8", "--no-progress"], catch_exceptions=False)
    assert result.exit_code == 1
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert "b-slow.txt" in error and "longer than the time limit: 8 s" in error and "--timeout" in error
    assert "2 added" in result.stdout and "1 failed" in result.stdout
    db = open_database(str(db_path))
    assert sorted(r["file_name"] for r in db.query("select file_name from documents")) == [
        "a-paper.txt", "c-paper.txt"]
    assert db.execute("select count(*) from passages where document_id not in (select id from documents)"
                      ).fetchone()[0] == 0
    assert multiprocessing.active_children() == []  # the stuck worker was killed, the others closed


def test_binary_text_file_is_rejected(tmp_path, corpus_dir, run_ingest):
    src = tmp_path / "papers"
    src.mkdir()
    shutil.copy(corpus_dir / "003_1797fe547be1d21d.txt", src / "paper.txt")
    (src / "renamed.txt").write_bytes(bytes(range(256)) * 20)  # binary data under a .txt name
    (src / "controls.md").write_bytes(("Board paper\n" + "text\x01\x02\x1b\x7f " * 200).encode("utf-8"))
    code, out, err = run_ingest([src], tmp_path / "kb.db")
    assert code == 1 and "1 added" in out and "2 failed" in out
    errors = sorted(line for line in err.splitlines() if line.startswith("error: "))
    assert "controls.md: The text file holds binary data, not text" in errors[0]
    assert "of its characters are control codes or undecodable" in errors[0]
    assert "renamed.txt: The text file holds binary data, not text: 20 NUL bytes" in errors[1]
