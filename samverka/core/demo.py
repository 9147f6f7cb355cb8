"""The Lund demo collaboration (domain.md (f)): fictional content that fills every step.

Built through the services, so it is also an end-to-end exercise of them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from typing import Any

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.models import SurveyResult
from samverka.models.db import Database

DEMO_NAME = "Lunds kommun × LPO Lund – demo 2026–2029"
N = 2025  # the year of the latest safety survey in the demo
D = dt.date


def _add(db: Database, table: str, **values: Any) -> int:
    new_id, _ = crud.create(db, table, values)
    return new_id


def build_demo(target: str | os.PathLike[str]) -> Database:
    db = new_collaboration(
        target, name=DEMO_NAME, kommun="Lunds kommun", lokalpolisomrade="LPO Lund",
        period_start=D(2026, 1, 1), period_end=D(2029, 12, 31),
    )
    _collaboration_texts(db)
    orgs = _organisations(db)
    people = _people(db, orgs)
    meetings = _meetings(db, people)
    areas = _areas(db)
    sources = _sources(db, orgs)
    observations = _observations(db, sources, areas, orgs)
    _survey(db, areas)
    candidates = _prioritisation(db, areas, orgs)
    problem = _problem(db, candidates, areas, observations)
    causes = _causes(db, problem, meetings)
    goals_indicators = _goals(db, problem, areas, orgs)
    measures = _measures(db, problem, orgs, people, areas, causes)
    _promise(db, measures, orgs, areas)
    _follow_up(db, measures, goals_indicators)
    _agreement(db)
    return db


def _collaboration_texts(db: Database) -> None:
    crud.update(db, "collaboration", db.collaboration_id(), {
        "polisregion": "Syd",
        "status": "aktiv",
        "overall_goal": "Ökad upplevd trygghet och minskad brottslighet för alla som bor, verkar eller vistas i "
                        "Lunds kommun.",
        "background": "Sedan den 1 juli 2023 har kommunen enligt lagen (2023:196) om kommuners ansvar för "
                      "brottsförebyggande arbete ett lagstadgat ansvar att ta fram en lägesbild, besluta om en "
                      "åtgärdsplan och ha en samordningsfunktion. Polisen har ett eget brottsförebyggande uppdrag. "
                      "Överenskommelsen ska ge ett strukturerat, kunskapsbaserat och långsiktigt samarbete enligt "
                      "Brås, Polisens och SKR:s modell för lokal samverkan.",
        "lagesbild_summary": "Otryggheten kvällstid är störst kring Lund C, Bantorget och Knut den Stores torg. "
                             "31 % i innerstaden känner sig otrygga ute ensamma sent på kvällen (kvinnor 42 %, "
                             "män 19 %). Polisens anmälningar visar 38 misshandelsbrott utomhus inom 300 meter från "
                             "stationen, 70 % av dem fredag–lördag 22–02, och 95 narkotikabrott. Medborgardialogen "
                             "pekar ut busshållplatserna vid Bantorget och passagen under spåren. Cykelstölderna är "
                             "många (410 per år) men hanteras i ett separat spår.",
        "organisation_text": "Styrgruppen (KSO, kommundirektör och lokalpolisområdeschef) möts fyra gånger per år "
                             "och äger uppföljningen. Lunds BRÅ är beredningsgrupp. Den brottsförebyggande "
                             "samordnaren och kommunpolisen leder arbetet och arbetsgrupperna.",
        "documentation_text": "Lägesbild, orsaksanalyser, åtgärdsplan och mötesanteckningar dokumenteras i "
                              "Samverka och arkiveras i kommunens diarium efter varje styrgruppsmöte.",
        "followup_text": "Processuppföljning av varje åtgärd varje kvartal i beredningsgruppen. Effektuppföljning "
                         "årligen efter trygghetsmätningen; rapport till styrgruppen och kommunstyrelsen i december. "
                         "Lägesbilden uppdateras varje år.",
    })


def _organisations(db: Database) -> dict[str, int]:
    specs = [
        ("kommun", "Lunds kommun", "kommun", "Samordningsfunktionen, lägesbild och åtgärdsplan enligt lag (2023:196)."),
        ("polis", "Polisen, lokalpolisområde Lund", "polis", "Kommunpolis, områdespolis och polisiär närvaro."),
        ("tekniska", "Tekniska förvaltningen", "förvaltning", "Gator, parker, belysning och klottersanering."),
        ("kultur", "Kultur- och fritidsförvaltningen", "förvaltning", "Fritidsgårdar och fältassistenter."),
        ("skola", "Skolförvaltningen", "förvaltning", "Gymnasieskolorna och elevhälsan."),
        ("sakerhet", "Säkerhetssidan", "förvaltning", "Ordningsvakter, kameraövervakning och säkerhetssamordning."),
        ("raddning", "Räddningstjänsten Syd", "räddningstjänst", "Brandskydd och trygghetsvandringar."),
        ("fastighet", "Stationsfastigheter AB", "fastighetsägare", "Äger och förvaltar stationsområdet."),
        ("trafik", "Skånetrafiken", "kollektivtrafik", "Busshållplatser och personal i kollektivtrafiken."),
    ]
    orgs: dict[str, int] = {}
    for order, (key, name, kind, responsibilities) in enumerate(specs):
        orgs[key] = _add(db, "organisation", name=name, type=kind, responsibilities=responsibilities, sort_order=order)
    for key in ("tekniska", "kultur", "skola", "sakerhet"):
        crud.update(db, "organisation", orgs[key], {"parent_id": orgs["kommun"]})
    return orgs


def _people(db: Database, orgs: Mapping[str, int]) -> dict[str, int]:
    specs = [
        ("kso", "Anna Lindqvist", "Kommunstyrelsens ordförande", "kommun", True, "styrgrupp", "ordförande"),
        ("lpo", "Johan Bergström", "Lokalpolisområdeschef", "polis", True, "styrgrupp", "deltagare"),
        ("direktor", "Maria Ek", "Kommundirektör", "kommun", False, "styrgrupp", "deltagare"),
        ("samordnare", "Sara Nilsson", "Brottsförebyggande samordnare", "kommun", False, "beredningsgrupp",
         "samordnare"),
        ("kommunpolis", "Erik Holm", "Kommunpolis", "polis", False, "beredningsgrupp", "kommunpolis"),
        ("omradespolis", "Lina Persson", "Områdespolis Centrum", "polis", False, "workshop", "deltagare"),
        ("gatuchef", "Ahmed Karimi", "Enhetschef, gatu- och parkenheten", "tekniska", False, "beredningsgrupp",
         "deltagare"),
        ("fritid", "Elin Sjöberg", "Verksamhetschef fritidsgårdar", "kultur", False, "workshop", "deltagare"),
        ("skola", "Per Åkesson", "Rektor, gymnasiet", "skola", False, "workshop", "deltagare"),
        ("andt", "Fatima Haddad", "ANDT-samordnare", "kommun", False, "workshop", "deltagare"),
        ("sakerhetschef", "Oskar Wallin", "Säkerhetschef", "sakerhet", False, "beredningsgrupp", "deltagare"),
        ("fastighet", "Karin Östberg", "Förvaltare, stationsområdet", "fastighet", False, "workshop", "deltagare"),
        ("trafik", "Jonas Lund", "Trafikområdeschef", "trafik", False, "workshop", "deltagare"),
    ]
    people: dict[str, int] = {}
    for key, name, title, org, signs, group, role in specs:
        pid = _add(db, "person", name=name, title=title, organisation_id=orgs[org], is_signatory=signs)
        _add(db, "membership", person_id=pid, group=group, role=role, valid_from=D(2026, 1, 1))
        people[key] = pid
    return people


def _meetings(db: Database, people: Mapping[str, int]) -> dict[str, int]:
    first = _add(
        db, "meeting", title="Workshop 1: gemensam lägesbild och prioritering", step=2, date=D(2025, 11, 20),
        place="Stadshuset, Lund, sal Kulturen", facilitator_id=people["samordnare"],
        agenda="1. Parternas bilder\n2. Trygghetsmätningen 2025\n3. Problemkandidater\n4. Prioritering",
        minutes="Parterna presenterade sina bilder. Trygghetsmätningen visar ökad otrygghet kvällstid kring Lund C.",
        decisions="Otrygghet kvällstid vid Lund C prioriteras. Cykelstölder hanteras i ett separat spår.",
    )
    second = _add(
        db, "meeting", title="Workshop 2: orsaksanalys, mål och åtgärder", step=5, date=D(2025, 12, 4),
        place="Polishuset, Lund", facilitator_id=people["samordnare"],
        agenda="1. Problembeskrivning\n2. Orsaksanalys med brottstriangeln\n3. Mål\n4. Åtgärdsplan\n"
               "5. Medborgarlöfte",
        minutes="Orsaksanalysen pekar på att ordningsvakternas pass och belysningen är planerade för dagtid.",
        decisions="Åtgärdsplanen och medborgarlöftet 'Tryggare kvällar kring Lund C' föreslås styrgruppen.",
    )
    for key in people:
        _add(db, "attendance", meeting_id=first, person_id=people[key])
    for key in ("samordnare", "kommunpolis", "omradespolis", "gatuchef", "fritid", "skola", "andt",
                "sakerhetschef", "fastighet"):
        _add(db, "attendance", meeting_id=second, person_id=people[key])
    return {"first": first, "second": second}


def _areas(db: Database) -> dict[str, int]:
    areas = {"LUND": _add(db, "area", name="Lunds kommun", code="LUND", type="kommun")}
    for code, name in [("LU01", "Lund C/innerstaden"), ("LU02", "Norra Fäladen"), ("LU03", "Klostergården"),
                       ("LU04", "Linero"), ("LU05", "Södra Sandby")]:
        areas[code] = _add(db, "area", name=name, code=code, type="delområde", parent_id=areas["LUND"])
    _add(db, "area_alias", alias="Söder/Klostergården", area_id=areas["LU03"])
    return areas


def _sources(db: Database, orgs: Mapping[str, int]) -> dict[str, int]:
    specs = [
        ("survey", "trygghetsmätning", "Polisens och kommunens trygghetsmätning", "polis", "2023–2025"),
        ("reports", "anmälda brott", "Anmälda brott inom 300 m från Lund C", "polis", "2025"),
        ("dialog", "medborgardialog", "Medborgardialog med kartapp", "kommun", "hösten 2025"),
        ("felanmalan", "felanmälan", "Felanmälningar om belysning", "tekniska", "kv. 4 2025"),
        ("fritid", "egen rapport", "Fritidsgårdarnas iakttagelser", "kultur", "2025"),
        ("skola", "skolenkät", "Elevenkät gymnasiet", "skola", "2025"),
        ("vandring", "trygghetsvandring", "Trygghetsvandring Bantorget", "raddning", "oktober 2025"),
    ]
    return {
        key: _add(db, "data_source", kind=kind, name=name, owner_org_id=orgs[org], period=period,
                  confidentiality="intern" if key == "reports" else "öppen")
        for key, kind, name, org, period in specs
    }


def _observations(db: Database, sources: Mapping[str, int], areas: Mapping[str, int],
                  orgs: Mapping[str, int]) -> dict[str, int]:
    lund_c = areas["LU01"]
    specs: list[tuple[str, str, str, str, float | None, str, str, str, int | None, int | None, str]] = [
        ("assault", "reports", "misshandel", "Misshandel utomhus inom 300 m från stationen", 38, "brott/år", "ökar",
         "56", 22, 2, "polis"),
        ("ofredande", "reports", "ofredande", "Ofredanden kring Bantorget och stationen", 22, "brott/år", "ökar",
         "456", 21, 2, "polis"),
        ("drugs", "reports", "narkotikabrott", "Narkotikabrott (innehav/eget bruk) kring stationen", 95, "brott/år",
         "ökar", "4567", 20, 2, "polis"),
        ("bikes", "reports", "cykelstöld", "Cykelstölder vid stationens cykelställ", 410, "brott/år", "oförändrad",
         "", None, None, "polis"),
        ("pins", "dialog", "otrygghet", "140 kartnålar, samlade vid busshållplatserna på Bantorget och passagen "
         "mellan spårens öst- och västsida", 140, "nålar", "okänd", "4567", 21, 2, "kommun"),
        ("lights", "felanmalan", "belysning", "14 felanmälningar om trasig belysning; cykelställen är överfulla", 14,
         "felanmälningar", "ökar", "", None, None, "tekniska"),
        ("youth", "fritid", "ungdomar", "Fritidsgården stänger 21.00 och ungdomarna flyttar då till stationen", None,
         "", "oförändrad", "12345", 21, 23, "kultur"),
        ("pupils", "skola", "narkotika", "Elever som pendlar via Lund C berättar att de blivit erbjudna narkotika",
         None, "", "ökar", "12345", 15, 18, "skola"),
        ("bars", "vandring", "alkohol", "Sena barer och matställen nära stationen; ordningsvakternas pass slutar "
         "01.00", None, "", "oförändrad", "567", 22, 3, "sakerhet"),
    ]
    result = {}
    for key, source, category, text, qty, unit, trend, days, h_from, h_to, org in specs:
        result[key] = _add(
            db, "observation", source_id=sources[source], area_id=lund_c, category=category, description=text,
            quantity=qty, unit=unit, trend=trend, weekdays=days, hour_from=h_from, hour_to=h_to,
            season="okt–mar" if key in ("assault", "ofredande") else "", date=D(2025, 10, 15),
            reported_by_org_id=orgs[org],
        )
    return result


SURVEY_ITEMS: tuple[tuple[str, str, str, str], ...] = (
    ("otrygghet", "UTE_SEN_KVALL", "Otrygg ute ensam sen kväll", "share_pct"),
    ("utomhusstorningar", "BERUSADE", "Berusade personer utomhus", "index_0_6"),
    ("utomhusstorningar", "NARKOTIKA", "Narkotikapåverkade personer", "index_0_6"),
    ("utemiljo", "NEDSKRAPNING", "Nedskräpning", "index_0_6"),
    ("utomhusstorningar", "UNGDOMSGANG", "Ungdomsgäng som bråkar och stör", "index_0_6"),
    ("utemiljo", "BELYSNING", "Dåligt upplysta platser", "index_0_6"),
    ("total", "TOTALINDEX", "Totalindex", "index_0_6"),
)
# Lund C values per year (fictional except the 2023 total index 1.41).
LUND_C = {
    "UTE_SEN_KVALL": (27.5, 29.0, 31.0), "BERUSADE": (2.6, 2.7, 2.9), "NARKOTIKA": (2.2, 2.4, 2.6),
    "NEDSKRAPNING": (2.3, 2.3, 2.4), "UNGDOMSGANG": (1.9, 2.0, 2.1), "BELYSNING": (1.6, 1.7, 1.8),
    "TOTALINDEX": (1.62, 1.70, 1.78),
}
AREA_FACTORS = {"LUND": 0.72, "LU02": 0.85, "LU03": 0.78, "LU04": 0.9, "LU05": 0.55}
AREA_N = {"LU01": 298, "LUND": 2232, "LU02": 204, "LU03": 187, "LU04": 176, "LU05": 26}


def _survey(db: Database, areas: Mapping[str, int]) -> None:
    """One transaction, as every import is."""
    names = {"LUND": "Lunds kommun", "LU01": "Lund C/innerstaden", "LU02": "Norra Fäladen",
             "LU03": "Klostergården", "LU04": "Linero", "LU05": "Södra Sandby"}
    rows = []
    for year_index, year in enumerate((N - 2, N - 1, N)):
        for code, area_id in areas.items():
            factor = 1.0 if code == "LU01" else AREA_FACTORS[code]
            for group, item, label, value_type in SURVEY_ITEMS:
                value = round(LUND_C[item][year_index] * factor, 2 if value_type == "index_0_6" else 1)
                if code == "LUND" and item == "TOTALINDEX" and year == 2023:
                    value = 1.41
                rows.append(dict(survey="PRS-trygghet", year=year, area_id=area_id, area_code=code,
                                 area_name=names[code], group=group, item_code=item, item_label=label,
                                 value_type=value_type, value=value, breakdown="alla", n_respondents=AREA_N[code],
                                 source="Polisen och Lunds kommun, trygghetsmätning (demo)"))
        for breakdown, series in (("kvinnor", (36.0, 39.0, 42.0)), ("män", (18.0, 19.0, 19.0))):
            rows.append(dict(survey="PRS-trygghet", year=year, area_id=areas["LU01"], area_code="LU01",
                             area_name="Lund C/innerstaden", group="otrygghet", item_code="UTE_SEN_KVALL",
                             item_label="Otrygg ute ensam sen kväll", value_type="share_pct",
                             value=series[year_index], breakdown=breakdown, n_respondents=150 if breakdown ==
                             "kvinnor" else 148, source="Polisen och Lunds kommun, trygghetsmätning (demo)"))
    cid = db.collaboration_id()
    with db.write() as session:
        session.add_all(SurveyResult(collaboration_id=cid, **row) for row in rows)


def _prioritisation(db: Database, areas: Mapping[str, int], orgs: Mapping[str, int]) -> dict[str, int]:
    criteria = crud.list_rows(db, "priority_criterion", order_by=("sort_order",))
    specs = [
        ("evening", "Otrygghet kvällstid vid Lund C", "Kvinnor och unga undviker stationsområdet kvällstid.",
         "LU01", "polis", (2, 3, 2, 3, 3, 3, 2)),
        ("bikes", "Cykelstölder vid stationen", "410 anmälda cykelstölder per år vid stationens cykelställ.",
         "LU01", "tekniska", (3, 1, 1, 2, 2, 2, 1)),
        ("mopeds", "Buskörning med moped i Norra Fäladen", "Mopeder på gång- och cykelvägar kvällstid.",
         "LU02", "kommun", (1, 2, 1, 2, 1, 2, 1)),
        ("drugs_school", "Narkotikaerbjudanden till elever", "Elever erbjuds narkotika på väg till skolan.",
         "LU01", "skola", (1, 2, 3, 1, 2, 2, 3)),
    ]
    candidates = {}
    for order, (key, title, description, area, org, scores) in enumerate(specs):
        cid = _add(db, "problem_candidate", title=title, description=description, area_id=areas[area],
                   raised_by_org_id=orgs[org], sort_order=order, category="trygghet",
                   selected=key == "evening",
                   rationale="Högst sammanvägd poäng; stor påverkan på många och god möjlighet att påverka."
                   if key == "evening" else "")
        for criterion, score in zip(criteria, scores, strict=True):
            _add(db, "priority_score", candidate_id=cid, criterion_id=criterion.id, score=score)
        candidates[key] = cid
    return candidates


def _problem(db: Database, candidates: Mapping[str, int], areas: Mapping[str, int],
             observations: Mapping[str, int]) -> int:
    problem = _add(
        db, "problem", candidate_id=candidates["evening"], title="Otrygghet kvällstid vid Lund C",
        area_id=areas["LU01"], focus_area="Trygghetsskapande åtgärder",
        statement="Kvinnor och unga känner sig otrygga och undviker Bantorget–Knut den Stores torg torsdag–lördag "
                  "21–02 p.g.a. berusade personer, grupper som uppehåller sig vid busshållplatserna och synlig "
                  "narkotikaförsäljning.",
        vad="Ordningsstörningar, ofredanden och narkotikaförsäljning.",
        var="Busshållplatserna på Bantorget, stationens förplats och passagen under spåren.",
        nar="Torsdag–lördag 21–02, värre oktober–mars.",
        vem_vad_orsakar="Berusade nattlivsbesökare, en grupp 15–20-åringar och 2–3 småskaliga langare.",
        varfor="Ingen kapabel väktare efter kl. 01, dålig belysning och skymda siktlinjer; se orsaksanalysen.",
        skada="Människor undviker kollektivtrafiken kvällstid, 22 ofredanden per år, lägre förtroende och "
              "skada för handeln.",
    )
    _add(db, "affected_group", problem_id=problem, name="Kvinnor som pendlar kvällstid", women_pct=100,
         men_pct=0, age_band="16–64")
    _add(db, "affected_group", problem_id=problem, name="Unga som passerar stationen", women_pct=55, men_pct=45,
         age_band="15–24")
    for key in ("assault", "ofredande", "drugs", "pins"):
        _add(db, "problem_evidence", problem_id=problem, observation_id=observations[key])
    return problem


def _causes(db: Database, problem: int, meetings: Mapping[str, int]) -> dict[str, int]:
    meeting = meetings["second"]

    def cause(text: str, **values: Any) -> int:
        return _add(db, "cause", problem_id=problem, text=text, created_in_meeting_id=meeting, **values)

    c: dict[str, int] = {}
    # The five whys chain, from the problem to the root cause.
    c["avoid"] = cause("Kvinnor undviker Bantorget kvällstid", kind="direkt", chain_position=1,
                       triangle_side="offer", fishbone_bone="brottsutsatt", perspective="utsatthet",
                       confidence="hög", votes=9)
    c["watched"] = cause("De känner sig iakttagna och trakasserade", parent_id=c["avoid"], kind="direkt",
                         chain_position=2, triangle_side="offer", fishbone_bone="brottsutsatt",
                         perspective="utsatthet", confidence="hög", votes=6)
    c["linger"] = cause("Grupper uppehåller sig ostört vid hållplatserna", parent_id=c["watched"], kind="indirekt",
                        chain_position=3, triangle_side="gärningsperson", fishbone_bone="gärningsperson",
                        perspective="gärningsperson", confidence="medel", votes=7)
    c["no_guardian"] = cause("Ingen kapabel väktare efter kl. 01 och dåliga siktlinjer", parent_id=c["linger"],
                             kind="indirekt", chain_position=4, triangle_side="plats", controller_role="guardian",
                             fishbone_bone="objekt/plats", perspective="situationell", confidence="hög", votes=11)
    c["planned_day"] = cause("Vaktpass och belysning är planerade för dagtrafiken", parent_id=c["no_guardian"],
                             kind="grundorsak", chain_position=5, triangle_side="plats", controller_role="manager",
                             fishbone_bone="objekt/plats", perspective="situationell", confidence="medel", votes=8)
    # The triangle's other notes.
    c["drunk"] = cause("Berusade nattlivsbesökare från sena barer", parent_id=c["linger"], kind="indirekt",
                       triangle_side="gärningsperson", controller_role="handler", fishbone_bone="gärningsperson",
                       perspective="gärningsperson", confidence="hög", votes=5)
    c["dealers"] = cause("2–3 småskaliga langare söker kunder bland pendlare", parent_id=c["linger"],
                         kind="indirekt", triangle_side="gärningsperson", fishbone_bone="gärningsperson",
                         perspective="gärningsperson", confidence="medel", votes=4)
    c["youth_centre"] = cause("Fritidsgården stänger 21.00 och ungdomarna samlas vid stationen",
                              parent_id=c["linger"], kind="grundorsak", triangle_side="gärningsperson",
                              controller_role="handler", fishbone_bone="gärningsperson", perspective="gärningsperson",
                              confidence="medel", votes=6)
    c["lone"] = cause("Ensamma pendlare och cyklar utan skydd", parent_id=c["watched"], kind="indirekt",
                      triangle_side="offer", controller_role="guardian", fishbone_bone="brottsutsatt",
                      perspective="utsatthet", confidence="medel", votes=3)
    c["dark"] = cause("Mörka hörn, höga häckar och stängda butiker efter 20.00", parent_id=c["no_guardian"],
                      kind="indirekt", triangle_side="plats", controller_role="manager", fishbone_bone="objekt/plats",
                      perspective="situationell", confidence="hög", votes=10)
    # The bone exists before a cause is put on it (the rule is checked in every write).
    _add(db, "fishbone_bone", problem_id=problem, name="Signalvärde", sort_order=1)
    c["litter"] = cause("Klotter och skräp signalerar att ingen bryr sig", parent_id=c["dark"], kind="indirekt",
                        triangle_side="plats", controller_role="manager", fishbone_bone="Signalvärde",
                        perspective="situationell", confidence="låg", votes=2)
    _add(db, "controller", problem_id=problem, role="handler",
         description="Föräldrar, fältassistenter och socialtjänsten", effectiveness_note="Når inte gruppen efter 21.")
    _add(db, "controller", problem_id=problem, role="guardian",
         description="Ordningsvakter (till kl. 01), personal i kollektivtrafiken, förbipasserande",
         effectiveness_note="Saknas efter kl. 01.")
    _add(db, "controller", problem_id=problem, role="manager",
         description="Tekniska förvaltningen, fastighetsägaren och krögarna",
         effectiveness_note="Belysning och städning planerade för dagtid.")
    return c


def _goals(db: Database, problem: int, areas: Mapping[str, int], orgs: Mapping[str, int]) -> dict[str, int]:
    unsafe = _add(db, "indicator", name="Otrygg ute ensam sen kväll, Lund C", source_kind="trygghetsmätning",
                  unit="%", area_id=areas["LU01"], survey_item_code="UTE_SEN_KVALL", survey_breakdown="alla",
                  how_measured="Andel som svarar att de känner sig otrygga", frequency="årligen",
                  responsible_org_id=orgs["polis"])
    drunk = _add(db, "indicator", name="Problemindex berusade personer, Lund C", source_kind="trygghetsmätning",
                 unit="index 0–6", area_id=areas["LU01"], survey_item_code="BERUSADE", survey_breakdown="alla",
                 how_measured="Index 0–6", frequency="årligen", responsible_org_id=orgs["polis"])
    shifts = _add(db, "indicator", name="Genomförda kvällspass med ordningsvakter", source_kind="egen rapport",
                  unit="pass", area_id=areas["LU01"], how_measured="Räknas i Säkerhetssidans schema",
                  frequency="kvartalsvis", responsible_org_id=orgs["sakerhet"])
    specs = [
        ("effekt", "Andelen som känner sig otrygga ute ensamma sen kväll i Lund C ska minska från 31 % till högst "
         "25 % till trygghetsmätningen 2027.", unsafe, 31.0, D(N, 10, 1), 25.0, D(N + 2, 10, 1)),
        ("effekt", "Problemindex för berusade personer i Lund C ska minska från 2,9 till högst 2,3 till 2027.",
         drunk, 2.9, D(N, 10, 1), 2.3, D(N + 2, 10, 1)),
        ("process", "Belysningsarbetet vid Bantorget ska vara klart före den 1 oktober 2026.", None, None, None,
         None, D(2026, 10, 1)),
        ("produktion", "80 kvällspass med ordningsvakter fredag–lördag 22–03 under 2027.", shifts, 0.0,
         D(2026, 12, 31), 80.0, D(2027, 12, 31)),
    ]
    ids = {}
    for order, (kind, text, indicator, base, base_date, target, target_date) in enumerate(specs):
        ids[f"goal{order}"] = _add(
            db, "goal", problem_id=problem, type=kind, text=text, indicator_id=indicator, baseline_value=base,
            baseline_date=base_date, target_value=target, target_date=target_date, accepted=True, sort_order=order,
        )
    _add(db, "measurement", indicator_id=shifts, area_id=areas["LU01"], period="2026 kv. 1",
         date=D(2026, 3, 31), value=9.0, note="Pass fredag–lördag januari–mars")
    ids["unsafe"], ids["drunk"], ids["shifts"] = unsafe, drunk, shifts
    return ids


def _measures(db: Database, problem: int, orgs: Mapping[str, int], people: Mapping[str, int],
              areas: Mapping[str, int], causes: Mapping[str, int]) -> dict[str, int]:
    specs = [
        ("light", "LED-belysning och klippta häckar vid Bantorget", "tekniska", "gatuchef", "situationell",
         "Bantorget", (2026, 3, 1), (2026, 9, 30), "kort", "beprövad", "genomförd", True, ["dark", "no_guardian"],
         [7]),
        ("guards", "Ordningsvakter till kl. 03 fredag–lördag", "sakerhet", "sakerhetschef", "situationell",
         "C-triangeln", (2026, 1, 1), (2029, 12, 31), "kort", "beprövad", "pågår", True,
         ["no_guardian", "planned_day", "avoid"], [6, 10]),
        ("police", "Polisiär närvaro och störning av narkotikamarknaden fredag–lördag 22–02", "polis",
         "omradespolis", "situationell", "Lund C", (2026, 1, 1), (2029, 12, 31), "kort", "beprövad", "pågår", True,
         ["dealers", "linger"], [10, 14]),
        ("youth", "Fritidsgården öppen till kl. 23 på fredagar och fältassistenter", "kultur", "fritid",
         "kombinerad", "Fritidsgården Centrum", (2026, 2, 1), (2027, 12, 31), "lång", "antagande", "pågår", False,
         ["youth_centre"], [4]),
        ("licensing", "Gemensam tillsyn av serveringstillstånd", "kommun", "andt", "situationell",
         "Krogar nära stationen", (2026, 3, 1), (2028, 12, 31), "kort", "utvärderad", "planerad", False,
         ["drunk"], [25]),
        ("bikes", "Säkra, upplysta cykelställ och cykelmärkningsdagar", "tekniska", "gatuchef", "situationell",
         "Stationens cykelparkering", (2026, 4, 1), (2027, 6, 30), "kort", "beprövad", "planerad", False,
         ["lone"], [1, 13]),
        ("pupils", "Elevdialoger om narkotikaerbjudanden", "skola", "skola", "social", "Gymnasieskolorna",
         (2026, 9, 1), (2027, 6, 30), "lång", "antagande", "planerad", False, ["dealers"], [19, 23]),
        ("graffiti", "Klotter och skräp bort inom 24 timmar", "tekniska", "gatuchef", "situationell",
         "Stationsområdet", (2026, 1, 1), (2029, 12, 31), "kort", "beprövad", "pågår", False, ["litter"], [15]),
        ("signs", "Skyltning om kameraövervakning och lokala ordningsregler", "sakerhet", "sakerhetschef",
         "situationell", "Bantorget", (2026, 6, 1), (2026, 12, 31), "kort", "antagande", "planerad", False,
         ["watched"], [22]),
    ]
    measures = {}
    for order, (key, title, org, person, kind, place, start, end, horizon, evidence, status, promise, cause_keys,
                techniques) in enumerate(specs):
        mid = _add(db, "measure", problem_id=problem, title=title, responsible_org_id=orgs[org],
                   responsible_person_id=people[person], prevention_type=kind, place=place, area_id=areas["LU01"],
                   start=D(*start), end=D(*end), horizon=horizon, evidence_note=evidence, status=status,
                   is_citizen_promise=promise, sort_order=order,
                   description="Kameraövervakning kräver stöd i lag och tillstånd; kontrolleras före löfte."
                   if key == "signs" else "")
        for cause_key in cause_keys:
            _add(db, "measure_cause", measure_id=mid, cause_id=causes[cause_key])
        for technique in techniques:
            _add(db, "measure_technique", measure_id=mid, technique_id=technique)
        measures[key] = mid
    crud.update(db, "measure", measures["guards"], {"frequency": "Varje fredag och lördag 22–03",
                                                     "resources_sek": 640000.0, "resources_hours": 1600.0})
    return measures


def _promise(db: Database, measures: Mapping[str, int], orgs: Mapping[str, int], areas: Mapping[str, int]) -> None:
    promise = _add(
        db, "citizen_promise", title="Tryggare kvällar kring Lund C", area_id=areas["LU01"],
        target_group="Alla som reser till, från och via Lund C kvällstid", period_start=D(2026, 1, 1),
        period_end=D(2027, 12, 31),
        direction_text="Många känner sig otrygga kring Bantorget och Knut den Stores torg på kvällarna, särskilt "
                       "kvinnor och unga. Därför har kommunen och polisen valt att tillsammans göra stationsområdet "
                       "tryggare torsdag–lördag kväll.",
        background_text="Trygghetsmätningen 2025 visar att 31 % känner sig otrygga ute ensamma sen kväll i "
                        "innerstaden.",
        how_produced_text="Löftet bygger på medborgardialogen med 140 synpunkter i kartappen, medarbetardialogen, "
                          "förvaltningarnas bild, trygghetsmätningen och polisens anmälningsstatistik.",
        follow_up_text="Vi redovisar resultatet efter nästa trygghetsmätning på lund.se och polisen.se.",
        contribute_text="Hör av dig till kommunens brottsförebyggande samordnare eller kommunpolisen i Lund. "
                        "Ring 114 14 för icke akuta ärenden och 112 vid nödsituationer.",
        publication_channels="lund.se, polisen.se/lund, pressmeddelande",
    )
    items = [
        ("Polisen lovar att vara synlig vid Lund C varje fredag och lördag kväll.", "police", "polis"),
        ("Kommunen lovar att förbättra belysningen vid Bantorget före den 1 oktober och att ordningsvakter finns "
         "på plats till kl. 03 fredag–lördag.", "light", "kommun"),
        ("Tillsammans lovar vi att redovisa resultatet efter nästa trygghetsmätning.", None, "kommun"),
    ]
    for order, (wording, measure, org) in enumerate(items):
        _add(db, "promise_item", promise_id=promise, wording=wording,
             measure_id=measures[measure] if measure else None, responsible_org_id=orgs[org], sort_order=order)


def _follow_up(db: Database, measures: Mapping[str, int], goals: Mapping[str, int]) -> None:
    updates = [
        ("light", D(2026, 6, 30), "pågår", 60, "Armaturerna är bytta på östra sidan; häckarna klippta."),
        ("light", D(2026, 9, 28), "genomförd", 100, "Klart före den 1 oktober."),
        ("guards", D(2026, 3, 31), "pågår", 25, "9 kvällspass genomförda under första kvartalet."),
        ("police", D(2026, 3, 31), "pågår", 25, "Närvaro varje fredag och lördag; två tillslag mot langning."),
        ("youth", D(2026, 3, 31), "pågår", 30, "Öppet till 23 på fredagar sedan februari; 40 besökare i snitt."),
    ]
    for key, date, status, percent, note in updates:
        _add(db, "status_update", measure_id=measures[key], date=date, status=status, percent_done=percent,
             note=note, reported_by="Sara Nilsson")
    _add(db, "follow_up_report", period="2026 kv. 1–3", type="process", date=D(2026, 10, 15),
         findings="Sex av nio åtgärder är startade. Belysningen är klar; vaktpassen förlängda. Fritidsgårdens "
                  "kvällsöppet når fler unga än väntat.",
         recommendations="Fortsätt enligt plan; starta elevdialogerna till höstterminen.", sent_to="styrgrupp")


def _agreement(db: Database) -> None:
    """Lock version 1 for signing: the signatories come from the people marked as signatories."""
    from samverka.core import agreement_service  # noqa: PLC0415 - the PDF libraries load only here

    agreement_service.lock(db)
