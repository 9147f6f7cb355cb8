"""Brå's minimum content: what must be there before an agreement may be locked for signing.

The gate rests on the lägesbild, the prioritised problems, their causes, their goals, how the work is
documented and followed up, and the period – never on measures or promises, which are renewed beside the
signed agreement.
"""

from __future__ import annotations

from samverka.models.db import Database
from samverka.workflow.missing import Missing, missing
from samverka.workflow.rules_analyse import has_measurable_goal
from samverka.workflow.snapshot import Snapshot, load_snapshot


def lock_blockers_for(s: Snapshot) -> list[Missing]:
    blockers: list[Missing] = []
    c = s.collaboration
    if not c.lagesbild_summary.strip():
        blockers.append(missing("lagesbild", "Överenskommelsen saknar en sammanfattning av lägesbilden",
                                "The agreement lacks a summary of the situation picture",
                                entity="collaboration", entity_id=c.id, field="lagesbild_summary"))
    focus = s.focus_problems
    if not focus:
        blockers.append(missing("prioritering", "Överenskommelsen saknar problem i fokus",
                                "The agreement has no problems in focus", entity="problem", field="in_focus"))
    for problem in focus:
        if not s.causes_of(problem.id):
            blockers.append(missing("orsaksanalys", f"Problemet ”{problem.title}” saknar sannolika orsaker",
                                    f"The problem “{problem.title}” lacks probable causes",
                                    entity="problem", entity_id=problem.id))
        if not has_measurable_goal(s, problem.id):
            blockers.append(missing(
                "mal", f"Problemet ”{problem.title}” saknar ett avgränsat, mätbart mål (indikator, utgångsvärde, "
                "målvärde och datum)",
                f"The problem “{problem.title}” lacks a delimited, measurable goal (indicator, baseline, target "
                "value and date)",
                entity="goal", field="target_value"))
    if not c.documentation_text.strip():
        blockers.append(missing("overenskommelse", "Det saknas en beskrivning av hur arbetet dokumenteras",
                                "There is no description of how the work is documented",
                                entity="collaboration", entity_id=c.id, field="documentation_text"))
    if not c.followup_text.strip():
        # Written in the agreement's section "Uppföljning" (step 7), like the documentation text above.
        blockers.append(missing("overenskommelse", "Det saknas en beskrivning av hur uppföljningen görs",
                                "There is no description of how the follow-up is done",
                                entity="collaboration", entity_id=c.id, field="followup_text"))
    if not c.period_start or not c.period_end:
        blockers.append(missing("samverkan", "Överenskommelsens period (start och slut) saknas",
                                "The agreement's period (start and end) is missing",
                                entity="collaboration", entity_id=c.id,
                                field="period_start" if not c.period_start else "period_end"))
    return blockers


def lock_blockers(db: Database) -> list[Missing]:
    return lock_blockers_for(load_snapshot(db))
