"""Additions after the first release: per-step settings.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "step_setting",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("timer_seconds", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["collaboration_id"], ["collaboration.id"],
            name=op.f("fk_step_setting_collaboration_id_collaboration"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_setting")),
        sa.UniqueConstraint("collaboration_id", "step", name=op.f("uq_step_setting_collaboration_id")),
    )
    with op.batch_alter_table("step_setting") as batch:
        batch.create_index(batch.f("ix_step_setting_collaboration_id"), ["collaboration_id"], unique=False)


def downgrade() -> None:
    op.drop_table("step_setting")
