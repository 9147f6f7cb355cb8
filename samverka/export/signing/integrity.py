"""Samverka's own check of what each signature covers and what changed after it, before pyHanko's verdict.

Built on the strict byte layout from `revisions.scan`. For every signature:

* Coverage: /ByteRange is exactly [0, a, b, c]; b + c is the end of a revision; the gap [a, b) holds exactly
  `<hex>` of the /Contents of *that* signature dictionary, whose body lies in that revision and is not redefined
  later. (Signature wrapping and universal signature forgery fail here.)
* What may change afterwards: every later revision must be another Samverka signature, which may only give the
  next listed signature field its value (/V) and appearance (/AP) and add the objects those two reach. Any other
  redefined object, new field, annotation, filled form field, freed object or stray object is a failure named as
  such. (Incremental saving, shadow attacks, evil annotations and sneaky signatures fail here.)
* What the signers saw: the signed document has no form fields except the signature fields listed in Samverka's
  marker, no annotations except those fields' widgets (and links without an appearance of their own), and no
  scripts, XFA or optional-content layers.

Objects are read from the layout with raw access only (never pyHanko's auto-dereferencing), so every reference is
resolved in the revision being looked at.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from samverka.errors import Text
from samverka.export.signing.revisions import Layout, Revision, StructureError, scan

log = logging.getLogger(__name__)

PIECE_NAME = "/Samverka"
_WS = b" \t\r\n\f\x00"
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_MAX_PAGES = 10_000


@dataclass(frozen=True)
class Problem:
    """One reason a signature (or the whole document) does not hold; `code` is stable, `text` is for people."""

    code: str
    text: Text


@dataclass(frozen=True)
class Marker:
    """Samverka's private data, written at lock time in the catalog that the certifying signature covers."""

    document_id: str
    content_sha256: str
    fields: tuple[str, ...]
    signers: tuple[str, ...] = ()  # expected signer per field (empty in PDFs prepared before names were recorded)

    def expected_signer(self, field_name: str) -> str:
        if field_name in self.fields and len(self.signers) == len(self.fields):
            return self.signers[self.fields.index(field_name)]
        return ""


@dataclass(frozen=True)
class SignatureFacts:
    field_name: str
    object_number: int
    revision: int  # index of the revision the signature ends
    certifies: bool
    docmdp: int | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class IntegrityReport:
    """What Samverka's own check found; `document_problems` concern every signature."""

    document_problems: tuple[Problem, ...]
    signatures: tuple[SignatureFacts, ...] = ()
    unsigned_fields: tuple[str, ...] = ()
    marker: Marker | None = None
    revisions: int = 0
    structure_ok: bool = True

    def problems_for(self, field_name: str) -> tuple[Problem, ...]:
        for sig in self.signatures:
            if sig.field_name == field_name:
                return self.document_problems + sig.problems
        return self.document_problems


# --- texts ---------------------------------------------------------------------------------------------------------
def _p(code: str, sv: str, en: str) -> Problem:
    return Problem(code, Text(sv, en))


FORM_FILLED = ("form_filled", "ett formulärfält har fyllts i efter underskriften",
               "a form field was filled in after the signature")


# --- resolving objects in one revision -----------------------------------------------------------------------------
class View:
    """The document as a reader of revision `upto` sees it."""

    def __init__(self, layout: Layout, upto: int) -> None:
        self.layout = layout
        self.upto = upto

    @property
    def trailer(self) -> Any:
        return self.layout.revisions[self.upto].trailer

    def get(self, value: Any) -> Any:
        number = ref_number(value)
        if number is None:
            return value
        return self.layout.lookup(number, self.upto)

    def key(self, container: Any, name: str) -> Any:
        if not isinstance(container, dict):
            return None
        return self.get(dict.get(container, name))

    def root_number(self) -> int | None:
        return ref_number(dict.get(self.trailer, "/Root"))

    def root(self) -> Any:
        return self.key(self.trailer, "/Root")

    def in_use(self, number: int) -> bool:
        return self.layout.in_use(number, self.upto)

    def get_number(self, number: int) -> Any:
        return self.layout.lookup(number, self.upto)


def ref_number(value: Any) -> int | None:
    from pyhanko.pdf_utils import generic  # noqa: PLC0415 - pyHanko loads lazily

    if isinstance(value, generic.IndirectObject):
        return int(value.idnum)
    return None


def _items(value: Any) -> list[Any]:
    return list(list.__iter__(value)) if isinstance(value, list) else []


def same(a: Any, b: Any, depth: int = 0) -> bool:
    """Structural equality of two parsed values; references compare by number and generation only."""
    from pyhanko.pdf_utils import generic  # noqa: PLC0415

    if depth > 64:
        return False
    if isinstance(a, generic.IndirectObject) or isinstance(b, generic.IndirectObject):
        return (isinstance(a, generic.IndirectObject) and isinstance(b, generic.IndirectObject)
                and (a.idnum, a.generation) == (b.idnum, b.generation))
    if isinstance(a, generic.StreamObject) or isinstance(b, generic.StreamObject):
        return (isinstance(a, generic.StreamObject) and isinstance(b, generic.StreamObject)
                and a.encoded_data == b.encoded_data and _same_dict(a, b, depth))
    if isinstance(a, dict) or isinstance(b, dict):
        return isinstance(a, dict) and isinstance(b, dict) and _same_dict(a, b, depth)
    if isinstance(a, list) or isinstance(b, list):
        left, right = _items(a), _items(b)
        return (isinstance(a, list) and isinstance(b, list) and len(left) == len(right)
                and all(same(x, y, depth + 1) for x, y in zip(left, right, strict=True)))
    if isinstance(a, (generic.TextStringObject, generic.ByteStringObject)) and isinstance(
        b, (generic.TextStringObject, generic.ByteStringObject)
    ):
        return bool(a.original_bytes == b.original_bytes)
    return type(a) is type(b) and bool(a == b)


def _same_dict(a: dict[Any, Any], b: dict[Any, Any], depth: int, ignore: frozenset[str] = frozenset()) -> bool:
    keys = {key for key in a if key not in ignore} | {key for key in b if key not in ignore}
    return all(key in a and key in b and same(dict.get(a, key), dict.get(b, key), depth + 1) for key in keys)


def _refs(value: Any, depth: int = 0) -> Iterator[int]:
    """Object numbers referenced directly by `value` (not following references)."""
    if depth > 64:
        return
    number = ref_number(value)
    if number is not None:
        yield number
    elif isinstance(value, dict):
        for item in dict.values(value):
            yield from _refs(item, depth + 1)
    elif isinstance(value, list):
        for item in _items(value):
            yield from _refs(item, depth + 1)


def _text(value: Any) -> str:
    return str(value) if value is not None else ""


# --- Samverka's marker and the document's parts ---------------------------------------------------------------------
def read_marker(view: View) -> Marker | None:
    try:
        private = view.key(view.key(view.key(view.root(), "/PieceInfo"), PIECE_NAME), "/Private")
        if not isinstance(private, dict):
            return None
        fields = tuple(_text(view.get(item)) for item in _items(view.key(private, "/Fields")))
        signers = tuple(_text(view.get(item)) for item in _items(view.key(private, "/Signers")))
        return Marker(_text(view.key(private, "/DocumentId")), _text(view.key(private, "/ContentSHA256")),
                      fields, signers)
    except (TypeError, ValueError, AttributeError):
        return None


@dataclass
class Parts:
    """Where things are in one view: fields by name, pages, the AcroForm."""

    root: int | None
    acroform: int | None = None
    fields: dict[str, int] = field(default_factory=dict)  # name → field (= widget) object number
    other_fields: list[int] = field(default_factory=list)  # fields that are not Samverka's signature fields
    pages: list[int] = field(default_factory=list)
    annots_arrays: set[int] = field(default_factory=set)  # indirect /Annots arrays
    annotations: dict[int, int] = field(default_factory=dict)  # annotation object → page object


def parts(view: View, marker: Marker | None) -> Parts:
    found = Parts(view.root_number())
    root = view.root()
    acroform_ref = dict.get(root, "/AcroForm") if isinstance(root, dict) else None
    found.acroform = ref_number(acroform_ref)
    acroform = view.get(acroform_ref)
    listed = set(marker.fields) if marker else set()
    for ref in _items(view.key(acroform, "/Fields")):
        number = ref_number(ref)
        value = view.get(ref)
        name = _text(view.key(value, "/T"))
        if (number is not None and isinstance(value, dict) and view.key(value, "/FT") == "/Sig"
                and "/Kids" not in value and name in listed and name not in found.fields):
            found.fields[name] = number
        elif number is not None:
            found.other_fields.append(number)
        else:
            found.other_fields.append(-1)
    _walk_pages(view, dict.get(root, "/Pages") if isinstance(root, dict) else None, found, set(), 0)
    return found


def _walk_pages(view: View, ref: Any, found: Parts, seen: set[int], depth: int) -> None:
    number = ref_number(ref)
    if number is None or number in seen or depth > 64 or len(seen) > _MAX_PAGES:
        return
    seen.add(number)
    node = view.get(ref)
    if not isinstance(node, dict):
        return
    if view.key(node, "/Type") == "/Pages" or "/Kids" in node:
        for kid in _items(view.key(node, "/Kids")):
            _walk_pages(view, kid, found, seen, depth + 1)
        return
    found.pages.append(number)
    annots_ref = dict.get(node, "/Annots")
    if ref_number(annots_ref) is not None:
        found.annots_arrays.add(ref_number(annots_ref) or 0)
    for annot in _items(view.get(annots_ref)):
        annot_number = ref_number(annot)
        found.annotations[annot_number if annot_number is not None else -len(found.annotations) - 1] = number


# --- what the signers saw -----------------------------------------------------------------------------------------
def foreign_content(view: View, marker: Marker | None) -> list[Problem]:
    """Fields, annotations and active content that Samverka does not make."""
    problems: list[Problem] = []
    if marker is None:
        return [_p("not_samverka", "PDF-filen är inte en överenskommelse som Samverka har förberett för underskrift",
                   "the PDF is not an agreement that Samverka prepared for signing")]
    found = parts(view, marker)
    root = view.root()
    acroform = view.get(dict.get(root, "/AcroForm")) if isinstance(root, dict) else None
    if found.other_fields:
        problems.append(_p("foreign_field", "dokumentet har formulärfält som Samverka inte har skapat",
                           "the document has form fields that Samverka did not make"))
    missing = [name for name in marker.fields if name not in found.fields]
    if missing:
        problems.append(_p("field_missing", f"underskriftsfält saknas: {', '.join(missing)}",
                           f"signature fields are missing: {', '.join(missing)}"))
    widgets = set(found.fields.values())
    for annot, _page in found.annotations.items():
        if annot in widgets:
            continue
        value = view.get_number(annot) if annot >= 0 else None
        if not (isinstance(value, dict) and view.key(value, "/Subtype") == "/Link" and "/AP" not in value
                and not _active(view, value)):
            problems.append(_p("foreign_annotation", "dokumentet har anteckningar som Samverka inte har skapat",
                               "the document has annotations that Samverka did not make"))
            break
    active = _active(view, root) or (isinstance(acroform, dict) and "/XFA" in acroform)
    names = view.key(root, "/Names")
    if isinstance(names, dict) and "/JavaScript" in names:
        active = True
    for number in list(found.pages) + list(widgets):
        if _active(view, view.layout.lookup(number, view.upto)):
            active = True
    if active:
        problems.append(_p("active_content", "dokumentet innehåller skript eller XFA-formulär som kan ändra det som "
                           "visas", "the document contains scripts or XFA forms that can change what is shown"))
    if isinstance(root, dict) and "/OCProperties" in root:
        problems.append(_p("layers", "dokumentet har lager (valfritt innehåll) som kan visa olika innehåll på "
                           "skärm och papper", "the document has layers (optional content) that can show different "
                           "content on screen and on paper"))
    if _dangling(view):
        problems.append(_p("dangling_reference", "dokumentet hänvisar till objekt som inte finns (de kan läggas "
                           "till efter underskriften)", "the document refers to objects that do not exist (they "
                           "could be added after the signature)"))
    if isinstance(acroform, dict) and view.key(acroform, "/NeedAppearances") is True:
        problems.append(_p("need_appearances", "formuläret ber läsaren rita om fälten (NeedAppearances)",
                           "the form asks the reader to redraw its fields (NeedAppearances)"))
    return problems


def _dangling(view: View) -> bool:
    """Does anything reachable from the trailer refer to an object that is not there?

    Such a reference draws nothing when signed, but a later update could define the object without changing any
    signed object: every reference in the signed document must resolve.
    """
    pending = [number for key in ("/Root", "/Info") for number in _refs(dict.get(view.trailer, key))]
    seen: set[int] = set()
    while pending:
        number = pending.pop()
        if number in seen:
            continue
        seen.add(number)
        if not view.in_use(number):
            return True
        pending.extend(_refs(view.get_number(number)))
    return False


def _active(view: View, value: Any) -> bool:
    """An additional-actions dictionary, or an action that is not a plain go-to/URI link."""
    if not isinstance(value, dict):
        return False
    if "/AA" in value:
        return True
    for key in ("/A", "/OpenAction"):
        action = view.key(value, key)
        if isinstance(action, dict) and view.key(action, "/S") not in ("/GoTo", "/URI"):
            return True
    return False


# --- one signature's coverage ---------------------------------------------------------------------------------------
def _coverage(layout: Layout, field_name: str, sig_number: int) -> tuple[Revision | None, list[Problem]]:
    """Byte-level checks of one signature; returns the revision it signs (None if there is none)."""
    data = layout.data
    home = layout.defined_in(sig_number)
    if home is None or home.entries[sig_number].kind != "n":
        return None, [_p("signature_missing", "underskriftsobjektet finns inte i filen",
                         "the signature object is not in the file")]
    sig = home.bodies[sig_number].value
    if not isinstance(sig, dict):
        return None, [_p("signature_damaged", "underskriftsobjektet är inte en ordlista",
                         "the signature object is not a dictionary")]
    byte_range = dict.get(sig, "/ByteRange")
    values = _items(byte_range)
    if not isinstance(byte_range, list) or len(values) != 4 or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    ):
        return None, [_p("byterange_missing", "underskriften saknar ett giltigt /ByteRange",
                         "the signature has no valid /ByteRange")]
    start, a, b, c = (int(v) for v in values)
    contents = dict.get(sig, "/Contents")
    raw = getattr(contents, "original_bytes", None)
    if not isinstance(raw, bytes) or not raw.strip(b"\x00"):
        return None, [_p("contents_missing", "underskriften saknar innehåll (/Contents är tomt eller saknas)",
                         "the signature has no content (/Contents is empty or missing)")]
    if start != 0 or not 0 < a < b or c < 0 or b + c > len(data):
        return None, [_p("byterange_shape", "/ByteRange har fel form (måste vara [0 a b c] med a < b)",
                         "/ByteRange has the wrong shape (must be [0 a b c] with a < b)")]
    signed = layout.revision_ending_at(b + c)
    if signed is None:
        return None, [_p("byterange_end", "det underskrivna området slutar inte där en version av filen slutar",
                         "the signed range does not end where a revision of the file ends")]
    gap = _HEX.fullmatch(data, a, b)
    if gap is None or bytes.fromhex(gap.group(1).decode("ascii")) != raw:
        return signed, [_p("gap", "luckan i det underskrivna området innehåller annat än underskriften "
                           "(signaturomslag)", "the gap in the signed range holds more than the signature "
                           "(signature wrapping)")]
    body = home.bodies[sig_number]
    if home is not signed or not body.start < a < b <= body.end or not data[:a].rstrip(_WS).endswith(b"/Contents"):
        return signed, [_p("gap_owner", "luckan i det underskrivna området hör inte till det här "
                           "underskriftsobjektet (signaturomslag)", "the gap in the signed range does not belong to "
                           "this signature object (signature wrapping)")]
    _ = field_name
    return signed, []


def _docmdp(view: View, sig: Any) -> int | None:
    """The DocMDP permission (1–3) if this signature certifies, else None."""
    for reference in _items(view.key(sig, "/Reference")):
        ref = view.get(reference)
        if view.key(ref, "/TransformMethod") == "/DocMDP":
            params = view.key(ref, "/TransformParams")
            level = view.key(params, "/P")
            return int(level) if isinstance(level, int) else 2
    return None


# --- what a later revision may change ---------------------------------------------------------------------------------
def _signature_revision(layout: Layout, index: int, marker: Marker | None) -> tuple[str | None, list[Problem]]:
    """The field a later revision signs, and what it does beyond that (empty if it is a clean Samverka signature)."""
    before, after = View(layout, index - 1), View(layout, index)
    revision = layout.revisions[index]
    old, new_parts = parts(before, marker), parts(after, marker)
    problems: list[Problem] = []
    if revision.freed:
        problems.append(_p("objects_deleted", "objekt togs bort efter underskriften",
                           "objects were removed after the signature"))
    if not same(dict.get(before.trailer, "/Root"), dict.get(revision.trailer, "/Root")):
        problems.append(_p("root_replaced", "dokumentets rot (katalog) byttes ut efter underskriften",
                           "the document's root (catalog) was replaced after the signature"))
    if not same(dict.get(before.trailer, "/Info"), dict.get(revision.trailer, "/Info")):
        problems.append(_p("info_replaced", "dokumentinformationen (titel, författare) byttes ut efter underskriften",
                           "the document information (title, author) was replaced after the signature"))
    changed = set(revision.in_use) - ({revision.xref_object} if revision.xref_object else set())
    fresh = {number for number in changed if not before.in_use(number)}
    redefined = changed - fresh
    signed_now = [name for name, number in old.fields.items()
                  if before.key(before.get_number(number), "/V") is None
                  and after.key(after.get_number(number), "/V") is not None]
    if len(signed_now) > 1:
        problems.append(_p("several_signatures", "flera underskriftsfält fylldes i samma tillägg",
                           "several signature fields were filled in the same update"))
    target = signed_now[0] if len(signed_now) == 1 else None
    target_number = old.fields.get(target) if target else None
    for number in sorted(redefined):
        problem = _classify(before, after, number, target_number, old)
        if problem is not None:
            problems.append(problem)
    if new_parts.fields != old.fields or len(new_parts.other_fields) != len(old.other_fields):
        problems.append(_p("field_added", "ett nytt formulärfält har lagts till efter underskriften",
                           "a new form field was added after the signature"))
    if target is None and not problems:
        problems.append(_p("unsigned_update", "filen har ändrats efter underskriften utan en ny underskrift",
                           "the file was changed after the signature without a new signature"))
    if target_number is not None:
        problems.extend(_new_objects(after, target_number, fresh))
        sig = after.key(after.get_number(target_number), "/V")
        if _docmdp(after, sig) is not None:
            problems.append(_p("late_certification", "en senare underskrift försöker certifiera dokumentet",
                               "a later signature tries to certify the document"))
    elif fresh and not problems:
        problems.append(_p("objects_added", "objekt har lagts till efter underskriften",
                           "objects were added after the signature"))
    return target, problems


def _classify(before: View, after: View, number: int, target: int | None, old: Parts) -> Problem | None:
    was, now = before.get_number(number), after.get_number(number)
    if number == target:
        if (isinstance(was, dict) and isinstance(now, dict) and _same_dict(was, now, 0, frozenset({"/V", "/AP"}))
                and ref_number(dict.get(now, "/V")) is not None):
            return None
        return _p("signing_beyond_field", "underskriftsfältet ändrades mer än vad en underskrift får",
                  "the signature field was changed beyond what signing may change")
    if number == old.acroform:
        if isinstance(was, dict) and isinstance(now, dict) and _same_dict(was, now, 0, frozenset({"/SigFlags"})):
            return None
        if not (isinstance(was, dict) and isinstance(now, dict)
                and same(dict.get(was, "/Fields"), dict.get(now, "/Fields"))):
            return _p("field_added", "ett nytt formulärfält har lagts till efter underskriften",
                      "a new form field was added after the signature")
        return _p("form_changed", "formulärets inställningar ändrades efter underskriften",
                  "the form's settings were changed after the signature")
    if number == old.root:
        if _declarations_only(before, was, now):
            return None
        return _p("catalog_changed", "dokumentets katalog ändrades efter underskriften",
                  "the document's catalog was changed after the signature")
    if number in old.fields.values() or number in old.other_fields or (isinstance(was, dict) and "/FT" in was):
        value_changed = not (isinstance(was, dict) and isinstance(now, dict)
                             and same(dict.get(was, "/V"), dict.get(now, "/V")))
        if value_changed and number in old.fields.values():
            return _p("signature_replaced", "en underskrift byttes ut efter underskriften",
                      "a signature was replaced after the signature")
        if value_changed:
            return _p(*FORM_FILLED)
        if number in old.fields.values():
            return _p("signed_field_changed", "ett underskriftsfält ändrades efter underskriften",
                      "a signature field was changed after the signature")
        return _p("field_changed", "ett formulärfält ändrades efter underskriften",
                  "a form field was changed after the signature")
    if number in old.pages or number in old.annots_arrays:
        if (number in old.annots_arrays or not isinstance(was, dict) or not isinstance(now, dict)
                or not same(dict.get(was, "/Annots"), dict.get(now, "/Annots"))):
            return _p("annotation_added", "en kommentar eller annan anteckning har lagts till eller ändrats efter "
                      "underskriften", "a comment or other annotation was added or changed after the signature")
        return _p("page_changed", "en sida ändrades efter underskriften", "a page was changed after the signature")
    if number in old.annotations:
        return _p("annotation_changed", "en anteckning ändrades efter underskriften",
                  "an annotation was changed after the signature")
    return _p("object_changed", f"innehåll (objekt {number}) skrevs över efter underskriften",
              f"content (object {number}) was overwritten after the signature")


def _declarations_only(before: View, was: Any, now: Any) -> bool:
    """A catalog change a signature may make: a higher /Version and added /Extensions declarations.

    pyHanko declares PDF 2.0 and the ISO 32002 extension when it makes an ECDSA signature. Neither can change what
    a page shows; every other catalog entry must stay as it was.
    """
    if not (isinstance(was, dict) and isinstance(now, dict)):
        return False
    if not _same_dict(was, now, 0, frozenset({"/Version", "/Extensions"})):
        return False
    old_version, new_version = _text(dict.get(was, "/Version")), _text(dict.get(now, "/Version"))
    if old_version != new_version and not (new_version and _version(new_version) > _version(old_version)):
        return False
    old_ext, new_ext = before.get(dict.get(was, "/Extensions")), dict.get(now, "/Extensions")
    if ref_number(new_ext) is not None or (old_ext is not None and not isinstance(old_ext, dict)):
        return False
    if new_ext is None:
        return old_ext is None
    if not isinstance(new_ext, dict):
        return False
    for key, value in (old_ext or {}).items():
        kept = dict.get(new_ext, key)
        if not (same(value, kept) or (isinstance(kept, list) and any(same(value, item) for item in _items(kept)))):
            return False
    return all(ref_number(item) is None for value in dict.values(new_ext) for item in [value, *_items(value)])


def _version(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.lstrip("/").split("."))
    except ValueError:
        return (0,)


def _new_objects(after: View, target: int, fresh: set[int]) -> list[Problem]:
    """New objects must be the new signature and its appearance, and may only refer to objects that exist."""
    field_value = after.get_number(target)
    roots = [dict.get(field_value, "/V"), dict.get(field_value, "/AP")]
    reached: set[int] = set()
    pending = [number for value in roots for number in _refs(value)]
    dangling = False
    while pending:
        number = pending.pop()
        if number in reached:
            continue
        if number not in fresh:
            dangling = dangling or not after.in_use(number)
            continue
        reached.add(number)
        pending.extend(_refs(after.get_number(number)))
    problems = []
    if fresh - reached:
        problems.append(_p("objects_added", "objekt som inte hör till den nya underskriften lades till",
                           "objects that do not belong to the new signature were added"))
    if dangling:
        problems.append(_p("dangling_reference", "den nya underskriften hänvisar till objekt som inte finns",
                           "the new signature refers to objects that do not exist"))
    return problems


# --- the whole check ------------------------------------------------------------------------------------------------
def analyse(pdf: bytes) -> IntegrityReport:
    """Samverka's own verdict on structure, coverage and changes. Never raises for any input."""
    return analyse_with_layout(pdf)[0]


def analyse_with_layout(pdf: bytes) -> tuple[IntegrityReport, Layout | None]:
    """The verdict, and the scanned layout when the structure was acceptable (its objects may then be lent to
    pyHanko's reader: see shared_objects)."""
    try:
        layout = scan(pdf)
    except StructureError as exc:
        return IntegrityReport((Problem("structure", Text(
            f"filens uppbyggnad kan inte godtas: {exc.text.sv}", f"the file's structure is not acceptable: "
            f"{exc.text.en}")),), structure_ok=False), None
    try:
        return _analyse(layout), layout
    except Exception:  # a file that passed the scan but trips the analysis: refuse it, and log it as our bug
        log.exception("the change analysis failed on a file that passed the structure scan")
        return IntegrityReport((_p("unchecked", "kontrollen kunde inte slutföras för den här filen",
                                   "the check could not be completed for this file"),), structure_ok=False), None


def _analyse(layout: Layout) -> IntegrityReport:
    last = len(layout.revisions) - 1
    final = View(layout, last)
    marker = read_marker(final)
    final_parts = parts(final, marker)
    signed: list[tuple[int, str, int, list[Problem]]] = []  # (revision, field, sig object, problems)
    unsigned: list[str] = []
    acroform = final.get(dict.get(final.root(), "/AcroForm")) if isinstance(final.root(), dict) else None
    for ref in _items(final.key(acroform, "/Fields")):
        value = final.get(ref)
        if not isinstance(value, dict) or final.key(value, "/FT") != "/Sig":
            continue
        name = _text(final.key(value, "/T"))
        sig_ref = dict.get(value, "/V")
        if sig_ref is None:
            unsigned.append(name)
            continue
        sig_number = ref_number(sig_ref)
        if sig_number is None:
            signed.append((last + 1, name, 0, [_p("signature_damaged", "underskriften är inte ett eget objekt",
                                                  "the signature is not an object of its own")]))
            continue
        revision, problems = _coverage(layout, name, sig_number)
        signed.append((revision.index if revision else last + 1, name, sig_number, problems))
    signed.sort(key=lambda item: item[0])
    document: list[Problem] = []
    good = [item for item in signed if item[0] <= last and not item[3]]
    first = good[0][0] if good else None
    document.extend(foreign_content(View(layout, first if first is not None else last), marker))
    if first is not None and first > 0 and len(good) == len(signed):
        prepared = parts(View(layout, first - 1), marker)
        prepared_view = View(layout, first - 1)
        if any(prepared_view.key(prepared_view.get_number(number), "/V") is not None
               for number in prepared.fields.values()):
            document.append(_p("signed_before", "fältet var redan ifyllt innan den första underskriften",
                               "a field was already filled in before the first signature"))
    later: dict[int, list[Problem]] = {}
    made_by: dict[int, str | None] = {}
    if first is not None:
        for index in range(first + 1, last + 1):
            made_by[index], later[index] = _signature_revision(layout, index, marker)
    facts = []
    seen_revisions: set[int] = set()
    for position, (revision_index, name, sig_number, problems) in enumerate(signed):
        problems = list(problems)
        certifies, level = False, None
        if revision_index <= last:
            view = View(layout, revision_index)
            sig = view.get_number(sig_number)
            level = _docmdp(view, sig)
            certifies = level is not None
            if revision_index in seen_revisions:
                problems.append(_p("shared_revision", "två underskrifter slutar i samma version av filen",
                                   "two signatures end in the same revision of the file"))
            seen_revisions.add(revision_index)
            if marker is not None and name not in marker.fields:
                problems.append(_p("field_not_listed", "underskriften ligger i ett fält som inte finns i "
                                   "underskriftsbilagan", "the signature is in a field the signing record does not "
                                   "list"))
            elif revision_index in made_by and made_by[revision_index] != name:
                problems.append(_p("signature_overridden", "underskriften hör inte till det fält som skrevs under "
                                   "i sin version", "the signature does not belong to the field signed in its "
                                   "revision"))
            if position == 0 and not problems:
                if level is None:
                    problems.append(_p("not_certified", "den första underskriften låser inte överenskommelsen (ingen "
                                       "certifiering)", "the first signature does not lock the agreement (it does "
                                       "not certify)"))
                elif level != 2:
                    problems.append(_p("wrong_docmdp", "den första underskriften tillåter andra ändringar än "
                                       f"underskrifter (DocMDP {level})", "the first signature allows other changes "
                                       f"than signatures (DocMDP {level})"))
            for index in range(revision_index + 1, last + 1):
                if later.get(index):
                    problems.extend(problem for problem in later[index] if problem not in problems)
                    break
                if index not in later:
                    problems.append(_p("not_checked", "ändringarna efter underskriften kunde inte kontrolleras",
                                       "the changes after the signature could not be checked"))
                    break
        elif name not in final_parts.fields and marker is not None:
            problems.append(_p("field_not_listed", "underskriften ligger i ett fält som inte finns i "
                               "underskriftsbilagan", "the signature is in a field the signing record does not list"))
        facts.append(SignatureFacts(name, sig_number, revision_index, certifies, level, tuple(problems)))
    return IntegrityReport(tuple(document), tuple(facts), tuple(unsigned), marker, len(layout.revisions))
