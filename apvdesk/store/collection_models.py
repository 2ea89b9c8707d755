"""What a workplace file keeps about collection files (apvdesk.store.collection).

``workplace_key`` holds one random key, made the first time a collection file is written,
that a collection file carries so that it is merged only into the workplace it came from.
``merged_collection`` lists the collection files merged into a round (once their first
sheets came in). A sheet keeps its random id from the collection file in ``respondent``,
so a sheet already in the workplace file is never added again, while sheets collected
after a merge come in at the next one (apvdesk.store.collection.merging).

A collection file counts its sheets' languages, never one sheet's language, so to give
the sheets of a later merge their languages the workplace keeps, per collection, how many
of its sheets were merged in each language (``merged_collection_language``, WITHOUT
ROWID: no row number tells which came first). That is no more than the collection file
itself shows until it is wiped, and nothing about a person, an order or a time.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from apvdesk.store.model_base import Base


class WorkplaceKeyRow(Base):
    """The workplace's random key (one row), written into its collection files."""

    __tablename__ = "workplace_key"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)


class MergedCollectionRow(Base):
    """A collection file whose answer sheets were merged into a round."""

    __tablename__ = "merged_collection"

    collection_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"))


class MergedLanguageRow(Base):
    """How many sheets of a merged collection came in, in one language (never per sheet)."""

    __tablename__ = "merged_collection_language"
    __table_args__ = {"sqlite_with_rowid": False}

    collection_id: Mapped[str] = mapped_column(
        ForeignKey("merged_collection.collection_id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    answers: Mapped[int] = mapped_column(Integer, default=0)
