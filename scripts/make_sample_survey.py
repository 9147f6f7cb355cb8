"""Writes resources/samples/trygghetsmatning-exempel.csv: a made-up safety survey in the long import format
(docs: /work/shared/docs/domain.md (d)), with the Lund demo's areas and items, for trying the import.

    .venv/bin/python scripts/make_sample_survey.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from samverka.core.demo import AREA_FACTORS, AREA_N, LUND_C, SURVEY_ITEMS, N

OUT = Path(__file__).resolve().parent.parent / "resources" / "samples" / "trygghetsmatning-exempel.csv"
AREAS = {"LUND": "Lunds kommun", "LU01": "Lund C/innerstaden", "LU02": "Norra Fäladen", "LU03": "Klostergården",
         "LU04": "Linero", "LU05": "Södra Sandby"}
SOURCE = "Exempelfil – påhittade värden, inte en riktig mätning"
HEADER = ("survey", "year", "kommun", "area_code", "area_name", "group", "item_code", "item_label_sv",
          "value_type", "value", "breakdown", "n_respondents", "n_sent", "response_rate", "source")


def rows() -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = []
    for index, year in enumerate((N - 2, N - 1, N)):
        for code, name in AREAS.items():
            factor = 1.0 if code == "LU01" else AREA_FACTORS[code]
            answered = AREA_N[code]
            sent = round(answered / 0.55)
            for group, item, label, value_type in SURVEY_ITEMS:
                digits = 2 if value_type == "index_0_6" else 1
                value = round(LUND_C[item][index] * factor, digits)
                found.append(("PRS-trygghet", year, "Lund", code, name, group, item, label, value_type, value,
                              "alla", answered, sent, round(answered / sent, 2), SOURCE))
        for breakdown, series, answered in (("kvinnor", (36.0, 39.0, 42.0), 150), ("män", (18.0, 19.0, 19.0), 148)):
            found.append(("PRS-trygghet", year, "Lund", "LU01", AREAS["LU01"], "otrygghet", "UTE_SEN_KVALL",
                          "Otrygg ute ensam sen kväll", "share_pct", series[index], breakdown, answered, "", "",
                          SOURCE))
    return found


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows())
    print(f"{OUT} ({len(rows())} rows)")  # noqa: T201


if __name__ == "__main__":
    main()
