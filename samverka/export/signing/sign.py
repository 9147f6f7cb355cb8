"""Sign one field of a prepared agreement: PAdES B-B, SHA-256, offline, as an incremental update.

The first signature certifies the document (DocMDP: only form filling and signing allowed afterwards), so that the
later signatories' incremental updates keep the earlier signatures valid and anything else shows as a change.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from samverka.errors import KnownError
from samverka.export.signing.appearance import SELF_SIGNED_NOTE_SV, Appearance, check_image, render_appearance
from samverka.export.signing.certificates import fingerprint
from samverka.export.signing.prepare import read_marker
from samverka.export.signing.signers import SignerSource, open_signer


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
    *, now: dt.datetime | None = None,
) -> SignResult:
    """The PDF with `field_name` signed. Raises KnownError (and changes nothing) on any input the user can fix."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: PLC0415 - lazy pyHanko
    from pyhanko.sign import fields, signers  # noqa: PLC0415
    from pyhanko.stamp import StaticStampStyle  # noqa: PLC0415

    reader = _samverka_reader(pdf)
    field = _pick_field(_fields(reader), field_name)
    certify = not any(info.signed for info in _fields(reader))
    if not certify:
        _check_earlier_signatures(pdf)
    if appearance is not None and appearance.image_png:
        check_image(appearance.image_png)
    signed_at = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    with open_signer(source) as opened:
        name = _cert_common_name(opened.cert_der)
        shown = appearance or Appearance(signer_name=name)
        shown = Appearance(shown.signer_name or name, shown.signer_title, shown.organisation, shown.image_png,
                           self_signed=opened.self_signed)
        stamp = render_appearance(shown, field.width, field.height, signed_at)
        meta = signers.PdfSignatureMetadata(
            field_name=field.name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
            certify=certify, docmdp_permissions=fields.MDPPerm.FILL_FORMS, name=shown.signer_name,
            reason=SELF_SIGNED_NOTE_SV if opened.self_signed else "Undertecknar avtalet",
        )
        style = StaticStampStyle(
            background=_pdf_bytes_content(stamp), border_width=0, background_opacity=1.0,
            background_layout=_fill_layout(),
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
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
            certified=certify, signed_at=signed_at,
        )


def _check_earlier_signatures(pdf: bytes) -> None:
    """Never sign on top of a file whose earlier signatures no longer hold."""
    from samverka.export.signing.verify import verify_pdf  # noqa: PLC0415

    report = verify_pdf(pdf)
    if not report.ok:
        raise KnownError(
            "PDF-filen har ändrats efter en tidigare underskrift, eller en underskrift är skadad "
            "(se samverka verify). Skriv inte under den; hämta avtalet från Samverka igen.",
            "The PDF was changed after an earlier signature, or a signature is damaged (see samverka verify). "
            "Do not sign it; get the agreement from Samverka again.",
        )


def _signing_errors() -> tuple[type[BaseException], ...]:
    """Errors from the card or pyHanko that the user can act on (card removed, PIN blocked, bad field)."""
    from pkcs11.exceptions import PKCS11Error  # noqa: PLC0415
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415
    from pyhanko.sign.general import SigningError  # noqa: PLC0415

    return (PKCS11Error, PdfError, SigningError)


def _samverka_reader(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        marker = read_marker(reader)
    except (PdfError, ValueError, TypeError) as exc:
        raise KnownError(f"Filen är ingen läsbar PDF ({exc}).", f"The file is not a readable PDF ({exc}).") from None
    if marker is None:
        raise KnownError(
            "PDF-filen är inte ett avtal som Samverka har förberett för underskrift (underskriftsbilaga och "
            "dokument-ID saknas). Skriv ut avtalet från Samverka och lås versionen först.",
            "The PDF is not an agreement that Samverka prepared for signing (no signing record or document ID). "
            "Export the agreement from Samverka and lock the version first.",
        )
    return reader


def _fields(reader: Any) -> list[FieldInfo]:
    from pyhanko.sign.fields import enumerate_sig_fields  # noqa: PLC0415

    found = []
    for name, value, ref in enumerate_sig_fields(reader):
        field = ref.get_object()
        widget = field["/Kids"][0].get_object() if "/Kids" in field else field
        x1, y1, x2, y2 = (float(v) for v in widget.get("/Rect", (0, 0, 0, 0)))
        found.append(FieldInfo(str(name), value is not None, abs(x2 - x1), abs(y2 - y1)))
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


def _cert_common_name(cert_der: bytes) -> str:
    from cryptography import x509  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    names = x509.load_der_x509_certificate(cert_der).subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    return value if isinstance(value, str) else value.decode(errors="replace")


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
