"""the workplace's records: AMO levels, where the APV is kept, problems of another kind,
who took part in each step, the annual discussion, the log of changes in the work

- ``workplace`` gains ``amo_levels`` (1 where ``has_amo`` was set), ``rest_of_apv_location``
  and ``apv_access``.
- ``problem`` gains ``title`` (a problem of another kind has scale_id "" and a title).
- new tables ``round_participation``, ``annual_discussion`` and ``work_change``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-14
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amo_levels", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("rest_of_apv_location", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("apv_access", sa.Text(), server_default="", nullable=False))
    op.execute("UPDATE workplace SET amo_levels = 1 WHERE has_amo")

    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title", sa.Text(), server_default="", nullable=False))

    op.create_table(
        "round_participation",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["apv_round.id"],
            name=op.f("fk_round_participation_round_id_apv_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", name=op.f("pk_round_participation")),
    )
    op.create_table(
        "annual_discussion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("last_year", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("competence", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_discussion")),
    )
    op.create_table(
        "work_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("needs_partial_apv", sa.Boolean(), nullable=False),
        sa.Column("partial_apv_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_change")),
    )


def downgrade() -> None:
    op.drop_table("work_change")
    op.drop_table("annual_discussion")
    op.drop_table("round_participation")
    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.drop_column("title")
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        batch_op.drop_column("apv_access")
        batch_op.drop_column("rest_of_apv_location")
        batch_op.drop_column("amo_levels")
