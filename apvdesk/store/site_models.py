"""The workplace's sites and, for a customer site, what was agreed with the customer (core.sites).

One row per site; the agreement's points are columns of it (empty: not agreed yet), as a
site has exactly one agreement. Groups, problems and actions name their site in a
``site_id`` column of their own (NULL: the workplace as a whole); a site they name is
not deleted (see store.site_methods).
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from apvdesk.store.model_base import Base


class SiteRow(Base):
    """A site: the workplace's own premises or a customer's, and the agreement for the latter."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(300), default="")
    customer: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    coordinator: Mapped[str] = mapped_column(Text, default="")
    known_risks: Mapped[str] = mapped_column(Text, default="")
    after_episode: Mapped[str] = mapped_column(Text, default="")
    break_room: Mapped[str] = mapped_column(Text, default="")
    toilet: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
