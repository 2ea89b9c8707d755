"""The workplace file: SQLAlchemy models, opening and migrating, and the service API."""
