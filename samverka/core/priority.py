"""Step 3's ranking: the weighted score over Brå's criteria, with resources and the ability to influence as
filters (passed or failed, never added to the score). Candidates that fail a filter rank after the others.

`weighted_total` is the pure function the score matrix and the projector both use for the total column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from samverka.core import crud, vote_service
from samverka.dto import PriorityCriterionRow, ProblemCandidateRow
from samverka.models.db import Database
from samverka.workflow.rules_analyse import FILTER_FAIL_SCORE


@dataclass(frozen=True)
class RankedCandidate:
    candidate: ProblemCandidateRow
    score: float  # the weighted sum over the scored (non-filter) criteria
    dots: int  # the room's tally votes, which break ties
    failed_filters: tuple[str, ...]  # filter criteria scored "no"
    unchecked_filters: tuple[str, ...]  # filter criteria not judged yet

    @property
    def passes_filters(self) -> bool:
        return not self.failed_filters


def weighted_total(candidate_id: int, criteria: Sequence[Any], scores: Mapping[tuple[int, int], Any]) -> float:
    """Σ score × weight over the criteria that are not filters."""
    total = 0.0
    for criterion in criteria:
        score = scores.get((candidate_id, criterion.id))
        if score is not None and not criterion.is_filter:
            total += score.score * criterion.weight
    return total


def filter_result(
    candidate_id: int, criteria: Sequence[Any], scores: Mapping[tuple[int, int], Any],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(failed, unchecked) filter names for one candidate."""
    failed, unchecked = [], []
    for criterion in criteria:
        if not criterion.is_filter:
            continue
        score = scores.get((candidate_id, criterion.id))
        if score is None:
            unchecked.append(criterion.name)
        elif score.score <= FILTER_FAIL_SCORE:
            failed.append(criterion.name)
    return tuple(failed), tuple(unchecked)


def ranking(db: Database) -> list[RankedCandidate]:
    """Best first: candidates passing every filter before those failing one, then score, then dots."""
    criteria: list[PriorityCriterionRow] = crud.list_rows(db, "priority_criterion", order_by=("sort_order", "id"))
    candidates: list[ProblemCandidateRow] = crud.list_rows(db, "problem_candidate", order_by=("sort_order", "id"))
    ids = {c.id for c in candidates}
    scores = {(s.candidate_id, s.criterion_id): s for s in crud.list_rows(db, "priority_score")
              if s.candidate_id in ids}
    dots = vote_service.totals(db, "problem_candidate")
    ranked = []
    for candidate in candidates:
        failed, unchecked = filter_result(candidate.id, criteria, scores)
        ranked.append(RankedCandidate(candidate, weighted_total(candidate.id, criteria, scores),
                                      dots.get(candidate.id, 0), failed, unchecked))
    ranked.sort(key=lambda r: (bool(r.failed_filters), -r.score, -r.dots))
    return ranked
