"""requests.status_action: the lifecycle action that set the status

Revision ID: 0009_status_action
Revises: 0004_roles_audit
Create Date: 2026-11-25 17:00:00

A request's status step approved -> resubmitted is a clerk's intake (a correction arrived) or a
supervisor's reopening. The write path now records the action with every status change, so the
PostgreSQL status trigger (``ssw_desk.storage.grants``, re-applied after every upgrade) can
require the role of the action that took the step. Existing rows keep NULL: their next status
change states its action.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_status_action"
down_revision: str | None = "0004_roles_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("status_action", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("status_action")
