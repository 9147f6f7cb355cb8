"""Plain data for the seven documents. `samverka.core.documents` fills them; the PDF builders only read them.

Every field is a str, an int, a float, None or a tuple of these dataclasses, so a document converts to JSON
(to freeze a locked agreement) and back without loss. Texts are preformatted for print (dates, numbers).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar


def later(default: Any) -> Any:
    """A field added after documents were first frozen: left out of the canonical JSON while at its default,
    so the content hash of a document locked by an earlier version stays the same."""
    return field(default=default, metadata={"later": True})


@dataclass(frozen=True)
class Section:
    """One numbered text section; `edited` marks text the facilitator wrote over the generated one."""

    key: str
    heading: str
    body: str
    edited: bool = False


@dataclass(frozen=True)
class Signatory:
    field_name: str
    name: str
    title: str
    organisation: str
    place: str


@dataclass(frozen=True)
class CauseItem:
    text: str
    kind: str
    depth: int = 0


@dataclass(frozen=True)
class GoalItem:
    type_label: str
    text: str
    indicator: str = ""
    baseline: str = ""
    target: str = ""
    target_date: str = ""


@dataclass(frozen=True)
class ActionRow:
    """One measure as the workshop report lists it (a snapshot, so its status is shown)."""

    ref: str
    title: str
    description: str
    who: str
    when: str
    causes: str
    prevention: str
    status: str
    problem: str = ""


@dataclass(frozen=True)
class FocusProblem:
    ref: str
    title: str
    statement: str
    area: str
    focus_area: str
    questions: tuple[tuple[str, str], ...]
    causes: tuple[CauseItem, ...]
    goals: tuple[GoalItem, ...]


@dataclass(frozen=True)
class Annex:
    """An annex the agreement refers to: a separate document, named with its version and document ID."""

    number: int
    title: str
    reference: str = ""


@dataclass(frozen=True)
class DecisionRecord:
    """Who decided a kommunal document, when and under which paragraph (beslutande organ, datum, §, dnr)."""

    body: str = ""
    date: str = ""
    paragraph: str = ""
    diarienummer: str = ""


@dataclass(frozen=True)
class PromiseLine:
    """One promise: what is done (a quantified activity where known), by which party, where and when."""

    wording: str
    responsible: str = ""
    place: str = ""
    when: str = ""
    activity: str = later("")
    report_back: str = later("")
    group: str = later("")  # the heading it is printed under: its party, or all parties by name


@dataclass(frozen=True)
class PlainGoal:
    """A goal in words a resident understands: what is measured, the value today, the aim and when."""

    what: str
    today: str = ""
    aim: str = ""
    when: str = ""
    result: str = ""


@dataclass(frozen=True)
class PromiseDocument:
    document_id: str
    title: str
    date: str
    area: str
    target_group: str
    period: str
    parties: tuple[str, ...]
    direction: str
    situation: str
    how_produced: str
    sources: tuple[str, ...]
    promises: tuple[PromiseLine, ...]
    goals: tuple[GoalItem, ...]
    follow_up: str
    link: str
    contribute: str
    channels: str
    signatories: tuple[Signatory, ...]
    version: int = later(1)
    report_back: str = later("")
    plain_goals: tuple[PlainGoal, ...] = later(())
    dialogue_basis: str = later("")
    draft: bool = later(False)


@dataclass(frozen=True)
class AgreementDocument:
    document_id: str
    title: str
    date: str
    version: int
    status: str
    kommun: str
    police_area: str
    period: str
    parties: tuple[str, ...]
    sections: tuple[Section, ...]
    problems: tuple[FocusProblem, ...]
    actions: tuple[ActionRow, ...]
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    roles: tuple[tuple[str, str], ...]
    indicators: tuple[tuple[str, str, str], ...]
    sources: tuple[str, ...]
    signatories: tuple[Signatory, ...]
    promises: tuple[PromiseDocument, ...]
    content_sha256: str = ""
    sub_goals: tuple[str, ...] = later(())
    resources: tuple[tuple[str, str], ...] = later(())
    annexes: tuple[Annex, ...] = later(())
    # Set when the version is locked: the signing record (last pages) states when it was prepared for signing.
    prepared_at: str = later("")
    language: str = later("sv")


@dataclass(frozen=True)
class PlanMeasure:
    """One measure of the action plan: what, who, when, against which causes. No status (that is follow-up)."""

    ref: str
    title: str
    description: str = ""
    responsible: str = ""
    partners: str = ""
    place: str = ""
    period: str = ""
    frequency: str = ""
    causes: tuple[str, ...] = ()
    prevention: str = ""
    horizon: str = ""
    resources: str = ""
    promise: bool = False


@dataclass(frozen=True)
class PlanGroup:
    """The measures against one focus problem (or the common ones), with the goals they serve."""

    ref: str
    title: str
    goals: tuple[GoalItem, ...]
    measures: tuple[PlanMeasure, ...]


@dataclass(frozen=True)
class ActionPlanDocument:
    document_id: str
    title: str
    date: str
    version: int
    status: str
    kommun: str
    police_area: str
    period: str
    decision: DecisionRecord
    agreement_reference: str
    intro: str
    groups: tuple[PlanGroup, ...]
    follow_up: str
    responsible_summary: tuple[tuple[str, int], ...] = ()
    language: str = "sv"


@dataclass(frozen=True)
class PromiseOutcome:
    """How one promise went, in public words: planned and done counts, the verdict and a comment."""

    wording: str
    responsible: str
    planned: str
    done: str
    verdict: str
    comment: str = ""


@dataclass(frozen=True)
class PromiseFollowupDocument:
    document_id: str
    title: str
    date: str
    promise_title: str
    promise_id: str
    period: str
    parties: tuple[str, ...]
    summary: str
    outcomes: tuple[PromiseOutcome, ...]
    goals: tuple[PlainGoal, ...]
    next_steps: str
    contribute: str
    language: str = "sv"
    subtitle: str = later("")  # the day the lines were last reported on, and the promise's period


@dataclass(frozen=True)
class ChartSeries:
    label: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class ChartData:
    """A bar or line chart: one value per category and series; `target` draws a goal line."""

    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    unit: str
    kind: str = "bar"
    value_max: float | None = None
    target: float | None = None
    note: str = ""
    baseline: float | None = later(None)  # the goal's starting value, drawn as a line beside the target


@dataclass(frozen=True)
class ObservationItem:
    area: str
    source: str
    category: str
    description: str
    quantity: str
    trend: str
    when: str


@dataclass(frozen=True)
class SourceItem:
    name: str
    kind: str
    owner: str
    period: str
    description: str


@dataclass(frozen=True)
class CandidateItem:
    title: str
    description: str
    area: str
    selected: bool
    score: str


@dataclass(frozen=True)
class CrimeCategory:
    """Crime statistics of one category: the observations' summed quantity per unit, and their trend."""

    category: str
    amount: str
    observations: int
    trend: str = ""


@dataclass(frozen=True)
class Contribution:
    """What one party brought to the lägesbild (its own picture) and from which sources."""

    organisation: str
    text: str
    sources: str = ""


@dataclass(frozen=True)
class LagesbildDocument:
    document_id: str
    title: str
    date: str
    kommun: str
    police_area: str
    summary: str
    sources: tuple[SourceItem, ...]
    charts: tuple[ChartData, ...]
    survey_rows: tuple[tuple[str, str, str, str, str, str], ...]
    observations: tuple[ObservationItem, ...]
    candidates: tuple[CandidateItem, ...]
    extent: str = later("")
    consequences: str = later("")
    other: str = later("")
    analysis: str = later("")
    categories: tuple[CrimeCategory, ...] = later(())
    harms: tuple[tuple[str, str], ...] = later(())
    contributions: tuple[Contribution, ...] = later(())
    language: str = later("sv")


@dataclass(frozen=True)
class AttendeeGroup:
    organisation: str
    people: tuple[str, ...]


@dataclass(frozen=True)
class StepResult:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class WorkshopReportDocument:
    document_id: str
    title: str
    date: str
    meeting_title: str
    place: str
    facilitator: str
    collaboration: str
    attendees: tuple[AttendeeGroup, ...]
    agenda: str
    minutes: str
    results: tuple[StepResult, ...]
    decisions: tuple[str, ...]
    measures: tuple[ActionRow, ...]
    language: str = later("sv")
    attendance: str = later("")  # "9 personer från 7 organisationer"


@dataclass(frozen=True)
class MeasureStatusRow:
    ref: str
    title: str
    responsible: str
    period: str
    status: str
    percent: str
    updated: str
    note: str


@dataclass(frozen=True)
class IndicatorStatusRow:
    name: str
    goal: str
    baseline: str
    target: str
    latest: str
    assessment: str


@dataclass(frozen=True)
class FollowupEntry:
    heading: str
    date: str
    findings: str
    recommendations: str
    sent_to: str


@dataclass(frozen=True)
class FollowupDocument:
    document_id: str
    title: str
    date: str
    collaboration: str
    period: str
    entries: tuple[FollowupEntry, ...]
    measures: tuple[MeasureStatusRow, ...]
    indicators: tuple[IndicatorStatusRow, ...]
    charts: tuple[ChartData, ...]
    status_summary: str = later("")
    language: str = later("sv")
    promise_outcomes: tuple[PromiseOutcome, ...] = later(())
    promise_summary: str = later("")
    promise_titles: tuple[str, ...] = later(())


AnyDocument = (
    AgreementDocument | ActionPlanDocument | PromiseDocument | PromiseFollowupDocument | LagesbildDocument
    | WorkshopReportDocument | FollowupDocument
)

T = TypeVar("T")


def to_json(document: object) -> str:
    """Canonical JSON of a document: sorted keys, no spaces, so equal content gives an equal hash.

    A field marked `later` is left out while at its default, so older content keeps its hash.
    """
    return json.dumps(_plain(document), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.metadata.get("later") and item == f.default:
                continue
            out[f.name] = _plain(item)
        return out
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def from_json(cls: type[T], text: str) -> T:
    """Rebuild a document from `to_json` output (the frozen content of a locked agreement)."""
    return typing.cast(T, _build(cls, json.loads(text)))


def _build(tp: Any, value: Any) -> Any:
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        return tp(**{f.name: _build(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value})
    origin = typing.get_origin(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], item) for item in value)
        return tuple(_build(arg, item) for arg, item in zip(args, value, strict=True))
    if origin in (typing.Union, types.UnionType):
        return value
    return value
