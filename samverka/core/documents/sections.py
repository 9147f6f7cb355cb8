"""The agreement's numbered text sections and the text generated for each from earlier steps.

The sections follow Brå's minimum content and what real agreements carry (Lund 2014/2019/2024, Västerås 2019,
Luleå 2024–27, Strängnäs): a revision and termination clause, the working cycle, communication, information
sharing within secrecy rules, resources, the national strategy, and a numbered list of annexes.
A facilitator's edit (an agreement_section row) replaces the generated text of that section only.
"""

from __future__ import annotations

from collections.abc import Callable

from samverka.core.documents.actionplan import action_plan_from
from samverka.core.documents.annexes import ANNEX_TABLES, annex_count, annex_list, annex_phrase, organ
from samverka.core.documents.common import Data, kommun_party, long_date, police_party
from samverka.swedish import PROBLEM, count, join_list

SECTIONS: tuple[tuple[str, str], ...] = (
    ("parter", "Parter"),
    ("bakgrund", "Bakgrund och syfte"),
    ("period", "Giltighetstid"),
    ("revidering", "Revidering och uppsägning"),
    ("overgripande_mal", "Övergripande mål"),
    ("lagesbild", "Sammanfattning av den gemensamma lägesbilden"),
    ("fokusomraden", "Fokusområden och problem i fokus"),
    ("orsaker", "Troliga orsaker"),
    ("mal", "Mätbara mål"),
    ("organisation", "Organisation"),
    ("roller", "Roller och ansvar"),
    ("resurser", "Resurser"),
    ("arbetssatt", "Arbetssätt och arbetscykel"),
    ("kommunikation", "Kommunikation"),
    ("informationsdelning", "Informationsdelning och sekretess"),
    ("dokumentation", "Dokumentation"),
    ("uppfoljning", "Uppföljning"),
    ("bilagor", "Bilagor"),
)
SECTION_KEYS = tuple(key for key, _ in SECTIONS)
HEADINGS = dict(SECTIONS)
# What the generated texts read (the agreement service reads these to compare an edit with the generated text).
SECTION_TABLES = ("collaboration", "organisation", "problem", *ANNEX_TABLES)

DEFAULT_BACKGROUND = (
    "Sedan den 1 juli 2023 har kommunen enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete "
    "ett lagstadgat ansvar att ta fram en lägesbild, besluta om en åtgärdsplan och ha en samordningsfunktion. "
    "Polisen har ett eget brottsförebyggande uppdrag. Syftet med överenskommelsen är ett strukturerat, "
    "kunskapsbaserat och långsiktigt samarbete mellan parterna."
)
NATIONAL = (
    "Överenskommelsen utgår från regeringens nationella brottsförebyggande program Tillsammans mot brott "
    "(skr. 2016/17:126), Polisens brottsförebyggande strategi och Brås, Polisens och SKR:s modell för lokal "
    "samverkan (Samverkan i lokalt brottsförebyggande arbete). Arbetet är kunskapsbaserat: lägesbild, "
    "orsaksanalys, åtgärder som riktas mot orsakerna och uppföljning."
)


def _parter(d: Data) -> str:
    """Who the agreement is between, and who else takes part: prose, never a sentence ending in a colon."""
    text = f"Överenskommelsen har träffats mellan {kommun_party(d)} och {police_party(d)}."
    others = [o.name for o in d.of("organisation") if o.parent_id is None and o.type not in ("kommun", "polis")
              and o.name.strip()]
    if others:
        text += f" I samverkan deltar också {join_list(others)}."
    return text


def _bakgrund(d: Data) -> str:
    return f"{d.collaboration.background or DEFAULT_BACKGROUND}\n\n{NATIONAL}"


def _period(d: Data) -> str:
    c = d.collaboration
    if c.period_start and c.period_end:
        return (f"Överenskommelsen gäller från och med den {long_date(c.period_start)} till och med den "
                f"{long_date(c.period_end)}.")
    if c.period_start:
        return f"Överenskommelsen gäller från och med den {long_date(c.period_start)}."
    if c.period_end:
        return f"Överenskommelsen gäller till och med den {long_date(c.period_end)}."
    return "Överenskommelsens giltighetstid är inte bestämd ännu."


def _revidering(d: Data) -> str:
    annexes = annex_list(d)
    renewed = (f" {annex_phrase(annexes).capitalize()} förnyas utan att överenskommelsen skrivs under på nytt."
               if annexes else "")
    return (
        "Parterna går igenom överenskommelsen vid den årliga uppföljningen. Den revideras när den gemensamma "
        "lägesbilden eller förutsättningarna förändras väsentligt, och senast inför en ny period. En ändring "
        f"görs skriftligt och godkänns av parterna som skrivit under.{renewed}\n\n"
        "Var och en av parterna kan säga upp överenskommelsen skriftligt. Den upphör då att gälla tre månader "
        "efter att den andra parten fått uppsägningen."
    )


def _fokus(d: Data) -> str:
    n = sum(1 for p in d.of("problem") if p.in_focus)
    if not n:
        return "Parterna har ännu inte valt något problem att fokusera på."
    return (f"Utifrån den gemensamma lägesbilden och Brås kriterier för prioritering har parterna valt att "
            f"fokusera på {count(n, PROBLEM)}, som beskrivs nedan.")


def _has_focus(d: Data) -> bool:
    return any(p.in_focus for p in d.of("problem"))


def _orsaker(d: Data) -> str:
    # Never claim an analysis of problems nobody has chosen yet.
    if not _has_focus(d):
        return "Orsakerna analyseras när parterna har valt problem att fokusera på."
    return ("Orsaksanalysen har gjorts för varje prioriterat problem. De troliga orsakerna nedan är grunden för "
            "målen och åtgärderna.")


def _mal(d: Data) -> str:
    if not _has_focus(d):
        return "De mätbara målen formuleras när parterna har valt problem att fokusera på."
    return ("Målen är avgränsade och mätbara (SMART). Effektmål anger den förändring som ska uppnås, processmål "
            "hur arbetet ska genomföras och produktionsmål hur mycket som ska göras.")


def _resurser(d: Data) -> str:
    return ("Varje part avsätter den tid, den personal och de medel som behövs för att genomföra sina åtaganden "
            "i åtgärdsplanen och för att delta i styrgrupp, beredningsgrupp och arbetsgrupper. Resurserna för "
            "enskilda åtgärder anges i åtgärdsplanen.")


def _arbetssatt(d: Data) -> str:
    annexes = annex_list(d)
    promises = tuple(a for a in annexes if _is_promise(a.title))
    plan = next((a for a in annexes if not _is_promise(a.title)), None)
    plan_ref = f" ({annex_phrase((plan,))})" if plan else ""
    promise_ref = f" ({annex_phrase(promises)})" if promises else ""
    return (
        "Arbetet följer en årlig cykel:\n"
        "1. Kommunpolisen och den brottsförebyggande samordnaren håller gemensamma lägesbildsmöten varje månad "
        "och följer händelser och trender.\n"
        "2. Den gemensamma lägesbilden uppdateras varje år, efter trygghetsmätningen, med kartläggning, "
        "omfattning, konsekvenser och analys.\n"
        f"3. Kommunstyrelsen beslutar varje år om en åtgärdsplan{plan_ref} utifrån lägesbilden. Varje åtgärd "
        "riktas mot en eller flera av de troliga orsakerna.\n"
        f"4. Parterna ger medborgarlöften{promise_ref}: den publika delen av överenskommelsen, med en "
        "återrapport till invånarna.\n"
        "5. Arbetet följs upp årligen och rapporteras till styrgruppen och kommunstyrelsen. Resultatet är "
        "underlag för nästa års lägesbild."
    )


def _is_promise(title: str) -> bool:
    return title.startswith("Medborgarlöfte:")


def _kommunikation(d: Data) -> str:
    return (
        "Parterna kommunicerar arbetet gemensamt. Medborgarlöftena publiceras på kommunens webbplats och på "
        "polisen.se, och resultatet återrapporteras till invånarna. En part kommunicerar inte den andra partens "
        "åtgärder utan att först ha stämt av med den. Varje part utser en kontaktperson för kommunikationen, och "
        "parterna informerar varandra i förväg om utspel som rör samverkan."
    )


def _informationsdelning(d: Data) -> str:
    return (
        "Parterna delar den information som behövs för lägesbilden, åtgärderna och uppföljningen, inom ramen för "
        "offentlighets- och sekretesslagen (2009:400). Uppgifter om enskilda lämnas bara ut när en "
        "sekretessbrytande bestämmelse är tillämplig; socialtjänstens och skolans sekretess gäller fullt ut.\n\n"
        "Lägesbilden och uppföljningen bygger i första hand på sammanställda och avidentifierade uppgifter. "
        "Personuppgifter behandlas enligt dataskyddsförordningen och bara när det behövs för ändamålet. Varje "
        "part ansvarar för sina egna uppgifter och för att de som deltar i arbetet känner till reglerna."
    )


def _bilagor(d: Data) -> str:
    annexes = annex_list(d)
    if not annexes:
        return "Överenskommelsen har inga bilagor ännu."
    promises = [a for a in annexes if _is_promise(a.title)]
    who = []
    if len(promises) < len(annexes):
        who.append(f"Åtgärdsplanen beslutas av {organ(_deciding_body(d))}")
    if promises:
        noun = "medborgarlöftet" if len(promises) == 1 else "medborgarlöftena"
        who.append(f"{noun} av parterna" if who else f"{noun.capitalize()} beslutas av parterna")
    versions = "gällande version finns" if len(annexes) == 1 else "gällande versioner finns"
    return (f"Till överenskommelsen hör {annex_count(annexes)} ({annex_phrase(annexes)}). "
            f"{join_list(who)}; {versions} i kommunens diarium.")


def _deciding_body(d: Data) -> str:
    return action_plan_from(d).decision.body or "Kommunstyrelsen"


GENERATORS: dict[str, Callable[[Data], str]] = {
    "parter": _parter,
    "bakgrund": _bakgrund,
    "period": _period,
    "revidering": _revidering,
    "overgripande_mal": lambda d: d.collaboration.overall_goal,
    "lagesbild": lambda d: d.collaboration.lagesbild_summary,
    "fokusomraden": _fokus,
    "orsaker": _orsaker,
    "mal": _mal,
    "organisation": lambda d: d.collaboration.organisation_text,
    "roller": lambda d: ("Varje part ansvarar för de åtgärder den har åtagit sig i åtgärdsplanen och för att "
                         "resurser finns avsatta."),
    "resurser": _resurser,
    "arbetssatt": _arbetssatt,
    "kommunikation": _kommunikation,
    "informationsdelning": _informationsdelning,
    "dokumentation": lambda d: d.collaboration.documentation_text,
    "uppfoljning": lambda d: d.collaboration.followup_text,
    "bilagor": _bilagor,
}


def generated_text(key: str, data: Data) -> str:
    return GENERATORS[key](data)


# Sections whose text is one collaboration field: the agreement page edits the field itself, so each text has
# one home (the lock gate reads documentation_text and followup_text; steps 1 and 2 edit the others too).
FIELD_SECTIONS: dict[str, str] = {
    "overgripande_mal": "overall_goal",
    "lagesbild": "lagesbild_summary",
    "organisation": "organisation_text",
    "dokumentation": "documentation_text",
    "uppfoljning": "followup_text",
}
