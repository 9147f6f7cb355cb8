"""Render the Lund demo's documents for the README: every page of the agreement (docs/agreement/page-N.png), its
signature page after both signatories signed (signed-page-N.png) and the first page of every other document
(docs/documents/<kind>-1.png), with `pdftoppm -r 60`. Stale pages of a longer earlier agreement are removed.

    .venv/bin/python scripts/document_pictures.py [--out DIR]

Look at the pictures afterwards: they are what a reader of the README sees first.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OTHER_KINDS = ("actionplan", "promise", "promise-followup", "lagesbild", "report", "followup")
SAMVERKA = [sys.executable, "-m", "samverka.cli"]


def _run(*args: str) -> str:
    return subprocess.run([*SAMVERKA, *args], check=True, capture_output=True, text=True).stdout


def _render(pdf: Path, prefix: Path, first: int | None = None, last: int | None = None) -> None:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    subprocess.run(["pdftoppm", "-r", "60", "-png", *pages, str(pdf), str(prefix)], check=True)


def _unpad(folder: Path, stem: str) -> None:
    """pdftoppm pads page numbers to the page count's width (page-01.png): the README links page-1.png."""
    for path in folder.glob(f"{stem}-*.png"):
        match = re.fullmatch(rf"{re.escape(stem)}-0*(\d+)\.png", path.name)
        if match:
            path.rename(folder / f"{stem}-{int(match.group(1))}.png")


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def _signature_page(pdf: Path, pages: int) -> int:
    """The page with the signature blocks: the last page before the signing record that names 'Underskrift'."""
    for page in range(pages, 0, -1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        if "Namnförtydligande" in text:
            return page
    raise SystemExit("no signature page found")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="samverka-doc-pictures-"))
    os.environ["SAMVERKA_DATA_DIR"] = str(scratch)
    try:
        demo = scratch / "demo.samverka"
        _run("demo", str(demo))
        agreement_dir, documents_dir = args.out / "agreement", args.out / "documents"
        agreement_dir.mkdir(parents=True, exist_ok=True)
        documents_dir.mkdir(parents=True, exist_ok=True)

        pdf = scratch / "overenskommelse.pdf"
        _run("export", "agreement", str(demo), "-o", str(pdf))
        for stale in [*agreement_dir.glob("page-*.png"), *agreement_dir.glob("signed-page-*.png")]:
            stale.unlink()
        _render(pdf, agreement_dir / "page")
        _unpad(agreement_dir, "page")
        pages = _pages(pdf)
        page = _signature_page(pdf, pages)

        signed = pdf
        for number, name in enumerate(("Anna Lindqvist", "Johan Bergström"), start=1):
            out = scratch / f"signed-{number}.pdf"
            _run("sign", str(signed), "--field", f"Signatur{number}", "--self-signed", "--signer-name", name,
                 "-o", str(out))
            signed = out
        _render(signed, scratch / "signed", page, page)
        shutil.move(next(scratch.glob("signed-*.png")), agreement_dir / f"signed-page-{page}.png")

        for kind in OTHER_KINDS:
            target = scratch / f"{kind}.pdf"
            _run("export", kind, str(demo), "-o", str(target))
            for stale in documents_dir.glob(f"{kind}-*.png"):
                stale.unlink()
            _render(target, documents_dir / kind, 1, 1)
            _unpad(documents_dir, kind)
        print(f"agreement: {pages} pages, signatures on page {page}; first pages of {', '.join(OTHER_KINDS)}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
