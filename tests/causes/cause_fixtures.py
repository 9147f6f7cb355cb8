"""A cause graph like the Lund demo's (domain.md f), built through the services, for tests and screenshots."""

from __future__ import annotations

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.models.db import Database

# (key, parent key, text, placement)
CAUSES: list[tuple[str, str | None, str, dict[str, object]]] = [
    ("avoid", None, "Kvinnor undviker Bantorget kvällstid",
     {"triangle_side": "offer", "fishbone_bone": "brottsutsatt", "why_position": 1}),
    ("watched", "avoid", "De känner sig iakttagna och trakasserade", {"why_position": 2}),
    ("groups", "watched", "Grupper uppehåller sig ostört vid busshållplatserna",
     {"triangle_side": "gärningsperson", "fishbone_bone": "gärningsperson", "why_position": 3}),
    ("noguard", "groups", "Ingen väktare efter 01:00 och dålig sikt",
     {"triangle_side": "offer", "controller_role": "guardian", "fishbone_bone": "objekt/plats",
      "why_position": 4}),
    ("planned", "noguard", "Vaktpass och belysning planerades för dagtid",
     {"triangle_side": "plats", "controller_role": "manager", "why_position": 5, "kind": "grundorsak"}),
    ("drunk", None, "Berusade besökare från krogar och matställen",
     {"triangle_side": "gärningsperson", "fishbone_bone": "gärningsperson"}),
    ("late", "drunk", "Sena serveringstider nära stationen",
     {"triangle_side": "plats", "controller_role": "manager", "fishbone_bone": "objekt/plats"}),
    ("dealers", None, "Synlig narkotikaförsäljning (2–3 langare)",
     {"triangle_side": "gärningsperson", "fishbone_bone": "gärningsperson"}),
    ("handlers", "dealers", "Fältassistenter och socialtjänst når inte gruppen kvällstid",
     {"controller_role": "handler"}),
    ("youth", None, "Fritidsgården stänger 21:00 och de unga går till stationen",
     {"triangle_side": "gärningsperson", "controller_role": "handler", "fishbone_bone": "gärningsperson"}),
    ("dark", None, "Mörka hörn och höga häckar vid Bantorget",
     {"triangle_side": "plats", "fishbone_bone": "objekt/plats"}),
    ("lone", None, "Ensamma pendlare i passagen under spåren",
     {"triangle_side": "offer", "fishbone_bone": "brottsutsatt"}),
    ("bikes", None, "Cykelställen är överfulla", {"triangle_side": "offer", "fishbone_bone": "objekt/plats"}),
    ("shops", None, "Butikerna stänger 20:00 och torget töms", {}),
]


def build_lund_causes(db: Database) -> tuple[int, dict[str, int]]:
    """The problem "Otrygghet kvällstid vid Lund C" with its causes, two measures and one evidence link."""
    problem_id, _ = crud.create(db, "problem", {"title": "Otrygghet kvällstid vid Lund C",
                                                "statement": "Kvinnor och unga känner sig otrygga."})
    ids: dict[str, int] = {}
    for key, parent, text, placement in CAUSES:
        ids[key], _ = cs.add_cause(db, problem_id, text, ids[parent] if parent else None, **placement)
    crud.update(db, "cause", ids["groups"], {"votes": 7, "confidence": "hög"})
    crud.update(db, "cause", ids["dark"], {"votes": 5})
    light, _ = cs.new_measure_for_cause(db, ids["dark"], "LED-belysning och klippta häckar vid Bantorget")
    cs.link_measure(db, ids["planned"], light)
    cs.new_measure_for_cause(db, ids["noguard"], "Ordningsvakter till 03:00 fredag–lördag")
    observation, _ = crud.create(db, "observation", {"category": "Belysning",
                                                     "description": "14 felanmälningar om belysning Q4"})
    cs.link_evidence(db, ids["dark"], observation_id=observation)
    cs.add_bone(db, problem_id, "Tider och scheman")
    return problem_id, ids
