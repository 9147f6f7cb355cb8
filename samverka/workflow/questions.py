"""The six questions of Brå's problem description, declared once: the form of step 4, the rules of what is
missing, the projector and the agreement all use these."""

from __future__ import annotations

from dataclasses import dataclass

from samverka.errors import Text


@dataclass(frozen=True)
class Question:
    field: str  # the problem's column that holds the answer
    name: Text  # "Vad" / "What"
    guidance: Text  # what a good answer says

    @property
    def label(self) -> Text:
        """The question as asked: "Vad?" / "What?"."""
        return Text(f"{self.name.sv}?", f"{self.name.en}?")


SIX_QUESTIONS: tuple[Question, ...] = (
    Question("vad", Text("Vad", "What"), Text(
        "Vad är problemet? Beskriv konkret vad som händer: vilka brott eller ordningsstörningar, och hur de märks.",
        "What is the problem? Describe concretely what happens: which crimes or disorder, and how they show.")),
    Question("var", Text("Var", "Where"), Text(
        "Var inträffar det? Platser, gator, typ av miljö – så precist som underlaget tillåter.",
        "Where does it happen? Places, streets, type of environment – as precisely as the evidence allows.")),
    Question("nar", Text("När", "When"), Text(
        "När inträffar det? Tid på dygnet, veckodagar, säsong och om det ökar eller minskar.",
        "When does it happen? Time of day, weekdays, season, and whether it is rising or falling.")),
    Question("vem_vad_orsakar", Text("Vem/vad orsakar", "Who/what causes it"), Text(
        "Vem eller vad orsakar problemet? Gärningspersoner, grupper eller omständigheter på platsen.",
        "Who or what causes the problem? Offenders, groups or circumstances at the place.")),
    Question("varfor", Text("Varför", "Why"), Text(
        "Varför uppstår problemet just här och nu? Skriv de första antagandena; orsaksanalysen i steg 5 prövar dem.",
        "Why does the problem arise here and now? Write the first assumptions; the cause analysis in step 5 tests "
        "them.")),
    Question("skada", Text("Skada", "Harm"), Text(
        "Vilken skada gör problemet – för de utsatta, för dem som bor och verkar i området, och för samhället?",
        "What harm does the problem do – to the victims, to those who live and work in the area, and to society?")),
)
