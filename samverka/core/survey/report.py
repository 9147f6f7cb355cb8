"""What an import would do, shown before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from samverka.core.survey.quality import is_uncertain
from samverka.errors import Text, excerpt, language
from samverka.vocab import VALUE_TYPES, label


@dataclass(slots=True)
class SurveyRecord:
    """One value to store, in the long format of domain.md (d)."""

    row: int
    survey: str
    year: int
    area_code: str
    area_name: str
    group: str
    item_code: str
    item_label: str
    value_type: str
    value: float
    breakdown: str
    n_respondents: int | None
    n_sent: int | None
    response_rate: float | None
    source: str

    @property
    def uncertain(self) -> bool:
        return is_uncertain(self.n_respondents)


@dataclass(frozen=True)
class Rejection:
    """A row (or, in a wide sheet, a cell) that cannot be imported, and why."""

    row: int
    column: str
    reason: Text
    value: str = ""

    def describe(self) -> str:
        english = language() == "en"
        where = f"{'row' if english else 'rad'} {self.row}"
        if self.column:
            where += f", {'column' if english else 'kolumn'} {excerpt(self.column, 40)}"
        shown = f" ({excerpt(repr(self.value), 40)})" if self.value else ""  # never a whole cell of the file
        return f"{where}{shown}: {self.reason}"


@dataclass
class ImportReport:
    file_name: str
    layout: str
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 0
    rows_read: int = 0
    accepted: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    skipped: list[Rejection] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)
    preview: list[SurveyRecord] = field(default_factory=list)
    new_areas: list[tuple[str, str]] = field(default_factory=list)
    alias_matches: list[tuple[str, str]] = field(default_factory=list)
    to_insert: int = 0
    to_replace: int = 0
    unchanged: int = 0
    replaced_examples: list[tuple[str, float, float]] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.rejections)

    @property
    def uncertain(self) -> int:
        return sum(1 for record in self.preview if record.uncertain)


def number(value: float) -> str:
    """A survey value as the reader's language writes it: "1,87" in Swedish, "1.87" in English."""
    text = f"{value:g}"
    return text if language() == "en" else text.replace(".", ",").replace("-", "−")


LAYOUT_NAMES = {
    "long": Text("långformat (ett värde per rad)", "long format (one value per row)"),
    "areas_as_rows": Text("brett: områden som rader, frågor som kolumner", "wide: areas as rows, items as columns"),
    "items_as_rows": Text("brett: frågor som rader, områden som kolumner", "wide: items as rows, areas as columns"),
}


def format_report(report: ImportReport, *, max_lines: int = 50) -> str:
    """The report as plain text for the command line and the dialog."""
    en = language() == "en"
    lines = [
        f"{'File' if en else 'Fil'}: {report.file_name}" + (f" [{report.sheet}]" if report.sheet else ""),
        f"{'Layout' if en else 'Format'}: {LAYOUT_NAMES.get(report.layout, Text(report.layout, report.layout))}"
        f" ({'header on row' if en else 'rubrikrad'} {report.header_row})",
        f"{'Rows read' if en else 'Rader lästa'}: {report.rows_read}",
        f"{'Values accepted' if en else 'Värden godtagna'}: {report.accepted}",
        f"{'Rejected' if en else 'Avvisade'}: {report.rejected}",
        f"{'Empty (missing value, skipped)' if en else 'Tomma (saknat värde, hoppas över)'}: {len(report.skipped)}",
    ]
    if report.accepted:
        lines.append(
            (f"New: {report.to_insert}, replacing earlier values: {report.to_replace}, unchanged: {report.unchanged}")
            if en
            else f"Nya: {report.to_insert}, ersätter tidigare värden: {report.to_replace}, oförändrade: "
            f"{report.unchanged}"
        )
    same = "the value is the same, other details change" if en else "samma värde, övriga uppgifter ändras"
    lines += [f"  {key}: {number(old)} → {number(new)}" if old != new else f"  {key}: {number(new)} ({same})"
              for key, old, new in report.replaced_examples[:10]]
    if report.new_areas:
        label = "New areas to be created" if en else "Nya områden som skapas"
        lines.append(f"{label}: " + ", ".join(f"{name} ({code})" for code, name in report.new_areas))
    for given, area in report.alias_matches:
        lines.append(f"  {given} → {area}" + (" (alias)" if en else " (tidigare namn)"))
    lines += [f"* {note}" for note in report.notes]
    if report.rejections:
        lines.append("Rejected rows:" if en else "Avvisade rader:")
        lines += [f"  {r.describe()}" for r in report.rejections[:max_lines]]
        if report.rejected > max_lines:
            more = report.rejected - max_lines
            lines.append(f"  … {more} more" if en else f"  … ytterligare {more}")
    if report.skipped:
        lines.append("Empty cells (not imported):" if en else "Tomma celler (importeras inte):")
        lines += [f"  {r.describe()}" for r in report.skipped[:10]]
        if len(report.skipped) > 10:
            more = len(report.skipped) - 10
            lines.append(f"  … {more} more" if en else f"  … ytterligare {more}")
    if report.preview:
        lines.append("Preview:" if en else "Förhandsvisning:")
        lines += [f"  {_preview_line(r)}" for r in report.preview[:10]]
    return "\n".join(lines)


def _preview_line(record: SurveyRecord) -> str:
    flag = (" (n<30, uncertain)" if language() == "en" else " (n<30, osäkert)") if record.uncertain else ""
    return (
        f"{record.year} {record.area_code} {record.area_name} | {record.item_code} {record.item_label} | "
        f"{label(VALUE_TYPES, record.value_type)} {record.breakdown}: {number(record.value)}{flag}"
    )
