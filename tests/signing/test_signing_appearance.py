"""The stamp shows å ä ö and names in any script: bundled DejaVu Sans, bidi for Arabic, Noto script fonts."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from samverka.export.signing._text import FONT, font_runs, register_fonts, visual
from samverka.export.signing.appearance import Appearance, render_appearance

NOW = dt.datetime(2026, 11, 25, 15, 4, tzinfo=dt.UTC)


def _fonts(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "stamp.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "stamp.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_swedish_letters_and_time(tmp_path: Path) -> None:
    pdf = render_appearance(Appearance("Åsa Öberg", "Säkerhetssamordnare", "Malmö stad"), 215, 42, NOW)
    text = _text(pdf, tmp_path)
    assert "Åsa Öberg" in text and "Säkerhetssamordnare, Malmö stad" in text and "2026-11-25" in text
    assert "DejaVuSans" in _fonts(pdf, tmp_path)


def test_arabic_name_is_joined_and_right_to_left() -> None:
    register_fonts()
    shown = visual("محمد علي")
    # Presentation forms (joined letters), and the first word in reading order is drawn last (rightmost).
    assert all(0xFE70 <= ord(c) <= 0xFEFF or c == " " for c in shown)
    assert shown.split(" ")[-1] != shown.split(" ")[0]
    assert [face for _, face in font_runs(shown, FONT)] == [FONT], "DejaVu has every glyph: no tofu"
    assert visual("Anna 2026-11-25") == "Anna 2026-11-25", "text without RTL is never reordered"


@pytest.mark.parametrize(("name", "font"), [("สมชาย ใจดี", "NotoSansThai"), ("अनीता शर्मा", "NotoSansDevanagari")])
def test_other_scripts_use_an_installed_script_font(name: str, font: str, tmp_path: Path) -> None:
    pdf = render_appearance(Appearance(name, "Kommunpolis", "Polisen"), 215, 60, NOW)
    fonts = _fonts(pdf, tmp_path)
    if font not in fonts and not list(Path("/usr/share/fonts").rglob(f"{font}-Regular.ttf")):
        pytest.skip(f"{font} is not installed (fonts-noto-core)")
    assert font in fonts


def test_self_signed_note_and_image_fit_a_signature_line(tmp_path: Path, signature_png: Path) -> None:
    pdf = render_appearance(
        Appearance("Anna Lindqvist", "Kommunstyrelsens ordförande", "Lunds kommun", signature_png.read_bytes(),
                   self_signed=True), 216, 42, NOW,
    )
    text = " ".join(_text(pdf, tmp_path).split())
    assert "Självskapat certifikat: visar att dokumentet är oförändrat, inte vem som skrev under." in text
    info = subprocess.run(["pdfinfo", str(tmp_path / "stamp.pdf")], capture_output=True, text=True).stdout
    assert "216 x 42 pts" in info
