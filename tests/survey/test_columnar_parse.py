"""The quick ways of reading a CSV give what the plain ways give: a block of rows parsed column by column gives
the records, rejections and skips of the row-by-row parse, and the line-length check finds the line the regular
expression it replaced found."""

from __future__ import annotations

import csv
import dataclasses
import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from samverka.core.survey.csv_reader import csv_batches, first_long_line, open_csv, read_csv
from samverka.core.survey.headers import find_long_header
from samverka.core.survey.records import LongParser, Parsed

HEADER = ["survey", "year", "kommun", "area_code", "area_name", "group", "item_code", "item_label_sv", "value_type",
          "value", "breakdown", "n_respondents", "n_sent", "response_rate", "source"]
# Mostly good cells, some that are rejected or skipped, so both ways meet every kind of row.
POOLS = [
    ["PRS", "PRS", "", "Polisens trygghetsmätning"],
    ["2023", "2024", "2024", "1999", "x", ""],
    ["Lund"],
    ["LU01", "LU02", "lu01", "", "LU03"],
    ["Lunds innerstad", "Norra Fäladen", "", "Klostergården"],
    ["otrygghet", "", "störningar"],
    ["Q1", "Q2", "", "Q3"],
    ["Otrygg ute", "Berusade", "", "Skadegörelse"],
    ["index_0_6", "share_pct", "", "andel", "okänd typ"],
    ["2,4", "1.5", "24 %", "..", "", "7", "abc", "0", "5,99"],
    ["alla", "kvinnor", "män", "", "16-24 år"],
    ["312", "", "12", "-1", "2.5"],
    ["520", "", "600"],
    ["0,60", "", "55 %", "1.2"],
    ["polisen.se", "", "enkät"],
]
CLEAN = [[cell for cell in pool if cell not in ("x", "", "..", "abc", "7", "-1", "2.5", "okänd typ", "1.2", "1999")]
         or pool for pool in POOLS]
# Clean, but any cell that may be left out is sometimes empty (a code or a name, a label, the source …).
OPTIONAL = [pool + [""] if index not in (1, 9) else pool for index, pool in enumerate(CLEAN)]


def _row(pools: list[list[str]]) -> st.SearchStrategy[list[str]]:
    return st.tuples(*(st.sampled_from(pool) for pool in pools)).map(list)


rows = st.one_of(
    st.lists(st.one_of(_row(CLEAN), _row(CLEAN), _row(POOLS)), max_size=60),
    st.lists(st.one_of(_row(CLEAN), _row(OPTIONAL)), max_size=30),
)


def _parse(body: list[list[str]], *, columnar: bool) -> tuple[list[tuple[object, ...]], list[object], list[object],
                                                              int]:
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator="\n").writerows([HEADER, *body])
    table = read_csv(text.getvalue().encode(), "s.csv")
    header = find_long_header(table)
    assert header is not None
    parser = LongParser(table, header)
    parser.columnar = columnar
    parsed = parser.parse()
    return ([dataclasses.astuple(record) for record in parsed.records], parsed.rejections, parsed.skipped,
            parsed.rows_read)


@settings(max_examples=150, deadline=None)
@given(body=rows)
def test_column_by_column_is_row_by_row(body: list[list[str]]) -> None:
    assert _parse(body, columnar=True) == _parse(body, columnar=False)


@settings(max_examples=60, deadline=None)
@given(blocks=st.lists(rows, min_size=1, max_size=4))
def test_blocks_of_columns_are_the_whole_file(blocks: list[list[list[str]]]) -> None:
    """parse_columns (the overlapped import's way, one block at a time) adds up to parse()."""
    body = [row for block in blocks for row in block]
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator="\n").writerows([HEADER, *body])
    data = text.getvalue().encode()
    table = read_csv(data, "s.csv")
    whole = LongParser(table, 0)
    whole.columnar = False
    expected = whole.parse()
    head = read_csv(data, "s.csv")
    head.rows, head.row_numbers = head.rows[:1], head.row_numbers[:1]
    parser = LongParser(head, 0)
    parsed = Parsed()
    records = []
    for block_rows, numbers in _blocks(table.rows[1:], table.row_numbers[1:], [len(block) for block in blocks]):
        before = len(parsed.records)
        columns = parser.parse_columns(block_rows, numbers, parsed)
        records += columns.records() if columns is not None else parsed.records[before:]
    assert [dataclasses.astuple(r) for r in records] == [dataclasses.astuple(r) for r in expected.records]
    assert (parsed.rejections, parsed.skipped, parsed.rows_read) == (expected.rejections, expected.skipped,
                                                                     expected.rows_read)


def _blocks(rows: list[list[object]], numbers: list[int], sizes: list[int]):  # type: ignore[no-untyped-def]
    start = 0
    for size in sizes:
        if size:
            yield rows[start : start + size], numbers[start : start + size]
        start += size


@settings(max_examples=200, deadline=None)
@given(lengths=st.lists(st.integers(0, 60), max_size=40), limit=st.integers(1, 50), start_line=st.integers(0, 5))
def test_first_long_line_is_the_expressions(lengths: list[int], limit: int, start_line: int) -> None:
    text = "\n".join("x" * length for length in lengths)
    starts = [0]
    for length in lengths[:-1]:
        starts.append(starts[-1] + length + 1)
    start = starts[min(start_line, len(starts) - 1)]
    found = re.compile(f"(?m)^[^\n]{{{limit + 1}}}").search(text, start)
    assert first_long_line(text, limit, start) == (found.start() if found else -1)


@given(body=st.lists(st.lists(st.sampled_from(["a", "", " ", "b;c", '"q"', "1,5"]), max_size=5), max_size=80))
def test_batches_are_the_table(body: list[list[str]]) -> None:
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator="\n").writerows([["x", "y", "z"], *body])
    data = text.getvalue().encode()
    table = read_csv(data, "s.csv")
    batches = list(csv_batches(open_csv(data, "s.csv")))
    assert [row for rows, _ in batches for row in rows] == table.rows
    assert [number for _, numbers in batches for number in numbers] == table.row_numbers
