"""sealed values: personal columns become sealed text, keyed indexes, sealed_with

The columns change type only (their values are converted to sealed text at the next start,
after the desk key check: ``ssw_desk.storage.sealing.seal_unsealed``, which also scrubs
SQLite's free pages and WAL). Dates and JSON become text holding the sealed ISO date / JSON.

Revision ID: 0008_sealed_values
Revises: 0007_mailbox
Create Date: 2026-11-25 14:40:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008_sealed_values"
down_revision: str | None = "0005_intake"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: table -> [(column, type before)]
SEALED: dict[str, list[tuple[str, Any]]] = {
    "requests": [
        ("sender", sa.String(320)),
        ("subject", sa.Text()),
        ("exam_number", sa.String(32)),
        ("exam_date", sa.Date()),
        ("name", sa.String(200)),
        ("nationality", sa.String(2)),
        ("date_of_birth", sa.Date()),
        ("sex", sa.String(1)),
        ("findings", sa.JSON()),
    ],
    "messages": [
        ("quarantine_detail", sa.Text()),
        ("sender", sa.String(320)),
        ("subject", sa.Text()),
        ("origin", sa.Text()),
    ],
    "versions": [("fields", sa.JSON()), ("body_text", sa.Text()), ("findings", sa.JSON())],
    "attachments": [("filename", sa.Text())],
    "roster": [
        ("exam_number", sa.String(32)),
        ("exam_date", sa.Date()),
        ("name", sa.String(200)),
        ("nationality", sa.String(2)),
        ("date_of_birth", sa.Date()),
        ("sex", sa.String(1)),
    ],
}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # The batch copy drops and recreates tables other rows refer to. SQLite only turns
        # foreign keys off outside a transaction (the driver runs in autocommit mode and the
        # desk's engine emits BEGIN itself), so: commit, off, copy, check, on.
        op.execute("COMMIT")
        op.execute("PRAGMA foreign_keys=OFF")
        op.execute("BEGIN IMMEDIATE")
    for table, columns in SEALED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "requests":
                batch_op.drop_index(batch_op.f("ix_requests_name"))
                batch_op.add_column(sa.Column("name_tokens", sa.Text(), nullable=True))
                batch_op.add_column(sa.Column("sender_index", sa.String(20), nullable=True))
            batch_op.add_column(sa.Column("sealed_with", sa.String(16), nullable=True))
            for column, before in columns:
                batch_op.alter_column(
                    column,
                    existing_type=before,
                    type_=sa.Text(),
                    postgresql_using=f"{column}::text",
                )
            if table == "requests":
                batch_op.create_index(batch_op.f("ix_requests_name_tokens"), ["name_tokens"])
                batch_op.create_index(batch_op.f("ix_requests_sender_index"), ["sender_index"])
            batch_op.create_index(batch_op.f(f"ix_{table}_sealed_with"), ["sealed_with"])
    if sqlite:
        broken = op.get_bind().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"foreign keys broken by the copy: {broken[:5]}")
        op.execute("COMMIT")
        op.execute("PRAGMA foreign_keys=ON")
        op.execute("BEGIN IMMEDIATE")


def downgrade() -> None:
    raise NotImplementedError("sealed values cannot be unsealed by a migration")
