"""collections merged sheet by sheet: a merged collection keeps its languages, sealed

- ``merged_collection`` gains ``languages``: how many of the collection's sheets came in,
  in each language, sealed with the collection's random id
  (apvdesk.store.collection.sealing). A collection file counts languages, never one
  sheet's, so a later merge of the same collection (sheets collected after the first
  merge) needs these counts to give its new sheets their languages. Sheets already merged
  are known by their random ids, which the workplace keeps.
- ``merged_collection.collection_id`` holds a hash of the collection's id from now on, so
  that the workplace file alone cannot open the sealed counts. The ids recorded by 0014
  are replaced by their hashes.

A collection merged under 0014 has no counts kept (0014 was never released); new sheets
of it are refused as not adding up rather than given guessed languages.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _merged_key(collection_id: str) -> str:
    """The hash of apvdesk.store.collection.sealing.merged_key, as it is at this revision."""
    return hashlib.sha256(b"apvdesk merged collection\x00" + collection_id.encode()).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("merged_collection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("languages", sa.Text(), server_default="", nullable=False))
    connection = op.get_bind()
    merged = sa.table("merged_collection", sa.column("collection_id", sa.String))
    for (collection_id,) in connection.execute(sa.select(merged.c.collection_id)).all():
        connection.execute(
            merged.update()
            .where(merged.c.collection_id == collection_id)
            .values(collection_id=_merged_key(collection_id))
        )


def downgrade() -> None:
    with op.batch_alter_table("merged_collection", schema=None) as batch_op:
        batch_op.drop_column("languages")
