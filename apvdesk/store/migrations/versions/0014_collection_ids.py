"""collection files: the workplace's random key and the collections merged

- new table ``workplace_key``: one random key, written into every collection file so that
  a collection is merged only into the workplace it was made from.
- new table ``merged_collection``: the ids of the collection files already merged, per
  round, so that each is merged exactly once.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workplace_key",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workplace_key")),
    )
    op.create_table(
        "merged_collection",
        sa.Column("collection_id", sa.String(length=64), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["apv_round.id"],
            name=op.f("fk_merged_collection_round_id_apv_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("collection_id", name=op.f("pk_merged_collection")),
    )


def downgrade() -> None:
    op.drop_table("merged_collection")
    op.drop_table("workplace_key")
