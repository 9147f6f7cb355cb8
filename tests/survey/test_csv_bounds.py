"""The CSV reader keeps every bound whichever way it reads: rows from short lines skip the per-row checks they
cannot fail, and every other row (a long line, a quoted field over several lines) is checked."""

from __future__ import annotations

import pytest

from samverka.core.survey.csv_reader import MAX_FIELD_CHARS, MAX_FIELDS_PER_ROW, read_csv
from samverka.errors import KnownError

HEADER = "survey;year;area_code;item_code;value"


def _csv(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


def test_a_field_too_long_over_several_short_lines_is_refused() -> None:
    """No line is long, but the quoted field runs over many lines: the row is checked."""
    field = "\n".join(["x" * 100] * (MAX_FIELD_CHARS // 100 + 10))
    with pytest.raises(KnownError, match="fler än 32767 tecken"):
        read_csv(_csv(f'PRS;2024;A;"{field}";1'), "lång.csv")


def test_a_field_too_long_on_one_line_is_refused() -> None:
    with pytest.raises(KnownError, match="fler än 32767 tecken"):
        read_csv(_csv("PRS;2024;A;" + "x" * (MAX_FIELD_CHARS + 5) + ";1"), "lång.csv")


def test_too_many_fields_on_one_line_are_refused() -> None:
    with pytest.raises(KnownError, match=f"fler än {MAX_FIELDS_PER_ROW} fält"):
        read_csv(_csv(";".join(["1"] * (MAX_FIELDS_PER_ROW + 5))), "bred.csv")


def test_long_lines_within_the_bounds_are_read() -> None:
    """A line longer than the quick way allows, but within every bound, is read the careful way."""
    long_text = "y" * 20_000
    table = read_csv(_csv(f"PRS;2024;A;{long_text};1", "PRS;2024;B;kort;2", 'PRS;2025;C;"två\nrader";3'), "ok.csv")
    assert [row[3] for row in table.rows[1:]] == [long_text, "kort", "två\nrader"]
    assert table.row_numbers == [1, 2, 3, 5]  # a row over two lines is numbered by its last (csv line_num)


def test_short_lines_are_read_the_quick_way_with_the_same_rows() -> None:
    lines = [f"PRS;{2000 + i % 20};A{i % 7};I{i % 25};{i}" for i in range(20_000)]
    table = read_csv(_csv(*lines, 'PRS;2024;Z;"två\nrader";9'), "kort.csv")
    assert len(table.rows) == 20_002
    assert table.rows[-1] == ["PRS", "2024", "Z", "två\nrader", "9"]
    assert table.row_numbers[-1] == 20_003  # numbered by its last line, as the csv module counts
