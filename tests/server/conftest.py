"""Tests against a real PostgreSQL server: a fresh, empty database for every test.

The server is named by ``APVDESK_TEST_PG_URL`` (``postgresql://user@host:port/dbname``;
CI's ``.ci/with-postgres`` starts one and sets it). Unset, these tests are skipped with a
visible reason; set but unreachable, they fail: a CI run must not pass by skipping them.
The role in the address needs CREATEDB: each test gets a database of its own, dropped after.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest

URL_VARIABLE = "APVDESK_TEST_PG_URL"
NO_SERVER = f"no PostgreSQL server: set {URL_VARIABLE}, see README"


def _sqlalchemy_url(url: str):
    """Return ``url`` as SQLAlchemy's URL for the psycopg 3 driver."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.set(drivername="postgresql+psycopg")


@pytest.fixture(scope="session")
def pg_admin_url():
    """The address from the environment, checked to answer once per session; skip when unset."""
    url = os.environ.get(URL_VARIABLE, "").strip()
    if not url:
        pytest.skip(NO_SERVER)
    try:
        import psycopg  # noqa: F401
    except ImportError:  # set but without its driver: as much a failure as an unreachable server
        pytest.fail("psycopg is not installed: pip install -e '.[server]'", pytrace=False)
    from sqlalchemy import create_engine, text

    admin = _sqlalchemy_url(url)
    shown = admin.render_as_string(hide_password=True)
    engine = create_engine(admin)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as error:  # a set address that does not answer is a failure
        pytest.fail(f"{URL_VARIABLE}={shown} does not answer: {error}", pytrace=False)
    finally:
        engine.dispose()
    return admin


@pytest.fixture
def pg_url(pg_admin_url) -> Iterator[str]:
    """A new empty database on the test server, as a SQLAlchemy URL string; dropped after the test."""
    from sqlalchemy import create_engine, text

    name = f"apvdesk_t_{secrets.token_hex(6)}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield pg_admin_url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def pytest_terminal_summary(terminalreporter) -> None:
    """Say at the end of the run, not only in ``-rs``, that the server tests did not run."""
    if not os.environ.get(URL_VARIABLE, "").strip():
        terminalreporter.write_line(f"tests/server skipped: {NO_SERVER}", yellow=True, bold=True)
