"""Signature trust: the certificates the collaboration trusts, and signers accepted in place of the named one.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_certificate",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(), server_default="", nullable=False),
        sa.Column("fingerprint", sa.String(), server_default="", nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collaboration_id"], ["collaboration.id"],
            name=op.f("fk_trusted_certificate_collaboration_id_collaboration"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_certificate")),
        sa.UniqueConstraint("collaboration_id", "fingerprint", name=op.f("uq_trusted_certificate_collaboration_id")),
    )
    with op.batch_alter_table("trusted_certificate") as batch:
        batch.create_index(batch.f("ix_trusted_certificate_collaboration_id"), ["collaboration_id"], unique=False)
    with op.batch_alter_table("signature") as batch:
        batch.add_column(sa.Column("other_signer_accepted", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("signature") as batch:
        batch.drop_column("other_signer_accepted")
    op.drop_table("trusted_certificate")
