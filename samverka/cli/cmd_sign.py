"""samverka sign PDF --field NAME (--p12 FILE | --pkcs11-lib LIB --token-label T --key-label K | --self-signed
--signer-name NAME) [--image SIGNATURE.png] [--accept-other-signer] -o OUT.pdf

Refuses a PDF that `samverka verify` would not vouch for, and a certificate whose holder is not the signatory the
field was made for (unless --accept-other-signer). Exit codes: 0 signed, 1 refused or failed, 2 wrong usage."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from samverka.cli.words import t
from samverka.errors import KnownError, Text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sign", help=t("skriv under en överenskommelse digitalt (PAdES)", "sign an agreement digitally (PAdES)"),
        description=t("Skriv under ett underskriftsfält i en överenskommelse som Samverka har förberett. "
                      "Varje underskrift läggs till som ett tillägg; den första certifierar dokumentet.",
                      "Sign a signature field of an agreement that Samverka prepared. Each signature is added "
                      "as an incremental update; the first certifies the document."),
    )
    file_ = t("FIL", "FILE")
    parser.add_argument("pdf", metavar="PDF", type=Path, help=t("överenskommelsen (PDF) som ska skrivas under",
                                                                "the agreement (PDF) to sign"))
    parser.add_argument("--field", required=True, help=t("underskriftsfältets namn (se samverka verify)",
                                                         "the signature field's name (see samverka verify)"))
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--p12", type=Path, metavar=file_, help=t("PKCS#12-fil (.p12/.pfx) med nyckel och certifikat",
                                                                  "PKCS#12 file (.p12/.pfx) with key and certificate"))
    source.add_argument("--pkcs11-lib", type=Path, metavar=t("BIBLIOTEK", "LIBRARY"),
                        help=t("kortläsarens PKCS#11-modul", "the card reader's PKCS#11 module"))
    source.add_argument("--self-signed", action="store_true",
                        help=t("låt Samverka skapa ett certifikat (visar att dokumentet är oförändrat, inte vem som "
                               "skrev under)", "let Samverka make a certificate (shows that the document is "
                               "unchanged, not who signed it)"))
    parser.add_argument("--passphrase-file", type=Path, metavar=file_,
                        help=t("fil med lösenfrasen till PKCS#12-filen", "file holding the PKCS#12 file's passphrase"))
    parser.add_argument("--token-label", help=t("kortets (tokenets) etikett", "the card's (token's) label"))
    parser.add_argument("--key-label", help=t("nyckelns etikett på kortet", "the key's label on the card"))
    parser.add_argument("--pin-file", type=Path, metavar=file_,
                        help=t("fil med kortets PIN-kod", "file holding the card's PIN"))
    parser.add_argument("--signer-name", help=t("namn som visas i underskriften (krävs med --self-signed)",
                                                "name shown in the signature (required with --self-signed)"))
    parser.add_argument("--signer-title", default="", help=t("titel som visas i underskriften",
                                                             "title shown in the signature"))
    parser.add_argument("--organisation", default="", help=t("organisation som visas i underskriften",
                                                             "organisation shown in the signature"))
    parser.add_argument("--image", type=Path, metavar="PNG", help=t("den ritade underskriften (PNG, gärna "
                                                                    "genomskinlig)", "the drawn signature (PNG, "
                                                                    "preferably transparent)"))
    parser.add_argument("--accept-other-signer", action="store_true",
                        help=t("skriv under även om certifikatet tillhör en annan person än den fältet är till för",
                               "sign even if the certificate belongs to another person than the field is for"))
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=t("UT.pdf", "OUT.pdf"),
                        help=t("den underskrivna PDF:en", "the signed PDF"))
    parser.set_defaults(func=run)


def _secret(path: Path | None, prompt: str) -> str | None:
    """A passphrase or PIN from a file (first line), or asked for on a terminal; never from the command line."""
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KnownError(
                f"{path} går inte att läsa: {exc.strerror}.", f"{path} cannot be read: {exc.strerror}."
            ) from None
        return lines[0] if lines else ""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def _source(args: argparse.Namespace) -> object:
    from samverka.export.signing.signers import P12Source, Pkcs11Source, SelfSignedSource  # noqa: PLC0415

    if args.p12 is not None:
        return P12Source(args.p12, _secret(args.passphrase_file, "Lösenfras: "))
    if args.pkcs11_lib is not None:
        if not args.token_label or not args.key_label:
            raise KnownError(
                "Ange --token-label och --key-label för kortet.", "Give --token-label and --key-label for the card."
            )
        return Pkcs11Source(args.pkcs11_lib, args.token_label, args.key_label, _secret(args.pin_file, "PIN: "))
    if not (args.signer_name or "").strip():
        raise KnownError("Ange --signer-name med --self-signed.", "Give --signer-name with --self-signed.")
    return SelfSignedSource(args.signer_name, args.signer_title, args.organisation)


def _read(path: Path, what: Text) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KnownError(
            f"{what.sv} {path} går inte att läsa: {exc.strerror}.", f"{what.en} {path} cannot be read: {exc.strerror}."
        ) from None


def run(args: argparse.Namespace) -> int:
    from samverka.export.signing.appearance import Appearance  # noqa: PLC0415 - pyHanko loads only here
    from samverka.export.signing.certificates import write_private  # noqa: PLC0415
    from samverka.export.signing.sign import sign_pdf, signature_fields  # noqa: PLC0415

    pdf = _read(args.pdf, Text("PDF-filen", "The PDF"))
    image = _read(args.image, Text("Bilden", "The image")) if args.image else None
    source = _source(args)
    appearance = None
    if args.signer_name or args.signer_title or args.organisation or image:
        appearance = Appearance(args.signer_name or "", args.signer_title, args.organisation, image)
    result = sign_pdf(pdf, args.field, source, appearance,  # type: ignore[arg-type]
                      accept_other_signer=args.accept_other_signer)
    target = args.output.resolve()
    if not target.parent.is_dir():
        raise KnownError(f"Mappen {target.parent} finns inte.", f"The folder {target.parent} does not exist.")
    write_private(target, result.pdf)
    fields = signature_fields(result.pdf)
    done = sum(1 for info in fields if info.signed)
    print(str(Text(
        f"Fältet {result.field_name} är underskrivet av {result.signer_name}. Signerad av {done} av {len(fields)}.",
        f"Field {result.field_name} signed by {result.signer_name}. Signed by {done} of {len(fields)}.",
    )))
    print(f"SHA-256: {result.fingerprint}")
    if result.other_signer_accepted:
        print(str(Text(
            f"Obs: fältet är till för {result.expected_signer}; certifikatet tillhör {result.signer_name}. "
            "samverka verify visar det som en avvikelse.",
            f"Note: the field is for {result.expected_signer}; the certificate belongs to {result.signer_name}. "
            "samverka verify shows it as a mismatch.",
        )))
    if result.self_signed:
        from samverka.export.signing.verify import SELF_SIGNED_LABEL  # noqa: PLC0415

        print(str(SELF_SIGNED_LABEL))
    print(target)
    return 0
