"""Signing in the app: the signature pad, the sign dialog and the verification view."""
