"""Alembic environment: always runs on a connection handed in by samverka.models.migrate."""

from alembic import context
from sqlalchemy import create_engine

from samverka.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn: object) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # command-line use by developers: `alembic -x url=sqlite:///x.samverka revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.samverka")
    with create_engine(url).begin() as conn:
        _run(conn)
