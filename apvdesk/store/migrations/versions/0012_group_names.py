"""a group's name in the other questionnaire languages

- new table ``group_name``: per group and language the name the kiosk and the paper form
  show to a respondent who chose that language (the Danish name is the group's own).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "group_name",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["work_group.id"],
            name=op.f("fk_group_name_group_id_work_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "language", name=op.f("pk_group_name")),
    )


def downgrade() -> None:
    op.drop_table("group_name")
