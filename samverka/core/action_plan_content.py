"""What a decided action plan freezes: the measures as decided, with who, where, when, what they cost and the
causes they act on, plus the decision record. Never a measure's status (that belongs to follow-up).

Plain data (a dict) in canonical JSON; the documents package can build its PDF from the same rows. Replace
`plan_content` with the documents' own action-plan document when it exists: only its JSON and hash are stored.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from samverka import vocab
from samverka.core.documents.common import Data, iso, label, slug

PLAN_TABLES = ("collaboration", "organisation", "person", "problem", "cause", "measure", "measure_cause",
               "measure_technique", "action_plan")


def plan_content(data: Data, plan: Any) -> dict[str, Any]:
    """The plan's content as the data stands (its decision record included)."""
    c = data.collaboration
    return {
        "kind": "åtgärdsplan",
        "collaboration": c.name,
        "kommun": c.kommun,
        "title": plan.title or default_title(data, plan),
        "version": plan.version,
        "period": [iso(plan.period_start), iso(plan.period_end)],
        "decision": {"decided_by": plan.decided_by, "date": iso(plan.decision_date), "paragraph": plan.paragraph,
                     "diarienummer": plan.diarienummer},
        "measures": [_measure(m, data) for m in data.of("measure")],
    }


def _measure(measure: Any, data: Data) -> dict[str, Any]:
    causes = {link.cause_id for link in data.of("measure_cause") if link.measure_id == measure.id}
    techniques = sorted(t.technique_id for t in data.of("measure_technique") if t.measure_id == measure.id)
    return {
        "title": measure.title,
        "description": measure.description,
        "problem": data.name("problem", measure.problem_id, "title"),
        "responsible": data.name("organisation", measure.responsible_org_id),
        "person": data.name("person", measure.responsible_person_id),
        "partners": measure.partners,
        "place": measure.place,
        "start": iso(measure.start),
        "end": iso(measure.end),
        "frequency": measure.frequency,
        "resources_sek": measure.resources_sek,
        "resources_hours": measure.resources_hours,
        "prevention": label(vocab.PREVENTION_TYPES, measure.prevention_type),
        "horizon": label(vocab.HORIZONS, measure.horizon),
        "causes": [cause.text for cause in data.of("cause") if cause.id in causes],
        "techniques": techniques,
    }


def default_title(data: Data, plan: Any) -> str:
    c = data.collaboration
    start = plan.period_start or c.period_start
    return f"Åtgärdsplan för brottsförebyggande arbete, {c.kommun or c.name}" + (f" {start.year}" if start else "")


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_sha256(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def document_id(data: Data, plan: Any, digest: str) -> str:
    c = data.collaboration
    year = (plan.period_start or c.period_start or c.created_at).year
    return f"AP-{slug(c.kommun or c.name)}-{year}-V{plan.version}-{digest[:8].upper()}"
