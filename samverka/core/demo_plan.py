"""The Lund demo, steps 5–10 and the årshjul: the causes (with the event chain and the five whys), goals with
their series, the measures covering the problem's days and hours (Thursday–Saturday 21–02), the action plan as
decided by the kommunstyrelse, a twelve-month promise whose numbers match its goals, and a follow-up in the room
that flags the promise line that fell behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from samverka.core import action_plan_service, calendar_service, crud, followup_service
from samverka.core import cause_service as cs
from samverka.models.db import Database

D = dt.date
N = 2025  # the latest safety survey before the period
PROMISE_PERIOD = (D(2026, 4, 1), D(2027, 3, 31))  # a promise runs twelve months
FOLLOW_UP_DAY = D(2026, 9, 30)  # the follow-up in the room, half-way through the promise
PLAN_PERIOD = (D(2026, 1, 1), D(2026, 12, 31))  # the action plan is decided every year
PLAN_DECIDED = dt.datetime(2025, 12, 9, 15, 0)  # the kommunstyrelse's December meeting, before the period starts


def _add(db: Database, table: str, **values: Any) -> int:
    new_id, _ = crud.create(db, table, values)
    return new_id


def build_rest(
    db: Database, *, problem: int, orgs: Mapping[str, int], people: Mapping[str, int], meetings: Mapping[str, int],
    areas: Mapping[str, int], sources: Mapping[str, int], signed: bool,
) -> None:
    causes = _causes(db, problem, meetings)
    _goals(db, problem, areas, orgs, sources)
    measures = _measures(db, problem, orgs, people, areas, causes)
    _action_plan(db)
    items = _promise(db, measures, orgs, areas)
    _follow_up(db, measures, items)
    _year(db)
    _agreement(db, signed=signed)


def _causes(db: Database, problem: int, meetings: Mapping[str, int]) -> dict[str, int]:
    meeting = meetings["second"]

    def cause(text: str, **values: Any) -> int:
        return _add(db, "cause", problem_id=problem, text=text, created_in_meeting_id=meeting, **values)

    c: dict[str, int] = {}
    # The harm ("kvinnor undviker Bantorget kvällstid") is the problem's skada, not a cause. The five whys start
    # from it: why do they avoid the place?
    c["watched"] = cause("Kvinnor och unga känner sig iakttagna och trakasserade vid hållplatserna", kind="direkt",
                         why_position=1, triangle_side="offer", fishbone_bone="brottsutsatt",
                         perspective="utsatthet", confidence="hög", votes=9)
    c["linger"] = cause("Grupper uppehåller sig ostört vid hållplatserna", parent_id=c["watched"], kind="indirekt",
                        why_position=2, triangle_side="gärningsperson", fishbone_bone="gärningsperson",
                        perspective="gärningsperson", confidence="medel", votes=7)
    # The capable guardian protects the target: it sits on the target's side of the triangle.
    c["no_guardian"] = cause("Ingen kapabel väktare efter kl. 01 och dåliga siktlinjer", parent_id=c["linger"],
                             kind="indirekt", why_position=3, triangle_side="offer", controller_role="guardian",
                             fishbone_bone="objekt/plats", perspective="situationell", confidence="hög", votes=11)
    c["planned_day"] = cause("Vaktpass och belysning är planerade för dagtrafiken", parent_id=c["no_guardian"],
                             kind="indirekt", why_position=4, triangle_side="plats", controller_role="manager",
                             fishbone_bone="objekt/plats", perspective="situationell", confidence="medel", votes=8)
    c["no_evening_picture"] = cause("Kvällstiden har saknats i parternas gemensamma lägesbild och planering",
                                    parent_id=c["planned_day"], kind="grundorsak", why_position=5,
                                    triangle_side="plats", controller_role="manager", fishbone_bone="objekt/plats",
                                    perspective="situationell", confidence="medel", votes=6)
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
    # The event chain: what happens before, during and after the evening's incidents.
    cs.set_event_chain(db, problem, {
        "före": [c["youth_centre"], c["drunk"], c["dealers"]],
        "under": [c["lone"], c["linger"], c["watched"], c["no_guardian"], c["dark"]],
        "efter": [c["litter"]],
    })
    _add(db, "controller", problem_id=problem, role="handler",
         description="Föräldrar, fältassistenter och socialtjänsten", effectiveness_note="Når inte gruppen efter 21.")
    _add(db, "controller", problem_id=problem, role="guardian",
         description="Ordningsvakter (till kl. 01), personal i kollektivtrafiken, förbipasserande",
         effectiveness_note="Saknas efter kl. 01.")
    _add(db, "controller", problem_id=problem, role="manager",
         description="Tekniska förvaltningen, fastighetsägaren och krögarna",
         effectiveness_note="Belysning och städning planerade för dagtid.")
    return c


# The safety survey's values for Lund C, then the first follow-up after the period began (fictional).
UNSAFE_SERIES = ((D(N - 2, 10, 1), 27.5), (D(N - 1, 10, 1), 29.0), (D(N, 10, 1), 31.0), (D(N + 1, 10, 1), 29.5))
DRUNK_SERIES = ((D(N - 2, 10, 1), 2.6), (D(N - 1, 10, 1), 2.7), (D(N, 10, 1), 2.9), (D(N + 1, 10, 1), 2.7))
# Guard evenings done, counted every quarter of the promise year (three evenings a week).
GUARD_SERIES = ((D(2026, 6, 30), 39.0), (FOLLOW_UP_DAY, 78.0))


def _goals(db: Database, problem: int, areas: Mapping[str, int], orgs: Mapping[str, int],
           sources: Mapping[str, int]) -> None:
    unsafe = _add(db, "indicator", name="Otrygg ute ensam sen kväll, Lund C", source_kind="trygghetsmätning",
                  unit="%", area_id=areas["LU01"], survey_item_code="UTE_SEN_KVALL", survey_breakdown="alla",
                  how_measured="Andel som svarar att de känner sig otrygga", frequency="årligen",
                  responsible_org_id=orgs["polis"])
    drunk = _add(db, "indicator", name="Problemindex berusade personer, Lund C", source_kind="trygghetsmätning",
                 unit="index 0–6", area_id=areas["LU01"], survey_item_code="BERUSADE", survey_breakdown="alla",
                 how_measured="Index 0–6", frequency="årligen", responsible_org_id=orgs["polis"])
    shifts = _add(db, "indicator", name="Kvällar med ordningsvakter torsdag–lördag 21–03", source_kind="egen rapport",
                  unit="kvällar", area_id=areas["LU01"], how_measured="Räknas i Säkerhetssidans schema",
                  frequency="kvartalsvis", responsible_org_id=orgs["sakerhet"])
    specs: list[tuple[str, str, int | None, int | None, float | None, dt.date | None, float | None, dt.date]] = [
        ("effekt", "Andelen som känner sig otrygga ute ensamma sen kväll i Lund C ska minska från 31 % till högst "
         "25 % till trygghetsmätningen 2027.", problem, unsafe, 31.0, D(N, 10, 1), 25.0, D(N + 2, 10, 1)),
        ("effekt", "Problemindex för berusade personer i Lund C ska minska från 2,9 till högst 2,3 till 2027.",
         problem, drunk, 2.9, D(N, 10, 1), 2.3, D(N + 2, 10, 1)),
        ("process", "Belysningsarbetet vid Bantorget ska vara klart före den 1 oktober 2026.", problem, None, None,
         None, None, D(2026, 10, 1)),
        ("produktion", "Ordningsvakter ska finnas i C-triangeln torsdag–lördag kl. 21–03 under 156 kvällar, från "
         "1 april 2026 till 31 mars 2027.", problem, shifts, 0.0, D(2026, 3, 31), 156.0, D(2027, 3, 31)),
        ("strategiskt", "Parternas gemensamma lägesbild ska från 2027 redovisa kvällstid (kl. 18–03) för varje "
         "delområde före styrgruppens möte i mars.", None, None, None, None, None, D(2027, 3, 1)),
        ("strategiskt", "Kvinnors och ungas upplevda trygghet ska redovisas särskilt i den årliga rapporten till "
         "kommunstyrelsen.", None, None, None, None, None, D(2026, 12, 31)),
    ]
    for order, (kind, text, problem_id, indicator, base, base_date, target, target_date) in enumerate(specs):
        _add(db, "goal", problem_id=problem_id, type=kind, text=text, indicator_id=indicator, baseline_value=base,
             baseline_date=base_date, target_value=target, target_date=target_date, accepted=True, sort_order=order)
    for indicator, series, source, note in (
        (unsafe, UNSAFE_SERIES, sources["survey"], "Trygghetsmätningen, Lund C/innerstaden"),
        (drunk, DRUNK_SERIES, sources["survey"], "Trygghetsmätningen, Lund C/innerstaden"),
        (shifts, GUARD_SERIES, None, "Räknat i Säkerhetssidans schema"),
    ):
        for date, value in series:
            followup_service.add_measurement(db, indicator, value=value, date=date, source_id=source, comment=note,
                                             area_id=areas["LU01"], period=str(date.year))


# (key, title, organisation, person, prevention, place, when, start, end, horizon, evidence, causes, techniques)
MEASURES: tuple[tuple[str, str, str, str, str, str, str, tuple[int, int, int], tuple[int, int, int], str, str,
                      tuple[str, ...], tuple[int, ...]], ...] = (
    ("light", "LED-belysning och klippta häckar vid Bantorget", "tekniska", "gatuchef", "situationell", "Bantorget",
     "24 armaturer före 1 oktober", (2026, 3, 1), (2026, 9, 30), "kort", "beprövad", ("dark", "no_guardian"), (7,)),
    ("guards", "Ordningsvakter torsdag–lördag kl. 21–03 i C-triangeln", "sakerhet", "sakerhetschef",
     "situationell", "C-triangeln", "Varje torsdag, fredag och lördag kl. 21–03", (2026, 4, 1), (2029, 12, 31),
     "kort", "beprövad", ("no_guardian", "planned_day", "watched"), (6, 10)),
    ("police", "Polisiär närvaro och störning av narkotikamarknaden torsdag–lördag kl. 21–02", "polis",
     "omradespolis", "situationell", "Lund C", "Varje torsdag, fredag och lördag kl. 21–02", (2026, 4, 1),
     (2029, 12, 31), "kort", "beprövad", ("dealers", "linger"), (10, 14)),
    ("youth", "Fritidsgården öppen till kl. 23 torsdag–fredag", "kultur", "fritid", "kombinerad",
     "Fritidsgården Centrum", "Torsdag och fredag till kl. 23", (2026, 2, 1), (2027, 12, 31), "lång", "antagande",
     ("youth_centre",), (4,)),
    ("nightwalk", "Nattvandring med fältassistenter och föreningar varannan fredag kl. 21–01", "kultur", "fritid",
     "social", "Stationsområdet", "Varannan fredag kl. 21–01", (2026, 4, 1), (2027, 3, 31), "kort", "antagande",
     ("youth_centre", "lone"), (6, 19)),
    ("licensing", "Gemensam tillsyn av serveringstillstånd torsdag–lördag kväll", "kommun", "andt", "situationell",
     "Krogar nära stationen", "En tillsynskväll i månaden, torsdag–lördag", (2026, 3, 1), (2028, 12, 31), "kort",
     "utvärderad", ("drunk",), (25,)),
    ("evening_picture", "Kvällstid i den årliga lägesbilden och i vakt- och belysningsplaneringen", "kommun",
     "samordnare", "situationell", "Hela innerstaden", "Lägesbildsmötet i februari varje år", (2026, 2, 1),
     (2029, 12, 31), "lång", "antagande", ("no_evening_picture", "planned_day"), (9,)),
    ("bikes", "Säkra, upplysta cykelställ och cykelmärkningsdagar", "tekniska", "gatuchef", "situationell",
     "Stationens cykelparkering", "Två märkningsdagar per år", (2026, 4, 1), (2027, 6, 30), "kort", "beprövad",
     ("lone",), (1, 13)),
    ("pupils", "Elevdialoger om narkotikaerbjudanden", "skola", "skola", "social", "Gymnasieskolorna",
     "Två lektioner per klass och läsår", (2026, 9, 1), (2027, 6, 30), "lång", "antagande", ("dealers",), (19, 23)),
    ("graffiti", "Klotter och skräp bort inom 24 timmar", "tekniska", "gatuchef", "situationell", "Stationsområdet",
     "Fredag–söndag morgon", (2026, 1, 1), (2029, 12, 31), "kort", "beprövad", ("litter",), (15,)),
    ("signs", "Skyltning om kameraövervakning och lokala ordningsregler", "sakerhet", "sakerhetschef",
     "situationell", "Bantorget", "Uppsatt före 1 december", (2026, 6, 1), (2026, 12, 31), "kort", "antagande",
     ("watched",), (22,)),
)
PROMISED = frozenset({"light", "guards", "police", "nightwalk"})


def _measures(db: Database, problem: int, orgs: Mapping[str, int], people: Mapping[str, int],
              areas: Mapping[str, int], causes: Mapping[str, int]) -> dict[str, int]:
    measures = {}
    for order, (key, title, org, person, kind, place, when, start, end, horizon, evidence, cause_keys,
                techniques) in enumerate(MEASURES):
        mid = _add(db, "measure", problem_id=problem, title=title, responsible_org_id=orgs[org],
                   responsible_person_id=people[person], prevention_type=kind, place=place, frequency=when,
                   area_id=areas["LU01"], start=D(*start), end=D(*end), horizon=horizon, evidence_note=evidence,
                   status="planerad", is_citizen_promise=key in PROMISED, sort_order=order,
                   description="Kameraövervakning kräver stöd i lag och tillstånd; kontrolleras före löfte."
                   if key == "signs" else "")
        for cause_key in cause_keys:
            _add(db, "measure_cause", measure_id=mid, cause_id=causes[cause_key])
        for technique in techniques:
            _add(db, "measure_technique", measure_id=mid, technique_id=technique)
        measures[key] = mid
    crud.update(db, "measure", measures["guards"], {"resources_sek": 640000.0, "resources_hours": 1600.0})
    return measures


def _action_plan(db: Database) -> None:
    """Decided by the kommunstyrelse in December for the coming year, as the law asks of the kommun: before the
    agreement is signed at the start of the period, so the signed agreement names the decided plan as annex 1."""
    action_plan_service.update_draft(db, {
        "title": "Åtgärdsplan för ett tryggare Lund C 2026", "period_start": PLAN_PERIOD[0],
        "period_end": PLAN_PERIOD[1], "decided_by": "Kommunstyrelsen", "decision_date": PLAN_DECIDED.date(),
        "paragraph": "§ 245", "diarienummer": "KS 2025/0456",
    })
    action_plan_service.decide(db, at=PLAN_DECIDED)


# (wording, measure, organisation or "" for all parties, count, unit, place, when, report back)
PROMISE_ITEMS: tuple[tuple[str, str | None, str, int, str, str, str, dt.date], ...] = (
    ("Polisen lovar att vara synlig vid Lund C varje torsdag, fredag och lördag kväll kl. 21–02.", "police",
     "polis", 156, "kvällar", "Bantorget, stationens förplats och passagen under spåren", "torsdag–lördag kl. 21–02",
     D(2026, 10, 15)),
    ("Kommunen lovar att ordningsvakter finns i C-triangeln torsdag–lördag kl. 21–03.", "guards", "sakerhet", 156,
     "kvällar", "C-triangeln, Clemenstorget–Bantorget", "torsdag–lördag kl. 21–03", D(2026, 10, 15)),
    ("Kommunen lovar att byta till LED-belysning och klippa häckarna vid Bantorget före den 1 oktober 2026.",
     "light", "tekniska", 24, "armaturer", "Bantorget", "före 1 oktober 2026", D(2026, 10, 15)),
    ("Kommunen lovar nattvandring med fältassistenter och föreningar varannan fredag kl. 21–01.", "nightwalk",
     "kultur", 26, "kvällar", "Stationsområdet", "varannan fredag kl. 21–01", D(2026, 10, 15)),
    ("Tillsammans lovar vi att redovisa hur det har gått efter halva året och efter nästa trygghetsmätning, på "
     "lund.se och polisen.se.", None, "", 2, "redovisningar", "lund.se och polisen.se/lund",
     "september 2026 och mars 2027", D(2026, 9, 30)),
)


def _promise(db: Database, measures: Mapping[str, int], orgs: Mapping[str, int],
             areas: Mapping[str, int]) -> dict[str, int]:
    promise = _add(
        db, "citizen_promise", title="Tryggare kvällar kring Lund C", area_id=areas["LU01"],
        target_group="Alla som reser till, från och via Lund C kvällstid", period_start=PROMISE_PERIOD[0],
        period_end=PROMISE_PERIOD[1], published_date=D(2026, 3, 25),
        direction_text="Många känner sig otrygga kring Bantorget och Knut den Stores torg på kvällarna, särskilt "
                       "kvinnor och unga. Därför har kommunen och polisen valt att tillsammans göra stationsområdet "
                       "tryggare torsdag–lördag kväll.",
        background_text="Trygghetsmätningen 2025 visar att 31 % känner sig otrygga ute ensamma sen kväll i "
                        "innerstaden.",
        how_produced_text="Löftet bygger på medborgardialogen med 140 synpunkter i kartappen, medarbetardialogen, "
                          "förvaltningarnas bild, trygghetsmätningen och polisens anmälningsstatistik.",
        dialogue_basis="Medborgardialogen hösten 2025: 140 synpunkter i kartappen, samlade vid busshållplatserna på "
                       "Bantorget och passagen under spåren, och trygghetsvandringen i oktober 2025.",
        follow_up_text="Vi redovisar hur det har gått efter halva året och efter nästa trygghetsmätning på lund.se "
                       "och polisen.se.",
        contribute_text="Hör av dig till kommunens brottsförebyggande samordnare eller kommunpolisen i Lund. "
                        "Ring 114 14 för icke akuta ärenden och 112 vid nödsituationer.",
        publication_channels="lund.se, polisen.se/lund, pressmeddelande",
    )
    items = {}
    for order, (wording, measure, org, count, unit, place, when, report) in enumerate(PROMISE_ITEMS):
        items[measure or "together"] = _add(
            db, "promise_item", promise_id=promise, wording=wording,
            measure_id=measures[measure] if measure else None, responsible_org_id=orgs[org] if org else None,
            all_parties=not org, activity_count=count, activity_unit=unit, place=place, when_text=when,
            report_back_date=report, sort_order=order)
    return items


# Measure statuses reported in the room: (measure, date, status, percent, comment).
STATUS_UPDATES: tuple[tuple[str, dt.date, str, int, str], ...] = (
    ("light", D(2026, 6, 30), "pågår", 60, "Armaturerna är bytta på östra sidan; häckarna klippta."),
    ("light", D(2026, 9, 28), "genomförd", 100, "24 armaturer bytta före den 1 oktober."),
    ("guards", FOLLOW_UP_DAY, "pågår", 50, "78 av 156 kvällar; passen förlängda till kl. 03."),
    ("police", FOLLOW_UP_DAY, "pågår", 50, "78 av 156 kvällar; två tillslag mot langning."),
    ("youth", FOLLOW_UP_DAY, "pågår", 40, "Öppet till 23 torsdag–fredag sedan februari; 40 besökare i snitt."),
    ("nightwalk", FOLLOW_UP_DAY, "pågår", 35, "9 av 26 kvällar: svårt att få nattvandrare under sommaren."),
    ("licensing", FOLLOW_UP_DAY, "pågår", 30, "Tre tillsynskvällar; en varning."),
    ("evening_picture", D(2026, 2, 20), "pågår", 25, "Kvällstid var en egen punkt på lägesbildsmötet i februari."),
    ("graffiti", FOLLOW_UP_DAY, "pågår", 75, "Klotter och skräp sanerat inom 24 timmar sedan januari."),
    ("signs", D(2026, 6, 20), "genomförd", 100, "Skyltarna sattes upp vid Bantorget i juni."),
    ("pupils", FOLLOW_UP_DAY, "pågår", 15, "De första elevdialogerna hölls i september."),
)
# Promise lines in the room: (line, status, done, comment).
PROMISE_STATUSES: tuple[tuple[str, str, int, str], ...] = (
    ("police", "hållet", 78, "Närvaro alla planerade kvällar."),
    ("guards", "hållet", 78, "Alla pass bemannade."),
    ("light", "hållet", 24, "Klart den 28 september."),
    ("nightwalk", "delvis", 9, "9 av 26 kvällar: volontärerna räckte inte under sommaren."),
    ("together", "hållet", 1, "Halvårsredovisningen publicerades den 25 september."),
)


def _follow_up(db: Database, measures: Mapping[str, int], items: Mapping[str, int]) -> None:
    for key, date, status, percent, comment in STATUS_UPDATES:
        followup_service.set_measure_status(db, measures[key], status=status, comment=comment, date=date,
                                            percent_done=percent, reported_by="Sara Nilsson")
    for key, status, done, comment in PROMISE_STATUSES:
        followup_service.set_promise_item_status(db, items[key], status=status, date=FOLLOW_UP_DAY,
                                                 done_count=done, comment=comment)
    _add(db, "follow_up_report", period="2026-04-01 – 2026-09-30", type="process", date=D(2026, 10, 15),
         findings="Ordningsvakterna och polisen har varit på plats alla 78 planerade kvällar och belysningen är "
                  "klar. Nattvandringen ligger efter: 9 av 26 kvällar, där 13 var planerade till nu. Andelen "
                  "otrygga har minskat från 31 % till 29,5 %.",
         recommendations="Kultur- och fritidsförvaltningen tar fram en plan för att rekrytera nattvandrare före "
                         "den 1 november och rapporterar till styrgruppen i december; om planen inte räcker ändras "
                         "löftet när det förnyas i mars.",
         sent_to="styrgrupp")


# The årshjul: (title, kind, month, day, start date, end date, note).
YEAR: tuple[tuple[str, str, int, int | None, dt.date | None, dt.date | None, str], ...] = (
    ("Lägesbildsmöte: parternas egna bilder och kvällstid", "lägesbildsmöte", 2, None, None, None,
     "Varje part tar med sin egen lägesbild med källor."),
    ("Styrgrupp: årets inriktning", "styrgrupp", 3, 4, None, None, ""),
    ("Medborgarlöftet förnyas (löper 1 april–31 mars)", "förnyelse_löften", 3, 31, None, None, ""),
    ("Styrgrupp: processuppföljning", "styrgrupp", 6, 10, None, None, ""),
    ("Trygghetsmätningen pågår", "trygghetsmätning", 8, 15, D(2026, 8, 15), D(2026, 10, 15),
     "Polisen och kommunen skickar ut enkäten tillsammans."),
    ("Styrgrupp: halvår och löften", "styrgrupp", 9, 16, None, None, ""),
    ("Uppföljning i rummet: åtgärder, löften och indikatorer", "uppföljning", 10, 15, None, None,
     "Beredningsgruppen går igenom siffrorna med parterna."),
    ("Resultat av trygghetsmätningen", "trygghetsmätning", 11, None, None, None, ""),
    ("Rapport till kommunstyrelsen", "rapport_ks", 12, 9, None, None, "Årlig uppföljning och uppdaterad lägesbild."),
    ("Kommunstyrelsen beslutar nästa års åtgärdsplan", "annat", 12, 9, None, None,
     "Beslutande organ, datum, § och dnr."),
    ("Styrgrupp: årets uppföljning", "styrgrupp", 12, 2, None, None, ""),
)


def _year(db: Database) -> None:
    for title, kind, month, day, start, end, note in YEAR:
        calendar_service.add_event(db, title, kind, month=month, day=day, start_date=start, end_date=end, note=note)


def _agreement(db: Database, *, signed: bool) -> None:
    """Lock version 1 for signing, dated at the start of the period; sign on paper only when asked."""
    from samverka.core import agreement_service, signing_service  # noqa: PLC0415 - PDF libraries load only here

    start = crud.get(db, "collaboration", db.collaboration_id()).period_start
    agreement_service.lock(db, at=dt.datetime.combine(start, dt.time(9, 0)))
    if not signed:
        return
    agreement = agreement_service.versions(db)[-1]
    for signatory in signing_service.signing_status(db, agreement.id).signatories:
        signing_service.record_paper_signature(db, agreement.id, signatory.id)
