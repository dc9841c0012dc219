"""Alembic migrations, run from the package: `sitreps db upgrade` and `Store.open` call these.

The migration scripts ship inside the package (`sitreps/store/migrations/`), so an
installed sitreps can create and upgrade its database without an `alembic.ini`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from sitreps.errors import StoreError

SCRIPT_LOCATION = "sitreps.store:migrations"

HEAD = "0002"
"""The newest migration; `Store.open` runs Alembic only when a database is not at it
(`tests/test_migrations.py` checks this against the scripts)."""


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the packaged scripts, optionally bound to a connection."""
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_head() -> str | None:
    """The head revision of the packaged migration scripts."""
    return ScriptDirectory.from_config(config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def _legacy(connection: Connection) -> bool:
    """Tables made before migrations existed (by `create_all`), with no alembic_version."""
    names = set(sa.inspect(connection).get_table_names())
    return "documents" in names and "alembic_version" not in names


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Upgrade the database to `revision`; returns (before, after)."""
    with engine.begin() as conn:
        before = current_revision(conn)
        if before is None and _legacy(conn):
            raise StoreError(
                f"{engine.url.render_as_string(hide_password=True)} was created before the schema had "
                "migrations; export what you need and ingest into a new database"
            )
        command.upgrade(config(conn), revision)
        after = current_revision(conn)
    return before, after


def ensure_current(engine: Engine, *, upgrade_if_behind: bool = True) -> None:
    """Bring the database to `HEAD` (or fail clearly when told not to upgrade)."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current == HEAD:
        return
    if not upgrade_if_behind:
        raise StoreError(f"database is at schema revision {current or 'none'}, not {HEAD}: run `sitreps db upgrade`")
    upgrade(engine)
