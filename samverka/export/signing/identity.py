"""Whose certificate is it: the names in a certificate, and whether they match the signatory a field belongs to."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any


def _tokens(text: str) -> frozenset[str]:
    """Name parts, case- and accent-insensitive ("Åkesson, Anna" and "anna akesson" give the same set)."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept = "".join(char if char.isalnum() else " " for char in folded if not unicodedata.combining(char))
    return frozenset(kept.split())


def names_match(expected: str, names: Iterable[str]) -> bool:
    """True when every part of the expected name appears in one of the certificate's names.

    A certificate may add to the name (a personal number, a middle name, "(polis)") but not leave parts out.
    """
    wanted = _tokens(expected)
    if not wanted:
        return True
    return any(wanted <= _tokens(name) for name in names)


def certificate_names(cert_der: bytes) -> list[str]:
    """The subject's common name and given name + surname, as the certificate states them."""
    from cryptography import x509  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    subject = x509.load_der_x509_certificate(cert_der).subject

    def values(oid: Any) -> list[str]:
        found = []
        for attribute in subject.get_attributes_for_oid(oid):
            value = attribute.value
            found.append(value if isinstance(value, str) else value.decode(errors="replace"))
        return found

    names = values(NameOID.COMMON_NAME)
    given, surname = values(NameOID.GIVEN_NAME), values(NameOID.SURNAME)
    if given or surname:
        names.append(" ".join([*given, *surname]))
    return names


def common_name(cert_der: bytes) -> str:
    names = certificate_names(cert_der)
    return names[0] if names else ""
