"""Review with an audit trail, and the users who review: tables `users` and `audit`; events get
`wide` (a date window over 400 days) for the `since` filter, and an index in the list's order.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

`audit.event_id` is deliberately not a foreign key: the record of a merge outlives the
events it deleted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False, comment="sha256 hex of the token"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True, comment="set when the token stops working"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("user_name", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False, comment='JSON: {"before": {...}, "after": {...}, ...}'),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_event_id", "audit", ["event_id"])
    op.create_table(
        "sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False, comment="sha256 hex of the session cookie"),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id_hash"),
    )
    op.create_index("ix_sessions_user_name", "sessions", ["user_name"])
    op.add_column(
        "events",
        sa.Column(
            "wide",
            sa.Boolean(),
            nullable=False,
            server_default=sa.false(),
            comment="the date window spans more than WIDE_WINDOW_DAYS (a long range)",
        ),
    )
    op.create_index("ix_events_wide_to", "events", ["wide", "date_to"])
    op.drop_index("ix_events_date", table_name="events")
    op.create_index("ix_events_order", "events", ["date_from", "date_to", "id"])
    op.drop_index("ix_events_type_date", table_name="events")
    op.create_index("ix_events_type_date_counts", "events", ["type", "date_from", "modality", "status", "reports"])
    _mark_wide_events()


def _mark_wide_events() -> None:
    """Set `wide` on stored events whose date window is longer than 400 days."""
    from datetime import date

    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, date_from, date_to FROM events WHERE date_from IS NOT NULL AND date_to IS NOT NULL")
    )
    wide = [
        {"id": row.id}
        for row in rows
        if (date.fromisoformat(row.date_to) - date.fromisoformat(row.date_from)).days > 400
    ]
    if wide:
        bind.execute(sa.text("UPDATE events SET wide = :yes WHERE id = :id"), [{**w, "yes": True} for w in wide])


def downgrade() -> None:
    op.drop_index("ix_events_type_date_counts", table_name="events")
    op.create_index("ix_events_type_date", "events", ["type", "date_from"])
    op.drop_index("ix_events_order", table_name="events")
    op.create_index("ix_events_date", "events", ["date_from"])
    op.drop_index("ix_events_wide_to", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("wide")
    op.drop_index("ix_sessions_user_name", table_name="sessions")
    op.drop_table("sessions")
    op.drop_index("ix_audit_event_id", table_name="audit")
    op.drop_table("audit")
    op.drop_table("users")
