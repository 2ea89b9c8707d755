"""What a workplace file keeps about collection files (apvdesk.store.collection).

``workplace_key`` holds one random key, made the first time a collection file is written,
that a collection file carries so that it is merged only into the workplace it came from.
``merged_collection`` lists the collection files already merged, so that each is merged
exactly once. Neither holds anything about a person.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
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
