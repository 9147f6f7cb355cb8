"""The schema version this code writes. It equals the newest Alembic revision number."""

HEAD_REVISION = "0005"
SCHEMA_VERSION = int(HEAD_REVISION)
