"""The agreement's annexes, numbered once: the action plan and each citizen promise, named by version and
document ID. Every text that mentions the annexes ("bilaga 2", "två bilagor") uses this one list."""

from __future__ import annotations

from samverka.core.documents.actionplan import ACTIONPLAN_TABLES, action_plan_from
from samverka.core.documents.common import Data, count_words, join
from samverka.core.documents.promise import PROMISE_TABLES, build_promise
from samverka.export.documents import Annex

ANNEX_TABLES = tuple(dict.fromkeys((*ACTIONPLAN_TABLES, *PROMISE_TABLES)))


def annex_list(data: Data) -> tuple[Annex, ...]:
    if "annexes" in data.memo:
        return data.memo["annexes"]  # type: ignore[no-any-return]
    annexes: list[Annex] = []
    if data.of("measure") or data.of("action_plan"):
        plan = action_plan_from(data)
        decided = join([plan.decision.body, plan.decision.date, plan.decision.paragraph and
                        f"§ {plan.decision.paragraph.lstrip('§ ')}", plan.decision.diarienummer and
                        f"dnr {plan.decision.diarienummer}"], ", ")
        state = f"beslutad av {decided}" if plan.decision.date else f"utkast, beslutas av {plan.decision.body.lower()}"
        annexes.append(Annex(len(annexes) + 1, plan.title, f"Version {plan.version} ({state}), {plan.document_id}"))
    for row in data.of("citizen_promise"):
        promise = build_promise(row, data)
        annexes.append(Annex(len(annexes) + 1, f"Medborgarlöfte: {promise.title}",
                             f"Version {promise.version}, giltigt {promise.period}, {promise.document_id}"))
    result = tuple(annexes)
    data.memo["annexes"] = result
    return result


def annex_phrase(annexes: tuple[Annex, ...]) -> str:
    """"bilaga 1" or "bilagorna 1–3"."""
    if not annexes:
        return ""
    if len(annexes) == 1:
        return f"bilaga {annexes[0].number}"
    return f"bilagorna {annexes[0].number}–{annexes[-1].number}"


def annex_count(annexes: tuple[Annex, ...]) -> str:
    """"en bilaga", "tre bilagor"."""
    return count_words(len(annexes), "bilaga", "bilagor")
