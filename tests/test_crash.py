"""A real `sitreps ingest` killed with SIGKILL mid-batch loses nothing committed and leaves
nothing half-written; running it again completes the batch, and the result is the database
an uninterrupted run builds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sitreps.cli import samples_path
from sitreps.store import database_url
from tests import store_fixtures

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url

SITREPS = Path(sys.executable).parent / "sitreps"
BATCH = 160
KILL_AFTER = 20


def write_batch(path: Path) -> None:
    """The sample reports many times over, each copy a different document at its own URL."""
    samples = [json.loads(line) for line in samples_path().read_text(encoding="utf-8").splitlines() if line]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(BATCH):
            record = dict(samples[i % len(samples)])
            record["url"] = f"{record['url']}?copy={i}"
            record["text"] = f"Bulletin {i}.\n{record['text']}"
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def ingest(batch: Path, db: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [str(SITREPS), "ingest", str(batch), "--db", db],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip


def count(engine: sa.Engine, table: str) -> int:
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
    except sa.exc.SQLAlchemyError:
        return 0  # not created yet


def state(engine: sa.Engine) -> dict[str, Any]:
    """Everything an ingest decides, without the timestamps."""
    with engine.connect() as conn:
        q = conn.exec_driver_sql
        return {
            "documents": sorted(q("SELECT id, url, revision, status FROM documents").all()),
            "mentions": sorted(q("SELECT m.id, m.document_id, em.event_id FROM mentions m"
                                 " JOIN event_mentions em ON em.mention_id = m.id").all()),
            "events": sorted(q("SELECT id, data, reports, status FROM events").all()),
            "links": sorted(q("SELECT from_event, to_event, kind FROM event_links").all()),
            "sources": q("SELECT count(*) FROM sources").scalar_one(),
            "actors": q("SELECT count(*) FROM actors").scalar_one(),
        }  # fmt: skip


def check_whole(engine: sa.Engine) -> None:
    """No half-written document: every piece of every stored document is there, and consistent."""
    with engine.connect() as conn:
        q = conn.exec_driver_sql
        if engine.dialect.name == "sqlite":
            assert q("PRAGMA integrity_check").scalar_one() == "ok"
            assert q("PRAGMA foreign_key_check").all() == []
            q("INSERT INTO mentions_fts(mentions_fts) VALUES ('integrity-check')")
        # every mention is linked to an event, every event has a mention
        assert q("SELECT count(*) FROM mentions m LEFT JOIN event_mentions em ON em.mention_id = m.id"
                 " WHERE em.mention_id IS NULL").scalar_one() == 0  # fmt: skip
        assert q("SELECT count(*) FROM events e WHERE NOT EXISTS"
                 " (SELECT 1 FROM event_mentions em WHERE em.event_id = e.id)").scalar_one() == 0  # fmt: skip
        # each event's report count matches its mentions in current documents
        assert (
            q("""SELECT count(*) FROM events e WHERE e.reports <> (
                      SELECT count(*) FROM event_mentions em JOIN mentions m ON m.id = em.mention_id
                      JOIN documents d ON d.id = m.document_id
                      WHERE em.event_id = e.id AND d.status = 'current')""").scalar_one()
            == 0
        )


def test_sigkill_mid_batch_loses_nothing_and_rerun_completes(db_target: str, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    write_batch(batch)
    engine = sa.create_engine(database_url(db_target))
    # an uninterrupted run into another database is what the end state must equal
    reference = db_target + "-reference" if "://" not in db_target else None
    if reference is None:
        reference = store_fixtures.new_database(db_target.rsplit("/", 1)[0] + "/")
    process = ingest(batch, db_target)
    try:
        deadline = time.monotonic() + 300
        stored = 0
        while time.monotonic() < deadline and process.poll() is None:
            stored = count(engine, "documents")
            if stored >= KILL_AFTER:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
        process.wait(timeout=60)
        assert process.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
        engine.dispose()
        committed = count(engine, "documents")
        assert KILL_AFTER <= committed < BATCH
        check_whole(engine)
        with engine.connect() as conn:
            [run] = conn.exec_driver_sql("SELECT finished_at FROM runs").all()
            assert run.finished_at is None  # the killed run never finished
            before = set(conn.exec_driver_sql("SELECT id FROM documents").scalars())

        rerun = subprocess.run([str(SITREPS), "ingest", str(batch), "--db", db_target],
                               capture_output=True, text=True, timeout=600)  # fmt: skip
        assert rerun.returncode == 0, rerun.stderr
        assert f"{BATCH - committed} new" in rerun.stderr and f"{committed} unchanged" in rerun.stderr
        check_whole(engine)
        with engine.connect() as conn:
            after = set(conn.exec_driver_sql("SELECT id FROM documents").scalars())
        assert before <= after and len(after) == BATCH  # nothing committed was lost

        clean = subprocess.run([str(SITREPS), "ingest", str(batch), "--db", reference],
                               capture_output=True, text=True, timeout=600)  # fmt: skip
        assert clean.returncode == 0, clean.stderr
        reference_engine = sa.create_engine(database_url(reference))
        assert state(engine) == state(reference_engine)
        reference_engine.dispose()
    finally:
        if process.poll() is None:
            process.kill()
        engine.dispose()
        if "://" in reference:
            store_fixtures.drop_database(reference)


@pytest.mark.parametrize("signal_number", [signal.SIGKILL])
def test_sigkill_before_the_first_commit_leaves_an_openable_database(tmp_path: Path, signal_number: int) -> None:
    """Killed while the schema is being created or the first document parsed: it opens again."""
    batch = tmp_path / "batch.jsonl"
    write_batch(batch)
    db = str(tmp_path / "early.db")
    process = ingest(batch, db)
    time.sleep(0.5)
    process.send_signal(signal_number)
    process.wait(timeout=60)
    rerun = subprocess.run([str(SITREPS), "ingest", str(samples_path()), "--db", db],
                           capture_output=True, text=True, timeout=600)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
