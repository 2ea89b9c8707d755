"""Alembic environment: runs on the connection apvdesk hands over, in batch mode for SQLite."""

from alembic import context

from apvdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - apvdesk always passes a connection
    raise RuntimeError("apvdesk runs its migrations from code; see apvdesk/store/migrate.py")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
