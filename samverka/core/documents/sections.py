"""The agreement's numbered text sections (domain.md (c)) and the text generated for each from earlier steps.

A facilitator's edit (an agreement_section row) replaces the generated text of that section only.
"""

from __future__ import annotations

from collections.abc import Callable

from samverka.core.documents.common import Data, long_date, period

SECTIONS: tuple[tuple[str, str], ...] = (
    ("parter", "Parter"),
    ("bakgrund", "Bakgrund och syfte"),
    ("period", "Giltighetstid"),
    ("overgripande_mal", "Övergripande mål"),
    ("lagesbild", "Sammanfattning av den gemensamma lägesbilden"),
    ("fokusomraden", "Fokusområden och problem i fokus"),
    ("orsaker", "Troliga orsaker"),
    ("mal", "Mätbara mål"),
    ("organisation", "Organisation"),
    ("roller", "Roller och ansvar"),
    ("arbetssatt", "Arbetssätt och åtgärdsplan"),
    ("dokumentation", "Dokumentation"),
    ("uppfoljning", "Uppföljning och revidering"),
)
SECTION_KEYS = tuple(key for key, _ in SECTIONS)
HEADINGS = dict(SECTIONS)

DEFAULT_BACKGROUND = (
    "Sedan den 1 juli 2023 har kommunen enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete "
    "ett lagstadgat ansvar att ta fram en lägesbild, besluta om en åtgärdsplan och ha en samordningsfunktion. "
    "Polisen har ett eget brottsförebyggande uppdrag. Syftet med överenskommelsen är ett strukturerat, "
    "kunskapsbaserat och långsiktigt samarbete i linje med regeringens program Tillsammans mot brott."
)


def police_area(name: str) -> str:
    """"LPO Lund" reads "lokalpolisområde Lund" in running text."""
    if name.upper().startswith("LPO "):
        return "lokalpolisområde " + name[4:]
    return name


def _parter(d: Data) -> str:
    c = d.collaboration
    return (f"Denna överenskommelse har träffats mellan {c.kommun or 'kommunen'} och "
            f"{police_area(c.lokalpolisomrade) or 'lokalpolisområdet'}. Följande parter deltar i samverkan:")


def _period(d: Data) -> str:
    c = d.collaboration
    text = f"Överenskommelsen gäller {period(c.period_start, c.period_end)}."
    if c.period_start and c.period_end:
        text = (f"Överenskommelsen gäller från och med den {long_date(c.period_start)} till och med den "
                f"{long_date(c.period_end)}.")
    return text + (" Den revideras när lägesbilden eller förutsättningarna förändras väsentligt, "
                   "och senast inför en ny period.")


def _fokus(d: Data) -> str:
    n = sum(1 for p in d.of("problem") if p.in_focus)
    if not n:
        return "Parterna har ännu inte valt något problem att fokusera på."
    which = "följande problem" if n > 1 else "följande problem"
    return (f"Utifrån den gemensamma lägesbilden och Brås kriterier för prioritering har parterna valt att "
            f"fokusera på {which}.")


def _arbetssatt(d: Data) -> str:
    text = ("Parterna genomför åtgärderna i åtgärdsplanen nedan. Varje åtgärd riktas mot en eller flera av de "
            "troliga orsakerna. Information delas inom ramen för gällande sekretessregler, och parterna "
            "kommunicerar arbetet gemensamt.")
    if d.of("citizen_promise"):
        text += " Medborgarlöftena är den publika delen av överenskommelsen och finns som bilagor."
    return text


GENERATORS: dict[str, Callable[[Data], str]] = {
    "parter": _parter,
    "bakgrund": lambda d: d.collaboration.background or DEFAULT_BACKGROUND,
    "period": _period,
    "overgripande_mal": lambda d: d.collaboration.overall_goal,
    "lagesbild": lambda d: d.collaboration.lagesbild_summary,
    "fokusomraden": _fokus,
    "orsaker": lambda d: ("Orsaksanalysen har gjorts för varje prioriterat problem. De troliga orsakerna nedan är "
                          "grunden för målen och åtgärderna."),
    "mal": lambda d: ("Målen är avgränsade och mätbara (SMART). Effektmål anger den förändring som ska uppnås, "
                      "processmål hur arbetet ska genomföras och produktionsmål hur mycket som ska göras."),
    "organisation": lambda d: d.collaboration.organisation_text,
    "roller": lambda d: ("Varje part ansvarar för de åtgärder den har åtagit sig i åtgärdsplanen och för att "
                         "resurser finns avsatta."),
    "arbetssatt": _arbetssatt,
    "dokumentation": lambda d: d.collaboration.documentation_text,
    "uppfoljning": lambda d: d.collaboration.followup_text,
}


def generated_text(key: str, data: Data) -> str:
    return GENERATORS[key](data)
