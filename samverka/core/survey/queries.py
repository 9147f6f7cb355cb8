"""The plain data behind the Lägesbild charts: trends, area profiles, rankings, breakdowns, heat maps."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from samverka.core.survey.quality import is_uncertain
from samverka.models import Area, DataSource, Goal, Indicator, Observation, SurveyResult
from samverka.models.db import Database
from samverka.swedish import sort_key

WEEKDAYS_SV = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")
BREAKDOWN_ORDER = ("alla", "kvinnor", "män")


@dataclass(frozen=True)
class Point:
    year: int
    value: float
    n: int | None

    @property
    def uncertain(self) -> bool:
        return is_uncertain(self.n)


@dataclass(frozen=True)
class Series:
    code: str
    label: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class TargetLine:
    """A goal's target value, or (kind "reference") the municipality's own value to compare with."""

    label: str
    value: float
    year: int | None
    kind: str = "goal"


@dataclass(frozen=True)
class TrendData:
    title: str
    value_type: str
    series: tuple[Series, ...]
    targets: tuple[TargetLine, ...] = ()


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    n: int | None = None

    @property
    def uncertain(self) -> bool:
        return is_uncertain(self.n)


@dataclass(frozen=True)
class BarData:
    """One or two bar series over the same categories (area vs the municipality, or one series ranked)."""

    title: str
    value_type: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[Bar, ...]], ...]
    targets: tuple[TargetLine, ...] = ()


@dataclass(frozen=True)
class HeatmapData:
    """values[weekday 0=Monday][hour]: quantity spread evenly over the hours an observation covers."""

    title: str
    values: tuple[tuple[float, ...], ...]
    observations: int
    without_time: int


@dataclass(frozen=True)
class ItemInfo:
    code: str
    label: str
    value_type: str


@dataclass(frozen=True)
class Catalog:
    """What there is to choose from: read once per change of the data, not once per chart."""

    items: tuple[ItemInfo, ...]
    areas: tuple[tuple[str, str], ...]
    years: tuple[int, ...]
    total_code: str | None
    breakdowns: dict[str, tuple[str, ...]]

    def item(self, code: str) -> ItemInfo | None:
        return next((i for i in self.items if i.code == code), None)

    def area_names(self) -> dict[str, str]:
        return dict(self.areas)


def catalog(db: Database) -> Catalog:
    with db.read() as session:
        pairs = session.execute(
            select(SurveyResult.item_code, SurveyResult.breakdown)
            .where(SurveyResult.collaboration_id == _cid(db))
            .distinct()
        ).all()
    split: dict[str, list[str]] = defaultdict(list)
    for item, breakdown in pairs:
        split[item].append(breakdown)
    return Catalog(
        tuple(items(db)), tuple(areas(db)), tuple(years(db)), total_area_code(db),
        {item: tuple(sorted(found, key=_breakdown_key)) for item, found in split.items()},
    )


def _cid(db: Database) -> int:
    return db.collaboration_id()


def items(db: Database) -> list[ItemInfo]:
    """Each item with its most used label and value type, in label order."""
    with db.read() as session:
        rows = session.execute(
            select(SurveyResult.item_code, SurveyResult.item_label, SurveyResult.value_type, func.count())
            .where(SurveyResult.collaboration_id == _cid(db))
            .group_by(SurveyResult.item_code, SurveyResult.item_label, SurveyResult.value_type)
        ).all()
    best: dict[str, tuple[int, str, str]] = {}
    for code, label, value_type, count in rows:
        if code not in best or count > best[code][0]:
            best[code] = (count, label, value_type)
    return sorted((ItemInfo(c, b[1], b[2]) for c, b in best.items()), key=lambda i: sort_key(i.label))


def areas(db: Database) -> list[tuple[str, str]]:
    """(area_code, current name) of every area with survey values."""
    with db.read() as session:
        rows = session.execute(
            select(SurveyResult.area_code, func.max(SurveyResult.area_name), func.max(Area.name))
            .outerjoin(Area, Area.id == SurveyResult.area_id)
            .where(SurveyResult.collaboration_id == _cid(db))
            .group_by(SurveyResult.area_code)
        ).all()
    return sorted(((code, area or name or code) for code, name, area in rows), key=lambda a: sort_key(a[1]))


def years(db: Database) -> list[int]:
    with db.read() as session:
        found = session.scalars(
            select(SurveyResult.year).where(SurveyResult.collaboration_id == _cid(db)).distinct()
        ).all()
    return sorted(found)


def breakdowns(db: Database, item_code: str | None = None) -> list[str]:
    query = select(SurveyResult.breakdown).where(SurveyResult.collaboration_id == _cid(db)).distinct()
    if item_code:
        query = query.where(SurveyResult.item_code == item_code)
    with db.read() as session:
        found = session.scalars(query).all()
    return sorted(found, key=_breakdown_key)


def _breakdown_key(name: str) -> tuple[int, str]:
    return (BREAKDOWN_ORDER.index(name), "") if name in BREAKDOWN_ORDER else (len(BREAKDOWN_ORDER), name)


def total_area_code(db: Database) -> str | None:
    """The municipality as a whole: an area of type 'kommun' that has survey values."""
    with db.read() as session:
        return session.scalar(
            select(SurveyResult.area_code)
            .join(Area, Area.id == SurveyResult.area_id)
            .where(SurveyResult.collaboration_id == _cid(db), Area.type == "kommun")
            .limit(1)
        )


def _item_value_type(cat: Catalog, item_code: str) -> str:
    info = cat.item(item_code)
    return info.value_type if info else "index_0_6"


def _item_label(cat: Catalog, item_code: str) -> str:
    info = cat.item(item_code)
    return info.label if info else item_code


def trend(
    db: Database, item_code: str, *, value_type: str | None = None, breakdown: str = "alla",
    area_codes: list[str] | None = None, cat: Catalog | None = None,
) -> TrendData:
    """One line per area over the years, with the goals' target values for the item."""
    cat = cat or catalog(db)
    value_type = value_type or _item_value_type(cat, item_code)
    names = cat.area_names()
    query = select(SurveyResult.area_code, SurveyResult.year, SurveyResult.value, SurveyResult.n_respondents).where(
        SurveyResult.collaboration_id == _cid(db), SurveyResult.item_code == item_code,
        SurveyResult.value_type == value_type, SurveyResult.breakdown == breakdown,
    )
    if area_codes:
        query = query.where(SurveyResult.area_code.in_(area_codes))
    grouped: dict[str, list[Point]] = defaultdict(list)
    with db.read() as session:
        for code, year, value, n in session.execute(query.order_by(SurveyResult.year)):
            grouped[code].append(Point(year, value, n))
    series = tuple(
        Series(code, names.get(code, code), tuple(points))
        for code, points in sorted(grouped.items(), key=lambda kv: sort_key(names.get(kv[0], kv[0])))
    )
    return TrendData(_item_label(cat, item_code), value_type, series, goal_targets(db, item_code))


def area_profile(
    db: Database, area_code: str, year: int, *, value_type: str = "index_0_6", breakdown: str = "alla",
    cat: Catalog | None = None,
) -> BarData:
    """Every item of one area in one year beside the municipality's value."""
    cat = cat or catalog(db)
    names = cat.area_names()
    total = cat.total_code
    codes = [area_code] + ([total] if total and total != area_code else [])
    query = select(
        SurveyResult.area_code, SurveyResult.item_code, SurveyResult.item_label, SurveyResult.value,
        SurveyResult.n_respondents,
    ).where(
        SurveyResult.collaboration_id == _cid(db), SurveyResult.area_code.in_(codes), SurveyResult.year == year,
        SurveyResult.value_type == value_type, SurveyResult.breakdown == breakdown,
    )
    values: dict[tuple[str, str], Bar] = {}
    labels: dict[str, str] = {}
    with db.read() as session:
        for code, item, label, value, n in session.execute(query):
            values[(code, item)] = Bar(label, value, n)
            if code == area_code:
                labels[item] = label
    order = sorted(labels, key=lambda item: -(values[(area_code, item)].value or 0))
    series = tuple(
        (names.get(code, code), tuple(values.get((code, item), Bar(labels[item], None)) for item in order))
        for code in codes
    )
    title = f"{names.get(area_code, area_code)} {year}"
    return BarData(title, value_type, tuple(labels[i] for i in order), series)


def ranking(
    db: Database, item_code: str, year: int, *, value_type: str | None = None, breakdown: str = "alla",
    cat: Catalog | None = None,
) -> BarData:
    """Areas from the highest value to the lowest for one item in one year."""
    cat = cat or catalog(db)
    value_type = value_type or _item_value_type(cat, item_code)
    names = cat.area_names()
    query = select(SurveyResult.area_code, SurveyResult.value, SurveyResult.n_respondents).where(
        SurveyResult.collaboration_id == _cid(db), SurveyResult.item_code == item_code, SurveyResult.year == year,
        SurveyResult.value_type == value_type, SurveyResult.breakdown == breakdown,
    )
    with db.read() as session:
        rows = sorted(session.execute(query).all(), key=lambda r: -r[1])
    # The municipality as a whole is a reference line, not one of the ranked areas.
    total = cat.total_code
    reference = tuple(
        TargetLine(f"{names.get(code, code)}: {value:g}".replace(".", ","), float(value), None, "reference")
        for code, value, _n in rows if code == total
    )
    bars = tuple(Bar(names.get(code, code), value, n) for code, value, n in rows if code != total)
    title = f"{_item_label(cat, item_code)} {year}"
    return BarData(title, value_type, tuple(b.label for b in bars), (("", bars),),
                   reference + goal_targets(db, item_code))


def breakdown_bars(
    db: Database, item_code: str, area_code: str, *, value_type: str | None = None, years_shown: int = 3,
    cat: Catalog | None = None,
) -> BarData:
    """Women/men and age groups side by side for the last few years of one item in one area."""
    cat = cat or catalog(db)
    value_type = value_type or _item_value_type(cat, item_code)
    query = select(SurveyResult.year, SurveyResult.breakdown, SurveyResult.value, SurveyResult.n_respondents).where(
        SurveyResult.collaboration_id == _cid(db), SurveyResult.item_code == item_code,
        SurveyResult.area_code == area_code, SurveyResult.value_type == value_type,
    )
    with db.read() as session:
        rows = session.execute(query).all()
    shown = sorted({r[0] for r in rows})[-years_shown:]
    groups = sorted({r[1] for r in rows}, key=_breakdown_key)
    found = {(year, group): Bar(group, value, n) for year, group, value, n in rows}
    series = tuple(
        (str(year), tuple(found.get((year, group), Bar(group, None)) for group in groups)) for year in shown
    )
    names = cat.area_names()
    title = f"{_item_label(cat, item_code)} – {names.get(area_code, area_code)}"
    return BarData(title, value_type, tuple(breakdown_label(g) for g in groups), series)


def breakdown_label(code: str) -> str:
    if code.startswith("ålder:"):
        return code.split(":", 1)[1] + " år"
    return code.capitalize()


def goal_targets(db: Database, item_code: str) -> tuple[TargetLine, ...]:
    """Target values of goals whose indicator measures this survey item (set in the Mål step)."""
    query = (
        select(Goal.target_value, Goal.target_date, Indicator.name)
        .join(Indicator, Indicator.id == Goal.indicator_id)
        .where(
            Goal.collaboration_id == _cid(db), Indicator.survey_item_code == item_code,
            Goal.target_value.is_not(None),
        )
        .order_by(Goal.sort_order, Goal.id)
    )
    with db.read() as session:
        rows = session.execute(query).all()
    lines = []
    for value, date, name in rows:
        if value is None:
            continue
        year = date.year if date else None
        shown = f"{value:g}".replace(".", ",")
        label = f"Mål {year}: {shown}" if year else f"Mål: {shown}"
        lines.append(TargetLine(label if not name else f"{label} ({name})", float(value), year))
    return tuple(lines)


def observation_heatmap(
    db: Database, *, area_id: int | None = None, category: str | None = None, source_kind: str | None = None
) -> HeatmapData:
    """Weekday × hour totals of observations whose time pattern is known."""
    query = select(Observation.weekdays, Observation.hour_from, Observation.hour_to, Observation.quantity).where(
        Observation.collaboration_id == _cid(db)
    )
    if area_id is not None:
        query = query.where(Observation.area_id == area_id)
    if category:
        query = query.where(Observation.category == category)
    if source_kind:
        query = query.join(DataSource, DataSource.id == Observation.source_id).where(DataSource.kind == source_kind)
    grid = [[0.0] * 24 for _ in range(7)]
    counted = Counter[str]()
    with db.read() as session:
        for weekdays, hour_from, hour_to, quantity in session.execute(query):
            cells = time_cells(weekdays, hour_from, hour_to)
            if not cells:
                counted["without"] += 1
                continue
            counted["with"] += 1
            share = (quantity if quantity is not None else 1.0) / len(cells)
            for day, hour in cells:
                grid[day][hour] += share
    title = "Veckodag × timme"
    return HeatmapData(title, tuple(tuple(row) for row in grid), counted["with"], counted["without"])


def time_cells(weekdays: str, hour_from: int | None, hour_to: int | None) -> list[tuple[int, int]]:
    """The (weekday 0–6, hour) cells of a time pattern; hours past midnight belong to the next day.

    "56" with 22–02 means Friday and Saturday nights: Fri 22, 23, Sat 0, 1, Sat 22, 23, Sun 0, 1.
    No hours: nothing (the time is unknown). No weekdays: every day. hour_from == hour_to: the whole day.
    """
    if hour_from is None or not 0 <= hour_from <= 23:
        return []
    days = sorted({int(ch) - 1 for ch in weekdays if ch in "1234567"}) or list(range(7))
    end = hour_from + 1 if hour_to is None else hour_to
    length = (end - hour_from) % 24 or 24
    cells: list[tuple[int, int]] = []
    for day in days:
        for step in range(length):
            hour = hour_from + step
            cells.append(((day + hour // 24) % 7, hour % 24))
    return cells
