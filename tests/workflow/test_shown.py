"""One home for each fact: the tables each step shows, the six questions, the human names of tables."""

from __future__ import annotations

from samverka.core.documents.agreement import AGREEMENT_TABLES as AGREEMENT_DOCUMENT_TABLES
from samverka.core.names import ENTITIES, add_text, change_text, remove_text
from samverka.dto import ROW_TYPES, CauseRow, MeasureRow, SignatureRow
from samverka.errors import set_language
from samverka.models.problem import Problem
from samverka.workflow.questions import SIX_QUESTIONS
from samverka.workflow.shown import AGREEMENT_TABLES, SHOWS, shows
from samverka.workflow.steps import STEPS, step_number


def test_every_step_declares_what_it_shows() -> None:
    assert set(SHOWS) == {s.key for s in STEPS}
    assert CauseRow in shows(step_number("orsaksanalys"))
    assert MeasureRow in shows(step_number("atgardsplan"))


def test_the_agreement_step_watches_everything_its_document_reads() -> None:
    """The agreement page and its projection show what the agreement document is made of (and who signed)."""
    kinds = {table.KIND for table in AGREEMENT_TABLES}
    assert set(AGREEMENT_DOCUMENT_TABLES) <= kinds
    assert SignatureRow in AGREEMENT_TABLES
    assert shows(step_number("overenskommelse")) == AGREEMENT_TABLES


def test_the_six_questions_are_the_problems_fields() -> None:
    fields = {column.key for column in Problem.__table__.columns}
    assert [q.field for q in SIX_QUESTIONS] == ["vad", "var", "nar", "vem_vad_orsakar", "varfor", "skada"]
    assert {q.field for q in SIX_QUESTIONS} <= fields
    assert [str(q.label) for q in SIX_QUESTIONS][0] == "Vad?"


def test_every_table_has_a_human_name_in_both_languages() -> None:
    assert set(ROW_TYPES) <= set(ENTITIES)
    try:
        set_language("sv")
        assert str(change_text("cause", ["text"])) == "Ändra orsakens text"
        assert str(change_text("cause", ["text", "kind"])) == "Ändra orsaken"
        assert str(remove_text("measure", "LED-belysning")) == "Ta bort åtgärden ”LED-belysning”"
        assert str(add_text("meeting")) == "Lägg till ett möte"
        set_language("en")
        assert str(change_text("cause", ["text"])) == "Change the cause's text"
        assert str(remove_text("measure", "LED-belysning")) == "Delete the measure “LED-belysning”"
        assert str(add_text("organisation")) == "Add an organisation"
    finally:
        set_language("sv")
