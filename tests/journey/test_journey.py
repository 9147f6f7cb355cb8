"""Issue 12's proof: a new user, on a 1366×768 laptop with the audience window on the projector, goes from
Arkiv → Ny samverkan through the ten steps with the keyboard and the mouse alone.

At every step the projector's header shows the step the facilitator is on and the window fits the laptop.
The test never calls a service and never writes to the database: it only presses keys and clicks widgets, and
reads what the window shows (and, at the end, the exported file).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from facilitator import Facilitator, keys
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from samverka.ui.folders import documents_folder

NAME = "Växjö kommun och LPO Växjö 2026–2029"


def open_new_collaboration(f: Facilitator) -> Path:
    """Arkiv → Ny samverkan…, filled in as the dialog asks."""
    seen: dict[str, Path] = {}

    def fill(dialog: Any) -> None:
        f.type(dialog.name, NAME)
        f.type(dialog.kommun, "Växjö")
        f.type(dialog.lpo, "LPO Växjö")
        f.type(dialog.start, "2026-01-01")
        f.type(dialog.end, "2029-12-31")
        seen["path"] = Path(dialog.path.text())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.error.text()
        f.click(ok)

    f.with_dialog(fill, lambda: f.menu("A", "Ny samverkan"))
    path = seen["path"]
    assert path.parent == documents_folder()  # where people keep files, not the data folder
    assert f.window.ctx.state.db is not None and Path(f.window.ctx.state.db.location) == path
    return path


def step1_collaboration(f: Facilitator) -> None:
    page = f.page()
    f.tab(page.tabs, "Parter")
    orgs = page.orgs
    # The dialog's kommun and police area are already the two parties.
    model = orgs.model
    shown = {(model.index(r, f.column(orgs, "name")).data(), model.index(r, f.column(orgs, "type")).data())
             for r in range(model.rowCount())}
    assert shown == {("Växjö kommun", "Kommun"), ("Polisen, lokalpolisområde Växjö", "Polis")}, shown
    f.tab(page.tabs, "Personer")
    people = page.people
    for name, title, org in (("Anna Berg", "Kommunstyrelsens ordförande", "Växjö kommun"),
                             ("Erik Lund", "Lokalpolisområdeschef", "Polisen"),
                             ("Sara Ek", "Brottsförebyggande samordnare", "Växjö kommun"),
                             ("Omar Said", "Kommunpolis", "Polisen")):
        row = f.add_row(people, name)
        f.type_cell(people.view, row, f.column(people, "title"), title)
        f.choose_cell(people.view, row, f.column(people, "organisation_id"), org)
        if name in ("Anna Berg", "Erik Lund"):
            f.tick_cell(people.view, row, f.column(people, "is_signatory"))
    f.tab(page.tabs, "Grupper och roller")
    roles = page.memberships
    for person, role in (("Sara Ek", "Samordningsfunktion"), ("Omar Said", "Kommunikationsansvarig")):
        row = f.add_row(roles, person)
        f.choose_cell(roles.view, row, f.column(roles, "role"), role)
    f.assert_step_complete()


def step2_situation_picture(f: Facilitator) -> None:
    page = f.page()
    f.tab(page.tabs, "Parternas bidrag")
    contributions, form = page.contributions, page.contribution_form.fields
    for party, text, sources in (
        ("Växjö kommun", "Fritidsgårdarna ser fler unga vid Resecentrum efter stängning; nattvandrarna möter "
         "berusade vuxna fredag–lördag.", "Fritidsgårdarnas rapporter 2025, nattvandrarnas anteckningar"),
        ("Polisen", "Ofredanden och misshandel kring Resecentrum har ökat, mest fredag–lördag kl. 21–02.",
         "Anmälda brott 2023–2025, områdespolisens iakttagelser"),
    ):
        f.add_row(contributions, party)
        f.type(form["text"].editor, text)
        f.type(form["sources"].editor, sources)
    f.tab(page.tabs, "Trygghetsmätning")

    def sample(dialog: Any) -> None:
        f.click(dialog.sample_button)
        assert "Avvisade: 0" in dialog.report.toPlainText()
        f.click(dialog.import_button)

    f.with_dialog(sample, lambda: f.click(page.survey.import_button))
    f.tab(page.tabs, "Lägesbilden")
    parts = page.parts_form.fields
    for field, text in (
        ("lagesbild_extent", "38 anmälda ofredanden och 22 misshandelsfall kring Resecentrum 2025, en ökning med en "
                             "tredjedel sedan 2023."),
        ("lagesbild_consequences", "Kvinnor och unga avstår från att åka kvällstid; butikerna stänger tidigare."),
        ("lagesbild_other", "Gångtunneln byggs om 2027; fritidsgården stänger kl. 21."),
        ("lagesbild_analysis", "Problemen samlas på en plats och en tid: Resecentrum fredag–lördag kväll."),
        ("lagesbild_summary", "Otryggheten kvällstid kring Resecentrum ökar, och fyra av tio kvinnor känner sig "
                              "otrygga ute sent."),
    ):
        f.type(parts[field].editor, text)
    f.assert_step_complete()


def step3_prioritisation(f: Facilitator) -> None:
    page = f.page()
    f.tab(page.tabs, "Problemkandidater")
    candidates = page.candidates
    row = f.add_row(candidates, "Otrygghet kvällstid vid Resecentrum")
    f.type_cell(candidates.view, row, f.column(candidates, "rationale"),
                "Flest anmälningar och störst otrygghet i mätningen; parterna kan påverka platsen.")
    f.tab(page.tabs, "Poängsättning och rangordning")
    matrix = page.matrix
    model = page.matrix_model
    for column in range(model.columnCount()):
        if model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable:  # not the weighted sum
            f.type_cell(matrix, 0, column, "3")
    ranking = page.ranking
    f.qtbot.waitUntil(lambda: ranking.model.rows and ranking.model.rows[0].points > 0)
    f.tick_cell(ranking.view, 0, f.column(ranking, "selected"))
    f.assert_step_complete()


def step4_problem(f: Facilitator) -> None:
    page = f.page()
    form = page.form.fields
    f.type(form["statement"].editor, "Kvinnor och unga undviker Resecentrum fredag–lördag kväll.")
    answers = {
        "vad": "Ofredanden, misshandel och narkotikaförsäljning.",
        "var": "Resecentrum, busshållplatserna och gångtunneln.",
        "nar": "Fredag–lördag kl. 21–02, mest oktober–mars.",
        "vem_vad_orsakar": "En liten grupp återkommande personer; unga som väntar på sista bussen.",
        "varfor": "Mörka passager, ingen vuxennärvaro sent och stängda lokaler.",
        "skada": "Resenärer avstår från att åka kvällstid; butikerna förlorar kunder.",
    }
    for field, text in answers.items():
        f.type(form[field].editor, text)
    f.assert_step_complete()


def step5_causes(f: Facilitator) -> None:
    page = f.page()
    canvas = page.canvas
    entry = canvas.entry if hasattr(canvas, "entry") else None
    assert entry is not None, "the cause canvas has a line to type causes into"
    for text in ("Mörka passager utan insyn", "Ingen vuxen närvaro efter kl. 22", "Fritidsgården stänger 21"):
        f.click(entry)
        keys(entry, text)
        f.qtbot.keyClick(entry, Qt.Key.Key_Return)
    f.assert_step_complete()


def step6_goals(f: Facilitator) -> None:
    page = f.page()
    f.tab(page.tabs, "Indikatorer")
    indicators = page.indicators
    row = f.add_row(indicators, "Andel otrygga ute sent (kvinnor)")
    f.type_cell(indicators.view, row, f.column(indicators, "unit"), "%")
    f.tab(page.tabs, "Mål")
    goals = page.goals
    row = f.add_row(goals, "Effektmål") if goals.model.columns[0].field == "type" else f.add_row(goals, "")
    f.type_cell(goals.view, row, f.column(goals, "text"), "Färre kvinnor känner sig otrygga kvällstid vid Resecentrum")
    f.choose_cell(goals.view, row, f.column(goals, "indicator_id"), "Andel otrygga")
    f.type_cell(goals.view, row, f.column(goals, "baseline_value"), "42")
    f.type_cell(goals.view, row, f.column(goals, "baseline_date"), "2025-10-01")
    f.type_cell(goals.view, row, f.column(goals, "target_value"), "30")
    f.type_cell(goals.view, row, f.column(goals, "target_date"), "2028-10-01")
    f.assert_step_complete()


def choose_section(f: Facilitator, editor: Any, heading: str) -> None:
    """Click a section of the agreement in its list."""
    sections = editor.sections
    row = next(r for r in range(sections.count()) if sections.item(r).text().split(" ", 1)[1].startswith(heading))
    item = sections.item(row)
    sections.scrollToItem(item)
    f.qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=sections.visualItemRect(item).center())
    assert sections.currentRow() == row


def sign_as(f: Facilitator, page: Any, name: str) -> None:
    """Skriv under…, the signatory, "Certifikat som Samverka skapar", a drawn signature, Skriv under."""

    def sign(dialog: Any) -> None:
        f.choose(dialog.signatory, name)
        f.check(dialog.method_app)
        pad = dialog.pad
        f.qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=pad.rect().center() - QPoint(60, 10))
        f.qtbot.mouseMove(pad, pos=pad.rect().center() + QPoint(0, 15))
        f.qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=pad.rect().center() + QPoint(60, -5))
        f.click(dialog.sign_button)
        assert not dialog.isVisible() or not dialog.error.text(), dialog.error.text()

    f.with_dialog(sign, lambda: f.click(page.sign_button))


def step7_agreement(f: Facilitator) -> None:
    page = f.page()
    editor = page.sections
    for heading, text in (
        ("Dokumentation", "Samordnaren för minnesanteckningar från varje möte och sparar dem i kommunens "
                          "diarium; överenskommelsen och dess bilagor diarieförs hos båda parter."),
        ("Uppföljning", "Styrgruppen följer upp åtgärderna varje halvår och målet en gång om året, med "
                        "trygghetsmätningen och polisens anmälningsstatistik."),
    ):
        choose_section(f, editor, heading)
        f.type(editor.edit, text)
    f.qtbot.waitUntil(lambda: page.lock_button.isEnabled())
    f.click(page.lock_button)
    f.qtbot.waitUntil(lambda: page.sign_button.isEnabled())
    for name in ("Anna Berg", "Erik Lund"):
        sign_as(f, page, name)
    f.assert_step_complete()


def tick_item(f: Facilitator, checklist: Any, text: str) -> None:
    """Click a line of a check list and tick it with Space."""
    item = next(checklist.item(r) for r in range(checklist.count()) if text in checklist.item(r).text())
    checklist.scrollToItem(item)
    f.qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=checklist.visualItemRect(item).center())
    if item.checkState() != Qt.CheckState.Checked:
        f.qtbot.keyClick(checklist, Qt.Key.Key_Space)
    f.qtbot.waitUntil(lambda: any(text in checklist.item(r).text() and checklist.item(r).checkState()
                                  == Qt.CheckState.Checked for r in range(checklist.count())))


def step8_action_plan(f: Facilitator) -> None:
    page = f.page()
    measures = page.measures
    for title, org, causes in (
        ("Belysning och röjning i gångtunneln", "Växjö kommun", ("Mörka passager",)),
        ("Vuxna på plats fredag–lördag kväll", "Polisen", ("Ingen vuxen", "Fritidsgården")),
    ):
        row = f.add_row(measures, title)
        f.choose_cell(measures.view, row, f.column(measures, "responsible_org_id"), org)
        f.type_cell(measures.view, row, f.column(measures, "place"), "Resecentrum")
        f.tab(page.detail_tabs, "Orsaker som åtgärden påverkar")
        for cause in causes:
            tick_item(f, page.causes, cause)
    f.tab(page.detail_tabs, "Beslut och versioner")
    record = page.record.editors
    for field, text in (("decided_by", "Kommunstyrelsen"), ("decision_date", "2026-03-10"),
                        ("paragraph", "§ 45"), ("diarienummer", "KS 2026/0123")):
        f.type(record[field], text)
    f.click(page.decide_button)
    f.qtbot.waitUntil(lambda: "beslutad" in page.plan_state.text())
    f.assert_step_complete()


def step9_promises(f: Facilitator) -> None:
    page = f.page()
    promises = page.promises
    row = f.add_row(promises, "Tryggare kvällar vid Resecentrum")
    f.type_cell(promises.view, row, f.column(promises, "period_start"), "2026-04-01")
    f.type_cell(promises.view, row, f.column(promises, "period_end"), "2027-03-31")
    f.type(page.form.fields["dialogue_basis"].editor,
           "Trygghetsvandringen i oktober 2025 och 140 synpunkter i kommunens kartenkät.")
    f.choose(page.measure_choice, "Vuxna på plats")
    f.click(page.from_measure)
    items = page.items
    f.qtbot.waitUntil(lambda: items.model.rowCount() == 1)
    f.type_cell(items.view, 0, f.column(items, "activity_count"), "26")
    f.type_cell(items.view, 0, f.column(items, "activity_unit"), "kvällar")
    f.type_cell(items.view, 0, f.column(items, "report_back_date"), "2026-10-01")
    f.assert_step_complete()


def step10_follow_up(f: Facilitator) -> None:
    page = f.page()
    f.tab(page.tabs, "Åtgärder")
    overview = page.overview
    f.cell(overview.view, 0, 0)
    entry = page.status_entry
    f.choose(entry.status, "Pågår")
    f.type(entry.date, "2026-06-15")
    f.type(entry.comment, "Belysningen är bytt i halva tunneln; röjningen görs i augusti.")
    f.click(entry.button)
    f.qtbot.waitUntil(lambda: page.updates.model.rowCount() == 1)
    f.assert_step_complete()


def export_and_verify(f: Facilitator) -> Path:
    """Step 7's Exportera PDF…, Spara som…, a file name typed in the save dialog; then `samverka verify`."""
    f.step(7)
    page = f.page()
    if f.shots is not None:
        f.shoot("end-overenskommelse")
    target = documents_folder() / "overenskommelse-undertecknad.pdf"

    def save_as(file_dialog: Any) -> None:
        f.qtbot.waitUntil(file_dialog.isVisible)
        name = file_dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None, [w.objectName() for w in file_dialog.findChildren(QLineEdit)]
        f.type(name, str(target), leave=False)
        f.qtbot.keyClick(name, Qt.Key.Key_Return)

    def export(dialog: Any) -> None:
        f.qtbot.waitUntil(lambda: dialog.data is not None)  # the preview is made
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert dialog.default_folder() == documents_folder()  # beside the collaboration file
        f.with_dialog(save_as, lambda: f.click(save))

    f.with_dialog(export, lambda: f.click(page.export_button))
    assert target.exists()
    samverka = Path(sys.executable).with_name("samverka")  # the installed command, as a user runs it
    result = subprocess.run([str(samverka), "verify", str(target)], capture_output=True, text=True, check=False,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return target


STEPS = [
    (1, "samverkan", step1_collaboration),
    (2, "lagesbild", step2_situation_picture),
    (3, "prioritering", step3_prioritisation),
    (4, "problembeskrivning", step4_problem),
    (5, "orsaksanalys", step5_causes),
    (6, "mal", step6_goals),
    (7, "overenskommelse", step7_agreement),
    (8, "atgardsplan", step8_action_plan),
    (9, "medborgarloften", step9_promises),
    (10, "uppfoljning", step10_follow_up),
]


@pytest.mark.slow
@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing)",  # menus and popups, offscreen
    # Step 3's score matrix reloads inside its own commit, so the closed editors commit again when the page is
    # left (the scores are saved once; Qt only warns). Reported to the step 3 page's owner.
    "QAbstractItemView::commitData called with an editor that does not belong to this view",
)
def test_a_new_user_reaches_a_signed_agreement(qtbot: Any, first_start: Any) -> None:
    window = first_start
    f = Facilitator(qtbot, window)
    assert window.isMaximized() and window.screen().availableGeometry().contains(window.frameGeometry())
    f.menu("P", "Presentatör")  # the presenter panel, from the Presentera menu
    assert window.presenter.dock.isVisible()
    open_new_collaboration(f)
    f.focus_window()
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_F5)  # the room sees step 1 on the projector
    for number, name, work in STEPS:
        f.step(number)
        f.check_room(number, name)
        work(f)
        f.check_room(number, name)
    export_and_verify(f)
