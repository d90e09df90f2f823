"""clerks, notes, hash-chained append-only events

Revision ID: 0004_roles_audit
Revises: 0001
Create Date: 2026-11-25 13:30:00

Adds the ``clerks`` and ``notes`` tables, the ``prev_hash``/``hash`` columns of ``events``
(existing events are chained in id order; note texts move from the events to ``notes``), and the
triggers that keep ``events`` append-only (PostgreSQL and SQLite) and make the recorded actor the
database login (PostgreSQL). Group roles and grants are applied after every upgrade by
``ssw_desk.storage.grants`` (derived from the role table).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_roles_audit"
down_revision: str | None = "0008_sealed_values"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_TRIGGERS = [
    """
    CREATE OR REPLACE FUNCTION ssw_events_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'ssw: events are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$
    """,
    "CREATE TRIGGER ssw_events_no_change BEFORE UPDATE OR DELETE ON events "
    "FOR EACH ROW EXECUTE FUNCTION ssw_events_append_only()",
    "CREATE TRIGGER ssw_events_no_truncate BEFORE TRUNCATE ON events "
    "FOR EACH STATEMENT EXECUTE FUNCTION ssw_events_append_only()",
    """
    CREATE OR REPLACE FUNCTION ssw_events_actor() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF split_part(NEW.actor, '@', 1) <> current_user THEN
        RAISE EXCEPTION 'ssw: the actor of an event is the database login'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$
    """,
    "CREATE TRIGGER ssw_events_actor BEFORE INSERT ON events "
    "FOR EACH ROW EXECUTE FUNCTION ssw_events_actor()",
]

SQLITE_TRIGGERS = [
    "CREATE TRIGGER ssw_events_no_update BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'ssw: events are append-only'); END",
    "CREATE TRIGGER ssw_events_no_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'ssw: events are append-only'); END",
]


def _move_notes_and_chain() -> None:
    from ssw_desk.storage.audit import GENESIS, event_hash

    bind = op.get_bind()
    events = sa.table(
        "events",
        sa.column("id", sa.Integer),
        sa.column("request_id", sa.Integer),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("detail", sa.JSON),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    notes = sa.table(
        "notes",
        sa.column("id", sa.Integer),
        sa.column("request_id", sa.Integer),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("actor", sa.String),
        sa.column("text", sa.Text),
    )
    prev = GENESIS
    rows = bind.execute(sa.select(events).order_by(events.c.id)).mappings().all()
    for row in rows:
        detail = dict(row["detail"] or {})
        if row["action"] == "note.added" and "text" in detail and row["request_id"] is not None:
            note_id = bind.execute(
                sa.insert(notes)
                .values(
                    request_id=row["request_id"],
                    at=row["at"],
                    actor=row["actor"],
                    text=str(detail.pop("text")),
                )
                .returning(notes.c.id)
            ).scalar_one()
            detail["note"] = note_id
        if row["action"] == "request.approved" and isinstance(detail.get("overrides"), dict):
            detail["overrides"] = sorted(detail["overrides"])  # reasons stay on the request
        digest = event_hash(
            prev,
            id=row["id"],
            request_id=row["request_id"],
            at=row["at"],
            actor=row["actor"],
            action=row["action"],
            detail=detail,
        )
        bind.execute(
            sa.update(events)
            .where(events.c.id == row["id"])
            .values(detail=detail, prev_hash=prev, hash=digest)
        )
        prev = digest


def upgrade() -> None:
    op.create_table(
        "clerks",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_clerks")),
    )
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_notes_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index(op.f("ix_notes_request_id"), "notes", ["request_id"], unique=False)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _move_notes_and_chain()
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
    triggers = PG_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS ssw_events_no_change ON events")
        op.execute("DROP TRIGGER IF EXISTS ssw_events_no_truncate ON events")
        op.execute("DROP TRIGGER IF EXISTS ssw_events_actor ON events")
        op.execute("DROP TRIGGER IF EXISTS ssw_requests_overrides ON requests")
    else:
        op.execute("DROP TRIGGER IF EXISTS ssw_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS ssw_events_no_delete")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    op.drop_index(op.f("ix_notes_request_id"), table_name="notes")
    op.drop_table("notes")
    op.drop_table("clerks")
