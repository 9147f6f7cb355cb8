"""Brå's minimum content: what must be there before an agreement may be locked for signing."""

from __future__ import annotations

from samverka.errors import Text
from samverka.models.db import Database
from samverka.workflow.rules import has_measurable_goal
from samverka.workflow.snapshot import Snapshot, load_snapshot


def lock_blockers_for(s: Snapshot) -> list[Text]:
    blockers: list[Text] = []
    focus = s.focus_problems
    if not focus:
        blockers.append(Text("Överenskommelsen saknar problem i fokus.", "The agreement has no problems in focus."))
    for problem in focus:
        if not s.causes_of(problem.id):
            blockers.append(Text(f"Problemet '{problem.title}' saknar sannolika orsaker (orsaksanalys).",
                                 f"The problem '{problem.title}' lacks probable causes (cause analysis)."))
        if not has_measurable_goal(s, problem.id):
            blockers.append(Text(f"Problemet '{problem.title}' saknar ett avgränsat, mätbart mål.",
                                 f"The problem '{problem.title}' lacks a delimited, measurable goal."))
    c = s.collaboration
    if not c.documentation_text.strip():
        blockers.append(Text("Det saknas en beskrivning av hur arbetet dokumenteras.",
                             "There is no description of how the work is documented."))
    if not c.followup_text.strip():
        blockers.append(Text("Det saknas en beskrivning av hur uppföljningen görs.",
                             "There is no description of how the follow-up is done."))
    if not c.period_start or not c.period_end:
        blockers.append(Text("Överenskommelsens period (start och slut) saknas.",
                             "The agreement's period (start and end) is missing."))
    return blockers


def lock_blockers(db: Database) -> list[Text]:
    return lock_blockers_for(load_snapshot(db))
