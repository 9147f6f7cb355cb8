"""Sign one field of a prepared agreement: PAdES B-B, SHA-256, offline, as an incremental update.

The first signature certifies the document (DocMDP level 2: only form filling and signing allowed afterwards; the
form holds nothing but Samverka's signature fields, so "form filling" can only be signing). Each field carries a
FieldMDP lock from preparation. Before anything is signed, the file must pass the same checks `verify` makes: no
foreign fields, annotations, scripts or hidden objects, and every earlier signature intact with nothing changed
after it. The certificate must belong to the signatory the field was made for, unless the signer explicitly
accepts another person.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from samverka.errors import KnownError
from samverka.export.signing._writer import incremental_writer
from samverka.export.signing.appearance import SELF_SIGNED_NOTE_SV, Appearance, check_image, render_appearance
from samverka.export.signing.certificates import fingerprint
from samverka.export.signing.identity import certificate_names, common_name, names_match
from samverka.export.signing.prepare import read_marker
from samverka.export.signing.signers import SignerSource, open_signer

# Problems of earlier signatures that do not make the document unsafe to sign: who signed is shown by verify.
_IDENTITY_CODES = frozenset({"wrong_signer", "untrusted"})


class OtherSignerError(KnownError):
    """The certificate belongs to someone else than the signatory the field was made for."""

    def __init__(self, field_name: str, expected: str, actual: str) -> None:
        self.field_name = field_name
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"Certifikatet tillhör {actual}, men fältet {field_name} är till för {expected}. Välj rätt certifikat, "
            f"eller bekräfta att {actual} skriver under i stället (samverka sign --accept-other-signer).",
            f"The certificate belongs to {actual}, but the field {field_name} is for {expected}. Choose the right "
            f"certificate, or confirm that {actual} signs instead (samverka sign --accept-other-signer).",
        )


@dataclass(frozen=True)
class SignResult:
    pdf: bytes
    field_name: str
    signer_name: str
    fingerprint: str
    method: str
    self_signed: bool
    certified: bool
    signed_at: dt.datetime
    expected_signer: str = ""
    other_signer_accepted: bool = False


@dataclass(frozen=True)
class FieldInfo:
    name: str
    signed: bool
    width: float
    height: float


def signature_fields(pdf: bytes) -> list[FieldInfo]:
    """The signature fields of a Samverka PDF, in document order; refuses PDFs that Samverka did not prepare."""
    return _fields(_samverka_reader(pdf))


def sign_pdf(
    pdf: bytes, field_name: str, source: SignerSource, appearance: Appearance | None = None,
    *, now: dt.datetime | None = None, accept_other_signer: bool = False,
) -> SignResult:
    """The PDF with `field_name` signed. Raises KnownError (and changes nothing) on any input the user can fix.

    Raises OtherSignerError when the certificate's name does not match the signatory the field belongs to, unless
    `accept_other_signer` is given.
    """
    from pyhanko.sign import fields, signers  # noqa: PLC0415 - lazy pyHanko
    from pyhanko.stamp import StaticStampStyle  # noqa: PLC0415

    reader = _samverka_reader(pdf)
    found = _fields(reader)
    field = _pick_field(found, field_name)
    certify = not any(info.signed for info in found)
    expected = _check_before_signing(pdf, field.name, signed=not certify)
    if appearance is not None and appearance.image_png:
        check_image(appearance.image_png)
    signed_at = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    with open_signer(source) as opened:
        name = common_name(opened.cert_der)
        holders = certificate_names(opened.cert_der)
        other = bool(expected) and not names_match(expected, holders)
        if other and not accept_other_signer:
            raise OtherSignerError(field.name, expected, name or "?")
        shown = appearance or Appearance(signer_name=name)
        # The drawn name is the certificate holder's: a field never shows one person's name over another's key.
        shown_name = shown.signer_name if shown.signer_name and names_match(shown.signer_name, holders) else name
        shown = Appearance(shown_name or name, shown.signer_title, shown.organisation, shown.image_png,
                           self_signed=opened.self_signed)
        stamp = render_appearance(shown, field.width, field.height, signed_at)
        meta = signers.PdfSignatureMetadata(
            field_name=field.name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
            certify=certify, docmdp_permissions=fields.MDPPerm.FILL_FORMS, name=shown.signer_name,
            reason=SELF_SIGNED_NOTE_SV if opened.self_signed else "Undertecknar överenskommelsen",
        )
        style = StaticStampStyle(
            background=_pdf_bytes_content(stamp), border_width=0, background_opacity=1.0,
            background_layout=_fill_layout(),
        )
        writer = incremental_writer(pdf)
        try:
            output = signers.PdfSigner(meta, signer=opened.signer, stamp_style=style).sign_pdf(
                writer, existing_fields_only=True
            )
        except _signing_errors() as exc:
            reason = str(exc) or type(exc).__name__
            raise KnownError(
                f"Underskriften kunde inte skapas ({reason}). Inget har ändrats.",
                f"The signature could not be made ({reason}). Nothing was changed.",
            ) from exc
        return SignResult(
            pdf=output.getvalue(), field_name=field.name, signer_name=shown.signer_name,
            fingerprint=fingerprint(opened.cert_der), method=opened.method, self_signed=opened.self_signed,
            certified=certify, signed_at=signed_at, expected_signer=expected, other_signer_accepted=other,
        )


def _check_before_signing(pdf: bytes, field_name: str, *, signed: bool) -> str:
    """Refuse a file `verify` would not vouch for; returns the signatory the field is for ("" if not recorded)."""
    from samverka.export.signing.integrity import analyse  # noqa: PLC0415
    from samverka.export.signing.verify import verify_pdf  # noqa: PLC0415

    if signed:
        report = verify_pdf(pdf)
        problems = [problem for problem in report.problems if problem.code not in _IDENTITY_CODES]
        marker = report.integrity.marker
    else:
        integrity = analyse(pdf)
        problems = list(integrity.document_problems)
        marker = integrity.marker
    if problems:
        first = problems[0].text
        if signed:
            raise KnownError(
                f"Skriv inte under: {first.sv} (se samverka verify). Hämta överenskommelsen från Samverka igen.",
                f"Do not sign: {first.en} (see samverka verify). Get the agreement from Samverka again.",
            )
        raise KnownError(
            f"Skriv inte under: {first.sv}. Hämta överenskommelsen från Samverka igen.",
            f"Do not sign: {first.en}. Get the agreement from Samverka again.",
        )
    return marker.expected_signer(field_name) if marker else ""


def _signing_errors() -> tuple[type[BaseException], ...]:
    """Errors from the card or pyHanko that the user can act on (card removed, PIN blocked, bad field)."""
    from pkcs11.exceptions import PKCS11Error  # noqa: PLC0415
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415
    from pyhanko.sign.general import SigningError  # noqa: PLC0415

    return (PKCS11Error, PdfError, SigningError)


def _samverka_reader(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        marker = read_marker(reader)
    except Exception as exc:  # noqa: BLE001 - any parser failure on a hostile file is the file's fault
        raise KnownError(f"Filen är ingen läsbar PDF ({exc}).", f"The file is not a readable PDF ({exc}).") from None
    if marker is None:
        raise KnownError(
            "PDF-filen är inte en överenskommelse som Samverka har förberett för underskrift (underskriftsbilaga och "
            "dokument-ID saknas). Skriv ut överenskommelsen från Samverka och lås versionen först.",
            "The PDF is not an agreement that Samverka prepared for signing (no signing record or document ID). "
            "Export the agreement from Samverka and lock the version first.",
        )
    return reader


def _fields(reader: Any) -> list[FieldInfo]:
    from pyhanko.sign.fields import enumerate_sig_fields  # noqa: PLC0415

    found = []
    try:
        for name, value, ref in enumerate_sig_fields(reader):
            field = ref.get_object()
            widget = field["/Kids"][0].get_object() if "/Kids" in field else field
            x1, y1, x2, y2 = (float(v) for v in widget.get("/Rect", (0, 0, 0, 0)))
            found.append(FieldInfo(str(name), value is not None, abs(x2 - x1), abs(y2 - y1)))
    except Exception as exc:  # noqa: BLE001 - a damaged form is the file's fault
        raise KnownError(
            f"Underskriftsfälten i PDF-filen går inte att läsa ({exc}).",
            f"The PDF's signature fields cannot be read ({exc}).",
        ) from None
    return found


def _pick_field(found: list[FieldInfo], field_name: str) -> FieldInfo:
    for info in found:
        if info.name == field_name:
            if info.signed:
                raise KnownError(
                    f"Fältet \"{field_name}\" är redan underskrivet. Välj ett annat underskriftsfält.",
                    f"The field \"{field_name}\" is already signed. Choose another signature field.",
                )
            if info.width < 20 or info.height < 20:
                raise KnownError(
                    f"Fältet \"{field_name}\" är för litet för en synlig underskrift.",
                    f"The field \"{field_name}\" is too small for a visible signature.",
                )
            return info
    names = ", ".join(info.name for info in found) or "inga"
    raise KnownError(
        f"PDF-filen har inget underskriftsfält som heter \"{field_name}\". Fälten är: {names}.",
        f"The PDF has no signature field named \"{field_name}\". Its fields are: {names}.",
    )


def _fill_layout() -> Any:
    """The appearance PDF already has the field's size: place it at the origin, unscaled, without margins."""
    from pyhanko.pdf_utils import layout as typed_layout  # noqa: PLC0415

    layout: Any = typed_layout

    return layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MIN,
        margins=layout.Margins.uniform(0), inner_content_scaling=layout.InnerScaling.NO_SCALING,
    )


def _pdf_bytes_content(pdf: bytes) -> Any:
    """A page of an in-memory PDF as stamp content (pyHanko's ImportedPdfPage only reads from a file name)."""
    from pyhanko.pdf_utils.content import PdfContent  # noqa: PLC0415
    from pyhanko.pdf_utils.layout import BoxConstraints  # noqa: PLC0415
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415

    class _Imported(PdfContent):
        def render(self) -> bytes:
            writer: Any = self._ensure_writer
            xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(pdf)), page_ix=0)
            self.resources.xobject["/Appearance"] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return b"/Appearance Do"

    return _Imported()
