"""Initial schema: documents, mentions, events and their links, places, actors, sources,
runs and failures, with full-text search over document text and mention evidence.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Full-text search differs by dialect: SQLite gets FTS5 tables over the `seq` rowids, kept in
step by triggers; PostgreSQL gets GIN indexes over `to_tsvector('english', ...)`. Both are
created here only, not in `schema.py`, which stays dialect-neutral.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

_SQLITE_FTS = (
    """CREATE VIRTUAL TABLE mentions_fts USING fts5(
        evidence, content='mentions', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
        INSERT INTO mentions_fts(rowid, evidence) VALUES (new.seq, new.evidence);
    END""",
    """CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
        INSERT INTO mentions_fts(mentions_fts, rowid, evidence) VALUES ('delete', old.seq, old.evidence);
    END""",
    """CREATE TRIGGER mentions_fts_update AFTER UPDATE OF evidence ON mentions BEGIN
        INSERT INTO mentions_fts(mentions_fts, rowid, evidence) VALUES ('delete', old.seq, old.evidence);
        INSERT INTO mentions_fts(rowid, evidence) VALUES (new.seq, new.evidence);
    END""",
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
)
_SQLITE_FTS_DROP = (
    "DROP TRIGGER IF EXISTS documents_fts_update",
    "DROP TRIGGER IF EXISTS documents_fts_delete",
    "DROP TRIGGER IF EXISTS documents_fts_insert",
    "DROP TABLE IF EXISTS documents_fts",
    "DROP TRIGGER IF EXISTS mentions_fts_update",
    "DROP TRIGGER IF EXISTS mentions_fts_delete",
    "DROP TRIGGER IF EXISTS mentions_fts_insert",
    "DROP TABLE IF EXISTS mentions_fts",
)
_POSTGRESQL_FTS = (
    "CREATE INDEX ix_mentions_evidence_fts ON mentions USING gin (to_tsvector('english', evidence))",
    "CREATE INDEX ix_documents_text_fts ON documents"
    " USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))",
)
_POSTGRESQL_FTS_DROP = (
    "DROP INDEX IF EXISTS ix_documents_text_fts",
    "DROP INDEX IF EXISTS ix_mentions_evidence_fts",
)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False, comment="rowid for FTS"),
        sa.Column("id", sa.String(length=64), nullable=False, comment="hash of the cleaned text"),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True, comment="ISO 8601 date or date-time"),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "status",
            sa.String(length=16),
            server_default="current",
            nullable=False,
            comment="current, or superseded by a later revision under the same URL",
        ),
        sa.Column(
            "extraction",
            sa.String(length=16),
            server_default="extracted",
            nullable=False,
            comment="extracted, or pending (not extracted yet)",
        ),
        sa.Column("pipeline_version", sa.String(length=64), nullable=True, comment="that extracted its mentions"),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_documents_url", "documents", ["url"])

    op.create_table(
        "places",
        sa.Column("id", sa.String(length=64), nullable=False, comment="gazetteer id, or ~hash of the names"),
        sa.Column("gazetteer_id", sa.String(length=64), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("precision", sa.String(length=8), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_places_gazetteer_id", "places", ["gazetteer_id"])

    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), server_default="ingest", nullable=False),
        sa.Column("pipeline_version", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("documents", sa.Integer(), server_default="0", nullable=False),
        sa.Column("events", sa.Integer(), server_default="0", nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("counts", sa.Text(), nullable=True, comment="every count of the run, as JSON"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=64), nullable=False, comment="id of its first mention, for good"),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("is_back_reference", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("reported_by", sa.Text(), nullable=True),
        sa.Column("date_value", sa.String(length=32), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=True),
        sa.Column("date_end", sa.String(length=32), nullable=True),
        sa.Column("date_from", sa.String(length=10), nullable=True, comment="first ISO day the date can mean"),
        sa.Column("date_to", sa.String(length=10), nullable=True, comment="last ISO day the date can mean"),
        sa.Column(
            "link_from", sa.String(length=10), nullable=True, comment="link.search_window: first day, for blocking"
        ),
        sa.Column("link_to", sa.String(length=10), nullable=True, comment="link.search_window: last day"),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("place_id", sa.String(length=64), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.String(length=8), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column(
            "status",
            sa.String(length=16),
            server_default="machine",
            nullable=False,
            comment="machine; confirmed / corrected / rejected by an analyst",
        ),
        sa.Column(
            "reports",
            sa.Integer(),
            server_default="0",
            nullable=False,
            comment="mentions in current documents; 0 hides the event",
        ),
        sa.Column("pipeline_version", sa.String(length=64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False, comment="the canonical event.schema.json dict"),
        sa.Column("note", sa.Text(), nullable=True, comment="the analyst's note"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_events_date", "events", ["date_from"])
    op.create_index("ix_events_place_id", "events", ["place_id"])
    op.create_index("ix_events_type_date", "events", ["type", "date_from"])
    op.create_index("ix_events_type_link", "events", ["type", "link_from"])
    # province filters compare case-insensitively, so these index lower(admin1)
    op.create_index("ix_events_type_admin1_date", "events", ["type", sa.text("lower(admin1)"), "date_from"])
    op.create_index("ix_events_admin1_date", "events", [sa.text("lower(admin1)"), "date_from"])

    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("input", sa.Text(), nullable=False, comment="what failed: path, path:line, URL"),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_failures_run_id", "failures", ["run_id"])

    op.create_table(
        "mentions",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False, comment="rowid for FTS"),
        sa.Column("id", sa.String(length=64), nullable=False, comment="Mention.event_id(document, version)"),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("is_back_reference", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=False, comment="the evidence sentence in the text"),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("trigger_start", sa.Integer(), nullable=True),
        sa.Column("trigger_end", sa.Integer(), nullable=True),
        sa.Column("date_value", sa.String(length=32), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=True),
        sa.Column("place_id", sa.String(length=64), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False, comment="statement text, for search"),
        sa.Column("data", sa.Text(), nullable=False, comment="Mention.to_event(...) as JSON"),
        sa.Column("pipeline_version", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
        ),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_index("ix_mentions_place_id", "mentions", ["place_id"])

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False, comment="actor or target"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("class", sa.String(length=24), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_actors_class_event", "actors", ["class", "event_id"])
    op.create_index("ix_actors_event_id", "actors", ["event_id"])

    op.create_table(
        "event_links",
        sa.Column("from_event", sa.String(length=64), nullable=False),
        sa.Column("to_event", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False, comment="back_reference"),
        sa.Column("document_id", sa.String(length=64), nullable=True, comment="the report that made the link"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["from_event"],
            ["events.id"],
        ),
        sa.ForeignKeyConstraint(
            ["to_event"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("from_event", "to_event", "kind"),
    )
    op.create_index("ix_event_links_document_id", "event_links", ["document_id"])
    op.create_index("ix_event_links_to", "event_links", ["to_event"])

    op.create_table(
        "event_mentions",
        sa.Column("mention_id", sa.String(length=64), nullable=False, comment="a mention states one event"),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False, comment="new, linked, kept (reprocess)"),
        sa.Column("score", sa.Float(), nullable=True, comment="link.match_score when linked"),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.ForeignKeyConstraint(["mention_id"], ["mentions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("mention_id"),
    )
    op.create_index("ix_event_mentions_event_id", "event_mentions", ["event_id"])
    op.create_index("ix_event_mentions_mention_event", "event_mentions", ["mention_id", "event_id"])

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mention_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["mention_id"], ["mentions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sources_mention_id", "sources", ["mention_id"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _POSTGRESQL_FTS:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_FTS_DROP if dialect == "sqlite" else _POSTGRESQL_FTS_DROP:
        op.execute(statement)
    for table in (
        "sources", "event_mentions", "event_links", "actors", "mentions", "failures", "events",
        "runs", "places", "documents",
    ):  # fmt: skip
        op.drop_table(table)
