"""The database tables, all in one place (SQLAlchemy Core, dialect-neutral).

JSON columns are plain text holding `json.dumps` output, so SQLite and PostgreSQL store
them alike; the columns beside them are copies of the fields that queries filter on.
Dates are ISO strings: `date_value` at its precision as the schema writes it, and
`date_from` / `date_to` the first and last day it can mean (see `link.date_window`),
which compare correctly as text and drive blocking and the `since` / `until` filters.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

DOCUMENT_CURRENT = "current"
DOCUMENT_SUPERSEDED = "superseded"

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="content hash, Document.id"),
    sa.Column("url", sa.Text, index=True),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40), comment="ISO 8601 date or date-time"),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("origin", sa.Text),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
    sa.Column(
        "status",
        sa.String(16),
        nullable=False,
        server_default=DOCUMENT_CURRENT,
        comment="current, or superseded by a later revision under the same URL",
    ),
    sa.Column("pipeline_version", sa.String(64)),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="id of its first mention"),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("is_back_reference", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("reported_by", sa.Text),
    sa.Column("date_value", sa.String(32)),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("date_end", sa.String(32)),
    sa.Column("date_from", sa.String(10), comment="first ISO day the date can mean"),
    sa.Column("date_to", sa.String(10), comment="last ISO day the date can mean"),
    sa.Column("country", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("place", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.String(8)),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column(
        "status",
        sa.String(16),
        nullable=False,
        server_default="machine",
        comment="machine; confirmed / corrected / rejected by an analyst",
    ),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("data", sa.Text, nullable=False, comment="the canonical event.schema.json dict"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_events_type_date", "type", "date_from"),
    sa.Index("ix_events_type_admin1", "type", "admin1"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="Mention.event_id(document, version)"),
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("is_back_reference", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("evidence", sa.Text, nullable=False, comment="statement text, for search"),
    sa.Column("data", sa.Text, nullable=False, comment="Mention.to_event(...) as JSON"),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
)

event_links = sa.Table(
    "event_links",
    metadata,
    sa.Column("from_event", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("to_event", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("kind", sa.String(32), primary_key=True, comment="back_reference"),
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        comment="the report that made the link",
    ),
    sa.Index("ix_event_links_to", "to_event"),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("documents", sa.Integer, nullable=False, server_default="0"),
    sa.Column("events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("input", sa.Text, nullable=False, comment="what failed: path, path:line, URL"),
    sa.Column("error", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), index=True),
)
