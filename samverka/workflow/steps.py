"""The ten steps Samverka guides through, mapped to Brå's five-step collaboration process.

The agreement (7) ends the joint preparation (phase 3); the action plan (8) and the citizen promises (9) belong to
implementation (phase 4) and are renewed beside the signed agreement. Code refers to steps by key where it can.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverka.errors import Text


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    title: Text
    question: Text  # the question put to the room while the step is projected
    bra_phase: int  # 1 Initiera, 2 Egna förberedelser, 3 Gemensamma förberedelser, 4 Genomförande, 5 Uppföljning


STEPS: tuple[Step, ...] = (
    Step(1, "samverkan", Text("Samverkan", "Collaboration"),
         Text("Vilka parter samverkar, vem gör vad, och under vilken period?",
              "Which parties collaborate, who does what, and for which period?"), 1),
    Step(2, "lagesbild", Text("Lägesbild", "Situation picture"),
         Text("Vad säger trygghetsmätningen, anmälningarna och våra egna iakttagelser?",
              "What do the safety survey, the reported crimes and our own observations say?"), 2),
    Step(3, "prioritering", Text("Prioritering", "Prioritisation"),
         Text("Vilka problem ska vi fokusera på, och varför just de?",
              "Which problems should we focus on, and why those?"), 3),
    Step(4, "problembeskrivning", Text("Problembeskrivning", "Problem description"),
         Text("Vad är problemet – var, när, vem, varför och vilken skada gör det?",
              "What is the problem – where, when, who, why, and what harm does it do?"), 3),
    Step(5, "orsaksanalys", Text("Orsaksanalys", "Cause analysis"),
         Text("Varför uppstår problemet? Vilka är de direkta och indirekta orsakerna?",
              "Why does the problem arise? What are the direct and indirect causes?"), 3),
    Step(6, "mal", Text("Mål", "Goals"),
         Text("Vad vill vi uppnå, och hur ser vi att vi har lyckats?",
              "What do we want to achieve, and how will we see that we succeeded?"), 3),
    Step(7, "overenskommelse", Text("Överenskommelse", "Agreement"),
         Text("Är vi överens om innehållet, och vem skriver under?",
              "Do we agree on the content, and who signs?"), 3),
    Step(8, "atgardsplan", Text("Åtgärdsplan", "Action plan"),
         Text("Vilka åtgärder påverkar orsakerna, och vem ansvarar för dem?",
              "Which measures act on the causes, and who is responsible for them?"), 4),
    Step(9, "medborgarloften", Text("Medborgarlöften", "Citizen promises"),
         Text("Vad lovar vi invånarna, och hur berättar vi om resultatet?",
              "What do we promise the residents, and how will we report back?"), 4),
    Step(10, "uppfoljning", Text("Uppföljning", "Follow-up"),
         Text("Gjorde vi det vi sa, och fick det effekt?",
              "Did we do what we said, and did it work?"), 5),
)

BRA_PHASES: dict[int, Text] = {
    1: Text("Initiera samverkan", "Initiate the collaboration"),
    2: Text("Egna förberedelser", "Own preparations"),
    3: Text("Gemensamma förberedelser", "Joint preparations"),
    4: Text("Genomförande", "Implementation"),
    5: Text("Uppföljning", "Follow-up"),
}


def step(number: int) -> Step:
    if not 1 <= number <= len(STEPS):
        raise ValueError(f"no step {number}")
    return STEPS[number - 1]


STEP_NUMBERS: dict[str, int] = {s.key: s.number for s in STEPS}


def step_number(key: str) -> int:
    """The number a step has in the current order (the order may change; keys do not)."""
    try:
        return STEP_NUMBERS[key]
    except KeyError:
        raise ValueError(f"no step {key!r}") from None
