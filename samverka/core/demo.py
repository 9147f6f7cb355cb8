"""The Lund demo collaboration (domain.md (f)): fictional content that fills every step the way a Brå trainer
would show it. Steps 1–4 are here; the cause analysis, goals, plan, promises, follow-up and årshjul are in
`demo_plan`.

Built through the services, so it is also an end-to-end exercise of them. The agreement is locked and dated at
the start of its period but left unsigned, so that signing can be shown in the room: step 7 is then the one step
not complete. `build_demo(path, signed=True)` records both signatures on paper and completes it too.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from typing import Any

from samverka.core import crud
from samverka.core import lagesbild_service as lagesbild
from samverka.core.collaboration_service import new_collaboration
from samverka.models import SurveyResult
from samverka.models.db import Database
from samverka.workflow.steps import step_number

DEMO_NAME = "Lunds kommun × LPO Lund – demo 2026–2029"
N = 2025  # the year of the latest safety survey in the demo
D = dt.date
PERIOD = (D(2026, 1, 1), D(2029, 12, 31))


def _add(db: Database, table: str, **values: Any) -> int:
    new_id, _ = crud.create(db, table, values)
    return new_id


def build_demo(target: str | os.PathLike[str], *, signed: bool = False) -> Database:
    """The demo at `target`, built whole before it appears there (a kill leaves nothing)."""
    return new_collaboration(
        target, name=DEMO_NAME, kommun="Lunds kommun", lokalpolisomrade="LPO Lund",
        period_start=PERIOD[0], period_end=PERIOD[1], fill=lambda db: _fill(db, signed=signed),
    )


def _fill(db: Database, *, signed: bool) -> None:
    from samverka.core import demo_plan  # noqa: PLC0415 - the second half of the demo

    _collaboration_texts(db)
    orgs = _organisations(db)
    people = _people(db, orgs)
    meetings = _meetings(db, people)
    areas = _areas(db)
    sources = _sources(db, orgs)
    observations = _observations(db, sources, areas, orgs)
    _survey(db, areas)
    _contributions(db, orgs)
    candidates = _prioritisation(db, areas, orgs)
    problem = _problem(db, candidates, areas, observations)
    demo_plan.build_rest(db, problem=problem, orgs=orgs, people=people, meetings=meetings, areas=areas,
                         sources=sources, signed=signed)


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
        "lagesbild_extent": "Inom 300 meter från Lund C anmäldes 2025 38 misshandelsbrott utomhus (70 % fredag–"
                            "lördag kl. 22–02), 22 ofredanden, 95 narkotikabrott (innehav och eget bruk) och 410 "
                            "cykelstölder. Andelen som känner sig otrygga ute ensamma sen kväll i innerstaden har "
                            "ökat från 27,5 % (2023) till 31 % (2025); bland kvinnor 42 %.",
        "lagesbild_consequences": "Kvinnor och unga undviker Bantorget och kollektivtrafiken kvällstid. Utsatta "
                                  "drabbas av ofredanden och våld, förtroendet för att kommun och polis bryr sig "
                                  "sjunker och handeln kring stationen förlorar kvällskunder.",
        "lagesbild_other": "Fritidsgården stänger kl. 21 och ungdomarna går då till stationen. Sena barer och "
                           "matställen ligger nära. Ordningsvakternas pass slutar kl. 01 och belysningen är "
                           "planerad för dagtrafiken. Medborgardialogen gav 140 kartnålar vid hållplatserna och "
                           "passagen under spåren.",
        "lagesbild_analysis": "Problemen samlas i tid och rum: torsdag–lördag kl. 21–02 vid Bantorget, "
                              "förplatsen och passagen. Motiverade gärningspersoner (berusade nattlivsbesökare, "
                              "några langare och en grupp unga) möter ensamma pendlare på platser där ingen kapabel "
                              "väktare finns efter kl. 01 och siktlinjerna är dåliga. Parternas egna bilder pekar "
                              "åt samma håll, vilket gör problemet påverkbart med gemensamma insatser.",
        "organisation_text": "Styrgruppen (KSO, kommundirektör och lokalpolisområdeschef) möts fyra gånger per år "
                             "och äger uppföljningen. Lunds BRÅ är beredningsgrupp. Den brottsförebyggande "
                             "samordnaren (kommunens samordningsfunktion) och kommunpolisen leder arbetet och "
                             "arbetsgrupperna; kommunikatören ansvarar för kommunikationen.",
        "documentation_text": "Lägesbild, orsaksanalyser, åtgärdsplan och mötesanteckningar dokumenteras i "
                              "Samverka och arkiveras i kommunens diarium efter varje styrgruppsmöte.",
        "followup_text": "Processuppföljning av varje åtgärd och varje löfte varje kvartal i beredningsgruppen, "
                         "med siffrorna i rummet. Effektuppföljning årligen efter trygghetsmätningen; rapport till "
                         "styrgruppen och kommunstyrelsen i december. Lägesbilden uppdateras varje år.",
    })


def _organisations(db: Database) -> dict[str, int]:
    specs = [
        ("kommun", "Lunds kommun", "kommun", "Samordningsfunktionen, lägesbild och åtgärdsplan enligt lag (2023:196).",
         "Brottsförebyggande samordnare på heltid, kommunikatör, 2 mkr per år i trygghetsmedel och lokaler för "
         "mötena."),
        ("polis", "Polisen, lokalpolisområde Lund", "polis", "Kommunpolis, områdespolis och polisiär närvaro.",
         "Kommunpolis på heltid och områdespolis Centrum; närvaro torsdag–lördag kväll."),
        ("tekniska", "Tekniska förvaltningen", "förvaltning", "Gator, parker, belysning och klottersanering.",
         "1,2 mkr för belysning 2026 och klotterjour inom 24 timmar."),
        ("kultur", "Kultur- och fritidsförvaltningen", "förvaltning", "Fritidsgårdar och fältassistenter.",
         "Fyra fältassistenter och kvällsöppen fritidsgård."),
        ("skola", "Skolförvaltningen", "förvaltning", "Gymnasieskolorna och elevhälsan.",
         "Elevhälsan och två lektioner per klass för elevdialoger."),
        ("sakerhet", "Säkerhetssidan", "förvaltning", "Ordningsvakter, kameraövervakning och säkerhetssamordning.",
         "Ordningsvakter 156 kvällar per år (640 000 kr)."),
        ("raddning", "Räddningstjänsten Syd", "räddningstjänst", "Brandskydd och trygghetsvandringar.",
         "Deltar i trygghetsvandringar och delar insatsstatistik."),
        ("fastighet", "Stationsfastigheter AB", "fastighetsägare", "Äger och förvaltar stationsområdet.",
         "Städning, belysning och cykelgarage i stationsområdet."),
        ("trafik", "Skånetrafiken", "kollektivtrafik", "Busshållplatser och personal i kollektivtrafiken.",
         "Trygghetsvärdar på bussarna kvällstid och störningsrapporter."),
    ]
    orgs: dict[str, int] = {}
    for order, (key, name, kind, responsibilities, resources) in enumerate(specs):
        orgs[key] = _add(db, "organisation", name=name, type=kind, responsibilities=responsibilities,
                         resources=resources, sort_order=order)
    for key in ("tekniska", "kultur", "skola", "sakerhet"):
        crud.update(db, "organisation", orgs[key], {"parent_id": orgs["kommun"]})
    return orgs


def _people(db: Database, orgs: Mapping[str, int]) -> dict[str, int]:
    specs = [
        ("kso", "Anna Lindqvist", "Kommunstyrelsens ordförande", "kommun", True, "styrgrupp", "ordförande"),
        ("lpo", "Johan Bergström", "Lokalpolisområdeschef", "polis", True, "styrgrupp", "deltagare"),
        ("direktor", "Maria Ek", "Kommundirektör", "kommun", False, "styrgrupp", "deltagare"),
        ("samordnare", "Sara Nilsson", "Brottsförebyggande samordnare", "kommun", False, "beredningsgrupp",
         "samordningsfunktion"),
        ("kommunpolis", "Erik Holm", "Kommunpolis", "polis", False, "beredningsgrupp", "kommunpolis"),
        ("kommunikator", "Hanna Berg", "Kommunikatör", "kommun", False, "beredningsgrupp", "kommunikationsansvarig"),
        ("omradespolis", "Lina Persson", "Områdespolis Centrum", "polis", False, "workshop", "deltagare"),
        ("gatuchef", "Ahmed Karimi", "Enhetschef, gatu- och parkenheten", "tekniska", False, "beredningsgrupp",
         "deltagare"),
        ("fritid", "Elin Sjöberg", "Verksamhetschef fritidsgårdar", "kultur", False, "workshop", "deltagare"),
        ("skola", "Per Åkesson", "Rektor, gymnasiet", "skola", False, "workshop", "deltagare"),
        ("andt", "Fatima Haddad", "ANDT-samordnare", "kommun", False, "workshop", "deltagare"),
        ("sakerhetschef", "Oskar Wallin", "Säkerhetschef", "sakerhet", False, "beredningsgrupp", "deltagare"),
        ("raddning", "Mikael Svensson", "Brandinspektör", "raddning", False, "workshop", "deltagare"),
        ("fastighet", "Karin Östberg", "Förvaltare, stationsområdet", "fastighet", False, "workshop", "deltagare"),
        ("trafik", "Jonas Lund", "Trafikområdeschef", "trafik", False, "workshop", "deltagare"),
    ]
    people: dict[str, int] = {}
    for key, name, title, org, signs, group, role in specs:
        pid = _add(db, "person", name=name, title=title, organisation_id=orgs[org], is_signatory=signs)
        _add(db, "membership", person_id=pid, group=group, role=role, valid_from=PERIOD[0])
        people[key] = pid
    return people


def _meetings(db: Database, people: Mapping[str, int]) -> dict[str, int]:
    first = _add(
        db, "meeting", title="Workshop 1: gemensam lägesbild och prioritering", step=step_number("lagesbild"),
        date=D(2025, 11, 20),
        place="Stadshuset, Lund, sal Kulturen", facilitator_id=people["samordnare"],
        agenda="1. Parternas bilder\n2. Trygghetsmätningen 2025\n3. Problemkandidater\n4. Prioritering",
        minutes="Parterna presenterade sina bilder. Trygghetsmätningen visar ökad otrygghet kvällstid kring Lund C.",
        decisions="Otrygghet kvällstid vid Lund C prioriteras. Cykelstölder hanteras i ett separat spår.",
    )
    second = _add(
        db, "meeting", title="Workshop 2: orsaksanalys, mål och åtgärder", step=step_number("orsaksanalys"),
        date=D(2025, 12, 4),
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


# Each party's own picture before the joint one (Brå's "egna förberedelser"): (organisation, text, sources).
CONTRIBUTIONS: tuple[tuple[str, str, str], ...] = (
    ("polis", "38 misshandelsbrott utomhus inom 300 meter från stationen, 70 % av dem fredag–lördag kl. 22–02; 22 "
     "ofredanden kring Bantorget; 95 narkotikabrott, de flesta innehav och eget bruk. Områdespolisen ser 2–3 "
     "småskaliga langare som söker kunder bland pendlare.",
     "Polisens anmälningsstatistik 2025; underrättelsebild LPO Lund; medarbetardialog med områdespolisen"),
    ("kommun", "Trygghetsmätningen visar att 31 % i innerstaden känner sig otrygga ute ensamma sen kväll (kvinnor "
     "42 %). Medborgardialogen gav 140 kartnålar, samlade vid busshållplatserna på Bantorget och passagen mellan "
     "spårens öst- och västsida.",
     "Trygghetsmätningen 2023–2025; medborgardialog med kartapp hösten 2025"),
    ("tekniska", "14 felanmälningar om trasig belysning under kvartal 4; häckarna vid Bantorget skymmer sikten och "
     "cykelställen är överfulla.", "Felanmälningar kv. 4 2025; trygghetsvandring oktober 2025"),
    ("kultur", "Fritidsgården stänger kl. 21 och ungdomarna flyttar då till stationen; fältassistenterna når dem inte "
     "efter kl. 21.", "Fritidsgårdarnas verksamhetsrapporter 2025; fältassistenternas loggbok"),
    ("skola", "Elever som pendlar via Lund C berättar att de har blivit erbjudna narkotika.",
     "Elevenkät gymnasiet 2025"),
    ("sakerhet", "Ordningsvakternas pass slutar kl. 01, när nattlivet är som störst.",
     "Ordningsvakternas rapporter 2025"),
    ("raddning", "Sex anlagda bränder i papperskorgar kring stationen 2025; trygghetsvandringen visade mörka "
     "passager.", "Räddningstjänstens insatsstatistik 2025; trygghetsvandring oktober 2025"),
    ("fastighet", "Skadegörelse i cykelgaraget och nedskräpning på förplatsen helgnätter.",
     "Fastighetsägarens incidentlogg 2025"),
    ("trafik", "Förarna rapporterar störningar vid Bantorgets hållplatser fredag–lördag kväll; några förare undviker "
     "att stanna vid den mörkaste hållplatsen.", "Skånetrafikens störningsrapporter 2025"),
)


def _contributions(db: Database, orgs: Mapping[str, int]) -> None:
    for org, text, sources in CONTRIBUTIONS:
        lagesbild.add_contribution(db, orgs[org], text, sources, D(2025, 10, 31))


# Scores per criterion in the default order: five of Brå's criteria, the cost to society, then the two filters
# (resources, ability to influence: 0 = no, 1–3 = yes).
PRIORITY_SPECS: tuple[tuple[str, str, str, str, str, tuple[int, ...]], ...] = (
    ("evening", "Otrygghet kvällstid vid Lund C", "Kvinnor och unga undviker stationsområdet kvällstid.",
     "LU01", "polis", (2, 3, 2, 3, 3, 2, 2, 3)),
    ("bikes", "Cykelstölder vid stationen", "410 anmälda cykelstölder per år vid stationens cykelställ.",
     "LU01", "tekniska", (3, 1, 1, 2, 2, 1, 2, 2)),
    ("mopeds", "Buskörning med moped i Norra Fäladen", "Mopeder på gång- och cykelvägar kvällstid.",
     "LU02", "kommun", (1, 2, 1, 2, 1, 1, 2, 2)),
    ("drugs_school", "Narkotikaerbjudanden till elever", "Elever erbjuds narkotika på väg till skolan.",
     "LU01", "skola", (1, 2, 3, 1, 2, 3, 0, 2)),
)


def _prioritisation(db: Database, areas: Mapping[str, int], orgs: Mapping[str, int]) -> dict[str, int]:
    criteria = crud.list_rows(db, "priority_criterion", order_by=("sort_order",))
    candidates = {}
    for order, (key, title, description, area, org, scores) in enumerate(PRIORITY_SPECS):
        chosen = key == "evening"
        cid = _add(
            db, "problem_candidate", title=title, description=description, area_id=areas[area],
            raised_by_org_id=orgs[org], sort_order=order, category="trygghet", selected=chosen,
            rationale="Högst sammanvägd poäng: otryggheten drabbar många, är synlig (signalbrott) och samlad i tid "
                      "och rum, och parterna har både resurser och möjlighet att påverka den." if chosen else "",
            dialogue_basis="Medborgardialogen hösten 2025: 140 kartnålar vid busshållplatserna på Bantorget och "
                           "passagen under spåren; kvinnor beskrev att de undviker platsen kvällstid."
            if chosen else "",
        )
        for criterion, score in zip(criteria, scores, strict=True):
            _add(db, "priority_score", candidate_id=cid, criterion_id=criterion.id, score=score,
                 comment="Skolans resurser räcker inte i år; tas upp igen nästa period." if score == 0 else "")
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
        skada="Kvinnor och unga undviker Bantorget och kollektivtrafiken kvällstid; 22 ofredanden per år, lägre "
              "förtroende och skada för handeln.",
    )
    _add(db, "affected_group", problem_id=problem, name="Kvinnor som pendlar kvällstid", women_pct=100,
         men_pct=0, age_band="16–64")
    _add(db, "affected_group", problem_id=problem, name="Unga som passerar stationen", women_pct=55, men_pct=45,
         age_band="15–24")
    for key in ("assault", "ofredande", "drugs", "pins"):
        _add(db, "problem_evidence", problem_id=problem, observation_id=observations[key])
    return problem
