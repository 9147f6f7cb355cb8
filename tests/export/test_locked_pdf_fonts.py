"""The locked agreement as stored (its last page the signing record) embeds every font it uses."""

from __future__ import annotations

import subprocess
from pathlib import Path

from samverka.core import crud
from samverka.models.db import Database


def test_stored_locked_agreement_embeds_all_fonts(demo_db: Database, tmp_path: Path) -> None:
    locked = [a for a in crud.list_rows(demo_db, "agreement") if a.status != "utkast"]
    assert locked and locked[0].pdf
    pdf = tmp_path / "locked.pdf"
    pdf.write_bytes(locked[0].pdf)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows
    assert all(row[-5] == "yes" for row in rows), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Underskriftsbilaga" in text and "Signing record" not in text and "avtal" not in text.lower()
