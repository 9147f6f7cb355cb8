"""The SMART check of a goal: Specifik, Mätbar, Accepterad, Realistisk, Tidsatt. Qt-free, used live by step 6.

Each letter gets a verdict and a reason saying what to add; the rules are deliberately simple and explainable.
S also flags the vague verbs Brå warns against ("verka för", "stärka", …) with what to write instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverka.dto import GoalRow
from samverka.errors import Text
from samverka.workflow.wording import vague_phrases

MIN_WORDS = 5
# A change larger than this share of the baseline within one agreement period is flagged as hard to reach.
MAX_RELATIVE_CHANGE = 0.5

LETTERS: tuple[tuple[str, Text], ...] = (
    ("S", Text("Specifik", "Specific")),
    ("M", Text("Mätbar", "Measurable")),
    ("A", Text("Accepterad", "Accepted")),
    ("R", Text("Realistisk", "Realistic")),
    ("T", Text("Tidsatt", "Time-bound")),
)


@dataclass(frozen=True)
class SmartVerdict:
    letter: str
    name: Text
    ok: bool
    reason: Text


@dataclass(frozen=True)
class SmartResult:
    verdicts: tuple[SmartVerdict, ...]

    @property
    def passed(self) -> int:
        return sum(1 for verdict in self.verdicts if verdict.ok)

    @property
    def complete(self) -> bool:
        return all(verdict.ok for verdict in self.verdicts)

    def missing(self) -> list[SmartVerdict]:
        return [verdict for verdict in self.verdicts if not verdict.ok]


def check_goal(goal: GoalRow, *, has_indicator: bool | None = None) -> SmartResult:
    """Judge one goal. `has_indicator` overrides the indicator link test (for a goal being edited)."""
    indicator = goal.indicator_id is not None if has_indicator is None else has_indicator
    checks = (_specific(goal), _measurable(goal, indicator), _accepted(goal), _realistic(goal), _timed(goal))
    return SmartResult(tuple(
        SmartVerdict(letter, name, ok, reason) for (letter, name), (ok, reason) in zip(LETTERS, checks, strict=True)
    ))


def _specific(goal: GoalRow) -> tuple[bool, Text]:
    vague = vague_phrases(goal.text)
    if vague:
        first = vague[0]
        return False, Text(
            f"Brå varnar för vaga formuleringar som ”{first.found}”. {first.suggestion.sv}",
            f"Brå warns against vague wording such as “{first.found}”. {first.suggestion.en}",
        )
    words = len(goal.text.split())
    if words >= MIN_WORDS:
        return True, Text("Målet är beskrivet i ord.", "The goal is described in words.")
    return False, Text(
        f"Beskriv målet med minst {MIN_WORDS} ord: vad ska bli bättre, var och för vilka?",
        f"Describe the goal in at least {MIN_WORDS} words: what should improve, where and for whom?",
    )


def _measurable(goal: GoalRow, indicator: bool) -> tuple[bool, Text]:
    if not indicator:
        return False, Text("Välj en indikator som visar om målet nås.", "Choose an indicator that shows progress.")
    if goal.target_value is None:
        return False, Text("Ange ett målvärde för indikatorn.", "Enter a target value for the indicator.")
    if goal.type == "effekt" and goal.baseline_value is None:
        return False, Text(
            "Ett effektmål behöver ett utgångsvärde att jämföra med.", "An outcome goal needs a baseline to compare."
        )
    return True, Text("Indikator och målvärde finns.", "Indicator and target value are set.")


def _accepted(goal: GoalRow) -> tuple[bool, Text]:
    if goal.accepted:
        return True, Text("Parterna har ställt sig bakom målet.", "The parties have accepted the goal.")
    return False, Text(
        "Bocka i Accepterad när parterna har ställt sig bakom målet.",
        "Tick Accepted once the parties have agreed to the goal.",
    )


def _realistic(goal: GoalRow) -> tuple[bool, Text]:
    base, target = goal.baseline_value, goal.target_value
    if target is None:
        return False, Text("Ange ett målvärde, så kan rimligheten bedömas.", "Enter a target so it can be judged.")
    if base is None:
        ok = goal.type != "effekt"
        return ok, (Text("Målvärdet är angivet.", "The target is set.") if ok else
                    Text("Ange utgångsvärdet, så kan förändringen bedömas.", "Enter the baseline to judge the change."))
    if base == target:
        return False, Text("Målvärdet är detsamma som utgångsvärdet.", "The target equals the baseline.")
    if base != 0 and abs(target - base) / abs(base) > MAX_RELATIVE_CHANGE:
        share = round(abs(target - base) / abs(base) * 100)
        return False, Text(
            f"En förändring på {share} % är mycket under en period. Överväg ett mer nåbart delmål.",
            f"A change of {share} % is a lot for one period. Consider a more reachable interim goal.",
        )
    return True, Text("Förändringen är rimlig i storlek.", "The change is of a reasonable size.")


def _timed(goal: GoalRow) -> tuple[bool, Text]:
    if goal.target_date is None:
        return False, Text("Ange när målet ska vara nått.", "Enter when the goal should be reached.")
    if goal.baseline_date is not None and goal.target_date <= goal.baseline_date:
        return False, Text("Måldatumet måste ligga efter utgångsdatumet.", "The target date must follow the baseline.")
    when = goal.target_date.isoformat()
    return True, Text(f"Ska vara nått {when}.", f"To be reached by {when}.")
