"""The agreement's annexes, numbered once: the action plan and each citizen promise in force, named by version and
document ID. Every text that mentions the annexes ("bilaga 2", "två bilagor") uses this one list."""

from __future__ import annotations

from typing import Any

from samverka.core.documents.actionplan import ACTIONPLAN_TABLES, action_plan_from
from samverka.core.documents.common import NOT_GIVEN, Data
from samverka.core.documents.promise import PROMISE_TABLES, build_promise
from samverka.export.documents import ActionPlanDocument, Annex, DecisionRecord
from samverka.swedish import BILAGA, count
from samverka.workflow.in_force import in_force

ANNEX_TABLES = tuple(dict.fromkeys((*ACTIONPLAN_TABLES, *PROMISE_TABLES)))
# The first word of a deciding body that is a common noun ("Kommunstyrelsen" → "kommunstyrelsen" mid-sentence).
_ORGAN_ENDINGS = ("styrelsen", "fullmäktige", "nämnden", "gruppen", "utskottet", "rådet")


def annex_list(data: Data) -> tuple[Annex, ...]:
    if "annexes" in data.memo:
        return data.memo["annexes"]  # type: ignore[no-any-return]
    annexes: list[Annex] = []
    if data.of("measure") or data.of("action_plan"):
        plan = action_plan_from(data)
        annexes.append(Annex(len(annexes) + 1, plan.title, plan_reference(plan)))
    for row in current_promises(data):
        promise = build_promise(row, data)
        valid = f", gäller {promise.period}" if promise.period != NOT_GIVEN else ""
        annexes.append(Annex(len(annexes) + 1, f"Medborgarlöfte: {promise.title}",
                             f"Version {promise.version}{valid}. Dokument-ID {promise.document_id}"))
    result = tuple(annexes)
    data.memo["annexes"] = result
    return result


def current_promises(data: Data) -> list[Any]:
    """The promises in force: a renewed version replaces the one it renews."""
    return in_force(data.of("citizen_promise"))


def plan_reference(plan: ActionPlanDocument) -> str:
    """"Version 1, beslutad av kommunstyrelsen 2026-03-11, § 45 (dnr KS 2026/0123). Dokument-ID AP-…"; a plan not
    yet decided has no final document ID, so a draft is named by who decides it."""
    decision = plan.decision
    if not decision.date or not plan.status.lower().startswith("beslut"):
        return f"Version {plan.version}, utkast som beslutas av {organ(decision.body or 'Kommunstyrelsen')}"
    return f"Version {plan.version}, {decision_phrase(decision)}. Dokument-ID {plan.document_id}"


def decision_phrase(decision: DecisionRecord) -> str:
    """"beslutad av kommunstyrelsen 2026-03-11, § 45 (dnr KS 2026/0123)"."""
    text = f"beslutad av {organ(decision.body or 'Kommunstyrelsen')} {decision.date}".rstrip()
    paragraph = decision.paragraph.strip().lstrip("§").strip()
    if paragraph:
        text += f", § {paragraph}"
    if decision.diarienummer.strip():
        text += f" (dnr {decision.diarienummer.strip()})"
    return text


def organ(body: str) -> str:
    """A deciding body in running text: "Kommunstyrelsen" → "kommunstyrelsen"; a proper name stays."""
    first, _, rest = body.strip().partition(" ")
    if first.lower().endswith(_ORGAN_ENDINGS):
        return (first[:1].lower() + first[1:] + (" " + rest if rest else "")).strip()
    return body.strip()


def annex_phrase(annexes: tuple[Annex, ...]) -> str:
    """"bilaga 1", "bilagorna 1 och 2" or "bilagorna 1–3"."""
    if not annexes:
        return ""
    if len(annexes) == 1:
        return f"bilaga {annexes[0].number}"
    if len(annexes) == 2:
        return f"bilagorna {annexes[0].number} och {annexes[1].number}"
    return f"bilagorna {annexes[0].number}–{annexes[-1].number}"


def annex_count(annexes: tuple[Annex, ...]) -> str:
    """"en bilaga", "tre bilagor"."""
    return count(len(annexes), BILAGA)
