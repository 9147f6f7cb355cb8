"""Steps 7–10: the signed agreement ends the joint preparation; the decided action plan, the citizen promises
and the follow-up belong to implementation."""

from __future__ import annotations

from samverka.dto import AgreementRow, PromiseItemRow
from samverka.workflow.gates import lock_blockers_for
from samverka.workflow.missing import Missing, missing
from samverka.workflow.pace import item_verdict
from samverka.workflow.rules_analyse import NO_FOCUS
from samverka.workflow.snapshot import Snapshot


def _fully_signed(s: Snapshot, agreement: AgreementRow) -> bool:
    people = {p.id for p in s.signatories if p.agreement_id == agreement.id}
    signed = {sig.signatory_id for sig in s.signatures if sig.agreement_id == agreement.id}
    return bool(people) and people <= signed


def agreement_rule(s: Snapshot) -> list[Missing]:
    """Step 7: complete when a version is signed by all its signatories (locking alone is not enough)."""
    frozen = sorted((a for a in s.agreements if a.status != "utkast"), key=lambda a: a.version)
    if any(_fully_signed(s, a) for a in frozen):
        return []
    if not frozen:
        return [*lock_blockers_for(s),
                missing("overenskommelse", "Överenskommelsen är inte låst för underskrift",
                        "The agreement is not locked for signing", entity="agreement", field="status")]
    latest = frozen[-1]
    signed = {sig.signatory_id for sig in s.signatures if sig.agreement_id == latest.id}
    left = [p for p in s.signatories if p.agreement_id == latest.id and p.id not in signed]
    if not left:
        return [missing("overenskommelse", "Överenskommelsen har inga undertecknare",
                        "The agreement has no signatories", entity="signatory")]
    names = ", ".join(f"{p.name} ({p.title})" if p.title else p.name for p in left)
    return [missing("overenskommelse", f"Överenskommelsen väntar på underskrift av {names}",
                    f"The agreement is waiting for the signature of {names}",
                    entity="agreement", entity_id=latest.id, field="signature")]


def action_plan_rule(s: Snapshot) -> list[Missing]:
    """Step 8: measures for every problem in focus, each with a responsible party, and a decided plan."""
    found: list[Missing] = [] if s.focus_problems else [NO_FOCUS]
    for problem in s.focus_problems:
        if not any(m.problem_id == problem.id for m in s.measures):
            found.append(missing("atgardsplan", f"Problemet ”{problem.title}” har inga åtgärder",
                                 f"The problem “{problem.title}” has no measures", entity="measure",
                                 field="problem_id"))
    for measure in s.measures:
        if measure.responsible_org_id is None:
            found.append(missing("atgardsplan", f"Åtgärden ”{measure.title}” saknar ansvarig organisation",
                                 f"The measure “{measure.title}” has no responsible organisation",
                                 entity="measure", entity_id=measure.id, field="responsible_org_id"))
    if not any(plan.status == "beslutad" for plan in s.action_plans):
        found.append(missing(
            "atgardsplan", "Åtgärdsplanen är inte beslutad (beslutande organ, datum, paragraf och diarienummer, "
            "lag 2023:196)",
            "The action plan is not decided (deciding body, date, paragraph and reference number, Act 2023:196)",
            entity="action_plan", field="status"))
    return found


def promises_rule(s: Snapshot) -> list[Missing]:
    """Step 9: the promises in force state their citizen dialogue and period; each line has a responsible
    party, a quantified activity and a date when it is reported back."""
    if not s.promises:
        return [missing("medborgarloften", "Inget medborgarlöfte är formulerat", "No citizen promise has been written",
                        entity="citizen_promise")]
    found: list[Missing] = []
    for promise in s.current_promises:
        title = promise.title
        items = s.items_of(promise.id)
        if not items:
            found.append(missing("medborgarloften", f"Medborgarlöftet ”{title}” har inga löften",
                                 f"The citizen promise “{title}” has no promises",
                                 entity="citizen_promise", entity_id=promise.id))  # its lines are added there
        if not promise.period_start or not promise.period_end:
            found.append(missing("medborgarloften", f"Medborgarlöftet ”{title}” saknar giltighetsperiod",
                                 f"The citizen promise “{title}” has no period of validity",
                                 entity="citizen_promise", entity_id=promise.id,
                                 field="period_start" if not promise.period_start else "period_end"))
        if not promise.dialogue_basis.strip():
            found.append(missing(
                "medborgarloften", f"Medborgarlöftet ”{title}” säger inte vilken medborgardialog det bygger på",
                f"The citizen promise “{title}” does not state the citizen dialogue it builds on",
                entity="citizen_promise", entity_id=promise.id, field="dialogue_basis"))
        for item in items:
            found += _item_gaps(item)
    return found


def _item_label(item: PromiseItemRow) -> str:
    text = " ".join(item.wording.split())
    return text if len(text) <= 50 else text[:49] + "…"


def _item_gaps(item: PromiseItemRow) -> list[Missing]:
    found: list[Missing] = []
    label = _item_label(item)
    if item.responsible_org_id is None and not item.all_parties:
        found.append(missing("medborgarloften", f"Löftet ”{label}” saknar ansvarig part",
                             f"The promise “{label}” has no responsible party",
                             entity="promise_item", entity_id=item.id, field="responsible_org_id"))
    if not item.activity_count or not item.activity_unit.strip():
        found.append(missing(
            "medborgarloften", f"Löftet ”{label}” saknar en kvantifierad aktivitet (antal och enhet, t.ex. 26 kvällar)",
            f"The promise “{label}” lacks a quantified activity (a count and a unit, e.g. 26 evenings)",
            entity="promise_item", entity_id=item.id,
            field="activity_count" if not item.activity_count else "activity_unit"))
    if item.report_back_date is None:
        found.append(missing("medborgarloften", f"Löftet ”{label}” saknar datum för återrapportering",
                             f"The promise “{label}” has no report-back date",
                             entity="promise_item", entity_id=item.id, field="report_back_date"))
    return found


def follow_up_rule(s: Snapshot) -> list[Missing]:
    """Step 10: the follow-up is described and something has been followed up in the room."""
    found: list[Missing] = []
    c = s.collaboration
    if not c.followup_text.strip():
        # Its one home is the agreement's section "Uppföljning" (step 7): planned before the agreement is signed.
        found.append(missing("overenskommelse", "Det saknas en beskrivning av hur uppföljningen går till",
                             "There is no description of how the follow-up is done",
                             entity="collaboration", entity_id=c.id, field="followup_text"))
    if not (s.status_updates or s.followup_reports or s.promise_item_statuses):
        found.append(missing("uppfoljning", "Ingen åtgärd och inget löfte har följts upp ännu",
                             "No measure and no promise has been followed up yet", entity="status_update"))
    return found


def lagging_promises(s: Snapshot) -> list[Missing]:
    """Advice: promise lines whose latest status shows fewer activities done than the elapsed period calls for."""
    found: list[Missing] = []
    promises = {p.id: p for p in s.current_promises}
    for item in s.promise_items:
        promise = promises.get(item.promise_id)
        statuses = [st for st in s.promise_item_statuses if st.promise_item_id == item.id]
        if promise is None:
            continue
        verdict = item_verdict(item, promise, statuses)
        pace = verdict.pace
        if verdict.behind and pace is not None:
            found.append(missing(
                "uppfoljning", f"Löftet ”{_item_label(item)}” ligger efter plan: {pace.explanation.sv.rstrip('.')}",
                f"The promise “{_item_label(item)}” is behind: {pace.explanation.en.rstrip('.')}",
                entity="promise_item", entity_id=item.id, field="activity_count"))
    return found


def unaddressed_causes(s: Snapshot) -> list[Missing]:
    """Advice, not a blocker: causes in focus problems that no measure acts on."""
    addressed = {mc.cause_id for mc in s.measure_causes}
    focus = {p.id for p in s.focus_problems}
    return [
        missing("atgardsplan", f"Orsaken ”{c.text[:60]}” åtgärdas inte av någon åtgärd",
                f"No measure addresses the cause “{c.text[:60]}”", entity="cause", entity_id=c.id)
        for c in s.causes
        if c.problem_id in focus and c.id not in addressed
    ]
