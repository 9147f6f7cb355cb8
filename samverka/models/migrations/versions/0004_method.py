"""The method as Brå and the law describe it: the action plan as its own decided document, each party's lägesbild
and the law's parts of it, filters in the prioritisation, the event chain, promise versions and quantified
promise items with their status, the årshjul, and the link back to the previous period's file.

Columns are added in place, without foreign keys: on SQLite a table rebuild with foreign keys on would
cascade-delete child rows. Links into another version or file (`renews_id`, `carried_from`) are plain ids.
The five-whys order moves from `cause.chain_position` to `cause.why_position`, so that `chain_position` orders
the event chain as domain.md intends.

Revision ID: 0004
Revises: 0003
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TEXT = {"server_default": "", "nullable": False}


def _columns() -> dict[str, list[sa.Column]]:
    """Fresh Column objects on each call: a Column can belong to one table only."""
    return {
        "collaboration": [
            sa.Column("lagesbild_extent", sa.Text(), **_TEXT),
            sa.Column("lagesbild_consequences", sa.Text(), **_TEXT),
            sa.Column("lagesbild_other", sa.Text(), **_TEXT),
            sa.Column("lagesbild_analysis", sa.Text(), **_TEXT),
            sa.Column("uid", sa.String(), **_TEXT),
            sa.Column("previous_uid", sa.String(), **_TEXT),
            sa.Column("previous_file", sa.String(), **_TEXT),
            sa.Column("previous_name", sa.String(), **_TEXT),
        ],
        "organisation": [sa.Column("resources", sa.Text(), **_TEXT)],
        "problem_candidate": [sa.Column("dialogue_basis", sa.Text(), **_TEXT)],
        "priority_criterion": [sa.Column("is_filter", sa.Boolean(), server_default="0", nullable=False)],
        "problem": [sa.Column("carried_from", sa.Integer(), nullable=True)],
        "cause": [
            sa.Column("chain_phase", sa.String(), **_TEXT),
            sa.Column("why_position", sa.Integer(), nullable=True),
        ],
        "indicator": [sa.Column("carried_from", sa.Integer(), nullable=True)],
        "measure": [sa.Column("carried_from", sa.Integer(), nullable=True)],
        "citizen_promise": [
            sa.Column("version", sa.Integer(), server_default="1", nullable=False),
            sa.Column("dialogue_basis", sa.Text(), **_TEXT),
            sa.Column("renews_id", sa.Integer(), nullable=True),
        ],
        "promise_item": [
            sa.Column("all_parties", sa.Boolean(), server_default="0", nullable=False),
            sa.Column("activity_count", sa.Integer(), nullable=True),
            sa.Column("activity_unit", sa.String(), **_TEXT),
            sa.Column("place", sa.String(), **_TEXT),
            sa.Column("when_text", sa.String(), **_TEXT),
            sa.Column("report_back_date", sa.Date(), nullable=True),
        ],
    }


def _new_tables() -> None:
    op.create_table(
        "action_plan",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), **_TEXT),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(), **_TEXT),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("paragraph", sa.String(), **_TEXT),
        sa.Column("diarienummer", sa.String(), **_TEXT),
        sa.Column("status", sa.String(), server_default="utkast", nullable=False),
        sa.Column("document_id", sa.String(), **_TEXT),
        sa.Column("content_json", sa.Text(), **_TEXT),
        sa.Column("content_hash", sa.String(), **_TEXT),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["collaboration_id"], ["collaboration.id"],
                                name=op.f("fk_action_plan_collaboration_id_collaboration"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan")),
        sa.UniqueConstraint("collaboration_id", "version", name=op.f("uq_action_plan_collaboration_id")),
    )
    op.create_index(op.f("ix_action_plan_collaboration_id"), "action_plan", ["collaboration_id"])
    op.create_table(
        "calendar_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), **_TEXT),
        sa.Column("kind", sa.String(), server_default="annat", nullable=False),
        sa.Column("month", sa.Integer(), server_default="1", nullable=False),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("recurs_yearly", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("note", sa.Text(), **_TEXT),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["collaboration_id"], ["collaboration.id"],
                                name=op.f("fk_calendar_event_collaboration_id_collaboration"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_event")),
    )
    op.create_index(op.f("ix_calendar_event_collaboration_id"), "calendar_event", ["collaboration_id"])
    op.create_table(
        "lagesbild_contribution",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), **_TEXT),
        sa.Column("sources", sa.Text(), **_TEXT),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["collaboration_id"], ["collaboration.id"],
                                name=op.f("fk_lagesbild_contribution_collaboration_id_collaboration"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_lagesbild_contribution_organisation_id_organisation"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lagesbild_contribution")),
    )
    op.create_index(op.f("ix_lagesbild_contribution_collaboration_id"), "lagesbild_contribution",
                    ["collaboration_id"])
    op.create_table(
        "promise_item_status",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("promise_item_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), server_default="hållet", nullable=False),
        sa.Column("done_count", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), **_TEXT),
        sa.ForeignKeyConstraint(["promise_item_id"], ["promise_item.id"],
                                name=op.f("fk_promise_item_status_promise_item_id_promise_item"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promise_item_status")),
    )
    op.create_index(op.f("ix_promise_item_status_promise_item_id"), "promise_item_status", ["promise_item_id"])


def upgrade() -> None:
    _new_tables()
    for table, columns in _columns().items():
        for column in columns:
            op.add_column(table, column)
    bind = op.get_bind()
    for (collaboration_id,) in bind.execute(sa.text("SELECT id FROM collaboration")).all():
        bind.execute(sa.text("UPDATE collaboration SET uid = :uid WHERE id = :id"),
                     {"uid": uuid.uuid4().hex, "id": collaboration_id})
    op.execute(sa.text("UPDATE cause SET why_position = chain_position, chain_position = NULL"))
    op.execute(sa.text("UPDATE priority_criterion SET is_filter = :yes WHERE name = 'Möjlighet att påverka'")
               .bindparams(sa.bindparam("yes", True, sa.Boolean())))


def downgrade() -> None:
    op.execute(sa.text("UPDATE cause SET chain_position = why_position"))
    # SQLite (3.35+) drops a column in place, which keeps the child rows that a table rebuild would cascade away.
    for table, columns in _columns().items():
        for column in columns:
            op.execute(sa.text(f'ALTER TABLE {table} DROP COLUMN "{column.name}"'))
    for table in ("promise_item_status", "lagesbild_contribution", "calendar_event", "action_plan"):
        op.drop_table(table)
