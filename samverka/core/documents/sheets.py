"""The action plan, goals and indicators as spreadsheet tables (for XLSX and CSV export)."""

from __future__ import annotations

from samverka import vocab
from samverka.core.documents.common import label, read
from samverka.core.documents.survey import indicator_series
from samverka.export.tabular import Cell, Sheet
from samverka.models.db import Database

SHEET_TABLES = (
    "collaboration", "organisation", "person", "area", "problem", "cause", "measure", "measure_cause",
    "measure_technique", "scp_technique", "goal", "indicator", "measurement", "survey_result",
)


def action_plan_sheets(db: Database) -> tuple[Sheet, ...]:
    data = read(db, SHEET_TABLES)
    causes = data.by_id("cause")
    techniques = data.by_id("scp_technique")
    cause_text: dict[int, list[str]] = {}
    for link in data.of("measure_cause"):
        if link.cause_id in causes:
            cause_text.setdefault(link.measure_id, []).append(causes[link.cause_id].text)
    technique_text: dict[int, list[str]] = {}
    for link in data.of("measure_technique"):
        if link.technique_id in techniques:
            technique_text.setdefault(link.measure_id, []).append(
                f"{link.technique_id} {techniques[link.technique_id].name_sv}")
    actions: list[tuple[Cell, ...]] = []
    for number, m in enumerate(data.of("measure"), start=1):
        actions.append((
            number, data.name("problem", m.problem_id, "title"), m.title, m.description,
            data.name("organisation", m.responsible_org_id), data.name("person", m.responsible_person_id),
            m.partners, m.place, m.start, m.end, m.frequency, label(vocab.PREVENTION_TYPES, m.prevention_type),
            label(vocab.HORIZONS, m.horizon), label(vocab.EVIDENCE_NOTES, m.evidence_note),
            label(vocab.MEASURE_STATUS, m.status), "\n".join(cause_text.get(m.id, [])),
            "\n".join(technique_text.get(m.id, [])), m.resources_sek, m.resources_hours,
            "ja" if m.is_citizen_promise else "nej",
        ))
    goals: list[tuple[Cell, ...]] = [
        (data.name("problem", g.problem_id, "title"), label(vocab.GOAL_TYPES, g.type), g.text,
         data.name("indicator", g.indicator_id), g.baseline_value, g.baseline_date, g.target_value, g.target_date,
         "ja" if g.accepted else "nej")
        for g in data.of("goal")
    ]
    indicators: list[tuple[Cell, ...]] = []
    for i in data.of("indicator"):
        series = indicator_series(i, data)
        latest = series[-1] if series else None
        indicators.append((
            i.name, i.source_kind, i.unit, data.name("area", i.area_id), i.how_measured, i.frequency,
            data.name("organisation", i.responsible_org_id), latest[1] if latest else None,
            latest[0] if latest else "",
        ))
    return (
        Sheet("Åtgärdsplan", ("Nr", "Problem", "Åtgärd", "Beskrivning", "Ansvarig organisation", "Ansvarig person",
                              "Samarbetspartner", "Plats", "Start", "Slut", "Frekvens", "Typ", "Tidshorisont",
                              "Kunskapsläge", "Status", "Riktas mot orsaker", "Tekniker (situationell prevention)",
                              "Resurser (kr)", "Resurser (timmar)", "Medborgarlöfte"), tuple(actions)),
        Sheet("Mål", ("Problem", "Typ", "Mål", "Indikator", "Utgångsvärde", "Utgångsdatum", "Målvärde", "Måldatum",
                      "Accepterat"), tuple(goals)),
        Sheet("Indikatorer", ("Indikator", "Källa", "Enhet", "Område", "Hur den mäts", "Frekvens", "Ansvarig",
                              "Senaste värde", "Period"), tuple(indicators)),
    )
