"""samverka verify PDF [--trust CERT ...] [--json]: check every signature offline.

Exit codes: 0 every signature holds (and, with --trust, every signer is trusted); 1 the document is not signed,
a signature does not hold, a signer is not trusted, or the file cannot be read; 2 wrong command-line usage.
See docs/signing/verification.md for what is checked and every reason that can be printed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from samverka.cli.words import t
from samverka.errors import KnownError, Text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "verify", help=t("kontrollera underskrifterna i en PDF", "check the signatures of a PDF"),
        description=t("Kontrollerar varje underskrift utan nätverk. Slutkod 0 bara om alla underskrifter håller "
                      "(och, med --trust, alla undertecknare är betrodda); 1 om dokumentet inte är underskrivet, en "
                      "underskrift inte håller, en undertecknare inte är betrodd eller filen inte går att läsa; 2 "
                      "vid fel i kommandot.",
                      "Checks every signature without a network. Exit code 0 only if every signature holds (and, "
                      "with --trust, every signer is trusted); 1 if the document is not signed, a signature does "
                      "not hold, a signer is not trusted or the file cannot be read; 2 for a wrong command."),
    )
    parser.add_argument("pdf", metavar="PDF", type=Path, help=t("PDF-filen", "the PDF file"))
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT",
                        help=t("certifikat (PEM/DER) att lita på, t.ex. organisationens utfärdare; kan upprepas. "
                               "Med --trust måste varje undertecknare vara betrodd.",
                               "certificate (PEM/DER) to trust, e.g. the organisation's issuer; may be repeated. "
                               "With --trust every signer must be trusted."))
    parser.add_argument("--json", action="store_true", help=t("skriv resultatet som JSON", "print the result as JSON"))
    parser.set_defaults(func=run)


def _yes(value: bool) -> str:
    return str(Text("ja", "yes") if value else Text("NEJ", "NO"))


def _line(label: Text, value: str) -> None:
    print(f"   {label}: {value}")


def run(args: argparse.Namespace) -> int:
    from samverka.export.signing.verify import (  # noqa: PLC0415 - pyHanko loads here
        IDENTITY_NOT_CHECKED,
        SELF_SIGNED_LABEL,
        verify_pdf,
    )

    try:
        pdf = args.pdf.read_bytes()
        trusted = [path.read_bytes() for path in args.trust]
    except OSError as exc:
        raise KnownError(
            f"{exc.filename} går inte att läsa: {exc.strerror}.", f"{exc.filename} cannot be read: {exc.strerror}."
        ) from None
    report = verify_pdf(pdf, trusted)
    code = 0 if report.ok else 1
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return code
    if report.document_id:
        print(str(Text(f"Dokument-ID: {report.document_id}", f"Document ID: {report.document_id}")))
    if report.signed and not report.trust_given:
        print(str(IDENTITY_NOT_CHECKED))
    for number, sig in enumerate(report.signatures, 1):
        verdict = Text("håller", "holds") if sig.ok else Text("HÅLLER INTE", "DOES NOT HOLD")
        print(f"\n{number}. {sig.field_name}: {verdict}")
        expected = sig.expected_signer or str(Text("okänd", "unknown"))
        _line(Text("Undertecknare", "Signer"), f"{sig.signer_name or '?'}   "
              + str(Text(f"(fältet är till för: {expected})", f"(the field is for: {expected})")))
        if sig.fingerprint:
            _line(Text("Certifikat (SHA-256)", "Certificate (SHA-256)"), sig.fingerprint)
        if sig.signing_time:
            _line(Text("Signerad", "Signed"), f"{sig.signing_time.astimezone():%Y-%m-%d %H:%M:%S %Z}")
        valid = f"{Text('Giltig', 'Valid')}: {_yes(sig.valid)}"
        _line(Text("Oförändrad (intakt)", "Intact"), f"{_yes(sig.intact)}   {valid}")
        _line(Text("Täcker", "Covers"), str(sig.coverage_text))
        _line(Text("Efter underskriften", "After the signature"), str(sig.modification_text))
        trusted_text = _yes(sig.trusted) if report.trust_given else str(Text("inte kontrollerat (ange --trust)",
                                                                              "not checked (use --trust)"))
        _line(Text("Betrodd", "Trusted"), trusted_text
              + ("   " + str(Text("Certifierar dokumentet", "Certifies the document")) if sig.certifies else ""))
        if sig.self_signed:
            print(f"   {SELF_SIGNED_LABEL}")
        for problem in sig.problems:
            if problem not in report.document_problems:
                _line(Text("Skäl", "Reason"), str(problem.text))
    if report.unsigned_fields:
        print("\n" + str(Text("Ej underskrivna fält", "Unsigned fields")) + ": " + ", ".join(report.unsigned_fields))
    print()
    for problem in report.document_problems:
        if problem.code != "not_signed":
            print(str(Text(f"Dokumentet: {problem.text.sv}", f"The document: {problem.text.en}")))
    if report.ok:
        print(str(Text(
            "Resultat: alla underskrifter håller – inget har ändrats efter dem utom tillåtna underskrifter.",
            "Result: every signature holds – nothing was changed after them except allowed signatures.",
        )))
    elif not report.readable:
        print(str(Text("Resultat: PDF-filen kan inte kontrolleras – se skälet ovan.",
                       "Result: the PDF cannot be checked – see the reason above.")))
    elif not report.signed:
        print(str(Text("Resultat: inte underskriven – PDF-filen har inga underskrifter.",
                       "Result: not signed – the PDF has no signatures.")))
    else:
        print(str(Text(
            "Resultat: UNDERSKRIFTERNA HÅLLER INTE – se skälen ovan.",
            "Result: THE SIGNATURES DO NOT HOLD – see the reasons above.",
        )))
    return code
