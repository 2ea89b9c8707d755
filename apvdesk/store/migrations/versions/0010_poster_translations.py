"""short texts of problems and actions in the poster's second language

- new tables ``problem_translation`` and ``action_translation``: one row per problem (or
  action) and language, with its short text for a bilingual poster.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "problem_translation",
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problem.id"],
            name=op.f("fk_problem_translation_problem_id_problem"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("problem_id", "language", name=op.f("pk_problem_translation")),
    )
    op.create_table(
        "action_translation",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_translation_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "language", name=op.f("pk_action_translation")),
    )


def downgrade() -> None:
    op.drop_table("action_translation")
    op.drop_table("problem_translation")
