"""intake: whole Message-IDs and names, content digests for duplicates

Message-IDs, In-Reply-To, senders, content types and names have no length limit any more
(Text); Message-IDs are looked up through an indexed SHA-256 (``message_id_sha``), because an
index entry has a size limit on PostgreSQL. ``content_sha`` and ``message_id_reused`` carry the
duplicate rule of ssw_desk/services/dedupe.py.

Revision ID: 0005_intake
Revises: 0001
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_intake"
down_revision: str | None = "0007_mailbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_message_id"))
        batch_op.alter_column("message_id", existing_type=sa.String(length=400), type_=sa.Text())
        batch_op.alter_column("in_reply_to", existing_type=sa.String(length=400), type_=sa.Text())
        batch_op.alter_column("sender", existing_type=sa.String(length=320), type_=sa.Text())
        batch_op.add_column(sa.Column("message_id_sha", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column(
                "message_id_reused", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(sa.Column("content_sha", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("signed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(
            batch_op.f("ix_messages_message_id_sha"), ["message_id_sha"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_messages_raw_sha256"), ["raw_sha256"], unique=False)
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.alter_column("message_id_reused", server_default=None)
        batch_op.alter_column("signed", server_default=None)
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.alter_column("sender", existing_type=sa.String(length=320), type_=sa.Text())
        batch_op.alter_column("name", existing_type=sa.String(length=200), type_=sa.Text())
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.alter_column(
            "content_type", existing_type=sa.String(length=120), type_=sa.Text()
        )
        batch_op.add_column(
            sa.Column("truncated", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.alter_column("truncated", server_default=None)
    conn = op.get_bind()
    messages = sa.table(
        "messages",
        sa.column("id", sa.Integer),
        sa.column("message_id", sa.Text),
        sa.column("message_id_sha", sa.String),
    )
    rows = conn.execute(
        sa.select(messages.c.id, messages.c.message_id).where(messages.c.message_id.is_not(None))
    ).all()
    for row in rows:
        sha = hashlib.sha256(row.message_id.encode("utf-8", "surrogatepass")).hexdigest()
        conn.execute(
            messages.update().where(messages.c.id == row.id).values(message_id_sha=sha)
        )


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("truncated")
        batch_op.alter_column(
            "content_type", existing_type=sa.Text(), type_=sa.String(length=120)
        )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.alter_column("name", existing_type=sa.Text(), type_=sa.String(length=200))
        batch_op.alter_column("sender", existing_type=sa.Text(), type_=sa.String(length=320))
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_raw_sha256"))
        batch_op.drop_index(batch_op.f("ix_messages_message_id_sha"))
        batch_op.drop_column("signed")
        batch_op.drop_column("content_sha")
        batch_op.drop_column("message_id_reused")
        batch_op.drop_column("message_id_sha")
        batch_op.alter_column("sender", existing_type=sa.Text(), type_=sa.String(length=320))
        batch_op.alter_column("in_reply_to", existing_type=sa.Text(), type_=sa.String(length=400))
        batch_op.alter_column("message_id", existing_type=sa.Text(), type_=sa.String(length=400))
        batch_op.create_index(batch_op.f("ix_messages_message_id"), ["message_id"], unique=False)
