"""Promise wording generated from real measure titles is Swedish a kommun would publish (issue 12 item 9)."""

from __future__ import annotations

import pytest

from samverka.core.demo_plan import MEASURES
from samverka.core.promise_wording import PREDICATIVES, promise_wording, promiser

# Measure titles as they appear in the demo and in published action plans (Lund, Västerås, Luleå, Höör, Strängnäs),
# with the sentence a communications officer would accept.
CASES = [
    ("Fritidsgården öppen fredagar till kl. 23", "Vi lovar att fritidsgården ska vara öppen fredagar till kl. 23."),
    ("LED-belysning och klippta häckar vid Bantorget",
     "Vi lovar att det blir LED-belysning och klippta häckar vid Bantorget."),
    ("Ordningsvakter torsdag–lördag kl. 21–03 i C-triangeln",
     "Vi lovar att det blir ordningsvakter torsdag–lördag kl. 21–03 i C-triangeln."),
    ("Klotter och skräp bort inom 24 timmar", "Vi lovar att klotter och skräp tas bort inom 24 timmar."),
    ("Säkra, upplysta cykelställ och cykelmärkningsdagar",
     "Vi lovar att det blir säkra, upplysta cykelställ och cykelmärkningsdagar."),
    ("Öppna fritidsgården fredagar till kl. 23", "Vi lovar att öppna fritidsgården fredagar till kl. 23."),
    ("Utbilda krögare i ansvarsfull alkoholservering", "Vi lovar att utbilda krögare i ansvarsfull alkoholservering."),
    ("Polisen patrullerar centrum fredag och lördag kväll",
     "Vi lovar att polisen patrullerar centrum fredag och lördag kväll."),
    ("Belysningen i gångtunneln förbättras", "Vi lovar att belysningen i gångtunneln förbättras."),
    ("Bibliotekets öppettider förlängs under sommaren",
     "Vi lovar att bibliotekets öppettider förlängs under sommaren."),
    ("Parkeringshuset låst nattetid", "Vi lovar att parkeringshuset ska vara låst nattetid."),
    ("Trygghetsvandring i Gottsunda varje vår", "Vi lovar att det blir trygghetsvandring i Gottsunda varje vår."),
    ("Nya skyltar vid Stortorget", "Vi lovar att det blir nya skyltar vid Stortorget."),
    ("Fler vuxna ute på fredagskvällar", "Vi lovar att det blir fler vuxna ute på fredagskvällar."),
    ("Minska antalet bostadsinbrott i Norra Fäladen", "Vi lovar att minska antalet bostadsinbrott i Norra Fäladen."),
    ("Polis och kommun träffar föreningarna varje månad",
     "Vi lovar att polis och kommun träffar föreningarna varje månad."),
    ("Fältassistenter i centrum helgkvällar.", "Vi lovar att det blir fältassistenter i centrum helgkvällar."),
]


@pytest.mark.parametrize(("title", "expected"), CASES)
def test_real_titles_make_whole_sentences(title: str, expected: str) -> None:
    assert promise_wording(title) == expected


def test_the_issue_sentence_is_never_made_again() -> None:
    wording = promise_wording("Fritidsgården öppen fredagar till kl. 23")
    assert "att fritidsgården öppen" not in wording


def test_every_demo_measure_gives_a_sentence_with_a_verb() -> None:
    verbs = (" ska vara ", " tas bort", " det blir ", "lovar att öppna", "lovar att polisen")
    for measure in MEASURES:
        title = measure[1]
        wording = promise_wording(title, names=[measure[5]])
        assert wording.startswith("Vi lovar att ") and wording.endswith(".") and not wording.endswith(".."), title
        after = wording.removeprefix("Vi lovar att ").split()
        # Right after "att": a verb, "det blir", or a subject followed by "ska vara" / "tas bort" / a verb.
        assert any(v in wording for v in verbs) or after[0] in ("byta", "öppna"), wording
        assert not (len(after) > 1 and after[1] in PREDICATIVES), wording


def test_who_promises_and_the_promiser_as_subject() -> None:
    assert promiser(all_parties=True) == "Tillsammans lovar vi"
    assert promiser(org_type="polis", org_name="Polisen i Lund") == "Polisen lovar"
    assert promiser(org_type="förvaltning", org_name="Tekniska förvaltningen") == "Kommunen lovar"
    assert promiser(org_type="bostadsbolag", org_name="LKF") == "LKF lovar"
    assert promiser() == "Vi lovar"
    assert promise_wording("Polisen patrullerar centrum fredagar", who="Polisen lovar") == (
        "Polisen lovar att patrullera centrum fredagar.")
    assert promise_wording("Kommunen röjer buskage längs gångvägen", who="Kommunen lovar") == (
        "Kommunen lovar att röja buskage längs gångvägen.")
    assert promise_wording("Ordningsvakter på torget", who="Tillsammans lovar vi") == (
        "Tillsammans lovar vi att det blir ordningsvakter på torget.")


def test_names_and_acronyms_keep_their_capitals() -> None:
    assert promise_wording("Bantorget får ny belysning", names=["Bantorget"]) == (
        "Vi lovar att Bantorget får ny belysning.")
    assert promise_wording("KSO besöker skolorna varje termin") == "Vi lovar att KSO besöker skolorna varje termin."
    assert promise_wording("Polisen lovar att vara synlig vid Lund C") == "Polisen lovar att vara synlig vid Lund C."
    assert promise_wording("   ") == "Vi lovar att "
