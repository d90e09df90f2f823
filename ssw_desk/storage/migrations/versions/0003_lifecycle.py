"""lifecycle: request revision, claims, at most one valid report per request

Revision ID: 0003_lifecycle
Revises: 0001
Create Date: 2026-11-25 13:40:00

Before the unique index is created, a database that already holds several valid reports for one
request (the race this revision closes) keeps the newest one valid and marks the older ones
superseded by it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003_lifecycle'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='0', nullable=False))
    op.create_table('claims',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('clerk', sa.String(length=200), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_claims_request_id_requests')),
    sa.PrimaryKeyConstraint('request_id', name=op.f('pk_claims'))
    )
    op.execute(
        "UPDATE reports SET status = 'superseded', superseded_by = ("
        " SELECT newest.serial FROM reports AS newest WHERE newest.request_id = reports.request_id"
        " AND newest.status = 'valid' ORDER BY newest.id DESC LIMIT 1)"
        " WHERE status = 'valid' AND id < ("
        " SELECT MAX(other.id) FROM reports AS other WHERE other.request_id = reports.request_id"
        " AND other.status = 'valid')"
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index('uq_reports_one_valid', ['request_id'], unique=True,
                              sqlite_where=sa.text("status = 'valid'"),
                              postgresql_where=sa.text("status = 'valid'"))


def downgrade() -> None:
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index('uq_reports_one_valid', sqlite_where=sa.text("status = 'valid'"),
                            postgresql_where=sa.text("status = 'valid'"))
    op.drop_table('claims')
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_column('revision')
