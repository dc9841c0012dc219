"""Database housekeeping: `sitreps db upgrade`, `sitreps db current` and `sitreps reprocess`."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from sitreps.commands.common import db_target, err, fail, out
from sitreps.errors import SitrepsError

DbOpt = Annotated[str | None, typer.Option(help="Database path or URL (default sitreps.db or $SITREPS_DB).")]

db_app = typer.Typer(no_args_is_help=True, help="Create or upgrade the database schema (Alembic migrations).")


def _engine(db: str | None) -> Any:
    import sqlalchemy as sa

    from sitreps.store import database_url

    try:
        url = database_url(db_target(db))
        engine = sa.create_engine(url)
    except (SitrepsError, ImportError, sa.exc.ArgumentError) as exc:
        raise fail(str(exc)) from exc
    if engine.dialect.name == "sqlite":
        from sitreps.store.db import _sqlite_hooks

        _sqlite_hooks(engine)
    return engine


@db_app.command("upgrade")
def upgrade(
    db: DbOpt = None,
    revision: Annotated[str, typer.Option(help="Target revision.")] = "head",
) -> None:
    """Create the database or bring its schema up to date (`alembic upgrade head`)."""
    import sqlalchemy as sa

    from sitreps.store import migrate

    engine = _engine(db)
    try:
        before, after = migrate.upgrade(engine, revision)
    except (SitrepsError, sa.exc.SQLAlchemyError) as exc:
        raise fail(f"cannot upgrade {db_target(db)}: {exc}") from exc
    finally:
        engine.dispose()
    if before == after:
        err.print(f"{db_target(db)}: schema at revision {after}, nothing to do", markup=False, highlight=False)
    else:
        err.print(
            f"{db_target(db)}: schema upgraded from {before or 'empty'} to {after}", markup=False, highlight=False
        )


@db_app.command("current")
def current(db: DbOpt = None) -> None:
    """Print the schema revision of the database and the newest one this sitreps knows."""
    import sqlalchemy as sa

    from sitreps.store import migrate

    engine = _engine(db)
    try:
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
    except sa.exc.SQLAlchemyError as exc:
        raise fail(f"cannot read {db_target(db)}: {exc}") from exc
    finally:
        engine.dispose()
    out.print(f"database: {revision or 'empty'}; newest: {migrate.HEAD}", markup=False, highlight=False)


def reprocess(
    db: DbOpt = None,
    document: Annotated[
        list[str] | None, typer.Option("--document", help="Only this document id (repeatable).")
    ] = None,
    format: Annotated[str, typer.Option("--format", help="table (a summary) or jsonl (a line a document).")] = "table",
) -> None:
    """Re-extract stored documents with the current pipeline and update their events.

    Machine events follow the new extraction; confirmed, corrected and rejected events are
    never changed. Reports what changed, per document with --format jsonl.
    """
    from pathlib import Path

    from sitreps.model import Document, Mention
    from sitreps.pipeline import PIPELINE_VERSION, default_extractor
    from sitreps.store import DocumentChange, Store

    if format not in ("table", "jsonl"):
        raise fail(f"--format: {format!r} is not one of table, jsonl")
    target = db_target(db)
    if "://" not in target and not Path(target).exists():
        raise fail(f"{target}: no such database (run `sitreps ingest` first)")
    extractor = default_extractor()

    def extract(doc: Document) -> list[Mention]:
        return extractor.analyse(doc).mentions

    def show(change: DocumentChange) -> None:
        if format == "jsonl":
            sys.stdout.write(json.dumps(change.to_json(), ensure_ascii=False) + "\n")

    try:
        with Store.open(target) as store:
            totals = store.reprocess(extract, PIPELINE_VERSION, document_ids=document or None, on_change=show)
    except SitrepsError as exc:
        raise fail(str(exc)) from exc
    except KeyError as exc:
        raise fail(f"--document: no such document {exc}") from exc
    if format == "table":
        table = Table("what", "count", title=f"reprocess with {PIPELINE_VERSION}")
        for name in (
            "documents", "changed", "unchanged", "skipped", "failed", "mentions_added", "mentions_removed",
            "events_new", "events_updated", "events_removed", "events_reviewed_untouched",
        ):  # fmt: skip
            table.add_row(name.replace("_", " "), str(totals[name]))
        out.print(table)
    err.print(
        f"reprocessed {totals['documents']} document(s): {totals['changed']} changed, "
        f"{totals['unchanged']} unchanged, {totals['skipped']} skipped, {totals['failed']} failed",
        markup=False, highlight=False,
    )  # fmt: skip
    if totals["failed"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.command()(reprocess)
