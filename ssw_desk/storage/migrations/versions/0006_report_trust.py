"""report trust: issuer key registry, report key id and revocation, retention holds and log

Revision ID: 0006_report_trust
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_report_trust"
down_revision: str | None = "0003_lifecycle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "issuer_keys",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_by", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_issuer_keys")),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("revoked_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("revoke_reason", sa.Text(), nullable=True))
        batch_op.alter_column("pdf_sha256", existing_type=sa.String(length=64), nullable=True)
    op.create_table(
        "retention_holds",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("held_by", sa.String(length=200), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_retention_holds_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_retention_holds")),
    )
    op.create_table(
        "retention_log",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("removed", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_retention_log_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_retention_log")),
    )


def downgrade() -> None:
    op.drop_table("retention_log")
    op.drop_table("retention_holds")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.alter_column("pdf_sha256", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_column("revoke_reason")
        batch_op.drop_column("revoked_by")
        batch_op.drop_column("revoked_at")
        batch_op.drop_column("key_id")
    op.drop_table("issuer_keys")
