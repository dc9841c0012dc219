"""The database tables, all in one place (SQLAlchemy Core, dialect-neutral).

The tables are created and changed only by the Alembic migrations in
`sitreps/store/migrations/versions/` (`sitreps db upgrade`, or `Store.open`, which upgrades
a database that is behind); `tests/test_migrations.py` checks that migrating an empty
database gives exactly the tables below, on SQLite and on PostgreSQL.

JSON columns are plain text holding `json.dumps` output, so SQLite and PostgreSQL store
them alike; the columns beside them are copies of the fields that queries filter on.
Dates are ISO strings: `date_value` at its precision as the schema writes it, and
`date_from` / `date_to` the first and last day it can mean (see `link.date_window`),
which compare correctly as text and drive blocking and the `since` / `until` filters.

Full-text search is dialect-specific and lives in the migrations only: on SQLite, FTS5
tables `mentions_fts` (evidence) and `documents_fts` (title and text) kept in step by
triggers, with the tables' integer `seq` as their rowid; on PostgreSQL, GIN indexes over
`to_tsvector('english', ...)` of the same columns.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

DOCUMENT_CURRENT = "current"
DOCUMENT_SUPERSEDED = "superseded"

EXTRACTED = "extracted"
PENDING = "pending"
"""`documents.extraction`: mentions stored by the current pipeline, or not extracted yet
(a language the pipeline does not read; `sitreps reprocess` takes it up once it does)."""

MACHINE = "machine"
REVIEWED = ("confirmed", "corrected", "rejected")
EVENT_STATUSES = (MACHINE, *REVIEWED)
WIDE_WINDOW_DAYS = 400
"""A date window longer than this is `wide`. A `since` filter reads the date index from
`since` less this many days, plus the few wide events (found by `ix_events_wide_to`), instead
of every event dated before `since`."""
"""`events.status`: `machine` is the pipeline's to change; an analyst's confirmed / corrected /
rejected event keeps its data through later reports and `sitreps reprocess`."""

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True, comment="rowid for FTS"),
    sa.Column("id", sa.String(64), nullable=False, unique=True, comment="hash of the cleaned text"),
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
    sa.Column(
        "extraction",
        sa.String(16),
        nullable=False,
        server_default=EXTRACTED,
        comment="extracted, or pending (not extracted yet)",
    ),
    sa.Column("pipeline_version", sa.String(64), comment="that extracted its mentions"),
    sa.Column("extracted_at", sa.DateTime(timezone=True)),
)

places = sa.Table(
    "places",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="gazetteer id, or ~hash of the names"),
    sa.Column("gazetteer_id", sa.String(64), index=True),
    sa.Column("country", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("name", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("precision", sa.String(8)),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="id of its first mention, for good"),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("is_back_reference", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("reported_by", sa.Text),
    sa.Column("date_value", sa.String(32)),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("date_end", sa.String(32)),
    sa.Column("date_from", sa.String(10), comment="first ISO day the date can mean"),
    sa.Column("date_to", sa.String(10), comment="last ISO day the date can mean"),
    sa.Column(
        "wide",
        sa.Boolean,
        nullable=False,
        server_default=sa.false(),
        comment="the date window spans more than WIDE_WINDOW_DAYS (a long range)",
    ),
    sa.Column("link_from", sa.String(10), comment="link.search_window: first day, for blocking"),
    sa.Column("link_to", sa.String(10), comment="link.search_window: last day"),
    sa.Column("country", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("place", sa.Text),
    sa.Column("place_id", sa.String(64), sa.ForeignKey("places.id"), index=True),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.String(8)),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column(
        "status",
        sa.String(16),
        nullable=False,
        server_default=MACHINE,
        comment="machine; confirmed / corrected / rejected by an analyst",
    ),
    sa.Column(
        "reports",
        sa.Integer,
        nullable=False,
        server_default="0",
        comment="mentions in current documents; 0 hides the event",
    ),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("data", sa.Text, nullable=False, comment="the canonical event.schema.json dict"),
    sa.Column("note", sa.Text, comment="the analyst's note"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("reviewed_at", sa.DateTime(timezone=True)),
    # by type and date; it also covers the counts by type (and month) over the whole table, so
    # the list page's counts read this index, not the events (3 s -> 0.14 s for a million)
    sa.Index("ix_events_type_date_counts", "type", "date_from", "modality", "status", "reports"),
    sa.Index("ix_events_type_link", "type", "link_from"),
    # the list's order: a page walks it with no sort, even where thousands of events share a
    # first day (every year-precision event of a year starts on 1 January)
    sa.Index("ix_events_order", "date_from", "date_to", "id"),
    sa.Index("ix_events_wide_to", "wide", "date_to"),
)
# province filters compare case-insensitively, so the index is over lower(admin1)
sa.Index("ix_events_type_admin1_date", events.c.type, sa.func.lower(events.c.admin1), events.c.date_from)
sa.Index("ix_events_admin1_date", sa.func.lower(events.c.admin1), events.c.date_from)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True, comment="rowid for FTS"),
    sa.Column("id", sa.String(64), nullable=False, unique=True, comment="Mention.event_id(document, version)"),
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("is_back_reference", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("trigger", sa.Text),
    sa.Column("span_start", sa.Integer, nullable=False, comment="the evidence sentence in the text"),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
    sa.Column("date_value", sa.String(32)),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("place_id", sa.String(64), sa.ForeignKey("places.id"), index=True),
    sa.Column("evidence", sa.Text, nullable=False, comment="statement text, for search"),
    sa.Column("data", sa.Text, nullable=False, comment="Mention.to_event(...) as JSON"),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column(
        "mention_id",
        sa.String(64),
        sa.ForeignKey("mentions.id", ondelete="CASCADE"),
        primary_key=True,
        comment="a mention states one event",
    ),
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("method", sa.String(16), nullable=False, comment="new, linked, kept (reprocess)"),
    sa.Column("score", sa.Float, comment="link.match_score when linked"),
    sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
    # covers the full-text path: matched mention -> its event, without reading the table
    sa.Index("ix_event_mentions_mention_event", "mention_id", "event_id"),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "mention_id",
        sa.String(64),
        sa.ForeignKey("mentions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("text", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "event_id",
        sa.String(64),
        sa.ForeignKey("events.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("role", sa.String(8), nullable=False, comment="actor or target"),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("class", sa.String(24), nullable=False),
    sa.Column("unit", sa.Text),
    sa.Column("count", sa.Integer),
    sa.Index("ix_actors_class_event", "class", "event_id"),
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
        index=True,
    ),
    sa.Index("ix_event_links_to", "to_event"),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False, server_default="ingest"),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("duration_s", sa.Float),
    sa.Column("documents", sa.Integer, nullable=False, server_default="0"),
    sa.Column("events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("counts", sa.Text, comment="every count of the run, as JSON"),
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

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True, comment="sha256 hex of the token"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), comment="set when the token stops working"),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id_hash", sa.String(64), primary_key=True, comment="sha256 hex of the session cookie"),
    sa.Column("user_name", sa.String(64), nullable=False, index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)
"""Browser sign-ins (`/login`): the cookie holds a random session id, never the API token, and
stops working at `expires_at`, at sign-out, or when the user's token is revoked."""

AUDIT_ACTIONS = ("confirm", "reject", "reopen", "correct", "merge", "split")
"""`audit.action`: what an analyst did to an event (`Store.review_event`)."""

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # not a foreign key: the record outlives events deleted by a merge
    sa.Column("event_id", sa.String(64), nullable=False, index=True),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("user_name", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("changes", sa.Text, nullable=False, comment='JSON: {"before": {...}, "after": {...}, ...}'),
    sa.Column("note", sa.Text),
)
