"""Turning a sheet into survey records: the long format row by row, wide layouts cell by cell."""

from __future__ import annotations

import contextlib
import dataclasses
import sys
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from operator import getitem, itemgetter
from typing import Any, cast

from samverka.core.progress import Progress, no_progress
from samverka.core.survey.headers import long_columns, slug
from samverka.core.survey.mapping import AREAS_AS_ROWS, ColumnMapping
from samverka.core.survey.numbers import MISSING_MARKERS, NotANumber, cell_text, parse_number
from samverka.core.survey.report import Rejection, SurveyRecord
from samverka.core.survey.table import RawTable
from samverka.core.survey.values import (
    NEGATIVE,
    NO_AREA,
    NO_ITEM,
    NO_YEAR,
    NOT_A_NUMBER,
    NOT_AN_INTEGER,
    CellProblem,
    breakdown_of,
    check_value,
    check_year,
    clean_text,
    rate_of,
    value_type_of,
)
from samverka.errors import Text

DEFAULT_SURVEY = "trygghetsmätning"
_PROGRESS_EVERY = 8192  # rows between progress reports
MISSING_VALUE = Text("Värde saknas (tomt eller markerat som saknat).", "No value (empty or marked as missing).")
NO_VALUES_IN_ROW = Text("Raden har inga värden.", "The row has no values.")


_FIELDS = tuple(field.name for field in dataclasses.fields(SurveyRecord))


class RecordColumns:
    """The records of a block of rows field by field: SurveyRecord's field name -> the values in row order."""

    __slots__ = ("fields",)

    def __init__(self, values: tuple[list[Any], ...]) -> None:
        self.fields: dict[str, list[Any]] = dict(zip(_FIELDS, values, strict=True))

    @classmethod
    def of(cls, fields: dict[str, list[Any]]) -> RecordColumns:
        return cls(tuple(fields[name] for name in _FIELDS))

    def records(self, limit: int | None = None) -> list[SurveyRecord]:
        return list(map(SurveyRecord, *(self.fields[name][:limit] for name in _FIELDS)))


@dataclass
class Parsed:
    records: list[SurveyRecord] = dc_field(default_factory=list)
    rejections: list[Rejection] = dc_field(default_factory=list)
    skipped: list[Rejection] = dc_field(default_factory=list)
    rows_read: int = 0


def _number(cell: object) -> tuple[float, bool]:
    try:
        return parse_number(cell)
    except NotANumber:
        raise CellProblem(NOT_A_NUMBER) from None


def _optional_int(cell: object) -> int | None:
    if cell is None or (isinstance(cell, str) and cell.strip() in MISSING_MARKERS):
        return None
    value, _ = _number(cell)
    if not value.is_integer():
        raise CellProblem(NOT_AN_INTEGER)
    if value < 0:
        raise CellProblem(NEGATIVE)
    return int(value)


def _text(cell: object) -> str:
    return sys.intern(clean_text(cell_text(cell)))


class _Memo:
    """Parse each distinct cell of a column once: survey files repeat the same codes and numbers.

    Keyed by the cell's type as well as its value: True == 1 == 1.0 in Python, but a TRUE cell is no number.
    """

    __slots__ = ("cache", "parse", "size")

    def __init__(self, parse: Callable[[object], object]) -> None:
        self.parse = parse
        self.cache: dict[type, dict[object, tuple[bool, object]]] = {}
        self.size = 0

    def compute(self, cell: object) -> tuple[bool, object]:
        try:
            hit: tuple[bool, object] = (True, self.parse(cell))
        except CellProblem as problem:
            hit = (False, problem.reason)
        if self.size < 100_000:
            with contextlib.suppress(TypeError):  # an unhashable cell is simply not remembered
                self.cache.setdefault(type(cell), {})[cell] = hit
                self.size += 1
        return hit

    def __call__(self, cell: object, field: str) -> object:
        try:
            ok, result = self.cache[type(cell)][cell]
        except (KeyError, TypeError):
            ok, result = self.compute(cell)
        if ok:
            return result
        assert isinstance(result, Text)
        raise CellProblem(result, field)


_LONG_PARSERS: dict[str, Callable[[object], object]] = {
    "survey": lambda c: _text(c) or DEFAULT_SURVEY,
    "year": lambda c: _year(c),
    "area_code": lambda c: _text(c),
    "area_name": lambda c: _text(c),
    "group": lambda c: _text(c),
    "item_code": lambda c: _text(c),
    "item_label_sv": lambda c: _text(c),
    "breakdown": lambda c: sys.intern(breakdown_of(_text(c))),
    "n_respondents": lambda c: _optional_int(c),
    "n_sent": lambda c: _optional_int(c),
    "response_rate": lambda c: _rate(c),
    "source": lambda c: _text(c),
    "value": lambda c: _number(c),
    "value_type": lambda c: cell_text(c),
}
# The parsed fields in the order _text_record unpacks them (value_type is the cell's text, before checking).
_RECORD_ORDER = ("survey", "year", "area_code", "area_name", "group", "item_code", "item_label_sv", "value_type",
                 "breakdown", "n_respondents", "n_sent", "response_rate", "source")
_DEFAULTS: dict[str, object] = {
    "survey": DEFAULT_SURVEY, "area_code": "", "area_name": "", "group": "", "item_code": "", "item_label_sv": "",
    "breakdown": "alla", "n_respondents": None, "n_sent": None, "response_rate": None, "source": "",
    "value_type": "",
}


class LongParser:
    """One row per value, columns named as in domain.md (d) or a Swedish synonym."""

    columnar = True  # text rows a block at a time (_text_block); tests compare it with the row-by-row way

    def __init__(self, table: RawTable, header_index: int) -> None:
        self.table = table
        self.header_index = header_index
        header = table.rows[header_index]
        self.columns = long_columns(header)
        self.names = {field: cell_text(header[index]) for field, index in self.columns.items()}
        self.width = max(self.columns.values()) + 1
        self.plan = [(field, index, _Memo(_LONG_PARSERS[field])) for field, index in self.columns.items()
                     if field in _LONG_PARSERS and field != "value"]
        self.value_index = self.columns["value"]
        self.value_memo = _Memo(_LONG_PARSERS["value"])
        self.type_memo: dict[tuple[str, bool], tuple[bool, object]] = {}
        self._prepare_text_path()

    def _prepare_text_path(self) -> None:
        """For text cells (CSV) a row is read with a few C-level calls: each field's cells that parsed without a
        problem (`known`), taken in plan order (`cells_of`), then put in record order with the defaults (`pick`);
        value and value type by their pair (`typed`). A cell or pair met for the first time goes the full way
        (`_record`), which gives every rejection exactly as before, and is remembered if it was fine."""
        fields = [field for field, _, _ in self.plan]
        self.known: list[dict[object, object]] = [{} for _ in fields]
        indexes = [index for _, index, _ in self.plan]
        self.cells_of: Callable[[list[object]], tuple[object, ...]] = (
            itemgetter(*indexes) if len(indexes) > 1 else (lambda row: (row[indexes[0]],) if indexes else ())
        )
        absent = [field for field in _RECORD_ORDER if field not in fields]
        self.defaults = tuple(_DEFAULTS.get(field) for field in absent)
        self.pick = itemgetter(*[fields.index(f) if f in fields else len(fields) + absent.index(f)
                                 for f in _RECORD_ORDER])
        self.typed: dict[tuple[object, object], tuple[str, float]] = {}
        self.empty_seen: set[str] = set()  # fields with a known cell that means "" (see _maybe_empty)

    def parse(self, progress: Progress = no_progress) -> Parsed:
        out = Parsed()
        rows = self.table.rows
        total = max(1, len(rows))
        for start in range(self.header_index + 1, len(rows), _PROGRESS_EVERY):
            progress(start / total)
            self._parse_range(start, min(start + _PROGRESS_EVERY, len(rows)), out)
        return out

    def _parse_range(self, start: int, end: int, out: Parsed) -> None:
        self._parse_rows(self.table.rows, self.table.row_numbers, start, end, out)

    def _parse_rows(self, rows: list[list[object]], numbers: list[int], start: int, end: int, out: Parsed, *,
                    columnar: bool = True) -> None:
        # Table indexes (for bad cells) are only asked for on the table's own rows: batches are text.
        text_only = self.table.all_text and not self.table.bad_cells and "year" in self.columns
        if text_only and columnar and self.columnar and self._text_block(rows[start:end], numbers[start:end], out):
            return
        for i in range(start, end):
            out.rows_read += 1
            row_no = numbers[i]
            row = rows[i]
            if len(row) < self.width:
                row = row + [None] * (self.width - len(row))
            try:
                if text_only:
                    record = self._text_record(row, row_no, out)
                else:
                    self._check_bad_cells(i)
                    record = self._record(row, row_no, out)
            except CellProblem as problem:
                field = problem.field or "value"
                index = self.columns.get(field)
                raw = row[index] if index is not None else None
                out.rejections.append(Rejection(row_no, self.names.get(field, field), problem.reason, cell_text(raw)))
                continue
            if record is not None:
                out.records.append(record)

    def parse_columns(self, rows: list[list[object]], numbers: list[int], out: Parsed) -> RecordColumns | None:
        """More rows of the same CSV file, read after the table this parser was made with (see csv_batches): a
        clean block's records field by field (counted in out.rows_read), or None when the block was parsed row by
        row into out (records, rejections, skips)."""
        assert self.table.all_text and not self.table.bad_cells, "only the rows of a CSV come in batches"
        found = self._text_columns(rows, numbers) if "year" in self.columns else None
        if found is None:
            self._parse_rows(rows, numbers, 0, len(rows), out, columnar=False)
            return None
        out.rows_read += len(rows)
        return found

    def _text_block(self, rows: list[list[object]], numbers: list[int], out: Parsed) -> bool:
        found = self._text_columns(rows, numbers)
        if found is None:
            return False
        out.rows_read += len(rows)
        out.records += found.records()
        return True

    def _text_columns(self, rows: list[list[object]], numbers: list[int]) -> RecordColumns | None:
        """Text rows column by column, every step a C-level call over a whole column: what each distinct cell
        means is looked up (`known`, learnt here for cells met for the first time). None, having made nothing, if
        any row would be rejected or skipped or is short, or an area or item is named only in some rows: the
        row-by-row way then gives each its reason as always."""
        if not rows or min(map(len, rows)) < self.width:
            return None
        cells = list(zip(*rows, strict=False))  # the columns, cut to the shortest row (at least self.width)
        parsed: dict[str, list[object]] = {}
        for (field, index, memo), known in zip(self.plan, self.known, strict=True):
            column = cells[index]
            try:
                parsed[field] = list(map(known.__getitem__, column))
            except KeyError:
                if not self._learn_cells(field, memo, known, column):
                    return None
                parsed[field] = list(map(known.__getitem__, column))
        size = len(rows)
        types = parsed.get("value_type") or [_DEFAULTS["value_type"]] * size
        pairs = list(zip(types, cells[self.value_index], strict=True))
        try:
            values = list(map(self.typed.__getitem__, pairs))
        except KeyError:
            for pair in set(pairs).difference(self.typed):
                typed = self._plain_value(*pair)
                if typed is None:
                    return None
                self.typed[pair] = typed
            values = list(map(self.typed.__getitem__, pairs))
        area = self._either(parsed, "area_code", "area_name", size)
        item = self._either(parsed, "item_code", "item_label_sv", size)
        if area is None or item is None:
            return None
        (area_code, area_name), (item_code, item_label) = area, item
        if self._maybe_empty(parsed, "item_code"):
            item_code = [code or slug(str(label)) for code, label in zip(item_code, item_label, strict=True)]
        source = parsed.get("source")
        if source is None or self._maybe_empty(parsed, "source"):
            source = [text or self.table.file_name for text in source or [""] * size]

        def take(field: str) -> list[object]:
            found = parsed.get(field)
            return found if found is not None else [_DEFAULTS[field]] * size

        return RecordColumns((
            numbers, take("survey"), parsed["year"], area_code, area_name, take("group"), item_code, item_label,
            list(map(itemgetter(0), values)), list(map(itemgetter(1), values)), take("breakdown"),
            take("n_respondents"), take("n_sent"), take("response_rate"), source,
        ))

    def _learn_cells(self, field: str, memo: _Memo, known: dict[object, object], column: tuple[object, ...]) -> bool:
        """Remember what each cell not met before means; False if one of them is not fine."""
        for cell in set(column).difference(known):
            ok, result = memo.compute(cell)
            if not ok:
                return False
            self._remember(field, known, cell, result)
        return True

    def _remember(self, field: str, known: dict[object, object], cell: object, result: object) -> None:
        known[cell] = result
        if result == "":
            self.empty_seen.add(field)

    def _maybe_empty(self, parsed: dict[str, list[object]], field: str) -> bool:
        """Whether some row of the block may have nothing in this field (a text field's cells that mean "" have
        been met, or the file has no such column)."""
        return field not in parsed or field in self.empty_seen

    def _either(self, parsed: dict[str, list[object]], code_field: str, name_field: str,
                size: int) -> tuple[list[object], list[object]] | None:
        """(codes, names) with a missing name given the code and the other way round; None if some row has
        neither (it is rejected, row by row)."""
        codes, names = parsed.get(code_field), parsed.get(name_field)
        if codes is None and names is None:
            return None
        if codes is not None and names is not None and not (
            self._maybe_empty(parsed, code_field) or self._maybe_empty(parsed, name_field)
        ):
            return codes, names
        codes = codes if codes is not None else [""] * size
        names = names if names is not None else [""] * size
        if any(not code and not name for code, name in zip(codes, names, strict=True)):
            return None
        return codes, [name or code for code, name in zip(codes, names, strict=True)]

    def _plain_value(self, type_text: object, cell: object) -> tuple[str, float] | None:
        """A value and its type as _record makes them; None for a value it would skip or reject."""
        if cell is None or (isinstance(cell, str) and cell.strip() in MISSING_MARKERS):
            return None
        try:
            value, percent = cast(tuple[float, bool], self.value_memo(cell, "value"))
            value_type = self._value_type(str(type_text), percent)
            check_value(value_type, value, percent)
        except CellProblem:
            return None
        return value_type, value

    def _check_bad_cells(self, i: int) -> None:
        if self.table.bad_cells:
            for field, column in self.columns.items():
                reason = self.table.bad_cells.get((i, column))
                if reason is not None:
                    raise CellProblem(reason, field)

    def _text_record(self, row: list[object], row_no: int, out: Parsed) -> SurveyRecord | None:
        """_record for text cells, by lookups of what earlier rows already parsed (see _prepare_text_path)."""
        try:
            values = self.pick(tuple(map(getitem, self.known, self.cells_of(row))) + self.defaults)
            value_type, value = self.typed[(values[7], row[self.value_index])]
        except KeyError:
            return self._learn(row, row_no, out)
        survey, year, area_code, area_name, group, item_code, item_label, _, breakdown, n, sent, rate, source = values
        if (not area_code and not area_name) or (not item_code and not item_label):
            return self._record(row, row_no, out)  # rejected, with its reason
        return SurveyRecord(
            row_no, survey, year, area_code, area_name or area_code, group,
            item_code or slug(item_label), item_label or item_code, value_type, value, breakdown,
            n, sent, rate, source or self.table.file_name,
        )

    def _learn(self, row: list[object], row_no: int, out: Parsed) -> SurveyRecord | None:
        """The full way for a row with a cell not met before; remember its cells when the row is accepted."""
        record = self._record(row, row_no, out)
        if record is None:
            return None
        cells = self.cells_of(row)
        for (field, _index, memo), known, cell in zip(self.plan, self.known, cells, strict=True):
            ok, result = memo.compute(cell)
            if ok:
                self._remember(field, known, cell, result)
        values = self.pick(tuple(map(getitem, self.known, cells)) + self.defaults)
        self.typed[(values[7], row[self.value_index])] = (record.value_type, record.value)
        return record

    def _record(self, row: list[object], row_no: int, out: Parsed) -> SurveyRecord | None:
        values = _DEFAULTS.copy()
        # The memo lookup is inlined: this loop runs once per cell of a 100 000-row file.
        for field, index, memo in self.plan:
            cell = row[index]
            try:
                ok, result = memo.cache[type(cell)][cell]
            except (KeyError, TypeError):
                ok, result = memo.compute(cell)
            if not ok:
                raise CellProblem(result, field)  # type: ignore[arg-type]  # a Text when not ok
            values[field] = result
        area_code, area_name = str(values["area_code"]), str(values["area_name"])
        item_code, item_label = str(values["item_code"]), str(values["item_label_sv"])
        if not area_code and not area_name:
            raise CellProblem(NO_AREA, "area_name" if "area_name" in self.columns else "area_code")
        if not item_code and not item_label:
            raise CellProblem(NO_ITEM, "item_code" if "item_code" in self.columns else "item_label_sv")
        value_cell = row[self.value_index]
        if value_cell is None or (isinstance(value_cell, str) and value_cell.strip() in MISSING_MARKERS):
            out.skipped.append(Rejection(row_no, self.names["value"], MISSING_VALUE, cell_text(value_cell)))
            return None
        value, percent = cast(tuple[float, bool], self.value_memo(value_cell, "value"))
        value_type = self._value_type(str(values["value_type"]), percent)
        try:
            check_value(value_type, value, percent)
        except CellProblem as problem:
            problem.field = "value"
            raise
        return SurveyRecord(
            row_no, str(values["survey"]), values["year"], area_code, area_name or area_code,  # type: ignore[arg-type]
            str(values["group"]), item_code or slug(item_label), item_label or item_code, value_type, value,
            str(values["breakdown"]), values["n_respondents"], values["n_sent"],  # type: ignore[arg-type]
            values["response_rate"], str(values["source"]) or self.table.file_name,  # type: ignore[arg-type]
        )

    def _value_type(self, text: str, percent: bool) -> str:
        key = (text, percent)
        hit = self.type_memo.get(key)
        if hit is None:
            try:
                hit = (True, value_type_of(text, percent=percent))
            except CellProblem as problem:
                hit = (False, problem.reason)
            self.type_memo[key] = hit
        if hit[0]:
            return str(hit[1])
        assert isinstance(hit[1], Text)
        raise CellProblem(hit[1], "value_type")


def _at(field: str, reason: Text) -> CellProblem:
    return CellProblem(reason, field)


def _year(cell: object) -> int:
    if cell is None or (isinstance(cell, str) and cell.strip() in MISSING_MARKERS):
        raise CellProblem(NO_YEAR)
    value, _ = _number(cell)
    return check_year(value)


def _rate(cell: object) -> float | None:
    if cell is None or (isinstance(cell, str) and cell.strip() in MISSING_MARKERS):
        return None
    return rate_of(*_number(cell))


class WideParser:
    """Areas × items (either way round) as described by a ColumnMapping; one value per cell."""

    def __init__(self, table: RawTable, header_index: int, mapping: ColumnMapping) -> None:
        self.table = table
        self.header_index = header_index
        self.mapping = mapping
        header = [cell_text(cell) for cell in table.rows[header_index]]
        self.index = {name: i for i, name in reversed(list(enumerate(header))) if name}
        self.value_columns = [
            (self.index[name], name, code) for name, code in mapping.value_columns.items() if name in self.index
        ]
        self.source = mapping.source or table.file_name

    def _cell(self, row: list[object], name: str) -> object:
        index = self.index.get(name) if name else None
        return row[index] if index is not None and index < len(row) else None

    def parse(self, progress: Progress = no_progress) -> Parsed:
        out = Parsed()
        total = max(1, len(self.table.rows))
        for i in range(self.header_index + 1, len(self.table.rows)):
            if not i % _PROGRESS_EVERY:
                progress(i / total)
            out.rows_read += 1
            self._row(i, out)
        return out

    def _row(self, i: int, out: Parsed) -> None:
        row = self.table.rows[i]
        row_no = self.table.row_numbers[i]
        mapping = self.mapping
        try:
            label = _text(self._cell(row, mapping.label_column))
            code = _text(self._cell(row, mapping.code_column))
            year = mapping.year if not mapping.year_column else _year(self._cell(row, mapping.year_column))
            n = _optional_int(self._cell(row, mapping.n_column)) if mapping.n_column else None
        except CellProblem as problem:
            out.rejections.append(Rejection(row_no, "", problem.reason))
            return
        cells = [(index, name, code_, row[index] if index < len(row) else None) for index, name, code_ in
                 self.value_columns]
        if all(c is None or (isinstance(c, str) and c.strip() in MISSING_MARKERS) for *_, c in cells) and not any(
            (i, index) in self.table.bad_cells for index, *_ in cells
        ):
            out.skipped.append(Rejection(row_no, "", NO_VALUES_IN_ROW, label))
            return
        if not label and not code:
            out.rejections.append(Rejection(row_no, mapping.label_column, NO_AREA))
            return
        assert year is not None
        for index, name, column_code, cell in cells:
            self._value(out, i, row_no, (label, code, name, column_code), year, n, index, cell)

    def _value(
        self, out: Parsed, i: int, row_no: int, names: tuple[str, str, str, str], year: int, n: int | None,
        index: int, cell: object,
    ) -> None:
        label, code, column_name, column_code = names
        bad = self.table.bad_cells.get((i, index))
        if bad is not None:
            out.rejections.append(Rejection(row_no, column_name, bad))
            return
        if cell is None or (isinstance(cell, str) and cell.strip() in MISSING_MARKERS):
            out.skipped.append(Rejection(row_no, column_name, MISSING_VALUE, cell_text(cell)))
            return
        try:
            value, percent = _number(cell)
            value_type = "share_pct" if percent and self.mapping.value_type == "index_0_6" else self.mapping.value_type
            check_value(value_type, value, percent)
        except CellProblem as problem:
            out.rejections.append(Rejection(row_no, column_name, problem.reason, cell_text(cell)))
            return
        if self.mapping.orientation == AREAS_AS_ROWS:
            area = (code, label)
            item = (column_code or slug(column_name), column_name)
        else:
            area = (column_code, column_name)
            item = (code or slug(label), label or code)
        out.records.append(
            SurveyRecord(
                row=row_no, survey=self.mapping.survey or DEFAULT_SURVEY, year=year,
                area_code=area[0], area_name=area[1] or area[0], group=self.mapping.group,
                item_code=sys.intern(item[0]), item_label=item[1], value_type=value_type, value=value,
                breakdown=breakdown_of(self.mapping.breakdown), n_respondents=n, n_sent=None, response_rate=None,
                source=self.source,
            )
        )
