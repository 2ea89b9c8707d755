"""anonymity that holds: answer sheets without order, date or language; released results

- ``respondent`` loses ``language`` and ``answered_on``; the languages are kept as a
  count per round (``round_language``).
- ``answer`` becomes a WITHOUT ROWID table keyed by (respondent id, item id), so no
  hidden row number records the order in which answers arrived.
- ``round_release`` holds the results a round has released (and takes over
  ``round_summary``, the results kept when the raw answers were deleted).
- ``apv_round`` gains ``collecting`` (a round with answers is taken as ended: its results
  were already shown), ``promised_threshold`` (the threshold respondents were told) and
  ``baseline_json`` (a follow-up round's frozen comparison).

The file is vacuumed after the upgrade (database._upgrade), so no page keeps the old
layout.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "round_language",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["apv_round.id"],
            name=op.f("fk_round_language_round_id_apv_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", "language", name=op.f("pk_round_language")),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO round_language (round_id, language, answers) "
        "SELECT round_id, language, count(*) FROM respondent GROUP BY round_id, language"
    )
    op.create_table(
        "round_release",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=False),
        sa.Column("results_json", sa.Text(), nullable=False),
        sa.Column("history_json", sa.Text(), nullable=True),
        sa.Column("answers_discarded_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["apv_round.id"],
            name=op.f("fk_round_release_round_id_apv_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", name=op.f("pk_round_release")),
    )
    op.execute(
        "INSERT INTO round_release (round_id, released_on, results_json, answers_discarded_on) "
        "SELECT round_id, discarded_on, results_json, discarded_on FROM round_summary"
    )
    op.drop_table("round_summary")

    with op.batch_alter_table("apv_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("collecting", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("promised_threshold", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("baseline_json", sa.Text(), nullable=True))
    # A round that already has answers had its results shown: its collection is taken as
    # ended (the store releases what it holds on the first read), and respondents were
    # told its threshold.
    # ``collecting`` as a bound False: SQLite stores 0 as before, PostgreSQL needs a boolean.
    op.execute(
        sa.text(
            "UPDATE apv_round SET collecting = :ended, promised_threshold = anonymity_threshold "
            "WHERE id IN (SELECT round_id FROM respondent) OR id IN (SELECT round_id FROM round_release)"
        ).bindparams(ended=False)
    )

    with op.batch_alter_table("respondent", schema=None) as batch_op:
        batch_op.drop_column("answered_on")
        batch_op.drop_column("language")

    if op.get_bind().dialect.name != "sqlite":
        # Only SQLite keeps a hidden row number; elsewhere ``answer`` already has this shape
        # (a server workplace never holds answers from before this revision).
        return
    op.create_table(
        "answer_without_rowid",
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=60), nullable=False),
        sa.Column("option", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["respondent.id"],
            name=op.f("fk_answer_respondent_id_respondent"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("respondent_id", "item_id", name=op.f("pk_answer")),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO answer_without_rowid (respondent_id, item_id, option) "
        "SELECT respondent_id, item_id, option FROM answer ORDER BY respondent_id, item_id"
    )
    op.drop_table("answer")
    op.rename_table("answer_without_rowid", "answer")


def downgrade() -> None:
    op.create_table(
        "answer_with_rowid",
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=60), nullable=False),
        sa.Column("option", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["respondent.id"],
            name=op.f("fk_answer_respondent_id_respondent"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("respondent_id", "item_id", name=op.f("pk_answer")),
    )
    op.execute("INSERT INTO answer_with_rowid SELECT respondent_id, item_id, option FROM answer")
    op.drop_table("answer")
    op.rename_table("answer_with_rowid", "answer")
    with op.batch_alter_table("respondent", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=False, server_default="da"))
        batch_op.add_column(sa.Column("answered_on", sa.Date(), nullable=False, server_default="2000-01-01"))
    with op.batch_alter_table("apv_round", schema=None) as batch_op:
        batch_op.drop_column("baseline_json")
        batch_op.drop_column("promised_threshold")
        batch_op.drop_column("collecting")
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
    op.execute(
        "INSERT INTO round_summary SELECT round_id, results_json, answers_discarded_on "
        "FROM round_release WHERE answers_discarded_on IS NOT NULL"
    )
    op.drop_table("round_release")
    op.drop_table("round_language")
