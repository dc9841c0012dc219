"""Alembic migrations: the packaged scripts build exactly `schema.metadata`, on both dialects."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.errors import StoreError
from sitreps.store import Store, database_url, migrate
from sitreps.store.schema import metadata
from tests import store_fixtures

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url

pytestmark = pytest.mark.filterwarnings("ignore:.*expression-based index")

FTS_OBJECTS = ("mentions_fts", "documents_fts")


def _include(obj: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
    """Leave out what only the migrations know: FTS5 tables and their shadow tables."""
    if kind == "table" and name and (name.startswith(FTS_OBJECTS) or name == "alembic_version"):
        return False
    return not (kind == "index" and name in ("ix_mentions_evidence_fts", "ix_documents_text_fts"))


def _differences(url: str) -> list[Any]:
    engine = sa.create_engine(database_url(url))
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": _include, "compare_type": True, "target_metadata": metadata}
        )
        diff = compare_metadata(context, metadata)
    engine.dispose()
    # SQLite cannot reflect expression indexes; alembic reports them as wanting to be added
    return [d for d in diff if not (isinstance(d, tuple) and d[0] == "add_index" and _is_expression(d[1]))]


def _is_expression(index: sa.Index) -> bool:
    return any(not isinstance(e, sa.Column) for e in index.expressions)


def test_head_constant_is_the_newest_script() -> None:
    assert migrate.script_head() == migrate.HEAD


def test_migrating_an_empty_database_gives_the_schema(db_target: str) -> None:
    with Store.open(db_target) as store, store.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        names = set(sa.inspect(conn).get_table_names())
        indexes = {i["name"] for t in ("events", "mentions") for i in sa.inspect(conn).get_indexes(t)}
    assert {t.name for t in metadata.sorted_tables} <= names
    assert _differences(db_target) == []
    if "://" in db_target:
        assert {"ix_mentions_evidence_fts", "ix_events_type_admin1_date"} <= indexes
    else:
        assert set(FTS_OBJECTS) <= names
        con = sqlite3.connect(db_target)
        sql = dict(con.execute("select name, sql from sqlite_master where type = 'index'").fetchall())
        assert "lower(admin1)" in sql["ix_events_type_admin1_date"]


def test_downgrade_to_nothing_and_back(db_target: str) -> None:
    Store.open(db_target).close()
    engine = sa.create_engine(database_url(db_target))
    with engine.begin() as conn:
        command.downgrade(migrate.config(conn), "base")
    with engine.connect() as conn:
        left = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
        assert left == set()
    engine.dispose()
    with Store.open(db_target) as store, store.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD


def test_open_without_upgrade_refuses_an_old_database(db_target: str) -> None:
    engine = sa.create_engine(database_url(db_target))
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # creates an empty SQLite file
    engine.dispose()
    with pytest.raises(StoreError, match="sitreps db upgrade"):
        Store.open(db_target, upgrade=False)


def test_a_database_from_before_migrations_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("create table documents (id text primary key, text text)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="before the schema had migrations"):
        Store.open(path)


def test_cli_db_upgrade_and_current(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    first = runner.invoke(app, ["db", "upgrade", "--db", db])
    assert first.exit_code == 0, first.output
    assert f"upgraded from empty to {migrate.HEAD}" in first.stderr
    again = runner.invoke(app, ["db", "upgrade", "--db", db])
    assert again.exit_code == 0 and "nothing to do" in again.stderr
    current = runner.invoke(app, ["db", "current", "--db", db])
    assert f"database: {migrate.HEAD}" in current.stdout
    tables = {r[0] for r in sqlite3.connect(db).execute("select name from sqlite_master where type='table'")}
    assert {"documents", "mentions", "events", "event_mentions", "places", "actors", "sources"} <= tables


def test_cli_db_upgrade_on_postgresql(postgresql_url: str) -> None:
    url = store_fixtures.new_database(postgresql_url)
    try:
        result = CliRunner().invoke(app, ["db", "upgrade", "--db", url])
        assert result.exit_code == 0, result.output
        assert migrate.HEAD in result.stderr
    finally:
        store_fixtures.drop_database(url)
