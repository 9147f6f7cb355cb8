"""Thin Qt item models over the services' plain rows."""
