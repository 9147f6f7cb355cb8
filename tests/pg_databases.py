"""A fresh PostgreSQL database per test (or module), dropped afterwards; for the server-mode variants."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest


def fresh_pg_database(prefix: str = "samverka_test") -> Iterator[str]:
    """Yield the URL of a new, empty database on SAMVERKA_TEST_DATABASE_URL's server (skip when it is unset)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = os.environ.get("SAMVERKA_TEST_DATABASE_URL", "")
    if not url:
        pytest.skip("SAMVERKA_TEST_DATABASE_URL is not set")
    base = make_url(url)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
