"""Which exports there are and which formats each takes: plain tables, so the command line can offer them
without loading the exporters."""

from __future__ import annotations

PDF_DOCUMENTS = ("agreement", "actionplan", "promise", "promise-followup", "lagesbild", "report", "followup")
# Drafts for circulation on remiss (comments in a word processor); the final versions stay PDF.
DOCX_DOCUMENTS = ("agreement", "actionplan")
# Which formats each export takes; the command line picks the format from the output file's suffix.
FORMATS: dict[str, tuple[str, ...]] = {
    **{what: ("pdf",) for what in PDF_DOCUMENTS},
    **{what: ("pdf", "docx") for what in DOCX_DOCUMENTS},
    "actions": ("xlsx", "csv"),
    "json": ("json",),
    "calendar": ("ics",),
}
