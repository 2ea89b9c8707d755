"""What a workplace file keeps about collection files (apvdesk.store.collection).

``workplace_key`` holds one random key, made the first time a collection file is written,
that a collection file carries so that it is merged only into the workplace it came from.
``merged_collection`` lists the collection files merged into a round (once their first
sheets came in), each by a hash of its random id, never the id itself. A sheet keeps its
random id from the collection file in ``respondent``, so a sheet already in the workplace
file is never added again, while sheets collected after a merge come in at the next one
(apvdesk.store.collection.merging). With it, sealed with the collection's id, how many of
its sheets came in each language (apvdesk.store.collection.sealing): readable only with
the collection file, which shows those counts itself. Nothing about a person, an order or
a time.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from apvdesk.store.model_base import Base


class WorkplaceKeyRow(Base):
    """The workplace's random key (one row), written into its collection files."""

    __tablename__ = "workplace_key"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)


class MergedCollectionRow(Base):
    """A collection file whose answer sheets were merged into a round."""

    __tablename__ = "merged_collection"

    collection_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # merged_key(id)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"))
    languages: Mapped[str] = mapped_column(Text, default="", server_default="")  # sealed counts
