"""Reference data shipped in every file: the 25 techniques of situational crime prevention.

Cornish & Clarke (2003); the Swedish labels are working translations.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert

from samverka.models import ScpTechnique

GROUPS: dict[int, tuple[str, str]] = {
    1: ("Öka ansträngningen", "Increase the effort"),
    2: ("Öka risken", "Increase the risks"),
    3: ("Minska vinsten", "Reduce the rewards"),
    4: ("Minska provokationer", "Reduce provocations"),
    5: ("Ta bort ursäkter", "Remove excuses"),
}

# id: (name_sv, name_en, examples_sv)
TECHNIQUES: dict[int, tuple[str, str, str]] = {
    1: ("Förstärk objektet", "Target harden", "Lås, galler, stöldskyddade cykelställ"),
    2: ("Kontrollera tillträde", "Control access to facilities", "Passerkort, porttelefon, inhägnad"),
    3: ("Kontrollera utgångar", "Screen exits", "Biljettkontroll vid utgång, elektronisk varumärkning"),
    4: ("Led bort gärningspersoner", "Deflect offenders", "Öppna fritidsgårdar, flytta busshållplatser, stängningstider"),
    5: ("Kontrollera verktyg och vapen", "Control tools/weapons", "Plastglas på krogar, kontroll av sprayburkar"),
    6: ("Utöka bevakningen och tillsynen", "Extend guardianship", "Ordningsvakter, nattvandrare, följ-med-hem"),
    7: ("Underlätta naturlig övervakning", "Assist natural surveillance", "Belysning, klippta buskage, öppna siktlinjer"),
    8: ("Minska anonymiteten", "Reduce anonymity", "Namnskyltar för personal, skoluniform"),
    9: ("Använd platsansvariga", "Utilize place managers", "Fastighetsägare, butikspersonal, busschaufförer"),
    10: ("Förstärk formell övervakning", "Strengthen formal surveillance", "Polis, väktare, kameraövervakning"),
    11: ("Dölj objekt", "Conceal targets", "Inga värdesaker synliga i bilar, neutrala väskor"),
    12: ("Avlägsna objekt", "Remove targets", "Kontantfri hantering, avtagbara bilstereor"),
    13: ("Märk egendom", "Identify property", "Cykelmärkning, stöldregister"),
    14: ("Stör marknader", "Disrupt markets", "Tillsyn av andrahandsmarknader, störa narkotikaförsäljning"),
    15: ("Förneka vinsten", "Deny benefits", "Snabb klottersanering, färgampuller"),
    16: ("Minska frustration och stress", "Reduce frustrations and stress", "Effektiva köer, fler sittplatser, lugnande belysning"),
    17: ("Undvik konflikter", "Avoid disputes", "Separera rivaliserande grupper, fasta taxipriser"),
    18: ("Minska känslomässig upphetsning", "Reduce emotional arousal", "Kontroll av våldsskildringar, regler för supporterkulturer"),
    19: ("Motverka grupptryck", "Neutralize peer pressure", "Dialoger med elever, \"det är okej att säga nej\""),
    20: ("Motverka imitation", "Discourage imitation", "Snabb reparation av skadegörelse, begränsa spridning av metoder"),
    21: ("Sätt regler", "Set rules", "Ordningsregler, lokala ordningsföreskrifter, hyresavtal"),
    22: ("Skylta", "Post instructions", "\"Kameraövervakat område\", parkeringsförbud"),
    23: ("Väck samvetet", "Alert conscience", "Hastighetsskyltar med mätning, påminnelser vid platsen"),
    24: ("Underlätta regelefterlevnad", "Assist compliance", "Papperskorgar, offentliga toaletter, cykelställ"),
    25: ("Kontrollera alkohol och droger", "Control drugs and alcohol", "Tillsyn av serveringstillstånd, ansvarsfull alkoholservering"),
}


def technique_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for technique_id, (name_sv, name_en, examples) in TECHNIQUES.items():
        group_no = (technique_id - 1) // 5 + 1
        group_sv, group_en = GROUPS[group_no]
        rows.append(
            {
                "id": technique_id,
                "group_no": group_no,
                "group_sv": group_sv,
                "group_en": group_en,
                "name_sv": name_sv,
                "name_en": name_en,
                "examples_sv": examples,
            }
        )
    return rows


def load_reference_data(conn: Connection) -> None:
    conn.execute(insert(ScpTechnique), technique_rows())
