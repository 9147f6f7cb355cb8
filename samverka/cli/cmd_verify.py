"""samverka verify PDF [--trust CERT ...] [--json]: check every signature; exit 0 only if all are intact and
nothing disallowed was changed after them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from samverka.errors import KnownError, Text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "verify", help="kontrollera underskrifterna i en PDF / check the signatures of a PDF",
        description="Kontrollerar varje underskrift utan nätverk. Slutkod 0 bara om alla underskrifter är oförändrade "
        "och inget otillåtet har ändrats efter dem.",
    )
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT",
                        help="certifikat (PEM/DER) att lita på, t.ex. organisationens utfärdare; kan upprepas")
    parser.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    parser.set_defaults(func=run)


def _yes(value: bool) -> str:
    return str(Text("ja", "yes") if value else Text("NEJ", "NO"))


def run(args: argparse.Namespace) -> int:
    from samverka.export.signing.verify import SELF_SIGNED_LABEL, verify_pdf  # noqa: PLC0415 - pyHanko loads here

    try:
        pdf = args.pdf.read_bytes()
        trusted = [path.read_bytes() for path in args.trust]
    except OSError as exc:
        raise KnownError(
            f"{exc.filename} går inte att läsa: {exc.strerror}.", f"{exc.filename} cannot be read: {exc.strerror}."
        ) from None
    report = verify_pdf(pdf, trusted)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return 0 if report.ok else 1
    if report.document_id:
        print(str(Text(f"Dokument-ID: {report.document_id}", f"Document ID: {report.document_id}")))
    if not report.signatures:
        print(str(Text("PDF-filen har inga underskrifter.", "The PDF has no signatures.")))
    for number, sig in enumerate(report.signatures, 1):
        print(f"\n{number}. {sig.field_name}: {sig.signer_name}")
        if sig.problem:
            print("   " + str(Text(f"Fel: {sig.problem}", f"Error: {sig.problem}")))
        print("   " + str(Text("Certifikat (SHA-256)", "Certificate (SHA-256)")) + f": {sig.fingerprint}")
        if sig.signing_time:
            print("   " + str(Text("Signerad", "Signed")) + f": {sig.signing_time.astimezone():%Y-%m-%d %H:%M:%S %Z}")
        print("   " + str(Text("Oförändrad (intakt)", "Intact")) + f": {_yes(sig.intact)}   "
              + str(Text("Giltig", "Valid")) + f": {_yes(sig.valid)}")
        print("   " + str(Text("Täcker", "Covers")) + f": {sig.coverage_text}")
        print("   " + str(Text("Efter underskriften", "After the signature")) + f": {sig.modification_text}")
        unknown = Text("okänt (ange --trust)", "unknown (use --trust)")
        trusted_text = _yes(sig.trusted) if report.trust_given else str(unknown)
        print("   " + str(Text("Betrodd", "Trusted")) + f": {trusted_text}"
              + ("   " + str(Text("Certifierar dokumentet", "Certifies the document")) if sig.certifies else ""))
        if sig.self_signed:
            print(f"   {SELF_SIGNED_LABEL}")
    if report.unsigned_fields:
        print("\n" + str(Text("Ej underskrivna fält", "Unsigned fields")) + ": " + ", ".join(report.unsigned_fields))
    print()
    if report.ok:
        print(str(Text(
            "Resultat: alla underskrifter är oförändrade och inget otillåtet har ändrats efter dem.",
            "Result: every signature is intact and nothing disallowed was changed after them.",
        )))
        return 0
    print(str(Text(
        "Resultat: UNDERSKRIFTERNA HÅLLER INTE – filen har ändrats eller en underskrift är skadad.",
        "Result: THE SIGNATURES DO NOT HOLD – the file was changed or a signature is damaged.",
    )))
    return 1
