"""collections merged sheet by sheet: the languages merged from each collection

- new table ``merged_collection_language`` (WITHOUT ROWID): per merged collection file,
  how many of its sheets came in, in each language. A collection file counts languages,
  never one sheet's, so a later merge of the same collection (sheets collected after the
  first merge) needs these counts to give its new sheets their languages. Sheets already
  merged are known by their random ids, which the workplace keeps.

A collection merged under 0014 has no counts here; 0014 was never released, and such a
collection's new sheets are refused as not adding up rather than guessed.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merged_collection_language",
        sa.Column("collection_id", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["merged_collection.collection_id"],
            name=op.f("fk_merged_collection_language_collection_id_merged_collection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("collection_id", "language", name=op.f("pk_merged_collection_language")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("merged_collection_language")
