"""A missing item that says where it is fixed: the step (by key) and, where useful, the row and the field.

`Missing` is a `Text`, so everything that shows rule texts keeps working; the navigator can use `step_key`,
`entity`, `entity_id` and `field` to jump to the place with one click.
"""

from __future__ import annotations

from samverka.errors import Text
from samverka.workflow.steps import step, step_number


class Missing(Text):
    __slots__ = ("entity", "entity_id", "field", "step_key")

    def __init__(
        self, sv: str, en: str, *, step_key: str, entity: str = "", entity_id: int | None = None, field: str = "",
    ) -> None:
        step_number(step_key)  # an unknown key is a bug, found here rather than at the click
        super().__init__(sv, en)
        self.step_key = step_key
        self.entity = entity  # a table name ("promise_item"), or "" for the step as a whole
        self.entity_id = entity_id
        self.field = field  # a column of that table, or ""

    @property
    def step(self) -> int:
        return step_number(self.step_key)

    def __repr__(self) -> str:
        return (f"Missing({self.sv!r}, step_key={self.step_key!r}, entity={self.entity!r}, "
                f"entity_id={self.entity_id!r}, field={self.field!r})")


def where(step_key: str) -> Text:
    """"steg 2, Lägesbild" / "step 2, Situation picture" in the current step order."""
    found = step(step_number(step_key))
    return Text(f"steg {found.number}, {found.title.sv}", f"step {found.number}, {found.title.en}")


def missing(
    step_key: str, sv: str, en: str, *, entity: str = "", entity_id: int | None = None, field: str = "",
    verb: tuple[str, str] = ("", ""),
) -> Missing:
    """A rule's text, ending with where to fix it: "Lägesbilden saknar en analys (steg 2, Lägesbild)."

    `verb` words the place ("välj i", "choose in"): "(välj i steg 3, Prioritering)".
    """
    place = where(step_key)
    verb_sv, verb_en = (f"{v} " if v else "" for v in verb)
    return Missing(
        f"{sv} ({verb_sv}{place.sv}).", f"{en} ({verb_en}{place.en}).",
        step_key=step_key, entity=entity, entity_id=entity_id, field=field,
    )
