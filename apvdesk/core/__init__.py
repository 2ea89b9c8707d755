"""The domain: plain dataclasses and pure functions, free of Qt and SQLAlchemy."""
