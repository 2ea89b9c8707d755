"""action plan follow-up: effects, catalogue ids, approvals per plan revision, follow-up rounds;
round summaries that keep the results when the raw answers are deleted

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "round_summary",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("results_json", sa.Text(), nullable=False),
        sa.Column("discarded_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["apv_round.id"],
            name=op.f("fk_round_summary_round_id_apv_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", name=op.f("pk_round_summary")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.alter_column("follow_up_notes", new_column_name="follow_up_method")
        batch_op.add_column(sa.Column("effect", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("effect_note", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("effect_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("catalogue_id", sa.String(length=60), nullable=True))

    with op.batch_alter_table("apv_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follows_round_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("plan_revision", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("plan_changed_on", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_apv_round_follows_round_id_apv_round"),
            "apv_round",
            ["follows_round_id"],
            ["id"],
            ondelete="CASCADE",
        )

    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_revision", sa.Integer(), server_default="0", nullable=False))

    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.add_column(sa.Column("solved_at_once", sa.Boolean(), server_default="0", nullable=False))

    with op.batch_alter_table("workplace", schema=None) as batch_op:
        batch_op.add_column(sa.Column("annual_discussion_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_table("round_summary")
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        batch_op.drop_column("annual_discussion_on")

    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.drop_column("solved_at_once")

    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.drop_column("plan_revision")

    with op.batch_alter_table("apv_round", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_apv_round_follows_round_id_apv_round"), type_="foreignkey")
        batch_op.drop_column("plan_changed_on")
        batch_op.drop_column("plan_revision")
        batch_op.drop_column("follows_round_id")

    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("catalogue_id")
        batch_op.drop_column("effect_date")
        batch_op.drop_column("effect")
        batch_op.drop_column("effect_note")
        batch_op.alter_column("follow_up_method", new_column_name="follow_up_notes")
