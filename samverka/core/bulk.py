"""Bulk work without the cycle collector's pauses: see samverka.collector (shared with export)."""

from samverka.collector import no_collector_pauses

__all__ = ["no_collector_pauses"]
