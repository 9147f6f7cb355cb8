"""What must be in the agreement before it may be locked: Brå's minimum content (the workflow's gate)
and someone to sign."""

from __future__ import annotations

from samverka.core.documents.common import Data, read
from samverka.models.db import Database
from samverka.workflow.gates import lock_blockers
from samverka.workflow.missing import Missing, missing


def missing_for_lock(db: Database) -> list[Missing]:
    found = lock_blockers(db)
    if not _has_signatories(read(db, ("person", "agreement", "signatory"))):
        found.append(missing("samverkan", "Ingen undertecknare är angiven (markera KSO och LPO-chef som undertecknare)",
                             "No signatory is named (mark the KSO and the LPO chief as signatories)",
                             entity="person", field="is_signatory"))
    return found


def _has_signatories(data: Data) -> bool:
    versions = sorted(data.of("agreement"), key=lambda a: a.version)
    if versions and versions[-1].status == "utkast":
        return any(s.agreement_id == versions[-1].id for s in data.of("signatory"))
    return any(p.is_signatory for p in data.of("person"))
