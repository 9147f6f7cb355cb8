"""Steps 1–2 (Brå's phases 1 and 2): who collaborates, and each party's own lägesbild."""

from __future__ import annotations

from samverka import vocab
from samverka.dto import PersonRow
from samverka.swedish import join_list
from samverka.workflow.missing import Missing, missing
from samverka.workflow.snapshot import Snapshot

POLICE_TYPES = frozenset({"polis"})
MUNICIPAL_TYPES = frozenset({"kommun", "förvaltning"})
# The law's parts of a lägesbild (2023:196 §4), as collaboration fields.
LAGESBILD_PARTS: tuple[tuple[str, str, str], ...] = (
    ("lagesbild_extent", "Omfattning", "Extent"),
    ("lagesbild_consequences", "Konsekvenser", "Consequences"),
    ("lagesbild_other", "Annan relevant information", "Other relevant information"),
    ("lagesbild_analysis", "Analys", "Analysis"),
)


def collaboration_rule(s: Snapshot) -> list[Missing]:
    """Step 1: the period, the kommun and the police, who signs for each, the samordningsfunktion and
    the communication lead."""
    found: list[Missing] = []
    c = s.collaboration
    if not c.period_start or not c.period_end:
        found.append(missing("samverkan", "Samverkansperioden saknar start- eller slutdatum",
                             "The collaboration period lacks a start or end date",
                             entity="collaboration", entity_id=c.id,
                             field="period_start" if not c.period_start else "period_end"))
    types = {o.type for o in s.organisations}
    if not types & MUNICIPAL_TYPES:
        found.append(missing("samverkan", "Kommunen finns inte med bland parterna",
                             "The municipality is not among the parties", entity="organisation", field="type"))
    if not types & POLICE_TYPES:
        found.append(missing("samverkan", "Polisen finns inte med bland parterna",
                             "The police are not among the parties", entity="organisation", field="type"))
    if not s.persons:
        found.append(missing("samverkan", "Inga personer är registrerade", "No people are registered",
                             entity="person"))
    found += _signatories(s)
    roles = {m.role for m in s.memberships}
    if not roles & vocab.COORDINATION_ROLES:
        found.append(missing(
            "samverkan", "Ingen samordningsfunktion är utsedd (kommunens samordnare enligt lag 2023:196); ge en "
            "person rollen Samordningsfunktion",
            "No coordination function is named (the kommun's coordinator under Act 2023:196); give a person the "
            "role Coordination function",
            entity="membership", field="role"))
    if "kommunikationsansvarig" not in roles:
        found.append(missing(
            "samverkan", "Ingen kommunikationsansvarig är utsedd; ge en person rollen Kommunikationsansvarig",
            "No communication lead is named; give a person the role Communication lead",
            entity="membership", field="role"))
    return found


def _signs_for(s: Snapshot, person: PersonRow, types: frozenset[str]) -> bool:
    if not person.is_signatory:
        return False
    orgs = {o.id: o for o in s.organisations}
    own = orgs.get(person.organisation_id) if person.organisation_id is not None else None
    party_id = s.party_of(person.organisation_id)
    party = orgs.get(party_id) if party_id is not None else None
    return any(org is not None and org.type in types for org in (own, party))


def _signatories(s: Snapshot) -> list[Missing]:
    found: list[Missing] = []
    # A person ticked as signatory but in no organisation signs for no party: say so, and point at that field.
    unaffiliated = [p for p in s.persons if p.is_signatory and p.organisation_id is None]
    names = join_list([f"”{p.name}”" for p in unaffiliated])
    names_en = join_list([f"“{p.name}”" for p in unaffiliated], "and")
    several = len(unaffiliated) > 1
    also_sv = (f", eller välj organisation för {names}, som är {'markerade' if several else 'markerad'} men inte "
               "hör till någon") if unaffiliated else ""
    also_en = (f", or choose the organisation of {names_en}, who {'are' if several else 'is'} ticked but "
               f"{'belong' if several else 'belongs'} to none") if unaffiliated else ""
    focus_id, focus_field = (unaffiliated[0].id, "organisation_id") if unaffiliated else (None, "is_signatory")
    if not any(_signs_for(s, p, MUNICIPAL_TYPES) for p in s.persons):
        found.append(missing(
            "samverkan", "Ingen undertecknare från kommunen (kommunstyrelsens ordförande eller kommundirektören); "
            f"markera personen som undertecknare{also_sv}",
            "No signatory from the municipality (the chair of the executive board or the municipal CEO); mark "
            f"the person as a signatory{also_en}", entity="person", entity_id=focus_id, field=focus_field))
    if not any(_signs_for(s, p, POLICE_TYPES) for p in s.persons):
        found.append(missing(
            "samverkan", "Ingen undertecknare från polisen (lokalpolisområdeschefen); markera personen som "
            f"undertecknare{also_sv}",
            f"No signatory from the police (the local police area chief); mark the person as a signatory{also_en}",
            entity="person", entity_id=focus_id, field=focus_field))
    return found


def situation_picture_rule(s: Snapshot) -> list[Missing]:
    """Step 2: each party's own contribution with its sources, and the law's four parts, plus the summary."""
    found = _contributions(s)
    c = s.collaboration
    for field, sv, en in LAGESBILD_PARTS:
        if not str(getattr(c, field)).strip():
            found.append(missing("lagesbild", f"Lägesbilden saknar delen ”{sv}” (lag 2023:196)",
                                 f"The situation picture lacks the part “{en}” (Act 2023:196)",
                                 entity="collaboration", entity_id=c.id, field=field))
    if not c.lagesbild_summary.strip():
        found.append(missing("lagesbild", "Lägesbilden saknar en sammanfattning",
                             "The situation picture lacks a summary",
                             entity="collaboration", entity_id=c.id, field="lagesbild_summary"))
    return found


def _contributions(s: Snapshot) -> list[Missing]:
    found: list[Missing] = []
    if not s.contributions and not s.parties:
        return [missing("lagesbild", "Inget lägesbildsbidrag är registrerat; varje part ska bidra med sin egen bild",
                        "No situation-picture contribution is recorded; each party should give its own picture",
                        entity="lagesbild_contribution")]
    names = {o.id: o.name for o in s.organisations}
    contributing = {s.party_of(c.organisation_id) for c in s.contributions if c.text.strip()}
    for party in s.parties:
        if party.id not in contributing:
            found.append(missing(
                "lagesbild", f"Parten ”{party.name}” har inget eget lägesbildsbidrag",
                f"The party “{party.name}” has no situation-picture contribution of its own",
                entity="organisation", entity_id=party.id))
    for contribution in s.contributions:
        who = names.get(contribution.organisation_id, "") if contribution.organisation_id is not None else ""
        label_sv = f"från ”{who}”" if who else "utan part"
        label_en = f"from “{who}”" if who else "without a party"
        if contribution.organisation_id is None:
            found.append(missing("lagesbild", f"Ett lägesbildsbidrag {label_sv} saknar part",
                                 f"A situation-picture contribution {label_en} lacks its party",
                                 entity="lagesbild_contribution", entity_id=contribution.id,
                                 field="organisation_id"))
        if not contribution.text.strip():
            found.append(missing("lagesbild", f"Lägesbildsbidraget {label_sv} är tomt",
                                 f"The situation-picture contribution {label_en} is empty",
                                 entity="lagesbild_contribution", entity_id=contribution.id, field="text"))
        if not contribution.sources.strip():
            found.append(missing("lagesbild", f"Lägesbildsbidraget {label_sv} saknar källor",
                                 f"The situation-picture contribution {label_en} lacks its sources",
                                 entity="lagesbild_contribution", entity_id=contribution.id, field="sources"))
    return found
