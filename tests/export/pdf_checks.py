"""Independent checks of a PDF with poppler and qpdf (the tools a reader's machine would use)."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

MM_AT_30DPI = 30 / 25.4
# User text the document tests put into the demo: a right-to-left name and text that looks like markup.
ARABIC_NAME = "محمد الأحمد"
MARKUP = "<b>fet</b> & <font color='red'>röd</font>"


def text_of(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """pdftotext's text, NFKC-normalised so shaped Arabic letters compare equal to the logical name."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    text = unicodedata.normalize("NFKC", out).replace("\u202b", "").replace("\u202c", "")
    # pdftotext puts RTL runs in logical order but reverses the two letters of a lam-alef ligature glyph
    # ("لأ" comes out "أل"); undo that quirk so the name compares equal.
    text = text.replace("\u0623\u0644", "\u0644\u0623")
    return " ".join(text.split())


def fonts_embedded(pdf: Path) -> list[tuple[str, bool]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [subtype...] encoding emb sub uni object ID: "emb" is the 5th column from the end.
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def qpdf_ok(pdf: Path) -> bool:
    result = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    return result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout


def pages_with_content(pdf: Path, folder: Path) -> list[bool]:
    """For every page: are there dark pixels between the running header and footer?"""
    prefix = folder / "page"
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(prefix)], check=True)
    result = []
    for image in sorted(folder.glob("page-*.pgm")):
        width, height, pixels = _read_pgm(image)
        top, bottom = int(25 * MM_AT_30DPI), height - int(22 * MM_AT_30DPI)
        body = pixels[top * width : bottom * width]
        result.append(sum(1 for value in body if value < 200) > 20)
    return result


def _read_pgm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    fields: list[bytes] = []
    index = 0
    while len(fields) < 4:
        while data[index : index + 1].isspace():
            index += 1
        start = index
        while not data[index : index + 1].isspace():
            index += 1
        fields.append(data[start:index])
    index += 1
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[index : index + width * height]


def pdf_catalog(pdf: Path) -> dict[str, object]:
    """What the catalog says about accessibility and archiving: tags, language, XMP claims, pages."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
    root = reader.root
    xmp = root["/Metadata"].data.decode("utf-8", "replace") if "/Metadata" in root else ""
    pages = []
    for index in range(int(root["/Pages"]["/Count"])):
        page = reader.find_page_for_modification(index)[0].get_object()
        contents = page["/Contents"]
        streams = contents if isinstance(contents, list) else [contents]
        pages.append(b"".join(s.get_object().data for s in streams))
    return {
        "struct_tree": "/StructTreeRoot" in root,
        "marked": bool(root.get("/MarkInfo", {}).get("/Marked")),
        "lang": str(root.get("/Lang", "")),
        "xmp": xmp,
        "output_intents": "/OutputIntents" in root,
        "pages": pages,
    }


def unmarked_text(content: bytes) -> int:
    """How many text-showing operators stand outside any marked-content sequence (tag or artifact)."""
    import re

    depth = 0
    outside = 0
    for token in re.findall(rb"\b(BDC|BMC|EMC|Tj|TJ)\b|'|\"", content):
        if token in (b"BDC", b"BMC"):
            depth += 1
        elif token == b"EMC":
            depth -= 1
        elif token in (b"Tj", b"TJ") and depth <= 0:
            outside += 1
    return outside


def struct_text(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], capture_output=True).stdout
    return out.decode("utf-8", "replace")


def split_words(text: str, vocabulary: set[str]) -> list[str]:
    """Words broken across lines without a hyphen: "Förändrin|g" where "Förändring" is a word of the document."""
    import re

    found = []
    lines = [line.rstrip() for line in text.splitlines()]
    for line, following in zip(lines, lines[1:], strict=False):
        left = re.search(r"(\w+)$", line)
        right = re.match(r"\s*(\w+)", following)
        if not left or not right or line.endswith(("-", "\u00ad", "\u2010")):
            continue
        a, b = left.group(1), right.group(1)
        joined = (a + b).lower()
        if joined in vocabulary and (a.lower() not in vocabulary or b.lower() not in vocabulary):
            found.append(f"{a}|{b}")
    return found
