"""the workplace's sites: its own premises and customer sites, with the agreement for each customer site

- new table ``site`` (core.sites): name, kind, address, customer, contact, order, and the
  points agreed with the customer (empty: not agreed yet).
- ``work_group``, ``problem`` and ``action`` gain a nullable ``site_id`` (NULL: the
  workplace as a whole); a site they name cannot be deleted.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_SITE_OF = ("work_group", "problem", "action")


def upgrade() -> None:
    op.create_table(
        "site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("customer", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("coordinator", sa.Text(), nullable=False),
        sa.Column("known_risks", sa.Text(), nullable=False),
        sa.Column("after_episode", sa.Text(), nullable=False),
        sa.Column("break_room", sa.Text(), nullable=False),
        sa.Column("toilet", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    for table in _SITE_OF:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("site_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_site_id_site"), "site", ["site_id"], ["id"], ondelete="RESTRICT"
            )


def downgrade() -> None:
    for table in reversed(_SITE_OF):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_site_id_site"), type_="foreignkey")
            batch_op.drop_column("site_id")
    op.drop_table("site")
