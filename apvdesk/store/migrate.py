"""Alembic, run from code: stamp new files, upgrade old ones, know the head revision.

Alembic is imported only here and only when a file is created or needs an upgrade, so
opening a current file costs no Alembic import. ``SCHEMA_HEAD`` and ``KNOWN_REVISIONS``
mirror the revisions in ``migrations/versions``; tests/store/test_migrations.py keeps
them honest.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0015"
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
)
# The first revision whose answer sheets keep no order of entry, date or language (see
# docs/privacy.md): a backup from before it is upgraded as soon as the file itself is.
ANONYMOUS_LAYOUT = "0007"


def before_anonymous_layout(revision: str) -> bool:
    """Return True for a known revision older than :data:`ANONYMOUS_LAYOUT`."""
    return revision in KNOWN_REVISIONS and KNOWN_REVISIONS.index(revision) < KNOWN_REVISIONS.index(
        ANONYMOUS_LAYOUT
    )


def alembic_config(connection: Connection) -> Config:
    """Return an Alembic config that runs on ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def stamp_head(connection: Connection) -> None:
    """Record the current head revision in a freshly created file."""
    from alembic import command

    command.stamp(alembic_config(connection), "head")


def upgrade_to_head(connection: Connection) -> None:
    """Run every migration from the file's revision to the head."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def script_revisions() -> tuple[str, list[str]]:
    """Return Alembic's own view: the head and every revision (for the consistency test)."""
    from alembic.script import ScriptDirectory

    config = alembic_config(None)  # type: ignore[arg-type]
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    return head or "", [rev.revision for rev in script.walk_revisions()]
