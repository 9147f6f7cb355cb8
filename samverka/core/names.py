"""Human names of the tables and their fields, in Swedish and English: one table for every text that names a
kind of row ("Ångra – Ändra orsakens text", "Ta bort åtgärden ”LED-belysning”", "Orsaken finns inte längre").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from samverka.errors import Text


@dataclass(frozen=True)
class EntityName:
    """sv_indefinite "en orsak", sv_definite "orsaken", en "cause"; label_field names a row in a sentence."""

    sv_indefinite: str
    sv_definite: str
    en: str
    label_field: str = ""

    @property
    def sv_genitive(self) -> str:
        definite = self.sv_definite
        return definite if definite.endswith(("s", "x", "z")) else definite + "s"


ENTITIES: dict[str, EntityName] = {
    "action_plan": EntityName("en version av åtgärdsplanen", "åtgärdsplanen", "action plan", "title"),
    "affected_group": EntityName("en utsatt grupp", "gruppen", "affected group", "name"),
    "agreement": EntityName("en version av överenskommelsen", "överenskommelsen", "agreement", "title"),
    "agreement_section": EntityName("ett avsnitt", "avsnittet", "section", "key"),
    "area": EntityName("ett område", "området", "area", "name"),
    "area_alias": EntityName("ett annat namn på ett område", "områdesnamnet", "area alias", "alias"),
    "attendance": EntityName("en närvaro", "närvaron", "attendance"),
    "audit_entry": EntityName("en loggpost", "loggposten", "log entry"),
    "calendar_event": EntityName("en händelse i årshjulet", "händelsen", "calendar event", "title"),
    "cause": EntityName("en orsak", "orsaken", "cause", "text"),
    "cause_evidence": EntityName("ett belägg", "belägget", "piece of evidence"),
    "citizen_promise": EntityName("ett medborgarlöfte", "medborgarlöftet", "citizen promise", "title"),
    "collaboration": EntityName("en samverkan", "samverkan", "collaboration", "name"),
    "column_mapping": EntityName("en kolumnkoppling", "kolumnkopplingen", "column mapping", "name"),
    "controller": EntityName("en kontrollant", "kontrollanten", "controller", "name"),
    "data_source": EntityName("en datakälla", "datakällan", "data source", "name"),
    "fishbone_bone": EntityName("ett ben", "benet", "bone", "name"),
    "follow_up_report": EntityName("en uppföljningsrapport", "uppföljningsrapporten", "follow-up report", "period"),
    "goal": EntityName("ett mål", "målet", "goal", "text"),
    "indicator": EntityName("en indikator", "indikatorn", "indicator", "name"),
    "lagesbild_contribution": EntityName("ett bidrag till lägesbilden", "bidraget", "contribution to the situation "
                                         "picture", "text"),
    "measure": EntityName("en åtgärd", "åtgärden", "measure", "title"),
    "measure_cause": EntityName("en koppling mellan åtgärd och orsak", "kopplingen", "link between measure and cause"),
    "measure_technique": EntityName("en koppling till en teknik", "kopplingen", "link to a technique"),
    "measurement": EntityName("en mätning", "mätningen", "measurement"),
    "meeting": EntityName("ett möte", "mötet", "meeting", "title"),
    "membership": EntityName("ett gruppmedlemskap", "medlemskapet", "membership"),
    "observation": EntityName("en iakttagelse", "iakttagelsen", "observation", "description"),
    "organisation": EntityName("en organisation", "organisationen", "organisation", "name"),
    "person": EntityName("en person", "personen", "person", "name"),
    "priority_criterion": EntityName("ett kriterium", "kriteriet", "criterion", "name"),
    "priority_score": EntityName("en bedömning", "bedömningen", "rating"),
    "problem": EntityName("ett problem", "problemet", "problem", "title"),
    "problem_candidate": EntityName("en problemkandidat", "problemkandidaten", "problem candidate", "title"),
    "problem_evidence": EntityName("ett underlag", "underlaget", "piece of evidence"),
    "promise_item": EntityName("ett löfte", "löftet", "promise", "wording"),
    "promise_item_status": EntityName("en avstämning av ett löfte", "avstämningen", "promise check"),
    "scp_technique": EntityName("en teknik", "tekniken", "technique", "name_sv"),
    "signatory": EntityName("en undertecknare", "undertecknaren", "signatory", "name"),
    "signature": EntityName("en underskrift", "underskriften", "signature", "signer_name"),
    "status_update": EntityName("en statusrapport", "statusrapporten", "status report"),
    "trusted_certificate": EntityName("ett betrott certifikat", "certifikatet", "trusted certificate", "label"),
    "step_note": EntityName("en anteckning", "anteckningen", "note"),
    "step_setting": EntityName("en steginställning", "steginställningen", "step setting"),
    "survey_import": EntityName("en import av trygghetsmätning", "importen", "survey import", "file_name"),
    "survey_result": EntityName("ett mätresultat", "mätresultatet", "survey result"),
    "vote_count": EntityName("en rösträkning", "rösträkningen", "vote count"),
    "vote_round": EntityName("en omröstning", "omröstningen", "vote round", "title"),
}
UNKNOWN = EntityName("en post", "posten", "item")

# Field names by column name, the same in every table unless FIELDS_IN overrides it: (sv, en).
FIELDS: dict[str, tuple[str, str]] = {
    "accepted": ("acceptans", "acceptance"), "age_band": ("åldersgrupp", "age band"),
    "agenda": ("dagordning", "agenda"), "alias": ("namn", "name"), "area_id": ("område", "area"),
    "background": ("bakgrund", "background"), "background_text": ("bakgrund", "background"),
    "baseline_date": ("mätdatum", "baseline date"), "baseline_value": ("utgångsvärde", "baseline"),
    "body": ("text", "text"), "category": ("kategori", "category"), "cause_id": ("orsak", "cause"),
    "chain_position": ("plats i kedjan", "place in the chain"), "code": ("kod", "code"),
    "confidence": ("säkerhet", "confidence"), "confidentiality": ("sekretess", "confidentiality"),
    "contribute_text": ("text om hur man kan bidra", "text on how to contribute"),
    "controller_role": ("kontrollant", "controller"), "date": ("datum", "date"),
    "decisions": ("beslut", "decisions"), "description": ("beskrivning", "description"),
    "direction_text": ("inriktning", "direction"), "documentation_text": ("dokumentation", "documentation"),
    "email": ("e-postadress", "e-mail address"), "end": ("slutdatum", "end date"),
    "evidence_note": ("kunskapsstöd", "evidence"), "facilitator_id": ("processledare", "facilitator"),
    "field_name": ("signaturfält", "signature field"), "findings": ("iakttagelser", "findings"),
    "fishbone_bone": ("ben i fiskbenet", "fishbone bone"), "focus_area": ("fokusområde", "focus area"),
    "follow_up_text": ("text om uppföljning", "follow-up text"), "followup_text": ("uppföljning", "follow-up"),
    "frequency": ("frekvens", "frequency"), "group": ("grupp", "group"), "horizon": ("sikt", "horizon"),
    "hour_from": ("starttimme", "start hour"), "hour_to": ("sluttimme", "end hour"),
    "how_measured": ("mätmetod", "how it is measured"), "how_produced_text": ("tillkomst", "how it was made"),
    "in_focus": ("fokus", "focus"), "indicator_id": ("indikator", "indicator"),
    "is_citizen_promise": ("medborgarlöftesmarkering", "citizen-promise mark"),
    "is_signatory": ("undertecknarmarkering", "signatory mark"), "kind": ("typ", "kind"),
    "kommun": ("kommun", "municipality"), "lagesbild_summary": ("sammanfattning", "summary"),
    "lokalpolisomrade": ("lokalpolisområde", "local police area"), "measure_id": ("åtgärd", "measure"),
    "men_pct": ("andel män", "share of men"), "minutes": ("anteckningar", "minutes"), "name": ("namn", "name"),
    "note": ("anteckning", "note"), "organisation": ("organisation", "organisation"),
    "organisation_id": ("organisation", "organisation"),
    "organisation_text": ("organisering", "organisation"), "overall_goal": ("övergripande mål", "overall goal"),
    "owner_org_id": ("ägare", "owner"), "parent_id": ("plats i trädet", "place in the tree"),
    "partners": ("samarbetspartner", "partners"), "percent_done": ("andel klart", "percent done"),
    "period": ("period", "period"), "period_end": ("slutdatum", "end date"),
    "period_start": ("startdatum", "start date"), "person_id": ("person", "person"),
    "perspective": ("perspektiv", "perspective"), "phone": ("telefonnummer", "phone number"),
    "place": ("plats", "place"), "police_classification": ("polisens klassning", "police classification"),
    "polisregion": ("polisregion", "police region"), "prevention_type": ("inriktning", "prevention type"),
    "publication_channels": ("publiceringskanaler", "publication channels"),
    "published_date": ("publiceringsdatum", "publication date"), "quantity": ("antal", "quantity"),
    "raised_by_org_id": ("vem som lyfte det", "raised by"), "rationale": ("motivering", "rationale"),
    "recommendations": ("rekommendationer", "recommendations"), "reported_by": ("rapportör", "reporter"),
    "resources_hours": ("resurser i timmar", "resources in hours"),
    "resources_sek": ("resurser i kronor", "resources in kronor"),
    "responsibilities": ("ansvar", "responsibilities"),
    "responsible_org_id": ("ansvariga organisation", "responsible organisation"),
    "responsible_person_id": ("ansvariga person", "responsible person"), "role": ("roll", "role"),
    "score": ("poäng", "score"), "season": ("säsong", "season"), "selected": ("fokusval", "focus choice"),
    "sent_to": ("mottagare", "recipients"), "skada": ("svar på Skada?", "answer to Harm?"),
    "sort_order": ("ordning", "order"), "source_id": ("källa", "source"), "source_kind": ("källa", "source"),
    "start": ("startdatum", "start date"), "statement": ("problemformulering", "problem statement"),
    "status": ("status", "status"), "step": ("steg", "step"), "target_date": ("måldatum", "target date"),
    "target_group": ("målgrupp", "target group"), "target_value": ("målvärde", "target value"),
    "text": ("text", "text"), "timer_seconds": ("timerlängd", "timer length"), "title": ("rubrik", "title"),
    "trend": ("trend", "trend"), "triangle_side": ("sida i triangeln", "side of the triangle"),
    "type": ("typ", "type"), "unit": ("enhet", "unit"), "vad": ("svar på Vad?", "answer to What?"),
    "valid_from": ("startdatum", "start date"), "valid_to": ("slutdatum", "end date"),
    "var": ("svar på Var?", "answer to Where?"), "varfor": ("svar på Varför?", "answer to Why?"),
    "nar": ("svar på När?", "answer to When?"),
    "vem_vad_orsakar": ("svar på Vem/vad orsakar?", "answer to Who/what causes it?"),
    "votes": ("röster", "votes"), "weekdays": ("veckodagar", "weekdays"), "weight": ("vikt", "weight"),
    "women_pct": ("andel kvinnor", "share of women"), "wording": ("formulering", "wording"),
}
FIELDS_IN: dict[tuple[str, str], tuple[str, str]] = {
    ("cause", "kind"): ("orsakstyp", "kind of cause"),
    ("meeting", "title"): ("namn", "name"),
    ("person", "title"): ("titel", "job title"),
    ("signatory", "title"): ("titel", "job title"),
    ("goal", "text"): ("formulering", "wording"),
    ("goal", "type"): ("måltyp", "kind of goal"),
}


def entity_name(kind: str) -> EntityName:
    return ENTITIES.get(kind, UNKNOWN)


def field_name(kind: str, field: str) -> tuple[str, str] | None:
    return FIELDS_IN.get((kind, field)) or FIELDS.get(field)


def label_of(kind: str, values: Mapping[str, Any] | object) -> str:
    """The row's own name for a sentence ("LED-belysning"), shortened; "" when the table has none."""
    field = entity_name(kind).label_field
    if not field:
        return ""
    value = values.get(field) if isinstance(values, Mapping) else getattr(values, field, None)
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return text if len(text) <= 40 else text[:39] + "…"


def _quoted(label: str, sv: str, en: str) -> Text:
    if not label:
        return Text(sv, en)
    return Text(f"{sv} ”{label}”", f"{en} “{label}”")


def change_text(kind: str, fields: Iterable[str]) -> Text:
    """"Ändra orsakens text" / "Change the cause's text"; "Ändra orsaken" when several fields change."""
    entity = entity_name(kind)
    names = [field_name(kind, f) for f in fields]
    if len(names) == 1 and names[0] is not None:
        sv, en = names[0]
        return Text(f"Ändra {entity.sv_genitive} {sv}", f"Change the {entity.en}'s {en}")
    return Text(f"Ändra {entity.sv_definite}", f"Change the {entity.en}")


def add_text(kind: str) -> Text:
    """"Lägg till en åtgärd" / "Add a measure"."""
    entity = entity_name(kind)
    article = "an" if entity.en[:1] in "aeiou" else "a"
    return Text(f"Lägg till {entity.sv_indefinite}", f"Add {article} {entity.en}")


def remove_text(kind: str, label: str = "") -> Text:
    """"Ta bort åtgärden ”LED-belysning”" / "Delete the measure “LED-belysning”"."""
    entity = entity_name(kind)
    return _quoted(label, f"Ta bort {entity.sv_definite}", f"Delete the {entity.en}")
