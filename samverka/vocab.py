"""The method's fixed choices: stored code -> (Swedish label, English label). Shared by every layer."""

from __future__ import annotations

from samverka.errors import language

Choices = dict[str, tuple[str, str]]

ORG_TYPES: Choices = {
    "kommun": ("Kommun", "Municipality"),
    "förvaltning": ("Förvaltning", "Municipal department"),
    "polis": ("Polis", "Police"),
    "räddningstjänst": ("Räddningstjänst", "Fire and rescue"),
    "bostadsbolag": ("Bostadsbolag", "Housing company"),
    "fastighetsägare": ("Fastighetsägare", "Property owner"),
    "kollektivtrafik": ("Kollektivtrafik", "Public transport"),
    "civilsamhälle": ("Civilsamhälle", "Civil society"),
    "näringsliv": ("Näringsliv", "Business"),
    "annan": ("Annan", "Other"),
}
GROUPS: Choices = {
    "styrgrupp": ("Styrgrupp", "Steering group"),
    "beredningsgrupp": ("Beredningsgrupp", "Preparatory group"),
    "arbetsgrupp": ("Arbetsgrupp", "Working group"),
    "workshop": ("Workshop", "Workshop"),
}
ROLES: Choices = {
    "ordförande": ("Ordförande", "Chair"),
    "samordnare": ("Samordnare", "Coordinator"),
    "kommunpolis": ("Kommunpolis", "Municipal police officer"),
    "deltagare": ("Deltagare", "Participant"),
    "sekreterare": ("Sekreterare", "Secretary"),
    "undertecknare": ("Undertecknare", "Signatory"),
    # The kommun's statutory coordination function (2023:196) and who owns the communication.
    "samordningsfunktion": ("Samordningsfunktion", "Coordination function"),
    "kommunikationsansvarig": ("Kommunikationsansvarig", "Communication lead"),
}
# Either role names the samordningsfunktion (the brottsförebyggande samordnare embodies it).
COORDINATION_ROLES = frozenset({"samordningsfunktion", "samordnare"})
AREA_TYPES: Choices = {
    "kommun": ("Kommun", "Municipality"),
    "tätort": ("Tätort", "Town"),
    "delområde": ("Delområde", "Sub-area"),
    "stadsdel": ("Stadsdel", "District"),
    "plats": ("Plats", "Place"),
}
POLICE_CLASSIFICATIONS: Choices = {
    "ingen": ("Ingen", "None"),
    "utsatt område": ("Utsatt område", "Vulnerable area"),
    "riskområde": ("Riskområde", "Risk area"),
    "särskilt utsatt område": ("Särskilt utsatt område", "Especially vulnerable area"),
}
SOURCE_KINDS: Choices = {
    "trygghetsmätning": ("Trygghetsmätning", "Safety survey"),
    "anmälda brott": ("Anmälda brott", "Reported crimes"),
    "EST-rapport": ("EST-rapport", "EST report"),
    "medborgardialog": ("Medborgardialog", "Citizen dialogue"),
    "medarbetardialog": ("Medarbetardialog", "Staff dialogue"),
    "trygghetsvandring": ("Trygghetsvandring", "Safety walk"),
    "skolenkät": ("Skolenkät", "School survey"),
    "felanmälan": ("Felanmälan", "Fault reports"),
    "egen rapport": ("Partens egen rapport", "Party's own report"),
    "annat": ("Annat", "Other"),
}
CONFIDENTIALITY: Choices = {
    "öppen": ("Öppen", "Open"),
    "intern": ("Intern", "Internal"),
    "sekretess": ("Sekretess", "Confidential"),
}
TRENDS: Choices = {
    "ökar": ("Ökar", "Increasing"),
    "oförändrad": ("Oförändrad", "Unchanged"),
    "minskar": ("Minskar", "Decreasing"),
    "okänd": ("Okänd", "Unknown"),
}
VALUE_TYPES: Choices = {
    "index_0_6": ("Index 0–6", "Index 0–6"),
    "share_pct": ("Andel (%)", "Share (%)"),
    "count": ("Antal", "Count"),
}
CAUSE_KINDS: Choices = {
    "direkt": ("Direkt orsak", "Direct cause"),
    "indirekt": ("Indirekt orsak", "Indirect cause"),
    "grundorsak": ("Grundorsak", "Root cause"),
}
TRIANGLE_SIDES: Choices = {
    "": ("Ingen sida", "No side"),
    "gärningsperson": ("Gärningsperson", "Offender"),
    "offer": ("Offer/mål", "Target/victim"),
    "plats": ("Plats", "Place"),
}
CONTROLLER_ROLES: Choices = {
    "": ("Ingen", "None"),
    "handler": ("Handledare", "Handler"),
    "guardian": ("Kapabel väktare", "Capable guardian"),
    "manager": ("Platsansvarig", "Place manager"),
}
# The outer side of the triangle that controls each inner side.
CONTROLLER_FOR_SIDE = {"gärningsperson": "handler", "offer": "guardian", "plats": "manager"}
FISHBONE_BONES: Choices = {
    "brottsutsatt": ("Brottsutsatt", "Victim"),
    "gärningsperson": ("Gärningsperson", "Offender"),
    "objekt/plats": ("Objekt/plats", "Object/place"),
}
# The event chain (händelsekedja): what happens before, during and after the problem event.
CHAIN_PHASES: Choices = {
    "": ("Inte i händelsekedjan", "Not in the event chain"),
    "före": ("Före", "Before"),
    "under": ("Under", "During"),
    "efter": ("Efter", "After"),
}
PERSPECTIVES: Choices = {
    "": ("Inget", "None"),
    "situationell": ("Situationellt", "Situational"),
    "utsatthet": ("Utsatthet", "Victimisation"),
    "gärningsperson": ("Gärningsperson", "Offender"),
}
CONFIDENCE: Choices = {
    "låg": ("Låg", "Low"),
    "medel": ("Medel", "Medium"),
    "hög": ("Hög", "High"),
}
GOAL_TYPES: Choices = {
    "effekt": ("Effektmål", "Outcome goal"),
    "process": ("Processmål", "Process goal"),
    "produktion": ("Produktionsmål", "Output goal"),
    "strategiskt": ("Strategiskt delmål", "Strategic sub-goal"),
}
PREVENTION_TYPES: Choices = {
    "situationell": ("Situationell", "Situational"),
    "social": ("Social", "Social"),
    "kombinerad": ("Kombinerad", "Combined"),
}
HORIZONS: Choices = {"kort": ("Kort sikt", "Short term"), "lång": ("Lång sikt", "Long term")}
EVIDENCE_NOTES: Choices = {
    "": ("Ej angivet", "Not stated"),
    "beprövad": ("Beprövad", "Tried and tested"),
    "utvärderad": ("Utvärderad", "Evaluated"),
    "antagande": ("Kunskapsbaserat antagande", "Knowledge-based assumption"),
}
MEASURE_STATUS: Choices = {
    "planerad": ("Planerad", "Planned"),
    "pågår": ("Pågår", "In progress"),
    "genomförd": ("Genomförd", "Done"),
    "inställd": ("Inställd", "Cancelled"),
}
PROMISE_ITEM_STATUS: Choices = {
    "hållet": ("Hållet", "Kept"),
    "delvis": ("Delvis hållet", "Partly kept"),
    "inte_hållet": ("Inte hållet", "Not kept"),
}
ACTION_PLAN_STATUS: Choices = {
    "utkast": ("Utkast", "Draft"),
    "beslutad": ("Beslutad", "Decided"),
}
CALENDAR_KINDS: Choices = {
    "lägesbildsmöte": ("Lägesbildsmöte", "Situation-picture meeting"),
    "trygghetsmätning": ("Trygghetsmätning", "Safety survey"),
    "styrgrupp": ("Styrgruppsmöte", "Steering-group meeting"),
    "rapport_ks": ("Rapport till kommunstyrelsen", "Report to the municipal executive board"),
    "förnyelse_löften": ("Förnyelse av medborgarlöften", "Renewal of citizen promises"),
    "uppföljning": ("Uppföljning", "Follow-up"),
    "annat": ("Annat", "Other"),
}
FOLLOWUP_TYPES: Choices = {
    "process": ("Processuppföljning", "Process follow-up"),
    "effekt": ("Effektuppföljning", "Outcome follow-up"),
    "årlig": ("Årlig uppföljning", "Annual follow-up"),
}
AGREEMENT_STATUS: Choices = {
    "utkast": ("Utkast", "Draft"),
    "låst": ("Låst för underskrift", "Locked for signing"),
    "undertecknad": ("Undertecknad", "Signed"),
    "upphävd": ("Upphävd", "Revoked"),
}
COLLABORATION_STATUS: Choices = {
    "utkast": ("Utkast", "Draft"),
    "aktiv": ("Aktiv", "Active"),
    "avslutad": ("Avslutad", "Closed"),
}
VOTE_ITEM_KINDS: Choices = {
    "problem_candidate": ("Problemkandidater", "Problem candidates"),
    "cause": ("Orsaker", "Causes"),
    "measure": ("Åtgärder", "Measures"),
}
SIGNATURE_METHODS: Choices = {
    "pades": ("Digital underskrift (PAdES)", "Digital signature (PAdES)"),
    "självsignerad": ("Självskapat certifikat", "Self-made certificate"),
    "våt": ("Underskrift på papper", "Signed on paper"),
}


def label(choices: Choices, code: str) -> str:
    pair = choices.get(code)
    if pair is None:
        return code
    return pair[1] if language() == "en" else pair[0]
