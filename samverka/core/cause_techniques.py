"""Which of the 25 situational-prevention techniques fit a cause, from its triangle side and controller role.

The mapping (technique ids from `samverka.models.reference.TECHNIQUES`):

- exact pairs first (the inner side with the outer side that controls it):
  - plats / manager (place and place manager): 7, 9, 1, 2, 24 — then 21, 22, 15;
  - gärningsperson / handler (offender and handler): 4, 19, 23, 25, 5 — then 8, 18;
  - offer / guardian (target and capable guardian): 6, 10, 11, 12, 13 — then 1, 8;
- otherwise the side's techniques, then the role's, without repeats:
  - gärningsperson: 4, 5, 19, 23, 25, 18, 17, 20; offer: 1, 11, 12, 13, 15, 14; plats: 7, 2, 3, 24, 22, 21, 16;
  - handler: 19, 23, 4, 25, 8; guardian: 6, 10, 8, 7; manager: 9, 7, 21, 22, 24, 2.
Popcenter's advice applies: the grid widens the options considered; it is not a rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverka.errors import Text
from samverka.models.reference import TECHNIQUES

PAIRS: dict[tuple[str, str], tuple[int, ...]] = {
    ("plats", "manager"): (7, 9, 1, 2, 24, 21, 22, 15),
    ("gärningsperson", "handler"): (4, 19, 23, 25, 5, 8, 18),
    ("offer", "guardian"): (6, 10, 11, 12, 13, 1, 8),
}
BY_SIDE: dict[str, tuple[int, ...]] = {
    "gärningsperson": (4, 5, 19, 23, 25, 18, 17, 20),
    "offer": (1, 11, 12, 13, 15, 14),
    "plats": (7, 2, 3, 24, 22, 21, 16),
}
BY_ROLE: dict[str, tuple[int, ...]] = {
    "handler": (19, 23, 4, 25, 8),
    "guardian": (6, 10, 8, 7),
    "manager": (9, 7, 21, 22, 24, 2),
}

# One short reason per technique: why it can break this kind of cause.
REASONS: dict[int, tuple[str, str]] = {
    1: ("Gör målet svårare att angripa.", "Makes the target harder to attack."),
    2: ("Styr vem som kommer in på platsen.", "Controls who gets into the place."),
    3: ("Kontrollerar vad som lämnar platsen.", "Checks what leaves the place."),
    4: ("Leder gärningspersoner bort från platsen och tiden.", "Steers offenders away from the place and time."),
    5: ("Tar bort verktyg som gör brottet möjligt.", "Removes the tools that make the crime possible."),
    6: ("Fler vuxna och vakter som ser och ingriper.", "More adults and guards who see and step in."),
    7: ("Bättre sikt: fler ser vad som händer.", "Better sightlines: more people see what happens."),
    8: ("Den som känns igen avstår oftare.", "People who can be recognised hold back more often."),
    9: ("Ger platsens ägare och personal ansvar att agera.", "Gives the place's owners and staff a role to act."),
    10: ("Formell bevakning ökar risken att åka fast.", "Formal surveillance raises the risk of being caught."),
    11: ("Det som inte syns lockar inte.", "What cannot be seen does not tempt."),
    12: ("Utan mål inget brott.", "No target, no crime."),
    13: ("Märkt egendom är svår att sälja.", "Marked property is hard to sell."),
    14: ("Stör marknaden som gör brottet lönsamt.", "Disrupts the market that makes the crime pay."),
    15: ("Tar bort vinsten, t.ex. snabb sanering.", "Removes the gain, e.g. quick clean-up."),
    16: ("Mindre trängsel och väntan ger färre konflikter.", "Less crowding and waiting means fewer clashes."),
    17: ("Förebygger konflikter mellan grupper.", "Prevents disputes between groups."),
    18: ("Minskar det som eldar upp stämningen.", "Reduces what heats up the mood."),
    19: ("Stärker den som vill säga nej till gruppen.", "Helps people say no to the group."),
    20: ("Snabb reparation hindrar att andra gör likadant.", "Quick repair stops others copying."),
    21: ("Tydliga regler för platsen eller verksamheten.", "Clear rules for the place or the business."),
    22: ("Skyltar påminner om regler där de gäller.", "Signs remind people of the rules where they apply."),
    23: ("Påminner om vad som är rätt i stunden.", "Reminds people of what is right in the moment."),
    24: ("Gör det lätt att göra rätt.", "Makes it easy to do the right thing."),
    25: ("Minskar berusning som driver brottet.", "Reduces the intoxication that drives the crime."),
}
LIMIT = 8


@dataclass(frozen=True)
class TechniqueSuggestion:
    technique_id: int
    name: Text
    reason: Text


def technique_ids(side: str, controller_role: str) -> tuple[int, ...]:
    """The fitting technique ids, best first; empty when the cause is not placed in the triangle."""
    ordered: list[int] = list(PAIRS.get((side, controller_role), ()))
    for candidate in (*BY_SIDE.get(side, ()), *BY_ROLE.get(controller_role, ())):
        if candidate not in ordered:
            ordered.append(candidate)
    return tuple(ordered[:LIMIT])


def suggest_techniques(side: str, controller_role: str) -> list[TechniqueSuggestion]:
    suggestions: list[TechniqueSuggestion] = []
    for technique_id in technique_ids(side, controller_role):
        name_sv, name_en, _examples = TECHNIQUES[technique_id]
        reason_sv, reason_en = REASONS[technique_id]
        suggestions.append(
            TechniqueSuggestion(technique_id, Text(f"{technique_id}. {name_sv}", f"{technique_id}. {name_en}"),
                                Text(reason_sv, reason_en))
        )
    return suggestions
