"""Tables sort by a clicked header in Swedish order, and edits still reach the right row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from samverka.core import crud
from samverka.dto import OrganisationRow
from samverka.models.db import Database
from samverka.ui.context import make_context
from samverka.ui.models.columns import Column
from samverka.ui.widgets.row_table import RowTable


def test_header_sort_is_swedish_and_edits_follow(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(sqlite_db)
    for name in ("Örebro", "Åre", "Ängelholm", "Alingsås", "Zinkgruvan"):
        crud.create(sqlite_db, "organisation", {"name": name})
    table = RowTable[OrganisationRow](ctx, OrganisationRow, [Column("name", "Namn")], title="Parter")
    qtbot.addWidget(table)
    table.set_rows(crud.list_rows(sqlite_db, "organisation"))
    assert [r.name for r in table.model.rows] == ["Örebro", "Åre", "Ängelholm", "Alingsås", "Zinkgruvan"]

    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in table.model.rows] == ["Alingsås", "Zinkgruvan", "Åre", "Ängelholm", "Örebro"]

    # A refresh from the services keeps the chosen order.
    table.set_rows(crud.list_rows(sqlite_db, "organisation"))
    assert table.model.rows[0].name == "Alingsås"

    index = table.model.index(2, 0)
    assert table.model.setData(index, "Åre kommun", Qt.ItemDataRole.EditRole)
    names = {r.name for r in crud.list_rows(sqlite_db, "organisation")}
    assert "Åre kommun" in names and "Åre" not in names
