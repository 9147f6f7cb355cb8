"""Recall and false alarms of the personal-data check on a generated corpus: planted personnummer,
samordningsnummer, phone numbers and e-mail addresses in the ways people write them, and look-alikes that are
no personal data (invoice and case numbers, compact time stamps, dates, amounts, codes)."""

from __future__ import annotations

import datetime as dt
import random

from samverka.core.pii import EMAIL, PERSONNUMMER, PHONE, SAMORDNINGSNUMMER, find_pii, luhn_valid

SEED = 18
SEPARATORS = ["-", " ", "–", "\u2011", "", "\u00a0", " – ", "\u2212", "+"]


def _with_check(body: str) -> str:
    return body + next(str(digit) for digit in range(10) if luhn_valid(body + str(digit)))


def _identity(rng: random.Random, *, coordination: bool = False) -> tuple[str, str, str]:
    """(yymmdd, four-digit tail, century) of a valid number for someone born 1930–2012."""
    born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 82 * 365))
    day = born.day + (60 if coordination else 0)
    digits = _with_check(f"{born:%y%m}{day:02d}{rng.randrange(1000):03d}")
    return digits[:6], digits[6:], str(born.year)[:2]


def _phone_digits(rng: random.Random, n: int) -> str:
    while True:
        digits = "".join(str(rng.randrange(10)) for _ in range(n))
        if n < 5 or len(set(digits)) > 3:
            return digits


def planted(rng: random.Random) -> list[tuple[str, str, str]]:
    """(sentence, kind, the planted text) for every writing the check must find."""
    items: list[tuple[str, str]] = []
    for separator in SEPARATORS:
        head, tail, century = _identity(rng)
        if separator == "+":
            head, tail = "121212", "1212"  # the + form is for people over 100: born 1912
        items.append((PERSONNUMMER, f"{head}{separator}{tail}"))
        if separator in ("-", "", " "):
            items.append((PERSONNUMMER, f"{century}{head}{separator}{tail}"))
    for separator in ("-", "–", "", "\u2011"):
        head, tail, _ = _identity(rng, coordination=True)
        items.append((SAMORDNINGSNUMMER, f"{head}{separator}{tail}"))
    d = _phone_digits
    items += [
        (PHONE, f"070-{d(rng, 3)} {d(rng, 2)} {d(rng, 2)}"),
        (PHONE, f"073 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}"),
        (PHONE, f"076{d(rng, 7)}"),
        (PHONE, f"070.{d(rng, 3)}.{d(rng, 2)}.{d(rng, 2)}"),
        (PHONE, f"(046) {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}"),
        (PHONE, f"(08) {d(rng, 3)} {d(rng, 3)} {d(rng, 2)}"),
        (PHONE, f"046{d(rng, 7)}"),
        (PHONE, f"08-{d(rng, 3)} {d(rng, 3)} {d(rng, 2)}"),
        (PHONE, f"0413-{d(rng, 3)} {d(rng, 2)}"),
        (PHONE, f"+46 70 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}"),
        (PHONE, f"+46{d(rng, 1).replace('0', '7')}{d(rng, 8)}"),
        (PHONE, f"+46 (0)46-{d(rng, 2)} {d(rng, 2)} {d(rng, 2)}"),
        (PHONE, f"0046 8 {d(rng, 3)} {d(rng, 3)} {d(rng, 2)}"),
        (PHONE, f"070/{d(rng, 3)} {d(rng, 2)} {d(rng, 2)}"),
        (EMAIL, "anna.svensson@lund.se"),
        (EMAIL, "anna[at]lund.se"),
        (EMAIL, "anna (at) lund punkt se"),
        (EMAIL, "kalle.berg(at)polisen.se"),
        (EMAIL, "sara [at] kommun [dot] se"),
        (EMAIL, "per snabel-a skolan.lund.se"),
        (EMAIL, "lisa at lund punkt se"),
        (EMAIL, "Ola.Ek [AT] Example [DOT] com"),
    ]
    templates = ["Kontakta {x} om saken.", "Anmäld av {x}, se protokollet.", "({x})", "Uppgiftslämnare: {x}",
                 "Hen nås på {x} efter kl. 18.", "{x}"]
    return [(rng.choice(templates).replace("{x}", text), kind, text) for kind, text in items]


def look_alikes(rng: random.Random) -> list[str]:
    """Texts with numbers and words that must not be flagged."""
    def pnr_shaped() -> str:
        head, tail, _ = _identity(rng)
        return head + tail

    def stamp() -> str:
        while True:
            moment = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 60))
            text = f"{moment:%Y%m%d%H%M}"
            if luhn_valid(text[2:]):  # the ones a check-digit test alone would flag
                return text

    texts = [f"{word} {pnr_shaped()}" for word in (
        "Fakturanummer", "Faktura nr", "faktura", "Ärende", "Dnr", "Ordernummer", "OCR", "Kundnummer",
        "Avtalsnummer", "Ärendenummer")]
    texts += [f"Fakturanummer 0{_phone_digits(rng, 9)}", f"Ordernummer 046{_phone_digits(rng, 7)}"]
    texts += [f"Exporterad {stamp()} av systemet.", f"rapport_{stamp()}.csv", f"Logg {stamp()}: import klar",
              f"Senast ändrad {stamp()}"]
    texts += [
        "Mötet 2024-05-01 kl. 13.45–15.30, nästa 2024-06-01–2024-06-30.",
        "Datum 01.02.2024 och 15.03.2024.",
        "Det kostade 1 234 567,50 kr, budget 12 345 678 kr.",
        "Lunds kommun, organisationsnummer 212000-1355.",
        "Polismyndigheten 202100-0076.",
        "Box 41, 221 00 Lund; besöksadress Stortorget 7, 222 23 Lund.",
        "Servern 192.168.0.1 kör version 1.2.3.4.",
        "Telefonnummer skrivs som 0123456789 i exemplet.",
        "Intervallet 0-100 och veckorna 2024-W05 och 07-12.",
        "Koordinater 55.7047, 13.1910 vid Stortorget.",
        "Andelen ökade från 0,45 till 0,52 (0 123 456,50 kr).",
        "Diarienummer KS 2023/0123 och KF 2024/0456.",
        "Bankkonto 8327-9, 123 456 789-0.",
        "Vi ses at Lund punkt 7 på torsdag.",
        "Anteckning (at) kl 5: inga.",
        "Postnummer 22100, 22223 och 24731.",
        "ISBN 978-91-7343-123-4 i litteraturlistan.",
        "Kostnad 450 000 kr under 2025 och 475 000 kr under 2026.",
    ]
    return texts


def _scores() -> tuple[int, int, int, int, list[str], list[str]]:
    rng = random.Random(SEED)
    items = planted(rng)
    decoys = look_alikes(rng)
    missed = []
    for sentence, kind, text in items:
        hits = [(m.kind, sentence[m.start:m.end]) for m in find_pii(sentence)]
        if (kind, text.strip()) not in [(k, t.strip()) for k, t in hits]:
            missed.append(f"{kind}: {sentence!r} → {hits}")
    alarms = [f"{text!r} → {[(m.kind, text[m.start:m.end]) for m in find_pii(text)]}" for text in decoys
              if find_pii(text)]
    return len(items), len(items) - len(missed), len(decoys), len(alarms), missed, alarms


def test_corpus_recall_and_false_alarms() -> None:
    planted_count, found, decoy_count, false_alarms, missed, alarms = _scores()
    print(f"PII corpus: {found}/{planted_count} planted items found, {false_alarms}/{decoy_count} look-alikes "
          "flagged")
    assert planted_count >= 35 and decoy_count >= 30
    assert missed == [], "\n".join(missed)
    assert alarms == [], "\n".join(alarms)
