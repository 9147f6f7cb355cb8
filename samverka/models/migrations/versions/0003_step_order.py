"""Step order after Brå's phases: the agreement (was 9) becomes step 7, the action plan (was 7) step 8 and
the citizen promises (was 8) step 9. Rows that store a step number follow.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("step_setting", "step_note", "meeting")
_UP = {7: 8, 8: 9, 9: 7}
_DOWN = {new: old for old, new in _UP.items()}


def _renumber(mapping: dict[int, int]) -> None:
    # Through a free range first, so that the unique (collaboration_id, step) pairs never collide midway.
    for table in _TABLES:
        for old, new in mapping.items():
            op.execute(sa.text(f"UPDATE {table} SET step = :tmp WHERE step = :old").bindparams(tmp=100 + new, old=old))
        op.execute(sa.text(f"UPDATE {table} SET step = step - 100 WHERE step > 100"))


def upgrade() -> None:
    _renumber(_UP)


def downgrade() -> None:
    _renumber(_DOWN)
