"""What hangs on a cause: custom fishbone bones, evidence links, and the measures that address it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from samverka.core import crud
from samverka.core.cause_graph import STANDARD_BONES
from samverka.core.changes import Changes
from samverka.dto import (
    CauseEvidenceRow,
    CauseRow,
    FishboneBoneRow,
    MeasureCauseRow,
    MeasureRow,
    ObservationRow,
    SurveyResultRow,
)
from samverka.errors import NotFoundError, ValidationError
from samverka.models import Cause, CauseEvidence, FishboneBone, Measure, MeasureCause, Observation, SurveyResult
from samverka.models.db import Database


@dataclass(frozen=True)
class BoneRemoval:
    """What deleting a custom bone removed, so undo can put the bone and its causes back."""

    snapshot: crud.Snapshot
    name: str
    cause_ids: tuple[int, ...]


@dataclass(frozen=True)
class EvidenceOption:
    """An observation or a survey result a cause can cite."""

    kind: type[ObservationRow] | type[SurveyResultRow]
    id: int
    label: str


def _bone_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("Benet måste ha ett namn.", "The bone needs a name.", field="name")
    return clean


def _check_unique_bone(session: Session, problem_id: int, name: str, exclude: int | None = None) -> None:
    taken = {n.casefold() for n in session.scalars(
        select(FishboneBone.name).where(FishboneBone.problem_id == problem_id, FishboneBone.id != (exclude or -1)))}
    if name.casefold() in taken | {b.casefold() for b in STANDARD_BONES}:
        raise ValidationError(f"Det finns redan ett ben som heter {name!r}. Välj ett annat namn.",
                              f"There is already a bone called {name!r}. Choose another name.", field="name")


def add_bone(db: Database, problem_id: int, name: str) -> tuple[int, Changes]:
    clean = _bone_name(name)
    with db.write() as session:
        _check_unique_bone(session, problem_id, clean)
        order = session.scalar(select(func.max(FishboneBone.sort_order))
                               .where(FishboneBone.problem_id == problem_id))
        new_id = crud.create_in(session, db, FishboneBoneRow, {
            "problem_id": problem_id, "name": clean, "sort_order": (order if order is not None else -1) + 1})
    return new_id, Changes.of(FishboneBoneRow, new_id)


def rename_bone(db: Database, bone_id: int, name: str) -> Changes:
    """Rename a custom bone; the causes on it move with it (in the same transaction)."""
    clean = _bone_name(name)
    with db.write() as session:
        row = session.get(FishboneBone, bone_id)
        if row is None:
            raise _bone_gone()
        _check_unique_bone(session, row.problem_id, clean, exclude=bone_id)
        ids = session.scalars(select(Cause.id).where(Cause.problem_id == row.problem_id,
                                                     Cause.fishbone_bone == row.name)).all()
        session.execute(update(Cause).where(Cause.id.in_(ids)).values(fishbone_bone=clean))
        row.name = clean
    return Changes.of(FishboneBoneRow, bone_id) | Changes.of(CauseRow, *ids)


def delete_bone(db: Database, bone_id: int) -> tuple[BoneRemoval, Changes]:
    """Remove a custom bone; its causes stay in the graph without a bone (one transaction)."""
    with db.write() as session:
        bone = session.get(FishboneBone, bone_id)
        if bone is None:
            raise _bone_gone()
        name = bone.name
        ids = tuple(session.scalars(select(Cause.id).where(Cause.problem_id == bone.problem_id,
                                                           Cause.fishbone_bone == name)).all())
        session.execute(update(Cause).where(Cause.id.in_(ids)).values(fishbone_bone=""))
        snapshot = crud.delete_in(session, FishboneBoneRow, bone_id)
    return BoneRemoval(snapshot, name, ids), crud.snapshot_changes(snapshot) | Changes.of(CauseRow, *ids)


def restore_bone(db: Database, removal: BoneRemoval) -> Changes:
    with db.write() as session:
        crud.restore_in(session, removal.snapshot)
        session.execute(update(Cause).where(Cause.id.in_(removal.cause_ids)).values(fishbone_bone=removal.name))
    return crud.snapshot_changes(removal.snapshot) | Changes.of(CauseRow, *removal.cause_ids)


def _bone_gone() -> NotFoundError:
    return NotFoundError("Benet finns inte längre. Uppdatera vyn.", "The bone no longer exists. Refresh the view.")


def link_evidence(
    db: Database, cause_id: int, *, observation_id: int | None = None, survey_result_id: int | None = None
) -> tuple[int, Changes]:
    """Cite one observation or one survey result as evidence for a cause (once)."""
    if (observation_id is None) == (survey_result_id is None):
        raise ValueError("give exactly one of observation_id and survey_result_id")
    with db.write() as session:
        existing = session.scalar(select(CauseEvidence.id).where(
            CauseEvidence.cause_id == cause_id,
            CauseEvidence.observation_id.is_not_distinct_from(observation_id),
            CauseEvidence.survey_result_id.is_not_distinct_from(survey_result_id)))
        if existing is not None:
            raise ValidationError("Det belägget är redan kopplat till orsaken.",
                                  "That evidence is already linked to the cause.", field="evidence")
        new_id = crud.create_in(session, db, CauseEvidenceRow, {
            "cause_id": cause_id, "observation_id": observation_id, "survey_result_id": survey_result_id})
    return new_id, Changes.of(CauseEvidenceRow, new_id)


def evidence_options(db: Database) -> list[EvidenceOption]:
    """Observations and survey results of the collaboration, labelled for a picker."""
    collaboration = db.collaboration_id()
    with db.read() as session:
        observations = session.execute(
            select(Observation.id, Observation.category, Observation.description)
            .where(Observation.collaboration_id == collaboration).order_by(Observation.id)).all()
        results = session.execute(
            select(SurveyResult.id, SurveyResult.year, SurveyResult.area_name, SurveyResult.item_label,
                   SurveyResult.breakdown, SurveyResult.value)
            .where(SurveyResult.collaboration_id == collaboration)
            .order_by(SurveyResult.year.desc(), SurveyResult.item_label, SurveyResult.id)).all()
    options = [EvidenceOption(ObservationRow, int(i), " – ".join(p for p in (cat, desc[:80]) if p))
               for i, cat, desc in observations]
    options += [EvidenceOption(SurveyResultRow, int(i), f"{item} {year} {area} ({breakdown}): {value:g}".strip())
                for i, year, area, item, breakdown, value in results]
    return options


def measures_for_cause(db: Database, cause_id: int) -> list[MeasureRow]:
    with db.read() as session:
        found = session.scalars(select(Measure).join(MeasureCause, MeasureCause.measure_id == Measure.id)
                                .where(MeasureCause.cause_id == cause_id).order_by(Measure.sort_order, Measure.id))
        return [crud.to_row(m) for m in found]


def new_measure_for_cause(db: Database, cause_id: int, title: str) -> tuple[int, Changes]:
    """Create a measure for the cause's problem and link it to the cause, in one transaction."""
    if not title.strip():
        raise ValidationError("Åtgärden måste ha en rubrik.", "The measure needs a title.", field="title")
    with db.write() as session:
        cause = session.get(Cause, cause_id)
        if cause is None:
            raise NotFoundError("Orsaken finns inte längre. Uppdatera vyn.",
                                "The cause no longer exists. Refresh the view.")
        order = session.scalar(select(func.max(Measure.sort_order))
                               .where(Measure.collaboration_id == db.collaboration_id()))
        measure = Measure(collaboration_id=db.collaboration_id(), problem_id=cause.problem_id, title=title.strip(),
                          sort_order=(order if order is not None else -1) + 1)
        session.add(measure)
        session.flush()
        link = MeasureCause(measure_id=measure.id, cause_id=cause_id)
        session.add(link)
        session.flush()
        measure_id, link_id = int(measure.id), int(link.id)
    return measure_id, Changes.of(MeasureRow, measure_id) | Changes.of(MeasureCauseRow, link_id)


def link_measure(db: Database, cause_id: int, measure_id: int) -> tuple[int, Changes]:
    """Say that an existing measure addresses this cause."""
    with db.write() as session:
        existing = session.scalar(select(MeasureCause.id).where(MeasureCause.cause_id == cause_id,
                                                                MeasureCause.measure_id == measure_id))
        if existing is not None:
            raise ValidationError("Åtgärden är redan kopplad till orsaken.",
                                  "The measure is already linked to the cause.", field="measure")
        new_id = crud.create_in(session, db, MeasureCauseRow, {"measure_id": measure_id, "cause_id": cause_id})
    return new_id, Changes.of(MeasureCauseRow, new_id)


def unaddressed_causes(db: Database, problem_id: int) -> list[CauseRow]:
    """The problem's causes that no measure addresses yet, in tree order of storage."""
    addressed = select(MeasureCause.cause_id)
    with db.read() as session:
        found = session.scalars(select(Cause).where(Cause.problem_id == problem_id, Cause.id.not_in(addressed))
                                .order_by(Cause.sort_order, Cause.id))
        return [crud.to_row(c) for c in found]
