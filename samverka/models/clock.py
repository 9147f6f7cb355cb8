"""The time stamps the app writes: UTC, without a time zone (as every DateTime column holds them)."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
