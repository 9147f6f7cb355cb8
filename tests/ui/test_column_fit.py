"""Columns that fit their frame: the widths shared out, and a real table beside the presenter panel."""

from __future__ import annotations

from typing import Any

from samverka.ui.widgets.column_fit import share


def test_wanted_widths_are_narrowed_to_the_frame_but_not_below_their_floors() -> None:
    widths = share([125, 130, 151, 60], [50, 50, 100, 40], 374, grows=[True] * 4)
    assert sum(widths) == 374  # exactly: no horizontal scroll bar for a pixel of rounding
    assert all(w >= f for w, f in zip(widths, [50, 50, 100, 40], strict=True))
    assert share([200, 200], [90, 80], 100, grows=[True, True]) == [90, 80]  # too narrow: the floors, and scroll


def test_spare_room_goes_to_text_columns() -> None:
    widths = share([100, 80, 60], [40, 40, 40], 400, grows=[True, False, True])
    assert widths[1] == 80 and sum(widths) <= 400 and widths[0] > 100 and widths[2] > 60


def test_a_narrow_table_shows_every_header_word_whole(window: Any, new_file: Any, qtbot: Any) -> None:
    """Step 10's measures columns at ≈ 760 px: no header word is cut, long titles wrap onto two lines, and the
    columns fill the frame without a horizontal scroll bar."""
    from PySide6.QtCore import QRect, Qt

    from samverka import vocab
    from samverka.dto import MeasureRow
    from samverka.ui.models.columns import Column
    from samverka.ui.widgets.row_table import RowTable

    assert window.open_path(str(new_file))
    table = RowTable[Any](window.ctx, MeasureRow, [
        Column("title", "Åtgärd", editable=False, width=270),
        Column("responsible", "Ansvarig", editable=False, width=160),
        Column("status", "Status", "choice", choices=vocab.MEASURE_STATUS, editable=False, width=95),
        Column("percent", "Klart %", "int", editable=False, width=65),
        Column("latest", "Senast rapporterat", "date", editable=False, width=135),
        Column("comment", "Kommentar", editable=False),
    ])
    qtbot.addWidget(table)
    table.resize(760, 300)
    table.show()
    qtbot.waitExposed(table)
    header = table.view.horizontalHeader()
    assert header.length() <= table.view.viewport().width()
    assert table.view.horizontalScrollBar().maximum() == 0
    metrics = header.fontMetrics()
    for i, column in enumerate(table.model.columns):
        title = column.title()
        for word in title.split():
            assert metrics.horizontalAdvance(word) < header.sectionSize(i), title
        needed = metrics.boundingRect(QRect(0, 0, header.sectionSize(i) - 10, 1000),
                                      int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), title).height()
        assert needed <= header.height(), title
    assert header.height() >= 2 * metrics.lineSpacing()  # "Senast rapporterat" took two lines


def test_a_table_filled_while_hidden_is_fitted_when_shown(window: Any, new_file: Any, qtbot: Any) -> None:
    """Rows set on a tab not yet opened are not measured then (a hidden view would read every row), but the
    columns fit the frame as soon as the table shows."""
    from samverka.dto import OrganisationRow
    from samverka.ui.models.columns import Column
    from samverka.ui.widgets.row_table import RowTable

    assert window.open_path(str(new_file))
    table = RowTable[Any](window.ctx, OrganisationRow, [
        Column("name", "Namn", editable=False, width=400),
        Column("responsibilities", "Ansvar i samverkan", editable=False, width=400),
    ])
    qtbot.addWidget(table)
    table.resize(500, 300)
    rows = [OrganisationRow(id=i, collaboration_id=1, name=f"Part {i}", type="annan", parent_id=None,
                            responsibilities="kort", resources="", sort_order=i) for i in range(1, 40)]
    table.set_rows(rows)
    header = table.view.horizontalHeader()
    assert header.sectionSize(0) == 400  # the named width: nothing measured while hidden
    table.show()
    qtbot.waitExposed(table)
    assert header.length() <= table.view.viewport().width()
    assert table.view.horizontalScrollBar().maximum() == 0
