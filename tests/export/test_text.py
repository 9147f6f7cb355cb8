"""User text in PDFs: escaped, never markup; right-to-left runs in visual order, names kept on one line."""

from __future__ import annotations

from bidi import get_display

from samverka.export.pdf.text import markup, paragraphs, plain, visual


def test_markup_is_escaped() -> None:
    assert markup("<b>fet</b> & <font size=40>") == "&lt;b&gt;fet&lt;/b&gt; &amp; &lt;font size=40&gt;"
    assert markup("rad ett\nrad två") == "rad ett<br/>rad två"
    assert paragraphs("ett\n\n\ntvå") == ["ett", "två"]


def test_latin_text_is_unchanged() -> None:
    assert visual("Åsa Öberg, Łódź") == "Åsa Öberg, Łódź"


def test_rtl_runs_are_reordered_inside_ltr_text() -> None:
    shown = visual("Kontakt: محمد الأحمد (polis)")
    assert shown.startswith("Kontakt: ") and shown.endswith(" (polis)")
    name = shown[len("Kontakt: ") : -len(" (polis)")]
    assert "\u00a0" in name  # one unbreakable run
    assert get_display(name.replace("\u00a0", " ")) != name  # it is in visual, not logical, order


def test_hebrew_is_reordered_without_reshaping() -> None:
    assert visual("שלום") == "םולש"


def test_plain_drops_control_characters() -> None:
    assert plain("a\x00b\nc") == "ab c"
