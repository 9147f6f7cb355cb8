"""User text as printed: hostile Typst syntax stays text, right-to-left names keep their order, quotes are
typographic, characters no bundled font has become "�" (never an empty box), long tokens can wrap."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from pdf_checks import qpdf_ok, split_words, text_of

from samverka.export.pdf.textprep import REPLACEMENT, prepare, quotes

HOSTILE = ('#import "x.typ": * $x^2$ *fet* _kursiv_ ] ) } #read("/etc/passwd") #eval("1+1") '
           '#set page(width: 1pt) = Rubrik <label> @ref \\ // kommentar /* block')


def test_quotes_follow_the_language() -> None:
    assert quotes('Han sa "hej" och \'då\'', "sv") == "Han sa \u201dhej\u201d och \u2019då\u2019"
    assert quotes('He said "hi" and \'bye\'', "en") == "He said \u201chi\u201d and \u2018bye\u2019"


def test_unknown_characters_become_the_replacement_character() -> None:
    assert prepare("Trygg 😀 漢字 محمد") == "Trygg 😀 漢字 محمد"  # emoji (Symbola/DejaVu), CJK, Arabic
    assert prepare("Ny emoji \U0001FAE8 och").endswith(f"{REPLACEMENT} och")
    assert prepare("styr\x00tecken\x07") == "styrtecken"


def test_long_tokens_get_break_opportunities() -> None:
    url = "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/lund/"
    shown = prepare(url)
    assert shown.replace("\u200b", "") == url and "\u200b" in shown
    assert prepare("Kommunstyrelsen") == "Kommunstyrelsen"


def test_split_word_check_finds_a_split_without_hyphen() -> None:
    vocabulary = {"förändring", "omfattning", "brott"}
    assert split_words("En stor förändrin\ng av läget", vocabulary) == ["förändrin|g"]
    assert split_words("En stor förän\u00ad\ndring", vocabulary) == []
    assert split_words("ett brott\nomfattning", vocabulary) == []


def test_hostile_text_prints_literally_in_every_field(demo_db: Any, tmp_path: Path) -> None:
    from samverka.core import action_plan_service, agreement_service, crud
    from samverka.core.export_service import document
    from samverka.export.pdf import build_pdf

    draft, _ = agreement_service.current_draft(demo_db)
    signatory = crud.list_rows(demo_db, "signatory", agreement_id=draft)[0]
    crud.update(demo_db, "signatory", signatory.id, {"name": HOSTILE, "title": "محمد الأحمد"})
    crud.update(demo_db, "collaboration", demo_db.collaboration_id(), {"overall_goal": HOSTILE})
    measure = crud.list_rows(demo_db, "measure")[0]
    crud.update(demo_db, "measure", measure.id, {"title": HOSTILE})
    action_plan_service.update_draft(demo_db, {"paragraph": "§ 12"})  # a new plan version shows the change
    for what in ("agreement", "actionplan"):
        pdf = tmp_path / f"{what}.pdf"
        pdf.write_bytes(build_pdf(document(demo_db, what)).data)
        assert qpdf_ok(pdf)
        text = text_of(pdf).replace(" ", "").replace("\u200b", "")
        assert HOSTILE.replace(" ", "").replace('"', "\u201d") in text, what
        assert "root:" not in text and "1pt" not in text.replace("width:1pt", "")
        size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert "595.276 x 841.89" in size  # the #set page(...) in the text changed nothing


def test_emoji_and_cjk_in_a_document(demo_db: Any, tmp_path: Path) -> None:
    from samverka.core import crud
    from samverka.core.export_service import document
    from samverka.export.pdf import build_pdf

    crud.update(demo_db, "collaboration", demo_db.collaboration_id(),
                {"lagesbild_summary": "Trygghet 😀 ✓ 漢字 한국어 \U0001FAE8 \U000E0001 слово ελληνικά עברית"})
    doc = document(demo_db, "lagesbild")
    pdf = tmp_path / "l.pdf"
    pdf.write_bytes(build_pdf(doc).data)
    text = text_of(pdf)
    assert "😀" in text and "漢字" in text and "한국어" in text and REPLACEMENT in text and "слово" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts

