"""Lägesbild (lag 2023:196 § 4): the law's parts (the extent of crime, its consequences, other relevant
information, an analysis) with the survey charts, observations and crime statistics that map it, the problem
candidates weighed, and each party's own contribution with its sources."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from samverka import vocab
from samverka.core.documents.common import (
    Data,
    field_of,
    hours_text,
    iso,
    join,
    kommun_party,
    label,
    number,
    police_party,
    read,
    slug,
    weekdays_text,
    with_hash_id,
)
from samverka.core.documents.survey import main_area_code
from samverka.export.documents import (
    CandidateItem,
    ChartData,
    ChartSeries,
    Contribution,
    CrimeCategory,
    LagesbildDocument,
    ObservationItem,
    SourceItem,
)
from samverka.models.db import Database
from samverka.swedish import IAKTTAGELSE, KALLA, KATEGORI, count

LAGESBILD_TABLES = (
    "collaboration", "organisation", "area", "data_source", "observation", "survey_result", "problem_candidate",
    "priority_criterion", "priority_score", "problem", "lagesbild_contribution",
)
MAX_ITEMS = 14
YEARS_SHOWN = 3
UNCERTAIN_N = 30


def lagesbild_document(db: Database) -> LagesbildDocument:
    data = read(db, LAGESBILD_TABLES)
    c = data.collaboration
    dates = [o.date for o in data.of("observation") if o.date]
    doc = LagesbildDocument(
        document_id="",
        title=f"Gemensam lägesbild – {kommun_party(data)}",
        date=iso(max(dates)) if dates else iso(c.created_at),
        kommun=kommun_party(data),
        police_area=police_party(data),
        summary=c.lagesbild_summary,
        sources=tuple(
            SourceItem(s.name, label(vocab.SOURCE_KINDS, s.kind), data.name("organisation", s.owner_org_id),
                       s.period, s.description)
            for s in data.of("data_source")
        ),
        charts=_charts(data),
        survey_rows=_survey_rows(data),
        observations=tuple(_observation(o, data) for o in data.of("observation")),
        candidates=_candidates(data),
        extent=str(field_of(c, "lagesbild_extent", "")) or _extent(data),
        consequences=str(field_of(c, "lagesbild_consequences", "")),
        other=str(field_of(c, "lagesbild_other", "")),
        analysis=str(field_of(c, "lagesbild_analysis", "")) or _analysis(data),
        categories=_categories(data),
        harms=tuple((p.title, p.skada) for p in data.of("problem") if p.in_focus and p.skada.strip()),
        contributions=_contributions(data),
    )
    return with_hash_id(doc, f"LB-{slug(c.kommun or c.name)}")  # type: ignore[no-any-return]


def _observation(o: Any, data: Data) -> ObservationItem:
    return ObservationItem(
        area=data.name("area", o.area_id),
        source=data.name("data_source", o.source_id),
        category=o.category,
        description=o.description,
        quantity=number(o.quantity, o.unit),
        trend=label(vocab.TRENDS, o.trend),
        when=join([weekdays_text(o.weekdays), hours_text(o.hour_from, o.hour_to), o.season], ", "),
    )


def _charts(data: Data) -> tuple[ChartData, ...]:
    code = main_area_code(data)
    rows = [r for r in data.of("survey_result") if r.area_code == code]
    if not rows:
        return ()
    area_name = rows[0].area_name or code
    charts = []
    years = sorted({r.year for r in rows})[-YEARS_SHOWN:]
    index = [r for r in rows if r.value_type == "index_0_6" and r.breakdown == "alla" and r.year in years]
    if index:
        charts.append(_by_item(index, years, f"Problemindex i {area_name}", "index 0–6 (lägre är bättre)", 6.0))
    shares = [r for r in rows if r.value_type == "share_pct" and r.year == years[-1]]
    if shares:
        breakdowns = sorted({r.breakdown for r in shares}, key=lambda b: (b != "alla", b))
        items = _items(shares)
        values = {(r.item_label, r.breakdown): r.value for r in shares}
        charts.append(ChartData(
            title=f"Andelar i {area_name} {years[-1]}", categories=tuple(items),
            series=tuple(ChartSeries(b, tuple(values.get((i, b)) for i in items)) for b in breakdowns),
            unit="procent", value_max=100.0 if max(values.values()) > 60 else None,
        ))
    return tuple(charts)


def _items(rows: list[Any]) -> list[str]:
    seen: dict[str, None] = {}
    for r in rows:
        seen.setdefault(r.item_label or r.item_code, None)
    return list(seen)[:MAX_ITEMS]


def _by_item(rows: list[Any], years: list[int], title: str, unit: str, top: float) -> ChartData:
    items = _items(rows)
    values = {(r.item_label or r.item_code, r.year): r.value for r in rows}
    small = any(r.n_respondents is not None and r.n_respondents < UNCERTAIN_N for r in rows)
    return ChartData(
        title=title, categories=tuple(items),
        series=tuple(ChartSeries(str(y), tuple(values.get((i, y)) for i in items)) for y in years),
        unit=unit, value_max=top, note="Färre än 30 svar: osäkert värde." if small else "",
    )


def _survey_rows(data: Data) -> tuple[tuple[str, str, str, str, str, str], ...]:
    """Latest year for the main area and the whole kommun (all respondents), with the change from the year before."""
    code = main_area_code(data)
    municipal = {a.code for a in data.of("area") if a.type == "kommun"}
    by_key: dict[tuple[str, str], dict[int, Any]] = defaultdict(dict)
    for r in data.of("survey_result"):
        if r.breakdown == "alla" and (r.area_code == code or r.area_code in municipal):
            by_key[(r.area_code, r.item_label or r.item_code)][r.year] = r
    rows = []
    for (area_code, item), by_year in sorted(by_key.items(), key=lambda kv: (kv[0][0] != code, kv[0][0])):
        year = max(by_year)
        row = by_year[year]
        previous = by_year.get(year - 1)
        change = ""
        if previous is not None:
            delta = round(row.value - previous.value, 2)
            change = ("+" if delta > 0 else "") + number(delta)
        n = "" if row.n_respondents is None else str(row.n_respondents)
        if row.n_respondents is not None and row.n_respondents < UNCERTAIN_N:
            n += " (osäkert)"
        unit = "%" if row.value_type == "share_pct" else ""
        rows.append((row.area_name or area_code, item, str(year), number(row.value, unit), change, n))
    return tuple(rows[:80])


def _candidates(data: Data) -> tuple[CandidateItem, ...]:
    weights = {c.id: c.weight for c in data.of("priority_criterion")}
    totals: dict[int, float] = defaultdict(float)
    for score in data.of("priority_score"):
        totals[score.candidate_id] += score.score * weights.get(score.criterion_id, 1.0)
    return tuple(
        CandidateItem(c.title, c.description, data.name("area", c.area_id), bool(c.selected),
                      number(round(totals[c.id], 1)) if c.id in totals else "")
        for c in data.of("problem_candidate")
    )


def _extent(data: Data) -> str:
    """One sentence counted from the same observations as the table below it."""
    observations = data.of("observation")
    if not observations:
        return ""
    categories = {o.category for o in observations if o.category}
    sources = {o.source_id for o in observations if o.source_id is not None}
    text = f"Kartläggningen omfattar {count(len(observations), IAKTTAGELSE)}"
    if categories:
        text += f" i {count(len(categories), KATEGORI)}"
    if sources:
        text += f" från {count(len(sources), KALLA)}"
    return text + ". Tabellen visar omfattningen per kategori."


def _categories(data: Data) -> tuple[CrimeCategory, ...]:
    """Per category: the summed quantity per unit, how many observations, and the trends reported."""
    grouped: dict[str, list[Any]] = defaultdict(list)
    for o in data.of("observation"):
        grouped[o.category or "Övrigt"].append(o)
    rows = []
    for category, items in sorted(grouped.items(), key=lambda kv: kv[0].lower()):
        sums: dict[str, float] = defaultdict(float)
        for o in items:
            if o.quantity is not None:
                sums[o.unit.strip()] += o.quantity
        amount = ", ".join(number(value, unit) for unit, value in sums.items())
        trends = sorted({label(vocab.TRENDS, o.trend) for o in items if o.trend})
        rows.append(CrimeCategory(category.capitalize(), amount or "–", len(items), ", ".join(trends)))
    return tuple(rows)


def _analysis(data: Data) -> str:
    selected = [c.title for c in data.of("problem_candidate") if c.selected]
    focus = [p.title for p in data.of("problem") if p.in_focus]
    chosen = focus or selected
    if not chosen:
        return ""
    names = ", ".join(f"”{t}”" for t in chosen)
    return (f"Parterna har vägt problemen mot Brås kriterier för prioritering: hur vanliga brotten är och hur de "
            f"utvecklas, var otryggheten är störst, vilka som drabbas, signalbrott och hur många som påverkas, "
            f"och mot förmågan att påverka. I fokus står {names}.")


def _contributions(data: Data) -> tuple[Contribution, ...]:
    """The parties' own pictures: their written contributions, else the sources each party brought."""
    written = [r for r in data.of("lagesbild_contribution") if str(r.text).strip() or str(r.sources).strip()]
    if written:
        return tuple(Contribution(data.name("organisation", r.organisation_id) or "Okänd part", r.text, r.sources)
                     for r in written)
    by_owner: dict[str, list[str]] = defaultdict(list)
    for source in data.of("data_source"):
        owner = data.name("organisation", source.owner_org_id)
        if owner:
            by_owner[owner].append(join([source.name, source.period], ", "))
    return tuple(Contribution(owner, "Bidrog med " + "; ".join(names) + ".") for owner, names in by_owner.items())
