"""a truthful checklist: findings dismissed with a reason, problems linked to the sickness absence

- ``finding_dismissal`` holds the red or yellow results and meeting points the risk
  assessment decided not to act on, each with a written reason and a date (and the
  reason why the sickness absence is not linked to a problem, under the key "absence").
- ``problem`` gains ``concerns_absence``: the problem may contribute to the absence.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_dismissal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("finding_key", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("dismissed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["apv_round.id"],
            name=op.f("fk_finding_dismissal_round_id_apv_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_dismissal")),
        sa.UniqueConstraint("round_id", "finding_key", name=op.f("uq_finding_dismissal_round_id")),
    )
    with op.batch_alter_table("finding_dismissal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_dismissal_round_id"), ["round_id"], unique=False)
    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.add_column(sa.Column("concerns_absence", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.drop_column("concerns_absence")
    with op.batch_alter_table("finding_dismissal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_dismissal_round_id"))
    op.drop_table("finding_dismissal")
